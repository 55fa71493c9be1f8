#!/usr/bin/env python3
"""Blind evaluation mail set (SEED 4502).
Setting: county jail health service (corrections officers, public defenders,
re-entry programmes) and a veterans' community clinic (VA community-care
referrals, service officers, family caregivers).
All people, numbers and organisations are invented."""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 4502
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def D(mo, d, h, mi, tz=-5):
    sec = (mo * 7 + d * 13 + mi) % 60
    return datetime(2025, mo, d, h, mi, sec, tzinfo=timezone(timedelta(hours=tz)))


def add(label, kind, patient, frm, to, subj, body, when, cc=None, html=None,
        atts=(), cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, body=body, when=when, cc=cc, html=html,
                     atts=list(atts), cte=cte, extra=extra or {}))


def mkzip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 5, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def mkxlsx(rows, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (col(ci), ri, _x(str(v))) for ci, v in enumerate(row))
        xml_rows.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xml_rows))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return mkzip(files)


def csvtext(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


DISC_KCHP = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain "
             "protected health information that is privileged and confidential under "
             "federal and state law. If you are not the intended recipient, notify the "
             "sender and delete this message. Keystone Correctional Health Partners.")
DISC_AF = ("This message is intended only for the addressee and may contain information "
           "that is confidential. If you received it in error please call Ashby Fork "
           "Veterans Community Clinic at (555) 013-2200 and destroy all copies.")
DISC_COUNTY = ("Marrow County e-mail is subject to public records disclosure. "
               "Please do not reply with information you would not want released.")

# =====================================================================
# PHI - care
# =====================================================================
add('phi', 'care', 'Okafor-Bell',
    '"Renee Castellanos, RN" <rcastellanos@kchp-health.com>',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    'withdrawal check - intake last night',
    """Dr H,

FYI new intake from last night, Dwayne Okafor-Bell, booked around 2300. Told
booking he drinks about a fifth a day, last drink was yesterday afternoon. I
started him on the CIWA protocol at 0200. Score was 14 at 0600 -- tremor,
sweating, anxious. BP 162/98, HR 112. Gave chlordiazepoxide 50mg po per the
standing order, recheck at 1000.

He's in medical obs cell 3. Can you see him on rounds this am? Also he says he
takes lisinopril but doesnt know the dose, I faxed a release to the Walgreens
on Route 9 for his fill history.

Renee Castellanos, RN
Charge Nurse, Medical Unit
Marrow County Detention Center | Keystone Correctional Health Partners
ext 4417

""" + DISC_KCHP + "\n",
    D(3, 4, 6, 41))

add('phi', 'care', 'Pruitt',
    '"Lydia Fenwick, RN" <lfenwick@ashbyforkvcc.org>',
    'Community Care Referrals <referrals@ccn-meridianvets.com>',
    'Re: Referral extension request - Pruitt',
    """Good afternoon,

Following up on the voicemail I left Tuesday. Mr. Harold Pruitt had his
colonoscopy at Fairmount Surgical Center on 3/12 -- they took out two polyps
and sent them to path. The GI doc (Dr. Menon) wants him back in about 3 weeks
to go over the pathology and maybe schedule a repeat scope, but the current
authorization only covered the procedure itself.

Can the referral be extended to cover one follow-up office visit plus a
possible repeat colonoscopy? The current approval runs out 3/31.

Thanks so much,
Lydia

Lydia Fenwick, RN, BSN
Community Care Coordinator
Ashby Fork Veterans Community Clinic
(555) 013-2290 | fax (555) 013-2291

""" + DISC_AF + "\n",
    D(3, 14, 13, 22, -4), cc='"Paul Anstruther" <panstruther@ashbyforkvcc.org>')

add('phi', 'care', 'Quintanilla',
    '"Gloria Pettibone" <medrecords@kchp-health.com>',
    '"Adaeze Oduya" <aoduya@pd.marrowcounty.gov>',
    'RE: Records request - State v. Quintanilla (25CR-0219)',
    """Ms. Oduya,

Per the signed authorization you sent, here is the summary you asked for.
Certified copies of the full chart will follow by mail within 10 business days.

- 2/14  intake screening. No acute issues noted, reported prior back surgery in 2021
- 2/16, 2/17, 2/18  sick call for lower back pain and numbness down the left leg.
  Ibuprofen 600 given, changed to naproxen 500 twice daily on 2/17
- 2/19  sent out to Mercy St. Alban ED after she fell in the dayroom. CT of the
  head and an MRI of the low back done there, she came back the same evening
- 2/20  seen by Dr. Haddad, ordered a PT evaluation and a bottom bunk pass

Let me know if you need anything else before Thursday.

Gloria Pettibone
Health Information Clerk
Keystone Correctional Health Partners @ MCDC
555-011-4400 x2213

-----Original Message-----
From: Adaeze Oduya <aoduya@pd.marrowcounty.gov>
Sent: Monday, March 3, 2025 4:52 PM
To: Medical Records - MCDC <medrecords@kchp-health.com>
Subject: Records request - State v. Quintanilla (25CR-0219)

Hello,

I represent Marisol Quintanilla in the above matter. Attached is her signed
release (HIPAA authorization, dated 3/1). We need to know whether she got any
treatment after the fall on 2/19 -- her bond hearing is Thursday and it bears
on the conditions we're asking for.

Adaeze Oduya
Assistant Public Defender
Marrow County Public Defender's Office
""" + DISC_COUNTY + "\n",
    D(3, 4, 10, 5))

add('phi', 'care', 'Vail',
    '"Jonah Stirling" <jstirling@nextdoorreentry.org>',
    'MCDC Discharge Planning <dcplanning@kchp-health.com>',
    'Vail release friday - MOUD bridge',
    """hi all - Terrence Vail is set for release friday 3/7 (time served). he's been
on bup/nal 8/2 daily since january thru the jail MOUD program and wants to stay
on it.

we got him an intake at Harbor Light Recovery Clinic monday 3/10 at 10am w/ NP
Gutierrez. can someone confirm the jail doc will send a bridge script to cover
fri-mon and fax his last UDS + dosing log over to harbor light? their fax is
555-014-8823.

also he started hep C treatment in feb, I have no idea if that continues on the
outside or how -- pls advise

thanks
Jonah

--
Jonah Stirling | Reentry Case Manager
NextDoor Reentry Partnership
"second chances start on day one"
""",
    D(3, 5, 15, 48))

_sz_txt = """Dr. Ostrowski,

The Riverbend dialysis unit called this morning about Walter Szymanski. They
moved his treatments to M/W/F (was T/Th/Sa) and his pre-dialysis potassium on
Monday was 6.1. Their nephrologist stopped the spironolactone and started
Lokelma 10 g daily. They also want us to hold his lisinopril until the next
labs on 3/17.

I've updated the med list in our chart but did NOT discontinue anything in the
VA pharmacy profile yet -- that needs your co-sign. His carvedilol refill is
due 3/18, no change there.

Keiko

Keiko Maruyama, PharmD, BCACP
Clinical Pharmacist Practitioner
Ashby Fork Veterans Community Clinic
"""
_sz_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Ostrowski,</p>
<p>The Riverbend dialysis unit called this morning about <b>Walter Szymanski</b>. They
moved his treatments to M/W/F (was T/Th/Sa) and his pre-dialysis potassium on
Monday was <span style="color:#c00000">6.1</span>. Their nephrologist stopped the
spironolactone and started Lokelma 10 g daily. They also want us to hold his
lisinopril until the next labs on 3/17.</p>
<p>I've updated the med list in our chart but did <u>NOT</u> discontinue anything in the
VA pharmacy profile yet -- that needs your co-sign. His carvedilol refill is due
3/18, no change there.</p>
<p>Keiko</p>
<p style="color:#555">Keiko Maruyama, PharmD, BCACP<br>Clinical Pharmacist Practitioner<br>
Ashby Fork Veterans Community Clinic</p>
</body></html>
"""
add('phi', 'care', 'Szymanski',
    '"Keiko Maruyama" <kmaruyama@ashbyforkvcc.org>',
    '"Dr. Stefan Ostrowski" <sostrowski@ashbyforkvcc.org>',
    'Szymanski - dialysis unit called re meds',
    _sz_txt, D(3, 12, 9, 3, -4), html=_sz_html)

add('phi', 'care', 'Trimble',
    '"Sgt. Brandon Leckie" <bleckie@sheriff.marrowcounty.gov>',
    'MCDC Medical Unit <medunit@kchp-health.com>',
    'inmate injury D pod',
    """Medical,

At approx 1940 hrs inmate TRIMBLE, Keshawn (bk 25-001187) slipped in the D-pod
shower. Laceration to the chin approx 2 inches and he is holding his right
wrist. Nurse Abernathy responded, cleaned it and closed the chin with 4 staples.
He is asking for an x-ray of the wrist, says he can't move it or make a fist.

Please advise if he needs to go out tonight or if it can wait for the mobile
x-ray tomorrow. He is back in D-214 for now. Incident report IR-25-0412 filed.

Sgt. B. Leckie #1147
Marrow County Sheriff's Office - Detention Division
2nd Shift Supervisor
""" + DISC_COUNTY + "\n",
    D(3, 8, 20, 17))

_al_txt = """ASHBY FORK VCC -- CARE TRANSITIONS NOTIFICATION

Your patient LEONEL ALVAREZ-NUÑEZ was discharged from Mercy St. Alban Hospital
on 03/06/2025.

Admitted:        03/03/2025
Procedure:       Left total knee arthroplasty (Dr. R. Castellano, Orthopedics)
Discharged to:   Home with spouse
Follow-up:       Ortho clinic in 2 weeks for staple removal
                 Outpatient PT 3x/week x 6 weeks (referral sent to Ashby Fork PT)
Discharge meds:  oxycodone 5 mg every 6 h as needed x 5 days, then stop
                 apixaban 2.5 mg twice daily x 35 days
                 acetaminophen 1 g three times daily
                 docusate 100 mg twice daily

Please contact the Care Transitions team at 555-018-7700 with questions.
This notification was sent under VA Community Care authorization.
"""
_al_html = """<html><body>
<h3 style="color:#1f4e79">Ashby Fork VCC &ndash; Care Transitions Notification</h3>
<p>Your patient <b>LEONEL ALVAREZ-NU&Ntilde;EZ</b> was discharged from Mercy St. Alban Hospital on 03/06/2025.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Admitted</td><td>03/03/2025</td></tr>
<tr><td>Procedure</td><td>Left total knee arthroplasty (Dr. R. Castellano, Orthopedics)</td></tr>
<tr><td>Discharged to</td><td>Home with spouse</td></tr>
<tr><td>Follow-up</td><td>Ortho clinic in 2 weeks for staple removal<br>Outpatient PT 3x/week x 6 weeks (referral sent to Ashby Fork PT)</td></tr>
<tr><td>Discharge meds</td><td>oxycodone 5 mg every 6 h as needed x 5 days, then stop<br>apixaban 2.5 mg twice daily x 35 days<br>acetaminophen 1 g three times daily<br>docusate 100 mg twice daily</td></tr>
</table>
<p>Please contact the Care Transitions team at 555-018-7700 with questions.<br>
<small>This notification was sent under VA Community Care authorization.</small></p>
</body></html>
"""
add('phi', 'care', 'Alvarez-Nuñez',
    'Mercy St. Alban Care Transitions <caretransitions@mercystalban.org>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'Discharge notification - ALVAREZ-NUÑEZ, LEONEL',
    _al_txt, D(3, 6, 16, 30), html=_al_html)

add('phi', 'care', 'Kowalczyk',
    '"Tomasz Grell, DPT" <tgrell@ashbyforkvcc.org>',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    'Ray K - PT wrap up',
    """Hi Danielle,

