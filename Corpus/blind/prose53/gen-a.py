#!/usr/bin/env python3
"""Blind evaluation mail set - surgical services / bariatric programme. SEED=5301."""
import sys, os, io, csv, zipfile, random, json
import email.policy
from email.message import EmailMessage

random.seed(5301)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
SEQ = [0]

H = "hrmc.org"  # Harrowgate Regional Medical Center

DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
        "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
        "please contact the sender by reply e-mail and destroy all copies of the original message.\n")


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()


def mk(label, kind, patient, frm, to, subj, date, body, html=None, atts=(), cc=None,
       cte=None, hdrs=None):
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    SEQ[0] += 1
    i = SEQ[0]
    fn = "%s-%s-%03d.eml" % (label, kind, COUNT[(label, kind)])
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = "<%d.%s.5301.%04d@%s>" % (20250300 + i, kind, i * 37 % 9973, dom)
    for k, v in (hdrs or {}).items():
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, mtype in atts:
        mt, st = mtype.split("/")
        if isinstance(data, str) and mt == "text":
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient if label == "phi" else ""))


# =====================================================================
# PHI - care
# =====================================================================

mk("phi", "care", "Vickery",
   "Shauna Ruelas PA-C <sruelas@%s>" % H, "PAT Clinic <pat-clinic@%s>" % H,
   "pre-op labs - Vickery", "Mon, 03 Mar 2025 08:12:40 -0500",
"""Morning team,

Dolores Vickery's BMP from Friday came back with K 3.1. She's on for the right total knee with Dr. Haldane on the 11th. Can someone get her back in for a repeat BMP this week and let her know to hold the lisinopril and HCTZ the morning of surgery? Her PCP started her on the HCTZ in January and I don't think anyone rechecked.

If it's still under 3.4 we'll need to talk to anesthesia about pushing her.

thanks
Shauna

--
Shauna Ruelas, PA-C
Orthopaedic Surgery | Harrowgate Regional Medical Center
o: 555-0142  pager 4471
""" + DISC)

mk("phi", "care", "Ashworth",
   "Leanne Mbatha RN <lmbatha@%s>" % H, "Dr. Felix Oyelaran <foyelaran@%s>" % H,
   "FW: PACU - bed 4", "Tue, 04 Mar 2025 15:47:02 -0500",
"""Dr O - forwarding so you have it, he's still with us.

-----Original Message-----
From: Teodoro Fuentes RN
Sent: Tuesday, March 04, 2025 3:31 PM
To: PACU Charge
Subject: PACU - bed 4

bed 4 Gerald Ashworth, lap chole w/ Dr Oyelaran, out of OR 1405.
got 2mg morphine x2 for pain 7/10, now 4/10.
PONV x2 - zofran 4 given 1420, then phenergan 6.25 at 1500, finally settled.
SpO2 91-93% on RA, put him on 2L NC, sats 97.
hasn't voided yet, bladder scan 380. wife Carol in waiting room asking when he can go home.
plan was same day dc but honestly i think he stays for obs. can you ask the surgeon?
T
""")

mk("phi", "care", "Hollowell",
   "Bethany Korsgaard RD, LD <bkorsgaard@%s>" % H, "Dr. Amrit Sandhu <asandhu@%s>" % H,
   "Tamsin H. - pre-op diet progress", "Wed, 05 Mar 2025 11:03:19 -0500",
"""Dr. Sandhu,

Quick update on Tamsin Hollowell ahead of her sleeve on 4/2. She's finished 2 weeks of the pre-op liquid diet and is down 14 lb (weighed today at 287.6). She's tolerating the protein shakes fine but admits to "a few" crackers most evenings. I went over it with her again.

Her EGD is still on for 3/18 with GI. She asked whether she can keep taking her phentermine up until surgery - I told her I'd check with you.

Bethany

Bethany Korsgaard, RD, LD
Lakeshore Bariatric & Metabolic Institute at HRMC
555-0187
""",
html="""<html><body><p>Dr. Sandhu,</p>
<p>Quick update on <b>Tamsin Hollowell</b> ahead of her sleeve on 4/2. She's finished 2 weeks of the pre-op liquid diet and is down 14 lb (weighed today at 287.6). She's tolerating the protein shakes fine but admits to &quot;a few&quot; crackers most evenings. I went over it with her again.</p>
<p>Her EGD is still on for 3/18 with GI. She asked whether she can keep taking her phentermine up until surgery - I told her I'd check with you.</p>
<p>Bethany</p>
<p style="color:#555;font-size:10pt">Bethany Korsgaard, RD, LD<br>Lakeshore Bariatric &amp; Metabolic Institute at HRMC<br>555-0187</p>
</body></html>""")

mk("phi", "care", "Castellucci",
   "OR Scheduling <orscheduling@%s>" % H, "Anesthesia Coordinator <anes-coord@%s>" % H,
   "add-on tonight OR 9", "Wed, 05 Mar 2025 18:22:55 -0500",
"""Add-on for tonight, Dr. Whitcombe's team:

Raymond Castellucci, 71 y/o, exploratory laparotomy for small bowel obstruction, ~2.5 hrs.
Currently in ED bay 14. NG tube placed, 1.2L output.
On Eliquis - last dose was yesterday AM per wife.
Needs type & screen, they sent it at 1750.
Consent done.

Can you let us know who's covering 9 after 1900? Thanks

Marguerite
OR Scheduling x4410
""", cc="Dr. Nolan Whitcombe <nwhitcombe@%s>" % H)

mk("phi", "care", "Osterberg",
   "Dale Prewitt <dprewitt@orthavia-surgical.com>", "SPD Lead <spd-lead@%s>" % H,
   "RE: loaner set for tomorrow OR 6", "Thu, 06 Mar 2025 16:40:11 -0500",
"""Hi Gina,

Confirming I'll drop the Orthavia Vector knee loaner trays by 0530 for Dr. Haldane's first case tomorrow - that's the Patricia Osterberg revision (left), they templated her for a size 5 femoral and 4 tibial but I'm bringing 3 through 6 just in case because the old component is a cemented posterior stabilized and they might need stems.

4 trays + 1 implant case. I'll have the rep log signed in the OR.

Dale Prewitt
Sr. Clinical Specialist | Orthavia Surgical
c 555-0163

> On Thu, Mar 6, 2025 at 2:12 PM, SPD Lead <spd-lead@hrmc.org> wrote:
> Dale, we need trays in by 0600 latest for processing or the case gets delayed.
> Gina Ferrante, CRCST
""")

mk("phi", "care", "Fairbrother",
   "Dr. Amrit Sandhu <asandhu@%s>" % H, "Dr. Wendy Calloway <wcalloway@millbrookfamilymed.com>",
   "Re: Leonard Fairbrother - post-op", "Fri, 07 Mar 2025 13:18:30 -0500",
"""Wendy,

Saw Leonard in clinic today, post-op day 10 after his roux-en-y. Incisions healing well, staples out. He's tolerating stage 2 purees, about 40 g protein a day so far which we're working on. Weight down 19 lb since surgery.

I started him on ursodiol 300 mg BID for 6 months for gallstone prevention and stopped his glipizide - sugars have been 95-130 fasting. Please keep an eye on his BP, he's still on amlodipine 10 and I suspect he'll need it reduced soon.

Next visit with us is 6 weeks.

Best,
Amrit Sandhu, MD, FACS
Director, Lakeshore Bariatric & Metabolic Institute

On Wed, Mar 5, 2025, Wendy Calloway wrote:
> Hi Dr Sandhu - any update on Leonard? His wife called our office worried he isn't eating much.
> Wendy
""" + DISC)

mk("phi", "care", "Pemberton-Ruiz",
   "Kiran Deshpande MD <kdeshpande@%s>" % H, "Bariatric Program <bariatric@%s>" % H,
   "sleep study back", "Mon, 10 Mar 2025 09:55:07 -0400",
"""hi all - Harold Pemberton-Ruiz's PSG finally came back. AHI 38, nadir sat 79%. so severe OSA. he cannot go to the OR for the bypass without being on CPAP for at least 4-6 wks, I've put in the DME order for auto-PAP 5-15. please push his surgery date back from 3/27, probably to early May, and let him know. he won't be happy.

Kiran Deshpande, MD
Anesthesiology / Pre-operative Evaluation Clinic
""")

mk("phi", "care", "Marsh",
   "Dr. Nolan Whitcombe <nwhitcombe@%s>" % H, "Dr. Amrit Sandhu <asandhu@%s>" % H,
   "wendell marsh", "Tue, 11 Mar 2025 22:41:18 -0400",
"""fyi Wendell Marsh back in ED tonight, vomiting since this morning, can't keep fluids down, 3 wks out from his sleeve. HR 118. CT a/p ordered, I'll call you after.
Sent from my iPhone""")

# =====================================================================
# PHI - names
# =====================================================================

mk("phi", "names", "Nguyễn Thị Hoa",
   "Rosalind Tan <rtan@%s>" % H, "Surgery Clinic Front Desk <surgclinic@%s>" % H,
   "Nguyễn Thị Hoa - post op visit moved", "Tue, 04 Mar 2025 10:20:44 -0500",
"""Her f/u got moved to Thursday 2pm with Dr. Patel instead of Monday, daughter will bring her and interpret. Drain stays in till then per Dr P, home health is aware. Please update the slot, I can't get into the scheduling screen from this PC.

Ros
""")

mk("phi", "names", "Adeyemi",
   "Dr. Chidinma Eze <ceze@%s>" % H, "Dr. Felix Oyelaran <foyelaran@%s>" % H,
   "Adeyemi's labs", "Wed, 05 Mar 2025 07:02:13 -0500",
"""Felix,

Mr. Adeyemi's labs from this morning - hgb down to 9.8 from 11.6 pre-op after the open ventral hernia repair yesterday. Vitals stable, drain output serosanguinous 120 cc overnight. Are you ok just rechecking at 1400 or do you want to transfuse now? Oluwaseun himself is asking to go home lol, not today.

Chidinma
Surgery PGY-3
""")

mk("phi", "names", "Kowalczyk",
   "Preadmission Testing <pat-clinic@%s>" % H, "OR Scheduling <orscheduling@%s>" % H,
   "RE: cancellations 3/12", "Thu, 06 Mar 2025 14:33:00 -0500",
"""Just the one from us:

Kowalczyk, Bartłomiej - cancelled, URI with fever 38.4 at PAT visit today, lungs rhonchorous. Dr. Deshpande says rebook no sooner than 2 weeks. He was the 0730 inguinal hernia in OR 3.

Thanks,
Imelda
PAT RN

-----Original Message-----
From: OR Scheduling
Sent: Thursday, March 6, 2025 11:02 AM
Subject: cancellations 3/12

Please send any known cancellations for Wednesday by 3pm so we can release blocks.
""")

mk("phi", "names", "Marisol",
   "Jenna Whitlock RN <jwhitlock@%s>" % H, "Bethany Korsgaard <bkorsgaard@%s>" % H,
   "band adjustment lady", "Thu, 06 Mar 2025 17:05:38 -0500",
"""Beth - remember Marisol from Tuesday's band adjustment clinic? the one who drove in from Carver county. She called the nurse line this afternoon saying she can't get water down since we added the 0.5 cc and she's spitting up saliva. Dr Sandhu said bring her in first thing tomorrow to take fluid out of the band. can you squeeze her in before your 9am group? she doesn't have a phone that gets texts so call her.

Jenna
""")

