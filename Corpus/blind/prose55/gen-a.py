#!/usr/bin/env python3
"""Blind evaluation mail set: veterans & military-family community clinic.
Run: python3 gen.py OUTDIR   (stdlib only, deterministic)"""
import sys, os, io, csv, random, zipfile, email.policy
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 5501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def D(y, mo, d, h, mi, tz=-4):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=tz))))


def add(label, kind, patient, frm, to, subject, date, body, cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, date=date, body=body, cc=cc, html=html,
                     atts=list(atts), cte=cte, headers=headers or {}))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 20, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def cref(r, c):
        s = ''
        c += 1
        while c:
            c, rem = divmod(c - 1, 26)
            s = chr(65 + rem) + s
        return '%s%d' % (s, r + 1)
    xr = []
    for r, row in enumerate(rows):
        cells = ''.join('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'
                        % (cref(r, c), xesc(str(v))) for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r + 1, cells))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(xr)),
    ]
    return zip_bytes(files)


# ---------------------------------------------------------------- people
CLINIC_SIG = "Cedar Ridge Veterans & Family Clinic\n2200 Commonwealth Ave, Millbrook, KY 40962"
DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
              "intended recipient(s) and may contain confidential and privileged information. Any\n"
              "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
              "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

DANA = "Dana Whitfield <dwhitfield@cedarridgehealth.org>"
MARCUS = "Marcus Oyelaran MD <moyelaran@cedarridgehealth.org>"
JOLENE = "Jolene Harkness <jharkness@cedarridgehealth.org>"
RAY = "Ray Delgado <rdelgado@cedarridgehealth.org>"
PRIYA = "Priya Ramanathan <pramanathan@cedarridgehealth.org>"
THERESA = "Theresa Quon <tquon@cedarridgehealth.org>"
MARIBEL = "Maribel Soto <msoto@cedarridgehealth.org>"
LUZ = "Luz Amparo Ibarra <libarra@cedarridgehealth.org>"
KEVIN = "Kevin Brandt <kbrandt@cedarridgehealth.org>"
KIM = "Kim Albrecht <kalbrecht@cedarridgehealth.org>"
SHARON = "\"Leffert, Sharon\" <sharon.leffert@va.gov>"
TERRENCE = "\"Vaughn, Terrence (PSAS)\" <terrence.vaughn@va.gov>"
OSTROWSKI = "\"Ostrowski, Brianna K CIV DHA\" <brianna.k.ostrowski.civ@health.mil>"
WALT = "Walt Pruitt <wpruitt@bluestarvets.org>"

# =================================================================== PHI: care
add('phi', 'care', 'Beckwith', DANA, SHARON, "RE: SAR - Beckwith, additional PT visits", D(2025, 10, 13, 9, 4),
"""Sharon,

Thanks for getting back to me. Yes, this is for Harold Beckwith, the referral you
approved in August for post-op PT after his left knee revision.

Where he is now: 6 of the 12 approved visits done. Flexion is up to 95 deg but he's
still on the walker outside the house. Dr. Oyelaran saw him 10/8, repeat x-ray
looked good (components well seated, no loosening) and he's off the oxycodone
completely - just tylenol and meloxicam now. PT wants another 8 visits at 2x/week
to get him onto a cane before the weather turns.

I'll send the SAR through HSRM this afternoon with the PT progress note and the
x-ray read attached. Referral is VA0034418827 if you need to pull it up.

Dana

Dana Whitfield, RN
Community Care Coordinator
Cedar Ridge Veterans & Family Clinic
606-555-0134 | fax 606-555-0139

-----Original Message-----
From: Leffert, Sharon <sharon.leffert@va.gov>
Sent: Friday, October 10, 2025 3:41 PM
To: Whitfield, Dana <dwhitfield@cedarridgehealth.org>
Subject: RE: SAR - Beckwith, additional PT visits

Dana - got your voicemail. Which veteran is this for? I have two Beckwiths in the
queue right now. Send the SAR with clinicals and I'll get it in front of the
reviewer Monday.

Sharon Leffert, RN
Community Care Nurse, Office of Community Care
Ridgeway VA Medical Center
""")

add('phi', 'care', 'Kowalski', MARCUS, OSTROWSKI, "f/u on your referral - Kowalski", D(2025, 10, 3, 17, 48),
"""Dr Ostrowski,

Saw Brenda Kowalski (SSG Kowalski's wife) yesterday for the palpitations you sent
her over for. Echo essentially normal, EF 60%. Holter showed frequent PVCs, no runs.
Started metoprolol succinate 25 daily, she'll come back in 3 wks and we'll recheck a
BMP then. Let me know if you want the full note faxed to the referral office.

Marcus Oyelaran, MD
Internal Medicine | Cedar Ridge Veterans & Family Clinic

Sent from my iPhone
""")

add('phi', 'care', 'Hayes', JOLENE, RAY, "derrick - missed groups", D(2025, 10, 17, 16, 22),
"""ray - derrick hayes has missed CPT group sessions 4 and 5. he came in thursday for
the makeup and said the nightmares are back full force since his prazosin ran out,
pharmacy told him the rx expired and nobody renewed it. PCL-5 went from 41 to 58.
he denied SI when i asked directly, we went over the safety plan again and he still
has the crisis line card in his wallet.

can you reach out before tues? he trusts you more than me. marcus - cc'ing you re
restarting the prazosin (he was on 3mg qhs, BP was fine on it).

thx
j

Jolene Harkness, PhD
Clinical Psychologist | PTSD Group Programme Lead
Cedar Ridge Veterans & Family Clinic
""", cc=MARCUS)

_care4_txt = """Terrence,

Update on Luis Cardenas-Ruiz (R transfemoral):

- Cast for new socket 10/9, check socket fitted 10/16. Good fit, ischial containment
  comfortable, volume fluctuation about 1 ply/day.
- Skin at the distal end has fully healed since the last liner swap.
- He's still falling on the mechanical knee, about twice a month (last one 10/3 in
  his driveway, no injury, but his wife is scared). PT and I both recommend a
  microprocessor knee trial.

Can you open the 2237 for the MPK trial? Gait eval from PT went over with our last
fax. Happy to get on a call.

Priya

Priya Ramanathan, MS, CPO
Prosthetics & Mobility Clinic
Cedar Ridge Veterans & Family Clinic | 606-555-0140
"""
_care4_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Terrence,</p>
<p>Update on <b>Luis Cardenas-Ruiz</b> (R transfemoral):</p>
<ul>
<li>Cast for new socket 10/9, check socket fitted 10/16. Good fit, ischial containment comfortable, volume fluctuation about 1 ply/day.</li>
<li>Skin at the distal end has fully healed since the last liner swap.</li>
<li>He's still falling on the mechanical knee, about twice a month (last one 10/3 in his driveway, no injury, but his wife is scared). PT and I both recommend a microprocessor knee trial.</li>
</ul>
<p>Can you open the 2237 for the MPK trial? Gait eval from PT went over with our last fax. Happy to get on a call.</p>
<p>Priya</p>
<p style="color:#555">Priya Ramanathan, MS, CPO<br>Prosthetics &amp; Mobility Clinic<br>Cedar Ridge Veterans &amp; Family Clinic | 606-555-0140</p>
</body></html>"""
add('phi', 'care', 'Cardenas-Ruiz', PRIYA, TERRENCE, "Cardenas-Ruiz - check socket done, MPK trial request",
    D(2025, 10, 16, 14, 5), _care4_txt, html=_care4_html)

add('phi', 'care', "O'Dowd", THERESA, "EastGate Provider Services <provider.services@egmhp.com>",
    "Reconsideration request - denied no auth (O'Dowd)", D(2025, 10, 14, 10, 31),
"""Hello,

I'm requesting reconsideration of two denied claims for Sean O'Dowd. He had an
in-lab sleep study (95810) on 09/12/2025 and a CPAP titration night (95811) on
09/19/2025. Both came back CO-197, authorization absent.

His PCM at Calder Army Health Clinic entered the referral on 08/28/2025, referral
number 2025082800417R, and I can see it as approved in the provider portal. Looks like
the titration went out under the wrong rendering NPI so the auth didn't match. The
corrected claim is going out today; the 95810 I think is just an error on your side.

I can send the sleep study report and the titration summary if the reviewer needs them.

Thank you,

Theresa Quon, CPC
Billing Specialist - TRICARE / Commercial
Cedar Ridge Community Health
606-555-0172 | fax 606-555-0179
""")

add('phi', 'care', 'Petrenko', MARIBEL, KIM, "FW: records for Petrenko claim", D(2025, 10, 13, 13, 12),
"""Kim - see below from Walt at Blue Star. Alex Petrenko was in last week and said he
asked them to help w/ his hearing loss claim. He had the audiogram 8/21 (moderate to
severe high freq loss both ears per Dr Lindgren) and got the hearing aids fitted 9/30.
Do we have a signed 4142 or our own ROI on file? if not I'll have him sign one when he
comes in for the aid check Thursday.

-Maribel

---------- Forwarded message ---------
From: Walt Pruitt <wpruitt@bluestarvets.org>
Date: Mon, Oct 13, 2025 at 11:02 AM
Subject: records for Petrenko claim
To: <frontdesk@cedarridgehealth.org>


Good morning,

I'm the county service officer working with Aleksandr Petrenko on his VA disability
claim for hearing loss and tinnitus. He asked me to get copies of his hearing test
results from your audiology clinic. What do you need from us to release them?

Respectfully,
Walt Pruitt
Accredited Veterans Service Officer
Blue Star Veterans Alliance - Harlan County Post
(606) 555-0181
""")

add('phi', 'care', 'Santiago', "Ridgeway VAMC Care Transitions <vhariw.caretransitions@va.gov>",
    "Community Care Clinic <frontdesk@cedarridgehealth.org>",
    "Admission/Discharge Notification - Community Provider of Record", D(2025, 10, 14, 18, 2),
"""This is an automated notification from Ridgeway VA Medical Center to the Veteran's
community care provider of record. Do not reply to this mailbox.

Veteran: SANTIAGO, GLORIA E
Admitted: 10/11/2025 via Emergency Department
Discharged: 10/14/2025 to home with spouse

Hospital course: presented with substernal chest pressure x 2 hours. Troponin elevated on arrival. Cardiac catheterization 10/12 with drug-eluting stent to mid LAD. Echo EF 45% with anterior hypokinesis.

Discharge medication changes:
  START clopidogrel 75 mg daily
  START metoprolol tartrate 25 mg twice daily
  INCREASE atorvastatin to 80 mg daily
  STOP naproxen

Follow-up: PCP within 7 days. Cardiac rehab referral placed (community care, SEOC pending).

Questions: Transitions of Care RN, 606-555-0110 ext 4417.

This message may contain information protected under the Privacy Act and HIPAA. If you received it in error, notify the sender and delete it.
""", cte='quoted-printable')

# =================================================================== PHI: names
add('phi', 'names', 'Nguyễn Văn Thành', MARCUS, LUZ, "Nguyễn Văn Thành – labs back", D(2025, 10, 9, 12, 40),
"""labs back, a1c 7.1 (was 8.4 in june), creat stable. can you call him w/ the good news
and tell him keep the metformin at 1000 bid, I sent 90 days to his pharmacy. his son
usually answers and interprets.
M
""")

add('phi', 'names', 'Okonkwo', MARIBEL, "Prosthetics Scheduling <prosthetics@cedarridgehealth.org>",
    "add on for tues?", D(2025, 10, 20, 8, 51),
"""Priya / Deb,

Can you squeeze in Okonkwo, Adaeze on Tuesday afternoon? She called this morning - the
liner is tearing at the top edge and the strap on her AFO (other leg) snapped. She can
do anytime after 1. She's TRICARE Prime so no VA auth needed, just the base referral
which is already in.

thanks!!
Maribel Soto
Patient Access Representative
Cedar Ridge Veterans & Family Clinic | 606-555-0130
""")

add('phi', 'names', 'Al-Haddad', DANA, MARCUS, "MRI result from community imaging", D(2025, 10, 15, 11, 7),
"""Dr O -

Mr. Al-Haddad's lumbar MRI from Bluegrass Imaging came in on the fax. Radiologist says
L4-5 disc extrusion contacting the traversing L5 root, moderate foraminal narrowing.

Yusuf's wife called this morning asking if he can get the neurosurgery referral before
the VA authorization runs out on 11/30. If you put the order in I'll start the new
SEOC request today. He says the numbness in his left foot is the same, not worse.

