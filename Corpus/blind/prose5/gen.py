#!/usr/bin/env python3
"""Held-out blind evaluation set: hand-written healthcare-ish email.

Usage: python3 gen.py OUTDIR
Writes <label>-<kind>-NNN.eml files and labels.csv into OUTDIR.
Every name, number and organisation below is invented.
"""
import csv
import hashlib
import os
import sys
import textwrap
from email import charset as ecs
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr
import html as _html

M = []


def D(s):
    """dedent a hand-written block"""
    return textwrap.dedent(s).strip("\n") + "\n"


def add(label, kind, patient, frm, to, subject, date, body=None, html=None,
        fmt="plain", charset="utf-8", cte=None, att=(), fwd=None, cc=None,
        subj_enc=None, hdrs=None):
    M.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                  subject=subject, date=date, body=body, html=html, fmt=fmt,
                  charset=charset, cte=cte, att=att, fwd=fwd, cc=cc,
                  subj_enc=subj_enc, hdrs=hdrs or {}))


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def textpart(text, subtype="plain", charset="utf-8", cte=None):
    if cte is None and _is_ascii(text):
        cs = ecs.Charset("us-ascii")
    else:
        cs = ecs.Charset(charset)
        if cte == "qp" or cte is None:
            cs.body_encoding = ecs.QP
        elif cte == "b64":
            cs.body_encoding = ecs.BASE64
        elif cte in ("8bit", "7bit"):
            cs.body_encoding = None
    return MIMEText(text, subtype, cs)


def autohtml(text):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        p = _html.escape(p).replace("\n", "<br>\n")
        out.append("<p>%s</p>" % p)
    return ("<html><head><meta charset=\"%s\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            % "utf-8") + "\n".join(out) + "\n</body></html>\n"


def fmt_addr(a):
    name, addr = parseaddr(a)
    if name and not _is_ascii(name):
        return formataddr((name, addr), charset="utf-8")
    return a


def enc_subject(s, how, charset):
    if how is None and _is_ascii(s):
        return s
    if how == "q":
        cs = ecs.Charset(charset if charset != "us-ascii" else "utf-8")
        cs.header_encoding = ecs.QP
    else:
        cs = ecs.Charset("utf-8" if how in (None, "b") and charset in ("us-ascii",) else charset)
        cs.header_encoding = ecs.BASE64 if how in (None, "b") else ecs.QP
    try:
        s.encode(cs.input_charset)
    except (UnicodeEncodeError, LookupError):
        cs = ecs.Charset("utf-8")
        cs.header_encoding = ecs.QP if how == "q" else ecs.BASE64
    return Header(s, cs).encode()


def body_part(m):
    fmt = m["fmt"]
    text, html, charset, cte = m["body"], m["html"], m["charset"], m["cte"]
    if fmt == "html":
        return textpart(html, "html", charset, cte)
    if fmt == "alt":
        alt = MIMEMultipart("alternative")
        alt.attach(textpart(text, "plain", charset, cte))
        alt.attach(textpart(html or autohtml(text), "html", charset, cte))
        return alt
    return textpart(text, "plain", charset, cte)


def attachment(a):
    fname, content, ctype = a[0], a[1], a[2]
    acs = a[3] if len(a) > 3 else "utf-8"
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    if isinstance(content, str):
        data = content.encode(acs)
        if maintype == "text":
            p.set_param("charset", acs)
    else:
        data = content
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=fname)
    p.set_param("name", fname)
    return p


def strip_mv(part):
    for sub in part.walk():
        if sub is not part and "MIME-Version" in sub:
            del sub["MIME-Version"]


def build(m, fname):
    part = body_part(m)
    if m["att"] or m["fwd"]:
        root = MIMEMultipart("mixed")
        root.attach(part)
        if m["fwd"]:
            inner = build(m["fwd"], fname + ".inner")
            root.attach(MIMEMessage(inner))
        for a in m["att"]:
            root.attach(attachment(a))
    else:
        root = part
    strip_mv(root)
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    hdr_order = []
    hdr_order.append(("From", fmt_addr(m["frm"])))
    hdr_order.append(("To", ", ".join(fmt_addr(x.strip()) for x in m["to"].split(";"))))
    if m["cc"]:
        hdr_order.append(("Cc", ", ".join(fmt_addr(x.strip()) for x in m["cc"].split(";"))))
    hdr_order.append(("Date", m["date"]))
    hdr_order.append(("Subject", enc_subject(m["subject"], m["subj_enc"], m["charset"])))
    dom = parseaddr(m["frm"])[1].split("@")[-1] or "mail.example"
    h = hashlib.sha1((fname + m["subject"] + m["date"]).encode("utf-8")).hexdigest()
    hdr_order.append(("Message-ID", "<%s.%s@%s>" % (h[:14], h[14:22], dom)))
    for k, v in m["hdrs"].items():
        hdr_order.append((k, v))
    # put our headers first
    existing = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    for k, v in hdr_order:
        root[k] = v
    for k, v in existing:
        root[k] = v
    return root


def fw(frm, to, subject, date, body=None, html=None, fmt="plain", charset="utf-8",
       cte=None, att=(), subj_enc=None, cc=None, hdrs=None):
    """inner message for message/rfc822 forwards"""
    return dict(frm=frm, to=to, subject=subject, date=date, body=body, html=html,
                fmt=fmt, charset=charset, cte=cte, att=att, fwd=None, cc=cc,
                subj_enc=subj_enc, hdrs=hdrs or {})


# =====================================================================
# PHI / care
# =====================================================================

add("phi", "care", "Okonkwo-Reyes",
    "Bethany Strand, DPT <bstrand@riverbendpt.example>",
    "Ortho Referrals <referrals@lakeshoreortho.example>",
    "Progress note - visit 12 of 16", "Tue, 01 Dec 2026 16:42:10 -0600",
    body=D("""
    Hi team,

    Quick update ahead of Dr. Amundsen's six-week check. Adaeze Okonkwo-Reyes
    finished her 12th session with us this afternoon following the right knee
    arthroscopy on 10/14.

      - Active flexion 118 deg (was 96 at eval), extension lacking 3 deg
      - Quad lag resolved, single-leg stance 22 sec
      - Off the cane since last Thursday, stairs reciprocal with rail

    She's still icing twice a day and says the swelling is worse after her shifts
    at the bakery. I'd like to request 6 more visits to get her through return to
    work; I'll fax the updated plan of care tomorrow morning.

    Thanks,
    Bethany
    --
    Bethany Strand, PT, DPT
    Riverbend Physical Therapy | 2210 Old Mill Rd
    """),
    att=[("POC_update_OkonkwoReyes.html", D("""
    <html><head><title>Plan of Care Update</title></head><body>
    <h3>Riverbend Physical Therapy - Plan of Care Update</h3>
    <table border="1" cellpadding="3">
    <tr><td>Patient</td><td>Adaeze Okonkwo-Reyes</td></tr>
    <tr><td>DOB</td><td>06/21/1984</td></tr>
    <tr><td>Referring MD</td><td>K. Amundsen, MD</td></tr>
    <tr><td>Visits used / authorized</td><td>12 / 16</td></tr>
    <tr><td>Requested</td><td>6 additional visits, 2x/week x 3 weeks</td></tr>
    <tr><td>Goals</td><td>Flexion &ge; 125 deg; squat to lift 20 lb; 8-hr standing shift tolerance</td></tr>
    </table>
    <p>Therapist signature: B. Strand, PT, DPT &nbsp; 12/01/2026</p>
    </body></html>
    """), "text/html")])

add("phi", "care", "Brennecke",
    "Lorraine Pasquale RN <lpasquale@northgatedialysis.example>",
    "Dr. Hemant Ruparel <hruparel@metro-nephro.example>",
    "Walter B - tx today", "Wed, 02 Dec 2026 13:05:51 -0500",
    cte="qp",
    body=D("""
    Dr. Ruparel,

    FYI on Walter Brennecke, chair 9 first shift. Ran 3h45 today (cut 15 min short
    at his request). UF goal 3.2 kg, we pulled 2.9. He cramped hard around hour 3 –
    gave 200 mL NS bolus and lowered the UF rate, resolved in about ten minutes.

    Pre BP 168/92, post 121/70. Left arm fistula: good thrill and bruit, no
    infiltration. Dry weight is still written as 81.5 kg; he came in at 85.0 which
    is his third Monday in a row over 3 kg. Dietitian is seeing him Friday.

    Do you want to reassess the target weight or add a fourth session this week?

    Lorraine
    Charge RN, Northgate Dialysis – Unit 2
    """))

add("phi", "care", "Tan",
    "Infusion Suite 3 <infusion3@cedarvalleycancer.example>",
    "Oncology Pharmacy <onc.pharm@cedarvalleycancer.example>",
    "Chair 6 10:30 Tues - please hold mixing", "Mon, 30 Nov 2026 15:17:02 -0800",
    fmt="alt",
    body=D("""
    Pharmacy,

    Please do NOT mix for chair 6 until we call. That's Marguerite Tan, cycle 4 day 1
    of carboplatin/paclitaxel. Her CBC was drawn at the satellite lab this morning and
    still isn't resulted; last cycle her ANC came back 1.1 and Dr. Ferreira wanted it
    >= 1.5 before we hang anything.

    Premeds (dex, diphenhydramine, famotidine) can go ahead since she's here early.
    She also asked if she can get her pegfilgrastim on-body injector today instead of
    coming back Wednesday - I told her we'd check with the doc.

    Thanks!
    Rosalind, RN - Infusion Suite 3, ext 4471
    """))

add("phi", "care", "Fairweather",
    "Chaplain Tobias Nwankwo <tnwankwo@stelspeth-hospice.example>",
    "IDT Team Blue <idt.blue@stelspeth-hospice.example>",
    "Visit w/ Mr. Fairweather this afternoon", "Thu, 03 Dec 2026 18:22:40 -0500",
    fmt="html",
    html=D("""
    <html><body style="font-family:Georgia,serif">
    <p>Team,</p>
    <p>I sat with <b>Ignatius Fairweather</b> at his daughter's house on Pell Street for about
    forty minutes today. He was awake for perhaps ten of them. He knew me and squeezed my
    hand when I read Psalm 23, which his wife used to read to him.</p>
    <p>His daughter Colleen asked about last rites &ndash; I've called Fr. Delacroix at
    St. Anselm and he can come Saturday morning. She also said the breakthrough morphine
    doses have gone from two to five a day since Monday, and that his breathing changes
    at night frighten her. I think she would benefit from a nurse visit tomorrow rather
    than Monday, and perhaps the social worker talking her through what to expect.</p>
    <p>Peace,<br>Tobias<br><i>Spiritual Care Coordinator, St. Elspeth Hospice</i></p>
    </body></html>
    """))

add("phi", "care", "Haldane",
    "Marsh Creek Audiology <appointments@marshcreekhearing.example>",
    "Gordon Haldane <gordie.haldane47@fastmail.example>",
    "Your hearing aid fitting on December 10", "Fri, 27 Nov 2026 09:00:12 -0700",
    body=D("""
    Dear Mr. Haldane,

    Good news - your new receiver-in-canal aids arrived from the manufacturer yesterday.
    We have you booked for the fitting with Dr. Kaitlyn Mbeki, AuD on Thursday,
    December 10 at 1:30 pm. Please plan on about 90 minutes; we'll do real-ear
    measurements with the aids in, set up the streaming to your phone, and go over
    cleaning and battery charging.

    Please bring the results of your most recent audiogram if you had one done at
    the VA, and bring your wife or someone who talks with you often - it helps us
    fine-tune the settings.

    Your balance after insurance is $1,140.00, due at the fitting.

    Warm regards,
    Front Desk, Marsh Creek Audiology
    (555) 014-2290
    """))

add("phi", "care", "Venkataraman",
    "Dr. Ilse Jorgensen OD <ijorgensen@clearview-eyecare.example>",
    "Dr. Samuel Oduya <soduya@tri-county-retina.example>",
    "Referral - Priya Venkataraman", "Tue, 24 Nov 2026 11:48:30 -0500",
    cte="b64",
    body=D("""
    Sam,

    Sending over Priya Venkataraman, 54, seen today for her annual dilated exam. She
    had new floaters OS for about two weeks. BCVA 20/20 OD, 20/30 OS. IOP 15/16. I took
    fundus photos and an OCT of the macula; the OCT printout is attached as text since
    our export to PDF is broken again.

    Would appreciate you seeing her in the next week or so. She works nights and asked
    for a morning slot if possible. Her cell is 555-0136.

    Best,
    Ilse
    Clearview Eye Care
    """),
    att=[("OCT_summary_Venkataraman.txt", D("""
    CLEARVIEW EYE CARE - OCT MACULA SUMMARY
    Patient: VENKATARAMAN, PRIYA   Exam date: 11/24/2026
    OD  central subfield thickness 262 um   RNFL avg 96 um
    OS  central subfield thickness 301 um   RNFL avg 93 um
    Comment: OS mild irregularity inner retina, recommend retina consult.
    Operator: JR
    """), "text/plain")])

add("phi", "care", "Achterberg",
    "Nadia Ferro <nferro@unity-transplant.example>",
    "Kidney Tx Pharmacist <ktx.pharm@unity-transplant.example>",
    "RE: Achterberg trough", "Wed, 02 Dec 2026 10:12:09 -0600",
    hdrs={"In-Reply-To": "<a93b1@unity-transplant.example>"},
    body=D("""
    Thanks, Hollis. I reached Desmond at 9:50 and went over the new dose with him, 2 mg
    twice a day starting tonight. He read it back to me. He'll do repeat labs Thursday
    at the Oak Hill draw station, fasting, before his morning dose.

    He also mentioned his hands shake when he types - I told him that should settle as
    the level comes down but to call if not.

    Nadia Ferro, RN, BSN
    Post-Transplant Coordinator

    > From: Hollis Kramer, PharmD
    > Sent: Wednesday, December 2, 2026 8:31 AM
    > Subject: Achterberg trough
    >
    > Nadia - Desmond Achterberg's tacrolimus trough from yesterday came back 11.2
    > (goal 6-8 at 4 months out). Dr. Lindahl agrees with cutting to 2 mg BID.
    > Creatinine stable at 1.4. Can you call him this morning? Repeat trough Thursday.
    > -H
    """))

add("phi", "care", "Lundqvist",
    "Owen Tkachenko <otkachenko@med.northvale.example>",
    "Dr. Farah Siddiqi <fsiddiqi@northvale-health.example>",
    "prerounds bed 14", "Fri, 04 Dec 2026 06:18:44 -0500",
    body=D("""
    Hi Dr. Siddiqi,

    Pre-rounded on bed 14 (Mrs. Agneta Lundqvist) before sign-out - overnight she got
    the 2 units that were ordered, Hgb went 7.1 -> 8.4 on the 0500 draw. Vitals stable,
    HR down to the 80s. She walked to the nurses' station twice with PT's walker
    and said she slept "the best since I got here."

    Still waiting on the scope report from yesterday's EGD, GI said they'd put it in
    by 9. I'll present her first if that's ok, she's hoping to hear about going home.

    Owen (MS3)
    """))

