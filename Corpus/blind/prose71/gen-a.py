#!/usr/bin/env python3
# Blind evaluation mail set -- paediatric primary-care practice setting.
# All people, numbers and organisations are invented.
# Usage: python3 gen.py OUTDIR
import os
import sys
import io
import csv
import random
import zipfile
import datetime
from xml.sax.saxutils import escape
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 7101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MESSAGES = []
WIDE = email.policy.default.clone(max_line_length=998)


def add(label, kind, patient='', **kw):
    MESSAGES.append((label, kind, patient, kw))


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheetname='Sheet1'):
    """Minimal but valid .xlsx with inline strings."""
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheetname)),
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
    return zipbytes(files)


def csvtext(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def build(i, kw):
    # wide lines allowed for 7bit/8bit bodies; explicit QP/base64 keep 78
    pol = email.policy.default if kw.get('cte') else WIDE
    msg = EmailMessage(policy=pol)
    msg['From'] = kw['frm']
    msg['To'] = kw['to']
    if kw.get('cc'):
        msg['Cc'] = kw['cc']
    msg['Subject'] = kw['subj']
    y, mo, d, h, mi = kw['date']
    off = kw.get('tz', -5)
    dt = datetime.datetime(y, mo, d, h, mi, (i * 17) % 60,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    msg['Date'] = format_datetime(dt)
    addr = kw['frm'].split('<')[-1].rstrip('>').strip()
    dom = addr.split('@')[-1]
    msg['Message-ID'] = '<%s.%04d.%x@%s>' % (dt.strftime('%Y%m%d%H%M%S'), i,
                                             random.getrandbits(32), dom)
    for k, v in kw.get('headers', []):
        msg[k] = v
    if kw.get('cte'):
        msg.set_content(kw['body'], cte=kw['cte'])
    else:
        msg.set_content(kw['body'])
    if kw.get('html'):
        msg.add_alternative(kw['html'], subtype='html')
    for fn, mt, st, data in kw.get('atts', []):
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


DISC = """
CONFIDENTIALITY NOTICE: This message and any attachments are intended only for
the use of the addressee and may contain information that is privileged and
confidential. If you are not the intended recipient, please notify the sender
and delete this message. Maple Hollow Pediatrics, 2200 Linden Ave, Suite 110,
Fairhaven."""

BWDISC = """
--
This e-mail may contain confidential information of Brightwater Children's
Health System. If you received it in error, notify the sender and delete it.
Do not forward outside Brightwater without authorization."""


# =====================================================================
# PHI -- care
# =====================================================================

add('phi', 'care', 'Marchetti',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='Anjali Pham MD <apham@maplehollowpeds.org>',
    cc='Mireille Caron <mcaron@maplehollowpeds.org>',
    subj='wt check - Theo Marchetti',
    date=(2024, 11, 18, 11, 42),
    body="""Dr P,

Theo Marchetti was in this am for his wt check (he's 11 days old). 3.21kg today,
was 3.04 on Friday so up ~170g over 3 days, thats about 57g/day. Birth wt was
3.38 so still not quite back but trending the right way.

Mom is doing triple feeding per Mireille's plan from Thursday - nursing, then
pumping, then giving the pumped milk by paced bottle. She's exhausted, dad went
back to work monday. Latch looked better today, the frenotomy ENT did last
week seems to have helped a lot.

Stools 5-6/day yellow seedy, 7+ wet diapers.

Mireille wants to see them again Wed. Do you want another wt check Fri or ok
to wait til the 2 wk WCC on the 21st?

thx
Kelsey

Kelsey Marr, RN
Maple Hollow Pediatrics | Nurse Team
(555) 010-4400 x231
""" + DISC)

add('phi', 'care', 'Lindqvist',
    frm='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    to='GI Referrals <gi.referrals@brightwaterchildrens.org>',
    subj='New referral - Ava Lindqvist (7y) - Dr. Okafor',
    date=(2024, 10, 22, 14, 5),
    body="""Good afternoon,

Please accept this referral from Dr. Ruth Okafor for Ava Lindqvist, age 7,
to Pediatric Gastroenterology. Referral notes are attached; summary below.

Reason: ongoing stool withholding and daytime soiling since starting 1st grade.

What's been tried:
 - PEG 3350 1 capful daily since early August, increased to 1.5 capfuls 9/12
 - Two home clean-outs (8/30 and 10/4), both helped for about a week
 - Sitting schedule after meals, sticker chart
Abdominal x-ray 10/3 at Fairhaven Imaging showed large stool burden.
Labs 9/20: TSH 2.1, tTG-IgA negative with normal total IgA, lead <3.

Mom (Karin) is best reached on her cell 555-014-6620, prefers afternoons.
Insurance is Keystone Kids Health Plan; auth request was submitted 10/21,
I will forward the auth # when we get it.

Please let me know if you need anything else.

Thank you,
Lakeisha Dunmore
Referral Coordinator
Maple Hollow Pediatrics
P (555) 010-4400 x244  F (555) 010-4409
""" + DISC,
    atts=[('Lindqvist_Ava_referral_notes.txt', 'text', 'plain',
           """REFERRAL NOTES - Maple Hollow Pediatrics
Patient: Lindqvist, Ava M.        Age: 7y 2m        Sex: F
Referring: Ruth Okafor, MD
Referred to: Brightwater Children's - Pediatric GI

HPI: 7yo F w/ hx of hard infrequent stools since toddlerhood, worse since
starting school in Aug. Withholding posture, hides to stool. Teacher reports
soiling 2-3x/week. Appetite ok. No blood in stool. Growth along 40th %ile.

Meds: polyethylene glycol 3350 17g x1.5 daily; children's multivitamin
Allergies: NKDA

Exam (10/3): abd soft, palpable stool LLQ, normal perianal inspection,
normal lumbosacral skin, LE reflexes 2+ symmetric.

Studies: KUB 10/3 - large stool burden throughout colon.
Labs 9/20 - TSH 2.1, free T4 1.2, tTG-IgA neg, IgA 88, Pb <3.

Question for GI: further eval / manometry? behavioral program?
""")])

add('phi', 'care', 'Brooks',
    frm='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    to='Destiny Alvarez <dalvarez@maplehollowpeds.org>',
    subj='RE: FW: Rx clarification - BROOKS, JAYLEN',
    date=(2025, 1, 14, 7, 51),
    body="""yes - I went up to 27mg on 1/9, the teacher vanderbilts still showed the
afternoon crash and mom said homework is a battle. Please cancel the script at
Fairhaven Drug and I'll resend to Corner. Can you start the PA for the 27? I
put the vanderbilt scores and BP/wt from the visit in the note.

ME

-----Original Message-----
From: Destiny Alvarez <dalvarez@maplehollowpeds.org>
Sent: Monday, January 13, 2025 5:10 PM
To: Marcus Ellery DO <mellery@maplehollowpeds.org>
Subject: FW: Rx clarification - BROOKS, JAYLEN

Dr Ellery - see below from Corner Apothecary. I think the new script went to
the old pharmacy?? mom says they switched in December.
Destiny

-----Original Message-----
From: Corner Apothecary - Pharmacy <refills@cornerapothecary.com>
Sent: Monday, January 13, 2025 4:52 PM
To: Refills <refills@maplehollowpeds.org>
Subject: Rx clarification - BROOKS, JAYLEN

Hello,

We received a request for methylphenidate ER 27 mg for Jaylen Brooks but our
profile shows 18 mg last filled 12/16. Was the dose increased at his last
visit? Also his plan is telling us the PA on file only covers the 18 mg
strength.

Please call us at 555-013-7720 or fax 555-013-7721.

Thank you,
Lorena Paik, PharmD
Corner Apothecary | 418 Main St, Fairhaven
""")

add('phi', 'care', 'Ruiz',
    frm='PedsLine After-Hours Triage <reports@pedslinetriage.com>',
    to='nurseline@maplehollowpeds.org',
    subj='After-hours call summary 11/23 - 1 call requiring follow-up',
    date=(2024, 11, 24, 6, 30),
    body="""PedsLine After-Hours Triage - Nightly Summary
Practice: MAPLE HOLLOW PEDIATRICS
Shift: 11/23/2024 17:00 - 11/24/2024 07:00
Calls handled: 9    Disposition ED: 1    Callback requested: 1

-- FOLLOW-UP REQUESTED --
Patient: Mateo Ruiz   Age: 2y   Caller: mother (Daniela)
Time of call: 23:41
Reason: fever 103.1 F x 2 days, breathing fast, "pulling in at the ribs"
Protocol: Breathing Difficulty (pediatric)
Advice: Go to ED now. Mother states she will take him to Brightwater
Children's ED.
Follow-up by RN at 02:15: mother reports he got 3 breathing treatments and a
steroid in ED, oxygen level improved, being discharged with 5 days of oral
steroid and albuterol every 4 hrs. ED asked for PCP recheck in 24-48 hrs.
Triage RN: J. Abernathy, RN

Please schedule a recheck with the child's PCP.

The remaining 8 calls were advice-only (see portal for details).
This summary was generated automatically. Do not reply to this address.
""")

add('phi', 'care', 'Olawale',
    frm='Tamsin Greer RN <tgreer@elmsfordschools.org>',
    to='nurseline@maplehollowpeds.org',
    subj='Asthma action plan needed - Kennedy Olawale, Grade 4',
    date=(2024, 10, 10, 13, 17),
    body="""Hello,

I'm the school nurse at Birchwood Elementary. Kennedy Olawale (4th grade,
Mrs. Ostrowski's class) has come to the health office to use her albuterol
inhaler 3 times this week, twice before PE and once after recess when she was
coughing and a little wheezy. Each time she felt better after 2 puffs with the
spacer and went back to class.

The action plan we have on file is from 2022 and still lists the old
controller medicine. Mom told me Kennedy started a new daily inhaler over the
summer. Could you please send us an updated asthma action plan and a new
medication authorization form signed by the provider? Fax is 555-016-2210.

Also, would it be ok for her to self-carry? She seems very responsible with it.

Thank you!
Tamsin Greer, BSN, RN
School Nurse, Birchwood Elementary
Elmsford School District | 555-016-2200 ext 4
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I'm the school nurse at Birchwood Elementary. <b>Kennedy Olawale</b> (4th grade,
Mrs. Ostrowski's class) has come to the health office to use her albuterol
inhaler 3 times this week, twice before PE and once after recess when she was
coughing and a little wheezy. Each time she felt better after 2 puffs with the
spacer and went back to class.</p>
<p>The action plan we have on file is from 2022 and still lists the old
controller medicine. Mom told me Kennedy started a new daily inhaler over the
summer. Could you please send us an updated asthma action plan and a new
medication authorization form signed by the provider? Fax is 555-016-2210.</p>
<p>Also, would it be ok for her to self-carry? She seems very responsible with it.</p>
<p>Thank you!<br>
<span style="color:#2e5c8a">Tamsin Greer, BSN, RN<br>
School Nurse, Birchwood Elementary<br>
Elmsford School District | 555-016-2200 ext 4</span></p>
</body></html>
""")

add('phi', 'care', 'Whitfield',
    frm='Anjali Pham MD <apham@maplehollowpeds.org>',
    to='Tomasz Biel <tbiel@maplehollowpeds.org>',
    subj='harper whitfield labs',
    date=(2024, 12, 3, 16, 48),
    body="""Tomasz - Harper Whitfield's 12mo labs came back. cap lead 7, hgb 10.4.
Can you call mom:
- needs venous lead to confirm, anytime in the next 2-4 wks
- start iron drops 3mg/kg/day, I sent it to the pharmacy, give w/ juice not milk
- recheck hgb in 1 month w/ the venous draw so she only gets poked once
- ask if they're still in the old house on Cedar (built 1920s) - if venous
  is >=5 I'll do the health dept referral
thanks
AP

Sent from my iPhone""")

add('phi', 'care', 'Nakamura',
    frm='Brightwater Newborn Nursery <nursery.discharge@brightwaterchildrens.org>',
    to='Front Desk <frontdesk@maplehollowpeds.org>',
    cc='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='Newborn discharge notification - Baby Girl Nakamura - PCP follow-up within 24h',
    date=(2025, 3, 2, 15, 22),
    cte='quoted-printable',
    body="""Newborn Discharge Notification - Brightwater Children's Newborn Nursery

Infant: Baby Girl Nakamura (mother: Emi Nakamura)
Born 02/28/2025 at 03:17, 38w4d, SVD, BW 2980 g, discharge wt 2790 g (-6.4%)
Feeding: breastfeeding with lactation support, supplementing 10-15 mL donor milk after feeds per lactation plan
Bilirubin: TSB 14.2 mg/dL at 60 hours of life (above phototherapy threshold for risk group) - phototherapy started 2/27 evening, 18 hrs total, rebound TSB 11.0 at 84 hrs. Mother O+, infant A+, DAT negative.
Hearing screen: passed both ears. CCHD screen: passed. Hep B vaccine given 2/28. Newborn metabolic screen collected 2/29 - pending.

Please see infant in clinic within 24 hours for weight check and transcutaneous/serum bilirubin.
Parent phone on file: 555-019-4471.

Discharging provider: Sunil Varma, MD (Newborn Hospitalist)
""" + BWDISC)

add('phi', 'care', 'Szymanski',
    frm='Hal Brunetti <director@camptamarackridge.org>',
    to='nurseline@maplehollowpeds.org',
    cc='kszymanski.home@gmail.com',
    subj='Camper incident report - Oliver S. - bee sting, epinephrine given',
    date=(2024, 7, 16, 19, 3),
    body="""To Oliver's pediatrician,

I'm writing at the request of Oliver Szymanski's parents (cc'd) who asked that
you get a copy of our incident report. Summary:

Today at approx 2:40 pm during the creek hike, Oliver (age 10, Cabin 6) was
stung on the left forearm. Within about 10 minutes he had hives on his chest
and neck and said his throat felt "scratchy". Our camp nurse, Bev Lindahl RN,
gave his EpiPen Jr. at 2:52 pm in the left thigh per his allergy action plan
and we called 911. He also got 25 mg of diphenhydramine by mouth.

EMS took him to Lakeshore Urgent Care where he was observed for 4 hours, given
a steroid, and released to his father around 7 pm. They recommended follow up
with his pediatrician and a referral to an allergist for venom testing.

We will need a NEW auto-injector (2-pack) and an updated allergy action plan
signed by you before he can return to camp on Monday.

Hal Brunetti
Camp Director, Camp Tamarack Ridge
Cell (555) 018-3302 | Office (555) 018-3300
"Where every kid finds their trail"
""")

# =====================================================================
# PHI -- names
# =====================================================================

add('phi', 'names', 'Nguyễn-Phạm',
    frm='Gina Ruocco <gruocco@maplehollowpeds.org>',
    to='Nurse Team <nurses@maplehollowpeds.org>',
    subj='Dũng Nguyễn-Phạm - MMR #2 / varicella catch up',
    date=(2025, 2, 11, 9, 26),
    body="""He's the one whose family asked to wait until after Tet travel. Mom is ok
to come Thurs after school. I'm holding 3:40 as a nurse visit only, no
provider needed? lmk if that's wrong

-G""")

add('phi', 'names', 'Okonkwo-Adeyemi',
    frm='Front Desk <frontdesk@maplehollowpeds.org>',
    to='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='schedule change 3/6',
    date=(2025, 3, 5, 10, 12),
    body="""Dr. Okafor,

Okonkwo-Adeyemi, Chiamaka -- ADHD f/u moved from 9:15 to 3:00 tomorrow, dad
couldn't get off work in the morning. He says the teacher Vanderbilt is
still at the school, he'll bring it but we still don't have the parent one
either. Also asking if the afternoon dose can be discussed, she's not eating
lunch.

Thanks,
Priya @ front desk
""")

add('phi', 'names', 'Haddad',
    frm='Priya Natarajan <pnatarajan@maplehollowpeds.org>',
    to='Kelsey Marr <kmarr@maplehollowpeds.org>',
    subj='phone msg',
    date=(2024, 9, 30, 11, 4),
    body="""Mrs. Haddad called re Yusuf -- says the ear drops aren't working, R ear
still draining yellow stuff after 5 days of the Ciprodex, no fever, he's
sleeping ok. Wants him seen today if possible or can you call her back.
Best # 555-011-8864 (cell), she's at work til 1.

Priya""")

add('phi', 'names', 'van der Berg',
    frm='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    to='ENT Scheduling <ent.sched@brightwaterchildrens.org>',
    subj='Following up: ENT referral sent 10/28',
    date=(2024, 11, 12, 9, 40),
    body="""Hi there,

Following up on the referral we faxed on 10/28 for Pieter van der Berg (age 3)
- Ms. van der Berg says she hasn't heard anything yet. This is his third
round of fluid behind the ears since September, and audiology on 11/2 showed a
mild conductive loss on the left. Dr. Pham would like him evaluated for
tubes. Mom's cell is 555-012-0938.

Could you confirm you received it and let me know if anything is missing?

Thanks so much,
Lakeisha

Lakeisha Dunmore | Referral Coordinator
Maple Hollow Pediatrics | (555) 010-4400 x244
""")

add('phi', 'names', 'Kavya',
    frm='Tomasz Biel <tbiel@maplehollowpeds.org>',
    to='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='Re: allergy update?',
    date=(2025, 1, 28, 15, 33),
    body="""Kavya's mom called again (the 9yo w/ peanut + tree nut, mom is the dentist on
Elm St). She says Kavya PASSED the cashew challenge at the allergist on the
3rd, we still don't have the letter. I called Brightwater allergy and they're
faxing it. Once it's in can you update her allergy list and re-sign the
school epi form? School wants the new one before the field trip on 2/7.

T.

> On Jan 27, 2025, at 4:02 PM, Anjali Pham MD <apham@maplehollowpeds.org> wrote:
>
> did the allergist ever send the food challenge results for her?
""")

add('phi', 'names', 'Wójcik-Kowalczyk',
    frm='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    to='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    cc='Destiny Alvarez <dalvarez@maplehollowpeds.org>',
    subj='urgent-ish cardiology referral',
    date=(2024, 8, 6, 12, 15),
    body="""Lakeisha,

Mr. Wójcik brought Zofia in for her volleyball physical this am. She has a
new 2/6 systolic murmur, louder standing, and she mentioned getting lightheaded
at the end of practice twice this summer. I did NOT sign the sports form.

Please get her in to peds cardiology for echo + eval as soon as they can -- the
season starts 8/19 and dad is (understandably) anxious. Referral order is in,
dx and notes attached in the chart. EKG done here, I'll send the tracing.

Zofia Wójcik-Kowalczyk, 14y, Keystone Kids.

Destiny - pls tell dad we'll call him once scheduled.

Thanks,
Marcus

Marcus Ellery, DO, FAAP
Maple Hollow Pediatrics
""")

add('phi', 'names', 'Al-Shammari',
    frm='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    to='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    subj='Re: Al-Shammari, Abdulrahman - 15 mo WCC',
    date=(2024, 12, 10, 17, 2),
    body="""Yes please send the early intervention referral today. At 15 months he
has 2 words, points some, good eye contact, M-CHAT low risk. Hearing screen in
office was a refer on the left so add audiology too.

Got hep A #1, PCV and Hib boosters today. Mom prefers an Arabic interpreter
for all calls -- please note that on the EI form.

RO

On Tue, Dec 10, 2024 at 3:48 PM Lakeisha Dunmore <ldunmore@maplehollowpeds.org> wrote:
> Dr O - did you want EI for the Al-Shammari baby? I see "speech" in the
> plan but no order yet.
""")

add('phi', 'names', 'Ní Bhriain',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    subj='throat cx',
    date=(2024, 10, 17, 10, 55),
    body="""Siobhán Ní Bhriain's rapid strep was neg on Tues but the backup culture came
back positive for group A. I called dad, she still has a sore throat and low
grade temp. Penicillin allergy is listed (hives at 2yo) so can you send
something other than amox? They use Corner Apothecary.

K""")

# =====================================================================
# PHI -- self (patients, parents, carers writing about their own care)
# =====================================================================

add('phi', 'self', 'Fuentes',
    frm='Marisol Fuentes <marisol.fuentes88@gmail.com>',
    to='info@maplehollowpeds.org',
    subj='refill for Lucas inhaler please',
    date=(2024, 11, 4, 21, 47),
    body="""Hi, this is Marisol Fuentes, mom of Lucas Fuentes (DOB 6/2/2019). He's
been coughing a lot at night again since he got that cold last week and we ran
out of his Flovent, the orange one. Can Dr Pham send a refill to the CVS on
Harbor Rd? We still have some albuterol. Should we bring him in too? He doesnt
have fever.

thanks so much
Marisol

Sent from my iPhone""")

add('phi', 'self', 'Chaudhary',
    frm='dev c <dev.chaudhary07@outlook.com>',
    to='frontdesk@maplehollowpeds.org',
    subj='vaccine question + records for college',
    date=(2025, 6, 19, 22, 13),
    body="""hi its Dev Chaudhary, I had my physical with Dr Ellery last week and forgot
to ask if I should get the meningitis B shot before I leave for college in
august. my university also needs my immunization record uploaded by july 15,
can someone email or put it in the portal? my birthday is 2/14/2007 if you
need it to find me.

also the knee thing he looked at is better, i've been doing the PT exercises

thanks
dev
""")

add('phi', 'self', 'Coleman',
    frm='Donna Prewitt <dprewitt.fosterfam@yahoo.com>',
    to='newpatients@maplehollowpeds.org',
    subj='New foster placement - need appt',
    date=(2024, 9, 9, 8, 2),
    body="""Good morning,

I'm a licensed foster parent with Harborview Family Services and we had a new
placement on Friday, Tyrese Coleman, he's 6. His caseworker (Ms. Adaeze Nwosu,
555-015-7781) said he needs a new patient visit within 30 days of placement and
that he's behind on his 4 year shots.

He came to us with a bottle of risperidone 0.5 mg that he takes at bedtime but
only about 5 pills left and no refills, and an albuterol inhaler. I don't know
who prescribed it, the caseworker is trying to get records from his old
clinic in Dunmore County.

We've had two other kids at your practice (Dr Okafor) so I know the drill. Can
we get in this week? I have the placement letter and Medicaid card.

Thank you,
Donna Prewitt
555-015-0043
""")

add('phi', 'self', 'Brandt',
    frm='Ruth Brandt <rbrandt1951@comcast.net>',
    to='forms@maplehollowpeds.org',
    subj="Camp form for my grandson Eli",
    date=(2024, 5, 14, 10, 31),
    cte='quoted-printable',
    body="""Hello,

I'm the grandmother and legal guardian of Eli Brandt, age 11. He is going to Camp Tamarack Ridge for two weeks starting June 30 and they need their health form and the "diabetes management plan" filled out and signed by the doctor.

His endo at Brightwater (Dr. Feld) changed his pump settings in April - his carb ratio is now 1:12 at breakfast and 1:15 the rest of the day, and his correction factor is 1:50. He uses a Dexcom sensor. I have written this on the form but the camp nurse said it has to come from the doctor's office.

I will drop the forms off at the front desk Thursday. Is there a fee? And how long does it usually take?

Thank you kindly,
Ruth Brandt (Grandma)
""")

add('phi', 'self', 'Kowalski',
    frm='Hannah Kowalski <hannah.k.kowalski@gmail.com>',
    to='Mireille Caron <mcaron@maplehollowpeds.org>',
    subj='Re: Your lactation visit summary',
    date=(2025, 4, 7, 5, 58),
    body="""Hi Mireille,

Sorry for the 6am email, it's the only time I have. I've been doing the
nipple shield + the lanolin like you said but my right side is still cracked
and now it's bleeding a little when she latches. Also I think I have a hard
red spot on the right side that's warm, and I felt achy/chilly last night.
Do I need to see my OB for that or can you look at it Wednesday?

Mila was 7 lb 9 oz on our home scale yesterday (she was 7 lb 6 at your office
on Thurs) so I think she's gaining?? I'm pumping about 2 oz per session.

Thank you so much for everything, I honestly would have quit without you.

Hannah

On Thu, Apr 3, 2025 at 2:15 PM Mireille Caron <mcaron@maplehollowpeds.org> wrote:
> Hi Hannah, it was great to see you and Mila today. Summary of the plan:
> - nurse on demand, at least 8-12 times/24h
> - nipple shield on the right side for now, lanolin after feeds
> - pump after morning feed, offer pumped milk by paced bottle if she's still
>   hungry
> - weight check with me next Wednesday
> Call or email with any questions!
> Mireille Caron, IBCLC
""")

add('phi', 'self', 'Teller',
    frm='Bri Teller <briteller.07@icloud.com>',
    to='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='acne cream',
    date=(2025, 2, 2, 20, 40),
    body="""hey dr pham its brianna teller, the acne cream you gave me (tretinoin) is
making my face peel really bad and it burns, esp around my nose. is it supposed
to do that?? can i switch to something else or take a pill instead. the
doxycycline my friend takes works for her

also my mom doesnt know i emailed you lol she said to wait til my appt in march

-bri""")

add('phi', 'self', 'Albright',
    frm='Jennifer Albright <jen.albright@gmail.com>',
    to='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='Re: Your lab results are available',
    date=(2024, 12, 16, 12, 9),
    body="""Thanks Dr. Pham. So Noah's A1c is 6.1 -- does that mean prediabetes? His dad
has type 2 and my mom does too so this is scary. He's only 12. Should we see
a nutritionist? He's already doing basketball 3x a week. And what about the
cholesterol number, it said LDL 142 is that high for a kid?

Jen (Noah's mom)
Jennifer Albright
555-012-7705

-----Original Message-----
From: Maple Hollow Pediatrics Patient Portal <noreply@maplehollowpeds.org>
Sent: Monday, December 16, 2024 9:30 AM
To: jen.albright@gmail.com
Subject: Your lab results are available

A new message from Anjali Pham, MD is waiting for you in the patient portal.
Please log in to view it. Do not reply to this message.
""")

# =====================================================================
# PHI -- ids
# =====================================================================

add('phi', 'ids', '',
    frm='Destiny Alvarez <dalvarez@maplehollowpeds.org>',
    to='Audiology Scheduling <audiology@brightwaterchildrens.org>',
    subj='audiology referral - pt DOB 3.4.18',
    date=(2024, 3, 12, 9, 8),
    body="""Hi,

Sending over a referral for a full audiology eval. pt DOB 3.4.18, MRN 00482917.
Failed the hearing screen both ears at the 6 yr WCC today (refer at 1000 and
2000 Hz bilat), tympanograms were normal. Teacher has mentioned she doesn't
respond when called from behind.

Referral # on our end is R-24-0311-07. Dad's # 555-013-5512.

thx
Destiny Alvarez, CMA
Maple Hollow Pediatrics
""")

add('phi', 'ids', 'Jefferson',
    frm='Sandeep Kohli <skohli@maplehollowpeds.org>',
    to='Intake <intake@apexspecialtyrx.com>',
    subj='Synagis PA approved - please ship for 12/4 dose',
    date=(2024, 11, 26, 13, 44),
    body="""Hello Apex team,

PA came back approved for palivizumab for the patient below. Please schedule
the first shipment to our office for a 12/4 injection.

Patient: JEFFERSON, AMARI
DOB: 20240917
Member ID: KKH884120733  Group: 0045-MED
Auth #: PA2024-7781403 (approved 11/25/24 - 3/31/25, 5 doses)
GA 29 wks, CLD of prematurity, on home O2 until 10/30
Weight at 11/22 visit: 3.62 kg

Ship to: Maple Hollow Pediatrics, 2200 Linden Ave Ste 110, Fairhaven
Attn: Sandeep / Nurse Team

Thanks,
Sandeep Kohli
Billing & Authorizations | Maple Hollow Pediatrics
555-010-4400 x250
""")

add('phi', 'ids', 'Pettaway',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='orders@rivercitymedsupply.com',
    subj='neb tubing/mask order',
    date=(2024, 10, 1, 11, 20),
    body="""Hi -- need replacement nebulizer tubing + pediatric mask x2 for Zion
Pettaway. Family moved, new address is 41 Wren Hollow Rd Apt 3B, Fairhaven.
Call-back for mom is (555) 014-2287. He's using the neb twice daily with
budesonide right now, so sooner is better. Order signed by Dr. Okafor is on
the fax coming over now (4 pages).

Kelsey Marr RN
Maple Hollow Pediatrics  x231
""")

add('phi', 'ids', '',
    frm='Lab Results Inbox <labinbox@maplehollowpeds.org>',
    to='Tomasz Biel <tbiel@maplehollowpeds.org>',
    subj='FW: culture final - accession LC-24-118870',
    date=(2024, 10, 8, 8, 2),
    body="""Tomasz,

Final came in on the throat culture from Friday, accession LC-24-118870,
chart 55129. No Group A strep isolated. Rapid was negative too. Please let
the family know she can stop the amoxicillin the UC started -- Dr. Ellery
says no need to finish the course.

--lab inbox (Destiny)
""")

add('phi', 'ids', 'Achebe',
    frm='Sandeep Kohli <skohli@maplehollowpeds.org>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='billing dispute - acct 7730-1184',
    date=(2025, 2, 20, 14, 27),
    body="""Paul,

Mom on acct 7730-1184 (Rosalind Achebe, DOB 4 Mar 2016) is disputing the
$385 balance from the 9 Jan 2025 visit. That was the ADHD eval w/ the
extended developmental testing (96110 x2 + 99215). Plan applied it to the
deductible. She says she was told it would be covered as preventive. She's
asking for a supervisor -- can you call her? 555-018-6620.

I already resubmitted once with the 25 modifier, same result.

Sandeep
""")

add('phi', 'ids', 'MORALES',
    frm='Corner Apothecary Pharmacy <refills@cornerapothecary.com>',
    to='refills@maplehollowpeds.org',
    subj='ALLERGY CLARIFICATION REQUIRED - Rx# 6028841',
    date=(2024, 12, 27, 18, 55),
    body="""*** PRESCRIPTION CLARIFICATION REQUEST ***

Rx#: 6028841
Patient: MORALES, ISABELLA
DOB: 11/23/2015
Drug: AMOXICILLIN 400MG/5ML SUSP 100ML - 7.5 ML PO BID X 10 DAYS
Prescriber: ELLERY, MARCUS DO

Reason: Patient profile lists PENICILLIN allergy (rash, reported 2019).
Please confirm prescriber is aware and wishes to proceed, or send alternative.

Patient is waiting. Please respond by phone 555-013-7720 or fax 555-013-7721.

Corner Apothecary | 418 Main St, Fairhaven | NCPDP 5521907
""")

add('phi', 'ids', 'O.B.',
    frm='Tamsin Greer RN <tgreer@elmsfordschools.org>',
    to='forms@maplehollowpeds.org',
    subj='Seizure action plan - student 204417',
    date=(2024, 8, 22, 15, 10),
    body="""Hello,

Before school starts on 9/3 I need an updated seizure action plan and
medication order for the student below. His mother said he switched from the
rectal gel to a nasal rescue spray (Valtoco 10 mg) at his neuro visit in July.

Student ID: 204417
Initials: O.B.
DOB: Nov-2-2012
Grade: 6, Birchwood Middle
Current daily med per parent: levetiracetam 500 mg twice a day

Our district form is attached to the fax I sent this morning. Thank you!

Tamsin Greer, BSN, RN - School Nurse
555-016-2200 ext 4 | fax 555-016-2210
""")

add('phi', 'ids', 'Goldfarb',
    frm='PedsLine After-Hours Triage <reports@pedslinetriage.com>',
    to='nurseline@maplehollowpeds.org',
    subj='Callback requested - ticket PL-552817',
    date=(2025, 1, 5, 3, 48),
    cte='base64',
    body="""PedsLine Ticket PL-552817
Practice: Maple Hollow Pediatrics (acct MHP-220)
Received: 01/05/2025 02:59

Caller: father (Aaron)
Callback #: 555-017-3390
Patient: Ezra Goldfarb
DOB: 2022-08-30
Chart: MHP-0093381
Chief complaint: vomiting x6 since 9pm, 1 wet diaper since dinner, no fever
Protocol: Vomiting - Child <3y
Disposition: See within 4 hrs (office) / ED if unable to keep down fluids
Advice given: oral rehydration 5 mL every 5 minutes, ondansetron not available
at home, watch for dry lips/no tears/no urine > 8 hrs.

Parent asks for first available appointment Sunday morning urgent clinic.
Triage RN: M. Okoye, RN
""")

# =====================================================================
# PHI -- lists
# =====================================================================

add('phi', 'lists', 'Castellano',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='Pod B <podb@maplehollowpeds.org>',
    subj='Tues AM huddle - Dr Pham',
    date=(2024, 11, 19, 7, 35),
    body="""Morning pod B! huddle for Dr Pham, rooms 4-7:

 • 8:00  Amelia Castellano – 2mo WCC, 1st shots. ex-NICU 34wk, mom v. anxious,
         pls give her extra time. on fortified formula 24kcal
 • 8:30  Ravi & Meera Subramanian – 4y/6y WCC. Meera due flu #2, Ravi needs
         vision/hearing
 • 9:00  Jackson Tillery – ADHD f/u, guanfacine 1mg, needs BP + wt, vanderbilts
         came back from school (in his folder)
 • 9:15  Noor Farouk – asthma f/u, 2 ED visits in Oct!! bring spacer teaching
 • 9:45  Luca Bianchi-Moore – 6 day wt check, Mireille joining for lactation
 • 10:30 sports PEs x3 – Hollis twins (Mae + June) + Grady Pruett, all need
         UA? (no, Dr P says skip UA)
 • 11:15 OPEN – hold for sick

Vaccine fridge 2 back online. Spacers in the closet by room 6.
-K""")

add('phi', 'lists', 'Delacroix',
    frm='Destiny Alvarez <dalvarez@maplehollowpeds.org>',
    to='Gina Ruocco <gruocco@maplehollowpeds.org>',
    subj='recall list - overdue 12mo/15mo vaccines',
    date=(2025, 1, 9, 12, 50),
    body="""Gina, here's the list from the registry report, these kids are overdue for
12/15 mo shots. Can you call and schedule nurse visits or WCCs? I put notes
where I know something.

Name\tDOB\tLast WCC\tDue\tNotes
Delacroix, Amélie\t03/14/2023\t06/20/2024\tMMR, Var, HepA, PCV\tmom declined in June, wanted to "think about it"
Mbeki, Thando\t05/02/2023\t09/11/2024\tHepA #1, DTaP #4\t
Osei, Kwame Jr\t07/29/2023\t10/30/2024\tPCV #4, Hib #4\tmissed 12/4 appt
Ramírez-Soto, Valeria\t04/09/2023\t07/15/2024\tMMR, Var\tnew Medicaid #, verify
Kowalczyk, Piotr\t08/01/2023\t08/05/2024\tHepA #1\tfamily moving?
Trinh, Bao\t06/18/2023\t12/02/2024\tVar\tfever at last visit, deferred

thanks!!
D
""")

add('phi', 'lists', 'Abernathy-Cole',
    frm='Mireille Caron <mcaron@maplehollowpeds.org>',
    to='Nurse Team <nurses@maplehollowpeds.org>',
    cc='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='newborn wt checks this week + lactation',
    date=(2025, 3, 10, 8, 15),
    body="""Hi all - attached is this week's newborn weight check / lactation list.
Two of them (Abernathy-Cole and Pham-Reyes) are below 10% and I'd like a
provider to lay eyes on them too, not just me. Please don't move my Wed 10:00
block, I have a twin consult.

Mireille Caron, IBCLC
Lactation Consultant, Maple Hollow Pediatrics
""",
    atts=[('newborn_wtchecks_wk0310.csv', 'text', 'csv', csvtext([
        ['Patient', 'DOB', 'Birth wt (g)', 'Last wt (g)', '% change', 'Feeding', 'Appt', 'Note'],
        ['Abernathy-Cole, Baby Boy', '2025-03-04', '3540', '3150', '-11.0', 'BF + pumping', 'Mon 10:30', 'low supply? mom hx PCOS'],
        ['Pham-Reyes, Isla', '2025-03-05', '2890', '2590', '-10.4', 'BF', 'Mon 2:00', 'jaundice, TcB 12.8 on 3/7'],
        ['Goldstein, Asher', '2025-03-01', '3310', '3240', '-2.1', 'BF + formula', 'Tue 9:15', 'tongue tie eval'],
        ['Adeyemi, Tolu', '2025-03-03', '3020', '2910', '-3.6', 'formula', 'Tue 11:00', ''],
        ['Lund, Freya', '2025-02-27', '3680', '3700', '+0.5', 'BF', 'Thu 9:45', 'back to BW, d/c from wt checks?'],
        ['Sandoval, Mateo', '2025-03-06', '3150', '2940', '-6.7', 'BF', 'Thu 1:30', 'nipple shield'],
    ]))])

add('phi', 'lists', 'Haverford',
    frm='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    to='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='weekend signout',
    date=(2024, 12, 20, 17, 58),
    body="""Ruth - thanks for taking the weekend. signout below, nothing crazy.

NAME                   AGE  ISSUE                          TO DO
---------------------  ---  -----------------------------  -------------------------------
Haverford, Lily        3m   bronchiolitis, sat 93% RA Fri  nurse line may call; low bar ED
Mensah, Kofi           8y   pneumonia on amox day 2        call Sat am, if still febrile->CXR
Dubois, Théo           15y  concussion (hockey) 12/18      no return to play, school note done
Castillo, Ana Lucía    5y   UTI, cx pending                f/u cx Sat, sensitivities
Whitmore, Grace        16y  SI screen +, safety plan done  therapist appt Mon; mom has crisis #
Baby Boy Ferreira      4d   bili 15.1 today                repeat bili Sat 10am @ Brightwater lab

Happy holidays, M""")

add('phi', 'lists', 'Stanislawski',
    frm='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    to='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    cc='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='controlled substance agreements due - Q1',
    date=(2025, 1, 6, 9, 2),
    body="""Marcus, Ruth,

Per our policy, stimulant agreements renew annually. Attached is the list of
your ADHD patients whose agreements expire this quarter (zipped because the
email system kept flagging the csv). Can you get them signed at the next
med check? The MAs have blank forms at each station.

Paul Whitacre
Practice Manager, Maple Hollow Pediatrics
555-010-4400 x201
""",
    atts=[('CSA_due_Q1_2025.zip', 'application', 'zip', zipbytes([
        ('CSA_due_Q1_2025.csv', csvtext([
            ['MRN', 'Last', 'First', 'DOB', 'Provider', 'Medication', 'Agreement expires', 'Next med check'],
            ['00391122', 'Stanislawski', 'Oskar', '2014-05-19', 'Ellery', 'lisdexamfetamine 30mg', '2025-01-31', '2025-01-22'],
            ['00402877', 'Brooks', 'Jaylen', '2015-10-02', 'Ellery', 'methylphenidate ER 27mg', '2025-02-14', '2025-02-06'],
            ['00377540', 'Okonkwo-Adeyemi', 'Chiamaka', '2013-07-30', 'Okafor', 'methylphenidate ER 36mg', '2025-02-28', '2025-03-06'],
            ['00415906', 'Rivera', 'Santiago', '2016-12-11', 'Okafor', 'dexmethylphenidate XR 10mg', '2025-03-15', ''],
            ['00388213', 'Tillery', 'Jackson', '2014-02-25', 'Pham', 'amphetamine salts XR 15mg', '2025-03-31', '2025-03-18'],
        ])),
    ]))])

add('phi', 'lists', "D'Souza",
    frm='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='open referrals > 30 days (tracker attached)',
    date=(2025, 2, 3, 16, 20),
    body="""Paul -

Attached is the referral tracker filtered to anything still open > 30 days.
Most are waiting on Brightwater dev peds (6+ mo wait). Rhea D'Souza's
neurology one I'd like to escalate, mom has called 4 times and the headaches
are getting worse per her last message.

Lakeisha
""",
    atts=[('referral_tracker_open30.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
               ['Ref #', 'Patient', 'DOB', 'Specialty', 'Reason', 'Sent', 'Status', 'Days open'],
               ['R-24-1104-02', "D'Souza, Rhea", '09/08/2015', 'Neurology', 'recurrent headaches, wakes from sleep', '11/04/2024', 'pending sched', '91'],
               ['R-24-1119-05', 'Nwachukwu, Ifeanyi', '01/22/2021', 'Dev Peds', 'speech delay, r/o ASD', '11/19/2024', 'waitlist', '76'],
               ['R-24-1202-01', 'Hoang, Minh Chau', '04/30/2019', 'Endocrinology', 'short stature, ht <3rd %ile', '12/02/2024', 'auth pending', '63'],
               ['R-24-1210-03', 'Petrović, Luka', '06/15/2012', 'Orthopedics', 'scoliosis 22 deg', '12/10/2024', 'appt 2/19', '55'],
               ['R-24-1218-04', 'Baptiste, Naomie', '10/03/2017', 'Allergy', 'suspected egg allergy', '12/18/2024', 'pending sched', '47'],
               ['R-24-1230-01', 'Whitmore, Grace', '05/12/2008', 'Psychiatry', 'depression, SI hx', '12/30/2024', 'waitlist', '35'],
           ], sheetname='Open>30'))])

