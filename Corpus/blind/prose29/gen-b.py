#!/usr/bin/env python3
"""Blind eval set prose29b: public & community health mail. All content invented, written by hand."""
import os, csv, io, zipfile, hashlib, datetime, sys
from email import charset as CH
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders
import email

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def D(s, tz="-0500"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:00 ") + tz

def add(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(), cs=None, cte=None, cc=None, hdrs=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date,
                     body=body, html=html, atts=list(atts), cs=cs, cte=cte, cc=cc, hdrs=hdrs or {}))

def textpart(s, sub="plain", cs=None, cte=None):
    try:
        s.encode("ascii"); ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if cs is None:
        cs = "us-ascii" if ascii_ok and cte is None else "utf-8"
    c = CH.Charset(cs)
    if cte == "qp": c.body_encoding = CH.QP
    elif cte == "b64": c.body_encoding = CH.BASE64
    elif cte == "8bit": c.body_encoding = None
    elif cs not in ("us-ascii",):
        c.body_encoding = CH.QP
    else:
        c.body_encoding = None
    return MIMEText(s, sub, c)

def attpart(a):
    kind = a[0]
    if kind == "text":            # ("text", fname, content, subtype, cte)
        _, fn, content, sub, cte = (a + (None,) * 5)[:5]
        p = textpart(content, sub or "plain", None, cte)
    elif kind == "bin":           # ("bin", fname, content, "application/octet-stream")
        _, fn, content, ctype = a
        mt, st = ctype.split("/")
        p = MIMEBase(mt, st)
        p.set_payload(content.encode("utf-8") if isinstance(content, str) else content)
        encoders.encode_base64(p)
    elif kind == "zip":           # ("zip", fname, {inner: content})
        _, fn, files = a
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            for name, content in files.items():
                zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 8, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, content)
        p = MIMEBase("application", "zip")
        p.set_payload(bio.getvalue())
        encoders.encode_base64(p)
    elif kind == "rfc822":        # ("rfc822", dict-of-add-args)
        inner = build(a[1], 0, nested=True)
        p = MIMEMessage(inner)
        del p["MIME-Version"]
        p.add_header("Content-Disposition", "inline")
        return p
    p.add_header("Content-Disposition", "attachment", filename=fn)
    return p

def build(m, i, nested=False):
    body, html = m["body"], m["html"]
    if body is not None and html is not None:
        main = MIMEMultipart("alternative")
        main.attach(textpart(body, "plain", m["cs"], m["cte"]))
        main.attach(textpart(html, "html", m["cs"], m["cte"]))
    elif html is not None:
        main = textpart(html, "html", m["cs"], m["cte"])
    else:
        main = textpart(body or "", "plain", m["cs"], m["cte"])
    if m["atts"]:
        msg = MIMEMultipart("mixed")
        msg.attach(main)
        for a in m["atts"]:
            msg.attach(attpart(a))
    else:
        msg = main
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"): msg["Cc"] = m["cc"]
    msg["Date"] = m["date"]
    msg["Subject"] = m["subj"]
    dom = m["frm"].split("@")[-1].strip(">").strip()
    h = hashlib.sha1((m["subj"] + m["date"] + str(i)).encode()).hexdigest()[:16]
    msg["Message-ID"] = "<%s.%d@%s>" % (h, i, dom)
    for k, v in m["hdrs"].items():
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type().startswith("multipart/"):
            n += 1
            part.set_boundary("----=_Part_%s_%d%s" % (h[:10], n, "_n" if nested else ""))
    for part in msg.walk():
        if part is not msg and part.get_content_type() != "message/rfc822" and "MIME-Version" in part and not part.get("From"):
            del part["MIME-Version"]
    if msg.get_content_type() == "message/rfc822":
        pass
    return msg

def M(frm, to, subj, date, body=None, html=None, atts=(), cs=None, cte=None, cc=None, hdrs=None):
    """inner message dict for rfc822 attachments"""
    return dict(frm=frm, to=to, subj=subj, date=date, body=body, html=html, atts=list(atts), cs=cs, cte=cte, cc=cc, hdrs=hdrs or {})

# ---------------------------------------------------------------------------
# Organisations (fictional)
# Harlan Ridge County Health Department  hrcountyhealth.org
# Millbrook Community Health Center       millbrookchc.org
# Tessaly Unified School District          tessalyusd.org
# Harlan Ridge County Detention Center medical unit  hrcdc-medical.org
# RoadReady Mobile Health                   roadreadyhealth.org
# St. Brendan's Free Clinic                 stbrendansclinic.org
# Valley Regional Medical Center            valleyregional.org
# Tri-County Reference Laboratory           tricountylab.com
# ---------------------------------------------------------------------------

# 1 phi-care: TB nurse to CHC about DOT / labs (no diagnosis word)
add("phi", "phi-care", "Dominguez",
    "Renata Falk RN <rfalk@hrcountyhealth.org>", "Intake Desk <frontdesk@millbrookchc.org>",
    "need monthly labs for Dominguez before the 14th", D("2026-11-02 08:47"),
"""Hi Millbrook team,

Can you squeeze Ernesto Dominguez in this week for his monthly draw? Needs CMP with LFTs and a
sputum collection cup handed to him (he knows the routine, first morning specimen). He's on our
DOT list and our outreach worker Pete says he missed Tues and Thurs doses so I'd like eyes on him.

He doesn't have a working phone right now, best bet is his sister Lourdes at 318-404-7719.

If you can fax the results to us at 318-555-0143 attn Renata that'd be great.

Renata Falk, RN
Communicable Disease Nurse
Harlan Ridge County Health Department
""")

# 2 clean-news: outbreak advisory without names
add("clean", "clean-news", "",
    "Harlan Ridge County Health Dept <news@hrcountyhealth.org>", "Community Partners <partners-list@hrcountyhealth.org>",
    "HEALTH ADVISORY: Increase in pertussis cases among school-age children", D("2026-11-03 15:10"),
"""HARLAN RIDGE COUNTY HEALTH DEPARTMENT
HEALTH ADVISORY - FOR IMMEDIATE DISTRIBUTION

Since September 28, the Health Department has received 11 reports of laboratory-confirmed
pertussis in county residents aged 6 to 14 years. Cases are clustered in the north end of the
county but are not linked to a single school. Two infants under 6 months have been hospitalized
in neighboring counties this fall.

Recommendations for clinicians:
 - Test (PCR, nasopharyngeal swab) any patient with cough >= 2 weeks, or paroxysms, whoop or
   post-tussive vomiting, regardless of vaccination status.
 - Treat empirically with azithromycin while awaiting results if clinical suspicion is high.
 - Report suspected cases within 24 hours: 318-404-2200 (after hours: 318-404-2299).
 - Check Tdap status of pregnant patients at 27-36 weeks every pregnancy.

Schools: please forward to your health office staff. Letters to families are attached to the
school nurse list-serv and are available in English, Spanish and Vietnamese.

This advisory contains no individually identifiable information and may be shared freely.
""")

# 3 phi-names: school nurse, nickname + subject line with kid's name
add("phi", "phi-names", "Okonkwo-Bell",
    "Tamsin Gray <tgray@tessalyusd.org>", "Dana Whitcomb <dwhitcomb@tessalyusd.org>",
    "RE: Jayden O-B (3rd gr Ms. Pruitt) - inhaler at school?", D("2026-11-03 11:22"),
"""Dana -- yes, mom dropped off the albuterol this morning, it's in the locked cabinet in my
office, labeled. Form is signed by Dr. Haskell at Millbrook so we're good til June.

Jay used it twice at recess last week before we had the paperwork which is why I called.
Mom (Precious) was really apologetic, she's been working doubles. I told her the nurse at the
health center can do the spacer teaching again if she wants, no charge.

Can you let Ms. Pruitt know he's allowed to come to the office any time he says his chest is
tight, no questions, no hall pass needed.

T.

-----Original Message-----
From: Dana Whitcomb
Sent: Monday, November 2, 2026 4:05 PM
To: Tamsin Gray
Subject: Jayden O-B (3rd gr Ms. Pruitt) - inhaler at school?

Tamsin, did the Okonkwo-Bell family ever bring in his inhaler? Pruitt said he was wheezing
during PE again and she didn't know if he had anything here.
""")

# 4 clean-staff
add("clean", "clean-staff", "",
    "Marcus Delaney <mdelaney@hrcountyhealth.org>", "CD Nurses <cd-nurses@hrcountyhealth.org>",
    "Coverage for the Thanksgiving week on-call", D("2026-11-04 09:03"),
"""Team,

Need two volunteers for the after-hours disease reporting line Wed 11/25 through Sun 11/29.
Priya has Thursday, I'll take Friday. That leaves Wednesday night and the weekend.

Reminder: on-call phone gets picked up from the front desk by 4:30, and please actually test
the VPN from home before your shift. Last year somebody (not naming names, Gil) couldn't get
into the surveillance system until 10pm.

Comp time is 1:1 for hours worked on calls, 0.25 per hour just carrying the phone.

Reply to me directly, not reply-all please.

Marcus
""")

# 5 phi-struct: HL7 ORU pasted from lab interface error
add("phi", "phi-struct", "HOLLOWAY",
    "Tri-County Lab Interface <interface-alerts@tricountylab.com>", "ELR Support <elr@hrcountyhealth.org>",
    "ELR REJECT - MSH-10 TCL2611040071 - missing PID-11", D("2026-11-04 02:14"),
"""Automated message from Tri-County Reference Laboratory electronic lab reporting service.

The following message was rejected by the receiving system (HRCHD-SURV) with error:
  ERR|^^^101&Required field missing&HL70357|PID^1^11|E

Please correct and resend or contact the interface desk at 1-877-464-2099.

----- original message -----
MSH|^~\\&|TCL_LIS|TRICOUNTY^46D0987321^CLIA|HRCHD-SURV|HRCHD|20261104021002||ORU^R01^ORU_R01|TCL2611040071|P|2.5.1
SFT|Sunquest|8.2|LIS|82.115
PID|1||TC00482271^^^TCL^MR||HOLLOWAY^BRENDA^K||19710316|F||2106-3|||||||||||||||
ORC|RE||TCL-4471920||CM||||20261102|||1881774020^PATEL^ANJALI^^^^^^NPI
OBR|1||TCL-4471920|5195-3^Hepatitis B surface Ag^LN|||20261102091500|||||||||1881774020^PATEL^ANJALI
OBX|1|CWE|5195-3^Hepatitis B virus surface Ag [Presence] in Serum^LN||260373001^Detected^SCT||||||F|||20261103
OBX|2|NM|16935-9^Hepatitis B virus surface Ab [Units/volume] in Serum^LN||<3.1|mIU/mL|>=10||||F
SPM|1|||119297000^Blood specimen^SCT|||||||||||||20261102091500
""")

# 6 phi-self: parent writing to school nurse
add("phi", "phi-self", "Vasquez",
    "Gloria Vasquez <gloriav1984@gmail.com>", "Nurse Office Westbrook Elementary <nurse.westbrook@tessalyusd.org>",
    "shots for Mateo", D("2026-11-04 19:48"),
"""Hello nurse Tamsin

I got the letter that said Mateo can not come back Monday unless he has the shots. He got them
at the mobile clinic van on Saturday at the church parking lot, the 2nd MMR and the Tdap one I
think. They gave me a yellow paper but my little one spilled juice on it. Can you look it up in
the computer? His birthday is 2/9/2014 if you need it.

Please dont send him home he already missed to much.

Gloria Vasquez
(Mateo Vasquez 6th grade room 14)
Sent from my iPhone
""")