add("phi", "care", "Tuiasosopo",
    "Jocelyn Park-Whitley <jparkwhitley@cascadecasemgmt.example>",
    "Adjuster Mark Dillard <mdillard@summitmutual-wc.example>",
    "FW: FCE results - R. Tuiasosopo", "Tue, 01 Dec 2026 14:55:00 -0800",
    body=D("""
    Mark,

    Forwarding the functional capacity evaluation summary from Pacific Work Rehab for
    your file. Short version: he's not ready for full duty at the warehouse but could
    do modified duty with a 35 lb limit right now. They recommend 4 weeks of work
    hardening, 3x/week. I'd like authorization before his follow-up with Dr. Vance on
    the 15th.

    Jocelyn Park-Whitley, RN CCM
    Nurse Case Manager

    ---------- Forwarded message ---------
    From: Pacific Work Rehab <reports@pacificworkrehab.example>
    Date: Mon, Nov 30, 2026 at 4:10 PM
    Subject: FCE results - R. Tuiasosopo
    To: Jocelyn Park-Whitley <jparkwhitley@cascadecasemgmt.example>

    Examinee: Rodney Tuiasosopo
    Date of evaluation: 11/30/2026
    Referral: lumbar strain, DOI 08/19/2026

    Floor to waist lift: 35 lb occasional
    Waist to shoulder: 25 lb occasional
    Carry: 30 lb, 50 ft
    Sitting tolerance: 45 min; standing 30 min
    Effort: consistent, valid (13 of 14 validity criteria met)
    Recommendation: work hardening program 4 weeks, re-test at completion.
    """))

add("phi", "care", "Castellanos",
    "Brightline Medical Supply <dispatch@brightline-dme.example>",
    "Yolanda Castellanos-Reed <yoli.reed@outlook.example>",
    "Delivery window for your mother's equipment", "Mon, 30 Nov 2026 17:40:03 -0500",
    fmt="alt",
    body=D("""
    Hi Yolanda,

    This confirms delivery for your mother, Mrs. Ofelia Castellanos, at 4409 Birchmont
    Drive on Tuesday, December 1 between 9:00 am and 1:00 pm:

      * Semi-electric hospital bed with half rails
      * Alternating-pressure mattress overlay
      * Stationary oxygen concentrator (set at 2 L/min per Dr. Ibarra's order)
        plus 4 portable E-tanks and a cart

    Our respiratory therapist, Gene, will set up the concentrator and show you how to
    change the cannula and check the tank gauges. Someone 18 or older needs to sign
    for the equipment. Medicare will be billed directly; the 20% coinsurance goes to
    her supplemental plan.

    Thank you,
    Brightline Medical Supply - Dispatch
    """))

add("phi", "care", "Theo",
    "Nurse Abby Lindgren <alindgren@maplewood-elem.example>",
    "Camille Dubois <camille.dubois82@gmail.example>",
    "Theo - health office visit this morning", "Thu, 03 Dec 2026 10:58:21 -0600",
    body=D("""
    Hi Ms. Dubois,

    Just letting you know Theo came to the health office at 10:40 after recess,
    coughing and a little winded. Per his care plan I gave 2 puffs of his albuterol
    with the spacer. After 15 minutes he was breathing comfortably and his peak flow
    went from 190 to 250. He's back in Mrs. Harbison's class now.

    That's his second visit this week so I wanted you to know. Also, the inhaler we
    keep here expires at the end of January, so please send a new one when you can.

    Abby Lindgren, RN
    School Nurse, Maplewood Elementary
    """))

# =====================================================================
# PHI / names  (every way of naming a patient)
# =====================================================================

add("phi", "names", "Kowalczyk",
    "Trina Oakes <toakes@bayside-imaging.example>",
    "Precert Desk <precert@bayside-imaging.example>",
    "Re: Kowalczyk, Bernadette -- lumbar MRI auth", "Tue, 01 Dec 2026 12:04:45 -0500",
    body=D("""
    Came through this morning - approved, ref # PA-7741920, good through 2/28. She can
    be scheduled any time; she said afternoons work better because of her daughter's
    school pickup. Without contrast only.

    > Any word on the auth for her? She's called twice.
    """))

add("phi", "names", "Fatima",
    "L&D Charge <ld.charge@harborview-womens.example>",
    "Postpartum Unit <pp.unit@harborview-womens.example>",
    "rm 7 needs Rhogam before d/c", "Fri, 04 Dec 2026 07:33:10 -0800",
    body=D("""
    Heads up for day shift - Fatima in room 7 (the one with the twins, delivered
    Wednesday night) is O neg and the Rhogam still isn't documented as given. Blood bank
    says the workup was done. Please make sure she gets it before she goes home, she's
    hoping to leave after lunch. Her husband speaks Arabic only, interpreter line is 8812.

    Thx, Moira
    """))

add("phi", "names", "Abernathy-Quist",
    "Kellan Broussard <kbroussard@homewardhealth.example>",
    "Wound Team <woundteam@homewardhealth.example>",
    "Mrs. Abernathy-Quist's wound vac", "Wed, 02 Dec 2026 15:27:36 -0600",
    cte="qp",
    body=D("""
    Mrs. Abernathy-Quist's wound vac was alarming "canister full" when I got there at
    2 – the canister had about 300 mL of serosanguinous drainage in it, which is a lot more
    than Monday. Changed canister and dressing, wound bed looks beefy red, no odor,
    measured 6.2 x 3.8 x 1.1 cm. Periwound skin is macerated at 6 o'clock.

    Her son says she's been sleeping in the recliner so the tubing kinks. Can someone
    from the wound team come out with me Friday?

    Kellan, RN – Homeward Home Health
    """))

add("phi", "names", "Nguyen",
    "Scribe Pool <scribes@eastlake-fammed.example>",
    "Dr. Renata Holm <rholm@eastlake-fammed.example>",
    "Unsigned notes from Thursday clinic (3)", "Fri, 04 Dec 2026 08:02:00 -0800",
    body=D("""
    Good morning Dr. Holm,

    These three from yesterday afternoon still need your signature before billing
    closes the month:

    Nguyen, Thi Hoa -- 2:15 f/u, med reconciliation, metformin dose change discussed
    Barrientos, Luis A. -- 2:45 new pt, knee injection done (procedure note attached in chart)
    O'Shaughnessy, Brigid -- 3:30 annual wellness, Pap collected

    I wasn't sure whether you wanted the knee injection consent scanned under "Procedures"
    or "Consents". Let me know and I'll fix it.

    - Ana (scribe, Thursday PM)
    """))

add("phi", "names", "Orlov",
    "Reuben Castellano LCSW <rcastellano@clearpath-recovery.example>",
    "Night Staff <nightstaff@clearpath-recovery.example>",
    "Misha tonight", "Sat, 28 Nov 2026 19:45:00 -0500",
    body=D("""
    Night crew,

    Mikhail "Misha" Orlov (room 12, day 4 on the detox side) had a rough afternoon. His
    COWS was 14 at 3pm and he got his second buprenorphine dose at 4. He's been pacing
    and says he wants to leave AMA in the morning because his sister's ride is
    available. Please check on him every hour and page me if he starts packing. I'll
    be in at 7 to talk with him before the ride shows up.

    Reuben
    """))

add("phi", "names", "Whitcombe",
    "Gail Ferrante <gferrante@stonebridge-surg.example>",
    "OR Scheduling <orsched@stonebridge-surg.example>",
    "Dr. Whitcombe -- she's the PATIENT this time", "Mon, 30 Nov 2026 11:20:13 -0500",
    body=D("""
    Just so nobody gets confused on the board: Dr. Eleanor Whitcombe from anesthesia is
    booked as a patient on the 14th, 7:30 am, for her laparoscopic cholecystectomy with
    Dr. Mayhew. She asked that it be listed under her married name on the public board
    (E. Sandoval) and that nobody from her own department be assigned to her room.

    Gail
    """))

add("phi", "names", "Quill",
    "Sr. Agnes Moloney <amoloney@sisters-of-mercy-motherhouse.example>",
    "Eastfield Eye Surgery Center <info@eastfield-eye.example>",
    "Sister Mary Bernadette -- cataract surgery transport", "Sun, 29 Nov 2026 20:11:47 -0500",
    body=D("""
    Hello,

    I am writing on behalf of Sister Mary Bernadette Quill, who is scheduled with Dr. Patel
    for her left eye cataract surgery on Wednesday morning. She is 88 and does not use
    email. I will be driving her and staying for the recovery period.

    Could you confirm whether she should still take her blood thinner Tuesday night? The
    pre-op instructions say "ask your surgeon" and she does not remember what she was told.

    With thanks,
    Sister Agnes Moloney
    """))

add("phi", "names", "Lindqvist",
    "PACU Board <pacu.board@mercyhill.example>",
    "Surgical Hospitalists <surg.hosp@mercyhill.example>",
    "Overnight PACU holds", "Thu, 03 Dec 2026 05:50:02 -0600",
    fmt="html",
    html=D("""
    <html><body>
    <p>Holds as of 0545:</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Bay</th><th>Status</th><th>Note</th></tr>
    <tr><td title="Patient: Lindqvist, Aron (MRN 3390127)">Bay 9</td><td>POD 0</td><td>JP drain 40 mL, needs surgical floor bed</td></tr>
    <tr><td title="Patient: Oyelaran, Folake">Bay 11</td><td>POD 0</td><td>PCA started, O2 2L, waiting on tele bed</td></tr>
    </table>
    <p>Hover over the bay for the name (per the new privacy request from the charge nurses).</p>
    </body></html>
    """))

add("phi", "names", "Goldfarb",
    "Wound Ostomy RN <wocn@brookhaven-snf.example>",
    "Dr. Piotr Zielinski <pzielinski@brookhaven-snf.example>",
    "sacral photo for review", "Wed, 02 Dec 2026 14:08:59 -0500",
    fmt="html",
    html=D("""
    <html><body>
    <p>Dr. Z,</p>
    <p>Photo from this morning's skin check, 2nd floor. Stage looks worse than last week to me &mdash;
    new undermining at 12 o'clock. Can you look before care conference?</p>
    <p><img src="cid:img001" alt="Wound photo - Goldfarb, Shoshana - rm 214 - sacrum - 12/02/2026" width="480"></p>
    <p>Thanks,<br>Meredith</p>
    </body></html>
    """))

add("phi", "names", "Whaanga",
    "Harbourside Chiropractic <frontdesk@harbourside-chiro.example>",
    "Tane Whaanga <tane.whaanga@xtra.example>",
    "Tāne - rebooking your adjustment", "Tue, 24 Nov 2026 13:31:15 +1300",
    body=D("""
    Kia ora Tāne,

    Re: Tāne Whaanga, patient file HC-20417

    Dr. Fitzgerald is away on Thursday, so we've moved your adjustment and soft-tissue
    work to Friday 27 November at 8:15 am. She wanted to re-check your thoracic range of
    motion before deciding whether you still need two visits a week, so please allow 40
    minutes.

    Your ACC claim covers 8 more treatments.

    Ngā mihi,
    Harbourside Chiropractic
    """))

add("phi", "names", "Warsame",
    "Language Services <interp.sched@allianceregional.example>",
    "Endoscopy Scheduling <endo.sched@allianceregional.example>",
    "Somali interpreter - 2pm prep call", "Mon, 30 Nov 2026 09:14:26 -0600",
    body=D("""
    Hi Endo,

    Confirming Hodan Ali (Somali, in person) for Mr. Abdirahman Warsame's prep
    review call today at 2:00. Hodan mentioned that last time he didn't understand he
    had to stop eating solid food the day before, so he was cancelled - she'll walk
    through the split-dose instructions line by line. Please have the nurse who will
    do the call ready at the phone in room B.

    Kwame, Language Services
    """))

add("phi", "names", "Adeyemi",
    "NICU Social Work <nicu.sw@stcuthbert-childrens.example>",
    "Lactation Services <lactation@stcuthbert-childrens.example>",
    "Baby Boy Adeyemi, pod C", "Thu, 26 Nov 2026 12:00:40 -0500",
    fmt="alt",
    body=D("""
    Hi lactation,

    Mom of Baby Boy Adeyemi (pod C, bed 4, born at 29+3 on Monday) has been pumping
    every 3 hours but only getting a few mL. She asked to see someone before she goes
    back to the Ronald McDonald House tonight. Her name is Temitope and she's usually
    at the bedside from noon to 6. Baby is tolerating 4 mL q3h of donor milk via OG.

    Thanks - Diane (SW)
    """))

# =====================================================================
# PHI / self  (patients and relatives writing about themselves)
# =====================================================================

add("phi", "self", "Kirkpatrick",
    "Dana Kirkpatrick <danak.runs@gmail.example>",
    "Riverbend PT <frontdesk@riverbendpt.example>",
    "can i move thurs appt??", "Wed, 02 Dec 2026 21:47:03 -0600",
    body=D("""
    hey its Dana Kirkpatrick, my shoulder is killing me after tuesdays session, like
    couldnt lift my coffee this morning. is that normal?? can I move thursday to next
    week or should i still come in and just tell Jake to go easier. also i think i was
    charged the copay twice for the 11/24 visit

    thx
    Dana

    Sent from my iPhone
    """))

add("phi", "self", "Eriksen",
    "Karin Eriksen-Moss <karin.em@comcast.example>",
    "Dr. Lowell's Office <office@lowellinternalmed.example>",
    "Dad's Eliquis - pharmacy won't fill", "Sat, 28 Nov 2026 10:26:55 -0500",
    body=D("""
    Hello,

    My father, Rolf Eriksen (DOB 3/2/1941), was discharged from St. Brigid yesterday after
    four days. The discharge papers say he should keep taking Eliquis 5 mg twice a day
    but the Walgreens on Fenton says the prescription from the hospital was for a 3 day
    supply only and they need one from Dr. Lowell for the rest. He has 2 pills left.

    Can someone send a new prescription today? I'm his health care proxy (form should
    be on file). My cell is 555-0199.

    Thank you,
    Karin Eriksen-Moss
    """))

add("phi", "self", "Pell",
    "Jordan Pell <jpell.1994@yahoo.example>",
    "Marcus Dunleavy <mdunleavy@newdawn-outpatient.example>",
    "missed group wed", "Thu, 03 Dec 2026 07:12:33 -0500",
    body=D("""
    Hi Marcus its Jordan Pell. Sorry i missed group wed, they made me stay late at work
    and i couldnt get out. im still clean, 93 days today. my UA last fri was neg too.

    my lawyer needs a letter for court on the 11th saying im attending the IOP program
    and my drug screens are good. can you write that or do i have to ask Dr. Salazar?

    i'll be there monday for sure

    Jordan
    """))

add("phi", "self", "Broadwater",
    "Keisha Broadwater <keishab@icloud.example>",
    "Lakeside OB/GYN Nurse Line <nurseline@lakesideobgyn.example>",
    "baby not moving as much", "Sun, 29 Nov 2026 16:03:18 -0600",
    body=D("""
    Hi this is Keisha Broadwater, I'm 31 wks with Dr. Amsel. Baby hasn't been moving as
    much today, I did the kick counts after lunch and only got 6 in an hour. I drank
    some juice and laid on my left side. I also have a little headache that wont go
    away even with tylenol. My BP machine at home said 142/91.

    Should I come in to triage or wait til my appt tues? My number is 555-0144.
    """))

add("phi", "self", "Moskowitz",
    "Rachel Moskowitz <rmoskowitz@proton.example>",
    "Willow Pediatrics <portal-replies@willowpeds.example>",
    "Eli's arm after flu shot", "Wed, 02 Dec 2026 19:55:41 -0500",
    fmt="alt",
    body=D("""
    Hi,

    My son Eli Moskowitz (he's 8, DOB 05/17/2018) got his flu shot Monday at his well
    visit with Dr. Chen. Tonight his left arm is red and swollen, about the size of my
    palm, warm to touch, and he says it hurts when he lifts it. No fever (99.1). He's
    allergic to amoxicillin if that matters.

    Is this normal or do we need to be seen? Photo attached.

    Thanks,
    Rachel
    """))

