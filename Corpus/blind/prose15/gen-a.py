#!/usr/bin/env python3
"""Blind evaluation set prose15a: hand-written healthcare e-mail (Brookfield Valley Health & neighbours).
Standard library only; deterministic. Writes <label>-<kind>-NNN.eml and labels.csv next to this file."""
import csv, hashlib, io, os, random, sys, zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def d(s, tz=-5):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)

def mk(frm, to, subj, date, body=None, html=None, charset='utf-8', cte=None, atts=(), cc=None,
       hdrs=None, tz=-5):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = d(date, tz)
    dom = frm.split('@')[-1].strip('> ')
    h = hashlib.sha1((subj + date + frm).encode('utf-8')).hexdigest()
    m['Message-ID'] = '<%s.%s@%s>' % (h[:16], h[16:24], dom)
    for k, v in (hdrs or {}).items():
        m[k] = v
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    if body is not None:
        m.set_content(body, **kw)
        if html is not None:
            m.add_alternative(html, subtype='html', **kw)
    else:
        m.set_content(html, subtype='html', **kw)
    for a in atts:
        t = a[0]
        if t == 'text':       # ('text', filename, content, subtype[, cte[, charset]])
            _, fn, content, sub = a[:4]
            akw = {'subtype': sub, 'filename': fn, 'disposition': 'attachment'}
            if len(a) > 4 and a[4]:
                akw['cte'] = a[4]
            if len(a) > 5 and a[5]:
                akw['charset'] = a[5]
            m.add_attachment(content, **akw)
        elif t == 'bin':      # ('bin', filename, bytes, maintype, subtype)
            _, fn, data, mt, st = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        elif t == 'msg':      # ('msg', EmailMessage)
            m.add_attachment(a[1])
        elif t == 'zip':      # ('zip', zipname, [(name, text), ...])
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                for n, txt in a[2]:
                    zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 9, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, txt)
            m.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=a[1])
    return m

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.")

# ============================ phi-care ============================
add('phi', 'phi-care', 'Okafor', mk(
    'Renee Castillo PA-C <rcastillo@lakeshoreortho.com>', 'OR Scheduling <orscheduling@bvhealth.org>',
    'add-on Thurs', '2026-11-09 16:52', body="""Hi Tammy,

Can you get Denise Okafor on the board for Thursday afternoon with Dr. Halvorsen? Left knee scope, should be ~45 min. Pre-op labs were drawn here 11/3 and EKG is in the chart. She's cleared by her PCP.

She prefers anything after 1 because of her kids' pickup, but she'll take what she can get.

Thanks!!
Renee

--
Renee Castillo, PA-C
Lakeshore Orthopedic Associates
2100 Commerce Pkwy, Suite 300 | Brookfield
office 847-226-4410 x218
"""))

add('phi', 'phi-care', 'Brandvold', mk(
    'Kayla Nguyen <knguyen@stridewellpt.com>', 'Justin Meier <jmeier@stridewellpt.com>',
    'RE: Brandvold visits left?', '2026-11-12 10:05',
    body="""Justin - checked with Aetna. He has used 9 of the 12 visits they authorized, auth runs through 12/15. If you want to keep him 2x/week past Thanksgiving you'll need to send updated progress notes for a re-auth. I can fax it once you finish the re-eval.

Kayla

From: Justin Meier
Sent: Wednesday, November 11, 2026 5:41 PM
To: Kayla Nguyen
Subject: Brandvold visits left?

How many visits does Arne Brandvold have left? Want to plan out his schedule. Thx
""",
    html="""<html><head><style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Justin - checked with Aetna. He has used 9 of the 12 visits they authorized, auth runs through 12/15. If you want to keep him 2x/week past Thanksgiving you&#8217;ll need to send updated progress notes for a re-auth. I can fax it once you finish the re-eval.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kayla</p>
<p class="MsoNormal" style="color:#7F7F7F;font-size:9pt">Kayla Nguyen | Patient Coordinator | StrideWell Physical Therapy &#8211; Westbrook</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Justin Meier &lt;jmeier@stridewellpt.com&gt;<br><b>Sent:</b> Wednesday, November 11, 2026 5:41 PM<br><b>To:</b> Kayla Nguyen &lt;knguyen@stridewellpt.com&gt;<br><b>Subject:</b> Brandvold visits left?</p></div>
<p class="MsoNormal">How many visits does Arne Brandvold have left? Want to plan out his schedule. Thx</p>
</div></body></html>"""))

add('phi', 'phi-care', 'Pettibone', mk(
    'Shawna Rees RN <srees@evergreenhh.org>', 'Monique Ballard <mballard@evergreenhh.org>',
    'swap tues for sat?', '2026-11-14 21:17', body="""Hey Mo, any chance you'd take my Tuesday route and I'll do your Saturday? My son's got a thing at school I can't miss.

Only heads-up on Tuesday: Mrs. Pettibone on Orchard Lane is due for her foley change, the kit and the 16Fr are in the bin in my trunk, I'll drop them at the office Monday. Her husband will let you in, knock loud he doesn't have his hearing aids in half the time.

Everyone else on Tues is a routine vitals/med check.

Let me know!
Shawna
Sent from my iPhone"""))

add('phi', 'phi-care', 'Szymanski', mk(
    'Brookfield Family Medicine <bfm.refills@bvhealth.org>', 'Rx Desk - Hometown Pharmacy <rxdesk@hometownrx-brookfield.com>',
    'Refill authorization', '2026-11-16 09:31', body="""Refill authorization - please process

Patient: Gerald Szymanski
DOB: 04/19/1951
Medication: atorvastatin 40 mg tablet, take 1 by mouth nightly
Qty: 90   Refills: 3
Prescriber: Anita Kaur, MD  NPI 1457392218

Also, patient states he has not been able to get his lisinopril since the pharmacy said it was "on order" -- please call him at 847-639-2270 when it is in.

Thank you,
Lorraine, CMA
Brookfield Family Medicine
""" + "\n" + DISC))

add('phi', 'phi-care', 'Achebe', mk(
    'Doug Pfeiffer <dpfeiffer@bvhealth.org>', 'Orders - NorthPoint Medical Supply <orders@northpointmed.com>',
    'FW: FW: canisters', '2026-11-17 08:02', body="""Can you guys get these out today? See below. PO to follow from purchasing.

Doug Pfeiffer
Materials Management, Brookfield Valley Health

-----Original Message-----
From: Alicia Romero <aromero@evergreenhh.org>
Sent: Monday, November 16, 2026 4:48 PM
To: Doug Pfeiffer <dpfeiffer@bvhealth.org>
Subject: FW: canisters

Doug - forwarding from Beth, is this something you can order through your account? We are out.

-----Original Message-----
From: Beth Kwiatkowski <bkwiatkowski@evergreenhh.org>
Sent: Monday, November 16, 2026 2:10 PM
To: Alicia Romero <aromero@evergreenhh.org>
Subject: canisters

Alicia we need 1000 ml canisters for the KCI ActiV.A.C., at least a box of 10. I'm using the last one at Rosalind Achebe's house Wednesday. She's on MWF dressing changes with the VAC until at least the 30th per Dr. Fenwick, so we'll go through them. Also need medium granufoam kits x6.

Beth
"""))

