#!/usr/bin/env python3
"""Blind evaluation mail set: rural critical-access hospital (Granite Pass Memorial),
Stone Creek Tribal Health Clinic, Summit AirLink air ambulance, Tamarack County Public Health.
All people, numbers and organisations are invented. Standard library only, deterministic."""
import sys, os, io, csv, random, zipfile, email.policy, email.utils
from email.message import EmailMessage
from xml.sax.saxutils import escape

SEED = 3801
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

H = 'granitepassmemorial.org'
T = 'stonecreekhealth.org'
A = 'summitairlink.com'
C = 'tamarackcounty.gov'

ROWS = []
COUNT = {}
ZDATE = (2024, 4, 15, 7, 30, 0)

DISC_H = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

DISC_T = """
This message is from Stone Creek Tribal Health Clinic and may contain information protected
by federal law (including 42 CFR Part 2 and HIPAA). If you received it in error, notify the
sender and delete it."""


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def col(i):
        return chr(ord('A') + i)
    xr = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(i), r, escape(str(v)))
                        for i, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r, cells))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheetxml),
    ]
    return zipbytes(files)


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def M(label, kind, patient, frm, to, subject, date, body, cc=None, html=None, att=(),
      cte=None, extra=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = email.utils.parseaddr(frm)[1].split('@')[-1] or 'localhost'
    msg['Message-ID'] = '<%012x.%s%d@%s>' % (random.getrandbits(48), kind, n, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    def plain(t):
        return '7bit' if t.isascii() else '8bit'
    msg.set_content(body, cte=cte or plain(body))
    if html:
        msg.add_alternative(html, subtype='html', cte=plain(html))
    for a in att:
        fn, mt, st, data = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn, cte=plain(data))
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (len(ROWS) + 1, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))

IPHONE = {'X-Mailer': 'iPhone Mail (21E236)'}
OUTLOOK = {'X-Mailer': 'Microsoft Outlook 16.0'}
ANDROID = {'X-Mailer': 'Android Gmail'}

# ===================================================================== PHI: care
M('phi', 'care', 'Voss',
  'Dustin Marek <dmarek@%s>' % A, 'GPMH ED Charge <edcharge@%s>' % H,
  'pt update - Voss', 'Sat, 16 Mar 2024 22:14:09 -0600', """\
fyi Harlan Voss made it to Cascade Regional trauma bay at 2148. tolerated the flight ok, chest tube
still draining, maybe 150 more since your place. gave 2 more fentanyl 50 en route, sats 94 on 4L.
theyre taking him straight to CT.

thanks for having him packaged so fast, pass was closed anyway so ground wasnt an option

DM

Sent from my iPhone""", extra=IPHONE)

M('phi', 'care', 'Crowshoe',
  'Renata Yellowhorse <ryellowhorse@%s>' % T, 'Wren Halvorsen <whalvorsen@%s>' % H,
  'd/c summary request', 'Mon, 11 Mar 2024 08:32:40 -0600', """\
Dr. Halvorsen,

Could you or HIM send over the discharge summary for Nadine Crowshoe? Per her daughter she was in
with you 3/2 to 3/5, got IV antibiotics for the foot and was started on Lantus 18 units at bedtime.
She's on my schedule Thursday 3/14 and I'd like to know what her sugars were running and whether you
want the metformin restarted now that her kidney numbers came back down.

Also - did she go home with dressing supplies? If not our CHR Curtis can run some out to her place,
it's a long drive in for her.

Thanks,
Renata

Renata Yellowhorse, MSN, FNP-C
Stone Creek Tribal Health Clinic
(406) 555-0142
""" + DISC_T, cc='HIM <him@%s>' % H)

M('phi', 'care', 'Amundsen',
  'Ingrid Solberg <isolberg@%s>' % C, 'Noreen Fitzgibbon <nfitzgibbon@%s>' % H,
  'DOT update - Amundsen', 'Thu, 21 Mar 2024 16:05:12 -0600', """\
Hi Noreen - quick update for your IP file.

Gus Amundsen started his 4 drug regimen Monday. I'm doing DOT at his place out on Ruby Flats Rd M-F
for now, weekends his sister watches him take them and texts me a photo. 3rd sputum went to the state
lab Tuesday. Baseline vision screen before the ethambutol was fine.

He keeps asking when he can go back to the sale barn on Thursdays - told him not until we have 3
negative smears.

Can your lab draw his LFTs on the 25th when he comes in for the chest film? Order should already be
in from Dr. Kittredge.

Ingrid

Ingrid Solberg, RN, PHN | Tamarack County Public Health | 406-555-0170
""")

M('phi', 'care', 'Marchbanks',
  'Shelby Dahl <sdahl@%s>' % H, 'Marco Ruiz-Tafoya <mruiz@%s>' % H,
  'RE: warfarin - Marchbanks', 'Tue, 09 Apr 2024 10:47:03 -0600', """\
Marco - INR came back 4.1 this am (was 2.8 last wk). Turns out she started the amoxicillin her
dentist gave her Friday. I had her hold tonight's dose and we'll recheck Friday at the clinic, I'll
call her with the new dose after. Ok with you?

Shelby

Shelby Dahl, PharmD
Clinical Pharmacist | Granite Pass Memorial Hospital | x2230

-----Original Message-----
From: Marco Ruiz-Tafoya
Sent: Monday, April 8, 2024 4:51 PM
To: Shelby Dahl <sdahl@granitepassmemorial.org>
Subject: warfarin - Marchbanks

Can you manage Ethel Marchbanks' coumadin while I'm out next week? She gets her INR on Tuesdays.
Goal 2-3, she's on 5 mg except 2.5 on Mon/Thu.
Thx
Marco
""", html="""\
<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Marco - INR came back <b>4.1</b> this am (was 2.8 last wk). Turns out she started the amoxicillin her
dentist gave her Friday. I had her hold tonight's dose and we'll recheck Friday at the clinic, I'll
call her with the new dose after. Ok with you?</p>
<p>Shelby</p>
<p style="color:#555">Shelby Dahl, PharmD<br>Clinical Pharmacist | Granite Pass Memorial Hospital | x2230</p>
<hr>
<p><b>From:</b> Marco Ruiz-Tafoya<br><b>Sent:</b> Monday, April 8, 2024 4:51 PM<br>
<b>To:</b> Shelby Dahl<br><b>Subject:</b> warfarin - Marchbanks</p>
<p>Can you manage Ethel Marchbanks' coumadin while I'm out next week? She gets her INR on Tuesdays.
Goal 2-3, she's on 5 mg except 2.5 on Mon/Thu.<br>Thx<br>Marco</p>
</body></html>""", extra=OUTLOOK)

M('phi', 'care', 'Szymanski',
  'Gabe Lindgren <glindgren@%s>' % H, 'Cascade Ortho Referrals <referrals@cascadeortho.com>',
  'PT progress - Pete Szymanski R TKA', 'Wed, 27 Mar 2024 12:18:55 -0600', """\
Hi all,

Quick progress ahead of Pete Szymanski's 6 week visit with Dr. Amsel on 4/3. He's done 8 of 12 PT
visits here since the R knee replacement on 2/20.

- ROM today 0-108
- walking with a cane on level ground, still uses the walker when it's icy
- stairs reciprocal with rail
- quad lag resolved, swelling down

Full note is going over by fax. He asks every visit when he can get back on a horse. I told him
that's Dr. Amsel's call.

Gabe Lindgren, PT, DPT
Rehab Services, Granite Pass Memorial Hospital
406-555-0114
""")

M('phi', 'care', 'Hardesty',
  'Kristen Alvarado <kalvarado@cascaderegional.org>', 'Noreen Fitzgibbon <nfitzgibbon@%s>' % H,
  'Swing bed referral', 'Mon, 01 Apr 2024 14:40:21 -0600', """\
Hi Noreen,

Following up on our call this morning. Lyle Hardesty, 81, is ready for discharge Thursday after
ORIF of the L hip on 3/28 (fell in his barn). He'll need PT/OT daily, 30 days of enoxaparin, staples
out 4/11. He's on 2L O2 at night, which he had at home already.

His wife Opal really wants him closer to home, so a swing bed at Granite Pass would be ideal. H&P,
op note and therapy evals are uploaded to the referral portal.

Do you have a bed?

Kristen Alvarado, RN, BSN
Care Management | Cascade Regional Medical Center
Direct 208-555-0190
""")

M('phi', 'care', 'Etcheverry',
  'Ruth Ann Jeppesen <rjeppesen@%s>' % H, 'Wren Halvorsen <whalvorsen@%s>' % H,
  'critical', 'Fri, 05 Apr 2024 07:44:30 -0600', """\
K 6.2 on Etcheverry, Marisol drawn 0710, not hemolyzed. called to you 0742, read back ok.
repeat ordered w/ BMP
rj""", extra=ANDROID)

M('phi', 'care', 'Rasmussen',
  'Tamsin Oyelaran <toyelaran@%s>' % H, 'Loretta Bearcomesout <lbearcomesout@%s>' % T,
  'f/u appt needed this week', 'Sun, 14 Apr 2024 09:12:48 -0600', """\
Hi Loretta,

Cody Rasmussen (17) was seen in our ED Saturday night after his mom found him with a handful of her
pills. Poison control was consulted, he got charcoal and was observed 6 hrs and medically cleared.
The crisis worker did a safety plan with him and mom before they left.

He's an enrolled member so I think he can be seen at your place - can someone get him in with a
counselor this week? Mom's cell is 406-555-0119. He really doesn't want to go to Cascade.

Thank you!!
Tamsin

Tamsin Oyelaran, RN | ED Charge Nurse | Granite Pass Memorial Hospital
""" + DISC_H, cte='quoted-printable')

# ===================================================================== PHI: names
M('phi', 'names', 'Nguyễn Thị Hoa',
  'GPMH Front Desk <frontdesk@%s>' % H, 'Pharmacy <pharmacy@%s>' % H,
  'Nguyễn Thị Hoa - refill callback', 'Tue, 02 Apr 2024 13:21:09 -0600', """\
she called again re the metformin, says the mail order sent the wrong strength. her son translates,
pls call after 3:30 when he's home from work. same number as before.

thx
Britt""")

M('phi', 'names', 'Adeyemi-Okonkwo',
  'Wren Halvorsen <whalvorsen@%s>' % H, 'Marco Ruiz-Tafoya <mruiz@%s>' % H,
  'overnight', 'Wed, 10 Apr 2024 06:58:17 -0600', """\
Adeyemi-Okonkwo, Chinedu - bed 4. came in ~0200 w chest pressure after shoveling the drive.
trop x3 neg, ECG unchanged from 2022. stress test set up at Cascade for Tues.
going home on ASA + SL nitro, wife driving. pls do d/c med rec, I'm post call and going to bed.
W

Sent from my iPhone""", extra=IPHONE)

M('phi', 'names', 'van der Westhuizen',
  'Tamsin Oyelaran <toyelaran@%s>' % H, 'Radiology <radiology@%s>' % H,
  'CT read?', 'Thu, 11 Apr 2024 15:33:02 -0600', """\
Mrs. van der Westhuizen's daughter has called 3x now asking if her mom's head CT from yesterday came
back. I told her the doctor will call but can you check if the telerad read is in yet? She's getting
pretty upset

thx T""")

M('phi', 'names', 'Rosalind',
  'Renata Yellowhorse <ryellowhorse@%s>' % T, 'Curtis Redbird <credbird@%s>' % T,
  'wound care no-show', 'Tue, 09 Apr 2024 16:50:44 -0600', """\
Curtis -

Rosalind (the lady up Hay Creek whose dad brings her in every other Tuesday for the leg ulcers)
didn't make it to wound care today. No answer on the landline. Can you swing by on your route
tomorrow? Her right leg looked worse last visit and I want eyes on it. Bring the Aquacel and a couple
of the 4" wraps.

-R""")

