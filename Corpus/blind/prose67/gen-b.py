#!/usr/bin/env python3
"""Blind evaluation mail set: Calder County Health Department (fictional).
All people, numbers and organisations are invented."""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 6702
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
MSGNO = [0]

DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(t):
        return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    out = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, esc(str(v)))
                        for ci, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def mk(label, kind, patient, frm, to, subj, date, body, cc=None, html=None, atts=(), cte=None,
       extra=None):
    MSGNO[0] += 1
    n = MSGNO[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = '<%d.%d.%s@%s>' % (SEED, n, 'x%04x' % random.randint(0, 0xffff), dom)
    m['MIME-Version'] = '1.0'
    for k, v in (extra or []):
        m[k] = v
    if cte is None and body.isascii():
        cte = '7bit'
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fn, ctype, data = a
        mt, st = ctype.split('/')
        if isinstance(data, str):
            if mt == 'text':
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data.encode('utf-8'), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (n, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient or ''))


CCHD = 'caldercountyhealth.org'

# ============================================================ PHI: care
mk('phi', 'care', 'Whitcomb',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'Luis Ferreira <lferreira@caldercountyhealth.org>',
   'DOT this week - Whitcomb',
   'Tue, 12 Mar 2024 08:47:03 -0600',
   """Luis,

Mr. Whitcomb wasn't home again yesterday for his DOT visit, thats 2 missed (Mon + Fri last week).
Can you swing by the Lamplighter Motel before 10 tomorrow? He said he works afternoons now at the
car wash on Route 9. Bring the pill pack for the 13th and 14th and watch him take them, dont leave
them with him this time.

Also he still owes us the 3rd sputum -- cup is in the blue cooler in the TB room, label already
printed. Dr Reyes-W wants the repeat chest x-ray done before his clinic visit on the 21st, I put in
the order at St Brendan radiology, he just needs to walk in with his ID.

If he's not there call me and I'll try his sister.

thx
Patty

Patricia Okafor, RN
TB Control Nurse | Calder County Health Department
1410 Granary Rd, Suite B, Calder Falls
o: (608) 555-0142  c: (608) 555-0199
""")

mk('phi', 'care', 'Castillo',
   'Monique Tran <mtran@caldercountyhealth.org>',
   'Dr. Neil Abara <nabara@caldercountyhealth.org>',
   'RE: walk-in this am',
   'Wed, 03 Apr 2024 11:22:40 -0600',
   """Dr A - fyi Lorena Castillo came back in today like we asked. Repeat NAAT swab collected
(throat + vaginal), gave ceftriaxone 500 mg IM L glute at 10:40, observed 15 min no reaction.
She says her partner has not been seen yet, gave her 1 EPT pack for him + the handout.
Pregnancy test neg. She declined HIV test today, wants to come back Friday w/ her sister.

I scheduled test-of-cure for 4/24. can you cosign when you get a sec

Monique

-----Original Message-----
From: Dr. Neil Abara
Sent: Wednesday, April 3, 2024 8:05 AM
To: Monique Tran
Subject: walk-in this am

If Ms Castillo shows up treat per the standing order, dont wait for me. I'm at the jail till 1.
""")

mk('phi', 'care', 'Pruitt',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'Greg Lindqvist <glindqvist@caldercountyhealth.org>',
   'Jaylen P. - repeat level back',
   'Mon, 06 May 2024 14:10:55 -0600',
   """Greg,

Repeat venous on Jaylen Pruitt came back from the state lab: 18, down from 24 in March. So going
the right way but still way over our action level. Mom says they've been wet-mopping and she
moved his crib away from the window like you told her.

Pediatrician (Dr. Halvorsen at Riverbend) wants another draw in 6 wks and is starting him on
iron -- his hgb was borderline. I'll do the home visit with WIC nutrition on the 16th.

When can you do the clearance wipes at 412 Orchard St? Landlord finally replaced the porch
windows per the mom. If it's Thursday I can meet you there.

Alicia Brennan, BSN, RN
Childhood Lead Case Manager
Calder County Health Department
""")

mk('phi', 'care', 'Marchetti',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'nurse.westview@cusd-schools.org',
   'Fw: shot record for Sofia',
   'Tue, 20 Aug 2024 16:31:12 -0600',
   """Hi Deb - she came in yesterday, see below. Sofia Marchetti got Tdap and MenACWY (dose 1) in
clinic 8/19, and her 2nd Hep B since she had only one on file from Ohio. She's good to start 7th
grade. Her next Hep B is due in ~4 months, we'll send mom a reminder.

Carla

Carla Simmons, LPN
Immunization Clinic Supervisor
Calder County Health Department | (608) 555-0171

---------- Forwarded message ---------
From: Debra Yoakum <nurse.westview@cusd-schools.org>
Date: Fri, Aug 16, 2024 at 9:02 AM
Subject: shot record for Sofia
To: <immunizations@caldercountyhealth.org>

> Good morning, we have a new 7th grader, Sofia Marchetti, transferring from Columbus. Her
> record shows no Tdap and only one hep B. Mom said she has an appt with you Monday? Can you
> send me the updated record after so I can clear her for the first day.
> Thanks! Deb Yoakum, RN, Westview Middle School
""")

mk('phi', 'care', 'Gladstone',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'frontdesk@riverbendchc.org',
   'baby Amari Gladstone - wt check + formula',
   'Thu, 18 Jan 2024 10:03:29 -0600',
   """Hello Riverbend team,

Please pass to Dr. Halvorsen. Amari Gladstone (5 wks) was in our WIC office this morning for a
weight check: 7 lb 2 oz on our scale, up 6 oz from 1/4. Mom reports spitting up after most feeds
and fussiness. She has the medical documentation form for the soy formula you ordered, but the
form is missing the number of months and your signature, so I can only issue one month of the
soy for now. Can you re-fax the form to 608-555-0188?

We also did a fingerstick hemoglobin on mom (she's postpartum and on WIC too): 10.1. I gave her
the iron-rich foods handout and told her to follow up with her own OB.

Thank you,
Bethany Ruiz, RD, CLC
WIC Nutritionist, Calder County WIC
""")

mk('phi', 'care', 'Benning',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Infection Prevention <infectionprevention@stbrendanmed.org>',
   'your pt Harold Benning - state lab result + our follow up',
   'Mon, 03 Jun 2024 15:44:18 -0600',
   """Hi Karen,

Thanks for the heads up Friday. The state lab confirmed the isolate from Harold Benning's stool
culture (collected on admission 5/29) and it matches the cluster we're tracking from the church
potluck. I know he's still on your 4th floor on IV fluids; when would be a good time for me to
do the phone interview with him? I'll need ~20 min for the food history.

Also his wife mentioned to our nurse that she had diarrhea too but never went in. We're going to
ask her to drop a stool specimen at our lab Tuesday.

Please don't discharge him back to the Maple Grove assisted living without calling me first, they
need to know about handwashing/exclusion.

Dev Patel, MPH
Epidemiologist II, Disease Investigations
Calder County Health Department
(608) 555-0160 | dpatel@caldercountyhealth.org

""" + DISC)

mk('phi', 'care', 'Alvarez',
   'Dr. Samuel Reyes-Whitfield <sreyes@caldercountyhealth.org>',
   'County Pharmacy <pharmacy@caldercountyhealth.org>',
   'Please release 3HP - T. Alvarez',
   'Fri, 09 Feb 2024 13:15:00 -0600',
   """Please release 4 weeks of isoniazid 900 mg / rifapentine 900 mg (3HP) weekly for Teodoro
Alvarez, weekly DOT with Luis. LFTs from Friday were fine, he's off the alcohol. Add B6 50 mg.
Weight is 78 kg. Thanks - SRW
""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Please release <b>4 weeks</b> of isoniazid 900 mg / rifapentine 900 mg (3HP) weekly for
<b>Teodoro Alvarez</b>, weekly DOT with Luis. LFTs from Friday were fine, he's off the alcohol.
Add B6 50 mg. Weight is 78 kg.</p>
<p>Thanks - SRW</p>
<p style="color:#666;font-size:9pt">Samuel Reyes-Whitfield, MD<br>TB Clinic Physician, Calder County Health Department</p>
</body></html>""")

mk('phi', 'care', 'Abernathy',
   'Rhonda Pike <rpike@caldercountyhealth.org>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'ruth abernathy',
   'Thu, 25 Jul 2024 09:58:41 -0600',
   """ruth abernathy came in for her read, 0 mm, no induration. she needs the form faxed to the
nursing home HR for her job, fax # is on the sticky on my monitor. ok if I sign it or do you?
""")
# ============================================================ PHI: names
mk('phi', 'names', 'Nguyễn Thị Lan',
   'Hoa Pham <hpham@caldercountyhealth.org>',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'Re: Nguyễn Thị Lan - f/u Thursday',
   'Mon, 15 Apr 2024 12:30:07 -0600',
   """ok she confirmed thursday 10am for the 2nd shot. I booked myself to interpret so no need for
the language line. She asked if her husband can come in the same day for testing, I said yes
but walk-in only after 1.

Hoa

On Mon, Apr 15, 2024 at 9:12 AM Janine Kowalczyk <jkowalczyk@caldercountyhealth.org> wrote:
> can you call her and get her in this week? she's due. thx
""")

mk('phi', 'names', 'Adeyemi',
   'Luis Ferreira <lferreira@caldercountyhealth.org>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'sputum cups',
   'Wed, 13 Mar 2024 17:02:33 -0600',
   """Patty, quick one. Dropped off Chukwuemeka Adeyemi's sputum cup at the lab window at 3:40, they
said results for the smear by Friday. Mr Adeyemi's daughter was there translating, she says he's
coughing less and eating better, gained some weight. He wants to know if he can go back to
driving for the delivery app. I told him I'd ask you.

Whitcomb was at the motel this time, he took both doses.

Luis Ferreira
Community Health Worker / DOT Outreach
""")

mk('phi', 'names', "O'Sullivan-Price",
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'Imm Clinic Staff <immclinic@caldercountyhealth.org>',
   'recall calls - pls do before Fri',
   'Mon, 08 Jul 2024 08:05:50 -0600',
   """Morning all, can someone pick these up? the registry flagged them for back-to-school.

O'Sullivan-Price, Bridget -- needs 2nd MMR and varicella, mom prefers texts
Halloran, Finn -- her brother, needs Tdap, same household

Mom said last time they were waiting on the insurance card, tell her we take VFC so she doesn't
need it. Leave a msg if no answer.

-C
""")

