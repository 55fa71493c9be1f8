#!/usr/bin/env python3
"""Blind evaluation mail set: ED + urgent-care satellites. Deterministic (SEED 6501)."""
import csv
import datetime
import email.policy
import email.utils
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 6501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))

MESSAGES = []
COUNTERS = {}


def D(month, day, hh, mm, ss=0, year=2025):
    tz = EDT if (month, day) >= (3, 9) and month < 11 else EST
    return email.utils.format_datetime(datetime.datetime(year, month, day, hh, mm, ss, tzinfo=tz))


DISC_LRMC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message."""

DISC_SHORT = """
--
This message may contain confidential information. If received in error please notify the sender and delete."""


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 4, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def xlsx(rows, sheet="Sheet1"):
    """Minimal xlsx with inline strings."""
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
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_escape(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_escape(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(sheet_rows) + '</sheetData></worksheet>'),
    ]
    return zipbytes(files)


def csvtext(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def add(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
        atts=(), cte=None, headers=None, reply_to=None, in_reply_to=None):
    MESSAGES.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                         subject=subject, date=date, body=body, cc=cc, html=html,
                         atts=atts, cte=cte, headers=headers or {}, reply_to=reply_to,
                         in_reply_to=in_reply_to))


def plain_cte(text):
    """What a typical client would send: 7bit for short ASCII lines, else 8bit."""
    if max(len(l) for l in text.splitlines() or [""]) > 990:
        return "quoted-printable"
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit"


def build(i, m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = email.utils.parseaddr(m["frm"])[1].split("@")[-1] or "localhost"
    msg["Message-ID"] = "<%d.%d.%s@%s>" % (SEED, i, "%08x" % random.getrandbits(32), dom)
    if m["in_reply_to"]:
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    msg["MIME-Version"] = "1.0"
    for k, v in m["headers"].items():
        msg[k] = v
    body = m["body"].lstrip("\n")
    msg.set_content(body, cte=m["cte"] or plain_cte(body))
    if m["html"]:
        msg.add_alternative(m["html"], subtype="html", cte=plain_cte(m["html"]))
    for a in m["atts"]:
        fname, ctype, data = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            if maintype == "text":
                msg.add_attachment(data, subtype=subtype, filename=fname)
            else:
                msg.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (i, j))
            j += 1
    return msg


# ---------------------------------------------------------------------------
# people / places (all invented)
# ---------------------------------------------------------------------------
LR = "lakemontrmc.org"          # Lakemont Regional Medical Center
EMS = "tricountyems.org"        # Tri-County EMS
BFM = "brookfieldfamilymed.com" # PCP office

# ===========================================================================
# PHI: care
# ===========================================================================
add("phi", "care", "Whitcombe",
    '"Kowalski, Dana RN" <dkowalski@lakemontrmc.org>',
    '"Aziz, Samir MD" <saziz@lakemontrmc.org>',
    "bed 14 admit", D(3, 4, 10, 41),
    """
Dr. Aziz,

Dolores Whitcombe in bed 14 finished her 2nd unit of PRBCs at 1035, no reaction.
Repeat H/H drawn at 1038, should be back by 1130. GI saw her and plans to scope
in the AM so NPO after midnight. Protonix drip is running. She's on the 4W list
but no clean bed yet, bed board says maybe 1300.

Her son is at bedside and wants a call from whoever admits her -- he's at 555-0143.

thx
Dana

Dana Kowalski, RN, CEN
Charge Nurse | Emergency Department
Lakemont Regional Medical Center
ext. 4410 | Vocera "ED Charge"
""" + DISC_LRMC)

add("phi", "care", "Quinlan",
    '"Beaumont, Terri RN" <tbeaumont@lakemontrmc.org>',
    '"Haddad, Nadia MD" <nhaddad@lakemontrmc.org>',
    "RE: wound cx callback", D(3, 4, 15, 58),
    """
Done. Called Mr. Everett Quinlan at 1542, confirmed name + DOB. Told him the wound
culture from his 3/1 fast track visit grew MRSA and the cephalexin won't cover it.
Per you switched to doxycycline 100 mg BID x 10 days, e-scribed to the Walgreens on
Pine St. Told him to stop the Keflex, keep the area clean, and come back if the red
spreads past the pen line we drew or he gets fevers. He says the abscess is still
draining a little but better. Logged in the callback binder.

Terri

-----Original Message-----
From: Haddad, Nadia MD
Sent: Tuesday, March 4, 2025 2:12 PM
To: Beaumont, Terri RN
Subject: wound cx callback

Terri can you call Quinlan back -- the I&D from Saturday, L thigh. Cx is MRSA,
clinda R, doxy S. Switch to doxy 100 bid x10d. Thanks!
N.
""")

add("phi", "care", "Lindqvist",
    '"Okonjo, Felix MD" <felix.okonjo@lakemontimaging.com>',
    '"Riverside UC Leads" <riversideuc-leads@lakemontrmc.org>',
    "Overread discrepancy - Riverside UC 3/2", D(3, 3, 8, 17),
    """
Discrepancy notification (category 2 - change in management)

Patient: Harriet Lindqvist
Seen: Riverside Urgent Care, Sun 3/2, PA Moreno
Exam: XR wrist R, 4 views

Provider prelim: no acute fracture.
Final: subtle nondisplaced fracture through the scaphoid waist. Scaphoid view
shows it best.

Recommend: contact patient, thumb spica splint, hand surgery referral, repeat
films in 10-14 days if initial imaging equivocal clinically.

Please confirm when she's been reached. I'm reading until 4 today.

Felix Okonjo, MD
Lakemont Imaging Associates
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>Discrepancy notification</b> (category 2 - change in management)</p>
<table border="0" cellpadding="2">
<tr><td>Patient:</td><td>Harriet Lindqvist</td></tr>
<tr><td>Seen:</td><td>Riverside Urgent Care, Sun 3/2, PA Moreno</td></tr>
<tr><td>Exam:</td><td>XR wrist R, 4 views</td></tr>
</table>
<p>Provider prelim: no acute fracture.<br>
Final: subtle nondisplaced fracture through the scaphoid waist. Scaphoid view shows it best.</p>
<p>Recommend: contact patient, thumb spica splint, hand surgery referral, repeat films in 10-14 days
if initial imaging equivocal clinically.</p>
<p>Please confirm when she's been reached. I'm reading until 4 today.</p>
<p>Felix Okonjo, MD<br>Lakemont Imaging Associates</p>
</body></html>""")

add("phi", "care", "Oduya",
    '"LRMC Transfer Center" <transfercenter@lakemontrmc.org>',
    '"ED Attendings" <ed-attendings@lakemontrmc.org>, "Tri-County EMS Dispatch" <dispatch@tricountyems.org>',
    "FW: ACCEPTED - transfer to St. Brendan's cath lab", D(3, 5, 9, 26),
    """
Accepted. Please see below.

Accepting: Dr. Helen Lin, interventional cardiology, St. Brendan's
Pt: Raymond Oduya, ED bed 6
Destination: St. Brendan's cath lab direct, 2nd floor, do NOT go through their ED
Crew: Tri-County Medic 12 (ALS), ETA 25 min

Nurse report to 555-0196 (cath lab charge).

-- Marisol
LRMC Transfer Center | 555-0100 opt 4

---------- Forwarded message ---------
From: Feld, Jonah MD <jfeld@lakemontrmc.org>
Date: Wed, Mar 5, 2025 at 9:08 AM
Subject: transfer request - STEMI equivalent

Marisol -- need a cath lab for the guy in 6. Raymond Oduya, 58, inferior
changes on the second ECG, trop went 0.04 -> 1.9. Gave ASA 324, heparin bolus
and drip at 18 u/kg/hr, ticagrelor 180 loaded at 0912. BP ok, no pressors.
Copies of both ECGs and the labs are in the packet. Call me on 4402.

JF
""")

add("phi", "care", "Castellanos",
    '"Pryor, Anita LCSW" <apryor@lakemontrmc.org>',
    '"Case Management ED" <ed-cm@lakemontrmc.org>',
    "H7 - Castellanos dispo", D(3, 5, 13, 5),
    """
Hi team,

Update on Ruby Castellanos in hall bed H7:

- PT eval done this morning: min-mod assist, unsafe to go home alone, rec short-term SNF rehab
- She's still OBS, not inpatient, so no 3-midnight qualifying stay -- I explained to her and her daughter Elena that Medicare won't cover SNF under current status. Elena understood, not happy.
- Daughter prefers Maple Grove or Cedar Pointe. I faxed referrals to both + Willowbrook as backup at 11:40
- Rx for the walker sent to DME
- If no SNF bed by tomorrow we may need to talk about home w/ home health PT + the daughter staying with her

Will update after I hear back from the facilities.

Anita Pryor, LCSW
Emergency Department Social Work
Lakemont Regional Medical Center
p 555-0162 | f 555-0163
""")

add("phi", "care", "Pennington",
    '"Ruiz, Alejandro (EMS)" <aruiz@tricountyems.org>',
    '"Greer, Monica RN" <mgreer@lakemontrmc.org>',
    "Re: outcome - cardioversion call from tues", D(3, 7, 16, 44),
    """
awesome, thanks Monica. passing it along to our QA people. crew will be stoked.

Al

On Fri, Mar 7, 2025 at 3:10 PM Greer, Monica RN <mgreer@lakemontrmc.org> wrote:
> Hi Al -- Walter Pennington went up to CCU that night, stayed in sinus after
> the shock. Echo showed his EF was lower than they thought so cards started
> him on entresto and amiodarone. EP saw him for ablation eval, he went home
> Sunday. Nice catch on the rhythm, the ED team was impressed.
>
> Monica Greer, RN, BSN
> EMS Liaison / ED Educator
>
> On Thu, Mar 6, 2025 at 8:02 AM Ruiz, Alejandro (EMS) wrote:
>> hey Monica -- we brought in Walter Pennington tuesday night, the
>> older guy in rapid afib with RVR that we ended up cardioverting in the
>> driveway basically. any chance you can tell us how he did? our QA
>> coordinator wants outcome for the cardioversion review.
>>
>> thx
>> Alejandro Ruiz, NRP
>> Tri-County EMS - Medic 7
""")

add("phi", "care", "Marr",
    '"Brenda Sato" <referrals@brookfieldfamilymed.com>',
    '"LRMC HIM Release of Information" <roi@lakemontrmc.org>',
    "Records request - Anneliese Marr", D(3, 6, 11, 20),
    """
Hello,

Our patient Anneliese Marr was seen in your ED on 2/27 for palpitations and was
sent home on apixaban 5 mg twice a day. We didn't get anything from that visit.
Could you please send:

  - ED provider note and discharge instructions
  - echo report (she said they did one before she left)
  - the Holter monitor order / results if available

She has an appointment with Dr. Feld here on 3/11 so sooner is better.
Our fax is 555-0187.

Thank you!

Brenda Sato
Referral Coordinator
Brookfield Family Medicine
1120 Orchard Ave, Suite 200
p 555-0186  f 555-0187
""")

add("phi", "care", "Fitzgibbon",
    '"Shah, Vikram PharmD" <vshah@lakemontrmc.org>',
    '"ED Pharmacy" <ed-pharmacy@lakemontrmc.org>',
    "Warfarin hold - OBS 2 - Fitzgibbon", D(3, 6, 8, 22),
    """
FYI for day shift --

