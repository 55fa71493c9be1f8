#!/usr/bin/env python3
"""Blind evaluation set prose15b: hand-written pediatric / behavioral-health mail.
Standard library only, deterministic. Writes <label>-<kind>-NNN.eml and labels.csv."""
import csv, io, os, sys, zipfile, hashlib
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, patient, build):
    MSGS.append((label, kind, patient, build))

def mk(frm, to, subj, date, body=None, html=None, cc=None, charset='utf-8', cte=None,
       atts=(), hdrs=None, mid_dom=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = mid_dom or frm.split('@')[-1].strip('> ')
    h = hashlib.sha1((frm + subj + date).encode('utf-8')).hexdigest()[:16]
    m['Message-ID'] = '<%s.%s@%s>' % (h[:8], h[8:], dom)
    for k, v in (hdrs or {}).items():
        m[k] = v
    kw = {}
    if cte:
        kw['cte'] = cte
    if body is not None:
        m.set_content(body, charset=charset, **kw)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset)
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, **kw)
    for a in atts:
        fn, data, ctype = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if maintype == 'message':
            m.add_attachment(data)  # an EmailMessage
            continue
        if isinstance(data, str):
            if maintype == 'text':
                m.add_attachment(data, subtype=subtype, filename=fn,
                                 charset=(a[3] if len(a) > 3 else 'utf-8'))
                continue
            data = data.encode('utf-8')
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return m

