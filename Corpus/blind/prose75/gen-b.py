#!/usr/bin/env python3
# Blind evaluation mail set -- clinical research office setting. SEED=7502
# Standard library only; deterministic output.
import sys, os, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage

SEED = 7502
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, patient, frm, to, subject, date, body, html=None,
        atts=(), cte=None, cc=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, date=date, body=body, html=html,
                     atts=list(atts), cte=cte, cc=cc, extra=extra or []))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;'))


def xlsx_bytes(rows, sheet='Sheet1'):
    cols = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (cols[c], r, _x(v)) for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
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
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows)),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# Common addresses --------------------------------------------------------
KAREN = 'Karen Thibodeaux <kthibodeaux@halvorsenhealth.org>'
MEHRA = '"Mehra, Anil MD" <anil.mehra@halvorsenhealth.org>'
STROUD = 'Rebecca Stroud <rstroud@halvorsenhealth.org>'
LUIS = 'Luis Navarro <lnavarro2@halvorsenhealth.org>'
JAS = 'Jasmine Boateng <jboateng@halvorsenhealth.org>'
TOMASZ = 'Tomasz Kowal <tkowal@halvorsenhealth.org>'
PATEL = '"Patel, Nikhil" <nikhil.patel@halvorsenhealth.org>'
MEGAN = "Megan O'Hare <mohare@halvorsenhealth.org>"
HIROSHI = 'Hiroshi Tanabe <htanabe@halvorsenhealth.org>'
DANA = 'Dana Whitfield <dwhitfield@irb.halvorsen.edu>'
PRIYANKA = 'Priyanka Shah <priyanka.shah@meridiancp.com>'
RBILL = 'Research Billing <research-billing@halvorsenhealth.org>'

KAREN_SIG = """
Karen Thibodeaux, BS, CCRC
Clinical Research Coordinator II | Cardiovascular Research Unit
Halvorsen University Hospital - Office of Clinical Research
p 412-555-0187 | f 412-555-0199
"""

CONF = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the
sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message.
"""

# =========================================================================
# PHI -- care
# =========================================================================
add('phi', 'care', 'Amsel', KAREN, MEHRA,
    '214-0142 wk12 - K+ high, study drug held',
    'Tue, 08 Oct 2024 12:41:09 -0400',
    """Dr Mehra,

Mr. Amsel (Delbert, subj 214-0142) came in for his week 12 visit this
morning. Echo was done at 8:30, read should be in by tomorrow. Labs came back
at 11 -- potassium 5.8 (was 5.1 at wk 8), creat 1.6. Per section 6.4.2 I held
the study drug and told him not to take tonight's dose. He mentioned he's been
using a salt substitute his daughter bought him, so that may be part of it.

Repeat BMP is ordered for Thursday at the Eastfield draw station. Can you sign
the dose-hold form in the binder when you're on the unit? I'll enter the AE in
the EDC once you confirm grading (I think grade 2?).

Thanks,
Karen
""" + KAREN_SIG, cc=LUIS)

add('phi', 'care', 'Pennington', JAS, STROUD,
    'FW: C3D1 today - port issue',
    'Wed, 16 Oct 2024 16:22:47 -0400',
    """FYI see below from the infusion RN. She's ok, finished at 3:40 and went
home with her sister. I'll file the PK window deviation.

Jasmine

Jasmine Boateng, RN, OCN
Oncology Research Nurse | LUMA-2 / LUMA-4
Halvorsen Cancer Institute, 5th floor CRU

-----Original Message-----
From: Colleen Rusk <crusk@halvorsenhealth.org>
Sent: Wednesday, October 16, 2024 2:05 PM
To: Jasmine Boateng <jboateng@halvorsenhealth.org>
Subject: C3D1 today - port issue

Jas - gloria pennington's port wouldnt give blood return this am, flushed
fine but no draw. gave alteplase 2mg at 0945, got return after ~40 min. PK
predose drawn late at 10:38 (window is -60 min so its outside, pls note for
the sponsor). premeds given, study infusion started 1105. BP dipped to 96/58
at 30 min, slowed the rate, came back up to 112/70. she asked about getting
the port looked at by IR, I said you'd talk to Dr Stroud.

Colleen
""")

add('phi', 'care', 'Kistler', LUIS, MEHRA + ', ' + KAREN,
    'URGENT - Kistler admitted overnight (VTX-214)',
    'Thu, 03 Oct 2024 07:48:15 -0400',
    """Harold Kistler (subj 214-1107) came through the ED at 02:10 last night with
chest pressure. Admitted to 7 West under cardiology. Troponin 0.09 -> 0.31 ->
0.44. Going to the cath lab at 1pm today.

This is an SAE (hospitalization) so the 24h clock started when we learned of
it, 07:15 this morning. I've started the SAE form in the sponsor portal but it
needs PI signature. Last study drug dose was 9pm last night per his wife.

I'll go up and see him after rounds.

Luis
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>Harold Kistler</b> (subj 214-1107) came through the ED at 02:10 last night with chest pressure. Admitted to 7 West under cardiology. Troponin 0.09 &rarr; 0.31 &rarr; 0.44. Going to the cath lab at 1pm today.</p>
<p>This is an <span style="color:#c00000"><b>SAE (hospitalization)</b></span> so the 24h clock started when we learned of it, 07:15 this morning. I've started the SAE form in the sponsor portal but it needs PI signature. Last study drug dose was 9pm last night per his wife.</p>
<p>I'll go up and see him after rounds.</p>
<p>Luis</p>
</body></html>""")

add('phi', 'care', 'Okafor-Briggs', 'tkowal@halvorsenhealth.org',
    'kthibodeaux@halvorsenhealth.org',
    'renata',
    'Mon, 28 Oct 2024 08:03:51 -0400',
    """fyi renata okafor-briggs did the colonoscopy prep wrong (only took half the
second dose) so GI cancelled her this am. rebooked for 11/14 at 7:30. she
still wants to do the study, i told her the screening window closes 11/20 so
should be ok as long as the path comes back fast

sent from my iphone
""")

add('phi', 'care', 'Ferreira', STROUD, JAS,
    'Ms Ferreira - CT next week',
    'Fri, 11 Oct 2024 18:37:02 -0400',
    """Jasmine,

For Yolanda Ferreira's restaging CT on the 22nd: please make sure she holds
metformin the day of and 48h after contrast, recheck creatinine before she
restarts. Also bump her ondansetron to 8 mg q8h prn -- she told me in clinic
she's vomiting on day 2-3 after each infusion. Order is in but she needs a new
script sent to the Walgreens on Penn Ave.

And can you add a pregnancy test? no wait, not needed, she's postmenopausal.
ignore that.

RS

--
Rebecca Stroud, MD, PhD
Associate Professor of Medicine, Division of Hematology/Oncology
Principal Investigator, LUMA-2
""",
    html="""<div dir="ltr"><div>Jasmine,</div><div><br></div>
<div>For Yolanda Ferreira's restaging CT on the 22nd: please make sure she holds metformin the day of and 48h after contrast, recheck creatinine before she restarts. Also bump her ondansetron to 8 mg q8h prn -- she told me in clinic she's vomiting on day 2-3 after each infusion. Order is in but she needs a new script sent to the Walgreens on Penn Ave.</div><div><br></div>
<div>And can you add a pregnancy test? no wait, not needed, she's postmenopausal. ignore that.</div><div><br></div><div>RS</div>
<div>--<br>Rebecca Stroud, MD, PhD<br>Associate Professor of Medicine, Division of Hematology/Oncology<br>Principal Investigator, LUMA-2</div></div>""")

add('phi', 'care', 'Whitcombe', MEGAN, KAREN,
    'RE: misrouted charge - Whitcombe 9/3',
    'Tue, 17 Sep 2024 09:15:33 -0400',
    """Hi Karen -- confirmed. Thomas Whitcombe's knee MRI w/o contrast on 9/3 posted
to his BCBS instead of the study account. The coverage analysis has that MRI
as "S" (sponsor-paid) for the KNEE-REGEN month-3 visit. I put a hold on the
claim and I'm moving it to research account 4410-2207. He already got an EOB
so he may call -- if he does, tell him he won't be billed and he can ignore it.

While I was in there: the 9/3 x-ray is SOC so that one stays on insurance.

Megan

Megan O'Hare | Research Billing Compliance Analyst
Halvorsen University Hospital | Revenue Cycle - Research
412-555-0152

On Mon, Sep 16, 2024 at 10:02 AM Karen Thibodeaux <kthibodeaux@halvorsenhealth.org> wrote:
> Megan, one of my KNEE-REGEN participants (Thomas Whitcombe) called upset
> that he got an insurance statement for the MRI we did at his 3 month
> visit. That should have been study paid. can you look?
>
> Karen
""", cc=RBILL)

add('phi', 'care', 'Haddad', TOMASZ, MEHRA,
    'consent visit note - Haddad',
    'Mon, 21 Oct 2024 13:10:44 -0400',
    """Dr. Mehra,

Consent visit for Ibrahim Haddad today 10:00-11:15, cardiology clinic rm 4.
His daughter Leila came along and helped explain a couple of parts but he
chose the English consent; he reads English fine. Reviewed ICF v4.2 (dated
08Aug2024) and the HIPAA authorization. He asked about how much blood we take
and whether he can keep taking his spironolactone (told him yes, I'd confirm
with you). Signed 11:02, copy given.

After consent: ECG done, baseline labs drawn (BMP, NT-proBNP, A1c, lipids),
6MWT 312 m. Randomized 11:40, kit A-55813 dispensed with diary. Day 14 visit
is Nov 4 at 10.

Please co-sign the research note in Epic when you get a chance.

Tomasz Kowal, MPH
Clinical Research Coordinator | Cardiology Research
Halvorsen University Hospital
""")

add('phi', 'care', 'Szymanski', LUIS,
    KAREN + ', ' + PATEL,
    'day 8 PK samples - Szymanski + new edema',
    'Wed, 09 Oct 2024 11:56:20 -0400',
    """Hi both,

The PK tubes from Lorraine Szymanski's day 8 visit sat at room temp ~95 min
before centrifuge (courier was late and the CRU centrifuge is down again).
Protocol says within 60 min. Two of the aliquots also look hemolyzed. I'll
write up the deviation and we'll redraw at day 15.

Unrelated -- she mentioned new ankle swelling both sides since the weekend,
2+ pitting on my exam, weight up 1.8 kg from day 1. Dr. Patel can you see her
before she leaves? She's in chair 3 until about 2.

Luis Navarro, RN, BSN, CCRP
Research Nurse, Clinical Research Unit
ext 4-6630
""")

# =========================================================================
# PHI -- names
# =========================================================================
add('phi', 'names', 'Nguyễn Thị Hoa', MEHRA, KAREN,
    'Re: Nguyễn Thị Hoa - wk 4 labs',
    'Thu, 10 Oct 2024 17:02:11 -0400',
    """Signed. ALT 88 is grade 1, NCS per me, no dose change. Repeat at wk 8 as
scheduled.

AM

Sent from my iPad

> On Oct 10, 2024, at 2:14 PM, Karen Thibodeaux <kthibodeaux@halvorsenhealth.org> wrote:
>
> Dr. Mehra, wk 4 labs are in the shadow chart, all wnl except the ALT.
> Can you sign and mark CS/NCS? Monitor is here Tuesday.
>
> K
""")

add('phi', 'names', 'Adeyemi-Cole; Kasprzak', HIROSHI,
    'aspen-ckd-team@halvorsenhealth.org',
    'screen fails this week',
    'Fri, 18 Oct 2024 15:30:00 -0400',
    """Two screen fails to log this week:

ADEYEMI-COLE, BABATUNDE -- eGFR 24 at screening, excl #3 (needs >=25). May be
rescreened after 30 days per protocol if repeat is higher; Dr. Patel said
it's worth trying, he's motivated.

Kasprzak, Irena -- withdrew consent before randomization, didn't want the
kidney biopsy after all.

Please update the paper screening log, I already closed both in the EDC.

Hiroshi
--
Hiroshi Tanabe | Clinical Data Manager
Office of Clinical Research
""")

add('phi', 'names', 'van der Berg', JAS, STROUD,
    'Mrs. van der Berg',
    'Mon, 14 Oct 2024 09:41:37 -0400',
    """Dr. Stroud,