M('phi', 'names', 'Raghunathan',
  'Marco Ruiz-Tafoya <mruiz@%s>' % H, 'Dr. Simon Feld <sfeld@cascaderegional.org>',
  'urgent cardiology f/u - visitor leaving the country 4/22', 'Mon, 15 Apr 2024 11:02:36 -0600', """\
Dear Dr. Feld,

I saw Mr. Venkatesh Raghunathan (72) in our ED yesterday. He is visiting his son in Granite Pass from
Chennai and had two episodes of exertional chest tightness on a hike. ECG showed new lateral T wave
inversions, troponin peaked at 0.09. He declined transfer, understanding the risks. We started
aspirin, atorvastatin 80 and metoprolol 25 BID.

He flies home on 4/22 and the family is hoping he can have a stress echo or cath evaluation before
then. Could your office see him this week? His son Arjun is the contact: 406-555-0163.

Thank you,
Marco Ruiz-Tafoya, PA-C
Emergency Department, Granite Pass Memorial Hospital
""" + DISC_H, extra=OUTLOOK)

M('phi', 'names', 'El-Sayed',
  'Ingrid Solberg <isolberg@%s>' % C, 'Jodi Marsh <jmarsh@%s>' % H,
  "re: Hanan El-Sayed's prenatal labs", 'Fri, 12 Apr 2024 10:15:59 -0600', """\
Hi Jodi,

Hanan El-Sayed's husband brought her to our WIC appt this morning. She's about 24 weeks by her dates
and says she hasn't had any prenatal labs since they moved here from Michigan in January. Hgb on our
fingerstick was 9.4. She would like a female provider if possible, and needs an Arabic interpreter
(Language Line worked fine today).

Can you get her in for an OB intake with Dr. Halvorsen? Best number is still the Michigan cell,
313-555-0188.

Thanks!
Ingrid
""", html="""\
<html><body><div>Hi Jodi,</div><div><br></div>
<div>Hanan El-Sayed's husband brought her to our WIC appt this morning. She's about 24 weeks by her dates
and says she hasn't had any prenatal labs since they moved here from Michigan in January. Hgb on our
fingerstick was 9.4. She would like a female provider if possible, and needs an Arabic interpreter
(Language Line worked fine today).</div><div><br></div>
<div>Can you get her in for an OB intake with Dr. Halvorsen? Best number is still the Michigan cell,
313-555-0188.</div><div><br></div><div>Thanks!<br>Ingrid</div></body></html>""")

M('phi', 'names', 'Kovalchuk',
  'Marco Ruiz-Tafoya <mruiz@%s>' % H, 'Deb Kowalczyk <dkowalczyk@%s>' % H,
  'Kovalchuk - records to Kestrel Peak clinic', 'Tue, 20 Feb 2024 08:05:27 -0700', """\
Deb, can you release the wrist films + my ED note for Oleksandr Kovalchuk to the resort's occ health
clinic at Kestrel Peak? He's the J-1 lift operator from Ukraine, seen yesterday. Signed the release
at d/c, it's scanned in media. He's in a sugar tong splint, needs recheck and casting in 5-7 days.
Workers comp through the resort, claim pending.
thx
M""")

M('phi', 'names', 'de la Peña Ibáñez',
  'Tamsin Oyelaran <toyelaran@%s>' % H, 'Walk-In Clinic <walkin@%s>' % H,
  'sutures out Thurs - Sr. De la Peña', 'Mon, 08 Apr 2024 18:27:14 -0600', """\
Hi walk-in team,

Sr. José Ángel de la Peña Ibáñez needs his sutures out Thursday - L hand, 9 simple interrupted, put in
here on 4/2 after the pruning shears slipped. He's on the crew at the Hollister orchard and can't come
before 5. Can you squeeze him in at the end of the day? Spanish interpreter needed, the crew boss
usually drives him. Tdap was updated in the ED.

Tamsin""")

# ===================================================================== PHI: self
M('phi', 'self', 'Tollefson',
  'wade tollefson <tbarwranch@rangeweb.net>', 'Granite Pass Clinic <clinic@%s>' % H,
  'lifting', 'Sun, 24 Mar 2024 20:41:50 -0600', """\
this is Wade Tollefson. dr halvorsen took my gallbladder out back in january (the 23rd i think).
incision looks good just kinda numb on the right side. calving starts next wk and i need to be
pulling calves and throwing bales, can i get the lifting restriction off or do i gotta come in.
also i still have like 10 of them hydrocodone left what do i do with them

Wade

sent from my phone excuse typos""")

M('phi', 'self', 'Old Coyote',
  'Bernice Old Coyote <bernice.oldcoyote41@yahoo.com>', 'Stone Creek Appointments <appointments@%s>' % T,
  'My medicine', 'Wed, 06 Mar 2024 10:03:00 -0700', """\
Dear Stone Creek Clinic,

My name is Bernice Old Coyote. My birthday is June 14, 1941. I am writing because I am almost out of
my blood pressure pills (lisinopril 20 mg) and the water pill. My granddaughter is helping me with
this email. The pharmacy said they need a new prescription from the doctor.

Also I would like an appointment for my eyes because it has been a year since my sugar eye check.

I do not drive in the winter so I will need the van.

Thank you,
Bernice Old Coyote
Phone 406-555-0131
""", cte='quoted-printable')

M('phi', 'self', 'Whitfield',
  'Jess Whitfield <jesswhitfield@icloud.com>', 'Nurse Line <nurseline@%s>' % H,
  'Kaden fever after ear tubes??', 'Sat, 13 Apr 2024 07:19:33 -0600', """\
hi, my son Kaden Whitfield (dob 9/22/16) had ear tubes put in at Cascade 2 weeks ago and now he has a
fever 101.8 since last night and theres yellowish stuff draining out of his left ear. is that
normal?? they gave us drops (ciprodex) but we used them all up. were 90 min from Cascade so hoping
he can be seen in Granite Pass today. he's eating and drinking ok.

Jess (mom)
406-555-0156

Sent from my iPhone""", extra=IPHONE)

M('phi', 'self', 'Fairweather',
  'Liam Fairweather <liam.fairweather@outlook.com>', 'Health Information Mgmt <records@%s>' % H,
  'Medical records request - travel insurance claim', 'Tue, 19 Mar 2024 17:55:08 +1000', """\
Hi there,

I'm Liam Fairweather, DOB 07/05/1998 (that's 7 May - Aussie format, sorry!). I was seen in your
emergency department on 12 Feb after a fall at Kestrel Peak. They did x-rays and an MRI of my right
knee, put me in a hinged brace and gave me crutches.

My travel insurer, Coral Coast Travel Insurance (claim CCT-88412-A), needs an itemised invoice and
the doctor's report before they'll reimburse me. Could you email those to me? I'm back home in
Brisbane now so post would take ages.

Cheers,
Liam
+61 4 5550 1827""")

M('phi', 'self', 'Engebretson',
  'Marlys Engebretson <marlys.e@centurylink.net>', 'Wren Halvorsen <whalvorsen@%s>' % H,
  'Re: Your lab results', 'Wed, 17 Apr 2024 09:26:41 -0600', """\
Thanks Dr. H. I guess the church bazaar cookies caught up with me lol. I'll start the atorvastatin
again, I still have some from last year - is 20mg still right? And do I repeat the blood test in 3
months or 6?

Marlys

On Tue, Apr 16, 2024 at 3:02 PM Wren Halvorsen <whalvorsen@granitepassmemorial.org> wrote:
> Marlys,
>
> Your labs from 4/12 are back. Your LDL cholesterol is 168, up from 112 last year.
> Your A1c is 5.9, which is in the prediabetes range, about the same as before. Kidney
> and thyroid tests were normal.
>
> I'd recommend restarting the atorvastatin. We can talk more at your visit in May.
>
> Dr. Halvorsen
""")

M('phi', 'self', 'Kincaid',
  'June Kincaid <junekincaid@hotmail.com>', 'Granite Pass Clinic <clinic@%s>' % H,
  "reschedule Everett's memory appt", 'Thu, 18 Apr 2024 14:12:19 -0600', """\
To whom it may concern,

I am writing for my husband, Everett Kincaid. He has a telehealth appointment at the memory clinic
with the neurologist from Cascade on the 30th at 10 am but that is the same day he gets his new
hearing aids fitted at the VA. Could we please move it?

Also the donepezil has been upsetting his stomach and he is up wandering at night now, he got out to
the barn twice last week. Could the doctor call me about the medicine?

His birthday is 1/9/1938 if you need it for the chart.

June Kincaid (wife)
406-555-0123""")

M('phi', 'self', 'Redcloud',
  'shyla r <shylar.22@gmail.com>', 'Renata Yellowhorse <ryellowhorse@%s>' % T,
  'question about delivery', 'Mon, 15 Apr 2024 21:47:05 -0600', """\
hey renata its Shyla Redcloud. im 32 wks now and my glucose test came back high, the lady at cascade
said i need the 3 hr one. do i have to drive all the way there or can i do it at GP hospital? also
can i still deliver at granite pass or do they not do babies anymore?? my last one was only 6 hrs of
labor so idk if ill make it over the pass lol

thanks
Shyla""", extra=ANDROID)

# ===================================================================== PHI: ids
M('phi', 'ids', '',
  'Carla Benavidez <cbenavidez@%s>' % H, 'Highline Health Plan UM <priorauth@highlinehp.com>',
  'PA status? MRI L-spine', 'Mon, 08 Apr 2024 09:40:12 -0600', """\
Checking status on the prior auth for MRI lumbar spine w/o contrast, faxed 4/1 and again 4/4, no
response either time.

pt DOB 3.4.88
our # 00418823
member ID HHP77120394
ordering: Marco Ruiz-Tafoya PA-C

Pt has completed 6 wks of PT and is worse, new numbness L foot per last note. Please advise.

Carla Benavidez | Patient Financial Services | Granite Pass Memorial Hospital
ph 406-555-0105 | fax 406-555-0106
""" + DISC_H)

M('phi', 'ids', 'Quayle',
  'Carla Benavidez <cbenavidez@%s>' % H, 'Provider Appeals <appeals@crestlinemutual.com>',
  'Denial appeal - acct 7730051', 'Thu, 11 Apr 2024 15:02:44 -0600', """\
Re: claim 2024031100417
Roberta Quayle  19520811  member XQH448120937

Denied CO-50 for the transthoracic echo on 2/27. She had a new murmur and shortness of breath on
exertion documented at the 2/20 visit, notes were faxed 4/10. Requesting reconsideration.

acct 7730051

Thank you,
Carla Benavidez
Patient Financial Services, GPMH
406-555-0105""", extra=OUTLOOK)

M('phi', 'ids', 'Furness',
  'Tonya Reyes <flightbilling@%s>' % A, 'Carla Benavidez <cbenavidez@%s>' % H,
  'Flight 24-0317 / Furness - need face sheet', 'Tue, 19 Mar 2024 11:28:36 -0600', """\
Hi Carla,

Billing the 3/17 rotor transport GPMH -> Cascade Regional. Need your face sheet to match, here's
what we have from the PCR:

Patient: Dale Furness
DOB: 4 Mar 1971
Address: 2290 Old Stage Rd, Elkhorn MT 59720
Ins: Crestline Mutual CMX-55120-07
Loaded miles: 112

PCS says hypotensive upper GI bleed, 2 units PRBC given before lift. Is Crestline primary or does he
have Medicare too? He's under 65 but the crew noted a disability card.

Thx,
Tonya Reyes
Billing Specialist | Summit AirLink
800-555-0148 x3""")

M('phi', 'ids', 'Dunmore',
  'Ingrid Solberg <isolberg@%s>' % C, 'GPMH ED <edcharge@%s>' % H,
  'rabies PEP schedule - bat exposure', 'Wed, 10 Apr 2024 08:11:27 -0600', """\
Exposed person: Kelsey Dunmore, 14
41 Juniper Loop, Hay Creek
Parent (Dana) phone: (406) 555-0187

Bat found in her bedroom 4/7, bat tested POSITIVE at the state lab. HRIG + vaccine dose 1 given in
your ED 4/9 (day 0).

Remaining vaccine:
  day 3 - Fri 4/12
  day 7 - Tue 4/16
  day 14 - Tue 4/23

County is covering the cost, bill to us not the family. Please let me know right away if she
no-shows.

Ingrid
Tamarack County Public Health""", cc='Pharmacy <pharmacy@%s>' % H)