Quick update since you're working with his daughter on the caregiver
application. Ray Kowalczyk finished his 12th PT session today. Balance is a
lot better (Berg went from 31 to 44) and he's using a rollator inside the house
now instead of the wheelchair. Still needs the chair for anything outside.

Gave him a home exercise program and put in the consult for a power chair eval
at VA prosthetics -- they have him 4/2 at 9:15. His daughter Anna will need to
bring him, he can't drive since the seizure in January.

Tomasz

Tomasz Grell, PT, DPT
Physical Therapy | Ashby Fork Veterans Community Clinic
""",
    D(3, 20, 16, 2, -4))

# =====================================================================
# PHI - names
# =====================================================================
add('phi', 'names', 'Nguyễn',
    '"Farah Siddiqui, MD" <fsiddiqui@ashbyforkvcc.org>',
    'Front Desk <frontdesk@ashbyforkvcc.org>',
    'Nguyễn Thị Hoa - labs back',
    """A1c 9.4 and her kidney numbers are worse than December. Can you call her and
move the f/u up to next week? She'll need the Vietnamese interpreter line.

thx
-FS

Sent from my iPhone
""",
    D(3, 11, 18, 51, -4))

add('phi', 'names', 'Adeyemi-Cole',
    '"Marcy Lindqvist, LPN" <mlindqvist@kchp-health.com>',
    'MCDC Med Pass <medpass@kchp-health.com>',
    'pill line change starting tmrw',
    """Adeyemi-Cole, Babatunde -- move his insulin to the 0430 pill line starting
tomorrow. He's got court at 0700 all week and transport pulls him before
breakfast so he's been missing the 0630 dose. Glargine 22u stays at HS, no
change. Sliding scale w/ breakfast tray in holding if his sugar is over 200.

B-pod COs already know. I put a sticky on the MAR too.

Marcy
""",
    D(3, 9, 21, 12, -4))

add('phi', 'names', 'van der Linden',
    '"Brenda Okoro, LCSW" <bokoro@ashbyforkvcc.org>',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    'home visit yesterday',
    """Danielle -

Went out to the van der Linden place yesterday afternoon. Mrs. van der Linden's
doing basically all of it herself: Pieter has had two falls since the stroke,
can't do the stairs, and bathing is a two-person job that she's doing alone.
She's also managing his tube feeds at night and hasn't slept more than 4 hours
straight in weeks by the sound of it.

I'd support Level 2 for the caregiver stipend and I think she should be
connected with respite asap. I'll finish the assessment note today.

Brenda Okoro, LCSW
Caregiver Support Program
""",
    D(3, 18, 8, 37, -4))

add('phi', 'names', 'Yusuf',
    '"Ofc. Tamika Rowe" <trowe@sheriff.marrowcounty.gov>',
    'MCDC Mental Health <mentalhealth@kchp-health.com>',
    '4B',
    """Can someone from MH come check on Yusuf in 4B? He's been refusing his meds
since his court date yesterday and didn't eat breakfast or lunch. Keeps saying
he doesn't see the point anymore. I have him on 15 min checks for now and the
sgt knows.

Ofc. T. Rowe #2281
""",
    D(3, 13, 13, 4, -4))

add('phi', 'names', 'Raghunathan',
    '"Paul Anstruther" <panstruther@ashbyforkvcc.org>',
    'Community Care Referrals <referrals@ccn-meridianvets.com>',
    'New CC referral - audiology',
    """Hello,

Requesting a community care referral for audiology for Raghunathan, Venkatesh
(USAF 1971-1975). Bilateral hearing loss, failed the whisper test in clinic
today and he is asking for hearing aids. His tinnitus is already service
connected per his rating letter. Mr. Raghunathan prefers Tuesdays or Thursdays
and would like a provider on the west side of town if possible, his son drives
him.

Consult is signed in CPRS. Let me know if you need the audiogram screen we did.

Paul Anstruther
Medical Support Assistant, Community Care
Ashby Fork Veterans Community Clinic
""",
    D(3, 7, 11, 26))

add('phi', 'names', 'Wróblewski',
    '"Darlene Fitch" <dfitch@cvso.marrowcounty.gov>',
    '"Beth Aranda, LPC" <baranda@ashbyforkvcc.org>',
    'wroblewski nexus letter?',
    """Hi Beth,

Mr. Zbigniew Wróblewski came by my office this morning with the decision letter
on his PTSD claim -- denied, they said no link between his current symptoms
and the service stressor. He told me he's been seeing you for counseling for
about 2 years and that the nightmares and the startle stuff started after the
mortar attack in '91.

Would you or one of the docs be willing to write a nexus letter for the
supplemental claim? I can send you the sample language we usually give
providers. He signed a 21-0845 so I can talk to you about it.

Darlene Fitch
County Veterans Service Officer
Marrow County Veterans Service Office
555-016-3300
""" + DISC_COUNTY + "\n",
    D(3, 19, 10, 44, -4))

add('phi', 'names', 'al-Khatib',
    '"Noor Haddadin, RN" <nhaddadin@kchp-health.com>',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    'PPD read - intake 3/3',
    """Dr. Haddad,

PPD placed 3/3 on Mr. al-Khatib (Abdelrahman, goes by Abdel) read today at
14 mm induration. He says he's never had a positive test before, no cough or
night sweats, no weight loss. Came here from Jordan in 2016.

I moved him to the negative pressure room as a precaution until the chest
x-ray is read. Mobile x-ray is coming at 1300. Do you want sputums x3 or wait
for the film?

Noor
""",
    D(3, 6, 9, 15))

add('phi', 'names', 'Okonkwo',
    '"j. whitsett" <jwhitsett@kchp-health.com>',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    'W-2 new',
    """ngozi okonkwo in W-2 says she's about 20 wks, no prenatal care yet. pregnancy
test positive at intake. needs OB referral + prenatal vitamins. she's asking
when she gets an ultrasound. ms okonkwo's BP was 138/88 fyi

-jw
""",
    D(3, 10, 22, 58, -4))

# =====================================================================
# PHI - self
# =====================================================================
add('phi', 'self', 'Whitcombe',
    '"Darnell Whitcombe" <dwhitcombe69@gmail.com>',
    'Ashby Fork Clinic <info@ashbyforkvcc.org>',
    'refill',
    """Hi this is Darnell Whitcombe DOB 06/14/1969. I need a refill on my metformin,
I'm down to 4 pills. Also my sugars have been running in the 200s in the
morning since I ran out of the other one (the januvia I think). Can Dr
Siddiqui call me or should I just come in? My number is 555-017-8812.

Thanks
Darnell
""",
    D(3, 15, 7, 9, -4))

add('phi', 'self', 'Pettaway',
    '"Gwendolyn Pettaway" <gpettaway.home@yahoo.com>',
    'MCDC Medical <medunit@kchp-health.com>',
    'My son has seizures PLEASE READ',
    """To whoever is the nurse at the jail,

My son Isaiah Pettaway was booked in Tuesday night. He has had seizures since
he was 12 and takes Keppra 500 mg two times a day. He did not have his pills on
him when they picked him up. He called me this morning and said nobody has
given him anything and he feels "off" which is how he gets before one.

His neurologist is Dr. Salazar at Mercy St. Alban, phone 555-018-2040. I can
bring his bottle from home if you will accept it. Please call me back at
555-012-9918. I am begging you to make sure he gets his medicine.

Gwendolyn Pettaway
""",
    D(2, 27, 9, 36))

add('phi', 'self', 'Mendenhall',
    '"Carla M" <carla.mendenhall88@outlook.com>',
    '"Jonah Stirling" <jstirling@nextdoorreentry.org>',
    'need help with my meds',
    """hey jonah its carla, Carla Mendenhall, you met me in the class at the jail in
feb. I got out the 3rd and they only gave me 7 days of my seroquel and my
zoloft and I have 2 left. the clinic on 4th st says they cant see me till
april 8. I dont have insurance yet, I filled out the medicaid thing at the
jail but never heard back. I really cant go without them, last time I stopped
everything went bad fast.

can you call me 555-019-0274

carla
""",
    D(3, 8, 23, 47))

add('phi', 'self', 'Beauchamp',
    '"ronnie b" <ronbeauchamp1956@aol.com>',
    'Ashby Fork Clinic <info@ashbyforkvcc.org>',
    'sleep study',
    """this is ronnie b, ronald beauchamp last 4 5521. my appt for the sleep study at
the community care place (Tri-County Sleep) got canceled and nobody told me, I
drove 40 min and they said the VA authorization ran out. My wife says I stop
breathing at night and Im falling asleep at red lights. who do I call to get
this fixed

ron
""",
    D(3, 17, 19, 22, -4))

add('phi', 'self', 'Armenta',
    '"Cpl. Derek Mowbray" <dmowbray@sheriff.marrowcounty.gov>',
    'MCDC Medical Unit <medunit@kchp-health.com>',
    'FW: Inmate Request - Medical',
    """fwd from the kiosk, he says it's been bleeding all day

-Mowbray

---------- Forwarded message ----------
From: kiosk-noreply@sheriff.marrowcounty.gov
Date: Wed, Mar 12, 2025 at 2:14 PM
Subject: Inmate Request - Medical
To: Housing Unit C <hu-c@sheriff.marrowcounty.gov>

REQUEST TYPE: MEDICAL / DENTAL
NAME: ARMENTA, LUIS        BOOKING #: 25-004417     HOUSING: C-108B
SUBMITTED: 03/12/2025 14:13

REQUEST TEXT:
i need to see the dentist my back tooth is broke and bleeding for 3 days i
cant eat on that side and it hurts to sleep. i put in a slip monday and nobody
came. please
""",
    D(3, 12, 15, 2, -4))

add('phi', 'self', 'Haskins',
    '"Patrice Haskins-Moody" <patrice.hmoody@gmail.com>',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    'Re: caregiver program application',
    """Hi Danielle,

Thank you for calling me back. To answer your questions: I'm Patrice, the
daughter and full-time caregiver of Eleanor Haskins (Navy, 1974-1980). Mom
moved in with us in November after the hip fracture. She can't get in or out
of the tub by herself, I do her insulin twice a day and her wound dressing on
the left heel every other day. Her memory is getting worse too -- Dr. Siddiqui
started donepezil last month.

I quit my job at the school district in December to be home with her. Is there
anything else you need for the application? I can bring paperwork to her
appointment on the 24th.

Patrice

On Mon, Mar 17, 2025 at 3:05 PM Danielle Royce <droyce@ashbyforkvcc.org> wrote:
> Hi Patrice, it was nice talking to you. Could you put in writing a short
> description of the help you give day to day? It goes in the application
> packet. Thanks!  --Danielle
""",
    D(3, 18, 21, 40, -4))

add('phi', 'self', 'Tran',
    '"Joe Tran" <jtran.usmc@gmail.com>',
    'Ashby Fork Reminders <noreply-reminders@ashbyforkvcc.org>',
    'Re: Appointment reminder',
    """Cant make it that day. foot is better, the sore closed up. can we push it a
couple weeks?

Joe

-----Original Message-----
From: Ashby Fork Reminders <noreply-reminders@ashbyforkvcc.org>
Sent: Tue, Apr 1, 2025 9:00 AM
To: jtran.usmc@gmail.com
Subject: Appointment reminder

> Reminder for JOSEPH TRAN
> Podiatry - Dr. H. Feld
> Wednesday April 9, 2025 at 1:30 PM
> Ashby Fork Veterans Community Clinic, 410 Mill Race Rd, Suite B
> Please bring your glucose log and wear the offloading boot.
> To cancel call (555) 013-2200. Replies to this address are not monitored.
""",
    D(4, 1, 11, 18, -4))

# =====================================================================
# PHI - ids
# =====================================================================
add('phi', 'ids', 'Marchetti',
    '"Noor Haddadin, RN" <nhaddadin@kchp-health.com>',
    'MCDC Infection Control <infectioncontrol@kchp-health.com>',
    'PPD reads due today',
    """Two PPD reads due today that didn't get done on days:

