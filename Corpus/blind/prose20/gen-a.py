#!/usr/bin/env python3
"""Blind eval set: HIM / revenue cycle of a regional hospital + a telepsychiatry company.
All messages hand-written; everything is invented. Standard library only, deterministic."""
import os, io, csv, random, zipfile, email, datetime, sys
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from email import policy

random.seed(2020)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def D(s, tz=-5):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def add(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(),
        charset="utf-8", cte=None, cc=None, hdrs=None):
    M.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                  date=date, body=body, html=html, atts=list(atts), charset=charset,
                  cte=cte, cc=cc, hdrs=hdrs or {}))

def mid(frm):
    dom = parseaddr(frm)[1].split("@")[-1] or "localhost"
    return "<%s.%d@%s>" % ("".join(random.choice("0123456789ABCDEF") for _ in range(20)),
                            random.randint(10000, 999999), dom)

def build(d):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = d["to"]
    if d.get("cc"):
        m["Cc"] = d["cc"]
    m["Subject"] = d["subj"]
    m["Date"] = D(d["date"]) if len(d["date"]) == 16 else d["date"]
    m["Message-ID"] = mid(d["frm"])
    for k, v in d.get("hdrs", {}).items():
        m[k] = v
    cs = d.get("charset", "utf-8")
    kw = {"charset": cs}
    if d.get("cte"):
        kw["cte"] = d["cte"]
    if d.get("body") is not None:
        m.set_content(d["body"], **kw)
        if d.get("html"):
            m.add_alternative(d["html"], subtype="html", **kw)
    elif d.get("html"):
        m.set_content(d["html"], subtype="html", **kw)
    for a in d.get("atts", []):
        t = a.get("t", "text")
        if t == "text":
            akw = {"subtype": a.get("sub", "plain"), "filename": a["name"]}
            if a.get("cte"):
                akw["cte"] = a["cte"]
            if a.get("charset"):
                akw["charset"] = a["charset"]
            m.add_attachment(a["data"], **akw)
        elif t == "bin":
            data = a["data"].encode(a.get("charset", "utf-8")) if isinstance(a["data"], str) else a["data"]
            mt, st = a.get("mime", "application/octet-stream").split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=a["name"])
        elif t == "eml":
            m.add_attachment(build(a["msg"]))
        elif t == "zip":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for n, c in a["files"]:
                    zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, c)
            m.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename=a["name"])
    return m

HOSP_DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
             "intended recipient(s) and may contain confidential and privileged information. Any "
             "unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
             "intended recipient, please contact the sender by reply e-mail and destroy all copies.")

def outlook(body_html, sig_html, disc=True):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
            "table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #999;padding:2px 6px;"
            "font-size:10pt}</style></head><body lang=EN-US><div class=WordSection1>"
            + body_html + "<p class=MsoNormal>&nbsp;</p>" + sig_html
            + ("<p class=MsoNormal style=\"font-size:8pt;color:gray\">" + HOSP_DISC + "</p>" if disc else "")
            + "</div></body></html>")

# =========================== PHI: care =====================================
add("phi", "care", "Brenneman",
    "Colleen Waring <cwaring@northfieldregional.org>", "Emeka Okafor MD <eokafor@northfieldregional.org>",
    "Documentation query - acct 40017823", "2026-02-19 10:42",
    body="""Dr. Okafor,

I'm reviewing the inpatient record for Harold Brenneman (acct 40017823, admitted 2/14, you were
attending on 2/16). Your op note from the bedside procedure on 2/16 says "excisional debridement of
the left heel wound" but doesn't say how deep the debridement went.

Based on your documentation, can you clarify the deepest tissue layer removed?

  [ ] skin / subcutaneous tissue
  [ ] muscle / fascia
  [ ] bone
  [ ] other: ____________
  [ ] unable to determine

Please answer by addending the op note in the chart, not by replying here. The account is on hold
for final coding until this is resolved.

Thanks,
Colleen Waring, RHIT, CCDS
Clinical Documentation Integrity | Northfield Regional Medical Center
ext. 4471
""")

add("phi", "care", "Whitford",
    "Jasmine Ortega <jortega@harborlighttelepsych.com>", "Dr. Priya Raman <praman@harborlighttelepsych.com>",
    "Whitford - moving Tues 3pm", "2026-03-09 16:05",
    body="""Hi Dr. Raman - Lena Whitford called, her 3pm med check tomorrow doesn't work (work thing), I moved her to Thurs 3/12 at 10:30. She's got about 4 sertraline left and asked if you could send the refill to the CVS on Route 9 in Westbrook before Thursday so she doesn't run out.
Jasmine
""",
    html=outlook("""<p class=MsoNormal>Hi Dr. Raman &#8211; Lena Whitford called, her 3pm med check tomorrow doesn&#8217;t work (work thing), I moved her to <b>Thurs 3/12 at 10:30</b>. She&#8217;s got about 4 sertraline left and asked if you could send the refill to the CVS on Route 9 in Westbrook before Thursday so she doesn&#8217;t run out.</p>
<p class=MsoNormal>Jasmine</p>""",
    """<p class=MsoNormal style="color:#1F4E79"><b>Jasmine Ortega</b><br>Patient Scheduling Coordinator<br>Harborlight Telepsychiatry | (603) 288-4190 x112</p>""", disc=False))

add("phi", "care", "Delacroix",
    "Marcus Bell <mbell@northfieldregional.org>", "Patient Financial Services <pfs@northfieldregional.org>",
    "RE: estimate request - Delacroix MRI 4/2", "2026-03-27 13:18",
    body="""Estimate is done and I left her a voicemail. Numbers below if she calls back before I do.

CPT 72148 MRI lumbar w/o contrast - gross charge $2,640.00
Plan allowed (Harvest Mutual PPO): $1,412.00
Remaining deductible: $950.00, then 20% coinsurance on $462 = $92.40
Est. patient responsibility: $1,042.40

She asked about the prompt pay discount, I told her we can do 10% if paid at time of service.

Marcus

-----Original Message-----
From: Patient Financial Services <pfs@northfieldregional.org>
Sent: Thursday, March 26, 2026 4:51 PM
To: Marcus Bell <mbell@northfieldregional.org>
Subject: estimate request - Delacroix MRI 4/2

Marcus, can you run an estimate for Yvette Delacroix, scheduled 4/2 at the Westbrook imaging
center, lumbar MRI without contrast. She has Harvest Mutual PPO and wants to know what she'll owe
before she decides whether to go ahead. Callback 603-417-2286.

Thanks - Gina (PFS front desk)
""")

add("phi", "care", "Wielgosz",
    "Renata Kim RN <rkim@northfieldregional.org>", "4 West Charge RN <4westcharge@northfieldregional.org>",
    "K+ 5.9 rm 412", "2026-01-23 05:47",
    body="""FYI lab just called critical K 5.9 on Tomasz Wielgosz rm 412. Dr Patel aware, wants repeat BMP at 0800 and an EKG now. Hold his 0900 lisinopril until repeat is back. Not hemolyzed per lab.
-Renata
Sent from my iPhone""")

add("phi", "care", "Fairbanks",
    "Release of Information <roi@northfieldregional.org>", "Kara Lindahl <klindahl@whitcombdale.com>",
    "Records - your client Denise Fairbanks - NRMC request #R26-01188", "2026-02-04 11:20",
    html=outlook("""<p class=MsoNormal>Ms. Lindahl,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>In response to your request dated January 21, 2026 and the HIPAA-compliant authorization signed by your client, enclosed via our secure portal are the certified records for:</p><p class=MsoNormal>&nbsp;</p>
<table class=t><tr><th>Patient</th><td>Denise M. Fairbanks</td></tr><tr><th>Date of birth</th><td>08/19/1971</td></tr>
<tr><th>Dates of service</th><td>11/03/2025 &#8211; 11/07/2025</td></tr>
<tr><th>Contents</th><td>ED record, H&amp;P, operative report (open reduction internal fixation, right ankle), radiology reports, discharge summary, itemized bill</td></tr>
<tr><th>Pages</th><td>214</td></tr><tr><th>Invoice</th><td>INV-R26-01188, $48.20 (due within 30 days)</td></tr></table>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>The portal link expires in 14 days. A certification of records custodian is included as the first page.</p>""",
    """<p class=MsoNormal>Regards,<br><b>Release of Information Desk</b><br>Health Information Management<br>Northfield Regional Medical Center<br>1 Hospital Drive, Northfield, NH 03276 | Fax (603) 286-9022</p>"""))

add("phi", "care", "Teague",
    "Hannah Sorensen LICSW <hsorensen@harborlighttelepsych.com>", "Dr. Victor Alcott <valcott@harborlighttelepsych.com>",
    "intake today", "2026-03-17 18:32",
    body="""Victor,

Quick note before I forget - did the intake for Marcus Teague today (he came through the Dunmore
Logistics EAP). Seemed motivated, good rapport. EAP authorized 6 sessions, we're booked weekly
Tuesdays 5pm starting 3/24. He asked about a med eval and I said I'd check with you whether you
have anything in April. PHQ-9 and GAD-7 are in the chart.

Hannah
""")

add("phi", "care", "Ventimiglia",
    "HIM Correspondence <him-correspondence@northfieldregional.org>", "Sarah Fenn DO <sfenn@northfieldregional.org>",
    "Amendment request - action needed within 60 days", "2026-04-06 09:03",
    body="""Dr. Fenn,

The HIM department received a written request to amend protected health information under 45 CFR
164.526. Details:

Patient: Gloria Ventimiglia
MRN: 01193358
Encounter: Primary care visit 01/22/2026, Northfield Family Medicine
Section: Social history
Patient's statement: "I have never smoked. The note says I smoke a half pack a day. Please remove this."

As author of the note, please review and indicate whether you ACCEPT (and addend the note) or DENY
(with the reason) using the amendment form in your EHR in-basket. We must respond to the patient by
06/05/2026.

Health Information Management
Northfield Regional Medical Center
""")

appeal_txt = """Harvest Mutual Health Plan
Appeals Unit
PO Box 4410
Concord, NH 03302

March 3, 2026

RE:  Request for reconsideration
     Member: Raymond Osei
     Member ID: HMH448193027
     Claim #: 2026012845501
     Date of service: 12/10/2025
     Procedure: CPT 29881, knee arthroscopy with meniscectomy, right

To Whom It May Concern:

Northfield Regional Medical Center requests reconsideration of the denial of the claim referenced
above (remark code N115 / CARC 50, "not deemed a medical necessity"). Mr. Osei completed eight weeks
of physical therapy (October-December 2025) and an MRI dated 11/18/2025 before surgery, as documented
in the enclosed clinic notes from Dr. Liang Hu. The procedure was pre-authorized under reference
PA-2025-771930 on 11/24/2025; a copy of the authorization letter is enclosed.

We ask that the claim be reprocessed for payment. Please contact me with any questions.

Sincerely,

Beth Amundsen, CPC
Denials & Appeals Specialist
Northfield Regional Medical Center
(603) 286-4418
"""
add("phi", "care", "Osei",
    "Beth Amundsen <bamundsen@northfieldregional.org>", "Denials Team <denials@northfieldregional.org>",
    "appeal draft for review", "2026-03-02 15:26",
    body="""Draft attached for the Harvest Mutual one - can someone sanity check before I send it tomorrow? I wasn't sure whether to cite the PA number in the first paragraph or leave it for the enclosures.

Beth
""", atts=[dict(name="appeal_draft_v2.txt", data=appeal_txt, cte="base64")])