Leonard Fitzgibbon (OBS 2): INR 4.8 this AM, up from 3.1 on admit. No bleeding.
Per Dr. Amsel warfarin HELD tonight, vitamin K 2.5 mg PO given at 0810.
Recheck INR tomorrow 0600 with AM labs. He was started on Bactrim by urgent care
last week which is probably the culprit -- asked the team to switch to something
that doesn't interact. Anticoag clinic notified, they'll see him Monday.

Vikram Shah, PharmD, BCPS
Clinical Pharmacist, Emergency Medicine
x4471
""", cte="quoted-printable",
    html="""<html><body>
<div style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>FYI for day shift --</p>
<p><b>Leonard Fitzgibbon (OBS 2)</b>: INR 4.8 this AM, up from 3.1 on admit. No bleeding.<br>
Per Dr. Amsel warfarin <span style="color:#c00000"><b>HELD</b></span> tonight, vitamin K 2.5 mg PO given at 0810.<br>
Recheck INR tomorrow 0600 with AM labs. He was started on Bactrim by urgent care last week which is probably
the culprit &ndash; asked the team to switch to something that doesn&#39;t interact. Anticoag clinic notified,
they&#39;ll see him Monday.</p>
<p style="color:#555">Vikram Shah, PharmD, BCPS<br>Clinical Pharmacist, Emergency Medicine<br>x4471</p>
</div></body></html>""")

# ===========================================================================
# PHI: names
# ===========================================================================
add("phi", "names", "Dlamini",
    '"Yates, Corinne RN" <cyates@lakemontrmc.org>',
    '"ED Callback RN" <ed-callback@lakemontrmc.org>',
    "Bongani Dlamini callback", D(3, 4, 12, 3),
    """
left a vm at 11:55, will try again after 3. his repeat lipase needs to be drawn
tomorrow at the Eastgate lab, order is in.

C
""")

add("phi", "names", "Nguyễn",
    '"Delacroix, Paul RN" <pdelacroix@lakemontrmc.org>',
    '"Language Services" <interpreters@lakemontrmc.org>',
    "Vietnamese interpreter needed FT3 - urgent", D(3, 5, 14, 36),
    """
Hi -- Mrs. Nguyễn Thị Hoa in Fast Track 3 needs a Vietnamese interpreter for her
discharge. The video cart keeps dropping the call and her grandson left. She is
going home in a CAM boot with crutches, non-weight bearing, needs to understand
the ortho follow-up Thursday and the oxycodone instructions. Can someone come
down in person? We're holding the room.

Paul Delacroix, RN
Fast Track, Lakemont ED
x4418
""")

add("phi", "names", "Okafor",
    '"Brennan, Keith PA-C" <kbrennan@lakemontrmc.org>',
    '"Haddad, Nadia MD" <nhaddad@lakemontrmc.org>',
    "rm 22", D(3, 6, 19, 12),
    """
Okafor's head CT is negative, no bleed, no fx. c-spine cleared clinically.
Chukwuemeka is asking to leave and his brother is here to drive. Ok if I d/c w
concussion precautions or do you want to see him first? I'm in 24.

K
""")

add("phi", "names", "Van der Berg",
    '"Moss, Tabitha RN" <tmoss@lakemontrmc.org>',
    '"ED Charge RN" <ed-charge@lakemontrmc.org>; "Feld, Jonah MD" <jfeld@lakemontrmc.org>',
    "AMA - Van der Berg", D(3, 7, 14, 51),
    """
Van der Berg, Pieter -- left AMA from bed 9 around 1320 after his first troponin
(neg). 2nd trop was due at 1400. He signed the form, Dr. Feld talked to him
about the risk. Tried the cell on file twice, straight to voicemail. His wife
just called the desk asking where he is, she thought he was being admitted.
Do we want to ask PD for a welfare check or just keep trying? Chest pain was
still 3/10 when he walked out.

Tabitha
""")

add("phi", "names", "Ahmadi",
    '"Osei, Grace RN" <gosei@lakemontrmc.org>',
    '"Eastgate UC Nurses" <eastgate-rn@lakemontrmc.org>',
    "triage line - Fatima", D(3, 8, 7, 48),
    """
Night shift note:

Fatima from room 9 yesterday (the kidney stone, the one who was vomiting all
night and we gave the 2nd dose of zofran) called the triage line at 0415 asking
if her urine culture came back. I don't see it resulted yet. Can day shift
follow up? She's fine with texts, number is in the chart. Last name is Ahmadi
I think, she's in the log under 3/7.

Grace
""")

add("phi", "names", "de la Cruz Villanueva",
    '"Ibarra, Lourdes" <libarra@lakemontrmc.org>',
    '"HIM Data Integrity" <him-dataintegrity@lakemontrmc.org>',
    "Duplicate chart - please merge", D(3, 5, 10, 2),
    """
Good morning,

Patient was registered twice overnight:
  1) VILLANUEVA, MARIA   (walk-in, 0140)
  2) DE LA CRUZ VILLANUEVA, MARÍA JOSÉ   (quick-reg by EMS arrival, 0155)

Same person -- María José de la Cruz Villanueva. Her CT head and the labs from
this morning dropped on chart #1 and the ED note is on #2. Radiology says they
can't move the CT until HIM merges. Dr. Amsel needs it all on one chart before
she's admitted.

Thank you,
Lourdes Ibarra
Patient Access Supervisor - ED Registration
x4300
""", cte="quoted-printable")

add("phi", "names", "Wójcik",
    '"Security Dispatch" <security@lakemontrmc.org>',
    '"ED Charge RN" <ed-charge@lakemontrmc.org>; "House Supervisor" <housesup@lakemontrmc.org>',
    "Incident 25-0311 Fast Track", D(3, 8, 23, 37),
    """
Officer Daniels responded to Fast Track rm 5 at 2250 for an agitated patient,
Mr. Przemysław Wójcik. Pt was intoxicated, pulling at his IV, and swung at the
tech. Code Gray called, pt redirected verbally, no restraints needed. RN started
the CIWA protocol per provider and he got ativan 2 mg IV at 2305. 1:1 sitter in
place. No staff injuries. Full report in the incident system.

Sgt. R. Holloway
Lakemont RMC Security Services
24h: 555-0111
""")

add("phi", "names", "Subramaniam",
    '"Amsel, Rachel MD" <ramsel@lakemontrmc.org>',
    '"Lopez-Reyes, Hector MD" <hlopezreyes@lakemontrmc.org>',
    "handoff - Ms. Subramaniam", D(3, 9, 6, 55),
    """
Hector, one to watch:

Ms. Subramaniam (Lakshmi Venkataraman Subramaniam, bed 17) -- came in w/ the
diarrhea and weakness, K was 2.6. She's on her 2nd run of IV potassium, PO too.
Repeat BMP at 0800. If K still < 3 she needs admit for tele, otherwise she can
probably go with oral K and PCP recheck. Her husband speaks for her but she
understands English fine, ask her directly.

Rachel
""")

# ===========================================================================
# PHI: self
# ===========================================================================
add("phi", "self", "Brannigan",
    '"Colleen Brannigan" <colleen.brannigan71@gmail.com>',
    "patientrelations@lakemontrmc.org",
    "x-ray results from saturday?", D(3, 4, 20, 14),
    """
Hello,

My name is Colleen Brannigan, DOB 6/14/1971. I was seen at your Riverside urgent
care on Saturday for my ankle after I slipped on the steps. They did an x-ray and
the doctor said it was a sprain but that a radiologist would look at it again
and someone would call me if they saw anything different. Nobody has called. Does
that mean it's fine? The patient portal still says "pending" for the x-ray.

It is still pretty swollen and I have been using the brace they gave me.

Thank you,
Colleen

Sent from my iPhone
""")

add("phi", "self", "Ferreira",
    '"Luciana Ferreira" <lu.ferreira.home@outlook.com>',
    "ednursing@lakemontrmc.org",
    "My son - voicemail about culture", D(3, 5, 8, 3),
    """
Hello, my son Mateo Ferreira (dob 02/09/2019) was seen in your ER last night for
a fever of 104 and they did a urine test and a chest xray. They sent us home with
amoxicillin. This morning someone left a voicemail saying to call back about his
"culture" but the number they left goes to a menu and I can't get a person.

He is still on the amoxicillin, should I keep giving it? He ate a little
breakfast and the fever is 100.8 now.

Please call me at 555-0122 or answer here.

Luciana Ferreira
""")

add("phi", "self", "Merriweather",
    '"Deshawn Merriweather" <dmerri88@gmail.com>',
    "eastgateuc@lakemontrmc.org",
    "stitches", D(3, 10, 17, 41),
    """
hey its deshawn, i was in there friday and got 6 stitches on my left hand. when do
they come out? and can i go back to work at the warehouse or do i need a note.
the paper they gave me got wet lol

thx
""")

add("phi", "self", "Papadakis",
    '"Greg Papadakis" <gpapadakis@fastmail.com>',
    '"Lakemont Patient Financial Services" <billing@lakemontrmc.org>',
    "Account # 2200418876 - charged twice for CT", D(3, 3, 13, 29),
    """
To whom it may concern,

I was brought in by ambulance on January 12 after a car accident on Route 9 and
had a CT of my neck and my head, then they put me in a collar and sent me home.
I have now received two separate statements for the same CT neck (one dated 2/3
and one dated 2/24), $1,842.00 each. My auto insurance already paid part of it.

My name is Gregory Papadakis, date of birth 9/30/1982. The account number on the
second statement is 2200418876.

Please fix this before it goes to collections. I can be reached at 555-0175
after 5pm.

Greg Papadakis
""")

add("phi", "self", "Achterberg",
    '"Maren Achterberg-Cole" <maren.ac@protonmail.com>',
    '"Patient Relations" <patientrelations@lakemontrmc.org>',
    "Complaint - my mother sent home alone at 2am", D(3, 9, 10, 12),
    """
I am writing about my mother, Rosalind Achterberg, who is 84 and has moderate
dementia. She was brought to your emergency department by ambulance on Friday
evening after a fall at her apartment. She had stitches over her eyebrow and
x-rays of her hip.

At 2:15 in the morning she was discharged and put in a taxi BY HERSELF with a
new prescription for tramadol that she cannot read and does not remember being
given. Nobody called me even though I am listed as her emergency contact and
health care proxy. The neighbour found her sitting in the lobby of her building
at 6am.

I would like to know who made this decision and why nobody called me. I would
also like to know whether she actually needs the tramadol, since she already
takes donepezil and sertraline and her pharmacist is worried.

Maren Achterberg-Cole
(daughter and HCP)
555-0158
""", cte="quoted-printable")

add("phi", "self", "Kowalczyk",
    '"Tomasz Kowalczyk" <tkowalczyk@verizon.net>',
    "askanurse@lakemontrmc.org",
    "question about new medicine", D(3, 11, 7, 5),
    """
Good morning

They started me on metoprolol 25 mg in the ER on Monday because my heart was
going fast (they said atrial flutter?). Since then I feel dizzy when I stand up
and yesterday I almost fell in the kitchen. My pulse this morning was 54. Should
I stop it? I don't have a cardiologist yet, the ER doctor said someone would call
me for an appointment.

Tom
""")

add("phi", "self", "Raghunathan",
    '"Priya Raghunathan" <priya.r@studentmail.lakemontcc.edu>',
    "roi@lakemontrmc.org",
    "copy of my urgent care visit", D(3, 12, 22, 48),
    """