add("phi", "self", "Culpepper",
    "Dwayne Culpepper <dculpepper.ret@aol.example>",
    "Pinecrest VA Clinic Pharmacy <pinecrest.pharmacy@va-clinic.example>",
    "refill sertraline - phone keeps hanging up", "Mon, 30 Nov 2026 08:41:19 -0500",
    body=D("""
    To whoever reads this,

    This is SSG (ret) Dwayne A. Culpepper, last 4 of SSN 4471. I need a refill on my
    sertraline 100mg and my prazosin. I have been trying the pharmacy phone line since
    Wednesday and it keeps hanging up after the menu. I am down to 3 days. My mental health
    provider is Dr. Okafor at the Pinecrest clinic and I see her again on the 18th.

    Please mail to the address on file (moved last year, 2217 Quarry Ln, make sure it's
    not the old one).

    Respectfully,
    D. Culpepper
    """))

add("phi", "self", "Battersby",
    "Gloria Battersby <gbattersby1952@sbcglobal.example>",
    "Northgate Dialysis Unit 2 <unit2@northgatedialysis.example>",
    "ride cancelled for tomorrow", "Mon, 30 Nov 2026 19:02:00 -0500",
    body=D("""
    Gloria Battersby here (Mon/Wed/Fri 6am chair). My ride from the county van cancelled
    for tomorrow morning, they said the driver is out sick. My son can take me but not
    till after 11. Can I switch to the second shift just for tomorrow? I don't want to
    miss, my legs were swollen already on Friday.

    Gloria
    """))

add("phi", "self", "Holloway",
    "Denise Holloway <denise.holloway71@gmail.example>",
    "Health Services - Redcliff CF <healthservices@redcliff-cf.example>",
    "My son is not getting his insulin", "Tue, 01 Dec 2026 22:30:48 -0500",
    body=D("""
    To the medical department,

    My son Tyrese Holloway, inmate # A-55210, unit C-3, called me tonight and said he
    has not gotten his evening insulin for two days because the nurse did not come to
    his unit for pill line. He has been type 1 since he was 11 and he told me his sugar
    was 390 on Sunday. He also said he put in a sick call slip on Friday and hasn't been
    seen.

    I am very worried. Please have someone check on him. I have also called his
    attorney, Ms. Greer.

    Denise Holloway
    (555) 010-7743
    """))

add("phi", "self", "Oyelowo",
    "Babatunde Oyelowo <tunde.oyelowo@gmail.example>",
    "Marsh Creek Audiology <appointments@marshcreekhearing.example>",
    "Re: Your hearing aid check", "Fri, 27 Nov 2026 12:14:02 -0700",
    body=D("""
    Hi, thank you for the reminder. The left one has been whistling everytime i put on
    my hat and the right one only lasts half a day on the charger now. Also still having
    the ringing in both ears especially at night, Dr. Mbeki said to tell you if it got
    worse and it has.

    Can I come in before the 14th? any morning is ok. - Babatunde Oyelowo

    On Thu, Nov 26, 2026 at 9:00 AM Marsh Creek Audiology wrote:
    > Dear Babatunde,
    >
    > It has been six months since your hearing aids were fitted. Please call or reply
    > to schedule your complimentary clean-and-check appointment.
    >
    > Marsh Creek Audiology
    """))

add("phi", "self", "Wierzbicki",
    "Tomasz Wierzbicki <tomek.w@onet.example>",
    "Agnieszka Wierzbicka <aga.wierzbicka@onet.example>",
    "Fwd: Your test results are ready", "Thu, 03 Dec 2026 20:05:10 -0600",
    body=D("""
    Aga - look at this, LDL went up again. Doc wants to talk about a statin. Don't tell
    my mother, she'll start sending me recipes.

    T.
    """),
    fwd=fw("Oakridge Health MyChart <noreply@oakridgehealth.example>",
           "Tomasz Wierzbicki <tomek.w@onet.example>",
           "Your test results are ready", "Thu, 03 Dec 2026 15:40:00 -0600",
           body=D("""
           Hi Tomasz Wierzbicki,

           New results from your visit with Dr. Leah Brandt on 12/01/2026 are available:

             Lipid panel (fasting)
               Total cholesterol   251 mg/dL   (H)
               LDL (calculated)    168 mg/dL   (H)
               HDL                  41 mg/dL
               Triglycerides       210 mg/dL   (H)
             Hemoglobin A1c        5.9 %       (H)

           Message from Dr. Brandt: "Tomasz, your cholesterol is higher than last year.
           Let's discuss starting atorvastatin at your follow-up."

           Please do not reply to this email.
           """)))

# =====================================================================
# PHI / ids  (identifiers in messy formats + health context)
# =====================================================================

add("phi", "ids", "",
    "Clinical Review Team <pa-review@corescript-pbm.example>",
    "Prescriber Services <rx.fax@granitepeak-endo.example>",
    "PA determination - member XQH884201 77-01", "Mon, 30 Nov 2026 11:11:11 -0500",
    body=D("""
    PRIOR AUTHORIZATION DETERMINATION

    Member ID:  XQH 884 201 77-01
    Group:      CPX-4410
    Rx #:       6620931-04 (pharmacy NCPDP 5501287)
    Drug:       semaglutide 1 mg/0.75 mL pen
    Determination: DENIED

    Reason: Plan criteria require documentation of an A1c >= 7.0% within the past 90
    days and a trial of metformin of at least 3 months. The submitted chart notes show a
    metformin trial of 6 weeks with GI intolerance but no alternative formulation tried.

    The prescriber may request peer-to-peer review within 14 days at 1-800-555-0173,
    option 3. Reference case # PA26-1130-88412.
    """))

add("phi", "ids", "",
    "Cascade Case Management <intake@cascadecasemgmt.example>",
    "Pacific Work Rehab <scheduling@pacificworkrehab.example>",
    "New referral  WC clm 2026WC0048812", "Wed, 25 Nov 2026 09:37:21 -0800",
    cte="qp",
    body=D("""
    New referral for PT eval & treat, 2-3x/wk x 4 wks.

    Claim no.: 2026-WC-004 8812   (carrier Summit Mutual)
    DOI: 08/19/26        DOB: 1979.04.30
    Employer: Tri-State Beverage Distribution, warehouse
    Injury: low back, lifting pallet; MRI 9/22 shows L4-5 disc protrusion, no surgery
    planned per Dr. Vance.
    Claimant phone: 555 – 0161 (prefers text)

    Please send eval to adjuster Mark Dillard and cc me. Thanks – J.P-W.
    """))

add("phi", "ids", "",
    "Route 14 Courier <route14@swiftlab-courier.example>",
    "Client Services <clientsvc@valleyreference-lab.example>",
    "problem specimen - acc 26-338-00417", "Fri, 04 Dec 2026 14:26:50 -0600",
    body=D("""
    Picked up at Dr. Hsu's office (Elm St) 1:40pm. One specimen has a problem:

    Accession 26-338-00417  - gold top + lavender
    Req says MRN 00845521, DOB left blank, tube label says DOB 11/09/1962
    Tests ordered: CMP, CBC, PSA, hep C antibody

    Office said they'll fax a corrected requisition. Gold top is spun, I put it in the
    cold bag. Let me know if you want me to bring it back.

    - Deshawn, Route 14
    """))

add("phi", "ids", "LaMont",
    "Patient Financial Services <pfs@harborgeneral.example>",
    "dlamont.home@verizon.example",
    "Statement reminder - Acct 7710-443-09", "Tue, 01 Dec 2026 06:00:00 -0500",
    fmt="html",
    html=D("""
    <html><body style="font-family:Arial">
    <p>Hello,</p>
    <p>This is a reminder that a balance remains on your account with Harbor General Hospital.</p>
    <table cellpadding="3">
    <tr><td>Account number</td><td><b>7710-443-09</b></td></tr>
    <tr><td>Guarantor</td><td>D. LaMont</td></tr>
    <tr><td>Service</td><td>Emergency Department visit 10/02/2026 &ndash; CT head w/o contrast, laceration repair (simple, 4.1 cm)</td></tr>
    <tr><td>Insurance paid</td><td>$1,806.22</td></tr>
    <tr><td>Your balance</td><td>$412.60</td></tr>
    </table>
    <p>Pay online or call 555-0100. Payment plans available.</p>
    </body></html>
    """))

add("phi", "ids", "",
    "Kidney Transplant Intake <ktx.intake@unity-transplant.example>",
    "Renal Social Work <renal.sw@northgatedialysis.example>",
    "Eval appts - candidate TXR-55102", "Thu, 26 Nov 2026 10:19:34 -0600",
    body=D("""
    Hi,

    Your patient (our candidate ID TXR-55102, dialysis MRN NG-20418) is booked for the
    transplant evaluation day on Jan 12:

      07:30  labs incl. HLA typing, PRA, viral serologies
      09:00  nephrology - Dr. Lindahl
      10:15  surgery consult
      11:30  social work + financial counselor
      13:00  cardiac stress echo

    He will need to skip dialysis that day and get it Jan 11 and 13 instead - can your
    unit adjust his chair? Also he still needs a dental clearance letter.

    Thanks, KTx Intake
    """))

add("phi", "ids", "",
    "GI Scheduling <gi.sched@allianceregional.example>",
    "Nurse Triage <triage@allianceregional.example>",
    "callback 4145550187", "Mon, 30 Nov 2026 13:02:14 -0600",
    body=D("""
    Pt at (414) 555-0187 called, having colonoscopy Thursday and is on warfarin, no
    one told them to stop it. Also asked if they can take the prep with Gatorade since
    they're diabetic. Please call back today, they're home all afternoon.
    """))

add("phi", "ids", "",
    "Respira Home Supplies <resupply@respirahome.example>",
    "Dr. Anand's Office <records@anandsleep.example>",
    "Need compliance notes - Medicaid id 0 0 4 7 1 9 3 3 8 2", "Wed, 02 Dec 2026 11:45:00 -0500",
    body=D("""
    Hello,

    For our CPAP resupply to continue we need a face-to-face note within the last 12
    months and the compliance download for the member below. State Medicaid denied our
    last claim.

    medicaid id: 0 0 4 7 1 9 3 3 8 2 (sometimes shows as 0047193382-01)
    DOB 2-Feb-58
    device SN 23181044771, AutoSet, 6-14 cmH2O
    usage last 30 days: 21 of 30 nights > 4 hrs (70%)

    Please fax to 555-0128. Thank you.
    Respira Home Supplies
    """))

add("phi", "ids", "",
    "Harmon & Voss LLP <paralegal@harmonvoss-law.example>",
    "HIM Release of Information <roi@mercyhill.example>",
    "Records request -- SSN 512 44 8031", "Tue, 24 Nov 2026 15:30:05 -0600",
    fmt="alt",
    body=D("""
    Dear Records Custodian,

    Our office represents the claimant in a Social Security disability matter. Enclosed
    (by fax) is a HIPAA-compliant authorization. Please produce all records for:

      SSN: 512 44 8031
      DOB: 07-11-1969
      Dates of service: 01/01/2024 - present

    Specifically: neurology clinic notes, EMG/nerve conduction studies, the 2025 cervical
    fusion operative report, and pain management records including all injections.

    Kindly invoice our firm per state copy limits.

    Esperanza Quiroga
    Paralegal, Harmon & Voss LLP
    """))

add("phi", "ids", "",
    "Evergreen Home Health Intake <intake@evergreenhh.example>",
    "Field Nurse Team West <rn.west@evergreenhh.example>",
    "SOC tomorrow - 1187 Larkspur Ct #4", "Sun, 29 Nov 2026 17:22:51 -0800",
    body=D("""
    Start of care tomorrow AM, address 1187 Larkspur Ct Apt 4 (gate code 4471#, park on
    the street). Discharged from Mercy Hill Friday after a below-knee amputation on the
    right. Needs wound care to stump, Dakin's wet-to-dry BID - family will do PM once
    taught. Also new on enoxaparin injections, teach self-injection. PT eval to follow
    Wednesday. Daughter's phone 555-0112.
    """))

add("phi", "ids", "",
    "Coding Quality <coding.qa@cedarvalleycancer.example>",
    "Dr. Paulo Ferreira <pferreira@cedarvalleycancer.example>",
    "RE: query - MRN E0093321 DOS 11/18", "Thu, 03 Dec 2026 09:09:19 -0800",
    cte="qp",
    body=D("""
    Dr. Ferreira – thanks for the addendum. With the time statement added (42 minutes,
    more than half counselling on treatment options), the visit now supports 99215
    rather than 99214. Chemo admin is coded as 96413 + 96415 x1 and 96367 for the
    sequential antiemetic. I've released the claim.

    Joanne Tillery, CPC, CCS
    Coding Quality

    > -----Original Message-----
    > From: Coding Quality
    > Sent: Wednesday, December 2, 2026 3:12 PM
    > Subject: query - MRN E0093321 DOS 11/18
    >
    > Dr. Ferreira, for MRN E0093321 / DOB 04/22/1957, date of service 11/18, the
    > note documents high complexity decision-making for the cycle 2 carboplatin visit
    > but the time isn't documented. Could you clarify? Thanks, Joanne
    """))

# =====================================================================
# PHI / lists  (several patients)
# =====================================================================

add("phi", "lists", "Mbatha",
    "Unit 2 Charge <unit2.charge@northgatedialysis.example>",
    "Unit 2 Staff <unit2.staff@northgatedialysis.example>",
    "Tue/Thu/Sat 1st shift chairs - week of 12/7", "Fri, 04 Dec 2026 15:10:00 -0500",
    body=D("""
    Updated chair list, changes marked *

    Chair  Patient              Access          Notes
    -----  -------------------  --------------  ---------------------------------
     1     Mbatha, Sipho        L AVF           heparin 2000 bolus only
     2     Delgado, Rosario     R IJ cath       *cath dressing due Tue
     3     Oyler, Frank         L AVG           needs 15g needles
     4     Hashemi, Parisa      R AVF           *new - transfer from Eastside
     5     Tolliver, Ann        L AVF           hep B neg, vaccine #3 due Sat
     6     Prokopenko, Ivan     L IJ cath       *interpreter (Ukrainian) Tue 7am
     7     OPEN

    Frank's wife asked that we call her if he arrives confused again.
    - Lorraine
    """))

add("phi", "lists", "Ashdown",
    "Admissions - St. Elspeth Hospice <admissions@stelspeth-hospice.example>",
    "Medical Director <md@stelspeth-hospice.example>; Pharmacy Consultant <rx@hospicerx-partners.example>",
    "Census 12/03 (attached)", "Thu, 03 Dec 2026 07:05:33 -0500",
    body=D("""
    Dr. Sorensen,

    Attached is this morning's census. Two new admits yesterday (Ashdown, Ferreira-Lamb),
    one death overnight (Mr. Kaminski, 02:40, family present). Pharmacy - please note the
    comfort kit for Ferreira-Lamb was not delivered yet.

    Thank you,
    Admissions
    """),
    att=[("census_2026-12-03.csv", D("""
    last_name,first_name,dob,level_of_care,location,primary_dx,admit_date,rn_case_mgr
    Ashdown,Cecily,1938-06-14,Routine,Home,Metastatic breast ca,2026-12-02,K. Broussard
    Ferreira-Lamb,Joaquim,1950-01-30,Routine,Brookhaven SNF rm 118,ALS,2026-12-02,T. Yoon
    Fairweather,Ignatius,1936-09-09,Routine,Home (daughter),End-stage COPD,2026-11-12,K. Broussard
    Nakagawa,Hiroshi,1944-03-03,GIP,Inpatient unit bed 3,Pancreatic ca,2026-11-28,M. Adair
    Pruitt,Lorna,1929-12-25,Respite,Inpatient unit bed 5,Dementia,2026-11-30,M. Adair
    Okafor,Chidi,1961-07-07,Continuous care,Home,Glioblastoma,2026-11-20,T. Yoon
    """), "text/csv")])

