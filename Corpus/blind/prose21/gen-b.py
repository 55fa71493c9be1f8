#!/usr/bin/env python3
"""Blind eval set prose21b: transplant / OPO / research site / genetics clinic mail.
Every message below was written by hand. Standard library only, deterministic."""
import base64, csv, io, os, quopri, random, zipfile, sys
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

random.seed(2122)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []


def add(kind, pn="", **kw):
    kw["kind"] = kind
    kw["pn"] = pn
    MSGS.append(kw)


def textpart(body, sub="plain", cs="utf-8", cte=None):
    p = MIMENonMultipart("text", sub, charset=cs)
    raw = body.encode(cs)
    if cte is None:
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "qp"
    if cte == "7bit":
        p.set_payload(body)
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "qp":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    return p


def zipbytes(name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 5, 4, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    return buf.getvalue()


def attpart(a):
    # a = (filename, mimetype, content, opts)
    fn, mt, content = a[0], a[1], a[2]
    opts = a[3] if len(a) > 3 else {}
    maj, sub = mt.split("/")
    if maj == "text" and not opts.get("b64"):
        p = textpart(content, sub, opts.get("cs", "utf-8"), opts.get("cte"))
    else:
        data = content.encode(opts.get("cs", "utf-8")) if isinstance(content, str) else content
        p = MIMEBase(maj, sub)
        if opts.get("cs"):
            p.set_param("charset", opts["cs"])
        p.set_payload(base64.encodebytes(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=fn)
    if maj != "text" or opts.get("b64"):
        p.set_param("name", fn)
    return p


def addr(v):
    if v.isascii():
        return v
    from email.utils import formataddr, getaddresses
    return ", ".join(formataddr(p, charset="utf-8") for p in getaddresses([v]))


def hdr(m, d, mid):
    m["From"] = addr(d["frm"])
    m["To"] = addr(d["to"])
    if d.get("cc"):
        m["Cc"] = d["cc"]
    m["Subject"] = d["subj"]
    m["Date"] = d["date"]
    m["Message-ID"] = mid
    for k, v in d.get("hdrs", []):
        m[k] = v
    m["MIME-Version"] = "1.0"


def boundary():
    return "----=_NextPart_%03d_%04X_%08X" % (random.randint(0, 999), random.randint(0, 0xFFFF), random.getrandbits(32))


def build(d, mid):
    cs = d.get("cs", "utf-8")
    cte = d.get("cte")
    body = d.get("body")
    html = d.get("html")
    if body is not None and html is not None:
        core = MIMEMultipart("alternative", boundary=boundary())
        core.attach(textpart(body, "plain", cs, cte))
        core.attach(textpart(html, "html", cs, cte))
    elif html is not None:
        core = textpart(html, "html", cs, cte)
    else:
        core = textpart(body, "plain", cs, cte)
    atts = d.get("atts", [])
    fwd = d.get("fwd")
    if not atts and not fwd:
        m = core
    else:
        m = MIMEMultipart("mixed", boundary=boundary())
        m.attach(core)
        for a in atts:
            m.attach(attpart(a))
        if fwd:
            inner = build(fwd, fwd.get("mid", "<fwd.%d@mail.example>" % random.randint(1000, 99999)))
            m.attach(MIMEMessage(inner))
    if mid is not None:
        hdr(m, d, mid)
    else:
        pass
    return m

# ---------------------------------------------------------------- phi-care
add("phi-care", "Whitfield",
    frm='"Marisol Quintero, RN" <mquintero@lakeshoretx.org>',
    to='"Dr. Anand Iyer" <aiyer@lakeshoretx.org>',
    subj="tac trough - Whitfield",
    date="Tue, 02 Jun 2026 08:14:51 -0500",
    body="""Dr Iyer,

Dolores Whitfield's trough from yesterday came back 11.2 (drawn 0745, last dose 1930 the night before so timing is ok). She's on 3 mg BID. Previous was 8.9 on 5/19.

Do you want me to drop her to 2.5 BID and recheck next Monday, or hold one dose? She is asking because she has the dentist Thursday.

Marisol
Kidney Post-Tx Coordinator
x4471
""")

add("phi-care", "Oyelaran",
    frm='"Beth Ann Kessler" <bkessler@lakeshoretx.org>',
    to='"Living Donor Team" <ld-team@lakeshoretx.org>',
    cc='"Tobias Renner" <trenner@lakeshoretx.org>',
    subj="Schedule change - LD eval Oyelaran (donor for recip Adeyemi)",
    date="Wed, 13 May 2026 16:02:10 -0500",
    body="""Hi all,

Quick change for Marcus Oyelaran's donor workup:

  CT angiogram abd/pelvis  - moved to Thu 5/21 0730 (was Tue)
  Nuclear GFR              - Fri 5/22 0900, Nuc Med B2
  Psychosocial w/ Tobias   - Fri 5/22 1300
  ILDA visit               - still pending, Rev. Hollis to call him

He drives in from Ottumwa so I tried to keep Thu/Fri together. He needs the IV contrast labs redrawn (creat from 4/30 is too old per radiology) - I'll have him come to the lab at 0630 Thursday.

Thanks,
Beth Ann
""",
    html="""<html><head><style>body{font-family:Calibri,sans-serif;font-size:11pt} td{padding:2px 8px;border:1px solid #bbb}</style></head><body>
<p>Hi all,</p>
<p>Quick change for Marcus Oyelaran&#39;s donor workup:</p>
<table style="border-collapse:collapse">
<tr><td>CT angiogram abd/pelvis</td><td>moved to <b>Thu 5/21 0730</b> (was Tue)</td></tr>
<tr><td>Nuclear GFR</td><td>Fri 5/22 0900, Nuc Med B2</td></tr>
<tr><td>Psychosocial w/ Tobias</td><td>Fri 5/22 1300</td></tr>
<tr><td>ILDA visit</td><td>still pending, Rev. Hollis to call him</td></tr>
</table>
<p>He drives in from Ottumwa so I tried to keep Thu/Fri together. He needs the IV contrast labs redrawn (creat from 4/30 is too old per radiology) - I&#39;ll have him come to the lab at 0630 Thursday.</p>
<p>Thanks,<br>Beth Ann</p>
<p style="color:#1f4e79;font-size:9pt">Beth Ann Kessler, BSN, RN | Living Donor Coordinator<br>Lakeshore Transplant Institute | 2200 N. Harbor Dr, Suite 400</p>
<p style="font-size:7.5pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee. If you received it in error, please notify the sender and delete it.</p>
</body></html>""")

add("phi-care", "Benitez",
    frm='"HLA Lab - Lakeshore" <hla-lab@lakeshoretx.org>',
    to='"Nina Sokolova" <nsokolova@lakeshoretx.org>',
    subj="RE: flow XM tonight - Benitez",
    date="Sat, 09 May 2026 02:47:33 -0500",
    body="""Nina - final is in. Flow crossmatch for Ricardo Benitez vs GRDN donor DN-26-0317:

T cell  neg  (MCS shift 22, cutoff 50)
B cell  neg  (MCS shift 71, cutoff 100)

Virtual XM matched what we called at 2200. Cleared from our side. Dr. Feld is aware.

- Hoang, night tech

-----Original Message-----
From: Nina Sokolova
Sent: Friday, May 08, 2026 9:55 PM
To: HLA Lab - Lakeshore
Subject: flow XM tonight - Benitez

Sending tubes down now, 2 red tops + 2 ACD from Mr. Benitez, drawn 2140. Donor spleen/nodes coming with the GRDN courier ~2330. OR tentatively 0600 if XM is clean. Can you page me with the result, not just file it? thx
""")

add("phi-care", "Pruitt",
    frm='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    to='"Dr. Philip Ames" <pames@callowaycrc.com>',
    subj="V6 done for 104-017",
    date="Thu, 21 May 2026 15:30:02 -0400",
    body="""Dr. Ames -

Harold Pruitt (104-017) came in for Visit 6 this morning. Vitals fine, ECG done and uploaded to the core lab portal, PK draws at pre-dose, 2h and 4h all within window. Study drug dispensed, kit 3388 and 3391. He brought back his diary but forgot the empty bottles again, I told him to drop them off Monday.

Only thing - his 4h BP was 152/94, he said he skipped his morning pill because he was fasting. I wrote it in the source notes. Can you glance at it and sign the ECG before you leave?

Kayla
""")

add("phi-care", "Nwosu",
    frm='"Priya Raman, MS, CGC" <praman@brightwatergenetics.org>',
    to='"Send-outs" <sendouts@brightwatergenetics.org>',
    subj="trio exome - baby Nwosu",
    date="Mon, 18 May 2026 11:06:44 -0400",
    body="""Hi send-outs team,

Please package the blood for Amara Nwosu (DOB 02/27/2026) for trio exome at Corvid Genomics today if possible - the insurance auth came through this morning (auth # attached in the chart). Mom and dad are doing saliva; I handed Chidi the kits and he promised to mail them back this week.

Requisition is signed, it's on the shelf above the fax. Please send FedEx priority, NICU wants the turnaround.

thanks!
Priya
""")

add("phi-care", "Blaylock",
    frm='"Walgreens Specialty #11804" <rx11804-noreply@wspfax-mail.com>',
    to='"Lakeshore Transplant Refills" <tx-refills@lakeshoretx.org>',
    subj="Refill authorization request",
    date="Fri, 29 May 2026 10:21:07 -0500",
    body="""REFILL AUTHORIZATION REQUEST

Patient:   BLAYLOCK, TERRENCE J
DOB:       08/14/1972
Phone:     (319) 402-7718

Medication: mycophenolate mofetil 500 mg tablet
Sig:        take 2 tablets by mouth twice daily
Qty:        120   Days supply: 30
Last fill:  04/28/2026   Refills remaining: 0

Prescriber: IYER, ANAND MD  NPI 1487726650

Please respond by fax to (319) 337-0415 or e-prescribe. Note: patient's plan now requires prior authorization for brand-to-generic exceptions; patient reports he was switched to generic in April.

This message was generated automatically. Do not reply to this e-mail address.
""")

add("phi-care", "Castellanos",
    frm='"Jerome Tate" <jtate@lakeshoretx.org>',
    to='"Liver Tx Coordinators" <liver-coord@lakeshoretx.org>',
    subj="FW: MELD labs due",
    date="Fri, 05 Jun 2026 07:58:19 -0500",
    body="""Who has Ruth now? Glenda is out until the 15th. Her MELD labs expire Monday and she still doesn't have an order in for the Davenport lab.

J.

From: UNet Notifications <noreply@unet-reminders.example>
Sent: Thursday, June 4, 2026 11:00 PM
To: Tate, Jerome
Subject: MELD labs due

Candidate: CASTELLANOS, RUTH A
Current lab MELD: 24  (recert due 06/08/2026)
Last values: INR 1.8 (05/25), bilirubin 3.4, creatinine 1.3, sodium 131, albumin 2.9
Please submit updated values before the due date to avoid downgrade to previous score.
""")

add("phi-care", "Matsuda",
    frm='"Ken Arbogast, PA-C" <karbogast@lakeshoretx.org>',
    to='"kmatsuda62@gmail.com" <kmatsuda62@gmail.com>',
    subj="Your 3-month kidney biopsy on July 14",
    date="Tue, 23 Jun 2026 13:40:55 -0500",
    body="""Dear Mr. Matsuda,

This is to confirm your protocol biopsy of the transplanted kidney on Tuesday, July 14 at 7:00 am, Interventional Radiology check-in on the 2nd floor of the Pavilion.

A few reminders:
- Stop your baby aspirin on July 9 (5 days before). Keep taking everything else, including tacrolimus and mycophenolate, with a small sip of water that morning.
- Nothing to eat after midnight.
- Someone has to drive you home; you will be watched for about 4-6 hours after.
- Your labs (CBC, PT/INR) will be drawn when you arrive.

If anything changes or you start a new blood thinner, call us at 319-356-2280 and ask for the kidney team.

Ken Arbogast, PA-C
Lakeshore Transplant Institute
""")
# ---------------------------------------------------------------- phi-names
add("phi-names", "Abernathy",
    frm='"Carol Voss" <cvoss@lakeshoretx.org>',
    to='"Patient Relations" <patientrelations@lakeshoretx.org>',
    subj="Mrs. Abernathy - waited in lobby 2+ hrs for her post-op check",
    date="Mon, 08 Jun 2026 17:12:40 -0500",
    body="""Hi Denise,

Heads up before she calls you. She was booked for 10:20 and wasn't roomed until almost 12:45 because her labs didn't cross over from the outside draw and nobody told the front desk. Her son was with her and he was pretty upset, used some language at Kim at check-in.

Dr. Iyer apologized and saw her himself. I said I would let you know so there's a note. I think a call from you would go a long way, she is a sweet lady and this is week 3 after her transplant, she's tired.

Carol
""")

add("phi-names", "Okafor",
    frm='"Lindqvist, Erik MD" <elindqvist@lakeshoretx.org>',
    to='"Pham, Thuy RN" <tpham@lakeshoretx.org>; "Feld, Aaron MD" <afeld@lakeshoretx.org>',
    subj="RE: weekend",
    date="Sun, 31 May 2026 19:33:08 -0500",
    body="""Thuy, thanks. Okafor's creatinine bumped to 2.1 from 1.6 - I'd repeat in the morning with a tac level and a UA before we get excited. Make sure he's not on the ibuprofen again, his wife said something about his back.

Aaron - Stein's BK came back low positive, I didn't change anything, you can decide Tuesday.

Grabowski went home fine.

E

> From: Pham, Thuy RN
> Sent: Sunday, May 31, 2026 4:10 PM
> Quick weekend update for you: Okafor called, says he feels fine but his outside
> labs were off. Stein BK pending. Mrs. Grabowski's discharge is done, Feld signed.
""")

add("phi-names", "Kowalczyk",
    frm='"Renata Dabrowski" <rdabrowski@lakeshoretx.org>',
    to='"Kidney Selection Committee" <kidney-selcomm@lakeshoretx.org>',
    subj="Items carried over to 6/10",
    date="Thu, 04 Jun 2026 12:00:00 -0500",
    body="""The following were not reached today and carry over:

Kowalczyk, Irena - needs repeat cPRA after the transfusion in April; Dr. Feld wants to relist at updated value
Marsh, Delbert - cardiology clearance letter still outstanding (stress echo done 5/27, read pending)
Huerta-Lopez, Ana - social work concerns re: support plan; Tobias to present

Please bring your notes. Renata
""")

add("phi-names", "Delacroix",
    frm='"Glenda Shaw" <gshaw@lakeshoretx.org>',
    to='"Jerome Tate" <jtate@lakeshoretx.org>',
    subj="dental",
    date="Wed, 27 May 2026 09:47:25 -0500",
    body="""did we ever get Mr. Delacroix's dental clearance?? his wife swears she faxed it from the place in Muscatine but I can't find it in media. if it's not in by Friday he comes off the agenda again and she is going to lose it (understandably)

G
""")

add("phi-names", "Fairweather",
    frm='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    to='"Lucas Brandt (Meridian CRO)" <lucas.brandt@meridian-cro.example>',
    subj="RE: Query #4471 - AE narrative, Subject 104-009",
    date="Tue, 26 May 2026 14:22:17 -0400",
    body="""Hi Lucas,

You're right, I'm sorry - I pasted the narrative from our internal note and it still had Ms. Fairweather's name in the second paragraph (the part about her daughter driving her to the ER in Lakeland). I've redacted it in EDC and re-saved, please confirm you can't see the old version in the audit trail view or whether we need to file a deviation.

Corrected: "Subject was taken to an outside ED by family on 12MAY2026 with dizziness; discharged same day."

Kayla

-----Original Message-----
From: Lucas Brandt
Sent: Tuesday, May 26, 2026 10:05 AM
To: Kayla Drummond
Subject: Query #4471 - AE narrative, Subject 104-009

Kayla, the AE narrative for 104-009 (AE #3) contains what looks like a patient name. Please remove PII from the EDC free text and respond to the query.
""")

add("phi-names", "Haddad",
    frm='"Samira Khoury" <samira@fodsupport.example.org>',
    to='"Priya Raman" <praman@brightwatergenetics.org>',
    subj="the Haddad twins",
    date="Fri, 15 May 2026 21:08:44 -0400",
    body="""Dear Priya,

I hope it is ok to write you directly. Rania Haddad came to our family night on Tuesday and asked me to help her, her English is ok but she gets nervous on the phone. Layla and Noor have been waiting since March for the follow-up after the metabolic results and she never got a call back. She has the letter from the state newborn screening lab but doesn't understand what "repeat acylcarnitine" means.

Could someone call her at 313-584-2096? Tuesdays and Thursdays after 3 are best, she works mornings. She is fine with me being on the call if that helps.

Thank you for everything you do for our families,
Samira Khoury
Parent Liaison, FOD Family Support Network (volunteer)
""")

add("phi-names", "Rourke",
    frm='"Deb Haney" <dhaney@riverbenddialysis.example>',
    to='"Marisol Quintero" <mquintero@lakeshoretx.org>',
    subj="Big Jim",
    date="Thu, 11 Jun 2026 06:51:02 -0500",
    body="""Morning Marisol - Big Jim (Jimmy Rourke, our Tu/Th/Sat 2nd shift guy) wants to know if his monthly blood samples are getting to you. We've been spinning and sending the red top like always but he heard from somebody in the chairs that a guy got made inactive for missing samples. Can you tell me if you have May? Then I can calm him down lol.

Deb Haney RN, Charge
Riverbend Dialysis - West
""")

add("phi-names", "Sorensen",
    frm='"Kat Lindgren" <klindgren@lakeshoretx.org>',
    to='"hla-lab@lakeshoretx.org" <hla-lab@lakeshoretx.org>',
    subj="Sorensen, Paul - XM tonight?",
    date="Tue, 16 Jun 2026 18:26:31 -0500",
    body="""Offer came in, he's #2 on the list for it. Can you run him if I get tubes to you by 8? Last serum on file is March, I can have him draw at Mercy Cedar Rapids.

-Kat

Sent from my iPhone
""")
# ---------------------------------------------------------------- phi-self
add("phi-self", "Esparza",
    frm='"MyLakeshore Patient Portal" <no-reply@mylakeshore.lakeshoretx.org>',
    to='"Kidney Transplant Pool" <tx-kidney-pool@lakeshoretx.org>',
    subj="New patient message: Shaky hands",
    date="Sat, 06 Jun 2026 22:17:09 -0500",
    hdrs=[("X-Portal-Message-Id", "PM-20260606-778132")],
    body="""From: Gloria M. Esparza (MRN 3306174)
Sent: 06/06/2026 10:16 PM
Subject: Shaky hands

Hi this is Gloria, I had my kidney transplant in February with Dr Lindqvist. Since they raised the tacrolimus last week to 4mg my hands are shaking so bad I can't hold my coffee cup and I have headaches at night. Is this normal? Should I take the lower dose until somebody calls me? I don't want to hurt my kidney. I have my labs on Tuesday at the Coralville clinic.

Thank you
Gloria

---
Reply to this message in the Portal In Basket. Do not reply by e-mail.
""")

add("phi-self", "Kowalski",
    frm='"Brent Kowalski" <brentk.plumbing@yahoo.com>',
    to='"Beth Ann Kessler" <bkessler@lakeshoretx.org>',
    subj="24 hr urine jug question",
    date="Sun, 17 May 2026 08:03:50 -0500",
    body="""Hi Beth Ann,

Brent here, I'm the one donating to my sister Kelly. I started the 24 hour urine yesterday at 7 like the sheet said but I forgot and went once at work around 2 and didnt save it. Do I need to start over? I have the jug in the fridge in the garage right now.

Also my blood pressure cuff at home says 138/88 most mornings, is that going to be a problem for me donating? My dad had high BP. Just want to know before I get my hopes up.

Thanks
Brent Kowalski
563-271-0945
""")

add("phi-self", "Ferreira",
    frm='"Jessica Ferreira" <jess.ferreira.home@gmail.com>',
    to='"Priya Raman" <praman@brightwatergenetics.org>',
    subj="Re: Mateo results appointment",
    date="Wed, 20 May 2026 23:41:12 -0400",
    body="""Priya,

Thank you for calling today. I'm sorry I cried so much on the phone, I think I didn't hear half of what you said. Can you write down the name of the gene again? I wrote "SCN-something". And you said the variant in Mateo is "de novo" which I understood means Tony and I didn't pass it on? So does that mean if we have another baby it won't happen? My mother-in-law keeps asking if it came from my side.

Also the neurologist Dr. Okonkwo wants to change his seizure medicine, should we wait for your letter first?

We'll be there on the 3rd at 10. Is it ok if Mateo's grandma comes too?

Jess
(Mateo Ferreira's mom, DOB 9/4/2023)

On Wed, May 20, 2026 at 2:15 PM Priya Raman <praman@brightwatergenetics.org> wrote:
> Hi Jessica, as we discussed, I've scheduled the results visit for June 3 at 10:00.
> Please bring any questions. Warmly, Priya
""")

add("phi-self", "Petrossian",
    frm='"Nadia Petrossian" <npetrossian@outlook.com>',
    to='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    subj="rash after infusion",
    date="Sat, 23 May 2026 12:55:38 -0400",
    body="""Hello Kayla,

It's Nadia from the study (I think my number is 104-022?). After my third infusion Thursday I got a red itchy rash on my chest and arms Friday night. No trouble breathing. I took one Benadryl and it's a little better today. I took photos, should I send them to this email? I'm not sure if I should go to urgent care or wait until Monday. I don't want to get kicked out of the study.

Nadia
""")

add("phi-self", "Gunderson",
    frm='"Wayne Gunderson" <wgunderson1957@aol.com>',
    to='"Lakeshore Transplant Info" <txinfo@lakeshoretx.org>',
    cc='"Office of Rep. Halvorsen" <constituent@halvorsen.example.gov>',
    subj="MY WIFE HAS BEEN ON YOUR LIST 14 MONTHS",
    date="Mon, 01 Jun 2026 06:30:21 -0500",
    body="""To whoever reads this,

My wife Linda Gunderson has been on your liver transplant list for 14 months. Her score went from 19 to 27 and NOBODY from your office has returned my calls in 3 weeks. Last Tuesday she was in the Mercy ER again for the fluid and they took off 6 liters. She is yellow. She sleeps 18 hours a day. Her coordinator used to be Glenda and now I don't know who it is.

I am copying our Congressman's office because I don't know what else to do. I want a call TODAY from a doctor, not a receptionist. My cell is 641-420-3387.

Wayne Gunderson
""")

add("phi-self", "Ferraro",
    frm='"Lou Ferraro" <3194758820@vtext.example.com>',
    to='"tx-kidney-pool@lakeshoretx.org" <tx-kidney-pool@lakeshoretx.org>',
    subj="",
    date="Tue, 09 Jun 2026 07:12:03 -0500",
    body="""this is lou ferraro lab at hy-vee clinic couldnt find my order for the tac level can u resend it im sitting here""")

add("phi-self", "Okoye",
    frm='"Adaeze Okoye-Brandt" <adaeze.ob@protonmail.example>',
    to='"Family Services - Great Rivers Donor Network" <familyservices@grdn.org>',
    subj="Question about my father's donation",
    date="Thu, 28 May 2026 20:04:59 -0500",
    body="""Dear Family Services team,

My father, Raymond Okoye, was an organ donor at St. Luke's in March after his stroke. Your coordinator Angela was very kind to us in the family room. We received the letter saying his liver and both kidneys were transplanted, and that his corneas helped two people.

I wanted to ask how I can write to the recipients, and whether it is true they can write back. My brother also wants to know if the autopsy results were shared with you, because we never got a copy from the medical examiner.

Thank you,
Adaeze Okoye-Brandt
""")
# ---------------------------------------------------------------- phi-lists
add("phi-lists", "Aldana",
    frm='"Thuy Pham" <tpham@lakeshoretx.org>',
    to='"Kidney Post-Tx Clinic" <tx-kidney-clinic@lakeshoretx.org>',
    subj="Wed 6/10 post-tx clinic - prelim labs",
    date="Tue, 09 Jun 2026 17:45:00 -0500",
    body="""Prelim for tomorrow. Levels that need a look are starred.

Time  Patient               MRN       POD   Tac    Cr    Notes
0800  Aldana, Hector        3314092   12    14.8*  1.9   dose reduced Sat
0820  Nguyen, Bao           3298871   30    7.2    1.2
0840  Whitfield, Dolores    3207716   118   11.2*  1.1   see my email
0900  Sorensen, Paul        --        --    --     --    pre-tx eval, not a post
0920  Grabowski, Helen      3310045   9     9.4    2.4*  DGF, HD x1 last wk
0940  Baptiste, Jean-Marc   3275530   61    5.1*   1.4   ?adherence, SW to see
1000  Okafor, Emmanuel      3302218   22    8.0    2.1*  repeat ordered

Hector's trough is the one I'm worried about. --Thuy
""")

add("phi-lists", "Castillo",
    frm='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    to='"Dr. Philip Ames" <pames@callowaycrc.com>',
    cc='"Omar Fitch" <ofitch@callowaycrc.com>',
    subj="screening log - May (internal, do not send to sponsor)",
    date="Mon, 01 Jun 2026 09:10:33 -0400",
    body="""Here's the internal version with names so we can reconcile with the clinic schedule. The sponsor version has initials only, I'll upload that one to the portal.

Screen#\tName\tDOB\tScreen date\tOutcome\tReason
S-118\tCastillo, Marta\t1961-03-02\t2026-05-04\tFAIL\tHbA1c 10.8 (excl 4)
S-119\tBurke, Desmond\t1955-11-19\t2026-05-06\tPASS\trandomized 104-021
S-120\tPetrossian, Nadia\t1970-07-30\t2026-05-07\tPASS\trandomized 104-022
S-121\tLiang, Wei\t1949-01-15\t2026-05-13\tFAIL\teGFR 24 (excl 2)
S-122\tOsei, Abena\t1966-06-08\t2026-05-20\tWITHDREW\tconsent withdrawn - travel
S-123\tHutchins, Roy\t1958-12-27\t2026-05-28\tPENDING\tawaiting echo

Omar, can you check S-121's eGFR is from the central lab not ours?
""")

add("phi-lists", "Gunderson",
    frm='"Dr. Sunita Bhatt" <sbhatt@lakeshoretx.org>',
    to='"Liver Selection Committee" <liver-selcomm@lakeshoretx.org>',
    subj="Agenda - Liver Selection 6/11",
    date="Wed, 10 Jun 2026 16:30:00 -0500",
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Colleagues,</p>
<p>Agenda for Thursday 7:00 am, Conf Rm 4B / Teams:</p>
<p><b>New evaluations</b></p>
<ul>
<li>Ruiz, Antonio (58) &ndash; EtOH, 9 mo sobriety, PEth negative x2, MELD 21</li>
<li>Carlsen, Joy (44) &ndash; PSC, recurrent cholangitis, MELD 16; exception request to discuss</li>
</ul>
<p><b>Re-review</b></p>
<ul>
<li>Gunderson, Linda (66) &ndash; MELD now 27; husband&#39;s complaint to Rep. Halvorsen&#39;s office, please see Patient Relations note</li>
<li>Castellanos, Ruth (51) &ndash; labs expiring 6/8, were they resubmitted?</li>
</ul>
<p><b>Deaths/removals since last meeting</b></p>
<ul><li>Pettibone, Arthur &ndash; died at home 6/2, hospice</li></ul>
<p>Sunita</p>
<p style="font-size:8pt;color:gray">This message contains confidential peer-review material protected under state law.</p>
</body></html>""")

add("phi-lists", "Nwosu",
    frm='"Priya Raman" <praman@brightwatergenetics.org>',
    to='"Genetic Counselors" <gc-team@brightwatergenetics.org>',
    subj="pending results before I go on leave",
    date="Fri, 12 Jun 2026 15:58:47 -0400",
    body="""Friends - I'm out from 6/15 to 7/6. These are mine that are still out. Please sign out results to whoever is on the results rotation that week:

* Amara Nwosu (NICU) - trio exome, Corvid, sent 5/18, rapid so should be back ~6/16. Parents Chidi and Ifeoma. PLEASE call them, they're expecting me.
* Mateo Ferreira - SCN1A de novo, letter drafted in Epic, needs signature. Mom is anxious, go slowly.
* Layla & Noor Haddad - repeat acylcarnitine profiles pending at state lab. Mom prefers Arabic interpreter; Samira from the FOD network may call.
* Gerald Wynn - hereditary cancer panel, 1 VUS in CHEK2. Not urgent.
* Tamsin O'Rourke - CMA normal; want to order Fragile X next, waiting on ins.

Thank you thank you.
P.
""")

add("phi-lists", "Benitez",
    frm='"HLA Lab - Lakeshore" <hla-lab@lakeshoretx.org>',
    to='"Kidney Tx Coordinators" <kidney-coord@lakeshoretx.org>',
    subj="Monthly sera not received - May",
    date="Mon, 08 Jun 2026 10:00:12 -0500",
    body="""Per UNOS/our SOP we need a quarterly serum on everyone active. The following active candidates have NO serum on file for March-May. Please contact them/their dialysis units this week.

 Name                   DOB         Dialysis unit          Last serum
 ---------------------  ----------  ---------------------  ----------
 Rourke, James E        1960-04-02  Riverbend West         2026-02-11
 Yazzie, Loretta        1979-10-23  Fresenius Burlington   2026-01-29
 Mbeki, Samuel          1985-06-17  PD - home              2025-12-30
 Benitez, Ricardo       1974-02-08  (transplanted 5/9)     -- remove
 Lundqvist, Anna-Karin  1952-08-30  DaVita Iowa City       2026-02-25

Hoang for the HLA lab
""")

add("phi-lists", "Yoder",
    frm='"Angela Merritt" <amerritt@grdn.org>',
    to='"GRDN Hospital Services" <hospsvc@grdn.org>',
    subj="Referral log 6/13-6/14 weekend",
    date="Sun, 14 Jun 2026 23:59:01 -0500",
    body="""Weekend referrals for handoff:

1. 6/13 0212 - St. Luke's CR ICU - Yoder, Eli, 19M, MVC, GCS 3, on vent. Family (Amish) meeting w/ bishop Monday. Med-suitable, DCD vs BD pending neuro exam.
2. 6/13 1140 - Mercy Dubuque - female 81, cardiac arrest, ruled out (age/hx metastatic CA). Name withheld by unit, ref# R-26-4471.
3. 6/13 2210 - UIHC MICU - Trujillo, Sandra, 47F, anoxic brain injury after OD. BD testing tomorrow AM; mother is NOK, phone in iTransplant.
4. 6/14 1505 - Genesis Davenport - Holm, Peter, 63M, ICH. Family declined, registered donor = NO. Closed.

Angela
""")

add("phi-lists", "Burke",
    frm='"Omar Fitch" <ofitch@callowaycrc.com>',
    to='"Calloway CRC Front Desk" <frontdesk@callowaycrc.com>',
    subj="study visits this week",
    date="Sun, 14 Jun 2026 20:14:40 -0400",
    body="""Front desk - here's who's coming in for research this week so you can pull charts and validate parking:

Mon  8:00   Desmond Burke      V4, fasting labs + ECG (cardiology study)
Mon  13:30  Roy Hutchins       screening echo, walk him to Echo Lab 2
Tue  9:00   Nadia Petrossian   unscheduled visit - rash follow-up, Dr Ames to see
Wed  7:30   Harold Pruitt      V7 PK day, will be here until ~noon, needs a lunch voucher
Thu  10:00  Marta Castillo     rescreen (HbA1c repeat)

Thanks!
Omar
""")
# ---------------------------------------------------------------- phi-struct
add("phi-struct", "Aldana",
    frm='"Interface Monitor" <cloverleaf-alerts@lakeshoretx.org>',
    to='"Lab Interface Team" <lis-interface@lakeshoretx.org>',
    subj="[ALERT] ORU rejected - LAB_TO_EPIC thread 7 - AE: PID-3 not found",
    date="Sat, 06 Jun 2026 04:12:00 -0500",
    body="""Thread: LAB_TO_EPIC_ORU (7)
Error: ACK AE - Patient identifier PID-3 not found in EMPI
Count in error queue: 1
Message follows:

MSH|^~\\&|SUNQUEST|LAKESHORE_LAB|EPIC|LAKESHORE|202606060411||ORU^R01|LAB2606060411883|P|2.5.1
PID|1||3314029^^^LMC^MR||ALDANA^HECTOR^R||19680911|M|||418 W BENTON ST^^IOWA CITY^IA^52246||(319)594-2207
PV1|1|O|TXCLIN^^^LMC||||1772034511^IYER^ANAND
ORC|RE|ORD8812044|LAB26158991
OBR|1|ORD8812044|LAB26158991|TACRO^Tacrolimus level^L|||202606050652|||||||||1772034511^IYER^ANAND
OBX|1|NM|TACRO^Tacrolimus^L||14.8|ng/mL|5.0-15.0|N|||F|||202606060402
NTE|1||Trough specimen per requisition.

Suggested action: MRN on file is 3314092 - likely transposition at outside draw site. Verify and resend.
""")

add("phi-struct", "Yazzie",
    frm='"Clearinghouse Notifications" <notify@availity-mirror.example.net>',
    to='"Transplant Financial" <tx-finance@lakeshoretx.org>',
    subj="271 eligibility response batch 20260602-14",
    date="Tue, 02 Jun 2026 11:40:09 -0500",
    body="""Your eligibility batch has completed. 1 response(s) attached.
This message was sent by an automated system.
""",
    atts=[("ELIG_20260602_14.x12", "application/octet-stream",
           "ISA*00*          *00*          *ZZ*CLRHOUSE01     *ZZ*LAKESHORETX    *260602*1139*^*00501*000004471*0*P*:~"
           "GS*HB*CLRHOUSE01*LAKESHORETX*20260602*1139*4471*X*005010X279A1~"
           "ST*271*0001*005010X279A1~BHT*0022*11*ELG20260602A*20260602*1139~"
           "HL*1**20*1~NM1*PR*2*WELLMARK BCBS IA*****PI*88342~"
           "HL*2*1*21*1~NM1*1P*2*LAKESHORE TRANSPLANT INSTITUTE*****XX*1659388210~"
           "HL*3*2*22*0~TRN*2*TX-PRE-99120*9LAKESHORE~"
           "NM1*IL*1*YAZZIE*LORETTA*M***MI*WMK448201937~DMG*D8*19791023*F~"
           "DTP*346*D8*20260101~EB*1*IND*30*PR*GOLD PPO~"
           "EB*C*IND*30***23*3500*****Y~EB*G*IND*30***29*1240*****Y~"
           "EB*CB*IND*SS**PRE-CERTIFICATION REQUIRED FOR ORGAN TRANSPLANT~"
           "MSG*TRANSPLANT BENEFIT VIA CENTERS OF EXCELLENCE NETWORK ONLY~"
           "SE*16*0001~GE*1*4471~IEA*1*000004471~")])

add("phi-struct", "Ruiz",
    frm='"Dana Whitlock" <dwhitlock@lakeshoretx.org>',
    to='"Sunita Bhatt" <sbhatt@lakeshoretx.org>',
    subj="waitlist export for the SRTR reconciliation",
    date="Thu, 04 Jun 2026 14:03:27 -0500",
    body="""Dr. Bhatt, attached is the active liver list export as of this morning for the reconciliation you asked about. Two rows have mismatched MELD vs UNet (Carlsen and Ruiz) - highlighted in my copy, the CSV won't keep the colors obviously.

Dana
Quality & Regulatory
""",
    atts=[("liver_active_20260604.csv", "text/csv",
           "MRN,Last,First,DOB,Listing_Date,Dx_Code,Lab_MELD,Excep_MELD,Blood_Type,Status,Coordinator\r\n"
           "3188420,Gunderson,Linda,1959-12-03,2025-04-02,K74.60,27,,O,Active,TBD\r\n"
           "3240091,Castellanos,Ruth,1975-01-19,2025-09-15,K70.30,24,,A,Active,Shaw\r\n"
           "3311870,Ruiz,Antonio,1967-08-28,2026-05-20,K70.31,21,,O,Active,Tate\r\n"
           "3299104,Carlsen,Joy,1982-02-11,2026-02-03,K83.01,16,22,B,Active,Shaw\r\n"
           "3150733,Abdi,Hodan,1990-10-05,2024-11-30,E83.01,12,,A,Inactive-7,Tate\r\n")])

add("phi-struct", "Wynn",
    frm='"Brightwater LIS" <lis-noreply@brightwatergenetics.org>',
    to='"Priya Raman" <praman@brightwatergenetics.org>',
    subj="Result available: hereditary cancer panel (FHIR)",
    date="Wed, 10 Jun 2026 09:30:00 -0400",
    body="""A new result has been received from Corvid Genomics and is attached in FHIR R4 format. Open it in the viewer or Epic Media.
""",
    atts=[("result_GX26-004417.json", "application/json", """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt-6612087",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "6612087"}],
      "name": [{"family": "Wynn", "given": ["Gerald", "T"]}],
      "gender": "male", "birthDate": "1963-05-21"}},
    {"resource": {"resourceType": "Observation", "id": "obs-var-1", "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6", "display": "Genetic variant assessment"}]},
      "subject": {"reference": "Patient/pt-6612087"},
      "effectiveDateTime": "2026-06-09",
      "component": [
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6", "display": "Gene studied"}]},
         "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:16627", "display": "CHEK2"}]}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48004-6", "display": "DNA change (c.HGVS)"}]},
         "valueCodeableConcept": {"text": "c.1283C>T"}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "53037-8", "display": "Genetic variation clinical significance"}]},
         "valueCodeableConcept": {"text": "Uncertain significance"}}
      ]}}
  ]
}
""", {"b64": True})])

add("phi-struct", "Mbeki",
    frm='"Medical Records - Mercy Clinton" <himfax@mercyclinton.example>',
    to='"Kidney Tx Coordinators" <kidney-coord@lakeshoretx.org>',
    subj="Fax: records request fulfilled",
    date="Mon, 25 May 2026 13:17:52 -0500",
    body="""*** FAX TRANSMISSION ***