# =========================== PHI: names ====================================
add("phi", "names", "Kowalczyk",
    "Tina Marchetti <tmarchetti@northfieldregional.org>", "Deb Holloway <dholloway@northfieldregional.org>",
    "Kowalczyk chart - still unsigned", "2026-03-05 14:12",
    body="""Deb - still needs Dr. Amsel's signature on the 2/27 H&P before coding can drop the bill. It's been on his deficiency list 9 days. Can you nudge him at the med staff meeting? You have better luck than I do.
-Tina
""")

add("phi", "names", "Harlan",
    "Jasmine Ortega <jortega@harborlighttelepsych.com>", "Clinical Leads <clinical-leads@harborlighttelepsych.com>",
    "Bobby H - therapist switch request", "2026-02-11 11:47",
    body="""Hi all,

Mrs. Harlan called again this morning about Bobby (her son, Robert Harlan Jr., he's 19 so he has
to make the request himself, I did tell her that). She says he told her he'd feel more comfortable
with a male therapist and he "won't open up" to Dr. Nguyen. Bobby then got on the phone and said
yes, that's what he wants.

Do we have a male clinician with Wednesday evening availability? Kevin maybe? I don't want to just
move him without Dr. Nguyen knowing - Anh, can you let me know if you're ok with this?

Thanks,
Jasmine
""")

add("phi", "names", "Pruitt",
    "Carlos Mendes <cmendes@northfieldregional.org>", "Sandra Yoon <syoon@northfieldregional.org>",
    "Pruitt, Dolores -- sent to Keystone in error?", "2026-01-28 10:09",
    body="""Sandra,

Can you look at Pruitt, Dolores? Keystone Recovery sent her a placement letter last week for the
$1,876.50 balance from her October infusion visits, but she's been on a $75/month payment plan since
Oct 30 and hasn't missed one. She came to the window today with her receipts and she was in tears.

I think the plan flag didn't carry over when the account went to the new guarantor. If that's it we
need to recall it from Keystone and send a correction to the bureaus if they reported.

Carlos Mendes
Patient Financial Counselor
""")

add("phi", "names", "Abernathy",
    "Jenna Pollard <jpollard@northfieldregional.org>", "Billing Supervisors <billing-sup@northfieldregional.org>",
    "Mr. Abernathy's ambulance bill", "2026-04-14 08:55",
    body="""Morning - Mr. Abernathy's wife called again yesterday (third time). She's upset that his ambulance transport from the Hillsdale clinic to us on 3/1 was billed as non-emergent and Medicare denied it. She says the clinic doctor told them he needed to go by ambulance. Carlos thinks we need the physician certification statement from Hillsdale to appeal. Does anyone know who the contact there is now that Rhonda retired?

Jenna
""")

add("phi", "names", "Feeney",
    "Paula Greer <pgreer@northfieldregional.org>", "Dr. Martin Lin <mlin@northfieldregional.org>",
    "RE: school records request", "2026-03-18 12:30",
    cc="Dr. Ellen Rosen <erosen@northfieldregional.org>",
    body="""Dr. Lin - thanks. I'll hold off until the mom signs the authorization; the school's form
isn't enough on its own. Dr. Rosen, I've cc'd you since you saw him in follow up.

Paula

From: Martin Lin
Sent: Wednesday, March 18, 2026 11:02 AM
To: Paula Greer
Subject: RE: school records request

Paula, the Feeney boy is Liam - I saw him in the ED after the hockey game in February. The school
nurse wants the concussion eval and the return-to-learn instructions, which is reasonable, but they
need a parent to sign. Ellen did the 2-week recheck.

Martin

From: Paula Greer
Sent: Tuesday, March 17, 2026 3:40 PM
To: Martin Lin
Subject: school records request

Hi Dr. Lin, we got a fax from Westbrook Middle School asking for records on a student named Feeney,
no first name, DOB 7/2/2013, "from the February ER visit." Is this your patient? I want to make sure
I pull the right chart.

Paula Greer | ROI Specialist | x4460
""")

add("phi", "names", "Corbett",
    "Legal Affairs <legal@northfieldregional.org>", "HIM Director <him-director@northfieldregional.org>",
    "Subpoena - State v. Corbett - DO NOT RELEASE yet", "2026-02-26 16:44", cte="8bit",
    body="""Ruth,

We were served today with a subpoena duces tecum from the Merrimack County Attorney's office in
State v. Corbett, asking for all ED records of Jamal Corbett for 9/14/2025, including the tox screen
and blood alcohol.

It is signed by an attorney, not a judge, and there is no patient authorization and no assurance
letter. Please log it and do not release anything. I'll call the ADA tomorrow and ask for a court
order. Response date on the face of the subpoena is 3/13.

Also note the records include a substance-use consult note, which may bring in Part 2. Flag that
section separately.

Thanks,
Michael Sturgis
Associate General Counsel
""")

add("phi", "names", "Petrosyan",
    "Dr. Victor Alcott <valcott@harborlighttelepsych.com>", "Dr. Priya Raman <praman@harborlighttelepsych.com>",
    "Anya Petrosyan", "2026-04-02 19:10",
    body="""Priya -
Anya (the ICU nurse who came in through the St. Clare EAP) no-showed again today, that's three in a row and she hasn't answered our outreach calls or the portal messages. I'm going to send the discharge letter with crisis numbers per policy unless you want to try once more - I know you saw her for the initial eval.
V
""")

add("phi", "names", "Whitlock",
    "Beth Amundsen <bamundsen@northfieldregional.org>", "Terry Vogel <tvogel@northfieldregional.org>",
    "RE: Denial - Whitlock, Gerald - CO-197", "2026-03-31 10:21",
    body="""Got the retro auth number from Granite Health today (RA-66120). Resubmitting as a corrected claim this afternoon.

-----Original Message-----
From: Terry Vogel
Sent: Monday, March 30, 2026 2:17 PM
To: Beth Amundsen
Subject: Denial - Whitlock, Gerald - CO-197

Beth, this one came back CO-197 (precert absent). The cardiac cath was done urgently off the ED on
2/8 so there should be a retro auth window. Can you call?
""")

# =========================== PHI: self =====================================
add("phi", "self", "Moody",
    "Darlene Moody <dmoody1962@gmail.com>", "billing@northfieldregional.org",
    "FOURTH time writing about this bill!!!", "2026-02-17 21:38",
    body="""I have called FOUR times and nobody calls me back so now I am writing.

I was in your emergency room on January 3rd because I was having chest pains. They did an EKG and bloodwork and a chest xray and sent me home after 3 hours and said it was probably muscle strain. FINE. Now I get a bill for $3,412.66 and my insurance (Granite Health) says you billed it as a "level 5" visit and a bunch of other things I never had.

I am on a fixed income. I am 63 years old. I did not go to the ER for fun, I thought I was having a heart attack.

I want an itemized bill and I want somebody to explain to me what a level 5 is. My account number on the bill is 40021177.

Darlene Moody
14 Birch Hollow Rd, Northfield
603-286-5519
""")

add("phi", "self", "Lindqvist",
    "Karin Lindqvist <karin.lindqvist@outlook.com>", "Harborlight Support <support@harborlighttelepsych.com>",
    "Question about my daughter's therapy", "2026-01-14 22:51",
    body="""Hello,

I'm not sure who to ask so I'm writing to the support address. My daughter Sophie (she's 15) has been
seeing Dr. Barrett on video since September for her anxiety. We pay for it (through my husband's
insurance, Oakline). She has gotten better in some ways but she won't talk to us about anything that
happens in the sessions and last week she said she "didn't see the point" of anything and went to
her room. I don't know if I should be worried.

Can I get a copy of Dr. Barrett's notes? Or at least talk to her? I understand there is some privacy
but I'm her mother and I'm scared.

Thank you,
Karin Lindqvist
(Sophie's DOB is 4/30/2010 if you need it)
""")

add("phi", "self", "Castellanos",
    "=?iso-8859-1?q?Ren=E9e_Castellanos?= <rcastellanos@comcast.net>", "Health Information Management <him@northfieldregional.org>",
    "Request to correct my medical record", "2026-03-10 08:15",
    charset="iso-8859-1", cte="quoted-printable",
    body="""To whom it may concern,

I am writing to formally request a correction (amendment) to my medical record.

Name: Renée Castellanos
Date of birth: 12/06/1979
Hospital stay: March 4 - March 7, 2025 (admitted through the Emergency Department)

The discharge summary from that stay, written by Dr. Hollis, says under "Past history": "history of
alcohol abuse, in remission." This is not true. I have never had a problem with alcohol and I never
told anyone that I did. I believe this was copied from another patient's chart or confused with my
father's history, which I mentioned when asked about family history.

This statement has already caused a problem for me with a life insurance application. I am asking
that it be removed or corrected, and that the correction be sent to Dr. Amélie Perreault, my
primary care physician, and to Ridgeline Life, who received a copy of the record in January.

I have attached nothing; please tell me if you need a specific form.

Sincerely,
Renée Castellanos
""")

add("phi", "self", "Banks",
    "Tyrell Banks <tbanks.22@icloud.com>", "Harborlight Telepsychiatry <care@harborlighttelepsych.com>",
    "refill", "2026-04-20 07:02",
    body="""hi its Tyrell Banks, can u send my refill to the walgreens on 5th st instead of the mail order, ive been out of the lamotrigine since sat. dr raman said it was ok to switch pharmacies. thx

Sent from my iPhone""")

add("phi", "self", "Vanderhoek",
    "Peter Vanderhoek <pvanderhoek@vanderhoekfarms.com>", "Price Estimates <estimates@northfieldregional.org>",
    "cost of colonoscopy", "2026-02-02 12:33",
    body="""Good afternoon,

My GI doctor (Dr. Sandoval) wants me to have a colonoscopy at your outpatient endoscopy center. My
last one was 2021 and they removed two polyps, so I understand this one may not count as a
"screening" for insurance purposes. Before I schedule, could you give me a good faith estimate of
what I would owe?

Name: Peter J. Vanderhoek
DOB: 06/02/1964
Insurance: Aetna Choice POS II, member ID W283746510, group 0811472

Thank you,
Pete Vanderhoek
""")

