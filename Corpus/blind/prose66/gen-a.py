#!/usr/bin/env python3
"""Blind evaluation mail set: oncology / infusion clinic + palliative-care consult team.
Everything here is invented. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, random, zipfile, datetime, email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 6601
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]


def D(mon, day, hh, mm, tz=-5):
    dt = datetime.datetime(2025, mon, day, hh, mm, random.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)


def add(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
        atts=(), cte=None, hdrs=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    SEQ[0] += 1
    i = SEQ[0]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('>').strip()
    m['Message-ID'] = '<%08x.%04d.%d@%s>' % (random.getrandbits(32), i, random.randint(1000, 9999), dom)
    for k, v in (hdrs or []):
        m[k] = v
    if not cte:
        # most mail clients send plain 7bit/8bit; long lines are fine up to 998
        try:
            body.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
    m.set_content(body, cte=cte)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fname, data = a[0], a[1]
        if isinstance(data, str):
            sub = a[2] if len(a) > 2 else 'plain'
            m.add_attachment(data, subtype=sub, filename=fname)
        else:
            mt, st = a[2], a[3]
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == 'phi' else ''))


FIXED_ZIP_TIME = (2025, 2, 14, 9, 30, 0)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8'))
    return buf.getvalue()


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_xlsx(rows, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, _esc(str(v)))
                        for ci, v in enumerate(row))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return make_zip(files)


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


LCI_DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
            "intended recipient(s) and may contain confidential and privileged information. Any\n"
            "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
            "intended recipient, please contact the sender by reply e-mail and destroy all copies.")
SBH_DISC = ("This message is intended only for the addressee and may contain information that is\n"
            "privileged or confidential under applicable law. St. Brendan's Health System")

# =====================================================================
# PHI - care
# =====================================================================
add('phi', 'care',
    'Renata Oyelaran RN <royelaran@larchmontcancer.org>',
    'Dr. Miles Hartigan <mhartigan@larchmontcancer.org>',
    'chair 14 - reaction during taxol',
    """Dr Hartigan,

Ramon Delgado in chair 14 had a reaction about 10 min into his paclitaxel this morning -
flushing, chest tightness, sats dropped to 91%. Stopped the infusion, gave diphenhydramine
50 mg IV and hydrocortisone 100 mg IV, O2 2L NC. Back to baseline in ~15 min, BP 128/76,
sats 97% RA.

He's asking if he can still get today's dose. Do you want to rechallenge at half rate
after another 30 min, or send him home and premedicate heavier next week? Wife is with him.

I'm in pod B till 3:30, ext 4471.

Renata Oyelaran, RN, OCN
Infusion Center - Pod B
Larchmont Cancer Institute
""", D(2, 11, 10, 22), patient='Delgado')

add('phi', 'care',
    'Tomasz Brill <tbrill@larchmontcancer.org>',
    'infusion-charge@larchmontcancer.org',
    'RE: port w/ no blood return',
    """fyi - we got it. after the 2 mg alteplase dwell (45 min) had good blood return on Gail
Whitcombe's port, labs drawn 0915, CBC/CMP sent. Plts 148, ANC 2.9 so she's good to go
for C3D1 FOLFOX, pump hookup at 11. will chart the cathflo in the MAR.

also she said the site's been sore since the weekend - no redness, no swelling, I flushed
10 mL NS w/o resistance. told her to call if fever.

-T

-----Original Message-----
From: Infusion Charge RN
Sent: Tuesday, February 11, 2025 8:31 AM
To: Brill, Tomasz
Subject: port w/ no blood return

Tomasz can you take Whitcombe in 9? Access ok, flushes but no return. Try reposition
first, then cathflo per protocol.
""", D(2, 11, 9, 48), patient='Whitcombe')

add('phi', 'care',
    'Oncology After-Hours Triage <onc-triage@larchmontcancer.org>',
    'Keisha Arbuthnot <karbuthnot@larchmontcancer.org>',
    'triage call 2/11 1840 - fever, day 9 post docetaxel',
    """Keisha - for your navigator f/u tomorrow.

1840: wife of Harold Jensen called. Temp 38.6 oral at home x2, chills, no cough. He's day 9
after cycle 2 docetaxel. Last ANC (2/10) 0.4. Not on pegfilgrastim this cycle (insurance
hold).

Advised to go straight to St. Brendan's ED, told them to say he's a chemo patient & could
have low counts. Called ED charge (Pam) to give heads-up. Cultures + cefepime per fever
pathway expected.

Please check in w/ family tomorrow and make sure the Neulasta PA gets pushed through
before C3.

-- Lorna Pryce RN, after-hours triage line
""", D(2, 11, 19, 2), patient='Jensen')

add('phi', 'care',
    'Dr. Anjali Sethuraman <asethuraman@stbrendans.org>',
    'dr.fowler@maplecrestfamilymed.com',
    'Palliative consult - Mr. Abernathy',
    """Dr. Fowler,

Wanted to loop you in since you've been his PCP for years. We saw Clarence Abernathy on
6 West yesterday at the oncology team's request for pain and breathlessness.

- Pain: was on hydromorphone PCA basal 0.1/demand 0.2, still 8/10 with repositioning.
  Increased basal to 0.2, added scheduled acetaminophen and a low dose of dexamethasone.
  This morning he rated it 4/10 and slept overnight for the first time this week.
- Dyspnea: started low-dose oral morphine solution prn, fan at bedside, O2 only for comfort.
- Goals: he's clear he does not want to go back to the ICU. We completed a MOLST with him
  - DNR/DNI, no feeding tube. He'd like to go home with hospice if we can set it up.
- Family meeting tomorrow 2 pm, his son is flying in from Denver.

Harborlight Hospice has been referred. I'll send a note after the meeting.

Best,
Anjali Sethuraman, MD
Palliative Medicine Consult Service
St. Brendan's Hospital | pager 2291

""" + SBH_DISC, D(2, 12, 7, 55), patient='Abernathy', cte='quoted-printable')

add('phi', 'care',
    'Priyanka Dhoot PharmD <pdhoot@larchmontcancer.org>',
    'Dr. Eleanor Vance <evance@larchmontcancer.org>',
    'carbo dose re-calc for Lucinda Marsh - needs re-sign',
    """Dr. Vance,

Today's creatinine for Lucinda Marsh came back 1.4 (was 0.9 three weeks ago). Recalculated
carboplatin AUC 5 with Calvert using CrCl 62 -> 520 mg (order currently reads 610 mg).
Paclitaxel unchanged.

I've put the revised order in Beacon, needs your co-sign before we can mix. She's in chair
22, arrived 08:10. Also may want to repeat BMP next week and check she's drinking enough -
she told the RN she's been vomiting on day 3-4.

Thanks,
Priyanka Dhoot, PharmD, BCOP
Oncology Pharmacy | x3318
""", D(2, 13, 9, 5), patient='Marsh',
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Vance,</p>
<p>Today's creatinine for <b>Lucinda Marsh</b> came back <b>1.4</b> (was 0.9 three weeks ago).
Recalculated carboplatin AUC 5 with Calvert using CrCl 62 &rarr; <b>520 mg</b> (order currently reads 610 mg).
Paclitaxel unchanged.</p>
<p>I've put the revised order in Beacon, needs your co-sign before we can mix. She's in chair 22, arrived 08:10.
Also may want to repeat BMP next week and check she's drinking enough - she told the RN she's been vomiting on day 3-4.</p>
<p>Thanks,<br>Priyanka Dhoot, PharmD, BCOP<br>Oncology Pharmacy | x3318</p>
</body></html>""")

add('phi', 'care',
    'Dr. Kofi Amankwah <kamankwah@larchmontcancer.org>',
    'GI Tumor Board <gi-tumorboard@larchmontcancer.org>',
    'adding Priya for Thurs board',
    """Hi all - can we add one more for Thursday?

Priya Raghunathan, 44, seen in clinic Monday. Liver biopsy path finally came back yesterday
(Dr. Ostrowski signed it out), and her post-cycle-6 CT shows the two lesions in segment 7
shrank but the one near the hepatic vein didn't change. Wondering whether surgery is on
the table now or whether we keep going with chemo +/- Y90. Hepatobiliary surgery please
come with an opinion.

Images are in PACS, I'll have the slides ready. Her husband asked if he can listen in -
I told him we'd call them after.

Kofi
""", D(2, 17, 16, 40), patient='Raghunathan')

add('phi', 'care',
    'Keisha Arbuthnot RN <karbuthnot@larchmontcancer.org>',
    'denise.kimura@gmail.com',
    "Re: Walter's scan next week",
    """Hi Denise,

Got it all set up. Your dad's CT chest/abdomen/pelvis is on Tuesday 3/4 at 7:40 am in
Imaging, 2nd floor of the Larchmont building. Nothing to eat after midnight, he can have
water up until 2 hours before. He'll need to drink the contrast when he checks in, so
please come at 7:00.

Since his kidney numbers were borderline last time I've asked for a repeat blood test
that same morning - they can draw it from his port in the infusion area first.

Dr. Feld will go over the results with you both at his Thursday 3/6 visit at 10:20.

Call me with anything,
Keisha

Keisha Arbuthnot, BSN, RN, OCN
Thoracic Oncology Nurse Navigator
Larchmont Cancer Institute | 555-0143

> On Feb 20, 2025, at 3:12 PM, Denise Kimura <denise.kimura@gmail.com> wrote:
>
> Hi Keisha, Walter's doctor said he needs a scan before his next appt. Can you help
> schedule? Mornings are better because I drive him. Thanks, Denise
""", D(2, 21, 11, 3), patient='Kimura')

add('phi', 'care',
    'Hospitalist Service <hospitalist-7e@stbrendans.org>',
    'Dr. Miles Hartigan <mhartigan@larchmontcancer.org>',
    'FW: admit overnight - your pt Ferreira-Lind',
    """Miles - FYI, she came in last night. Palliative is seeing her today too.

On Sat, Feb 22, 2025 at 6:14 AM, Night Hospitalist <hospitalist-7e@stbrendans.org> wrote:
> Admitted Ms. Ines Ferreira-Lind overnight (7 East, bed 12). Presented with 2 days of
> vomiting, distension, no BM x4 days. CT A/P: small bowel obstruction, transition point
> in RLQ. NG tube placed, 1.2 L out. NPO, IV fluids, K repleted.
> Gen surg consulted - not a great operative candidate, they're suggesting trial of
> conservative mgmt, possible venting G-tube if it doesn't resolve.
> She was due for cycle 5 Monday at LCI - we'll hold. Please advise re: her port (it's
> accessed now, we're using it).
> She has a health care proxy on file (sister, Marta). Full code for now but she wants
> to talk about that.
>
> R. Castellanos, MD
""", D(2, 22, 8, 30), patient='Ferreira-Lind')
# =====================================================================
# PHI - names
# =====================================================================
add('phi', 'names',
    'Jun Park <jpark2@larchmontcancer.org>',
    'Infusion Scheduling <infusion-sched@larchmontcancer.org>',
    'Nguyen Thi Hoa - C2 held',
    """holding per Dr P, plts 62 today. pls move to next wed (3/5), same chair time if possible.
she'll need the Vietnamese interpreter again, her son can't come that day.

thx
jun
""", D(2, 26, 13, 17), patient='Nguyen Thi Hoa')