DATE: 05/25/2026        PAGES (incl. cover): 9
TO:   Lakeshore Transplant Institute - Kidney       FAX: 319-356-8017
ATTN: Marisol Quintero RN
FROM: Mercy Medical Center - Clinton, HIM Dept      PH:  563-244-5521

RE:   MBEKI, SAMUEL      DOB 06/17/1985    MR# 00781340
      Records requested: PD catheter placement op note (03/2026), peritonitis
      admission 04/11-04/15/2026 H&P and d/c summary, cultures, ID consult

COMMENTS: Remaining cultures to follow when final. Please call with questions.

CONFIDENTIAL: The documents accompanying this telecopy contain health information that is
legally privileged. If you are not the intended recipient you are hereby notified that any
disclosure, copying or distribution is strictly prohibited.
""")

add("phi-struct", "Haddad",
    frm='"State Newborn Screening Program" <nbs-results@idph-nbs.example.gov>',
    to='"Brightwater Genetics Clinic" <referrals@brightwatergenetics.org>',
    subj="NBS follow-up documents (CCD) - 2 infants",
    date="Tue, 17 Mar 2026 10:44:19 -0500",
    body="""Attached are the continuity of care documents for the referred infants. Please confirm receipt.
""",
    html="""<html><body><p>Attached are the continuity of care documents for the referred infants. Please confirm receipt.</p>