mk('phi', 'names', 'de la Cruz',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'Dr. Neil Abara <nabara@caldercountyhealth.org>',
   'pregnant contact - need your input',
   'Fri, 10 May 2024 10:41:16 -0600',
   """Neil,

Interviewed the index yesterday. One of his named partners is María José de la Cruz, and she
told me on the phone she's about 20 weeks pregnant and gets her prenatal care at Riverbend. She
has not been tested for syphilis since her first visit in January. I want to get her in today or
Monday for RPR and treatment if needed. Ms. de la Cruz prefers Spanish, Hoa can't do Spanish so
I'll grab Marisol.

Can you see her at 2 if she comes? Also should we loop in her OB directly or just send the
results?

Janine Kowalczyk
Disease Intervention Specialist
Calder County Health Department
""")

mk('phi', 'names', 'Mateo',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'little Mateo from the Elm St apts',
   'Tue, 21 May 2024 13:27:45 -0600',
   """Hi Bethany - remember little Mateo, the 3 yo from the Elm Street apartments with the high
level from the peeling paint? His mom called me crying, she lost her WIC card and they're out of
the milk and the cereal. She's coming to your office tomorrow at 9. Can you fit her in and go over
the calcium/iron foods again? He's been eating paint chips off the sill again she thinks.

Also she's due for recertification, don't know if that's this month.

Thank you!!
Alicia
""")

mk('phi', 'names', 'Al-Rashidi',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'Dr. Samuel Reyes-Whitfield <sreyes@caldercountyhealth.org>',
   'vDOT issue - Ms. Al-Rashidi',
   'Mon, 22 Apr 2024 09:19:02 -0600',
   """Dr. R,

Ms. Al-Rashidi (Fatima) has missed 3 of the last 7 video DOT check-ins. When she does connect
she says the rifampin is turning her tears orange and she's worried about her contacts lenses
and about the pills with her birth control. Can you call her? Her daughter speaks English and is
usually home after 4.

I'm thinking we switch her back to in-person DOT for 2 weeks, let me know.

Patty
""")

mk('phi', 'names', 'Venkataraman',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>; Hoa Pham <hpham@caldercountyhealth.org>',
   'measles exposure - PIA lounge contacts',
   'Sat, 02 Mar 2024 19:50:31 -0700',
   """Sorry for the Saturday email. Of the flight contacts the airline gave us, the one I'm most
worried about is Venkataraman, Priya -- she told me she's 8 months pregnant and doesn't know her
MMR status. She's home in Calder Falls. Could one of you call her first thing tomorrow and get
her to St Brendan L&D for titers + IG if needed? I'll call their ID doc tonight.

Also Mr. Kaur-Singh (the older gentleman, 2 seats behind the case) -- immune, born before 1957,
no action.

Dev
""")

mk('phi', 'names', 'Dvořáková',
   'Rhonda Pike <rpike@caldercountyhealth.org>',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'FW: interpreter for Mrs. Dvořáková / Mr. Wojciechowski',
   'Thu, 06 Jun 2024 08:12:09 -0600',
   """Bethany,

Zuzana Dvořáková (the WIC mom with the twins) called the front desk, she's asking if the Czech
interpreter can be at her 11:30 next Weds when you go over the twins' weights and the new
formula. I told her I'd ask.

Also unrelated but Mr. Wojciechowski came in looking for Patty about his TB test results, I told
him she'd call him back. Can you let her know if you see her? He's at the Polish deli number.

Rhonda Pike
Front Desk / Patient Access
""")
# ============================================================ PHI: self
mk('phi', 'self', 'Brandt',
   'Tyler Brandt <tbrandt96@mailbox.example.com>',
   'stdclinic@caldercountyhealth.org',
   'test results?',
   'Mon, 11 Mar 2024 22:47:13 -0600',
   """hi, this is Tyler Brandt I came in last tuesday (the 5th) for the full panel, blood and
the urine. lady said to call in a week for results but the phone just rings. my dob is
11/02/1996 if you need it. also I had some burning for a couple days after, is that normal or
from the swab? please call me at 608-555-0127 not email if its something bad lol

thanks
Tyler
""")

mk('phi', 'self', 'Moreau',
   'Chantal Moreau <chantal.moreau@webmail.example.net>',
   'immunizations@caldercountyhealth.org',
   'Kindergarten shot record for my son',
   'Wed, 31 Jul 2024 07:15:40 -0600',
   """Hello,

My son Elijah Moreau (DOB 3-15-2019) starts kindergarten at Lincoln Elementary in August and the
school says his shot record is not complete. He had his 4 year shots at your clinic in March
(DTaP, polio, MMRV I think?) but the school form still shows them missing. Can you send me or
the school the updated certificate? He also has an egg allergy, if that matters for the flu shot
in the fall.

Thank you so much,
Chantal Moreau
(608) 555-0133
""")

mk('phi', 'self', 'Keane',
   'Rosalind Keane <rozkeane@mailbox.example.com>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'pills',
   'Fri, 23 Feb 2024 06:02:58 -0600',
   """Hi nurse Patty its Rosalind. I been taking the pills every morning like you said but they
make me sick to my stomach and I threw up twice this week after. I ate toast first like you
said. My pee is orange is that ok? Also I have the doctor appt at 2 on the 28th is that still on
because I have to ask for the day off.

Roz
Sent from my iPhone
""")

mk('phi', 'self', 'Hale',
   'Destiny Hale <destinyh2001@webmail.example.net>',
   'wic@caldercountyhealth.org',
   'Re: WIC appointment',
   'Tue, 09 Apr 2024 18:33:20 -0600',
   """Hi I'm Destiny Hale, I have a WIC appointment on the 15th but I can't make it because I have a
ultrasound that same morning. I'm 28 weeks now and the doctor said my iron is low and my sugar
test was high so I have to do the long 3 hour one. Can I move my WIC to the 17th? also do I need
to bring the paper from the doctor about the sugar.

Thank you
Destiny

On Mon, Apr 8, 2024, Calder County WIC <wic@caldercountyhealth.org> wrote:
> This is a reminder of your WIC appointment on Monday, April 15 at 9:30 AM at 1410 Granary Rd.
> Please bring proof of address and your WIC card. Reply to this email to reschedule.
""")

mk('phi', 'self', 'Simms',
   'Loretta Simms <lsimms1954@mailbox.example.com>',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'my grandson Kayden',
   'Thu, 30 May 2024 14:48:02 -0600',
   """Dear Ms. Brennan,

I am Mrs. Loretta Simms, guardian of my grandson Kayden Simms who is 2 and a half. You sent a
letter that his lead test at the doctor was 11 and someone needs to come to the house. We live
at 77 Cobbler Lane, the old part of town, house was built in 1920 something. I want to do
whatever we need, he is all I have. He has been cranky and not eating good, is that from the
lead? I am home every day except Tuesday when I take him to speech therapy.

My phone is 608-555-0176.

Sincerely,
Loretta Simms
""")

mk('phi', 'self', 'Lee',
   'Marcus Lee <mlee.works@webmail.example.net>',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'got your letter',
   'Mon, 13 May 2024 12:05:44 -0600',
   """Ms Kowalczyk,

my name is Marcus Lee, I got a letter from the county saying I need to call about a "health
matter" and you left a voicemail. I'm guessing its about someone I was with. I got tested at
urgent care in April and they said I was fine but they didn't do blood I think just urine.
I can come in on my lunch any day this week. I'd rather not talk on the phone at work.

Marcus
""")

mk('phi', 'self', 'Ostrowski',
   'Gwen Ostrowski <gwen.ostrowski@mailbox.example.com>',
   'immunizations@caldercountyhealth.org',
   'Reaction after my shingles shot',
   'Wed, 16 Oct 2024 09:26:37 -0600',
   """Good morning,

I received my second Shingrix shot at your Monday flu clinic at the library (Oct 14). Since
Monday evening my left arm is swollen from the shoulder almost to the elbow, red and hot, and
I had chills and a temperature of 100.8 Tuesday night. Today the fever is gone but the arm is
still very swollen. I take blood thinners (warfarin) for my heart valve. Should I see my own
doctor or come back to you? Does this need to be reported?

Gwen Ostrowski
born 2 Feb 1951
""",
   html="""<html><body><div dir="ltr">Good morning,<br><br>
I received my second Shingrix shot at your Monday flu clinic at the library (Oct 14). Since Monday
evening my left arm is swollen from the shoulder almost to the elbow, red and hot, and I had
chills and a temperature of 100.8 Tuesday night. Today the fever is gone but the arm is still
very swollen. I take blood thinners (warfarin) for my heart valve. Should I see my own doctor or
come back to you? Does this need to be reported?<br><br>
Gwen Ostrowski<br>born 2 Feb 1951</div></body></html>""")
# ============================================================ PHI: ids
mk('phi', 'ids', '',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'tbcontrol@health.northplains.gov',
   'RVCT for case TC-004512',
   'Wed, 17 Apr 2024 10:30:00 -0600',
   """Hi Glenda,

Sending the missing fields you asked for on our new pulmonary case:

County case no.: TC-004512
DOB: 3.4.88
Sex: M
Country of birth: Philippines, arrived US 2019
Sputum smear 2+ on 4/9, NAAT positive, culture pending
Started RIPE 4/11, 55 kg
HIV neg 4/10
Phone 608-555-0151

I'll fax the CXR report separately. Thx

Patty Okafor, RN
TB Control Nurse, Calder County Health Department
""")

mk('phi', 'ids', 'Okonkwo',
   'Specimen Receiving <receiving@stlab.northplains.gov>',
   'stdclinic@caldercountyhealth.org',
   'Unsatisfactory specimen - acc 24-STI-018832',
   'Thu, 28 Mar 2024 07:41:12 -0500',
   """Calder County STI Clinic,

The following specimen was received and REJECTED (leaking container, transport >72h):

  Accession:   24-STI-018832
  Submitter #: CCHD-0419
  Name:        OKONKWO, CHIDINMA A
  DOB:         19880304
  Source:      endocervical swab
  Test req:    CT/NG NAAT, Trichomonas NAAT
  Collected:   20240322 1430

Please recollect and resubmit. Call 555-0210 option 3 with questions.

North Plains State Public Health Laboratory - Specimen Receiving
This is an automated notice. Do not reply.
""")

mk('phi', 'ids', 'Reinholt',
   'Maria Espinal <mespinal@caldercountyhealth.org>',
   'Provider Services <provider.services@northplainscare.example.org>',
   'eligibility question - member 700418822-01',
   'Tue, 14 May 2024 11:55:20 -0600',
   """Hello,

We saw this member in our immunization clinic on 9 May 2024 and the claim came back denied for
"member not eligible on DOS". Member ID 700418822-01, Stefan Reinholt, date of birth 4 Mar 1988.
Address we have on file is 2218 Pheasant Run Apt 6, Calder Falls NP 58302. Services billed were
90715 (Tdap) and 90686 (flu) plus admin codes. He showed us an active card that day.

Can you tell us if there was a coverage gap or a different member ID?

Maria Espinal
Billing Specialist, Calder County Health Department
(608) 555-0118 | fax (608) 555-0189
""")

