#!/usr/bin/env python3
"""Blind evaluation mail set (orthopaedic / sports-medicine setting).
Run: python3 gen.py OUTDIR   -- deterministic, standard library only."""
import sys, os, io, csv, random, zipfile, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 3901
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

TZ = datetime.timezone(datetime.timedelta(hours=-4))
MSGS = []

DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information, including protected health information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are
not the intended recipient, please contact the sender by reply e-mail and
destroy all copies of the original message.
"""

def T(s):
    return s[1:] if s.startswith("\n") else s

def add(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
        atts=(), cte=None, html_cte=None, hdrs=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, body=T(body), date=date, cc=cc, html=html,
                     atts=list(atts), cte=cte, html_cte=html_cte, hdrs=hdrs or {}))

def fixed_zip(files):
    """files: list of (name, bytes). Deterministic zip bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()

def xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))

def make_xlsx(rows, sheet="Sheet1"):
    """Minimal valid .xlsx using inline strings."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return fixed_zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                      ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                      ("xl/worksheets/sheet1.xml", sheet_xml.encode("utf-8"))])

def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

# =====================================================================
# PHI: care
# =====================================================================
add("phi", "care", "Brandvold",
    "Jenna Whitcomb <jwhitcomb@ridgelineortho.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "tyler b - mri back",
    """
Dr Raman,

Tyler Brandvold (CVHS football, #54) had his MRI at Eastgate Imaging yesterday
afternoon. Report is in his chart but the short version from the radiologist:
complete ACL tear, bone bruising on the lateral femoral condyle, medial meniscus
looks ok. Mom (Kris) is asking if you can see him this week to talk about
surgery now vs waiting till after the season - he really wants to play the
last 3 games which I told her is not my call.

He's in the hinged brace + crutches WBAT, icing, and doing quad sets and SLRs
with me before practice. Effusion is down a lot since Friday.

I can bring him in Thurs after 3:15 if you have a slot.

thx
Jenna
--
Jenna Whitcomb, MS, ATC
Head Athletic Trainer - Carver Valley High School
Ridgeline Orthopaedic & Sports Medicine | Outreach Program
c 614-555-0187
""", (2024, 10, 15, 7, 42))

add("phi", "care", "Keppler",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "Lorraine Biggs <lbiggs@granitemutualins.com>",
    "RE: Claim GM-24-104417 / PT status request",
    """
Hi Lorraine,

Ronald has now attended 9 of the 12 visits you authorized (he missed 5/21 for
a family funeral, rescheduled). Quick summary from today's re-eval:

- Lumbar flexion improved to ~70% of expected, extension still painful at end range
- Lifting floor-to-waist 25 lb x 5 reps with good mechanics, 35 lb reproduced
  his L buttock pain
- Tolerates standing ~40 min, sitting ~30 min before needing to change position
- Home program compliance good per his log

He is not yet at the 50 lb medium-duty level his job at the plant requires.
I'm recommending the remaining 3 visits plus a Functional Capacity Evaluation
before his follow-up with Dr. Adeyemi on 6/18. Can you authorize the FCE
(CPT 97750, est. 3 hrs)? We can do it at our Westgate clinic.

Work status per Dr. Adeyemi is unchanged: modified duty, no lifting over 20 lb,
no repetitive bending.

Thanks,
Tomás

Tomás Aguilar, PT, DPT, OCS
Clinic Director, Ridgeline Physical Therapy - Westgate
T 614-555-0150 x 3 | F 614-555-0151

-----Original Message-----
From: Lorraine Biggs <lbiggs@granitemutualins.com>
Sent: Tuesday, May 28, 2024 10:03 AM
To: Tomas Aguilar DPT <taguilar@ridgelineortho.com>
Subject: Claim GM-24-104417 / PT status request

Good morning,
Please provide a status update on our insured's employee Ronald Keppler,
DOI 02/07/2024. Specifically, # of visits completed, current functional
level, and whether additional therapy is anticipated.

Lorraine Biggs, AIC
Senior Claims Adjuster | Workers' Compensation
Granite Mutual Insurance Company
Direct 330-555-0124
""" + DISCLAIMER, (2024, 5, 30, 16, 5))

add("phi", "care", "Albright",
    "Danielle Okafor RN <dokafor@ridgelinesurgerycenter.com>",
    "Marcus Feld MD <mfeld@ridgelineortho.com>",
    "Thurs 7:30 - pre-op labs",
    """
Dr. Feld,

Mrs. Albright (Thursday 7:30, R ankle hardware removal) - her pre-op BMP came
back this afternoon: K 3.1, glucose 212. Hgb 10.8 on the CBC. EKG unchanged from
2022 per the tracing her PCP sent.

Her PCP, Dr. Mendez at Lakeside Family Medicine, is out until Monday. She told me
on the phone she's been taking her HCTZ "extra some days" because her legs swell.

Do you want to proceed Thursday or hold until she can get the potassium
rechecked / repleted? Anesthesia (Dr. Kwan) said he'd want K >3.5 morning of.

Danielle

Danielle Okafor, BSN, RN, CPAN
Pre-Admission Testing | Ridgeline Surgery Center
614-555-0166
""", (2024, 6, 4, 15, 48))

add("phi", "care", "Whitlock",
    "Chad Munroe <chad.m@braceworksmed.com>",
    "Ridgeline Orders <dmeorders@ridgelineortho.com>",
    "Whitlock - still need DWO + notes",
    """
Hi team,

We delivered the cold therapy unit and the knee scooter to Janice Whitlock at
her home on 5/2 per Dr. Feld's order after her Achilles repair. She's doing
fine with both, her husband said she's using the scooter everywhere.

For Medicare we still need:
 1. signed detailed written order (the one we got is missing the length of need)
 2. office notes from the 4/26 visit showing she is non-weight bearing

Can you fax to 877-555-0144 attn Chad or just reply here with a pdf? Claim is
going to age out if we don't submit by the 20th.

Thanks!
Chad Munroe
Account Manager | BraceWorks Medical Supply
o 877-555-0140  c 937-555-0112
""", (2024, 5, 13, 11, 20))

add("phi", "care", "Ojo",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "Kelsey Brandt PA-C <kbrandt@ridgelineortho.com>",
    "FW: progress note - Marcus Ojo",
    """
Kelsey - fyi before he sees you Monday. He's doing great honestly, just want
to make sure you're ok with starting the running progression.
T

---------- Forwarded message ---------
From: Ridgeline PT Documentation <pt-noreply@ridgelineortho.com>
Date: Wed, Jun 12, 2024 at 5:51 PM
Subject: progress note - Marcus Ojo

PROGRESS NOTE - Visit 14
Patient: Marcus Ojo
Referring: K. Brandt PA-C / P. Raman MD
Surgery: R ACL reconstruction (BTB autograft) 03/18/2024

S: Reports no pain w/ ADLs, mild anterior knee soreness after stairs at work.
   Goal is to return to rec soccer league in fall.
O: Knee ROM 0-128 (L 0-140). Trace effusion (stroke test). Quad LSI 78% on
   HHD, hamstring LSI 91%. SL squat to 60 deg w/ mild valgus, corrects w/ cue.
A: Progressing as expected at 12 wks. Ready for treadmill jogging progression
   pending MD approval.
P: 2x/wk x 4 wks. Add plyo intro, continue quad strengthening. Hop testing at
   ~6 months.

Electronically signed: Tomas Aguilar, PT, DPT
""", (2024, 6, 13, 8, 2))

add("phi", "care", "Pokorny",
    "Marisol Vega <mvega@ridgelineortho.com>",
    "Wen Liang MD <wliang@ridgelineortho.com>",
    "Pokorny moved to 6/10",
    """
Dr. Liang -

Gerald Pokorny's rotator cuff repair is moved from 6/3 to Monday 6/10, first
case 7:30. Cardiology clearance came in this morning (Dr. Hsu, ok to proceed,
moderate risk). Per Dr. Hsu he stops the Eliquis after his dose on 6/7 and
holds lisinopril the morning of. I went over that with him and his son twice
and his son wrote it down.

Anesthesia ok'd the interscalene block. Sling + ice machine ordered through
BraceWorks, delivery 6/8.

Danielle cc'd so PAT has the new date.

Marisol Vega
Surgery Scheduler, Shoulder & Elbow
Ridgeline Orthopaedic & Sports Medicine
614-555-0139
""", (2024, 5, 31, 13, 37), cc="Danielle Okafor RN <dokafor@ridgelinesurgerycenter.com>")

add("phi", "care", "Delacroix",
    "Marcus Feld MD <mfeld@ridgelineortho.com>",
    "Kelsey Brandt PA-C <kbrandt@ridgelineortho.com>",
    "shannon delacroix",
    """
kelsey pls call shannon delacroix today re the pain msg. bump gabapentin to
300 tid, stop the naproxen since cardiology put her on the blood thinner.
repeat L ankle xr 3 views in 2 wks and cast off then if it's healing.
if she's still at 8/10 have her come in tmrw and we'll bivalve the cast.
MF

Sent from my iPhone
""", (2024, 6, 6, 6, 54))

add("phi", "care", "Holt",
    "Rob Dunleavy ATC <rdunleavy@ridgelineortho.com>",
    "Angela Moretti <amoretti@lakemontschools.org>",
    "Injury update - girls soccer",
    """
Coach,

Quick update for this week:

Brianna Holt finished step 5 of the return-to-play protocol yesterday with no
symptoms. Dr. Raman saw her this morning, repeated the ImPACT (back to her
baseline) and signed her clearance. She can do full contact practice Monday and
is good for the game Wednesday. Keep an eye on her the first couple of days and
send her to me if she mentions headaches at all.

I'll send the signed form to the office so it's on file.

Rob

Rob Dunleavy, ATC, LAT
Athletic Trainer - Lakemont High School
Ridgeline Orthopaedic & Sports Medicine
""", (2024, 9, 20, 14, 10),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Coach,</p>
<p>Quick update for this week:</p>
<p><b>Brianna Holt</b> finished step 5 of the return-to-play protocol yesterday with no
symptoms. Dr. Raman saw her this morning, repeated the ImPACT (back to her
baseline) and signed her clearance. She can do <u>full contact practice Monday</u> and
is good for the game Wednesday. Keep an eye on her the first couple of days and
send her to me if she mentions headaches at all.</p>
<p>I'll send the signed form to the office so it's on file.</p>
<p>Rob</p>
<p style="color:#555;font-size:9pt">Rob Dunleavy, ATC, LAT<br>Athletic Trainer - Lakemont High School<br>
Ridgeline Orthopaedic &amp; Sports Medicine</p>
</body></html>""")

# =====================================================================
# PHI: names
# =====================================================================
add("phi", "names", "Okonkwo-Bello",
    "Nadia Petrovic <npetrovic@ridgelineortho.com>",
    "Foot & Ankle Clinical <fa-clinical@ridgelineortho.com>",
    "Okonkwo-Bello, Chidinma - cast check today?",
    """
pt called, says her toes are tingly and the cast feels really tight since it
was put on Tues. no fever. can Dr Feld or Kelsey see her today? she's at work
til 2 but can leave. cb # on file, she prefers text.

Nadia
Front Desk Lead - North Campus
""", (2024, 4, 18, 9, 15))

add("phi", "names", "de la Fuente",
    "Kelsey Brandt PA-C <kbrandt@ridgelineortho.com>",
    "Kim Tran <ktran@ridgelineortho.com>",
    "gel #2",
    """
Kim - Mr. de la Fuente did fine with the 2nd gel shot in the R knee this am,
no reaction. Can you book #3 for next week, same time? He asked if his wife
can drive him since he's not supposed to be on the highway after, I said sure.
Also he needs a new handicap placard form, I left it on your desk.

K
""", (2024, 3, 7, 11, 48))

add("phi", "names", "Venkataraman",
    "Kim Tran <ktran@ridgelineortho.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "tennis tournament question",
    """
Hi Dr. Raman,

Aarav Venkataraman's mom called - he's the 14 y/o tennis player you saw on
Monday for the right wrist (you put him in the thumb spica). She wants to know
if he can play in the district tournament Saturday if he wears the brace, or if
he needs to withdraw. Also asking whether he still needs the follow-up x-ray on
the 24th or if he can skip it since it "doesn't hurt anymore."

Her number is in the chart, she said call after 4.

Thanks,
Kim Tran, CMA
""", (2024, 5, 8, 13, 2))

