#!/usr/bin/env python3
"""Blind evaluation mail set: FQHC / migrant farmworker health setting.
Standard library only, deterministic. Usage: python3 gen.py OUTDIR"""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 4001
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MESSAGES = []
_counts = {}


def mk(label, kind, patient, frm, to, subj, date, body, cc=None, html=None,
       atts=(), cte=None, headers=None):
    MESSAGES.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                         subj=subj, date=date, body=body, cc=cc, html=html,
                         atts=list(atts), cte=cte, headers=headers or {}))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def col_letter(i):
    return chr(ord('A') + i)


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(s):
        return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (col_letter(c), r, esc(v)) for c, v in enumerate(row))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows)),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

VV = "Valle Verde Community Health Center"

# =====================================================================
# PHI: care
# =====================================================================

mk('phi', 'care', 'Batz',
   'Renee Okafor RN <rokafor@vvchc.org>',
   'Case Management <casemgmt@sabalregional.org>',
   'transfer from our mobile unit tues - need d/c summary',
   'Thu, 13 Jun 2024 09:42:10 -0400',
   """Good morning,

Following up on Rogelio Batz who we sent over by EMS from our mobile van (Sunridge camp stop) on Tuesday afternoon. Our NP heard he was admitted overnight and had the CT of his chest, and that he was started on apixaban before going home yesterday?

He doesnt have a phone that works right now so our community health worker is going to the camp Friday to check on him. Could you fax the discharge summary and med list to 863-402-7719 (attn Renee) so she knows what he should be taking. Also if there's a follow up with pulmonary or hematology booked, we can help with the ride.

Thank you!!

Renee Okafor, RN
Care Coordination | Mobile Medical Unit
Valle Verde Community Health Center
o 863-402-7700 x231
""" + DISCLAIMER)

mk('phi', 'care', 'Cruz-Montoya',
   'Dr. Paul Estévez DDS <pestevez@vvchc.org>',
   'Referrals <referrals@gulfcoastoms.com>',
   'Referral - Yesenia Cruz-Montoya (age 14) extractions under sedation',
   'Mon, 03 Jun 2024 15:07:55 -0400',
   """Hi team,

Sending a referral for Yesenia Cruz-Montoya, 14 y/o. She was in our chair today for what was supposed to be restorative but #19 and #30 are non-restorable, big lesions into the pulp, and she's had two episodes of swelling on the lower left this spring that we treated with amoxicillin. Pano taken today is attached.

She did very poorly with local only in the past (we had to stop mid procedure in January), so we are asking for extraction of #19 and #30 with IV sedation if possible. Mom (Rocío) speaks Spanish only; our dental assistant Karla can help set up a three-way call for consent.

Family is seasonal -- they usually leave for Michigan around the 3rd week of June for blueberries, so anything sooner would really help.

Thanks,
Paul

Paul Estévez, DDS
Dental Director, Valle Verde CHC Dental Clinic
1120 Cortez Road, Suite B
""",
   atts=[('Cruz-Montoya_pano_060324.txt', 'text', 'plain',
          "PANORAMIC RADIOGRAPH - READ NOTE\nPatient: Cruz-Montoya, Yesenia\nDate: 06/03/2024\n"
          "Findings: gross caries #19 and #30 with periapical radiolucency #19 distal root.\n"
          "#3 and #14 occlusal caries, restorable. Developing #1, #16, #17, #32.\n"
          "Impression: extract #19, #30. Refer OMFS.\n")])

mk('phi', 'care', 'Aguilar',
   'Lab Desk <labdesk@vvchc.org>',
   'Dr. Miriam Haines <mhaines@vvchc.org>, Palmetto Flats Nurses <pf-nursing@vvchc.org>',
   'CRITICAL call from Meridian - K 6.2',
   'Wed, 15 May 2024 11:18:03 -0400',
   """Meridian called a critical at 11:05, read back done.

Dolores Aguilar - drawn at Palmetto Flats yesterday 5/14
potassium 6.2 (H crit), creat 2.4 (was 1.6 in Feb)
specimen NOT hemolyzed per their tech

Dr Haines pls advise. She's on lisinopril + spironolactone per our list. Nurse line tried her cell twice, no answer, VM full.
Can CHW go out to the camp at Harrow & Pike block 4 this afternoon?

--Tammy, lab
""")

mk('phi', 'care', 'Pérez',
   'Lucía Benavides <lbenavides@vvchc.org>',
   'Sandra Kendrick <skendrick@tallowcreek-sd.org>',
   'inhaler at school for Marisol',
   'Tue, 21 May 2024 16:30:41 -0400',
   """Hi Ms. Kendrick,

This is Lucía, the community health worker from Valle Verde. I'm writing with mom's permission (she signed our release today, copy attached to the fax I sent your office).

Marisol Pérez (3rd grade, Mr. Doyle's class) was seen in our pediatric clinic this afternoon after two more nights of coughing and wheezing. Dr. Ibarra started her on a daily inhaler, 2 puffs morning and night with the spacer, and she also has a rescue inhaler (albuterol) to use before recess/PE and when she's wheezing.

Mom is dropping the albuterol + spacer + the medication form at your office tomorrow morning. Could you let her keep it in the nurse's office? Also if she needs it more than twice in a day please call mom (she prefers Spanish) or me at 863-402-7700 ext 245.

Gracias!
Lucía Benavides, CHW
Valle Verde Community Health Center
""")

mk('phi', 'care', 'Ixcoy',
   'Nadia Forsythe PA-C <nforsythe@vvchc.org>',
   'hr@hpfarms.com',
   'RE: work note - Tomas Ixcoy',
   'Wed, 12 Jun 2024 07:55:19 -0400',
   """Hi Gwen,

Yes this is fine to share with the crew leader. He can do packing-line work but NO pruning shears or knife work with the left hand until the stitches are out. Updated note attached in the system fax.

Nadia

Nadia Forsythe, PA-C
Valle Verde CHC - Palmetto Flats Farmworker Clinic

-----Original Message-----
From: Gwen Albritton <hr@hpfarms.com>
Sent: Tuesday, June 11, 2024 5:02 PM
To: Nadia Forsythe <nforsythe@vvchc.org>
Subject: work note - Tomas Ixcoy

Hello, our worker Tomas Ixcoy (H-2A, badge 20417) says he was seen at your clinic today for the cut on his hand. He gave the crew leader a paper but its wet and we cant read it. Can you email what he is allowed to do and when he can go back to full duty? He said they put 6 stiches.

thanks
Gwen Albritton
Human Resources / Housing
Harrow & Pike Farms
""")

mk('phi', 'care', 'Jean-Baptiste',
   'Ivonne Salas CPhT <isalas@vvchc.org>',
   'Dr. Kwame Asante <kasante@vvchc.org>',
   'Wilner Jean-Baptiste - metformin dose?',
   'Fri, 07 Jun 2024 13:12:44 -0400',
   """Dr Asante,

Mr. Jean-Baptiste is at the pharmacy window asking for his metformin. Last fill was 500mg bid but your note from Tuesday says increase to 1000mg bid after his a1c came back 9.1 -- no new Rx came over. Also he says the glipizide makes him shaky at work in the fields, wanted you to know.

Can you send the new script? He's waiting (his ride leaves at 2).

Ivonne
340B Pharmacy
""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr Asante,</p>
<p><b>Mr. Jean-Baptiste</b> is at the pharmacy window asking for his metformin. Last fill was 500mg bid but your note from Tuesday says increase to <b>1000mg bid</b> after his a1c came back <span style="color:#c00">9.1</span> -- no new Rx came over. Also he says the glipizide makes him shaky at work in the fields, wanted you to know.</p>
<p>Can you send the new script? He's waiting (his ride leaves at 2).</p>
<p>Ivonne<br>340B Pharmacy</p>
</body></html>""")

mk('phi', 'care', 'Ventura',
   'Carla Mendoza LCSW <cmendoza@vvchc.org>',
   'Dr. Elena Ruiz-Tagle <eruiztagle@vvchc.org>',
   'warm handoff today',
   'Thu, 30 May 2024 17:48:02 -0400',
   """Elena - thanks for walking Ana Lucía Ventura down to me after her 20 wk visit. We talked for about 25 min. She's agreeable to therapy, scheduled her for 4 sessions on Thursdays at 3:30 (after her shift) starting 6/6, and I gave her the crisis line card in Spanish.

She told me she's been taking the sertraline 50 you started 2 wks ago "most days". I encouraged daily. She's worried about it and the baby so maybe revisit at her next OB appt.

Her partner drives her so confidentiality at home is ok per her.

Carla
--
Carla Mendoza, LCSW
Behavioral Health | Integrated Care Team
""")

mk('phi', 'care', 'Rocha',
   'Referral Coordinator <referrals@vvchc.org>',
   'Breast Imaging Center <imaging.records@sabalregional.org>',
   'Request for report - diagnostic mammo + US',
   'Mon, 06 May 2024 10:05:30 -0400',
   """To Sabal Regional Breast Imaging records,

Please send us the report for Mrs. Fátima Rocha. She had her screening mammogram with you 4/12, was called back, and went for diagnostic views and ultrasound of the right breast on 5/2. She called our office today saying someone told her she needs a biopsy but she did not understand the details (Portuguese speaker).

Our PCP, Dr. Kwame Asante, is the ordering provider. Fax 863-402-7719 or reply here via secure mail.

Thank you,
Marta Quintero
Referral Coordinator
Valle Verde Community Health Center
863-402-7700 x210
""", cte='base64')
# =====================================================================
# PHI: names
# =====================================================================

mk('phi', 'names', 'Nguyen',
   'Front Desk Cortez Rd <frontdesk.cortez@vvchc.org>',
   'Nurse Line <nurseline@vvchc.org>',
   'Nguyen Thi Hoa - callback re colonoscopy prep',
   'Tue, 16 Apr 2024 14:22:37 -0400',
   """she called again (3rd time). confused about the split dose - thinks she drinks all of it tonight. procedure is thurs 7:30am at Sabal endo.

needs VIETNAMESE interpreter on the callback, not the daughter, she asked for that specifically.

best # is the one in the chart, after 6pm.
-Yadira
""")

mk('phi', 'names', 'Okonkwo',
   'Beth Carrow RN <bcarrow@vvchc.org>',
   'Intake <intake@baylinehomehealth.com>',
   "Mr. Okonkwo's dressing changes",
   'Fri, 10 May 2024 12:01:09 -0400',
   """Hi Bayline,

Mr. Okonkwo's wound check went ok this morning, ulcer on the R heel is smaller (2.1 x 1.4 cm, was 2.8 x 1.9) with healthy granulation. Dr Asante wants to keep the silver alginate + foam, 3x/week. Can your nurse keep the Mon/Wed/Fri visits? Chukwuemeka says he's almost out of dressing supplies at home - his wife will be there if your nurse can bring a box.

Next visit with us 5/24.

Beth Carrow, RN
Valle Verde CHC
""")