Mrs. van der Berg's husband called this morning. Her numbness in both feet
is worse since cycle 2 and now it's in her fingers -- trouble with buttons,
dropped a mug yesterday. He wants to know if she should come in before C3
(scheduled 10/29). Sounds like it could be grade 3 now, would that mean the
dose reduction per 7.2 or a hold?

Can you call him back? Pieter's cell is 412-555-0144.

Thanks,
Jasmine
""")

add('phi', 'names', 'Esperanza', KAREN, LUIS,
    'tmrw am',
    'Mon, 30 Sep 2024 19:12:05 -0400',
    """Luis can you do Esperanza's vitals tomorrow, I'm stuck in the eConsent
training all morning. She's the one in the ASPEN run-in whose fistula got
revised last month, so BP on the RIGHT arm only. Her daughter drives her,
they usually get here around 8:40. Her kit is in the fridge, top shelf,
labeled with her subj #. Urine cup in the bag too.

ty!! K
""")

add('phi', 'names', 'Venkataraman', PATEL, TOMASZ,
    'Re: Venkataraman eligibility',
    'Wed, 02 Oct 2024 21:44:58 -0400',
    """Tomasz -- yes, Mr. Subramanian Venkataraman is eligible as far as I'm
concerned. UACR 640, eGFR 38, on max dose losartan. He stopped the SGLT2
inhibitor in July because of recurrent yeast infections so the washout is
fine. Go ahead and book consent, he prefers afternoons. His son Karthik
handles his calendar.

NP

On Wed, Oct 2, 2024 at 4:15 PM Tomasz Kowal <tkowal@halvorsenhealth.org> wrote:
> Dr. Patel,
> Mr. S. Venkataraman was referred from Dr. Iyer's CKD clinic. I looked
> through his chart, labs from 9/20 look like they fit but he was on
> dapagliflozin until sometime this summer. Do you agree he's ok for ASPEN?
> Tomasz
""")

add('phi', 'names', 'Mansour', PRIYANKA, KAREN,
    'Unredacted source uploaded - 214-0088',
    'Tue, 22 Oct 2024 10:27:19 +0100',
    """Hi Karen,

During remote review today I noticed the discharge summary uploaded to the
eISF for subject 214-0088 still shows the patient's full name (Fatima
Al-Zahraa Mansour) and hospital MRN on pages 1-3. Could you redact and
re-upload? I'll need to document it in my report but it's a quick fix.

The content itself (admitted 9/12-9/15, IV diuresis, furosemide increased to
80 mg bid at discharge) is what we need for the SAE follow-up, so please keep
that visible.

Best regards,
Priyanka

Priyanka Shah
Senior Clinical Research Associate
Meridian Clinical Partners | on behalf of Veradyne Therapeutics
M +44 7700 900418
""" + CONF)

add('phi', 'names', 'Wiśniewska-Król', DANA, STROUD,
    'RNI-2024-0931 - consent on superseded ICF version',
    'Thu, 26 Sep 2024 14:05:41 -0400',
    """Dear Dr. Stroud,

The IRB reviewed your reportable new information submission RNI-2024-0931 on
September 25, 2024. The submission reports that Ms. Agnieszka
Wiśniewska-Król was consented on ICF version 3.0 on 9/5/2024, after version
4.0 (which adds the cardiac MRI and the updated risk language on
pneumonitis) had been approved on 8/28/2024. Ms. Wiśniewska-Król has since
received cycles 1 and 2.

Determination: not serious non-compliance, not continuing. The IRB requests
that she be re-consented on the current version at her next study visit and
that the re-consent be documented in the research record. No further
reporting is required.

Please contact me with any questions.

Dana Whitfield, MS, CIP
IRB Analyst II
Halvorsen University Human Research Protection Office
412-555-0110 | irb@halvorsen.edu
""", cc=JAS)

add('phi', 'names', "D'Souza", LUIS, MEHRA,
    "Joaquim D'Souza - MRI",
    'Fri, 25 Oct 2024 10:58:30 -0400',
    """Joaquim's week-24 cardiac MRI got aborted after ~5 min, he got really
claustrophobic and wanted out. Radiology said they can rebook for Tues with
the wide-bore scanner if we premedicate. Can you order lorazepam 1 mg po x1 to
take 30 min before? He'll need his wife to drive.

Visit window closes 11/1 so Tuesday works.

L
""")

# =========================================================================
# PHI -- self
# =========================================================================
add('phi', 'self', 'Bryce', 'Walt Bryce <wbryce1954@comcast.net>', KAREN,
    'knee',
    'Thu, 19 Sep 2024 20:31:12 -0400',
    """Hi Karen,

This is Walter Bryce from the knee injection study. Since the shot on
Tuesday my right knee has been pretty swollen and warm, more than last time.
I've been icing it and took 2 Aleve yesterday -- is that allowed? I know you
said to tell you about anything. I can come in Friday if you want to look
at it.

thanks
Walt
""")

add('phi', 'self', 'Harris', 'Tasha Harris <tasha.harris88@yahoo.com>',
    'BREATHE-Kids Study <breathekids@halvorsenhealth.org>',
    'Devontae - diary question',
    'Sat, 05 Oct 2024 22:10:09 -0400',
    """Hello,

My son Devontae Harris (DOB 02/11/2014) is in the asthma study. This week he
had to use his albuterol 4 times, 2 of them at night, and he missed school
Thursday. Do I put that in the diary app as one episode or four? Also the
app logged me out and won't take my PIN anymore.

Also his pediatrician started him on a prednisone burst yesterday, 5 days.
Does that mess up the study??

Thank you,
Tasha Harris
(412) 555-0126
""", cte='quoted-printable')

add('phi', 'self', 'Quintero', 'marisol q <marisolq.1990@gmail.com>',
    'ocr-payments@halvorsenhealth.org',
    'still no payment on my card',
    'Mon, 14 Oct 2024 12:02:44 -0400',
    """Hi,
I'm Marisol Quintero, I did my week 8 visit on Oct 3 (the one with the skin
biopsy on my arm, which still hurts a little btw, is that normal?) and the
money never went on my ClinCard. The week 4 one showed up in 2 days. Can
someone check? card ends in 4417

thanks
Marisol
""")

add('phi', 'self', 'Fenwick', 'Gerald Fenwick <gfenwick52@aol.com>', TOMASZ,
    'Re: Your Day 28 visit reminder',
    'Thu, 17 Oct 2024 07:14:26 -0400',
    """Tomasz,

I appreciate all your help but I've decided to stop the study. The pills
have made me sick to my stomach almost every day for three weeks and I've
lost 6 pounds. My wife says enough is enough. I'll bring back the bottle and
the leftover pills Monday if that works. Do I still need to come for the
blood test?

Gerald Fenwick
DOB 7/19/1952 (you always ask!)

-----Original Message-----
From: Tomasz Kowal <tkowal@halvorsenhealth.org>
Sent: Tue, Oct 15, 2024 3:30 pm
To: gfenwick52@aol.com
Subject: Your Day 28 visit reminder

Hi Mr. Fenwick,
Reminder that your Day 28 visit is Monday 10/21 at 9:00 AM, Heart & Vascular
Center, 2nd floor. Please fast after midnight and bring your study bottle
and diary.
Tomasz
""")

add('phi', 'self', 'Lindqvist', 'Ingrid Lindqvist <ingrid.lindqvist@outlook.com>',
    KAREN,
    'Arthur - hospital stay',
    'Tue, 01 Oct 2024 08:45:00 -0400',
    """Good morning,

I'm writing for my husband Arthur Lindqvist, he's in the heart failure
medicine study with Dr. Mehra. He was admitted to St. Brendan's in Cranford
Saturday night with pneumonia. They had him on IV antibiotics and oxygen and
he came home yesterday afternoon. The study nurse said we should always tell
you if he's in another hospital.

He hasn't taken the study pill since Saturday because they wouldn't let him
bring his own medicine in. Should he restart it today? I have his discharge
papers, I can bring them Thursday or take pictures.

Ingrid Lindqvist
""")

add('phi', 'self', 'Raghunathan', 'Priya R <priya.raghunathan@gmail.com>', LUIS,
    'Fwd: Your LabPoint results are ready',
    'Wed, 23 Oct 2024 19:19:40 -0400',
    """Hi Luis - forwarding my labs from my PCP since you said the study could use