add("phi", "lists", "Marchetti",
    "L&D Charge <ld.charge@harborview-womens.example>",
    "L&D Night Team <ld.nights@harborview-womens.example>",
    "Board at 1900 handoff", "Wed, 02 Dec 2026 18:55:00 -0800",
    body=D("""
    LDR 1  Marchetti G2P1 39+2  IOL cytotec #3 at 1730, cat I, 3/60/-2
    LDR 2  Ibrahim  G1P0 40+5  epidural, 7cm, GBS+ PCN q4 next due 2000
    LDR 3  Svensson G3P2 37+0  PreE w/o severe features, Mg not started, BP q15
    LDR 4  empty - clean
    LDR 5  Castillo-Nunez G1P0 34+1  PTL, BMZ #2 due 0200, tocos q5 irregular
    OR 2   Ferguson repeat CS scheduled 0730 tmrw, NPO at MN, consent signed
    Triage: 2 waiting (decreased FM 32wk; r/o ROM 38wk)

    Dr. Amsel in house until 0700. Anesthesia Dr. Kwak.
    """))

add("phi", "lists", "Rahimi",
    "Willow Pediatrics Nurse Manager <nursemgr@willowpeds.example>",
    "MA Team <ma.team@willowpeds.example>",
    "Catch-up vaccines - who's coming in this week", "Mon, 30 Nov 2026 08:00:00 -0500",
    fmt="html",
    html=D("""
    <html><body style="font-family:Verdana;font-size:10pt">
    <p>Morning all &ndash; these kids are on the schedule this week and are behind per the state registry. Please pull the vaccines before the visit.</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr style="background:#dde"><th>Child</th><th>DOB</th><th>Appt</th><th>Due</th></tr>
    <tr><td>Rahimi, Darius</td><td>03/11/2022</td><td>Mon 10:20</td><td>MMR #2, Varicella #2, DTaP #5</td></tr>
    <tr><td>Yazzie, Naomi</td><td>08/29/2025</td><td>Tue 9:00</td><td>PCV #3, Hep B #3</td></tr>
    <tr><td>Kovac, Luka</td><td>12/01/2014</td><td>Wed 3:40</td><td>Tdap, MenACWY, HPV #1</td></tr>
    <tr><td>Osei, Abena</td><td>06/06/2019</td><td>Thu 11:00</td><td>Polio #4 (mom declined flu)</td></tr>
    </table>
    <p>Luka's dad wants to talk to Dr. Chen about HPV before we give it.</p>
    </body></html>
    """))

add("phi", "lists", "Iverson",
    "Riverbend PT Front Desk <frontdesk@riverbendpt.example>",
    "Bethany Strand <bstrand@riverbendpt.example>",
    "your Monday", "Sun, 29 Nov 2026 20:40:12 -0600",
    body=D("""
    Beth, here's your Monday. Iverson is a new eval so I gave you 60.

     7:00  Kirkpatrick, Dana     R shoulder, visit 6, she had pain after last one
     7:45  Iverson, Gunnar       NEW EVAL - post L TKA 11/20, walker, wife driving
     8:45  Okonkwo-Reyes, A.     knee, visit 13
     9:30  Mendez, Paco          ankle ORIF, cleared for FWB per Dr. Amundsen
    10:15  Thibodeaux, Claire    vestibular, bring the goggles
    11:00  lunch / notes
    12:00  Abdi, Sagal           pelvic floor, interpreter (Somali) booked

    Gunnar's auth is only 8 visits so please note that at eval.
    - Tasha
    """))

add("phi", "lists", "HOLLOWAY",
    "Infirmary - Redcliff CF <infirmary@redcliff-cf.example>",
    "Pill Line Nurses <pillline@redcliff-cf.example>",
    "Unit C pill line changes eff 12/2 PM", "Wed, 02 Dec 2026 12:15:45 -0500",
    cte="qp",
    body=D("""
    Effective tonight's PM pill line, Unit C:

    A-55210 HOLLOWAY, T.   C-3   Insulin glargine 24u PM + sliding scale – MUST be seen,
                                   missed 2 nights (grievance filed). Fingerstick first.
    B-10873 BRANDYWINE, K. C-1   Start lithium 300 mg BID, level on 12/9
    A-49002 ESCOBEDO, R.   C-4   D/C quetiapine, start mirtazapine 15 mg HS
    A-61144 TRUONG, V.     C-2   KOP inhaler – confirm he has it, self-carry approved
    C-00318 WHITEHORSE, J. C-3   Buprenorphine film 8 mg – direct observe, mouth check

    Questions to Nurse Sup. Garrity, ext 2210.
    """))

add("phi", "lists", "Tan",
    "Infusion Scheduling <infusion.sched@cedarvalleycancer.example>",
    "Infusion Suite 3 <infusion3@cedarvalleycancer.example>; Oncology Pharmacy <onc.pharm@cedarvalleycancer.example>",
    "Tomorrow's chairs (Tue 12/1)", "Mon, 30 Nov 2026 16:30:00 -0800",
    body=D("""
    Attached is tomorrow's chair assignment. Heads-up that chair 6 (Tan) is pending CBC
    and chair 2 is a first-time rituximab so plan for the slow titration.
    """),
    att=[("chairs_2026-12-01.csv", D("""
    chair,time,patient,mrn,regimen,cycle_day,duration_hr,notes
    1,08:00,"Ostrowski, Halina",E0081145,FOLFOX,C6D1,3.0,pump disconnect Thu
    2,08:30,"Gallagher, Seamus",E0090772,Rituximab,C1D1,6.0,first dose - slow titration
    3,09:00,"Ruiz-Patel, Anjali",E0077310,Trastuzumab,maint,1.0,echo due
    6,10:30,"Tan, Marguerite",E0088123,Carbo/Taxol,C4D1,5.0,hold pending CBC
    7,11:00,"Adebayo, Kunle",E0093321,Carboplatin,C3D1,2.0,
    9,13:00,"Lefebvre, Odile",E0069004,Zoledronic acid,q12wk,0.5,check Ca
    """), "text/csv")])

add("phi", "lists", "Villanueva",
    "Utilization Review <ur@mercyhill.example>",
    "Case Management <casemgmt@mercyhill.example>",
    "Auths needed today - continued stay", "Tue, 01 Dec 2026 08:45:27 -0600",
    fmt="alt",
    body=D("""
    Good morning,

    The following need continued-stay clinicals sent by noon or the payer will deny
    the extra days:

    Rm 412  Villanueva, Marisol   LOS 6   BCBS      sepsis - still on IV vanc, cx pending
    Rm 418  Poole, Everett        LOS 9   Medicare  waiting SNF bed, no auth needed - verify
    Rm 503  Zhang, Wei            LOS 4   Aetna     s/p CABG POD 3, chest tubes out today?
    Rm 510  Halvorsen, Ingrid     LOS 11  Humana MA peer-to-peer scheduled 2pm, Dr. Voss
    Rm 602  Begay, Lorenzo        LOS 3   IHS/Med   obs -> inpatient? need MD attestation

    Thanks,
    Priscilla Nakamura, RN - Utilization Review
    """))

add("phi", "lists", "LACROIX",
    "Swift Lab Courier Dispatch <dispatch@swiftlab-courier.example>",
    "Valley Reference Lab Receiving <receiving@valleyreference-lab.example>",
    "Route 9 manifest 12/04 PM", "Fri, 04 Dec 2026 17:02:11 -0600",
    body=D("""
    Route 9 manifest attached. Cooler 2 temp logger read 3.8C at drop-off.
    """),
    att=[("route9_manifest_1204.txt", D("""
    SWIFT LAB COURIER - ROUTE 9 - 12/04/2026 PM
    STOP  CLIENT                 PATIENT              DOB         SPECIMEN          TEST
    01    Hsu Family Practice    LACROIX, BENOIT      03/15/1971  SST x1, LAV x1    LIPID, A1C
    01    Hsu Family Practice    GREENE, TAMIKA       09/02/1988  URINE CUP         UA w/ reflex, HCG
    02    Lakeside OB/GYN        BROADWATER, KEISHA   --/--/1995  URINE 24HR        24HR PROTEIN
    03    Eastlake Fam Med       NGUYEN, THI HOA      11/30/1955  SST x1            CMP
    04    Granite Peak Endo      ABERCROMBIE, LYLE    01/01/1949  SST x2            TSH, FT4, CORTISOL AM
    TOTAL SPECIMENS: 7   DRIVER: D. JOHNSON   SIGNED: R. ALVAREZ (RECV)
    """), "text/plain")])

add("phi", "lists", "Alvarado",
    "Nurse Abby Lindgren <alindgren@maplewood-elem.example>",
    "Maplewood Teachers <staff@maplewood-elem.example>",
    "Field trip Friday - students with meds", "Tue, 01 Dec 2026 15:05:00 -0600",
    fmt="html",
    html=D("""
    <html><body>
    <p>Teachers going on the science museum trip &ndash; these students need their medication bags with them. I'll hand the bags to you at the bus at 8:15.</p>
    <ul>
    <li><b>Mateo Alvarado</b> (Rm 12) &ndash; EpiPen Jr x2, peanut/tree nut allergy. Call 911 after use.</li>
    <li><b>Theo Dubois</b> (Rm 9) &ndash; albuterol inhaler + spacer, 2 puffs PRN</li>
    <li><b>Harper Lindqvist-Moe</b> (Rm 12) &ndash; glucose tabs + glucagon, checks sugar at 11:30 with CGM on her phone</li>
    <li><b>Jaylen Brooks</b> (Rm 14) &ndash; seizure plan attached in bag, rescue med is nasal midazolam</li>
    </ul>
    <p>Please don't share this list with chaperones beyond what they need.<br>&mdash; Abby</p>
    </body></html>
    """))

# =====================================================================
# PHI / lang
# =====================================================================

add("phi", "lang", "Quintanilla",
    "Rocío Quintanilla <rocio.quintanilla@hotmail.example>",
    "Clínica Familiar San Rafael <citas@clinicasanrafael.example>",
    "Resultados de mi ultrasonido", "Mon, 30 Nov 2026 09:12:40 -0600",
    charset="iso-8859-1", cte="8bit", subj_enc="q",
    body=D("""
    Buenos días,

    Soy Rocío Quintanilla Ortega, fecha de nacimiento 14/08/1990. El jueves pasado me
    hicieron el ultrasonido de las 20 semanas con la Dra. Benítez y me dijeron que me
    iban a llamar con los resultados porque el bebé no se dejó ver bien el corazón.
    Ya pasó una semana y nadie me ha llamado. Estoy muy nerviosa.

    ¿Me pueden decir si tengo que repetir el estudio? Mi teléfono es 555-0152.

    Gracias,
    Rocío
    """))

add("phi", "lang", "Echeverría",
    "Lic. Marisol Duarte <mduarte@interpretes-unidos.example>",
    "Coordinación de Cuidados Paliativos <paliativos@hospitalsantaines.example>",
    "Reunión familiar - Sr. Echeverría", "Wed, 02 Dec 2026 17:48:19 -0600",
    fmt="alt", cte="qp",
    body=D("""
    Estimada coordinadora:

    Le escribo como intérprete de la reunión familiar de hoy con el Sr. Aurelio
    Echeverría (habitación 3-214). La familia entendió que el equipo recomienda
    suspender la diálisis y pasar a cuidados de confort. La hija mayor, Graciela,
    pidió tiempo hasta el viernes para que llegue su hermano desde Monterrey.

    También preguntaron si el padre puede recibir la unción de los enfermos en el
    hospital. Les dije que el capellán los contactaría.

    Quedo a sus órdenes,
    Marisol Duarte, intérprete médica certificada
    """))

add("phi", "lang", "Beaulieu",
    "Dr Hélène Marchand <h.marchand@cabinet-marchand.example>",
    "Service de Pneumologie <pneumo.secretariat@chu-lavaldieu.example>",
    "Adressage - M. Beaulieu, Gérard", "Tue, 24 Nov 2026 11:02:55 +0100",
    charset="windows-1252", cte="8bit", subj_enc="q",
    body=D("""
    Chère consœur, cher confrère,

    Je vous adresse M. Gérard Beaulieu, né le 02/05/1951, pour avis concernant une toux
    persistante depuis trois mois et un amaigrissement de 6 kg. La radiographie
    thoracique du 18/11 montre une opacité du lobe supérieur droit. Ancien fumeur
    (40 paquets-années), sevré depuis 2015.

    Il est sous ramipril 5 mg et atorvastatine 20 mg. Un scanner thoracique injecté est
    prévu le 3 décembre. Pourriez-vous le recevoir rapidement ?

    Bien confraternellement,
    Dr Hélène Marchand, médecin généraliste
    """))

add("phi", "lang", "Gonçalves",
    "Enfermagem Domiciliar Vida <enfermagem@vidadomiciliar.example>",
    "Família Gonçalves <familia.goncalves@uol.example>",
    "Visita de amanhã - Dona Albertina", "Thu, 26 Nov 2026 18:20:00 -0300",
    charset="iso-8859-1", cte="qp", subj_enc="b",
    body=D("""
    Boa tarde, Sr. Márcio,

    Confirmamos a visita da enfermeira Cláudia amanhã às 10h para a Dona Albertina
    Gonçalves. Ela vai trocar o curativo da úlcera do calcanhar, verificar a glicemia
    e aplicar a vitamina B12. A fisioterapeuta vem na segunda-feira.

    Por favor, deixe separadas as receitas da insulina e do omeprazol - o médico pediu
    para revisar as doses. Se a Dona Albertina tiver febre antes disso, ligue para
    (11) 5555-0190.

    Atenciosamente,
    Coordenação de Enfermagem - Vida Domiciliar
    """))

add("phi", "lang", "Pierre-Louis",
    "Nadège Pierre-Louis <nadege.pl@gmail.example>",
    "Centre de Santé Communautaire <resepsyon@csc-flatbush.example>",
    "Randevou manman m - Mèkredi", "Sun, 29 Nov 2026 21:14:08 -0500",
    body=D("""
    Bonswa,

    Mwen se pitit fi Madan Josette Pierre-Louis. Manman m gen randevou ak Doktè
    Augustin mèkredi a 9è pou tansyon li ak sik li. Li pa ka vini paske li tonbe
    yè nan twalèt la e janm goch li anfle anpil. Li pa kapab mache.

    Èske doktè a ka wè l pa telefòn oswa èske nou dwe mennen l nan ijans? Li
    pran metfòmin ak amlodipin chak jou. Nimewo m se 555-0178.

    Mèsi anpil,
    Nadège
    """))

add("phi", "lang", "Baek",
    "백서윤 <seoyun.baek@naver.example>",
    "Sunrise Family Medicine <portal@sunrisefm.example>",
    "아버지 검사 결과 문의 (백정호)", "Wed, 02 Dec 2026 08:33:12 -0800",
    cte="b64",
    body=D("""
    안녕하세요,

    저는 백정호(Baek Jeong-ho, 1948년 3월 5일생) 환자의 딸 백서윤입니다. 아버지께서 지난주 금요일에
    김 선생님께 대장내시경을 받으셨는데, 용종 조직검사 결과가 아직 안 나왔다고
    들었습니다. 결과가 나오면 저에게 먼저 연락 부탁드립니다. 아버지가 영어를 잘
    못하셔서 통역이 필요합니다.

    그리고 혈압약(암로디핀)이 다음 주에 떨어지니 처방 갱신도 부탁드립니다.

    감사합니다.
    백서윤 드림 / 555-0163
    """))

