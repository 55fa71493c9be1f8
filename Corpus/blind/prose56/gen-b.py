#!/usr/bin/env python3
"""Blind evaluation mail set: neurology & sleep centre (SEED 5602).
Standard library only; deterministic output."""
import sys, os, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage

SEED = 5602
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, patient, frm, to, subject, date, body, html=None,
        atts=(), cc=None, cte=None, extra=()):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, date=date, body=body, html=html,
                     atts=list(atts), cc=cc, cte=cte, extra=list(extra)))


def zip_bytes(members, when=(2025, 3, 10, 7, 30, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape

    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (col(ci), ri, escape(str(v))) for ci, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', sheet_xml)])


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')

HNSI_DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

# ---------------------------------------------------------------------------
# PHI: care
# ---------------------------------------------------------------------------

add('phi', 'care', 'Delacroix',
    '"Tull, Brianna RN" <btull@hnsi.org>',
    '"Marchetti, Elaine MD" <emarchetti@hnsi.org>',
    'overnight - bed 3',
    'Mon, 10 Mar 2025 06:48:12 -0400',
    """Dr M -

quick overnight update on Delacroix, EMU bed 3. two pushbutton events, 0212 and 0340,
both on video. the second one he had R arm stiffening then went generalized, maybe 90 sec.
gave ativan 1 mg IV per the rescue order. sats dipped to 89 on RA for a couple min, back
to 97 on 2L NC, off O2 again by 0500. keppra still held per the taper, lacosamide 100 bid
given at 2100.

wife (Marie) was at bedside most of the night and is asking when you'll round, she has
to leave by 10 for work.

let me know if you want anything restarted before day shift takes over at 7

Bri

Brianna Tull, RN
Epilepsy Monitoring Unit | Harrowgate Neurology & Sleep Institute
x4471
""")

add('phi', 'care', 'Raman',
    'Dana Whitlock <dwhitlock@hnsi.org>',
    'Rebecca Lindqvist <rlindqvist@hnsi.org>',
    'botox move',
    'Tue, 04 Mar 2025 11:02:40 -0500',
    """Hi Dr L,

Priya Raman called, she can't do the 14th (work trip). I can put her on the 21st at 2:40
or the 28th at 9:00. She's due for her 155u round and the PA from Keystone is good thru
9/30 so either one works.

She also said the neck stiffness after last round lasted almost 3 wks, wanted you to know
before the visit. Which slot do you want?

thx
Dana
""")

add('phi', 'care', 'Whitcombe',
    'Jen Pakulski <jpakulski@hnsi.org>',
    'Oren Feld <ofeld@hnsi.org>',
    'FW: Whitcombe infusion today',
    'Thu, 06 Mar 2025 14:20:05 -0500',
    """Oren - FYI see below. I'd like to cap his rate at 40 for the next one, ok with you?

Jen

-----Original Message-----
From: Marcus Oyelowo <moyelowo@hnsi.org>
Sent: Thursday, March 6, 2025 1:52 PM
To: Jen Pakulski <jpakulski@hnsi.org>
Subject: Whitcombe infusion today

Gerald Whitcombe came in for the second half dose of his ocrelizumab today. About 40 min
in he got flushed and said his throat felt scratchy, rate was at 100 mL/hr. Stopped the
infusion, gave diphenhydramine 25 mg IV (methylpred 100 was already in from premeds).
Resolved in about 20 min, restarted at 40 mL/hr and finished without any more trouble.
Total chair time 5h10m. He drove himself so I kept him an extra 30 min for obs.

Documented in the flowsheet + reaction note.

Marcus Oyelowo, RN, MSCN
Infusion Center, HNSI
""")

add('phi', 'care', 'Abernathy',
    'Tasha Greenlee <tgreenlee@hnsi.org>',
    'RestWell Intake <intake@restwellhome.com>',
    'new APAP setup - Abernathy',
    'Wed, 12 Feb 2025 15:31:44 -0500',
    """Hi Kyle,

New setup for you. Lorraine Abernathy had her split night here on 2/11, titrated to 11 cm,
did best on a full face (F20 medium). Dr. Asante signed the order for APAP 8-14 with
heated humidifier, it's attached. Her cell is 413-555-0187 and she'd rather get a text
after 4pm, she works days at the school.

Insurance info is on the order. Let me know if you need the full PSG report too.

Thanks!
Tasha

Tasha Greenlee, RPSGT
Sleep Disorders Center - HNSI
Ph 413-555-0150 | Fax 413-555-0151
""" + HNSI_DISCLAIMER,
    atts=[('CPAP_order_Abernathy.txt', 'text', 'plain',
           """HARROWGATE NEUROLOGY & SLEEP INSTITUTE - SLEEP DISORDERS CENTER
DME ORDER / PRESCRIPTION

Patient: Abernathy, Lorraine M.        DOB: 06/19/1963
Address: 22 Orchard Terrace, Holyoke MA 01040
Phone:   413-555-0187
Insurance: Keystone Mutual Health PPO   ID: KMH552093118

Diagnosis: G47.33 Obstructive sleep apnea (adult)
Study: Split-night PSG 02/11/2025. Diagnostic AHI 38.2/hr, nadir SpO2 81%.
       Titration: events controlled at CPAP 11 cm H2O incl. supine REM.

Order:
 E0601  Auto-CPAP, min 8 / max 14 cm H2O, EPR 2
 E0562  Heated humidifier
 A7030  Full face mask (ResMed AirFit F20, medium) - 1 per 3 mo
 A7031  Cushion replacement - 1 per mo
 A4604  Heated tubing - 1 per 3 mo
 A7038/A7039 filters per schedule
Length of need: 99 months

Ordering physician: Kwame Asante, MD  NPI 1306849275
Signed electronically 02/12/2025 14:58
""")])

add('phi', 'care', 'Wierzbicki',
    'Nadia Petrosyan PA-C <npetrosyan@cvneuro.com>',
    'Alicia Fenn MD <afenn@fernhillfm.com>',
    'Re: Tomasz Wierzbicki',
    'Tue, 04 Mar 2025 17:09:51 -0500',
    """Dr. Fenn,

Thanks for the referral. Mr. Wierzbicki had his L4-5 decompression yesterday with
Dr. Sethi, no complications. Drain came out this morning, he's walking the halls with PT
and pain is controlled on oxycodone 5 prn plus scheduled acetaminophen. Plan is home
tomorrow, staples out at his 2 week visit in our office.

Re the apixaban - it was held 3 days pre-op. Please keep holding until we see him on 3/17,
we'll tell you when to restart. His daughter has our number if anything comes up.

Best,
Nadia

Nadia Petrosyan, PA-C
Calder Valley Neurosurgical Associates
1200 Riverside Pkwy, Suite 300 | 413-555-0300

On Mon, Mar 3, 2025 at 4:15 PM Alicia Fenn MD <afenn@fernhillfm.com> wrote:
> Hi - just checking on how Tomasz did today, his daughter called our office
> asking. He's on apixaban for afib, wanted to make sure that got handled pre-op.
> AF
>
> Alicia Fenn, MD
> Fernhill Family Medicine
""")

add('phi', 'care', 'Halvorsen',
    'Shauna Pike <spike@hnsi.org>',
    'Hollis Ng <hng@hnsi.org>',
    'emg this am',
    'Fri, 07 Mar 2025 12:14:03 -0500',
    """Dr Ng - finished the nerve conductions on Mrs Halvorsen (your 10:30). R median motor and
sensory both slow across the wrist, left looked fine, ulnars normal. she couldn't tolerate
the needle past the APB, got really anxious and teary so I stopped.

do you want to bring her back for the needle portion with you in the room? her daughter
says tues/thurs mornings are best. waveforms are saved under today's date.

-Shauna

Shauna Pike, R.NCS.T.
Neurodiagnostics / EMG Lab
""")

add('phi', 'care', 'Oyelaran-Fitch',
    'Sheri Atwood <satwood@restwellhome.com>',
    'HNSI Sleep Clinic <sleepclinic@hnsi.org>',
    'Compliance download - Oyelaran-Fitch, Bernard',
    'Mon, 24 Feb 2025 10:45:19 -0500',
    """Hello Dr. Asante's team,

Here is the 30-day compliance for Bernard Oyelaran-Fitch (setup 1/22/25):

  Days used: 26/30
  Avg use (days used): 4.2 hrs
  Nights >= 4 hrs: 61%
  Residual AHI: 3.1
  Large leak: 28% of time

He's under the 70% his plan needs by day 90. We offered a mask refit and he is coming in
Wednesday. Could Dr. Asante see him before day 90 (4/21) to document benefit?

Thank you,
Sheri Atwood, RRT
Clinical Coordinator | RestWell Home Respiratory
800-555-0133 ext 212
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Dr. Asante's team,</p>
<p>Here is the 30-day compliance for <b>Bernard Oyelaran-Fitch</b> (setup 1/22/25):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Days used</td><td>26/30</td></tr>
<tr><td>Avg use (days used)</td><td>4.2 hrs</td></tr>
<tr><td>Nights &ge; 4 hrs</td><td style="color:#c00">61%</td></tr>
<tr><td>Residual AHI</td><td>3.1</td></tr>
<tr><td>Large leak</td><td>28% of time</td></tr>
</table>
<p>He's under the 70% his plan needs by day 90. We offered a mask refit and he is coming in
Wednesday. Could Dr. Asante see him before day 90 (4/21) to document benefit?</p>
<p>Thank you,<br>Sheri Atwood, RRT<br>Clinical Coordinator | RestWell Home Respiratory<br>
800-555-0133 ext 212</p>
</body></html>
""")

add('phi', 'care', 'Brandt',
    'Colleen Brightwater <cbrightwater@hnsi.org>',
    'Oren Feld <ofeld@hnsi.org>',
    'REMYELIN-2 screening - 014',
    'Fri, 07 Mar 2025 16:02:27 -0500',
    """Hi Dr. Feld,

Screening update for 014 (Anneliese Brandt):
- ICF v3.0 signed 3/4, copy given
- MRI brain/c-spine w/ and w/o gad done 3/7, read pending
- safety labs drawn 3/4, all in range; JCV index 0.31
- LP booked 4/2 @ 0800 w/ Dr. Lim (she asked for the small needle, hx of post-LP headache
  in 2019)
- still need her varicella titer or vaccine record before randomization

I'll enter everything in the EDC once the LP is done. Window closes 4/8.

Colleen

Colleen Brightwater, CCRC
Clinical Research Office | HNSI
""")

# ---------------------------------------------------------------------------
# PHI: names
# ---------------------------------------------------------------------------

add('phi', 'names', 'Nakamura-Sloane',
    'Renee Castillo <rcastillo@hnsi.org>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'Nakamura-Sloane outside records',
    'Wed, 05 Mar 2025 13:37:00 -0500',
    """came in from St. Bartholomew's today: 2 discs (EEG + MRI) and ~40 pages of notes incl the
VNS op note you were asking about. scanning the paper now, discs are in your box.

- Renee, HIM
""")

add('phi', 'names', 'Nguyen',
    'Lupe Ortega <lortega@hnsi.org>',
    'Interpreter Services <interpreters@hnsi.org>',
    'Vietnamese interpreter Tues 3/11',
    'Thu, 06 Mar 2025 09:15:48 -0500',
    """Please book a Vietnamese interpreter (in person if possible, iPad ok as backup) for:

NGUYEN, THI THU HUONG    3/11  0800   routine EEG w/ sleep deprivation   room EEG-2

Her daughter usually interprets but the tech needs to go over the sleep deprivation and
photic stim consent with her directly. She'll be sleep deprived so she may be drowsy,
family is driving her.

Thanks,
Lupe Ortega | Patient Access Rep | x2204
""")

add('phi', 'names', 'Adeyemi-Bakare',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'Tom Reddick <treddick@neuromodtech.com>',
    "Oluwaseun's VNS thursday",
    'Mon, 03 Mar 2025 19:22:10 -0500',
    """Hi Tom,

Can you come by Thursday for Oluwaseun's interrogation? Mr. Adeyemi-Bakare is at 1.75 mA
output and we'd like to go to 2.0 and shorten the off time. He's in clinic at 1:30. His
diary is about 3 seizures a month now vs 8 before the implant, so he's happy, but the
hoarseness is bothering him when he does his church readings.

Thanks
Elaine

Elaine Marchetti, MD
Director, Comprehensive Epilepsy Program
Harrowgate Neurology & Sleep Institute

Sent from my iPad
""")

add('phi', 'names', 'van der Berghe',
    'Vikram Sethi <vsethi@cvneuro.com>',
    'Movement Disorders <movement@hnsi.org>',
    'RE: DBS programming before his trip',
    'Tue, 25 Feb 2025 08:04:33 -0500',
    """Yes please - can you get Mr. van der Berghe in this week? He leaves for Rotterdam on the
6th for a month. Lead position on the post-op CT was fine so I don't think it's hardware.

VS

Vikram Sethi, MD, FAANS
Calder Valley Neurosurgical Associates

From: Movement Disorders <movement@hnsi.org>
Sent: Monday, February 24, 2025 4:51 PM
To: Vikram Sethi <vsethi@cvneuro.com>
Subject: DBS programming before his trip

Dr. Sethi, Pieter van der Berghe's wife called - his right hand tremor is back since the
last adjustment (L STN, contact 2-, 3.2 V, 60 us, 130 Hz). He's also more off-balance.
We were thinking of bumping amplitude in clinic rather than waiting for the 3 month visit.
Just wanted to check you had no concerns about the lead first.

Halina Wojcik, RN
Movement Disorders Program, HNSI
""")

add('phi', 'names', 'Al-Haddad',
    'Priscilla Yoon <pyoon@hnsi.org>',
    'Headache Clinic <headache@hnsi.org>',
    'nerve blocks thurs',
    'Mon, 03 Mar 2025 10:28:55 -0500',
    """Hi team -

Mr. Al Haddad (Yousef) is back Thursday for repeat occipital nerve blocks. Last time the
bupivacaine alone only helped about 2 weeks, so Dr. L wants to add triamcinolone this
time - please pull the kit with the 40 mg vial.

He's fasting for Ramadan so please book him first thing and try not to make him wait, he
was pretty miserable last time waiting in the lobby with the lights.

Priscilla
Headache Program MA
""")

add('phi', 'names', 'Venkataraghavan',
    'Ann-Marie Kirby <akirby@hnsi.org>',
    'Kwame Asante <kasante@hnsi.org>',
    'Lakshmi call back',
    'Wed, 26 Feb 2025 15:50:12 -0500',
    """Lakshmi V. called back (your Tues 2pm new pt, husband Ramesh does most of the talking).
She's been off the trazodone 5 nights now and is still waking 3-4x a night, says she's
exhausted at work. Wants to know if she should do the home sleep test before or after her
follow up on the 18th. I told her you'd call her back. Number's in the chart.

AM
""")

add('phi', 'names', 'Dvořáková',
    'Jen Pakulski <jpakulski@hnsi.org>',
    'Oren Feld <ofeld@hnsi.org>',
    'Dvořáková – JCV',
    'Fri, 28 Feb 2025 12:01:44 -0500',
    """Oren,

Miroslava Dvořáková's JCV index came back 1.82 (was 0.94 in September). She's been on
Tysabri since mid-2021, so ~45 infusions. Do you want to talk extended interval dosing
or switching? She's in for her next infusion on the 19th so it'd be good to decide before
then. She reads her labs on the portal so she may call before you do :)

— Jen
""",
    cte='quoted-printable')

add('phi', 'names', 'Keisha',
    'Marcus Oyelowo <moyelowo@hnsi.org>',
    'EMU Nursing <emunursing@hnsi.org>',
    'Keisha d/c',
    'Sat, 08 Mar 2025 09:40:21 -0500',
    """fyi Keisha (17F, bed 6) is going home this afternoon. Mom wants a copy of the discharge
summary + the new seizure action plan faxed to the school nurse at Westfield High before
Monday - she signed the release, it's in the folder. Her rescue med changed to the
nasal spray so the school needs the new form.

Marcus
""")

# ---------------------------------------------------------------------------
# PHI: self
# ---------------------------------------------------------------------------

add('phi', 'self', 'Pemberton',
    'Harold Pemberton <hpemberton56@comcast.net>',
    'sleepclinic@hnsi.org',
    'CPAP beeping',
    'Sun, 02 Mar 2025 20:14:09 -0500',
    """Hello,

This is Harold Pemberton, date of birth 7/22/1956. My CPAP machine has been making a beeping
noise every night around 2 am and the screen says High Leak. I have been using the nasal
pillows Dr. Asante gave me in January. Also my wife says I am still snoring some nights
even with the machine on.

Do I need to come in or can RestWell fix it? I am using it every night, I promise!

Thank you,
Harold
""")

add('phi', 'self', 'Ruiz-Alvarado',
    'Carmen Alvarado <carmen.alvarado82@yahoo.com>',
    'Epilepsy Nurse Line <epilepsynurse@hnsi.org>',
    'Mateo seizure today',
    'Wed, 05 Mar 2025 13:26:37 -0500',
    """hi Dr Marchetti's nurse,

my son Mateo Ruiz-Alvarado (dob 02/14/2015) had another seizure at school today around 11.
teacher said he stared and then his right arm was jerking, about 2 min. they gave the
nayzilam like the plan says and he was sleepy after but ok now. thats the 3rd one since we
went up on the oxcarbazepine. should I increase it again or wait for the appt on the 20th?

he's home with me now

Sent from my iPhone
Carmen
""")

add('phi', 'self', 'Solberg',
    'Ingrid Solberg <ingrid.solberg@gmail.com>',
    'HNSI Infusion Center <infusion@hnsi.org>',
    'Re: Your upcoming appointment',
    'Sat, 08 Mar 2025 08:12:56 -0500',
    """Hi, it's Ingrid. Got the reminder for the 12th. I'm on day 3 of antibiotics (macrobid)
from urgent care for a UTI - is it still ok to get my Ocrevus or should I push it a week?

Also I need the handicap placard form signed again, mine expires in April. Can I drop it off
when I come in?

Thanks so much
Ingrid Solberg

On Fri, Mar 7, 2025 at 10:00 AM HNSI Infusion Center <infusion@hnsi.org> wrote:
> This is a reminder of your appointment at the HNSI Infusion Center on
> Wednesday, March 12, 2025 at 8:00 AM. Please arrive 15 minutes early.
> Reply to this message or call 413-555-0170 to reschedule.
""")

add('phi', 'self', 'Kline',
    'Deb Kline <deb.kline77@outlook.com>',
    'Headache Clinic <headache@hnsi.org>',
    'second botox not working + topiramate',
    'Tue, 04 Mar 2025 22:47:30 -0500',
    """To whom it may concern,

I'm a patient of Dr. Lindqvist (Deborah Kline, DOB 10/02/1977). I had my second round of
botox on Feb 6 and honestly it hasn't done much yet, I've had 15+ headache days this
month. The topiramate 50 makes me so foggy I mistyped a whole report at work. Can I stop
it? Also wondering about the monthly CGRP shots my sister is on (Aimovig I think).

Please call me at 617-555-0162, I can't get into the portal, it keeps saying my account
is locked.

Deb
""")

add('phi', 'self', 'Benali',
    'Karim Benali <karim.benali@outlook.com>',
    'CVNA Scheduling <scheduling@cvneuro.com>',
    'shunt revision date for my wife',
    'Mon, 10 Mar 2025 07:05:42 -0400',
    """Good morning,

I am writing for my wife, Fatima Zahra Benali (DOB 1984-05-30). Dr. Sethi told us last
week that her shunt needs a revision but nobody has called to give us a date. Her
headaches are worse in the morning again and she vomited twice yesterday. Should we go to
the emergency room or wait for your call?

Her phone is 508-555-0119, mine is below.

Regards,
Karim Benali
508-555-0146
""")

add('phi', 'self', 'Whitfield-Ames',
    'Jordan W-A <jwhitfieldames@gmail.com>',
    'sleepclinic@hnsi.org',
    'mslt question',
    'Thu, 27 Feb 2025 23:58:03 -0500',
    """hey so my MSLT is next thurs (the 13th) and the instructions say stop stimulants 2 wks
before?? i'm on wakix and adderall 10, do i stop both. i drive to work so idk how thats
gonna go lol. also do i have to wear the actigraphy watch thing again before

- Jordan

Jordan Whitfield-Ames
Sent from Outlook for Android
""")

add('phi', 'self', 'Tiwari-Moss',
    'HNSI Website <noreply@hnsi.org>',
    'Neurology Front Desk <neurofrontdesk@hnsi.org>',
    'New Contact Us form submission',
    'Tue, 25 Feb 2025 03:11:27 -0500',
    """New submission from hnsi.org/contact

Name:           Rosalind Tiwari-Moss
Date of birth:  1979-11-03
Phone:          (860) 555-0138
Email:          rtmoss79@icloud.com
Preferred contact: Email
Reason:         Existing patient - question for my doctor

Message:
I saw Dr. Lindqvist in January for the stabbing pain on the left side of my face. The
carbamazepine helped at first but now I'm getting the shocks again when I brush my teeth
and I'm up to 200 mg three times a day. I also feel dizzy and unsteady. Should I go up
again or is there something else? I was told to email instead of calling. Thank you.
""",
    html="""<html><body>
<h3>New submission from hnsi.org/contact</h3>
<table>
<tr><th align="left">Name</th><td>Rosalind Tiwari-Moss</td></tr>
<tr><th align="left">Date of birth</th><td>1979-11-03</td></tr>
<tr><th align="left">Phone</th><td>(860) 555-0138</td></tr>
<tr><th align="left">Email</th><td>rtmoss79@icloud.com</td></tr>
<tr><th align="left">Reason</th><td>Existing patient - question for my doctor</td></tr>
</table>
<p><b>Message:</b><br>
I saw Dr. Lindqvist in January for the stabbing pain on the left side of my face. The
carbamazepine helped at first but now I'm getting the shocks again when I brush my teeth
and I'm up to 200 mg three times a day. I also feel dizzy and unsteady. Should I go up
again or is there something else? I was told to email instead of calling. Thank you.</p>
</body></html>
""",
    cte='base64')

# ---------------------------------------------------------------------------
# PHI: ids
# ---------------------------------------------------------------------------

add('phi', 'ids', '',
    'Kendra Lowe <klowe@hnsi.org>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'repeat eeg?',
    'Tue, 11 Mar 2025 10:33:19 -0400',
    """Dr M, the 00482913 from yesterday (3.4.88, female, the one with the jerks on awakening) -
she was mostly drowsy the whole record and never really got into sleep. want to repeat it
as a sleep deprived? I can put her in the 3/18 0730 slot.

-K
""")

add('phi', 'ids', 'Kostopoulos',
    'Reading Room <radreading@hnsi.org>',
    'Oren Feld <ofeld@hnsi.org>',
    'new enhancement - MR25-0091837',
    'Mon, 10 Mar 2025 16:20:00 -0400',
    """Dr. Feld,

Calling/emailing per your standing request re new enhancement.

Acc MR25-0091837  KOSTOPOULOS E  19910817
MRI brain w/wo, MS protocol

3 new T2/FLAIR lesions compared with 08/2023, one of them enhancing (L periventricular,
6 mm). No new infratentorial lesions. Prelim only, final report will cross within the hour.

Dr. Anand Rao / neuroradiology
x3310
""")

add('phi', 'ids', 'Sulaiman',
    'Tasha Greenlee <tgreenlee@hnsi.org>',
    'Kyle Brannigan <kbrannigan@restwellhome.com>',
    'address change before delivery!!',
    'Thu, 20 Feb 2025 11:48:07 -0500',
    """Kyle - delivery address changed for Ahmed Sulaiman (DOB 4 Mar 1988), he moved:

77 Linden Ct, Apt 2
Westfield, MA 01085
ph 413 555 0194

He's the BiPAP ST from last week, IPAP 16 / EPAP 8, backup rate 12, with the 2L O2 bleed.
Please do NOT deliver to the old Maple St address.

ty
Tasha
""")

add('phi', 'ids', 'Esterhazy',
    'Monique Farris <mfarris@hnsi.org>',
    'Keystone Mutual UM <um.requests@kmhealth.com>',
    'PA status - Member ID KMH884120573 - ref PA-2025-338102',
    'Mon, 03 Mar 2025 09:05:58 -0500',
    """Good morning,

Following up on the prior authorization request for onabotulinumtoxinA (J0585, 200 units
billed, 155 units administered / 64615) for:

Member: Ruth Esterhazy
Member ID: KMH884120573   Group: 00471-B
DOB: 01/30/1969

We faxed on 2/24 with a headache diary showing 18 headache days/month and documented
failure of topiramate, propranolol and amitriptyline. Her appointment is 3/13, so we need
a decision before then. Please advise.

Monique Farris
Prior Authorization Specialist
Harrowgate Neurology & Sleep Institute
P 413-555-0122 | F 413-555-0123
""" + HNSI_DISCLAIMER)

add('phi', 'ids', 'Sokolova',
    'Derek Amundsen <damundsen@hnsi.org>',
    'Monique Farris <mfarris@hnsi.org>',
    'denial 95810',
    'Fri, 28 Feb 2025 14:02:11 -0500',
    """acct 7730019-02 / DOS 01/14/25 / 95810 denied CO-197 (no auth). pt says she called ahead -
Sokolova, Irina. can u check if theres a ref # in the notes before i rebill? ty

D
""")

add('phi', 'ids', '',
    'Teresa Mancuso <tmancuso@cvneuro.com>',
    'HNSI Pre-Admission Testing <pat@hnsi.org>',
    'pre-op EKG - chart CV-220981',
    'Tue, 11 Mar 2025 08:57:40 -0400',
    """Hi PAT,

Chart #CV-220981 - pt called to confirm she's on for the C5-6 ACDF Friday. Verified her with
last 4 of SSN (6082) and DOB. She stopped her aspirin Monday. She still needs the pre-op
EKG + BMP, can she walk in to your lab Wednesday morning? Her ride can only do before 10.

Thanks,
Teresa
Surgery Scheduling, Calder Valley Neurosurgical Associates
413-555-0305
""")

add('phi', 'ids', 'Brzezinski',
    'Hollis Ng <hng@hnsi.org>',
    'Fernhill Family Medicine <referrals@fernhillfm.com>',
    'RE: EMG order for supplemental',
    'Wed, 26 Feb 2025 12:44:50 -0500',
    """Here's what they need, signed order going out by fax to 413-555-0170 now.

Name: Walter Brzezinski
DOB: 12-Nov-1961
MRN: 4410-2291
MBI: 1EG4-TE5-MK73
Ordered: EMG/NCS bilateral lower extremities (95886 x2, 95911)
Reason: progressive bilateral leg weakness and fasciculations, r/o motor neuron disease

Medicare doesn't need a PA for this but his supplement is asking for the signed order.

H. Ng, MD
Neuromuscular / EMG Laboratory, HNSI

-----Original Message-----
From: Fernhill Family Medicine <referrals@fernhillfm.com>
Sent: Wednesday, February 26, 2025 11:02 AM
To: Hollis Ng <hng@hnsi.org>
Subject: EMG order for supplemental

Dr. Ng, Mr. Brzezinski's supplemental plan called us for the EMG order. Can you send?
""")

# ---------------------------------------------------------------------------
# PHI: lists
# ---------------------------------------------------------------------------

add('phi', 'lists', 'Ferreira; Holloway; Delacroix; Eze; Park',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'EMU Team <emuteam@hnsi.org>',
    'EMU huddle 3/10',
    'Mon, 10 Mar 2025 07:12:00 -0400',
    """EMU huddle 3/10 0700

* Bed 1 - Ferreira, Joaquim, 34M, day 3. 2 typical events captured. d/c today if quiet,
  restart home meds (LTG 200 bid) at noon
* Bed 2 - Holloway, Beth, 52F, day 1 post SEEG (Sethi placed Fri). half dose AEDs. head
  dressing check q shift
* Bed 3 - Delacroix, Andre, 61M. GTC overnight x1, got ativan - see Bri's email
* Bed 4 - empty, admit Onyekachi Eze ~1100 for characterization
* Bed 5 - Park, Ji-woo, 19F. 4 events none w/ EEG correlate, psych consult placed,
  q15 checks
* Bed 6 - Keisha going home this pm

fall precautions all beds. SW to see bed 5 today.
""")

add('phi', 'lists', 'McAllister; Osei; Brennan; Garza; Tran',
    'Dmitri Volkov <dvolkov@hnsi.org>',
    'Sleep Lab Night Techs <sleeptechs@hnsi.org>',
    "tonight's PSG schedule 3/12",
    'Wed, 12 Mar 2025 15:05:30 -0400',
    "Tonight's schedule, techs Dmitri + Tasha. Bed 3 mom staying over, cot is in the closet.\n\n"
    "Rm\tPatient\tDOB\tStudy\tNotes\n"
    "1\tMcAllister, Fiona\t08/02/1971\tSplit night\tclaustrophobic, has own lorazepam\n"
    "2\tOsei, Kwabena\t11/19/1958\tBiPAP titration\thome O2 2L\n"
    "3\tBrennan, Liam\t04/25/2013\tPeds PSG + CO2\tmom staying, needs cot\n"
    "4\tGarza, Rosa Elena\t12/03/1949\tDiagnostic PSG\twheelchair, 1 assist transfers\n"
    "5\tTran, Minh Duc\t06/30/1980\tMWT (day after)\tno caffeine after noon reminder\n"
    "6\t--\t\t\t\n\n"
    "Dmitri\n")

botox_csv = csv_text([
    ['Time', 'Patient', 'MRN', 'DOB', 'Units', 'Protocol', 'Payer', 'PA#'],
    ['08:00', 'Raman, Priya', '00619284', '1985-09-12', '155', 'PREEMPT', 'Keystone PPO', 'PA-2025-301877'],
    ['08:30', 'Esterhazy, Ruth', '00288410', '1969-01-30', '155', 'PREEMPT', 'Keystone PPO', 'PA-2025-338102'],
    ['09:00', 'Kline, Deborah', '00714526', '1977-10-02', '155+40 FTP', 'PREEMPT+FTP', 'BCBS', '88410273'],
    ['09:30', "O'Donoghue, Siobhan", '00530917', '1991-04-17', '155', 'PREEMPT', 'MassHealth', 'MH-7730192'],
    ['10:00', 'Achebe-Lawson, Chidinma', '00802265', '1988-12-08', '100', 'cervical dystonia', 'Aetna', 'A25-0047712'],
    ['10:30', 'Hartmann, Klaus', '00177543', '1954-07-21', '200', 'spasticity UE', 'Medicare', 'n/a'],
])
add('phi', 'lists', 'Raman; Esterhazy; Kline; O\'Donoghue; Achebe-Lawson; Hartmann',
    'Priscilla Yoon <pyoon@hnsi.org>',
    'HNSI Pharmacy <pharmacy@hnsi.org>',
    'Thurs botox list - pls pull vials',
    'Tue, 11 Mar 2025 13:18:44 -0400',
    """Hi pharmacy,

Attached is Thursday's toxin list (6 pts, 1,005 units total incl. follow the pain). Could
we have 6 x 200u vials ready by 7:45? Ruth's PA is still pending, I'll let you know by
Weds EOD.

Thanks!
Priscilla
""",
    atts=[('botox_0313.csv', 'text', 'csv', botox_csv)])

noncomp_csv = csv_text([
    ['patient_name', 'dob', 'setup_date', 'day90', 'avg_hrs', 'pct_ge4h', 'phone', 'notes'],
    ['Oyelaran-Fitch, Bernard', '03/15/1966', '01/22/2025', '04/21/2025', '4.2', '61', '413-555-0161', 'refit scheduled'],
    ['Pemberton, Harold', '07/22/1956', '01/09/2025', '04/09/2025', '5.8', '66', '413-555-0144', 'high leak alarms'],
    ['Delgado-Ruiz, Marisol', '10/11/1972', '12/30/2024', '03/30/2025', '2.9', '38', '413-555-0177', 'aerophagia, wants to quit'],
    ['Kowalczyk, Stanislaw', '05/02/1949', '01/15/2025', '04/15/2025', '3.6', '52', '413-555-0102', 'nocturia, daughter helps'],
    ['Ibekwe, Chinonso', '08/29/1983', '02/03/2025', '05/04/2025', '4.9', '64', '413-555-0193', 'travels for work'],
    ['Lambert, Yvette', '01/06/1960', '01/28/2025', '04/28/2025', '3.1', '47', '413-555-0128', 'dry mouth, humidity up'],
])
add('phi', 'lists', 'Oyelaran-Fitch; Pemberton; Delgado-Ruiz; Kowalczyk; Ibekwe; Lambert',
    'Sheri Atwood <satwood@restwellhome.com>',
    'Kwame Asante <kasante@hnsi.org>',
    'at-risk for day 90 - Feb list',
    'Fri, 28 Feb 2025 16:40:03 -0500',
    """Dr. Asante,

Attached (zipped because our mail server chokes on the report otherwise) is this month's
list of your patients under the 70%/4hr threshold with their day 90 dates. Marisol is
the one I'm most worried about. We'll keep calling, but anyone you can see in clinic
before day 90 helps a lot.

Sheri

Sheri Atwood, RRT | RestWell Home Respiratory
""",
    atts=[('HNSI_noncompliance_Feb2025.zip', 'application', 'zip',
           zip_bytes([('HNSI_noncompliance_Feb2025.csv', noncomp_csv)],
                     when=(2025, 2, 28, 16, 35, 10)))])

add('phi', 'lists', 'Lindgren; Oduya; Castellanos; Horvath; Wierzbicki',
    'Ryan Delacorte MD <rdelacorte@cvneuro.com>',
    'NSGY Residents <nsgy-team@cvneuro.com>',
    'sign-out 3/4 pm',
    'Tue, 04 Mar 2025 18:55:16 -0500',
    """NSGY SIGN-OUT 3/4 PM  (Sethi/Okafor service)  pager 2291

RM   NAME                  AGE  PROC / POD              OVERNIGHT TODO
---- --------------------- ---  ----------------------  ----------------------------------
408  Lindgren, Astrid       58  crani mening POD2       Na q6h (133 this pm), keep SBP<160
410  Oduya, Samuel          71  SDH evac POD1           drain output q4h, f/u CT 0600 ordered
411  Castellanos, Ines      45  ACDF C5-6 POD0          swallow check, watch neck swelling
412  Wierzbicki, Tomasz     67  L4-5 decomp POD1        d/c in am if voids, PT cleared
415  Horvath, Gabor         39  EVD (SAH d4)            vasospasm watch, TCDs in am, nimodipine

Consults pending: ED 19yo fall, CT neg - may clear c-spine clinically.
Call me with anything on Oduya.

RD
""")

add('phi', 'lists', 'Whitcombe; Achterberg; Mahmoud; Tran; Kowalski',
    'Jen Pakulski <jpakulski@hnsi.org>',
    'Infusion Staff <infusionstaff@hnsi.org>',
    'chairs wed 3/12',
    'Tue, 11 Mar 2025 17:22:09 -0400',
    """Chair assignments for tomorrow:

| Chair | Time  | Patient             | Drug / dose                 | Notes                      |
|-------|-------|---------------------|-----------------------------|----------------------------|
| 1     | 07:30 | Whitcombe, Gerald   | ocrelizumab 600 (full)      | rxn last time, max 40 mL/h |
| 2     | 08:00 | Achterberg, Lise    | natalizumab 300             | JCV neg 1/25               |
| 3     | 08:00 | Mahmoud, Samira     | IVIG 2 g/kg day 2 of 5      | premed + slow start        |
| 4     | 09:00 | Tran, Bao           | methylpred 1 g day 3 of 3   | check glucose              |
| 5     | 10:30 | Kowalski, Dorota    | ocrelizumab 300 (1st half)  | first infusion! teach      |

Marcus has 1-2, Lena 3-4, I'll float + take 5.
Jen
""",
    html="""<html><body>
<p>Chair assignments for tomorrow:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Chair</th><th>Time</th><th>Patient</th><th>Drug / dose</th><th>Notes</th></tr>
<tr><td>1</td><td>07:30</td><td>Whitcombe, Gerald</td><td>ocrelizumab 600 (full)</td><td>rxn last time, max 40 mL/h</td></tr>
<tr><td>2</td><td>08:00</td><td>Achterberg, Lise</td><td>natalizumab 300</td><td>JCV neg 1/25</td></tr>
<tr><td>3</td><td>08:00</td><td>Mahmoud, Samira</td><td>IVIG 2 g/kg day 2 of 5</td><td>premed + slow start</td></tr>
<tr><td>4</td><td>09:00</td><td>Tran, Bao</td><td>methylpred 1 g day 3 of 3</td><td>check glucose</td></tr>
<tr><td>5</td><td>10:30</td><td>Kowalski, Dorota</td><td>ocrelizumab 300 (1st half)</td><td>first infusion! teach</td></tr>
</table>
<p>Marcus has 1-2, Lena 3-4, I'll float + take 5.<br>Jen</p>
</body></html>
""")

enroll_rows = [
    ['Site', 'Subject ID', 'Full name', 'DOB', 'Consent date', 'Status', 'Comment'],
    ['114', '114-009', 'Haverkamp, Tobias', '1982-02-19', '2024-11-04', 'Randomized', ''],
    ['114', '114-011', 'Mensah, Abena', '1990-07-07', '2024-12-02', 'Randomized', 'missed wk12 MRI, rescheduled'],
    ['114', '114-012', 'Quintero, Luis Alberto', '1976-03-25', '2025-01-13', 'Screen fail', 'EDSS 6.5 > max'],
    ['114', '114-013', 'Petrovic, Jelena', '1987-10-30', '2025-02-10', 'Screening', 'LP done 2/24'],
    ['114', '114-014', 'Brandt, Anneliese', '1993-05-14', '2025-03-04', 'Screening', 'VZV titer pending'],
]
add('phi', 'lists', 'Haverkamp; Mensah; Quintero; Petrovic; Brandt',
    'Ravi Menon <rmenon@hnsi.org>',
    'Site Management <remyelin2.sites@meridiancro.com>',
    'Site 114 enrollment log - Feb',
    'Mon, 03 Mar 2025 17:48:30 -0500',
    """Hi Alyssa,

Attached is the Feb enrollment log for site 114. One screen fail this month (012).

Sorry - I just realised the tracker I exported from has the full-name column we use
internally, please ignore that column / delete it on your end, I'll send a clean one
tomorrow.

Ravi Menon
Clinical Research Coordinator II, HNSI
""",
    atts=[('Site114_enrollment_Feb2025.xlsx', XLSX[0], XLSX[1],
           xlsx_bytes(enroll_rows, 'Enrollment'))])

# ---------------------------------------------------------------------------
# PHI: struct
# ---------------------------------------------------------------------------

add('phi', 'struct', 'Eze',
    'Kendra Lowe <klowe@hnsi.org>',
    'Glen Haverford <ghaverford@hnsi.org>',
    'EMU admits not hitting persyst worklist again',
    'Mon, 10 Mar 2025 11:41:02 -0400',
    r"""Glen - this morning's EMU admit didn't drop into the Persyst worklist again, so the tech
had to type him in by hand (and then we have two records). Here's the ADT out of the
interface monitor, PV1 looks right to me?

MSH|^~\&|EPIC|HNSI|PERSYST|HNSI_EMU|20250310111522||ADT^A01^ADT_A01|MSG00048213|P|2.5.1
EVN|A01|20250310111500
PID|1||00739152^^^HNSI^MR||EZE^ONYEKACHI^C^^^^L||19900612|M|||418 Birchwood Ave^^Springfield^MA^01108^USA||^PRN^PH^^1^413^5550127|||S||880120034551
PV1|1|I|EMU^04^A^HNSI^^^^EMU||||1287^MARCHETTI^ELAINE^^^^MD|||NEU||||1|||1287^MARCHETTI^ELAINE^^^^MD|IN|2025031000417|||||||||||||||||||HNSI||||||20250310111500
DG1|1||G40.209^Localization-related symptomatic epilepsy w/ complex partial seizures, not intractable^I10|||A
IN1|1|KMH01|KMH|KEYSTONE MUTUAL HEALTH|||||00471-B||||||||EZE^ONYEKACHI^C|01|19900612|||||||||||||||||KMH739915604

thx
Kendra
""")

oru_eeg = r"""MSH|^~\&|PERSYST|HNSI_EEG|EPIC|HNSI|20250311142210||ORU^R01^ORU_R01|EEG2503110092|P|2.5.1
PID|1||00482913^^^HNSI^MR||RAINVILLE^CHLOE^A||19880304|F|||9 Sumner St^^Chicopee^MA^01020
PV1|1|O|EEG^LAB2^^HNSI||||2231^LOWE^KENDRA|||NEU
OBR|1|ORD7731920|EEG25-00611^PERSYST|95816^EEG AWAKE AND DROWSY^CPT|||20250310091500|||||||||1287^MARCHETTI^ELAINE^^^^MD||||||20250311142000|||F
OBX|1|TX|18751-8^EEG study^LN||CLINICAL HISTORY: 36 yo woman with myoclonic jerks on awakening, one GTC 02/2025.||||||F
OBX|2|TX|18751-8^EEG study^LN||FINDINGS: Posterior dominant rhythm 10 Hz. Brief bursts of generalized 4-5 Hz polyspike-and-wave during drowsiness, max 2 sec. Photic stimulation produced a photoparoxysmal response at 14-18 Hz.||||||F
OBX|3|TX|18751-8^EEG study^LN||IMPRESSION: Abnormal EEG due to generalized polyspike-wave discharges and photoparoxysmal response, supportive of a generalized epilepsy such as juvenile myoclonic epilepsy in the appropriate clinical setting. Sleep not achieved; consider sleep-deprived study.||||||F
"""
add('phi', 'struct', 'Rainville',
    'Glen Haverford <ghaverford@hnsi.org>',
    'Interface Team <hl7support@hnsi.org>',
    'ORU EEG result rejected - AE OBX-5 length',
    'Tue, 11 Mar 2025 14:40:55 -0400',
    """Team,

Epic is AE'ing the EEG ORUs from Persyst again - error is OBX-5 exceeding max length on the
impression. Attached is the raw message from the inbound queue (msg ctrl EEG2503110092).
I think Persyst changed how they split the report into OBX segments after the 14.2 update.

Can someone look before end of day? The reading doc is waiting on this one to show in the
chart.

Glen Haverford
Clinical Applications Analyst - Neurodiagnostics
x2290
""",
    atts=[('EEG2503110092.hl7', 'application', 'octet-stream', oru_eeg.replace('\n', '\r').encode())])

add('phi', 'struct', 'Esterhazy',
    'Derek Amundsen <damundsen@hnsi.org>',
    'Clearinghouse Support <support@claimbridge-edi.com>',
    'Rejected 837P - 2300 loop HI segment?',
    'Thu, 27 Feb 2025 10:11:36 -0500',
    """Hi,

The claim below came back on the 277CA with A7:21 "invalid diagnosis code" but I can't
see what's wrong with it. Relevant part of the 837P:

ST*837*0412*005010X222A1~
BHT*0019*00*HNSI250227-0412*20250227*0930*CH~
NM1*85*2*HARROWGATE NEUROLOGY AND SLEEP INSTITUTE*****XX*1588203746~
N3*500 COLLEGE HILL RD~
N4*SPRINGFIELD*MA*01109~
REF*EI*046128831~
HL*2*1*22*0~
SBR*P*18*00471B******CI~
NM1*IL*1*ESTERHAZY*RUTH****MI*KMH884120573~
N3*31 CEDAR KNOLL DR~
N4*LONGMEADOW*MA*01106~
DMG*D8*19690130*F~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~
CLM*HNSI7745120*1450.00***11:B:1*Y*A*Y*Y~
REF*G1*PA-2025-301877~
HI*ABK:G43.709*ABF:G43.E19~
LX*1~
SV1*HC:64615*450.00*UN*1***1~
DTP*472*D8*20250206~
LX*2~
SV1*HC:J0585*1000.00*UN*200***1~
DTP*472*D8*20250206~
LIN**N4*00023114501~
CTP****1*UN~

Is G43.E19 not valid for DOS 2/6/25? Our encoder accepted it.

Thanks,
Derek Amundsen
Billing Specialist, HNSI
""")

era_835 = """ISA*00*          *00*          *ZZ*KMH01          *ZZ*HNSI           *250305*0612*^*00501*000004417*0*P*:~
GS*HP*KMH01*HNSI*20250305*0612*4417*X*005010X221A1~
ST*835*0001~
BPR*I*1846.22*C*ACH*CCP*01*011000015*DA*000123456789*1046128831**01*021200339*DA*7730019000*20250305~
TRN*1*EFT88201934*1046128831~
N1*PR*KEYSTONE MUTUAL HEALTH~
N1*PE*HARROWGATE NEUROLOGY AND SLEEP INSTITUTE*XX*1588203746~
CLP*7730019-02*4*2850.00*0*2850.00*12*KMH25031400988~
NM1*QC*1*SOKOLOVA*IRINA****MI*KMH610472286~
DTM*232*20250114~
SVC*HC:95810*2850.00*0**1~
CAS*CO*197*2850.00~
CLP*7741102-01*1*1025.00*846.22*0*12*KMH25031400991~
NM1*QC*1*OSEI*KWABENA*A***MI*KMH430019577~
DTM*232*20250121~
SVC*HC:95811*1025.00*846.22**1~
CAS*CO*45*178.78~
SE*16*0001~
GE*1*4417~
IEA*1*000004417~
"""
add('phi', 'struct', 'Sokolova; Osei',
    'Monique Farris <mfarris@hnsi.org>',
    'Derek Amundsen <damundsen@hnsi.org>',
    'RE: denial 95810',
    'Mon, 10 Mar 2025 09:30:12 -0400',
    """Found it - the 835 from 3/5 has the denial, raw file attached. There IS a ref # in her
notes (called 1/6, ref KMH-RA-5521907) so appeal with that rather than rebill. The Osei
one on the same ERA paid fine.

M

-----Original Message-----
From: Derek Amundsen
Sent: Friday, February 28, 2025 2:02 PM
To: Monique Farris
Subject: denial 95810

acct 7730019-02 / DOS 01/14/25 / 95810 denied CO-197 (no auth). pt says she called ahead -
Sokolova, Irina. can u check if theres a ref # in the notes before i rebill? ty
""",
    atts=[('ERA_KMH_20250305.835', 'application', 'octet-stream', era_835.encode())])

add('phi', 'struct', 'Garza',
    'Kyle Brannigan <kbrannigan@restwellhome.com>',
    'Tasha Greenlee <tgreenlee@hnsi.org>',
    'eligibility came back inactive?',
    'Wed, 05 Mar 2025 13:03:48 -0500',
    """Tasha,

Ran eligibility for Rosa Garza before we set up her CPAP and the 271 came back with the
Medicare Advantage plan inactive as of 1/31. Do you have a newer card on file? Here's what
we sent and what came back:

270:
ST*270*0001*005010X279A1~
BHT*0022*13*RW25030500117*20250305*1255~
HL*1**20*1~
NM1*PR*2*BAYSTATE SENIOR ADVANTAGE*****PI*BSA77~
HL*2*1*21*1~
NM1*1P*2*RESTWELL HOME RESPIRATORY*****XX*1740592238~
HL*3*2*22*0~
TRN*1*RW0305117*9RESTWELL~
NM1*IL*1*GARZA*ROSA*E***MI*BSA201778340~
DMG*D8*19491203*F~
DTP*291*D8*20250305~
EQ*12~
SE*12*0001~

271:
NM1*IL*1*GARZA*ROSA*E***MI*BSA201778340~
N3*1450 BOSTON RD APT 12~
N4*SPRINGFIELD*MA*01129~
DMG*D8*19491203*F~
EB*6**30*HM*BAYSTATE SENIOR ADVANTAGE~
DTP*347*D8*20250131~
MSG*COVERAGE TERMINATED - CONTACT MEMBER SERVICES~

She had her diagnostic PSG with you 3/12? or is that coming up. Either way we'll hold the
setup until we have active coverage.

Kyle Brannigan
Intake Supervisor | RestWell Home Respiratory | 800-555-0133 x205
""")

fhir_bundle = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hnsi-00655012",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7741.1", "value": "00655012"}
        ],
        "name": [{"family": "Mwangi", "given": ["Esther", "Wanjiru"]}],
        "gender": "female",
        "birthDate": "1968-09-21",
        "telecom": [{"system": "phone", "value": "413-555-0109", "use": "mobile"}],
        "address": [{"line": ["64 Pine Hollow Rd"], "city": "Agawam", "state": "MA", "postalCode": "01001"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "69723-5", "display": "Epworth Sleepiness Scale total score"}]},
        "subject": {"reference": "Patient/hnsi-00655012"},
        "effectiveDateTime": "2025-02-18",
        "valueInteger": 17
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "69990-0", "display": "Apnea hypopnea index"}]},
        "subject": {"reference": "Patient/hnsi-00655012"},
        "effectiveDateTime": "2025-02-11",
        "valueQuantity": {"value": 42.6, "unit": "/h"}
      }
    }
  ]
}
"""
add('phi', 'struct', 'Mwangi',
    'Ravi Menon <rmenon@hnsi.org>',
    'Colleen Brightwater <cbrightwater@hnsi.org>',
    'FHIR pull for the OSA registry - test',
    'Tue, 18 Feb 2025 16:27:19 -0500',
    """Colleen - first real pull from the FHIR endpoint for the OSA registry worked! Attached