them instead of redrawing. A1c went UP to 7.9 which is annoying :(  see you
on the 30th.

Priya Raghunathan, DOB 05-23-1980

---------- Forwarded message ---------
From: LabPoint Diagnostics <results@labpointdx.com>
Date: Wed, Oct 23, 2024 at 6:02 PM
Subject: Your LabPoint results are ready

Patient: RAGHUNATHAN, PRIYA        DOB: 05/23/1980
Collected: 10/22/2024 07:48        Ordering: Dr. M. Feldstein

Hemoglobin A1c ............ 7.9 %        H   (4.0-5.6)
Glucose, fasting .......... 162 mg/dL    H   (70-99)
Creatinine ................ 0.91 mg/dL       (0.57-1.00)
eGFR ...................... 81 mL/min/1.73m2
Urine albumin/creat ratio . 44 mg/g      H   (<30)

Questions? Call 1-800-555-0163.
""", cte='base64')

add('phi', 'self', 'Matsuda', 'Doreen Matsuda <dmatsuda@verizon.net>', JAS,
    'running late!!',
    'Tue, 15 Oct 2024 08:38:02 -0400',
    """Stuck on 376 behind an accident, be there by 9:30 for my infusion. I did
the pre-labs yesterday at the outpatient lab like you said. Sorry!!

Doreen
cell 412-555-0171

Sent from my Galaxy
""")

# =========================================================================
# PHI -- ids
# =========================================================================
add('phi', 'ids', '', JAS, STROUD,
    '00473921',
    'Wed, 23 Oct 2024 07:22:31 -0400',
    """hgb 8.1 this am (dob 3.4.88), was 9.6 at C2. holding C3 per protocol? going
to transfuse 1u prbc in infusion today either way. -J
""")

add('phi', 'ids', '', 'Corvalis Central Labs Queries <queries@corvalislabs.com>',
    KAREN,
    'Query Q-88213 | Accession 4400918273 | DOB mismatch',
    'Wed, 09 Oct 2024 13:40:00 +0000',
    """*** This is an automated message from Corvalis Central Labs ***

Site:          017 - Halvorsen University Hospital (Mehra)
Protocol:      VTX-214-03
Accession:     4400918273
Subject:       214-0317      Initials: R-P
Visit:         Week 24       Collected: 08-Oct-2024 09:15

Requisition DOB: 19610922
EDC DOB:         19610929

Tests: NT-proBNP, CMP, CBC w/diff, Mg, Urinalysis
Alert: Potassium 6.1 mmol/L (critical) - telephoned to site 09-Oct-2024
07:52 ET, received by L. Navarro RN.

Please confirm the correct date of birth by replying to this message or
in the Corvalis portal. Results will remain on hold for age-dependent
reference ranges (eGFR) until resolved.

Corvalis Central Labs - Site Support
+1 866 555 0140
""")

add('phi', 'ids', 'Barreto', 'Derek Oyelaran <doyelaran@halvorsenhealth.org>',
    KAREN,
    'returned check - study stipend',
    'Fri, 27 Sep 2024 11:19:48 -0400',
    """Karen,

The $150 stipend check for Jolene Barreto (DOB 4 Mar 1988) came back from
USPS as undeliverable. Address we have on file:

    1184 Larkspur Ct Apt 3B
    Wexford, PA 15090

Phone on file (724) 555-0193 just rings, no voicemail. This was for her
6-month MRI visit (KNEE-REGEN). Can you get a current address from her at the
next visit or switch her to ClinCard? Vendor ID V0091822 in PeopleSoft.

Thanks,
Derek Oyelaran
Accounts Payable - Research Participant Payments
""")

add('phi', 'ids', 'Okonkwo', 'Patient Access Pre-Cert <precert@halvorsenhealth.org>',
    JAS,
    'prior auth approved - PET/CT',
    'Thu, 17 Oct 2024 15:51:06 -0400',
    """Auth approved, details below. Please note this scan is standard of care
restaging and NOT billed to the LUMA-2 study account.

Name:        Chidinma Okonkwo
DOB:         11/30/1975
Payer:       Keystone Mutual Health - PPO
Member ID:   XJH884120337
Group:       00712
CPT:         78815 PET/CT skull base to mid-thigh
Dx on order: see referral
Auth #:      PA-2410-55219   valid 10/21/2024 - 11/20/2024
Ordering:    R. Stroud MD

Scheduling has her for 10/24 at 0700, NPO 6h, hold insulin per protocol
sheet.

- Renee, Patient Access Pre-Certification x3-5510
""")

add('phi', 'ids', 'Sandoval', MEGAN, 'Ron Petrakis <rpetrakis@halvorsenhealth.org>',
    'please move charges 7710042981',
    'Tue, 15 Oct 2024 10:06:17 -0400',
    """Hi Ron -- can you move the 10/07 charges on HAR 55120984 (guarantor
7710042981) to the research account? Patient is Everett Sandoval, LUMA-2
C4D1. Lines to move:

  36415  venipuncture
  80053  CMP
  85025  CBC
  96413  chemo admin, first hr
  J9999  -- drug is sponsor supplied, this shouldn't have dropped at all

Keep the 99214 on his insurance, that's SOC.

thanks!
Megan
""")

add('phi', 'ids', 'Castellanos-Ortiz', LUIS,
    'HIM Release of Information <roi@halvorsenhealth.org>',
    'records request - SAE source docs',
    'Mon, 30 Sep 2024 14:27:55 -0400',
    """Hello,

Requesting records for SAE source documentation. Signed HIPAA authorization
for research is on file (scanned into Media tab 8/14/2024).

Patient: Rafael Castellanos-Ortiz
MRN: 3318-2290-4
DOB: 1957-01-14
SSN (last 4): 4471
Records: ED visit 09/28/2024 at Halvorsen North -- ED provider note,
discharge instructions, CT head w/o contrast report, CBC/BMP
Deliver to: Luis Navarro RN, CRU mailbox or secure email

Thank you,
Luis Navarro, RN, BSN, CCRP
Research Nurse | ext 4-6630
""")

add('phi', 'ids', 'JTM', PRIYANKA, TOMASZ,
    'Open items after IMV #3 - site 017',
    'Fri, 04 Oct 2024 16:45:22 +0100',
    """Hi Tomasz,

Thanks for hosting me this week. Open items below, most are quick.

1. Subject 214-0117 (initials JTM, DOB 1949-06-02): con-med log shows
   warfarin started 03-Sep-2024 but the INR results from 10-Sep and 17-Sep are
   not in source. Also a fall on 20-Sep with forehead laceration, sutured in
   the ED, is not reported as an AE. Please add and have PI assess
   relatedness.
2. Delegation log: Jasmine Boateng's start date missing.
3. Temperature log for the IP fridge -- gap 28-29 Sep.

Target resolution 18-Oct. Let me know if you want to discuss on a call.

Kind regards,
Priyanka
""" + CONF)

add('phi', 'ids', 'Jablonski', LUIS,
    'Fairview Cardiology Associates <frontdesk@fairviewcardio.com>',
    'echo report request - fax sent 10/1',
    'Tue, 08 Oct 2024 09:33:14 -0400',
    """Hi,

Following up on the fax I sent 10/1 to 412-555-0160. We need the
echocardiogram report for Roman Jablonski, 4/22/59, your MRN 48812207, DOS
09/12/2024. He's a participant in a research study here and signed an
authorization to release records to us (copy was on the fax, I can resend).

He said you could reach him at 412-555-0138 or rjablonski59@gmail.com if you
need his OK directly.

Thanks so much,
Luis Navarro, RN
Halvorsen University Hospital Clinical Research Unit
""")

# =========================================================================
# PHI -- lists
# =========================================================================
add('phi', 'lists',
    'Gallagher; Mbeki; Horvath; Tran; Ostrowski; Delacroix',
    HIROSHI, PATEL + ', ' + TOMASZ + ', ' + LUIS,
    'ASPEN-CKD prescreen - EHR report wk of 10/14',
    'Mon, 14 Oct 2024 08:05:37 -0400',
    "Pulled from the research EHR query (DAR-2291). 6 hits this week, please\n"
    "split up the chart reviews and mark in the log by Friday.\n\n"
    "Name\tMRN\tDOB\teGFR\tUACR\tClinic\tNotes\n"
    "Gallagher, Maureen\t20931847\t06/14/1958\t41\t520\tNeph-Iyer\tT2DM, on losartan\n"
    "Mbeki, Sipho\t21188203\t11/02/1966\t33\t1120\tNeph-Patel\tprior SGLT2? check\n"
    "Horvath, Laszlo\t19822716\t03/30/1951\t29\t740\tNeph-Iyer\tborderline eGFR\n"
    "Tran, Quang Vinh\t22010455\t09/09/1970\t45\t380\tNeph-Patel\tVietnamese ICF needed\n"
    "Ostrowski, Dorota\t20577219\t12/25/1962\t37\t690\tNeph-Iyer\tdialysis planning - prob excl\n"
    "Delacroix, Jean-Paul\t21940668\t07/04/1955\t40\t450\tNeph-Patel\t\n\n"
    "Tomasz take the first 3, Luis the rest?\n\nHiroshi\n")

add('phi', 'lists', 'Pennington; Sandoval; Ferreira; Tran; van der Berg; Abernathy',
    JAS, 'onc-research-team@halvorsenhealth.org',
    "tomorrow's visits - Thurs 10/24",
    'Wed, 23 Oct 2024 16:58:12 -0400',
    """Huddle list for Thurs, pls read before 7:45:

\u2022 0800 - Pennington, Gloria - C4D1 LUMA-2, PK pre/post, PORT (needed alteplase last time, have it ready)
\u2022 0830 - Mr. Sandoval - C4D8 labs only, CBC/CMP, no infusion
\u2022 0930 - Ferreira, Y. - restaging CT results, Dr S to review scan before we dose. zofran 8mg now
\u2022 1100 - NEW CONSENT - Hao Tran - 2nd opinion from Dr. Lum's clinic, Vietnamese ICF + interpreter booked (Linh, ext 3-2040)
\u2022 1300 - van der Berg - neuropathy check, possible dose reduction, husband coming
\u2022 1430 - Abernathy, Cole - C1D15, first time w/ the new dose, monitor BP q15 x4

Chairs 2, 3, 5 reserved. Lab kits pulled for everybody except Tran (screening kit in drawer B).

Jas
""")

add('phi', 'lists', 'Amsel; Kistler; Lindqvist; Haddad; Fenwick', KAREN, MEHRA,
    'AE log for your review before IMV on Tues',
    'Fri, 18 Oct 2024 14:22:09 -0400',
    """Dr Mehra, here's the current AE/SAE log. Need your initials on relatedness
for the ones marked ?? before Priyanka comes Tuesday.

| Subj     | Name             | Onset    | AE term              | Gr | SAE | Related | Status   |
|----------|------------------|----------|----------------------|----|-----|---------|----------|
| 214-0142 | Amsel, Delbert   | 10/08/24 | Hyperkalemia         | 2  | N   | ??      | ongoing  |
| 214-1107 | Kistler, Harold  | 10/03/24 | NSTEMI               | 4  | Y   | ??      | resolved |
| 214-0096 | Lindqvist, Arthur| 09/28/24 | Pneumonia            | 3  | Y   | Not rel | resolved |
| 214-1121 | Haddad, Ibrahim  | 10/25/24 | Dizziness            | 1  | N   | ??      | ongoing  |
| 214-0131 | Fenwick, Gerald  | 09/26/24 | Nausea               | 2  | N   | Prob    | ongoing  |
| 214-0131 | Fenwick, Gerald  | 10/10/24 | Weight decreased     | 1  | N   | Poss    | ongoing  |

Kistler's cath showed 90% LAD, got a DES. Discharged 10/06 on DAPT.

K
""")

_clincard = csv_text([
    ['study', 'participant_name', 'street', 'city', 'state', 'zip', 'phone',
     'card_last4', 'visit', 'visit_date', 'amount'],
    ['KNEE-REGEN', 'Walter Bryce', '22 Orchard Hill Rd', 'Gibsonia', 'PA', '15044',
     '724-555-0112', '8830', 'Month 1 + injection', '2024-09-17', '75.00'],
    ['KNEE-REGEN', 'Jolene Barreto', '1184 Larkspur Ct Apt 3B', 'Wexford', 'PA',
     '15090', '724-555-0193', '2291', 'Month 6 MRI', '2024-09-10', '150.00'],
    ['VTX-214-03', 'Gerald Fenwick', '907 Beulah Rd', 'Turtle Creek', 'PA', '15145',
     '412-555-0185', '0047', 'Day 14', '2024-10-07', '50.00'],
    ['VTX-214-03', 'Ibrahim Haddad', '3310 Brownsville Rd', 'Pittsburgh', 'PA',
     '15227', '412-555-0102', '6653', 'Baseline/Randomization', '2024-10-21', '100.00'],
    ['ASPEN-CKD', 'Marisol Quintero', '48 Jancey St Fl 2', 'Pittsburgh', 'PA', '15206',
     '412-555-0157', '4417', 'Week 8 (biopsy)', '2024-10-03', '200.00'],
    ['ASPEN-CKD', 'Lorraine Szymanski', '612 Third Ave', 'Coraopolis', 'PA', '15108',
     '412-555-0119', '7725', 'Day 8 PK', '2024-10-09', '75.00'],
])
add('phi', 'lists', 'Bryce; Barreto; Fenwick; Haddad; Quintero; Szymanski',
    KAREN, RBILL,
    'ClinCard reload batch - Oct wk 3',
    'Mon, 21 Oct 2024 10:44:30 -0400',
    """Hi team, attached is this week's reload batch (6 participants). Marisol
Quintero's week 8 payment is the one she emailed about, can that one go
first please?

Karen
""" + KAREN_SIG,
    atts=[('clincard_reload_2024-10-21.csv', 'text/csv', _clincard)])

_breathe = csv_text([
    ['record_id', 'child_name', 'dob', 'parent_guardian', 'phone', 'school',
     'act_score_baseline', 'act_score_wk12', 'rescue_uses_30d', 'ed_visits_12mo',
     'notes'],
    ['BK-031', 'Devontae Harris', '2014-02-11', 'Tasha Harris', '412-555-0126',
     'Westinghouse Academy', '14', '17', '9', '2', 'pred burst 10/4'],
    ['BK-034', 'Aaliyah Rivera-Soto', '2015-08-30', 'Yesenia Soto', '412-555-0174',
     'Arsenal ES', '12', '19', '3', '1', ''],
    ['BK-037', 'Kwame Asante Jr', '2013-12-02', 'Kwame Asante', '412-555-0190',
     'Sci-Tech 6-12', '16', '15', '11', '3', 'PICU admit 2023 - see chart'],
    ['BK-040', 'Lily Nguyen', '2016-04-17', 'Thu Nguyen', '412-555-0129',
     'Phillips K-5', '18', '21', '2', '0', 'Vietnamese speaking parent'],
    ['BK-042', 'Mateo Jean-Baptiste', '2014-10-09', 'Marie-Claude Joseph', '412-555-0148',
     'Allderdice', '11', '13', '14', '2', 'Kreyol consent'],
])
add('phi', 'lists', 'Harris; Rivera-Soto; Asante; Nguyen; Jean-Baptiste',
    HIROSHI, '"Okoro, Grace MD" <gokoro@halvorsenhealth.org>',
    'BREATHE-Kids enrollment export (zip)',
    'Tue, 22 Oct 2024 17:20:03 -0400',
    """Dr. Okoro,

Attached is the enrollment export you asked for for the DSMB prep. I zipped
it because the mail server kept blocking the csv. I did NOT de-identify it
yet since you said you wanted to check the ED visit counts against the
charts first -- please don't forward as is.

Hiroshi
""",
    atts=[('BREATHE_enrollment_export_2024-10-22.zip', 'application/zip',
           zip_bytes([('BREATHE_enrollment_2024-10-22.csv', _breathe)]))])

_prescreen = [
    ['Last name', 'First name', 'MRN', 'DOB', 'LVEF %', 'Last HF admit',
     'Cardiologist', 'Phone', 'Comment'],
    ['Pokorny', 'Milan', '20118374', '1956-02-19', '30', '2024-08-02', 'Mehra',
     '412-555-0166', 'on sac/val'],
    ['Oduya', 'Florence', '21773092', '1961-09-05', '25', '2024-09-15', 'Chen',
     '412-555-0108', 'ICD in place'],
    ['Alvarez', 'Rogelio', '19900841', '1949-11-27', '35', '2024-07-21', 'Mehra',
     '412-555-0177', 'hx poor adherence'],
    ['Whitlock-Hayes', 'Beverly', '22305516', '1958-05-13', '20', '2024-10-01',
     'Chen', '412-555-0131', 'LVAD eval - likely excl'],
    ['Bui', 'Thanh', '20640077', '1963-03-03', '33', '2024-09-28', 'Mehra',
     '412-555-0196', 'needs interpreter'],
]
add('phi', 'lists', 'Pokorny; Oduya; Alvarez; Whitlock-Hayes; Bui', TOMASZ, MEHRA,
    'HF clinic recruitment list - Nov',
    'Wed, 30 Oct 2024 12:12:12 -0400',
    """Dr. Mehra -- attached is the prescreen list from the HF clinic schedule for
November. Five look possible. Could you OK which ones I can approach at their
clinic visits? (Dr. Chen's two I'll email him about separately.)

thanks
Tomasz
""",
    atts=[('VTX214_prescreen_Nov.xlsx',
           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
           xlsx_bytes(_prescreen, 'prescreen'))])

add('phi', 'lists', 'Szymanski; Esperanza Molina; Venkataraman; Castellanos-Ortiz',
    LUIS, 'cru-research-nurses@halvorsenhealth.org',
    'weekend sign-out CRU 10/25-10/27',
    'Fri, 25 Oct 2024 16:40:00 -0400',
    """Weekend sign-out. On-call research RN: Jasmine (pager 4401) Sat, me Sun.

PT                    STUDY      SUBJ      ISSUE / TO-DO
--------------------  ---------  --------  ----------------------------------------
Szymanski, Lorraine   ASPEN-CKD  A-0412    bilat LE edema, Dr Patel started
                                           furosemide 20 daily Weds. daily wts,
                                           call if up >1kg. Day 15 PK redraw Mon.
Molina, Esperanza     ASPEN-CKD  A-0405    R arm fistula - NO BP/labs L arm!!
                                           run-in diary due Mon
Venkataraman, S.      ASPEN-CKD  A-0418    consented Thu, baseline biopsy Tue,
                                           hold aspirin from Sat
Castellanos-Ortiz, R  VTX-214    214-1140  fall w/ head CT 9/28 -> SAE f/u due
                                           11/1, still waiting on ROI

Nothing pending from central lab. Freezer #3 was reading -74 Fri pm,
facilities aware.

Luis
""")

# =========================================================================
# PHI -- struct
# =========================================================================
add('phi', 'struct', 'Amsel',
    'Craig Bellamy <cbellamy@halvorsenhealth.org>', KAREN,
    'RE: troponin not crossing to research inbox',
    'Thu, 10 Oct 2024 11:07:48 -0400',
    r"""Karen,

Found it. The result did come across the interface, it just went to the
ordering provider pool because the research order code wasn't on the OBR.
Here's the message from the engine log (pasted as-is):

MSH|^~\&|SUNQUEST|HUH_LAB|EPIC|HUH|20241008111502||ORU^R01|LAB88231945|P|2.5.1
PID|1||00581264^^^HUH^MR||AMSEL^DELBERT^J||19480517|M|||415 CHESTNUT ST^^SEWICKLEY^PA^15143||(412)555-0109
PV1|1|O|CRU^^^HUH||||1187^MEHRA^ANIL|||||||||||RES2024103
ORC|RE|O4418821|L88231945
OBR|1|O4418821|L88231945|BMP^BASIC METABOLIC PANEL|||202410080905|||||||||1187^MEHRA^ANIL
OBX|1|NM|2823-3^POTASSIUM^LN||5.8|mmol/L|3.5-5.1|H|||F
OBX|2|NM|2160-0^CREATININE^LN||1.6|mg/dL|0.7-1.3|H|||F
OBX|3|NM|2951-2^SODIUM^LN||136|mmol/L|135-145|N|||F

I'll add the research flag mapping today so future ones route correctly.
Ticket is INC0051187.

Craig Bellamy
Senior Integration Analyst, Clinical Applications
""")

_adt = ("MSH|^~\\&|EPIC|HUH|ONCORE|HUH_OCR|20241021103355||ADT^A04|9918223|P|2.3\r"
        "EVN|A04|20241021103355\r"
        "PID|1||22017734^^^HUH^MR~991-44-2087^^^SSA^SS||HADDAD^IBRAHIM^Y||19530711|M||"
        "2106-3|3310 BROWNSVILLE RD^^PITTSBURGH^PA^15227||(412)555-0102|||M|MUS|"
        "7710066120\r"
        "NK1|1|HADDAD^LEILA|DAU|||(412)555-0175\r"
        "PV1|1|O|CARD^RM4^^HUH||||1187^MEHRA^ANIL^^^MD||||||||||||RES|||||||||||||"
        "||||||||||20241021100000\r"
        "IN1|1|HMO01|4402|HIGHMARK ADVANTAGE|||||||||||HADDAD^IBRAHIM|SEL|19530711\r"
        "ZRS|VTX-214-03|214-1121|RANDOMIZED|20241021\r")
add('phi', 'struct', 'Haddad',
    'OnCore Interface Alerts <oncore-noreply@halvorsenhealth.org>',
    'ocr-ctms-support@halvorsenhealth.org',
    'Interface error: ADT^A04 rejected (no matching protocol subject) 9918223',
    'Mon, 21 Oct 2024 10:34:02 -0400',
    """Interface: EPIC_ADT_IN -> OnCore
Status:    REJECTED
Reason:    ZRS-2 subject 214-1121 not found on protocol VTX-214-03 calendar
Message control ID: 9918223

The original message is attached. Reprocess from the Interface Monitor after
the subject has been registered in OnCore.
""",
    atts=[('ADT_A04_9918223.hl7', 'application/hl7-v2', _adt.encode('ascii'))])

add('phi', 'struct', 'Whitcombe', MEGAN,
    'Tyler Quan <tquan@claimbridge-edi.com>',
    'clearinghouse rejection - 837P with CT modifier',
    'Wed, 02 Oct 2024 15:48:19 -0400',
    """Hi Tyler,

Our 837P for the KNEE-REGEN SOC x-ray got rejected at your edit with
"NCT number missing" but we put it in the REF. Snippet from the batch file
below, can you tell me what your edit is looking for? We're using condition
code 30 and the Q1 modifier.

ISA*00*          *00*          *ZZ*HALVORSENUH    *ZZ*CLAIMBRIDGE    *241001*1522*^*00501*000004471*0*P*:~
GS*HC*HALVORSENUH*CLAIMBRIDGE*20241001*1522*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*B20241001-88*20241001*1522*CH~
NM1*85*2*HALVORSEN UNIVERSITY PHYSICIANS*****XX*1457392018~
HL*2*1*22*0~
SBR*P*18*GRP44021******BL~
NM1*IL*1*WHITCOMBE*THOMAS*R***MI*YPB773019284~
N3*58 DORSEYVILLE RD~
N4*PITTSBURGH*PA*15238~
DMG*D8*19590227*M~
NM1*PR*2*BLUE CROSS PA*****PI*54704~
CLM*RB2024091088*212.00***11:B:1*Y*A*Y*Y~
DTP*431*D8*20240903~
HI*ABK:M1711~
HI*BG:30~
REF*P4*NCT05512238~
LX*1~
SV1*HC:73562:RT:Q1*212.00*UN*1***1~
DTP*472*D8*20240903~
SE*20*0001~

Thanks,
Megan
""", cc=RBILL)

add('phi', 'struct', 'Sandoval', 'Ron Petrakis <rpetrakis@halvorsenhealth.org>',
    MEGAN,
    'FW: 835 denial - research charge?',
    'Fri, 25 Oct 2024 09:20:55 -0400',
    """Megan, this came back on the 835 this morning -- payer denied the 10/07
admin line as investigational. Is this the one you already moved? If so I'll
just write it off to the study.

CLP*HAR55120984*4*1842.00*0*0*12*3300920417*13*1~
NM1*QC*1*SANDOVAL*EVERETT*M***MI*KMH551208833~
NM1*82*1*STROUD*REBECCA****XX*1669024187~
DTM*232*20241007~
SVC*HC:96413*1204.00*0**1~
DTM*472*20241007~
CAS*CO*B7*1204.00~
SVC*HC:85025*38.00*0**1~
CAS*CO*50*38.00~
LQ*HE*N386~

Ron Petrakis
PFS - Hospital Billing, Denials Team
""")

add('phi', 'struct', 'Quintero', 'Anders Vik <avik@halvorsenhealth.org>',
    HIROSHI,
    'FHIR pull for ASPEN eSource - sample payload',
    'Thu, 24 Oct 2024 13:55:10 -0400',
    """Hiroshi,

Here's what the EHR FHIR endpoint returns for one of your enrolled ASPEN
participants (I picked one with a recent lab so you can see the Observation
shape). This is real prod data so please don't put it in the vendor ticket --
give them the structure only.

{
  "resourceType": "Bundle",
  "type": "searchset",
  "total": 2,
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "eXq3.9bT1mKzQ4",
        "identifier": [
          {"system": "urn:oid:1.2.840.114350.1.13.88.2.7.5.737384.14", "value": "21640982"}
        ],
        "name": [{"use": "official", "family": "Quintero", "given": ["Marisol", "Elena"]}],
        "gender": "female",
        "birthDate": "1990-06-08",
        "telecom": [{"system": "phone", "value": "412-555-0157", "use": "mobile"}],
        "address": [{"line": ["48 Jancey St Fl 2"], "city": "Pittsburgh", "state": "PA", "postalCode": "15206"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "fOBS.44918273",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "9318-7", "display": "Albumin/Creatinine [Mass Ratio] in Urine"}]},
        "subject": {"reference": "Patient/eXq3.9bT1mKzQ4"},
        "effectiveDateTime": "2024-10-03T08:41:00-04:00",
        "valueQuantity": {"value": 812, "unit": "mg/g"},
        "interpretation": [{"coding": [{"code": "H"}]}]
      }
    }
  ]
}