mk("phi", "names", "de la Cruz",
   "Anesthesia Pre-op <anes-preop@%s>" % H, "Dr. Kiran Deshpande <kdeshpande@%s>" % H,
   "Mr. de la Cruz - airway", "Fri, 07 Mar 2025 09:14:50 -0500",
"""Dr. D,

Old anesthesia record for Mr. Joaquín de la Cruz came over from St. Brendan's - grade IV view on DL in 2019, ended up with fiberoptic after 3 attempts. He's scheduled Monday for a lap sleeve with Dr. Sandhu, BMI 49, Mallampati IV, neck 48 cm. Do you want a difficult airway consult before or just flag for the room?

Attached the scanned record to his chart.

Tomasz
CRNA
""")

mk("phi", "names", "Al-Harbi",
   "Nadia Haddad <nhaddad@%s>" % H, "Keystone Mutual Prior Auth <priorauth@keystonemutual.com>",
   "Peer to peer request - Al-Harbi, Abdulrahman", "Mon, 10 Mar 2025 11:47:26 -0400",
"""Hello,

We received the denial letter for Mr Al-Harbi's sleeve gastrectomy (reason given: insufficient documentation of supervised weight loss). Dr. Sandhu would like to schedule a peer-to-peer review. He completed 6 months of monthly visits with our dietitian Sept-Feb, notes attached to the original request, and has type 2 diabetes and hypertension.

Dr. Sandhu is available Tues/Thurs 12-1.

Thank you,
Nadia Haddad
Insurance Coordinator, Lakeshore Bariatric & Metabolic Institute
555-0191 | fax 555-0192
""" + DISC)

mk("phi", "names", "Venkataraman",
   "Dr. Priti Shah <pshah@%s>" % H, "Shauna Ruelas <sruelas@%s>" % H,
   "Ms V", "Tue, 11 Mar 2025 16:20:03 -0400",
"""Shauna can you call Ms. Venkataraman (Lakshmi) tonight - her path from the breast lumpectomy is back, margins clear, 2 of 3 sentinel nodes negative, 1 with micromets. I want to see her Thursday with her husband to go over it, I don't want her reading it in the portal first. Oncology referral to Dr. Brandt too.

Priti
""")

mk("phi", "names", "Petrović-Ilić",
   "Colleen Ashby LCSW <cashby@%s>" % H, "Bariatric Program <bariatric@%s>" % H,
   "support group - follow up needed", "Wed, 12 Mar 2025 20:31:47 -0400",
"""Hi team,

After group tonight I'd like someone to reach out to Mrs Dragomira Petrović-Ilić. She shared she's been skipping her vitamins since the bypass last summer because of cost and she's feeling numb in her feet. She also got teary talking about her husband not being supportive. I gave her the food pantry info. Can the nurse call about the B12/neuropathy part and I'll follow up on the rest.

Colleen Ashby, LCSW
Behavioral Health, Lakeshore Bariatric
""")

# =====================================================================
# PHI - self
# =====================================================================

mk("phi", "self", "Dubrowski",
   "Karen Dubrowski <kdubrowski79@gmail.com>", "Bariatric Program <bariatric@%s>" % H,
   "question after surgery", "Sun, 09 Mar 2025 21:14:09 -0400",
"""Hi,

This is Karen Dubrowski, DOB 6/14/1979. I had my sleeve done with Dr. Sandhu on Feb 3rd. I'm having a really hard time swallowing my pills, especially the metformin which is huge, it feels like it gets stuck halfway down and then I throw up. Can I crush it or is there a liquid version? Also is it normal to still have pain on the left side near the big incision a month later?

Thank you,
Karen
""")

mk("phi", "self", "Boateng",
   "Ama Boateng <ama.boateng@outlook.com>", "Pediatric Surgery Scheduling <pedsurg@%s>" % H,
   "Tyler's surgery on the 22nd - medicine question", "Mon, 10 Mar 2025 07:45:51 -0400",
"""Good morning,

My son Tyler Boateng (14) is having his tonsils and adenoids out on March 22nd with Dr. Whelan. He takes Concerta 36 mg every morning for ADHD and also uses his Flovent inhaler. Should he take either of those the morning of the surgery? The paper we got only says nothing to eat after midnight.

Also he's very anxious about the IV, is there any way they can put him to sleep first?

Thank you so much,
Ama Boateng
555-0124
""")

mk("phi", "self", "Whitacre",
   "Denny Whitacre <dwhitacre@yahoo.com>", "Nadia Haddad <nhaddad@%s>" % H,
   "Re: insurance update", "Mon, 10 Mar 2025 12:02:33 -0400",
"""Nadia

so Bluewater called me back and they're saying i need 6 months supervised diet not the 4 i did with dr Sandhu's office. i told them i did 2 more with my regular doc Dr Calloway in the fall but they say it has to be consecutive?? I'm at 338 now, my knees are shot and my A1c was 8.9 last time. I really can't keep waiting on this. What do I do

Denny

-----Original Message-----
From: Nadia Haddad <nhaddad@hrmc.org>
Sent: Friday, March 7, 2025 3:15 PM
To: Dennis Whitacre
Subject: insurance update

Hi Dennis, we submitted your gastric bypass request to Bluewater on 2/28. I'll let you know as soon as we hear back.
""")

mk("phi", "self", "Ibarra",
   "Rochelle Ibarra <rochelle.ibarra@icloud.com>", "Colleen Ashby <cashby@%s>" % H,
   "from tuesday group", "Wed, 12 Mar 2025 23:50:12 -0400",
"""Colleen it's Rochelle from the tuesday night group. I didn't want to say it in front of everyone but I've gained back about 20 lbs since my bypass in 2021 and I've started drinking again, wine mostly, most nights. I know alcohol hits different now and that scares me. I don't know if I should be coming to group or if I need something more. Can I talk to you one on one?

Rochelle
""")

mk("phi", "self", "Fitzwilliam",
   "Jo Fitzwilliam-Barnes <jofb@comcast.net>", "Patient Relations <patientrelations@%s>" % H,
   "My mother - confusion after hip surgery", "Thu, 13 Mar 2025 10:11:29 -0400",
"""To whom it may concern,

My mother, Eleanor Fitzwilliam, had her right hip replaced on Monday (3/10) and is on 5 West, room 512. Since the anesthesia she has been confused - she didn't know me yesterday evening and tried to pull out her IV. She was completely sharp before this. Nobody has explained to us whether this is the medication or something else. She is 84 and lives alone so this matters enormously for going home.

I'd like someone from her team to call me today. I am her healthcare proxy.

Jo Fitzwilliam-Barnes
(555) 0177
""")

mk("phi", "self", "Feld",
   "marcus feld <mfeld85@gmail.com>", "Surgery Clinic <surgclinic@%s>" % H,
   "incision", "Fri, 14 Mar 2025 06:02:44 -0400",
"""this is marcus, pls tell dr lindqvist my belly incision is red and leaking yellowish stuff since last nite. had the hernia fixed 3/3. temp 100.9 this am. do i come in or go to er

marcus feld dob 11/02/85

Sent from my iPhone""")

mk("phi", "self", "Raghunathan",
   "Priya Raghunathan <priya.r@raghunathan-cpa.com>", "Preadmission Testing <pat-clinic@%s>" % H,
   "Fwd: Your Pre-Admission Testing Instructions", "Fri, 14 Mar 2025 13:37:05 -0400",
"""Hello - please confirm before I do this. I'm Priya Raghunathan, my gallbladder surgery is 4/9. The instructions below don't mention Ozempic at all but my pharmacist said I need to stop it a week before because of anesthesia. I take it on Sundays. So do I skip 3/30 and 4/6 both? My sugars run high without it.

Priya

---------- Forwarded message ---------
From: Preadmission Testing <noreply-pat@hrmc.org>
Date: Thu, Mar 13, 2025 at 4:00 PM
Subject: Your Pre-Admission Testing Instructions

Your Pre-Admission Testing appointment is scheduled. Please bring a list of all your medications, your insurance card, and photo ID. Do not eat or drink after midnight the night before surgery unless told otherwise.
""", cte="quoted-printable")

# =====================================================================
# PHI - ids
# =====================================================================

mk("phi", "ids", "",
   "Bethany Korsgaard <bkorsgaard@%s>" % H, "Lab Outreach <lab-outreach@%s>" % H,
   "add-on A1c", "Mon, 03 Mar 2025 14:25:10 -0500",
"""can you add an HbA1c onto the tube drawn this morning for pt 00482913 dob 3.4.88 - bariatric pre-op, surgeon wants it under 8 before he'll book the bypass. last one was 9.4 in Nov.

thx B
""")

mk("phi", "ids", "Stroud",
   "Patient Financial Services <pfs@%s>" % H, "Claims Follow-up <claims@bluewaterhp.com>",
   "Corrected claim - acct 7730019455", "Tue, 04 Mar 2025 10:00:00 -0500",
"""Re: Acct# 7730019455
Pt: STROUD, MELINDA A   DOB 19710922
Subscriber ID: BWH 403-88-1170
DOS 02/11/2025  CPT 43775 (lap sleeve gastrectomy), 00797 anes
Dx E66.01, Z68.42, I10

Original claim denied CARC 16 - missing attending NPI on line 2. Corrected claim (freq code 7) resubmitted electronically today, ICN of original 2025041880037. Please confirm receipt.

Regards,
Vernon Ellis
PFS Follow-up Specialist, ext 6219
""" + DISC)

mk("phi", "ids", "Kaczmarek",
   "Home Health Intake <hhintake@%s>" % H, "Apex Medical Supply <orders@apexmedsupply.com>",
   "wound vac delivery", "Wed, 05 Mar 2025 09:31:45 -0500",
"""Please deliver NPWT unit + 10 canisters + medium foam dressing kits x15 today if possible.

Patient: Stanislaw Kaczmarek
DOB 4 Mar 1951
1142 Larchmont Ave Apt 3B, Millbrook 01873
Home (555) 301-0119, daughter Aneta cell 555-0133
Dx: dehisced midline laparotomy wound, d/c from HRMC today
Ordering: Dr. N. Whitcombe NPI 1730495821
Ins: Medicare 7XK4-TR9-WM32

Thank you
Kelsey, Home Health Intake
""")

mk("phi", "ids", "",
   "Nadia Haddad <nhaddad@%s>" % H, "Keystone Mutual Prior Auth <priorauth@keystonemutual.com>",
   "PA request status - member KMH884120375-01", "Thu, 06 Mar 2025 15:18:26 -0500",
"""Hello,

Following up on a prior authorization request submitted 2/20/25:

Member ID: KMH884120375-01
Group: 44120
CPT 43644 laparoscopic gastric bypass, facility HRMC (NPI 1124096337)
BMI 44.2 with T2DM, OSA on CPAP
Ref # PA-2025-0219-7781

Portal still shows "pending clinical review". Can you advise?

Nadia Haddad
Insurance Coordinator
""")