add("phi", "names", "Kowalczyk",
    "Darnell Price <dprice@keystonecas.com>",
    "Medical Records <records@ridgelineortho.com>",
    "Records request - Kowalczyk, Zbigniew",
    """
Good afternoon,

Keystone Casualty is the workers' compensation carrier for the employer. Please
forward the following for:

    Kowalczyk, Zbigniew
    DOI: 01/22/2024

  - Operative report, L shoulder arthroscopy 03/05/2024 (Dr. Liang)
  - All post-op office notes
  - Physical therapy notes 03/2024 to present
  - Most recent work status / restrictions

The signed authorization is on file with your office from the initial visit.
Our claim number is KC-2400-8815.

Regards,

Darnell Price
Claims Representative
Keystone Casualty Insurance Co.
P 412-555-0188 | F 412-555-0189
""", (2024, 5, 22, 14, 31))

add("phi", "names", "Jamal",
    "Dave Pellegrino <dpellegrino@carvervalleyschools.org>",
    "Jenna Whitcomb <jwhitcomb@ridgelineortho.com>",
    "Jamal",
    """
hey jenna

hows Jamal doing after the surgery friday?? the guys want to sign a card for
him. is he gonna be back for summer league in july or is that way too soon. his
mom said he'll be on crutches a few weeks and then therapy. i dont want to push
it just need to know for the roster, JV is thin at guard.

Coach P
Dave Pellegrino
JV Boys Basketball / Health & PE
Carver Valley High School
""", (2024, 5, 20, 19, 44))

add("phi", "names", "Al-Zahrani",
    "Marisol Vega <mvega@ridgelineortho.com>",
    "Language Services <interpreters@ridgelineortho.com>",
    "Arabic interpreter - Tues 6/11 10:40",
    """
Hi,

Need an Arabic interpreter (in person if possible, VRI ok as backup) for
Ms. Fatima Al-Zahrani, Tuesday 6/11 at 10:40 with Dr. Adeyemi, Main campus
suite 210. It's her follow-up after the lumbar epidural and they will be
discussing the fusion surgery and consent, so it will be a long visit (plan
60 min).

Her son Yousef usually interprets but she asked specifically for a female
interpreter this time.

Thank you!
Marisol
""", (2024, 6, 5, 10, 12))

add("phi", "names", "Lefèvre-Dubois",
    "Hannah Greer PTA <hgreer@ridgelineortho.com>",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "Renée Lefèvre-Dubois - HEP",
    """
Tomás,

Renée Lefèvre-Dubois came in today for her 4th visit after the L distal radius
ORIF. Grip is 9 kg vs 27 on the right, wrist ext only to 35°. She admitted she
hasn't been doing the home program much because the putty "smells weird" (lol).
I gave her a new printout in French, her daughter said that's easier for her.

Can you look at her Thursday? I think we need to add the dynamic splint that
Dr. Feld mentioned.

Hannah Greer, PTA
Ridgeline Physical Therapy – Westgate
""", (2024, 4, 29, 17, 20), cte="quoted-printable")

add("phi", "names", "Tran",
    "Danielle Okafor RN <dokafor@ridgelinesurgerycenter.com>",
    "ASC Billing <ascbilling@ridgelinesurgerycenter.com>",
    "name question - Tran V. Minh 6/3",
    """
Billing -

Pt Trần Văn Minh had his R carpal tunnel release with Dr. Liang today (OR 3,
2nd case). Registration has him as TRAN, VAN MINH but his insurance card says
MINH, TRAN VAN and his son says the family name is Trần. I don't want the claim
to bounce again like last month - which one do you want on the case?

He went home at 11:50, did fine.

Danielle
""", (2024, 6, 3, 13, 5), cte="quoted-printable")
# =====================================================================
# PHI: self
# =====================================================================
add("phi", "self", "Rusnak",
    "Dale Rusnak <dalerusnak71@gmail.com>",
    "Lorraine Biggs <lbiggs@granitemutualins.com>",
    "MRI still not approved?? claim GM-24-118830",
    """
Ms Biggs,

My name is Dale Rusnak, claim number GM-24-118830. I got hurt at the Mid-Ohio
Distribution warehouse on Feb 9 lifting a pallet jack that tipped. Dr Adeyemi
at Ridgeline ordered an MRI of my low back on 4/30 and his office says it is
STILL waiting on approval from you guys. Its been almost a month.

I have done 6 weeks of physical therapy like you wanted and it is not better,
the pain goes down my left leg into my foot now and my foot goes numb when I
drive. I cant go back to work like this and light duty they dont have anything.

Please call me 740-555-0191, I have left 3 voicemails.

Dale

cc'ing the doctors office so they know I asked
""", (2024, 5, 27, 21, 14), cc="Ridgeline Spine <spine@ridgelineortho.com>")

add("phi", "self", "Benitez",
    "Carla Benitez <carlab0822@yahoo.com>",
    "Ridgeline Ortho Info <info@ridgelineortho.com>",
    "Mateo - note for practice?",
    """
Hi, this is Carla Benitez, Mateo's mom (Mateo Benitez, DOB 02/09/2008).

He got his cast off last week with Dr Feld and the x-ray looked good, but he's
still limping a little and his ankle swells by the end of the day. His soccer
coach wants him at practice Monday. Does he need a note from the doctor to go
back? And are we supposed to be doing physical therapy? Nobody told us
anything about that at the appointment and I didn't think to ask.

Thank you so much,
Carla
Sent from Yahoo Mail for iPhone
""", (2024, 8, 9, 20, 3))

add("phi", "self", "Morrissey",
    "kayla m <kaylamorrissey.runs@gmail.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "can i run yet",
    """
hey dr raman its kayla morrissey. i had my knee scope w you on the 12th (the
meniscus one) can i start running yet?? track tryouts r the 28th. my pt said
to ask u. it doesnt really hurt just kinda stiff in the morning

thx
kayla
""", (2024, 2, 19, 22, 37))

add("phi", "self", "Ivers",
    "Ridgeline Website <webforms@ridgelineortho.com>",
    "Patient Messages <patientmsg@ridgelineortho.com>",
    "New contact form submission: Prescription refill",
    """
New submission from ridgelineortho.com/contact

Name: Harold Ivers
Date of Birth: 04/17/1951
Phone: 740-555-0119
Email: hivers51@att.net
Preferred provider: Dr. Stephen Marsh
Reason: Prescription refill

Message:
I had my left hip replaced on May 1 by Dr. Marsh and I am almost out of the
oxycodone, I have 2 left. The pharmacy (Kroger on Stringtown Rd) says it needs
a new prescription. Also the incision has a little bit of clear drainage on
the bottom end, is that normal? I am using the walker still.

Submitted: 05/12/2024 6:48 PM
""", (2024, 5, 12, 18, 48),
    html="""<html><body>
<h3>New submission from ridgelineortho.com/contact</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Name</b></td><td>Harold Ivers</td></tr>
<tr><td><b>Date of Birth</b></td><td>04/17/1951</td></tr>
<tr><td><b>Phone</b></td><td>740-555-0119</td></tr>
<tr><td><b>Email</b></td><td>hivers51@att.net</td></tr>
<tr><td><b>Preferred provider</b></td><td>Dr. Stephen Marsh</td></tr>
<tr><td><b>Reason</b></td><td>Prescription refill</td></tr>
<tr><td><b>Message</b></td><td>I had my left hip replaced on May 1 by Dr. Marsh and I am almost out of the
oxycodone, I have 2 left. The pharmacy (Kroger on Stringtown Rd) says it needs
a new prescription. Also the incision has a little bit of clear drainage on
the bottom end, is that normal? I am using the walker still.</td></tr>
</table>
<p style="font-size:8pt;color:#888">Submitted: 05/12/2024 6:48 PM</p>
</body></html>""")

add("phi", "self", "Sokolowski",
    "Debbie Sokolowski <dsokolowski@outlook.com>",
    "Ridgeline Surgery Center <info@ridgelinesurgerycenter.com>",
    "Questions before my surgery June 20",
    """
Hello,

I'm scheduled for bunion surgery (left foot) with Dr. Feld on June 20 at the
surgery center. I have a few questions I forgot to ask at the pre-op call:

1) I take fish oil and a baby aspirin every day - when should I stop them?
2) The last time I had anesthesia (gallbladder, 2019) I was very sick to my
   stomach for most of the day afterwards. Can someone make a note of that
   for the anesthesiologist?
3) Will I be able to drive home? My husband works nights that week so I
   may have to get my sister to come from Zanesville.

My date of birth is 9/30/1967 in case you need to look me up.

Thank you,
Debbie Sokolowski
""", (2024, 6, 10, 7, 58))

add("phi", "self", "Greeley",
    "Pat Greeley <patgreeley@comcast.net>",
    "Ridgeline PT Eastgate <pt-eastgate@ridgelineortho.com>",
    "cancel thurs",
    """
This is Pat Greeley - pls cancel my PT thurs 4pm, still really sore from the
cortisone shot in my shoulder tuesday. will call to reschedule next week.
Pat
""", (2024, 4, 3, 8, 11))

add("phi", "self", "Pryor",
    "Wendell Pryor <wpryor.home@gmail.com>",
    "Stephen Marsh MD Office <jointcenter@ridgelineortho.com>",
    "Fwd: Notice of Determination - Claim KC-7781245",
    """
Can somebody from Dr Marsh's office call me please. They are denying the knee
replacement saying its from arthritis and not from my fall at work. I was
fine before I fell off the loading dock in November, I never even went to a
doctor for my knee before that. What do I do now? 614-555-0107

Wendell Pryor

---------- Forwarded message ---------
From: Keystone Casualty Claims <claims-noreply@keystonecas.com>
Date: Mon, Jun 3, 2024 at 2:15 PM
Subject: Notice of Determination - Claim KC-7781245
To: <wpryor.home@gmail.com>

RE:  Claimant:            Wendell Pryor
     Claim Number:        KC-7781245
     Date of Injury:      11/14/2023
     Employer:            Tri-County Building Supply

Dear Mr. Pryor,

We have reviewed the request from Stephen Marsh, MD for authorization of a
right total knee arthroplasty (CPT 27447). Based on the peer review dated
05/29/2024, the requested procedure is DENIED as the medical records indicate
the need for surgery is related to pre-existing degenerative joint disease
and not to the allowed conditions in the claim (right knee contusion, right
knee sprain).

You may request an Independent Medical Examination or file an appeal within
14 days of receipt of this notice.

Keystone Casualty Insurance Co.
""", (2024, 6, 3, 19, 40))

# =====================================================================
# PHI: ids
# =====================================================================
add("phi", "ids", "",
    "Chad Munroe <chad.m@braceworksmed.com>",
    "Ridgeline Orders <dmeorders@ridgelineortho.com>",
    "RE: 00482913 - brace auth",
    """
Hi again - for 00482913 (dob 3.4.88) the payer kicked back the OA unloader
brace (L1851) request. They want the last 2 visit notes and something showing
the L knee films with medial compartment narrowing, the note from 5/6 just
says "see imaging". If you can send the x-ray report too that should do it.

Chad

> On Tue, May 14, 2024 at 9:02 AM, Ridgeline Orders wrote:
> Order attached for L unloader, Dr. Raman. Pt prefers delivery to work
> address. Thanks
""", (2024, 5, 15, 10, 26))

add("phi", "ids", "Simms",
    "Lorraine Biggs <lbiggs@granitemutualins.com>",
    "Hand Clinic <handclinic@ridgelineortho.com>",
    "work status needed - 24-WC-0039917",
    """
Please provide work status following today's appointment.

Claimant: SIMMS, ANTWAN
DOB: 19880304
SSN: xxx-xx-4471
Claim #: 24-WC-0039917
DOI: 20240311
Employer: Buckeye Sheet Metal LLC

Per our records, claimant underwent R index & middle finger flexor tendon repair
on 03/12/2024. Employer can accommodate one-handed duty (L hand only). Please
indicate on the attached MEDCO-14 or by reply whether claimant may return
to modified duty.

Lorraine Biggs, AIC
Senior Claims Adjuster
Granite Mutual Insurance Company
""" + DISCLAIMER, (2024, 4, 24, 9, 45))

add("phi", "ids", "Hinojosa",
    "Kim Tran <ktran@ridgelineortho.com>",
    "Summit Ortho Supply Orders <orders@summitorthosupply.com>",
    "New DME order - post op spine",
    """
Hello Summit,

New order, please deliver before discharge on Friday:

Pt: Gloria Hinojosa
DOB: 14 Nov 1962
Address: 2291 Brookview Ct, Apt 4B, Grove City OH 43123
Home (614) 555-0162 / cell (614) 555-0175 (daughter Marisol)
Ins: Medicare primary, AARP supplement

Items:
 - LSO brace, custom fit (L0637), pt is 5'3" 190 lb
 - front wheeled walker
 - shower chair w/ back
 - reacher / sock aid

Surgery: L4-S1 posterior fusion 6/4 w/ Dr. Adeyemi. Signed order and op note
to follow by fax.

Thanks,
Kim Tran, CMA
Ridgeline Spine Center
""", (2024, 6, 5, 12, 30))