Anders Vik
Research Informatics | Clinical & Translational Science Institute
""")

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-7781204"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241016"/>
  <recordTarget>
    <patientRole>
      <id extension="MRN118830412" root="2.16.840.1.113883.19.5"/>
      <addr use="HP"><streetAddendum/><streetAddressLine>27 Wick Ave</streetAddressLine>
        <city>Cranford</city><state>PA</state><postalCode>15031</postalCode></addr>
      <telecom value="tel:+1-412-555-0183" use="HP"/>
      <patient>
        <name><given>Arthur</given><given>B</given><family>Lindqvist</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19440302"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><assignedAuthor><representedOrganization>
    <name>St. Brendan's Hospital</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Encounters</title>
      <text>Inpatient 09/28/2024 - 09/30/2024. Community-acquired pneumonia, RLL.
        Treated with ceftriaxone and azithromycin, O2 2L NC, weaned to RA.</text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications at discharge</title>
      <text>amoxicillin-clavulanate 875 mg BID x 5 days; furosemide 40 mg daily;
        carvedilol 12.5 mg BID; investigational drug (VTX-214) - held, resume per study team</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct', 'Lindqvist',
    'St. Brendan\'s HIM Direct <him@direct.stbrendans-health.org>', KAREN,
    'Records per authorization - LINDQVIST',
    'Wed, 16 Oct 2024 09:00:41 -0400',
    """Please find attached the Continuity of Care Document requested under the
patient authorization received 10/02/2024.

St. Brendan's Hospital - Health Information Management
Release of Information Unit
""",
    atts=[('CCD_LINDQVIST_20241016.xml', 'application/xml', _ccd.encode('utf-8'))])

add('phi', 'struct', 'Okonkwo', 'Renee Castillo <rcastillo@halvorsenhealth.org>',
    MEGAN,
    'eligibility 271 looks wrong for PET - clinical trial rider?',
    'Wed, 16 Oct 2024 14:30:27 -0400',
    """Megan -- before I submit the PET auth, the 271 came back with the