<pre style="font-size:8pt">&lt;recordTarget&gt;&lt;patientRole&gt;&lt;id root="2.16.840.1.113883.4.1.19" extension="NBS2026-0311-A"/&gt;
&lt;patient&gt;&lt;name&gt;&lt;given&gt;Layla&lt;/given&gt;&lt;family&gt;Haddad&lt;/family&gt;&lt;/name&gt;
&lt;administrativeGenderCode code="F"/&gt;&lt;birthTime value="20260302"/&gt;&lt;/patient&gt;&lt;/patientRole&gt;&lt;/recordTarget&gt;
...
&lt;observation classCode="OBS" moodCode="EVN"&gt;&lt;code code="53231-7" displayName="C8 acylcarnitine"/&gt;
&lt;value xsi:type="PQ" value="0.52" unit="umol/L"/&gt;&lt;interpretationCode code="H"/&gt;&lt;/observation&gt;</pre>
</body></html>""",
    atts=[("CCD_NBS2026-0311-B.xml", "text/xml", """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <title>Newborn Screening Follow-up Summary</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.4.1.19" extension="NBS2026-0311-B"/>
    <addr><streetAddressLine>2219 Oakman Blvd</streetAddressLine><city>Dearborn</city><state>MI</state></addr>
    <patient><name><given>Noor</given><family>Haddad</family></name>
      <administrativeGenderCode code="F"/><birthTime value="20260302"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Results</title>
    <entry><observation classCode="OBS" moodCode="EVN">
      <code code="53231-7" codeSystem="2.16.840.1.113883.6.1" displayName="C8 acylcarnitine"/>
      <value xsi:type="PQ" value="0.61" unit="umol/L"/><interpretationCode code="H"/>
    </observation></entry>
    <entry><act><text>Referred to metabolic genetics for confirmatory testing.</text></act></entry>
  </section></component></structuredBody></component>
