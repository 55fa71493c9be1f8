#!/usr/bin/env python3
"""Blind evaluation set: academic medical center mail. Standard library only, deterministic."""
import csv, io, os, random, zipfile, sys
from email.message import EmailMessage
from email import policy

random.seed(2525)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []


def M(label, kind, pname, frm, to, subj, date, body, html=None, cc=None, charset='utf-8',
      cte=None, atts=(), mid=None, extra=None, fwd=None):
    MSGS.append(dict(label=label, kind=kind, pname=pname, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, cc=cc, charset=charset, cte=cte, atts=atts, mid=mid,
                     extra=extra or {}, fwd=fwd))


def build(d, n):
    m = EmailMessage(policy=policy.default)
    m['From'] = d['frm']
    m['To'] = d['to']
    if d['cc']:
        m['Cc'] = d['cc']
    m['Subject'] = d['subj']
    m['Date'] = d['date']
    m['Message-ID'] = d['mid'] or '<%08x.%d@%s>' % (random.getrandbits(32), n,
                                                  d['frm'].split('@')[-1].strip('>'))
    for k, v in d['extra'].items():
        m[k] = v
    kw = {}
    if d['charset'] != 'utf-8':
        kw['charset'] = d['charset']
    if d['cte']:
        kw['cte'] = d['cte']
    m.set_content(d['body'], **kw)
    if d['html']:
        hk = dict(kw)
        m.add_alternative(d['html'], subtype='html', **hk)
    for a in d['atts']:
        kind = a[0]
        if kind == 'text':
            _, fn, txt, sub = a[:4]
            cs = a[4] if len(a) > 4 else 'utf-8'
            m.add_attachment(txt, subtype=sub, filename=fn, charset=cs)
        elif kind == 'bin':
            _, fn, txt, mt, st = a
            data = txt.encode('utf-8') if isinstance(txt, str) else txt
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        elif kind == 'zip':
            _, fn, files = a
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                for inner, txt in files:
                    zi = zipfile.ZipInfo(inner, date_time=(2026, 3, 2, 9, 15, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, txt)
            m.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=fn)
    if d['fwd']:
        inner = build(d['fwd'], n * 100)
        m.add_attachment(inner)
    return m


def inner(frm, to, subj, date, body, mid=None):
    return dict(frm=frm, to=to, subj=subj, date=date, body=body, html=None, cc=None,
                charset='utf-8', cte=None, atts=(), mid=mid, extra={}, fwd=None)

# ---------------------------------------------------------------- phi-care
M('phi', 'care', 'Okafor',
  '"Lindqvist, Maren RN" <maren.lindqvist@halvorsenmed.org>',
  '"IR Scheduling" <ir.scheduling@halvorsenmed.org>',
  'add-on tomorrow AM?', 'Mon, 02 Mar 2026 16:42:10 -0500',
  """Hi team,

Dr. Bhatt wants to know if there is any way to squeeze in a PICC for Chidi Okafor (7 North, bed 14) tomorrow morning. His peripheral went overnight and we have had two failed sticks today. He is on q8h IV antibiotics through 3/20 so he needs the line before discharge.

He ate lunch at 12:30, can keep him NPO after midnight if needed.

Thanks,
Maren
7N charge, ext 4-6619
""")

M('phi', 'care', 'Vasquez-Hale',
  '"Dr. Tomas Reinholt" <treinholt@halvorsenmed.org>',
  '"Priya Anand" <panand@halvorsenmed.org>',
  'RE: Vasquez-Hale echo', 'Tue, 03 Mar 2026 07:58:31 -0500',
  """Read it last night. EF 55%, no wall motion abnormality, trivial MR. Nothing here that changes the plan, fine to go ahead with the knee on the 12th from my side. I'll sign the pre-op note this morning.

T.

-----Original Message-----
From: Anand, Priya
Sent: Monday, March 2, 2026 5:14 PM
To: Reinholt, Tomas
Subject: Vasquez-Hale echo

Tomas - Mrs. Vasquez-Hale's TTE got done this afternoon in the 3rd floor lab, report should be in the system. Ortho is waiting on cardiology clearance before they lock in the OR date. Can you take a look when you get a chance?

Priya Anand, NP
Pre-Anesthesia Testing Clinic
""")

M('phi', 'care', 'Brandt',
  '"Halvorsen MyChart" <noreply-portal@halvorsenmed.org>',
  '"Eleanor Brandt" <ellie.brandt58@gmail.com>',
  'Your appointment is confirmed', 'Wed, 04 Mar 2026 10:02:44 -0500',
  """Dear Eleanor Brandt,

Your appointment has been scheduled.

  Visit type:   Colonoscopy
  Date:         Thursday, March 26, 2026
  Arrive by:    7:15 AM
  Location:     Digestive Health Center, Pavilion B, 2nd floor
  Provider:     Rashid Osei, MD

Prep instructions were mailed to the address on file and are also available in MyChart under Letters. You must have a responsible adult drive you home.

To cancel or reschedule, call 617-340-2290 at least 72 hours before your visit.

This is an automated message. Please do not reply.
""",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d8d8d8">
<tr><td style="background:#00467f;color:#fff;padding:14px 20px;font-size:18px">Halvorsen Medical Center &mdash; MyChart</td></tr>
<tr><td style="padding:20px">
<p>Dear Eleanor Brandt,</p>
<p>Your appointment has been scheduled.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Visit type</b></td><td>Colonoscopy</td></tr>
<tr><td><b>Date</b></td><td>Thursday, March 26, 2026</td></tr>
<tr><td><b>Arrive by</b></td><td>7:15 AM</td></tr>
<tr><td><b>Location</b></td><td>Digestive Health Center, Pavilion B, 2nd floor</td></tr>
<tr><td><b>Provider</b></td><td>Rashid Osei, MD</td></tr>
</table>
<p>Prep instructions were mailed to the address on file and are also available in MyChart under <i>Letters</i>. You must have a responsible adult drive you home.</p>
<p>To cancel or reschedule, call 617-340-2290 at least 72 hours before your visit.</p>
<p style="color:#888;font-size:11px">This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>""")

M('phi', 'care', 'Lutz',
  'Kwame Mensah <kmensah@halvorsenmed.org>',
  'Pharmacy Refill Line <rx-refills@halvorsenmed.org>',
  'refill request', 'Wed, 04 Mar 2026 13:20:05 -0500',
  """pt Harold Lutz called again re his warfarin refill, says CVS on Centre St never got it. Last INR was 2.4 on 2/26 in anticoag clinic. Dr. Feeney is out till Mon -- can one of the covering pharmacists send 5mg #30 to the CVS? his cell 781 224 0938

Sent from my iPhone
""")

M('phi', 'care', 'Tran',
  '"Sullivan, Bridget" <bsullivan@halvorsenmed.org>',
  '"Nguyen, Hoa (Radiology)" <hnguyen2@halvorsenmed.org>',
  'FW: prior images from outside hospital', 'Thu, 05 Mar 2026 09:11:57 -0500',
  """Hoa, can you help with this one? Film library says they never got the disc.

Bridget

________________________________
From: Deborah Kline <dkline@northshoreortho.com>
Sent: Wednesday, March 4, 2026 3:48 PM
To: Sullivan, Bridget
Subject: prior images from outside hospital

Hello Bridget,

We overnighted a CD on 2/27 with the lumbar MRI and the CT myelogram for our mutual patient Kevin Tran (DOB 09/14/1971). Dr. Albrecht is seeing him in your spine clinic on the 10th and our surgeon asked that those studies be loaded to PACS for comparison before that visit. FedEx shows it was signed for by "J. MORALES" at your loading dock.

If it got lost we can burn another one, just let me know.

Deborah Kline
Medical Records | North Shore Orthopedic Associates
p 978.555.0148  f 978.555.0149
""")

M('phi', 'care', 'Ferreira',
  '"Dr. Anika Sorensen" <asorensen@halvorsenmed.org>',
  '"Tiago Ferreira" <tiago.ferreira@outlook.com>',
  'Your lab results', 'Thu, 05 Mar 2026 18:30:00 -0500',
  """Hi Mr. Ferreira,

Thanks for getting your blood drawn on Tuesday. Quick summary since I know the portal just shows numbers:

- Your A1c came back at 6.1, down from 6.8 in September. That is a real improvement.
- Cholesterol panel is about the same as last time. LDL 118.
- Kidney function and potassium are normal, so the lisinopril dose is fine to continue.

No changes to your medicines. Let's repeat the A1c in 6 months; the front desk will send you a reminder. Keep doing what you're doing with the walking.

Best,
Dr. Sorensen
Internal Medicine, Brookline Primary Care
""", charset='iso-8859-1', cte='quoted-printable')

M('phi', 'care', 'Whitfield',
  '"Ortiz, Camila" <cortiz@halvorsenmed.org>',
  '"OR Board 5" <orboard5@halvorsenmed.org>',
  'Room 12 running late - Whitfield', 'Fri, 06 Mar 2026 11:05:42 -0500',
  """FYI 12 is still closing on the first case, looks like 45 more min. Whitfield (2nd case, lap chole, Dr. Haddad) is in pre-op holding bay 6 with his wife. Anesthesia already did the consent. Someone please let pre-op know so they can update the family.
CO
""")

M('phi', 'care', 'Abernathy',
  '"Mills, Jordan (Case Mgmt)" <jmills@halvorsenmed.org>',
  '"Greenleaf Rehab Admissions" <admissions@greenleafrehab.net>',
  'Referral: Ruth Abernathy, ready 3/9', 'Fri, 06 Mar 2026 14:22:18 -0500',
  """Good afternoon,

Sending over a referral for acute rehab. Ruth Abernathy, 81, admitted 2/28 after a right hip ORIF. Currently ambulating 40 ft with rolling walker and mod assist x1, PT/OT notes attached in the packet. Medicare primary, Tufts Medicare Preferred secondary. Medically ready Monday 3/9.

Family (daughter Joan, 508-771-3306) prefers Greenleaf since it's close to her.

Could you let me know by Monday AM if you have a bed?

Thank you,
Jordan Mills, RN, CCM
Case Management, 6 West
Halvorsen Medical Center
Tel 617-340-8871 | Fax 617-340-8800

CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
""")

# ---------------------------------------------------------------- phi-names
M('phi', 'names', 'Delacroix',
  '"Hannah Pruitt" <hpruitt@halvorsenmed.org>',
  '"Peds Heme-Onc Nurses" <pho-rn@halvorsenmed.org>',
  'Mimi', 'Sat, 07 Mar 2026 20:14:03 -0500',
  """Hey all,

Just wanted to let everyone know Mimi Delacroix went home today!! Mom sent a picture of her in the car seat holding the sign we made. She'll be back Thursday for counts and her next round in the day hospital, so you'll all see her.

Thank you for everything these past 5 weeks, especially nights. Her dad asked me to pass along that he'll never forget Luis singing to her at 3am.

Hannah
""")

M('phi', 'names', 'Kowalczyk',
  '"Greg Harmon" <gharmon@halvorsenmed.org>',
  '"Patient Relations" <patientrelations@halvorsenmed.org>',
  'Kowalczyk, Stanley - complaint follow-up', 'Mon, 09 Mar 2026 08:47:26 -0400',
  """Good morning,

I spoke with the son yesterday. His complaint is basically that his father sat in the ED hallway for 11 hours on 3/1 before getting a bed on 5 East, and that nobody told the family about the change in his heart medication before he went home. I apologized for the wait and told him we'd review the medication communication piece with the unit manager (Dana Whitcomb) and the hospitalist group.

Son's name is Peter, best number is 774-203-6115. He asked for a call back from someone "above the unit level" by end of week. His original email is attached.

Greg Harmon
Patient Experience Liaison
""",
  fwd=inner('Peter Kowalczyk <pkowalczyk.hvac@gmail.com>', 'feedback@halvorsenmed.org',
            'My father Stanley Kowalczyk - unacceptable', 'Thu, 05 Mar 2026 21:33:00 -0500',
            """To whoever reads these,

My father Stanley Kowalczyk is 84 years old. On Sunday March 1 he was brought to your emergency room by ambulance and he sat on a stretcher in a HALLWAY for 11 hours. He could not get to a bathroom by himself. Then he was upstairs on 5 East for 3 days and sent home with a different heart pill (they stopped his metoprolol and gave him something else) and NOBODY told me or my sister. We found out from the pharmacy.

I want a call from someone in charge.

Peter Kowalczyk
774-203-6115
"""))

M('phi', 'names', 'Seo',
  '"Dr. Rebecca Lam" <rlam@halvorsenmed.org>',
  '"Abdi, Farhan MD" <fabdi@halvorsenmed.org>',
  'RE: your guy from clinic', 'Mon, 09 Mar 2026 12:31:09 -0400',
  """Yes - Mr. Seo's path came back and it's what we thought. I called him myself this morning. He took it pretty well, his daughter was on speaker. I've put in the onc referral and asked them to see him within 2 weeks.

Thanks for the heads up about his hearing, I'd never have known otherwise.

R

> On Mar 8, 2026, at 9:02 PM, Farhan Abdi <fabdi@halvorsenmed.org> wrote:
>
> Rebecca - your guy from Thursday clinic (Daniel Seo, the retired engineer with the bx) came through the ED tonight with a nosebleed, unrelated, packed and sent home.
> FYI he's very hard of hearing on the left and didn't want to admit it, so talk to him on the right side when you call with results.
> F
""")

M('phi', 'names', 'Pereira',
  '"Nadia Flores" <nflores@halvorsenmed.org>',
  '"Bellamy, Tom" <tbellamy@halvorsenmed.org>',
  'covering this weekend', 'Fri, 13 Mar 2026 17:02:49 -0400',
  """Tom,

Handoff for the weekend, only two things:

1) Gabe (Gabriel Pereira, the 19yo in 412) - his mom keeps asking when the drain comes out. I told her Monday at the earliest, Dr. Whitley wants the output under 30 for 24h first. She's upset, please be patient with her.