mk('phi', 'names', 'De la Cruz',
   'Prenatal Team <prenatal@vvchc.org>',
   'Joselyn Haddad <jhaddad@vvchc.org>',
   'RE: DE LA CRUZ, MARIA JOSEFINA -- missed 28wk glucose',
   'Wed, 22 May 2024 09:33:48 -0400',
   """Joselyn can you try her again? 2 no-shows for the 1hr glucose now. She also still needs the Tdap and the Rhogam since she's Rh neg.

> -----Original Message-----
> From: Joselyn Haddad
> Sent: Monday, May 20, 2024 4:40 PM
> Subject: DE LA CRUZ, MARIA JOSEFINA -- missed 28wk glucose
>
> De la Cruz, Maria Josefina did not come for her GCT today. Left msg
> w/ sister. Address on file is old (they moved to the Sunridge housing?)
""")

mk('phi', 'names', 'Esperanza',
   'Mobile Unit 2 <van2@vvchc.org>',
   'Dr. Miriam Haines <mhaines@vvchc.org>',
   'burn recheck from camp 7',
   'Sat, 08 Jun 2024 15:40:55 -0400',
   """Dr H - FYI the little one from camp 7, Esperanza (the 2 yo w/ the burn on her forearm from the cooking pot), mom brought her back to the van today. Healing nicely, no more blisters, no signs of infection. We stopped the silvadene and switched to vaseline + loose gauze, mom ok with that. I told her to come back to the van next Saturday or to clinic if any pus or fever.

Also weight 11.2 kg, she's eating fine.

Sent from my iPhone
Gabi (MA)
""")

mk('phi', 'names', 'Venkataraman',
   'Dr. Kwame Asante <kasante@vvchc.org>',
   'Cardiology Scheduling <cardio.sched@sabalregional.org>',
   'echo request - Mrs. Lakshmi Venkataraman',
   'Mon, 27 May 2024 08:12:00 -0400',
   """Hello,

I placed an outpatient referral last week for a transthoracic echo for Mrs. Lakshmi Venkataraman (she is 67, new murmur on exam, SOB climbing stairs, BNP was 410). She has not heard anything back. Her son Arvind is her contact and prefers email/text.

If possible I'd like this in the next 2 weeks. Please let me know if you need anything else from us.

Kwame Asante, MD
Internal Medicine
Valle Verde Community Health Center
""")

mk('phi', 'names', 'Al-Hashimi',
   'Ortho Clinic <orthoclinic@gulfsportsortho.com>',
   'Referrals <referrals@vvchc.org>',
   "FW: Yousef Al-Hashimi's knee injection",
   'Thu, 02 May 2024 11:27:40 -0400',
   """Please see below. We are returning this referral as we need the x-ray report before we can schedule.

Thanks,
Gulf Sports & Ortho

---------- Forwarded message ---------
From: Marta Quintero <referrals@vvchc.org>
Date: Mon, Apr 29, 2024 at 2:15 PM
Subject: Yousef Al-Hashimi's knee injection
To: <orthoclinic@gulfsportsortho.com>

Referring Yousef Al-Hashimi for evaluation and steroid injection of the left knee. Pain x 6 months, worse after long days picking, NSAIDs not helping. Knee x-ray done at our Cortez Rd site 4/22. He speaks Arabic and some English; his nephew Karim usually comes with him.
""")

mk('phi', 'names', 'Kovács-Szabó',
   'Optometry Outreach <eyes@vvchc.org>',
   'Dr. Kwame Asante <kasante@vvchc.org>',
   'retinal photos - Ilona K.',
   'Tue, 04 Jun 2024 16:10:22 -0400',
   """Dr Asante, the retinal camera read came back for Ms. Kovács-Szabó (your pt from the diabetes group). Moderate NPDR both eyes, some macular edema on the right. Reader recommends ophthalmology within 4 weeks. I already called Ilona and she's OK going to Sabal eye clinic, but she'll need the referral from you.

thx,
Joanne
""")

mk('phi', 'names', 'dos Santos',
   'Lucía Benavides <lbenavides@vvchc.org>',
   'Social Work <socialwork@sabalregional.org>',
   'patient of ours admitted - Sr. dos Santos',
   'Sun, 19 May 2024 19:02:11 -0400',
   """Hello,

I'm the CHW who works with João Pedro dos Santos. His wife called me tonight, he was admitted to your 4th floor after the fall from the ladder at the citrus grove Friday. She says he had surgery on his wrist and they're talking about discharging him tomorrow but they live in grower housing with no one home during the day.

Can someone from social work call her? She speaks Portuguese, I can be on the call. Mr. dos Santos also does not have his blood pressure pills with him.

Lucía Benavides, CHW
Valle Verde CHC  |  863-402-7700 x245
""")
# =====================================================================
# PHI: self
# =====================================================================

mk('phi', 'self', 'Tzul',
   'rigo tzul <rigotzul.79@gmail.com>',
   'info@vvchc.org',
   'pills',
   'Sun, 09 Jun 2024 21:14:05 -0400',
   """hi this is Rigoberto Tzul I was seen at the van last week for my back (thursday at sunridge) the pills are finish already and still hurting when I lift the buckets, can I get more or other one. I am in the harrow farm housing trailer 9. my birthday is 04/17/1979 if you need

thank you
""")

mk('phi', 'self', 'Morales',
   'Jennifer Morales <jen.morales.fam@yahoo.com>',
   'Medical Records <records@vvchc.org>',
   'school form for my son',
   'Mon, 12 Aug 2024 08:47:33 -0400',
   """Hello,

My son Kevin Morales (DOB 2/9/2016) had his physical at your Cortez Road clinic on July 30 with Dr. Ibarra. The school needs the DH 680 immunization form and the physical form before August 19th or he can't start. He got his shots that day too (I think the 2nd chickenpox one and the MMR?).

Could you email them to me or should I come pick them up? I work until 5.

Thank you so much,
Jennifer Morales
(863) 291-5560
""")

mk('phi', 'self', 'Whitfield',
   'Deborah Whitfield <dwhitfield1962@hotmail.com>',
   'Nurse Line <nurseline@vvchc.org>',
   'my lab results',
   'Fri, 17 May 2024 10:03:58 -0400',
   """Hello, I got a text that my cholesterol test is back but I can't get into the portal (it says my account is locked). Do I still need to take the atorvastatin? It makes my legs ache. Dr. Asante said we'd decide after this test.

Thanks
Deborah
""")

mk('phi', 'self', 'Pierre-Louis',
   'Jocelyn Pierre-Louis <jpierrelouis@outlook.com>',
   'Dental Clinic <dental@vvchc.org>',
   'root canal monday',
   'Wed, 29 May 2024 22:31:17 -0400',
   """Good evening, my name is Jocelyn Pierre-Louis. I have appointment with the dentist Monday 8am to finish the root canal (the tooth on top left). But the boss change the schedule and I have to be at the packing house 6am to 4pm all week. Is it possible to come Saturday or in the evening? The temporary filling is falling little bit and it hurt when I drink cold.

Thank you for your help
Jocelyn
""", cte='base64')

mk('phi', 'self', 'Boone',
   'Kayla Boone <kaylab2001@gmail.com>',
   'Prenatal Team <prenatal@vvchc.org>',
   'failed sugar test??',
   'Mon, 20 May 2024 07:12:40 -0400',
   """hi so someone called me saturday and said I failed the glucose test I did friday and need to do the 3 hour one. what does that mean, do I have diabetes?? I'm 29 weeks. also do I have to fast for it and can I bring my 2 yr old because I don't have anyone to watch him

the WIC office also asked me for a paper saying my iron is low, can you send that to them too

Kayla Boone
""",
   html="""<div dir="ltr">hi so someone called me saturday and said I failed the glucose test I did friday and need to do the 3 hour one. what does that mean, do I have diabetes?? I'm 29 weeks. also do I have to fast for it and can I bring my 2 yr old because I don't have anyone to watch him<div><br></div><div>the WIC office also asked me for a paper saying my iron is low, can you send that to them too</div><div><br></div><div>Kayla Boone</div></div>""")

mk('phi', 'self', 'Villanueva',
   'Ernesto Villanueva Jr. <evillanueva.jr@gmail.com>',
   'Dr. Kwame Asante <kasante@vvchc.org>',
   'My father Ernesto Villanueva Sr - hospital follow up',
   'Tue, 28 May 2024 12:55:04 -0400',
   """Dr. Asante,

I'm writing about my dad, Ernesto Villanueva Sr. (74). He was discharged from Sabal Regional yesterday after 5 days for pneumonia. They sent him home on Augmentin for 5 more days and a new inhaler, and they stopped his amlodipine because his pressure was low in the hospital. The papers say to follow up with his PCP within 7 days and get a repeat chest x-ray in 6 weeks.

Can we get him in this week? I can bring him any day after 3. He's weak but eating.

Thanks,
Ernesto Jr.
(863) 558-0193

Sent from my iPhone
""")

mk('phi', 'self', 'Ferrante',
   'Marco Ferrante <marco.ferrante77@gmail.com>',
   'Appointments <noreply-appts@vvchc.org>',
   'Re: Appointment reminder - Valle Verde CHC',
   'Wed, 05 Jun 2024 18:20:26 -0400',
   """yes ill be there. also tell dr I stopped the lisinopril last week bc of the cough, its better now

Marco

On Wed, Jun 5, 2024 at 9:00 AM Valle Verde CHC <noreply-appts@vvchc.org> wrote:
> This is a reminder of your appointment on Monday, June 10 at 10:20 AM
> with Nadia Forsythe, PA-C at Cortez Road Clinic.
> Reply YES to confirm. Please bring your insurance card and all
> medications.
""")
# =====================================================================
# PHI: ids
# =====================================================================

mk('phi', 'ids', '',
   'Mobile Unit 1 <van1@vvchc.org>',
   'Palmetto Flats Nurses <pf-nursing@vvchc.org>',
   'PPD read needed',
   'Thu, 18 Apr 2024 16:03:21 -0400',
   """pt dob 3.4.88, MRN 0047213 - got his PPD placed on the van tues at the Sunridge stop, he's moving crews and won't be there thurs. he said he'll walk in to PF tomorrow morning b4 work for the read. prior PPD 2019 was neg per him. pls read & document

thx - van1
""")

mk('phi', 'ids', 'Hernandez',
   'Client Services <clientservices@meridianlabs.com>',
   'Lab Desk <labdesk@vvchc.org>',
   'Specimen rejected - Accession M24-118834',
   'Tue, 23 Apr 2024 06:41:12 -0500',
   """Meridian Reference Laboratories - Specimen Rejection Notice

Account: 40217 VALLE VERDE CHC - CORTEZ RD
Accession: M24-118834
Patient: HERNANDEZ, LUIS A
DOB: 19880304
Collected: 04/22/2024 14:10
Test(s): CMP, LIPID PANEL, HGB A1C
Reason: Specimen grossly hemolyzed (CMP). Lipid/A1c resulted.

Please recollect CMP. To reorder reference the original accession.
Client Services 1-800-555-0147 option 2

This notice was generated automatically. Do not reply to this address.
""")

