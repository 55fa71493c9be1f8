#!/usr/bin/env python3
"""Blind evaluation mail set: health-system EAP / occupational health / patient-portal support desk.
Standard library only; deterministic output."""
import os, sys, io, csv, random, zipfile, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 7602
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.")

EAP_DISC = ("ClearPath EAP | This message may contain confidential counselling information protected "
            "under 42 CFR Part 2 and state law. Do not forward.")


def add(label, kind, patient, frm, to, subj, body, html=None, atts=(), cc=None,
        cte=None, headers=None, date=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     body=body, html=html, atts=list(atts), cc=cc, cte=cte,
                     headers=headers or {}, date=date))


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 7, 16, 42, 10))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(v):
        return (str(v).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, esc(v))
                        for ci, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, cells))
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
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(sheet_rows) + '</sheetData></worksheet>'),
    ]
    return zip_bytes(files)


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()

# ============================================================ PHI: care
add('phi', 'care', 'Quintanilla',
    'Bernadette Shaughnessy <bshaughnessy@hvhealth.org>',
    'Dr. Anil Khatri <akhatri@hvhealth.org>',
    'portal msg - colonoscopy prep question (Quintanilla)',
    """Dr Khatri,

Dolores Quintanilla sent a portal message at 5:40 this morning. She is scheduled with you for colonoscopy today at 11:15 at the Eastfield endo suite. She took the first half of the split-dose prep last night, threw up about an hour later and didnt finish the second half at 5am. Says she's still passing brown liquid. She also took her morning lisinopril with a sip of water which is fine.

I told her not to drive over until we hear from you -- do you want her to come in and see if prep is adequate or reschedule? She's reachable on her cell, it's on the chart.

Thanks,
Bernadette

Bernadette Shaughnessy, RN
Portal Message Triage | Ambulatory Nursing
Harrowgate Valley Health
ext 4-2271

""" + DISC)

add('phi', 'care', 'Brandt',
    'Gwen Hollister <ghollister@hvhealth.org>',
    'Employee Health Records <ehr-occhealth@hvhealth.org>',
    'BBP exposure f/u - K. Brandt - week 6',
    """For the file:

Kevin Brandt (Sterile Processing, 2nd shift) seen today for 6 week post-exposure follow up after the splash to the eye on 1/29. Source patient came back HCV Ab positive, RNA pending at the time of the original visit; RNA was later detected.

Today: HCV RNA drawn on Kevin, LFTs drawn. No symptoms. He is still anxious about it - I gave him the ClearPath EAP number and he said he might call. Next draw at 12 weeks, I put him on the calendar for 4/23 at 7am before his shift.

He asked whether he can keep working in decontam, I told him yes, no restrictions.

Gwen

--
Gwen Hollister, RN, COHN-S
Occupational Health Nurse | WorkWell Occupational Health
Harrowgate Valley Health
""")

add('phi', 'care', 'Volkova',
    'Farah Nazari <fnazari@clearpatheap.com>',
    'Miriam Feldstein <mfeldstein@clearpatheap.com>',
    'RE: supervision Thursday',
    """Miriam - yes 2pm works. Adding one to the list:

Theresa Volkova (HVH lab tech, self-referred) - session 4 was today. She restarted sertraline three weeks ago through her PCP, 50mg, and reports sleep is better and she stopped drinking on weeknights. Still having the intrusive thoughts about the car accident but fewer. PHQ-9 went 17 -> 11. I want to talk about whether to refer her out for trauma-focused therapy since we're at session 4 of 6 and she's going to need more than the EAP can give.

Farah

-----Original Message-----
From: Miriam Feldstein
Sent: Monday, March 10, 2025 8:02 AM
To: Farah Nazari; Owen Kessler
Subject: supervision Thursday

Can we move group supervision to 2pm Thursday? Bring 1-2 cases each.

M

Farah Nazari, MA, LPC
Counsellor, ClearPath EAP
""" + EAP_DISC)

add('phi', 'care', 'Pemberton',
    'Desmond Achterberg <dachterberg@hvhealth.org>',
    'Pathology Client Services <pathclient@hvhealth.org>',
    'Result released to portal before provider call - Harold Pemberton',
    """Hello Path team,

Escalating a call from the support desk this afternoon. Harold Pemberton called very upset - he opened the portal on Saturday and saw his prostate biopsy report (the one from the Feb 26 procedure with Dr. Osei) before anyone from urology had talked to him. He read 'adenocarcinoma, Gleason 3+4' and has been googling all weekend.

He wants to know why it was released automatically and who he can talk to today. I have already sent a high-priority message to Dr. Osei's pool. Can someone confirm whether the 72 hour hold was applied to this specimen?

Thank you,
Desmond Achterberg
Patient Portal Support Specialist II
MyHarrow Support Desk | 1-800-555-0148 option 3
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Path team,</p>
<p>Escalating a call from the support desk this afternoon. <b>Harold Pemberton</b> called very upset - he opened the portal on Saturday and saw his prostate biopsy report (the one from the Feb 26 procedure with Dr. Osei) before anyone from urology had talked to him. He read &#39;adenocarcinoma, Gleason 3+4&#39; and has been googling all weekend.</p>
<p>He wants to know why it was released automatically and who he can talk to today. I have already sent a high-priority message to Dr. Osei&#39;s pool. Can someone confirm whether the 72 hour hold was applied to this specimen?</p>
<p>Thank you,<br>Desmond Achterberg<br><span style="color:#666">Patient Portal Support Specialist II<br>MyHarrow Support Desk | 1-800-555-0148 option 3</span></p>
</body></html>""")

add('phi', 'care', 'Fairweather',
    'Luz Marina Ocampo <locampo@hvhealth.org>',
    'Spine Center Scheduling <spine.sched@hvhealth.org>',
    'proxy called - reschedule MRI',
    """hi team,
Ignatius Fairweather's daughter (she's got full proxy on his MyHarrow account, verified) called the desk. his lumbar MRI is booked 3/18 at 6:30am at Eastfield Imaging and she cant get him there that early because he's on oxygen at night and it takes a while to get him going. can you move it to an afternoon slot, any day that week?

she also mentioned he needs the open MRI, he panicked last time in the closed one and they had to give him lorazepam.

thx
Luz
MyHarrow Support Desk""")

add('phi', 'care', 'Whitcomb',
    'Patrick Emeka <pemeka@hvhealth.org>',
    'Lorraine Tisdale <ltisdale@hvhealth.org>',
    'Return to work - Dana Whitcomb',
    """Lorraine,

Dana Whitcomb is cleared by WorkWell to return to her position on 5 North on Monday 3/10 with the following temporary restrictions for 4 weeks:

  - no lifting > 20 lb with the right arm
  - no patient boosting/transfers without lift equipment
  - may work 8 hr shifts only (no 12s) through 4/4

She is still doing outpatient PT twice a week after the rotator cuff repair and needs to leave at 3:30 on Tue/Thu for those. Her surgeon will re-evaluate at the end of March and we will update you.

Please let me know if the unit can accommodate.

Patrick Emeka, RN
WorkWell Occupational Health
Harrowgate Valley Health | 555-0182
""" + DISC)

add('phi', 'care', 'Adeyemi-Clarke',
    'Curtis Lam <clam@hvhealth.org>',
    'anticoag-clinic@hvhealth.org',
    'INR call back pls',
    """pls call back Ruth Adeyemi-Clarke at 555-0137 re her INR, 4.2 on the fingerstick this am at the Millbrook draw station. she sent a portal msg asking if she should take her warfarin tonight. per Dr Moss hold tonight + recheck thurs, but she needs to hear it from you guys. she also has a dentist appt fri (extraction) so that's a whole other convo

-curtis
Curtis Lam, RN BSN | portal triage""")

add('phi', 'care', 'Kowalczyk',
    'Anneliese Strand <astrand@hvhealth.org>',
    'Cardiology Nurse Pool <cardsrn@hvhealth.org>',
    'FW: aspirin question after stents',
    """Forwarding from the portal inbox - pt was discharged from 4 Tower yesterday. Can someone from the cath team answer? I don't want to tell him the wrong thing.

Anneliese Strand, RN
Portal Triage

-----Original Message-----
From: MyHarrow Messaging <noreply-myharrow@hvhealth.org>
Sent: Wednesday, March 5, 2025 7:12 PM
To: Portal Triage Pool
Subject: New patient message: Medication question

Patient: KOWALCZYK, BERNARD J
Message:
Hello, I had the heart catheterization on Monday and they put in two stents. I went home with new pills, ticagrelor twice a day and atorvastatin 80. The paper also says aspirin 81 but my wife says you aren't supposed to take aspirin with a blood thinner. Should I stop the aspirin? Also I have some bruising at the wrist where they went in, is that normal. Thank you, Bernard
""",
    cte='quoted-printable')
# ============================================================ PHI: names
add('phi', 'names', 'Nguyễn Thị Hoa',
    'Tamsin Albright <talbright@hvhealth.org>',
    'Proxy Access Team <proxyaccess@hvhealth.org>',
    'Nguyễn Thị Hoa - proxy request from son',
    """Hi,

Her son Minh called again today. He wants proxy access so he can see her dialysis schedule and the labs from the Tues/Thu/Sat chair times at Riverside Dialysis -- she doesn't read English and he handles all of it. He says he faxed the signed proxy form last Friday but I don't see it in the queue. Can you check the fax inbox?

He's fine with receiving the form again by email if needed.

Tamsin
MyHarrow Support Desk""")

add('phi', 'names', 'Okonkwo-Bello',
    'Anneliese Strand <astrand@hvhealth.org>',
    'OB Nurse Pool <obrn@hvhealth.org>',
    'Okonkwo-Bello, Chiamaka -- wound drainage',
    """Okonkwo-Bello, Chiamaka
c-section 2/24, d/c 2/27

Portal msg w/ photo: lower incision has a 2 cm area that opened and is draining yellow fluid, some redness spreading. No fever per her, but she hasn't checked. I told her to come in today, she wants to know if she can be seen at Women's Health at Northgate instead of the ED since she has the baby with her. Can one of the OB APPs squeeze her?

Anneliese Strand, RN""")

add('phi', 'names', 'Delacroix-Haddad',
    'Sunita Ramaswamy <sramaswamy@hvhealth.org>',
    'Breast Imaging Front Desk <breastimaging@hvhealth.org>',
    "Re: Mrs. Delacroix-Haddad's callback",
    """Thanks. Mrs. Delacroix-Haddad's diagnostic mammogram + ultrasound is now set for the 14th. She asked that you NOT leave details on her home voicemail, only on her cell, her husband doesn't know about the callback yet.

Sunita

On Tue, Mar 4, 2025 at 2:31 PM Breast Imaging Front Desk <breastimaging@hvhealth.org> wrote:
> Sunita - the radiologist wants Mrs. Delacroix-Haddad back for additional views
> of the left breast (asymmetry, BI-RADS 0). She isn't answering. Can the portal
> team send her a message to call us?
>
> Thx, Renee
""")

