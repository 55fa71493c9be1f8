#!/usr/bin/env python3
"""Blind evaluation mail set: endocrinology & diabetes centre. Standard library only, deterministic."""
import csv
import email.policy
import html as htmlmod
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 5401
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
        att=None, cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subj=subj, date=date,
                     body=body, patient=patient, cc=cc, html=html, att=att or [],
                     cte=cte, extra=extra or []))


def as_html(body, font='Calibri'):
    out = []
    for para in body.strip('\n').split('\n\n'):
        lines = [htmlmod.escape(l) for l in para.split('\n')]
        out.append('<p class="MsoNormal">' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s,sans-serif;font-size:11pt">\n' % font
            + '\n'.join(out) + '\n</body></html>\n')


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, htmlmod.escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender
by reply e-mail and destroy all copies of the original message."""

SIG_CDE = """Renata Okoye-Lind, RN, CDCES
Certified Diabetes Care & Education Specialist
Halvorsen Endocrine & Diabetes Center
2150 Lakeview Pkwy, Suite 300 | Ph 555-0148 x2214 | Fax 555-0149"""

# =====================================================================
# PHI / care
# =====================================================================
add('phi', 'care',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'Dr. Paul Meszaros <pmeszaros@halvorsenendo.org>',
    'pump start done - Feeney',
    'Tue, 07 May 2024 16:42:10 -0400',
    """Paul,

Marcus Feeney did his pump start with me this afternoon. Went fine, he's quick with the
tech. Settings we landed on (from your order, slightly tweaked after we reviewed his logs):

  basal 0.85 u/hr 00:00-04:00, 0.95 04:00-10:00, 0.8 rest of day  (TDB ~21u)
  ICR 1:9 breakfast, 1:11 lunch/dinner
  ISF 1:45, target 110, active insulin 3.5h

He was taking glargine 24u at night so I had him take HALF tonight (12u) as bridge and
start basal on the pump at 6am tomorrow like the protocol says. Told him fingersticks
q3-4h tomorrow + 3am, and to call the on-call line if >300 with ketones.

His last A1c was 8.9 in March, he's hoping to be under 7.5 by fall. I booked a 1 wk
virtual follow up for 5/14 and a clinic visit with you 6/11.

Can you sign the updated settings in his chart when you get a sec.

thanks
R

""" + SIG_CDE,
    patient='Feeney')

add('phi', 'care',
    'Imaging Scheduling <imaging.sched@stbrendanmed.org>',
    'Endo Front Desk <frontdesk@halvorsenendo.org>',
    'RE: FNA request - Stanek',
    'Wed, 08 May 2024 10:05:51 -0400',
    """Hi,

We have Gloria Stanek booked for the US-guided FNA of the right lower pole nodule
(2.3 cm, TI-RADS 4 on the 4/22 ultrasound) on Monday 5/20 at 8:30 with Dr. Achterberg.
She should hold her aspirin 5 days before, and Dr. Achterberg asked that she NOT
stop the apixaban without talking to cardiology first. Can someone from your office
make sure she knows? We left a voicemail but it's a landline and she didn't call back.

Path will be read by cytology and should be back in ~5 business days. If it comes
back indeterminate they'll send the Afirma-type molecular off the same sample so no
repeat stick needed.

Thanks,
Dolores
Imaging Scheduling, St. Brendan Regional
x4410

-----Original Message-----
From: Endo Front Desk
Sent: Tuesday, May 7, 2024 3:12 PM
To: Imaging Scheduling
Subject: FNA request - Stanek

Dr Achterberg signed the order for Mrs Stanek's thyroid biopsy, can you get her in
within 2 wks? She prefers mornings, her daughter drives her.
""",
    patient='Stanek')

add('phi', 'care',
    'Beth Kowalczyk <bkowalczyk@halvorsenendo.org>',
    'Infusion Center <infusion@stbrendanmed.org>',
    'FW: DEXA results / reclast infusion for Mr. Whitcombe',
    'Thu, 09 May 2024 08:17:03 -0400',
    """Hi infusion team - forwarding Dr. Haddad's note below. Can we get Harold scheduled for
his zoledronic acid 5 mg IV? He's available any weekday after 11. Pre-infusion labs
(BMP, Ca, vit D) were drawn Monday, creat 1.1, Ca 9.4, 25-OH D 38, so he's good to go.

Beth Kowalczyk, LPN
Osteoporosis & Bone Health Service
Halvorsen Endocrine & Diabetes Center

-----Original Message-----
From: Haddad, Samir MD
Sent: Wednesday, May 8, 2024 5:48 PM
To: Kowalczyk, Beth
Subject: DEXA results

Beth - Harold Whitcombe's DEXA from 4/30 is back. L-spine T -2.8, femoral neck -2.5,
total hip -2.2. That's a drop from 2021 and he's had the vertebral compression fx at T12
since then. He couldn't tolerate alendronate (GERD, stopped after 2 months), so let's
do annual zoledronic acid. Please set up the infusion and remind him to take
acetaminophen the morning of and day after for the flu-like sx. Repeat DEXA 2 years.

Thanks, SH
""",
    patient='Whitcombe')

add('phi', 'care',
    'Dr. Noor Qureshi <nqureshi@halvorsenendo.org>',
    'Gender Health Team <genderhealth@halvorsenendo.org>',
    'Riley C. - labs and dose change',
    'Fri, 10 May 2024 12:30:44 -0400',
    """Team,

Quick update on Riley Castellanos (she/her) after her visit Wed:

- estradiol level came back 78 pg/mL on 4 mg oral daily, T still 310 ng/dL
- switching to estradiol valerate 5 mg IM q7 days, Reagan will do the injection teaching
  on the 17th
- spironolactone up from 100 to 150 mg daily, K was 4.3, recheck BMP in 2 wks
- she asked again about the letter for her surgery consult, I said we'd get it done
  after the next set of labs, please put a reminder on the board

She's doing well mood-wise, still seeing her therapist at Pinecrest every other week.

Noor

Noor Qureshi, MD
Gender-Affirming Care Program
Halvorsen Endocrine & Diabetes Center
""",
    patient='Castellanos',
    html=None)

add('phi', 'care',
    'NorthPoint Diabetes Supply - Prescriber Services <rx-services@npdsupply.com>',
    'refills@halvorsenendo.org',
    'ACTION NEEDED: Rx renewal - BRANDT, KEVIN',
    'Mon, 13 May 2024 07:02:18 -0500',
    """Prescriber Services Request
-----------------------------------------------------------
Patient:        BRANDT, KEVIN
Request type:   Renewal - expired prescription
Items:          CGM sensors, 10-day (qty 3 / 30 days)
                Insulin lispro U-100 vial 10 mL (qty 3 / 30 days)
                Pen needles 32G 4mm (qty 100)
Last filled:    04/11/2024
Prescriber:     Meszaros, Paul MD
-----------------------------------------------------------

Dear Prescriber,

We were unable to ship Mr. Brandt's monthly order because the prescription on file
expired 04/30/2024. He reports he is out of sensors as of Saturday and has 1 vial of
insulin remaining. Please fax a new prescription to 555-0190 or e-prescribe to
NorthPoint Diabetes Supply (NCPDP 5559012) at your earliest convenience.

His insurance also requires a note documenting he checks glucose or uses insulin
multiple times daily - the chart note from his 2/2024 visit will work.

Thank you,
Prescriber Services Team
NorthPoint Diabetes Supply
Phone 1-800-555-0122 | Fax 555-0190

This message was sent from an unmonitored mailbox. Please do not reply.
""",
    patient='Brandt',
    cte='quoted-printable')

add('phi', 'care',
    'Lauren Pettigrew <lpettigrew@stbrendanmed.org>',
    'Peds Diabetes Educators <pedsdiabetes@halvorsenendo.org>',
    'Ava L - admitted overnight',
    'Sun, 12 May 2024 07:55:29 -0400',
    """Morning all - heads up for Monday.

Ava Lindqvist (7) came into the ED last night around 11 with vomiting and BG "HI" on the
meter. She was in DKA, pH 7.14, bicarb 9, on the insulin drip in PICU overnight. Mom
thinks her pump site came out during soccer and nobody noticed until bedtime. Gap
closed around 5am and she's transitioning to subQ this morning.

Can one of you see the family before discharge? They need a review of sick day rules
and ketone checks with the pump, and honestly mom is pretty shaken. Probably
discharge Monday afternoon if she's eating.

Lauren Pettigrew, RN
Pediatric ICU | St. Brendan Regional Medical Center
""",
    patient='Lindqvist')

add('phi', 'care',
    'Curtis Vanterpool <cvanterpool@orrinmedical.com>',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'RE: occlusion alarms - Tomas Ribeiro',
    'Tue, 14 May 2024 14:20:00 -0600',
    """Hi Renata,

Thanks for flagging. I pulled Tomas Ribeiro's pump history from the cloud upload: 6
occlusion alarms in the last 10 days, all within ~40 hrs of a site change, and a couple
of delivery gaps of 2-3 hrs overnight. That lines up with what he told you about the
morning highs.

We're treating it as a possible drive mechanism issue, so a replacement pump is going
out overnight to him today (tracking 1Z 55A 091 4412 0083). Please have him keep the
old one and the return box - our complaint team needs it back within 14 days. If you
see him before then it would help if you can download both pumps.

Also might be worth checking his infusion sets - he said he switched to the 6mm
steel ones on his own. Happy to join a call with him if helpful.

Curtis

Curtis Vanterpool | Clinical Field Specialist
Orrin Medical - Insulin Delivery
c. 555-0177

> On Mon, May 13, 2024 at 4:51 PM Renata Okoye-Lind wrote:
> Curtis - one of our pts, Tomas Ribeiro, has been getting occlusion alarms almost daily on
> his Orrin 4. BGs in the 250-300s most mornings. Can you look at his data? He's
> consented to share. He's ok switching pumps if needed.
>
> R
""",
    patient='Ribeiro')

add('phi', 'care',
    'Megan Tully <mtully@halvorsenendo.org>',
    'Nuclear Medicine <nucmed@stbrendanmed.org>',
    'add-on thurs? RAIU',
    'Tue, 14 May 2024 09:01:37 -0400',
    """hi!! any chance you can squeeze jennifer albright into thurs for the radioactive iodine
uptake and scan? dr achterberg wants it before we decide between RAI and surgery. she
stopped her methimazole sunday so thurs would be day 4. she's fine w any time.

thx
megan
Endo clinic, x2231
""",
    patient='Albright',
    html=as_html("""hi!! any chance you can squeeze jennifer albright into thurs for the radioactive iodine
uptake and scan? dr achterberg wants it before we decide between RAI and surgery. she
stopped her methimazole sunday so thurs would be day 4. she's fine w any time.

thx
megan
Endo clinic, x2231"""))
# =====================================================================
# PHI / names
# =====================================================================
add('phi', 'names',
    'Dr. Eliza Fontaine <efontaine@halvorsenendo.org>',
    'Dermatology Consults <derm.consults@stbrendanmed.org>',
    'Chukwuemeka Adeyemi-Obi',
    'Wed, 15 May 2024 11:48:22 -0400',
    """Hi derm,

Photos uploaded to media tab. Blistering, weeping rash exactly in the shape of the
sensor adhesive on both upper arms, 3rd episode now. He's on the schedule here tomorrow
at 10 - any chance someone can see him same day after? We want to know whether to
patch test before we try another barrier film or just switch brands.

Thanks
Eliza Fontaine, MD, Endocrinology
""",
    patient='Adeyemi-Obi')

add('phi', 'names',
    'Thanh Pham <tpham@halvorsenendo.org>',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'Ms Nguyen - levo question from daughter',
    'Wed, 15 May 2024 15:06:10 -0400',
    """Dr. A,