# 7 clean-lookalike: vet clinic reminder
add("clean", "clean-lookalike", "",
    "Harlan Ridge Animal Hospital <reminders@hranimalhospital.com>", "kmorrow.home@gmail.com",
    "Biscuit is due for vaccines!", D("2026-11-05 07:00"),
    body="""Hi Kelly,

Our records show that Biscuit is due for the following:
  - Rabies (3-year)       due 11/19/2026
  - DHPP booster          due 11/19/2026
  - Heartworm test        due 12/01/2026

Book online or call 318-404-6630. Ask about our wellness plans - first exam free for new pets!

Harlan Ridge Animal Hospital
""",
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kelly,</p>
<p>Our records show that <b>Biscuit</b> is due for the following:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Service</th><th>Due</th></tr>
<tr><td>Rabies (3-year)</td><td>11/19/2026</td></tr>
<tr><td>DHPP booster</td><td>11/19/2026</td></tr>
<tr><td>Heartworm test</td><td>12/01/2026</td></tr>
</table>
<p><a href="https://hranimalhospital.com/book">Book online</a> or call 318-404-6630.</p>
<p style="color:#888">Ask about our wellness plans &ndash; first exam free for new pets!</p>
</body></html>""")

# 8 phi-lists: STI partner follow-up list
add("phi", "phi-lists", "Barrow",
    "Luis Ochoa <lochoa@hrcountyhealth.org>", "Keisha Pratt <kpratt@hrcountyhealth.org>",
    "partner f/u - where we're at this week", D("2026-11-05 16:31"),
"""Keisha, quick rundown before I'm out tomorrow. Index cases on the left, partners after.

  Index                 Partner(s)                 Status
  --------------------  -------------------------  ------------------------------------
  Tyrell Barrow         "Nessa" (no last name)     IG'd 11/2, tx'd at Millbrook 11/3
                        Corinne Achter             letter sent, no response, try field
  Ashlyn Stroud         Dev Kapoor                 tx'd at St Brendan's 11/4, done
  Marcus Weatherby      unknown x2 (app contacts)  internet PS, 1 notified via app
  J. Pineda-Ruiz        Samuel Pineda (spouse)     declines, says already treated in TX

Corinne's address from DMV is 1418 Larkspur Ct Apt 6. If nobody answers leave the green card
not the white one (the white one says "health department" on the outside, she asked us not to).

Tyrell needs his 3-mo retest Feb 3rd, I put it in the tickler.

Luis
""")

# 9 clean-training: fictional case
add("clean", "clean-training", "",
    "Priya Raman <praman@hrcountyhealth.org>", "New Staff Cohort <newstaff-nov@hrcountyhealth.org>",
    "Case interview practice - scenario for Thursday", D("2026-11-05 10:15"),
"""Hi all,

For Thursday's role-play please read the scenario below. This is a made-up case, any
resemblance to a real person is accidental. Don't look anything up in the surveillance system.

  SCENARIO 3 - "Pat Example"
  Pat is a 34-year-old food handler at a fictional restaurant ("The Blue Plate") who had a
  positive stool culture for Salmonella reported on a Monday. Pat is reluctant to talk about
  foods eaten and worries about losing their job. Pat's roommate also had diarrhea last week.

  Your job: complete the 7-day food history, explain work exclusion rules for food handlers
  in plain language, and decide whether the roommate needs testing.

We'll pair up, one interviewer and one "Pat", then switch. Bring the paper interview form
(CD-17), blank copies are in the training room.

Priya
""")

# 10 phi-lang: Spanish, promotora to clinic
add("phi", "phi-lang", "Ceballos",
    "Maribel Anaya <manaya@roadreadyhealth.org>", "Citas Millbrook <citas@millbrookchc.org>",
    "Cita para la Sra. Ceballos", D("2026-11-06 12:05"),
"""Buenas tardes,

Les escribo de la unidad movil RoadReady. Ayer atendimos a la señora Rosa Elena Ceballos
(fecha de nacimiento 22/07/1958) en la parada de la Iglesia San Judas. Su presión estaba en
178/102 y dice que se le acabaron las pastillas hace como tres semanas (losartán 50 mg).
Le dimos una muestra para 7 días pero necesita cita con su médica, la Dra. Haskell, lo antes
posible.

Ella no maneja y su hija la puede llevar solo los martes o jueves después de las 2.
Teléfono de la hija (Yadira): 318-291-6650.

¿Me pueden confirmar cuando le den la cita? Gracias.

Maribel Anaya
Promotora de Salud - RoadReady Mobile Health
""", cs="iso-8859-1", cte="qp")

# 11 phi-ids: member id + claim, little context
add("phi", "phi-ids", "",
    "Billing - St. Brendan's <billing@stbrendansclinic.org>", "Provider Services <provsvcs@bayoustatehealthplan.com>",
    "claim status", D("2026-11-06 14:40"),
"""Checking status on the following, submitted 10/12, no 835 yet:

Member ID: BSH774102938-01
DOB: 04/30/1966
DOS: 10/07/2026
CPT 99213, 87491, 87591
Claim # 2026285AB33107

Thanks
Joyce
St. Brendan's Free Clinic billing (yes we bill when they have coverage)
""")

# 12 clean-admin: grant report
add("clean", "clean-admin", "",
    "Harriet Solis <hsolis@millbrookchc.org>", "Program Officer <grants@northlakefoundation.org>",
    "Q3 progress report - Community Diabetes Prevention grant #NLF-2025-118", D("2026-11-06 16:55"),
    body="""Dear Ms. Abernathy,

Please find our Q3 progress report summarized below and attached in full.

Enrollment: 142 participants (target 150 by 12/31)
Completed 16-session core: 61
Mean weight change at 6 months (n=58): -4.1%
Participants reaching 5% weight loss: 24 (41%)
Spanish-language cohorts: 3 of 8
Retention at session 9: 78%

Challenges this quarter included loss of our Tuesday evening space at the library and one lifestyle
coach on leave. We have a replacement coach starting in November.

Best regards,
Harriet Solis, MPH
Director of Community Programs, Millbrook Community Health Center
""",
    atts=[("text", "NLF-2025-118_Q3_report.csv",
"""metric,q1,q2,q3
enrolled_cumulative,48,97,142
completed_core,0,22,61
mean_pct_weight_change_6mo,,,-4.1
reached_5pct,,,24
retention_session9,,0.81,0.78
spanish_cohorts,1,2,3
""", "csv")])

# 13 phi-struct: 270/271 eligibility pasted
add("phi", "phi-struct", "NGUYEN",
    "Kim Dao <kdao@millbrookchc.org>", "Clearinghouse Support <support@claimbridge-edi.com>",
    "271 coming back AAA 72 but patient has active card??", D("2026-11-09 10:12"),
"""Hi, our eligibility check keeps returning invalid member ID for this patient but she showed us
her card this morning and it says the same number. Raw 270 and 271 below. Can you see if the
payer ID is wrong on our side?

270:
ISA*00*          *00*          *ZZ*MILLBROOKCHC   *ZZ*CLAIMBRIDGE    *261109*1002*^*00501*000004412*0*P*:~
GS*HS*MILLBROOKCHC*CLAIMBRIDGE*20261109*1002*4412*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*EL20261109A*20261109*1002~
HL*1**20*1~
NM1*PR*2*BAYOU STATE HEALTH PLAN*****PI*77410~
HL*2*1*21*1~
NM1*1P*2*MILLBROOK COMMUNITY HEALTH CENTER*****XX*1417093385~
HL*3*2*22*0~
TRN*1*EL20261109A*9MILLBROOK~
NM1*IL*1*NGUYEN*THI LAN****MI*BSH508873311~
DMG*D8*19890211*F~
DTP*291*D8*20261109~
EQ*30~
SE*13*0001~

271:
ST*271*0001*005010X279A1~
BHT*0022*11*EL20261109A*20261109*1002~
HL*1**20*1~
NM1*PR*2*BAYOU STATE HEALTH PLAN*****PI*77410~
HL*2*1*21*1~
NM1*1P*2*MILLBROOK COMMUNITY HEALTH CENTER*****XX*1417093385~
HL*3*2*22*0~
NM1*IL*1*NGUYEN*THI LAN****MI*BSH508873311~
AAA*N**72*C~
DMG*D8*19890211*F~
SE*10*0001~

She has a prenatal visit on the 16th so we need this fixed.

Kim Dao | Patient Access | Millbrook CHC | 318-404-5120 x231
""")

# 14 phi-self: jail inmate's mother writing
add("phi", "phi-self", "Redd",
    "Charlene Redd <charredd@yahoo.com>", "Medical Unit <medical@hrcdc-medical.org>",
    "My son Cody Redd booking # 26-04418 needs his seizure medicine", D("2026-11-09 06:12"),
"""To whoever is in charge of medical at the county jail,

My son Cody Allen Redd was booked Saturday night, his booking number is 26-04418. He has
epilepsy and takes Keppra 750 twice a day and Lamictal. He did NOT have his pills on him when
they picked him up. I called Sunday and the officer said medical would "get to it". He has
had seizures before when he missed doses, he had one in 2023 and broke his cheek bone.

His neurologist is Dr. Imran Sheikh at Valley Regional, you can call them to verify. I can
bring the bottles in if you tell me where. I dont want anything to happen to him in there.

Please call me back at 318-730-2286.

Charlene Redd
""")

# 15 clean-lookalike: car insurer "claim"
add("clean", "clean-lookalike", "",
    "Pinnacle Auto Insurance <claims@pinnacleauto-ins.com>", "d.hutchins77@outlook.com",
    "Your claim #PA-26-0918833 has been updated", D("2026-11-09 13:30"),
    html="""<html><head><style>td{font-family:Segoe UI,Arial;font-size:13px}</style></head><body>
<table width="600" align="center"><tr><td style="background:#0b3d6b;color:#fff;padding:12px;font-size:18px">Pinnacle Auto Insurance</td></tr>
<tr><td style="padding:14px">
<p>Hi Derek,</p>
<p>Your claim <b>#PA-26-0918833</b> (date of loss 10/28/2026, 2019 Honda CR-V) has moved to <b>Estimate Review</b>.</p>
<p>Your adjuster, Tom Reyes, will contact you within 2 business days. If anyone was hurt in the accident and you have
medical bills, your Personal Injury Protection coverage may apply &mdash; mention this to your adjuster.</p>
<p>Policy: PAI-4471-88120 &nbsp;|&nbsp; Deductible: $500</p>
<p><a href="https://pinnacleauto-ins.com/claims">Track your claim</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:10px">You are receiving this because you have a policy with Pinnacle. Do not reply to this email.</td></tr>
</table></body></html>""")

# 16 phi-care: jail medical unit to hospital asking for records (no dx word)
add("phi", "phi-care", "Fairbanks",
    "Nadia Petrov NP <npetrov@hrcdc-medical.org>", "HIM Release of Information <roi@valleyregional.org>",
    "Records request - Fairbanks, Travis (DOB 08/14/1993) - ED visit 10/30", D("2026-11-09 14:45"),
"""Good afternoon,

We have Travis Fairbanks (DOB 08/14/1993) in custody at the county detention center as of
10/31. He reports he was seen in your ED on 10/30 and had "a CT and some stitches" and was given
a prescription he never filled. Signed release is attached (faxed to 318-404-8900 this morning
as well).

Please send: ED provider note, discharge instructions, imaging report, med list from 10/30.

Nadia Petrov, FNP-C
Medical Unit, Harlan Ridge County Detention Center
Phone 318-404-8871 | Fax 318-404-8900

CONFIDENTIALITY NOTICE: This e-mail may contain information protected by state and federal law.
""")

# 17 clean-staff: CHC nurses chat about a vendor
add("clean", "clean-staff", "",
    "Bree Callahan <bcallahan@millbrookchc.org>", "Jo Whitley <jwhitley@millbrookchc.org>",
    "re: the new vaccine fridge", D("2026-11-10 12:01"),
"""lol yes it beeps every time you open the door more than 30 sec. The tech said we can't turn
that off because of VFC rules. I put a sticky note on it that says CLOSE ME.

Also the data logger needs to get downloaded every Monday now not Friday, Harriet's orders.

> Did you figure out why the new fridge screams at us?
""")

# 18 phi-names: Last, First in subject; mixed staff names
add("phi", "phi-names", "Lindqvist",
    "Gabe Morales <gmorales@hrcountyhealth.org>", "Heather Kim <hkim@hrcountyhealth.org>",
    "Lindqvist, Ada -- home visit moved", D("2026-11-10 15:20"),
"""Heather,

Moving Ada's home visit to Thursday 11/12 at 10. Her daughter Ingrid called, said her mom was
too worn out after Monday's infusion to have anyone over. Dr. Barlow signed off on the change.

Bring the scale, she thinks she's losing weight again. And the new pill organizer Ingrid asked
for.

Gabe
""")

# 19 phi-lang: Vietnamese
add("phi", "phi-lang", "Trần",
    "Linh Trần <linhtran.family@gmail.com>", "Immunization Registry Help <immreg@hrcountyhealth.org>",
    "Xin hồ sơ chích ngừa cho con", D("2026-11-10 20:14"),
"""Kính gửi Sở Y Tế,

Tôi tên là Trần Thị Linh. Con trai tôi là Trần Minh Khoa, sinh ngày 03/05/2019. Cháu cần hồ sơ
chích ngừa để nhập học mẫu giáo nhưng bác sĩ cũ ở Houston đã nghỉ hưu. Cháu đã chích ngừa đủ
ở Texas cho đến năm 2023, sau đó có chích mũi cúm ở phòng khám Millbrook tháng 10 vừa rồi.

Xin vui lòng gửi cho tôi bản in hồ sơ chích ngừa. Số điện thoại của tôi: 318-612-4087.

Cám ơn rất nhiều.
Trần Thị Linh
""", cte="b64")

# 20 clean-news: press release with aggregate numbers
add("clean", "clean-news", "",
    "Office of Communications <press@hrcountyhealth.org>", "Media List <media@hrcountyhealth.org>",
    "PRESS RELEASE: Childhood blood lead testing up 23% after mobile clinic partnership", D("2026-11-11 09:00"),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px">
<p style="font-size:11px;color:#555">FOR IMMEDIATE RELEASE &nbsp; November 11, 2026<br>Contact: Alana Brooks, 318-404-2210</p>
<h2>Childhood Blood Lead Testing Up 23% After Mobile Clinic Partnership</h2>
<p>HARLAN RIDGE, La. &mdash; The Harlan Ridge County Health Department today reported that 2,214 children ages 1 and 2
received a blood lead test in the first nine months of 2026, up from 1,801 in the same period last year. Much of the
increase came from screening offered at RoadReady Mobile Health stops and WIC appointments.</p>
<p>Of children tested, 3.1% had a level at or above the CDC blood lead reference value of 3.5 &micro;g/dL. Most elevated
results came from ZIP codes with housing built before 1950.</p>
<blockquote>&ldquo;Every one of those tests is a family that now knows,&rdquo; said Health Director Dr. Olivia Marchetti.
&ldquo;The next step is getting the lead out of the homes.&rdquo;</blockquote>
<p>Families with children under 6 can request a free test at any WIC clinic. Landlords can learn about the Lead-Safe
Housing grant program at hrcountyhealth.org/lead.</p>
<p>###</p></body></html>""")