add("phi", "ids", "Pelletier",
    "Eastgate Imaging Reading Room <reads@eastgateimaging.com>",
    "Wen Liang MD <wliang@ridgelineortho.com>",
    "ADDENDUM Acc# EIC24-0581177",
    """
ADDENDUM to report for Accession EIC24-0581177

PELLETIER, MARC   MRN 3308812   DOS 05/16/2024
EXAM: MRI SHOULDER LEFT WO CONTRAST

Addendum: On re-review at the request of the ordering physician, there is
also a small partial-thickness articular surface tear of the anterior
supraspinatus footprint (approx 4 mm), in addition to the previously described
posterior-superior labral tear with 9 mm paralabral cyst extending into the
spinoglenoid notch. Remainder of the report is unchanged.

Electronically signed by: R. Olufemi MD, 05/17/2024 08:44
Eastgate Imaging Center  |  614-555-0100
""", (2024, 5, 17, 8, 45))

add("phi", "ids", "Strand",
    "Utilization Mgmt <um-notify@buckeyehealthplan.example.com>",
    "Surgery Scheduling <surgsched@ridgelineortho.com>",
    "Authorization Approved - Ref PA-2406-33817",
    """
AUTHORIZATION DETERMINATION: APPROVED

Member Name:      Nicole Strand
Member ID:        XJH884120357
Group:            0071120
Requesting Prov:  Priya Raman, MD (NPI 1467500000)
Facility:         Ridgeline Surgery Center

Service:  CPT 29888 Arthroscopically aided ACL repair/reconstruction
          CPT 29881 Arthroscopy knee w/ meniscectomy, medial OR lateral
Dx:       S83.512A, S83.241A
Auth #:   PA-2406-33817
Valid:    06/01/2024 - 08/31/2024
Units:    1

This determination is not a guarantee of payment. Benefits are subject to
member eligibility on the date of service.
""", (2024, 5, 29, 15, 2))

add("phi", "ids", "Lindqvist",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "Erik Lindqvist <eriklindqvist@protonmail.com>",
    "RE: statement question - acct 7734-0021-55",
    """
Mr. Lindqvist,

Thank you for your patience. I looked into account 7734-0021-55. The three
charges in question are for your wife's extracorporeal shockwave treatments
(3/4, 3/11 and 3/18) for the heel. Anthem considers ESWT for the foot
experimental and denied all three; the signed waiver (ABN-style financial
form) is in her file from 2/26, so the balance of $1,140.00 does transfer to
patient responsibility.

We can set up a payment plan - 6 months at $190/mo with no interest. Just
reply or call me directly.

Gail Pruitt, CRCR
Billing Manager, Ridgeline Orthopaedic & Sports Medicine
614-555-0131

> -----Original Message-----
> From: Erik Lindqvist
> Sent: Friday, April 26, 2024 4:40 PM
> Subject: statement question
>
> Got a bill for $1,140 for Astrid's foot treatments, I thought this was
> covered. Acct 7734-0021-55. Please explain.
""", (2024, 4, 30, 10, 18))

add("phi", "ids", "",
    "Jenna Whitcomb <jwhitcomb@ridgelineortho.com>",
    "North Campus Sports Walk-in <sportswalkin@ridgelineortho.com>",
    "sending one over",
    """
sending a wrestler over for sat walk-in clinic. chart 55120, dob 1/5/07.
R knee - cant fully straighten it since the match sat, has locked up twice,
small effusion, McMurray +. no xrays yet. dad is bringing him around 9.

J
""", (2024, 1, 26, 16, 30))

add("phi", "ids", "Boateng",
    "Referral Coordinator <referrals@ridgelineortho.com>",
    "Intake <intake@heartlandhomehealth.com>",
    "Home health PT referral - MRN RO-229184",
    """
Heartland Intake,

Please accept referral for home health PT/OT:

Mr. Eustace Boateng
MRN RO-229184
88 Quarry Rd, Lot 12, Ashville OH 43103
Ph 740-555-0133 (home) -- hard of hearing, call his niece Abena 740-555-0148

s/p R total knee arthroplasty 05/20/2024 (Dr. Marsh). Discharged home from
Ridgeline Surgery Center 05/21 after overnight stay. WBAT with walker.
PT 3x/wk x 2 wks then transition to outpatient. Aspirin 81 mg BID x 4 wks for
DVT ppx. Staples out at 2 wk visit in office 06/03.

Face-to-face and signed orders attached in the portal.

Thanks,
Referral Coordinator
Ridgeline Orthopaedic & Sports Medicine | Fax 614-555-0199
""", (2024, 5, 21, 14, 55))
# =====================================================================
# PHI: lists
# =====================================================================
add("phi", "lists", "Haverford",
    "Joanne Petrakis RN <jpetrakis@ridgelinesurgerycenter.com>",
    "Scheduling <scheduling@centralohioanesthesia.com>",
    "Tomorrow's board - Thurs 6/13",
    """
Hi all, board for tomorrow. OR 2 is still down for the HVAC so everything is
in 1 and 3. Blocks needed are marked.

OR\tTime\tPatient\tDOB\tProcedure\tSurgeon\tBlock
1\t0730\tHaverford, Linda\t07/22/1958\tR TKA\tMarsh\tadductor canal
1\t1015\tQuist, Darren\t11/03/1971\tL TKA\tMarsh\tadductor canal
1\t1245\tMbeki, Thandiwe\t02/14/1983\tR hip scope, labral repair\tRaman\t-
3\t0730\tOrtega, Luis A\t05/30/1990\tL ACL recon (hamstring)\tRaman\tfemoral
3\t0930\tFoley, Bridget\t08/08/2006\tR knee scope/menisc\tRaman\t-
3\t1100\tNakashima, Ken\t12/19/1949\tL CTR + trigger finger\tLiang\tBier
3\t1300\tSzabo, Imre\t03/27/1966\tR RCR\tLiang\tinterscalene

Mr. Nakashima is on Plavix - cardiology said ok to continue, FYI.
Bridget Foley is 17, mom will sign consent.

Joanne Petrakis, RN
Charge Nurse, Ridgeline Surgery Center
""", (2024, 6, 12, 15, 22))

add("phi", "lists", "Yamamoto",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "Westgate PT Staff <pt-westgate-staff@ridgelineortho.com>",
    "huddle notes 6/7",
    """
Morning huddle 6/7 - things to watch today:

* Mrs. Yamamoto (R TKA, wk 3) - flexion stuck at 95. Dr Marsh wants MUA if
  she's not at 105 by 6/14, so push her today. Premedicate 30 min before.
* Dwayne Castillo 9:00 - WC, adjuster asked for a note on every visit now.
  Don't let him skip the lifting.
* Priscilla Aung - 1st visit post L ankle ORIF, still NWB, boot. Check the
  incision, she was worried about a "bump."
* Ethan Rourke 3:30 - HS pitcher, Dr Raman ok'd interval throwing phase 1.
  His dad will want to watch, that's fine.
* Teodora Ilić - fell in the parking lot Tues (no injury per her) - document
  and do a fall risk screen.

Gym flooring guy comes at 12, keep the back mat area clear.
T
""", (2024, 6, 7, 7, 31))

add("phi", "lists", "Garza",
    "Ortho On-Call Resident <orthooncall@ridgelineortho.com>",
    "Ortho On-Call Resident <orthooncall@ridgelineortho.com>",
    "weekend signout sat->sun",
    """
SIGNOUT  Sat 6/15 -> Sun 6/16   (from Bhatt to Lindgren)

NAME               AGE  LOC     DX / PROCEDURE                  TO DO
-----------------  ---  ------  ------------------------------  ---------------------------
Garza, Ramon       54   4W-12   R tib plateau fx, ex-fix 6/14   compartment checks q4,
                                                                  CT done, ORIF Tues w/ Feld
Whitfield, June    81   4W-18   L IT hip fx s/p IMN 6/15         POD1 H/H, PT eval, hold
                                                                  apixaban till POD2
Adeyinka, Tunde    19   ED      R distal radius fx, reduced     splint check, f/u Mon clinic
                                                                  if imaging ok
Brzezinski, Ola    67   5E-04   periprosthetic R knee fx        medicine consult re INR 3.4,
                                                                  vit K given, OR when <1.5
Lowry, Cash        15   PEDS-2  L supracondylar fx, CRPP 6/15    neurovasc checks, d/c am if
                                                                  ok, cast clinic 1 wk

pagers: Bhatt x4471 (home, call if needed), Lindgren x4472
""", (2024, 6, 15, 18, 50))

att_injlog = csv_text([
    ["Date", "Athlete", "Grade", "Sport", "Body part", "Mechanism", "Status", "Referred"],
    ["09/03/2024", "Lucas Ferreira", "11", "Football", "L ankle", "rolled on cleat", "Limited - brace", "No"],
    ["09/03/2024", "Amaya Sutton", "10", "Volleyball", "R shoulder", "overuse, pain w/ serving", "Full w/ modifications", "No"],
    ["09/04/2024", "Jordan Kessler", "12", "Football", "Head", "helmet-to-helmet", "OUT - concussion protocol step 1", "Yes - Dr Raman 9/5"],
    ["09/05/2024", "Nia Okoro", "9", "Cross Country", "R shin", "running volume", "Limited - no hills", "Yes - x-ray"],
    ["09/06/2024", "Caleb Drummond", "11", "Football", "R thumb", "caught in facemask", "OUT - splint", "Yes - hand clinic"],
    ["09/06/2024", "Sofia Reyes-Alvarado", "12", "Soccer", "L knee", "non-contact pivot, pop", "OUT", "Yes - MRI ordered"],
])
add("phi", "lists", "Ferreira",
    "Jenna Whitcomb <jwhitcomb@ridgelineortho.com>",
    "Mark Ostrowski <mostrowski@carvervalleyschools.org>",
    "weekly injury log wk 1",
    """
Mark,

Attached is the week 1 injury log for the AD office. Jordan and Sofia are both
out for this weekend. Sofia's MRI is Tuesday so we'll know more then. Caleb
should be back with a playing splint next week if hand clinic ok's it.

Jenna

Jenna Whitcomb, MS, ATC
Head Athletic Trainer - Carver Valley High School
""", (2024, 9, 7, 10, 4), atts=[("text", "csv", "CVHS_injury_log_wk1.csv", att_injlog)])