mk("phi", "ids", "",
   "Histology <histology@%s>" % H, "Dr. Felix Oyelaran <foyelaran@%s>" % H,
   "S25-004417 final", "Fri, 07 Mar 2025 11:42:38 -0500",
"""Dr. Oyelaran,

Final on accession S25-004417 (MRN 7734102), gallbladder, lap chole 3/4:
chronic cholecystitis with cholelithiasis, no dysplasia or malignancy.

Report is signed out in the system. Let us know if you need the slides.

Histology Lab
HRMC Department of Pathology
""")

mk("phi", "ids", "Tolliver",
   "Surgery Clinic Front Desk <surgclinic@%s>" % H, "Shauna Ruelas <sruelas@%s>" % H,
   "callback", "Mon, 10 Mar 2025 13:55:12 -0400",
"""Shauna, Mrs. Tolliver called again re: her thyroid biopsy results, she's getting upset. best # is 555-0148 (cell), after 3 she's at work. she says it's been 2 weeks.

-Dee
""")

mk("phi", "ids", "Pruitt",
   "HIM Release of Information <roi@%s>" % H, "Records Dept <records@harlowlawgroup.com>",
   "Records request - additional identifiers needed", "Tue, 11 Mar 2025 10:27:08 -0400",
"""We received your request for operative and anesthesia records for a patient named Wesley Pruitt but we have two patients under that name. The authorization lists DOB 1961-07-30 and last four of SSN 4471, which matches chart #HR-0559281, however the signature date on the HIPAA authorization is blank. Please send a completed authorization before we can release the 2/14/2025 operative report and PACU notes.

HIM - Release of Information
Harrowgate Regional Medical Center
555-0100 ext 2300
""")

mk("phi", "ids", "Aalborg",
   "Lab Specimen Processing <specimens@%s>" % H, "PACU Charge <pacu-charge@%s>" % H,
   "specimen label mismatch - recollect", "Wed, 12 Mar 2025 16:09:57 -0400",
"""PACU,

Type & screen tube received at 1542 from PACU rejected. Tube label: GRETCHEN ALBORG, DOB 09/12/1954, MRN H0091823. Requisition: Gretchen Aalborg, same DOB and MRN. Name spelling does not match - we cannot accept per blood bank policy. Please recollect and relabel at bedside. She's listed as possible transfusion post-TKA so please do this promptly.

Safety event filed: SE-25-03-1184

Blood Bank / Specimen Processing
x3350
""")

# =====================================================================
# PHI - lists
# =====================================================================

mk("phi", "lists", "Brightwater",
   "OR Scheduling <orscheduling@%s>" % H, "Periop All <periop-all@%s>" % H,
   "Thurs 3/6 OR schedule - FINAL", "Wed, 05 Mar 2025 15:00:02 -0500",
"""Final for tomorrow. Changes since the 1pm version marked *

Room\tTime\tPatient\tAge\tProcedure\tSurgeon\tAnes
OR 1\t0730\tBrightwater, Lois\t67\tR TKA\tHaldane\tGA/adductor block
OR 1\t1030\tMcAllister, Duncan\t58\tL THA\tHaldane\tspinal
OR 3\t0730\tOkafor, Emeka\t44\tLap sleeve gastrectomy\tSandhu\tGA
OR 3\t1000\tGutierrez, Paloma*\t39\tLap RYGB\tSandhu\tGA
OR 5\t0730\tLindgren, Astrid\t72\tL breast lumpectomy + SLNB\tShah\tGA
OR 5\t0945\tHussain, Tariq\t51\tLap chole\tOyelaran\tGA
OR 7\t0800\tBaptiste, Jean-Robert\t63\tOpen AAA repair\tKrueger\tGA + A-line + epidural
OR 9\t1300\tPham, Quang\t29\tLap appy (add-on from ED)*\tWhitcombe\tGA

Rep in room: Orthavia (OR 1), Medivance stapler (OR 3).
Call x4410 with questions.
""")

mk("phi", "lists", "Sorensen",
   "PACU Charge <pacu-charge@%s>" % H, "House Supervisor <housesup@%s>" % H,
   "PACU board 1600 - holding for beds", "Thu, 06 Mar 2025 16:04:31 -0500",
"""Holding 5 waiting on inpatient beds, can you help?

Bay | Patient              | Proc                 | Surgeon   | Bed req   | Notes
----+----------------------+----------------------+-----------+-----------+---------------------------
 2  | Sorensen, Ingrid     | L THA                | Haldane   | 5W ortho  | PCA, ready since 1320
 4  | Okafor, Emeka        | lap sleeve           | Sandhu    | 6E bari   | CPAP, needs monitored bed
 6  | Baptiste, Jean-Robert| open AAA             | Krueger   | SICU      | on neo gtt, SICU says 1800
 8  | O'Rourke, Siobhan    | lap hysterectomy     | Adebayo   | 4N        | PONV, ok otherwise
 11 | Whitfield, Marcus    | ORIF R ankle         | Haldane   | 5W        | nerve block, dc'd from OR

Thanks - Bernadette
""")

mk("phi", "lists", "Cheng",
   "Preadmission Testing <pat-clinic@%s>" % H, "PAT Nurses <pat-rn@%s>" % H,
   "PAT clinic list Mon 3/10", "Fri, 07 Mar 2025 16:45:00 -0500",
"""Monday's PAT clinic. Please review charts before you leave today if you can.

TIME   NAME                    DOB         MRN        SURG DATE  PROCEDURE              FLAGS
0800   CHENG, WEI-LING         02/17/1966  H0331907   03/19      R TKA                  CKD3, on warfarin
0830   ABERNATHY, ROSCOE       11/30/1949  H0098812   03/20      TURP                   pacer - need interrogation
0900   NWOSU, ADAEZE           07/04/1990  H0457713   03/24      lap sleeve             BMI 46, OSA
0930   FERREIRA, JOAO PAULO    05/22/1972  H0402285   03/21      lap RYGB               needs interpreter (Portuguese)
1000   ZIMMERMAN, HELGA        01/09/1938  H0011450   03/18      L hip hemiarthroplasty  DNR - confirm periop status
1030   ST. CLAIR, DESMOND      09/15/1983  H0520064   03/25      septoplasty            none

- Imelda
""")

mk("phi", "lists", "Nwosu",
   "Jenna Whitlock RN <jwhitlock@%s>" % H, "Bariatric Team <bariatric-team@%s>" % H,
   "huddle notes 3/11", "Tue, 11 Mar 2025 08:40:19 -0400",
"""Huddle 3/11 - bariatric

* Adaeze Nwosu - sleeve 3/24 still on, PAT cleared her, CPAP compliance download shows 6.2 hrs avg. good.
* Paloma Gutierrez - POD5 RYGB, called nurse line for nausea, advised small sips, Jenna to call back today
* Mr. Okafor - discharged Sat, f/u 3/20
* Harold Pemberton-Ruiz - surgery pushed to May (CPAP), he's upset, Nadia to let insurance know date change
* Denny Whitacre - Bluewater denial, need letter from Dr Calloway re: supervised diet months
* Marisol Aguilar - band unfill 3/7 done, tolerating liquids now
* Reminder: support group moved to room B204 next week

Jenna
""")

CSV_AUTH = """Patient Name,DOB,Member ID,Payer,Procedure,CPT,Submitted,Status,Notes
"Whitacre, Dennis",08/03/1976,BW-22871460,Bluewater Health Plan,RYGB,43644,2025-02-28,DENIED,needs 6 mo consecutive supervised diet
"Al-Harbi, Abdulrahman",12/19/1981,KMH771390455-01,Keystone Mutual,Sleeve,43775,2025-02-11,DENIED,P2P requested 3/10
"Nwosu, Adaeze",07/04/1990,KMH612004938-02,Keystone Mutual,Sleeve,43775,2025-02-03,APPROVED,auth KM-88120 valid to 5/3
"Ferreira, Joao Paulo",05/22/1972,MCD0098817214,State Medicaid,RYGB,43644,2025-01-27,APPROVED,interpreter
"Hollowell, Tamsin",10/11/1985,BW-30044192,Bluewater Health Plan,Sleeve,43775,2025-02-14,APPROVED,
"Pemberton-Ruiz, Harold",03/28/1969,AET-W448120977,Aetherion Health,RYGB,43644,2025-02-20,PENDING,date change to May - notify
"Dubrowski, Karen",06/14/1979,BW-19983305,Bluewater Health Plan,Sleeve,43775,2024-12-09,COMPLETED,surgery 2/3
"""

mk("phi", "lists", "Whitacre",
   "Nadia Haddad <nhaddad@%s>" % H, "Dr. Amrit Sandhu <asandhu@%s>" % H,
   "auth tracker - week of 3/10", "Tue, 11 Mar 2025 17:20:40 -0400",
"""Dr. Sandhu,

Attached is this week's insurance authorization tracker. Two denials to talk about Thursday (Whitacre and Al-Harbi).

Nadia
""",
atts=[("bariatric_auth_tracker_2025-03-10.csv", CSV_AUTH, "text/csv")],
cc="Bethany Korsgaard <bkorsgaard@%s>" % H)

CSV_IMPL = """case_date,or_room,mrn,patient,surgeon,implant,manufacturer,catalog,lot,qty,billable
2025-03-03,OR1,H0283311,"BRIGHTWATER, LOIS",Haldane,Vector femoral cemented sz5,Orthavia,OV-F-CR-05L,LT24-88913,1,Y
2025-03-03,OR1,H0283311,"BRIGHTWATER, LOIS",Haldane,Vector tibial tray sz4,Orthavia,OV-T-04,LT24-77120,1,Y
2025-03-06,OR1,H0190442,"OSTERBERG, PATRICIA",Haldane,Vector revision femoral sz5 w/ stem,Orthavia,OV-RF-05L,LT24-91002,1,Y
2025-03-06,OR1,H0190442,"OSTERBERG, PATRICIA",Haldane,Offset stem 15x120,Orthavia,OV-S15120,LT23-44018,1,Y
2025-03-07,OR2,H0305580,"MCALLISTER, DUNCAN",Haldane,Apex acetabular cup 54mm,Orthavia,OV-AC-54,LT24-60331,1,Y
2025-03-07,OR2,H0305580,"MCALLISTER, DUNCAN",Haldane,Ceramic head 36+0,Orthavia,OV-CH-36-0,LT24-59017,1,Y
2025-03-10,OR4,H0521178,"WHITFIELD, MARCUS",Haldane,Lateral fibula plate 7-hole,Orthavia,OV-LFP-07,LT24-30076,1,Y
"""

mk("phi", "lists", "Brightwater",
   "Gina Ferrante <gferrante@%s>" % H, "Dale Prewitt <dprewitt@orthavia-surgical.com>",
   "implant reconciliation March wk1-2", "Wed, 12 Mar 2025 12:10:05 -0400",
"""Dale,

Zipped the implant log export for reconciliation against your bill-only POs. Couple of lots don't match what you put on the sheets for the Osterberg case, can you look before I send to purchasing?

Gina Ferrante, CRCST, CHL
Sterile Processing Supervisor
""",
atts=[("implant_log_0301_0312.zip", zipbytes([("implant_log_0301_0312.csv", CSV_IMPL)]), "application/zip")])