add('phi', 'lists', 'Brandt',
    frm='Gina Ruocco <gruocco@maplehollowpeds.org>',
    to='Forms Team <forms@maplehollowpeds.org>',
    subj='forms still pending - camp deadline Fri!!',
    date=(2024, 6, 3, 14, 2),
    body="""Forms pending signature as of today. Camp ones due FRIDAY.

| Child               | Form                    | Requested by          | Issue                          |
|---------------------|-------------------------|-----------------------|--------------------------------|
| Eli Brandt          | camp health + DM plan   | Camp Tamarack Ridge   | needs pump settings from endo  |
| Sadie Hendricks     | camp health             | Camp Tamarack Ridge   | asthma plan outdated (2021)    |
| Omar Qureshi        | sports PE               | Fairhaven HS          | PE 5/30, murmur? MD to review  |
| Lucía Ybarra        | camp + epi auth         | YMCA Day Camp         | peanut, needs epi dose updated |
| Caleb Ngata         | school med auth         | Birchwood Elem        | ADHD med lunchtime dose        |

Dr. Pham has the first two in her box.
Gina""",
    html="""<html><body>
<p>Forms pending signature as of today. <b>Camp ones due FRIDAY.</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dde7f0"><th>Child</th><th>Form</th><th>Requested by</th><th>Issue</th></tr>
<tr><td>Eli Brandt</td><td>camp health + DM plan</td><td>Camp Tamarack Ridge</td><td>needs pump settings from endo</td></tr>
<tr><td>Sadie Hendricks</td><td>camp health</td><td>Camp Tamarack Ridge</td><td>asthma plan outdated (2021)</td></tr>
<tr><td>Omar Qureshi</td><td>sports PE</td><td>Fairhaven HS</td><td>PE 5/30, murmur? MD to review</td></tr>
<tr><td>Luc&iacute;a Ybarra</td><td>camp + epi auth</td><td>YMCA Day Camp</td><td>peanut, needs epi dose updated</td></tr>
<tr><td>Caleb Ngata</td><td>school med auth</td><td>Birchwood Elem</td><td>ADHD med lunchtime dose</td></tr>
</table>
<p>Dr. Pham has the first two in her box.<br>Gina</p>
</body></html>
""")