att_wc = make_xlsx([
    ["Claim #", "Claimant", "DOB", "DOI", "Body part", "Treating", "Last visit", "Work status", "Next appt"],
    ["GM-24-104417", "Keppler, Ronald", "1979-08-14", "2024-02-07", "Lumbar", "Adeyemi", "2024-05-21", "Mod duty 20 lb", "2024-06-18"],
    ["GM-24-118830", "Rusnak, Dale", "1971-12-02", "2024-02-09", "Lumbar/L leg", "Adeyemi", "2024-04-30", "Off work", "MRI pending auth"],
    ["24-WC-0039917", "Simms, Antwan", "1988-03-04", "2024-03-11", "R hand", "Liang", "2024-05-22", "L hand only", "2024-06-19"],
    ["GM-24-121906", "Oyelaran, Adebayo", "1993-06-30", "2024-04-02", "R shoulder", "Liang", "2024-05-28", "No overhead", "2024-06-25"],
    ["GM-23-098812", "Kaczmarek, Dorota", "1966-01-19", "2023-11-28", "L knee", "Marsh", "2024-05-15", "Full duty", "MMI - discharge"],
])
add("phi", "lists", "Keppler",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "Lorraine Biggs <lbiggs@granitemutualins.com>",
    "Open Granite Mutual claimants - monthly reconciliation",
    """
Hi Lorraine,

As discussed, attached is our list of open Granite Mutual claimants with last
visit and current work status so we can reconcile the outstanding bills before
the end of the quarter. Let me know if any of your claim numbers don't match.

Thanks,
Gail

Gail Pruitt, CRCR
Billing Manager
Ridgeline Orthopaedic & Sports Medicine
""" + DISCLAIMER, (2024, 6, 3, 9, 12),
    atts=[("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "GraniteMutual_open_claims_2024-06.xlsx", att_wc)])

dme_csv = csv_text([
    ["order_id", "patient_last", "patient_first", "dob", "phone", "item", "hcpcs", "ordering_md", "status", "notes"],
    ["BW-55102", "Whitlock", "Janice", "1949-10-11", "614-555-0103", "knee scooter", "E0118", "Feld", "delivered - need DWO", ""],
    ["BW-55119", "Castellanos", "Reuben", "1985-02-27", "614-555-0177", "cold therapy unit", "E0218", "Raman", "on hold - auth", "post ACL"],
    ["BW-55124", "Fairweather", "Gwen", "1958-07-04", "740-555-0120", "hinged knee brace", "L1833", "Marsh", "backordered", "size XL"],
    ["BW-55131", "Tkachenko", "Oleksandr", "1977-11-23", "614-555-0196", "CAM boot tall", "L4361", "Feld", "ready", "L foot"],
    ["BW-55140", "Nwachukwu", "Chiamaka", "2003-05-09", "614-555-0154", "shoulder sling w/ abd pillow", "L3960", "Liang", "delivered", "pt picked up"],
    ["BW-55147", "Hale", "Dorothy", "1940-03-15", "740-555-0186", "LSO brace", "L0637", "Adeyemi", "fitting 6/12", "needs in-home fitting"],
])
add("phi", "lists", "Whitlock",
    "Chad Munroe <chad.m@braceworksmed.com>",
    "Ridgeline Orders <dmeorders@ridgelineortho.com>",
    "open orders backlog - zipped",
    """
Attached zip has our open order report for Ridgeline as of this morning. The
ones marked "need DWO" or "on hold - auth" are waiting on you guys. Password
protect was giving your filter trouble last time so it's just zipped.

Chad
""", (2024, 6, 10, 8, 40),
    atts=[("application", "zip", "ridgeline_open_orders_0610.zip",
           fixed_zip([("ridgeline_open_orders_0610.csv", dme_csv.encode("utf-8"))]))])

add("phi", "lists", "Mercer",
    "Nadia Petrovic <npetrovic@ridgelineortho.com>",
    "Brian Castellano <bcastellano@ridgelineortho.com>",
    "no-shows last week - PT eastgate",
    """
Brian, here are last week's no-shows for Eastgate PT like you asked. The ones
with 3+ are getting the discharge letter unless you say otherwise.

 Patient              | Phone         | Dx/Referral            | Date(s)        | # NS YTD
----------------------+---------------+------------------------+----------------+---------
 Mercer, Tobias       | 614-555-0110  | L ankle sprain         | 6/3, 6/5       | 3
 Obi-Okafor, Grace    | 614-555-0127  | R shoulder post-op RCR | 6/4            | 1
 Quintanilla, Rosa    | 740-555-0163  | lumbar strain (WC)     | 6/6            | 2
 Halvorsen, Peter     | 614-555-0171  | R TKA                  | 6/3, 6/4, 6/6  | 4
 Dinh, Bao            | 614-555-0108  | L patellar tendinitis  | 6/7            | 1

Halvorsen's daughter called today saying he's been in the hospital (not us),
so maybe hold his letter.

Nadia
""", (2024, 6, 10, 16, 2))

# =====================================================================
# PHI: struct
# =====================================================================
add("phi", "struct", "Jankowski",
    "Priyanka Deshmukh <pdeshmukh@ridgelineortho.com>",
    "Interface Support <support@medbridgeconnect.example.net>",
    "Case 0081137 - PID-11 address truncating on inbound ADT",
    """
Hi Support,

Following up on case 0081137. We're still seeing the second address line get
dropped when the A04 comes in from the hospital feed. Pasting one from this
morning (raw from the engine log):

MSH|^~\\&|EPICADT|STMARKS|RIDGELINE|ROSM|20240611083215||ADT^A04|MSG00048812|P|2.5.1
EVN|A04|20240611083200
PID|1||RO-310447^^^ROSM^MR~441-55-0192^^^SSA^SS||JANKOWSKI^TERESA^M||19640912|F|||1450 Linden Ave^Apt 3C^Columbus^OH^43211^USA||(614)555-0114|||M||A00991245
PV1|1|O|ORTHO^210^1^ROSM||||2211^ADEYEMI^OLUWASEUN^^^DR|||ORT||||1|||2211^ADEYEMI^OLUWASEUN|||||||||||||||||||||||||20240611083000
IN1|1|BCBS01|00310|ANTHEM BCBS OHIO|||||||||||1|JANKOWSKI^TERESA^M|01|19640912
DG1|1||M54.16^Radiculopathy, lumbar region^I10||20240611|W

In our EHR the address shows as "1450 Linden Ave" with no apt. The ^Apt 3C
component is being eaten somewhere. Can you check the translation map on your
side? This is causing returned mail for statements.

Thanks,
Priyanka Deshmukh
Integration Analyst, IT
Ridgeline Orthopaedic & Sports Medicine
""", (2024, 6, 11, 9, 4))

oru = "\r".join([
    "MSH|^~\\&|RADSYS|EASTGATE|EHR|ROSM|20240522141002||ORU^R01|RAD774120|P|2.3",
    "PID|1||3309214^^^EIC^MR||FOLEY^BRIDGET^A||20060808|F|||77 Ridgeview Dr^^Hilliard^OH^43026||(614)555-0129",
    "PV1|1|O|EIC-MRI||||4410^RAMAN^PRIYA^^^MD",
    "OBR|1|EIC24-0580931|EIC24-0580931|73721^MRI KNEE RIGHT WO CONTRAST^CPT|||20240522120500|||||||||4410^RAMAN^PRIYA||||||20240522140900||MR|F",
    "OBX|1|TX|73721&IMP^IMPRESSION||1. Complex tear of the posterior horn of the medial meniscus with displaced flap into the medial gutter.||||||F",
    "OBX|2|TX|73721&IMP^IMPRESSION||2. ACL and PCL intact. Small joint effusion.||||||F",
    "OBX|3|TX|73721&IMP^IMPRESSION||3. Mild bone marrow edema medial tibial plateau.||||||F",
    "OBX|4|TX|73721&SIG^SIGNED||R. Olufemi MD 05/22/2024 14:09||||||F",
]) + "\r"
add("phi", "struct", "Foley",
    "Priyanka Deshmukh <pdeshmukh@ridgelineortho.com>",
    "Eastgate Imaging IT <it@eastgateimaging.com>",
    "ORU not filing to chart - sample attached",
    """
Hi Greg,

Radiology results from you are landing in our unmatched queue instead of the
patient chart since Tuesday. Attached one of the messages as it came across
(saved from the engine, not edited). Our MPI match is on name+DOB+MR# and I
think your MR# in PID-3 changed format.

Thx,
Priyanka
""", (2024, 5, 23, 11, 17),
    atts=[("text", "plain", "RAD774120.hl7", oru)])

add("phi", "struct", "Castellanos",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "Provider Support <providersupport@claimbridge.example.com>",
    "837P rejected - invalid subscriber segment? batch 240604-02",
    """
Hello,

Batch 240604-02 came back with a 277CA rejection (A7:164) on one claim and we
can't see what's wrong. Here's the subscriber/claim loop for that one:

NM1*IL*1*CASTELLANOS*REUBEN****MI*W22819047501~
N3*4120 SAWMILL PKWY APT 210~
N4*DUBLIN*OH*43017~
DMG*D8*19850227*M~
NM1*PR*2*ANTHEM BLUE CROSS*****PI*00310~
CLM*RSOM24060411*4875.00***22:B:1*Y*A*Y*Y~
DTP*431*D8*20240502~
REF*G1*PA2405118842~
HI*ABK:S83.511A*ABF:S83.231A~
NM1*82*1*RAMAN*PRIYA****XX*1467500000~
LX*1~
SV1*HC:29888:RT*3650.00*UN*1***1~
DTP*472*D8*20240604~
LX*2~
SV1*HC:29881:59:RT*1225.00*UN*1***1~
DTP*472*D8*20240604~

Subscriber ID matches his card. Is it the prior auth ref?

Gail Pruitt, CRCR
Billing Manager
""", (2024, 6, 6, 14, 2))

add("phi", "struct", "Kaczmarek",
    "Sherri Vandam <svandam@ridgelineortho.com>",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "835 - Kaczmarek underpaid?",
    """
Gail, the 835 from Granite for Dorota Kaczmarek's PT visits paid way under the
fee schedule. Pasted the CLP loop below. CO-45 on every line - are they using
the old 2023 schedule?

CLP*RSOM24051507*2*612.00*318.44**WC*GM2305512291*11~
NM1*QC*1*KACZMAREK*DOROTA****MI*GM-23-098812~
NM1*82*1*AGUILAR*TOMAS****XX*1982700000~
DTM*232*20240515~
SVC*HC:97110*204.00*106.20**4~
CAS*CO*45*97.80~
SVC*HC:97140*136.00*70.80**2~
CAS*CO*45*65.20~
SVC*HC:97530*136.00*70.80**2~
CAS*CO*45*65.20~
SVC*HC:97161*136.00*70.64**1~
CAS*CO*45*65.36~

Sherri V.
AR Specialist
""", (2024, 6, 4, 10, 40))

add("phi", "struct", "Oyelaran",
    "Nadia Petrovic <npetrovic@ridgelineortho.com>",
    "Front Desk North <frontdesk-north@ridgelineortho.com>",
    "FW: 271 for Oyelaran - which plan is primary??",
    """
Girls - when Adebayo Oyelaran comes in at 1:40 for his shoulder f/u, DO NOT
bill his Aetna. The 271 says he's active but this is the work comp shoulder.
Billing says WC claim # GM-24-121906, Granite Mutual. Aetna only if he brings
up something else.

Here's what came back from the eligibility check:

ISA*00*          *00*          *ZZ*AETNA          *ZZ*RIDGELINE      *240611*0902*^*00501*000071234*0*P*:~
HL*1**20*1~
NM1*PR*2*AETNA*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*RIDGELINE ORTHOPAEDIC*****XX*1093800000~
HL*3*2*22*0~
TRN*2*ELIG20240611A*9RIDGELINE~
NM1*IL*1*OYELARAN*ADEBAYO*O***MI*W190448812~
N3*611 CLEVELAND AVE~
N4*COLUMBUS*OH*43215~
DMG*D8*19930630*M~
EB*1*IND*30*PS*OPEN ACCESS PLUS~
EB*B*IND*98***27*40~
EB*C*IND*30****23*1500~

Nadia
""", (2024, 6, 11, 9, 15))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "ro-287710",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7701.1", "value": "RO-287710"}
        ],
        "name": [{"family": "Villanueva", "given": ["Marco", "Antonio"]}],
        "gender": "male",
        "birthDate": "2007-04-21",
        "telecom": [{"system": "phone", "value": "614-555-0138", "use": "mobile"}],
        "address": [{"line": ["905 Hollyhock Ln"], "city": "Westerville", "state": "OH", "postalCode": "43081"}]
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-99120",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29807", "display": "Arthroscopy, shoulder, surgical; repair of SLAP lesion"}]},
        "subject": {"reference": "Patient/ro-287710"},
        "performedDateTime": "2024-05-30T08:12:00-04:00",
        "performer": [{"actor": {"display": "Wen Liang, MD"}}],
        "bodySite": [{"text": "Right shoulder"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "medrx-55031",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "Ibuprofen 600 mg tablet"},
        "subject": {"reference": "Patient/ro-287710"},
        "dosageInstruction": [{"text": "1 tab PO q6h prn pain with food x 10 days"}]
      }
    }
  ]
}
"""
add("phi", "struct", "Villanueva",
    "Ben Sato <bsato@ridgelineortho.com>",
    "Dev Team <dev@kinetiqrehab.example.io>",
    "FHIR bundle that breaks your importer",
    """
Hey Kinetiq folks,