mk('phi', 'ids', '',
   'Rhonda Pike <rpike@caldercountyhealth.org>',
   'Monique Tran <mtran@caldercountyhealth.org>',
   'call back',
   'Fri, 19 Jul 2024 15:12:48 -0600',
   """Monique - pt called re results, chart 771204, says it's about the syphilis blood test from
last week and she's confused by the letter. call back 608-555-0143 after 5, ok to leave msg.
""")

mk('phi', 'ids', '',
   'NP Lead Program <leadresults@stlab.northplains.gov>',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'Elevated BLL report - Calder County - WS24-118290',
   'Mon, 29 Jan 2024 06:00:04 -0600',
   """ELEVATED BLOOD LEAD RESULT - LOCAL HEALTH DEPARTMENT NOTIFICATION

Specimen ID ........ WS24-118290
Patient DOB ........ 07/22/2021
Sex ................ F
Result ............. 9.8 ug/dL  (venous)
Collected .......... 01/23/2024
Ordering provider .. Riverbend Community Health - Pediatrics
Medicaid ID ........ 91046637B
Guardian phone ..... (608) 555-0164
Address ............ 1503 W Fulton St, Calder Falls NP 58301

Follow-up per state guidance is required for venous results >= 3.5 ug/dL.
""")

mk('phi', 'ids', '',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'IIS Help Desk <iis.help@health.northplains.gov>',
   'duplicate record merge request',
   'Tue, 10 Sep 2024 13:37:25 -0600',
   """Hi IIS team,

We have what looks like a duplicate child in the registry. Same DOB 2019-06-30, same mom, one
record has IIS ID 4402918 and the other 4417735. The second one has the MMR dose 1 from 07/2020
and the first has everything else (DTaP x4, IPV x3, Hib x4). The school can't see the MMR so he's
being excluded. Please merge onto 4402918.

Thanks,
Carla Simmons, LPN
Calder County Health Dept, VFC PIN 580117
""")

mk('phi', 'ids', 'Whitcomb',
   'Maria Espinal <mespinal@caldercountyhealth.org>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'RE: radiology bill',
   'Thu, 28 Mar 2024 10:20:10 -0600',
   """Patty, St Brendan sent the CXR bill to the patient instead of us. Acct# 0088213457, DOS
03/19/24, CPT 71046, Dx R91.8 / Z20.1. Guarantor shows WHITCOMB D. I'll call their billing and
have them rebill to our TB program account. Just so you know in case he calls upset.

Maria
""")

mk('phi', 'ids', '',
   'Hoa Pham <hpham@caldercountyhealth.org>',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'contact info for CI-2024-0457 household',
   'Wed, 14 Aug 2024 16:08:59 -0600',
   """Dev - here's what I got from the household visit for CI-2024-0457.

Case DOB 12/9/63, onset 8/6 (fever, diarrhea), hospitalized 8/9-8/12 at St Brendan.
Lives at 3310 Larkspur Ct, Calder Falls. Home phone 608-555-0148.
Household: spouse (no symptoms), adult son (loose stools 8/8, not tested).
Well water, private. They drink it unfiltered. I left 2 stool kits for the son.

Hoa
""", cte='base64')
# ============================================================ PHI: lists
mk('phi', 'lists', 'Whitcomb',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'TB Team <tbteam@caldercountyhealth.org>',
   'DOT list wk of 3/18',
   'Sun, 17 Mar 2024 20:14:33 -0600',
   """DOT assignments this week. Luis has the east side, Tina west. Anyone on video pls confirm
by 9am daily in the tracker.

Name\tDOB\tRegimen\tDOT type\tWorker\tNotes
Whitcomb, Darnell\t06/14/1979\tRIPE d5/wk\tin-person\tLuis\tmissed x2, motel rm 14
Adeyemi, Chukwuemeka\t01/30/1961\tRIF/INH d5/wk\tin-person\tLuis\tdaughter interprets
Al-Rashidi, Fatima\t09/02/1990\tRIPE d5/wk\tvideo\tTina\tswitch to in-person?
Keane, Rosalind\t11/19/1972\tRIPE d5/wk\tin-person\tTina\tnausea, take w/ food
Alvarez, Teodoro\t05/05/1983\t3HP weekly\tin-person\tLuis\tTuesdays 7am at job site

Patty
""")

mk('phi', 'lists', 'Castillo',
   'Monique Tran <mtran@caldercountyhealth.org>',
   'STI Clinic <sticlinic@caldercountyhealth.org>',
   'sign out fri pm',
   'Fri, 05 Apr 2024 17:03:11 -0600',
   """sign-out for Monday, I'm out till Weds

* L. Castillo - TOC 4/24, partner still not seen, Janine working on it
* Marcus Lee - coming Mon at lunch, needs full panel + RPR, he's a contact to the 3/28 syph case
* "DJ" Okoro (Damilola) - positive RPR 1:64 from Tues, NOT treated yet, Bicillin x1 reserved in
  fridge w/ his name on it. call 608-555-0129 AM
* T. Brandt - results all neg, he keeps calling, just needs a callback
* Ms. Nguyen (Lan) - 2nd shot done thurs, next in 4 wks

Monique
""")

csv_wic = """Participant,DOB,Category,Missed appt,Phone,Note
Hale Destiny,2001-02-11,Pregnant,2024-04-15,608-555-0190,28wk GDM screen pending
Gladstone Amari,2023-12-13,Infant,2024-04-02,608-555-0191,soy formula med doc needed
Dvorakova Zuzana,1994-07-27,Breastfeeding,2024-04-10,608-555-0192,twins wt check
Morales Jazmin,2020-10-03,Child,2024-04-08,608-555-0193,Hgb 10.4 recheck
Thibodeaux Remy,2022-05-19,Child,2024-04-12,608-555-0194,lead referral from Alicia
"""
mk('phi', 'lists', 'Hale',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'WIC Clerks <wicclerks@caldercountyhealth.org>',
   'no-show list for callbacks',
   'Mon, 15 Apr 2024 16:40:00 -0600',
   """Hi ladies, attached is the no-show list from last 2 weeks. Please call these today/tomorrow
and reschedule. Destiny Hale already emailed to move hers to the 17th so skip her.

Beth
""", atts=[('wic_noshow_0415.csv', 'text/csv', csv_wic)])

lead_csv = """case_id,child_name,dob,address,latest_bll,date,parent_phone,inspection_status
L24-011,Pruitt Jaylen,2022-02-08,412 Orchard St,18,2024-05-02,608-555-0170,clearance pending
L24-014,Simms Kayden,2021-11-20,77 Cobbler Ln,11,2024-05-22,608-555-0176,not scheduled
L24-016,Thibodeaux Remy,2022-05-19,980 Rail Ave Apt 2,14,2024-04-30,608-555-0194,XRF done
L24-017,Ramirez Mateo,2021-03-12,Elm St Apts #31,27,2024-05-14,608-555-0177,order issued
"""
mk('phi', 'lists', 'Pruitt',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'Greg Lindqvist <glindqvist@caldercountyhealth.org>',
   'open lead cases for env inspection (zip)',
   'Fri, 31 May 2024 11:11:11 -0600',
   """Greg, zipped up the open case list for the inspection schedule meeting Monday. Password is
the usual one (I'll text it). Simms is the new one, grandma is really anxious.

-A
""", atts=[('lead_open_cases_0531.zip', 'application/zip',
            zip_bytes([('lead_open_cases_0531.csv', lead_csv)]))])

recall_txt = """CALDER COUNTY HEALTH DEPT - IMMUNIZATION RECALL   RUN 07/01/2024
-------------------------------------------------------------------------------
NAME                      DOB         GUARDIAN            PHONE         DUE
-------------------------------------------------------------------------------
O'SULLIVAN-PRICE BRIDGET  04/11/2019  SIOBHAN O'SULLIVAN  608-555-0122  MMR2 VAR2
HALLORAN FINN             08/02/2012  SIOBHAN O'SULLIVAN  608-555-0122  TDAP MENACWY
MOREAU ELIJAH             03/15/2019  CHANTAL MOREAU      608-555-0133  DTAP5 IPV4
BAPTISTE WILDENS          12/28/2018  MARIE-ANGE BAPTISTE 608-555-0135  MMR2
TRUONG KHANH              01/07/2013  TRUONG MINH         608-555-0137  HPV1 TDAP
-------------------------------------------------------------------------------
5 RECORDS
"""
mk('phi', 'lists', "O'Sullivan-Price",
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'Rhonda Pike <rpike@caldercountyhealth.org>',
   'FW: recall report',
   'Mon, 01 Jul 2024 07:55:03 -0600',
   """Rhonda here's the report, it's in the txt file, open in notepad or it looks funny.
""", atts=[('recall_20240701.txt', 'text/plain', recall_txt)])

mk('phi', 'lists', 'Kim',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Debra Yoakum <nurse.westview@cusd-schools.org>',
   'Westview pertussis - students to exclude',
   'Thu, 26 Sep 2024 14:20:44 -0600',
   """Deb,

As discussed on the phone. These students are close contacts (same band section / bus 14) to our
confirmed case and either have symptoms or are unvaccinated. Please exclude until they either
finish 5 days of antibiotics or we clear them. I already called all the parents.

| Student           | Grade | DOB        | Status                          |
|-------------------|-------|------------|---------------------------------|
| Kim, Joon-ho      | 7     | 02/14/2012 | cough 10 days, swab pending     |
| Ashworth, Lily    | 8     | 11/03/2010 | no Tdap on file (exemption)     |
| Mensah, Kwabena   | 7     | 06/21/2012 | started azithro 9/25            |
| Petrov, Anya      | 7     | 01/09/2012 | cough, seeing PCP tomorrow      |

The case himself can return Monday 9/30 (completes azithro Sunday).

Dev Patel, MPH
Epidemiologist II
""")

mk('phi', 'lists', 'Okoro',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'Dr. Neil Abara <nabara@caldercountyhealth.org>',
   'partner services tracker - Q2',
   'Mon, 01 Jul 2024 09:30:00 -0600',
   """Neil, the Q2 partner tracker for the QA review is attached (xlsx). 2 still open.
Janine
""", atts=[('PS_tracker_Q2_2024.xlsx',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            xlsx_bytes([
                ['Index', 'Index DOB', 'Partner', 'Partner phone', 'Exposure', 'Tested', 'Treated', 'Status'],
                ['Okoro, Damilola', '1999-08-17', 'Lee, Marcus', '608-555-0181', 'syphilis', '2024-05-13', '2024-05-13', 'closed'],
                ['Okoro, Damilola', '1999-08-17', 'de la Cruz, Maria Jose', '608-555-0182', 'syphilis', '2024-05-10', '2024-05-10', 'closed - prenatal f/u'],
                ['Castillo, Lorena', '1997-12-01', 'Ybarra, Hector', '608-555-0183', 'gonorrhea', '', '', 'open - 3 attempts'],
                ['Sandoval, Ricky', '1988-03-21', '(anon partner)', '', 'chlamydia', '', '', 'open - no locating info'],
            ], 'Q2'))])