clinical trial rider inactive. Does that matter if the scan is SOC? Raw
response below (copied out of the portal):

ST*271*0001*005010X279A1~
BHT*0022*11*ELG2410168812*20241016*1424~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*23281~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN UNIVERSITY HOSPITAL*****XX*1306847119~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*OKONKWO*CHIDINMA****MI*XJH884120337~
REF*6P*00712~
N3*19 FLEMING AVE~
N4*PITTSBURGH*PA*15212~
DMG*D8*19751130*F~
EB*1*IND*30**PPO GOLD 1500~
EB*I*IND*DC***29*0~
MSG*CLINICAL TRIAL ROUTINE COSTS RIDER NOT ACTIVE~
EB*B*IND*4*HM*PPO GOLD 1500*27*150~
SE*17*0001~

She's on LUMA-2 if that's relevant.
Renee
""")

# =========================================================================
# PHI -- lang
# =========================================================================
add('phi', 'lang', 'Ruiz Delgado', 'Lucía Ruiz <lucia.ruiz.d@gmail.com>', KAREN,
    'Mi mamá Carmen Ruiz - mareos con la pastilla del estudio',
    'Sun, 27 Oct 2024 18:25:14 -0400',
    """Buenas tardes Srta. Karen,

Le escribo de parte de mi mamá, Carmen Ruiz Delgado, que está en el estudio
del corazón con el Dr. Mehra. Desde que empezó las pastillas nuevas hace dos
semanas se marea mucho cuando se levanta y ayer casi se cae en la cocina. Le
tomé la presión en casa y estaba 92/58. ¿Debe seguir tomando la medicina del
estudio? Su próxima cita es el martes 29 a las 10.

Ella no habla inglés, por eso le escribo yo. Mi número es 412-555-0149.

Gracias,
Lucía Ruiz
""")

add('phi', 'lang', 'Nogueira',
    'Ana Paula Siqueira <asiqueira@halvorsenhealth.org>',
    'joaobnogueira@hotmail.com',
    'Consulta do estudo ASPEN - quinta-feira 7/11',
    'Fri, 01 Nov 2024 10:12:40 -0400',
    """Prezado Sr. João Batista Nogueira,

Confirmando a sua consulta do estudo ASPEN na quinta-feira, 7 de novembro,
às 8h00, no 3º andar (Unidade de Pesquisa Clínica). Por favor venha em jejum
a partir da meia-noite (pode beber água), porque vamos colher sangue e urina.
O Dr. Patel também vai conversar com o senhor sobre o resultado da biópsia
renal do dia 24 e sobre a dose da insulina, que ele quer diminuir.

Traga todos os seus remédios. Se precisar remarcar, ligue para
412-555-0187 (Karen) e peça uma intérprete.

Atenciosamente,
Ana Paula Siqueira
Intérprete Médica - Português
Serviços de Idiomas | Halvorsen University Hospital
""", cc=PATEL, cte='quoted-printable')

add('phi', 'lang', 'Trần Thị Hảo', 'Hao Tran <haotran1961@yahoo.com>', JAS,
    'Hỏi về tác dụng phụ sau khi truyền thuốc',
    'Sun, 03 Nov 2024 21:03:33 -0500',
    """Chào cô Jasmine,

Tôi là Trần Thị Hảo, bệnh nhân của bác sĩ Stroud. Sau lần truyền thuốc đầu
tiên hôm thứ Năm, tối thứ Bảy tôi bị sốt 38,5 độ và bị tiêu chảy 5-6 lần một
ngày. Tôi đã uống Tylenol hai lần. Tôi có cần vào bệnh viện không? Con gái
tôi có thể chở tôi đến sáng mai.

Cảm ơn cô nhiều,
Hảo
""")

add('phi', 'lang', 'Jean-Baptiste', 'Marie-Claude Joseph <mcjoseph412@gmail.com>',
    'BREATHE-Kids Study <breathekids@halvorsenhealth.org>',
    'Mateo - ijans yè swa',
    'Sat, 26 Oct 2024 11:47:09 -0400',
    """Bonjou,

Se Marie-Claude Joseph, manman Mateo Jean-Baptiste ki nan etid opresyon an.
Mateo te gen yon gwo kriz opresyon yè swa, nou te oblije mennen l nan ijans
lan lopital timoun yo. Yo ba li nebilizè 3 fwa ak prednisone pou 5 jou. Li pi
byen jodi a men li pa ale lekòl lendi. Èske nou dwe toujou vini randevou
lendi a nan klinik etid la? Tanpri rele m nan 412-555-0148, mwen pa konprann
mesaj an angle yo byen.

Mèsi anpil,
Marie-Claude
""")

add('phi', 'lang', 'Кузнецов', 'Светлана Кузнецова <s.kuznetsova@mail.ru>', KAREN,
    'Отец - отёки, участник VTX-214',
    'Tue, 29 Oct 2024 06:55:18 -0400',
    """Здравствуйте, Карен!

Пишу по поводу моего отца, Кузнецова Валентина Петровича (участник
исследования VTX-214, д.р. 12.03.1947). Вчера вечером у него сильно отекли
ноги, и он набрал почти 2 кг за два дня. Одышка усилилась, ночью спит сидя.
Кардиолог по месту жительства увеличил ему фуросемид до 80 мг.

Нужно ли сообщить об этом доктору Мехре и продолжать ли приём исследуемого
препарата? Можем приехать сегодня после обеда.

Спасибо,
Светлана Кузнецова
тел. 412-555-0164
""")

add('phi', 'lang', 'Villanueva', 'Remy Villanueva <remy.villanueva@yahoo.com>',
    KAREN,
    'knee study - nahulog po ako',
    'Mon, 07 Oct 2024 13:29:51 -0400',
    """Hi Ma'am Karen,

Si Remedios Villanueva po ito, kasali po ako sa knee study. Gusto ko lang po
sabihin na nahulog po ako sa hagdan noong Linggo at namaga po ang kaliwang
tuhod ko (hindi po yung tinurukan, yung kabila). Nagpa-x-ray po ako sa urgent
care at wala naman pong bali, binigyan lang po ako ng tramadol. Okay lang po
ba inumin yun habang nasa study? Sa Huwebes po yung susunod kong visit.

Salamat po,
Remy
""")

add('phi', 'lang', '陈国华', '陈丽 <chenli.pgh@163.com>', STROUD + ', ' + JAS,
    '关于我父亲陈国华的第三周期治疗',
    'Sun, 20 Oct 2024 20:14:02 -0400',
    """Stroud医生、Jasmine护士，您们好：

我是陈国华的女儿陈丽。我父亲上周四做了第二周期的输液，回家后三天一直发烧（最高
38.7度），吃不下东西，嘴里有很多溃疡。昨天我们去了急诊，验血说白细胞很低，医生
给他开了抗生素（左氧氟沙星）。

请问下周一的第三周期还要按时做吗？我父亲不太会说英语，有事请打我的电话
412-555-0135。

谢谢！
陈丽
""",
    html="""<div style="font-family:'Microsoft YaHei',sans-serif">
<p>Stroud医生、Jasmine护士，您们好：</p>
<p>我是<b>陈国华</b>的女儿陈丽。我父亲上周四做了第二周期的输液，回家后三天一直发烧（最高38.7度），吃不下东西，嘴里有很多溃疡。昨天我们去了急诊，验血说白细胞很低，医生给他开了抗生素（左氧氟沙星）。</p>
<p>请问下周一的第三周期还要按时做吗？我父亲不太会说英语，有事请打我的电话 412-555-0135。</p>
<p>谢谢！<br>陈丽</p></div>""")

add('phi', 'lang', 'الحسيني', 'Yousef Alhusseini <y.alhusseini@gmail.com>', PATEL,
    'بخصوص والدي محمود الحسيني - البوتاسيوم',
    'Wed, 30 Oct 2024 15:40:27 -0400',
    """السلام عليكم دكتور باتيل،

أنا يوسف الحسيني، ابن المريض محمود الحسيني المشارك في دراسة الكلى. والدي أجرى
فحص الدم يوم الاثنين، واتصلت بنا الممرضة وقالت إن البوتاسيوم مرتفع (6.0).
أوقف الدواء التجريبي كما طلبتم. هل يحتاج أن يأتي إلى المستشفى قبل موعده يوم
5 نوفمبر؟ هو يشعر بضعف في رجليه منذ أمس.

رقم هاتفي 412-555-0121.

شكراً جزيلاً،
يوسف
""", cte='base64')

# =========================================================================
# CLEAN -- admin
# =========================================================================
add('clean', 'admin', '', 'IT Service Desk <servicedesk@halvorsenhealth.org>',
    KAREN,
    'INC0048211 updated - REDCap account locked (resolved)',
    'Tue, 24 Sep 2024 10:02:19 -0400',
    """Hello Karen,

Incident INC0048211 has been updated.

Short description: REDCap account locked after password reset
State:             Resolved
Assigned to:       Marcus Feeney (Research Applications)
Resolution notes:  Account kthibodeaux unlocked. Two-factor re-enrolled via
                   Duo. User confirmed access to projects PID 1184 and PID 2207.

If you feel this incident was not resolved, reply to this email within 5
business days or call the Service Desk at 412-555-0100, option 3.

Thank you,
Halvorsen Health IT Service Desk
Ref:MSG4478120
""")

add('clean', 'admin', '', 'Yvonne Castellano <ycastellano@halvorsenhealth.org>',
    'ocr-coordinators@halvorsenhealth.org',
    'Thanksgiving week coverage - CRU',
    'Thu, 31 Oct 2024 14:18:45 -0400',
    """Hi all,

Coverage for Thanksgiving week, please check your slot and tell me by 11/8 if
something doesn't work:

Mon 11/25   CRU front desk: Tomasz    Infusion RN: Jasmine   Labs: Luis
Tue 11/26   CRU front desk: Karen     Infusion RN: Colleen   Labs: Luis
Wed 11/27   CRU front desk: Hiroshi (AM only), Karen (PM)   RN: Jasmine
Thu 11/28   CLOSED
Fri 11/29   On-call only: Luis (pager 4402), Karen backup cell 412-555-0187

Sponsors have been told no visits Thu/Fri. If you have a visit window that
falls on those days let me know and we'll work it out with the PI.

Happy almost-holidays,
Yvonne

Yvonne Castellano, MBA
Operations Manager, Clinical Research Unit
Office of Clinical Research | 412-555-0114
""")

add('clean', 'admin', '', 'Veradyne Site Payments <sitepayments@veradyne.com>',
    'ocr-finance@halvorsenhealth.org',
    'Remittance advice - Invoice INV-017-2024-09 - VTX-214-03',
    'Mon, 07 Oct 2024 08:00:00 +0000',
    """Remittance Advice

Payee:      Halvorsen University Hospital - Office of Clinical Research
Site:       017 (PI: A. Mehra)
Protocol:   VTX-214-03
Payment ID: EFT-2024-1007-88412
Paid:       07-Oct-2024

Line  Description                              Qty    Unit       Amount
1     Subject visit fees (per CTA Exhibit B)   23     variable   41,208.00
2     Screen failure fees                      4      650.00      2,600.00
3     IRB continuing review pass-through       1      2,150.00    2,150.00
4     Pharmacy annual maintenance              1      1,800.00    1,800.00
5     Holdback (10%)                                             -4,120.80
                                                         Total  43,637.20

Visit-level detail is available in the Veradyne Site Portal under Payments >
Statements. Questions: sitepayments@veradyne.com, +1 617 555 0131.
""")

add('clean', 'admin', '', 'Facilities Work Control <workcontrol@halvorsenhealth.org>',
    'Luis Navarro <lnavarro2@halvorsenhealth.org>',
    'WO 24-118402 - -80 freezer #3 alarm, Scaife B214',
    'Sat, 26 Oct 2024 06:41:12 -0400',
    """Work Order 24-118402