mk('phi', 'ids', '',
   'Prior Auth Team <priorauth@vvchc.org>',
   'UM Department <um.requests@sunshinehealthplan.com>',
   'PA request - MRI L-spine - member SHP00981233',
   'Fri, 26 Apr 2024 10:58:33 -0400',
   """Hello,

Requesting prior authorization for MRI lumbar spine w/o contrast (CPT 72148).

Member ID: SHP00981233
Medicaid #: 7730118452
DOB: 14 Nov 1992
Dx: M54.16, M51.26
Ordering: Nadia Forsythe PA-C, NPI 1093847562

8 weeks of PT completed with no improvement, progressive numbness R foot, positive straight leg raise. Clinical notes attached via portal upload (ref #UP-55120).

Thank you,
Prior Auth Team | Valle Verde CHC
Fax 863-402-7725
""")

mk('phi', 'ids', 'Chávez',
   'Héctor Lugo <hlugo@vvchc.org>',
   'Nurse Line <nurseline@vvchc.org>',
   'BP 182/104 at health fair - f/u needed',
   'Sun, 14 Apr 2024 13:20:09 -0400',
   """From the St. Anne's church health fair today:

Mr. Arturo Chávez
4410 Canal Rd, trailer 12, Loxley Springs
cel 863-924-1187 (whatsapp better)

BP 182/104 and 176/100 on recheck, no headache or chest pain, says he ran out of his pills "months ago" after his clinic in Texas. Not our patient yet. I told him to come to Cortez Rd tomorrow. Can the nurse line call him to set up a new pt visit and see if he needs same-day?

Héctor, CHW
""")

mk('phi', 'ids', 'Ocampo',
   'Patient Accounts <billing@vvchc.org>',
   'Gladys Ocampo <gladys.ocampo@gmail.com>',
   'RE: statement question Acct# 2231907-01',
   'Thu, 09 May 2024 11:44:50 -0400',
   """Hi Ms. Ocampo,

I looked at account 2231907-01. The $185.00 balance is your sliding fee share for the porcelain crown on tooth #14 seated 01/23/24 (the build-up on 12/12/23 was covered). Your sliding fee discount was renewed at level C in March, but that doesn't apply backwards to January.

We can set up a payment plan of $30/month if that helps. Just reply or call 863-402-7700 x260.

Diane Wexler
Patient Accounts, Valle Verde CHC

-----Original Message-----
From: Gladys Ocampo <gladys.ocampo@gmail.com>
Sent: Wednesday, May 8, 2024 9:16 PM
To: billing@vvchc.org
Subject: statement question

why do I owe 185 I thought the crown was covered by the sliding scale
""")

mk('phi', 'ids', '',
   'Dr. Elena Ruiz-Tagle <eruiztagle@vvchc.org>',
   'Colposcopy Clinic <colpo@sabalwomens.org>',
   'colpo referral chart 88-1402',
   'Tue, 30 Apr 2024 09:09:19 -0400',
   """Chart 88-1402 / DOB 1/7/61 / SSN last 4: 6619

Pap 4/11 ASC-H, HPV 16 positive. Prior pap 2019 normal. Postmenopausal, no bleeding. Please schedule colposcopy; pt is Q'anjob'al speaker with some Spanish - will need interpreter, not family.

ERT
""")

mk('phi', 'ids', 'Sargsyan',
   'Beth Carrow RN <bcarrow@vvchc.org>',
   'HIM Release <him.release@sabalregional.org>',
   'records request - ED visit 2/14',
   'Mon, 04 Mar 2024 14:35:27 -0500',
   """Hi,

Could we get the ED record and CT head report for Davit Sargsyan, your MRN 10092837, visit 2/14/2024 for the seizure? He's following up with us this Thursday and only has the discharge instructions (which say to start levetiracetam 500 bid). Signed release faxed this morning.

Thanks!
Beth Carrow RN
Valle Verde CHC
""")

mk('phi', 'ids', 'Buckley',
   'Tyrone Webb <twebb@coastaldme.com>',
   'Dr. Miriam Haines <mhaines@vvchc.org>',
   'home O2 recert - need signed CMN',
   'Wed, 08 May 2024 15:16:48 -0400',
   """Dr. Haines,

Medicare is requiring an updated CMN for home oxygen for your patient Mr. Harold Buckley before 5/31 or it'll lapse.

MBI 4TQ9-WN2-RA81
DOB 1951-09-22
Address on file: 77 Pelican Ln, Loxley Springs
Last qualifying sat: 86% RA at rest (03/2023)

He'll need a new room-air sat at his next visit. Form attached in your fax queue; please sign page 2 section B.

Tyrone Webb
Coastal DME | Respiratory Services
(863) 555-0188
""")
# =====================================================================
# PHI: lists
# =====================================================================

mk('phi', 'lists', 'Reyes;Jn Louis;Tecún;Gómez;Hall',
   'Renee Okafor RN <rokafor@vvchc.org>',
   'Mobile Unit 1 <van1@vvchc.org>, Héctor Lugo <hlugo@vvchc.org>',
   'van huddle thurs - Sunridge camp',
   'Wed, 12 Jun 2024 18:02:15 -0400',
   """Huddle list for tomorrow, Sunridge camp 5:30-8:30pm

  * Reyes, Ofelia (52) - BP recheck, started amlodipine 5 last wk
  * Jn Louis, Fritznel - wound check R shin, day 10 of keflex
  * Tecún, Marcos (19) - PPD read (placed tues)
  * Gómez, Reina - pregnancy test + start prenatal vits, needs WIC referral
  * "Big" Willie Hall - A1c poc, out of glucometer strips
  * walk-ins - expect ~10, heat is bad this week, bring extra ORS

Héctor pls bring the Creole flyers for Fritznel's crew.
R
""")

mk('phi', 'lists', 'Salgado;Toussaint;Ybarra;Lemus;Pham',
   'Dental Front Desk <dental@vvchc.org>',
   'Dr. Paul Estévez DDS <pestevez@vvchc.org>',
   'no shows this week',
   'Fri, 24 May 2024 17:05:00 -0400',
   """Paul - no shows Mon-Fri, for the broken appt policy review. Tabs pasted from the schedule:

Date\tPatient\tAge\tAppt\tNote
5/20\tSalgado, Brenda\t34\tSRP UR/LR\t2nd no-show
5/21\tToussaint, Widlene\t9\tsealants\tmom at work, called late
5/22\tYbarra, Jose Luis\t61\tdenture delivery\tin Georgia for onions?
5/23\tLemus, Keyla\t6\tpulpotomy #K\tsick (fever)
5/24\tPham, Duc\t45\text #3\tno answer x3

Keyla's mom rescheduled for 5/31. Others no contact yet.
Mari
""")

mk('phi', 'lists', 'Cux;Ajanel;Velásquez;Saint-Vil;Mejía',
   'Nadia Forsythe PA-C <nforsythe@vvchc.org>',
   'hr@hpfarms.com',
   'TB clearance - new arrivals crew 3',
   'Mon, 15 Apr 2024 12:30:44 -0400',
   """Gwen,

Here are the TB screening results for the crew 3 arrivals you sent last week. All but one are cleared to work; Mr. Velásquez needs a chest x-ray (we sent him to Sabal today) and must not be in shared housing until we call you.

Name                 | DOB        | PPD placed | Read  | mm | Result
---------------------+------------+------------+-------+----+----------
Cux, Edwin           | 06/02/1998 | 04/10      | 04/12 | 0  | NEG
Ajanel, Santos       | 11/19/2001 | 04/10      | 04/12 | 0  | NEG
Velásquez, Ovidio    | 03/30/1985 | 04/10      | 04/12 | 14 | POS-CXR
Saint-Vil, Jonas     | 09/09/1993 | 04/10      | 04/12 | 3  | NEG
Mejía, Armando       | 01/25/2000 | 04/10      | 04/12 | 0  | NEG

Nadia Forsythe, PA-C
""" + DISCLAIMER)

mk('phi', 'lists', 'Lindqvist;Baptiste;Farouk;Nakamura-Ortiz',
   'Dr. Miriam Haines <mhaines@vvchc.org>',
   'On Call Group <oncall@vvchc.org>',
   'weekend signout fri 5/31',
   'Fri, 31 May 2024 17:59:59 -0400',
   """signout for the weekend, call me w/ ?s

PATIENT               WHERE        ISSUE                           TO DO
Lindqvist, Anders 58  Sabal 4W     NSTEMI, cath sat am             call fam if results
Baptiste, Magalie 31  home         pyelo on cipro day 2            if fever >39 -> ED
Farouk, Samira   44   home         INR 4.8, held warfarin x2       recheck INR Mon
Nakamura-Ortiz, T 6   home         croup, decadron given 5/31      nothing unless called

Also lab will page with Anders' trop if it's back before Monday.

MH
""")

school_csv = csv_text([
    ['Student', 'DOB', 'Grade', 'Vaccine needed', 'Given at VVCHC', 'Date given', 'Next due'],
    ['Lozano, Abigail', '03/14/2019', 'K', 'DTaP #5; IPV #4', 'Y', '05/22/2024', ''],
    ['Charles, Woodley', '11/02/2018', 'K', 'MMR #2', 'Y', '05/22/2024', ''],
    ['Tzoc, Brayan', '07/30/2012', '7', 'Tdap; MenACWY', 'Y', '05/22/2024', ''],
    ['Nunes, Gabriela', '01/08/2012', '7', 'Tdap', 'N - parent declined', '', ''],
    ['Quispe, Jhonatan', '09/21/2018', 'K', 'Varicella #2', 'Y', '05/22/2024', ''],
    ['Augustin, Rose-Merline', '04/04/2012', '7', 'MenACWY', 'N - no consent form', '', ''],
])
mk('phi', 'lists', 'Lozano;Charles;Tzoc;Nunes;Quispe;Augustin',
   'Immunizations <immunizations@vvchc.org>',
   'Sandra Kendrick <skendrick@tallowcreek-sd.org>',
   'catch-up shots from 5/22 school event',
   'Thu, 23 May 2024 13:41:27 -0400',
   """Hi Sandra,

Attached is the list from yesterday's catch-up clinic at Harlan Creek. Parents signed the release to share with the school. The ones marked N still need to come in; Rose-Merline's family said they'd bring the form next week.

Shots are also entered in the state registry.

Best,
Olga Brandt, LPN
Immunization Coordinator
""",
   atts=[('HarlanCreek_catchup_0522.csv', 'text', 'csv', school_csv)])