2) Ms. O'Rourke's son wanted a copy of the MRI report. He's NOT on her release form, so please don't give it to him - she's alert and can sign one herself if she wants.

Otherwise quiet. Have a good one.
Nadia
""")

M('phi', 'names', 'Hollis',
  '"Anne-Marie Hollis" <amhollis@verizon.net>',
  '"Dr. Singh Office" <neurology.singh@halvorsenmed.org>',
  'my husband Ray', 'Sun, 15 Mar 2026 22:40:11 -0400',
  """Dear Dr. Singh's office,

I am writing about my husband, Raymond Hollis. Since you increased the Sinemet at his last appointment in February he has been having more of the jerky movements in the evening and he fell twice in the kitchen this week. He did not hit his head. He doesn't want me to bother you but I am worried.

Can Dr. Singh call me or should we come in sooner than April 22? My number is 339-555-0172, I am home all day.

Thank you,
Anne-Marie Hollis
""")

M('phi', 'names', 'Quaye',
  '"Beth Olander" <bolander@halvorsenmed.org>',
  '"Dietitians" <nutrition-staff@halvorsenmed.org>',
  'Quaye tube feeds again', 'Mon, 16 Mar 2026 10:10:10 -0400',
  """Whoever has 8 Lakeside today - Mrs. Quaye's feeds got held again overnight for residuals. Team is asking if we should switch her to post-pyloric. Her daughter Efua is the one at bedside most days, she speaks for her mom, very on top of things.

Beth
""")

M('phi', 'names', 'Marchetti',
  '"Carl Marchetti" <carl.marchetti@comcast.net>',
  '"Billing Customer Service" <billing@halvorsenmed.org>',
  'Re: Statement for MARCHETTI, LUCIA', 'Tue, 17 Mar 2026 09:03:33 -0400',
  """To whom it may concern,

My mother Lucia passed away in January. You keep sending statements addressed to her for the ER visit and the ambulance in December. I am the executor of her estate. Please send me what you need to close this out, and stop calling her house number. I have already sent the death certificate to Medicare.

Carl Marchetti

On Mon, Mar 16, 2026 at 4:12 PM Billing Customer Service <billing@halvorsenmed.org> wrote:
> Dear Patient,
> Your account has a balance of $412.80 after insurance for services on 12/18/2025.
> Please pay online or call 617-340-1100.
""")

M('phi', 'names', 'Jamison',
  '"Sgt. Ray Pellegrino" <rpellegrino@halvorsenmed.org>',
  '"Security Supervisors" <security-sup@halvorsenmed.org>',
  'incident 3/17 ED pod C', 'Wed, 18 Mar 2026 02:15:57 -0400',
  """Supervisors,

At approx 2240 officers responded to ED pod C room 31 for an agitated male, later identified as Travis Jamison. Pt was on a Section 12 hold and attempted to leave. Dr. Kaur and charge RN Wen Li requested assistance. Pt was redirected without physical restraint, security sitter posted until psych eval completed. No injuries to staff. Pt's girlfriend was escorted out of the building at 2305 after verbal altercation with staff.

Full report in Guardian under #26-0318.

Sgt. R. Pellegrino
""")
# ---------------------------------------------------------------- phi-self
M('phi', 'self', 'Gallagher',
  'Siobhan Gallagher <shivvyg@yahoo.com>',
  'appointments@halvorsenmed.org',
  'need to move my MRI', 'Wed, 04 Mar 2026 06:51:20 -0500',
  """hi, this is Siobhan Gallagher, birthday 5/2/1990. I have a breast MRI on friday the 6th at 8am but my daughter's school is closed that day and I have no childcare. can I do the following week? any morning after 9:30 works. thanks
""")

M('phi', 'self', 'Rahimi',
  '"Darius Rahimi" <d.rahimi@protonmail.com>',
  '"Sleep Medicine Clinic" <sleep@halvorsenmed.org>',
  'CPAP machine question + prior auth letter', 'Thu, 05 Mar 2026 21:17:02 -0500',
  """Hello,

I had my sleep study in your lab on January 14 and saw Dr. Petrakis on February 3. She said I'd be getting an auto-CPAP but the DME company (Apria) says my insurance (Harvard Pilgrim, member ID HPH90318847) denied it because they need "documentation of face to face evaluation and AHI". I thought you already sent that?

I'm not sleeping well and I drive for work, so I really need this sorted. Could someone send them the study report and the visit note? Their fax is 866-291-4470.

Thanks,
Darius Rahimi
DOB 11/30/1983
""")

M('phi', 'self', 'Boateng',
  '"Grace Boateng" <grace.boateng@gmail.com>',
  '"Dr. Whitley" <cwhitley@halvorsenmed.org>',
  'Fwd: Kofi after surgery', 'Sat, 07 Mar 2026 13:44:38 -0500',
  """Dr Whitley I am forwarding what I sent to the nurse line because nobody called back. My son Kofi is 7 and had his tonsils out on Wednesday. Today he has some bright red blood when he spits and he won't drink anything. Should I take him to the emergency? Please tell me what to do

Grace Boateng
617 602 8845

---------- Forwarded message ---------
From: Grace Boateng <grace.boateng@gmail.com>
Date: Sat, Mar 7, 2026 at 10:02 AM
Subject: Kofi after surgery
To: <entnurse@halvorsenmed.org>

Hello my son Kofi Boateng had tonsillectomy on 3/4 with Dr Whitley. He has some blood in his spit this morning and not drinking much. Please call me.
""")

M('phi', 'self', 'Kessler',
  '"Miriam Kessler" <miriamk@kesslerlaw.com>',
  '"Release of Information" <roi@halvorsenmed.org>',
  'Records request - my own chart', 'Mon, 09 Mar 2026 11:26:40 -0400',
  """Dear Records Department,

I'd like a complete electronic copy of my medical records from January 2024 to present, including the operative report from my thyroidectomy (June 2024), all pathology, endocrinology notes and lab results. I'm moving to Denver and my new endocrinologist needs them.

Name: Miriam R. Kessler
Date of birth: 02/19/1977
MRN (from my wristband, I kept it): 004417762
Current address: 45 Elm Hill Ave, Apt 3, Newton MA 02458

I've attached a signed authorization form. Please send the records to this email address through your secure system.

Kind regards,
Miriam Kessler
""",
  atts=[('bin', 'ROI_authorization_signed.txt',
         'AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n\nPatient: Miriam R. Kessler   DOB: 02/19/1977   MRN: 004417762\nRelease to: Patient (self)\nInformation: Complete record 01/2024 - present\nPurpose: Continuity of care\nSignature: /s/ Miriam R. Kessler   Date: 03/09/2026\n',
         'application', 'octet-stream')])

M('phi', 'self', 'Doyle',
  '"Patrick Doyle" <pdoyle1949@aol.com>',
  '"Cardiology Front Desk" <cardio-frontdesk@halvorsenmed.org>',
  'RE: RE: monitor', 'Tue, 10 Mar 2026 15:55:19 -0400',
  """OK I WILL MAIL IT BACK TOMORROW. THE STICKY PADS GAVE ME A RASH ON MY CHEST BUT I WORE IT THE WHOLE 14 DAYS LIKE DR CHO SAID. DO I GET THE RESULTS AT MY NEXT APPOINTMENT OR WILL SOMEBODY CALL.
PAT DOYLE

-----Original Message-----
From: Cardiology Front Desk <cardio-frontdesk@halvorsenmed.org>
Sent: Tue, Mar 10, 2026 2:10 pm
Subject: RE: monitor

Hi Mr. Doyle, you can drop it in any mailbox using the prepaid envelope that came in the box. No need to bring it to the clinic. - Marisol

-----Original Message-----
From: Patrick Doyle
Sent: Tue, Mar 10, 2026 1:31 pm
Subject: monitor

MY HEART MONITOR PATCH IS DONE WHERE DO I BRING IT
""")

M('phi', 'self', 'Whitaker',
  '"Lena Whitaker" <lenawhitaker@icloud.com>',
  '"Halvorsen Patient Billing" <billing@halvorsenmed.org>',
  'Why was I billed $1,840??', 'Wed, 11 Mar 2026 19:08:51 -0400',
  """I just got a bill for $1,840 for my ultrasound and the pelvic exam at the Women's Health clinic on January 22. Account number 77120459. My insurance (BCBS) explanation of benefits says it was denied as "out of network provider" but your clinic is IN network, I checked before I went!!

I am not paying this until someone explains it. Please resubmit it properly.

Lena Whitaker
""",
  html="""<div dir="ltr"><div>I just got a bill for <b>$1,840</b> for my ultrasound and the pelvic exam at the Women's Health clinic on January 22. Account number 77120459. My insurance (BCBS) explanation of benefits says it was denied as &quot;out of network provider&quot; but your clinic is IN network, I checked before I went!!</div><div><br></div><div>I am not paying this until someone explains it. Please resubmit it properly.</div><div><br></div><div>Lena Whitaker</div></div>""")