</ClinicalDocument>
""")])

add("phi-struct", "Hutchins",
    frm='"Omar Fitch" <ofitch@callowaycrc.com>',
    to='"Billing Compliance" <billcomp@callowaycrc.com>',
    subj="837 for the research echo - billed to insurance by mistake?",
    date="Wed, 17 Jun 2026 11:25:43 -0400",
    body="""Hi,

The screening echo for one of our study participants (protocol-required, should be paid by sponsor) looks like it went out on an 837 to his Medicare Advantage plan. The claim file from the clearinghouse is zipped below. Can you void it and rebill to the study account 44-2291? I checked the Medicare coverage analysis and the echo is marked "S" (sponsor).

Thanks, Omar
""",
    atts=[("clm_20260616.zip", "application/zip", zipbytes("clm_20260616.837",
           "ISA*00*          *00*          *ZZ*CALLOWAYCRC    *ZZ*CLRHOUSE01     *260616*1702*^*00501*000009812*0*P*:~\n"
           "GS*HC*CALLOWAYCRC*CLRHOUSE01*20260616*1702*9812*X*005010X222A1~\n"
           "ST*837*0001*005010X222A1~\n"
           "BHT*0019*00*CLM9812*20260616*1702*CH~\n"
           "NM1*85*2*CALLOWAY CLINICAL RESEARCH CENTER*****XX*1306611842~\n"
           "HL*2*1*22*0~\n"
           "SBR*P*18*HUMGOLD22***MA~\n"
           "NM1*IL*1*HUTCHINS*ROY*D***MI*H77204519301~\n"
           "N3*88 CRESTVIEW LN~\nN4*LAKELAND*FL*33803~\n"
           "DMG*D8*19581227*M~\n"
           "CLM*RSCH-118-ECHO*1450***22:B:1*Y*A*Y*Y~\n"
           "HI*ABK:I50.22~\n"
           "LX*1~SV1*HC:93306*1450*UN*1***1~DTP*472*D8*20260615~\n"
           "SE*15*0001~GE*1*9812~IEA*1*000009812~\n"))])

add("phi-struct", "Trujillo",
    frm='"iTransplant Export" <itx-export@grdn.org>',
    to='"Angela Merritt" <amerritt@grdn.org>',
    subj="Donor summary export DN-26-0352",
    date="Mon, 15 Jun 2026 15:20:00 -0500",
    body="""Export requested by AMERRITT. Tab-delimited.

FIELD\tVALUE
DonorID\tDN-26-0352
Name\tTRUJILLO, SANDRA L
DOB\t1979-03-11
Hospital\tUIHC MICU
MRN_Hosp\t09918243
ABO\tA+
Ht_cm\t165
Wt_kg\t71.2
Cause\tAnoxia / drug intoxication
BD_Declared\t2026-06-15 11:42
Serology_HIV\tNonreactive
Serology_HCV_NAT\tReactive
Serology_HBsAg\tNonreactive
Creat_peak\t1.9
Bili\t0.7
NOK\tTrujillo, Maria (mother) 319-800-5521
Authorization\tFirst-person (DL registry)
""")
# ---------------------------------------------------------------- phi-ids
add("phi-ids", "",
    frm='"Anand Iyer" <aiyer@lakeshoretx.org>',
    to='"Marisol Quintero" <mquintero@lakeshoretx.org>',
    subj="MRN 3207716",
    date="Tue, 02 Jun 2026 08:31:02 -0500",
    body="""2.5 bid, recheck tac + BMP Mon. no dose hold.