This is the bundle our EHR pushed for a post-op PT referral yesterday that
your importer choked on (500 error, log says "unexpected resourceType
MedicationRequest"). Real referral so please don't post it in the public
ticket - just use it to reproduce and then delete.

Ben Sato
Applications Analyst, Ridgeline IT
""", (2024, 5, 31, 15, 48),
    atts=[("application", "json", "referral_bundle_ro-287710.json", fhir.encode("utf-8"))])

add("phi", "struct", "Ashby-Coyle",
    "Kelsey Brandt PA-C <kbrandt@ridgelineortho.com>",
    "Dr. Lena Ostrowski <lostrowski@clintonvillefamilymed.com>",
    "transition of care - CCD excerpt (portal is down)",
    """
Dr. Ostrowski,

Our Direct messaging portal is down today so pasting the relevant part of the
CCD for your patient. Full document will go through Direct when it's back up.

<recordTarget>
  <patientRole>
    <id extension="RO-301552" root="2.16.840.1.113883.3.7701.1"/>
    <addr use="HP"><streetAddressLine>3318 Kenny Rd</streetAddressLine>
      <city>Upper Arlington</city><state>OH</state><postalCode>43221</postalCode></addr>
    <telecom value="tel:+1-614-555-0181" use="MC"/>
    <patient>
      <name><given>Margaret</given><family>Ashby-Coyle</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19470603"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <title>PROCEDURES</title>
  <text>Right reverse total shoulder arthroplasty 05/28/2024, Dr. W. Liang</text>
</section>
<section>
  <title>MEDICATIONS</title>
  <text>Apixaban 2.5 mg BID x 14 days (new); Acetaminophen 1 g TID;
  Oxycodone 5 mg q6h prn severe pain, #20 (new); home meds unchanged</text>
</section>
<section>
  <title>PLAN OF CARE</title>
  <text>Sling x 4 wks. Outpatient PT start POD 10. Please check CBC
  at your visit 6/6 - Hgb 9.9 at discharge.</text>
</section>

Kelsey Brandt, PA-C
Shoulder & Elbow Service
""", (2024, 5, 30, 12, 26))
# =====================================================================
# PHI: lang
# =====================================================================
add("phi", "lang", "Herrera Solís",
    "Marisela Herrera <marisela.herrera84@hotmail.com>",
    "Ridgeline Spine <spine@ridgelineortho.com>",
    "Joaquín Herrera Solís - terapia y medicina",
    """
Buenas tardes,

Soy Marisela, la esposa de Joaquín Herrera Solís (fecha de nacimiento
17/06/1979). Él se lastimó la espalda en el trabajo de construcción en marzo y
lo está viendo el Dr. Adeyemi. Tiene terapia física los martes y jueves en la
clínica de Westgate.

El doctor le dio ciclobenzaprina la semana pasada y lo pone muy mareado, casi
se cae en el baño anoche. ¿Puede dejar de tomarla o le pueden dar otra cosa?
También la señora del seguro (Granite Mutual) nos dijo que necesitan una nota
para el trabajo después de la cita del 12 de junio.

Él no habla mucho inglés, por favor llámenme a mí al 614-555-0193.

Muchas gracias,
Marisela Herrera
""", (2024, 6, 7, 17, 45), cte="quoted-printable")

add("phi", "lang", "Albuquerque Neto",
    "Rogério Albuquerque <rogerio.aneto@gmail.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "Dúvida sobre a recuperação do joelho",
    """
Olá Dra. Raman,

Meu nome é Rogério Albuquerque Neto, fiz a cirurgia do menisco (joelho
direito) com a senhora no dia 22/05. Estou fazendo fisioterapia duas vezes por
semana com o Tomás.

O joelho ainda incha bastante no fim do dia e ontem apareceu um roxo atrás da
panturrilha. É normal? Ainda estou tomando a aspirina que a senhora receitou.
Também queria saber quando posso voltar a jogar futebol com os amigos no
domingo.

Desculpe escrever em português, meu inglês escrito não é bom.

Obrigado,
Rogério
(614) 555-0145
""", (2024, 6, 2, 9, 30), cte="base64")

add("phi", "lang", "Phạm",
    "Hương Nguyễn <huongnguyen.home@gmail.com>",
    "Ridgeline Ortho Info <info@ridgelineortho.com>",
    "Hỏi về bó bột tay của con gái tôi",
    """
Chào bác sĩ,

Tôi là mẹ của cháu Phạm Ngọc Anh (sinh ngày 12/08/2011). Cháu bị gãy xương cổ
tay trái khi chơi bóng chuyền ở trường và được bác sĩ Feld bó bột vào thứ Hai
tuần trước.

Hôm nay cháu kêu ngón tay bị tê và hơi tím, bột bị ướt một chút khi tắm. Tôi
có cần đưa cháu đến phòng khám ngay không? Lịch hẹn tái khám của cháu là ngày
20 tháng 6 để chụp X-quang.

Số điện thoại của tôi: 614-555-0142.

Cảm ơn bác sĩ,
Hương
""", (2024, 6, 9, 19, 20), cte="base64")

add("phi", "lang", "Séraphin",
    "Jean-Robert Seraphin <jrseraphin@yahoo.com>",
    "Ridgeline PT Eastgate <pt-eastgate@ridgelineortho.com>",
    "randevou terapi - Jean-Robert Séraphin",
    """
Bonjou,

Mwen rele Jean-Robert Séraphin. Mwen te blese nan do m nan travay nan
otèl la nan mwa avril, epi Dr. Adeyemi voye m fè terapi isit la. Mwen gen
randevou jedi a 10è, men patwon an mete m travay maten an. Èske nou ka chanje
l pou vandredi apremidi?

Doulè a toujou la lè m chita lontan, epi grenn yo (meloxicam) ap fè vant mwen
fè m mal. Mwen pa konnen si m dwe kontinye pran yo.

Mèsi anpil,
Jean-Robert
Telefòn: 614-555-0158
""", (2024, 5, 6, 6, 50), cte="quoted-printable")

add("phi", "lang", "Коваленко",
    "Lyudmila Kovalenko <l.kovalenko@mail.ru>",
    "Wen Liang MD <wliang@ridgelineortho.com>",
    "Операция на плече 3 июня - вопросы",
    """
Здравствуйте, доктор Лян!

Меня зовут Людмила Коваленко, дата рождения 08.02.1956. Мне назначена
операция на правом плече (вращательная манжета) 3 июня в хирургическом
центре Ridgeline.

У меня несколько вопросов:
1. Я принимаю варфарин из-за мерцательной аритмии. Медсестра сказала
   прекратить за 5 дней, но мой кардиолог д-р Хсу говорит, что нужен
   «мост» с уколами. Кому мне верить?
2. Сколько недель нужно носить повязку? Я живу одна, и мне трудно
   одеваться одной рукой.
3. Можно ли делать физиотерапию ближе к дому, в Гров-Сити?

Моя дочь Ирина поможет с переводом, если вы позвоните: 614-555-0197.

С уважением,
Людмила Коваленко
""", (2024, 5, 20, 11, 3), cte="base64")

add("phi", "lang", "Dimaculangan",
    "Maricel Dimaculangan-Reyes <maricel.dreyes@gmail.com>",
    "Stephen Marsh MD Office <jointcenter@ridgelineortho.com>",
    "Tanong po tungkol sa nanay ko - hip replacement",
    """
Magandang araw po.

Ako po si Maricel, anak ni Gng. Erlinda Dimaculangan (DOB 11/25/1952).
Na-operahan po siya ng balakang (right hip replacement) ni Dr. Marsh noong
Mayo 28. Nakauwi na po siya noong Mayo 29.

Medyo namamaga po ang binti niya simula kahapon at sabi niya masakit ang
binti sa likod ng tuhod. Tuloy pa rin po ba ang aspirin 2x a day? At pwede na
po ba siyang maligo, basa na kasi yung bandage. Yung home therapy po pumupunta
3 beses sa isang linggo.

Salamat po,
Maricel
Cell: 614-555-0102
""", (2024, 6, 1, 8, 14))

add("phi", "lang", "王",
    "Wang Li <wangli.oh@163.com>",
    "Stephen Marsh MD Office <jointcenter@ridgelineortho.com>",
    "关于我父亲膝关节置换手术后的问题",
    """
您好，

我是王建国的女儿王丽。我父亲王建国（1950年3月2日出生）5月15日在你们手术中心
由Marsh医生做了左膝关节置换手术。

现在有几个问题想请教：
1. 他晚上膝盖疼得睡不着，现在吃的是泰诺和羟考酮，可以增加剂量吗？
2. 伤口下面有一点红，不发烧。需要提前来复诊吗？
3. 物理治疗师说他弯曲只有80度，这正常吗？

我父亲不会说英语，请打我的电话 614-555-0161 联系。

谢谢！
王丽
""", (2024, 5, 24, 21, 2), cte="base64")

add("phi", "lang", "الخطيب",
    "Khaled Al-Khatib <k.alkhatib@gmail.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "بخصوص عملية ابني عمر - الرباط الصليبي",
    """
السلام عليكم دكتورة رامان،

أنا خالد الخطيب، والد الطالب عمر الخطيب (تاريخ الميلاد 2007/10/03)، لاعب كرة
القدم في مدرسة كارفر فالي. أجرى عمر عملية إعادة بناء الرباط الصليبي الأمامي في
الركبة اليسرى يوم 4 يونيو.

عنده سؤالان:
١- هل يمكنه السفر بالطائرة لزيارة العائلة في عيد الأضحى مع الأدوية التي يأخذها؟
٢- متى يمكنه التوقف عن استخدام العكازات؟ العلاج الطبيعي مرتين في الأسبوع.

شكراً جزيلاً،
خالد
614-555-0176
""", (2024, 6, 14, 13, 25), cte="base64")
# =====================================================================
# CLEAN: admin
# =====================================================================
add("clean", "admin", "",
    "Joanne Petrakis RN <jpetrakis@ridgelinesurgerycenter.com>",
    "ASC Nursing <asc-nursing@ridgelinesurgerycenter.com>",
    "July call + weekend schedule (FINAL)",
    """
Hi everyone,

July is final. Swaps need to go through me AND get entered in the timeclock
by the 25th or payroll won't pick them up.

Sat call (pre-op/PACU):
  7/6   Danielle Okafor   614-555-0166
  7/13  Luis Restrepo     614-555-0172
  7/20  Megan Strand      614-555-0185   (yes, the other Megan)
  7/27  Danielle Okafor   614-555-0166

OR circulator call:
  wk of 7/1   Tasha Greenlee
  wk of 7/8   Andrzej Nowak
  wk of 7/15  Tasha Greenlee
  wk of 7/22  Priya Menon
  wk of 7/29  Andrzej Nowak

7/4 we're closed. Sterile processing is coming in 7/5 at 6 for the scope
washer PM, so first case that day is 8:30 not 7:30.

Thanks!
Joanne
Charge Nurse | Ridgeline Surgery Center | x2210
""", (2024, 6, 18, 14, 0))

add("clean", "admin", "",
    "Ridgeline IT Service Desk <servicedesk@ridgelineortho.com>",
    "Hannah Greer PTA <hgreer@ridgelineortho.com>",
    "[INC0048812] Updated: Westgate check-in kiosk / label printer offline",
    """
Incident INC0048812 has been updated.

Short description: Westgate PT - patient check-in kiosk and Zebra wristband/
label printer offline
Caller: Hannah Greer
Location: Westgate PT, front desk
Priority: 3 - Moderate
Assigned to: Trent Hollis (Desktop Support)
State: In Progress

Work notes (Trent Hollis, 06/12/2024 10:41):
  Remoted in. Kiosk lost its DHCP reservation after the switch replacement
  last night (CHG0010934). Re-added MAC 3C:52:82:1A:0F:7E to reservation
  10.40.12.55. Kiosk back up. Zebra ZD421 needs driver reinstall, will be
  onsite by 1pm. Front desk can print labels from station WG-FD02 meanwhile.

Reply to this email to add comments. Please do not change the subject line.

Ridgeline IT Service Desk | x4357 (HELP) | 614-555-0155
""", (2024, 6, 12, 10, 42))

add("clean", "admin", "",
    "BraceWorks Accounts Receivable <ar@braceworksmed.com>",
    "Accounts Payable <ap@ridgelineortho.com>",
    "Invoice INV-20931 - consignment restock May",
    """
Ridgeline Orthopaedic & Sports Medicine - Accounts Payable,

Please find below invoice INV-20931 for the May consignment closet restock
(North Campus and Westgate). PO# RO-PO-24-0612. Net 30.

Qty  Item                                 SKU         Unit      Ext
24   Hinged post-op knee brace, univ      BW-KB200    $38.50    $924.00
30   Tall pneumatic walking boot, M       BW-WB410M   $41.00    $1,230.00
30   Tall pneumatic walking boot, L       BW-WB410L   $41.00    $1,230.00
40   Thumb spica splint, L/R asst         BW-TS110    $12.75    $510.00
20   Shoulder immobilizer w/ abd pillow   BW-SI300    $29.90    $598.00
12   Cold therapy pad, knee               BW-CT020    $22.00    $264.00
                                                   Subtotal   $4,756.00
                                                   Freight    $85.00
                                                   TOTAL      $4,841.00

Remit to: BraceWorks Medical Supply, PO Box 11820, Dayton OH 45401
ACH info on file. Questions: ar@braceworksmed.com or 877-555-0140 opt 3.

Thank you for your business!
""", (2024, 6, 3, 7, 0))

add("clean", "admin", "",
    "Sandra Koh <skoh@ridgelineortho.com>",
    "All Staff <allstaff@ridgelineortho.com>",
    "Open enrollment starts Nov 1 + employee flu shot clinic",
    """
Hi all,

Benefits open enrollment runs Nov 1 - Nov 15. Big changes this year:

- Medical: we're moving from the Anthem PPO to two options (Anthem PPO and a
  high-deductible plan with HSA). Ridgeline puts $750 into the HSA for
  single coverage, $1,500 family.