add('phi', 'names', 'Anjali',
    'Owen Kessler <okessler@clearpatheap.com>',
    'Miriam Feldstein <mfeldstein@clearpatheap.com>',
    'Wednesday',
    """Miriam,

Heads up that Anjali will not be at her 10am Wednesday. She called the after-hours line last night - the on-call counsellor did a safety assessment, no plan or intent, and she agreed to go stay with her sister in Fairport for a few days. She is the pharmacist from the Harrowgate outpatient pharmacy whose manager referred her after the dispensing error.

I'd like to keep her on my caseload rather than transfer. Will try to reach her Thursday.

Owen

Owen Kessler, LCSW
ClearPath EAP
""" + EAP_DISC)

add('phi', 'names', 'van der Berg',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'Desmond Achterberg <dachterberg@hvhealth.org>',
    'RE: two records, same guy?',
    """Desmond,

Yes, looks like Mr. van der Berg got two charts - one under "Vanderberg, Pieter" from the urgent care visit in Jan and one under "van der Berg, Pieter J." from his hernia surgery. His portal only sees the surgery chart which is why he can't find his urgent care x-ray. I've submitted the merge to HIM, ticket 88214.

Also Ms. de la Fuente called back - her echo results are visible now.

Renee

-----Original Message-----
From: Desmond Achterberg
Sent: Thursday, March 6, 2025 9:47 AM
To: Renee Castiglione
Subject: two records, same guy?

Pieter van der Berg says his chest x-ray from January urgent care isn't on the portal. Can you look?
""")

add('phi', 'names', 'Al-Khatib',
    'Farah Nazari <fnazari@clearpatheap.com>',
    'HVH Employee Health <employeehealth@hvhealth.org>',
    'Referral - Abdulrahman Al-Khatib',
    """Good afternoon,

With Mr. Al-Khatib's written consent (signed ROI attached to our file, copy available on request) I'm referring Abdulrahman to WorkWell for a fitness-for-duty evaluation. He's a respiratory therapist on nights. He disclosed in session that he has been falling asleep while driving home and had a near-miss last week. He's been diagnosed elsewhere with sleep apnoea but hasn't been able to tolerate the CPAP.

He'd like to be seen this week if possible. Best contact is his work phone.

Regards,
Farah Nazari, MA, LPC
ClearPath EAP
""" + EAP_DISC)

add('phi', 'names', 'Wiśniewski',
    'Hélène Brochu <hbrochu@hvhealth.org>',
    'Curtis Lam <clam@hvhealth.org>',
    'Zbigniew Wiśniewski - portal can\'t see results',
    """Curtis, bonjour -

Zbigniew Wiśniewski (the one with the spelling problem, the portal search keeps turning his ś into an s) called again. His PSA and lipid panel from 3/3 were drawn but the results aren't showing. I checked and they are resulted but under the encounter for his daughter-in-law?? Something very wrong with the registration. Please don't call him until we fix it -- he already thinks we gave him someone else's cholesterol.

merci,
Hélène Brochu
Patient Access / Portal Support""")

add('phi', 'names', 'Subramanian',
    'Siobhán O\'Donoghue <sodonoghue@hvhealth.org>',
    'Dr. Kaveh Rostami <krostami@hvhealth.org>',
    'Subramanian, Venkataraman - pls review before release',
    """Dr Rostami,

Holding the results for Subramanian, Venkataraman in the release queue per your note. Summary of what came back today:

 - CT chest w/ contrast: 1.8 cm RUL nodule, spiculated, recommend PET
 - CBC normal, CMP creat 1.4

His son Karthik has proxy access and already messaged asking when the CT result will be up. I'll keep it held until you've called them. Let me know when it's OK to release.

Siobhán
Siobhán O'Donoghue, RN
Pulmonary Nurse Navigator""")
# ============================================================ PHI: self
add('phi', 'self', 'Esterhuizen',
    'Gloria Esterhuizen <gloria.esterhuizen61@gmail.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'cant log in - need my CT results',
    """Hello,

My name is Gloria Esterhuizen, DOB 11/02/1961. I had a CT scan of my abdomen last Wednesday at the Harrowgate main hospital because of the pain on my right side and the doctor said I could see the results on MyHarrow. But when I try to log in it says my account is locked. I have tried the reset password 3 times and the email never comes.

Can someone please unlock it or just tell me if the scan was ok, I have been worrying all week. My phone is 555-0191.

Thank you
Gloria

Sent from my iPhone""")

add('phi', 'self', 'Lindqvist',
    'Karin Lindqvist <karin.lindqvist@outlook.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    "Can't see my son's asthma plan anymore",
    """Hi there,

I'm the mom of Tobias Lindqvist (DOB 6-14-2012). Until last month I could see everything on his chart through my proxy access, but now that he turned 12 most of it is hidden. I need his asthma action plan and the updated Flovent dose from his last visit with Dr. Achebe for his school nurse, and I need to know if he is due for his flu shot.

I understand there are teen privacy rules but I'm his parent and he's 12. How do I get access back?

Karin Lindqvist
(mom)""")

add('phi', 'self', 'Castellanos',
    'Ray Castellanos <rcastellanos@hvhealth.org>',
    'ClearPath EAP Intake <intake@clearpatheap.com>',
    'more sessions?',
    """hi, this is Raymond from pharmacy night shift (outpatient pharm at the main campus)

I've used 5 of my 6 EAP sessions with Owen. Ive been having panic attacks since the code in December that I was there for, and my doctor put me on buspirone last month which helps some but im still not sleeping. Is there a way to get more sessions or do I have to go through my insurance? I don't want my manager to find out.

thanks
Ray Castellanos
ext 3390""")

add('phi', 'self', 'Montgomery-Platt',
    'Keisha Montgomery-Platt <kmontgomeryplatt@hvhealth.org>',
    'WorkWell Occupational Health <workwell@hvhealth.org>',
    'annual TB screening - I had a positive quantiferon',
    """Hello WorkWell,

I got the email that my annual TB screening is due by 3/31. I should mention that I had a positive Quantiferon back in 2019 when I worked at St. Brendan's, chest x-ray was clear and I did 4 months of rifampin. So I'm not supposed to get tested again, right? Do I just do the symptom questionnaire?

I've attached my old CXR report from 2019 in case you need it for my file (it's a phone photo, sorry).

Keisha Montgomery-Platt, RN
Labor & Delivery, Harrowgate Main
Employee ID 211874""")

add('phi', 'self', 'Brzezinski',
    'Agnieszka Brzezinski-Hale <aggie.hale@comcast.net>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'Proxy access - father\'s cardiology notes not visible',
    """To whom it may concern,

I have had proxy access to my father's MyHarrow account since last spring. My father is Walter Brzezinski, he is 84 and lives with us since his stroke. He saw Dr. Lindahl in cardiology on Feb 20th for his atrial fibrillation and they changed his metoprolol and talked about a watchman procedure. I cannot see the visit note or the new medication list on his account, only the appointment.

Is that because the note isn't signed yet or is my proxy access limited? I need to get his pill organiser right, he is confused about what to take.

Thank you,
Agnieszka Brzezinski-Hale
555-0163""",
    html="""<div dir="ltr"><p>To whom it may concern,</p><p>I have had proxy access to my father&#39;s MyHarrow account since last spring. My father is Walter Brzezinski, he is 84 and lives with us since his stroke. He saw Dr. Lindahl in cardiology on Feb 20th for his atrial fibrillation and they changed his metoprolol and talked about a watchman procedure. I cannot see the visit note or the new medication list on his account, only the appointment.</p><p>Is that because the note isn&#39;t signed yet or is my proxy access limited? I need to get his pill organiser right, he is confused about what to take.</p><p>Thank you,<br>Agnieszka Brzezinski-Hale<br>555-0163</p></div>""")

add('phi', 'self', 'Reyes-Ibarra',
    'marisol r <marisolreyes.ib@yahoo.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'what does this mean',
    """hi its marisol, i had my pelvic ultrasound tuesday and the portal says results released but i dont understand it, it says "complex cyst right ovary 3.1 cm, follow up recommended". do i need to worry?? nobody called me. can someone have the dr call me

marisol reyes-ibarra""")

add('phi', 'self', 'Tolliver',
    'Frank Tolliver <ftolliver49@icloud.com>',
    'Eastfield Surgery Center <eastfield.surg@hvhealth.org>',
    'Re: Your upcoming appointment',
    """Yes I will be there on the 12th at 7am. I stopped my Eliquis Sunday night like the nurse said, 2 days before. My wife is driving me. Do I still take the blood pressure pill that morning?

Frank Tolliver
born 3 Aug 1949

On Mar 7, 2025, at 10:02 AM, Eastfield Surgery Center <eastfield.surg@hvhealth.org> wrote:

> Dear Patient,
>
> This is a reminder of your procedure (left knee arthroscopy) at Eastfield Surgery
> Center on Wednesday, March 12, 2025 at 7:00 AM. Please reply to confirm.
>
> Nothing to eat after midnight. Please follow your medication instructions.
""",
    html="""<html><body><div>Yes I will be there on the 12th at 7am. I stopped my Eliquis Sunday night like the nurse said, 2 days before. My wife is driving me. Do I still take the blood pressure pill that morning?</div><div><br></div><div>Frank Tolliver</div><div>born 3 Aug 1949</div><div><br><blockquote type="cite">On Mar 7, 2025, at 10:02 AM, Eastfield Surgery Center &lt;eastfield.surg@hvhealth.org&gt; wrote:<br><br>Dear Patient,<br><br>This is a reminder of your procedure (left knee arthroscopy) at Eastfield Surgery Center on Wednesday, March 12, 2025 at 7:00 AM. Please reply to confirm.<br><br>Nothing to eat after midnight. Please follow your medication instructions.</blockquote></div></body></html>""")
# ============================================================ PHI: ids
add('phi', 'ids', 'Haverkamp',
    'Tamsin Albright <talbright@hvhealth.org>',
    'HIM Identity <him.identity@hvhealth.org>',
    'identity verification failed at sign-up',
    """Hi HIM,

Patient trying to self-enroll for MyHarrow keeps failing ID verification. She says DOB is 3.4.88 but the chart has 04/03/1988 - looks like someone registered it day/month swapped (she was born in the Netherlands and probably wrote it the European way). Chart: HV00482917, name Liesbeth Haverkamp.

She's trying to see the results from her thyroid ultrasound. Can you correct the DOB so the enrollment goes through?

Tamsin Albright
MyHarrow Support Desk""")

add('phi', 'ids', 'Oduya',
    'Lab Client Services <labclient@tristatelabs.com>',
    'Curtis Lam <clam@hvhealth.org>',
    'RE: missing result - ACC# 24-LAB-0093318',
    """Curtis,

Found it. Accession 24-LAB-0093318, pt ODUYA, FESTUS, DOB 19880304, collected 03/03/2025 09:14. The urine culture was finalized yesterday (>100,000 CFU/mL E. coli, resistant to TMP-SMX, sensitive to nitrofurantoin) but the interface rejected it because the ordering provider NPI didn't match. We've re-sent; it should cross into your EHR within the hour and then release to the portal per your rules.

Sorry about that.

Danielle Pruitt
Client Services Representative
Tri-State Reference Laboratories | 1-800-555-0119

> Can you check on the urine culture for Festus Oduya? He's been on the portal 3x asking
> and we still show it as pending. - Curtis""")

