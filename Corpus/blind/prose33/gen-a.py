#!/usr/bin/env python3
"""Blind eval set prose33a: children's hospital mail. Standard library only, deterministic."""
import csv, io, os, zipfile, email, sys
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def hdrs(msg, h, n):
    for line in h.strip().splitlines():
        k, v = line.split(':', 1)
        msg[k.strip()] = v.strip()
    if 'Message-ID' not in msg:
        msg['Message-ID'] = '<%04d.%s@mail.lakeshorechildrens.org>' % (n, 'x' + str(7919 * (n + 11) % 100003))
    msg['MIME-Version'] = '1.0' if 'MIME-Version' not in msg else msg['MIME-Version']

def add(label, kind, pname, h, body, html=None, atts=(), charset='utf-8', cte=None):
    M.append(dict(label=label, kind=kind, pname=pname, h=h, body=body, html=html,
                  atts=atts, charset=charset, cte=cte))

def build(d, n):
    msg = EmailMessage()
    hdrs(msg, d['h'], n)
    kw = {}
    if d['charset'] != 'utf-8':
        kw['charset'] = d['charset']
    if d['cte']:
        kw['cte'] = d['cte']
    if d['body'] is not None:
        msg.set_content(d['body'], **kw)
        if d['html']:
            msg.add_alternative(d['html'], subtype='html', **kw)
    else:
        msg.set_content(d['html'], subtype='html', **kw)
    for a in d['atts']:
        kind = a[0]
        if kind == 'text':
            _, fn, txt, sub = a
            msg.add_attachment(txt, subtype=sub, filename=fn)
        elif kind == 'bin':
            _, fn, data, mt = a
            ma, su = mt.split('/')
            msg.add_attachment(data.encode('utf-8') if isinstance(data, str) else data,
                               maintype=ma, subtype=su, filename=fn)
        elif kind == 'zip':
            _, fn, inner = a
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                for iname, itxt in inner:
                    zi = zipfile.ZipInfo(iname, date_time=(2026, 11, 30, 9, 0, 0))
                    z.writestr(zi, itxt)
            msg.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=fn)
        elif kind == 'eml':
            _, inner_d = a
            inner = build(inner_d, n + 5000)
            msg.add_attachment(inner)
    return msg