- Dental and vision premiums are unchanged.
- You MUST re-elect your FSA - it does not roll over.

Info sessions (lunch provided):
  Tue 10/29  12:00  Main campus conf room B
  Thu 10/31  12:00  Westgate PT break room
  Thu 10/31  4:30   Teams (link to follow)

Employee flu shot clinic is Oct 22-24 in the Main campus employee health
room, 7-9am and 3-5pm. Bring your badge. If you get your shot elsewhere,
upload the proof to the HR portal by Dec 1.

Questions to me or Marcus Hwang (benefits, x2245).

Sandra Koh, SHRM-CP
HR Manager | Ridgeline Orthopaedic & Sports Medicine | 614-555-0134
""", (2024, 10, 14, 8, 30))

add("clean", "admin", "",
    "Hector Ruiz <hruiz@ridgelineortho.com>",
    "Joanne Petrakis RN <jpetrakis@ridgelinesurgerycenter.com>",
    "OR 2 humidity / HVAC - WO-11820",
    """
Joanne,

Update on OR 2: Columbus Mechanical was out again this morning (tech: Mike
Slavin, 614-555-0170). The humidity was reading 68% because the reheat coil
valve on AHU-3 is stuck. Part is ordered, ETA Wed 6/19. Until then OR 2 stays
down - relative humidity has to be under 60% per the policy.

I'll keep logging temp/RH every 2 hours on the sheet by the door. Work order
is WO-11820 if anyone asks. Facilities on-call this week is me, cell
614-555-0178.

Hector Ruiz
Facilities Manager
""", (2024, 6, 13, 11, 5), cc="Brian Castellano <bcastellano@ridgelineortho.com>")

add("clean", "admin", "",
    "Credentialing <credentialing@ridgelineortho.com>",
    "Wen Liang MD <wliang@ridgelineortho.com>",
    "Action needed: reappointment packet due 7/1",
    """
Dr. Liang,

Your reappointment at Ridgeline Surgery Center and St. Mark's is due. We have
pre-filled what we can:

  NPI:                1851400000
  Ohio license:       35.118204 (exp 10/01/2025)
  DEA:                on file, exp 08/31/2026
  CAQH ID:            14220000 - last attested 03/02/2024
  Board cert:         ABOS, recert due 2027
  Malpractice:        ProAssurance policy MP-44810, exp 12/31/2024

Still needed from you:
  - Signed attestation (pages 3 and 7)
  - Updated CV (last one we have is 2021)
  - Case log for the past 24 months (the ASC can pull this - just sign it)
  - TB screen and flu attestation

Please return by 7/1 so there's no lapse in privileges.

Thanks,
Renata Oduya, CPCS
Medical Staff Credentialing Specialist | x2260
""", (2024, 6, 10, 9, 0))

add("clean", "admin", "",
    "Rob Dunleavy ATC <rdunleavy@ridgelineortho.com>",
    "Outreach ATCs <outreach-atc@ridgelineortho.com>",
    "fall coverage - home games sept",
    """
Team - Sept home game coverage. If you can't make one, find a swap and let
me know, don't just no-show. Ambulance standby is booked for all football.

Fri 9/6   Carver Valley FB vs Grandview      Jenna W + Marcus P (student)
Fri 9/6   Lakemont FB @ home vs Olentangy    Rob D
Sat 9/7   Lakemont XC invitational 9am       Kaitlyn B
Tue 9/10  CVHS girls soccer 7pm              Jenna W
Thu 9/12  Lakemont VB 6pm                    Kaitlyn B
Fri 9/13  CVHS FB vs Westland                Jenna W + Rob D (big crowd)
Fri 9/20  Lakemont FB vs Hilliard Bradley    Rob D
Sat 9/21  Westfield Acad soccer DH           Tyrell M (first game, Rob will shadow)

Jenna - your AED battery on the cart is showing yellow, swap it before Fri.
Kaitlyn c 614-555-0149, Tyrell c 614-555-0153 for the contact sheet.

Rob
""", (2024, 8, 28, 20, 10))

# =====================================================================
# CLEAN: lookalike
# =====================================================================
add("clean", "lookalike", "",
    "IronWorks Fitness <hello@ironworksfitness.example.com>",
    "Kelsey Brandt <kbrandt.personal@gmail.com>",
    "Your PT session is moved + ACL injury-prevention workshop",
    """
Hi Kelsey,

Your Personal Training (PT) session with Coach Dre on Thursday has moved to
6:15 PM. Your member # is 44821 and you have 3 sessions left in your
10-pack (expires 9/30).

NEW: "Bulletproof Knees" ACL injury-prevention workshop, Sat 7/20, 10 AM.
Learn landing mechanics, hamstring strength and the Nordic curl progression.
Open to members + one guest. Coach Dre is a former college athlete who tore
both ACLs and came back, so bring your questions!

Reminder: hydration station in the recovery room is back up, and the cold
plunge is open again after the pump repair.

Stay strong,
IronWorks Fitness - Hilliard
4400 Cemetery Rd, Hilliard OH | 614-555-0115
Unsubscribe | Manage preferences
""", (2024, 7, 9, 6, 0),
    html="""<html><body style="font-family:Helvetica,Arial;background:#111;color:#eee">
<h2 style="color:#f60">IronWorks Fitness</h2>
<p>Hi Kelsey,</p>
<p>Your <b>Personal Training (PT)</b> session with Coach Dre on Thursday has moved to <b>6:15 PM</b>.
Your member # is 44821 and you have 3 sessions left in your 10-pack (expires 9/30).</p>
<p><b>NEW: "Bulletproof Knees" ACL injury-prevention workshop</b>, Sat 7/20, 10 AM.</p>
<p style="font-size:9px">4400 Cemetery Rd, Hilliard OH | 614-555-0115 | <a href="https://ironworksfitness.example.com/unsub">Unsubscribe</a></p>
</body></html>""")

add("clean", "lookalike", "",
    "Scioto Valley Veterinary Surgery <records@sciotovetsurgery.example.com>",
    "Dana Hargrove <dhargrove@ridgelineortho.com>",
    "Biscuit - TPLO recheck & discharge instructions (Patient #20331)",
    """
Hi Dana,

Thanks for bringing Biscuit in for his 8-week recheck after his right TPLO
(tibial plateau leveling osteotomy - the dog version of an ACL repair!).

Recheck summary - Patient #20331, "Biscuit" Hargrove, canine, Labrador
Retriever, 6 yr, MN, 34.2 kg
  - Radiographs: osteotomy healing well, plate and screws stable
  - Mild muscle loss R thigh, expected
  - Weight-bearing 4/5 at a walk

Plan:
  - Stop gabapentin. Continue carprofen 75 mg once daily with food x 7 more
    days, then stop.
  - Leash walks 20 min twice daily, no off-leash or stairs for 4 more weeks
  - Rehab: underwater treadmill 1x/week at our rehab center (Dr. Sanna
    Koivisto, CCRT) - they'll call you to schedule

Invoice #V-884120 ($418.60) was charged to the card on file.

Scioto Valley Veterinary Surgery
Dr. Martin Oyelowo, DVM, DACVS
614-555-0106
""", (2024, 6, 14, 16, 45))

add("clean", "lookalike", "",
    "Buckeye Community Credit Union <alerts@buckeyeccu.example.org>",
    "Gail Pruitt <gpruitt.home@gmail.com>",
    "Member #0088213: HSA contribution received",
    """
Hello Gail,

A deposit was posted to your Health Savings Account.

  Member #:          0088213
  Account:           HSA Checking ****4471
  Amount:            $250.00
  Description:       EMPLOYER CONTRIB - RIDGELINE ORTHO
  Posted:            06/14/2024
  YTD contributions: $1,750.00 of $4,150.00 (2024 self-only limit)

Remember: keep receipts for qualified medical expenses. You can upload them
in the "HSA Receipts" tab in online banking.

For your security, Buckeye CCU will never ask for your full account number,
PIN, or date of birth by email or text.

Buckeye Community Credit Union | Federally insured by NCUA
800-555-0122 | Routing 244000000
""", (2024, 6, 14, 7, 3))

add("clean", "lookalike", "",
    "SkyLake Airlines <itinerary@skylakeair.example.com>",
    "Priya Raman <praman@ridgelineortho.com>",
    "Your trip confirmation - CMH to DEN - Record locator QXT4LM",
    """
Thank you for flying SkyLake, PRIYA RAMAN.

Record locator: QXT4LM
Ticket number:  0374412990187
SkyMiles #:     SL 880 214 5597

Thu 18 JUL 2024   SL 1128  CMH 07:05 -> DEN 08:41   Seat 14C  Main Cabin
Sun 21 JUL 2024   SL 1431  DEN 16:20 -> CMH 21:33   Seat 12A  Main Cabin

Special service request: none
Checked bags: 1 included (medical conference equipment? see our sports &
medical equipment policy at skylakeair.example.com/bags)

Total charged: $412.36 (VISA ending 2210)

Traveling to the AOSSM Annual Meeting? Show your badge at the DEN Skyline
Club for 15% off.
""", (2024, 5, 2, 12, 11))

add("clean", "lookalike", "",
    "Claims - Heartland Auto Insurance <claims@heartlandauto.example.com>",
    "Marisol Vega <mvega.home@yahoo.com>",
    "Claim 77-4410-A: estimate approved",
    """
Dear Marisol Vega,

Claim number:   77-4410-A
Policy number:  HAU-3390021-04
Date of loss:   05/29/2024
Loss location:  Parking lot, 6100 Ridgeline Pkwy, Dublin OH
Vehicle:        2019 Honda CR-V, VIN ending 44812
Injuries:       None reported

The repair estimate from Dublin Collision Center ($2,318.44 - rear bumper
cover, R quarter panel, parking sensor) has been approved. Your $500
deductible applies. Rental coverage: up to $40/day for 7 days.

We have opened a subrogation file against the other party's carrier. If we
recover, your deductible will be refunded.

Adjuster: Terrence Wahl, 800-555-0163 ext 4410

Heartland Auto Insurance
""", (2024, 6, 4, 10, 55))

add("clean", "lookalike", "",
    "Greenway Tree Surgeons <estimates@greenwaytree.example.com>",
    "Hector Ruiz <hruiz@ridgelineortho.com>",
    "Estimate #T-2291 - ASC front lot oaks",
    """
Hector,

As discussed on site Tuesday, here's our estimate for 6100 Ridgeline Pkwy
(surgery center front lot):

1. Pin oak #1 (by the drop-off canopy) - amputation of the dead lower limb
   over the walkway, approx 14" diameter; crown reduction 15%.   $1,450
2. Pin oak #2 - cable & brace the co-dominant leaders, which have a
   fracture/crack at the union. Not an emergency but do before fall.   $980
3. Remove the Bradford pear at the NE corner (split trunk, decay at the
   base), stump grind below grade.   $725
4. Deep-root fertilize and treat the honeylocusts for borers.   $310

Total: $3,465. Certified arborist on every job (ISA OH-6612A). We can do
the work on a Saturday so the drop-off lane is open Mon-Fri.

Wade Kozlowski
Greenway Tree Surgeons | 614-555-0104
""", (2024, 5, 16, 15, 30))

add("clean", "lookalike", "",
    "GitLab <gitlab@git.kinetiqrehab.example.io>",
    "Ben Sato <bsato@ridgelineortho.com>",
    "Re: [scheduler] Patient retry worker leaks child processes (#1142)",
    """
Jonah Reyes commented on issue #1142:

> The "patient" retry worker (the one that waits on the backoff queue instead
> of failing fast) forks a child per job and never reaps them. After ~6h on
> prod-east we hit the pid limit and the surgeon-bot deploy script couldn't
> even ssh in.

Repro'd. It's the `cast(int, job.attempt)` on line 212 of retry/patient.py -
when attempt is None it throws, the except swallows it, and the child is
orphaned. Job IDs from last night's incident: JOB-883120, JOB-883127,
JOB-883141 (all status=ZOMBIE).