def zipped(name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
        z.writestr(zi, text.encode('utf-8'))
    return b.getvalue()

SIG_LCH = """--
Lakemont Children's Hospital
1400 Orchard Ridge Pkwy, Fairhaven
CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged or
confidential. If you received it in error, please notify the sender and delete it."""

HTML_HEAD = """<html><head><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px}
.sig{color:#555;font-size:9pt} .disc{color:#888;font-size:8pt}
</style></head><body>"""
HTML_TAIL = """<p class="disc">This message and any attachments are intended only for the addressee
and may contain confidential information. Lakemont Children's Hospital / Cedar Valley Behavioral
Health Network.</p></body></html>"""

# ---------------------------------------------------------------- 001
add('phi', 'phi-care', 'Okafor', lambda: mk(
    '"Reyes, Marisol RN" <mreyes2@lakemontchildrens.org>',
    'NICU Charge <nicu-charge@lakemontchildrens.org>',
    'bed 14 - repeat head US tomorrow', 'Mon, 02 Nov 2026 05:41:12 -0500',
    """Night summary for the day team re: Baby Boy Okafor (bed 14, twin A).

- repeat head ultrasound booked 0830 tomorrow, radiology confirmed
- OG feeds advanced to 22 mL q3h overnight, tolerated, no residuals
- bili at 0400 was 9.8, phototherapy stays off per Dr. Anand
- mom (Chiamaka) called at 0200, told her about the US, she'll come for rounds

Twin B is in bed 15 and had a quiet night, nothing new.

Marisol
"""))

# ---------------------------------------------------------------- 002
add('clean', 'clean-lookalike', '', lambda: mk(
    'Eastbrook Middle School <news@eastbrookusd.org>',
    'Eastbrook Families <families-ems@lists.eastbrookusd.org>',
    'The Eagle Eye - November newsletter: honor roll, flu clinic, picture retakes',
    'Fri, 06 Nov 2026 15:02:00 -0500', None, html=HTML_HEAD.replace('Calibri', 'Georgia') + """
<h2>The Eagle Eye &mdash; November 2026</h2>
<p>Dear Eastbrook families, what a first quarter! A few highlights below.</p>
<h3>First Quarter Honor Roll</h3>
<table><tr><th>Grade 6</th><th>Grade 7</th><th>Grade 8</th></tr>
<tr><td>Amara Kessler</td><td>Dylan Oyelaran</td><td>Sofia Marchetti</td></tr>
<tr><td>Tuan Nguyen</td><td>Priya Raghunathan</td><td>Elijah Brooks</td></tr>
<tr><td>Lily Chen</td><td>Mateo Alvarez</td><td>Hannah Weiss</td></tr></table>
<h3>Flu shot clinic</h3>
<p>The county health department will hold a free flu vaccine clinic in the gym on
<b>Nov 18, 3:30&ndash;6:00 pm</b>. Open to all students and family members, no insurance needed.
Consent forms are at the front office.</p>
<h3>Picture retakes</h3><p>Retakes are Tuesday Nov 17. Bring your proof sheet.</p>
<p>Go Eagles!<br>Ms. Danielle Forde, Principal</p></body></html>"""))

# ---------------------------------------------------------------- 003
add('phi', 'phi-lang', 'Hernández', lambda: mk(
    '"Yesenia Hernández" <yesi.hdz84@gmail.com>',
    'Citas Pediatría <citas@lakemontchildrens.org>',
    'cita de mi hijo Santiago', 'Tue, 03 Nov 2026 19:22:40 -0600',
    """Buenas tardes,

Les escribo porque mi hijo Santiago Hernández Ruiz (nació el 14/03/2019) tenía cita
con el gastroenterólogo el jueves 5 a las 10:20 y no voy a poder llevarlo porque
me cambiaron el turno en el trabajo. ¿Se puede pasar para la semana que viene,
de preferencia en la tarde?

También quería preguntar si todavía tiene que hacerse los análisis de sangre antes
de la cita o si ya con los que le hicieron en septiembre es suficiente. La
doctora dijo algo de la celiaquía pero no entendí bien.

Mi número es 317-204-6619, me pueden mandar mensaje.

Gracias,
Yesenia Hernández
""", charset='iso-8859-1', cte='quoted-printable'))

# ---------------------------------------------------------------- 004
add('clean', 'clean-staff', '', lambda: mk(
    '"Tran, Bao (Child Life)" <btran@lakemontchildrens.org>',
    'All 4 West <4west-all@lakemontchildrens.org>',
    'Toy drive volunteers - sign up for a shift!', 'Mon, 09 Nov 2026 08:15:03 -0500',
    """Hi all,

The Child Life holiday toy drive is back. We need volunteers to sort and wrap on
Dec 10-12 in the Atrium conference room. Shifts are 2 hours.

Current sign-ups:
  Dec 10 0900-1100  Kayla Moreno, Jon Petrakis
  Dec 10 1300-1500  (open)
  Dec 11 0900-1100  Aisha Bello
  Dec 11 1500-1700  (open) (open)
  Dec 12 1000-1200  Greg Lindqvist, Ruth Adeyemi

Reminder: new, unwrapped toys only, no stuffed animals (infection control rule),
and nothing with button batteries. Teen gift cards are the most needed item -
the teens on 4 West always get forgotten.

Thanks!!
Bao Tran, CCLS
"""))

# ---------------------------------------------------------------- 005
add('phi', 'phi-struct', 'Delacroix', lambda: mk(
    'Interface Engine <hl7-alerts@lakemontchildrens.org>',
    'Lab IS Support <lab-is@lakemontchildrens.org>',
    '[ALERT] ORU rejected - unknown OBX code (HELIXPT)', 'Wed, 04 Nov 2026 02:13:55 -0500',
    """Channel: HELIXPOINT_GENOMICS_IN
Error: OBX-3 code 81479-VAR not mapped in result dictionary. Message held in queue.
Queue position 1 of 1. Raw message below.

MSH|^~\\&|HELIXPT|HELIXPOINT|EPIC|LCH|20261104021301||ORU^R01|HX88213094|P|2.5.1
PID|1||LC00482217^^^LCH^MR||DELACROIX^AMELIE^R||20180722|F|||88 Birchwood Ln^^Fairhaven^OH^44702||(330)555-0148
PV1|1|O|GENCLINIC^^^LCH
ORC|RE|LC-ORD-559120|HX-26-0041187
OBR|1|LC-ORD-559120|HX-26-0041187|81479^Whole exome sequencing, trio|||20261002||||||||BLOOD|ODUYA^MICHAEL^^^MD
OBX|1|ST|81479-VAR^Variant^L||MECP2 c.916C>T p.(Arg306Cys) heterozygous||||||F
OBX|2|ST|81479-CLS^Classification^L||Pathogenic||||||F
OBX|3|TX|81479-INT^Interpretation^L||De novo; parental samples negative. See full report.||||||F

-- automated message, do not reply --
""", atts=[('HX88213094.hl7', """MSH|^~\\&|HELIXPT|HELIXPOINT|EPIC|LCH|20261104021301||ORU^R01|HX88213094|P|2.5.1\r
PID|1||LC00482217^^^LCH^MR||DELACROIX^AMELIE^R||20180722|F\r
""", 'application/octet-stream')]))

# ---------------------------------------------------------------- 006
add('clean', 'clean-admin', '', lambda: mk(
    'Camp Tall Pines <office@camptallpines.org>',
    'undisclosed-recipients:;',
    '2027 Summer Session - packing list & medication policy',
    'Thu, 12 Nov 2026 10:00:00 -0500', """Hello Tall Pines families!

Registration for Summer 2027 is open. Please read the packing list and our medication
policy before your camper's health form is due (March 1).

PACKING LIST
 - sleeping bag + pillow
 - 2 swimsuits, 1 towel for swim, 1 for shower
 - closed-toe shoes for the ropes course
 - refillable water bottle (labeled!)
 - flashlight, extra batteries
 - NO phones, NO food in cabins

MEDICATION POLICY
All medications, including vitamins and over-the-counter allergy medicine, must be
handed to the camp nurse at check-in in the ORIGINAL pharmacy container. Inhalers and
epinephrine auto-injectors may be carried by the camper if the physician signs section
4 of the health form. Medications are given at breakfast, lunch, dinner and bedtime
only. Please don't send pill organizers.

Questions? Call the office at 614-882-3107.

Happy camping,
Rob & Jeanne Whitcomb, Directors
"""))

# ---------------------------------------------------------------- 007
add('phi', 'phi-self', 'Bekele', lambda: mk(
    'MyLakemont Portal <noreply@mylakemont.org>',
    'Adolescent Medicine Pool <adolmed@lakemontchildrens.org>',
    'New patient message: "question about my meds"', 'Sat, 07 Nov 2026 23:48:10 -0500',
    """You have a new message from a patient portal user.

Patient: Bekele, Hanna   MRN: LC00391054
Sent by: patient (proxy access: none)

----- message -----
hi its hanna. i started the sertraline 2 weeks ago like dr. sato said and honestly
i dont feel any different except i cant sleep. is that normal?? also my mom doesnt
know i'm messaging, i'd rather she didnt see this if thats possible. i have my
follow up on the 19th but i dont know if i can wait that long. i'm not going to do
anything bad i just feel really tired of everything
----- end -----

Reply via the portal inbox. Messages are triaged within 1 business day.
"""))

# ---------------------------------------------------------------- 008
add('phi', 'phi-lists', 'Kowalczyk', lambda: mk(
    '"Nwosu, Ifeoma" <inwosu@cvbh.org>',
    '"Eating Disorders Team" <edp-team@cvbh.org>',
    'weekly weights / PHP census wk of 11/9', 'Mon, 09 Nov 2026 07:30:22 -0500',
    """Team - census for partial hospitalization this week. Please check your kids before huddle.

Pt                   Age  Wk  %mBMI  Trend   Notes
Kowalczyk, Julia     15   6   84     up      pass for Thanksgiving pending
Ferreira, Gabriel    13   2   78     flat    NG discussion w/ parents Wed
Abernathy, Rose      16   9   92     up      step-down to IOP 11/20
Lindgren, Maya       14   1   --     new     intake labs pending (phos, Mg)
Osei, Abena          17   4   81     down    purging reported, EKG today

Family meals: Ferreira + Lindgren Tue, Kowalczyk Thu.

Ifeoma Nwosu, RD, CEDS
Cedar Valley Behavioral Health - Eating Disorder Program
"""))

# ---------------------------------------------------------------- 009
add('clean', 'clean-news', '', lambda: mk(
    'Lakemont Newsroom <newsroom@lakemontchildrens.org>',
    'All Staff <allstaff@lakemontchildrens.org>',
    'Lakemont NICU earns Level IV designation', 'Tue, 10 Nov 2026 12:00:00 -0500',
    """FOR IMMEDIATE RELEASE

Lakemont Children's Hospital's Neonatal Intensive Care Unit has been verified as a
Level IV NICU by the state Department of Health, the highest designation available.

The 64-bed unit cared for 1,118 infants in fiscal year 2026, including 143 born
before 28 weeks' gestation. Survival without major morbidity for infants born at
24-27 weeks rose to 71 percent, up from 63 percent three years ago.

"This is about every nurse, therapist and family who sits at a bedside at 3 a.m.,"
said Dr. Priyanka Anand, medical director of neonatology.

The designation follows a two-day site visit in September. The unit will expand
its neonatal surgical program and add six single-family rooms in 2027.

Media contact: Carla Benning, 330-418-2270
"""))
# ---------------------------------------------------------------- 010
add('phi', 'phi-ids', 'Pham', lambda: mk(
    'Claims Ops <claimsops@sunpathhealth.com>',
    'pbo-followup@lakemontchildrens.org',
    'RE: denial 4471', 'Wed, 11 Nov 2026 14:05:51 -0500',
    """Member ID SPK-20418873-02
DOS 10/14/2026
Claim 2026287Q00419
Denied CARC 197 - no prior auth on file for 70553.

If auth was obtained please send the auth # and we'll reprocess. Otherwise submit
a retro request through the provider portal within 30 days.

--Dana, Sunpath Kids Health Plan Claims

> -----Original Message-----
> From: PBO Follow-up
> Sent: Tuesday, November 10, 2026 4:12 PM
> Subject: denial 4471
>
> Pham, Kevin DOB 02/09/2014 - can you tell us why this was denied? Thx
"""))

# ---------------------------------------------------------------- 011
add('clean', 'clean-training', '', lambda: mk(
    '"Dr. Lena Voss" <lvoss@cvbh.org>',
    'CAP Fellows <cap-fellows@cvbh.org>',
    'Case conference Thursday - de-identified vignette attached', 'Mon, 09 Nov 2026 17:44:00 -0500',
    """Fellows,

For Thursday's case conference, please read the vignette below. Identifying details
have been changed; do not try to figure out who this is, and please don't discuss
it outside the room.

"A 14-year-old in foster care presents to the ED after ingesting an unknown quantity
of a family member's medication. This is the third placement in 18 months. School
reports declining grades and peer conflict. The teen endorses passive SI for 'about
a year' and describes nightmares. Caseworker is new to the case. Biological mother
has intermittent supervised visits."

Questions:
 1. What further history do you want, and from whom?
 2. Differential beyond MDD with suicidality?
 3. How does placement instability change your disposition planning?
 4. Who holds consent for psychotropics in our state for a child in custody?

Bring your answers, 8am, room B214.
Lena
"""))

# ---------------------------------------------------------------- 012
add('phi', 'phi-names', 'Alvarado', lambda: mk(
    '"Gutierrez, Paola (CPT)" <pgutierrez@lakemontchildrens.org>',
    '"Whitfield, Dr. Simone" <swhitfield@lakemontchildrens.org>',
    "Re: Alvarado kids - skeletal survey done", 'Thu, 05 Nov 2026 16:20:33 -0500',
    """Simone,

Skeletal survey on Mateo came back with the two posterior rib fractures you
suspected, different ages per radiology. Lucia's survey was negative. Both are
still on 5 South with a sitter.

I spoke with the stepdad (Ramon Ochoa) and grandma; CPS worker is Tasha Greer from
Marlow County, she's coming at 6. Mom wasn't reachable.

Can you write the addendum to your consult tonight so Tasha has it?

Paola Gutierrez, MSW
Child Protection Team

-----Original Message-----
From: Whitfield, Dr. Simone
Sent: Thursday, November 5, 2026 11:02 AM
To: Gutierrez, Paola (CPT)
Subject: Alvarado kids

Can you make sure the sibling gets a survey too? The 7 mo is the one I'm worried
about but protocol says under-2 siblings get one.
"""))

# ---------------------------------------------------------------- 013
add('clean', 'clean-lookalike', '', lambda: mk(
    'Fairhaven Animal Rescue League <adopt@fairhavenarl.org>',
    'friends@fairhavenarl.org',
    'Meet Biscuit, Pepper & Juno this Saturday - adoption event!', 'Wed, 11 Nov 2026 09:00:00 -0500',
    None, html=HTML_HEAD + """
<h2>Adoption Saturday at Pet Haven Supply, 11am&ndash;3pm</h2>
<table>
<tr><th>Name</th><th>Age</th><th>Notes</th></tr>
<tr><td>Biscuit</td><td>3 yrs</td><td>Beagle mix. Heartworm negative, neutered, microchipped. On a
prescription kidney diet &mdash; adopter gets a free first bag.</td></tr>
<tr><td>Pepper</td><td>8 mo</td><td>DSH kitten, FIV/FeLV negative, spayed, finished her
antibiotics for an eye infection last week.</td></tr>
<tr><td>Juno</td><td>6 yrs</td><td>Lab. Had a dental cleaning and two extractions in October;
needs a home without stairs because of her hips.</td></tr></table>
<p>All adoptions include first vaccines and a vet check at Fairhaven Veterinary Clinic.
Kids welcome (with an adult). Questions: Gloria at 330-742-1185.</p>
</body></html>"""))

# ---------------------------------------------------------------- 014
add('phi', 'phi-lang', 'Nguyễn', lambda: mk(
    '"Trần Thị Mai" <maitran.fhv@yahoo.com>',
    'Phòng khám Nha khoa Little Molars <frontdesk@littlemolarsdental.com>',
    'Con tôi bị đau răng sau khi trám', 'Sun, 08 Nov 2026 20:11:09 -0500',
    """Chào phòng khám,

Tôi là mẹ của bé Nguyễn Minh Khang (học lớp 2 trường Eastbrook Elementary). Thứ Sáu
vừa rồi bé được bác sĩ Patel trám 2 răng hàm dưới bên trái. Từ tối hôm qua bé kêu đau
nhiều, má hơi sưng và không chịu ăn. Tôi đã cho uống Tylenol trẻ em nhưng vẫn còn đau.

Tôi có cần mang bé vào khám lại ngày mai không? Bé có bảo hiểm Sunpath, số thẻ
SPK-30771452-01.

Số điện thoại của tôi: 330-619-2284. Tôi nói tiếng Anh không giỏi, nếu có người
nói tiếng Việt gọi thì tốt quá.

Cảm ơn,
Trần Thị Mai
"""))

# ---------------------------------------------------------------- 015
add('phi', 'phi-care', 'Castellanos', lambda: mk(
    '"Fowler, Kendra PharmD" <kfowler@lakemontchildrens.org>',
    '"Ibrahim, Dr. Yusuf" <yibrahim@lakemontchildrens.org>',
    'vanc level - Castellanos rm 512', 'Fri, 13 Nov 2026 11:37:02 -0500',
    """Dr. Ibrahim - trough on Diego Castellanos (rm 512, 4 yo) came back 23.4 this AM,
drawn appropriately before the 0600 dose. Creat 0.5, up from 0.3 on admit. I'd hold
the 1200 dose, recheck a random level at 1800 and re-dose off that. I'll put the
order in if you ok it. His dad asked about switching to orals before discharge,
told him that's your call.

Kendra
x4-6630
"""))

# ---------------------------------------------------------------- 016
add('clean', 'clean-admin', '', lambda: mk(
    '"Eastbrook USD Athletics" <athletics@eastbrookusd.org>',
    'ms-parents@lists.eastbrookusd.org',
    'Spring sports physicals - free clinic sign-up', 'Mon, 16 Nov 2026 07:55:00 -0500',
    """Parents/Guardians,

Every student who wants to try out for a spring sport (track, softball, baseball,
boys volleyball, tennis) needs a current sports physical (dated after April 1, 2026)
on file BEFORE the first practice.

Lakemont Children's Sports Medicine is offering free physicals at the Eastbrook High
School nurse's office on two Saturdays:

   Jan 9   8:00 am - 12:00 pm
   Jan 23  8:00 am - 12:00 pm

Sign up at eastbrookusd.org/physicals. Bring the completed PIAA-style form (parent
section filled out and signed) and your child's glasses if they wear them for the
eye test. Students with asthma should bring their inhaler.

Questions: Coach Darnell Huff, Athletic Director, dhuff@eastbrookusd.org
"""))

# ---------------------------------------------------------------- 017
add('phi', 'phi-self', 'Marchenko', lambda: mk(
    '"Oksana Marchenko" <oksana.marchenko@ukr.net>',
    'Autism Center Intake <autismintake@cvbh.org>',
    'Waiting list - my son Artem', 'Tue, 17 Nov 2026 08:03:41 +0200',
    """Dear intake team,

I am writing again about my son Artem Marchenko, 4 years old. We came from Kharkiv
in 2025 and he was put on your waiting list for autism evaluation in May. It is
now November and nobody called. His pediatrician Dr. Holloway sent the referral
again last month.

Artem still does not speak any words, not in Ukrainian and not in English. He
bangs his head on the floor when upset and the kindergarten says they cannot keep
him without a diagnosis and an aide. I am alone with him and his sister, my
husband is still in Ukraine.

Please, can you tell me where we are on the list? My phone is 330-201-7753, and I
understand English better written than on the phone.

Thank you,
Oksana Marchenko
"""))

# ---------------------------------------------------------------- 018
add('clean', 'clean-staff', '', lambda: mk(
    '"Kim, Dr. Jae-won" <jkim@cvbh.org>',
    '"Adolescent Psych Inpatient" <adolpsych-ip@cvbh.org>',
    'RE: new restraint debrief form', 'Wed, 18 Nov 2026 13:12:40 -0500',
    """Agree with Maureen. The form is too long to fill out at 2am and the nurses are
leaving half of it blank, which is worse than having a short form done well.

Proposal: keep sections 1-3 (timeline, who was present, less-restrictive measures
tried) mandatory, move 4-6 to the next-day huddle. I'll take it to P&T... I mean
to the Restraint & Seclusion committee on the 3rd.

Our rate last quarter was 4.1 per 1,000 patient hours, down from 6.0, so whatever
we're doing on de-escalation is working. Let's not bury people in paperwork.

Jae-won

From: Doyle, Maureen RN
Sent: Wednesday, November 18, 2026 9:40 AM
To: Adolescent Psych Inpatient
Subject: new restraint debrief form

Has anyone actually completed the new 6-page debrief form? Two of my nights
staff say it took 40 minutes. Can we talk about it at staff meeting?
Maureen
"""))

# ---------------------------------------------------------------- 019
add('phi', 'phi-struct', 'Washington', lambda: mk(
    'EDI Gateway <edi-gateway@sunpathhealth.com>',
    'edi-support@lakemontchildrens.org',
    'Your 278 response - batch 1117-003', 'Tue, 17 Nov 2026 03:00:12 -0500',
    """Attached is the 278 response for batch 1117-003 (1 transaction).
This mailbox is not monitored.
""", atts=[('278_resp_1117003.x12', """ISA*00*          *00*          *ZZ*SUNPATHKHP     *ZZ*LAKEMONTCH     *261117*0300*^*00501*000004417*0*P*:~
GS*HI*SUNPATHKHP*LAKEMONTCH*20261117*0300*4417*X*005010X217~
ST*278*0001*005010X217~
BHT*0007*11*LCH-PA-88312*20261117*0300~
HL*1**20*1~
NM1*X3*2*SUNPATH KIDS HEALTH PLAN*****PI*SPK01~
HL*2*1*21*1~
NM1*1P*2*LAKEMONT CHILDRENS HOSPITAL*****XX*1467023398~
HL*3*2*22*1~
NM1*IL*1*WASHINGTON*JAYLEN*M***MI*SPK19902277-01~
DMG*D8*20110530*M~
HL*4*3*EV*0~
UM*HS*I*2*22:B~
HCR*A1*AUTH2611170091~
DTP*472*RD8*20261201-20261201~
HI*ABK:Q66.89~
SV1*HC:28296*1*UN***1~
SE*16*0001~
GE*1*4417~
IEA*1*000004417~
""", 'application/octet-stream')]))

# ---------------------------------------------------------------- 020
add('clean', 'clean-news', '', lambda: mk(
    'State Medicaid Bulletin <bulletin@medicaid.ohstate-example.gov>',
    'provider-list@medicaid.ohstate-example.gov',
    'Provider Bulletin 2026-41: CHIP continuous eligibility, RSV immunization coverage',
    'Thu, 19 Nov 2026 16:30:00 -0500', """PROVIDER BULLETIN 2026-41

1. Continuous eligibility. Beginning January 1, 2027, children under age 6 enrolled in
   Medicaid or CHIP will keep coverage continuously until their sixth birthday,
   regardless of changes in household income.

2. RSV monoclonal antibody. Nirsevimab is covered for all infants under 8 months in
   their first RSV season and for high-risk children 8-19 months in their second
   season. Bill under the pharmacy benefit or VFC as applicable.

3. Dental fluoride varnish. Primary care providers may bill fluoride varnish (99188)
   up to 4 times per year for members under 21.

4. Reminder: the annual EPSDT participation report (CMS-416) data call closes
   December 15.

Questions: Provider Services, 1-800-555-0172.
"""))

# ---------------------------------------------------------------- 021
add('phi', 'phi-lists', 'Ngata', lambda: mk(
    '"Schultz, Amber (Dental)" <aschultz@littlemolarsdental.com>',
    'Dr. Rina Patel <rpatel@littlemolarsdental.com>',
    'OR day 11/24 at Lakemont - your cases', 'Fri, 20 Nov 2026 10:22:05 -0500', None,
    html=HTML_HEAD + """<p>Dr. Patel,</p>
<p>Here&#39;s the line-up for your GA block at Lakemont Day Surgery on the 24th. All pre-ops done
except Ngata (dad is bringing the H&amp;P from Dr. Osborne Monday).</p>
<table>
<tr><th>Time</th><th>Patient</th><th>Age</th><th>Plan</th><th>Ins</th></tr>
<tr><td>0730</td><td>Ngata, Sione</td><td>3</td><td>4 SSC, 2 pulpotomy, ext #E #F</td><td>Sunpath</td></tr>
<tr><td>0915</td><td>Bui, Anh Thu</td><td>5</td><td>full mouth rehab, cleaning</td><td>Sunpath</td></tr>
<tr><td>1100</td><td>O&#39;Neill, Declan</td><td>7</td><td>sealants + 3 fillings, autism - sensory plan on file</td><td>Aetna</td></tr>
<tr><td>1245</td><td>Rahimi, Zara</td><td>4</td><td>2 SSC</td><td>self-pay (deposit paid)</td></tr>
</table>
<p>NPO letters went out yesterday.</p>
<p class="sig">Amber Schultz<br>Surgical Coordinator, Little Molars Pediatric Dentistry<br>330-744-0912</p>
""" + HTML_TAIL))

# ---------------------------------------------------------------- 022
add('phi', 'phi-names', 'Whitaker', lambda: mk(
    '"Carmen Ruiz" <cruiz@marlowcounty.gov>',
    '"Lakemont Foster Care Clinic" <fostercareclinic@lakemontchildrens.org>',
    'Jazmine Whitaker + Tyler - placement change, need records', 'Mon, 16 Nov 2026 09:47:18 -0500',
    """Good morning,

Jazmine (9) and her brother Tyler (6) Whitaker moved Friday from the Hendersons to a new
kinship placement with their maternal aunt, Denise Carrow. Ms. Carrow is their guardian
for medical purposes now (court order attached to the file on our side, I can fax it).

Jazmine's asthma follow-up with your clinic was supposed to be the 23rd. Tyler still
needs his 5-year shots he missed. Could you please send Ms. Carrow a copy of both kids'
med lists and the inhaler plan? Her number is 330-588-1046.

Carmen Ruiz, Caseworker II
Marlow County Department of Children & Family Services
"""))

# ---------------------------------------------------------------- 023
add('clean', 'clean-training', '', lambda: mk(
    'Clinical Informatics Education <cie@lakemontchildrens.org>',
    'New Hires - Nursing <newhire-rn@lakemontchildrens.org>',
    'EHR training playground logins + practice patients', 'Tue, 24 Nov 2026 08:00:00 -0500',
    """Welcome to Lakemont!

Your Epic PLAYGROUND (training) environment login is your network ID with the password
"Train2026!". PLY is NOT the live system. Nothing you chart there reaches a real chart.

Practice patients for Module 3 (medication administration):

  Zztest, Peds One      MRN TRN000101   DOB 01/01/2020   "4 yo w/ pneumonia, on amoxicillin"
  Zztest, Peds Two      MRN TRN000102   DOB 01/01/2012   "12 yo DKA, insulin drip"
  Zztest, Neonate       MRN TRN000103   DOB 01/01/2026   "34 wk, caffeine citrate"

Please scan the practice wristbands at your station (yellow, marked TRAINING).

Questions: Clinical Informatics Education, x4-2200.
"""))

# ---------------------------------------------------------------- 024
add('phi', 'phi-ids', 'Soto', lambda: mk(
    'medrecords@lakemontchildrens.org',
    'records@helixpointgenomics.com',
    'req 26-11-3381', 'Wed, 25 Nov 2026 10:16:09 -0500',
    """Pls send final report for:

LC00510983 / DOB 11/30/2021 / SOTO, GAEL
Helix order HX-26-0039922 (chromosomal microarray)
collected 09/28

Ordering: Dr. Oduya, genetics. Fax 330-418-2981 or reply here.

Thx - HIM
"""))

# ---------------------------------------------------------------- 025
add('clean', 'clean-lookalike', '', lambda: mk(
    '"Lakemont HR & Wellness" <wellness@lakemontchildrens.org>',
    'All Staff <allstaff@lakemontchildrens.org>',
    'VOTE NOW: Staff Baby Photo Contest finalists!', 'Thu, 19 Nov 2026 12:30:00 -0500',
    None, html=HTML_HEAD + """<h2>&#x1F476; Staff Baby Photo Contest &mdash; Finalists</h2>
<p>Thank you to the 87 employees who sent in baby pictures! Our judges picked six finalists.
Vote for your favorite by Nov 30; winner gets a $100 cafeteria card.</p>
<ol>
<li><b>Baby Theo</b>, son of Kelsey Barros (Pharmacy) &mdash; &ldquo;First pumpkin patch&rdquo;</li>
<li><b>Baby Noor</b>, daughter of Dr. Sami Haddad (Cardiology) &mdash; &ldquo;Noor vs. lemon&rdquo;</li>
<li><b>Baby Finn &amp; Baby Ivy</b>, twins of Jess Morrow (4 West) &mdash; &ldquo;Double trouble&rdquo;</li>
<li><b>Baby Oliver</b>, grandson of Pat Riggs (Environmental Services)</li>
<li><b>Baby Amaya</b>, daughter of Luis Ortega (Security) &mdash; &ldquo;Tiny officer&rdquo;</li>
<li><b>Baby Gus</b>, son of Hana Sato, MD (Adolescent Med)</li>
</ol>
<p><a href="https://intranet.lakemontchildrens.org/babycontest">Cast your vote here</a></p>
""" + HTML_TAIL))
# ---------------------------------------------------------------- 026
add('phi', 'phi-struct', 'Abebe', lambda: mk(
    '"Yilma, Tsion" <tyilma@lakemontchildrens.org>',
    'Integration Team <integration@lakemontchildrens.org>',
    'FW: CareLink visit export failing - sample row attached', 'Mon, 23 Nov 2026 15:55:30 -0500',
    """Hi team,

CareLink Video's nightly visit export is failing on our side since Friday. Their
support sent the offending file (attached). I think it's the comma inside the
reason field on row 3 - not quoted. Can someone look before tonight's run?

Tsion
Telehealth Program Manager

---------- Forwarded message ---------
From: CareLink Support <support@carelinkvideo.com>
Date: Mon, Nov 23, 2026 at 2:10 PM
Subject: Ticket #CL-58812 export

Attached is the 11/20 file that failed to import on your end.
""", atts=[('lch_visits_20261120.csv', """visit_id,mrn,patient_last,patient_first,dob,provider,start_utc,duration_min,visit_reason,guardian_present
CLV-7730121,LC00422876,Abebe,Liya,2012-06-14,Kim J,2026-11-20T14:00:00Z,42,Med management - ADHD,Y
CLV-7730144,LC00455120,Sorensen,Ava,2009-01-03,Sato H,2026-11-20T15:00:00Z,28,Follow-up depression,N
CLV-7730151,LC00398001,Mbeki,Thando,2015-10-22,Voss L,2026-11-20T16:30:00Z,51,Anxiety, school refusal,Y
CLV-7730169,LC00501772,Larsen,Oskar,2017-02-08,Ibrahim Y,2026-11-20T19:00:00Z,15,Post-op check (video),Y
""", 'text/csv')]))

# ---------------------------------------------------------------- 027
add('phi', 'phi-care', 'Friedman', lambda: mk(
    '"Dr. Hana Sato" <hsato@lakemontchildrens.org>',
    '"Coleman, Jeannie (School Nurse)" <jcoleman@eastbrookusd.org>',
    'Noah F. - return to school', 'Wed, 25 Nov 2026 13:40:00 -0500',
    """Ms. Coleman,

Following up on our call. Noah Friedman (8th grade, Mr. Ali's homeroom) was seen in
our clinic today and may return to school Monday 11/30. His parents signed the release
so I can share this with you.

- He will carry a glucose meter and use it in class whenever he needs to; please don't
  send him to the office for every check.
- Snack allowed at any time.
- Gym is fine; he should check before and after.
- His dad (Aaron Friedman, 330-407-5512) is the contact for dose questions; I've sent
  the full plan by fax to your office.

Thanks for helping him get back.

Hana Sato, MD
Adolescent Medicine, Lakemont Children's Hospital
"""))

# ---------------------------------------------------------------- 028
add('clean', 'clean-admin', '', lambda: mk(
    '"Facilities Helpdesk" <facilities@lakemontchildrens.org>',
    'NICU All <nicu-all@lakemontchildrens.org>; 4 West All <4west-all@lakemontchildrens.org>',
    'PLANNED OUTAGE: medical air / vacuum testing Sat 12/5 0100-0300',
    'Tue, 01 Dec 2026 09:05:00 -0500', """PLANNED UTILITY OUTAGE NOTICE

Area: NICU pods A-C, 4 West rooms 401-430
What: medical air and vacuum zone valve testing (annual, per NFPA 99)
When: Saturday Dec 5, 0100-0300
Impact: each zone will be isolated for up to 10 minutes. Portable suction and
E-cylinders will be staged at each nurses' station by 0030. Facilities techs will
call the charge nurse before closing each valve.

Contact: Facilities on-call, pager 4-7000.
"""))

# ---------------------------------------------------------------- 029
add('phi', 'phi-self', 'Lawson', lambda: mk(
    '"Brianna Lawson" <bri.lawson1999@icloud.com>',
    'Billing Customer Service <billing@lakemontchildrens.org>',
    'Why am I getting a bill for my daughters ER visit???', 'Thu, 26 Nov 2026 21:03:45 -0500',
    """I just got a bill for $1,486.00 for my daughter Kaylee's ER visit on October 3rd.
Account number on the paper is 90017736214. She has Sunpath CHIP, I gave them the card
at the desk, I have a picture of it. She was there for a broken wrist and they did an
xray and a cast and that's IT.

I called twice and was on hold for 45 minutes both times. I can't pay this, I'm a
single mom with 2 kids. Please fix this or tell me who to call. DO NOT send this to
collections.

Brianna Lawson
(330) 290-4417

Sent from my iPhone
"""))

# ---------------------------------------------------------------- 030
add('clean', 'clean-staff', '', lambda: mk(
    '"Okonkwo, Chidi" <cokonkwo@cvbh.org>',
    '"Autism Program Clinicians" <asd-clinicians@cvbh.org>',
    'ADOS kits - sign out sheet', 'Fri, 27 Nov 2026 11:11:11 -0500',
    """Quick one: we have 3 ADOS-2 kits and 9 evaluators. Two kits have been "missing" for a
week and turned up in someone's trunk. From Monday, kits live in the locked cabinet in
room 118 and get signed out on the clipboard. Please return same day.

Also, the Module 4 toy bag is missing the bubbles and the 'snack' - if you borrowed
them, no judgment, just bring them back.

Thanks,
Chidi
Program Coordinator, Autism Diagnostic Clinic
"""))

# ---------------------------------------------------------------- 031
add('phi', 'phi-lang', 'Tadesse', lambda: mk(
    '"Selamawit Tadesse" <selam.tadesse@gmail.com>',
    'Interpreter Services <interpreters@lakemontchildrens.org>',
    'ቀጠሮ - ልጄ ዮናስ', 'Mon, 30 Nov 2026 07:58:21 -0500',
    """ሰላም፣

ልጄ ዮናስ ታደሰ (የ6 ዓመት) በታህሳስ 8 ቀን ከጠዋቱ 9:30 ላይ በልብ ክሊኒክ ቀጠሮ አለው። ዶክተሩ
የልብ አልትራሳውንድ (echo) ይደረግለታል ብሏል። እባካችሁ የአማርኛ አስተርጓሚ ያስፈልገኛል።

ባለፈው ጊዜ አስተርጓሚ በስልክ ብቻ ነበር፣ በደንብ አልገባኝም። በአካል ቢሆን ደስ ይለኛል።

ስልኬ፦ 330-517-0382

አመሰግናለሁ
ሰላማዊት ታደሰ

(English: My son Yonas Tadesse, 6, has a cardiology appointment Dec 8 at 9:30 for an echo.
I need an Amharic interpreter in person please.)
"""))

# ---------------------------------------------------------------- 032
add('phi', 'phi-ids', 'Greene', lambda: mk(
    '"Sunpath UM" <um-nurse@sunpathhealth.com>',
    'lchauthdesk@lakemontchildrens.org',
    'Auth request incomplete - ref UM2611-44092', 'Mon, 30 Nov 2026 11:20:00 -0500',
    """Ref: UM2611-44092
Mbr: SPK20877310-03   Greene, Addison   DOB 2016-08-19
Req: 97153 x 30 units/wk, 26 wks
Missing: ADOS-2 or equivalent diagnostic report, treatment plan signed by BCBA.

Pend will close 12/14 if not received.

Valerie Ng, RN, Utilization Management
"""))

# ---------------------------------------------------------------- 033
add('clean', 'clean-news', '', lambda: mk(
    '"Pediatric Health Weekly" <editor@pedshealthweekly.com>',
    'subscribers@pedshealthweekly.com',
    'This week: teen screen time study, measles in 3 states, ARFID awareness',
    'Tue, 01 Dec 2026 06:00:00 -0500', None, html="""<html><body style="font-family:Arial">
<h1 style="color:#0a5c8a">Pediatric Health Weekly</h1>
<h3>Study: heavy social-media use linked to poorer sleep in 13-15 year olds</h3>
<p>A cohort of 6,200 adolescents followed for two years found those reporting more than
three hours of social media daily averaged 41 fewer minutes of sleep per night.</p>
<h3>Measles cases reported in three states</h3>
<p>Health officials confirmed 27 cases, mostly in unvaccinated children under 10. Public
health urges families to check MMR status before holiday travel.</p>
<h3>ARFID: not just picky eating</h3>
<p>Avoidant/restrictive food intake disorder can cause weight loss and nutritional
deficiency. Clinicians interviewed say referral times to specialty programs now
average 14 weeks.</p>
<p style="font-size:8pt;color:#777">You are receiving this because you subscribed at pedshealthweekly.com.
<a href="https://pedshealthweekly.com/unsub">Unsubscribe</a></p></body></html>"""))

# ---------------------------------------------------------------- 034
add('phi', 'phi-names', 'Park', lambda: mk(
    '"Ellison, Ruth" <rellison@eastbrookusd.org>',
    '"Dr. Chidi Okonkwo" <cokonkwo@cvbh.org>',
    "RE: Park twins IEP meeting 12/9", 'Tue, 01 Dec 2026 15:21:09 -0500',
    """Mr. Okonkwo,

Thanks for sending the evaluation summaries. Just to make sure I attach the right
report to the right file - the one that says "Level 2 support, significant sensory
needs" is Ethan's and the one recommending speech 2x/week is Ellie's? They're in
Mrs. Garza's 1st grade class together and their mom (Grace Park-Lindell) wants both
meetings back to back.

Also: Ellie's report mentions melatonin; the school doesn't need that information
unless it's given during the day, so I'll leave it out of the IEP.

Ruth Ellison
Special Education Coordinator, Eastbrook USD

> On Mon, Nov 30, 2026 at 4:48 PM Chidi Okonkwo <cokonkwo@cvbh.org> wrote:
> Ms. Ellison, attached are the diagnostic summaries for both twins per the signed
> release. Let me know if the team needs anything else before the 9th.
"""))

# ---------------------------------------------------------------- 035
add('clean', 'clean-training', '', lambda: mk(
    'Revenue Cycle Education <rc-education@lakemontchildrens.org>',
    'PBO Staff <pbo-staff@lakemontchildrens.org>',
    'Quiz: reading an 835 remit (answers Friday)', 'Wed, 02 Dec 2026 09:30:00 -0500',
    """Morning team,

Here's this month's 5-question remit quiz. The sample below is built from the X12
implementation guide example - names and numbers are fake.

  CLP*TEST-CLAIM-001*1*500*350*50*MC*ICN0000000001*11~
  NM1*QC*1*DOE*JOHN****MI*XXX000000000~
  SVC*HC:99213*150*100**1~
  CAS*CO*45*50~
  CAS*PR*2*50~

1. What does CLP02 = 1 mean?
2. How much did the payer pay on the claim?
3. What's the difference between CAS*CO and CAS*PR?
4. Which amount would go on the patient statement?
5. What's CARC 45?

Reply to me, not reply-all. Winner gets donuts.
Tamika
"""))

# ---------------------------------------------------------------- 036
add('phi', 'phi-lists', 'Baptiste', lambda: mk(
    '"Hollis, Grant (Care Mgmt)" <ghollis@sunpathhealth.com>',
    '"Marlow County DCFS Health Unit" <dcfs-health@marlowcounty.gov>',
    'Foster youth missing well-child visits - Q4 outreach list', 'Wed, 02 Dec 2026 14:45:00 -0500',
    """Hi Renee,

As promised, the members in DCFS custody with no well-child/EPSDT visit in 12+ months.
Could your caseworkers help us get these scheduled before 12/31?

  * Baptiste, Marcus      SPK31004417-01  DOB 04/11/2012  last WCV 06/2024  caseworker: Ruiz
  * Baptiste, Keyonna     SPK31004417-02  DOB 09/02/2014  last WCV 06/2024  caseworker: Ruiz
  * Dimitrov, Alex        SPK30288156-01  DOB 12/19/2009  last WCV never     caseworker: Osei
  * Yazzie, Shania        SPK30917740-01  DOB 07/07/2018  last WCV 08/2025  caseworker: Lund
  * Holt, Brayden         SPK31220905-01  DOB 02/28/2021  last WCV 10/2025  caseworker: Lund
    (Brayden also overdue on lead screening)

The Baptiste siblings are in the same home, so one call should cover both.

Grant Hollis, LSW
Care Management, Sunpath Kids Health Plan
"""))

# ---------------------------------------------------------------- 037
add('clean', 'clean-lookalike', '', lambda: mk(
    '"Bright Smiles Rewards" <rewards@brightsmilesrewards.com>',
    'jenna.kowalski@gmail.com',
    'Jenna, you have 1,240 points! Redeem for a kids electric toothbrush',
    'Thu, 03 Dec 2026 08:12:00 -0500', """Hi Jenna,

Your Bright Smiles Rewards balance: 1,240 points

Redeem 1,000 points for a KidSonic electric toothbrush (ages 3+), or save up for
2,500 points and get a family whitening kit.

Earn 200 bonus points when you buy any children's fluoride toothpaste this month at
participating pharmacies.

Member #BSR-4412-0098
This is a marketing message from Bright Smiles Rewards, a program of Colgrove Consumer
Products. To stop receiving these e-mails, click here.
"""))

# ---------------------------------------------------------------- 038
add('phi', 'phi-care', 'Oyelaran', lambda: mk(
    '"Lakemont Radiology Scheduling" <rad-sched@lakemontchildrens.org>',
    '"Femi Oyelaran" <femi.oyelaran@outlook.com>',
    'Appointment confirmation - Tobi', 'Thu, 03 Dec 2026 10:00:00 -0500',
    None, html=HTML_HEAD + """<p>Dear Femi Oyelaran,</p>
<p>This confirms the following appointment for <b>Tobi Oyelaran</b>:</p>
<table>
<tr><td>Exam</td><td>MRI brain with and without contrast, with sedation</td></tr>
<tr><td>Date / time</td><td>Tuesday, December 15, 2026 &mdash; arrive 7:15 AM</td></tr>
<tr><td>Location</td><td>Lakemont Children&#39;s Hospital, Imaging, 2nd floor, Tower B</td></tr>
<tr><td>Preparation</td><td>No solid food after midnight. Clear liquids until 5:15 AM.</td></tr>
</table>
<p>An adult guardian must stay on site during sedation. To reschedule call 330-418-2050.</p>
<p class="sig">Radiology Scheduling<br>Lakemont Children&#39;s Hospital</p>
""" + HTML_TAIL))
# ---------------------------------------------------------------- 039
add('phi', 'phi-lang', 'Kovalenko', lambda: mk(
    '"Ірина Коваленко" <iryna.kovalenko@gmail.com>',
    'Adolescent Psychiatry Clinic <adolpsych-clinic@cvbh.org>',
    'Донька Софія - ліки та запис', 'Tue, 01 Dec 2026 22:14:37 -0500',
    """Добрий вечір,

Пишу щодо моєї доньки Софії Коваленко (15 років, дата народження 03.05.2011). Лікар
Кім на прийомі 17 листопада збільшив дозу флуоксетину до 20 мг. Після цього Софія
стала дуже неспокійною, майже не спить і двічі плакала в школі. Вчора вона сказала,
що іноді думає, що краще б її не було.

Чи можна раніше записатися до лікаря? Наступний прийом тільки 15 грудня.

Мій телефон: 330-744-2091. Англійською говорю, але письмово мені легше українською.

З повагою,
Ірина Коваленко
"""))

# ---------------------------------------------------------------- 040
add('clean', 'clean-staff', '', lambda: mk(
    '"Morales, Dr. Ana" <amorales@lakemontchildrens.org>',
    'Peds Hospitalists <peds-hospitalists@lakemontchildrens.org>',
    'Dec schedule swaps + holiday coverage', 'Mon, 23 Nov 2026 18:02:00 -0500',
    """Hi all,

Final December schedule is on the shared drive. Swaps I approved:

  Dec 12-13 nights: Ibrahim <-> Feld
  Dec 24 day: Chen covering for Morales (thank you Wei!!)
  Dec 31 night: still open, $ incentive applies

Census has been running 38-44 on the teaching service, so I've added a swing shift
1400-2300 on weekends through January. Sign up by Friday.

Ana
"""))

# ---------------------------------------------------------------- 041
add('phi', 'phi-struct', 'Mendoza', lambda: mk(
    '"Fax Server" <rightfax@lakemontchildrens.org>',
    'HIM Scanning <him-scan@lakemontchildrens.org>',
    'Fax received from 3304182981 (3 pages)', 'Thu, 03 Dec 2026 16:41:19 -0500',
    """A fax was received. OCR text of the cover page follows. Full image attached.

=======================================================================
                  MARLOW COUNTY DEPT. OF CHILDREN & FAMILY SERVICES
                              FAX COVER SHEET

 TO:    Lakemont Children's - Child Protection Team    FAX: 330-418-2981
 FROM:  Tasha Greer, Intake Investigator              PH:  330-555-0193
 DATE:  12/03/2026        PAGES (incl. cover): 3

 RE:    MENDOZA, Isabella  DOB 01/17/2024
        Request for records - ED visit 11/29/2026 (burns, bilat. feet)
        Case # MC-26-11872

 Please send ED note, photographs and burn clinic plan. Court hearing 12/08.

 CONFIDENTIAL: This facsimile contains information protected by state child-abuse
 reporting law. Redisclosure is prohibited.
=======================================================================
""", atts=[('fax_3304182981_20261203.pdf', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>> endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'application/pdf')]))

# ---------------------------------------------------------------- 042
add('clean', 'clean-admin', '', lambda: mk(
    '"HR Benefits" <benefits@cvbh.org>',
    'All Employees <all-employees@cvbh.org>',
    'Open enrollment closes Friday - dependent verification', 'Mon, 16 Nov 2026 08:30:00 -0500',
    """Reminder: open enrollment for 2027 closes Friday, Nov 20 at 11:59 pm.

If you're adding a child or spouse to medical, dental or vision, upload ONE of:
birth certificate, adoption/guardianship paperwork, marriage certificate or a recent
tax return page showing the dependent. Please black out Social Security numbers
before uploading.

New for 2027: the EAP now covers 8 free counseling sessions per family member per
year (up from 6), including for dependents 12 and older who can self-refer.

Benefits team - x2290
"""))

# ---------------------------------------------------------------- 042b
add('phi', 'phi-self', 'Dubois', lambda: mk(
    '"Mark Dubois" <mdubois.home@comcast.net>',
    '"Helixpoint Genomics Patient Support" <support@helixpointgenomics.com>',
    'Results for our son Lucas - can we talk to a genetic counselor?',
    'Fri, 04 Dec 2026 12:08:44 -0500', """Hello,

We got the letter that our son Lucas's results are ready (order HX-26-0041530, sent by
Dr. Oduya at Lakemont). The portal shows "Likely pathogenic - see report" and
something about a variant in the NF1 gene. Nobody has called us yet and his follow-up
at genetics isn't until January.

My wife is a carrier? Are we? His little sister Chloe has two of the same brown spots
on her back. Should she be tested too?

We'd really like to talk to a genetic counselor before the holidays. I'm home after
3 pm any day at 412-338-0917.

Mark Dubois
"""))
# ----------------------------------------------------------------
def _fwd_text_thread():
    inner = mk('"Dana Whitmore" <dana.whitmore77@gmail.com>',
               '"Lakemont Eating Disorders Clinic" <edclinic@lakemontchildrens.org>',
               'Fwd: texts from Emma', 'Fri, 04 Dec 2026 07:12:00 -0500',
               """Forwarding the texts my daughter sent me last night from her dad's house. I don't know
what to do. Please have Dr. Feld call me.

----- text messages -----
Emma (11:48 PM): mom i didnt eat dinner, told dad i ate at kates
Emma (11:49 PM): please dont tell the clinic i know theyll make me go back inpatient
Emma (11:52 PM): i weighed myself on his scale its 97
Emma (11:52 PM): im fine
Me (11:55 PM): Honey I love you. I'm picking you up at 7.
""")
    return mk('"Reception - ED Clinic" <edclinic@lakemontchildrens.org>',
              '"Feld, Dr. Aaron" <afeld@lakemontchildrens.org>',
              'FW: texts from Emma (Whitmore, Emma - your pt)', 'Fri, 04 Dec 2026 07:20:31 -0500',
              """Dr. Feld - mom forwarded this to the general box at 7:12, original attached. Mom's
cell is in the chart. Emma is due for weigh-in Monday.
-Jess, front desk
""", atts=[('fwd.eml', inner, 'message/rfc822')])
add('phi', 'phi-names', 'Whitmore', _fwd_text_thread)

# ----------------------------------------------------------------
add('clean', 'clean-news', '', lambda: mk(
    '"Cedar Valley Behavioral Health" <community@cvbh.org>',
    'community-list@cvbh.org',
    'Holiday stress & kids: free parent webinar Dec 10', 'Fri, 04 Dec 2026 10:00:00 -0500',
    """The holidays can be hard on children and teens, especially those who have
anxiety, ADHD or autism. Changes in routine, travel and crowded gatherings add up.

Join Cedar Valley child psychologist Dr. Marguerite Olander for a free 45-minute
webinar for parents and caregivers:

  "Calm Holidays: Practical Tips for Families"
  Thursday, December 10, 7:00 pm (Zoom)
  Spanish interpretation available

Topics: visual schedules, planning an exit from a crowded room, sleep during school
breaks, and when to call for help.

If your child is in crisis, call or text 988 any time.
Register: cvbh.org/calmholidays
"""))

# ----------------------------------------------------------------
add('phi', 'phi-struct', 'Robinson', lambda: mk(
    '"Chen, Wei (Integration)" <wchen@lakemontchildrens.org>',
    'FHIR API Vendor Support <support@carelinkvideo.com>',
    'Patient resource from your sandbox is hitting PROD?', 'Fri, 04 Dec 2026 13:33:02 -0500',
    """Hi CareLink,

Our prod FHIR endpoint logged the below POST from your integration client at 12:58 today.
This is a real patient of ours, not sandbox data - why is your client writing to
/Encounter on prod with a test flag? Please stop the job until we talk. Payload zipped
and attached (password-less, internal network only).

Wei Chen
Integration Engineer, Lakemont Children's
""", atts=[('post_1258.zip', zipped('encounter_post.json', """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-LC00477319",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9812.1", "value": "LC00477319"}],
        "name": [{"family": "Robinson", "given": ["Kiara", "Janae"]}],
        "birthDate": "2013-09-27",
        "gender": "female"
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "status": "finished",
        "class": {"code": "VR", "display": "virtual"},
        "type": [{"text": "Telepsychiatry follow-up"}],
        "subject": {"reference": "Patient/pt-LC00477319"},
        "period": {"start": "2026-12-04T12:00:00-05:00", "end": "2026-12-04T12:35:00-05:00"},
        "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F43.10", "display": "Post-traumatic stress disorder, unspecified"}]}],
        "meta": {"tag": [{"code": "TEST"}]}
      }
    }
  ]
}
"""), 'application/zip')]))

# ----------------------------------------------------------------
add('clean', 'clean-lookalike', '', lambda: mk(
    '"Fairhaven Veterinary Clinic" <reminders@fairhavenvet.com>',
    '"Owen Castillo" <owen.castillo@gmail.com>',
    'Reminder: Mochi is due for her vaccines', 'Sat, 05 Dec 2026 08:00:00 -0500',
    """Hi Owen,

Our records show Mochi (feline, 2 yrs) is due for:
  - FVRCP booster
  - Rabies (3-year)
  - annual wellness exam & fecal test

Last visit: 12/02/2025 with Dr. Lansing. Mochi's weight then was 9.2 lb.

Book online at fairhavenvet.com or call 330-745-3320. Mention this e-mail for 10% off
dental cleanings in December.

Fairhaven Veterinary Clinic
"""))

# ----------------------------------------------------------------
add('phi', 'phi-ids', 'Nakamura', lambda: mk(
    'PBO Cash Posting <cashposting@lakemontchildrens.org>',
    '"Lee, Francine" <flee@lakemontchildrens.org>',
    'unapplied $ - 835 trace 1EFT2026112700418', 'Mon, 30 Nov 2026 15:48:00 -0500',
    """Fran,

Can't match this one from the 11/27 Sunpath remit, no acct # on the CLP:

  CLP*NKM1122*1*2240*1892.40**MC*2026331Q07781*13~
  NM1*QC*1*NAKAMURA*REN****MI*SPK20044913-01~
  DTM*232*20261021~
  SVC*HC:99223*620*541.60**1~
  SVC*HC:94640*180*148.20**4~

Pretty sure it's the 10/21 admit but there are two Ren Nakamuras (different DOBs)
in registration. Can you check which one has Sunpath?

-Luis
"""))

# ----------------------------------------------------------------
add('phi', 'phi-lang', 'Mercier', lambda: mk(
    '"Sandrine Mercier" <s.mercier@videotron.ca>',
    'Clinique de pédiatrie <intlpatients@lakemontchildrens.org>',
    'Suivi de Léa Mercier - résultats de la biopsie', 'Mon, 30 Nov 2026 09:15:00 -0500',
    """Bonjour Docteur Ibrahim,

Je me permets de vous écrire au sujet de ma fille Léa Mercier (née le 22 août 2017),
que vous avez vue pendant notre séjour à Fairhaven en octobre. Elle a eu une biopsie
intestinale le 28 octobre et on nous avait dit que les résultats seraient envoyés à
notre pédiatre à Montréal, le Dr Gagnon, mais il n'a toujours rien reçu.

Pourriez-vous envoyer le rapport par télécopieur au 514-272-8840, ou me le transmettre
directement? Léa a encore des douleurs au ventre et elle a perdu un kilo depuis.

Merci beaucoup et bonne journée,
Sandrine Mercier
""", charset='windows-1252', cte='quoted-printable'))

# ----------------------------------------------------------------
add('clean', 'clean-training', '', lambda: mk(
    '"Privacy Office" <privacy@lakemontchildrens.org>',
    'All Staff <allstaff@lakemontchildrens.org>',
    'Privacy Minute: Is this e-mail OK to send?', 'Tue, 01 Dec 2026 08:00:00 -0500',
    None, html=HTML_HEAD + """<h3>Privacy Minute &mdash; December</h3>
<p>Each month we look at a made-up example. Would you send this to a personal Gmail?</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px;color:#444">
&ldquo;Hey, can you cover for me Sat? The kid in bed X with the [condition] needs his
[test] at 0900, mom is [name], super nice.&rdquo;</blockquote>
<p><b>Answer:</b> Even with the blanks filled in only with &ldquo;obvious&rdquo; details, a bed number +
test + parent&#39;s name can identify a child. Use secure chat or the handoff tool, and
never forward work mail to personal accounts.</p>
<p>Report a privacy concern any time: x4-PRIV (4-7748) or privacy@lakemontchildrens.org.</p>
""" + HTML_TAIL))

# ----------------------------------------------------------------
add('phi', 'phi-care', 'Haddad', lambda: mk(
    '"Bennett, Colleen (Peds Dental)" <cbennett@littlemolarsdental.com>',
    '"Omar Haddad" <omar.haddad.m@gmail.com>',
    'RE: Layla\'s appointment', 'Wed, 02 Dec 2026 11:31:00 -0500',
    """Hi Mr. Haddad,

Yes, we moved Layla to Friday 12/11 at 3:45 with Dr. Patel. The x-rays from her last
cleaning are fine to use, so it'll just be the two fillings on the top left. Please
give her a normal lunch - no sedation this time, just the numbing gel and laughing gas.

Her brother Sami's cleaning can be the same afternoon at 3:00 if you want to bring
them together, just reply and I'll lock it in.

Colleen
Little Molars Pediatric Dentistry | 330-744-0912

-----Original Message-----
From: Omar Haddad <omar.haddad.m@gmail.com>
Sent: Tuesday, December 1, 2026 8:02 PM
To: frontdesk@littlemolarsdental.com
Subject: Layla's appointment

Hello, Layla can't come Thursday she has a school concert. Can we do Friday after school?
Omar
"""))

# ----------------------------------------------------------------
add('clean', 'clean-admin', '', lambda: mk(
    '"IT Service Desk" <servicedesk@cvbh.org>',
    'All Staff <allstaff@cvbh.org>',
    'ACTION REQUIRED: CareLink Video app update by Dec 11', 'Wed, 02 Dec 2026 16:00:00 -0500',
    """All telehealth users,

CareLink Video is releasing version 8.4 on December 11. Older versions will no longer
be able to join visits after that date.

  - Managed laptops: the update will push automatically overnight Dec 7.
  - Clinic iPads: please bring them to IT (Room 020) between Dec 7-10.
  - Personal phones used for on-call: update through the App Store / Play Store.

Known issue: waiting-room chimes are silent on some Windows 11 machines after the
update. Workaround in KB0042187.

IT Service Desk - x5000
"""))
# ----------------------------------------------------------------
add('phi', 'phi-lists', 'Yazzie', lambda: mk(
    '"Lund, Petra" <plund@marlowcounty.gov>',
    '"Lakemont Foster Care Clinic" <fostercareclinic@lakemontchildrens.org>',
    'new intakes this week - 72 hr exams needed', 'Thu, 03 Dec 2026 17:20:00 -0500',
    """Hi clinic folks, three new removals this week, all need the 72-hour exam:

1) Shania Yazzie, 8 - removed 12/2, placed w/ Olsen foster home. Has an EpiPen (peanut),
   foster mom has it. School: Lincoln Elem 2nd grade.
2) Cody and Kayden Pruitt (twins, 3) - removed 12/3, placed together w/ grandmother
   Linda Marsh. Cody had a seizure last spring per grandma, not sure if on meds.
3) Ximena Flores, 15 - removed 12/3, at Hope House group home. Says she's 4 months
   pregnant, no prenatal care yet.

Can you do Friday or Monday? I can transport the twins myself.

Petra Lund, Caseworker
Marlow County DCFS | 330-418-7723 (office) 330-906-4412 (cell)
"""))

# ----------------------------------------------------------------
add('phi', 'phi-names', 'Sorensen', lambda: mk(
    '"Hana Sato" <hsato@lakemontchildrens.org>',
    '"Kim, Jae-won" <jkim@cvbh.org>',
    'Ava', 'Thu, 03 Dec 2026 21:55:12 -0500',
    """Jae-won - quick heads up before you see Ava tomorrow. She told me today her
boyfriend has been pressuring her to send pictures and she cut again last weekend
(superficial, left forearm, I looked). She asked me not to tell her mom "yet".
I did the safety plan with her and she agreed to let us bring mom in at your visit.

Sorensen is the last name in case there's more than one Ava on your list, DOB is in
the referral.

Hana
"""))

# ----------------------------------------------------------------
add('clean', 'clean-staff', '', lambda: mk(
    '"Feld, Dr. Aaron" <afeld@lakemontchildrens.org>',
    '"Nwosu, Ifeoma" <inwosu@cvbh.org>',
    'Re: lunch + the grant', 'Fri, 04 Dec 2026 12:40:00 -0500',
    """Ifeoma,

Lunch Tuesday works. I read the draft aims - love aim 2 (family-based treatment via
telehealth for rural families) but reviewers will want numbers. Can we pull how many
referrals we got from outside the county last year? Just counts by zip code, no names,
Quality can run it.

Also, my kid's soccer team is doing a bake sale Saturday if you need 40 brownies in
your life.

Aaron

> On Dec 4, 2026, at 9:02 AM, Nwosu, Ifeoma <inwosu@cvbh.org> wrote:
> Do you have time to look at the R34 aims before the 15th? Lunch on me.
"""))

# ----------------------------------------------------------------
add('phi', 'phi-struct', 'Hughes', lambda: mk(
    'ADT Monitor <adt-monitor@lakemontchildrens.org>',
    'Bed Management <bedmgmt@lakemontchildrens.org>',
    'A02 out of order - PICU bed 6', 'Sat, 05 Dec 2026 01:06:44 -0500',
    """ADT monitor detected a transfer (A02) received before the admission (A01) for the
same visit. Bed board may show PICU-06 as vacant incorrectly. Please verify.

MSH|^~\\&|ADT|LCH|BEDBOARD|LCH|20261205010412||ADT^A02|ADT99120387|P|2.3
EVN|A02|20261205010400
PID|1||LC00522104^^^LCH^MR||HUGHES^CALEB^JAMES||20190311|M|||1205 Tamarack Ct^^Fairhaven^OH^44703||(330)278-6651|||||9001022417
NK1|1|HUGHES^MEGAN|MTH|||(330)278-6651
PV1|1|I|PICU^06^A^LCH||||ANAND^PRIYANKA|||CRIT||||||||9001022417
PV2|||^STATUS ASTHMATICUS - ON CONTINUOUS ALBUTEROL

MSH|^~\\&|ADT|LCH|BEDBOARD|LCH|20261205010503||ADT^A01|ADT99120388|P|2.3
EVN|A01|20261204233000
PID|1||LC00522104^^^LCH^MR||HUGHES^CALEB^JAMES||20190311|M
PV1|1|E|ED^12^A^LCH
"""))

# ----------------------------------------------------------------
add('phi', 'phi-self', 'Okafor', lambda: mk(
    '"Chiamaka Okafor" <chiamaka.okafor@gmail.com>',
    '"NICU Family Liaison" <nicufamily@lakemontchildrens.org>',
    'Can we do kangaroo care with both twins?', 'Sat, 05 Dec 2026 09:30:14 -0500',
    """Good morning,

I'm the mum of the Okafor twins (beds 14 and 15). The nurses have been so kind. My
husband Emeka works nights so I'm usually in from 10 to 6.

Twin B (Chidera) has been off CPAP since Wednesday and I've been holding her skin to
skin. Can I do both at the same time now that the boy's head scan is done? I read that
tandem kangaroo care is good for twins. Also, is there a pump room on your floor that
isn't always full in the afternoon?

Thank you,
Chiamaka
"""))

# ----------------------------------------------------------------
add('clean', 'clean-news', '', lambda: mk(
    'Eastbrook USD Special Education <sped@eastbrookusd.org>',
    'sped-families@lists.eastbrookusd.org',
    'Parent rights workshop: understanding your child\'s IEP (Spanish & Vietnamese sessions)',
    'Mon, 30 Nov 2026 14:00:00 -0500', """Dear families,

The Special Education Office invites you to a free workshop on your rights under IDEA
and how to prepare for an IEP meeting.

  English:     Tue Dec 8, 6:00 pm, District Office Board Room
  Español:     Wed Dec 9, 6:00 pm, Eastbrook Elementary cafeteria
  Tiếng Việt:  Thu Dec 10, 6:00 pm, Eastbrook Elementary cafeteria

Childcare and dinner provided. Bring your questions - no need to bring your child's
paperwork. Staff from Cedar Valley Behavioral Health's autism program will be on hand
to explain how outside evaluations are used.

RSVP: 330-418-6000 ext. 4, or reply to this e-mail.
"""))

# ----------------------------------------------------------------
add('phi', 'phi-ids', 'Ferreira', lambda: mk(
    '"Eligibility Bot" <elig-bot@lakemontchildrens.org>',
    'PAS Supervisors <pas-sup@lakemontchildrens.org>',
    '271 inactive coverage - scheduled tomorrow (1)', 'Sun, 06 Dec 2026 04:00:00 -0500',
    """The following scheduled patient returned INACTIVE on the overnight 270/271 check.

MRN        LC00467720
Member     SPK20551183-01
DOB        2013-02-17
Appt       12/07 09:00  CVBH EDP Partial Hosp
Response   EB*6**30~ (inactive) / MSG*TERM 11/30/2026 - RECERT NOT RECEIVED~

Name on file: FERREIRA, GABRIEL
"""))

# ----------------------------------------------------------------
add('phi', 'phi-care', 'Brooks', lambda: mk(
    '"Sutton, Lisa (Cardiology)" <lsutton@lakemontchildrens.org>',
    '"Sports Med Front Desk" <sportsmed@lakemontchildrens.org>',
    'FW: Elijah Brooks - echo read, cleared', 'Fri, 04 Dec 2026 15:02:00 -0500',
    """Hi - passing this along so you can finish his sports physical form. Dr. Haddad read
the echo from 12/1 as normal structure and function, so Elijah Brooks (8th grade,
Eastbrook MS) is cleared from cardiology's side for basketball. The murmur was
innocent. Mom (Tanya Brooks) asked that you fax the signed form to the school
athletic office.

Lisa Sutton, RN
Pediatric Cardiology

From: Haddad, Dr. Sami
Sent: Friday, December 4, 2026 2:41 PM
To: Sutton, Lisa (Cardiology)
Subject: echo 12/1

Normal. Please let sports med know he's cleared. No follow-up needed.
"""))

# ----------------------------------------------------------------
add('clean', 'clean-lookalike', '', lambda: mk(
    '"Ironwood Fitness" <members@ironwoodfitness.com>',
    '"Paul Greene" <pgreene.home@gmail.com>',
    'Your Family Membership: Kids Club health form needed', 'Sat, 05 Dec 2026 10:15:00 -0500',
    """Hi Paul,

Thanks for upgrading to the Family Membership! Before Addie and Max can use Kids Club
(ages 3-11) we need a short emergency contact and allergy form for each child - it's
the same one we use for all families and stays at the front desk.

Kids Club hours: Mon-Fri 8-12 and 4-8, Sat 8-1.
Membership #: IWF-0089214   Billing: $89.00/month, next draft 12/15.

Stay strong,
Ironwood Fitness - Fairhaven
"""))

# ----------------------------------------------------------------
add('phi', 'phi-lang', 'Alvarado', lambda: mk(
    '"Gloria Ramírez" <gloriar.abuela@hotmail.com>',
    '"Trabajo Social Lakemont" <socialwork@lakemontchildrens.org>',
    'mis nietos / custody papers', 'Sat, 05 Dec 2026 16:40:00 -0500',
    """Hola Sra. Gutierrez,

Soy la abuela de Mateo y Lucia Alvarado, la que estuvo en el hospital el jueves. Ya
tengo los papeles de la corte que dicen que yo soy la guardian temporal de los dos,
los puedo llevar el lunes.

Mi pregunta: el doctor dijo que Mateo necesita otra radiografia en dos semanas para
ver las costillas, y que Lucia tiene que ir con el pediatra. ¿Yo puedo hacer las citas
o tiene que ser la trabajadora del condado? Y el Medicaid de ellos todavia esta con la
direccion de mi hija, no se si eso es problema.

Mi telefono 330-286-1109. Gracias por todo, usted fue muy buena con nosotros.

Gloria Ramírez
""", charset='iso-8859-1'))
# ----------------------------------------------------------------
add('clean', 'clean-training', '', lambda: mk(
    '"Child Protection Team" <cpt@lakemontchildrens.org>',
    'Peds Residents <peds-residents@lakemontchildrens.org>',
    'Sentinel injuries - teaching cases for Wed noon conf', 'Mon, 30 Nov 2026 11:00:00 -0500',
    """Residents,

Wednesday's noon conference is on sentinel injuries. All three cases are composites
from the literature and our own experience with details changed; none is a current
or recent patient.

Case A: 4-month-old brought in for "fussiness." Small bruise on the left ear that mom
says the older sibling caused. Discharged. Returns 6 weeks later with a subdural.

Case B: 10-month-old, cruising, with a bruise on the shin. Development appropriate.
What's your workup, if any?

Case C: 2-month-old with a frenulum tear "from the bottle."

Rule of thumb for discussion: TEN-4-FACESp. Bring your questions.

Dr. Simone Whitfield, Child Abuse Pediatrics
"""))

# ----------------------------------------------------------------
add('phi', 'phi-lists', 'Tran', lambda: mk(
    '"Pruitt, Deb (NICU Follow-up)" <dpruitt@lakemontchildrens.org>',
    '"NICU Follow-up Clinic" <nicu-fu@lakemontchildrens.org>',
    'Tomorrow\'s clinic - pasted from the schedule', 'Sun, 06 Dec 2026 19:12:00 -0500',
    """Pasted from the Excel, sorry about the formatting. Bayley rooms are 2 and 3.

Time\tPatient\tCorrected age\tGA at birth\tVisit\tParent
8:30\tTran, Minh Anh\t9 mo\t26w\tBayley + hearing recheck\tThu Tran
8:30\tTran, Minh Chau\t9 mo\t26w\tBayley + eye f/u (ROP)\tThu Tran
9:30\tGoldberg, Eli\t18 mo\t29w\tBayley, PT\tRachel Goldberg
10:30\tAhmadi, Parisa\t4 mo\t31w\tG-tube check, weight\tNasrin Ahmadi
11:00\tOkonjo, David\t2 y\t24w\tBayley, O2 wean plan\tgrandmother (Beatrice Okonjo)

Tran twins need an interpreter (Vietnamese) - booked. Please weigh Parisa first.

Deb
"""))

# ----------------------------------------------------------------
add('phi', 'phi-names', 'Lindgren', lambda: mk(
    '"Voss, Dr. Lena" <lvoss@cvbh.org>',
    '"Nwosu, Ifeoma" <inwosu@cvbh.org>',
    'RE: RE: Maya L', 'Mon, 07 Dec 2026 08:10:00 -0500',
    """Agree. If her phos is still 2.1 this morning she goes to Lakemont for refeeding, not
back to PHP. I'll call her dad.

Lena

-----Original Message-----
From: Nwosu, Ifeoma
Sent: Sunday, December 6, 2026 6:30 PM
To: Voss, Dr. Lena
Subject: RE: Maya L

Her intake labs finally resulted - phos 2.1, Mg 1.6. HR 44 lying. Mr. Lindgren says
she's been "eating fine" but the school counselor told us she's been skipping lunch
since October. I don't think she's safe for outpatient.

-----Original Message-----
From: Voss, Dr. Lena
Sent: Friday, December 4, 2026 4:50 PM
Subject: Maya L

Do we have Maya Lindgren's labs yet?
"""))

# ----------------------------------------------------------------
add('clean', 'clean-admin', '', lambda: mk(
    '"Eastbrook USD Nursing Services" <nursing@eastbrookusd.org>',
    'Eastbrook Staff <staff@eastbrookusd.org>',
    'Epinephrine & Narcan training - all staff, Jan 4 PD day', 'Mon, 07 Dec 2026 07:30:00 -0500',
    """All staff,

State law requires annual training for all school staff on recognizing anaphylaxis and
opioid overdose. This year's session is part of the January 4 professional development
day, 1:00-2:00 pm, in each building's library.

You will practice with trainer auto-injectors and the nasal naloxone trainer. Stock
epinephrine and naloxone are kept in the nurse's office and the main office AED cabinet
in every building.

Building nurses will take attendance; if you cannot attend, complete the online module
by Jan 15.

Jeannie Coleman, BSN, RN
Lead School Nurse
"""))

# ----------------------------------------------------------------
add('phi', 'phi-self', 'Abebe', lambda: mk(
    '"Liya A" <liya.abebe2012@gmail.com>',
    '"Dr. Jae-won Kim" <jkim@cvbh.org>',
    'cant make thursday', 'Mon, 07 Dec 2026 15:47:03 -0500',
    """hi dr kim its liya abebe. i have a math test thursday during my video appt. can we do
it at 4:30 instead? also i ran out of the focalin yesterday, my mom said the pharmacy
needs a new prescription. she said to ask you. thanks

sent from my chromebook
""", cte='base64'))

# ----------------------------------------------------------------
add('phi', 'phi-struct', 'Castellanos', lambda: mk(
    '"Coding Quality" <coding-qa@lakemontchildrens.org>',
    '"PBO EDI Team" <pbo-edi@lakemontchildrens.org>',
    '837I rejected 999 - wrong POA indicator?', 'Mon, 07 Dec 2026 10:25:00 -0500',
    """EDI team - the 999 came back AK5*R for this one. I think the POA on the second HI
segment is blank and Sunpath rejects that now. Segment dump below, can you confirm
before I have the coder fix it?

ST*837*0042*005010X223A2~
BHT*0019*00*LCH837I1207042*20261207*1010*CH~
NM1*85*2*LAKEMONT CHILDRENS HOSPITAL*****XX*1467023398~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*CASTELLANOS*DIEGO****MI*SPK20998014-02~
N3*4417 WILLOW BEND DR~
N4*FAIRHAVEN*OH*44703~
DMG*D8*20220412*M~
CLM*LCH9002117740*18420.55***11:A:1**A*Y*Y~
DTP*434*RD8*20261109-20261116~
HI*ABK:M86.161:Y~
HI*ABF:N17.9:~
SV2*0120*HC:99223*4200*UN*7~
SV2*0250*HC:J3370*1740.55*UN*14~
SE*16*0042~

Thx, Nora
"""))

# ----------------------------------------------------------------
add('clean', 'clean-staff', '', lambda: mk(
    '"Yilma, Tsion" <tyilma@lakemontchildrens.org>',
    'Telehealth Steering <telehealth-steering@lakemontchildrens.org>',
    'Q4 telehealth numbers', 'Tue, 08 Dec 2026 09:00:00 -0500', None,
    html=HTML_HEAD + """<p>Hi all, numbers for the steering meeting Thursday. Aggregate only.</p>
<table>
<tr><th>Service</th><th>Video visits Q4</th><th>No-show %</th><th>Avg min</th></tr>
<tr><td>Adolescent psych (CVBH)</td><td>2,214</td><td>9.8</td><td>31</td></tr>
<tr><td>Eating disorders</td><td>611</td><td>6.1</td><td>44</td></tr>
<tr><td>Genetics counseling</td><td>188</td><td>12.4</td><td>52</td></tr>
<tr><td>Post-op surgical</td><td>947</td><td>4.2</td><td>14</td></tr>
</table>
<p>Interpreter-assisted video visits were 11% of total; Spanish, Vietnamese and Ukrainian most
common. The CareLink export issue from November is fixed.</p>
<p class="sig">Tsion Yilma<br>Telehealth Program Manager</p>
""" + HTML_TAIL))

# ----------------------------------------------------------------
add('phi', 'phi-ids', 'Holt', lambda: mk(
    '"Osei, Kwame" <kosei@marlowcounty.gov>',
    'fostercareclinic@lakemontchildrens.org',
    'lead result?', 'Tue, 08 Dec 2026 10:02:00 -0500',
    """Brayden Holt 2/28/21 - lead was drawn at your clinic 12/1. Foster parent hasn't
heard anything. Can you call me with the level? 330-418-7719

Kwame Osei
Marlow Co. DCFS
"""))

# ----------------------------------------------------------------
add('phi', 'phi-care', 'Nguyen', lambda: mk(
    '"Dr. Michael Oduya" <moduya@lakemontchildrens.org>',
    '"Genetic Counseling" <gc-team@lakemontchildrens.org>',
    'Tuan - sample redraw', 'Tue, 08 Dec 2026 13:13:00 -0500',
    """GC team - Helixpoint says the parental samples for the Nguyen trio were hemolyzed and
they need redraws. Tuan's own sample is fine. His mom (Lan) works at the school and
can only come after 3:30. Can someone set up a lab-only visit for both parents next
week and send the new kits? Order # for Tuan is HX-26-0043018.

Thanks, Michael
"""))

# ----------------------------------------------------------------
add('clean', 'clean-training', '', lambda: mk(
    '"Lakemont Simulation Center" <simcenter@lakemontchildrens.org>',
    'NICU Nursing <nicu-rn@lakemontchildrens.org>',
    'NRP mega-code sim - scenario sheet', 'Tue, 08 Dec 2026 14:30:00 -0500',
    """NRP practice scenario (manikin "Baby SimNewB")

Scenario: Term infant, meconium-stained fluid, apneic at birth. HR 50 at 60 seconds
after PPV with adequate chest rise. Team to proceed to intubation, chest compressions
and UVC epinephrine.

Learning objectives: MR. SOPA, compressions 3:1, epi dose 0.02 mg/kg IV.

Sign up for a 45-minute slot Dec 14-18 on the sim calendar. Debrief follows each run.
"""))

# ----------------------------------------------------------------
add('phi', 'phi-names', 'Mbeki', lambda: mk(
    '"Erin Castell" <ecastell@eastbrookusd.org>',
    '"Voss, Dr. Lena" <lvoss@cvbh.org>',
    'Thando M. - attendance + your letter', 'Tue, 08 Dec 2026 15:44:00 -0500',
    """Dr. Voss,

Thank you for the letter about Thando's school refusal and the graded return plan. Mrs.
Mbeki brought it in this morning. We'll start with half days (periods 1-4) as you
suggested and I'll let his 4th period teacher, Mr. Ortiz, know he can step out to the
counseling office if he needs to. His anxiety seems better since he started with you.

I'll send you weekly attendance if his mom is OK with that - she said she'd sign the
release on your end.

Erin Castell, School Counselor
Eastbrook Middle School
"""))
# ----------------------------------------------------------------
add('phi', 'phi-lists', 'Delgado', lambda: mk(
    '"Coleman, Jeannie (School Nurse)" <jcoleman@eastbrookusd.org>',
    '"Ellison, Ruth" <rellison@eastbrookusd.org>',
    '504/IHP kids - field trip 12/16 (aquarium)', 'Wed, 09 Dec 2026 07:45:00 -0500',
    """Ruth, for the 5th grade aquarium trip - these students need a trained adult with them
and their meds in the trip bag. I'll pack the bag the morning of.

- Delgado, Sofia (5B, Mrs. Tate) - type 1, pump, bring juice boxes + glucagon
- Hart, Julian (5A) - EpiPen x2, tree nut allergy
- Mensah, Kofi (5C) - seizure action plan, rescue Valtoco nasal
- Roy, Camille (5A) - asthma, albuterol inhaler w/ spacer
- Vo, Bao Ngoc (5B) - ADHD, midday Ritalin - can skip on trip day per mom's note

Sofia's mom wants to chaperone, which would be great.

Jeannie
"""))

# ----------------------------------------------------------------
add('clean', 'clean-lookalike', '', lambda: mk(
    '"Harbor Mutual Auto" <claims@harbormutual.com>',
    '"Teresa Kowalczyk" <tkowalczyk@gmail.com>',
    'Claim 7730-AU-22918: medical payments coverage update', 'Wed, 09 Dec 2026 11:20:00 -0500',
    """Dear Teresa Kowalczyk,

We have finished reviewing claim 7730-AU-22918 for the November 14 collision involving
your 2019 Honda CR-V. The repair estimate from Fairhaven Collision ($4,812.30) has been
approved, less your $500 deductible.

Your policy includes Medical Payments coverage of $5,000 per person. No medical
expenses were reported on this claim; if anyone in your vehicle later seeks treatment,
contact us within one year.

Policy: HMA-OH-4410928
Adjuster: Bryan Feeney, 1-866-428-7700 ext. 3312

Harbor Mutual Auto Insurance
"""))

# ----------------------------------------------------------------
add('phi', 'phi-struct', 'Mbeki', lambda: mk(
    '"HIE Notifications" <notify@ohhie-example.org>',
    'cvbh-records@cvbh.org',
    'CCD received for your attributed patient', 'Wed, 09 Dec 2026 02:30:00 -0500',
    """A Continuity of Care Document was received from Lakemont Children's Hospital for a
patient attributed to your organization. Excerpt of the structured header and sections:
""", atts=[('ccd_excerpt.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261208174500-0500"/>
  <recordTarget><patientRole>
    <id extension="LC00398001" root="2.16.840.1.113883.3.9812.1"/>
    <addr><streetAddressLine>77 Quarry Hill Rd</streetAddressLine><city>Fairhaven</city><state>OH</state></addr>
    <patient><name><given>Thando</given><family>Mbeki</family></name>
      <administrativeGenderCode code="M"/><birthTime value="20151022"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Generalized anxiety disorder (F41.1) - active. School refusal - active.</text></section></component>
    <component><section><title>Medications</title>
      <text>Sertraline 25 mg tablet, 1 tab by mouth daily. Started 2026-11-20.</text></section></component>
    <component><section><title>Encounters</title>
      <text>2026-12-08 Outpatient ED visit - chest pain, ECG normal, discharged home.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
""", 'text/xml')]))

# ----------------------------------------------------------------
add('phi', 'phi-lang', 'Lê', lambda: mk(
    '"Lê Văn Hùng" <hung.le.fhv@gmail.com>',
    '"Sunpath Kids Health Plan" <memberservices@sunpathhealth.com>',
    'Thẻ bảo hiểm của con gái tôi - Lê Ngọc Anh', 'Wed, 09 Dec 2026 19:55:00 -0500',
    """Kính gửi Sunpath,

Con gái tôi là Lê Ngọc Anh, sinh ngày 04/06/2016, mã số thành viên SPK20733561-01. Tuần
trước cháu đi khám mắt ở Lakemont và bác sĩ cho đơn kính, nhưng cửa hàng kính nói bảo
hiểm đã hết hạn từ 30/11. Tôi đã gửi giấy tờ gia hạn (renewal) từ tháng 10 rồi.

Xin kiểm tra lại giúp tôi. Cháu cũng có lịch hẹn chỉnh nha (orthodontist) ngày 18/12,
tôi sợ bị từ chối.

Điện thoại: 330-719-4426 (buổi tối).

Cảm ơn,
Lê Văn Hùng
"""))

# ----------------------------------------------------------------
add('clean', 'clean-news', '', lambda: mk(
    'Lakemont Foundation <foundation@lakemontchildrens.org>',
    'donors@lakemontchildrens.org',
    'Thank you! 2026 Radiothon raised $1.2 million', 'Thu, 10 Dec 2026 09:00:00 -0500',
    """Dear friends,

Because of you, this year's WFHV Cares for Kids Radiothon raised $1,214,880 for
Lakemont Children's Hospital - our best year ever.

Your gifts will fund:
  - a second pediatric MRI with a "space adventure" theme room
  - 12 new NICU incubators
  - the Child Life toy closet for a full year
  - mental health crisis training for 400 school staff in Marlow County

Thank you to our volunteers, our radio partners and every family who shared their
story on air with their permission.

With gratitude,
Rebecca Tomlin, President, Lakemont Children's Foundation
"""))

# ----------------------------------------------------------------
add('phi', 'phi-self', 'Whitaker', lambda: mk(
    '"Denise Carrow" <denise.carrow@yahoo.com>',
    '"Lakemont Foster Care Clinic" <fostercareclinic@lakemontchildrens.org>',
    'Jazmine & Tyler - my niece and nephew', 'Thu, 10 Dec 2026 20:30:00 -0500',
    """Hello,

My name is Denise Carrow. I'm the aunt and now the kinship guardian of Jazmine and Tyler
Whitaker (the county caseworker Carmen Ruiz said she emailed you). Different last name
from the kids, I know, I have the court paper if the front desk needs it.

Jazmine used her inhaler 4 times today and coughs all night. I only have the one
inhaler the last foster family gave me and it says 2 refills left but the pharmacy
says the prescription is under the old address. Can the doctor send a new one to the
Walgreens on Route 9? And Tyler still needs his shots before he can stay in
kindergarten after winter break.

Thank you. I'm doing my best with these two.
Denise Carrow, 330-588-1046
""", charset='windows-1252'))

# ----------------------------------------------------------------
add('clean', 'clean-admin', '', lambda: mk(
    '"Lakemont Volunteer Services" <volunteers@lakemontchildrens.org>',
    'Teen Volunteers <teen-volunteers@lakemontchildrens.org>',
    'Teen volunteer program: TB test & flu shot deadline Jan 8', 'Thu, 10 Dec 2026 12:00:00 -0500',
    """Hi teen volunteers!

To keep volunteering in patient areas in 2027 you need to upload proof of:
  1. a flu vaccine for the 2026-27 season, and
  2. a negative TB test or questionnaire (new volunteers only)

Employee Health will give both free on Tuesdays 2-5 pm in the Tower A basement. Bring
your volunteer badge. Under 18? A parent must sign the consent form (attached on the
volunteer portal).

Deadline: January 8. Badges will be deactivated for anyone missing documents.

Thanks for everything you do - the Play Room doesn't run without you!
Volunteer Services
"""))

# ----------------------------------------------------------------
add('phi', 'phi-ids', 'Osei', lambda: mk(
    'Lab Results Interface <lab-results@lakemontchildrens.org>',
    '"EDP Nursing" <edp-rn@cvbh.org>',
    'CRITICAL VALUE notification - callback required', 'Fri, 11 Dec 2026 06:51:00 -0500',
    """CRITICAL VALUE
Patient ID:   LC00488731
Name:         OSEI, ABENA
DOB:          03/29/2009
Collected:    12/11/2026 06:05   Loc: CVBH-EDP
Test:         POTASSIUM  2.6 mmol/L  (LL)   ref 3.5-5.1

Ordering provider must acknowledge within 30 min. Call lab 330-418-2400.
"""))

# ----------------------------------------------------------------
add('phi', 'phi-names', 'Ferreira', lambda: mk(
    '"Nwosu, Ifeoma" <inwosu@cvbh.org>',
    '"EDP Staff" <edp-staff@cvbh.org>',
    'Gabe F family meal - Tues', 'Fri, 11 Dec 2026 16:05:00 -0500',
    """Reminder that Gabriel's family meal got moved to Tuesday at noon since his coverage
lapsed for a few days (billing sorted it out this afternoon, thank you Francine).
Both parents plus his older sister Bianca will come. Goal: full plate + dessert without
negotiation. Mom tends to rescue him, so whoever runs it please coach her.

NG still off the table as long as he keeps gaining.

Ifeoma
"""))

# ----------------------------------------------------------------
add('clean', 'clean-staff', '', lambda: mk(
    '"Ortega, Luis (Security)" <lortega@lakemontchildrens.org>',
    'Unit Managers <unit-managers@lakemontchildrens.org>',
    'Holiday visitor policy + badge printer', 'Fri, 11 Dec 2026 13:00:00 -0500',
    """Managers,

Holiday visiting runs Dec 20-Jan 3. Reminders:
  - Siblings under 12 allowed on 4 West and 5 South with a screening at the desk
  - NICU: 2 adults at the bedside, siblings only on Sunday sibling hours
  - Adolescent psych at CVBH keeps its normal list-based visiting

The badge printer at the main entrance is fixed. If a visitor shows up without ID,
call Security at x4-4444 - don't just wave them through.

Luis Ortega
Security Supervisor
"""))

# ----------------------------------------------------------------
add('phi', 'phi-lists', 'Kessler', lambda: mk(
    '"Doyle, Maureen RN" <mdoyle@cvbh.org>',
    '"Adolescent Psych Inpatient" <adolpsych-ip@cvbh.org>',
    'night handoff 12/12', 'Sat, 12 Dec 2026 06:45:00 -0500', None,
    html=HTML_HEAD + """<p>Handoff from nights. Quiet until 0300.</p>
<table>
<tr><th>Rm</th><th>Pt</th><th>Legal</th><th>Precautions</th><th>Overnight</th></tr>
<tr><td>201</td><td>Kessler, Amara (13)</td><td>vol - parent</td><td>SI, q15</td><td>slept; asked for PRN hydroxyzine 2200</td></tr>
<tr><td>202</td><td>Vance, Tyrell (16)</td><td>involuntary</td><td>assault, 1:1</td><td>yelling 0310, verbal de-esc worked</td></tr>
<tr><td>204</td><td>Sorensen, Ava (16)</td><td>vol</td><td>self-harm, q15</td><td>admitted 2330 from Lakemont ED</td></tr>
<tr><td>205</td><td>Petrov, Dmitri (14)</td><td>vol - guardian (aunt, O. Ilyina)</td><td>elopement</td><td>no issues</td></tr>
</table>
<p>Amara's mom calling at 9 re: pass. Ava's mom bringing clothes (no strings/laces).</p>
<p class="sig">Maureen Doyle, RN</p>
""" + HTML_TAIL))

# ----------------------------------------------------------------
add('phi', 'phi-care', 'Pruitt', lambda: mk(
    '"Marsh, Linda" <lindamarsh52@aol.com>',
    '"Neurology Scheduling" <neuro-sched@lakemontchildrens.org>',
    'Re: EEG for Cody', 'Sat, 12 Dec 2026 10:02:00 -0500',
    """Thank you, Tuesday the 22nd at 8 works. I will keep him up late the night before like
the paper says. His twin brother Kayden will have to come with us, I have no one to
watch him, hope that is ok.

Linda Marsh (grandmother)

-----Original Message-----
From: Neurology Scheduling <neuro-sched@lakemontchildrens.org>
Sent: Fri, Dec 11, 2026 3:15 pm
To: lindamarsh52@aol.com
Subject: EEG for Cody

Dear Ms. Marsh,

Cody Pruitt has been scheduled for a sleep-deprived EEG on Tuesday, December 22 at
8:00 AM, Lakemont Neurodiagnostics, Tower A, 3rd floor. Please reply to confirm.
"""))

# ================================================================ main
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, build) in enumerate(MSGS, 1):
        fn = '%s-%03d.eml' % (kind, i)
        m = build()
        for j, part in enumerate(p for p in m.walk() if p.is_multipart()):
            part.set_boundary('----=_Part_%03d_%02d_%s' % (i, j, hashlib.md5(fn.encode()).hexdigest()[:12]))
        data = m.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        rows.append((fn, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    # parse check
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), 'rb') as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        assert msg['Subject'] is not None and msg['Message-ID'], fn
        for part in msg.walk():
            if part.get_content_maintype() == 'multipart':
                continue
            part.get_content()
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