M('phi', 'self', 'Moreau',
  '"Jean-Luc Moreau" <jl.moreau@free.fr>',
  '"International Patient Services" <intl@halvorsenmed.org>',
  'Follow-up after my stay in Boston', 'Thu, 12 Mar 2026 04:30:12 -0400',
  """Dear Madam, Sir,

I was hospitalized at your hospital from 14 to 19 February after a fall during my holidays (broken wrist, operated by Dr. Haddad). I am now back in Lyon. My surgeon here asks for the operative report and the X-rays after the operation, because he will remove the plaster next week.

Also I received the invoice (n° 2026-INT-00381) and my insurance AXA Assistance will pay directly, I send you their letter of guarantee. Please confirm you received it.

My date of birth is 23/07/1958.

Best regards,
Jean-Luc Moreau
Tél. +33 4 78 62 19 05
""", charset='iso-8859-1')
# ---------------------------------------------------------------- phi-lists
M('phi', 'lists', 'Ibarra',
  '"Wen Li, RN" <wli3@halvorsenmed.org>',
  '"ED Charge Nurses" <ed-charge@halvorsenmed.org>',
  'boarders at 0600', 'Thu, 19 Mar 2026 06:04:27 -0400',
  """Boarders at 0600, 9 total. Bed mgmt aware.

Rm   Name               Age  Admit to      Waiting for        Hrs
C31  Jamison, T         34   Psych         placement          31
C33  Ibarra, Rosa       67   Medicine      tele bed           14
B12  Nakamura, Ken      52   Cards         CCU                 9
B14  Fitzgerald, Maeve  88   Medicine      floor w/ sitter    12
A3   Oduya, Samuel      41   Surgery       post-op bed         6
HW2  Lindgren, Paul     73   Medicine      any                 7
HW4  Baptiste, Yves     29   Medicine      floor               4
C35  Hassan, Ilham      16   Peds          PICU step-down      5
A7   Mercer, Dale       60   Neuro         stroke unit         3

Ibarra's daughter is asking for the manager, FYI.
""")

M('phi', 'lists', 'Park',
  '"Tamsin Ruiz" <truiz@halvorsenmed.org>',
  '"Dr. Alan Feeney" <afeeney@halvorsenmed.org>',
  'INR callbacks today', 'Thu, 19 Mar 2026 15:40:00 -0400',
  """Dr. Feeney, here are today's anticoag clinic callbacks that need your sign off:

- Park, Jae-won - INR 4.1 (goal 2-3). Held tonight's dose, recheck Monday. Denies bleeding.
- Ellison, Margaret - INR 1.6. Missed 2 doses over the weekend per pt. Resume usual, recheck 1 wk.
- Sutherland, Gordon - INR 2.7, stable, next check 4 wks.
- Abreu, Fatima - INR 3.4, on new Bactrim from urgent care. Reduced to 2.5mg x 3 days.
- Lutz, Harold - INR 2.4, no changes (refill sent by covering RPh 3/5).

Thanks,
Tamsin Ruiz, PharmD
""")

M('phi', 'lists', 'Castellano',
  '"Dermatology Scheduling" <derm-sched@halvorsenmed.org>',
  '"Dr. Yuki Tanaka" <ytanaka@halvorsenmed.org>',
  'Tomorrow - Mohs schedule (pasted from Epic)', 'Mon, 23 Mar 2026 16:15:36 -0400',
  """Dr. Tanaka - tomorrow's Mohs list below. Note Mr. Castellano moved to 7:30 since he's on Eliquis and needs the longer slot.

Time\tPatient\tMRN\tDOB\tSite\tNotes
07:30\tCASTELLANO, VINCENT\t003928115\t04/11/1944\tL nasal ala\ton apixaban, held x48h per cards
09:00\tHOLT, PRISCILLA\t006617340\t12/03/1956\tR temple\t
10:00\tOYELARAN, TUNDE\t005120987\t07/22/1962\tL ear helix\tneeds interpreter (Yoruba) - requested
11:00\tBECKER, ANNELIESE\t002984471\t09/09/1939\tscalp vertex\twheelchair, daughter driving
13:00\tMORALES, JUAN CARLOS\t007702215\t01/30/1971\tR lower lip\t
14:00\tFINCH, DOROTHY\t001547330\t06/15/1948\tL cheek\tpacemaker - bipolar cautery only

Let me know if you want anything switched.
Rosalind
""")

M('phi', 'lists', 'Nwosu',
  '"Karina Sobel" <ksobel@halvorsenmed.org>',
  '"QI Committee - Sepsis" <qi-sepsis@halvorsenmed.org>',
  'Feb SEP-1 fallouts for chart review', 'Tue, 24 Mar 2026 09:30:14 -0400',
  """Hi all,

Attached are the February SEP-1 bundle fallouts that abstraction flagged. 6 cases this month, most are the 3-hour lactate repeat again. Please pick 2 each and bring your review to the April 7 meeting. I put the MRNs in the sheet so you can pull the charts; please don't forward outside the committee.

Karina Sobel, RN, MSN
Quality & Patient Safety
""",
  atts=[('text', 'SEP1_fallouts_Feb2026.csv',
         'MRN,Patient,Arrival,Unit,Failed element,Abstractor note\n'
         '005531209,"Nwosu, Adaeze",2026-02-03 14:22,ED->MICU,Repeat lactate >6h,initial lactate 4.8 at 14:51; repeat 21:30\n'
         '002271845,"Greer, Thomas",2026-02-07 02:10,ED->5E,Blood cx after abx,cx drawn 03:05 abx 02:48\n'
         '006604112,"Silva, Marta",2026-02-11 19:45,ED->7N,30 mL/kg fluids,documented 1L only; wt 92kg\n'
         '001990274,"Ahmadi, Reza",2026-02-15 11:02,6W (inpt onset),Repeat lactate >6h,\n'
         '004488316,"Kimball, June",2026-02-19 08:40,ED->MICU,Vasopressor timing,levo started 4h10m after hypotension\n'
         '007013558,"Dufresne, Claude",2026-02-26 23:15,ED->4S,Repeat lactate >6h,pt left AMA before repeat - exclusion?\n',
         'csv')])

M('phi', 'lists', 'Romero',
  '"Sofia Brennan" <sbrennan@halvorsenmed.org>',
  '"Peds Clinic Staff" <peds-clinic@halvorsenmed.org>',
  'No-shows this week - please call', 'Fri, 27 Mar 2026 12:01:45 -0400',
  """Hi team, these families missed well-child or vaccine visits this week. Can the MAs try to reach them before Tuesday? Notes from me in brackets.""",
  html="""<html><head><style>
table.ns {border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt}
table.ns td, table.ns th {border:1px solid #999;padding:3px 8px}
table.ns th {background:#dce6f1}
</style></head><body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hi team, these families missed well-child or vaccine visits this week. Can the MAs try to reach them before Tuesday? Notes from me in brackets.</p>
<table class="ns">
<tr><th>Child</th><th>DOB</th><th>Missed visit</th><th>Parent/phone</th><th>Note</th></tr>
<tr><td>Romero, Isabella</td><td>08/02/2024</td><td>18 mo WCC + MMR/Varicella</td><td>Daniela 617-418-2231</td><td>[2nd no-show, Spanish]</td></tr>
<tr><td>Tesfaye, Abel</td><td>01/15/2022</td><td>4 yr WCC</td><td>Meron 857-266-0914</td><td></td></tr>
<tr><td>McCarthy, Liam</td><td>11/30/2025</td><td>4 mo WCC + vaccines</td><td>Kayleigh 781-590-4473</td><td>[mom said car broke down]</td></tr>
<tr><td>Pham, Anh Thu</td><td>05/19/2019</td><td>Flu #2</td><td>Linh 617-233-8106</td><td>[Vietnamese]</td></tr>
</table>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Thanks!<br>Sofia Brennan, RN<br>Pediatric Primary Care, Jamaica Plain</p>
</body></html>""")

M('phi', 'lists', 'Goldberg',
  '"Dr. Ines Carvalho" <icarvalho@halvorsenmed.org>',
  '"Neurosurgery Residents" <nsgy-res@halvorsenmed.org>',
  'signout 3/28', 'Sat, 28 Mar 2026 18:52:03 -0400',
  """Signout. Sorry it's late.

NSICU
* Goldberg 62M POD2 crani, neuro checks q1, SBP<140, repeat CT 0400 ordered. Wife staying overnight.
* Aydin 45F SAH day 5, TCD in AM, watch Na (134 this pm).
* Bellweather 78M SDH s/p burr holes, restarting ASA per Dr Kline d/w family, ok.

Floor (9 Lakeside)
* Chen 33F L4-5 micro, going home tomorrow if she voids, PT cleared.
* Okonkwo 70M shunt revision, afebrile, CSF cx NGTD x48h.

ED consults pending: 1 (fall, on Eliquis, small SDH, stable, they're calling back w/ repeat).

Ines
""")

M('phi', 'lists', 'Sandoval',
  '"Lorraine Pike" <lpike@halvorsenmed.org>',
  '"Kessel, Robert (Revenue Cycle)" <rkessel@halvorsenmed.org>',
  'FW: denials needing clinical review', 'Mon, 30 Mar 2026 10:17:29 -0400',
  """Bob - forwarding the UM list, 4 of these are ours. Can your team pull the clinicals?

Lorraine

From: Utilization Mgmt <um@halvorsenmed.org>
Sent: Monday, March 30, 2026 8:05 AM
To: Pike, Lorraine
Subject: denials needing clinical review

Payer denials received 3/23-3/27, inpatient level of care:

  1. SANDOVAL, ERNESTO   acct 88120334  admit 03/02  Aetna      denied IP, approved obs
  2. WHITCOMB, ALICE     acct 88120781  admit 03/04  UHC        denied day 4-6
  3. NAKASHIMA, GEN      acct 88121002  admit 03/06  MassHealth denied IP, no auth on file
  4. OYELOWO, PRECIOUS   acct 88121460  admit 03/09  Aetna      denied IP, approved obs
  5. LEBLANC, ROGER      acct 88122018  admit 03/12  Tufts      peer-to-peer offered, deadline 4/2

Peer-to-peer for LeBlanc must be scheduled by Thursday.
""")
# ---------------------------------------------------------------- phi-struct
M('phi', 'struct', 'Albright',
  '"Dev Patel (Interfaces)" <dpatel@halvorsenmed.org>',
  '"Lab Systems" <labsys@halvorsenmed.org>',
  'ORU from Quest not filing - sample msg', 'Tue, 03 Mar 2026 11:48:22 -0500',
  """Here's one of the results that's erroring in the inbound queue. OBX-3 uses their local code and it isn't in our translation table, so it drops to the error queue instead of filing to the chart. There are ~40 of these since Friday.

MSH|^~\\&|QUEST|QDI_NE|EPIC|HALVORSEN|20260303092211||ORU^R01|Q2603030922118841|P|2.5.1
PID|1||004839201^^^HMC^MR||ALBRIGHT^CONSTANCE^M||19520617|F|||118 Prospect St^^Quincy^MA^02169||(617)472-0583
PV1|1|O|BPC^^^HMC||||1487299310^SORENSEN^ANIKA
ORC|RE|ORD55810233|QD7734012
OBR|1|ORD55810233|QD7734012|TSH3^TSH 3RD GEN^L|||20260302081500|||||||||1487299310^SORENSEN^ANIKA||||||20260303091900|||F
OBX|1|NM|TSH3^TSH 3RD GEN^L||6.82|mIU/L|0.40-4.50|H|||F|||20260303091900
OBX|2|NM|FT4Q^FREE T4^L||0.9|ng/dL|0.8-1.8|N|||F|||20260303091900

Can someone in lab add TSH3 and FT4Q to the map? I can reprocess the queue after.

Dev
""")