add("phi", "lang", "Sharma",
    "Rohit Sharma <rohit.sharma.87@rediffmail.example>",
    "Dr. Kavita Menon <kmenon@lotus-diabetes.example>",
    "Papa ki sugar reports", "Tue, 01 Dec 2026 22:47:30 +0530",
    body=D("""
    Namaste Doctor ma'am,

    Papa (Suresh Sharma, 68 yrs) ki fasting sugar is hafte 180-210 aa rahi hai, aur
    raat ko 2 baar hypo jaisa hua - pasina, ghabrahat, reading 62. Aapne jo Glycomet
    1000 aur insulin 18 units raat ko bola tha wahi le rahe hain. HbA1c report
    attach kar raha hoon, 8.9% aaya hai.

    Kya insulin kam karna chahiye? Unki feet mein bhi jalan ho rahi hai raat ko.
    Next appointment 15 Dec hai, pehle aana pade to batayein.

    Dhanyavaad,
    Rohit (beta)
    """),
    att=[("HbA1c_SureshSharma.txt", "Lotus Diagnostics\nPatient: Mr. Suresh Sharma  Age/Sex: 68/M\nHbA1c: 8.9 %  (Ref < 5.7)\nMean blood glucose (est.): 209 mg/dL\nSample date: 28-11-2026\n", "text/plain")])

add("phi", "lang", "Farah",
    "Ubah Farah <ubah.farah@gmail.example>",
    "Cedar Riverside Clinic <frontdesk@cedarriverside-clinic.example>",
    "Ballan - Hooyo Faadumo Farah", "Mon, 30 Nov 2026 14:26:37 -0600",
    body=D("""
    Salaan,

    Waxaan ahay Ubah, gabadha Faadumo Farah. Hooyaday waxay ballan la leedahay
    Dr. Lindgren Khamiista saacadda 10:30 si loo eego sonkorowga iyo dhiig-karka.
    Waxay u baahan tahay turjumaan Soomaali ah. Sidoo kale daawada metformin-ka
    way ka dhammaatay shalay.

    Fadlan ii soo wac 555-0126.

    Mahadsanid,
    Ubah
    """))

add("phi", "lang", "Коваленко",
    "Олена Коваленко <olena.kovalenko@ukr.example>",
    "Refugee Health Program <refugeehealth@northvale-health.example>",
    "Запис до лікаря для сина", "Thu, 03 Dec 2026 10:05:44 -0500",
    fmt="alt", cte="b64",
    body=D("""
    Доброго дня,

    Мій син Андрій Коваленко, 9 років (дата народження 21.06.2017), потребує запису до
    дитячого кардіолога. В Україні у нього виявили шум у серці, і лікар у Львові радив
    повторити ЕхоКГ через рік. Довідку з Львівської лікарні прикріплюю окремо.

    Також йому потрібне щеплення від кору для школи. Ми говоримо українською, англійська
    слабка.

    З повагою,
    Олена Коваленко, тел. 555-0187
    """))

add("phi", "lang", "رضایی",
    "مریم رضایی <maryam.rezaei@yahoo.example>",
    "Pacific Behavioral Health <intake@pacificbh.example>",
    "درخواست نوبت برای مشاوره", "Fri, 27 Nov 2026 19:30:00 -0800",
    cte="b64",
    body=D("""
    سلام،

    من مریم رضایی هستم، متولد ۱۲ مهر ۱۳۶۵. دکتر خانواده‌ام، دکتر هاشمی، مرا برای
    مشاوره روانشناسی به شما معرفی کرده است. چند ماه است که خوابم خیلی بد شده و حملات
    اضطراب دارم. دکتر هاشمی سرترالین ۵۰ میلی‌گرم شروع کرده است.

    لطفاً اگر ممکن است یک درمانگر فارسی‌زبان برایم در نظر بگیرید.
    شماره تماس: 555-0109

    با تشکر
    """))

add("phi", "lang", "高橋",
    "高橋 由美子 <yumiko.takahashi@docomo.example>",
    "Bayside Women's Health <info@baysidewomens.example>",
    "妊婦健診の予約変更について（高橋）", "Tue, 01 Dec 2026 07:58:21 +0900",
    cte="b64",
    body=D("""
    ご担当者様

    いつもお世話になっております。高橋由美子（1993年11月2日生、診察券番号 BW-20871）です。
    12月8日（火）14時の妊婦健診（28週）を、つわりがまだ続いているため、
    同じ週の金曜日に変更していただけないでしょうか。

    また、前回の血液検査で貧血と言われ、鉄剤を飲み始めましたが、
    胃の調子が悪いです。次回の健診で相談させてください。

    よろしくお願いいたします。
    高橋由美子
    """))

# =====================================================================
# PHI / struct  (HL7 v2 and X12)
# =====================================================================

add("phi", "struct", "PROKOPENKO",
    "Interface Team <interfaces@northgatedialysis.example>",
    "Nephrology IT <it@metro-nephro.example>",
    "ADT feed - A04 not matching on your side", "Thu, 03 Dec 2026 11:40:00 -0500",
    body=D("""
    Hi Kenji,

    This registration from Tuesday never created an encounter on your side. Raw message
    below - I think PID-3 has two repetitions and your engine only takes the first.

    MSH|^~\\&|NGDREG|NGD2|NEPHROEMR|METRONEPH|202612011412||ADT^A04|NG88210733|P|2.5.1
    EVN|A04|202612011412
    PID|1||NG-20422^^^NGD^MR~884210977^^^CMS^MC||PROKOPENKO^IVAN^M||19570923|M|||77 Dover St Apt 3^^Northvale^OH^44021||(555)010-3319|||||||||||||||
    PV1|1|O|NGD2^CH6^^NGD2||||1447^RUPAREL^HEMANT|||NEP||||||||HD|V771203|||||||||||||||||||||||||202612011400
    IN1|1|MCR|CMS|MEDICARE||||||||||||PROKOPENKO^IVAN||||||||||||||||||884210977A

    Thanks, Bianca
    """))

add("phi", "struct", "LACROIX",
    "lab-interface@valleyreference-lab.example",
    "hl7-errors@hsufamilypractice.example",
    "ORU rejected (AE) control id VRL2612040091", "Fri, 04 Dec 2026 18:22:05 -0600",
    att=[("VRL2612040091.hl7",
          "MSH|^~\\&|VRLLIS|VRL|HSUEMR|HSUFP|202612041820||ORU^R01^ORU_R01|VRL2612040091|P|2.5.1\r"
          "PID|1||00845521^^^HSUFP^MR||LACROIX^BENOIT^J||19710315|M|||19 Quarry Rd^^Elmwood^IL^61529\r"
          "ORC|RE|HFP55120|26-338-00411\r"
          "OBR|1|HFP55120|26-338-00411|57698-3^Lipid panel^LN|||202612041340\r"
          "OBX|1|NM|2093-3^Cholesterol^LN||238|mg/dL|<200|H|||F\r"
          "OBX|2|NM|13457-7^LDL calc^LN||161|mg/dL|<100|H|||F\r"
          "OBX|3|NM|4548-4^Hemoglobin A1c^LN||6.8|%|<5.7|H|||F\r",
          "application/hl7-v2")],
    body=D("""
    Automated notice: the attached ORU^R01 was returned by the receiving system with
    MSA|AE|VRL2612040091|PID-3 not found. Please correct patient matching and resend.
    """))

add("phi", "struct", "CASTILLO-NUNEZ",
    "Bianca Ortolani <bortolani@harborview-womens.example>",
    "Epic Analyst Team <epic.analysts@harborview-womens.example>",
    "FW: SIU from scheduling - wrong provider", "Wed, 02 Dec 2026 09:15:22 -0800",
    body=D("""
    Same issue as last week - AIP is coming over with the resident instead of the
    attending. Forwarded the original below.

    -------- Original Message --------
    Subject: SIU S12 sample
    Date: Tue, 1 Dec 2026 16:40:11 -0800

    MSH|^~\\&|CADENCE|HVW|OBTRACK|HVW|202612011640||SIU^S12|SIU0093381|P|2.3
    SCH|77120||||||ROUTINE^Routine OB|NST^Nonstress test|30|MIN|^^30^202612081000^202612081030
    PID|1||HVW4410287^^^HVW^MRN||CASTILLO-NUNEZ^LUCIA^||19990217|F|||||555-0131
    PV1|1|O|LD^TRIAGE^01
    RGS|1
    AIS|1||NST^Nonstress test|202612081000|||30|MIN
    AIP|1||88120^KWAN^DANIEL^^^^MD^RESIDENT|ATT
    NTE|1||34 wk PTL on BMZ, twice weekly NST per MFM
    """))

add("phi", "struct", "IVERSON",
    "837 Clearinghouse Support <support@bluegate-clearing.example>",
    "Billing <billing@riverbendpt.example>",
    "Rejected claim batch 4471 - segment error", "Tue, 01 Dec 2026 13:13:44 -0500",
    cte="qp",
    body=D("""
    Your 837P batch 4471 was rejected at the SBR/NM1 loop. Excerpt of the rejected claim:

    ISA*00*          *00*          *ZZ*RIVERBENDPT    *ZZ*BLUEGATE       *261130*1422*^*00501*000004471*0*P*:~
    GS*HC*RIVERBENDPT*BLUEGATE*20261130*1422*4471*X*005010X222A1~
    ST*837*0001*005010X222A1~
    NM1*IL*1*IVERSON*GUNNAR*L***MI*W88412077301~
    N3*4120 BIRCH HOLLOW RD~
    N4*NORTHVALE*OH*44021~
    DMG*D8*19520611*M~
    CLM*RBPT2611-0093*412.00***11:B:1*Y*A*Y*Y~
    HI*ABK:Z9652*ABF:M25661~
    LX*1~
    SV1*HC:97163*185.00*UN*1***1~
    LX*2~
    SV1*HC:97110:GP*112.00*UN*3***1~
    DTP*472*D8*20261130~

    Error: 2010BA NM1*IL subscriber ID does not match payer format. Please correct and resubmit.
    """))

add("phi", "struct", "OKONKWO-REYES",
    "ERA Notifications <era@summitcare-health.example>",
    "Lakeshore Ortho Billing <ar@lakeshoreortho.example>",
    "835 remittance 26120300187", "Thu, 03 Dec 2026 04:00:00 -0500",
    att=[("835_26120300187.txt",
          "ISA*00*          *00*          *ZZ*SUMMITCARE     *ZZ*LAKESHOREORTHO *261203*0400*^*00501*000018700*0*P*:~\n"
          "GS*HP*SUMMITCARE*LAKESHOREORTHO*20261203*0400*18700*X*005010X221A1~\n"
          "ST*835*0001~\n"
          "BPR*I*1843.20*C*ACH*CCP*01*091000019*DA*4471208833*1234567890**01*071000013*DA*88120334*20261203~\n"
          "TRN*1*EFT26120300187*1234567890~\n"
          "CLP*LSO26-88120*1*2450.00*1843.20*250.00*12*SCP1120488*11*1~\n"
          "NM1*QC*1*OKONKWO-REYES*ADAEZE****MI*SCH7710042~\n"
          "DTM*232*20261014~\n"
          "SVC*HC:29881:RT*2450.00*1843.20**1~\n"
          "CAS*PR*1*250.00~\n"
          "CAS*CO*45*356.80~\n"
          "SE*12*0001~\nGE*1*18700~\nIEA*1*000018700~\n", "text/plain")],
    body=D("""
    An electronic remittance advice is attached. Payment amount: $1,843.20.
    Trace: EFT26120300187.
    """))

add("phi", "struct", "WHITEHORSE",
    "Pharmacy Interface <rxinterface@redcliff-cf.example>",
    "Correctional Pharmacy Vendor <orders@correx-pharmacy.example>",
    "RDE batch 12/02 - resend", "Wed, 02 Dec 2026 13:30:00 -0500",
    body=D("""
    MSH|^~\\&|CORREMR|REDCLIFF|CORREXRX|CORREX|202612021325||RDE^O11|RDE55120|P|2.5
    PID|1||C-00318^^^RCF^DOC||WHITEHORSE^JAMES^R||19880412|M
    PV1|1|I|UNITC^C3^12
    ORC|NW|RX448201|||||^^^20261202^^R
    RXE|^^^20261202|588488^Buprenorphine 8 mg sublingual film^RXNORM|1||FILM|||||30|FILM|
    RXR|SL
    ORC|NW|RX448202
    RXE|^^^20261202|197361^Lithium carbonate 300 mg cap^RXNORM|1||CAP
    PID|1||B-10873^^^RCF^DOC||BRANDYWINE^KEVIN^||19930708|M
    """))

add("phi", "struct", "ABERCROMBIE",
    "Granite Peak Endocrinology <it@granitepeak-endo.example>",
    "Valley Reference Lab Client Services <clientsvc@valleyreference-lab.example>",
    "Result never crossed - ORU attached", "Sat, 05 Dec 2026 07:50:10 -0700",
    fmt="alt",
    body=D("""
    Good morning,

    Dr. Gunawardena never received the AM cortisol on Mr. Abercrombie from Friday's
    draw, and it's still missing this morning. Our interface log shows the message below arrived but errored. Can you tell
    us whether the result is final?

    MSH|^~\\&|VRLLIS|VRL|GPEMR|GPENDO|202612051611||ORU^R01|VRL2612050412|P|2.5.1
    PID|1||GP-004417^^^GPENDO^MR||ABERCROMBIE^LYLE^T||19490101|M
    OBR|1|GP88410|26-338-00422|24077-0^Cortisol AM^LN|||202612040812
    OBX|1|NM|2143-6^Cortisol^LN||2.1|ug/dL|6.2-19.4|L|||F
    OBX|2|NM|3016-3^TSH^LN||0.02|mIU/L|0.45-4.5|L|||F

    Thanks,
    Granite Peak IT
    """))

add("phi", "struct", "MENDEZ",
    "Eligibility Bot <elig-bot@riverbendpt.example>",
    "Front Desk <frontdesk@riverbendpt.example>",
    "271 response - coverage inactive", "Mon, 30 Nov 2026 06:45:00 -0600",
    body=D("""
    ISA*00*          *00*          *ZZ*PAYERX         *ZZ*RIVERBENDPT    *261130*0645*^*00501*000771203*0*P*:~
    GS*HB*PAYERX*RIVERBENDPT*20261130*0645*771203*X*005010X279A1~
    ST*271*0001*005010X279A1~
    HL*1**20*1~
    NM1*PR*2*MERIDIAN STATE HEALTH PLAN*****PI*77120~
    HL*3*2*22*0~
    NM1*IL*1*MENDEZ*PACO****MI*MSP00441877~
    DMG*D8*20010309*M~
    DTP*307*RD8*20260101-20261031~
    EB*6**30**MEDICAID~
    MSG*COVERAGE TERMINATED 10/31/2026 - PHYSICAL THERAPY VISITS 11/02-11/30 NOT COVERED~
    SE*10*0001~

    -- auto-posted by eligibility bot; appointment 11/30 09:30 flagged for self-pay review
    """))

add("phi", "struct", "SANDOVAL",
    "Prior Auth Portal <noreply@summitcare-health.example>",
    "Stonebridge Surgical <precert@stonebridge-surg.example>",
    "278 response HCSR 26-4471-0091", "Tue, 01 Dec 2026 09:00:00 -0500",
    att=[("278_response.x12",
          "ST*278*0091*005010X217~BHT*0007*11*26-4471-0091*20261201*0900~"
          "HL*1**20*1~NM1*X3*2*SUMMITCARE HEALTH*****PI*SCH01~"
          "HL*2*1*21*1~NM1*1P*2*STONEBRIDGE SURGICAL*****XX*1588120334~"
          "HL*3*2*22*1~NM1*IL*1*SANDOVAL*ELEANOR*W***MI*SCH5500887~DMG*D8*19800726*F~"
          "HL*4*3*EV*0~UM*SC*I*2~HCR*A1*AUTH7744120~HI*ABK:K8020~"
          "DTP*472*D8*20261214~SV1*HC:47562*1*UN~SE*16*0091~",
          "application/edi-x12")],
    body=D("""
    A response to your service review request is attached (278). Status: certified.
    Log in to the portal to print the authorization letter.
    """))