one bundle so you can see the shape. ESS and AHI both come through as Observations. We'll
need to strip name/address/phone before anything goes to the registry, right now it's
pulling the whole Patient resource.

Ravi
""",
    atts=[('bundle_00655012.json', 'application', 'fhir+json', fhir_bundle.encode())])

add('phi', 'struct', 'Castellanos',
    'Records CVNA <records@cvneuro.com>',
    'Referrals HNSI <referrals@hnsi.org>',
    'referral - CCD attached inline (portal down)',
    'Thu, 06 Mar 2025 11:19:50 -0500',
    """Our portal upload is down so pasting the CCD header + problems section here for the
neuro-ophthalmology referral, full document to follow by fax.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CVNA-CCD-20250306-0045"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250306111200-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="CV-198734" root="2.16.840.1.113883.19.5.77"/>
      <addr use="HP">
        <streetAddressLine>203 Westover Rd</streetAddressLine>
        <city>Ludlow</city><state>MA</state><postalCode>01056</postalCode>
      </addr>
      <telecom value="tel:+1-413-555-0186" use="HP"/>
      <patient>
        <name><given>Ines</given><given>Maria</given><family>Castellanos</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19800114"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <title>PROBLEMS</title>
    <text>
      <list>
        <item>Cervical radiculopathy C6, s/p ACDF C5-6 03/04/2025</item>
        <item>Idiopathic intracranial hypertension, papilledema grade 2 OU</item>
        <item>Obesity, BMI 38</item>
      </list>
    </text>
  </section>