def main():
    counts = {}
    rows = []
    for i, d in enumerate(M):
        key = '%s-%s' % (d['label'], d['kind'])
        counts[key] = counts.get(key, 0) + 1
        fn = '%s-%03d.eml' % (key, counts[key])
        msg = build(d, i + 1)
        for j, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d.%d' % (i + 1, j, 1733400000 + 37 * i))
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        BytesParser(policy=policy.default).parsebytes(data)
        rows.append([fn, d['label'], d['kind'], d['pname'] if d['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counts):
        print(k, counts[k])
    print('total', len(M))

def inner(h, body, html=None, atts=(), charset='utf-8', cte=None):
    return dict(label='', kind='', pname='', h=h, body=body, html=html, atts=atts, charset=charset, cte=cte)

# ======================= PHI-CARE =======================
add('phi', 'care', 'Reyes', '''
From: "Hollister, Dana RN" <dana.hollister@lakeshorechildrens.org>
To: "Dr. Priya Venkataraman" <pvenkataraman@lakeshorechildrens.org>
Subject: sweat test - Mateo Reyes
Date: Mon, 16 Nov 2026 08:42:11 -0600
''', '''Dr. V,

Mateo Reyes's sweat chloride from Friday came back at 41 on the left arm, right arm was QNS. Lab says they'll need a repeat collection, earliest slot is 11/30 at 9:15. Mom is fine with that date, I told her no lotion on the arms that morning.

Do you want to see him same day or just the repeat?

Dana
Pulmonary Clinic, 3rd floor
x4417
''')

add('phi', 'care', 'Lindqvist', '''
From: Jess Barrow <jbarrow@lakeshorechildrens.org>
To: "Periop Nursing - Day Surgery" <daysurgery-rn@lakeshorechildrens.org>
Cc: Marisol Ortega <mortega@lakeshorechildrens.org>
Subject: pre-op tour Thurs 2pm
Date: Tue, 17 Nov 2026 13:05:47 -0600
''', '''Hi team,

I have a pre-op tour booked Thursday at 2:00 for Ava Lindqvist (6) before her tonsillectomy and ear tubes on the 23rd. She is VERY anxious about the mask, so I'd like to let her hold one and pick a scent. Mom asked if dad can come back to the OR doors with her.

Can someone let me borrow bay 4 for ~20 min?

Thanks!
Jess Barrow, CCLS
Child Life Services
''', html='''<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}
.sig{color:#1F4E79;font-size:9pt}</style></head><body>
<p>Hi team,</p><p>&nbsp;</p>
<p>I have a pre-op tour booked Thursday at 2:00 for <b>Ava Lindqvist</b> (6) before her tonsillectomy and ear tubes on the 23rd. She is VERY anxious about the mask, so I&#8217;d like to let her hold one and pick a scent. Mom asked if dad can come back to the OR doors with her.</p>
<p>&nbsp;</p><p>Can someone let me borrow bay 4 for ~20 min?</p><p>&nbsp;</p><p>Thanks!</p>
<p class="sig">Jess Barrow, CCLS<br>Child Life Services<br>Lakeshore Children&#8217;s Hospital<br>
<i>Every child deserves to feel safe here.</i></p>
<p style="font-size:7pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the recipient. If you received it in error, please notify the sender and delete it.</p>
</body></html>''')

add('phi', 'care', 'Kaczmarek', '''
From: Radiology Scheduling <rad-scheduling@lakeshorechildrens.org>
To: anna.kaczmarek88@gmail.com
Subject: RE: RE: MRI for Noah - sedation question
Date: Wed, 18 Nov 2026 10:31:02 -0600
In-Reply-To: <CAF9x7q2=noahmri@mail.gmail.com>
''', '''Hi Anna,

Yes, the 7:30 arrival on December 2 still works. Because Noah is having sedation, nothing to eat after midnight, clear liquids (apple juice, water, Pedialyte) until 5:30 am. Please check in at the Imaging desk on level 1, not the main lobby.

If he gets a cold before then, call us at 414-266-3180 and we'll move it.

Kim
Radiology Scheduling

-----Original Message-----
From: Anna Kaczmarek <anna.kaczmarek88@gmail.com>
Sent: Tuesday, November 17, 2026 9:14 PM
To: Radiology Scheduling <rad-scheduling@lakeshorechildrens.org>
Subject: RE: MRI for Noah - sedation question

Thank you. One more question, can he have his milk in the morning? He's 3 and he will not understand.
And is it still 7:30?

Anna

-----Original Message-----
From: Radiology Scheduling
Sent: Tuesday, November 17, 2026 2:02 PM
To: Anna Kaczmarek
Subject: MRI for Noah - sedation question

Hello, this is to confirm Noah Kaczmarek's MRI brain with sedation on 12/02/2026. Arrival 7:30 AM.
''')

add('phi', 'care', 'Brooks', '''
From: "Westfield Peds - Phone Room" <westfield-phones@lakeshorechildrens.org>
To: "Dr. Ethan Cho" <echo@lakeshorechildrens.org>
Subject: Refill request - Brooks, Tyler
Date: Thu, 19 Nov 2026 15:47:30 -0600
''', '''TELEPHONE ENCOUNTER
Caller: Renee Brooks (mother)   Callback: 262-781-5094
Patient: Brooks, Tyler   DOB 03/14/2014
Request: refill methylphenidate ER 27 mg, 1 tab q AM. Last fill 10/20 at Walgreens Greenfield Ave. Mom says 2 days left.
Last office visit 08/12/2026. Next scheduled 12/15.
Routed to: Cho, Ethan MD
Taken by: L. Fuentes 3:41 PM
''')

add('phi', 'care', 'Nair', '''
From: Colleen Maguire <cmaguire@elmbrookschools.org>
To: westfield-nurse@lakeshorechildrens.org
Subject: EpiPen order form for Priya Nair - 4th grade
Date: Fri, 20 Nov 2026 07:58:12 -0600
''', '''Good morning,

I'm the nurse at Swanson Elementary. Priya Nair's family dropped off a new auto-injector this week but the medication authorization form we have on file expired in October. Could Dr. Halvorsen sign a new one for the 2026-27 school year? I've attached our blank form info below, fax back is fine.

Also her mom mentioned she had the oral food challenge with you on 11/9 - if there are any changes to what she can eat at lunch I'd like to know so I can update the cafeteria.

Fax: 262-785-3921
Phone: 262-785-3900 ext 2214

Thanks so much,
Colleen Maguire, BSN, RN
School Nurse, Swanson Elementary
''')

add('phi', 'care', 'Tran', '''
From: Kyle Osterberg <kosterberg@lakeshorechildrens.org>
To: "Gen Peds Night Team" <genpeds-nights@lakeshorechildrens.org>
Subject: 5W overnight
Date: Sat, 21 Nov 2026 06:51:44 -0600
''', '''quick one before rounds
- rm 514 Oliver Tran: NG pulled out ~0200, replaced, KUB confirmed placement, feeds back on at 0330 @ 45/hr
- nothing else new, all others slept

K
''')

add('phi', 'care', 'Salcedo', '''
From: Rachel Dunmore PT, DPT <rdunmore@lakeshorechildrens.org>
To: coach.whitaker@brookfieldfc.org
Cc: msalcedo.home@yahoo.com
Subject: Emma Salcedo - return to practice
Date: Mon, 23 Nov 2026 16:20:05 -0600
''', '''Coach Whitaker,

Emma's mom asked me to send this to you directly. I re-evaluated Emma at Lakeshore Sports Medicine today and she is cleared to return to practice starting Wednesday with these limits:

  - brace on the right knee for all field activity
  - no scrimmage or heading drills for 2 more weeks
  - ok to run, pass, shoot at full effort
  - ice 15 min after practice

I'll see her again on 12/7 and will update you after that visit. Please let me know if she has any pain or swelling at practice.

Rachel Dunmore, PT, DPT
Lakeshore Sports Medicine & Rehab | 20875 Watertown Rd
''')

add('phi', 'care', 'Okafor', '''
From: "Newborn Hearing Program" <nbhs@lakeshorechildrens.org>
To: "Audiology Front Desk" <audiology-fd@lakeshorechildrens.org>
Subject: FW: rescreen - baby boy Okafor
Date: Tue, 24 Nov 2026 11:12:19 -0600
''', '''Can you get him in within 2 weeks please? Mom's cell is in the note below. She prefers text. Merci!

Ngozi

---------- Forwarded message ---------
From: Mercy Birth Center Nursery <nursery@mercybirthcenter.org>
Date: Mon, Nov 23, 2026 at 4:40 PM
Subject: rescreen - baby boy Okafor
To: nbhs@lakeshorechildrens.org

Baby boy Okafor, born 11/20/2026 at 02:14, mother Chidinma Okafor, cell 414-903-7716.
Inpatient ABR refer right ear x2, pass left. Discharged 11/22. Please schedule outpatient rescreen.
Pediatrician: Dr. Lena Fogarty, Brown Deer Family Health.
''', charset='windows-1252', cte='quoted-printable')
# ======================= PHI-NAMES =======================
add('phi', 'names', 'Brennan', '''
From: Tess Gallagher <tgallagher@lakeshorechildrens.org>
To: Dr. Amir Haddad <ahaddad@lakeshorechildrens.org>
Subject: Re: Lily Brennan
Date: Wed, 25 Nov 2026 18:03:27 -0600
''', '''she did great today. sat up in the chair for an hour and ate half a popsicle. mom cried (good crying). chest tube output was 30 for the shift so I think you'll get your wish tomorrow.

T

Sent from my iPhone
''')

add('phi', 'names', 'Whitfield', '''
From: "Osei, Amara MD" <aosei@lakeshorechildrens.org>
To: "Delacroix, Renee RN CN" <rdelacroix@lakeshorechildrens.org>
Cc: "Bauer, Sam NP" <sbauer@lakeshorechildrens.org>
Subject: 6 East - dressing change
Date: Thu, 26 Nov 2026 09:10:52 -0600
''', '''Renee,

Can you check on Whitfield, Jonah in 612 today? Mom stopped me in the hallway and said his port dressing has not been changed since Sunday. Sam looked at it this morning and the edge is lifting. I don't want to make a big thing of it with the family but it needs to be done today and documented.

Also, heads up that Dr. Kowalczyk will be covering for me Friday.

Thanks,
Amara
''')

add('phi', 'names', 'Delgado', '''
From: Beatriz Kang <bkang@lakeshorechildrens.org>
To: Hematology Infusion RNs <heme-infusion@lakeshorechildrens.org>
Subject: Sofi's grandma called
Date: Fri, 27 Nov 2026 12:44:09 -0600
''', '''FYI all - Sofía's grandma (Mrs. Delgado, the one who always brings the pan dulce) called the desk. She's driving Sofi in on Monday instead of mom and wanted to know if she needs to bring the consent paperwork again. I said no, mom signed through June. But she asked if the infusion will still take 4 hours because she has to pick up the other grandkids at 3. Can whoever has Sofia Delgado Monday call her back? Number's in the chart.

Bea
Front desk, Heme/Onc clinic
''')

add('phi', 'names', 'Greene', '''
From: Paul Ostrowski RRT <postrowski@lakeshorechildrens.org>
To: "Resp Therapy - All" <rt-all@lakeshorechildrens.org>
Subject: Bubba going home Tues!!
Date: Sat, 28 Nov 2026 14:22:38 -0600
''', '''Hey all,

Our boy Bubba (Marcus Greene for the new folks, PICU 8 then 4W forever) is finally discharging Tuesday with his home vent. Family did their last 24-hr care-in this weekend and nailed the trach change. Home health is Aveanna, first visit Wed.

Card is at the RT station if you want to sign it. Cupcakes Monday at 3 in the 4W break room.

Paul
''')

add('phi', 'names', 'Hollis', '''
From: Tamika Ruffin, MSW <truffin@lakeshorechildrens.org>
To: Gabriel Lindahl <gabriel.lindahl@dcf.wisconsin.gov>
Cc: Dr. Helen Marsh <hmarsh@lakeshorechildrens.org>
Subject: Hollis siblings - ED visit Saturday
Date: Sun, 29 Nov 2026 10:05:13 -0600
''', '''Gabriel,

Following up on my voicemail. Kayden and Mia Hollis were brought to our ED Saturday night by the foster mom (Ms. Pruitt). Mia needed 3 stitches to her chin after a fall on the stairs; Kayden was checked because he was with her and had a bump on the forehead, no imaging needed. Dr. Marsh saw both kids and did not have concerns about the injuries being inflicted, but per our protocol for kids in care I'm letting you know.

Mia has suture removal at the Westfield clinic on 12/4. Ms. Pruitt has the paperwork.

Please call me at 414-266-7230 if you need the records sent over.

Tamika Ruffin, MSW, LCSW
Social Work Department
''')

add('phi', 'names', 'Abernathy', '''
From: Ms. Karina Polk <kpolk@stmonicaschool.org>
To: Diane Abernathy <diane.abernathy@outlook.com>
Subject: Ethan - Tuesdays
Date: Mon, 30 Nov 2026 15:31:56 -0600
''', '''Hi Mrs. Abernathy,

Thanks for letting me know about the change. So starting next week Ethan will be leaving at 1:15 on Tuesdays for his speech therapy at Lakeshore instead of Thursdays, correct? I'll make sure he has his folder packed and I'll let the office know he is being picked up early. He's been working so hard on his "r" sounds, I can really hear the difference during read-aloud!

Would it help if I sent the therapist the vocabulary list for our spelling units? Happy to do it.

Karina Polk
2nd Grade, St. Monica School
''')

add('phi', 'names', 'Calloway', '''
From: "Fenwick, Lauren NNP" <lfenwick@lakeshorechildrens.org>
To: "NICU Follow-Up Clinic" <nicu-followup@lakeshorechildrens.org>
Subject: RE: Calloway twins
Date: Tue, 01 Dec 2026 08:19:40 -0600
''', '''Works for me. Put them back to back so mom only has to make one trip.

LF

From: NICU Follow-Up Clinic
Sent: Monday, November 30, 2026 4:55 PM
To: Fenwick, Lauren NNP
Subject: Calloway twins

Hi Lauren - we have the Calloway twins (Asher and Wren) due for their 4-month developmental check and eye exam. Dr. Pham has 12/10 at 9:00 and 9:45 open. OK to book?

Thanks
Deb
''')
# ======================= PHI-SELF =======================
add('phi', 'self', 'Morales', '''
From: "MyLakeshore Patient Portal" <noreply-portal@lakeshorechildrens.org>
To: "Westfield Pediatrics Pool" <westfield-pool@lakeshorechildrens.org>
Subject: New patient message: Question about my son's fever
Date: Wed, 02 Dec 2026 22:17:03 -0600
''', '''You have a new message in the clinic in-basket.

From: Gabriela Morales (proxy)
Regarding patient: Diego Morales   DOB: 06/02/2017   MRN: 10482276
Subject: Question about my son's fever

Message:
Hello, Diego has had a fever since Sunday, 102.5 tonight. We saw Dr. Cho on Monday and he said it was viral and to come back if it lasts more than 3 days. Today is day 4. He is drinking ok but is very tired and says his neck hurts a little. Should I bring him tomorrow or go to the ER tonight? Sorry to bother.

Gabriela

--
Do not reply to this notification. Respond in the EHR In Basket.
''')

add('phi', 'self', 'Quinn', '''
From: Harper Quinn <harperq.2009@gmail.com>
To: adolescentclinic@lakeshorechildrens.org
Subject: refill
Date: Thu, 03 Dec 2026 13:02:51 -0600
''', '''hi this is harper quinn, i saw dr. abiola in october. i'm almost out of the pill (the one she started me on) and the pharmacy says i need a new rx. can you send it to the cvs on 76th st? please don't call my house, my cell is 414-550-2938, text is better.

thanks
harper
''')

add('phi', 'self', 'Pedersen', '''
From: Mark Pedersen <mpedersen@pedersenhvac.com>
To: billing@lakeshorechildrens.org
Subject: Bill for Zoe's ER visit - THIRD time writing
Date: Thu, 03 Dec 2026 17:48:22 -0600
''', '''To whoever is actually reading this,

This is the third time I am writing about the bill for my daughter Zoe Pedersen's emergency room visit on October 3rd. Guarantor account 7781203. You charged us $2,846.17 as if we have no insurance. We DO have insurance. Her card (Anthem, member ID YRH843006512) was scanned at check-in, I watched the lady do it.

I called on 11/6 and was told it would be rebilled. I called on 11/20 and was told it was "in process". Now I get a statement saying it is going to collections in 30 days.

I want a supervisor to call me. 262-442-8190. I am not paying for a broken wrist twice.

Mark Pedersen
''')

add('phi', 'self', 'Fitzgerald', '''
From: Shannon Fitzgerald <shanfitz@icloud.com>
To: Coach Dave Ruiz <druiz.wolves@gmail.com>
Subject: Liam update
Date: Fri, 04 Dec 2026 07:33:15 -0600
''', '''Hi Coach,

Quick update on Liam. We had his concussion follow-up at Lakeshore yesterday and the doctor said no contact for at least another 10 days. He can come to practice and do the bike and stretching but no drills, no scrimmage. They gave us a step-by-step return plan, I'll bring a copy Saturday.

He is really bummed about missing the tournament so any encouragement from you will mean a lot to him.

Shannon
(Liam F., #14)
''')

add('phi', 'self', 'Raman', '''
From: Lakshmi Raman <lakshmi.raman1954@yahoo.co.in>
To: cardiology-clinic@lakeshorechildrens.org
Subject: appointment for my grandson Arjun
Date: Fri, 04 Dec 2026 21:40:57 +0530
''', '''Respected Madam/Sir,

I am grandmother of Arjun Raman, age 8 years. His parents are working and I am bringing him for his appointment in cardiology clinic on 14 December for the echo test and doctor visit. Kindly tell me the timing is 10.30 am or 11 am, in the letter it is written both. Also he is taking the aspirin tablet daily, should he take on that morning or not?

My son phone is 414-378-6620 (Vikram Raman) if you cannot reply to this mail.

Thanking you,
Lakshmi Raman
''')

add('phi', 'self', 'Lund', '''
From: Erika Lund <erika.lund@gmail.com>
To: "Nurse Jan (Lincoln MS)" <jtorvik@wauwatosa.k12.wi.us>
Subject: Maddie's pump
Date: Sun, 06 Dec 2026 19:09:33 -0600
''', '''Hi Jan,

Heads up for tomorrow. Maddie's endo switched her to the Omnipod 5 on Friday, so she won't have the old tubed pump anymore. The new orders from Dr. Sato are attached to the portal message I sent the district - I'll also drop a paper copy in the office. Main changes:
  - correction factor is now 1:45 (was 1:50)
  - carb ratio at lunch 1:12
  - if she is under 70, 15 g fast carbs and recheck in 15, same as before

She knows how to bolus from the controller but she's still getting used to it, so if you could watch her do lunch the first couple days I would really appreciate it.

Thank you for everything,
Erika (Maddie Lund's mom, 7th grade)
''')

add('phi', 'self', 'Sorensen', '''
From: Kristin Sorensen <ksorensen@sorensenlaw.com>
To: flexbenefits@wageworks-claims.com
Subject: FW: Receipts - allergy clinic copays, dependent Ruby Sorensen
Date: Mon, 07 Dec 2026 12:15:48 -0600
''', '''Please see the receipts below for my FSA claim. Dependent: Ruby Sorensen (daughter). I have submitted the form online, claim ref FSA-2026-118804.

Kristin Sorensen
Employee ID 40021

---------- Forwarded message ---------
From: Lakeshore Children's Hospital Patient Financial Services <pfs-receipts@lakeshorechildrens.org>
Date: Thu, Nov 19, 2026
Subject: Your payment receipt

Thank you for your payment.
Patient: Ruby Sorensen
Guarantor: Kristin Sorensen
Service date: 11/02/2026  Allergy & Immunology Clinic - office visit, skin testing
Amount paid: $60.00 (Visa ending 4471)
Service date: 11/16/2026  Allergy & Immunology Clinic - allergen immunotherapy
Amount paid: $25.00 (Visa ending 4471)
''')
# ======================= PHI-LISTS =======================
add('phi', 'lists', 'Bergstrom', '''
From: "Huang, Michelle RN" <mhuang@lakeshorechildrens.org>
To: "Westfield Peds Team" <westfield-team@lakeshorechildrens.org>
Subject: huddle 12/8
Date: Tue, 08 Dec 2026 07:45:00 -0600
''', '''Morning huddle - Tues

Providers: Cho (AM only), Halvorsen, Bauer NP
MAs: Luz, Kendra, Ty (float)

Heads up on today's schedule:
* 8:00 Bergstrom, Nora - 2 mo WCC, first shots, mom declined hep B at birth so catch up
* 8:40 Yusuf, Amina - interpreter Somali booked (Abdi) - NEEDS 40 min slot
* 9:20 Castellano twins (Luca + Gia) - 12 mo, lead + CBC, draw in room 6 please
* 10:00 Pryor, Jaxon - ADHD f/u, bring Vanderbilts from teacher
* 1:30 Whitlock, Grace - post-ED f/u for the arm, splint check
* 3:15 Delaney, Owen - sports physical, parent said he fainted at practice last month so Halvorsen wants ECG

Room 3 sink still broken - use 4.
Flu vaccine count: 38 peds left.
''')

add('phi', 'lists', 'Moreau', '''
From: Brianna Tolliver <btolliver@lakeshorechildrens.org>
To: Patient Access Outreach <access-outreach@lakeshorechildrens.org>
Subject: no-shows last week - Neuro clinic
Date: Tue, 08 Dec 2026 14:12:37 -0600
''', '''Pasting from the report. Can you make the reschedule calls by Friday? The two flagged ones have missed 2 in a row so Dr. Fairbanks wants a social work referral too.

MRN\tPatient\tDOB\tAppt\tProvider\tPhone\tNote
10293384\tMoreau, Julien\t04/22/2015\t12/01 9:30\tFairbanks\t414-327-8810\t2nd no-show FLAG
10577120\tAkintola, Tobi\t09/09/2019\t12/01 1:00\tGrewal\t262-523-4471\t
10411906\tSchmitt, Hailey\t01/30/2012\t12/02 10:15\tFairbanks\t414-771-0932\tEEG result review
10688042\tNguyen, Bao\t11/11/2020\t12/03 8:45\tGrewal\t414-645-2217\tneeds Vietnamese interp
10320519\tKowalski, Piper\t06/17/2013\t12/04 2:30\tFairbanks\t920-388-1150\t2nd no-show FLAG

thx
Bri
''')

add('phi', 'lists', 'Ambrose', '''
From: "OR Scheduling" <or-scheduling@lakeshorechildrens.org>
To: "Anesthesia Schedulers" <anes-sched@lakeshorechildrens.org>, "Periop Charge RN" <periop-charge@lakeshorechildrens.org>
Subject: Thurs 12/10 OR 7 & 8 - revised
Date: Wed, 09 Dec 2026 16:28:50 -0600
''', '''Revised after the add-on. Changes marked *.

OR 7 (Dr. Landry - ENT)
  0730  Ambrose, Caleb      5y   T&A                         
  0900  Fitch, Lucy         3y   BMT                          
  0945  Ramirez, Santiago   7y   T&A + BMT                   
 *1130  Oduya, Kemi         14y  DL/bronch, add-on            

OR 8 (Dr. Abernethy - Gen Surg)
  0730  Tso, Daniel         11y  lap appy (from ED)          
  1000  Heller, Violet      9mo  inguinal hernia repair      
 *1230  moved to Fri:  Grant, Hudson  4y  orchiopexy         

Please confirm anesthesia coverage for the 1130 by 10 tonight.
-- Sheila, OR Scheduling x5520
''')

add('phi', 'lists', 'Pacheco', '''
From: Joanne Rudd, RN <jrudd@milwaukeeacademy.org>
To: Westfield Pediatrics Records <westfield-records@lakeshorechildrens.org>
Subject: Immunization records needed - students exclusion date 12/18
Date: Thu, 10 Dec 2026 09:03:41 -0600
''', '''Hello,

We have signed releases on file for the students below, all patients of your clinic per the parents. State exclusion date for incomplete records is 12/18. Could you please fax updated immunization histories to 414-475-3302?

 1. Pacheco, Isabella (DOB 2/6/2019) - missing 2nd MMR and 2nd varicella
 2. Lindgren, Axel (DOB 8/29/2018) - missing DTaP #5
 3. Boateng, Kwame (DOB 3/15/2016) - record shows only 1 Hep A
 4. Ferraro, Nico (DOB 11/2/2019) - no polio #4 on our copy
 5. Haddad, Layla (DOB 5/21/2014) - Tdap/MCV4 for 6th grade

Releases attached as scanned PDFs to the fax I sent on 12/3, happy to resend.

Joanne Rudd, RN
Milwaukee Academy Health Office
''')

add('phi', 'lists', 'Dressler', '''
From: "Camp Sugar Pine Medical" <medical@campsugarpine.org>
To: Dr. Naomi Sato <nsato@lakeshorechildrens.org>
Subject: Winter camp weekend - final camper insulin list for your review
Date: Fri, 11 Dec 2026 11:55:26 -0600
''', '''Dr. Sato,

Here is the final list for the Jan 8-10 winter weekend from the Lakeshore endo clinic families. Can you sign off before we send to the volunteer nurses?

| Camper            | Age | Delivery   | Basal / long-acting         | Lunch carb ratio | Notes                |
|-------------------|-----|------------|-----------------------------|------------------|----------------------|
| Dressler, Owen    | 10  | Omnipod 5  | auto                        | 1:15             | Dexcom G7            |
| Vang, Mai         | 12  | pens       | Tresiba 14 u HS             | 1:10             | celiac, GF meals     |
| Harlow, Bennett   | 9   | t:slim     | auto                        | 1:20             | hx severe low 10/26  |
| Ibarra, Lucia     | 13  | pens       | Lantus 18 u AM              | 1:8              | Spanish-speaking mom |
| Kessler, Finn     | 11  | Omnipod 5  | auto                        | 1:14             | nut allergy, EpiPen  |

Thanks!
Meg Carroway, RN - Camp Medical Director
''')

add('phi', 'lists', 'Thibodeaux', '''
From: Anya Petrakis <apetrakis@lakeshorechildrens.org>
To: Pet Therapy Volunteers <pawsteam@lakeshorechildrens.org>
Subject: Saturday dog visits - 5 West
Date: Fri, 11 Dec 2026 15:40:19 -0600
''', '''Hi Paws team!

Here is who's asked for a visit on 5W this Saturday. Please check in at the nurses' station first, things change fast.

- 502 - Remy Thibodeaux (7) - loves big dogs, Biscuit please!
- 506 - Skylar Ng (15) - ok with any dog, likes to brush them
- 511 - Isaiah Boyd (4) - a little scared, start with Pepper from the doorway
- 514 - NO dog visit, Oliver's on contact precautions
- 519 - Avery Lindholm (10) - can't get out of bed after surgery, lap visit on a sheet is fine

Thanks for everything you do!
Anya, Child Life
''')

add('phi', 'lists', 'Oyelaran', '''
From: Infusion Center Scheduling <infusion-sched@lakeshorechildrens.org>
To: "Pharmacy - Oncology Satellite" <onc-pharm@lakeshorechildrens.org>
Subject: week of 12/14 infusion schedule
Date: Sat, 12 Dec 2026 10:02:03 -0600
''', '''Attached is next week's chair schedule so you can start prep. Two new starts on Tuesday.

-Infusion sched
''', atts=[('text', 'infusion_wk1214.csv', '''date,time,chair,mrn,patient,dob,drug,dose,notes
2026-12-14,08:00,1,10722019,"Oyelaran, Temi",2016-07-03,IVIG,40 g,premed benadryl/tylenol
2026-12-14,08:30,3,10401156,"Baptiste, Noah",2011-02-18,infliximab,400 mg,
2026-12-15,08:00,2,10833478,"Mueller, Stella",2019-10-27,vincristine,1.5 mg/m2,NEW START
2026-12-15,09:00,4,10655231,"Sandoval, Eli",2014-04-09,iron sucrose,100 mg,
2026-12-15,10:30,1,10844902,"Kruger, Tessa",2017-12-01,ocrelizumab,300 mg,NEW START - 6h
2026-12-16,08:00,2,10722019,"Oyelaran, Temi",2016-07-03,IVIG,40 g,day 3
''', 'csv')])
# ======================= PHI-STRUCT =======================
add('phi', 'struct', 'Haugen', '''
From: "Interface Engine Alerts" <cloverleaf-alerts@lakeshorechildrens.org>
To: "Lab IS Team" <lab-is@lakeshorechildrens.org>
Subject: [ALERT] ORU inbound error - thread lab_res_in - 3 msgs held
Date: Mon, 14 Dec 2026 03:17:44 -0600
''', '''Thread: lab_res_in   Site: PROD   Severity: 2
Error: Segment OBX-3 code not found in translation table RESULT_MAP (QuestRef)
Messages held: 3   First held: 2026-12-14 03:05:12

Sample held message (1 of 3):
MSH|^~\\&|QUESTLAB|QDIWI|CLOVERLEAF|LKCH|202612140305||ORU^R01|Q87712094|P|2.5.1
PID|1||10377845^^^LKCH^MR||HAUGEN^SIGRID^E||20130518|F|||4410 N OAKLAND AVE^^SHOREWOOD^WI^53211||4143329017
PV1|1|O|ENDO^^^LKCH||||1450392^SATO^NAOMI
ORC|RE|LK44120937|QD7718203
OBR|1|LK44120937|QD7718203|TTGIGA^Tissue Transglutaminase IgA^L|||202612101122
OBX|1|NM|TTGA-Q^TTG IGA^QREF||48.2|U/mL|<15|H|||F
OBX|2|NM|IGA-Q^IMMUNOGLOBULIN A^QREF||162|mg/dL|34-305|N|||F

Action required: add QREF codes to RESULT_MAP and resend from hold queue.
-- automated message, do not reply --
''')

add('phi', 'struct', 'Carvalho', '''
From: Derek Vos <dvos@lakeshorechildrens.org>
To: "Clearinghouse Support" <support@availity-helpdesk.com>
Subject: Rejected 837P batch 20261211-04 - ISA15 / NM1 issue?
Date: Mon, 14 Dec 2026 10:44:18 -0600
''', '''Hi,

Our batch from 12/11 was rejected with "999 AK9 R - IK3 NM1 loop 2010BA". I've attached the single claim that failed after we split the batch. Member ID looks right to me, maybe the suffix? Can you tell us what the payer doesn't like?

Ticket # please.

Derek Vos
Revenue Cycle - Professional Billing
Lakeshore Children's Hospital
''', atts=[('bin', 'clm_20261211_04_single.x12', '''ISA*00*          *00*          *ZZ*LKCH4410       *ZZ*AVAILITY       *261211*1612*^*00501*000004417*0*P*:~
GS*HC*LKCH4410*AVAILITY*20261211*1612*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*LK20261211004*20261211*1612*CH~
NM1*41*2*LAKESHORE CHILDRENS PHYSICIAN GROUP*****46*LKCH4410~
PER*IC*DEREK VOS*TE*4142667711~
NM1*40*2*FORWARDHEALTH*****46*77027~
HL*1**20*1~
NM1*85*2*LAKESHORE CHILDRENS PHYSICIAN GROUP*****XX*1497738201~
N3*8915 W CONNELL CT~
N4*MILWAUKEE*WI*532263050~
REF*EI*391228845~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*CARVALHO*THIAGO****MI*4407712983~
N3*2219 S 13TH ST~
N4*MILWAUKEE*WI*53215~
DMG*D8*20180304*M~
NM1*PR*2*WISCONSIN MEDICAID*****PI*77027~
CLM*LK8830217*245***11:B:1*Y*A*Y*Y~
HI*ABK:J0390*ABF:R062~
NM1*82*1*GREWAL*ANIKA****XX*1639920418~
LX*1~
SV1*HC:99214*185*UN*1***1:2~
DTP*472*D8*20261207~
LX*2~
SV1*HC:94640*60*UN*1***1~
DTP*472*D8*20261207~
SE*27*0001~
GE*1*4417~
IEA*1*000004417~
''', 'application/octet-stream')])

add('phi', 'struct', 'Whitehorse', '''
From: Eligibility Bot <elig-bot@lakeshorechildrens.org>
To: "Patient Access - Day Surgery" <pa-daysurgery@lakeshorechildrens.org>
Subject: 271 response - INACTIVE coverage - DOS 12/17
Date: Tue, 15 Dec 2026 05:30:02 -0600
''', '''Eligibility check returned INACTIVE for a scheduled case. Please contact family before DOS.

Case: 12/17/2026 Day Surgery, Dr. Landry, CPT 42820
Raw 271:

ST*271*0001*005010X279A1~
BHT*0022*11*ELG88410233*20261215*0530~
HL*1**20*1~
NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
HL*2*1*21*1~
NM1*1P*2*LAKESHORE CHILDRENS HOSPITAL*****XX*1306845512~
HL*3*2*22*0~
TRN*2*ELG88410233*9LKCHELIG~
NM1*IL*1*WHITEHORSE*DAKOTA****MI*918442075-02~
DMG*D8*20170822*F~
DTP*307*RD8*20250101-20261130~
EB*6**30~
MSG*COVERAGE TERMINATED 11/30/2026~
SE*13*0001~
''')

add('phi', 'struct', 'Lemaire', '''
From: "Dev, Sunil" <sdev@lakeshorechildrens.org>
To: "Integration Team" <integration@lakeshorechildrens.org>
Subject: FHIR bundle from the school-health app failing validation
Date: Tue, 15 Dec 2026 14:06:33 -0600
''', '''Folks - the ClassroomCare pilot is posting bundles with Observation.subject pointing at a contained Patient instead of our reference. Validation fails at our gateway. Attaching one that came in this morning (real one, from the pilot school, so treat accordingly). Can we talk at standup tomorrow about whether we accept contained or push back on the vendor?

Sunil
''', atts=[('bin', 'bundle_20261215T0911.json', '''{
  "resourceType": "Bundle",
  "type": "transaction",
  "timestamp": "2026-12-15T09:11:42-06:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Observation",
        "contained": [
          {
            "resourceType": "Patient",
            "id": "p1",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4410.1", "value": "10590331"}],
            "name": [{"family": "Lemaire", "given": ["Adele", "June"]}],
            "birthDate": "2015-09-14",
            "gender": "female"
          }
        ],
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "19935-6", "display": "Peak expiratory flow rate"}]},
        "subject": {"reference": "#p1"},
        "effectiveDateTime": "2026-12-15T08:55:00-06:00",
        "valueQuantity": {"value": 190, "unit": "L/min"},
        "note": [{"text": "Used albuterol 2 puffs at 8:57 per action plan yellow zone. Back to class 9:20."}]
      },
      "request": {"method": "POST", "url": "Observation"}
    }
  ]
}
''', 'application/json')])

add('phi', 'struct', 'Ferreira', '''
From: HIM Release of Information <roi@lakeshorechildrens.org>
To: "Dr. Owen Byrne" <obyrne@northshorepeds.com>
Subject: Continuity of Care Document - requested records
Date: Wed, 16 Dec 2026 09:48:15 -0600
''', None, html='''<html><head><style>
body{font-family:Segoe UI,Arial;font-size:10pt}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px;font-size:9pt}
th{background:#DDE6F0}
</style></head><body>
<p>Dr. Byrne,</p>
<p>Per the signed authorization received 12/14/2026, below is the summary section of the Continuity of Care Document for your new patient. The full C-CDA XML will follow through Direct messaging.</p>
<h3>Patient: FERREIRA, Mateus Henrique &nbsp;|&nbsp; DOB: 2012-01-26 &nbsp;|&nbsp; MRN: 10218830</h3>
<h4>Problems</h4>
<table><tr><th>Problem</th><th>Status</th><th>Onset</th></tr>
<tr><td>Type 1 diabetes mellitus</td><td>Active</td><td>2019-05</td></tr>
<tr><td>Hashimoto thyroiditis</td><td>Active</td><td>2024-02</td></tr></table>
<h4>Medications</h4>
<table><tr><th>Medication</th><th>Sig</th></tr>
<tr><td>insulin lispro (Humalog) U-100</td><td>per pump</td></tr>
<tr><td>levothyroxine 50 mcg tab</td><td>1 tab PO daily</td></tr></table>
<h4>Results (most recent)</h4>
<table><tr><th>Test</th><th>Value</th><th>Date</th></tr>
<tr><td>Hemoglobin A1c</td><td>7.9 %</td><td>2026-11-04</td></tr>
<tr><td>TSH</td><td>2.1 mIU/L</td><td>2026-11-04</td></tr></table>
<p style="font-size:8pt;color:#666">&lt;component&gt;&lt;section&gt;&lt;templateId root="2.16.840.1.113883.10.20.22.2.5.1"/&gt;&lt;code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/&gt;...</p>
<p>Health Information Management<br>Lakeshore Children&#39;s Hospital<br>Phone 414-266-2190 &nbsp; Fax 414-266-2197</p>
<p style="font-size:7pt;color:#999">This message contains protected health information. Redisclosure is prohibited unless permitted by law.</p>
</body></html>''')

add('phi', 'struct', 'Ashby', '''
From: "Fax Server" <rightfax@lakeshorechildrens.org>
To: "GI Referrals" <gi-referrals@lakeshorechildrens.org>
Subject: Inbound fax from 6083341290 - 4 pages
Date: Wed, 16 Dec 2026 16:21:57 -0600
''', '''You have received a fax. OCR text of the cover page is attached.
Fax ID: RF-2026121616215  Pages: 4  CSID: MADISON KIDS FIRST
''', atts=[('text', 'RF-2026121616215_p1_ocr.txt', '''MADISON KIDS FIRST PEDIATRICS
1722 Monroe St  Madison WI 53711
Ph 608-334-1200   Fax 608-334-1290

FAX COVER SHEET - REFERRAL

To: Lakeshore Children's - Pediatric Gastroenterology
Fax: 414-266-3011
From: Carla Benning, CMA for Dr. Jerome Tidwell
Date: 12/16/26      Pages incl cover: 4

Patient: Ashby, Cooper J.
DOB: 07/07/2016
Parent/guardian: Lisa Ashby  608-212-4490
Insurance: Quartz  ID QZ5518807401

Reason for referral: 6 mo hx intermittent abdominal pain, poor weight gain (dropped from 40th to 15th %ile),
celiac panel negative, fecal calprotectin 410 on 12/2. Requesting eval, ?scope.
URGENT [X]   Routine [ ]

Attached: last 2 office notes, growth chart, labs

CONFIDENTIAL: The documents accompanying this transmission contain health information that is
legally privileged. If you are not the intended recipient, notify the sender immediately.
''', 'plain')])

add('phi', 'struct', 'Sokolova', '''
From: Quality Analytics <quality-analytics@lakeshorechildrens.org>
To: "Sepsis Committee - Chart Review" <sepsis-review@lakeshorechildrens.org>
Subject: Nov sepsis bundle fallouts for chart review (secure)
Date: Thu, 17 Dec 2026 08:30:00 -0600
''', '''Attached are the November fallouts for your assigned chart reviews. Zip is password-protected per policy - password sent separately. Please do not forward outside the committee.

QA
''', atts=[('zip', 'sepsis_fallouts_2026-11.zip', [('sepsis_fallouts_2026-11.csv', '''encounter_id,mrn,patient_name,dob,arrival,unit,time_to_abx_min,lactate_done,fluid_bolus_min,reviewer
E88201445,10603387,"SOKOLOVA, ANASTASIA",2021-03-11,2026-11-03 22:41,ED,96,Y,52,Marsh
E88203117,10118240,"PIERCE, JAMESON",2009-08-02,2026-11-07 14:05,ED,71,N,40,Osei
E88207762,10772915,"ABDI, HAMZA",2024-01-19,2026-11-12 03:18,PICU,88,Y,65,Marsh
E88212094,10455670,"RIVERA-COLE, MAYA",2017-06-25,2026-11-22 19:50,5W,124,Y,90,Haddad
''')])])

add('phi', 'struct', 'Kovac', '''
From: "Vance, Trish" <tvance@lakeshorechildrens.org>
To: "ADT Support" <adt-support@lakeshorechildrens.org>
Subject: FW: wrong bed in A02 - PICU
Date: Thu, 17 Dec 2026 11:58:09 -0600
''', '''Forwarding the original from the PICU clerk. The transfer posted to 4W-12 but the kid is physically in PICU-08. Raw message is in her email. Can you correct before the bed board goes nuts again?

Trish
''', atts=[('eml', inner('''
From: "PICU Unit Clerk" <picu-clerk@lakeshorechildrens.org>
To: "Vance, Trish" <tvance@lakeshorechildrens.org>
Subject: wrong bed in A02
Date: Thu, 17 Dec 2026 11:40:22 -0600
Message-ID: <picuclerk.20261217.1140@mail.lakeshorechildrens.org>
''', '''Trish this is the one, he's with us, not on 4W. Copied from the ADT monitor:

MSH|^~\\&|EPIC|LKCH|BEDBOARD|LKCH|20261217112917||ADT^A02|7720193344|P|2.3
EVN|A02|20261217112900
PID|1||10889102^^^LKCH^MR||KOVAC^LUKA^||20200229|M|||||4147720361
PV1|1|I|4W^12^A^LKCH||||2210447^RAMIREZ^ELENA|||PICU||||||||E70018834
PV2|||^RESPIRATORY FAILURE, HIGH FLOW

Thanks!! - Gina
'''))])
# ======================= PHI-IDS =======================
add('phi', 'ids', '', '''
From: Kendra Voss <kvoss@lakeshorechildrens.org>
To: "HIM Coding" <him-coding@lakeshorechildrens.org>
Subject: missing charge
Date: Fri, 18 Dec 2026 09:12:50 -0600
''', '''MRN 10482913 - 10/14 audiology booth test never dropped a charge, provider was Klug. Can you add to the encounter? CSN 88120044719.

thx K
''')

add('phi', 'ids', '', '''
From: "Denials Mgmt" <denials@lakeshorechildrens.org>
To: "Rehab Services Auth" <rehab-auth@lakeshorechildrens.org>
Subject: denial - 97110 x 6 no auth
Date: Fri, 18 Dec 2026 11:26:08 -0600
''', '''Claim 2026091800417, member ID MCW884201773, DOS 09/08-10/13 PT therapeutic exercise, 6 visits denied CO-197 (precert absent). Payer says auth on file expired 9/1. Please look for a retro auth or the extension request. Timely filing for appeal is 1/15.
''')

add('phi', 'ids', '', '''
From: Patient Financial Services <pfs@lakeshorechildrens.org>
To: "Sleep Center Front Desk" <sleep-fd@lakeshorechildrens.org>
Subject: RE: payment plan
Date: Fri, 18 Dec 2026 14:03:33 -0600
''', '''Set up. Acct 55120034, DOB 02/11/2019, balance $1,412.60 from the 9/22 overnight PSG, 12 x $117.72 starting 1/5. Guarantor signed electronically. You can let mom know at check-in for the follow-up.

> Can PFS set up a payment plan for the family I sent over this morning? Mom is at the desk, they are here for the follow-up after the sleep study. acct 55120034.
''')

add('phi', 'ids', '', '''
From: "Urgent Care West - Nurse Line" <ucw-nurse@lakeshorechildrens.org>
To: "Urgent Care West - Nurse Line" <ucw-nurse@lakeshorechildrens.org>
Subject: callback
Date: Sat, 19 Dec 2026 10:44:27 -0600
''', '''cb 414-782-3309 re: throat cx from Thurs, came back + for GAS. mom wants amox liquid sent to Pick n Save pharm on Capitol. peds pt seen by Dr. Ahn, acct UC7741208. LM x1 at 10:40.
''')

add('phi', 'ids', '', '''
From: Amber Lisowski <alisowski@numotion.com>
To: "Complex Care Clinic - Equipment" <cc-equipment@lakeshorechildrens.org>
Subject: PA # 2026-0418833 - power chair - need updated LMN
Date: Mon, 21 Dec 2026 08:37:12 -0600
''', '''Hello,

Medicaid ID 4401982276, PA # 2026-0418833. ForwardHealth returned the power wheelchair request for the seating eval from 11/5 - they want an updated letter of medical necessity with the date of the last PT mobility assessment and a signed face-to-face. Physician on the order is Dr. Ingram.

Can you send by 1/4 so we don't lose the slot?

Amber Lisowski, ATP
Numotion - Milwaukee
''')

add('phi', 'ids', '', '''
From: Core Lab Specimen Processing <corelab-proc@lakeshorechildrens.org>
To: "ED Charge RN" <ed-charge@lakeshorechildrens.org>
Subject: hemolyzed - redraw
Date: Mon, 21 Dec 2026 13:15:45 -0600
''', '''Acc# 26-355-04417 / MRN 10733592 - K+ 6.9 but gross hemolysis, reported as hemolyzed, pls redraw BMP from ED bay 11. Called to Jamie RN 13:12.
''')

add('phi', 'ids', '', '''
From: Registration QA <reg-qa@lakeshorechildrens.org>
To: "HIM Data Integrity" <him-di@lakeshorechildrens.org>
Subject: dup MRN - merge request
Date: Tue, 22 Dec 2026 07:50:31 -0600
''', '''Please merge:
  Surviving MRN: 7734098
  Non-surviving:  7734410 (created by ED reg 11/30 23:52, DOB entered 01/01/2023 in error - correct DOB 01/10/2023)
Same child, same mom, same address. ED visit 11/30 and the 12/2 ENT consult are on the dup and need to move over.
''')

add('phi', 'ids', '', '''
From: "Outpatient Pharmacy" <op-pharmacy@lakeshorechildrens.org>
To: "GI Clinic RN Pool" <gi-rn@lakeshorechildrens.org>
Subject: PA needed Rx 6120448
Date: Tue, 22 Dec 2026 12:30:09 -0600
''', '''Rx# 6120448 (MRN 10218830) adalimumab 40 mg q2wk - rejected 75 PA required, BIN 610014 / PCN ADV. Family picking up Thursday. Pls start PA in CoverMyMeds, key will be on the fax.
''')
# ======================= PHI-LANG =======================
add('phi', 'lang', 'Gutiérrez', '''
From: Yesenia Gutierrez <yesegtz77@hotmail.com>
To: westfield-pool@lakeshorechildrens.org
Subject: cita de mi hija Valeria
Date: Tue, 22 Dec 2026 20:11:38 -0600
''', '''Buenas noches,

Soy la mamá de Valeria Gutiérrez Ramos, fecha de nacimiento 14/03/2020. Tenemos cita el 29 de diciembre con la Dra. Halvorsen para el control de los oídos, pero mi esposo cambió de turno y no tengo quién me lleve. ¿Se puede cambiar para el 5 o 6 de enero, de preferencia en la tarde?

También quería preguntar: el jarabe de amoxicilina que le recetaron se terminó el sábado y todavía se jala la oreja derecha en la noche. ¿Es normal o la llevo antes?

Mi número es 414-902-5517, hablo español, gracias por poner intérprete.

Yesenia Gutiérrez
''', charset='windows-1252', cte='quoted-printable')

add('phi', 'lang', 'Pham', '''
From: Lan Nguyen (Phiên dịch viên) <lnguyen-interp@lakeshorechildrens.org>
To: "Dr. Thomas Pham" <tpham@lakeshorechildrens.org>
Subject: tin nhắn của mẹ bé Minh Anh
Date: Wed, 23 Dec 2026 09:25:04 -0600
''', '''Bác sĩ Pham,

Mẹ của bé Phạm Minh Anh (sinh ngày 02/08/2021) gọi đến đường dây thông dịch sáng nay. Chị ấy nói bé bị nôn 3 lần từ tối qua sau khi uống thuốc sắt mới, không sốt, vẫn uống nước được. Chị hỏi có nên ngưng thuốc sắt cho đến lần tái khám ngày 7/1 không, và có cần làm lại xét nghiệm máu trước lần hẹn đó không.

Số điện thoại của chị: 414-617-2083 (chỉ nói tiếng Việt).

English summary: mom of Minh Anh Pham reports 3x vomiting since starting the new iron last night, no fever, tolerating fluids. Asks whether to hold iron until 1/7 f/u and whether to redo CBC first. Please reply and I'll call her back.

Lan Nguyen
Interpreter Services - Vietnamese
''', cte='base64')

add('phi', 'lang', 'Jean-Baptiste', '''
From: Rose-Marie Jean-Baptiste <rmjeanbaptiste@gmail.com>
To: sicklecell-clinic@lakeshorechildrens.org
Subject: Pitit mwen Wilson
Date: Wed, 23 Dec 2026 23:48:17 -0500
''', '''Bonswa,

Mwen se manman Wilson Jean-Baptiste, li gen 11 an. Li te fè transfizyon li nan klinik nou an 12 desanm. Depi yè li gen doulè nan do ak nan janm li, mwen ba li ibipwofèn men li pa pase. Li pa gen lafyèv. Èske m dwe mennen l nan ijans aswè a oswa m ka tann randevou li 30 desanm nan?

Telefòn mwen: 857-204-6631. Mwen pale kreyòl, yon ti kras angle.

Mèsi anpil,
Rose-Marie
''')

add('phi', 'lang', 'Almeida', '''
From: "Costa, Fernanda RN" <fcosta@lakeshorechildrens.org>
To: "Almeida, Rogério" <rogerio.almeida@terra.com.br>
Subject: Re: resultado do exame da Beatriz
Date: Thu, 24 Dec 2026 10:02:55 -0600
''', '''Olá Sr. Rogério,

Falei com a Dra. Kowalczyk hoje de manhã. O ultrassom renal da Beatriz do dia 18 está normal, sem dilatação - então não precisa fazer a cistografia (VCUG) que estava marcada para janeiro. Ela vai continuar com o antibiótico profilático só até o fim do mês e depois para.

Vou cancelar o appointment do dia 8/1 no radiology. O follow-up com a urologia continua dia 4/2 às 14h.

Qualquer dúvida pode me escrever.

Fernanda Costa, RN
Pediatric Urology Clinic

> Bom dia, gostaria de saber se já saiu o resultado do ultrassom da minha filha Beatriz Almeida, feito dia 18. Obrigado, Rogério
''', charset='iso-8859-1', cte='quoted-printable')

add('phi', 'lang', 'Белов', '''
From: Irina Belova <irina.belova.mke@mail.ru>
To: "Neurology Clinic" <neuro-clinic@lakeshorechildrens.org>
Subject: Артём Белов - ЭЭГ 6 января
Date: Fri, 25 Dec 2026 08:30:11 -0600
''', '''Здравствуйте,

Пишу по поводу моего сына Артёма Белова (дата рождения 19.10.2018). У него назначено ЭЭГ со сном на 6 января в 8:00. В письме сказано, что ночью перед исследованием он должен спать не больше 4 часов. Это правда? Ему 8 лет, я не знаю, как это сделать.

Также доктор Fairbanks увеличила дозу леветирацетама до 250 мг два раза в день — нам давать утреннюю дозу в день ЭЭГ или нет?

Если удобнее, позвоните мне: 414-388-9052. Английский у меня не очень хороший, лучше с переводчиком.

Спасибо,
Ирина Белова
''', cte='base64')

add('phi', 'lang', 'الراشد', '''
From: Khalid Al-Rashid <kalrashid1980@gmail.com>
To: "International Patient Services" <international@lakeshorechildrens.org>
Subject: استفسار عن موعد عملية ابني يوسف
Date: Fri, 25 Dec 2026 19:02:40 +0300
''', '''السلام عليكم،

أنا والد الطفل يوسف خالد الراشد، مواليد ٢٠١٩/٠٤/١١، رقم الملف ١٠٩٠٢٢٤٧. تم تحديد موعد عملية القلب (إغلاق الثقب بين البطينين) مع الدكتور Abernethy في شهر فبراير. نرجو إرسال خطاب رسمي بالموعد وتقدير التكلفة حتى نقدمه للسفارة لاستخراج التأشيرة.

كذلك نرجو إرسال نتيجة تخطيط صدى القلب الأخير من شهر نوفمبر.

رقمي على الواتساب: ‎+966 55 412 7730

مع الشكر،
خالد الراشد
''')

add('phi', 'lang', 'Dizon', '''
From: "Dizon, Maricel RN" <mdizon@lakeshorechildrens.org>
To: "Villanueva, Jun RN" <jvillanueva@lakeshorechildrens.org>
Subject: endorse si baby Dizon (hindi kamag-anak haha)
Date: Sat, 26 Dec 2026 06:58:22 -0600
''', '''Jun,

Pa-endorse ko lang si baby Gabriel Dizon sa bed 22, NICU pod C. Hindi ko siya kamag-anak ha, coincidence lang sa apelyido. 

- 34 weeker, DOL 9 na
- naka-CPAP pa rin +5, FiO2 23-25%
- gavage feeds 28 ml q3, tolerated naman, walang residuals kagabi
- bili kaninang 0400 = 9.8, off phototherapy na since kahapon, repeat bukas ng umaga
- si mommy (Jasmine) darating ng 10am para sa kangaroo care, pakituruan ulit sa pag-hawak ng tubes

Salamat! Ingat sa duty.
Mari
''')
# ======================= CLEAN-STAFF =======================
add('clean', 'staff', '', '''
From: Brittany Kolb <bkolb@lakeshorechildrens.org>
To: "5 West RNs" <5w-rn@lakeshorechildrens.org>
Subject: anyone want my 12/31 night?
Date: Sun, 27 Dec 2026 11:14:03 -0600
''', '''Hi friends - looking to give away (or trade) my NYE night shift 12/31 1900-0730. Would take any day shift 1/2-1/9 in return, or just take it, I won't be mad. Already ok'd with Renee as long as skill mix works.

Text me 414-803-2291
Britt
''')

add('clean', 'staff', '', '''
From: "PICU Charge RN" <picu-charge@lakeshorechildrens.org>
To: "Nursing Staffing Office" <staffing@lakeshorechildrens.org>
Cc: "Delacroix, Renee RN CN" <rdelacroix@lakeshorechildrens.org>
Subject: PICU tonight - need 2
Date: Sun, 27 Dec 2026 15:46:29 -0600
''', '''We're at 26 of 28 with 2 more coming from the ED and one transport from Green Bay still in the air. 9 of ours are on high flow or the vent, 3 are 1:1. I need 2 RNs for nights (ICU competency) and an extra RT if you can find one. Will cancel the float request if the transport gets diverted.

- Marcus, PICU charge
''')

add('clean', 'staff', '', '''
From: Jared Lusk <jlusk@lakeshorechildrens.org>
To: "Pharmacy Automation" <pharm-automation@lakeshorechildrens.org>
Subject: RE: 4W Pyxis tower 2 down again
Date: Mon, 28 Dec 2026 02:31:17 -0600
''', '''Still down. Drawers 3 and 5 won't open, screen says "hardware communication error". We're pulling from tower 1 and the override list but it's slow at 0200 meds. Can someone come up before 0600? We already power-cycled twice per the last ticket (INC0448127).

Jared, 4W night charge

-----Original Message-----
From: Pharmacy Automation
Sent: Sunday, December 27, 2026 9:02 PM
To: Jared Lusk
Subject: RE: 4W Pyxis tower 2 down again

Try a power cycle. If still down call x6600 and page the on-call tech.
''')

add('clean', 'staff', '', '''
From: "6 East Social Committee" <kahart@lakeshorechildrens.org>
To: "6 East - All Staff" <6e-all@lakeshorechildrens.org>, "Nursing Leadership" <nursing-leaders@lakeshorechildrens.org>
Subject: You're invited: Peggy's retirement send-off 1/6
Date: Mon, 28 Dec 2026 12:00:00 -0600
''', None, html='''<html><head><style>
body{font-family:Georgia,serif;background:#FFF8F0}
.box{border:2px dashed #E07A5F;padding:14px;width:520px}
h2{color:#E07A5F}
</style></head><body><div class="box">
<h2>&#127881; Farewell, Peggy! &#127881;</h2>
<p>After <b>31 years</b> on 6 East, Peggy Lindstrom is hanging up her stethoscope (and her famous cartoon-print scrubs). Please join us to celebrate!</p>
<table cellpadding="4"><tr><td><b>When:</b></td><td>Wednesday, January 6, 2:00&#8211;4:00 pm</td></tr>
<tr><td><b>Where:</b></td><td>Conference Room B, 2nd floor</td></tr>
<tr><td><b>Bring:</b></td><td>Your favorite Peggy story for the memory book</td></tr></table>
<p>Collection for a gift is at the 6E desk through 1/4 (Venmo @Kelsey-Ann-Hart works too).</p>
<p>&#8212; The 6 East Social Committee</p></div></body></html>''')

add('clean', 'staff', '', '''
From: "Chief Residents" <peds-chiefs@lakeshorechildrens.org>
To: "Pediatric Residents" <peds-residents@lakeshorechildrens.org>
Subject: Noon conference swaps - week of 1/11
Date: Tue, 29 Dec 2026 17:20:44 -0600
''', '''Hi all,

A few changes for the week of 1/11:

Mon - Dr. Grewal, "Febrile seizures: what to tell families" (unchanged)
Tue - MOVED to Thursday: Dr. Fairbanks is at a conference
Wed - Board review, cardiology Qs, bring your phones for the polling
Thu - Dr. Fairbanks, "Headache red flags" + the M&M that got bumped from December (Dr. Marsh presenting, de-identified, no photos please)
Fri - Wellness: bowling at Landmark Lanes, 5:30, chiefs are buying the first round of fries

Lunch is Pizza Man Mon/Wed, Thai Wed... sorry, Thai on Thu. We'll get it right by Monday.

Your chiefs,
Leah, Omar & Priyanka
''')

add('clean', 'staff', '', '''
From: Anya Petrakis <apetrakis@lakeshorechildrens.org>
To: "Child Life Team" <childlife@lakeshorechildrens.org>
Subject: toy closet inventory + gift wrapping shifts
Date: Wed, 30 Dec 2026 09:07:55 -0600
''', '''Team,

The holiday donations are finally counted! We ended up with 1,240 new toys, 310 books and an embarrassing number of slime kits. Teen gifts are still the gap (we have 41 gift cards for ~90 teens on the inpatient units over the last month), so if your church or book club asks what to give, it's gift cards and phone chargers.

Wrapping shifts for the January birthday bin:
  Mon 1/4  12-1   Jess, Anya
  Wed 1/6  12-1   Theo, OPEN
  Fri 1/8  3-4    OPEN, OPEN

Please don't take anything from the closet without logging it on the clipboard, we were 12 Lego sets short last week.

Anya
''')

add('clean', 'staff', '', '''
From: "Ruffin, Tamika" <truffin@lakeshorechildrens.org>
To: "Social Work - Inpatient" <sw-inpatient@lakeshorechildrens.org>
Subject: RE: coverage 12/31 - 1/1
Date: Wed, 30 Dec 2026 14:28:00 -0600
''', '''Ok final version:

12/31 day - Tamika (pager 3381) covers PICU/NICU/ED, Jorge covers the floors
12/31 after 5 pm - on-call line as usual
1/1 - Hannah on call 8-8, Jorge backup

I have a family meeting at 2 on the 31st that I can't move so if ED calls between 2 and 3:30, please grab it Jorge.

Happy new year, you all earned it.
T

> From: Jorge Alcaraz
> Sent: Wednesday, December 30, 2026 11:50 AM
> Can I swap and do the floors on the 31st instead of the ED? My car is in the shop and the loaner isn't ready till 9, I'll be in by 9:30.
''')

# ======================= CLEAN-ADMIN =======================
add('clean', 'admin', '', '''
From: "Infection Prevention & Control" <infection-prevention@lakeshorechildrens.org>
To: "All Staff" <allstaff@lakeshorechildrens.org>
Subject: Visitor restrictions - respiratory season update (effective 1/4)
Date: Thu, 31 Dec 2026 10:00:00 -0600
''', '''Effective Monday, January 4, the following visitor restrictions are in place hospital-wide due to high community levels of influenza and RSV:

- No visitors under age 12 on inpatient units, including siblings
- Maximum 2 visitors at the bedside at one time
- All visitors are screened at the entrance for fever, cough and vomiting
- Masks are required for all visitors in patient rooms

Exceptions (end-of-life, sibling visits for long-stay patients) must be approved by the unit nurse manager and Infection Prevention. Please use the script on the intranet when explaining the policy to families.

Questions: x4490 or infection-prevention@lakeshorechildrens.org
''', html='''<html><body style="font-family:Arial;font-size:10pt">
<table width="600" style="border-top:6px solid #0072CE"><tr><td>
<h2 style="color:#0072CE">Visitor Restrictions &#8211; Respiratory Season Update</h2>
<p><b>Effective Monday, January 4</b>, the following visitor restrictions are in place hospital-wide due to high community levels of influenza and RSV:</p>
<ul><li>No visitors under age 12 on inpatient units, including siblings</li>
<li>Maximum 2 visitors at the bedside at one time</li>
<li>All visitors are screened at the entrance for fever, cough and vomiting</li>
<li>Masks are required for all visitors in patient rooms</li></ul>
<p>Exceptions (end-of-life, sibling visits for long-stay patients) must be approved by the unit nurse manager and Infection Prevention. Please use the script on the intranet when explaining the policy to families.</p>
<p>Questions: x4490 or infection-prevention@lakeshorechildrens.org</p>
<p style="font-size:8pt;color:#777">Lakeshore Children&#39;s Hospital &#183; Infection Prevention &amp; Control</p>
</td></tr></table></body></html>''')

add('clean', 'admin', '', '''
From: "IS Service Desk" <servicedesk@lakeshorechildrens.org>
To: "All Epic Users" <epic-users@lakeshorechildrens.org>
Subject: PLANNED DOWNTIME: Epic upgrade Sat 1/9 0100-0500
Date: Thu, 31 Dec 2026 13:30:00 -0600
''', '''PLANNED DOWNTIME NOTICE

System:   Epic (Hyperspace, MyLakeshore portal, Haiku/Rover)
When:     Saturday, January 9, 01:00 - 05:00 (approx. 4 hours)
Why:      Upgrade to the February release

During downtime:
  * Use the BCA (Business Continuity Access) PCs on each unit for read-only reports
  * Paper downtime forms are in the red binders; orders go to pharmacy by fax
  * Lab results will be called for critical values only
  * Do NOT log in once the banner says "Read Only" - your work will be lost

Units will receive an overhead page when the system is back. Back-entry of downtime documentation must be completed within 24 hours.

IS Service Desk | x6600 | ServiceNow: https://lakeshore.service-now.com
''')

add('clean', 'admin', '', '''
From: Compliance Office <compliance@lakeshorechildrens.org>
To: "Ambulatory Staff" <amb-staff@lakeshorechildrens.org>
Subject: REMINDER: annual privacy & compliance modules due 1/31
Date: Fri, 01 Jan 2027 08:00:00 -0600
''', '''Reminder: all workforce members must complete the 2027 annual modules in LearnLakeshore by January 31.

  1. Privacy & Security of Patient Information (25 min)
  2. Code of Conduct & Conflicts of Interest (15 min)
  3. Mandated Reporter: Child Abuse & Neglect (30 min) - NEW this year for all roles

As of today, ambulatory completion is at 41%. Managers will receive a noncompliance report on 1/20. Staff who are not complete by 1/31 will have EHR access suspended until they finish.

Having trouble logging in? Contact the LearnLakeshore help line at x5150.

Thank you for protecting our patients and families.
Office of Compliance & Privacy
''')

add('clean', 'admin', '', '''
From: Parking & Transportation <parking@lakeshorechildrens.org>
To: "All Staff" <allstaff@lakeshorechildrens.org>
Subject: Structure C closed 1/11-1/15 - staff shuttle from Lot 14
Date: Mon, 04 Jan 2027 07:15:00 -0600
''', '''Parking structure C will be closed January 11-15 for concrete repair. Staff permitted in Structure C should park in Lot 14 (Watertown Plank & 92nd). Shuttles run every 8 minutes from 5:15 am to 12:30 am.

Please leave Structure A and B for patients and families, especially the Level 1 spots near the Emergency entrance. Security will be ticketing staff vehicles in family spaces.

Thanks for your patience,
Parking & Transportation
''')

add('clean', 'admin', '', '''
From: "Charge Master Team" <cdm@lakeshorechildrens.org>
To: "Revenue Cycle Leads" <revcycle-leads@lakeshorechildrens.org>, "Clinic Managers" <clinic-managers@lakeshorechildrens.org>
Subject: 2027 CPT/HCPCS updates loaded - action items for clinic super-users
Date: Mon, 04 Jan 2027 11:40:00 -0600
''', '''All,

The 2027 CPT and HCPCS annual updates are loaded in the charge description master as of 1/1. Highlights that affect pediatrics:

  - New remote monitoring add-on codes: please map your RPM workflows before 2/1
  - Deleted: two developmental screening instrument codes (replaced, see crosswalk)
  - Revised descriptors for prolonged services; preference lists updated automatically
  - Vaccine product codes: 3 new pediatric combination vaccines added, admin codes unchanged

Crosswalk spreadsheet is on the Revenue Cycle SharePoint under CDM > 2027 Annual. Super-users, please verify your clinic's preference lists and report issues in ServiceNow under "CDM - Charge Issue" by January 15.

Thanks,
CDM Team
''')

add('clean', 'admin', '', '''
From: "Westfield Pediatrics" <westfield-pool@lakeshorechildrens.org>
To: "Lakeshore Clinic Network - Front Desk" <frontdesk-all@lakeshorechildrens.org>
Subject: MLK Day clinic hours + phone tree message
Date: Tue, 05 Jan 2027 09:22:00 -0600
''', '''Hi all,

For Monday 1/18 (MLK Day):
  Westfield, Brookfield, Oak Creek - CLOSED
  Urgent Care West and Urgent Care South - open 10 am to 8 pm
  Nurse line - 24/7 as usual

Please update the phone tree message by Friday. Approved script:

"Thank you for calling Lakeshore Pediatrics. Our clinics are closed on Monday, January 18, in observance of Martin Luther King Jr. Day. For urgent needs, our Urgent Care West and South locations are open 10 a.m. to 8 p.m. If this is an emergency, please hang up and dial 911."

Thank you!
Leticia Fuentes, Front Office Supervisor
''')

add('clean', 'admin', '', '''
From: Payroll & HR Services <hr-payroll@lakeshorechildrens.org>
To: "All Employees" <allemployees@lakeshorechildrens.org>
Subject: 2026 W-2s available Jan 22 + open enrollment correction
Date: Wed, 06 Jan 2027 10:10:00 -0600
''', '''Your 2026 Form W-2 will be available in Workday on Friday, January 22. If you consented to electronic delivery, no paper copy will be mailed.

Benefits correction: the open enrollment guide listed the 2027 HSA family contribution limit incorrectly. The correct limit is shown on the Benefits page of the intranet. If you elected a family HSA contribution above the limit, HR will contact you by February 1 to adjust your deduction. You do not need to take any action now.

Questions? Open a ticket in Workday Help or call the HR Service Center at x7000.
''', charset='iso-8859-1')
# ======================= CLEAN-LOOKALIKE =======================
add('clean', 'lookalike', '', '''
From: Brookfield Animal Hospital <reminders@brookfieldanimalhospital.com>
To: Jennifer Okafor-Hale <jokaforhale@gmail.com>
Subject: Max is due for his vaccines!
Date: Wed, 06 Jan 2027 08:00:00 -0600
''', '''Hi Jennifer,

Our records show that Max (Golden Retriever, 4 yrs) is due for the following:

  Rabies (3-year)         due 01/15/2027
  DHPP booster            due 01/15/2027
  Heartworm test          due 02/01/2027

Max's last visit: 01/12/2026 with Dr. Kassandra Weil - wellness exam, dental cleaning.

Book online at brookfieldanimalhospital.com/appointments or call 262-786-4410. Reply C to confirm if you already have an appointment.

Wags and purrs,
Brookfield Animal Hospital
''', html='''<html><body style="font-family:Verdana;font-size:10pt;color:#333">
<div style="background:#2E8B57;color:white;padding:8px"><b>Brookfield Animal Hospital</b></div>
<p>Hi Jennifer,</p><p>Our records show that <b>Max</b> (Golden Retriever, 4 yrs) is due for the following:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Service</th><th>Due</th></tr>
<tr><td>Rabies (3-year)</td><td>01/15/2027</td></tr><tr><td>DHPP booster</td><td>01/15/2027</td></tr>
<tr><td>Heartworm test</td><td>02/01/2027</td></tr></table>
<p>Max&#39;s last visit: 01/12/2026 with Dr. Kassandra Weil &#8211; wellness exam, dental cleaning.</p>
<p><a href="https://brookfieldanimalhospital.com/appointments">Book online</a> or call 262-786-4410.</p>
<p>Wags and purrs,<br>Brookfield Animal Hospital</p></body></html>''')

add('clean', 'lookalike', '', '''
From: "Trupanion Claims" <claims@trupanion-mail.com>
To: Derek Lindahl <dlindahl82@outlook.com>
Subject: Claim #TP-7718204 processed - Luna
Date: Wed, 06 Jan 2027 14:33:21 -0600
''', '''Hi Derek,

Good news! We've processed your claim for Luna.

Claim number:      TP-7718204
Pet:               Luna (Domestic Shorthair, female)
Policy number:     TRU-4471-0092-88
Date of service:   12/28/2026
Clinic:            Wauwatosa Cat Clinic
Condition:         Ear infection (otitis externa), left
Invoice total:     $248.60
Deductible applied: $0.00 (met)
Paid to you:       $198.88 (90% after exam fee exclusion)

Payment was sent by direct deposit to the account ending 0331.

Give Luna a scratch for us,
The Trupanion Claims Team
''')

add('clean', 'lookalike', '', '''
From: Little Sprouts Early Learning Center <office@littlesproutsmke.com>
To: "Toddler Room Families" <toddler-families@littlesproutsmke.com>
Subject: Health notice - Hand, Foot & Mouth in the Toddler Room
Date: Thu, 07 Jan 2027 16:05:00 -0600
''', '''Dear Toddler Room Families,

We want to let you know that a child in the Toddler Room has been diagnosed with hand, foot and mouth disease. To protect the privacy of the family, we will not share who the child is. Please do not ask staff.

What to watch for over the next 3-6 days: fever, sore throat, refusing to eat or drink, and small red spots or blisters on the hands, feet, mouth or diaper area.

If your child has a fever or open blisters, please keep them home and call your pediatrician. Children may return when fever-free for 24 hours without medicine and sores are drying.

We have done a full sanitizing of toys and surfaces in the room today. Thank you for helping keep our little ones healthy!

Ms. Theresa and the Little Sprouts Team
''')

add('clean', 'lookalike', '', '''
From: "Brookfield FC Registrar" <registrar@brookfieldfc.org>
To: "U10-U14 Parents" <parents-u10u14@brookfieldfc.org>
Subject: Spring season: physical forms due Feb 1 (free clinic 1/23!)
Date: Fri, 08 Jan 2027 12:00:00 -0600
''', '''Parents,

Spring registration is open! Reminder that every player U10 and up must have a pre-participation physical form on file dated after 3/1/2026. No form, no field, sorry - it's a league rule and our insurance requires it.

Good news: Lakeshore Sports Medicine is running a FREE sports physical clinic at the Brookfield Rec Center on Saturday 1/23, 9am-1pm. First come first served, bring your shot record and the form (link below). Spanish-speaking staff will be there.

Upload completed forms in the TeamSnap app under "Documents". Coach Whitaker and Coach Ruiz will have a list of missing forms at the first practice.

Form: brookfieldfc.org/forms/ppe-2027.pdf

Go Falcons!
Dana Sikorski, Registrar
''')

add('clean', 'lookalike', '', '''
From: "Tosa YMCA Aquatics" <aquatics@tosaymca.org>
To: Rachel Whitmore <rwhitmore.home@gmail.com>
Subject: Sophie's swim assessment results - Session 1
Date: Sat, 09 Jan 2027 13:30:00 -0600
''', '''Hi Rachel,

Here are Sophie's end-of-session results for Pike (Stage 3):

  Front glide 5 body lengths ........ PASSED
  Back float 1 minute ............... PASSED
  Rollover breathing ................ still working on it
  Jump in, swim 15 yd, exit ......... PASSED
  Safety: reach/throw assist ........ PASSED

Instructor: Coach Mateus (Saturdays 10:15)
Recommendation: repeat Pike one more session, she's very close! Winter Session 2 registration opens for members on 1/18.

See you at the pool,
YMCA Aquatics
''')

add('clean', 'lookalike', '', '''
From: "HealthEquity" <no-reply@healthequity-notify.com>
To: Paul Moretti <pmoretti@yahoo.com>
Subject: Your HSA statement is ready
Date: Sun, 10 Jan 2027 06:00:00 -0600
''', '''Hello Paul,

Your December 2026 HSA statement is now available.

Account ending:          ...7712
Beginning balance:       $3,918.44
Contributions:           $250.00
Distributions:           $0.00
Interest earned:         $1.12
Ending balance:          $4,169.56

Reminder: the 2027 annual contribution limits are available on our website. Log in at member.healthequity-notify.com to view your statement, invest, or update your beneficiaries.

This is an automated message. Please do not reply.
''')

add('clean', 'lookalike', '', '''
From: "Run for Lakeshore Kids" <5k@lakeshorefoundation.org>
To: Bethany Trzcinski <btrzcinski77@gmail.com>
Subject: You're registered! Run for Lakeshore Kids 5K - bib #1187
Date: Mon, 11 Jan 2027 19:22:08 -0600
''', '''Hi Bethany,

Thanks for registering for the Run for Lakeshore Kids 5K on Saturday, May 15 at Hoyt Park! Every dollar raised supports the Child Life program at Lakeshore Children's Hospital.

Registration summary
  Participant:        Bethany Trzcinski
  Bib number:         1187
  Category:           Women 40-49, untimed walk
  T-shirt:            Adult M
  Team:               Swanson Elementary PTO "Swanson Striders"
  Emergency contact:  Mike Trzcinski, 414-350-8822
  Fundraising goal:   $250 (raised so far: $40)

Packet pickup is Friday, May 14, 4-7 pm at the Foundation office. Share your fundraising page: lakeshorefoundation.org/5k/bethany-t

See you at the start line!
Lakeshore Children's Foundation
''')

# ======================= CLEAN-NEWS =======================
add('clean', 'news', '', '''
From: "Lakeshore Weekly" <communications@lakeshorechildrens.org>
To: "All Staff" <allstaff@lakeshorechildrens.org>
Subject: Lakeshore Weekly: RSV numbers, new MRI suite, and a shout-out to 4 West
Date: Tue, 12 Jan 2027 07:00:00 -0600
''', None, html='''<html><head><style>
body{font-family:"Segoe UI",Helvetica;background:#f4f4f4}
.wrap{width:620px;background:#fff;margin:auto;padding:16px}
h1{color:#00558C;font-size:20pt} h3{color:#00558C;border-bottom:1px solid #ccc}
</style></head><body><div class="wrap">
<h1>Lakeshore Weekly</h1>
<h3>Respiratory season by the numbers</h3>
<p>December was our busiest month for respiratory illness in three years. The Emergency Department saw <b>2,914 visits</b> with a respiratory complaint (up 18% from last December), and we admitted <b>412 children with RSV</b>, 61% of them under 12 months old. Average length of stay was 2.9 days. Thank you to every unit that flexed beds and staff to make it work.</p>
<h3>New 3T MRI suite opens February 1</h3>
<p>The second 3T scanner on Level 1 brings our capacity up by about 40 studies a week, with an in-bore movie system that should mean fewer kids needing sedation. Tours for staff on Jan 27 and 28.</p>
<h3>Shout-out</h3>
<p>4 West achieved <b>365 days without a central line infection</b>. Cake is on its way!</p>
<p style="font-size:8pt;color:#888">Lakeshore Children&#39;s Hospital &middot; Marketing &amp; Communications &middot; To submit a story, reply to this email.</p>
</div></body></html>''')

add('clean', 'news', '', '''
From: "Milwaukee Health Dept - Health Alert Network" <han@milwaukee-health.gov>
To: "Healthcare Partners" <han-partners@milwaukee-health.gov>
Subject: HEALTH ADVISORY: Measles exposure - General Mitchell Airport, Concourse D, 1/8
Date: Tue, 12 Jan 2027 15:45:00 -0600
''', '''HEALTH ADVISORY - MEASLES EXPOSURE

The Milwaukee Health Department has confirmed a case of measles in an out-of-state traveler who passed through General Mitchell International Airport on Friday, January 8, between 2:00 pm and 6:30 pm (Concourse D, gates D40-D52, and the baggage claim area).

Recommendations for clinicians:
 1. Consider measles in any patient with fever and rash who was at MKE during the exposure window. Watch period runs through January 29.
 2. Call ahead: patients with suspected measles should be roomed immediately in an airborne infection isolation room. Do not use waiting rooms.
 3. Report suspected cases IMMEDIATELY by phone to 414-286-3521; do not wait for lab confirmation.
 4. Check MMR status of all patients; infants 6-11 months traveling internationally should receive an early dose.

Testing: nasopharyngeal swab for PCR and serum IgM. Coordinate through the Wisconsin State Laboratory of Hygiene.

This message is for healthcare providers. Please share with clinical staff.
''')

add('clean', 'news', '', '''
From: Office of Research <research@lakeshorechildrens.org>
To: "Faculty & Research Staff" <research-all@lakeshorechildrens.org>
Subject: Congratulations: $4.2M NIH award for pediatric sepsis study
Date: Wed, 13 Jan 2027 11:00:00 -0600
''', '''We're thrilled to announce that Dr. Helen Marsh (Emergency Medicine) and Dr. Amir Haddad (Critical Care) have received a five-year, $4.2 million award from the National Institute of Child Health and Human Development for PEDS-ALERT, a multi-site study of machine-learning early warning scores for sepsis in children.

The study will enroll approximately 18,000 emergency department encounters across six children's hospitals. Lakeshore will serve as the coordinating center. Enrollment is expected to begin in September after IRB approval.

Please join us in congratulating Dr. Marsh, Dr. Haddad and the whole team, including research coordinators Callie Novak and Ibrahim Farah.

Office of Research
''')

add('clean', 'news', '', '''
From: Lakeshore Children's Foundation <foundation@lakeshorefoundation.org>
To: "Lakeshore Friends & Donors" <friends@lakeshorefoundation.org>
Subject: Thank you! Starlight Gala raised $1.86 million
Date: Thu, 14 Jan 2027 09:30:00 -0600
''', '''Dear friends,

Thanks to you, the 2026 Starlight Gala raised $1,862,400 - a record - for the new Behavioral Health Crisis Unit at Lakeshore Children's.

A few highlights from the evening:
  - 640 guests, 112 volunteers
  - The "Fund-a-Need" paddle raise alone brought in $412,000
  - Our honorary chairs, the Bergman family, matched every gift up to $100,000

Construction on the 16-bed unit begins this spring. Last year more than 1,900 children and teens came to our Emergency Department in a mental health crisis, and too many waited days for an inpatient bed. This unit will change that.

With gratitude,
Margaret Lindqvist-Tate
President, Lakeshore Children's Foundation
''')

add('clean', 'news', '', '''
From: "AAP Daily Briefing" <briefing@aap-newsletters.org>
To: dr.halvorsen.personal@gmail.com
Subject: AAP Daily Briefing: updated safe sleep guidance, screen time, and teen vaping
Date: Fri, 15 Jan 2027 05:30:00 -0600
''', '''AAP DAILY BRIEFING - January 15, 2027

* Safe sleep: the updated policy statement reaffirms room-sharing without bed-sharing for at least the first 6 months and adds new language on weighted sleep sacks and inclined products, which it recommends against.

* Screen time: a new cohort study of 9,400 preschoolers found that more than 2 hours a day of screen use at age 3 was associated with lower scores on language screening at age 5, though the authors caution about confounding.

* Teen vaping: national survey data show e-cigarette use among high school students declined for the third straight year, but nicotine pouch use roughly doubled.

* Practice tip: how to code for developmental screening with the 2027 CPT changes.

Read more at aap-newsletters.org. To unsubscribe, update your preferences.
''')

add('clean', 'news', '', '''
From: "Wisconsin Hospital Association News" <news@wha-updates.org>
To: "Member Hospital Leaders" <leaders@wha-updates.org>
Subject: Pediatric bed capacity report: statewide occupancy hit 94% in December
Date: Fri, 15 Jan 2027 14:00:00 -0600
''', '''Statewide pediatric inpatient occupancy averaged 94% in December, according to WHA's monthly capacity report, the highest since the 2022 "tripledemic." Pediatric ICU occupancy peaked at 101% on December 19, with 14 children held in adult ICUs across the state.

WHA is asking the legislature to fund a pediatric surge transfer center and to extend Medicaid rate add-ons for pediatric behavioral health beds.

Regional breakdown (avg. Dec occupancy):
  Southeast  97%
  South Central  92%
  Northeast  90%
  North/West  84%

The full report is available to members on the WHA portal.
''')
# ======================= CLEAN-TRAINING =======================
add('clean', 'training', '', '''
From: "Epic Training Team" <epic-training@lakeshorechildrens.org>
To: "New Hire RNs - Jan cohort" <nh-rn-jan27@lakeshorechildrens.org>
Subject: Epic ambulatory class - your practice patients (TRAINING ENVIRONMENT ONLY)
Date: Mon, 18 Jan 2027 08:00:00 -0600
''', '''Welcome to Epic Ambulatory Nursing!

Log into the PLY (playground) environment, NOT production. Each of you has your own set of fictional practice patients. Please don't share.

Your practice patients follow this pattern (replace ## with your seat number):
  ZZTEST, PEDSNEWBORN##   - 5 days old, first newborn visit, weight check
  ZZTEST, PEDSASTHMA##    - 8 yo, asthma action plan, refill albuterol
  ZZTEST, PEDSTEEN##      - 15 yo, confidential adolescent note exercise

Exercise 4: Document a nurse visit for ZZTEST, PEDSASTHMA## - vitals, peak flow 210, teach back on spacer use, route refill request to "Trainer, Provider MD".

Remember: anything you type in PLY is wiped nightly. If you ever see a real patient name in PLY, stop and tell your trainer.

Epic Training Team
''')

add('clean', 'training', '', '''
From: "Simulation Center" <simcenter@lakeshorechildrens.org>
To: "PICU Nursing Educators" <picu-educators@lakeshorechildrens.org>
Subject: Sim scenario for 1/21 - "Baby Sim Sample" bronchiolitis deterioration
Date: Tue, 19 Jan 2027 10:15:00 -0600
''', '''Scenario packet for Thursday's in-situ sim, PICU room 3 (mannequin: SimBaby #2).

SCENARIO: Bronchiolitis with deterioration
Patient (fictional): "Baby Sim Sample", 4 months, 6.1 kg
Sim MRN: SIM-000004   (prints on training armband only)

Stem: Infant admitted from ED 6 hours ago with RSV bronchiolitis on 8 L high flow. Parent (played by facilitator Dana H.) calls the nurse because "he's breathing funny."

Phase 1 (0-4 min): RR 78, SpO2 89%, retractions. Expected: reposition, suction, escalate flow, call RT.
Phase 2 (4-9 min): apnea episode, HR 74. Expected: stimulate, BVM, call rapid response.
Phase 3 (9-15 min): recovery on CPAP, SBAR handoff to PICU fellow.

Debrief: 20 min, PEARLS model. Learning objectives attached in the shared folder.

Sim Center
''')

add('clean', 'training', '', '''
From: "Dr. Omar Siddiqui (Chief Resident)" <osiddiqui@lakeshorechildrens.org>
To: "Pediatric Residents" <peds-residents@lakeshorechildrens.org>
Subject: Morning report case for Wed - unknown, no peeking
Date: Tue, 19 Jan 2027 18:40:00 -0600
''', '''Tomorrow's morning report case (details changed, no identifiers - please don't try to figure out who it was):

A previously healthy school-aged boy presents in winter with 5 days of fever, bilateral non-exudative conjunctivitis, cracked red lips, and a rash over the trunk. His hands are swollen and he is irritable. Labs show an elevated CRP and a mildly low albumin. He was treated for "strep" at an outside urgent care 3 days ago without improvement.

Think about:
  1. What is your differential?
  2. What criteria does he meet, and what if he only met 3?
  3. What do you want before treatment, and what's the time pressure?
  4. What follow-up imaging is needed, and when?

Bring your answers. Coffee and the good bagels will be there.
Omar
''')

add('clean', 'training', '', '''
From: Sunil Dev <sdev@lakeshorechildrens.org>
To: "Integration Team" <integration@lakeshorechildrens.org>
Subject: Lunch & learn slides: reading an HL7 ORU in 10 minutes
Date: Wed, 20 Jan 2027 09:00:00 -0600
''', '''For Friday's lunch & learn. This is the standard textbook sample, all fake - don't go looking for this kid in Epic.

MSH|^~\\&|SENDING_APP|SENDING_FAC|RECEIVING_APP|RECEIVING_FAC|20270101120000||ORU^R01|MSG00001|T|2.5.1
PID|1||TEST123456^^^TESTFAC^MR||TESTPATIENT^BABY^||20200101|U
OBR|1|ORD0001|FIL0001|TEST^Example Test^L
OBX|1|NM|EX-1^EXAMPLE ANALYTE||5.0|units|1-10|N|||F

What to look for:
 - MSH-9 message type, MSH-11 processing ID (T = test, P = production!)
 - PID-3 identifier and assigning authority
 - OBX-2 value type, OBX-5 value, OBX-8 abnormal flag, OBX-11 result status

Quiz at the end: spot the three things wrong in the second sample (on the slides).
Sunil
''')

add('clean', 'training', '', '''
From: "Revenue Cycle Education" <revcycle-ed@lakeshorechildrens.org>
To: "New PFS Staff" <pfs-newhires@lakeshorechildrens.org>
Subject: Week 2 exercises: reading an 835 remit (sample data)
Date: Thu, 21 Jan 2027 13:00:00 -0600
''', '''Please work through the attached sample remittance before Tuesday. It's built from the X12 implementation guide example - the patient, payer and IDs are made up.

Questions to answer:
  1. What is the total paid for claim SAMPLE001?
  2. What does CAS*CO*45 mean, and can we bill the family for it?
  3. What does CAS*PR*2 mean?
  4. Which segment tells you the check/EFT number?

Revenue Cycle Education
''', atts=[('text', 'sample_835_training.txt', '''*** TRAINING SAMPLE - NOT A REAL REMITTANCE ***
ST*835*0001~
BPR*I*150*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999999999*DA*654321*20270115~
TRN*1*12345*1512345678~
N1*PR*SAMPLE INSURANCE CO~
N1*PE*SAMPLE PROVIDER*XX*9999999999~
CLP*SAMPLE001*1*200*150*20*12*SAMPLECTRL01~
NM1*QC*1*DOE*JANE****MI*SAMPLE00001~
SVC*HC:99213*200*150**1~
CAS*CO*45*30~
CAS*PR*2*20~
SE*11*0001~
''', 'plain')])

add('clean', 'training', '', '''
From: "Child Life Education" <childlife-ed@lakeshorechildrens.org>
To: "Child Life Interns - Spring 2027" <cl-interns@lakeshorechildrens.org>
Subject: Role-play scenarios for Monday (practice, not real kids)
Date: Fri, 22 Jan 2027 15:10:00 -0600
''', '''Hi interns,

Monday we'll practice procedural preparation with role-play. You'll rotate through these three invented scenarios with a partner playing the child:

  A) "Sam," age 4, first IV start in the ED. Parent is anxious and keeps saying "it won't hurt."
  B) "Jordan," age 9, preparing for an MRI without sedation. Loves Minecraft, hates loud noises.
  C) "Riley," age 14, newly diagnosed with a chronic illness and refusing to talk to anyone.

For each: choose developmentally appropriate language, pick one coping tool (comfort position, distraction, breathing) and explain why. We'll debrief using the prep checklist from Week 1.

Please bring your medical play kits. The teddy bears with the central lines are in the resource room.

See you Monday,
Theo
''')

if __name__ == '__main__':
    main()
