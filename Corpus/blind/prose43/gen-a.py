#!/usr/bin/env python3
"""Blind evaluation mail set: cardiology & vascular practice (SEED 4301).

All people, numbers, organisations and devices are invented.
Run:  python3 gen.py OUTDIR
"""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage
from xml.sax.saxutils import escape

SEED = 4301
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, date=date, body=body, cc=cc, html=html,
                     atts=list(atts), cte=cte, headers=headers or {}))


MAILERS = [
    "Microsoft Outlook 16.0",
    "Microsoft Outlook 16.0",
    "iPhone Mail (21E236)",
    "Mozilla Thunderbird 115.10.1",
    None,
    None,
]

DISC = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message."""

SIG_DISC = """
--
Cedar Basin Heart & Vascular | 1800 Crestline Pkwy, Suite 300 | Millbrook OH
This message may contain confidential information. If you received it in
error please notify the sender and delete it."""


def zip_bytes(files):
    """files: list of (name, str|bytes). Fixed timestamps -> deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 17, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def col_letter(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
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
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col_letter(c), r)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                      ("xl/worksheets/sheet1.xml", sh)])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# PHI / care
# ---------------------------------------------------------------------------

add("phi", "care", "Hollister",
    "Tamsin Greaves <tgreaves@cedarbasinheart.org>",
    "Dr. Anita Kowalczyk <akowalczyk@riverbendfm.com>",
    "your pt Dwayne Hollister - cath today",
    "Tue, 14 May 2024 15:41:09 -0400",
    """Dr. Kowalczyk,

Quick courtesy note since you sent him over. Mr. Hollister went to the lab
this morning, right radial access. Dr. Saeed found a tight mid-LAD lesion
(~85%) and put in one drug-eluting stent, 3.0 x 18. RCA and circ looked ok.
No complications, TR band off at 1330.

He's staying overnight on 4 West at St. Brigid's and should go home tomorrow on
aspirin 81 + ticagrelor 90 bid. We stopped his amlodipine since his BP was
running soft after the procedure and bumped atorvastatin to 80. Full report
will post to the portal tonight.

Follow up with Dr. Saeed in 2 wks; he's also been referred to our cardiac
rehab program.

Thanks,
Tamsin Greaves, RN, RCIS
Cath Lab | Cedar Basin Heart & Vascular
p 555-0186 ext 2214
""" + DISC,
    cc="Farid Saeed MD <fsaeed@cedarbasinheart.org>")

add("phi", "care", "Olumide",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "Scheduling <scheduling@cedarbasinheart.org>",
    "repeat echo",
    "Wed, 15 May 2024 11:02:47 -0400",
    """jolene - can you get Beatrice Olumide back on the book for a repeat TTE w/
definity? windows were awful today, couldnt see the apex at all. dr marchbanks
wants it before her f/u on the 28th. she prefers mornings, and shes a hard stick
so put her w/ Kayla for the IV.
thx
m
""")

add("phi", "care", "Finch",
    "Deb Koenig <dkoenig@cedarbasinheart.org>",
    "Kristin Yoder <kyoder@cedarbasinheart.org>",
    "Finch INR",
    "Mon, 13 May 2024 09:18:22 -0400",
    """Kristin,

Gerald Finch fingerstick INR 3.8 this am (goal 2-3). No bleeding, no dark
stools. He did start an antibiotic from urgent care last Monday (Bactrim x 7
days) and nobody told us.

Told him to skip tonight's warfarin, then new weekly dose 32.5 mg (5 mg daily
except 2.5 mg Mon and Fri). Recheck Thurs 5/16 at the Crestview draw station.

OK with you? I'll cosign the order once you say yes.

Deb Koenig, RN
Anticoagulation Clinic
""")

add("phi", "care", "Babbitt",
    "Luis Carranza <lcarranza@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Rehab progress - Lorraine Babbitt (session 24/36)",
    "Fri, 17 May 2024 16:27:55 -0400",
    """Dr. Saeed,

Interim update on Lorraine Babbitt, who started phase II with us on 3/11 after
her bypass surgery.

  - Sessions attended: 24 of 36 (missed 2 for a family trip)
  - Peak workload: 5.4 METs (treadmill 2.8 mph / 4% grade), up from 3.1 at intake
  - Resting HR 68-74, peak exercise HR 112, RPE 13
  - BP response appropriate, peak 148/78
  - One episode of lightheadedness 4/22 after the arm ergometer, resolved with
    seated rest; fingerstick glucose 142 at the time
  - Weight down 6 lb; she's logging walks at home 3x/wk

Plan is to finish by end of June. She asked about our maintenance program.
Let me know if you want any changes to her exercise prescription.

Luis Carranza, MS, ACSM-CEP
Cardiac Rehabilitation
Cedar Basin Heart & Vascular
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. Saeed,</p>
<p>Interim update on <b>Lorraine Babbitt</b>, who started phase II with us on 3/11 after her bypass surgery.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Item</th><th align="left">Intake</th><th align="left">Now (session 24/36)</th></tr>
<tr><td>Peak METs</td><td>3.1</td><td>5.4 (2.8 mph / 4%)</td></tr>
<tr><td>Resting HR</td><td>78</td><td>68-74</td></tr>
<tr><td>Peak exercise HR</td><td>104</td><td>112</td></tr>
<tr><td>Peak BP</td><td>162/84</td><td>148/78</td></tr>
<tr><td>Weight</td><td>187 lb</td><td>181 lb</td></tr>
</table>
<p>One episode of lightheadedness 4/22 after the arm ergometer, resolved with seated rest; fingerstick glucose 142 at the time.
She missed 2 sessions for a family trip and is logging walks at home 3x/wk.</p>
<p>Plan is to finish by end of June. She asked about our maintenance program. Let me know if you want any changes to her exercise prescription.</p>
<p>Luis Carranza, MS, ACSM-CEP<br>Cardiac Rehabilitation<br>Cedar Basin Heart &amp; Vascular</p>
</body></html>""")

add("phi", "care", "Vance",
    "Annika Lund <alund@cedarbasinheart.org>",
    "Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "FW: LumeLink Alert - Red - VANCE, HAROLD",
    "Sat, 11 May 2024 08:47:13 -0400",
    """Helen - fyi see below. I called him, he's ok, was in bed when it fired and
didn't pass out. Wife says he ran out of his amiodarone about a week ago (!!),
I sent the refill to CVS. She's bringing him in at 1 for an interrogation, I
asked the Medilume rep to meet us.

Annika

-----Original Message-----
From: LumeLink Notifications <no-reply@lumelink-remote.com>
Sent: Saturday, May 11, 2024 6:02 AM
To: Device Clinic <deviceclinic@cedarbasinheart.org>
Subject: LumeLink Alert - Red - VANCE, HAROLD

Clinic:    Cedar Basin Heart & Vascular (Clinic ID 40917)
Patient:   VANCE, HAROLD           DOB: 07/30/1951
Device:    Medilume Vireo DR ICD   SN: VRD608214S
Alert:     VT/VF therapy delivered
Episodes:  3 VT episodes (CL 310-330 ms) terminated by ATP
           1 episode accelerated after ATP, shock 35 J delivered
           05/11/2024 02:14, successful
Battery:   6.1 yrs    RV lead impedance 480 ohms

Log in to LumeLink to view EGMs.
This is an automated message. Do not reply.
""")

add("phi", "care", "Ortiz-Brandt",
    "Halloway Street Internal Medicine <referrals@hallowayim.net>",
    "New Referrals <newreferrals@cedarbasinheart.org>",
    "Referral - vascular - Ortiz-Brandt",
    "Thu, 09 May 2024 14:05:31 -0500",
    """Good afternoon,

We are referring Mrs. Consuela Ortiz-Brandt (71) to Dr. Adebayo. She describes
cramping in the right calf after walking about a block that goes away with a
couple minutes of rest, getting worse over ~6 months. In-office ABI today was
R 0.62 / L 0.91, pedal pulses diminished on the right. Quit smoking in 2019
(about 40 pack-years). Current meds: aspirin 81, lisinopril 20, metformin
1000 bid. Dr. Okonjo started cilostazol 50 mg bid today.

Would appreciate an arterial duplex and consult. Office notes and last labs
are being faxed to 555-0190. Her daughter Marisol usually brings her, best
number is (480) 555-0127.

Thank you,
Renee Whitlock, MA
for Samuel Okonjo, DO
Halloway Street Internal Medicine
ph 555-0150 | fax 555-0151
""")

add("phi", "care", "Wierzbicki",
    "Gail Pressman <gpressman@stbrigidrmc.org>",
    "Kristin Yoder <kyoder@cedarbasinheart.org>",
    "post-DCCV f/u needed",
    "Mon, 20 May 2024 10:12:40 -0400",
    """Hi Kristin —

Tomasz Wierzbicki went home from St. Brigid's this morning. He came in Sat night
with a racing heart, they did a TEE/cardioversion Sunday and he's stayed in
normal rhythm since. Started on apixaban 5 mg twice a day and metoprolol
succinate 50 daily; his diltiazem was stopped.

Hospitalist wants him seen at your office within 7–10 days and a 14-day patch
monitor ordered. His wife will drive him, he isn't driving till next week. He
uses the Kroger pharmacy on Delmont Ave.

Discharge summary is in the portal under encounter 8834120.

Thanks!
Gail Pressman, RN, CCM
Case Management, St. Brigid Regional Medical Center
""", cte="quoted-printable")

add("phi", "care", "Kettering",
    "Jolene Pfaff <jpfaff@cedarbasinheart.org>",
    "EP Team <ep-team@cedarbasinheart.org>",
    "Kettering TEE/DCCV 6/4",
    "Thu, 23 May 2024 13:33:02 -0400",
    """Spoke with Mrs. Kettering's husband (she was at work). She's confirmed for TEE +
cardioversion Tues 6/4, arrive 0630 for the 0730 slot in Proc Rm 2. NPO after
midnight, ok to take metoprolol w/ sip of water, HOLD jardiance morning of.

He asked if she should keep taking her Eliquis - I said yes don't miss any,
the nurse would go over it. Can someone call her back (cell on file) to
confirm she hasn't missed any doses in the last 3 wks? Otherwise Dr M said we
have to reschedule.

He'll drive her home.

-Jolene
Scheduling, x2201
""")

# ---------------------------------------------------------------------------
# PHI / names
# ---------------------------------------------------------------------------

add("phi", "names", "Abernathy-Quist",
    "Noor Haddad <nhaddad@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Abernathy-Quist - outside cath films",
    "Tue, 07 May 2024 08:14:19 -0400",
    """CD from Mercy Valley finally came in the mail. Uploaded to PACS under his
chart, the LV gram is on there too. Do you want him on the Thursday heart team
list w/ the surgeons or just you reviewing?

Noor
""")

add("phi", "names", "Nguyễn Thị Hoa",
    "Jolene Pfaff <jpfaff@cedarbasinheart.org>",
    "Nuclear Lab <nuclear@cedarbasinheart.org>",
    "moving a lexiscan to fri",
    "Mon, 20 May 2024 09:40:51 -0400",
    """Hi Gary —

Nguyễn Thị Hoa's Lexiscan stress test needs to move from Wed to Fri 5/24, same
time (8:00). Her son interprets for her and can only do Fridays. She was told no
caffeine for 24 hrs, no coffee/tea/chocolate — can someone remind the son
Thursday? If he doesn't pick up, use the phone interpreter line (Vietnamese),
she won't understand an English voicemail.

Thanks,
Jolene
""")

add("phi", "names", "Adeyemi-Okafor",
    "Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "Annika Lund <alund@cedarbasinheart.org>",
    "RE: Adeyemi-Okafor, Chukwuemeka -- ILR",
    "Wed, 15 May 2024 19:56:30 -0400",
    """fine to add him Friday, it's a 10 min case. consent for loop recorder
implant, no need to hold the eliquis.
H

Sent from my iPhone

> On May 15, 2024, at 2:11 PM, Annika Lund <alund@cedarbasinheart.org> wrote:
>
> Adeyemi-Okafor, Chukwuemeka (MRN 4410287) - 3rd fainting episode since
> Feb, 30 day event monitor showed nothing. He'd like to go ahead with the
> implantable loop recorder. Can we add him this week? He's on Eliquis.
>
> Annika Lund RN, CCDS
> Device Clinic
""")