Marchetti, J.   DOB 3.4.88    chart 00471823   placed L forearm 3/1
A-pod, bunk 22 -- he was at court when I came by. Will read first thing
tomorrow, still inside the window.

the other one was read, 0 mm.

NH
""",
    D(3, 4, 18, 10))

add('phi', 'ids', 'Brandvold',
    '"Paul Anstruther" <panstruther@ashbyforkvcc.org>',
    '"Sheila Ng" <sng@ccn-meridianvets.com>',
    'RE: auth status - 1452-88-CC',
    """Sheila,

Sorry, here's what you asked for:

Veteran: Kyle Brandvold
DOB: 19880304
ICN: 1012847736V551204
Referral #: 1452-88-CC
Service: chiropractic + PT, lumbar, 12 visits

He's been waiting since Jan 28 and called us twice this week, his back is
worse since the move. Provider he picked is Summit Spine & Rehab (NPI on the
consult).

Paul

-----Original Message-----
From: Sheila Ng <sng@ccn-meridianvets.com>
Sent: Wednesday, March 5, 2025 10:11 AM
To: Paul Anstruther <panstruther@ashbyforkvcc.org>
Subject: auth status

Hi Paul, I can't find the one you called about. Can you send DOB and the
referral number? Thanks - Sheila
""",
    D(3, 5, 10, 34))

add('phi', 'ids', 'Fierro-Baca',
    '"Imani Greer" <igreer@nextdoorreentry.org>',
    '"Marrow County JFS - Medicaid Intake" <medicaid.intake@jfs.marrowcounty.gov>',
    'expedited application - released 3/10',
    """Good morning,

Submitting the attached info for an expedited Medicaid determination. The
client was released from MCDC on 3/10 and is insulin dependent, he left with
a 5 day supply.

Name: Rolando Fierro-Baca
Date of birth: 4 March 1961
SSN: 529-41-8830
Address: c/o Harwick House, 1188 Tanner St, Room 6, Marrow City
Phone: 555-014-3067 (house phone, ask for Rolando)

He also has a follow up at the county clinic on 3/14 for his foot ulcer. Please
let me know if anything else is needed.

Imani Greer
Benefits Navigator, NextDoor Reentry Partnership
""",
    D(3, 11, 8, 55, -4))

add('phi', 'ids', '',
    'Mercy St. Alban Lab <lab-critical@mercystalban.org>',
    'MCDC Medical Unit <medunit@kchp-health.com>',
    'CRITICAL VALUE - callback needed',
    """CRITICAL VALUE NOTIFICATION

Accession: L25-0330-1187
MRN: 7731904
Client: MARROW CO DETENTION (acct 60021)
Collected: 03/30/2025 05:40   Resulted: 03/30/2025 07:12

POTASSIUM  2.9 mmol/L  (3.5-5.1)  CRITICAL LOW
MAGNESIUM  1.4 mg/dL   (1.7-2.4)  LOW

Attempted phone notification x2 at 07:15 and 07:25, no answer at 555-011-4400.
Please call the lab at 555-018-7730 to acknowledge read-back.
""",
    D(3, 30, 7, 31, -4))

add('phi', 'ids', 'Ruffin',
    '"Tricia Oldham" <toldham@marrowcounty.gov>',
    '"Patient Accounts - Mercy St. Alban" <patientaccounts@mercystalban.org>',
    'inmate ER bill - wrong payer',
    """Hi,

We got a bill addressed to the county for acct 440019372, DOS 01/22/25, ER
visit + CT abdomen, $6,214.00. This patient (Cornelius Ruffin) was released
from custody on 01/20 so he was not in our custody that day and the county is
not responsible. He does have Medicaid, ID ZR44817B, per the booking paperwork.

Please rebill and remove us as guarantor.

Tricia Oldham
Inmate Medical Claims, Marrow County Auditor's Office
555-011-2090
""",
    D(3, 3, 14, 12))

add('phi', 'ids', 'Lattimore',
    '"Darlene Fitch" <dfitch@cvso.marrowcounty.gov>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'C&P exam - Lattimore',
    """Lydia, heads up -- Mr. Lattimore's C&P exam got scheduled for 4/3 at the QTC
office in Belden. C-file 28 441 903, DOB 11/30/1952. It's the increase claim
for the PTSD (currently 70%) plus the new one for the neuropathy in his feet.

He wants someone to go with him, his wife can't drive anymore. Does the clinic
still have the volunteer driver program? Also he asked me to tell you he's out
of the gabapentin.

Darlene
""",
    D(3, 21, 12, 8, -4))

add('phi', 'ids', 'Strickland',
    '"Renee Castellanos, RN" <rcastellanos@kchp-health.com>',
    '"Lt. Harold Beamon" <hbeamon@sheriff.marrowcounty.gov>',
    'medical hold / dialysis transport',
    """Lt. Beamon,

Please keep the medical hold on SO# 118842 / booking 2025-00731, STRICKLAND,
EBONY, DOB 1994-07-09. She needs transport to DaVita Marrow City for dialysis
M/W/F, chair time 0600, runs about 4 hrs. She missed Monday because there was no
transport officer and her potassium this morning was high. Can we get her on the
standing transport list please?

Renee
""",
    D(3, 19, 7, 2, -4))

add('phi', 'ids', 'Fontenot',
    '"After Hours Answering Service" <msgs@clearlineanswering.com>',
    'Ashby Fork On Call <oncall@ashbyforkvcc.org>',
    'Message 03/22 02:16 - URGENT',
    """MESSAGE FOR: ASHBY FORK VETERANS CLINIC - ON CALL
TAKEN BY: op 14   03/22/2025 02:16

CALLER: Yvette Fontenot (wife)
RE: Gerald Fontenot  AF-0091127
CALLBACK: (555) 017-3348
ADDRESS: 88 Sassafras Ln, Ashby Fork

MSG: Husband's oxygen concentrator stopped working, alarm going off. He is on
3 liters all the time. Using the small tank, she thinks it has 2 hrs left.
Supplier not answering. Wants to know if she should call 911 or take him to
the ER.

** Please reply DONE when handled **
""",
    D(3, 22, 2, 17, -4))

# =====================================================================
# PHI - lists
# =====================================================================
add('phi', 'lists', 'Hollis',
    '"Renee Castellanos, RN" <rcastellanos@kchp-health.com>',
    'MCDC Nursing <nursing-all@kchp-health.com>',
    'AM huddle 3/14',
    """AM huddle 3/14 -- please read before pill pass

* Hollis, Marcus (A-112) -- CIWA day 3, scores down to 6, d/c protocol tomorrow if <8 x 24h
* Tafoya, Gabriela (W-7) -- 31 wks, OB appt Mercy 3/17, needs transport request in today
* Okafor-Bell (med obs 3) -- BP still 150s, Dr H added amlodipine 5
* Ruiz-Delgado, Ernesto (C-204) -- new insulin pt, teach fingersticks at 1100
* "Big Mike" Szabo (D-110) -- refusing dialysis transport again, MH and lt aware
* Pham, Quang (B-15) -- sutures out today (L hand)

Sick call slips: 23 on the board, 6 dental. Dental is Tuesday only this week.

R.
""",
    D(3, 14, 6, 15, -4))

add('phi', 'lists', 'Ferreira',
    '"Paul Anstruther" <panstruther@ashbyforkvcc.org>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'referrals stuck > 30 days',
    """Lydia, these are the ones still sitting without an appointment past 30 days.
Can we go over them at 2?

| Veteran              | Last4 | Service          | Sent     | Status                    |
|----------------------|-------|------------------|----------|---------------------------|
| Ferreira, Manuel     | 0417  | Cardiology       | 01/30/25 | provider not accepting    |
| Brandvold, Kyle      | 3326  | Chiro/PT lumbar  | 01/28/25 | returned - missing info   |
| Oyelaran, Tunde      | 9052  | Sleep study      | 02/03/25 | no response from vendor   |
| Haskins, Eleanor     | 7710  | Wound care       | 02/10/25 | scheduled then cancelled  |
| Delacroix-Muir, Anne | 2288  | Mammogram dx     | 02/11/25 | veteran declined 2 offers |

Manuel's the one I'm worried about, his echo showed EF 30%.

Paul
""",
    D(3, 13, 11, 40, -4))

_rel = csvtext([
    ['booking_no', 'last', 'first', 'dob', 'release_dt', 'active_meds', 'moud', 'followup'],
    ['25-000812', 'Vail', 'Terrence', '08/22/1990', '03/07/2025', 'bup/nal 8/2 daily; sofosbuvir/velpatasvir', 'Y', 'Harbor Light 3/10 10:00'],
    ['25-001044', 'Mendenhall', 'Carla', '11/02/1988', '03/03/2025', 'quetiapine 200 hs; sertraline 100', 'N', 'County MH - waitlist'],
    ['24-009931', 'Fierro-Baca', 'Rolando', '03/04/1961', '03/10/2025', 'insulin glargine 30u; metformin 1000 bid', 'N', 'County clinic 3/14'],
    ['25-000377', 'Kimura', 'Dylan', '05/17/1999', '03/11/2025', 'naltrexone ER inj (last 2/25)', 'Y', 'Bridgeway 3/24'],
    ['25-001502', 'Baptiste', 'Rose-Marie', '12/30/1975', '03/12/2025', 'lisinopril 20; atorvastatin 40', 'N', 'PCP Dr. Amundsen'],
    ['24-010286', 'Oluwaseun', 'Femi', '07/07/1993', '03/14/2025', 'HIV ART (bictegravir/FTC/TAF)', 'N', 'ID clinic Mercy - appt needed'],
])
add('phi', 'lists', 'Vail',
    '"MCDC Discharge Planning" <dcplanning@kchp-health.com>',
    '"Jonah Stirling" <jstirling@nextdoorreentry.org>, "Imani Greer" <igreer@nextdoorreentry.org>',
    'releases w/e 3/14 - med list',
    """Attached is this week's release list with active meds for the folks who
signed the ROI for NextDoor. Femi O. still needs an ID clinic appt, can one of
you work on that?

Thanks,
Sandra Kowal, RN
Discharge Planning, MCDC Health Services
""",
    D(3, 6, 12, 0),
    atts=[('MCDC_releases_wk0314.csv', _rel, 'text', 'csv')])

_cg = mkxlsx([
    ['Veteran', 'Caregiver', 'Relationship', 'Tier', 'Primary needs', 'Next reassessment'],
    ['Kowalczyk, Raymond', 'Anna Kowalczyk', 'Daughter', 'Pending', 'mobility, seizure precautions', '04/15/2025'],
    ['van der Linden, Pieter', 'Margriet van der Linden', 'Spouse', 'Level 2 (rec)', 'post-stroke, PEG feeds, falls', '06/01/2025'],
    ['Haskins, Eleanor', 'Patrice Haskins-Moody', 'Daughter', 'Pending', 'insulin, heel wound, early dementia', '04/24/2025'],
    ['Fontenot, Gerald', 'Yvette Fontenot', 'Spouse', 'Level 1', 'home O2 3L, COPD', '05/10/2025'],
    ['Szymanski, Walter', 'Irena Szymanski', 'Spouse', 'Level 1', 'dialysis transport, CHF', '07/02/2025'],
    ['Chávez Orozco, Tomás', 'Lucía Chávez', 'Spouse', 'Level 2', 'TBI, supervision', '05/28/2025'],
], sheet='Caregiver roster')
add('phi', 'lists', 'Kowalczyk',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    '"Brenda Okoro" <bokoro@ashbyforkvcc.org>',
    'roster for Thurs review',
    """Here's the roster for Thursday. I added the two new apps. Can you double check