Hi -- I need a copy of my records from my visit to the Eastgate urgent care on
Feb 20 (the strep test and the penicillin shot they gave me) for my school's
health form. Do I need to fill out a form or can you email it? My birthday is
April 2 2004 if you need that.

Thanks,
Priya
""")

# ===========================================================================
# PHI: ids
# ===========================================================================
add("phi", "ids", "",
    '"Yates, Corinne RN" <cyates@lakemontrmc.org>',
    '"ED Callback RN" <ed-callback@lakemontrmc.org>',
    "cx callbacks still open", D(3, 6, 16, 30),
    """
two I couldn't close today:

00482913 / 3.4.88 -- UCx >100K E. coli, R to nitrofurantoin (what she went home
on). needs new rx, prob cefpodoxime. phone on file is disconnected, sent a
letter.

00519046 / 12.19.57 -- blood cx 1 of 2 GPCs in clusters, prob contaminant but
Dr. Feld wants him called back for repeat. LM x2.

C
""")

add("phi", "ids", "Esquivel",
    '"Pham, Linh" <lpham@lakemontrmc.org>',
    '"Keystone Mutual Provider Services" <provider.services@keystonemutualhealth.com>',
    "eligibility question - ED visit 3/3", D(3, 4, 9, 12),
    """
Hello,

The 270 came back inactive for this member but the patient presented a card
showing coverage effective 1/1/2025. Can you verify?

Member ID: KMH-W2938471602
Subscriber: Jorge Esquivel
DOB 19880304
Address on card: 2210 Whitfield Ave Apt 3, Lakemont 55421
Group: 0081174

Visit: ED 3/3/2025, asthma exacerbation, nebs x3, prednisone, discharged.

Thanks,
Linh Pham
Patient Access - Insurance Verification
Lakemont Regional Medical Center
p 555-0138  f 555-0139
""")

add("phi", "ids", "",
    '"Okonjo, Felix MD" <felix.okonjo@lakemontimaging.com>',
    '"Eastgate UC Leads" <eastgateuc-leads@lakemontrmc.org>',
    "Incidental finding - needs PCP notification", D(3, 7, 11, 3),
    """
Acc# CT25030417
MRN 3318702, DOB 4 Mar 1961
CT abd/pelvis w contrast, ordered from Eastgate UC 3/6 for LLQ pain

Addendum: no diverticulitis. Incidental 2.1 cm left adrenal nodule, indeterminate.
Recommend adrenal protocol CT or MRI and PCP follow-up. Patient was discharged
before the addendum was signed -- please make sure PCP is notified and the pt is
told. PCP listed is Dr. Weiss at Brookfield.

FO
""")

add("phi", "ids", "Halvorsen",
    '"Beaumont, Terri RN" <tbeaumont@lakemontrmc.org>',
    '"Eastgate UC Nurses" <eastgate-rn@lakemontrmc.org>',
    "callback - chart 7718204", D(3, 10, 10, 40),
    """
re: chart 7718204 (Mrs. Halvorsen, DOB 11/23/1946), UA from Saturday -- the
daughter says to call HER at (555) 014-2290, not the home number, mom doesn't
hear the phone. Culture still pending, but nitrite+ so doc wants her started on
keflex now. Rx can go to the CVS on Elm.
""")

add("phi", "ids", "Carvalho-Pratt",
    '"Ng, Roberta CPC" <rng@lakemontrmc.org>',
    '"Brennan, Keith PA-C" <kbrennan@lakemontrmc.org>',
    "coding query HAR 40019928311", D(3, 11, 14, 20),
    """
Keith,

HAR 40019928311 / enc 88102277 -- Ines Carvalho-Pratt, ED 3/8.
Your note says "scalp lac repaired, staples" but no length. For 12002 vs 12004 I
need the length in cm. Can you addend? Nurse note says approx 4.5 cm.

Also the E/M -- you documented the CT head and the decision not to admit, so I'm
leaning 99284, let me know if you disagree.

Thanks
Roberta Ng, CPC
Coding Specialist - Emergency Services
""")

add("phi", "ids", "Ashby",
    '"Kline, Maureen (EMS)" <mkline@tricountyems.org>',
    '"LRMC ED Registration" <ed-registration@lakemontrmc.org>',
    "Unknown female from Medic 4 - run 25-004417", D(3, 8, 12, 9),
    """
Hi,

Run #25-004417, dropped at your ED 3/8 at 0612. Pickup 4417 Larkspur Ct Apt 2B.
67 y/o F found down by neighbor, BGL 41, D10 given, came around in the truck.
Your ED registered her as "Unknown Female 0612" (temp MRN UNK-2503080612).
Her name is Gwendolyn Ashby, DOB 1957-10-02 -- neighbor brought her purse after
we left. Can you update so our ePCR matches for billing?

Thanks
Maureen Kline
Billing & Records, Tri-County EMS
555-0191
""")

add("phi", "ids", "Brandt",
    '"Referrals - Lakemont ED Follow-up Clinic" <edfollowup@lakemontrmc.org>',
    '"UM Dept" <um@keystonemutualhealth.com>',
    "Prior auth - MRI L-spine", D(3, 12, 9, 55),
    """
PRIOR AUTHORIZATION REQUEST

Patient:    BRANDT, WALLACE J
MRN:        E10447382
D.O.B.:     07-Jan-1963
SSN:        xxx-xx-4471
Member #:   884019273-01
Phone:      555-0147

Requested:  MRI lumbar spine w/o contrast (72148)
Ordering:   Rachel Amsel, MD (NPI on file)
Reason:     seen in ED 3/9 for low back pain with new L foot drop and numbness
            after lifting; neuro exam shows weak dorsiflexion 4-/5.
            Urgent -- please expedite.

Clinical notes attached separately by fax.

Lakemont ED Follow-up Clinic
f 555-0129
""")

# ===========================================================================
# PHI: lists
# ===========================================================================
add("phi", "lists", "Hollister",
    '"Lopez-Reyes, Hector MD" <hlopezreyes@lakemontrmc.org>',
    '"ED Attendings" <ed-attendings@lakemontrmc.org>',
    "night signout 3/9", D(3, 10, 6, 58),
    "signout, copied from the board. boarders in bold on the board but whatever.\n\n"
    "Bed\tName\tAge\tIssue\tPlan\n"
    "3\tHollister, Dean\t72M\tCHF exac\tlasix 80 IV given, admit tele, bed pending\n"
    "7\tBashir, Amina\t34F\tpyelo\tcx pending, 2nd dose ceftriaxone, reassess 0800\n"
    "11\tKrol, Janusz\t55M\tETOH w/d\tCIWA 14, ativan prn, SW for detox bed\n"
    "15\tOyelaran, Funmi\t29F\tabd pain, hcg neg\tUS at 0700, if neg d/c\n"
    "H2\tTalbot, Sue\t88F\tfall, hip neg\tPT in am, daughter coming 9\n"
    "\nnothing else pending. quiet night until 4.\nHLR\n")

add("phi", "lists", "Gallardo",
    '"Greer, Monica RN" <mgreer@lakemontrmc.org>',
    '"ED Leadership" <ed-leadership@lakemontrmc.org>',
    "0700 huddle board", D(3, 11, 7, 12),
    """
Huddle 0700 -- boarders and flags

| Rm  | Patient              | Status       | Flag                          |
|-----|----------------------|--------------|-------------------------------|
| 4   | Gallardo, Ernesto    | admit ICU    | on bipap, waiting ICU bed     |
| 8   | Liu, Mei-Ling        | admit 5E     | falls risk, sitter            |
| 12  | Thibodeaux, Claude   | transfer     | psych, awaiting bed at Oakview|
| 19  | Akinyemi, Bolanle    | OBS          | sickle crisis, PCA started    |
| H4  | Petrov, Anatoly      | admit 4W     | isolation - flu A+            |

Staffing: 1 RN short on nights, float coming at 1100.
Security: Thibodeaux on 1:1, belongings searched.

M
""")

add("phi", "lists", "Rosenthal",
    '"Beaumont, Terri RN" <tbeaumont@lakemontrmc.org>',
    '"ED Callback RN" <ed-callback@lakemontrmc.org>',
    "callback queue wk of 3/10", D(3, 12, 17, 2),
    """
callback queue as of 1700, please work from the top

NAME                  DOB         VISIT  RESULT                         STATUS
--------------------  ----------  -----  -----------------------------  ---------------
ROSENTHAL, MIRIAM     05/14/1949  3/9    UCx E.coli R-cipro             LM x1
ABUBAKAR, IBRAHIM     11/02/1990  3/10   throat cx neg                  letter sent
FONTAINE, LUC         07/30/1976  3/10   CXR overread: RLL nodule 8mm   needs PCP f/u
HO, THANH BINH        01/22/2016  3/11   BCx no growth 48h              closed
MCALLISTER, KEIRA     09/09/1998  3/11   GC/CT: CT positive             NEEDS TX - call

Terri
""", cte="quoted-printable")

add("phi", "lists", "Sandoval",
    '"Haddad, Nadia MD" <nhaddad@lakemontrmc.org>',
    '"Brennan, Keith PA-C" <kbrennan@lakemontrmc.org>, "Moreno, Alicia PA-C" <amoreno@lakemontrmc.org>',
    "fast track sign out", D(3, 13, 15, 0),
    """
signing out to Keith:

- FT1 Sandoval (Rigo), 41M -- hand lac from box cutter, xray no FB, needs repair + tdap
- FT2 Mrs Eklund, 66 -- cellulitis L shin, 1st dose clinda given, marked borders, home if tolerates PO
- FT4 baby Hernandez-Ruiz (Sofia), 14mo -- ear, amox, mom wants school note for herself
- FT6 Dombrowski -- back pain, toradol IM, waiting for ride
- waiting room: the kid w/ the wrist from soccer (Aidan Ferris?) xray ordered

thanks!
N
""")

add("phi", "lists", "Whitfield",
    '"Moreno, Alicia PA-C" <amoreno@lakemontrmc.org>',
    '"Riverside UC Nurses" <riverside-rn@lakemontrmc.org>',
    "f/u calls for this week (attached)", D(3, 14, 16, 25),
    """
Attached is the follow-up call list for this week from Riverside. Please call
everyone by Monday and note the outcome in the last column. Anyone who can't be
reached x2 gets a letter.

Alicia
""",
    atts=[("riverside_fu_calls_wk11.csv", "text/csv", csvtext([
        ["visit_date", "last_name", "first_name", "dob", "phone", "reason_for_call", "outcome"],
        ["2025-03-10", "Whitfield", "Darnell", "1984-06-12", "555-0131", "XR foot overread - 5th MT fx", ""],
        ["2025-03-10", "Grüber", "Anneke", "1991-02-28", "555-0109", "strep cx positive - needs abx", ""],
        ["2025-03-11", "Okoro", "Chidi", "1979-11-05", "555-0155", "BP 178/102 at visit - recheck", ""],
        ["2025-03-12", "Marchetti", "Lucia", "1958-08-19", "555-0117", "D-dimer elevated, CTA neg - reassure", ""],
        ["2025-03-13", "Tran", "Minh", "2012-04-30", "555-0144", "wound check, lac L knee", ""],
    ]))])

add("phi", "lists", "Gallardo",
    '"ED Bed Flow" <edbedflow@lakemontrmc.org>',
    '"House Supervisor" <housesup@lakemontrmc.org>; "Bed Management" <bedmgmt@lakemontrmc.org>',
    "ED boarders 1400 - spreadsheet", D(3, 11, 14, 6),
    """