add("phi", "names", "van der Berg",
    "Annika Lund <alund@cedarbasinheart.org>",
    "Brent Sadowski <bsadowski@medilume-crm.com>",
    "gen change Tues 5/21 - rep coverage?",
    "Thu, 16 May 2024 12:20:08 -0400",
    """Hi Brent,

Can you cover a pacemaker generator change Tuesday 5/21, 8am, St. Brigid's EP
lab 2? Patient is Mr. Pieter van der Berg - his Aria SR hit ERI on Monday's
remote transmission. He's pacer dependent so Dr. Marchbanks wants you there
for the temporary pacing and programming. Keeping the existing RV lead if
it tests fine.

Thanks!
Annika Lund RN, CCDS
Device Clinic | Cedar Basin Heart & Vascular
direct 555-0184
""" + SIG_DISC)

add("phi", "names", "Rajesh",
    "Kristin Yoder <kyoder@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "rajesh again",
    "Tue, 21 May 2024 15:08:44 -0400",
    """Rajesh (your tues 2:40, the one w/ the LVAD eval pending at University)
called again. weight up 4 lb since sunday and more short of breath on the
stairs. told him to take an extra 40 of furosemide today and tomorrow, BMP
thurs. if he's not better by fri he needs to come in. ok?

k
""")

add("phi", "names", "Al-Khouri",
    "Sandra Beale <sbeale@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Holter ready to sign - Ms. Al-Khouri",
    "Fri, 10 May 2024 10:31:25 -0400",
    """Dr. Saeed,

48h Holter for Fatima Al-Khouri is ready for your signature in the queue.

Tech summary: sinus rhythm throughout, HR 52-138 (avg 79). PVC burden 3%,
one 6-beat run of NSVT at 03:12 on day 2. No pauses > 2 sec. Her diary entry
"fluttering" at 4:15 pm on day 1 lines up with a couplet.

Sandra Beale, CCT
Holter / Event Monitor Lab
""")

add("phi", "names", "Petrović",
    "Dr. Ivana Kostadinova <ikostadinova@lindenparkclinic.com>",
    "Oluwaseun Adebayo MD <oadebayo@cedarbasinheart.org>",
    "Dragomir Petrović – post carotid surgery",
    "Wed, 08 May 2024 17:45:10 -0500",
    """Dear Dr. Adebayo,

I saw Mr. Petrović today for his 6-week visit after the left carotid
endarterectomy you did in March. The incision has healed nicely. He mentions
some numbness under the jaw on the left, which he says is slowly improving.
BP was 152/88 so I increased his amlodipine to 10 mg.

He asked whether he still needs the clopidogrel in addition to aspirin — I
told him I would check with you. Also, when would you like the next carotid
duplex?

Best regards,
Ivana Kostadinova, MD
Linden Park Family Clinic
""")

add("phi", "names", "Venkataraman",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "Arjun Mehta MD <amehta@cedarbasinheart.org>",
    "TEE slot thursday?",
    "Tue, 21 May 2024 08:02:16 -0400",
    """Arjun,

Lakshmi Venkataraman, the lady neuro sent over after her stroke — bubble study
was positive at rest and with valsalva, so Dr. Marchbanks wants a TEE to look
at the septum. Can you do thurs 11:00? She mostly speaks Tamil; her husband
comes with her and translates but pls book a real interpreter for consent.

Marcus Tillery, RDCS
Echo Lab Lead
""")

# ---------------------------------------------------------------------------
# PHI / self
# ---------------------------------------------------------------------------

add("phi", "self", "Tullis",
    "Marjorie Tullis <mtullis49@yahoo.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "question about my incision",
    "Sun, 12 May 2024 07:55:02 -0400",
    """Hello,

This is Marjorie Tullis, birthday 2/17/1949. I had my pacemaker put in by
Dr. Marchbanks on April 30. The incision is a little red around the top edge
and warm to the touch, no drainage that I can see. I don't have a fever (99.1
this morning). Is this normal or should I come in? The steri strips are still
on.

Also can I lift my left arm over my head yet? My granddaughter's wedding is
June 8 and I want to dance!!

Thank you,
Marjorie

Sent from my iPad
""", headers={"X-Mailer": "iPad Mail (21E236)"})

add("phi", "self", "Delacroix-Moss",
    "Yvonne Delacroix-Moss <yvonne.dmoss@comcast.net>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Frank - chest tightness at rehab",
    "Tue, 14 May 2024 20:12:37 -0400",
    """Dear Dr. Saeed (or his nurse),

My husband Frank Delacroix-Moss (born 10/02/1955) had his stent put in at the
end of March. At cardiac rehab Monday he got a tightness in his chest about 15
minutes into the treadmill. They had him sit and gave him a nitro and it went
away. Luis said we should let you know.

He is taking everything - the Brilinta, the baby aspirin and the new
metoprolol. He hasn't missed any. Frank won't call himself so I am writing.
Should he keep going to rehab this week?

Yvonne Delacroix-Moss
708-555-0164
""")

add("phi", "self", "Asante-Boateng",
    "kwame a <kasanteb@gmail.com>",
    "Deb Koenig <dkoenig@cedarbasinheart.org>",
    "inr question",
    "Wed, 15 May 2024 21:40:58 -0400",
    """hi deb its kwame asante-boateng. my inr last wk was 1.6 and you raised my dose
to 7.5 on mon/wed/fri. i forgot to tell you i been drinking alot of kale
smoothies since my daughter got me a blender lol. should i stop them or just
keep them the same every day?

also im going to ghana for 3 weeks in july, can i get my inr checked there or
do i need the home machine

thanks
kwame
""")

_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length 118>>stream\nBT /F1 12 Tf 72 720 Td (AUTHORIZATION FOR RELEASE - Eleanor June Whitcombe - DOB 08/03/1957 - signed) Tj ET\nendstream endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")

add("phi", "self", "Whitcombe",
    "Eleanor Whitcombe <eleanor.whitcombe@outlook.com>",
    "Medical Records <records@cedarbasinheart.org>",
    "Records request - please send to my new cardiologist",
    "Thu, 02 May 2024 13:20:44 -0400",
    """To the Medical Records Department,

I am relocating to Tucson, Arizona and request that copies of my records be
sent to my new cardiologist:

   Dr. Theresa Quon
   Desert Sage Cardiology
   4410 E. Speedway Blvd, Suite 200, Tucson AZ 85712
   Fax 520-555-0139

Please include my echocardiogram reports (2021 and 2023), the heart
catheterization from November 2022, my last two office notes with Dr. Saeed,
and the loop recorder reports.

Name: Eleanor June Whitcombe
Date of birth: 08/03/1957
Phone: (616) 555-0172

My signed authorization form is attached.

Thank you,
Eleanor Whitcombe
""", atts=[("records_authorization_signed.pdf", "application/pdf", _PDF)])

add("phi", "self", "Farraday",
    "Siobhan Farraday <sfarraday@gmail.com>",
    "EP Team <ep-team@cedarbasinheart.org>",
    "Declan's ablation on 6/12 - questions",
    "Fri, 17 May 2024 22:03:11 -0400",
    """Hi,

I'm Declan Farraday's mom. He's 18 (dob 11-22-2005) so I know he has to sign
things himself, but he asked me to email since he's in finals. His ablation
with Dr. Marchbanks is June 12. A few questions:

1. He's on the college swim team – how long before he can get back in the pool?
2. Should he stop the flecainide before? Nobody told us.
3. Can I stay with him in pre-op until they sedate him?

He gave verbal permission for me to talk to you guys, I think it's in his chart.

Thanks so much,
Siobhan (and Declan)
""")

add("phi", "self", "Stranahan",
    "Bev Stranahan <bevstranahan@sbcglobal.net>",
    "Cedar Basin Heart & Vascular <scheduling@cedarbasinheart.org>",
    "Re: Your nuclear stress test appointment",
    "Mon, 13 May 2024 11:47:29 -0400",
    """yes thursday works. I will not have coffee. do I take my water pill that morning?
Bev

On Mon, May 13, 2024 at 10:04 AM, Cedar Basin Heart & Vascular <scheduling@cedarbasinheart.org> wrote:
> Dear Beverly Stranahan,
>
> Your nuclear stress test (Lexiscan myocardial perfusion imaging) has been
> rescheduled to Thursday, May 16 at 8:00 AM at our Crestview office, 2nd
> floor. Plan on 3-4 hours. Nothing to eat after midnight, and no caffeine
> (coffee, tea, soda, chocolate, decaf) for 24 hours before.
>
> Please reply to confirm.
>
> Cedar Basin Heart & Vascular Scheduling
> 555-0180
""", headers={"In-Reply-To": "<sched.20240513.1004.88121@cedarbasinheart.org>"})

add("phi", "self", "Okonkwo-Eze",
    "Ignatius Okonkwo-Eze <iokonkwoeze@yahoo.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "got shocked last night",
    "Sun, 19 May 2024 07:12:50 -0400",
    """Good morning.

My name is Ignatius Okonkwo-Eze, Dr Marchbanks patient. My defibrillator shocked
me last night around 9pm while I was cutting grass. Felt like a kick from a
horse. I sat down and I am ok now, just sore in the chest. I pressed the
button on the home monitor this morning like Annika showed me.

Do I need to come in? I have work at 2pm.
My phone is 414-555-0118.

God bless,
Ignatius
""",
    html="""<div dir="ltr"><div>Good morning.</div><div><br></div>
<div>My name is Ignatius Okonkwo-Eze, Dr Marchbanks patient. My defibrillator shocked me last night around 9pm while I was cutting grass. Felt like a kick from a horse. I sat down and I am ok now, just sore in the chest. I pressed the button on the home monitor this morning like Annika showed me.</div>
<div><br></div><div>Do I need to come in? I have work at 2pm.<br>My phone is 414-555-0118.</div>
<div><br></div><div>God bless,<br>Ignatius</div></div>""",
    headers={"X-Mailer": "YahooMailAndroid/7.42"})

# ---------------------------------------------------------------------------
# PHI / ids
# ---------------------------------------------------------------------------

add("phi", "ids", "",
    "Noor Haddad <nhaddad@cedarbasinheart.org>",
    "Patient Access <registration@cedarbasinheart.org>",
    "URGENT wrong DOB on registration - proc rm 2",
    "Wed, 22 May 2024 07:09:33 -0400",
    """Hi - pt here for her TEE this morning, MRN 7719034. DOB in the system shows
19880304 but her license says 19880403 (April 3 not March 4). Order and consent
printed with the wrong one and anesthesia won't start until it matches. Can you
fix and reprint the armband asap?

Noor x2209
""")

add("phi", "ids", "Brandauer",
    "Anita Kowalczyk MD <akowalczyk@riverbendfm.com>",
    "New Referrals <newreferrals@cedarbasinheart.org>",
    "Holter referral",
    "Mon, 06 May 2024 12:48:03 -0400",
    """RE: Helmut Brandauer   DOB 4 Mar 1951
Your chart # CB-228104 (seen by Dr. Saeed in 2019)
Medicare MBI 3TK9-QR2-WV71

Please arrange a 14-day ambulatory monitor and a visit. He's had 3 near-fainting
spells in the past month, one while driving (I've told him not to drive). ECG in
our office: sinus 48 bpm, PR 240 ms. I've held his metoprolol 25 bid as of
yesterday.

Thanks,
Anita Kowalczyk, MD
Riverbend Family Medicine
""")

add("phi", "ids", "Ellingsen",
    "Bettina Sorrells <bsorrells@cedarbasinheart.org>",
    "Carla Nunes <cnunes@pinecrestbilling.com>",
    "acct 55120983 - rebill",
    "Thu, 16 May 2024 14:22:10 -0400",
    """Hi Carla,

Please rebill acct 55120983 (Ellingsen, Ruth). The 2/12/24 lower extremity
angiogram w/ atherectomy went out with LT instead of RT - 37225-RT is correct.
Secondary is her AARP supplement, policy # on file.

Guarantor (her son) has called twice from (602) 555-0143, he's upset about the
statement, so please flag the account no collections for 60 days.

Thanks,
Bettina Sorrells | Billing Supervisor
Cedar Basin Heart & Vascular | 555-0179
""" + DISC)

add("phi", "ids", "Osei",
    "Deb Koenig <dkoenig@cedarbasinheart.org>",
    "Sunrise Home Health Intake <intake@sunrisehomehealth.net>",
    "POC INR draws - change of address",
    "Fri, 10 May 2024 11:36:55 -0400",
    """Hello,

Please update the address for Mr. Kofi Osei, he's moved in with his daughter:

   1147 Larkspur Ct, Apt 3B
   Millbrook OH 44321
   daughter's phone (330) 555-0191

Continue weekly fingerstick INR on Tuesdays, results to our anticoag line
555-0176 or fax 555-0177. Current warfarin 4 mg daily except 6 mg Saturdays.
Goal 2.5-3.5 (mechanical mitral valve).

Deb Koenig, RN
Anticoagulation Clinic
""")