add("phi", "struct", "YAZZIE",
    "Immunization Registry Support <iis-support@statehealth.example>",
    "Willow Pediatrics <nursemgr@willowpeds.example>",
    "VXU error - duplicate client", "Tue, 01 Dec 2026 10:44:12 -0500",
    fwd=fw("willowpeds-hl7@willowpeds.example", "iis-inbound@statehealth.example",
           "VXU batch 1201", "Mon, 30 Nov 2026 09:35:00 -0500",
           body=("MSH|^~\\&|WILLOWEMR|WILLOWPEDS|IIS|STATE|202611300935||VXU^V04^VXU_V04|WP30110|P|2.5.1\r\n"
                 "PID|1||WP77012^^^WILLOW^MR||YAZZIE^NAOMI^R^^^^L|BEGAY^^^^^^M|20250829|F|||221 Mesa Vista Rd^^Gallup^NM^87301\r\n"
                 "NK1|1|YAZZIE^DELORES|MTH^Mother|||555-0175\r\n"
                 "ORC|RE||WP1130-1\r\n"
                 "RXA|0|1|20261130||133^PCV13^CVX|0.5|mL||00^New record^NIP001|||||||X9921AB||PFR\r\n"
                 "ORC|RE||WP1130-2\r\n"
                 "RXA|0|1|20261130||08^Hep B, adolescent or pediatric^CVX|0.5|mL||00^New record^NIP001|||||||HB7720||MSD\r\n")),
    body=D("""
    Hello,

    The VXU below (forwarded) matched two clients in the registry with the same name and
    DOB but different mother's maiden names. We did not record the doses. Please verify
    the child's record and resend, or call us to merge.

    Registry Support
    """))

# =====================================================================
# CLEAN / staff  (clinical, but no identifiable patient)
# =====================================================================

add("clean", "staff", "",
    "Dr. Hemant Ruparel <hruparel@metro-nephro.example>",
    "Northgate Dialysis Nursing <nursing@northgatedialysis.example>",
    "Revised heparin protocol effective Jan 4", "Fri, 04 Dec 2026 12:00:00 -0500",
    fmt="alt",
    body=D("""
    All,

    After the QAPI review, the medical directors approved the revised anticoagulation
    protocol for in-center hemodialysis. Main changes:

      1. Initial bolus 1,000 units for patients < 70 kg, 2,000 units for >= 70 kg.
      2. Hourly infusion stopped 60 minutes (was 30) before end of treatment for
         patients with AV grafts.
      3. Heparin-free runs with saline flushes q30 min for anyone with active bleeding
         or within 24 h of a procedure - no physician call needed to start.

    Huddle education next week on all three shifts. The laminated card will replace the
    one on each machine.

    Hemant Ruparel, MD, Medical Director
    """))

add("clean", "staff", "",
    "Dr. Farah Siddiqi <fsiddiqi@northvale-health.example>",
    "IM Residents <im-residents@northvale-health.example>",
    "M&M Thursday - case summary (de-identified)", "Tue, 01 Dec 2026 17:20:00 -0500",
    body=D("""
    Residents,

    Thursday's M&M case, de-identified per policy. Please read before noon conference.

    A man in his late 60s presented with two days of black stools and lightheadedness.
    He had been taking an over-the-counter anti-inflammatory for knee pain along with a
    prescribed anticoagulant. Initial hemoglobin was 7.0 g/dL. He was transfused and
    underwent endoscopy the next morning, which showed a bleeding ulcer that was clipped.

    Discussion points:
      - Medication reconciliation missed the OTC drug on two prior visits.
      - Time from ED arrival to GI consult was 9 hours; what slowed us down?
      - When to restart anticoagulation after endoscopic hemostasis.

    No names, dates or room numbers in your slides, please.
    FS
    """))

add("clean", "staff", "",
    "Anesthesia Scheduling <anes.sched@stonebridge-surg.example>",
    "Anesthesia Group <anes.all@stonebridge-surg.example>",
    "December call schedule v3", "Mon, 30 Nov 2026 14:45:00 -0500",
    att=[("call_dec2026_v3.csv", D("""
    date,first_call,second_call,OB,backup
    2026-12-01,Whitcombe,Tran,Okoro,Feldman
    2026-12-02,Feldman,Okoro,Tran,Whitcombe
    2026-12-03,Tran,Whitcombe,Feldman,Okoro
    2026-12-04,Okoro,Feldman,Whitcombe,Tran
    2026-12-05,Kaplan,Tran,Okoro,Feldman
    2026-12-14,Feldman,Kaplan,Tran,Okoro
    """), "text/csv")],
    body=D("""
    v3 attached. Dr. Whitcombe is off 12/14 through 12/20 - Kaplan is covering. Swaps
    after today go through me, not the group text please.
    """))

add("clean", "staff", "",
    "Moira Callahan <mcallahan@harborview-womens.example>",
    "Nurse Manager L&D <ldmanager@harborview-womens.example>",
    "PTO request - Dec 23-28", "Wed, 25 Nov 2026 22:10:00 -0800",
    body=D("""
    Hi Janelle,

    I'd like to request PTO Dec 23 through Dec 28 (four scheduled shifts). My sister is
    getting married in Galway and I've already booked flights - sorry for the late
    notice, the date moved. Priya said she can pick up my 12/26 night and I can take her
    New Year's Eve shift in exchange.

    I'm also still planning to finish my inpatient OB certification in February if the
    unit is still reimbursing the exam fee.

    Thanks,
    Moira
    """))

add("clean", "staff", "",
    "Chaplain Tobias Nwankwo <tnwankwo@stelspeth-hospice.example>",
    "Spiritual Care Volunteers <sc.volunteers@stelspeth-hospice.example>",
    "Blue Christmas service + grief rounds", "Thu, 26 Nov 2026 10:00:00 -0500",
    fmt="html",
    html=D("""
    <html><body style="font-family:Georgia,serif">
    <p>Friends,</p>
    <p>Our <b>Blue Christmas</b> remembrance service will be Sunday, December 20 at 4 pm in the
    chapel. Families from the past year have been invited by letter. I need six volunteers to
    greet, hand out candles and sit with anyone who needs company.</p>
    <p>Also, starting January we'll do <i>grief rounds</i> on the inpatient unit every other
    Tuesday &ndash; a 20-minute pause for staff after a death on the unit. No agenda, just
    tea and a moment of quiet.</p>
    <p>Sign up on the sheet by the kitchen.<br>Tobias</p>
    </body></html>
    """))

add("clean", "staff", "",
    "Language Services Manager <ls.manager@allianceregional.example>",
    "All Clinical Staff <clinical.all@allianceregional.example>",
    "Video remote interpreting - new carts on 3W and 4E", "Tue, 01 Dec 2026 07:30:00 -0600",
    body=D("""
    Colleagues,

    Two new VRI carts arrive on 3 West and 4 East this Friday. Reminders:

      * Family members - including adult children - should not interpret for consent,
        discharge teaching, or bad news.
      * ASL is available on video 24/7; Somali, Hmong, Karen and Oromo are on audio only
        after 8 pm.
      * In-person interpreters still need 48 hours' notice for scheduled procedures.

    Document the interpreter ID number in the note every time.

    Kwame Asante, Manager, Language Services
    """))

add("clean", "staff", "",
    "Riverbend PT Education <education@riverbendpt.example>",
    "Riverbend Clinicians <clinicians@riverbendpt.example>",
    "CEU: vestibular rehab course Feb 6-7", "Mon, 23 Nov 2026 12:00:00 -0600",
    body=D("""
    Team,

    We have four seats funded for the "Vestibular Rehabilitation: Evaluation and
    Treatment" course in Madison, Feb 6-7 (15 contact hours). Priority goes to anyone
    who hasn't used their CEU allowance this year. Hotel is covered; mileage at the
    standard rate.

    Reply by Dec 11. Bethany and Jake have already said yes.

    - Lorna (Clinic Director)
    """))

add("clean", "staff", "",
    "Coding Education <coding.ed@cedarvalleycancer.example>",
    "Oncology Providers <onc.providers@cedarvalleycancer.example>",
    "2027 code changes that affect infusion", "Wed, 02 Dec 2026 08:00:00 -0800",
    cte="qp",
    body=D("""
    Providers and APPs,

    A quick summary of January changes relevant to our infusion clinic:

      - New HCPCS J-codes for two biosimilars; the old "unclassified" J9999 billing for
        those will deny after 1/1.
      - Reminder: hydration (96360/96361) is not separately billable when it is
        incidental to chemo administration – document the medical necessity if it's
        given for a separate reason.
      - Prolonged services: time thresholds changed for 99417 – see the attached grid
        at our January lunch-and-learn.

    No patient examples in this message; the lunch-and-learn will use mock charts.

    Joanne Tillery, CPC
    """))

add("clean", "staff", "",
    "Volunteer Coordinator <volunteers@stelspeth-hospice.example>",
    "New Volunteer Cohort <cohort-jan@stelspeth-hospice.example>",
    "Training schedule - January cohort", "Fri, 20 Nov 2026 15:30:00 -0500",
    body=D("""
    Welcome to the January volunteer cohort!

    Training is four Saturdays, 9 am - 1 pm:
      Jan 9   Hospice philosophy, Medicare hospice benefit, confidentiality
      Jan 16  Communication at the bedside, active listening, cultural humility
      Jan 23  Safe transfers and infection control (wear comfortable shoes)
      Jan 30  Grief and self-care; shadowing assignments handed out

    You'll need a TB screen and a background check before your first visit. Lunch
    provided on the last day.

    Rosemary Vance, Volunteer Coordinator
    """))

add("clean", "staff", "",
    "Tessa Moran <tmoran@bluehorizon-travelnurse.example>",
    "Kiara Blackwood RN <kiara.blackwood.rn@gmail.example>",
    "13-week ICU contract - Northvale, OH", "Thu, 19 Nov 2026 11:11:00 -0600",
    body=D("""
    Hi Kiara,

    Great talking with you! Here's the summary of the Northvale contract we discussed:

      Unit:        Medical ICU, 24 beds, 1:2 ratio
      Shift:       3x12 nights, every third weekend
      Start:       January 11, 2027 (13 weeks)
      Pay:         $2,640/wk gross, housing stipend included
      Requirements: BLS/ACLS current, 2 yrs ICU, compact license OK

    I've submitted your profile; your Ohio compact license number ends in 7720 and your
    references are on file. They'll want a phone interview with the manager next week.

    Tessa Moran, Recruiter
    Blue Horizon Travel Nursing
    """))

add("clean", "staff", "",
    "Owen Tkachenko <otkachenko@med.northvale.example>",
    "MS3 Medicine Group <ms3-medicine@med.northvale.example>",
    "journal club pick for Weds", "Sun, 29 Nov 2026 21:03:33 -0500",
    body=D("""
    Hey all - for Wednesday I picked the restrictive vs liberal transfusion trial in
    patients with acute MI. ~3,500 patients, primary outcome death or reinfarction at 30
    days, no significant difference but a trend favoring liberal. Good one for arguing
    about noninferiority margins.

    PDF is in the shared drive. I'll do the intro and methods, can someone take the
    stats? Snacks on me.

    Owen
    """))

# =====================================================================
# CLEAN / lookalike  (non-health identifiers, pets, gyms, sports...)
# =====================================================================

add("clean", "lookalike", "",
    "Maple Grove Animal Hospital <frontdesk@maplegrove-vet.example>",
    "Helen Crane <helen.crane@gmail.example>",
    "Biscuit's dental - discharge instructions", "Wed, 02 Dec 2026 16:45:00 -0600",
    fmt="alt",
    body=D("""
    Dear Mrs. Crane,

    Biscuit did great today! Dr. Sandoval extracted three teeth (two premolars and one
    incisor) under general anesthesia and took full-mouth dental radiographs. He was
    a little wobbly when he woke up but ate a bit of canned food at 3 pm.

    Medications sent home:
      - Carprofen 25 mg, 1/2 tablet by mouth once daily with food for 5 days
      - Clavamox 62.5 mg, 1 tablet twice daily for 10 days
      - Gabapentin 100 mg, 1 capsule at bedtime for 3 nights if restless

    Soft food only for 10 days, no chew toys. Recheck in 14 days. Your account #
    MG-44120 was charged $1,212.48.

    Maple Grove Animal Hospital - (555) 019-3340
    """))

add("clean", "lookalike", "",
    "Cornerstone Federal Credit Union <alerts@cornerstonefcu.example>",
    "Darnell Whitfield <dwhitfield@hey.example>",
    "Your December statement is ready", "Tue, 01 Dec 2026 05:12:00 -0500",
    fmt="html",
    html=D("""
    <html><body style="font-family:Arial">
    <p>Hi Darnell,</p>
    <p>Your statement for checking account ending <b>&bull;&bull;&bull;&bull;4471</b> is ready in online banking.</p>
    <table cellpadding="4"><tr><td>Member number</td><td>0088120334</td></tr>
    <tr><td>Statement period</td><td>11/01/2026 &ndash; 11/30/2026</td></tr>
    <tr><td>Ending balance</td><td>$3,218.77</td></tr></table>
    <p>Reminder: your HSA debit card is a separate account &mdash; look for that statement in the HSA tab.</p>
    <p>Cornerstone FCU will never ask for your password by email.</p>
    </body></html>
    """))

add("clean", "lookalike", "",
    "Nimbus Wireless <billing@nimbuswireless.example>",
    "Priyanka Raman <priyanka.raman@outlook.example>",
    "Plan change confirmed - account 7710 4430 991", "Sat, 28 Nov 2026 13:02:00 -0800",
    body=D("""
    Hi Priyanka,

    We've updated your plan. Here are the details:

      Account:        7710 4430 991
      Line:           (555) 014-8821
      New plan:       Unlimited Plus 2 lines
      Effective:      next bill cycle, 12/14/2026
      Device:         Pixel, IMEI ending 0412, payment 18 of 24

    Your new monthly total will be $92.00 before taxes. Your PIN is not included in this
    message for security.

    Thanks for being with Nimbus.
    """))

add("clean", "lookalike", "",
    "Aerolinea Cordillera <reservations@cordillera-air.example>",
    "Marisol Ybarra <marisol.ybarra@gmail.example>",
    "Your itinerary - booking ref QX7H2L", "Thu, 26 Nov 2026 08:18:43 -0600",
    fmt="alt",
    body=D("""
    Booking reference: QX7H2L

    Passenger:  YBARRA / MARISOL MS     DOB 1987-02-14
    Frequent flyer: CA 5520 8841 7
    Known traveler no.: 99120334

    DEC 19  CA 2214  ORD 07:15  -> MEX 11:40   Seat 14C   Meal: vegetarian
    JAN 03  CA 2215  MEX 13:05  -> ORD 18:25   Seat 14C

    Checked bags: 1 included. Please arrive 3 hours before international departures.
    Travel insurance not purchased.
    """))

add("clean", "lookalike", "",
    "Velocity Car Rental <noreply@velocityrentals.example>",
    "Jonah Feldstein <jonahf@icloud.example>",
    "Reservation confirmed #VR-22019-4471", "Fri, 27 Nov 2026 19:40:00 -0500",
    body=D("""
    Thanks for reserving with Velocity, Jonah.

    Confirmation:   VR-22019-4471
    Pick-up:        BOS Airport, Dec 21 2026 at 2:00 PM
    Return:         BOS Airport, Dec 27 2026 at 10:00 AM
    Vehicle:        Midsize SUV or similar
    Driver:         Jonah M. Feldstein, DOB 09/03/1990
    License:        MA S88120334, exp 09/03/2029
    Rewards #:      4471-220-19

    Estimated total $418.60 incl. taxes. Additional drivers must be present at pick-up.
    """))