1400 boarder report attached. 9 boarders, longest 31 hrs (rm 4). ICU still zero
beds. Please advise on 4W discharges.

-- ED Bed Flow
""",
    atts=[("ED_boarders_0311_1400.xlsx",
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           xlsx([
               ["Room", "Patient", "MRN", "Age", "Admit Dx", "Unit", "Hrs boarding"],
               ["4", "Gallardo, Ernesto", "3104477", 61, "COPD exac on BiPAP", "ICU", 31],
               ["8", "Liu, Mei-Ling", "2877105", 83, "syncope", "5E", 14],
               ["12", "Thibodeaux, Claude", "3390012", 37, "SI, awaiting psych bed", "Transfer", 26],
               ["19", "Akinyemi, Bolanle", "3011298", 24, "sickle cell pain crisis", "OBS", 9],
               ["H4", "Petrov, Anatoly", "1988440", 77, "influenza A, hypoxia", "4W", 11],
               ["H6", "Castellanos, Ruby", "2200917", 79, "fall, deconditioning", "OBS", 20],
               ["22", "Osei-Bonsu, Kwame", "3418820", 52, "GI bleed", "4W", 6],
               ["23", "Duarte, Helena", "3418851", 45, "DKA", "Stepdown", 5],
               ["24", "Whelan, Patrick", "0998123", 69, "NSTEMI", "Tele", 4],
           ], sheet="Boarders 1400"))])

add("phi", "lists", "Jablonski",
    '"LRMC Transfer Center" <transfercenter@lakemontrmc.org>',
    '"Quality - Transfers" <quality-transfers@lakemontrmc.org>',
    "Feb transfers out (zip)", D(3, 3, 11, 47),
    """
Attached is the February transfer-out log zipped (the mail system blocks the
csv on its own for some reason). 14 transfers, 2 EMTALA forms missing
signatures -- rows 6 and 11. Password not needed.

Marisol Vega
Transfer Center Coordinator
""",
    atts=[("transfers_out_2025-02.zip", "application/zip", zipbytes([
        ("transfers_out_2025-02.csv", csvtext([
            ["date", "patient", "mrn", "dob", "reason", "receiving", "mode", "emtala_signed"],
            ["2025-02-02", "Jablonski, Teresa", "2290113", "1950-03-17", "STEMI - cath", "St. Brendan's", "ALS", "Y"],
            ["2025-02-04", "Mensah, Kofi", "3301744", "1988-12-01", "open tib/fib fx - ortho trauma", "University Med Ctr", "ALS", "Y"],
            ["2025-02-07", "Ortiz Galindo, Renata", "3312009", "2021-07-22", "peds - intussusception", "Children's of Lakemont", "ALS", "Y"],
            ["2025-02-09", "Harwell, Boyd", "1102938", "1944-05-05", "SAH - neurosurg", "University Med Ctr", "CCT", "Y"],
            ["2025-02-11", "Phan, Duc", "3320451", "1967-09-14", "aortic dissection", "University Med Ctr", "air", "Y"],
            ["2025-02-14", "Greenleaf, Shawna", "3327710", "1995-01-30", "psych - involuntary", "Oakview Behavioral", "BLS", "N"],
            ["2025-02-15", "Abdi, Hodan", "3328002", "1982-10-09", "ectopic - no OB on call", "St. Brendan's", "ALS", "Y"],
            ["2025-02-18", "Vukovic, Milan", "2004311", "1959-06-25", "stroke - thrombectomy", "University Med Ctr", "air", "Y"],
            ["2025-02-19", "Lambert, June", "0877219", "1938-02-11", "hip fx - ortho unavailable", "St. Brendan's", "BLS", "Y"],
            ["2025-02-21", "Castro, Miguel", "3339120", "2009-08-08", "peds - DKA", "Children's of Lakemont", "ALS", "Y"],
            ["2025-02-22", "Reinholt, Carl", "1766204", "1955-12-19", "GI bleed - IR", "University Med Ctr", "CCT", "N"],
            ["2025-02-24", "Sato, Emi", "3341177", "1990-04-03", "burns 12% TBSA", "Regional Burn Ctr", "air", "Y"],
            ["2025-02-26", "Boateng, Ama", "3342558", "1973-11-27", "STEMI - cath", "St. Brendan's", "ALS", "Y"],
            ["2025-02-28", "Kuznetsov, Igor", "2551803", "1961-01-15", "psych - voluntary", "Oakview Behavioral", "BLS", "Y"],
        ]))]))])

# ===========================================================================
# PHI: struct
# ===========================================================================
add("phi", "struct", "Delgado",
    '"Chen, Wesley" <wchen@lakemontrmc.org>',
    '"Interface Team" <interfaces@lakemontrmc.org>',
    "ORU not filing to ED chart - troponin", D(3, 5, 11, 32),
    """
Lab says this resulted at 10:14 but it never showed up in the ED results tab.
Pasting the message from the engine log. I think OBR-2 is blank so it can't
match the order?

MSH|^~\\&|SUNQUEST|LRMC_LAB|EDIS|LRMC_ED|20250305101422||ORU^R01|LAB0305101422|P|2.5.1
PID|1||3291004^^^LRMC^MR||DELGADO^ANTONIO^R||19630412|M|||88 Crestview Dr^^Lakemont^MN^55418||(555)010-4471
PV1|1|E|ED^06^01||||1199^FELD^JONAH
ORC|RE||L25064417
OBR|1||L25064417|TROPI^Troponin I hs^L|||20250305092500|||||||||1199^FELD^JONAH
OBX|1|NM|TROPI^Troponin I hs^L||412|ng/L|<35|HH|||F|||20250305101400
NTE|1||Critical value called to J Feld MD 10:16 by TL

Wes Chen
Clinical Applications Analyst
x5520
""")

add("phi", "struct", "Nwachukwu",
    '"Interface Engine" <cloverleaf-alerts@lakemontrmc.org>',
    '"Interface Team" <interfaces@lakemontrmc.org>',
    "[ALERT] ADT_OUT_PHARM error queue depth 1 - msg attached", D(3, 6, 2, 17),
    """
Thread ADT_OUT_PHARM: message rejected by destination (AR|AE: PV1-3 unknown location "UCEG").
Message saved to error db. Raw message attached.

-- automated alert, do not reply --
""",
    atts=[("ADT_A04_err_20250306021655.hl7", "text/plain",
           "MSH|^~\\&|REG|LRMC|PHARM|LRMC|20250306021655||ADT^A04|ADT88210044|P|2.3\r"
           "EVN|A04|20250306021650\r"
           "PID|1||3420871^^^LRMC^MR~556-01-7730^^^SSA^SS||NWACHUKWU^ADAEZE^C||19990816|F||B|1540 Tamarack Ln^Apt 12^Lakemont^MN^55421||(555)013-9981|||S||AC40022918\r"
           "NK1|1|NWACHUKWU^OBINNA|BRO|||(555)013-4410\r"
           "PV1|1|O|UCEG^FT2^01||||2231^MORENO^ALICIA^^^PA|||URG||||1|||2231^MORENO^ALICIA|U||||||||||||||||||||||||20250306021500\r"
           "PV2|||R10.31^RLQ abdominal pain^I10\r"
           "IN1|1|KMH01|7781|KEYSTONE MUTUAL HEALTH|||||||||||1|NWACHUKWU^ADAEZE|SEL|19990816||||||||||||||||||KMH-Q118802455\r")])

add("phi", "struct", "Harrington",
    '"Ng, Roberta CPC" <rng@lakemontrmc.org>',
    '"Clearinghouse Support" <support@claimbridge-edi.com>',
    "Rejected 837P - loop 2010BA", D(3, 7, 10, 51),
    """
Hi, claim keeps rejecting with A7:164 "entity's ID number" at 2010BA. Member
ID looks right to me. Segment below, can you tell me what the payer wants?

NM1*IL*1*HARRINGTON*COLLEEN*M***MI*KMH-W1103398210~
N3*77 BIRCH HOLLOW RD~
N4*LAKEMONT*MN*55419~
DMG*D8*19760921*F~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~
CLM*ED2503014477*486.00***23:B:1*Y*A*Y*Y~
DTP*472*D8*20250301~
HI*ABK:S52.521A*ABF:W01.XXXA~
LX*1~
SV1*HC:99283*286.00*UN*1***1~
LX*2~
SV1*HC:29125*200.00*UN*1***1~

thanks
Roberta Ng, CPC
Lakemont Regional Medical Center
""")

add("phi", "struct", "Szabo",
    '"PFS Cash Posting" <pfs-posting@lakemontrmc.org>',
    '"Ng, Roberta CPC" <rng@lakemontrmc.org>',
    "835 denial CO-197 - who do I route to?", D(3, 10, 13, 33),
    """
Roberta -- this one came back zero-pay, no auth for the CT. It was an ED visit
so auth shouldn't apply? Pasting the CLP loop from the 835.

CLP*ED2502221903*4*3150*0*0*12*9925041100773*13*1~
NM1*QC*1*SZABO*ISTVAN****MI*KMH-W7781002234~
NM1*82*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1538862201~
DTM*232*20250222~
SVC*HC:74177*2850*0**1~
CAS*CO*197*2850~
SVC*HC:99285*300*0**1~
CAS*CO*197*300~
LQ*HE*N54~

Acct 2200455190. Thx

Deb
""")

add("phi", "struct", "Bui",
    '"Pham, Linh" <lpham@lakemontrmc.org>',
    '"Keystone Mutual Provider Services" <provider.services@keystonemutualhealth.com>',
    "271 says coverage terminated - pt in ED now", D(3, 12, 19, 40),
    """
Patient is in our ED right now (chest pain workup) and the 271 came back with
coverage terminated 2/28 but she says she paid March. Here's the request and
response. Can someone call me at 555-0138?

270:
ST*270*0001*005010X279A1~
BHT*0022*13*LRMC250312194001*20250312*1940~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~
HL*2*1*21*1~
NM1*1P*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1538862201~
HL*3*2*22*0~
NM1*IL*1*BUI*THANH HUONG****MI*KMH-F5520017743~
DMG*D8*19710605~
DTP*291*D8*20250312~
EQ*86~
SE*12*0001~

271 (excerpt):
NM1*IL*1*BUI*THANH HUONG****MI*KMH-F5520017743~
N3*309 LANTERN WAY~
N4*LAKEMONT*MN*55420~
DMG*D8*19710605*F~
EB*6**30~
DTP*347*D8*20250228~
MSG*COVERAGE TERMINATED - NONPAYMENT OF PREMIUM~

Linh Pham
Insurance Verification
""")

add("phi", "struct", "Oyelaran",
    '"Kaur, Simran" <skaur@lakemontrmc.org>',
    '"dev@medbridgehie.net" <dev@medbridgehie.net>',
    "FHIR bundle rejected by HIE endpoint - sample attached", D(3, 13, 9, 4),
    """
Hi MedBridge team,

Our ED encounter feed is getting HTTP 422 from your /Bundle endpoint since
Tuesday's release. OperationOutcome says "Encounter.class invalid coding". One of
the failed payloads is attached (prod - please handle accordingly, delete after
review). Can you confirm whether you now require the v3 ActCode system URL?