M('phi', 'ids', 'Brekke',
  'Mountain Pathology Associates <reports@mtnpathology.com>', 'GPMH Lab <lab@%s>' % H,
  'addendum S24-00317', 'Fri, 05 Apr 2024 16:44:03 -0600', """\
Please note an addendum was issued on S24-00317 (BREKKE, ANNELIESE M) - margin status revised after
deeper levels. Corresponding frozen section is S24-00318.

Req # GP-112093, collected 03/28/2024, submitting physician W. Halvorsen.

The interface copy failed to post on your end; please confirm Dr. Halvorsen receives the amended
report today.

Client Services
Mountain Pathology Associates | 406-555-0180""")

M('phi', 'ids', 'Ekdahl',
  'Megan Oakes <moakes@hollisstrand.com>', 'Records Custodian <records@%s>' % H,
  'Records request - chart 55102', 'Mon, 25 Mar 2024 13:30:00 -0600', """\
Dear Records Custodian,

This office represents Travis Ekdahl in connection with a motor vehicle collision on Highway 12 on
11/03/2023. A signed HIPAA-compliant authorization will follow in a separate email.

Please provide complete records for dates of service 11/03/2023 through present, including the
emergency department record, CT and x-ray images and reports, orthopedic follow-up visits, physical
therapy notes, and an itemized billing statement.

Your chart no.: 55102
DOB: 12-30-1985
SSN: xxx-xx-4417

Please contact me with any fees in advance.

Sincerely,

Megan Oakes
Paralegal
Hollis & Strand PLLC
120 N. Main St., Suite 4 | 406-555-0199

This communication may contain attorney-client privileged information.""")

M('phi', 'ids', 'Stands Alone',
  'Marla Whitebuffalo <mwhitebuffalo@%s>' % T, 'Carla Benavidez <cbenavidez@%s>' % H,
  'PRC auth 24-0881', 'Tue, 16 Apr 2024 10:55:49 -0600', """\
Carla -

PRC approved for the colonoscopy 5/2 at GPMH.

Name: Leland Stands Alone
HRN: 004471
DOB: 11/30/1963
Auth #: PRC-24-0881

Bill Medicaid first (ID 0091188342), then Stone Creek PRC as payer of last resort. Please send the
EOB/835 to me directly.

Marla Whitebuffalo
Purchased/Referred Care Coordinator
Stone Creek Tribal Health Clinic | 406-555-0145
""" + DISC_T)

M('phi', 'ids', 'Haugen',
  'Jodi Marsh <jmarsh@%s>' % H, 'Ingrid Solberg <isolberg@%s>' % C,
  'newborn home visit referral', 'Tue, 07 May 2024 15:37:22 -0600', """\
Ingrid,

Baby girl Haugen, born 2024-05-06 at 0312, 2.9 kg, mom Kirsten Haugen (G1P1).
Newborn screen card #24-118832 sent 5/7.
Hearing screen: REFER R ear, pass L - needs rescreen in 2 wks.

Mom is struggling with latch and wants breastfeeding support at home. They live at 1187 Cutbank Rd
outside Granite Pass, no cell service - landline 406-555-0194. Peds f/u 5/9 with Dr. Halvorsen.

Thanks,
Jodi Marsh, RN
OB / Nursery, GPMH""")

# ===================================================================== PHI: lists
M('phi', 'lists', 'Hardesty;Marchbanks;Adeyemi-Okonkwo;Delgado;Kittle;Halfmoon',
  'Noreen Fitzgibbon <nfitzgibbon@%s>' % H, 'Nursing All <nursing@%s>' % H,
  '0700 huddle', 'Wed, 10 Apr 2024 06:52:11 -0600', """\
Census 5 + 1 swing

- Rm 2 Hardesty (swing) - PT/OT BID, staples out 4/11, O2 2L at noc
- Rm 3 Marchbanks, Ethel - INR 4.1 yesterday, holding coumadin, HIGH fall risk
- Rm 4 Adeyemi-Okonkwo - d/c this am, stress test at Cascade Tues
- Rm 6 Delgado, Rufino - L leg cellulitis day 2 IV cefazolin, elevate, mark borders
- Rm 7 OBS Kittle, Vera 88 - syncope workup, tele, family mtg 1400
- Rm 8 Halfmoon, Darrell - ETOH w/d, CIWA q4, sitter overnight again

Staffing: 3 RN days, 1 CNA. Need a float to ED if a flight comes in.
Plow at 0900 - helipad was cleared at 0530.

N""", extra=IPHONE)

sched = """\
Time\tPatient\tDOB\tReason\tNotes
0830\tCrowshoe, Nadine\t02/17/1959\tpost-hosp f/u, insulin start\tneeds van
0900\tStands Alone, Leland\t11/30/1963\tpre-colonoscopy visit\tPRC auth done
0930\tRedcloud, Shyla\t08/08/2001\tOB 32wk, abnl 1hr GTT\t
1000\tWolfchild, Harvey\t05/03/1950\tfoot check, A1c\tmissed last 2
1030\tOld Coyote, Bernice\t06/14/1941\tBP refill, eye exam referral\tgranddaughter coming
1100\tLittlelight, Tessa\t12/01/1988\tnew DM2 education\tw/ Curtis
"""
M('phi', 'lists', 'Crowshoe;Stands Alone;Redcloud;Wolfchild;Old Coyote;Littlelight',
  'Stone Creek Front Desk <frontdesk@%s>' % T, 'Renata Yellowhorse <ryellowhorse@%s>' % T,
  'Thurs schedule - diabetes day', 'Wed, 13 Mar 2024 16:20:00 -0600',
  "Renata here's tomorrow. Harvey's daughter said she'd bring him if the road is open.\n\n" + sched +
  "\nDelphine\n", cc='Curtis Redbird <credbird@%s>' % T)

M('phi', 'lists', 'Sandvik;Two Bulls;Oyelowo;Pretty Weasel;Marchetti',
  'Ingrid Solberg <isolberg@%s>' % C,
  'GPMH Clinic Nurses <clinicrn@%s>, Renata Yellowhorse <ryellowhorse@%s>' % (H, T),
  'Hay Creek School - kids missing MMR #2', 'Mon, 22 Apr 2024 12:04:38 -0600', """\
With the measles cases two counties over, here are the Hay Creek School students still missing MMR
dose 2 per the state IIS. If you see any of these families, please offer it. Don't forward outside
your clinics please.

| Student              | DOB        | Parent/guardian     | Phone    | Last MMR |
|----------------------|------------|---------------------|----------|----------|
| Brody Sandvik        | 2018-04-22 | Amy Sandvik         | 555-0121 | 05/2019  |
| Kenzie Two Bulls     | 2017-09-03 | Ray Two Bulls       | 555-0138 | 10/2018  |
| Tobi Oyelowo         | 2018-11-30 | Funmi Oyelowo       | 555-0150 | none     |
| Jaxon Pretty Weasel  | 2016-06-14 | Marie Pretty Weasel | 555-0176 | 07/2017  |
| Gianna Marchetti     | 2019-01-09 | Paul Marchetti      | 555-0192 | 02/2020  |

Tobi's family declined at our office in Feb, may be worth a second conversation with a provider.

Ingrid Solberg, RN, PHN
Tamarack County Public Health | 406-555-0170""")

M('phi', 'lists', 'Lundquist;Palma;Hawkshead;Voss;Furness',
  'Jo Castellano <jcastellano@%s>' % A, 'GPMH Quality <quality@%s>' % H,
  'Q1 transfers from GPMH - QA review', 'Thu, 04 Apr 2024 09:13:50 -0600', """\
Hi Quality team,

Q1 rotor transports out of GPMH for the joint QA review next week. Door-out over 60 min is flagged,
please add your notes for those.

FLT#     DATE      PATIENT               AGE  REASON                        DEST   DOOR-OUT
-------  --------  --------------------  ---  ----------------------------  -----  --------
24-0211  01/14/24  LUNDQUIST, ARNE        67  STEMI, post TNK               CRMC   0:48
24-0245  01/29/24  PALMA, ROSA            34  ruptured ectopic, hypotensive CRMC   0:37
24-0302  02/20/24  HAWKSHEAD, MILO        19  MVC, GCS 9, intubated         CRMC   1:04 *
24-0314  03/16/24  VOSS, HARLAN           58  ATV rollover, chest tube      CRMC   0:41
24-0317  03/17/24  FURNESS, DALE          53  UGIB, 2u PRBC                 CRMC   1:12 *

* flagged. 0302 was waiting on the vent from the other bay; 0317 I think was the weather hold but
let's confirm.

Jo Castellano, CFRN
Clinical Base Manager, Summit AirLink - Granite Pass Base
406-555-0147""")

dm_rows = [
    ['HRN', 'Last', 'First', 'DOB', 'Last_A1c', 'A1c_Date', 'On_Insulin', 'Shared_PCP', 'Phone'],
    ['003318', 'Crowshoe', 'Nadine', '1959-02-17', '10.8', '2024-03-03', 'Y', 'Halvorsen', '406-555-0133'],
    ['004102', 'Wolfchild', 'Harvey', '1950-05-03', '9.6', '2023-12-11', 'N', 'Halvorsen', '406-555-0140'],
    ['005567', 'Littlelight', 'Tessa', '1988-12-01', '11.2', '2024-02-28', 'N', 'Ruiz-Tafoya', '406-555-0152'],
    ['002290', 'Many Bears', 'Clifford', '1962-08-19', '9.1', '2024-01-17', 'Y', 'Halvorsen', ''],
    ['006014', 'Standing Rock', 'Evangeline', '1971-03-30', '12.4', '2024-03-20', 'Y', 'Ruiz-Tafoya', '406-555-0161'],
    ['001877', 'Tso', 'Raymond', '1945-10-02', '9.3', '2023-11-29', 'N', 'Halvorsen', '406-555-0115'],
]
M('phi', 'lists', 'Crowshoe;Wolfchild;Littlelight;Many Bears;Standing Rock;Tso',
  'Renata Yellowhorse <ryellowhorse@%s>' % T, 'Wren Halvorsen <whalvorsen@%s>' % H,
  'shared DM pts - A1c over 9', 'Fri, 22 Mar 2024 13:48:27 -0600', """\
Dr. H - attached are our shared patients with a last A1c over 9, for the joint outreach we talked
about at the partners meeting. Please keep it in the secure folder, not the shared drive.

Renata
""" + DISC_T, att=[('dm_registry_a1c9_2024Q1.csv', 'text', 'csv', csvtext(dm_rows))])

readmit = [
    ['MRN', 'Patient', 'Age', 'Index Admit', 'Index D/C', 'Readmit', 'Days', 'Readmit reason', 'Attending'],
    ['00417730', 'Kittle, Vera', '88', '01/08/2024', '01/12/2024', '01/30/2024', '18', 'CHF exacerbation', 'Halvorsen'],
    ['00409921', 'Amsel-Brandt, Gerhard', '76', '02/02/2024', '02/06/2024', '02/19/2024', '13', 'CHF exacerbation', 'Halvorsen'],
    ['00418011', 'Delgado, Rufino', '59', '02/11/2024', '02/14/2024', '03/01/2024', '16', 'cellulitis recurrence', 'Ruiz-Tafoya'],
    ['00412256', 'Ostrowski, Wanda', '81', '03/04/2024', '03/08/2024', '03/22/2024', '14', 'fall, UTI', 'Halvorsen'],
]
M('phi', 'lists', 'Kittle;Amsel-Brandt;Delgado;Ostrowski',
  'Paige Sorensen <psorensen@%s>' % H, 'Network Quality <networkquality@cascaderegional.org>',
  'Q1 30-day readmits - GPMH', 'Mon, 08 Apr 2024 11:30:00 -0600', """\
Hi all,

Attached is GPMH's Q1 30-day readmission list for Thursday's network quality call. Four this
quarter, two were CHF. Happy to walk through them.

Paige Sorensen, RN
Quality & Risk Coordinator
Granite Pass Memorial Hospital | 406-555-0109
""" + DISC_H, att=[('GPMH_Q1_2024_readmits.xlsx', 'application',
                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx(readmit, 'Q1 readmits'))],
  extra=OUTLOOK)