# 21 phi-lists: WIC no-show list pasted from spreadsheet (tab separated)
add("phi", "phi-lists", "Pettaway",
    "Sondra Lyle <slyle@hrcountyhealth.org>", "WIC Clerks <wic-clerks@hrcountyhealth.org>",
    "No-shows from Tuesday - pls call by Fri", D("2026-11-11 11:40"),
"""Pasted from the scheduler. Please try each twice, note in the chart, and if you reach them offer
the Saturday clinic. Those with hgb recheck need the fingerstick, don't just reschedule
the cert.

Participant\tDOB\tPhone\tAppt type\tNotes
Pettaway, Nia (child)\t05/02/2024\t318-227-0914\tHgb recheck\tlast hgb 10.1
Pettaway, Kendra (mom)\t11/19/2001\t318-227-0914\tPostpartum cert\t
Ibarra, Santiago\t01/15/2025\t318-771-3302\tMid-cert\tSpanish
Hale, Aubree\t07/28/2022\t318-550-8841\tHgb recheck\tlast hgb 9.8, referred to PCP
Mohamed, Sahra\t03/03/2026\t318-906-1175\tInfant cert\tSomali interp
Gutierrez, Camila (prenatal)\t02/08/1998\t318-402-7766\tPrenatal cert\tEDD 1/20

Thx, Sondra
""")

# 22 clean-admin: volunteer sign-up
add("clean", "clean-admin", "",
    "St. Brendan's Free Clinic <volunteer@stbrendansclinic.org>", "Volunteer List <volunteers@stbrendansclinic.org>",
    "December volunteer sign-ups are open!", D("2026-11-11 17:00"),
"""Hi friends of St. Brendan's,

December shifts are posted. We especially need:

  * Spanish interpreters - Tuesday evenings (5:30-8:30)
  * Front desk / check-in - Saturday mornings
  * Licensed RNs or LPNs for the flu shot table - Dec 5 and Dec 12
  * Pharmacy runners (no license needed, must be 18+)

Sign up here: https://signup.stbrendansclinic.org/dec2026

Reminder: all volunteers need to complete the annual confidentiality training and TB
questionnaire before their first shift of the year. If you did it in January you're fine.

The holiday potluck is Dec 18 at 6pm in the parish hall. Bring a dish!

With gratitude,
Sister Anne Keogh & the St. Brendan's team
""")

# 23 phi-ids: MRN only + lab, terse
add("phi", "phi-ids", "",
    "Ravi Menon MD <rmenon@millbrookchc.org>", "Lab Desk <lab@millbrookchc.org>",
    "MRN 00448317", D("2026-11-12 08:02"),
"""add on A1c and lipid panel to this morning's draw for MRN 00448317 if the tube is still
there. DOB 9/22/61. thx -RM
""")

# 24 phi-struct: CSV export attachment of TB contact investigation
add("phi", "phi-struct", "Abdirahman",
    "Renata Falk RN <rfalk@hrcountyhealth.org>", "Sana Iqbal <siqbal@hrcountyhealth.org>",
    "contact list export for the warehouse investigation", D("2026-11-12 13:05"),
    body="""Sana - export from the contact module attached. This is the warehouse shift (2nd shift only so
far). I marked the ones with prior positive tests so they go to CXR not TST/IGRA.
Window closes 12/21 for the 8-week retest.

R.
""",
    atts=[("text", "CI-2026-014_contacts.csv",
"""contact_id,last_name,first_name,dob,phone,exposure_hrs_wk,prior_pos,test_type,test_date,result,cxr
CI014-01,Abdirahman,Hamza,1988-06-04,318-906-2231,40,N,IGRA,2026-10-27,positive,scheduled 11/16
CI014-02,Beaulieu,Marc,1975-12-11,318-442-0198,40,N,IGRA,2026-10-27,negative,
CI014-03,Castro,Elena,1992-03-29,318-771-5540,20,N,TST,2026-10-28,8mm,
CI014-04,Dunleavy,Shawn,1969-08-02,318-227-4419,40,Y,,,,done 11/02 normal
CI014-05,Ekwueme,Chidi,1996-01-17,318-550-0087,32,N,IGRA,2026-10-27,indeterminate,
CI014-06,Fontenot,Ray,1981-09-09,,40,N,,,,
""", "csv")])

# 25 clean-lookalike: gym
add("clean", "clean-lookalike", "",
    "IronWorks Fitness <members@ironworksfit.com>", "jbellamy@gmail.com",
    "Your free InBody scan + 20% off personal training", D("2026-11-12 18:30"),
"""Hi Jordan,

Thanks for stopping by IronWorks Harlan Ridge for a tour! Your free InBody scan credit is
loaded in the IronWorks app - scan results show up there, not in email.

Want to hit your goals faster? Book 4 sessions with a certified trainer this month and
save 20%. Use code SCAN20 at the front desk.

IronWorks Fitness - Member #IW-55032
Not medical advice. Consult your physician before starting an exercise program.
""")

# 26 phi-self: patient portal message, lead result, parent
add("phi", "phi-self", "Whitfield",
    "Amber Whitfield via Millbrook MyChart <noreply@portal.millbrookchc.org>", "Pediatrics Pool <peds-inbox@millbrookchc.org>",
    "Portal message: question about lead test", D("2026-11-12 21:07"),
"""New message from patient portal
Patient: Whitfield, Harper  DOB 06/18/2024  MRN 00512094
From proxy: Amber Whitfield (mother)

Message:
Hi, I saw Harper's lead test result posted (it says 6.2 and it's red). Nobody called me. Is
that bad?? We rent an old house on Magnolia St and the paint is peeling on the porch. Should
I stop letting her play out there? Do I need to move? I have the WIC appointment next week,
should I tell them? Please call me 318-339-0472 after 3, I work mornings.

-- Reply via the portal. Do not reply to this email. --
""")

# 27 phi-care: mobile clinic to CHC hand-off, no dx word
add("phi", "phi-care", "Kowalczyk",
    "Dr. Elise Ward <eward@roadreadyhealth.org>", "Referrals <referrals@millbrookchc.org>",
    "warm handoff: Henryk Kowalczyk", D("2026-11-13 10:40"),
"""Referrals team,

Saw Henryk Kowalczyk (DOB 1/3/1957) at our Tuesday stop behind the Dollar General on Hwy 9. He
needs to establish primary care. Today:
  - BP 164/98, repeat 158/94
  - fingerstick glucose 242 non-fasting
  - gave flu shot (lot FL2611A) and Tdap
  - started lisinopril 10 mg daily, 30 day supply

He'll need a fasting draw, A1c, BMP, urine microalbumin, and a follow-up in 2-4 weeks.
He has Medicare but no doc in town since Dr. Fitch retired. Phone 318-447-1280 (landline,
he doesn't text). Prefers Polish-speaking staff if you have any, but his English is OK.

Elise Ward, MD
Medical Director, RoadReady Mobile Health
""")

# 28 clean-training: HL7 training with obvious sample data
add("clean", "clean-training", "",
    "Interoperability Team <interop@hrcountyhealth.org>", "ELR Onboarding Labs <elr-onboarding@hrcountyhealth.org>",
    "ELR onboarding: sample ORU^R01 for your test feed", D("2026-11-13 11:15"),
"""Hello onboarding partners,

Below is the sample message from our implementation guide (section 4.2). It uses the CDC test
patient conventions - the patient is fictional. Please send your first test messages to the
TEST endpoint only (HRCHD-SURV-T), never production.

MSH|^~\\&|SAMPLE_LIS|SAMPLELAB^00D0000000^CLIA|HRCHD-SURV-T|HRCHD|20260101120000||ORU^R01^ORU_R01|SAMPLE0001|T|2.5.1
PID|1||TEST123456^^^SAMPLELAB^MR||TESTPATIENT^SAMPLE^A||20000101|U
OBR|1||SPEC-0001|94500-6^SARS-CoV-2 RNA Resp Ql NAA+probe^LN|||20260101090000
OBX|1|CWE|94500-6^SARS-CoV-2 RNA Resp Ql NAA+probe^LN||260415000^Not detected^SCT||||||F

Note MSH-11 = T. Anything arriving with P from a lab still in onboarding gets rejected.

Questions: interop@hrcountyhealth.org or office hours Wednesdays 2-3pm.
""")