Location:   Scaife Hall B214 (Clinical Research Unit sample room)
Asset:      ULT freezer #3, Thermo TSX, tag HUH-077341
Problem:    High temp alarm -72C at 0310, contacts called per list
Action:     Tech (D. Kowalczyk) on site 0420. Condenser filter clogged,
            cleaned; compressor cycling normally. Temp recovered to -79C at
            0605. Recommend PM visit within 2 weeks.
Status:     Closed - Follow-up PM scheduled 11/6

Contents were not transferred. If you need a temperature excursion report
for sponsors, the TempTrak export is attached to the WO in the portal.

Facilities Work Control 24/7: 412-555-0199 x0
""")

add('clean', 'admin', '', 'Talent Onboarding <onboarding@halvorsenhealth.org>',
    '"Oduya-Mensah, Abena" <aoduyamensah@halvorsenhealth.org>',
    'Welcome! Your first-week checklist - Clinical Research Coordinator I',
    'Wed, 16 Oct 2024 09:30:00 -0400',
    """Hi Abena,

Welcome to Halvorsen! Your start date is Monday, November 4, 2024. Report to
the Office of Clinical Research, Forbes Tower Suite 720, at 8:30 AM and ask
for Yvonne Castellano.

Before day one:
  [ ] Badge photo -- Security office, Forbes Tower B1 (bring photo ID)
  [ ] Employee Health appointment (scheduled 10/29 at 1:15 PM, Oakland site)
  [ ] CITI: Biomedical Human Subjects Research, GCP for Clinical Trials
      with Investigational Drugs, and IATA Shipping of Biological Samples
  [ ] Epic Research Coordinator training -- class RES101 on 11/5

Your employee ID is 00488213 and your network ID will be aoduyamensah.
Parking: permit #P-77214, Forbes garage level 3.

Questions? Call us at 412-555-0171.

Talent Acquisition - Onboarding Team
""")

add('clean', 'admin', '', 'OnCore Support <oncore-support@halvorsenhealth.org>',
    'ocr-all@halvorsenhealth.org',
    'OnCore CTMS downtime Sat 11/9 0600-1400 - upgrade to 2024R2',
    'Mon, 28 Oct 2024 12:00:00 -0400',
    """All,

OnCore will be unavailable Saturday, November 9 from 06:00 to 14:00 for the
upgrade to release 2024R2. During downtime:

- Subject visit tracking: use the paper downtime form (SharePoint > OCR >
  Downtime > Visit_Log_Downtime_v3.docx) and enter after go-live.
- Epic research billing review (RBR) queues will keep collecting charges;
  billing staff should NOT release research holds until 11/11.
- The Epic <-> OnCore ADT interface will queue messages and replay.

What's new in 2024R2: new financial reconciliation dashboard, improved
eRegulatory signature workflow, and the fix for the calendar
"visit window shows 1 day off" bug (CTMS-4471).

Training demo on Thursday 11/14 at noon, Teams link to follow.

Thanks,
Stacy Perlman, OnCore Application Manager
Research Information Systems | 412-555-0122
""")

add('clean', 'admin', '', PRIYANKA, KAREN + ', ' + TOMASZ,
    'IMV #4 confirmation - 19-20 Nov - site 017',
    'Thu, 24 Oct 2024 11:11:50 +0000',
    """Hi Karen and Tomasz,

Confirming the next on-site monitoring visit for VTX-214-03, Tuesday 19 and
Wednesday 20 November, 09:00-16:30 both days.

Could you please:
- book a room with a monitor workstation (same as last time, Forbes 718 is
  perfect),
- request my read-only EMR monitor access again -- my account
  (ext_pshah01) expired on 30 Sept,
- have the pharmacy IP accountability logs and the temperature logs ready,
- arrange 30 min with Dr. Mehra on Wednesday afternoon for the PI
  meeting.

I'll send the confirmation letter with the SDV list through the portal.
Travel: arriving PIT Monday night, Meridian travel ref MCP-77418.

Kind regards,
Priyanka Shah
Senior CRA | Meridian Clinical Partners
M +44 7700 900418
""" + CONF)

# =========================================================================
# CLEAN -- lookalike
# =========================================================================
add('clean', 'lookalike', '', 'Shadyside Animal Hospital <frontdesk@shadysidevets.com>',
    'karen.thibodeaux@gmail.com',
    "Biscuit's dental + bloodwork results",
    'Fri, 20 Sep 2024 16:30:12 -0400',
    """Hi Karen,

Biscuit did great today! Summary from Dr. Alvarado:

Patient: Biscuit (canine, beagle mix, 9 y, 11.2 kg)   Patient ID: 44821
Procedure: dental cleaning under anesthesia, 2 extractions (104, 208)
Pre-anesthetic bloodwork: BUN 31 (slightly high), ALT normal, PCV 44%
Meds going home: carprofen 25 mg q12h x 5 days, clavamox 62.5 mg q12h x 7 days

Soft food only for a week. Recheck in 10 days for the extraction sites,
we'll recheck kidney values in 6 months since BUN was up a little.

Your balance of $684.20 was charged to the card on file (ending 3319).

Shadyside Animal Hospital
5520 Walnut St, Pittsburgh PA | 412-555-0190
""",
    html="""<html><body><h3 style="color:#2a7a5a">Biscuit did great today!</h3>
<p>Summary from Dr. Alvarado:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Patient</td><td>Biscuit (canine, beagle mix, 9 y, 11.2 kg)</td></tr>
<tr><td>Patient ID</td><td>44821</td></tr>
<tr><td>Procedure</td><td>dental cleaning under anesthesia, 2 extractions (104, 208)</td></tr>
<tr><td>Bloodwork</td><td>BUN 31 (slightly high), ALT normal, PCV 44%</td></tr>
<tr><td>Meds</td><td>carprofen 25 mg q12h x 5 days; clavamox 62.5 mg q12h x 7 days</td></tr>
</table>
<p>Soft food only for a week. Recheck in 10 days.</p>
<p>Your balance of $684.20 was charged to the card on file (ending 3319).</p>
<p>Shadyside Animal Hospital &middot; 5520 Walnut St, Pittsburgh PA &middot; 412-555-0190</p>
</body></html>""")

add('clean', 'lookalike', '', 'IronWorks Fitness <members@ironworksfit.com>',
    'tkowal.runs@gmail.com',
    'Your 90-day body composition check-in, Tomasz',
    'Sat, 12 Oct 2024 07:00:00 -0400',
    """Hi Tomasz,

Member #: IWF-0088124   Home club: Lawrenceville

Your Day-90 assessment with coach Dre is booked for Sat 10/19 at 9:15 AM.
Last check-in results:

  Weight ........... 184.6 lb   (-6.2 since intake)
  Body fat ......... 21.4 %     (-2.9)
  Resting HR ....... 58 bpm
  VO2 max est ...... 44
  Blood pressure ... 124/78 (cuff at front desk)

Reminder: the "Recovery" add-on (cold plunge + compression boots) is 20% off
for members through October. Your membership renews 11/01 at $49.99/mo.

Train hard,
IronWorks Fitness | 3801 Butler St | 412-555-0147
Unsubscribe | Manage preferences
""")

add('clean', 'lookalike', '', 'Steel Valley Federal Credit Union <alerts@steelvalleyfcu.org>',
    'jboateng.home@gmail.com',
    'Member #118-44091: Your October eStatement is ready',
    'Fri, 01 Nov 2024 05:12:33 -0400',
    """Dear Member,

Your eStatement for the period 10/01/2024 - 10/31/2024 is now available in
Online Banking.

Member number:      118-44091
Share Savings (S01) ending balance:    $2,418.77
Checking (S10) ending balance:         $1,093.51
Auto loan (L02) next payment due:      11/15/2024   $412.66
Health Savings Account (S40):          $3,150.00

Reminder: contributions to your HSA for 2024 must be made by April 15, 2025.

Routing number 243088915. Never share your PIN or one-time passcodes; SVFCU
will never call to ask for them.

Steel Valley FCU | 1-800-555-0182 | Federally insured by NCUA
""")

add('clean', 'lookalike', '', 'Allegheny Air <noreply@alleghenyair.com>',
    'anil.mehra.md@gmail.com',
    'Your trip confirmation - PIT to BOS - Record Locator QX7TRM',
    'Mon, 04 Nov 2024 19:45:02 -0500',
    """Thank you for flying Allegheny Air, ANIL MEHRA.

Record locator: QX7TRM        Ticket: 0187124488312
SkyMiles member: AA8842110 (Gold)

Thu 14 NOV  AL 1182  PIT 07:05 -> BOS 08:49   Seat 3C  Main Cabin Extra
Sat 16 NOV  AL 1191  BOS 17:30 -> PIT 19:31   Seat 4A  Main Cabin Extra

Special service requests: none
Bags: 1 checked included (Gold)
Meal: Vegetarian (AVML) on request

Traveling to the Veradyne Investigator Meeting? Show your boarding pass at
Harbor Point Hotel for the group rate.

Need to change? Visit alleghenyair.com/manage or call 1-800-555-0156.
""")

add('clean', 'lookalike', '', 'Keystone Auto Insurance Claims <claims@keystoneauto.com>',
    'hiroshi.tanabe@outlook.com',
    'Claim 24-PA-7718223: estimate approved',
    'Wed, 02 Oct 2024 14:20:00 -0400',
    """Hi Hiroshi,

Good news -- the repair estimate for claim 24-PA-7718223 has been approved.

Policy #:        KAP-4410982-07
Date of loss:    09/24/2024
Vehicle:         2019 Subaru Outback, VIN ending 6612
Injuries:        None reported
Damage:          rear bumper cover, liftgate, tail lamp (L)
Estimate:        $3,284.15   Deductible: $500.00
Shop:            Bloomfield Collision, 412-555-0133