Sent from my phone
""")

add("phi-ids", "",
    frm='"Tonya Greer" <tgreer@lakeshoretx.org>',
    to='"Wellmark Provider Appeals" <provider.appeals@wellmark-mail.example>',
    subj="Appeal - claim 2026061188412 / member WMK448201937",
    date="Thu, 18 Jun 2026 10:05:15 -0500",
    body="""To Appeals,

We are requesting reconsideration of claim 2026061188412, member ID WMK448201937, DOS 05/29/2026, CPT 86825/86826 (HLA crossmatch, flow) denied CO-197 "precertification absent".

Pre-cert was obtained under ref PA-TX-0099120 on 01/14/2026 for the complete transplant evaluation, which includes crossmatching. Copy of the authorization letter attached separately by fax to 515-376-4400.

Tonya Greer, CRCS
Transplant Financial Counselor
Lakeshore Transplant Institute  |  319-356-1908
""")

add("phi-ids", "",
    frm='"IR Scheduling" <ir-sched@lakeshoretx.org>',
    to='"Ken Arbogast" <karbogast@lakeshoretx.org>',
    subj="add-on",
    date="Wed, 10 Jun 2026 13:02:44 -0500",
    body="""Ken - got your page. Acct 7730021-4, DOB 03/14/1961, added to Thursday's renal tx biopsy list slot 3 (0930). INR needs to be back by 0800 or we bump. -Rhonda
""")

add("phi-ids", "",
    frm='"Safety Desk - Meridian CRO" <safety@meridian-cro.example>',
    to='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    cc='"Dr. Philip Ames" <pames@callowaycrc.com>',
    subj="SAE 24h acknowledgment - Site 104 / Subj 104-017 / initials H.P. / DOB 1951-09-02",
    date="Fri, 19 Jun 2026 16:48:30 -0400",
    body="""This acknowledges receipt of the initial SAE report:

Site: 104 (Calloway CRC, PI Ames)
Subject: 104-017   Initials: H.P.   DOB: 02-SEP-1951   Sex: M
Event: hospitalization - syncope, onset 17JUN2026
Seriousness: hospitalization
Study drug: interrupted 18JUN2026
Causality (investigator): possibly related

Follow-up requested within 5 calendar days: discharge summary, ECG tracing, concomitant meds with start dates.

Meridian Pharmacovigilance
""")

add("phi-ids", "",
    frm='"Renata Dabrowski" <rdabrowski@lakeshoretx.org>',
    to='"Transplant Data Coordinators" <tx-data@lakeshoretx.org>',
    subj="status change",
    date="Fri, 12 Jun 2026 16:55:09 -0500",
    body="""WL ID K-884120 (DOB 1952-08-30): moved to status 7 (temporarily inactive) effective today, reason "medically unsuitable - pending cardiac cath". Please update the TIEDI list and the coordinator board. Expected reactivation after cath on 6/24.
""")

add("phi-ids", "",
    frm='"Tonya Greer" <tgreer@lakeshoretx.org>',
    to='"Patient Financial Services" <pfs-tx@lakeshoretx.org>',
    subj="LD eval charges - route to recipient plan",
    date="Tue, 16 Jun 2026 09:14:00 -0500",
    body="""Hi PFS,

Please move the living donor evaluation charges for donor acct 7790514-2 (SSN xxx-xx-4471, DOB 11/02/1979) off the donor's own insurance. Donor services are billed to the recipient's transplant benefit / organ acquisition cost center, never to the donor. Dates of service 5/21 and 5/22 (CTA, nuclear GFR, psychosocial). Recipient acct is 7712203-0.

The donor got a statement and an EOB from his own Medica plan last week and called me upset.

Thanks,
Tonya
""")

add("phi-ids", "",
    frm='"Intake - Brightwater Genetics" <referrals@brightwatergenetics.org>',
    to='"Dr. Helen Ostrowski" <hostrowski@brightwatergenetics.org>',
    subj="FW: Variant reclassification notice - Accession GX24-118802",
    date="Mon, 15 Jun 2026 10:41:27 -0400",
    body="""Dr. O - forwarding the attached notice, this one was yours from the 2024 cardio-genetics clinic (MRN 5520931). The notice wants us to recontact. Do you want it scheduled as a results visit or a phone call? Sister was also seen here.

Jen, intake
""",
    fwd=dict(mid="<recl.GX24-118802.20260615@corvidgenomics.example>",
    frm='"Corvid Genomics Client Services" <clientservices@corvidgenomics.example>',
    to='"Brightwater Genetics Clinic" <referrals@brightwatergenetics.org>',
    subj="Variant reclassification notice - Accession GX24-118802",
    date="Mon, 15 Jun 2026 08:00:00 -0400",
    body="""Dear Provider,

This notice is to inform you that a variant previously reported on the following test has been reclassified.

Accession:        GX24-118802
Client MRN:       5520931
Patient DOB:      1988-04-17
Original report:  2024-10-02, Comprehensive Cardiomyopathy Panel
Gene / variant:   MYBPC3 c.2308G>A (p.Asp770Asn)
Previous class:   Variant of uncertain significance
New class:        Likely pathogenic

An amended report is available in the Client Portal. Please consider notifying the patient and discussing cascade testing for at-risk relatives.

Corvid Genomics, Inc.  CLIA 52D2211890
"""))
# ---------------------------------------------------------------- phi-lang
add("phi-lang", "Ferreira",
    frm='"Rosa Salgado" <rosasalgado77@hotmail.com>',
    to='"Clinica de Genetica Brightwater" <referrals@brightwatergenetics.org>',
    subj="cita de mi hijo Joaquín",
    date="Thu, 04 Jun 2026 19:22:03 -0400",
    cs="iso-8859-1",
    body="""Buenas tardes,

Mi nombre es Rosa Salgado Ferreira, soy la mamá de Joaquín Ferreira Salgado, nacido el 11 de enero de 2019. El pediatra nos mandó con ustedes porque Joaquín todavía no habla bien y tiene las manos muy flojas, y le hicieron un estudio de cromosomas en marzo que salió "normal" pero el doctor dice que hay que hacer otra prueba de sangre.

Nos dieron cita para el 22 de junio a las 9:30 pero ese día no tengo transporte. ¿Se puede cambiar para la tarde o para otro día? También quiero saber si el seguro Medicaid paga la prueba genética, porque me dijeron que cuesta mucho.

Mi teléfono es 313-402-8816, prefiero que me llamen en español.

Muchas gracias,
Rosa
""")

add("phi-lang", "Tran",
    frm='"Tran Van Hieu" <tranvanhieu.1965@gmail.com>',
    to='"Thuy Pham" <tpham@lakeshoretx.org>',
    subj="Chi Thuy oi - ket qua thuoc",
    date="Mon, 15 Jun 2026 21:05:44 -0500",
    cte="b64",
    body="""Chào chị Thúy,

Em là Trần Văn Hiếu, bệnh nhân ghép thận của bác sĩ Lindqvist (ghép tháng 1 năm nay). Hôm thứ Sáu em đi thử máu ở phòng lab Coralville, nhưng đến giờ em chưa thấy kết quả nồng độ tacrolimus trên MyLakeshore. Lần trước là 6.1.

Em đang uống Prograf 2mg sáng 2mg tối. Mấy hôm nay em bị tiêu chảy, đi ngoài 4-5 lần một ngày. Em có cần đổi liều không chị? Em sợ ảnh hưởng thận.

Số điện thoại của em: 319-621-4470. Con gái em là Linh có thể dịch nếu bác sĩ gọi.

Cảm ơn chị nhiều,
Hiếu
""")

add("phi-lang", "Moura",
    frm='"Luciana Moura" <lu.moura@uol.example.com.br>',
    to='"Coordenação Transplante Hepático" <liver-coord@lakeshoretx.org>',
    subj="Meu pai - Sr. Antônio Carlos Moura - lista de transplante",
    date="Wed, 03 Jun 2026 10:17:30 -0300",
    cs="windows-1252",
    body="""Prezados,

Escrevo em nome do meu pai, Antônio Carlos Moura (data de nascimento 14/08/1958), que está na lista de transplante de fígado de vocês desde janeiro. Ele mora em Cedar Rapids com minha irmã e eu estou no Brasil.

Na última consulta com a Dra. Bhatt disseram que o MELD dele subiu para 22 e que ele precisa fazer a endoscopia de novo para ver as varizes. Minha irmã não conseguiu marcar. Vocês podem ligar para ela, Fernanda, no (319) 555-0182? Ela fala inglês.

Também gostaria de saber se eu posso fazer a avaliação para ser doadora viva de fígado estando no Brasil — sou filha, tipo sanguíneo O, 34 anos.

Obrigada,
Luciana Moura
""")

add("phi-lang", "Volkov",
    frm='"Сергей Волков" <s.volkov.ia@mail.example.ru>',
    to='"Beth Ann Kessler" <bkessler@lakeshoretx.org>',
    subj="донор для жены / donor for my wife",
    date="Tue, 26 May 2026 22:48:15 -0500",
    cte="b64",
    body="""Здравствуйте, Бет Энн.

Извините, пишу по-русски, дочь переведёт, если нужно.

Я, Сергей Волков (дата рождения 03.02.1969), хочу быть живым донором почки для моей жены Ирины Волковой. Она на диализе три раза в неделю с ноября, её координатор — Марисоль. У меня группа крови A, у жены тоже A.

Я прошёл анализы крови у вас 12 мая. Мне сказали, что будет ещё КТ и анализ мочи за 24 часа. Когда это? Я работаю на заводе посменно и мне нужно заранее взять выходной.

Sorry my English is not good. Please call my daughter Olga 319-750-2236.

С уважением,
Сергей Волков
""")

add("phi-lang", "Pierre-Louis",
    frm='"Marie-Claude Pierre-Louis" <mcpierrelouis@gmail.com>',
    to='"Kidney Tx Coordinators" <kidney-coord@lakeshoretx.org>',
    subj="randevou mwen 18 jen",
    date="Fri, 12 Jun 2026 07:40:26 -0400",
    body="""Bonjou,

Se Marie-Claude Pierre-Louis k ap ekri nou. Mwen te fè transplantasyon ren nan mwa avril. Mwen gen randevou ak doktè a 18 jen a 2è, men mwen pa ka vini paske pitit mwen malad. Eske nou ka chanje l pou semèn apre?

Epitou mwen pa gen plis grenn mycophenolate, mwen gen pou 3 jou sèlman. Famasi a di yo bezwen yon nouvo preskripsyon.

Telefòn mwen se 786-340-1195.

Mèsi anpil,
Marie-Claude
""")

add("phi-lang", "Liang",
    frm='"Liang Xiaomei" <xmliang88@qq.example.com>',
    to='"Omar Fitch" <ofitch@callowaycrc.com>',
    subj="关于我父亲梁伟的研究筛选",
    date="Tue, 19 May 2026 20:33:51 -0400",
    cte="b64",
    body="""Omar 您好，

我是梁伟的女儿梁晓梅。我父亲（出生日期 1949年1月15日）上周参加了你们的心脏药物研究筛选，您打电话说他的肾功能 eGFR 是24，所以不能参加。

我想问一下：
1. 这个肾功能结果是你们实验室做的还是中心实验室做的？他的肾科医生上个月测的是31。
2. 如果他下个月再测一次，可以重新筛选吗？