Simran Kaur
Integration Engineer, IS&T
Lakemont Regional Medical Center
""",
    atts=[("failed_bundle_8831.json", "application/json", """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lrmc-3381127",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "3381127"}],
        "name": [{"family": "Oyelaran", "given": ["Funmilayo", "A"]}],
        "gender": "female",
        "birthDate": "1995-08-27",
        "telecom": [{"system": "phone", "value": "555-012-7719", "use": "mobile"}],
        "address": [{"line": ["18 Wexford Ct"], "city": "Lakemont", "state": "MN", "postalCode": "55417"}]
      },
      "request": {"method": "PUT", "url": "Patient/lrmc-3381127"}
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-88120933",
        "status": "finished",
        "class": {"code": "EMER", "display": "emergency"},
        "subject": {"reference": "Patient/lrmc-3381127"},
        "period": {"start": "2025-03-09T23:41:00-05:00", "end": "2025-03-10T07:52:00-05:00"},
        "reasonCode": [{"text": "lower abdominal pain"}],
        "hospitalization": {"dischargeDisposition": {"text": "home"}}
      },
      "request": {"method": "PUT", "url": "Encounter/enc-88120933"}
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2106-3", "display": "Choriogonadotropin (pregnancy test) [Presence] in Urine"}]},
        "subject": {"reference": "Patient/lrmc-3381127"},
        "valueCodeableConcept": {"text": "negative"}
      },
      "request": {"method": "POST", "url": "Observation"}
    }
  ]
}
""")])

add("phi", "struct", "Lachance",
    '"Sato, Brenda" <referrals@brookfieldfamilymed.com>',
    '"Lakemont HIM" <roi@lakemontrmc.org>',
    "CCD came through blank in our EHR", D(3, 14, 15, 18),
    """
Hi again,

The CCD you sent for our patient imported but the problem list and meds are
empty on our side. Our vendor asked me to send you the header part. Here it is
(copied out of the viewer):

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Emergency Visit</title>
  <effectiveTime value="20250310183000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="2765530" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>5 Ridgeline Terrace</streetAddressLine>
        <city>Lakemont</city><state>MN</state><postalCode>55418</postalCode></addr>
      <telecom value="tel:+1-555-010-3382" use="HP"/>
      <patient>
        <name><given>Genevieve</given><family>Lachance</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19520114"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section><title>Medications</title>
    <text>ciprofloxacin 500 mg PO BID x 7 days (started ED 3/10/2025)</text>
  ...

Brenda
Brookfield Family Medicine
""")

# ===========================================================================
# PHI: lang
# ===========================================================================
add("phi", "lang", "Morales",
    '"Guadalupe Morales" <lupita.morales82@yahoo.com>',
    "eastgateuc@lakemontrmc.org",
    "resultados de mi esposo", D(3, 5, 19, 22),
    """
Buenas tardes,

Mi esposo Rigoberto Morales Santos fue atendido en la clínica de urgencias de
Eastgate el lunes 3 de marzo por dolor en el pecho. Le hicieron un
electrocardiograma y análisis de sangre y le dijeron que lo iban a llamar con los
resultados, pero nadie ha llamado. Él tiene diabetes y toma metformina y
losartán. ¿Puede alguien llamarnos al 555-0151? Él no habla mucho inglés.

Su fecha de nacimiento es 17/08/1969.

Muchas gracias,
Guadalupe Morales
""")

add("phi", "lang", "Ribeiro",
    '"Fernanda Ribeiro" <fe.ribeiro@uol.com.br>',
    '"Relações com Pacientes" <patientrelations@lakemontrmc.org>',
    "Pedido de prontuário - meu pai", D(3, 6, 12, 40),
    """
Prezados,

Meu pai, Sebastião Ribeiro da Costa, nascido em 22/11/1948, estava visitando a
família e foi levado de ambulância ao pronto-socorro de vocês no dia 28 de
fevereiro com falta de ar. Ele ficou internado três dias, recebeu diurético na
veia e fizeram um ecocardiograma. Ele volta para o Brasil na semana que vem e o
cardiologista dele em Belo Horizonte precisa do relatório de alta e dos exames.

Podem enviar para este e-mail? Eu sou a filha e tenho a procuração dele.

Atenciosamente,
Fernanda Ribeiro
""", cte="quoted-printable")

add("phi", "lang", "Trần",
    '"Trần Văn Lộc" <tranvanloc1960@gmail.com>',
    "askanurse@lakemontrmc.org",
    "Hỏi về thuốc sau khi đi cấp cứu", D(3, 7, 21, 5),
    """
Chào bác sĩ,

Tôi là Trần Văn Lộc, sinh ngày 03/05/1960. Hôm thứ Ba tôi vào phòng cấp cứu vì
đau bụng và nôn. Bác sĩ chụp CT và nói là sỏi mật, cho tôi về nhà với thuốc giảm
đau và hẹn gặp bác sĩ phẫu thuật. Đến giờ chưa ai gọi cho tôi để hẹn lịch mổ.
Tối nay tôi lại đau nhiều. Tôi có nên quay lại phòng cấp cứu không?

Cảm ơn,
Lộc
""", cte="base64")

add("phi", "lang", "Joseph",
    '"Marie-Claude Joseph" <mcjoseph509@gmail.com>',
    "ednursing@lakemontrmc.org",
    "Pitit mwen - rezilta analiz", D(3, 8, 9, 15),
    """
Bonjou,

Pitit fi mwen Widline Joseph, ki fèt 14 jen 2017, te vin nan ijans lan jedi
swa paske li te gen lafyèv ak tous. Yo te fè radyografi pwatrin li epi yo te
ba li antibyotik. Yon enfimyè te rele m yè pou di m rezilta analiz san an pa bon
e pou m tounen, men mesaj la te koupe. Kisa m dwe fè? Li toujou ap tous anpil.

Telefòn mwen: 555-0164

Mèsi anpil,
Marie-Claude
""")

add("phi", "lang", "Sokolova",
    '"Irina Sokolova" <i.sokolova@mail.ru>',
    "roi@lakemontrmc.org",
    "Выписка из приёмного отделения", D(3, 10, 8, 50),
    """
Здравствуйте,

Меня зовут Ирина Сергеевна Соколова (Irina Sokolova), дата рождения 11.09.1975.
5 марта меня доставили в ваше приёмное отделение после падения на льду. Сделали
рентген и КТ запястья, наложили гипс, сказали, что перелом лучевой кости. Мне
нужна выписка и снимки на диске для травматолога и для страховой компании.

Номер моей карты, который мне дали: 3402218.

С уважением,
Ирина
""", cte="base64")

add("phi", "lang", "Dela Cruz",
    '"Jocelyn Dela Cruz" <jocelyn.dc@gmail.com>',
    '"Case Management ED" <ed-cm@lakemontrmc.org>',
    "Tanong tungkol sa Lola ko - discharge", D(3, 11, 18, 37),
    """
Hello po,

Ako po si Jocelyn, apo ni Lola Remedios Dela Cruz (82 years old). Na-admit po
siya sa ER ninyo noong Linggo dahil nahulog at nabali ang balakang. Sabi po ng
social worker na ililipat siya sa rehab pero hindi pa po namin alam kung saan.
Yung oxygen niya po ba ay kailangan pa pag-uwi? Wala po kaming makina sa bahay.

Salamat po,
Jocelyn
09-555-0173 (cell)
""")

add("phi", "lang", "Al-Khatib",
    '"Omar Al-Khatib" <omar.alkhatib77@hotmail.com>',
    "patientrelations@lakemontrmc.org",
    "استفسار عن نتائج والدتي", D(3, 12, 14, 2),
    """
السلام عليكم،

والدتي فاطمة الخطيب (Fatima Al-Khatib)، تاريخ الميلاد ١٩٥٥/٠٤/٠٩، ذهبت إلى قسم
الطوارئ يوم الأحد بسبب ضيق في التنفس. أجروا لها صورة أشعة للصدر وتحليل دم،
وقالوا إن عندها التهاب رئوي وأعطوها مضاداً حيوياً. هل ظهرت نتيجة مزرعة الدم؟
نريد أن نعرف هل يجب أن تستمر على نفس الدواء.

رقم هاتفي: 555-0148

شكراً،
عمر
""", cte="base64")

add("phi", "lang", "Wang",
    '"王丽 Li Wang" <wangli.lakemont@163.com>',
    '"Interpreter Services" <interpreters@lakemontrmc.org>',
    "关于我父亲急诊后的复诊", D(3, 13, 20, 11),
    """
您好，

我父亲王建国（Jianguo Wang），1950年7月3日出生，上周六因为胸闷被救护车送到
你们医院急诊。医生做了心电图和抽血，说心肌酶有点高，住院观察了一晚，出院时
开了阿司匹林和阿托伐他汀，让他两周内看心脏科。可是心脏科到现在还没有打电话
预约。他不会说英语，请问复诊时可以安排中文翻译吗？

我的电话：555-0177

谢谢！
王丽
""")

# ===========================================================================
# CLEAN: admin
# ===========================================================================
add("clean", "admin", "",
    '"Greer, Monica RN" <mgreer@lakemontrmc.org>',
    '"ED RN Staff" <ed-rn-all@lakemontrmc.org>',
    "April schedule - swaps due by 3/21", D(3, 12, 8, 30),
    """
Hi all,

April schedule is posted in the staffing app. A few things:

* Swaps need to be approved by 3/21. After that it's charge-to-charge only.
* Still open: 4/5 nights (2 RN), 4/12 days Fast Track (1 RN), 4/19-4/20 nights
  Eastgate UC (1 RN each). Incentive pay applies to the Eastgate shifts.
* Tabitha Moss and Paul Delacroix are precepting new grads starting 4/7, so they
  are off the float list through May.
* Easter (4/20) holiday rotation follows last year's list -- if you worked
  Thanksgiving you're off Easter.

Questions to me or Dana (x4410). My cell is 555-0168 for urgent stuff only.

Monica Greer, RN, BSN
ED Educator / Scheduling
""", cte="quoted-printable")

add("clean", "admin", "",
    '"LRMC IT Service Desk" <servicedesk@lakemontrmc.org>',
    '"Delacroix, Paul RN" <pdelacroix@lakemontrmc.org>',
    "INC0048812 updated - Triage label printer (ED-TRI-ZEB02) not printing", D(3, 6, 10, 15),
    """
Incident INC0048812 has been updated.

Short description: Triage label printer (ED-TRI-ZEB02) not printing wristbands
Caller: Paul Delacroix  |  Location: ED Triage 2  |  Phone: x4418
Priority: 2 - High
Assignment group: Field Services - Clinical Devices
State: Work in Progress

Work note (Jared Pike, 03/06/2025 10:12):
Replaced the printhead and updated the driver to 7.4.3. Test label printed OK
from the registration workstation. Triage 2 workstation still mapping to the old
queue \\\\LRMC-PRT04\\ED-TRI-ZEB02-OLD. Remoting in at 1100 to remap. Please leave
the PC logged in.

To view this incident, log in to the Service Portal.
Ref:MSG0091773
""")

add("clean", "admin", "",
    '"Accounts Receivable - Crestline Linen" <ar@crestlinelinen.com>',
    '"LRMC Accounts Payable" <ap@lakemontrmc.org>',
    "Invoice INV-2025-03187 - Lakemont ED & Urgent Care sites", D(3, 3, 6, 40),
    """
Dear Customer,

Please find below your invoice summary for February 2025.

Invoice #:     INV-2025-03187
Account #:     LRMC-00417
PO #:          4500118823
Service period: 02/01/2025 - 02/28/2025