add('phi', 'ids', 'Marchetti',
    'Billing Support <billingsupport@hvhealth.org>',
    'Luz Marina Ocampo <locampo@hvhealth.org>',
    'portal payment posted to wrong account',
    """Luz,

Confirmed the guarantor mix-up. Details for your callback:

  Patient: Rosaria Marchetti
  DOB: 4 Mar 1988
  Acct: 7100-558-2041   (her ER visit 1/19, CT head + laceration repair)
  Address on file: 42 Quarry Hill Rd, Unit 2, Ashby Falls
  Phone: (555) 014-2208

Her $250 portal payment got applied to acct 7100-558-2014 (transposed digits, different patient). We've reversed it; she doesn't need to pay again. Please let her know.

Marguerite
Patient Financial Services""")

add('phi', 'ids', 'Thibodeaux',
    'Sandra Ruiz-Whitaker <sruizwhitaker@hvhealth.org>',
    'Cobalt Benefits Claims <claims@cobaltbenefits.com>',
    'Appeal - claim 2025-0213-88471',
    """Hello,

Writing on behalf of our employee, who has authorized HR to assist (signed authorization on file with you since 2/10).

Member: Jolene Thibodeaux
Member ID: CBX 448 0192 77
Group: HVH-001
Claim #: 2025-0213-88471, DOS 01/22/2025

The claim for her residential eating disorder treatment at Meadowbrook was denied as "not medically necessary" although the prior auth (PA-55102) was approved on 1/17. Can you please reprocess against the existing auth?

Sandra Ruiz-Whitaker, SHRM-CP
Benefits Manager, Human Resources
Harrowgate Valley Health | 555-0120
""" + DISC)

add('phi', 'ids', 'Greer',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'HIM Identity <him.identity@hvhealth.org>',
    'chart 7731-0452 needs merge - duplicate portal accounts',
    """7731-0452 and 7731-9904 are the same person (Greer, Thomas Allan). One has DOB 02/29/1956 and the other 03/01/1956 -- obviously a leap year entry issue. He has two MyHarrow logins now and his cardiology stress test result only shows on the second one. Also his wife is proxy on only one.

Please merge into 7731-0452 (older). thanks""")

add('phi', 'ids', 'Pereira-Langston',
    'Gwen Hollister <ghollister@hvhealth.org>',
    'Infection Prevention <ip@hvhealth.org>',
    'EE# 204417 flu vax exemption approved',
    """IP team,

FYI medical exemption approved for EE# 204417 (Pereira-Langston, M. -- Radiology transport). History of Guillain-Barré syndrome in 2016 within 3 weeks of influenza vaccine, neurology letter from Dr. Haddon reviewed. Masking required in patient areas through the end of flu season per policy.

Please update your tracking sheet.

Gwen Hollister, RN, COHN-S
WorkWell Occupational Health""")

add('phi', 'ids', 'Szabo',
    'Home Health Intake <hhintake@hvhealth.org>',
    'Northgate Home Care <referrals@northgatehomecare.com>',
    'New referral - wound care',
    """Please accept the following referral for skilled nursing:

Ilona Szabo
1147 Larchmont Ave Apt 3B, Millbrook 04521
home 555-0174 / daughter Eva 555-0139
DOB 9/17/39

Stage 3 pressure injury to sacrum, wet-to-dry dressing BID, needs SN 3x/wk + home health aide. Discharging from Harrowgate Main tomorrow (3/8) after 6 day stay. PCP Dr. Vance Holloway.

Daughter has MyHarrow proxy and will be the main contact.

Thank you,
Home Health Intake, HVH""")

add('phi', 'ids', 'Fenwick',
    'Nadia Petrossian <npetrossian@hvhealth.org>',
    'Release of Information <roi@hvhealth.org>',
    'records request',
    """Hi ROI,

Patient came to the portal desk asking for a copy of her records for her disability claim. Details below, she signed the authorization in person, scanned copy going into the ROI queue.

MRN 00917734 / DOB 1975-11-30 / SSN xxx-xx-6618
Name: Corinne Fenwick
Requested: all neurology notes 2023-present, MRI brain 8/2023 and 1/2025, EMG report
Send to: Lakeview Disability Services, fax 555-0107

Thanks,
Nadia""",
    cte='base64')
# ============================================================ PHI: lists
add('phi', 'lists', 'Achterberg-Moll;Baptiste;Chowdhury;Dvořák;Ekwueme',
    'Tamsin Albright <talbright@hvhealth.org>',
    'MyHarrow Support Desk <myharrow-desk@hvhealth.org>',
    'open enrollment issues - handoff to evening shift',
    """Evening crew - still open from today, pls pick up:

Name\tDOB\tMRN\tIssue
Achterberg-Moll, Trudy\t05/11/1947\tHV00311876\tactivation code expired, wants to see her bone density result
Baptiste, Jean-Robert\t12/02/1990\tHV00774102\tcan't see HIV viral load - confidential result, needs provider release
Chowdhury, Nasrin\t07/23/1982\tHV00598830\tproxy for mother (dementia) - POA paperwork received, not scanned
Dvořák, Pavel\t01/30/1966\tHV00120448\tlocked out x3, colonoscopy path result pending
Ekwueme, Obiageli\t10/09/2001\tHV00903317\tpregnancy test result showed up on parent's proxy view!! escalated to privacy

The Ekwueme one is a big deal, Rachel in Privacy is aware.

T.""")

add('phi', 'lists', 'Hollis;Mbeki;Saarinen;Roque;Tran',
    'Curtis Lam <clam@hvhealth.org>',
    'Ambulatory Triage RNs <triage-rn@hvhealth.org>',
    'AM huddle - portal msg queue',
    """Portal triage huddle 3/11 -- carried over from overnight

 pt               | age | clinic   | msg summary                                  | action
------------------+-----+----------+----------------------------------------------+-----------------
 Hollis, Gary     | 71  | IM-North | swelling both legs, 6 lb gain since Fri      | call today, CHF
 Mbeki, Thandiwe  | 34  | OB       | 28wk, decreased fetal movement since last pm | SENT TO L&D
 Saarinen, Elsa   | 58  | Onc      | fever 101.2 day 9 after chemo                | ED, done 0540
 Roque, Manny     | 45  | Ortho    | wants oxy refill early, lost bottle          | to Dr. Pratt
 Tran, Bao        | 6   | Peds     | mom asking re: amoxicillin rash              | photo reviewed, stop abx

Remaining 37 msgs are refills/appointments, split between Anneliese and me.

-CL""")

add('phi', 'lists', 'Kellerman;Oyelowo;Fitzgerald-Reyes;Hamid',
    'Owen Kessler <okessler@clearpatheap.com>',
    'Miriam Feldstein <mfeldstein@clearpatheap.com>',
    'sign-out while I\'m out 3/13-3/17',
    """Miriam, my active HVH clients for coverage. Only call if they reach out first, none are high risk except where noted.

KELLERMAN, JUDITH     ED RN          sess 3/6   grief (husband died Jan), sleep; PCP started trazodone
OYELOWO, BABATUNDE    Facilities     sess 2/6   alcohol - started IOP at Crestview 3/3; mgmt referral
FITZGERALD-REYES, K.  Payroll        sess 5/6   DV situation, safety plan in place, DO NOT email her
HAMID, YASMIN         Resp Therapy   sess 1/6   ** passive SI at intake 3/10, safety plan, f/u 3/14 **

Yasmin is the one to watch. I told her you'd be the contact.

Owen""")

add('phi', 'lists', 'Lindgren;Abara;Ostrowski;Castellano;Teo',
    'Patrick Emeka <pemeka@hvhealth.org>',
    'Nurse Managers - Main Campus <nm-main@hvhealth.org>',
    'Fit test results - employees needing medical follow-up before refit',
    """Nurse managers,

Following last week's N95 fit testing, the employees below can NOT be fit tested until they clear the medical questionnaire follow-up with WorkWell. Please don't assign them to airborne isolation rooms in the meantime.

  * Greta Lindgren (4 West) - reported asthma exacerbation, on prednisone taper, needs spirometry
  * Chinedu Abara (ICU) - new pacemaker 1/2025, cardiology clearance pending
  * Marek Ostrowski (ED) - claustrophobia/panic with PAPR hood, referred to EAP
  * Lucia Castellano (5 North) - 22 wks pregnant, OB note requested
  * Wen Li Teo (PACU) - failed 3 models, facial surgery Dec 2024

Call me with questions.

Patrick Emeka, RN
WorkWell Occupational Health | 555-0182""")

rows = [['MRN', 'Patient Name', 'DOB', 'Test', 'Resulted', 'Hold Reason', 'Ordering', 'Proxy on acct']]
rows += [
    ['HV00655120', 'Ferreira, Joaquim', '1952-06-18', 'Bone marrow biopsy', '2025-03-06', 'Oncology - provider to discuss', 'Baines', 'N'],
    ['HV00140977', 'Adebayo, Funmilayo', '1979-02-01', 'HIV-1 RNA quant', '2025-03-06', 'State confidentiality', 'Ruiz', 'N'],
    ['HV00877315', 'Kowalski, Irena', '1961-11-25', 'CT abd/pelvis', '2025-03-07', 'New mass - provider to call', 'Hsu', 'Y (son)'],
    ['HV00233418', 'Nakamura, Kenji', '1990-08-08', 'Hep C Ab', '2025-03-07', 'Positive - infectious dz', 'Ruiz', 'N'],
    ['HV00919026', 'Boateng, Akosua', '2010-04-14', 'Chlamydia NAAT', '2025-03-07', 'Adolescent confidential', 'Mercer', 'Y (mother)'],
    ['HV00402281', 'Lachance, Yvette', '1944-12-30', 'Echo', '2025-03-07', 'EF 25% - provider to call', 'Lindahl', 'Y (daughter)'],
]
add('phi', 'lists', 'Ferreira;Adebayo;Kowalski;Nakamura;Boateng;Lachance',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'Result Release Committee <rrc@hvhealth.org>',
    'weekly held-results report',
    """Attached is this week's list of results held from automatic portal release. 6 items over the 72 hr window -- the Boateng one needs a decision today since mom keeps calling the desk.

Renee Castiglione
Portal Operations Lead""",
    atts=[('text', 'csv', 'held_results_wk10.csv', csv_text(rows))])

xrows = [['Date', 'Employee', 'Dept', 'Exposure type', 'Source pt MRN', 'Source status', 'PEP', 'Next f/u']]
xrows += [
    ['02/03/2025', 'Rojas, Valentina', 'OR', 'Needlestick 25g', 'HV00711293', 'HIV neg / HCV neg', 'No', '—'],
    ['02/11/2025', 'Petrenko, Oleksandr', 'ED', 'Splash - eye', 'unknown', 'unknown', 'Yes (Biktarvy)', '03/25/2025'],
    ['02/19/2025', 'Mensah, Kofi', 'Lab', 'Cut - broken tube', 'HV00388402', 'HBsAg +', 'HBIG + vaccine', '04/02/2025'],
    ['02/27/2025', 'Delgado-Nunez, Maribel', '3 East', 'Needlestick 22g IV', 'HV00561178', 'HCV RNA +', 'No (monitoring)', '04/10/2025'],
]
add('phi', 'lists', 'Rojas;Petrenko;Mensah;Delgado-Nunez',
    'Gwen Hollister <ghollister@hvhealth.org>',
    'Dr. Paul Whitmore <pwhitmore@hvhealth.org>',
    'Feb BBP exposure log',
    """Dr. Whitmore -- Feb exposure log for your review before the EH committee. Petrenko is still on PEP, tolerating it ok except nausea.

Gwen""",
    atts=[('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
           'BBP_exposure_log_Feb2025.xlsx', xlsx_bytes(xrows, 'Feb 2025'))])