我父亲不太会说英语，请给我打电话：727-514-3092。

谢谢！
梁晓梅
""")

add("phi-lang", "Dimaculangan",
    frm='"Joy Bautista RN" <jbautista@lakeshoretx.org>',
    to='"Rowena Santos RN" <rsantos@lakeshoretx.org>',
    subj="re: 6 North endorse",
    date="Sat, 20 Jun 2026 06:55:12 -0500",
    body="""Ate Weng, pasensya na late ko na-send. Endorse ko lang si Mr. Dimaculangan sa Rm 612 (liver tx POD 4):

- Drain output kagabi 340 mL, medyo serous na, hindi na bloody
- Tac level ngayong umaga, pending pa, wag mo ibigay ang 0900 dose hangga't hindi pa lumalabas, sabi ni Dr. Bhatt
- Nag-ambulate siya twice sa hallway, kaya niya naman
- Wife niya si Tita Cora, mabait pero maraming tanong, she'll be here by 10

Yung BG niya 212 at 0500, gave 4 units per sliding scale. Salamat ate!

Joy
""")
# ---------------------------------------------------------------- clean-staff
add("clean-staff",
    frm='"Aaron Feld" <afeld@lakeshoretx.org>',
    to='"Transplant Nephrology" <tx-neph@lakeshoretx.org>',
    subj="Journal club Thursday - belatacept conversion paper",
    date="Mon, 08 Jun 2026 12:15:33 -0500",
    body="""All,

Thursday's journal club (noon, 4B, lunch from Pancheros) is the multicenter belatacept conversion RCT in the June AJT. Erik is presenting. Key things to think about before you come:

- They converted at a median of 14 months post-transplant; our practice is usually earlier. Does the eGFR benefit hold for early conversion?
- Rejection rate in the conversion arm was 8.1% vs 3.4% - was that driven by the high-immunologic-risk subgroup?
- Cost: belatacept infusion chair time vs tac levels. Tonya has rough numbers for us.

Fellows, please read the supplement with the DSA data too.

Aaron
""")

add("clean-staff",
    frm='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    to='"Omar Fitch" <ofitch@callowaycrc.com>',
    subj="Amendment 4 - what changes for us",
    date="Wed, 27 May 2026 08:40:20 -0400",
    body="""Omar,

Read through the redline for Protocol Amendment 4 last night. Summary of what actually affects our workflow:

1. eGFR exclusion goes from <30 to <25 (central lab only). Anyone we screen-failed for eGFR 25-29 in the last 60 days can be rescreened once.
2. Visit 7 PK window widens to +/- 3 days.
3. New ECG at Visit 9 (end of treatment).
4. ICF version 5.0 - everyone currently on study needs reconsent at their next visit once IRB approves. Hold off on printing until we get the stamped copy.

Sponsor says IRB submission is on them (central IRB) so we just wait for the approval letter. I'll update the visit checklist templates this week.

K
""")

add("clean-staff",
    frm='"Sunita Bhatt" <sbhatt@lakeshoretx.org>',
    to='"Hepatology Fellows" <hep-fellows@lakeshoretx.org>',
    subj="case for Friday conference (de-identified)",
    date="Tue, 16 Jun 2026 20:02:11 -0500",
    body="""For Friday's case conference - please don't look it up in Epic, the point is to work through it cold.

A man in his 50s, 9 months abstinent from alcohol, referred with decompensated cirrhosis (ascites requiring paracentesis every 2-3 weeks, one episode of HE). MELD-Na in the low 20s. Supportive spouse, stable housing, completed outpatient treatment program. PEth negative twice. Psychiatry raised concern about a prior relapse after 11 months of sobriety several years ago.

Questions:
1. Would you list him now? What does the literature say about the 6-month rule?
2. What monitoring would you require post-listing?
3. How would your answer change if MELD were 35?

Bring one reference each.

SB
""")

add("clean-staff",
    frm='"Angela Merritt" <amerritt@grdn.org>',
    to='"GRDN Organ Recovery Coordinators" <orc-team@grdn.org>',
    subj="swap? July 4 weekend call",
    date="Fri, 19 Jun 2026 11:11:11 -0500",
    body="""Anyone willing to swap 7/3-7/5 call with me for 7/17-7/19? My sister's wedding got moved. I'll throw in a pan of bars for the office. Also reminder the new recovery kits are in the cage - the old blue boxes go back to supply, do not use them for kidneys anymore, perfusion tubing changed.

Ang
""")

add("clean-staff",
    frm='"Philip Ames" <pames@callowaycrc.com>',
    to='"Calloway CRC Staff" <staff@callowaycrc.com>',
    subj="Enrollment update - great month",
    date="Mon, 01 Jun 2026 17:30:00 -0400",
    body="""Team,

Quick note of thanks. As of today:

  CARDIO-RENAL (Meridian): 23 randomized / 30 target, 6 screen fails in May
  LIVER-NASH-02: 11 / 12, closing to enrollment July 1
  Rare disease natural history registry: 41 consented

We are the #2 enrolling site in the US for CARDIO-RENAL. Screen failure rate dropped from 48% to 33% since we started pre-screening labs. That's all of you.

Pizza Wednesday.

Phil
""")

add("clean-staff",
    frm='"Priya Raman" <praman@brightwatergenetics.org>',
    to='"Genetic Counselors" <gc-team@brightwatergenetics.org>',
    subj="VUS letter template - wording",
    date="Thu, 11 Jun 2026 14:44:00 -0400",
    body="""Hi all,

I'm revising our standard VUS result letter and would love opinions. Current sentence:

  "A variant of uncertain significance was identified. This result should not be used to make medical decisions."

Families keep reading this as "nothing was found" OR as "something scary was found." Proposed:

  "The lab found a change in the [GENE] gene, but right now there is not enough information to know whether it affects health. We do not recommend changes to your care based on this result. Labs review these changes over time and may update the result; if that happens, we will contact you."

Also - should we add the reclassification-request line that Corvid now offers? Comments by Monday, I'll take it to the family advisory council on the 24th.

P.
""")

add("clean-staff",
    frm='"Transplant Social Committee" <tx-social@lakeshoretx.org>',
    to='"Lakeshore Transplant - All" <tx-all@lakeshoretx.org>',
    subj="Donate Life potluck - sign up!",
    date="Tue, 02 Jun 2026 10:00:00 -0500",
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<p style="font-size:14pt;color:#2e7d32"><b>Green Ribbon Potluck &amp; Staff Appreciation</b></p>
<p>Friday June 26, 11:30&ndash;1:30, Pavilion courtyard (rain: 4B)</p>
<p>Wear green! We&#39;re celebrating the whole team &mdash; coordinators, HLA lab, pharmacy, social work, financial, the OR crew and our partners at Great Rivers Donor Network.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Bringing</th><th>Who</th></tr>
<tr><td>Main dishes</td><td>Nephrology, Hepatology</td></tr>
<tr><td>Sides/salads</td><td>Coordinators, HLA</td></tr>
<tr><td>Desserts</td><td>Surgery (Dr. Feld promised his &quot;famous&quot; rhubarb crisp)</td></tr>
<tr><td>Drinks/plates</td><td>Admin</td></tr>
</table>
<p>Sign up sheet on the break room door. Living donor champions get first dibs on dessert.</p>
</body></html>""")

# ---------------------------------------------------------------- clean-admin
add("clean-admin",
    frm='"Omar Fitch" <ofitch@callowaycrc.com>',
    to='"Lucas Brandt (Meridian CRO)" <lucas.brandt@meridian-cro.example>',
    cc='"Calloway Finance" <finance@callowaycrc.com>',
    subj="RE: CARDIO-RENAL budget amendment - counter",
    date="Thu, 28 May 2026 13:50:00 -0400",
    body="""Lucas,

Thanks for the revised budget. Our counter on the items for Amendment 4:

  Item                              Sponsor offer   Site request
  Visit 9 ECG (new)                 $85             $140 (reading + tech time)
  Reconsent visit (per subject)     $0              $150
  Rescreen (eGFR 25-29)             $450            $675 (full screening labs)
  Screen failure cap                1:3             1:2
  IRB fee pass-through              --              actual, invoiced

Everything else in v3 of the CTA budget is acceptable. Our finance team needs the signed amendment before we can invoice the May visits.

Best,
Omar Fitch
Research Operations Manager
Calloway Clinical Research Center
""")

add("clean-admin",
    frm='"Lakeshore IRB" <irb-noreply@lakeshoretx.org>',
    to='"Anand Iyer" <aiyer@lakeshoretx.org>',
    subj="Continuing review due in 45 days - IRB# 202104771",
    date="Mon, 15 Jun 2026 06:00:00 -0500",
    body="""Dear Dr. Iyer,

Continuing review for the study below is due by 07/30/2026.

  IRB#:   202104771
  Title:  Tacrolimus Extended-Release Conversion and Intrapatient Variability in Kidney Transplant Recipients
  Status: Open to enrollment

Please submit the continuing review form in HawkIRB with: current enrollment total, withdrawals, summary of adverse events and unanticipated problems since last review, and any publications. Lapse in approval requires all research activities to stop.

This is an automated message from the Human Subjects Office.
""")

add("clean-admin",
    frm='"Dana Whitlock" <dwhitlock@lakeshoretx.org>',
    to='"Transplant Leadership" <tx-leaders@lakeshoretx.org>',
    subj="SRTR PSR release - our numbers (embargoed until 7/7)",
    date="Wed, 17 Jun 2026 15:15:00 -0500",
    body="""Embargoed program-specific report numbers, please don't share outside leadership until release:

Kidney (adult)
  Transplants 1/1/25-12/31/25: 184 (deceased 131, living 53)
  1-yr graft survival: 96.1% (expected 95.2%)
  Waitlist mortality: lower than expected, tier 4 of 5
  Offer acceptance ratio: 1.21

Liver (adult)
  Transplants: 71
  1-yr patient survival: 93.8% (expected 92.9%)
  Transplant rate: tier 3

I'll draft talking points for the board. - Dana
""")

add("clean-admin",
    frm='"GRDN Finance" <finance@grdn.org>',
    to='"Lakeshore Transplant Financial" <tx-finance@lakeshoretx.org>',
    subj="Q2 organ acquisition invoices",
    date="Tue, 30 Jun 2026 09:00:00 -0500",
    body="""Good morning,

Attached summary of Q2 standard acquisition charges billed to Lakeshore. Detail by donor ID is available on the secure portal for your cost report.

  Kidney SAC:  $41,250 x 22 = $907,500
  Liver SAC:   $48,900 x 9  = $440,100
  Import fees: 4
  Total due:   $1,358,600  (net 45)

Remit to: Great Rivers Donor Network, Attn AR, PO Box 8821, Des Moines IA

Thank you,
GRDN Finance
""")

add("clean-admin",
    frm='"Medical Staff Office" <msoffice@lakeshoretx.org>',
    to='"Transplant Surgery Faculty" <tx-surg@lakeshoretx.org>',
    subj="Action needed: reappointment packets & DEA renewals",
    date="Mon, 01 Jun 2026 08:00:00 -0500",
    html="""<html><head><style>p{font-family:Calibri;font-size:11pt}</style></head><body>
<p>Faculty,</p>
<p>Reappointment packets for the October cycle are now open in the credentialing portal. Please complete by <b>July 15</b>:</p>
<ul><li>Attestation questionnaire</li><li>Current DEA and state controlled-substance registration</li><li>OPPE case logs (kidney, liver, living-donor nephrectomy)</li><li>TB screening attestation</li></ul>
<p>Dr. Feld and Dr. Morrow &mdash; your DEA certificates expire this summer.</p>
<p>Thank you,<br>Medical Staff Office</p>
</body></html>""")