mk("phi", "lists", "Lindgren",
   "Dr. Kiran Deshpande <kdeshpande@%s>" % H, "Anesthesia Night Team <anes-nights@%s>" % H,
   "sign out 3/12", "Wed, 12 Mar 2025 18:58:33 -0400",
"""Sign out for tonight, see table. Pain service list is in the usual spot.

K
""",
html="""<html><body><p>Sign out for tonight, see table. Pain service list is in the usual spot.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Loc</th><th>Patient</th><th>Issue</th><th>To do</th></tr>
<tr><td>SICU 3</td><td>Baptiste, Jean-Robert</td><td>POD6 AAA, thoracic epidural</td><td>pull epidural 2200 - heparin held since 1800</td></tr>
<tr><td>5W 512</td><td>Fitzwilliam, Eleanor</td><td>post-op delirium after THA</td><td>no benzos, family at bedside, geri consult placed</td></tr>
<tr><td>6E 608</td><td>Gutierrez, Paloma</td><td>PONV, readmit POD7 RYGB</td><td>aprepitant ok per pharm</td></tr>
<tr><td>4N 421</td><td>Lindgren, Astrid</td><td>PACU hypotension, resolved</td><td>check 0200 BP</td></tr>
<tr><td>L&amp;D</td><td>-</td><td>2 epidurals running</td><td>-</td></tr>
</table><p>K</p></body></html>""")

# =====================================================================
# PHI - struct
# =====================================================================

mk("phi", "struct", "Ferreira",
   "Ravi Subramanian <rsubramanian@%s>" % H, "Interface Team <interfaces@%s>" % H,
   "ADT from PAT not crossing to OR system", "Mon, 10 Mar 2025 10:14:22 -0400",
"""Hi interface team,

This A04 from the PAT registration this morning never showed up in the OR scheduling system, so the case is sitting unlinked. Pasting the raw message from the engine log below. I think it's the PV1-3 location, PATCLIN isn't in the mapping table?

MSH|^~\\&|REGADT|HRMC|ORSCHED|HRMC|20250310081144||ADT^A04|MSG00048812|P|2.5.1
EVN|A04|20250310081144
PID|1||H0402285^^^HRMC^MR||FERREIRA^JOAO^PAULO||19720522|M|||88 Quincy St^Apt 2^Fall River^MA^02721||(555)202-0171|||M||7730021988|
PV1|1|O|PATCLIN^^^HRMC||||1447719032^SANDHU^AMRIT|||GEN||||||||PRE|7730021988
IN1|1|MCD|STMCD|State Medicaid||||||||||||FERREIRA^JOAO^PAULO|SEL|19720522||||||||||||||||||MCD0098817214

Thanks
Ravi Subramanian
Application Analyst, Perioperative Systems
""")

HL7_ORU = ("MSH|^~\\&|LAB|HRMC|EHR|HRMC|20250311062210||ORU^R01|L250311000912|P|2.3\r"
           "PID|1||H0457713^^^HRMC^MR||NWOSU^ADAEZE^C||19900704|F|||14 Birchwood Ln^^Harrowgate^MA^01880||555-0158\r"
           "ORC|RE|ORD7781220|L2503110044\r"
           "OBR|1|ORD7781220|L2503110044|CBC^COMPLETE BLOOD COUNT|||20250311054500|||||||||1447719032^SANDHU^AMRIT\r"
           "OBX|1|NM|HGB^Hemoglobin||10.9|g/dL|12.0-16.0|L|||F\r"
           "OBX|2|NM|HCT^Hematocrit||33.1|%|36-46|L|||F\r"
           "OBX|3|NM|PLT^Platelets||244|K/uL|150-400||||F\r"
           "OBR|2|ORD7781221|L2503110045|FERR^FERRITIN|||20250311054500\r"
           "OBX|1|NM|FERR^Ferritin||8|ng/mL|15-150|L|||F\r")

mk("phi", "struct", "Nwosu",
   "Lab Information Systems <lis@%s>" % H, "Ravi Subramanian <rsubramanian@%s>" % H,
   "RE: ferritin results missing in bariatric flowsheet", "Tue, 11 Mar 2025 09:30:48 -0400",
"""Ravi - attached the ORU exactly as it left our side at 0622. Both OBRs are in there, so if the ferritin isn't showing in the bariatric pre-op flowsheet it's on the receiving end. Note OBR-2 only has the one OBX, maybe your parser expects 3?

Marta Szymańska
LIS Analyst
""",
atts=[("ORU_L250311000912.hl7", HL7_ORU.encode("ascii"), "application/octet-stream")])

mk("phi", "struct", "Stroud",
   "Vernon Ellis <vellis@%s>" % H, "EDI Support <edisupport@claimbridge-edi.com>",
   "837P rejected - 2010BA NM1", "Wed, 12 Mar 2025 13:05:17 -0400",
"""Hi ClaimBridge support,

Our 837P batch from 3/11 came back with a 999 reject on the loop below. Segment looks fine to me, can you tell me what the edit is complaining about? Pasting the relevant part:

ST*837*0041*005010X222A1~
BHT*0019*00*HRMC20250311041*20250311*1622*CH~
NM1*85*2*HARROWGATE REGIONAL MEDICAL CENTER*****XX*1124096337~
HL*2*1*22*0~
SBR*P*18*44120******CI~
NM1*IL*1*STROUD*MELINDA*A***MI*BWH403881170~
N3*27 TANAGER CT~
N4*HARROWGATE*MA*01880~
DMG*D8*19710922*F~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
CLM*7730019455*18450.00***22:B:7*Y*A*Y*Y~
HI*ABK:E6601*ABF:Z6842*ABF:I10~
SV1*HC:43775*18450.00*UN*1***1~
DTP*472*D8*20250211~

Thanks,
Vernon Ellis
PFS Follow-up Specialist
""")

mk("phi", "struct", "Aguilar",
   "Nadia Haddad <nhaddad@%s>" % H, "Bethany Korsgaard <bkorsgaard@%s>" % H,
   "FW: 271 for Marisol - does she have nutrition visits covered?", "Thu, 13 Mar 2025 11:22:09 -0400",
"""Beth, pulled her eligibility. Looks like the plan covers 6 MNT visits a year (the EB*B line). Band adjustments are under the surgery benefit so those don't count against it.

ISA*00*          *00*          *ZZ*KEYSTONEMUT    *ZZ*HRMC0001       *250313*1104*^*00501*000005512*0*P*:~
GS*HB*KEYSTONEMUT*HRMC0001*20250313*1104*5512*X*005010X279A1~
ST*271*0001*005010X279A1~
HL*1**20*1~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~
HL*2*1*21*1~
NM1*1P*2*HARROWGATE REGIONAL MEDICAL CENTER*****XX*1124096337~
HL*3*2*22*0~
NM1*IL*1*AGUILAR*MARISOL*R***MI*KMH550981274-01~
N3*4410 RTE 9~
N4*CARVER*MA*01923~
DMG*D8*19830216*F~
EB*1**30**GOLD PPO 1500~
EB*B**98^MH*HM*****VS*6~
MSG*MEDICAL NUTRITION THERAPY 6 VISITS PER CALENDAR YEAR~
SE*15*0001~

Nadia
""")

FHIR = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {
            "resourceType": "Patient", "id": "pt-88213",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "H0331907"}],
            "name": [{"family": "Cheng", "given": ["Wei-Ling"]}],
            "gender": "female", "birthDate": "1966-02-17",
            "telecom": [{"system": "phone", "value": "555-0129", "use": "mobile"}],
            "address": [{"line": ["702 Orchard Hill Rd"], "city": "Harrowgate", "state": "MA", "postalCode": "01880"}]}},
        {"resource": {
            "resourceType": "Procedure", "id": "proc-5510",
            "status": "completed",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "27447",
                                 "display": "Total knee arthroplasty"}]},
            "subject": {"reference": "Patient/pt-88213"},
            "performedDateTime": "2025-03-19T08:04:00-04:00",
            "bodySite": [{"text": "Right knee"}],
            "note": [{"text": "Warfarin held 5 days, INR 1.1 morning of surgery. Adductor canal block."}]}},
        {"resource": {
            "resourceType": "MedicationRequest", "id": "mr-7781", "status": "active", "intent": "order",
            "medicationCodeableConcept": {"text": "enoxaparin 40 mg SC daily x 14 days, then resume warfarin"},
            "subject": {"reference": "Patient/pt-88213"}}}
    ]
}

mk("phi", "struct", "Cheng",
   "Ravi Subramanian <rsubramanian@%s>" % H, "Integration Support <support@orbitpath-health.io>",
   "FHIR bundle failing validation on your side - case 00918", "Thu, 20 Mar 2025 14:48:51 -0400",
"""Hello OrbitPath support,

Per our call, attaching the bundle our outbound feed generated for the post-op care coordination pilot. Your endpoint returns 422 with "Procedure.performed[x] invalid". As far as I can tell performedDateTime is correct for R4. Can you check?

Ravi Subramanian
Application Analyst, Perioperative Systems
Harrowgate Regional Medical Center
""",
atts=[("bundle_pt-88213.json", json.dumps(FHIR, indent=2), "application/json")])

mk("phi", "struct", "Zimmerman",
   "Dr. Nolan Whitcombe <nwhitcombe@%s>" % H, "Cedar Glen Rehab Admissions <admissions@cedarglenrehab.org>",
   "transfer summary - CCD excerpt", "Fri, 21 Mar 2025 10:02:36 -0400",
"""Attached below is the section of the CCD your system says it couldn't import. Full document was sent via Direct this morning. She's ready for transfer after lunch.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="H0011450"/>
      <addr><streetAddressLine>19 Elm Terrace</streetAddressLine><city>Harrowgate</city><state>MA</state><postalCode>01880</postalCode></addr>
      <telecom value="tel:+1-555-0114"/>
      <patient>
        <name><given>Helga</given><family>Zimmerman</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19380109"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text>03/18/2025 Left hip hemiarthroplasty (cemented) - Dr. Haldane. EBL 300 mL. Post-op Hgb 8.7, 1 unit PRBC 3/19.</text>
    </section></component>
    <component><section>
      <title>Code Status</title>
      <text>DNR/DNI - reinstated post-operatively 03/18/2025.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>

Nolan Whitcombe, MD
Hospitalist / Surgical Co-management
""")

SIU = """MSH|^~\\&|ORSCHED|HRMC|ANESREC|HRMC|20250314153010||SIU^S12|SCH0031177|P|2.5
SCH|CASE7712||||||ELECTIVE^Elective|SURG|180|MIN|^^180^20250324073000^20250324103000
PID|1||H0457713^^^HRMC^MR||NWOSU^ADAEZE^C||19900704|F
PV1|1|I|OR03^^^HRMC
AIS|1||43775^LAP SLEEVE GASTRECTOMY^CPT|20250324073000
AIP|1||1447719032^SANDHU^AMRIT|SURGEON
AIP|2||1336082114^DESHPANDE^KIRAN|ANESTHESIOLOGIST
NTE|1||OSA ON CPAP - BRING MACHINE. BMI 46. DIFFICULT IV ACCESS HX.
"""