add("phi", "ids", "",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "PACS Admin <pacsadmin@cedarbasinheart.org>",
    "misfiled echo studies",
    "Mon, 13 May 2024 16:50:20 -0400",
    """Accession ECH24-118830 and ECH24-118831 (TTE + strain from 5/9) got attached
to the wrong patient. Correct pt is MRN 000915527, DOB 12/09/1962. They're
currently sitting under MRN 000915572 (digits transposed at check-in).

Dr. Saeed already read 118830 - LVEF 35%, down from 55 in Jan. That needs to be
on the right chart before her oncologist sees her tomorrow, they're deciding
whether to continue the Herceptin.

pls move asap
Marcus
""")

add("phi", "ids", "Marchetti",
    "Prior Auth Team <priorauth@cedarbasinheart.org>",
    "UM Dept - Keystone Mutual <um-intake@keystonemutualhp.com>",
    "Additional clinicals - auth request PA-7731902",
    "Tue, 14 May 2024 09:58:41 -0400",
    """Member:      Soledad Marchetti
DOB:         1970-06-21
Member ID:   XGH884120377      Group: 20117
Requested:   Cardiac MRI with and without contrast (CPT 75561)
Ordering:    Farid Saeed, MD   NPI 1578902214

Clinical summary: Echo on 4/2 showed septal wall thickness of 1.7 cm with no
history of high blood pressure. Exertional chest pressure and two near-fainting
episodes. Brother died suddenly at age 41. MRI is needed to look for
thickened heart muscle disease vs an infiltrative process before deciding on
an ICD.

Echo report faxed separately (4 pages). Please call 555-0183 with questions.

Prior Authorization Team
Cedar Basin Heart & Vascular
""")

add("phi", "ids", "Rusk",
    "Tasha Billups <tbillups@cedarbasinheart.org>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "callback needed",
    "Thu, 16 May 2024 10:44:07 -0400",
    """pt called 10:40 from 313-555-0198 re: his home monitor box blinking orange,
thinks his pacemaker isn't getting checked. verified w/ last 4 SSN 4471 and
dob Sept 9 '44. name is Alvin Rusk (not Russ - chart is under RUSK, ALVIN J).
says he's been dizzy on and off this week. pls call back before 3, he goes to
dialysis after.
-Tasha
""")

add("phi", "ids", "Fairweather",
    "CareBeacon Clinic Support <clinicsupport@carebeacon-aortica.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "Case 00418827 - patient not transmitting [ref:_00D5e.500Kx9]",
    "Wed, 08 May 2024 13:15:00 +0000",
    """Hello Device Clinic team,

The following patient's home monitor has not transmitted in 21 days.

Patient:            Dolores Fairweather
Device:             Aortica Solace CRT-D, serial ASC-221894H
Implant date:       01/15/2022
Monitor serial:     CBH-5540-91173
Patient email:      dfairweather52@hotmail.com
Last transmission:  04/17/2024 (AT/AF burden 18%, BiV pacing 91%)

We have mailed a replacement monitor to the address on file. Please let us
know if the patient's contact information has changed.

Regards,
Mateo Ruiz
Clinic Support Specialist, Aortica Rhythm Management
1-800-555-0107 option 3

ref:_00D5e.500Kx9:ref
""")

# ---------------------------------------------------------------------------
# PHI / lists
# ---------------------------------------------------------------------------

add("phi", "lists", "Hollis",
    "Tamsin Greaves <tgreaves@cedarbasinheart.org>",
    "Cath Lab Staff <cathlab-staff@cedarbasinheart.org>",
    "tomorrow's board (Wed 5/15) - prelim",
    "Tue, 14 May 2024 16:58:12 -0400",
    "Rm 1 / Rm 2 for tomorrow, prelim. Add-ons to me by 4 pls.\n\n"
    "Time\tRm\tPatient\tMRN\tProcedure\tMD\tNotes\n"
    "0730\t1\tHollis, Patrice\t4418207\tLHC +/- PCI\tSaeed\tCr 1.6 - hydrate, 1/2 NS @ 6a\n"
    "0730\t2\tDuarte, Emilio\t3390145\tPeriph angio R leg\tAdebayo\tcontrast allergy - premed given\n"
    "0900\t1\tLindqvist, Maren\t5102288\tRHC\tSaeed\tPH eval, on O2 2L\n"
    "1030\t1\tBoateng, Yaw\t2287710\tLHC\tSaeed\thold metformin\n"
    "1100\t2\tSchaefer, Gunther\t4019936\tPPM dual chamber\tMarchbanks\tcoumadin, INR 1.9 this am\n"
    "1300\t2\tO'Rourke, Deirdre\t3981144\tTEE/DCCV\tMarchbanks\t\n"
    "\nThanks!\nTamsin\n")

add("phi", "lists", "Pruitt",
    "Deb Koenig <dkoenig@cedarbasinheart.org>",
    "Anticoag Team <anticoag@cedarbasinheart.org>",
    "huddle 5/14 - out of range",
    "Tue, 14 May 2024 07:45:30 -0400",
    """Out of range from yesterday, calls today:

* Pruitt, Wanda – INR 4.2, no bleeding. hold x1 then -10%. started fluconazole
  for a yeast infection, that's probably it
* Mr. Haskins (Lee) – 1.4, missed 3 doses while traveling. boost 1.5x x2 days,
  recheck Fri. Mech AVR so run lovenox bridge by Dr S
* Adaeze Nwosu – 3.4 since the new amiodarone, reduce 15%
* Kowalski, Stan - no show for his draw, 2nd time. letter?
* Ernestine "Bubbles" Marchand – 2.8 in range but bruising on both arms, wants
  to talk to the pharmacist

Everyone else in range. Thanks all!
Deb
""")

_alerts = [
    ["patient_name", "dob", "mrn", "vendor", "device", "alert", "alert_date", "action"],
    ["Castellanos, Ignacio", "1948-02-11", "3317702", "Medilume", "Vireo VR ICD", "AF burden >6h", "2024-05-11", "routed to anticoag"],
    ["Whitfield, June", "1939-12-01", "1029944", "Aortica", "Solace CRT-P", "BiV pacing <90%", "2024-05-11", "reprogram in clinic 5/15"],
    ["Tran, Minh Duc", "1960-07-19", "4480031", "Medilume", "Vireo DR ICD", "NSVT 22 beats", "2024-05-12", "MD review"],
    ["Grabowski, Henryk", "1952-03-08", "2290176", "Medilume", "Aria DR PPM", "RA lead impedance >2000", "2024-05-12", "check scheduled 5/14"],
    ["Ashworth, Nell", "1944-09-30", "1187753", "Aortica", "Loop recorder", "pause 4.2s 03:40", "2024-05-12", "called pt - was asleep, no sx"],
    ["Ibekwe, Chiamaka", "1971-01-25", "5530019", "Aortica", "Solace CRT-D", "thoracic impedance trending down", "2024-05-12", "MD review"],
    ["Lindgren, Per", "1956-11-14", "3008842", "Medilume", "Aria SR PPM", "battery ERI", "2024-05-12", "gen change referral"],
]

add("phi", "lists", "Castellanos",
    "Annika Lund <alund@cedarbasinheart.org>",
    "Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "weekend remote alerts",
    "Mon, 13 May 2024 08:05:44 -0400",
    """Helen, weekend LumeLink + CareBeacon alerts attached (7). Two need your eyes,
rows 3 and 6 (Tran + Ibekwe). Rest I've handled.
A
""", atts=[("remote_alerts_0511-0512.csv", "text/csv", csv_text(_alerts))])

add("phi", "lists", "Ferreira",
    "Arjun Mehta MD <amehta@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "st brigid consult list - signout fri pm",
    "Fri, 17 May 2024 17:31:26 -0400",
    """Dr Saeed - weekend list below. Nothing brewing except 503.

RM    PATIENT               AGE  ISSUE                          TO DO
----  --------------------  ---  -----------------------------  ---------------------------
412   Ferreira, Joao         77  NSTEMI, trop 2.1 -> 4.6        cath Mon, on heparin gtt
418B  Mbeki-Larsen, Thandi   58  new AF w/ RVR                  rate ctl, TEE/DCCV if persists
503   Kowalczuk, Edward      84  syncope, 6 sec pause on tele   EP to see re PPM sat am
ICU7  Dufresne, Aurelie      49  EF 25% after chemo             start GDMT as BP allows
610   Hamid, Yusuf           66  pre-op clearance, hip          stress neg, cleared, signed off

Arjun Mehta, MD
Cardiology Fellow, PGY-5
pager 555-0102
""")

_roster = [
    ["last", "first", "dob", "mrn", "referral_reason", "phase", "sessions_may", "payer"],
    ["Babbitt", "Lorraine", "04/11/1952", "2219834", "CABG 2/2024", "II", "11", "Medicare"],
    ["Delacroix-Moss", "Frank", "10/02/1955", "3308127", "PCI/DES 3/2024", "II", "9", "Keystone Mutual"],
    ["Hollister", "Dwayne", "06/25/1963", "4471920", "PCI/DES 5/2024", "II", "1", "Keystone Mutual"],
    ["Zhou", "Jianguo", "11/03/1947", "5120447", "CABG 4/2024", "II", "8", "Medicare"],
    ["Bautista", "Corazon", "07/14/1940", "1094423", "HFrEF EF 30%", "II", "4", "Medicare/Medicaid"],
    ["Lemaire", "Odette", "01/19/1961", "3882016", "valve repair 3/2024", "II", "12", "BCBS"],
    ["Szabo", "Laszlo", "09/09/1958", "2760144", "stable angina", "II", "10", "Medicare Adv - Keystone"],
    ["Okoro", "Ngozi", "12/28/1969", "4903311", "NSTEMI 4/2024", "II", "7", "Aetna"],
    ["Ramirez-Solis", "Hector", "03/30/1950", "1559028", "CABG 3/2024", "II", "12", "Medicare"],
    ["Fenwick", "Gwen", "05/05/1957", "3010987", "HFrEF EF 35%", "II", "6", "Medicare"],
]

add("phi", "lists", "Babbitt",
    "Luis Carranza <lcarranza@cedarbasinheart.org>",
    "Bettina Sorrells <bsorrells@cedarbasinheart.org>",
    "rehab roster May (zipped)",
    "Fri, 17 May 2024 16:10:03 -0400",
    """Bettina,

May phase II roster for billing attached, zipped because the email kept
bouncing the csv. Sessions counted thru 5/17. Shout if any of the counts don't
match what's in the system.

-Luis
""", atts=[("rehab_roster_may2024.zip", "application/zip",
            zip_bytes([("rehab_roster_may2024.csv", csv_text(_roster))]))])

_backlog = [
    ["Accession", "MRN", "Patient", "DOB", "Study", "Study Date", "Site", "Assigned"],
    ["ECH24-118902", "2284410", "Marsh, Clifford", "1949-08-22", "TTE complete", "2024-05-13", "Main", "Saeed"],
    ["ECH24-118915", "4401273", "Yilmaz, Selin", "1977-02-03", "TTE limited", "2024-05-13", "Crestview", "Marchbanks"],
    ["ECH24-118933", "1190082", "Delgado, Ana Lucia", "1955-10-17", "Stress echo", "2024-05-13", "Main", "Saeed"],
    ["ECH24-118940", "3371905", "Kim, Dong-hyun", "1964-04-29", "TTE + bubble", "2024-05-14", "Main", "Marchbanks"],
    ["ECH24-118951", "5017728", "Whitaker, Loretta", "1942-12-12", "TTE complete", "2024-05-14", "Crestview", "Saeed"],
    ["ECH24-118966", "2093316", "Achterberg, Joost", "1959-06-01", "TEE", "2024-05-14", "St Brigid", "Marchbanks"],
    ["ECH24-118970", "4129057", "Mensah, Abena", "1981-09-09", "TTE complete", "2024-05-14", "Main", "Saeed"],
    ["ECH24-118988", "3306641", "Polanski, Ewa", "1947-01-30", "Dobutamine stress", "2024-05-15", "Main", "Saeed"],
    ["ECH24-119002", "1870354", "Begay, Harrison", "1966-07-07", "TTE limited", "2024-05-15", "Crestview", "Marchbanks"],
]