the tier recs before I send to the VA caregiver support coordinator?

D.
""",
    D(3, 19, 15, 5, -4),
    atts=[('PCAFC_roster_Mar2025.xlsx', _cg, 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_court = csvtext([
    ['Court Date', 'Courtroom', 'Booking', 'Name', 'Medical Note'],
    ['03/18/2025', '3B', '25-001187', 'TRIMBLE KESHAWN', 'R wrist splint - no cuffs behind back'],
    ['03/18/2025', '3B', '25-000731', 'STRICKLAND EBONY', 'dialysis M/W/F - return by 1100'],
    ['03/18/2025', '5A', '25-001302', 'AL-NAJJAR SAMER', 'carry rescue inhaler'],
    ['03/18/2025', '5A', '25-004417', 'ARMENTA LUIS', 'soft diet - dental'],
    ['03/18/2025', '2C', '25-000219', 'QUINTANILLA MARISOL', 'wheelchair for transport, no stairs'],
    ['03/18/2025', '2C', '25-001090', 'PETTAWAY ISAIAH', 'seizure precautions - keppra given 0600'],
])
add('phi', 'lists', 'Trimble',
    '"Sandra Kowal, RN" <skowal@kchp-health.com>',
    '"Transport Sgt" <transport@sheriff.marrowcounty.gov>',
    'court tomorrow - medical restrictions',
    """Transport --

Zipped list of tomorrow's court people with medical restrictions is attached
(pw is the usual). Please make sure the van has the wheelchair lift for 2C.

Sandra
""",
    D(3, 17, 16, 20, -4),
    atts=[('court_0318.zip', mkzip([('court_0318_medrestrictions.csv', _court)]),
           'application', 'zip')])

add('phi', 'lists', 'Ruiz-Delgado',
    '"MCDC Pharmacy" <pharmacy@kchp-health.com>',
    'MCDC Med Pass <medpass@kchp-health.com>',
    'MAR changes effective 03/15 0600',
    """MAR CHANGE REPORT  -- MARROW CO DETENTION -- PRINTED 03/14/2025 22:05

HOUSING  NAME                   BOOKING    DRUG / DOSE                  ACTION
-------  ---------------------  ---------  ---------------------------  ------
A-112    HOLLIS MARCUS          25-001411  CHLORDIAZEPOXIDE 25MG        D/C
C-204    RUIZ-DELGADO ERNESTO   25-001376  INSULIN NPH 18U AM/12U PM    NEW
C-204    RUIZ-DELGADO ERNESTO   25-001376  METFORMIN 500MG BID          NEW
MEDOBS3  OKAFOR-BELL DWAYNE     25-001398  AMLODIPINE 5MG DAILY         NEW
W-7      TAFOYA GABRIELA        25-001120  PRENATAL VIT 1 TAB DAILY     CONT
B-15     PHAM QUANG             25-000988  CEPHALEXIN 500MG QID         D/C
4B       HASSAN YUSUF           25-001333  SERTRALINE 50MG DAILY        HOLD-MH

7 lines. Verify against physician orders before 0600 pass.
""",
    D(3, 14, 22, 6, -4))

add('phi', 'lists', 'Szabo',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    '"Dr. Lena Morrow" <lmorrow@kchp-health.com>',
    'weekend signout',
    """Lena - infirmary signout for the weekend. Thanks for covering.

Bed\tName\t\tIssue\t\t\t\tTo do
1\tSzabo, Mihaly\tESRD, refusing HD\t\tif refuses Sat, K+ stat & call me
2\tal-Khatib, A.\t+PPD, CXR clear\t\tsputum #3 Sat, then can go back to gen pop
3\tHollis, M.\tEtOH w/d resolving\tnone, likely back to A-pod Mon
4\tTafoya, G.\t31wk, mild HTN\t\tBP q shift, call OB if >160/110
5\t(empty)

Yusuf Hassan on 4B is on MH watch, not infirmary, but MH may call you.

Amir
""",
    D(3, 14, 17, 45, -4))

# =====================================================================
# PHI - struct
# =====================================================================
add('phi', 'struct', 'Ruiz-Delgado',
    '"Kevin Osei" <kosei@kchp-health.com>',
    'CellChart Support <support@cellchart-ehr.com>',
    'Case 00284411 - ADT from booking not creating chart',
    """Hi support,

Booking interface still dropping some A04s. This one came in at 0312 and never
made a chart, nurses had to create it by hand. Raw message below from the
engine log (copied out of Mirth):

MSH|^~\\&|JMS|MCSO|CELLCHART|KCHP_MCDC|20250312031201||ADT^A04^ADT_A01|JMS0312031201884|P|2.5.1
EVN|A04|20250312031200
PID|1||25-001376^^^MCSO^BK~SO119020^^^MCSO^SO||RUIZ-DELGADO^ERNESTO^A||19790815|M||H|2207 W CALDWELL AVE^^MARROW CITY^OH^44870||^PRN^PH^^^555^0193346|||||
PV1|1|I|C^204^B^MCDC||||||||||||||||25001376
AL1|1|DA|^PENICILLIN|MO|RASH
OBX|1|ST|INTAKE_Q12^DIABETES^L||Y||||||F
OBX|2|ST|INTAKE_Q13^INSULIN^L||UNSURE OF DOSE||||||F

Error in our engine: "PID-3 repeat 2 assigning authority not mapped". Can you
check if the SO number repeat is what's breaking it? This is the 4th one this
week.

Kevin Osei
Health IT Analyst, Keystone Correctional Health Partners
""",
    D(3, 12, 8, 20, -4))

_oru = ("MSH|^~\\&|MSAH_LAB|MERCYSTALBAN|AFVCC_EHR|ASHBYFORK|20250317141522||ORU^R01|LAB88120417|P|2.3\r"
        "PID|1||MSA00482291^^^MSAH^MR||PRUITT^HAROLD^W||19460119|M|||917 COOPERS MILL RD^^ASHBY FORK^OH^44903||5550134471\r"
        "ORC|RE|CC145288|S25-0412^MSAH\r"
        "OBR|1|CC145288|S25-0412|88305^SURG PATH^CPT|||20250312093000|||||||||MENON^RAVI|||||||20250317141000||SP|F\r"
        "OBX|1|TX|22634-0^PATH REPORT.GROSS^LN||A. Polyp, ascending colon: 0.8 cm tan polypoid fragment||||||F\r"
        "OBX|2|TX|22637-3^PATH REPORT.FINAL DX^LN||A. Tubular adenoma, no high-grade dysplasia||||||F\r"
        "OBX|3|TX|22637-3^PATH REPORT.FINAL DX^LN||B. Sigmoid polyp: hyperplastic polyp||||||F\r")
add('phi', 'struct', 'Pruitt',
    'Interface Alerts <hl7-alerts@mercystalban.org>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'Undeliverable result - ORU attached',
    """The attached result could not be delivered to ASHBYFORK (ACK AE: unknown
ordering provider). Please reconcile and contact the interface team at
ext 7712 to resend.

This is an automated message.
""",
    D(3, 17, 14, 16, -4),
    atts=[('LAB88120417.hl7', _oru.encode('ascii'), 'application', 'hl7-v2')])

add('phi', 'struct', 'Alvarez-Nuñez',
    '"Rita Vandermeer" <rvandermeer@ashbyforkvcc.org>',
    '"EDI Support - Meridian" <edi@ccn-meridianvets.com>',
    'rejected 837 - loop 2010BA?',
    """Hi, our PT claim for the knee pt keeps coming back 999 rejected. Here's the
piece of the 837 from our clearinghouse. Is it the member ID format?

NM1*85*2*ASHBY FORK VETERANS COMMUNITY CLINIC*****XX*1588204471~
N3*410 MILL RACE RD STE B~
N4*ASHBY FORK*OH*44903~
REF*EI*341188207~
HL*2*1*22*0~
SBR*P*18*******VA~
NM1*IL*1*ALVAREZ NUNEZ*LEONEL****MI*1014477213V882019~
N3*55 ORCHARD GLEN CT~
N4*ASHBY FORK*OH*44903~
DMG*D8*19580611*M~
CLM*AF250318PT01*468***11:B:1*Y*A*Y*Y~
REF*G1*VA0006612290~
HI*ABK:Z9652*ABF:M25562~
LX*1~
SV1*HC:97110:GP*156*UN*4***1~
DTP*472*D8*20250318~

Thanks
Rita Vandermeer, CPC
Billing, Ashby Fork VCC
""",
    D(3, 24, 9, 51, -4))

add('phi', 'struct', 'Whitcombe',
    '"Maribel Soto" <msoto@ashbyforkvcc.org>',
    '"Rita Vandermeer" <rvandermeer@ashbyforkvcc.org>',
    'FW: 271 came back weird',
    """Rita - this is the eligibility response for Mr Whitcombe, he's coming in
Thursday for his diabetes f/u. It says inactive for the secondary? He told
the front desk he still has the Medicare Advantage plan.

ISA*00*          *00*          *ZZ*HBNETWORK      *ZZ*AFVCC0011      *250317*1402*^*00501*000418822*0*P*:~
GS*HB*HBNETWORK*AFVCC0011*20250317*1402*418822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL8841273*20250317*1402~
HL*1**20*1~
NM1*PR*2*GREAT LAKES SENIOR ADVANTAGE*****PI*GLS77~
HL*2*1*21*1~
NM1*1P*2*ASHBY FORK VETERANS COMMUNITY CLINIC*****XX*1588204471~
HL*3*2*22*0~
NM1*IL*1*WHITCOMBE*DARNELL*L***MI*GLS40091836~
N3*1420 BRIARWOOD TER APT 2~
N4*ASHBY FORK*OH*44903~
DMG*D8*19690614*M~
EB*6**30**MA~
DTP*307*RD8*20240101-20241231~
SE*13*0001~

Maribel
""",
    D(3, 17, 14, 20, -4))

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "mcdc-25-001302",
        "identifier": [
          {"system": "urn:marrowcounty:mcso:booking", "value": "25-001302"}
        ],
        "name": [{"family": "Al-Najjar", "given": ["Samer"]}],
        "gender": "male",
        "birthDate": "1991-10-02",
        "communication": [{"language": {"text": "Arabic"}, "preferred": true}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/mcdc-25-001302"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J45.40", "display": "Moderate persistent asthma, uncomplicated"}]},
        "onsetDateTime": "2008"
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/mcdc-25-001302"},
        "medicationCodeableConcept": {"text": "albuterol HFA 90 mcg, 2 puffs q4h prn - KOP"},
        "authoredOn": "2025-03-07"
      }
    }
  ]
}
"""
add('phi', 'struct', 'Al-Najjar',
    '"Kevin Osei" <kosei@kchp-health.com>',
    '"Priya Ramaswamy" <pramaswamy@hie-northcentral.org>',
    're: HIE outbound test - one real record went through',
    """Priya,

Bad news, when we flipped the outbound feed to the HIE staging endpoint last
night one live record went through instead of the test patients (attached is
exactly what was sent). Can you purge it from staging and confirm? I've
notified our privacy officer.

Kevin
""",
    D(3, 8, 7, 49),
    atts=[('bundle_out_0307_2231.json', _fhir.encode('utf-8'), 'application', 'fhir+json')])

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250321101500-0400"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921" extension="TCS-0045512"/>
      <addr use="HP"><streetAddressLine>3 Lantern Hill Rd</streetAddressLine>
        <city>Belden</city><state>OH</state><postalCode>44811</postalCode></addr>
      <telecom value="tel:+1-555-015-2207" use="HP"/>
      <patient>
        <name><given>Ronald</given><given>J</given><family>Beauchamp</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19560209"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Results</title>
      <text>Polysomnography 03/20/2025: AHI 38.2 events/h, lowest SpO2 79%. Severe obstructive sleep apnea. CPAP titration recommended.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct', 'Beauchamp',
    '"Tri-County Sleep Center" <records@tricountysleep.com>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'Sleep study results - CC referral 1460-02-CC',
    """Attached please find the CCD for the study completed 3/20 under the
above referral. Portion of the document is pasted below for your convenience
as some of your staff reported the attachment does not open.

""" + _ccd[:1400] + """
...

Thank you,
Medical Records, Tri-County Sleep Center
""",
    D(3, 21, 10, 30, -4),
    atts=[('CCD_Beauchamp_20250321.xml', _ccd.encode('utf-8'), 'application', 'xml')],
    cte='quoted-printable')