add("clean", "lookalike", "",
    "IronWorks Fitness <membership@ironworksfit.example>",
    "Cole Brannigan <cole.brannigan@gmail.example>",
    "Membership freeze approved", "Mon, 30 Nov 2026 09:00:00 -0700",
    body=D("""
    Hey Cole,

    Your membership freeze has been approved.

      Member ID:      IWF-0044712
      Freeze dates:   Dec 1, 2026 - Feb 28, 2027
      Freeze fee:     $10/month (billed on the 1st)

    Your personal training package (7 sessions left with Coach Dani) will also be paused
    and won't expire during the freeze. Your InBody scan history and workout log stay
    saved in the app. We'll see you in March!

    IronWorks Fitness - Eastgate
    """))

add("clean", "lookalike", "",
    "Office of the Registrar <registrar@lakemont-university.example>",
    "Aaliyah Okafor <aokafor3@students.lakemont.example>",
    "Registration hold removed - Student ID 004471208", "Tue, 24 Nov 2026 14:14:14 -0500",
    body=D("""
    Dear Aaliyah,

    The registration hold on your account has been removed. You may now register for
    Spring 2027 courses.

      Student ID:    004471208
      Program:       BS Biology (pre-med track)
      Advisor:       Dr. Raymond Chu
      Earned credits: 74

    Note: the "Human Anatomy & Physiology II" lab section you requested is full; you've
    been placed on the waitlist (position 3).

    Office of the Registrar
    """))

add("clean", "lookalike", "",
    "Northside Strikers Soccer Club <registrar@northsidestrikers.example>",
    "U12 Girls Parents <u12g-parents@northsidestrikers.example>",
    "U12 Girls Blue - final roster & player passes", "Sun, 22 Nov 2026 18:30:00 -0600",
    body=D("""
    Parents,

    Here's the final spring roster as submitted to the state association. Player passes
    will be handed out at Saturday's practice. Please check birth dates - wrong dates
    mean the pass gets rejected.

    #   Player               DOB          Pass #
    3   Emma Lindqvist-Moe   2015-03-02   NS-15-0441
    5   Zoe Achterberg       2015-07-19   NS-15-0442
    7   Imani Broadwater     2014-11-30   NS-14-0918
    9   Sofia Castellanos    2015-01-08   NS-15-0443
    11  Hana Takahashi       2015-05-25   NS-15-0444
    14  Maya Rahimi          2014-09-12   NS-14-0919

    Uniform orders close Dec 1. - Coach Deb
    """))

add("clean", "lookalike", "",
    "Steadfast Life Assurance <service@steadfastlife.example>",
    "Gordon Haldane <gordie.haldane47@fastmail.example>",
    "Beneficiary change processed - policy SL-00884120", "Wed, 02 Dec 2026 10:00:00 -0700",
    body=D("""
    Dear Mr. Haldane,

    We have processed your beneficiary change request for term life policy SL-00884120.

      Primary beneficiary:     Margaret Haldane (spouse), 100%
      Contingent beneficiary:  Fiona Haldane-Roy (daughter), 100%
      Face amount:             $250,000
      Annual premium:          $1,184.00, next due 03/15/2027

    If you did not request this change, please call us at 1-800-555-0147 right away.

    Steadfast Life Assurance - Policyholder Service
    """))

add("clean", "lookalike", "",
    "PawSure Pet Insurance <claims@pawsure.example>",
    "Lindsey Marchetti <lindsey.marchetti@yahoo.example>",
    "Claim #PS-2611-77120 for Juniper - approved", "Fri, 04 Dec 2026 11:30:00 -0500",
    body=D("""
    Hi Lindsey,

    Good news - your claim for Juniper (domestic shorthair, 13 yrs) has been approved.

      Policy:       PAW-441208
      Diagnosis:    Hyperthyroidism
      Treatment:    T4 blood panel, methimazole 2.5 mg (60 tablets), recheck exam
      Invoice:      $386.20
      Deductible:   $0 (already met)
      Reimbursed:   $308.96 (80%) by direct deposit in 3-5 business days

    Juniper's chronic condition will be covered for the rest of this policy year.
    Give her a scratch from us!

    PawSure Claims Team
    """))

add("clean", "lookalike", "",
    "TechFix Genius Bar <support@techfix-repair.example>",
    "Hamid Sadeghi <hamid.sadeghi@gmail.example>",
    "Diagnostic results for your laptop - case 0041-77120", "Thu, 03 Dec 2026 15:55:00 -0800",
    body=D("""
    Hello Hamid,

    Our technician finished the diagnosis on your laptop (serial C02XK4471JG5).

      Symptoms reported:  won't boot, fan runs constantly
      Diagnosis:          failed SSD, swollen battery (cycle count 1,204)
      Recommended treatment: replace SSD and battery, restore from your backup
      Estimate:           $389.00 parts and labor

    The swollen battery is a safety issue, so we've isolated the unit. Reply "approve"
    to proceed or pick up the device by Dec 12.

    TechFix Repair Clinic, Eastgate Mall
    """))

# =====================================================================
# CLEAN / training  (test patients, simulations, demos)
# =====================================================================

add("clean", "training", "",
    "Clinical Informatics Education <ehr.training@mercyhill.example>",
    "New Hire RNs - December <newhire.rn.dec@mercyhill.example>",
    "EHR class Tuesday - your practice patients", "Fri, 04 Dec 2026 09:00:00 -0600",
    body=D("""
    Welcome! For Tuesday's inpatient documentation class you'll log into the TRAINING
    environment (PLY) - never production. Each of you is assigned a practice patient:

      Seat 1-6:   ZZTEST, ALPHA       MRN 9000001  "admitted" for hip replacement
      Seat 7-12:  ZZTEST, BRAVO       MRN 9000002  "admitted" for pneumonia
      Seat 13-18: ZZTEST, CHARLIE     MRN 9000003  "admitted" post-partum

    These are fictional patients that reset every night. You'll practice admission
    navigator, I&O, med administration with the scanner, and the fall-risk assessment.

    Class: 8:00-4:30, Education Center room 2. Bring your badge.
    """))

add("clean", "training", "",
    "Sim Center <simcenter@med.northvale.example>",
    "MS3 Medicine Group <ms3-medicine@med.northvale.example>",
    "Simulation Thursday - sepsis scenario prep", "Mon, 30 Nov 2026 12:30:00 -0500",
    fmt="html",
    html=D("""
    <html><body>
    <p>Students,</p>
    <p>Thursday's high-fidelity session uses the SimMan manikin (&ldquo;Mr. Stan Dardson&rdquo; in the
    simulated chart). Scenario: 72-year-old simulated patient from a nursing home, fever, hypotension,
    confusion. You will have 15 minutes to recognize sepsis, draw cultures, start fluids and
    antibiotics, and call a rapid response.</p>
    <table border="1" cellpadding="3">
    <tr><td>Sim patient</td><td>Stan Dardson (manikin)</td></tr>
    <tr><td>Sim MRN</td><td>SIM-000123</td></tr>
    <tr><td>Vitals at start</td><td>T 39.1, HR 122, BP 82/44, RR 26, SpO2 89%</td></tr>
    </table>
    <p>Debrief afterwards in room 114. Scrubs required.</p>
    </body></html>
    """))

add("clean", "training", "",
    "Integration Engine <noreply-interfaces@northgatedialysis.example>",
    "Interface Team <interfaces@northgatedialysis.example>",
    "[TEST] ADT A08 sample for new lab vendor", "Wed, 02 Dec 2026 10:10:10 -0500",
    body=D("""
    Test message generated for the Valley Reference Lab onboarding. Processing ID = T.
    All data synthetic.

    MSH|^~\\&|NGDREG|NGD2|VRLLIS|VRL|202612021010||ADT^A08|TEST000451|T|2.5.1
    EVN|A08|202612021010
    PID|1||TEST-99001^^^NGD^MR||TESTPATIENT^DIALYSIS^ONE||19000101|U|||123 TEST ST^^TESTVILLE^OH^00000
    PV1|1|O|NGD2^TEST^01||||9999^TEST^PROVIDER|||NEP

    Expected: VRL returns ACK with MSA|AA. Do not route to production.
    """))

add("clean", "training", "",
    "Patient Portal Project <portal.project@oakridgehealth.example>",
    "Oakridge Department Leads <dept.leads@oakridgehealth.example>",
    "Demo recording: new portal test results view", "Thu, 26 Nov 2026 16:00:00 -0600",
    fmt="alt",
    body=D("""
    Hi leads,

    The recording of yesterday's demo is on the intranet. For anyone who missed it: we
    walked through the new results screen using our demo patient "Jane Sample" (DOB
    01/01/1980 in the demo tenant). Screens shown:

      * a normal CBC with the new color coding,
      * an "abnormal" lipid panel with the provider comment bubble,
      * the 3-day release delay for pathology.

    No real patient data was used; screenshots in the training guide come from the same
    demo tenant. Go-live is February 9.

    Portal Project Team
    """))

add("clean", "training", "",
    "EDI Onboarding <edi.onboarding@bluegate-clearing.example>",
    "Billing <billing@riverbendpt.example>",
    "Your 837P test file passed", "Mon, 23 Nov 2026 10:00:00 -0500",
    att=[("837P_TEST_sample.txt",
          "ISA*00*          *00*          *ZZ*RIVERBENDPT    *ZZ*BLUEGATE       *261123*0950*^*00501*000000001*0*T*:~\n"
          "GS*HC*RIVERBENDPT*BLUEGATE*20261123*0950*1*X*005010X222A1~\n"
          "ST*837*0001*005010X222A1~\n"
          "NM1*IL*1*TESTPATIENT*JOHN****MI*TEST00000001~\n"
          "DMG*D8*19000101*M~\n"
          "CLM*TEST-CLAIM-1*100.00***11:B:1*Y*A*Y*Y~\n"
          "SV1*HC:97110*100.00*UN*1***1~\n"
          "SE*7*0001~\nGE*1*1~\nIEA*1*000000001~\n", "text/plain")],
    body=D("""
    Congratulations - the attached test file (ISA15 = T) passed SNIP levels 1-5. You may
    now request production enrollment. Test files are never forwarded to payers.

    EDI Onboarding, BlueGate Clearinghouse
    """))

add("clean", "training", "",
    "Standardized Patient Program <sp.program@med.northvale.example>",
    "SP Actors <sp.actors@med.northvale.example>",
    "Casting for January OSCEs", "Wed, 18 Nov 2026 13:00:00 -0500",
    body=D("""
    Hello SPs,

    We're casting for the January OSCEs (Jan 19-22). Roles:

      Case A "Mr. Vernon Pike" - 60s, chest pain on exertion (needs male SP 55+)
      Case B "Ms. Carla Dunn" - 30s, requesting contraception counseling
      Case C "Jesse Ortiz" - 19, sports physical who discloses heavy drinking
      Case D "Mrs. Anna Rusk" - 80s, daughter worried about memory (two SPs)

    Case materials and the symptom scripts go out after casting. Rate is $22/hr, training
    session Jan 12. Reply with the cases you're interested in and your availability.

    Denise, SP Program Coordinator
    """))

add("clean", "training", "",
    "Nursing Skills Lab <skillslab@lakemont-nursing.example>",
    "NUR 220 Students <nur220@lakemont-nursing.example>",
    "Skills check-off sign-ups (IV start, foley, trach care)", "Tue, 17 Nov 2026 08:30:00 -0500",
    body=D("""
    Students,

    Final check-offs are Dec 7-9 in the skills lab. Sign up for one 30-minute slot per
    skill on the sheet outside room 210. You will perform on task trainers (IV arm, foley
    pelvis, trach manikin head) - no live volunteers this semester.

    Bring your own stethoscope and penlight. If you fail a skill you get one remediation
    attempt on Dec 14.

    Prof. Hartwell
    """))

add("clean", "training", "",
    "AAPC Chapter 412 <chapter412@coderslocal.example>",
    "Chapter Members <members412@coderslocal.example>",
    "December practice quiz (CEU eligible)", "Sun, 29 Nov 2026 10:00:00 -0600",
    cte="qp",
    body=D("""
    Members – here's this month's practice quiz. Scenarios are fictitious.

    1. A 45-year-old established patient presents for follow-up of hypertension and type 2
       diabetes. The provider reviews labs, adjusts two medications and spends 32 minutes.
       Which E/M code?
    2. A child receives the MMR and varicella vaccines with counseling by the physician.
       Which administration codes?
    3. Bilateral screening mammogram with CAD – code(s)?
    4. An operative report describes a right knee arthroscopy with partial medial
       meniscectomy. CPT and modifier?

    Answers at the Dec 10 meeting. 1 CEU for attending.
    """))

add("clean", "training", "",
    "Marisol Duarte <mduarte@interpretes-unidos.example>",
    "Medical Interpreter Cohort 7 <cohort7@interpretes-unidos.example>",
    "Role-play script for Saturday (sight translation)", "Thu, 03 Dec 2026 20:00:00 -0600",
    body=D("""
    Hola a todos,

    For Saturday, pair up and practice with this fictional scenario. One of you is
    "Doctora Ruiz," one is "Sr. Pérez," one interprets.

      DOCTORA: Mr. Pérez, your blood test shows your kidneys are not filtering as well
               as last year.
      SR. PÉREZ: ¿Eso quiere decir que voy a necesitar diálisis?
      DOCTORA: Not now. We want to check again in three months and adjust your blood
               pressure medicine.

    Then sight-translate the sample discharge sheet in the folder (it uses a made-up
    patient, "Paciente Ejemplo"). Focus on register and on not adding explanations.

    Marisol
    """))

add("clean", "training", "",
    "Emergency Management <em@allianceregional.example>",
    "Department Managers <managers@allianceregional.example>",
    "EHR downtime drill Dec 9, 0200-0400", "Fri, 27 Nov 2026 11:00:00 -0600",
    body=D("""
    Managers,

    We will run a planned EHR downtime drill on Wednesday, Dec 9, 0200-0400. During the
    drill:

      - Use the paper downtime packets (orange binders) at each nurses' station.
      - Downtime MRNs start with DT- and are pre-printed on the armband stock.
      - The BCA PCs will print a read-only census and MAR at 0145.
      - Lab will run the downtime requisition workflow with mock specimens only.

    Please make sure night shift knows where the binders are. Debrief survey to follow.
    """))

# =====================================================================
# CLEAN / news  (newsletters, alerts, celebrity health, marketing, obits)
# =====================================================================

add("clean", "news", "",
    "Oakridge Health Living <newsletter@oakridgehealth.example>",
    "subscriber@inbox.example",
    "5 ways to stay well this flu season", "Tue, 01 Dec 2026 07:00:00 -0600",
    fmt="html",
    html=D("""
    <html><body style="font-family:Helvetica;max-width:600px">
    <h2 style="color:#2a6f97">Healthy Living &mdash; December</h2>
    <img src="https://cdn.oakridgehealth.example/news/flu.jpg" alt="Nurse giving a flu vaccine to a smiling older man">
    <ol>
    <li>Get your flu shot &mdash; it's not too late. Walk-in clinics Saturdays 9&ndash;1.</li>
    <li>Wash hands for 20 seconds, especially before meals.</li>
    <li>Stay home when you have a fever.</li>
    <li>Ask your provider if you are due for the RSV or pneumonia vaccine.</li>
    <li>Sleep, water, and vegetables still matter!</li>
    </ol>
    <p style="font-size:9pt">You are receiving this because you subscribed at oakridgehealth.example. <a href="#">Unsubscribe</a></p>
    </body></html>
    """))