# =====================================================================
# PHI -- struct
# =====================================================================

add('phi', 'struct', 'KHALIL',
    frm='Interface Support <interfaces@brightwaterchildrens.org>',
    to='Lab Results Inbox <labinbox@maplehollowpeds.org>',
    subj='RE: lead result not filing to chart',
    date=(2024, 9, 17, 10, 38),
    body="""Hi Destiny,

The result did cross, it's sitting in your unmatched queue because the MRN in
PID-3 doesn't match what your EHR has (looks like the order was placed under
the sibling's chart). Raw message below -- please match it manually to the
right patient and let us know if you want us to resend.

MSH|^~\\&|BWLAB|BRIGHTWATER|MHPEHR|MAPLEHOLLOW|202409161422||ORU^R01|BW24091614220031|P|2.5.1
PID|1||00511873^^^MHP^MR||KHALIL^YASMIN^R||20210612|F|||88 Orchard Ln^^Fairhaven^^05591||5550196624
PV1|1|O|MHP^^^MAPLEHOLLOW||||1447288301^PHAM^ANJALI
ORC|RE|MHP2409120044|BW24LB118203
OBR|1|MHP2409120044|BW24LB118203|5671-3^Lead [Mass/volume] in Blood^LN|||202409121015|||||||||1447288301^PHAM^ANJALI||||||202409161420||CH|F
OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||6.2|ug/dL|<3.5|H|||F|||202409161420
NTE|1||Venous specimen. Result exceeds CDC blood lead reference value.

Thanks,
Corey Blanchard
Interface Analyst II, Brightwater Children's IS
x7-4410
""" + BWDISC)