add("phi", "self", "Quintero",
    "Luis Quintero <lquintero77@yahoo.com>", "Patient Billing <billing@northfieldregional.org>",
    "My wife\u2019s bill from the birth \u2013 collections", "2026-01-09 17:26",
    charset="windows-1252",
    body="""Hello,

My wife, Marisol Quintero, had our baby at your hospital in July (July 18, C-section, she was in
for 4 days). We have insurance through my job (Harvest Mutual) and we paid the $2,500 deductible in
September \u2013 I have the receipt from your cashier.

Now a company called \u201cKeystone Recovery Partners\u201d keeps calling her cell phone saying she owes
$1,340 and it\u2019s in collections. Nobody ever sent us a bill for $1,340. She is still recovering and
has a newborn and these calls are making her very anxious.

Can you please tell us what this is for and stop the collection agency until it\u2019s sorted out?
Her account # is 40007734 (on the receipt). Her phone is 603-555-0143.

Thank you,
Luis Quintero
""")

add("phi", "self", "Achterberg",
    "Devon Achterberg <devon.achterberg@proton.me>", "Intake <intake@harborlighttelepsych.com>",
    "EAP referral - Brightwell", "2026-03-23 23:47",
    body="""Hi,

I got your info from my company's EAP (Brightwell, through Calloway Freight). I'm not really sure
how this works. For about two months I've been having what I think are panic attacks at work -
heart pounding, can't breathe, had to leave a meeting twice. I haven't told my manager. I'm not
sleeping much.

I'd prefer to talk to someone in the evenings if possible, after 6. I can do video from my car on
my lunch break too if that's all there is.

Devon Achterberg
612-408-3391
""")

# =========================== PHI: lists ====================================
add("phi", "lists", "Haddad",
    "Terry Vogel <tvogel@northfieldregional.org>", "Denials Team <denials@northfieldregional.org>",
    "Granite Health denials - week of 3/9 (need owners)", "2026-03-13 15:58",
    body="""New Granite denials from this week's 835s. Please put your initials next to the ones you take.

Acct      Patient               DOS       CARC   Amount     Notes
--------  --------------------  --------  -----  ---------  -----------------------------
40019921  Haddad, Samir         02/03/26  CO-16  $4,210.00  missing attending NPI
40020114  Brightman, Olivia     02/05/26  CO-197 $18,902.50 no auth - inpt admit
40020388  Tran, Kevin           02/09/26  CO-50  $1,160.00  PT visits 13-16 over limit
40020402  Mbeki, Grace          02/10/26  CO-97  $640.00    bundled w/ 2/10 ED
40020577  Olsen, Harriet        02/14/26  CO-11  $2,385.00  dx/proc mismatch - coding
40020610  Salazar, Ruben Jr     02/14/26  CO-29  $310.00    timely filing?? check date

Haddad is the big one for the month-end report. Beth, Kevin Tran's PT is probably yours again.

Terry
""")

add("phi", "lists", "Ocampo",
    "Jasmine Ortega <jortega@harborlighttelepsych.com>", "Dr. Anil Ramaswamy <aramaswamy@harborlighttelepsych.com>",
    "Your schedule Thursday 4/16", "2026-04-15 17:20",
    body="""Hi Dr. R, here's tomorrow:

- 8:00  Rosa Ocampo - f/u 30 min (asked about lowering the dose, FYI)
- 8:30  Dale Pinkerton - f/u 30
- 9:00  NEW - Imani Sutton - intake 60 min (EAP - Calloway Freight)
- 10:00 Gregory Lisowski - f/u 30, will join from his office, camera may be off
- 10:30 open
- 11:00 Chen family - Owen Chen (14) w/ mom - f/u 30
- 1:00  Faye Donnelly - f/u 30 - NEEDS PA renewal for Vyvanse before visit, I sent to Marla
- 1:30  Kwame Asante - f/u 30

Links are in each appt. Have a good night!
Jasmine
""")

add("phi", "lists", "Lemieux",
    "Paula Greer <pgreer@northfieldregional.org>", "ROI Team <roi-team@northfieldregional.org>",
    "open ROI queue - pasted from tracker", "2026-02-23 09:40",
    body="""Here's what's open as of this morning. Anything over 20 days please prioritize.

Rcvd\tPatient\tDOB\tRequestor\tType\tDays\tStatus
01/26/26\tLemieux, Claire\t03/14/1958\tWhitcomb & Dale LLP\tAttorney\t28\tawaiting pymt
01/30/26\tBaptiste, Jean-Robert\t11/02/1990\tPatient\tSelf\t24\tpulling imaging CD
02/04/26\tNakamura, Ken\t07/22/1947\tRidgeline Life\tInsurer\t19\tauth expired - returned
02/09/26\tO'Rourke, Siobhan\t05/09/2012\tWestbrook Middle School\tSchool\t14\tneed parent sig
02/12/26\tFlores, Ana Maria\t09/30/1985\tSSA Disability\tGovt\t11\tin QA
02/17/26\tGreenberg, Alan\t01/17/1939\tDaughter (POA)\tPersonal rep\t6\tverify POA

Paula
""")

add("phi", "lists", "Sterling",
    "Colleen Waring <cwaring@northfieldregional.org>", "Hospitalist Group <hospitalists@northfieldregional.org>",
    "Open CDI queries > 7 days", "2026-03-20 08:00", cte="8bit",
    body="Open CDI queries older than 7 days are listed below. Please answer in the chart.\n",
    html=outlook("""<p class=MsoNormal>Good morning,</p><p class=MsoNormal>The following documentation queries have been open more than 7 days. Please answer in the chart (In Basket &gt; Queries). Unanswered queries hold the final bill.</p><p class=MsoNormal>&nbsp;</p>
<table class=t><tr><th>Physician</th><th>Patient</th><th>Acct</th><th>Disch</th><th>Query topic</th><th>Days open</th></tr>
<tr><td>Okafor</td><td>Sterling, Beatrice</td><td>40018870</td><td>03/04</td><td>Specificity of heart failure (acuity/type)</td><td>15</td></tr>
<tr><td>Okafor</td><td>Ruiz, Tomas</td><td>40019002</td><td>03/06</td><td>Clinical validity of sepsis</td><td>13</td></tr>
<tr><td>Hollis</td><td>Kaminski, Edward</td><td>40019156</td><td>03/09</td><td>Malnutrition severity</td><td>10</td></tr>
<tr><td>Fenn</td><td>Ashby, Lorraine</td><td>40019240</td><td>03/10</td><td>Acute vs chronic respiratory failure</td><td>9</td></tr>
<tr><td>Hollis</td><td>Duval, Pierre</td><td>40019301</td><td>03/11</td><td>Type of anemia / linkage to blood loss</td><td>8</td></tr></table>""",
    """<p class=MsoNormal>Colleen Waring, RHIT, CCDS<br>Clinical Documentation Integrity</p>"""))

add("phi", "lists", "Yazzie",
    "Sandra Yoon <syoon@northfieldregional.org>", "Revenue Cycle Director <rcdirector@northfieldregional.org>",
    "bad debt batch for approval - Feb", "2026-03-02 11:05",
    body="""Hi Nora,

February's proposed bad debt transfers to Keystone are below - all are past 120 days with 3
statements and a final notice. I pulled two out because they have Medicaid applications pending.

* Yazzie, Lorenzo - acct 40008812 - $2,204.10 - ED visit 9/12 + CT head
* Hartmann, Judith - acct 40009013 - $611.00 - outpatient labs 9/20
* Boateng, Francis - acct 40009266 - $8,950.35 - 2 day obs stay 9/25-9/27, self-pay
* Caruso, Nicholas - acct 40009301 - $145.00 - copay, PT 10/1
* Lindgren, Margit - acct 40009480 - $3,318.70 - outpt surgery 10/3 (lap chole)

Pulled: Ortiz, Mayra and Pham, Linh (Medicaid pending).

Total for transfer: $15,229.15. Please approve by reply.

Sandra
""")

add("phi", "lists", "Grady",
    "Marla Stein <mstein@harborlighttelepsych.com>", "Front Desk Team <frontdesk@harborlighttelepsych.com>",
    "no-show callbacks today pls", "2026-02-25 09:14",
    body="""Can you split these up and call today, standard script, offer rebook this week:

Wendy Grady 207-341-8872 (missed 2x, Dr Alcott wants to know if she's ok)
Matt Sousa 603-909-1127
Jayden Pierce - call mom, Tanya, 603-771-0345
Abdi Warsame 612-270-6614 (prefers text)
Lucy Harrington 802-455-3190

Marla
""")

add("phi", "lists", "Nowak",
    "Deb Holloway <dholloway@northfieldregional.org>", "Dr. Russell Hollis <rhollis@northfieldregional.org>",
    "RE: your delinquent charts", "2026-04-08 13:37",
    body="""Dr. Hollis, here are the 6 - you'll be on the suspension list Friday if they're not done, sorry.

MRN 00571120  Nowak, Stanislaw    D/C 03/02  discharge summary not dictated
MRN 00488317  Whitaker, Joan      D/C 03/05  H&P unsigned
MRN 00601948  Fontaine, Michel    D/C 03/05  op note unsigned (PEG placement)
MRN 00612230  Reyes, Carmen       D/C 03/09  discharge summary not dictated
MRN 00359871  Bjork, Anders       D/C 03/11  verbal orders x3 unsigned
MRN 00620004  Obi, Chidinma       D/C 03/12  H&P unsigned

Deb

> Deb - can you send me the actual list? The dashboard just says "6". -RH
""")

# =========================== PHI: struct ===================================
add("phi", "struct", "Moreau",
    "Ian Pelletier <ipelletier@northfieldregional.org>", "HIM Data Integrity <him-di@northfieldregional.org>",
    "A08 overwrote insurance on wrong encounter?", "2026-01-16 14:22",
    body="""Hi team,

The registration interface sent this A08 at 11:04 and it looks like it updated the guarantor and
primary insurance on the 1/12 outpatient encounter instead of the 1/15 one. Can HIM check the
account before it drops? Raw message from the engine log:

MSH|^~\\&|REGADT|NRMC|HIMSYS|NRMC|20260116110412||ADT^A08|MSG00391822|P|2.5.1
EVN|A08|20260116110412|||jbarrow
PID|1||00587722^^^NRMC^MR||MOREAU^ELODIE^J||19880923|F|||27 CANAL ST^^FRANKLIN^NH^03235||6039342218|||M||40020015
PV1|1|O|RAD^^^WESTBROOK||||1457732219^CHAUDHRY^SANA|||||||||||40020015|||||||||||||||||||||||||20260115093000
IN1|1|HMPPO|7712|HARVEST MUTUAL HEALTH PLAN|||||||||||MOREAU^LUC|02|19860411|||||||||||||||||||HMH552019384

Visit number 40020015 is the 1/15 mammogram, but the charges on 40019877 now show the new plan.

Ian Pelletier
Interface Analyst, IS
""")