add('phi', 'phi-care', 'Lindqvist', mk(
    'Jill Harmon, RN <jharmon@westbrookschools.org>', 'Maple Ridge Pediatrics <frontdesk@mapleridgepeds.com>',
    'Medication authorization form - Emma Lindqvist', '2026-11-18 11:44', body="""Good morning,

I am the nurse at Hawthorne Elementary. Emma Lindqvist (3rd grade, Mrs. Doyle's class) has an albuterol inhaler here in the health office but the authorization form on file expired at the end of last school year. Could Dr. Sato sign the attached district form so she can continue using it at school and on the field trip 12/2? Her mother said she dropped off a copy but we never received it.

You can fax it back to 847-552-3017 (health office).

Thank you,
Jill Harmon, BSN, RN
School Nurse, Hawthorne Elementary
Westbrook School District 41
""", atts=[('bin', 'D41_Medication_Authorization_Form.pdf', b'%PDF-1.4\n% district form placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'application', 'pdf')]))

add('phi', 'phi-care', 'Castellano', mk(
    'Anita Kaur MD <akaur@bvhealth.org>', 'Lorraine Dubois <ldubois@bvhealth.org>',
    'call back', '2026-11-19 13:26', body="""Lorraine, pls call Vincent Castellano and let him know his A1c came back 6.1, lipids fine. Recheck both in 6 mo, no med changes. He can see results in the portal too but he never logs in.
AK"""))

add('phi', 'phi-care', 'Raghunathan', mk(
    'Brookfield Imaging Scheduling <imaging.sched@bvhealth.org>', 'Women\'s Health Center <whc.referrals@bvhealth.org>',
    'Scheduled: MRI request from Dr. Oyelaran', '2026-11-20 15:03', charset='windows-1252', cte='quoted-printable',
    body="""Hello,

The following has been scheduled per your referral:

  Patient:      Priya Raghunathan
  Exam:         MRI pelvis w/ and w/o contrast
  Date/time:    Wednesday 11/25/2026 at 7:40 AM
  Location:     Brookfield Imaging – Westbrook Pavilion, Lower Level
  Arrive:       7:10 AM (30 min early for IV/screening)

Patient was reached by phone and confirmed. She was told no food 4 hours prior. Creatinine from 11/02 is on file so no new labs needed.

If anything changes please reply to this mailbox – don’t call the main line, it rolls to central scheduling.

Thanks,
Marisol
Brookfield Imaging Scheduling
"""))

# ============================ phi-names ============================
add('phi', 'phi-names', 'Haverford', mk(
    'Tom Becker <tbecker@northpointmed.com>', 'Alicia Romero <aromero@evergreenhh.org>',
    'RE: Haverford, Lucille - ostomy + dressing supplies', '2026-11-10 14:20', body="""Done. Driver dropped it all off Tuesday around 3, her son signed.

Tom

> On Mon, Nov 9, 2026 at 10:02 AM Alicia Romero <aromero@evergreenhh.org> wrote:
> Tom, can you make sure this goes out this week? Same as last month. Thx
"""))

add('phi', 'phi-names', 'Albrecht', mk(
    'Gwen Stoltz <gstoltz@evergreenhospice.org>', 'IDT Team <idt-north@evergreenhospice.org>',
    'for tomorrow', '2026-11-11 18:40', body="""Hi all - a couple things before IDT tomorrow.

Nana Ruth (that's what everyone at Willow Court calls Ruth Albrecht, room 12) has been asking for the chaplain again, can Pastor Dave swing by this week? Her granddaughter Kim is the one to call, not the son.

Also Mr. Ferris's wife asked whether we can bump up aide visits to 3x. I told her I'd bring it up.

Coffee's on me tomorrow, I owe you guys.
Gwen"""))

add('phi', 'phi-names', 'Delacroix', mk(
    'Front Desk <frontdesk.westbrook@stridewellpt.com>', 'Justin Meier <jmeier@stridewellpt.com>',
    'msg', '2026-11-12 12:15', body="""Justin,
Mrs. Delacroix's daughter called at 11:50. Her mom's PT on Friday has to move, she has a cardiology appt that got rescheduled onto the same morning. Daughter (Nicole) wants something Mon or Tue afternoon. Her cell 630-771-0942.
- Brianna"""))

add('phi', 'phi-names', 'Okonkwo', mk(
    'Tasha Greer <tgreer@bvhealth.org>', '4West RNs <4west-rn@bvhealth.org>',
    'Swap request Sun nights', '2026-11-13 06:58', body="""Anybody want my Sunday 11/22 7p-7a? I'd take any night the following week in trade. Text me 224-908-6613.

Also from last night for whoever's on tonight (already in handoff, just repeating):
 - Gutierrez, Maribel in 4 is a two-assist, don't try it alone
 - Okonkwo, Daniel in 11 is NPO after midnight for his EGD at 0800, GI wants the prep finished
 - the pump in 9 keeps alarming, biomed ticketed

thanks!! Tasha"""))

add('phi', 'phi-names', 'Whitcombe', mk(
    'Laura Ingersoll <lingersoll@bvhealth.org>', 'Primary Care Leads <pc-leads@bvhealth.org>',
    'Notes from Tuesday huddle', '2026-11-17 17:25', cc='Dr. Rajesh Patel <rpatel@bvhealth.org>',
    body="""Thanks everyone for making time Tuesday. Quick notes:

1. Flu clinic Saturdays continue through 12/12 - Marcus still needs 2 MAs for the 12/5 slot.
2. Dr. Patel and Dr. Kaur will split Dr. Wong's inbox while she's out.
3. We discussed the Whitcombe situation at length. Dr. Patel will call Harold's daughter this week about a hospice evaluation; Evergreen intake already has the referral. Angela to make sure home meds list is reconciled before the call.
4. New phone tree goes live 12/1. Jess will send the script.
5. Holiday party - Dec 18, Rosati's. RSVP to Carmen.

Laura Ingersoll
Practice Manager, Brookfield Family Medicine & Internal Medicine
"""))

add('phi', 'phi-names', 'Boyle', mk(
    'Dana Whitfield <dwhitfield@granitemutual.com>', 'Records - Lakeshore Ortho <records@lakeshoreortho.com>',
    'Claimant Terrence Boyle - work status after surgery', '2026-11-18 09:12', body="""Good morning,

I am the workers' compensation adjuster handling Mr. Terrence Boyle's claim (employer Kessler Logistics). His employer tells me he had the rotator cuff repair with Dr. Halvorsen on 10/29 but I have not received any work status since. Could you send me his current restrictions and the expected date he can return to light duty? Our signed authorization is on file with your office from September.

Kind regards,

Dana Whitfield
Senior Claims Adjuster, Workers' Compensation
Granite Mutual Insurance Company
P: 312-440-8817  F: 312-440-8900
"""))

add('phi', 'phi-names', 'Sorensen', mk(
    'Paula Diaz <pdiaz@kesslerlogistics.com>', 'Mike Tran <mtran@kesslerlogistics.com>',
    'RE: coverage for Jenna', '2026-11-19 11:08', body="""Mike,

Jenna's FMLA was approved. She's having her hysterectomy on the 23rd and is expected out through Dec 4 at least. Her return-to-work note from Dr. Amari will come to me, not to you - please don't ask her for medical details, just send any questions my way.

For coverage, Luis can pick up her Tues/Thurs shift.

Paula Diaz | HR Generalist | Kessler Logistics

-----Original Message-----
From: Mike Tran
Sent: Thursday, November 19, 2026 9:47 AM
To: Paula Diaz
Subject: coverage for Jenna

Paula - Jenna Sorensen said she'll be out a couple weeks for a surgery?? How do I handle her shifts. She didn't say much.
"""))

add('phi', 'phi-names', 'Mercado', mk(
    'Corey Blankenship LCADC <cblankenship@bvhealth.org>', 'Harbor Recovery Clinical <harbor-clinical@bvhealth.org>',
    'Jay', '2026-11-20 16:45', body="""Team,

Jay missed Tuesday group again - that's 3 in a row. He called me today and says his ride fell through, and he sounded OK. He is still scheduled to pick up Thursday at the Brookfield Rd pharmacy for his Suboxone and Dr. Farouk wants to see him before the next refill. Can someone see if we can set up transportation through his Medicaid plan?

I already updated Mercado's treatment plan note. Let's talk Monday at case review.

Corey

-- 
Corey Blankenship, LCADC
Harbor Recovery Program | Brookfield Valley Health
This message may contain information protected under 42 CFR Part 2.
"""))
# ============================ phi-self ============================
add('phi', 'phi-self', 'Baptiste', mk(
    'MyBVH Patient Portal <noreply-portal@bvhealth.org>', 'Womens Health Center Pool <whc.pool@bvhealth.org>',
    'New patient message: Question about my results', '2026-11-10 20:33', body="""You have a new message in MyBVH.

From: Carol A. Baptiste (MRN 10638841)
To: Dr. Funmi Oyelaran, Women's Health Center
Subject: Question about my results

Hi Dr. Oyelaran, this is Carol Baptiste. I had my mammogram last Tuesday at the Westbrook Pavilion and the tech said they might call me back for more pictures. It's been a week and nobody called, but I see "additional imaging recommended" in my portal. Does that mean something is wrong? I would really like to talk to somebody, I haven't slept much. My cell is 847-330-5516, I can pick up anytime after 3.

Thank you,
Carol

--
Reply in MyBVH. Do not reply to this e-mail.
"""))

add('phi', 'phi-self', 'Whalen', mk(
    'Kevin Whalen <kwhalen77@gmail.com>', 'Customer Service <support@clearclaimbilling.com>',
    'WRONG BILL AGAIN', '2026-11-11 22:14', body="""This is the third time I am writing. I got ANOTHER statement for $487.20 for my son Tyler's emergency room visit on August 30 at Brookfield Valley. Our insurance (BCBS) PAID this. I have the EOB. Account number on your statement is 4470-19382. Tyler Whalen, DOB 6/2/2013.

If this goes to collections I will be calling a lawyer AND the state attorney general. I am not paying for a mistake your company keeps making. Somebody needs to actually call me back. 630-218-4471.

Kevin Whalen
"""))

add('phi', 'phi-self', 'Fairbrother', mk(
    'Allison Fairbrother <allie.fairbrother@outlook.com>', 'Camp Tamarack Health Center <nurse@camptamarack.org>',
    'Hazel - meds for winter session', '2026-11-12 08:05', body="""Hi Nurse Jo!

Hazel is SO excited to be back for the winter weekend session. Just updating her info since summer:

- she's now on Concerta 18 mg every morning (started in September), I'll send the bottle in the original pharmacy packaging
- still allergic to amoxicillin (hives)
- she had her tonsils out in October so she's fine now but may still be a little picky eating

Her pediatrician is Dr. Sato at Maple Ridge if you need anything. Let me know if there's a form I need to sign for the new med.

Thanks so much,
Allison (Hazel's mom)
"""))

add('phi', 'phi-self', 'Tillery', mk(
    'marcus tillery <mtillery2@yahoo.com>', 'Maple Ridge Pediatrics <frontdesk@mapleridgepeds.com>',
    'appt', '2026-11-13 07:21', body="""hi its marcus tillery, jaylen's dad. can we move his 4pm shot appt today to next week? his mom has the car. any day after 3:30 works. thx

Sent from my Galaxy"""))

add('phi', 'phi-self', 'Haines', mk(
    'Sue Haines-Moretti <suemoretti@comcast.net>', 'Evergreen Hospice <care@evergreenhospice.org>',
    'Mom had a rough night', '2026-11-15 05:52', body="""To whoever reads this at 6am,

I'm sorry to send this by email but the on-call line went to a recording twice and I didn't want to wake the whole house again. Mom (Dorothy Haines) had a really bad night. She was restless from about 1 to 4, pulling at her blanket and calling for my dad, who has been gone 11 years. I gave her the 0.25 of the lorazepam from the comfort kit at 1:30 like the nurse showed us and then the morphine at 2:15. She finally settled around 4.

Her breathing sounds different this morning, kind of a rattle, and her hands are cold. Is this what Kathy told us might happen? Should someone come out today? My brother is driving in from Indianapolis and I don't know if I should tell him to hurry.

I'm at the house all day. 847-901-3386.

Thank you for everything, truly.
Sue
"""))

add('phi', 'phi-self', 'Hollis', mk(
    'Derek Hollis <derek.hollis@kesslerlogistics.com>', 'Paula Diaz <pdiaz@kesslerlogistics.com>',
    'doctor note', '2026-11-16 13:40', body="""Paula,

Attached is the note from my PT place like you asked. They want me on light duty for 3 more weeks, no lifting over 20 lbs. I can do the dispatch desk if that's open. Let me know.

Derek
""", atts=[('text', 'work_status_Hollis.txt', """StrideWell Physical Therapy - Westbrook
WORK STATUS REPORT

Patient: Derek Hollis        DOB: 08/14/1984
Date of visit: 11/16/2026
Employer: Kessler Logistics

Patient is attending physical therapy 2x/week following lumbar strain (DOI 10/02/2026).
Restrictions: No lifting > 20 lbs, no repetitive bending, may sit/stand as tolerated.
Duration: through 12/07/2026, reassess at that time.

Therapist: Justin Meier, PT, DPT
""", 'plain')]))

add('phi', 'phi-self', 'Adeyemi', mk(
    'Folake Adeyemi <folake.adeyemi@gmail.com>', 'ScriptWay Member Services <memberservices@scriptwayrx.com>',
    'Prior authorization denied - please explain', '2026-11-18 19:02', body="""Dear Sir or Madam,

I am writing regarding my prescription which is denied. My member ID is SWX448172019. My doctor Dr. Kaur at Brookfield Family Medicine has sent prior authorization for Ozempic 0.5 mg two times already, first on October 20 and again November 6, and each time I receive letter saying "criteria not met". I have already tried metformin for more than one year as your letter ask. Please can you tell me what exactly is missing so I can tell to the doctor office?

I am without the medicine now for 3 weeks.

Thank you for your help.
Folake Adeyemi
Date of birth 02/27/1979
"""))
# ============================ phi-lists ============================
add('phi', 'phi-lists', 'Jankowski', mk(
    'Tammy Roth <troth@bvhealth.org>', 'Lakeshore Ortho Surgery Coord <surgery@lakeshoreortho.com>',
    'Halvorsen block 11/23 - 11/25', '2026-11-16 15:30', body="""Here's what I have for Dr. Halvorsen's block next week. Please check against your list, I think I'm missing one case for Weds.

DATE   TIME   PATIENT              AGE  PROCEDURE                     ANES   NOTES
11/23  0730   Jankowski, Stanley   67   R TKA                         GEN    needs ortho bed
11/23  1100   Pruitt, Alana        41   L ACL recon (allograft)       GEN
11/23  1330   Okafor, Denise       38   L knee scope/menisectomy      MAC    moved from 11/12
11/24  0730   Bellweather, Jon     72   L THA anterior                SPI    cardiac clearance pending
11/24  1030   Boyle, Terrence      45   R shoulder MUA                GEN    WC - Granite Mutual
11/25  0730   Sutter, Renata       59   R carpal tunnel release       MAC
11/25  0900   ???                                                            

Thanks,
Tammy
OR Scheduling x4471
"""))

add('phi', 'phi-lists', 'Brandt', mk(
    'Jacob Lund <jlund@bvhealth.org>', 'BVH IT Service Desk <servicedesk@bvhealth.org>',
    'Print button greyed out on XR worklist - Westbrook', '2026-11-17 07:49', body="""Hi,

Since this morning the "Print Req" button on the radiology worklist is greyed out on both workstations at Westbrook Urgent Care (WBUC-XR01 and WBUC-XR02). Logging out/in didn't help. Tried Chrome and Edge. Copy of the screen below (couldn't get the snip to attach):

 Radiology Worklist - WBUC            Filter: Today   Status: All         [Refresh] [Print Req]
 ------------------------------------------------------------------------------------------------
 Arrived  Name                  MRN        DOB         Exam                     Ordering     Status
 07:12    BRANDT, KEVIN R       00418822   02/11/1967  XR KNEE 3 VIEWS LEFT     GILLESPIE    Arrived
 07:25    NUNEZ, ISABELLA       00633107   09/30/2019  XR FOREARM 2V RIGHT      GILLESPIE    Arrived
 07:31    FOLEY, MARGARET A     00201564   12/05/1948  XR CHEST 2 VIEWS         ADEBAYO      In Exam
 ------------------------------------------------------------------------------------------------

We are hand-writing reqs for now. Please call x3320 if you need to remote in.

Jacob Lund, RT(R)
Westbrook Urgent Care Radiology
"""))

add('phi', 'phi-lists', 'Nakamura', mk(
    'Alicia Romero <aromero@evergreenhh.org>', 'North Team Nurses <northteam@evergreenhh.org>',
    'Thursday visits - reassignments', '2026-11-18 17:55', body="""Shawna is out tomorrow (sick kid). Her visits are split as below. Please call your patients by 9 to confirm times.

Monique:
  * Eleanor Nakamura - 44 Birchwood Ct - wound check + INR draw
  * Walter Pryce - 1190 Route 9, apt 3B - SN eval for new start of care
  * Mrs. Pettibone - Orchard Ln - foley was changed Tues, just a vitals/med visit

Anh:
  * Carl Dombrowski - 302 Linden Ave - PICC dressing + flush
  * Gladys Okoro - Willow Court rm 7 - med rec after hospital d/c

Let me know if anything doesn't work. Mileage forms due Friday!

Alicia Romero, RN
Clinical Manager, Evergreen Home Health
"""))

add('phi', 'phi-lists', 'Villanueva', mk(
    'Roberta Klein <rklein@clearclaimbilling.com>', 'Laura Ingersoll <lingersoll@bvhealth.org>',
    'BFM aged AR > 120 - needs your input', '2026-11-19 10:22', body=None,
    html="""<html><head><style>
body{font-family:Segoe UI,Arial,sans-serif;font-size:10pt}
table{border-collapse:collapse}td,th{border:1px solid #bfbfbf;padding:3px 6px;font-size:9pt}
th{background:#1f4e79;color:#fff}
</style></head><body>
<p>Hi Laura,</p>
<p>These are the self-pay balances over 120 days for Brookfield Family Medicine that we'd normally send to collections at month end. A few have notes from your front desk, so I want your OK before we send them.</p>
<table>
<tr><th>Acct</th><th>Patient</th><th>DOS</th><th>CPT</th><th>Balance</th><th>Last pmt</th><th>Note</th></tr>
<tr><td>300184</td><td>Villanueva, Rosa</td><td>06/11/2026</td><td>99214</td><td>$186.00</td><td>none</td><td>says ins terminated - verify</td></tr>
<tr><td>300922</td><td>Petrakis, George</td><td>05/28/2026</td><td>99396, 36415</td><td>$242.50</td><td>07/02/2026</td><td></td></tr>
<tr><td>301377</td><td>Lamb, Desiree</td><td>07/09/2026</td><td>99213, 87880</td><td>$131.75</td><td>none</td><td>hardship app sent 9/1</td></tr>
<tr><td>301506</td><td>Osei, Kwame</td><td>06/30/2026</td><td>99204</td><td>$310.00</td><td>none</td><td></td></tr>
</table>
<p>Thanks,<br>Roberta</p>
<p style="font-size:8pt;color:#595959">Roberta Klein | Account Manager | ClearClaim Billing Services<br>1 Oakmont Plaza, Suite 210, Naperville IL</p>
<p style="font-size:7pt;color:#808080">""" + DISC + """</p>
</body></html>"""))

add('phi', 'phi-lists', 'Ahmed', mk(
    'Jill Harmon, RN <jharmon@westbrookschools.org>', 'Kathleen Yoo <kyoo@westbrookschools.org>',
    'Field trip 12/2 - students w/ meds', '2026-11-20 14:12',
    body="""Kathleen,

Attached is the list of 3rd graders going to the science museum on 12/2 who have meds or plans on file. I'll pack the meds in the red bag. Chaperones only need to know the "what to watch for" column, please don't print the whole sheet for them.

Jill
""", atts=[('text', 'fieldtrip_1202_health.csv', """student,teacher,medication_or_plan,what_to_watch_for,parent_phone
Lindqvist Emma,Doyle,albuterol inhaler (form pending),coughing/wheezing - inhaler 2 puffs,847-555-0182
Ahmed Yusuf,Doyle,EpiPen Jr x2 - peanut,any hives/swelling - EpiPen + 911,847-412-9930
Carrillo Mateo,Pham,glucagon + CGM,low alarm on phone - juice box,630-877-2045
Brennan Sophie,Pham,none - seizure action plan,staring spells - time it & call nurse,847-221-6678
""", 'csv')]))

add('phi', 'phi-lists', 'Kowalski', mk(
    'Tom Becker <tbecker@northpointmed.com>', 'Case Management <casemgmt@bvhealth.org>',
    'Backorders - your discharges', '2026-11-23 09:40', body="""Morning,

Update on items we still owe for your recent discharges. Resmed is still short on AirSense 11 so the CPAPs are the big problem.

- Kowalski, Edward - CPAP w/ humidifier - ETA 12/1, loaner going out today
- Marsh, Patricia - hospital bed semi-electric - delivering Weds, need signed CMN from Dr. Wong
- Thibodeaux, Leon - K0001 wheelchair 18" - in stock, waiting on Medicare auth
- Greenberg, Ilse - rolling walker w/ seat - delivered 11/20, can close

Call me with questions.
Tom Becker
NorthPoint Medical Supply | 630-945-1200 x14
"""))

add('phi', 'phi-lists', 'Reyes', mk(
    'Nadia Farouk MD <nfarouk@bvhealth.org>', 'Harbor Recovery Clinical <harbor-clinical@bvhealth.org>',
    'no-shows this week + UDS follow-up', '2026-11-24 18:03', body="""All - please reach out to these folks before Monday. Document attempts in the chart.

No-show for med visit:
  1. Angel Reyes (buprenorphine 16 mg, last seen 11/10)
  2. Brittany Lowe (naltrexone inj due 11/20 - missed)
  3. J. Mercado - Corey already on it

Unexpected UDS (repeat needed, confirmatory sent to Quest):
  4. Dustin Hargrove - 11/19
  5. Carla Ybarra - 11/21

Reminder these are Part 2 records - don't forward outside the program.

Nadia
"""))
# ============================ phi-struct ============================
add('phi', 'phi-struct', 'Marchetti', mk(
    'Lab Interface Monitor <interface-alerts@bvhealth.org>', 'LIS Support <lis-support@bvhealth.org>',
    '[ALERT] ORU rejected - unmatched patient (QUEST_IN)', '2026-11-10 03:14', body="""Interface: QUEST_IN -> EHR_RESULTS
Status:    ERROR  AE  (Patient not found: MRN/DOB mismatch)
Retries:   3 of 3
Queue depth: 1

Message (first segments):
MSH|^~\\&|QUEST|QDI-WOOD|BVH_EHR|BVH|202611100311||ORU^R01|Q88213047|P|2.5.1
PID|1||00571183^^^BVH^MR||MARCHETTI^LUCIA^M||19620314|F|||88 Sheridan Rd^^Brookfield^IL^60513||(708)555-0147
PV1|1|O|BFM^^^BVH||||1457392218^KAUR^ANITA
ORC|RE|ORD4471902|Q88213047
OBR|1|ORD4471902|Q88213047|80061^LIPID PANEL^CPT|||202611090845|||||||||1457392218^KAUR^ANITA
OBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglycerides^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||44|mg/dL|>39||||F

EHR has MRN 00571183 with DOB 1962-03-41? (invalid). Manual match required.

-- automated message from Rhapsody, do not reply --
"""))

add('phi', 'phi-struct', 'Grabowski', mk(
    'Eddie Vance <evance@clearclaimbilling.com>', 'EDI Support <edi@bvhealth.org>',
    '837P batch rejected by clearinghouse - file attached', '2026-11-12 11:30', body="""Hi,

Availity rejected last night's 837P batch for Lakeshore Ortho at the 999 level (IK3 on loop 2010BA). Attaching the one claim that I think is causing it - the subscriber zip is 4 digits. Can you confirm it's coming from your registration system and not from our scrubber?

Eddie Vance
EDI Analyst, ClearClaim Billing Services
""", atts=[('bin', 'LOA_837P_claim_CLM26111104.x12', (
"ISA*00*          *00*          *ZZ*CLEARCLAIM     *ZZ*AVAILITY       *261111*2302*^*00501*000004471*0*P*:~"
"GS*HC*CLEARCLAIM*AVAILITY*20261111*2302*4471*X*005010X222A1~"
"ST*837*0001*005010X222A1~"
"BHT*0019*00*CLM26111104*20261111*2302*CH~"
"NM1*41*2*CLEARCLAIM BILLING SERVICES*****46*CCB0093~"
"NM1*40*2*AVAILITY*****46*030240928~"
"HL*1**20*1~"
"NM1*85*2*LAKESHORE ORTHOPEDIC ASSOCIATES*****XX*1730485529~"
"N3*2100 COMMERCE PKWY STE 300~N4*BROOKFIELD*IL*60513~REF*EI*364418820~"
"HL*2*1*22*0~SBR*P*18*GR0048812******CI~"
"NM1*IL*1*GRABOWSKI*MARTIN*J***MI*XCB884011273~"
"N3*715 MAPLE AVE~N4*LA GRANGE*IL*6052~"
"DMG*D8*19700522*M~"
"NM1*PR*2*BCBS OF ILLINOIS*****PI*00621~"
"CLM*LAK4410992*385***11:B:1*Y*A*Y*Y~"
"DTP*431*D8*20261020~"
"HI*ABK:M25561~"
"NM1*82*1*HALVORSEN*ERIK****XX*1881624973~"
"LX*1~SV1*HC:99204*285*UN*1***1~DTP*472*D8*20261104~"
"LX*2~SV1*HC:73560:RT*100*UN*1***1~DTP*472*D8*20261104~"
"SE*24*0001~GE*1*4471~IEA*1*000004471~").encode('ascii'), 'application', 'octet-stream')]))

add('phi', 'phi-struct', 'Delgado', mk(
    'Roberta Klein <rklein@clearclaimbilling.com>', 'Kayla Nguyen <knguyen@stridewellpt.com>',
    'ERA question - underpaid 97110', '2026-11-13 14:48', body="""Kayla, this is the 835 segment for the one you asked about. They're paying 97110 at 2 units even though we billed 3 - CO-151. I'd appeal with the treatment note showing 40 minutes of ther-ex.

CLP*SWPT88310452*2*312*148.16**12*942618730051007*11*1~
NM1*QC*1*DELGADO*RAMON****MI*W284419903~
NM1*82*1*MEIER*JUSTIN****XX*1306948812~
DTM*232*20261027~
SVC*HC:97110*156*71.12**2**3~
CAS*CO*151*52~
CAS*CO*45*32.88~
AMT*B6*71.12~
SVC*HC:97140*104*52.04**2~
CAS*CO*45*51.96~
SVC*HC:97530*52*25*UN*1~
CAS*CO*45*27~
PLB*...

Let me know if you want me to draft it.
Roberta
"""))

add('phi', 'phi-struct', 'Pham', mk(
    'ScriptWay Provider Help <providerhelp@scriptwayrx.com>', 'Hometown Pharmacy <rxdesk@hometownrx-brookfield.com>',
    'RE: Eligibility - why is this member showing terminated?', '2026-11-16 12:05', body="""Hello Hometown Pharmacy,

Our eligibility response for the member in question is below. The 271 returned coverage inactive as of 10/31/2026 (EB*6). Employer group changed carriers; the member should present the new card. We cannot override.

HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*PHAM*THANH*V***MI*SWX227019845~
DMG*D8*19880211*M~
INS*Y*18*001*25~
DTP*346*D8*20240101~
EB*6**88*******BIN610212~
DTP*307*RD8*20240101-20261031~
MSG*COVERAGE TERMINATED - CONTACT GROUP ADMINISTRATOR~

Rejected claim on file: Rx 7718204, fill date 11/14/2026, tirzepatide 5 mg/0.5 mL pen x4.

Regards,
ScriptWay Provider Help Desk
> -----Original Message-----
> From: Hometown Pharmacy
> Sent: Saturday, November 14, 2026 10:52 AM
> Subject: Eligibility - why is this member showing terminated?
>
> Member says he has active coverage through his job. Can you check? Thx
"""))

add('phi', 'phi-struct', 'Coleman', mk(
    'Appointment Sync <fhir-sync@stridewellpt.com>', 'Integration Team <integration@bvhealth.org>',
    'FHIR push failed (422) - Appointment bundle', '2026-11-17 22:40', body="""Push to https://fhir.bvhealth.org/r4 returned 422 Unprocessable Entity.
OperationOutcome: Appointment.participant[0].actor reference Patient/bvh-7731048 not found on target.
Bundle attached for review.
""", atts=[('text', 'bundle_20261117_2240.json', """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "bvh-7731048",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8841.1", "value": "7731048"}],
        "name": [{"family": "Coleman", "given": ["Tanya", "R"]}],
        "gender": "female",
        "birthDate": "1975-09-08",
        "telecom": [{"system": "phone", "value": "630-388-1907", "use": "mobile"}]
      },
      "request": {"method": "PUT", "url": "Patient/bvh-7731048"}
    },
    {
      "resource": {
        "resourceType": "Appointment",
        "status": "booked",
        "serviceType": [{"text": "PT re-evaluation"}],
        "start": "2026-11-24T08:00:00-06:00",
        "end": "2026-11-24T09:00:00-06:00",
        "participant": [
          {"actor": {"reference": "Patient/bvh-7731048", "display": "Tanya Coleman"}, "status": "accepted"},
          {"actor": {"display": "Justin Meier, PT, DPT"}, "status": "accepted"}
        ]
      },
      "request": {"method": "POST", "url": "Appointment"}
    }
  ]
}
""", 'json')]))

add('phi', 'phi-struct', 'Lindgren', mk(
    'HIM Release of Information <roi@bvhealth.org>', 'Records - Lakeshore Ortho <records@lakeshoreortho.com>',
    'Records request #ROI-26-11873 - CCD attached', '2026-11-18 10:00', body="""Attached per your request (continuity of care, signed authorization on file). The zip contains the CCD summary. Password sent separately.

BVH Health Information Management - Release of Information
""", atts=[('zip', 'ROI-26-11873.zip', [('CCD_ROI-26-11873.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261118095512-0600"/>
  <recordTarget>
    <patientRole>
      <id extension="00289915" root="2.16.840.1.113883.3.8841.1"/>
      <addr use="HP"><streetAddressLine>2207 Fairview Ave</streetAddressLine><city>Westbrook</city><state>IL</state><postalCode>60559</postalCode></addr>
      <patient>
        <name><given>Harold</given><family>Lindgren</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19490707"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text><list><item>10/14/2026 Total hip arthroplasty, right - Dr. E. Halvorsen</item>
      <item>10/13/2026 Pre-op chest x-ray</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>apixaban 2.5 mg PO BID x 35 days</item><item>oxycodone 5 mg PO q6h PRN</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""")])]))

add('phi', 'phi-struct', 'Esposito', mk(
    'BVH Referrals Reporting <reports@bvhealth.org>', 'StrideWell Intake <intake@stridewellpt.com>',
    'Daily outbound referral export - StrideWell - 11/19/2026', '2026-11-19 06:00', body="""Scheduled report: Outbound referrals to StrideWell Physical Therapy, created 11/18/2026.
Rows: 4
""", atts=[('text', 'referrals_stridewell_20261118.tsv', "ref_id\tpatient_last\tpatient_first\tdob\tphone\tinsurance\treferring\treason\tpriority\n"
"R2611-0412\tEsposito\tAngela\t1958-01-23\t708-629-3391\tMedicare\tHALVORSEN\tPT eval/treat s/p R TKA\troutine\n"
"R2611-0415\tNunez\tIsabella\t2019-09-30\t630-410-7752\tMedicaid-Meridian\tGILLESPIE\tOT hand after cast removal\troutine\n"
"R2611-0419\tDelgado\tRamon\t1966-11-02\t847-392-0018\tUHC\tCASTILLO\tcontinue PT lumbar\troutine\n"
"R2611-0423\tKim\tJi-woo\t1991-04-17\t224-570-3308\tBCBS PPO\tOYELARAN\tpelvic floor PT eval\turgent\n",
    'tab-separated-values')]))

add('phi', 'phi-struct', 'Sutter', mk(
    'RightFax <fax@lakeshoreortho.com>', 'Brookfield Family Medicine <bfm.fax@bvhealth.org>',
    'Fax from 8472264499 (3 pages)', '2026-11-20 16:21', body="""You have received a 3 page fax.

---------------------------------------------------------------
              LAKESHORE ORTHOPEDIC ASSOCIATES
            2100 Commerce Pkwy, Suite 300, Brookfield IL
               Phone 847-226-4410   Fax 847-226-4499
---------------------------------------------------------------
                        FAX COVER SHEET

TO:    Dr. Anita Kaur / Brookfield Family Medicine
FAX:   847-639-2299
FROM:  Surgery Coordination
DATE:  11/20/2026
RE:    Pre-op clearance request - SUTTER, RENATA  DOB 03/15/1967
PAGES: 3 incl. cover

Patient is scheduled for right carpal tunnel release 11/25/2026 with
Dr. Halvorsen. Please complete H&P/clearance and return by 11/23.
Recent BMP and CBC attached.

[ ] Urgent  [X] Please reply  [ ] For review

The documents accompanying this facsimile contain confidential
health information that is legally privileged.
---------------------------------------------------------------
(pages 2-3 attached as image)
""", atts=[('bin', 'fax_8472264499_20261120.tif', b'II*\x00\x08\x00\x00\x00placeholder-tiff', 'image', 'tiff')]))
# ============================ phi-ids ============================
add('phi', 'phi-ids', '', mk(
    'Eddie Vance <evance@clearclaimbilling.com>', 'Auth Team - Lakeshore Ortho <auths@lakeshoreortho.com>',
    'denial CO-197', '2026-11-11 09:03', body="""Claim 2026110400871 / member XCB884011273 denied CO-197 (precert absent) for the 11/04 MRI. Do you have an auth # on your side? If so send it and I'll resubmit as a corrected claim (freq 7).

-E"""))

add('phi', 'phi-ids', '', mk(
    'Dr. Rajesh Patel <rpatel@bvhealth.org>', 'BFM Lab <bfm.lab@bvhealth.org>',
    'MRN 7730215', '2026-11-12 16:58', body="""add on a repeat CBC w/ diff + retic tomorrow AM for MRN 7730215, standing order is in. Hgb was 8.9 today. thx
RP
Sent from mobile"""))

add('phi', 'phi-ids', '', mk(
    'BVH Patient Financial Services <pfs@bvhealth.org>', 'ClearClaim Billing Services <support@clearclaimbilling.com>',
    'Payment plan setup - acct 55018-223', '2026-11-13 11:17', body="""Hi team,

Guarantor called our line, please set up a payment plan on your side:

Acct #: 55018-223
Pt DOB: 03/09/1988
DOS: 10/14/2026  (Westbrook Urgent Care, laceration repair)
Balance: $212.40
Plan: $35/mo x 6, first draft 12/1, card on file ending 4417

Guarantor verified by DOB and last 4 SSN 6621.

Thanks,
Mei
Patient Financial Services, ext 2290
"""))

add('phi', 'phi-ids', '', mk(
    'ScriptWay PA Determinations <pa-notify@scriptwayrx.com>', 'Brookfield Family Medicine <bfm.fax@bvhealth.org>',
    'PA Determination: APPROVED - Case PA-26-4418077', '2026-11-16 07:30', body="""PRIOR AUTHORIZATION DETERMINATION

Case #:            PA-26-4418077
Member ID:         SWX9028834-01
Member DOB:        07/22/1963
Drug:              adalimumab-adaz 40 mg/0.4 mL pen
Quantity:          2 pens / 28 days
Determination:     APPROVED
Effective:         11/15/2026 - 05/31/2027
Prescriber NPI:    1457392218

Specialty fills must go through ScriptWay Specialty Pharmacy (1-866-555-0134).

This notice was sent to the fax/e-mail on file for the prescriber.
"""))

add('phi', 'phi-ids', '', mk(
    'Dispatch - NorthPoint Medical Supply <dispatch@northpointmed.com>', 'Evergreen Hospice Intake <intake@evergreenhospice.org>',
    'Order DM-88213 - delivery Fri', '2026-11-19 14:36', body="""Order #DM-88213   Pt ID 448812
Hospital bed (semi-elec) + overbed table + alt pressure pad
Delivery: Fri 11/20 between 10-1
Still need: signed CMN and face-to-face note dated within 6 mo of order.

Driver will call the number on the order 30 min before.
-- NorthPoint Dispatch"""))

add('phi', 'phi-ids', '', mk(
    'Dana Whitfield <dwhitfield@granitemutual.com>', 'StrideWell Billing <billing@stridewellpt.com>',
    'WC claim GM-26-018442', '2026-11-20 10:10', body="""Re: WC claim GM-26-018442, DOI 09/12/2026

Confirming receipt of your bill for the 11/10 PT evaluation (97162) and 11/12, 11/17 visits. Eval is approved; the follow-up visits are pending until we get the plan of care signed by the treating physician. Please fax to 312-440-8900 attn: Dana, and reference the claim number.

Thanks,
Dana Whitfield
Granite Mutual
"""))

add('phi', 'phi-ids', '', mk(
    'Oksana Bilyk <obilyk@bvhealth.org>', 'Lab Supervisors <lab-sups@bvhealth.org>',
    'FW: mislabeled specimen 4W', '2026-11-21 05:41', body="""Forwarding for the occurrence report. Recollected at 0520.

---------- Forwarded message ---------
From: 4West Charge RN <4west-charge@bvhealth.org>
Date: Sat, Nov 21, 2026 at 4:58 AM
Subject: mislabeled specimen 4W

rm 418 - tubes labeled MRN 8812045 but armband says 8812054, DOB 01/02/1954 matches armband. BMP + lactate. pls cancel and we'll redraw.
"""))
# ============================ phi-lang ============================
add('phi', 'phi-lang', 'Núñez', mk(
    'Yesenia Nunez <yesenia.nunez84@hotmail.com>', 'Maple Ridge Pediatrics <frontdesk@mapleridgepeds.com>',
    'pregunta sobre Isabella', '2026-11-18 13:20', charset='iso-8859-1', cte='quoted-printable', body="""Buenas tardes,

Soy la mamá de Isabella Núñez (7 años, fecha de nacimiento 30/09/2019). Ayer en la urgencia de Westbrook le tomaron radiografía del brazo derecho y le pusieron una férula. El doctor dijo que tenía que ver al ortopedista en una semana pero nadie me ha llamado para la cita. ¿Ustedes tienen que mandar el referido o lo hago yo?

También ella tiene que tomar ibuprofeno cada 6 horas, ¿puede ir a la escuela así?

Mi teléfono es 630-410-7752. Hablo poco inglés, si pueden llamar con intérprete por favor.

Gracias,
Yesenia Núñez
"""))

add('phi', 'phi-lang', 'Figueiredo', mk(
    'Marcos Figueiredo <marcos.figueiredo@uol.com.br>', 'Lakeshore Orthopedic Associates <info@lakeshoreortho.com>',
    'Pontos do joelho - cirurgia dia 04/11', '2026-11-15 09:48', charset='windows-1252', cte='quoted-printable', body="""Bom dia,

Meu nome é Marcos Figueiredo, fiz a artroscopia do joelho esquerdo com o Dr. Halvorsen no dia 4 de novembro. A consulta de retorno para tirar os pontos estava marcada para dia 18, mas vou estar viajando a trabalho em São Paulo até dia 28.

Posso tirar os pontos em outra clínica aqui no Brasil ou é melhor remarcar? O joelho está bem, só um pouco inchado no fim do dia. Estou fazendo os exercícios que a fisioterapeuta passou.

Meu celular (WhatsApp): +55 11 98842-3107

Obrigado,
Marcos Figueiredo
Data de nascimento: 12/06/1982
"""))

add('phi', 'phi-lang', 'Warsame', mk(
    'Hodan Warsame <hodanw22@gmail.com>', 'Evergreen Home Health <info@evergreenhh.org>',
    'Hooyaday Faadumo Warsame - daawada', '2026-11-16 19:05', body="""Asc,

Magacaygu waa Hodan Warsame. Hooyaday, Faadumo Warsame, waxaa booqda kalkaalisada guriga ee Evergreen (Anh) Isniin iyo Khamiis. Cirbadda insulinka way dhammaatay maanta, farmashiyuhuna wuxuu yiri dhakhtarka ayaa u baahan inuu soo diro dalab cusub (refill). Fadlan ma u sheegi kartaan Dr. Wong?

Sidoo kale lugta bidix ee hooyo way bararsan tahay laba maalmood. Ma kalkaalisadu way iman kartaa berri?

Telefoonkayga: 612-555-0917 (Hodan)
Cinwaanka: 1502 Ogden Ave Apt 21, Westbrook

Mahadsanid
Hodan

(English: my mother Faadumo Warsame's insulin ran out, needs refill from Dr. Wong; her left leg swollen 2 days, can nurse come tomorrow)
"""))

add('phi', 'phi-lang', 'Kim', mk(
    '김지우 <jiwoo.kim91@naver.com>', "Women's Health Center <whc.pool@bvhealth.org>",
    '골반저 물리치료 의뢰 문의 (Kim Ji-woo)', '2026-11-19 21:30', body="""안녕하세요,

저는 김지우(Ji-woo Kim, 생년월일 1991년 4월 17일)입니다. 11월 17일에 오옐라란 선생님께 진료를 받았고, 골반저 물리치료 의뢰서를 StrideWell로 보내주신다고 하셨는데 아직 연락을 못 받았습니다.

혹시 의뢰서가 보내졌는지 확인해 주실 수 있을까요? 그리고 출산 후 6개월이 지났는데 보험(BCBS PPO)에서 몇 회까지 커버되는지도 궁금합니다.

제 전화번호는 224-570-3308 입니다. 영어로 전화 주셔도 괜찮습니다.

감사합니다.
김지우 드림
"""))

add('phi', 'phi-lang', 'Malhotra', mk(
    'Rohit Malhotra <rohit.malhotra@gmail.com>', 'Anita Kaur MD <akaur@bvhealth.org>',
    'Papa ka BP - urgent-ish', '2026-11-20 07:12', body="""Namaste Dr. Kaur,

Mere papa Suresh Malhotra (DOB 11/08/1948) ka BP kal raat bahut high tha, 172/98, aur subah bhi 165/94 aaya. Headache bhi thoda tha but ab theek hai. He's taking amlodipine 5 mg roz subah, missed nahi kiya.

Kya dose badhani chahiye ya unko aaj hi dikhana padega? Mummy bol rahi hai ER le jao but papa bilkul nahi maan rahe. If you can see him today ya kal, I can bring him after 2 pm.

My number 847-983-2264. Thank you so much, aap hamesha help karte ho.

Rohit
"""))

add('phi', 'phi-lang', 'Villanueva', mk(
    'Interpreter Services <interpreters@bvhealth.org>', 'Roberta Klein <rklein@clearclaimbilling.com>',
    'FW: FW: voicemail transcription - billing', '2026-11-20 11:55', body="""Roberta - PFS says this is one of yours (ClearClaim handles BFM self-pay). Transcription + translation below. Please follow up directly.

Interpreter Services

-----Original Message-----
From: Patient Financial Services
Sent: Friday, November 20, 2026 10:30 AM
To: Interpreter Services
Subject: FW: voicemail transcription - billing

Can someone translate? Came in on the Spanish line.

-----Original Message-----
From: Voicemail System
Sent: Thursday, November 19, 2026 6:41 PM
Subject: voicemail transcription - billing

> Transcripción: "Hola, buenas tardes, habla Rosa Villanueva, tengo una cuenta
> de una consulta con la doctora Kaur del once de junio, ciento ochenta y seis
> dólares. Mi seguro de Ambetter se canceló en mayo porque perdí el trabajo,
> no sabía. ¿Puedo pagar en partes? Mi número es seis tres cero, siete siete
> uno, cuatro cuatro cero dos. Gracias."
>
> Translation: Rosa Villanueva re: bill for 6/11 visit with Dr. Kaur, $186.
> Insurance (Ambetter) cancelled in May after job loss. Asking for payment
> plan. Callback 630-771-4402.
"""))

add('phi', 'phi-lang', 'Ramos', mk(
    'Luciana Alves <lualves.cuidadora@gmail.com>', 'Alicia Romero <aromero@evergreenhh.org>',
    'Dona Célia hoje', '2026-11-22 10:37', body="""Oi Alicia, bom dia

A Dona Célia Ramos não quis tomar o remédio da manhã de novo, o furosemida. Ela diz que faz ela ir no banheiro toda hora e hoje tem a missa. I tried to explain but she said no. As pernas estão mais inchadas que ontem e ela pesou 71,4 kg (ontem 70,2).

Should I call the nurse or wait for Monday visit? A filha dela tá viajando.

Obrigada
Luciana (cuidadora, turno da manhã)
"""))
# ============================ clean-staff ============================
add('clean', 'clean-staff', '', mk(
    'Devon Marsh <dmarsh@bvhealth.org>', 'ED Techs <ed-techs@bvhealth.org>',
    'anyone want 12/24 day shift?', '2026-11-10 23:02', body="""Hey all, I got stuck with 12/24 0700-1930 and my family's flying in that morning. Will trade for ANY shift in December including New Year's Eve night. Already ok'd with Rhonda as long as it's tech for tech.

Devon"""))

add('clean', 'clean-staff', '', mk(
    'Carmen Ortiz <cortiz@bvhealth.org>', 'Doug Pfeiffer <dpfeiffer@bvhealth.org>',
    'RE: glove par levels - Maple Ridge', '2026-11-12 09:26', body="""Doug,

Yes please bump us up. We're going through way more smalls than we thought since the new MAs started. New pars:

  Nitrile exam gloves S  - 20 boxes (was 10)
  Nitrile exam gloves M  - 15 boxes
  Nitrile exam gloves L  - 8 boxes
  Alcohol prep pads      - 6 boxes
  Tongue depressors      - leave as is
  Pediatric BP cuffs (child size) - 2 each, ours are cracked

And can we get the sharps containers swapped to the 2 gal ones? The 1 qt fill up in a day during flu clinic.

Thanks!
Carmen

> From: Doug Pfeiffer
> Sent: Wednesday, November 11, 2026 3:15 PM
> Do you want me to change your par levels? You've been ordering extra every week.
"""))

add('clean', 'clean-staff', '', mk(
    'Rhonda Kessler RN <rkessler@bvhealth.org>', '4West All Staff <4west-all@bvhealth.org>',
    'October by the numbers', '2026-11-06 14:00', body="""Hi team, here's how October looked for 4West:

  Admissions: 131   Discharges: 127   Avg LOS: 4.2 days
  Falls: 2 (both no injury) - down from 5 in September!
  CAUTI: 0   CLABSI: 0
  HCAHPS "would recommend": 78% (goal 75%)
  Discharge before noon: 31% (goal 40% - still working on this)

Huge thank you to night shift for the bed-alarm audits, that's where the falls drop came from.

Pizza Friday for both shifts, on me.
Rhonda"""))

add('clean', 'clean-staff', '', mk(
    'Gwen Stoltz <gstoltz@evergreenhospice.org>', 'Evergreen Hospice Staff <allstaff@evergreenhospice.org>',
    'A note from a family', '2026-11-19 16:30', body="""Hi everyone,

We got a card in the office this week from a family we served over the summer, and I asked them if I could share a piece of it (without names). They wrote:

"Your nurse came at 2 in the morning and sat with us until the sun came up. She made coffee. She told us what was happening before it happened so we were never scared. We will never forget her kindness."

That nurse was Kathy Brennan, who would never tell you this herself. Thank you, Kathy, and thank you to every one of you who does this work at 2 in the morning.

Gwen"""))

add('clean', 'clean-staff', '', mk(
    'Erik Halvorsen MD <ehalvorsen@lakeshoreortho.com>', 'Lakeshore Providers <providers@lakeshoreortho.com>',
    'Thanksgiving call', '2026-11-13 12:44', body="""Final Thanksgiving week call, unless someone screams:

Wed 11/25  - Castillo (PA) / backup Halvorsen
Thu 11/26  - Ng
Fri 11/27  - Ng
Sat 11/28  - Halvorsen
Sun 11/29  - Abernathy

Hand calls: Abernathy all week. Spine calls go to Dr. Ruiz's group per our agreement.

My cell for the weekend is 312-808-4463 if the exchange can't find me.

Erik"""))

add('clean', 'clean-staff', '', mk(
    'Biomed <biomed@bvhealth.org>', 'Tasha Greer <tgreer@bvhealth.org>',
    'RE: room 12 bed / pump in 9', '2026-11-13 10:11', body="""Tasha,

Bed in 412 (Hill-Rom Centrella, asset 44182) had a failed lift actuator - swapped this morning, it's back in service. The Alaris module from 409 was pulled, tested fine on the bench, we think it was the door latch; replacement module is on the unit. If it alarms again put it in the dirty utility with a red tag and call x5100.

Ticket BM-26-7731 closed.

Mark, Biomed

-----Original Message-----
From: Tasha Greer
Sent: Friday, November 13, 2026 6:40 AM
To: Biomed
Subject: room 12 bed / pump in 9

bed in 12 won't go down, stuck at high. Pump in 9 alarming "door open" every 10 min. Thx
"""))

add('clean', 'clean-staff', '', mk(
    'Jess Albright <jalbright@stridewellpt.com>', 'StrideWell Westbrook <westbrook-all@stridewellpt.com>',
    'Friendsgiving!! sign-up', '2026-11-16 11:11', body=None, html="""<html><body style="font-family:Verdana;font-size:11pt">
<p>🦃 <b>Friendsgiving is Friday 11/20 in the gym after the last patient!</b> 🦃</p>
<p>Sign up below or just reply with what you're bringing:</p>
<ul>
<li>Turkey &amp; gravy - Justin (his mom's recipe, apparently)</li>
<li>Mac &amp; cheese - Kayla</li>
<li>Green bean casserole - <i>need someone!</i></li>
<li>Pies - Brianna x2</li>
<li>Drinks / plates / napkins - Jess</li>
</ul>
<p>Please move the parallel bars and treatment tables back by 4:30 so the cleaning crew can get in. And no one touch the ice machine, it's for ice packs only 😅</p>
<p>Jess</p></body></html>"""))

# ============================ clean-admin ============================
add('clean', 'clean-admin', '', mk(
    'BVH Human Resources <benefits@bvhealth.org>', 'All BVH Employees <allemployees@bvhealth.org>',
    'Open Enrollment closes Friday 11/20 - action required', '2026-11-16 08:00', body="""Reminder: Benefits Open Enrollment for 2027 ends this Friday, November 20 at 11:59 PM.

What's changing for 2027:
  - Medical: BVH Choice PPO premium +3.5%; BVH Select HMO premium unchanged
  - HSA: employer seed increases to $750 individual / $1,500 family
  - Dental: orthodontia lifetime max increases to $2,000
  - Vision: new frame allowance $175
  - New! Fertility benefit through Carrot, up to $15,000 lifetime
  - EAP: 8 free counseling sessions per issue (was 6)

If you do nothing, your current elections roll over EXCEPT Health Care FSA and Dependent Care FSA, which must be re-elected every year.

You must also complete the tobacco attestation to avoid the $40/month surcharge.

Log in at myBVHbenefits.com or call the Benefits Center at 1-800-555-0199 (M-F 7am-7pm).

BVH Human Resources | Total Rewards
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<table width="600" style="border:1px solid #2e75b6"><tr><td style="background:#2e75b6;color:white;padding:10px;font-size:14pt"><b>Open Enrollment closes Friday 11/20</b></td></tr>
<tr><td style="padding:10px">
<p>Benefits Open Enrollment for 2027 ends this <b>Friday, November 20 at 11:59 PM</b>.</p>
<p><b>What's changing for 2027:</b></p>
<ul><li>Medical: BVH Choice PPO premium +3.5%; BVH Select HMO premium unchanged</li>
<li>HSA: employer seed increases to $750 individual / $1,500 family</li>
<li>Dental: orthodontia lifetime max increases to $2,000</li>
<li>Vision: new frame allowance $175</li>
<li>New! Fertility benefit through Carrot, up to $15,000 lifetime</li>
<li>EAP: 8 free counseling sessions per issue (was 6)</li></ul>
<p>If you do nothing, your current elections roll over <u>except</u> Health Care FSA and Dependent Care FSA.</p>
<p>You must also complete the tobacco attestation to avoid the $40/month surcharge.</p>
<p><a href="https://myBVHbenefits.com">myBVHbenefits.com</a> | 1-800-555-0199</p></td></tr></table></body></html>"""))

add('clean', 'clean-admin', '', mk(
    'BVH IT Service Desk <servicedesk@bvhealth.org>', 'All BVH Users <allusers@bvhealth.org>',
    'PLANNED DOWNTIME: EHR upgrade Sun 11/29 01:00-05:00', '2026-11-20 13:00', body="""PLANNED DOWNTIME NOTICE

System:   EHR (all modules), MyBVH patient portal, Rx e-prescribing
When:     Sunday, November 29, 2026, 01:00 - 05:00 (approx. 4 hours)
Why:      Quarterly upgrade (version 26.4)

During downtime:
 - Use the read-only BCA workstations on each unit (red sticker) to view the last 24h of MAR and results
 - Paper downtime forms are in the red binders; lab and radiology will accept paper reqs
 - Do NOT back-enter orders until IT sends the "all clear" message

Ticket INC-0448219 for questions. Thank you for your patience.

BVH Information Services
"""))

add('clean', 'clean-admin', '', mk(
    'Karen Voss <kvoss@northpointmed.com>', 'Sourcing <sourcing@bvhealth.org>',
    '2027 DME pricing agreement - renewal draft', '2026-11-09 10:45', body="""Hi Sourcing team,

Attached is the draft renewal for our 2027 preferred-vendor agreement. Main changes:

 - CPAP (E0601) and supplies: pricing held flat
 - Semi-electric hospital beds (E0260): +2.1% due to freight
 - Standard wheelchairs (K0001): flat
 - Same-day delivery for discharges called in before 1 PM now included at no charge
 - Net 45 payment terms (was Net 30) - open to discussion

Happy to walk through it any time next week.

Karen Voss
VP, Institutional Accounts | NorthPoint Medical Supply
""", atts=[('bin', 'NorthPoint_BVH_2027_Renewal_DRAFT.docx', b'PK\x03\x04placeholder-docx-bytes', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')]))

add('clean', 'clean-admin', '', mk(
    'Medical Staff Office <medstaff@bvhealth.org>', 'Dr. Rajesh Patel <rpatel@bvhealth.org>',
    'Reappointment packet due 12/15', '2026-11-11 09:00', body="""Dear Dr. Patel,

Your reappointment to the BVH Medical Staff is due for the 2027-2028 cycle. Please complete the following by December 15, 2026:

  [ ] Reappointment application (in MDStaff)
  [ ] Current DEA registration (ours expires 01/31/2027)
  [ ] Illinois controlled substance license renewal
  [ ] Proof of 50 CME hours
  [ ] Annual TB attestation and flu vaccine attestation (employee health)
  [ ] Malpractice certificate of insurance

Failure to complete by the deadline may result in a lapse of privileges.

Thank you,
Medical Staff Office
"""))

add('clean', 'clean-admin', '', mk(
    'Roberta Klein <rklein@clearclaimbilling.com>', 'Laura Ingersoll <lingersoll@bvhealth.org>',
    'October KPI summary - BFM', '2026-11-08 17:20', body=None, html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Laura, October numbers for Brookfield Family Medicine:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e1f2"><th>Metric</th><th>Oct</th><th>Sep</th><th>Target</th></tr>
<tr><td>Charges</td><td>$1,284,330</td><td>$1,201,118</td><td></td></tr>
<tr><td>Net collections</td><td>$702,415</td><td>$688,902</td><td></td></tr>
<tr><td>Days in AR</td><td>34.1</td><td>36.8</td><td>&lt; 35</td></tr>
<tr><td>First-pass clean claim rate</td><td>94.2%</td><td>92.7%</td><td>95%</td></tr>
<tr><td>Denial rate</td><td>6.8%</td><td>7.9%</td><td>&lt; 5%</td></tr>
<tr><td>Top denial</td><td>CO-16 missing info (112)</td><td>CO-197 no auth (98)</td><td></td></tr>
</table>
<p>The CO-16s are mostly missing referring NPI on Medicare Advantage. Front desk training would fix most of them.</p>
<p>Roberta</p></body></html>"""))

add('clean', 'clean-admin', '', mk(
    'BVH Compliance <compliance@bvhealth.org>', 'All BVH Workforce <allworkforce@bvhealth.org>',
    'Annual HIPAA & Code of Conduct attestation - due 12/31', '2026-11-02 07:00', body="""All workforce members (employees, students, volunteers, contracted staff) must complete the annual HIPAA Privacy & Security module and Code of Conduct attestation in BVH Learn by December 31.

New this year:
 - Updated policy PRIV-114, "Use of personal devices and texting," reflecting the new secure messaging app
 - A short section on 42 CFR Part 2 for anyone with access to Harbor Recovery records
 - Reminder: sending PHI outside BVH requires the [secure] tag in the subject line

Completion rate as of today: 41%. Managers can see team status in the BVH Learn dashboard.

Questions: compliance@bvhealth.org or the Compliance Hotline (anonymous) 1-888-555-0172.
"""))

add('clean', 'clean-admin', '', mk(
    'ScriptWay Provider Communications <providercomms@scriptwayrx.com>', 'Brookfield Family Medicine <bfm.fax@bvhealth.org>',
    '2027 formulary changes - effective January 1', '2026-11-05 06:30', body="""Dear Prescriber,

The following changes to the ScriptWay National Preferred Formulary take effect January 1, 2027. Members currently using affected drugs will receive a letter 30 days in advance.

Moving to non-preferred (Tier 3):
  - Januvia (sitagliptin) - preferred alternative: sitagliptin (generic, Tier 1)
  - Symbicort - preferred alternative: budesonide/formoterol (authorized generic)
Removed from formulary (exception required):
  - Humira (reference product) - preferred: adalimumab-adaz, adalimumab-aaty
New prior authorization requirement:
  - Wegovy, Zepbound - BMI documentation and 6-month program participation

Full list: scriptwayrx.com/formulary2027

ScriptWay Pharmacy Benefit Services
"""))
# ============================ clean-lookalike ============================
add('clean', 'clean-lookalike', '', mk(
    'BVH Wellbeing <wellbeing@bvhealth.org>', 'All BVH Employees <allemployees@bvhealth.org>',
    'Step It Up! Week 3 leaderboard', '2026-11-16 07:15', body=None, html="""<html><body style="font-family:Arial;font-size:11pt">
<h2 style="color:#548235">Step It Up! Challenge &mdash; Week 3 Standings</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e2efda"><th>Rank</th><th>Team</th><th>Avg daily steps</th><th>Change</th></tr>
<tr><td>1</td><td>4West Walkie Talkies</td><td>13,882</td><td>&#9650; 2</td></tr>
<tr><td>2</td><td>Lab Rats</td><td>13,410</td><td>&#9660; 1</td></tr>
<tr><td>3</td><td>Ortho Knee-d for Speed</td><td>12,977</td><td>&#9660; 1</td></tr>
<tr><td>4</td><td>Billing Bunch</td><td>11,204</td><td>&mdash;</td></tr>
<tr><td>5</td><td>IT Help Desk-ercisers</td><td>9,716</td><td>&#9650; 1</td></tr>
</table>
<p><b>Individual shout-outs:</b> Marisol from Imaging logged 31,000 steps on Saturday (the Fall Color 10K!), and Devon in the ED hasn't missed a day of 10K+.</p>
<p>Remember: completing 4 weeks earns 250 points toward your 2027 premium wellness credit. Sync your Fitbit, Garmin or Apple Health by Sunday midnight.</p>
<p>BVH Wellbeing Team</p></body></html>"""))

add('clean', 'clean-lookalike', '', mk(
    'Hometown Pharmacy Rewards <rewards@hometownrx-brookfield.com>', 'sandra.ellison@gmail.com',
    'Sandra, your $5 reward is here + flu shots, no appointment', '2026-11-12 10:00', body=None, html="""<html><body style="font-family:Helvetica;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p style="font-size:18pt;color:#c00000"><b>Hi Sandra, you've earned $5 in Hometown Rewards!</b></p>
<p>Use it on anything in the front store: vitamins, cold &amp; flu relief, greeting cards and more. Expires 12/31/2026.</p>
<p style="font-size:14pt"><b>Flu &amp; COVID shots now available</b> &mdash; walk in anytime, most insurance accepted, $0 copay for most plans.</p>
<p>BONUS: Get 20% off one regular-priced item with coupon code <b>SNOWFLAKE20</b>.</p>
<p style="font-size:8pt;color:#777">You're receiving this because you joined Hometown Rewards. Rewards member #HR-00319922. <a href="https://hometownrx-brookfield.com/unsub">Unsubscribe</a>. Hometown Pharmacy, 410 Ogden Ave, Brookfield IL. Prescription purchases are not eligible for rewards where prohibited by law.</p>
</td></tr></table></body></html>"""))

add('clean', 'clean-lookalike', '', mk(
    'BVH Foundation <foundation@bvhealth.org>', 'Friends of BVH <friends@bvhealth.org>',
    'Thank you - Light the Night raised $412,000 for the new Cancer Center', '2026-11-18 12:00', body="""Dear Friends,

Because of you, our 14th annual Light the Night Gala raised $412,000 toward the Women's Health & Cancer Center opening in 2027. We are especially grateful to:

  Presenting Sponsor:   The Hendricks Family Foundation
  Gold Sponsors:        Kessler Logistics; First Prairie Bank; Dr. Anita and Raj Kaur
  Silver Sponsors:      Lakeshore Orthopedic Associates; Tom & Linda Whitaker; Rosati's Restaurant Group
  Paddle Raise Leaders: Margaret and Phil Osterhout; The Delaney-Brooks Family

A special thank you to the nurses of 4West, who were honored with this year's Spirit of Caring award.

There is still time to help. A gift of $250 funds a chemotherapy recliner; $1,000 names a tile on the Healing Garden wall.

With gratitude,
Jennifer Aldana
President, BVH Foundation

To give: bvhealth.org/give   |   To be removed from our mailing list, reply REMOVE.
"""))

add('clean', 'clean-lookalike', '', mk(
    'Oak Brook Animal Hospital <reminders@oakbrookvet.com>', 'Mike Tran <miketran.home@gmail.com>',
    'Biscuit is due for vaccines!', '2026-11-09 08:30', body="""Hi Mike,

Our records show that Biscuit (Canine, Beagle mix, 6 yrs) is due for:

  - Rabies (3 yr)              due 11/28/2026
  - DHPP booster               due 11/28/2026
  - Heartworm test (annual)    due 12/05/2026

Book online at oakbrookvet.com/book or call 630-573-2210. Don't forget, Biscuit's dental cleaning is 15% off in December for Pet Dental Health Month!

Oak Brook Animal Hospital
"""))

add('clean', 'clean-lookalike', '', mk(
    'Prairie State Auto Insurance <claims@prairiestateauto.com>', 'Luis Ortega <lortega1986@yahoo.com>',
    'Your claim AU-2611-558203 has been updated', '2026-11-17 14:22', body="""Hello Luis,

There's an update on your claim.

Claim number:      AU-2611-558203
Date of loss:      11/03/2026
Vehicle:           2019 Honda CR-V
Type:              Collision - rear-ended in parking lot, no injuries reported
Status:            Estimate approved - $3,184.17 (less $500 deductible)

Next step: choose a repair shop in the app. Rental coverage is active for up to 30 days.

Thanks for choosing Prairie State.
"""))

add('clean', 'clean-lookalike', '', mk(
    'Greg Dunleavy ATC <gdunleavy@westbrookschools.org>', 'Westbrook HS Coaches <coaches@westbrookschools.org>',
    'Fall season injury summary', '2026-11-19 15:45', body="""Coaches,

Fall season is wrapped. Summary of what came through the training room (all sports, no names here - details are in the ATS system if you need them for your own athletes):

  Football        ankle sprains 9, concussions 4, shoulder 3, knee 2
  Girls soccer    ankle sprains 6, concussions 2, knee (ACL) 1
  Boys soccer     ankle sprains 4, hamstring 3
  Volleyball      finger/hand 5, ankle 3
  Cross country   shin/stress reactions 4

Total visits: 612. Return-to-play protocols completed: 6 of 6.

Concussions are down from 9 last fall - thank you for enforcing the tackling-drill changes. Please remind athletes that winter sports physicals must be on file before first practice 11/30.

Greg Dunleavy, ATC
Head Athletic Trainer, Westbrook High School
"""))

add('clean', 'clean-lookalike', '', mk(
    'First Prairie Bank HSA <alerts@firstprairiebank.com>', 'Kayla Nguyen <kayla.nguyen.pt@gmail.com>',
    'Your HSA contribution has posted', '2026-11-13 06:05', body="""First Prairie Bank - Health Savings Account

Hi Kayla,

A contribution of $150.00 posted to your HSA ending in 7719 on 11/13/2026.

Available balance: $2,341.88
2026 contributions to date: $3,150.00 of $4,400.00 IRS limit

Did you know? You can invest HSA balances over $1,000. Log in to explore options.

This is an automated message. Please do not reply.
"""))
# ============================ clean-news ============================
add('clean', 'clean-news', '', mk(
    'BVH Communications <news@bvhealth.org>', 'All BVH Employees <allemployees@bvhealth.org>',
    'The Valley Voice - November 2026', '2026-11-20 09:00', body="""THE VALLEY VOICE
Brookfield Valley Health staff newsletter - November 2026

WELCOME, NEW TEAM MEMBERS
Dr. Samuel Gillespie (Urgent Care), Anh Tran RN (Evergreen Home Health), Brianna Cole (StrideWell Westbrook), and 23 others who joined us in October.

CELEBRATING 25 YEARS
Lorraine Dubois, CMA, Brookfield Family Medicine. Lorraine started at the front desk in 2001 and says she has "seen every kind of fax machine there is."

IN MEMORIAM
We were saddened to learn of the passing of Margaret "Peg" Sullivan, RN, on November 8 at the age of 84. Peg worked at BVH for 38 years, most of them as nurse manager of the old 3 East, and trained a generation of our nurses. She retired in 2004 and never missed a holiday party. A memorial service will be held Saturday, November 28 at 11 AM at St. Mary of Gostyn. In lieu of flowers, the family asks for donations to the BVH Nursing Scholarship Fund.

FLU CLINIC
Employee flu vaccination rate is 88% - let's get to 95%! Walk-ins at Employee Health, M-F 7-3.

PARKING
Lot C resurfacing starts 12/7. Use the Westbrook Pavilion garage; shuttle every 10 min.
"""))

add('clean', 'clean-news', '', mk(
    'DuPage County Health Department <epi-alerts@dupagehealth-il.gov>', 'Infection Prevention <ip@bvhealth.org>',
    'Respiratory Virus Surveillance Update - Week 46', '2026-11-16 11:00', body="""RESPIRATORY VIRUS SURVEILLANCE - MMWR WEEK 46 (Nov 8-14, 2026)

Influenza: ILI visits 3.1% of ED visits (up from 2.2%). Predominant strain A(H3N2). Activity level: MODERATE.
RSV: 41 lab-confirmed cases reported county-wide, 62% in children under 2. Activity level: HIGH.
COVID-19: ED visits stable at 1.4%. Wastewater levels low-moderate.

Hospitalizations (county): influenza 28, RSV 19, COVID-19 22.
Long-term care outbreaks: 2 influenza outbreaks reported (facilities not named per policy).

Recommendations: Vaccinate; consider nirsevimab for eligible infants; use droplet precautions for suspected influenza.

DuPage County Health Department, Communicable Disease Program
"""))

add('clean', 'clean-news', '', mk(
    'Illinois Dept of Public Health <health.alert@idph-illinois.gov>', 'BVH Emergency Dept Leadership <ed-leaders@bvhealth.org>',
    'HEALTH ADVISORY: Measles exposure - O\'Hare Terminal 5 and Oakbrook Center', '2026-11-21 19:30', body="""IDPH HEALTH ADVISORY

A confirmed measles case in an out-of-state traveler was infectious while at the following locations:

  - O'Hare International Airport, Terminal 5, Nov 15, 2:00 PM - 7:30 PM
  - Oakbrook Center mall, Nov 16, 11:00 AM - 4:00 PM
  - Westbrook Urgent Care waiting room, Nov 17, 9:00 AM - 12:30 PM

Providers should consider measles in patients with fever and rash, especially with exposure at these sites through Dec 7. Use airborne precautions, notify the local health department immediately, and collect NP swab for PCR and serum IgM.

Do not send suspected cases to the ED waiting room without calling ahead.
"""))

add('clean', 'clean-news', '', mk(
    'Healthcare Finance Daily <newsletter@hcfinancedaily.com>', 'Roberta Klein <rklein@clearclaimbilling.com>',
    'CMS finalizes 2027 Physician Fee Schedule: what billing teams need to know', '2026-11-03 05:45', body=None, html="""<html><body style="font-family:Georgia;font-size:11pt;max-width:640px">
<h1 style="font-size:18pt">CMS finalizes 2027 Physician Fee Schedule</h1>
<p><i>By staff reporters</i></p>
<p>The Centers for Medicare &amp; Medicaid Services on Friday released the final 2027 Medicare Physician Fee Schedule, setting the conversion factor at $33.41, a 1.2% increase over 2026.</p>
<p>Key provisions for revenue-cycle teams:</p>
<ul><li>Telehealth: audio-only E/M visits remain payable for behavioral health through 2027.</li>
<li>Physical therapy: remote therapeutic monitoring codes get a new 10-minute management code.</li>
<li>Add-on code G2211 expands to certain home-health certification visits.</li></ul>
<p>"Practices that haven't updated their charge masters for the G2211 expansion are leaving money on the table," said one consultant.</p>
<p style="font-size:8pt;color:#666">You are receiving Healthcare Finance Daily because you subscribed. Unsubscribe | Manage preferences</p>
</body></html>"""))

add('clean', 'clean-news', '', mk(
    'BVH Media Relations <media@bvhealth.org>', 'Local News Desk <news@brookfieldpatch.example.com>',
    'PRESS RELEASE: BVH opens Harbor Recovery walk-in clinic in Westbrook', '2026-11-10 10:00', body="""FOR IMMEDIATE RELEASE

Brookfield Valley Health Opens Walk-In Addiction Medicine Clinic in Westbrook

WESTBROOK, Ill. - Brookfield Valley Health today opened a walk-in clinic for its Harbor Recovery Program at 77 Ogden Avenue. Adults seeking help with opioid or alcohol use can be seen the same day, without a referral, Monday through Saturday.

"Someone who decides they're ready at 8 in the morning shouldn't have to wait three weeks," said Dr. Nadia Farouk, medical director of Harbor Recovery. "We can start medication the same day."

Last year, Harbor Recovery served more than 1,100 patients. DuPage County recorded 147 opioid overdose deaths in 2025, according to the county coroner.

Media contact: Ellen Park, 630-856-4100, media@bvhealth.org
"""))

add('clean', 'clean-news', '', mk(
    'Erik Halvorsen MD <ehalvorsen@lakeshoreortho.com>', 'Lakeshore Providers <providers@lakeshoreortho.com>',
    'FW: JBJS study - outpatient TKA readmissions', '2026-11-14 20:10', body="""Interesting read for Tuesday's journal club. Their same-day discharge cohort had lower 90-day readmissions than ours did last year, but they excluded BMI > 40.

Erik

---------- Forwarded message ---------
From: JBJS eTOC <etoc@jbjs.example.org>
Subject: This week in JBJS

Outpatient vs Inpatient Total Knee Arthroplasty: 90-Day Outcomes in 48,210 Medicare Beneficiaries
Abstract: Same-day discharge after TKA was associated with a 90-day readmission rate of 3.1% vs 4.4% for inpatient (adjusted OR 0.81, 95% CI 0.74-0.89). Venous thromboembolism rates did not differ. Patients with ASA class III or higher were less likely to be selected for outpatient surgery...
"""))

# ============================ clean-training ============================
add('clean', 'clean-training', '', mk(
    'Priya Desai <pdesai@bvhealth.org>', 'Integration Team <integration@bvhealth.org>',
    'HL7 101 - homework for Thursday', '2026-11-09 16:00', body="""For Thursday's HL7 101 session, please parse this sample message by hand and identify: message type, sending facility, patient's MRN, and the abnormal result. It's the standard TEST patient from our training environment - do NOT use prod messages in class.

MSH|^~\\&|LAB|TRAIN|EHR|TRAIN|202601010830||ORU^R01|TRN0001|T|2.5.1
PID|1||TEST000001^^^TRAIN^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^IL^00000
OBR|1|TORD1|TFILL1|2345-7^GLUCOSE^LN|||202601010800
OBX|1|NM|2345-7^Glucose^LN||250|mg/dL|70-99|H|||F

Note MSH-11 = T (training). Answers next week.

Priya Desai
Integration Analyst
"""))

add('clean', 'clean-training', '', mk(
    'BVH Learn <noreply-learn@bvhealth.org>', 'Devon Marsh <dmarsh@bvhealth.org>',
    'Your quiz results: HIPAA Privacy 2026', '2026-11-11 10:14', body="""Devon, you scored 9/10 on HIPAA Privacy 2026. Passing score: 8/10.

Question you missed:

Q7. Jane Doe, a patient on your unit, is also your neighbor. Her sister calls the nurses' station asking how Jane is doing after her surgery. Jane has not listed her sister as someone we may share information with. What do you do?
  Your answer: B) Give a general update since they are family
  Correct answer: C) Politely decline and explain you can't share information without the patient's permission; offer to pass a message to the patient

Certificate available in your BVH Learn transcript.
"""))

add('clean', 'clean-training', '', mk(
    'Epic Training Team <ehr-training@bvhealth.org>', 'New Hire Class 11/30 <newhire-1130@bvhealth.org>',
    'Training environment logins + practice patients', '2026-11-24 12:00', body="""Welcome to EHR training on Monday!

Your training login is your network ID + "TRN" (e.g. jsmithTRN), password Train2026!

Practice patients in the TRAIN environment (these are fictional, reset every night):
  ZZTEST, ADULT ONE        MRN 99000001   - use for admission and med rec exercises
  ZZTEST, PEDS TWO         MRN 99000002   - use for immunization and growth chart
  ZZTEST, OB THREE         MRN 99000003   - prenatal flowsheet
  ZZTEST, HOSPICE FOUR     MRN 99000004   - comfort care order set

Please bring your badge. Class runs 8:00-4:30 in Westbrook Pavilion, Room 2B. Lunch is provided.

EHR Training Team
"""))

add('clean', 'clean-training', '', mk(
    'AAPC Chapter 1182 <chapter1182@aapc-chapters.example.org>', 'Coders list <coders@clearclaimbilling.com>',
    'Dec chapter meeting: Ortho E/M + modifiers case studies', '2026-11-07 09:00', body="""Join us Tuesday, December 8, 6:30 PM (virtual) - 1.0 CEU.

Case study preview (de-identified):
A 58-year-old established patient presents 3 weeks after a right knee arthroscopy for a scheduled postoperative check. During the visit she reports new left shoulder pain after a fall at home, and the surgeon examines the shoulder and orders an x-ray.
  - Is the visit within the global period?
  - Can a separate E/M be billed for the shoulder? With which modifier (24? 25? 57?)
  - Which diagnosis codes go on which line?

Speaker: Dana Ruiz, CPC, COSC. Register via the chapter page.
"""))

add('clean', 'clean-training', '', mk(
    'Kathy Brennan RN <kbrennan@evergreenhospice.org>', 'Evergreen Hospice Staff <allstaff@evergreenhospice.org>',
    'In-service Thurs: recognizing active dying (slides attached)', '2026-11-17 13:30', body="""Hi all,

Slides for Thursday's in-service are attached. The case we'll discuss is a composite - details changed and combined from several patients, so please don't try to guess who it is.

"An 88-year-old woman with advanced dementia, living with her daughter. Over 48 hours she becomes restless at night, calls out for her late husband, has mottling of the hands and feet, and develops noisy respirations. The daughter emails the office at 6 AM because the on-call line went to voicemail."

We'll talk about: terminal restlessness vs pain, using the comfort kit, what to tell families about secretions, and - yes - fixing our on-call rollover.

Kathy
""", atts=[('text', 'active_dying_inservice_outline.txt', """In-service outline - Recognizing Active Dying
1. Signs: mottling, Cheyne-Stokes, terminal secretions, decreased urine output
2. Terminal restlessness: assessment, non-drug measures, comfort kit meds
3. Talking with families: what to expect, when to call
4. Documentation and notifying the on-call RN
5. Case discussion (composite)
""", 'plain')]))

add('clean', 'clean-training', '', mk(
    'Eddie Vance <evance@clearclaimbilling.com>', 'New Billing Staff <newstaff@clearclaimbilling.com>',
    '835 reading exercise', '2026-11-19 15:00', body="""Team - here's the practice 835 from the companion guide we went through today. All sample data (note the "TEST" payer and the 9s). Find: the paid amount, the patient responsibility, and what the CARC codes mean.

CLP*SAMPLE0001*1*200*120*30*12*999999999999*11*1~
NM1*QC*1*DOE*JOHN****MI*TEST99999999~
SVC*HC:99213*200*120**1~
CAS*PR*1*30~
CAS*CO*45*50~

Write your answers on the sheet, we'll review tomorrow at 9.
Eddie
"""))

# ---- a couple of messages travel as message/rfc822 attachments inside a forward ----
def _wrap(pred, frm, to, subj, date, body):
    for i, (lab, kind, pat, m) in enumerate(MSGS):
        if pred(lab, kind, pat, m):
            MSGS[i] = (lab, kind, pat, mk(frm, to, subj, date, body=body, atts=[('msg', m)]))
            return
    raise SystemExit('wrap target not found: ' + subj)

_wrap(lambda l, k, p, m: p == 'Warsame',
      'Evergreen Intake <info@evergreenhh.org>', 'Anh Tran RN <atran@evergreenhh.org>',
      'Fw: message from a family (Somali)', '2026-11-17 08:12',
      "Anh - this came into the general inbox last night, I think this is your patient on Ogden. "
      "There's an English line at the bottom. Can you call the daughter this morning and let Dr. Wong's office know about the refill?\n\nthanks, Renata - Intake\n")
_wrap(lambda l, k, p, m: k == 'clean-news' and 'Measles' in m['Subject'],
      'Dr. Owen Gillespie <ogillespie@bvhealth.org>', 'WBUC Staff <wbuc-all@bvhealth.org>',
      'Fwd: IDPH measles advisory - read before your next shift', '2026-11-21 21:05',
      "All,\n\nPlease read the attached. We are one of the listed sites. Masks on in the waiting room starting tomorrow, "
      "and anyone with fever + rash gets roomed immediately in room 6 (negative pressure). Employee Health will contact staff "
      "who were working that morning about immunity status.\n\nOwen\n")


def main():
    order = list(range(len(MSGS)))
    random.Random(15).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        lab, kind, pat, m = MSGS[idx]
        bi = 0
        for part in m.walk():          # fixed boundaries so output is byte-for-byte repeatable
            if part.get_content_maintype() == 'multipart':
                bi += 1
                part.set_boundary('=_bvh_%03d_%d_%s' % (n, bi, hashlib.md5(str(m['Message-ID']).encode()).hexdigest()[:10]))
            elif part.get_content_type() == 'message/rfc822':
                for sub in part.get_payload():
                    for sp in sub.walk():
                        if sp.get_content_maintype() == 'multipart':
                            bi += 1
                            sp.set_boundary('=_bvh_%03d_%d_inner' % (n, bi))
        kind_suffix = kind.split('-', 1)[1]
        fn = '%s-%s-%03d.eml' % (lab, kind_suffix, n)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append((fn, lab, kind, pat))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
