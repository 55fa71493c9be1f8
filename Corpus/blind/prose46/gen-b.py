#!/usr/bin/env python3
# Blind evaluation mail set: county public health communicable-disease team.
# Standard library only; deterministic output.
import csv
import io
import os
import random
import sys
import zipfile
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 4602
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

MSGS = []
_counter = {}


def when(y, mo, d, h, mi, tz=PDT):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))


def add(label, kind, patient, frm, to, subj, date, body, cc=None, html=None,
        atts=None, cte=None, headers=None, reply_to=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, cc=cc, html=html,
                     atts=atts or [], cte=cte, headers=headers or [],
                     reply_to=reply_to))


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 6, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def make_xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet)),
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
    return make_zip(files)


CNTY_DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information protected by law. Any unauthorized review, use,
disclosure or distribution is prohibited. If you are not the intended
recipient, please contact the sender by reply e-mail and destroy all copies.
Tallow County Health & Human Services"""

# ---------------------------------------------------------------------------
# ============================ PHI: care ====================================

add('phi', 'care', 'Haldane',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Dr. Samuel Oyelaran <soyelaran@riverbendchc.org>',
    'Gerald Haldane - sputum #3 and LFTs',
    when(2025, 10, 7, 8, 14),
    """Dr. O,

Quick update on Gerald Haldane before your 1pm. Sputum #3 (collected 10/3 at
his house) came back smear negative, culture still pending at the state lab,
so we're at 3 negative smears now. He's been on DOT 5x/wk since 9/2 and has
only missed 2 doses, both when he was at his daughter's in Ferris.

The LFTs you ordered last week: ALT 88, AST 71 (up from 40s in Sept). He says
he's having some nausea after the morning doses but no jaundice, no abd pain.
I told him to take them with a little food and I'd check with you. Do you want
to hold the INH / recheck in a week or keep going?

Also he's asking when he can go back to work at the lumber yard. I said that's
your call + ours once culture converts.

Thanks,
Renata