prow = [['request_id', 'patient_last', 'patient_first', 'patient_dob', 'proxy_name', 'relationship', 'reason', 'status']]
prow += [
    ['PX-10441', 'Hargreaves', 'Edwin', '1938-01-09', 'Claire Hargreaves', 'daughter', 'Alzheimer dx - POA', 'approved'],
    ['PX-10442', 'Ngata', 'Aroha', '2011-05-22', 'Hemi Ngata', 'father', 'minor', 'approved'],
    ['PX-10443', 'Vasquez', 'Ernesto', '1949-09-03', 'Lupe Vasquez', 'spouse', 'post-stroke aphasia', 'pending POA'],
    ['PX-10444', 'Okafor', 'Ifeoma', '2008-12-17', 'Grace Okafor', 'mother', 'teen 16 - limited proxy', 'approved-limited'],
    ['PX-10445', 'Bellweather', 'Daphne', '1957-03-28', 'Simon Bellweather', 'son', 'chemo - pt requests', 'approved'],
    ['PX-10446', 'Iqbal', 'Rehana', '1971-07-04', 'Tariq Iqbal', 'brother', 'no form on file', 'denied'],
]
add('phi', 'lists', 'Hargreaves;Ngata;Vasquez;Okafor;Bellweather;Iqbal',
    'Proxy Access Team <proxyaccess@hvhealth.org>',
    'Audit & Compliance <compliance@hvhealth.org>',
    'Feb proxy access requests (zipped per your request)',
    """Attached per the audit request: all proxy access requests processed week of 2/24. Zip contains a single CSV. Password to follow in a separate email.

Proxy Access Team
MyHarrow Support""",
    atts=[('application', 'zip', 'proxy_requests_wk0224.zip',
           zip_bytes([('proxy_requests_wk0224.csv', csv_text(prow))]))])
# ============================================================ PHI: struct
add('phi', 'struct', 'Moreau',
    'Interface Team <interfaces@hvhealth.org>',
    'Desmond Achterberg <dachterberg@hvhealth.org>',
    'RE: why did this release early',
    """Desmond - here's the message as it came across from the lab. OBX-11 is F and there's no hold flag in ORC, so the portal released immediately. Lab needs to send the confidential flag in ZPR. I'll open a ticket with them.

MSH|^~\\&|TSLAB|TSRL|EHR|HVH|20250306141502||ORU^R01|TSL000981233|P|2.5.1
PID|1||HV00566218^^^HVH^MR||MOREAU^CELESTE^A||19840712|F|||77 BIRCHWOOD LN^^ASHBY FALLS^ME^04530||(555)014-3392
PV1|1|O|IMNORTH^^^HVH||||1427^WELLS^DANIEL^^^MD
ORC|RE|ORD55127|TSL8812201||CM
OBR|1|ORD55127|TSL8812201|87536^HIV-1 RNA QUANT^CPT|||20250305093000
OBX|1|NM|20447-9^HIV-1 RNA^LN||48200|copies/mL|<20|H|||F
OBX|2|NM|20447-9^HIV-1 RNA LOG^LN||4.68|log copies/mL||H|||F

-- Mike Dunleavy, Integration Analyst

> Pt Celeste Moreau saw her HIV viral load on the portal before her ID appt. how did this
> release?? she's been told results like that wait for the provider. -D""")

adt = "\r".join([
    "MSH|^~\\&|REGADT|HVH|PORTAL|HVH|20250304081122||ADT^A04|ADT20250304081122771|P|2.3",
    "EVN|A04|20250304081122",
    "PID|1||HV00992514^^^HVH^MR~445-88-2031^^^SSA^SS||NWOSU^EBERECHI^C||19670221|F||B|1820 CANAL ST APT 5^^MILLBROOK^ME^04521||555-0155|||M||7100661930",
    "NK1|1|NWOSU^CHIDI|SPO|1820 CANAL ST APT 5^^MILLBROOK^ME^04521|555-0156",
    "PV1|1|O|WOMHLTH^^^NORTHGATE||||2210^MERCER^ALANA^^^MD|||GYN||||1|||2210^MERCER^ALANA^^^MD|OP|7100661930",
    "DG1|1|I10|N95.0^POSTMENOPAUSAL BLEEDING^I10",
    "IN1|1|CBX01|77|COBALT BENEFITS|||||HVH-001|||||||NWOSU^EBERECHI|01|19670221",
]) + "\r"
add('phi', 'struct', 'Nwosu',
    'Hélène Brochu <hbrochu@hvhealth.org>',
    'Interface Team <interfaces@hvhealth.org>',
    'portal activation not firing for new reg',
    """Hi Interface team,

New registration this morning didn't generate a MyHarrow activation code. Attaching the A04 I pulled from the interface monitor. Patient is at the desk waiting -- she wants to see her endometrial biopsy appointment details.

Hélène""",
    atts=[('text', 'plain', 'ADT_A04_NWOSU.hl7', adt)])

x837 = """ISA*00*          *00*          *ZZ*HVHEALTH       *ZZ*COBALTBEN      *250305*1622*^*00501*000004417*0*P*:~
GS*HC*HVHEALTH*COBALTBEN*20250305*1622*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*HVH4417*20250305*1622*CH~
NM1*85*2*HARROWGATE VALLEY HEALTH*****XX*1588900432~
NM1*IL*1*LOCKHART*DESMOND*R***MI*CBX771203345~
N3*906 ORCHARD TERRACE~
N4*ASHBY FALLS*ME*04530~
DMG*D8*19730915*M~
CLM*HVH88120441*1450.00***11:B:1*Y*A*Y*Y~
HI*ABK:F32.2*ABF:F41.1~
SV1*HC:90837*225.00*UN*1***1~
DTP*472*D8*20250218~
SE*13*0001~"""
add('phi', 'struct', 'Lockhart',
    'Ashok Varadarajan <avaradarajan@hvhealth.org>',
    'EDI Support <edisupport@cobaltbenefits.com>',
    'rejected 837P - HVH88120441',
    """Hi Cobalt EDI,

Our behavioral health claim below keeps coming back with 277CA rejection A7:164 (subscriber not found). The member ID is straight off the card. Could you check whether this member's eligibility was loaded for the 2025 plan year? Relevant loop pasted:

""" + x837 + """

Thanks,
Ashok Varadarajan
Revenue Cycle - EDI Analyst
Harrowgate Valley Health
""" + DISC)

x835 = """ST*835*1123~
BPR*I*312.40*C*ACH*CCP*01*011000015*DA*0048813*1041223311**01*021200339*DA*88120017*20250307~
TRN*1*88412093*1041223311~
N1*PR*COBALT BENEFITS~
N1*PE*HARROWGATE VALLEY HEALTH*XX*1588900432~
CLP*HVH88099127*1*980.00*312.40*60.00*12*CB250301772*11*1~
NM1*QC*1*ABERNATHY*LOUISA****MI*CBX330918822~
DTM*232*20250211~
SVC*HC:99214*310.00*140.40**1~
CAS*CO*45*169.60~
SVC*HC:81001*22.00*12.00**1~
SVC*HC:76856*648.00*160.00**1~
CAS*PR*3*60.00~
SE*14*1123~"""
add('phi', 'struct', 'Abernathy',
    'Marguerite Doyle <mdoyle@hvhealth.org>',
    'Luz Marina Ocampo <locampo@hvhealth.org>',
    'FW: 835 for the pt who called about her bill',
    """Luz - this is the remit for Louisa Abernathy's 2/11 visit (the pelvic u/s + office visit). Patient responsibility is just the $60 copay, CAS*PR*3. The statement she saw in the portal was pre-adjudication. You can tell her the corrected balance will post in 3-5 days.

-------- Forwarded Message --------
""" + x835 + """

Marguerite Doyle
Patient Financial Services""")