prenatal_csv = csv_text([
    ['MRN', 'Last', 'First', 'DOB', 'EDD', 'G/P', 'Risk flags', 'Delivering at'],
    ['0051182', 'Ramos', 'Itzel', '1999-02-11', '2024-07-02', 'G2P1', 'GDM A1', 'Sabal Regional'],
    ['0049327', 'Destin', 'Nadège', '1994-10-30', '2024-07-15', 'G4P3', 'prior C/S x1', 'Sabal Regional'],
    ['0052016', 'Chen', 'Mei', '2001-06-05', '2024-07-21', 'G1P0', '', 'Sabal Regional'],
    ['0038840', 'Lopes', 'Ana Cláudia', '1988-12-19', '2024-07-28', 'G3P2', 'chronic HTN; on labetalol', 'Sabal Regional'],
    ['0053371', 'Ortega', 'Xiomara', '2006-03-27', '2024-08-03', 'G1P0', 'age 18; late PNC (24wk)', 'Sabal Regional'],
])
mk('phi', 'lists', 'Ramos;Destin;Chen;Lopes;Ortega',
   'Prenatal Team <prenatal@vvchc.org>',
   'L&D Charge <ld.charge@sabalregional.org>',
   'July/Aug EDD list for L&D (encrypted zip)',
   'Mon, 03 Jun 2024 08:30:12 -0400',
   """Good morning,

Attached is our monthly list of patients due in July and early August who plan to deliver with you. Password sent separately by text to the charge phone as usual.

Prenatal records are in the shared portal.

Thanks
Joselyn Haddad, RN
OB Nurse Coordinator, Valle Verde CHC
""",
   atts=[('VVCHC_EDD_Jul-Aug2024.zip', 'application', 'zip',
          zip_bytes([('EDD_list_JulAug.csv', prenatal_csv)]))])

outreach_rows = [
    ['Last name', 'First name', 'Phone', 'Camp/Address', 'Last A1c', 'Date', 'Next step'],
    ['Sontay', 'Florinda', '863-771-0932', 'Sunridge camp, unit 14', '10.4', '2024-02-20', 'med review + insulin teach'],
    ['Jean', 'Pierre-Richard', '863-223-5410', 'Harrow & Pike block 2', '8.7', '2024-03-05', 'A1c due'],
    ['Moreira', 'Sebastião', '561-902-3388', '211 Orange Ave', '9.9', '2024-01-17', 'overdue eye exam'],
    ['Castañeda', 'Rufina', '863-305-1176', 'Loxley Springs trailer park #31', '11.2', '2024-04-02', 'CHW home visit'],
    ['Brooks', 'Delmar', '863-449-2019', '14 Mill St', '8.2', '2023-12-11', 'no visit in 6 mo'],
]
mk('phi', 'lists', 'Sontay;Jean;Moreira;Castañeda;Brooks',
   'Quality Team <quality@vvchc.org>',
   'CHW Team <chw@vvchc.org>',
   'uncontrolled diabetes outreach list - June',
   'Tue, 04 Jun 2024 10:10:10 -0400',
   """Hi CHWs,

Here's June's outreach list, pts with A1c > 8 and no visit in 90+ days. Spreadsheet attached, please mark who you reached in column H and send back by the 21st.

Thank you!
Priya Raman, MPH
Quality Improvement Manager
""",
   atts=[('DM_outreach_June.xlsx', 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          xlsx_bytes(outreach_rows, 'June'))])
# =====================================================================
# PHI: struct
# =====================================================================

mk('phi', 'struct', 'Bautista',
   'Greg Lanier <glanier@vvchc.org>',
   'Interface Support <interfaces@meridianlabs.com>',
   'ORU not filing - PID-3 mismatch',
   'Tue, 14 May 2024 10:22:45 -0400',
   r"""Hi Meridian interface team,

This result came across at 02:14 this morning but didn't file to the chart - our engine says PID-3 doesn't match. Looks like you're sending the external ID in PID-3 instead of our MRN in PID-2? Raw msg below:

MSH|^~\&|MERIDIAN|MRL|ECW|VVCHC|20240514021402||ORU^R01|MRL8837120|P|2.5.1
PID|1|0048876|M24-4471902^^^MRL||BAUTISTA^ROSALINDA^M||19760822|F|||38 PALM CT^^LOXLEY SPRINGS^FL^33899||8632047755
ORC|RE|VV77120|M24-128840
OBR|1|VV77120|M24-128840|80061^LIPID PANEL^C4|||20240513094000
OBX|1|NM|2093-3^CHOLESTEROL^LN||262|mg/dL|<200|H|||F
OBX|2|NM|2571-8^TRIGLYCERIDE^LN||318|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||34|mg/dL|>39|L|||F

Can you check the mapping? We have ~40 in the error queue since the update last night.

Greg Lanier
Interface Analyst, IT
Valle Verde CHC
""")

adt = ("MSH|^~\\&|SABAL_ADT|SRMC|VVCHC_HIE|VVCHC|20240602183012||ADT^A08|SRMC55120934|P|2.3\r"
       "EVN|A08|20240602183012\r"
       "PID|1||10114552^^^SRMC^MR||FRANÇOIS^JEAN-ROBERT^^^^^L||19690417|M|||RR 2 BOX 118^^BELLE ISLE^FL^33901||(863)771-4490|||M||400339217\r"
       "PV1|1|I|4W^412^A|E|||1183920411^PATEL^NIKHIL|||MED||||||||IP|88120345\r"
       "DG1|1||I63.9^CEREBRAL INFARCTION, UNSPECIFIED^I10\r"
       "IN1|1|MCD|FLMCD|FLORIDA MEDICAID|||||||||||FRANÇOIS^JEAN-ROBERT|SELF|19690417\r")
mk('phi', 'struct', 'François',
   'HIE Alerts <hie-alerts@vvchc.org>',
   'Greg Lanier <glanier@vvchc.org>',
   'FW: A08 with special chars rejected',
   'Mon, 03 Jun 2024 07:15:00 -0400',
   """Greg - the cedilla in this one broke the parser again (charset). Message attached as-is from the inbound folder. Also this is one of Dr. Haines' pts, admitted w/ stroke sunday, so the care team alert never fired. Can you re-drop it once fixed?

-Sam
""",
   atts=[('SRMC55120934.hl7', 'application', 'octet-stream', adt.encode('utf-8'))])

mk('phi', 'struct', 'Obi',
   'Diane Wexler <dwexler@vvchc.org>',
   'Clearinghouse Support <support@claimbridge.net>',
   'Rejected 837P - loop 2010BA',
   'Wed, 17 Apr 2024 14:50:38 -0400',
   r"""Hello ClaimBridge,

Batch 2024041704 rejected with "2010BA NM109 invalid". Snippet of the claim from the file below, I don't see what's wrong with the member id. Can you look?

NM1*IL*1*OBI*CHIDINMA*N***MI*SHP00744120~
N3*91 CYPRESS BND APT 4~
N4*LOXLEY SPRINGS*FL*33899~
DMG*D8*19910215*F~
NM1*PR*2*SUNSHINE HEALTH PLAN*****PI*68069~
CLM*VV24041188*245***50:B:1*Y*A*Y*Y~
HI*ABK:O24419*ABF:Z3A28~
LX*1~
SV1*HC:59425*245*UN*1***1~
DTP*472*D8*20240412~

Thanks,
Diane Wexler
Billing Specialist, Patient Accounts
Valle Verde CHC
""")