Renata Vukovic, RN, PHN
TB Control Program | Tallow County Health & Human Services
office 360-418-2261 | cell 360-901-7734
""" + CNTY_DISCLAIMER)

add('phi', 'care', 'Pruitt',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Riverbend CHC Nurse Line <nurseline@riverbendchc.org>',
    'bicillin #2',
    when(2025, 10, 9, 15, 52),
    """hi team - Shonda Pruitt missed her 2nd bicillin shot Thurs (she was supposed to come in 10/2 for #2 of 3). i talked to her today and she can come tmrw after 2. can someone make sure it's on the schedule and that she doesn't get turned away at the front - last time they told her she needed her insurance card and she left.

she's still within the window (<14 days since #1) so no need to restart. her partner was treated at our clinic on 9/30.

thx
Marcus
--
Marcus Bellweather
Disease Intervention Specialist II
STI/HIV Program, Tallow County HHS
desk 360-418-2290
""")

add('phi', 'care', 'Marchetti',
    'Deb Saltonstall <dsaltonstall@tallowusd.org>',
    'measles@tallowcountyhealth.org',
    'RE: Westfield Elem - students needing 2nd MMR',
    when(2025, 10, 14, 11, 3),
    """Good morning,

Following up on the list from Friday. Ethan Marchetti (3rd grade, Rm 14)
got his 2nd MMR at the Kaiser Eastside clinic on Saturday 10/11 - mom sent me
a picture of the card, I've attached nothing since it has other stuff on it
but I can fax it. So he should be cleared to come back Monday?

Still waiting on the other two. One family says they'll go to your walk-in
clinic Wednesday.

Deb Saltonstall, BSN, RN
School Nurse - Westfield & Larkspur Elementary
Tallow Unified School District
(360) 418-7702 ext 2214

-----Original Message-----
From: Measles Response <measles@tallowcountyhealth.org>
Sent: Friday, October 10, 2025 4:41 PM
To: Deb Saltonstall <dsaltonstall@tallowusd.org>
Subject: Westfield Elem - students needing 2nd MMR

Deb - per our call, students without documented 2 doses of MMR need to stay
home through 10/24 (day 21 after the last exposure on 10/3) unless they get
vaccinated, in which case they can return. Please send us the updated list
when you hear back from families.

Tallow County Measles Response Team
""")

add('phi', 'care', 'Achterberg',
    'Lindsey Crane, MPH, CIC <lcrane@stbrigidmed.org>',
    'TB Control <tbcontrol@tallowcountyhealth.org>',
    'Admission notification - airborne isolation',
    when(2025, 10, 2, 22, 47),
    """Hello TB team,

Courtesy call/notification - we admitted Rosalind Achterberg tonight from the ED,
71 y/o, came in with 6 weeks of cough, weight loss and night sweats per family.
CXR showed a RUL cavity. She's in negative pressure room 4112 on airborne
precautions. Induced sputum x1 collected at 2130, AFB smear sent stat, NAAT
will go out to Cascade in the morning courier.

ID (Dr. Pham) is planning to start RIPE tomorrow after the 2nd specimen. She
lives with her son and 2 grandkids (ages 6 and 9) on Kessler Rd; son's phone
is in the chart. We have not talked to the school.

I'll send the smear result as soon as micro calls it.

Lindsey Crane, MPH, CIC
Infection Prevention | St. Brigid Regional Medical Center
p 360-555-0419 (IP office) | pager 2207
""")

add('phi', 'care', 'Whitcomb',
    'Client Services <clientservices@cascadereflab.com>',
    'Epi Intake <epi.intake@tallowcountyhealth.org>',
    'Indeterminate QFT - redraw requested - WHITCOMB',
    when(2025, 10, 16, 10, 20),
    """Tallow County,

The repeat QuantiFERON-TB Gold Plus for Darnell Whitcomb (collected 10/13 at
your Annex site) resulted INDETERMINATE again - mitogen response was low
(<0.5 IU/mL) same as the first draw on 9/22. The pathologist note says this
can happen with immunosuppression or handling delay; the tubes were received
at 31 hrs post-collection.

We recommend a redraw delivered within 16 hours or consider a TST instead.
Please call client services if you'd like us to send a courier to the Annex.

Regards,
Kayla Morgenstern
Client Services Representative
Cascade Reference Laboratories
1-800-555-0160 option 3
""")

add('phi', 'care', 'Costache',
    'Yolanda Fierro <yfierro@tallowcountyhealth.org>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'DOT notes this week - Costache',
    when(2025, 10, 10, 17, 5),
    """Renata,

DOT notes this week for Mrs. Costache (Ileana).

Mon - dose given at home 9:10am, observed, no issues
Tue - dose given 9:40am. Said tingling in feet again, worse at night
Wed - not home. Husband said she went to the ER at St Brigid Tuesday night
for vomiting, they gave her fluids and zofran and sent her home. I went back
at 2pm and observed the dose.
Thu - given, she ate toast first. B6 bottle is almost empty, she's only
taking it some days.
Fri - given.

Can you ask Dr. Oyelaran about the tingling and whether to go up on the
pyridoxine? She has her 2 month visit 10/20.

Yolanda
Community Health Worker, TB Program
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Renata,</p>
<p>DOT notes this week for <b>Mrs. Costache (Ileana)</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Day</th><th>Note</th></tr>
<tr><td>Mon</td><td>dose given at home 9:10am, observed, no issues</td></tr>
<tr><td>Tue</td><td>dose given 9:40am. Said tingling in feet again, worse at night</td></tr>
<tr><td>Wed</td><td>not home. Husband said she went to the ER at St Brigid Tuesday night for vomiting, they gave her fluids and zofran and sent her home. I went back at 2pm and observed the dose.</td></tr>
<tr><td>Thu</td><td>given, she ate toast first. B6 bottle is almost empty, she&#39;s only taking it some days.</td></tr>
<tr><td>Fri</td><td>given.</td></tr>
</table>
<p>Can you ask Dr. Oyelaran about the tingling and whether to go up on the pyridoxine? She has her 2 month visit 10/20.</p>
<p>Yolanda<br>Community Health Worker, TB Program</p>
</body></html>""")

add('phi', 'care', 'Wróbel',
    'Andre Koenigsberg <akoenigsberg@tallowcountyhealth.org>',
    'Env Health Food Program <foodsafety@tallowcountyhealth.org>',
    'FW: Hep A - Copper Kettle Diner',
    when(2025, 10, 21, 9, 31),
    """FYI for the inspection file. Line cook at Copper Kettle is the case.

Andre

---------- Forwarded message ---------
From: Andre Koenigsberg <akoenigsberg@tallowcountyhealth.org>
Date: Mon, Oct 20, 2025 at 6:12 PM
Subject: Hep A - Copper Kettle Diner
To: Communicable Disease <cd.team@tallowcountyhealth.org>

Team,

Tomasz Wróbel, the line cook at Copper Kettle on Route 9, was seen at the
Riverbend urgent care 10/17 with jaundice and dark urine; hep A IgM came back
positive Saturday. He's excluded from work. He worked 10/6 through 10/15,
mostly breakfast shift, and says he handled toast and fruit cups.

Plan so far:
- gave hep A vaccine to 11 coworkers today at the restaurant (2 already immune)
- his wife and 2 kids got vaccine at the clinic this afternoon
- EH doing the inspection tomorrow 7am
- need to decide on public notification for patrons 10/6-10/15 -- call with
  Dr. Ames at 8:30

Andre Koenigsberg, MPH
Epidemiologist II
""")

add('phi', 'care', 'Ferreira-Quist',
    'Hollis Tan <htan@riverbendchc.org>',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Re: partner follow up',
    when(2025, 10, 23, 13, 40),
    """Marcus - yes we saw him. Dante Ferreira-Quist came in yesterday afternoon, got
ceftriaxone 500 IM + doxy x7 days, and we drew RPR and HIV 4th gen. Told him
no sex for 7 days and until the doxy's done. He said he'd give your number to
the other person he mentioned but didn't want to give her name to us.

HIV neg (rapid), RPR pending. I'll forward when it's back.

Hollis

On Tue, Oct 21, 2025 at 10:02 AM Marcus Bellweather <mbellweather@tallowcountyhealth.org> wrote:
> Hollis, can you let me know if the partner I referred (DFQ, 24M) made it in?
> He said Wed. Index was GC+ at your site 10/14.
> thanks, M

--
Hollis Tan, FNP-C
Riverbend Community Health Center | Sexual Health Clinic
""")
# ============================ PHI: names ===================================

add('phi', 'names', 'Nguyễn Thị Hoa',
    'Yolanda Fierro <yfierro@tallowcountyhealth.org>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Re: Nguyễn Thị Hoa - sputum pickup',
    when(2025, 10, 8, 10, 2),
    """she wasn't home at 8. neighbor said she leaves early for the nail salon now.
i'll try 7am tomorrow, the cup is still in my cooler bag.

y
""")

add('phi', 'names', 'Okonkwo-Adeyemi',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'titer',
    when(2025, 10, 15, 14, 18),
    """Priya - Okonkwo-Adeyemi's RPR came back 1:64. That's a 4-fold rise from the
1:8 in March, so I think we're looking at reinfection, not serofast. He
finished treatment in April per our notes.

Can you review before I open a new interview? I'd like to get him in this week
and re-elicit partners. Chukwuemeka said last time the phone number on file is
his brother's, so I'll try the email.

M
""")

add('phi', 'names', 'Raghunathan',
    'Cheryl Ostrowski <costrowski@tallowcc.edu>',
    'TB Clearance <tbclearance@tallowcountyhealth.org>',
    'clearance for nursing cohort - 1 student outstanding',
    when(2025, 10, 3, 9, 45),
    """Hello,

All of our fall nursing cohort are cleared except:

Raghunathan, Priyanka -- positive IGRA on 9/12, needs CXR read before we can
let her start clinical rotations at St. Brigid on 10/20.

She says she had BCG as a child in Chennai. She has an appointment at your
chest clinic on 10/9. Can you send us the clearance letter once the x-ray is
read? She's signed the release (on file with us).

Cheryl Ostrowski
Clinical Placement Coordinator, School of Nursing
Tallow Community College
""")

add('phi', 'names', 'Marisol',
    'Deb Saltonstall <dsaltonstall@tallowusd.org>',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'the 7th grader',
    when(2025, 10, 6, 7, 58),
    """Hi Anjali,

Marisol (the 7th grader at Larkspur Middle whose rash started Friday) -- her
mom called me this morning. She said the urgent care swabbed her throat and
took blood Saturday and told them to stay home. She has a younger brother in
2nd grade at Westfield who was at school all last week. Mom is really scared
and said nobody from the county has called her yet. Number is the one on the
line list I sent.

Marisol was at the volleyball game at Hadley gym Thursday night, so that
might be another exposure location for you.

Deb
""")

add('phi', 'names', 'van der Berg',
    'Pieter Lindqvist <plindqvist@westmarchhealth.gov>',
    'Andre Koenigsberg <akoenigsberg@tallowcountyhealth.org>',
    'cross-jurisdiction: Mr. van der Berg',
    when(2025, 10, 17, 16, 25),
    """Andre,

Passing this one to you since he's now living in Tallow County. Mr. Johannes
van der Berg was our active TB case (pulmonary, pan-sensitive) and was on DOT
with us until he moved to his sister's place on 10/12. He's at week 14 of
treatment, on INH/RIF daily now. Last sputum culture negative 9/4.

He has about 3 weeks of meds with him. I'll send the IJN form and the DOT log
through the secure portal. His cell is the same.

Pieter Lindqvist, RN
TB Nurse Case Manager
Westmarch State Department of Health, TB Program
""")

add('phi', 'names', 'Al-Khatib',
    'Refugee Health Program <refugeehealth@tallowcountyhealth.org>',
    'Dr. Samuel Oyelaran <soyelaran@riverbendchc.org>',
    'Class B1 arrival - Al-Khatib family',
    when(2025, 10, 1, 12, 11),
    """Dr. Oyelaran,

We received the EDN notice for the Al-Khatib family (arrived 9/26). The father,
Abdulrahman Al-Khatib, is Class B1 TB - overseas CXR showed fibrotic changes
in the left upper lobe, overseas sputum smears and cultures negative. Wife and
3 children are Class A/no TB condition.

Could your clinic see Abdulrahman for the TB follow-up evaluation within 30
days? He'll need CXR and IGRA. The family speaks Arabic, and the caseworker
from Northstar Resettlement (Hanan) can come to the visit.

Thank you,
Refugee Health Program
Tallow County HHS
""")

add('phi', 'names', 'Petrović-Ilić',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'can you call her today',
    when(2025, 10, 22, 8, 3),
    """Tomás - can you call Dragana Petrović-Ilić today? She's the flight attendant
from the Sept 30 exposure (seat 14C list). She got her IgG drawn at the
occupational health clinic and it came back NEGATIVE, so she's not immune.
She's day 22 now so out of the window, but she should still get MMR and we
need to document symptoms. Serbian is fine, she speaks English too.

thx
A
""")

add('phi', 'names', 'Vang',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'Fwd: registry correction',
    when(2025, 10, 24, 11, 37),
    """Fyi - this is the one Ms. Vang's daughter called about.

T.

Begin forwarded message:

> From: Registry Help Desk <iis.help@westmarchhealth.gov>
> Date: October 23, 2025 at 3:19:44 PM PDT
> To: Tomás Ybarra <tybarra@tallowcountyhealth.org>
> Subject: registry correction
>
> Hi Tomas,
> We merged the two records for Pa Nhia Vang. One had the birth date entered
> as 01/01 (refugee default) and the other had the real one from her green
> card. The MMR from 1998 and the Tdap from your clinic last week are now on
> one record. Her daughter can print the certificate from the public portal
> for Ms. Vang's citizenship paperwork.
>
> Registry Help Desk
> Westmarch Immunization Information System
""")
# ============================ PHI: self ====================================

add('phi', 'self', 'Makoa',
    'Keanu Makoa <kmakoa808@gmail.com>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'cant do tmrw',
    when(2025, 10, 13, 21, 44),
    """Hi Renata this is Keanu Makoa (dob 11/02/1979) I cant do the DOT tomorrow
morning I got called in for a double at the port. can the lady come at 6 or can
I just take the pills and send a video? I have 4 left in the blister pack.

also the red pee thing is still happening is that normal

Keanu

Sent from my iPhone
""")

add('phi', 'self', 'Brody-Castellanos',
    'Jenna Brody-Castellanos <jennabc@yahoo.com>',
    'measles@tallowcountyhealth.org',
    'my son was at the urgent care on 10/4',
    when(2025, 10, 8, 22, 16),
    """Hello,

I saw on the news that there was a measles exposure at the Northgate urgent
care on Saturday 10/4 in the afternoon. My son Liam Brody-Castellanos
(birthday 2/14/2017) was there from about 1:30 to 3 for an ear infection. He
has had ONE MMR shot when he was 1, we were going to do the second one at his
checkup but it got pushed.

He has a runny nose today and a little fever (100.2) but no rash. I don't know
if I should send him to school tomorrow or take him somewhere. His school is
Westfield Elementary.

Please call me - 360-772-4081.

Thank you,
Jenna Brody-Castellanos
""")

add('phi', 'self', 'Rourke',
    'Tasha R <tasha.rourke94@outlook.com>',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Re: please call me back',
    when(2025, 10, 11, 12, 5),
    """hi its tasha. u left a message about a test?? i already went to planned
parenthood on the 8th and they gave me the shot and the pills, they said it was
chlamydia AND the other one. so im good right?

i dont really want to give names but i told him to go get checked. my number
changed its 509-338-1170 now

Tasha Rourke

On Fri, Oct 10, 2025 at 4:30 PM Marcus Bellweather <mbellweather@tallowcountyhealth.org> wrote:
> Hi Tasha, this is Marcus from Tallow County Health. I tried calling about an
> important health matter. Please call me back at 360-418-2290 or reply here.
> Thanks, Marcus
""")

add('phi', 'self', 'Hrytsenko',
    'Oksana Hrytsenko <oksana.hrytsenko@icloud.com>',
    'Immunization Records <immunizations@tallowcountyhealth.org>',
    'Vaccine records request for nursing school',
    when(2025, 10, 2, 18, 27),
    """Dear Immunization Records,

I need my vaccine records for my nursing program. My information:

Name: Oksana Hrytsenko
Born: 6 Jan 1994
Address: 1180 Cedar Hollow Rd, Unit 12, Tallow WM 98771

I had MMR two times as a child in Ukraine but I only have a paper in
Ukrainian, not sure if it counts. I got a Tdap and a flu shot at your clinic
on Pine St in 2023. The school also says I need hepatitis B 3 doses or a
titer. I did the titer at Cascade lab last month and it was negative so I
think I need to start the series?

Can you send me what is in the registry and tell me if I can translate the
old paper?

Best regards,
Oksana
""")

add('phi', 'self', 'Delacroix',
    'Beau Delacroix <bdelacroix.cooks@gmail.com>',
    'Andre Koenigsberg <akoenigsberg@tallowcountyhealth.org>',
    'stool test result + when can I go back',
    when(2025, 10, 27, 15, 3),
    """Mr Koenigsberg,

This is Beau Delacroix from the Bayou Shack kitchen. My doctor called, the
second stool sample came back negative for the salmonella. The first one (the
one from 10/20) was still positive. The first time I got sick was 10/9 with
the diarrhea and fever, I didnt take any antibiotics.

My manager says I cant come back until you say so. How many negatives do I need?
I have bills man. Can I at least work the register?

Thanks
Beau
(337) 555-0284
""")

add('phi', 'self', 'Nwosu',
    'Ifeoma Nwosu <ifeoma.nwosu@hotmail.com>',
    'Immunization Records <immunizations@tallowcountyhealth.org>',
    'Amara - missing shot on school form?',
    when(2025, 9, 30, 7, 12),
    """Good morning,

The school nurse at Larkspur told me my daughter Amara Nwosu (born
2018-07-23) is "out of compliance" and can't attend after Oct 15. I don't
understand because she got all her shots at Riverbend. The nurse said the
registry shows only 3 polio and she needs 4.

She had a 4th one I think at her 4 year checkup with Dr. Hollis Tan, Riverbend,
in August 2022. It might be that it was entered under her old name Amara
Okafor-Nwosu before we changed it.

Please help, I don't want her to miss school.

Ifeoma
""")

add('phi', 'self', 'Qureshi',
    'Faisal Qureshi <faisal.q@protonmail.com>',
    'TB Clearance <tbclearance@tallowcountyhealth.org>',
    'Re: Your TB skin test results',
    when(2025, 10, 18, 9, 9),
    """Yes this is Faisal Qureshi. I got the skin test read Thursday, the nurse
measured it 12 mm. She said because I came from Pakistan in 2022 it counts as
positive and I need a chest x-ray before I can start at the warehouse.

I got the x-ray Friday at St Brigid imaging. When will I get the letter? And
do I really need to take the 4 month medicine if the x-ray is normal? I feel
totally fine.

Thank you
Faisal
""",
    cte='quoted-printable')
# ============================ PHI: ids =====================================

add('phi', 'ids', '',
    'Micro Lab <microlab@stbrigidmed.org>',
    'TB Control <tbcontrol@tallowcountyhealth.org>',
    'Reportable: AFB culture positive',
    when(2025, 10, 20, 6, 55),
    """Notification of reportable result (phone report also made to on-call 10/20 06:40)

MRN 00482913
DOB 07/19/1956  F
Acc# 25-MB-004471  Specimen: sputum, expectorated, coll 10/06/2025
Result: Mycobacterium tuberculosis complex isolated. Smear 2+ AFB.
Sent to state lab for genotyping and susceptibility.
Ordering: Pham, Linh MD (ID)

St. Brigid Microbiology  360-555-0400
""")

add('phi', 'ids', 'Sandoval',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'ELR mismatch again',
    when(2025, 10, 16, 11, 20),
    """The ELR for the RPR 1:32 came in with DOB 19880304 but the provider report
from Riverbend says 03/04/1989. Same name (Sandoval, Luis Alberto), same
address on Millrace Ave. I think it's a typo on the lab side - can you confirm
when you do the interview and I'll fix the case in the surveillance system.
State case # WM-2025-STI-018832.
""")

add('phi', 'ids', '',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Yolanda Fierro <yfierro@tallowcountyhealth.org>',
    'contact #4 - need to find',
    when(2025, 10, 9, 13, 28),
    """Yolanda, contact #4 on the Achterberg investigation - household, 9 yrs old,
never got the IGRA drawn. Mom moved them out of the son's house.

New address per the school: 2217 Orchard Ln Apt 3B, Tallow
Mom's cell 360-664-0932 (texts better than calls)

Kid needs a window prophylaxis start today or tomorrow and CXR. Can you go
by after 3:30 when they're home from school?

R
""")

add('phi', 'ids', '',
    'Billing - Tallow County HHS <billing@tallowcountyhealth.org>',
    'Tracy Holmgren <tholmgren@tallowcountyhealth.org>',
    'denied claims - TB clinic Sept',
    when(2025, 10, 28, 10, 2),
    """Tracy,

Three TB clinic claims from September denied for eligibility. Can clinic staff
check with the patients whether they have new coverage?

Acct 7700123498  DOS 09/08/25  CPT 71046 (CXR 2 views)  Medicaid ID WM44718823  CO-27
Acct 7700124010  DOS 09/15/25  86480 (QFT)            member id 88120045501   CO-31
Acct 7700124122  DOS 09/22/25  99213 + J8999 (isoniazid)  BCBS XKP882910377    CO-27

The second one lives at 4400 Beacon St #210 per registration - mail came back
undeliverable so we probably have the wrong address too.

Thanks,
Gail
Patient Accounts
""")

add('phi', 'ids', 'Dobrev',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'Registry Help Desk <iis.help@westmarchhealth.gov>',
    'duplicate - please merge',
    when(2025, 10, 7, 14, 50),
    """Hi,

Two records for the same adult, can you merge?

IIS ID 4410027731 - Dobrev, Stanimira, DOB 4 Mar 1988
IIS ID 4410901256 - Dobrev, Stanimira K., DOB 03/04/1988

The second has the MMR x2 from the measles PEP clinic (10/5) and the first has
her hep B series from 2014. She needs one record for her hospital employee
health clearance.

Thanks!
Tomás Ybarra
Immunization Program Coordinator
Tallow County HHS | 360-418-2238
""")

add('phi', 'ids', '',
    'Hollis Tan <htan@riverbendchc.org>',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'RE: treatment confirmation',
    when(2025, 10, 24, 16, 11),
    """Ch# 611-20-4 (d.o.b. 12-Jun-2003) got Bicillin LA 2.4 MU IM on 10/22, lot
7HG41, left glute. Next doses 10/29 and 11/5. Pregnancy test neg. She's
aware of the partner referral.

That's the one you called about Tuesday.

H.
""")

add('phi', 'ids', 'Lutz',
    'Amber Kalinowski <akalinowski@tallowcountyhealth.org>',
    'Andre Koenigsberg <akoenigsberg@tallowcountyhealth.org>',
    'faxed form from clinic - SSN on it',
    when(2025, 10, 29, 8, 45),
    """Andre - the pertussis report from Hillcrest Pediatrics came in with the
whole face sheet. Typing what we need for the case:

Patient: Wesley Lutz
DOB: 2024-11-02 (11 months)
SSN: 547-81-3302 (they included it, I didn't enter it)
Parent: Carrie Lutz, 1412 Fenwick Ct, Tallow WM 98772, ph 360.772.9014
PCR positive B. pertussis, collected 10/24. Started azithro 10/25.
Daycare: Little Acorns on 5th.

Shredding the fax. Do you want me to call the daycare or will you?

Amber
Public Health Assistant
""")

add('phi', 'ids', '',
    'Northstar Health Plan - Care Coordination <carecoord@northstarhp.com>',
    'TB Control <tbcontrol@tallowcountyhealth.org>',
    'Care coordination referral - member 0093318476-01',
    when(2025, 10, 30, 11, 0),
    """Referral from Northstar Health Plan Care Coordination

Member ID: 0093318476-01
Member DOB: 1961/05/27
Home phone: (360) 418-6675
Address: 88 Quarry Rd, Lot 14, Ashby WM 98775

Reason: member reports being told by urgent care he needs "TB medicine" after
an abnormal chest x-ray (10/24) and has not been contacted. Member states he
is coughing, lives with wife and grandson. Please contact member. We have
authorized transportation for any clinic visits.

Please do not reply to this mailbox with clinical information; call
1-877-555-0142 ext 4 and reference case CC-25-110927.
""")
# ============================ PHI: lists ===================================

add('phi', 'lists', 'Haugen',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'Measles Response <measles@tallowcountyhealth.org>',
    'Northgate UC exposure - contacts needing f/u (updated 10/7 pm)',
    when(2025, 10, 7, 19, 40),
    "Updated list, pasted from the tracker. Day 21 for this exposure = 10/25.\n"
    "Please grab a row and put your initials in the chat.\n\n"
    "Name\tDOB\tPhone\tMMR status\tAction\n"
    "Haugen, Britt\t05/11/1990\t360-772-1183\tunknown\tIgG draw 10/8 am, Annex\n"
    "Haugen, Solvei\t08/30/2024\t(same)\t0 doses (13 mo)\tIG given 10/6, quarantine\n"
    "Obi, Chidinma\t12/02/1985\t360-901-4420\t1 dose\tMMR #2 given 10/7\n"
    "Reyes Galindo, Mateo\t03/19/2019\t509-338-0071\t1 dose\tMMR #2 sched 10/8\n"
    "Thorsby, Walter\t01/06/1949\t360-418-5532\tborn <1957\tpresumed immune, sx watch\n"
    "Mahmoud, Leila\t09/14/1996\t360-664-2290\t0 doses, pregnant 22wk\tIGIV at St B 10/8, OB aware\n"
    "\nAnjali\n")

add('phi', 'lists', 'Sokolov',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'TB Program <tbprogram@tallowcountyhealth.org>',
    'DOT roster week of 10/13',
    when(2025, 10, 12, 19, 2),
    """Roster for this week. Yolanda has north county, Dmitri has the rest.
Video DOT folks check in through the app as usual.

+----------------------+------------+----------------+-------------+--------------------------+
| Patient              | DOB        | Regimen        | Mode        | Notes                    |
+----------------------+------------+----------------+-------------+--------------------------+
| Sokolov, Arkady      | 1972-03-08 | RIPE wk 6      | in person   | 7am, before work         |
| Haldane, Gerald      | 1958-09-21 | HRZE -> HR     | in person   | LFTs recheck Wed         |
| Costache, Ileana     | 1966-12-30 | RIPE wk 7      | in person   | neuropathy, B6           |
| Makoa, Keanu         | 1979-11-02 | 3HP wk 9       | video       | shift work, flexible     |
| Nguyen, Thi Hoa      | 1981-04-17 | HR month 5     | in person   | sputum cup pending       |
| van der Berg, J.     | 1953-07-02 | HR wk 14       | in person   | new transfer from state  |
+----------------------+------------+----------------+-------------+--------------------------+

Reminder: log every observed dose same day.
Renata
""")

add('phi', 'lists', 'Ellery',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Jade Oduya <joduya@tallowcountyhealth.org>',
    'sign-out while I\'m out 10/20-10/24',
    when(2025, 10, 17, 16, 48),
    """Jade - thanks for covering. My open ones:

CASE/PT              DX        STATUS                      TO DO
-------------------  --------  --------------------------  ----------------------------
Ellery, Noah 31M     syph 2'   tx'd 10/10 bicillin x1      3 partners, 1 located (Kyra)
Okonkwo-Adeyemi, C.  syph ?re  RPR 1:64                    interview - email only
Rourke, Tasha 31F    CT/GC     tx'd at PP 10/8             declined partner names, retry
Sandoval, Luis 37M   syph lat  needs 3 doses               DOB mismatch ELR, confirm
Ferreira-Quist, D    GC cont   tx'd Riverbend 10/22        RPR pending
Pruitt, Shonda 28F   syph lat  dose 2 given 10/10          dose 3 due 10/17 -- CHECK

Field visit for Ellery partner #2 (Kyra, no last name) - last known at the
Motel 9 on Airport Way, room 118. Take a partner.

Marcus
""")

add('phi', 'lists', 'Tran',
    'Dr. Helen Ames <hames@tallowcountyhealth.org>',
    'CD Team <cd.team@tallowcountyhealth.org>',
    'huddle notes Tues',
    when(2025, 10, 21, 10, 5),
    """Notes from this morning's huddle:

* Measles - 2 confirmed, 1 probable
   - Marisol Tran (12) - IgM+, PCR+ at state lab, day 18 post rash, released from isolation
   - Diego Tran (7, brother) - rash onset 10/14, IgM pending, isolated at home
   - probable: Leila Mahmoud - got IGIV 10/8, mild rash 10/19, OB following, PCR sent
* TB
   - Achterberg: culture confirmed MTB, susceptible. 14 contacts, 9 IGRAs done, 2 pos (grandkids)
   - the 10/20 culture-positive from St B (MRN 00482913) - Renata assigned, interview today
* Hep A - Copper Kettle: no secondary cases so far, Wróbel out until cleared
* Pertussis - Lutz infant, daycare letter goes out today

Next huddle Thursday 9:00.
H.A.
""")

CSV_EXCL = """student_last,student_first,dob,grade,school,mmr_doses,exclusion_start,exclusion_end,parent_phone
Brody-Castellanos,Liam,2017-02-14,3,Westfield Elementary,1,2025-10-09,2025-10-25,360-772-4081
Amundsen,Greta,2016-06-02,4,Westfield Elementary,0 (PBE),2025-10-09,2025-10-25,360-418-3391
Koroma,Ibrahim,2019-01-20,K,Westfield Elementary,1,2025-10-09,2025-10-25,360-901-2218
Fairweather,Ruby,2015-09-11,5,Westfield Elementary,0 (medical),2025-10-09,2025-10-25,509-338-7702
Tran,Diego,2018-03-05,2,Westfield Elementary,2,n/a - case,isolation per CD,360-664-8120
Pellegrino,Marco,2017-12-29,3,Westfield Elementary,1,2025-10-09,2025-10-25,360-772-6650
"""

add('phi', 'lists', 'Brody-Castellanos',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'Deb Saltonstall <dsaltonstall@tallowusd.org>',
    'exclusion list Westfield - please confirm',
    when(2025, 10, 9, 8, 20),
    """Deb,

Attached is the exclusion list we have for Westfield. Can you check it against
your attendance and let me know if anyone's missing? The Tran boy is a case
now, not a contact, so he's on isolation, not exclusion.

Anjali Deshmukh, MPH
Epidemiologist, Communicable Disease
""",
    atts=[('westfield_exclusion_1009.csv', 'text', 'csv', CSV_EXCL)])

XLSX_ROWS = [
    ['IIS_ID_keep', 'IIS_ID_merge', 'last_name', 'first_name', 'dob', 'reason', 'vaccines_affected'],
    ['4410027731', '4410901256', 'Dobrev', 'Stanimira', '1988-03-04', 'name variant (middle init)', 'MMR x2 10/5/25'],
    ['4409118820', '4409552014', 'Nwosu', 'Amara', '2018-07-23', 'name change (Okafor-Nwosu)', 'IPV #4 08/2022'],
    ['4400713367', '4410055189', 'Vang', 'Pa Nhia', '1961-09-30', 'DOB 01/01 default', 'MMR 1998, Tdap 10/2025'],
    ['4410332098', '4410332101', 'Oyelowo', 'Tobi', '2023-02-11', 'twin mis-entry', 'DTaP #3, PCV #3'],
    ['4410332101', '4410332098', 'Oyelowo', 'Taiwo', '2023-02-11', 'twin mis-entry (REVIEW)', 'DTaP #3, PCV #3'],
    ['4407660041', '4410870093', 'Halvorsen', 'Erik', '1979-08-15', 'hyphen dropped', 'Hep A x1 (Copper Kettle PEP)'],
]

add('phi', 'lists', 'Dobrev',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'Registry Help Desk <iis.help@westmarchhealth.gov>',
    'October merge requests (6)',
    when(2025, 10, 31, 15, 22),
    """Hi registry team,

Batch of merge requests for October attached. The Oyelowo twins are tricky -
the clinic entered both kids' 6 mo doses on Tobi's record and both 1 yr doses
on Taiwo's, so please don't auto-merge those two, we need to split by date.

Thanks,
Tomás
""",
    atts=[('TCHHS_merge_requests_Oct2025.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
           make_xlsx(XLSX_ROWS, 'merges'))])

CSV_CONTACTS = """contact_id,last_name,first_name,dob,relationship,exposure_hrs_wk,igra_date,igra_result,cxr,disposition
C01,Achterberg,Paul,1979-05-14,household (son),>40,2025-10-06,negative,n/a,retest 8-10 wk
C02,Achterberg,Milo,2019-03-30,household (grandson),>40,2025-10-06,positive,normal,LTBI - start 4R
C03,Achterberg,Ava,2016-08-09,household (granddaughter),>40,2025-10-07,positive,normal,LTBI - start 4R
C04,Lindgren,Corinne,1974-01-22,close friend/car rides,6,2025-10-08,negative,n/a,retest 8-10 wk
C05,Peralta,Josefina,1951-11-03,church - choir,3,2025-10-10,pending,,
C06,Drummond,Everett,1948-06-18,church - choir,3,2025-10-10,indeterminate,,redraw
C07,Okafor,Bisi,1990-02-27,home health aide,10,2025-10-09,negative,n/a,retest 8-10 wk
C08,Achterberg,Lena (ex-dil),1981-12-01,household until 9/25,>40,,not drawn,,LOCATE - new address Orchard Ln
"""

add('phi', 'lists', 'Achterberg',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Linh Pham MD <lpham@stbrigidmed.org>',
    'contact investigation summary (zipped)',
    when(2025, 10, 14, 17, 33),
    """Dr. Pham,

As discussed, attached is the contact summary for your patient's household
and congregate contacts. Two grandchildren IGRA+ with normal CXRs, starting
4R through our clinic. Still trying to locate C08.

Renata
""",
    atts=[('CI_2025-TB-017.zip', 'application', 'zip',
           make_zip([('CI_2025-TB-017_contacts.csv', CSV_CONTACTS)]))])
# ============================ PHI: struct ==================================

add('phi', 'struct', 'ELLERY',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'ELR Support <elr.support@westmarchhealth.gov>',
    'ELR msg not creating a case - OBX-5 issue?',
    when(2025, 10, 6, 9, 12),
    r"""Hi ELR team,

This one came through the feed Friday but never made it into a syphilis
investigation - I think because the titer is in OBX-5 as a string and the
RPR qual is missing. Pasting from the message viewer:

MSH|^~\&|CASCADE_LIS|CASCADE REF LAB^39D0987654^CLIA|WM_ELR|WMDOH|20251003141522||ORU^R01^ORU_R01|CRL2510031415220087|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO
SFT|Cascade Systems|8.2|LabLink|82.1.004
PID|1||CRL7781204^^^CASCADE^MR||ELLERY^NOAH^J||19940516|M||2106-3^White^CDCREC|4512 MILLRACE AVE^APT 6^TALLOW^WM^98771^USA||^PRN^PH^^1^360^7729931|||||||||N^Not Hispanic or Latino^HL70189
ORC|RE|RB-118820|25-SE-118820|||||||||1629384756^TAN^HOLLIS^^^^^^NPI|||||||||RIVERBEND CHC|220 RIVER RD^^TALLOW^WM^98771|^WPN^PH^^1^360^4180100
OBR|1|RB-118820|25-SE-118820|20507-0^Reagin Ab [Presence] in Serum by RPR^LN|||20251001101500|||||||||1629384756^TAN^HOLLIS^^^^^^NPI||||||20251003141000|||F
OBX|1|SN|31147-2^Reagin Ab [Titer] in Serum by RPR^LN||^1^:^32|{titer}|||A|||F|||20251001101500|||||20251003141000||||CASCADE REF LAB^^^^^CLIA&2.16.840.1.113883.4.7&ISO^^^^39D0987654
OBX|2|ST|26009-1^Treponema pallidum Ab [Presence] in Serum by Immunoassay^LN||REACTIVE||||A|||F
SPM|1|^25-SE-118820||119297000^Blood specimen^SCT|||||||||||||20251001101500

Can you reprocess or tell me what to fix on our end?

Priya Venkataraman, MPH
Surveillance Epidemiologist
""")

VXU = r"""MSH|^~\&|RIVERBEND_EHR|RIVERBEND CHC|WMIIS|WMDOH|20251011104433-0700||VXU^V04^VXU_V04|RB20251011104433|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||RB00991832^^^RIVERBEND^MR~4410552871^^^WMIIS^SR||MARCHETTI^ETHAN^LUCA^^^^L|ROSSI^^^^^^M|20160827|M||2106-3^White^CDCREC|77 TAMARACK LN^^TALLOW^WM^98772^USA^P||^PRN^PH^^^360^7724410|||||||||2186-5^Not Hispanic^CDCREC
PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|20251011|||A|20251011|20251011
NK1|1|MARCHETTI^GIULIA^^^^^L|MTH^Mother^HL70063|77 TAMARACK LN^^TALLOW^WM^98772^USA^P|^PRN^PH^^^360^7724410
ORC|RE||RB-IMM-771203^RIVERBEND||||||||||1457392018^OSEI^KWAME^^^^^^NPI
RXA|0|1|20251011|20251011|03^MMR^CVX|0.5|mL^milliliters^UCUM||00^New immunization record^NIP001||||||Y011482|20270331|MSD^Merck and Co^MVX|||CP|A
RXR|C38299^Subcutaneous^NCIT|LA^Left Arm^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||20251011|||VXC40^Eligibility captured at the immunization level^CDCPHINVS
OBX|2|CE|30956-7^vaccine type^LN|2|03^MMR^CVX||||||F
OBX|3|TS|29768-9^Date vaccine information statement published^LN|2|20210806||||||F
OBX|4|TS|29769-7^Date vaccine information statement presented^LN|2|20251011||||||F
"""

add('phi', 'struct', 'MARCHETTI',
    'Kwame Osei <kosei@riverbendchc.org>',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'VXU rejected - AR error',
    when(2025, 10, 13, 9, 2),
    """Tomas,

The MMR we gave Saturday for the Westfield exclusion kids isn't showing in
the registry - our interface log says the ACK came back AE "PD1-16 invalid
with PD1-17". Raw message attached. Is that something on the IIS side? The
school needs to see it in the registry before he can go back.

Kwame Osei, MA
Immunization / Interface Lead
Riverbend Community Health Center
""",
    atts=[('VXU_RB20251011104433.hl7', 'text', 'plain', VXU)])

add('phi', 'struct', 'HALDANE',
    'Tracy Holmgren <tholmgren@tallowcountyhealth.org>',
    'EDI Help <edi.help@clearpathedi.com>',
    'Ticket 88213 - 271 returning AAA*N*72 for valid member',
    when(2025, 10, 22, 14, 40),
    """Hi,

Following up on ticket 88213. We're still getting AAA 72 (invalid member ID)
on the 271 for this patient even though Medicaid says he's active. Our
270 and your 271 below. Is the DOB format in DMG off?

270 sent:
ISA*00*          *00*          *ZZ*TALLOWCOHHS    *ZZ*CLEARPATH      *251022*1405*^*00501*000004417*0*P*:~
GS*HS*TALLOWCOHHS*CLEARPATH*20251022*1405*4417*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*TC2510221405*20251022*1405~
HL*1**20*1~
NM1*PR*2*WESTMARCH MEDICAID*****PI*WMMCD~
HL*2*1*21*1~
NM1*1P*2*TALLOW COUNTY HHS TB CLINIC*****XX*1386650294~
HL*3*2*22*0~
TRN*1*93175-012547*9877281234~
NM1*IL*1*HALDANE*GERALD****MI*WM50982211~
DMG*D8*19580921*M~
DTP*291*D8*20251022~
EQ*30~
SE*13*0001~
GE*1*4417~
IEA*1*000004417~

271 back:
ST*271*0001*005010X279A1~
BHT*0022*11*TC2510221405*20251022*1406~
HL*1**20*1~
NM1*PR*2*WESTMARCH MEDICAID*****PI*WMMCD~
HL*2*1*21*1~
NM1*1P*2*TALLOW COUNTY HHS TB CLINIC*****XX*1386650294~
HL*3*2*22*0~
NM1*IL*1*HALDANE*GERALD****MI*WM50982211~
AAA*N**72*C~
DMG*D8*19580921*M~
SE*10*0001~

Thanks,
Tracy Holmgren
Billing Supervisor, Tallow County HHS
""")

add('phi', 'struct', 'COSTACHE',
    'Gail Fensterwald <gfensterwald@tallowcountyhealth.org>',
    'Tracy Holmgren <tholmgren@tallowcountyhealth.org>',
    'rejected 837 - loop 2300',
    when(2025, 10, 17, 11, 15),
    """Tracy, the clearinghouse rejected this one (TB clinic visit + CXR for
Costache). I think the dx pointer is wrong - we listed A15.0 in HI but the
SV1 points to 2 and there is only 1. Snip from the file:

NM1*85*2*TALLOW COUNTY HHS*****XX*1386650294~
N3*1200 PINE ST~
N4*TALLOW*WM*98771~
REF*EI*916004472~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*COSTACHE*ILEANA****MI*WM30177645~
N3*3319 BIRCHWOOD DR~
N4*TALLOW*WM*98772~
DMG*D8*19661230*F~
NM1*PR*2*WESTMARCH MEDICAID*****PI*WMMCD~
CLM*TB25100801*245.00***11:B:1*Y*A*Y*Y~
HI*ABK:A150~
LX*1~
SV1*HC:99214*180.00*UN*1***2~
DTP*472*D8*20251008~
LX*2~
SV1*HC:71046*65.00*UN*1***1~
DTP*472*D8*20251008~

I'll fix and resend unless you see something else.
Gail
""")

add('phi', 'struct', 'PRUITT',
    'Gail Fensterwald <gfensterwald@tallowcountyhealth.org>',
    'Tracy Holmgren <tholmgren@tallowcountyhealth.org>',
    '835 - partial pay on STI clinic claim',
    when(2025, 10, 30, 15, 50),
    """835 came back for the STI clinic bicillin claims. Paid the visit but
denied the J0561 units (said max 24 units/day, we billed 24... so?). Relevant
part:

CLP*STI25100201*2*412.50*96.00**MC*2025275118842*11*1~
NM1*QC*1*PRUITT*SHONDA*M***MI*WM71120984~
NM1*82*2*TALLOW COUNTY HHS*****XX*1386650294~
DTM*232*20251002~
SVC*HC:99213*96.00*96.00**1~
DTM*472*20251002~
SVC*HC:J0561*316.50*0**24~
DTM*472*20251002~
CAS*CO*151*316.50~
AMT*B6*0~
LQ*HE*N362~

Want me to appeal with the CDC treatment guideline page?
""")

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-8841207",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "SB00773412"}
        ],
        "name": [{"family": "Tran", "given": ["Diego", "Minh"]}],
        "gender": "male",
        "birthDate": "2018-03-05",
        "address": [{"line": ["905 Larch Ct"], "city": "Tallow", "state": "WM", "postalCode": "98772"}],
        "telecom": [{"system": "phone", "value": "360-664-8120", "use": "home"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-22017",
        "status": "preliminary",
        "code": {"coding": [{"system": "http://loinc.org", "code": "22502-9",
                              "display": "Measles virus IgM Ab [Presence] in Serum"}]},
        "subject": {"reference": "Patient/pt-8841207"},
        "effectiveDateTime": "2025-10-15T11:20:00-07:00",
        "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct",
                                              "code": "10828004", "display": "Positive"}]}
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "id": "imm-5510",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]},
        "patient": {"reference": "Patient/pt-8841207"},
        "occurrenceDateTime": "2022-04-11"
      }
    }
  ]
}
"""

add('phi', 'struct', 'Tran',
    'Interface Team <interfaces@stbrigidmed.org>',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'RE: FHIR test feed - measles IgM',
    when(2025, 10, 16, 12, 30),
    """Priya,

Per your ask, here's the bundle our FHIR endpoint generated for the measles IgM
that resulted this morning (PRODUCTION, not test - sorry, the test feed is
down so this is the real one). Let us know if the Observation shape works for
your intake or if you need a DiagnosticReport wrapper.

Thanks,
Raj Bhattacharya
Integration Engineer, St. Brigid IT
""",
    atts=[('bundle_obs-22017.json', 'application', 'json', FHIR.encode('utf-8'))])

add('phi', 'struct', 'Peralta',
    'Linh Pham MD <lpham@stbrigidmed.org>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'CCD for Mrs Peralta (choir contact)',
    when(2025, 10, 27, 18, 5),
    """Renata - the portal wouldn't take the attachment so pasting the relevant
section of her CCD. She's one of the choir contacts, IGRA came back positive
at our lab, CXR clear. She's on methotrexate for RA so we should talk about
LTBI treatment before her rheum adjusts anything.

<recordTarget>
  <patientRole>
    <id extension="SB00401877" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP"><streetAddressLine>62 Spruce Hollow Rd</streetAddressLine>
      <city>Tallow</city><state>WM</state><postalCode>98771</postalCode></addr>
    <telecom use="HP" value="tel:+1-360-418-7720"/>
    <patient>
      <name><given>Josefina</given><family>Peralta</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19511103"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
  <entry><observation classCode="OBS" moodCode="EVN">
    <code code="71774-4" codeSystem="2.16.840.1.113883.6.1"
      displayName="Mycobacterium tuberculosis stimulated gamma interferon"/>
    <effectiveTime value="20251010"/>
    <value xsi:type="CD" code="10828004" displayName="Positive"/>
  </observation></entry>
</section>
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
  <text>methotrexate 15 mg PO weekly; folic acid 1 mg daily</text>
</section>

Linh
""")
# ============================ PHI: lang ====================================

add('phi', 'lang', 'Reyes Galindo',
    'Araceli Galindo <araceli.galindo77@gmail.com>',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'Mateo - segunda vacuna sarampión',
    when(2025, 10, 8, 20, 31),
    """Buenas noches Sr. Ybarra,

Le escribo por mi hijo Mateo Reyes Galindo, nacido el 19/03/2019. Hoy le
pusieron la segunda dosis de la vacuna triple viral (MMR) en la clínica
Riverbend como usted nos dijo. La enfermera dijo que ya puede regresar a la
escuela, pero en la escuela me dicen que necesitan una carta del condado.

También quería decirle que desde anoche tiene un poco de tos y los ojos
rojos, pero no tiene fiebre ni ronchas. ¿Es normal por la vacuna o lo debo
llevar al doctor? No quiero contagiar a nadie.

Mi teléfono es 509-338-0071.

Muchas gracias,
Araceli Galindo
""",
    cte='quoted-printable')

add('phi', 'lang', 'Siqueira',
    'Arnaldo Siqueira <arnaldo.siqueira@hotmail.com>',
    'Yolanda Fierro <yfierro@tallowcountyhealth.org>',
    'remédios da tuberculose',
    when(2025, 10, 19, 19, 48),
    """Oi Yolanda, tudo bem?

Aqui é o Arnaldo Siqueira. Queria avisar que amanhã (segunda) vou estar na
obra em Ashby o dia todo, então não vou estar em casa às 8h para você me ver
tomar os comprimidos. Posso tomar às 6h e mandar o vídeo pelo aplicativo?

Outra coisa: desde quinta-feira minha urina está cor de laranja e estou com
um pouco de coceira na pele. A enfermeira Renata falou que a urina laranja é
normal com a rifampicina, mas a coceira eu não sei. Minha consulta com o
médico é só dia 3 de novembro.

Obrigado,
Arnaldo
""")

add('phi', 'lang', 'Nguyễn',
    'Lê Thu Trang <thutrang.le88@gmail.com>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Mẹ tôi - Nguyễn Thị Hoa - xét nghiệm đờm',
    when(2025, 10, 9, 6, 40),
    """Chào cô Renata,

Tôi là Trang, con gái của bà Nguyễn Thị Hoa (sinh ngày 17/04/1981). Mẹ tôi
nhờ tôi viết email vì mẹ không đọc tiếng Anh giỏi.

Sáng nay mẹ đã lấy mẫu đờm vào cái cốc cô đưa, để trong tủ lạnh. Mẹ đi làm
ở tiệm nail từ 7 giờ sáng, cô có thể đến lấy ở nhà, em trai tôi ở nhà đến 10
giờ.

Mẹ tôi cũng hỏi: tháng này là tháng thứ năm uống thuốc lao rồi, khi nào mẹ
được ngừng thuốc? Gần đây mẹ bị đau khớp và hơi buồn nôn sau khi uống thuốc.

Cảm ơn cô nhiều,
Trang
""",
    cte='base64')

add('phi', 'lang', 'Pierre-Louis',
    'Wideline Pierre-Louis <wpierrelouis@yahoo.com>',
    'Jade Oduya <joduya@tallowcountyhealth.org>',
    'Re: randevou',
    when(2025, 10, 23, 10, 14),
    """Bonjou Madan Jade,

Se mwen menm Wideline Pierre-Louis. Mwen resevwa mesaj ou a. Mwen te fè
premye piki a (penisilin) lendi 20 oktòb nan klinik Riverbend. Mwen ansent 5
mwa, doktè a di m fòk mwen pran 3 piki yo an tan pou pwoteje ti bebe a.

Dezyèm piki a se pou lendi 27 oktòb men mwen pa gen machin. Èske ou ka ede m
jwenn transpò? Mari m di l ap al fè tès tou semèn sa a.

Mèsi anpil,
Wideline
(360) 772-0459
""")

add('phi', 'lang', 'Соколов',
    'Аркадий Соколов <a.sokolov72@mail.ru>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Соколов - лекарства и работа',
    when(2025, 10, 16, 21, 2),
    """Здравствуйте, Рената.

Это Аркадий Соколов. Моя дочь помогла перевести, но пишу сам по-русски.

Я принимаю таблетки уже шесть недель, каждое утро при медсестре. Вчера
начальник сказал, что мне нужна справка от вас, что я не заразный, иначе я не
могу вернуться на склад. Последний анализ мокроты был отрицательный?

Ещё у меня стало хуже со зрением, особенно красный цвет плохо вижу. Это от
лекарства (этамбутол)? Мне сказали обязательно сообщить.

Мой телефон: 360-901-5577.

С уважением,
Аркадий Соколов
""",
    cte='base64')

add('phi', 'lang', 'الخطيب',
    'Yousef Al-Khatib <yousef.alkhatib2007@gmail.com>',
    'Refugee Health Program <refugeehealth@tallowcountyhealth.org>',
    'موعد والدي - فحص السل',
    when(2025, 10, 5, 16, 22),
    """السلام عليكم،

أنا يوسف الخطيب، ابن عبد الرحمن الخطيب. وصلنا في ٢٦ سبتمبر. قالوا لنا في
المطار إن والدي يحتاج إلى فحص السل (صورة أشعة للصدر وتحليل دم) خلال ٣٠ يوماً
لأن الصورة في الأردن أظهرت شيئاً في الرئة اليسرى.

والدي يسعل أحياناً في الليل لكن ليس عنده حرارة. هل يمكن أن يكون الموعد بعد
الساعة ٣ لأنني في المدرسة وأنا أترجم له؟ رقم الهاتف ٣٦٠-٦٦٤-٣٣٨٠.

شكراً جزيلاً
يوسف
""",
    html="""<html><body dir="rtl" style="font-family:Tahoma,Arial">
<p>السلام عليكم،</p>
<p>أنا يوسف الخطيب، ابن عبد الرحمن الخطيب. وصلنا في ٢٦ سبتمبر. قالوا لنا في المطار إن والدي يحتاج إلى فحص السل (صورة أشعة للصدر وتحليل دم) خلال ٣٠ يوماً لأن الصورة في الأردن أظهرت شيئاً في الرئة اليسرى.</p>
<p>والدي يسعل أحياناً في الليل لكن ليس عنده حرارة. هل يمكن أن يكون الموعد بعد الساعة ٣ لأنني في المدرسة وأنا أترجم له؟ رقم الهاتف ٣٦٠-٦٦٤-٣٣٨٠.</p>
<p>شكراً جزيلاً<br>يوسف</p>
</body></html>""")

add('phi', 'lang', '陈',
    'Golden Lotus Restaurant <goldenlotus.tallow@163.com>',
    'Env Health Food Program <foodsafety@tallowcountyhealth.org>',
    '关于员工陈志强的化验结果',
    when(2025, 10, 28, 14, 55),
    """您好，

我是金莲餐厅的经理李美华。上星期你们的检查员说我们的厨师陈志强（出生日期
1985年8月12日）要做大便化验，因为他10月18日开始拉肚子和发烧。

他昨天在Riverbend诊所拿到结果，医生说是沙门氏菌阳性，给他开了抗生素。他从
10月19日开始就没有上班。请问他什么时候可以回来工作？需要再做几次化验？

其他员工都没有生病。

谢谢！
李美华
电话：360-418-6019
""",
    cte='base64')

add('phi', 'lang', 'Dizon',
    'Maricel Soriano-Abad <msorianoabad@tallowcountyhealth.org>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'update kay Mrs. Dizon',
    when(2025, 10, 29, 16, 20),
    """Hi Renata,

Update lang kay Mrs. Corazon Dizon (yung LTBI sa Ashby, 4R). Pumunta ako sa
bahay nila kanina. Sabi niya nakalimutan daw niya uminom ng gamot ng mga
apat na araw kasi nagpunta sila sa Seattle para sa binyag ng apo niya. Dala
ko yung bagong bote ng rifampin, 30 capsules, at tinuruan ko ulit siya gamitin
yung pill box.

Medyo nahihilo daw siya minsan pagkatapos uminom pero walang pagsusuka. Yung
next blood test niya (LFTs) ay sa Nov 5 sa Annex.

Salamat,
Maricel
PHN, TB Program
""")
# ============================ CLEAN: admin =================================

add('clean', 'admin', '',
    'Jade Oduya <joduya@tallowcountyhealth.org>',
    'STI/HIV Program <stihiv@tallowcountyhealth.org>',
    'DIS field coverage Nov 3-14',
    when(2025, 10, 29, 12, 2),
    """Hi all,

Field coverage for the next two weeks. Please swap among yourselves and just
cc me so I can update the board.

Mon 11/3   Marcus (am) / Jade (pm)
Tue 11/4   Keisha
Wed 11/5   Marcus - Jade in Westmarch for DIS refresher
Thu 11/6   Keisha (am) / Devon (pm)
Fri 11/7   Devon
Mon 11/10  Jade
Tue 11/11  HOLIDAY - on-call phone w/ Marcus, 360-901-7781
Wed 11/12  Keisha
Thu 11/13  Devon
Fri 11/14  Marcus

County cars: #14 is back from the shop, #9 still needs the tire. Keys in the
lockbox, code didn't change.

Jade Oduya
STI/HIV Program Supervisor
""")

add('clean', 'admin', '',
    'TCHHS IT Service Desk <servicedesk@tallowcountyhealth.org>',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    '[INC0048812] Surveillance system - password reset / MFA token',
    when(2025, 10, 6, 8, 3),
    """Incident INC0048812 has been updated.

Caller: Priya Venkataraman (x2241)
Short description: Locked out of WM-NEDSS after MFA token change
Assignment group: Applications - Public Health
Status: Resolved

Resolution notes:
Reset token via state portal; user confirmed login at 07:58. The state
requires new tokens to be registered within 72 hours - reminder sent.
If the issue recurs please reply to this email quoting INC0048812 or call the
Service Desk at 360-418-2000 opt 1.

Ref:MSG0771302
""")

add('clean', 'admin', '',
    'Accounts Receivable - Swift Medical Courier <ar@swiftmedcourier.com>',
    'Accounts Payable <ap@tallowcountyhealth.org>',
    'Invoice 2025-10-4471 - specimen transport Sept',
    when(2025, 10, 2, 9, 30),
    """Please find summarized below invoice 2025-10-4471 for September services.

Account: TCHHS-0091
PO: 25-HHS-00318

Date range    Route                                   Runs   Rate     Amount
09/01-09/30   Annex -> Cascade Ref Lab (daily)         21    $42.00   $882.00
09/01-09/30   Pine St Clinic -> State PHL (M/W/F)      13    $95.00   $1,235.00
09/19         STAT - St Brigid -> State PHL (TB)        1    $180.00  $180.00
              Cold chain boxes / gel packs             --              $64.50
                                                                      --------
                                                        Total due:    $2,361.50

Net 30. Remit to Swift Medical Courier, PO Box 2207, Tallow WM 98770.
Questions: Doreen, 360-555-0188.
""",
    atts=[('INV-2025-10-4471.txt', 'text', 'plain',
           "SWIFT MEDICAL COURIER\nINVOICE 2025-10-4471\nBill to: Tallow County HHS, Accounts Payable\n"
           "Account TCHHS-0091  PO 25-HHS-00318\nAmount due: $2,361.50  Due: 11/01/2025\n")])

add('clean', 'admin', '',
    'Facilities Management <facilities@tallowcounty.gov>',
    'TB Program <tbprogram@tallowcountyhealth.org>',
    'Pine St clinic - negative pressure room certification Thu 10/16',
    when(2025, 10, 10, 14, 5),
    """Good afternoon,

Annual certification of the airborne infection isolation room (Room 108) and
the sputum induction booth at the Pine St clinic is scheduled for Thursday
10/16, 7:00-11:00 am. Aeris Mechanical (tech: Ron Baptiste, 360-772-3310) will
do the pressure differential and ACH testing and replace the HEPA filter.

Room 108 must be empty and not used for sputum induction during this window.
Please reschedule any induction appointments to the afternoon.

Work order WO-25-06613.

Thank you,
Stan Kowalczyk
Facilities Coordinator, Tallow County
""",
    html="""<html><body>
<p>Good afternoon,</p>
<p>Annual certification of the airborne infection isolation room (<b>Room 108</b>) and the sputum induction booth at the Pine St clinic is scheduled for <b>Thursday 10/16, 7:00-11:00 am</b>. Aeris Mechanical (tech: Ron Baptiste, 360-772-3310) will do the pressure differential and ACH testing and replace the HEPA filter.</p>
<p>Room 108 must be empty and not used for sputum induction during this window. Please reschedule any induction appointments to the afternoon.</p>
<p>Work order WO-25-06613.</p>
<p>Thank you,<br>Stan Kowalczyk<br>Facilities Coordinator, Tallow County</p>
</body></html>""")

add('clean', 'admin', '',
    'Human Resources <hr@tallowcounty.gov>',
    'All HHS Staff <hhs.all@tallowcountyhealth.org>',
    'Open enrollment closes Nov 14 + flu shot clinic for employees',
    when(2025, 10, 20, 7, 30),
    """Reminder: benefits open enrollment runs Oct 27 - Nov 14.

- Log in to the Employee Self Service portal with your employee ID (starts
  with E00...) to change medical, dental or vision plans.
- Regence and Kaiser rates for 2026 are posted on the intranet.
- Dependents added this year must be verified by Dec 1 (birth certificate or
  marriage certificate to HR, Attn: Benefits).

Employee flu and COVID shot clinic: Oct 30, 8-12, Pine St Conference Room B.
Bring your insurance card. Questions: Monique Adeyemi, Benefits Analyst,
x2105.

Tallow County Human Resources
""")

add('clean', 'admin', '',
    'Tracy Holmgren <tholmgren@tallowcountyhealth.org>',
    'Gail Fensterwald <gfensterwald@tallowcountyhealth.org>',
    'RE: clearinghouse cutover',
    when(2025, 10, 24, 16, 2),
    """Gail - confirmed with ClearPath, cutover to the new submitter ID is 11/1.

New ISA06 = TALLOWCOHHS2, same NPI 1386650294, same tax ID. Test file
(ISA15=T) went through clean on 10/23, control # 000004501. Don't send
production 837s on 10/31 after 3pm.

Rep is Brandon Yee, 1-888-555-0133 x412, ticket 88390.

T.

> -----Original Message-----
> From: Gail Fensterwald
> Sent: Thursday, October 23, 2025 10:11 AM
> Subject: clearinghouse cutover
>
> Do we know the date yet? I need to plan the Oct month-end batch.
""")

add('clean', 'admin', '',
    'Vaccine Depot Coordinator <vfc.depot@tallowcountyhealth.org>',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'Fridge 3 temp excursion - Annex - no doses lost',
    when(2025, 10, 12, 8, 47),
    """Tomás,

Data logger on Fridge 3 at the Annex (serial DL-44021) alarmed Saturday
23:10 - 02:40, max 9.1 C. Power blip per facilities. I called Merck and
Sanofi Monday morning; per their stability data all lots are OK to use.

Lots affected: MMR Y011482, Y011507; Tdap U7712AA; Hep A AHAVB771AA.
Excursion form submitted to state VFC program, reference EXC-25-1183.

No doses administered during the excursion. Backup generator test is now on
the facilities list.

Beth Lindahl
Vaccine Coordinator
""")
# ============================ CLEAN: lookalike =============================

add('clean', 'lookalike', '',
    'Cedar Ridge Animal Hospital <frontdesk@cedarridgevet.com>',
    'Renata Vukovic <rvukovic.home@gmail.com>',
    'Reminder: Biscuit is due for vaccines',
    when(2025, 10, 4, 10, 0),
    """Hi Renata,

Our records show that Biscuit (canine, Corgi mix, DOB 04/12/2019) is due for:

  - Rabies (3 yr)            due 10/15/2025
  - DHPP booster             due 10/15/2025
  - Leptospirosis            OVERDUE
  - Fecal exam / heartworm test

Patient ID: 20771   Client #: C-8812

At Biscuit's last exam Dr. Halvorsen noted mild tartar and a weight of 31.4 lb
(up 2 lb). Ask us about our dental cleaning special in November!

Book online or call 360-772-8800. Reply STOP to opt out.

Cedar Ridge Animal Hospital
4402 Ridgeline Blvd, Tallow WM
""")

add('clean', 'lookalike', '',
    'Tallow Valley Credit Union <alerts@tallowvalleycu.org>',
    'Marcus Bellweather <marcus.bellweather@gmail.com>',
    'Member #004417782 - your statement is ready',
    when(2025, 10, 1, 5, 12),
    """Dear Marcus Bellweather,

Your September eStatement for Member # 004417782 is now available in Online
Banking.

Share Savings (S01)          ending 7782     $1,208.44
Health Savings Account (S40) ending 7782     $3,911.02
Auto Loan (L12)              next payment 10/15/2025   $318.77

HSA reminder: contributions for 2025 must be made by April 15, 2026. Keep
receipts for qualified medical expenses - we do not need to see them.

Questions? 1-800-555-0199, or visit any branch. We will never ask for your
PIN or password by email.

Tallow Valley Credit Union | NMLS# 401177 | Federally insured by NCUA
""")

add('clean', 'lookalike', '',
    'Ironclad Fitness <members@ironcladfit.com>',
    'Tomás Ybarra <tomas.ybarra@outlook.com>',
    'Your body composition results + member check-in',
    when(2025, 10, 11, 18, 30),
    """Hey Tomás!

Great session with Coach Britt on Tuesday. Here are your InBody results:

Member ID: IF-0338412
Date of birth on file: 05/30/1991
Weight: 182.6 lb | Body fat: 21.4% | Skeletal muscle: 82.1 lb
Resting HR: 64 | BP (self-check station): 124/78

Your next assessment is 11/11. Remember: hydrate, and log your workouts in
the app. Your membership (Premier, acct 55100234) renews 12/01.

Want to add a friend? Referral code TOMAS25 gets them a free week.

Ironclad Fitness - Tallow | 360-418-9090
""")

add('clean', 'lookalike', '',
    'Cascade Air <no-reply@cascadeair.com>',
    'Anjali Deshmukh <anjali.deshmukh@icloud.com>',
    'Your trip confirmation - KWN7QX - Tallow (TLW) to Denver (DEN)',
    when(2025, 10, 18, 13, 44),
    """Thanks for flying Cascade Air, Anjali.

Confirmation code: KWN7QX
Passenger: DESHMUKH/ANJALI MS
Date of birth: 09 SEP 1987
Known Traveler Number: 98XT44012
MileagePlus-style #: CA 881 204 7716

Fri 14 Nov 2025  CA 1184  TLW 06:10 -> DEN 09:42  Seat 14C  Economy
Sun 16 Nov 2025  CA 1191  DEN 19:25 -> TLW 21:08  Seat 22A  Economy

Need special assistance, a wheelchair, or traveling with medical devices or
medication? Let us know at least 48 hours before departure.

E-ticket 0157788120394. Fare rules apply.
""",
    html="""<html><body style="font-family:Arial">
<h2 style="color:#004c6d">Thanks for flying Cascade Air, Anjali.</h2>
<p>Confirmation code: <b>KWN7QX</b><br>Passenger: DESHMUKH/ANJALI MS<br>Date of birth: 09 SEP 1987<br>Known Traveler Number: 98XT44012<br>MileagePlus-style #: CA 881 204 7716</p>
<table border="0" cellpadding="4">
<tr><td>Fri 14 Nov 2025</td><td>CA 1184</td><td>TLW 06:10 &rarr; DEN 09:42</td><td>Seat 14C</td></tr>
<tr><td>Sun 16 Nov 2025</td><td>CA 1191</td><td>DEN 19:25 &rarr; TLW 21:08</td><td>Seat 22A</td></tr>
</table>
<p>Need special assistance, a wheelchair, or traveling with medical devices or medication? Let us know at least 48 hours before departure.</p>
<p style="font-size:9pt">E-ticket 0157788120394. Fare rules apply.</p>
</body></html>""")

add('clean', 'lookalike', '',
    'Claims - Evergreen Mutual Auto <claims@evergreenmutual.com>',
    'Yolanda Fierro <yolanda.fierro22@yahoo.com>',
    'Claim 25-AU-771904 - injury coverage (PIP) next steps',
    when(2025, 10, 22, 11, 17),
    """Dear Ms. Fierro,

Thank you for reporting the loss on 10/19/2025 (rear-end collision, Route 9
and Alder). Your claim number is 25-AU-771904; policy EMA-3390-1182-04.

Vehicle: 2019 Honda CR-V, VIN 5J6RW2H84KL009921
Appraisal: Thursday 10/23 at Tallow Collision Center, 10:30 am.

You indicated no one was hurt. If anyone in the vehicle later needs treatment,
Personal Injury Protection (PIP) covers up to $10,000 in medical expenses.
Your adjuster will send a PIP application form - we'll need provider bills, not
your medical records, at this stage.

Adjuster: Carlos Whitby, 1-866-555-0170 ext 3321

Evergreen Mutual Auto Insurance
""")

add('clean', 'lookalike', '',
    'Hartwell Tree & Arbor <office@hartwelltree.com>',
    'Dr. Helen Ames <helen.ames@comcast.net>',
    'Estimate #E-2290 - the big-leaf maple',
    when(2025, 10, 9, 16, 40),
    """Hi Dr. Ames,

Thanks for having us out Monday. Our arborist (Dale, ISA cert PN-7712A)
confirmed what you suspected: the big-leaf maple by the driveway has a
significant trunk cavity and fungal infection at the base (looks like
Ganoderma). The tree is in decline and we'd consider it a hazard given the
lean toward the garage.

Options:
 1. Removal + stump grind ............ $2,850
 2. Crown reduction + monitor yearly ...  $1,100 (not recommended)

The two Douglas firs are healthy - some deadwood, that's it. The cherry has
a mild case of black knot; we can prune out the infected limbs for $225.

Estimate valid 30 days. Call 360-664-1200 to schedule.

Dale Hartwell
Hartwell Tree & Arbor, LLC
""")

add('clean', 'lookalike', '',
    'Grant Feeney <gfeeney@tallowcountyhealth.org>',
    'Public Health Informatics <phi.dev@tallowcountyhealth.org>',
    'postmortem: queue worker outbreak - patient zero found',
    when(2025, 10, 26, 22, 8),
    """All,

Quick writeup of Friday's incident before I forget.

Symptom: the ELR ingest workers kept crashing and restarting ("infected" each
other via the shared retry queue). Contact tracing through the logs showed
patient zero was a single malformed message (non-UTF8 byte in a free-text
field) that every worker picked up, choked on, and put back.

Treatment: added a dead-letter queue with max 3 retries, quarantined the bad
message (no content reviewed - just the offset, 88120554). Worker pods have
been healthy for 36 hours. Immunity: added a fuzz test with junk bytes.

Follow-up ticket DEV-1142. No data lost, no downstream cases delayed more than
4 hours per the SLA dashboard.

Grant Feeney
Senior Integration Developer
""")
# ============================ CLEAN: news ==================================

add('clean', 'news', '',
    'Tallow County Health Alert Network <han@tallowcountyhealth.org>',
    'HAN Providers List <han-providers@lists.tallowcountyhealth.org>',
    'HEALTH ADVISORY: Measles exposures in Tallow County - Oct 2025',
    when(2025, 10, 7, 15, 0),
    """TALLOW COUNTY HEALTH ADVISORY
October 7, 2025

SUMMARY
Tallow County HHS is investigating two confirmed measles cases in
school-aged children. Members of the public may have been exposed at:

  - Northgate Urgent Care, 1550 N Main St: Sat 10/4, 12:30 pm - 5:00 pm
  - Hadley Middle School gymnasium (volleyball game): Thu 10/2, 5:30-8:30 pm
  - FreshWay Market, Larkspur Ave: Sun 10/5, 10:00 am - 12:30 pm

ACTIONS REQUESTED OF CLINICIANS
1. Consider measles in patients with fever AND rash, especially with cough,
   coryza or conjunctivitis, regardless of travel history.
2. Mask and isolate suspected patients immediately; do not use the waiting
   room. Airborne precautions.
3. Report suspected cases IMMEDIATELY by phone to 360-418-2200 (24/7). Do
   not wait for lab results.
4. Collect a nasopharyngeal or throat swab for measles PCR and serum for IgM.
   Call us to arrange testing at the state public health laboratory.
5. Verify MMR status of staff. Presumptive evidence of immunity: 2 documented
   doses, lab evidence, or birth before 1957.

Post-exposure prophylaxis: MMR within 72 hours or immune globulin within 6
days of exposure for eligible contacts.

Helen Ames, MD, MPH
Health Officer, Tallow County
""")

add('clean', 'news', '',
    'Westmarch DOH Pharmacy Alerts <rx-alerts@westmarchhealth.gov>',
    'TB Program <tbprogram@tallowcountyhealth.org>',
    'Supply notice: Tuberculin PPD (Tubersol) 5 mL vials - allocation',
    when(2025, 10, 14, 9, 0),
    """WESTMARCH DEPARTMENT OF HEALTH - PHARMACY & SUPPLY NOTICE

Product: Tuberculin purified protein derivative (Mantoux), 5 TU/0.1 mL,
5 mL multidose vials (NDC 49281-752-21)
Status: Manufacturer allocation through at least January 2026

Recommendations for local health jurisdictions and clinics:
- Prioritize IGRA testing where feasible, particularly for persons who
  received BCG and for contacts >= 2 years of age.
- Reserve TST for children < 2 years and settings where phlebotomy is not
  available.
- Do not substitute Aplisol for Tubersol in serial testing programs without
  noting the change; expect small differences in reactivity.

Separately, the manufacturer has issued a voluntary recall of lot C6631AB
(1 mL vials) due to a labeling error on the outer carton. Vial labels are
correct. Return unused cartons per the enclosed instructions.

Questions: DOH Pharmacy, 1-800-555-0123.
""")

add('clean', 'news', '',
    'Communicable Disease Program <cd.team@tallowcountyhealth.org>',
    'Tallow Providers Newsletter <providers@lists.tallowcountyhealth.org>',
    'CD Quarterly - Q3 2025',
    when(2025, 10, 15, 10, 0),
    """CD QUARTERLY | Tallow County Health & Human Services | Q3 2025

Reportable conditions, July-September 2025 (provisional)

Condition              Q3 2025   Q3 2024   5-yr Q3 avg
---------------------  -------   -------   -----------
Chlamydia                 412       398        405
Gonorrhea                 131       150        142
Syphilis (all stages)      38        29         21
  Congenital syphilis       1         0          0.4
TB (active)                 4         3          3.2
Pertussis                   9         2          5.6
Salmonellosis              17        14         13.0
Hepatitis A                 1         0          0.8
Measles                     0         0          0.0

Highlights
- Syphilis continues to climb, especially among women of childbearing age.
  Test all pregnant patients at first visit, 28 weeks, and delivery.
- Pertussis is up in infants; recommend Tdap each pregnancy (27-36 wk).
- New: doxy-PEP guidance for eligible patients is on our website.

Small counts (<5) are not broken down by age, sex, or ZIP to protect privacy.

To unsubscribe, reply with REMOVE.
""",
    html="""<html><body style="font-family:Georgia,serif">
<h1 style="font-size:18pt">CD QUARTERLY <small>| Tallow County HHS | Q3 2025</small></h1>
<h3>Reportable conditions, July-September 2025 (provisional)</h3>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Condition</th><th>Q3 2025</th><th>Q3 2024</th><th>5-yr Q3 avg</th></tr>
<tr><td>Chlamydia</td><td>412</td><td>398</td><td>405</td></tr>
<tr><td>Gonorrhea</td><td>131</td><td>150</td><td>142</td></tr>
<tr><td>Syphilis (all stages)</td><td>38</td><td>29</td><td>21</td></tr>
<tr><td>&nbsp;&nbsp;Congenital syphilis</td><td>1</td><td>0</td><td>0.4</td></tr>
<tr><td>TB (active)</td><td>4</td><td>3</td><td>3.2</td></tr>
<tr><td>Pertussis</td><td>9</td><td>2</td><td>5.6</td></tr>
<tr><td>Salmonellosis</td><td>17</td><td>14</td><td>13.0</td></tr>
<tr><td>Hepatitis A</td><td>1</td><td>0</td><td>0.8</td></tr>
<tr><td>Measles</td><td>0</td><td>0</td><td>0.0</td></tr>
</table>
<h3>Highlights</h3>
<ul>
<li>Syphilis continues to climb, especially among women of childbearing age. Test all pregnant patients at first visit, 28 weeks, and delivery.</li>
<li>Pertussis is up in infants; recommend Tdap each pregnancy (27-36 wk).</li>
<li>New: doxy-PEP guidance for eligible patients is on our website.</li>
</ul>
<p><i>Small counts (&lt;5) are not broken down by age, sex, or ZIP to protect privacy.</i></p>
</body></html>""")

add('clean', 'news', '',
    'Tallow County HHS Communications <news@tallowcountyhealth.org>',
    'Media List <media@lists.tallowcountyhealth.org>',
    'NEWS RELEASE: Kindergarten vaccination rates dip for third year',
    when(2025, 10, 20, 11, 0),
    """FOR IMMEDIATE RELEASE
Contact: Nadia Ferrante, Public Information Officer, 360-418-2010

TALLOW, WM - Fewer Tallow County kindergartners are fully vaccinated
against measles this school year, according to data released today from the
Westmarch Immunization Information System.

- 2025-26: 88.1% of kindergartners had 2 doses of MMR (down from 90.4%)
- Non-medical exemptions rose to 6.2% (from 5.1%)
- 9 of 41 elementary schools are below 85% MMR coverage

"Measles is one of the most contagious diseases we know," said Health Officer
Dr. Helen Ames. "Our current outbreak shows how fast it moves through a school
where coverage has slipped."

Free MMR is available at the Pine St and Annex clinics, Mon-Fri 8-4:30, and at
pop-up clinics listed at tallowcountyhealth.org/measles.

School-level data is available on the county dashboard.
###
""",
    cte='quoted-printable')

add('clean', 'news', '',
    'Westmarch Foodborne Epi <foodborne@westmarchhealth.gov>',
    'Local Env Health Directors <eh-directors@lists.westmarchhealth.gov>',
    'Outbreak closeout summary - Salmonella Enteritidis cluster WM-2509-SE',
    when(2025, 10, 30, 13, 0),
    """Colleagues,

Closing out cluster WM-2509-SE (PFGE/WGS-linked Salmonella Enteritidis).

- 23 cases in 4 counties (Tallow 6, Ashby 9, Kessler 5, Moray 3)
- Illness onset 8/28 - 10/19; age range 2-81 (median 34); 5 hospitalized,
  no deaths
- Common exposure: shell eggs from a single regional supplier, distributed
  to restaurants; supplier voluntarily diverted eggs to breaking 10/21
- 3 restaurant food workers were among cases; all excluded until 2 negative
  stools per code, and all have returned

Thank you to the local EH and CD teams for the fast interviews. Full report
will post to the partner SharePoint in 2 weeks.

Westmarch DOH Foodborne Epidemiology Section
""")

add('clean', 'news', '',
    'NACCHO-style Digest <digest@localhealthdigest.org>',
    'Dr. Helen Ames <hames@tallowcountyhealth.org>',
    'Weekly Digest: congenital syphilis, TB funding, measles in schools',
    when(2025, 10, 24, 6, 0),
    """LOCAL HEALTH WEEKLY DIGEST - Friday edition

1. Congenital syphilis cases up again nationally; CDC data show missed
   third-trimester screening as the most common missed opportunity.
2. Budget: proposed cuts would reduce TB elimination cooperative agreements
   by 18% - what it means for contact investigations.
3. "Day 21": How one rural county ran measles quarantine with a team of six.
4. Webinar Nov 6: Building an immunization registry data-quality program
   (deduplication, address cleaning, and school compliance reports).
5. Job board: 14 new DIS, epidemiologist and PHN postings.

You are receiving this because you subscribed at localhealthdigest.org.
Unsubscribe | Manage preferences
""")
# ============================ CLEAN: staff =================================

add('clean', 'staff', '',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Dr. Samuel Oyelaran <soyelaran@riverbendchc.org>',
    'general q - window prophylaxis under 5',
    when(2025, 10, 8, 12, 40),
    """Dr. O, general question, not about a specific kid yet:

For household contacts under 5 with a negative initial IGRA/TST, we start
window prophylaxis until the 8-10 week retest. Our protocol still says INH
daily. The newer guidance seems to allow rifampin for 4R as window prophy
too. Any reason we shouldn't switch the default? Rifampin suspension is a
pain to get from the pharmacy, but adherence with 4 months vs 9 is way better.

Also do we need a baseline CXR for every under-5 contact even with negative
IGRA? We've been doing it but I want to make sure that's in writing.

Thanks,
Renata
""")

add('clean', 'staff', '',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'Measles Response <measles@tallowcountyhealth.org>',
    'staffing for PEP clinic Sat + phone bank',
    when(2025, 10, 9, 17, 15),
    """All,

For Saturday's MMR/IG clinic at Westfield Elementary gym (9-2):

- need 4 vaccinators (have Maricel, Tomás, Beth - one more?)
- 2 registration (Amber + a volunteer from MRC)
- 1 IG-trained nurse for infants/pregnant/immunocompromised referrals
- Dr. Ames on call by phone

Phone bank Sat 10-4 for the day-21 symptom checks. Scripts are in the shared
drive under Measles/2025/scripts. Remember: don't leave details on
voicemail, just name + callback number.

Supplies: 120 MMR doses pulled from Fridge 2, IG stays at Pine St unless
we call for it. Bring thermometers for the coolers.

Thanks everyone, I know it's been a long 2 weeks.
Anjali
""")

add('clean', 'staff', '',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'Jade Oduya <joduya@tallowcountyhealth.org>',
    'staging question - de-identified',
    when(2025, 10, 13, 15, 30),
    """Jade - case conference q, no identifiers:

40s female, no prior testing on record, RPR 1:4, TP-PA reactive, no symptoms,
no lesions reported, last negative test unknown. Partner is early latent.
Would you stage as latent unknown duration and do 3 doses, or late latent?
I lean toward 3 doses either way, but the staging affects our partner
notification lookback (1 yr vs none).

Also reminder we're out of the little DIS referral cards - can you order?

P.
""")

add('clean', 'staff', '',
    'Dr. Helen Ames <hames@tallowcountyhealth.org>',
    'CD Team <cd.team@tallowcountyhealth.org>',
    'Protocol update: food worker exclusion for Salmonella (non-typhoidal)',
    when(2025, 10, 28, 8, 0),
    """Team,

Effective Nov 1, we're aligning with the updated state food code:

- Non-typhoidal Salmonella, food worker: exclude while symptomatic; after
  symptoms resolve, restrict (no ready-to-eat food handling) until 1 negative
  stool collected >= 48 hours after symptom resolution and >= 48 hrs after
  last antibiotic dose. The old "2 negative stools 24 hrs apart" is retired
  for non-typhoidal.
- Typhoid/paratyphoid: no change, still 3 negative stools.
- Register/cashier duties are allowed during restriction if the manager
  signs the restriction form.

Env Health and CD both need to sign the release letter. Template is updated
on the shared drive.

Helen Ames, MD, MPH
Health Officer
""")

add('clean', 'staff', '',
    'Maricel Soriano-Abad <msorianoabad@tallowcountyhealth.org>',
    'TB Program <tbprogram@tallowcountyhealth.org>',
    'vDOT app - tips from this month',
    when(2025, 10, 30, 11, 45),
    """Hi team,

A few things I learned doing video DOT this month, for the new folks:

1. Ask patients to show the pill in the hand, then in the mouth, then an
   open mouth after. Blurry videos = call them back, don't just approve.
2. Older patients do better with the 8 am reminder text + the app; younger
   shift workers like the "record anytime" setting.
3. If a video is missing 2 days in a row, it's a home visit, not a text.
4. Upload issues: most are on older Androids - the app's "low bandwidth"
   mode fixes it.

Nothing patient-specific in here, just tips. I'll add these to the vDOT SOP.

Maricel, PHN
""")

add('clean', 'staff', '',
    'Linh Pham MD <lpham@stbrigidmed.org>',
    'Renata Vukovic <renata.vukovic@tallowcountyhealth.org>',
    'Re: grand rounds topic',
    when(2025, 10, 10, 7, 55),
    """Renata,

Happy to do the TB talk at your nurse in-service on Nov 19. I'm thinking:

- when to suspect TB in older adults (atypical presentations)
- reading a CXR for TB - cavities vs. fibrotic scarring
- drug-induced hepatotoxicity: when to hold, when to rechallenge
- one case from our service, fully de-identified ("an older woman, lives with
  family, 6 weeks of cough"). I'll strip dates and the town.

Do you want me to include LTBI regimens (3HP/4R/3HR) or will your team cover
that?

Linh

On Thu, Oct 9, 2025 at 4:12 PM Renata Vukovic wrote:
> Dr. Pham - any chance you'd be willing to give a 45 min talk to our nurses
> and CHWs in November? Anything TB clinical would be great.
""")

add('clean', 'staff', '',
    'Marcus Bellweather <mbellweather@tallowcountyhealth.org>',
    'Riverbend CHC Nurse Line <nurseline@riverbendchc.org>',
    'Bicillin supply - heads up',
    when(2025, 10, 3, 10, 20),
    """Hi Riverbend folks,

Heads up from the state: Bicillin L-A is on allocation again through at
least December. We have ~40 syringes at Pine St. If you run low, call our
clinic before substituting doxycycline - pregnant patients MUST get
penicillin, so we'll prioritize those.

If you have any pregnant patients who need treatment and you're out, call me
directly and we'll get them in same day. Don't send names by email, just
call.

Marcus Bellweather
DIS II, Tallow County HHS | 360-418-2290
""")
# ============================ CLEAN: training ==============================

add('clean', 'training', '',
    'WMIIS Training <iis.training@westmarchhealth.gov>',
    'Tomás Ybarra <tybarra@tallowcountyhealth.org>',
    'IIS training sandbox logins + practice patients',
    when(2025, 10, 3, 13, 0),
    """Hello Tallow County,

Your staff accounts for the IIS TRAINING environment (iis-train.westmarch...)
are active until 12/31. Do not enter real patients in the training
environment. Use these practice records for the exercises:

  ZZTEST, MEASLES        DOB 01/01/2015   IIS ID 9990000101
  ZZTEST, DUPLICATE A    DOB 02/02/2020   IIS ID 9990000102
  ZZTEST, DUPLICATE B    DOB 02/02/2020   IIS ID 9990000103
  ZZTEST, SCHOOLKID      DOB 03/03/2019   IIS ID 9990000104

Exercise 1: record an MMR given today for ZZTEST, MEASLES (use lot TEST123).
Exercise 2: merge the two DUPLICATE records.
Exercise 3: run a school compliance report for "ZZ Training Elementary".

Training environment data is wiped every Sunday night.

WMIIS Training Team
""")

HL7_SAMPLE = r"""MSH|^~\&|TESTLAB|TEST FACILITY^00D0000000^CLIA|WM_ELR|WMDOH|20250101120000||ORU^R01^ORU_R01|TEST0001|T|2.5.1
PID|1||TEST123456^^^TESTLAB^MR||TESTPATIENT^SAMPLE^A||20000101|U|||123 TEST ST^^ANYTOWN^WM^99999||^PRN^PH^^1^555^5550100
OBR|1|T0001|T0001|20507-0^Reagin Ab [Presence] in Serum by RPR^LN|||20250101080000|||||||||0000000000^DOCTOR^TEST||||||20250101115900|||F
OBX|1|CWE|20507-0^Reagin Ab [Presence] in Serum by RPR^LN||260385009^Negative^SCT||||N|||F
"""

add('clean', 'training', '',
    'Lab Onboarding <onboarding@cascadereflab.com>',
    'ELR Support <elr.support@westmarchhealth.gov>',
    'ELR validation - TEST messages batch 1 (processing ID = T)',
    when(2025, 10, 8, 10, 30),
    """Hi ELR team,

For our new LIS onboarding, attached is validation batch 1 - all synthetic
test messages with MSH-11 = T. Patient names are TESTPATIENT, addresses
are 123 TEST ST / ANYTOWN, ZIP 99999. Please run through your validator
and send back the error report.

Sample message (first of 25):

""" + HL7_SAMPLE + """
Thanks,
Kayla Morgenstern
Client Services / Interface Onboarding
Cascade Reference Laboratories
""",
    atts=[('ELR_validation_batch1_TEST.txt', 'text', 'plain', HL7_SAMPLE * 3)])

add('clean', 'training', '',
    'Jade Oduya <joduya@tallowcountyhealth.org>',
    'STI/HIV Program <stihiv@tallowcountyhealth.org>',
    'DIS refresher - role play scenario for Wed',
    when(2025, 10, 31, 14, 10),
    """For Wednesday's role play. THIS IS A MADE-UP CASE, don't search for it.

Scenario 3 ("Jane Doe")
- Jane Doe, 26, works at a coffee shop. RPR 1:128, rash on palms. Treated
  today with Bicillin.
- She names "John Smith" (no phone) and "a guy from the app" as partners
  in the last 6 months.
- She's worried her employer will find out.

Interviewer goals: build rapport, explain confidentiality, elicit partners
and locating info, discuss clustering (who else might be at risk).

Observer checklist attached to the calendar invite. We'll rotate so
everyone plays DIS, client and observer once.

Jade
""")

add('clean', 'training', '',
    'Anjali Deshmukh <adeshmukh@tallowcountyhealth.org>',
    'CD Team <cd.team@tallowcountyhealth.org>',
    'Tabletop exercise materials - measles in a childcare center (FICTIONAL)',
    when(2025, 9, 22, 9, 0),
    """Hi all,

Materials for next month's tabletop. Everything in this exercise is
fictional - names are placeholders.

INJECT 1 (Day 0): A pediatric clinic calls to report "Patient A," a
14-month-old attending Sunny Days Childcare (fictional), with fever, cough,
conjunctivitis and a rash starting on the face. No MMR yet (too young at
last visit). Sibling "Patient B" (4 y/o) has 1 dose.

INJECT 2 (Day 2): Lab calls - measles PCR POSITIVE for Patient A. The
childcare has 38 children, 9 under 12 months.

INJECT 3 (Day 5): Local TV station calls asking for the name of the
childcare.

Discussion questions are in the attached line list template (all rows are
sample data).

Anjali
""",
    atts=[('TTX_linelist_TEMPLATE.csv', 'text', 'csv',
           "case_id,name,age,dob,mmr_doses,exposure_site,status\n"
           "TTX-001,Patient A (SAMPLE),14 mo,XX/XX/XXXX,0,Sunny Days Childcare,case\n"
           "TTX-002,Patient B (SAMPLE),4 y,XX/XX/XXXX,1,household,contact\n"
           "TTX-003,Sample Child 3,9 mo,XX/XX/XXXX,0,Sunny Days Childcare,contact\n"
           "TTX-004,Sample Staff 1,34 y,XX/XX/XXXX,2,Sunny Days Childcare,contact\n")])

add('clean', 'training', '',
    'Jordan Pike <jpike@healthbridgesoftware.com>',
    'Priya Venkataraman <pvenkataraman@tallowcountyhealth.org>',
    'Demo follow-up: CaseTrack Surveillance - sample record walkthrough',
    when(2025, 10, 17, 15, 45),
    """Hi Priya,

Thanks for the time Wednesday. As promised, here is the sample FHIR record we
used in the demo (it's from our synthetic data generator - none of it is
real):

{
  "resourceType": "Patient",
  "id": "demo-0001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Demo", "given": ["Test", "Patient"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "address": [{"line": ["1 Sample Way"], "city": "Exampleville", "postalCode": "00000"}]
}

The case-merge and partner-tracing modules work the same way with your
state's schema. Pricing proposal to follow next week; let me know if you want
a sandbox with 500 synthetic TB and STI cases.

Best,
Jordan Pike
Solutions Engineer | HealthBridge Software
m 503-555-0177
""")

add('clean', 'training', '',
    'Beth Lindahl <blindahl@tallowcountyhealth.org>',
    'Immunization Program <immunization@tallowcountyhealth.org>',
    'New hire orientation: VFC documentation quiz',
    when(2025, 10, 27, 13, 20),
    """New staff - please complete this short quiz by Friday. The "patient" is
a sample record used in the state VFC training module.

Sample record: Doe, Baby Boy (TRAINING), DOB 01/01/2024, Medicaid:
SAMPLE-000000

1. Baby Boy Doe comes in at 12 months for MMR. He has Medicaid. What VFC
   eligibility code do you document?
2. The MMR lot is Y000TEST, expiration 01/2026. What else must go in the
   record besides lot and expiration? (hint: 4 more items)
3. Mom refuses varicella today. Where do you document refusal?
4. The fridge read 9.0 C at the morning check. What do you do first?

Answers are in the VFC binder, tab 6. Come find me with questions.

Beth Lindahl, Vaccine Coordinator
""")
# ============================ writer =======================================

def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].rsplit('@', 1)[1].rstrip('>')
    msg['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), 1000 + i,
                                             random.choice(['JavaMail', 'mail', 'GMX', 'ex']),
                                             dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['headers']:
        msg[k] = v
    body = m['body']
    if m['cte']:
        msg.set_content(body, charset='utf-8', cte=m['cte'])
    else:
        msg.set_content(body)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fname, maintype, subtype, data in m['atts']:
        if isinstance(data, str):
            if maintype == 'text':
                msg.add_attachment(data, subtype=subtype, filename=fname)
            else:
                msg.add_attachment(data.encode('utf-8'), maintype=maintype,
                                   subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    counts = {}
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counts[key] = counts.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counts[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counts):
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total:', len(rows))


if __name__ == '__main__':
    main()