x271 = """ISA*00*          *00*          *ZZ*COBALTBEN      *ZZ*HVHEALTH       *250310*0904*^*00501*000019220*0*P*:~
GS*HB*COBALTBEN*HVHEALTH*20250310*0904*19220*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELIG19220*20250310*0904~
HL*1**20*1~
NM1*PR*2*COBALT BENEFITS*****PI*COBALT~
HL*2*1*21*1~
NM1*1P*2*HARROWGATE VALLEY HEALTH*****XX*1588900432~
HL*3*2*22*0~
NM1*IL*1*SORENSEN*MAGNUS*E***MI*CBX220481196~
DMG*D8*19590402*M~
EB*1*IND*30**HVH PPO~
EB*C*IND*MH*HM*CALENDAR YEAR*29*1250.00~
EB*B*IND*A6**EAP VISITS*27*0*****VS*6~
MSG*EAP VISITS USED 6 OF 6~
SE*14*0001~"""
add('phi', 'struct', 'Sorensen',
    'Intake Coordinator <intake@clearpatheap.com>',
    'Owen Kessler <okessler@clearpatheap.com>',
    'eligibility check - Magnus S.',
    """Owen,

Ran the 270 for Magnus Sorensen (DOB 4/2/59, the surgical tech you've been seeing for the gambling issue). 271 says he's used all 6 EAP visits for the year -- so anything further has to go through his PPO behavioral health benefit. Response pasted below. Do you want me to send him the in-network list?

""" + x271 + """

Bridget
Intake Coordinator, ClearPath EAP
""" + EAP_DISC)

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hvh-pt-5530871",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9941.1", "value": "HV00553087"}],
        "name": [{"family": "Quispe Mamani", "given": ["Rosa", "Elena"]}],
        "gender": "female",
        "birthDate": "1993-10-05",
        "telecom": [{"system": "phone", "value": "555-0126", "use": "mobile"}],
        "address": [{"line": ["3310 Fenwick Ct"], "city": "Millbrook", "state": "ME", "postalCode": "04521"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
        "subject": {"reference": "Patient/hvh-pt-5530871"},
        "effectiveDateTime": "2025-03-04T08:22:00-05:00",
        "valueQuantity": {"value": 9.8, "unit": "%"},
        "interpretation": [{"coding": [{"code": "H"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "insulin glargine 100 unit/mL, 18 units at bedtime"},
        "subject": {"reference": "Patient/hvh-pt-5530871"},
        "authoredOn": "2025-03-05"
      }
    }
  ]
}"""
add('phi', 'struct', 'Quispe Mamani',
    'Jordan Ellery <jellery@hvhealth.org>',
    'support@medbridgeapps.io',
    'FHIR API - A1c not showing in your app',
    """Hi MedBridge support,

A patient of ours connected your diabetes app to MyHarrow via the patient-access API and says her latest A1c and new insulin order aren't appearing. Our side is returning them -- here is the bundle our FHIR server returned for her token at 10:41 today (copied from the API log):

""" + fhir + """

Can you check whether your app is filtering on Observation.category? We don't populate it for POC results.

Jordan Ellery
Integration Engineer, Digital Health
Harrowgate Valley Health""")

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250307153000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="HV00301559" root="2.16.840.1.113883.3.9941.1"/>
      <addr use="HP"><streetAddressLine>18 Wharf Rd</streetAddressLine><city>Port Hadley</city><state>ME</state><postalCode>04555</postalCode></addr>
      <telecom use="HP" value="tel:+1-555-014-7710"/>
      <patient>
        <name><given>Tevita</given><family>Fifita</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19780614"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Chronic kidney disease stage 4</item>
        <item>Type 2 diabetes mellitus with nephropathy</item>
        <item>Gout</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>sevelamer 800 mg TID with meals</item>
        <item>allopurinol 100 mg daily</item>
        <item>insulin lispro sliding scale</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct', 'Fifita',
    'HIM Release of Information <roi@hvhealth.org>',
    'Transplant Referrals <referrals@northeasttransplant.org>',
    'CCD for transplant referral - Fifita',
    """Attached is the CCD for the patient referred by Dr. Holloway for kidney transplant evaluation. Full records to follow via Direct. Patient signed authorization 3/5.

HIM Release of Information
Harrowgate Valley Health
""" + DISC,
    atts=[('application', 'xml', 'CCD_Fifita_T_20250307.xml', ccd)])
# ============================================================ PHI: lang
add('phi', 'lang', 'Villalobos',
    'Ximena Villalobos <ximevillalobos@gmail.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'ayuda con el portal - resultados de mi mamá',
    """Buenas tardes,

Soy la hija de la señora Consuelo Villalobos Ortega (fecha de nacimiento 14/05/1958). Ella tuvo una biopsia de tiroides el 25 de febrero con el Dr. Sandoval y todavía no podemos ver los resultados en el portal. Yo tengo acceso como apoderada desde diciembre pero sólo me salen las citas.

Mi mamá está muy nerviosa, no duerme. ¿Me pueden decir si ya salieron los resultados o cuándo la van a llamar? Ella toma levotiroxina y no sabe si debe seguir con la misma dosis.

Mi teléfono es 555-0148.

Muchas gracias,
Ximena""")

add('phi', 'lang', 'Carvalho',
    'Luz Marina Ocampo <locampo@hvhealth.org>',
    'Intérpretes - Português <interp.pt@hvhealth.org>',
    'tradução por favor - mensagem de paciente',
    """Can someone translate this portal msg? I got the gist but want to be sure before routing to Dr. Hsu. Thx, Luz

---
Olá, meu nome é Antônio Carvalho, sou paciente do Dr. Hsu. Fiz a cirurgia da vesícula (colecistectomia) no dia 28 e desde ontem estou com febre de 38,5 e a pele e os olhos ficaram amarelados. A dor do lado direito piorou. Estou tomando o Tylenol como mandaram. Devo ir para a emergência? Meu número de prontuário é HV00618823.
Obrigado,
Antônio
""")

add('phi', 'lang', 'Lê',
    'Phạm Quốc Bảo <bao.pham.qb@gmail.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'Xin giúp đỡ - tài khoản của bố tôi',
    """Chào anh chị,

Tôi là con trai của ông Lê Văn Thành, sinh ngày 02/09/1945. Bố tôi mới nằm viện ở Harrowgate từ 27/2 đến 3/3 vì viêm phổi, và bác sĩ đổi thuốc tiểu đường từ metformin sang insulin. Tôi muốn đăng ký quyền truy cập thay mặt (proxy) để xem lịch tái khám và kết quả xét nghiệm máu của bố, vì bố tôi không đọc được tiếng Anh.

Xin chỉ tôi cách làm. Số điện thoại của tôi là 555-0177.

Cảm ơn nhiều,
Bảo""")

add('phi', 'lang', 'Joseph',
    'Roseline Désir <rdesir@hvhealth.org>',
    'Portal Triage Pool <portaltriage@hvhealth.org>',
    'mesaj pasyan an Kreyòl - Marie-Claude Joseph',
    """Translation below for the triage RN -- I'm the HC interpreter on today. Pt is 32 wks pregnant, sounds like she needs to be seen today.

Original:
"Bonjou, se Marie-Claude Joseph. Mwen gen 32 semèn ansent. Depi maten an mwen gen yon gwo tèt fè mal ki pa vle pase, e mwen wè ti limyè devan je m. Pye m anfle anpil tou. Tansyon m te 148/96 lè m te pran l lakay la. Kisa pou m fè? Mèsi."

English:
"Hello, this is Marie-Claude Joseph. I'm 32 weeks pregnant. Since this morning I have a big headache that won't go away and I see little lights in front of my eyes. My feet are very swollen too. My blood pressure was 148/96 when I took it at home. What should I do? Thanks."

Roseline Désir
Medical Interpreter, Haitian Creole / French""")

add('phi', 'lang', 'Sokolova',
    'Ирина Соколова <irina.sokolova.1971@mail.example.ru>',
    'WorkWell Occupational Health <workwell@hvhealth.org>',
    'Справка после больничного',
    """Здравствуйте,

Меня зовут Ирина Соколова, я работаю санитаркой в отделении 3 East (табельный номер 198552). С 17 февраля я была на больничном после операции на позвоночнике (микродискэктомия L5-S1), хирург доктор Эллингтон. Он разрешил мне вернуться к работе с 17 марта, но без подъёма тяжестей больше 10 кг.

Подскажите, пожалуйста, нужно ли мне прийти к вам на осмотр перед выходом и какие документы принести? Справку от хирурга я прикрепила.

С уважением,
Ирина Соколова
тел. 555-0112""")

add('phi', 'lang', 'Dimaculangan',
    'Rowena Dimaculangan <rowena.dimaculangan@hvhealth.org>',
    'Jocelyn Bautista <jbautista@hvhealth.org>',
    'Re: si Tatay',
    """Jo,

Salamat sa pag-cover ng shift ko kahapon. Si Tatay (Romeo Dimaculangan) ay na-admit sa 4 Tower dahil sa stroke, sa kaliwang bahagi ng katawan. Nag-CT at MRI na sila, binigyan ng tPA sa ER. Medyo nakakapagsalita na siya pero mabagal pa. Baka sa rehab siya ilipat sa susunod na linggo.

Ako ang proxy niya sa MyHarrow kaya nakikita ko ang mga resulta. Pag-usapan natin ang schedule pagbalik ko, baka kailangan ko ng FMLA.

Rowena

> Kumusta si Tatay mo? Narinig ko sa break room. - Jo""")

add('phi', 'lang', 'Haddad',
    'Nour Haddad <nour.haddad92@outlook.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    'استفسار عن نتيجة التحليل',
    """مرحباً،

اسمي نور حداد، تاريخ الميلاد ١٩٩٢/٠٧/١٨، رقم الملف الطبي HV00744560. أجريت تحليل الدم للغدة الدرقية وفحص الحمل يوم الاثنين في عيادة نورثغيت، وظهرت النتيجة في البوابة مكتوب عليها "hCG 1,240 mIU/mL". هل هذا يعني أنني حامل؟ لم يتصل بي أحد من العيادة.

أرجو أن يتصل بي طبيب أو ممرضة على الرقم 555-0199.

شكراً جزيلاً
نور""",
    cte='base64')

add('phi', 'lang', 'Chen',
    'Chen Wei <chenwei.family@163.example.com>',
    'MyHarrow Support <myharrow-support@hvhealth.org>',
    '关于我母亲的账户',
    """您好，

我是陈美玲（Chen Meiling，出生日期1950年3月8日）的儿子。我母亲上周在Harrowgate医院做了心脏支架手术，出院后医生给她开了新的药：氯吡格雷和阿托伐他汀。她不懂英文，我想申请代理访问她的MyHarrow账户，这样我可以帮她看复诊时间和化验结果。

另外，她最近脚有点肿，这是药物的副作用吗？

谢谢！
陈伟
电话：555-0150""")
# ============================================================ CLEAN: admin
add('clean', 'admin', '',
    'HVH IT Service Desk <itservicedesk@hvhealth.org>',
    'MyHarrow Support Desk <myharrow-desk@hvhealth.org>',
    'INC0448817 - MyHarrow SSO login failures (Major Incident) - RESOLVED',
    """Major Incident Notification - RESOLVED

Incident: INC0448817
Service: MyHarrow Patient Portal - Single Sign-On
Start: 03/09/2025 06:12 ET
End:   03/09/2025 08:47 ET
Impact: Patients received "Error 502 - upstream unavailable" when logging in via the mobile app. Web login unaffected after 07:30.
Root cause: expired intermediate certificate on identity proxy idp-prd-02.
Resolution: certificate renewed, proxy pool restarted.

Support desk agents: you may close any related patient callbacks using resolution code "IT-OUTAGE". Problem record PRB0021193 will track the cert monitoring gap.

Incident Manager: Terrence Oyelaran, x5-4410
Bridge line: 555-0100, access 771 204

HVH IT Service Desk | 555-0111""")

add('clean', 'admin', '',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'MyHarrow Support Desk <myharrow-desk@hvhealth.org>',
    'Memorial Day / June coverage - sign up by Fri',
    """Hi all,

Coverage grid for late May / June is on the shared drive (Portal Ops > Scheduling > 2025 Q2 coverage.xlsx). Please sign up by Friday 3/14.

Needs:
  Mon 5/26 (holiday)   - 2 agents 7a-3:30p, 1 agent 3p-11p
  Sat 6/7              - 1 agent 8a-4:30p  (Tamsin has it)
  Sat 6/21             - 1 agent 8a-4:30p  OPEN

Reminder that holiday shifts rotate - Desmond, Luz and Nadia worked last Memorial Day so they're off the hook this year unless they volunteer.

Hélène is out 5/19-5/30 (approved PTO). If you're swapping shifts, copy me and update Kronos.

Thanks!
Renee Castiglione
Portal Operations Lead | x4-3018""")

add('clean', 'admin', '',
    'Accounts Receivable <ar@clearpatheap.com>',
    'Accounts Payable <ap@hvhealth.org>',
    'Invoice CP-2025-0311 - EAP services Feb 2025',
    """Dear HVH Accounts Payable,

Please find attached invoice CP-2025-0311 for Employee Assistance Program services rendered February 2025 under Master Services Agreement MSA-HVH-2022-04.

  PEPM fee: 6,412 employees x $2.85      $18,274.20
  Critical incident response (2/14, 2/21)  $2,400.00
  Management consultations (14 hrs)        $1,750.00
  ----------------------------------------------------
  Total due                                $22,424.20

PO #: 4500188723
Terms: Net 45. Remit to: ClearPath EAP, PO Box 4471, Concord, NH 03302.

Utilization detail is provided in aggregate only, per contract section 7.3.

Questions: Glenda Marsh, Billing Specialist, 555-0144

Thank you for your business.""",
    atts=[('text', 'plain', 'CP-2025-0311.txt',
           "INVOICE CP-2025-0311\r\nClearPath EAP\r\nBill to: Harrowgate Valley Health, Accounts Payable\r\nPO 4500188723\r\nPeriod: 02/01/2025-02/28/2025\r\nPEPM 6412 x 2.85 = 18274.20\r\nCIR 2 x 1200.00 = 2400.00\r\nMgmt consult 14 x 125.00 = 1750.00\r\nTOTAL 22424.20\r\n")])

add('clean', 'admin', '',
    'Sandra Ruiz-Whitaker <sruizwhitaker@hvhealth.org>',
    'All HVH Employees <allstaff@hvhealth.org>',
    'Reminder: benefits enrollment changes due 3/31 (qualifying life events)',
    """Hello HVH team,

A reminder that if you had a qualifying life event (marriage, birth/adoption, loss of other coverage) in Q1, your benefits change request must be submitted in Workday by March 31.

Who to contact:
  - Medical/dental/vision: Benefits Service Center, 555-0120, option 2
  - FSA/HSA: Tomasz Wróbel, Benefits Specialist, x4-2290
  - Leave of absence / FMLA paperwork: Denise Armbruster, Leave Coordinator, x4-2295
  - EAP (free and confidential, 24/7): 1-800-555-0133

Open office hours: Tuesdays 11-1 in the Main Campus HR suite (Admin Bldg, 2nd floor).

Sandra Ruiz-Whitaker, SHRM-CP
Benefits Manager, Human Resources
""" + DISC,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Hello HVH team,</p>
<p>A reminder that if you had a <b>qualifying life event</b> (marriage, birth/adoption, loss of other coverage) in Q1, your benefits change request must be submitted in Workday by <b>March 31</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Medical/dental/vision</td><td>Benefits Service Center, 555-0120, option 2</td></tr>
<tr><td>FSA/HSA</td><td>Tomasz Wr&oacute;bel, Benefits Specialist, x4-2290</td></tr>
<tr><td>Leave of absence / FMLA paperwork</td><td>Denise Armbruster, Leave Coordinator, x4-2295</td></tr>
<tr><td>EAP (free and confidential, 24/7)</td><td>1-800-555-0133</td></tr>
</table>
<p>Open office hours: Tuesdays 11-1 in the Main Campus HR suite (Admin Bldg, 2nd floor).</p>
<p>Sandra Ruiz-Whitaker, SHRM-CP<br>Benefits Manager, Human Resources</p>
</body></html>""")