M('phi', 'struct', 'Haddad',
  '"Clearinghouse Support" <support@claimbridge-edi.com>',
  '"HMC PB Billing EDI" <pb-edi@halvorsenmed.org>',
  'Ticket 448120 - rejected 837P batch, sample claim attached', 'Wed, 04 Mar 2026 14:05:00 -0500',
  """Hello,

Batch HMC0304A was rejected at the front end (999 AK5*R). The attached claim is the first one in the batch that fails: 2010BA NM109 member ID is 11 characters but the payer edit requires 9 + 2 suffix with no space. Please correct and resubmit. All 212 claims in the batch were held.

Regards,
Tanya
ClaimBridge EDI Support
""",
  atts=[('bin', 'HMC0304A_claim1.x12',
         'ISA*00*          *00*          *ZZ*HALVORSENPB    *ZZ*CLAIMBRIDGE    *260304*0912*^*00501*000004417*0*P*:~\n'
         'GS*HC*HALVORSENPB*CLAIMBRIDGE*20260304*0912*4417*X*005010X222A1~\n'
         'ST*837*0001*005010X222A1~\n'
         'BHT*0019*00*HMC0304A*20260304*0912*CH~\n'
         'NM1*85*2*HALVORSEN PHYSICIANS ORGANIZATION*****XX*1902877345~\n'
         'HL*1**20*1~\n'
         'HL*2*1*22*0~\n'
         'SBR*P*18*GRP40021**CI****CI~\n'
         'NM1*IL*1*HADDAD*SAMIR*J***MI*ZXB 4471920 01~\n'
         'N3*27 Walnut Park~\n'
         'N4*Newton*MA*02458~\n'
         'DMG*D8*19660903*M~\n'
         'NM1*PR*2*BLUE CROSS BLUE SHIELD MA*****PI*00700~\n'
         'CLM*PB2603041187*385***11:B:1*Y*A*Y*Y~\n'
         'HI*ABK:M17.11*ABF:M25.561~\n'
         'NM1*82*1*ALBRECHT*JONAS****XX*1336102288~\n'
         'LX*1~\n'
         'SV1*HC:99214*210*UN*1***1:2~\n'
         'DTP*472*D8*20260302~\n'
         'LX*2~\n'
         'SV1*HC:20610:RT*175*UN*1***1~\n'
         'DTP*472*D8*20260302~\n'
         'SE*22*0001~\nGE*1*4417~\nIEA*1*000004417~\n',
         'application', 'octet-stream')])

M('phi', 'struct', 'Mbeki',
  '"Eligibility Bot" <elig-noreply@halvorsenmed.org>',
  '"Registration Lead" <reg-lead@halvorsenmed.org>',
  '271 response needs review: coverage terminated', 'Thu, 05 Mar 2026 05:30:07 -0500',
  """Automated eligibility check for tomorrow's scheduled visits found 1 response requiring manual review.

Patient: MBEKI, THANDIWE   MRN 006123780
Visit: 03/06/2026 10:40  Infusion Center - Pavilion C
Reason flagged: EB*6 (inactive) returned for primary payer

Raw 271:
ST*271*0001*005010X279A1~
BHT*0022*11*ELG8830021*20260305*0530~
HL*1**20*1~
NM1*PR*2*TUFTS HEALTH PLAN*****PI*04271~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN MEDICAL CENTER*****XX*1649201733~
HL*3*2*22*0~
NM1*IL*1*MBEKI*THANDIWE****MI*T00918243~
DMG*D8*19880412*F~
EB*6**30~
DTP*347*D8*20260228~
MSG*COVERAGE TERMINATED - CONTACT EMPLOYER GROUP~
SE*13*0001~

Please contact patient before arrival to update insurance or set up self-pay estimate.
""")

M('phi', 'struct', 'Lindgren',
  '"Sam Whitford" <swhitford@halvorsenmed.org>',
  '"Research Informatics" <ri-dev@halvorsenmed.org>',
  'FHIR bundle from the sandbox is pulling real pts??', 'Fri, 06 Mar 2026 16:33:18 -0500',
  """Uh, the "test" bundle the vendor's app pulled from what we thought was the sandbox endpoint has what look like real patients in it. Attaching one entry. That MRN resolves in prod. I've revoked the client ID for now. Can we get on a call Monday with Compliance?

Sam
""",
  atts=[('bin', 'bundle_entry_0.json', '''{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 312,
  "entry": [
    {
      "fullUrl": "https://fhir.halvorsenmed.org/api/FHIR/R4/Patient/eX8k2Lq0pR3",
      "resource": {
        "resourceType": "Patient",
        "id": "eX8k2Lq0pR3",
        "identifier": [
          {"system": "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", "value": "003310558", "type": {"text": "MRN"}}
        ],
        "name": [{"use": "official", "family": "Lindgren", "given": ["Paul", "Erik"]}],
        "gender": "male",
        "birthDate": "1952-10-08",
        "address": [{"line": ["9 Sagamore Rd"], "city": "Braintree", "state": "MA", "postalCode": "02184"}]
      }
    },
    {
      "fullUrl": "https://fhir.halvorsenmed.org/api/FHIR/R4/Encounter/eQ1mZ9aa7",
      "resource": {
        "resourceType": "Encounter",
        "status": "in-progress",
        "class": {"code": "IMP", "display": "inpatient encounter"},
        "subject": {"reference": "Patient/eX8k2Lq0pR3"},
        "period": {"start": "2026-03-05T09:40:00-05:00"},
        "location": [{"location": {"display": "HMC 5 EAST 512-B"}}]
      }
    }
  ]
}
''', 'application', 'json')])

M('phi', 'struct', 'Oyelaran',
  '"Referral Coordinator - Hillcrest FHC" <referrals@hillcrestfhc.org>',
  '"HMC Dermatology Referrals" <derm-referrals@halvorsenmed.org>',
  'Referral packet w/ CCD', 'Mon, 09 Mar 2026 09:12:40 -0400',
  """Please see the attached continuity of care document for the referral faxed last week. The patient is scheduled with Dr. Tanaka; please confirm receipt.

Hillcrest Family Health Center - Referrals
""",
  atts=[('text', 'CCD_oyelaran.xml', '''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20260306110400-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="HFHC-220917" root="2.16.840.1.113883.3.8841"/>
      <addr><streetAddressLine>61 Ruthven St</streetAddressLine><city>Boston</city><state>MA</state><postalCode>02121</postalCode></addr>
      <telecom value="tel:+1-617-442-7716"/>
      <patient>
        <name><given>Tunde</given><family>Oyelaran</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19620722"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list><item>Basal cell carcinoma of skin of left ear (C44.211)</item><item>Essential hypertension</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>amlodipine 10 mg PO daily</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
''', 'xml')])

M('phi', 'struct', 'Fitzgerald',
  '"Cloverleaf Engine" <cloverleaf-alerts@halvorsenmed.org>',
  '"Integration On-Call" <int-oncall@halvorsenmed.org>',
  '[ALERT] ADT_OUT_PHARM thread down - 3 msgs in error', 'Sat, 07 Mar 2026 03:12:00 -0500',
  """Site: hmc_prod   Thread: adt_out_pharmacy   State: DOWN (connection refused 10.44.18.21:5510)
Messages in error db: 3

--- msg 1 of 3 ---
MSH|^~\\&|EPIC|HMC|OMNICELL|HMC|20260307030455||ADT^A02|88302144|P|2.3
EVN|A02|20260307030455
PID|1||002871560^^^HMC^MR||FITZGERALD^MAEVE^B||19371124|F
PV1|1|I|7N^714^A^HMC||||1730299841^TRAN^LINDA|||MED||||||||IP|4420198833

--- msg 2 of 3 ---
MSH|^~\\&|EPIC|HMC|OMNICELL|HMC|20260307030812||ADT^A03|88302160|P|2.3
EVN|A03|20260307030812
PID|1||005119472^^^HMC^MR||DUARTE^NELSON||19800305|M
PV1|1|I|5E^508^B^HMC||||1386602211^KAUR^SIMRAN|||SUR||||||||IP|4420197105

--- msg 3 of 3 ---
MSH|^~\\&|EPIC|HMC|OMNICELL|HMC|20260307031040||ADT^A01|88302177|P|2.3
EVN|A01|20260307031040
PID|1||007208831^^^HMC^MR||YILMAZ^AYSE||19911216|F
PV1|1|I|L&D^LD04^A^HMC||||1558830127^MORENO^CLARA|||OB||||||||IP|4420201556

Auto-resend will be attempted every 5 minutes.
""")

M('phi', 'struct', 'Grady',
  '"RightFax Server" <fax@halvorsenmed.org>',
  '"HIM Indexing Queue" <him-index@halvorsenmed.org>',
  'Inbound fax from 5083307712 - 4 pages', 'Mon, 09 Mar 2026 13:27:55 -0400',
  """You have received a 4-page fax. OCR text of page 1 below; full document attached.

==================== PAGE 1 (OCR) ====================
SOUTH COAST CARDIOLOGY, P.C.
1450 Purchase St, New Bedford, MA 02740
Phone (508) 330-7700   Fax (508) 330-7712

FAX COVER SHEET

To: Halvorsen Medical Center - Cardiac Surgery      Fax: (617) 340-5592
Attn: Dr. Olumide Adeyemi / surgical scheduling
From: Theresa Vance, RN for Dr. M. Castillo
Date: 03/09/2026        Pages (incl. cover): 4

RE: GRADY, WILLIAM T.   DOB 01/08/1955
Enclosed: cath report 03/04/26, echo 02/20/26, current med list.
Pt is being referred for surgical evaluation for CABG. Please call
pt directly to schedule: (508) 993-2471.

The documents accompanying this facsimile contain confidential
health information that is legally privileged. If you have received
this fax in error, please notify the sender immediately.
======================================================
""",
  atts=[('bin', 'fax_20260309132755.tif.txt', 'placeholder: TIFF image not rendered in text export\n', 'application', 'octet-stream')])

M('phi', 'struct', 'Varga',
  '"Tina Osterberg" <tosterberg@halvorsenmed.org>',
  '"Kowalski, Adam" <akowalski@quadrantlabs.com>',
  'Send-out reconciliation Feb (zipped)', 'Tue, 10 Mar 2026 10:44:19 -0400',
  """Adam,

Zipped export of February send-outs where our accession didn't match an invoice line from you. 5 rows. The first one (Varga) was billed twice on your side. Can you check?

Tina Osterberg
Lab Outreach Billing
""",
  atts=[('zip', 'sendout_recon_2026-02.zip', [
      ('sendout_recon_2026-02.csv',
       'accession,patient_last,patient_first,dob,mrn,test_code,test_name,collected,invoice_line,issue\n'
       'H26-0203-1188,Varga,Ildiko,1969-05-14,004120391,QL2201,Celiac panel,2026-02-03,INV4471-12;INV4471-13,duplicate charge\n'
       'H26-0206-0451,Sato,Kenji,1990-11-02,006771208,QL0915,Heavy metals urine 24h,2026-02-06,,no invoice line\n'
       'H26-0211-2207,Obi,Chinwe,1985-02-28,005890014,QL3340,Quantiferon,2026-02-11,INV4471-40,wrong price tier\n'
       'H26-0219-0903,Gustafson,Eric,1958-07-19,002338870,QL1102,Lyme Western blot,2026-02-19,,no invoice line\n'
       'H26-0224-1650,Rocha,Beatriz,1977-09-09,003006127,QL2201,Celiac panel,2026-02-24,INV4471-77,billed to pt not client\n')])])