add('phi', 'names',
    'Mercy Adjei <madjei@larchmontcancer.org>',
    'Port Clinic <portclinic@larchmontcancer.org>',
    'Adeyemi-Cole, Babatunde -- port flush overdue',
    """Adeyemi-Cole, Babatunde isn't on anyone's schedule and his last flush was 12/30.
He's off treatment (surveillance) but port still in. Can someone call him for a flush this
month and ask if he wants it out? Dr. Hartigan ok'd removal if he wants.

Mercy
""", D(2, 14, 14, 2), patient='Adeyemi-Cole')

add('phi', 'names',
    'Front Desk - Medical Oncology <oncfrontdesk@larchmontcancer.org>',
    'Dr. Eleanor Vance <evance@larchmontcancer.org>',
    'phone msg',
    """Dr Vance - Mr. van der Berg's daughter (Annelies) called at 11:50. Says her father has
been very confused since yesterday evening and not eating, wants to know if it could be
from the new pills (the ones he started last week) or if she should bring him in. She
sounds worried. Best number is her cell, she said you have it.

- Carla, front desk
""", D(2, 18, 12, 1), patient='van der Berg')

add('phi', 'names',
    'Dana Okonkwo-Reyes <dokonkwo@larchmontcancer.org>',
    'Priyanka Dhoot <pdhoot@larchmontcancer.org>',
    'magic mouthwash for Esperanza?',
    """Priyanka - just saw Esperanza in the chemo suite (chair 6, Dr. Amankwah's lady w/ the
5-FU pump), she's had a rough week w/ mouth sores, barely eating, grade 2-3 mucositis
by the looks of it. Can we get a magic mouthwash to her before she leaves around 2? Also
wondering if we should be cutting back the bolus - I'll ask Kofi.

thank u!!
Dana
""", D(2, 19, 11, 26), patient='Esperanza')

add('phi', 'names',
    'Clara Moreau-Tessier <cmoreau@veridianclinical.com>',
    'Research Coordinators <onc-research@larchmontcancer.org>',
    'RE: VRD-2207 screening - subject 014',
    """Bonjour / hi all,

Thanks for sending the labs. Unfortunately Mme Hélène Beaulieu-Côté will be a screen fail
for VRD-2207 - total bilirubin 2.1 x ULN at screening, exclusion 7b allows <= 1.5. The
sponsor won't grant a waiver for that criterion.

If her bili comes down after the stent exchange you mentioned, she can be re-screened once
(new subject number). Please log the screen failure in the EDC by Friday.

Cordialement,
Clara Moreau-Tessier
Clinical Research Associate
Veridian Clinical Research Partners
+1 (514) 555-0192

-----Original Message-----
From: Goldfarb, Simone <sgoldfarb@larchmontcancer.org>
Sent: Wednesday, February 19, 2025 4:45 PM
Subject: VRD-2207 screening - subject 014

Clara, attached are the screening labs for Hélène. Bili is up - she had a biliary stent
placed 2/3 and it may be occluding again. Dr. Amankwah still thinks she's a good candidate.
""", D(2, 20, 9, 12), patient='Beaulieu-Côté')

add('phi', 'names',
    'Rasha Haddad <rhaddad@stbrendans.org>',
    'Interpreter Services <interpreters@stbrendans.org>',
    'Arabic interpreter needed - family meeting Al-Khatib, Fri 10am',
    """Hello,

Palliative care is holding a family meeting for Abdulrahman Al-Khatib (6 North, rm 611)
this Friday 2/28 at 10:00 in the 6N family conference room. We need an in-person Arabic
interpreter (Levantine preferred) for about 90 minutes. Mr. Al-Khatib's wife and two
brothers will attend; his eldest son Yousef speaks English but the family asked that
he not interpret since we'll be talking about code status and going home on hospice.

Please confirm.

Rasha Haddad, LICSW
Palliative Care Social Work, St. Brendan's Hospital
555-0171
""", D(2, 25, 15, 44), patient='Al-Khatib')

add('phi', 'names',
    'Simone Goldfarb <sgoldfarb@larchmontcancer.org>',
    'Dr. Kofi Amankwah <kamankwah@larchmontcancer.org>',
    'consent visit',
    """Kofi, Mrs. Lakshmi Venkataraman is coming at 1:30 to sign the consent for the
ORCA-3 study. Her daughter-in-law is bringing her and asked whether you can be there for
the first 10 min to answer questions about the biopsy requirement - Mrs. V is nervous
about another liver biopsy after the last one. I'll do the rest of the consent with her.

Simone
Research Nurse Coordinator
""", D(2, 24, 8, 49), patient='Venkataraman')

add('phi', 'names',
    'Oksana Hrytsenko PharmD <ohrytsenko@larchmontcancer.org>',
    'Dr. Eleanor Vance <evance@larchmontcancer.org>',
    "Wojciechowska - interaction w/ new antifungal",
    """Dr. Vance,

Heads up re: Wojciechowska, Agnieszka - the hospital team started her on voriconazole
yesterday for the lung nodules. She's on vincristine in her R-CHOP and this combo can
really ramp up neurotoxicity (CYP3A4). Mrs. Wojciechowska's cycle 4 is due Tuesday.

Options: switch antifungal to an echinocandin/isavuconazole, or hold/reduce vincristine
this cycle. Happy to talk it through.

Oksana
""", D(2, 21, 14, 36), patient='Wojciechowska')
# =====================================================================
# PHI - self
# =====================================================================
add('phi', 'self',
    'Marjorie Pettigrew <mpettigrew56@comcast.net>',
    'Larchmont Nurse Line <nurseline@larchmontcancer.org>',
    'diarrhea - chemo thursday??',
    """Hi this is Marjorie Pettigrew, DOB 7/22/1956, I'm one of Dr Vance's patients.
I have my chemo on thursday but I have had diarrhea 6 times today and last night too,
watery. I took 2 of the imodium like they said and then one more after each time but it's
not really stopping. No fever that I know of, I feel a bit dizzy when I stand up.

Should I still come thursday? Do I need to come in before that? My phone is 555-0126
I'm home all day.

Thank you
Marjorie

Sent from my iPad
""", D(2, 17, 16, 58), patient='Pettigrew')

add('phi', 'self',
    'Lourdes Iglesias <lu.iglesias@yahoo.com>',
    'Keisha Arbuthnot <karbuthnot@larchmontcancer.org>',
    'my mother Rosa - appointment and pain meds',
    """Good morning Keisha,

I'm writing for my mother, Rosa Iglesias, she is 81 and sees Dr. Feld. I am her health
care proxy (we gave the paper to the clinic in January). Since the radiation finished she
has a lot of pain in her hip and the oxycodone makes her sleep all day and very
constipated. She didn't go to the bathroom for 5 days.

Can Dr. Feld or the palliative doctor see her sooner than March 20? And can they call in
something for the constipation to the CVS on Bellmore Ave.

Thank you so much for everything,
Lourdes Iglesias
(daughter)
""", D(2, 24, 7, 31), patient='Iglesias')

add('phi', 'self',
    'Gerald Fitch <gfitch.woodwork@gmail.com>',
    'Palliative Care Clinic <palliative.clinic@stbrendans.org>',
    'updating my living will',
    """To whom it may concern,

My name is Gerald Fitch. I was seen by your team in December when I was in the hospital
after my first round of immunotherapy, and Dr. Sethuraman talked with me about advance
directives. I've now had time to think and talk with my wife, and I'd like to change my
living will - I do not want to be put on a breathing machine if my cancer gets worse, and
I want my wife Joan to be my health care agent instead of my brother.

Do I need to come in to sign new forms, or can this be done through the mail? I have my
next infusion at Larchmont on March 7 if someone could meet me there.

Respectfully,
Gerald R. Fitch
""", D(2, 19, 20, 12), patient='Fitch')

add('phi', 'self',
    'Dana Whitfield-Ortiz <danawo1969@outlook.com>',
    'Clinical Trials Office <trials@larchmontcancer.org>',
    'Question about pancreatic trial - am I eligible?',
    """Hello,

I read about the NALU-4 study on your website and I want to know if I could qualify.
My name is Dana Whitfield-Ortiz, born 03/15/1969. I was diagnosed with stage IV pancreatic
cancer last August (spread to my liver) and I've been on gemcitabine/abraxane at
Bayview Oncology, but my last CT in January showed it growing. My CA 19-9 went from
410 to 1,860. I'm still working part time and walking every day.

I have all my records and scans on a disc. Who should I send them to? My cell is
(718) 555-0164.

Thank you for reading this,
Dana
""", D(2, 10, 22, 47), patient='Whitfield-Ortiz')

add('phi', 'self',
    'Kwame <kwame.am1975@icloud.com>',
    'Larchmont Appointments <no-reply-appts@larchmontcancer.org>',
    'Re: Appointment reminder',
    """yes i can come, but can we do 10 instead of 8:30? bus doesnt get there til 9:40.
also my feet are still numb like i told the nurse last time so pls tell the dr

Kwame

On Mon, Feb 24, 2025 at 9:00 AM Larchmont Appointments <no-reply-appts@larchmontcancer.org> wrote:
> Dear KWAME ASANTE-MENSAH,
>
> This is a reminder of your upcoming appointments:
>
>   Thu Feb 27 2025  8:30 AM  LAB - PORT DRAW        Infusion Center, Level 1
>   Thu Feb 27 2025  9:15 AM  OFFICE VISIT           Dr. Miles Hartigan, Level 3
>   Thu Feb 27 2025 10:30 AM  INFUSION (4 HR)        Infusion Center, Level 1
>
> Please reply YES to confirm or call 555-0100 to reschedule.
> Please do not reply with medical questions.
""", D(2, 24, 12, 6), patient='Asante-Mensah')

add('phi', 'self',
    'Sophie Lindqvist <sophie.lindqvist@protonmail.com>',
    'Patient Portal Help <portalhelp@larchmontcancer.org>',
    "can't see my scan results",
    """hi, my name is Sophie Lindqvist (DOB 1990-11-02). I had my MRI brain on friday for
follow up after the gamma knife and the portal says "result available" but when i click
it it's blank. my oncologist is Dr. Amankwah, next visit is 3/12. i really don't want to
wait 2 weeks not knowing, can someone fix this or have the nurse call me?

thanks
sophie
""", D(3, 3, 8, 14), patient='Lindqvist')

add('phi', 'self',
    'Barbara Kowalczyk <barbkow@aol.com>',
    'Harborlight Hospice Intake <intake@harborlighthospice.org>',
    "Ed's pain worse tonight",
    """Hello,

I'm Ed Kowalczyk's wife, we started with your hospice last Tuesday. Tonight his pain is
much worse, he's moaning even when he's asleep, and the liquid morphine every 2 hours
isn't holding. He also hasn't passed urine since this morning. The nurse who comes is
Angela but I don't have her cell. Should I give him more? Can someone come out?

Our address is on file (Rt 9). Home phone 555-0119.

Barb Kowalczyk
""", D(2, 27, 21, 48), patient='Kowalczyk')
# =====================================================================
# PHI - ids
# =====================================================================
add('phi', 'ids',
    'Bea Lafontaine <blafontaine@larchmontcancer.org>',
    'Infusion Charge RN <infusion-charge@larchmontcancer.org>',
    'onpro not applied 00483921',
    """pt 00483921 (DOB 3.4.88) left yesterday after day 1 w/o the Onpro being put on - I see
it in the MAR as due but not documented. can someone call her and bring her back today for
the neulasta shot instead? 24-72h window so still ok. number in chart.

bea
""", D(2, 12, 8, 2), patient='')