add('phi', 'struct', 'TRAN',
    frm='Tomasz Biel <tbiel@maplehollowpeds.org>',
    to='EHR Support <support@clarionpedsehr.com>',
    subj='Case 00931877 - VXU rejected by state registry (attached)',
    date=(2024, 10, 29, 14, 11),
    body="""Hi,

Following up on case 00931877. The state immunization registry keeps rejecting
the flu shot we gave yesterday -- error says "RXA-5 invalid code". Attached is
the message our interface sent (copied out of the outbound log). Can you tell
us if it's our vaccine inventory mapping or something on your side?

Tomasz Biel, LPN
Immunization lead, Maple Hollow Pediatrics
""",
    atts=[('vxu_outbound_20241028.txt', 'text', 'plain',
           'MSH|^~\\&|CLARION|MAPLEHOLLOW|STATEIIS|STATEDOH|20241028153302||VXU^V04^VXU_V04|MH2410281533020017|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r\n'
           'PID|1||00447102^^^MHP^MR~SIIS7781204^^^STATEIIS^SR||TRAN^MINH ANH^^^^^L|NGUYEN^THI LAN^^^^^M|20190221|F||2028-9^Asian^CDCREC|1270 Dorset St^Apt 4^Fairhaven^ST^05592^USA^H||^PRN^PH^^^555^0117734|||||||||2186-5^Not Hispanic^CDCREC\r\n'
           'PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|20241028|||A|20190221|20190221\r\n'
           'NK1|1|TRAN^THI LAN^^^^^L|MTH^Mother^HL70063|1270 Dorset St^Apt 4^Fairhaven^ST^05592^USA^H|^PRN^PH^^^555^0117734\r\n'
           'ORC|RE||MH24102800173^MAPLEHOLLOW|||||||^BIEL^TOMASZ|||||||||\r\n'
           'RXA|0|1|20241028153000|20241028153000|FLU2024^Influenza quad PF 0.5mL^LOCAL|0.5|mL^mL^UCUM||00^New immunization record^NIP001|^BIEL^TOMASZ||||||FL7731K|20250630|SKB^GlaxoSmithKline^MVX|||CP|A\r\n'
           'RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163\r\n'
           'OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid/Medicaid Managed Care^HL70064||||||F|||20241028|||VXC40^Eligibility captured at the immunization level^CDCPHINVS\r\n'
           'OBX|2|CE|30956-7^vaccine type^LN|2|88^Influenza, unspecified formulation^CVX||||||F\r\n')])

add('phi', 'struct', 'PIERCE',
    frm='Sandeep Kohli <skohli@maplehollowpeds.org>',
    to='Clearinghouse Support <support@medbridgeclaims.com>',
    subj='claim rejected 999 / 277CA - need help',
    date=(2025, 2, 4, 11, 5),
    body="""Hello,

We have a claim that keeps coming back rejected on the 277CA with "A7:21 -
missing or invalid information" and I can't see what's wrong. Pasting the
837P segments from the batch file below (I trimmed the envelope). This is an
asthma follow-up + spirometry, payer is Keystone Kids.

NM1*85*2*MAPLE HOLLOW PEDIATRICS*****XX*1881726354~
N3*2200 LINDEN AVE STE 110~
N4*FAIRHAVEN*ST*05591~
REF*EI*471188203~
HL*2*1*22*1~
SBR*P*18*0045MED******MC~
NM1*IL*1*PIERCE*CALLUM*J***MI*KKH771045128~
N3*15 HARTWELL CT~
N4*FAIRHAVEN*ST*05591~
DMG*D8*20170822*M~
NM1*PR*2*KEYSTONE KIDS HEALTH PLAN*****PI*KKHP1~
CLM*MHP250128044*215***11:B:1*Y*A*Y*Y~
HI*ABK:J4531*ABF:R0602~
NM1*82*1*OKAFOR*RUTH****XX*1639205471~
LX*1~
SV1*HC:99214*140*UN*1***1:2~
DTP*472*D8*20250128~
LX*2~
SV1*HC:94010*75*UN*1***1~
DTP*472*D8*20250128~

Any idea? Our billing system says the claim passed its own edits.

Thanks,
Sandeep Kohli
Billing & Authorizations | Maple Hollow Pediatrics | 555-010-4400 x250
""")

add('phi', 'struct', 'OYELARAN',
    frm='Gina Ruocco <gruocco@maplehollowpeds.org>',
    to='Sandeep Kohli <skohli@maplehollowpeds.org>',
    subj='elig for tomorrow - is she covered for the dev eval??',
    date=(2025, 4, 14, 16, 44),
    body="""Sandeep can you read this for me, the portal just spits out the raw
thing for this payer. Tomorrow 10am developmental eval, mom says new
insurance as of April.

ISA*00*          *00*          *ZZ*BRIDGEVIEWHP   *ZZ*MAPLEHOLLOW    *250414*1641*^*00501*000004471*0*P*:~
GS*HB*BRIDGEVIEWHP*MAPLEHOLLOW*20250414*1641*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*MHP0414A*20250414*1641~
HL*1**20*1~
NM1*PR*2*BRIDGEVIEW HEALTH PARTNERS*****PI*BVHP01~
HL*2*1*21*1~
NM1*1P*2*MAPLE HOLLOW PEDIATRICS*****XX*1881726354~
HL*3*2*22*0~
TRN*2*MHP0414A01*9MHP000001~
NM1*IL*1*OYELARAN*TEMITOPE*A***MI*BVH30099182701~
N3*602 QUARRY VIEW DR~
N4*FAIRHAVEN*ST*05592~
DMG*D8*20210917*F~
DTP*346*D8*20250401~
EB*1*IND*30**CHILD PLUS PLAN~
EB*B*IND*98***27*25*****Y~
EB*C*IND*30****23*500*****Y~
EB*CB*IND*BD***27****VS*12*****Y~
MSG*DEVELOPMENTAL TESTING REQUIRES PRIOR AUTHORIZATION~
SE*19*0001~

lol it says prior auth?? do we need to reschedule her

Gina
""")