mk("phi", "struct", "Nwosu",
   "Ravi Subramanian <rsubramanian@%s>" % H, "Tomasz Wieczorek CRNA <twieczorek@%s>" % H,
   "RE: case not showing on anesthesia preop board", "Fri, 14 Mar 2025 15:40:02 -0400",
"""Tomasz, the S12 did go out - it's attached. The NTE came through fine. Looks like the anesthesia record system filtered it because AIP-2 uses the old NPI for Dr. Deshpande. I've fixed the provider table, should refresh within the hour.

Ravi
""",
atts=[("SIU_S12_SCH0031177.txt", SIU, "text/plain")], cte="base64")

# =====================================================================
# PHI - lang
# =====================================================================

mk("phi", "lang", "Quintanilla",
   "Lucía Quintanilla <luciaq.1987@hotmail.com>", "Surgery Clinic <surgclinic@%s>" % H,
   "Pregunta sobre mi mamá - cirugía de vesícula", "Fri, 07 Mar 2025 19:22:10 -0500",
"""Buenas tardes,

Soy la hija de la señora Rosa Elena Quintanilla. A mi mamá le hicieron la colecistectomía por laparoscopia el martes con el Dr. Oyelaran y desde ayer tiene fiebre de 38.5 y le duele mucho el hombro derecho, dice que no puede respirar hondo. ¿Es normal? Ella tiene 68 años y es diabética, toma insulina. Su fecha de nacimiento es 14/09/1956 por si la necesitan.

Le está dando Tylenol cada 6 horas. ¿La llevo a emergencias?

Gracias,
Lucía Quintanilla
555-0151
""")

mk("phi", "lang", "Ferreira",
   "João Paulo Ferreira <jpferreira72@gmail.com>", "Bethany Korsgaard <bkorsgaard@%s>" % H,
   "Dúvida sobre a dieta líquida", "Sat, 08 Mar 2025 10:05:44 -0500",
"""Olá Bethany,

Aqui é o João Paulo Ferreira. Minha cirurgia de bypass gástrico está marcada para 21 de março com o Dr. Sandhu. A senhora me deu a dieta líquida mas eu não entendi bem quanto de proteína devo tomar por dia - são 60 ou 80 gramas? Já perdi 4 quilos desde segunda.

Também tomo losartana 50 mg e metformina 1000 mg duas vezes por dia. Devo parar antes da cirurgia? Minha glicose hoje de manhã estava 162.

Obrigado,
João
""")

mk("phi", "lang", "Trần Văn Phúc",
   "Phuc Tran <phuctran58@yahoo.com>", "Surgery Clinic <surgclinic@%s>" % H,
   "Câu hỏi sau khi mổ thoát vị", "Sun, 09 Mar 2025 15:40:21 -0400",
"""Kính gửi phòng khám phẫu thuật,

Tôi là Trần Văn Phúc, sinh ngày 12/05/1958. Tôi được mổ thoát vị bẹn bên phải ngày 5 tháng 3 với bác sĩ Lindqvist. Bây giờ vết mổ bị sưng và bầm tím nhiều xuống tới bìu, và tôi bị đau khi đi tiểu. Tôi vẫn uống thuốc giảm đau oxycodone mỗi 6 tiếng.

Tôi có cần tái khám sớm hơn không? Lịch hẹn của tôi là ngày 19/3.

Cảm ơn,
Phúc
ĐT: 555-0145
""")

mk("phi", "lang", "Toussaint",
   "Micheline Toussaint <mtoussaint@gmail.com>", "Nurse Line <nurseline@%s>" % H,
   "Mwen bezwen èd - apre operasyon", "Mon, 10 Mar 2025 06:58:13 -0400",
"""Bonjou,

Mwen se Micheline Toussaint. Yo te fè m operasyon pou retire vezikil fyèl mwen (gallbladder) jou 6 mas la ak Dr. Oyelaran. Depi yè m ap vomi epi po m ak je m vin jòn. Doktè a te di m rele si m gen lafyèv - mwen gen 101 maten an. Kisa pou m fè? Èske m dwe ale nan ijans?

Nimewo m se 555-0166.

Mèsi anpil,
Micheline
""")

mk("phi", "lang", "Соколова",
   "Галина Соколова <g.sokolova60@mail.ru>", "Preadmission Testing <pat-clinic@%s>" % H,
   "Вопрос о подготовке к операции", "Tue, 11 Mar 2025 09:12:57 -0400",
"""Здравствуйте!

Меня зовут Галина Петровна Соколова, дата рождения 23.08.1960. Мне назначена операция по удалению пупочной грыжи на 27 марта у доктора Уиткомба. Я принимаю варфарин из-за мерцательной аритмии. Кардиолог сказал, что за пять дней до операции нужно перейти на уколы клексана. Кто мне выпишет клексан — вы или кардиолог? И нужно ли сдавать МНО перед операцией?

Спасибо,
Галина
тел. 555-0138
""")

mk("phi", "lang", "Dizon",
   "Joy Manalastas RN <jmanalastas@%s>" % H, "Rowena Bautista RN <rbautista@%s>" % H,
   "si Mr. Dizon sa 5W", "Tue, 11 Mar 2025 23:15:40 -0400",
"""Ate Weng,

Pakicheck naman si Mr. Ernesto Dizon sa 5W bed 2 pag-pasok mo, post-op TKA kahapon kay Dr. Haldane. Bumaba BP niya 88/50 kanina mga 2200, binigyan ng 500 bolus, umakyat na sa 104/62. Hgb niya 8.1 this AM, baka i-transfuse daw bukas sabi ng PA. Allergic siya sa penicillin ha, nakalagay naman sa chart pero yung anak niya (Renato) paulit-ulit nagtatanong kaya sabihan mo na lang na alam natin.

Salamat te!
Joy
""")

mk("phi", "lang", "يوسف منصور الخطيب",
   "Reem Al-Khatib <reem.alkhatib@gmail.com>", "Bariatric Program <bariatric@%s>" % H,
   "استفسار عاجل عن والدي بعد عملية التكميم", "Wed, 12 Mar 2025 21:03:08 -0400",
"""السلام عليكم،

أنا ريم، ابنة المريض يوسف منصور الخطيب. أجرى والدي عملية تكميم المعدة يوم ١٠ مارس مع الدكتور ساندو وخرج من المستشفى أمس. منذ خروجه لا يستطيع شرب أكثر من نصف كوب ماء في اليوم ويشعر بدوخة شديدة عندما يقف، وبوله قليل وداكن. هل يجب أن نحضره إلى الطوارئ الليلة؟

رقم هاتفي 555-0182

شكراً جزيلاً،
ريم الخطيب
""")

mk("phi", "lang", "刘建国",
   "刘芳 <liufang.work@163.com>", "Preadmission Testing <pat-clinic@%s>" % H,
   "关于我父亲刘建国的膝关节手术", "Thu, 13 Mar 2025 08:47:33 -0400",
"""您好，

我是刘建国的女儿。我父亲（刘建国，1949年3月5日出生）定于4月2日在贵院由Haldane医生做右膝关节置换手术。他有糖尿病和高血压，每天吃阿司匹林81毫克和二甲双胍。请问手术前需要停阿司匹林几天？术前检查是3月25日上午吗？他不太会说英语，请问那天能安排中文翻译吗？

谢谢！
刘芳
电话 555-0137
""")

# =====================================================================
# CLEAN - admin
# =====================================================================

mk("clean", "admin", "",
   "Bernadette Okoro RN <bokoro@%s>" % H, "PACU Staff <pacu-staff@%s>" % H,
   "Easter weekend coverage - still need 2", "Mon, 03 Mar 2025 12:30:00 -0500",
"""Hi all,

Here's where we are for Easter weekend (4/19-4/21). Still need 1 for Sat evening and 1 on-call Sunday night. Holiday premium applies.

Sat 4/19  0645-1915  Teodoro F., Leanne M., Priscilla H.
Sat 4/19  1100-2330  OPEN
Sun 4/20  0645-1915  Joy M., Dmitri V.
Sun 4/20  call 1900-0700  OPEN
Mon 4/21  regular schedule

Reply to me or text 555-0149. If nobody picks up by 3/14 I'll assign per the rotation list.

Bernadette Okoro, BSN, RN, CPAN
PACU Nurse Manager
""")

mk("clean", "admin", "",
   "IT Service Desk <servicedesk@%s>" % H, "Perioperative Users <periop-users@%s>" % H,
   "[INC0048213] Planned downtime - OR scheduling & anesthesia record 3/16 0100-0400", "Tue, 04 Mar 2025 09:00:00 -0500",
"""Planned Downtime Notice - Change CHG0019982

Systems affected: SurgiTrack OR Scheduling, AnesRec intraoperative record, PACU tracking board
Window: Sunday 3/16/2025 0100-0400
Reason: database server patching and storage migration

During the window:
- Use the downtime paper anesthesia record (Form AN-12), located in each OR's blue binder
- PACU tracking will be on the whiteboard; the downtime report prints at 0030 on PACU-PRT-02
- Do NOT enter late charges until the system is back up

Questions: ext 5555 or reply to INC0048213.

IT Service Desk
Harrowgate Regional Medical Center
""",
html="""<html><body><h3 style="color:#b00">Planned Downtime Notice - Change CHG0019982</h3>
<p><b>Systems affected:</b> SurgiTrack OR Scheduling, AnesRec intraoperative record, PACU tracking board<br>
<b>Window:</b> Sunday 3/16/2025 0100-0400<br><b>Reason:</b> database server patching and storage migration</p>
<ul><li>Use the downtime paper anesthesia record (Form AN-12), located in each OR's blue binder</li>
<li>PACU tracking will be on the whiteboard; the downtime report prints at 0030 on PACU-PRT-02</li>
<li>Do NOT enter late charges until the system is back up</li></ul>
<p>Questions: ext 5555 or reply to INC0048213.</p></body></html>""")

mk("clean", "admin", "",
   "Accounts Receivable <ar@orthavia-surgical.com>", "Accounts Payable <ap@%s>" % H,
   "Invoice INV-2025-118804 - loaner processing fees, PO 4500771203", "Wed, 05 Mar 2025 08:15:33 -0500",
"""Dear Accounts Payable,

Please find below a summary of invoice INV-2025-118804 for February 2025 loaner set services under PO 4500771203.

Line  Description                              Qty   Unit     Amount
1     Loaner set delivery - knee (Vector)       6    $175.00  $1,050.00
2     Loaner set delivery - hip (Apex)          3    $175.00    $525.00
3     Late return fee (set VK-0441)             1    $250.00    $250.00
4     Missing instrument - tibial sizer #4      1    $412.50    $412.50
                                                       TOTAL  $2,237.50

Terms Net 45. Remit to Orthavia Surgical LLC, PO Box 88210, Dept 4471.
Questions: Marla Jennings, 555-0197.

Orthavia Surgical - Accounts Receivable
""")