Rental coverage: up to $40/day for 10 days (reservation #E-8841002).

Your adjuster is Terri Lund, ext 2218. Reply to this email with any
questions.

Keystone Auto Insurance - Claims Department
""")

add('clean', 'lookalike', '', 'Hollis Tree Care <estimates@hollistree.com>',
    'ycastellano@verizon.net',
    'Diagnosis & treatment plan - red oak, backyard',
    'Tue, 15 Oct 2024 17:05:40 -0400',
    """Hi Yvonne,

Thanks for having me out Monday. Here's what I found on the big red oak.

Diagnosis: Armillaria root rot (shoestring fungus) -- white mycelial fans
under the bark at the root collar on the north side, honey mushrooms at the
base in September, and thinning crown. About 30% of the structural roots
look compromised on resistograph.

Prognosis: poor long term. Not an immediate failure risk but it will
decline and becomes a hazard over the house within 2-3 years.

Treatment options:
  1. Root collar excavation + crown reduction, recheck annually -- $1,450
  2. Removal + stump grinding -- $3,900
I'd recommend #2 before next summer's storms. The neighbor's maple is
healthy, no symptoms.

Quote #Q-2410-118, valid 60 days.

Dale Hollis, ISA Certified Arborist PA-2281A
Hollis Tree Care | 412-555-0168
""")

add('clean', 'lookalike', '', 'Anders Vik <avik@halvorsenhealth.org>',
    'research-informatics@halvorsenhealth.org',
    'postmortem: redcap-sync worker "patient zero" OOM loop',
    'Fri, 18 Oct 2024 16:02:27 -0400',
    """Team,

Quick postmortem on yesterday's sync outage.

Symptom: redcap-sync pods restarted 214 times between 02:10 and 09:40.
Patient zero was worker-3 (pid 4471) -- it picked up a malformed batch and
leaked memory until OOM-killed, then the supervisor re-queued the same
batch to the next worker. Classic contagion.

Triage:
  - heartbeat check was green the whole time (it only checks the supervisor)
  - vitals dashboard showed mem climbing 40 MB/min per worker
  - kill -9 on the poisoned batch id (#880213), quarantined to dead-letter

Treatment: added a max-retries=3 with dead-letter queue (PR #1187), and the
health probe now checks worker RSS. Discharge criteria for closing the
incident: 72 h with no restarts.

No data lost; the 1,204 records in the batch synced after the fix.

Anders
""")

# =========================================================================
# CLEAN -- news
# =========================================================================
add('clean', 'news', '', 'HRPO Updates <irb-news@irb.halvorsen.edu>',
    'research-community@halvorsen.edu',
    'IRB Bulletin - October 2024: eConsent, single IRB reliance, new RNI form',
    'Tue, 01 Oct 2024 09:00:00 -0400',
    """HUMAN RESEARCH PROTECTION OFFICE -- IRB BULLETIN, OCTOBER 2024

1. eConsent is now approved for greater-than-minimal-risk studies
   Studies may use the institutional eConsent platform for drug and device
   trials, provided identity verification is documented. See Policy HRP-091
   (rev. 09/2024).

2. Single IRB (sIRB) reliance
   For multi-site studies relying on an external IRB, the local context
   review form is now 3 pages instead of 9. Average turnaround in Q3 was 6.2
   business days.

3. Reportable New Information (RNI) form updated
   The new form asks separately about consent process deviations (wrong
   ICF version, missing signature, consent by non-delegated staff). Of the
   148 RNIs received in Q3, 41% were consent-related.

4. Office hours
   Dana Whitfield and Marco Reyes hold drop-in office hours every Thursday
   1-3 PM in Parran Hall 418, or by Teams.

5. Reminder: continuing review
   Studies approved before 2019 Common Rule transition still require annual
   continuing review unless the IRB has made a determination otherwise.

Questions: irb@halvorsen.edu | 412-555-0110
""")

add('clean', 'news', '', 'FDA MedWatch <medwatch-list@fda-alerts.example.gov>',
    'pharmacy-investigational@halvorsenhealth.org',
    'MedWatch: Voluntary recall of Carvexil (carvedilol) 25 mg tablets, select lots',
    'Thu, 17 Oct 2024 15:22:00 -0400',
    """MedWatch - The FDA Safety Information and Adverse Event Reporting Program

Norwell Pharmaceuticals is voluntarily recalling three lots of Carvexil
(carvedilol) 25 mg tablets, 100-count bottles, to the consumer level due to
the detection of an N-nitroso impurity above the acceptable intake limit.

Affected lots: NW24C118, NW24C121, NW24C130   Exp: 06/2026
NDC: 0555-4418-01

Risk: Long-term exposure above the acceptable intake may increase cancer
risk. To date, Norwell has not received reports of adverse events related
to this recall.

Patients should continue taking their medication and contact their
pharmacist or physician, as stopping beta-blockers abruptly can be harmful.

Health care professionals and consumers may report adverse reactions to
MedWatch online or by fax at 1-800-FDA-0178.

You are subscribed to MedWatch Safety Alerts. Manage your subscription.
""")

add('clean', 'news', '', 'Allegheny County Health Dept <epi-bulletin@achd-alerts.example.org>',
    'infection-prevention@halvorsenhealth.org',
    'Respiratory Virus Surveillance - Week 42 (Oct 13-19, 2024)',
    'Wed, 23 Oct 2024 12:00:00 -0400',
    """ALLEGHENY COUNTY RESPIRATORY VIRUS SURVEILLANCE -- MMWR WEEK 42

                     This week   Last week   Season total
Influenza A              38          21            97
Influenza B               4           2             9
RSV                      61          44           203
COVID-19                112         131         1,844
Hospitalizations (all)   29          26           311
Pediatric flu deaths      0           0             0

Notes:
- RSV activity is rising earlier than last season, with 58% of cases in
  children under 2 years and 22% in adults 65+.
- ED visits for influenza-like illness: 2.1% of all visits (baseline 2.4%).
- Nirsevimab and maternal RSV vaccine supply is adequate; see provider
  guidance at the ACHD website.

This bulletin contains aggregate data only. Counts are provisional.
""")

add('clean', 'news', '', 'OCR Communications <ocr-news@halvorsenhealth.org>',
    'ocr-all@halvorsenhealth.org',
    'The Research Round-Up - October 2024',
    'Wed, 30 Oct 2024 10:00:00 -0400',
    """THE RESEARCH ROUND-UP | Office of Clinical Research | October 2024

ENROLLMENT THIS MONTH
  Cardiology ........ 14 (VTX-214-03 is now #2 of 88 sites globally!)
  Oncology .......... 9
  Nephrology ........ 6
  Pediatrics ........ 5
  Orthopedics ....... 3
  Total active participants across 212 open studies: 2,418

KUDOS
  * Karen Thibodeaux, CCRC, for zero findings at the Veradyne audit.
  * Luis Navarro, RN, for covering weekend call three weeks running while
    the CRU centrifuge was down (a new one arrives Nov 12 -- thank you,
    Facilities!).
  * Jasmine Boateng, RN, OCN, passed her CCRP exam.

WELCOME
  Abena Oduya-Mensah joins as CRC I in Nephrology on Nov 4.

REMINDERS
  * Flu shots are mandatory for CRU staff by Nov 30 (Employee Health walk-in,
    Mon-Fri 7-3).
  * Research billing: review your Epic RBR queue every 48 hours.
  * Lunch & Learn 11/13: "Reading an 835 for research coordinators" with
    Megan O'Hare.

Questions or news to share? ocr-news@halvorsenhealth.org
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#003a70">The Research Round-Up</h2><p><i>Office of Clinical Research &middot; October 2024</i></p>
<h3>Enrollment this month</h3>
<table cellpadding="3"><tr><td>Cardiology</td><td>14</td></tr><tr><td>Oncology</td><td>9</td></tr>
<tr><td>Nephrology</td><td>6</td></tr><tr><td>Pediatrics</td><td>5</td></tr><tr><td>Orthopedics</td><td>3</td></tr></table>
<p>VTX-214-03 is now #2 of 88 sites globally! Total active participants across 212 open studies: 2,418.</p>
<h3>Kudos</h3><ul><li>Karen Thibodeaux, CCRC, for zero findings at the Veradyne audit.</li>
<li>Luis Navarro, RN, for covering weekend call three weeks running while the CRU centrifuge was down.</li>
<li>Jasmine Boateng, RN, OCN, passed her CCRP exam.</li></ul>
<h3>Welcome</h3><p>Abena Oduya-Mensah joins as CRC I in Nephrology on Nov 4.</p>
<h3>Reminders</h3><ul><li>Flu shots mandatory for CRU staff by Nov 30.</li><li>Review your Epic RBR queue every 48 hours.</li>
<li>Lunch &amp; Learn 11/13: &ldquo;Reading an 835 for research coordinators&rdquo; with Megan O'Hare.</li></ul>
</body></html>""")

add('clean', 'news', '', 'Veradyne Clinical Operations <vtx214-study@veradyne.com>',
    'vtx214-sites@lists.veradyne.com',
    'VTX-214-03 Study Newsletter #9 - 1,200 participants randomized',
    'Mon, 21 Oct 2024 13:00:00 +0000',
    """VTX-214-03 STUDY NEWSLETTER  |  Issue 9  |  October 2024

MILESTONE: 1,204 participants randomized across 88 sites in 11 countries.
Target: 1,650. Projected last patient in: Q2 2025.

Top enrolling sites (last 90 days)
  1. Site 044 - Hospital Universitario San Telmo, Madrid
  2. Site 017 - Halvorsen University Hospital, Pittsburgh
  3. Site 063 - Kraków Cardiology Institute

Data quality
  Query rate: 2.8 per 100 CRF pages (target <3).
  Most common query: potassium values entered in mEq/L where mmol/L expected
  (they're numerically the same, please just pick "mmol/L").

Protocol reminders
  - Study drug must be held for K+ >5.5 mmol/L (section 6.4.2) and the site
    must repeat within 72 hours.
  - Hospitalizations for any reason are SAEs; report within 24 hours.

Investigator Meeting: Boston, 15 November. Agenda attached in the portal.

This newsletter is intended for investigators and site staff participating
in VTX-214-03. It does not contain participant-level data.
""")

add('clean', 'news', '', 'SOCRA Chapter News <chapter-news@socra-pgh.example.org>',
    'tkowal@halvorsenhealth.org',
    'Western PA Research Professionals - November meeting + CE credits',
    'Tue, 22 Oct 2024 08:30:00 -0400',
    """WESTERN PA CLINICAL RESEARCH PROFESSIONALS CHAPTER

November meeting: Tuesday 11/19, 5:30-7:30 PM
Location: Three Rivers Conference Center, Room B (parking validated)
Topic: "When the subject goes to another hospital: SAE source documents,
HIPAA authorizations, and records requests" -- Linda Okafor, JD, CHC and
Ravi Menon, RN, CCRC

1.5 CE credits (SOCRA) / 1.5 contact hours (nursing).

Also this month:
- CCRP exam prep group starts Jan 8 -- 6 Wednesday evenings
- Job board: 14 new CRC / CRA postings in the region
- Salary survey results: median CRC II salary in Western PA rose 6% to
  $58,400

RSVP by 11/12. Chapter dues $25/yr.
""")

# =========================================================================
# CLEAN -- staff
# =========================================================================
add('clean', 'staff', '', TOMASZ, MEHRA,
    'quick eligibility question - stent timing',
    'Mon, 07 Oct 2024 15:33:09 -0400',
    """Dr. Mehra,

General question before I start pre-screening for November: exclusion 7 says
"PCI within 6 months prior to screening." If someone had a stent placed 5
months ago but will be past 6 months by the randomization date, do we count
from screening or randomization? The protocol only says screening, but the
sponsor FAQ (v2) says randomization. Should I email the medical monitor?

Tomasz
""")

add('clean', 'staff', '', MEHRA, 'vtx214-pi-forum@lists.veradyne.com',
    'how are other sites handling K+ holds in the run-in?',
    'Wed, 09 Oct 2024 22:10:45 -0400',
    """Colleagues,

A question for the PI forum. We've had a couple of participants in the
run-in -- one of them a man in his 60s with stage 3b CKD -- develop
potassium in the 5.6-5.9 range around week 8-12. Per 6.4.2 we hold, recheck
in 72h, and usually they come down and we restart. Two questions:

1. Is anyone routinely starting a potassium binder (patiromer) instead of
   holding, and has the medical monitor been OK with that?
2. Are you counting salt substitutes as a con-med? We've now seen it twice.

Happy to share our hold/restart checklist if useful.

Anil Mehra, MD, FACC
Professor of Medicine, Heart Failure & Transplant Cardiology
Site PI, VTX-214-03 (Site 017)
""")

add('clean', 'staff', '', 'Colleen Rusk <crusk@halvorsenhealth.org>',
    JAS + ', Yvonne Castellano <ycastellano@halvorsenhealth.org>',
    'infusion chair staffing - November',
    'Tue, 29 Oct 2024 13:47:20 -0400',
    """Hi Jasmine / Yvonne,

For November I only have 2 research-trained infusion RNs on Tuesdays and
Thursdays (me and Jas) and we're booked for 9 chairs on the 12th and 14th.
Our ratio for first-cycle patients is 1:2 and for C2+ it's 1:4, so we're
short one nurse on both days.

Options:
a) borrow an RN from 4 South (they're trained on port access but not on
   the PK sampling)
b) move two C1D1s to Wednesday -- but Wednesday has no pharmacy tech for
   investigational product after 2 pm
c) pay for a float from the agency (~$92/hr)

I'd vote (b) if pharmacy can prep earlier. Thoughts?

Colleen Rusk, RN, BSN, OCN
Charge Nurse, Research Infusion Unit
""")

add('clean', 'staff', '', 'Eric Lindahl <elindahl@halvorsenhealth.org>',
    'aspen-ckd-team@halvorsenhealth.org',
    'ASPEN-CKD Amendment 3 approved - what changes for visits',
    'Thu, 03 Oct 2024 10:25:00 -0400',
    """Team,

The IRB approved Amendment 3 (protocol v5.0 dated 12Jul2024) on 10/1. Summary
of changes that affect visits:

  - Week 8 skin biopsy is now OPTIONAL (separate consent checkbox)
  - Visit windows widened: weeks 12-24 now +/- 7 days (was +/- 3)
  - UACR now from first-morning void at home, not spot urine at visit;
    participants get home collection kits (kit code ASP-UK2)
  - New exclusion: current use of finerenone
  - Compensation increased to $100 per standard visit, $200 for biopsy visits

Re-consent is required for all active participants at their next visit
using ICF v5.0. I've put the new ICFs in the regulatory binder and in
OnCore. Please destroy old blank copies.

Eric Lindahl, MS, RAC
Regulatory Affairs Specialist, Office of Clinical Research
""")

add('clean', 'staff', '', LUIS, 'cru-research-nurses@halvorsenhealth.org',
    'lab kit inventory + expiry - please read',
    'Mon, 21 Oct 2024 07:55:30 -0400',
    """Morning all,

Did the monthly kit count in B214 on Friday:

STUDY        KIT TYPE             ON HAND   EXPIRES     ACTION
VTX-214-03   Screening (A)        6         2025-01-31  ok
VTX-214-03   Visit (B) w/ PK      2         2024-11-15  reorder via Corvalis portal
LUMA-2       C1D1 PK (12 tubes)   4         2024-12-01  ok
LUMA-2       Unscheduled          0         --          ORDERED 10/18
ASPEN-CKD    Biopsy kit           3         2025-03-31  ok
ASPEN-CKD    Home urine ASP-UK2   0         --          awaiting sponsor, ETA 11/1

Reminder: dry ice pickup by Marken is Tue/Thu at 2 pm only. Anything
spun after 1:30 goes in the -80 until the next pickup, log it on the
shipping sheet. And PLEASE check the centrifuge log, it's still showing
errors intermittently.

Luis
""")

add('clean', 'staff', '', JAS, STROUD,
    'CTCAE question - neuropathy grading',
    'Tue, 15 Oct 2024 12:30:11 -0400',
    """Dr. Stroud,

General question for our SOP, not about a specific person: when someone
reports numbness that limits "instrumental ADLs" (buttons, writing, opening
jars) we've been calling that grade 2. But CTCAE v5 says limiting
instrumental ADL = grade 2 and limiting SELF-CARE ADL = grade 3. Buttoning a
shirt is getting dressed, so is that self-care (grade 3)?

The LUMA-2 dose modification table keys off grade 3 (hold until <= grade 1,
then reduce one level), so how we grade this matters a lot. I'd like us to
be consistent across the nurses. Could we add a line to the SOP?

Jasmine
""")

add('clean', 'staff', '', PRIYANKA, KAREN,
    'Follow-up letter IMV #3 - general findings (no subject-level items)',
    'Mon, 07 Oct 2024 09:12:04 +0100',
    """Dear Karen,

Please find below the general (non-subject-specific) findings from the
interim monitoring visit of 1-3 October 2024. Subject-level items have been
sent separately through the portal.

Regulatory
  - Delegation of authority log: one staff start date missing.
  - CV for sub-investigator Dr. H. Chen is unsigned/undated (older than 2
    years).
Investigational product
  - IP fridge temperature log gap 28-29 Sep (weekend); please confirm
    min/max from TempTrak and file a note-to-file.
Laboratory
  - Centrifuge at the CRU was out of service; please document backup
    process (e.g. main lab processing) in the lab manual.
Training
  - Protocol amendment 4 training logs complete. Thank you.

Next IMV planned 19-20 November.

Kind regards,
Priyanka Shah, Senior CRA
Meridian Clinical Partners
""" + CONF)

# =========================================================================
# CLEAN -- training
# =========================================================================
add('clean', 'training', '', 'Epic Training Team <epic-training@halvorsenhealth.org>',
    'res101-nov@halvorsenhealth.org',
    'RES101 pre-work: linking a patient to a study in PLY',
    'Fri, 01 Nov 2024 14:00:00 -0400',
    """Welcome to RES101 - Epic for Research Coordinators (Tue 11/5, 9-12).

Please do the pre-work in the PLAYGROUND (PLY) environment -- NOT production.
Log in with your training ID (e.g. RESTRN07 / password: Train!2024).

Exercise 1: Associate a test patient with a study
  1. Open patient ZZTEST, RESEARCHONE  (MRN 999000123, DOB 01/01/1950)
  2. Research Studies activity > Add > search "TRAIN-STUDY-001"
  3. Status: "Consented", date = today, enter consent version "TRN v1.0"
  4. Link the 11/05 encounter to the study and route charges to RBR

Exercise 2: Review the research billing queue for ZZTEST, RESEARCHTWO
  (MRN 999000124). Mark the CBC as research-paid and the office visit as SOC.

All ZZTEST patients are fictitious and are reset every night at 02:00.

Epic Training Team | Clinical Applications Education
""")

add('clean', 'training', '', 'Eric Lindahl <elindahl@halvorsenhealth.org>',
    'ocr-new-staff@halvorsenhealth.org',
    'GCP refresher - consent documentation exercise (sample ICF)',
    'Mon, 14 Oct 2024 11:20:00 -0400',
    """Hi all,

For Thursday's GCP refresher, please look at the attached SAMPLE signature
page and find the 5 errors before class. It's the mock one we always use.

  Study: SAMPLE-001 "A Study of Pretendamab in Imaginary Disease"
  Participant printed name: John Doe
  Participant signature: J. Doe          Date: 01/01/1900
  Person obtaining consent: Jane Roe, CRC  Date: 01/02/1900
  ICF version: v0.0 (not IRB approved -- for training only)
  LAR: N/A   Witness: "Mickey Mouse"

Hints: look at the dates, the version, who signed first, and whether a
witness is needed.

Eric
""",
    atts=[('SAMPLE_ICF_signature_page_TRAINING.txt', 'text/plain',
           """*** TRAINING SAMPLE - NOT A REAL CONSENT FORM ***
SAMPLE-001: A Study of Pretendamab in Imaginary Disease
ICF version v0.0 -- NOT IRB APPROVED

Participant name (print): John Doe
Participant signature:    J. Doe            Date: 01/01/1900
Person obtaining consent: Jane Roe, CRC     Date: 01/02/1900
Witness (if applicable):  Mickey Mouse      Date: ___________
*** TRAINING SAMPLE - NOT A REAL CONSENT FORM ***
""")])

add('clean', 'training', '', 'Jordan Pak <jordan.pak@consently.io>', KAREN,
    'Consently eConsent demo recap + sandbox login',
    'Thu, 10 Oct 2024 17:45:00 -0700',
    """Hi Karen,

Thanks for the time today! Recap of what we showed in the demo sandbox:

- Demo study "DEMO-CARDIO-01" with three sample participants: "Test Patient
  Alpha" (adult, English), "Test Patient Bravo" (LAR signing, Spanish), and
  "Test Patient Charlie" (remote, identity check via KBA). All data is
  synthetic.
- Teach-back quiz with 80% pass threshold, video embedded per section
- Part 11 audit trail export (we exported Alpha's audit trail to PDF in the
  demo -- timestamps and IP only)
- Epic integration: pushes a "Consented" status and PDF to Media via the
  research study link

Sandbox: https://sandbox.consently.io/halvorsen  user: halvorsen_demo
(password in separate message). It resets every Sunday.

Pricing proposal coming Monday. Let me know if the IRB wants a walkthrough.

Jordan Pak
Solutions Engineer, Consently | +1 415 555 0120
""")

add('clean', 'training', '', 'Craig Bellamy <cbellamy@halvorsenhealth.org>',
    'Anders Vik <avik@halvorsenhealth.org>',
    'TEST msg for the OnCore ADT interface validation (TST env)',
    'Tue, 22 Oct 2024 09:05:15 -0400',
    r"""Anders,

Here's the test A04 I'm pushing through TST for the validation script
(step 14). It's the standard test patient, nothing real.

MSH|^~\&|EPIC|HUH_TST|ONCORE|HUH_OCR_TST|20241022090000||ADT^A04|TST000114|T|2.3
EVN|A04|20241022090000
PID|1||999000123^^^HUH^MR||ZZTEST^RESEARCHONE^^^^^L||19500101|U|||1 TEST WAY^^TESTVILLE^PA^00000||(000)000-0000
PV1|1|O|TST^^^HUH||||9999^DOCTOR^TEST^^^MD||||||||||||RES
ZRS|TRAIN-STUDY-001|TST-0001|CONSENTED|20241022

Expected: OnCore TST creates subject TST-0001 on TRAIN-STUDY-001 with status
Consented. Note processing ID = T, so PRD routing rules should drop it.

Craig
""")

_redcap_mock = csv_text([
    ['record_id', 'redcap_event_name', 'first_name', 'last_name', 'dob',
     'sex', 'consent_date', 'sbp', 'dbp', 'k_level', 'ae_yn', 'notes'],
    ['TRN-001', 'baseline_arm_1', 'Sample', 'Person', '1900-01-01', 'F',
     '2024-01-01', '120', '80', '4.2', '0', 'FAKE DATA'],
    ['TRN-002', 'baseline_arm_1', 'Test', 'Subject', '1900-01-02', 'M',
     '2024-01-01', '135', '88', '5.7', '1', 'FAKE - practice AE entry'],
    ['TRN-003', 'baseline_arm_1', 'Demo', 'Participant', '1900-01-03', 'M',
     '2024-01-02', '142', '90', '', '0', 'FAKE - missing K on purpose'],
    ['TRN-004', 'week_4_arm_1', 'Sample', 'Person', '1900-01-01', 'F',
     '2024-01-29', '118', '76', '4.0', '0', 'FAKE'],
])
add('clean', 'training', '', HIROSHI, 'ocr-new-staff@halvorsenhealth.org',
    'REDCap data import practice file (fake records)',
    'Wed, 23 Oct 2024 15:15:00 -0400',
    """Hi new folks,

For Friday's REDCap session, please import the attached practice CSV into
the TRAINING project (PID 9001, not any real study). The records are all
made up -- names like "Sample Person" and DOBs of 1900 -- and two rows have
deliberate errors for you to catch with the data quality rules.

Tasks:
 1. Import, fix the date format error it throws
 2. Run DQ rule "K >5.5 without AE" -- should flag TRN-002? (look closely)
 3. Export a de-identified report (remove names and DOB)

Hiroshi
""",
    atts=[('redcap_import_PRACTICE_fake.csv', 'text/csv', _redcap_mock)])

add('clean', 'training', '', 'Jasmine Boateng <jboateng@halvorsenhealth.org>',
    'ocr-new-staff@halvorsenhealth.org',
    'Mock SAE exercise for orientation - fictional scenario',
    'Thu, 24 Oct 2024 08:10:00 -0400',
    """Orientation exercise -- FICTIONAL SCENARIO, do not enter anywhere real.

"Jane Sample," a made-up 58-year-old participant in the fake study
MOCK-ONC-01, calls on a Saturday to say she was admitted to an outside
hospital overnight with fever after cycle 1. She has been discharged.

Work through these, we'll discuss at 2 pm:
  1. Is this an SAE? Which criterion?
  2. When did the 24h reporting clock start?
  3. What source documents do you need, and what do you need from Jane
     before requesting them?
  4. Who assesses relatedness and expectedness?
  5. Draft a 3-line narrative without any identifiers (use "the subject").

Answer key is in the orientation binder, tab 6. Don't peek!

Jasmine Boateng, RN, OCN, CCRP
""")


# =========================================================================
# build
# =========================================================================
def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for n, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = EmailMessage()
        msg['From'] = m['frm']
        msg['To'] = m['to']
        if m['cc']:
            msg['Cc'] = m['cc']
        msg['Subject'] = m['subject']
        msg['Date'] = m['date']
        addr = m['frm'].split('<')[-1].rstrip('>').strip()
        dom = addr.split('@')[-1]
        msg['Message-ID'] = '<%08x%04x.%d@%s>' % (random.getrandbits(32),
                                                  random.getrandbits(16), n, dom)
        for k, v in m['extra']:
            msg[k] = v
        kw = {}
        if m['cte']:
            kw['cte'] = m['cte']
        msg.set_content(m['body'], **kw)
        if m['html']:
            msg.add_alternative(m['html'], subtype='html')
        for fn, ctype, data in m['atts']:
            maintype, subtype = ctype.split('/', 1)
            if isinstance(data, str):
                if maintype == 'text':
                    msg.add_attachment(data, subtype=subtype, filename=fn)
                else:
                    msg.add_attachment(data.encode('utf-8'), maintype=maintype,
                                       subtype=subtype, filename=fn)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype,
                                   filename=fn)
        j = 0
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%d' % (n, j))
                j += 1
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'],
                     m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='',
              encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return counters


if __name__ == '__main__':
    c = build()
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', sum(c.values()))