Fix in !588: reap in finally, add a 30s timeout, and rename PatientWorker ->
BackoffWorker because nobody can find it. Also bumps the discharge_batch()
helper to flush every 500 rows instead of 50.

--
Reply to this email directly or view it on GitLab.
You're receiving this email because you are subscribed to the issue.
""", (2024, 6, 20, 2, 14))
# =====================================================================
# CLEAN: news
# =====================================================================
add("clean", "news", "",
    "Ridgeline Communications <comms@ridgelineortho.com>",
    "All Staff <allstaff@ridgelineortho.com>",
    "The Ridgeline Roundup - June 2024",
    """
THE RIDGELINE ROUNDUP - June 2024

WELCOME DR. SAMIR HADDAD
Please welcome Samir Haddad, MD, fellowship-trained in foot & ankle surgery
(Duke), who joins the North Campus on July 8. Dr. Haddad grew up in Toledo
and ran track at Ohio State.

10,000 CASES AT THE SURGERY CENTER
Ridgeline Surgery Center passed its 10,000th case on May 23! Since opening in
2019 the ASC has kept a 99.4% on-time first-case start rate and a patient
satisfaction score of 96. Cake in the break room Friday.

PT GRAND OPENING - POWELL
Our fourth physical therapy clinic opens at 3900 Sawmill Pkwy on June 24,
with an anti-gravity treadmill and a dedicated return-to-sport gym.

ATHLETIC TRAINER OUTREACH
Our ATCs covered 412 high school events this year across 6 schools and
performed 3,200 pre-participation screenings. Thank you Jenna, Rob,
Kaitlyn and Tyrell!

KUDOS CORNER
"Nadia at the front desk stayed 45 minutes late to help my elderly mother
with her paperwork." - from our patient survey

Questions or story ideas: comms@ridgelineortho.com
""", (2024, 6, 17, 9, 0),
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1c4e80">The Ridgeline Roundup</h1><p><i>June 2024</i></p>
<h3>Welcome Dr. Samir Haddad</h3>
<p>Please welcome Samir Haddad, MD, fellowship-trained in foot &amp; ankle surgery (Duke), who joins the North Campus on July 8.</p>
<h3>10,000 cases at the Surgery Center</h3>
<p>Ridgeline Surgery Center passed its 10,000th case on May 23! 99.4% on-time first-case starts.</p>
<h3>PT Grand Opening - Powell</h3>
<p>Our fourth physical therapy clinic opens at 3900 Sawmill Pkwy on June 24.</p>
<h3>Athletic Trainer Outreach</h3>
<p>412 high school events covered, 3,200 pre-participation screenings.</p>
<h3>Kudos Corner</h3>
<blockquote>"Nadia at the front desk stayed 45 minutes late to help my elderly mother with her paperwork."</blockquote>
</body></html>""")

add("clean", "news", "",
    "Ohio Dept of Health - Bulletins <bulletins@odh-health.example.gov>",
    "Jenna Whitcomb <jwhitcomb@ridgelineortho.com>",
    "Health Advisory: Exertional heat illness in secondary-school athletics",
    """
HEALTH ADVISORY - For athletic trainers, team physicians, school nurses

Summary
With above-normal temperatures forecast for the August preseason, the
Department reminds schools of heat acclimatization requirements.

Background
During 2019-2023, 37 exertional heat stroke (EHS) cases in high-school
athletes were reported statewide; 29 (78%) occurred in football during the
first two weeks of preseason practice. Two were fatal. Median WBGT at the
time of collapse was 88.1 F. In every survived case, cold-water immersion was
begun within 30 minutes of collapse.

Recommendations
 1. Follow a 14-day heat acclimatization period; no two-a-days before day 6.
 2. Measure WBGT on site, not from a weather app; modify or cancel practice
    per the regional WBGT table.
 3. Have a cold-water immersion tub on site for every practice. "Cool first,
    transport second."
 4. Emergency action plans should be rehearsed with coaches before July 31.

Resources: heat-illness toolkit, WBGT regional guidelines, sample EAP.

This message was sent to the Sports Medicine Partners distribution list.
""", (2024, 7, 22, 8, 0))

add("clean", "news", "",
    "Corvant Orthopedics Field Action <fieldaction@corvantortho.example.com>",
    "Materials Management <materials@ridgelinesurgerycenter.com>",
    "URGENT: Medical Device Recall - Tri-Axis Tibial Insert, select lots",
    """
URGENT: MEDICAL DEVICE RECALL (Class II)
Product: Tri-Axis(TM) Posterior-Stabilized Tibial Insert, sizes 3-6, 10-14 mm
Recall ref: CFA-2024-017

Dear Risk Manager / Materials Manager,

Corvant Orthopedics is voluntarily recalling the lots listed below because
the sterile barrier package seal may not meet specification. There have been
no reported adverse events.

Catalog #        Lot #          Exp
TA-PS-0310       24A1187        2029-01
TA-PS-0412       24A1203        2029-01
TA-PS-0512       24B0044        2029-02
TA-PS-0614       24B0091        2029-02

Action required:
 1. Check inventory and quarantine affected lots immediately.
 2. Complete and return the attached Business Reply Form within 10 days,
    even if you have no affected product.
 3. Do NOT return product until you receive an RMA number.

Devices already implanted are not affected; no patient follow-up beyond
routine care is recommended.

Corvant Orthopedics Customer Care, 1-800-555-0111
""", (2024, 6, 5, 16, 30))

add("clean", "news", "",
    "Sports Ortho Weekly <digest@sportsorthoweekly.example.com>",
    "Priya Raman <praman@ridgelineortho.com>",
    "This week: ACL re-injury after return to sport in adolescents",
    """
SPORTS ORTHO WEEKLY - Issue 212

1) SECOND ACL INJURY IN YOUNG ATHLETES
A multicentre cohort (n=1,214, ages 14-25, median follow-up 4.1 yr) found a
second ACL injury rate of 21% within 2 years of return to sport. Athletes
who returned before 9 months had a 51% higher risk (HR 1.51, 95% CI
1.18-1.93). Passing a battery of hop tests with LSI >= 90% reduced risk by a
third. Female athletes under 18 had the highest contralateral injury rate.

2) BLOOD-FLOW RESTRICTION AFTER KNEE SURGERY
A randomized trial of 96 patients after knee arthroscopy found greater
quadriceps cross-sectional area at 12 weeks with BFR training (+8.4% vs
+2.1%), with no increase in DVT.

3) THROWING INJURIES: PITCH COUNTS WORK
States that adopted pitch-count rules saw a 17% drop in UCL reconstruction
in players under 19 (2010-2022 claims data).

You're receiving this because you subscribed at sportsorthoweekly.example.com.
""", (2024, 5, 27, 6, 30))

add("clean", "news", "",
    "OHSAA-style Sports Medicine Bulletin <sportsmed@ohioathletics.example.org>",
    "Outreach ATCs <outreach-atc@ridgelineortho.com>",
    "Bulletin 24-07: Concussion return-to-learn and return-to-play updates",
    """
SPORTS MEDICINE ADVISORY COMMITTEE - BULLETIN 24-07
Effective for the 2024-25 school year

1. Return-to-learn before return-to-play. A student-athlete must be back to
   full school attendance without academic accommodations before starting
   step 4 (non-contact training drills) of the graduated return-to-play
   progression.

2. Written clearance. Clearance must be given in writing by a physician
   (MD/DO) or, where delegated, by a licensed athletic trainer working under
   a physician's standing orders. A chiropractor's or parent's note is not
   sufficient.

3. Minimum time. No student may return to full competition sooner than 7
   days after the concussion, regardless of symptom resolution.

4. Reporting. Schools must report concussion totals (no student names) on
   the annual survey by June 30.

Statewide last year: 4,812 concussions reported, 61% in football, girls'
soccer and boys' lacrosse.
""", (2024, 7, 1, 10, 0))

add("clean", "news", "",
    "BWC Provider Communications <providernews@bwc-provider.example.gov>",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "Provider Update: 2024 physical medicine fee schedule changes effective 7/1",
    """
PROVIDER UPDATE - Workers' Compensation Physical Medicine Fee Schedule

Effective for dates of service on or after July 1, 2024:

  CPT     Description                          2023      2024
  97110   Therapeutic exercise, ea 15 min      $26.55    $28.10
  97140   Manual therapy, ea 15 min            $24.90    $26.30
  97530   Therapeutic activities, ea 15 min    $28.40    $30.05
  97750   Physical performance test/FCE, 15m   $27.75    $29.35
  97161-3 PT evaluation, low/mod/high          $70.64    $74.20

- Prior authorization is still required after the first 12 visits per claim.
- Functional capacity evaluations must be requested by the MCO using form
  C-9 and may not exceed 4 hours.
- Claims with dates of service before 7/1 will continue to pay at 2023 rates.

Questions: provider relations, 800-555-0168, option 4.
""", (2024, 6, 14, 12, 0))

# =====================================================================
# CLEAN: staff
# =====================================================================
add("clean", "staff", "",
    "Marcus Feld MD <mfeld@ridgelineortho.com>",
    "Ortho Surgeons <surgeons@ridgelineortho.com>",
    "RE: VTE ppx after ankle fx fixation - can we agree on one thing",
    """
I'm fine with aspirin 81 BID x 4 wks as the default for isolated ankle fx
ORIF in the low-risk patient who's NWB. Enoxaparin 40 daily for: prior VTE,
active cancer, BMI > 40, OCP/HRT they won't stop, or anyone we expect to be
immobile > 6 wks. That covers 90% of it.

Adeyemi's point about the spine guys doing their own thing is fair, we
shouldn't lump them in.

Can we get this into the order set before Haddad starts in July so he's not
learning 4 different habits?

MF

On Mon, Jun 10, 2024 at 7:12 PM Stephen Marsh MD <smarsh@ridgelineortho.com> wrote:
> Pharmacy is asking for a group position for the ASC order sets. For TJA
> we're aspirin 81 BID x 35 days unless high risk - no change. The real
> variation is foot & ankle and fracture. Marcus, what do you want?
>
> SM
""", (2024, 6, 11, 6, 20))

add("clean", "staff", "",
    "Stephen Marsh MD <smarsh@ridgelineortho.com>",
    "Joint Center Team <jointcenter-team@ridgelineortho.com>",
    "curbside - wound drainage POD5 TKA",
    """
Quick poll for the group, no right answer:

A 60s male, BMI ~35, diabetic, POD 5 after a primary TKA, still has
persistent serous drainage soaking about half a 4x4 per day. No fever, knee
not red, ROM ok. CRP pending.

Would you (a) keep observing with a compression dressing + hold PT flexion
for 48h, (b) stop the aspirin for a couple days, or (c) go back for an I&D
at day 7 if still draining?

I've been doing (a) then (c) but the literature on timing is all over the
place. Curious what everyone does.

SM
""", (2024, 6, 19, 12, 2))

add("clean", "staff", "",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "PT Managers <pt-managers@ridgelineortho.com>",
    "Westgate coverage wk of 7/8",
    """
Hi all,

I'm out 7/8-7/12 (Outer Banks, no laptop, sorry). Coverage plan:

- Jess Nguyen (float) covers my Mon/Wed/Fri schedule
- Hannah Greer PTA picks up the afternoon post-ops, cosign by Jess
- Tue/Thu evals: Eastgate is sending Oksana Melnyk 1-6pm
- Dry needling patients: only Jess and Oksana are certified, please route

We're still down one PT FTE at Westgate. HR says the new grad (Dr. Kwame
Asante) starts 8/5 once his license posts. Until then we are capping new
evals at 14/week.

Tomás
""", (2024, 6, 21, 15, 11))

add("clean", "staff", "",
    "Kaitlyn Brooks ATC <kbrooks@ridgelineortho.com>",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "question - ankle sprain RTP standard?",
    """
Hi Dr. Raman,

General question, not about a specific kid. For a routine lateral ankle
sprain (grade 1-2) in a HS athlete, what do you want us using as the
return-to-play standard this year? Right now the ATCs are all doing it a
little differently - Rob uses single-leg hop + figure-8 timed, I've been
doing the Y-balance, Jenna mostly goes by pain-free cutting.

Would you be ok with something like:
  - pain-free full ROM and walking/jog
  - single-leg hop for distance >= 90% of the other side
  - sport-specific cutting drill at full speed, no apprehension
  - taping or lace-up brace for the rest of the season

If you're good with it I'll write it up and put it in the shared drive for
the outreach schools.

Thanks!
Kaitlyn Brooks, MS, ATC
Athletic Trainer - Westfield Academy
""", (2024, 8, 14, 13, 40))