reportables = [
    ['Accession', 'Last', 'First', 'DOB', 'Sex', 'Address', 'Collected', 'Test', 'Result', 'Ordering'],
    ['L24-041102', 'Bjorklund', 'Elsa', '2019-07-21', 'F', '9 Larkspur Ct, Granite Pass', '2024-04-08', 'B. pertussis PCR', 'DETECTED', 'Halvorsen'],
    ['L24-041137', 'Nascimento', 'Thiago', '1996-01-12', 'M', 'Brekke Dairy bunkhouse, Ruby Flats', '2024-04-03', 'Stool culture', 'Campylobacter jejuni', 'Ruiz-Tafoya'],
    ['L24-041140', 'Brekke', 'Soren', '1958-05-27', 'M', '3300 Ruby Flats Rd', '2024-04-04', 'Stool culture', 'Campylobacter jejuni', 'Halvorsen'],
    ['L24-041188', 'Quispe Mamani', 'Tomas', '1990-09-09', 'M', 'Tollefson Ranch sheep camp', '2024-04-10', 'Brucella Ab', 'POSITIVE 1:320', 'Ruiz-Tafoya'],
]
M('phi', 'lists', 'Bjorklund;Nascimento;Brekke;Quispe Mamani',
  'Ruth Ann Jeppesen <rjeppesen@%s>' % H, 'Ingrid Solberg <isolberg@%s>' % C,
  'weekly reportables', 'Fri, 12 Apr 2024 15:59:31 -0600', """\
Ingrid - this week's reportables zipped up (the ELR to the state is still down). The two campy are
both from the Brekke dairy, you probably already know.

Ruth Ann
MLS(ASCP) | GPMH Lab""", att=[('reportables_wk15.zip', 'application', 'zip',
                              zipbytes([('reportables_wk15.csv', csvtext(reportables))]))])

# ===================================================================== PHI: struct
M('phi', 'struct', 'Stands Alone',
  'Kenji Albright <kalbright@%s>' % H, 'Divide HIE Support <support@dividehie.org>',
  'ADT feed NAKing A01s since Saturday - PID-3?', 'Tue, 09 Apr 2024 08:20:14 -0600', r"""Hi team,

Since your upgrade Saturday night our A01s are getting AE back. Here's one from this morning - sorry,
it's live data, I couldn't reproduce in TEST.

MSH|^~\&|MEDIHOST|GPMH|DIVIDEHIE|DHIE|20240409071522||ADT^A01^ADT_A01|GP000918273|P|2.5.1
EVN|A01|20240409071500
PID|1||00418876^^^GPMH^MR~004471^^^SCTHC^PI||STANDS ALONE^LELAND^R||19631130|M||2054-5|1402 AGENCY RD^^GRANITE PASS^MT^59720||^PRN^PH^^^406^5550148|||||7730144
PV1|1|I|MS^04^A|E|||1457382910^HALVORSEN^WREN^^^^MD||||||||||||7730144|||||||||||||||||||||||||20240409070500
DG1|1||K92.2^Gastrointestinal hemorrhage, unspecified^I10|||A

ACK:
MSH|^~\&|DIVIDEHIE|DHIE|MEDIHOST|GPMH|20240409071523||ACK^A01|A000551|P|2.5.1
MSA|AE|GP000918273|PID-3 rep 2 assigning authority SCTHC not recognized

Looks like you stopped accepting the tribal clinic's PI identifier as a second repetition. Can you
add SCTHC back to the allowed list? We've got ~40 queued.

Kenji Albright
IT / Interfaces | Granite Pass Memorial Hospital | 406-555-0112""")

oru = r"""MSH|^~\&|GPMHLAB|GPMH|STATEELR|DOH|20240409113012||ORU^R01^ORU_R01|L2404091130|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^^2.16.840.1.113883.9.11^ISO
SFT|Medihost Lab|6.1|MHLAB|61.0.2
PID|1||00421877^^^GPMH^MR||BJORKLUND^ELSA^JUNE||20190721|F||2106-3|9 LARKSPUR CT^^GRANITE PASS^MT^59720^^H||^PRN^PH^^^406^5550124
NK1|1|BJORKLUND^ANDERS|FTH|||^PRN^PH^^^406^5550124
ORC|RE|O24-88120|L24-041102||CM||||20240408093000|||1457382910^HALVORSEN^WREN^^^^MD
OBR|1|O24-88120|L24-041102|43913-3^Bordetella pertussis DNA [Presence] in Nasopharynx by NAA with probe detection^LN|||20240408092500|||||||||1457382910^HALVORSEN^WREN^^^^MD||||||20240409112900|||F
OBX|1|CWE|43913-3^Bordetella pertussis DNA NPH Ql NAA+probe^LN||260373001^Detected^SCT||||||F|||20240408092500
SPM|1|||258500001^Nasopharyngeal swab^SCT|||||||||||||20240408092500
"""
M('phi', 'struct', 'Bjorklund',
  'Ruth Ann Jeppesen <rjeppesen@%s>' % H, 'Ingrid Solberg <isolberg@%s>' % C,
  'pertussis PCR - raw ELR msg', 'Tue, 09 Apr 2024 11:41:07 -0600', """\
Ingrid, the ELR to the state bounced again (cert expired on their end?) so here's the raw message for
the pertussis PCR so you have it today. I'll resend through the feed once they fix it. Kiddo is
5, in the Hay Creek preschool.

rj""", att=[('ORU_L24-041102.hl7', 'application', 'octet-stream', oru.replace('\n', '\r').encode())])

M('phi', 'struct', 'Quayle',
  'Carla Benavidez <cbenavidez@%s>' % H, 'ClaimBridge Support <support@claimbridge.net>',
  '999 reject - 837P batch 4412, loop 2010BA?', 'Wed, 10 Apr 2024 09:51:22 -0600', """\
Hi, getting a 999 reject (IK3*NM1*...) on this claim only, rest of the batch went. Can you see what's
wrong? Pasting the claim portion:

ST*837*0001*005010X222A1~
BHT*0019*00*4412*20240410*0930*CH~
NM1*41*2*GRANITE PASS MEMORIAL HOSPITAL*****46*GPMH0012~
PER*IC*CARLA BENAVIDEZ*TE*4065550105~
NM1*40*2*CRESTLINE MUTUAL*****46*CRMUT~
HL*1**20*1~
NM1*85*2*GRANITE PASS MEMORIAL HOSPITAL*****XX*1629384750~
N3*400 HOSPITAL WAY~
N4*GRANITE PASS*MT*59720~
REF*EI*810000123~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*QUAYLE*ROBERTA****MI*XQH448120937~
N3*88 SILVER BOW LN~
N4*GRANITE PASS*MT*59720~
DMG*D8*19520811*F~
NM1*PR*2*CRESTLINE MUTUAL*****PI*CRMUT~
CLM*7730051*1450***13:A:1*Y*A*Y*Y~
HI*ABK:R011*ABF:R0602~
NM1*82*1*HALVORSEN*WREN****XX*1457382910~
LX*1~
SV1*HC:93306*1450*UN*1***1~
DTP*472*D8*20240227~
SE*24*0001~

Thanks,
Carla
Patient Financial Services, Granite Pass Memorial Hospital""")

M('phi', 'struct', 'Wolfchild',
  'Marla Whitebuffalo <mwhitebuffalo@%s>' % T, 'Carla Benavidez <cbenavidez@%s>' % H,
  'Fwd: 271 says inactive??', 'Thu, 28 Mar 2024 14:06:39 -0600', """\
Carla, eligibility came back inactive for Harvey but he's definitely still on Medicaid, he was just
recertified in Feb. Is this on your end or the state's? He's scheduled for his foot x-rays Tuesday.

ISA*00*          *00*          *ZZ*MTMEDICAID     *ZZ*GPMH0012       *240328*1401*^*00501*000071123*0*P*:~
GS*HB*MTMEDICAID*GPMH0012*20240328*1401*71123*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*GP270-88213*20240328*1401~
HL*1**20*1~
NM1*PR*2*MONTANA MEDICAID*****PI*MTMCD~
HL*2*1*21*1~
NM1*1P*2*GRANITE PASS MEMORIAL HOSPITAL*****XX*1629384750~
HL*3*2*22*0~
NM1*IL*1*WOLFCHILD*HARVEY*L***MI*0087713209~
N3*PO BOX 212~
N4*STONE CREEK*MT*59725~
DMG*D8*19500503*M~
EB*6**30~
DTP*307*RD8*20230301-20240229~
SE*14*0001~
GE*1*71123~
IEA*1*000071123~

-Marla""")

fhir = """{
  "resourceType": "Bundle",
  "id": "b7c1e2f0-rpm-20240411",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:5b2f9a10-0c1e-4e8e-9a61-7f3d2c1a0b44",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9999.1", "type": {"text": "MRN"}, "value": "00417730"}
        ],
        "name": [{"family": "Kittle", "given": ["Vera", "Louise"]}],
        "gender": "female",
        "birthDate": "1936-02-14",
        "telecom": [{"system": "phone", "value": "406-555-0117", "use": "home"}],
        "address": [{"line": ["77 Tamarack Ave"], "city": "Granite Pass", "state": "MT", "postalCode": "59720"}]
      },
      "request": {"method": "PUT", "url": "Patient?identifier=urn:oid:2.16.840.1.113883.3.9999.1|00417730"}
    },
    {
      "fullUrl": "urn:uuid:9e3d1c22-41aa-4b6f-8d0e-1a2b3c4d5e6f",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "Body weight"}]},
        "subject": {"reference": "urn:uuid:5b2f9a10-0c1e-4e8e-9a61-7f3d2c1a0b44"},
        "effectiveDateTime": "2024-04-11T06:12:00-06:00",
        "valueQuantity": {"value": 71.8, "unit": "kg", "system": "http://unitsofmeasure.org", "code": "kg"},
        "note": [{"text": "gain 2.4 kg in 3 days - RPM alert sent"}]
      },
      "request": {"method": "POST", "url": "Observation"}
    }
  ]
}
"""
M('phi', 'struct', 'Kittle',
  'Kenji Albright <kalbright@%s>' % H, 'PeakPulse Integrations <integrations@peakpulserpm.com>',
  'Prod bundle hitting our sandbox endpoint', 'Thu, 11 Apr 2024 10:22:03 -0600', """\
Hi PeakPulse team,

Attached is the bundle your API posted to our SANDBOX FHIR endpoint at 06:12 this morning. That is a
real patient, not the test one, so please check your environment config - prod data should never
go to sandbox. It also failed because the Observation has no encounter reference, which our prod
side requires.

I've purged it from the sandbox logs. Please confirm when the routing is fixed.

Kenji Albright
IT / Interfaces, GPMH""", att=[('rpm_bundle_20240411T0612.json', 'application', 'json', fhir.encode())],
  cc='Paige Sorensen <psorensen@%s>' % H)