_fhir = """{
  "resourceType": "Bundle",
  "id": "mhp-imm-20250312-0091",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:6f1c2a7e-3b0d-4e8a-9c51-7a2f0d4e1b33",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7781.1", "value": "00452961"}
        ],
        "name": [{"family": "Quiroga", "given": ["Valentina", "Sofía"]}],
        "gender": "female",
        "birthDate": "2020-03-12",
        "address": [{"line": ["77 Millbrook Terrace"], "city": "Fairhaven", "postalCode": "05591"}],
        "telecom": [{"system": "phone", "value": "555-019-0306", "use": "home"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "fullUrl": "urn:uuid:0a9d4c6b-8f12-4e77-b0c3-5d1e2a6f9c80",
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "130", "display": "DTaP-IPV"}]},
        "patient": {"reference": "urn:uuid:6f1c2a7e-3b0d-4e8a-9c51-7a2f0d4e1b33"},
        "occurrenceDateTime": "2025-03-12T09:41:00-05:00",
        "lotNumber": "K7H22",
        "site": {"text": "left deltoid"},
        "route": {"text": "IM"},
        "doseQuantity": {"value": 0.5, "unit": "mL"},
        "performer": [{"actor": {"display": "Tomasz Biel, LPN"}}]
      },
      "request": {"method": "POST", "url": "Immunization"}
    },
    {
      "fullUrl": "urn:uuid:c3e8b1f0-2d44-4a9e-8e6b-11a0f7d25c19",
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]},
        "patient": {"reference": "urn:uuid:6f1c2a7e-3b0d-4e8a-9c51-7a2f0d4e1b33"},
        "occurrenceDateTime": "2025-03-12T09:43:00-05:00",
        "lotNumber": "Y004412",
        "site": {"text": "right thigh"},
        "route": {"text": "SC"}
      },
      "request": {"method": "POST", "url": "Immunization"}
    }
  ]
}
"""

add('phi', 'struct', 'Quiroga',
    frm='Nate Oduya <noduya@clarionpedsehr.com>',
    to='Tomasz Biel <tbiel@maplehollowpeds.org>',
    cc='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='Re: registry FHIR pilot - bundle that failed validation',
    date=(2025, 3, 13, 10, 20),
    body="""Hi Tomasz,

Thanks for flagging. I pulled the bundle that failed from yesterday's batch
(attached, from your 5yo kindergarten shots visit). The registry rejects it
because the second Immunization has no doseQuantity and the site is free
text instead of a coded value. We'll push a fix in Thursday's release -- no
action needed from you, but the registry won't show these two doses until
we resend.

Nate Oduya
Integration Engineer | Clarion Peds EHR
""",
    atts=[('bundle_mhp-imm-20250312-0091.json', 'application', 'json', _fhir.encode('utf-8'))])

add('phi', 'struct', 'Adebayo-Cross',
    frm='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    to='Lakeisha Dunmore <ldunmore@maplehollowpeds.org>',
    subj='FW: CCD from dev peds - can you get this into the chart',
    date=(2025, 1, 21, 18, 3),
    body="""Lakeisha - Brightwater sent the dev peds summary as a CCD but it didn't
import, it just came as text in my inbox. Can you scan/attach it to Benjamin's
chart and close the referral? Relevant part pasted below so you know which
kid. Thx - R

<recordTarget>
  <patientRole>
    <id extension="BW-3318092" root="2.16.840.1.113883.19.5.99999.1"/>
    <addr use="HP"><streetAddressLine>3 Kestrel Way</streetAddressLine>
      <city>Fairhaven</city><postalCode>05591</postalCode></addr>
    <telecom value="tel:+1-555-016-4439" use="HP"/>
    <patient>
      <name use="L"><given>Benjamin</given><family>Adebayo-Cross</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="20160704"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
  <title>Problems</title>
  <text>
    <list>
      <item>Attention-deficit hyperactivity disorder, combined presentation (F90.2) - onset 2024</item>
      <item>Specific learning disorder with impairment in reading (F81.0)</item>
      <item>Sleep onset insomnia</item>
    </list>
  </text>
</section>
<section>
  <title>Plan of Treatment</title>
  <text>Start guanfacine ER 1 mg qHS; recommend 504 plan with extended time;
  refer for school-based reading intervention; PCP to monitor BP/HR;
  return to dev peds in 6 months.</text>
</section>
""" + DISC)

add('phi', 'struct', 'HOLLOWAY',
    frm='Sandeep Kohli <skohli@maplehollowpeds.org>',
    to='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='denial on the Holloway visit - need a note addendum?',
    date=(2024, 8, 28, 9, 37),
    body="""Dr. Okafor,

Keystone denied the developmental screen on Maisie's 18mo visit -- see the
835 lines below. CO-197 = precert/authorization absent, which is weird for a
96110. I think they want the screening tool named in the note (M-CHAT-R).
Can you addend and I'll appeal?

CLP*MHP240722019*2*310*198**MC*2024207118842*11~
NM1*QC*1*HOLLOWAY*MAISIE*E***MI*KKH660019284~
NM1*82*1*OKAFOR*RUTH****XX*1639205471~
DTM*232*20240722~
SVC*HC:99392*190*190**1~
DTM*472*20240722~
SVC*HC:96110*60*0**1~
DTM*472*20240722~
CAS*CO*197*60~
SVC*HC:90633*60*8**1~
DTM*472*20240722~
CAS*CO*45*52~
LQ*HE*N54~

Thanks!
Sandeep
""")

# =====================================================================
# PHI -- lang
# =====================================================================

add('phi', 'lang', 'Cárdenas',
    frm='Yesenia Cárdenas <yesi.cardenas22@gmail.com>',
    to='info@maplehollowpeds.org',
    subj='Emiliano - medicina para el asma y forma de la escuela',
    date=(2024, 9, 3, 20, 18),
    body="""Buenas noches,

Soy la mamá de Emiliano Cárdenas Ortiz, tiene 8 años, fecha de nacimiento
14/05/2016. La doctora Okafor le dio el inhalador azul (albuterol) y el
otro que usa todos los días, pero ya se le acabó el de todos los días y la
farmacia dice que necesita una receta nueva.

También la enfermera de la escuela me pidió el plan de acción para el asma
firmado por la doctora, porque esta semana tuvo que usar el inhalador dos
veces en la escuela y le faltó el aire en educación física.

¿Me pueden mandar la receta a la farmacia Corner Apothecary? Y el papel para
la escuela lo puedo recoger el jueves.

Muchas gracias,
Yesenia Cárdenas
555-011-2047
""")

add('phi', 'lang', 'Ferreira',
    frm='Luana Ferreira <luana.ferreira.br@hotmail.com>',
    to='Mireille Caron <mcaron@maplehollowpeds.org>',
    subj='Heitor - peso e amamentação',
    date=(2024, 12, 21, 9, 4),
    body="""Oi Mireille, bom dia!

Aqui é a Luana, mãe do Heitor Ferreira (nasceu dia 16/12). Ontem na consulta a
Dra. Pham disse que ele perdeu 9% do peso e que ainda está um pouco
amarelinho, e pediu para voltar na segunda para pesar e fazer o exame da
bilirrubina de novo.

Ele mama a cada 2-3 horas mas dorme muito no peito e eu acho que não está
pegando direito, meu mamilo esquerdo está machucado. Você pode me ver junto
com a consulta de segunda? Meu marido fala inglês melhor, o número dele é
555-017-8812.

Obrigada!
Luana
""")

add('phi', 'lang', 'Lê',
    frm='Trần Thị Hoa <tranthihoa.fh@gmail.com>',
    to='nurseline@maplehollowpeds.org',
    subj='Con gái tôi bị sốt sau khi chích ngừa',
    date=(2025, 1, 15, 22, 36),
    cte='base64',
    body="""Chào bác sĩ và y tá,

Tôi là mẹ của bé Lê Ngọc Hân, sinh ngày 12/09/2024. Hôm qua bé đi khám 4 tháng
ở phòng khám và được chích 3 mũi ngừa và uống thuốc ngừa rota.

Từ chiều nay bé bị sốt 38,6 độ, quấy khóc nhiều, chỗ chích ở đùi trái bị đỏ và
sưng to bằng đồng xu. Bé vẫn bú sữa mẹ được nhưng bú ít hơn bình thường.

Tôi có thể cho bé uống Tylenol không, và bao nhiêu ml? Bé nặng 6,8 kg.

Cảm ơn,
Trần Thị Hoa
ĐT: 555-014-9023
""")

add('phi', 'lang', 'Joseph',
    frm='Widline Joseph <widlinejoseph509@yahoo.com>',
    to='info@maplehollowpeds.org',
    subj='Jean-Wesley toujou gen lafyèv',
    date=(2024, 11, 8, 7, 12),
    body="""Bonjou,

Mwen se manman Jean-Wesley Joseph, li gen 3 zan. Doktè Ellery te wè l
madi pase pou enfeksyon nan zòrèy li e li te ba l amoksisilin. Li pran
remèd la 3 jou deja men li toujou gen lafyèv 102 chak swa e li toujou ap
kenbe zòrèy dwat li e l ap kriye.

Èske m dwe mennen l tounen jodi a? Mwen travay jiska 3è.
Nimewo m se 555-012-3318.

Mèsi anpil,
Widline Joseph
""")

add('phi', 'lang', 'Морозова',
    frm='Галина Петровна Морозова <g.morozova57@gmail.com>',
    to='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='Алиса Морозова — лекарство и сон',
    date=(2025, 3, 19, 23, 5),
    cte='quoted-printable',
    body="""Здравствуйте, доктор Окафор!

Пишу вам как бабушка Алисы Морозовой (10 лет), она живёт с нами, пока
родители в командировке. С тех пор как вы увеличили дозу метилфенидата до
36 мг на приёме 4 марта, Алиса не может заснуть до часу ночи, почти ничего
не ест днём и похудела, по нашим весам, на полтора килограмма. Учительница
говорит, что на уроках стало лучше.

Можно ли вернуть прежнюю дозу или давать таблетку раньше утром? Мы даём её
в 8:30. Сын (отец Алисы) разрешил мне обсуждать её лечение, его письмо
у вас в карте.

С уважением,
Галина Петровна Морозова
тел. 555-018-2271
""")

add('phi', 'lang', 'العمري',
    frm='Khaled Al-Omari <k.alomari.fh@gmail.com>',
    to='referrals@maplehollowpeds.org',
    subj='موعد طبيب القلب لابني يوسف',
    date=(2024, 10, 2, 12, 27),
    body="""السلام عليكم،

أنا خالد العمري، والد الطفل يوسف العمري (٥ سنوات، تاريخ الميلاد ٢٠١٩/٠٧/٢٣).
في فحص الطفل السليم الشهر الماضي سمعت الدكتورة فام صوتاً في قلبه وقالت إنها
ستحوّله إلى طبيب قلب الأطفال في مستشفى برايتووتر لعمل تخطيط صدى القلب (إيكو).

لم يتصل بنا أحد حتى الآن. هل تم إرسال التحويل؟ وهل تحتاج شركة التأمين إلى
موافقة مسبقة؟ رقم هاتفي ٥٥٥-٠١٣-٦٦٤٠، وأفضّل مترجماً باللغة العربية عند الاتصال.

شكراً جزيلاً
خالد العمري
""")

add('phi', 'lang', '王',
    frm='Lin Mei <linmei.fairhaven@gmail.com>',
    to='forms@maplehollowpeds.org',
    subj='王子豪 夏令营体检表 / 湿疹药膏',
    date=(2024, 5, 28, 21, 50),
    body="""您好，

我是王子豪的妈妈林梅。子豪今年7岁，出生日期2017年2月3日。他6月24日要去
Camp Tamarack Ridge参加夏令营，营地需要医生填写并签字的体检表和用药授权表。

他的湿疹最近又严重了，手肘和膝盖后面很痒，晚上抓破了。Pham医生去年开的
激素药膏（曲安奈德0.1%）已经用完了，能不能再开一支？营地护士说药膏也需要
医生签字才能带去。

表格我明天放在前台。谢谢！

林梅
电话：555-019-5580
""")

add('phi', 'lang', 'Santos',
    frm='Maricel Santos <maricel.santos.rn@gmail.com>',
    to='info@maplehollowpeds.org',
    subj='Althea Santos - school form at rashes',
    date=(2024, 8, 12, 13, 2),
    body="""Hi po good afternoon,

Ako po si Maricel, nanay ni Althea Santos (DOB 01/19/2019). Papasok na po siya
sa kindergarten sa Sept 3 at kailangan po ng school ang immunization record
at yung health form na pirmado ni Dr. Pham. Kulang pa daw po siya ng 2nd
dose ng MMR at chickenpox sabi ng school nurse.

Tapos po, may rashes siya sa braso at leeg simula nung Sabado, makati at
parang maliliit na pantal. Wala naman siyang lagnat. Pwede po bang isabay na
sa appointment for the shots para matingnan na rin?

Salamat po!
Maricel Santos
0917-555-0142 / 555-015-8834
""")

# =====================================================================
# CLEAN -- admin
# =====================================================================