Dana
""")

add('phi', 'names', 'Kealoha', RAY, JOLENE, "tues night group", D(2025, 10, 21, 13, 15),
"""Jo,

Heads up for tonight. Kealoha (the Navy corpsman, comes with the yellow lab) texted me
Sunday that he had a bad weekend - first time using since he got his 1-yr chip. He
says he's still coming to group. I'd like to check in with him 1:1 for 15 min before
we start, can you open the room and get the others settled?

Ray

Ray Delgado, LCSW
Readjustment Counselor
Cedar Ridge Veterans & Family Clinic
""")

add('phi', 'names', 'van der Berg', PRIYA, "Curtis Mayhew <cmayhew@bluegrassmobility.com>",
    "power chair eval - van der Berg", D(2025, 10, 8, 15, 30),
"""Hi Curtis,

We finished the seating & mobility eval for Ms. van der Berg yesterday. MS, progressing
(EDSS around 7 per her neurologist), can't self-propel more than about 20 ft now, and
she's had two sacral pressure injury scares this year. Recommending a Group 3 power
chair with power tilt-in-space and a ROHO high-profile cushion. Her husband is
building a ramp off the back porch.

Ellen would like a demo chair at the house before the 2237 goes to the VA if you can
swing that - her number is on the referral we sent over.

Thanks,
Priya

Priya Ramanathan, MS, CPO
Prosthetics & Mobility Clinic
""" + CLINIC_SIG + "\n\n" + DISCLAIMER + "\n")

add('phi', 'names', 'Wiśniewska', LUZ, MARCUS, "pt callback - Wisniewska", D(2025, 10, 20, 10, 2),
"""Dr O,

Mrs. Wiśniewska called again about her right shoulder after the cortisone shot on
Friday. Says it's worse not better, can't lift her arm high enough to comb her hair.
No fever, no redness she can see. She wants to know should she come in or go to
urgent care. Katarzyna's callback is the home number, she doesn't text.

Luz Amparo Ibarra, LPN
""")

add('phi', 'names', 'Deshpande', THERESA, DANA, "MAJ Deshpande - which payer??", D(2025, 10, 22, 9, 18),
"""Dana,

quick q - MAJ Deshpande (ret.) came in Monday for her PT eval and front desk registered
her as TRICARE For Life, but she told the therapist the VA is paying for the shoulder
under community care. Anjali says she has both. Which do I bill for the eval + the 2
treatment visits? I don't want to send it to TFL if there's an active VA referral
for the rotator cuff repair rehab.

T
""")

_n8_txt = """Good afternoon,

Calder Army Health Clinic is referring the following TRICARE Prime beneficiary to your
clinic. Please schedule within the 28-day access standard and return the consult
report to the Referral Management Office by secure fax 606-555-0107.

Beneficiary: DUBOIS-TREMBLAY, MARIE-CLAIRE
Relationship to sponsor: Spouse
Referred for: Behavioral Health - individual psychotherapy, 8 visits
Clinical reason: postpartum depression, EPDS 17 at 6-week visit; sponsor deployed
Referring PCM: CPT Brianna Ostrowski, FNP
Authorization: 2025101400882R

V/R,
Referral Management Office
Calder Army Health Clinic, Fort Calder
"""
_n8_html = """<html><body><p>Good afternoon,</p>
<p>Calder Army Health Clinic is referring the following TRICARE Prime beneficiary to your clinic. Please schedule within the 28-day access standard and return the consult report to the Referral Management Office by secure fax 606-555-0107.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Beneficiary</b></td><td>DUBOIS-TREMBLAY, MARIE-CLAIRE</td></tr>
<tr><td><b>Relationship to sponsor</b></td><td>Spouse</td></tr>
<tr><td><b>Referred for</b></td><td>Behavioral Health - individual psychotherapy, 8 visits</td></tr>
<tr><td><b>Clinical reason</b></td><td>postpartum depression, EPDS 17 at 6-week visit; sponsor deployed</td></tr>
<tr><td><b>Referring PCM</b></td><td>CPT Brianna Ostrowski, FNP</td></tr>
<tr><td><b>Authorization</b></td><td>2025101400882R</td></tr>
</table>
<p>V/R,<br>Referral Management Office<br>Calder Army Health Clinic, Fort Calder</p></body></html>"""
add('phi', 'names', 'Dubois-Tremblay', "\"Calder AHC Referral Mgmt\" <calder.rmo.org@health.mil>",
    "Referrals <referrals@cedarridgehealth.org>", "Referral: DUBOIS-TREMBLAY, MARIE-CLAIRE",
    D(2025, 10, 14, 14, 44), _n8_txt, html=_n8_html)

# =================================================================== PHI: self
add('phi', 'self', 'Pettibone', "Dwayne Pettibone <dpettibone71@yahoo.com>",
    "Cedar Ridge Clinic <frontdesk@cedarridgehealth.org>", "dizzy from new med", D(2025, 10, 15, 6, 12),
"""hi this is dwayne pettibone, i saw dr oyelaran monday for my back (the sciatica down
my left leg). he started me on gabapentin 300 3 times a day and im so dizzy i almost
fell off the ladder at work yesterday. can i cut it down or just stop it? my birthday
is 6/14/71 if you need it to look me up

thanks
Dwayne

Sent from Yahoo Mail on Android
""")

add('phi', 'self', 'Reyes', "Carla Reyes <carla.m.reyes@gmail.com>", "Referrals <referrals@cedarridgehealth.org>",
    "Mateo ENT referral", D(2025, 10, 16, 20, 37),
"""Hello,

My son Mateo Reyes (DOB 03/22/2017) was seen at your clinic Oct 6 by the PA for his
third ear infection since August. She said she would put in for him to see ENT about
tubes but Tricare says there is no referral on file. My husband is SFC Alejandro Reyes
at Fort Calder, we have TRICARE Prime.

Can someone check? Mateo is still on the amoxicillin and his hearing seems muffled on
the right side, his teacher noticed too.

Thank you,
Carla Reyes
(606) 555-0163
""")

add('phi', 'self', 'Di Salvo', "Lou DiSalvo <lou.disalvo.usaf@outlook.com>", PRIYA, "socket rubbing bad",
    D(2025, 10, 20, 7, 3),
"""Priya,

Lou Di Salvo here. The new socket is rubbing on the back of my knee (inside, the
hamstring side) and I've got a blister about the size of a quarter. Been keeping the leg
off since Saturday and using the crutches but I need to get back to work. Can you
adjust it this week? I can do any morning.

Also the VA sent me a letter saying my prosthetics authorization expires 12/31. Does
that mean I need a new referral for the adjustment?

Thanks,
Lou

SSgt Lorenzo Di Salvo, USAF (Ret.)
""")

add('phi', 'self', 'McCready', "Siobhan McCready <siobhan.mccready@outlook.com>", JOLENE, "not coming thursday",
    D(2025, 10, 14, 23, 48),
"""Dr. Harkness,

I'm not going to make group this Thursday. I don't really want to talk about it in
front of everyone but it's been a rough couple weeks. The anniversary of the IED was the
9th and I've been drinking again, not every day but more than I should. I haven't been
taking the sertraline regularly either.

I'm not going to do anything stupid, I promise. I just need a week.
Can I do a 1:1 with you or Ray instead?

Siobhan
""")

add('phi', 'self', 'Tso', "Patricia Tso <pattso.home@gmail.com>", DANA,
    "Raymond's wound care supplies + caregiver program question", D(2025, 10, 19, 15, 26),
"""Hi Dana,

This is Patricia Tso, Raymond's wife. I'm his caregiver (we're in the PCAFC program
through the VA). The home health nurse stopped coming last week after the VA
authorization ended, but his heel wound is still open - she measured it at 2.1 cm on
her last visit. I've been doing the dressing changes with the silver alginate like she
showed me but we're almost out.

Ray also has his podiatry appointment 10/28 - is that still covered?

His date of birth is 11/02/1954 and his last 4 is 7730 if you need it.

Thank you for everything,
Patricia Tso
""")

_s6_txt = """To the billing department,