mk("clean", "admin", "",
   "Facilities Work Control <workcontrol@%s>" % H, "Gina Ferrante <gferrante@%s>" % H,
   "WO 25-031877 OR 7 humidity out of range - completed", "Thu, 06 Mar 2025 14:02:27 -0500",
"""Work Order: 25-031877
Location: Main OR, Room 7 / Sterile core corridor
Reported by: G. Ferrante (x4455) 03/05/2025 0612
Problem: Room humidity 68% (limit 60%), condensation on sterile storage shelves
Action: Replaced failed humidistat on AHU-4B, rebalanced supply. Readings 48% at 1330.
Technician: R. Villalobos
Status: COMPLETE

Please note any sterile packs on the lower shelves in the sterile core that were exposed should be evaluated by SPD per your policy. Facilities does not make that call.
""")

mk("clean", "admin", "",
   "Medical Staff Office <medstaff@%s>" % H, "Anesthesia Dept <anesthesia@%s>" % H,
   "Reappointment & license renewals due - April cycle", "Fri, 07 Mar 2025 10:45:00 -0500",
"""The following anesthesia providers are due for reappointment in the April cycle. Please submit updated documents by 3/28.

Name                    Credential  MA License   DEA exp     BLS/ACLS exp
Tomasz Wieczorek        CRNA        RN2284410    06/30/2025  04/2025
Kiran Deshpande         MD          271990       11/30/2026  08/2025
Yolanda Mercer-Briggs   CRNA        RN2301177    05/31/2025  05/2025
Andrés Villanueva       MD          288104       09/30/2027  03/2025 (expired?)

Dr. Villanueva - our records show ACLS lapsed 3/1. Please send the new card to medstaff@hrmc.org.

Thank you,
Sharon Lutz, CPMSM
Medical Staff Services, x2210
""")

mk("clean", "admin", "",
   "Revenue Integrity <revintegrity@%s>" % H, "Surgical Services Leadership <surg-leaders@%s>" % H,
   "CDM update effective 4/1 - bariatric and ortho lines", "Mon, 10 Mar 2025 16:30:12 -0400",
"""FYI - the following chargemaster lines change effective 4/1/2025. Nothing needed from the departments unless you see an issue.

CDM#       CPT     Description                                   Old price   New price
36011204   43775   LAP SLEEVE GASTRECTOMY                        $18,450     $19,175
36011207   43644   LAP GASTRIC BYPASS RNY                        $24,900     $25,880
36011219   43770   LAP ADJ GASTRIC BAND PLACEMENT                inactive    inactive
36040118   27447   TOTAL KNEE ARTHROPLASTY                       $31,200     $32,450
36040121   27130   TOTAL HIP ARTHROPLASTY                        $31,650     $32,900
71000310   J2710   NEOSTIGMINE 0.5MG                             $14.20      $14.20
71000352   J2060   SUGAMMADEX? (check HCPCS w/ pharmacy)         new         TBD

Questions to Alvin Metz, x6230.
""")

mk("clean", "admin", "",
   "Gina Ferrante <gferrante@%s>" % H, "SPD Techs <spd-techs@%s>" % H,
   "Sterilizer #3 BI failure - load recall complete", "Wed, 12 Mar 2025 07:20:44 -0400",
"""Team,

Positive BI on Steris #3, load 3-0311-07 (run 3/11 1415, lot BI-24K19). Per policy the load was quarantined and the sterilizer taken out of service. Trays in that load:

Tray ID     Description                 Status
GEN-0114    Major laparotomy set        recalled from core, reprocessed
LAP-0221    Laparoscopic chole set      recalled, reprocessed
BAR-0007    Bariatric long instruments  recalled, reprocessed
ORT-0902    Small frag set              was NOT used, reprocessed

None of the trays were opened on a patient - I checked every one against the OR case carts. Sterilizer #3 passed 3 consecutive BIs this morning (loads 3-0312-01/02/03) and is back in service. Biomed ticket BM-77120 closed.

Infection Prevention (Sunita) has been notified.

Gina Ferrante, CRCST, CHL
SPD Supervisor, x4455
""")

# =====================================================================
# CLEAN - lookalike
# =====================================================================

mk("clean", "lookalike", "",
   "IronPeak Fitness <members@ironpeakfitness.com>", "Sarah Delacroix <sdelacroix88@gmail.com>",
   "Your InBody scan results are in! Member #40018823", "Sat, 01 Mar 2025 09:00:00 -0500",
"""Hi Sarah,

Thanks for stopping by IronPeak Harrowgate for your monthly InBody scan! Here's your snapshot:

Member #: 40018823
Scan date: 02/28/2025
Weight: 168.4 lb  (-3.1 since last month)
Body fat: 29.2%
Skeletal muscle mass: 66.0 lb
BMI: 27.2
Visceral fat level: 9

You're crushing it! Book a free session with Coach Dominic to set your spring goals. Don't forget our "Surgery-free Summer Shred" bootcamp starts 3/17 - 6 weeks, $89.

Keep showing up,
The IronPeak Team
To unsubscribe, reply STOP.
""",
html="""<html><body style="font-family:Arial"><h2>Hi Sarah,</h2><p>Thanks for stopping by IronPeak Harrowgate for your monthly InBody scan!</p>
<table><tr><td>Member #</td><td>40018823</td></tr><tr><td>Weight</td><td>168.4 lb (-3.1)</td></tr><tr><td>Body fat</td><td>29.2%</td></tr><tr><td>BMI</td><td>27.2</td></tr><tr><td>Visceral fat level</td><td>9</td></tr></table>
<p>You're crushing it! Book a free session with Coach Dominic.</p></body></html>""")

mk("clean", "lookalike", "",
   "Maple Hollow Veterinary Hospital <frontdesk@maplehollowvet.com>", "Greg Tillman <gtillman@fastmail.com>",
   "Discharge instructions - Biscuit (dental extraction & cleaning)", "Tue, 04 Mar 2025 17:30:12 -0500",
"""Hi Greg,

Biscuit did great today! Here are her discharge instructions.

Patient: Biscuit   Species: Canine (Beagle)   Age: 9y   Weight: 27.4 lb
Client #: C-20417   Patient ID: P-55032
Procedure: Dental prophylaxis under general anesthesia, extraction of 3 premolars (308, 407, 408)
Pre-anesthetic bloodwork: all within normal limits

Medications:
- Carprofen 50 mg: 1/2 tablet by mouth once daily with food for 5 days
- Clavamox 125 mg: 1 tablet by mouth twice daily for 7 days

Soft food only for 10 days. She may be groggy tonight from anesthesia - that's normal. Recheck in 2 weeks with Dr. Halvorsen.

Maple Hollow Veterinary Hospital
555-0102
""")

mk("clean", "lookalike", "",
   "Harrowgate Community Credit Union <alerts@harrowgateccu.org>", "Member Services Notification <noreply@harrowgateccu.org>",
   "Important: Member # ending 4471 - account update", "Wed, 05 Mar 2025 06:00:00 -0500",
"""Dear Valued Member,

This message concerns your account, Member # xxxxx4471.

Effective April 1, 2025 our Health Savings Account (HSA) product will move to a new debit card platform. Your new HSA card will arrive in the next 10 business days. Your existing card will keep working through April 30.

Account type: HSA Individual
Account #: ****8812
Routing #: 211274450

No action is needed. Never share your PIN - HCCU will never ask for it by email or phone. Call 1-800-555-0190 with questions.

Harrowgate Community Credit Union
Federally insured by NCUA.
""")

mk("clean", "lookalike", "",
   "SkyMeridian Airlines <itinerary@skymeridian.com>", "Priyanka Das <pdas.travel@gmail.com>",
   "Your trip confirmation - Record Locator QX7T2M", "Thu, 06 Mar 2025 22:14:07 -0500",
"""Thank you for choosing SkyMeridian.

Record locator: QX7T2M
Passenger: DAS/PRIYANKA MS
SkyMiles Plus #: 2209 4481 7730
Ticket #: 0162384417720

Flight SM 1188  Sat 22 MAR  BOS 07:10 -> ORD 09:05  Seat 14C  Main Cabin
Flight SM  642  Sun 30 MAR  ORD 18:40 -> BOS 22:15  Seat 21A  Main Cabin

Travelling with medical devices or needing special assistance? Manage your trip at skymeridian.com/assist at least 48 hours before departure.

Carry-on: 1 bag + 1 personal item.
""")

mk("clean", "lookalike", "",
   "Claims - Granite State Auto Insurance <claims@granitestateauto.com>", "Doug Renner <drenner@renner-hvac.com>",
   "Claim GSA-25-0338172 - estimate approved", "Fri, 07 Mar 2025 11:11:11 -0500",
"""Dear Mr. Renner,

Your claim GSA-25-0338172 (policy AUT-7750218, 2021 Ford Transit, VIN ending 4821) for the 02/27/2025 collision has been reviewed.

Repair estimate from Millbrook Collision Center: $6,842.17 - APPROVED
Deductible: $500.00
Rental coverage: up to 14 days at $40/day

The body shop describes the front-end work as "major surgery" on the radiator support and bumper reinforcement, so please allow 8-10 business days. Our records show no injuries were reported at the scene; if that has changed, please call your adjuster Tamika Rhodes at 555-0176 so we can open a medical payments claim.

Granite State Auto Insurance
""")

mk("clean", "lookalike", "",
   "Hollins Tree Surgery <office@hollinstreesurgery.com>", "Marjorie Pell <mpell@verizon.net>",
   "Re: quote for the big oak - surgery and cabling", "Mon, 10 Mar 2025 08:47:20 -0400",
"""Hi Marjorie,

Thanks for having us out. Our arborist's assessment of the red oak in your back yard:

- Trunk cavity on the north side, about 18 in., with decay but sound wood around it
- Two co-dominant leaders with included bark - risk of split
- Signs of Hypoxylon canker on one lower limb

Recommended treatment:
1. Remove the infected limb (amputation cut back to the collar) - $450
2. Crown reduction 20% to reduce load - $1,200
3. Install dynamic cabling between leaders - $650
4. Follow-up check in 12 months (no charge)

Total $2,300. We can schedule the "operation" for the week of 3/24. Our certified arborist (ISA #NE-7711A) Kevin Hollins will be on site.

Best,
Dana Hollins
Hollins Tree Surgery - 555-0109
""")

mk("clean", "lookalike", "",
   "Jenkins CI <jenkins@build.quillstack.dev>", "platform-team@quillstack.dev",
   "[FAILED] patient-retry-worker #4471 - orphaned child process killed", "Tue, 11 Mar 2025 03:12:55 +0000",
"""Build #4471 of job patient-retry-worker FAILED

Stage: integration-tests
Host: ci-runner-07

  FAIL test_patient_process_recovers_after_sigterm (tests/test_worker.py:188)
  AssertionError: expected patient process (pid 30912) to be reaped; found zombie
  WARN orphaned child process 30931 killed by watchdog after 120s
  INFO surgical rollback of migration 0048_add_admission_queue ... ok
  INFO triage queue depth=0, discharge queue depth=14

Changes:
  a81f3e2 "make retry worker more patient with upstream 503s" (m.okafor)
  77c0d19 "bump healthcheck timeout" (j.lindqvist)

Console: https://build.quillstack.dev/job/patient-retry-worker/4471/console
""")