add('clean', 'admin',
    frm='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    to='All Staff <allstaff@maplehollowpeds.org>',
    subj='December clinical staff schedule (FINAL)',
    date=(2024, 11, 25, 16, 30),
    body="""Hi everyone,

Final December schedule is below and posted in the break room. Swaps must be
approved by me AND Kelsey by the 1st -- no verbal swaps please.

Week of 12/2
  Mon  Pham / Ellery      RN: Marr, Biel      MA: Alvarez, Ngata-Reed
  Tue  Pham / Okafor      RN: Marr            MA: Alvarez, Ortega
  Wed  Ellery / Okafor    RN: Biel            MA: Ngata-Reed, Ortega
  Thu  Pham / Ellery      RN: Marr, Biel      MA: Alvarez
  Fri  Okafor             RN: Biel            MA: Ortega
  Sat  (urgent clinic 8-12) Ellery, RN Marr, MA Alvarez

Holiday coverage
  12/24 half day, close at 12:00 -- Okafor, Biel, Ortega
  12/25 CLOSED, nurse line -> PedsLine
  12/31 half day -- Pham, Marr, Alvarez
  1/1   CLOSED

Lactation (Mireille): Mon/Wed/Fri as usual, out 12/23-12/27.

Call-outs: text my cell 555-010-7732 AND call the front desk line
555-010-4400 before 7am.

Thanks for a great year,
Paul

Paul Whitacre, MBA
Practice Manager | Maple Hollow Pediatrics
""")

add('clean', 'admin',
    frm='Clarion Peds EHR Support <support@clarionpedsehr.com>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='[Ticket INC0048812] Exam 3 label printer not printing',
    date=(2024, 10, 15, 13, 2),
    body="""Hello Paul,

Your ticket has been updated.

Ticket: INC0048812
Priority: P3 - Moderate
Status: Pending Customer
Assigned: Rhys Tannenbaum, Tier 2 Device Support

Update from Rhys:
The Zebra GK420d in Exam 3 (asset MHP-PRN-0317) is mapped to the old print
server queue \\\\MHP-PS01\\LBL-EX3. After the Windows update on 10/12 the queue
was recreated with a new driver. Please have someone at the workstation run
"Clarion Device Utility" > Printers > Re-register, then print a test label
from the Lab Orders screen. If it still fails, reply with a photo of the
printer's status light and we will schedule a remote session.

Phone: 1-800-555-0199 option 3 (24/7 for P1/P2)
Portal: support.clarionpedsehr.com

This ticket will auto-close in 5 business days if no response is received.

Clarion Peds EHR - Customer Success
""")

add('clean', 'admin',
    frm='Accounts Receivable <ar@medbridgeclaims.com>',
    to='Sandeep Kohli <skohli@maplehollowpeds.org>',
    subj='Invoice INV-20931 - MedBridge clearinghouse services - November 2024',
    date=(2024, 12, 2, 8, 0),
    cte='base64',
    body="""Dear Customer,

Your invoice for November 2024 is attached in the billing portal.

Invoice #: INV-20931
Account #: MB-004471
Customer: Maple Hollow Pediatrics
Billing period: 11/01/2024 - 11/30/2024

  Professional claims (837P) submitted ........ 1,842 @ $0.29 = $534.18
  Eligibility transactions (270/271) ......... 2,310 @ $0.10 = $231.00
  ERA (835) enrollment - 2 new payers ........        flat  = $50.00
  Monthly platform fee ......................              = $175.00
                                                  TOTAL DUE = $990.18

Payment due: 12/30/2024. Autopay is ON for card ending 4471.

Questions? ar@medbridgeclaims.com or 1-800-555-0144.

MedBridge Claims, Inc. | 1400 Commerce Pkwy, Suite 900
""")

add('clean', 'admin',
    frm='HR - Maple Hollow <hr@maplehollowpeds.org>',
    to='All Staff <allstaff@maplehollowpeds.org>',
    subj='Reminder: staff flu vaccine documentation due 11/15 + open enrollment',
    date=(2024, 10, 28, 9, 0),
    body="""Hi all,

Two quick HR reminders:

1) Staff influenza vaccination -- per our infection control policy, all
   staff must submit proof of this season's flu vaccine (or an approved
   exemption form) by Friday 11/15. We are running a staff flu clinic in the
   break room on 11/6 and 11/7, 12:00-1:00, Tomasz is giving the shots. Upload
   documentation in the HR portal under My Documents > Health Requirements.
   Please do NOT email your vaccine card to the group.

2) Benefits open enrollment runs 11/1-11/22. The dental plan is switching
   carriers to Summit Dental (new member ID cards will mail in December).
   Vision is unchanged. The benefits webinar is 11/5 at 1pm -- link in the
   calendar invite.

Questions: Carla Fenwick, HR Generalist, x205 or hr@maplehollowpeds.org

Thanks,
HR
""")

add('clean', 'admin',
    frm='Building Services <facilities@linden2200.com>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    cc='Kelsey Marr <kmarr@maplehollowpeds.org>',
    subj='Suite 110 - vaccine fridge alarm overnight / generator test Sat',
    date=(2024, 8, 9, 7, 48),
    body="""Paul,

Our night guard logged the temperature alarm on your vaccine refrigerator
(unit #2, back hallway) at 02:14. The data logger showed 9.1 C for about 40
minutes during the brief power dip when the utility switched feeders. Power
was restored at 02:51 and the unit was back to 4.6 C by 03:30. The guard did
not open the unit.

You will want to follow your own vaccine excursion procedure (call the
manufacturers / state VFC program) -- we just wanted you to have the times.
Logger printout is in your mailbox in the lobby.

Also: quarterly generator test is this Saturday 8/10 from 6:00-6:30 am. Your
refrigerators are on the emergency circuit so there should be no interruption.

Work order: WO-2024-0877
Dwayne Pritchard
Building Engineer, 2200 Linden Ave
(555) 011-0900 / after hours (555) 011-0911
""")

add('clean', 'admin',
    frm='Gina Ruocco <gruocco@maplehollowpeds.org>',
    to='Front Desk <frontdesk@maplehollowpeds.org>',
    subj='new phone tree + template changes starting Mon 1/6',
    date=(2025, 1, 2, 15, 15),
    body="""hey team, couple changes starting Monday:

PHONE TREE
 - option 1 = appointments (was 2)
 - option 2 = nurse line (was 1). after 5pm and weekends this now rolls to
   PedsLine at 555-017-3300 instead of the answering service
 - option 3 = referrals (Lakeisha)
 - option 4 = forms / records
 - option 5 = billing (Sandeep)
 - press 0 for front desk still works

SCHEDULE TEMPLATES
 - well-child slots are now 30 min for all ages (newborn stays 40)
 - sick slots 15 min, 2 per hour held until 10am same day
 - ADHD med checks 20 min, only Tue/Thu afternoons
 - sports/camp physicals: Sat urgent clinic NOT for physicals anymore

Please don't book over the lunch block even if a parent begs lol

Gina Ruocco
Front Office Lead
""")

add('clean', 'admin',
    frm='Credentialing <credentialing@keystonekidshp.com>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='Recredentialing due: Marcus Ellery, DO - NPI 1902774518',
    date=(2025, 4, 1, 10, 0),
    body="""Dear Provider Office,

Our records indicate that the following practitioner is due for
recredentialing with Keystone Kids Health Plan:

  Practitioner: Marcus Ellery, DO
  NPI: 1902774518
  Specialty: Pediatrics
  Provider ID: KKP-0088214
  Current credentialing cycle ends: 06/30/2025

Please ensure the practitioner's CAQH profile (CAQH ID 14483902) is attested
within the last 120 days and that the following are current:
  - state medical license (exp. 09/30/2026 on file)
  - DEA registration (exp. 05/31/2025 on file -- EXPIRES SOON)
  - board certification (American Osteopathic Board of Pediatrics)
  - malpractice face sheet

Failure to complete recredentialing may result in termination from the
network. Questions: 1-800-555-0177, option 4.

Provider Network Management
Keystone Kids Health Plan
""")

# =====================================================================
# CLEAN -- lookalike
# =====================================================================

add('clean', 'lookalike',
    frm='Fairhaven Animal Hospital <reminders@fairhavenanimalhosp.com>',
    to='kmarr.home@gmail.com',
    subj='Biscuit is due for vaccines!',
    date=(2024, 9, 4, 8, 30),
    body="""Hi Kelsey,

Our records show that Biscuit (Patient ID 44817, canine, Golden Retriever,
4 yrs) is due for the following:

  - Rabies (3 yr)            due 09/12/2024
  - DHPP booster             due 09/12/2024
  - Heartworm test (4Dx)     due 09/30/2024
  - Annual wellness exam     due 09/30/2024

At his last visit Dr. Sorensen noted mild tartar buildup and an ear
infection in the left ear (resolved after drops). Weight 71.2 lb.

Book online or call (555) 012-6600. Owner account #: FAH-20877.

Wags and purrs,
Fairhaven Animal Hospital
""")

add('clean', 'lookalike',
    frm='Harbor Federal Credit Union <alerts@harborfcu.org>',
    to='tbiel.personal@yahoo.com',
    subj='Your eStatement is ready - Member #00391847',
    date=(2024, 11, 1, 5, 12),
    body="""Dear Tomasz Biel,

Your October 2024 eStatement for Member #00391847 is now available in
online banking.

  Share Savings (S01)      ending balance  $2,410.55
  Checking (S10)           ending balance  $1,118.02
  Auto Loan (L30)          next payment    $312.44 due 11/15/2024

Reminder: Harbor FCU will never ask for your PIN, password or full account
number by email or phone. If you receive a suspicious call, hang up and call
us at (555) 010-2200.

Harbor Federal Credit Union | Federally insured by NCUA
Routing 211384491
""")

add('clean', 'lookalike',
    frm='IronPeak Fitness <coach@ironpeakfit.com>',
    to='dalvarez.fit@gmail.com',
    subj='Your InBody scan results + 8 week program',
    date=(2025, 1, 20, 18, 45),
    body="""Hey Destiny!

Great job at your baseline scan Saturday. Here are your numbers (Member ID
IPF-55203):

  Weight ........... 148.6 lb
  Skeletal muscle .. 58.2 lb
  Body fat % ....... 29.4
  Visceral fat ..... 7
  BMR .............. 1,402 kcal

Your 8-week "Reset" program starts Monday: strength 3x/wk, zone 2 cardio
2x/wk, and we'll recheck on 3/17. Remember this is not medical advice -- if
your knee acts up during lunges, swap to step-ups and let me know.

Coach Dani Whitlock, NASM-CPT
IronPeak Fitness | 555-016-7070
""")

add('clean', 'lookalike',
    frm='SkyHarbor Airlines <reservations@skyharborair.com>',
    to='apham.travel@gmail.com',
    subj='Itinerary confirmation - Record Locator QX7T2M',
    date=(2025, 3, 28, 12, 3),
    body="""Your trip is confirmed!

Record locator: QX7T2M
Ticket number: 0162104477823
Passenger: PHAM/ANJALI MS
SkyMiles #: SH 338 104 772

  Flight SH 1422  Thu 24 Apr  FHV 07:05 -> ORD 08:40  Seat 14C
  Flight SH 1987  Sun 27 Apr  ORD 17:50 -> FHV 21:15  Seat 9A

Fare class: Main (K). 1 checked bag included.
Special requests: none.

Traveling to a conference? Add trip insurance for $24.80 -- covers trip
cancellation due to illness, medical emergencies abroad and baggage delay.

SkyHarbor Airlines Customer Care 1-800-555-0121
""")

add('clean', 'lookalike',
    frm='Claims - Granite Mutual Auto <claims@granitemutual.com>',
    to='marcus.ellery@outlook.com',
    subj='Claim 24-AU-0778192 - estimate approved',
    date=(2024, 12, 11, 14, 20),
    body="""Dear Marcus Ellery,

Re: Claim number 24-AU-0778192
Policy number: GMA-3310984-02
Date of loss: 12/03/2024
Vehicle: 2021 Subaru Outback, VIN ending 4471

Your repair estimate from Linden Auto Body ($3,184.60) has been approved.
Your collision deductible of $500 applies. No injuries were reported by
either party at the time of the claim; if that changes, please contact your
adjuster so a separate medical payments file can be opened.

Rental coverage: up to 14 days at $40/day, authorized through 12/27.

Adjuster: Felicity Marrone, (555) 014-3300 ext 218

Granite Mutual Insurance Company
""")