# 29 phi-names: family member names patient in prose; possessive
add("phi", "phi-names", "Achterberg",
    "Pastor Dale Summers <dsummers@gracefellowshiphr.org>", "St. Brendan's Free Clinic <info@stbrendansclinic.org>",
    "one of our folks", D("2026-11-13 14:02"),
"""Sister Anne,

Wanted to give you a heads-up that Walt Achterberg from our Wednesday supper will probably
come by Saturday. Walt's feet are in rough shape again, the wound on his left heel is draining
and he's out of the gauze you gave him. He said the cream ran out too. His daughter Becky is
going to drive him.

He's proud and won't ask for much so please push him a little on his sugar pills, he told me
he's been "rationing" them.

Blessings,
Dale
""")

# 30 clean-staff: lab + health dept staff about interface downtime (no patients)
add("clean", "clean-staff", "",
    "Owen Birch <obirch@tricountylab.com>", "ELR Support <elr@hrcountyhealth.org>",
    "RE: planned downtime Sunday", D("2026-11-13 16:48"),
"""Confirmed, we'll queue everything from 01:00 to 05:00 Sunday and release in order once your
endpoint is back. Should be ~300 messages based on a normal Sunday. Nothing will be dropped.

If you see duplicates Monday it's probably our side re-sending ACK-less messages, just let us
know the MSH-10 range and we'll check.

Owen Birch | Interface Analyst | Tri-County Reference Laboratory

-----Original Message-----
From: ELR Support <elr@hrcountyhealth.org>
Sent: Friday, November 13, 2026 2:10 PM
To: Owen Birch <obirch@tricountylab.com>
Subject: planned downtime Sunday

Owen, state is patching the surveillance server Sunday 1-5am. Can you hold messages?
""")

# 31 phi-lists: jail med pass exceptions, bullets
add("phi", "phi-lists", "Gaines",
    "Sgt. Robin Tull <rtull@hrcdc-medical.org>", "Nursing Staff <nursing@hrcdc-medical.org>",
    "refusals last night - B pod", D("2026-11-14 06:30"),
"""Night shift refusals/misses, B pod, 11/13:

* Gaines, Terrence #26-03981 - refused 2100 insulin, says he ate commissary. FSBS 288.
* Oyelaran, Marguerite #26-04102 - not in cell at med pass (court transport late). Methadone
  given 2240 after return, witnessed.
* "Tiny" Rollins #26-04233 - refused all meds again, 3rd night. Mental health notified.
* Shaw, Eugene #26-04007 - no-show at window, officer says asleep, BP meds missed.

Please see Gaines and Rollins at sick call first thing.

Sgt. Tull
""")

# 32 clean-news: general health news digest
add("clean", "clean-news", "",
    "Public Health Weekly <digest@publichealthweekly.org>", "subscribers@publichealthweekly.org",
    "This week: RSV shots for older adults, syphilis rates, and school water testing", D("2026-11-14 07:00"),
"""PUBLIC HEALTH WEEKLY - November 14, 2026

1. RSV vaccine uptake among adults 75+ reaches 41% nationally, with wide variation by state.
   Researchers point to pharmacy access as the strongest predictor.

2. Congenital syphilis cases fell for the first time in a decade, according to provisional data.
   Experts caution that the decline is small and concentrated in a few states.

3. A new federal rule will require testing of drinking water taps in all schools and child care
   facilities built before 1988 for lead by 2029.

4. Opinion: Why community health workers deserve a permanent funding line.

You're receiving this because you subscribed at publichealthweekly.org. Unsubscribe anytime.
""")

# 33 phi-struct: FHIR JSON attachment (immunization)
add("phi", "phi-struct", "Baptiste",
    "Registry Integration <registry-int@hrcountyhealth.org>", "EHR Vendor Support <support@clinicloud-ehr.com>",
    "Immunization resource failing validation - ticket 88213", D("2026-11-16 09:25"),
    body="""Hello,

Per ticket 88213, attached is one of the Immunization bundles your system sent us Friday that fails
on Immunization.occurrenceDateTime (future date). Looks like a timezone shift. Patient is real,
please handle accordingly and delete after troubleshooting.

Thanks,
Derrick Olu
Registry Integration, HRCHD
""",
    atts=[("bin", "bundle_20261113_0412.json",
"""{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9172.1", "value": "MB00293841"}],
      "name": [{"family": "Baptiste", "given": ["Widlene", "Marie"]}],
      "gender": "female", "birthDate": "2021-08-30",
      "address": [{"line": ["77 Cypress Bend Rd"], "city": "Harlan Ridge", "state": "LA", "postalCode": "71408"}]}},
    {"resource": {"resourceType": "Immunization", "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]},
      "patient": {"reference": "Patient/p1"},
      "occurrenceDateTime": "2026-11-14T02:30:00-05:00",
      "lotNumber": "Y0122KL", "performer": [{"actor": {"display": "Millbrook CHC Pediatrics"}}]}}
  ]
}
""", "application/json")])

# 34 phi-lang: Haitian Creole, code-switched with English
add("phi", "phi-lang", "Joseph",
    "Marie-Claude Joseph <mcjoseph22@hotmail.com>", "Millbrook Front Desk <frontdesk@millbrookchc.org>",
    "Randevou pou papa m - Wilner Joseph", D("2026-11-16 13:12"),
"""Bonjou,

Mwen se pitit fi Wilner Joseph (dat nesans 12/11/1949). Papa m te gen randevou ak Dr. Menon
jodi a a 2h men li pa t ka vini paske machin nan pa t mache. Li bezwen renouvle medikaman pou
tansyon an ak pou dyabèt la, li rete sèlman 3 grenn. Eske nou ka ba l yon lòt randevou semèn
sa a? Or can the doctor just call in the refill to Walgreens on Main St until we come?

Nimewo m: 318-640-9921. Mèsi anpil.

Marie-Claude
""")

# 35 clean-admin: IT / HR notice
add("clean", "clean-admin", "",
    "HRCHD IT Service Desk <itservicedesk@hrcountyhealth.org>", "All Staff <allstaff@hrcountyhealth.org>",
    "ACTION REQUIRED: Secure email training due Nov 30", D("2026-11-16 08:00"),
"""All staff,

Annual secure email and HIPAA refresher training is due November 30. It takes about 25 minutes
and is in the Learning Portal under "2026 Required".

Reminders:
 - Put [secure] in the subject line to encrypt any message going outside hrcountyhealth.org that
   contains client information.
 - Never send client names to personal email accounts, including your own.
 - Lost a county phone? Call the Service Desk right away at x2400 so we can wipe it.

Staff who have not completed training by 11/30 will have email access suspended until complete.

IT Service Desk
""")

# 36 phi-ids: claim/acct numbers in a reply, 835 remark, little context
add("phi", "phi-ids", "Greer",
    "Joyce Landry <billing@stbrendansclinic.org>", "Marcy Olin <molin@millbrookchc.org>",
    "RE: acct 300-11874 Greer", D("2026-11-16 15:33"),
"""Marcy - the denial came back CO-97 on line 2 (the 96372 injection), bundled. Line 1 paid
$61.14. I'm writing off the balance, not billing him.

Acct 300-11874 / DOS 10/21 / member BSH220918774-02

Joyce

> Joyce, did you ever hear back on Greer's claim? He got a bill from us by mistake and called
> upset. - M
""")

# 37 phi-care: school nurse to parent, hearing/vision screening result (no dx)
add("phi", "phi-care", "Abernathy-Lowe",
    "Tamsin Gray RN <tgray@tessalyusd.org>", "Keith Lowe <keithlowe.hr@gmail.com>",
    "Vision screening follow-up for Olivia", D("2026-11-17 10:05"),
    body="""Dear Mr. Lowe,

During our fall vision screening on November 10, Olivia Abernathy-Lowe (Grade 2, Mrs. Tan) did
not pass the distance screening in her right eye (20/50 right, 20/25 left). This is a screening,
not a diagnosis, but we recommend a full eye exam with an optometrist or ophthalmologist.

If you don't have an eye doctor, the Lions Club voucher program can cover an exam and glasses.
I've put a voucher in her Friday folder. Please return the bottom half of the referral form
after her appointment.

Sincerely,
Tamsin Gray, RN
School Nurse, Westbrook Elementary | 318-404-7300 ext 112
""",
    html="""<html><head><style>
p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}
.sig{color:#1f4e79;font-size:9pt}
</style></head><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>Dear Mr. Lowe,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>During our fall vision screening on November 10, Olivia Abernathy-Lowe (Grade 2, Mrs. Tan) did
not pass the distance screening in her right eye (20/50 right, 20/25 left). This is a screening,
not a diagnosis, but we recommend a full eye exam with an optometrist or ophthalmologist.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>If you don&#8217;t have an eye doctor, the Lions Club voucher program can cover an exam and glasses.
I&#8217;ve put a voucher in her Friday folder. Please return the bottom half of the referral form after her appointment.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Sincerely,</p>
<p class=sig><b>Tamsin Gray, RN</b><br>School Nurse, Westbrook Elementary | 318-404-7300 ext 112</p>
<p style="font-size:7pt;color:#999">This message is intended only for the named recipient and may contain confidential student information protected under FERPA.</p>
</div></body></html>""")

# 38 clean-lookalike: pharmacy loyalty points
add("clean", "clean-lookalike", "",
    "MainStreet Pharmacy Rewards <rewards@mainstreetrx.com>", "tina.b.harlow@gmail.com",
    "You've earned $5 in Wellness Bucks!", D("2026-11-17 12:00"),
"""Hi Tina,

Great news - you've reached 1,000 points and earned $5 Wellness Bucks to use on your next
purchase of vitamins, cold & flu care, or beauty items.

Get your flu shot with us this season and earn 500 bonus points. Walk-ins welcome, most
insurance accepted.

Rewards #: 6001 4482 9910
Points balance: 1,045
Expires: 12/31/2026

(Prescription purchases do not earn points in Louisiana per state law.)
""")

# 39 phi-self: adult patient writes to health dept about their own STI result (Outlook HTML)
add("phi", "phi-self", "Marchand",
    "Derek Marchand <d.marchand@marchandroofing.com>", "STD Clinic <stdclinic@hrcountyhealth.org>",
    "results from last week", D("2026-11-17 22:51"),
    body="""Hi,

I was tested at your clinic on Tuesday Nov 10 (Derek Marchand, DOB 3/14/88). The lady said
somebody would call only if it was positive and nobody called so I guess I'm good? But I just
got a letter in the mail today asking me to come back in and now I'm freaking out. My wife opens
the mail. Can someone just call my cell 318-925-1164 and NOT the house phone. Please.

Derek

Marchand Roofing & Gutters | Licensed & Insured | 318-404-1919
""",
    html="""<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Hi,</p>
<p>I was tested at your clinic on Tuesday Nov 10 (Derek Marchand, DOB 3/14/88). The lady said
somebody would call only if it was positive and nobody called so I guess I&#39;m good? But I just
got a letter in the mail today asking me to come back in and now I&#39;m freaking out. My wife opens
the mail. Can someone just call my cell 318-925-1164 and NOT the house phone. Please.</p>
<p>Derek</p>
<table><tr><td><img src="cid:logo001" width="90"></td><td style="font-size:9pt;color:#444">
<b>Marchand Roofing &amp; Gutters</b><br>Licensed &amp; Insured | 318-404-1919</td></tr></table>
</div></body></html>""")

# 40 clean-training: lead case management training with fictional child
add("clean", "clean-training", "",
    "Lead Program <leadprogram@hrcountyhealth.org>", "Lead CM Trainees <lead-trainees@hrcountyhealth.org>",
    "Module 3 homework: case management plan (fictional case)", D("2026-11-18 08:30"),
"""Trainees,

Please write a case management plan for the following FICTIONAL case and bring it to Friday's
session. Use the CM-Lead template.

  Child "A" - 22 months, venous BLL 14 ug/dL (capillary screen 16 ug/dL two weeks earlier).
  Lives in a 1930s rental duplex with a parent and grandparent. Grandparent makes fishing sinkers
  as a hobby in the kitchen. Child is enrolled in WIC, iron status unknown. Parent works nights.

Questions to address:
  1. Timeline for the environmental investigation (our standard vs. state standard)
  2. Which household members should be tested
  3. Nutritional counseling points and the WIC referral
  4. When to retest and what would trigger a medical referral for chelation evaluation

No real client information in your homework, please. Use "Child A".

- Lead Program Training Team
""")