# ---------------------------------------------------------------- phi-ids
M('phi', 'ids', '',
  '"Jess Amaral" <jamaral@halvorsenmed.org>',
  '"HIM Corrections" <him-corrections@halvorsenmed.org>',
  'wrong pt', 'Mon, 02 Mar 2026 14:14:14 -0500',
  """MRN 005872244 has a CT abd/pelvis from 2/27 that belongs to MRN 005872424 (transposed digits at registration). Please move. Reading radiologist already notified.
""")

M('phi', 'ids', '',
  '"Provider Services - Commonwealth Care Alliance" <provservices@ccalliance-mail.org>',
  '"HMC Central Billing Office" <cbo@halvorsenmed.org>',
  'Claim 2026031100472 - request for records', 'Wed, 11 Mar 2026 08:00:00 -0400',
  """Re: Claim # 2026031100472
Member ID: 5520918834
Member DOB: 06/21/1964
DOS: 02/12/2026 - 02/15/2026
Billed: $38,411.00

Please submit the discharge summary, operative note and itemized bill for the above claim within 30 days of this notice. Failure to respond will result in denial.

Upload through the provider portal or fax to 1-855-341-0117 referencing the claim number.

Provider Services
""")

M('phi', 'ids', '',
  'Blood Bank <bloodbank@halvorsenmed.org>',
  '"4 South Nurses" <4s-rn@halvorsenmed.org>',
  'specimen rejected', 'Thu, 12 Mar 2026 01:38:02 -0400',
  """Type & screen for MRN 007134602 rejected - label handwritten date doesn't match armband. 2 units are on hold pending new sample. Please redraw ASAP, OR at 0730.
Blood Bank x4-2210
""")

M('phi', 'ids', '',
  '"Owen Blackwood" <oblackwood@halvorsenmed.org>',
  '"PFS Team" <pfs-team@halvorsenmed.org>',
  'Re: acct 88119273', 'Fri, 13 Mar 2026 11:21:06 -0400',
  """Yep, that one's a self-pay convert. Guarantor called, coverage was MassHealth limited at DOS (ED only). The MRI on 2/9 isn't covered, so it needs a financial assistance application before it goes to collections. I put a 60 day hold on it.

> can someone look at acct 88119273, going to bad debt next cycle
""")

M('phi', 'ids', '',
  '"Pharmacy IV Room" <ivroom@halvorsenmed.org>',
  '"MICU Pharmacist" <micu-rph@halvorsenmed.org>',
  'label reprint', 'Sat, 14 Mar 2026 09:57:41 -0400',
  """Need reverification on order 44120987 (vanc 1750 mg q12h) for pt 003381120 in MICU-9, dose changed but label still says 1500. DOB on label 10/03/1959. Holding bag until you verify.
""")

M('phi', 'ids', '',
  '"UM Nurse Review" <um@halvorsenmed.org>',
  '"Auth Desk" <authdesk@halvorsenmed.org>',
  '278 pending - ref 9A77310K', 'Mon, 16 Mar 2026 15:03:50 -0400',
  """Auth ref 9A77310K still pending at Aetna, submitted 3/10.
Member W229104587, DOB 03/30/1971.
CPT 72148 + 72158 (MRI L-spine w/o and w/wo).
Scheduled 3/19 - if not approved by 3/18 noon we need to reschedule. Pls call the pt, number in the encounter.
""")

M('phi', 'ids', '',
  '"Margaret Oyelowo" <moyelowo@halvorsenmed.org>',
  '"Dr. Paolo Ricci" <pricci@halvorsenmed.org>',
  'RE: path', 'Tue, 17 Mar 2026 17:45:12 -0400',
  """S26-04418 is signed out. Margins clear, 0/14 nodes. Sending the addendum for HER2 tomorrow. Pt MRN 006240117 has her post-op visit w/ you 3/24.

Margaret

From: Ricci, Paolo
Sent: Tuesday, March 17, 2026 9:10 AM
To: Oyelowo, Margaret
Subject: path

any word on S26-04418? family keeps calling
""", cte='base64')
# ---------------------------------------------------------------- phi-lang
M('phi', 'lang', 'Romero',
  '"Daniela Romero" <dani.romero.88@hotmail.com>',
  '"Pediatría JP" <peds-clinic@halvorsenmed.org>',
  'cita de Isabella', 'Mon, 30 Mar 2026 08:12:33 -0400',
  """Buenos días,

Soy Daniela Romero, la mamá de Isabella Romero (nació el 2 de agosto de 2024). Me llamaron el viernes porque faltamos a la cita de los 18 meses y las vacunas. Perdón, la niña tenía fiebre y no quise llevarla así. Ya está bien.

¿Me pueden dar otra cita para la próxima semana? Puedo cualquier día después de las 2 de la tarde porque trabajo en la mañana. Mi teléfono es 617-418-2231.

Muchas gracias,
Daniela
""", charset='windows-1252', cte='quoted-printable')

M('phi', 'lang', 'Pham',
  '"Linh Pham" <linhpham.boston@gmail.com>',
  '"Nhi khoa JP" <peds-clinic@halvorsenmed.org>',
  'Re: Anh Thu tiêm phòng cúm mũi 2', 'Mon, 30 Mar 2026 19:40:02 -0400',
  """Chào chị Sofia,

Em là Linh, mẹ của bé Phạm Anh Thư (sinh ngày 19/05/2019). Em xin lỗi tuần trước em không đưa bé đi tiêm cúm mũi thứ hai được vì em phải đi làm ca đêm. Thứ Năm tuần này lúc 4 giờ chiều em đưa bé đến được không ạ?

Cảm ơn chị nhiều.
Linh

On Fri, Mar 27, 2026 at 3:15 PM Sofia Brennan <sbrennan@halvorsenmed.org> wrote:
> Hi Ms. Pham, this is Sofia from the pediatric clinic. Anh Thu missed her second flu shot this week. Please call us at 617-340-6200 to reschedule. (Interpreter available.)
""", cte='base64')

M('phi', 'lang', '张',
  '"张伟" <zhangwei1975@163.com>',
  '"International Patient Services" <intl@halvorsenmed.org>',
  '关于我父亲张国强的检查报告', 'Tue, 31 Mar 2026 22:05:47 -0400',
  """您好，

我是张国强的儿子张伟。我父亲（出生日期1948年3月12日，病历号 003554218）3月20日在贵院做了胸部CT和支气管镜检查，医生说一周后出结果，但是到现在还没有人联系我们。

我父亲不会说英语，请问能不能安排中文翻译，打电话给我：+1 617-285-9043（我在波士顿）。或者把报告发到这个邮箱，我翻译给他听。

谢谢！
张伟
""", cte='base64')

M('phi', 'lang', 'Joseph',
  '"Mirlande Augustin" <maugustin@halvorsenmed.org>',
  '"Dr. Keisha Osei-Bonsu" <kosei@halvorsenmed.org>',
  'Mesaj pou Madam Joseph / message for Mrs. Joseph', 'Wed, 01 Apr 2026 11:30:08 -0400',
  """Dr. Osei-Bonsu,

Madam Marie-Claude Joseph (Dorchester clinic, wednesday patient) called the interpreter line. Summary in English below, her own words in Kreyòl after in case you want the exact wording for the chart.

She ran out of her blood pressure pills 4 days ago (amlodipine), pharmacy says refill needs your OK. She has a headache since yesterday. I told her to go to urgent care if it gets worse or she has chest pain/weakness.

---
"Bonjou doktè, se Marie-Claude Joseph. Grenn tansyon mwen yo fini depi 4 jou, famasi a di fòk doktè a siyen ankò. Depi yè mwen gen yon ti tèt fè mal. Tanpri voye preskripsyon an bay Walgreens sou Blue Hill Ave. Mèsi anpil."
---

Mirlande Augustin
Medical Interpreter, Haitian Creole
""")

M('phi', 'lang', 'Nascimento',
  '"Rosângela Nascimento" <rosangela.nascimento@uol.com.br>',
  '"Ortopedia" <ortho-clinic@halvorsenmed.org>',
  'Fisioterapia depois da cirurgia do joelho', 'Thu, 02 Apr 2026 09:14:55 -0400',
  """Olá,

Meu nome é Rosângela Nascimento, fiz a cirurgia do joelho direito (LCA) com o Dr. Albrecht no dia 10 de março. Na consulta de retorno ele falou que eu ia começar a fisioterapia, mas até agora ninguém me ligou para marcar.

Moro em Framingham, se tiver fisioterapia mais perto seria melhor pra mim. Meu telefone é (508) 620-3317 e minha data de nascimento é 14/08/1986.

Obrigada,
Rosângela
""", charset='iso-8859-1', cte='quoted-printable')

M('phi', 'lang', 'Volkov',
  '"Андрей Волков" <a.volkov.ma@gmail.com>',
  '"Patient Family Liaison" <familyliaison@halvorsenmed.org>',
  'RE: папа / my father Mikhail Volkov, 6 West', 'Thu, 02 Apr 2026 23:02:11 -0400',
  """Sorry for my English, I write in Russian so my mother can read, and short English below.

Здравствуйте,

Мой отец, Михаил Волков, лежит у вас в отделении 6 West с 28 марта после инсульта. Сегодня врач сказал, что его хотят перевести в реабилитационный центр в понедельник. Мама очень переживает, она не говорит по-английски и не понимает, куда его переведут и кто будет платить. Можно ли организовать встречу с социальным работником и переводчиком в субботу?

English: my father Mikhail Volkov (room 6W-622) is going to rehab Monday after stroke. My mother needs meeting with social worker and Russian interpreter, Saturday if possible. My phone 617-733-4108.

Андрей Волков
""")

M('phi', 'lang', 'Wiśniewska',
  '"Katarzyna Wiśniewska" <kasia.wisniewska@wp.pl>',
  '"Halvorsen Billing" <billing@halvorsenmed.org>',
  'Rachunek - pobyt na SOR, styczeń', 'Fri, 03 Apr 2026 07:45:30 -0400',
  """Dzień dobry,

piszę w imieniu mojej mamy, Haliny Wiśniewskiej (ur. 03.11.1951). Była u Państwa na izbie przyjęć (emergency) 17 stycznia, kiedy odwiedzała mnie w Bostonie – złamany nadgarstek, gips i RTG. Dostała rachunek na 2 960 USD, numer konta 77133820.

Mama ma polisę podróżną z PZU, ale oni potrzebują szczegółowego rachunku (itemized bill) i kodów diagnozy. Czy mogą Państwo go przysłać na mój adres e-mail?

Z poważaniem,
Katarzyna Wiśniewska
""", cte='quoted-printable')
# ================================================================ CLEAN
# ---------------------------------------------------------------- clean-staff
M('clean', 'staff', '',
  '"Lindqvist, Maren RN" <maren.lindqvist@halvorsenmed.org>',
  '"7 North RNs" <7n-rn@halvorsenmed.org>',
  'swap for 3/14?', 'Tue, 03 Mar 2026 22:10:40 -0500',
  """Anyone want my Sat 3/14 day shift (0700-1930)? I can take a Sunday night in return, any Sunday in March except the 22nd. My sister's wedding got moved up. Text me 617-955-3042 or just reply here.

Maren
""")