# ============================================================ PHI: struct
hl7_oru = ("MSH|^~\\&|NPSPHL_LIMS|NPSPHL|ELR|CCHD|20240506101522||ORU^R01^ORU_R01|NPL2405060042|P|2.5.1\r"
           "PID|1||WS24-130077^^^NPSPHL^SID~M0042216^^^RIVERBEND^MR||PRUITT^JAYLEN^D||20220208|M|||412 ORCHARD ST^^CALDER FALLS^NP^58301||^PRN^PH^^^608^5550170\r"
           "ORC|RE||WS24-130077|||||||||1477223301^HALVORSEN^INGRID\r"
           "OBR|1||WS24-130077|5671-3^Lead [Mass/volume] in Blood^LN|||20240502093000\r"
           "OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||18|ug/dL|<3.5|H|||F|||20240502093000\r"
           "SPM|1|||122555007^Venous blood specimen^SCT\r")
mk('phi', 'struct', 'Pruitt',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'ELR feed - lead result didnt land in the case',
   'Mon, 06 May 2024 13:02:40 -0600',
   """Alicia - this is the raw message from the feed. The result didn't attach to your case
because the PID has the Riverbend MRN and not our case id. I'll link it manually, just
confirming this is your kid:

""" + hl7_oru.replace('\r', '\n') + """
Tom Haverkamp
Informatics / Surveillance Systems
""")

hl7_vxu = ("MSH|^~\\&|CCHD_EHR|CALDER_IMM|NPIIS|NPDOH|20240819152210||VXU^V04^VXU_V04|CC240819-0311|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r"
           "PID|1||CC-558104^^^CCHD^MR||MARCHETTI^SOFIA^ROSE^^^^L|ARGENTO^GIULIA^^^^^M|20110927|F||2106-3^White^CDCREC|88 BIRCHWOOD DR^^CALDER FALLS^NP^58302^^H||^PRN^PH^^^608^5550158\r"
           "PD1|||||||||||02^Reminder/Recall - any method^HL70215|N\r"
           "NK1|1|MARCHETTI^GIULIA|MTH^Mother^HL70063\r"
           "ORC|RE||CC240819-0311-1\r"
           "RXA|0|1|20240819|20240819|115^Tdap^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001||||||U7733AA||SKB^GlaxoSmithKline^MVX|||CP|A\r"
           "RXR|C28161^Intramuscular^NCIT|LD^Left Arm^HL70163\r"
           "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F\r"
           "ORC|RE||CC240819-0311-2\r"
           "RXA|0|1|20240819|20240819|147^MenACWY-CRM^CVX|0.5|mL^mL^UCUM||00^New Record^NIP001||||||M19203||NOV^Novartis^MVX|||CP|A\r"
           "RXR|C28161^Intramuscular^NCIT|RD^Right Deltoid^HL70163\r")
mk('phi', 'struct', 'Marchetti',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'IIS Help Desk <iis.help@health.northplains.gov>',
   'VXU rejected - AE error on PD1',
   'Tue, 20 Aug 2024 09:45:12 -0600',
   """Hello, our EHR says yesterday's message for this student got an AE back and the doses aren't
showing in the registry. Our vendor says it's on your end. Message file attached (from the
outbound log). Can you look?

Carla Simmons, LPN
""", atts=[('VXU_CC240819-0311.hl7', 'application/octet-stream', hl7_vxu.encode('ascii'))])

x12_837 = """ISA*00*          *00*          *ZZ*CCHD580117     *ZZ*NPCARE01       *240412*1030*^*00501*000004471*0*P*:~
GS*HC*CCHD580117*NPCARE01*20240412*1030*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*CC4471*20240412*1030*CH~
NM1*85*2*CALDER COUNTY HEALTH DEPARTMENT*****XX*1548827730~
N3*1410 GRANARY RD STE B~
N4*CALDER FALLS*NP*58301~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*CASTILLO*LORENA****MI*700522931-01~
N3*1919 TANAGER WAY~
N4*CALDER FALLS*NP*58302~
DMG*D8*19971201*F~
CLM*STI0403-118*142.00***71:B:1*Y*A*Y*Y~
HI*ABK:A5409*ABF:Z202~
LX*1~
SV1*HC:J0696*18.00*UN*2***1~
DTP*472*D8*20240403~
LX*2~
SV1*HC:87591*62.00*UN*1***1~
DTP*472*D8*20240403~
SE*21*0001~"""
mk('phi', 'struct', 'Castillo',
   'Maria Espinal <mespinal@caldercountyhealth.org>',
   'EDI Support <edisupport@clearpathbilling.example.com>',
   'Case 88213 - claim rejected 999 - segment HI',
   'Fri, 12 Apr 2024 11:02:19 -0600',
   """Hi,

Following up on case 88213. Our claim keeps bouncing with a 999 reject pointing at the HI
segment. Pasting the claim portion below (from the export screen, I removed the other claims):

""" + x12_837 + """

Is the problem the A5409 code? Our coder says it's valid for DOS 4/3/24.

Thanks,
Maria Espinal
Billing Specialist | Calder County Health Department | (608) 555-0118
""")