# 41 phi-struct: HL7 ADT attached as .hl7 octet-stream, hospital to health dept syndromic
add("phi", "phi-struct", "RIOS",
    "Valley Regional Interface Team <hl7-team@valleyregional.org>", "Syndromic Surveillance <syndromic@hrcountyhealth.org>",
    "Requested resend - ADT A04 batch 11/17 (2 msgs failed)", D("2026-11-18 09:10"),
    body="""Attached are the two A04s that failed your parser yesterday (OBX-5 length). We truncated the
chief complaint field and resent; copies attached for your records.

Valley Regional Interface Team
""",
    atts=[("bin", "resend_20261117.hl7",
"""MSH|^~\\&|VRMC_EPIC|VALLEYREGIONAL|HRCHD_SS|HRCHD|20261117143311||ADT^A04^ADT_A01|VR8834021|P|2.5.1\r
EVN|A04|20261117143300\r
PID|1||V00918273^^^VRMC^MR||RIOS^MIGUEL^ANGEL||19850411|M|||410 N PECAN ST^^HARLAN RIDGE^LA^71408||3184401982\r
PV1|1|E|ED^^^VRMC||||||||||||||||VE2611170455\r
OBX|1|CWE|8661-1^Chief complaint^LN||^fever, rash on trunk x3 days, recent travel||||||F\r
OBX|2|NM|21612-7^Age reported^LN||41|a^year^UCUM|||||F\r
MSH|^~\\&|VRMC_EPIC|VALLEYREGIONAL|HRCHD_SS|HRCHD|20261117160548||ADT^A04^ADT_A01|VR8834377|P|2.5.1\r
EVN|A04|20261117160500\r
PID|1||V01122346^^^VRMC^MR||PERKINS^DELIA^||20190203|F|||88 OLD MILL RD^^TESSALY^LA^71411\r
PV1|1|E|ED^^^VRMC||||||||||||||||VE2611170612\r
OBX|1|CWE|8661-1^Chief complaint^LN||^vomiting and diarrhea since last night, several classmates sick||||||F\r
""", "application/octet-stream")])

# 42 clean-staff: TB program staff discuss staffing/process, no names
add("clean", "clean-staff", "",
    "Sana Iqbal <siqbal@hrcountyhealth.org>", "Renata Falk <rfalk@hrcountyhealth.org>",
    "video DOT pilot - thoughts?", D("2026-11-18 12:44"),
"""Renata,

I sat in on the state's video DOT webinar this morning. They're saying adherence in the pilot
counties was the same as in-person DOT (~92% doses observed) and it saved each nurse roughly 6
hours a week of driving. Our mileage budget is already 80% spent for the year.

Main barriers they listed: clients without smartphones, data plans, and people who don't want
to take meds on camera at work. They had loaner phones via a grant.

Want to bring it up at Monday's staff meeting? I think 2-3 of our current clients would be
good candidates but I'd want to ask them first obviously.

Sana
""")

# 43 phi-lang: Somali, CHW to WIC
add("phi", "phi-lang", "Warsame",
    "Faadumo Hersi <fhersi@millbrookchc.org>", "WIC Harlan Ridge <wic@hrcountyhealth.org>",
    "Ballan - Ayaan Warsame / WIC appt", D("2026-11-18 15:02"),
"""Salaan,

Waxaan ka soo qorayaa Millbrook. Hooyada Ayaan Warsame (dhalashada 09/06/1995) waxay dhashay
toddobaadkii hore, ilmaha waa wiil, miisaanka 2.6 kg. Waxay u baahan tahay ballan WIC si
loogu daro ilmaha iyo caanaha. Naasnuujinta way adag tahay, dhakhtarkeeda ayaa u diray
lactation consultant.

Please schedule her with the Somali interpreter if possible. Her phone 318-906-3348, husband
Abdullahi answers sometimes.

Mahadsanid,
Faadumo Hersi, CHW
""")

# 44 phi-names: thread, nickname + possessive, no full names except in quoted part
add("phi", "phi-names", "Pruett",
    "Kayla Simms <ksimms@roadreadyhealth.org>", "Elise Ward <eward@roadreadyhealth.org>",
    "RE: RE: Bud", D("2026-11-19 09:18"),
"""Found him. Bud's camped by the overpass again, said the shelter kicked him out over the dog.
I changed the dressing on his leg, it actually looks better than last week. He took the
antibiotic pills in front of me (day 6 of 10). He wants to know if you can see him Tuesday.

K

-----Original Message-----
From: Elise Ward
Sent: Wednesday, November 18, 2026 5:52 PM
To: Kayla Simms
Subject: RE: Bud

Can you swing by and check on him tomorrow? If the redness is spreading past the line I drew he
needs to go to Valley Regional, no arguing.

-----Original Message-----
From: Kayla Simms
Sent: Wednesday, November 18, 2026 11:20 AM
To: Elise Ward
Subject: Bud

Bud (Lyle Pruett, the one with the pit mix) didn't show at the Hwy 9 stop. Worried.
""")

# 45 clean-admin: meeting agenda / coalition
add("clean", "clean-admin", "",
    "Harlan Ridge Health Coalition <coalition@hrhealthcoalition.org>", "Coalition Members <members@hrhealthcoalition.org>",
    "Agenda - December coalition meeting", D("2026-11-19 10:00"),
"""HARLAN RIDGE HEALTH COALITION
Thursday, December 3, 2026, 9:00-11:00 am
Millbrook CHC Community Room, 2100 Delmar Ave (and Zoom)

1. Welcome, introductions (5 min)
2. Community Health Needs Assessment - survey results preview (Valley Regional, 25 min)
3. Transportation to appointments workgroup update (15 min)
4. Naloxone vending machine - locations and restock data (HRCHD, 15 min)
5. Winter shelter health screening plan (St. Brendan's, 20 min)
6. Announcements, 2027 meeting calendar

Coffee and pastries courtesy of Tessaly Bakery. Please RSVP by Nov 30 so we get the count right.
""")