add("phi", "lists", "Marsh",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>, Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "unread echo backlog >48h",
    "Fri, 17 May 2024 07:30:18 -0400",
    """Attached is the list of unread studies over 48h, 9 of them. A few are from
the Crestview satellite. Please sign by end of day, Polanski's is the DSE that
her surgeon keeps calling about.

Marcus Tillery, RDCS
Echo Lab Lead
""", atts=[("echo_unread_0517.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_bytes(_backlog, "Unread"))])

_nos = [
    ("Greer, Lamont", "06/14/1959", "216-555-0133", "Arterial duplex bilat LE", "5/6"),
    ("Sokolova, Irina", "02/27/1950", "216-555-0170", "Carotid duplex", "5/7"),
    ("Batista, Joana", "11/02/1963", "216-555-0115", "Venous reflux study R", "5/8"),
    ("Pham, Quang", "08/08/1947", "216-555-0129", "ABI/PVR", "5/9"),
    ("Whitehorse, Daniel", "03/03/1971", "216-555-0104", "AAA screening US", "5/10"),
]
_nos_txt = "| Patient            | DOB        | Phone        | Study                    | Date |\n"
_nos_txt += "|--------------------|------------|--------------|--------------------------|------|\n"
for r in _nos:
    _nos_txt += "| %-18s | %s | %s | %-24s | %-4s |\n" % r
_nos_html = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in _nos)

add("phi", "lists", "Greer",
    "Jolene Pfaff <jpfaff@cedarbasinheart.org>",
    "Renata Vos <rvos@cedarbasinheart.org>",
    "vascular lab no-shows last wk",
    "Mon, 13 May 2024 12:15:40 -0400",
    "Renata - vascular lab no-shows from last week for Dr. Adebayo to decide on\n"
    "rebook vs letter. Greer and Pham are his post-op pts so probably rebook.\n\n"
    + _nos_txt + "\nJolene\n",
    html="<html><body><p>Renata - vascular lab no-shows from last week for Dr. Adebayo to decide on "
    "rebook vs letter. Greer and Pham are his post-op pts so probably rebook.</p>"
    "<table border=1 cellspacing=0 cellpadding=3><tr><th>Patient</th><th>DOB</th><th>Phone</th>"
    "<th>Study</th><th>Date</th></tr>" + _nos_html + "</table><p>Jolene</p></body></html>")

# ---------------------------------------------------------------------------
# PHI / struct
# ---------------------------------------------------------------------------

add("phi", "struct", "Kapoor",
    "Ray Okada <rokada@cedarbasinheart.org>",
    "Interface Support <support@ingenium-interfaces.com>",
    "ORU from echo system rejected - OBX-5 length? (ticket 2024-0517-ECH)",
    "Fri, 17 May 2024 08:21:37 -0400",
    """Hi team,

Ticket 2024-0517-ECH. The message below got NAK'd by the EHR inbound last night,
AE "field length exceeded OBX-5". Raw message from the engine log:

MSH|^~\\&|ECHOVAULT|CBHV|EHR|CBHV|20240516221405||ORU^R01|EV00018841|P|2.5.1
PID|1||4480931^^^CBHV^MR||KAPOOR^ANJALI^R||19660912|F|||88 Wrenfield Dr^^Millbrook^OH^44321||(330)555-0158
PV1|1|O|ECHO^RM3^^CBHV||||1578902214^SAEED^FARID
OBR|1|ORD77120|ECH24-119204|93306^TTE COMPLETE W DOPPLER^CPT|||20240516141000|||||||||1578902214^SAEED^FARID||||||20240516220900|||F
OBX|1|NM|LVEF^LV Ejection Fraction||55-60|%|||||F
OBX|2|TX|IMPRESSION^Impression||1. Normal LV size and systolic function. 2. Moderate mitral regurgitation, posteriorly directed jet. 3. Mild left atrial enlargement. 4. RVSP 38 mmHg. Compared with 2022 the MR has progressed from mild.||||||F

Can you confirm the max length configured on your side for OBX-5 TX? We'd
rather not truncate impressions.

Thanks,
Ray Okada
Clinical Systems / Interfaces
Cedar Basin Heart & Vascular | x2290
""")

_adt = ("MSH|^~\\&|KIOSK|CRESTVIEW|ADT|CBHV|20240520081233||ADT^A04|KSK0520-0007|P|2.3\r"
        "EVN|A04|20240520081233\r"
        "PID|1||K00071942||HOLLOWAY^BERNADETTE^M||19580223|F||W|2741 Chickasaw Trl^^Crestview^OH^44890||(419)555-0181|||M||K00071942\r"
        "PV1|1|O|CRV^ANTICOAG^^CRESTVIEW||||1093817265^KOENIG^DEBORAH^^^RN||||||||||||K0520007\r"
        "DG1|1||Z79.01^Long term (current) use of anticoagulants^I10\r"
        "IN1|1|MCR|00451|MEDICARE||||||||||||HOLLOWAY^BERNADETTE^M|01|19580223|2741 Chickasaw Trl^^Crestview^OH^44890|||||||||||||||||7QW2-TR8-KM15\r")

add("phi", "struct", "Holloway",
    "Ray Okada <rokada@cedarbasinheart.org>",
    "Deshawn Pryor <dpryor@cedarbasinheart.org>",
    "dup registrations from the crestview kiosk - sample attached",
    "Mon, 20 May 2024 09:02:58 -0400",
    """Deshawn -

The new check-in kiosk at Crestview is sending A04s with PID-3 missing the
assigning authority, so we're creating dup MRNs. One from this morning is
attached. Same lady already has MRN 3391820 (anticoag pt, comes every 2 wks).

Can you add a translation rule before tomorrow's clinic? I'll merge the dups.

Ray
""", atts=[("KSK0520-0007.hl7", "application/octet-stream", _adt.encode("ascii"))])

add("phi", "struct", "Nakamura",
    "Bettina Sorrells <bsorrells@cedarbasinheart.org>",
    "ClearPoint EDI Support <edisupport@clearpoint-edi.com>",
    "837P rejected at 2010BA - claim CBH240502-88",
    "Tue, 07 May 2024 10:40:12 -0400",
    """Hello,

Our 837P batch 000001207 came back with a 999 rejection on one claim,
"2010BA NM109 invalid". The MBI looks right to me — can you tell me what the
payer is objecting to? Pasting the relevant piece:

ISA*00*          *00*          *ZZ*CBHV001        *ZZ*CLRPT99        *240506*1412*^*00501*000001207*0*P*:~
GS*HC*CBHV001*CLRPT99*20240506*1412*1207*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*CBH1207*20240506*1412*CH~
NM1*85*2*CEDAR BASIN HEART AND VASCULAR*****XX*1093817265~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*NAKAMURA*KENJI*T***MI*1EG4TE5MK73~
N3*309 BIRCHMONT AVE~
N4*MILLBROOK*OH*44321~
DMG*D8*19490817*M~
NM1*PR*2*MEDICARE PART B*****PI*15202~
CLM*CBH240502-88*4215.00***11:B:1*Y*A*Y*Y~
HI*ABK:I2510*ABF:I208*ABF:E785~
LX*1~
SV1*HC:93458:26*1850.00*UN*1***1~
DTP*472*D8*20240502~
LX*2~
SV1*HC:92928:LD*2365.00*UN*1***1~
DTP*472*D8*20240502~
SE*19*0001~

Thanks,
Bettina Sorrells
Billing Supervisor, Cedar Basin Heart & Vascular
""")

add("phi", "struct", "Oyelaran",
    "Bettina Sorrells <bsorrells@cedarbasinheart.org>",
    "Keystone Mutual Provider Services <providerservices@keystonemutualhp.com>",
    "835 denial CARC 50 on TTE - request for reconsideration",
    "Wed, 15 May 2024 15:17:49 -0400",
    """Provider Services,

We received the following on ERA check/EFT 7009218834 dated 05/10/2024. The
echo was ordered for a new murmur and shortness of breath on exertion, which is
squarely within your policy. Please reprocess or tell me what documentation you
need.

CLP*CB24041877*4*1240.00*0*0*12*KM2404188812345~
CAS*CO*50*1240.00~
NM1*QC*1*OYELARAN*FOLASADE*A***MI*XGH771209845~
NM1*82*2*CEDAR BASIN HEART AND VASCULAR*****XX*1093817265~
DTM*232*20240411~
SVC*HC:93306*1240.00*0**1~
DTM*472*20240411~
CAS*CO*50*1240.00~
LQ*HE*N386~

Thank you,
Bettina Sorrells | Billing Supervisor
Cedar Basin Heart & Vascular | TIN on file | 555-0179
""" + DISC)

add("phi", "struct", "Abercrombie",
    "Front Desk Crestview <frontdesk.crestview@cedarbasinheart.org>",
    "Billing <billing@cedarbasinheart.org>",
    "271 says inactive?? nuc pt tomorrow 7am",
    "Mon, 20 May 2024 15:55:22 -0400",
    """this came back for tomorrow's 7am nuc stress pt, says terminated 4/30 but she
swears she has the card and it's good. can someone check before 7 or we have to
have her sign the self pay waiver. she's driving in from an hour away

ST*271*4321*005010X279A1~
BHT*0022*11*10001234*20240520*1550~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH PLAN*****PI*KMH01~
HL*2*1*21*1~
NM1*1P*2*CEDAR BASIN HEART AND VASCULAR*****XX*1093817265~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*ABERCROMBIE*DELPHINE*L***MI*XGH530018826~
N3*16 OLD MILL RD~
N4*ASHVILLE*OH*43103~
DMG*D8*19620409*F~
DTP*346*D8*20230101~
EB*6**30~
DTP*347*D8*20240430~
MSG*COVERAGE TERMINATED - CONTACT EMPLOYER GROUP~
SE*16*4321~

- Patrice, front desk
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:6c1f0d8e-2b7a-4f55-9d0e-3a1c7e5f9b20",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9917.1", "value": "2750418"}
        ],
        "name": [{"family": "Lindahl", "given": ["Gunnar", "E"]}],
        "gender": "male",
        "birthDate": "1946-10-05",
        "telecom": [{"system": "phone", "value": "330-555-0125", "use": "mobile"}],
        "address": [{"line": ["412 Pemberton Way"], "city": "Millbrook", "state": "OH", "postalCode": "44321"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "fullUrl": "urn:uuid:a9e44b10-71c3-4e0b-8d2f-1f6b2c9d4e11",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "6301-6", "display": "INR in Platelet poor plasma by Coagulation assay"}]},
        "subject": {"reference": "urn:uuid:6c1f0d8e-2b7a-4f55-9d0e-3a1c7e5f9b20"},
        "effectiveDateTime": "2024-05-14T09:12:00-04:00",
        "valueQuantity": {"value": 2.7, "unit": "{INR}"},
        "note": [{"text": "home meter, pt self-test"}]
      },
      "request": {"method": "POST", "url": "Observation"}
    },
    {
      "fullUrl": "urn:uuid:0d7e2c55-93aa-4a8b-b6f1-5e2d8c1a7f03",
      "resource": {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": "warfarin 5 mg tablet - 5 mg daily exc 7.5 mg Sun"},
        "subject": {"reference": "urn:uuid:6c1f0d8e-2b7a-4f55-9d0e-3a1c7e5f9b20"}
      },
      "request": {"method": "POST", "url": "MedicationStatement"}
    }
  ]
}
"""

add("phi", "struct", "Lindahl",
    "Ray Okada <rokada@cedarbasinheart.org>",
    "CoagTrack Developer Support <devsupport@coagtrack.io>",
    "FHIR bundle failing validation on /Observation - sample",
    "Wed, 15 May 2024 11:48:06 -0400",
    """Hi,

Attached is one of the bundles our EHR is sending to CoagTrack for the home
INR pilot. Your endpoint returns 422 on Observation.valueQuantity (we think
it's the "{INR}" unit). This patient is enrolled in the pilot, but please
delete the file once you've tested.

Ray Okada
Clinical Systems / Interfaces, Cedar Basin Heart & Vascular
""", atts=[("bundle_2750418_20240514.json", "application/fhir+json", _fhir.encode("utf-8"))])

add("phi", "struct", "Beaumont-Leclerc",
    "Tracy Galvin <tgalvin@riverbendfm.com>",
    "Kristin Yoder <kyoder@cedarbasinheart.org>",
    "med list mismatch - Augustin Beaumont-Leclerc",
    "Thu, 09 May 2024 14:33:50 -0400",
    """Hi Kristin,

Our CCD import from your office shows his metoprolol as tartrate 25 mg BID but
your last note says succinate 100 daily. Which is right? Here's the part of the
CCD our system pulled in:

<recordTarget>
  <patientRole>
    <id extension="RFM-00318842" root="2.16.840.1.113883.19.5.99999.2"/>
    <addr use="HP">
      <streetAddressLine>52 Quarry Hill Rd</streetAddressLine>
      <city>Riverbend</city><state>OH</state><postalCode>44702</postalCode>
    </addr>
    <telecom value="tel:+1-330-555-0149" use="HP"/>
    <patient>
      <name use="L"><given>Augustin</given><family>Beaumont-Leclerc</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19530129"/>
    </patient>
  </patientRole>
</recordTarget>
...
<substanceAdministration classCode="SBADM" moodCode="INT">
  <text>metoprolol tartrate 25 MG Oral Tablet, 1 tab by mouth twice daily</text>
  <effectiveTime xsi:type="IVL_TS"><low value="20231114"/></effectiveTime>
  <consumable><manufacturedProduct><manufacturedMaterial>
    <code code="866924" codeSystem="2.16.840.1.113883.6.88" displayName="metoprolol tartrate 25 MG Oral Tablet"/>
  </manufacturedMaterial></manufacturedProduct></consumable>
</substanceAdministration>

He's coming in Monday for his annual and I want the list right.

Tracy Galvin, LPN
Riverbend Family Medicine
""")

# ---------------------------------------------------------------------------
# PHI / lang
# ---------------------------------------------------------------------------

add("phi", "lang", "Quintanilla",
    "Marisela Quintanilla <mquintanilla77@gmail.com>",
    "Anticoag Clinic <anticoag@cedarbasinheart.org>",
    "Pregunta sobre la warfarina de mi mamá",
    "Wed, 22 May 2024 18:25:14 -0400",
    """Buenas tardes,

Le escribo por mi mamá, Rosa Elvira Quintanilla (fecha de nacimiento
14/05/1946). Ayer en la clínica de anticoagulación le salió el INR en 4.1 y la
enfermera le dijo que no tomara la pastilla anoche. Hoy tiene un moretón grande
en el brazo y le sangró la encía al cepillarse los dientes. ¿Debe ir a
urgencias o puede esperar?

También el dentista le recetó amoxicilina por una muela, ¿eso le afecta al
INR?

Mi número es (216) 555-0147, ella no tiene correo.

Muchas gracias,
Marisela
""")

add("phi", "lang", "Amaral",
    "José Carlos Amaral <jcamaral@hotmail.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "Revisão do marcapasso",
    "Thu, 16 May 2024 06:40:09 -0300",
    """Bom dia,

Meu nome é José Carlos Amaral, nascido em 23/09/1950. Coloquei o marcapasso em
janeiro com a Dra. Marchbanks. Recebi uma carta dizendo que preciso fazer a
revisão do aparelho em junho, mas estou no Brasil (Fortaleza) até agosto.
Posso fazer a verificação pelo monitor remoto de casa? Trouxe o aparelho
comigo mas a luz está amarela.

Também tenho sentido um pouco de tontura quando levanto rápido da cama.

Obrigado,
José Carlos
""")

add("phi", "lang", "Trần Văn Phúc",
    "Trần Văn Long <tvlong.family@gmail.com>",
    "Scheduling <scheduling@cedarbasinheart.org>",
    "Lịch hẹn siêu âm tim gắng sức của ba tôi",
    "Fri, 24 May 2024 20:17:33 -0400",
    """Chào phòng khám,

Tôi là con trai của ông Trần Văn Phúc (ngày sinh 02/01/1941). Ba tôi có hẹn
siêu âm tim gắng sức vào thứ Ba ngày 28/5 lúc 9 giờ sáng với bác sĩ Saeed. Ba
tôi đang uống metoprolol 25mg mỗi sáng, có cần ngưng thuốc trước khi làm không?

Ông cũng bị đau đầu gối nên đi bộ trên máy chạy bộ rất khó. Có thể làm bằng
thuốc thay vì chạy bộ được không?

Xin cảm ơn,
Long
(số điện thoại 469-555-0152)
""", cte="quoted-printable")

add("phi", "lang", "Pierre-Louis",
    "Marie-Ange Pierre-Louis <mapierrelouis@yahoo.com>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Kesyon sou medikaman pou san an (Eliquis)",
    "Mon, 27 May 2024 10:04:51 -0400",
    """Bonjou Doktè,

Se Marie-Ange Pierre-Louis, mwen se pasyan Dr. Saeed. Dat nesans mwen se
12/03/1959. Dantis la di m fò m sispann Eliquis la 2 jou anvan yo rache dan m
nan jedi 30 me. Èske sa bon? Mwen te mete yon stent nan kè m nan mwa oktòb.
Mwen pa vle gen pwoblèm.

M ap tann repons nou.
Mèsi anpil,
Marie-Ange
Tel: 617-555-0188
""")

add("phi", "lang", "Соколовская",
    "Людмила Соколовская <l.sokolovskaya52@gmail.com>",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Результаты эхокардиографии",
    "Tue, 14 May 2024 12:08:27 -0400",
    """Здравствуйте, доктор Саид,

Меня зовут Людмила Петровна Соколовская, дата рождения 17.08.1952. 10 мая мне
сделали эхокардиографию в вашем отделении. В портале написано «умеренный
аортальный стеноз», площадь клапана 1,2 см². Мне ещё никто не звонил. Это
опасно? Нужна ли мне операция?

Сейчас принимаю бисопролол 5 мг и аторвастатин 20 мг. Иногда при подъёме по
лестнице бывает одышка.

Можно ли записаться на приём раньше, чем 25 июня?

С уважением,
Людмила Соколовская
""", cte="base64")

add("phi", "lang", "Mansour",
    "Khalid Mansour <k.mansour1968@gmail.com>",
    "Cath Lab Scheduling <cathlab@cedarbasinheart.org>",
    "موعد القسطرة القلبية يوم الاثنين",
    "Fri, 17 May 2024 19:44:02 -0400",
    """السلام عليكم،

أنا خالد منصور، تاريخ الميلاد ١٩٦٨/٣/٧. لدي موعد قسطرة قلبية مع الدكتور فريد
سعيد يوم الاثنين ٢٠ مايو الساعة ٧:٣٠ صباحاً.
هل يجب أن أتوقف عن دواء الميتفورمين قبل القسطرة؟ وهل أحتاج إلى شخص يوصلني إلى
البيت بعد الإجراء؟ زوجتي لا تقود السيارة.

شكراً جزيلاً،
خالد
رقم الهاتف: 313-555-0162
""")

add("phi", "lang", "周建国",
    "Lily Zhou <lilyzhou.home@gmail.com>",
    "Cardiac Rehab <rehab@cedarbasinheart.org>",
    "关于我父亲心脏康复的问题",
    "Thu, 23 May 2024 21:30:45 -0400",
    """您好，

我是周建国的女儿周丽。我父亲（出生日期：1947年11月3日）上个月做了心脏搭桥手术，
现在每周一、三、五在你们中心做心脏康复。他说上周三运动的时候胸口有点闷，护士给他
量了血压是165/95。他现在吃的药有阿司匹林、美托洛尔和阿托伐他汀。

请问他需要调整药物吗？另外，他不太会说英语，下次能不能安排中文翻译？

谢谢！
周丽
电话：646-555-0193
""", cte="base64")

add("phi", "lang", "Bautista",
    "Ma. Cristina Dizon <cdizon@cedarbasinheart.org>",
    "Jovelyn Reyes <jreyes@cedarbasinheart.org>",
    "si Mrs. Bautista sa rehab",
    "Wed, 22 May 2024 08:26:19 -0400",
    """Jov, pakisabi kay Luis na si Mrs. Corazon Bautista (yung naka-wheelchair,
Tues/Thurs 10am) ay hindi makakapunta sa rehab ngayong linggo. Na-admit siya
kahapon sa St. Brigid's, bumaba daw BP niya at nahilo pagkatapos simulan yung
bagong gamot (Entresto). Tumawag yung anak niya kaninang umaga.

Pakicancel na lang lahat ng sessions niya hanggang next week at i-note sa chart.
Salamat!

Tin
""")

# ---------------------------------------------------------------------------
# CLEAN / admin
# ---------------------------------------------------------------------------

add("clean", "admin", "",
    "CBHV IT Service Desk <itservicedesk@cedarbasinheart.org>",
    "All Staff <allstaff@cedarbasinheart.org>",
    "[Planned Downtime] CardioStream ECG + EchoVault - Sat 5/18 23:00-03:00 (CHG0031877)",
    "Wed, 15 May 2024 14:00:00 -0400",
    """PLANNED DOWNTIME NOTICE

Change:      CHG0031877
Systems:     CardioStream ECG management, EchoVault reporting (all sites)
Window:      Saturday 5/18/2024 23:00 - Sunday 5/19/2024 03:00
Impact:      ECGs will not transmit to the EHR; echo reports cannot be signed

During the window:
  - Print ECGs from the carts and scan them once systems are back up
  - St. Brigid's on-call fellow: use the downtime ECG binder in the CCU
  - Echo: do not start a final report during the window

Questions: Ray Okada x2290, or the on-call analyst at 555-0199.
Related incidents INC0048213 and INC0048240 will be closed after the upgrade.

Thank you,
IT Service Desk
""",
    html="""<html><body style="font-family:Segoe UI,Arial">
<h3 style="color:#b00000">PLANNED DOWNTIME NOTICE</h3>
<table cellpadding="3"><tr><td><b>Change</b></td><td>CHG0031877</td></tr>
<tr><td><b>Systems</b></td><td>CardioStream ECG management, EchoVault reporting (all sites)</td></tr>
<tr><td><b>Window</b></td><td>Saturday 5/18/2024 23:00 - Sunday 5/19/2024 03:00</td></tr>
<tr><td><b>Impact</b></td><td>ECGs will not transmit to the EHR; echo reports cannot be signed</td></tr></table>
<ul><li>Print ECGs from the carts and scan them once systems are back up</li>
<li>St. Brigid's on-call fellow: use the downtime ECG binder in the CCU</li>
<li>Echo: do not start a final report during the window</li></ul>
<p>Questions: Ray Okada x2290, or the on-call analyst at 555-0199.<br>
Related incidents INC0048213 and INC0048240 will be closed after the upgrade.</p>
<p>Thank you,<br>IT Service Desk</p></body></html>""")

add("clean", "admin", "",
    "Dana Whitford <dwhitford@cedarbasinheart.org>",
    "Clinical Staff <clinicalstaff@cedarbasinheart.org>",
    "ACLS / BLS renewals due by June 30",
    "Mon, 06 May 2024 09:15:36 -0400",
    """Hi all,

Per our records the following certifications expire before 6/30. Please
register for one of the in-house classes (Conf Rm B, sign up on the HR
SharePoint) or send me your card if you renewed elsewhere.

  Emp #    Name                 Cert   Expires
  10482    Greaves, Tamsin      ACLS   06/30/2024
  10517    Lund, Annika         BLS    06/12/2024
  10633    Tillery, Marcus      BLS    06/21/2024
  10702    Koenig, Deborah      BLS    06/04/2024
  10811    Carranza, Luis       ACLS   06/28/2024
  10845    Brandt, Kayla        BLS    06/15/2024

Class dates: 5/29 (BLS, 8-12), 6/5 (ACLS day 1), 6/6 (ACLS day 2).
Lapsed certs = off the schedule until renewed, no exceptions this year.

Dana Whitford, SHRM-CP
Human Resources | x2100
""")

add("clean", "admin", "",
    "Accounts Receivable <ar@meridianhealthbilling.com>",
    "Accounts Payable <ap@cedarbasinheart.org>",
    "Invoice INV-2024-04417 - 30 days past due",
    "Thu, 02 May 2024 10:00:12 -0500",
    """Dear Customer,

Our records show the following invoice remains unpaid.

  Customer account:   CBHV-00731
  Invoice:            INV-2024-04417
  Invoice date:       03/31/2024
  PO number:          PO-24-0188
  Description:        Patient statement processing, March 2024
                      4,812 statements @ $0.42          $2,021.04
                      Electronic claims, 3,377 @ $0.19    $641.63
                      Eligibility transactions (270/271)  $210.00
  Total due:          $2,872.67

Please remit to Meridian Health Billing Systems, PO Box 4471, Columbus OH
43216, or pay online with your customer account number. If payment has
already been sent, please disregard this notice.

Meridian Health Billing Systems - Accounts Receivable
1-877-555-0143
""")

add("clean", "admin", "",
    "Rick Mahaffey <rmahaffey@cedarbasinheart.org>",
    "Cath Lab Staff <cathlab-staff@cedarbasinheart.org>",
    "Cath Lab Rm 2 HVAC work - room offline Thurs 5/23",
    "Fri, 17 May 2024 11:26:41 -0400",
    """All,

Tri-County Mechanical will be replacing the humidifier on AHU-4 Thursday 5/23.
Procedure Room 2 will be offline from 0600 until they re-certify the air
changes, probably mid-afternoon. Room 1 and the EP lab are not affected.

Work order WO-88213. Contractor lead is Dale Kuchar, cell 555-0117. Please
keep the sterile core doors closed, they'll be running ductwork through the
ceiling above the supply room.

Tamsin, I already told scheduling to move Rm 2 cases.

Rick Mahaffey
Facilities Manager | x2150 | on-call 555-0112
""")

add("clean", "admin", "",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "Echo Lab <echolab@cedarbasinheart.org>",
    "June echo call schedule (FINAL)",
    "Thu, 23 May 2024 17:02:09 -0400",
    """Final June call. Trades go through me, not the scheduler, pls.

Date        Primary           Backup
06/01 Sat   Kayla Brandt      Omar Siddiqui
06/02 Sun   Kayla Brandt      Omar Siddiqui
06/08 Sat   Heather Lum       Marcus Tillery
06/09 Sun   Heather Lum       Marcus Tillery
06/15 Sat   Omar Siddiqui     Kayla Brandt
06/16 Sun   Omar Siddiqui     Kayla Brandt
06/22 Sat   Marcus Tillery    Heather Lum
06/23 Sun   Marcus Tillery    Heather Lum
06/29 Sat   Kayla Brandt      Heather Lum
06/30 Sun   Kayla Brandt      Heather Lum

Cells: Kayla 555-0121, Omar 555-0122, Heather 555-0123, me 555-0124.
Weeknight call stays the same (Mon/Wed Omar, Tue/Thu Heather, Fri Kayla).

Marcus
""")

add("clean", "admin", "",
    "Sharon Voight <svoight@cedarbasinheart.org>",
    "Medical Staff Office <medstaff@stbrigidrmc.org>",
    "Privileges application - Priya Raman, MD (start 7/1)",
    "Tue, 14 May 2024 13:44:58 -0400",
    """Hello,

Please find Dr. Raman's remaining items for her St. Brigid's application below.
She joins us July 1 as a non-invasive / imaging cardiologist and will read
echoes and nuclear studies at St. Brigid's.

  Name:            Priya Raman, MD
  NPI:             1629304417
  Ohio license:    35.142288
  DEA:             copy attached to the CAQH profile (CAQH ID 15882039)
  Board cert:      ABIM Cardiovascular Disease, 2023
  Fellowship:      completed June 2024
  Requested:       Echo/TEE, nuclear cardiology, moderate sedation

Peer references were sent directly by her program director. Let me know if
the committee needs anything else before the 6/11 meeting.

Thanks,
Sharon Voight
Credentialing Coordinator
Cedar Basin Heart & Vascular | x2107
""" + DISC)

add("clean", "admin", "",
    "Corinne Vasquez <cvasquez@aortica-rhythm.com>",
    "Annika Lund <alund@cedarbasinheart.org>",
    "In-service: Solace programmer software 4.2 - lunch provided",
    "Mon, 20 May 2024 16:30:27 -0500",
    """Hi Annika,

Confirming the in-service for the new programmer software (v4.2) on Wednesday
5/29, 12:00-1:00 in Conference Room B. I'll bring lunch from Panera for up to
15 people and two demo programmers. Topics: new remote-follow-up scheduling,
the updated AF burden report, and MRI mode workflow.

Nurses and techs can get 1.0 contact hour (IBHRE-approved). Sign-in sheet
required for credit.

Cell if anything changes: 555-0138.

Corinne Vasquez
Clinical Specialist, Aortica Rhythm Management
""")

# ---------------------------------------------------------------------------
# CLEAN / lookalike
# ---------------------------------------------------------------------------

add("clean", "lookalike", "",
    "IronOak Fitness <hello@ironoakfitness.com>",
    "Tamsin Greaves <tgreaves@cedarbasinheart.org>",
    "Tamsin, your membership renews June 1 + new Heart Rate Zone classes",
    "Sat, 18 May 2024 08:00:00 -0400",
    """Hi Tamsin,

Member #: 88231-0
Plan: All-Access Monthly ($49.00)
Renews: 06/01/2024

NEW THIS SUMMER: Heart Rate Zone Training
Wear a chest strap, watch your zones on the big screen, and get a post-class
report. Tue/Thu 6:00 AM and Sat 9:00 AM with coach Dre. Every member gets one
free body composition scan and fitness assessment — book at the front desk.

Cardio floor note: treadmills 1-6 are out for belt replacement June 3-5.

Want to freeze your membership? Reply FREEZE or call 555-0166.

IronOak Fitness - Millbrook
Unsubscribe | Manage preferences
""",
    html="""<html><body style="background:#111;color:#eee;font-family:Arial">
<h2 style="color:#f60">Hi Tamsin,</h2>
<p>Member #: <b>88231-0</b><br>Plan: All-Access Monthly ($49.00)<br>Renews: 06/01/2024</p>
<h3>NEW THIS SUMMER: Heart Rate Zone Training</h3>
<p>Wear a chest strap, watch your zones on the big screen, and get a post-class report. Tue/Thu 6:00 AM and Sat 9:00 AM with coach Dre.
Every member gets one free body composition scan and fitness assessment &mdash; book at the front desk.</p>
<p><i>Cardio floor note: treadmills 1-6 are out for belt replacement June 3-5.</i></p>
<p>Want to freeze your membership? Reply FREEZE or call 555-0166.</p>
<p style="font-size:9px">IronOak Fitness - Millbrook | Unsubscribe | Manage preferences</p></body></html>""")

add("clean", "lookalike", "",
    "Annika Lund <alund@cedarbasinheart.org>",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "FW: Echocardiogram results for Biscuit",
    "Tue, 21 May 2024 12:41:33 -0400",
    """lol my dog's echo report is nicer looking than ours. should we steal their
template?

-----Original Message-----
From: Lakeside Veterinary Cardiology <records@lakesidevetcardio.com>
Sent: Tuesday, May 21, 2024 11:02 AM
To: Annika Lund <annika.lund@gmail.com>
Subject: Echocardiogram results for Biscuit

Client: Annika Lund          Client #: C-40918
Patient: Biscuit Lund        Patient ID: P-20931
Species/Breed: Canine / Cavalier King Charles Spaniel, 7 yr, MN, 8.4 kg

Findings: Myxomatous mitral valve disease with moderate mitral
regurgitation. Left atrium to aorta ratio 1.7 (mildly enlarged). LV
internal diameter normalized 1.8. No pulmonary hypertension.
ACVIM stage B2.

Recommendations: Start pimobendan 2.5 mg by mouth twice daily. Recheck
echocardiogram in 6 months. Monitor sleeping respiratory rate at home; call
if consistently above 40 breaths/min.

Dr. Kelsey Amundsen, DVM, DACVIM (Cardiology)
Lakeside Veterinary Cardiology | 555-0148
""")

add("clean", "lookalike", "",
    "Tri-Valley Federal Credit Union <alerts@trivalleyfcu.org>",
    "Luis Carranza <lcarranza@cedarbasinheart.org>",
    "Your HSA contribution and auto loan payment were received",
    "Wed, 15 May 2024 06:15:44 -0500",
    """Hello LUIS,

We received the following for member # ****8827:

  Auto loan ...3310       payment $412.56      posted 05/15/2024
  Health Savings Acct     payroll deposit $150.00   posted 05/15/2024
  HSA balance:            $3,906.12

Your 2024 HSA contributions to date: $1,500.00 of the $4,150.00 limit.

Questions? Call member services at 1-800-555-0109, Mon-Fri 8-6.
Tri-Valley FCU will never ask for your PIN or password by email.

Federally insured by NCUA.
""")

add("clean", "lookalike", "",
    "SkyMeridian Airlines <itinerary@skymeridian-air.com>",
    "Helen Marchbanks <hmarchbanks@cedarbasinheart.org>",
    "Your trip confirmation: QX7H2M - Cleveland to Boston",
    "Thu, 09 May 2024 22:47:16 -0400",
    """Thanks for flying SkyMeridian.

Confirmation code: QX7H2M

Passenger                     SkyPoints #     Seat
MARCHBANKS/HELEN MS           SM 418 220 907  14C
LUND/ANNIKA MS                SM 702 551 386  14D

Thu 06/13  SM 1182  CLE 07:05 -> BOS 08:59   Main Cabin
Sun 06/16  SM 1185  BOS 18:20 -> CLE 20:31   Main Cabin

Ticket numbers: 4402118830917, 4402118830918
Total charged to Visa ending 4410: $782.40

Need special assistance, a wheelchair, or to travel with medical equipment
or oxygen? Manage your trip at least 48 hours before departure.

Baggage: 1 personal item + 1 carry-on included.
""")

add("clean", "lookalike", "",
    "Gateway Auto Insurance Claims <claims@gatewayautoins.com>",
    "Bettina Sorrells <bsorrells@cedarbasinheart.org>",
    "Claim 0417-22-8891-A: appraisal scheduled",
    "Mon, 13 May 2024 09:30:02 -0400",
    """Dear Bettina Sorrells,

Thank you for reporting your loss. Details:

  Claim number:     0417-22-8891-A
  Policy number:    GAI-OH-5528104
  Date of loss:     05/10/2024
  Vehicle:          2019 Honda CR-V, VIN ending 41775
  Loss type:        Collision - parking lot, rear bumper
  Injuries:         None reported

An appraiser will inspect the vehicle on 05/15/2024 between 1 and 3 PM at
1800 Crestline Pkwy (your work address). Your deductible is $500.

Your adjuster is Tom Brezinski, 555-0161, ext 4. Please have your
registration and photos ready.

Gateway Auto Insurance
""")

add("clean", "lookalike", "",
    "Hollow Creek Tree Care <office@hollowcreektree.com>",
    "Oluwaseun Adebayo <seun.adebayo@gmail.com>",
    "Estimate #2291 - red oak, back yard",
    "Fri, 10 May 2024 15:52:20 -0400",
    """Hi Dr. Adebayo,

Thanks for having us out Wednesday. Here's what Mike (ISA certified arborist
OH-6672A) found on the big red oak:

 - Crown dieback on the north side, about 25% of the canopy
 - Heart rot in the main trunk at ~6 ft (sounding + resistograph), roughly
   35% of the cross-section
 - Girdling root on the west side cutting off flow to that side
 - Fungal conks at the base (likely Inonotus), sign of advanced decay

Prognosis: the tree is in decline but not an immediate hazard. Options:

 1. Crown reduction + root collar excavation + girdling root removal  $1,850
 2. Trunk injection (phosphite) annually x 3 yrs                     $420/yr
 3. Removal and stump grinding                                       $3,400

We'd recommend 1 + 2 and re-evaluate in a year. Let us know and we'll get you
on the schedule; we're booking about 3 weeks out.

Jen Kowalski
Hollow Creek Tree Care | 555-0131
""")

add("clean", "lookalike", "",
    "Ray Okada <rokada@cedarbasinheart.org>",
    "IT Infrastructure <it-infra@cedarbasinheart.org>",
    "pacemaker cluster on pacs-db fenced node2 overnight",
    "Sun, 19 May 2024 06:58:11 -0400",
    """FYI - the pacemaker/corosync cluster on the PACS database pair lost heartbeat
to pacs-db02 at 02:47 and STONITH fenced it. Resources failed over to
pacs-db01 cleanly, no downtime reported by the echo lab.

crm_mon output this morning:

  Cluster Summary:
    * Stack: corosync
    * Current DC: pacs-db01 (version 2.1.6) - partition with quorum
    * 2 nodes configured, 5 resource instances configured
  Node List:
    * Online: [ pacs-db01 ]
    * OFFLINE: [ pacs-db02 ]
  Full List of Resources:
    * fence_ipmi_db02  (stonith:fence_ipmilan):  Started pacs-db01
    * Resource Group: g_pgsql:
      * p_vip     (ocf:heartbeat:IPaddr2):   Started pacs-db01
      * p_pgsql   (ocf:heartbeat:pgsql):     Started pacs-db01

Looks like the bonded NIC flapped (kernel log shows link down on eno2). I'll
bring db02 back, resync and do a controlled failback Tuesday night. Opened
INC0048377.

Ray
""")

# ---------------------------------------------------------------------------
# CLEAN / news
# ---------------------------------------------------------------------------

add("clean", "news", "",
    "The Beat <newsletter@cedarbasinheart.org>",
    "All Staff <allstaff@cedarbasinheart.org>",
    "The Beat - Spring 2024: second cath lab, new faces, and a 500th graduate",
    "Wed, 01 May 2024 07:00:00 -0400",
    """THE BEAT  |  Cedar Basin Heart & Vascular staff newsletter  |  Spring 2024

SECOND CATH LAB OPENS JUNE 17
After 14 months of construction, Procedure Room 3 opens June 17 with a
biplane system. Expect ~20% more lab capacity and shorter waits for elective
PCI and peripheral cases. Ribbon cutting 6/14 at noon - cake!

WELCOME DR. PRIYA RAMAN
Dr. Raman joins us July 1 from her imaging fellowship and will lead our
cardiac MRI program with Dr. Saeed.

CARDIAC REHAB HITS 500
Our phase II program graduated its 500th participant this spring. Average
gain in exercise capacity for the class of 2023 was 2.1 METs. Thanks to Luis,
Tin and Jovelyn!

ANTICOAG CLINIC MOVES TO CRESTVIEW SUITE 110 (June 3)
Same phone number, same hours.

RECIPE: lemon-herb salmon with farro (low sodium, 380 mg per serving)

Questions or ideas for the next issue: newsletter@cedarbasinheart.org
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#9b1c31">THE BEAT</h1><p><i>Cedar Basin Heart &amp; Vascular staff newsletter &middot; Spring 2024</i></p>
<h2>Second cath lab opens June 17</h2>
<p>After 14 months of construction, Procedure Room 3 opens June 17 with a biplane system. Expect ~20% more lab capacity and shorter waits for elective PCI and peripheral cases. Ribbon cutting 6/14 at noon &ndash; cake!</p>
<h2>Welcome Dr. Priya Raman</h2>
<p>Dr. Raman joins us July 1 from her imaging fellowship and will lead our cardiac MRI program with Dr. Saeed.</p>
<h2>Cardiac rehab hits 500</h2>
<p>Our phase II program graduated its 500th participant this spring. Average gain in exercise capacity for the class of 2023 was 2.1 METs. Thanks to Luis, Tin and Jovelyn!</p>
<h2>Anticoag clinic moves to Crestview Suite 110 (June 3)</h2><p>Same phone number, same hours.</p>
<h3>Recipe: lemon-herb salmon with farro</h3><p>Low sodium, 380 mg per serving.</p>
<p style="font-size:small">Questions or ideas for the next issue: newsletter@cedarbasinheart.org</p>
</body></html>""")

add("clean", "news", "",
    "Harlan County Health Department <bulletins@harlancountyhealth.gov>",
    "Community Partners <partners-list@harlancountyhealth.gov>",
    "Health Bulletin 2024-09: Hypertension control in Harlan County, 2023",
    "Tue, 07 May 2024 10:30:00 -0400",
    """HARLAN COUNTY HEALTH DEPARTMENT - HEALTH BULLETIN 2024-09
May is National High Blood Pressure Education Month

Key findings from the 2023 county risk factor survey (n = 2,418 adults):

  - 34.7% of adults reported ever being told they have high blood pressure
    (state: 32.9%)
  - Among those, 61% reported taking medication; 48% reported their blood
    pressure was "under control" at last check
  - Prevalence by age: 18-44 14.2%; 45-64 38.8%; 65+ 62.1%
  - Highest prevalence in zip codes 44321 and 44890 (41% and 39%)
  - Cardiovascular disease deaths, 2022: 312 (age-adjusted rate 188.4 per
    100,000), 4th highest of 12 counties in the region

Free BP screenings: Millbrook Public Library, Saturdays in May 10-1.
Partners can order "Know Your Numbers" cuffs-and-cards kits at no cost.

Data notes: survey weighted to 2020 Census. Small cells (<20) suppressed.
Contact: Epidemiology Unit, 555-0100.
""")

add("clean", "news", "",
    "Medilume CRM Field Safety <fieldsafety@medilume-crm.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "URGENT: Medical Device Correction - Tenura 5086 pacing lead, model-wide advisory",
    "Thu, 16 May 2024 12:00:00 -0500",
    """URGENT: MEDICAL DEVICE CORRECTION
Medilume Tenura(TM) Active Fixation Pacing Lead, Model 5086
Serial numbers TNR5086-200001 through TNR5086-241500

Dear Physician / Device Clinic Manager,

Medilume is informing clinicians of a potential for conductor fracture near
the connector pin in a subset of Tenura 5086 leads manufactured between
March 2021 and August 2022. The observed rate is 0.31% at 24 months
(confidence interval 0.22-0.43%). No deaths have been reported; 4 serious
injuries were reported worldwide.

Recommendations:
  - Do NOT prophylactically replace leads.
  - Enable the lead integrity alert on remote monitoring for all affected
    patients (software update 11.3 pushes this automatically).
  - For pacemaker-dependent patients, consider follow-up every 3 months.

Your clinic's list of affected serial numbers is available in LumeLink under
Reports > Advisories. This letter has been sent to the FDA.

Medilume CRM Field Safety | 1-800-555-0120
""")

add("clean", "news", "",
    "St. Brigid Pharmacy & Therapeutics <pt-committee@stbrigidrmc.org>",
    "Medical Staff <medicalstaff@stbrigidrmc.org>",
    "Drug shortage update: IV diltiazem and dofetilide 250 mcg",
    "Mon, 20 May 2024 08:10:00 -0400",
    """DRUG SHORTAGE UPDATE - 5/20/2024

1) Diltiazem injection 5 mg/mL (25 mg and 125 mg vials)
   Supplier backorder until at least July. Effective immediately:
   - Bolus dosing: use the 25 mg vials only
   - Continuous infusions restricted to ICU/CCU; consider IV metoprolol or
     amiodarone first line for rate control on the floors
   - Pharmacy will auto-substitute per the P&T approved protocol

2) Dofetilide 250 mcg capsules
   Intermittent shortage. 125 mcg capsules are available; inpatient
   initiation orders will be dispensed as 2 x 125 mcg. Outpatients should
   be told to call their retail pharmacy early.

3) Resolved: heparin 5,000 units/mL prefilled syringes are back in stock.

Questions: Clinical Pharmacy, x4410.
""")

add("clean", "news", "",
    "CardioBrief Weekly <digest@cardiobriefweekly.com>",
    "Farid Saeed <fsaeed@cedarbasinheart.org>",
    "CardioBrief Weekly #212: REDUCE-AF results, radial vs femoral in women, TAVR durability",
    "Sat, 18 May 2024 06:00:00 +0000",
    """CARDIOBRIEF WEEKLY  #212

1. REDUCE-AF (n = 4,210): early rhythm control within 12 months of diagnosis
   reduced the composite of CV death, stroke and HF hospitalization (HR 0.82,
   95% CI 0.71-0.94) over a median of 4.1 years. Bleeding similar.

2. WRAP-W registry: in 18,900 women undergoing PCI, radial access was
   associated with 41% fewer major bleeding events vs femoral.

3. Ten-year durability data from the NORTHVALVE cohort: structural valve
   deterioration in 6.8% of surgical vs 4.9% of transcatheter valves.

4. Guideline watch: draft update on perioperative anticoagulation
   management open for public comment until June 30.

You are receiving this because you subscribed at cardiobriefweekly.com.
Unsubscribe any time.
""")

add("clean", "news", "",
    "Quality Department <quality@stbrigidrmc.org>",
    "Cardiology Service Line <cv-serviceline@stbrigidrmc.org>",
    "Q1 2024 STEMI and cath lab quality dashboard",
    "Fri, 10 May 2024 13:00:00 -0400",
    """Q1 2024 (Jan-Mar) cardiology quality dashboard

STEMI
  Primary PCI cases                         38
  Median door-to-balloon (min)              61   (goal <= 90)
  % door-to-balloon <= 90 min               92%  (Q4 2023: 87%)
  Median first medical contact to device    84
  Transfers in, median DIDO (min)           47

Cath lab
  Diagnostic caths                         412
  PCIs                                     171
  Radial access rate                        78%
  Access-site bleeding requiring tx          0.6%
  Contrast-associated AKI (Cr rise >0.3)     3.2%
  Risk-adjusted in-hospital mortality, PCI   0.9 (O/E 0.84)

Thanks to the cath lab team and ED for the D2B improvement. Detailed
case-level review is available only in the peer review folder.

St. Brigid Quality Department
""")

# ---------------------------------------------------------------------------
# CLEAN / staff
# ---------------------------------------------------------------------------

add("clean", "staff", "",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Providers <providers@cedarbasinheart.org>",
    "draft: periprocedural anticoag / bridging protocol v3",
    "Wed, 08 May 2024 21:14:50 -0400",
    """All,

Attached is v3 of the bridging protocol, mostly Deb's work. Main changes:

- No bridging for AF on warfarin unless prior stroke within 3 months (per
  BRIDGE-type data); CHA2DS2-VASc alone is not an indication
- Mechanical mitral or older-generation AVR: still bridge with enoxaparin
  1 mg/kg q12h, last dose 24h pre-procedure
- DOACs: hold 1 day for low-bleed-risk, 2 days for high; 3-4 days for
  dabigatran with CrCl < 50
- Radial diagnostic caths: ok to continue warfarin if INR < 2.5

Please send comments by 5/17. Want to take it to the P&T committee in June.

Farid

Farid Saeed, MD, FACC, FSCAI
Interventional Cardiology
""", atts=[("bridging_protocol_v3_DRAFT.txt", "text/plain",
            "CEDAR BASIN HEART & VASCULAR\nPERIPROCEDURAL ANTICOAGULATION - DRAFT v3\n\n"
            "1. Scope: adult outpatients on warfarin or DOAC scheduled for elective procedures.\n"
            "2. Risk assessment: procedural bleeding risk (low / high) and thrombotic risk.\n"
            "3. Warfarin: hold 5 days; check INR day before; bridge only per table 2.\n"
            "4. DOAC hold times: table 3 (by agent and CrCl).\n"
            "5. Resumption: 24h after low-risk, 48-72h after high-risk procedures.\n"
            "Owner: Anticoagulation Clinic. Review: annually.\n")])

add("clean", "staff", "",
    "Arjun Mehta MD <amehta@cedarbasinheart.org>",
    "Dr. Lena Forsberg <lforsberg@lakeviewuniversityhealth.org>",
    "curbside - new LBBB after TAVR, PPM or wait?",
    "Thu, 16 May 2024 22:40:18 -0400",
    """Hi Dr. Forsberg,

Thanks again for the EP lecture last month. Quick curbside if you have a
minute - no identifiers, general question:

60s male, balloon-expandable TAVR, day 3, new LBBB with QRS going from 110 to
158. PR 210, no high-grade block on tele. Our EP group is split between
discharge with a 30-day monitor vs EP study before discharge. What's your
practice - do you use an HV cutoff (>70-75 ms?) to decide on a pacemaker?

Thanks,
Arjun Mehta, MD
Cardiology Fellow, Cedar Basin Heart & Vascular / St. Brigid
""")

add("clean", "staff", "",
    "Farid Saeed MD <fsaeed@cedarbasinheart.org>",
    "Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "RE: swap weekend 6/8?",
    "Mon, 13 May 2024 12:02:44 -0400",
    """yes that works. I'll take 6/8-6/9 STEMI call and you take 6/22-6/23.
I'll let Jolene and the St. Brigid operator know. thanks for covering the
graduation.

F

-----Original Message-----
From: Helen Marchbanks MD
Sent: Monday, May 13, 2024 11:20 AM
To: Farid Saeed MD
Subject: swap weekend 6/8?

Farid - any chance you'd swap 6/8 for 6/22? my daughter's graduation got
moved. I can do a weekday too if that helps.
H
""")

add("clean", "staff", "",
    "Kayla Brandt <kbrandt@cedarbasinheart.org>",
    "Marcus Tillery <mtillery@cedarbasinheart.org>",
    "definity when no RN in the lab?",
    "Tue, 21 May 2024 13:25:07 -0400",
    """Marcus - general question. At Crestview on Tuesdays there's no RN after 2pm.
Are sonographers allowed to give Definity if we have a standing order and
someone's ACLS certified in the building? The policy says "licensed personnel
under physician supervision" and I'm not sure if that covers us. Had to send
two people home last week without contrast and the studies were basically
non-diagnostic.

Also we're down to 6 vials at Crestview.

Kayla Brandt, RDCS (AE)
""")

add("clean", "staff", "",
    "Luis Carranza <lcarranza@cedarbasinheart.org>",
    "Jovelyn Reyes <jreyes@cedarbasinheart.org>, Ma. Cristina Dizon <cdizon@cedarbasinheart.org>",
    "9am tues/thurs group is too big",
    "Fri, 24 May 2024 14:48:36 -0400",
    """Tues 9am group had 14 people this week with just the two of us on the floor.
That's over our 1:5 ratio for telemetry monitored sessions and we couldn't keep
eyes on the monitors while also doing BPs.

Options:
  a) cap the 9am at 10 and open a 10:15 group
  b) move the phase III folks to the afternoon (they're off tele anyway)
  c) get a float RN from the clinic Tues/Thurs mornings

I like (b). Let me know what you think before I bring it up at staff
meeting Weds.

Luis
""")

add("clean", "staff", "",
    "Annika Lund <alund@cedarbasinheart.org>",
    "Providers <providers@cedarbasinheart.org>",
    "after-hours remote alerts - proposed workflow",
    "Thu, 09 May 2024 16:05:52 -0400",
    """Hi all,

Right now red alerts from LumeLink and CareBeacon that come in after 5pm sit
until the next morning unless the vendor calls the answering service. Proposal:

1. Both vendors route red alerts to the on-call fellow's pager (already
   possible, just needs a phone tree update).
2. Fellow reviews the EGM on the portal and calls the patient if there was a
   shock, VF, or a pause > 5 sec.
3. Everything else (AF burden, impedance trends, battery) waits for the device
   clinic in the morning.
4. Fellows get a 30 min portal training from Brent and Corinne in June.

Dr. Marchbanks is ok with this. Any objections by 5/20?

Annika Lund RN, CCDS
Device Clinic Coordinator
""")

add("clean", "staff", "",
    "Helen Marchbanks MD <hmarchbanks@cedarbasinheart.org>",
    "Providers <providers@cedarbasinheart.org>",
    "M&M Thursday 5/30 - access site bleeding",
    "Fri, 24 May 2024 09:10:15 -0400",
    """M&M is Thursday 5/30, 7am, Conf Rm B + Teams.

Case (de-identified): a woman in her 70s, low body weight, who had a femoral
diagnostic cath and developed a retroperitoneal bleed several hours later.
We'll walk through access choice, closure device, heparin dosing by weight,
and how quickly we recognized the hypotension.

Arjun is presenting. Please don't bring up names or MRNs in the chat - the
slides have been scrubbed.

Breakfast from Bagel Barn.

Helen
""")

# ---------------------------------------------------------------------------
# CLEAN / training
# ---------------------------------------------------------------------------

add("clean", "training", "",
    "Clinical Systems Training <ehrtraining@cedarbasinheart.org>",
    "New Hires - May <newhires-may@cedarbasinheart.org>",
    "EHR training - practice patients for Tuesday's session",
    "Fri, 17 May 2024 10:00:00 -0400",
    """Welcome! For Tuesday's hands-on session log into the TRAINING environment
(TRN, the orange banner) - never PROD.

Use only these practice patients:

  ZZTEST, CARDIO          MRN 999000001   DOB 01/01/1950
  ZZTEST, ANTICOAG        MRN 999000002   DOB 01/01/1960
  ZZTEST, DEVICECLINIC    MRN 999000003   DOB 01/01/1970

Exercises:
 1. Schedule ZZTEST, CARDIO for a TTE and check in the visit
 2. Enter an INR of 3.4 for ZZTEST, ANTICOAG and adjust the dosing calendar
 3. Import a sample device interrogation for ZZTEST, DEVICECLINIC

The training environment is wiped every Sunday night.

Clinical Systems Training Team | x2295
""")

add("clean", "training", "",
    "Brent Sadowski <bsadowski@medilume-crm.com>",
    "Device Clinic <deviceclinic@cedarbasinheart.org>",
    "LumeLink 5 demo - login + sample patients",
    "Tue, 21 May 2024 15:33:40 -0500",
    """Hi team,

Ahead of the LumeLink 5 walkthrough, here's the demo sandbox. It's loaded with
fictional patients only - nothing from your clinic.

  URL:      https://demo.lumelink-remote.com
  Clinic:   DEMO-CLINIC-07
  Login:    demo_cbhv / (I'll give you the password in person)

Sample patients in the sandbox:
  - John Doe (Vireo DR ICD) - shows a VT episode with ATP + shock
  - Jane Sample (Aria SR pacemaker) - battery at ERI
  - Test Patient Three (loop recorder) - pause and AF episodes

Try the new alert triage screen and the "mark reviewed" workflow. The demo
data resets nightly.

Brent Sadowski
Territory Manager, Medilume CRM | 555-0145
""",
    html="""<html><body><p>Hi team,</p><p>Ahead of the LumeLink 5 walkthrough, here's the demo sandbox. It's loaded with <b>fictional patients only</b> - nothing from your clinic.</p>
<ul><li>URL: https://demo.lumelink-remote.com</li><li>Clinic: DEMO-CLINIC-07</li><li>Login: demo_cbhv / (I'll give you the password in person)</li></ul>
<p>Sample patients in the sandbox:</p><ul>
<li><b>John Doe</b> (Vireo DR ICD) - shows a VT episode with ATP + shock</li>
<li><b>Jane Sample</b> (Aria SR pacemaker) - battery at ERI</li>
<li><b>Test Patient Three</b> (loop recorder) - pause and AF episodes</li></ul>
<p>Try the new alert triage screen and the "mark reviewed" workflow. The demo data resets nightly.</p>
<p>Brent Sadowski<br>Territory Manager, Medilume CRM | 555-0145</p></body></html>""")

add("clean", "training", "",
    "Deshawn Pryor <dpryor@cedarbasinheart.org>",
    "Interface Support <support@ingenium-interfaces.com>",
    "TEST env - sample ORUs for the EchoVault cutover",
    "Wed, 22 May 2024 11:17:26 -0400",
    """These are the test messages we'll push through TST on Thursday. All
synthetic, TEST patients only, processing ID = T.

MSH|^~\\&|ECHOVAULT|CBHV_TST|EHR|CBHV_TST|20240523090000||ORU^R01|TST000001|T|2.5.1
PID|1||999000001^^^CBHV_TST^MR||ZZTEST^CARDIO||19500101|U|||1 TEST ST^^TESTVILLE^OH^00000
OBR|1|TORD001|TECH000001|93306^TTE COMPLETE W DOPPLER^CPT|||20240523083000|||||||||0000000000^TEST^PROVIDER||||||20240523085500|||F
OBX|1|NM|LVEF^LV Ejection Fraction||60|%|||||F
OBX|2|TX|IMPRESSION^Impression||TEST MESSAGE - NOT A REAL STUDY. Long impression to check OBX-5 length handling: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.||||||F

MSH|^~\\&|ECHOVAULT|CBHV_TST|EHR|CBHV_TST|20240523090100||ORU^R01|TST000002|T|2.5.1
PID|1||999000002^^^CBHV_TST^MR||ZZTEST^ANTICOAG||19600101|U
OBR|1|TORD002|TECH000002|93312^TEE^CPT|||20240523084000|||||||||0000000000^TEST^PROVIDER||||||20240523085900|||P
OBX|1|TX|IMPRESSION^Impression||TEST - preliminary result, should file as P||||||P

Expected: TST000001 files as final, TST000002 as preliminary and does NOT
cross to the patient portal.

Deshawn Pryor
Interface Analyst
""")

add("clean", "training", "",
    "Coding Education <codingedu@cedarbasinheart.org>",
    "Billing Team <billing@cedarbasinheart.org>",
    "Monthly coding quiz - cath lab (answers Friday)",
    "Mon, 06 May 2024 08:30:00 -0400",
    """May coding quiz. Scenarios are made up - sample records for practice only.

1. A 67-year-old patient has a left heart cath with coronary angiography and
   left ventriculography, right radial approach. No intervention. Code it.

2. Same sample patient as #1, but a DES is placed in the proximal LAD and a
   second DES in the LCx. Which add-on code applies for the second vessel?

3. A sample patient has a complete TTE with spectral and color Doppler, plus
   a contrast agent for LV opacification. Which HCPCS code goes with the
   contrast, and is there a modifier?

4. Peripheral: atherectomy with stent, right superficial femoral artery. Code
   and laterality modifier?

5. True/false: ICD-10 I25.10 can be the primary diagnosis for a stress echo
   ordered for new exertional chest pain.

Reply with your answers by Thursday. Top score gets a Starbucks card.

Marisa Quint, CPC, CCS
Coding Educator
""")

add("clean", "training", "",
    "Privacy Office <privacy@cedarbasinheart.org>",
    "All Staff <allstaff@cedarbasinheart.org>",
    "Annual privacy refresher: sending mail outside the practice",
    "Wed, 01 May 2024 12:00:00 -0400",
    """Annual HIPAA refresher - module 3: email

DO
  - Type [secure] in the subject line when emailing anyone outside
    @cedarbasinheart.org about a patient. The gateway encrypts it.
  - Use the minimum necessary: "Patient A, your 2pm echo" is better than a
    full name + DOB + MRN.
  - Double-check autocomplete - most of our misdirected mail last year went
    to a GP office with a similar name.

DON'T
  - Paste HL7 messages, claim files or spreadsheets of patients into tickets
    to vendors. Use the vendor's secure portal.
  - Forward device alerts to personal email.

EXAMPLE (fictional): a nurse emails "Jane Doe, DOB 01/01/1900, INR 4.2" to a
home health agency without [secure]. That is a reportable incident. The same
message with [secure] is fine.

Complete the 10-question quiz in the LMS by May 31.

Privacy Office | privacy@cedarbasinheart.org | x2000
""", cte="quoted-printable")

_synth = """{
  "resourceType": "Patient",
  "id": "example-cbhv-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9917.99", "value": "TEST-0001"}],
  "name": [{"family": "ZZZTEST", "given": ["ALPHA"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "address": [{"line": ["123 Test Street"], "city": "Anytown", "state": "ZZ", "postalCode": "00000"}]
}
"""

add("clean", "training", "",
    "Ray Okada <rokada@cedarbasinheart.org>",
    "CoagTrack Developer Support <devsupport@coagtrack.io>",
    "sandbox - synthetic patient for the INR pilot testing",
    "Thu, 16 May 2024 09:12:30 -0400",
    """Per your note, from now on we'll only send synthetic test data to the
sandbox. Here's the test Patient resource we'll use (HTEST tag, ZZZTEST name,
1900-01-01 birth date). Observations will reference Patient/example-cbhv-001.

Can you confirm your sandbox accepts meta.tag HTEST and that "{INR}" units are
now allowed?

Ray
""", atts=[("synthetic_patient_TEST-0001.json", "application/json", _synth.encode("utf-8"))])


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def domain_of(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1]


def build():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = [("file", "label", "kind", "patient_name")]
    for idx, m in enumerate(MSGS, 1):
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])

        msg = EmailMessage()
        msg["From"] = m["frm"]
        msg["To"] = m["to"]
        if m["cc"]:
            msg["Cc"] = m["cc"]
        msg["Subject"] = m["subject"]
        msg["Date"] = m["date"]
        msg["Message-ID"] = "<%08x%04x.%d@%s>" % (random.getrandbits(32), random.getrandbits(16),
                                                 idx, domain_of(m["frm"]))
        hdrs = dict(m["headers"])
        if "X-Mailer" not in hdrs:
            mailer = random.choice(MAILERS)
            if mailer:
                hdrs["X-Mailer"] = mailer
        for k, v in hdrs.items():
            msg[k] = v

        if m["cte"]:
            msg.set_content(m["body"], cte=m["cte"])
        else:
            msg.set_content(m["body"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html")
        for fn, ctype, data in m["atts"]:
            maintype, subtype = ctype.split("/", 1)
            if isinstance(data, str):
                msg.add_attachment(data, subtype=subtype, filename=fn)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)

        j = 0
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary("----=_Part_%d_%d" % (idx, j))
                j += 1

        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append((fname, m["label"], m["kind"], m["patient"]))

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)
    return counters


if __name__ == "__main__":
    c = build()
    for k in sorted(c):
        print("%s-%s: %d" % (k[0], k[1], c[k]))
    print("total:", sum(c.values()))