M('clean', 'staff', '',
  '"Dr. Ines Carvalho" <icarvalho@halvorsenmed.org>',
  '"Neurosurgery Residents" <nsgy-res@halvorsenmed.org>',
  'RE: signout template', 'Sun, 29 Mar 2026 10:12:45 -0400',
  """Agree with Josh - let's move signout to the Epic handoff tool starting April 1 and stop emailing lists. Email signout isn't secure enough and half the time it's out of date by the time someone reads it.

I'll ask Dr. Kline to mention it at Wednesday conference. If the handoff report doesn't have a field you need (drain outputs, TCD schedule), send me a note and I'll ask the Epic team.

Ines

> From: Josh Feldman
> Sent: Saturday, March 28, 2026 11:40 PM
> Can we please stop doing signout over email? Apparently compliance flagged it. Also the lists get long.
""")

M('clean', 'staff', '',
  '"Rosalind Achebe" <rachebe@halvorsenmed.org>',
  '"Dermatology Staff" <derm-staff@halvorsenmed.org>',
  'Potluck Friday + Dr. Tanaka 10 years!', 'Wed, 25 Mar 2026 12:00:00 -0400',
  """Hi everyone!

Friday the 27th is Dr. Tanaka's 10th anniversary with the department, so we're doing a potluck in the Mohs break room from 12-1. Clinic is blocked 12-1:15 that day, all patients were moved already.

Sign-up sheet is on the fridge. So far we have 3 pasta salads, so please no more pasta salad :)

Card is going around at the front desk, sign it when Dr. T isn't looking.

Rosalind
""",
  html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi everyone!</p>
<p>Friday the 27th is <b>Dr. Tanaka's 10th anniversary</b> with the department, so we're doing a potluck in the Mohs break room from 12-1. Clinic is blocked 12-1:15 that day, all patients were moved already.</p>
<p>Sign-up sheet is on the fridge. So far we have 3 pasta salads, so <span style="color:#c00000">please no more pasta salad</span> :)</p>
<p>Card is going around at the front desk, sign it when Dr. T isn't looking.</p>
<p>Rosalind<br><span style="color:#7f7f7f;font-size:9pt">Practice Manager | Dermatology &amp; Mohs Surgery | Halvorsen Medical Center</span></p>
</body></html>""")

M('clean', 'staff', '',
  '"Beth Olander" <bolander@halvorsenmed.org>',
  '"Dietitians" <nutrition-staff@halvorsenmed.org>',
  'post-pyloric feeds - who places them now?', 'Tue, 17 Mar 2026 08:30:09 -0400',
  """Quick question for the group since this keeps coming up on rounds: now that GI stopped doing bedside bridle + NJ placement after 5pm, who is placing post-pyloric tubes overnight? IR says they'll do it but only as an add-on and it can take a day. Is anyone else seeing feeds held 24+ hrs waiting on placement?

I'd like to bring some numbers to Nutrition Committee in April. If you've had cases like this in the last month, just reply with the unit and roughly how long the wait was, no names please.

Beth
""")

M('clean', 'staff', '',
  '"Farhan Abdi" <fabdi@halvorsenmed.org>',
  '"EM Attendings" <em-attendings@halvorsenmed.org>',
  'Nosebleed carts', 'Thu, 12 Mar 2026 07:15:50 -0400',
  """Morning. Restocked the epistaxis cart in pod B last night after finding it had no Rhino Rockets or TXA pledgets. Third time this month. I've emailed supply chain (Marco) about par levels. If you use the last of anything, please put a sticky on the cart. Thanks.

Farhan
""")

M('clean', 'staff', '',
  '"Lorenzo Batista" <lbatista@halvorsenmed.org>',
  '"Tamsin Ruiz" <truiz@halvorsenmed.org>',
  'RE: RE: coverage for anticoag clinic', 'Fri, 20 Mar 2026 13:58:03 -0400',
  """Works for me. I'll cover Mon/Tue 4/6-4/7 and you take my Thursday 4/16. I'll update QGenda.

Lorenzo

From: Ruiz, Tamsin
Sent: Friday, March 20, 2026 1:31 PM
To: Batista, Lorenzo
Subject: RE: coverage for anticoag clinic

Ideally Monday and Tuesday, I'm at the ASHP meeting. Phone callbacks mostly, there's usually 8-12 a day, and Dr. Feeney signs off at 4.

From: Batista, Lorenzo
Sent: Friday, March 20, 2026 11:02 AM
Subject: coverage for anticoag clinic

Which days do you need?
""")

M('clean', 'staff', '',
  '"Dr. Rebecca Lam" <rlam@halvorsenmed.org>',
  '"Gen Med Faculty" <genmed-fac@halvorsenmed.org>',
  'Case for M&M - deidentified draft', 'Mon, 23 Mar 2026 20:20:20 -0400',
  """Hi all,

Draft of the case for April M&M, stripped of identifiers per policy. Please don't add details that would make it recognizable (dates, unit, age beyond decade).

A man in his 70s presented to clinic with 3 months of hoarseness and weight loss. Laryngoscopy was deferred twice because of scheduling. A biopsy eventually confirmed a malignancy that had progressed in the interval. Discussion points:
  1. Who owns the follow-up when a referral is "pending scheduling"?
  2. Closed-loop referral tracking in our ambulatory workflow
  3. Communicating results to patients with hearing loss

Comments by Friday please.

Rebecca
""")
# ---------------------------------------------------------------- clean-admin
M('clean', 'admin', '',
  '"HMC IT Service Desk" <itservicedesk@halvorsenmed.org>',
  '"All HMC Staff" <allstaff@halvorsenmed.org>',
  'PLANNED DOWNTIME: Epic upgrade Sat 3/21 01:00-05:00', 'Tue, 17 Mar 2026 12:00:00 -0400',
  """PLANNED DOWNTIME NOTICE

What: Epic version upgrade (February 2026 release)
When: Saturday, March 21, 01:00 - 05:00 (read-only BCA access from 00:45)
Who is affected: All inpatient units, ED, perioperative areas, labs, pharmacy

What to do:
 - Print your downtime reports by 00:30 (unit census, MAR, active orders).
 - Use paper requisitions for lab and imaging; runners will be available from the command center.
 - Do NOT re-enter orders after the system returns until your unit's downtime coordinator says so.

Questions: ext. 4-HELP (4-4357) or your unit super-user.

HMC Information Services
""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<table width="100%" style="background:#fff4ce;border:1px solid #e0c060"><tr><td style="padding:10px"><b style="font-size:13pt">PLANNED DOWNTIME NOTICE</b></td></tr></table>
<p><b>What:</b> Epic version upgrade (February 2026 release)<br><b>When:</b> Saturday, March 21, 01:00 &ndash; 05:00 (read-only BCA access from 00:45)<br><b>Who is affected:</b> All inpatient units, ED, perioperative areas, labs, pharmacy</p>
<p><b>What to do:</b></p>
<ul><li>Print your downtime reports by 00:30 (unit census, MAR, active orders).</li>
<li>Use paper requisitions for lab and imaging; runners will be available from the command center.</li>
<li>Do <u>NOT</u> re-enter orders after the system returns until your unit's downtime coordinator says so.</li></ul>
<p>Questions: ext. 4-HELP (4-4357) or your unit super-user.</p>
<p style="color:#666">HMC Information Services</p></body></html>""")

M('clean', 'admin', '',
  '"HMC Human Resources" <hr-benefits@halvorsenmed.org>',
  '"All Benefits-Eligible Employees" <benefits-eligible@halvorsenmed.org>',
  'Reminder: dependent eligibility verification due April 10', 'Wed, 18 Mar 2026 09:00:00 -0400',
  """Dear colleague,

As part of our annual audit, employees who cover a spouse or dependents on the HMC medical, dental or vision plans must submit proof of eligibility (marriage certificate, birth certificate, or tax return page showing dependents) by Friday, April 10.

Upload documents at benefits.halvorsenmed.org > My Dependents. Please do not email documents to HR.

Dependents whose eligibility is not verified will be removed from coverage effective May 1.

Thank you,
HMC Benefits Team
""")

M('clean', 'admin', '',
  '"Parking & Transportation" <parking@halvorsenmed.org>',
  '"All HMC Staff" <allstaff@halvorsenmed.org>',
  'Binney St garage levels 2-3 closed Apr 6-17', 'Thu, 26 Mar 2026 15:30:00 -0400',
  """Due to concrete repair, levels 2 and 3 of the Binney Street garage will be closed April 6-17. Staff with Binney permits may park at the Longwood lot and use the shuttle (every 10 min, 5:30am-8pm).

Patient and visitor parking on level 1 is NOT affected. Please do not park in patient spaces; violators will be ticketed.
""")

M('clean', 'admin', '',
  '"Office of Research Compliance" <irb@halvorsenmed.org>',
  '"Dr. Yuki Tanaka" <ytanaka@halvorsenmed.org>',
  'IRB Protocol 2024-0881: continuing review due', 'Fri, 27 Mar 2026 08:45:12 -0400',
  """Dear Dr. Tanaka,

Continuing review for protocol 2024-0881, "Margin assessment time in Mohs micrographic surgery: a prospective cohort," is due by April 30, 2026. Current enrollment on file: 214 of 300.

Please submit through eIRB:
  - Progress report (enrollment, withdrawals, deviations)
  - Any unanticipated problems since last approval
  - Current consent form version

Reminder: the approved data security plan does not allow identifiable data to be sent by email. Use the REDCap project for all study data.

Office of Research Compliance
""")

M('clean', 'admin', '',
  '"Vendor Credentialing - Reptrax" <noreply@reptrax-vms.com>',
  '"Supply Chain" <supplychain@halvorsenmed.org>',
  'Vendor rep badge expiring: Stryker (3 reps)', 'Mon, 30 Mar 2026 06:00:00 -0400',
  """The following vendor representatives have credentials expiring within 14 days at Halvorsen Medical Center:

  Rep                  Company            Expires     Missing
  Dominic Ferraro      Stryker Ortho      04/05/2026  TB attestation
  Alicia Brandvold     Stryker Ortho      04/09/2026  Flu vaccine docs
  Kenji Moriyama       Stryker Neuro      04/11/2026  HIPAA module

Reps with expired credentials will be denied entry to procedural areas.

This is an automated message from Reptrax VMS.
""")

M('clean', 'admin', '',
  '"Kessel, Robert (Revenue Cycle)" <rkessel@halvorsenmed.org>',
  '"Revenue Cycle Leadership" <rc-leaders@halvorsenmed.org>',
  'March denials dashboard', 'Thu, 02 Apr 2026 17:10:00 -0400',
  """Team,

March numbers are in. Headlines:

  Initial denial rate        11.8%  (Feb 12.6%, target <10%)
  IP level-of-care denials   143    (up 21 vs Feb; Aetna 61, UHC 38)
  Auth-related denials       9.2% of total
  Overturned on appeal       57%
  A/R > 90 days              $18.4M

The IP->obs downgrades from Aetna are the main driver. I'd like UM and PFS to meet next week on a joint peer-to-peer escalation process. Full dashboard attached in Tableau (link in the Rev Cycle Teams channel).

Bob Kessel
Director, Revenue Cycle
""", charset='windows-1252')

M('clean', 'admin', '',
  '"Information Security" <infosec@halvorsenmed.org>',
  '"All HMC Staff" <allstaff@halvorsenmed.org>',
  'Phishing alert: fake "Patient Portal Message" emails', 'Tue, 24 Mar 2026 10:30:00 -0400',
  """Several staff have received emails that look like MyChart notifications saying "You have a new message about your test results - click to view". These are NOT from HMC. The link goes to a fake Microsoft login page.