Location                      Items                          Amount
Emergency Dept (Main)         gowns, sheets, bath blankets   $6,412.80
Riverside Urgent Care         gowns, sheets                  $1,088.45
Eastgate Urgent Care          gowns, sheets, scrubs          $1,240.10
Fuel surcharge                                                 $212.00
                                                     TOTAL   $8,953.35

Payment terms Net 30. Remit to Crestline Linen Services, PO Box 7731, Lakemont.
Questions: Shelly Farnsworth, 555-0192.

Thank you for your business!
""")

add("clean", "admin", "",
    '"HR Service Center" <hr@lakemontrmc.org>',
    '"ED Registration Staff" <ed-registration@lakemontrmc.org>',
    "Action required: badge re-issue for employees with IDs starting 40-", D(3, 10, 9, 0),
    """
Good morning,

As part of the badge system upgrade, employees whose ID numbers begin with 40-
need a new badge photo before 3/31. Old badges will stop opening the ambulance
bay and the med room doors on 4/1.

Badge office hours (Security Office, ground floor by the ED ambulance entrance):
  Mon-Fri 0700-1530, plus Tue/Thu 1800-2000 for night staff

Affected ED registration employees:
  Lourdes Ibarra       40-11872
  Linh Pham            40-12290
  Darius Whitlock      40-13015
  Ana Beltrán          40-13377

Bring your current badge. Questions: HR Service Center x2100.

Lakemont Regional Medical Center - Human Resources
""")

add("clean", "admin", "",
    '"Facilities Work Control" <workcontrol@lakemontrmc.org>',
    '"ED Leadership" <ed-leadership@lakemontrmc.org>; "Infection Prevention" <ip@lakemontrmc.org>',
    "WO 25-01944: Fast Track HVAC - rooms FT4-FT6 offline Tue 3/18", D(3, 13, 14, 22),
    """
Work Order 25-01944

Scope: replace air handler damper actuator serving Fast Track rooms FT4, FT5,
FT6 and the FT nurse station. Rooms FT4-FT6 will need to be closed 0600-1400 on
Tuesday 3/18. ICRA class III -- containment barrier and negative air machine in
the corridor; IP sign-off received (ICRA permit #0219).

Contact on site: Glen Abernathy, HVAC lead, cell 555-0114.
Please page facilities at x7000 if the schedule needs to move.

-- Facilities Work Control
""")

add("clean", "admin", "",
    '"Revenue Cycle Applications" <rc-apps@lakemontrmc.org>',
    '"All Patient Access & ED Staff" <patientaccess-all@lakemontrmc.org>',
    "Planned downtime Sun 3/16 0100-0500 - billing & registration", D(3, 11, 15, 3),
    """
PLANNED DOWNTIME

System: Registration / ADT and patient accounting (PA v12.2 upgrade)
When:   Sunday 3/16, 0100-0500
Impact: no electronic registration, no wristband printing, no eligibility (270/271)
        checks, no charge entry.

During downtime:
 - Use the downtime registration packets (red binder at each registration desk)
 - Pre-printed downtime MRN labels are in the same binder -- assign in order and
   record on the log sheet
 - Handwritten wristbands per policy PA-114
 - Keep all paper until back-entry is complete

Back-entry team: Darius Whitlock (x4305) and Ana Beltrán (x4306) starting 0500.

Revenue Cycle Applications Team
ticket queue: RC-APPS | x5533
""")

add("clean", "admin", "",
    '"Ibarra, Lourdes" <libarra@lakemontrmc.org>',
    '"ED Registration Staff" <ed-registration@lakemontrmc.org>',
    "Registration staff meeting 3/20 - agenda", D(3, 17, 11, 45),
    """
Hi team,

Staff meeting Thursday 3/20 at 1400 and again at 2200 for nights, conf room B.

Agenda:
1. February numbers: duplicate MRN rate down to 1.2% (from 2.0%), great job.
   Quick-reg to full-reg conversion avg 38 min, goal 30.
2. Downtime recap from 3/16 -- what worked, what didn't
3. Eastgate UC front desk coverage -- need 2 volunteers for Sat rotation
4. New ID scanner rollout (Darius)
5. Recognition: Ana Beltrán got a Daisy-style shout-out from a family last
   week for helping them find parking + a wheelchair

Pizza at the night session. :)

Lourdes Ibarra
Patient Access Supervisor - ED Registration
x4300
""")

# ===========================================================================
# CLEAN: lookalike
# ===========================================================================
add("clean", "lookalike", "",
    '"Ironworks Fitness Lakemont" <members@ironworksfitness.com>',
    '"Keith Brennan" <kbrennan.runs@gmail.com>',
    "Your InBody scan results are ready, Keith!", D(3, 8, 7, 0),
    """
Hi Keith,

Thanks for checking in at Ironworks Lakemont! Your body composition scan from
3/7 is ready in the app.

Member #: IWF-0088231
Home club: Lakemont - Route 9

  Weight .............. 184.2 lb   (-3.1 since Jan)
  Body fat ............ 19.8%
  Skeletal muscle ..... 84.6 lb
  BMI ................. 25.7
  Visceral fat level .. 8

Your coach Danielle recommends adding 2 strength sessions a week. Book your free
follow-up assessment in the app or call the front desk at 555-0103.

Stay strong,
The Ironworks Team

You are receiving this because you are an Ironworks member. Unsubscribe | Privacy
""",
    html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><h2 style="color:#d2491b">Your InBody scan results are ready, Keith!</h2>
<p>Member #: <b>IWF-0088231</b> &middot; Home club: Lakemont - Route 9</p>
<table cellpadding="4">
<tr><td>Weight</td><td>184.2 lb (-3.1 since Jan)</td></tr>
<tr><td>Body fat</td><td>19.8%</td></tr>
<tr><td>Skeletal muscle</td><td>84.6 lb</td></tr>
<tr><td>BMI</td><td>25.7</td></tr>
<tr><td>Visceral fat level</td><td>8</td></tr>
</table>
<p>Your coach Danielle recommends adding 2 strength sessions a week.</p>
<p><a href="https://app.ironworksfitness.com/book">Book your free follow-up assessment</a></p>
<p style="font-size:9pt;color:#888">You are receiving this because you are an Ironworks member. Unsubscribe | Privacy</p>
</td></tr></table></body></html>""")

add("clean", "lookalike", "",
    '"Maple Hollow Veterinary Clinic" <frontdesk@maplehollowvet.com>',
    '"Dana Kowalski" <dkowalski.home@gmail.com>',
    "Biscuit's bloodwork + next steps", D(3, 5, 16, 12),
    """
Hi Dana,

Dr. Ostrowski reviewed Biscuit's senior bloodwork from Monday. Kidney values
(BUN 31, creatinine 1.9) are a little higher than last year, so she'd like to
start him on the renal diet and recheck in 3 months. Thyroid (T4) is normal.
The urinalysis showed mildly dilute urine, consistent with early kidney changes.

She'd also like to continue the gabapentin 100 mg at night for his hips.

Patient: Biscuit (canine, beagle mix, 12 y, MN)
Client #: 20417   Patient ID: 20417-02

Refills can be picked up anytime after 3pm tomorrow. Give us a call at
555-0119 with any questions.

Maple Hollow Veterinary Clinic
"Where every patient has a tail to tell"
""")

add("clean", "lookalike", "",
    '"Lakemont Community Credit Union" <alerts@lakemontccu.org>',
    '"Tabitha Moss" <tabitha.moss@icloud.com>',
    "Member #00718842 - your March e-statement is ready", D(3, 3, 5, 30),
    """
Dear Tabitha Moss,

Your e-statement for Member #00718842 for the period ending 02/28/2025 is now
available in online banking.

  Share Savings (S01) ........ $2,410.17
  Checking (S09) ............. $1,388.02
  Auto Loan (L02) ............ balance $11,204.55, next payment 03/15/2025

Reminder: Lakemont CCU will never ask for your PIN or full card number by email
or phone. Report suspicious messages to 555-0107.

Routing # 291970331 | Federally insured by NCUA
""", cte="base64")

add("clean", "lookalike", "",
    '"Northstar Airlines" <reservations@northstarair.com>',
    '"Rachel Amsel" <rachel.amsel@gmail.com>',
    "Itinerary receipt - Confirmation Q7KD2M", D(3, 9, 13, 44),
    """
Thank you for flying Northstar!

Confirmation: Q7KD2M
Ticket number: 2742381190442

Passengers:
  AMSEL/RACHEL MS        NorthstarMiles #NS881204577
  AMSEL/THEO MR          NorthstarMiles #NS881204590

Flight NS 418   Sat 12 Apr 2025  MSP 07:05 -> DEN 08:32   Seats 14C/14D
Flight NS 419   Sun 20 Apr 2025  DEN 17:50 -> MSP 21:02   Seats 9A/9B

Fare total: USD 612.40 (2 adults)
Checked bags: 1 each included

Need special assistance? Manage your trip online at least 48 hours before departure.
""")

add("clean", "lookalike", "",
    '"Claims - Granite Auto Insurance" <claims@graniteauto.com>',
    '"Jonah Feld" <jfeld.home@gmail.com>',
    "Claim 7730-0091-22 - appraisal complete", D(3, 12, 11, 8),
    """
Dear Jonah Feld,

Your collision claim 7730-0091-22 (policy GA-4418320, 2019 Subaru Outback,
VIN ending 8841) has been appraised.

  Damage: rear bumper cover, rear hatch, left tail lamp assembly, sensor recalibration
  Estimate: $4,318.77
  Deductible: $500.00
  Rental coverage: up to 30 days at $40/day

Repairs can be scheduled with any Granite Select shop. Your adjuster is
Colin Marsh, 555-0185, ext. 3. Please have your claim number ready when calling.

Granite Auto Insurance - Claims Dept.
""")

add("clean", "lookalike", "",
    '"Evergreen Tree Surgeons" <office@evergreentreesurgeons.com>',
    '"Anita Pryor" <anita.pryor@comcast.net>',
    "Assessment & treatment plan - red oak, 41 Hawthorn Ln", D(3, 10, 15, 27),
    """
Hi Anita,

Thanks for having us out Friday. Here's what our arborist found on the big red
oak in the back yard:

Diagnosis: early-stage oak wilt is ruled out (lab sample negative). The decline
in the crown is from root compaction and an old wound on the north side with
some internal decay (about 15% by resistograph).

Treatment plan:
  1. Crown cleaning, remove deadwood > 2"            $850
  2. Air-spade root collar excavation + mulch        $600
  3. Deep-root fertilization (spring + fall)         $280
  4. Re-check in 12 months, re-test decay            included

We'd recommend doing #1 before bud break. Quote #EV-2291 is good for 60 days.

Marcus Thibault, ISA Certified Arborist MN-4417A
Evergreen Tree Surgeons | 555-0124
""")