</ClinicalDocument>

Thanks - CVNA Medical Records, 413-555-0310
""")

siu = r"""MSH|^~\&|CADENCE|HNSI|INFUSIONMGR|HNSI_INF|20250307101530||SIU^S12|SIU0307-22917|P|2.3.1
SCH|88120771|88120771|||||INFUSION^MS infusion|NAT^Natalizumab 300 mg IV|60|MIN|^^60^20250312080000^20250312090000
PID|1||00591337^^^HNSI^MR||ACHTERBERG^LISE^M||19750410|F|||12 Fenwick Ln^^Wilbraham^MA^01095||413-555-0165
PV1|1|O|INF^CH02^^HNSI||||4410^FELD^OREN^^^^MD
AIS|1||NATINF^Natalizumab infusion|20250312080000|||60|MIN
AIL|1||INF^CH02
AIP|1||4410^FELD^OREN|ATTENDING"""
add('phi', 'struct', 'Achterberg',
    'Lena Hofstetter <lhofstetter@hnsi.org>',
    'Glen Haverford <ghaverford@hnsi.org>',
    'Re: duplicate infusion appts',
    'Fri, 07 Mar 2025 10:25:04 -0500',
    "Glen,\n\nHere's one of the duplicates. The Tysabri chair shows her twice at 8:00 on the 12th, "
    "once from this SIU and once from a manual entry. Is the S12 supposed to update instead of create?\n\n"
    + siu + "\n\nLena\n",
    html="""<html><head><style>p.MsoNormal{margin:0;font-family:Calibri}</style></head><body>