mk('phi', 'struct', 'Zamora',
   'Front Desk Palmetto Flats <frontdesk.pf@vvchc.org>',
   'Patient Accounts <billing@vvchc.org>',
   'eligibility says inactive?? pt in lobby',
   'Thu, 25 Apr 2024 08:37:19 -0400',
   r"""this is what the 271 shows, is she covered or not?? she's here for her 2 wk postpartum check w/ baby

HL*3*2*22*0~
TRN*2*VV240425-0031*9VVCHC0001~
NM1*IL*1*ZAMORA*LETICIA****MI*7731204896~
N3*16 BAYVIEW TRAILER CT~
N4*LOXLEY SPRINGS*FL*33899~
DMG*D8*20000912*F~
EB*6**30~
DTP*307*RD8*20230601-20240331~
MSG*COVERAGE TERMINATED - PREGNANCY ELIGIBILITY PERIOD ENDED~
EB*R**30**PW*ISHP~

thx - Yari
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "vv-0052290",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "0052290"}],
        "name": [{"family": "Tran", "given": ["Bao", "Quoc"]}],
        "gender": "male",
        "birthDate": "2015-08-19",
        "address": [{"line": ["502 Lemon Grove Rd"], "city": "Loxley Springs", "state": "FL", "postalCode": "33899"}],
        "telecom": [{"system": "phone", "value": "863-330-8812"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "bll-88120",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "10368-9", "display": "Lead [Mass/volume] in Capillary blood"}]},
        "subject": {"reference": "Patient/vv-0052290"},
        "effectiveDateTime": "2024-05-09",
        "valueQuantity": {"value": 11.6, "unit": "ug/dL"},
        "interpretation": [{"coding": [{"code": "H"}]}]
      }
    }
  ]
}
"""
mk('phi', 'struct', 'Tran',
   'Greg Lanier <glanier@vvchc.org>',
   'Onboarding <onboarding@statelead-registry.org>',
   'test submission for lead reporting - failed validation',
   'Fri, 10 May 2024 16:05:51 -0400',
   """Hi,

We're onboarding to the FHIR lead reporting endpoint. Our first real submission failed validation with "Observation.performer required". Attached is the bundle we sent (this is a live result, please handle accordingly - a venous confirm is being scheduled). Is performer really required for capillary screens?

Greg
""",
   atts=[('lead_submission_20240510.json', 'application', 'json', fhir.encode('utf-8'))])

mk('phi', 'struct', 'Mbeki',
   'Dr. Kwame Asante <kasante@vvchc.org>',
   'Greg Lanier <glanier@vvchc.org>',
   'CCD from Sabal missing meds section?',
   'Tue, 21 May 2024 12:12:12 -0400',
   """Greg, when I open the CCD Sabal sent for my pt the med list is blank even though she came home on 6 new meds. Here's the top of the XML (copied from the viewer "source" tab) - is it on our end?

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Discharge</title>
  <effectiveTime value="20240520143000-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="10088120" root="2.16.840.1.113883.3.4410.1"/>
      <addr use="HP"><streetAddressLine>12 Tamarind Way</streetAddressLine>
        <city>Loxley Springs</city><state>FL</state><postalCode>33899</postalCode></addr>
      <telecom value="tel:+1-863-448-2071" use="HP"/>
      <patient>
        <name use="L"><given>Thandiwe</given><family>Mbeki</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19580311"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <component><section><code code="10160-0" displayName="HISTORY OF MEDICATION USE"/>
    <text>No information</text></section></component>

She's a new heart failure diagnosis, I really need that med list.

KA
""")

mk('phi', 'struct', 'Saechao',
   'Diane Wexler <dwexler@vvchc.org>',
   'Patient Accounts <billing@vvchc.org>',
   '835 denial - CO-197 no auth',
   'Mon, 13 May 2024 09:58:27 -0400',
   r"""fyi team, 835 from Sunshine came in with a denial on the ultrasound. Pasted the CLP:

CLP*VV24040902*4*380*0**MC*2024131009911*11~
NM1*QC*1*SAECHAO*MEY*F***MI*SHP00612098~
NM1*82*1*FORSYTHE*NADIA****XX*1093847562~
DTM*232*20240409~
SVC*HC:76700*380*0**1~
CAS*CO*197*380~
AMT*B6*0~

Abdominal US for gallstones, auth was requested but never approved. Going to appeal with the ER note. Ms. Saechao already got a bill from the imaging center, please put a hold on her statement.

Diane
""")
# =====================================================================
# PHI: lang
# =====================================================================

mk('phi', 'lang', 'Ramírez Soto',
   'Guadalupe Ramirez <lupita.rs84@gmail.com>',
   'info@vvchc.org',
   'resultados del papanicolau',
   'Mon, 22 Apr 2024 20:41:03 -0400',
   """Buenas noches,

Soy Guadalupe Ramírez Soto, me hicieron el papanicolau en la camioneta (la van) el 3 de abril cuando estaba en el campo de Sunridge. Me dijeron que me iban a llamar con los resultados pero ya cambié de número porque se me perdió el teléfono. Mi número nuevo es 863-617-2284.

También quería preguntar si me pueden dar más de las pastillas para la presión, ya casi se me acaban. Mi fecha de nacimiento es 12/08/1984.

Muchas gracias, que Dios los bendiga
Lupita
""")

mk('phi', 'lang', 'Saint-Fleur',
   'Roselène Saint-Fleur <rosesaintfleur@yahoo.com>',
   'Nurse Line <nurseline@vvchc.org>',
   'rezilta tès san mwen',
   'Thu, 16 May 2024 06:58:40 -0400',
   """Bonjou,

Mwen se Roselène Saint-Fleur. Mwen te fè tès san nan klinik Cortez Road jedi pase a. Doktè a te di m sik mwen te wo e li ta vle ban m yon nouvo grenn. Mwen poko resevwa apèl. Mwen travay nan pake a (packing house) depi 5è di maten, tanpri rele m apre 4è.

Epitou pye m toujou anfle lè m fin travay.

Mèsi anpil
Roselène
""")

mk('phi', 'lang', 'Ferreira',
   'Luciana Ferreira <lu.ferreira.fl@gmail.com>',
   'Pediatria <peds@vvchc.org>',
   'Beatriz - febre depois da vacina',
   'Wed, 08 May 2024 23:15:29 -0400',
   """Olá, boa noite,

Aqui é a Luciana Ferreira, mãe da Beatriz Ferreira Costa (1 ano e 3 meses). Ela tomou as vacinas ontem na clínica (a enfermeira disse que foi a do sarampo e a da catapora) e hoje à noite está com febre de 38,9 e umas manchinhas vermelhas na barriga. Dei paracetamol às 21h. Isso é normal? Preciso levar ela no pronto-socorro?

Ela está mamando bem e brincando.

Obrigada,
Luciana
""")

mk('phi', 'lang', 'Xuc',
   'Héctor Lugo <hlugo@vvchc.org>',
   'Lucía Benavides <lbenavides@vvchc.org>, Dr. Kwame Asante <kasante@vvchc.org>',
   'Doña Chela ya salió del hospital',
   'Sat, 01 Jun 2024 11:26:53 -0400',
   """Lucía, Dr. Asante (va en español, perdón doctor, le pongo resumen abajo),

Fui a ver a Doña Chela (Graciela Xuc) en la casa del rancho esta mañana. Salió de Sabal el jueves. Le cambiaron la insulina: ahora es Lantus 22 unidades en la noche y ya no la de la mañana. Le dieron un glucómetro nuevo pero no tiene tiras. Azúcar esta mañana 214. Dice que se le hinchan los pies y que no entiende los papeles porque están en inglés y ella lee poco.

Le dejé cita para el martes con el doctor. ¿Alguien le puede conseguir tiras antes?

EN summary: Graciela Xuc discharged Thu, now Lantus 22u qhs only, no strips, FSBS 214, swelling feet. Appt Tues.

Héctor Lugo, CHW
""")

mk('phi', 'lang', 'Trần',
   'Minh Tran <tranvanminh.56@gmail.com>',
   'info@vvchc.org',
   'Hỏi về kết quả siêu âm',
   'Tue, 07 May 2024 19:05:14 -0400',
   """Chào bác sĩ,

Tôi là Trần Văn Minh, sinh ngày 15/06/1956. Tuần trước tôi đã đi siêu âm bụng ở bệnh viện Sabal theo giấy giới thiệu của bác sĩ Asante. Họ nói có sỏi trong túi mật. Tôi có cần mổ không? Bụng tôi vẫn đau sau khi ăn đồ dầu mỡ.

Xin vui lòng gọi cho con gái tôi (Linh) vì tiếng Anh của tôi không tốt: 863-290-4417.

Cảm ơn bác sĩ.
Minh
""", cte='quoted-printable')

mk('phi', 'lang', 'Dorvil',
   'Wesner Dorvil <wdorvil33@gmail.com>',
   'Lucía Benavides <lbenavides@vvchc.org>',
   'pitit gason m nan lekòl',
   'Tue, 14 May 2024 07:31:09 -0400',
   """Bonjou Madan Lucía,

Se Wesner, papa Jamesly Dorvil. Lekòl la rele m yè, yo di Jamesly te gen kriz opresyon ankò nan klas espò a e yo pa t gen pon pou l. Doktè a te ba l yon pon nouvo semèn pase men li rete lakay. Èske klinik la ka voye yon lèt bay enfimyè lekòl Harlan Creek pou l ka kenbe yon pon la?

Li gen 10 an, li nan 4yèm ane.

Mèsi
Wesner
""")

mk('phi', 'lang', 'Souza',
   'Dra. Renata Albuquerque <ralbuquerque@vvchc.org>',
   'Triagem Enfermagem <nurseline@vvchc.org>',
   'Sr. Souza - resultado do INR',
   'Fri, 24 May 2024 14:40:02 -0400',
   """Oi Graça, pode ligar pro Sr. Edivaldo Souza em português? O INR de hoje deu 1,6 (meta 2-3). Ele confessou que esqueceu a varfarina 3 dias essa semana porque estava na colheita de melancia em outra cidade.

Plano: tomar 7,5 mg hoje e amanhã, depois voltar para 5 mg diários, repetir o INR na quinta no Cortez Road. Se tiver falta de ar ou dor na perna, ir direto pra emergência.

Obrigada!
Renata

Renata Albuquerque, MD
Family Medicine | Valle Verde CHC
""", cte='quoted-printable')
# =====================================================================
# CLEAN: admin
# =====================================================================

mk('clean', 'admin', '',
   'IT Service Desk <servicedesk@vvchc.org>',
   'Dana Whitaker <dwhitaker@vvchc.org>',
   '[INC0048213] eCW very slow at Palmetto Flats - Updated',
   'Tue, 11 Jun 2024 10:14:55 -0400',
   """Incident INC0048213 has been updated.

Short description: eCW very slow at Palmetto Flats, exam rooms 2-5
Caller: Dana Whitaker (x4412)
Assigned to: Marcus Bell, Network Team
State: In Progress
Priority: 2 - High

Work notes:
06/11 09:58 MB - Comcast circuit showing 38% packet loss since 7am. Ticket opened with carrier, ref 240611-88120. Failover to LTE router started; expect degraded speeds for printers until the circuit is restored. Rooms 2-5 are on the old switch, will replace Thursday.

To view this incident, log in to the Service Portal.
Please do not reply to this email.
""")

mk('clean', 'admin', '',
   'Sharon Delacroix <sdelacroix@vvchc.org>',
   'Mobile Unit Staff <mobile-staff@vvchc.org>',
   'Van schedule week of 6/17',
   'Thu, 13 Jun 2024 15:30:00 -0400',
   """Hi all, van schedule for next week. Note the Wednesday change - Sunridge asked us to move because they're spraying block C.

Mon 6/17  Harrow & Pike block 4     4:30-8:30p   Forsythe PA / Gabi MA / Héctor CHW
Tue 6/18  St. Anne's parking lot    9-1          Haines MD / Gabi MA / Lucía CHW
Wed 6/19  Sunridge camp (NEW: lot by the office, not block C)  5-9p  Forsythe / Tasha MA / Héctor
Thu 6/20  Loxley Springs Library    10-2         dental van only (Estévez DDS, Karla DA)
Fri 6/21  Juneteenth observed - no van

Driver: Luis M. all week except Thu (Ray). Fuel card #4 is missing, please check the glovebox.

Sharon Delacroix
Mobile Program Manager
863-402-7700 x300 | cell 863-710-2293
""")

mk('clean', 'admin', '',
   'Accounts Receivable <ar@suncoastmedsupply.com>',
   'Accounts Payable <ap@vvchc.org>',
   'Invoice 77-204318 - Valle Verde CHC - PO 24-1187',
   'Fri, 31 May 2024 08:00:03 -0500',
   """Dear Customer,

Please find your invoice summary below. PDF copy available in the customer portal.

Invoice:        77-204318
PO:             24-1187
Ship to:        VVCHC Mobile Unit Warehouse, 1120 Cortez Rd Bldg C
Terms:          Net 30

Qty  Item                                        Unit     Ext
 40  Nitrile exam gloves, M (100/bx)            6.85   274.00
 20  Nitrile exam gloves, L (100/bx)            6.85   137.00
 12  Lidocaine 1% 20mL MDV                      4.10    49.20
  6  Tuberculin syringes 1mL 27G (100/bx)      18.40   110.40
 10  Oral rehydration salts (case of 50)        22.00   220.00
  2  Glucometer control solution                 9.75    19.50
                                         Subtotal       810.10
                                         Freight         35.00
                                         TOTAL          845.10

Remit to: Suncoast Medical Supply, PO Box 22190, Tampa FL 33622
Questions: Brenda Ortiz, AR, 813-555-0172
""")

mk('clean', 'admin', '',
   'Human Resources <hr@vvchc.org>',
   'All Staff <allstaff@vvchc.org>',
   'New hire orientation 6/24 + benefits open enrollment reminder',
   'Mon, 10 Jun 2024 09:00:00 -0400',
   """Good morning Valle Verde team!

Please welcome our new staff starting June 24:
 - Tasha Greene, Medical Assistant (Mobile Unit) - emp #10488
 - Dr. Ifeoma Nwachukwu, Family Medicine (Cortez Rd) - emp #10489
 - Rafael Quiñones, Dental Assistant - emp #10490
 - Mireille Augustin, Community Health Worker (Kreyòl/French) - emp #10491

Orientation is 8:30-4:00 in the Cortez Rd conference room. Supervisors, please have badges and eCW access requested by 6/19 (ticket type: New User).

Reminder: benefits open enrollment closes June 28. The dental and vision plans are changing carriers this year; if you have questions call Pam Hollis at x105. Flu shot clinic dates for staff will be announced in September.

HR Team
""",
   html="""<html><body><p>Good morning Valle Verde team!</p>
<p>Please welcome our new staff starting June 24:</p>
<ul><li>Tasha Greene, Medical Assistant (Mobile Unit) - emp #10488</li>
<li>Dr. Ifeoma Nwachukwu, Family Medicine (Cortez Rd) - emp #10489</li>
<li>Rafael Qui&ntilde;ones, Dental Assistant - emp #10490</li>
<li>Mireille Augustin, Community Health Worker (Krey&ograve;l/French) - emp #10491</li></ul>
<p>Orientation is 8:30-4:00 in the Cortez Rd conference room. Supervisors, please have badges and eCW access requested by 6/19 (ticket type: New User).</p>
<p>Reminder: benefits open enrollment closes <b>June 28</b>. The dental and vision plans are changing carriers this year; if you have questions call Pam Hollis at x105. Flu shot clinic dates for staff will be announced in September.</p>
<p>HR Team</p></body></html>""")

mk('clean', 'admin', '',
   'Ray Kowalczyk <rkowalczyk@vvchc.org>',
   'Sharon Delacroix <sdelacroix@vvchc.org>',
   'RE: van 2 - AC + generator',
   'Wed, 22 May 2024 13:47:30 -0400',
   """Sharon,

Van 2 is back from Gulf Fleet Service. Invoice GF-30917, $1,842.66: AC compressor replaced, generator 250 hr service, 2 rear tires. Mileage 88,412. They said the exam room AC should hold 72 now even in the afternoons.

Still waiting on the wheelchair lift part (backordered til 6/5). Van 1 generator load test is scheduled Friday 7am at Cortez lot.

Ray
Facilities & Fleet

-----Original Message-----
From: Sharon Delacroix
Sent: Monday, May 20, 2024 8:12 AM
Subject: van 2 - AC + generator

Ray - staff said the exam room hit 91 degrees Saturday, the vaccine fridge alarm went off twice. Can we get it in this week?
""")

mk('clean', 'admin', '',
   'ClaimBridge Notifications <noreply@claimbridge.net>',
   'Patient Accounts <billing@vvchc.org>',
   'Scheduled maintenance: 837/835 processing 6/15 22:00-6/16 04:00 ET',
   'Mon, 10 Jun 2024 12:00:00 -0400',
   """ClaimBridge Scheduled Maintenance

Submitter ID: 9VVCHC0001
Window: Saturday 06/15/2024 22:00 ET - Sunday 06/16/2024 04:00 ET

During this window:
 - 837P/837I batches uploaded will queue and process after 04:00 ET
 - 270/271 real-time eligibility will be unavailable
 - 835 ERA downloads will be delayed up to 6 hours
 - 277CA acknowledgments will post after processing resumes

No action is required. Batch control numbers will not change.
Status page: status.claimbridge.net
Support: 1-888-555-0190, case portal

ClaimBridge, Inc.
""")

mk('clean', 'admin', '',
   'Credentialing <credentialing@vvchc.org>',
   'Dr. Ifeoma Nwachukwu <inwachukwu@vvchc.org>',
   'Credentialing checklist - items outstanding',
   'Wed, 05 Jun 2024 11:20:48 -0400',
   """Hi Dr. Nwachukwu,

Welcome! To finish your credentialing before 6/24 we still need:

[x] CV, FL license ME 148812 (exp 01/31/2026)
[x] NPI 1578201934 verified in NPPES
[ ] DEA registration - certificate copy (FL address)
[ ] Board cert - ABFM verification in process
[ ] Malpractice: FTCA deeming packet signature (page 4)
[ ] Hep B titer or declination, TB screen within 12 months, N95 fit test date

Payer enrollment (Medicaid, Sunshine, Medicare) starts once the above is back. Please send to me or drop off at Admin, 2nd floor.

Thank you!
Yolanda Pryce, CPCS
Credentialing Specialist
x118
""", cte='base64')
# =====================================================================
# CLEAN: lookalike
# =====================================================================

mk('clean', 'lookalike', '',
   'FitLife 24 Loxley Springs <members@fitlife24gym.com>',
   'Daniel Ortega <dortega.runs@gmail.com>',
   'Your InBody scan results are in, Daniel!',
   'Sat, 18 May 2024 07:30:00 -0400',
   """Hi Daniel,

Great work this month! Here are your body composition results from your scan on 05/16/2024.

Member #: 44021
Weight: 182.4 lb (-3.1)
Body fat: 24.2% (-1.4%)
Skeletal muscle mass: 78.9 lb (+0.8)
Visceral fat level: 9
BMR: 1,702 kcal

Your trainer Jess recommends adding 2 HIIT sessions a week. Book your next assessment in the app.

Keep crushing it,
FitLife 24
Cancel or freeze membership anytime at the front desk.
""",
   html="""<html><body><h2>Hi Daniel,</h2><p>Great work this month! Here are your body composition results from your scan on 05/16/2024.</p>
<table border="1" cellpadding="4"><tr><td>Member #</td><td>44021</td></tr><tr><td>Weight</td><td>182.4 lb (-3.1)</td></tr>
<tr><td>Body fat</td><td>24.2% (-1.4%)</td></tr><tr><td>Skeletal muscle mass</td><td>78.9 lb (+0.8)</td></tr>
<tr><td>Visceral fat level</td><td>9</td></tr><tr><td>BMR</td><td>1,702 kcal</td></tr></table>
<p>Your trainer Jess recommends adding 2 HIIT sessions a week.</p><p>Keep crushing it,<br>FitLife 24</p></body></html>""")

mk('clean', 'lookalike', '',
   'Palm Grove Animal Hospital <frontdesk@palmgrovevet.com>',
   'Maribel Garcia <maribel.garcia.fl@gmail.com>',
   "Bella's lab results and vaccine reminder",
   'Thu, 23 May 2024 14:05:17 -0400',
   """Hi Ms. Garcia,

Dr. Lockhart reviewed Bella's bloodwork from Tuesday. Her heartworm test was NEGATIVE and her kidney values are normal for a 9 year old lab mix. Her thyroid was slightly low so Dr. Lockhart would like to start levothyroxine 0.4 mg twice daily and recheck in 6 weeks.

Patient: Bella (canine, F/S)   Patient ID: 55812
Due: Rabies (3yr) 06/2024, DHPP 06/2024

You can pick up the medication anytime after 3pm today.

Palm Grove Animal Hospital
(863) 555-0129
""", cte='quoted-printable')

mk('clean', 'lookalike', '',
   'Harvest Federal Credit Union <alerts@harvestfcu.org>',
   'Ana Ruelas <aruelas@vvchc.org>',
   'Your HSA contribution was received - Member #0088127',
   'Fri, 31 May 2024 06:02:44 -0400',
   """Dear Ana Ruelas,

We received a contribution to your Health Savings Account.

Member #: ****8127
Account: HSA Share ****-04
Amount: $125.00 (payroll - Valle Verde CHC)
Date posted: 05/31/2024
YTD contributions: $1,375.00 of $4,150.00 limit

Remember: qualified medical expenses include copays, prescriptions, dental and vision care. Keep your receipts!

Harvest Federal Credit Union | Routing 263190448
Federally insured by NCUA. This is an automated message.
""")

mk('clean', 'lookalike', '',
   'Marcus Bell <mbell@vvchc.org>',
   'IT Team <it@vvchc.org>',
   'patient-sync worker keeps dying on app02',
   'Thu, 06 Jun 2024 23:48:10 -0400',
   """heads up - the patient-sync service on app02 crashed 4x tonight. health check on /healthz fails after ~20 min, then the watchdog kills it. found a zombie child process (PID 41188) holding the lock file so the restart hangs.

triage so far:
 - memory climbs to 3.9G then OOM (heap dump in /var/tmp/ps-heap-0606.hprof)
 - started after the 2.14.1 patch on tue
 - no data loss, queue just backs up (~1,200 msgs at peak, drained by 23:30)

I kill -9'd the zombie and bumped the heap to 6G as a band-aid. going to roll back to 2.14.0 tomorrow 6am before clinics open unless someone objects. ticket CHG0011942.

-marcus
""")

mk('clean', 'lookalike', '',
   'Gulfshore Auto Insurance Claims <claims@gulfshoreauto.com>',
   'Héctor Lugo <hector.lugo.63@gmail.com>',
   'Claim AC-7712093 - windshield replacement approved',
   'Tue, 30 Apr 2024 10:20:31 -0400',
   """Hello Héctor Lugo,

Your comprehensive claim AC-7712093 for the 2017 Toyota Tacoma (VIN ending 48821), policy GSA-5530981-02, has been approved.

Date of loss: 04/26/2024
Loss type: Glass - windshield (rock strike, US-27)
Deductible: $100.00
Approved amount: $412.88 paid directly to Safe Glass Pros

Your appointment for mobile replacement is Thursday 05/02 between 8-12 at 1120 Cortez Rd (work address you provided). Rental is not needed for glass claims.

Adjuster: Tom Pruitt, 1-800-555-0166 ext 4471
""")

mk('clean', 'lookalike', '',
   'Branch & Root Tree Surgeons <office@branchandroottrees.com>',
   'Facilities <facilities@vvchc.org>',
   'Assessment - live oak by Cortez Rd entrance',
   'Mon, 15 Apr 2024 16:55:09 -0400',
   """Hi Ray,

Our arborist, Dale Finnegan (ISA Certified FL-6671A), examined the live oak by your clinic entrance on Friday.

Diagnosis: Ganoderma butt rot on the north side of the trunk, ~30% of the base affected. Hypoxylon canker on two lower limbs. The patient (the tree, ha) is stable but the large limb over the parking area has a crack and should come down before hurricane season.

Treatment plan:
 1. Remove the cracked limb over parking (crane needed)
 2. Crown reduction 15% to lower wind load
 3. Resistograph test again in 12 months; if decay >40%, removal recommended

Estimate #BR-2291: $3,480.00. We can schedule a Saturday so the clinic entrance isn't blocked.

Dale Finnegan
Branch & Root Tree Surgeons, LLC
""")

mk('clean', 'lookalike', '',
   'SkyPalm Airways <itinerary@skypalmair.com>',
   'Dr. Paul Estévez <paul.estevez.dds@gmail.com>',
   'Your trip confirmation - PNRQ7X4KD',
   'Wed, 01 May 2024 19:12:55 -0400',
   """Thank you for flying SkyPalm.

Confirmation code: Q7X4KD
Passenger: ESTEVEZ/PAUL MR
SkyPoints member #: SP 880 214 5519
Ticket number: 279-2188340012

Flight SP 418  Tue 06/25  FMY 07:05 -> DCA 09:41  Seat 14C
Flight SP 423  Fri 06/28  DCA 17:30 -> FMY 20:12  Seat 9A

Trip purpose (corporate booking): National Oral Health Conference
Billing: Valle Verde CHC travel card ending 3390

Checked bag: 1 included. Bring a valid photo ID matching the name on your reservation.
""")
# =====================================================================
# CLEAN: news
# =====================================================================

mk('clean', 'news', '',
   'Anverra Pharmaceuticals Safety <safety@anverrapharma.com>',
   'Pharmacy <pharmacy@vvchc.org>',
   'URGENT: Voluntary recall - Metformin HCl ER 500 mg, select lots',
   'Tue, 28 May 2024 09:00:00 -0400',
   """URGENT: DRUG RECALL - PHARMACY/RETAIL LEVEL

Anverra Pharmaceuticals, Inc. is voluntarily recalling the following lots of Metformin Hydrochloride Extended-Release Tablets USP, 500 mg, 100-count bottles (NDC 71209-552-01), due to detection of N-nitrosodimethylamine (NDMA) above the acceptable daily intake limit.

Lot numbers: AV23118A, AV23118B, AV23204C   Exp: 09/2025 - 01/2026

Actions:
 1. Examine inventory and quarantine affected lots immediately.
 2. Return product using the enclosed Business Reply form (Recall #AVR-2024-017).
 3. Patients should NOT stop taking metformin without talking to their health care provider; pharmacies may substitute from unaffected lots.

To date Anverra has not received any reports of adverse events related to this recall.

Questions: Anverra Recall Center 1-866-555-0111, M-F 8am-8pm ET.
""")

mk('clean', 'news', '',
   'Marlow County Health Department <alerts@marlowcountyhealth.gov>',
   'Health Partners List <partners-list@marlowcountyhealth.gov>',
   'HEALTH ADVISORY: Extreme heat - agricultural and outdoor workers',
   'Mon, 17 Jun 2024 08:15:00 -0400',
   """MARLOW COUNTY HEALTH ADVISORY #2024-07
Heat Illness Prevention for Agricultural and Outdoor Workers

Summary: The National Weather Service forecasts heat index values of 108-113°F through Friday. In 2023, Marlow County EDs recorded 214 heat-related illness visits; 41% were among people working outdoors, and agricultural workers were 6 times more likely than other workers to be treated for heat illness.

Recommendations for clinicians:
 - Ask every patient about outdoor work and water/shade/rest access
 - Consider heat exhaustion in patients with cramps, headache, nausea, dizziness
 - Exertional heat stroke: cool first, transport second (cold-water immersion)
 - Review medications that increase risk (diuretics, anticholinergics, some antipsychotics)

Cooling centers open noon-8pm at all county libraries. Spanish and Haitian Creole flyers attached to the online version.

Dr. Lorraine Beckett, MD, MPH
Medical Director, Marlow County Health Department
""", cte='quoted-printable')

mk('clean', 'news', '',
   'Communications <comms@vvchc.org>',
   'All Staff <allstaff@vvchc.org>',
   'Valle Verde Voice - June 2024',
   'Fri, 14 Jun 2024 12:00:00 -0400',
   """VALLE VERDE VOICE - June 2024

** Big numbers **
In 2023 we served 14,212 patients in 52,890 visits. 38% were migrant or seasonal farmworkers and their families. The mobile units logged 7,400 miles!

** Dental's new chairs **
Two new operatories opened at Cortez Rd on June 3. Dr. Estévez says kids' sealant appointments are now available same-week.

** WIC is moving (just next door) **
Starting July 1 the county WIC office moves into Building C. Our CHWs can walk families over for certifications.

** Shout-outs **
 - Héctor Lugo, CHW, for organizing the St. Anne's health fair (112 blood pressure screenings!)
 - The Palmetto Flats team for a perfect score on the HRSA operational site visit
 - Tammy in the lab for 10 years of service

** Reminder **
Staff picnic June 29, 11am, Lakeside Park pavilion 3. Bring your families!
""",
   html="""<html><body style="font-family:Georgia,serif"><h1 style="color:#2e7d32">Valle Verde Voice - June 2024</h1>
<h3>Big numbers</h3><p>In 2023 we served <b>14,212</b> patients in 52,890 visits. 38% were migrant or seasonal farmworkers and their families. The mobile units logged 7,400 miles!</p>
<h3>Dental's new chairs</h3><p>Two new operatories opened at Cortez Rd on June 3. Dr. Est&eacute;vez says kids' sealant appointments are now available same-week.</p>
<h3>WIC is moving (just next door)</h3><p>Starting July 1 the county WIC office moves into Building C.</p>
<h3>Shout-outs</h3><ul><li>H&eacute;ctor Lugo, CHW, for organizing the St. Anne's health fair (112 blood pressure screenings!)</li><li>The Palmetto Flats team for a perfect score on the HRSA operational site visit</li><li>Tammy in the lab for 10 years of service</li></ul>
<p>Staff picnic June 29, 11am, Lakeside Park pavilion 3.</p></body></html>""")

mk('clean', 'news', '',
   'FL Epi Bulletin <epi-bulletin@marlowcountyhealth.gov>',
   'Health Partners List <partners-list@marlowcountyhealth.gov>',
   'Weekly Epi Update: pertussis cluster, measles preparedness',
   'Fri, 10 May 2024 16:45:00 -0400',
   """Marlow County Weekly Epidemiology Update - Week 19

Pertussis: 6 confirmed and 3 probable cases since April 1 (median age 7, range 2 months - 41 years). 4 cases linked to one elementary school; 2 infants hospitalized, both recovered. Vaccination status: 3 of 6 confirmed cases were unvaccinated or under-vaccinated.

Measles: No cases in Marlow County in 2024. Two imported cases statewide this year. Providers should verify MMR status of all patients, particularly families with recent international travel, and isolate + call us for any febrile rash illness.

Reminder: pertussis, measles and lead >=3.5 ug/dL are reportable within 1 business day. Call the Epi line 863-555-0100 (24/7).

Kindergarten and 7th grade immunization compliance for 2023-24: 88.4% (state goal 95%).
""")

mk('clean', 'news', '',
   'CHC Policy Digest <digest@fqhcpolicynews.org>',
   'Wendell Harper <wharper@vvchc.org>',
   'Policy Digest: HRSA 330 funding, 340B, Medicaid unwinding',
   'Wed, 12 Jun 2024 06:00:00 -0400',
   """CHC POLICY DIGEST - Issue 24-23

1) Health Center Fund: Congress has until Sept 30 to act on mandatory funding. Our analysis: a lapse would cut ~70% of 330 grant dollars for the average health center.

2) 340B: A federal appeals court ruled last week on contract pharmacy restrictions imposed by two manufacturers; more litigation is expected. Health centers should keep documenting savings.

3) Medicaid unwinding: 22 million people have been disenrolled nationally since April 2023, 69% for "procedural" reasons. States with high farmworker populations report many families losing coverage while out of state for seasonal work.

4) Migrant Health: The national migrant health conference registration is open; early-bird rate ends July 1.

You are receiving this because you subscribed at fqhcpolicynews.org. Unsubscribe anytime.
""")

mk('clean', 'news', '',
   'Farmworker Health Network <newsletter@farmworkerhealthnet.org>',
   'Outreach <outreach@vvchc.org>',
   'Quarterly pesticide exposure surveillance report (Q1 2024)',
   'Thu, 02 May 2024 10:30:00 -0400',
   """Farmworker Health Network - Pesticide Exposure Surveillance, Q1 2024 (Southeast region)

 - 37 reported cases of acute pesticide-related illness (Q1 2023: 29)
 - 62% were field workers, 24% mixers/loaders/applicators, 14% bystanders
 - Most common symptoms: headache, eye irritation, nausea, skin rash
 - 3 cases classified high severity; no deaths
 - Top products involved: organophosphates (11), pyrethroids (9), paraquat (4)
 - Drift from nearby applications was the leading cause (46%)

Clinician tip: document the REI (restricted-entry interval), product name and time of exposure. Cholinesterase testing should be drawn as soon as possible after exposure; a baseline helps.

Free webinar June 12: "Recognizing and reporting pesticide illness" - CME 1.0. Spanish and Kreyòl patient handouts on our site.
""")
# =====================================================================
# CLEAN: staff
# =====================================================================

mk('clean', 'staff', '',
   'Nadia Forsythe PA-C <nforsythe@vvchc.org>',
   'Dr. Miriam Haines <mhaines@vvchc.org>',
   'PPD vs QuantiFERON for H-2A crews?',
   'Wed, 10 Apr 2024 20:14:33 -0400',
   """Miriam,

Quick q before the big crew arrivals next month. A lot of the H-2A guys got BCG as kids so we're getting a bunch of positive PPDs that end up being nothing, and then chest x-rays we have to send out. Also half of them move crews before the 48-72h read.

Would it be crazy to switch to QuantiFERON for new arrivals? Meridian quoted us $38/test under the 340B lab contract. One stick, no return visit. Do we have a standing order we could adapt, or should I draft one for the medical committee?

Nadia
""")

mk('clean', 'staff', '',
   'Gabriela Tellez MA <gtellez@vvchc.org>',
   'Sharon Delacroix <sdelacroix@vvchc.org>, Dr. Miriam Haines <mhaines@vvchc.org>',
   'heat case on the van + no cell signal problem',
   'Sun, 16 Jun 2024 09:05:47 -0400',
   """Hi Sharon and Dr H,

Wanted to bring up something from last night. We had a man in his 60s walk up to the van around 7, confused, temp 103.4, stopped sweating. We started cooling him with ice packs and wet towels, but we couldn't get a signal to call 911 for almost 10 minutes at that end of the property. The crew leader drove to the road to call.

He's ok now as far as we know (EMS took him). But we need a plan for that location:
 - satellite phone or a booster for the van?
 - cold water immersion tub like the county advisory says?
 - who on the van is allowed to start IV fluids under our protocols?

Can we talk at the Tuesday team meeting?

Gabi
""")

mk('clean', 'staff', '',
   'Dana Whitaker <dwhitaker@vvchc.org>',
   'Clinic Managers <managers@vvchc.org>',
   'short an MA at Cortez Rd Tuesday',
   'Mon, 03 Jun 2024 16:20:00 -0400',
   """Hi all - Jessica is out Tues (family), so Cortez Rd pods B has no MA for Dr. Asante's afternoon (he's got 18 on the schedule incl. 4 new pts). Could Paola float from Palmetto Flats 1-5? PF only has 9 afternoon appts.

If not I'll block his last 4 slots and move them to Thursday.

Dana Whitaker
Operations Manager
""")

mk('clean', 'staff', '',
   'Dr. Paul Estévez DDS <pestevez@vvchc.org>',
   'Dental Team <dentalteam@vvchc.org>, Outreach <outreach@vvchc.org>',
   'Updated standing order - fluoride varnish (effective 7/1)',
   'Thu, 20 Jun 2024 12:45:19 -0400',
   """Team,

The medical committee approved the updated fluoride varnish standing order. Key changes:

 1. Applies to ages 6 months through 18 years (was 5 yrs) at all sites, both vans and WIC certification days.
 2. MAs and CHWs who completed the Smiles for Life module can apply varnish; RN/hygienist co-sign not required.
 3. Frequency: up to 4x/year for high caries risk (every 3 months), 2x/year otherwise.
 4. Contraindications unchanged: ulcerative gingivitis/stomatitis, known allergy to colophony (rosin).
 5. Document under code D1206 / 99188 so it counts for the UDS dental sealant/varnish measures.

Full PDF is on the intranet under Policies > Dental > DEN-014 rev 3. Questions to me or Karla.

Paul
""")

mk('clean', 'staff', '',
   'Dr. Elena Ruiz-Tagle <eruiztagle@vvchc.org>',
   'OB Providers <ob-providers@vvchc.org>',
   'case for thurs peer review - late entry to care',
   'Mon, 27 May 2024 21:30:12 -0400',
   """For Thursday's peer review, de-identified case:

A woman in her early 30s, G3P2, first visit with us at ~24 weeks after arriving from another state for the harvest. No prior records. BP normal, 1-hour GCT elevated, couldn't come back for the 3-hour because of work schedule; we ended up doing fingersticks with a loaner meter and she did great with diet alone. Delivered term at Sabal, healthy baby.

Questions for discussion:
 - should we accept early A1c or a fingerstick log as a GDM screen for women who can't do the 3-hr?
 - how do we get records faster from clinics in TX and MI (MSRTS-type transfer)?
 - a "bridge" prenatal visit on the van on Saturdays?

Please don't bring any chart printouts to the meeting.

ERT
""")

mk('clean', 'staff', '',
   'Priya Raman <praman@vvchc.org>',
   'Medical Committee <medcommittee@vvchc.org>',
   'Q1 UDS measures + chart audit results',
   'Wed, 24 Apr 2024 14:00:00 -0400',
   """Hi all, quick summary ahead of Monday:

Measure (Q1 2024)                        Us     Goal
Diabetes A1c >9 or untested (lower=better)  29.8%  <25%
Controlling high BP (<140/90)             61.2%  65%
Cervical cancer screening                 52.0%  60%
Childhood immunization status (age 2)     44.7%  55%
Depression screening + f/u plan           78.3%  80%

Chart audit: 30 random diabetes charts, 9 had no A1c in the last 12 months. 6 of those 9 were seasonal patients out of state during the measurement window. Proposal: outreach list by CHWs in the two months before harvest departure.

Priya Raman, MPH
QI Manager
""")

mk('clean', 'staff', '',
   'Ivonne Salas CPhT <isalas@vvchc.org>',
   'All Providers <providers@vvchc.org>',
   'amoxicillin susp shortage - alternatives',
   'Tue, 09 Apr 2024 08:40:00 -0400',
   """Good morning providers,

Our wholesaler has amoxicillin 400mg/5mL suspension on backorder until at least mid-May. We have ~30 bottles of 250mg/5mL left and plenty of 500mg capsules (can be opened and mixed with applesauce for older kids).

Suggested alternatives for pediatric otitis/strep per the pharmacy committee:
 - amox 250/5 (adjust volume) while it lasts
 - cefdinir suspension if no severe PCN allergy
 - for strep: penicillin V susp or amox capsules for kids who can swallow

Please write the concentration explicitly on every Rx. Thanks!

Ivonne Salas, CPhT
340B Pharmacy
""")
# =====================================================================
# CLEAN: training
# =====================================================================

mk('clean', 'training', '',
   'EHR Training <ehrtraining@vvchc.org>',
   'New Hires June <newhires-jun@vvchc.org>',
   'eCW practice login + test patients for Monday',
   'Fri, 21 Jun 2024 15:10:00 -0400',
   """Hi new team members,

For Monday's EHR training you'll use the TRAINING environment only (green banner at top). Your practice login is your emp # + "_trn", temp password sent separately.

Use ONLY these test patients:
  ZZTEST, ADULT        DOB 01/01/1950   MRN 9999001
  ZZTEST, PEDS         DOB 01/01/2020   MRN 9999002
  ZZTEST, PRENATAL     DOB 01/01/1995   MRN 9999003
  ZZTEST, DENTAL       DOB 01/01/2010   MRN 9999004

Exercises: check in ZZTEST, ADULT for a BP recheck, document vitals (use 150/95), send a test Rx for lisinopril 10mg to the "TRAINING PHARMACY", and order a CBC to "TEST LAB - DO NOT SEND".

Never look up a real patient in training, even to "see how it looks".

Carmen Ibáñez
Clinical Applications Trainer
""")

mk('clean', 'training', '',
   'Solutions Engineering <demo@linkbridgehealth.com>',
   'Greg Lanier <glanier@vvchc.org>',
   'Demo follow-up: sample HL7 feeds for your sandbox',
   'Thu, 09 May 2024 13:25:42 -0500',
   r"""Hi Greg,

Thanks for joining the LinkBridge interface engine demo. As promised, here are the sample messages we used. They're all synthetic; load them into the sandbox channel "DEMO_IN".

MSH|^~\&|DEMO_LAB|DEMO|LINKBRIDGE|SANDBOX|20240101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19800101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||555-555-5555
OBR|1|ORD0001|FIL0001|2345-7^GLUCOSE^LN|||20240101110000
OBX|1|NM|2345-7^GLUCOSE^LN||100|mg/dL|70-99|H|||F

MSH|^~\&|DEMO_ADT|DEMO|LINKBRIDGE|SANDBOX|20240101120500||ADT^A04|DEMO0002|T|2.5.1
PID|1||TEST654321^^^DEMO^MR||DOE^JANE||19900202|F|||456 SAMPLE AVE^^ANYTOWN^ZZ^00000

Note MSH-11 = T (training/test). Our engine will refuse to route T messages to production endpoints.

Best,
Priyanka Shah
Solutions Engineer, LinkBridge Health
""")

mk('clean', 'training', '',
   'Mireille Augustin <maugustin@vvchc.org>',
   'CHW Team <chw@vvchc.org>',
   'role play scripts for wednesday CHW training',
   'Mon, 01 Jul 2024 09:15:00 -0400',
   """Hi team, here are the role plays for Wednesday. All characters are made up!

SCENARIO 1 (Spanish): "Doña Fulana", a 58 year old woman (fictional) who just learned she has diabetes. She works in the packing house and is afraid of insulin. Goal: use teach-back to explain a glucometer.

SCENARIO 2 (Kreyòl): "Ti Jan", a made-up 25 year old worker with a cut on his hand who doesn't want to miss work. Goal: explain the wound care handout and when to come back.

SCENARIO 3 (English/Portuguese): a fictional mom whose baby has fever after vaccines. Goal: triage - what is normal, when to call the nurse line, when to go to the ER.

Each pair gets 10 minutes, then we switch. Bring the laminated teach-back cards.

Mireille
CHW, Valle Verde CHC
""")

mk('clean', 'training', '',
   'Language Services <language@vvchc.org>',
   'Interpreters <interpreters@vvchc.org>',
   'glossary update - dental terms ES/HT/PT',
   'Tue, 18 Jun 2024 11:00:00 -0400',
   """Updated dental glossary for the interpreter binders (v4). Please replace pages 12-13.

English           | Español               | Kreyòl                 | Português
------------------+-----------------------+------------------------+---------------------
cavity            | caries / picadura     | twou nan dan           | cárie
root canal        | tratamiento de conducto | tretman kanal rasin  | tratamento de canal
extraction        | extracción            | rache dan              | extração
crown             | corona                | kouwòn                 | coroa
fluoride varnish  | barniz de flúor       | vèni fliyò             | verniz de flúor
numbing shot      | anestesia / inyección | piki pou angoudi       | anestesia

Reminder: sight translation of consent forms is allowed; written translation requests go through the ticket system.

Language Services
""")

mk('clean', 'training', '',
   'Compliance Office <compliance@vvchc.org>',
   'All Staff <allstaff@vvchc.org>',
   'Annual HIPAA refresher due 7/31 + what NOT to email',
   'Mon, 08 Jul 2024 08:00:00 -0400',
   """Hello everyone,

Your annual HIPAA & privacy refresher is now assigned in the learning portal (45 min). Due July 31.

New this year, a few examples from real-life near misses (details changed):

  BAD:  "Jane Doe DOB 01/01/1900 came in for her HIV test results, pls call her"  -> sent to a grower's HR office by autocomplete
  BETTER: use the secure messaging in eCW, or send "please call our clinic about an employee health matter"

  BAD:  emailing a list of names + TB results to a school or farm without a signed release
  BETTER: check for the release in the chart first; use encrypted mail ([secure] in the subject)

Remember: patients' names, dates of birth, phone numbers, addresses, photos, and MRNs are all identifiers.

Questions? Compliance hotline x199 (anonymous option available).

Teresa Lam, CHC
Compliance & Privacy Officer
""")

mk('clean', 'training', '',
   'DentalSoft Sandbox <noreply@dentalsoftdemo.com>',
   'Dr. Paul Estévez DDS <pestevez@vvchc.org>',
   'Your sandbox is ready - sample records loaded',
   'Wed, 15 May 2024 10:00:00 -0400',
   """Welcome to your DentalSoft evaluation sandbox!

URL: https://sandbox.dentalsoftdemo.com/vvchc-trial
Trial ends: 06/14/2024

We've preloaded sample records so you can try charting and claims:
  - "Sample, Patient A" (child, 8 yrs) - sealants #3, #14, #19, #30 pending
  - "Sample, Patient B" (adult) - perio charting, SRP 4 quads
  - "Test, Denture" (senior) - complete denture workflow

Eligibility demo (X12 270 sent to our mock payer):
  NM1*IL*1*TEST*SUBSCRIBER****MI*DEMO000001~
  DMG*D8*19000101*U~

All data in the sandbox is fictional and deleted at the end of the trial. Please do not enter real patient information.

DentalSoft Customer Success
""")

# =====================================================================
# write out
# =====================================================================

def build(i, m, fname):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%d.%d@%s>' % (fname.replace('.eml', ''), SEED, i, dom)
    for k, v in m['headers'].items():
        msg[k] = v
    cte = m['cte']
    if not cte:
        # plain 7bit/8bit like most desktop clients; a few messages are
        # explicitly quoted-printable or base64 (see cte= in mk calls)
        cte = '7bit' if m['body'].isascii() else '8bit'
    msg.set_content(m['body'], cte=cte)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fn, maintype, subtype, data in m['atts']:
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
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        key = (m['label'], m['kind'])
        _counts[key] = _counts.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], _counts[key])
        msg = build(i, m, fname)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)


if __name__ == '__main__':
    main()