add("clean", "lookalike", "",
    '"jira@patchwork-dev.atlassian.net" <jira@patchwork-dev.atlassian.net>',
    '"Simran Kaur" <skaur@lakemontrmc.org>',
    "[PW-3318] Triage: zombie worker processes after 'patient' retry handler crash", D(3, 11, 20, 2),
    """
Ravi Menon created PW-3318:

Summary: Triage: zombie worker processes after 'patient' retry handler crash
Priority: P1 - Critical
Component: queue-runner
Labels: triage, needs-diagnosis

Description:
The "patient" retry handler (the one with exponential backoff, not the "eager"
one) segfaults when the payload > 16 MB. Parent process never reaps the child so
we get zombie processes piling up -- 412 on prod-worker-07 at 19:40.

Symptoms: memory climbs ~2 GB/hr, health check still returns 200 (!), admissions
queue stalls after ~6h.

Patient zero appears to be job 8812073 from tenant acme-logistics.

Steps to reproduce: enqueue the attached 17 MB fixture with retry=patient.

Prescribed fix (proposal): add SIGCHLD handler + cap payload at 8 MB; discharge
stuck jobs to the dead-letter queue after 3 attempts.

--
This message was sent by Atlassian Jira
""")

# ===========================================================================
# CLEAN: news
# ===========================================================================
add("clean", "news", "",
    '"Lakemont County Public Health" <epi-bulletin@lakemontcounty.gov>',
    '"ED Medical Directors" <ed-directors@lakemontrmc.org>',
    "Respiratory Virus Surveillance Bulletin - Week 10 (Mar 2-8, 2025)", D(3, 11, 9, 0),
    """
LAKEMONT COUNTY PUBLIC HEALTH
Respiratory Virus Surveillance Bulletin - MMWR Week 10

Summary
- Influenza activity: DECREASING, still above seasonal baseline
- RSV: LOW and decreasing
- COVID-19: LOW, stable

Emergency department visits for influenza-like illness: 4.1% of all ED visits
(week 9: 5.6%). Highest rates among ages 0-4 (7.9%) and 65+ (4.8%).

Laboratory surveillance (5 reporting labs):
  Influenza A positivity   14.2%  (H1N1 61%, H3N2 39% of subtyped)
  Influenza B positivity    3.0%
  RSV positivity            4.4%
  SARS-CoV-2 positivity     3.8%

Hospitalizations: 37 influenza-associated hospitalizations reported this week,
2 pediatric. One influenza-associated pediatric death has been reported this
season (previously announced).

Recommendations: continue offering influenza vaccine to all patients >= 6 months.
Antiviral treatment is recommended for hospitalized patients and high-risk
outpatients regardless of vaccination status.

Questions: Epidemiology Program, 555-0190 | epi@lakemontcounty.gov
""")

add("clean", "news", "",
    '"LRMC Pharmacy & Therapeutics" <pt-committee@lakemontrmc.org>',
    '"All Clinical Staff" <clinical-all@lakemontrmc.org>',
    "RECALL: Ondansetron 4 mg ODT (Corvane Pharma) - specific lots", D(3, 7, 12, 30),
    """
DRUG RECALL NOTICE - CLASS II

Product: Ondansetron orally disintegrating tablets 4 mg, 10 x 3 unit-dose blisters
Manufacturer: Corvane Pharmaceuticals
NDC: 71288-0412-30
Affected lots: CV24117A, CV24117B, CV24131C (exp 09/2026)
Reason: dissolution failure on stability testing; tablets may not disintegrate as
labeled.

Action:
 - Pharmacy has removed affected lots from main pharmacy, ED Pyxis, Riverside and
   Eastgate urgent care stock as of 3/7 1100.
 - If you find these lots anywhere else (crash carts, procedure areas), quarantine
   and call pharmacy x4470.
 - No patient notification is required per manufacturer; clinical risk is low.

Replacement stock: Hollis Labs ondansetron ODT 4 mg (same NDC pattern in Pyxis).

Pharmacy & Therapeutics Committee
""")

add("clean", "news", "",
    '"LRMC Communications" <news@lakemontrmc.org>',
    '"All Staff" <allstaff@lakemontrmc.org>',
    "The Lakemont Pulse - March 2025", D(3, 14, 6, 0),
    """
THE LAKEMONT PULSE | March 2025

ED hits door-to-provider goal
Our emergency department averaged 22 minutes door-to-provider in February, down
from 41 minutes a year ago, thanks to the split-flow triage model and provider-in-
triage shifts. Left-without-being-seen rate dropped to 1.9%. "This is the whole
team," said ED Medical Director Dr. Nadia Haddad.

Eastgate Urgent Care turns 5
Eastgate UC celebrated five years and more than 92,000 visits on March 1. Cake
and balloons courtesy of the Eastgate front desk crew.

Kudos corner
- Paul Delacroix, RN (Fast Track) for organizing the Vietnamese and Spanish
  discharge-instruction library
- Tri-County EMS Medic 7 for their STEMI door-to-balloon partnership award
- Anita Pryor, LCSW, recognized by the county for the ED housing navigation pilot

Save the date: Spring Trauma Symposium, April 24, Conference Center.
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1b4f72">THE LAKEMONT PULSE <small>| March 2025</small></h1>
<h3>ED hits door-to-provider goal</h3>
<p>Our emergency department averaged 22 minutes door-to-provider in February, down from 41 minutes a year ago,
thanks to the split-flow triage model and provider-in-triage shifts. Left-without-being-seen rate dropped to 1.9%.
&ldquo;This is the whole team,&rdquo; said ED Medical Director Dr. Nadia Haddad.</p>
<h3>Eastgate Urgent Care turns 5</h3>
<p>Eastgate UC celebrated five years and more than 92,000 visits on March 1.</p>
<h3>Kudos corner</h3>
<ul><li>Paul Delacroix, RN (Fast Track) for organizing the Vietnamese and Spanish discharge-instruction library</li>
<li>Tri-County EMS Medic 7 for their STEMI door-to-balloon partnership award</li>
<li>Anita Pryor, LCSW, recognized by the county for the ED housing navigation pilot</li></ul>
<p><i>Save the date:</i> Spring Trauma Symposium, April 24, Conference Center.</p>
</body></html>""")

add("clean", "news", "",
    '"State Health Alert Network" <han@health.state.example.us>',
    '"HAN Recipients - Hospitals" <han-hospitals@lists.health.state.example.us>',
    "HAN ADVISORY: Measles exposure - Greyfield County, Mar 1-4", D(3, 6, 17, 55),
    """
HEALTH ALERT NETWORK - ADVISORY
Distributed to: hospital EDs, urgent care centers, primary care, EMS

A confirmed measles case in an unvaccinated adult traveler has been reported in
Greyfield County. Public exposure locations include:
  - Greyfield Transit Center, Mar 1, 2:00-6:00 PM
  - Harbor Street Market, Mar 2, 10:00 AM-1:00 PM
  - A Greyfield County urgent care waiting room, Mar 4, 9:00 AM-12:30 PM
    (the facility is notifying patients directly)

Clinicians should:
1. Consider measles in patients with fever and rash, especially with cough,
   coryza or conjunctivitis, through March 25.
2. Mask and immediately room suspected patients in an airborne infection
   isolation room. Do not use waiting rooms.
3. Call the local health department BEFORE sending specimens; collect NP swab
   for measles PCR and serum IgM.
4. Verify MMR status of all staff.

Contact: State Epidemiology 24/7 line 555-0100 ext 9.
""", cte="quoted-printable")

add("clean", "news", "",
    '"EM Journal Club" <emjc@lakemontrmc.org>',
    '"EM Residents & Faculty" <em-residents@lakemontrmc.org>',
    "Journal club 3/19 - articles + pre-read", D(3, 12, 18, 0),
    """
Journal club is Wednesday 3/19 at 1800, Dr. Lopez-Reyes's house (address in the
calendar invite). Food provided.

Articles:
1. Ketamine vs etomidate for RSI in critically ill adults -- multicenter RCT,
   n=2,100, primary outcome 28-day mortality (no difference), more hypotension
   with ketamine in the shock subgroup.
2. High-sensitivity troponin 0/1-hour algorithm in a US ED population --
   prospective validation, NPV 99.6% for 30-day MACE.
3. Short-course (5 day) vs 10 day antibiotics for uncomplicated pediatric CAP --
   noninferiority trial.

Presenters: PGY-2s (Tran, Okeke, Lindgren). Attending discussant: Dr. Amsel.

Please read at least the abstracts and the tables. PDFs are in the shared drive
under Education > Journal Club > 2025-03.
""")

add("clean", "news", "",
    '"Tri-County EMS Medical Direction" <meddirection@tricountyems.org>',
    '"Regional EMS & ED Partners" <ems-partners@tricountyems.org>',
    "Heat/cold bulletin + protocol update 2025-03", D(3, 3, 8, 15),
    """
TRI-COUNTY EMS - MEDICAL DIRECTION BULLETIN 2025-03

1) Cold weather: with the late-season cold snap, expect increased hypothermia
   and CO exposure calls this week. Reminder that SpCO monitoring is available on
   all ALS units; consider CO with any headache/nausea cluster from one address.

2) Protocol update effective 4/1: TXA for isolated head injury removed from
   standing orders. Pelvic binder now standard for all high-energy mechanisms
   with hypotension.

3) Regional stats, Q4 2024: 1,184 cardiac arrests attended, ROSC 27%, survival
   to discharge 9.8%. Stroke alerts: 612, median door-to-CT at receiving EDs
   18 min.

4) Hospital diversion: please use the regional status board, not phone calls to
   charge nurses, to check diversion status.

Dr. Elaine Whitford, MD, FACEP
EMS Medical Director
""")

# ===========================================================================
# CLEAN: staff
# ===========================================================================
add("clean", "staff", "",
    '"Lopez-Reyes, Hector MD" <hlopezreyes@lakemontrmc.org>',
    '"ED Attendings" <ed-attendings@lakemontrmc.org>',
    "sepsis bundle timing question", D(3, 5, 22, 10),
    """
Quick q for the group. Had a 60s male tonight, lactate 3.1, BP fine, source
looked like pneumonia. Nurse flagged the 30 mL/kg bolus as "missed" because we
gave 1.5 L and stopped for crackles. I documented the reason but quality still
pulls it as a fallout. Are people documenting a specific phrase that the
abstractors accept? I thought "clinical assessment of volume status" was
enough.

Also -- does anyone know if the 3-hr clock starts at triage or at the time the
order set is signed? I've heard both.

H
""")

add("clean", "staff", "",
    '"Kowalski, Dana RN" <dkowalski@lakemontrmc.org>',
    '"ED RN Staff" <ed-rn-all@lakemontrmc.org>',
    "NEED 2 RNs tonight 1900-0700 - incentive approved", D(3, 7, 13, 25),
    """
Hi all -- we're short 2 RNs tonight (1900-0700) and 1 for 2300-0700. Census is
58 with 11 boarders. Incentive pay is approved ($15/hr + bonus shift credit).

Reply or text me at 555-0168 (charge phone). First come first served.

Also if anyone can stay late till 2300 that helps too.

Dana
""")

add("clean", "staff", "",
    '"Haddad, Nadia MD" <nhaddad@lakemontrmc.org>',
    '"ED Attendings" <ed-attendings@lakemontrmc.org>; "ED RN Staff" <ed-rn-all@lakemontrmc.org>',
    "case review - button battery (teaching points)", D(3, 10, 16, 40),
    """
All,

We had a toddler with a button battery ingestion a couple weeks ago -- great
outcome, but it's a good reminder. De-identified teaching points:

- Presentation was just drooling and "not eating," no witnessed ingestion.
- The CXR halo sign was subtle; compare to a coin (no double rim).
- Give honey 10 mL q10 min x6 (if >1 yr, ingestion <12 h, no perforation signs)
  while arranging endoscopy -- we did, and GI was grateful.
- Battery in the esophagus = emergent removal within 2 h, regardless of symptoms.
  Do NOT wait for GI "first thing in the morning."
- Call Children's transfer line early if our peds GI isn't available.

Thanks to the night team for the quick catch.

Nadia Haddad, MD, FACEP
Medical Director, Emergency Services
""")