add('phi', 'struct', 'Ruffin',
    '"Tricia Oldham" <toldham@marrowcounty.gov>',
    '"Carl Eberly" <ceberly@kchp-health.com>',
    '835 from Mercy - still has Ruffin on it',
    """Carl, see below. Their remit still shows the county paying for the ER visit
after he was released. I'm disputing, just wanted you to have it for the
monthly offsite report.

CLP*440019372*1*6214*0**MC*7725011943*23*1~
NM1*QC*1*RUFFIN*CORNELIUS****MI*ZR44817B~
NM1*74*1*RUFFIN*CORNELIUS~
DTM*232*20250122~
DTM*233*20250122~
SVC*HC:99284*1480*0**1~
CAS*CO*22*1480~
SVC*HC:74177*4734*0**1~
CAS*CO*22*4734~
LQ*HE*N4~

Tricia
""",
    D(3, 26, 15, 33, -4))

# =====================================================================
# PHI - lang
# =====================================================================
add('phi', 'lang', 'Baltazar',
    '"Rosa Elena Baltazar" <rosaelena.baltazar@hotmail.com>',
    'MCDC Medical <medunit@kchp-health.com>',
    'Urgente - mi hijo necesita su insulina',
    """Buenas tardes,

Me llamo Rosa Elena Baltazar, soy la mamá de Jonathan Baltazar Ríos, que está
detenido en la cárcel del condado desde el sábado. Mi hijo es diabético desde
los 14 años y usa insulina (Lantus 30 unidades en la noche y Humalog con las
comidas). Me dijo por teléfono que no le han dado la insulina desde que llegó
y que se siente muy mareado y con mucha sed.

Su doctora es la Dra. Villalobos de la Clínica La Esperanza, teléfono
555-016-2207. Fecha de nacimiento de mi hijo: 12/09/1999.

Por favor, ¿pueden revisarlo hoy? Estoy muy preocupada.

Gracias,
Rosa
""",
    D(3, 3, 15, 27), cte='quoted-printable')

add('phi', 'lang', 'Medeiros',
    '"Marlene Medeiros" <marlene.medeiros@uol.com.br>',
    'Ashby Fork Clinic <info@ashbyforkvcc.org>',
    'Sangue na sonda - Sr. Antônio Medeiros',
    """Bom dia,

Sou a esposa e cuidadora do Sr. Antônio Carlos Medeiros (veterano do Exército).
Ele teve alta do hospital Mercy ontem depois da cirurgia da próstata e está com
a sonda. A enfermeira do home care só vem na quinta-feira. A urina está com
sangue desde hoje de manhã e ele está com dor na barriga. É normal? Devo levar
ele ao pronto-socorro?

O número do prontuário dele aí na clínica é 00388214. Meu telefone é
555-013-9027.

Obrigada,
Marlene Medeiros
""",
    D(3, 25, 8, 2, -4), cte='quoted-printable')

add('phi', 'lang', 'Trần',
    '"Lê Thị Thu" <lethithu.1955@gmail.com>',
    'Ashby Fork Clinic <info@ashbyforkvcc.org>',
    'Hỏi về thuốc trước khi mổ mắt',
    """Kính gửi phòng khám,

Tôi là vợ của ông Trần Văn Minh (ngày sinh 02/11/1950). Chồng tôi có hẹn mổ
cườm mắt (đục thủy tinh thể) mắt trái ở bệnh viện bên ngoài (community care)
ngày 20 tháng 3. Bác sĩ mắt bảo phải ngưng thuốc loãng máu Eliquis 2 ngày
trước khi mổ. Xin hỏi bác sĩ Siddiqui ở phòng khám có đồng ý không? Ông ấy
uống Eliquis vì tim đập không đều.

Xin gọi lại cho tôi số 555-019-4471. Tôi nói tiếng Anh không giỏi, xin cho
người thông dịch.

Cảm ơn,
Lê Thị Thu
""",
    D(3, 13, 20, 14, -4), cte='base64')

add('phi', 'lang', 'Pierre-Louis',
    '"Roseline Pierre-Louis" <roselinepl@yahoo.com>',
    'MCDC Medical <medunit@kchp-health.com>',
    'Frè m Wilner Pierre-Louis - medikaman',
    """Bonjou,

Mwen se sè Wilner Pierre-Louis, li nan prizon konte a depi 28 fevriye. Frè m
nan gen tansyon wo ak dyabèt, li pran metfòmin ak amlodipin chak jou. Li di m
yo poko ba li medikaman li yo e tèt li ap fè l mal anpil, je l ap twouble.

Tanpri, èske yon doktè ka wè l? Dat nesans li se 7 jen 1983.

Mèsi anpil,
Roseline Pierre-Louis
555-012-6630
""",
    D(3, 4, 19, 8), cte='quoted-printable')

add('phi', 'lang', 'Lebedev',
    '"Ольга Лебедева" <olga.lebedeva77@mail.ru>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'Направление на эхо - Лебедев Г.П.',
    """Здравствуйте, Лидия!

Пишу по поводу моего отца, Лебедев Григорий Павлович (Grigory Lebedev),
ветеран, дата рождения 15.08.1948. Вчера его осмотрел кардиолог у вас в
клинике, и ему назначили холтер на 48 часов и эхокардиографию. Скажите,
пожалуйста, нужно ли направление от VA для эхо в больнице Mercy, или вы сами
его оформите?

Также врач увеличил дозу метопролола до 50 мг два раза в день, а в аптеке
выдали старую дозировку. Что нам делать?

Спасибо,
Ольга Лебедева (дочь)
тел. 555-015-8840
""",
    D(3, 26, 17, 55, -4), cte='base64')

add('phi', 'lang', 'Macaraeg',
    '"Rod Macaraeg" <rodmacaraeg.usn@yahoo.com>',
    '"Lydia Fenwick" <lfenwick@ashbyforkvcc.org>',
    'dialysis schedule po',
    """Magandang araw po Ma'am Lydia,

Ako po si Rodrigo Macaraeg, Navy veteran (1968-1992). Nagda-dialysis po ako
tuwing Martes, Huwebes at Sabado sa Riverbend. Gusto ko po sanang ilipat sa
Lunes-Miyerkoles-Biyernes kasi ang anak ko na naghahatid sa akin ay may bagong
trabaho na po tuwing Sabado. Kailangan po ba ng bagong referral mula sa VA
community care?

Ang huling potassium ko po ay 5.8 sabi ng nurse kahapon, at namamaga pa rin
ang paa ko. Sabi ni Dr. Ostrowski dapat bawasan ko daw ang saging. :)

Salamat po,
Rod
""",
    D(3, 28, 10, 12, -4))

add('phi', 'lang', 'Al-Najjar',
    '"Karim Al-Najjar" <karim.najjar.84@gmail.com>',
    'MCDC Medical <medunit@kchp-health.com>',
    'أخي سامر النجار - بخاخ الربو',
    """السلام عليكم،

أنا كريم النجار، أخو المحتجز سامر النجار (Samer Al-Najjar)، رقم الحجز 25-001302.
أخي محتجز في سجن المقاطعة منذ يوم الخميس. هو مريض بالربو منذ الطفولة ويستخدم
بخاخ فنتولين عند الحاجة وبخاخ سيريتايد مرتين يومياً.

أخبرني على الهاتف أنهم أخذوا منه البخاخ عند الدخول، وأنه يعاني من ضيق شديد في
التنفس في الليل وسعال. أرجو أن يفحصه الطبيب في أقرب وقت وأن يعطوه البخاخ.

شكراً جزيلاً،
كريم النجار
555-018-4459
""",
    D(3, 7, 22, 31), cte='base64')

# =====================================================================
# CLEAN - admin
# =====================================================================
add('clean', 'admin', '',
    '"Renee Castellanos, RN" <rcastellanos@kchp-health.com>',
    'MCDC Nursing <nursing-all@kchp-health.com>',
    'April schedule posted + open shifts',
    """Hi all,

April schedule is posted on the board and in the shared drive
(Nursing > Schedules > 2025-04). Open shifts still needing coverage:

  Sat 4/5    1900-0730   RN     (med unit)
  Sun 4/6    0700-1930   LPN    (pill pass, women's unit)
  Fri 4/18   1900-0730   RN     (Good Friday - holiday rate)
  Mon 4/21   0700-1930   RN     (intake)

Swaps need to be approved by me or Marcy by the 28th. Text me at
555-011-7720 if you pick one up, don't just write your name on the sheet.

Reminder: annual CPR/BLS expires for Noor, Jason and Brittany in April,
class is 4/9 0900-1300 in the training room at the admin building.

Thanks!
Renee Castellanos, RN
Charge Nurse, Medical Unit
""",
    D(3, 24, 13, 2, -4))

add('clean', 'admin', '',
    'KCHP IT Service Desk <servicedesk@kchp-health.com>',
    'MCDC Health Services Staff <mcdc-hs-all@kchp-health.com>',
    '[INC0048213] Planned downtime - CellChart EHR Sat 3/15 0100-0500',
    """PLANNED MAINTENANCE NOTICE

Ticket:      INC0048213 / CHG0011907
System:      CellChart EHR (production) + eMAR module
Window:      Saturday 03/15/2025 01:00 - 05:00 ET
Impact:      No access to charting, eMAR, or the booking interface during the
             window. Messages from the jail management system will queue and
             replay after go-live.

What you need to do:
  1. Print the downtime MAR report by 00:30 (Reports > Downtime > MAR 24h).
  2. Use paper sick call and intake forms (downtime binder, med room shelf 2).
  3. Back-enter all documentation within 12 hours after the system is back.

Questions: Kevin Osei (ext 4490) or the after-hours IT line 555-011-4499.

This is an automated notification from the KCHP Service Desk. Please do not
reply to this message.
""",
    D(3, 11, 9, 0, -4))

add('clean', 'admin', '',
    '"Accounts Receivable - Guardian Correctional Pharmacy" <ar@guardiancorrx.com>',
    '"Carl Eberly" <ceberly@kchp-health.com>',
    'Invoice PHX-2025-03-4471 / PO 77812 - past due',
    """Dear Mr. Eberly,

Our records show the following invoice for Marrow County Detention Center is
now 30 days past due:

  Invoice #     PHX-2025-03-4471
  PO #          77812
  Ship-to       MCDC Health Services, 500 Justice Way, Marrow City
  Period        02/01/2025 - 02/28/2025 (stock + patient-specific blister cards)
  Amount due    $18,442.17
  Terms         Net 30

Remittance can be made by ACH (routing on your vendor profile) or check to
PO Box 22081, Columbus. If payment has already been sent, please send the
check number or ACH trace so we can apply it.

Regards,
Janelle Voss
Accounts Receivable Specialist
Guardian Correctional Pharmacy | 800-555-0184 ext 31
""",
    D(3, 20, 10, 48, -4))

