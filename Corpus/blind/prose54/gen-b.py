#!/usr/bin/env python3
"""Blind evaluation mail set: rheumatology/infusion practice + infectious-disease clinic.
Run: python3 gen.py OUTDIR
"""
import csv
import io
import os
import random
import sys
import zipfile
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 5402
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def D(y, mo, d, h, mi, tz=-5):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=tz))))


def M(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
      atts=(), cte=None, hdrs=None, reply_to=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, body=body.lstrip('\n'), date=date, cc=cc,
                     html=html, atts=list(atts), cte=cte, hdrs=hdrs or {},
                     reply_to=reply_to))


def fixed_zip(files):
    """files: list of (name, bytes). Deterministic zip."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xml_esc(s):
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
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
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
    return fixed_zip([(n, d.encode('utf-8')) for n, d in files])


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')

# Disclaimers / signatures reused by several senders (organisations are invented)
CR_DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies.
"""
BF_DISC = """
--
This message originated from Bayfront Infectious Disease Associates, P.C. It may
contain information protected by state and federal privacy law. If you received it
in error, notify the sender and delete it.
"""
BW_DISC = """
________________________________
Brightway Home Infusion | 24/7 clinical line 1-866-555-0142
The information in this email is intended only for the addressee. Please do not forward.
"""

# ======================================================================
# PHI: care
# ======================================================================
M('phi', 'care', 'Whitcombe',
  'Patrick Duffy RN <pduffy@brightwayhi.com>',
  'OPAT Team <opat@bayfrontid.org>',
  'weekly labs - Whitcombe / vanc',
  """
Hi Ramon,

Saw Gerald Whitcombe at home this am for his weekly visit. PICC (R basilic) dressing
changed, site clean, no redness, ext length unchanged at 2 cm. He's tolerating the
vancomycin 1250 q12 fine, no rash, no hearing complaints.

Labs drawn 0630 before the am dose, resulted just now:
  trough 18.2
  Cr 1.6 (was 1.1 last Tues)
  BUN 31
  WBC 7.9, CRP down to 2.4

Cr jump worries me a bit. He says he hasn't been drinking much since the weather got warm.
Can Dr. Voss let us know if she wants to hold a dose or change to 1000? Pharmacy needs the
new order by 3pm to get it on tonight's delivery.

Thanks,
Patrick Duffy, RN, CRNI
Field Nurse - North Territory
cell 555-0187
""" + BW_DISC,
  D(2024, 5, 14, 11, 42), cc='Nadia Sorensen PharmD <nsorensen@brightwayhi.com>')

M('phi', 'care', 'Fenwick',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'FW: rxn during infusion today',
  """
Dr O - fyi, adding the note I sent to the chart team. She's fine now, went home with her husband.

Jenna

-----Original Message-----
From: Jenna Hollis
Sent: Tuesday, February 6, 2024 2:18 PM
To: Chart Updates <charts@cedarridgerheum.com>
Subject: rxn during infusion today

Dolores Fenwick, chair 4. Rituximab dose #2 of cycle. Premeds given 0915 (acetaminophen 650,
diphenhydramine 50 IV, methylpred 100). Started 50 mg/hr, went up to 100 at 0 +30. About
10 min after the increase she got flushed, itchy hives on chest and neck, BP 152/90, sat 97%.
Stopped the pump, another 25 of diphenhydramine, symptoms gone in 20 min. Restarted at
50 and held there, completed at 1:55. Total infused 1000 mg.

Please flag for next cycle: go slower, consider extra steroid.

Jenna Hollis, RN, CRNI
Infusion Suite Charge Nurse
Cedar Ridge Rheumatology & Infusion Center
""" + CR_DISC,
  D(2024, 2, 6, 14, 31))

M('phi', 'care', 'Lindqvist',
  'Anand Rao MD <arao@bayfrontid.org>',
  'drpeterson@lakesidefamilymed.com',
  'Consult follow-up: Tobias Lindqvist',
  """
Dr. Peterson,

Thank you for sending Mr. Tobias Lindqvist to us. A quick update after his 12-week visit on
April 2:

- He has been on bictegravir/emtricitabine/tenofovir alafenamide once daily since January
  and reports no missed doses.
- Viral load is now undetectable (<20 copies/mL), down from 148,000 at baseline.
- CD4 count 540 (22%), up from 310.
- Creatinine and LFTs are normal. Lipids pending.
- We gave his second dose of the hepatitis B vaccine series and the first Shingrix.

We will see him again in three months with repeat labs. He asked that you continue to manage
his blood pressure; we did not change his lisinopril.

Please call me with any questions.

Anand Rao, MD
Bayfront Infectious Disease Associates
Tel 555-0110  Fax 555-0119
""" + BF_DISC,
  D(2024, 4, 4, 16, 5),
  html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Peterson,</p>
<p>Thank you for sending Mr. Tobias Lindqvist to us. A quick update after his 12-week visit on April 2:</p>
<ul>
<li>He has been on bictegravir/emtricitabine/tenofovir alafenamide once daily since January and reports no missed doses.</li>
<li>Viral load is now <b>undetectable</b> (&lt;20 copies/mL), down from 148,000 at baseline.</li>
<li>CD4 count 540 (22%), up from 310.</li>
<li>Creatinine and LFTs are normal. Lipids pending.</li>
<li>We gave his second dose of the hepatitis B vaccine series and the first Shingrix.</li>
</ul>
<p>We will see him again in three months with repeat labs. He asked that you continue to manage his blood pressure; we did not change his lisinopril.</p>
<p>Please call me with any questions.</p>
<p>Anand Rao, MD<br>Bayfront Infectious Disease Associates<br>Tel 555-0110 &nbsp;Fax 555-0119</p>
<p style="font-size:8pt;color:#777">This message originated from Bayfront Infectious Disease Associates, P.C. It may contain information protected by state and federal privacy law.</p>
</body></html>""")

M('phi', 'care', 'Quintero',
  'Menlow Specialty Pharmacy <intake@menlowrx.com>',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'Benlysta approved - Marisol Quintero - first ship 3/21',
  """
Hi Tasha,

Good news, the PA for belimumab 200 mg/mL autoinjector came back approved through 03/2025 for
Marisol Quintero. Copay card applied, her cost is $0 for the first fill.

We're shipping 4 autoinjectors (weekly) on Thursday 3/21 for delivery Friday. Our nurse will
do injection teaching by video on Saturday at 10; she said she prefers to do it with her
daughter present. She mentioned she is still on the hydroxychloroquine 200 BID and the
prednisone taper you started, so no interaction issues on our end.

Please send an updated script if the dosing changes after her next labs.

Thanks!
Rafaela Moss, CPhT
Patient Onboarding | Menlow Specialty Pharmacy
P 555-0163 x214 | F 555-0164
""",
  D(2024, 3, 19, 10, 12))

M('phi', 'care', 'Obuya',
  'Amy Castellano <acastellano@bayfrontid.org>',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'travel visit note for cosign',
  """
Dr Voss - can you cosign when you get a sec. Kenneth Obuya, pre-travel visit today, leaving
for Kisumu and then northern Uganda 6/10 for 5 weeks (family visit + wedding).

done today:
 * yellow fever (he had no prior card) - ICVP filled in and stamped
 * typhoid - gave Vivotif oral, explained fridge + every other day x4 caps
 * hep A #1, needs #2 in 6-12 mo
 * Tdap up to date (2021)
 * malaria ppx: atovaquone-proguanil 1 tab daily, start 2 days before, 7 days after return.
   disp #44. he took mefloquine years ago and had nightmares so avoided that.
 * rx'd azithro 1 g x1 for TD standby

he asked about rabies pre-exposure, told him cost, he'll think about it.

Amy
""",
  D(2024, 5, 22, 15, 48))

M('phi', 'care', 'Marchetti',
  'kmorrow@bayfrontid.org',
  'arao@bayfrontid.org',
  'rosalind m svr12',
  """
svr12 draw done today for rosalind marchetti. hcv rna not detected!! she was so happy she
cried. alt 19. told her we'd call w official result but she can stop worrying about the
liver bx her old gi wanted. she still needs the hep a/b vaccines, set up for next month.

k
""",
  D(2024, 7, 9, 13, 3))

M('phi', 'care', 'Haverford',
  'Daniel Szabo DO <dszabo@cedarridgerheum.com>',
  'Luis Ocampo <locampo@cedarridgerheum.com>',
  'Re: Lionel Haverford - add on today?',
  """
Yes, put him in at 3:40. I'll tap the knee and inject. Have the tray ready with the 18g and
the kenalog 40, and send the fluid for cell count + crystals.

Also he needs a uric acid and BMP while he's here - his allopurinol was bumped to 300 last
month and we never got the follow-up level.

DS

On Mon, Jan 15, 2024 at 12:51 PM Luis Ocampo <locampo@cedarridgerheum.com> wrote:
> Dr. Szabo, Lionel Haverford called, his right knee is hot and swollen since Saturday and he
> can't put weight on it. Says it feels like his big toe did last time. Can we squeeze him
> in? Only opening is 3:40 today or Thursday.
>
> Luis Ocampo
> Front Desk / Scheduling
> Cedar Ridge Rheumatology & Infusion Center
""",
  D(2024, 1, 15, 13, 2))

M('phi', 'care', 'Ruiz-Whitley',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'Brightway Intake <referrals@brightwayhi.com>',
  'OPAT start - Agnes Ruiz-Whitley - ertapenem',
  """
Hello Brightway team,

New OPAT start for you. Agnes Ruiz-Whitley is being discharged from St. Brendan's tomorrow
(Fri 3/15) after a right foot debridement for osteomyelitis. Plan from Dr. Voss:

    Ertapenem 1 g IV every 24 hours x 6 weeks (through 4/24)
    Access: L arm midline, placed 3/13, tip confirmed
    Labs: CBC w diff, CMP, ESR, CRP every Monday, results fax to 555-0119
    First home dose: Saturday 3/16, ~10:00 (last in-hospital dose Fri 10:00)
    ID clinic follow-up 3/28 at 9:20 with Dr. Voss

She has a cat and her daughter lives with her and will be the backup for flushes. Allergy:
sulfa (rash). Wound care is being done by the podiatry group, not by you.

Please confirm you can take her. The face sheet and H&P will come through the fax.

Thank you,
Ramon Estrada, RN
OPAT Coordinator
Bayfront Infectious Disease Associates
""" + BF_DISC,
  D(2024, 3, 14, 16, 20), cte='quoted-printable')
# ======================================================================
# PHI: names
# ======================================================================
M('phi', 'names', 'Nguyễn Thị Hoa',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'Re: Nguyễn Thị Hoa - mtx refill',
  """
done, sent to the Walgreens on Elm. 20 mg weekly + folic acid 1 mg. Her CBC and LFTs are due
in 3 weeks, I put the standing order in.

> can you refill the mtx, she's out Friday
""",
  D(2024, 6, 3, 9, 14))

M('phi', 'names', 'Adebayo-Okonkwo',
  'Luis Ocampo <locampo@cedarridgerheum.com>',
  'Infusion Suite <infusion@cedarridgerheum.com>',
  'chair swap Tues',
  """
hi all - Mrs. Adebayo-Okonkwo's Actemra got moved from Monday to Tuesday 8:30 (her ride
fell through). she's chair 2 now and Mr Petrov moved to 11. insurance auth still good till
end of month so no issue. she asked if someone can check her hands since the left wrist has
been swelling again, I told her to mention it to the nurse.

thx
Luis
""",
  D(2024, 4, 12, 16, 40))

M('phi', 'names', 'Kowalczyk',
  'Daniel Szabo DO <dszabo@cedarridgerheum.com>',
  'Rheum Nurses <rnteam@cedarridgerheum.com>',
  'call backs',
  """