# =====================================================================
# CLEAN - news
# =====================================================================

mk("clean", "news", "",
   "Surgical Services Communications <periop-news@%s>" % H, "All Perioperative Staff <periop-all@%s>" % H,
   "The Sterile Field - March 2025 newsletter", "Mon, 03 Mar 2025 07:00:00 -0500",
"""THE STERILE FIELD
Harrowgate Regional Medical Center - Surgical Services Newsletter, March 2025

BY THE NUMBERS (February)
- 1,142 surgical cases, up 6% from January
- First-case on-time starts: 81% (goal 85%)
- PACU average length of stay: 74 min, down from 88
- Same-day cancellations: 2.9%

WELCOME
Please welcome Dr. Andrés Villanueva (Anesthesiology), Priscilla Hung RN (PACU) and Marcus Oyelowo (SPD tech II).

KUDOS
Shout-out to the SPD night shift, who turned around 41 loaner trays during the ortho surge week with zero IUSS events.

BARIATRIC PROGRAM RE-ACCREDITED
The Lakeshore Bariatric & Metabolic Institute received full MBSAQIP reaccreditation for another three years. Congratulations to Dr. Sandhu and the whole team.

REMINDERS
- Time-out: "Stop the line" applies to everyone, students included.
- Malignant hyperthermia drill in OR 5 on 3/20 at 0700.

Questions or story ideas: periop-news@hrmc.org
""",
html="""<html><body style="font-family:Georgia"><h1>THE STERILE FIELD</h1><p><i>Surgical Services Newsletter, March 2025</i></p>
<h3>By the numbers (February)</h3><ul><li>1,142 surgical cases, up 6%</li><li>First-case on-time starts: 81% (goal 85%)</li><li>PACU average LOS: 74 min</li><li>Same-day cancellations: 2.9%</li></ul>
<h3>Welcome</h3><p>Dr. Andr&eacute;s Villanueva (Anesthesiology), Priscilla Hung RN (PACU), Marcus Oyelowo (SPD tech II).</p>
<h3>Bariatric program re-accredited</h3><p>Full MBSAQIP reaccreditation for three years.</p></body></html>""")

mk("clean", "news", "",
   "Materials Management <matmgmt@%s>" % H, "Surgical Services Leadership <surg-leaders@%s>" % H,
   "URGENT: Medical Device Recall - Medivance EndoLinear 60 staplers (Class I)", "Wed, 05 Mar 2025 13:30:00 -0500",
"""URGENT MEDICAL DEVICE RECALL - CLASS I

Product: Medivance EndoLinear 60mm Articulating Stapler and reloads
Catalog numbers: ML60A, ML60AR-BLU, ML60AR-GRN
Affected lots: 24F101 through 24H377
Issue: Firing may stop before staple formation is complete, which could result in anastomotic or staple line leak and bleeding. The manufacturer reports 14 complaints and 3 injuries nationally; no deaths.

Action required at HRMC:
1. Materials Management has pulled all affected lots from the main OR, ASC and the bariatric core (total 212 units quarantined).
2. Do NOT use any EndoLinear 60 reloads with lot numbers in the range above.
3. Substitute: Ethiplex 60 articulating - par levels increased.
4. Surgeons who used affected lots since Sept 2024 will receive a separate memo from Risk Management.

Recall ref: MDV-2025-0031 / FDA Recall Event 94412

Materials Management, x3100
""")

mk("clean", "news", "",
   "State Dept of Public Health - HAI Program <hai-bulletin@dph.state.example.gov>", "Infection Prevention Contacts <ip-list@lists.dph.state.example.gov>",
   "HAI Quarterly Bulletin Q4 2024 - Surgical Site Infections", "Thu, 06 Mar 2025 10:00:00 -0500",
"""HEALTHCARE-ASSOCIATED INFECTION BULLETIN - Q4 2024

Surgical Site Infections (SSI), statewide, NHSN-defined

Procedure            Procedures   SSIs   SIR     95% CI
Colon surgery          3,412       118   0.91    0.76-1.09
Abdominal hysterect.   2,208        21   0.84    0.53-1.27
Hip arthroplasty       5,901        34   0.78    0.55-1.08
Knee arthroplasty      7,355        29   0.81    0.55-1.15
Gastric bypass/sleeve  1,644         9   0.72    0.35-1.32

Highlights
- Statewide colon SSI SIR improved for the 3rd consecutive quarter.
- Eleven hospitals reported zero SSIs across all five procedure categories.
- Reminder: 2025 NHSN rebaseline changes take effect with Q1 2025 data.

Facility-specific reports are available in the secure portal. This bulletin contains aggregate data only.

HAI Program, Bureau of Infectious Disease
""")

mk("clean", "news", "",
   "Lakeshore Bariatric Program <bariatric@%s>" % H, "Lakeshore Support Group List <bari-support@lists.%s>" % H,
   "The Lighter Side - April support group calendar + recipe", "Mon, 24 Mar 2025 12:00:00 -0400",
"""THE LIGHTER SIDE - April 2025

SUPPORT GROUP CALENDAR
Tue 4/1   6:30pm  "Protein Myths" with Bethany Korsgaard, RD  (Room B204)
Tue 4/8   6:30pm  Open sharing night, facilitated by Colleen Ashby, LCSW
Sat 4/12 10:00am  Grocery store tour - Harrowgate Market Basket (meet at entrance)
Tue 4/15  6:30pm  Ask the Surgeon: Dr. Amrit Sandhu - Q&A on long-term vitamins & hair loss
Tue 4/22  6:30pm  Virtual group (link sent day-of)
Tue 4/29  6:30pm  Alcohol after bariatric surgery: what changes and why

RECIPE OF THE MONTH: Lemon-herb baked cod (stage 4 friendly)
4 oz cod fillet, 1 tsp olive oil, lemon zest, dill, salt & pepper. Bake at 400F for 12 min.
Per serving: 130 kcal, 24 g protein.

REMINDER: Take your chewable multivitamin, calcium citrate, and B12 every day - set phone alarms!

You're receiving this because you joined the Lakeshore support group mailing list. To unsubscribe reply UNSUBSCRIBE.
""")

mk("clean", "news", "",
   "Anesthesia Patient Safety Digest <digest@anesthesia-safety-digest.org>", "Kiran Deshpande <kdeshpande@%s>" % H,
   "APSD Weekly: GLP-1 agonists and aspiration; dantrolene supply update", "Wed, 26 Mar 2025 06:30:00 -0400",
"""ANESTHESIA PATIENT SAFETY DIGEST - Week of March 24

1. GLP-1 RECEPTOR AGONISTS AND PERIOPERATIVE ASPIRATION
A multi-society statement updated guidance on semaglutide and tirzepatide before elective surgery. Most patients may continue therapy; consider a 24-hour liquid diet before surgery in those at high risk for retained gastric contents, and point-of-care gastric ultrasound when in doubt.

2. DANTROLENE SUPPLY
The manufacturer of the 250 mg rapid-reconstitution formulation reports supply is stable through Q3. Facilities should continue to stock enough for an initial dose of 10 mg/kg for a 70 kg adult.

3. CASE REPORT ROUNDUP
Three published reports this month describe awake fiberoptic intubation in patients with BMI > 60. Authors highlight ramped positioning and high-flow nasal oxygen.

4. EVENTS
- Regional Difficult Airway Workshop, April 26, Worcester - 8 CME credits

You are receiving this digest as a subscriber. Manage preferences at anesthesia-safety-digest.org/prefs
""")

mk("clean", "news", "",
   "Perioperative Quality <periop-quality@%s>" % H, "Surgical Services Leadership <surg-leaders@%s>" % H,
   "Q1 perioperative dashboard (prelim)", "Mon, 31 Mar 2025 15:15:00 -0400",
"""Preliminary Q1 numbers, final after coding closes 4/10.

Metric                              Jan     Feb     Mar*    Target
Total cases                         1078    1142    1190    -
Bariatric cases                       38      41      44    -
First case on-time start            78%     81%     84%     85%
OR turnover (min, median)             31      29      28     <30
PACU LOS (min, mean)                  88      74      71     <75
PACU holds > 60 min for bed           52      47      39    <30
Same-day cancellations              3.4%    2.9%    2.6%    <2.5%
Unplanned return to OR (30d)           4       3       2     -
Flash sterilization (IUSS) events      2       0       1      0
Bariatric 30-day readmission        5.3%    4.9%    4.5%    <5%

*March through 3/28.

Aggregate data only - do not forward outside HRMC.
""")

# =====================================================================
# CLEAN - staff
# =====================================================================

mk("clean", "staff", "",
   "Dr. Kiran Deshpande <kdeshpande@%s>" % H, "Dr. Amrit Sandhu <asandhu@%s>" % H,
   "ERAS carb loading in our diabetic bariatric pts?", "Tue, 04 Mar 2025 20:10:43 -0500",
"""Amrit,

Question for the ERAS committee on the 18th. Right now the bariatric pathway gives everyone the 50 g clear carb drink 2 hrs pre-op, including insulin-dependent diabetics. Pharmacy flagged that we're seeing pre-induction glucoses in the high 200s in that subgroup. Literature is thin. Options:
(a) exclude A1c > 8 / insulin users from carb loading
(b) swap to a low-carb clear protein drink for them
(c) keep as is and treat with SQ insulin in pre-op

I lean (a). Thoughts before I put it on the agenda?

Kiran
""")

mk("clean", "staff", "",
   "Bernadette Okoro RN <bokoro@%s>" % H, "Dr. Kiran Deshpande <kdeshpande@%s>" % H,
   "PACU desat event - protocol question", "Thu, 06 Mar 2025 11:25:09 -0500",
"""Dr. Deshpande,

Without getting into specifics, we had a 60s male yesterday, BMI over 50, known OSA, who came out after a lap sleeve with his own CPAP but it didn't get put on for about 40 min because nobody could find the mask in his belongings. He desatted to the low 80s twice and got narcan once. He's fine, but it rattled the nurse.

Two asks:
1. Can pre-op put the CPAP mask IN the bed with the patient, bagged and labeled, instead of with belongings?
2. Can we add "CPAP on within 10 min of arrival" to the PACU OSA order set?

I filed a safety report already. Happy to bring it to the periop committee.

Bernadette Okoro, BSN, RN, CPAN
PACU Nurse Manager
""")

mk("clean", "staff", "",
   "House Supervisor <housesup@%s>" % H, "PACU Charge <pacu-charge@%s>" % H,
   "RE: need 1 RN for PACU tonight", "Fri, 07 Mar 2025 17:48:12 -0500",
"""Found you someone - Dmitri from the float pool will come at 1900 till 0300. He's PACU-competent, ACLS current. I can't get a second unless SICU frees someone up after 2300.

Please send back any OR holds early if they're only waiting on transport.

Rhonda Kessler, MSN, RN
House Supervisor

> From: PACU Charge
> Sent: Friday, March 07, 2025 4:55 PM
> Two sick calls for nights and 3 ORs running late, we'll have at least 6 overnight holds.
> Can you find anyone? - Bernadette
""")