add('phi', 'ids',
    'Hematology Lab <heme-lab@larchmontcancer.org>',
    'Dr. Miles Hartigan <mhartigan@larchmontcancer.org>',
    'CRITICAL VALUE call-back documentation  Acc# HEM-25-118832',
    """Critical value called to Dr. Hartigan's RN (J. Park) at 14:22 and read back.

Accession:  HEM-25-118832
Patient:    OSEI, Abena M
DOB:        19520917
Collected:  02/25/2025 13:05  (port draw, infusion)
Test:       Platelet count   8 K/uL   (CRIT < 20)
            Hemoglobin       6.9 g/dL (CRIT < 7.0)
Comment:    Specimen checked for clumping - none seen.

Please acknowledge in the result inbox.
- Heme lab, tech ID 0412
""", D(2, 25, 14, 25), patient='Osei')

add('phi', 'ids',
    'Rasha Haddad <rhaddad@stbrendans.org>',
    'Referrals <referrals@bayshorehomehealth.com>',
    'Home health referral - palliative, d/c tomorrow',
    """Hi,

Referral for home nursing + aide, discharging tomorrow afternoon from St. Brendan's.

Name: Margarethe "Greta" Holloway
DOB: 4 Mar 1961
Address: 2217 Tamarack Ct, Unit B, Fairlawn Heights
Phone: 555-0138 (home), daughter Ellen 555-0187
Insurance: Medicare A/B + Blue Meridian supplement

Needs: wound care to sacral pressure injury, new PleurX drain - drainage 3x/week,
symptom checks, med teaching (she's on a fentanyl patch now). She's opted not to
go to hospice yet but is thinking about it; palliative will follow in clinic.

Orders and H&P will fax over this afternoon.

Thanks, Rasha
Rasha Haddad, LICSW | Palliative Care Social Work | St. Brendan's Hospital | 555-0171
""", D(2, 26, 11, 14), patient='Holloway')

add('phi', 'ids',
    'Maribel Fuentes <mfuentes@larchmontcancer.org>',
    'Prior Auth - Blue Meridian <pa.oncology@bluemeridianhealth.com>',
    'PA request pembrolizumab - Member ID XQH884120331',
    """Good afternoon,

Following up on the pending PA for pembrolizumab 200 mg IV q3w (J9271), submitted 2/14.

Member: Thaddeus Whitlock
Member ID: XQH884120331   Group: 0078213
DOB: 11/06/1958
Ordering: Eleanor Vance MD, NPI on file
First dose scheduled 3/3 - we'll need a decision by Friday or we'll have to reschedule him.
PD-L1 TPS 80% report and the progress note from 2/12 are attached to the portal request.

Reference #: PA-2025-0219-4471

Maribel Fuentes
Authorization Specialist, Larchmont Cancer Institute
Ph 555-0150 | Fax 555-0151
""", D(2, 19, 13, 40), patient='Whitlock')

add('phi', 'ids',
    'Financial Counseling <fincounsel@larchmontcancer.org>',
    'Copay Assistance Program <apply@oncocareassist.org>',
    'Re: Application status - acct 7700231456',
    """Hi Jordan,

Checking on the grant application for our patient Imelda Castro-Ruiz, hospital account
7700231456. She's receiving FOLFIRINOX q2w and her copays are running ~$640/cycle; she
has already missed one cycle because she couldn't pay. Income docs were uploaded 2/6.

If you need anything else, I'm at 555-0155.

Thank you,
Ngozi Ebere
Financial Counselor

> On Feb 18, 2025, Jordan Pike <apply@oncocareassist.org> wrote:
> Application #OCA-55120 is under review. Diagnosis code and treatment plan
> received. Please allow 5-7 business days.
""", D(2, 21, 10, 5), patient='Castro-Ruiz')

add('phi', 'ids',
    'Oncology Call Center <onccallcenter@larchmontcancer.org>',
    'Heme Onc Nurses Pool <hemeonc-rn@larchmontcancer.org>',
    'call back please - chart #LCI-2210873',
    """Chart #LCI-2210873
Caller: patient
Call back at (617) 555-0148 (cell, ok to leave msg)
Reason: rash on arms and chest since starting the new pill (cetuximab? "the one with the
acne") on 2/20. Itchy, not blistering. Wants to know if she can use hydrocortisone cream.
Provider: Dr Hartigan
Taken by: T.W. 2/24 15:10
""", D(2, 24, 15, 12), patient='')

add('phi', 'ids',
    'Simone Goldfarb <sgoldfarb@larchmontcancer.org>',
    'Registry Support <support@natl-trialregistry.org>',
    'cannot register - duplicate subject error',
    """Hello,

Trying to register a subject on protocol NRG-GU0871 and the system keeps throwing
"Possible duplicate subject". Details as entered:

  Initials: R.T.B.
  Name: Rutherford, Tobias B
  DOB: 08-Jan-1947
  SSN last 4: 4471
  ZIP: 11598
  Site: LCI (site #NY214)

He has never been on a cooperative-group trial as far as we know. He's supposed to start
cycle 1 on Monday so if you could look at this soon that would be great.

Simone Goldfarb, RN, CCRP
Larchmont Cancer Institute - Clinical Trials Office
""", D(2, 27, 12, 40), patient='Rutherford')

add('phi', 'ids',
    'Northgate Specialty Pharmacy <dispatch@northgaterx.com>',
    'Priyanka Dhoot <pdhoot@larchmontcancer.org>',
    'Delivery confirm: capecitabine 500mg Rx 5521937',
    """Hi Priyanka,

Confirming delivery details for the capecitabine refill. Please verify before we ship.

Rx #: 5521937   capecitabine 500 mg tab, #112, 1500 mg BID d1-14 q21d
Patient: Eugene Makarov, DOB Sept. 9th 1949
Ship to: 14 Rookery Lane, Apt 3B, Glen Oaks
Phone on file: 555-0133
Ship date: 2/28, signature required

Patient mentioned on the counseling call that his hands are peeling and red. Might want
the clinic to check before he starts the next cycle.

Thanks,
Darnell - Northgate Specialty Pharmacy, Oncology Team
""", D(2, 26, 16, 21), patient='Makarov')
# =====================================================================
# PHI - lists
# =====================================================================
add('phi', 'lists',
    'Infusion Charge RN <infusion-charge@larchmontcancer.org>',
    'Infusion RNs <infusion-rns@larchmontcancer.org>',
    'tomorrow pod A assignments (Wed 2/12)',
    """Pod A for tomorrow. Pharmacy has premix list. Pls check labs in AM before calling for mix.

Chair\tTime\tPatient\t\tRegimen\t\tNotes
1\t0800\tMoretti, Giulia\tFOLFOX C4\tpump d/c Fri, port
2\t0815\tBanerjee, Sunil\tpembro C9\tTSH due
3\t0830\tHalvorsen, Ingrid\tAC C2\t\tneeds Emend, PIV
4\t0900\tTran, Minh Duc\tgem/cis C1D8\tfirst D8, Viet interp 0900
5\t0930\tOkafor, Chidinma\tcarbo/taxol\tprev reaction - desens protocol
6\t1030\tPrzybylski, Jan\tzoledronic acid\tCr >1.3 -> call MD

RN assignments: Renata 1-3, Tomasz 4-6, float = Bea
""", D(2, 11, 15, 10), patient='Moretti; Banerjee; Halvorsen; Tran; Okafor; Przybylski')

add('phi', 'lists',
    'Dr. Anjali Sethuraman <asethuraman@stbrendans.org>',
    'Palliative Care Team <palliative-team@stbrendans.org>',
    'consult list Fri 2/14 - huddle',
    """Morning team - list for huddle at 8:15.

NEW
* Bishop, Lorraine  7E-04  - colon ca w/ malignant ascites, pain + nausea, onc asked for
  GOC. Daughter is HCP, lives in NJ.
* Mr. Fofanah (Ibrahim) 6N-18 - new AML, ICU step-down, family wants "everything", team
  struggling. Needs family mtg this wk. French interp.

FOLLOW-UPS
* Abernathy 6W-22 - family mtg yesterday went well, DNR/DNI, hospice eval today, goal
  home Monday.
* Quiñones, Aurelio 5S-09 - methadone titration day 3, QTc 452, repeat ECG today
* Ms. Oduya 7E-11 - delirium better on haldol 0.5 q6; stop standing dose if calm today

D/C'd: Pham Van Long -> home hospice (Harborlight) yesterday.

Anjali
""", D(2, 14, 7, 41), patient='Bishop; Fofanah; Abernathy; Quiñones; Oduya; Pham Van Long')

add('phi', 'lists',
    'Dr. Rajesh Kulkarni <rkulkarni@larchmontcancer.org>',
    'Heme/Onc Fellows <hemeonc-fellows@larchmontcancer.org>',
    'weekend sign-out 2/15-16',
    """Weekend sign-out, inpatient onc service (St. B 7 East). Call me w/ anything.

NAME                   RM    MRN        ISSUE                          TO DO
---------------------  ----  ---------  -----------------------------  ------------------------
Kaczmarek, Halina      701   00391755   neutropenic fever d10 R-CHOP   f/u BCx, ANC daily
Ogunleye, Folasade     703   00512048   hypercalcemia 13.8             recheck Ca/alb q12
Lambert-Dufresne, M.   708   00277316   SVC syndrome, s/p stent        xrt sim mon, keep HOB up
Hosseini, Dariush      712   00450993   TLS risk, C1 hyper-CVAD        lytes q8, rasburicase PRN
Blackwood, Vernon      715   00109624   comfort care                   DNR, family at bedside

Blackwood likely to pass this weekend - pls call family (wife Lillian) if changes, they want
to be there. Palliative following.

RK
""", D(2, 14, 17, 55), patient='Kaczmarek; Ogunleye; Lambert-Dufresne; Hosseini; Blackwood')

neut_csv = csv_text([
    ['call_date', 'call_time', 'patient_name', 'mrn', 'dob', 'regimen', 'day_post_chemo',
     'temp_f', 'last_anc', 'disposition', 'rn'],
    ['2025-02-03', '21:14', 'Fairbanks, Colleen', '00441207', '1963-05-12', 'TC', '8', '101.3', '0.6', 'ED - St Brendans', 'LP'],
    ['2025-02-05', '02:40', 'Mensah, Kojo', '00388120', '1971-09-30', 'FOLFIRINOX', '7', '100.9', '0.9', 'ED - Mercy North', 'LP'],
    ['2025-02-09', '19:05', 'Alvarado, Pilar', '00502311', '1958-12-01', 'AC', '10', '100.4', '1.1', 'recheck in 1h - resolved', 'DS'],
    ['2025-02-11', '18:40', 'Jensen, Harold', '00219884', '1949-03-22', 'docetaxel', '9', '101.5', '0.4', 'ED - St Brendans, admitted', 'LP'],
    ['2025-02-16', '23:58', 'Zhao, Wenjie', '00476502', '1980-07-14', 'R-CHOP', '11', '102.1', '0.2', 'ED - St Brendans, admitted', 'MK'],
])
add('phi', 'lists',
    'Lorna Pryce RN <lpryce@larchmontcancer.org>',
    'Quality - Oncology <onc-quality@larchmontcancer.org>',
    'Feb febrile neutropenia calls (for QI mtg)',
    """Attached is the after-hours FN call log for Feb to date for Thursday's QI meeting.
2 of 5 had no G-CSF this cycle (both insurance delays) - Jensen and Mensah.

Lorna
""", D(2, 18, 9, 33), patient='Fairbanks; Mensah; Alvarado; Jensen; Zhao',
    atts=[('FN_calls_Feb2025.csv', neut_csv, 'csv')])