Please call these back today:

Kowalczyk, Bronisław - tell him the ankle xray showed erosions c/w gout, keep colchicine
0.6 daily, f/u uric acid in 4 wks. he only speaks a little english, daughter Agnieszka
is the contact.

Thanks
Dr. Szabo
""",
  D(2024, 2, 20, 8, 5))

M('phi', 'names', 'Fatima',
  'Kezia Morrow NP <kmorrow@bayfrontid.org>',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'your patient Fatima - shingles?',
  """
Hi Dr. Okafor,

Quick heads up since we share her. Fatima (your lupus nephritis lady on CellCept and
Benlysta, the one who teaches at Lincoln Elementary) came to our walk-in today with a
dermatomal vesicular rash on the left flank, 2 days in. Looks like zoster to me. I started
valacyclovir 1 g TID x 7 d. Did not hold her CellCept but wanted you to decide about that
and about the Benlysta injection due Thursday.

Once this heals she should really get Shingrix, I can give it here if that's easier.

Kezia Morrow, MSN, FNP-C
Bayfront Infectious Disease Associates
""",
  D(2024, 9, 11, 14, 22))

M('phi', 'names', 'van der Meulen',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'PrEP Clinic <prep@bayfrontid.org>',
  'PrEP refill check - Mr. van der Meulen',
  """
Team - Mr. Joost van der Meulen called the refill line for his Descovy. Last HIV Ag/Ab was
01/08 and he's due again (q3mo). STI panel also due. I can only give a 14-day bridge until
the labs are back. Can someone get him a lab slot this week? He prefers early mornings.

Grace Liu, PharmD, AAHIVP
Clinical Pharmacist
""",
  D(2024, 4, 15, 11, 30))

M('phi', 'names', 'Lefèvre-Brisson',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'Saphnelo - Zoë',
  """
Tasha,