x12_271 = """ISA*00*          *00*          *ZZ*NPCARE01       *ZZ*CCHD580117     *240514*1201*^*00501*000009182*0*P*:~
GS*HB*NPCARE01*CCHD580117*20240514*1201*9182*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG88213*20240514*1201~
HL*1**20*1~
NM1*PR*2*NORTH PLAINS CARE*****PI*NPCARE01~
HL*2*1*21*1~
NM1*1P*2*CALDER COUNTY HEALTH DEPARTMENT*****XX*1548827730~
HL*3*2*22*0~
NM1*IL*1*REINHOLT*STEFAN****MI*700418822-01~
N3*2218 PHEASANT RUN APT 6~
N4*CALDER FALLS*NP*58302~
DMG*D8*19880304*M~
EB*6**30~
DTP*307*RD8*20240401-20240531~
MSG*COVERAGE TERMINATED - REDETERMINATION NOT RECEIVED~
SE*15*0001~"""
mk('phi', 'struct', 'Reinholt',
   'Maria Espinal <mespinal@caldercountyhealth.org>',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'FW: 271 for the Tdap/flu denial',
   'Tue, 14 May 2024 15:30:02 -0600',
   """Carla - here's why. EB*6 = inactive. He lost his Medicaid in April at redetermination. We can
either bill him or write it off under 317 if he qualifies, can you check with him? I'll hold
the claim.

""" + x12_271 + """

M
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "cchd-tb-20931",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5801.1", "value": "TC-004530"}],
        "name": [{"family": "Wojciechowski", "given": ["Tadeusz"]}],
        "gender": "male",
        "birthDate": "1958-10-02",
        "telecom": [{"system": "phone", "value": "608-555-0155"}],
        "address": [{"line": ["604 Kosciuszko Ave"], "city": "Calder Falls", "state": "NP", "postalCode": "58301"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "igra-20931-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "71773-6", "display": "Mycobacterium tuberculosis stimulated gamma interferon [Presence] in Blood"}]},
        "subject": {"reference": "Patient/cchd-tb-20931"},
        "effectiveDateTime": "2024-05-30T09:10:00-06:00",
        "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "10828004", "display": "Positive"}]}
      }
    }
  ]
}"""
mk('phi', 'struct', 'Wojciechowski',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'integrations@tbtrack.example.io',
   'RE: [TBT-4471] IGRA observations not mapping to case',
   'Mon, 10 Jun 2024 10:14:30 -0600',
   """Hi Priyanka,

Here is one of the bundles from this morning's run that failed to map. As you can see the
identifier is there but your side is ignoring the system URI. Can you check? This is a real
patient so please don't paste it into the public ticket.

""" + fhir + """

Thanks,
Tom

> On Fri, Jun 7, 2024 at 4:55 PM TBTrack Support wrote:
> Please send an example payload that fails so we can reproduce.
""")

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>WIC Medical Referral - Continuity of Care Document</title>
  <effectiveTime value="20240402"/>
  <recordTarget>
    <patientRole>
      <id extension="RB-0093381" root="2.16.840.1.113883.3.9911"/>
      <addr><streetAddressLine>3120 Thrush Ln</streetAddressLine><city>Calder Falls</city><state>NP</state><postalCode>58302</postalCode></addr>
      <telecom value="tel:+1-608-555-0193"/>
      <patient>
        <name><given>Jazmin</given><family>Morales</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="20201003"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Results</title>
      <text>Hemoglobin 10.4 g/dL (2024-03-28); Weight 13.1 kg (10th pct); Height 94 cm</text>
    </section></component>
    <component><section>
      <title>Problems</title>
      <text>Iron deficiency anemia; picky eater; milk intake ~40 oz/day</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
mk('phi', 'struct', 'Morales',
   'Referrals <referrals@riverbendchc.org>',
   'wic@caldercountyhealth.org',
   'Referral: WIC nutrition - attached CCD',
   'Tue, 02 Apr 2024 12:00:00 -0500',
   """Calder County WIC,

Please find attached a referral for nutrition services generated from our EHR. Contact the
referring provider with any questions.

Riverbend Community Health - Referral Coordinator
(608) 555-0300

""" + DISC, atts=[('CCD_RB-0093381.xml', 'application/xml', ccd)])

hl7_adt = ("MSH|^~\\&|EPIC|STBRENDAN|SYNDROMIC|CCHD|20240529221503||ADT^A01^ADT_A01|SB52922150|P|2.5.1\n"
           "EVN|A01|20240529221000\n"
           "PID|1||SB7730421^^^STB^MR||BENNING^HAROLD^J||19410316|M|||55 MAPLE GROVE CT^^CALDER FALLS^NP^58302\n"
           "PV1|1|I|4W^412^A||||1932207745^OSEI^KWAME|||MED||||7|||||SB88310042|||||||||||||||||||||||||20240529214000\n"
           "PV2|||R19.7^Diarrhea, unspecified^I10\n"
           "DG1|1||A02.0^Salmonella enteritis^I10||20240529|W\n")
mk('phi', 'struct', 'Benning',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'syndromic feed - working dx field',
   'Tue, 04 Jun 2024 08:33:51 -0600',
   """Tom, is this normal? The ADT from St Brendan for my salmonella guy has the working dx in
DG1 which is great but the PV2 admit reason is different. Which one does the alerting use?

> """ + hl7_adt.strip().replace('\n', '\n> ') + """

Dev
""", cte='quoted-printable')
# ============================================================ PHI: lang
mk('phi', 'lang', 'Gutiérrez',
   'Yesenia Gutiérrez <yesegtz88@webmail.example.net>',
   'wic@caldercountyhealth.org',
   'cita de WIC y la leche de mi bebé',
   'Wed, 13 Mar 2024 20:41:09 -0600',
   """Buenas tardes,

Soy Yesenia Gutiérrez, mi bebé se llama Santiago Gutiérrez Ramos, nació el 2 de enero de 2024.
El pediatra de Riverbend dice que tiene reflujo y le cambió la fórmula a una especial (Similac
Total Comfort) pero en la tienda no me la aceptan con la tarjeta de WIC. Ayer pesó 4.9 kilos.
¿Puedo ir mañana a la oficina para que me cambien los beneficios? Tengo la receta del doctor.

Mi teléfono es 608-555-0138, hablo español nada más.

Gracias,
Yesenia
""")

mk('phi', 'lang', 'Gonçalves',
   'Marisol Duarte <mduarte@caldercountyhealth.org>',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'FW: mensagem do paciente - tradução abaixo',
   'Thu, 20 Jun 2024 10:05:27 -0600',
   """Janine, he wrote in Portuguese, translation at the bottom.

---------- Mensagem encaminhada ----------
De: Rodrigo Gonçalves <rgoncalves.br@mailbox.example.com>
Data: qua., 19 de jun. de 2024 às 23:17
Assunto: resultado do exame

Olá, aqui é o Rodrigo Gonçalves. Fiz o teste de HIV e sífilis na clínica na segunda-feira
(dia 17). A enfermeira disse que o resultado rápido do HIV deu "reativo" e que precisava
confirmar com o exame de sangue. Estou muito preocupado, não consigo dormir. Já saiu o
resultado? Posso tomar o remédio antes? Meu celular: 608-555-0149. Por favor não liguem
para o meu trabalho.

Obrigado,
Rodrigo

--- translation (MD) ---
Hi, this is Rodrigo Gonçalves. I did the HIV and syphilis test at the clinic Monday (17th). The
nurse said the rapid HIV was "reactive" and needed a blood test to confirm. I'm very worried,
can't sleep. Is the result out? Can I start the medicine before? Cell 608-555-0149. Please don't
call my work.

Marisol Duarte
Bilingual Health Navigator (ES/PT)
""")

mk('phi', 'lang', 'Trần',
   'Hoa Pham <hpham@caldercountyhealth.org>',
   'Trần Văn Minh <tranvanminh62@webmail.example.net>',
   'Nhắc lịch uống thuốc lao và hẹn chụp X-quang',
   'Mon, 08 Jul 2024 14:22:18 -0600',
   """Chào chú Minh,

Con là Hoa ở Sở Y tế quận Calder. Con nhắc chú:
- Thuốc lao (isoniazid và rifampin) chú uống mỗi sáng trước khi ăn, đừng bỏ ngày nào.
- Thứ Năm ngày 11/7 lúc 9 giờ sáng chú có hẹn chụp X-quang phổi ở bệnh viện St Brendan,
  sau đó 10 giờ 30 gặp bác sĩ Reyes ở phòng khám lao.
- Kết quả xét nghiệm máu gan tháng trước bình thường.
Nếu chú thấy vàng da, buồn nôn nhiều hoặc đau bụng thì gọi con ngay: 608-555-0166.

Con Hoa
Phạm Thị Hoa – Nhân viên Y tế Cộng đồng
Calder County Health Department
""")

mk('phi', 'lang', 'Baptiste',
   'Marie-Ange Baptiste <mabaptiste509@mailbox.example.com>',
   'immunizations@caldercountyhealth.org',
   'vaksen pitit mwen Wildens',
   'Tue, 06 Aug 2024 08:14:50 -0600',
   """Bonjou,

Mwen se Marie-Ange Baptiste, manman Wildens Baptiste ki fèt 28 desanm 2018. Lekòl la di li
bezwen dezyèm dòz vaksen MMR a anvan li ka antre lekòl. Li te pran premye a an Ayiti lè li te
gen 1 an, mwen gen kat la. Èske mwen ka vini ak li jedi apremidi? Li te gen yon ti lafyèv
semèn pase men kounye a li byen.

Mèsi anpil,
Marie-Ange
Tel: 608-555-0135
""")

mk('phi', 'lang', 'Соколова',
   'Ирина Соколова <irina.sokolova77@webmail.example.net>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'Результаты анализа на туберкулёз',
   'Fri, 17 May 2024 16:55:31 -0600',
   """Здравствуйте,

Меня зовут Ирина Соколова, дата рождения 14.08.1977. В прошлую среду мне сделали
квантифероновый тест в вашей клинике, потому что на работе (детский сад) требуют справку.
Медсестра позвонила и сказала, что результат положительный и нужен рентген. Я очень
волнуюсь — у меня двое детей дома. Рентген назначен на 21 мая. Нужно ли мне не ходить на работу
до этого? Нужно ли проверить детей?

Спасибо,
Ирина
тел. 608-555-0152
""")

mk('phi', 'lang', 'الحسيني',
   'Marisol Duarte <mduarte@caldercountyhealth.org>',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'FW: Arabic message from lead family - pls send to interpreter',
   'Mon, 22 Jul 2024 09:40:03 -0600',
   """Alicia, this came to the general inbox, it's in Arabic, I think it's your lead family on
Rail Ave. I don't read Arabic - can you send it to the language line for written translation?

-----Original Message-----
From: Khaled Al-Husseini <k.alhusseini@mailbox.example.com>
Sent: Saturday, July 20, 2024 9:12 PM
To: info@caldercountyhealth.org
Subject: ابني يوسف - فحص الرصاص

السلام عليكم،
أنا خالد الحسيني، والد الطفل يوسف الحسيني (عمره سنتان، مواليد 5 مارس 2022).
طبيب الأطفال قال إن نسبة الرصاص في دمه 16 ويحتاج إلى فحص دم آخر بعد شهر.
نحن نسكن في 980 Rail Ave الشقة 4. هل ستأتون لفحص البيت؟ ابني يأكل قليلاً ويتعب بسرعة.
رقم هاتفي 608-555-0168.
شكراً جزيلاً
""")

mk('phi', 'lang', '林',
   'Lin Mei <linmei.cf@webmail.example.net>',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   '关于我丈夫的检测结果',
   'Wed, 11 Sep 2024 21:30:45 -0600',
   """您好，

我是林美，我丈夫林建国上周四在你们的诊所做了梅毒血液检测，护士说结果是阳性，
需要打三针青霉素。他已经打了第一针（9月5日），第二针约在9月12日。
我也需要检查吗？我怀孕四个月了，在Riverbend看产检。
我丈夫的出生日期是1985年6月3日，电话 608-555-0186。

谢谢！
林美
""")
# ============================================================ CLEAN: admin
mk('clean', 'admin', '',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'Imm Clinic Staff <immclinic@caldercountyhealth.org>',
   'Flu clinic staffing - Oct community sites',
   'Tue, 17 Sep 2024 12:00:41 -0600',
   """Hi team,

Here's the draft staffing for the October off-site flu/COVID clinics. Please tell me by Friday
if you can't make your slot. Mileage forms go to Rhonda.

Date      Site                          Vaccinators            Clerk
10/07     Calder Falls Public Library   Carla, Jen W.          Rhonda
10/14     Library (2nd day)             Jen W., Marcus T.      Rhonda
10/19 Sat Westview Middle gym           Carla, Marcus T., Sue  Aaron (vol)
10/24     Senior Center, 210 Elm        Sue, Jen W.            Rhonda
10/30     Riverbend CHC parking lot     Carla, Sue             TBD

Cooler packout training is Thurs 10/3 at 2pm in Conf B. Bring your data loggers.

Carla Simmons, LPN
Immunization Clinic Supervisor | (608) 555-0171
""")

mk('clean', 'admin', '',
   'CCHD IT Service Desk <servicedesk@caldercountyhealth.org>',
   'Monique Tran <mtran@caldercountyhealth.org>',
   '[Ticket INC0048817] EHR slow / freezing at check-in - updated',
   'Thu, 04 Apr 2024 09:12:00 -0600',
   """Ticket INC0048817 has been updated.

Caller: Monique Tran (x0147)
Location: STI Clinic, Room 104 workstation CCHD-WS-1041
Category: Clinical Applications > EHR > Performance
Priority: 3 - Moderate

Work notes (Kevin Osterhaus):
  Cleared the Citrix profile cache and pushed the 24.1.3 client. Reboot scheduled 12:15 during
  lunch. If the patient banner still hangs on check-in after the reboot, reply to this email and
  the ticket will reopen.

To view your ticket visit the self-service portal. Please do not include patient information
in ticket replies.

CCHD IT Service Desk | x4357 | (608) 555-4357
""")

mk('clean', 'admin', '',
   'Accounts Receivable <ar@coldchainsolutions.example.com>',
   'Accounts Payable <ap@caldercountyhealth.org>',
   'Invoice INV-22-104873 - Past Due',
   'Mon, 01 Jul 2024 06:30:00 -0500',
   """Dear Customer,

Our records show the following invoice is now 30 days past due:

  Invoice #:     INV-22-104873
  PO #:          CCHD-PO-2024-0391
  Account #:     100-58822
  Description:   Purpose-built vaccine refrigerator, 23 cu ft (x2), digital data logger (x4),
                 annual calibration certificates
  Amount due:    $14,862.50
  Due date:      05/31/2024

Please remit to Cold Chain Solutions LLC, PO Box 4410, Fargo ND. If payment has already been
sent, please disregard. Questions: Tamika Rowe, (701) 555-0233.
""")

mk('clean', 'admin', '',
   'Human Resources <hr@caldercounty.gov>',
   'All County Employees <allstaff@caldercounty.gov>',
   'Open Enrollment Nov 1-15: health plan changes for 2025',
   'Mon, 21 Oct 2024 08:00:00 -0600',
   """County employees,

Open enrollment for 2025 benefits runs November 1 through November 15. Changes this year:

- The HDHP deductible goes to $3,200 single / $6,400 family; county HSA seed stays at $750.
- New member ID cards will be mailed in December. Your ID number will change from the old
  9-digit format (e.g. 000123456) to the carrier's new format (CCY + 8 digits).
- Flu shots and biometric screenings are free at the county wellness events (see the
  schedule on the intranet). Completing a screening earns $200 premium credit.
- Dependents over 26 must be removed unless disabled (documentation required).

Benefits office hours: Tue/Thu 1-4 pm, Room 210, County Admin Building. Questions to
Darlene Fitch, Benefits Coordinator, (608) 555-0301.

Calder County Human Resources
""",
   html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1f4e79">Open Enrollment: Nov 1&ndash;15</h2>
<p>County employees,</p><p>Open enrollment for 2025 benefits runs November 1 through November 15. Changes this year:</p>
<ul>
<li>The HDHP deductible goes to $3,200 single / $6,400 family; county HSA seed stays at $750.</li>
<li>New member ID cards will be mailed in December. Your ID number will change from the old 9-digit format (e.g. 000123456) to the carrier's new format (CCY + 8 digits).</li>
<li>Flu shots and biometric screenings are free at the county wellness events. Completing a screening earns $200 premium credit.</li>
<li>Dependents over 26 must be removed unless disabled (documentation required).</li>
</ul>
<p>Benefits office hours: Tue/Thu 1&ndash;4 pm, Room 210. Questions to Darlene Fitch, Benefits Coordinator, (608) 555-0301.</p>
<p><i>Calder County Human Resources</i></p></body></html>""")

mk('clean', 'admin', '',
   'Facilities <facilities@caldercounty.gov>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'RE: TB room negative pressure alarm - WO 24-3317',
   'Wed, 27 Mar 2024 13:48:22 -0600',
   """Patty,

Work order 24-3317 closed. Tech (Ray Dumont, Johnson Mechanical) found the exhaust fan belt on
EF-3 slipping, replaced it, room 118 back to -0.012 in. w.c. Smoke test passed at 1:15pm. The
alarm panel display was also reset. Annual certification is still due in August, I'll schedule.

If it alarms again call the after-hours line 608-555-0400 and reference the WO number.

Stan Kowalski
Facilities Maintenance Supervisor, Calder County

-----Original Message-----
From: Patty Okafor
Sent: Tuesday, March 26, 2024 4:51 PM
To: Facilities
Subject: TB room negative pressure alarm

The airborne isolation room alarm (rm 118) has been going off all afternoon, reading positive
pressure. We have clinic in there tomorrow 9-12, can someone look first thing?
""")

mk('clean', 'admin', '',
   'Maria Espinal <mespinal@caldercountyhealth.org>',
   'Clinic Managers <clinicmgrs@caldercountyhealth.org>',
   'Billing system cutover weekend - 6/21-6/23',
   'Wed, 12 Jun 2024 15:02:10 -0600',
   """All,

Reminder the practice management / billing system moves to the new version the weekend of June
21. What that means for you:

1. No charges can be entered Fri 6/21 after 3pm until Mon 6/24 7am. Keep paper superbills.
2. Encounter numbers will start with "E24-" instead of the old 7-digit numbers.
3. Fee schedule for 2024-25 is loaded (sliding fee tiers A-E unchanged).
4. Payer IDs for North Plains Care and BlueRiver changed, the clearinghouse already has them.

Super-user for each clinic: STI - Monique, Imm - Carla, TB - Patty, WIC - n/a (WIC isn't billed).
Training recording is on the S: drive under Billing\\Cutover2024.

Maria Espinal
Billing Specialist | x0118
""")

mk('clean', 'admin', '',
   'Jerome Batts <jbatts@swiftmedcourier.example.com>',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'Courier route change + rate sheet FY25',
   'Thu, 27 Jun 2024 10:10:10 -0500',
   """Tom,

Starting July 1 our Calder route picks up at 1410 Granary Rd at 2:45pm instead of 3:30 so we can
make the state lab's 6pm receiving cutoff. Saturday pickups stay on-call (call dispatch at
701-555-0290 by noon).

FY25 rate sheet:
  Scheduled daily stop ................ $28.00
  STAT / on-call ...................... $85.00
  Category B ambient/refrigerated box . $6.50 each
  Dry ice surcharge ................... $12.00

Contract # SMC-NP-2211 renews automatically unless we hear from you by 7/15. Let me know.

Jerome Batts
Account Manager, SwiftMed Courier
""")
# ============================================================ CLEAN: lookalike
mk('clean', 'lookalike', '',
   'Calder Falls Animal Hospital <reminders@calderfallsvet.example.com>',
   'Greg Lindqvist <greg.lindqvist@mailbox.example.com>',
   "Biscuit is due for vaccines!",
   'Tue, 05 Mar 2024 07:00:00 -0600',
   """Hi Greg,

Our records show Biscuit (Patient ID 20418, Canine, Beagle mix, DOB 04/12/2017) is due for:

  - Rabies 3-year booster ........ due 03/20/2024
  - DHPP ......................... due 03/20/2024
  - Heartworm/Lyme 4Dx test ....... due 04/01/2024

At her last visit (weight 31.4 lb) Dr. Amundsen noted mild dental tartar and recommended a
cleaning under anesthesia. Bloodwork before anesthesia is required for patients over 6.

Book online or call (608) 555-0410. Reply STOP to unsubscribe from reminders.

Calder Falls Animal Hospital | 2200 Prairie Ave
""",
   html="""<html><body><table width="600" style="font-family:Helvetica"><tr><td>
<h2>Hi Greg, Biscuit is due!</h2>
<p>Our records show <b>Biscuit</b> (Patient ID 20418, Canine, Beagle mix, DOB 04/12/2017) is due for:</p>
<ul><li>Rabies 3-year booster &mdash; due 03/20/2024</li><li>DHPP &mdash; due 03/20/2024</li><li>Heartworm/Lyme 4Dx test &mdash; due 04/01/2024</li></ul>
<p>At her last visit (weight 31.4 lb) Dr. Amundsen noted mild dental tartar and recommended a cleaning under anesthesia.</p>
<p><a href="https://calderfallsvet.example.com/book">Book online</a> or call (608) 555-0410.</p>
</td></tr></table></body></html>""")

mk('clean', 'lookalike', '',
   'Prairie Heritage Credit Union <alerts@prairieheritagecu.example.org>',
   'monique.tran@webmail.example.net',
   'Member #448120-07: your auto loan payment was received',
   'Fri, 15 Mar 2024 05:12:44 -0500',
   """Member #448120-07

Hello MONIQUE TRAN,

We received your payment of $312.40 to Share ID 0042 (Auto Loan) on 03/14/2024.
Remaining balance: $8,915.66. Next payment due 04/15/2024.

Your date of birth and SSN are never requested by email. If you did not authorize this
transaction call Member Services at 1-800-555-0177.

Prairie Heritage Credit Union - Federally insured by NCUA
""")

mk('clean', 'lookalike', '',
   'Northstar Air <itinerary@northstarair.example.com>',
   'Dev Patel <dev.patel.mph@mailbox.example.com>',
   'Your trip confirmation - Record Locator QXM4TR',
   'Sun, 10 Nov 2024 18:22:03 -0600',
   """Thank you for choosing Northstar Air.

CONFIRMATION / RECORD LOCATOR: QXM4TR

Passenger: PATEL/DEVANSH MR      Date of birth: on file    Known Traveler #: on file
Frequent flyer: NSA 55019374     Ticket: 0372415580921

  14DEC  NS 1182  FAR 0640 -> DEN 0812   Seat 14C  Economy
  18DEC  NS 1197  DEN 1710 -> FAR 2025   Seat 22A  Economy

Special service request: WCHR (wheelchair to gate) - NO
Medical oxygen: NO   Service animal: NO

Need help? Call 1-800-555-0166.
""")

mk('clean', 'lookalike', '',
   'Claims <claims@granitestateauto.example.com>',
   'Janine Kowalczyk <janine.k@webmail.example.net>',
   'Claim 7734-AU-2024-0912 - injury exam scheduled',
   'Wed, 18 Sep 2024 11:30:19 -0500',
   """Dear Policyholder,

Regarding claim 7734-AU-2024-0912 (loss date 09/06/2024, 2019 Subaru Outback, policy
GSA-448271009):

The repair estimate from Precision Collision has been approved ($4,212.88 less your $500
deductible). Your rental authorization (Enterprise, up to 12 days at $35/day) is active.

For the other driver's bodily injury claim, an independent exam has been scheduled by their
carrier; no action is needed from you. Your adjuster is Craig Bonham, ext. 4417.

Granite State Auto Insurance
""")

mk('clean', 'lookalike', '',
   'Eli Sorensen <eli@sorensentreecare.example.com>',
   'Alicia Brennan <alicia.brennan@mailbox.example.com>',
   'your oak - diagnosis and treatment plan',
   'Mon, 03 Jun 2024 16:45:00 -0600',
   """Hi Alicia,

Thanks for having me out Saturday. Here's what I found on the big bur oak in the backyard:

Diagnosis: the leaf browning from the margins in and the streaking under the bark is pretty
consistent with oak wilt, but I'd like to confirm. I took a branch sample (sample # ST-0603-2)
and sent it to the university plant disease clinic, results in ~10 days.

Treatment if positive: root-graft barrier trench between it and the neighbor's oak, then
propiconazole injection (macro-infusion). The tree is about 28" DBH so roughly 3 gal of
solution. Prognosis is fair if we catch it now, poor if it's already in more than 30% of the
crown. Do NOT prune anything until after July.

Estimate: injection $1,150, trenching $900. Let me know.

Eli Sorensen, ISA Certified Arborist MN-4417A
Sorensen Tree Care  |  (608) 555-0455
""")

mk('clean', 'lookalike', '',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'Kevin Osterhaus <kosterhaus@caldercountyhealth.org>',
   're: interface engine keeps dying overnight',
   'Wed, 22 May 2024 07:34:12 -0600',
   """Kevin - found it. The parent process spawns a worker per inbound channel and when the ELR
channel times out the child process doesn't get reaped, so by 3am we have ~200 zombie children
and the patient-matcher service (it's literally called patient_match.exe, not a patient) runs out
of handles and gets killed by the OOM thing. Log excerpt:

  2024-05-22 02:58:11 WARN  [pid 4412] child 8831 exited status 137 (SIGKILL)
  2024-05-22 02:58:11 ERROR [pid 4412] patient_match: admission queue full (depth=5000)
  2024-05-22 02:58:12 INFO  [pid 4412] discharge worker restart #17

No messages lost, they requeue. I'll put a SIGCHLD handler in and cap the queue. Can you give
me a maintenance window Thursday night?

Tom
""")

mk('clean', 'lookalike', '',
   'FitLab Calder Falls <hello@fitlabcalder.example.com>',
   'Rhonda Pike <rhonda.pike@webmail.example.net>',
   'Your body composition results + 8-week program',
   'Sat, 13 Jan 2024 09:00:00 -0600',
   """Hey Rhonda!

Great job at your fitness assessment with coach Brianna on Thursday! Here are your numbers:

  Member #: FL-20931
  Resting heart rate: 74 bpm
  Body fat %: 31.2
  Lean mass: 112 lb
  Blood pressure (cuff at front desk): 128/82
  VO2 estimate: 29

Your 8-week "Reset" program starts Monday: strength Mon/Wed/Fri, spin Tue, rest/stretch weekends.
Recheck weigh-in is 3/9. Remember this isn't medical advice, talk to your doctor before starting
a new exercise program!

Keep crushing it,
The FitLab Team
""")
# ============================================================ CLEAN: news
mk('clean', 'news', '',
   'NP DOH Health Alert Network <han@health.northplains.gov>',
   'HAN Recipients <han-list@health.northplains.gov>',
   'HAN UPDATE: Measles cases in North Plains - 2024 #3',
   'Fri, 08 Mar 2024 16:00:00 -0600',
   """NORTH PLAINS DEPARTMENT OF HEALTH - HEALTH ALERT NETWORK
HAN UPDATE #3 | March 8, 2024 | Distribute to: EDs, urgent care, primary care, LHDs

Summary
As of March 8, 7 confirmed measles cases have been reported in North Plains in 2024 (Brule
County 4, Calder County 1, Hensley County 2). Ages range 11 months to 43 years; 6 of 7 were
unvaccinated or of unknown status. 2 were hospitalized. No deaths.

Recommendations for clinicians
1. Consider measles in any patient with fever AND rash, especially with travel or known exposure.
2. Mask and isolate suspected patients immediately; do not use the waiting room.
3. Collect NP/throat swab for PCR AND serum IgM; call your local health department BEFORE
   sending specimens to the state lab.
4. Post-exposure: MMR within 72 hours or IG within 6 days for susceptible contacts.

Public exposure sites are listed at health.northplains.gov/measles.

Epidemiology Section | 24/7 line (701) 555-0100
""")

mk('clean', 'news', '',
   'FDA Recalls via Pharmacy Bulletin <bulletin@rxsafetywatch.example.org>',
   'County Pharmacy <pharmacy@caldercountyhealth.org>',
   'RECALL: Penicillin G benzathine injectable suspension, lot BPG23071 - particulate matter',
   'Tue, 16 Jul 2024 12:15:00 -0400',
   """RX SAFETY WATCH - Drug Recall Notice

Product:   Penicillin G benzathine injectable suspension 2,400,000 units/4 mL prefilled syringe
Lot(s):    BPG23071, BPG23074   Exp 11/2025
NDC:       60793-0700-10 (fictional listing for bulletin)
Reason:    Visible particulate matter observed in retained samples
Class:     II  - voluntary recall to the user level

Action: Quarantine affected lots and contact the distributor for return. Unaffected lots may
continue to be used. Given the ongoing supply constraints, CDC guidance for prioritizing
benzathine penicillin for pregnant patients and congenital syphilis prevention remains in
effect; doxycycline 100 mg BID x 14 days (or 28 days for late latent) is an alternative for
non-pregnant adults.

Adverse events may be reported to MedWatch.
""")

mk('clean', 'news', '',
   'Calder County Health Department <news@caldercountyhealth.org>',
   'Community Partners <partners@lists.caldercountyhealth.org>',
   'Healthy Calder - Spring 2024 newsletter',
   'Wed, 10 Apr 2024 10:00:00 -0600',
   """HEALTHY CALDER - Spring 2024

From the Director
Spring is here and so is tick season. Thank you to the 42 partners who joined our March
community health assessment forum at the library.

Lead Poisoning Prevention
In 2023, 1,912 children under 6 in Calder County had a blood lead test and 61 had levels at or
above 3.5 ug/dL. Most lived in homes built before 1950. Free home lead checks are available for
families with young children - call (608) 555-0175.

Immunization Clinic
Walk-in hours are now Tuesdays 1-6 pm for back-to-school vaccines. We accept VFC, Medicaid and
most private insurance. Nobody is turned away for inability to pay.

STI Clinic
Chlamydia cases were down 8% in 2023 but syphilis rose for the fifth year in a row (38 cases,
including 2 congenital). Free, confidential testing Mon-Fri.

WIC
WIC now offers text-message appointment reminders and the new WIC shopper app.

Staff news: Please welcome Marisol Duarte, our new bilingual health navigator, and congrats to
Patty Okafor, RN, named North Plains TB Nurse of the Year!

Unsubscribe: reply REMOVE
""",
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2e7d32">Healthy Calder &ndash; Spring 2024</h1>
<h3>From the Director</h3><p>Spring is here and so is tick season. Thank you to the 42 partners who joined our March community health assessment forum.</p>
<h3>Lead Poisoning Prevention</h3><p>In 2023, 1,912 children under 6 in Calder County had a blood lead test and 61 had levels at or above 3.5&nbsp;&micro;g/dL. Free home lead checks: (608) 555-0175.</p>
<h3>Immunization Clinic</h3><p>Walk-in hours are now Tuesdays 1&ndash;6 pm for back-to-school vaccines.</p>
<h3>STI Clinic</h3><p>Chlamydia cases were down 8% in 2023 but syphilis rose for the fifth year in a row (38 cases, including 2 congenital).</p>
<h3>WIC</h3><p>WIC now offers text-message appointment reminders and the new WIC shopper app.</p>
<p><i>Staff news:</i> Welcome Marisol Duarte, our new bilingual health navigator, and congrats to Patty Okafor, RN, North Plains TB Nurse of the Year!</p>
</body></html>""")

mk('clean', 'news', '',
   'NP STD/HIV Surveillance <stdsurv@health.northplains.gov>',
   'LHD STI Coordinators <lhd-sti@health.northplains.gov>',
   'Q2 2024 STI surveillance summary (provisional)',
   'Mon, 05 Aug 2024 09:00:00 -0500',
   """Colleagues,

Provisional Q2 2024 counts (cases by county of residence, suppressed <5):

County      Chlamydia  Gonorrhea  P&S syphilis  Congenital syph
Brule            212         71            9                *
Calder           188         64           11                *
Hensley          139         40            *                0
Statewide      2,471        802           97                4

Note: P&S syphilis among women of reproductive age is up 31% vs Q2 2023. Please prioritize
partner services for pregnant contacts. Full tables with age/sex breakdowns are posted on the
SharePoint (Surveillance > Quarterly). Do not forward county line lists outside the program.

Regards,
STD/HIV Surveillance Unit
""", atts=[('q2_2024_sti_counts.csv', 'text/csv',
            "county,chlamydia,gonorrhea,ps_syphilis,congenital\nBrule,212,71,9,<5\nCalder,188,64,11,<5\nHensley,139,40,<5,0\nStatewide,2471,802,97,4\n")])

mk('clean', 'news', '',
   'NP WIC State Office <wic.policy@health.northplains.gov>',
   'Local WIC Agencies <lwa@health.northplains.gov>',
   'WIC Policy Memo 2024-07: formula substitution list extended',
   'Thu, 11 Jul 2024 14:00:00 -0500',
   """WIC POLICY MEMO 2024-07

To: Local WIC Agency Coordinators
Re: Extension of temporary infant formula substitution list

The temporary substitution list (Memo 2024-03) is extended through September 30, 2024.
Local agencies may continue to issue the alternate sizes listed in Attachment A without new
medical documentation. Exempt infant formulas still require a Medical Documentation Form
signed by a health care provider.

Reminder: staff must not email participant information to the state office. Use the secure
portal for any participant-specific questions.

Rosalyn Akers, MS, RD
State WIC Director
""")

mk('clean', 'news', '',
   'TB Controllers Digest <digest@tbcontrollers.example.org>',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'Weekly digest: IGRA supply, new 4-month regimen uptake, webinar',
   'Fri, 06 Sep 2024 06:00:00 -0400',
   """TB CONTROLLERS DIGEST - Week of Sept 2

* Supply: One IGRA manufacturer reports backorders of collection tubes through October. Some
  programs are temporarily shifting low-risk school and employment screening to TST.
* Regimens: A survey of 41 jurisdictions found 22% of eligible pulmonary cases were started on
  the 4-month rifapentine-moxifloxacin regimen in 2023, up from 9%.
* Research: Short-course rifamycin LTBI regimens continue to show higher completion rates
  (~80-90%) than 9 months of isoniazid.
* Webinar: "Video DOT in rural settings" - Sept 19, 1 pm ET. Speakers: Dr. Hal Brightwater
  (Mountain Regional TB Center), Kim Aoki, RN.

You are receiving this because you subscribed to the TB Controllers Digest.
""")
# ============================================================ CLEAN: staff
mk('clean', 'staff', '',
   'Dr. Samuel Reyes-Whitfield <sreyes@caldercountyhealth.org>',
   'TB Team <tbteam@caldercountyhealth.org>',
   'Q re: IGRA+ on TNF inhibitors',
   'Tue, 16 Apr 2024 12:40:55 -0600',
   """Team - curbside question came in from a rheumatologist, sharing for teaching, no need to
chart anything. A man in his 60s, about to start a TNF inhibitor, IGRA positive, normal CXR, no
symptoms, no known exposure. She asked whether she can start the biologic right away.

Our standing answer: start LTBI treatment first, ideally at least 4 weeks before the biologic
(4R or 3HP both fine), check baseline LFTs if there are risk factors, and the biologic can start
once he's tolerating it. If anyone gets this call while I'm out, that's the script.

SRW
""")

mk('clean', 'staff', '',
   'Monique Tran <mtran@caldercountyhealth.org>',
   'STI Clinic <sticlinic@caldercountyhealth.org>',
   'Bicillin shortage - new priority order starting Monday',
   'Thu, 18 Jul 2024 16:22:01 -0600',
   """Hi all,

With the recall + shortage we have 14 syringes of Bicillin L-A on hand and the distributor can't
promise more until September. Dr. Abara and I agreed on this order starting Monday:

1. pregnant patients (any stage) and their partners
2. patients who can't take doxy (allergy, adherence concerns)
3. everyone else gets doxy 100 BID x 14d (early) or 28d (late latent/unknown)

Log every syringe on the sheet taped to the fridge. Do NOT set syringes aside with a name on them
anymore, call me instead.

Monique Tran, RN
STI Clinic Charge Nurse
""")

mk('clean', 'staff', '',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'Imm Clinic Staff <immclinic@caldercountyhealth.org>',
   'temp excursion last night - fridge #2',
   'Wed, 28 Feb 2024 07:25:33 -0600',
   """Morning -- the data logger on fridge #2 shows it hit 9.4 C for about 50 min overnight
(power blip around 2am, the generator kicked in late). DO NOT USE anything in fridge #2 until I
hear back from the manufacturers. I bagged everything and labeled "DO NOT USE - excursion 2/28".
Fridge #1 and the freezer were fine.

Today's 9:00-11:00 appointments can be done from fridge #1 stock. If we run out of MMR,
reschedule, don't borrow from #2.

I'll file the VFC excursion report this morning.
Carla
""")

mk('clean', 'staff', '',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Disease Investigations <di-team@caldercountyhealth.org>',
   'updated interview script for enteric cases',
   'Mon, 10 Jun 2024 11:05:00 -0600',
   """Team,

After the potluck cluster I've updated the enteric interview script (v3.2, on the S: drive).
Changes:

- Added "church/community meals" and "assisted living dining" as exposure settings.
- Moved the food history to right after onset date, people remember better early in the call.
- Q27 now asks about private well water and whether it's treated.
- Exclusion guidance for food handlers / daycare / health care workers is now a checkbox at the
  end so we don't forget.

Please start using v3.2 for any new cases today. Old interviews don't need to be redone.

Also - a reminder that when emailing hospitals about a case, use the case ID only, not the name,
unless it's going through secure mail.

Dev
""")

mk('clean', 'staff', '',
   'Alicia Brennan <abrennan@caldercountyhealth.org>',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'general q - iron + lead kids',
   'Thu, 23 May 2024 15:09:17 -0600',
   """Beth, not about any specific kid, more of a protocol thing. When a toddler has an elevated
lead level AND low hemoglobin, do you want us to refer to WIC every time even if they're already
enrolled? Some families are getting 2 calls about the same thing. Maybe we do a shared note in
the referral system instead?

Also do you have a one-pager on calcium/iron/vitamin C foods in Spanish and Arabic? Mine is from
2016.

thanks!
A
""")

mk('clean', 'staff', '',
   'Janine Kowalczyk <jkowalczyk@caldercountyhealth.org>',
   'Dr. Neil Abara <nabara@caldercountyhealth.org>',
   'RE: doxy-PEP standing order draft',
   'Tue, 27 Aug 2024 10:55:46 -0600',
   """Neil,

Read through the draft, looks good. Two things:

1) The eligibility line says "MSM and transgender women with a bacterial STI in past 12 months".
   Should we add a line that the clinician can offer it case by case outside that group?
2) Prescription quantity - 20 tabs of 100 mg with 2 refills seems low for some of our folks who
   won't come back for 3 months. Maybe 30?

Also, do we want to track uptake? I could add a field to the partner services form.

Janine

> -----Original Message-----
> From: Dr. Neil Abara
> Sent: Monday, August 26, 2024 5:30 PM
> Subject: doxy-PEP standing order draft
>
> Attached is the draft, based on the CDC guidelines. Would like comments by Friday so we can
> take it to the medical director meeting.
""")

mk('clean', 'staff', '',
   'Patty Okafor <pokafor@caldercountyhealth.org>',
   'Luis Ferreira <lferreira@caldercountyhealth.org>; Tina Begay <tbegay@caldercountyhealth.org>',
   'coverage next week while I\'m at the TB conference',
   'Thu, 12 Sep 2024 14:00:00 -0600',
   """Hi both,

I'm out Mon 9/16 - Thurs 9/19 at the regional TB conference in Denver. Coverage:

- Clinic Tues am: Dr. Reyes-Whitfield + Rhonda for reads. 12 TST reads scheduled.
- Sputum cups / lab drop-off: Luis by 3:30 daily.
- Any new case reports from the state or hospitals: call Dev (x0160), he knows the drill.
- Video DOT: Tina, same list as this week, nothing new.
- My cell will be on at breaks: 608-555-0199.

Thanks - you guys are the best.
Patty
""")
# ============================================================ CLEAN: training
mk('clean', 'training', '',
   'Kevin Osterhaus <kosterhaus@caldercountyhealth.org>',
   'New Staff Orientation <orientation@caldercountyhealth.org>',
   'EHR training environment logins - use TEST patients only',
   'Mon, 05 Feb 2024 08:30:00 -0600',
   """Welcome to the EHR training session Wednesday 9-12 in Training Room A.

You'll log in to the TRAINING environment (blue banner, not the green production one).
Username: your network ID + "_trn". Password: Welcome2024! (you'll be forced to change it).

Practice patients (all fictional, in TRN only):
  ZZTEST, ALPHA       MRN 9990001   DOB 01/01/1980   - use for check-in + insurance
  ZZTEST, BRAVO       MRN 9990002   DOB 02/02/2015   - pediatric, use for immunizations
  ZZTEST, CHARLIE     MRN 9990003   DOB 03/03/1990   - use for STI visit + lab orders
  ZZTEST, DELTA       MRN 9990004   DOB 04/04/1975   - TB: TST placement and read

Never search for a real person in TRN. If a real name shows up in TRN, stop and call x4357.

Kevin Osterhaus
Clinical Applications Analyst
""")

hl7_sample = ("MSH|^~\\&|DEMOEHR|DEMOCLINIC|IIS|STATE|20240101120000||VXU^V04^VXU_V04|SAMPLE0001|T|2.5.1\n"
              "PID|1||TEST123456^^^DEMOCLINIC^MR||DOE^JOHN^Q^^^^L||20170101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000\n"
              "RXA|0|1|20240101|20240101|08^Hep B, adolescent or pediatric^CVX|999|||01^Historical^NIP001\n")
mk('clean', 'training', '',
   'Renata Vollmer <rvollmer@immuconnect.example.com>',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   'ImmuConnect onboarding - sample VXU + test checklist',
   'Tue, 23 Jan 2024 10:00:00 -0600',
   """Hi Tom,

As promised, attached is our sample VXU you can drop in the TEST queue to validate your
mapping. Processing ID is T so it won't touch production. Please use only the synthetic "John
Doe" test data - no real patients during onboarding.

Testing checklist:
  [ ] VXU with historical dose (RXA-9 = 01)
  [ ] VXU with administered dose + VFC eligibility OBX
  [ ] Refusal (RXA-18)
  [ ] QBP^Q11 query and RSP^K11 response

Let me know when you'd like to schedule the go-live call.

Renata Vollmer
Implementation Specialist, ImmuConnect
""", atts=[('sample_vxu_TEST.hl7', 'text/plain', hl7_sample)])

fhir_demo = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"use": "official", "family": "Sandbox", "given": ["Testy", "Q"]}],
  "gender": "other",
  "birthDate": "1900-01-01",
  "address": [{"line": ["1 Example Way"], "city": "Nowhere", "state": "ZZ", "postalCode": "00000"}]
}"""
mk('clean', 'training', '',
   'TBTrack Support <support@tbtrack.example.io>',
   'Tom Haverkamp <thaverkamp@caldercountyhealth.org>',
   '[TBT-4471] Sandbox credentials + demo payload',
   'Thu, 06 Jun 2024 15:20:00 -0700',
   """Hi Tom,

