#!/usr/bin/env python3
"""Blind evaluation mail set: ophthalmology / optometry group (Lakeshore Eye Associates).
All people, numbers and organisations are invented.  Standard library only, deterministic."""
import csv
import io
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 6701
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

CST = timezone(timedelta(hours=-6))
CDT = timezone(timedelta(hours=-5))

ROWS = []
COUNTERS = {}
MSGNO = [0]

DISC = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information. Any\n"
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy all copies.\n"
)

SIG_FRONT = "Lakeshore Eye Associates | 2200 Harbor View Dr, Suite 300 | Kenosha WI 53140\nMain 262-555-0100 | Fax 262-555-0109\n"


def when(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = CDT if d >= datetime(2025, 3, 9, 2, 0) else CST
    d = d.replace(second=random.randint(0, 59), tzinfo=tz)
    return format_datetime(d)


def fixed_zip(files):
    """files: list of (name, bytes). Deterministic zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet="Sheet1"):
    def esc(v):
        return (str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
            for c, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (r, cells))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
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
    return fixed_zip([(n, d.encode("utf-8")) for n, d in files])


def mk(label, kind, patient, frm, to, subj, date, body, html=None, cc=None, atts=(),
       cte=None, headers=None, reply_to=None):
    MSGNO[0] += 1
    i = MSGNO[0]
    COUNTERS[(label, kind)] = COUNTERS.get((label, kind), 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTERS[(label, kind)])
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subj
    msg["Date"] = when(date)
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = "<%08x.%d.%d@%s>" % (random.getrandbits(32), SEED, i, dom)
    for k, v in (headers or []):
        msg[k] = v
    def natural(text):
        # what most mail clients do: 7bit for plain ASCII, raw 8bit UTF-8 otherwise
        try:
            text.encode("ascii")
            return "7bit"
        except UnicodeEncodeError:
            return "8bit"
    msg.set_content(body, charset="utf-8", cte=cte or natural(body))
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte or natural(html))
    for a in atts:
        name, mtype, data = a[0], a[1], a[2]
        maintype, subtype = mtype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (i, j))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == "phi" else ""))


# =====================================================================================
# PHI - care
# =====================================================================================

mk("phi", "care", "Delacroix-Hume",
   "Tasha Brennan <tbrennan@lakeshoreeye.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "room 4 - needs you before the 10:15",
   "2025-03-04 09:52",
   """Dr N,

Margaret Delacroix-Hume is in room 4. Vision in the right eye is down to 20/80 today (was 20/40 at
her Jan visit). OCT done, thickness went from 298 to 371 and there's new fluid under the center.
She's had 5 Avastin shots in that eye so far, every 5 wks.

She's asking if "the other medicine" would work better - her neighbor gets Eylea. I told her you'd
talk to her about it. If you switch her today I'll need to start the prior auth with her plan
before we draw it up, they usually take 24-48 hrs.

Also she took her own BP at home this am - 168/94. She says she skipped her lisinopril.

Tasha
Tasha Brennan, COA
Ophthalmic Technician - Retina Clinic
Lakeshore Eye Associates
""")

mk("phi", "care", "Brinkerhoff",
   "Colleen Agosto <cagosto@lakeshoreeye.com>",
   "nursing@willowcrestseniorliving.org",
   "Surgery instructions - Harold Brinkerhoff - Tues 3/18",
   "2025-03-11 14:05",
   """Hello Willowcrest nursing team,

Mr. Harold Brinkerhoff (Rm 212B at your facility) is scheduled for cataract surgery on his LEFT
eye on Tuesday March 18 at the Harbor View Surgery Center. Arrival time is 6:45 AM; he should be
ready for pickup around 10:30.

Please note for his care plan:
  - Nothing to eat or drink after midnight the night before. He may take his heart and blood
    pressure pills with a small sip of water that morning.
  - HOLD his Eliquis starting Saturday 3/15 per Dr. Ferreira-Watts (his cardiologist approved
    this by phone on 3/7).
  - Start the Ofloxacin drops in the left eye 4 times a day beginning Sunday 3/16.
  - He has been on Flomax for years - Dr. Halvorsen is aware, no need to stop it.

He will need someone to accompany him and sign him out. His post-op check is Wednesday 3/19 at
9:20 AM at our Kenosha office. The eye shield must be worn at night for one week.

Please call me with any questions.

Colleen Agosto, RN
Surgical Coordinator
Lakeshore Eye Associates
Direct 262-555-0131 | Fax 262-555-0139

""" + DISC)

_care3_plain = """Hi Dr. Kaminski,

Thank you for referring Ruth. I saw her this afternoon for her annual dilated diabetic eye exam.

Visual acuity 20/25 right, 20/30 left with her current glasses. Pressures normal (15/16).
On dilated exam there are a few scattered dot-blot hemorrhages and microaneurysms in both eyes,
more in the left, but no swelling of the macula on OCT and no new vessel growth. Lenses show early
cataract changes that aren't affecting her much yet.

I explained that the back-of-eye changes are related to her blood sugar and that better control
(her A1c of 9.2 from your February labs) is the most important thing. I'd like to see her back
in 6 months instead of 12. No treatment needed at this time.

Full report is faxed to your office.

Best,
Elena Marchetti, OD
Lakeshore Eye Associates

-----Original Message-----
From: Stephen Kaminski MD <skaminski@bayviewfm.org>
Sent: Monday, February 24, 2025 4:41 PM
To: referrals@lakeshoreeye.com
Subject: Referral - Ruth Okonkwo-Baines

Please see Ruth Okonkwo-Baines (DOB 11/30/1958) for diabetic eye exam. Type 2 DM x 15 yrs, on
insulin glargine + metformin, A1c 9.2 on 2/19. Last eye exam > 2 years ago, she says her
reading vision is getting worse. Thanks.

Stephen Kaminski, MD
Bayview Family Medicine
"""
_care3_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Dr. Kaminski,</p>
<p>Thank you for referring Ruth. I saw her this afternoon for her annual dilated diabetic eye exam.</p>
<p>Visual acuity 20/25 right, 20/30 left with her current glasses. Pressures normal (15/16).
On dilated exam there are a few scattered dot-blot hemorrhages and microaneurysms in both eyes,
more in the left, but no swelling of the macula on OCT and no new vessel growth. Lenses show early
cataract changes that aren't affecting her much yet.</p>
<p>I explained that the back-of-eye changes are related to her blood sugar and that better control
(her A1c of 9.2 from your February labs) is the most important thing. I'd like to see her back
in <b>6 months</b> instead of 12. No treatment needed at this time.</p>
<p>Full report is faxed to your office.</p>
<p>Best,<br>Elena Marchetti, OD<br>Lakeshore Eye Associates</p>
<hr>
<p><b>From:</b> Stephen Kaminski MD &lt;skaminski@bayviewfm.org&gt;<br>
<b>Sent:</b> Monday, February 24, 2025 4:41 PM<br>
<b>To:</b> referrals@lakeshoreeye.com<br>
<b>Subject:</b> Referral - Ruth Okonkwo-Baines</p>
<p>Please see Ruth Okonkwo-Baines (DOB 11/30/1958) for diabetic eye exam. Type 2 DM x 15 yrs, on
insulin glargine + metformin, A1c 9.2 on 2/19. Last eye exam &gt; 2 years ago, she says her
reading vision is getting worse. Thanks.</p>
<p>Stephen Kaminski, MD<br>Bayview Family Medicine</p>
</body></html>"""
mk("phi", "care", "Okonkwo-Baines",
   "Elena Marchetti OD <emarchetti@lakeshoreeye.com>",
   "Stephen Kaminski MD <skaminski@bayviewfm.org>",
   "RE: Referral - Ruth Okonkwo-Baines",
   "2025-03-03 17:22", _care3_plain, html=_care3_html)

mk("phi", "care", "Wierzbicki",
   "dr. raj iyer <riyer@lakeshoreeye.com>",
   "glaucoma-techs@lakeshoreeye.com",
   "wierzbicki",
   "2025-03-05 11:40",
   """pressures on mr wierzbicki (tomasz) today were 28 OD / 31 OS, up from 22/24 in nov. he admits
he ran out of the drops around xmas and never refilled. restarted latanoprost qhs OU, sent to the
walgreens on 22nd ave. pls book him 4 wks for IOP check + HVF 24-2 and get gonio on the schedule
at that visit too. if he no-shows call him, dont just send the letter

ri
""")

mk("phi", "care", "Fairweather",
   "Post-Op Call Line <postopcalls@lakeshoreeye.com>",
   "Dr. Kristin Halvorsen <khalvorsen@lakeshoreeye.com>",
   "Day 1 post-op call - D. Fairweather",
   "2025-03-13 16:10",
   """Spoke with Dolores Fairweather at 3:50 pm, day 1 after right eye cataract surgery.

- Says the eye feels scratchy, "like an eyelash," mild ache, took 2 Tylenol at noon
- Vision "foggy but better than yesterday"
- No flashes, no curtain, no nausea
- Confused about the drops - she had been using the Prednisolone only twice a day. Went over the
  sheet again: Prednisolone 4x/day, Ofloxacin 4x/day, wait 5 min between. Her daughter Jill was
  on speaker and wrote it down.
- Reminded her to wear the shield at night and no bending/lifting

She has the 1-week visit on 3/20 at 2:40. Let me know if you want her in sooner.

Wendy Larsen, LPN
""", cte="base64")

mk("phi", "care", "Amundsen",
   "Lakeshore Optical <optical@lakeshoreeye.com>",
   "Dr. Elena Marchetti <emarchetti@lakeshoreeye.com>",
   "hold on glasses order - Keith Amundsen?",
   "2025-03-06 10:18",
   """Hi Dr. M,

Keith Amundsen came into the optical this morning wanting to order new progressives with the Rx
you wrote on 2/12. He mentioned Dr. Halvorsen did a laser on his left eye last Thursday for the
cloudiness behind his implant (he called it "the YAG"), and he says things look really different
now.

Should I hold the order and have him come back to get refracted again? I don't want him paying
$480 for lenses that are wrong. He's fine waiting, just let me know and I'll call him.

Thanks!
Bree
Bree Castellanos, ABOC
Lakeshore Optical - Kenosha
""")

mk("phi", "care", "Venkataraman",
   "Angela Voss <avoss@lakeshoreeye.com>",
   "Dr. Kristin Halvorsen <khalvorsen@lakeshoreeye.com>, retina-frontdesk@lakeshoreeye.com",
   "ED call - add on this AM",
   "2025-03-07 07:34",
   """Good morning,

Kenosha Memorial ED called at 7:10. They saw Priya Venkataraman overnight, 54 y/o, woke up around
2am with a dark shadow over the upper half of her right eye vision and lots of new floaters. ED
doc (Dr. Pollard) couldn't get a good look, said the pupil wasn't dilating well. They want retina
to see her today.

Dr. H - I've put her in at 10:40 as an add-on, told the ED to tell her nothing to eat in case
you need to take her to the OR. Her husband is driving her. Phone on file: 262-555-0188.

Front desk - please get her registered before she arrives, insurance is through her employer,
the ED will fax a face sheet.

Angela Voss
Retina Clinic Supervisor
""")

mk("phi", "care", "Stoltz",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "Tasha Brennan <tbrennan@lakeshoreeye.com>",
   "Re: Stoltz - injection today?",
   "2025-03-10 15:02",
   """Done. 6th Lucentis OS today, went fine, pressure 18 at 30 min, optic nerve perfused. He tolerated
it much better with the extra numbing gel. Let's extend him to 6 weeks since the OCT was dry.
Book the next one for the week of 4/21.

Obinna

On Mon, Mar 10, 2025 at 1:47 PM Tasha Brennan <tbrennan@lakeshoreeye.com> wrote:
> Gerald Stoltz is here for his left eye injection, vision 20/50 same as last time, OCT looks
> dry to me but wanted you to look before we prep. He's anxious - last time he said it hurt a lot.
> Also he started Plavix after his stent in January, FYI.
>
> Tasha
""", cte="quoted-printable")

# =====================================================================================
# PHI - names
# =====================================================================================

mk("phi", "names", "Nguyễn",
   "Front Desk Kenosha <frontdesk@lakeshoreeye.com>",
   "Retina Nurse Line <retinanurse@lakeshoreeye.com>",
   "Nguyễn Thị Hoa - 3rd call today re: her drops",
   "2025-03-05 15:48",
   """She called again. Says the pharmacy gave her the wrong bottle (white cap instead of the
pink one) and she's not sure if she should keep using it after the shot on Monday. Her son
usually translates, he's at work till 5, best number is his cell in the chart.

pls call back before 5:30 if you can, she's pretty upset

Marisol
""")

mk("phi", "names", "Wiśniewska-Kowalczyk",
   "Billing - Lakeshore Eye <billing@lakeshoreeye.com>",
   "Retina Coordinators <retina-coord@lakeshoreeye.com>",
   "auth expired",
   "2025-03-06 09:05",
   """Wiśniewska-Kowalczyk, Zofia  - her Eylea auth ran out 2/28 and we injected 3/3 OD. Plan is
going to deny it unless we get a retro auth in the next 5 business days. Can someone send me the
last 2 visit notes + OCT so I can submit today?

Also looks like she's due again 4/7 so we'll need a new auth for that one too.

thx - Gordon
Gordon Pike | Revenue Cycle
""")

mk("phi", "names", "O'Shaughnessy",
   "Bree Castellanos <bcastellanos@lakeshoreeye.com>",
   "Prairie Optical Lab - Customer Service <cs@prairieoptlab.com>",
   "REMAKE - job 2025-44187 - wrong base curve?",
   "2025-03-07 12:30",
   """Hi Dana,

Mrs. O'Shaughnessy's glasses came back and something's not right - she can't read with them at
all. She had cataract surgery on both eyes in January so this is a brand new Rx (plano distance
w/ +2.50 add) and I think the add got put in as +1.50. Can you check the job ticket and remake?

She's already been in twice, I'd love to rush this one if possible.

Thanks,
Bree Castellanos, ABOC
Lakeshore Optical
""", cte="quoted-printable")

mk("phi", "names", "Fatima",
   "Dr. Elena Marchetti <emarchetti@lakeshoreeye.com>",
   "Front Desk Kenosha <frontdesk@lakeshoreeye.com>",
   "fatima - 8:30 this morning",
   "2025-03-12 12:14",
   """can someone call back Fatima, my 8:30 diabetic exam this morning (her daughter Amira was
translating). I forgot to give her the referral to retina for the swelling in her left eye - she
needs to be seen in the next 2 weeks, Dr. Nwosu or Dr. Halvorsen whoever is sooner. Daughter's
number is on the intake form.

thanks
EM
""")

mk("phi", "names", "de Vries",
   "Dr. Pieter van der Berg <pvdberg@northshoreeyecare.com>",
   "Dr. Raj Iyer <riyer@lakeshoreeye.com>",
   "second opinion request - Jan-Willem de Vries",
   "2025-02-27 18:20",
   """Raj,

Would you be willing to see Mr. Jan-Willem de Vries for a glaucoma second opinion? 71 y/o, I've
followed him 6 years for normal-tension glaucoma. Despite pressures in the low teens on two
drops, his fields have progressed in the left eye over the last 18 months. He and his wife are
asking about SLT or surgery and I'd like your take.

I'll send OCTs, fields and my notes via the portal. He prefers mornings and his English is fine,
though he's hard of hearing on the right side.

Warm regards,
Pieter

Pieter van der Berg, OD, FAAO
North Shore Eye Care | Racine, WI
""")

mk("phi", "names", "Adebayo-Ogunleye",
   "Gordon Pike <gpike@lakeshoreeye.com>",
   "Angela Voss <avoss@lakeshoreeye.com>",
   "FW: missed appts",
   "2025-03-10 10:55",
   """Angela - this is the one I mentioned at huddle. Mr. Adebayo-Ogunleye (first name Oluwaseun)
has missed his last 2 injection visits. Dr. N noted last time his left eye was getting worse
without the shots. Could a nurse try to reach him? Maybe it's a transportation thing, he lives
out past Bristol.

Gordon

---------- Forwarded message ---------
From: Appointment Reminders <noreply@lakeshoreeye.com>
Date: Fri, Mar 7, 2025
Subject: No-show report 3/7

No-show: ADEBAYO-OGUNLEYE, OLUWASEUN  09:20  NWOSU  INTRAVITREAL INJ OS
""")

mk("phi", "names", "Al-Mansouri",
   "Kristin Halvorsen MD <khalvorsen@lakeshoreeye.com>",
   "Dr. Samir Haddad <shaddad@lakemichiganinternal.com>",
   "your patient Mr. Al-Mansouri",
   "2025-03-09 20:12",
   """Dr. Haddad,

Just a heads up that I repaired a retinal detachment on your patient Abdulrahman Al-Mansouri on
Friday. He has a gas bubble in the right eye and needs to stay face-down most of the day for a
week, so he'll be off work. He asked me to let you know since he has a visit with you on the 14th
for his diabetes - please don't be surprised if he wants to reschedule.

Also: NO air travel or nitrous oxide anesthesia while the gas is in, probably 6-8 weeks.

Thanks,
Kristin Halvorsen, MD
Vitreoretinal Surgery | Lakeshore Retina Center
""")

mk("phi", "names", "Raghunathan",
   "Prairie Optical Lab <orders@prairieoptlab.com>",
   "Lakeshore Optical <optical@lakeshoreeye.com>",
   "Job on hold: 2025-44302 RAGHUNATHAN/ANJALI",
   "2025-03-11 08:02",
   """Job 2025-44302  Patient: RAGHUNATHAN, ANJALI   Acct: LSE-0412
Status: ON HOLD - clarification needed

Rx received:  OD -11.75 -1.50 x 170   OS -12.25 -1.25 x 005   PD 61
Frame: Ray-Ban 5154 Clubmaster 49

Note from dispenser: "pt had RD repair OD 2024 - doc wants polycarbonate only for safety"

Polycarbonate in this power will be very thick at the edges in the frame selected. Recommend
1.67 hi-index Trivex-equivalent or a smaller eye size. Please confirm material before we surface.

Prairie Optical Lab - Order Desk
800-555-0162 opt 2
""")

# =====================================================================================
# PHI - self
# =====================================================================================

mk("phi", "self", "Kowalski",
   "Brenda Kowalski <brendak1961@gmail.com>",
   "info@lakeshoreeye.com",
   "question after surgery",
   "2025-03-13 06:41",
   """Hello,

My name is Brenda Kowalski, birthday 8/2/1961. I had cataract surgery on my right eye Tuesday
with Dr Halvorsen. Last night the white part of my eye got really red, like blood red on the side
by my nose. It doesnt hurt more than before and I can still see ok. Is this normal?? I do take a
baby aspirin every day, I forgot to tell them that.

My next appointment isn't till the 20th. Should I come in sooner

Thank you
Brenda
""")

mk("phi", "self", "Ruiz",
   "Carla Ruiz <carla.ruiz.hm@outlook.com>",
   "Pediatric Eye Desk <peds@lakeshoreeye.com>",
   "Mateo's patching",
   "2025-03-08 21:03",
   """Hi there,

My son Mateo Ruiz (DOB 06/11/2015) saw Dr. Marchetti on Tuesday. She said his right eye is the
"lazy" one and he needs to wear the patch over his LEFT eye 2 hours a day, plus the new glasses.

Quick questions:
1. Does the 2 hours have to be all at once? He fights it after about 45 min.
2. Can he do it during school? His teacher is ok with it.
3. The glasses aren't ready till next week - should we start patching now or wait?

He's got a follow up on April 22 at 4:15.

Thanks so much,
Carla (Mateo's mom)
Sent from my iPhone
""", cte="base64")

mk("phi", "self", "Whitfield",
   "Jordan Whitfield <jwhitfield.design@gmail.com>",
   "contacts@lakeshoreeye.com",
   "toric trial - left one spins",
   "2025-03-04 13:27",
   """hey, this is jordan whitfield, I was in last thurs for the contact lens fitting w/ Dr Marchetti.
the right trial lens is great but the left one keeps rotating when I blink and everything goes
blurry for a sec. also my eyes are super dry by like 3pm - is there a drop I can use with them in?

I'm supposed to come back 3/14 for the follow-up fitting, can we just switch the left to a
different brand before then? I only have 2 days of trials left

thanks
J
""")

mk("phi", "self", "Lindqvist",
   "Karen Lindqvist-Shaw <kshaw.home@yahoo.com>",
   "billing@lakeshoreeye.com",
   "Bill for my father - Ernest Lindqvist",
   "2025-03-03 19:55",
   """To whom it may concern,

I'm the daughter and healthcare POA for my father, Ernest Lindqvist. He gets injections in both
eyes about every 6 weeks at the retina clinic for macular degeneration. He has Medicare plus an
AARP supplement and has never gotten a bill before, but this month he got a statement for
$1,246.18 for his 1/27 visit.

Could someone look into this? I think the supplement may not have been billed. I can send a copy
of his cards. His date of birth is 4/19/1936 if you need it to find him.

Thank you,
Karen Lindqvist-Shaw
(847) 555-0124
""")

mk("phi", "self", "Oyelaran-Grant",
   "Samuel Oyelaran-Grant <s.oyelarangrant@gmail.com>",
   "appointments@lakeshoreeye.com",
   "New patient - diabetic eye exam",
   "2025-03-02 11:11",
   """Good morning,

I'd like to schedule a diabetic eye exam. My name is Samuel Oyelaran-Grant. I was diagnosed with
type 2 diabetes last year and my doctor at Bayview (Dr. Kaminski) says I need a yearly dilated
exam. I've never had one. Lately my vision at the computer is blurry in the afternoons.

My vision insurance is ClearView Vision Plan, member ID CVP88412093, and medical is through
Great Lakes Health Partners. Weekday mornings work best.

Regards,
Samuel
262-555-0147
""")

mk("phi", "self", "Sargsyan",
   "Anahit Sargsyan <anahit.sargsyan@gmail.com>",
   "Dr. Raj Iyer <riyer@lakeshoreeye.com>",
   "Re: Your visual field results",
   "2025-03-06 22:40",
   """Thank you Dr. Iyer. So the field test is stable and my pressure is ok on the new drops? That's
a relief. But I've been getting headaches almost every evening since starting the Timolol and my
heart feels like it's going slow when I walk up the stairs. Is that from the drops? I didn't have
this on the Xalatan alone.

Should I stop it until I hear from you?

Anahit

On Thu, Mar 6, 2025 at 4:02 PM Raj Iyer <riyer@lakeshoreeye.com> wrote:
> Hi Anahit, your visual field from Monday looks stable compared to last fall, and your pressure
> was 16 in both eyes on the combination. Keep using both drops and we'll see you in 4 months.
> - Dr. Iyer
""")

mk("phi", "self", "Beaulieu",
   "Marguerite Beaulieu <mbeaulieu48@icloud.com>",
   "retina-frontdesk@lakeshoreeye.com",
   "late",
   "2025-03-11 08:47",
   """running 10-15 min late for my 9am shot, traffic on 50 is awful. please dont give my spot away
Marguerite Beaulieu

Sent from my iPhone
""")

# =====================================================================================
# PHI - ids
# =====================================================================================

mk("phi", "ids", "",
   "Rhonda Tillery <rtillery@lakeshoreeye.com>",
   "Prior Auth Team <priorauth@lakeshoreeye.com>",
   "auth needed - OCT + fluorescein",
   "2025-03-04 10:02",
   """pt 0048812-3, dob 3.4.88, needs PA for OCT macula (92134) and FA (92235) both eyes, suspected
swelling from the new diabetes meds. ordering dr nwosu. plan is Great Lakes HP HMO, member
GLH7730015521. want to do it at the 3/17 visit.

r
""")

mk("phi", "ids", "Pruitt",
   "Colleen Agosto <cagosto@lakeshoreeye.com>",
   "Harbor View Surgery Center Scheduling <scheduling@harborviewasc.com>",
   "Add to 3/25 block - Pruitt",
   "2025-03-10 13:30",
   """Please add to Dr. Halvorsen's 3/25 cataract block:

Walter Pruitt
born 12 Sept 1951
home (262) 555-0193 / cell (262) 555-0117
9025 Sheridan Rd Apt 4, Kenosha WI 53143
Procedure: phaco w/ IOL, RIGHT eye, toric lens (model on order)
Medicare MBI 3QK7-TF4-MN28
Allergies: sulfa, latex

Pre-op H&P being done by his PCP on 3/19.

Colleen Agosto, RN
Surgical Coordinator | Lakeshore Eye Associates | 262-555-0131
""")

mk("phi", "ids", "",
   "Northern Lakes Pathology <results@nlpathology.com>",
   "Dr. Kristin Halvorsen <khalvorsen@lakeshoreeye.com>",
   "Result available: S25-004417",
   "2025-03-07 16:21",
   """A final report is available in the provider portal.

Accession:  S25-004417
Specimen:   Conjunctiva, left eye, excisional biopsy
Collected:  02/28/2025
MRN (submitting): LSE-00813276
Pt DOB:     19670515

FINAL DIAGNOSIS: Conjunctival nevus, compound type, completely excised. No atypia.

Please log in to view the full report. Do not reply to this message.
Northern Lakes Pathology | 414-555-0150
""")

mk("phi", "ids", "Castellano",
   "fax-to-email <fax@lakeshoreeye.com>",
   "referrals@lakeshoreeye.com",
   "Fax from 2625550172 (3 pages)",
   "2025-03-05 09:14",
   """[OCR text of received fax - page 1]

BAYVIEW FAMILY MEDICINE  -  REFERRAL
To: Lakeshore Eye Associates, Glaucoma
Patient: Castellano, Rosa M      Chart #: 118-442
DOB: 07-22-1944    Ph: 262.555.0176 (cb daughter 262.555.0159)
Reason: IOP 29 R / 27 L at screening, family hx glaucoma (sister blind)
Ins: Medicare / Humana suppl.
Urgency: routine - within 4 wks
Referring: S. Kaminski MD  NPI 1548820317

[pages 2-3: visit note, med list - see attached PDF in EHR inbox]
""")

mk("phi", "ids", "Thorsby",
   "Lakeshore Optical <optical@lakeshoreeye.com>",
   "shipping@prairieoptlab.com",
   "direct ship request - job 2025-44219",
   "2025-03-12 11:45",
   """Hi, please drop-ship this one directly to the patient, he's recovering from his retina surgery
and can't drive in for a few weeks:

Gary Thorsby
1147 Orchard Ln Apt 3B
Pleasant Prairie, WI 53158
ph 262-555-0134

DOB 1/9/1962 in case you need it to match. Rx is the temporary pair Dr. Halvorsen ordered until
the gas bubble is gone, plastic lenses only.

Thx,
Lakeshore Optical
""")

mk("phi", "ids", "Hollister",
   "Gordon Pike <gpike@lakeshoreeye.com>",
   "Provider Relations <provrel@greatlakeshp.com>",
   "Claim denial appeal - acct 5510038",
   "2025-03-11 15:20",
   """Hello,

Requesting reconsideration on the following claim:

  Patient:      Dale Hollister
  Member #:     GLH4412098810
  Acct #:       5510038
  Claim #:      2025040117733
  DOS:          02/14/2025
  Codes:        67028-LT intravitreal injection; J0178 x 2 units aflibercept
  Denial:       CO-197 precert/authorization absent

Authorization was obtained on 01/30/2025, ref # PA-88120471, valid 01/30-04/30. Copy attached
in the portal upload. Please reprocess.

Gordon Pike
Revenue Cycle Specialist | Lakeshore Eye Associates
Ph 262-555-0122 | Fax 262-555-0129
""")

mk("phi", "ids", "",
   "Retina Nurse Line <retinanurse@lakeshoreeye.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "voicemail 3/8",
   "2025-03-08 10:10",
   """VM left 9:52 Sat - caller says she's the wife of MRN 00771245, he had his injection Thurs
(right eye) and since last night the eye is very painful and "looks cloudy", vision much worse.
CB 262 555 0178. I told the answering service to page the on-call but wanted you to see this too
since it's your pt. r/o endophthalmitis?

-Wendy
""")

# =====================================================================================
# PHI - lists
# =====================================================================================

mk("phi", "lists", "Padgett",
   "Tasha Brennan <tbrennan@lakeshoreeye.com>",
   "retina-team@lakeshoreeye.com",
   "tomorrow's injection list (Wed 3/12) - Nwosu",
   "2025-03-11 17:05",
   "Here's tomorrow. Drug counts are ok, we have 14 Eylea HD in the fridge, 9 Vabysmo.\n\n"
   "Time\tPatient\tEye\tDrug\tNote\n"
   "08:00\tPadgett, Lorraine\tOD\tEylea HD\tq10wk, dry last time\n"
   "08:15\tMcAllister, Donald\tOU\tVabysmo\tbilateral same day, needs ride\n"
   "08:30\tHuynh, Mai\tOS\tAvastin\tinterpreter Vietnamese booked\n"
   "08:45\tBergstrom, Alice\tOD\tEylea\tbetadine sensitivity - use aqueous chlorhex\n"
   "09:00\tOkafor, Chidi\tOS\tVabysmo\tPDR, check for vit heme\n"
   "09:15\tFontaine, Lucille\tOD\tEylea\tauth expires 3/31\n"
   "09:30\tZielinski, Henryk\tOS\tAvastin\tnew pt, consent needed\n\n"
   "Tasha\n")

mk("phi", "lists", "Gallo",
   "Angela Voss <avoss@lakeshoreeye.com>",
   "retina-clinic@lakeshoreeye.com",
   "huddle notes 3/6",
   "2025-03-06 07:58",
   """Morning huddle - Thurs 3/6

* Mr. Gallo (8:20) - had the bad reaction to the dilating drops last time, use 1% tropicamide only
* Linda Ferraro - post-op week 1 from the vitrectomy, still face down, bring her straight back
* Betty Sue Harlan - hard of hearing, wants her son in the room, he'll call when they park
* the Kim twins 2pm (Eun-ji and Min-ji) - ROP follow-up, peds cart, need 2 techs
* Rashid Qureshi - last visit he was very upset about the cost, billing wants to talk to him
  before the injection

Reminder: fridge temp log not signed Tues, pls sign each AM.

Angela
""")

_surg = (
    "CATARACT BLOCK  -  Tue 03/18/2025  -  Harbor View ASC OR 2  -  Dr. K. Halvorsen\n"
    "------------------------------------------------------------------------------\n"
    "SEQ  TIME   PATIENT                 DOB         EYE  IOL              NOTES\n"
    "1    07:30  BRINKERHOFF, HAROLD     03/02/1937  OS   SN60WF 21.5D     eliquis held\n"
    "2    08:00  NAKAMURA, KEIKO         10/14/1950  OD   ZCT225 19.0D     toric, mark axis 92\n"
    "3    08:30  DIALLO, MAMADOU         05/30/1959  OS   SN60WF 23.0D     flomax - use rings\n"
    "4    09:00  PETERSEN, INGRID        01/08/1946  OD   MX60 20.5D       PXF, small pupil\n"
    "5    09:30  ESPINOZA, RAUL          11/21/1962  OS   ZCB00 22.0D      diabetic, A1c 7.1\n"
    "6    10:00  MACLEOD, FIONA          07/07/1955  OD   SN6AT4 18.5D     toric\n"
    "------------------------------------------------------------------------------\n"
)
mk("phi", "lists", "Brinkerhoff",
   "Colleen Agosto <cagosto@lakeshoreeye.com>",
   "Harbor View Surgery Center Scheduling <scheduling@harborviewasc.com>",
   "Final 3/18 block",
   "2025-03-14 12:02",
   "Final list for Tuesday below, lenses confirmed with Alcon/J&J reps. Please print in fixed font.\n\n"
   + _surg + "\nColleen\n")

mk("phi", "lists", "Odum",
   "Raj Iyer <riyer@lakeshoreeye.com>",
   "Recall Team <recall@lakeshoreeye.com>",
   "glaucoma pts overdue > 6 mo",
   "2025-03-03 08:40",
   """These came up on my panel review, please prioritize calling them this week. All are on drops and
haven't been seen in over 6 months.

| Patient              | Last visit | Last IOP (R/L) | Meds                 | Phone        |
|----------------------|-----------|----------------|----------------------|--------------|
| Odum, Clarence       | 06/11/24  | 24/26          | latanoprost, timolol | 262-555-0140 |
| Szabo, Erzsébet      | 05/02/24  | 19/31          | Rhopressa, Combigan  | 262-555-0152 |
| Whitehorse, Daniel   | 08/29/24  | 21/22          | latanoprost          | 847-555-0163 |
| Mbeki-Thompson, Joy  | 04/17/24  | 28/17          | s/p trab OD, dorzol  | 262-555-0187 |
| Laurent, Pierre-Yves | 07/08/24  | 18/18          | SLT OU 2023, none    | 262-555-0111 |

thanks, RI
""")

_dm_csv = (
    "mrn,last_name,first_name,dob,pcp,last_dilated_exam,dr_grade,address\n"
    "00712233,Hargrove,Bernice,1952-08-14,Kaminski,2023-01-09,mild NPDR,\"414 Elm St, Kenosha WI 53140\"\n"
    "00734418,Tran,Quoc Bao,1966-02-27,Kaminski,2022-11-30,none,\"7820 39th Ave, Kenosha WI 53142\"\n"
    "00745502,Abernathy,Lewis,1949-12-02,Osei,2023-03-15,moderate NPDR,\"22 Pine Ct, Bristol WI 53104\"\n"
    "00751987,Salazar-Núñez,Maribel,1971-06-19,Osei,2022-09-08,none,\"1903 Roosevelt Rd, Kenosha WI 53143\"\n"
    "00760034,Ostrowski,Frank,1958-04-03,Kaminski,2023-02-21,PDR s/p PRP,\"6120 Green Bay Rd, Kenosha WI 53142\"\n"
    "00772290,Appiah,Kwabena,1975-10-11,Brandt,2022-12-12,mild NPDR,\"310 Lakeview Ave, Zion IL 60099\"\n"
)
mk("phi", "lists", "Hargrove",
   "Recall Team <recall@lakeshoreeye.com>",
   "Marketing & Outreach <outreach@lakeshoreeye.com>",
   "diabetic letters - overdue list attached",
   "2025-03-04 14:33",
   """Hi Nicole,

Attached is the list of diabetic patients overdue for their dilated exam (>2 yrs) from the
Bayview and Lakeside PCP panels. Can you do the mail merge for the reminder letter we approved
last month? Addresses are in the last column.

This is just the first batch, about 40 more coming once IT fixes the report.

Denise Ambrose
Patient Recall Coordinator
""", atts=[("dm_overdue_batch1.csv", "text/csv", _dm_csv)])

_opt_rows = [
    ["Order #", "Patient", "DOB", "Ordered", "Rx OD", "Rx OS", "Add", "Lab", "Status", "Notes"],
    ["OPT-30412", "Kessler, Judith", "1958-03-22", "2025-02-20", "+1.25 -0.50 x 090", "+1.50 -0.75 x 085", "+2.50", "Prairie", "Remake", "post-cataract, add wrong"],
    ["OPT-30419", "Baptiste, Wesner", "1981-09-05", "2025-02-24", "-4.75 sph", "-5.00 -0.25 x 180", "", "Prairie", "At lab", "diabetic, Rx may shift"],
    ["OPT-30427", "Lindholm, Greta", "1944-12-30", "2025-02-26", "+3.00 -1.25 x 075", "+2.75 -1.00 x 100", "+2.75", "Essilor", "Hold", "awaiting YAG recheck"],
    ["OPT-30433", "Aguilar, Tomás", "2012-05-17", "2025-02-27", "+4.50 sph", "+1.00 sph", "", "Prairie", "Ready", "amblyopia - poly, strap"],
    ["OPT-30441", "Mwangi, Esther", "1969-07-08", "2025-03-01", "-2.25 -1.50 x 010", "-2.00 -1.75 x 170", "+2.00", "Hoya", "At lab", "keratoconus OS - specialty CL too"],
    ["OPT-30448", "Petrakis, Nikolaos", "1955-01-26", "2025-03-03", "plano", "-0.50 sph", "+2.50", "Prairie", "Shipped", "readers only, glaucoma pt"],
]
mk("phi", "lists", "Kessler",
   "Bree Castellanos <bcastellanos@lakeshoreeye.com>",
   "Marcus Yoon <myoon@lakeshoreeye.com>",
   "open optical orders - week of 3/3",
   "2025-03-07 17:40",
   """Marcus,

Open orders spreadsheet attached for the Racine store to look at Monday. The Lindholm one stays
on hold until Dr. H rechecks her after the laser. Kessler remake should be back Weds.

Bree
""", atts=[("open_orders_2025-03-07.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx(_opt_rows, "Open Orders"))])

_cl_csv = (
    "Patient Name|DOB|Phone|Lens OD|Lens OS|Supply|Last CL Exam|Comments\n"
    "Vasquez, Daniela|04/02/1994|262-555-0105|Acuvue Oasys 8.4 -3.25|Acuvue Oasys 8.4 -3.00|1 yr|2025-01-14|GPC last yr, switched to dailies\n"
    "Chen, Wei-Lun|11/19/1988|262-555-0118|Biofinity Toric -2.25-1.25x180|Biofinity Toric -2.50-0.75x170|1 yr|2025-02-03|\n"
    "Okoro, Adaeze|08/27/2001|847-555-0128|Dailies Total1 -5.50|Dailies Total1 -5.75|6 mo|2025-02-10|corneal ulcer OS 2023 - no overnight wear\n"
    "Bjornsen, Erik|01/15/1979|262-555-0139|scleral 16.0 custom|scleral 16.0 custom|n/a|2025-02-19|keratoconus, CXL 2022\n"
    "Ramírez, Sofía|06/30/2009|262-555-0161|MiSight 1day -2.00|MiSight 1day -2.25|1 yr|2025-02-25|myopia control, parent consent on file\n"
)
mk("phi", "lists", "Vasquez",
   "Dr. Elena Marchetti <emarchetti@lakeshoreeye.com>",
   "CL Orders <clorders@lakeshoreeye.com>",
   "annual supply orders to place (zipped)",
   "2025-03-05 18:15",
   """Hi team - zipped the CL export since the last one got blocked by the mail gateway. Please place
the annual supplies and call each pt when shipped. Bjornsen needs the scleral reorder from the
custom lab, not the distributor.

EM
""", atts=[("cl_orders_mar.zip", "application/zip",
            fixed_zip([("cl_orders_mar.csv", _cl_csv.encode("utf-8"))]))])

# =====================================================================================
# PHI - struct
# =====================================================================================

mk("phi", "struct", "Padgett",
   "Jeff Marlow <jmarlow@lakeshoreeye.com>",
   "Interface Support <support@heyexconnect-vendor.com>",
   "ORU not filing to chart - ticket 77120",
   "2025-03-04 11:02",
   r"""Hi,

Another OCT result from this morning didn't file. Error in the engine log says "PID-3 assigning
authority mismatch". Message below as it came across:

MSH|^~\&|HEYEX|LSE_RETINA|EPICCARE|LAKESHORE|20250304101522||ORU^R01^ORU_R01|MSG00412|P|2.5.1
PID|1||00771245^^^LSE_MRN^MR||PADGETT^LORRAINE^M||19470822|F|||418 BIRCHWOOD CT^^KENOSHA^WI^53142^USA||(262)555-0178|||||5510412
PV1|1|O|RET^EXAM4^^LSE||||1629074412^NWOSU^OBINNA^^^^MD
OBR|1|ORD88120|OCT44812|92134^OCT MACULA^CPT|||20250304093000|||||||||1629074412^NWOSU^OBINNA
OBX|1|NM|CST-OD^Central subfield thickness OD^L||412|um^micrometer|||||F
OBX|2|NM|CST-OS^Central subfield thickness OS^L||287|um^micrometer|||||F
OBX|3|TX|IMP^Impression^L||Increased intraretinal and subretinal fluid OD vs 01/28/2025. OS stable.||||||F

Can you see why it's rejecting? We had 3 of these yesterday too.

Jeff Marlow
Applications Analyst, IT | Lakeshore Eye Associates
262-555-0144
""")

_adt = ("MSH|^~\\&|PM|LAKESHORE|HVASC|HARBORVIEW|202503101402||ADT^A04|ADT20250310-0093|P|2.3\r"
        "EVN|A04|202503101402\r"
        "PID|1||00813399^^^LSE^MR~398-55-0192^^^SSA^SS||PRUITT^WALTER^J||19510912|M||W|9025 SHERIDAN RD APT 4^^KENOSHA^WI^53143||(262)555-0193|(262)555-0117||M|||398-55-0192\r"
        "PV1|1|O|ASC^OR2||||1740228815^HALVORSEN^KRISTIN|||OPH||||||||PRE|||||||||||||||||||||||||20250325\r"
        "IN1|1|MCR|00401|MEDICARE PART B|||||||||||PRUITT^WALTER^J|01|19510912|||||||||||||||||||3QK7TF4MN28\r"
        "AL1|1|DA|^SULFA\rAL1|2|MA|^LATEX\r"
        "DG1|1|I10|H25.11^AGE-RELATED NUCLEAR CATARACT, RIGHT EYE^I10\r")
mk("phi", "struct", "Pruitt",
   "Jeff Marlow <jmarlow@lakeshoreeye.com>",
   "HL7 Team - Harbor View ASC <hl7@harborviewasc.com>",
   "A04 for 3/25 case attached - dup account?",
   "2025-03-10 14:20",
   """Hi all,

Attaching the raw A04 we sent at 14:02 for the 3/25 case. Your side created a second account
instead of merging to the existing one. Can you compare against what you received?

Thanks,
Jeff
""", atts=[("ADT20250310-0093.hl7", "text/plain", _adt)])

mk("phi", "struct", "Morales",
   "Gordon Pike <gpike@lakeshoreeye.com>",
   "Claims Support <support@clearpathclearinghouse.com>",
   "837P rejected - 'invalid subscriber' but member is active??",
   "2025-03-06 13:55",
   """Clearpath support,

Batch 000004412 rejected at the payer with A7:562 invalid subscriber. Member is active per the
portal. Here is the claim loop from the file:

NM1*85*2*LAKESHORE EYE ASSOCIATES*****XX*1386672290~
N3*2200 HARBOR VIEW DR STE 300~
N4*KENOSHA*WI*531401122~
REF*EI*391774205~
HL*2*1*22*0~
SBR*P*18*GLH55102******CI~
NM1*IL*1*MORALES*REYNALDO*A***MI*XKW882014471~
N3*2207 W LINCOLN AVE~
N4*WAUKEGAN*IL*60085~
DMG*D8*19560219*M~
NM1*PR*2*GREAT LAKES HEALTH PARTNERS*****PI*39112~
CLM*PCN44120*1850***11:B:1*Y*A*Y*Y~
HI*ABK:E113313*ABF:H35351~
NM1*82*1*NWOSU*OBINNA****XX*1629074412~
LX*1~
SV1*HC:67028:RT*185*UN*1***1~
DTP*472*D8*20250226~
LX*2~
SV1*HC:J0178*1665*UN*2***1~
DTP*472*D8*20250226~

I think the member ID prefix might have changed with their new cards in January?

Gordon Pike
Revenue Cycle | Lakeshore Eye Associates
""")

mk("phi", "struct", "Lindqvist",
   "Gordon Pike <gpike@lakeshoreeye.com>",
   "Jackie Moreau <jmoreau@lakeshoreeye.com>",
   "835 from Medicare - Lindqvist secondary never crossed over",
   "2025-03-04 10:30",
   """Jackie - found it. Medicare paid but the crossover indicator is blank, so the AARP secondary
never got it. That's why the daughter got a bill. Pasting the 835 piece, can you rebill the
secondary manually and put the statement on hold?

CLP*LSE5509871*1*1840.00*1198.44*0*MB*2025021811223*11*1~
NM1*QC*1*LINDQVIST*ERNEST*R***MI*5EG4TE2KA71~
NM1*82*1*NWOSU*OBINNA****XX*1629074412~
DTM*232*20250127~
SVC*HC:67028:50*370.00*249.20**2~
CAS*CO*45*70.00~
CAS*PR*2*50.80~
SVC*HC:J0178*1470.00*949.24**4~
CAS*CO*45*283.34~
CAS*PR*2*237.42~
AMT*B6*1529.86~

Patient resp shows 288.22 but the statement went out for 1,246.18 - so something else is off
too. Let's look at it together after lunch.

G
""")

mk("phi", "struct", "Whitfield",
   "Lakeshore Optical <optical@lakeshoreeye.com>",
   "ClearView Vision Plan Provider Desk <providers@clearviewvisionplan.com>",
   "271 says no CL benefit - patient says otherwise",
   "2025-03-04 15:48",
   """Hello,

Our eligibility check for this member came back showing materials benefit but no contact lens
allowance. The member says his employer plan includes $150 for contacts in lieu of glasses.
Response we got:

ST*271*0001*005010X279A1~
BHT*0022*11*ELIG88412*20250304*1540~
HL*1**20*1~
NM1*PR*2*CLEARVIEW VISION PLAN*****PI*CVP01~
HL*2*1*21*1~
NM1*1P*2*LAKESHORE OPTICAL*****XX*1386672290~
HL*3*2*22*0~
TRN*2*ELIG88412*9391774205~
NM1*IL*1*WHITFIELD*JORDAN*T***MI*CVP77410238~
N3*88 MAPLE TERRACE~
N4*KENOSHA*WI*53144~
DMG*D8*19960711*M~
EB*1*IND*AL*VS*GOLD 12/12/24~
EB*B*IND*AL**EXAM COPAY*27*10~
EB*C*IND*AL**FRAME ALLOWANCE*23*150~
EB*E*IND*AM***23**~
MSG*CONTACT LENS FITTING NOT COVERED~
SE*16*0001~

Can you confirm if CL allowance is on this group? He's mid-fitting with us (toric trial).

Thanks,
Bree Castellanos, ABOC
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lse-00790512",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "00790512"}],
        "name": [{"family": "Kowalczyk", "given": ["Stanisław", "J"]}],
        "gender": "male",
        "birthDate": "1949-10-03",
        "telecom": [{"system": "phone", "value": "262-555-0183", "use": "home"}],
        "address": [{"line": ["5511 Pershing Blvd"], "city": "Kenosha", "state": "WI", "postalCode": "53144"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "iop-od-20250305",
        "status": "final",
        "code": {"text": "Intraocular pressure, right eye"},
        "subject": {"reference": "Patient/lse-00790512"},
        "effectiveDateTime": "2025-03-05T10:41:00-06:00",
        "valueQuantity": {"value": 33, "unit": "mm[Hg]"},
        "method": {"text": "Goldmann applanation"}
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "rx-5520",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "brimonidine 0.2% ophthalmic solution, 1 drop OD TID"},
        "subject": {"reference": "Patient/lse-00790512"}
      }
    }
  ]
}"""
mk("phi", "struct", "Kowalczyk",
   "Priyanka Deshpande <pdeshpande@lakeshoreeye.com>",
   "Jeff Marlow <jmarlow@lakeshoreeye.com>",
   "FHIR export - diacritics broken in family name?",
   "2025-03-05 12:10",
   "Jeff,\n\nThe referral export to Bayview's portal is mangling the given name (shows Stanis?aw). "
   "Here's the bundle straight out of our API sandbox pull - this is the live pt from this morning, "
   "the one with the pressure spike Dr. Iyer added brimonidine for. Is it an encoding setting on "
   "our end or theirs?\n\n" + _fhir + "\n\nPriyanka\nIntegration Analyst\n")

_ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250303154500-0600"/>
  <recordTarget>
    <patientRole>
      <id extension="BFM-220871" root="2.16.840.1.113883.3.4412"/>
      <addr use="HP"><streetAddressLine>1640 Washington Rd</streetAddressLine>
        <city>Kenosha</city><state>WI</state><postalCode>53140</postalCode></addr>
      <telecom value="tel:+1-262-555-0108" use="HP"/>
      <patient>
        <name><given>Deborah</given><given>Ann</given><family>Quintero-Halsey</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19630617"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list>
        <item>Type 1 diabetes mellitus with proliferative retinopathy, both eyes</item>
        <item>Chronic kidney disease stage 3a</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>Insulin pump (lispro)</item><item>Losartan 50 mg daily</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
mk("phi", "struct", "Quintero-Halsey",
   "Referral Coordinator <referrals@bayviewfm.org>",
   "referrals@lakeshoreeye.com",
   "CCD for urgent retina referral",
   "2025-03-03 15:52",
   """Hello,

Our direct messaging is down so Dr. Osei asked me to email the CCD for the urgent retina referral
she called about. Patient is losing vision in the left eye, was told she needs laser or
injections. Attached is the summary of care document. Please confirm receipt.

Tamika Reed
Referral Coordinator, Bayview Family Medicine
262-555-0170
""", atts=[("CCD_BFM-220871.xml", "text/xml", _ccd)])

mk("phi", "struct", "Huynh",
   "HL7 Engine Alerts <mirth-alerts@lakeshoreeye.com>",
   "it-interfaces@lakeshoreeye.com",
   "[ALERT] SIU channel error - 1 message queued",
   "2025-03-11 06:15",
   r"""Channel: SIU_PM_TO_INTERPRETER_SVC
Status: ERROR (Destination 1 - HTTP 502)
Queued: 1

Raw message:
MSH|^~\&|PM|LAKESHORE|LANGLINK|LANGLINK|20250311061402||SIU^S12|SIU558120|P|2.4
SCH|SCH-88120|||||INJ^Intravitreal injection||||15|min|^^15^20250312083000^20250312084500
PID|1||00752288^^^LSE^MR||HUYNH^MAI^T||19430204|F|||3340 60TH ST^^KENOSHA^WI^53144||(262)555-0166|||VIE
PV1|1|O|RET^INJ2^^LSE||||1629074412^NWOSU^OBINNA
NTE|1||Vietnamese interpreter in person, pt's son cannot attend. Left eye Avastin.
AIL|1||RET^INJ2^^LSE

This is an automated alert. Retry policy: 5 attempts, 10 min interval.
""")

# =====================================================================================
# PHI - lang
# =====================================================================================

mk("phi", "lang", "Ramírez Ortega",
   "Verónica Ramírez <vero.ramirez77@gmail.com>",
   "citas@lakeshoreeye.com",
   "Cirugía de catarata de mi mamá - Guadalupe Ramírez Ortega",
   "2025-03-12 20:30",
   """Hola buenas noches,

Soy la hija de la señora Guadalupe Ramírez Ortega (fecha de nacimiento 02/09/1949). Mi mamá tiene
la cirugía de catarata del ojo izquierdo el martes 25 de marzo con la Dra. Halvorsen.

Tengo unas preguntas:
- ¿Tiene que dejar de tomar la aspirina antes de la cirugía? El cardiólogo dijo que sí pero no
  nos dijo cuántos días.
- Ella usa gotas para el glaucoma (latanoprost) en la noche. ¿Las sigue usando en el ojo operado?
- ¿Puedo quedarme con ella en la sala? Ella no habla inglés.

Mi número es 262-555-0126. Muchas gracias,
Verónica
""", cte="quoted-printable")

mk("phi", "lang", "Ferreira da Silva",
   "Joaquim Ferreira da Silva <jfdasilva@hotmail.com>",
   "retina-frontdesk@lakeshoreeye.com",
   "Injeção no olho - quinta-feira",
   "2025-03-04 18:02",
   """Bom dia,

Meu nome é Joaquim Ferreira da Silva, tenho consulta na quinta-feira às 10h com o Dr. Nwosu para
a injeção no olho direito (é a terceira). Da última vez minha visão ficou muito embaçada e o olho
ficou vermelho por uns 4 dias. Isso é normal? Posso dirigir para casa depois?

Também queria saber se a injeção está coberta pelo meu seguro novo, mudou em janeiro.

Obrigado,
Joaquim
(262) 555-0145
""")

mk("phi", "lang", "Trần",
   "Lan Tran <lan.tran.kenosha@gmail.com>",
   "Dr. Elena Marchetti <emarchetti@lakeshoreeye.com>",
   "Về kết quả khám mắt của ba tôi - Trần Văn Phúc",
   "2025-03-09 13:25",
   """Chào bác sĩ Marchetti,

Tôi là Lan, con gái của ông Trần Văn Phúc (sinh ngày 15/8/1954). Tuần trước ba tôi đi khám mắt
tiểu đường ở phòng khám. Bác sĩ nói mắt phải của ba có xuất huyết nhẹ ở võng mạc và có thể cần
chích thuốc vào mắt.

Xin bác sĩ cho biết:
1. Khi nào ba tôi cần tái khám?
2. Có cần gặp bác sĩ võng mạc (retina) không?
3. Ba tôi có nên đổi thuốc tiểu đường không?

Ba tôi không nói được tiếng Anh, xin gọi cho tôi số 262-555-0197.

Cảm ơn bác sĩ,
Lan

---
Dr. M - translation per our interpreter: daughter asking about follow-up for her father's
diabetic exam last week (mild bleeding in right retina), whether he needs retina referral /
injections. Please advise. - Hieu (front desk)
""")

mk("phi", "lang", "Joseph",
   "Roselène Joseph <roselenejoseph63@yahoo.com>",
   "glaucoma@lakeshoreeye.com",
   "gout pou je mwen",
   "2025-03-07 09:33",
   """Bonjou,

Mwen se Roselène Joseph, dat nesans mwen se 14/07/1963. Doktè Iyer te ban mwen gout pou tansyon
nan je (timolol) mwa pase a. Depi mwen kòmanse li, kè m ap bat dousman epi mwen santi m fatige
anpil, sitou lè m ap monte eskalye. Mwen gen opresyon tou (asthma).

Èske mwen ka vin wè doktè a semèn sa a? Oswa èske mwen ka sispann gout la?

Mèsi anpil,
Roselène
Tel: 262-555-0158
""")

mk("phi", "lang", "Соколова",
   "Ирина Соколова <irina.sokolova.wi@mail.ru>",
   "retina-frontdesk@lakeshoreeye.com",
   "Соколова Галина Петровна - перенос укола",
   "2025-03-10 08:20",
   """Здравствуйте!

Пишу по поводу моей бабушки, Соколовой Галины Петровны (1941 г.р.). Ей делают уколы в левый
глаз (Айлия) каждые 8 недель у доктора Халворсен. Следующий укол назначен на 12 марта в 11:00,
но она заболела гриппом, температура 38,5. Можно ли перенести укол на следующую неделю? Не
опасно ли пропустить?

Заранее спасибо,
Ирина (внучка)
тел. 262-555-0102
""", cte="base64")

mk("phi", "lang", "Villanueva-Cruz",
   "Mae Dizon <mdizon@lakeshoreeye.com>",
   "Joy Santiago <jsantiago@lakeshoreeye.com>",
   "CL order ni Mrs. Villanueva-Cruz",
   "2025-03-06 16:44",
   """Ate Joy,

Pakicheck naman yung contact lens order ni Mrs. Rosario Villanueva-Cruz, yung toric trial niya
hindi pa dumating from the distributor. Sabi ni Dr. Marchetti bawal muna siya mag-contacts until
Friday kasi may corneal abrasion siya sa left eye last week from sleeping with her lenses. May
antibiotic drops siya ngayon (moxifloxacin). Follow-up niya Friday 3/14 ng 9:40.

Pag tumawag siya, sabihin mo glasses lang muna ha. Salamat po!

- Mae
Mae Dizon, CPOT
Contact Lens Technician
""")

mk("phi", "lang", "王建国",
   "王丽 <wangli.chi@163.com>",
   "Dr. Raj Iyer <riyer@lakeshoreeye.com>",
   "关于我父亲王建国的青光眼激光治疗",
   "2025-03-08 21:47",
   """Iyer医生您好，

我父亲王建国（1950年5月3日出生）上周二在贵诊所做了右眼青光眼激光治疗（SLT）。他现在右眼有点
胀痛，看东西有点模糊，晚上头也有点痛。

请问：
1. 这是正常的反应吗？
2. 眼压药（拉坦前列素，每晚一滴）还要继续用吗？
3. 复查是什么时候？

他不太会说英语，请打我的电话 312-555-0166。谢谢！

王丽（女儿）
""", cte="base64")

mk("phi", "lang", "حداد",
   "Fatima Haddad <f.haddad.kenosha@gmail.com>",
   "info@lakeshoreeye.com",
   "فاطمة الزهراء حداد - بعد عملية المياه البيضاء",
   "2025-03-11 19:05",
   """مرحباً،

أنا فاطمة الزهراء حداد، تاريخ الميلاد ١٩٥٧/٠٣/٢٢. أجريت عملية إزالة المياه البيضاء (الساد) في
العين اليمنى يوم الاثنين مع الدكتورة هالفورسن. ما زالت الرؤية ضبابية وهناك احمرار وألم خفيف.
أستعمل القطرات أربع مرات في اليوم. هل هذا طبيعي؟ موعد المراجعة يوم ١٨ مارس.

رقم هاتفي: 262-555-0193

شكراً جزيلاً
فاطمة
""")

# =====================================================================================
# CLEAN - admin
# =====================================================================================

mk("clean", "admin", "",
   "IT Service Desk <servicedesk@lakeshoreeye.com>",
   "All Staff <allstaff@lakeshoreeye.com>",
   "[Planned Downtime] EHR upgrade Sat 3/15 10pm - Sun 3/16 6am - CHG0044812",
   "2025-03-10 12:00",
   """Change #: CHG0044812
Window: Saturday 03/15/2025 22:00 - Sunday 03/16/2025 06:00 CT
Systems affected: EHR (all modules), patient portal, e-prescribing, Heyex image viewer,
                  optical POS (read-only)

What to do:
 - On-call retina and surgery providers: downtime binders are in the nurse station at Kenosha and
   Racine. The read-only BCA PC at each site will have a report of Monday's schedule.
 - Do not enter orders in the portal during the window; they will not sync.

Questions: call the Service Desk at x4400 (262-555-0144 from outside) or open a ticket.

Jeff Marlow, Applications Analyst
Deb Kowalewski, IT Manager
""")

mk("clean", "admin", "",
   "Angela Voss <avoss@lakeshoreeye.com>",
   "retina-techs@lakeshoreeye.com",
   "tech coverage next week",
   "2025-03-07 16:30",
   """hi all - coverage for 3/10-3/14, Tasha is out Mon/Tue (PTO), Rhonda is at the COA review course
Thurs.

Mon  - Nwosu clinic: Kendra, Luis | Halvorsen OR day: Wendy to ASC
Tue  - Nwosu: Kendra, Rhonda | Halvorsen clinic: Luis, float from glaucoma (Sam)
Wed  - Nwosu inj clinic: Tasha, Kendra, Luis | imaging: Rhonda
Thu  - Halvorsen: Tasha, Luis | Nwosu: Kendra + float
Fri  - half day, Tasha & Kendra

If anyone can swap Thursday so Kendra isn't solo with Dr N let me know. Also reminder the OCT in
exam 6 is still down, ticket is open w/ Heidelberg (case HEI-20250306-118).

Angela
""")

mk("clean", "admin", "",
   "Prairie Optical Lab - Accounts Receivable <ar@prairieoptlab.com>",
   "ap@lakeshoreeye.com",
   "Statement - February 2025 - Account LSE-0412",
   "2025-03-03 07:05",
   """Dear Lakeshore Eye Associates,

Please find your monthly statement summary below. A detailed PDF is available in the customer
portal.

Account:          LSE-0412
Statement date:   02/28/2025
Invoices:         INV-2025-08812 through INV-2025-09177 (212 jobs)
Previous balance: $18,442.10
Payments:        -$18,442.10 (ACH 02/14/2025)
New charges:      $21,106.75
Remake credits:     -$612.40
Balance due:      $20,494.35   Due 03/30/2025

Thank you for your business!
Mary Jo Kittredge
Accounts Receivable | Prairie Optical Lab | 800-555-0162 x3
""")

mk("clean", "admin", "",
   "Human Resources <hr@lakeshoreeye.com>",
   "All Staff <allstaff@lakeshoreeye.com>",
   "Open enrollment reminder - medical, dental & vision elections due 3/21",
   "2025-03-05 09:00",
   """Hi everyone,

Open enrollment for the plan year starting April 1 closes Friday, March 21.

Changes this year:
 - Medical: Great Lakes Health Partners remains our carrier. The HSA option's deductible goes
   to $3,300 single / $6,600 family.
 - Vision: staff now get an exam at any Lakeshore location at no charge plus 40% off frames in
   our optical shops (this replaces the ClearView Vision Plan buy-up).
 - Dental: no changes.

Log in to the benefits portal with your employee ID (starts with E). If you don't elect anything,
your current medical and dental roll over but the vision buy-up ends.

Benefits office hours: Tues/Thurs 1-3 pm in the Racine admin suite, or call Lorna Fitzgerald at
262-555-0120.

Thanks,
Lorna Fitzgerald, SHRM-CP
HR Generalist
""", html="""<html><body><p>Hi everyone,</p><p>Open enrollment for the plan year starting April 1
closes <b>Friday, March 21</b>.</p><ul><li>Medical: Great Lakes Health Partners remains our
carrier. The HSA option's deductible goes to $3,300 single / $6,600 family.</li><li>Vision: staff
now get an exam at any Lakeshore location at no charge plus 40% off frames in our optical shops
(this replaces the ClearView Vision Plan buy-up).</li><li>Dental: no changes.</li></ul><p>Log in
to the benefits portal with your employee ID (starts with E). If you don't elect anything, your
current medical and dental roll over but the vision buy-up ends.</p><p>Benefits office hours:
Tues/Thurs 1-3 pm in the Racine admin suite, or call Lorna Fitzgerald at 262-555-0120.</p>
<p>Thanks,<br>Lorna Fitzgerald, SHRM-CP<br>HR Generalist</p></body></html>""", cte="quoted-printable")

mk("clean", "admin", "",
   "Facilities <facilities@lakeshoreeye.com>",
   "Dr. Kristin Halvorsen <khalvorsen@lakeshoreeye.com>, Angela Voss <avoss@lakeshoreeye.com>",
   "Laser room 2 - HVAC + YAG service Thursday",
   "2025-03-11 13:12",
   """Hi Dr. Halvorsen and Angela,

Heads up for Thursday 3/13:
 - Badger Mechanical will be replacing the humidity sensor in laser room 2 from 7-9 am
   (WO-25-0318). Room temp may swing a couple degrees.
 - Lumenis field engineer (Carlos Ibarra, 608-555-0171) arrives at 12:30 for the annual YAG/SLT
   preventive maintenance and power calibration. He needs the room for about 2 hrs.

So room 2 is unavailable 7-9 and 12:30-2:30. Room 1 is unaffected. Let me know if the schedule
needs to move.

Ron Dietz
Facilities Coordinator
262-555-0115
""")

mk("clean", "admin", "",
   "Jackie Moreau <jmoreau@lakeshoreeye.com>",
   "Gordon Pike <gpike@lakeshoreeye.com>, Deb Kowalewski <dkowalewski@lakeshoreeye.com>",
   "Clearpath enrollment for ClearView ERA - need TIN/NPI confirm",
   "2025-03-06 11:25",
   """Gordon, Deb -

Clearpath needs us to confirm the following before they turn on 835s for ClearView Vision Plan:

  Group name:  Lakeshore Eye Associates SC
  TIN:         39-1774205
  Group NPI:   1386672290
  Optical NPI: 1386672290 (same - is that right? I thought the shops had their own)
  Payer ID:    CVP01
  Bank:        ACH to the operating account ending 4471

Deadline is 3/14 or we slip to the April cycle. Ticket with Clearpath is CS-2025-118820.

Jackie Moreau
Billing Manager
""")

mk("clean", "admin", "",
   "Medical Staff Office <medstaff@lakeshoreeye.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "Credentialing: items expiring in the next 90 days",
   "2025-03-03 08:15",
   """Dr. Nwosu,

Our tracker shows the following items expiring soon:

  WI medical license #59122-20    exp 10/31/2025  (ok, renewal opens Aug)
  DEA registration                 exp 05/31/2025  <-- please renew
  BLS card                         exp 04/15/2025  <-- class 4/2 at 7am in Racine, sign up link in portal
  Harbor View ASC reappointment    due 06/01/2025
  Great Lakes HP recredentialing   packet mailed 2/28, return by 4/15

Please send copies to this mailbox once renewed.

Thank you,
Sheryl Pankratz, CPMSM
Medical Staff Coordinator | 262-555-0119
""")

# =====================================================================================
# CLEAN - lookalike
# =====================================================================================

mk("clean", "lookalike", "",
   "Kenosha Athletic Club <members@kenoshaathletic.com>",
   "Derek Halvorsen <dhalvorsen.fit@gmail.com>",
   "Your InBody scan + spring class schedule (Member #KAC-004812)",
   "2025-03-02 07:30",
   """Hi Derek,

Thanks for booking your free body composition scan! Your appointment is confirmed:

  Member #: KAC-004812
  Date:     Saturday, March 8 at 9:15 AM
  Coach:    Alyssa P.

Before your scan: no heavy workout 12 hours before, and hydrate normally.

NEW this spring: "Eye of the Tiger" HIIT Tue/Thu 6am, Recovery Stretch Sundays, and Cataract
Falls trail runs (group meets at the Petrifying Springs lot). Spots fill fast.

See you on the floor,
Kenosha Athletic Club
Front desk 262-555-0190
""")

mk("clean", "lookalike", "",
   "Lakeside Animal Hospital <frontdesk@lakesideanimalhosp.com>",
   "Melissa Grant <melgrant82@yahoo.com>",
   "Biscuit's eye surgery discharge instructions",
   "2025-03-06 17:10",
   """Hi Melissa,

Biscuit did great today! Dr. Forsythe replaced the gland on his right eye ("cherry eye") with the
pocket technique. Discharge instructions:

 - Ofloxacin eye drops, 1 drop right eye 3x daily for 10 days
 - Carprofen 25 mg, 1/2 tab by mouth twice daily with food for 5 days (for pain)
 - Keep the cone on at ALL times for 14 days - no pawing at the eye
 - Recheck with Dr. Forsythe in 2 weeks (Thursday 3/20 at 4:30 pm)

Patient: Biscuit (canine, Beagle mix, 11 mo, 24.6 lb)   Patient ID: 22871
Invoice 117340 paid - $1,184.60

Call us with any concerns: 262-555-0138. After hours: Southeast WI Veterinary ER.

Lakeside Animal Hospital
""", cte="base64")

mk("clean", "lookalike", "",
   "Clearsight Community Credit Union <alerts@clearsightccu.org>",
   "Tomasz Nowicki <tnowicki71@gmail.com>",
   "Member #0044812207 - Verify your identity to complete your auto loan",
   "2025-03-04 10:00",
   """Dear Member,

We received your application for a vehicle loan (application #AL-25-30871). To finish, we need
to verify your identity.

  Member number:  0044812207
  Last 4 of SSN:  on file
  Loan amount:    $24,500.00   Term: 60 months   Rate: 6.24% APR

Please visit any branch with a photo ID or upload it in online banking under Documents. For your
security we will never ask for your full Social Security number or date of birth by e-mail.

Thank you for being a member since 2009.
Clearsight Community Credit Union | NCUA insured | 262-555-0199
""")

mk("clean", "lookalike", "",
   "Great Lakes Air <noreply@greatlakesair-booking.com>",
   "Priya Desai <priya.desai.travel@gmail.com>",
   "Confirmation K7QX2M - Milwaukee to Orlando - special assistance request received",
   "2025-03-08 14:22",
   """Your trip is confirmed.

Confirmation code: K7QX2M
Passenger:         DESAI/PRIYA MS
Frequent flyer:    GLA 883104427 (Silver)
Flight:            GL 1184  MKE 07:05 -> MCO 10:58  Fri 04 Apr 2025  Seat 14C
Return:            GL 1191  MCO 16:40 -> MKE 18:35  Wed 09 Apr 2025  Seat 14C

Special service request: WCHR (wheelchair to/from gate) - RECEIVED.
Please arrive at least 90 minutes before departure. Checked bag: 1 x 23 kg included.

Manage your booking at greatlakesair-booking.com. Questions: 1-800-555-0175.
""")

mk("clean", "lookalike", "",
   "Badger Mutual Auto Claims <claims@badgermutualauto.com>",
   "Ronald Sikorski <rsikorski@charter.net>",
   "Claim 25-AU-0077120 - glass claim approved",
   "2025-03-05 11:48",
   """Dear Ronald Sikorski,

Your comprehensive claim has been reviewed and approved.

  Claim #:        25-AU-0077120
  Policy #:       BMA-4412-09831
  Date of loss:   03/01/2025
  Vehicle:        2019 Subaru Outback
  Loss:           Windshield - rock chip spread (stress crack, driver's line of sight)
  Injuries:       None reported
  Deductible:     $100.00 (waived - glass)

Safelite-authorized shop Clear Vision Auto Glass (262-555-0181) will contact you to schedule
replacement and ADAS camera recalibration.

Badger Mutual Auto Insurance - Claims Department
""")

mk("clean", "lookalike", "",
   "Oak & Ash Tree Surgeons <office@oakashtree.com>",
   "Linda Marchetti <lmarchetti.home@gmail.com>",
   "Estimate #4412 - red oak diagnosis and treatment plan",
   "2025-03-09 09:30",
   """Hi Linda,

Thanks for having us out Friday. Here's the summary from our arborist's assessment:

Diagnosis: the red oak by the driveway (approx. 80 yrs, 34" DBH) shows symptoms consistent with
oak wilt - leaf browning from the margins inward, and a fungal mat under the bark on the north
side. Prognosis is poor for that tree; the concern is spread through root grafts to the two
oaks behind it.

Treatment plan:
 1. Removal of the infected oak, stump ground below grade ........ $2,850
 2. Root-graft trenching between trees (vibratory plow) ............ $640
 3. Preventive injection (propiconazole) for the 2 healthy oaks .... $780

Total: $4,270. We'd want to do the removal before April 15 (no pruning/wounding in the season).

Best,
Dmitri Vasko, ISA Certified Arborist WI-1188A
Oak & Ash Tree Surgeons | 262-555-0112
""")

mk("clean", "lookalike", "",
   "Sasha Ibekwe <sibekwe@fernline.io>",
   "platform-eng@fernline.io",
   "postmortem: INC-2291 'iris' scheduler outage - patient zero was the retry worker",
   "2025-03-07 18:05",
   """tl;dr: the 'iris' job scheduler (our vision-pipeline service) went down for 47 min on 3/6.
Patient zero was the retry worker: a poison message kept getting re-queued, the worker's memory
grew until the OOM killer took the pod (PID 4412), and the liveness probe kept failing so k8s
never got a healthy replica up.

Timeline (UTC):
  14:02  first OOMKilled on iris-retry-7c9d
  14:09  pager fired; on-call (me) acknowledged
  14:31  identified the message id 0x7f3a...c2 in the DLQ
  14:49  purged, added max-attempts=5, all green

Treatment / follow-ups:
  - JIRA PLAT-881: patient retry with exponential backoff (the "patient" strategy in the lib)
  - JIRA PLAT-882: health check should not depend on the queue depth
  - JIRA PLAT-883: blind-spot in dashboards for DLQ growth

-- Sasha
""")

# =====================================================================================
# CLEAN - news
# =====================================================================================

mk("clean", "news", "",
   "Lakeshore Eye Associates <newsletter@lakeshoreeye.com>",
   "subscribers@lakeshoreeye.com",
   "Eye on Health - March: Workplace Eye Wellness Month",
   "2025-03-01 08:00",
   """EYE ON HEALTH | March 2025

March is Workplace Eye Wellness Month
If you spend hours at a screen, try the 20-20-20 rule: every 20 minutes, look at something 20
feet away for 20 seconds. Keep your monitor about an arm's length away and slightly below eye
level.

Diabetes and your eyes
People with diabetes should have a dilated eye exam every year, even if vision seems fine. Early
changes in the retina often have no symptoms.

Meet our new optometrist
We welcome Dr. Helena Sørensen, OD, to our Racine office. Dr. Sørensen completed her residency in
cornea and contact lenses and especially enjoys fitting specialty lenses.

New optical hours: Racine optical is now open Saturdays 9-1.

To unsubscribe, reply STOP. Lakeshore Eye Associates, 2200 Harbor View Dr, Kenosha WI 53140.
""", html="""<html><body style="font-family:Georgia,serif"><h2>EYE ON HEALTH | March 2025</h2>
<h3>March is Workplace Eye Wellness Month</h3><p>If you spend hours at a screen, try the
<b>20-20-20 rule</b>: every 20 minutes, look at something 20 feet away for 20 seconds.</p>
<h3>Diabetes and your eyes</h3><p>People with diabetes should have a dilated eye exam every year,
even if vision seems fine.</p><h3>Meet our new optometrist</h3><p>We welcome Dr. Helena
S&oslash;rensen, OD, to our Racine office.</p><p><small>To unsubscribe, reply STOP.</small></p>
</body></html>""")

mk("clean", "news", "",
   "WI Dept of Health - Chronic Disease Bulletin <bulletins@dhs-chronic-wi.example.gov>",
   "partners-list@dhs-chronic-wi.example.gov",
   "Bulletin 2025-07: Diabetic eye disease in Wisconsin - 2024 surveillance summary",
   "2025-03-04 13:00",
   """CHRONIC DISEASE PREVENTION BULLETIN 2025-07

Diabetic eye disease - 2024 surveillance summary

 - An estimated 1 in 4 adults with diagnosed diabetes in the state reported no dilated eye exam
   in the past 2 years (BRFSS 2023).
 - Rates of missed exams were highest among adults 18-44 (38%) and in rural counties (31%).
 - Among Medicaid members with diabetes, annual retinal exam completion was 52.4%, up from 49.1%.
 - Teleretinal screening in primary care sites increased exam completion by an estimated 11
   percentage points at participating clinics.

Partners are encouraged to promote annual exams during National Diabetes Month (November) and to
consider point-of-care retinal imaging.

Data are aggregated and contain no individual-level information.
Contact: chronicdisease@dhs-chronic-wi.example.gov
""")

mk("clean", "news", "",
   "Pharmacy Purchasing <pharmacy@lakeshoreeye.com>",
   "clinical-all@lakeshoreeye.com",
   "FW: URGENT VOLUNTARY RECALL - ClearDrop Artificial Tears 15 mL (lots listed)",
   "2025-03-06 15:40",
   """All - please pull any of these from sample closets and optical counters today. We had some
in the Racine sample cabinet. Don't hand out to patients. - Nadia

-----Original Message-----
From: Medline Distribution Safety <recalls@distributor-notices.example.com>
Sent: Thursday, March 06, 2025 2:11 PM
Subject: URGENT VOLUNTARY RECALL - ClearDrop Artificial Tears

Vistaline Pharmaceuticals is voluntarily recalling the following lots of ClearDrop Lubricant Eye
Drops (carboxymethylcellulose 0.5%), 15 mL, to the consumer level due to a lack of sterility
assurance found during an FDA inspection:

  NDC 71234-118-15   Lot CD24118A  Exp 09/2026
  NDC 71234-118-15   Lot CD24121C  Exp 10/2026
  NDC 71234-118-30   Lot CD24133B  Exp 11/2026 (twin pack)

Use of contaminated eye drops could result in eye infections that may threaten vision. To date
no adverse events have been reported. Return product to the distributor; credit will be issued.
""")

mk("clean", "news", "",
   "Midwest Ophthalmological Society <news@midwestophthsoc.org>",
   "members@midwestophthsoc.org",
   "MOS Spring Meeting - Apr 25-26 Milwaukee - registration open, 12 CME",
   "2025-03-03 10:00",
   """MIDWEST OPHTHALMOLOGICAL SOCIETY - SPRING MEETING
April 25-26, 2025 | Lakefront Conference Center, Milwaukee

Highlights:
 * Keynote: "Treat-and-extend in 2025: what the real-world data say" - Prof. Anja Lindemann
 * Glaucoma symposium: MIGS outcomes at 5 years
 * Cataract grand rounds: managing the small pupil and floppy iris
 * Optometry track: myopia control in children, scleral lens troubleshooting
 * Coding update: 2025 changes for intravitreal injections and imaging

Up to 12 AMA PRA Category 1 Credits(TM); COPE credit for the optometry track.
Early-bird registration ends March 31. Members $295 / non-members $450 / residents free.

Midwest Ophthalmological Society, PO Box 4412, Madison WI 53701
""")

mk("clean", "news", "",
   "Aurelis Vision Care <pro-news@aurelisvision.example.com>",
   "Lakeshore Optical <optical@lakeshoreeye.com>",
   "Now shipping: Aurelis DailyToric+ in extended parameters",
   "2025-03-10 09:00",
   """Dear Eye Care Professional,

Aurelis DailyToric+ is now available in extended cylinder powers (-0.75 to -2.75) and axes in
10-degree steps all around, sphere +6.00 to -10.00.

 - Same SmartHydrate material, Dk/t 118
 - Fitting set upgrade kit (SKU FS-DT-EXT) free with your next order of 10+ annual supplies
 - Patient rebate: $100 on 4 boxes through June 30

Contact your territory manager, Brett Aldana (414-555-0168), to schedule an in-office lunch &
learn.

Aurelis Vision Care | For professional use only. Not for distribution to consumers.
""")

mk("clean", "news", "",
   "Kenosha Public Library Events <events@kenoshapl.example.org>",
   "community-partners@kenoshapl.example.org",
   "Thank you! Free vision screening day recap",
   "2025-03-12 11:00",
   """Hello partners,

Thank you to Lakeshore Eye Associates, the Lions Club and Kenosha County Health for a great
Saturday! Quick recap:

 - 143 adults and 61 children screened
 - 37 referred for a full eye exam, 9 flagged for possible glaucoma follow-up
 - 88 pairs of donated glasses collected; Lions will recycle them
 - Volunteers: 22 (including 4 optometry students)

Next event: Saturday May 10 at the Southwest branch. Photos are on our Facebook page.

Warmly,
Tanya Oduya
Community Programs Librarian
""")

# =====================================================================================
# CLEAN - staff
# =====================================================================================

mk("clean", "staff", "",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "retina-team@lakeshoreeye.com",
   "updated injection prep protocol - effective Monday",
   "2025-03-07 19:20",
   """Team,

After reviewing the endophthalmitis literature and our own numbers (no cases in the last 3,100
injections - keep it up) we're making a few changes effective 3/10:

1. Povidone-iodine 5% to the conjunctiva and lid margins, minimum 30 seconds contact before the
   needle. For documented iodine sensitivity use aqueous chlorhexidine 0.1%.
2. No talking in the field - staff and patient - once the speculum is in. Masks for everyone
   within 3 feet.
3. Drop the post-injection antibiotic drops entirely. They don't lower risk and they do
   increase resistance.
4. IOP check at 15-30 min for every patient, not just glaucoma pts. Document optic nerve
   perfusion if pressure > 30.

Laminated cards will be in each injection room. Questions at Wednesday's huddle.

Obinna Nwosu, MD
Director, Lakeshore Retina Center
""")

mk("clean", "staff", "",
   "Kristin Halvorsen MD <khalvorsen@lakeshoreeye.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "curbside - refractory wet AMD",
   "2025-03-05 21:50",
   """Obinna,

Curbside when you have a minute. 70s female, neovascular AMD one eye, 14 injections over ~2 yrs,
started on bevacizumab then aflibercept q4-5 wks. Still persistent subretinal fluid, vision
stable-ish around 20/60. No PED to speak of, no hemorrhage.

Options I'm weighing: faricimab switch vs high-dose aflibercept vs just accepting some SRF (the
data suggest it may not hurt much). Your experience with Vabysmo in this type of pt?

K
""")

mk("clean", "staff", "",
   "Angela Voss <avoss@lakeshoreeye.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>, Dr. Kristin Halvorsen <khalvorsen@lakeshoreeye.com>",
   "short a scribe Thursday",
   "2025-03-11 12:40",
   """Dr N, Dr H - we lost a scribe (Lexi's last day was Friday) and the temp agency can't send
anyone until the 24th. For Thursday:

- Dr. N starts at 8:00 instead of 7:40, first two slots moved (front desk has already called)
- Dr. H keeps Kendra as tech+scribe, may run 10-15 min behind

We're interviewing two candidates Friday if either of you wants to sit in. Sorry for the hassle.

Angela
""")

mk("clean", "staff", "",
   "Elena Marchetti OD <emarchetti@lakeshoreeye.com>",
   "Dr. Raj Iyer <riyer@lakeshoreeye.com>, Dr. Helena Sørensen <hsorensen@lakeshoreeye.com>",
   "policy q: dilating patients who drove themselves",
   "2025-03-10 13:05",
   """Quick policy question for the ODs -

What are we all doing when a patient drove themselves and doesn't want to reschedule the dilated
exam? Racine has been offering the disposable sunglasses and having them sign the acknowledgment,
Kenosha has been offering to reschedule. I'd like us to be consistent. Our malpractice carrier
says either is defensible if documented.

Also - are we still offering phenylephrine 2.5% only (no tropicamide) for the "light dilation"
option, or did we stop that?

Thanks,
Elena
""")

mk("clean", "staff", "",
   "Infection Prevention <infectionprevention@lakeshoreeye.com>",
   "clinical-all@lakeshoreeye.com",
   "Reminder: tonometer tip disinfection + audit results",
   "2025-03-03 11:30",
   """Hi all,

February audit results for applanation tonometer tips: 91% compliance (target 100%). Most misses
were tips not soaked for the full time or set out to air dry on a used tissue.

Reminder of the process:
 1. Wipe the tip immediately after use
 2. Soak in 10% bleach (fresh daily, log on the lid) for 5 minutes
 3. Rinse thoroughly with sterile water - residual bleach can cause corneal epithelial defects
 4. Air dry in the labeled clean tray; store dry
 5. Disposable Tonosafe tips are preferred for any patient with red eye/conjunctivitis

Audit sheets are in each pod. Thank you!
Maureen Schultz, RN, CIC
Infection Prevention
""")

mk("clean", "staff", "",
   "Dr. Raj Iyer <riyer@lakeshoreeye.com>",
   "docs@lakeshoreeye.com",
   "journal club 3/20 - SLT first-line",
   "2025-03-12 07:15",
   """Hi all,

Journal club Thursday 3/20 at 6:30 pm, Kenosha conference room, dinner from Mangia.

Paper: the 6-year follow-up of the big UK trial of laser trabeculoplasty vs drops as first
treatment for open-angle glaucoma. Key points to discuss:
 - fewer trabeculectomies/cataract surgeries needed in the laser-first arm
 - ~70% drop-free at 6 yrs
 - does this change what we offer newly diagnosed pts here, given our payer mix?

Residents: Priyanka (our integration analyst) will pull our own SLT volume for 2022-2024, no
patient-level data, just counts.

Raj
""", cte="quoted-printable")

mk("clean", "staff", "",
   "Marcus Yoon <myoon@lakeshoreeye.com>",
   "Bree Castellanos <bcastellanos@lakeshoreeye.com>, Jackie Moreau <jmoreau@lakeshoreeye.com>",
   "remake rate - February",
   "2025-03-08 10:02",
   """Feb optical numbers:

  Jobs dispensed:    212
  Remakes:            14  (6.6% - target under 4%)
    - lab error:       9  (7 from Prairie, mostly progressive seg heights)
    - Rx change:       3  (post-cataract pts refracted too early)
    - adaptation:      2

Two asks: (1) I want to talk to Prairie about seg height measurements - maybe we send the
digital measurements instead of hand marks. (2) Can we get the ODs to wait the full 4 weeks
after cataract surgery before final refraction? I'll bring it up with Dr. Marchetti.

Marcus Yoon
Optical Manager, Lakeshore Optical
""")

# =====================================================================================
# CLEAN - training
# =====================================================================================

mk("clean", "training", "",
   "EHR Training <ehrtraining@lakeshoreeye.com>",
   "new-hires-march@lakeshoreeye.com",
   "Practice exercises for Wednesday's EHR class (TRAINING environment only)",
   "2025-03-10 16:00",
   """Welcome! Before Wednesday, log into the TRAINING environment (TRN-EHR, orange banner) - NOT
production - and complete these exercises:

1. Search for patient ZZTEST, RETINA (MRN 999000101). Check in for an injection visit.
2. Open ZZTEST, GLAUCOMA (MRN 999000102). Enter IOP 18/19 and a visual field order.
3. For ZZTEST, OPTICAL (MRN 999000103) create a spectacle order: OD -2.00 sph, OS -2.25 sph.
4. Register a new patient named TEST, PRACTICE with DOB 01/01/1900 and your initials as middle
   name. Delete it when done.

These are fictitious records. Never practice on a real patient's chart.

Lorraine Beck, EHR Trainer | x4410
""")

mk("clean", "training", "",
   "Brett Aldana <baldana@imagingvendor-demo.example.com>",
   "Dr. Obinna Nwosu <onwosu@lakeshoreeye.com>",
   "Follow-up: RetinaView AI demo recording + sample report",
   "2025-03-06 10:45",
   """Dr. Nwosu,

Thanks for your time Tuesday. As promised, the demo recording link is in the portal, and the
sample output is below. All data is synthetic demo data from our reference dataset.

  ---- RetinaView AI - SAMPLE REPORT ----
  Patient:   DOE, JOHN (DEMO)   ID: DEMO-0001   DOB: 01/01/1960
  Exam:      Macular OCT, both eyes
  Findings:  OD - fluid detected (SRF 0.21 mm3)   OS - no fluid
  This is a sample report for demonstration purposes only.
  ---------------------------------------

Pricing for a 3-device site license is attached to the proposal I sent Angela.

Best,
Brett
""")

mk("clean", "training", "",
   "Compliance Office <compliance@lakeshoreeye.com>",
   "All Staff <allstaff@lakeshoreeye.com>",
   "Annual HIPAA refresher due 3/31 - quiz examples",
   "2025-03-03 09:30",
   """Hi all,

Your annual HIPAA & privacy refresher is due March 31 in the learning portal (about 25 minutes).
This year's module has new scenarios about email. A preview:

  Scenario 3: You need to tell the surgery center about "Jane Sample, DOB 00/00/0000, cataract
  surgery left eye." Which is the right way to send it?
    a) Personal Gmail
    b) Secure email with [secure] in the subject  <-- correct
    c) Text message

  Scenario 5: A man calls saying he's "Mr. Example's" son and asks for his father's test results.
  What do you do first?

Remember: the minimum necessary rule applies to internal email too.

Questions: Tom Feeney, Privacy Officer, x4402.
""")

mk("clean", "training", "",
   "Jeff Marlow <jmarlow@lakeshoreeye.com>",
   "HL7 Team - Harbor View ASC <hl7@harborviewasc.com>",
   "TEST env - sample ADT for validation (fake pt)",
   "2025-03-12 10:05",
   r"""Hi team,

For the new interface validation in your TEST environment, here's the test message. Fake
patient only - MRN 000000001, name TEST^PATIENT, do not load to prod.

MSH|^~\&|PM|LAKESHORE_TST|HVASC|HARBORVIEW_TST|202503121000||ADT^A04|TST0001|T|2.3
EVN|A04|202503121000
PID|1||000000001^^^LSE^MR||TEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^WI^00000||(000)000-0000
PV1|1|O|ASC^OR2||||0000000000^DOCTOR^TEST

Processing ID is T. Please confirm the ACK comes back AA.

Jeff
""")

mk("clean", "training", "",
   "Scribe Program <scribes@lakeshoreeye.com>",
   "scribe-trainees@lakeshoreeye.com",
   "Template practice: cataract pre-op note",
   "2025-03-09 14:00",
   """Scribe trainees,

Please practice filling the cataract pre-op template using the mock encounter video from class
(the actor "Mr. Sample"). Template below - fill in brackets.

  Patient: [Last, First]          DOB: __/__/____        MRN: [auto]
  CC: [e.g., "glare driving at night"]
  VA cc: OD 20/__  OS 20/__     BAT: OD 20/__  OS 20/__
  Lens: OD [grade] NS  OS [grade] NS
  Biometry: [IOLMaster axial length, K's]
  Plan: phaco/IOL [eye], target [plano / -0.50 / mono], lens model [ ]

Submit in the LMS by Friday. Do not use real patient notes for practice.

Carmen Ortiz, CMSS
Scribe Program Lead
""")

mk("clean", "training", "",
   "Clearpath Education <education@clearpathclearinghouse.com>",
   "Gordon Pike <gpike@lakeshoreeye.com>",
   "Webinar handout: 837P basics for ophthalmology (sample claim)",
   "2025-03-04 12:00",
   """Thanks for attending! As requested, here's the SAMPLE claim from slide 14. All identifiers are
fictional and taken from the implementation guide examples.

NM1*IL*1*DOE*JANE****MI*SAMPLE00001~
DMG*D8*19000101*F~
CLM*SAMPLECLAIM1*100***11:B:1*Y*A*Y*Y~
HI*ABK:H2513~
SV1*HC:92014*100*UN*1***1~
DTP*472*D8*20250101~

Remember: modifiers RT/LT/50 for laterality on injections and imaging; J-code units must match
the NDC quantity.

Clearpath Education Team
""")

# -------------------------------------------------------------------------------------
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in ROWS:
        w.writerow(r)

print("wrote %d messages to %s" % (len(ROWS), OUT))