add('clean', 'admin', '',
    'Facilities Work Control <workcontrol@hvhealth.org>',
    'Gwen Hollister <ghollister@hvhealth.org>',
    'WO-2025-07731 WorkWell clinic relocation - badge access + move date',
    """Gwen,

Confirming the WorkWell Occupational Health move from Admin Bldg B-112 to Medical Office Bldg 2, Suite 140:

  Move date: Saturday 4/12, movers arrive 7:00 AM (Bay State Movers, foreman Lou Ferrante 555-0188)
  Exam tables (3), audiometry booth, spirometer cart - biomed (Cheng Liu) to recert after move
  Sharps containers / biohazard: EVS to swap out Friday 4/11 PM
  Badge access to Suite 140: submitted for Hollister, Emeka, Quarles, Bissonnette (ticket SEC-55812)

The med room lock needs a Pyxis tech on site, Amina Rashed is coordinating.

Work Control x4-1000""")

add('clean', 'admin', '',
    'Contact Center Reporting <ccreports@hvhealth.org>',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'Weekly queue stats - MyHarrow Support wk ending 3/8',
    """Queue             Calls  AHT    ASA    Abandon  SL(80/60)
MYH-ENROLL         1,204  6:12   0:48   4.1%     83%
MYH-PROXY            388  9:41   1:55   7.9%     71%
MYH-RESULTS          612  7:03   1:10   5.2%     78%
MYH-BILLING          277  5:30   0:39   3.0%     88%
MYH-SPANISH          193  8:15   2:20   9.4%     64%

Top agents by calls handled: T. Albright (311), D. Achterberg (298), L. Ocampo (276)
Longest hold: 14:02 on MYH-PROXY, Thu 3/6 10:41

Note: PROXY queue SL dropped after the teen-access policy change mailing went out Tuesday.

-- auto-generated, do not reply --""")

add('clean', 'admin', '',
    'Nadia Petrossian <npetrossian@hvhealth.org>',
    'Jordan Ellery <jellery@hvhealth.org>',
    'RE: can\'t get into the agent console',
    """Still getting the same thing. Screenshot attached. Error says "Account HVH\\npetrossian not in group PORTAL_AGENT_ADMIN". I need that group to do the proxy unlinks. Renee approved it last week, ticket is RITM0093124.

My desk phone is x4-3355 if easier.

Nadia

-----Original Message-----
From: Jordan Ellery
Sent: Monday, March 10, 2025 1:15 PM
To: Nadia Petrossian
Subject: RE: can't get into the agent console

Try logging out fully and clearing cache, then back in. AD group sync runs every 30 min.

Jordan""")
# ============================================================ CLEAN: lookalike
add('clean', 'lookalike', '',
    'Iron Valley Fitness <members@ironvalleyfit.com>',
    'desmond.achterberg@gmail.com',
    'Your InBody scan results + member #IVF-220918',
    """Hi Desmond,

Thanks for coming in for your 90-day check-in with coach Brianna! Here are your body composition results:

  Member #: IVF-220918
  Scan date: 03/08/2025
  Weight: 184.2 lb (-6.1)
  Skeletal muscle mass: 86.0 lb (+1.4)
  Body fat %: 21.3% (-2.8)
  Visceral fat level: 9
  Resting heart rate (self-reported): 62

Your next assessment is booked for 06/07/2025 at 9:00 AM. Remember your Iron Valley membership renews on 04/01 - reply STOP AUTO to cancel.

Stay strong,
Iron Valley Fitness - Ashby Falls
555-0160""",
    html="""<html><body><h2 style="color:#c0392b">Your 90-day results are in!</h2><p>Hi Desmond,</p><p>Thanks for coming in for your 90-day check-in with coach Brianna!</p><ul><li>Member #: IVF-220918</li><li>Weight: 184.2 lb (-6.1)</li><li>Skeletal muscle mass: 86.0 lb (+1.4)</li><li>Body fat %: 21.3% (-2.8)</li><li>Visceral fat level: 9</li></ul><p>Next assessment: 06/07/2025 9:00 AM</p><p>Iron Valley Fitness - Ashby Falls | 555-0160</p></body></html>""")

add('clean', 'lookalike', '',
    'Millbrook Animal Hospital <frontdesk@millbrookvet.com>',
    'Luz Marina Ocampo <luzmocampo@yahoo.com>',
    'Biscuit - vaccine reminder & bloodwork results',
    """Hi Luz,

Biscuit's annual wellness bloodwork came back and Dr. Oyelaran says everything looks great! His kidney values (BUN 22, creatinine 1.3) are normal for a 9 year old beagle, and his thyroid (T4) is right in range. The mild heart murmur she heard is unchanged from last year - no need for an echo at this point.

Due now:
  - Rabies booster (3 yr) - due 03/22/2025
  - DHPP - due 03/22/2025
  - Heartworm test + refill Heartgard (12 mo)

Patient ID: 44817  |  DOB: 05/02/2016  |  Weight: 31.4 lb

Please call 555-0171 or book online. See you soon!

Millbrook Animal Hospital
"Where every patient has four legs (mostly)" """)

add('clean', 'lookalike', '',
    'Pinecrest Federal Credit Union <alerts@pinecrestfcu.org>',
    'Patrick Emeka <patrick.emeka@gmail.com>',
    'Member #0048271 - your auto loan statement is ready',
    """Dear Member,

Your March statement for account ending in 8271 is now available in Online Banking.

  Member Number: 0048271
  Loan: Auto Loan - Share ID L14
  Payment due: 03/25/2025
  Amount due: $412.86
  Principal balance: $14,208.50

If you are experiencing financial hardship, our Member Care team can help: 555-0142, Mon-Fri 8-6.

Pinecrest Federal Credit Union. Federally insured by NCUA. Equal Housing Opportunity.
Please do not reply to this automated message.""")

add('clean', 'lookalike', '',
    'Northstar Airlines <reservations@northstarair.example.com>',
    'Renee Castiglione <renee.castig@gmail.com>',
    'Itinerary receipt - Confirmation QXR7LM',
    """Thank you for flying Northstar.

Confirmation: QXR7LM
Ticket number: 0162344810772

PASSENGER              DATE OF BIRTH   FREQUENT FLYER   SEAT
CASTIGLIONE/RENEE MS   1983-09-14      NS 884 102 337   14C
CASTIGLIONE/LUCA MSTR  2016-02-02      -                14D

FLIGHT  DATE      FROM         TO           DEP    ARR
NS 412  12APR25   PWM Portland ORD Chicago  06:15  08:05
NS 1190 12APR25   ORD Chicago  SAN San Diego 09:40  11:58

Special service request: none. Need wheelchair assistance or travelling with medical equipment? Manage your trip at least 48 hrs before departure.

Fare: USD 842.20 total. Non-refundable.""")

add('clean', 'lookalike', '',
    'Greystone Auto Insurance Claims <claims@greystoneauto.example.com>',
    'Curtis Lam <curtis.lam.rn@gmail.com>',
    'Claim 7-2251-80934 - appraisal scheduled',
    """Hello Curtis,

Thank you for reporting your loss. Claim details:

  Claim number: 7-2251-80934
  Policy: GAX-4410927-02
  Date of loss: 03/03/2025
  Vehicle: 2019 Subaru Outback, VIN ending 4471
  Injuries reported: None
  Description: parked vehicle struck in hospital parking garage (Level 3), rear bumper + tail light

An appraiser, Dominic Faraday, will inspect the vehicle on Thursday 3/13 between 10 and 12 at the address on your policy. Your deductible is $500. Rental coverage: up to $40/day, 30 days.

Your claim adjuster is Yesenia Blackwood, 555-0129, ext 221.

Greystone Auto Insurance""")

add('clean', 'lookalike', '',
    'Hartwell Tree Care <office@hartwelltree.example.com>',
    'gwen.hollister@outlook.com',
    'Estimate #3318 - red oak, front yard',
    """Hi Gwen,

Thanks for having us out Saturday. Here's our assessment of the big red oak by the driveway:

Diagnosis: the tree has bacterial leaf scorch and there's a large cavity with decay at the base (about 30% of trunk cross-section per the resistograph). Crown shows dieback on the south side. It's not critical yet but it's going to get worse.

Treatment options:
  1. Crown reduction + deadwood removal, cable support on the co-dominant leaders - $1,850
  2. Removal + stump grinding - $3,400

Our certified arborist (ISA #NE-6620A) recommends option 1 and re-evaluating in 2 years. Estimate #3318 valid 30 days.

Mike Hartwell
Hartwell Tree Care | 555-0193""")