<p class="MsoNormal">Glen,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here's one of the duplicates. The Tysabri chair shows her twice at 8:00 on the 12th,
once from this SIU and once from a manual entry. Is the S12 supposed to update instead of create?</p>
<p class="MsoNormal">&nbsp;</p>
<pre style="font-family:Consolas;font-size:9pt">""" + siu.replace('&', '&amp;').replace('<', '&lt;') + """</pre>
<p class="MsoNormal">Lena</p>
</body></html>
""")

# ---------------------------------------------------------------------------
# PHI: lang
# ---------------------------------------------------------------------------

add('phi', 'lang', 'Quispe Huamán',
    'Rocío Huamán <rociohuaman.q@gmail.com>',
    'Epilepsy Nurse Line <epilepsynurse@hnsi.org>',
    'resultados del electroencefalograma de Valentina',
    'Fri, 07 Mar 2025 08:22:15 -0500',
    """Buenos días doctora Marchetti,

Soy la mamá de Valentina Quispe Huamán (nació el 9 de agosto de 2016). El martes le
hicieron el electroencefalograma de una hora y nos dijeron que los resultados estarían en
3 días, pero todavía no nos han llamado. Valentina sigue con esas ausencias en la escuela,
la maestra dice que se queda mirando a la nada como 10 segundos, varias veces al día.