M('phi', 'struct', 'Crowshoe',
  'Deb Kowalczyk <dkowalczyk@%s>' % H, 'Renata Yellowhorse <ryellowhorse@%s>' % T,
  'CCD from our portal - meds section blank?', 'Fri, 15 Mar 2024 11:09:45 -0600', """\
Renata -

When you pull Nadine's CCD from our portal does the medications section come through empty? IT thinks
it's on the import side. Here's the top of what our system generated:

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999.1.4" extension="CCD-00418902-20240305"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Granite Pass Memorial Hospital - Discharge CCD</title>
  <effectiveTime value="20240305141500-0700"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.1" extension="00418902"/>
      <addr use="HP"><streetAddressLine>HC 61 Box 18</streetAddressLine><city>Stone Creek</city><state>MT</state><postalCode>59725</postalCode></addr>
      <telecom value="tel:+1-406-555-0133" use="HP"/>
      <patient>
        <name use="L"><given>Nadine</given><family>Crowshoe</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19590217"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>
    <title>Medications</title>
    <text><list>
      <item>insulin glargine 100 unit/mL, 18 units subcutaneous at bedtime</item>
      <item>cephalexin 500 mg PO QID x 10 days</item>
      <item>lisinopril 10 mg PO daily</item>
    </list></text>
  </section>

So the narrative is there. Let me know what you see.

Deb Kowalczyk, RHIT
Health Information Management | GPMH | 406-555-0107""")

M('phi', 'struct', 'Stands Alone',
  'Carla Benavidez <cbenavidez@%s>' % H, 'Marla Whitebuffalo <mwhitebuffalo@%s>' % T,
  '835 on the 5/2 colonoscopy - PRC portion', 'Wed, 22 May 2024 10:31:18 -0600', """\
Marla - Medicaid's 835 came in on Leland's colonoscopy. Here's the piece. They paid 1890 of 4200, CO-45
on the rest, so I think PRC has nothing to pick up unless you see otherwise:

CLP*7730188*1*4200*1890**MC*2024143000812*13*1~
NM1*QC*1*STANDS ALONE*LELAND****MI*0091188342~
NM1*82*1*OKORIE*BENEDICT****XX*1982736450~
DTM*232*20240502~
SVC*HC:45385*4200*1890**1~
DTM*472*20240502~
CAS*CO*45*2310~
AMT*B6*1890~

Carla""")

# ===================================================================== PHI: lang
M('phi', 'lang', 'Salcido Méndez',
  'Lupita Herrera <lupita.herrera87@gmail.com>', 'Granite Pass Clinic <clinic@%s>' % H,
  'cita para mi esposo', 'Mon, 22 Apr 2024 19:08:26 -0600', """\
Buenas tardes,

Soy la esposa de Rigoberto Salcido Méndez. A él lo atendieron en la sala de emergencias el sábado
porque se cortó la pierna con la motosierra, le pusieron 14 puntadas y la vacuna del tétano. Le
dijeron que regresara en 10 días para quitar los puntos pero él trabaja en el huerto de lunes a
sábado hasta las 6. ¿Se puede el martes en la tarde?

También le está saliendo un poco de pus y está rojo alrededor de la herida, ¿es normal? Su fecha de
nacimiento es 15/08/1979.

Gracias,
Lupita Herrera
cel 509-555-0177""", extra=ANDROID)

M('phi', 'lang', 'Nascimento',
  'Thiago Nascimento <thiago.nasc96@gmail.com>', 'Granite Pass Clinic <clinic@%s>' % H,
  'resultado do exame', 'Wed, 10 Apr 2024 20:33:47 -0600', """\
Olá, meu nome é Thiago Nascimento, trabalho na fazenda de leite dos Brekke em Ruby Flats.

Fiz exame de sangue e de fezes no hospital semana passada (dia 3 de abril) porque estava com muita
dor de barriga, diarreia e febre. A enfermeira disse que o médico ia ligar mas ninguém ligou ainda.
Posso saber o resultado? Ainda estou tomando o remédio (ciprofloxacino) duas vezes por dia, termina
sábado. Posso voltar a trabalhar na ordenha?

Meu telefone é 406-555-0139 (WhatsApp também).

Obrigado,
Thiago""")

M('phi', 'lang', 'Trần Văn Bảy',
  'Thu Tran <thutran.gp@yahoo.com>', 'Case Management <casemgmt@%s>' % H,
  'Xin giúp đỡ - chạy thận cho ba em', 'Sun, 03 Mar 2024 18:45:10 -0700', """\
Chào chị,

Em là con gái của ông Trần Văn Bảy (sinh năm 1949). Ba em chạy thận ở Cascade ba lần một tuần
(thứ Hai, thứ Tư, thứ Sáu). Tuần tới đường đèo bị đóng vì tuyết nên xe đưa đón không đi được.
Bệnh viện Granite Pass có thể giúp sắp xếp cho ba em chạy thận ở chỗ khác không?

Mấy ngày nay chân ba em sưng nhiều hơn và ba em bị khó thở khi nằm xuống. Em có nên đưa ba vào
phòng cấp cứu không?

Số điện thoại của em: 406-555-0128.
Cảm ơn chị nhiều.
Thu""", cte='base64')

M('phi', 'lang', 'Pierre-Louis',
  'Wideline Pierre-Louis <wpierrelouis@gmail.com>', 'Granite Pass Clinic <clinic@%s>' % H,
  'randevou', 'Thu, 11 Apr 2024 22:02:55 -0600', """\
Bonjou,

Mwen rele Wideline Pierre-Louis. Mwen te vin nan ijans lan 2 avril paske mwen te gen doulè nan vant.
Doktè a te fè yon ekografi epi li di m mwen ansent 8 semèn. Li te ban m vitamin.

Kounye a m ap vomi anpil chak jou, mwen pa ka manje, mwen pa ka travay nan otèl la (Kestrel Peak
Lodge). Èske m ka pran yon randevou ak doktè a semèn sa a? Mwen pale yon ti kras angle.

Telefòn mwen: 406-555-0110

Mèsi anpil,
Wideline""")

M('phi', 'lang', 'Морозова',
  'Svetlana Morozova <s.morozova@mail.com>', 'Wren Halvorsen <whalvorsen@%s>' % H,
  'Вопрос о моей маме (Галина Морозова)', 'Thu, 18 Apr 2024 12:40:31 -0600', """\
Здравствуйте, доктор Халворсен!

Моя мама, Галина Петровна Морозова (дата рождения 12.10.1947), приехала к нам в гости из
Екатеринбурга. Вчера вы осматривали её в приёмном отделении — давление было 190/100, сделали ЭКГ и
анализ крови. Вы назначили амлодипин 5 мг.

Скажите, пожалуйста, когда будут готовы результаты анализов крови и нужен ли повторный приём до её
отлёта 28 апреля? Она не говорит по-английски, поэтому пишу я.

Спасибо,
Светлана
тел. 406-555-0172""", cte='quoted-printable')

M('phi', 'lang', 'Delgado',
  'Maricel Dizon <mdizon@%s>' % H, 'Jomar Castillo <jcastillo@%s>' % H,
  'endorse - rm 6', 'Thu, 11 Apr 2024 07:36:02 -0600', """\
Jomar, pa-endorse lang ha, na-late ako sa charting.

Si Mr. Delgado sa rm 6 - yung cellulitis sa L leg - naka-cefazolin q8 pa rin, next dose 1400.
Medyo lumaki yung pamumula kaninang madaling araw, minarkahan ko na yung borders ng 0500. Gusto ni
Dr. Halvorsen ng repeat CBC bukas ng umaga. Yung IV niya sa R hand palitan mo na, day 3 na kasi.
Nagrereklamo din siya ng sakit 6/10, binigyan ko ng Tylenol 0600.

Salamat ha! Ingat sa pass pauwi.
- Maricel

Sent from my iPhone""", extra=IPHONE)

M('phi', 'lang', '李建国',
  'Li Min <limin.gp@163.com>', 'Granite Pass Clinic <clinic@%s>' % H,
  '关于我父亲李建国的心脏检查', 'Mon, 22 Apr 2024 10:14:09 -0600', """\
您好，

我是李建国的女儿李敏。我父亲（1955年3月2日出生）上周四因为胸口痛在你们急诊室看过，做了心电图和
抽血，医生说要去Cascade做心脏超声检查。

我们家在Granite Pass主街开中餐馆，他不会说英语。请问超声检查的预约时间是什么时候？检查前需要空腹吗？
他现在每天吃一片阿司匹林。

我的电话：406-555-0166

谢谢！
李敏""", cte='base64')

# ===================================================================== CLEAN: admin
M('clean', 'admin', '',
  'Noreen Fitzgibbon <nfitzgibbon@%s>' % H, 'Nursing All <nursing@%s>' % H,
  'OPEN SHIFTS 4/20-4/27 - need nights!!', 'Tue, 16 Apr 2024 13:05:44 -0600', """\
Hi all, still have holes next week:

Sat 4/20 N - RN (ED)
Tue 4/23 N - CNA
Thu 4/25 D - RN med/surg (Tamsin is covering ED charge that day)
Sat 4/27 N - RN med/surg

Incentive is $15/hr extra and we'll pay mileage for anyone driving over the pass. Reply here or text
me at 406-555-0101.

FYI Maricel's travel contract ends 5/3 and Jodi is on PTO 5/1-5/15, so May is going to be tight too.
If you know anyone looking, send them my way, referral bonus is still $2,000.

Thanks for everything you do,
Noreen

Noreen Fitzgibbon, MSN, RN
Director of Nursing | Granite Pass Memorial Hospital""")

M('clean', 'admin', '',
  'GPMH Service Desk <servicedesk@%s>' % H, 'Tamsin Oyelaran <toyelaran@%s>' % H,
  '[INC0045521] ED wristband printer printing blank armbands - Updated', 'Thu, 04 Apr 2024 02:17:09 -0600', """\
Incident INC0045521 has been updated.

Caller:        Tamsin Oyelaran (x2214)
Location:      ED nursing station
CI:            GPMH-ED-ZBR01 (Zebra ZD510-HC)
Priority:      2 - High
State:         In Progress
Assigned to:   Kenji Albright

Description:
Patient wristband printer showing red light, armbands come out blank. Using downtime
handwritten bands.

Work notes (Kenji Albright, 04/04/2024 02:14):
Remoted in, driver OK. Likely cartridge - swapped in spare from OB. Test print good. Leaving
ticket open until replacement cartridges arrive (PO 24-0102, Cardinal order 7714402).

To view this incident, log in to the Service Portal.
""", html="""\
<html><body style="font-family:Arial;font-size:10pt">
<p>Incident <b>INC0045521</b> has been updated.</p>
<table border="0" cellpadding="2">
<tr><td>Caller:</td><td>Tamsin Oyelaran (x2214)</td></tr>
<tr><td>Location:</td><td>ED nursing station</td></tr>
<tr><td>CI:</td><td>GPMH-ED-ZBR01 (Zebra ZD510-HC)</td></tr>
<tr><td>Priority:</td><td>2 - High</td></tr>
<tr><td>State:</td><td>In Progress</td></tr>
<tr><td>Assigned to:</td><td>Kenji Albright</td></tr>
</table>
<p><b>Description:</b><br>Patient wristband printer showing red light, armbands come out blank. Using downtime handwritten bands.</p>
<p><b>Work notes (Kenji Albright, 04/04/2024 02:14):</b><br>Remoted in, driver OK. Likely cartridge - swapped in spare from OB.
Test print good. Leaving ticket open until replacement cartridges arrive (PO 24-0102, Cardinal order 7714402).</p>
<p><a href="https://gpmh.service-now.example/incident/INC0045521">View this incident</a></p>
</body></html>""")

M('clean', 'admin', '',
  'Ridgeline RevCycle AR <ar@ridgelinerevcycle.com>', 'Carla Benavidez <cbenavidez@%s>' % H,
  'Invoice RCS-2024-0419 - April claim scrubbing services', 'Tue, 30 Apr 2024 08:00:00 -0600', """\
Granite Pass Memorial Hospital
Attn: Accounts Payable / Carla Benavidez
Customer account: GPMH-0012
PO: GP-24-0077

Invoice RCS-2024-0419     Invoice date 04/30/2024     Due 05/30/2024

  837P/837I claims scrubbed ............ 1,284 @ $0.42 ...... $539.28
  270/271 eligibility transactions ..... 3,902 @ $0.08 ...... $312.16
  835 ERA posting files ................   41 @ $2.50 ...... $102.50
  Denial analytics module (monthly) ..................... $450.00
                                                  TOTAL   $1,403.94

Remit by ACH to routing 092900383, account ending 4471, or check to PO Box 3318, Bozeman.
Questions: Darla Fenn, 406-555-0183, ar@ridgelinerevcycle.com

Thank you for your business!""")