add('clean', 'lookalike', '',
    'Prometheus Alerts <alerts@ops.hvhealth.org>',
    'Digital Health On-Call <dh-oncall@hvhealth.org>',
    '[FIRING:1] PatientWorkerHealthCheckFailed myharrow-prd',
    """[FIRING:1] PatientWorkerHealthCheckFailed (myharrow-prd critical)

Labels:
  alertname = PatientWorkerHealthCheckFailed
  service   = patient-sync-worker
  pod       = patient-sync-worker-7d9c4b6f5-xk2lp
  node      = aks-prd-np2-31880012-vmss00000c
  severity  = critical
Annotations:
  summary     = patient-sync-worker liveness probe failed 5 times in 10m
  description = PID 4471 (patient_zero consumer) unresponsive; queue depth msg.results.release = 18,204
  runbook     = https://wiki.hvhealth.org/dh/runbooks/patient-sync-worker

Started: 2025-03-11 02:14:07 UTC
Silence: https://alertmanager.ops.hvhealth.org/#/silences/new?filter=%7Balertname%3D%22PatientWorkerHealthCheckFailed%22%7D

-- 
Sent by Alertmanager""")
# ============================================================ CLEAN: news
add('clean', 'news', '',
    'HVH Communications <communications@hvhealth.org>',
    'All HVH Employees <allstaff@hvhealth.org>',
    'Valley Pulse: new MyHarrow teen privacy rules start April 1',
    """VALLEY PULSE | Week of March 10, 2025

MYHARROW: WHAT CHANGES FOR TEENS AND THEIR PARENTS ON APRIL 1
Starting April 1, when a patient turns 12, parent proxy access to MyHarrow will automatically switch to "limited" view. Parents will still see immunizations, appointments, billing and the allergy list, but will no longer see visit notes, most lab results, or messages between the teen and their care team. At 18, proxy access ends unless the young adult grants it.

"This aligns us with state minor-consent law and with what most academic systems already do," said Dr. Leona Pryce, Chief Medical Information Officer. Support desk call volume is expected to rise; agents have a new script for these calls.

ALSO THIS WEEK
 * Employee flu vaccination hit 94.1% system-wide, our best year yet.
 * WorkWell Occupational Health moves to MOB 2, Suite 140 on April 12.
 * ClearPath EAP is offering free "Resilience After Hard Shifts" sessions, Thursdays at noon on Teams.
 * Congratulations to Gwen Hollister, RN, COHN-S, named Occupational Health Nurse of the Year by the state AOHN chapter.

Questions? communications@hvhealth.org""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1d4e89">Valley Pulse</h1><p><i>Week of March 10, 2025</i></p>
<h2>MyHarrow: what changes for teens and their parents on April 1</h2>
<p>Starting April 1, when a patient turns 12, parent proxy access to MyHarrow will automatically switch to &quot;limited&quot; view. Parents will still see immunizations, appointments, billing and the allergy list, but will no longer see visit notes, most lab results, or messages between the teen and their care team. At 18, proxy access ends unless the young adult grants it.</p>
<p>&quot;This aligns us with state minor-consent law and with what most academic systems already do,&quot; said Dr. Leona Pryce, Chief Medical Information Officer.</p>
<h3>Also this week</h3><ul>
<li>Employee flu vaccination hit 94.1% system-wide, our best year yet.</li>
<li>WorkWell Occupational Health moves to MOB 2, Suite 140 on April 12.</li>
<li>ClearPath EAP is offering free &quot;Resilience After Hard Shifts&quot; sessions, Thursdays at noon on Teams.</li>
<li>Congratulations to Gwen Hollister, RN, COHN-S, named Occupational Health Nurse of the Year by the state AOHN chapter.</li></ul>
</body></html>""")

add('clean', 'news', '',
    'County Health Alert Network <han@kennebrook-county.example.gov>',
    'Infection Prevention <ip@hvhealth.org>',
    'HEALTH ADVISORY: Measles exposure locations, Kennebrook County',
    """KENNEBROOK COUNTY DEPARTMENT OF PUBLIC HEALTH
HEALTH ADVISORY #2025-04 | March 9, 2025

Summary: The Department has confirmed 3 measles cases in county residents since February 28. All three are linked to international travel; two were unvaccinated. No deaths.

Public exposure locations:
  - Millbrook Public Library, 3/1, 10:00 AM - 2:00 PM
  - Northstar Airlines flight NS 412 PWM-ORD, 3/2
  - Harrowgate Valley Urgent Care - Eastfield, waiting room, 3/4, 4:00 - 8:30 PM

Recommendations for healthcare facilities:
  1. Screen patients with fever + rash at entry; mask and isolate in an AIIR.
  2. Verify presumptive immunity (2 documented MMR doses or positive IgG) for all staff.
  3. Exposed non-immune HCP should be excluded from work days 5-21 after exposure.
  4. Report suspected cases immediately to 555-0102 (24/7).

This message is for public health and healthcare partners. Not for patient distribution.""")

add('clean', 'news', '',
    'HVH Pharmacy & Therapeutics <pt-committee@hvhealth.org>',
    'Nursing - All Units <nursing-all@hvhealth.org>',
    'DRUG RECALL: Valterizone 40 mg tablets, lots VZ24117, VZ24118',
    """PHARMACY RECALL NOTICE - Class II

Product: Valterizone (valsartan/hydrochlorothiazide) 40 mg tablets, 90-count bottles
Manufacturer: Brightwater Pharma
Lots: VZ24117 (exp 11/2026), VZ24118 (exp 12/2026)
Reason: detection of nitrosamine impurity above the acceptable daily intake limit.

Action for HVH:
  - Inpatient: Pharmacy has quarantined all affected stock. No action needed on units.
  - Outpatient pharmacies: patients with fills from these lots since 1/15 will receive a letter; replacement at no charge.
  - Portal: a MyHarrow message template ("Medication recall - Valterizone") has been built for prescribers. Do NOT message patients individually unless asked.

Patients should NOT stop taking their blood pressure medication without talking to their prescriber.

Questions: Drug Information Service, x4-6000
Haruto Inagaki, PharmD, BCPS - Chair, P&T Medication Safety Subcommittee""")

add('clean', 'news', '',
    'ClearPath EAP <newsletter@clearpatheap.com>',
    'All HVH Employees <allstaff@hvhealth.org>',
    'ClearPath Monthly: Sleep, shift work, and what actually helps',
    """CLEARPATH MONTHLY - March 2025

SLEEP AND SHIFT WORK
Nearly 1 in 3 hospital night-shift workers report insomnia symptoms, according to a 2023 survey of 4,000 US healthcare workers. Some things that help:
  - Keep the same sleep window on days off when you can (within 2 hours).
  - Blackout curtains and a cool room (65-68F).
  - Caffeine cut-off 6 hours before planned sleep.
  - Talk to your doctor before using sleep aids regularly.

WHEN TO REACH OUT
If you're having trouble sleeping, feeling down, drinking more than you'd like, or just need someone to talk to, your EAP is free, confidential, and available 24/7. Up to 6 sessions per issue per year. Your employer never learns who uses the EAP.

Call 1-800-555-0133 or visit clearpatheap.com/hvh (company code: VALLEY).

Crisis? Call or text 988.

You are receiving this because your employer offers ClearPath EAP. Unsubscribe | Privacy""")

add('clean', 'news', '',
    'WorkWell Occupational Health <workwell@hvhealth.org>',
    'Department Managers <dept-managers@hvhealth.org>',
    '2024-25 flu season final compliance by department',
    """Final influenza vaccination compliance, 2024-25 season (as of 3/7/2025):

Department                 Headcount  Vaccinated  Med/Rel exempt  Compliance
Nursing - Inpatient            1,812       1,731              61       98.9%
Nursing - Ambulatory             644         598              31       97.7%
Emergency Dept                   288         279               6       99.0%
Pharmacy                         211         193              12       97.2%
Environmental Services           402         331              28       89.3%
Food & Nutrition                 188         149              17       88.3%
Patient Access / Portal Sup.     156         139              10       95.5%
Admin / Corporate                711         592              41       89.0%

System total                   6,412       6,012             206       96.9%

Exemptions are counted as compliant. Individual status is in Workday; please do not request individual lists from WorkWell.

Thanks to everyone who ran pop-up clinics this year!
WorkWell Occupational Health""")

add('clean', 'news', '',
    'Digital Health Analytics <dh-analytics@hvhealth.org>',
    'HVH Leadership <leadership-dl@hvhealth.org>',
    'Q4 2024 MyHarrow portal dashboard',
    """MyHarrow Patient Portal - Q4 2024 summary

Active accounts:            214,880  (+4.2% QoQ)
Activation rate (new pts):  61.3%
Proxy relationships:        18,440   (parents of minors 71%, adult proxies 29%)
Messages to care teams:     96,210   (median RN triage response 5.8 business hrs)
Results viewed in portal:   412,004
  - viewed before clinician contact: 38% (was 21% before immediate release rule, Q4 2022)
Video visits:               11,902
Bill pay via portal:        $8.4M

Top support desk contact reasons: password/lockout (34%), proxy access (19%), results questions (17%), billing (11%).

Full deck on SharePoint > Digital Health > Dashboards.""")
# ============================================================ CLEAN: staff
add('clean', 'staff', '',
    'Anneliese Strand <astrand@hvhealth.org>',
    'Dr. Leona Pryce <lpryce@hvhealth.org>',
    'after-hours portal msgs mentioning chest pain',
    """Dr. Pryce,

Question from the triage group. We keep getting portal messages sent at 9-10pm that mention chest pain or SOB, and nobody sees them until 7am. The auto-reply says "do not use for emergencies" but people do anyway.

Options we've discussed:
 1. keyword flag (chest pain, can't breathe, suicid*) that pages the on-call RN
 2. hard-stop pop-up in the app when those words are typed, before sending
 3. route the whole inbox to the nurse advice line overnight

The nurse advice line says #3 would add ~60 msgs/night. Can we put this on the next CMIO agenda?

Anneliese Strand, RN
Portal Triage Lead""")

add('clean', 'staff', '',
    'Patrick Emeka <pemeka@hvhealth.org>',
    'Dr. Paul Whitmore <pwhitmore@hvhealth.org>',
    'Q re HCV exposure f/u timing',
    """Dr. Whitmore,

General question, not about anyone specific: for an HCV-positive source (RNA detected) and an employee with a negative baseline, are we still doing HCV RNA at 3-6 weeks and then Ab + RNA at 6 months, or did the updated CDC guidance change the 6 month check to 4 months? Our policy (OH-112) still says 6 months and I want to update it before the EH committee.

Also — do we still need LFTs at every draw? Most places seem to have dropped that.

Thanks,
Patrick""")

add('clean', 'staff', '',
    'Bernadette Shaughnessy <bshaughnessy@hvhealth.org>',
    'Ambulatory Nursing Leadership <amb-nursing-lead@hvhealth.org>',
    'portal triage staffing - we are drowning',
    """Hi all,

Just putting numbers to what everyone's already feeling. Portal message volume to the triage pool:

  Jan 2024:  ~1,900/wk
  Jan 2025:  ~2,750/wk

Same 6.4 FTE. Curtis is going to 0.6 in April and we haven't posted Kayla's position yet. Median response time has crept from 4.1 to 5.8 business hours and we are regularly leaving 40+ unread at end of day.

Asking for: (1) post the 0.9 vacancy now, (2) 2 per diem RNs from the float pool on Mondays, (3) LPNs to handle refill-only messages under protocol.

Happy to present at Thursday's meeting.

Bernadette Shaughnessy, RN
Charge RN, Portal Message Triage""")