add("clean", "staff", "",
    "Joanne Petrakis RN <jpetrakis@ridgelinesurgerycenter.com>",
    "ASC OR Staff <asc-or@ridgelinesurgerycenter.com>",
    "Reminder - tourniquet time & count documentation",
    """
Team,

After last month's chart audit, two reminders:

1. TOURNIQUET: Announce at 60 min and every 30 min after. Document inflation
   and deflation times and pressure in the intraop record, not on the white
   board only. If it goes past 120 min, the surgeon must document the
   decision to re-inflate after a reperfusion interval.

2. COUNTS: Initial count, closing count, and final count for every case with
   an incision, including hand cases under Bier block. The audit found 3
   hand cases where the final count wasn't documented (no harm, no retained
   items - just paperwork).

We had a near-miss with a lap sponge count discrepancy last month that was
resolved with an x-ray - thank you to the circulator who stopped the line.
That is exactly what we want.

Joanne
""", (2024, 6, 17, 6, 45))

acl_protocol = """RIDGELINE ORTHOPAEDIC & SPORTS MEDICINE
ACL RECONSTRUCTION REHABILITATION PROTOCOL (BTB / hamstring / quad autograft)
Rev. 2024-06   Approved: P. Raman MD, W. Liang MD, T. Aguilar DPT

PHASE 1 (0-2 wks): protection, full extension
  - WBAT in brace locked in extension; d/c crutches when gait normal
  - Goals: 0 deg extension, 90 deg flexion, SLR without lag
  - Quad sets, patellar mobs, heel slides, NMES as available

PHASE 2 (2-6 wks): ROM and early strength
  - Unlock brace when quad control good; d/c brace ~4-6 wks
  - Stationary bike, mini squats 0-60, step-ups, closed chain
  - Goal: flexion 120+, normal gait

PHASE 3 (6-12 wks): strength
  - Leg press, RDLs, lunges; open-chain ext 90-45 only until 12 wks (BTB)
  - Balance/proprioception progression

PHASE 4 (12-20 wks): running and plyometrics
  - Start jogging when quad LSI >= 70% and no effusion
  - Double-leg then single-leg plyos

PHASE 5 (6-9+ mo): return to sport
  - Hop test battery LSI >= 90%, quad LSI >= 90%, ACL-RSI >= 65
  - NO return to cutting/pivoting sport before 9 months
"""
add("clean", "staff", "",
    "Priya Raman MD <praman@ridgelineortho.com>",
    "Sports Medicine Group <sportsmed@ridgelineortho.com>",
    "Updated ACL rehab protocol - please use this version",
    """
All,

Attached is the updated ACL protocol (June 2024). Main changes: 9-month
minimum before return to cutting sports (based on the cohort data we
discussed at journal club) and objective quad LSI thresholds for running.

PTs and ATCs - please toss the 2021 handout. Front desk will print new copies
for the patient packets.

Priya

Priya Raman, MD
Sports Medicine & Arthroscopy
""", (2024, 6, 20, 18, 0),
    atts=[("text", "plain", "ACL_Rehab_Protocol_2024-06.txt", acl_protocol)])

add("clean", "staff", "",
    "Oluwaseun Adeyemi DO <oadeyemi@ridgelineortho.com>",
    "Residents & Fellows <ortho-edu@ridgelineortho.com>",
    "grand rounds recap + reading",
    """
Good turnout this morning, thanks all. For those who missed it:

Case: a teenage overhead athlete with 3 months of medial elbow pain,
initially treated as "flexor strain." MRI eventually showed a partial UCL
tear. Teaching points:
  - Always ask about pitch counts AND travel-team volume - the school season
    is often less than half of total throws
  - Moving valgus stress test is more sensitive than plain valgus stress
  - PRP + structured throwing program before surgery in partial tears, but
    set expectations: ~6 months

Reading for next week: the pitch-count paper from Sports Ortho Weekly issue
212 and the 2023 consensus statement on UCL injuries in youth.

Next GR: 6/27, Dr. Haddad (guest, pre-start) on syndesmotic fixation.

OA
""", (2024, 6, 20, 10, 15))

# =====================================================================
# CLEAN: training
# =====================================================================
add("clean", "training", "",
    "EHR Training Team <ehrtraining@ridgelineortho.com>",
    "New Hires June <newhires-june@ridgelineortho.com>",
    "EHR training - your TRAIN environment login + practice patients",
    """
Welcome to Ridgeline!

Your EHR class is Tue 6/25, 8:00-12:00, Main campus Training Room 1.

Before class, log into the TRAIN environment (NOT production) at
https://train-ehr.ridgelineortho.com with the temp password you got from IT.

Practice patients (fictitious - these exist ONLY in TRAIN):

  ZZTEST, ORTHO          MRN 900000101   DOB 01/01/1950
  ZZTEST, SPORTSMED      MRN 900000102   DOB 07/04/2008
  ZZTEST, WORKCOMP       MRN 900000103   DOB 12/31/1975

Exercises:
  1. Check in ZZTEST, SPORTSMED for a "New Patient - Knee" visit
  2. Add a work comp case to ZZTEST, WORKCOMP (claim # TEST-0000-001)
  3. Order an x-ray knee 3 views and a hinged knee brace for ZZTEST, ORTHO

Please do NOT search for real patients in TRAIN - it has a copy of
production from 2022 and access is audited.

EHR Training Team | x4380
""", (2024, 6, 19, 14, 30))

add("clean", "training", "",
    "Arjun Mehta <arjun.mehta@medbridgeconnect.example.net>",
    "Priyanka Deshmukh <pdeshmukh@ridgelineortho.com>",
    "Demo follow-up: sample HL7 SIU for the ASC scheduling interface",
    """
Hi Priyanka,

Thanks for joining the demo yesterday. As promised, here's the sample SIU^S12
we used. All data is synthetic test data from our demo tenant.

MSH|^~\\&|DEMOSCHED|DEMOASC|RIDGELINE|ROSM|20240101120000||SIU^S12|TEST0001|T|2.5.1
SCH|DEMO123|DEMO123|||||ROUTINE|||60|MIN|^^60^20240101080000^20240101090000
PID|1||TEST00001^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 TEST ST^^ANYTOWN^ZZ^00000||(555)555-5555
AIS|1||29881^ARTHROSCOPY KNEE MENISCECTOMY^CPT|20240101080000|||60|MIN
AIP|1||9999^TESTDOC^DEMO^^^MD|SURGEON

Notice MSH-11 is "T" (training/test). Your engine should route T messages to
the test queue and never file them. If you want a larger sample set for your
validation (ADT, SIU, ORU), I can send our 500-message synthetic pack.

Best,
Arjun Mehta
Solutions Engineer, MedBridge Connect
""", (2024, 5, 9, 11, 0))

add("clean", "training", "",
    "Compliance Office <compliance@ridgelineortho.com>",
    "All Staff <allstaff@ridgelineortho.com>",
    "Annual HIPAA training - practice question of the week",
    """
Practice Question of the Week (fictional scenario)

Jane Doe, a fictitious patient, is a 16-year-old volleyball player seen at
our North Campus. Her coach emails the athletic trainer asking "Is Jane
going to be able to play Friday? What did the MRI show?"

What can the athletic trainer share?
  A) Everything - the coach is responsible for her
  B) Only what the parent/guardian has authorized (e.g. participation
     status), and only the minimum necessary
  C) Nothing, ever
  D) The MRI report, but only by text message

Answer: B. Participation status shared under a signed authorization is
fine; diagnosis and imaging results need the parent's permission.

Reminder: the annual HIPAA module in the LMS is due by June 30. 71% of staff
have completed it so far. Westgate PT is at 100% - nice work!

Ridgeline Compliance Office | Hotline 614-555-0198 (anonymous)
""", (2024, 6, 7, 8, 0))

add("clean", "training", "",
    "Tomas Aguilar DPT <taguilar@ridgelineortho.com>",
    "Jess Nguyen DPT <jnguyen@ridgelineortho.com>",
    "onboarding - daily note template",
    """
Jess - here's the daily note template we use for post-op knees so your notes
match the rest of the clinic. Placeholders in brackets, delete what you don't
use.

---
DAILY NOTE - Visit [#] of [authorized #]
Patient: [Last, First]   DOB: [MM/DD/YYYY]   MRN: [RO-######]
Surgery: [procedure] [date] [surgeon]   POD/wks: [ ]

S: [pain 0-10 rest/activity], [sleep], [HEP compliance], [new complaints]
O: ROM [ext]-[flex]; effusion [none/trace/1+/2+]; quad lag [Y/N]
   Gait: [device], [deviations]
   Ther ex: [list with sets/reps/load]
A: [progressing / plateau / regressing] toward goals: [ ]
P: [freq] x [duration]; next visit focus: [ ]
   Time: [total min] / Timed codes: 97110 x[ ] 97140 x[ ] 97530 x[ ]
---

Example (made up): "Patient: Sample, Sam  DOB: 01/01/2000  MRN: RO-000000".

T
""", (2024, 7, 1, 12, 33))

add("clean", "training", "",
    "ClaimBridge Enrollment <enrollment@claimbridge.example.com>",
    "Gail Pruitt <gpruitt@ridgelineortho.com>",
    "Test file accepted - 837P ANSI testing for Ridgeline PT (TIN ending 4402)",
    """
Your 837P test file has passed validation. Below is the claim from your test
file for your reference. Please send 3 more test claims (one WC, one with
modifier 59, one secondary) before we move you to production.

ISA*00*          *00*          *ZZ*RIDGELINETEST  *ZZ*CLAIMBRIDGE    *240110*1200*^*00501*000000001*0*T*:~
NM1*IL*1*ZZTEST*PATIENT****MI*TEST123456789~
N3*123 MAIN ST~
N4*ANYTOWN*OH*99999~
DMG*D8*19000101*F~
CLM*TESTCLAIM001*100.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
LX*1~
SV1*HC:97110*100.00*UN*4***1~
DTP*472*D8*20240101~

ISA15 = T (test). Test claims are never forwarded to payers.

ClaimBridge Provider Enrollment | enrollment@claimbridge.example.com
""", (2024, 1, 10, 13, 20))

add("clean", "training", "",
    "BraceWorks Portal <noreply@portal.braceworksmed.com>",
    "Kim Tran <ktran@ridgelineortho.com>",
    "Your BraceWorks ePrescribe demo account is ready",
    """
Hi Kim,

Your demo account for the BraceWorks ePrescribe portal is active. Use it to
practice ordering before your go-live on July 15.

Demo login:     ridgeline-demo
Sample order:   DEMO-0001
Demo patient:   "Demo Patient" (DOB 01/01/1900, Medicare ID 0AA0-AA0-AA00)

Try it:
  1. Open sample order DEMO-0001 (CAM boot, L4361)
  2. Add a second item: cold therapy unit E0218
  3. Route the Detailed Written Order to "Dr. Demo Provider" for e-signature
  4. Watch the status change to "Ready to ship (DEMO - will not ship)"

Orders in the demo tenant are never shipped or billed.

Questions? Your trainer is Chad Munroe, 877-555-0140.

BraceWorks Medical Supply
""", (2024, 7, 2, 9, 5))
# =====================================================================
# writer
# =====================================================================
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "iPhone Mail (21F90)",
           None, None, "Mozilla Thunderbird 115.11", None]

def build(m, idx):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(datetime.datetime(*m["date"], tzinfo=TZ))
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = "<%s.%06x.%d@%s>" % (
        "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)),
        random.getrandbits(24), idx, dom)
    mailer = random.choice(MAILERS)
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in m["hdrs"].items():
        msg[k] = v
    body = m["body"]
    cte = m["cte"]
    if cte is None and any(ord(c) > 127 for c in body):
        cte = "quoted-printable"
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if m["html"]:
        hc = m["html_cte"] or ("quoted-printable" if any(ord(c) > 127 for c in m["html"]) else None)
        if hc:
            msg.add_alternative(m["html"], subtype="html", cte=hc)
        else:
            msg.add_alternative(m["html"], subtype="html")
    for maintype, subtype, fn, data in m["atts"]:
        if isinstance(data, str) and "\r" not in data.replace("\r\n", ""):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (idx, j))
    return msg

def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for idx, m in enumerate(MSGS, 1):
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fn = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(m, idx)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m["label"], m["kind"], m["patient"] if m["label"] == "phi" else ""])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    summary = {}
    for r in rows:
        summary["%s-%s" % (r[1], r[2])] = summary.get("%s-%s" % (r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print("total", len(rows))

if __name__ == "__main__":
    main()