add("clean-admin",
    frm='"Lakeshore IT Service Desk" <servicedesk@lakeshoretx.org>',
    to='"All Lakeshore Users" <all-users@lakeshoretx.org>',
    subj="Planned downtime: Epic + HLA interface Sat 6/20 0100-0500",
    date="Thu, 18 Jun 2026 14:00:00 -0500",
    body="""PLANNED DOWNTIME

What:  Epic upgrade (May '26 release) and HLA/LIS interface engine patch
When:  Saturday June 20, 01:00 - 05:00
Impact: Read-only Epic (BCA computers available on every unit). Crossmatch and HLA results will not file electronically during downtime - the HLA lab will call critical/urgent results and fax paper reports.

Transplant coordinators on call: please print your downtime census by midnight.

Questions: x6-HELP
""")

add("clean-admin",
    frm='"HLA Lab - Lakeshore" <hla-lab@lakeshoretx.org>',
    to='"Kidney Tx Coordinators" <kidney-coord@lakeshoretx.org>',
    cc='"Liver Tx Coordinators" <liver-coord@lakeshoretx.org>',
    subj="New crossmatch hours + specimen requirements (effective 7/1)",
    date="Fri, 19 Jun 2026 12:30:00 -0500",
    body="""Effective July 1:

- Routine (scheduled living donor) flow crossmatches run Mon/Wed/Fri only; specimens must arrive by 10:00.
- Deceased donor crossmatches remain 24/7.
- Recipient: 2 x 10 mL red top (no gel) + 1 x ACD yellow. Label with 2 identifiers, date/time drawn, draw initials.
- Monthly sera: 1 red top, spun if more than 24h in transit.

Unlabeled or mislabeled tubes will be rejected - no exceptions, per CAP.

Thanks - HLA Lab
""")
# ---------------------------------------------------------------- clean-lookalike
add("clean-lookalike",
    frm='"Lakeshore Health Foundation" <giving@lakeshorefoundation.example.org>',
    to='"Margaret Ellison" <mellison.home@gmail.com>',
    subj="Thank you for your gift, Margaret",
    date="Tue, 09 Jun 2026 09:00:00 -0500",
    html="""<html><body style="font-family:Georgia,serif;font-size:12pt;color:#333">
<p>Dear Margaret,</p>
<p>On behalf of everyone at the Lakeshore Health Foundation, thank you for your generous gift of <b>$250.00</b> to the <b>Transplant Family Housing Fund</b> on June 8, 2026.</p>
<p>Donors like you make it possible for families traveling from across the state to stay close by while a loved one is in the hospital. Last year the Fund provided 1,140 nights of lodging.</p>
<table style="font-size:10pt;border:1px solid #ccc;padding:6px"><tr><td>Donor ID</td><td>D-0048812</td></tr><tr><td>Receipt #</td><td>2026-061804</td></tr><tr><td>Amount</td><td>$250.00</td></tr><tr><td>Goods/services received</td><td>None</td></tr></table>
<p>Please keep this e-mail as your tax receipt. The Lakeshore Health Foundation is a 501(c)(3) organization, EIN 42-1187730.</p>
<p>With gratitude,<br>Colleen Bauer<br>Director of Annual Giving</p>
</body></html>""")

add("clean-lookalike",
    frm='"Prairie Paws Veterinary Clinic" <frontdesk@prairiepawsvet.example>',
    to='"Dan Kaczmarek" <dkaczmarek@gmail.com>',
    subj="Biscuit's lab results",
    date="Thu, 11 Jun 2026 16:40:00 -0500",
    body="""Hi Dan,

Dr. Hollings reviewed Biscuit's senior blood panel from Tuesday. Her kidney values are a bit up (creatinine 2.1 mg/dL, SDMA 18), which fits early stage 2 chronic kidney disease in a 13-year-old cat. Her thyroid and liver values look great.

Dr. Hollings recommends switching to a renal diet (we have Hill's k/d and Royal Canin Renal in stock) and rechecking bloodwork and a urine sample in 3 months. No medications for now.

Patient: Biscuit (feline, DSH, F/S)   Account #: 10442
Balance paid: $186.40

Give her a chin scratch from us!
Prairie Paws Veterinary Clinic
(319) 354-7720
""")

add("clean-lookalike",
    frm='"Hawkeye Mutual Auto Claims" <claims@hawkeyemutual.example>',
    to='"Tonya Greer" <tonyagreer.home@yahoo.com>',
    subj="Claim 26-AU-448120 - appraisal scheduled",
    date="Mon, 22 Jun 2026 10:22:00 -0500",
    body="""Dear Tonya Greer,

Your claim 26-AU-448120 for the 2019 Honda CR-V (loss date 06/19/2026, hail) has been assigned to appraiser Mike Stoltz. He will inspect the vehicle at Kirkwood Collision on 06/24 between 1-3 pm.

Policy #: HMA-7730021
Member ID: 004418827
Deductible: $500 (comprehensive)

Rental coverage: up to $40/day for 30 days. Please keep receipts.

Hawkeye Mutual Insurance - Claims Department
""")

add("clean-lookalike",
    frm='"St. Brigid Parish Office" <office@stbrigid-ic.example.org>',
    to='"Parish Council" <council@stbrigid-ic.example.org>',
    subj="organ transplant update :)",
    date="Wed, 10 Jun 2026 19:05:00 -0500",
    body="""Dear Council,

Good news on the organ! The Reuter firm confirmed they can remove the 1962 pipe organ from the closed St. Wenceslaus church in the week of August 10 and reinstall it in our loft by Advent. Transplanting it means replacing the leathers on the reservoir and rebuilding the swell box, and the console will need a new relay system. Quote is $118,000; the donor family of the Wenceslaus organ asked that the plaque stay with it.

We'll need a vote at the July meeting. Fr. Tom is thrilled.

Maureen
Parish Business Manager
""")

add("clean-lookalike",
    frm='"Hy-Vee Fuel Saver + Perks" <perks@hyvee-perks.example.com>',
    to='"Lou Martens" <loumartens@gmail.com>',
    subj="Lou, you earned 3 Perks this week!",
    date="Fri, 05 Jun 2026 07:00:00 -0500",
    html="""<html><body style="font-family:Arial;background:#f5f5f5">
<div style="background:#e31837;color:white;padding:12px;font-size:18pt">Fuel Saver + Perks</div>
<p>Hi Lou,</p>
<p>Thanks for shopping with us! Your grocery trip on 06/04 earned you <b>3 Perks</b> &mdash; that&#39;s 30&cent;/gal at the pump.</p>
<p>Did you know? You can get your flu and shingles shots at any Hy-Vee Pharmacy, no appointment needed. And this month, get double Perks on vitamins and supplements.</p>
<p style="font-size:9pt;color:#666">Perks account #4470 0218 3391. Unsubscribe | Privacy</p>
</body></html>""")

add("clean-lookalike",
    frm='"Johnson County Genealogical Society" <newsletter@jcgensoc.example.org>',
    to='"Members" <members@jcgensoc.example.org>',
    subj="June program: Pedigree charts and the proband problem",
    date="Mon, 01 Jun 2026 18:00:00 -0500",
    body="""JCGS Monthly Program - Thursday June 18, 7 pm, Iowa City Public Library Rm A

"Pedigree Charts and the Proband Problem"
Speaker: Marlys Hoffmann, certified genealogist

Every family tree starts from one person - the proband, or "home person" in most software. Marlys will show how choosing a different starting person changes what your pedigree chart shows, how to record adoptions and half-siblings, and how DNA match lists (centimorgans, shared matches) fit in. Bring a printed 5-generation chart if you have one.

Refreshments by the Czech Heritage committee. Kolaches!
""")

add("clean-lookalike",
    frm='"Lifetime Fitness Coralville" <coralville@lifetimefit-mail.example>',
    to='"Renata Dabrowski" <renata.dabrowski@gmail.com>',
    subj="Your Wellness Check-In is confirmed",
    date="Sun, 14 Jun 2026 12:00:00 -0500",
    body="""Hi Renata,

Your complimentary Wellness Check-In with trainer Jordan is booked:

  Tue June 16, 6:15 pm - Fitness Floor desk
  Member #: LT-2290417

We'll do a body composition scan (InBody), a quick movement screen, and talk goals. Wear workout clothes and bring water. Tip: avoid a big meal 2 hours before the scan for the most accurate reading.

Need to reschedule? Reply or call 319-625-0040.

See you soon!
""")

# ---------------------------------------------------------------- clean-news
add("clean-news",
    frm='"Transplant Policy Digest" <digest@txpolicy-news.example>',
    to='"Aaron Feld" <afeld@lakeshoretx.org>',
    subj="This week: kidney continuous distribution timeline, DCD NRP guidance",
    date="Mon, 22 Jun 2026 05:30:00 -0400",
    body="""TRANSPLANT POLICY DIGEST - Week of June 22, 2026

1. Kidney continuous distribution: the OPTN board approved the implementation timeline last week. Programs should expect the composite allocation score to replace the current classification-based system in early 2027; the public comment period on pediatric priority points closes August 3.

2. Normothermic regional perfusion: a joint society statement endorses NRP in controlled DCD with protocols separating the donor care team from the recovery team. Several OPOs report increased heart and liver utilization.

3. Living donor protections: a bipartisan bill would prohibit life, disability and long-term care insurers from denying or pricing coverage based on living donor status.

4. Data: national deceased donor count for Q1 was up 6% year over year, with DCD now 41% of donors.

You are receiving this because you subscribed at txpolicy-news.example. Unsubscribe.
""")

add("clean-news",
    frm='"Lakeshore Communications" <news@lakeshoretx.org>',
    to='"Lakeshore - All Staff" <all-staff@lakeshoretx.org>',
    subj="Lakeshore This Week: record transplant year, Donate Life flag raising",
    date="Fri, 17 Apr 2026 12:00:00 -0500",
    html="""<html><body style="font-family:Arial;font-size:10.5pt;max-width:640px">
<h2 style="color:#005a9c">Lakeshore This Week</h2>
<h3>A record year for transplant</h3>
<p>The Lakeshore Transplant Institute performed 255 transplants in 2025, the most in its 48-year history, including 53 living-donor kidney transplants. &quot;Every one of those numbers is a donor family or a living donor who said yes,&quot; said surgical director Dr. Aaron Feld.</p>
<h3>Donate Life Month</h3>
<p>Join us Monday, April 20 at 9 am at the main entrance for the Donate Life flag raising with Great Rivers Donor Network. Registering as an organ, eye and tissue donor takes two minutes at the DMV or online. Green ribbons available at all information desks.</p>
<h3>Also this week</h3>
<ul><li>Parking ramp 3 resurfacing begins May 4</li><li>Nurses Week nominations open</li></ul>
</body></html>""")