x835 = """ISA*00*          *00*          *ZZ*GRANITEHLTH    *ZZ*NRMC0418       *260312*0615*^*00501*000004417*0*P*:~
GS*HP*GRANITEHLTH*NRMC0418*20260312*0615*4417*X*005010X221A1~
ST*835*0001~
BPR*I*2874.60*C*ACH*CCP*01*011000138*DA*00447102*1040332210**01*021200339*DA*7731045*20260313~
TRN*1*EFT88410392*1040332210~
DTM*405*20260312~
N1*PR*GRANITE HEALTH PLAN~
N1*PE*NORTHFIELD REGIONAL MEDICAL CENTER*XX*1386649021~
LX*1~
CLP*40019550*1*3120*2214.60*450*12*2026030455120*13*1~
NM1*QC*1*ABERNATHY*WALTER*E***MI*GHP771203345~
DTM*232*20260301~
SVC*HC:A0429*3120*2214.60**1~
CAS*PR*1*450~
CAS*CO*45*455.40~
CLP*40019871*1*1100*660*0*12*2026030455311*13*1~
NM1*QC*1*GALLAGHER*NOREEN****MI*GHP330918476~
DTM*232*20260226~
SVC*HC:80053*310*186**1~
SVC*HC:85025*190*114**1~
SVC*HC:71046*600*360**1~
CAS*CO*45*440~
SE*21*0001~
GE*1*4417~
IEA*1*000004417~
"""
add("phi", "struct", "Abernathy",
    "EDI Support <edi@northfieldregional.org>", "Cash Posting <cashposting@northfieldregional.org>",
    "Granite 835 3/12 - 2 claims didn't auto-post", "2026-03-12 09:30",
    body="""The attached 835 from Granite (EFT88410392) posted except the two claims in it - the ambulance
one and the Gallagher labs. Auto-post rejected on "patient name mismatch". Can you post manually?
File attached as received.

EDI Support
""", atts=[dict(t="bin", name="GRANITE_835_20260312_4417.x12", data=x835)])

claims_csv = """claim_id,acct,pat_last,pat_first,dob,payer,dos_from,dos_to,rev_code,cpt,charge,status,denial_code
2026021144018,40018812,PETERKIN,ALMA,1952-10-04,MEDICARE A,2026-02-01,2026-02-04,0120,,14220.00,DENIED,CO-50
2026021144101,40018840,VOSS,HENRY,1961-03-28,HARVEST MUTUAL,2026-02-02,2026-02-02,0450,99285,3880.00,PAID,
2026021144177,40018859,ALVAREZ,INES,1994-07-15,NH MEDICAID,2026-02-02,2026-02-02,0300,87635,220.00,DENIED,CO-16
2026021144190,40018861,KRAMER,DOUGLAS,1970-12-01,GRANITE HEALTH,2026-02-03,2026-02-03,0360,29881,9740.00,PENDED,
2026021144233,40018902,ST. PIERRE,MONIQUE,1983-05-19,AETNA,2026-02-03,2026-02-03,0610,70553,4120.00,DENIED,CO-197
"""
add("phi", "struct", "Peterkin",
    "Nora Whitfield <nwhitfield@northfieldregional.org>", "Revenue Integrity <revintegrity@northfieldregional.org>",
    "claims extract for Tuesday", "2026-02-20 17:45",
    body="""Attached is the small pull I mentioned - the 5 claims from the 2/2-2/4 window that we'll walk through Tuesday. Please don't forward outside the group.

N.
""", atts=[dict(name="claims_extract_0220.csv", data=claims_csv, sub="csv")])

fhir = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hl-pt-20931",
        "identifier": [{"system": "https://harborlighttelepsych.com/client-id", "value": "HL-20931"}],
        "name": [{"family": "Okonkwo", "given": ["Adaeze"]}],
        "birthDate": "2001-05-14",
        "telecom": [{"system": "phone", "value": "617-884-2093"}, {"system": "email", "value": "adaeze.ok@gmail.com"}]
      }
    },
    {
      "resource": {
        "resourceType": "Appointment",
        "status": "booked",
        "serviceType": [{"text": "Psychiatric medication management - video"}],
        "start": "2026-04-09T14:00:00-04:00",
        "end": "2026-04-09T14:30:00-04:00",
        "participant": [
          {"actor": {"reference": "Patient/hl-pt-20931", "display": "Adaeze Okonkwo"}, "status": "accepted"},
          {"actor": {"reference": "Practitioner/hl-prac-014", "display": "Priya Raman, MD"}, "status": "accepted"}
        ]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "buspirone 10 mg tablet, 1 tab PO BID"},
        "subject": {"reference": "Patient/hl-pt-20931"}
      }
    }
  ]
}
"""
add("phi", "struct", "Okonkwo",
    "Sam Whitaker <swhitaker@harborlighttelepsych.com>", "integrations@carelinkrx.io",
    "Payload that 422'd on your sandbox", "2026-04-03 11:12",
    body="""Hey Dmitri,