Ms. Zoë Lefèvre-Brisson was here for her anifrolumab today (infusion #5), went fine. But
she said her insurer sent her a letter that the auth runs out after next month's dose. Can
you start the renewal? Her last SLEDAI and labs from Dr. Okafor's note 5/30 should be enough.

Jenna
""",
  D(2024, 6, 13, 12, 47))

M('phi', 'names', 'Al-Harbi',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'ED Attending <edattending@stbrendanmc.org>',
  'Mr Al-Harbi - returned traveler w fever',
  """
Thanks for the call. Re: Mr. Abdulrahman Al-Harbi (in your bay 14):

- back from Port Sudan 9 days ago, fevers to 39.6 x3 days, no malaria ppx taken
- please send thick/thin smears x3 q12h AND the rapid antigen, don't stop at one neg
- blood cx x2, CBC, CMP, LFTs, lactate, UA
- if smear positive for falciparum with >5% parasitemia call me directly, we'd want IV
  artesunate (pharmacy has to get it from the CDC depot)
- dengue NS1/IgM reasonable too

I can see him in the morning if he's admitted.

Helen Voss, MD
Infectious Diseases
cell 555-0131
""",
  D(2024, 8, 27, 21, 15), hdrs={'Importance': 'high'})

M('phi', 'names', 'Subramaniam',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'Daniel Szabo DO <dszabo@cedarridgerheum.com>',
  'HOLD? krystexxa',
  """
Dr. Szabo,

Pre-infusion uric acid on Lakshmi Subramaniam came back 7.4 this morning (was 1.2 two
weeks ago). Per protocol I'm holding today's pegloticase and not starting the drip. She's
still in the chair. She admits she skipped the methotrexate last week because of a cold.

Do you want to come talk to her or should I send her home and reschedule? Her son
is waiting in the lobby.

J. Hollis RN
""",
  D(2024, 10, 1, 9, 51), hdrs={'Importance': 'high', 'X-Priority': '1'})
# ======================================================================
# PHI: self
# ======================================================================
M('phi', 'self', 'Tollefsen',
  'Brenda Tollefsen <btollefsen61@comcast.net>',
  'info@cedarridgerheum.com',
  'reaction to shot??',
  """
Hello,

This is Brenda Tollefsen, date of birth 07/22/1961, I'm a patient of Dr. Okafor. I did my
Orencia injection Sunday night in my left thigh like the nurse showed me and now there is a
red patch about the size of my palm, warm and itchy. No fever. Is this normal or should I
skip next week's? I also still have 2 pens left in the fridge if you need me to check the lot.

My cell is 555-0148 if that is easier.

Thanks so much,
Brenda
""",
  D(2024, 3, 12, 7, 58))

M('phi', 'self', 'Rinaldi',
  'Teresa Rinaldi <tmrinaldi@gmail.com>',
  'Cedar Ridge Nurse Line <rnteam@cedarridgerheum.com>',
  'Caleb - humira and school trip',
  """
Hi,

My son Caleb Rinaldi (14, sees Dr. Szabo for his JIA) is going on an overnight class trip to
the state capital next week, Wednesday to Friday. His Humira shot falls on Thursday. Can he do
it Tuesday night instead, a couple days early, or should he wait until he's home Friday?

Also the school nurse wants a letter saying he's on methotrexate and can't get the nasal flu
vaccine they're offering, can you send that to me? His birthday is 11/03/2009 in case you need
to look him up.

Thank you!
Teresa (Caleb's mom)
Sent from my iPhone
""",
  D(2024, 10, 8, 20, 33))

M('phi', 'self', 'Delacroix-Hunt',
  'Marcus Delacroix-Hunt <mdhunt.design@icloud.com>',
  'prep@bayfrontid.org',
  'labs before refill',
  """
hey, it's marcus. my truvada runs out the 30th and the pharmacy said they need my labs first.
can i come friday morning for the hiv test + the swabs? i'm also overdue for the hep c one
i think. also heads up i switched insurance at work, new card is aetna now, i'll bring it.

thx
M
""",
  D(2024, 5, 21, 22, 47))

M('phi', 'self', 'Hrubý',
  'Stanislav Hrubý <s.hruby@seznam.cz>',
  'Amy Castellano <acastellano@bayfrontid.org>',
  'finished my tablets',
  """
Dear nurse Amy,

My name is Stanislav Hrubý, I am the patient with hepatitis C that you helped with the
insurance papers in spring. I want to tell you I finished all 8 weeks of Mavyret tablets last
Monday, I did not miss any one. I feel more energy than before. You said I must come for a
blood test 12 weeks after finish, so it would be around middle of December? Please tell me the
date and I will take free day from work.

Also my wife asks if she should be tested too.

With best regards,
Stanislav Hrubý
""",
  D(2024, 9, 17, 6, 2, tz=1), cte='base64')

M('phi', 'self', 'Keisha Bramwell',
  'Keisha Bramwell <keishab.writes@yahoo.com>',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'flare update (sorry long)',
  """
Dr. Okafor,

I know you said to message through the portal but it keeps logging me out so I'm trying this.

Since about two weeks ago my lupus is acting up again. The rash across my cheeks is back,
my knuckles and both wrists are stiff until almost lunch, and I've had mouth sores for 5 days.
I've been so tired I fell asleep at my desk twice. No chest pain, no swelling in my legs, pee
looks normal (I'm watching like you told me after the kidney scare last year).

I have been taking the Plaquenil 400 every day and I'm still on the 5 of prednisone. I did
run out of the CellCept for 4 days around the 10th because the pharmacy had to order it,
maybe that's why?

Also my eye doctor appointment for the Plaquenil screening got cancelled and they can't see
me until February. Is that ok?

Can I get in sooner than my April appointment? I can do any afternoon except Wednesdays.

Thank you,
Keisha
(Keisha Bramwell, 555-0172)
""",
  D(2024, 1, 22, 23, 11),
  html="""<div dir="ltr"><p>Dr. Okafor,</p>
<p>I know you said to message through the portal but it keeps logging me out so I'm trying this.</p>
<p>Since about two weeks ago my lupus is acting up again. The rash across my cheeks is back, my knuckles and both wrists are stiff until almost lunch, and I've had mouth sores for 5 days. I've been so tired I fell asleep at my desk twice. No chest pain, no swelling in my legs, pee looks normal (I'm watching like you told me after the kidney scare last year).</p>
<p>I have been taking the Plaquenil 400 every day and I'm still on the 5 of prednisone. I did run out of the CellCept for 4 days around the 10th because the pharmacy had to order it, maybe that's why?</p>
<p>Also my eye doctor appointment for the Plaquenil screening got cancelled and they can't see me until February. Is that ok?</p>
<p>Can I get in sooner than my April appointment? I can do any afternoon except Wednesdays.</p>
<p>Thank you,<br>Keisha<br>(Keisha Bramwell, 555-0172)</p></div>""")

M('phi', 'self', 'Pinkney',
  'walt pinkney <wpinkney48@aol.com>',
  'opat@bayfrontid.org',
  'line leaking',
  """
to whoever reads this. my PICC line is leaking a little bit under the clear bandage when i
flush it, the gauze gets wet. the brightway nurse doesnt come till tuesday. should i go to
the ER or wait. i'm on the cefazolin 3 times a day for the hip infection. no fever.

Walter (Walt) Pinkney
born 1948
""",
  D(2024, 11, 2, 18, 26))

M('phi', 'self', 'Okonjo',
  'Chidi Okonjo <chidi.okonjo@outlook.com>',
  'Cedar Ridge Billing <billing@cedarridgerheum.com>',
  'Fwd: Your visit summary is ready',
  """
Hello, I'm forwarding this because the summary says I got a "joint injection" on 8/14 but I
only had my gout checkup and bloodwork that day, the doctor never injected anything. My
insurance EOB is charging me $186 for it. Can someone check? My uric acid was 5.9 and
Dr. Szabo just kept me on the allopurinol 300.

Chidi Okonjo
DOB 2/9/1970

---------- Forwarded message ---------
From: Cedar Ridge Patient Portal <noreply@cedarridgerheum.com>
Date: Thu, Aug 15, 2024 at 6:00 AM
Subject: Your visit summary is ready
To: <chidi.okonjo@outlook.com>

Hello Chidi,

A new After Visit Summary from your appointment on 08/14/2024 with Daniel Szabo, DO is
available. Log in to the patient portal to view it.

This mailbox is not monitored.
""",
  D(2024, 8, 29, 12, 40))
# ======================================================================
# PHI: ids
# ======================================================================
M('phi', 'ids', 'Szymanski',
  'Tri-County Reference Lab <clientservices@tricountylab.net>',
  'labresults@cedarridgerheum.com',
  'Specimen rejected - Acc# A24-0038817',
  """
CLIENT NOTIFICATION - SPECIMEN REJECTED

Client: CEDAR RIDGE RHEUM (acct 40217)
Patient: SZYMANSKI, IRENA          DOB: 3.4.88
Accession: A24-0038817            Collected: 02/27/24 10:42
Client MRN: CR-0071934
Tests: ANA w/ reflex, anti-dsDNA, C3, C4, CBC, CMP, UA w/ micro

Reason: CBC and CMP tubes grossly hemolyzed. ANA/dsDNA/complement processed. Please
recollect CBC and CMP. Urine received without requisition label; UA cancelled.

Questions: Client Services 1-800-555-0175, option 2.
Ref: CS ticket 88213
""",
  D(2024, 2, 28, 7, 15))

M('phi', 'ids', 'Abernathy',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'provider.appeals@summitcarehealth.com',
  'Appeal - Remicade claim denied - member XKQ884120573',
  """
To the Appeals Unit,

We are appealing the denial of the claim below for infliximab, which was denied as "not
medically necessary - step therapy not met".

Member: Owen Abernathy
Member ID: XKQ884120573   Group: 77104
DOB: 19880304
Claim #: 2024071183309
DOS: 06/28/2024, J1745 x 50 units, 96413, 96415

Mr. Abernathy has Crohn's-associated spondyloarthritis and failed adalimumab (secondary loss
of response, documented antidrug antibodies 03/2024) and could not tolerate etanercept
(injection site reactions). Step therapy is therefore met. Letter of medical necessity from
Dr. Okafor and the antibody report are attached as separate faxes (42 pages).

Please call 555-0125 x3 with questions.

Tasha Greer
Prior Authorization & Appeals Specialist
Cedar Ridge Rheumatology & Infusion Center
NPI (group) 1588812345  TIN 81-4471200
""" + CR_DISC,
  D(2024, 7, 22, 14, 9))

M('phi', 'ids', 'Gutierrez',
  'Bayfront OPAT <opat@bayfrontid.org>',
  'referrals@brightwayhi.com',
  'referral 00482217',
  """
Referral for home infusion, see below. Face sheet faxed.

Name: Esteban Gutierrez
MRN 00482217
d.o.b. 9/11/75
Address: 1422 Wrenfield Ct, Apt 3B, Port Adair, OR 97011
Home 555-0191  /  wife (Marisol) 555-0192
Ins: Pacific Meridian PPO, ID PMH20398817

Dx: MSSA bacteremia with L psoas abscess, drain out 5/30
Rx: cefazolin 2 g IV q8h, last dose 7/8
Line: R arm PICC 4 Fr single lumen, 39 cm
Weekly CBC/CMP/ESR/CRP, fax Dr. Voss 555-0119

Thanks - R. Estrada RN
""",
  D(2024, 6, 1, 10, 44))

M('phi', 'ids', 'Chen Wei-Ling',
  'Menlow Specialty Pharmacy <rxsupport@menlowrx.com>',
  'fax-inbox@cedarridgerheum.com',
  'RE: Rx clarification Rx#6612087',
  """
Rx# 6612087 / pt 1/2/1979 / chart 7730419
Chen, Wei-Ling

Hi, received the new Cimzia script but we need the TB screening date and result before we
can dispense - the payer requires it on file. Can you resend the QuantiFERON report? The
one we have is from 2021. Also please confirm the 400 mg loading at wk 0, 2, 4 then 200 q2wk.

Menlow Specialty Pharmacy | Rx Support
555-0163 opt 1
""",
  D(2024, 4, 29, 15, 57))

M('phi', 'ids', 'Petrov',
  'Carol Brandt <cbrandt@cedarridgerheum.com>',
  'eligibility@medadvantagehp.com',
  'benefit verification - Benlysta IV',
  """
Good afternoon,

Requesting benefits verification for belimumab IV (J0490) in office infusion setting.

Beneficiary: Dmitri A. Petrov
MBI 1EG4-TE5-MK73
DOB 4 Mar 1952
Last 4 SSN 6619
Address on file: 88 Harlan Road, Millbrook
Dx: M32.14 glomerular disease in SLE

Please advise whether PA is required and the coinsurance. Fax response to 555-0126.

Carol Brandt
Practice Manager
""",
  D(2024, 1, 9, 13, 30))

M('phi', 'ids', 'Moreau',
  'Amy Castellano <acastellano@bayfrontid.org>',
  'vaccines@portadaircountyhealth.gov',
  'rabies PEP - need HRIG release',
  """
Hello County Health,

Requesting HRIG + vaccine release for post-exposure prophylaxis.

Celeste Moreau, born 22-Nov-2001, phone (555) 014-4839
2215 Ocean View Ave #12, Port Adair
bitten on R hand by a stray dog on 10/19 while hiking, dog not available for observation.
wound washed in ED. Day 0 vaccine given here today 10/20 15:30, 20 IU/kg HRIG needed
(weight 58 kg), will infiltrate at wound.

Our clinic ID 0419-ID. Passport-style name on her insurance card is C. A. Moreau-Ferrand.

Amy Castellano, RN
Travel & Tropical Medicine
""",
  D(2024, 10, 20, 15, 52))

M('phi', 'ids', 'Whitaker',
  'billing@cedarridgerheum.com',
  'Joanne Whitaker <jwhitaker.home@gmail.com>',
  'Your account 200418877 - statement question',
  """
Dear Ms. Whitaker,

Thanks for calling about your statement. For account 200418877 (guarantor and patient:
Joanne Whitaker), the $412.60 balance is your coinsurance for the Prolia injection and the
infusion visit on 09/05/2024. Your plan (member 88231-0094-01) processed it on 09/27.

If you'd like a payment plan, reply to this email or call 555-0125 option 4.

Patient Accounts
Cedar Ridge Rheumatology & Infusion Center
""",
  D(2024, 10, 3, 11, 20))
# ======================================================================
# PHI: lists
# ======================================================================
M('phi', 'lists', 'Haddad',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'Infusion Suite <infusion@cedarridgerheum.com>',
  'Thurs chairs',
  """
Thursday 4/18 chair board - please check your assignments

Time\tChair\tPatient\t\tDrug\t\tNotes
0800\t1\tHaddad, Samir\tinfliximab 5mg/kg\twt check, last 82kg
0800\t2\tOrtega, Lucia\tocrelizumab\t\tpremeds per order
0830\t3\tBlackwood, Tom\tpegloticase\t\tUA level must be <6
0900\t4\tNwosu, Adaeze\tbelimumab 10mg/kg\t
1000\t1\tYoung, Harold\tzoledronic acid\tCr from 4/10 ok
1130\t5\tLaurent, Chloé\trituximab 1g\t\tday 15 of cycle, slow titration
1300\t2\tFerreira, Bruno\ttocilizumab\t\tneeds LFTs drawn

Kim is float. I'm out at 3.

J
""",
  D(2024, 4, 17, 16, 2))

M('phi', 'lists', 'Baptiste',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'ID Clinicians <idclin@bayfrontid.org>',
  'huddle Mon',
  """
Mon huddle, in case you missed it:

- Jean-Robert Baptiste - new HIV dx from St B, VL 412k, CD4 88 -> needs OI ppx (Bactrim DS
  daily, azithro if CD4 <50 on repeat). Intake with Kezia Wed. Social work re housing.
- Ms. Yuen (Margaret) - HCV genotype 3, cirrhotic on fibroscan 16 kPa, Epclusa approved, start
  next week; needs HCC screening US.
- Darnell Fitch - OPAT dapto for R knee PJI, CK 410 up from 90, recheck Thurs, ?myalgias
- Pham Van Duc - PrEP 2-1-1 user, wants to switch to Apretude injections, insurance check
- Ingrid Solberg - back from Peru, eosinophils 18%, strongyloides serology pending

reminder: we are short a nurse Tue-Thu, Amy covering travel and triage.
HV
""",
  D(2024, 9, 30, 8, 50))

M('phi', 'lists', 'Kaminski',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'Anand Rao MD <arao@bayfrontid.org>',
  'OPAT weekend signout',
  """
Weekend signout - OPAT census 6. On call: Dr. Rao. Brightway on-call 1-866-555-0142.

PATIENT              ABX                  LINE      STOP     ISSUES
-------------------- -------------------- --------- -------- ---------------------------
Kaminski, Edward     vanc 1g q12          PICC R    11/22    trough Mon, Cr 1.3 stable
Ruiz-Whitley, Agnes  ertapenem 1g q24     midline L 4/24*    *extended? wound f/u Tue
Pinkney, Walter      cefazolin 2g q8      PICC L    11/30    dressing leak 11/2 -> fixed
Osei, Kwabena        ceftriaxone 2g q24   PICC R    12/06    neurosyphilis, doing well
Dragomir, Elena      daptomycin 8mg/kg    PICC R    12/15    CK weekly
Tanaka, Hiro         pip-tazo CI          PICC L    11/19    pump alarms overnight x2

Nothing pending except Kaminski's trough. Call me if anything blows up.
Ramon
""",
  D(2024, 11, 8, 17, 12))

M('phi', 'lists', 'Ferris',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'PrEP Clinic <prep@bayfrontid.org>',
  'PrEP pts overdue for labs - Oct',
  """
Attached is the list of PrEP patients more than 2 weeks overdue for their quarterly HIV test
as of today. Front desk please call and book. I flagged the ones on Apretude since those are
injection visits and need the RNA.

Grace
""",
  D(2024, 10, 15, 9, 5),
  atts=[('prep_overdue_oct.csv', 'text', 'csv', csv_text([
      ['MRN', 'Last', 'First', 'DOB', 'Phone', 'Regimen', 'Last HIV test', 'Due', 'Flag'],
      ['00511902', 'Ferris', 'Dylan', '1994-06-21', '555-0110', 'TDF/FTC daily', '2024-06-12', '2024-09-12', ''],
      ['00498114', 'Achebe', 'Nnamdi', '1990-12-02', '555-0114', 'CAB-LA q2mo', '2024-07-30', '2024-09-30', 'INJ'],
      ['00520377', 'Castillo', 'Rosa', '1998-03-17', '555-0158', 'TDF/FTC daily', '2024-06-25', '2024-09-25', ''],
      ['00487331', 'Lindgren', 'Erik', '1985-08-09', '555-0167', 'TAF/FTC daily', '2024-06-03', '2024-09-03', ''],
      ['00530640', 'Mbeki', 'Thandiwe', '2001-01-28', '555-0176', 'TDF/FTC 2-1-1', '2024-05-29', '2024-08-29', 'no answer x2'],
      ['00502289', "O'Rourke", 'Sean', '1979-11-11', '555-0183', 'CAB-LA q2mo', '2024-08-01', '2024-10-01', 'INJ'],
  ]))])

M('phi', 'lists', 'Benedetti',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'Carol Brandt <cbrandt@cedarridgerheum.com>',
  'PA renewals due Q3',
  """
Carol,

Here's the tracker for biologic PAs expiring in July-Sept. 9 of them, the two Medicare
Advantage ones take longest so I'm starting those first. Can we get Jenna to pull the
latest DAS28/SLEDAI for the ones marked "need scores"?

Tasha
""",
  D(2024, 6, 10, 10, 18),
  atts=[('PA_renewals_Q3_2024.xlsx', XLSX[0], XLSX[1], make_xlsx([
      ['Patient', 'DOB', 'Drug', 'Payer', 'Member ID', 'Auth expires', 'Status'],
      ['Benedetti, Paolo', '05/14/1958', 'Orencia IV', 'MedAdvantage HP', 'MA77120034', '07/15/2024', 'need scores'],
      ['Haddad, Samir', '09/30/1971', 'Inflectra', 'Summit Care', 'XKQ771003318', '07/31/2024', 'submitted 6/7'],
      ['Nwosu, Adaeze', '02/11/1986', 'Benlysta IV', 'Pacific Meridian', 'PMH55102934', '08/02/2024', 'need scores'],
      ['Laurent, Chloé', '12/01/1990', 'Rituxan', 'Summit Care', 'XKQ902214467', '08/19/2024', ''],
      ['Young, Harold', '07/07/1949', 'Reclast', 'Medicare B', '5TK2-QW8-RA41', '08/30/2024', 'no PA needed?'],
      ['Ferreira, Bruno', '03/03/1966', 'Actemra IV', 'MedAdvantage HP', 'MA77188310', '09/01/2024', ''],
      ['Lefèvre-Brisson, Zoë', '10/22/1983', 'Saphnelo', 'Summit Care', 'XKQ661209983', '07/12/2024', 'submitted 6/13'],
      ['Blackwood, Thomas', '01/19/1960', 'Krystexxa', 'Pacific Meridian', 'PMH40221187', '09/15/2024', 'need UA trend'],
      ['Ortega, Lucia', '06/06/1979', 'Ocrevus', 'Summit Care', 'XKQ120498876', '09/28/2024', ''],
  ], sheet='Q3 renewals'))])

_hcv = csv_text([
    ['pt_name', 'dob', 'mrn', 'genotype', 'regimen', 'start', 'wks', 'hcv_rna_eot', 'svr12_due'],
    ['Marchetti, Rosalind', '1963-02-14', '00411206', '1a', 'glecaprevir/pibrentasvir', '2024-02-05', '8', 'TND', '2024-07-01'],
    ['Hruby, Stanislav', '1977-05-30', '00466015', '3', 'glecaprevir/pibrentasvir', '2024-07-15', '8', 'TND', '2024-12-09'],
    ['Yuen, Margaret', '1958-09-02', '00389927', '3', 'sofosbuvir/velpatasvir', '2024-10-07', '12', '', '2025-03-31'],
    ['Kellerman, Duane', '1981-04-19', '00527781', '1b', 'sofosbuvir/velpatasvir', '2024-08-12', '12', 'pending', '2025-02-03'],
    ['Tran, Minh Chau', '1969-11-23', '00503318', '2', 'glecaprevir/pibrentasvir', '2024-09-02', '8', '', '2025-01-27'],
    ['Running Bear, Lorraine', '1974-07-08', '00533002', '1a', 'ledipasvir/sofosbuvir', '2024-06-17', '12', 'TND', '2024-12-09'],
])
M('phi', 'lists', 'Kellerman',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'Menlow Specialty Pharmacy <hcvprogram@menlowrx.com>',
  'HCV cohort reconciliation (zipped)',
  """
Hi Dana,

As discussed on the call, zipped csv of our current HCV treatment cohort so we can reconcile
against your dispensing records. Password is the one we agreed by phone. Please flag anyone
where your last fill date doesn't line up with the start + weeks.

Grace Liu, PharmD
""",
  D(2024, 10, 22, 14, 0),
  atts=[('hcv_cohort_2024Q4.zip', 'application', 'zip',
         fixed_zip([('hcv_cohort_2024Q4.csv', _hcv.encode('utf-8'))]))])

M('phi', 'lists', 'Blackwood',
  'dszabo@cedarridgerheum.com',
  'rnteam@cedarridgerheum.com',
  'gout f/u list',
  """
gout pts who need uric acid rechecks before their next visit - pls order + call:

| Name               | DOB        | Current ULT          | Last sUA | Date   |
|--------------------|------------|----------------------|----------|--------|
| Blackwood, Thomas  | 01/19/1960 | pegloticase + MTX    | 0.8      | 9/03   |
| Okonjo, Chidi      | 02/09/1970 | allopurinol 300      | 5.9      | 8/14   |
| Kowalczyk, Bronisł | 06/30/1949 | allopurinol 100      | 8.7      | 2/20   |
| Haverford, Lionel  | 04/12/1955 | allopurinol 300      | 7.1      | 1/15   |
| Ali, Yusuf         | 10/05/1982 | febuxostat 40        | 6.4      | 7/22   |

Kowalczyk is way overdue, titrate after level.
-DS
""",
  D(2024, 9, 10, 7, 40))
# ======================================================================
# PHI: struct
# ======================================================================
M('phi', 'struct', 'Osei',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'Interface Support <hl7support@tricountylab.net>',
  'VL results not filing - sample msg',
  r"""
Hi, HIV viral load results from you stopped filing into our EHR since Tuesday. They go to the
error queue with "OBX-5 numeric expected". Here's one of the raw messages from the queue:

MSH|^~\&|TCLAB|TRICOUNTY|BFIDEHR|BAYFRONT|20240611083212||ORU^R01|TC0611083212004|P|2.5.1
PID|1||00509172^^^BFID^MR||OSEI^KWABENA^Y||19810217|M|||4 Quarry Lane^^Port Adair^OR^97012||(555)555-0198
PV1|1|O|IDCLINIC||||1457782201^RAO^ANAND
ORC|RE|BF77120|A24-0204411
OBR|1|BF77120|A24-0204411|HIVVL^HIV-1 RNA Quant^L|||202406100915|||||||||1457782201^RAO^ANAND
OBX|1|ST|HIVVL^HIV-1 RNA Quant^L||<20|copies/mL|<20|N|||F
OBX|2|NM|HIVLOG^HIV-1 RNA log10^L||<1.30|log copies/mL||N|||F

Looks like OBX-2 is NM on the second one but you're sending "<1.30". Can you fix on your side?

Devon Marsh
Clinical Applications Analyst
Bayfront ID Associates
""",
  D(2024, 6, 12, 10, 3))

M('phi', 'struct', 'Dragomir',
  'St Brendan Interface Engine <interfaces@stbrendanmc.org>',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'Re: missing ADT for OPAT referral',
  """
Devon -

Resent. Copy of the outbound A04 attached so you can compare with what your side received.
It left our engine at 14:02:11.

- Kurt, Integration Team, x4410
""",
  D(2024, 10, 30, 14, 9),
  atts=[('ADT_A04_20241030140211.hl7', 'text', 'plain',
         "MSH|^~\\&|EPIC|STBMC|BFIDEHR|BAYFRONT|20241030140211||ADT^A04|STB1030140211889|P|2.3\r"
         "EVN|A04|20241030140211\r"
         "PID|1||STB4409182^^^STBMC^MR~00533915^^^BFID^MR||DRAGOMIR^ELENA^I||19670519|F||W|"
         "301 Birchmont Dr^^Millbrook^OR^97020||555-0177|||M||880013327|\r"
         "NK1|1|DRAGOMIR^VASILE|SPO|301 Birchmont Dr^^Millbrook^OR^97020|555-0178\r"
         "PV1|1|O|OPAT^^^BFID||||1762290031^VOSS^HELEN|||ID||||||||||||||||||||||||||||||||20241030\r"
         "DG1|1|I10|T84.53XA^Infection d/t internal R knee prosthesis^I10||20241030|A\r"
         "DG1|2|I10|B95.61^MSSA as cause of disease^I10||20241030|A\r"
         "IN1|1|MA|MEDADV|MedAdvantage Health Plan|||||||||||DRAGOMIR^ELENA|SEL|19670519|||||||||||||||||||MA77205521\r")])

M('phi', 'struct', 'Nwosu',
  'Carol Brandt <cbrandt@cedarridgerheum.com>',
  'EDI Help <support@clearpathedi.com>',
  'claim rejected 999 - loop 2300?',
  """
Hi Clearpath support,

Our Benlysta claim keeps rejecting at the payer with "2300 HI invalid". Pasting the claim
portion from the batch file (ISA/GS trimmed). What are we doing wrong?

ST*837*0021*005010X222A1~
BHT*0019*00*CR240702A*20240702*1130*CH~
NM1*85*2*CEDAR RIDGE RHEUMATOLOGY AND INFUSION*****XX*1588812345~
N3*410 MILL POND RD STE 200~
N4*MILLBROOK*OR*97020~
REF*EI*814471200~
HL*2*1*22*0~
SBR*P*18*PMH0042**CI****CI~
NM1*IL*1*NWOSU*ADAEZE****MI*PMH55102934~
N3*77 CASCADE TER~
N4*PORT ADAIR*OR*97011~
DMG*D8*19860211*F~
NM1*PR*2*PACIFIC MERIDIAN HEALTH*****PI*PMH01~
CLM*CR24070211*4218.60***11:B:1*Y*A*Y*Y~
HI*ABK:M3214*ABF:N0581~
LX*1~
SV1*HC:J0490*3960*UN*75***1~
DTP*472*D8*20240627~
LX*2~
SV1*HC:96413*258.60*UN*1***1~
DTP*472*D8*20240627~
SE*22*0021~

thanks,
Carol Brandt
Cedar Ridge Rheumatology & Infusion Center
""",
  D(2024, 7, 3, 9, 26))

M('phi', 'struct', 'Young',
  'Patient Accounts <billing@cedarridgerheum.com>',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'FW: 835 - Reclast underpaid',
  """
Tasha, the Medicare remit for Harold Young's Reclast came back with a CO-45 and paid way less
than we expected. Raw 835 piece below. Is the J3489 units wrong?

CLP*CR24050911*1*1480.00*312.44*78.11*MB*4421190377210*11*1~
NM1*QC*1*YOUNG*HAROLD*E***MI*5TK2QW8RA41~
NM1*82*2*CEDAR RIDGE RHEUMATOLOGY AND INFUSION*****XX*1588812345~
DTM*232*20240509~
SVC*HC:J3489*1320.00*248.20**5~
DTP*472*D8*20240509~
CAS*CO*45*1071.80~
CAS*PR*2*62.05~
AMT*B6*310.25~
SVC*HC:96365*160.00*64.24**1~
DTP*472*D8*20240509~
CAS*CO*45*79.70~
CAS*PR*2*16.06~

-Mel
""",
  D(2024, 6, 18, 15, 41))

M('phi', 'struct', 'Achebe',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'eligibility response looks weird',
  """
Devon, the real-time eligibility check for Nnamdi Achebe's Apretude says active but no pharmacy
benefit. This is the 271 we got back, can you tell if it's our request or their plan?

> ISA*00*          *00*          *ZZ*SUMMITCARE     *ZZ*BAYFRONTID     *241014*0912*^*00501*000004417*0*P*:~
> GS*HB*SUMMITCARE*BAYFRONTID*20241014*0912*4417*X*005010X279A1~
> ST*271*0001*005010X279A1~
> BHT*0022*11*EL20241014A*20241014*0912~
> HL*1**20*1~
> NM1*PR*2*SUMMIT CARE HEALTH*****PI*SCH01~
> HL*2*1*21*1~
> NM1*1P*2*BAYFRONT INFECTIOUS DISEASE ASSOC*****XX*1457782000~
> HL*3*2*22*0~
> TRN*2*EL20241014A*9BAYFRONT~
> NM1*IL*1*ACHEBE*NNAMDI****MI*XKQ559012778~
> N3*1900 HARBOR BLVD APT 5~
> N4*PORT ADAIR*OR*97011~
> DMG*D8*19901202*M~
> EB*1*IND*30*HM*GOLD 1500~
> EB*I*IND*88~
> MSG*PHARMACY BENEFITS ADMINISTERED BY RXNORTH 1-800-555-0111~
> SE*15*0001~

Grace
""",
  D(2024, 10, 14, 9, 40))

M('phi', 'struct', 'Running Bear',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'dev-team@hepctrackr.io',
  'FHIR bundle failing validation',
  """
Hi HepCTrackr folks,

Your import endpoint returns 422 on the bundle below (copied straight from our outbound log,
production, so please don't keep it around). Error says "MedicationRequest.subject must
resolve". I thought fullUrl handled that?

{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:7d1c6a0e-5b7f-4c1e-9a0d-3f4e2b8c9d10",
      "resource": {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00533002"}],
        "name": [{"family": "Running Bear", "given": ["Lorraine", "J"]}],
        "gender": "female",
        "birthDate": "1974-07-08",
        "telecom": [{"system": "phone", "value": "555-0149", "use": "mobile"}],
        "address": [{"line": ["12 Sweetgrass Rd"], "city": "Millbrook", "state": "OR", "postalCode": "97020"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "fullUrl": "urn:uuid:0a9e1f55-2c3d-4b8a-8e7f-6d5c4b3a2910",
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "ledipasvir 90 mg / sofosbuvir 400 mg tablet"},
        "subject": {"reference": "Patient/urn:uuid:7d1c6a0e-5b7f-4c1e-9a0d-3f4e2b8c9d10"},
        "authoredOn": "2024-06-14",
        "dosageInstruction": [{"text": "1 tablet by mouth daily x 12 weeks"}]
      },
      "request": {"method": "POST", "url": "MedicationRequest"}
    }
  ]
}

Thanks,
Devon Marsh
""",
  D(2024, 6, 20, 11, 11))

M('phi', 'struct', 'Haddad',
  'Records <records@cedarridgerheum.com>',
  'hie-support@cascadehie.org',
  'CCD section not rendering',
  """
Hello,

When the HIE viewer opens our CCDs the medications section shows blank even though the XML
has entries. Here's the section from one document (patient Samir Haddad, sent 5/2). Is it the
templateId?

<component>
  <section>
    <templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/>
    <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of Medication use"/>
    <title>Medications</title>
    <text>
      <table><tbody>
        <tr><td>infliximab-dyyb 100 mg vial</td><td>5 mg/kg IV every 8 weeks</td><td>Active</td></tr>
        <tr><td>methotrexate 2.5 mg tablet</td><td>15 mg weekly</td><td>Active</td></tr>
        <tr><td>folic acid 1 mg tablet</td><td>1 mg daily</td><td>Active</td></tr>
      </tbody></table>
    </text>
  </section>
</component>

...and the header bits:
<recordTarget><patientRole>
  <id extension="CR-0044102" root="2.16.840.1.113883.3.9921.2"/>
  <addr use="HP"><streetAddressLine>5 Laurel Bend</streetAddressLine><city>Millbrook</city><state>OR</state><postalCode>97020</postalCode></addr>
  <patient><name><given>Samir</given><family>Haddad</family></name>
  <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
  <birthTime value="19710930"/></patient>
</patientRole></recordTarget>

Thanks,
Medical Records - Cedar Ridge
""",
  D(2024, 5, 6, 13, 55))

M('phi', 'struct', 'Kaminski',
  'Nadia Sorensen PharmD <nsorensen@brightwayhi.com>',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'order msg from your EHR came thru w wrong dose?',
  """
Ramon - the e-order for Kaminski came across the interface like this. RXE says 1000 mg but the
faxed order says 1250. Which is right? Holding the compounding until I hear back.

MSH|^~\\&|BFIDEHR|BAYFRONT|BWRX|BRIGHTWAY|20241104161520||RDE^O11|BF1104161520|P|2.5
PID|1||00471120^^^BFID^MR||KAMINSKI^EDWARD^J||19520818|M|||66 Tillman St^^Port Adair^OR^97011||555-0136
ORC|NW|BFRX55120|||||^^^20241105^^R||20241104161500|||1762290031^VOSS^HELEN
RXE|^Q12H&0800,2000^^20241105^20241122|VANC1G^vancomycin 1 g in NS 250 mL^LOCAL|1000||mg|IVPB||||0||||||||||||||||||
RXR|IV^Intravenous
""" + BW_DISC,
  D(2024, 11, 4, 16, 31))
# ======================================================================
# PHI: lang
# ======================================================================
M('phi', 'lang', 'Villalobos',
  'Guadalupe Villalobos <lupita.villalobos77@hotmail.com>',
  'Cedar Ridge Nurse Line <rnteam@cedarridgerheum.com>',
  'pregunta sobre mis pastillas',
  """
Buenas tardes,

Soy Guadalupe Villalobos Ramírez, paciente de la Dra. Okafor (fecha de nacimiento 14/08/1977).
Desde que me subieron la hidroxicloroquina a 400 mg tengo mucha náusea en las mañanas y se
me cae el pelo más que antes. También me salieron otra vez las manchas rojas en la cara con el
sol. ¿Puedo tomar la pastilla en la noche con la cena? ¿O tengo que ir a hacerme los análisis
de sangre antes de la cita de junio?

Mi hija Daniela me ayuda a escribir, ella habla inglés si prefieren llamar: 555-0157.

Muchas gracias,
Lupita
""",
  D(2024, 4, 23, 14, 48))

M('phi', 'lang', 'Carvalho',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'familia.carvalho@gmail.com',
  'Antibiótico em casa - Sr. Joaquim Carvalho',
  """
Prezada Sra. Carvalho,

Conforme conversamos por telefone, seguem as informações sobre o tratamento do seu marido,
Sr. Joaquim Carvalho, que recebe alta do hospital St. Brendan amanhã:

- Antibiótico: ceftriaxona 2 g na veia, uma vez ao dia, por 6 semanas (até 12/12).
- A enfermeira da Brightway (Lourdes) vai à sua casa no sábado às 10h para a primeira dose e
  para ensinar como lavar o cateter PICC.
- Exames de sangue toda segunda-feira em casa.
- Consulta com a Dra. Voss no dia 28/11 às 14h.

Se ele tiver febre acima de 38 °C, vermelhidão no braço do cateter ou falta de ar, ligue para
555-0110 (24 horas).

Atenciosamente,
Ramon Estrada, RN
Coordenador OPAT
""" + BF_DISC,
  D(2024, 10, 31, 15, 2))

M('phi', 'lang', 'Trần',
  'Trần Minh Châu <tranminhchau69@yahoo.com>',
  'Amy Castellano <acastellano@bayfrontid.org>',
  'Hỏi về thuốc viêm gan C',
  """
Chào cô Amy,

Tôi là Trần Minh Châu, sinh ngày 23/11/1969. Tôi đang uống thuốc Mavyret cho bệnh viêm gan C
được 3 tuần rồi. Mấy hôm nay tôi bị ngứa da và hơi đau đầu, không biết có phải do thuốc không?
Bác sĩ Rao có dặn tôi không được uống thuốc bổ gan của Việt Nam nữa, tôi đã ngưng rồi.

Tuần sau tôi có hẹn thử máu, con gái tôi sẽ chở tôi đi. Xin cô nhắn lại giúp.

Cảm ơn cô nhiều,
Châu
""",
  D(2024, 9, 24, 9, 17), cte='base64')

M('phi', 'lang', 'Dorvilus',
  'Kezia Morrow NP <kmorrow@bayfrontid.org>',
  'Wilner Dorvilus <wdorvilus@gmail.com>',
  'Rezilta tès ou yo',
  """
Bonjou Wilner,

Se Kezia nan klinik Bayfront. Tès VIH ou te fè 3 oktòb la negatif, e tès ren ou bon. Nou voye
renouvèlman PrEP ou (Truvada, 1 grenn chak jou) nan famasi CVS sou Harbor Blvd. Tès gonore ak
klamidya a te pozitif pou klamidya, donk ou bezwen pran doxycycline 100 mg de fwa pa jou pandan
7 jou - preskripsyon an nan menm famasi a. Pa fè sèks pandan 7 jou a epi di patnè ou fè tès tou.

Randevou pwochen ou se 6 janvye a 8:30.

Kezia Morrow, NP
""",
  D(2024, 10, 7, 12, 30))

M('phi', 'lang', 'Volkov',
  'Yelena Volkova <e.volkova.home@mail.ru>',
  'Cedar Ridge Rheumatology <info@cedarridgerheum.com>',
  'Волков Анатолий - подагра',
  """
Здравствуйте!

Пишу по поводу моего отца, Волков Анатолий Петрович, 12.06.1946 г.р., пациент доктора Сабо.
После увеличения дозы аллопуринола до 200 мг у него опять был приступ подагры в большом
пальце правой ноги, три дня не мог ходить. Принимал колхицин, как вы назначили, стало лучше.
Анализ на мочевую кислоту сдали в понедельник в лаборатории Tri-County.

Вопрос: продолжать ли аллопуринол во время приступа? И нужно ли прийти раньше, чем 15 ноября?

С уважением,
Елена Волкова (дочь)
тел. 555-0186
""",
  D(2024, 10, 16, 19, 5))

M('phi', 'lang', 'Santiago',
  'Lourdes Mabini RN <lmabini@brightwayhi.com>',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'update kay Lola Santiago',
  """
Hi Ramon! Pasensya late update.

Pinuntahan ko si Mrs. Remedios Santiago kanina 2pm. Yung PICC niya sa kaliwang braso medyo
namamaga at may konting pamumula sa insertion site, mga 2 cm. Wala naman lagnat, 37.1. Nag-flush
ng maayos, may blood return. Kinuha ko na yung CBC at blood culture x1 from the line at x1
peripheral gaya ng protocol. Tuloy pa rin yung ceftriaxone 2g daily, day 19 of 42 na siya.

Sabi ng anak niya, medyo nahihilo daw si Lola kahapon pero ok na ngayon. Pa-check naman kay
Dr. Voss kung gusto niya ng ultrasound ng braso. Salamat!

Lourdes Mabini, RN
Brightway Home Infusion
""" + BW_DISC,
  D(2024, 7, 18, 17, 44))

M('phi', 'lang', 'Al-Mansouri',
  'Huda Al-Mansouri <huda.almansouri@gmail.com>',
  'Travel Clinic <travel@bayfrontid.org>',
  'استفسار عن لقاحات العمرة',
  """
السلام عليكم،

أنا هدى المنصوري، تاريخ الميلاد 1985/03/09. سأسافر إلى مكة لأداء العمرة في شهر فبراير مع
زوجي. أحتاج إلى لقاح التهاب السحايا (ACWY) وشهادة اللقاح. أنا أتناول دواء الميثوتريكسات
للروماتيزم من عيادة الدكتورة أوكافور، فهل يمكنني أخذ اللقاحات؟ وهل أحتاج لقاح الإنفلونزا أيضاً؟

رقم هاتفي 555-0139.

شكراً جزيلاً،
هدى
""",
  D(2024, 12, 3, 10, 25), cte='quoted-printable')

M('phi', 'lang', 'Zhou',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'zhou.jianhua@163.com',
  '周建华先生 - 乙肝和丙肝化验结果',
  """
周先生您好，

我是Bayfront感染科诊所的药剂师刘Grace。您10月2日抽血的结果出来了：

- 丙肝病毒RNA：检测不到（治疗成功，SVR12）
- 乙肝表面抗原：阴性；乙肝表面抗体：阴性，所以需要打乙肝疫苗（共两针，Heplisav-B）
- 肝功能 ALT 24，正常

Rao医生建议您下次来诊所时打第一针乙肝疫苗。您的病历号是00498870，预约时请报这个号码。

如有问题请打 555-0110 转 3。

刘药师
""",
  D(2024, 10, 9, 16, 10))
# ======================================================================
# CLEAN: admin
# ======================================================================
M('clean', 'admin', '',
  'IT Service Desk <servicedesk@cedarridgerheum.com>',
  'All Staff <allstaff@cedarridgerheum.com>',
  'INC0048812 - Infusion pump server (Alaris/Guardrails) maintenance Sat 11/16',
  """
Ticket: INC0048812
Priority: 3 - Moderate
Assigned to: Kevin Tran (IT Infrastructure), ext 2204

Summary: The pump library server (PUMPSRV02) will be patched Saturday 11/16 from 06:00 to
08:00. Pumps will keep running their current library; no new drug library pushes during the
window. The infusion suite is closed Saturdays so no clinical impact expected.

If you see "Server not reachable" on a pump on Monday, power cycle it once and call ext 2200.

Change request: CHG0009731, approved by Carol Brandt 11/8.

Cedar Ridge IT Service Desk
ext 2200 | servicedesk@cedarridgerheum.com
""",
  D(2024, 11, 12, 9, 0))

M('clean', 'admin', '',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'Infusion Suite <infusion@cedarridgerheum.com>',
  'Dec nurse schedule + holiday swaps',
  """
Hi team,

December schedule is up on the shared drive. Highlights:

Mon-Thu: Jenna, Kim Avery, Rosa Delgado, Marcus Bell
Fri: Kim + Marcus (Rosa off 12/6 and 12/13)
12/24: half day, Kim & Jenna, last chair start 10:30
12/25, 12/26: closed
12/31: Rosa + Marcus, last chair start 11:00

Swaps must go through me by 11/22. Kim - I put you down for the 12/19 BLS recert, 1-5pm,
room B. Marcus, your CRNI renewal fee reimbursement form needs Carol's signature.

Jenna Hollis, RN, CRNI
Infusion Suite Charge Nurse | 555-0125 x7
""",
  D(2024, 11, 15, 13, 10))

M('clean', 'admin', '',
  'Accounts Receivable <ar@medlinensupply.com>',
  'Carol Brandt <cbrandt@cedarridgerheum.com>',
  'Invoice INV-2024-118733 past due',
  """
Dear Carol Brandt,

Our records show invoice INV-2024-118733 dated 09/30/2024 for $2,148.90 (linen service -
infusion suite recliner covers, gowns, exam table paper; PO 4471-22) is now 30 days past due.

Account #: 300-88271
Remit to: MedLinen Supply Co., PO Box 7740, Tacoma WA

If payment has already been sent please disregard. Questions: Brenda Lowe, 555-0188.

Thank you for your business.
""",
  D(2024, 11, 1, 8, 45),
  atts=[('INV-2024-118733.csv', 'text', 'csv', csv_text([
      ['Line', 'Item', 'Description', 'Qty', 'Unit', 'Amount'],
      ['1', 'RCV-22', 'Recliner cover, fluid resistant', '240', '3.15', '756.00'],
      ['2', 'GWN-PT', 'Patient gown, snap sleeve', '400', '2.05', '820.00'],
      ['3', 'PPR-18', 'Exam table paper 18in roll', '60', '7.50', '450.00'],
      ['4', 'DLV', 'Delivery/route fee', '1', '122.90', '122.90'],
  ]))])

M('clean', 'admin', '',
  'HR Benefits <benefits@bayfrontid.org>',
  'Bayfront All <all@bayfrontid.org>',
  'Open enrollment closes Friday 11/22',
  """
Reminder: 2025 open enrollment closes this Friday, November 22 at 5 pm.

- Medical plans: Summit Care PPO and Summit Care HMO Gold (new lower deductible)
- The HSA employer contribution goes to $750 individual / $1,500 family
- Flu shots for staff: Tuesdays in the break room with Amy Castellano, no appointment
- Dependent verification documents due by 12/6 if you're adding someone

Log in to BenefitsHub with your employee ID. If you need help, book 15 min with
Priscilla Nguyen (HR Generalist, ext 118).

Human Resources
Bayfront Infectious Disease Associates
""",
  D(2024, 11, 18, 7, 30),
  html="""<html><body><h3>Open enrollment closes Friday, Nov 22 at 5 pm</h3>
<ul><li>Medical plans: Summit Care PPO and Summit Care HMO Gold (new lower deductible)</li>
<li>HSA employer contribution goes to $750 individual / $1,500 family</li>
<li>Flu shots for staff: Tuesdays in the break room with Amy Castellano, no appointment</li>
<li>Dependent verification documents due by 12/6 if you're adding someone</li></ul>
<p>Log in to BenefitsHub with your employee ID. Need help? Book 15 min with Priscilla Nguyen (HR Generalist, ext 118).</p>
<p>Human Resources<br>Bayfront Infectious Disease Associates</p></body></html>""")

M('clean', 'admin', '',
  'Facilities <facilities@cedarridgerheum.com>',
  'Jenna Hollis <jhollis@cedarridgerheum.com>',
  'RE: infusion room too cold / med fridge alarm',
  """
Jenna,

Tech from Northwind Mechanical (Sergio, 555-0129) is coming Wed 7am to rebalance the VAV box
over the infusion bay. The vaccine/biologic fridge alarm at 2:14 am was a power blip from the
utility work on Mill Pond Rd - the data logger shows it stayed 2.9-4.6 C the whole time, so
no excursion. Log printout is on your desk.

Work order WO-22918.

Phil Garrity
Facilities Coordinator

-----Original Message-----
From: Jenna Hollis
Sent: Monday, December 2, 2024 8:02 AM
To: Facilities
Subject: infusion room too cold / med fridge alarm

Phil, patients are bringing blankets again, thermostat says 66. Also the med fridge alarm
went off overnight per the answering service. Can someone look?
""",
  D(2024, 12, 2, 10, 16))

M('clean', 'admin', '',
  'Credentialing <credentialing@bayfrontid.org>',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'Action needed: CAQH re-attestation + DEA renewal',
  """
Dr. Voss,

Your CAQH profile (ID 14022871) is due for re-attestation by 12/15, and your DEA registration
expires 01/31/2025. Summit Care and Pacific Meridian both flagged the CAQH date.

Also St. Brendan Medical Staff Office needs your updated TB screen and flu vaccine record for
reappointment - please send to Lorna Beck (lbeck@stbrendanmc.org, 555-0150).

NPI on file: 1762290031. License OR MD-2019-44710, exp 12/31/2025.

Thanks,
Janelle Ortiz
Credentialing Specialist
""",
  D(2024, 11, 20, 11, 5))

M('clean', 'admin', '',
  'RevCycle Vendor Support <support@claimwisepm.com>',
  'Patient Accounts <billing@cedarridgerheum.com>',
  '[Case 00731455] Statement run stuck in "Pending" - resolved',
  """
Hello Cedar Ridge team,

Case 00731455 is resolved. The nightly statement batch (job ID STMT-20241104-02) was blocked
by an expired SFTP key for the print vendor. We rotated the key and re-queued the batch; 1,214
statements went out at 09:40 today. No statement content was changed.

Next scheduled maintenance: Sunday 11/17 01:00-04:00 PT, version 24.3.2 (adds J-code unit
validation on the charge screen).

Regards,
Aaron Whitfield
Tier 2 Support, ClaimWise PM
1-888-555-0160
""",
  D(2024, 11, 5, 12, 2))
# ======================================================================
# CLEAN: lookalike
# ======================================================================
M('clean', 'lookalike', '',
  'Harbor Paws Veterinary Hospital <frontdesk@harborpawsvet.com>',
  'Jenna Hollis <jhollis.personal@gmail.com>',
  'Biscuit\'s lab results and medication refill',
  """
Hi Jenna,

Dr. Amundsen reviewed Biscuit's bloodwork from Tuesday. Her kidney values are stable (BUN 31,
creatinine 1.8) and her thyroid (T4) is back in range on the methimazole 2.5 mg twice daily,
so no dose change. Urinalysis showed no infection.

Patient: Biscuit (feline, DSH, spayed F, 14 yrs)   Patient ID: 48812
Client account: 10233

Her refill of methimazole transdermal gel is ready for pickup; please also book her
rabies booster and a dental cleaning before March.

Harbor Paws Veterinary Hospital
555-0170
""",
  D(2024, 1, 19, 12, 30))

M('clean', 'lookalike', '',
  'Northgate Credit Union <alerts@northgatecu.org>',
  'r.estrada.home@gmail.com',
  'Member #0048217 - your auto loan payment was received',
  """
Dear Ramon Estrada,

We received your payment of $412.18 on 11/01/2024 for loan 0048217-L02.

Member #: ****8217
Remaining balance: $9,806.44
Next payment due: 12/01/2024

Open enrollment for our Health Savings Account is now available to members with a qualifying
high-deductible health plan. Visit any branch or call 555-0100.

Northgate Credit Union - Federally insured by NCUA
Please do not reply to this automated message.
""",
  D(2024, 11, 2, 6, 0))

M('clean', 'lookalike', '',
  'Cascade Air <noreply@cascadeair.com>',
  'amy.castellano@icloud.com',
  'Your trip confirmation: PDX-LIM  Confirmation code QX7T4M',
  """
Hi AMY,

Thanks for flying Cascade Air. Your trip is confirmed.

Confirmation: QX7T4M
Passenger: CASTELLANO/AMY MS   Known Traveler #: on file
Frequent flyer: CA 440129883

Tue 02 Apr  PDX 06:10  ->  IAH 12:05   CA 1182   Seat 14C
Tue 02 Apr  IAH 14:20  ->  LIM 21:45   CA 0947   Seat 22A

Traveling to Peru? Check entry requirements and recommended vaccinations (yellow fever for
some jungle regions) with your doctor or a travel clinic at least 4-6 weeks before you go.

Special service request: medical kit in carry-on (syringes) - approved.

Cascade Air Customer Care 1-800-555-0122
""",
  D(2024, 2, 14, 20, 11),
  html="""<html><body><table width="600"><tr><td>
<h2>Your trip is confirmed</h2>
<p>Confirmation: <b>QX7T4M</b><br>Passenger: CASTELLANO/AMY MS<br>Frequent flyer: CA 440129883</p>
<table border="1" cellpadding="4"><tr><th>Date</th><th>From</th><th>To</th><th>Flight</th><th>Seat</th></tr>
<tr><td>Tue 02 Apr</td><td>PDX 06:10</td><td>IAH 12:05</td><td>CA 1182</td><td>14C</td></tr>
<tr><td>Tue 02 Apr</td><td>IAH 14:20</td><td>LIM 21:45</td><td>CA 0947</td><td>22A</td></tr></table>
<p>Traveling to Peru? Check entry requirements and recommended vaccinations with your doctor or a travel clinic at least 4-6 weeks before you go.</p>
</td></tr></table></body></html>""")

M('clean', 'lookalike', '',
  'Evergreen Tree Care <office@evergreentreecare.com>',
  'cbrandt.home@outlook.com',
  'Diagnosis & treatment plan - oak at 410 Mill Pond',
  """
Hi Carol,

Thanks for having us out. Our arborist (Dale Fenner, ISA cert PN-7781A) examined the red oak
by the parking lot. Diagnosis: early oak wilt - leaf bronzing from the margins, vascular
streaking in the sample branch. Lab confirmation from the state extension lab is pending
(sample #OW-24-0613).

Recommended treatment:
  1. Macro-infusion of propiconazole fungicide via root flare injection sites (1 visit)
  2. Remove and chip the dead limb over the walkway
  3. Trenching to sever root grafts with the two neighboring oaks
  4. Re-check in 6 weeks, then annual "wellness" visit

Estimate #E-30992: $1,860.00. Infusion must be done before bud break; we have openings 3/4
and 3/11.

Dale & the Evergreen crew
555-0147
""",
  D(2024, 2, 22, 15, 30))

M('clean', 'lookalike', '',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'it-ops@bayfrontid.org',
  'zombie "patient" worker processes on app02',
  """
fyi - the PatientSync service on app02 is leaving orphaned child processes again. ps output:

  PID  PPID  STAT  ELAPSED   CMD
 48211     1  Z     3-02:11  [patient_worker] <defunct>
 48212     1  Z     3-02:11  [patient_worker] <defunct>
 51907 51880  S       00:42  patient_worker --queue=admit --batch=200
 51880     1  Ss      00:43  patientsync-master --config /etc/psync/prod.yml

The parent dies on OOM (dmesg: "Killed process 48190 (patientsync-mast) total-vm:8.1G") and
systemd restarts it, but the old workers never get reaped. Ticket INC0051207. I'll add
KillMode=control-group to the unit file tonight unless anyone objects. No PHI in the logs,
I checked - it only logs queue depth and batch ids.

Devon
""",
  D(2024, 9, 5, 16, 48))

M('clean', 'lookalike', '',
  'Summit Auto Insurance Claims <claims@summitautoins.com>',
  'Daniel Szabo <dszabo.personal@gmail.com>',
  'Claim 7720-4418-AU: injury report and next steps',
  """
Dear Daniel Szabo,

We've opened claim 7720-4418-AU for the collision on 05/03/2024 (2019 Subaru Outback, policy
PA-3391028). The other driver's carrier has accepted liability.

Property damage: appraisal scheduled 05/08 at Millbrook Collision, estimate ref MC-88213.
Bodily injury: you indicated no injuries at the scene. If you seek treatment later, please let
your adjuster know; medical payments coverage on your policy is $5,000.

Rental: Enterprise, reservation 19284471, up to 30 days at $45/day.

Your adjuster: Monique Faraday, 555-0144 ext 6120

Summit Auto Insurance
""",
  D(2024, 5, 6, 10, 58))

M('clean', 'lookalike', '',
  'Ironworks Fitness <members@ironworksfit.com>',
  'kezia.morrow@gmail.com',
  'Your body composition scan results - Member ID IW-220914',
  """
Hey Kezia!

Great job on your 12-week challenge. Here's how your InBody scan on 3/28 compares with
your starting scan:

                 Jan 4     Mar 28
Weight (lb)      152.4     146.0
Body fat %       31.2      27.8
Skeletal muscle  58.1      60.3
Resting HR       72        64
BMR (kcal)       1,402     1,431

Member ID: IW-220914  |  Plan: Premium (auto-renews 04/15)
Your coach: Trent Albright (trent@ironworksfit.com)

Book a free recovery session (infrared sauna + compression boots) at the front desk.
Remember this isn't medical advice, check with your doctor before starting a new program!

Ironworks Fitness, 2300 Harbor Blvd
""",
  D(2024, 3, 29, 8, 15))
# ======================================================================
# CLEAN: news
# ======================================================================
M('clean', 'news', '',
  'Port Adair County Health <healthalerts@portadaircountyhealth.gov>',
  'ID Clinicians <idclin@bayfrontid.org>',
  'HEALTH ADVISORY: Measles exposure risk for international travelers',
  """
PORT ADAIR COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY #2024-07
Distributed via the Health Alert Network, March 21, 2024

Summary
- 3 confirmed measles cases in the region since Feb 1, all linked to international travel.
- No local transmission identified so far.
- Clinicians should ensure travelers aged >=6 months are vaccinated before departure:
  infants 6-11 months: 1 dose MMR; persons >=12 months: 2 doses >=28 days apart.

Recommendations for clinicians
1. Consider measles in any febrile rash illness in a recent traveler.
2. Mask and isolate suspected cases immediately; use an airborne infection isolation room.
3. Report suspected cases to the County Health Department IMMEDIATELY by phone
   (555-0199, 24/7). Do not wait for lab confirmation.
4. Collect NP swab for PCR and serum for IgM.

For more information contact the Communicable Disease program at 555-0198.
""",
  D(2024, 3, 21, 16, 0))

M('clean', 'news', '',
  'FDA Safety Alerts Digest <alerts@safetydigest-mailer.org>',
  'infusion@cedarridgerheum.com',
  'Recall: Class I - IV administration sets, lot-specific (air-in-line risk)',
  """
DRUG & DEVICE SAFETY DIGEST - Week of August 12, 2024

CLASS I RECALL - Fluxon Medical Primary IV Administration Sets with 0.2 micron filter
Product codes: FX-2207, FX-2207B
Lots: 24A118 through 24A131, 24B002
Problem: Filter housing may crack under pump pressure, allowing air into the line.
Reported: 14 device complaints, 2 injuries, no deaths.
Action: Quarantine affected lots. Biologic infusions requiring an in-line low-protein-binding
filter (e.g., infliximab, abatacept) should use an alternate set.

DRUG SHORTAGE UPDATE
- Penicillin G benzathine injectable suspension: limited supply continues; prioritize for
  syphilis in pregnancy and congenital syphilis.
- Methylprednisolone sodium succinate 40 mg vials: resolved.

To unsubscribe, manage your preferences here.
""",
  D(2024, 8, 13, 5, 30))

M('clean', 'news', '',
  'Cedar Ridge Rheumatology <newsletter@cedarridgerheum.com>',
  'Cedar Ridge Patients <patients-list@cedarridgerheum.com>',
  'Joint Matters - Winter 2024: gout & the holidays, new infusion hours',
  """
JOINT MATTERS - Winter 2024
Patient newsletter from Cedar Ridge Rheumatology & Infusion Center

GOUT AND THE HOLIDAYS
Rich food, alcohol (especially beer) and dehydration can all trigger gout flares. If you take
allopurinol or febuxostat, keep taking it during a flare unless your doctor says otherwise.
Current guidelines aim for a uric acid level below 6 mg/dL.

LUPUS AND THE SUN IN WINTER
UV exposure still happens on cloudy days and off snow. Keep using SPF 50.

NEW INFUSION SUITE HOURS
Starting January 6, the infusion suite opens at 7:00 am Monday-Thursday. Ask the front desk
to move your appointment.

MEET OUR TEAM
Welcome to Rosa Delgado, RN, who joins our infusion nurses from St. Brendan's oncology unit.

Flu and COVID vaccines are available at any visit - just ask.

You are receiving this because you signed up for our newsletter. Unsubscribe anytime.
""",
  D(2024, 12, 5, 9, 0),
  html="""<html><body style="max-width:640px;font-family:Georgia,serif">
<h1 style="color:#2b5f75">Joint Matters &ndash; Winter 2024</h1>
<h2>Gout and the holidays</h2><p>Rich food, alcohol (especially beer) and dehydration can all trigger gout flares. If you take allopurinol or febuxostat, keep taking it during a flare unless your doctor says otherwise. Current guidelines aim for a uric acid level below 6 mg/dL.</p>
<h2>Lupus and the sun in winter</h2><p>UV exposure still happens on cloudy days and off snow. Keep using SPF 50.</p>
<h2>New infusion suite hours</h2><p>Starting January 6, the infusion suite opens at 7:00 am Monday&ndash;Thursday.</p>
<h2>Meet our team</h2><p>Welcome to Rosa Delgado, RN, who joins our infusion nurses from St. Brendan's oncology unit.</p>
<p style="font-size:9pt">You are receiving this because you signed up for our newsletter. <a href="https://cedarridgerheum.com/unsub">Unsubscribe</a>.</p>
</body></html>""")

M('clean', 'news', '',
  'State HIV/STI Program <hivsti.program@oregon-health-bulletin.org>',
  'PrEP Clinic <prep@bayfrontid.org>',
  'Quarterly PrEP & HIV surveillance brief - Q2 2024',
  """
QUARTERLY SURVEILLANCE BRIEF - Q2 2024 (provisional)

New HIV diagnoses statewide: 61 (Q2 2023: 58)
  - by age: 13-24: 11 | 25-34: 24 | 35-44: 14 | 45+: 12
  - late diagnosis (CD4 <200 at dx): 21%
Persons prescribed PrEP (pharmacy claims): 9,842, up 14% year over year
  - long-acting injectable cabotegravir: 6% of PrEP users
Syphilis (all stages): 412 cases; congenital syphilis: 7

Counties with PrEP-to-need ratio below 5: Harlan, Cascade, Port Adair.

Data are provisional and suppressed where cell counts are <5. Not for citation.
Questions: surveillance team, 555-0108.
""",
  D(2024, 8, 2, 14, 0),
  atts=[('Q2_2024_prep_by_county.csv', 'text', 'csv', csv_text([
      ['county', 'pop_13plus', 'prep_users', 'new_hiv_dx', 'prep_to_need_ratio'],
      ['Cascade', '184220', '311', '9', '3.5'],
      ['Harlan', '61405', '58', '<5', 'suppressed'],
      ['Millbrook', '402118', '2204', '14', '15.7'],
      ['Port Adair', '233870', '402', '11', '3.7'],
  ]))])

M('clean', 'news', '',
  'Hepatitis Elimination Coalition <news@hepfree-nw.org>',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'HepFree NW bulletin: Medicaid drops prior auth for DAAs; test-and-treat grants',
  """
HepFree NW Bulletin | October 2024

* Starting January 1, the state Medicaid program will no longer require prior authorization
  for preferred hepatitis C direct-acting antivirals (sofosbuvir/velpatasvir and
  glecaprevir/pibrentasvir). Sobriety and fibrosis restrictions were removed in 2021.
* Point-of-care HCV RNA testing: FDA-cleared assay now in 3 pilot sites; same-day treatment
  starts rose from 22% to 61%.
* Grants: $40,000 test-and-treat mini-grants for FQHCs, syringe service programs and ID
  clinics. Applications due December 1.
* Webinar Nov 14, 12 pm: "Simplified HCV treatment in primary care" with Dr. Noor Haddad.

Reply STOP to unsubscribe.
""",
  D(2024, 10, 28, 8, 0))

M('clean', 'news', '',
  'ACR RheumBrief <rheumbrief@rheum-news-digest.com>',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'RheumBrief: biosimilar switching data, belimumab in children, and more',
  """
RheumBrief - your weekly digest

1. Biosimilar switching: A registry of 4,100 patients switched from originator infliximab to
   a biosimilar found no difference in disease activity at 12 months (DAS28 change -0.1).
2. Belimumab in pediatric SLE: open-label extension shows sustained response through 4 years.
3. Hydroxychloroquine retinopathy: screening adherence remains under 60% in US cohorts;
   authors call for automated reminders.
4. Pegloticase with methotrexate: post-marketing data confirm lower infusion reaction rates.

Case of the week (quiz): A 34-year-old woman presents with arthralgia, photosensitive rash and
a positive ANA. Which test best predicts renal involvement? Answer in next week's issue.

Manage subscription | Privacy policy
""",
  D(2024, 5, 17, 6, 45))
# ======================================================================
# CLEAN: staff
# ======================================================================
M('clean', 'staff', '',
  'Miriam Okafor MD <mokafor@cedarridgerheum.com>',
  'Infusion Suite <infusion@cedarridgerheum.com>',
  'premed protocol change for infliximab - starting Monday',
  """
All,

After reviewing our reactions log for the last 12 months (6 mild reactions out of ~1,100
infliximab infusions, none after dose 4), we're dropping routine premeds for infliximab
maintenance infusions starting Monday:

- Doses 1-3: keep acetaminophen 650 + cetirizine 10 PO, no routine steroid
- Dose 4 onward: no premeds unless there's a prior reaction documented
- Any prior reaction: acetaminophen + diphenhydramine 25 IV + hydrocortisone 100 IV, rate
  titration per the reaction pathway
- Keep the anaphylaxis kit checked daily, no change

Rate: maintenance infusions with no reaction history may run over 1 hour per the accelerated
protocol. Updated order set is live in the EHR.

Questions to me or Dr. Szabo.

Miriam Okafor, MD
Medical Director, Infusion Services
""",
  D(2024, 3, 1, 12, 0))

M('clean', 'staff', '',
  'Daniel Szabo DO <dszabo@cedarridgerheum.com>',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'curbside - TB screening before biologic',
  """
Helen,

Curbside, no names: 60s male, born in the Philippines, BCG as a child, needs to start a TNF
inhibitor for RA. QuantiFERON indeterminate twice (low mitogen - he's on 15 of prednisone).
CXR clean, no symptoms. Would you treat as latent TB anyway before starting, or is a TST
worth doing given the BCG? And if we treat, are you ok with 4 months of rifampin and starting
the biologic after a month?

Thanks, owe you a coffee.
Dan
""",
  D(2024, 7, 11, 17, 20))

M('clean', 'staff', '',
  'Helen Voss MD <hvoss@bayfrontid.org>',
  'Daniel Szabo DO <dszabo@cedarridgerheum.com>',
  'Re: curbside - TB screening before biologic',
  """
Dan - I'd treat. Indeterminate with low mitogen is just telling you the steroid is blunting
the assay; TST will be unreliable for the same reason and the BCG muddies it further. With
his country of birth the pretest probability is high enough.

4R is fine if no interactions (rifampin will drop the prednisone level - you may need to
bump it). Starting the TNFi after 1 month of therapy is what most of us do. Baseline LFTs,
repeat at 1 month.

Happy to see him formally if you'd like, just send the referral.

H

On Thu, Jul 11, 2024 at 5:20 PM Daniel Szabo DO <dszabo@cedarridgerheum.com> wrote:
> Curbside, no names: 60s male, born in the Philippines, BCG as a child, needs to start a TNF
> inhibitor for RA. QuantiFERON indeterminate twice (low mitogen - he's on 15 of prednisone).
> CXR clean, no symptoms. Would you treat as latent TB anyway before starting, or is a TST
> worth doing given the BCG?
""",
  D(2024, 7, 12, 7, 48))

M('clean', 'staff', '',
  'Grace Liu PharmD <gliu@bayfrontid.org>',
  'ID Clinicians <idclin@bayfrontid.org>',
  'vanc AUC dosing go-live for OPAT 9/3',
  """
Hi all,

Reminder that OPAT vancomycin moves from trough-based to AUC-guided dosing on 9/3.

- Target AUC24 400-600 mg*h/L
- Two levels (peak 1 h after end of infusion, trough before next dose) at steady state, then
  weekly single trough + Bayesian estimate if stable
- Brightway nurses are trained on timed draws; please write "AUC-guided, pharmacy to dose" on
  new OPAT orders instead of a trough goal
- Weekly CBC/BMP unchanged; add CK for anyone on concomitant daptomycin

I'll do a 10-minute walkthrough at Thursday huddle. Calculator link is in the shared drive
under OPAT > Dosing.

Grace
""",
  D(2024, 8, 20, 10, 35))

M('clean', 'staff', '',
  'Kezia Morrow NP <kmorrow@bayfrontid.org>',
  'PrEP Clinic <prep@bayfrontid.org>',
  'doxy-PEP - how are we counseling?',
  """
quick q for everyone - now that the CDC guidance on doxy-PEP is out, are we offering it to
everyone on PrEP or only folks with an STI in the last 12 months? I've had 4 people ask this
week. I've been saying 200 mg within 72h after condomless sex, max 200 mg/24h, and doing
the q3mo STI testing anyway. not offering to cis women yet given the data.

want to make sure we're all saying the same thing before the front desk starts getting calls.
can we put it on friday's agenda?

k
""",
  D(2024, 6, 25, 13, 2))

M('clean', 'staff', '',
  'Ramon Estrada RN <restrada@bayfrontid.org>',
  'Anand Rao MD <arao@bayfrontid.org>, Helen Voss MD <hvoss@bayfrontid.org>',
  'OPAT staffing over Thanksgiving',
  """
Drs Rao and Voss,

For Thanksgiving week: I'm off Wed-Fri. Brightway confirmed full nurse coverage but their
pharmacy won't deliver Thursday, so any new starts must be discharged by Tuesday noon to
get the first delivery. Weekly labs that fall on Thursday will shift to Wednesday.

Census is 6 right now and I expect 2 more from St Brendan's ortho. Who's taking the OPAT
pager Wed-Sun? Last year it was split, happy to do that again.

Ramon
""",
  D(2024, 11, 13, 15, 9))

M('clean', 'staff', '',
  'Employee Health <employeehealth@cedarridgerheum.com>',
  'All Staff <allstaff@cedarridgerheum.com>',
  'Reminder: needlestick / body fluid exposure - what to do',
  """
A reminder after last week's near miss in the infusion suite (no one was hurt):

If you have a needlestick or splash:
1. Wash the area with soap and water right away (eyes: flush 15 minutes).
2. Tell your charge nurse and call Employee Health at x2300 (after hours: Bayfront ID on-call
   at 555-0110 - they handle our exposures).
3. HIV PEP works best within 2 hours; do not wait until the end of your shift.
4. The source patient's consent and testing is handled by Employee Health, not by you.
5. Fill out the exposure form on the intranet within 24 hours.

Safety-engineered needles and sharps containers are in every bay. Never recap.

Employee Health
Cedar Ridge Rheumatology & Infusion Center
""",
  D(2024, 4, 8, 8, 0))
# ======================================================================
# CLEAN: training
# ======================================================================
M('clean', 'training', '',
  'EHR Training Team <ehrtraining@bayfrontid.org>',
  'New Hires <newhires@bayfrontid.org>',
  'EHR training week 1 - your practice patients (TRAINING ENVIRONMENT ONLY)',
  """
Welcome! For Tuesday's hands-on session log into the TRN environment (not PRD!) with the
username on your badge sheet. Each of you has your own set of fictional patients:

  ZZTEST, PREPONE        MRN T0000101   DOB 01/01/1990   scenario: PrEP start
  ZZTEST, OPATTWO        MRN T0000102   DOB 02/02/1955   scenario: OPAT vanc referral
  ZZTEST, TRAVELTHREE    MRN T0000103   DOB 03/03/1988   scenario: pre-travel visit
  ZZTEST, HEPCFOUR       MRN T0000104   DOB 04/04/1970   scenario: HCV treatment start

Tasks: place the lab orders, document a vaccine administration, send a message to the
pharmacist pool, and sign the encounter. None of these patients are real and nothing in TRN
goes to a lab or pharmacy.

Environment refreshes every Sunday night.

EHR Training Team
""",
  D(2024, 8, 5, 8, 30))

M('clean', 'training', '',
  'Mirth Solutions Demo <demo@interlinkhl7.com>',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'Your InterLink demo - sample ORU messages',
  r"""
Hi Devon,

Thanks for joining the demo. As promised, the sample messages we used are below. These are
synthetic test records from our demo kit (patient "John Q Doe", test MRN) - feel free to use
them in your test channel.

MSH|^~\&|DEMOLAB|DEMO|YOURAPP|YOURORG|20240101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000
OBR|1|ORD0001|FIL0001|HIVVL^HIV-1 RNA Quant^L|||20240101080000
OBX|1|NM|HIVVL^HIV-1 RNA Quant^L||1234|copies/mL|<20|H|||F

Note processing ID "T" in MSH-11 - our engine routes those to the sandbox and drops them
from production feeds automatically.

Pricing sheet attached separately. Let me know when you want the 30-day trial license.

Shawna Pruitt
Solutions Engineer, InterLink HL7
""",
  D(2024, 2, 8, 15, 14))

M('clean', 'training', '',
  'Devon Marsh <dmarsh@bayfrontid.org>',
  'dev-team@hepctrackr.io',
  'sandbox bundle for the integration test',
  """
Here's the synthetic bundle we'll use for UAT, from the public FHIR test data set. All fake.

{
  "resourceType": "Patient",
  "id": "example-test-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:test:mrn", "value": "TEST-0001"}],
  "name": [{"family": "Testpatient", "given": ["Sandbox"]}],
  "gender": "unknown",
  "birthDate": "2000-01-01"
}

Please point it at https://sandbox.hepctrackr.io/fhir, NOT prod. Once UAT passes we'll
schedule the cutover.

Devon
""",
  D(2024, 6, 24, 9, 5))

M('clean', 'training', '',
  'Tasha Greer <tgreer@cedarridgerheum.com>',
  'Infusion Suite <infusion@cedarridgerheum.com>',
  'template for the new chair-scheduling import (sample rows only)',
  """
Hi all, the scheduling vendor wants our chair bookings in this CSV format for the import
test next week. I filled in SAMPLE rows so you can see the layout - these are dummy entries,
don't book anyone from this. Please check the drug names match what you'd type.

Tasha
""",
  D(2024, 5, 28, 11, 40),
  atts=[('chair_import_TEMPLATE.csv', 'text', 'csv', csv_text([
      ['patient_last', 'patient_first', 'mrn', 'dob', 'chair', 'start', 'drug', 'minutes'],
      ['SAMPLE', 'PATIENT A', 'TEST0001', '01/01/1900', '1', '08:00', 'infliximab', '120'],
      ['SAMPLE', 'PATIENT B', 'TEST0002', '01/01/1900', '2', '08:30', 'rituximab', '300'],
      ['SAMPLE', 'PATIENT C', 'TEST0003', '01/01/1900', '3', '09:00', 'pegloticase', '150'],
      ['SAMPLE', 'PATIENT D', 'TEST0004', '01/01/1900', '4', '10:00', 'zoledronic acid', '45'],
  ]))])

M('clean', 'training', '',
  'Carol Brandt <cbrandt@cedarridgerheum.com>',
  'Patient Accounts <billing@cedarridgerheum.com>',
  'billing training Thurs - 837 walkthrough handout',
  """
For Thursday's session we'll walk through a professional claim loop by loop. Handout
below uses the textbook example patient (JANE DOE, all fake, from the implementation guide
exercises) - please bring it printed.

NM1*IL*1*DOE*JANE****MI*000000000A~      <- subscriber loop 2010BA
DMG*D8*19000101*F~                      <- demographics (dummy DOB)
CLM*SAMPLE001*100.00***11:B:1*Y*A*Y*Y~   <- claim header
HI*ABK:Z0000~                            <- dx (Z00.00 = routine exam, sample)
SV1*HC:99213*100.00*UN*1***1~            <- service line

Things we'll cover: why infusion J-codes bill in units, when to add modifier JZ/JW for drug
waste, and reading CARC codes (CO-45, PR-2, CO-197) on the 835.

Carol
""",
  D(2024, 9, 24, 16, 0))

M('clean', 'training', '',
  'Emergency Management <em@stbrendanmc.org>',
  'Affiliated Clinics <affiliates@stbrendanmc.org>',
  'Downtime drill 10/9 - use DRILL patients only',
  """
Affiliated clinics,

On Wednesday 10/9 from 13:00 to 15:00 we'll run a planned EHR downtime drill. Please use the
paper downtime packets. Drill registrations will use the naming convention:

    DRILL, ALPHA / DRILL, BRAVO / DRILL, CHARLIE ...
    MRN prefix DR-  (e.g., DR-000014)
    DOB always 01/01/1901

Examples you'll see: "DRILL, DELTA - needs OPAT referral faxed", "DRILL, ECHO - infusion
reaction, call pharmacy." Do NOT enter any real patient on a DRILL form. Packets go back to
Emergency Management by 10/11 for the after-action report.

Questions: Hank Lindeman, Emergency Preparedness Manager, 555-0153.
""",
  D(2024, 10, 2, 10, 0))
# ======================================================================
# writer
# ======================================================================
MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.500.171.1.1)',
           'Mozilla Thunderbird 115.9.0', None, None, 'iPhone Mail (21E236)']


def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    token = '%08x.%06x' % (random.getrandbits(32), random.getrandbits(24))
    msg['Message-ID'] = '<%s.%d@%s>' % (token, i, dom)
    mailer = random.choice(MAILERS)
    if mailer:
        msg['X-Mailer'] = mailer
    for k, v in m['hdrs'].items():
        msg[k] = v
    if m['cte']:
        msg.set_content(m['body'], cte=m['cte'])
    elif m['body'].isascii():
        msg.set_content(m['body'], cte='7bit')
    else:
        msg.set_content(m['body'])
    if m['html']:
        if m['html'].isascii():
            msg.add_alternative(m['html'], subtype='html', cte='7bit')
        else:
            msg.add_alternative(m['html'], subtype='html')
    for fn, maintype, subtype, data in m['atts']:
        if isinstance(data, str) and subtype == 'csv':
            msg.add_attachment(data, subtype='csv', filename=fn)
        elif isinstance(data, str):
            msg.add_attachment(data.encode('utf-8'), maintype=maintype,
                               subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for r in rows:
        summary['%s-%s' % (r[1], r[2])] = summary.get('%s-%s' % (r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(rows))


if __name__ == '__main__':
    main()