¿Le van a cambiar el Keppra o esperamos a la cita? También necesito una carta para la
escuela explicando lo que tiene.

Muchas gracias,
Rocío Huamán
cel 413-555-0153
""")

add('phi', 'lang', 'Figueiredo',
    'João Figueiredo <jbfigueiredo61@hotmail.com>',
    'sleepclinic@hnsi.org',
    'máscara do CPAP machucando',
    'Mon, 24 Feb 2025 19:40:02 -0500',
    """Olá, bom dia.

Meu nome é João Batista Figueiredo, sou paciente do Dr. Asante (nascimento 22/06/1961).
Comecei a usar o CPAP em janeiro, mas a máscara nasal está machucando a ponte do nariz, já
abriu uma ferida. Também acordo com a boca muito seca e tiro a máscara sem perceber. A
RestWell disse que precisa de um novo pedido médico para trocar por máscara facial
completa. Vocês podem mandar para eles?

Obrigado,
João
""")

add('phi', 'lang', 'Phạm',
    'Khoa Tran <khoa.tranminh@gmail.com>',
    'Headache Clinic <headache@hnsi.org>',
    'Mẹ tôi bị sụp mí mắt sau khi tiêm Botox',
    'Sat, 01 Mar 2025 10:05:33 -0500',
    """Kính gửi phòng khám đau đầu,

Tôi là con trai của bà Phạm Thị Lan (sinh ngày 15/01/1958). Mẹ tôi đã tiêm Botox lần đầu
ngày 20 tháng 2 với bác sĩ Lindqvist. Sau khi tiêm, mẹ tôi bị sụp mí mắt bên trái và khó
ngẩng đầu lên. Đau đầu thì có đỡ hơn một chút. Xin hỏi như vậy có bình thường không và có
cần đến khám lại sớm không?

Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi số 413-555-0112.

Cảm ơn,
Trần Minh Khoa
""")

add('phi', 'lang', 'Jean-Baptiste',
    'Marie-Claude JB <mcjeanbaptiste@yahoo.com>',
    'HNSI Infusion Center <infusion@hnsi.org>',
    'randevou Ocrevus 14 mas',
    'Tue, 11 Mar 2025 21:30:48 -0400',
    """Bonjou,

Mwen se Marie-Claude Jean-Baptiste, dat nesans mwen se 03/09/1986. Mwen gen randevou pou
pèfizyon Ocrevus mwen an 14 mas la a 9è. Mwen gen yon grip depi 3 jou, mwen fè lafyèv
38.5 yè swa. Èske mwen ka vini kanmenm oswa fò m chanje dat la?

Tanpri rele m nan 413-555-0171 apre 5è.

Mèsi anpil,
Marie-Claude
""",
    cte='quoted-printable')

add('phi', 'lang', 'Лаврентьев',
    'Olga Lavrentyeva <olga.lavrentyeva@mail.ru>',
    'CVNA Office <office@cvneuro.com>',
    'Лаврентьев В.С. - после операции',
    'Sat, 08 Mar 2025 12:44:27 -0500',
    """Здравствуйте!

Пишу по поводу моего отца, Лаврентьева Виктора Сергеевича, 14.02.1949 г.р. Ему 3 марта
сделали операцию на позвоночнике (доктор Сетхи), выписали 5 марта. Сегодня заметила, что
из раны немного сочится жидкость, повязка мокрая, и у него температура 37,8. Обезболивающее
(оксикодон) почти закончилось.

Нужно ли приехать раньше, чем 17 марта? Отец плохо говорит по-английски, пожалуйста,
звоните мне: 413-555-0189.

С уважением,
Ольга Лаврентьева
""")

add('phi', 'lang', 'Dizon',
    'Tess Manalo <tmanalo@hnsi.org>',
    'Joy Villanueva <jvillanueva@hnsi.org>',
    'pakicheck si Mr. Dizon',
    'Wed, 12 Mar 2025 06:15:40 -0400',
    """Ate Joy,

Pakicheck naman si Mr. Dizon pag dating mo mamaya. Yung CPAP titration niya kagabi,
umabot tayo ng 14 cm pero may central apneas pa rin, mga 12 per hour, lalo na pag supine.
Nag-desat pa siya hanggang 84% nung REM. Sabi ni Dr. Asante baka kailangan ng ASV
titration next time.

Paki-score mo muna bago i-report, nasa folder na yung study (DIZON, RENATO 3/11). Yung
wife niya tatawag daw ng 9, pakisabi na si doc ang mag-eexplain ng results.

Salamat!
Tess
""")

add('phi', 'lang', 'الشامي',
    'Salma Alshami <salma.alshami@gmail.com>',
    'EMG Lab <emglab@hnsi.org>',
    'موعد تخطيط العضلات لوالدي',
    'Thu, 13 Mar 2025 17:02:19 -0400',
    """السلام عليكم،

أنا ابنة المريض محمود عبد الرحيم الشامي، تاريخ الميلاد 2/3/1955. والدي عنده موعد لتخطيط
الأعصاب والعضلات (EMG) مع الدكتور نغ يوم الخميس 20 مارس. هو يأخذ دواء مميع للدم
(وارفارين)، هل يجب أن يوقفه قبل الفحص؟ أيضاً يعاني من تنميل شديد في القدمين وصعوبة في
المشي منذ شهرين.

نرجو الرد على هذا البريد أو الاتصال على 413-555-0174.

مع الشكر،
سلمى الشامي
""")

add('phi', 'lang', '陈美玲',
    'Meiling Chen <chenmeiling72@163.com>',
    'sleepclinic@hnsi.org',
    '睡眠监测结果和呼吸机',
    'Mon, 10 Mar 2025 21:18:36 -0400',
    """您好，

我是陈美玲（出生日期：1972年5月8日），上个月18号在你们中心做了整夜睡眠监测。Asante医生说
我有中度睡眠呼吸暂停，需要用呼吸机（CPAP），但是我一直没有收到RestWell公司的电话。请问是不
是需要我自己联系他们？

另外医生开的唑吡坦我还要继续吃吗？最近白天特别困，开车的时候有点担心。

我的电话：413-555-0116

谢谢！
陈美玲
""",
    cte='base64')

# ---------------------------------------------------------------------------
# CLEAN: admin
# ---------------------------------------------------------------------------

add('clean', 'admin', '',
    'HNSI Service Desk <servicedesk@hnsi.org>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'Incident INC0048812 has been resolved',
    'Wed, 05 Mar 2025 15:12:44 -0500',
    """Incident INC0048812 has been resolved.

Caller:             Elaine Marchetti
Location:           EEG Reading Room, 3rd floor, Rm 318
Short description:  Reading station RS-03 - Persyst 14 won't launch, "license expired"
Assignment group:   Clinical Apps - Neurodiagnostics
Assigned to:        Glen Haverford

Resolution notes:
License dongle on RS-03 replaced, new key valid through 03/31/2026. Confirmed with
Dr. Marchetti that review software launches and spike detection panels load. RS-05 key
expires 04/15/2025 - opened CHG0012207 to renew with the next PO.

If you feel this incident was not resolved, reply to this email within 5 business days or
call the Service Desk at x2000 / 413-555-0100.

Ref:MSG0391827
""",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Incident <b>INC0048812</b> has been resolved.</p>
<table cellpadding="2">
<tr><td>Caller:</td><td>Elaine Marchetti</td></tr>
<tr><td>Location:</td><td>EEG Reading Room, 3rd floor, Rm 318</td></tr>
<tr><td>Short description:</td><td>Reading station RS-03 - Persyst 14 won't launch, "license expired"</td></tr>
<tr><td>Assignment group:</td><td>Clinical Apps - Neurodiagnostics</td></tr>
<tr><td>Assigned to:</td><td>Glen Haverford</td></tr>
</table>
<p><b>Resolution notes:</b><br>License dongle on RS-03 replaced, new key valid through 03/31/2026.
Confirmed with Dr. Marchetti that review software launches and spike detection panels load.
RS-05 key expires 04/15/2025 - opened CHG0012207 to renew with the next PO.</p>
<p>If you feel this incident was not resolved, reply within 5 business days or call the Service Desk at x2000 / 413-555-0100.</p>
<p style="color:#888">Ref:MSG0391827</p>
</body></html>
""")

add('clean', 'admin', '',
    'Kwame Asante <kasante@hnsi.org>',
    'Sleep Lab Night Techs <sleeptechs@hnsi.org>',
    'April night schedule + scoring backlog',
    'Thu, 13 Mar 2025 12:30:00 -0400',
    """All,

April nights are posted on the shared drive (Sleep > Staffing > 2025-04.xlsx).

Mon/Tue/Wed - Dmitri, Tasha, Priscilla P. (per diem)
Thu         - Tasha, Ben
Fri         - Dmitri, Ben  (peds nights, 2 rooms max)
Sat/Sun     - closed except 4/12 and 4/26 (MSLT Saturdays, Tess days)

Ben is out 4/7-4/11, Priscilla has agreed to pick up Thursday 4/10. If you want to swap,
copy me and Lorna so payroll gets it.

Scoring backlog is at 14 studies as of this morning. Please try to finish your own studies
before leaving Friday AM - I need turnaround under 5 business days for the accreditation
visit in May.

Anyone with RPSGT renewal due before June: send me your CEC certificates by 4/1.

Thanks,
Kwame

Kwame Asante, MD, FAASM
Medical Director, Sleep Disorders Center
""")