add('clean', 'admin', '',
    '"Lt. Harold Beamon" <hbeamon@sheriff.marrowcounty.gov>',
    '"Carl Eberly" <ceberly@kchp-health.com>',
    'contract staff badges expiring',
    """Carl,

Following KCHP staff have jail access badges expiring before 4/30. They need
to come to the admin window with a photo ID for renewal, Mon-Fri 0800-1500.
Background re-check takes about a week so don't wait.

  Castellanos, Renee     badge C-0411   exp 04/02
  Haddadin, Noor         badge C-0587   exp 04/09
  Lindqvist, Marcy       badge C-0602   exp 04/15
  Osei, Kevin            badge C-0719   exp 04/28
  Morrow, Lena (PRN)     badge C-0733   exp 04/30

Anybody with an expired badge on 5/1 gets escorted only.

Lt. H. Beamon
Detention Operations / Facility Security
Marrow County Sheriff's Office
""" + DISC_COUNTY + "\n",
    D(3, 27, 8, 11, -4))

add('clean', 'admin', '',
    'Facilities Work Orders <workorders@marrowcounty.gov>',
    '"Sandra Kowal" <skowal@kchp-health.com>',
    'WO-25-01877 updated: Medical unit - neg pressure room 2 alarm',
    """Work Order WO-25-01877 has been updated.

Location:   Detention Center, Medical Unit, Room M-2 (Airborne Isolation)
Requested:  03/06/2025 by S. Kowal
Problem:    Differential pressure monitor alarming intermittently; exhaust fan
            noisy.
Status:     PARTS ON ORDER

Tech notes (D. Brauer, 03/10): Exhaust fan bearing worn. Replacement motor
ordered from Carrier, ETA 3/19. Room holds -0.01 in. wc with door closed but
drifts when door opens > 10 sec. Recommend use Room M-3 for isolation until
repair complete. Monitor recalibrated.

Reply to this e-mail with WO number in the subject to add comments.
""",
    D(3, 10, 14, 3, -4))

add('clean', 'admin', '',
    '"Imani Greer" <igreer@nextdoorreentry.org>',
    'Reentry Coalition <reentry-coalition@lists.nextdoorreentry.org>',
    'Q2 Reentry Coalition meeting - April 10 agenda',
    """Hi everyone,

Our Q2 Marrow County Reentry Coalition meeting is Thursday April 10, 9:30-11:30,
Public Library community room B (and on Teams for those who can't make it).
Dial-in: 555-010-3300, conference ID 481 227 903#

Agenda
  9:30  Welcome, intros (new members from Harbor Light Recovery and the
        Public Defender's Office)
  9:45  Jail discharge planning update - Sandra Kowal, KCHP
 10:10  Medicaid suspension vs termination at booking - JFS (Marcus Dempsey)
 10:30  Housing: Harwick House expansion, 12 new beds
 10:50  Veterans in custody - CVSO Darlene Fitch & VJO outreach
 11:15  Data subcommittee: 2024 recidivism numbers (aggregate only)

Please RSVP by 4/7 so we get enough coffee. Parking is free in the deck on
Elm after 9.

Imani Greer
Benefits Navigator / Coalition Coordinator
NextDoor Reentry Partnership
""",
    D(3, 28, 11, 15, -4))

add('clean', 'admin', '',
    '"Provider Relations - Meridian Veterans Network" <providerrelations@ccn-meridianvets.com>',
    '"Harriet Lomax" <hlomax@ashbyforkvcc.org>',
    'CCN provider agreement renewal - action required by 4/30',
    """Dear Ms. Lomax,

Your Community Care Network participating provider agreement is due for
renewal. Please review the attached summary and return the signed amendment.

  Organization:       Ashby Fork Veterans Community Clinic
  Group NPI:          1588204471
  TIN:                34-1188207
  Agreement #:        MVN-R5-OH-002214
  Effective:          07/01/2022   Renewal term: 07/01/2025 - 06/30/2028
  Specialties:        Primary care, physical therapy, behavioral health

Changes in this amendment: updated timely filing (180 days), new claim
submission portal URL, and the revised fee schedule (Exhibit B).

Questions may be directed to your Provider Relations representative, Owen
Castellanos, at 555-010-8821 or ocastellanos@ccn-meridianvets.com.

Sincerely,
Provider Relations, Region 5
Meridian Veterans Network
""",
    D(3, 31, 9, 40, -4))

# =====================================================================
# CLEAN - lookalike
# =====================================================================
_k9_txt = """Hi Deputy Harmon,

Bruno's annual went great today. Summary for your K9 unit file:

  Patient:      BRUNO (K9 #MCSO-K9-04), Belgian Malinois, M/N, 6 yrs, 31.2 kg
  Client #:     20417 - Marrow County Sheriff's Office, K9 Unit
  Vaccines:     Rabies (3 yr) given L rear, DHPP booster, Bordetella intranasal
  Labs:         CBC/chem panel normal, heartworm/tick panel negative
  Exam notes:   Mild tartar, small callus R elbow - no treatment needed.
                Slight weight gain, cut kibble by 1/4 cup.
  Rx:           Simparica Trio 6 doses, carprofen 75 mg PRN after long deployments

Next recheck: March 2026. Let us know if he's limping after the training
weekend.

Dr. Celeste Ambrose, DVM
Ashby Fork Animal Hospital
555-013-6640
"""
add('clean', 'lookalike', '',
    '"Ashby Fork Animal Hospital" <frontdesk@ashbyforkanimalhosp.com>',
    '"Dep. Kyle Harmon" <kharmon@sheriff.marrowcounty.gov>',
    'Visit summary - Bruno (K9)',
    _k9_txt, D(3, 12, 16, 40, -4),
    html='<html><body><pre style="font-family:Arial">' + _x(_k9_txt) + '</pre></body></html>')

add('clean', 'lookalike', '',
    'Ironclad Fitness <members@ironcladfitness.com>',
    '"Marcus Tellier" <mtellier77@gmail.com>',
    'Your Heroes membership renewal - Member #448120',
    """Hi Marcus,

Thanks for being part of the Ironclad family! Your Heroes (military, veterans
& first responders) membership renews on 04/01/2025.

  Member #:        448120
  Plan:            Heroes Annual - Marrow City
  Rate:            $24.99/mo (15% veteran discount applied)
  Card on file:    Visa ending 0913

Included: recovery zone (cold plunge + sauna), 1 free body composition scan
per quarter, and unlimited group classes. New this spring: "Rehab & Rebuild"
mobility class Tue/Thu 6 pm with coach Dani Ortiz.

To freeze or cancel, visit the front desk or call 555-014-2211.

See you on the floor,
Ironclad Fitness Marrow City
""",
    D(3, 18, 6, 0, -4))

add('clean', 'lookalike', '',
    'Patriot Valley FCU <alerts@patriotvalleyfcu.org>',
    '"Yolanda Briggs" <ybriggs.home@yahoo.com>',
    'Payment received - Member # ****8812',
    """Dear Yolanda Briggs,

We received your payment. Thank you!

  Member #:          0048812-03
  Account:           Auto Loan (share ID 0142)
  Payment amount:    $412.66
  Posted:            03/14/2025
  Next payment due:  04/14/2025
  Remaining balance: $9,871.20

Patriot Valley Federal Credit Union proudly serves veterans, service members
and their families. Reminder: our Caregiver Hardship Skip-a-Pay program is
open through April 30 -- apply in the app.

Questions? Call 555-010-4400 or visit any branch.

Federally insured by NCUA.
""",
    D(3, 14, 18, 22, -4))

add('clean', 'lookalike', '',
    'Great Lakes Air <itinerary@greatlakesair.com>',
    '"Dale Kirschner" <dkirschner@kirschnerlaw.com>',
    'Your trip confirmation HX7QPL - CLE to DCA',
    """GREAT LAKES AIR - TRIP CONFIRMATION

Confirmation code: HX7QPL
Passenger:         MR DALE R KIRSCHNER
Frequent flyer:    GLA 40218873 (Silver)
Ticket number:     6210442917335

  Apr 14  GL 212  CLE 07:05 -> DCA 08:38   Seat 14C   Main Cabin
  Apr 16  GL 219  DCA 18:10 -> CLE 19:42   Seat 12A   Main Cabin

Special service requests: Military/veteran fare verified. Priority boarding.
Checked bags: 1 free (military/veteran benefit).

Need assistance at the airport? Wheelchair service, medical devices and
traveling with oxygen can be added under Manage Trip > Special Assistance
at least 48 hours before departure.

Total charged: $284.40 (Amex ending 1007)
""",
    D(3, 29, 20, 33, -4))

add('clean', 'lookalike', '',
    '"Beacon Mutual Auto Claims" <claims@beaconmutualins.com>',
    '"Theresa Abernathy" <tabernathy1982@gmail.com>',
    'Claim AU-7718842 - estimate approved',
    """Hello Theresa,

Good news on your claim.

  Claim number:     AU-7718842
  Policy:           PA-3390127-02
  Date of loss:     03/02/2025 (parking lot, Marrow County Justice Center)
  Vehicle:          2019 Honda CR-V, VIN ending 48821
  Injuries:         None reported
  Estimate:         $3,118.45 at Ridgeline Collision (approved)
  Deductible:       $500

Rental coverage is approved for up to 10 days at $40/day. Your adjuster is
Phil Nakagawa, 555-016-9900 ext 214. Reply here with photos of any additional
damage found during the repair.

Beacon Mutual Insurance
""",
    D(3, 11, 12, 19, -4))

add('clean', 'lookalike', '',
    '"Hank Oduya - Oduya Tree Care" <hank@oduyatreecare.com>',
    '"Harriet Lomax" <hlomax@ashbyforkvcc.org>',
    'Quote #2025-118 - oak by your parking lot',
    """Hi Harriet,

Walked the site Tuesday. Here's what I found and what I'd recommend for the big
white oak on the north side of the clinic lot.

Diagnosis: bacterial leaf scorch on the upper canopy, plus a trunk wound at
about 6 ft from an old vehicle strike that's got some decay starting. Two dead
limbs over the handicap parking spaces -- that's the urgent part.

Treatment plan:
  1. Remove 2 dead limbs over parking (crane not needed)       $850
  2. Crown clean + 15% reduction                               $1,400
  3. Systemic injection (oxytetracycline), spring + fall        $390/visit
  4. Re-inspect the wound in 12 months, no charge

Total (items 1-3, one injection): $2,640. We can do it on a Saturday so the
patients and staff aren't dealing with us. Certified arborist #OH-6621A.

Hank Oduya
Oduya Tree Care LLC, 555-017-5502
""",
    D(3, 20, 7, 50, -4))

add('clean', 'lookalike', '',
    'PagerRelay <alerts@pagerrelay.io>',
    'Logistics Platform On-Call <oncall-platform@halversonfreight.com>',
    '[P2] patient-retry worker backlog > 5k - triage needed',
    """INCIDENT #88214 TRIGGERED - P2

Service:     dispatch-core / patient-retry-worker
Cluster:     prod-east-2
Summary:     Retry queue depth 5,412 (threshold 5,000) for 12m
Runbook:     https://wiki.halversonfreight.com/runbooks/patient-retry

Vitals:
  consumer lag        14m 22s
  error rate          3.8% (HTTP 503 from carrier-rates API)
  pods healthy        4/6  (2 in CrashLoopBackOff, OOMKilled)

Initial diagnosis from auto-triage: memory limit too low after deploy
v2025.03.19-2 (commit 7f3c9e1). Suggested treatment: roll back or raise
memory limit to 1Gi; patient worker will drain the queue with exponential
backoff once pods recover.

Acknowledge: reply ACK 88214 | Escalates to Priya Banerjee in 15 min.
""",
    D(3, 19, 23, 47, -4))