If you clicked the link and entered your password, change it immediately at passwordreset.halvorsenmed.org and call the Service Desk (4-4357).

Use the "Report Phish" button in Outlook for any suspicious messages. Never enter your HMC credentials on a page you reached from an email.

Information Security Office
""")
# ---------------------------------------------------------------- clean-lookalike
M('clean', 'lookalike', '',
  '"Brookline Animal Hospital" <frontdesk@brooklineanimalhosp.com>',
  '"Meredith Clay" <meredith.clay@gmail.com>',
  "Winston's bloodwork results + dental estimate", 'Tue, 10 Mar 2026 16:20:00 -0400',
  """Hi Meredith,

Dr. Paredes reviewed Winston's pre-anesthetic bloodwork from Saturday. Kidney values (BUN/creatinine) and liver enzymes are all within normal range for a 9-year-old beagle, so he's cleared for his dental cleaning on March 19. Please no food after 10pm the night before; water is fine.

Estimate for the procedure (cleaning, dental x-rays, up to 2 extractions, anesthesia monitoring): $640-$910. We'll call you from the table if more extractions are needed.

Drop-off is 7:30-8am. Patient ID #B-20417 if you need to call us at 617-232-4410.

Thanks!
Jess, CVT
Brookline Animal Hospital
""")

M('clean', 'lookalike', '',
  '"Trupanion Claims" <claims@trupanion-notify.com>',
  '"Derek Osterman" <dosterman77@yahoo.com>',
  'Claim paid: Biscuit - ear infection', 'Wed, 11 Mar 2026 09:05:31 -0400',
  """Hi Derek,

Good news - we've paid your claim.

  Pet:            Biscuit (Golden Retriever)
  Policy #:       TP-4418203
  Claim #:        C-99120877
  Date of service 03/02/2026
  Diagnosis:      Otitis externa, bilateral
  Invoice total:  $248.60
  Deductible:     $0 (met)
  Paid to you:    $223.74 (90%)

Payment was sent by direct deposit and should arrive in 1-3 business days.

Give Biscuit a scratch from us.
Trupanion Pet Insurance
""",
  html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333"><div style="max-width:560px;margin:auto"><h2 style="color:#1c7ed6">Good news &mdash; we've paid your claim.</h2><p>Hi Derek,</p><table cellpadding="5" style="border-collapse:collapse">
<tr><td>Pet</td><td><b>Biscuit</b> (Golden Retriever)</td></tr><tr><td>Policy #</td><td>TP-4418203</td></tr><tr><td>Claim #</td><td>C-99120877</td></tr><tr><td>Date of service</td><td>03/02/2026</td></tr><tr><td>Diagnosis</td><td>Otitis externa, bilateral</td></tr><tr><td>Invoice total</td><td>$248.60</td></tr><tr><td>Paid to you</td><td><b>$223.74</b> (90%)</td></tr></table>
<p>Payment was sent by direct deposit and should arrive in 1&ndash;3 business days.</p><p>Give Biscuit a scratch from us.<br>Trupanion Pet Insurance</p></div></body></html>""")

M('clean', 'lookalike', '',
  '"Plymouth Rock Assurance - Claims" <claims@plymouthrock-mail.com>',
  '"Hector Ibanez" <hibanez@halvorsenmed.org>',
  'Claim 26-MA-0448137: appraisal scheduled', 'Thu, 12 Mar 2026 11:40:00 -0400',
  """Dear Hector Ibanez,

Thank you for reporting your loss. Your claim details:

  Claim number: 26-MA-0448137
  Policy: PRA-7730918-02
  Date of loss: 03/09/2026
  Vehicle: 2021 Toyota RAV4
  Description: Rear-ended while stopped at light, Route 9 Brookline. No injuries reported.

An appraiser will inspect the vehicle on Monday, March 16 between 9 and 11 AM at the address on your policy. Rental coverage is approved for up to 30 days at Enterprise on Boylston St.

Your adjuster is Nicole Fahey, 617-720-4455 ext. 3318.

Plymouth Rock Assurance
""")

M('clean', 'lookalike', '',
  '"Longwood Athletic Club" <members@longwoodathletic.com>',
  '"Samantha Greer" <samgreer@gmail.com>',
  'Your membership freeze is confirmed', 'Fri, 13 Mar 2026 08:00:00 -0400',
  """Hi Samantha,

Your membership (Member #LAC-30912) is frozen from March 15 to May 15, 2026. Your monthly dues of $89 will resume on May 15. A $10/month freeze fee applies.

Your 4 remaining personal training sessions with Coach Andre will be saved and are valid until December 31.

See you soon!
Longwood Athletic Club - Member Services
""")

M('clean', 'lookalike', '',
  '"Halvorsen Medical Center Foundation" <giving@halvorsenfoundation.org>',
  '"Walter and Judith Penrose" <wjpenrose@comcast.net>',
  'Thank you for your gift to the Cardiovascular Institute', 'Mon, 16 Mar 2026 10:00:00 -0400',
  """Dear Walter and Judith,

On behalf of everyone at Halvorsen Medical Center, thank you for your generous gift of $5,000 to the Cardiovascular Institute Innovation Fund, received on March 4, 2026.

Your support will help fund the new structural heart imaging suite that opens this fall, and the nurse fellowship program that trains the next generation of cardiac nurses.

This letter serves as your receipt for tax purposes. No goods or services were provided in exchange for your contribution. Tax ID 04-2103580.

With gratitude,

Catherine Moody
Vice President, Development
Halvorsen Medical Center Foundation
""", charset='iso-8859-1', cte='quoted-printable')

M('clean', 'lookalike', '',
  '"Nelson Environmental Labs" <results@nelsonenvlabs.com>',
  '"Paul Gustafson" <pgustafson@verizon.net>',
  'Test results: Sample W-260311-08 (drinking water)', 'Tue, 17 Mar 2026 14:55:00 -0400',
  """Client: Paul Gustafson
Site: 41 Cedar Lane, Sharon MA
Sample ID: W-260311-08   Collected: 03/11/2026   Received: 03/12/2026

Analyte            Result     Units   MCL     Flag
Lead               3.1        ug/L    15      -
Copper             0.42       mg/L    1.3     -
Arsenic            11.8       ug/L    10      HIGH
Total coliform     Absent     -       -       -
Nitrate            1.9        mg/L    10      -
Radon (water)      2,400      pCi/L   10,000* -

* MassDEP guideline

Arsenic exceeds the EPA maximum contaminant level. We recommend a confirmation sample and consultation with a water treatment professional. Call us at 781-344-0911 with questions.

Nelson Environmental Labs - MA Cert. M-MA0412
""")

M('clean', 'lookalike', '',
  '"Metro Credit Union - Disputes" <disputes@metrocu.org>',
  '"Fatima Abreu" <fatima.abreu@gmail.com>',
  'Dispute case #DC-2026-118840 resolved', 'Wed, 18 Mar 2026 16:10:00 -0400',
  """Dear Fatima Abreu,

We have completed our review of the transaction you disputed on your debit card ending 4471:

  Merchant: SQ *BELLA NAILS & SPA   Amount: $186.00   Date: 02/27/2026

The merchant did not provide evidence of authorization. The provisional credit of $186.00 issued on March 2 is now permanent. No further action is needed.

Member ID: 0081129  |  Metro Credit Union, NCUA insured
""")
# ---------------------------------------------------------------- clean-news
M('clean', 'news', '',
  '"MDPH Health Alert Network" <han-noreply@mass-dph-alerts.org>',
  '"HMC Infection Prevention" <infectionprevention@halvorsenmed.org>',
  'HAN ADVISORY: Measles cases in Greater Boston - provider guidance', 'Thu, 05 Mar 2026 17:45:00 -0500',
  """MASSACHUSETTS DEPARTMENT OF PUBLIC HEALTH
HEALTH ADVISORY - March 5, 2026

Summary: Three confirmed measles cases have been reported in Greater Boston since February 22, 2026, with possible exposures at a Logan Airport terminal, a Brookline pediatric practice and a Dorchester grocery store. All three cases were in unvaccinated individuals.

Recommendations for clinicians:
 1. Consider measles in any patient with fever and rash, especially with recent travel or exposure.
 2. Mask and isolate suspected cases immediately in an airborne infection isolation room.
 3. Report suspected cases to the local board of health or MDPH (617-983-6800) IMMEDIATELY, do not wait for lab confirmation.
 4. Collect a throat or NP swab for measles PCR and serum for IgM.
 5. Review MMR status of all staff.

Exposure locations and times are posted at mass.gov/measles.
""")

M('clean', 'news', '',
  '"NEJM Table of Contents" <nejmtoc@nejm-alerts.org>',
  '"Dr. Tomas Reinholt" <treinholt@halvorsenmed.org>',
  'NEJM - March 12, 2026 issue', 'Thu, 12 Mar 2026 17:00:00 -0400',
  """THIS WEEK IN THE JOURNAL - March 12, 2026

ORIGINAL ARTICLES
 - Transcatheter vs. Surgical Valve Replacement in Low-Risk Patients: 7-Year Outcomes
 - Oral Semaglutide and Kidney Outcomes in Type 2 Diabetes
 - A Randomized Trial of Early Mobilization after Hip Fracture Surgery

CLINICAL PROBLEM-SOLVING
 - "A Cough That Wouldn't Quit" - a 58-year-old woman with 4 months of cough and night sweats

IMAGES IN CLINICAL MEDICINE
 - Bilateral Lens Subluxation

PERSPECTIVE
 - Prior Authorization Reform - What Has Changed?

You are receiving this e-mail because you subscribed to NEJM Table of Contents alerts. Unsubscribe | Manage preferences
""",
  html="""<html><body style="font-family:Georgia,serif;font-size:14px"><table width="640" align="center"><tr><td style="border-bottom:3px solid #a6192e;padding:8px"><b style="font-size:20px">The NEW ENGLAND JOURNAL of MEDICINE</b><br>This Week in the Journal &mdash; March 12, 2026</td></tr>
<tr><td><h3>Original Articles</h3><ul><li>Transcatheter vs. Surgical Valve Replacement in Low-Risk Patients: 7-Year Outcomes</li><li>Oral Semaglutide and Kidney Outcomes in Type 2 Diabetes</li><li>A Randomized Trial of Early Mobilization after Hip Fracture Surgery</li></ul>
<h3>Clinical Problem-Solving</h3><ul><li>&ldquo;A Cough That Wouldn't Quit&rdquo; &mdash; a 58-year-old woman with 4 months of cough and night sweats</li></ul>
<h3>Images in Clinical Medicine</h3><ul><li>Bilateral Lens Subluxation</li></ul><h3>Perspective</h3><ul><li>Prior Authorization Reform &mdash; What Has Changed?</li></ul>
<p style="font-size:11px;color:#777">You are receiving this e-mail because you subscribed to NEJM Table of Contents alerts. <a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a></p></td></tr></table></body></html>""")