I received a statement dated 10/10/2025 for $240.00 for my colonoscopy on 9/3/2025
(account #4471180). This was a VA community care referral and I have the approval
letter (referral VA0033921564). The VA is supposed to pay all of it.

Also the statement lists "polypectomy" and "pathology" as separate lines. Is that normal?
Nobody told me they took anything out.

I'm not paying this until someone explains it.

Brian Lutz
Millbrook, KY
"""
_s6_html = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (l if l else "<br>") for l in _s6_txt.splitlines()) + "</div>"
add('phi', 'self', 'Lutz', "Brian Lutz <brianlutz1968@gmail.com>", "Billing <billing@cedarridgehealth.org>",
    "Bill for colonoscopy - should be VA", D(2025, 10, 17, 19, 55), _s6_txt, html=_s6_html)

add('phi', 'self', 'Marchetti', "kyle m <kmarchetti92@icloud.com>", "Cedar Ridge Clinic <frontdesk@cedarridgehealth.org>",
    "refill", D(2025, 10, 19, 21, 14),
"""hey its kyle marchetti dob 02/29/1992. ran out of my escitalopram 20 saturday and the
pharmacy says i need a new script. also the trazodone. can someone send both to the
walgreens on main st. thx

kyle

Sent from my iPhone
""")

# =================================================================== PHI: ids
add('phi', 'ids', 'Tran', "Owen Pruett <opruett@cedarridgehealth.org>", MARCUS, "PFTs", D(2025, 10, 10, 9, 58),
"""Tran, Hung  3.4.88  00488127

Spirometry done this am. FEV1/FVC 0.62, FEV1 58% pred, 14% improvement
post-bronchodilator. He was at Balad 2006-07 near the burn pit so Dana wants this in
the PACT Act toxic exposure paperwork. Full report scanned to his chart.

Owen Pruett, RRT
""")

add('phi', 'ids', 'Petersen', "Client Services <clientservices@bgregionallab.com>",
    "Lab Results <labresults@cedarridgehealth.org>", "Specimen rejected - recollection required (Client 40217)",
    D(2025, 10, 15, 13, 41),
"""BLUEGRASS REGIONAL LABORATORY - SPECIMEN REJECTION NOTICE

Client: CEDAR RIDGE V&F CLINIC (40217)
Accession: L25-0931447
Patient: PETERSEN, OLE M
DOB: 19571122
Sex: M
Collected: 20251015 0842
Ordered: BASIC METABOLIC PANEL; MAGNESIUM
Reason: GROSSLY HEMOLYZED - POTASSIUM NOT REPORTABLE (K 5.9, SPURIOUS)
Ordering provider OYELARAN notified by phone 10/15/2025 1330, read back by L. IBARRA.

Please recollect at your earliest convenience. Reference the original accession
number on the new requisition so the charge is reversed.

Client Services | Bluegrass Regional Laboratory | 859-555-0102
""")

add('phi', 'ids', 'Yellowhorse', DANA, "Tracy Hensley <thensley@appalachianrespiratory.com>",
    "address change for O2 delivery", D(2025, 10, 9, 11, 20),
"""Hi Tracy,

Mr. Curtis Yellowhorse (DOB 4 Mar 1961) moved over the weekend. Please update the
delivery address for his home concentrator and portable tanks:

    1187 Juniper Hollow Rd, Apt 3B
    Millbrook, KY 40962
    Cell: (606) 555-0147
    Daughter Renee: (606) 555-0152

He's still on 2L continuous. The new place has a gas stove so please do the safety
talk on first delivery. VA authorization # is unchanged.

Thanks!
Dana

Dana Whitfield, RN | Community Care Coordinator | 606-555-0134
""")

add('phi', 'ids', 'Lindqvist', THERESA, "EastGate Eligibility <eligibility@egmhp.com>",
    "eligibility question - dependent child", D(2025, 10, 22, 11, 3),
"""Hi,

I'm trying to verify eligibility for a dependent whose DEERS record doesn't seem to
match what we have.

  Beneficiary: Ava Lindqvist
  DOB: 07-19-2019
  DBN: 30418822197
  Sponsor: SGT Erik Lindqvist, DoD ID 1287745501

She's scheduled 10/27 for allergy skin testing (95004 x 40) and spirometry for the
asthma workup. Our 270 came back "subscriber not found" twice. Sponsor says they
updated DEERS after the PCS in September.

Thanks,
Theresa Quon | Billing Specialist | Cedar Ridge Community Health | 606-555-0172
""")

add('phi', 'ids', 'Esquivel', "Rhonda Kemper <rkemper@egmhp.com>", THERESA,
    "RE: Claim status inquiry", D(2025, 10, 16, 15, 9),
"""Hi Theresa,

I looked at the claim you asked about.

Patient: Juan Pablo Esquivel
Member ID: 0087443129
Your acct #: 88231-04
ICN: 2025281004417
DOS: 08/14/2025
Billed: 97161, 97110 x4, 97140 x2

97110 and 97140 paid 10/09/2025 on EFT 00931822. 97161 denied - an initial PT
evaluation was already paid to another provider for this member on 07/30/2025 for the
same episode (low back). If he was discharged from that PT and this is a new episode
please send the eval note with a reconsideration.

Rhonda Kemper
Provider Relations Representative
EastGate Military Health Plans
800-555-0166 ext 2210

-----Original Message-----
From: Theresa Quon <tquon@cedarridgehealth.org>
Sent: Tuesday, October 14, 2025 10:51 AM
To: Kemper, Rhonda <rkemper@egmhp.com>
Subject: Claim status inquiry

Rhonda, can you check on ICN 2025281004417? Partial payment and no 835 for the eval
line. Thanks - T
""")

add('phi', 'ids', 'Bledsoe', SHARON, DANA, "referral approved - audiology", D(2025, 10, 20, 8, 22),
"""Dana,

Approved.

Vet: Vernon Bledsoe   L4: 2291
ICN: 1012847736V558201
Referral: VA0034502219
SEOC: Audiology - Hearing Aid Evaluation & Fitting 1.2.1
Valid 10/20/2025 - 04/18/2026, 6 visits

He reported a sudden change in the right ear in September, so please have audiology
document whether ENT needs to see him - that would be a separate referral.

Sharon

Sharon Leffert, RN
Community Care Nurse | Ridgeway VA Medical Center
606-555-0110 x4402
""")

add('phi', 'ids', 'Fitch', PRIYA, "Orders <orders@tristatehomemedical.com>",
    "documentation for manual chair", D(2025, 10, 21, 9, 37),
"""Good morning,

Attaching info for the face-to-face and detailed written order for:

Gerald Fitch, DOB Nov 22 1949
MBI 1EG4-TE5-MK72
414 Sawmill Creek Ln, Millbrook KY 40962
ph 606.555.0191

Medicare primary, TRICARE For Life secondary. Lightweight manual wheelchair (K0004)
with anti-tippers and elevating leg rests. Post-CVA with left hemiparesis, can
self-propel with the right arm and foot for short distances in the home, not safe with
the quad cane past about 15 feet. F2F was done 10/14 by Dr. Oyelaran.

Please call me with any questions.

Priya Ramanathan, MS, CPO
Prosthetics & Mobility Clinic | Cedar Ridge Veterans & Family Clinic
606-555-0140 | fax 606-555-0149
""")

add('phi', 'ids', 'Holloway', "FaxServer <faxserver@cedarridgehealth.org>", "HIM Inbox <him@cedarridgehealth.org>",
    "Inbound fax from 8595550117 (3 pages) - OCR text", D(2025, 10, 17, 16, 50),
"""Inbound fax received 10/17/2025 4:49 PM from 8595550117. 3 page(s). OCR text follows.

HARLAN WOMEN'S IMAGING CENTER
1440 Laurel Rd, Harlan KY   Tel 859-555-0115  Fax 859-555-0117

PATIENT: HOLLOWAY, DENISE R        DOB: 1975-09-30
MRN: 2210457                       ACCT: HW-0098122
REFERRING: OYELARAN, MARCUS MD
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM WITH RIGHT BREAST ULTRASOUND
DATE OF EXAM: 10/16/2025

FINDINGS: 1.4 cm irregular hypoechoic mass, right breast 10 o'clock, 6 cm from
nipple, with angular margins. No axillary adenopathy.
IMPRESSION: BI-RADS 4C - suspicious. Ultrasound-guided core biopsy recommended.
Patient informed in person. Phone on file 859.555.0199.

Electronically signed: A. Marchbanks, MD 10/16/2025 15:22
""", cte='base64')

# =================================================================== PHI: lists
add('phi', 'lists', 'Beckwith;Okafor;Marchetti;Yellowhorse;Salas;Kowalski;Hoang', LUZ,
    "Primary Care Team <pcteam@cedarridgehealth.org>", "huddle thurs 10/16", D(2025, 10, 16, 7, 31),
"""Morning all - huddle list for Dr O today. 2 TRICARE, rest VA CC.

Time\tPatient\tAge\tReason\tNotes
0800\tBeckwith, Harold\t74\tpost-op knee f/u\tPT note in chart, wants cane
0820\tOkafor, Chidi\t38\tHTN recheck\tBP 152/96 last visit, new on amlodipine
0840\tMarchetti, Kyle\t33\tmed f/u\tran out of SSRI again, PHQ-9 today
0920\tYellowhorse, Curtis\t64\tCOPD\tnew O2 address, needs PFT order
1000\tSalas, Ignacio\t57\tDM2\tA1c due, monofilament foot exam
1020\tKowalski, Brenda\t46\tpalpitations\tholter results to review (TRICARE)
1100\tHoang, Minh\t29\tTBI f/u\tneuropsych testing back (TRICARE)

Interpreter booked for Hoang @ 1100 (Vietnamese, for mom). Okafor needs a BP cuff rx.
Luz
""")

add('phi', 'lists', 'Beckwith;Santiago;Pettibone;Holloway;Al-Haddad;Petersen',
    "Nadine Ferrante <nferrante@cedarridgehealth.org>", "Primary Care On-Call <oncall@cedarridgehealth.org>",
    "weekend sign-out fri 10/17", D(2025, 10, 17, 17, 26),
"""Weekend sign-out, call starts 5p Fri. Nothing should come up but:

  * BECKWITH H - post-op L knee, nothing pending. If fever/red calf -> ED.
  * Santiago, Gloria - d/c'd from Ridgeway VA 10/14 after LAD stent. On clopidogrel
    now. Bleeding or CP -> ED. TOC call done Wed, f/u w/ me Tues.
  * Pettibone, Dwayne - gabapentin dizziness, told to drop to 300 qhs only. If he
    falls, stop it.
  * Holloway, Denise - BI-RADS 4C, core bx Tues 10/21 at Harlan Women's. Very
    anxious, may call. Gave her my cell too.
  * Al-Haddad, Yusuf - L4-5 extrusion. New foot drop or bowel/bladder sx -> ED, don't
    wait for the NSGY referral.
  * Petersen, Ole - hemolyzed BMP, K 5.9 probably spurious. Redraw Mon am.

Thanks, have a quiet one
Nadine

Nadine Ferrante, APRN, FNP-C
""")

_l3_txt = """Clinic grid for Tue 10/21 - Prosthetics & Mobility, Rm 118/120

| Time  | Patient             | Level    | Visit               | Payer   | Auth #       |
|-------|---------------------|----------|---------------------|---------|--------------|
| 08:30 | Cardenas-Ruiz, Luis | TF R     | check socket #2     | VA CC   | VA0034119906 |
| 09:30 | Di Salvo, Lorenzo   | TT L     | socket adjust/skin  | VA CC   | VA0033877410 |
| 10:30 | Volkov, Dmitri      | bilat TT | gait training       | VA CC   | VA0034200158 |
| 13:00 | Okonkwo, Adaeze     | TT R     | liner + AFO repair  | TRICARE | n/a          |
| 14:00 | Fitch, Gerald       | --       | w/c fitting         | MCR/TFL | --           |
| 15:00 | van der Berg, Ellen | --       | power chair demo    | VA CC   | pending 2237 |

Deb - Lou's blister needs a look before we touch the trim lines. Volkov bringing wife
to translate.
- P
"""
add('phi', 'lists', 'Cardenas-Ruiz;Di Salvo;Volkov;Okonkwo;Fitch;van der Berg', PRIYA,
    "Deb Castellano <dcastellano@cedarridgehealth.org>", "tues grid", D(2025, 10, 20, 16, 45), _l3_txt)

_l4_rows = [
    ['last', 'first', 'dob', 'l4', 'referral_no', 'seoc', 'requested', 'days_open', 'note'],
    ['Bledsoe', 'Vernon', '06/08/1951', '2291', 'VA0034502219', 'Audiology HA eval', '09/10/2025', '40', 'approved 10/20 - close'],
    ['Al-Haddad', 'Yusuf', '01/17/1979', '8832', 'VA0034450071', 'Neurosurgery consult', '09/15/2025', '35', 'MRI L4-5 extrusion attached'],
    ['Yellowhorse', 'Curtis', '03/04/1961', '5106', 'VA0034388213', 'Pulmonary + PFT', '09/02/2025', '48', 'PACT act screen +'],
    ['Cardenas-Ruiz', 'Luis', '11/30/1986', '4470', 'VA0034119906', 'Prosthetics MPK trial', '09/18/2025', '32', '2237 not opened'],
    ['Tso', 'Raymond', '11/02/1954', '7730', 'VA0034461982', 'Home health wound care ext', '09/29/2025', '21', 'heel ulcer 2.1cm still open'],
    ['Hayes', 'Derrick', '05/21/1990', '3318', 'VA0034477120', 'Psychiatry med mgmt', '09/22/2025', '28', 'prazosin lapse'],
    ['Salas', 'Ignacio', '08/12/1968', '0954', 'VA0034490344', 'Ophthalmology DR screen', '09/25/2025', '25', ''],
    ['Dela Cruz', 'Rosario', '01/09/1966', '6021', 'VA0034511087', 'Retina - laser', '10/06/2025', '14', 'PDR L eye per optom'],
]
add('phi', 'lists', 'Bledsoe;Al-Haddad;Yellowhorse;Cardenas-Ruiz;Tso;Hayes;Salas;Dela Cruz', DANA, SHARON,
    "pending referrals >14 days - Cedar Ridge", D(2025, 10, 20, 14, 2),
"""Sharon,

Here's our list of referrals still open more than 2 weeks, as you asked on the call.
Bledsoe can come off, you approved it this morning. The Tso home health extension is
the one I'm most worried about - wife is doing dressing changes on her own.

Thanks,
Dana
""", atts=[('CedarRidge_open_referrals_20251020.csv', 'text/csv', csv_text(_l4_rows))])

_l5_rows = [
    ['Patient', 'DOB', 'Member ID', 'DOS', 'CPT', 'Dx', 'Billed', 'Denial', 'Action / owner'],
    ["O'Dowd, Sean", '04/11/1985', '0099120448', '09/12/2025', '95810', 'G47.33', '1450.00', 'CO-197', 'recon sent 10/14 TQ'],
    ["O'Dowd, Sean", '04/11/1985', '0099120448', '09/19/2025', '95811', 'G47.33', '1620.00', 'CO-197', 'corrected claim 10/14 TQ'],
    ['Esquivel, Juan Pablo', '05/17/1983', '0087443129', '08/14/2025', '97161', 'M54.50', '165.00', 'CO-151', 'need eval note - TQ'],
    ['Reyes, Mateo', '03/22/2017', '0071259930', '10/06/2025', '99214', 'H66.91', '210.00', 'CO-16', 'missing referring NPI - FO'],
    ['Kowalski, Brenda', '09/02/1979', '0088310277', '10/02/2025', '93306', 'R00.2', '640.00', 'CO-50', 'med necessity - appeal w/ holter - FO'],
    ['Lindqvist, Ava', '07/19/2019', '0092004185', '10/27/2025', '95004', 'J45.909', '380.00', 'elig', 'DEERS mismatch - TQ'],
    ['Hoang, Minh', '12/03/1995', '0094418762', '09/30/2025', '96132', 'S06.2X9S', '890.00', 'CO-4', 'modifier - FO'],
]
add('phi', 'lists', "O'Dowd;Esquivel;Reyes;Kowalski;Lindqvist;Hoang", THERESA,
    "Frank Ostendorf <fostendorf@cedarridgehealth.org>", "TRICARE denials worklist - wk of 10/20",
    D(2025, 10, 20, 16, 58),
"""Frank,

Worklist attached for this week, I split them between us (TQ/FO in the last column).
Kowalski echo is the one that needs a real appeal letter - can you take it?

Theresa
""", atts=[('TRICARE_denials_wk1020.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            xlsx_bytes(_l5_rows, 'Denials'))])

_l6_rows = [
    ['group', 'veteran', 'last4', 'dob', 'sessions_attended', 'sessions_missed', 'pcl5_baseline', 'pcl5_latest', 'phq9_latest', 'notes'],
    ['CPT-Mon', 'Hayes, Derrick', '3318', '1990-05-21', '3', '2', '49', '58', '16', 'prazosin lapse; SI neg 10/16'],
    ['CPT-Mon', 'Pierre, Jean-Baptiste', '1127', '1983-07-04', '5', '0', '55', '44', '11', ''],
    ['CPT-Mon', 'McCready, Siobhan', '4093', '1989-10-30', '4', '1', '52', '50', '18', 'ETOH relapse - 1:1 scheduled'],
    ['SeekSafety-Tue', 'Makoa, Kealoha', '6650', '1987-02-15', '9', '1', '47', '39', '9', 'lapse 10/19 - SUD f/u'],
    ['SeekSafety-Tue', 'Whitlock, Amos', '2201', '1972-12-08', '10', '0', '61', '48', '13', ''],
    ['SeekSafety-Tue', 'Obi, Chukwuemeka', '5582', '1992-03-19', '7', '3', '44', '41', '12', 'night shift conflicts'],
    ['Women-Thu', 'Santos, Beatriz', '0317', '1994-06-23', '6', '0', '58', '37', '7', 'MST focus'],
]
add('phi', 'lists', 'Hayes;Pierre;McCready;Makoa;Whitlock;Obi;Santos', JOLENE,
    "\"Brennan, Hal (PCT)\" <hal.brennan@va.gov>", "Q3 measurement-based care data - Cedar Ridge PTSD groups",
    D(2025, 10, 10, 12, 14),
"""Dr. Brennan,

Attached is our Q3 roster with PCL-5 / PHQ-9 for the veterans referred from the
Ridgeway PCT. I zipped it because your secure mail gateway keeps bouncing .csv files.
Two flagged for follow-up (notes column).

Best,
Jolene

Jolene Harkness, PhD
Clinical Psychologist | PTSD Group Programme Lead
""" + CLINIC_SIG + "\n",
    atts=[('PTSDgroups_Q3_MBC.zip', 'application/zip',
           zip_bytes([('PTSDgroups_Q3_MBC.csv', csv_text(_l6_rows))]))])

_l7_txt = """CEDAR RIDGE V&F CLINIC           NO-SHOW / LATE CANCEL REPORT            RUN 10/16/2025 06:00
PERIOD 10/01/2025 - 10/15/2025                                                   PAGE 1 OF 1

MRN      PATIENT NAME             PHONE          APPT DATE  TIME  CLINIC           PROVIDER
-------- ------------------------ -------------- ---------- ----- ---------------- ---------------
00488127 TRAN, HUNG               606-555-0121   10/02/2025 09:00 PULM/PFT         PRUETT O
00501933 HAYES, DERRICK L         606-555-0178   10/06/2025 17:30 BH GROUP CPT     HARKNESS J
00501933 HAYES, DERRICK L         606-555-0178   10/13/2025 17:30 BH GROUP CPT     HARKNESS J
00477210 WHITLOCK, AMOS           606-555-0186   10/07/2025 14:00 PRIMARY CARE     OYELARAN M
00512846 SANTOS, BEATRIZ          606-555-0135   10/09/2025 13:00 BH WOMEN VETS    GREER T
00469025 BLEDSOE, VERNON T        606-555-0126   10/14/2025 10:30 AUDIOLOGY        LINDGREN E
00520117 ADEYEMI, OLUWASEUN       606-555-0143   10/15/2025 08:30 PROSTH/MOBILITY  RAMANATHAN P

TOTAL NO-SHOW: 6   LATE CANCEL: 1   RATE: 8.2%
"""
add('phi', 'lists', 'Tran;Hayes;Whitlock;Santos;Bledsoe;Adeyemi', MARIBEL,
    "Patient Access Team <access@cedarridgehealth.org>", "no-show report 10/1-10/15 - please call",
    D(2025, 10, 16, 8, 2),
"""Hi team,

No-show report attached. Please split the callbacks - Sandra take BH, I'll take
everyone else. Remember for BH no-shows use the script and if you can't reach them
after 2 tries let Jolene or Ray know same day.

Maribel
""", atts=[('NOSHOW_20251001_20251015.txt', 'text/plain', _l7_txt)])

# =================================================================== PHI: struct
add('phi', 'struct', 'Bledsoe', KEVIN, "Meridian Interop Support <support@meridianinterop.com>",
    "Case 00771842 - ADT A04 from VA HIE rejected, PID-3 repeat?", D(2025, 10, 14, 10, 12),
r"""Hi support,

We're getting rejects on inbound A04s from the Ridgeway feed since your 4.2 patch.
Engine log says "PID-3 identifier type SS not permitted" - I think it's choking on the
second repeat. Here's one straight from the error queue:

MSH|^~\&|VISTA|RIDGEWAY VAMC|CRHEALTH|CEDARRIDGE|20251014093211||ADT^A04^ADT_A01|RW1014093211447|P|2.5.1
EVN|A04|20251014093211
PID|1||1012847736V558201^^^USVHA^NI~2291^^^USSSA^SS||BLEDSOE^VERNON^T^^^^L||19510608|M|||2207 OLD MILL RD^^MILLBROOK^KY^40962^USA||(606)555-0126^PRN^PH|||M||||||||||Y
PV1|1|O|AUD^^^CEDARRIDGE||||1447720931^LINDGREN^ERIK^^^^^^NPI|||AUD||||1|||||VA0034502219
IN1|1|VACC|VA001|VETERANS AFFAIRS COMMUNITY CARE|||||||||||BLEDSOE^VERNON^T|01

Can you whitelist SS in PID-3 or tell me how to strip it in the inbound route? We have
about 30 of these stuck.

Thanks,
Kevin Brandt
Interface / Applications Analyst
Cedar Ridge Community Health | 606-555-0190
""")

_oru = "\r".join([
    r"MSH|^~\&|BRLIS|BGREGIONAL|EHR|CEDARRIDGE|20251020141503||ORU^R01^ORU_R01|BRL20251020141503881|P|2.5.1",
    r"PID|1||00493318^^^CEDARRIDGE^MR||PETERSEN^OLE^M||19571122|M|||38 BRIAR PATCH CT^^MILLBROOK^KY^40962||(606)555-0118",
    r"ORC|RE|ORD884120|L25-0944210||CM",
    r"OBR|1|ORD884120|L25-0944210|80048^BASIC METABOLIC PANEL^CPT|||20251020083000|||||||||1580294411^OYELARAN^MARCUS||||||20251020141200|||F",
    r"OBX|1|NM|2951-2^Sodium^LN||138|mmol/L|136-145||||F",
    r"OBX|2|NM|2823-3^Potassium^LN||4.4|mmol/L|3.5-5.1||||F",
    r"OBX|3|NM|2075-0^Chloride^LN||103|mmol/L|98-107||||F",
    r"OBX|4|NM|2028-9^CO2^LN||25|mmol/L|22-29||||F",
    r"OBX|5|NM|3094-0^BUN^LN||24|mg/dL|8-23|H|||F",
    r"OBX|6|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.70-1.30|H|||F",
    r"OBX|7|NM|2345-7^Glucose^LN||131|mg/dL|70-99|H|||F",
    r"OBX|8|NM|19123-9^Magnesium^LN||2.0|mg/dL|1.6-2.6||||F",
    r"NTE|1||Recollection of L25-0931447 (hemolyzed).",
]) + "\r"
add('phi', 'struct', 'Petersen', "LIS Interface Team <lisinterface@bgregionallab.com>", KEVIN,
    "Resend - ORU did not file (L25-0944210)", D(2025, 10, 20, 14, 31),
"""Kevin,

Your engine NAK'd this result at 14:15 (AE, "MRN not found"). Looks like the PID-3
assigning authority is CEDARRIDGE not CRH - we changed nothing on our side. Raw
message attached so you can replay it manually. The K is normal on the redraw so
no critical call was made.

Thanks,
LIS Interface Team
Bluegrass Regional Laboratory
""", atts=[('L25-0944210_ORU.hl7', 'application/hl7-v2', _oru.encode('ascii'))])

add('phi', 'struct', 'Esquivel', THERESA, "ClaimBridge Support <support@claimbridge.net>",
    "999 reject on batch 20251016-02 - loop 2010BA?", D(2025, 10, 16, 11, 5),
"""Hi,

Batch 20251016-02 came back with a 999 rejecting one claim, IK3 points at segment 9
(N4) in 2010BA. Zip looks right to me. This is the claim as it went out, can you tell
me what's wrong?

ST*837*0001*005010X222A1~
BHT*0019*00*CRH2025101602*20251016*1022*CH~
NM1*41*2*CEDAR RIDGE COMMUNITY HEALTH*****46*CRH00417~
PER*IC*THERESA QUON*TE*6065550172~
NM1*40*2*EASTGATE MILITARY HEALTH PLANS*****46*EGMHP~
HL*1**20*1~
NM1*85*2*CEDAR RIDGE COMMUNITY HEALTH*****XX*1295847730~
N3*2200 COMMONWEALTH AVE~
N4*MILLBROOK*KY*40962~
REF*EI*611234567~
HL*2*1*22*0~
SBR*P*18*******CH~
NM1*IL*1*ESQUIVEL*JUAN*PABLO***MI*0087443129~
N3*58 CARDINAL WAY~
N4*MILLBROOK*KY*409620~
DMG*D8*19830517*M~
NM1*PR*2*EASTGATE MILITARY HEALTH PLANS*****PI*EGMHP~
CLM*88231-04*655***11:B:1*Y*A*Y*Y~
HI*ABK:M5450*ABF:M6283~
NM1*82*1*HALLORAN*BRIDGET****XX*1720394856~
LX*1~
SV1*HC:97161*165*UN*1***1:2~
DTP*472*D8*20250814~
LX*2~
SV1*HC:97110*120*UN*4***1:2~
DTP*472*D8*20250814~
SE*27*0001~

Theresa
""")

add('phi', 'struct', "O'Dowd", "Frank Ostendorf <fostendorf@cedarridgehealth.org>", THERESA,
    "835 for the sleep study recon", D(2025, 10, 23, 9, 40),
"""T - the ERA for the O'Dowd recon posted overnight. 95810 paid but they took a CO-45
that looks way too big, and the 95811 is still zeroed out. Pasting the piece from the
835 so you don't have to dig:

CLP*CRH-0912-ODOWD*1*1450*0*0*MC*2025289007731*11*1~
NM1*QC*1*ODOWD*SEAN****MI*0099120448~
NM1*82*1*FENWICK*ALAN****XX*1962048317~
DTP*232*D8*20250912~
SVC*HC:95810*1450*0**1~
CAS*CO*45*612.40~
CAS*PR*1*837.60~
CLP*CRH-0919-ODOWD*4*1620*0*0*MC*2025289007732*11*1~
NM1*QC*1*ODOWD*SEAN****MI*0099120448~
SVC*HC:95811*1620*0**1~
CAS*CO*197*1620~
MOA***N517~

So it's really PR-1 (deductible) on the 95810, which he's going to hate. Do you want
to call him before the statement goes?

Frank Ostendorf
Revenue Cycle Manager
""")

add('phi', 'struct', 'Lindqvist', THERESA, "ClaimBridge Support <support@claimbridge.net>",
    "271 keeps returning AAA 75 for a valid dependent", D(2025, 10, 22, 14, 18),
"""Second time asking - this 271 says subscriber not found but the sponsor swears DEERS is
updated. Request and response below. Is it your translation or the payer?

270 (sent):
HL*3*2*22*0~
TRN*1*CRH20251022A4417*1611234567~
NM1*IL*1*LINDQVIST*ERIK****MI*1287745501~
HL*4*3*23*0~
NM1*03*1*LINDQVIST*AVA~
DMG*D8*20190719*F~
DTP*291*D8*20251027~
EQ*30~

271 (received):
HL*3*2*22*1~
NM1*IL*1*LINDQVIST*ERIK****MI*1287745501~
AAA*Y**75*C~
HL*4*3*23*0~
NM1*03*1*LINDQVIST*AVA~
DMG*D8*20190719*F~
AAA*Y**75*C~

Thanks,
Theresa Quon
""")

_fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:5b1f0a62-2d4e-4e07-9c7a-0f3c41d8e901",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9021.1", "value": "00520944"},
          {"system": "http://egmhp.com/fhir/member-id", "value": "0094418762"}
        ],
        "name": [{"family": "Hoang", "given": ["Minh", "Quang"]}],
        "gender": "male",
        "birthDate": "1995-12-03",
        "telecom": [{"system": "phone", "value": "606-555-0124", "use": "mobile"}],
        "address": [{"line": ["77 Redbud Ter"], "city": "Millbrook", "state": "KY", "postalCode": "40962"}]
      },
      "request": {"method": "POST", "url": "Patient"}
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "72133-2", "display": "Montreal Cognitive Assessment [MoCA]"}]},
        "subject": {"reference": "urn:uuid:5b1f0a62-2d4e-4e07-9c7a-0f3c41d8e901"},
        "effectiveDateTime": "2025-09-30T10:20:00-04:00",
        "valueQuantity": {"value": 23, "unit": "{score}"},
        "note": [{"text": "mild TBI 2019 (blast), persistent attention/working memory deficits on neuropsych battery"}]
      },
      "request": {"method": "POST", "url": "Observation"}
    }
  ]
}
"""
add('phi', 'struct', 'Hoang', KEVIN, "Jake Whitmore <jwhitmore@meridianinterop.com>",
    "RE: FHIR bundle 422 on Observation", D(2025, 10, 8, 16, 3),
"""Jake,

Sorry - couldn't repro with the test patients, it only fails on real ones. Attaching
the payload that 422'd this morning as-is. The error was "Observation.valueQuantity.unit
must match UCUM" - is "{score}" not valid UCUM in your validator?

Please delete after you look, this one is a live patient.

Kevin

-----Original Message-----
From: Jake Whitmore <jwhitmore@meridianinterop.com>
Sent: Wednesday, October 8, 2025 2:11 PM
To: Brandt, Kevin
Subject: RE: FHIR bundle 422 on Observation

Can you send the exact bundle? Our sandbox accepts the ones from your test tenant.
""", atts=[('bundle_20251008_0912.json', 'application/json', _fhir.encode('utf-8'))])

add('phi', 'struct', 'Volkov', DANA, PRIYA, "FW: VA CCD - Volkov", D(2025, 10, 17, 10, 44),
"""Priya - the CCD from the VA HIE for Mr. Volkov finally came through before his
Tuesday gait visit. Pasted the bits you'll want - problem list and meds. Note the
gabapentin dose went up in Sept.

<recordTarget>
  <patientRole>
    <id extension="1013377904V662158" root="2.16.840.1.113883.4.349"/>
    <addr use="HP"><streetAddressLine>905 Hickory Flats Rd</streetAddressLine>
      <city>Millbrook</city><state>KY</state><postalCode>40962</postalCode></addr>
    <telecom use="HP" value="tel:+1-606-555-0157"/>
    <patient>
      <name use="L"><given>DMITRI</given><given>A</given><family>VOLKOV</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19790214"/>
      <languageCommunication><languageCode code="ru"/></languageCommunication>
    </patient>
  </patientRole>
</recordTarget>
...
<section><title>Problems</title>
  <text><list>
    <item>Acquired absence of leg below knee, bilateral (Z89.512, Z89.511) - 2011</item>
    <item>Phantom limb syndrome with pain (G54.6)</item>
    <item>PTSD, chronic (F43.12)</item>
  </list></text>
</section>
<section><title>Medications</title>
  <text><list>
    <item>gabapentin 600 mg PO TID (increased 09/2025)</item>
    <item>sertraline 100 mg PO daily</item>
  </list></text>
</section>

Dana
""")

add('phi', 'struct', 'Makoa', KEVIN, MARIBEL, "RE: duplicate group appts", D(2025, 10, 21, 9, 2),
r"""Maribel - found it. The scheduling system sent two SIUs for the same slot because the
appointment got rebooked from the Mon group to Tue. Second one below; I've cancelled
the dup in the interface so you can delete the Monday one in the grid.

MSH|^~\&|SCHED|CEDARRIDGE|EHR|CEDARRIDGE|20251020161744||SIU^S12|SC20251020161744092|P|2.3
SCH|88412|88412|||||GRP^Group psychotherapy|90853|60|MIN|^^60^20251021180000^20251021190000|||||HARKNESS^JOLENE|||||||||BOOKED
PID|1||00533012^^^CEDARRIDGE^MR||MAKOA^KEALOHA^K||19870215|M|||12 CREEKSIDE LN^^MILLBROOK^KY^40962||(606)555-0165
RGS|1
AIG|1||DELGADO^RAY^LCSW
AIL|1||BH210^^^CEDARRIDGE|Seeking Safety - Tue

Kevin

> From: Soto, Maribel
> Sent: Monday, October 20, 2025 4:30 PM
> Kealoha Makoa shows twice on tomorrow's Seeking Safety roster and once on Monday's
> CPT. He's only in the Tuesday one. Can you see what happened?
""")

# =================================================================== PHI: lang
add('phi', 'lang', 'Villalobos', "Marisol Villalobos <marisolvm@hotmail.com>",
    "Cedar Ridge Clinic <frontdesk@cedarridgehealth.org>", "Mi papá - mareos con la pastilla nueva",
    D(2025, 10, 16, 19, 23),
"""Buenas tardes,

Les escribo por mi papá, Ernesto Villalobos Mena (nacido el 12/05/1948). Él es veterano
de Vietnam y lo atienden ustedes por medio del VA. La semana pasada el Dr. Oyelaran le
cambió la pastilla de la presión (le quitó el lisinopril y le puso losartán 50 mg) pero
desde entonces se marea mucho al pararse y el martes se cayó en el baño. No se pegó
en la cabeza pero tiene un moretón grande en la cadera.

¿Debe seguir tomando el losartán? ¿Le pueden dar cita esta semana? Él no habla inglés,
por favor llámenme a mí al 606-555-0175.

Gracias,
Marisol Villalobos
""")

add('phi', 'lang', 'Ferreira', "Conceição Ferreira <conceicao.ferreira83@gmail.com>",
    LUZ, "resultado do exame de tireoide", D(2025, 10, 13, 8, 16),
"""Olá, bom dia Luz

Meu nome é Maria da Conceição Ferreira, sou esposa do sargento Ferreira (TRICARE
Prime). Fiz os exames de sangue no dia 8 de outubro e a enfermeira disse que a
tireoide estava alterada. Gostaria de saber o resultado do TSH e se preciso mudar a
dose da levotiroxina (tomo 75 mcg). Também estou grávida de 10 semanas e estou com
medo que afete o bebê.

Obrigada,
Conceição
Tel: (606) 555-0188
""", cte='quoted-printable')

add('phi', 'lang', 'Phạm Thị Lan', "Bao Nguyen <baonguyen.ky@gmail.com>",
    "Cedar Ridge Clinic <frontdesk@cedarridgehealth.org>", "Kết quả xét nghiệm của mẹ tôi - Phạm Thị Lan",
    D(2025, 10, 18, 10, 5),
"""Chào phòng khám,

Tôi là con trai của bà Phạm Thị Lan (sinh ngày 15/08/1952). Mẹ tôi có bảo hiểm CHAMPVA.
Tuần trước bác sĩ đã cho mẹ tôi xét nghiệm máu và chụp X-quang phổi vì mẹ bị ho kéo
dài hơn một tháng, đêm hay bị sốt nhẹ. Xin cho biết kết quả và mẹ tôi có cần uống
thuốc kháng sinh không?

Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi theo số 606-555-0129.

Cảm ơn nhiều,
Nguyễn Quốc Bảo
""", cte='base64')

add('phi', 'lang', 'Pierre', "JB Pierre <jbpierre.usmc@gmail.com>", RAY, "medikaman pou dòmi",
    D(2025, 10, 22, 7, 45),
"""Bonjou Ray,

Se mwen menm Jean-Baptiste Pierre, nan gwoup PTSD lendi a. Doktè a te ban m yon nouvo
medikaman pou dòmi (prazosin 1 mg) men li fè m gen tèt vire chak maten, yè m te prèske
tonbe nan eskalye a. Kochma yo diminye anpil sepandan. Èske m ka pran l pi bonè nan
aswè a oswa m dwe sispann li?

Mwen pa gen randevou ankò avan 3 novanm. Tanpri rele m nan 606-555-0144.

Mèsi anpil,
Jean-Baptiste
""")

add('phi', 'lang', 'Volkov', "Наталья Волкова <n.volkova79@mail.ru>", PRIYA, "Дмитрий Волков - рана на культе",
    D(2025, 10, 15, 21, 9),
"""Здравствуйте, Прия!

Пишу вам по поводу моего мужа, Дмитрия Волкова (дата рождения 14.02.1979). После
последней примерки новой гильзы на левой ноге у него появилась рана на культе, около
1 см, немного сочится. Он уже три дня не может ходить с протезом, только на коляске.
Фантомные боли тоже усилились, он плохо спит.

Можно ли записаться к вам на этой неделе, раньше вторника? И нужно ли новое
направление от VA?

Спасибо,
Наталья Волкова
тел. 606-555-0157
""")

add('phi', 'lang', 'Dela Cruz', "Rosario Dela Cruz <rosariodc1966@yahoo.com>", DANA,
    "referral po sa ophthalmology", D(2025, 10, 7, 9, 33),
"""Magandang umaga po Ms. Dana,

Ako po si Rosario Dela Cruz, ipinanganak noong Enero 9, 1966, retired po sa Navy.
Nagpa-eye exam po ako noong Oktubre 3 sa optometrist at sabi niya may diabetic
retinopathy daw po sa kaliwang mata ko at kailangan ng laser. Medyo malabo na po
talaga yung paningin ko sa kaliwa.

Pwede po bang paki-check kung na-submit na yung referral sa VA community care para sa
retina specialist? Tumaas din po yung sugar ko last week, 280 po nung umaga.

Salamat po,
Rosario
""")

add('phi', 'lang', 'الجبوري', "Haider Al-Jubouri <haider.jubouri81@gmail.com>", MARCUS,
    "سؤال عن جرعة الإنسولين", D(2025, 10, 20, 22, 30),
"""السلام عليكم دكتور،

اسمي حيدر الجبوري، تاريخ ميلادي 22/03/1981. أنا مريض عندكم في العيادة وأتعالج من مرض السكري.
أعطيتني إنسولين لانتوس 20 وحدة كل ليلة، لكن السكر في الصباح ما زال فوق 200 منذ أسبوعين.
هل أزيد الجرعة؟ وأيضاً نفدت عندي شرائط فحص السكر والصيدلية تقول تحتاج وصفة جديدة.

رقم هاتفي: 606-555-0166

شكراً جزيلاً
حيدر
""")

add('phi', 'lang', '陈建国', "Wei Chen <chenwei.ky@outlook.com>", "Cedar Ridge Clinic <frontdesk@cedarridgehealth.org>",
    "关于我父亲陈建国的白内障手术", D(2025, 10, 21, 20, 12),
"""您好，

我是陈建国的儿子陈伟。我父亲（出生日期：1950年4月3日）上星期二在贵诊所做了右眼白内障
手术的术前检查，医生说手术安排在11月5日。请问：

1. 手术前需要停用阿司匹林吗？他每天吃81毫克。
2. 他左耳的助听器坏了，能不能同一天在听力科看一下？

我父亲英语不好，请打我的电话：606-555-0193。

谢谢！
陈伟
""")

# =================================================================== CLEAN: admin
add('clean', 'admin', '', "Cedar Ridge Service Desk <servicedesk@cedarridgehealth.org>", PRIYA,
    "[INC0048213] Updated: Label printer in Prosthetics not mapping after Windows update",
    D(2025, 10, 15, 14, 20),
"""Ticket INC0048213 has been updated.

Caller:       Priya Ramanathan (x4471)
Location:     Bldg B, Prosthetics & Mobility, Room 118
Device:       Zebra ZD421, asset CRH-PR-00317 on workstation PROS-WS-03
Assigned to:  Kevin Brandt
Priority:     3 - Moderate
State:        Awaiting User Confirmation

Work notes (Kevin Brandt, 10/15/2025 14:18):
KB5044284 removed the vendor driver. Reinstalled ZDesigner 10.4.2, re-added the printer
queue \\\\CRH-PRT01\\PROS-ZEBRA. Test label printed OK. Please confirm the wristband and
specimen label templates print from the EHR before we close. If no reply in 3 business
days this ticket will auto-resolve.

To reply, respond to this e-mail and keep the ticket number in the subject line.
Cedar Ridge Community Health IT Service Desk | x4400 | 606-555-0190
""")

add('clean', 'admin', '', JOLENE,
    "BH Group Facilitators <bhgroups@cedarridgehealth.org>", "Nov group coverage - please check your slots",
    D(2025, 10, 23, 12, 0),
"""Hi all,

November coverage for the PTSD group programme. Please check your slots and tell me by
Fri if anything's wrong.

Mon 5:30p CPT (Rm 210) ........ Jolene / Ray   (11/10 Veterans Day observed - closed, no group)
Tue 6:00p Seeking Safety ...... Ray / Tasha Greer, LPC
Thu 1:00p Women Veterans ...... Tasha / Dr. Amira Said (postdoc)
Thu 5:30p Couples & Family .... Ray / Jolene   (11/27 Thanksgiving - cancelled)

Tasha is out 11/17-11/21. Amira, can you take Thu 11/20 Women Vets solo? Marcus Lee
(new peer support specialist) will shadow starting the week of 11/10.

After-hours BH on-call line is still 606-555-0100.

Thanks!
Jolene
""")

add('clean', 'admin', '', "ClaimBridge Notifications <notify@claimbridge.net>",
    "Billing <billing@cedarridgehealth.org>", "Scheduled maintenance 10/25 + September statement (Invoice CB-2025-10-4471)",
    D(2025, 10, 18, 6, 0),
"""Dear Cedar Ridge Community Health (Submitter ID CRH00417),

SCHEDULED MAINTENANCE
ClaimBridge will perform system maintenance Saturday 10/25/2025 22:00 ET through Sunday
10/26/2025 04:00 ET. 837 and 270 files submitted during the window will be queued and
processed when service resumes. 276/277 real-time inquiries will be unavailable.

SEPTEMBER SUMMARY
  Claims submitted ........ 2,314
  Accepted (999/277CA) .... 2,287 (98.8%)
  Rejected ................ 27
  ERAs delivered .......... 41 files / 1,962 claims
  Top reject reason ....... 2010BA N4 ZIP+4 invalid (11)

INVOICE
  Invoice CB-2025-10-4471 | Account 0041-7730 | Amount due $1,286.40 | Due 11/15/2025
  Pay online at the ClaimBridge portal or by ACH (remit details on the PDF statement).

Questions: support@claimbridge.net | 800-555-0127
""")

add('clean', 'admin', '', "Angela Fairweather <afairweather@cedarridgehealth.org>",
    "All Staff - Veterans & Family Clinic <vfc-all@cedarridgehealth.org>", "Welcome Marcus Lee + onboarding reminders",
    D(2025, 10, 27, 10, 15),
"""Hi everyone,

Please join me in welcoming Marcus Lee, who starts Monday 11/3 as our new Peer Support
Specialist in the PTSD group programme. Marcus served 12 years in the Army as a
combat engineer and most recently was a peer mentor with the Blue Star Veterans
Alliance. He'll sit in Bldg A, Room 204, ext 4426.

Onboarding reminders for all November new hires:
  - Badge photo: Mon 11/3, 9:00am, Security (Bldg A lobby)
  - EHR training: Tue 11/4 and Wed 11/5, 8:30-4:30, Training Room 1
  - Required by 11/14: annual TB screening and N95 fit test (Employee Health, x4410)
  - Benefits enrollment closes 11/21 - see the HR portal

Angela Fairweather, SHRM-CP
Human Resources Generalist
Cedar Ridge Community Health | 606-555-0131
""")

add('clean', 'admin', '', "Greg Tillman <gtillman@cedarridgehealth.org>",
    "All Staff - Veterans & Family Clinic <vfc-all@cedarridgehealth.org>",
    "Bldg B ramp closed Tue 10/28 7-11am / elevator inspection", D(2025, 10, 24, 15, 37),
"""All,

1) The accessible ramp at the Bldg B (Prosthetics & Mobility) entrance will be closed
Tuesday 10/28 from 7:00 to 11:00am for resurfacing (WO-22817). Patients using
wheelchairs, scooters or walkers should use the Bldg C entrance; front desk please
have an escort available. Contractor is Bluegrass Concrete, site contact Dale Hurt
606-555-0114.

2) Elevator #2 annual state inspection Thursday 10/30, 1-3pm. Elevator #1 stays open.

3) Parking lot lights on the north row are on order (PO FAC-25-1190), ETA 2 weeks.

Greg Tillman
Facilities Supervisor | x4460 | cell 606-555-0197
""")

add('clean', 'admin', '', "Accounts Receivable <ar@ohiovalleyop.com>",
    "Accounts Payable <ap@cedarridgehealth.org>", "Invoice 77120 - PO CR-25-0933", D(2025, 10, 21, 8, 5),
"""Ohio Valley O&P Supply, Inc.
4120 Industrial Pkwy, Ashland KY 41101 | 606-555-0108

INVOICE 77120          Date: 10/20/2025          Terms: Net 30
Bill to: Cedar Ridge Community Health - Prosthetics & Mobility
PO: CR-25-0933          Customer #: 30482

Qty  Item        Description                                   Unit     Ext
4    AL-CL-M     Alpha Classic locking liner, size M (stock)    298.00   1192.00
2    PY-30-TI    Titanium pylon 30mm                            86.50    173.00
1    FT-VAR-27   Dynamic response foot, 27cm, cat 4             1410.00  1410.00
6    SS-3PLY     Prosthetic sock 3-ply, assorted                9.25     55.50
                                                   Subtotal            2830.50
                                                   Freight               24.00
                                                   TOTAL DUE           2854.50

Remit to: PO Box 1187, Ashland KY 41105. Questions: Carla Benning, AR, x12.
""")

add('clean', 'admin', '', SHARON, "Dana Whitfield <dwhitfield@cedarridgehealth.org>, Theresa Quon <tquon@cedarridgehealth.org>",
    "Community Care quarterly provider meeting - Thu 11/13", D(2025, 10, 22, 13, 47),
"""Good afternoon,

Scheduling our quarterly community care provider meeting:

  Thursday 11/13/2025, 2:00-3:30 PM ET, Microsoft Teams
  Dial-in: 1-872-555-0148, Conference ID 448 120 337#

Agenda
  1. HSRM release notes (new SAR templates)
  2. SAR turnaround - current average 6.2 business days
  3. CCN third-party administrator transition, claims mailing addresses
  4. Timely filing reminders (180 days)
  5. Provider agreement VA791-25-P-0418 renewal paperwork

Please forward to your clinic director, Dr. Hammond. Let me know if someone other than
you two will attend so I can add them to the invite.

Sharon Leffert, RN
Community Care Nurse, Office of Community Care
Ridgeway VA Medical Center | 606-555-0110 x4402
""", cc="Louise Hammond <lhammond@cedarridgehealth.org>")

# =================================================================== CLEAN: lookalike
_lk1_html = """<html><body style="font-family:Arial"><h2 style="color:#c0392b">IRON RIDGE FITNESS</h2>
<p>Hi Dana,</p><p>Thanks for your InBody scan! Here are your results.</p>
<table border="0" cellpadding="4"><tr><td>Member #</td><td>448120</td></tr>
<tr><td>Weight</td><td>158.4 lb</td></tr><tr><td>Body fat</td><td>27.1%</td></tr>
<tr><td>Skeletal muscle mass</td><td>62.0 lb</td></tr><tr><td>BMR</td><td>1,412 kcal</td></tr></table>
<p>Your next PT session (Personal Training) with Coach Ramon: <b>Tue 10/21, 6:00 AM</b>.</p>
<p>Veterans &amp; first responders save 15% on annual memberships - show your ID at the desk.</p>
<p style="font-size:9pt;color:#888">Iron Ridge Fitness, 910 Main St, Millbrook KY. Unsubscribe</p></body></html>"""
add('clean', 'lookalike', '', "Iron Ridge Fitness <noreply@ironridgefitness.com>", "dana.whitfield77@gmail.com",
    "Your InBody results + next PT session", D(2025, 10, 18, 8, 2),
"""IRON RIDGE FITNESS

Hi Dana,

Thanks for your InBody scan! Here are your results.
  Member #: 448120
  Weight: 158.4 lb
  Body fat: 27.1%
  Skeletal muscle mass: 62.0 lb
  BMR: 1,412 kcal

Your next PT session (Personal Training) with Coach Ramon: Tue 10/21, 6:00 AM.

Veterans & first responders save 15% on annual memberships - show your ID at the desk.

Iron Ridge Fitness, 910 Main St, Millbrook KY. Unsubscribe
""", html=_lk1_html)

add('clean', 'lookalike', '', "Millbrook Animal Hospital <frontdesk@millbrookanimalhospital.com>",
    "raydelgado.lcsw@gmail.com", "Visit summary for Sarge - 10/17/2025", D(2025, 10, 17, 16, 40),
"""Visit Summary - Millbrook Animal Hospital

Patient: Sarge            Species: Canine (German Shepherd), 9 yrs, MN, 38.2 kg
Client: Ray Delgado       Client ID: C-10447
Patient ID: P-22813       Doctor: Hannah Brightwell, DVM

Today's procedures:
  - Dental prophylaxis under general anesthesia, 2 extractions (upper premolars)
  - Pre-anesthetic bloodwork (CBC/Chem 17): within normal limits
  - Discharged on carprofen 75 mg PO BID x 5 days with food; soft food x 10 days

Reminders: Rabies booster due 12/2025. Recheck incisions in 10-14 days.
Invoice #A-55821  Total $612.40  Paid - Visa ending 4418

Questions? Call 606-555-0112. Thank you for trusting us with Sarge!
""")

add('clean', 'lookalike', '', "Fort Calder Federal Credit Union <alerts@fortcalderfcu.org>",
    "tquon.home@gmail.com", "Payment reminder - Member # 0091344-02", D(2025, 10, 20, 5, 30),
"""Fort Calder Federal Credit Union - Serving those who serve

Member # 0091344-02
Account: Auto Loan ending 7781

Your scheduled payment of $412.77 will be drafted from Share Savings (S01) on
10/25/2025. Current principal balance: $14,908.33. Rate 5.49% APR.

Deployed or PCS-ing? Ask about Skip-a-Pay and SCRA rate protection.

This is an automated message. Do not reply. Questions: 606-555-0150 or visit any branch.
Federally insured by NCUA.
""")

add('clean', 'lookalike', '', "Skyline Airways <itinerary@skylineairways.com>", MARCUS,
    "Your trip confirmation: KX7QPL - Louisville to Washington", D(2025, 10, 2, 18, 12),
"""Thank you for flying Skyline Airways.

Confirmation code: KX7QPL
Passenger: OYELARAN/MARCUS DR
Frequent flyer: SKY 771 208 445 (Silver)
Known Traveler Number: on file
Secure Flight: name and date of birth verified

Wed 12 Nov 2025  SK 1418  Louisville (SDF) 07:05 -> Washington National (DCA) 08:52  Seat 14C
Sun 16 Nov 2025  SK 1427  Washington National (DCA) 18:40 -> Louisville (SDF) 20:31  Seat 12D

Fare: Main Cabin, Government/Military rate GMR-A. Ticket 821-4471902285.
Military personnel: 2 free checked bags with valid ID.

Need special assistance? Manage your trip online.
""")

add('clean', 'lookalike', '', "Bluegrass Mutual Auto Claims <claims@bluegrassmutual.com>", "tquon.home@gmail.com",
    "Claim AU-2025-118834 - rental authorized", D(2025, 10, 9, 11, 30),
"""Hello Theresa,

Your claim has been assigned.

  Claim #: AU-2025-118834
  Policy #: KYA-7720193-04
  Date of loss: 10/04/2025
  Vehicle: 2019 Ford F-150, VIN ending 48821
  Loss type: Collision - parked vehicle struck in lot, rear bumper and tailgate
  Injuries reported: None

A rental is authorized up to $40/day for 14 days through Millbrook Car Rental,
reservation R-55310. Your field appraiser, Wade Colson, will call within 1 business
day to schedule the inspection (606-555-0161).

Deductible: $500. Bluegrass Mutual Insurance Company.
""")

add('clean', 'lookalike', '', "Hollis Tree Care <estimates@hollistreecare.com>", "greg.tillman.ky@gmail.com",
    "Estimate #1047 - 22 Laurel Bend", D(2025, 10, 11, 9, 45),
"""Greg,

Thanks for having me out Thursday. Summary of what I found:

1. White oak, back yard (approx 30" DBH): diagnosis is hypoxylon canker with root collar
   decay, about 40% crown dieback. Prognosis poor, and it leans toward the garage.
   Recommend removal. $2,400 incl. stump grinding.
2. Green ash by the driveway (18" DBH): early emerald ash borer symptoms. Treatment:
   emamectin benzoate trunk injection, dose based on DBH, every 2 years. $260.
3. Two dogwoods: anthracnose on lower limbs, prune out infected wood and improve
   airflow. $180.

Follow-up inspection on the ash in spring after leaf-out. Estimate good for 30 days.

Ty Hollis
ISA Certified Arborist KY-0419A
Hollis Tree Care | 606-555-0138
""")

add('clean', 'lookalike', '', "GitLab <gitlab@git.meridianinterop.com>", KEVIN,
    "bridge-core | PatientRetryPolicy backoff exceeds max_wait (#1182)", D(2025, 10, 23, 2, 14),
"""Nils Andersson opened issue #1182 in meridian/bridge-core:

PatientRetryPolicy backoff exceeds max_wait under sustained 503s

Steps: run `make soak PROFILE=patient-retry` against the mock endpoint.
Expected: the patient retry worker caps at max_wait=300s.
Actual: worker pid 4471180 sleeps 1,846s after 11 attempts; job id MRN-NORM-00488127
(the mrn_normalizer fixture job) is starved.

Suspect `jitter()` multiplies after the clamp. Fixture data only (synthetic test
tenant). Labels: bug, p2, component::scheduler

Reply to this email directly or view it on GitLab.
You're receiving this because you are watching meridian/bridge-core.
""")

# =================================================================== CLEAN: news
add('clean', 'news', '', "Ridgeway VA Public Affairs <ridgeway.publicaffairs@va.gov>",
    "Community Partners <vfc-all@cedarridgehealth.org>", "Fall vaccine clinics for Veterans - Ridgeway VAMC and CBOCs",
    D(2025, 10, 1, 9, 0),
"""RIDGEWAY VA MEDICAL CENTER - NEWS RELEASE

Walk-in flu and updated COVID-19 vaccine clinics for enrolled Veterans

Ridgeway VAMC and its four community-based outpatient clinics will hold walk-in vaccine
clinics every Tuesday and Thursday, 8 a.m. to 3 p.m., Oct. 7 through Nov. 20.
Veterans can also get a no-cost flu shot at participating in-network retail pharmacies
by showing a VHIC or state ID. High-dose flu vaccine is available for Veterans 65 and
older. RSV vaccine is available for eligible Veterans 75+ and those 60-74 at increased
risk, after talking with their care team.

Last season the medical center administered 14,820 flu vaccines, up 6% from the prior
year.

Media contact: Ridgeway VAMC Public Affairs, 606-555-0109.
""")

add('clean', 'news', '', "Halvorsen Pharmaceuticals <recalls@halvorsenpharma.com>",
    "Pharmacy <pharmacy@cedarridgehealth.org>", "URGENT: Voluntary recall - Prazosin HCl Capsules 1 mg and 2 mg (select lots)",
    D(2025, 10, 6, 7, 30),
"""URGENT: DRUG RECALL - PHARMACY / RETAIL LEVEL

Halvorsen Pharmaceuticals, Inc. is voluntarily recalling the lots below of Prazosin
Hydrochloride Capsules, USP 1 mg and 2 mg, due to out-of-specification results for a
nitrosamine impurity (N-nitroso-prazosin) above the acceptable intake limit.

  NDC 70842-114-01  1 mg, 100 ct   Lot HP24117A  Exp 03/2026
  NDC 70842-114-01  1 mg, 100 ct   Lot HP24118A  Exp 03/2026
  NDC 70842-115-01  2 mg, 100 ct   Lot HP24203B  Exp 06/2026

To date Halvorsen has received no reports of adverse events related to this recall.
Patients should not stop taking prazosin without talking to their prescriber, as
stopping suddenly may affect blood pressure and symptoms being treated.

Pharmacies: quarantine affected stock and return via Inmar, RA # HP-2025-1006.
Questions: Halvorsen Medical Information 1-800-555-0133, M-F 8am-6pm ET.
""")

_nw3_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2c4a6e">Cedar Ridge Connections</h1><p><i>October 2025 - news from the Veterans &amp; Family Clinic</i></p>
<h3>New PTSD group cohort starts November 3</h3>
<p>Our Cognitive Processing Therapy group opens a new 12-week cohort on Monday evenings. Veterans can self-refer by calling 606-555-0130; a VA community care referral or TRICARE PCM referral is needed for coverage.</p>
<h3>Prosthetics &amp; Mobility Clinic adds Saturday hours</h3>
<p>Starting in November, Priya Ramanathan, CPO, and team will see patients the first Saturday of each month, 8am-noon, for adjustments and repairs.</p>
<h3>Staff spotlight: Ray Delgado, LCSW</h3>
<p>Ray, a Marine Corps veteran, has been our readjustment counselor for six years. "The best part of the job is watching a group come together," he says.</p>
<h3>By the numbers (Q3)</h3><ul><li>3,412 visits</li><li>61% VA community care, 27% TRICARE</li><li>118 veterans completed a PTSD group</li></ul>
<p style="font-size:9pt">You're receiving this because you subscribed at cedarridgehealth.org. Unsubscribe.</p></body></html>"""
add('clean', 'news', '', "Cedar Ridge Connections <news@cedarridgehealth.org>", "subscribers@lists.cedarridgehealth.org",
    "Cedar Ridge Connections - October 2025", D(2025, 10, 3, 10, 0),
"""Cedar Ridge Connections - October 2025

NEW PTSD GROUP COHORT STARTS NOVEMBER 3
Our Cognitive Processing Therapy group opens a new 12-week cohort on Monday evenings.
Veterans can self-refer by calling 606-555-0130; a VA community care referral or
TRICARE PCM referral is needed for coverage.

PROSTHETICS & MOBILITY CLINIC ADDS SATURDAY HOURS
Starting in November, Priya Ramanathan, CPO, and team will see patients the first
Saturday of each month, 8am-noon, for adjustments and repairs.

STAFF SPOTLIGHT: RAY DELGADO, LCSW
Ray, a Marine Corps veteran, has been our readjustment counselor for six years. "The
best part of the job is watching a group come together," he says.

BY THE NUMBERS (Q3): 3,412 visits | 61% VA community care, 27% TRICARE | 118 veterans
completed a PTSD group
""", html=_nw3_html)

add('clean', 'news', '', "KY Dept for Public Health <respsurveillance@kdph-bulletin.org>",
    "Infection Prevention <ip@cedarridgehealth.org>", "Weekly Respiratory Surveillance Report - MMWR Week 41",
    D(2025, 10, 17, 15, 0),
"""KENTUCKY RESPIRATORY VIRUS SURVEILLANCE - WEEK 41 (10/05/2025 - 10/11/2025)

Influenza activity level: MINIMAL (statewide)
  Lab-confirmed influenza cases this week: 38 (prior week 29)
  Influenza A 31 | Influenza B 7
  Influenza-associated hospitalizations YTD: 12; deaths YTD: 0

COVID-19
  % positivity (sentinel labs): 6.8% (down from 8.1%)
  ED visits with COVID-19 dx: 1.1% of all visits

RSV
  % positivity: 2.4%, increasing in Region 5 (southeastern counties)

Recommendation: Providers should offer the 2025-26 influenza vaccine to everyone 6
months and older without delay. Report outbreaks in long-term care facilities to the
local health department within 24 hours.

Data are provisional and subject to change.
""")

add('clean', 'news', '', "Blue Star Veterans Alliance <newsletter@bluestarvets.org>", "Members and Partners <members@lists.bluestarvets.org>",
    "Blue Star Dispatch: PACT Act screenings, claims clinic Nov 8, Veterans Day parade", D(2025, 10, 24, 11, 30),
"""BLUE STAR DISPATCH - Harlan County Post - November 2025

PACT ACT: HAVE YOU BEEN SCREENED?
Every enrolled Veteran can get a toxic exposure screening at the VA or with their
community care provider. Burn pits, Agent Orange, Gulf War, K2 - if you served there,
ask. More than 1,100 Harlan County-area Veterans have filed PACT Act claims since 2022.

FREE CLAIMS CLINIC - SATURDAY NOV 8, 9am-1pm
Post 41 hall, 300 Depot St. Bring your DD-214 and any medical records you have. Our
accredited service officers (Walt Pruitt and Denise Yarbrough) will help with new
claims, increases and appeals. No appointment needed.

VETERANS DAY PARADE - TUESDAY NOV 11, 10am, Main St
Line-up at the courthouse 9am. Partners Cedar Ridge Community Health and Fort Calder
will have tables at the park afterwards.

Questions: 606-555-0181 | bluestarvets.org
""")

_nw6_html = """<html><body style="font-family:Segoe UI,Arial"><div style="background:#0b3d6e;color:#fff;padding:8px"><b>EastGate Military Health Plans</b> | Provider News</div>
<h3>October 2025 TRICARE Provider Bulletin</h3>
<ol><li><b>Referral requirement reminder.</b> TRICARE Prime beneficiaries need a PCM referral for most specialty care. Claims without a matching authorization deny with CARC 197.</li>
<li><b>ABA and behavioral health.</b> Effective 1/1/2026, group psychotherapy (90853) claims must include the group size in the claim note.</li>
<li><b>Telehealth.</b> Audio-only visits remain covered through 12/31/2025 (modifier 93).</li>
<li><b>Timely filing.</b> 1 year from date of service; corrected claims within 1 year of original processing.</li></ol>
<p>Webinar: "Avoiding authorization denials" - Nov 6, 12:00 ET. Register in the provider portal.</p>
<p style="font-size:8pt">TRICARE is a registered trademark of the Department of Defense, Defense Health Agency. Unsubscribe.</p></body></html>"""
add('clean', 'news', '', "EastGate Provider News <providernews@egmhp.com>", "Billing <billing@cedarridgehealth.org>",
    "October 2025 TRICARE Provider Bulletin", D(2025, 10, 8, 8, 0),
"""EastGate Military Health Plans | Provider News
October 2025 TRICARE Provider Bulletin

1. Referral requirement reminder. TRICARE Prime beneficiaries need a PCM referral for
   most specialty care. Claims without a matching authorization deny with CARC 197.
2. Behavioral health. Effective 1/1/2026, group psychotherapy (90853) claims must
   include the group size in the claim note.
3. Telehealth. Audio-only visits remain covered through 12/31/2025 (modifier 93).
4. Timely filing. 1 year from date of service; corrected claims within 1 year of
   original processing.

Webinar: "Avoiding authorization denials" - Nov 6, 12:00 ET. Register in the portal.
""", html=_nw6_html)

# =================================================================== CLEAN: staff
add('clean', 'staff', '', MARCUS, "Primary Care Providers <pcproviders@cedarridgehealth.org>",
    "prazosin + tamsulosin - how are you all handling it?", D(2025, 10, 9, 21, 5),
"""Curbside q for the group, no specific pt in mind (well, a couple, but generally):

For nightmares we usually titrate prazosin up to 3-6 mg qhs, but a lot of our 60s+ guys
are also on tamsulosin for BPH and I'm nervous about stacking two alpha blockers -
orthostasis, falls at 3am going to the bathroom. Options I've seen:
  - switch the BPH med to finasteride alone or tadalafil
  - keep both but go slower on prazosin, 1mg steps q1wk, orthostatics each visit
  - skip prazosin, lean on CPT/IRT for nightmares

Jolene says the groups are seeing real improvement with imagery rehearsal anyway.
What's everyone doing? Bringing it to Thursday's provider meeting too.

Marcus
""")

add('clean', 'staff', '', JOLENE, "BH Staff <bhstaff@cedarridgehealth.org>",
    "UPDATED: suicide risk screening workflow for PTSD groups (effective 11/1)", D(2025, 10, 24, 17, 0),
"""Team,

Updated workflow, effective 11/1, after the policy committee review:

1. Every group member completes the C-SSRS screener at intake and at sessions 1, 6 and
   12, plus any time the PCL-5 rises 10+ points from the prior administration.
2. Any "yes" on items 3-5, or item 6 in the past 3 months -> facilitator does the full
   C-SSRS and a Stanley-Brown safety plan the same day, before the veteran leaves.
3. High risk -> warm handoff to the BH on-call clinician; never leave the veteran alone.
   Veterans Crisis Line: dial 988 then press 1. Document the handoff.
4. Lethal means counselling (firearms, meds) for everyone with a positive screen. Gun
   locks are in the Rm 210 cabinet - log them out on the clipboard.
5. No-shows with a positive screen in the last 30 days get two call attempts the same
   day; if no contact, notify me or Ray.

Slides from the in-service are on the shared drive under BH > Protocols.

Jolene Harkness, PhD
""")

add('clean', 'staff', '', PRIYA, "Prosthetics Team <prosthetics@cedarridgehealth.org>",
    "coverage while I'm at the O&P assembly 10/29-11/1", D(2025, 10, 20, 12, 33),
"""Hi team,

I'll be at the national O&P assembly Wed 10/29 - Sat 11/1. Coverage:

 - Deb Castellano, CPO: full clinic Wed/Thu, half day Fri (am)
 - Jared (resident): fittings and adjustments with Deb's sign-off only, no castings
 - Fri pm: repairs-only walk in, no new evals
 - VA 2237s: Deb can sign; anything over $10k wait for me
 - Emergencies (skin breakdown, broken componentry that makes someone non-ambulatory):
   Deb first, then my cell 606-555-0196

The new scanner training (Omega) is pushed to 11/5.

Thanks!
Priya
""")

add('clean', 'staff', '', "Amira Said <asaid@cedarridgehealth.org>", "BH Case Conference <bhcase@cedarridgehealth.org>",
    "case conference Wed - de-identified summary", D(2025, 10, 27, 14, 20),
"""For Wednesday's case conference - de-identified per our usual rules, please don't
reply with names.

A woman in her 40s, Army veteran (OIF era), below-knee amputation after a vehicle
rollover, referred for chronic phantom limb pain and PTSD symptoms. She's engaged in
CPT but avoids the trauma narrative; phantom pain spikes seem to follow the sessions
where she gets closest to the index event. Meds: an SNRI and a gabapentinoid, partial
benefit. Mirror therapy was tried elsewhere years ago without much effect.

Questions for the group:
 1. Sequencing - pause CPT and do pain-focused CBT first, or integrate?
 2. Anyone used graded motor imagery with someone who's also doing trauma work?
 3. How do we coordinate with the prosthetics team so fitting visits don't become
    avoidance triggers?

Amira Said, PsyD
Postdoctoral Fellow, Trauma Track
""")

add('clean', 'staff', '', "Frank Ostendorf <fostendorf@cedarridgehealth.org>",
    "Jolene Harkness <jharkness@cedarridgehealth.org>, Ray Delgado <rdelgado@cedarridgehealth.org>",
    "coding q - 90853 with 90785?", D(2025, 10, 15, 10, 48),
"""Jolene, Ray,

General question, not about anyone in particular: for the groups, when do you think
interactive complexity (90785) applies on top of 90853? Payers are all over the place:

 - VA CCN: allows 90785 with 90853 if documentation shows the specific complicating
   factor (e.g. managing disruptive communication, a caregiver who interferes, need for
   a sentinel event disclosure).
 - TRICARE: same, but they've been denying when every group member has 90785 on the
   same date, which looks like a pattern to them.
 - Medicare / TFL: generally allowed, same documentation rules.

Could you add a line in the group note template when it applies? I'll build a smart
phrase if you send me the wording.

Frank Ostendorf, CRCR
Revenue Cycle Manager
""")

add('clean', 'staff', '', "Louise Hammond <lhammond@cedarridgehealth.org>", "VFC Leadership <vfc-leads@cedarridgehealth.org>",
    "Q3 quality dashboard - VFC", D(2025, 10, 13, 7, 45),
"""Leads,

Q3 numbers for the Veterans & Family Clinic (aggregate only, patient-level drilldown is
in the dashboard - please don't export it to email):

  Diabetes A1c < 9 ............... 71% (goal 75%)  up from 68%
  BP control < 140/90 ............ 64% (goal 70%)
  Depression screening (PHQ-2/9) . 93%
  C-SSRS completed in BH groups .. 88%
  Naloxone for pts > 50 MME ...... 14 pts without naloxone on med list (down from 22)
  No-show rate ................... 11.4% (BH groups 16%)
  VA SAR turnaround (ours) ....... 2.1 days

Pharmacy is doing outreach on the naloxone list this month. Great work on A1c.

Louise Hammond, MD, MPH
Medical Director, Veterans & Family Clinic
""")

add('clean', 'staff', '', "Nadine Ferrante <nferrante@cedarridgehealth.org>", "Primary Care Team <pcteam@cedarridgehealth.org>",
    "reminder: PACT Act toxic exposure screen at every annual", D(2025, 10, 6, 12, 11),
"""hi all - quick reminder since we had a few misses in the chart audit:

every veteran annual wellness visit needs the toxic exposure screening questions
(burn pits / airborne hazards, Agent Orange, radiation, Camp Lejeune water, Gulf War,
K2, other). it's the smartform in the AWV navigator now. if they answer yes to any,
route to Dana so she can coordinate with the VA environmental health coordinator.

also - the spirometry referral for the airborne hazards registry does NOT need a
separate VA referral if we're doing it in house, just document it.

thx
Nadine

Nadine Ferrante, APRN, FNP-C
""")

# =================================================================== CLEAN: training
add('clean', 'training', '', "EHR Training <ehrtraining@cedarridgehealth.org>",
    "November New Hires <newhires-nov@cedarridgehealth.org>", "EHR training 11/4-11/5: your practice logins + test patients",
    D(2025, 10, 29, 9, 0),
"""Welcome to EHR training!

You'll work in the TRAINING environment (orange banner) - never the live system.
Your login is TRN + your employee number, temporary password sent separately.

Practice patients (fictitious - TRAINING ONLY):
  ZZTEST, VETERAN ONE     MRN 9999001   DOB 01/01/1950   Payer: VA CC (TEST)
  ZZTEST, TRICARE CHILD   MRN 9999002   DOB 01/01/2015   Payer: TRICARE PRIME (TEST)
  ZZTEST, PROSTHETIC PT   MRN 9999003   DOB 01/01/1980   Payer: VA CC (TEST)

Exercises: register ZZTEST, VETERAN ONE for a VA community care visit, attach the test
referral VA0000000001, place a lab order (BMP), and document a PHQ-9 of 12. Then
schedule ZZTEST, PROSTHETIC PT for a socket check.

Day 1 8:30am, Training Room 1. Coffee provided.
EHR Training Team | x4405
""")

add('clean', 'training', '', "Carolyn Voss <cvoss@stridelinksoftware.com>", PRIYA,
    "StrideLink O&P demo follow-up + sandbox access", D(2025, 10, 10, 15, 22),
"""Hi Priya,

Thanks for sitting through the demo Tuesday! As promised, here's your sandbox access.
Everything in the sandbox is sample data, so click around freely.

  URL: https://sandbox.stridelinksoftware.com/cedarridge
  User: pramanathan.demo    (temporary password by text)

Sample records you saw in the demo:
  - "John Doe" - sample transtibial patient, L5301 socket workflow, VA 2237 auto-fill
  - "Jane Roe" - sample KAFO orthosis, TRICARE authorization tracker
  - "Demo Veteran" - power mobility, HSRM referral import (mock)

The 2237 auto-fill and the outcomes module (AMPPRO, PLUS-M) were the two features your
team asked most about. Pricing sheet attached to my earlier email; happy to set up a
call with your IT (Kevin?) about the HL7 interface.

Carolyn Voss
Account Executive | StrideLink Software | 615-555-0104
""")

add('clean', 'training', '', "Jake Whitmore <jwhitmore@meridianinterop.com>", KEVIN,
    "test messages for the new VA ADT route (sandbox)", D(2025, 10, 22, 10, 40),
r"""Kevin,

Here are the synthetic test messages for validating the new PID-3 handling in the
SANDBOX route before we promote. All test data - TEST^PATIENT names, 999- MRNs.

MSH|^~\&|VISTA|TESTVAMC|CRHEALTH|CEDARRIDGE|20251022100000||ADT^A04^ADT_A01|TEST0001|T|2.5.1
EVN|A04|20251022100000
PID|1||9999999999V999999^^^USVHA^NI~0000^^^USSSA^SS||TEST^PATIENT^ONE||19000101|U|||123 TEST ST^^ANYTOWN^KY^00000||(000)000-0000
PV1|1|O|TEST^^^CEDARRIDGE||||0000000000^TEST^PROVIDER

MSH|^~\&|VISTA|TESTVAMC|CRHEALTH|CEDARRIDGE|20251022100100||ADT^A08^ADT_A01|TEST0002|T|2.5.1
EVN|A08|20251022100100
PID|1||9999999998V999998^^^USVHA^NI||ZZTEST^VETERAN^TWO||19000101|U

Note MSH-11 = T (training/test). Send me the ACKs and I'll compare.

Jake Whitmore
Integration Engineer | Meridian Interop
""")

add('clean', 'training', '', "Nadia Kowalczyk <nkowalczyk@cedarridgehealth.org>",
    "All Staff - Veterans & Family Clinic <vfc-all@cedarridgehealth.org>",
    "HIPAA refresher - 5 question quiz (due 11/15)", D(2025, 10, 28, 8, 30),
"""Hi all,

Annual HIPAA refresher quiz is due 11/15 in the LMS. Preview of two scenarios (all
names and details made up for training):

Scenario 2: A VSO calls asking for "Jane Sample's" records for her disability claim.
She's a patient, and the VSO says she gave verbal permission. What do you do?
  (a) Fax the records - the VSO is helping her
  (b) Ask for a signed authorization (VA 21-4142 or our ROI) first
  (c) Read the results over the phone

Scenario 4: You get an email from a coworker with a spreadsheet of "Test, Patient A"
through "Test, Patient Z" from the EHR training domain. Is this a breach?

Answers are in the module. Reminder: if something real goes to the wrong place,
report it to me within 24 hours - privacy@cedarridgehealth.org or x4415.

Nadia Kowalczyk, CHPC
Privacy & Compliance Officer
""")

add('clean', 'training', '', "ClaimBridge Onboarding <onboarding@claimbridge.net>", THERESA,
    "Companion guide examples - 837P for TRICARE (sample data)", D(2025, 10, 3, 13, 15),
"""Hi Theresa,

As requested, here is the 2010BA example from our TRICARE 837P companion guide. The
subscriber is a fictional sample - do not submit.

NM1*IL*1*DOE*JOHN*Q***MI*000000000~
N3*123 MAIN STREET~
N4*ANYTOWN*VA*22222~
DMG*D8*19700101*M~
NM1*PR*2*SAMPLE PAYER*****PI*00000~
CLM*SAMPLE001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z0000~
SV1*HC:99213*100*UN*1***1~

Common rejects: N4 ZIP must be 5 or 9 digits; DMG03 must be M, F or U; member ID for
TRICARE is the 11-digit DBN, not the sponsor SSN.

Full guide v4.2 is in the portal under Resources.
ClaimBridge Onboarding Team
""")

_t6_json = """{
  "resourceType": "Patient",
  "id": "example-synthetic-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Testpatient", "given": ["Alpha"]}],
  "gender": "female",
  "birthDate": "1901-01-01",
  "address": [{"line": ["1 Synthetic Way"], "city": "Nowhere", "state": "KY", "postalCode": "00000"}]
}
"""
add('clean', 'training', '', "Kevin Brandt <kbrandt@cedarridgehealth.org>",
    "Applications Team <apps@cedarridgehealth.org>", "FHIR sandbox - use these synthetic records only",
    D(2025, 10, 9, 11, 0),
"""Team,

After the last mix-up, reminder: when you're testing the Meridian FHIR endpoints use
only the synthetic records from the sandbox (Synthea-generated, tagged HTEST). Example
attached. If a test only fails on a live record, DON'T email the payload - open a case
and we'll share it through the vendor's secure portal.

Synthetic IDs you can use: example-synthetic-001 through -050.

Kevin
""", atts=[('example-synthetic-001.json', 'application/fhir+json', _t6_json.encode('utf-8'))])


# =================================================================== build
def plain_cte(text):
    # what an ordinary mail client would send: 7bit for ASCII, 8bit for UTF-8 text
    return '7bit' if all(ord(c) < 128 for c in text) else '8bit'


def build(idx, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    dom = m['frm'].rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%012x.%03d@%s>' % (random.getrandbits(48), idx, dom)
    for k, v in m['headers'].items():
        msg[k] = v
    msg.set_content(m['body'], cte=m['cte'] or plain_cte(m['body']))
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', cte=plain_cte(m['html']))
    for fname, ctype, data in m['atts']:
        mt, st = ctype.split('/', 1)
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname, cte=plain_cte(data))
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (idx, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = [['file', 'label', 'kind', 'patient_name']]
    for idx, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(idx, m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    print('wrote %d messages to %s' % (len(MSGS), OUT))


if __name__ == '__main__':
    main()