# =====================================================================
# CLEAN - news
# =====================================================================
add('clean', 'news', '',
    'Marrow County Public Health <bulletin@health.marrowcounty.gov>',
    'Community Partners <partners@lists.health.marrowcounty.gov>',
    'Weekly Disease Surveillance Bulletin - Week 11 (Mar 9-15)',
    """MARROW COUNTY PUBLIC HEALTH - WEEKLY SURVEILLANCE BULLETIN
Week 11, 2025 (March 9 - March 15)

Influenza-like illness: 3.1% of ED visits (down from 4.4% in week 10).
  Lab-confirmed influenza A: 41   influenza B: 17
  Flu-associated hospitalizations this season: 212 (adult 188, pediatric 24)

COVID-19: 19 new lab-confirmed cases; wastewater levels LOW at both plants.

Tuberculosis: 2 active TB cases reported year-to-date (2024 YTD: 1). Both
cases are in adults and contact investigations are under way. Congregate
settings (shelters, correctional facilities, long-term care) are reminded to
screen new residents per the 2024 county guidance.

Measles: no cases in Marrow County. Two imported cases reported statewide.
Providers should confirm MMR status for international travelers.

Hepatitis A: outbreak declared over (no new cases in 100 days).

Full tables: health.marrowcounty.gov/surveillance
Questions: Epidemiology Unit, 555-012-1800

You are receiving this because you are registered as a community partner.
Unsubscribe: reply STOP.
""",
    D(3, 17, 12, 0, -4))

add('clean', 'news', '',
    '"Guardian Correctional Pharmacy - Clinical Services" <clinical@guardiancorrx.com>',
    'Guardian Client Facilities <clients@guardiancorrx.com>',
    'URGENT: Voluntary Recall - Naloxone HCl Nasal Spray 4 mg (Corvane) select lots',
    """DRUG RECALL NOTICE - ACTION REQUIRED

Product:      Naloxone Hydrochloride Nasal Spray 4 mg, 2-pack
Manufacturer: Corvane Pharmaceuticals, Inc.
NDC:          71822-0410-02
Lots:         CV24117A, CV24117B, CV24203C   (exp 08/2026 - 11/2026)
Reason:       Some devices may fail to deliver a full dose (spray mechanism
              defect found during stability testing).
Class:        Class II, consumer level

What to do:
 - Quarantine affected lots in med rooms, AED/emergency bags and release kits.
 - Do not distribute affected lots in naloxone-at-release packets.
 - Replacement stock (lot CV25011A) ships automatically within 3 business days.
 - Complete the attached reconciliation form and return by 03/28/2025.

No adverse events have been reported to date. Patients who received kits
from affected lots do not need to be contacted individually; public messaging
will be handled by the manufacturer.

Guardian Correctional Pharmacy Clinical Services - 800-555-0184 ext 5
""",
    D(3, 21, 8, 30, -4))

_vnews_html = """<html><body style="font-family:Georgia,serif;max-width:620px">
<h2 style="color:#2b4a6f">Ashby Fork Veterans Community Clinic &mdash; Spring 2025 Newsletter</h2>
<h3>PACT Act toxic exposure screenings</h3>
<p>Served near burn pits, Agent Orange, or at Camp Lejeune? Walk-in toxic exposure screenings are
available every Wednesday in April, 1&ndash;4 pm. The screening takes about 5 minutes and does not
affect your benefits. Since last April our clinic has completed <b>1,214</b> screenings.</p>
<h3>Meet the team: Tomasz Grell, DPT</h3>
<p>Tomasz joined us from the Army&rsquo;s Warrior Transition Unit at Fort Knox and leads our balance and
fall-prevention program. &ldquo;Most of my patients just want to get back on the river fishing,&rdquo;
he says.</p>
<h3>Caregiver corner</h3>
<p>The Caregiver Support Program support group meets the first Monday of each month at 6 pm.
Contact Danielle Royce at 555-013-2260.</p>
<h3>Community care</h3>
<p>Wait times for community care appointments averaged 22 days in Q1 (down from 31). Call us if you
have been waiting more than 30 days.</p>
<p style="font-size:small;color:#666">You received this because you signed up at the front desk.
<a href="https://ashbyforkvcc.org/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
add('clean', 'news', '',
    'Ashby Fork VCC News <news@ashbyforkvcc.org>',
    'Newsletter subscribers <subscribers@lists.ashbyforkvcc.org>',
    'Spring newsletter: PACT Act screenings, meet Tomasz, caregiver corner',
    """Ashby Fork Veterans Community Clinic - Spring 2025 Newsletter

PACT ACT TOXIC EXPOSURE SCREENINGS
Served near burn pits, Agent Orange, or at Camp Lejeune? Walk-in toxic exposure
screenings are available every Wednesday in April, 1-4 pm. The screening takes
about 5 minutes and does not affect your benefits. Since last April our clinic
has completed 1,214 screenings.

MEET THE TEAM: TOMASZ GRELL, DPT
Tomasz joined us from the Army's Warrior Transition Unit at Fort Knox and leads
our balance and fall-prevention program. "Most of my patients just want to get
back on the river fishing," he says.

CAREGIVER CORNER
The Caregiver Support Program support group meets the first Monday of each
month at 6 pm. Contact Danielle Royce at 555-013-2260.

COMMUNITY CARE
Wait times for community care appointments averaged 22 days in Q1 (down from
31). Call us if you have been waiting more than 30 days.

Unsubscribe: https://ashbyforkvcc.org/unsubscribe
""",
    D(4, 1, 7, 0, -4), html=_vnews_html)

add('clean', 'news', '',
    'Correctional Health Forum <newsletter@corrhealthforum.org>',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    'CHF Monthly: MOUD in jails by the numbers, spring conference',
    """CORRECTIONAL HEALTH FORUM -- MONTHLY DIGEST -- MARCH 2025

1. MOUD IN JAILS: NEW SURVEY NUMBERS
Our 2024 member survey (n = 412 jails) found 63% now offer at least one form
of medication for opioid use disorder, up from 39% in 2021. Only 28% continue
all three FDA-approved medications. Median time from booking to first dose was
19 hours. Facilities that offered naloxone at release reported 1.6 fewer
overdose deaths per 1,000 releases in the 30 days after release.

2. INTAKE SCREENING: DO YOU STILL NEED A PPD?
A webinar on 4/8 reviews IGRA vs. TST for short-stay populations, with
speakers from two state health departments.

3. SPRING CONFERENCE, COLUMBUS, MAY 14-16
Early registration ends April 1. Sessions include withdrawal management,
pregnancy in custody, hepatitis C elimination and re-entry partnerships.