M('clean', 'admin', '',
  'Tess Barlow <tbarlow@%s>' % H, 'All Staff <allstaff@%s>' % H,
  'Open enrollment closes Friday 11/15 + EAP reminder', 'Mon, 11 Nov 2024 07:45:00 -0700', """\
Good morning everyone,

Benefits open enrollment closes this Friday, 11/15 at 5 pm. If you don't make changes, your current
medical, dental and vision elections roll over, EXCEPT your FSA/HSA contribution, which you must
re-elect.

What's new for 2025:
 * Crestline Mutual PPO deductible stays at $1,500 / $3,000
 * Telehealth visits $0 copay
 * Vision now through Summit Vision Plan (new ID cards mailed in December)

Benefit rep office hours: Wed 11/13, 10-2 in the conference room by the cafeteria - Brandon Yates
from Crestline will be there. Or call him at 406-555-0126.

Reminder that our Employee Assistance Program is free and confidential, 24/7: 800-555-0160.

Tess Barlow, SHRM-CP
Human Resources | Granite Pass Memorial Hospital | x2202""")

M('clean', 'admin', '',
  'Hal Pruitt <hpruitt@%s>' % H, 'Department Heads <depthead@%s>' % H,
  'gen load test Tues 0600 + helipad light', 'Fri, 12 Apr 2024 15:48:20 -0600', """\
Heads up:

- monthly generator load test Tues 4/16 0600-0630. brief flicker on transfer. OR and ED have been told,
  lab pls make sure the analyzers are on UPS
- propane delivery from Basin Fuel Wednesday am (inv 88213), they need the back gate open
- helipad perimeter light #3 is out, replacement on order (PO 24-0091). Summit AirLink knows, night
  ops still ok per their chief pilot
- Dahl Excavating snowplow contract renews 5/1, if anyone has complaints about this winter tell me
  by next fri

Hal Pruitt
Facilities / Plant Ops
cell 406-555-0197""")

M('clean', 'admin', '',
  'Jo Castellano <jcastellano@%s>' % A, 'GP Base Crew <gpbase@%s>' % A,
  'May crew schedule + N417SA 100-hr', 'Fri, 19 Apr 2024 17:10:33 -0600', """\
Team,

May schedule is posted in Crew Portal. Quick notes:

 - N417SA down for 100-hr inspection May 6-8. Backup aircraft N422SA coming over from the Cascade base
   the evening of the 5th, Rick Halloran ferrying.
 - Pilots: Halloran, Yoder, Brannigan rotating 7on/7off as usual. Brannigan's checkride is 5/14.
 - Clinical: Marek/Okafor A shift, Castellano/Pham B shift, Lindahl PRN.
 - Mandatory NVG refresher 5/21 0900 at the hangar.
 - Hangar door opener is fixed (finally). Work order 24-337 closed.

Swap requests through me by 4/26.

Jo
Clinical Base Manager | Summit AirLink - Granite Pass
406-555-0147""")

M('clean', 'admin', '',
  'Medical Staff Office <medstaff@%s>' % H, 'Wren Halvorsen <whalvorsen@%s>, Marco Ruiz-Tafoya <mruiz@%s>' % (H, H),
  'Reappointment packets due 5/1 - credentials committee 5/8', 'Mon, 15 Apr 2024 09:00:00 -0600', """\
Dr. Halvorsen and Marco,

Your reappointment is on the 5/8 credentials committee agenda. We still need:

Wren Halvorsen, MD - NPI 1457382910
  [ ] DEA registration (expires 06/30/2024) - copy of renewal
  [ ] ACLS card (expired 03/2024)
  [ ] CME attestation, 2022-2024

Marco Ruiz-Tafoya, PA-C - NPI 1538201947
  [ ] NCCPA recertification certificate
  [ ] Signed collaborative agreement with Dr. Halvorsen
  [x] State license #PA-04418 verified 4/12

Also the telerad group sent their updated roster - 3 new radiologists need privileges by delegation.
CAQH re-attestation reminders went out 4/10.

Thanks!
Angie Whitcomb, CPMSM
Medical Staff Coordinator | 406-555-0103""")

# ===================================================================== CLEAN: lookalike
M('clean', 'lookalike', '',
  'Dr. Cassidy Holm <cholm@granitepassvet.com>', 'wade tollefson <tbarwranch@rangeweb.net>',
  'lab results - Duke + the heifers', 'Tue, 26 Mar 2024 17:21:40 -0600', """\
Wade,

Duke's bloodwork came back. Liver enzymes are up (ALT 212, normal is under 100), probably from whatever
he got into behind the shop. Start him on the Denamarin I sent home, one tablet daily on an empty
stomach, and we'll recheck in 4 weeks. If he stops eating or his gums look yellow call me right away.

The two heifers we pulled calves on Saturday: #4471 with the retained placenta got oxytetracycline,
keep an eye on her temp and appetite; #4488 is fine. Her calf was a little slow to nurse, tube him
again tonight if he isn't up.

Invoice V-10922 is on your account, no rush.

Cassidy Holm, DVM
Granite Pass Veterinary Service (large & small animal)
406-555-0135""")

M('clean', 'lookalike', '',
  'Granite Pass Community Credit Union <noreply@gpccu.org>', 'kaaberg@rangeweb.net',
  'Payment received - Member #00418823', 'Fri, 05 Apr 2024 06:00:12 -0600', """\
Dear Kristine Aaberg,

Thank you! We received your payment of $412.67 on 04/04/2024.

Member #: 00418823
Loan: AUTO-02 (2019 Ram 2500), account ending 7730
Remaining balance: $11,906.22
Next payment due: 05/05/2024

Want to skip a payment during calving season? Ask about Skip-A-Pay, available to members in good
standing. Call us at 406-555-0100 or stop by the Main St branch.

Granite Pass Community Credit Union - Federally insured by NCUA.
This is an automated message; please do not reply.""")

M('clean', 'lookalike', '',
  'Kayla at Basin Fitness <kayla@basinfitness.com>', 'Marcus Ferrell <mferrell77@gmail.com>',
  'Your InBody scan results + next PT session', 'Sat, 13 Apr 2024 11:04:29 -0600', """\
Hi Marcus!

Great work this morning. Here are your InBody results vs. January:

  Weight ............ 204.6 lb (-7.2)
  Body fat % ........ 24.1% (-2.3)
  Skeletal muscle ... 89.0 lb (+1.4)
  BMI ............... 27.4
  Resting HR ........ 64

Your next personal training session is Tue 4/16 at 6:00 am. We'll focus on hip mobility since you
mentioned your lower back gets tight after long days in the tractor.

Member ID: BF-20931 | Plan: Rancher Early Bird (5am-8am)

Keep it up,
Kayla Brandt, NASM-CPT
Basin Fitness | 406-555-0157""", html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3 style="color:#2a7">Hi Marcus!</h3>
<p>Great work this morning. Here are your InBody results vs. January:</p>
<table style="border-collapse:collapse">
<tr><td>Weight</td><td>204.6 lb (-7.2)</td></tr>
<tr><td>Body fat %</td><td>24.1% (-2.3)</td></tr>
<tr><td>Skeletal muscle</td><td>89.0 lb (+1.4)</td></tr>
<tr><td>BMI</td><td>27.4</td></tr>
<tr><td>Resting HR</td><td>64</td></tr>
</table>
<p>Your next personal training session is <b>Tue 4/16 at 6:00 am</b>. We'll focus on hip mobility since you
mentioned your lower back gets tight after long days in the tractor.</p>
<p style="font-size:small">Member ID: BF-20931 | Plan: Rancher Early Bird (5am-8am)</p>
<p>Keep it up,<br>Kayla Brandt, NASM-CPT<br>Basin Fitness | 406-555-0157</p>
</body></html>""")

M('clean', 'lookalike', '',
  'Cordillera Air <itinerary@cordilleraair.com>', 'Priya Natarajan <priya.natarajan@outlook.com>',
  'Itinerary receipt - Confirmation KX7Q2P', 'Wed, 03 Apr 2024 19:33:00 -0600', """\
CORDILLERA AIR - ITINERARY RECEIPT

Confirmation: KX7Q2P
Ticket numbers: 4427301188412, 4427301188413

Passengers (as entered for Secure Flight):
  1. NATARAJAN/PRIYA MS      DOB 04MAR1988   Known Traveler # on file
  2. NATARAJAN/ARJUN MSTR    DOB 19JUN2017

  CA 2218  Mon 22APR  GRANITE PASS (GPI) 06:10 -> DENVER (DEN) 07:52   Seats 4A, 4B
  CA 1504  Mon 22APR  DENVER (DEN) 09:05 -> CHICAGO (ORD) 12:40         Seats 11C, 11D

Special service requests: none.  Checked bags: 2 x 50 lb included.
Fare total: $842.40 USD

Need to change? Visit cordilleraair.com/manage or call 800-555-0172.""")

M('clean', 'lookalike', '',
  'Alpine Mutual Claims <claims@alpinemutual.com>', 'Dale Sorrells <dsorrells@rangeweb.net>',
  'Claim AM-24-118830 - animal collision, vehicle damage', 'Mon, 11 Mar 2024 10:47:15 -0600', """\
Dear Mr. Sorrells,

Thank you for reporting your loss. Details:

  Claim #:        AM-24-118830
  Policy #:       AMA-7730051-02
  Date of loss:   03/09/2024, approx. 6:40 pm
  Location:       Hwy 12, mile marker 43, Tamarack County
  Vehicle:        2017 Ford F-250, VIN ending 82911
  Description:    Collision with elk. Front end, grille, radiator and R headlamp damage.
  Injuries:       None reported.

Comprehensive coverage applies; your deductible is $500. Please have the truck inspected at an
approved shop (Granite Pass Collision, 406-555-0108) - your adjuster, Wes Tanaka, will call within
2 business days. Rental coverage: up to $40/day for 14 days.

Alpine Mutual Insurance - Claims Department
800-555-0171""")

M('clean', 'lookalike', '',
  'Ponderosa Tree Care <office@ponderosatreecare.com>', 'Opal <opalh1946@centurylink.net>',
  'assessment + treatment plan for your trees', 'Thu, 18 Apr 2024 16:30:02 -0600', """\
Hi Opal,

Thanks for walking the property with me Tuesday. Here's my diagnosis and treatment plan:

1) Big cottonwood by the barn - heart rot at the base of the north leader, about 30% decay on
   resistograph. Recommend crown reduction and amputating the two lower limbs that hang over the
   barn roof. Not an emergency, but before summer storms.
2) Apple trees (4) along the drive - fire blight. We'll prune 12" below visible cankers and sterilize
   tools between every cut. Copper spray at bud break next spring.
3) Blue spruce - spider mites, minor. Dormant oil treatment this fall.

Estimate #PT-3318: $2,450 total. We can schedule the week of May 13 if that works for you.

Dusty Whelan, ISA Certified Arborist MT-1187A
Ponderosa Tree Care | 406-555-0193""")

M('clean', 'lookalike', '',
  'PagerDuty <alerts@trailheadsoftware.pagerduty.example>', 'oncall-platform@trailheadsoftware.io',
  '[TRIGGERED] #4471 health check failing: triage-worker-3 (patient process restart loop)', 'Sun, 07 Apr 2024 03:12:44 -0600', """\
[TRIGGERED] Incident #4471
Service: order-sync / triage-worker
Urgency: High