M('clean', 'news', '',
  '"HMC Communications" <communications@halvorsenmed.org>',
  '"All HMC Staff" <allstaff@halvorsenmed.org>',
  'Halvorsen Weekly: 500th TAVR, new Dorchester clinic, flu season wrap-up', 'Fri, 20 Mar 2026 12:00:00 -0400',
  """HALVORSEN WEEKLY - March 20, 2026

500 TAVRs AND COUNTING
The structural heart team performed its 500th transcatheter aortic valve replacement this month. Median length of stay after TAVR is now 1 day, and 30-day readmissions fell to 6.1% in 2025. Congratulations to Dr. Olumide Adeyemi, Dr. Tomas Reinholt and the whole cath lab and CVICU team.

DORCHESTER PRIMARY CARE OPENS APRIL 6
Our new clinic at 1100 Dorchester Ave will offer primary care, pediatrics, behavioral health and an on-site pharmacy, with Haitian Creole, Vietnamese and Spanish-speaking staff.

FLU SEASON BY THE NUMBERS
Between October and March we admitted 1,184 patients with influenza, 22% fewer than last season. Employee vaccination rate reached 96.4%. Thank you for protecting our patients.

KUDOS CORNER
"The nurse on 7 North stayed past her shift to make sure my mother understood her discharge instructions." - a family member, via Press Ganey
""")

M('clean', 'news', '',
  '"Lorenzo Batista" <lbatista@halvorsenmed.org>',
  '"Pharmacy Clinical Staff" <rph-clinical@halvorsenmed.org>',
  'FW: FDA: IV fluid shortage update', 'Mon, 23 Mar 2026 08:02:11 -0400',
  """FYI - relevant to the fluids conservation memo. P&T will discuss Wednesday.

---------- Forwarded message ---------
From: ASHP Drug Shortages <shortages@ashp-list.org>
Date: Sun, Mar 22, 2026
Subject: FDA: IV fluid shortage update

The FDA reported today that production at the manufacturer's North Cove facility has returned to 85% of pre-storm capacity. Allocations of 0.9% sodium chloride 1,000 mL bags will increase to 90% of historical purchasing beginning April 1. Lactated Ringer's and dextrose 5% remain on allocation.

Hospitals should continue conservation strategies, including oral hydration when clinically appropriate and IV push rather than IV piggyback for eligible medications.
""")

M('clean', 'news', '',
  '"Center for Clinical Research" <ccr-recruit@halvorsenmed.org>',
  '"All HMC Staff" <allstaff@halvorsenmed.org>',
  'Volunteers needed: Sleep & shift work study ($250)', 'Tue, 24 Mar 2026 09:30:00 -0400',
  """ARE YOU A NIGHT SHIFT WORKER?

Researchers at Halvorsen's Division of Sleep Medicine are studying how rotating night shifts affect sleep, mood and blood sugar.

You may qualify if you:
  - are 21-60 years old
  - work at least 4 night shifts per month
  - do not have diagnosed sleep apnea

Participation: 2 overnight visits in the sleep lab and 2 weeks wearing a wrist monitor. Compensation up to $250.

Interested? Complete the confidential screening survey at redcap.halvorsenmed.org/shiftsleep or call 617-340-7750. Please do not reply to this email with health information.

IRB Protocol 2025-1102. PI: Helena Petrakis, MD
""")

M('clean', 'news', '',
  '"Boston Business Journal" <newsletters@bizjournals-mail.com>',
  '"Greg Harmon" <gharmon@halvorsenmed.org>',
  'Morning Edition: Hospital ED wait times climb statewide', 'Wed, 25 Mar 2026 06:30:00 -0400',
  """MORNING EDITION | Wednesday, March 25, 2026

Hospital ED boarding hits record as state weighs new rules
Emergency department patients waiting for an inpatient bed spent a median 14.2 hours boarding in February, up from 11.9 hours a year ago, according to data released by the Health Policy Commission. Several Boston teaching hospitals, including Halvorsen Medical Center and two Longwood-area peers, reported daily boarder counts above 40 on peak days. The Massachusetts Health & Hospital Association said staffing in post-acute facilities is the primary bottleneck.

Also today:
 - Biotech layoffs continue in Kendall Square
 - Seaport office vacancy reaches 22%
 - Insurer reports Q4 medical loss ratio of 92.1%

Read more at bizjournals.com/boston
""")
# ---------------------------------------------------------------- clean-training
M('clean', 'training', '',
  '"Epic Training Team" <epic-training@halvorsenmed.org>',
  '"New Hire RN Cohort March" <rn-newhire-mar26@halvorsenmed.org>',
  'Your PLAY environment log-ins and practice patients', 'Mon, 02 Mar 2026 07:30:00 -0500',
  """Welcome to Epic Inpatient Nursing training!

Log into the PLAY environment (not PRD!) with the username on your badge + "T". Password: Train2026!  You will be prompted to change it.

Your practice patients are in the attached file. They are fictional and exist only in PLAY; feel free to chart anything. Every trainee has their own copy, so your charting won't show up for others.

Class is in Education Center room 3B, 0800-1630 Tue/Wed. Bring your badge.

Epic Training Team
""",
  atts=[('text', 'PLAY_practice_patients.csv',
         'Trainee slot,Patient,MRN,DOB,Scenario\n'
         '01-20,"Zztrain, Adult Medsurg",99000101,01/01/1960,CHF exacerbation - I&O + daily weights\n'
         '01-20,"Zztrain, Adult Postop",99000102,01/01/1975,POD1 lap chole - pain reassessment\n'
         '01-20,"Zztrain, Peds Asthma",99000103,01/01/2016,albuterol q2h - weight-based dosing\n'
         '01-20,"Zztrain, Fall Risk",99000104,01/01/1940,Morse fall scale + bed alarm order\n',
         'csv')])

M('clean', 'training', '',
  '"Sim Center" <simcenter@halvorsenmed.org>',
  '"OB Nursing & Residents" <ob-team@halvorsenmed.org>',
  'In-situ sim Thursday: PPH on L&D', 'Tue, 10 Mar 2026 13:00:00 -0400',
  """Reminder: unannounced-ish in-situ simulation on Labor & Delivery this Thursday between 10:00 and 12:00.

Scenario: postpartum hemorrhage, 30 min after vaginal delivery. Our manikin (Victoria) will be in LDR 9 with a "SIMULATION - NOT A REAL PATIENT" sign on the door. Her chart is in the SIM Epic environment under "SIMULATION, VICTORIA".

Objectives:
  - Activate OB hemorrhage protocol within 5 min
  - Quantitative blood loss measurement
  - Massive transfusion protocol communication with blood bank (blood bank is in on it; no real products will be issued)

Debrief in the L&D conference room right after. Coverage for participating staff is arranged with charge RN.

Halvorsen Simulation Center
""")

M('clean', 'training', '',
  '"Dev Patel (Interfaces)" <dpatel@halvorsenmed.org>',
  '"Interface Analysts" <interface-team@halvorsenmed.org>',
  'HL7 101 for new analysts - slides + sample msgs', 'Wed, 11 Mar 2026 15:20:00 -0400',
  """Hi all,

For Friday's lunch-and-learn (welcome Priyanka and Marcus!) here are the sample messages we'll walk through. All test data from the TST environment - TEST^PATIENT etc. Do NOT paste real PRD messages into the training doc or Teams, use these.

We'll cover: MSH field separators, PID-3 repeating identifiers, why OBX-5 type depends on OBX-2, and ACK/NAK handling.

Dev
""",
  atts=[('bin', 'sample_msgs_TST.hl7',
         'MSH|^~\\&|EPIC|HMC_TST|LAB|HMC_TST|20260101120000||ADT^A04|TST000001|T|2.5.1\r'
         'EVN|A04|20260101120000\r'
         'PID|1||99000999^^^HMC_TST^MR||TEST^PATIENT^ONE||19000101|U|||1 TEST ST^^ANYTOWN^MA^00000\r'
         'PV1|1|O|TSTCLINIC^^^HMC_TST\r'
         '\r'
         'MSH|^~\\&|LAB|HMC_TST|EPIC|HMC_TST|20260101121500||ORU^R01|TST000002|T|2.5.1\r'
         'PID|1||99000999^^^HMC_TST^MR||TEST^PATIENT^ONE||19000101|U\r'
         'OBR|1|TSTORD1|TSTFIL1|GLU^GLUCOSE^L|||20260101120500\r'
         'OBX|1|NM|GLU^GLUCOSE^L||100|mg/dL|70-99|H|||F\r',
         'application', 'octet-stream')])

M('clean', 'training', '',
  '"Privacy Office" <privacy@halvorsenmed.org>',
  '"Unit Clerks & Schedulers" <clerks-schedulers@halvorsenmed.org>',
  'Privacy Minute #14: Who can get information?', 'Mon, 16 Mar 2026 08:00:00 -0400',
  """PRIVACY MINUTE #14 - Who can get information?

Scenario (fictional): A caller says she is the daughter of a patient on your unit and asks whether her father is "doing OK after the surgery". The patient is awake and alert. Her name is not on the patient's contact list.

What should you do?
  A) Tell her the general condition since she's family
  B) Say you can't confirm anything and hang up
  C) Ask the patient whether he agrees to share information with her
  D) Transfer her to the surgeon's office

Answer: C. When a patient is able to make decisions, ask them. If the patient agrees, document it and share only what is relevant. If the patient is incapacitated, use professional judgment about what is in their best interest.

Questions? privacy@halvorsenmed.org or ext. 4-7744.
""")

M('clean', 'training', '',
  '"Nurse Residency Program" <nurseresidency@halvorsenmed.org>',
  '"RN Residency Cohort 12" <rn-res-c12@halvorsenmed.org>',
  'Case study for Thursday seminar (fictional)', 'Tue, 24 Mar 2026 14:05:00 -0400',
  """Hi residents,

Please read the case below before Thursday's seminar. This is a made-up patient for teaching; any resemblance to anyone on your unit is coincidence.

---
Mr. G., 68, is on your med-surg unit on day 2 after an elective knee replacement. At 0300 you find him pulling at his IV and asking for his late wife. His vitals: HR 112, BP 148/90, T 37.9, SpO2 91% on room air. He had 2 mg of hydromorphone IV at 2300. His home meds include sertraline and tamsulosin.

1. What are your top three concerns?
2. What would you assess first and why?
3. Write an SBAR for the covering provider.
4. What non-drug interventions can reduce delirium risk in post-op older adults?
---

See you Thursday, 1300, Education Center 2A.
Nurse Residency Program
""")

M('clean', 'training', '',
  '"PFS Training" <pfs-training@halvorsenmed.org>',
  '"PFS New Hires" <pfs-newhires@halvorsenmed.org>',
  'Week 2 module: reading an 835 remit (practice file)', 'Mon, 30 Mar 2026 09:00:00 -0400',
  """Good morning,

This week we'll practice reading 835 electronic remittances. The attached practice file is built from the example in the X12 implementation guide and uses made-up data (subscriber "SAMPLE, JOHN", payer "TRAINING HEALTH PLAN"). Identify: check amount, claim status code, patient responsibility, and each CARC/RARC adjustment code.

Answers will be reviewed in Wednesday's huddle.

PFS Training
""",
  atts=[('text', 'practice_835.txt',
         'ST*835*1234~\nBPR*I*132*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*20260330~\n'
         'TRN*1*12345*1512345678~\nN1*PR*TRAINING HEALTH PLAN~\nN1*PE*SAMPLE CLINIC*XX*9999999992~\n'
         'CLP*TRAIN0001*1*200*132*20*12*TR0000001~\nNM1*QC*1*SAMPLE*JOHN****MI*SAMPLE000001~\n'
         'SVC*HC:99213*200*132**1~\nDTM*472*20260101~\nCAS*CO*45*48~\nCAS*PR*2*20~\nSE*12*1234~\n',
         'plain')])

# ================================================================ main
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for i, d in enumerate(MSGS, 1):
        key = (d['label'], d['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (d['label'], d['kind'], counters[key])
        m = build(d, i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append((fn, d['label'], '%s-%s' % (d['label'], d['kind']), d['pname']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')


if __name__ == '__main__':
    main()