xlsx = make_xlsx([
    ['Screen #', 'Patient', 'MRN', 'DOB', 'Protocol', 'Referring MD', 'Status', 'Reason / notes'],
    ['S-101', 'Beaulieu-Côté, Hélène', '00399018', '02/11/1957', 'VRD-2207', 'Amankwah', 'Screen fail', 'T bili 2.1x ULN'],
    ['S-102', 'Venkataraman, Lakshmi', '00415570', '06/29/1950', 'ORCA-3', 'Amankwah', 'Consented', 'biopsy sched 3/4'],
    ['S-103', 'Whitfield-Ortiz, Dana', 'outside', '03/15/1969', 'NALU-4', 'self-referral', 'Records requested', 'Bayview Onc'],
    ['S-104', 'Rutherford, Tobias', '00188245', '01/08/1947', 'NRG-GU0871', 'Hartigan', 'Registration issue', 'dup subject flag'],
    ['S-105', 'Mbeki-Harris, Thandiwe', '00520133', '10/19/1975', 'ORCA-3', 'Vance', 'Pre-screen', 'needs HER2 retest'],
])
add('phi', 'lists',
    'Simone Goldfarb <sgoldfarb@larchmontcancer.org>',
    'Dr. Kofi Amankwah <kamankwah@larchmontcancer.org>',
    'screening log for Monday research mtg',
    """Kofi - updated screening log attached, 5 active. Can you look at Mbeki-Harris before
Monday? I think she'd need a fresh HER2 on the recurrence biopsy.

S.
""", D(2, 28, 16, 2), patient='Beaulieu-Côté; Venkataraman; Whitfield-Ortiz; Rutherford; Mbeki-Harris',
    atts=[('screening_log_2025-02-28.xlsx', xlsx, 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

tb_csv = csv_text([
    ['Order', 'Patient', 'MRN', 'Age', 'Presenter', 'Question for board', 'Imaging', 'Path'],
    ['1', 'Raghunathan, Priya', '00455102', '44', 'Amankwah', 'Resect vs continue chemo +/- Y90', 'CT 2/10', 'Liver bx 2/16'],
    ['2', 'Dimitrov, Stoyan', '00321988', '71', 'Hartigan', 'Ampullary mass - Whipple candidate?', 'MRCP 2/12', 'EUS FNA pending'],
    ['3', 'Achterberg, Wilhelmina', '00290144', '66', 'Vance', 'Oligomet rectal ca - SBRT to lung nodule?', 'PET 2/7', 'prior'],
    ['4', 'Ezeji, Chukwuemeka', '00500877', '58', 'Kulkarni', 'Post-neoadj esophagus, ypT2N1 - adjuvant nivo?', 'CT 2/11', 'Esophagectomy 1/28'],
])
add('phi', 'lists',
    'GI Tumor Board <gi-tumorboard@larchmontcancer.org>',
    'GI Tumor Board Members <gi-tb-members@larchmontcancer.org>',
    'GI Tumor Board Thurs 2/20 - case list',
    """Case list for Thursday 7:00 am, Conf Rm 3B / Teams. Zip is password protected, pw
sent separately.

Please review imaging in PACS ahead of time.

Tumor Board Coordinator
Larchmont Cancer Institute
""", D(2, 18, 12, 0), patient='Raghunathan; Dimitrov; Achterberg; Ezeji',
    atts=[('GI_TB_2025-02-20.zip', make_zip([('GI_TB_2025-02-20.csv', tb_csv)]), 'application', 'zip')])

add('phi', 'lists',
    'Port Clinic <portclinic@larchmontcancer.org>',
    'Nurse Navigators <navigators@larchmontcancer.org>',
    'Port flushes overdue > 12 wks - please call your pts',
    """Navigators - these patients are off active tx and overdue for a port flush. Please reach
out and book them into Port Clinic (Tue/Thu pm).

| Patient                  | DOB        | Last flush | Navigator | Note                         |
|--------------------------|------------|------------|-----------|------------------------------|
| Adeyemi-Cole, Babatunde  | 1966-04-02 | 2024-12-30 | Mercy     | may want removal             |
| St. Pierre, Josette      | 1972-11-19 | 2024-11-14 | Keisha    | moved? phone disconnected    |
| O'Donoghue, Fintan       | 1955-08-08 | 2024-11-02 | Mercy     | in rehab after hip fx        |
| Nakamura-Ellis, June     | 1981-01-27 | 2024-10-21 | Keisha    |                              |

Thanks!
Port Clinic RNs
""", D(2, 20, 13, 45), patient="Adeyemi-Cole; St. Pierre; O'Donoghue; Nakamura-Ellis",
    html="""<html><body>
<p>Navigators - these patients are off active tx and overdue for a port flush. Please reach out and book them into Port Clinic (Tue/Thu pm).</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><th>Patient</th><th>DOB</th><th>Last flush</th><th>Navigator</th><th>Note</th></tr>
<tr><td>Adeyemi-Cole, Babatunde</td><td>1966-04-02</td><td>2024-12-30</td><td>Mercy</td><td>may want removal</td></tr>
<tr><td>St. Pierre, Josette</td><td>1972-11-19</td><td>2024-11-14</td><td>Keisha</td><td>moved? phone disconnected</td></tr>
<tr><td>O'Donoghue, Fintan</td><td>1955-08-08</td><td>2024-11-02</td><td>Mercy</td><td>in rehab after hip fx</td></tr>
<tr><td>Nakamura-Ellis, June</td><td>1981-01-27</td><td>2024-10-21</td><td>Keisha</td><td></td></tr>
</table>
<p>Thanks!<br>Port Clinic RNs</p>
</body></html>""")
# =====================================================================
# PHI - struct
# =====================================================================
add('phi', 'struct',
    'Bea Lafontaine <blafontaine@larchmontcancer.org>',
    'Interface Team <interface-support@larchmontcancer.org>',
    'CBC from infusion not filing to chart??',
    """Hi interface team, this CBC result from this morning never showed up in the patient's
chart, the RN had to call the lab for the ANC before we could give chemo. Our lab analyst
pulled the message for me, pasting below. Can you see why it errored?

MSH|^~\\&|SUNQUEST|LCI_LAB|EPIC|LCI|20250225091244||ORU^R01|LAB250225091244771|P|2.5.1
PID|1||00512048^^^LCI^MR||OGUNLEYE^FOLASADE^A||19690411|F|||88 Wendover Rd^^Fairlawn Heights^NY^11590||(516)555-0112
PV1|1|O|INF^CHR12^^LCI||||4471^VANCE^ELEANOR^^^MD
ORC|RE|ORD998231|HEM-25-118790
OBR|1|ORD998231|HEM-25-118790|CBCD^CBC W DIFF^L|||202502250842|||||||202502250850||4471^VANCE^ELEANOR
OBX|1|NM|WBC^WBC^L||2.1|K/uL|4.0-11.0|L|||F
OBX|2|NM|HGB^Hemoglobin^L||9.8|g/dL|12.0-16.0|L|||F
OBX|3|NM|PLT^Platelets^L||102|K/uL|150-400|L|||F
OBX|4|NM|ANC^Abs Neutrophils^L||1.1|K/uL|1.8-7.7|L|||F

ticket would be great, thx
Bea
""", D(2, 25, 10, 2), patient='Ogunleye')

adt = ("MSH|^~\\&|ADT|STBRENDANS|PALLCARE|SBH|20250222031512||ADT^A01^ADT_A01|SBH8812440|P|2.5\r"
       "EVN|A01|20250222031500\r"
       "PID|1||SB4478120^^^SBH^MR~00466321^^^LCI^MR||FERREIRA-LIND^INES^M||19630718|F|||"
       "41 Quarry Hill Rd^^Glen Oaks^NY^11004||(718)555-0175|||M||AC7700129934\r"
       "NK1|1|FERREIRA^MARTA|SIS|(718)555-0176\r"
       "PV1|1|I|7E^712^12^SBH||||2231^CASTELLANOS^RAUL^^^MD|||MED||||7|||2231^CASTELLANOS^RAUL|IN||||||||||||||||||||||||20250222030000\r"
       "DG1|1|I10|K56.609^Unspecified intestinal obstruction^I10|||A\r"
       "DG1|2|I10|C56.1^Malignant neoplasm of right ovary^I10|||A\r")
add('phi', 'struct',
    'Carlos Mendonca <cmendonca@stbrendans.org>',
    'Palliative Care Team <palliative-team@stbrendans.org>',
    'RE: consult auto-notification not firing',
    """Team - looked into why you didn't get the auto-page for the new admit on 7E Saturday.
The A01 came through fine (attached, raw) but the palliative rule keys off the admitting
service = ONC and this one came in under MED. I've asked Epic to add MED + oncology DG1
codes. Let me know if you see more misses.

Carlos Mendonca
Integration Analyst, IS&T - St. Brendan's
x6620
""", D(2, 24, 11, 48), patient='Ferreira-Lind',
    atts=[('SBH8812440_A01.hl7', adt, 'plain')])

x837 = ("ISA*00*          *00*          *ZZ*LCI1182        *ZZ*BLUMER01       *250218*1422*^*00501*000004471*0*P*:~\n"
        "GS*HC*LCI1182*BLUMER01*20250218*1422*4471*X*005010X222A1~\n"
        "ST*837*0001*005010X222A1~\n"
        "BHT*0019*00*LCI250218A*20250218*1422*CH~\n"
        "NM1*85*2*LARCHMONT CANCER INSTITUTE*****XX*1588230019~\n"
        "HL*1**20*1~\n"
        "HL*2*1*22*0~\n"
        "SBR*P*18*0078213******CI~\n"
        "NM1*IL*1*WHITLOCK*THADDEUS****MI*XQH884120331~\n"
        "N3*906 CALDWELL AVE~\n"
        "N4*GLEN OAKS*NY*11004~\n"
        "DMG*D8*19581106*M~\n"
        "CLM*LCI77120498*6412.50***11:B:1*Y*A*Y*Y~\n"
        "HI*ABK:C3411*ABF:Z5112~\n"
        "LX*1~\n"
        "SV1*HC:J9271*6180.00*UN*200***1~\n"
        "DTP*472*D8*20250303~\n"
        "LX*2~\n"
        "SV1*HC:96413*232.50*UN*1***1~\n"
        "SE*20*0001~\n")
add('phi', 'struct',
    'Dwayne Costa <dcosta@larchmontcancer.org>',
    'EDI Support <edi-support@claimbridge.net>',
    'rejected 837P - loop 2010BA?',
    """Hi ClaimBridge,

Batch 000004471 came back with a 999 reject on the first claim, "2010BA N3 invalid". I
don't see what's wrong with the address. Claim is pasted below (only claim in the file).

""" + x837 + """
Thanks,
Dwayne Costa
Revenue Cycle - Charge Integrity
Larchmont Cancer Institute  555-0158
""", D(2, 18, 15, 3), patient='Whitlock')

x271 = """ISA*00*          *00*          *ZZ*BLUMER01       *ZZ*LCI1182        *250226*0807*^*00501*000022190*0*P*:~
GS*HB*BLUMER01*LCI1182*20250226*0807*22190*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG8823310*20250226*0807~
HL*1**20*1~
NM1*PR*2*BLUE MERIDIAN HEALTH*****PI*BLUMER01~
HL*2*1*21*1~
NM1*1P*2*LARCHMONT CANCER INSTITUTE*****XX*1588230019~
HL*3*2*22*0~
TRN*2*LCI-ELG-55190*1588230019~
NM1*IL*1*OYELOWO*ADAORA*N***MI*XQH330981276~
N3*55 HUDSON TERRACE~
N4*FAIRLAWN HEIGHTS*NY*11590~
DMG*D8*19770523*F~
EB*1*IND*30**GOLD PPO 1500~
EB*C*IND*30***23*1500*****Y~
EB*G*IND*30***23*4200*****Y~
EB*B*IND*82***27*75*****Y~
MSG*SPECIALTY DRUGS REQUIRE PRIOR AUTHORIZATION~
SE*19*0001~"""
add('phi', 'struct',
    'Maribel Fuentes <mfuentes@larchmontcancer.org>',
    'Financial Counseling <fincounsel@larchmontcancer.org>',
    'FW: elig response for new pt Oyelowo - OOP max?',
    """Ngozi - new breast pt starting TCHP 3/10, here's the raw 271. Reads like $1500 ded,
$4200 OOP max, $75 specialist copay. Can you do the estimate for her before her chemo
teach on Thursday? She asked specifically about cost, she's self-employed.

""" + x271 + """

Maribel
""", D(2, 26, 8, 20), patient='Oyelowo')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lci-00415570",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "value": "00415570"}],
        "name": [{"family": "Venkataraman", "given": ["Lakshmi"]}],
        "gender": "female",
        "birthDate": "1950-06-29",
        "telecom": [{"system": "phone", "value": "555-0191", "use": "home"}],
        "address": [{"line": ["3 Larkspur Way"], "city": "Glen Oaks", "state": "NY", "postalCode": "11004"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-77821",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "capecitabine 500 mg oral tablet"},
        "subject": {"reference": "Patient/lci-00415570"},
        "authoredOn": "2025-02-24",
        "dosageInstruction": [{"text": "1000 mg/m2 BID days 1-14 every 21 days (2000 mg BID)"}]
      }
    }
  ]
}"""
add('phi', 'struct',
    'Arjun Mehta <amehta@veridianclinical.com>',
    'Interface Team <interface-support@larchmontcancer.org>',
    'ORCA-3 EHR-to-EDC feed: sample payload shows PHI',
    """Hi team,

The FHIR export for the ORCA-3 eSource pilot is sending identified data - this is what
landed in our staging bucket this morning for your site's first consented subject. We
should only be getting the study ID and year of birth. Can we pause the feed until the
de-identification mapping is fixed? I've deleted it from staging.

%s

Arjun Mehta
Data Integration Lead, Veridian Clinical Research Partners
""" % fhir, D(2, 27, 9, 51), patient='Venkataraman', cte='quoted-printable')

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document - Transition to Hospice</title>
  <effectiveTime value="20250214103000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="SB4402771" root="2.16.840.1.113883.3.9921.2"/>
      <addr><streetAddressLine>7 Birchwood Dr</streetAddressLine><city>Fairlawn Heights</city><state>NY</state><postalCode>11590</postalCode></addr>
      <telecom value="tel:+1-516-555-0129" use="HP"/>
      <patient>
        <name><given>Long</given><family>Pham</family><given>Van</given></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19440302"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text>Metastatic hepatocellular carcinoma; cirrhosis (HBV); malignant ascites</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>Morphine ER 15 mg PO q12h; morphine IR 5 mg q2h PRN; lactulose 20 g BID; spironolactone 100 mg daily</text>
    </section></component>
    <component><section>
      <title>Advance Directives</title>
      <text>MOLST 2/12/2025: DNR, DNI, comfort-focused treatment. HCP: Pham Thi Mai (daughter)</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct',
    'Rasha Haddad <rhaddad@stbrendans.org>',
    'Intake <intake@harborlighthospice.org>',
    'CCD for Mr. Pham - discharged to you today',
    """Attached is the CCD from our system for the patient who went home with you today.
Their HIE connection still isn't live so sending this way per your intake nurse.

Rasha
""", D(2, 14, 13, 22), patient='Pham',
    atts=[('CCD_SB4402771.xml', ccd, 'xml')])

x835 = """ISA*00*          *00*          *ZZ*MEDICAREPARTB  *ZZ*LCI1182        *250221*0602*^*00501*000088123*0*P*:~
GS*HP*MEDICAREPARTB*LCI1182*20250221*0602*88123*X*005010X221A1~
ST*835*0001~
BPR*I*14890.22*C*ACH*CCP*01*021000021*DA*4471882*1588230019**01*021000089*DA*9981124*20250221~
TRN*1*0099881231*1588230019~
N1*PR*NATIONAL GOVT SERVICES~
N1*PE*LARCHMONT CANCER INSTITUTE*XX*1588230019~
LX*1~
CLP*LCI77098812*1*8122.00*5012.37*1253.09*MB*2250190773311*11*1~
NM1*QC*1*HOLLOWAY*MARGARETHE****MI*5KT9WQ22XM81~
DTM*232*20250129~
SVC*HC:J9305*7650.00*4718.20**500~
CAS*CO*45*2931.80~
SVC*HC:96413*472.00*294.17**1~
CAS*CO*45*177.83~
CLP*LCI77098840*4*2210.00*0*0*MB*2250190773312*11*1~
NM1*QC*1*ABERNATHY*CLARENCE*J***MI*3RN4AA71PK20~
CAS*CO*50*2210.00~
SE*18*0001~"""
add('phi', 'struct',
    'Dwayne Costa <dcosta@larchmontcancer.org>',
    'Denials Team <denials@larchmontcancer.org>',
    '835 2/21 - CO-50 on Abernathy, Holloway paid',
    """Pulled from the 2/21 Medicare remit. The Alimta for Holloway paid (contractual adj only)
but Abernathy's whole claim denied CO-50 (not medically necessary). That was his last
outpatient infusion before he was admitted - Dr. Hartigan's note should support it. Can
someone take the appeal?

""" + x835 + """

-Dwayne
""", D(2, 21, 9, 15), patient='Holloway; Abernathy', cte='base64')
# =====================================================================
# PHI - lang
# =====================================================================
add('phi', 'lang',
    'Yesenia Salcedo <yesenia.salcedo84@gmail.com>',
    'Keisha Arbuthnot <karbuthnot@larchmontcancer.org>',
    'mi mamá - vómitos después de la quimio',
    """Hola Keisha, buenas tardes.

Le escribo por mi mamá, Graciela Salcedo Duarte (fecha de nacimiento 14/02/1959). Desde
la quimioterapia del martes no ha podido comer nada, vomita todo, hasta el agua, y hoy
casi no orina. La pastilla de ondansetrón no le sirve. ¿La puede ver el doctor mañana o
la llevamos a emergencias? También tiene la boca llena de llagas.

Mi número es 555-0147. Muchas gracias por todo,

Yesenia (hija)
""", D(2, 20, 16, 31), patient='Salcedo Duarte')

add('phi', 'lang',
    'Joao Batista Ferraz <jbferraz@uol.com.br>',
    'Port Clinic <portclinic@larchmontcancer.org>',
    'Cateter (port) inchado e vermelho',
    """Boa noite,

Meu nome é João Batista Ferraz, sou paciente do Dr. Hartigan. O local do meu cateter
(port) no peito está inchado, vermelho e dolorido desde ontem, e hoje à tarde tive
febre de 38,2. A última quimio (FOLFIRI) foi na segunda-feira, dia 17.

Devo ir ao pronto-socorro ou posso esperar a consulta de quinta? Meu telefone: (973)
555-0161.

Obrigado,
João
""", D(2, 19, 21, 5), patient='Ferraz', cte='quoted-printable')

add('phi', 'lang',
    'Tran Quoc Bao <baotran.qb@gmail.com>',
    'Palliative Care Clinic <palliative.clinic@stbrendans.org>',
    'Về cha tôi - ông Trần Văn Lộc',
    """Kính gửi bác sĩ Sethuraman,

Tôi là Trần Quốc Bảo, con trai của ông Trần Văn Lộc (sinh năm 1941). Cha tôi về nhà
từ bệnh viện tuần trước. Mấy ngày nay ông đau bụng nhiều hơn, ăn rất ít và ngủ suốt
ngày. Thuốc morphine nước uống mỗi 4 tiếng không đủ đỡ đau.

Gia đình muốn hỏi về dịch vụ hospice tại nhà. Mẹ tôi không nói được tiếng Anh, xin
cho người thông dịch tiếng Việt khi gọi điện. Số điện thoại: 555-0122.

Cám ơn bác sĩ,
Bảo
""", D(2, 23, 18, 44), patient='Trần Văn Lộc')

add('phi', 'lang',
    'Marie-Claude Joseph <mcjoseph77@yahoo.com>',
    'Larchmont Nurse Line <nurseline@larchmontcancer.org>',
    'Mwen gen lafyèv',
    """Bonjou,

Se Marie-Claude Joseph, mwen se pasyan Dr. Vance. Mwen te fè chimyo jedi pase a
(dat 13 fevriye). Depi yè swa mwen gen lafyèv 38.9, frison, epi mwen santi m fèb anpil.
Enfimyè a te di m pou m rele si m gen lafyèv men nimewo a pa reponn.

Mwen dwe ale nan ijans? Telefòn mwen: 555-0135.

Mèsi
Marie-Claude
""", D(2, 22, 7, 12), patient='Joseph')

add('phi', 'lang',
    'Людмила Орлова <l.orlova1958@mail.ru>',
    'Rasha Haddad <rhaddad@stbrendans.org>',
    'Re: семейная встреча по поводу мужа',
    """Здравствуйте, Раша,

Спасибо за звонок. Мы с сыном придём на встречу в четверг в 14:00 по поводу моего мужа,
Орлова Виктора Павловича (палата 612). Нам нужен переводчик с русским языком.

Мы обсудили дома: Виктор раньше говорил, что не хочет реанимации и аппарата ИВЛ, если
рак будет прогрессировать. Доверенность на медицинские решения оформлена на меня.
Хотим поговорить про хоспис дома.

С уважением,
Людмила Орлова
""", D(2, 25, 19, 3), patient='Орлов')

add('phi', 'lang',
    'Maricel Dimaculangan RN <mdimaculangan@larchmontcancer.org>',
    'Jovelyn Bautista RN <jbautista@larchmontcancer.org>',
    'si Lola Remedios bukas',
    """Jove, pa-endorse lang para bukas kasi off ako.

Si Mrs. Remedios Villanueva-Santos (chair 8, 9am) - nag-reaction siya last cycle sa
oxaliplatin, yung pangangati at pamumula ng mukha. Si Dr. Hartigan nag-order ng
premeds: dexa 20 IV + famotidine + diphenhydramine 30 min bago. Pakibagalan din yung
rate, 4 hrs instead of 2. Yung anak niya (Rowena) ang kasama, Tagalog lang si Lola,
hindi masyadong nakakaintindi ng English.

Salamat ha! Ingat bukas.
Maricel
""", D(2, 26, 17, 20), patient='Villanueva-Santos')

add('phi', 'lang',
    'Samir Mansour <samir.mansour.nj@gmail.com>',
    'Interpreter Services <interpreters@stbrendans.org>',
    'موعد والدي - العلاج الكيميائي',
    """السلام عليكم،

أكتب بخصوص والدي السيد جميل منصور، تاريخ الميلاد ١٢/٠٥/١٩٥٤، مريض عند الدكتور أمانكوا في
مركز لارشمونت للسرطان. موعد العلاج الكيميائي القادم يوم الاثنين ٣ مارس الساعة ٩ صباحاً.
والدي لا يتكلم الإنجليزية ونحتاج مترجماً عربياً أثناء الجلسة، خصوصاً لأن الطبيب سيتحدث
عن نتائج الأشعة المقطعية الأخيرة وعن تغيير العلاج.

رقم هاتفي: 555-0189

شكراً جزيلاً،
سمير منصور
""", D(2, 27, 10, 40), patient='جميل منصور', cte='base64')
# =====================================================================
# CLEAN - admin
# =====================================================================
add('clean', 'admin',
    'IS&T Service Desk <servicedesk@larchmontcancer.org>',
    'Infusion Center Staff <infusion-all@larchmontcancer.org>',
    'PLANNED DOWNTIME: Beacon / Willow Ambulatory - Sun 3/2 01:00-05:00 (CHG0031877)',
    """Change: CHG0031877
Systems affected: Epic Beacon (oncology treatment plans), Willow Ambulatory, MAR
Window: Sunday March 2, 2025, 01:00 - 05:00

What to expect:
 - Read-only mode from 01:00. No new treatment plans, no signing of orders.
 - Downtime BCA reports will print at 00:45 on the Infusion Center BCA PC (Pod A desk).
 - Use paper chemo order sets (form LCI-ONC-14) if any emergency infusions occur.

Questions: Brent Halvorsen (IS&T Clinical Apps), 555-0177, or the service desk x4357.
Incident tickets opened during the window will be tagged INC-DT-0302.

IS&T Service Desk
Larchmont Cancer Institute
""", D(2, 24, 17, 0))

add('clean', 'admin',
    'Oksana Hrytsenko <ohrytsenko@larchmontcancer.org>',
    'Oncology Pharmacy <onc-pharmacy@larchmontcancer.org>',
    'March weekend coverage - 2 holes',
    """Hi all,

March weekend schedule is posted on the shared drive (Pharmacy > Schedules > 2025-03).
Still two gaps:

  Sat 3/15   day   (IV room / hazardous compounding)  - need 1 PharmD
  Sun 3/23   eve   (verification, remote ok)          - need 1 PharmD

Priyanka and Dev already swapped 3/8 <-> 3/29, that's reflected. If you pick one up, reply
to me, don't just edit the sheet please :) Comp day or OT per usual.

Also reminder that USP 800 competency (gloved fingertip + media fill) is due by 3/31 for
everyone who compounds.

Thanks,
Oksana Hrytsenko, PharmD, BCOP
Oncology Pharmacy Manager
""", D(2, 20, 12, 18))

add('clean', 'admin',
    'Facilities Work Orders <facilities@larchmontcancer.org>',
    'Infusion Charge RN <infusion-charge@larchmontcancer.org>',
    'WO-33812 closed: Pod C temp / HVAC',
    """Work Order: WO-33812
Location: Level 1, Infusion Pod C (chairs 17-24)
Problem reported: "patients freezing - room at 64F, blankets running out" (reported by
T. Brill, 2/10)
Resolution: VAV box damper actuator replaced, setpoint restored to 72F. Balanced with
adjacent Pod B. Blanket warmer #2 also serviced (thermostat fault).
Technician: Luis Ortega, HVAC II
Closed: 02/12/2025 15:40

If the issue recurs, reply to this email or call 555-0190 and reference the WO number.
""", D(2, 12, 15, 44))

add('clean', 'admin',
    'Accounts Payable <ap@larchmontcancer.org>',
    'Heather Lindgren <hlindgren@larchmontcancer.org>',
    'Invoice INV-558210 - infusion recliners - PO mismatch',
    """Hi Heather,

We received invoice INV-558210 from ComfortLine Medical Seating ($48,212.00, 12 x
Model CL-900 infusion recliners + freight). PO 4500198823 was approved for 10 units.
Can you confirm whether the PO needs a change order for the extra 2, or whether we
short-pay and have the vendor credit?

Vendor contact: Gregory Mbatha, 800-555-0142, account #LCI-20931.

Thanks,
Sunita Rao
Accounts Payable Specialist
""", D(2, 18, 10, 30))

add('clean', 'admin',
    'Human Resources <hr@stbrendans.org>',
    'All Palliative & Supportive Care Staff <palliative-all@stbrendans.org>',
    'Reminder: annual competencies & license verification due 3/31',
    """Hello Palliative & Supportive Care team,

This is a reminder that the following are due by March 31:

  - Annual HealthStream modules (HIPAA Privacy, Fire Safety, Workplace Violence)
  - RN / LICSW / chaplain license verification upload
  - ELNEC certificate (new hires within 6 months only)

Employees with incomplete items on 4/1 will be removed from the schedule until
complete, per policy HR-220. Please contact Tamika Greene (HR Business Partner,
555-0168) with questions.

Thank you,
Human Resources, St. Brendan's Health System
""", D(2, 17, 9, 0))

add('clean', 'admin',
    'Security & Parking <parking@larchmontcancer.org>',
    'Dr. Rajesh Kulkarni <rkulkarni@larchmontcancer.org>',
    'RE: badge #40917 not opening Garage B',
    """Dr. Kulkarni,

Your badge (#40917) was reprogrammed to the physician garage access group this morning.
Please try again and let us know. The temporary hang tag (T-2281) can be dropped at the
Security desk, Level 1 lobby, when you're done with it.

Thanks,
Marcus Webb
Security Operations, ext 2200

-----Original Message-----
From: Kulkarni, Rajesh
Sent: Monday, February 17, 2025 7:52 AM
To: Security & Parking
Subject: badge #40917 not opening Garage B

Badge stopped working for garage B after my name change in the system (added my
middle initial). Been using a temp tag. Can someone fix?
""", D(2, 17, 10, 12))

add('clean', 'admin',
    'Tumor Board Coordinator <gi-tumorboard@larchmontcancer.org>',
    'AV Services <av@larchmontcancer.org>',
    'Room 3B AV for Thursday tumor boards - standing request',
    """Hi AV,

Starting March 6 the GI Tumor Board moves to Conference Room 3B, every Thursday 7:00-8:00
am. We'll need:

 - PACS viewing workstation on the podium + 2nd display for the pathology scope camera
 - Teams room system (ceiling mic) - about 15 remote attendees
 - Setup by 6:45 please; Dr. Amankwah usually arrives early to load slides

Cost center 71044 (Medical Oncology Admin). Contact me at 555-0145.

Thank you!
Lydia Marchetti
Tumor Board Coordinator, Larchmont Cancer Institute
""", D(2, 25, 14, 20))
# =====================================================================
# CLEAN - lookalike
# =====================================================================
add('clean', 'lookalike',
    'Riverbend Animal Hospital <oncology@riverbendvet.com>',
    'Colleen Maguire <cmaguire.home@gmail.com>',
    "Biscuit's chemo plan - CHOP protocol week 3",
    """Hi Colleen,

Thanks for bringing Biscuit in today. His bloodwork looked good (neutrophils 3.8, platelets
normal), so he got his vincristine as planned. Weight 31.2 kg, down a little from 31.9.

Plan for the next few weeks (Madison-Wisconsin CHOP protocol):
  Week 4 - cyclophosphamide (oral, at home, give with food, wear gloves)
  Week 5 - doxorubicin (IV, here, ~2 hrs, he'll need to stay the morning)
  Week 6 - CBC recheck

Watch for vomiting, diarrhea or not eating for more than a day, and call us if he seems
lethargic or has a fever (over 103F for dogs). Lymph nodes under his jaw are already
much smaller!

Patient ID: RB-44871 (Biscuit, 7 yo M/N Golden Retriever)

Dr. Hannah Oyelowo, DVM, DACVIM (Oncology)
Riverbend Animal Hospital | 555-0110
""", D(2, 19, 17, 45))

add('clean', 'lookalike',
    'Ironworks Fitness <billing@ironworksfitness.com>',
    'tony.brill77@gmail.com',
    'Member #88231 - membership freeze confirmed',
    """Hi Tony,

Your membership (Member #88231, Fairlawn Heights club) is frozen from 03/01/2025 to
05/31/2025 for medical reasons as requested. No monthly dues will be charged during the
freeze; a $5/mo hold fee applies. Your InBody body-composition scan credits (2 left) and
personal training sessions will carry over.

We hope your recovery goes smoothly - see you back in June!

Ironworks Fitness Member Services
555-0114 | Mon-Fri 8-6
""", D(2, 26, 9, 30))

add('clean', 'lookalike',
    'Harbor Federal Credit Union <alerts@harborfcu.org>',
    'd.costa.home@gmail.com',
    'Account alert: member #0044718820 - large transaction',
    """Dear Member,

A debit of $2,450.00 was posted to your checking account ending 8820 (member #0044718820)
on 02/22/2025 at LAKESIDE HOME AND GARDEN #112.

If you recognize this transaction, no action is needed. If not, call our Fraud Line at
1-800-555-0177, 24/7.

Harbor Federal Credit Union - Your Health Savings Account (HSA) and Flexible Spending
options are now open for 2025 enrollment. Visit any branch.

Federally insured by NCUA.
""", D(2, 22, 14, 5))

add('clean', 'lookalike',
    'Northstar Airways <noreply@northstarair.com>',
    'anjali.s.home@gmail.com',
    'Your trip confirmation - Record locator QX7TNM',
    """Booking confirmed!

Passenger: SETHURAMAN/ANJALI MS
Record locator: QX7TNM
Ticket: 0162389917742
NorthPoints member: NP 552 190 038

  Thu 10 Apr  NS 1184  JFK 07:05 -> DEN 09:41   Seat 14C
  Sun 13 Apr  NS 1197  DEN 17:20 -> JFK 23:05   Seat 12D

Traveling with medical equipment, oxygen or need wheelchair assistance? Add special
service requests under Manage Trip at least 48 hours before departure.

Have a great trip to the Annual Assembly of Hospice and Palliative Medicine!
""", D(2, 28, 20, 11))

add('clean', 'lookalike',
    'Keystone Mutual Auto Claims <claims@keystonemutual.com>',
    'Miles Hartigan <miles.hartigan@gmail.com>',
    'Claim 7031-22-4419: appraisal scheduled',
    """Claim number: 7031-22-4419
Policy: KMA-88120045
Insured vehicle: 2021 Subaru Outback
Date of loss: 02/15/2025 (parking lot, hospital garage B - not at fault)

Hi Dr. Hartigan,

An appraiser (Dwight Forsberg, 555-0121) will inspect the rear bumper damage on Monday
2/24 between 12-2 pm at your workplace address. No injuries were reported on the claim,
so no medical payments coverage will be opened.

Your deductible is $500. Rental reimbursement is available up to $40/day.

Keystone Mutual - Claims Department
""", D(2, 20, 11, 50))

add('clean', 'lookalike',
    'Greenleaf Tree Care <office@greenleaftreecare.com>',
    'Lydia Marchetti <lydia.marchetti@verizon.net>',
    'Assessment: silver maple - diagnosis & treatment plan',
    """Hi Lydia,

Following our arborist's visit, here's the assessment for the silver maple in the back
yard (Job #GT-2025-0311):

Diagnosis: Heart rot (Ganoderma) at the root flare, ~35% decay on resistograph reading,
plus a co-dominant stem with included bark. Crown shows dieback on the north side.

Treatment options:
  1. Crown reduction 20% + cabling (keeps tree ~3-5 more years, re-inspect yearly) - $1,850
  2. Removal + stump grinding - $3,400

Honestly, with the decay at the base and it leaning toward the house we recommend
option 2. Prognosis for the tree is poor.

Certified Arborist: Pieter DeGroot, ISA #NY-3318A
Greenleaf Tree Care | 555-0153
""", D(2, 21, 16, 0))

add('clean', 'lookalike',
    'GitLab <gitlab@git.larchmontcancer.org>',
    'Carlos Mendonca <cmendonca@stbrendans.org>',
    'Re: [hl7-router] MR !482: kill orphaned patient-retry workers on OOM',
    """Brent Halvorsen commented on merge request !482:

> The "patient" worker name is confusing everyone in the on-call channel. It has nothing
> to do with patients - it's the backoff consumer that's *patient* (waits up to 30 min
> before dead-lettering). Can we rename to `slow_retry_worker` in this MR too?

Reply from Carlos Mendonca:

agreed, renamed. also added the admission-control check so we stop spawning new children
when the parent is under memory pressure. test run: pipeline #77120 green, 412 tests.
The ADT/ORU fixtures are all the synthetic ones from /test/fixtures, no prod messages.

--
View it on GitLab: https://git.larchmontcancer.org/integration/hl7-router/-/merge_requests/482
You're receiving this email because you are a reviewer.
""", D(2, 27, 15, 33))
# =====================================================================
# CLEAN - news
# =====================================================================
add('clean', 'news',
    'LCI Communications <news@larchmontcancer.org>',
    'All LCI Staff <all-staff@larchmontcancer.org>',
    'The Larchmont Ledger - February 2025',
    """THE LARCHMONT LEDGER | February 2025

NEW INFUSION WING OPENS APRIL 7
The Level 2 expansion adds 18 private infusion bays, a dedicated cold-cap area for scalp
cooling and a second hazardous-drug cleanroom. Tours for staff Mar 24-28, sign up on the
intranet.

STAFF SPOTLIGHT: KEISHA ARBUTHNOT, RN, OCN
Keisha has been a thoracic nurse navigator for 6 years and this month received the
Daisy Award. "Navigation is about making sure nobody falls through the cracks between the
CT scanner and the chemo chair," she says.

BY THE NUMBERS (2024)
  41,200 infusion visits | 612 patients enrolled on clinical trials | 148 tumor boards held

PALLIATIVE CARE PARTNERSHIP
Our embedded palliative clinic with St. Brendan's now runs Tue and Fri afternoons on
Level 3. Referrals via the usual ambulatory order.

Have a story idea? Email news@larchmontcancer.org
""", D(2, 28, 8, 0),
    html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#1d3c6e">The Larchmont Ledger</h1><p><i>February 2025</i></p>
<h2>New infusion wing opens April 7</h2>
<p>The Level 2 expansion adds 18 private infusion bays, a dedicated cold-cap area for scalp cooling and a second hazardous-drug cleanroom. Tours for staff Mar 24-28, sign up on the intranet.</p>
<h2>Staff spotlight: Keisha Arbuthnot, RN, OCN</h2>
<p>Keisha has been a thoracic nurse navigator for 6 years and this month received the Daisy Award. &ldquo;Navigation is about making sure nobody falls through the cracks between the CT scanner and the chemo chair,&rdquo; she says.</p>
<h2>By the numbers (2024)</h2>
<ul><li>41,200 infusion visits</li><li>612 patients enrolled on clinical trials</li><li>148 tumor boards held</li></ul>
<h2>Palliative care partnership</h2>
<p>Our embedded palliative clinic with St. Brendan's now runs Tue and Fri afternoons on Level 3. Referrals via the usual ambulatory order.</p>
</body></html>""")

add('clean', 'news',
    'Drug Safety Alerts <alerts@rxsafetywire.org>',
    'Oncology Pharmacy <onc-pharmacy@larchmontcancer.org>',
    'RECALL (Class II): Cisplatin Injection 1 mg/mL, 100 mL vials - Halvern Pharmaceuticals',
    """RxSafetyWire - Recall Notice  | Issued 02/24/2025

Product: Cisplatin Injection, USP 1 mg/mL, 100 mL multiple-dose vial
NDC: 71288-0412-10
Lots: CS24117A, CS24117B, CS24203C   Exp 09/2026
Manufacturer: Halvern Pharmaceuticals Inc.
Reason: Visible particulate matter (glass lamellae) identified during stability testing.
Classification: Class II

Action: Quarantine affected lots and return via Inmar (reference RCL-HV-2025-07). No
adverse events have been reported to date. Patients who have received product from the
affected lots do not require additional monitoring per the manufacturer.

Questions: Halvern Medical Information 1-888-555-0139.
""", D(2, 24, 13, 0), cte='base64')

add('clean', 'news',
    'State Cancer Registry <registry-news@health.state-ny.example.gov>',
    'registry-subscribers@lists.state-ny.example.gov',
    'Cancer Registry Bulletin: 2022 incidence data released',
    """STATE CANCER REGISTRY BULLETIN | Vol. 18, No. 2

2022 incidence and mortality data are now available on the Cancer Data Portal.

Highlights:
  - 118,440 new invasive cancers diagnosed statewide (age-adjusted rate 471.2 per 100,000)
  - Lung cancer incidence continued to decline in men (-2.1%/yr since 2013) and has
    plateaued in women
  - Colorectal cancer in adults under 50 rose to 13.1 per 100,000 (from 10.8 in 2012)
  - Counties with fewer than 16 cases are suppressed to protect confidentiality

Reminder to reporting facilities: 2024 abstracts are due June 30, 2025 via the
reporting portal. NAACCR v25 layout is required.

Webinar: "What's new in the 2025 reporting manual" - March 19, 1:00 pm.
""", D(2, 21, 10, 0))

add('clean', 'news',
    'ASHP-Style Shortage Digest <digest@drugshortagewatch.org>',
    'Priyanka Dhoot <pdhoot@larchmontcancer.org>',
    'Weekly Oncology Shortage Digest - carboplatin, fluorouracil, methotrexate',
    """WEEKLY ONCOLOGY SHORTAGE DIGEST - week of Feb 17, 2025

CARBOPLATIN INJECTION - ongoing (3 of 5 manufacturers on allocation)
  Suggested conservation: round doses to nearest vial size where within 5-10%, use
  multi-dose vials for batching, prioritize curative-intent regimens.

FLUOROURACIL 5 g/100 mL - resolved for 2 manufacturers, 1 on backorder to April.

METHOTREXATE 1 g vials (preservative-free) - intermittent; high-dose MTX programs should
  confirm 2 weeks of inventory before scheduling.

Reminder: shortage-related substitutions should be reviewed by your P&T committee.
Unsubscribe | Manage preferences
""", D(2, 17, 6, 0))

add('clean', 'news',
    'Regional Hospice & Palliative Care Coalition <events@rhpcc.org>',
    'palliative-team@stbrendans.org',
    'Save the date: Serious Illness Conversation workshop, April 25',
    """Regional Hospice & Palliative Care Coalition

SERIOUS ILLNESS CONVERSATIONS: A SKILLS WORKSHOP
Friday, April 25, 2025 | 8:30 am - 4:00 pm | Harbor Conference Center

For physicians, APPs, nurses, social workers and chaplains. Includes:
  * Leading family meetings when the family disagrees
  * Talking about prognosis with patients who "want everything done"
  * Completing MOLST / POLST forms well
  * Cultural humility in end-of-life care (panel)

Faculty include Dr. Anjali Sethuraman (St. Brendan's) and Rev. Thomas Acheampong,
BCC. 6.5 CME/CEU credits. Early-bird $95 until March 15.

Register: rhpcc.org/events
""", D(2, 14, 11, 0))

add('clean', 'news',
    'LCI Clinical Trials Office <trials@larchmontcancer.org>',
    'Referring Providers <referring-md@lists.larchmontcancer.org>',
    'Now enrolling: 4 new trials at Larchmont (March 2025)',
    """Larchmont Cancer Institute - Clinical Trials Update, March 2025

NEWLY OPEN
 - NALU-4 (NCT06611840): second-line metastatic pancreatic adenocarcinoma after gem-based
   therapy. ECOG 0-1, measurable disease, bili <= 1.5 x ULN.
 - ORCA-3 (NCT06522917): HER2-low metastatic breast cancer, ADC vs physician's choice.
   Fresh biopsy required.
 - VRD-2207: phase 1 dose expansion, biliary tract cancers with FGFR2 fusions.
 - NRG-GU0871: high-risk localized prostate cancer, ADT +/- novel AR inhibitor.

To refer a patient, call the Trials Office at 555-0160 or use the "Clinical Trial
Screening" referral order. Please do not email patient records to this list.
""", D(3, 3, 7, 30))
# =====================================================================
# CLEAN - staff
# =====================================================================
add('clean', 'staff',
    'Dana Okonkwo-Reyes <dokonkwo@larchmontcancer.org>',
    'Dr. Kofi Amankwah <kamankwah@larchmontcancer.org>',
    'quick q - hold parameters for FOLFIRINOX',
    """Kofi - general question, not about anyone specific. Our standing treatment parameters
say hold for ANC < 1.5 on FOLFIRINOX but a couple of the newer fellows have been writing
"treat if ANC >= 1.0" in their plans. Which do you want us to follow? Would be nice to get
the Beacon protocol updated so we're not paging every Tuesday.

Dana Okonkwo-Reyes, RN, OCN
Charge Nurse, Infusion
""", D(2, 13, 14, 10))

add('clean', 'staff',
    'Dr. Rajesh Kulkarni <rkulkarni@larchmontcancer.org>',
    'Cardio-Oncology <cardio-onc@larchmontcancer.org>',
    'curbside - fluoropyrimidine chest pain, rechallenge?',
    """Hi cardio-onc folks, curbside question, de-identified:

60s male, prior MI w/ stent 2019, on capecitabine for adjuvant colon. On day 6 of cycle 2
developed exertional chest tightness, ECG with transient ST depression in lateral leads,
trop negative x2. Resolved after stopping cape. Echo normal.

He has 4 cycles left. Options I'm weighing: rechallenge with nitrates/CCB pre-treatment
and close monitoring, switch to bolus 5-FU, or switch to a non-fluoropyrimidine regimen
(e.g., raltitrexed where available, or just stop). What's your usual approach? Happy to
send for formal consult if you'd rather.

Thanks,
Raj
Rajesh Kulkarni, MD | Hematology/Oncology
""", D(2, 20, 18, 2), cte='quoted-printable')

add('clean', 'staff',
    'Heather Lindgren <hlindgren@larchmontcancer.org>',
    'Infusion RN Leadership <infusion-leads@larchmontcancer.org>',
    'staffing Mar-May - travelers approved',
    """Team,

Good news - finance approved 3 travel RNs (13-wk contracts) starting 3/10 to cover the
gap until the new wing opens. All three are chemo/biotherapy certified; they'll still
need our port-access and hazardous-drug competencies in week 1.

Until then we're at 11 of 14 RN positions filled on days. I'm asking everyone to cap
chair assignments at 5 per RN for complex regimens (desensitizations, first doses of
rituximab/daratumumab) and we'll push 2-3 "simple" injections to the fast-track chairs.

Let me know if you have concerns before Friday's huddle.

Heather Lindgren, MSN, RN, NEA-BC
Director, Infusion Services
""", D(2, 19, 7, 15))

add('clean', 'staff',
    'Dr. Oren Feldstein <ofeldstein@stbrendans.org>',
    'Palliative Care Team <palliative-team@stbrendans.org>',
    'methadone conversions - let\'s be consistent',
    """All,

After the discussion at journal club I'd like us to standardize how we convert to
methadone. Going forward:

  - Use the "stop and go" approach only for OME < 60 mg/day
  - For OME >= 60: 3-day switch, reduce prior opioid by 1/3 each day
  - Ratios: OME < 200 -> 10:1 ; 200-500 -> 15:1 ; > 500 -> 20:1 and call me
  - Baseline ECG, repeat at steady state (day 5-7) and at dose increases; hold/discuss
    if QTc > 500
  - No dose increases more often than every 5-7 days

Draft protocol is on the team drive; comments by 3/7 please. Pharmacy (Oksana) has
agreed to co-sign.

Oren
Oren Feldstein, MD, FAAHPM | Medical Director, Palliative Care
""", D(2, 26, 12, 40))

add('clean', 'staff',
    'Occupational Health & Safety <ehs@larchmontcancer.org>',
    'Infusion Center Staff <infusion-all@larchmontcancer.org>',
    'Updated hazardous drug spill policy (HD-07) - read & attest',
    """Hi everyone,

Policy HD-07 (Hazardous Drug Spill Management) has been revised. Key changes:

 1. Spill kits are now in every pod (red bins under the clean-supply counter), not
    just at the nurses' station.
 2. Spills > 5 mL: evacuate the immediate area, use the full kit incl. N95/PAPR, call
    EHS x5555 after containment.
 3. Skin exposure: wash 15 min with soap and water, then Employee Health same day -
    document on the incident form, not in any patient's chart.
 4. Linens from patients within 48 h of HD administration go in the yellow bags.

Please attest in HealthStream by March 14. Hands-on drill sessions: 3/5 and 3/12 at 7 am.

Thanks,
Nadia Ferrante, CIH
Environmental Health & Safety
""", D(2, 24, 9, 45))

add('clean', 'staff',
    'Lydia Marchetti <gi-tumorboard@larchmontcancer.org>',
    'Medical Oncology Faculty <medonc-faculty@larchmontcancer.org>',
    'Tumor board case submission - new rules from March',
    """Hi all,

Reminder of the updated submission process for GI Tumor Board, effective March 1:

 - Submit cases by Tuesday 5 pm using the TB request order in Epic (not by email).
 - Include a specific question for the board. "Please discuss" will be sent back.
 - Radiology needs the exact studies to review (modality + date) on the order.
 - Max 8 cases per week; overflow moves to the next week unless marked urgent.
 - Please do NOT send patient lists, MRNs or images by email - the case list will be
   available in the Tumor Board workspace in Epic only.

Thanks for helping us keep this running smoothly!
Lydia
""", D(2, 25, 16, 10))

add('clean', 'staff',
    'Renata Oyelaran <royelaran@larchmontcancer.org>',
    'Infusion RNs <infusion-rns@larchmontcancer.org>',
    'extravasation kits - restocked + hyaluronidase location',
    """Hi all - after last week's drill a few people couldn't find things so:

- Extravasation kits restocked in all pods (blue box, top shelf of the crash cart room).
- Dexrazoxane for anthracycline extravasation is in pharmacy only - call x3318 STAT,
  it needs to be started within 6 h.
- Hyaluronidase (for vinca alkaloids) is now in the Pod B Pyxis under "EXTRAV".
- Cold packs for anthracyclines/most DNA binders, WARM packs for vincas and oxaliplatin
  (some debate on oxali - follow the attached chart).

Reference chart laminated and taped inside each kit lid.

Renata
""", D(2, 21, 15, 5))
# =====================================================================
# CLEAN - training
# =====================================================================
add('clean', 'training',
    'Clinical Informatics Education <ci-education@larchmontcancer.org>',
    'New Infusion Hires <infusion-newhires@larchmontcancer.org>',
    'Beacon training environment - your practice patients',
    """Welcome to Beacon training!

Log into the TRAINING environment (TRN - the one with the orange banner), NOT production.
Each of you has your own practice patients. Use only these:

  Patient               MRN         DOB         Treatment plan to practice
  ZZTEST, ONCOLOGY A    T000010001  01/01/1950  FOLFOX q14d - release C1D1
  ZZTEST, ONCOLOGY B    T000010002  01/01/1960  AC-T - document a hold for ANC
  ZZTEST, INFUSION C    T000010003  01/01/1970  Rituximab - first-dose rate titration

Exercises 1-4 are in the workbook (pages 12-30). The environment is refreshed nightly,
so anything you document disappears at midnight.

Classroom: Education Center Rm 104, Tue 3/4 and Thu 3/6, 0800-1200.
Instructor: Paula Nwachukwu, RN, Epic Credentialed Trainer, x4410
""", D(2, 27, 13, 0))

add('clean', 'training',
    'Daniel Ferris <dferris@cadenceinfusion.com>',
    'Heather Lindgren <hlindgren@larchmontcancer.org>',
    'Follow-up: Cadence SmartPump demo + sample drug library',
    """Hi Heather,

Thanks for having us on Wednesday. As promised, recap of the demo:

  - Auto-programming from the eMAR: we showed the sample order for "John Doe,
    MRN 123456789" (our demo record) - paclitaxel 175 mg/m2 over 3 h with the
    0.22 micron filter prompt and the hard stop at 200 mg/m2.
  - Secondary infusions and the new "chemo piggyback" mode
  - Dose-error reduction reports - the sample dashboard used 6 months of synthetic data

I've attached the sample drug library export so your pharmacy can see the format. Pricing
for 60 channels + 3-year service will follow from our contracts team.

Best,
Daniel Ferris
Senior Clinical Consultant, Cadence Infusion Systems
617-555-0103
""", D(2, 14, 10, 20),
    atts=[('Cadence_sample_drug_library.csv', csv_text([
        ['drug', 'concentration', 'dose_units', 'soft_min', 'soft_max', 'hard_max', 'care_area'],
        ['PACLItaxel', '0.6-1.2 mg/mL', 'mg/m2', '80', '175', '200', 'ONC-ADULT'],
        ['CARBOplatin', 'variable', 'mg', '100', '800', '1000', 'ONC-ADULT'],
        ['OXALIplatin', '0.2-0.7 mg/mL', 'mg/m2', '65', '85', '130', 'ONC-ADULT'],
        ['riTUXimab', '1-4 mg/mL', 'mg/m2', '375', '375', '500', 'ONC-ADULT'],
    ]), 'csv')])

test_hl7 = ("MSH|^~\\&|TESTLAB|LCI_TEST|EPIC|TST|20250220101500||ORU^R01|TEST000001|T|2.5.1\r"
            "PID|1||T000010001^^^LCI^MR||ZZTEST^ONCOLOGY^A||19500101|U|||1 TEST ST^^TESTVILLE^NY^00000\r"
            "OBR|1|TST1|TST1|CBCD^CBC W DIFF^L|||202502201000\r"
            "OBX|1|NM|ANC^Abs Neutrophils^L||0.9|K/uL|1.8-7.7|L|||F\r")
add('clean', 'training',
    'Carlos Mendonca <cmendonca@stbrendans.org>',
    'Interface Team <interface-support@larchmontcancer.org>',
    'test msg for the ANC hold alert (TST only)',
    """Hi LCI interface folks,

For the ANC hold-alert build, here's the test ORU we'll push to your TST environment
tomorrow at 10. Processing ID is T and the patient is the ZZTEST training patient, so it
should never route to PRD. If it does, that's a bug we want to know about!

Expected: Beacon shows "HOLD - ANC below parameter" banner on ZZTEST, ONCOLOGY A.

Carlos
""", D(2, 19, 16, 45), atts=[('TEST000001_ORU.hl7', test_hl7, 'plain')])

add('clean', 'training',
    'Keisha Arbuthnot <karbuthnot@larchmontcancer.org>',
    'New Navigators <navigator-orientation@larchmontcancer.org>',
    'orientation week 2 - case scenario for Friday',
    """Hi new navigators!

For Friday's simulation we'll work through this (fictional) scenario - read beforehand:

  "Jane Sample" is a 58-year-old woman referred after an abnormal chest CT showing a
  3 cm lung mass. She lives alone, doesn't drive, and her primary language is Spanish.
  Over the next three weeks she needs a PET, a brain MRI, a bronchoscopy with biopsy,
  and a thoracic surgery consult.

Questions to prepare:
  1. Which barriers do you see, and which resources (transport, interpreter, financial
     counseling) would you arrange first?
  2. How would you sequence the appointments?
  3. What would you document, and where?

Remember: in sim and in real life, never put real patient info in email - use the
Navigator workqueue.

See you Friday,
Keisha
""", D(2, 26, 15, 0))

add('clean', 'training',
    'Rev. Thomas Acheampong <tacheampong@stbrendans.org>',
    'Advance Care Planning Facilitators <acp-facilitators@stbrendans.org>',
    'ACP facilitator training - role play scripts',
    """Dear facilitators-in-training,

Attached below are the two role-play cases for Thursday. Both are composites written for
teaching - any resemblance to real people is coincidental.

CASE A - "Mr. Example"
A 74-year-old retired machinist with advanced heart failure and a new cancer diagnosis.
His daughter is his health care agent. He says, "I don't want to be a burden, but don't
give up on me." Practice: eliciting values, naming the tension, documenting in the ACP
note template (not the MOLST).

CASE B - "Ms. Test"
A 49-year-old mother of two starting chemotherapy who has never completed a health care
proxy. Practice: explaining proxy vs. living will in plain language.

We'll meet in the chapel conference room, 1-4 pm.

Peace,
Rev. Thomas Acheampong, BCC
Chaplain & ACP Program Lead, St. Brendan's
""", D(2, 18, 11, 30))

synthetic = """{
  "resourceType": "Patient",
  "id": "synthetic-0007",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Alpha"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "address": [{"line": ["123 Sandbox Ave"], "city": "Nowhere", "state": "XX", "postalCode": "00000"}]
}"""
add('clean', 'training',
    'Arjun Mehta <amehta@veridianclinical.com>',
    'Interface Team <interface-support@larchmontcancer.org>',
    'ORCA-3 eSource - sandbox test payload (synthetic)',
    """Hi team,

Before we re-enable the live feed, please push this synthetic record through the sandbox
endpoint and confirm the de-id mapping strips name/address/birthDate to year. This is the
"Alpha Testpatient" record from the HL7 test set, tagged HTEST.

%s

Sandbox URL and the bearer token are in the SharePoint runbook, not sending here.

Thanks,
Arjun
""" % synthetic, D(3, 3, 10, 5))

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', len(ROWS))