# 46 phi-lists: school nurse list of kids missing immunizations (HTML table)
add("phi", "phi-lists", "Saechao",
    "Dana Whitcomb <dwhitcomb@tessalyusd.org>", "Immunization Registry Help <immreg@hrcountyhealth.org>",
    "Registry lookups for 6 students - exclusion date 12/1", D("2026-11-19 13:37"),
    html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi registry team,</p>
<p>Our exclusion date is December 1. The parents of these students say the shots were done but we have nothing on file.
Could you check LINKS-HR and let me know what shows? Thank you!!</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e1f2"><th>Student</th><th>DOB</th><th>School</th><th>Missing per our file</th><th>Parent says</th></tr>
<tr><td>Saechao, Kevin</td><td>04/11/2014</td><td>Tessaly MS</td><td>Tdap, MenACWY</td><td>done at Millbrook Aug</td></tr>
<tr><td>Delacroix, Amara</td><td>12/02/2020</td><td>Westbrook ES</td><td>MMR #2, DTaP #5</td><td>done at mobile van</td></tr>
<tr><td>Hoang, Bao</td><td>07/19/2014</td><td>Tessaly MS</td><td>Tdap</td><td>done in California</td></tr>
<tr><td>Ritter, Cole</td><td>01/30/2021</td><td>Westbrook ES</td><td>Varicella #2</td><td>had chickenpox?</td></tr>
<tr><td>Ruiz Ybarra, Daniela</td><td>10/05/2013</td><td>Tessaly MS</td><td>MenACWY</td><td>&mdash;</td></tr>
<tr><td>Washington, Tre&#39;von</td><td>03/22/2020</td><td>Westbrook ES</td><td>IPV #4</td><td>records from Memphis</td></tr>
</table>
<p>Dana Whitcomb, LPN<br>District Health Services Coordinator<br>Tessaly Unified School District</p>
</body></html>""")

# 47 phi-ids: phone text style, DOB + booking number + med
add("phi", "phi-ids", "",
    "Nadia Petrov <npetrov@hrcdc-medical.org>", "Pharmacy Orders <orders@correctrx-pharmacy.com>",
    "stat add", D("2026-11-19 23:40"),
"""Booking 26-04418 DOB 05/27/1999 - levetiracetam 750mg PO BID, start tonight, 14 days. Verified
w/ outside neuro. Pls send w/ AM courier.
NP
Sent from my county iPhone
""")

# 48 clean-news: CDC-style MMWR summary forwarded
add("clean", "clean-news", "",
    "Olivia Marchetti MD <omarchetti@hrcountyhealth.org>", "Epi Team <epi@hrcountyhealth.org>",
    "FW: MMWR - measles importations 2026 YTD", D("2026-11-20 08:14"),
"""FYI, worth reading before the holiday travel push. Our last local case was 2019.

- O.

---------- Forwarded message ---------
From: MMWR Weekly <mmwrweekly@subscriptions.example-cdc.gov>
Date: Thu, Nov 19, 2026 at 1:00 PM
Subject: MMWR Vol. 75 / No. 46

Measles Cases and Outbreaks - United States, January 1-November 12, 2026
As of November 12, 1,104 confirmed measles cases were reported by 38 jurisdictions. Most
cases (89%) occurred in persons who were unvaccinated or whose vaccination status was unknown.
Forty-one outbreaks were reported; 82% of cases were outbreak-associated. Importations from
17 countries were documented. Health care providers should consider measles in patients with
febrile rash illness and recent international travel.
""")

# 49 phi-care: CHC to county, refill/visit, free text, no dx word, windows-1252
add("phi", "phi-care", "O'Shaughnessy",
    "Jo Whitley RN <jwhitley@millbrookchc.org>", "Renata Falk RN <rfalk@hrcountyhealth.org>",
    "Re: O’Shaughnessy – 4-month pickup", D("2026-11-20 11:26"),
"""Renata –

Fiona O’Shaughnessy came in today for her month 3 visit. Weight up 2 lb, no rash, no yellowing,
vision check normal. I gave her 30 days of the rifampin again – she said the 4-month course
“feels like forever” but she’s only missed 1 dose by her own count. LFTs drawn, I’ll send when
they’re back.

Her next pickup is 12/18. She’s switching jobs so her phone may change; she’ll let us know.

Jo

> Jo, could you let me know when Fiona is in for her pickup? Want to make sure she got the
> December bottle before the holidays. –R
""", cs="windows-1252", cte="qp")

# 50 phi-struct: fax cover text + referral (converted fax-to-email)
add("phi", "phi-struct", "Tillery",
    "FaxServer <efax-noreply@hrcountyhealth.org>", "TB Program <tbprogram@hrcountyhealth.org>",
    "Fax received from 3184407711 (3 pages)", D("2026-11-20 14:02"),
"""You have received a 3 page fax. OCR text of page 1 follows. Full image attached in the eFax portal.

==== PAGE 1 (OCR) ====
VALLEY REGIONAL MEDICAL CENTER - INFECTION PREVENTION
FAX COVER SHEET

TO: Harlan Ridge Co. Health Dept, TB Program     FAX: 318-404-2260
FROM: Carla Benavides RN, Infection Prevention   PHONE: 318-440-7700 x4410
DATE: 11/20/26        PAGES (incl cover): 3

RE: Tillery, Dwayne R.   DOB 02/17/1966   MRN V00773015
    Admitted 11/18, airborne isolation. AFB smear x2 POSITIVE (3+), NAAT MTB detected,
    rif resistance NOT detected. CXR RUL cavitary lesion. Started RIPE 11/20.
    Lives with wife and 2 grandchildren (ages 4, 7). Works at Delta Feed & Seed.

[X] Urgent  [ ] For review  [ ] Please reply

The documents accompanying this facsimile contain confidential health information that is
legally privileged. If you have received this fax in error, notify the sender immediately.
""")

# 51 clean-lookalike: bank / HSA marketing
add("clean", "clean-lookalike", "",
    "Bayou Federal Credit Union <offers@bayoufcu.org>", "member-news@bayoufcu.org",
    "Open an HSA before Dec 31 and get a $50 bonus", D("2026-11-20 16:00"),
"""Health Savings Accounts from Bayou Federal

- Contributions are tax-deductible, growth is tax-free, and withdrawals for qualified medical
  expenses are tax-free.
- 2026 limits: $4,400 individual / $8,750 family.
- Pay for doctor visits, prescriptions, glasses and dental work with your HSA debit card.

Open by December 31 with a $100 opening deposit and we'll add $50*.

*Must be enrolled in a qualifying high-deductible health plan. Bonus paid within 60 days.
Federally insured by NCUA. Bayou Federal Credit Union, 400 Main St, Harlan Ridge LA 71408.
""")

# 52 phi-self: forward of a patient's message (rfc822 attached) by school nurse? -> patient herself forwarding
add("phi", "phi-self", "Brandstetter",
    "Kaylee Brandstetter <kbrandstetter03@gmail.com>", "St. Brendan's Free Clinic <info@stbrendansclinic.org>",
    "Fwd: your bill - can you help??", D("2026-11-21 09:47"),
    body="""Hi, Sister Anne said to send you this. I went to the Valley Regional ER in October for my
stomach pain and they're sending me to collections for $2,318. I don't have insurance and I make
like $1,400 a month. She said you help people apply for the charity care thing. The email from
them is attached. I can come in Tuesday.

Kaylee Brandstetter
318-275-6630
""",
    atts=[("rfc822", M("Valley Regional Patient Financial Services <pfs-noreply@valleyregional.org>",
                        "kbrandstetter03@gmail.com",
                        "Statement available - Account 70044921188", D("2026-11-18 06:00"),
                        body="""Dear KAYLEE BRANDSTETTER,

A new statement is available for your account.

Guarantor account: 70044921188
Patient: KAYLEE M BRANDSTETTER
Date of service: 10/09/2026 - Emergency Department
Services: ED visit level 4, CT abdomen/pelvis w contrast, CBC, CMP, lipase, urinalysis
Total charges: $6,912.00
Adjustments: -$4,594.00 (self-pay discount)
Amount due: $2,318.00
Due date: 12/01/2026

This account is past due and may be referred to an outside collection agency after 120 days.
Financial assistance may be available. Visit valleyregional.org/financial-assistance.

Pay online: valleyregional.org/pay or call 318-440-7000 option 3.
"""))])

# 53 clean-training: CHW training with role-play, sample names obviously fake
add("clean", "clean-training", "",
    "Faadumo Hersi <fhersi@millbrookchc.org>", "CHW Team <chw@millbrookchc.org>",
    "Slides + practice cards for motivational interviewing session", D("2026-11-23 08:15"),
"""Hi everyone,

Attached are the slides from last week (in the shared drive under Trainings > MI Nov 2026) and
the practice cards. The cards are all invented people - "Mr. Blue", "Ms. Green", etc. - please
don't swap in anyone you actually work with, even with the name changed, because people here
recognize each other's stories.

Card 1: Mr. Blue, 60s, says he "feels fine" and doesn't see why he should take a pill every day.
Card 2: Ms. Green, 30s, wants to quit smoking "after the holidays".
Card 3: Mx. Orange, 20s, keeps missing appointments because of work schedule changes.

Practice the OARS skills: open questions, affirmations, reflections, summaries.

Faadumo
""")

# 54 phi-lists: ZIP attachment with a lead case list (xlsx export as csv in zip)
add("phi", "phi-lists", "Thibodeaux",
    "Corey Nash <cnash@hrcountyhealth.org>", "Angela Ferris <aferris@hrcountyhealth.org>",
    "[secure] open lead cases for the environmental team", D("2026-11-23 10:50"),
    body="""Angela,

Zipped the open cases >= 5 ug/dL that still need a home visit, password is the usual one (I'll
text it). Top two are the priorities - both over 20 and both in the Magnolia St block.

Corey
""",
    atts=[("zip", "open_lead_cases_20261123.zip", {
        "open_lead_cases.csv":
"""case_no,child_last,child_first,dob,bll_ugdl,test_date,test_type,address,parent_phone,visit_status
L26-0091,Thibodeaux,Remy,2023-02-14,24.1,2026-11-04,venous,"512 Magnolia St, Harlan Ridge",318-339-8812,not scheduled
L26-0093,Mouton,Ezra,2023-05-03,20.3,2026-11-12,venous,"526 Magnolia St, Harlan Ridge",318-227-6180,not scheduled
L26-0094,Whitfield,Harper,2024-06-18,6.8,2026-11-19,venous,"530 Magnolia St, Harlan Ridge",318-339-0472,not scheduled
L26-0088,Lam,Jasmine,2022-09-01,9.4,2026-10-22,venous,"17 Cotton Row, Tessaly",318-612-9930,scheduled 11/30
L26-0085,Okafor,Daniel,2024-01-10,6.0,2026-10-15,capillary,"2204 Elm Ave Apt B, Harlan Ridge",318-906-4471,needs venous confirm
L26-0079,Boudreaux,Lily,2021-12-12,5.6,2026-09-30,venous,"9 Bayou Ln, Harlan Ridge",318-447-2209,parent declined
"""})])

# 55 phi-care: lab to county, specimen problem (no dx)
add("phi", "phi-care", "Grayson",
    "Client Services <clientservices@tricountylab.com>", "Millbrook Lab Desk <lab@millbrookchc.org>",
    "Specimen rejected - Grayson, Tamika - recollect needed", D("2026-11-23 13:20"),
"""Millbrook Lab,

The following specimen was received hemolyzed and cannot be run:

  Patient: GRAYSON, TAMIKA L
  DOB: 10/02/1990
  Accession: TCL-4490318
  Collected: 11/21/2026 16:40
  Tests: Potassium, Magnesium, Lithium level

Please recollect. Lithium level should be drawn 12 hours after the last dose. No charge will be
applied for the rejected specimen.

Tri-County Reference Laboratory - Client Services
1-877-464-2000
""")

# 56 clean-staff: complaint about copier / parking etc.
add("clean", "clean-staff", "",
    "Gil Ramos <gramos@hrcountyhealth.org>", "Facilities <facilities@hrcountyhealth.org>",
    "the clinic side door AGAIN", D("2026-11-23 16:12"),
"""Hi facilities,

The side door by the STD clinic exam rooms is sticking again and doesn't latch unless you slam it.
That's a privacy problem (people in the waiting room can see straight down the hall when it
swings open) and a security one.

Ticket #4412 was closed in October as "fixed" but it wasn't. Can someone come look this week
before the Tuesday walk-in clinic?

Thanks
Gil Ramos, DIS
""")

# 57 phi-names: Subject line name only; body refers to "her" + staff names
add("phi", "phi-names", "Delacroix",
    "Heather Kim <hkim@hrcountyhealth.org>", "Gabe Morales <gmorales@hrcountyhealth.org>",
    "Mrs. Delacroix (Pine St)", D("2026-11-24 08:55"),
"""She called the nurse line twice yesterday saying she's out of the blood thinner and the
pharmacy won't fill it without a new INR. Dr. Barlow says she needs the draw first. Can you
take the point-of-care meter when you go out there today? I'll call Walgreens once I have a
number.

Also her grandson says she fell on Sunday, nothing broken but she's bruised up. With the
warfarin that worries me. Take a look at her.

H
""")

# 58 phi-lang: Portuguese, Brazilian patient writing about her own care
add("phi", "phi-lang", "Carvalho",
    "Juliana Carvalho <ju.carvalho.br@gmail.com>", "Millbrook CHC <info@millbrookchc.org>",
    "resultado do preventivo", D("2026-11-24 12:31"),
"""Olá,

Meu nome é Juliana Souza Carvalho, nascida em 15/08/1987. Fiz o exame preventivo (papanicolau)
com a enfermeira Jo no dia 3 de novembro e ainda não recebi o resultado. No portal aparece
"resultado anormal - aguardando revisão do médico" e fiquei muito preocupada. Alguém pode me
ligar? Meu inglês não é muito bom, prefiro em português ou espanhol se possível.

Telefone: 318-402-5589

Obrigada,
Juliana
""", cs="iso-8859-1", cte="qp")

# 59 clean-admin: budget / grant budget line items
add("clean", "clean-admin", "",
    "Finance Office <finance@hrcountyhealth.org>", "Program Managers <program-mgrs@hrcountyhealth.org>",
    "FY27 budget requests due Dec 11", D("2026-11-24 14:00"),
"""Program managers,

FY27 budget request templates are in the Finance SharePoint. Due December 11 at 5pm.

Please note:
 - Personnel lines: use the 3% COLA assumption from the County Administrator's memo.
 - Vaccine purchases for the adult program must be separated from VFC (state-supplied) doses.
 - Mileage reimbursement stays at $0.67/mile.
 - Any new position requests need a one-page justification tied to program outcomes.

The TB program's state contract and the STD/HIV Prevention cooperative agreement have
different fiscal years; list them as separate funding sources.

Finance Office, Harlan Ridge County Health Department
""")

# 60 phi-ids: 835 remittance snippet with claim/patient control numbers
add("phi", "phi-ids", "MOREAU",
    "Marcy Olin <molin@millbrookchc.org>", "Joyce Landry <billing@stbrendansclinic.org>",
    "835 line you asked about", D("2026-11-24 15:47"),
"""here's the segment from the ERA, see the CAS:

CLP*MB2610440087*1*285*91.14*0*MC*2026302AB90112*11*1~
NM1*QC*1*MOREAU*DENISE*A***MI*BSH661029457~
DTM*232*20261029~
SVC*HC:99214*210*91.14**1~
CAS*CO*45*118.86~
SVC*HC:36415*25*0**1~
CAS*CO*97*25~
SVC*HC:83036*50*0**1~
CAS*PR*204*50~

so the A1c (83036) went to patient resp as non-covered. I'd appeal that one.
""")

# 61 clean-lookalike: "patient" in a non-health sense / HR benefits open enrollment
add("clean", "clean-lookalike", "",
    "County HR Benefits <benefits@harlanridgecounty.gov>", "All County Employees <allemployees@harlanridgecounty.gov>",
    "Open Enrollment ends Friday - dental, vision, EAP", D("2026-11-25 08:00"),
"""County employees,

Open enrollment for 2027 benefits closes Friday, November 27 at 11:59 pm.

What's changing:
 - Medical plan premiums increase 4.2% (employee share)
 - New vision carrier: ClearSight. New ID cards will be mailed in December.
 - Dental annual maximum goes up to $2,000
 - EAP now includes 8 free counseling sessions per issue per year (was 6)

If you do nothing, your current elections roll over, EXCEPT flexible spending accounts, which
must be re-elected every year.

Questions: benefits@harlanridgecounty.gov or x1150.
""")

# 62 phi-struct: CCD fragment XML attached as text/xml
add("phi", "phi-struct", "Ferreira",
    "HIE Notifications <notify@bayouhie.org>", "Care Coordination <carecoord@millbrookchc.org>",
    "ENS: Discharge notification for attributed patient", D("2026-11-25 03:12"),
    body="""Bayou Health Information Exchange - Encounter Notification Service