This is the bundle that's failing on your /fhir/Bundle endpoint with a 422 ("MedicationRequest.subject
must resolve within bundle"). It does resolve as far as I can tell. This one is a real client from
prod (sorry - I know, I'll rotate to synthetic after this), so please delete after you look.

Sam
Harborlight Engineering
""", atts=[dict(t="bin", name="bundle_20931.json", data=fhir, mime="application/json")])

add("phi", "struct", "Szabo",
    "Lab Interface Monitor <lis-monitor@northfieldregional.org>", "LIS Support <lis-support@northfieldregional.org>",
    "[ALERT] ORU rejected by EHR inbound - 3 msgs", "2026-02-09 03:17",
    body="""Cloverleaf alert - thread LAB_RES_OUT - 3 messages rejected by receiving system in the last 15 min.

--- Message 1 of 3 ---
Error: AR - OBX-5 value "Pending" not valid for OBX-2 type NM
MSH|^~\\&|SUNQUEST|NRMC_LAB|EPIC|NRMC|202602090301||ORU^R01|L8827731|P|2.3
PID|1||00412290^^^NRMC^MR||SZABO^ILONA^M||19440118|F|||||||||40019203
OBR|1|A88120|L55910021|BMP^BASIC METABOLIC PANEL|||202602090210
OBX|1|NM|2823-3^POTASSIUM||Pending|mmol/L|3.5-5.1||||P

--- Message 2 of 3 ---
Error: AR - PID-3 MRN not found
MSH|^~\\&|SUNQUEST|NRMC_LAB|EPIC|NRMC|202602090304||ORU^R01|L8827740|P|2.3
PID|1||00999012^^^NRMC^MR||GRANT^TOBIAS||20190602|M|||||||||40019211
OBR|1|A88131|L55910040|CBC^CBC W DIFF|||202602090222
OBX|1|NM|718-7^HEMOGLOBIN||10.4|g/dL|11.5-15.5|L|||F

--- Message 3 of 3 ---
Error: AR - OBX-5 value "Pending" not valid for OBX-2 type NM
MSH|^~\\&|SUNQUEST|NRMC_LAB|EPIC|NRMC|202602090309||ORU^R01|L8827752|P|2.3
PID|1||00412290^^^NRMC^MR||SZABO^ILONA^M||19440118|F|||||||||40019203
OBR|1|A88120|L55910021|BMP^BASIC METABOLIC PANEL|||202602090210
OBX|2|NM|2951-2^SODIUM||Pending|mmol/L|136-145||||P

This is an automated message. Do not reply.
""")

add("phi", "struct", "Hollister",
    "fax2mail@northfieldregional.org", "ROI Inbox <roi@northfieldregional.org>",
    "Fax received from 6032241170 (4 pages)", "2026-01-21 10:58",
    body="""You have received a fax. Pages: 4   From: 603 224 1170   Received: 01/21/2026 10:57 AM
OCR text of page 1 follows. The full fax is stored in the fax server queue.

-------------------------------------------------------------------
            CONCORD ORTHOPAEDIC ASSOCIATES
            FAX COVER SHEET

TO:      Northfield Regional - Medical Records
FAX:     603-286-9022
FROM:    Lisa, referrals
PHONE:   603-224-1180
DATE:    1/21/26
PAGES:   4 (incl. cover)

RE:      Patient: HOLLISTER, JEAN     DOB: 03/04/1950
         Request for records: op report + PT notes, L total knee 11/2025
         Pt has f/u with Dr. Strand 1/28, please send before then.

Signed patient authorization attached.

[ ] Urgent  [X] For review  [ ] Please reply

The information contained in this facsimile is confidential ...
-------------------------------------------------------------------
""")

x271 = """ISA*00*          *00*          *ZZ*OAKLINE        *ZZ*HARBORLIGHT    *260105*0912*^*00501*000118204*0*P*:~
GS*HB*OAKLINE*HARBORLIGHT*20260105*0912*118204*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG88213*20260105*0912~
HL*1**20*1~
NM1*PR*2*OAKLINE HEALTH*****PI*44120~
HL*2*1*21*1~
NM1*1P*2*HARBORLIGHT TELEPSYCHIATRY*****XX*1992873310~
HL*3*2*22*0~
TRN*2*HLTP-ELIG-000731*1992873310~
NM1*IL*1*LINDQVIST*SOPHIE*A***MI*OKL90231774-03~
DMG*D8*20100430*F~
DTP*291*D8*20260105~
EB*1*IND*30^MH*PPO*OAKLINE SILVER PPO~
EB*B*IND*MH*PPO**27*30*****Y~
MSG*TELEHEALTH BEHAVIORAL HEALTH VISITS COVERED AT IN-NETWORK RATE~
EB*C*IND*MH*PPO**23*1500*****Y~
EB*C*IND*MH*PPO**29*1122.40*****Y~
SE*17*0001~
GE*1*118204~
IEA*1*000118204~
"""
add("phi", "struct", "Lindqvist",
    "Marla Stein <mstein@harborlighttelepsych.com>", "Billing <billing@harborlighttelepsych.com>",
    "eligibility response for the Oakline question", "2026-01-15 10:03",
    body="""Zipped the raw 271 from the clearinghouse portal (they only let me download it that way). Mom wrote in yesterday asking about costs too. Copay is $30 and she's got $1,122.40 left on the deductible if I'm reading the EB segments right?
""", atts=[dict(t="zip", name="271_response_HLTP-ELIG-000731.zip", files=[("HLTP-ELIG-000731.271", x271)])])

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20260312101500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="00633019" root="2.16.840.1.113883.3.7741.1"/>
      <addr><streetAddressLine>408 Quarry Rd Apt 2</streetAddressLine><city>Penacook</city><state>NH</state><postalCode>03303</postalCode></addr>
      <patient>
        <name><given>Dorothea</given><family>Kessler</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19370811"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Medications</title>
      <text><list><item>warfarin 5 mg tablet daily</item><item>metoprolol succinate 25 mg daily</item></list></text>
    </section></component>
    <component><section>
      <title>Results</title>
      <text><table><tr><td>INR</td><td>3.8</td><td>2026-03-11</td></tr></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add("phi", "struct", "Kessler",
    "HIE Support <support@granitestatehie.org>", "Ian Pelletier <ipelletier@northfieldregional.org>",
    "Ticket #55102 - CCD section rendering", "2026-03-12 11:40",
    body="""Hi Ian,

Re ticket 55102: we reproduced the rendering problem on our side. The attached CCD (as we received it
from your feed this morning) has the Results section table without a thead, and our viewer chokes on
it. Can your team confirm whether this is the new template?

Regards,
Joanne Mercier
Granite State HIE - Integration Support
""", atts=[dict(name="ccd_00633019.xml", data=ccd, sub="xml", cte="quoted-printable")])

# =========================== PHI: ids ======================================
add("phi", "ids", "",
    "Gina Tavares <gtavares@northfieldregional.org>", "Charge Correction <chargecorrection@northfieldregional.org>",
    "dup charge", "2026-03-06 10:14",
    body="""MRN 00482917 - the 3/3 CT abd/pelvis w contrast posted twice (74177 x2). Pt only had one scan. Please void one before the statement goes out Monday.
Thx, Gina""")

add("phi", "ids", "",
    "Terry Vogel <tvogel@northfieldregional.org>", "Beth Amundsen <bamundsen@northfieldregional.org>",
    "7719200341", "2026-04-10 14:02",
    body="""claim 7719200341 / mbr XGH882041773 - appeal went in 4/1 for the DOS 2/11 PT eval (97163), portal still says "in review". If nothing by 4/30 escalate to the provider rep.""")

add("phi", "ids", "",
    "PFS Front Desk <pfs@northfieldregional.org>", "Price Estimates <estimates@northfieldregional.org>",
    "FW: voicemail - estimate", "2026-02-12 15:33",
    body="""Forwarding voicemail transcript, she wants a callback from estimates.

---------- Forwarded message ---------
From: Voicemail <vm-noreply@northfieldregional.org>
Date: Thu, Feb 12, 2026 at 3:10 PM
Subject: New voicemail from (603) 796-4412

Transcript (automated): "Hi, my account number is 5 5 0 1 8 2 7 3, date of birth November 30th 1988,
I'm scheduled for the sleep study on the 24th and I want to know how much it's going to cost me
before I come in, I have a high deductible plan. You can call me back at this number. Thanks."
""")

add("phi", "ids", "",
    "Marla Stein <mstein@harborlighttelepsych.com>", "Pharmacy Liaison <rxliaison@harborlighttelepsych.com>",
    "wrong pharmacy - HL-20931", "2026-04-10 09:48",
    body="""Client ID HL-20931 (DOB 05/14/2001): buspirone Rx from 4/9 went to the old Rite Aid which closed. Pls cancel + resend to CVS 2211 Mass Ave, Cambridge. Client is out as of today.""")

add("phi", "ids", "",
    "Keystone Recovery Partners <clientservices@keystonerecovery.com>", "Sandra Yoon <syoon@northfieldregional.org>",
    "RE: Recall request - NRMC placement 2026-01", "2026-01-29 11:26",
    body="""Sandra,

Confirmed. Account recalled and closed with zero balance effective today, no credit reporting had
occurred (we report at 45 days post placement). Our reference is KRP-NRMC-118840.

Debtor: SSN xxx-xx-6021, DOB 02/09/1957
Client acct: 40011652
Placed: 01/12/2026  Balance placed: $1,876.50  Service: outpt infusion 10/2025 (x4)

Thank you,
Dana Whitcomb
Client Services | Keystone Recovery Partners
1-800-411-7720 ext 3308

-----Original Message-----
From: Sandra Yoon <syoon@northfieldregional.org>
Sent: Wednesday, January 28, 2026 3:55 PM
To: clientservices@keystonerecovery.com
Subject: Recall request - NRMC placement 2026-01

Please recall acct 40011652 from the January placement file - placed in error (active payment plan).
Please confirm no credit reporting.

Sandra Yoon, Patient Financial Services Supervisor, NRMC
""")

add("phi", "ids", "",
    "Front Desk <frontdesk@harborlighttelepsych.com>", "IT Help <ithelp@harborlighttelepsych.com>",
    "video link not working", "2026-03-04 14:06",
    body="""Client called from 413-772-0918, couldn't get into her 2pm with Hannah S., says the link opens a blank page on her Android. Hannah is waiting in the room. Can someone call her back ASAP?""")

add("phi", "ids", "",
    "Olu Adebayo <oadebayo@northfieldregional.org>", "Dr. Frank Castillo <fcastillo@northfieldregional.org>",
    "Enc 9004417782 - open vs lap", "2026-02-27 16:51",
    body="""Dr. Castillo,

Enc 9004417782, DOS 2/24. Your op note header and findings say "laparoscopic" but the procedure section
describes conversion to open ("a midline incision was made..."). Charge dropped as 44140 (open
partial colectomy). If the case was converted, please addend the note to say so and when; if it was
completed laparoscopically the code should be 44204. I'll hold it until I hear from you.

Olu Adebayo, CCS
Inpatient Coding
""")

# =========================== PHI: lang =====================================
add("phi", "lang", "Guzmán",
    "Maribel Guzmán <maribelguzman84@hotmail.com>", "billing@northfieldregional.org",
    "Factura - no entiendo", "2026-02-08 20:14", cte="8bit",
    body="""Buenas noches,

Me llegó una factura de $890 por la visita de mi hijo Mateo Guzmán a la sala de emergencias el 12 de
diciembre (se cortó la mano y le pusieron puntos). Tenemos Medicaid de New Hampshire y en la
recepción me dijeron que no iba a pagar nada. No entiendo por qué me cobran.

El número de cuenta que aparece es 40015520. La fecha de nacimiento de Mateo es 03/03/2017.

¿Me pueden llamar? Hablo poco inglés. Mi teléfono es 603-934-7781.

Gracias,
Maribel Guzmán
""")

add("phi", "lang", "Trần",
    "Nguyen Thi Hoa <hoa.nguyen.1975@gmail.com>", "Harborlight Support <support@harborlighttelepsych.com>",
    "Hỏi về lịch hẹn của con trai tôi", "2026-03-02 07:40",
    body="""Chào quý vị,

Tôi là mẹ của Trần Minh Khang (sinh ngày 19/08/2008). Con tôi có hẹn khám với bác sĩ Alcott qua video
vào thứ Năm tuần này lúc 4 giờ chiều. Tuần trước con tôi ngủ rất ít và không muốn đi học. Bác sĩ có
cho thuốc mới nhưng cháu nói uống vào bị chóng mặt.

Xin hỏi có thể đổi lịch hẹn sớm hơn được không? Và có thông dịch viên tiếng Việt không?

Cảm ơn,
Nguyễn Thị Hoa
978-552-0416
""")

add("phi", "lang", "Liang",
    "=?utf-8?b?5qKB576O546y?= <meilingliang@163.com>", "Release of Information <roi@northfieldregional.org>",
    "申请病历复印件", "2026-01-19 09:05",
    cte="base64",
    body="""您好，

我叫梁美玲（Meiling Liang），出生日期 1966年2月14日。我去年十月在贵院做了甲状腺手术（10月22日），
主刀医生是 Dr. Castillo。现在我要回中国复诊，那边的医生需要我的手术记录、病理报告和出院小结。

请问怎样申请病历复印件？可以用电子邮件发给我吗？需要付费吗？

我的病历号是 00544871。

谢谢！
梁美玲
电话：603-228-6130
""")

add("phi", "lang", "Pierre-Louis",
    "Roseline Pierre-Louis <rpierrelouis@gmail.com>", "Front Desk <frontdesk@harborlighttelepsych.com>",
    "randevou mwen jodi a", "2026-02-18 13:22", cte="8bit",
    body="""Bonjou,

Se Roseline Pierre-Louis. Mwen gen randevou ak Dr. Raman jodi a a 2è pm sou video men lyen an pa mache sou telefòn mwen. Mwen eseye 3 fwa. Mwen pa vle rate randevou a paske medikaman mwen yo prèske fini.

Tanpri rele m: 617-390-5528.

Mèsi anpil
""")

add("phi", "lang", "Gonçalves",
    "=?iso-8859-1?q?Jo=E3o_Gon=E7alves?= <jgoncalves@uol.com.br>", "Patient Billing <billing@northfieldregional.org>",
    "Plano de pagamento - conta 40016004", "2026-03-16 11:47",
    charset="iso-8859-1",
    body="""Prezados,

Meu nome é João Gonçalves. Fui atendido no pronto-socorro do hospital em 2 de fevereiro (fraturei o
pulso esquerdo, fizeram raio-X e gesso) e recebi uma conta de US$ 2.310,00. Não tenho seguro de saúde
nos Estados Unidos.

Gostaria de saber se é possível fazer um plano de pagamento mensal ou se existe algum desconto
(assistência financeira). Posso pagar cerca de US$ 150 por mês.

Número da conta: 40016004
Data de nascimento: 27/09/1991

Obrigado,
João Gonçalves
""")

add("phi", "lang", "Sokolova",
    "=?utf-8?b?0JjRgNC40L3QsCDQodC+0LrQvtC70L7QstCw?= <irina.sokolova@mail.ru>", "Harborlight Telepsychiatry <care@harborlighttelepsych.com>",
    "Рецепт", "2026-04-06 18:30",
    cte="base64",
    body="""Здравствуйте,

Это Ирина Соколова, я пациентка доктора Рамасвами. У меня заканчивается эсциталопрам (10 мг), осталось
три таблетки. Аптека говорит, что нужен новый рецепт. Пожалуйста, отправьте его в Walgreens на
Elm Street в Манчестере.

И ещё: следующий приём у меня 20 апреля, можно ли его перенести на утро?

Спасибо,
Ирина Соколова
дата рождения 11.07.1979
""")

add("phi", "lang", "Wiśniewska",
    "Paula Greer <pgreer@northfieldregional.org>", "Interpreter Services <interpreters@northfieldregional.org>",
    "FW: prośba o korektę dokumentacji - need Polish translation", "2026-03-25 10:12",
    body="""Hi - can someone translate this for me? I think she's asking for an amendment but I want to be sure before I log it. Her chart is MRN 00598112.
Thanks, Paula

-----Original Message-----
From: Halina Wiśniewska <h.wisniewska@wp.pl>
Sent: Tuesday, March 24, 2026 8:31 PM
To: Health Information Management <him@northfieldregional.org>
Subject: prośba o korektę dokumentacji

Dzień dobry,

Nazywam się Halina Wiśniewska, urodzona 15.01.1952. Byłam w szpitalu od 2 do 5 marca (operacja
biodra). W wypisie napisano, że jestem uczulona na penicylinę, ale to nieprawda - uczulenie mam na
sulfonamidy (Biseptol). Proszę o poprawienie tej informacji, bo to jest niebezpieczne.

Z poważaniem,
Halina Wiśniewska
""")

# =========================== CLEAN: staff ==================================
add("clean", "staff", "",
    "Olu Adebayo <oadebayo@northfieldregional.org>", "Inpatient Coding <ip-coding@northfieldregional.org>",
    "query inbox Friday?", "2026-03-11 12:03",
    body="""Anyone able to cover the physician query inbox Friday afternoon? I'm out at 1 for my daughter's recital. There are 4 queries waiting on responses, nothing new needs to go out. I'll trade you a Saturday in April.

Olu""")

add("clean", "staff", "",
    "Terry Vogel <tvogel@northfieldregional.org>", "Revenue Cycle Leadership <rc-leadership@northfieldregional.org>",
    "CO-16 trend after the registration edits", "2026-04-03 08:44", cte="8bit",
    body="""All,

Good news on the registration fix. Since the new front-end edits went live on Feb 2:

  CO-16 (missing/invalid info) as % of denied claims
    Nov  7.4%
    Dec  7.1%
    Jan  7.2%
    Feb  5.6%
    Mar  4.9%

Dollars denied under CO-16 dropped from about $212K/month to $131K. Most of what's left is
subscriber DOB mismatches on dependents and missing referring NPI from the outside clinics. Ian
thinks the DOB check can be added to the same edit set in May.

Overall initial denial rate for March was 9.8% (goal < 8%). CO-197 auth denials are now our biggest
bucket - I'll bring a breakdown by service line to Thursday's meeting.

Terry
""")

add("clean", "staff", "",
    "Dr. Victor Alcott <valcott@harborlighttelepsych.com>", "Therapists <therapists@harborlighttelepsych.com>",
    "Group supervision moved to Weds", "2026-02-20 16:15",
    body="""Hi everyone -

Group supervision moves to Wednesday 12-1 starting next week (Thursdays keep colliding with the
EAP account calls). Same Zoom room.

Please bring one case you're stuck on, de-identified - age range, presenting concern, what you've
tried. No names, no employers, no towns please; some of our EAP clients work at the same companies as
each other and we've had a near miss.

Victor
""")

add("clean", "staff", "",
    "Ruth Anders <randers@northfieldregional.org>", "ROI Team <roi-team@northfieldregional.org>",
    "Q1 turnaround numbers", "2026-04-07 09:30",
    body="""Team,

Q1 ROI turnaround, request received to fulfilled:

  Patients (self)            avg 4.1 days   (goal 5)   nice!
  Attorneys                  avg 11.3 days  (goal 7)
  Insurers / life & disab.   avg 9.8 days   (goal 10)
  Schools                    avg 6.0 days
  Subpoenas                  handled by Legal, not counted

Attorney requests are slow mostly because of payment holds. Starting May 1 we'll send the invoice
with the acknowledgment letter instead of after pulling records. Paula is updating the template.

Volume was 1,842 requests, up 12% over Q1 last year.

Ruth Anders, RHIA
Director, Health Information Management
""")

add("clean", "staff", "",
    "Deb Holloway <dholloway@northfieldregional.org>", "Ruth Anders <randers@northfieldregional.org>",
    "RE: scanning backlog", "2026-01-22 14:48",
    body="""Two temps from Kelly start Monday, 7:30. I'll put them on the cardiology clinic boxes first (3 boxes of loose documents from the move), then the outside records bin. Badges are requested. They'll need EHR scanning access only, no chart view - Ian is setting up the role.

D.

> How are we doing on the backlog? Can we get some help before the audit in March?
> -Ruth
""")

add("clean", "staff", "",
    "Dr. Priya Raman <praman@harborlighttelepsych.com>", "Jasmine Ortega <jortega@harborlighttelepsych.com>",
    "Friday afternoons", "2026-03-13 12:41",
    body="""Jasmine - from April 1 on please block my Friday afternoons (1-5) for admin time - notes, PA paperwork, supervision. Don't book into them even if someone is desperate; send those to Anil or me on Monday morning instead. Thanks! P.""")

add("clean", "staff", "",
    "HIM Social Committee <him-social@northfieldregional.org>", "HIM All <him-all@northfieldregional.org>",
    "HIM Professionals Week - potluck + coding trivia!", "2026-04-13 10:00",
    html=outlook("""<p class=MsoNormal style="font-size:14pt;color:#2E75B6"><b>Health Information Professionals Week is April 19&#8211;25!</b></p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>&#127881; <b>Potluck lunch</b> Wednesday 4/22, 11:30&#8211;1:30, Conference Room B. Sign-up sheet is on the fridge (we have 9 desserts and 1 salad so far&#8230; just saying).</p>
<p class=MsoNormal>&#129504; <b>Coding trivia</b> Thursday 4/23 at noon &#8211; teams of 3. Sample question: <i>&#8220;Which ICD-10-CM chapter has the most codes?&#8221;</i> Prize is a parking spot by the door for May.</p>
<p class=MsoNormal>&#128247; Send baby photos to Tina for the &#8220;guess the coder&#8221; board.</p>""",
    """<p class=MsoNormal>&#8212; Your HIM Social Committee (Tina, Gina &amp; Olu)</p>""", disc=False))

# =========================== CLEAN: admin ==================================
add("clean", "admin", "",
    "Compliance Office <compliance@northfieldregional.org>", "All HIM and PFS Staff <him-pfs-all@northfieldregional.org>",
    "Policy update: HIM-112 Release of Information (rev. 4/2026)", "2026-04-01 07:30",
    body="""Policy HIM-112, Release of Protected Health Information, has been revised effective
April 15, 2026. Summary of changes:

1. Fee schedule: patient requests for electronic copies remain a flat $6.50. Paper copies for
   third parties follow the state rate ($15 search fee + $0.50/page, max $150).
2. Subpoenas: any subpoena not signed by a judge must be routed to Legal Affairs before records
   are pulled. Staff must not contact the requesting attorney directly.
3. School requests: a parent/guardian authorization is required in addition to the school's form
   for any minor; immunization records may be released to schools with documented oral agreement.
4. 42 CFR Part 2: substance use disorder records are now flagged in the EHR and must be reviewed
   by an HIM supervisor before any release.
5. Turnaround: requests must be completed within 15 business days (state) / 30 days (HIPAA).

The full policy is on the intranet under Policies > HIM. Attestation is due in HealthStream by
April 30.

Compliance Office
""")

add("clean", "admin", "",
    "Ruth Anders <randers@northfieldregional.org>", "Inpatient Coding <ip-coding@northfieldregional.org>",
    "External coding audit - Meridian Compliance, March 23-27", "2026-03-02 13:10",
    cc="Nora Whitfield <nwhitfield@northfieldregional.org>",
    body="""Hi all,

Our annual external coding validation is scheduled for March 23-27 with Meridian Compliance Group.
Scope this year:

- 40 inpatient encounters (random sample from Q4 2025, MS-DRG focus on sepsis, heart failure and
  respiratory failure)
- 25 outpatient surgery encounters
- 15 ED E/M levels

Meridian will work remotely with read-only EHR access. They will send the sample list through the
secure file share, not e-mail. Please don't rebill anything on the list until the audit is closed.

Last year's accuracy was 94.2% DRG / 96.1% coding. Target is 95% / 97%.

Ruth
""")

add("clean", "admin", "",
    "ChartBridge Accounts <accounts@chartbridge.com>", "Ruth Anders <randers@northfieldregional.org>",
    "Your ChartBridge ROI services agreement - renewal and Q1 invoice", "2026-03-30 10:00",
    html=outlook("""<p class=MsoNormal>Dear Ruth,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you for partnering with ChartBridge. Your release-of-information services agreement (#CB-NH-0419) renews on <b>June 30, 2026</b>. Attached is your Q1 activity summary and invoice.</p><p class=MsoNormal>&nbsp;</p>
<table class=t><tr><th>Service</th><th>Volume</th><th>Amount</th></tr>
<tr><td>On-site ROI specialist (0.5 FTE)</td><td>3 months</td><td>$9,750.00</td></tr>
<tr><td>Requests processed (attorney/insurer)</td><td>612</td><td>billed to requesters</td></tr>
<tr><td>Secure portal delivery</td><td>1,204</td><td>included</td></tr>
<tr><td><b>Total due</b></td><td></td><td><b>$9,750.00</b></td></tr></table>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Your account manager, Pete Lundqvist, will reach out in May to review renewal terms, including our new AI-assisted redaction add-on.</p>""",
    """<p class=MsoNormal>ChartBridge Health Information Services<br>Accounts Receivable | 1-888-240-7117</p>""", disc=False))

add("clean", "admin", "",
    "IS Service Desk <servicedesk@northfieldregional.org>", "All Users <allusers@northfieldregional.org>",
    "PLANNED DOWNTIME: EHR upgrade Sunday 3/22 01:00-05:00", "2026-03-16 12:00",
    body="""PLANNED DOWNTIME

What:   EHR quarterly upgrade (including coding and HIM modules)
When:   Sunday, March 22, 01:00 - 05:00
Impact: EHR read-only from 00:45; full outage 01:00-05:00. Downtime viewer (BCA workstations) will
        be available on every unit. Registration uses paper downtime packets.

HIM: the coding work queue and chart deficiency module will be unavailable. Interfaces (ADT, lab,
radiology) will queue and replay after the upgrade.

Please report problems after 05:00 to x4357.

IS Service Desk
""")

add("clean", "admin", "",
    "Keystone Recovery Partners <reports@keystonerecovery.com>", "Sandra Yoon <syoon@northfieldregional.org>",
    "NRMC monthly performance report - March 2026", "2026-04-05 06:00",
    body="""Northfield Regional Medical Center - Portfolio summary, March 2026

                               Month        YTD
Accounts placed                  214        648
Dollars placed            $418,220   $1,266,905
Dollars recovered          $61,804     $177,420
Recovery rate (cumulative)    14.8%       14.0%
Accounts recalled by client        6         19
Disputes received                 11         27
Payment plans established         38        104

Average time to first contact: 2.1 days. No regulatory complaints (CFPB/State AG) this period.

Detailed account-level reports are available in the client portal under Reports > Monthly.

Keystone Recovery Partners
This communication is from a debt collector.
""")

add("clean", "admin", "",
    "Credentialing <credentialing@harborlighttelepsych.com>", "Dr. Anil Ramaswamy <aramaswamy@harborlighttelepsych.com>",
    "Action needed: Vermont license expires 6/30", "2026-04-15 09:00",
    body="""Dear Dr. Ramaswamy,

Our records show your Vermont medical license (042.0138221) expires on June 30, 2026. To keep your
Vermont clients scheduled past that date, please upload proof of renewal to the credentialing portal
by June 1. Also due this quarter: DEA registration for VT (expires 8/31) and your annual
attestation for the Oakline and Granite Health panels.

If you don't plan to renew in Vermont, please let us know so scheduling can transition clients.

Thank you,
Harborlight Credentialing
""")

add("clean", "admin", "",
    "Revenue Integrity <revintegrity@northfieldregional.org>", "Finance & PFS <finance-pfs@northfieldregional.org>",
    "Price transparency files posted for 2026", "2026-01-02 08:15",
    body="""The 2026 machine-readable standard charge file and the shoppable services list were posted
to the public website today, as required by 45 CFR 180. A few examples from the shoppable list, for
when patients call with questions:

  Service                               CPT     Gross      Cash price
  MRI lumbar spine w/o contrast         72148   $2,640     $1,056
  CT head w/o contrast                  70450   $1,890     $  756
  Screening colonoscopy                 45378   $3,200     $1,280
  Basic metabolic panel                 80048   $  145     $   42
  Sleep study, attended                 95810   $3,950     $1,580

The patient estimate tool pulls from the same file, so estimates and posted prices should match.
Report mismatches to Revenue Integrity.
""")

# =========================== CLEAN: lookalike ==============================
inner_law = dict(
    frm="Kara Lindahl <klindahl@whitcombdale.com>", to="Michael Sturgis <msturgis@northfieldregional.org>",
    subj="Northfield Regional v. Apex Concrete - subpoena to Apex's former PM", date="2026-03-03 17:02",
    body="""Michael,

Update on the parking garage matter (Northfield Regional Medical Center v. Apex Concrete & Paving,
Merrimack Sup. Ct. No. 217-2025-CV-00412):

1. We served a subpoena duces tecum on Apex's former project manager, Mr. Dale Hammond, for his
   daily logs and the pour records for levels 2 and 3. His counsel says he'll produce by 3/20.
2. Deposition of Mr. Hammond is noticed for April 8 at our Concord office.
3. Apex's expert report on the slab cracking is due 4/15. Our engineer (Treadwell Structural) has
   the core sample results and will rebut.

Please confirm the hospital's facilities records (maintenance logs, the 2024 inspection reports
and the claim file with your property insurer) are under the litigation hold. We'll need a records
custodian for the facilities department, not HIM.

Best,
Kara Lindahl
Whitcomb & Dale LLP
""")
add("clean", "lookalike", "",
    "Michael Sturgis <msturgis@northfieldregional.org>", "Facilities Director <facilities@northfieldregional.org>",
    "FW: Northfield Regional v. Apex Concrete - subpoena to Apex's former PM", "2026-03-04 08:20",
    body="""Greg - see below from outside counsel. The litigation hold covers your department's records on the garage (logs, inspections, the insurer claim file). Who should be the records custodian? It needs to be someone who can testify to how the logs are kept.

Michael
""", atts=[dict(t="eml", msg=inner_law)])

add("clean", "lookalike", "",
    "Westbrook Animal Hospital <reminders@westbrookvet.com>", "Tina Marchetti <tina.marchetti@gmail.com>",
    "Biscuit is due for vaccines!", "2026-02-09 08:00",
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#3B8D99;color:#fff;padding:14px;font-size:20px">Westbrook Animal Hospital</td></tr>
<tr><td style="padding:16px">
<p>Hi Tina,</p>
<p>Our records show that <b>Biscuit</b> (Canine, Beagle mix) is due for the following:</p>
<ul><li>Rabies booster (3-year) &#8211; due 02/28/2026</li><li>DHPP &#8211; due 02/28/2026</li><li>Heartworm test &#8211; due 03/15/2026</li></ul>
<p>Dr. Hale has openings on Saturday mornings. <a href="https://westbrookvet.example/book">Book online</a> or call 603-286-3340.</p>
<p>Reminder: Biscuit's last weight was 31 lb. Ask us about our senior wellness bloodwork panel!</p>
</td></tr><tr><td style="font-size:11px;color:#888;padding:10px">You're receiving this because you are a client of Westbrook Animal Hospital. Unsubscribe.</td></tr></table></body></html>""")

add("clean", "lookalike", "",
    "Granite Mutual Auto Claims <claims@granitemutualauto.com>", "Beth Amundsen <beth.amundsen@gmail.com>",
    "Claim AU-2291840 - appraisal appointment confirmed", "2026-03-05 11:31",
    body="""Dear Elizabeth Amundsen,

Your claim AU-2291840 (date of loss 03/02/2026, 2019 Honda CR-V, rear-end collision, Main St,
Northfield) has been assigned to adjuster Ron Feliciano.

A field appraisal is scheduled for Monday, 03/09/2026 between 10:00 AM and 12:00 PM at your home
address. Please have the vehicle accessible and your registration available.

Your collision deductible is $500. Rental coverage: up to $40/day for 30 days.

Per your report, no injuries were claimed. If that changes, please contact us so we can open a
separate medical payments coverage file.

Granite Mutual Auto Insurance
Claims Department | 1-800-555-0192
""")

add("clean", "lookalike", "",
    "FitLoop Northfield <hello@fitloop.fit>", "Marcus Bell <marcusbell.nh@gmail.com>",
    "Marcus, you crushed March \U0001F4AA", "2026-04-01 07:15",
    body="""Hi Marcus,

Your March recap at FitLoop Northfield:

  Check-ins: 14
  Classes: Spin (6), HIIT (3), Yoga Flow (1)
  Longest streak: 5 days
  Body comp scan: due - book your free InBody scan with a coach

Your membership (Plus, $39/mo) renews 4/15. Bring a friend in April and you both get a free month.

Keep moving!
Team FitLoop
""")

add("clean", "lookalike", "",
    "Merrimack Valley Credit Union <alerts@mvcu.org>", "Gina Tavares <gtavares77@gmail.com>",
    "Your payment has been received", "2026-02-15 06:12",
    body="""Hi Gina,

We received your payment of $1,412.36 on your Home Equity Line of Credit ending in 4471 on
02/14/2026. Your next payment is due 03/14/2026.

Reminder: the appraisal for your HELOC increase request is scheduled for 02/20/2026. The appraiser
will need access to all rooms.

Questions? Call 603-224-0900 or visit any branch.

Merrimack Valley Credit Union - Federally insured by NCUA
""")

add("clean", "lookalike", "",
    "Alicia Romero <aromero@northfieldregional.org>", "Ruth Anders <randers@northfieldregional.org>",
    "Candidate for Coder II - Jordan Pike", "2026-03-19 15:40",
    body="""Hi Ruth,

Sending over a strong candidate for the Coder II (outpatient surgery/ED) opening, req #26-0318:

Jordan Pike, CPC, CCS
- 5 years outpatient coding at Lakes Region Health (ED E/M, ortho, GI)
- 2 years as denial analyst, familiar with CO-50/CO-197 appeals
- Coding accuracy on their last audit: 97.8%
- Wants remote 4 days/week, fine with on-site Mondays
- Salary ask: $31/hr

Jordan's available for a phone screen Tues or Thurs afternoon. Resume attached in Workday.

Alicia Romero
Talent Acquisition
""")

add("clean", "lookalike", "",
    "NH Medical Society CME <cme@nhms.org>", "Dr. Victor Alcott <valcott@harborlighttelepsych.com>",
    "Your CME certificate: Safe Prescribing of Controlled Substances via Telehealth", "2026-01-30 14:00",
    body="""Dear Dr. Victor Alcott,

Congratulations! You have completed:

  Safe Prescribing of Controlled Substances via Telehealth: DEA Rules After 2025
  Date completed: 01/30/2026
  Credits: 3.0 AMA PRA Category 1 Credits(TM)
  Includes 2.0 hours satisfying the NH Board of Medicine opioid/controlled substance requirement

Your certificate is available in your NHMS learning dashboard.

NH Medical Society - Continuing Medical Education
""")

# =========================== CLEAN: news ===================================
add("clean", "news", "",
    "Telehealth Policy Weekly <newsletter@telehealthpolicyweekly.com>", "Dr. Priya Raman <praman@harborlighttelepsych.com>",
    "This week: DEA telemedicine rule, Medicare audio-only extension, state compacts", "2026-01-26 06:30",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#12355B">Telehealth Policy Weekly</h2><p style="color:#777">January 26, 2026</p>
<h3>1. DEA finalizes special registration for telemedicine</h3>
<p>The long-awaited final rule creates a special registration pathway for clinicians who prescribe Schedule II-V controlled substances without an in-person visit. Telepsychiatry groups should note the state-by-state registration requirement and new recordkeeping obligations.</p>
<h3>2. Medicare audio-only behavioral health visits extended</h3>
<p>CMS confirmed that audio-only mental health visits remain payable through 2027 when the patient cannot or does not consent to video. The in-person visit requirement within 6 months of a tele-mental-health visit remains delayed.</p>
<h3>3. Counseling Compact begins issuing privileges</h3>
<p>Licensed professional counselors in 12 member states can now apply for privileges to practice in other compact states. Psychologists' PSYPACT now covers 42 jurisdictions.</p>
<p style="font-size:11px;color:#999">You are subscribed as praman@harborlighttelepsych.com. Manage preferences | Unsubscribe</p>
</body></html>""")

add("clean", "news", "",
    "Coding Clinic Digest <digest@codingdigest.org>", "Inpatient Coding <ip-coding@northfieldregional.org>",
    "FY2027 ICD-10-CM proposed changes: what coders need to know", "2026-04-21 07:00",
    body="""CODING DIGEST - April 2026

FY2027 ICD-10-CM proposed code set released

CMS and NCHS posted the proposed FY2027 ICD-10-CM addenda last week. Highlights:
 - About 250 new codes, including expanded specificity for obesity classes, new codes for
   post-acute sequelae of sepsis, and new Z codes for social determinants (transportation and
   utility insecurity)
 - Expanded E11.- subcategories for diabetic kidney disease stages
 - Revised Excludes1 notes in Chapter 5 allowing anxiety and depressive disorders to be coded
   together more cleanly

Comments are due June 10. Final addenda will be posted in August, effective October 1, 2026.

Also this month: OIG's 2026 work plan adds a review of inpatient claims with severe malnutrition
diagnoses, which auditors say are frequently unsupported by documentation.
""")

add("clean", "news", "",
    "Ruth Anders <randers@northfieldregional.org>", "HIM All <him-all@northfieldregional.org>",
    "FW: Concord Monitor - hospital price tool story", "2026-02-27 16:02",
    body="""FYI - we got a nice mention. Thanks to Marcus and the estimates team.

---------- Forwarded message ----------
From: Google Alerts <googlealerts-noreply@google.com>
Subject: Google Alert - "Northfield Regional"

Concord Monitor: "New price tool lets patients see costs before they go"
Northfield Regional Medical Center says nearly 3,000 patients have used its online cost estimator
since it launched in October, and complaints about surprise bills have fallen by a third. "People
want to know what an MRI costs before they get one, not after," said revenue cycle director Nora
Whitfield. A state report released Tuesday found only 4 of New Hampshire's 26 hospitals fully
comply with federal price transparency rules...
""")

add("clean", "news", "",
    "HFMA Region 1 <region1@hfma-chapters.org>", "Revenue Cycle Leadership <rc-leadership@northfieldregional.org>",
    "Survey: initial denial rates hit 11.8% in 2025", "2026-03-09 09:00",
    body="""REGION 1 NEWSLETTER - MARCH

Denials keep climbing. A survey of 310 hospitals found initial claim denial rates averaged 11.8% in
2025, up from 10.2% in 2023. Prior authorization (CARC 197/15) and medical necessity (CARC 50)
denials grew fastest, and Medicare Advantage plans denied at nearly twice the rate of traditional
Medicare. About 60% of denials were eventually overturned on appeal, but hospitals report spending
$43 on average to rework each denied claim.

Spring meeting: "Denials Prevention with AI - hype or help?" April 16, Portsmouth. Register on the
chapter site.
""")

add("clean", "news", "",
    "Harborlight Telepsychiatry <news@harborlighttelepsych.com>", "EAP Partners <eap-partners@harborlighttelepsych.com>",
    "May is Mental Health Awareness Month - resources for your employees", "2026-04-28 10:00",
    html=outlook("""<p class=MsoNormal style="font-size:16pt;color:#1F6F8B"><b>Mental Health Awareness Month</b></p>
<p class=MsoNormal>Dear EAP partners,</p><p class=MsoNormal>This May we're offering free 30-minute webinars your HR teams can share with employees:</p>
<ul><li>Recognizing burnout before it becomes a crisis (May 6)</li><li>Sleep, shift work and mood (May 13)</li><li>Supporting a coworker after a loss (May 20)</li></ul>
<p class=MsoNormal>Last year, EAP utilization among our partner employers rose from 4.2% to 6.9%, and 71% of employees who started counseling were seen within 5 days. Anonymous aggregate utilization reports for your organization are available on request.</p>
<p class=MsoNormal>If an employee is in crisis, they can call or text 988 any time.</p>""",
    """<p class=MsoNormal>Harborlight Telepsychiatry &#8211; Employer Partnerships</p>""", disc=False))

add("clean", "news", "",
    "County Health Alerts <alerts@merrimackcountyhealth.gov>", "Northfield ED and Clinics <clinical-all@northfieldregional.org>",
    "HEALTH ADVISORY: measles cases in Merrimack County", "2026-04-17 13:45",
    body="""HEALTH ADVISORY - Merrimack County Public Health

As of April 17, three confirmed measles cases have been reported in the county, all linked to a
single household exposure. Possible public exposure locations and times are listed on our website.

Recommendations for clinicians:
- Consider measles in any patient with fever and rash, especially if unvaccinated or recently
  traveled.
- Mask and isolate suspected cases immediately; do not use the general waiting room.
- Report suspected cases by phone to public health before test results are available.
- Verify MMR status of staff.

Merrimack County Public Health
""")

# =========================== CLEAN: training ===============================
add("clean", "training", "",
    "Colleen Waring <cwaring@northfieldregional.org>", "CDI and Coding <cdi-coding@northfieldregional.org>",
    "Query writing refresher - compliant vs leading examples", "2026-02-05 11:00",
    body="""For Thursday's huddle. All examples are made up or de-identified composites.

CASE A - 67-year-old man, admitted with shortness of breath. BNP 1,840. Echo EF 30%. Given IV
furosemide. Provider documents "CHF exacerbation."

  Leading (don't):  "Please document acute on chronic systolic heart failure."
  Compliant:        "Based on the clinical indicators (BNP 1,840, EF 30%, IV diuresis), can the
                     type and acuity of the heart failure be further specified?
                     [ ] acute systolic  [ ] acute on chronic systolic  [ ] chronic systolic
                     [ ] other ______  [ ] unable to determine"

CASE B - 80-year-old woman, 3 days of poor intake, albumin 2.6, BMI 17.9, dietitian notes
"meets ASPEN criteria for severe malnutrition." No provider documentation of malnutrition.

  Why this matters: dietitian notes can support but cannot establish the diagnosis for coding.

Reminder: queries must include clinical indicators, must offer "other" and "unable to determine,"
and must never mention reimbursement or DRG impact.

Colleen
""")

add("clean", "training", "",
    "Paula Greer <pgreer@northfieldregional.org>", "ROI Team <roi-team@northfieldregional.org>",
    "ROI training quiz - new hires (answers Friday)", "2026-01-12 13:20",
    body="""New hires (and anyone who wants a refresher) - please complete by Friday. Sample data only.

Scenario 1. A request arrives from an attorney for "all records" of TEST, PATIENT (MRN 000000,
DOB 01/01/1900). The authorization is signed but has no expiration date or event. Can you release?

Scenario 2. A father asks for his 16-year-old's records. The chart includes a confidential
adolescent visit for contraception. What do you release and what do you hold?

Scenario 3. A subpoena from a county attorney, signed by the attorney only, with no notice to the
patient. What are your next steps?

Scenario 4. A school nurse asks for "the kid's shot record" by phone. What do you need?

Scenario 5. A life insurer sends an authorization signed 14 months ago. Is it still valid?

Answers and discussion at Friday's team meeting.
""")

add("clean", "training", "",
    "Ian Pelletier <ipelletier@northfieldregional.org>", "Interface Team <interfaces@northfieldregional.org>",
    "TST environment - test patients for the ADT validation script", "2026-03-18 10:30",
    body="""For the A08 fix validation, use ONLY these synthetic patients in TST (they don't exist in PRD):

MSH|^~\\&|REGADT|NRMC|HIMSYS|NRMC|20260318100000||ADT^A08|TST0001|T|2.5.1
PID|1||99000001^^^NRMC^MR||ZZTEST^ALPHA||19000101|U|||1 TEST WAY^^NOWHERE^NH^00000||0000000000|||||99900001
PV1|1|O|TST^^^TESTLOC||||0000000000^ZZDOC^TEST|||||||||||99900001
IN1|1|TSTPLAN|0000|ZZ TEST PAYER|||||||||||ZZTEST^ALPHA|01|19000101

PID|1||99000002^^^NRMC^MR||ZZTEST^BRAVO||19000101|U|||1 TEST WAY^^NOWHERE^NH^00000
PID|1||99000003^^^NRMC^MR||ZZTEST^CHARLIE||19000101|U|||1 TEST WAY^^NOWHERE^NH^00000

Processing ID is T. Script is in the repo under /adt/validation. If anyone sees a ZZTEST patient
in production, tell me immediately.

Ian
""")

add("clean", "training", "",
    "Marla Stein <mstein@harborlighttelepsych.com>", "New Hires <newhires@harborlighttelepsych.com>",
    "Onboarding week 1: scheduling scripts", "2026-02-02 08:30",
    body="""Welcome aboard! A few scripts to practice this week (role-play with Jasmine on Wednesday):

Confirming a visit:
 "Hi, this is [your name] from Harborlight calling for [client first name]. I'm confirming your
  video appointment on [day] at [time] with [clinician]. Are you still able to make it?"
 - Never leave the clinician's specialty or the reason for the visit on a voicemail.
 - If someone else answers, just say you'll try back later.

Sending the video link:
 - Links go through the portal or by text from the scheduling system. Never paste a link into
   personal e-mail or text from your own phone.

Crisis calls:
 - If a caller says they're thinking of hurting themselves, stay on the line and use the crisis
   protocol (binder page 3). Loop in the on-call clinician on Teams. 988 is the backup.

Marla
""")

add("clean", "training", "",
    "Beth Amundsen <bamundsen@northfieldregional.org>", "Denials Team <denials@northfieldregional.org>",
    "Appeal template v3 (for the workshop)", "2026-03-24 12:15",
    body="""Attached is the template we'll use in Thursday's appeal-writing workshop. Placeholders are in
brackets - please keep them that way in the shared drive copy.
""", atts=[dict(name="appeal_template_v3.txt", data="""[Payer name]
[Appeals address]

[Date]

RE: Request for reconsideration
    Member: [Patient name]
    Member ID: [ID]
    Claim #: [claim number]
    Date(s) of service: [DOS]
    Service: [CPT/HCPCS and description]

To Whom It May Concern:

Northfield Regional Medical Center requests reconsideration of the denial of the above claim
([CARC/RARC and payer's denial language]).

[One paragraph: clinical facts that meet the payer's own policy criteria. Cite the policy by
number. Attach the specific notes, not the whole chart.]

[One paragraph: authorization / timely filing / coding facts if relevant.]

We ask that the claim be reprocessed for payment.

Sincerely,
[Name, credentials]
Denials & Appeals | (603) 286-4418
""")])

x837_sample = """ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *230101*1253*^*00501*000000905*1*T*:~
GS*HC*SENDERCODE*RECEIVERCODE*20230101*0802*1*X*005010X222A1~
ST*837*0021*005010X222A1~
BHT*0019*00*244579*20230101*1023*CH~
NM1*41*2*PREMIER BILLING SERVICE*****46*TGJ23~
NM1*40*2*KEY INSURANCE COMPANY*****46*66783JJT~
HL*1**20*1~
NM1*85*2*BEN KILDARE SERVICE*****XX*9876543210~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*SMITH*JANE****MI*JS00111223333~
DMG*D8*19430501*F~
CLM*26463774*100***11:B:1*Y*A*Y*I~
HI*ABK:J020~
LX*1~
SV1*HC:99213*40*UN*1***1~
SE*16*0021~
GE*1*1~
IEA*1*000000905~
"""
add("clean", "training", "",
    "EDI Support <edi@northfieldregional.org>", "Patient Accounting <patientaccounting@northfieldregional.org>",
    "837P lunch-and-learn: reading the loops", "2026-01-08 11:45",
    body="""For tomorrow's lunch-and-learn, here's the example 837P from the X12 implementation guide
(the famous "Ben Kildare Service" sample - every biller has seen Jane Smith by now). It's a TEST
file (ISA15 = T) with the guide's made-up data. We'll walk through 2000A/2000B, the SBR and the CLM
composite, and where the CARC ends up on the 835 side.

Bring questions about the 2300 loop - that's where most of our rejections come from.
""", atts=[dict(t="bin", name="837P_guide_example.x12", data=x837_sample)])

# =========================== write =========================================
def main():
    counts = {}
    rows = []
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for d in M:
        k = d["label"] + "-" + d["kind"]
        counts[k] = counts.get(k, 0) + 1
        fn = "%s-%03d.eml" % (k, counts[k])
        msg = build(d)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fn, d["label"], d["kind"], d["patient"] if d["label"] == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for k in sorted(counts):
        print(k, counts[k])
    print("total", len(M))

if __name__ == "__main__":
    main()