Ms. Nguyễn Thị Hoa's daughter called (she's on the HIPAA form). Her mom has been taking
the levothyroxine with her calcium and iron in the morning since the new pharmacy
started bubble-packing them together, which probably explains why Nguyen's TSH went
back up to 9.8. I told her to separate by 4 hrs and we'd recheck in 6 wks - does that
work or do you want to bump the dose too? She is on 88 mcg.

I speak Vietnamese so I can call them back tomorrow.

Thanh
Medical Assistant II
""",
    patient='Nguyen')

add('phi', 'names',
    'Cytopathology <cytology@stbrendanmed.org>',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'Final - VAN DER BERG, Pieter J',
    'Thu, 16 May 2024 13:31:58 -0400',
    """Dr. Achterberg,

Final cytology report has been signed out and is available in the results inbox.

  VAN DER BERG, Pieter J
  Specimen: Thyroid, left mid, FNA (US-guided), 3 passes
  Diagnosis: SUSPICIOUS FOR MALIGNANCY (Bethesda V) - features suspicious for
             papillary thyroid carcinoma
  Comment: Discussed with Dr. Achterberg by phone 5/16 at 1:10 PM. Surgical
           consultation recommended.

Cytopathology Laboratory, St. Brendan Regional Medical Center
Ph 555-0160
""",
    patient='van der Berg')

add('phi', 'names',
    'Jordan Wexley <jwexley@halvorsenendo.org>',
    'Dr. Eliza Fontaine <efontaine@halvorsenendo.org>',
    'saw Priya again',
    'Thu, 16 May 2024 17:10:02 -0400',
    """Eliza -

saw Priya again today, the 14 y/o on the tubeless pump you started in Jan. The
lipohypertrophy on her belly is pretty bad now - she's been putting pods in the same
2 spots because "the other places hurt." Dad wants to know if she can go back to pens
for the summer, Priya is dead set against it. A1c crept up to 8.6.

I did site rotation teaching with a body map and she agreed to try the back of the arms
and thighs. Can you weigh in at her visit 6/4? Mom works at the hospital lab fyi so
they'll probably ask you at the door lol.

Jordan Wexley, RN, CDCES
Pediatric Diabetes Education
""",
    patient='Priya')

add('phi', 'names',
    'Amal Haddad <ahaddad@halvorsenendo.org>',
    'Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'Mr. Al-Khatib sestamibi',
    'Fri, 17 May 2024 08:40:15 -0400',
    """Dr. Haddad (no relation, ha),

The sestamibi for Mr. Al-Khatib (Yousef) showed a focus at the left inferior
parathyroid. His calcium was 11.2 and PTH 142 last month. He asked me if he really needs
surgery since he "feels fine" - I told him you'd go over it at his appointment on the
29th. His son will interpret, Arabic.

Should I go ahead and send the referral to Dr. Lindgren in ENT surgery now so it's ready?

Amal
Nurse Navigator
""",
    patient='Al-Khatib')

add('phi', 'names',
    'Beth Kowalczyk <bkowalczyk@halvorsenendo.org>',
    'Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'overdue prolia - Wójcik',
    'Fri, 17 May 2024 14:02:45 -0400',
    """Dr Haddad,

Zbigniew Wójcik is now 9 weeks overdue for his denosumab. I've called 3 times, his wife
says he "doesn't believe in the shots anymore" after reading something online.
I know stopping late is a problem with rebound fractures so wanted to flag. Do you want
to call him yourself or should we send a letter? He does speak English but is more
comfortable in Polish - I can get the interpreter line.

Beth
""",
    patient='Wójcik')

add('phi', 'names',
    'Dr. Vikram Raghunathan <vraghunathan@halvorsenendo.org>',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'RE: Venkataraman, Lakshmi - glargine titration',
    'Mon, 20 May 2024 09:15:30 -0400',
    """Renata, agree. Go up to 26 units, she should keep doing the 3-day titration (+2u if
fasting >130 x3 days) and send you the numbers Fridays. Tell Mrs. Venkataraman
the dizziness is more likely the amlodipine we started than the insulin but have her
check a sugar whenever she feels it.

VR

-----Original Message-----
From: Okoye-Lind, Renata
Sent: Friday, May 17, 2024 4:20 PM
To: Raghunathan, Vikram MD
Subject: Venkataraman, Lakshmi - glargine titration

Dr R - Lakshmi's fasting log this week: 182, 171, 190, 165, 177, 168, 174. On 22u
glargine + metformin 1000 bid. No lows. She's worried about "getting dizzy" in the
afternoons. OK to go to 26u?
""",
    patient='Venkataraman')

add('phi', 'names',
    'Carla Benavides <cbenavides@halvorsenendo.org>',
    'Gender Health Team <genderhealth@halvorsenendo.org>',
    'Peña Ortiz - name change in chart',
    'Mon, 20 May 2024 11:26:09 -0400',
    """Hi all,

José Luis Peña Ortiz brought his court order for the legal name change - the old name
is still showing on his testosterone cypionate Rx labels at the pharmacy and on the
lab requisitions, which outed him at the draw station last week. Very upsetting for
him.

I've sent the form to HIM to update the legal name. Peña's next T level draw is 6/3,
can whoever orders it double check the requisition prints right?

Carla Benavides, LCSW
Gender-Affirming Care Program | Halvorsen Endocrine
""",
    patient='Peña Ortiz')
# =====================================================================
# PHI / self
# =====================================================================
add('phi', 'self',
    'Jess Brennan <jessbrennan.mom@gmail.com>',
    'Peds Diabetes Educators <pedsdiabetes@halvorsenendo.org>',
    'Kayla site failing overnight AGAIN',
    'Tue, 21 May 2024 06:12:44 -0400',
    """Hi this is Kayla's mom - Kayla Brennan, DOB 6/2/2015, she sees Dr Fontaine.

Third night this week her site has failed. She goes to bed ~140 and by 2am she's 320
and climbing, small ketones this morning. We changed the site twice and gave a shot
with a pen at 3 (2.5 units) and she's coming down now 210.

We're using the 9mm sets in her hip/bum area. Is it the sets? Is it the insulin (new
box from the mail order last week)? Can somebody call me today, I'm keeping her home from
school. 555-0134 is my cell.

Thank you
Jess
""",
    patient='Brennan')

add('phi', 'self',
    'Darnell Whitfield <dwhitfield1972@outlook.com>',
    'Endo Front Desk <frontdesk@halvorsenendo.org>',
    'biopsy results?',
    'Tue, 21 May 2024 19:44:18 -0400',
    """To whom it may concern,

My name is Darnell Whitfield. I had my thyroid biopsy done on May 9th at St. Brendan's
and the doctor said I would hear back in about a week. It has been almost two weeks
and no one has called. I can see in the portal that something was "resulted" but it
just says "see provider comments" and there are no comments.

I am pretty nervous about this as my brother had thyroid cancer. Please have someone
call me, I work days so after 4pm is best, or leave a message at 555-0102.

Thank you,
Darnell Whitfield
""",
    patient='Whitfield')

add('phi', 'self',
    'Corinne Matsuda <cmatsuda@fastmail.com>',
    'refills@halvorsenendo.org',
    'Sensor prescription to NorthPoint please',
    'Wed, 22 May 2024 08:05:59 -0700',
    """Hello,

Corinne Matsuda here, DOB 11-30-1979. I switched from my local pharmacy to NorthPoint
Diabetes Supply because my new insurance only covers CGM through them. Could you send
them a new prescription for my sensors (the 14 day ones) and my Tresiba pens? I'm down
to my last sensor which expires Sunday.

NorthPoint said they need the Rx plus my last visit note. My plan is Bluewater Health,
member ID is on file I think.

Thank you so much!
Corinne
""",
    patient='Matsuda')

add('phi', 'self',
    'Sam O <sam.okonkwo.reyes@protonmail.com>',
    'Dr. Noor Qureshi <nqureshi@halvorsenendo.org>',
    'question about my T',
    'Thu, 23 May 2024 22:31:07 -0400',
    """hey dr qureshi,

it's Sam (Samuel Okonkwo-Reyes - my insurance still has Samantha on it, sorry if that
makes it confusing finding me). my levels came back at 1140 at trough which the portal
says is high?? I'm doing 80mg every week subq. I've also been getting really bad acne
on my back and my hematocrit was 51.

should I lower the dose or split it into twice a week? I don't want to mess it up, I've
finally started feeling like myself.

thanks,
Sam

Sent from my iPhone
""",
    patient='Okonkwo-Reyes')

add('phi', 'self',
    'Daniel Park <danpark.home@yahoo.com>',
    'Mrs. Ortega (Nurse) <lortega@riverbendschools.org>',
    'Ethan insulin plan for field trip + 504',
    'Fri, 24 May 2024 07:20:41 -0400',
    """Mrs. Ortega,