An attributed patient was discharged. The C-CDA excerpt is attached. Log in to the HIE portal
for the full document.
""",
    atts=[("text", "discharge_summary_excerpt.xml",
"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.8"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20261124183000-0500"/>
  <recordTarget><patientRole>
    <id extension="V00664021" root="2.16.840.1.113883.3.4499.1"/>
    <addr><streetAddressLine>3301 Levee Rd</streetAddressLine><city>Tessaly</city><state>LA</state></addr>
    <patient>
      <name><given>Antonio</given><given>Luis</given><family>Ferreira</family></name>
      <administrativeGenderCode code="M"/>
      <birthTime value="19620905"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Hospital Course</title>
      <text>Admitted 11/21 with COPD exacerbation. Treated with nebulizers, prednisone, doxycycline.
      Weaned to room air. Discharged home with PCP follow-up in 7 days and pulmonary rehab referral.</text>
    </section></component>
    <component><section>
      <title>Discharge Medications</title>
      <text>prednisone 40 mg daily x3 more days; tiotropium inhaler daily; albuterol HFA PRN</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""", "xml")])

# 63 clean-news: county dashboard
add("clean", "clean-news", "",
    "HRCHD Epidemiology <epi@hrcountyhealth.org>", "Partners <partners-list@hrcountyhealth.org>",
    "Respiratory Illness Dashboard - week ending 11/21", D("2026-11-25 10:30"),
    body="""Respiratory Illness Dashboard - Harlan Ridge County - MMWR week 47

                         This wk   Last wk   Same wk 2025
Influenza (lab+)             38        21            44
RSV (lab+)                   27        25            31
COVID-19 (lab+)              12        15            40
ED visits for ILI (%)       3.9       2.8           4.4
Hospital admits, flu          6         3             9

Influenza activity is increasing, predominantly A(H3N2). Flu vaccine is available at all
HRCHD clinics, Tuesday-Thursday, no appointment needed.

Data are provisional. Counts under 5 are not suppressed at county level as they are not
linked to any demographic detail.
""")

# 64 phi-lang: Chinese (simplified), family member to free clinic
add("phi", "phi-lang", "黄",
    "Wong Mei <meiwong1975@163.com>", "St. Brendan's Free Clinic <info@stbrendansclinic.org>",
    "关于我父亲黄国华的复诊", D("2026-11-25 19:20"),
"""您好，

我父亲黄国华（出生日期 1948年4月2日）上个月在你们诊所看过病，医生给他开了降压药，说两个星期后回来复查血压。
但是他那天忘了预约。他现在每天早上头晕，药还剩五天。请问周六可以带他过来吗？他不会说英文，需要中文翻译。

我的电话：318-612-7304

谢谢！
黄美 (Mei Wong)
""", cte="b64")

# 65 phi-names: holiday thank-you naming a client + care, from DIS to colleague (reply w/ quoted)
add("phi", "phi-names", "Stroud",
    "Keisha Pratt <kpratt@hrcountyhealth.org>", "Luis Ochoa <lochoa@hrcountyhealth.org>",
    "RE: partner f/u - where we're at this week", D("2026-11-25 16:05"),
"""Update on Ashlyn Stroud's side: she came back in for her 2nd and 3rd shots (Bicillin
series done 11/24) and she brought her new boyfriend in on her own for testing. Gave him the
walk-in slot. Honestly one of the easiest ones this year.

Barrow's partner Corinne - field visit Friday, nobody home, left the green card like you said.

K

> Ashlyn Stroud  Dev Kapoor  tx'd at St Brendan's 11/4, done
> Corinne Achter letter sent, no response, try field
""")

# 66 clean-staff: school nurses asking about policy, generic
add("clean", "clean-staff", "",
    "Dana Whitcomb <dwhitcomb@tessalyusd.org>", "School Nurses <schoolnurses@tessalyusd.org>",
    "Stock epinephrine - expiration check", D("2026-11-30 07:45"),
"""Good morning nurses,

Please check the expiration dates on your stock epinephrine auto-injectors (the district ones,
not student-specific ones) and reply with your building and dates by Friday. The manufacturer
grant replaces them free but only if we submit by Dec 15.

Also, a reminder that anaphylaxis training for new staff is on the PD day, Jan 4. If you have
new cafeteria or front office staff, sign them up.

Thanks!
Dana
""")

# 67 phi-lists: mobile clinic daily log pasted (pipe table)
add("phi", "phi-lists", "Nakamura",
    "Kayla Simms <ksimms@roadreadyhealth.org>", "Elise Ward <eward@roadreadyhealth.org>",
    "Sat stop log - St. Jude lot", D("2026-11-30 18:10"),
"""Here's Saturday. 14 seen total, only the ones needing f/u below.

| Name               | DOB        | Seen for              | F/U                         |
|--------------------|------------|-----------------------|-----------------------------|
| Nakamura, Ren      | 1979-02-11 | BP check, refill amlo | Millbrook PCP in 2 wk       |
| Hollis, Shirley    | 1951-07-30 | flu + pneumo shot     | none                        |
| Escobar, Wilmer    | 1990-12-04 | hand laceration check | sutures out Tues            |
| Pham, Anh Thu      | 1984-05-19 | HIV/HCV rapid tests   | results given, neg/neg      |
| Boone, Curtis "CB" | 1967-03-08 | foot wound dressing   | see Tues, needs podiatry    |

Supplies: out of size M gloves and low on tetanus. Van generator making the noise again.
""")

# 68 clean-admin: job posting
add("clean", "clean-admin", "",
    "Millbrook CHC Human Resources <hr@millbrookchc.org>", "Staff <allstaff@millbrookchc.org>",
    "Internal posting: Bilingual Community Health Worker (Vietnamese/English)", D("2026-11-30 09:00"),
"""INTERNAL JOB POSTING - closes December 14

Position: Community Health Worker II, bilingual Vietnamese/English
Department: Community Programs | Full-time, 40 hrs | Grade CHW-2

Responsibilities include outreach at community events, helping patients navigate appointments
and coverage applications, health education in Vietnamese and English, and home visits.

Requirements: state CHW certification (or within 12 months of hire), valid driver's license,
fluency in Vietnamese and English (will be assessed).

Staff referrals who are hired earn a $500 referral bonus after 90 days.
Apply through the HR portal.
""")

# 69 phi-ids: short reply with MRN + DOB, "results" only
add("phi", "phi-ids", "",
    "Jo Whitley <jwhitley@millbrookchc.org>", "Ravi Menon MD <rmenon@millbrookchc.org>",
    "RE: MRN 00448317", D("2026-12-01 10:12"),
"""Came back 8.9. LDL 162. Pt's coming Thursday 2:40 to go over. I already moved the statin
question to your list.

> add on A1c and lipid panel to this morning's draw for MRN 00448317 if the tube is still
> there. DOB 9/22/61. thx -RM
""")

# 70 phi-self: patient writes to county TB program himself (non-native English)
add("phi", "phi-self", "Abdirahman",
    "Hamza Abdirahman <hamza.abdi88@gmail.com>", "Renata Falk <rfalk@hrcountyhealth.org>",
    "about my xray appointment", D("2026-12-01 17:44"),
"""Dear Ms Renata,

This is Hamza from the warehouse, you tested my blood in October and say it is positive but I
am not sick. I have the xray appointment 16 November but my supervisor did not let me go, I
am sorry. Please can you make new appointment on Saturday or after 4 pm? I am worried to lose
my job if I leave again. Also my wife ask if she need the test too because we live together.

Thank you very much
Hamza Abdirahman
318 906 2231
""")

# 71 phi-struct: 837P snippet attached as .x12 octet-stream
add("phi", "phi-struct", "LEBLANC",
    "Joyce Landry <billing@stbrendansclinic.org>", "Clearinghouse Support <support@claimbridge-edi.com>",
    "837 rejected 999 IK3 - file attached", D("2026-12-02 11:05"),
    body="""Hi, our 837P batch from Monday came back with a 999 reject (IK3*NM1*18**8). File attached.
I think it's the subscriber/patient loop since this member is a dependent. Can you tell me what to
fix? We only send maybe 20 claims a month so I'm not great at this.

Joyce Landry
St. Brendan's Free Clinic
""",
    atts=[("bin", "STB_837P_20261130.x12",
"""ISA*00*          *00*          *ZZ*STBRENDANS     *ZZ*CLAIMBRIDGE    *261130*0915*^*00501*000000218*0*P*:~
GS*HC*STBRENDANS*CLAIMBRIDGE*20261130*0915*218*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*STB1130A*20261130*0915*CH~
NM1*41*2*ST BRENDANS FREE CLINIC*****46*STB0001~
NM1*40*2*BAYOU STATE HEALTH PLAN*****46*77410~
HL*1**20*1~
NM1*85*2*ST BRENDANS FREE CLINIC*****XX*1730288164~
N3*615 CHURCH ST~
N4*HARLAN RIDGE*LA*71408~
REF*EI*726001842~
HL*2*1*22*1~
SBR*P*01*******MC~
NM1*IL*1*LEBLANC*ROLAND****MI*BSH339017265~
HL*3*2*23*0~
PAT*19~
NM1*QC*1*LEBLANC*ETHAN*J~
N3*44 ACADIA DR~
N4*TESSALY*LA*71411~
DMG*D8*20120917*M~
CLM*STB26110301*145***11:B:1*Y*A*Y*Y~
HI*ABK:J02.9~
NM1*82*1*OKAFOR*GRACE****XX*1093817264~
LX*1~
SV1*HC:99213*110*UN*1***1~
DTP*472*D8*20261103~
LX*2~
SV1*HC:87880*35*UN*1***1~
DTP*472*D8*20261103~
SE*28*0001~
GE*1*218~
IEA*1*000000218~
""", "application/octet-stream")])

# 72 clean-training: tabletop exercise for outbreak (fictional)
add("clean", "clean-training", "",
    "Emergency Preparedness <prep@hrcountyhealth.org>", "POD Staff <pod-staff@hrcountyhealth.org>",
    "Tabletop exercise Dec 9 - Situation Manual", D("2026-12-02 13:30"),
"""Staff,

Our mass-dispensing (POD) tabletop is Wednesday Dec 9, 1-4 pm, Conference Room B.

SCENARIO (FICTIONAL - EXERCISE EXERCISE EXERCISE)
Day 0: The state lab confirms a cluster of hepatitis A among patrons of a fictional
restaurant, "Gulf Grill", in downtown Harlan Ridge. An estimated 2,400 people ate there during
the exposure window. The Health Officer orders a post-exposure vaccination POD within 72 hours.

Inject 1 (hour 6): A local TV station reports the name of a food worker (fictional) on air.
Inject 2 (hour 20): Vaccine shipment is 40% short.
Inject 3 (hour 30): A school asks whether students who ate there on a field trip need shots.

Roles will be assigned at the door. Please read the POD plan, Annex C, beforehand.
""")

# 73 phi-care: health dept to school, return-to-school clearance (no dx word)
add("phi", "phi-care", "Beaulieu",
    "Sana Iqbal RN <siqbal@hrcountyhealth.org>", "Tamsin Gray <tgray@tessalyusd.org>",
    "OK for Noah Beaulieu to return Monday", D("2026-12-03 15:40"),
"""Tamsin,

Noah Beaulieu (5th grade) is cleared to return on Monday 12/7. His chest x-ray on 12/1 was
normal and he's been seen by our clinic physician. He has a 9-month prescription that his
dad will give at home; no doses needed at school.

No action needed for classmates at this time. Please don't share this with staff beyond those
who need to know. Dad (Marc) is aware I'm emailing you.

Sana Iqbal, RN
TB Program | Harlan Ridge County Health Department
""")

# 74 clean-lookalike: car / tire center "check-up" -- or dental for a dog? use  a daycare "health form" generic
add("clean", "clean-lookalike", "",
    "Little Acorns Learning Center <office@littleacornsla.com>", "Little Acorns Families <families@littleacornsla.com>",
    "Reminder: updated health forms due January 8", D("2026-12-03 16:00"),
"""Dear Little Acorns families,

State licensing requires an updated Child Health Assessment form and immunization record for
every child each year. Blank forms are in the cubby baskets and on our website.

Please turn in forms by Friday, January 8. Children without updated forms may not attend
after January 15 (state rule, not ours!).

Also: the stomach bug is going around. Please keep children home for 24 hours after the last
episode of vomiting or diarrhea.

Thank you!
Ms. Renee & the Little Acorns staff
""")