inv_csv = csv_text([
    ['Line', 'Item', 'Description', 'Qty', 'Unit', 'Unit Price', 'Ext'],
    ['1', 'RM-63452', 'AirFit F20 full face mask, Medium (lab stock)', '12', 'EA', '96.00', '1152.00'],
    ['2', 'RM-63451', 'AirFit F20 full face mask, Small (lab stock)', '6', 'EA', '96.00', '576.00'],
    ['3', 'RM-62931', 'AirFit P10 nasal pillows, std pack', '10', 'EA', '74.50', '745.00'],
    ['4', 'FP-9001', 'Disposable bacterial/viral filter 22mm', '200', 'EA', '1.85', '370.00'],
    ['5', 'TB-HT15', 'Heated tubing 15mm', '8', 'EA', '38.00', '304.00'],
    ['', '', 'Freight', '', '', '', '45.00'],
    ['', '', 'TOTAL', '', '', '', '3192.00'],
])
add('clean', 'admin', '',
    'RestWell Accounts Receivable <ar@restwellhome.com>',
    'HNSI Accounts Payable <ap@hnsi.org>',
    'Invoice INV-2025-07731 / PO 4500129983',
    'Mon, 03 Mar 2025 08:00:12 -0500',
    """Dear Accounts Payable,

Please find attached invoice INV-2025-07731 for PO 4500129983 (Sleep Lab titration stock).
Net 30, due 04/02/2025. Remit to RestWell Home Respiratory, PO Box 4410, Springfield MA
01101, or ACH per the W-9 on file. Vendor # V-008812.

Questions: Sheri Atwood (clinical) ext 212, Paula Vance (billing) ext 230, 800-555-0133.

Thank you for your business.
RestWell Home Respiratory - Accounts Receivable
""",
    atts=[('INV-2025-07731.csv', 'text', 'csv', inv_csv)])

add('clean', 'admin', '',
    'HNSI Human Resources <hr@hnsi.org>',
    'Tasha Greenlee <tgreenlee@hnsi.org>',
    'ACTION REQUIRED: Open Enrollment closes Friday',
    'Mon, 10 Mar 2025 09:00:00 -0400',
    """Hi Tasha,

Our records show you have not yet completed 2025-26 benefits enrollment.

Employee ID: 100-48213
Department:  Sleep Disorders Center (cost center 7410)
Deadline:    Friday, March 14, 2025, 5:00 PM

If you do nothing, your current medical, dental and vision elections will roll over, but
your Flexible Spending Account will NOT - FSA elections must be made every year.

Log in at benefits.hnsi.org with your network ID, or come to one of the drop-in sessions:
  Tue 3/11  12-1 pm  Conference Room B (Main)
  Thu 3/13  7-8 am   Sleep Center break room (for night shift)

Questions? Call the HR Service Center at 413-555-0190.

HNSI Human Resources
""")

add('clean', 'admin', '',
    'Facilities Management <facilities@hnsi.org>',
    'All Staff - 2nd Floor <floor2@hnsi.org>',
    'Planned HVAC shutdown - Sleep Center rooms 201-206 & EMU - Sat 3/22',
    'Tue, 11 Mar 2025 14:05:50 -0400',
    """Work Order WO-25-01177

On Saturday 3/22 from 6:00 AM to 2:00 PM, Facilities will shut down AHU-4, which serves
Sleep Center bedrooms 201-206, the EMU corridor (rooms 220-226) and the EEG lab. The
sleep center is closed that night; the EMU will run on portable units and the nursing
supervisor has been notified.

The fire alarm panel for wing B will also be tested between 10 and 11 AM - expect strobes.

Contact: Dave Kowalewski, HVAC Supervisor, 413-555-0114 (cell 413-555-0197)
After hours: Engineering on-call, pager 4400

Facilities Management
""")

add('clean', 'admin', '',
    'Revenue Cycle <revcycle@hnsi.org>',
    'Neurology Billing & Coding <neurobilling@hnsi.org>',
    'CDM updates effective 4/1 - neuro diagnostics',
    'Thu, 06 Mar 2025 10:44:21 -0500',
    """Team,

The following charge description master changes go live 4/1/2025 with the Cadence/Resolute
upgrade. Please update your cheat sheets. No action needed on claims already in the queue.

CDM#       CPT    Description                                   Old price   New price
-------    -----  --------------------------------------------  ---------   ---------
41000810   95810  Polysomnography, 4+ params, attended          2,700.00    2,850.00
41000811   95811  PSG w/ CPAP titration                         2,950.00    3,100.00
41000806   95806  Home sleep test, unattended                     420.00      450.00
41000816   95816  EEG awake and drowsy                            880.00      910.00
41000720   95720  EEG cont. w/ video, 12-26 hrs, prof            1,150.00    1,190.00
41000886   95886  Needle EMG, complete, each extremity            410.00      425.00
41000615   64615  Chemodenervation for migraine                   450.00      450.00

J0585 (onabotulinumtoxinA, per unit) is moving to the pharmacy CDM - do not key it from
the clinic fee ticket after 4/1.

Downtime for the upgrade: Sat 3/29 22:00 - Sun 3/30 06:00. Downtime forms are in the
blue binder at each front desk.

Angela Reyes-Whitman
Revenue Integrity Manager
""")

add('clean', 'admin', '',
    'Medical Staff Office <medstaff@hnsi.org>',
    'Hollis Ng <hng@hnsi.org>',
    'Reappointment packet due 4/15 - Dr. Hollis Ng',
    'Wed, 26 Feb 2025 11:11:11 -0500',
    """Dr. Ng,

Your reappointment to the HNSI medical staff is due 05/31/2025. Please return the
following by April 15:

  - Signed attestation (attached in the portal)
  - Current DEA registration (ours shows exp. 06/30/2025 - please send the renewal)
  - MA license #256118 - verified online, no action needed
  - NPI 1649382057 - verified
  - CME: 50 hrs over 2 years, at least 10 in neuromuscular/EMG
  - Case log summary for privileges: number of EMG/NCS studies interpreted since
    06/2023 (counts only - please do NOT send patient lists)
  - AANEM board certification - verified through 2031

The credentials committee meets 5/8. Call me at 413-555-0195 with any questions.

Linda Marsh, CPMSM
Medical Staff Coordinator
""")

# ---------------------------------------------------------------------------
# CLEAN: lookalike
# ---------------------------------------------------------------------------

add('clean', 'lookalike', '',
    'Ironwood Fitness <hello@ironwoodfitness.com>',
    'Dmitri Volkov <dvolkov@hnsi.org>',
    'Your membership freeze is approved - Member #40018872',
    'Sat, 01 Mar 2025 07:00:00 -0500',
    """Hi Dmitri,

Your freeze request for Member #40018872 has been approved. Your membership will be paused
from 03/05/2025 to 04/05/2025 and billing resumes on 04/06/2025 ($39.99/mo, card ending
2291).

While you're away, don't forget your free Fitness Assessment is still available - book it
with any coach when you return. New this spring:
  - "Recovery Lab": cold plunge + compression boots, Tue/Thu 6-9 pm
  - Injury Prevention for Runners workshop, Sat 4/12 with our physical therapist partner
  - Sleep & Recovery yoga, Sundays 7 pm

Questions? Reply here or call the front desk at 413-555-0140.

Stay strong,
Ironwood Fitness - Westfield
Member Services
""")

add('clean', 'lookalike', '',
    'Pioneer Valley Animal Hospital <records@pvanimalhospital.com>',
    'Carla Jennings <cjennings@hnsi.org>',
    "Biscuit's bloodwork results & phenobarbital refill",
    'Thu, 06 Mar 2025 16:31:22 -0500',
    """Dear Ms. Jennings,

Biscuit's results from Tuesday are back:

Patient: Biscuit   Species: Canine (Beagle, MN)   Age: 7y   Weight: 12.4 kg
Patient ID: V-20931

  Phenobarbital level (trough): 28 ug/mL   (target 20-35)
  ALT 88 U/L (ref 10-125)   ALP 212 U/L (ref 23-212)   Bile acids pending

Dr. Ostrowski says his level is right where we want it. Please keep his seizure diary -
if he has more than 2 seizures in a month or a cluster, call us right away. His refill of
phenobarbital 32.4 mg (1 tab twice daily, #60) is ready for pickup; we need to see him for
a recheck exam and levels again in 6 months.

Pioneer Valley Animal Hospital
413-555-0177 | 1880 Memorial Dr, Chicopee MA
""")

add('clean', 'lookalike', '',
    'Pioneer Valley Credit Union <alerts@pvcu.org>',
    'Ravi Menon <rmenon@hnsi.org>',
    'Your loan payment was received - Member # 5520193',
    'Fri, 14 Mar 2025 06:02:31 -0400',
    """Member # 5520193

Hello RAVI MENON,

We received your payment of $412.18 on 03/13/2025 for:

  Auto loan  ID 0061   account ending *4018
  Next payment due: 04/13/2025
  Remaining balance: $11,274.62

Your HSA and share savings (ID 01) balances are available in online banking. To stop
receiving these alerts, update your preferences under Settings > Alerts.

Pioneer Valley Credit Union | Routing 211882033 | Federally insured by NCUA
Never share your PIN or one-time passcode. PVCU will never ask for it by email.
""")

add('clean', 'lookalike', '',
    'Northstar Airlines <reservations@northstarair.com>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'Your trip confirmation: QX7RTM - BDL to LAS',
    'Tue, 18 Feb 2025 12:41:09 -0500',
    """Thank you for choosing Northstar Airlines.

Confirmation code: QX7RTM
Passenger: MARCHETTI/ELAINE DR        Mileage Club #: NS 418 227 930
Ticket number: 0627 1845 2097 3

Flight NS 1184  Fri 06 Dec 2025  BDL 07:05 -> ORD 08:40   Seat 14C
Flight NS 2271  Fri 06 Dec 2025  ORD 10:15 -> LAS 12:20   Seat 9A

Fare: Main Cabin (refundable)   Total: $612.40 USD  charged to card ending 7730

Special service: none requested. Travelling with medical devices or needing assistance?
Manage your trip at northstarair.com/manage at least 48 hours before departure.

Have a great trip to the meeting!
""",
    html="""<html><body style="font-family:Helvetica,Arial">
<h2 style="color:#0b3d91">Your trip is confirmed</h2>
<p>Confirmation code: <b>QX7RTM</b></p>
<p>Passenger: MARCHETTI/ELAINE DR &middot; Mileage Club #: NS 418 227 930<br>
Ticket number: 0627 1845 2097 3</p>
<table border="0" cellpadding="4">
<tr><td>NS 1184</td><td>Fri 06 Dec 2025</td><td>BDL 07:05 &rarr; ORD 08:40</td><td>Seat 14C</td></tr>
<tr><td>NS 2271</td><td>Fri 06 Dec 2025</td><td>ORD 10:15 &rarr; LAS 12:20</td><td>Seat 9A</td></tr>
</table>
<p>Fare: Main Cabin (refundable) &middot; Total: $612.40 USD charged to card ending 7730</p>
<p style="font-size:9pt">Special service: none requested. Travelling with medical devices or needing assistance?
Manage your trip at northstarair.com/manage at least 48 hours before departure.</p>
</body></html>
""")

add('clean', 'lookalike', '',
    'Granite State Auto Insurance Claims <claims@granitestateauto.com>',
    'Derek Amundsen <damundsen@hnsi.org>',
    'Claim AC-2025-0483117 - estimate approved',
    'Wed, 05 Mar 2025 11:26:40 -0500',
    """Dear Derek Amundsen,

Re: Claim number AC-2025-0483117
Policy: PAP-7719203     Date of loss: 02/27/2025
Insured vehicle: 2019 Subaru Outback, VIN ending 4K20331
Loss type: Collision - parking lot, rear bumper/liftgate

The repair estimate from Westside Collision ($3,418.72) has been approved. Your $500
deductible will be paid directly to the shop. Rental coverage is authorized for up to 7
days at $40/day through Enterprise reservation #1187304.

No injuries were reported on this claim. If that changes, please contact me.

Jason Whitlow
Claims Adjuster, Granite State Auto Insurance
413-555-0121  |  Mon-Fri 8-5
""")