add("clean-news",
    frm='"BioPharma Wire" <alerts@biopharmawire.example>',
    to='"Priya Raman" <praman@brightwatergenetics.org>',
    subj="FDA approves first gene therapy for MCAD deficiency",
    date="Thu, 04 Jun 2026 16:05:00 -0400",
    body="""BREAKING - The U.S. Food and Drug Administration today granted accelerated approval to Vantrexa (onasagene velmidovec), a one-time AAV-based gene therapy for children aged 6 months to 5 years with medium-chain acyl-CoA dehydrogenase (MCAD) deficiency confirmed by genetic testing.

Approval was based on a single-arm study of 18 children, in which 15 maintained normal fasting tolerance at 12 months. The most common adverse events were elevated liver enzymes and vomiting. The list price has not been announced; the company said it expects it to exceed $2 million.

Patient advocacy groups welcomed the decision. "Families have been waiting for something beyond strict feeding schedules," said a spokesperson for the FOD Family Support Network.

Full story: biopharmawire.example/2026/06/04/mcad
""")

add("clean-news",
    frm='"FOD Family Support Network" <hello@fodsupport.example.org>',
    to='"Friends of FOD" <friends@fodsupport.example.org>',
    subj="Summer newsletter: conference registration open!",
    date="Sat, 30 May 2026 09:00:00 -0400",
    body="""Dear FOD families and friends,

Registration is open for our annual family conference, July 24-26 in Ann Arbor!

- Sessions on school plans, sick-day letters and traveling with emergency protocols
- A metabolic dietitian panel and a "meet the researchers" lunch
- Sibling program and childcare for all ages
- Travel grants: 20 available, apply by June 30

Our Rare Disease Day walk raised $38,400 - thank you! Half goes to the newborn screening awareness campaign, half to the family emergency fund.

Volunteer parent liaisons are needed in Ohio, Iowa and Wisconsin. Reply to this email if you want to help.

With love,
The FOD Family Support Network board
""")

add("clean-news",
    frm='"American Journal of Transplantation" <etoc@ajt-alerts.example>',
    to='"Erik Lindqvist" <elindqvist@lakeshoretx.org>',
    subj="AJT eTOC - Volume 26, Issue 6",
    date="Mon, 01 Jun 2026 03:00:00 +0000",
    body="""American Journal of Transplantation - Volume 26, Issue 6, June 2026

ORIGINAL ARTICLES
- Belatacept conversion versus continued tacrolimus in stable kidney recipients: a multicenter randomized trial
- Intrapatient tacrolimus variability and de novo DSA: a registry analysis of 14,882 recipients
- Outcomes of HCV-viremic donor kidneys into HCV-negative recipients at five years
- Living liver donor quality of life: 10-year follow-up of the A2ALL-2 cohort

BRIEF COMMUNICATIONS
- Virtual crossmatch without prospective physical crossmatch: a single-center experience

CASE REPORTS
- Donor-derived strongyloidiasis after kidney transplantation

View issue: ajt-alerts.example/toc/26/6
""")

add("clean-news",
    frm='"Calloway CRC" <news@callowaycrc.com>',
    to='"Calloway CRC Community" <community@callowaycrc.com>',
    subj="Now enrolling: studies near you",
    date="Mon, 15 Jun 2026 10:00:00 -0400",
    html="""<html><body style="font-family:Helvetica;font-size:11pt">
<p><b>Calloway Clinical Research Center &mdash; Now Enrolling</b></p>
<p>Research studies depend on volunteers. Here&#39;s what we&#39;re enrolling this summer:</p>
<ul>
<li><b>Heart &amp; kidney study</b> &ndash; adults 50+ with type 2 diabetes and reduced kidney function. Up to 9 visits, compensation for time and travel.</li>
<li><b>Fatty liver study</b> &ndash; adults 18&ndash;70 with NASH on biopsy or imaging. Closing soon!</li>
<li><b>Rare disease registry</b> &ndash; families living with inherited metabolic disorders. One online survey a year.</li>
</ul>
<p>Call 863-555-0144 or visit callowaycrc.com/volunteer. All studies are IRB-approved. Participation is voluntary.</p>
</body></html>""")
# ---------------------------------------------------------------- clean-training
add("clean-training",
    frm='"Epic Training Team" <epic-training@lakeshoretx.org>',
    to='"New Transplant Coordinators" <tx-coord-new@lakeshoretx.org>',
    subj="Phoenix transplant module - practice exercises",
    date="Tue, 09 Jun 2026 08:00:00 -0500",
    body="""Welcome to Phoenix (Epic Transplant) training!

Log into the PLAYGROUND environment (not PRD!) with your training ID. Use these practice patients only:

  ZZTEST, KIDNEYONE     MRN 9000001   - pre-transplant evaluation episode
  ZZTEST, KIDNEYTWO     MRN 9000002   - active waitlist, practice a status 7 change
  ZZTEST, LIVERDONOR    MRN 9000010   - living donor evaluation episode

Exercises:
1. Open the evaluation episode for ZZTEST, KIDNEYONE and complete the "Referral Received" checklist.
2. Enter a tacrolimus trough of 9.9 ng/mL for ZZTEST, KIDNEYTWO and route the result to your own In Basket.
3. Link ZZTEST, LIVERDONOR to a recipient episode (any ZZTEST recipient).

Never practise on a real patient chart. Access to PRD charts is audited.
""")

add("clean-training",
    frm='"Compliance Office" <compliance@lakeshoretx.org>',
    to='"All Lakeshore Users" <all-users@lakeshoretx.org>',
    subj="FW: Phishing simulation results + reminder",
    date="Wed, 03 Jun 2026 13:00:00 -0500",
    body="""Last month's phishing simulation (copy of the test e-mail attached) was clicked by 14% of staff, down from 21% in January. Thank you to the 312 of you who used the Report Phish button.

Reminders:
- We will never ask for your password by e-mail.
- Patient information goes only through secure messaging or encrypted e-mail ([secure] in the subject line).
- If you receive PHI in error, delete it and notify the sender and Compliance.

Compliance Office
""",
    fwd=dict(
        frm='"Lakeshore HR Benefits" <hr-benefits@lakeshore-tx-portal.example>',
        to='"Employee" <all-users@lakeshoretx.org>',
        subj="ACTION REQUIRED: Confirm your 2026 benefits enrollment",
        date="Tue, 12 May 2026 07:45:00 -0500",
        mid="<sim-20260512-0001@lakeshore-tx-portal.example>",
        body="""Your 2026 benefits election is incomplete and your health coverage may be terminated on 05/15/2026.

Click here to log in and confirm: https://lakeshore-tx-portal.example/benefits/confirm

HR Benefits Team
"""))

add("clean-training",
    frm='"Kayla Drummond" <kdrummond@callowaycrc.com>',
    to='"New Research Staff" <newstaff@callowaycrc.com>',
    subj="AE reporting practice case - do before Friday",
    date="Mon, 08 Jun 2026 09:30:00 -0400",
    body="""Hi new folks,

Please work this mock case before our GCP session Friday. It's completely made up - Subject 999-001 doesn't exist.

MOCK CASE
Subject 999-001, a 60-year-old participant in a fictional blood pressure study, calls on Day 15 to say she fainted at home and was kept overnight in the hospital for observation. She restarted study drug on her own the next day.

Answer:
1. Is this an AE, an SAE, or both? Why?
2. What is the reporting timeline to the sponsor? To the IRB?
3. What source documents do you request?
4. Is restarting study drug without investigator approval a protocol deviation?

Answers are in the GCP binder, tab 6, but try first!

Kayla
""")

add("clean-training",
    frm='"Interface Team" <lis-interface@lakeshoretx.org>',
    to='"HLA Lab - Lakeshore" <hla-lab@lakeshoretx.org>',
    subj="TEST messages for HLA result interface validation (TST env)",
    date="Fri, 12 Jun 2026 15:10:00 -0500",
    body="""Hi HLA team,

For Monday's validation, we'll push the following into the TST environment only. These are synthetic test patients (ZZ prefix, MRNs in the 99xxxxx test range) - please confirm they file to the correct results tab.

MSH|^~\\&|HISTOTRAC|LMC_HLA|EPIC_TST|LMC|202606121500||ORU^R01|TST0001|T|2.5.1
PID|1||9900017^^^LMC^MR||ZZTEST^HLAONE||19800101|F
OBR|1||HLA0001|XMFLOW^Flow crossmatch|||202606121400
OBX|1|ST|XMT^T cell flow XM||NEGATIVE||||||F
OBX|2|ST|XMB^B cell flow XM||NEGATIVE||||||F

MSH|^~\\&|HISTOTRAC|LMC_HLA|EPIC_TST|LMC|202606121501||ORU^R01|TST0002|T|2.5.1
PID|1||9900018^^^LMC^MR||ZZTEST^HLATWO||19800101|M
OBR|1||HLA0002|CPRA^Calculated PRA|||202606121400
OBX|1|NM|CPRA^cPRA||87|%|||||F

Note MSH-11 = T (training/test). If you see these in PRD, call us immediately.

Interface Team
""")

add("clean-training",
    frm='"HLA Lab - Lakeshore" <hla-lab@lakeshoretx.org>',
    to='"HLA Technologists" <hla-techs@lakeshoretx.org>',
    subj="CAP/ASHI proficiency survey 2026-B arrived",
    date="Tue, 16 Jun 2026 07:20:00 -0500",
    body="""Techs,

The 2026-B proficiency samples arrived this morning in the -80 (rack 3). Survey includes:

  - 5 cells for HLA typing (samples PT-26B-01 through 05)
  - 3 sera for antibody ID / cPRA (PT-26B-S1 to S3)
  - 2 crossmatch pairs (PT-26B-X1, X2)

Reminder per CAP: treat PT samples exactly like patient samples, same techs, same runs, NO inter-lab communication, no referring out. Results due to the portal by 7/2. Rotate: Hoang has typing, Mei has antibody, Jules has XM.

Director sign-off on 7/1.
""")

add("clean-training",
    frm='"Brightwater GC Training Program" <gc-training@brightwatergenetics.org>',
    to='"GC Students - Summer Rotation" <gc-students@brightwatergenetics.org>',
    subj="Role-play scenario #3: delivering a VUS result",
    date="Wed, 17 Jun 2026 16:00:00 -0400",
    body="""Students,

Tomorrow's role-play. One of you plays the counselor, one plays the parent; the standardized-patient actor plays the grandparent.

SCENARIO (fictional)
"Pat Example" is the parent of a 4-year-old with developmental delay. An exome returned a heterozygous VUS in a gene associated with an autosomal dominant neurodevelopmental disorder; parental testing shows it was inherited from the unaffected parent. The grandparent believes the delay is due to vaccines.

Goals: explain "uncertain," address the inheritance finding without blame, handle the grandparent respectfully, agree on a plan (reanalysis in 12-18 months, clinical follow-up).

We'll debrief using the Reciprocal Engagement Model checklist. Please re-read Chapter 9 beforehand.
""")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, d in enumerate(MSGS, 1):
        label = "phi" if d["kind"].startswith("phi") else "clean"
        kind = d["kind"]
        fn = "%s-%03d.eml" % (kind, i)
        dom = d["frm"].rsplit("@", 1)[1].rstrip(">")
        mid = "<%08x.%04d.%s@%s>" % (random.getrandbits(32), i, "m", dom)
        m = build(d, mid)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False).flatten(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(buf.getvalue())
        rows.append((fn, label, kind, d["pn"] if label == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    print(len(rows), "messages written")


if __name__ == "__main__":
    main()