mk("clean", "staff", "",
   "Gina Ferrante <gferrante@%s>" % H, "OR Charge Nurses <or-charge@%s>" % H,
   "wet packs from OR 3 - please send back, don't open", "Mon, 10 Mar 2025 06:55:31 -0400",
"""Morning,

We've had 4 wet packs reported in the last week, all heavy ortho and bariatric long-instrument trays, all from washer/sterilizer #2. Until Biomed finishes looking at it:
- If you see moisture on or in a wrapped tray, DO NOT use it. Tag it and send it back to SPD.
- Rigid containers are fine so far.
- Please don't just wipe them off and open, I know the case is waiting.

We've pushed extra dry time to 40 min for the heavy trays meanwhile, which will slow turnaround a bit. Sorry!

Gina
SPD x4455
""")

mk("clean", "staff", "",
   "Dr. Andrés Villanueva <avillanueva@%s>" % H, "Anesthesia Dept <anesthesia@%s>" % H,
   "sugammadex criteria - draft for comment", "Wed, 12 Mar 2025 13:40:00 -0400",
"""Colleagues,

Pharmacy asked us to tighten sugammadex use (it's now our #2 drug spend). Draft criteria below, comments by Friday please.

Sugammadex appropriate when:
- TOF count < 2 at end of case and extubation needed
- Morbid obesity (BMI >= 40) or known/suspected OSA
- Neuromuscular disease, or neostigmine contraindicated
- Cannot intubate / cannot ventilate after rocuronium

Neostigmine/glyco preferred: TOF >= 2, routine short cases.

Document the TOF count before reversal in the anesthesia record. Quantitative monitor use is expected in all cases by July.

Andrés Villanueva, MD
Anesthesiology
""")

mk("clean", "staff", "",
   "Bethany Korsgaard RD, LD <bkorsgaard@%s>" % H, "Bariatric Team <bariatric-team@%s>" % H,
   "updated pre-op liquid diet handout v4", "Thu, 13 Mar 2025 15:02:17 -0400",
"""Hi all,

Attached the text of the revised pre-op liquid diet handout (v4). Main changes:
- protein goal now a flat 60-80 g/day instead of weight-based
- added list of lactose-free shakes
- removed sugar-free gelatin limit
- GLP-1 note: "Ask your surgeon about when to stop" (instead of specific days)

Please use this version starting Monday and recycle the old ones in the clinic rooms.

Bethany
""",
atts=[("preop_liquid_diet_v4.txt",
"""LAKESHORE BARIATRIC & METABOLIC INSTITUTE
PRE-OPERATIVE LIQUID DIET (2 weeks before surgery)  v4 03/2025

Goal: shrink the liver to make surgery safer.
Each day:
- 3-4 protein shakes (aim for 60-80 g protein total)
- 64 oz or more of sugar-free clear fluids
- Sugar-free gelatin and popsicles as desired
- 1 cup broth

Avoid: solid food, carbonated drinks, alcohol, caffeine over 1 cup/day.
If you take insulin or diabetes pills, call the clinic - your doses may need to change.
If you take a weekly GLP-1 medicine, ask your surgeon when to stop it.
Questions: 555-0187
""", "text/plain")])

mk("clean", "staff", "",
   "Dr. Amrit Sandhu <asandhu@%s>" % H, "General Surgery Residents <gs-residents@%s>" % H,
   "M&M Thursday - leak case", "Mon, 17 Mar 2025 19:30:00 -0400",
"""Residents,

Thursday's M&M is mine. De-identified case: a woman in her 40s, RYGB, POD 3 tachycardia to the 120s with otherwise reassuring exam and normal WBC, CT read as negative, discharged POD 4, returned POD 6 with a GJ anastomotic leak.

Come ready to discuss:
1. Tachycardia as the sole sign of leak - what's your threshold to re-explore vs. re-image?
2. Sensitivity of CT with oral contrast for leak after RYGB
3. Could the recalled stapler lots have played a role, and how do we handle that disclosure?

Please do NOT put any identifiers on your slides - Dr. Oyelaran will check.

AS
""")

# =====================================================================
# CLEAN - training
# =====================================================================

mk("clean", "training", "",
   "Clinical Informatics Education <cie@%s>" % H, "New Perioperative Hires <periop-newhires@%s>" % H,
   "SurgiTrack training environment - your practice patients", "Mon, 03 Mar 2025 08:00:00 -0500",
"""Welcome to SurgiTrack training!

Log in to the TRAINING environment only (URL: https://surgitrack-trn.hrmc.org). Use these fictitious practice patients for the exercises. They do not exist in production:

ZZTEST, PERIOP ONE      MRN 99999001   DOB 01/01/1950   Scenario: R TKA, add allergy, build case
ZZTEST, PERIOP TWO      MRN 99999002   DOB 02/02/1975   Scenario: lap sleeve, document CPAP
ZZTEST, PACU THREE      MRN 99999003   DOB 03/03/1990   Scenario: PACU Aldrete scoring & discharge
ZZTEST, PEDS FOUR       MRN 99999004   DOB 04/04/2018   Scenario: T&A, parent contact

Never practice on a real patient's chart. Accessing production records for training is a privacy violation.

Clinical Informatics Education, x5120
""")

HL7_DEMO = """MSH|^~\\&|DEMOEHR|DEMOHOSP|DEMOOR|DEMOHOSP|20250101120000||ADT^A01|DEMO0001|T|2.5.1
EVN|A01|20250101120000
PID|1||TEST123456^^^DEMOHOSP^MR||DOE^JOHN^Q||19000101|M|||123 ANY STREET^^ANYTOWN^ZZ^00000||555-555-5555
PV1|1|I|DEMO^101^A||||0000000000^TEST^PROVIDER
"""

mk("clean", "training", "",
   "Kelvin Osei <kosei@orbitpath-health.io>", "Ravi Subramanian <rsubramanian@%s>" % H,
   "OrbitPath interface demo - sample messages", "Wed, 05 Mar 2025 10:30:00 -0500",
"""Hi Ravi,

Thanks for the time yesterday. As promised, here's the sample ADT we used in the demo - it's from our synthetic test harness (processing ID T, all fields are dummy values: DOE^JOHN, 1900 birthdate, 555-555-5555). Feel free to send it through your test engine to confirm connectivity before we exchange any real traffic.

Next step is the BAA, then we'll set up the VPN tunnel.

Kelvin Osei
Solutions Engineer, OrbitPath Health
""",
atts=[("sample_ADT_A01_TEST.hl7", HL7_DEMO, "text/plain")])

mk("clean", "training", "",
   "ClaimBridge Onboarding <onboarding@claimbridge-edi.com>", "Vernon Ellis <vellis@%s>" % H,
   "Companion guide excerpt - 837P test file format", "Thu, 06 Mar 2025 09:00:00 -0500",
"""Welcome to ClaimBridge! For your test phase, please submit the attached-format test file with ISA15 = T. Example from the companion guide (all data is fictitious):

ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*CLAIMBRIDGE    *250101*1200*^*00501*000000001*0*T*:~
NM1*IL*1*SUBSCRIBER*SAMPLE****MI*TEST00000001~
N3*123 SAMPLE STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*U~
CLM*TESTCLAIM001*100.00***11:B:1*Y*A*Y*Y~
SV1*HC:99213*100.00*UN*1***1~

Do not include real patient data in test files. Your test window is open through 4/15.

ClaimBridge EDI Onboarding Team
""")

mk("clean", "training", "",
   "Simulation Center <simcenter@%s>" % H, "PACU Staff <pacu-staff@%s>" % H,
   "Sim day 3/19 - PACU emergencies scenario packet", "Fri, 07 Mar 2025 14:14:14 -0500",
"""PACU team,

Your in-situ simulation is Wed 3/19, 0730-0930, PACU bays 10-12. The mannequin "patient" is:

  SIM PATIENT: "Jane Doe", 58F (SimMan 3G, serial SM3G-0412)
  Scenario A: post lap chole, laryngospasm on emergence
  Scenario B: post TKA, local anesthetic systemic toxicity after adductor block
  Scenario C: malignant hyperthermia 20 min after arrival - dantrolene mixing

All chart data in the sim EHR is fictitious. Please bring your badge for the LAST cart and wear scrubs. Debrief in conference room 2.

Heather Nguyen-Ellis, MSN, RN, CHSE
Simulation Educator
""")

mk("clean", "training", "",
   "Privacy Office <privacy@%s>" % H, "All Staff <allstaff@%s>" % H,
   "Annual HIPAA refresher - what counts as PHI (examples inside)", "Mon, 10 Mar 2025 08:30:00 -0400",
"""Annual privacy training is due by April 30. This year's module has a new email section. A preview:

Which of these is PHI?
  A) "John Doe, DOB 01/01/1900, had a colonoscopy on 1/2/2025."      -> YES (name + DOB + service) - sample only
  B) "We did 44 bariatric cases in March."                            -> NO (aggregate)
  C) "The patient in bed 4 with the broken ankle"                     -> Often YES - can be identifying in context
  D) "A 60s male with OSA had a desaturation in PACU."                -> Usually NO if nothing else identifies him

Rules of thumb for email:
- Use SECURE: in the subject line to encrypt anything with PHI going outside hrmc.org
- Minimum necessary - don't paste whole schedules when one line will do
- Never email PHI to your personal account

Take the module in HealthStream: course HIPAA-2025-ANN.

Privacy Office | privacy@hrmc.org | x2900
""", cte="quoted-printable")

CSV_DEMO = """record_id,patient_label,age_band,procedure,baseline_bmi,bmi_6mo,pct_ewl_6mo,readmit_30d
DEMO-001,Sample Patient A,40-49,Sleeve,44.1,35.2,46.2,N
DEMO-002,Sample Patient B,50-59,RYGB,51.7,40.3,52.8,N
DEMO-003,Sample Patient C,30-39,Sleeve,41.0,33.6,48.9,Y
DEMO-004,Sample Patient D,60-69,RYGB,47.5,38.9,41.4,N
DEMO-005,Test Patient E,20-29,Sleeve,39.8,31.0,60.3,N
"""

mk("clean", "training", "",
   "Lena Marchetti <lmarchetti@bariatrak.com>", "Dr. Amrit Sandhu <asandhu@%s>" % H,
   "BariaTrak demo follow-up + sample dataset", "Wed, 12 Mar 2025 16:05:48 -0400",
"""Dr. Sandhu,

Great meeting your team on Tuesday. As mentioned, BariaTrak calculates %EWL, tracks vitamin labs and support group attendance, and exports straight to the MBSAQIP registry.

Attached is the synthetic demo dataset we walked through (Sample Patients A-E - not real people) so Nadia and Bethany can play with the import. The sandbox login is in a separate email.

Pricing proposal coming Friday.

Lena Marchetti
Account Executive, BariaTrak
555-0121
""",
atts=[("bariatrak_demo_dataset.zip", zipbytes([("bariatrak_demo_dataset.csv", CSV_DEMO),
                                                ("README.txt", "Synthetic data for demo purposes only. No real patients.\n")]),
       "application/zip")])

# =====================================================================
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "label", "kind", "patient_name"])
    for r in ROWS:
        w.writerow(r)

if __name__ == "__main__":
    pass