add('clean', 'lookalike', '',
    "Halloran Tree Surgery <office@hallorantree.com>",
    'Facilities Management <facilities@hnsi.org>',
    'Assessment & quote - oak by staff lot (Q-2025-118)',
    'Mon, 17 Feb 2025 13:50:08 -0500',
    """Hi Dave,

Thanks for having us out Thursday. Here's our assessment of the red oak next to the staff
parking lot (the one over the ambulance bay):

Diagnosis: Armillaria root rot at the base with fruiting bodies on the north side, about
30% crown dieback. Resistograph readings show decay in two of four buttress roots.
Prognosis: poor - it's not going to recover, and with the lean toward the drive I'd call
it a moderate-to-high risk of failure within 2-3 years.

Recommended treatment:
 1. Removal in sections with crane, lot closed for one day          $4,850
 2. Stump grinding to 12" below grade, chips hauled away              $620
 3. Optional: treat the two adjacent oaks (preventive injection)     $780

Quote Q-2025-118, valid 60 days. We're insured (certificate attached on request) and can
schedule a weekend to avoid clinic hours.

Sean Halloran, ISA Certified Arborist NE-7731A
Halloran Tree Surgery | 413-555-0132
""")

add('clean', 'lookalike', '',
    'Priya Natarajan <pnatarajan@hnsi.org>',
    'Integration Engineering <integration-eng@hnsi.org>',
    'postmortem: patient-sync worker zombie processes (INC0049102)',
    'Thu, 13 Mar 2025 17:15:33 -0400',
    """Summary of yesterday's outage for the record.

What happened: the patient-sync worker on hl7-app-02 stopped acknowledging messages at
02:14. Its health check (/healthz) kept returning 200 because the parent process was alive,
but every child had died and been left as a zombie (PID 48213 and ~40 siblings). The queue
backed up to 11,200 messages before the on-call got paged at 05:50.

Root cause: the retry loop does `sleep(300)` after a DB timeout without reaping children,
so the parent never noticed they'd exited. Introduced in release 3.8.1.

Triage / fix:
  - killed the parent, supervisor restarted it, backlog drained by 07:10
  - no messages lost (confirmed by comparing sequence numbers in the queue, no content
    was inspected)
  - PR #612 adds SIGCHLD handling and makes /healthz check worker liveness

Action items: alert on queue depth > 500 (Priya), add liveness probe (Sam), review other
workers for the same pattern (Jorge). Blameless retro Friday 2pm.

Priya Natarajan
Senior Integration Engineer
""")

# ---------------------------------------------------------------------------
# CLEAN: news
# ---------------------------------------------------------------------------

add('clean', 'news', '',
    'HNSI Communications <communications@hnsi.org>',
    'All HNSI Staff <allstaff@hnsi.org>',
    'Neuro Notes - March 2025',
    'Mon, 03 Mar 2025 07:30:00 -0500',
    """NEURO NOTES - March 2025
The staff newsletter of Harrowgate Neurology & Sleep Institute

WELCOME
Please welcome Dr. Yusuf Demir (neuro-oncology, joining from Ohio), Lena Hofstetter RN
(Infusion Center) and Ben Okafor RPSGT (Sleep Center nights).

SLEEP AWARENESS WEEK, MARCH 9-15
The Sleep Center will have a table in the main lobby Tuesday and Thursday with the
Epworth Sleepiness Scale and drowsy-driving handouts. Volunteers welcome - talk to Tasha.

PURPLE DAY - MARCH 26
Wear purple for epilepsy awareness! The EMU team is selling purple ribbons ($2) for the
camp scholarship fund. Last year we sent 9 kids to summer camp.

BY THE NUMBERS (Q4 2024)
 - 1,412 sleep studies (in-lab + home)
 - 286 EMU admissions, average length of stay 4.1 days
 - 3,960 botulinum toxin procedures across headache, movement and spasticity clinics
 - 92% of patients would recommend us (Press Ganey)

GRAND ROUNDS
 3/7   "Seizure detection wearables: hype vs. evidence" - Dr. Elaine Marchetti
 3/14  "Anti-CD20 therapy and vaccine response" - Dr. Oren Feld
 3/21  "Residual sleepiness on PAP" - visiting professor Dr. Hannah Ruiz

Submit news for April by the 20th to communications@hnsi.org.
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#5b2a86">Neuro Notes &mdash; March 2025</h1>
<p><i>The staff newsletter of Harrowgate Neurology &amp; Sleep Institute</i></p>
<h3>Welcome</h3>
<p>Please welcome Dr. Yusuf Demir (neuro-oncology, joining from Ohio), Lena Hofstetter RN
(Infusion Center) and Ben Okafor RPSGT (Sleep Center nights).</p>
<h3>Sleep Awareness Week, March 9&ndash;15</h3>
<p>The Sleep Center will have a table in the main lobby Tuesday and Thursday with the Epworth
Sleepiness Scale and drowsy-driving handouts. Volunteers welcome &mdash; talk to Tasha.</p>
<h3>Purple Day &mdash; March 26</h3>
<p>Wear purple for epilepsy awareness! The EMU team is selling purple ribbons ($2) for the camp
scholarship fund. Last year we sent 9 kids to summer camp.</p>
<h3>By the numbers (Q4 2024)</h3>
<ul><li>1,412 sleep studies (in-lab + home)</li><li>286 EMU admissions, average length of stay 4.1 days</li>
<li>3,960 botulinum toxin procedures across headache, movement and spasticity clinics</li>
<li>92% of patients would recommend us (Press Ganey)</li></ul>
<h3>Grand Rounds</h3>
<p>3/7 &ldquo;Seizure detection wearables: hype vs. evidence&rdquo; &ndash; Dr. Elaine Marchetti<br>
3/14 &ldquo;Anti-CD20 therapy and vaccine response&rdquo; &ndash; Dr. Oren Feld<br>
3/21 &ldquo;Residual sleepiness on PAP&rdquo; &ndash; visiting professor Dr. Hannah Ruiz</p>
<p>Submit news for April by the 20th to communications@hnsi.org.</p>
</body></html>
""")

add('clean', 'news', '',
    'Commonwealth DPH Bulletins <bulletins@dph-commonwealth.gov>',
    'Kwame Asante <kasante@hnsi.org>',
    'DPH Weekly Injury Surveillance: Drowsy driving, 2024 data',
    'Fri, 07 Mar 2025 12:00:00 -0500',
    """DEPARTMENT OF PUBLIC HEALTH - INJURY SURVEILLANCE PROGRAM
Weekly Bulletin, Vol. 12, No. 10

DROWSY DRIVING IN THE COMMONWEALTH, 2024

 - 1 in 24 adult drivers surveyed reported falling asleep while driving in the past 30 days
   (BRFSS 2024, n = 8,212).
 - Police-reported crashes coded as "fatigued/asleep": 1,947 (up 6% from 2023); 31 fatal.
 - Highest rates among drivers aged 18-29 and among shift workers.
 - Counties with the highest rate per 100,000 licensed drivers: Hampden, Berkshire, Franklin.

Clinicians are reminded that untreated obstructive sleep apnea, narcolepsy and sedating
medications are common contributors. Screening tools (STOP-Bang, Epworth) are available
at no cost on the DPH website.

This bulletin contains aggregate data only. Counts under 11 are suppressed.
To unsubscribe, reply UNSUBSCRIBE.
""")

add('clean', 'news', '',
    'Pharmacy & Therapeutics <pt-committee@hnsi.org>',
    'Prescribers - Neurology <neuro-prescribers@hnsi.org>',
    'RECALL: Levetiracetam Oral Solution 100 mg/mL (Norvale) - specific lots',
    'Wed, 19 Feb 2025 15:45:10 -0500',
    """DRUG RECALL NOTICE - Class II

Product:      Levetiracetam Oral Solution, 100 mg/mL, 473 mL bottle
Manufacturer: Norvale Pharmaceuticals, Inc.
NDC:          71930-0412-16
Lots:         LVS24081A (exp 08/2026), LVS24081B (exp 08/2026), LVS24093C (exp 09/2026)
Reason:       Possible microbial contamination (Burkholderia cepacia complex) found during
              stability testing.

Action for HNSI:
 - Pharmacy has quarantined 4 bottles from lot LVS24081B; no other affected lots in stock.
 - Outpatient pharmacy is running a dispensing report and will contact affected households
   directly - prescribers do not need to call patients individually.
 - If a family asks, alternative manufacturers' solution is available; tablets may be
   crushed for older children per the usual guidance.

FDA Enforcement Report ID: D-0412-2025.

Questions: Anjali Desai, PharmD, Neurology Clinical Pharmacist, x2315
""",
    cte='quoted-printable')

add('clean', 'news', '',
    'Kyle Brannigan <kbrannigan@restwellhome.com>',
    'HNSI Sleep Clinic <sleepclinic@hnsi.org>',
    'FW: Field Safety Notice - Somnara AirLite 3 humidifier tub',
    'Tue, 25 Feb 2025 09:18:56 -0500',
    """FYI for your team - we have roughly 140 affected units in our rental/purchased fleet and
will contact those patients directly this week and swap tubs at no charge. Nothing needed
from the clinic, but you may get calls.

Kyle

-----Original Message-----
From: Somnara Medical Quality <fsn@somnaramedical.com>
Sent: Monday, February 24, 2025 5:02 PM
Subject: Field Safety Notice FSN-2025-003 - AirLite 3 Humidifier Water Tub

URGENT FIELD SAFETY NOTICE  FSN-2025-003
Affected product: AirLite 3 standard humidifier water tub, part number SA3-HT-01
Serial/lot range: tubs manufactured 2024-01 through 2024-09, lots HT2401-HT2409
Issue: a seal on the tub lid may crack after repeated dishwasher cleaning, leading to
water leaking into the device air path. No injuries have been reported.
Action: Distributors should replace affected tubs. Devices themselves (serial numbers
SA3-2401000 to SA3-2409999) do not need to be returned. Patients should continue therapy
and hand-wash the tub until replaced.

Somnara Medical, Quality & Regulatory Affairs
""")

add('clean', 'news', '',
    'Headway Migraine Foundation <news@headwaymigraine.org>',
    'Rebecca Lindqvist <rlindqvist@hnsi.org>',
    'Headway Monthly: New survey data, advocacy day, research grants',
    'Wed, 12 Feb 2025 10:00:00 -0500',
    """HEADWAY MONTHLY - February 2025

NEW SURVEY: THE COST OF MIGRAINE AT WORK
Our 2024 survey of 5,130 people living with migraine found that 68% had missed work in the
past 3 months and 41% said they had hidden an attack from a supervisor. Only 1 in 3 had
ever been offered a preventive treatment. Full report on our website.

ADVOCACY DAY - APRIL 8
Join patients, families and clinicians at the State House to support step-therapy reform.
Register by March 20. Travel stipends available.

RESEARCH GRANTS
Applications for the 2025 Early Investigator Award ($75,000) are due May 1. Past awardees
include studies of CGRP biology, pediatric abdominal migraine, and light sensitivity.

CLINICIAN CORNER
Webinar 3/5: "Combining onabotulinumtoxinA with CGRP monoclonal antibodies - what the
real-world data say." CME available.

You are receiving this because you subscribed at headwaymigraine.org.
""")

add('clean', 'news', '',
    'Colleen Brightwater <cbrightwater@hnsi.org>',
    'Neurology Faculty <neuro-faculty@hnsi.org>',
    'Research digest - Q1 results & open studies',
    'Fri, 14 Mar 2025 15:30:00 -0400',
    """Hi all - quarterly research digest.

RESULTS
 - STEADFAST-M (preventive migraine, sponsor study, we were site 31): topline published.
   412 participants worldwide; active arm reduced monthly migraine days by 4.1 vs 2.3 on
   placebo. We enrolled 17, retention 94%. Thank you headache clinic!
 - Our own chart review on EMU length of stay was accepted as a poster at AES. All data
   de-identified and aggregate (n = 1,038 admissions, 2019-2023).

OPEN / ENROLLING
 - REMYELIN-2 (relapsing MS, ages 18-55): 23 of 40 enrolled. Ask Colleen or Ravi.
 - SLEEPWELL-HF registry (OSA + heart failure): referrals welcome, EPIC order "Research
   referral - Sleep".
 - Pediatric rescue-medication survey for families: flyers at the EMU desk.

REMINDERS
CITI training expires every 3 years - check yours. IRB continuing review for 4 studies is
due in April.

Colleen Brightwater, CCRC
Clinical Research Office
""")

# ---------------------------------------------------------------------------
# CLEAN: staff
# ---------------------------------------------------------------------------

add('clean', 'staff', '',
    'Sunil Kapoor MD <skapoor@hnsi.org>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'curbside - lacosamide load',
    'Sun, 09 Mar 2025 02:41:13 -0500',
    """Elaine, sorry for the 2am email, not urgent enough to page.

60s male in the ED here, focal status (L face/arm clonic), already got 2 rounds of benzos
and levetiracetam 60/kg, still twitching. Do we do 400 mg lacosamide IV as the standard
load or weight based? EKG shows PR 210 - does that change your plan? Cardiology isn't
thrilled.

Sunil

Sunil Kapoor, MD
Neurohospitalist
""")