add('clean', 'lookalike',
    frm='Oakline Tree Surgeons <office@oaklinetree.com>',
    to='Ruth Okafor <ruth.okafor.home@gmail.com>',
    subj='Assessment & treatment plan - red oak, 19 Sparrow Ln',
    date=(2024, 6, 12, 16, 10),
    body="""Hi Ruth,

Thanks for having us out Tuesday. Summary of our arborist's assessment:

Specimen: northern red oak, approx. 70 yrs, DBH 31 in.
Diagnosis: early root-collar decay (Ganoderma conks present on the north
side) plus a co-dominant stem with included bark at ~18 ft.
Prognosis: fair. Not an immediate hazard but decline is likely over 5-10 yrs.

Recommended treatment:
  1. Crown reduction surgery on the west limb over the driveway (~20%)
  2. Install a cable/brace system across the co-dominant union
  3. Root-collar excavation + soil decompaction, biostimulant injection
  4. Re-inspect in 12 months (we'll put you on our recall list)

Estimate #EST-5521: $2,740.00. We can schedule the limb surgery in July.

Jonah Friedland, ISA Certified Arborist PN-7731A
Oakline Tree Surgeons | (555) 013-8800
""")

add('clean', 'lookalike',
    frm='Priyam Shah <pshah@clarionpedsehr.com>',
    to='platform-oncall@clarionpedsehr.com',
    subj='postmortem: "patient" worker crash loop in prod-east (INC-7731)',
    date=(2025, 2, 26, 23, 58),
    body="""Quick writeup before I forget, full postmortem Thurs.

What happened
- 21:14 the patient-sync worker (the service that processes the `patient`
  queue, not actual patients lol) started OOM-ing. parent process kept
  respawning the child process, each child died within ~40s
- orphaned child processes (PIDs 48213, 48219, 48240...) held locks on the
  admission table so the discharge job backed up
- pediatric tenant shard (shard-peds-03) had the highest lag, ~22 min

Triage
- heartbeat check failed at 21:16, pager went to me at 21:19
- root cause: batch size config went from 500 -> 5000 in the 2.14.1 deploy
- fix: rolled back config, killed the zombies, restarted the supervisor

Vitals now: p99 latency 180ms, queue depth 0, error rate 0.02%.

No data loss, no PHI exposure, nothing left the VPC.

-- Priyam
""")

# =====================================================================
# CLEAN -- news
# =====================================================================

add('clean', 'news',
    frm='State Chapter of Pediatrics <news@statechapterpeds.org>',
    to='members@lists.statechapterpeds.org',
    subj='Chapter Update: RSV season, nirsevimab supply, and the spring CME',
    date=(2024, 10, 3, 6, 0),
    body="""STATE CHAPTER OF PEDIATRICS -- MEMBER UPDATE, OCTOBER 2024

RSV SEASON IS HERE
Surveillance labs in the southern region report RSV positivity crossing 5%
for two consecutive weeks. Infants under 8 months entering their first season
should receive nirsevimab unless the mother received RSV vaccine at 32-36
weeks at least 14 days before delivery. Children 8-19 months at increased risk
(chronic lung disease of prematurity, severe immunocompromise, cystic fibrosis
with manifestations, American Indian/Alaska Native) are eligible for a
second-season dose.

SUPPLY
The 100 mg presentation remains constrained through November. VFC providers
should order in smaller, more frequent batches. Palivizumab should only be
used where nirsevimab is unavailable.

SCHOOL & SPORTS FORMS
The state athletic association's new pre-participation form (rev. 2024)
replaces all prior versions; old forms will be rejected after 1/1/2025.

SPRING CME
Registration is open for "Asthma, ADHD and Everything In Between" (April
11-12). Early bird ends 1/31.

Unsubscribe | Manage preferences | State Chapter of Pediatrics, PO Box 4410
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#1d5c7a">Member Update &mdash; October 2024</h2>
<h3>RSV season is here</h3>
<p>Surveillance labs in the southern region report RSV positivity crossing 5%
for two consecutive weeks. Infants under 8 months entering their first season
should receive nirsevimab unless the mother received RSV vaccine at 32&ndash;36
weeks at least 14 days before delivery. Children 8&ndash;19 months at increased risk
are eligible for a second-season dose.</p>
<h3>Supply</h3>
<p>The 100 mg presentation remains constrained through November. VFC providers
should order in smaller, more frequent batches.</p>
<h3>School &amp; sports forms</h3>
<p>The state athletic association's new pre-participation form (rev. 2024)
replaces all prior versions; old forms will be rejected after 1/1/2025.</p>
<h3>Spring CME</h3>
<p>Registration is open for <i>Asthma, ADHD and Everything In Between</i> (April 11&ndash;12).</p>
<p style="font-size:8pt;color:#888">Unsubscribe | Manage preferences | State Chapter of Pediatrics, PO Box 4410</p>
</body></html>
""")

add('clean', 'news',
    frm='County Health Department <alerts@fairhavencountyhealth.org>',
    to='healthalert-providers@fairhavencountyhealth.org',
    subj='HEALTH ADVISORY: Measles exposure sites and provider guidance',
    date=(2025, 3, 7, 14, 30),
    body="""FAIRHAVEN COUNTY HEALTH DEPARTMENT
HEALTH ADVISORY #2025-04 -- March 7, 2025

Summary: The department has confirmed 3 measles cases in the county since
February 24, all in unvaccinated children under 10 years of age linked to
international travel. No deaths. Two cases required hospitalization.

Public exposure sites:
  - Fairhaven Public Library, children's area, 3/1, 10:00 am - 1:30 pm
  - Northgate Mall food court, 3/2, 5:00 - 8:00 pm
  - Brightwater Children's ED waiting room, 3/3, 11:00 pm - 3/4 4:00 am

Recommendations for clinicians:
  1. Consider measles in any patient with fever and rash, especially with
     cough, coryza or conjunctivitis. Ask about exposure sites above.
  2. Mask and room suspected patients immediately; do not use the waiting
     room. Airborne precautions.
  3. Report suspected cases IMMEDIATELY by phone (555) 010-9000, 24/7. Do not
     wait for lab confirmation.
  4. Offer early MMR dose to infants 6-11 months traveling internationally.

Immunization coverage, kindergarten, county 2024-25: MMR 2-dose 88.6%
(state target 95%).

This message contains no patient-identifying information. Forward freely to
clinical staff.
""")

add('clean', 'news',
    frm='Corner Apothecary <news@cornerapothecary.com>',
    to='prescribers@lists.cornerapothecary.com',
    subj='RECALL: Children\'s ibuprofen susp 100 mg/5 mL (select lots)',
    date=(2024, 11, 20, 11, 0),
    cte='quoted-printable',
    body="""Dear Prescriber,

We are passing along a voluntary recall issued by the manufacturer, Valemont Consumer Health, of Children's Ibuprofen Oral Suspension 100 mg/5 mL, berry flavor, 4 fl oz bottles, because some units may contain ibuprofen concentrations above specification (up to 10% over label).

Affected lots:  VCH24071A, VCH24071B, VCH24088C   (exp. 06/2026 and 07/2026)
NDC: 0000-5521-04

Recall level: retail/consumer. No adverse events have been reported to date. Infants and young children who may be more susceptible to a higher dose could experience nausea, vomiting, epigastric pain or, rarely, tinnitus, headache and GI bleeding.

What we are doing: affected lots have been pulled from our shelves. Families who bring back a recalled bottle will receive a free replacement from an unaffected lot.

What you can do: advise families asking about fever dosing to check the lot number on the box. Weight-based dosing charts are unchanged.

Questions: Lorena Paik, PharmD, (555) 013-7720.

Corner Apothecary | 418 Main St, Fairhaven
""")

add('clean', 'news',
    frm='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    to='All Staff <allstaff@maplehollowpeds.org>',
    subj='Q3 quality dashboard - we hit the asthma goal!',
    date=(2024, 10, 14, 12, 0),
    body="""Team -- Q3 numbers from the payer quality reports are in. Aggregate only,
no patient detail, so share away.

Measure                                          Q2      Q3     Goal
-----------------------------------------------  ------  -----  -----
Childhood immunization status (Combo 10) @ 2y    71.2%   74.8%   75%
Well-child visits, 3-21 yrs                      62.0%   66.3%   65%
Adolescent immunizations (Combo 2)               48.9%   51.5%   55%
Asthma medication ratio >= 0.50 (5-18 yrs)       78.4%   82.1%   80%
ADHD follow-up within 30 days of new Rx          57.0%   61.9%   60%
Lead screening by 2y                             83.5%   85.0%   85%
Developmental screening first 3 yrs              91.2%   92.7%   90%
Avg. days to 3rd next available WCC              11      8       <=10

Big thanks to the nurse team for the asthma action plan push over the summer
and to the front desk for the recall calls. Next focus: adolescent vaccines
(HPV second dose!) and combo 10.

Pizza Friday.
Paul
""")

add('clean', 'news',
    frm='Elmsford School District Health Services <healthservices@elmsfordschools.org>',
    to='community-providers@elmsfordschools.org',
    subj='Spring 2025: sports physicals, med forms, K entry',
    date=(2025, 2, 10, 9, 15),
    body="""Dear Community Health Care Providers,

As spring sports and kindergarten registration approach, please note:

SPORTS PHYSICALS
- Physicals must be dated on or after April 1 of the prior school year.
- Use the 2024 state pre-participation form ONLY; the cardiac history
  questions on page 1 must be completed and the form signed by an MD, DO,
  NP or PA.

MEDICATION AT SCHOOL
- A new medication authorization is required every school year for any
  medication given at school, including inhalers, epinephrine
  auto-injectors, ADHD medications and seizure rescue medications.
- Students may self-carry inhalers and epinephrine with provider and parent
  signatures on the self-carry section.

KINDERGARTEN ENTRY (fall 2025)
- Required: DTaP 5 doses (or 4 if 4th after age 4), IPV 4, MMR 2, varicella
  2, hep B 3.
- Lead screening documentation is requested but not required.

Forms are at elmsfordschools.org/health. Questions can be directed to the
district nurse coordinator, Alana Whitcombe, RN, 555-016-2000 ext 12.

Elmsford School District Health Services
""")

add('clean', 'news',
    frm='Valemont Pharma Medical Information <medinfo@valemontpharma.com>',
    to='hcp-updates@valemontpharma.com',
    subj='Supply update: methylphenidate ER tablets - Q1 2025',
    date=(2025, 1, 8, 10, 0),
    body="""Dear Healthcare Provider,

This is an update on the availability of Valemont methylphenidate
hydrochloride extended-release tablets (CII).

  18 mg  - available
  27 mg  - limited allocation through February 2025
  36 mg  - available
  54 mg  - backorder, estimated recovery March 2025

The shortage is due to DEA aggregate production quota limits on the active
ingredient, not a quality issue. No recall is associated with this update.

Prescribers may wish to consider alternative strengths (e.g., 18 mg x 3 in
place of 54 mg where appropriate) or alternative formulations. Patients should
not stop stimulant medication abruptly without consulting their prescriber.

For questions, contact Medical Information at 1-800-555-0160.

Valemont Pharmaceuticals -- Medical Affairs
This communication is intended for US healthcare professionals only.
""")

# =====================================================================
# CLEAN -- staff
# =====================================================================

add('clean', 'staff',
    frm='Mireille Caron <mcaron@maplehollowpeds.org>',
    to='Nurse Team <nurses@maplehollowpeds.org>',
    cc='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='updated newborn weight check protocol (draft - comments by Fri)',
    date=(2024, 9, 16, 13, 0),
    body="""Hi all, here's the draft we talked about at the staff meeting. Dr. Pham
already looked at it. Comments by Friday please.

NEWBORN WEIGHT CHECK -- NURSE VISIT PROTOCOL (draft v3)

1. Weigh naked, same scale if possible. Record % change from birth weight.
2. Loss < 7% and feeding well (8+ feeds, 6+ wet by day 6): routine, next
   visit at 2 wk WCC.
3. Loss 7-10%: same-day lactation consult if Mireille is in; otherwise
   schedule within 48h and recheck weight in 48h.
4. Loss > 10%, or not back to birth weight by day 14: provider must see
   the baby same day. Consider bili if jaundiced.
5. Any of: lethargy, < 4 wet diapers/24h after day 4, fever >= 100.4 F
   rectal, bilious vomiting -> provider NOW / ED.
6. Always ask about maternal pain, fever, breast redness -- refer mom to her
   OB if concerns (we don't treat mom, but we do document that we referred).

Expected gain after day 5: ~20-30 g/day.

Mireille Caron, IBCLC
""")

add('clean', 'staff',
    frm='Marcus Ellery DO <mellery@maplehollowpeds.org>',
    to='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    subj='curbside',
    date=(2024, 10, 24, 12, 40),
    body="""Ruth -- curbside when you have a sec. Saw a 3yo boy yesterday with 6 days of
fever, red cracked lips, a rash on the trunk and peeling around the nails just
starting. No conjunctivitis. Sent him to the ED for labs and echo -- does that
seem right or am I jumping too fast with only 3 criteria? ED is treating as
incomplete Kawasaki, IVIG this am.

Not the first one I've seen this fall either. I'm wondering if we should do a
5 min refresher at huddle on incomplete KD criteria.

M""")