add("clean", "staff", "",
    '"Brennan, Keith PA-C" <kbrennan@lakemontrmc.org>',
    '"Shah, Vikram PharmD" <vshah@lakemontrmc.org>',
    "ketamine for agitation - dosing?", D(3, 11, 1, 48),
    """
Vikram -- general question, not about anyone specific. For severe agitation in
an adult when IM is the only route, what's your preferred ketamine dose? I've
seen 4 mg/kg IM and 5 mg/kg IM floated around. Our order set only has IV
1 mg/kg. Also do we need the sedation nurse for IM ketamine for agitation or is
that only for procedural?

thx
Keith
""")

add("clean", "staff", "",
    '"Amsel, Rachel MD" <ramsel@lakemontrmc.org>',
    '"ED Attendings" <ed-attendings@lakemontrmc.org>; "ED Charge RN" <ed-charge@lakemontrmc.org>',
    "Stroke alert workflow change starting 3/17", D(3, 13, 10, 0),
    """
Hi everyone,

After the stroke committee meeting we're changing two things starting Monday 3/17:

1. EMS pre-notified stroke alerts go straight to CT on the EMS stretcher. The
   registration clerk meets the crew at CT with a quick-reg, not at the desk.
2. Tele-neurology is called from CT by the primary RN, not by the unit clerk.

Our median door-to-CT last quarter was 21 min; goal is <15.

Questions to me or Dr. Whitford (EMS). Updated flowchart is posted in the
physician workroom and on the intranet.

Rachel Amsel, MD
Stroke Champion, Emergency Medicine
""")

add("clean", "staff", "",
    '"Holloway, Ray (Security)" <rholloway@lakemontrmc.org>',
    '"ED Leadership" <ed-leadership@lakemontrmc.org>; "Security Supervisors" <security-sup@lakemontrmc.org>',
    "Workplace violence debrief - waiting room, Saturday night", D(3, 10, 11, 30),
    """
Team,

Debrief summary from the waiting room event Saturday ~2340. No names here --
details are in the incident system.

What went well:
- Triage RN hit the duress button right away, response time 48 seconds
- Two officers + charge RN, verbal de-escalation worked, no hands-on needed
- Other visitors were moved to the Fast Track hallway quickly

What to fix:
- Waiting room camera 3 was pointed at the wall again
- The metal detector wand at the walk-in entrance was dead (battery)
- Night registration clerk didn't know where the duress button is at the
  second desk -- we'll add it to orientation

Next steps: camera fix WO submitted, wand charging station moved to the desk,
refresher on Code Gray at the 3/20 staff meeting.

Sgt. Ray Holloway
Security Services
""")

add("clean", "staff", "",
    '"Pryor, Anita LCSW" <apryor@lakemontrmc.org>',
    '"ED RN Staff" <ed-rn-all@lakemontrmc.org>; "Case Management ED" <ed-cm@lakemontrmc.org>',
    "Updated resource sheet - shelters & warming centers (nights/weekends)", D(3, 4, 17, 15),
    """
Hi all,

For nights and weekends when SW isn't in house, here's the updated list. Paper
copies are in the SW folder at the main nurse station.

Shelters (call first, bed counts change hourly):
  Harbor House (adults, 18+)              555-0133   intake until 2200
  St. Vincent Family Center (families)    555-0134   24h
  New Leaf Youth Shelter (18-24)          555-0135   24h
  County Warming Center, 300 Main St      no call needed, opens 1900 when < 20F

Transportation: cab vouchers are in the charge RN lockbox. Log each one.
Detox: Northpoint Recovery 555-0136 -- they now take walk-ins until midnight.
Pharmacy: Main St Walgreens will fill the $4 list for uninsured if we call ahead.

Anita
""")

# ===========================================================================
# CLEAN: training
# ===========================================================================
add("clean", "training", "",
    '"Clinical Informatics Training" <ehr-training@lakemontrmc.org>',
    '"New Hires - Patient Access" <newhire-pa@lakemontrmc.org>',
    "Registration class 3/18 - practice patients for the TRAIN environment", D(3, 14, 10, 0),
    """
Welcome to Patient Access!

For Tuesday's hands-on class you'll log into the TRAIN environment (TRN02), NOT
production. Use only these practice patients:

  ZZTEST, EDREG ONE      MRN 9999001   DOB 01/01/1950
  ZZTEST, EDREG TWO      MRN 9999002   DOB 02/02/1985
  ZZTEST, PEDS BABY      MRN 9999003   DOB 03/03/2024
  ZZTEST, UNKNOWN MALE   MRN 9999004   (practice the trauma quick-reg)

Insurance for practice: "TEST PAYER - DO NOT BILL", member ID TEST123456789.

Exercises: quick-reg an ambulance arrival, convert to full reg, print a
wristband to the TRAIN printer, and do a practice eligibility check (it will
always return "active"). All data in TRN02 is fictitious and is wiped nightly.

Clinical Informatics Training Team
x5580
""")

add("clean", "training", "",
    '"Rhea Castellano (Cloverleaf Solutions)" <rcastellano@cloverleafsolutions-demo.com>',
    '"Interface Team" <interfaces@lakemontrmc.org>',
    "Demo follow-up: sample ADT/ORU messages for your test lane", D(3, 4, 15, 45),
    """
Hi Wes and team,

Thanks for joining the demo. As promised, here are the sample messages we used.
These are synthetic test records from our demo kit -- load them into your TEST
lane only.

MSH|^~\\&|DEMO_REG|DEMO_HOSP|DEMO_RCV|DEMO_FAC|20250101120000||ADT^A01|DEMO0001|T|2.5.1
EVN|A01|20250101120000
PID|1||TEST000001^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(000)000-0000
PV1|1|E|ED^01^01||||9999^TEST^PROVIDER

MSH|^~\\&|DEMO_LAB|DEMO_HOSP|DEMO_RCV|DEMO_FAC|20250101123000||ORU^R01|DEMO0002|T|2.5.1
PID|1||TEST000002^^^DEMO^MR||DOE^JANE||19800101|F
OBR|1||DEMO-ACC-1|CBC^Complete Blood Count^L
OBX|1|NM|HGB^Hemoglobin^L||13.5|g/dL|12-16|N|||F

Note MSH-11 = T (training/test). The mapping workbook is in the shared folder.

Best,
Rhea Castellano
Solutions Engineer, Cloverleaf Solutions (demo environment)
""")

add("clean", "training", "",
    '"Sim Lab" <simlab@lakemontrmc.org>',
    '"EM Residents & Faculty" <em-residents@lakemontrmc.org>; "ED RN Staff" <ed-rn-all@lakemontrmc.org>',
    "In-situ sim Thursday: 'Stan D. Mannequin' goes into anaphylaxis", D(3, 17, 9, 10),
    """
In-situ simulation Thursday 3/20, 1000, ED room 10 (if open, else 12).

Scenario (sim patient, fictional):
  "Stan D. Mannequin," 45M, SimMan 3G, arrives by EMS after bee sting at a
  picnic. Hives, wheeze, BP 78/40. Progresses to stridor at minute 6.

Learning objectives: IM epi within 5 min, epi drip prep, difficult airway cart
location, closed-loop communication.

The sim chart is under "SIMULATION, STAN" in the TRAIN environment -- please
don't document anything in PROD. Props: fake epi autoinjector, sim-only drug
kit (blue tape = not for patient use).

Debrief immediately after, 20 min. CE credit available.

Sim Lab | x5590
""")

add("clean", "training", "",
    '"Greer, Monica RN" <mgreer@lakemontrmc.org>',
    '"New Grad RNs - ED" <ed-newgrads@lakemontrmc.org>',
    "ESI triage practice cases - week 2 (answers Friday)", D(3, 18, 7, 30),
    """
Week 2 triage practice. Assign an ESI level and say why. All cases are
made up for practice.

Case 1. 45 y/o female, chest pressure x 1 hr, diaphoretic, HR 104, BP 150/90.
Case 2. 22 y/o male, ankle injury playing basketball, can bear weight, pain 6/10,
        normal vitals.
Case 3. 3 y/o, fever 102.4 x 2 days, drinking well, playful in triage.
Case 4. 78 y/o, "not acting right" per family x 6 hrs, HR 118, T 100.9, SpO2 93%.
Case 5. 30 y/o pregnant at 34 weeks, headache and blurry vision, BP 168/108.
Case 6. 50 y/o asking for a work note and a tetanus shot, no injury today.

Answers and discussion in class Friday. Hint: count resources carefully for #2 and #6.

Monica Greer, RN, BSN, CEN
ED Educator
""")

add("clean", "training", "",
    '"Kaur, Simran" <skaur@lakemontrmc.org>',
    '"Interface Team" <interfaces@lakemontrmc.org>',
    "FHIR sandbox - example Patient resource for the HIE onboarding test", D(3, 6, 14, 0),
    """
Team, for the HIE onboarding test next week use the vendor sandbox at
https://sandbox.medbridgehie.net/fhir and this example resource (straight from
their sample pack -- synthetic, no real person):

{
  "resourceType": "Patient",
  "id": "example-test-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "TEST-0000001"}],
  "name": [{"family": "Test", "given": ["Patient", "Sample"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}

Please do NOT push anything from prod until we pass the conformance suite.

Simran
""")

add("clean", "training", "",
    '"Revenue Cycle Applications" <rc-apps@lakemontrmc.org>',
    '"Whitlock, Darius" <dwhitlock@lakemontrmc.org>',
    "Sample import file for the downtime back-entry tool", D(3, 13, 16, 20),
    """
Darius,

Attached is the sample import file for testing the downtime back-entry tool in
TEST. All rows are dummy ZZZ records from the vendor template. Please run it in
TEST only and let me know if the CSV parses -- especially the row with the
comma in the name.

thanks
Kendra
Revenue Cycle Applications
""",
    atts=[("backentry_sample_TEST.csv", "text/csv", csvtext([
        ["downtime_mrn", "last_name", "first_name", "dob", "arrival_time", "chief_complaint", "env"],
        ["DT-0001", "ZZZTEST", "ALPHA", "1901-01-01", "2025-03-16 01:15", "SAMPLE COMPLAINT A", "TEST"],
        ["DT-0002", "ZZZTEST", "BRAVO", "1902-02-02", "2025-03-16 01:40", "SAMPLE COMPLAINT B", "TEST"],
        ["DT-0003", "ZZZTEST, JR", "CHARLIE", "1903-03-03", "2025-03-16 02:05", "SAMPLE COMPLAINT C", "TEST"],
        ["DT-0004", "ZZZTEST", "DELTA", "1904-04-04", "2025-03-16 03:30", "SAMPLE COMPLAINT D", "TEST"],
    ]))])


# ===========================================================================
# write
# ===========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        key = (m["label"], m["kind"])
        COUNTERS[key] = COUNTERS.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], COUNTERS[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m["label"], m["kind"], m["patient"] if m["label"] == "phi" else ""])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts["%s-%s" % (r[1], r[2])] = counts.get("%s-%s" % (r[1], r[2]), 0) + 1
    for k in sorted(counts):
        print(k, counts[k])
    print("total", len(rows))


if __name__ == "__main__":
    main()