add('clean', 'staff', '',
    'Jennifer Pakulski <jpakulski@hnsi.org>',
    'Maureen Doyle <mdoyle@hnsi.org>',
    'EMU nights - staffing',
    'Sat, 08 Mar 2025 07:55:20 -0500',
    """Maureen,

Writing this down so it's on record: last night we again ran 1 RN + 1 tech for 6 EMU beds,
with two on q15 checks and one post-SEEG. When one patient had a prolonged event the tech
had to leave the monitoring station to help, which means nobody was watching the other
five video feeds for ~20 min.

The unit standard says 1:4 with a dedicated monitor tech. We either need a sitter budget for
q15 patients or we cap admissions at 4 on nights when we're short. Can we discuss at
Tuesday's leadership meeting?

Thanks,
Jen Pakulski, RN
Nurse Manager, EMU / Infusion
""")

add('clean', 'staff', '',
    'Kwame Asante <kasante@hnsi.org>',
    'Sleep Lab Night Techs <sleeptechs@hnsi.org>',
    'split night criteria - clarification',
    'Thu, 20 Feb 2025 13:10:45 -0500',
    """Few questions came up at the tech meeting, so to clarify our protocol:

 - Split only if AHI >= 40/hr in at least 2 hrs of diagnostic sleep, OR AHI 20-40 with
   clear clinical picture (long apneas, desats < 85%) and you've called the on-call doc.
 - Need at least 3 hrs left for titration. If it's after 2:30 am, don't split.
 - Start CPAP 4 (peds 4), increase by 1 cm every 5 min for obstructive apneas.
 - Switch to bilevel if you reach 15 cm and the patient can't tolerate it or still has
   obstructive events.
 - Emergent central apneas on CPAP: document, don't chase them with pressure. Note it
   in the tech comments so the reading doc sees it.

Ben asked about patients with home O2: bleed in at the ordered rate, note it on the
log. Thanks all.

KA
""")

add('clean', 'staff', '',
    'Rebecca Lindqvist <rlindqvist@hnsi.org>',
    'Headache Clinic <headache@hnsi.org>',
    'toxin prep - reminder',
    'Fri, 28 Feb 2025 17:02:08 -0500',
    """Reminders after today's clinic:

1. Standard chronic migraine protocol: 200 u vial reconstituted with 4 mL preservative-free
   saline = 5 u / 0.1 mL. 31 sites, 155 u. Follow-the-pain up to 195 u total only if it's
   documented in the plan.
2. Unused reconstituted toxin goes back to the fridge labelled with time - discard after 24h.
   We found an unlabeled syringe in the procedure room today.
3. Please log the lot # and units wasted on the procedure note, pharmacy is auditing
   the J-code billing next month.
4. If someone had ptosis or neck weakness last round, flag it in the pre-visit huddle so I
   can skip the frontalis or cervical paraspinals.

Thanks for a busy day everyone.
RL
""")

add('clean', 'staff', '',
    'Vikram Sethi <vsethi@cvneuro.com>',
    'CVNA Surgeons <surgeons@cvneuro.com>',
    'Thursday OR block + O-arm',
    'Mon, 24 Feb 2025 20:17:36 -0500',
    """Partners,

Starting 3/6 we get the second Thursday room at Mercy Valley from 0730. I'd propose:

  Thu room 1 - Sethi (spine, nav)
  Thu room 2 - Okafor alternating with Delacorte (crani / functional)

The new O-arm is in room 2 as of next week, the rep (Dana from Medtronic) will be in for the
first three cases. Anyone who hasn't done the in-service needs to do it before the 6th,
there's a session Tuesday at 6pm in the skills lab.

Also: scheduling is booking 4 ACDFs into a single block - please don't let them, we're
running until 7pm.

VS
""")

add('clean', 'staff', '',
    'Oren Feld <ofeld@hnsi.org>',
    'Infusion Staff <infusionstaff@hnsi.org>',
    'anti-CD20 premeds - change',
    'Fri, 07 Mar 2025 18:20:00 -0500',
    """Team,

After the reaction we had yesterday (a man in his 50s on his second half-dose, flushing and
throat tickle, resolved with diphenhydramine) and the two last month, I'm changing our
ocrelizumab premed protocol effective Monday:

  - methylprednisolone 100 mg IV 30 min prior (no change)
  - cetirizine 10 mg PO instead of diphenhydramine 25 PO (less sedation, people drive)
  - acetaminophen 650 PO
  - start 30 mL/h on first infusions, escalate every 30 min as tolerated

Reactions should still get a reaction note, and please let me know the same day. The order
set will be updated by pharmacy (thanks Anjali).

Oren
""")

add('clean', 'staff', '',
    'Ravi Menon <rmenon@hnsi.org>',
    'REMYELIN-2 Study Team <remyelin2-team@hnsi.org>',
    'Amendment 4 approved - reconsent plan',
    'Wed, 12 Mar 2025 11:03:29 -0400',
    """Hi all,

IRB approved Amendment 4 yesterday (stamped ICF v4.0). Main changes:
  - extra optional LP at week 48 for the biomarker substudy
  - updated risk language on infusion reactions
  - visit window widened to +/- 7 days

Status: 23 of 40 enrolled, 6 screen fails, 2 in screening. Every active subject needs to
reconsent on v4.0 at their next visit - I'll put a flag on the visit calendar. Please don't
use v3.0 for anyone new after today; shred the printed v3.0 copies in the research cabinet.

Monitoring visit from Meridian is 3/27, they'll review reconsent docs.

Ravi
""")

# ---------------------------------------------------------------------------
# CLEAN: training
# ---------------------------------------------------------------------------

add('clean', 'training', '',
    'Clinical Informatics Training <ehrtraining@hnsi.org>',
    'New Hires - March <newhires-march@hnsi.org>',
    'EHR class Tues - your training login + practice patients',
    'Fri, 07 Mar 2025 14:00:00 -0500',
    """Welcome! Your EHR class is Tuesday 3/11, 8:30-4:00, Training Room 2.

Log in to the PLAYGROUND environment (NOT production) with:
   User: TRN_<your initials>   Password: Welcome2025!  (you'll be asked to change it)

Practice patients for today (fictional - ZZ prefix means training only):
   ZZTEST, EMU ONE         MRN 99900001   DOB 01/01/1950
   ZZTEST, SLEEP PEDS      MRN 99900002   DOB 01/01/2015
   ZZTEST, INFUSION        MRN 99900003   DOB 01/01/1980

Exercises: admit ZZTEST, EMU ONE to the EMU, order continuous video EEG, document a
seizure event with rescue medication, and discharge with a seizure action plan.

Never look up a real patient in class, even in PLAYGROUND.

Clinical Informatics - Training Team, x2050
""")

add('clean', 'training', '',
    'Glen Haverford <ghaverford@hnsi.org>',
    'Persyst Integration Support <integration@persyst-vendor.com>',
    'TEST env - sample A01 for the new worklist mapping',
    'Mon, 03 Mar 2025 10:02:47 -0500',
    r"""Hi Marco,

Here is the synthetic test message we'll fire from our TST interface engine tomorrow.
Processing ID is T, patient is our standard fake test patient, nothing from production.

MSH|^~\&|EPIC_TST|HNSI_TST|PERSYST|HNSI_EMU_TST|20250304090000||ADT^A01^ADT_A01|TST000001|T|2.5.1
EVN|A01|20250304090000
PID|1||99900001^^^HNSI^MR||ZZTEST^EMUONE^^^^^L||19500101|U|||1 TEST ST^^TESTVILLE^MA^00000||^PRN^PH^^1^000^0000000
PV1|1|I|EMU^99^A^HNSI_TST||||9999^DOCTOR^TEST^^^^MD|||NEU||||1|||9999^DOCTOR^TEST|IN|TST0000001
DG1|1||R56.9^Unspecified convulsions^I10

Expected: worklist entry under "EMU 99" with ordering physician "Doctor, Test". Can you
confirm your side is pointed at our TST endpoint (10.20.4.31:6661)?

Glen
""")

add('clean', 'training', '',
    'NeuroView Demo Team <demo@neuroviewsoftware.com>',
    'Elaine Marchetti <emarchetti@hnsi.org>',
    'Your NeuroView 9 demo recording + sandbox access',
    'Thu, 20 Feb 2025 16:45:00 -0500',
    """Dr. Marchetti,

Thanks for joining Tuesday's demo. The recording is at the link below, and your sandbox
is live for 30 days.

In the sandbox you'll find the demo library we showed:
  - "John Doe - sample 24h ambulatory EEG" (synthetic montage, with seeded spike trains)
  - "Jane Doe - sample ICU cEEG, 72h" (public-domain dataset, fully de-identified)
  - "Demo Child - sample absence seizures, 3 Hz SW"

Try the new seizure-probability trend and the one-click report builder. The sandbox
doesn't connect to any hospital system, so please don't upload real studies.

Happy to set up a trial at your site; pricing sheet attached on request.

Best,
Kara Lindstrom
Clinical Solutions Specialist, NeuroView Software
""")

add('clean', 'training', '',
    'Dmitri Volkov <dvolkov@hnsi.org>',
    'Sleep Lab Night Techs <sleeptechs@hnsi.org>',
    'March ISR scoring - sample records 7 & 8',
    'Mon, 03 Mar 2025 13:25:10 -0500',
    """Hi all,

This month's inter-scorer reliability records are up on the AASM ISR portal:

  Sample record 7 - "adult, 200 epochs, REM-heavy" (de-identified teaching record)
  Sample record 8 - "pediatric, 200 epochs, periodic limb movements"

Score staging, arousals, respiratory events and limb movements, then submit by 3/21. Our
lab agreement last quarter was 88% for staging and 81% for respiratory events - hypopneas
with arousal (rule 1B) were our weakest area, so please review the scoring manual section
on that before you start.

Reminder: these are teaching records from the portal, not our patients - don't pull any
of our own studies into the ISR folder.

Dmitri Volkov, RPSGT, CCSH
Lead Technologist
""")

add('clean', 'training', '',
    'SleepLink Cloud <noreply@sleeplinkcloud.com>',
    'Sheri Atwood <satwood@restwellhome.com>',
    'Training account created - SleepLink compliance portal',
    'Wed, 05 Mar 2025 09:30:00 -0500',
    """Hello Sheri,

A training account has been created for you on SleepLink Cloud (TRAINING site).

   URL:       https://train.sleeplinkcloud.com
   Username:  satwood.train
   Role:      Clinical Coordinator (training)

Your training site includes demonstration patients only:
   Demo, Dana       device serial DEMO000001   "non-adherent, high leak" scenario
   Demo, Devon      device serial DEMO000002   "adherent, residual AHI 12" scenario
   Sample, Pat      device serial DEMO000003   "new setup" scenario

Complete the three modules (Running compliance reports, Remote settings changes, Alerts)
by 03/31. Data on the training site are fictitious and reset every Sunday.

SleepLink Cloud Customer Education
""")

add('clean', 'training', '',
    'HNSI Compliance <compliance@hnsi.org>',
    'All HNSI Staff <allstaff@hnsi.org>',
    'Annual HIPAA refresher - due 3/31 (sample scenarios inside)',
    'Mon, 17 Feb 2025 08:15:00 -0500',
    """Annual privacy & security training is due March 31. Complete it in the Learning Center
(about 40 minutes). Here are two of this year's practice scenarios so you know what to
expect - both use fictional people:

Scenario 1. A sleep tech receives an email from "Jane Q. Sample" asking for her husband's
sleep study results. Jane is not listed as a personal representative. What should the
tech do?

Scenario 2. A nurse wants to text a photo of a seizure action plan for "Sample Child,
DOB 01/01/2000 (fictional)" to a school nurse from her personal phone. Is this allowed?

Remember: when in doubt, use secure email ([SECURE] in the subject line) or call the
Privacy Office at x2400.

HNSI Compliance & Privacy Office
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    dom = m['frm'].rsplit('@', 1)[1].rstrip('>').strip()
    msg['Message-ID'] = '<%08X.%04d%06X@%s>' % (random.getrandbits(32), i, random.getrandbits(24), dom)
    for k, v in m['extra']:
        msg[k] = v
    if m['cte']:
        msg.set_content(m['body'], cte=m['cte'])
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fn, mt, st, data in m['atts']:
        if mt == 'text':
            if isinstance(data, bytes):
                data = data.decode('utf-8')
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
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
        data = build(i, m).as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)


if __name__ == '__main__':
    main()