add('clean', 'staff', '',
    'Dr. Kaveh Rostami <krostami@hvhealth.org>',
    'Medical Staff - Ambulatory <medstaff-amb@hvhealth.org>',
    'Immediate results release - how are people handling path/imaging?',
    """Colleagues,

Since the immediate-release rule, I've had several patients read a new cancer diagnosis in the portal at 11pm on a Friday. Our current exceptions (HIV, genetic tests, adolescent confidential) don't cover malignancy.

Curious how others are handling it:
  - Do you call pts before the biopsy to ask how they'd like to receive results?
  - Has anyone used the "patient preference to delay" option in the portal? Uptake seems low.
  - Would people support a 72 hr hold on path reports with a new malignancy, knowing the info-blocking exceptions are narrow?

I'll collect responses for the Result Release Committee on 3/20.

Kaveh Rostami, MD
Pulmonary & Critical Care
Harrowgate Valley Health""")

add('clean', 'staff', '',
    'Miriam Feldstein <mfeldstein@clearpatheap.com>',
    'ClearPath Clinical Staff <clinical@clearpatheap.com>',
    'case consult notes - de-identified',
    """Team,

Summary of Thursday's group consult, de-identified as usual:

Case A: healthcare worker in her 40s, ICU, referred after a patient death she felt responsible for. Discussion: moral injury vs. depression; agreed to screen with PCL-5 and consider peer support referral in addition to sessions.

Case B: man in his 50s, facilities dept, management referral for lateness; in session disclosed alcohol use. Discussion: keep the management-referral feedback limited to attendance only; do not disclose content. Refresher on our Part 2 obligations.

Case C: new grad nurse, early 20s, anxiety about floating. Mostly skills-based work; 3 sessions likely enough.

Reminder: never put client names in consult emails. Use the case tracker.

Miriam Feldstein, PsyD
Clinical Director, ClearPath EAP
""" + EAP_DISC)

add('clean', 'staff', '',
    'Nadia Petrossian <npetrossian@hvhealth.org>',
    'Proxy Access Team <proxyaccess@hvhealth.org>',
    'policy q - adult child proxy when parent has dementia',
    """Quick policy question before I answer a caller wrong:

When an adult child asks for proxy on a parent who has dementia and can't sign, do we need (a) healthcare POA, (b) guardianship papers, or (c) is a provider letter saying the patient lacks capacity enough? The P&P (PORT-07) says "legal authority documentation" but doesn't define it. Different agents are telling people different things.

Also what about when there are two adult children who disagree? I had one last week where the brother and sister were both calling.

Thanks,
Nadia
MyHarrow Support Desk""")

add('clean', 'staff', '',
    'Gwen Hollister <ghollister@hvhealth.org>',
    'Supply Chain <supplychain@hvhealth.org>',
    'N95 models for annual fit testing',
    """Hi Supply Chain,

For the annual fit test season (starts 4/14) we need the following models available on all units, not just the ones currently stocked:

  - 3M 1860 regular & 1860S small
  - 3M 1870+
  - Halyard/O&M Fluidshield 46727 (small)
  - Moldex 1512

Last year about 11% of staff failed every model we had on hand and had to go to PAPRs, which was a pain for everyone. Having the small sizes and the Moldex should cut that a lot.

Also need 4 new Bitrex/saccharin qualitative fit test kits and the PortaCount is due for annual calibration.

Thanks,
Gwen Hollister, RN, COHN-S
WorkWell Occupational Health""")
# ============================================================ CLEAN: training
add('clean', 'training', '',
    'Renee Castiglione <rcastiglione@hvhealth.org>',
    'New Agent Cohort Mar25 <newagents-mar25@hvhealth.org>',
    'Training env logins + test patients for Wednesday',
    """Welcome again, new folks!

For Wednesday's hands-on session you'll be in the TRAINING environment (MYH-TRN), not production. Every patient there is fake. Use these test patients:

  ZZTEST, PORTALONE     MRN TRN000001   DOB 01/01/1980   (locked account scenario)
  ZZTEST, MOMMY         MRN TRN000002   DOB 02/02/1985   (proxy for ZZTEST, BABY)
  ZZTEST, BABY          MRN TRN000003   DOB 03/03/2013   (turns 12 -> limited proxy)
  ZZTEST, GRANDPA       MRN TRN000004   DOB 04/04/1940   (adult proxy, POA scenario)

Login: your network ID + "_trn", temp password Train2025! (you'll be forced to change it).

REMINDER: never look up real patients to "practice." Access is audited.

Renee""")

add('clean', 'training', '',
    'Kyle Brandvold <kbrandvold@meridianinterfaces.example.com>',
    'Interface Team <interfaces@hvhealth.org>',
    'Demo follow-up: sample ORU for the results-hold filter',
    """Hi team,

Thanks for the time on the demo yesterday. As promised, here's the sample message we used to show the hold-flag routing. This is our standard synthetic record from the vendor test harness (Doe, John, MRN 123456) — please use it for your UAT scripts.

MSH|^~\\&|MIS_DEMO|MERIDIAN|EHR_TEST|HVH_TST|20250101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(555)555-5555
ORC|RE|DEMO-ORD-1|DEMO-FIL-1||CM
OBR|1|DEMO-ORD-1|DEMO-FIL-1|TEST^SAMPLE PANEL^L
OBX|1|NM|TEST1^SAMPLE ANALYTE^L||5.0|mmol/L|3.5-5.5|N|||F
ZPR|1|HOLD|72|TEST ONLY

Note processing ID = T (test). The ZPR segment is our custom hold flag.

Kyle Brandvold
Solutions Engineer, Meridian Interface Systems""")

add('clean', 'training', '',
    'Miriam Feldstein <mfeldstein@clearpatheap.com>',
    'ClearPath Clinical Staff <clinical@clearpatheap.com>',
    'Training vignette for Friday - management referrals',
    """For Friday's training, please read this vignette ahead of time. This is a composite/fictional case written for training; any resemblance to a real client is coincidental.

---- SAMPLE CASE: "Jane" ----
Jane (fictional) is a 38-year-old unit secretary referred by her manager after three late arrivals and a tearful episode at the nurses' station. At intake she reports caring for a parent with advancing illness and sleeping 4-5 hours a night. She asks whether her manager will "get a report."

Discussion questions:
 1. What can be shared back with the manager under a formal management referral? What can't?
 2. How would you document this in the EAP record vs. what goes on the referral feedback form?
 3. When would you recommend a referral outside the EAP?
---- END SAMPLE ----

Miriam""")

add('clean', 'training', '',
    'FHIR Sandbox <no-reply@fhirsandbox.hvhealth.org>',
    'Jordan Ellery <jellery@hvhealth.org>',
    'Your sandbox app "MedBridge-test" was approved',
    """Your app registration for the MyHarrow FHIR sandbox was approved.

Client ID: 7f3c2a91-sbx-medbridge
Scopes: patient/Patient.read patient/Observation.read patient/MedicationRequest.read

Sandbox test patients (synthetic, Synthea-generated):
  - Everyman, Adam   id sbx-pt-0001   birthDate 1960-01-01
  - Everywoman, Eve  id sbx-pt-0002   birthDate 1962-02-02
  - Test, Pediatric  id sbx-pt-0003   birthDate 2015-05-05

Example:
GET https://fhirsandbox.hvhealth.org/r4/Observation?patient=sbx-pt-0001&code=4548-4

{"resourceType":"Bundle","type":"searchset","total":1,"entry":[{"resource":{"resourceType":"Observation","id":"sbx-obs-1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},"subject":{"reference":"Patient/sbx-pt-0001"},"valueQuantity":{"value":6.1,"unit":"%"}}}]}

Sandbox data is reset nightly at 02:00 ET. Do not load real patient data into the sandbox.""")

add('clean', 'training', '',
    'HVH Privacy Office <privacy@hvhealth.org>',
    'MyHarrow Support Desk <myharrow-desk@hvhealth.org>',
    'Annual privacy quiz - portal support edition (due 3/28)',
    """Hi Support Desk,

Your annual privacy module is now assigned in HealthStream. Preview of a few questions below. All names are made up for the quiz.

Q3. A caller says she is "Mary Sample's daughter" and asks for Mary's lab results. Mary Sample has no proxy on file. You should:
   a) read the results if the caller knows Mary's DOB
   b) explain you cannot share information and describe how to request proxy access
   c) transfer to the lab

Q7. Which of these is PHI?
   a) "Test Patient, DOB 01/01/1900, MRN 000000" in the training environment
   b) A real patient's name and the date of her appointment
   c) The support desk phone number

Q9. A 15-year-old's parent asks why they can't see the teen's visit note. What do you say?

Answers are in the module. Completion is required by 3/28.

Dana Quarles, CHPC
Privacy Officer""",
    cte='quoted-printable')

add('clean', 'training', '',
    'Digital Health QA <dh-qa@hvhealth.org>',
    'MyHarrow Support Desk <myharrow-desk@hvhealth.org>',
    'TST refresh tonight + test accounts for release 25.2',
    """FYI: the TST environment gets refreshed from a de-identified snapshot tonight 8pm-midnight. Your test logins will be reset.

Test accounts for the release 25.2 regression (teen proxy changes):

| test account       | role        | scenario                                     |
|--------------------|-------------|----------------------------------------------|
| ZZQA, TEENTWELVE   | patient     | birthday 3/15/2013 -> auto limited proxy      |
| ZZQA, PARENTONE    | proxy       | should lose notes/results view on 3/15        |
| ZZQA, ADULTCHILD   | proxy       | adult proxy, no change expected               |
| ZZQA, SENIORPT     | patient     | has 2 proxies, one expired                    |

Please run scripts PRX-01 through PRX-14 and log defects in Jira project MYH (component: Proxy). Fake data only — the refresh scrubs names to ZZQA.

Thanks,
Digital Health QA""")

# ============================================================ build
MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Microsoft Outlook 16.0',
           'iPhone Mail (21D61)', 'Gmail', None, None, 'Mozilla Thunderbird 115.8']


def build():
    counters = {}
    rows = []
    tz = datetime.timezone(datetime.timedelta(hours=-5))
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        day = random.randint(3, 14)
        dt = datetime.datetime(2025, 3, day, random.randint(7, 19), random.randint(0, 59),
                               random.randint(0, 59), tzinfo=tz)
        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subj']
        msg['Date'] = m['date'] or format_datetime(dt)
        dom = m['frm'].rsplit('@', 1)[1].rstrip('>').strip()
        msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i,
                                                  '%06x' % random.getrandbits(24), dom)
        mailer = random.choice(MAILERS)
        if mailer:
            msg['X-Mailer'] = mailer
        for k, v in m['headers'].items():
            msg[k] = v
        if m['cte']:
            msg.set_content(m['body'], cte=m['cte'])
        else:
            body = m['body']
            msg.set_content(body, cte='7bit' if body.isascii() else '8bit')
        if m['html']:
            msg.add_alternative(m['html'], subtype='html')
        for maintype, subtype, filename, data in m['atts']:
            if maintype == 'text' and isinstance(data, str):
                msg.add_attachment(data, subtype=subtype, filename=filename)
            else:
                if isinstance(data, str):
                    data = data.encode('utf-8')
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        j = 0
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (i, j))
                j += 1
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return rows


if __name__ == '__main__':
    r = build()
    print('wrote %d messages to %s' % (len(r), OUT))