add("clean", "news", "",
    "County Public Health Alerts <alerts@lakecounty-health.example>",
    "Healthcare Providers List <providers-list@lakecounty-health.example>",
    "HEALTH ADVISORY: measles exposure at regional airport", "Thu, 03 Dec 2026 17:45:00 -0600",
    body=D("""
    HEALTH ADVISORY - LAKE COUNTY DEPARTMENT OF PUBLIC HEALTH

    A confirmed case of measles in an international traveler was reported on 12/3.
    Persons who were in Terminal B of Lakeport Regional Airport on November 29 between
    2:00 pm and 6:30 pm may have been exposed.

    Providers should:
      * Consider measles in patients with fever and rash through December 20.
      * Call ahead and mask/isolate suspected cases; do not use regular waiting rooms.
      * Report suspected cases immediately to 555-0111 (24/7).
      * Verify MMR status of staff.

    No further information about the case will be released.
    """))

add("clean", "news", "",
    "The Touchline Daily <newsletter@touchline-daily.example>",
    "reader@inbox.example",
    "Ferrán out 6 weeks; Rovers captain cleared after concussion", "Mon, 30 Nov 2026 06:30:00 +0000",
    body=D("""
    THE TOUCHLINE DAILY

    Striker Mateo Ferrán will miss at least six weeks with a grade 2 hamstring tear
    suffered in Saturday's derby, the club confirmed. Ferrán, 27, had an MRI on Sunday
    and will not need surgery. "He'll be back before the spring," manager Ilse Vogt said.

    Elsewhere, Rovers captain Declan Oduya has completed the return-to-play concussion
    protocol and is available for Wednesday's cup tie after sitting out two matches.

    And veteran keeper Sam Trelawney, 38, revealed on his podcast that he played the
    whole of last season with a torn labrum in his shoulder.
    """))

add("clean", "news", "",
    "Cedar Valley Cancer Institute <marketing@cedarvalleycancer.example>",
    "community@cedarvalley-list.example",
    "Now open: the new Halvorsen Infusion Pavilion", "Wed, 25 Nov 2026 10:00:00 -0800",
    fmt="alt",
    body=D("""
    Cedar Valley Cancer Institute is proud to open the Halvorsen Infusion Pavilion,
    with 32 private infusion suites, heated blankets, garden views and an on-site
    pharmacy that cuts wait times in half.

    Free public open house: Saturday, December 12, 10 am - 2 pm. Tours, healthy snacks,
    and free skin-cancer screenings by our dermatology team.

    Named for the Halvorsen family, whose $12 million gift made the pavilion possible.
    """))

add("clean", "news", "",
    "Mercy Hill Foundation <giving@mercyhill-foundation.example>",
    "Theodore Vance <ted.vance@earthlink.example>",
    "Thank you for your gift", "Mon, 23 Nov 2026 09:00:00 -0600",
    body=D("""
    Dear Mr. Vance,

    On behalf of the Mercy Hill Foundation, thank you for your generous gift of $2,500 to
    the Neonatal Intensive Care Fund, received November 18, 2026 (gift ID MHF-4471208).

    Your support will help purchase two new giraffe incubators and fund bereavement
    kits for families. No goods or services were provided in exchange for this
    contribution; please keep this letter for your tax records.

    With gratitude,
    Cordelia Ashby, President, Mercy Hill Foundation
    """),
    att=[("gift_receipt_MHF-4471208.html", D("""
    <html><body>
    <h2>Mercy Hill Foundation - Official Gift Receipt</h2>
    <p>Donor: Theodore Vance<br>Gift ID: MHF-4471208<br>Date received: 11/18/2026<br>
    Amount: $2,500.00<br>Designation: Neonatal Intensive Care Fund<br>
    Tax ID 55-0884120. No goods or services were provided.</p>
    </body></html>
    """), "text/html")])

add("clean", "news", "",
    "Northvale Gazette Obituaries <obits@northvale-gazette.example>",
    "obituary-subscribers@northvale-gazette.example",
    "Today's obituaries", "Fri, 04 Dec 2026 05:00:00 -0500",
    body=D("""
    HAROLD J. FINCH, 82, of Northvale, died peacefully at home on December 1 after a
    long illness, surrounded by his family. A machinist at Dover Tool for 41 years, Hal
    coached Little League, never missed a Browns game and grew the best tomatoes on
    Quarry Lane. He is survived by his wife of 58 years, Rosemary; three children; and
    seven grandchildren. Visitation Monday 4-7 pm at Kessler Funeral Home. In lieu of
    flowers, memorials to St. Elspeth Hospice.

    GERALDINE "GERRI" OSTROWSKI, 91, formerly of Elmwood, passed away November 29.
    A retired schoolteacher, she taught second grade for 35 years. Private services.
    """))

add("clean", "news", "",
    "FDA Recall Digest <recalls@drugsafety-digest.example>",
    "pharmacists@druglist.example",
    "Recall: metformin ER 750 mg lots (NDMA)", "Wed, 02 Dec 2026 12:00:00 -0500",
    body=D("""
    RECALL DIGEST - WEEK 49

    Bellmont Pharmaceuticals is voluntarily recalling six lots of metformin extended-
    release 750 mg tablets (lots BP4471A through BP4471F, exp 08/2027) due to NDMA levels
    above the acceptable intake limit. Patients should continue taking their medication
    until a pharmacist or prescriber provides a replacement, because stopping suddenly
    may be harmful.

    Also this week: a Class II recall of certain infusion pump tubing sets for possible
    free-flow, and a labeling correction for a pediatric amoxicillin suspension.
    """))

add("clean", "news", "",
    "St. Elspeth Hospice <community@stelspeth-hospice.example>",
    "friends@stelspeth-list.example",
    "Winter grief support groups", "Tue, 17 Nov 2026 10:00:00 -0500",
    fmt="html",
    html=D("""
    <html><body>
    <h3>Finding Light in Winter &mdash; Grief Support Groups</h3>
    <p>Open to anyone in our community who has lost a loved one, whether or not they were served by hospice.</p>
    <ul>
    <li>Loss of a spouse or partner &mdash; Mondays 6 pm, starting Jan 11</li>
    <li>Loss of a parent &mdash; Wednesdays 10 am, starting Jan 13</li>
    <li>Children's grief camp &mdash; Saturday, Feb 6</li>
    </ul>
    <p>Free. Registration: 555-0144.</p>
    </body></html>
    """))

add("clean", "news", "",
    "RenalWorks Investor Relations <ir@renalworks.example>",
    "ir-distribution@renalworks.example",
    "RenalWorks reports third quarter results", "Thu, 05 Nov 2026 16:05:00 -0500",
    body=D("""
    NASHVILLE - RenalWorks, Inc. (NYSE: RNWK) today reported third-quarter revenue of
    $1.21 billion, up 4.2%, and treated approximately 58,400 patients at 712 outpatient
    dialysis centers. Home dialysis grew to 14.1% of patients. Same-market treatment
    volume rose 1.8%. Net income was $88 million, or $0.91 per diluted share.

    The company reaffirmed full-year guidance and announced 9 new centers, including a
    transplant-readiness pilot in three states.

    Conference call at 5:00 pm ET; dial-in 1-800-555-0190, passcode 4471208.
    """))

add("clean", "news", "",
    "Backstage Buzz <hello@backstagebuzz.example>",
    "fans@backstagebuzz-list.example",
    "Lyra Vance postpones tour after vocal cord surgery", "Sat, 28 Nov 2026 12:00:00 -0800",
    fmt="alt",
    body=D("""
    Pop star Lyra Vance has postponed the remaining 14 dates of her "Glasshouse" tour
    after undergoing surgery to remove a polyp on her vocal cords, her publicist
    confirmed Friday. The 29-year-old singer posted a photo from her hospital bed with
    a whiteboard reading "voice rest - 3 weeks!"

    Tickets will be honored for the rescheduled spring shows. Vance thanked her surgeon
    and "the nurses who kept me laughing without making a sound."
    """))

# =====================================================================
# CLEAN / admin  (facilities, IT, purchasing, meetings)
# =====================================================================

add("clean", "admin", "",
    "Facilities Operations <facilities@mercyhill.example>",
    "All Staff - Tower B <towerb.staff@mercyhill.example>",
    "Elevator B3 out of service Dec 7-9", "Fri, 04 Dec 2026 13:00:00 -0600",
    body=D("""
    Elevator B3 (the patient/service car by the loading dock) will be out of service
    Monday Dec 7, 6 am through Wednesday Dec 9 for cable replacement. Transport should
    use B1 and B2 for beds and carts; B4 will be set to "service priority" for the
    kitchen between 10:30 and 12:30. Work order WO-2026-118804.
    """))

add("clean", "admin", "",
    "IT Service Desk <servicedesk@allianceregional.example>",
    "Kwame Asante <ls.manager@allianceregional.example>",
    "[INC0048812] Printer in Language Services office not printing", "Wed, 02 Dec 2026 10:21:09 -0600",
    body=D("""
    Incident INC0048812 has been updated.

    Short description: Printer LS-PRN-02 (room 1B-114) not printing
    State: Resolved
    Resolution: Replaced fuser unit, re-mapped print queue \\\\printsrv04\\LS-PRN-02 for
    users in the Language Services group. Asset tag 000441208.

    Reply to this email if the issue recurs within 5 days to reopen.
    """))

add("clean", "admin", "",
    "Purchasing <purchasing@northgatedialysis.example>",
    "Meridian Medical Distribution <orders@meridianmed.example>",
    "PO 4500771203 - exam gloves and dialyzers", "Mon, 30 Nov 2026 14:30:00 -0500",
    cte="qp",
    body=D("""
    Please process the following purchase order:

    PO #:        4500771203
    Ship to:     Northgate Dialysis Unit 2, 77 Dover St Dock B, Northvale OH 44021
    Vendor #:    V-00884

    Line  Item #       Description                         Qty   UOM   Price
    1     GLV-NTR-M    Nitrile exam gloves, medium          40   CS    $38.50
    2     GLV-NTR-L    Nitrile exam gloves, large           30   CS    $38.50
    3     DLZ-F160     Dialyzer, high-flux 1.6 m²           12   CS    $412.00
    4     BLT-AV-16    AV fistula needle set, 16g           20   BX    $61.25

    Net 45. Please confirm delivery date – our dock is closed Dec 24–25.
    """))

add("clean", "admin", "",
    "Crestline Linen Services <ar@crestlinelinen.example>",
    "Accounts Payable <ap@harborview-womens.example>",
    "Invoice 2026-11-4471 (November)", "Tue, 01 Dec 2026 08:00:00 -0800",
    att=[("invoice_2026-11-4471.csv", D("""
    invoice,account,period,item,qty,unit_price,amount
    2026-11-4471,HVW-00912,2026-11,Scrubs (sets),2840,0.62,1760.80
    2026-11-4471,HVW-00912,2026-11,Patient gowns,5120,0.48,2457.60
    2026-11-4471,HVW-00912,2026-11,Baby blankets,3300,0.35,1155.00
    2026-11-4471,HVW-00912,2026-11,Bath towels,4100,0.29,1189.00
    """), "text/csv")],
    body=D("""
    Attached is our November invoice for account HVW-00912. Total due: $6,562.40,
    terms Net 30. Remit to Crestline Linen, PO Box 4471, Tacoma WA.
    """))

add("clean", "admin", "",
    "Priscilla Nakamura <pnakamura@mercyhill.example>",
    "Case Management <casemgmt@mercyhill.example>; Utilization Review <ur@mercyhill.example>",
    "Invitation: UR/CM monthly huddle - Dec 10", "Mon, 23 Nov 2026 11:00:00 -0600",
    fmt="alt",
    body=D("""
    You're invited to the UR/CM monthly huddle.

    When:  Thursday, December 10, 2026, 1:00-2:00 pm CT
    Where: Conference room 3C or Zoom
    Zoom:  https://zoom.example/j/88120334471   Meeting ID 881 2033 4471   Passcode 771203
    Dial:  +1 555 010 0000,,88120334471#

    Agenda:
      1. Observation-to-inpatient conversion rate, Q4 to date
      2. New payer portal for Humana MA auths
      3. Holiday coverage schedule
    """))

add("clean", "admin", "",
    "Parking & Transportation <parking@northvale-health.example>",
    "Medical Staff <medstaff@northvale-health.example>",
    "2027 parking permit renewal", "Tue, 17 Nov 2026 09:30:00 -0500",
    body=D("""
    Physician garage permits expire Dec 31. Renew online with your badge number (the
    6 digits under your photo, e.g. 044712) and license plate. Permit fee stays at
    $35/month by payroll deduction. The Level 1 spaces near the ED entrance will be
    reserved for on-call physicians only from 7 pm to 7 am starting January.
    """))

add("clean", "admin", "",
    "Payroll Services <payroll@homewardhealth.example>",
    "Kellan Broussard <kbroussard@homewardhealth.example>",
    "Address change confirmed for W-2", "Thu, 19 Nov 2026 15:20:00 -0600",
    body=D("""
    Hi Kellan,

    We've updated your mailing address for your 2026 W-2:

      Employee ID:  HH-004471
      New address:  889 Sumac Lane, Apt 2B, Northvale OH 44021
      SSN on file:  ***-**-8031

    Your mileage reimbursement for November (412 miles) will be included in the
    December 11 paycheck.

    Payroll Services
    """))

add("clean", "admin", "",
    "Safety Officer <safety@brookhaven-snf.example>",
    "All Staff <allstaff@brookhaven-snf.example>",
    "Fire drill this week - 2nd floor", "Mon, 30 Nov 2026 07:00:00 -0500",
    body=D("""
    Reminder: unannounced fire drill on 2nd floor some time this week, any shift.
    Remember RACE and PASS. Close all resident room doors, do not use elevators, and
    staff at the nurses' station count residents on the census board. Drill log sheets
    are in the red folder.
    """))

add("clean", "admin", "",
    "Contracts Office <contracts@evergreenhh.example>",
    "Brightline Medical Supply <accounts@brightline-dme.example>",
    "Vendor agreement renewal - DME services 2027", "Wed, 02 Dec 2026 14:00:00 -0800",
    body=D("""
    Hello,

    Evergreen Home Health intends to renew the DME services agreement (contract
    EHH-V-2023-017) for calendar year 2027. We are requesting:

      - Same-day delivery for oxygen concentrators ordered before noon
      - Updated fee schedule for hospital beds and Group 1 support surfaces
      - Certificate of insurance naming Evergreen as additional insured

    Please send your redlines by Dec 18.

    Contracts Office, Evergreen Home Health
    """))

add("clean", "admin", "",
    "Food & Nutrition Services <fns@stcuthbert-childrens.example>",
    "All Staff <allstaff@stcuthbert-childrens.example>",
    "Cafeteria hours and badge pay during holidays", "Fri, 27 Nov 2026 12:00:00 -0500",
    fmt="html",
    html=D("""
    <html><body>
    <p>Holiday cafeteria hours:</p>
    <table border="1" cellpadding="3">
    <tr><th>Date</th><th>Hours</th></tr>
    <tr><td>Dec 24</td><td>6:30 am &ndash; 2:00 pm</td></tr>
    <tr><td>Dec 25</td><td>Closed &mdash; grab-and-go cooler by the gift shop</td></tr>
    <tr><td>Dec 31</td><td>6:30 am &ndash; 6:00 pm</td></tr>
    </table>
    <p>Badge pay (payroll deduct) limit stays at $150 per pay period. Badge #s beginning with 9 (temporary staff) cannot use badge pay.</p>
    </body></html>
    """))


# =====================================================================
# writer
# =====================================================================

def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: gen.py OUTDIR\n")
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    for m in M:
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(m, fname)
        seed = hashlib.md5(fname.encode("ascii")).hexdigest()
        for i, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart":
                part.set_boundary("----=_Part_%d_%s.%s" % (i, seed[:10], seed[10 + i % 10:20 + i % 10]))
        data = msg.as_bytes()
        if not data.endswith(b"\n"):
            data += b"\n"
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        rows.append((fname, m["label"], m["kind"], m["patient"]))
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