Summary: health check failing on triage-worker-3 for 15m. The "patient" retry process (the
supervisor that waits patiently on the upstream lock) is in a restart loop, exit code 137 (OOM
killed). Orphaned child PIDs: 00418823, 00418876.

Vitals at trigger:
  heartbeat: MISSED x 9
  pulse (msgs/s): 0.0
  memory: 3.91 GiB / 4.00 GiB
  queue depth: 55,102

Runbook: https://wiki.trailheadsoftware.io/runbooks/triage-worker#patient-process
Acknowledge: reply ACK or use the app.

-- 
You're on call for Platform (primary) until Mon 08:00.""")

# ===================================================================== CLEAN: news
M('clean', 'news', '',
  'Tamarack County Public Health <news@%s>' % C, 'Health Partners List <partners@lists.tamarackcounty.gov>',
  'Public Health Update - measles in the region, spring vaccine clinics', 'Mon, 15 Apr 2024 08:00:00 -0600', """\
TAMARACK COUNTY PUBLIC HEALTH - PARTNER UPDATE  |  April 15, 2024

MEASLES
Two neighboring counties have reported a combined 4 confirmed measles cases since March 28. No cases
in Tamarack County to date. Providers: consider measles in any patient with fever and rash,
especially with travel or no vaccine history. Mask and room the patient immediately, do not use the
waiting room, and call us 24/7 at 406-555-0170 BEFORE sending specimens.

SPRING VACCINE CLINICS (walk-in, no cost)
  - Hay Creek School gym: Tue 4/23, 3-6 pm
  - Stone Creek Community Center: Thu 4/25, 10 am-2 pm (with Stone Creek Tribal Health)
  - Granite Pass Fairgrounds Ag Building: Sat 4/27, 9 am-noon

TICK SEASON
Colorado tick fever and tularemia season is starting. Remind ranch and outdoor workers about
permethrin on clothing and tick checks.

By the numbers (Q1 2024, Tamarack County): 11 reportable conditions investigated; 3 campylobacter,
2 pertussis, 1 brucellosis, 5 other. Kindergarten MMR coverage 88.4% (state goal 95%).

Amos Kittredge, MD, MPH - County Health Officer
To unsubscribe reply with REMOVE.""")

M('clean', 'news', '',
  'Rocky Mountain Medical Supply <recalls@rmmedsupply.com>', 'Materials Mgmt <materials@%s>' % H,
  'URGENT: Voluntary recall - 0.9% Sodium Chloride flush syringes, 10 mL (lots NS24B117, NS24B118)', 'Wed, 27 Mar 2024 13:00:00 -0600', """\
URGENT MEDICAL DEVICE RECALL - ACTION REQUIRED

Product: ClearLine(TM) 0.9% Sodium Chloride Injection Flush Syringe, 10 mL fill in 12 mL syringe
Catalog #: CL-NS10-30
Affected lots: NS24B117 (exp 02/2026), NS24B118 (exp 02/2026)
Reason: Potential for particulate matter in the fluid path identified during manufacturer retain testing.
Risk: Intravenous administration of particulate could result in phlebitis or embolic events. No
adverse events have been reported to date.

Our records show your facility (account 40017730) received 6 cases of lot NS24B117 on 02/29/2024.

ACTIONS:
 1. Immediately quarantine all affected lots.
 2. Complete the attached response form (even if you have no remaining product) and return by 04/10.
 3. Credit or replacement will be issued on return.

Questions: Recall Coordinator, 800-555-0164, recalls@rmmedsupply.com""")

M('clean', 'news', '',
  'GPMH Communications <news@%s>' % H, 'All Staff <allstaff@%s>' % H,
  'Pass Notes - April 2024', 'Mon, 01 Apr 2024 07:00:00 -0600', """\
PASS NOTES | Granite Pass Memorial Hospital staff newsletter | April 2024

NEW CT SCANNER GOES LIVE
Our new 64-slice CT is up and running! Thank you to the Foundation donors and to Hal and the
facilities crew who worked three weekends on the room. Imaging hours unchanged.

EMPLOYEE OF THE MONTH: TAMSIN OYELARAN, RN
Tamsin was nominated by four coworkers for keeping the ED running through the March blizzard - she
stayed 20 hours when the pass closed and the relief nurse couldn't get in. Congratulations!

BLOOD DRIVE
Vitalant is back Thursday 4/18, 10-4, in the education room. Sign up with Paige (x2209).

WELCOME
Maricel Dizon, RN (travel, med/surg) and Gabe Lindgren, PT, DPT (rehab) joined us this month.

FOUNDATION GALA
Save the date: Saturday 6/8 at the Fairgrounds. This year's proceeds go to the swing-bed
rehab gym.
""", html="""\
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#31506b">Pass Notes</h1><p><i>Granite Pass Memorial Hospital staff newsletter | April 2024</i></p>
<h2>New CT scanner goes live</h2>
<p>Our new 64-slice CT is up and running! Thank you to the Foundation donors and to Hal and the facilities crew who worked three weekends on the room. Imaging hours unchanged.</p>
<h2>Employee of the Month: Tamsin Oyelaran, RN</h2>
<p>Tamsin was nominated by four coworkers for keeping the ED running through the March blizzard - she stayed 20 hours when the pass closed and the relief nurse couldn't get in. Congratulations!</p>
<h2>Blood drive</h2><p>Vitalant is back Thursday 4/18, 10-4, in the education room. Sign up with Paige (x2209).</p>
<h2>Welcome</h2><p>Maricel Dizon, RN (travel, med/surg) and Gabe Lindgren, PT, DPT (rehab) joined us this month.</p>
<h2>Foundation Gala</h2><p>Save the date: Saturday 6/8 at the Fairgrounds. This year's proceeds go to the swing-bed rehab gym.</p>
</body></html>""")

M('clean', 'news', '',
  'Mountain States Rural Health Assn <bulletin@msrha.org>', 'Noreen Fitzgibbon <nfitzgibbon@%s>' % H,
  'Rural Health Quarterly Data Brief - Q4 2023', 'Thu, 14 Mar 2024 10:00:00 -0600', """\
MOUNTAIN STATES RURAL HEALTH ASSOCIATION
Quarterly Data Brief - Q4 2023 (critical access hospitals, n=47)

                                   Q4 2023    Q4 2022    change
ED visits (median per CAH)           1,912      1,840     +3.9%
Inter-facility transfers (median)       96         88     +9.1%
  - by rotor                          31%        27%
  - median door-in-door-out (min)      118        124
Swing-bed average daily census        2.4        2.1
Observation stays > 48 h               6.2%       7.9%
OB units closed since 2020               9          -

Highlights
 * Weather-related transfer delays accounted for 14% of DIDO outliers.
 * 11 CAHs now offer tele-behavioral health in the ED, up from 6.
 * Workforce: RN vacancy rate 17.8%; traveler spend down 12% year over year.

Full report and methodology at msrha.org/data. Data are aggregated; no facility- or
patient-level information is published.""")

M('clean', 'news', '',
  'Stone Creek Tribal Health <news@%s>' % T, 'Community List <community@lists.stonecreekhealth.org>',
  'Stone Creek Health News - Spring Diabetes Walk, Elders Lunch & more', 'Tue, 02 Apr 2024 12:00:00 -0600', """\
STONE CREEK HEALTH NEWS - SPRING 2024

SPRING DIABETES WALK - Saturday, May 18
Meet at the powwow grounds at 9 am. 2-mile loop along the creek, free t-shirts for the first 100
walkers, blood sugar and blood pressure checks at the finish line by our nursing team. Drum group
starts at 8:30.

ELDERS LUNCH & LEARN - every 2nd Wednesday
April topic: "Keeping your feet healthy" with our FNP Renata Yellowhorse. Lunch served at noon.
Van rides available - call 406-555-0145 by Monday.

NEW: EVENING CLINIC HOURS
Tuesdays until 7 pm starting April 9, for working families and ranch hands.

RECIPE CORNER: Bison & wild rice stuffed peppers (low sodium version) - see the back page.

Stone Creek Tribal Health Clinic | 406-555-0142""", html="""\
<html><body style="font-family:Verdana,sans-serif;background:#f7f3ea">
<h1 style="color:#7a3b12">Stone Creek Health News</h1><p>Spring 2024</p>
<h2>Spring Diabetes Walk - Saturday, May 18</h2>
<p>Meet at the powwow grounds at 9 am. 2-mile loop along the creek, free t-shirts for the first 100 walkers,
blood sugar and blood pressure checks at the finish line by our nursing team. Drum group starts at 8:30.</p>
<h2>Elders Lunch &amp; Learn - every 2nd Wednesday</h2>
<p>April topic: <i>Keeping your feet healthy</i> with our FNP Renata Yellowhorse. Lunch served at noon.
Van rides available - call 406-555-0145 by Monday.</p>
<h2>New: evening clinic hours</h2><p>Tuesdays until 7 pm starting April 9, for working families and ranch hands.</p>
<h2>Recipe corner</h2><p>Bison &amp; wild rice stuffed peppers (low sodium version) - see the back page.</p>
<p style="font-size:small">Stone Creek Tribal Health Clinic | 406-555-0142</p>
</body></html>""")

M('clean', 'news', '',
  'Summit AirLink Membership <members@%s>' % A, 'member-news@lists.summitairlink.com',
  'Summit AirLink Member News: wildfire smoke, backcountry safety, renew by June 30', 'Wed, 01 May 2024 09:00:00 -0600', """\
SUMMIT AIRLINK MEMBER NEWS - May 2024

Your membership number is on the back of your card. Renew by June 30 to keep coverage without a gap -
household memberships are still $85/year.

WILDFIRE SMOKE SEASON
When the air quality index is over 150, limit hard work outdoors, keep inhalers and heart meds handy,
and run a HEPA filter in one room of the house. Smoke can ground our aircraft; call 911 early.

BACKCOUNTRY & RANCH SAFETY
 - Tell someone your route and return time.
 - A satellite messenger works where cell phones don't - we respond to SOS relays.
 - For landing zones: 100 x 100 ft, clear of wires, no loose hay or tarps.

BY THE NUMBERS (2023): 412 patient flights from our three bases, average launch time 7 minutes.

Summit AirLink | 800-555-0148 | summitairlink.com
You are receiving this because you are a Summit AirLink member. Unsubscribe any time.""")

# ===================================================================== CLEAN: staff
M('clean', 'staff', '',
  'Marco Ruiz-Tafoya <mruiz@%s>' % H, 'Wren Halvorsen <whalvorsen@%s>' % H,
  'TNK + long ground transport - policy question', 'Sun, 07 Apr 2024 11:26:18 -0600', """\
Wren,

Hypothetical-ish from last night: 60s male, LKW about 2 hrs, NIHSS 9, rotor grounded by weather so
ground to Cascade = 2.5 hrs. Telestroke said give tenecteplase and go, which we did.

Question is policy: BP checks q15 post-lytic for the whole ride and the ambulance crew was BLS with
an AEMT. Should we be sending one of our RNs every time? We only had 2 on and it left the floor thin.
Can we put this on the agenda for med staff?

M""")

M('clean', 'staff', '',
  'Wren Halvorsen <whalvorsen@%s>' % H, 'Medical Staff <medstaff-all@%s>' % H,
  'Updated sepsis pathway + transfer criteria (v3)', 'Tue, 02 Apr 2024 17:40:05 -0600', """\
All,

Attached to the policy portal is v3 of the adult sepsis pathway. Main changes:

1. Lactate at triage for any 2 SIRS + suspected infection (was provider-initiated)
2. 30 mL/kg crystalloid unless EF known <30% or clinical volume overload - document the reason if
   you give less
3. Abx within 60 min of recognition; pharmacy now keeps pip-tazo and cefepime in the ED Pyxis
4. Transfer triggers: pressor requirement after 2 L, lactate >4 after fluids, or need for
   ICU-level airway. Call Summit AirLink early - with the pass, "early" means at the first pressor
   discussion, not after.

Questions to me or Shelby. Nursing education sessions are 4/9 and 4/11 at 0700 and 1900.

Wren Halvorsen, MD
Chief of Staff | Granite Pass Memorial Hospital""")