Your sandbox tenant is ready: https://sandbox.tbtrack.example.io/calder
Client ID: calder-sbx-0921  (secret sent separately by SMS)

Here is the demo Patient we use in all our sandboxes - feel free to POST it to test the
identifier mapping. Note the HTEST security tag; the sandbox rejects anything without it.

""" + fhir_demo + """

Please don't send production data to the sandbox.

Priyanka Shah
Integration Engineer, TBTrack
""")

mk('clean', 'training', '',
   'Dev Patel <dpatel@caldercountyhealth.org>',
   'Disease Investigations <di-team@caldercountyhealth.org>; Hoa Pham <hpham@caldercountyhealth.org>',
   'Tabletop exercise Friday - fictional scenario packet',
   'Tue, 01 Oct 2024 13:13:13 -0600',
   """All,

Friday's contact tracing tabletop (9-11:30, EOC). Scenario is FICTIONAL - packet below so you can
skim ahead.

SCENARIO: "Operation Dry Run"
Index case "Pat Example", 34, works as a line cook at the fictional "Dinerville Grill". Onset of
jaundice on Day 0. Hepatitis A IgM positive. Pat lists 3 household members and 22 coworkers.

Injects:
  09:20  Media call from the "Calder Ledger" asking if the restaurant is closed
  09:45  A coworker ("Sam Sample") says he won't get vaccinated
  10:15  Hospital reports a second case, "Alex Placeholder", who ate at the grill on Day -20