Thanks for meeting with us about Ethan's 504 plan. Attaching nothing, just summarizing
what Renata (his diabetes educator, cc'd) and I agreed so it's in writing:

- Ethan Park, 3rd grade, type 1 since age 5, on a pump + CGM that alarms at 70 / 250
- field trip Tuesday: he needs his kit (glucagon, juice boxes, meter) with an adult who
  is trained, not in the bus luggage
- if CGM says under 70: 15g carbs, recheck 15 min. Under 54 or not responding: glucagon
  and call 911, then us
- lunch bolus: he enters carbs himself, teacher double-checks the number

Renata can you confirm the correction factor is still 1:150 over 200? We just changed
things at our last visit.

Thanks,
Dan Park (Ethan's dad)
555-0187
""",
    patient='Park',
    cc='Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    html=as_html("""Mrs. Ortega,

Thanks for meeting with us about Ethan's 504 plan. Attaching nothing, just summarizing
what Renata (his diabetes educator, cc'd) and I agreed so it's in writing:

- Ethan Park, 3rd grade, type 1 since age 5, on a pump + CGM that alarms at 70 / 250
- field trip Tuesday: he needs his kit (glucagon, juice boxes, meter) with an adult who
  is trained, not in the bus luggage
- if CGM says under 70: 15g carbs, recheck 15 min. Under 54 or not responding: glucagon
  and call 911, then us
- lunch bolus: he enters carbs himself, teacher double-checks the number

Renata can you confirm the correction factor is still 1:150 over 200? We just changed
things at our last visit.

Thanks,
Dan Park (Ethan's dad)
555-0187""", font='Arial'))

add('phi', 'self',
    'Peggy Colclough <mcolclough46@aol.com>',
    'Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'My Prolia injection',
    'Fri, 24 May 2024 10:02:33 -0400',
    """Dear Dr. Haddad,

I hope you are well. I am writing because I missed my Prolia injection appointment in
April as I was in the hospital. I had a fall at home on March 28th and broke my left
wrist, and then I had a problem with my blood pressure and they kept me for four days.

The wrist is in a cast still. Should I still come in for my injection, and do you
think the fall means the medicine is not working? I have also been told my vitamin D
was low in the hospital.

My full name is Margaret Ann Colclough (everyone calls me Peggy), born 2 April 1946,
if your nurse needs to look me up.

With kind regards,
Peggy Colclough
""",
    patient='Colclough',
    cte='base64')

add('phi', 'self',
    'tyler voss <tvoss.04@gmail.com>',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'low last night',
    'Sat, 25 May 2024 09:48:12 -0400',
    """hey its tyler voss. went low at 2am, 48 on the dexcom and 51 on finger. drank a juice
and ate like half a box of crackers and then woke up at 290 lol. roommate almost used
the glucagon. should i lower my basal overnight?? i did a 3 mile run yesterday evening
if that matters

sent from my phone sorry for typos
""",
    patient='Voss')
# =====================================================================
# PHI / ids
# =====================================================================
add('phi', 'ids',
    'Reference Lab Client Services <clientservices@meridianrefl.com>',
    'Endo Results <results@halvorsenendo.org>',
    'Critical value notification - accession A24-118832',
    'Mon, 27 May 2024 06:40:00 -0500',
    """CRITICAL VALUE NOTIFICATION

Accession:      A24-118832
Patient DOB:    19880304
Sex:            F
Collected:      05/26/2024 14:10
Ordering:       FONTAINE, ELIZA

  TSH ............ <0.01 uIU/mL    (L, critical)
  Free T4 ........ 3.9 ng/dL       (H)
  Total T3 ....... 412 ng/dL       (H)

Called to on-call provider 05/27/2024 06:32, read back verified (RK).

Please reconcile against your patient list. If the accession cannot be matched,
call Client Services at 1-800-555-0119.
""",
    patient='')

add('phi', 'ids',
    'Marisol Bautista <mbautista@halvorsenendo.org>',
    'Bluewater Health Plan - Provider Relations <provider.relations@bluewaterhealth.com>',
    'Denied claim - CGM sensors - acct 7730019244',
    'Mon, 27 May 2024 13:22:51 -0400',
    """Hello,

I'm following up on a denial for one of our patients and have been on hold twice now.

  Patient: Rosalind Tate
  DOB: 4 Mar 1961
  Member ID: BWH448120937, group 20115
  Our account #: 7730019244
  DOS: 04/15/2024
  Codes: A9276 x 3, A9277 x 1
  Denial reason given: CO-50, not medically necessary

Mrs. Tate has type 2 on basal-bolus insulin (4 injections daily), which meets your
own CGM policy. The office note from 3/2024 documents the injections and 2 documented
level 2 hypos. Can you tell me if a reconsideration will work or does this need to go
to formal appeal?

Thank you,
Marisol Bautista
Billing & Authorizations, Halvorsen Endocrine & Diabetes Center
P: 555-0151  F: 555-0152
""",
    patient='Tate')

add('phi', 'ids',
    'Lumasense Customer Care <care@lumasense-cgm.com>',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'Case 00771254 - transmitter replacement ship-to update',
    'Tue, 28 May 2024 10:15:08 -0500',
    """Hello Renata,

Per your call today we have updated the shipping address for the replacement
transmitter (failure reported 5/26, signal loss > 3 hrs on 4 consecutive days):

  Name:     Adebayo Oyelaran
  Address:  88 Quarry Hill Rd Apt 3B
            Millbrook, NY 12545
  Phone:    (845) 555-0143
  Clinic chart #: 2291047
  Transmitter SN (failed): 8GK4-2210-93

The replacement will ship 2-day and the return label is included. Please let the
customer know the new transmitter must be paired within 10 days of arrival.

Case 00771254
Lumasense Customer Care
""",
    patient='Oyelaran')

add('phi', 'ids',
    'Dr. Eliza Fontaine <efontaine@halvorsenendo.org>',
    'refills@halvorsenendo.org',
    'glucagon rx',
    'Tue, 28 May 2024 12:48:00 -0400',
    """pls send nasal glucagon 3mg x2 to Cardinal Row pharmacy for MRN 3390-1187, DOB 2012-09-17.
school needs one, home needs one. dad says the last one expired in the car.

ef
""",
    patient='')

add('phi', 'ids',
    'St. Brendan Imaging - Bone Density <dexa@stbrendanmed.org>',
    'Endo Front Desk <frontdesk@halvorsenendo.org>',
    'FAX: DEXA report',
    'Wed, 29 May 2024 09:30:12 -0400',
    """FAX COVER SHEET

TO: Halvorsen Endocrine - Dr. S. Haddad           FAX: 555-0149
FROM: St. Brendan Bone Density Lab                FAX: 555-0165
PAGES: 3 (including cover)

RE:  Beaulieu, Anne-Marie
     D.O.B. 07/22/1954
     SSN (last 4): 4471
     Exam: DXA hip/spine + VFA, 05/28/2024

Impression: osteoporosis at the left femoral neck (T-score -2.6). Moderate wedge
deformity L1 on VFA, new compared to 2022. FRAX 10-yr major osteoporotic fracture
risk 27%, hip 6.1%.

The information contained in this facsimile is confidential health information
intended only for the recipient named above.
""",
    patient='Beaulieu')

add('phi', 'ids',
    'Orrin Medical Warranty <warranty@orrinmedical.com>',
    'Curtis Vanterpool <cvanterpool@orrinmedical.com>',
    'FW: warranty replacement - serial OP4-2290-7713',
    'Wed, 29 May 2024 16:05:27 -0600',
    """Curtis, FYI this came from the Halvorsen Endocrine territory - customer below is getting
an out-of-warranty courtesy replacement. Please follow up with his educator.

  Customer: Gregory Lund
  Email:    gregory.lund77@gmail.com
  Phone:    555-0196
  Pump SN:  OP4-2290-7713   (in service since 03/2020)
  Reason:   cracked reservoir housing, insulin leak, unexplained hyperglycemia
            ~350 x 2 days, seen in ED 5/27, no DKA
  Rx on file: Dr. P. Meszaros

Thanks
Warranty Ops
""",
    patient='Lund')

add('phi', 'ids',
    'Dr. Helena Ostrowski <hostrowski@lakesideobgyn.com>',
    'Referrals <referrals@halvorsenendo.org>',
    'urgent referral GDM - Hussain',
    'Thu, 30 May 2024 11:10:55 -0400',
    """Referral - please expedite

Pt: Hussain, Farah
D.O.B.: 23/11/1990
Medicaid ID: NY-MA 84-226-1193
Phone: 555-0129 (prefers text, Urdu/English)
EDD: 08/19/2024, currently 27w2d

Failed 3hr GTT (fasting 104, 1h 212, 2h 198, 3h 161). Tried diet x 2 wks w dietitian,
fastings still 100-112. Needs insulin start and teaching - she'd like a female provider
if possible.

Helena Ostrowski, MD
Lakeside OB/GYN  | fax 555-0113
""",
    patient='Hussain')

add('phi', 'ids',
    'Inpatient Endocrine Consult <endo.consult@stbrendanmed.org>',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'post-op Ca - MRN#0011928374',
    'Fri, 31 May 2024 18:22:40 -0400',
    """Dr A,

Your pt from this morning's total thyroidectomy (MRN#0011928374, CSN 88120031, DOS
05/31/24, Bertrand) - ionized Ca 1.02 at 6 hrs, PTH 9. Tingling in fingers and lips,
Chvostek neg. Started calcium carbonate 1g tid + calcitriol 0.25 bid per protocol,
recheck iCa at 2200 and 0600.

Will page if <0.95 or sx worsen.

Kwame Asante, PA-C
Endocrine Consult Service
""",
    patient='Bertrand')
# =====================================================================
# PHI / lists
# =====================================================================
add('phi', 'lists',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'pump starts next wk - who has who',
    'Fri, 31 May 2024 12:01:19 -0400',
    """Here's next week, pasting from the sheet. Shout if you can't cover yours.

Date\tTime\tPatient\tPump\tMD\tEducator\tNotes
6/3\t9:00\tHolloway, Dennis\tOrrin 4\tMeszaros\tRenata\tswitching from MDI, A1c 8.1
6/3\t13:00\tAchebe, Ngozi\tTubeless\tFontaine\tJordan\tpeds 11y, mom speaks Igbo+English
6/5\t10:30\tSchultz-Brandt, Imke\tOrrin 4\tRaghunathan\tRenata\tpregnant 14wk, tight targets
6/6\t9:00\tMcAllister, Finn\tAuto-mode upgrade\tMeszaros\tPriscilla\thx severe lows, lives alone

Reminder: insurance auth is done for all four except Finn's - Marisol's chasing it.

R
""",
    patient='Holloway;Achebe;Schultz-Brandt;McAllister')

add('phi', 'lists',
    'Dr. Eliza Fontaine <efontaine@halvorsenendo.org>',
    'Peds Diabetes Team <pedsdiabetes@halvorsenendo.org>',
    'huddle tues',
    'Tue, 04 Jun 2024 07:31:02 -0400',
    """huddle list for this am:

* Lucas Haverford 9y - NEW DX, dx'd Fri in ED (A1c 11.9), day 2 teaching, family needs
  meter + ketone strips from pharmacy, social work for food insecurity
* Mia Sorensen 15y - A1c 10.4, skipping lunch boluses, ?disordered eating, screen today
* Priya - site rotation recheck (see Jordan's note)
* Omar Haddadin 6y - celiac screen came back positive tTG, needs GI referral
* Lindqvist, Ava - post-DKA f/u, pump site review, mom wants CGM alerts to her phone
* Twins Bell (Noah & Eli) - both annual, thyroid labs due

- ef
""",
    patient='Haverford;Sorensen;Priya;Haddadin;Lindqvist;Bell')

add('phi', 'lists',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'Thyroid Nodule Conference <thyroidconf@halvorsenendo.org>',
    'cases for thurs tumor board',
    'Tue, 04 Jun 2024 17:45:30 -0400',
    """For Thursday's thyroid conference. Pathology please pull slides.

| Patient              | MRN      | Nodule            | Bethesda | Molecular     | Question           |
|----------------------|----------|-------------------|----------|---------------|--------------------|
| Van der Berg, Pieter | 00593381 | L mid 1.8cm TR5   | V        | BRAF V600E +  | lobe vs total      |
| Stanek, Gloria       | 00418820 | R lower 2.3cm TR4 | III      | pending       | repeat FNA?        |
| Osei, Abena          | 00771092 | isthmus 1.1cm TR4 | IV       | low risk      | surveillance ok?   |
| Whitfield, Darnell   | 00644175 | R upper 3.0cm TR3 | II       | n/a           | compressive sx     |

GA
""",
    patient='Van der Berg;Stanek;Osei;Whitfield')

add('phi', 'lists',
    'Kwame Asante <kasante@stbrendanmed.org>',
    'Endo Consult Night <endo.night@stbrendanmed.org>',
    'signout 6/5',
    'Wed, 05 Jun 2024 19:02:11 -0400',
    """Signout - endo consults, 6/5 night

RM    NAME                AGE  ISSUE                          TODO OVERNIGHT
----  ------------------  ---  -----------------------------  ---------------------------
4W12  DeLuca, Frank        72  steroid hyperglycemia (pred    BG 2200, give 4u if >250 per
                               60mg), on NPH AM               scale, don't cover bedtime
5E03  Ibekwe, Chiamaka     34  DKA resolved, on subQ          first basal 2100 given? check
ICU7  Tran, Minh Duc       58  myxedema, IV levo 100mcg       temp, HR, cortisol pending
6N21  Rosenthal, Gail      81  hypoCa post-parathyroid        iCa 0400, if <1.0 page
L&D2  Hussain, Farah       33  GDM on insulin, admitted for   pre-meal + 2h BG, call if
                               preterm contrax                fasting >95

Kwame (PA-C) - pager 4431
""",
    patient='DeLuca;Ibekwe;Tran;Rosenthal;Hussain')

CGM_CSV = """patient_name,dob,mrn,device,last_upload,days_since,time_in_range_pct,educator
"Okafor, Chinedu",1979-02-14,00388214,Lumasense 14d,2024-04-02,66,41,Renata
"Goldberg, Miriam",1951-10-09,00120977,Lumasense 14d,2024-03-18,81,,Priscilla
"Ramírez, Héctor",1966-07-30,00556103,Orrin 4 + CGM,2024-04-20,48,58,Renata
"Sato, Kenji",2003-12-01,00692440,Tubeless,2024-04-11,57,33,Jordan
"Bakr, Layla",2010-05-22,00703318,Orrin 4 + CGM,2024-04-29,39,62,Jordan
"Fitzgerald, Owen",1988-08-08,00240019,Lumasense 10d,2024-03-30,69,,Priscilla
"""

add('phi', 'lists',
    'Priscilla Dunmore <pdunmore@halvorsenendo.org>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'no CGM upload >30 days - outreach list',
    'Thu, 06 Jun 2024 08:55:49 -0400',
    """Hi team,

Attached is the report of pts who haven't uploaded CGM data in more than 30 days. Can
everyone call their own this week? Document in the outreach flowsheet. A couple of these
(Goldberg, Fitzgerald) have no TIR because there's no data at all since the new
sensor model, might be a pairing issue.

Priscilla Dunmore, RD, CDCES
""",
    patient='Okafor;Goldberg;Ramírez;Sato;Bakr;Fitzgerald',
    att=[('cgm_no_upload_30d.csv', 'text/csv', CGM_CSV)])

DEXA_ROWS = [
    ['Last Name', 'First Name', 'DOB', 'MRN', 'Last DEXA', 'Therapy', 'Due', 'Phone'],
    ['Colclough', 'Margaret', '04/02/1946', '00211843', '03/14/2022', 'denosumab', '03/2024', '555-0171'],
    ['Whitcombe', 'Harold', '11/19/1949', '00307762', '04/30/2024', 'zoledronic acid', '04/2026', '555-0172'],
    ['Wójcik', 'Zbigniew', '09/05/1950', '00188390', '01/10/2022', 'denosumab (overdue)', '01/2024', '555-0173'],
    ['Beaulieu', 'Anne-Marie', '07/22/1954', '00591126', '05/28/2024', 'start romosozumab?', '05/2025', '555-0174'],
    ['Oyelowo', 'Grace', '12/12/1958', '00455019', '02/02/2022', 'alendronate yr 5', '02/2024', '555-0175'],
    ['Hsu', 'Li-Wen', '06/30/1962', '00632871', '10/19/2021', 'raloxifene', '10/2023', '555-0176'],
]

add('phi', 'lists',
    'Beth Kowalczyk <bkowalczyk@halvorsenendo.org>',
    'Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'DEXA recall list - June',
    'Thu, 06 Jun 2024 14:10:00 -0400',
    """Dr Haddad - here's the recall spreadsheet for June. I highlighted (well, in my copy)
the ones overdue on therapy. Let me know which ones you want me to order DEXA for
before their visit.

Beth
""",
    patient='Colclough;Whitcombe;Wójcik;Beaulieu;Oyelowo;Hsu',
    att=[('DEXA_recall_June2024.xlsx',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          xlsx_bytes(DEXA_ROWS, 'June recall'))])

NP_CSV = """order_no,ship_date,patient_last,patient_first,dob,member_id,item,hcpcs,qty,status
NP-4418802,2024-05-28,Brandt,Kevin,1984-01-27,BWH551902214,CGM sensor 10d,A9276,3,HELD-RX EXPIRED
NP-4418815,2024-05-28,Matsuda,Corinne,1979-11-30,BWH448773101,CGM sensor 14d,A9276,2,SHIPPED
NP-4418822,2024-05-29,Feeney,Marcus,1991-06-12,BWH612004478,Infusion set 6mm,A4224,10,SHIPPED
NP-4418840,2024-05-29,Brennan,Kayla,2015-06-02,BWH700118923,Pod 10pk,A9274,1,BACKORDER
NP-4418851,2024-05-30,Tate,Rosalind,1961-03-04,BWH448120937,CGM sensor 10d,A9276,3,DENIED-PAYER
NP-4418866,2024-05-31,Lund,Gregory,1977-09-19,BWH390028145,Reservoir 3mL,A4225,10,SHIPPED
"""

add('phi', 'lists',
    'Account Management <accounts@npdsupply.com>',
    'Marisol Bautista <mbautista@halvorsenendo.org>',
    'May shipment reconciliation - Halvorsen Endocrine',
    'Mon, 10 Jun 2024 09:00:00 -0500',
    """Hi Marisol,

Attached is the May reconciliation for patients referred by your clinic (zipped per our
security policy - password sent separately... actually our system wasn't able to apply
a password this time, apologies). Two orders are held pending your office (Rx expired,
payer denial) and one backorder on pods.

Regards,
Devon Ashby
Account Manager, NorthPoint Diabetes Supply
""",
    patient='Brandt;Matsuda;Feeney;Brennan;Tate;Lund',
    att=[('Halvorsen_May2024_recon.zip', 'application/zip',
          zip_bytes([('Halvorsen_May2024_recon.csv', NP_CSV)]))])
# =====================================================================
# PHI / struct
# =====================================================================
add('phi', 'struct',
    'Interface Team <interfaces@halvorsenendo.org>',
    'Lab IT <labit@stbrendanmed.org>',
    'A1c results dropping - example msg',
    'Tue, 11 Jun 2024 10:44:19 -0400',
    """Hi Lab IT,

A1c results from the Sysmex-type analyzer are filing to the wrong component since the
upgrade. Here's one that came through this morning - OBX-3 has the new local code and
our side doesn't map it. Can you confirm if the code change was intentional?

MSH|^~\\&|SBLAB|STBRENDAN|HEDC_EHR|HALVORSEN|202406110712||ORU^R01|LAB0611-00931|P|2.5.1
PID|1||00388214^^^HEDC^MR||OKAFOR^CHINEDU^E||19790214|M|||417 Birchwood Ln^^Millbrook^NY^12545||555-0158
PV1|1|O|ENDO^^^HEDC||||1093847621^MESZAROS^PAUL^^^MD
ORC|RE|ORD77120|A24-120455
OBR|1|ORD77120|A24-120455|4548-4^Hemoglobin A1c^LN|||202406100915
OBX|1|NM|HBA1C-NEW^Hemoglobin A1c^L||9.7|%|4.0-5.6|H|||F|||202406110705

Thanks,
Raj Menon
Integration Analyst, Halvorsen Endocrine IT
""",
    patient='Okafor')

ADT_HL7 = """MSH|^~\\&|HEDC_REG|HALVORSEN|PUMPCLOUD|ORRIN|202406120830||ADT^A04|REG0612-0044|P|2.3
EVN|A04|202406120830
PID|1||00703318^^^HEDC^MR~448-19-0027^^^SSA^SS||BAKR^LAYLA^^^^^L||20100522|F|||22 Orchard Terrace^^Fairhaven^NY^12550^USA||(555)555-0183|||||ACCT9912047
NK1|1|BAKR^HANAN|MTH|22 Orchard Terrace^^Fairhaven^NY^12550|(555)555-0184
PV1|1|O|PEDSENDO^^^HEDC||||1285500331^FONTAINE^ELIZA^^^MD
DG1|1||E10.65^Type 1 diabetes mellitus with hyperglycemia^I10
IN1|1|BWHPPO|BWH|Bluewater Health Plan|||||20115||||||||BAKR^HANAN|01|||||||||||||||||||BWH700233418
"""

add('phi', 'struct',
    'Raj Menon <rmenon@halvorsenendo.org>',
    'Orrin Cloud Integrations <integrations@orrinmedical.com>',
    'RE: pump cloud ADT feed - rejected message',
    'Wed, 12 Jun 2024 09:12:55 -0400',
    """Hi Orrin team,

Attached is the raw A04 your endpoint rejected with "PID-3 repetition not supported".
Looks like we're sending SSN as a second identifier repetition - I'll get that
suppressed on our side but can you confirm you only need the MR?

Raj

> On Tue, Jun 11, 2024, Orrin Cloud Integrations wrote:
> We are seeing rejects on registration messages from HALVORSEN starting 6/10. Please
> send a sample of a failing message.
""",
    patient='Bakr',
    att=[('reject_REG0612-0044.hl7', 'text/plain', ADT_HL7)])

add('phi', 'struct',
    'Marisol Bautista <mbautista@halvorsenendo.org>',
    'Clearinghouse Support <support@claimbridge-edi.com>',
    'Ticket 58120 - 837P rejected loop 2010BA',
    'Wed, 12 Jun 2024 15:30:00 -0400',
    """Hi - this is the claim that keeps bouncing with "subscriber ID invalid". I pasted the
segments from our outbound file (the pt is a dependent, so I think the loop is wrong):

ISA*00*          *00*          *ZZ*HALVORSENEDC   *ZZ*CLAIMBRIDGE    *240612*1422*^*00501*000004418*0*P*:~
GS*HC*HALVORSENEDC*CLAIMBRIDGE*20240612*1422*4418*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*85*2*HALVORSEN ENDOCRINE AND DIABETES CTR*****XX*1457790023~
HL*2*1*22*0~
SBR*P*18*20115******CI~
NM1*IL*1*SORENSEN*MIA****MI*BWH700561902~
N3*1190 CEDAR HOLLOW RD~
N4*FAIRHAVEN*NY*12550~
DMG*D8*20090317*F~
CLM*SOR0612A*1420.00***11:B:1*Y*A*Y*Y~
HI*ABK:E1065*ABF:Z9641~
LX*1~
SV1*HC:A9276*1080.00*UN*3***1~
DTP*472*D8*20240603~
LX*2~
SV1*HC:99214:25*340.00*UN*1***1~

Mia is 15 and on her mom's plan, so should she be in 2000C/2010CA instead?

Marisol Bautista
Billing & Authorizations
""",
    patient='Sorensen')

add('phi', 'struct',
    'Eligibility Bot <noreply@claimbridge-edi.com>',
    'Marisol Bautista <mbautista@halvorsenendo.org>',
    '271 response - batch 0613-07',
    'Thu, 13 Jun 2024 06:00:02 -0500',
    """Your 270 eligibility batch has completed. 1 of 1 responses returned.

ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*HALVORSENEDC   *240613*0600*^*00501*000009921*0*P*:~
GS*HB*CLAIMBRIDGE*HALVORSENEDC*20240613*0600*9921*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL0613-07*20240613*0600~
HL*1**20*1~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN ENDOCRINE AND DIABETES CTR*****XX*1457790023~
HL*3*2*22*0~
TRN*2*EL0613-07-1*9HEDC00001~
NM1*IL*1*RAMIREZ*HECTOR****MI*BWH220945617~
N3*3310 WEST RIVER RD~
N4*MILLBROOK*NY*12545~
DMG*D8*19660730*M~
EB*1*IND*30**GOLD PPO 1500~
EB*C*IND*30***23*1500.00~
EB*B*IND*98***27*40.00****Y~
EB*1*IND*DM*HC:E0784**INSULIN PUMP - PRIOR AUTH REQUIRED~
MSG*DME BENEFIT REQUIRES PA FOR INSULIN PUMP REPLACEMENT~
SE*19*0001~
GE*1*9921~
IEA*1*000009921~

This is an automated message from ClaimBridge EDI.
""",
    patient='Ramirez')

FHIR_JSON = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hedc-00692440",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9911.1", "value": "00692440"}],
        "name": [{"family": "Sato", "given": ["Kenji"]}],
        "gender": "male",
        "birthDate": "2003-12-01",
        "telecom": [{"system": "phone", "value": "555-0139"}, {"system": "email", "value": "kenji.sato03@gmail.com"}],
        "address": [{"line": ["75 Linden St #2"], "city": "Poughview", "state": "NY", "postalCode": "12601"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "97510-2", "display": "Glucose time in range"}]},
        "subject": {"reference": "Patient/hedc-00692440"},
        "effectivePeriod": {"start": "2024-05-01", "end": "2024-05-14"},
        "valueQuantity": {"value": 33, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": "insulin aspart via tubeless pump"},
        "subject": {"reference": "Patient/hedc-00692440"}
      }
    }
  ]
}
"""

add('phi', 'struct',
    'Anika Bergström <abergstrom@glycoinsight.io>',
    'Raj Menon <rmenon@halvorsenendo.org>',
    'payload from your sandbox->prod test',
    'Thu, 13 Jun 2024 16:48:31 +0200',
    """Hi Raj,

We received the attached bundle on our production endpoint this afternoon - I think your
"test" run was pointed at prod and pulled a real patient. Flagging so you can check
whether this needs to be logged as a disclosure on your side. We have deleted it from
our ingestion store except for this copy.

Best,
Anika

Anika Bergström
Solutions Engineer, GlycoInsight AB
""",
    patient='Sato',
    att=[('bundle_20240613T1422.json', 'application/json', FHIR_JSON.encode('utf-8'))])

add('phi', 'struct',
    'HIM Release of Information <roi@stbrendanmed.org>',
    'Referrals <referrals@halvorsenendo.org>',
    'CCD for new patient referral',
    'Fri, 14 Jun 2024 11:02:44 -0400',
    """Per your request, the continuity of care document for the referred patient is below
(the attachment failed to send through the portal so our tech pasted the header
section).

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240614103000-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="0011928374" root="2.16.840.1.113883.3.7720"/>
      <addr use="HP"><streetAddressLine>9 Ferncliff Ct</streetAddressLine>
        <city>Fairhaven</city><state>NY</state><postalCode>12550</postalCode></addr>
      <telecom value="tel:+1-555-555-0108" use="HP"/>
      <patient>
        <name><given>Claudette</given><family>Bertrand</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19680915"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Papillary thyroid carcinoma s/p total thyroidectomy 05/31/2024;
            postsurgical hypoparathyroidism</text></section></component>
    <component><section><title>Medications</title>
      <text>levothyroxine 125 mcg daily; calcium carbonate 1 g TID; calcitriol 0.25 mcg BID</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>

Release of Information
St. Brendan Regional Medical Center
""",
    patient='Bertrand')

add('phi', 'struct',
    'Marisol Bautista <mbautista@halvorsenendo.org>',
    'Accounts Receivable <ar@halvorsenendo.org>',
    'FW: 835 - underpaid pump claim, need to appeal',
    'Mon, 17 Jun 2024 13:15:09 -0400',
    """Team - see the 835 below, Bluewater paid $0 on the pump for Holloway. Reason CO-197
(no precert) but we HAVE the auth # PA24-118843. I'm going to appeal. Please don't
write it off.

---------- Forwarded message ---------
From: ERA Delivery <era@claimbridge-edi.com>
Date: Fri, Jun 14, 2024 at 5:02 AM
Subject: 835 remittance available

ST*835*1201~
BPR*I*412.30*C*ACH*CCP*01*021000089*DA*8830021*1600054101**01*011500120*DA*4471092*20240614~
TRN*1*EFT99120334*1600054101~
N1*PR*BLUEWATER HEALTH PLAN~
N1*PE*HALVORSEN ENDOCRINE AND DIABETES CTR*XX*1457790023~
CLP*HOL0603A*4*7210.00*0*412.30*12*BW2416500291*11*1~
NM1*QC*1*HOLLOWAY*DENNIS*R***MI*BWH118802256~
DTM*232*20240603~
SVC*HC:E0784*6890.00*0**1~
CAS*CO*197*6890.00~
SVC*HC:99215*320.00*0**1~
CAS*PR*1*320.00~
SE*13*1201~
""",
    patient='Holloway')
# =====================================================================
# PHI / lang
# =====================================================================
add('phi', 'lang',
    'Yesenia Ruiz <yesi.ruiz.m@gmail.com>',
    'Peds Diabetes Educators <pedsdiabetes@halvorsenendo.org>',
    'Valentina Ruiz - azúcar muy alta en la escuela',
    'Mon, 17 Jun 2024 08:14:27 -0400',
    """Buenos días,

Les escribe la mamá de Valentina Ruiz Morales (nació el 14/08/2013, la atiende la
Dra. Fontaine). Ayer en la escuela la enfermera me llamó porque Valentina tenía 385 de
azúcar y cetonas moderadas. Le cambiamos el sitio de la bomba y le pusimos una
corrección con la pluma, y en la noche bajó a 160.

¿Debemos cambiar la dosis de insulina basal? Ella está creciendo mucho y come más.
Además ya casi no nos quedan sensores, la farmacia por correo dice que falta una
autorización.

Mi número es 555-0146. Prefiero español por favor.

Gracias,
Yesenia
""",
    patient='Ruiz')

add('phi', 'lang',
    'Luiz Fernando Amaral <lf.amaral@uol.com.br>',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'Resultado da biópsia de tireoide',
    'Mon, 17 Jun 2024 20:33:12 -0300',
    """Prezado Dr. Achterberg,

Meu nome é Luiz Fernando Amaral, fiz a punção (PAAF) do nódulo da tireoide na sua
clínica no dia 6 de junho, antes de voltar ao Brasil. Recebi no portal o laudo dizendo
"Bethesda IV - neoplasia folicular" mas não entendi se preciso de cirurgia.

Meu endocrinologista aqui em Campinas pediu para o senhor enviar o laudo completo e as
imagens do ultrassom. Também estou tomando levotiroxina 50 mcg desde março - devo
continuar?

Data de nascimento: 03/09/1972.

Atenciosamente,
Luiz Fernando
""",
    patient='Amaral')

add('phi', 'lang',
    'Thanh Pham <tpham@halvorsenendo.org>',
    'Nguyen Thu Trang <trang.nguyen.home@gmail.com>',
    'Re: Thuốc tuyến giáp của mẹ chị',
    'Tue, 18 Jun 2024 10:40:05 -0400',
    """Chào chị Trang,

Em đã hỏi bác sĩ Achterberg rồi. Bác sĩ nói mẹ chị (cô Nguyễn Thị Hoa) nên uống thuốc
levothyroxine 88 mcg lúc sáng sớm khi bụng đói, uống với nước lọc thôi. Thuốc canxi và
sắt thì phải uống cách ra ít nhất 4 tiếng, ví dụ uống vào buổi trưa hoặc tối.

Khoảng 6 tuần nữa mình sẽ thử máu lại (TSH). Em đã đặt lịch xét nghiệm ngày 29/7 lúc
9 giờ sáng. Nếu cô thấy mệt, tim đập nhanh hoặc run tay thì chị gọi cho phòng khám
số 555-0148 nhé.

Thân,
Thanh Phạm
Phụ tá y khoa - Halvorsen Endocrine & Diabetes Center

> Vào Thứ Hai, Trang viết:
> Em Thanh ơi, mẹ chị uống thuốc chung với canxi mỗi sáng, như vậy có sao không em?
""",
    patient='Nguyen')

add('phi', 'lang',
    'Wilner Jean-Baptiste <wjeanbaptiste58@yahoo.com>',
    'Refills <refills@halvorsenendo.org>',
    'sik mwen wo anpil',
    'Tue, 18 Jun 2024 21:05:50 -0400',
    """Bonswa,

Se Wilner Jean-Baptiste ki ekri, dat nesans mwen se 12/01/1958. Sik mwen wo anpil depi
semenn pase, 280, 310 nan maten. Mwen fin ak ensilin Lantus la depi 5 jou e famasi a di
preskripsyon an ekspire. Mwen bezwen doktè a voye l ankò.

Mwen pran metfòmin tou men li ban m dyare. Eske m ka pale ak yon enfimyè ki pale
kreyòl?

Telefòn mwen: 555-0115

Mèsi anpil
Wilner
""",
    patient='Jean-Baptiste')

add('phi', 'lang',
    'Галина Соколова <g.sokolova1949@mail.ru>',
    'Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'Вопрос об уколе от остеопороза',
    'Wed, 19 Jun 2024 09:22:18 +0300',
    """Уважаемый доктор Хаддад!

Пишу Вам по поводу моего лечения. Меня зовут Соколова Галина Петровна, дата рождения
05.11.1949. В прошлом году в Вашей клинике мне сделали денситометрию и назначили
уколы Пролиа каждые 6 месяцев. Последний укол был в декабре.

Сейчас я у дочери в Москве до сентября и пропущу укол в июне. Можно ли сделать укол
здесь? Какие анализы нужно сдать перед этим (кальций, витамин D)? У меня также
болит челюсть после удаления зуба, стоматолог спрашивал про этот препарат.

С уважением,
Галина Соколова
""",
    patient='Соколова',
    cte='base64')

add('phi', 'lang',
    'Maricel Dizon <maricel.dizon82@gmail.com>',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'Tatay ko - pump alarm',
    'Wed, 19 Jun 2024 13:47:36 -0400',
    """Hi Ms. Renata,

Ako po si Maricel, anak ni Romeo Dizon (patient ni Dr. Meszaros). Yung insulin pump po
ni Tatay nag-aalarm ng "no delivery" kaninang umaga, tapos ang sugar niya 298 nung
tinest ko. Pinalitan ko na po yung reservoir pero ganun pa rin. Binigyan ko siya ng
insulin sa pen, 6 units, gaya ng tinuro niyo.

Pwede po ba siyang pumunta sa clinic bukas? Hindi po siya masyadong marunong sa
English kaya ako po ang kasama niya. Salamat po!

Maricel
555-0162
""",
    patient='Dizon')

add('phi', 'lang',
    'Chen Xiaoling <chenxl.family@163.com>',
    'Dr. Vikram Raghunathan <vraghunathan@halvorsenendo.org>',
    '关于我父亲陈建国的血糖问题',
    'Thu, 20 Jun 2024 08:30:00 +0800',
    """Raghunathan 医生您好：

我是陈建国的女儿陈晓玲。我父亲（出生日期1953年4月18日）上个月在您那里看过糖尿病，
您给他加了甘精胰岛素 18 单位，晚上打。现在他早上空腹血糖还是在 9-11 mmol/L，
有两次下午出现低血糖，3.4 左右，出冷汗、手抖。

他现在在中国探亲，七月底回美国。请问胰岛素剂量需要调整吗？二甲双胍还继续吃吗？

谢谢您！
陈晓玲
电话：555-0137（美国）
""",
    patient='陈建国',
    cte='base64')

add('phi', 'lang',
    'Hanan Bakr <hanan.bakr.m@hotmail.com>',
    'Peds Diabetes Educators <pedsdiabetes@halvorsenendo.org>',
    'ليلى - جهاز قياس السكر',
    'Thu, 20 Jun 2024 17:12:49 -0400',
    """السلام عليكم،

أنا والدة ليلى بكر (تاريخ الميلاد ٢٢/٥/٢٠١٠)، مريضة عند الدكتورة فونتين. جهاز
قياس السكر المستمر لم يرسل القراءات منذ أكثر من شهر لأن الهاتف الجديد لا يتصل
بالجهاز. أمس كان السكر ٥٢ في الليل ولم يصدر أي إنذار.

هل يمكن أن تساعدونا في ربط الجهاز؟ ونحتاج أيضًا وصفة جديدة للمستشعرات.

رقم هاتفي: 555-0184

شكرًا جزيلًا
حنان
""",
    patient='Bakr')
# =====================================================================
# CLEAN / admin
# =====================================================================
add('clean', 'admin',
    'IT Service Desk <servicedesk@halvorsenendo.org>',
    'Megan Tully <mtully@halvorsenendo.org>',
    '[INC0048812] Device uploader not detecting pumps - Exam Rm 4',
    'Mon, 03 Jun 2024 08:12:40 -0400',
    """Hello Megan,

Your incident INC0048812 has been updated.

  Short description: Diabetes device uploader not detecting pumps/meters, Exam Rm 4 PC
  Asset tag:         HEDC-WS-0441
  Assigned to:       Tomasz Grabowski (Desktop Support)
  Priority:          3 - Moderate
  State:             In Progress

Work note (Tomasz G, 06/03 08:05):
  The Windows update on 5/31 removed the USB driver the uploader needs. Reinstalled
  driver pkg v2.14 and the Orrin and Lumasense cables now enumerate. Please test with a
  demo meter (NOT a patient device) and reply to this email to confirm. Rm 6 and Rm 9
  are on the same image - I'll push the driver there this afternoon.

To view your ticket, visit the Service Portal or call x4357 (HELP).

Halvorsen IT Service Desk
""")

add('clean', 'admin',
    'Priscilla Dunmore <pdunmore@halvorsenendo.org>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'July educator coverage + PTO',
    'Tue, 04 Jun 2024 16:30:21 -0400',
    """Hi all, here's July. Please check your lines and tell me by Friday if anything's wrong.

  Jul 1-5     Renata PTO (Jul 4 holiday) - Jordan covers adult pump inbox
  Jul 8-12    Priscilla @ ADA-type conference Thu/Fri - Renata covers group class
  Jul 15-19   full staff
  Jul 22-26   Jordan PTO - peds phone triage: Renata AM / Priscilla PM
  Jul 29-31   new hire Keisha Abernathy starts 7/29, orientation w/ me

The Thursday "Pump Class 101" moves to Wednesday the 10th that week only. Conference
room B is booked 1-3:30. Keisha's cell for onboarding is 555-0127 if you want to say hi.

Priscilla Dunmore, RD, CDCES | Diabetes Education Manager
""",
    html=as_html("""Hi all, here's July. Please check your lines and tell me by Friday if anything's wrong.

  Jul 1-5     Renata PTO (Jul 4 holiday) - Jordan covers adult pump inbox
  Jul 8-12    Priscilla @ ADA-type conference Thu/Fri - Renata covers group class
  Jul 15-19   full staff
  Jul 22-26   Jordan PTO - peds phone triage: Renata AM / Priscilla PM
  Jul 29-31   new hire Keisha Abernathy starts 7/29, orientation w/ me

The Thursday "Pump Class 101" moves to Wednesday the 10th that week only. Conference
room B is booked 1-3:30. Keisha's cell for onboarding is 555-0127 if you want to say hi.

Priscilla Dunmore, RD, CDCES | Diabetes Education Manager"""))

add('clean', 'admin',
    'Orrin Medical Accounts Receivable <ar@orrinmedical.com>',
    'Accounts Payable <ap@halvorsenendo.org>',
    'Invoice INV-2024-118830 - demo/training units',
    'Wed, 05 Jun 2024 11:00:00 -0600',
    """Dear Customer,

Please find below the invoice summary for your recent order. PDF copy available in the
Orrin Partner Portal.

  Invoice:       INV-2024-118830
  PO:            HEDC-PO-7712
  Account:       400118 (Halvorsen Endocrine & Diabetes Center)
  Invoice date:  06/05/2024      Terms: Net 45

  Qty  Item                                   Unit       Ext
  4    Orrin 4 demo pump (non-therapeutic)    $0.00      $0.00
  2    Training reservoir kit, 25 pk          $84.00     $168.00
  1    Infusion set sampler case              $112.50    $112.50
  1    Shipping & handling                               $18.95
                                              TOTAL      $299.45

Remit to: Orrin Medical, Lockbox 99120, Denver CO. Questions: 1-800-555-0170 opt 4.

Thank you for your business.
""")

add('clean', 'admin',
    'Facilities Management <facilities@halvorsenendo.org>',
    'All Staff - 2150 Lakeview <allstaff@halvorsenendo.org>',
    'Infusion suite closed 6/15-6/16 - HVAC work',
    'Thu, 06 Jun 2024 13:45:00 -0400',
    """All,

The 3rd floor infusion suite and DEXA room will be closed Saturday 6/15 and Sunday 6/16
while contractors (Keystone Mechanical, work order WO-33817) replace the rooftop air
handler. The medication refrigerator in the infusion suite will be moved to the
pharmacy cold room Friday at 4pm - Beth and Leon, please be there to log temps.

No patient appointments are scheduled those days. If you need access to the floor,
call Facilities on-call at 555-0199.

Thanks,
Gary Lindholm
Facilities Supervisor
""")

add('clean', 'admin',
    'Human Resources <hr@halvorsenendo.org>',
    'All Staff <allstaff@halvorsenendo.org>',
    'Reminder: annual TB screening & flu attestation - due 6/30',
    'Fri, 07 Jun 2024 09:00:00 -0400',
    """Hello everyone,

This is a friendly reminder that annual employee health requirements are due June 30:

  1. TB screening questionnaire (or QuantiFERON if you are new or had exposure)
  2. Badge photo update if your badge is > 4 yrs old (ID numbers starting with E-1xxxx)
  3. HIPAA & privacy annual training module (45 min) in the Learning Center

Employee Health hours: Tue/Thu 7:30-11:00, room 112. Call Dana Whitley at x2290 to
schedule. Employees who do not complete the requirements will be removed from the
schedule starting 7/8 per policy HR-114.

Thank you,
Human Resources
Halvorsen Endocrine & Diabetes Center
""")

add('clean', 'admin',
    'Medical Staff Office <credentialing@stbrendanmed.org>',
    'Dr. Noor Qureshi <nqureshi@halvorsenendo.org>',
    'Reappointment packet - action needed by 7/1',
    'Mon, 10 Jun 2024 10:20:10 -0400',
    """Dr. Qureshi,

Your medical staff reappointment at St. Brendan Regional is due 08/01/2024. We have the
following on file and need updated copies of the items marked *:

  NPI:                 1620094583
  State license:       NY 301882 (exp 09/30/2025)
  DEA:                 * expired 05/31/2024 - please upload renewal
  Board cert:          ABIM Endocrinology, Diabetes & Metabolism (exp 2031)
  Malpractice face:    * need 2024-2025 certificate
  CME hours:           38 of 50 required

Please upload through the credentialing portal or reply with attachments. Our office
line is 555-0166, fax 555-0167.

Regards,
Theresa Okonjo, CPMSM
Medical Staff Services
""",
    cte='quoted-printable')

add('clean', 'admin',
    'Dr. Paul Meszaros <pmeszaros@halvorsenendo.org>',
    'Endo Providers <providers@halvorsenendo.org>; Diabetes Educators <educators@halvorsenendo.org>',
    'Quarterly quality meeting - diabetes metrics dashboard',
    'Tue, 11 Jun 2024 15:05:42 -0400',
    """Hi all,

Q2 diabetes quality meeting is Thursday 6/27, 12:00-1:00, Conf Room A + Teams.
Join: meet.halvorsenendo.org/q2quality  | dial-in 1-555-0100, conf ID 448 120 93#

Agenda
  1. A1c < 8% measure - we're at 64% clinic-wide (goal 70%)
  2. CGM use among T1 adults: 82% (up from 74%)
  3. Retinal exam completion - still dragging at 51%
  4. Pump start wait time: median 37 days from order to start
  5. Proposal to add a Saturday education clinic (Priscilla)

Lunch will be provided, please RSVP to Megan by 6/24 if you have dietary restrictions.

Paul
Medical Director, Diabetes Program
""")
# =====================================================================
# CLEAN / lookalike
# =====================================================================
add('clean', 'lookalike',
    'Maple Hollow Veterinary Clinic <frontdesk@maplehollowvet.com>',
    'Rachel Donnelly <rdonnelly.home@gmail.com>',
    "Mochi's glucose curve results + insulin dose",
    'Mon, 03 Jun 2024 17:22:09 -0400',
    """Hi Rachel,

Dr. Ferreira reviewed Mochi's glucose curve from Friday. Her readings were:

  8am 412 (pre-insulin) / 10am 318 / 12pm 240 / 2pm 198 (nadir) / 4pm 266 / 6pm 355

The nadir is still too high, so she'd like to increase Mochi's insulin from 2 units to
2.5 units twice daily with meals. Keep feeding the prescription diabetic diet. Recheck
curve in 2 weeks - we have Friday 6/14 at 7:30am drop-off available.

Her fructosamine was 486 umol/L. Weight 5.1 kg, down 0.2.

Patient ID: 22418 | Owner account: 9011-DONNELLY

Maple Hollow Veterinary Clinic
555-0121
""")

add('clean', 'lookalike',
    'IronWorks Fitness <members@ironworksfit.com>',
    'Kevin Marchetti <kmarchetti88@gmail.com>',
    'Your InBody scan results + member #IW-0048213',
    'Tue, 04 Jun 2024 06:30:00 -0400',
    """Hey Kevin!

Great work this month. Here are your body composition results from your scan on 6/1:

  Member #:          IW-0048213
  Weight:            192.4 lb (-3.1)
  Body fat:          21.8% (-1.2)
  Skeletal muscle:   88.9 lb (+0.6)
  Visceral fat lvl:  9
  BMR:               1,912 kcal

Your coach Danielle recommends bumping protein and adding a 3rd strength day. Your
next free scan is available 7/1. Book in the IronWorks app or call 555-0144.

Stay strong,
IronWorks Fitness - Millbrook
""")

add('clean', 'lookalike',
    'Hudson Valley Teachers Credit Union <alerts@hvtcu.org>',
    'Gloria Steinmetz <gsteinmetz@frontiernet.example>',
    'Member #0088214 - Health Savings Account contribution posted',
    'Wed, 05 Jun 2024 04:12:55 -0400',
    """Dear Member,

A contribution has posted to your Health Savings Account.

  Member number:   0088214
  Account:         HSA ****7731
  Amount:          $250.00
  Posted:          06/04/2024
  YTD contrib.:    $1,750.00 of $4,150.00 limit

To pay a provider directly or reimburse yourself for a qualified medical expense, log
in to Online Banking > HSA > Pay Bills. Keep your receipts - HVTCU does not verify
expenses.

Questions? Call Member Services at 1-800-555-0131.

Hudson Valley Teachers Credit Union - Federally insured by NCUA.
Please do not reply to this automated message.
""")

add('clean', 'lookalike',
    'SkyLark Air <itinerary@skylarkair.example>',
    'Darius Mahmoudi <d.mahmoudi@gmail.com>',
    'Itinerary confirmation - record locator QZT8KM',
    'Thu, 06 Jun 2024 13:01:30 -0400',
    """Thank you for booking with SkyLark Air.

  Passenger:        MAHMOUDI/DARIUS MR
  Date of birth:    1985-03-22
  Record locator:   QZT8KM
  SkyMiles #:       SK 440 1182 907
  Known Traveler #: 981102344

  Flight SL 1142  ALB - MCO  Sat 13 Jul  06:10 - 09:02  Seat 14C
  Flight SL 1187  MCO - ALB  Sat 20 Jul  17:45 - 20:31  Seat 14C

Travelling with medical devices, CPAP, or medications? Devices may be carried on board
and do not count toward your carry-on allowance. Let our Special Assistance desk know
at least 48 hrs ahead: 1-800-555-0150.

Have a great trip!
""")

add('clean', 'lookalike',
    'Pinnacle Auto Insurance Claims <claims@pinnacleauto.example>',
    'Harriet Osei <hosei.1970@gmail.com>',
    'Claim 24-AU-0771920 - appraisal scheduled',
    'Fri, 07 Jun 2024 10:33:12 -0400',
    """Dear Harriet Osei,

We've received your claim for the parking-lot collision on 06/03/2024. No injuries were
reported by either party.

  Claim #:     24-AU-0771920
  Policy #:    PAI-NY-3318-20041
  Vehicle:     2019 Subaru Outback, VIN 4S4BSANC9K3XXXXXX
  Adjuster:    Brent Kowalski, ext. 3318

A field appraiser will inspect the vehicle at Millbrook Collision on Tuesday 6/11.
Your rental coverage is $40/day up to 30 days. Your deductible is $500.

Sincerely,
Pinnacle Auto Insurance - Claims Department
""")

add('clean', 'lookalike',
    'Oakline Tree Care <office@oaklinetree.example>',
    'Tom & Linda Fairweather <fairweathers@gmail.com>',
    'Diagnosis and treatment plan for your ash trees',
    'Mon, 10 Jun 2024 15:50:48 -0400',
    """Hi Tom and Linda,

Thanks for having us out Friday. Here's what our certified arborist found:

DIAGNOSIS: The two large white ash in the back yard have emerald ash borer. The one by
the shed (Tree #2) has about 40% canopy loss and D-shaped exit holes - unfortunately
it's past the point of treatment. Tree #1 is at ~10% and is a good candidate.

TREATMENT PLAN:
  - Tree #1: trunk injection (emamectin benzoate), repeat every 2 yrs  ...... $385
  - Tree #2: removal + stump grinding  .................................. $2,150
  - Follow-up visit: spring 2025 canopy check (no charge)

Estimate #EST-5518. If you'd like to schedule, reply or call Marco at 555-0188. Best
window for injection is before mid-July.

Marco Delgado, ISA Certified Arborist NY-1187A
Oakline Tree Care
""")

add('clean', 'lookalike',
    'Priyanka Sethi <psethi@glycoinsight.io>',
    'platform-eng@glycoinsight.io',
    'postmortem: zombie child processes on ingest workers',
    'Tue, 11 Jun 2024 11:24:06 +0200',
    """Team,

Postmortem for Saturday's ingest outage (SEV-2, ticket ENG-4471):

- root cause: the "pump-sync" worker forks a child per upload, and when the parent was
  OOM-killed the children were orphaned and re-parented to PID 1 in the container,
  which doesn't reap. We ended up with ~3,800 zombie processes on node ingest-07.
- the health check only pinged the parent, so k8s kept reporting the pod as healthy
  ("patient zero" was ingest-07 at 02:14 UTC)
- fix: added tini as init, liveness probe now checks child count, memory limit raised
  from 2Gi to 3Gi
- no data loss; queued uploads were replayed from the DLQ by 09:40 UTC

Action items in the ticket. Thanks to Jonas for the 3am triage.

Priyanka
""")
# =====================================================================
# CLEAN / news
# =====================================================================
NEWS1 = """HALVORSEN HEADLINES - June 2024
The newsletter of the Halvorsen Endocrine & Diabetes Center

NEW: AUTOMATED INSULIN DELIVERY NOW FOR KIDS 2+
The latest Orrin 4 software update is cleared for children as young as 2. Our
pediatric team has already trained 11 families in the first month. Talk to your
educator if you're interested.

SUMMER CAMP SEASON
Camp Sweetwater (for kids with type 1) runs July 14-27. Dr. Fontaine and two of our
nurses volunteer as camp medical staff again this year. Scholarships are available.

CLASSES THIS MONTH
  - Carb Counting Basics: Tues 6/11 and 6/25, 6-7:30 pm
  - Pump Class 101: Thursdays 1-3:30 pm
  - Bone Health & Balance (osteoporosis service): Wed 6/19, 10 am

MEET OUR NEW PROVIDER
Please welcome Dr. Vikram Raghunathan, who joins us from a fellowship in adult
endocrinology. He sees general diabetes and thyroid patients Mon/Wed/Fri.

To unsubscribe, click here. Halvorsen Endocrine & Diabetes Center, 2150 Lakeview Pkwy.
"""

NEWS1_HTML = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1b6b8f">Halvorsen Headlines &ndash; June 2024</h1>
<p><i>The newsletter of the Halvorsen Endocrine &amp; Diabetes Center</i></p>
<h2>New: automated insulin delivery now for kids 2+</h2>
<p>The latest Orrin 4 software update is cleared for children as young as 2. Our pediatric team
has already trained 11 families in the first month. Talk to your educator if you're interested.</p>
<h2>Summer camp season</h2>
<p>Camp Sweetwater (for kids with type 1) runs July 14&ndash;27. Dr. Fontaine and two of our nurses
volunteer as camp medical staff again this year. Scholarships are available.</p>
<h2>Classes this month</h2>
<ul><li>Carb Counting Basics: Tues 6/11 and 6/25, 6&ndash;7:30 pm</li>
<li>Pump Class 101: Thursdays 1&ndash;3:30 pm</li>
<li>Bone Health &amp; Balance (osteoporosis service): Wed 6/19, 10 am</li></ul>
<h2>Meet our new provider</h2>
<p>Please welcome Dr. Vikram Raghunathan, who joins us from a fellowship in adult endocrinology.
He sees general diabetes and thyroid patients Mon/Wed/Fri.</p>
<p style="font-size:9pt;color:#777">To unsubscribe, <a href="https://news.halvorsenendo.org/u">click here</a>.</p>
</body></html>
"""

add('clean', 'news',
    'Halvorsen Headlines <newsletter@halvorsenendo.org>',
    'Subscribers <subscribers@news.halvorsenendo.org>',
    'Halvorsen Headlines: AID for kids 2+, camp season, June classes',
    'Mon, 03 Jun 2024 07:00:00 -0400',
    NEWS1, html=NEWS1_HTML)

add('clean', 'news',
    'Dutchess-Ulster Regional Health Department <bulletins@durhd.example.gov>',
    'Health Partners List <healthpartners@lists.durhd.example.gov>',
    'Health Bulletin 2024-11: Diabetes Surveillance Report',
    'Tue, 04 Jun 2024 10:00:00 -0400',
    """REGIONAL HEALTH BULLETIN 2024-11
Diabetes Surveillance Report, 2023 data

Key findings:
  * Adult diagnosed diabetes prevalence: 11.3% (2022: 10.9%)
  * Estimated undiagnosed: 1 in 5 adults with diabetes
  * Diabetes-related hospitalizations: 1,884 (rate 212 per 100,000)
  * DKA admissions among residents under 18: 97, up 14% from 2021
  * Highest prevalence ZIP-code cluster: eastern corridor (14.8%), lowest: 8.1%
  * Lower-limb amputations with diabetes: 63

Recommendations for partners: expand A1c screening at age 35+ with overweight/obesity
per USPSTF, refer pre-diabetes to the National DPP sites listed on our website, and
screen children with new-onset T1D for food insecurity.

Counts under 10 are suppressed to protect confidentiality.

Office of Epidemiology | Regional Health Department
""")

add('clean', 'news',
    'PharmaSafe Alerts <alerts@pharmasafe-notify.example>',
    'Pharmacy & Clinic Subscribers <subscribers@pharmasafe-notify.example>',
    'VOLUNTARY RECALL: NovaTip 32G 4mm pen needles, select lots',
    'Wed, 05 Jun 2024 14:30:00 -0400',
    """URGENT: VOLUNTARY MEDICAL DEVICE RECALL - User Level

Product:      NovaTip(TM) Pen Needles 32G x 4 mm, 100 ct
Manufacturer: NovaTip Medical Supplies, Inc.
Lots:         NT24A0417, NT24A0418, NT24A0502
Reason:       Some needles may have a blocked cannula, which could result in no insulin
              being delivered. Users may not notice. Risk of hyperglycemia and DKA.

What to do:
  1. Check the lot number on the outer box.
  2. Stop using affected lots; use a different box.
  3. Contact NovaTip at 1-800-555-0191 for free replacement.
  4. Report adverse events to the FDA MedWatch program.

Distributed nationally through retail and mail-order pharmacies from 04/17/2024 to
05/30/2024. No injuries reported to date.

You are receiving this because you subscribed to PharmaSafe recall alerts.
""",
    cte='quoted-printable')

add('clean', 'news',
    'Lumasense Clinical Communications <clinical.comms@lumasense-cgm.com>',
    'Healthcare Providers <hcp-list@lumasense-cgm.com>',
    'Field Safety Notice: 10-day sensors, lots LS10-24B*',
    'Thu, 06 Jun 2024 09:15:00 -0500',
    """Dear Healthcare Provider,

Lumasense is notifying providers of a field safety correction affecting a limited
number of 10-day CGM sensors (lot prefix LS10-24B). Internal testing showed that some
sensors may read falsely high (+20 to +40 mg/dL) during the first 24 hours of wear.

Recommended actions for your patients using these lots:
  - Confirm glucose with a fingerstick before treatment decisions during day 1
  - Do not calibrate during the first 24 hours
  - Affected sensors can be replaced through customer care at no cost

Approximately 0.6% of distributed sensors are affected. Three reports of
hypoglycemia possibly related to over-correction have been received; no serious
injuries.

Sincerely,
Dr. Helen Varga, MD
Chief Medical Officer, Lumasense
""")

add('clean', 'news',
    'Bone Health Alliance <info@bonehealthalliance.example>',
    'Members <members@bonehealthalliance.example>',
    'Osteoporosis by the numbers + webinar invite',
    'Fri, 07 Jun 2024 12:00:00 -0400',
    """BONE HEALTH ALLIANCE - Member Update

By the numbers
  - 1 in 2 women and up to 1 in 4 men over 50 will break a bone due to osteoporosis
  - Only ~20% of older women who have a fragility fracture are treated afterwards
  - Hip fracture: ~20% mortality in the year after for adults 65+

Free webinar: "Drug holidays, denosumab discontinuation and rebound fractures"
  Wednesday, June 26, 7:00 pm ET
  Speakers: Dr. Ingrid Solberg (rheumatology) and Dr. Samuel Abiodun (endocrinology)
  Register: bonehealthalliance.example/webinar

Fracture Liaison Service toolkit - updated 2024 edition now available for download.
""")

add('clean', 'news',
    'Research Office <research@halvorsenendo.org>',
    'All Staff <allstaff@halvorsenendo.org>',
    'Research Roundup: 3 studies enrolling + gender clinic policy update',
    'Mon, 10 Jun 2024 08:30:00 -0400',
    """RESEARCH ROUNDUP - June

Now enrolling (refer interested patients to the research coordinator, x2260):
  1. SWEET-START: closed-loop insulin in newly diagnosed T1D, ages 6-17 (IRB #2023-0418)
  2. NODULE-AI: ultrasound AI risk scoring for thyroid nodules, adults with nodules
     >1 cm planned for FNA (IRB #2024-0107)
  3. BONE-FIT: home balance training after fragility fracture, women 60+ (IRB #2023-0922)

Enrollment to date: SWEET-START 14/60, NODULE-AI 41/300, BONE-FIT 8/120.

Policy update: following the new state guidance effective July 1, the Gender-Affirming
Care Program will update its informed consent forms for patients under 19. Clinicians
will receive training on 6/20. No change to current treatment plans.

Questions: Dr. Anne Lindqvist-Harper, Research Director
""")
# =====================================================================
# CLEAN / staff
# =====================================================================
add('clean', 'staff',
    'Kwame Asante <kasante@stbrendanmed.org>',
    'Dr. Paul Meszaros <pmeszaros@halvorsenendo.org>',
    'DKA protocol - transition overlap question',
    'Mon, 03 Jun 2024 21:40:11 -0400',
    """Dr M,

General question, not about a specific pt. The hospital DKA order set says to give
the first basal dose "1-2 hours before stopping the insulin infusion." The ICU nurses
are asking whether we want basal given even earlier (some places now give glargine in
the first 12 hours alongside the drip to shorten LOS and reduce rebound hyperglycemia).

Is that something we want to propose to P&T? I can pull the two RCTs if you want.

Also - for pump users admitted in DKA, are we still requiring the pump to be removed
for the whole stay, or can they resume once the gap closes if they're alert?

Kwame
""")

add('clean', 'staff',
    'Jordan Wexley <jwexley@halvorsenendo.org>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'out sick today - can someone grab my 1pm?',
    'Tue, 04 Jun 2024 06:48:00 -0400',
    """morning - I'm out sick (fever, sorry). My 1pm is a new pump start for a peds family,
all the paperwork is in the shared drive folder "Pump Starts > June". The 3pm is just a
phone follow-up, can be moved.

Renata or Priscilla, can one of you cover the 1pm? I'll check email later.

J
""")

add('clean', 'staff',
    'Dr. Vikram Raghunathan <vraghunathan@halvorsenendo.org>',
    'Endo Providers <providers@halvorsenendo.org>',
    'curbside: methimazole + low ANC',
    'Wed, 05 Jun 2024 12:15:32 -0400',
    """Hi all, curbside, de-identified:

60s male with Graves, on methimazole 20 mg for ~7 weeks, routine CBC today shows ANC
900 (baseline 2,800). Afebrile, no sore throat, feels fine. FT4 now normal.

Would you stop methimazole at 900 or hold and recheck in a few days? Literature cutoff
seems to be 1,000-1,500 depending on where you look. I'm leaning toward stopping and
moving to RAI, but he was keen to avoid it. Curious what others do.

Thanks,
Vikram
""")

add('clean', 'staff',
    'Priscilla Dunmore <pdunmore@halvorsenendo.org>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'updated pump start checklist v3',
    'Thu, 06 Jun 2024 16:00:00 -0400',
    """Hi team,

Attached is v3 of the pump start checklist. Changes from v2:

  - basal conversion now 75-80% of prior long-acting dose by default (was 80-90%)
  - added a line to document CGM alerts set to alarm for the caregiver's phone (peds)
  - moved "ketone meter in the house?" to pre-visit call
  - removed the fax cover to the mail-order pharmacy since we e-prescribe now

Please start using it Monday. Old copies in the workroom will be recycled.

Priscilla
""",
    att=[('Pump_Start_Checklist_v3.txt', 'text/plain',
          """PUMP START CHECKLIST v3 (June 2024)
[ ] Insurance auth confirmed (Marisol)
[ ] Pre-visit call: supplies arrived, ketone meter at home, backup pens
[ ] Prior long-acting dose __ u -> pump basal total __ u (75-80%)
[ ] ICR / ISF / target / active insulin time per MD order
[ ] Site insertion demo + patient return demo
[ ] Sick-day rules & DKA prevention reviewed
[ ] CGM alerts: low __ high __ ; caregiver follower set up (peds)
[ ] Follow-up: 1 wk virtual, 4-6 wk MD
""")])

add('clean', 'staff',
    'Carla Benavides <cbenavides@halvorsenendo.org>',
    'Gender Health Team <genderhealth@halvorsenendo.org>',
    'consent form revisions - feedback by 6/18',
    'Fri, 07 Jun 2024 10:05:50 -0400',
    """Hi team,

Legal sent back the draft informed consent forms with their comments. Main points:

- the estrogen and testosterone forms need a plain-language section on fertility
  preservation, with the referral info for the reproductive endo clinic
- the "under 19" version needs two guardian signatures unless there's a court order
- they want us to stop using the phrase "irreversible changes" without a list of which
  ones specifically

Can everyone read through and leave comments in the shared doc by 6/18? We'll finalize
at the team meeting on 6/20, which is also when the training on the new state rules
happens. No need to re-consent current patients until their next visit.

Carla
""")

add('clean', 'staff',
    'Dr. Gregor Achterberg <gachterberg@halvorsenendo.org>',
    'Dr. Eliza Fontaine <efontaine@halvorsenendo.org>; Dr. Samir Haddad <shaddad@halvorsenendo.org>',
    'RE: reflex molecular on Bethesda III',
    'Mon, 10 Jun 2024 18:11:23 -0400',
    """I'd support reflex molecular on all Bethesda III at first FNA instead of the repeat
FNA pathway. Our repeat-FNA rate of a second AUS is ~40% anyway, and patients hate
being stuck twice. Cost is the sticking point - the lab quoted us about $3,200 list per
test but most of our payers cover it now.

Eliza, for peds I agree we keep the old pathway for now since the classifier wasn't
validated in kids.

I'll draft something for the next division meeting.

G

On Mon, Jun 10, 2024 at 2:02 PM Samir Haddad wrote:
> Gregor - are we formally adopting reflex testing for AUS/Bethesda III? The path lab
> says they can set it up as a standing order if we sign off as a division.
""")

add('clean', 'staff',
    'Renata Okoye-Lind <rokoyelind@halvorsenendo.org>',
    'Jordan Wexley <jwexley@halvorsenendo.org>',
    'teen A1c 11 - ideas?',
    'Tue, 11 Jun 2024 13:30:02 -0400',
    """Jordan - picking your brain for a general approach, no names: I've got a 14yo F,
T1 x 6 yrs, A1c stuck around 11, on a pump but mostly bolusing after meals or not at
all. Parents are divorced and she splits weeks. Usual stuff (apps, reminders, texting)
hasn't helped.

Have you had any luck with the "parent does the bolus at dinner only" approach or
with getting psych involved earlier? I'm wondering whether to pitch the teen group you
ran last fall.

Renata
""")
# =====================================================================
# CLEAN / training
# =====================================================================
add('clean', 'training',
    'EHR Training Team <ehrtraining@halvorsenendo.org>',
    'New Hires - June <newhires@halvorsenendo.org>',
    'EHR class prework - practice patients for Monday',
    'Wed, 12 Jun 2024 09:00:00 -0400',
    """Welcome to Halvorsen! Before Monday's EHR class please log in to the TRAINING
environment (PLY-TRN, not production) and find the practice patients below.

  ZZTEST, ENDOPUMP      MRN 99900101   DOB 01/01/1980
  ZZTEST, THYROIDFNA    MRN 99900102   DOB 02/02/1975
  ZZTEST, BONEDEXA      MRN 99900103   DOB 03/03/1950
  ZZTEST, PEDSTYPEONE   MRN 99900104   DOB 04/04/2015

Exercises:
  1. Open ZZTEST, ENDOPUMP and place the "Insulin Pump Start" order set.
  2. Document an A1c of 8.2 as a point-of-care result.
  3. Route a refill request for CGM sensors to the mail-order pharmacy (it will go to a
     dummy pharmacy, TEST PHARMACY, fax 000-000-0000).

These are fictional records in the training environment only - never practice on a real
chart.

EHR Training Team, x2299
""")

add('clean', 'training',
    'Orrin Cloud Demo <demo@orrinmedical.com>',
    'Diabetes Educators <educators@halvorsenendo.org>',
    'Your Orrin Clinic Portal demo account is ready',
    'Wed, 12 Jun 2024 14:00:00 -0600',
    """Hello Halvorsen team,

Your clinic demo sandbox is set up for next Thursday's training webinar.

  URL:       https://demo.clinic.orrinmedical.com
  Clinic ID: DEMO-HEDC-01
  Login:     educator.demo / (temporary password sent via SMS)

The sandbox is pre-loaded with 5 demo patients with simulated data: "Jane Demo",
"John Sample", "Alex Testpatient", "Pat Example", "Sam Synthetic". All data, including
ages, glucose traces and pump settings, is computer-generated.

During the session we'll walk through the Ambulatory Glucose Profile report, time in
range, and remote settings changes. Please do not upload real patient devices to the
demo clinic.

Orrin Clinical Education
""")

TEST_HL7 = """MSH|^~\\&|HEDC_EHR|HALVORSEN|SBLAB|STBRENDAN|202406130900||ORM^O01|TEST0001|T|2.5.1
PID|1||99900101^^^HEDC^MR||ZZTEST^ENDOPUMP||19800101|U|||1 TEST ST^^TESTVILLE^NY^00000||000-000-0000
ORC|NW|TESTORD001
OBR|1|TESTORD001||4548-4^Hemoglobin A1c^LN
"""

add('clean', 'training',
    'Raj Menon <rmenon@halvorsenendo.org>',
    'Lab IT <labit@stbrendanmed.org>',
    'interface test plan - test msg attached (T mode)',
    'Thu, 13 Jun 2024 10:10:10 -0400',
    """Hi Lab IT,

For the A1c code mapping fix, here's our test script for tomorrow's window. We'll send
from the TEST environment only (MSH-11 = T) using the ZZTEST patient. Attached is the
order message we'll fire; please return an ORU with a result of 7.0 % on the new
OBX-3 code and we'll confirm it files.

Test cases:
  TC1  ORM in -> ORU back, new code HBA1C-NEW         expect: files to A1c component
  TC2  ORU with old code 4548-4 only                  expect: files (backward compat)
  TC3  ORU with unknown code                          expect: error queue

Raj
""",
    att=[('TEST_ORM_ZZTEST.hl7', 'text/plain', TEST_HL7)])

add('clean', 'training',
    'Priscilla Dunmore <pdunmore@halvorsenendo.org>',
    'Keisha Abernathy <kabernathy@halvorsenendo.org>',
    'onboarding module 2 - case study (sample)',
    'Fri, 14 Jun 2024 11:45:00 -0400',
    """Hi Keisha,

Here's the case for module 2 - it's the same fictional case we use for all new
educators, so no need to look anything up in the chart.

  CASE: "John Doe", 45-year-old man, type 2 diabetes for 8 years. On metformin and a
  GLP-1. A1c 9.1. Works night shifts as a security guard. Eats one big meal at 2 am.
  His doctor wants to start basal insulin.

Questions:
  1. What time of day would you suggest he take basal insulin and why?
  2. How would you adapt the 3-0-3 titration for a night-shift worker?
  3. What hypoglycemia teaching does he need for driving home in the morning?

We'll go over your answers Wednesday. Take your time!

Priscilla
""")

add('clean', 'training',
    'FHIR Sandbox <no-reply@fhirsandbox.glycoinsight.io>',
    'Raj Menon <rmenon@halvorsenendo.org>',
    'Sandbox seeded: synthetic patients ready',
    'Fri, 14 Jun 2024 07:30:00 +0200',
    """Your GlycoInsight FHIR R4 sandbox has been reseeded.

Endpoint: https://sandbox.fhir.glycoinsight.io/r4
Tenant:   halvorsen-sandbox

Example synthetic resource (Synthea-generated, not a real person):

{
  "resourceType": "Patient",
  "id": "sample-record-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}]},
  "name": [{"family": "Sample", "given": ["Record"], "text": "Sample Record"}],
  "gender": "female",
  "birthDate": "1970-01-01",
  "address": [{"city": "Anytown", "state": "XX", "postalCode": "00000"}]
}

250 synthetic patients with CGM Observations (LOINC 97510-2, 97506-0) are available.
Production data must never be sent to the sandbox, and sandbox data must never be
sent to production.
""")

add('clean', 'training',
    'Simulation Center <simcenter@stbrendanmed.org>',
    'Peds Diabetes Team <pedsdiabetes@halvorsenendo.org>',
    'Sim day 6/26 - pediatric DKA scenario',
    'Mon, 17 Jun 2024 13:00:00 -0400',
    """Hi Peds Diabetes team,

Thanks for signing up for the interprofessional sim on 6/26, 8:00-12:00, Sim Lab 2.

Scenario: "Sim Kid Sammy," 8-year-old mannequin (SimJunior), presents to the ED with
vomiting and Kussmaul breathing; his insulin pump tubing is kinked. Learners will
manage fluids, start the insulin infusion, and do the family teaching at discharge.
Actors will play the parents. All labs and monitor values are scripted.

Please wear scrubs. Debriefing at 11:15. Lunch provided.

Simulation Center Staff
St. Brendan Regional Medical Center
""")
# =====================================================================
# build
# =====================================================================


def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%d.%d.blind5401@%s>' % (SEED, 1000 + i, dom)
    for k, v in m['extra']:
        msg[k] = v
    cte = m['cte']
    if not cte:
        cte = '7bit' if m['body'].isascii() else '8bit'
    msg.set_content(m['body'], cte=cte)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fn, ctype, data in m['att']:
        maintype, subtype = ctype.split('/', 1)
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for k in counters:
        summary['%s-%s' % k] = counters[k]
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(rows))


if __name__ == '__main__':
    main()