M('clean', 'staff', '',
  'Tamsin Oyelaran <toyelaran@%s>' % H, 'Shelby Dahl <sdahl@%s>' % H,
  'antivenom stock?', 'Wed, 17 Apr 2024 14:02:50 -0600', """\
hey shelby, rattlesnake season is about to start. how many vials of crofab (or anavip?) do we have
right now and where are they kept? last yr we had to borrow from cascade at 2am. also do we have the
dosing card printed for the ED binder

thx
T

Sent from my iPhone""", extra=IPHONE)

M('clean', 'staff', '',
  'Ruth Ann Jeppesen <rjeppesen@%s>' % H, 'Lab Staff <labstaff@%s>' % H,
  'troponin QC out - running on backup', 'Sat, 06 Apr 2024 05:48:19 -0600', """\
FYI all - hs-troponin level 2 control out high x2 on the Atellica this morning (2SD then 3SD).
Recalibrated, still out. Running troponins on the i-STAT until service comes Monday - remember the
i-STAT is NOT high sensitivity, different ref range, put the comment code TNIST on every result.
Called the ED and Dr. H so they know.

Service ticket with the vendor: 24-0406-7712.

Ruth Ann""")

M('clean', 'staff', '',
  'Paige Sorensen <psorensen@%s>' % H, 'Medical Staff <medstaff-all@%s>, Nursing All <nursing@%s>' % (H, H),
  'M&M Thursday 4/25 - weather and transfer delays', 'Mon, 22 Apr 2024 09:14:00 -0600', """\
Hi everyone,

M&M is Thursday 4/25 at 0730 in the education room (Teams link below for the tribal clinic and
Summit AirLink folks).

Case: an elderly woman with a hip fracture and a 9-hour delay to transfer during a pass closure,
who developed delirium and a pressure injury while waiting. Discussion: pain control options in a
CAH without regional anesthesia, when to admit to swing/inpatient instead of boarding in the ED, and
our communication with the receiving facility.

As always, case details are de-identified and the discussion is peer review protected. Please
don't bring printed charts.

Paige Sorensen, RN
Quality & Risk | x2209""")

M('clean', 'staff', '',
  'Ingrid Solberg <isolberg@%s>' % C, 'GPMH Providers <providers@%s>' % H,
  're: rash + fever in kids - please call us first', 'Tue, 16 Apr 2024 12:45:00 -0600', """\
Good question at the partners meeting, so sending to everyone:

If a child (or adult) with fever + rash and no documented MMR shows up, please:
 - mask them and put them straight in the negative pressure room (ED rm 1) - not the waiting room
 - call me or the on-call PHN at 406-555-0170, 24/7
 - we'll arrange serum IgM + NP swab for PCR through the state lab and pick it up - do NOT send to
   the reference lab
 - note who else was in the waiting area and when

We'd rather get 10 false alarms than miss one. Thanks all.

Ingrid""")

M('clean', 'staff', '',
  'Dustin Marek <dmarek@%s>' % A, 'ED Charge <edcharge@%s>' % H,
  'packaging reminder - send the MAR', 'Fri, 19 Apr 2024 20:30:47 -0600', """\
hey ED crew - small ask. Q1 we had 3 transports out of GP where the MAR didn't come with the pt,
so the receiving ICU didn't know when the last abx/heparin was given. can you print the MAR with the
face sheet and send it in the packet? we'll check for it at handoff from now on.

you guys are great otherwise, fastest packaging of any of our sending hospitals

Dustin Marek, RN, CFRN
Flight Nurse, Summit AirLink""")

# ===================================================================== CLEAN: training
M('clean', 'training', '',
  'Kenji Albright <kalbright@%s>' % H, 'Nursing All <nursing@%s>' % H,
  'EHR upgrade training - TRAIN environment logins + test patients', 'Mon, 29 Apr 2024 08:30:00 -0600', """\
Hi all,

Before the 6/1 EHR upgrade, everyone needs to complete the hands-on module in the TRAIN environment
(not LIVE!). Log in at the TRAIN icon on the desktop with your normal username and password TRAIN2024!

Use ONLY these test patients:

  ZZTEST, ADULT       MRN 999000101   DOB 01/01/1960
  ZZTEST, PEDS        MRN 999000102   DOB 06/15/2018
  ZZTEST, OBSTETRIC   MRN 999000103   DOB 03/03/1995
  ZZTEST, SWINGBED    MRN 999000104   DOB 12/12/1940

Tasks: admit ZZTEST, ADULT to med/surg, document a full set of vitals, give the test order for
"acetaminophen 650 mg PO" through barcode scanning (use the laminated test barcodes at the nurses'
station), then discharge. Certificate prints automatically when done.

Kenji Albright | IT | x2212""")

M('clean', 'training', '',
  'Solutions Engineering <demo@meadowlarkinterfaces.com>', 'Kenji Albright <kalbright@%s>' % H,
  'Demo follow-up: Meadowlark Interface Engine - sample messages', 'Wed, 13 Mar 2024 14:00:00 -0600', r"""Hi Kenji,

Thanks for joining Tuesday's demo. As promised, here are the sample messages we used to show the
transform and the HIE routing. These are synthetic test records only.

MSH|^~\&|DEMOEHR|DEMOHOSP|MEADOWLARK|MLK|20240312090000||ADT^A04^ADT_A01|DEMO0001|T|2.5.1
EVN|A04|20240312090000
PID|1||123456^^^DEMOHOSP^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||555-555-5555
PV1|1|O|CLINIC^^^DEMOHOSP||||0000000000^TEST^PROVIDER

MSH|^~\&|DEMOLAB|DEMOHOSP|MEADOWLARK|MLK|20240312091500||ORU^R01^ORU_R01|DEMO0002|T|2.5.1
PID|1||654321^^^DEMOHOSP^MR||DOE^JANE||19800202|F
OBR|1||DEMO-ACC-1|2345-7^Glucose^LN
OBX|1|NM|2345-7^Glucose^LN||100|mg/dL|70-99|H|||F

Note MSH-11 = T (training). Pricing for a 2-node HA license is in the attached quote (separately).

Best,
Renee Foster
Solutions Engineer | Meadowlark Interfaces | 720-555-0144""")

M('clean', 'training', '',
  'Compliance <compliance@%s>' % H, 'All Staff <allstaff@%s>' % H,
  'Annual HIPAA training - practice scenario #3 (answer key)', 'Thu, 07 Mar 2024 10:00:00 -0700', """\
Team,

Several of you asked about practice scenario #3 in this year's module. Here's the answer key.

SCENARIO (fictional): A nurse overhears that her neighbor, "Jane Sample," was seen in the ED last
night. Out of concern she opens Jane's chart to check on her, then texts Jane's daughter to ask if
she's ok.

Q1. Was the chart access appropriate?  No - no treatment, payment or operations reason. Curiosity
    and concern are not a permitted purpose.
Q2. Was the text a disclosure?  Yes - confirming a visit is itself PHI.
Q3. What should she have done?  Nothing in the record; if she wants to support her neighbor, she
    can reach out personally without referring to anything she learned at work.

Reminder: training must be complete by 3/31. Questions to compliance@ or x2205.

Leah Mortensen, CHC
Compliance & Privacy Officer""")

M('clean', 'training', '',
  'Noreen Fitzgibbon <nfitzgibbon@%s>' % H, 'ED Staff <edstaff@%s>' % H,
  'Sim day 4/24 - OB hemorrhage scenario (SimMom)', 'Wed, 17 Apr 2024 12:12:12 -0600', """\
Sim day is Wed 4/24, 0800-1200, in the old OR 2. Summit AirLink crew will join for the transfer
part.

Scenario (manikin - SimMom):
  "Patient": SIM, MOM - 29 yo G3P2, precipitous delivery in the ED parking lot, pass closed.
  Estimated blood loss 1500 mL at 10 min. Vitals deteriorate on the scenario timer.
  Stations: uterine massage, TXA, oxytocin/methergine/hemabate, massive transfusion protocol
  with our 4 units of O neg, packaging for flight.

The sim EHR chart is under "SIM, MOM" in TRAIN - do not chart in LIVE.
Wear scrubs; we will be using simulated blood and it stains.

Noreen""")

M('clean', 'training', '',
  'ClaimBridge Onboarding <onboarding@claimbridge.net>', 'Carla Benavidez <cbenavidez@%s>' % H,
  'Step 3 of onboarding: send your test 270 (sample attached)', 'Mon, 19 Feb 2024 09:00:00 -0700', """\
Hello Carla,

You're almost live! Step 3 is to submit a test 270 eligibility inquiry to our TEST environment using
the sample below. Please do not use real patient data in test - use the clearinghouse test subscriber
exactly as shown.

ISA*00*          *00*          *ZZ*GPMH0012       *ZZ*CLAIMBRIDGE    *240219*0900*^*00501*000000001*0*T*:~
GS*HS*GPMH0012*CLAIMBRIDGE*20240219*0900*1*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TEST0001*20240219*0900~
HL*1**20*1~
NM1*PR*2*TEST PAYER*****PI*99999~
HL*2*1*21*1~
NM1*1P*2*GRANITE PASS MEMORIAL HOSPITAL*****XX*1629384750~
HL*3*2*22*0~
NM1*IL*1*TESTPATIENT*SUBSCRIBER****MI*TEST000000001~
DMG*D8*19000101*U~
DTP*291*D8*20240219~
EQ*30~
SE*12*0001~
GE*1*1~
IEA*1*000000001~

Note ISA15 = T. Once we see a clean 271 returned, we'll move you to production.

ClaimBridge Provider Onboarding | 888-555-0119""",
  att=[('sample_270_TEST.txt', 'text', 'plain', 'ISA*00*          *00*          *ZZ*GPMH0012       *ZZ*CLAIMBRIDGE    *240219*0900*^*00501*000000001*0*T*:~\nNM1*IL*1*TESTPATIENT*SUBSCRIBER****MI*TEST000000001~\nDMG*D8*19000101*U~\n')])

M('clean', 'training', '',
  'Deb Kowalczyk <dkowalczyk@%s>' % H, 'Department Heads <depthead@%s>' % H,
  'Downtime drill Tues - use ZZDOWNTIME patients only', 'Fri, 10 May 2024 16:00:00 -0600', """\
Reminder: EHR downtime drill Tuesday 5/14 from 0200-0400.

During the drill, register arrivals on PAPER using the downtime packets in each department. For the
practice run in the afternoon (1400), use these fake patients in the downtime BCA workstation:

  ZZDOWNTIME, PATIENT ONE    MRN DT-0001   DOB 01/01/1950   "chest pain" (sample)
  ZZDOWNTIME, PATIENT TWO    MRN DT-0002   DOB 02/02/1985   "laceration" (sample)
  ZZDOWNTIME, BABY           MRN DT-0003   DOB 05/14/2024   "newborn" (sample)

After the drill, shred the practice forms - they are sample records, but let's build the habit.

Deb Kowalczyk, RHIT
HIM Manager | x2207""", att=[('downtime_drill_sample_patients.csv', 'text', 'csv', csvtext([
      ['MRN', 'Last', 'First', 'DOB', 'Sample complaint'],
      ['DT-0001', 'ZZDOWNTIME', 'PATIENT ONE', '01/01/1950', 'chest pain (sample)'],
      ['DT-0002', 'ZZDOWNTIME', 'PATIENT TWO', '02/02/1985', 'laceration (sample)'],
      ['DT-0003', 'ZZDOWNTIME', 'BABY', '05/14/2024', 'newborn (sample)'],
  ]))])

# ===================================================================== labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tally = {}
    for _, l, k, _p in ROWS:
        tally['%s-%s' % (l, k)] = tally.get('%s-%s' % (l, k), 0) + 1
    print(len(ROWS), 'messages', tally)