Roles: Dev = IC, Hoa = contact lead, Janine = PEP clinic, Marisol = comms/interpreting.
No real case data will be used. Bring laptops.

Dev
""")

mk('clean', 'training', '',
   'Webinars <events@publichealthtraining.example.org>',
   'Bethany Ruiz <bruiz@caldercountyhealth.org>',
   'Certificate: Anthropometrics Refresher for WIC Staff (1.5 CPEU)',
   'Fri, 15 Mar 2024 17:00:00 -0400',
   """Dear Bethany Ruiz,

Congratulations on completing "Anthropometrics Refresher for WIC Staff" on 03/14/2024.

Certificate ID: PHT-2024-0314-7781
Credits: 1.5 CPEU (CDR Provider PH011), 1.5 contact hours (nursing)

Case practice in this course used sample children "Baby A" (length 58.2 cm, weight 5.1 kg at 8
weeks) and "Child B" (height 96 cm, weight 13.8 kg at 3 years), both fictional. Your practice
plotting score: 10/10.

Download your certificate from your learner dashboard.

Public Health Training Collaborative
""")

mk('clean', 'training', '',
   'Carla Simmons <csimmons@caldercountyhealth.org>',
   'Imm Clinic Staff <immclinic@caldercountyhealth.org>',
   'IIS data entry practice - sample records (not real)',
   'Mon, 19 Aug 2024 07:45:00 -0600',
   """For the two new clerks - practice entering these in the IIS TRAINING site (iis-trn), NOT the
live registry. These are the state's sample records.

SAMPLE RECORD 1: TEST, Babyboy       DOB 01/01/2024   Hep B #1 at birth (historical)
SAMPLE RECORD 2: TEST, Kindergarten  DOB 06/15/2019   DTaP #5, IPV #4, MMR #2, VAR #2 today
SAMPLE RECORD 3: ZZTRAIN, Teen       DOB 09/09/2011   Tdap, MenACWY #1, HPV #1 today; VFC: Medicaid

Things to practice: searching before creating (avoid duplicates!), historical vs administered,
lot numbers from the box, VIS dates.

-C
""", atts=[('iis_practice_sample_records.csv', 'text/csv',
            "record,last,first,dob,vaccines,vfc\n1,TEST,Babyboy,2024-01-01,HepB-1 (hist),n/a\n2,TEST,Kindergarten,2019-06-15,DTaP5;IPV4;MMR2;VAR2,uninsured\n3,ZZTRAIN,Teen,2011-09-09,Tdap;MenACWY1;HPV1,Medicaid\n")])

# ============================================================ labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