4. JOBS BOARD
Medical director (county jail, 1,100 beds), NP (women's facility), HSA.

You're receiving this as a CHF member. Manage preferences in your profile.
""",
    D(3, 5, 6, 0))

add('clean', 'news', '',
    'Marrow County Sheriff\'s Office - Public Information <pio@sheriff.marrowcounty.gov>',
    'All MCSO Personnel <mcso-all@sheriff.marrowcounty.gov>',
    'Detention Center Q1 health services summary + flu clinic results',
    """All,

Quick numbers from our medical contractor for the first quarter. These are
totals only; no individual information is shared in this summary.

  Intake health screenings completed ........ 2,318
  Sick call visits .......................... 4,906
  Off-site ER sends .......................... 61
  People continued on MOUD at booking ........ 187
  Naloxone kits handed out at release ........ 402
  Flu vaccines given (inmates) ............... 412
  Flu vaccines given (staff, Jan clinic) ..... 96

Thanks to all the officers who escorted during the flu clinic. Staff who
missed it can still get a shot at the county employee health office, Room 104
of the admin building, Tue/Thu 8-11.

Capt. Lorraine DeWitt
Public Information Officer, Marrow County Sheriff's Office
""",
    D(4, 2, 10, 15, -4))

add('clean', 'news', '',
    'Veterans Caregiver Network <hello@vetcaregivernet.org>',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    'Caregiver Bulletin: burnout study, tax credits, respite grants',
    """VETERANS CAREGIVER NETWORK BULLETIN -- March 2025

NEW STUDY: 1 IN 3 VETERAN CAREGIVERS REPORT SEVERE BURNOUT
A national survey of 3,400 family caregivers of veterans found that 34% met
criteria for severe burnout, and caregivers of veterans with TBI or dementia
were twice as likely to report it. Spouses averaged 48 hours of care a week.

TAX SEASON REMINDER
The federal Credit for Other Dependents and several state caregiver credits
may apply. Free help at VITA sites, many of which are run out of libraries.

RESPITE MICRO-GRANTS
Applications for $500 respite grants open April 1. Funds can be used for in-
home aides, adult day programs or a weekend away.

WEBINAR
"Talking to your veteran about driving" -- Thursday 3/27, 7 pm ET.

Share this bulletin with a caregiver you know.
""",
    D(3, 20, 6, 30, -4))

# =====================================================================
# CLEAN - staff
# =====================================================================
add('clean', 'staff', '',
    '"Dr. Lena Morrow" <lmorrow@kchp-health.com>',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>, "Renee Castellanos" <rcastellanos@kchp-health.com>',
    'RE: CIWA protocol revision - symptom-triggered vs fixed',
    """I'm fine moving to symptom-triggered for everyone under 60 without seizure
history, but I'd keep the fixed taper option for anyone with prior DTs or
withdrawal seizures -- nights are thin and q1h scoring won't happen reliably
when intake is slammed. Also think we should add phenobarbital as an option
per the new ASAM guideline, but only with the doc on call approving.

Can we also drop the thiamine to 100 po daily unless they look malnourished?
IM at intake is a fight every time.

Lena

On Tue, Mar 11, 2025 at 4:10 PM Amir Haddad <ahaddad@kchp-health.com> wrote:
> Attached is the draft. Main changes:
> - symptom-triggered chlordiazepoxide for CIWA >= 10
> - vitals + CIWA q4h x 72h, q1h if score >= 15
> - auto-send out if CIWA > 20 after 2 doses or any seizure
> Comments by Friday please. Renee, I'd like nursing's take on q1h feasibility.
> -A
""",
    D(3, 12, 7, 2, -4))

add('clean', 'staff', '',
    '"Farah Siddiqui, MD" <fsiddiqui@ashbyforkvcc.org>',
    '"Stefan Ostrowski, MD" <sostrowski@ashbyforkvcc.org>',
    'curbside - anticoag in an older vet w/ falls',
    """Stefan, curbside when you have a sec.

60s-70s male, Vietnam era, new AF picked up on a routine ECG, CHA2DS2-VASc 3
(HTN, DM, age). Two falls in the past year, neither with head injury, lives
alone. Renal function fine. He's reluctant about "blood thinners" because his
brother had a bleed.

Would you still start a DOAC here or push for a fall-risk workup first? I lean
apixaban + PT referral + home safety eval but curious what you'd do.

F.
""",
    D(3, 10, 12, 31, -4))

add('clean', 'staff', '',
    '"Sandra Kowal, RN" <skowal@kchp-health.com>',
    '"Carl Eberly" <ceberly@kchp-health.com>',
    'nights this weekend',
    """Carl,

Two call-outs for Sat night (Jason - car trouble, Brittany - her kid is sick)
so we're down to 1 RN + 1 LPN for 1900-0730 with a census of 612. Agency says
they can send one RN but not until 2300. I'm going to offer OT to day shift at
time and a half, can you approve? Otherwise I'm staying myself and I've
already done 52 hrs this week.

Also - we need to talk about intake coverage on Fridays. Bookings after 2000
are up almost 30% since the new DUI task force started.

Sandra
""",
    D(3, 14, 15, 52, -4))

add('clean', 'staff', '',
    '"Jonah Stirling" <jstirling@nextdoorreentry.org>',
    '"Sandra Kowal, RN" <skowal@kchp-health.com>',
    'naloxone at release - property bag question',
    """Hi Sandra,

A question from our last coalition meeting: right now the naloxone kits go in
people's property bags, and a few guys told us they never found them (or
didn't know what they were). Could the nurse hand it over at the release
window with a 2 minute how-to instead? We'd be happy to print a card with our
number on it too.

Also, do people on MOUD get priority for the release-day appointment slots, or
is that first come first served? Trying to understand the process, not asking
about anybody in particular.

Thanks,
Jonah
""",
    D(3, 18, 9, 26, -4))

add('clean', 'staff', '',
    '"Dr. Amir Haddad" <ahaddad@kchp-health.com>',
    'MCDC Peer Review <peerreview@kchp-health.com>',
    'Peer review minutes - March (de-identified)',
    """PEER REVIEW COMMITTEE - MINUTES - 03/20/2025
Present: Haddad (chair), Morrow, Castellanos, Kowal, Osei (minutes)
Cases are de-identified per policy; chart references are held by QI only.

Case A. 40s female, chest pain at 0200, ECG done within 15 min, sent out,
ruled out. Finding: appropriate. Kudos to night nursing on timeliness.

Case B. 50s male, missed 2 doses of an anticonvulsant during court transport.
No seizure. Finding: systems issue -- transport list doesn't flag time-
critical meds. Action: pharmacy to add a "TIME CRITICAL" column (owner: KO).

Case C. 20s male, sick call slip for tooth pain not triaged for 5 days.
Finding: slips from kiosk not merging with paper slips. Action: IT ticket;
interim daily reconciliation by day charge nurse.

Next meeting 04/17. Reminder that these minutes are privileged quality
improvement documents -- do not forward outside the committee.
""",
    D(3, 21, 11, 5, -4))

add('clean', 'staff', '',
    '"Danielle Royce" <droyce@ashbyforkvcc.org>',
    '"Brenda Okoro, LCSW" <bokoro@ashbyforkvcc.org>',
    'tier assessment process - thoughts before Thurs',
    """Brenda,

Before Thursday I wanted to float some process changes for the caregiver
assessments:

1. Home visits within 14 days of application instead of 30 -- we're losing
   people in the gap.
2. Use the same ADL/IADL checklist for everyone (right now you and I use
   different versions, which makes the tier recs hard to compare).
3. Flag any application where the caregiver quit a job -- they need the
   stipend conversation sooner.
4. Respite: we should be offering it at the first visit, not after approval.

Also heads up that the VA CSP coordinator (Maureen) wants our monthly numbers
in the new spreadsheet format starting April -- totals only, no names.

D.
""",
    D(3, 17, 16, 48, -4))

add('clean', 'staff', '',
    '"Keiko Maruyama, PharmD" <kmaruyama@ashbyforkvcc.org>',
    'Ashby Fork Prescribers <prescribers@ashbyforkvcc.org>',
    'Formulary update: GLP-1 step therapy + DOAC preference',
    """Hi all,

Effective April 1 the VISN formulary changes below apply to our clinic:

- Semaglutide now requires trial of metformin + one other agent (or a
  documented contraindication). Existing starts are grandfathered.
- Apixaban stays preferred DOAC. Rivaroxaban requires non-formulary request
  unless the patient is already stable on it.
- Sertraline 25 mg tabs replaced by 50 mg scored tabs -- please update sigs
  when renewing.
- Naloxone nasal spray: please co-prescribe for anyone on > 50 MME/day or on
  MOUD. Standing order coming.

I'll do a 15 min walk-through at the April staff meeting. Questions to me.

Keiko
Clinical Pharmacist Practitioner
""",
    D(3, 25, 13, 14, -4))

# =====================================================================
# CLEAN - training
# =====================================================================
add('clean', 'training', '',
    '"Kevin Osei" <kosei@kchp-health.com>',
    'MCDC Nursing <nursing-all@kchp-health.com>',
    'eMAR training environment logins - practice patients',
    """Hi all,

The training environment (https://train.cellchart-ehr.com/kchp) is refreshed.
Please use ONLY the practice patients below when you do the eMAR modules:

  TEST, PATIENT ZZ        MRN 000000001   DOB 01/01/1900   Housing TRN-01
  TESTPATIENT, ALPHA      MRN 000000002   DOB 01/01/1900   Housing TRN-02
  ZZTRAIN, INSULIN        MRN 000000003   DOB 01/01/1901   Housing TRN-03

Exercise 3 has you give a sliding scale dose to ZZTRAIN, INSULIN and document a
refusal for TEST, PATIENT ZZ. None of these are real people and the training
system is not connected to pharmacy.

Login: your network ID + "_trn"   Temp password: sent separately.

Kevin
""",
    D(3, 3, 8, 45))

_demo_hl7 = ("MSH|^~\\&|DEMOAPP|DEMOFAC|RECVAPP|RECVFAC|20250101120000||ADT^A01|MSG00001|T|2.5.1\r"
             "EVN|A01|20250101120000\r"
             "PID|1||123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||555-555-5555\r"
             "PV1|1|I|DEMO^101^A||||0000^SAMPLE^DOCTOR\r")
add('clean', 'training', '',
    '"Bryce Hollander" <bhollander@bridgepoint-integration.com>',
    '"Kevin Osei" <kosei@kchp-health.com>',
    'Demo follow-up: interface engine trial + sample messages',
    """Kevin,

Thanks for the time on the demo yesterday. As promised, attached are the sample
messages we used (processing ID "T", all synthetic -- John Q. Doe lives at 123
Main St, Anytown). You can drop them into the trial sandbox to see the booking
to EHR mapping we showed.

Trial license is good for 30 days. Pricing for the jail + one downstream HIE
connection is in the quote I sent Tuesday (Q-2025-0331).

Bryce Hollander
Solutions Engineer, Bridgepoint Integration
555-010-6677
""",
    D(3, 13, 10, 2, -4),
    atts=[('sample_ADT_A01_demo.hl7', _demo_hl7.encode('ascii'), 'application', 'hl7-v2')])

add('clean', 'training', '',
    'KCHP Compliance <compliance@kchp-health.com>',
    'All KCHP Staff <kchp-all@kchp-health.com>',
    'Annual HIPAA refresher - quiz due 3/31',
    """The 2025 HIPAA & confidentiality refresher is live in the learning portal.
It takes about 25 minutes. Sample questions so you know what to expect:

  Q1. Officer Smith asks you at the pill line whether inmate John Doe is "on
      HIV meds." What do you say?
      a) Tell him, he's law enforcement
      b) Tell him only if Doe is in his housing unit
      c) Explain you can't share health information and refer him to the HSA
      d) Show him the MAR

  Q2. A public defender emails asking for her client Jane Roe's sick call
      records and attaches a signed authorization. What do you check first?

  Q3. You find a printed sign-out sheet in the staff bathroom. What do you do?

(Answers: c; that the authorization is valid and covers the records asked for;
secure it and report it to the privacy officer.)

Completion is required for badge renewal. Deadline 03/31/2025.

KCHP Compliance & Privacy Office
""",
    D(3, 3, 7, 0))

add('clean', 'training', '',
    '"Rita Vandermeer, CPC" <rvandermeer@ashbyforkvcc.org>',
    'Ashby Fork Billing <billing@ashbyforkvcc.org>',
    'lunch & learn: reading an 837P (sample from companion guide)',
    """Hi team, for Thursday's lunch & learn we'll walk through the sample claim
from the Meridian companion guide (section 4.2). It's all dummy data -- don't
go looking for these people in the EHR.

NM1*85*2*SAMPLE BILLING PROVIDER*****XX*9999999995~
HL*2*1*22*0~
SBR*P*18*******VA~
NM1*IL*1*TESTPATIENT*ZZ****MI*0000000000V000000~
N3*100 EXAMPLE STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*U~
CLM*SAMPLE0001*100***11:B:1*Y*A*Y*Y~
REF*G1*VA0000000000~
HI*ABK:Z0000~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20250101~

Things to spot: the 2010BA subscriber loop, REF*G1 where the referral number
goes, and why DMG needs a real gender code on live claims.

Pizza's on me.
Rita
""",
    D(3, 24, 14, 40, -4))

add('clean', 'training', '',
    '"Sgt. Alicia Forde" <aforde@sheriff.marrowcounty.gov>',
    'Academy Class 25-1 <academy25-1@sheriff.marrowcounty.gov>',
    'Module 7 - Medical emergencies in housing units (scenario cards)',
    """Recruits,

Tomorrow's module 7 is run with the medical contractor (RN Renee Castellanos).
Scenario cards for the role-play are below -- these are made up, read them
tonight:

  SCENARIO 1: Inmate DOE, JOHN #0000001, cell A-000. Found unresponsive on
  13:00 count, pinpoint pupils, slow breathing. You have a naloxone kit and a
  radio. Go.

  SCENARIO 2: Inmate ROE, JANE #0000002 says she is pregnant and bleeding.
  Who do you call, what do you document, what do you NOT ask her in front of
  the pod?

  SCENARIO 3: Inmate SAMPLE, SAM #0000003 is shaking and sweating at 0500,
  says he "usually has a drink by now."

Remember: CO role is scene safety, call medical, start CPR/naloxone if
trained. Diagnosis is not your job. Documentation goes in the incident report,
not in the housing log.

Sgt. A. Forde, Training Unit
""",
    D(3, 26, 16, 10, -4))

_sandbox = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
  "name": [{"family": "Sample", "given": ["Sam"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}
"""
add('clean', 'training', '',
    'Halcyon Health Cloud <devrel@halcyonhealthcloud.com>',
    '"Kevin Osei" <kosei@kchp-health.com>',
    'Your FHIR sandbox is ready',
    """Welcome to the Halcyon FHIR R4 sandbox!

Base URL:   https://sandbox.halcyonhealthcloud.com/fhir/r4
Client ID:  sbx-kchp-7781
Scopes:     patient/*.read user/*.read launch/patient

Your sandbox is pre-loaded with synthetic data only (tagged HTEST). Try:

  GET /Patient/example

which returns:

""" + _sandbox + """
Never load real patient data into the sandbox. Sandboxes are deleted after
90 days of inactivity.

Happy building,
The Halcyon DevRel team
""",
    D(3, 9, 12, 0, -4), cte='quoted-printable')

# =====================================================================
# build
# =====================================================================
MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', None,
           'Mozilla Thunderbird 128.4.0', None, 'iPhone Mail (21E236)']


def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subj']
        msg['Date'] = format_datetime(m['when'])
        dom = m['frm'].rsplit('@', 1)[1].rstrip('>').strip()
        msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i,
                                                    m['when'].strftime('%Y%m%d%H%M'), dom)
        if m['subj'].lower().startswith(('re:', 'fw:', 'fwd:')):
            msg['In-Reply-To'] = '<%08x@%s>' % (random.getrandbits(32), dom)
        mailer = MAILERS[random.randrange(len(MAILERS))]
        if mailer:
            msg['X-Mailer'] = mailer
        for k, v in m['extra'].items():
            msg[k] = v
        if m['cte']:
            msg.set_content(m['body'], cte=m['cte'])
        else:
            msg.set_content(m['body'])
        if m['html']:
            msg.add_alternative(m['html'], subtype='html')
        for fn, data, maintype, subtype in m['atts']:
            if isinstance(data, str):
                msg.add_attachment(data, subtype=subtype, filename=fn)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
        for j, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (i, j))
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return counters


if __name__ == '__main__':
    c = build()
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', sum(c.values()))