add('clean', 'staff',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='Nurse Team <nurses@maplehollowpeds.org>',
    subj='Thanksgiving nurse line coverage - need 1 more',
    date=(2024, 11, 12, 15, 50),
    body="""Hi nurses,

PedsLine covers overnight, but we still need one of us to return the
non-urgent callbacks Thanksgiving morning and Friday 11/29 (remote, 8-12).

So far:
  Thu 11/28 -- Tomasz
  Fri 11/29 -- ???

Time-and-a-half per Paul. Reply all if you can take it, first come first
served. If nobody does I'll take it but then I need someone for Xmas eve.

Also reminder: the nurse line laptop needs its VPN update before then,
bring it by IT Tuesday.

Kelsey Marr, RN
Nurse Team Lead
""")

add('clean', 'staff',
    frm='Ruth Okafor MD <rokafor@maplehollowpeds.org>',
    to='Providers <providers@maplehollowpeds.org>',
    subj='stimulant shortage - how is everyone handling switches?',
    date=(2025, 1, 10, 8, 5),
    body="""Morning all,

With the methylphenidate ER shortage (see the Valemont notice), I've had 4
families this week whose pharmacy can't fill. How are you all handling it?

What I've been doing:
 - if the strength is out, split into two smaller tabs of the same product
   (e.g., 18 x 2 for 36) -- most pharmacies have 18
 - if the whole product is out, switch to a methylphenidate patch or to
   dexmethylphenidate XR at roughly half the MPH dose, and see them back in
   2-3 weeks instead of 3 months
 - calling 2-3 pharmacies before sending the script

Should we make a shared list of which local pharmacies have what? The front
desk could update it weekly. Also, does anyone know if Keystone is waiving PA
for alternate strengths during the shortage?

Ruth Okafor, MD, FAAP
""")

add('clean', 'staff',
    frm='Anjali Pham MD <apham@maplehollowpeds.org>',
    to='Nurse Team <nurses@maplehollowpeds.org>',
    cc='Providers <providers@maplehollowpeds.org>',
    subj='asthma action plan template v2 is live in the EHR',
    date=(2024, 8, 1, 17, 22),
    body="""Hi everyone,

The new asthma action plan template is live (Clarion > Letters > "AAP
2024"). Changes:

  - green/yellow/red zones now pull the controller + rescue meds from the
    med list automatically -- CHECK them before printing
  - added SMART therapy wording for kids on budesonide-formoterol
  - self-carry checkbox for school built into page 2, so we don't need the
    separate district form anymore (Tamsin at Elmsford confirmed)
  - Spanish version available, Vietnamese coming in Sept

For back-to-school, please print a new plan for every asthma patient seen
between now and 9/15, and send it to the school nurse with the med auth.

Thanks!
Anjali

Anjali Pham, MD
Medical Director, Maple Hollow Pediatrics
""")

add('clean', 'staff',
    frm='Tomasz Biel <tbiel@maplehollowpeds.org>',
    to='Anjali Pham MD <apham@maplehollowpeds.org>',
    subj='catch-up question (general)',
    date=(2025, 2, 18, 11, 30),
    body="""Dr P, general question for when we get these -- for an internationally
adopted toddler (say ~14 months) who arrives with no reliable records at all,
do we:

 a) start the catch-up schedule from scratch, or
 b) draw titers first (measles/mumps/rubella, varicella, hep B, tetanus,
    diphtheria, polio) and only vaccinate for what's negative?

I've seen both at my old clinic. Also is the TB test IGRA or TST at that age?
Want to have a standard order set ready before the adoption agency families
start calling (they said they have 3 coming this spring).

Thanks,
Tomasz""")

add('clean', 'staff',
    frm='Mireille Caron <mcaron@maplehollowpeds.org>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='Re: breast pump loaner program - policy question',
    date=(2024, 7, 22, 10, 45),
    body="""Paul,

Answers to your questions from Friday:

- We have 6 hospital-grade pumps (2 are out for repair). Each loan is max 4
  weeks, renewable once. Families sign the loaner agreement and leave a card
  imprint -- no deposit for Medicaid families.
- Cleaning: the pumps are closed-system; we only wipe the exterior with the
  purple-top wipes between families. Kits are single-user and the family keeps
  them.
- Tracking: the sign-out sheet lives in my office. I'd love to move it into a
  simple inventory log (serial #, date out, date back, condition) without any
  family info in it -- the agreements already live in the chart.
- Budget: replacement motor units are ~$380 each.

Happy to talk more Wednesday.

Mireille
> Can you send me a summary of how the pump loaner program works today?
> The board wants to know if we should expand it. -P
""")

# =====================================================================
# CLEAN -- training
# =====================================================================

add('clean', 'training',
    frm='Carla Fenwick <cfenwick@maplehollowpeds.org>',
    to='New Hires <newhires@maplehollowpeds.org>',
    subj='EHR training homework - use the TEST patients only!',
    date=(2024, 9, 5, 16, 0),
    body="""Welcome again to our new MAs and front desk folks!

Before Monday's session please log into the Clarion TRAINING environment
(not production -- the banner should be orange) and complete these steps
using the practice patients ONLY:

  ZZTEST, PEDSBABY     MRN 000000001   DOB 01/01/2024
  ZZTEST, SCHOOLAGE    MRN 000000002   DOB 01/01/2016
  ZZTEST, TEEN         MRN 000000003   DOB 01/01/2009

1. Check in ZZTEST, PEDSBABY for a 2 month well visit
2. Enter vitals (make them up) and a fake vaccine (lot TEST123)
3. Print an after-visit summary to the PDF printer
4. Send a portal message to ZZTEST, TEEN -- note how the adolescent
   confidentiality flag changes what the parent proxy sees

Never practice on a real chart, even your own kid's. The training
environment resets every Sunday night.

Carla Fenwick
HR & Training
""")

add('clean', 'training',
    frm='Brooke Tennant <btennant@nestportal.io>',
    to='Paul Whitacre <pwhitacre@maplehollowpeds.org>',
    subj='NestPortal demo recap + sandbox login',
    date=(2024, 10, 9, 17, 30),
    body="""Hi Paul,

Thanks for the time today! Recap of the parent-portal demo:

 - Proxy access: in the demo, parent "Jane Doe" managed two sample kids,
   "Baby Doe" (newborn) and "Johnny Doe" (age 7), from one login
 - Teen access at 12+ with confidential notes hidden from proxy
 - Forms center: sample camp form pre-filled from the sample record
   (allergies: "sample allergy"; meds: "Sample Med 5 mg")
 - Self-scheduling for sick visits with nurse-line triage questions

Sandbox: https://sandbox.nestportal.io/maplehollow
  user: demo.parent@nestportal.io / pw sent separately
All data in the sandbox is synthetic.

Pricing proposal to follow by Friday.

Brooke Tennant
Account Executive, NestPortal | 555-012-4040
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Paul,</p>
<p>Thanks for the time today! Recap of the parent-portal demo:</p>
<ul>
<li><b>Proxy access:</b> in the demo, parent &ldquo;Jane Doe&rdquo; managed two sample kids,
&ldquo;Baby Doe&rdquo; (newborn) and &ldquo;Johnny Doe&rdquo; (age 7), from one login</li>
<li><b>Teen access</b> at 12+ with confidential notes hidden from proxy</li>
<li><b>Forms center:</b> sample camp form pre-filled from the sample record
(allergies: &ldquo;sample allergy&rdquo;; meds: &ldquo;Sample Med 5 mg&rdquo;)</li>
<li><b>Self-scheduling</b> for sick visits with nurse-line triage questions</li>
</ul>
<p>Sandbox: <a href="https://sandbox.nestportal.io/maplehollow">sandbox.nestportal.io/maplehollow</a><br>
user: demo.parent@nestportal.io / pw sent separately<br>
<i>All data in the sandbox is synthetic.</i></p>
<p>Pricing proposal to follow by Friday.</p>
<p>Brooke Tennant<br>Account Executive, NestPortal | 555-012-4040</p>
</body></html>
""")

add('clean', 'training',
    frm='Corey Blanchard <cblanchard@brightwaterchildrens.org>',
    to='Tomasz Biel <tbiel@maplehollowpeds.org>',
    cc='Lab Results Inbox <labinbox@maplehollowpeds.org>',
    subj='Interface validation - test ORU to send tomorrow 10am',
    date=(2024, 8, 27, 15, 12),
    body="""Tomasz,

For tomorrow's lab interface validation we'll push the test message below
into your TEST inbound queue. Please confirm it files to the TEST patient and
that the H flag displays. Do not file anything to production.

MSH|^~\\&|BWLAB|BRIGHTWATER|MHPEHR|MAPLEHOLLOW|202408281000||ORU^R01|TEST0001|T|2.5.1
PID|1||999999999^^^MHP^MR||ZZTEST^INTERFACE^A||20200101|U|||123 TEST ST^^TESTVILLE^^00000
OBR|1|TESTORD1|TESTFIL1|5671-3^Lead [Mass/volume] in Blood^LN|||202408280900
OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||9.9|ug/dL|<3.5|H|||F

Processing ID is T (training), so your engine should reject it if it arrives
on the production port.

Corey Blanchard
Interface Analyst II, Brightwater Children's IS
""" + BWDISC)

add('clean', 'training',
    frm='Kelsey Marr <kmarr@maplehollowpeds.org>',
    to='New Hires <newhires@maplehollowpeds.org>',
    subj='nurse line documentation - sample note',
    date=(2024, 9, 12, 11, 0),
    body="""Here's the sample telephone encounter we went over today. This is a MADE UP
call (the "patient" is our training persona Jane Sample) -- use it as the
pattern for your own notes.

---------------- SAMPLE RECORD -- NOT A REAL PATIENT ----------------
Caller: mother of Jane Sample (training persona), age 4
Reason: fever 102.5 x 1 day, drinking ok, no rash, no trouble breathing
Protocol: Fever - Child 3mo-5y
Disposition: home care; call back if fever > 72h, rash, lethargy, or
breathing difficulty
Advice: acetaminophen per weight chart, fluids, comfort measures
Caller verbalized understanding. Call back # confirmed (on file).
--------------------------------------------------------------------

Things I look for when I audit your notes:
 - the protocol name
 - disposition matches the protocol
 - "verbalized understanding"
 - time of call + time of callback

Kelsey""")

add('clean', 'training',
    frm='Nate Oduya <noduya@clarionpedsehr.com>',
    to='Tomasz Biel <tbiel@maplehollowpeds.org>',
    subj='FHIR sandbox for the registry pilot - sample payload',
    date=(2025, 2, 5, 9, 48),
    body="""Hi Tomasz,

As promised, here is the sample payload from our public FHIR sandbox so your
team can see what we'll send to the registry. The patient is one of the
vendor's synthetic test records -- none of this is real data.

{
  "resourceType": "Patient",
  "id": "example-peds-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Pediatric", "Sample"]}],
  "gender": "unknown",
  "birthDate": "2020-01-01"
}
{
  "resourceType": "Immunization",
  "status": "completed",
  "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "08", "display": "Hep B, adolescent or pediatric"}]},
  "patient": {"reference": "Patient/example-peds-001"},
  "occurrenceDateTime": "2020-01-02",
  "lotNumber": "SAMPLE-LOT"
}

Sandbox base URL: https://fhir-sandbox.clarionpedsehr.com/r4

Nate Oduya
Integration Engineer | Clarion Peds EHR
""")

add('clean', 'training',
    frm='Simulation Center <simcenter@brightwaterchildrens.org>',
    to='Providers <providers@maplehollowpeds.org>',
    cc='Nurse Team <nurses@maplehollowpeds.org>',
    subj='Office emergency drill 11/14 - anaphylaxis scenario',
    date=(2024, 11, 4, 13, 15),
    body="""Hello Maple Hollow team,

Confirming our in-situ simulation at your office on Thursday 11/14, 12:15-1:15.

Scenario: "Sim patient Timmy Manikin", 6 yo (SimJunior manikin), develops
hives, wheeze and hypotension 5 minutes after a (pretend) vaccine in Exam 2.
Expected actions:
  - recognize anaphylaxis, call for help, call 911
  - IM epinephrine 0.3 mg (weight 22 kg on the sim chart) within 5 min
  - position, O2, second dose at 5-15 min if no improvement
  - document on the office emergency log (sample form provided)

Please check your emergency cart before the drill -- we'll also practice
opening it and checking expiration dates. No real medications will be given;
we bring training auto-injectors.

Debrief 1:00-1:15 in the break room.

Lena Okonjo, MSN, RN, CHSE
Simulation Educator, Brightwater Children's Simulation Center
""" + BWDISC)


# =====================================================================
# write everything
# =====================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, (label, kind, patient, kw) in enumerate(MESSAGES, start=1):
        n = counters.get((label, kind), 0) + 1
        counters[(label, kind)] = n
        fname = '%s-%s-%03d.eml' % (label, kind, n)
        msg = build(i, kw)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, label, kind, patient if label == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counters):
        print('%s-%s: %d' % (k[0], k[1], counters[k]))
    print('total: %d' % len(rows))


if __name__ == '__main__':
    main()