# 75 phi-names: school nurse to counselor, student referred to by first name + initial and parent's name
add("phi", "phi-names", "Hoang",
    "Tamsin Gray <tgray@tessalyusd.org>", "Jenna Park <jpark@tessalyusd.org>",
    "checking in re: Bao H.", D("2026-12-04 11:02"),
"""Jenna,

Bao H. (7th, Coach Dupree's homeroom) has been in my office 4 times this week with headaches
and stomachaches, always right before 3rd period. Temp normal every time, eats lunch fine. Mom
(Mrs. Hoang Thi Nga) says he's been up late and "doesn't want to go to school". I gave him
ibuprofen once with her permission.

Could you see him? I don't think this is physical. I'd like to loop in his pediatrician at
Millbrook if mom agrees.

Tamsin
""")

# 76 phi-lang: Tagalog/English code-switch, jail nurse to family? -> family to jail
add("phi", "phi-lang", "Dizon",
    "Rowena Dizon <rowena.dizon76@yahoo.com>", "Medical Unit <medical@hrcdc-medical.org>",
    "Re: anak ko si Paolo Dizon", D("2026-12-04 20:33"),
"""Hello po,

Ako po ang nanay ni Paolo Dizon (booking 26-04561, birthday niya Jan 9, 2002). Tumawag siya
kanina at sabi niya masakit pa rin ang ngipin niya at namamaga na ang pisngi niya. Three days
na po siyang nag-request ng sick call pero wala pang dentist. Pwede po bang matingnan siya
bukas? Hindi siya makakain nang maayos.

Salamat po,
Rowena Dizon
318-771-0456
""")

# 77 clean-news: press release on naloxone vending machines
add("clean", "clean-news", "",
    "Office of Communications <press@hrcountyhealth.org>", "Media List <media@hrcountyhealth.org>",
    "PRESS RELEASE: Free naloxone vending machines now at 4 county sites", D("2026-12-07 09:00"),
"""FOR IMMEDIATE RELEASE - December 7, 2026
Contact: Alana Brooks, Communications, 318-404-2210

HARLAN RIDGE - Free naloxone (Narcan) nasal spray is now available 24/7 from vending machines
at four locations: the Health Department lobby, Millbrook Community Health Center, the Tessaly
Public Library, and outside the Harlan Ridge County Detention Center release door.

Since the first machine was installed in August, 1,310 kits have been dispensed. No ID or
personal information is required.

"If you have naloxone in your pocket, you can save a life," said Health Director Dr. Olivia
Marchetti. Overdose deaths in the county fell from 39 in 2024 to 27 in 2025.

###
""")

# 78 phi-lists: jail intake TB screening roster, windows-1252 csv attachment
add("phi", "phi-lists", "Guidry",
    "Nadia Petrov NP <npetrov@hrcdc-medical.org>", "TB Program <tbprogram@hrcountyhealth.org>",
    "weekly intake screening - 2 need follow up", D("2026-12-07 08:20"),
    body="""Renata / Sana,

Attached is this week's intake symptom screen. Everyone else was negative on the questionnaire.
The two flagged are below - Guidry has the cough and night sweats and a prior positive skin test
from 2019 in Texas. We put him in the negative pressure cell and got a CXR ordered for tomorrow.

Nadia
""",
    atts=[("text", "intake_screen_wk49.txt",
"""HRCDC INTAKE TB SYMPTOM SCREEN - WEEK 49 (11/30-12/06) - FLAGGED ONLY

Booking    Name                   DOB          Screen                          Action
26-04590   GUIDRY, Jean-Luc       1984-10-03   cough 3 wk, night sweats, +TST  AII room, CXR 12/8
26-04602   Núñez, Armando         1977-06-21   wt loss 10 lb, no cough         IGRA drawn 12/5

Total screened: 61   Flagged: 2
""", "plain", "qp")])

# 79 clean-staff: reply thread about meeting scheduling
add("clean", "clean-staff", "",
    "Heather Kim <hkim@hrcountyhealth.org>", "Gabe Morales <gmorales@hrcountyhealth.org>",
    "RE: home visit bag inventory", D("2026-12-07 14:15"),
"""Sounds good. I'll restock the BP cuffs (adult large) and grab more of the sharps containers
from central supply. The scale in bag #2 needs new batteries. The POC INR meter strips expire
in January, so we should order before the holidays.

> Can we do the bag inventory Wednesday afternoon instead of Tuesday? I have court on Tuesday
> for the county subpoena thing.
""")

# 80 phi-self: email from adult asking about her own immunization record for nursing school
add("phi", "phi-self", "Okafor",
    "Grace N. Okafor <gnokafor@students.lsnu.edu>", "Immunization Registry Help <immreg@hrcountyhealth.org>",
    "Need my shot record for clinical placement", D("2026-12-08 07:52"),
"""Good morning,

I'm a nursing student and my clinical placement at Valley Regional starts January 11. They need
proof of 2 MMR, 2 varicella, hep B series and a Tdap within 10 years. I grew up here and got
most of my shots at the health department on Pine St as a kid.

Name: Grace Nkechi Okafor
DOB: 01/25/2003
Mother's maiden name: Eze

My hep B titer from last month came back negative so I may need to repeat the series, is that
something you can do at the Tuesday clinic? 

Thank you so much,
Grace
""")

# 81 phi-ids: fax number / acct / DOB to pharmacy, minimal context
add("phi", "phi-ids", "",
    "Jo Whitley RN <jwhitley@millbrookchc.org>", "Valley Regional Outpatient Pharmacy <oprx@valleyregional.org>",
    "PA approved - pls release", D("2026-12-08 10:30"),
"""Prior auth approved today, PA# 26-113804, good thru 06/08/2027.
Rx# 6620418, pt DOB 11/02/1974, member BSH418802277-01.
Please release to pt, she's waiting in your lobby.
Jo W., RN - Millbrook CHC
""")

# 82 clean-admin: Outlook HTML meeting minutes, aggregate only, with disclaimer
add("clean", "clean-admin", "",
    "Harriet Solis <hsolis@millbrookchc.org>", "Quality Committee <quality@millbrookchc.org>",
    "Minutes - Quality Improvement Committee 12/8", D("2026-12-08 16:45"),
    body="""QI Committee minutes, 12/8/2026
Present: H. Solis, R. Menon, J. Whitley, K. Dao, F. Hersi. Absent: B. Callahan.

1. Hypertension control (UDS measure): 61.8% controlled, up from 58.2% in Q2. Goal 65%.
2. Childhood immunization status (combo 10) by age 2: 44%. Barrier: no-shows at 15- and 18-month visits.
3. Colorectal screening: FIT kit return rate 38%. Pilot text reminders in January.
4. Incident reports: 3 this quarter, none with harm. Themes: specimen labeling, fridge temp logs.

Next meeting January 12.
""",
    html="""<html><head><style>p.MsoNormal,li{font-family:Calibri;font-size:11pt}</style></head><body>
<p class=MsoNormal><b>QI Committee minutes, 12/8/2026</b></p>
<p class=MsoNormal>Present: H. Solis, R. Menon, J. Whitley, K. Dao, F. Hersi. Absent: B. Callahan.</p>
<ol>
<li>Hypertension control (UDS measure): 61.8% controlled, up from 58.2% in Q2. Goal 65%.</li>
<li>Childhood immunization status (combo 10) by age 2: 44%. Barrier: no-shows at 15- and 18-month visits.</li>
<li>Colorectal screening: FIT kit return rate 38%. Pilot text reminders in January.</li>
<li>Incident reports: 3 this quarter, none with harm. Themes: specimen labeling, fridge temp logs.</li>
</ol>
<p class=MsoNormal>Next meeting January 12.</p>
<p style="font-size:8pt;color:#808080">CONFIDENTIAL: Quality improvement work product privileged under La. R.S. 13:3715.3. Do not forward.</p>
</body></html>""")

# 83 phi-care: CHC front desk confirmation text to patient (appointment reminder w/ procedure)
add("phi", "phi-care", "Ibarra",
    "Millbrook CHC Reminders <reminders@millbrookchc.org>", "yibarra.mama@gmail.com",
    "Appointment reminder: Santiago Ibarra - Tue Dec 15 9:20 AM", D("2026-12-09 08:00"),
    body="""Hello,

This is a reminder that Santiago Ibarra has an appointment at Millbrook Community Health Center:

  Tuesday, December 15, 2026 at 9:20 AM
  Pediatrics - Dr. Grace Okafor-Haynes
  Visit type: 12-month well child check + vaccines + fingerstick (hemoglobin, lead)

Please arrive 15 minutes early and bring his shot record and insurance card.
To cancel or reschedule call 318-404-5120.

Recordatorio: Santiago Ibarra tiene cita el martes 15 de diciembre a las 9:20 AM.
""",
    cs="utf-8", cte="qp")

# 84 clean-training: epi class with a de-identified line list (obviously synthetic)
add("clean", "clean-training", "",
    "Priya Raman <praman@hrcountyhealth.org>", "Epi Fellows <epi-fellows@hrcountyhealth.org>",
    "Exercise: build an epi curve from this (synthetic) line list", D("2026-12-09 13:10"),
    body="""Fellows,

Attached is a synthetic line list for Friday's exercise. IDs are random, ages are jittered,
and there are no names because it's not real. Make an epi curve by onset date, compute the
attack rate by meal item, and tell me which exposure you'd pursue.

Priya
""",
    atts=[("text", "synthetic_linelist.csv",
"""case_id,age,sex,onset_date,symptoms,ate_chicken,ate_potato_salad,ate_cake
S001,34,F,2026-06-14,diarrhea;cramps,Y,Y,N
S002,41,M,2026-06-14,diarrhea;vomiting,Y,Y,Y
S003,29,F,2026-06-15,diarrhea,N,Y,Y
S004,57,M,2026-06-15,diarrhea;fever,Y,Y,N
S005,12,F,2026-06-15,vomiting,N,Y,N
S006,63,F,2026-06-16,diarrhea;cramps,Y,N,Y
S007,38,M,2026-06-14,diarrhea,N,Y,N
""", "csv")])

# 85 phi-names: forwarded newspaper-ish tip from coworker naming a client + care (Outlook fwd)
add("phi", "phi-names", "Tillery",
    "Carla Benavides RN <cbenavides@valleyregional.org>", "Sana Iqbal <siqbal@hrcountyhealth.org>",
    "FW: discharge planning - Mr. T", D("2026-12-09 17:25"),
"""Sana - see below from our case manager. Mr. Tillery wants to go home Friday. Can your team do
DOT at the house starting Saturday? Wife (Loretta) is on board. The grandkids went to stay with
their mom.

Carla

From: Tonya Rideaux <trideaux@valleyregional.org>
Sent: Wednesday, December 9, 2026 3:02 PM
To: Carla Benavides <cbenavides@valleyregional.org>
Subject: discharge planning - Mr. T

Carla, Dwayne in 412 is asking every hour when he can leave. Dr. Akers says 3 negative smears
by Thurs then OK from our end if the health dept agrees. He'll need meds delivered - his pharmacy
is the Walgreens on Main. Who do I call at county?

Tonya Rideaux, RN, BSN | Case Management | Valley Regional Medical Center
""")

# ---------------------------------------------------------------------------
def main():
    counters = {}
    rows = []
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        fn = "%s-%03d.eml" % (m["kind"], i)
        msg = build(m, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, m["label"], m["kind"], m["patient"] if m["label"] == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    print("wrote", len(rows))

if __name__ == "__main__":
    main()
