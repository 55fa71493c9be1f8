#!/usr/bin/env python3
"""Blind eval set: telehealth-first primary care mail. Standard library only, deterministic."""
import random, os, io, csv, zipfile, base64, sys
from email.message import EmailMessage
from email import policy

random.seed(2425)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def mid(domain):
    return "<%s.%s@%s>" % ("".join(random.choice("0123456789ABCDEF") for _ in range(16)),
                          "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)), domain)

def mk(frm, to, subj, date, body=None, html=None, cc=None, charset="utf-8", cte=None,
       atts=(), hdrs=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = mid(dom)
    for k, v in (hdrs or {}).items():
        m[k] = v
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        elif charset == "utf-8" and random.random() < 0.55:
            # many real clients send plain bodies unencoded
            kw["cte"] = "7bit" if body.isascii() else "8bit"
        m.set_content(body, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(html, subtype="html", **kw)
    for a in atts:
        kind = a[0]
        if kind == "text":   # ("text", subtype, filename, str)
            m.add_attachment(a[3], subtype=a[1], filename=a[2])
        elif kind == "bin":  # ("bin", maintype, subtype, filename, bytes)
            m.add_attachment(a[4], maintype=a[1], subtype=a[2], filename=a[3])
        elif kind == "eml":  # ("eml", EmailMessage)
            m.add_attachment(a[1])
        elif kind == "zip":  # ("zip", zipname, innername, str)
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                zi = zipfile.ZipInfo(a[2], date_time=(2026, 11, 3, 9, 0, 0))
                z.writestr(zi, a[3])
            m.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename=a[1])
    return m

def add(kind, patient, m):
    MSGS.append((kind, patient, m))

# ======================= phi-care =======================
add("phi-care", "Okonkwo", mk(
    "Renata Salas, NP <rsalas@kestrelhealth.com>", "Care Team Pod C <podc@kestrelhealth.com>",
    "f/u needed - Okonkwo home kit", "Mon, 02 Nov 2026 08:14:22 -0500",
    body="""Pod C,

Chidi Okonkwo's at-home kit came back from the lab Friday night. A1c 8.9 (was 7.4 in June), lipid panel fine. He hasn't opened the result in the app yet.

Can someone book him a 15-min video slot this week with me or Dr. Feld? He prefers evenings. Cell on file is 312-660-4187.

Also his metformin refill request is sitting in the queue from 10/29 - I approved it just now, 90-day to Corbel mail order.

Renata
"""))

add("phi-care", "Pruitt", mk(
    "RPM Alerts <rpm-alerts@kestrelhealth.com>", "Dr. Anil Mehra <amehra@kestrelhealth.com>",
    "[RPM] Threshold breach - PRUITT, DELORES - BP cuff", "Tue, 03 Nov 2026 06:02:51 -0500",
    body="""Remote monitoring alert

Patient: Delores Pruitt
Device: Tenso BP-7 cuff (serial TB7-0049213)
Reading: 184/109 mmHg, HR 92
Taken: 11/03/2026 05:47 local
Prior 3 readings: 151/94, 148/90, 156/97

Alert rule: systolic > 180 OR diastolic > 110 -> same-day outreach
Assigned nurse: unassigned

Acknowledge in the RPM console. Do not reply to this message.
""",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<table style="border:1px solid #c33;border-collapse:collapse" cellpadding="6">
<tr><td colspan="2" style="background:#c33;color:#fff"><b>Remote monitoring alert</b></td></tr>
<tr><td>Patient</td><td><b>Delores Pruitt</b></td></tr>
<tr><td>Device</td><td>Tenso BP-7 cuff (serial TB7-0049213)</td></tr>
<tr><td>Reading</td><td>184/109 mmHg, HR 92</td></tr>
<tr><td>Taken</td><td>11/03/2026 05:47 local</td></tr>
<tr><td>Prior 3</td><td>151/94, 148/90, 156/97</td></tr>
<tr><td>Rule</td><td>systolic &gt; 180 OR diastolic &gt; 110 &rarr; same-day outreach</td></tr>
</table>
<p style="color:#888;font-size:11px">Acknowledge in the RPM console. Do not reply to this message.</p>
</body></html>
"""))

add("phi-care", "Lindqvist", mk(
    "Marcus Bell <mbell@kestrelhealth.com>", "Pharmacy Ops <pharmops@kestrelhealth.com>",
    "RE: PA status?", "Wed, 04 Nov 2026 13:40:09 -0500",
    body="""Just heard back from Bluestem. PA for Ingrid Lindqvist's semaglutide 0.5 was approved through 05/2027, ref PA-77310482. Corbel can fill it now. I'll message her in the app so she knows it's coming.

-Marcus

-----Original Message-----
From: Pharmacy Ops
Sent: Tuesday, November 3, 2026 4:12 PM
To: Marcus Bell
Subject: PA status?

Marcus - any word on the Lindqvist prior auth? Corbel keeps pinging us, she's been without a dose for 10 days and wrote in twice.
"""))

add("phi-care", "Haddad", mk(
    "Jo Whitcombe <jwhitcombe@kestrelhealth.com>", "Sam Haddad <sam.haddad82@gmail.com>",
    "Your lab kit - second attempt", "Thu, 05 Nov 2026 10:05:44 -0500",
    body="""Hi Sam,

Sorry about this - the lab couldn't run your kit (the sample tube arrived with too little blood, which happens a lot with finger-stick kits, it's not anything you did wrong).

We've shipped you a replacement kit at no cost to 2214 Alder Ct, Apt 3, same as last time. Tracking: 1Z 8W4 417 03 5521 9048.

A few tips that help: warm your hands under hot water for a minute, hang your arm down, and use the side of your fingertip. Fill to the top line on the tube.

Once it's back we'll review the thyroid and CBC results with you on a quick chat visit.

Jo Whitcombe
Patient Support, Kestrel Health
"""))

add("phi-care", "Varga", mk(
    "Dr. Helen Ostrowski <hostrowski@kestrelhealth.com>", "Referrals <referrals@kestrelhealth.com>",
    "Referral out - Tomas Varga - colonoscopy", "Thu, 05 Nov 2026 15:22:10 -0500",
    body=None,
    html="""<html><head><style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}
.sig{color:#555;font-size:9pt}</style></head><body>
<p>Hi team,</p>
<p>Please send an outside referral for <b>Tomas Varga</b> (DOB 02/14/1969) for screening colonoscopy. He's in Tucson, so Desert Ridge GI on Campbell is closest and in-network for his Bluestem PPO.</p>
<p>Last visit note from 10/30 is signed. He's aware and okay with a morning slot. Please also attach the CBC from his September kit.</p>
<p>Thanks,<br>Helen</p>
<p class="sig">Helen Ostrowski, MD<br>Kestrel Health | Virtual Primary Care<br>
This message may contain confidential information intended only for the named recipient.</p>
</body></html>
"""))

add("phi-care", "Baptiste", mk(
    "Kestrel Health <no-reply@kestrelhealth.com>", "rbaptiste.home@outlook.com",
    "Your visit summary from November 6", "Fri, 06 Nov 2026 18:31:00 -0500",
    body=None, cte="quoted-printable",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:24px 32px;border-bottom:3px solid #1f6f78"><img src="https://cdn.kestrelhealth.com/email/logo.png" alt="Kestrel Health" width="140"></td></tr>
<tr><td style="padding:24px 32px">
<p>Hi Roseline,</p>
<p>Here is a summary of your chat visit with Dr. Kwame Asante on Friday, November 6, 2026.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Reason for visit</b></td><td>Weight-management programme check-in, week 12</td></tr>
<tr><td><b>Weight (scale sync)</b></td><td>211.4 lb (start 232.0 lb)</td></tr>
<tr><td><b>Medication</b></td><td>Tirzepatide 7.5 mg weekly &mdash; continue, next step-up in 4 weeks</td></tr>
<tr><td><b>Orders</b></td><td>Comprehensive metabolic panel (home kit shipping Monday)</td></tr>
<tr><td><b>Next visit</b></td><td>December 4, 2026</td></tr>
</table>
<p>Questions? Reply in the app any time.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">Kestrel Health, 400 Commerce St, Suite 900, Nashville TN 37219. You're receiving this because you have an account with us.</td></tr>
</table></td></tr></table></body></html>
"""))

add("phi-care", "Yilmaz", mk(
    "Priya Natarajan <pnatarajan@kestrelhealth.com>", "Dr. Kwame Asante <kasante@kestrelhealth.com>",
    "quick q", "Mon, 09 Nov 2026 11:17:36 -0500",
    body="""Kwame did you want Mr Yilmaz back on the CGM for another 14 days or are we done? His sensor ran out Sat and he's asking whether to order the next one himself. Glucolink shows 3 days of data missing mid-week anyway.

Sent from my iPhone
"""))

add("phi-care", "Duchesne", mk(
    "Lorraine Pike <lpike@kestrelhealth.com>", "Dr. Helen Ostrowski <hostrowski@kestrelhealth.com>",
    "FW: Harbor Urgent Care - visit note", "Tue, 10 Nov 2026 09:48:02 -0500",
    body="""Helen - fax from Harbor UC came through the e-fax inbox, OCR'd below. One of ours. Want me to file it to her chart and message her?

Lorraine

---------- Forwarded message ---------
From: eFax Inbound <efax@kestrelhealth.com>
Date: Mon, Nov 9, 2026 at 7:03 PM
Subject: Fax received from 6155550172 (3 pages)

HARBOR URGENT CARE - FAX COVER SHEET
To: Kestrel Health, attn PCP
From: Harbor Urgent Care, Gallatin Pike
Pages: 3 incl. cover
Re: DUCHESNE, MARIE-CLAIRE   DOB 07/22/1991

Seen 11/09/2026 17:20. Pt presented after fall from bicycle. X-ray L wrist read as negative. Splint applied, ibuprofen 600 mg. Advised f/u with PCP in 1 week or sooner if worse.

CONFIDENTIALITY NOTICE: The documents accompanying this telecopy transmission contain confidential information...
"""))
# ======================= phi-names =======================
add("phi-names", "Castellano", mk(
    "Beth Ann Rourke <brourke@kestrelhealth.com>", "Dr. Anil Mehra <amehra@kestrelhealth.com>",
    "Castellano, Vincent", "Mon, 02 Nov 2026 16:55:41 -0500",
    body="""Anil,

He called the support line again today, third time this week, asking why his GLP-1 was switched to the compounded version by the pharmacy without anyone telling him. I told him we didn't switch anything and that I'd have you look. Corbel says the brand was on backorder and they "substituted per policy". He's upset and says the injections feel different and he's been nauseous since Thursday.

Can you call him before 5 tomorrow? He doesn't read the app messages.

Beth Ann
"""))

add("phi-names", "Greer", mk(
    "Tasha Greer <tgreer.hr@harrowgatelogistics.com>", "Member Support <support@kestrelhealth.com>",
    "my dad's appointment", "Tue, 03 Nov 2026 12:02:18 -0600",
    body="""Hello, I'm writing on behalf of my father, Otis, he's on my employer plan through Harrowgate so his account is linked under me I think. He had his video visit Friday with the lady doctor (Dr O?) and she said she would send the water pill to the Walgreens on Lamar but Walgreens says they have nothing. He is 78 and doesn't do email so please just tell me and I'll handle it.

Thank you
Tasha
"""))

add("phi-names", "Abernathy", mk(
    "Greg Nolan <gnolan@kestrelhealth.com>", "Pod A <poda@kestrelhealth.com>",
    "RE: who's covering Bunny this week", "Wed, 04 Nov 2026 08:21:05 -0500",
    body="""I've got her. For the new folks: "Bunny" is Bernadette Abernathy, our scale-and-cuff lady in Knoxville who sends a chat message every single morning with her weight and a photo of her breakfast. Lovely woman. Her weights have been creeping up 3-4 lb over the last week so I want to eyeball her ankles on video, and her furosemide was just changed by her cardiologist, so check the med list before replying to anything.

Greg

> From: Kim Tran
> Sent: Tuesday, November 3, 2026 5:50 PM
> Who's covering Bunny this week while Dana's out? She wrote in twice today.
"""))

add("phi-names", "Feeney", mk(
    "Dr. Kwame Asante <kasante@kestrelhealth.com>", "Dr. Helen Ostrowski <hostrowski@kestrelhealth.com>; Marcus Bell <mbell@kestrelhealth.com>",
    "Mrs. Feeney's son", "Thu, 05 Nov 2026 19:12:44 -0500",
    body="""Helen, Marcus -

Heads up, Patrick Feeney (son) phoned and asked for his mother's results from last week's kit. Margaret Feeney has not listed him as a proxy, so I did not share anything. He was polite but insistent that she "can't work the app". I suggested she add him from her profile, or we can do a three-way video with her consent.

Flagging it because Marcus is covering her cholesterol recheck next week and I don't want it to go sideways.

K
"""))

add("phi-names", "Ng", mk(
    "Marisol Vega <mvega@kestrelhealth.com>", "Jordan Pike <jpike@kestrelhealth.com>",
    "handoff", "Fri, 06 Nov 2026 17:34:20 -0500",
    body="""Jordan, handoff for the weekend, nothing on fire:

- Ng's daughter (Winnie) messaged re her mum's new BP cuff, it's paired now, first readings look normal. No action.
- Dr. Feld's patient from Reno, the one with the sleep study, I'll chase Monday.
- Rojas family - asked about the flu shot clinic dates, sent the link.

Mrs Ng is the only one I'd keep an eye on: she had dizziness on Wednesday and the cuff is brand new, so if her numbers come in low over the weekend please call her at 415-318-2270 (that's Winnie's cell, mum doesn't answer).

Thanks! M
"""))

add("phi-names", "Kowalczyk", mk(
    "Dr. Simone Feld <sfeld@kestrelhealth.com>", "Dr. Anil Mehra <amehra@kestrelhealth.com>",
    "Re: Stan K.", "Sun, 08 Nov 2026 21:03:57 -0500",
    body="""Agree. Stan's potassium at 5.8 on a home kit is most likely hemolysis from the fingerstick, but I'd rather not assume with him on lisinopril plus spironolactone. Let's get him into a Quest draw site tomorrow, venous sample, and hold the spiro until we see it.

I'll message him tonight.

On Sun, Nov 8, 2026 at 8:41 PM Anil Mehra <amehra@kestrelhealth.com> wrote:
> Simone, Kowalczyk's K came back 5.8 on the kit. Repeat? I'm not on tomorrow.
"""))

add("phi-names", "Mbeki", mk(
    "Talia Rosen <trosen@kestrelhealth.com>", "Clinical Quality <quality@kestrelhealth.com>",
    "incident note - wrong chart message", "Mon, 09 Nov 2026 10:26:13 -0500",
    body="""Filing this for the log.

On 11/6 around 2:15pm, a chat message intended for Nomvula Mbeki (weight programme, dose reminder for her Wegovy step-up) was sent into the thread of a different patient with a similar first name. The other patient replied "I think this isn't for me" within 10 minutes. I retracted it, apologised, and re-sent to Ms. Mbeki. No lab values were included, only the dose and the date of her next check-in.

Talia Rosen, RN
"""))

add("phi-names", "Ferreira", mk(
    "Oliver Grant <ogrant@kestrelhealth.com>", "Billing <billing@kestrelhealth.com>",
    "Fwd: Ferreira's statement", "Tue, 10 Nov 2026 14:49:31 -0500",
    body="""Can billing take this one? I don't know what the $148 is for.

-------- Forwarded Message --------
Subject: statement
Date: Mon, 9 Nov 2026 22:17:40 -0500
From: Luis Ferreira <luisf1977@yahoo.com>
To: support@kestrelhealth.com

I got a bill for $148 for the "remote monitoring" in October. I thought the scale was free with my job's plan. I didn't even use it after the 12th because the batteries died. Please take it off.
Luis Ferreira
"""))
# ======================= phi-self =======================
add("phi-self", "Whitfield", mk(
    "Dana Whitfield <danawhitfield@icloud.com>", "support@kestrelhealth.com",
    "GLP1 side effects??", "Mon, 02 Nov 2026 23:48:10 -0500",
    body="""hi, this is Dana Whitfield, I'm on the weight program, started the 0.25 shots 3 weeks ago and went up to 0.5 on Sunday. since then I cannot keep anything down, threw up 4 times today and my stomach hurts on the right side under my ribs. is this normal?? the chat says nobody is online until 8am. should I go to the ER or wait? I don't want to pay for the ER if it's just the shot
"""))

add("phi-self", "Aldridge", mk(
    "\"Harold Aldridge\" <h.aldridge@btinternet.com>", "Kestrel Health Support <support@kestrelhealth.com>",
    "Blood pressure machine readings - query", "Tue, 03 Nov 2026 09:15:33 +0000",
    charset="windows-1252", cte="quoted-printable",
    body="""Dear Sir/Madam,

I am a patient of your service through my wife’s employer (Harrowgate) although we now spend the winter in Portugal. The blood pressure cuff you provided gives me readings of around 160/95 in the mornings but only 135/80 after lunch. Dr Mehra increased my amlodipine to 10 mg in September.

Should I be taking the readings at a particular time? And does it matter that I’m outside the USA — will the readings still upload to your system?

With kind regards,

Harold Aldridge
Date of birth 11 March 1951
"""))

add("phi-self", "Sandoval", mk(
    "Kestrel Health Messages <messages@kestrelhealth.com>", "Care Team <careteam@kestrelhealth.com>",
    "New patient message: Re: lab results", "Wed, 04 Nov 2026 07:02:28 -0500",
    body="""New message in the patient portal

From: Gabriela Sandoval (MRN KH-2041187)
Thread: Re: lab results
Sent: 11/04/2026 06:58

  Thanks for explaining the numbers. So my vitamin D is low and my TSH is "borderline" - does
  that mean I have to take a thyroid pill forever? My mom has Hashimoto's and I really don't
  want to go down that road. Can we just retest in 3 months instead? Also can you send the
  vitamin D prescription to the CVS on Sepulveda, not the mail order.

Reply in the clinician console. Do not reply to this e-mail.
"""))

add("phi-self", "Oyelaran", mk(
    "Folake Oyelaran <folake.oyelaran@gmail.com>", "Dr. Simone Feld <sfeld@kestrelhealth.com>",
    "Re: Your glucose monitor data", "Thu, 05 Nov 2026 20:33:19 -0500",
    body="""Dr Feld,

Thank you. I have been doing the walks after dinner like you said and I think it is helping, my numbers after dinner are now mostly under 180. Mornings are still 140 something. I am scared of the insulin honestly, my father was on it and lost his leg. I would rather try the other tablet first if we can.

Folake

On Wed, Nov 4, 2026 at 1:10 PM Dr. Simone Feld <sfeld@kestrelhealth.com> wrote:
> Hi Folake, I looked at your two weeks of sensor data. Your overnight and fasting
> numbers are running 140-165 and after-dinner peaks are often over 220. I'd like to
> talk about adding a medicine. Can we do a video visit Monday?
>
> Simone Feld, MD
"""))

add("phi-self", "Brannigan", mk(
    "Kevin Brannigan <kbrannigan@brannigan-roofing.com>", "billing@kestrelhealth.com",
    "Dispute - invoice KH-INV-0093317", "Fri, 06 Nov 2026 08:02:54 -0600",
    body=None,
    html="""<div style="font-family:Arial;font-size:10pt">
<p>To whom it concerns,</p>
<p>I was charged $89 for a "lab kit processing fee" on invoice KH-INV-0093317 for my son Dylan's kit (he's 19 and on my plan). The kit was never sent to the lab because your courier label was wrong &mdash; I have the USPS return receipt. He did the test again with the second kit and that one was billed to Bluestem correctly.</p>
<p>Please reverse the $89. Account holder: Kevin Brannigan, member ID BLS884120337-02 for Dylan.</p>
<p>Thanks,<br>Kevin</p>
<hr><p style="font-size:8pt;color:#777">Brannigan Roofing &amp; Gutters | Family owned since 1988 | 918-442-7710</p>
</div>
"""))

add("phi-self", "Kaczmarek", mk(
    "J Kaczmarek <jkacz@protonmail.com>", "support@kestrelhealth.com",
    "scale", "Sat, 07 Nov 2026 14:10:02 -0500",
    body="""Scale says I lost 9 lbs overnight. I did not lose 9 lbs overnight. Now my coach sent me a congratulations message and my program dashboard thinks I'm at goal. Please fix the reading from this morning, I'm Joanna Kaczmarek, program ID WM-30822. And yes I still need my next Zepbound pen, don't let the fake number mess that up.
"""))

add("phi-self", "Mercer", mk(
    "Allison Mercer <allison.mercer@hotmail.com>", "Kestrel Health <support@kestrelhealth.com>",
    "Cancel my husband's monitoring", "Mon, 09 Nov 2026 12:44:40 -0500",
    body="""Hello,

My husband Ray Mercer passed away on October 28th. Please stop sending the text reminders to take his blood pressure and please cancel the monitoring and send a label to return the cuff. Also his last statement shows a charge for November which I don't think we owe.

His date of birth was 4/2/1948 if you need it to find the account.

Allison Mercer
"""))
# ======================= phi-lists =======================
add("phi-lists", "Morrow", mk(
    "Kim Tran <ktran@kestrelhealth.com>", "Pod A <poda@kestrelhealth.com>",
    "overnight RPM alerts - need callbacks", "Tue, 03 Nov 2026 07:31:50 -0500",
    body="""Morning all, overnight alerts that weren't acked. Please grab one and reply-all with your initials.

Patient               Device   Reading        Time    Note
--------------------  -------  -------------  ------  ------------------------------
Morrow, Eugene        cuff     188/104        01:12   2nd high in 24h
Petrakis, Anna        CGM      52 mg/dL       03:40   low alert, recovered 04:05
Dube, Sipho           scale    +4.1 lb / 48h  05:55   on furosemide
Carver, Lynette       cuff     92/54          06:20   new on losartan
Halloran, J.          CGM      no data 9h     --      sensor probably off

Eugene first please, he's the one who didn't answer yesterday either.

Kim
"""))

add("phi-lists", "Osei", mk(
    "Marcus Bell <mbell@kestrelhealth.com>", "Corbel Pharmacy Liaison <liaison@corbelrx.com>",
    "GLP-1 backorder - patients waiting", "Wed, 04 Nov 2026 11:20:15 -0500",
    body="""Hi Dev,

These are the weight programme patients whose fills are stuck on the Wegovy backorder as of today. Can you tell me which ones you can move to the 1.0 pens you do have, or give me a date?

  * Abena Osei - 1.7 mg, due 10/31, PA on file
  * Brian Lutz - 0.5 mg, due 11/02
  * Carmen Iturbe - 2.4 mg maintenance, due 11/05
  * Douglas Fairweather - 1.0 mg, due 11/06 (he has 1 pen left)
  * Hye-jin Park - 0.25 starter, first fill, never shipped

Abena has missed more than two weeks now so she'll need to drop a dose level anyway - Dr. Asante is sending a new script.

Thanks,
Marcus
"""))

add("phi-lists", "Quintero", mk(
    "Dr. Simone Feld <sfeld@kestrelhealth.com>", "Lorraine Pike <lpike@kestrelhealth.com>",
    "my panel - overdue labs", "Thu, 05 Nov 2026 17:02:40 -0500",
    body=None,
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Lorraine, pasted from the panel report. Can you send kit reminders to these folks? The ones with two dashes never activated the kit.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#ddebf7"><th>Name</th><th>DOB</th><th>Test due</th><th>Kit shipped</th><th>Kit status</th></tr>
<tr><td>Quintero, Rafael</td><td>08/19/1975</td><td>A1c, UACR</td><td>09/22</td><td>--</td></tr>
<tr><td>Bishop, Ellen</td><td>12/01/1960</td><td>Lipid panel</td><td>10/01</td><td>delivered, not returned</td></tr>
<tr><td>Anand, Rohit</td><td>03/30/1988</td><td>TSH</td><td>10/03</td><td>--</td></tr>
<tr><td>Sorensen, Kaj</td><td>06/11/1949</td><td>BMP, A1c</td><td>10/12</td><td>delivered, not returned</td></tr>
</table>
<p>Thanks!<br>Simone</p>
</body></html>
"""))

add("phi-lists", "Gallo", mk(
    "Nina Sato <nsato@kestrelhealth.com>", "Dr. Anil Mehra <amehra@kestrelhealth.com>",
    "refills waiting on you (6)", "Fri, 06 Nov 2026 12:15:00 -0500",
    body="""Anil - six refill requests assigned to you, oldest first:

1. Frank Gallo - atorvastatin 40, 90d
2. Patrice Lemaire - levothyroxine 75 mcg (TSH from Oct kit was fine)
3. Whitney Obi - sertraline 100, she wants to go back to 50
4. Ted Marchetti - lisinopril 20, last BP avg 128/79 on the cuff
5. Ruth Amsel - metformin ER 1000
6. Cody Rusk - albuterol inhaler, 3rd this year - maybe a visit first?

N
"""))

add("phi-lists", "Jankowski", mk(
    "Greg Nolan <gnolan@kestrelhealth.com>", "Dr. Kwame Asante <kasante@kestrelhealth.com>",
    "Fw: employer onsite screening follow-ups", "Mon, 09 Nov 2026 09:40:28 -0500",
    body="""Kwame, the Harrowgate onsite screening vendor sent over their "needs PCP follow-up" list for people who are our patients. Pasted from their spreadsheet:

Employee	Name	DOB	BP	Glucose (non-fasting)	Flag
HG-10442	Piotr Jankowski	1970-05-03	162/98	118	BP
HG-10587	Denise Whitlock	1983-09-27	124/80	241	Glucose
HG-11020	Marco Sanna	1991-01-15	148/92	96	BP
HG-11873	Lottie Fenwick	1966-07-30	139/88	205	Glucose

Do we want to just put them in the RPM cuff pathway or do visits first? Only Piotr has been seen by us this year.

Greg
"""))

add("phi-lists", "Ahmadi", mk(
    "Jo Whitcombe <jwhitcombe@kestrelhealth.com>", "Logistics <logistics@kestrelhealth.com>",
    "returned-to-sender kits this week", "Tue, 10 Nov 2026 15:05:47 -0500",
    body="""These came back undeliverable. Can someone check addresses with the patients before we reship? All are lab kits ordered by clinicians, not self-serve.

- Farid Ahmadi, 77 Birchwood Ln #2B, Dayton OH - lipid + A1c kit
- Colleen Pratt, 1408 W 9th St, Erie PA - STI panel kit
- Mateo Ruiz, PO Box 3321, Santa Fe NM - vitamin D / CMP
- Yuki Tanabe, 52 Harbor View Rd, Portland ME - PSA kit

The STI one is in a plain box as usual but please be discreet on the phone with Colleen, she asked for texts only.

Jo
"""))

add("phi-lists", "Delacroix", mk(
    "Talia Rosen <trosen@kestrelhealth.com>", "Dr. Helen Ostrowski <hostrowski@kestrelhealth.com>",
    "RE: today's chat queue", "Wed, 11 Nov 2026 13:22:09 -0500",
    body="""Updated after lunch:
- Delacroix (Jean-Luc) - UTI-type symptoms again, 3rd in 6 months, I'd like you to see him rather than protocol
- Hammond, Beverly - wants a note for work for 11/9-11/10, had the stomach bug, visit done
- Perez, Itzel, 16 - mom asking about acne meds, needs guardian consent form first
- Szabo, Attila - BP cuff readings all normal, wants to stop RPM, ok?
- Young, Maxine - rash after new detergent, photo in chat

T

________________________________
From: Helen Ostrowski
Sent: Wednesday, November 11, 2026 11:50 AM
To: Talia Rosen
Subject: today's chat queue

Talia, who's left in the queue for me?
"""))
# ======================= phi-struct =======================
add("phi-struct", "Reyes", mk(
    "Interface Monitor <iface-monitor@kestrelhealth.com>", "Integration Team <integrations@kestrelhealth.com>",
    "[ERR] ORU rejected from Meridian Labs - PID-3 not matched", "Mon, 02 Nov 2026 03:15:08 -0500",
    body="""Inbound result could not be filed. Error: AE - patient identifier not found (PID-3). Message held in queue LAB_IN_HOLD.

Raw message:
MSH|^~\\&|MERIDIAN|MLAB01|KESTREL|KH|20261102031455||ORU^R01|ML20261102-88714|P|2.5.1
PID|1||KH2O49916^^^KH^MR||REYES^ANTONIA^L||19840610|F|||1190 Pecan St^^San Marcos^TX^78666||5124019923
ORC|RE|KO-551203|ML-99812
OBR|1|KO-551203|ML-99812|4548-4^Hemoglobin A1c^LN|||20261030|||||||||1447392011^OSTROWSKI^HELEN
OBX|1|NM|4548-4^Hemoglobin A1c^LN||6.1|%|4.0-5.6|H|||F|||20261101

Note: PID-3 contains letter O in place of zero (KH2O49916). Likely typo at kit registration.
"""))

add("phi-struct", "Lindgren", mk(
    "Eligibility Gateway <edi@kestrelhealth.com>", "Revenue Cycle <revcycle@kestrelhealth.com>",
    "271 response batch 20261103-02 (1 of 1) - see attached", "Tue, 03 Nov 2026 05:30:00 -0500",
    body="""Automated eligibility response from Bluestem Health Plan. 1 transaction. Attached as raw X12.
""",
    atts=[("bin", "application", "octet-stream", "BLUESTEM_271_20261103_02.x12",
           b"ISA*00*          *00*          *ZZ*BLUESTEMHP     *ZZ*KESTRELHLTH    *261103*0528*^*00501*000004417*0*P*:~"
           b"GS*HB*BLUESTEMHP*KESTRELHLTH*20261103*0528*4417*X*005010X279A1~ST*271*0001*005010X279A1~"
           b"BHT*0022*11*KH270-88213*20261103*0528~HL*1**20*1~NM1*PR*2*BLUESTEM HEALTH PLAN*****PI*BSHP01~"
           b"HL*2*1*21*1~NM1*1P*2*KESTREL HEALTH PC*****XX*1902837465~HL*3*2*22*0~"
           b"NM1*IL*1*LINDGREN*ERIK*J***MI*BLS220918774~DMG*D8*19720923*M~DTP*291*D8*20261103~"
           b"EB*1*IND*30**PPO GOLD 1500~EB*B*IND*98***27*25*****Y~MSG*TELEHEALTH PCP VISIT COPAY 25~"
           b"EB*C*IND*30****23*1500~EB*G*IND*30****29*812.40~SE*14*0001~GE*1*4417~IEA*1*000004417~\n")]))

add("phi-struct", "Tran", mk(
    "Paige Holloway <pholloway@kestrelhealth.com>", "Data Requests <datarequests@kestrelhealth.com>",
    "RPM export for Dr Mehra's chart review", "Wed, 04 Nov 2026 14:11:52 -0500",
    body="""Attached is the 30-day BP export Dr. Mehra asked for, single patient. Going to him via the secure share too; this copy is for the request log.

Paige
""",
    atts=[("text", "csv", "rpm_export_KH1930442_oct2026.csv",
"""patient_id,patient_name,dob,device_serial,reading_ts,systolic,diastolic,pulse,flag
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-05T07:02:00-05:00,142,88,71,
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-06T07:10:00-05:00,151,93,74,
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-08T06:58:00-05:00,166,99,80,HIGH
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-11T07:31:00-05:00,139,85,69,
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-15T07:05:00-05:00,147,90,72,
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-22T07:20:00-05:00,136,84,68,
KH1930442,"Tran, Bao",1958-01-17,TB7-0051188,2026-10-29T06:49:00-05:00,131,82,66,
""")]))

add("phi-struct", "Nakamura", mk(
    "Devin Cho <dcho@kestrelhealth.com>", "Aarav Shah <ashah@kestrelhealth.com>",
    "FHIR payload that broke the import", "Thu, 05 Nov 2026 16:44:21 -0500",
    body="""Aarav - here's the Bundle from the Glucolink webhook that threw the 500. I think it's the valueQuantity without a system. Real patient data so don't paste it into the ticket, just reference the request id gl-req-7f2c91.
""",
    atts=[("text", "json", "glucolink_bundle_gl-req-7f2c91.json",
"""{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "kh-pt-3318207",
        "identifier": [{"system": "https://kestrelhealth.com/mrn", "value": "KH3318207"}],
        "name": [{"family": "Nakamura", "given": ["Keiko"]}],
        "birthDate": "1979-04-02",
        "telecom": [{"system": "phone", "value": "206-771-3054"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2339-0", "display": "Glucose [Mass/volume] in Blood"}]},
        "subject": {"reference": "Patient/kh-pt-3318207"},
        "effectiveDateTime": "2026-11-05T13:20:00-08:00",
        "valueQuantity": {"value": 243, "unit": "mg/dL"},
        "device": {"display": "Glucolink G3 sensor SN GL3-44A0917"}
      }
    }
  ]
}
""")]))

add("phi-struct", "Bouchard", mk(
    "Claims Desk <claims@kestrelhealth.com>", "Aarav Shah <ashah@kestrelhealth.com>",
    "837P rejected - loop 2010BA", "Fri, 06 Nov 2026 10:02:37 -0500",
    body="""Aarav, clearinghouse rejected this one with "2010BA NM109 invalid member ID". Zipped the file since the mail gateway strips .x12 from outside. Can you see if the subscriber ID got truncated?

Claims
""",
    atts=[("zip", "837P_rej_20261106.zip", "837P_KH_20261105_0031.x12",
"""ISA*00*          *00*          *ZZ*KESTRELHLTH    *ZZ*CLRHOUSE01     *261105*2210*^*00501*000000031*0*P*:~
GS*HC*KESTRELHLTH*CLRHOUSE01*20261105*2210*31*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*KH837-31*20261105*2210*CH~
NM1*41*2*KESTREL HEALTH PC*****46*KH001~
NM1*40*2*BLUESTEM HEALTH PLAN*****46*BSHP01~
HL*1**20*1~
NM1*85*2*KESTREL HEALTH PC*****XX*1902837465~
HL*2*1*22*0~
SBR*P*18*GRP44120******CI~
NM1*IL*1*BOUCHARD*CELINE****MI*BLS77103~
N3*31 RUE SAINT-PIERRE APT 4~
N4*MANCHESTER*NH*03101~
DMG*D8*19900308*F~
CLM*KH-CLM-2026-118830*145***02:B:1*Y*A*Y*Y~
HI*ABK:Z713~
NM1*82*1*ASANTE*KWAME****XX*1386502219~
LX*1~
SV1*HC:99213:95*145*UN*1***1~
DTP*472*D8*20261028~
SE*20*0001~
GE*1*31~
IEA*1*000000031~
""")]))

def _hl7_fwd():
    inner = mk("Meridian Labs Client Services <clientservices@meridianlabs.com>",
               "Integration Team <integrations@kestrelhealth.com>",
               "Corrected result - accession ML-100422", "Fri, 06 Nov 2026 13:55:00 -0600",
               body="""Please replace the previously transmitted result for the accession below. The original was reported with the wrong units.

MSH|^~\\&|MERIDIAN|MLAB01|KESTREL|KH|20261106135200||ORU^R01|ML20261106-90233|P|2.5.1
PID|1||KH1672290^^^KH^MR||OKAFOR^EMMANUEL||19660921|M
OBR|1|KO-560871|ML-100422|2160-0^Creatinine^LN|||20261103||||||||||1386502219^ASANTE^KWAME||||||20261106|||C
OBX|1|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.70-1.30|H|||C
NTE|1||Corrected report. Previously reported as 125.5 umol/L with mg/dL units.

Regards,
Client Services, Meridian Labs
""")
    return mk("Aarav Shah <ashah@kestrelhealth.com>", "Dr. Kwame Asante <kasante@kestrelhealth.com>",
              "FW: Corrected result - accession ML-100422", "Fri, 06 Nov 2026 15:20:11 -0500",
              body="""Kwame, FYI Meridian sent a correction for one of your patients (Okafor). The first version was filed Tuesday with nonsense units, so if you replied to him about his kidney number please take another look. Original attached.

Aarav
""", atts=[("eml", inner)])
add("phi-struct", "Okafor", _hl7_fwd())

add("phi-struct", "Halvorsen", mk(
    "Records Release <records@kestrelhealth.com>", "Medical Records <hie-intake@stlukesnorth.org>",
    "Requested CCD - continuity of care", "Mon, 09 Nov 2026 11:00:00 -0500",
    body="""Per your request dated 11/6/2026 and the patient's signed authorization, the continuity of care document is attached.

Kestrel Health Records Release
""",
    atts=[("text", "xml", "CCD_Halvorsen_20261109.xml",
"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261109110000-0500"/>
  <recordTarget><patientRole>
    <id extension="KH2218876" root="2.16.840.1.113883.3.9921"/>
    <addr><streetAddressLine>4410 Linden Ave N</streetAddressLine><city>Minneapolis</city><state>MN</state><postalCode>55412</postalCode></addr>
    <patient><name><given>Sigrid</given><family>Halvorsen</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19620517"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Medications</title>
      <text><list><item>Semaglutide 1 mg SC weekly</item><item>Losartan 50 mg PO daily</item></list></text>
    </section></component>
    <component><section><title>Problems</title>
      <text><list><item>Obesity, class II (E66.812)</item><item>Essential hypertension (I10)</item></list></text>
    </section></component>
    <component><section><title>Vital Signs</title>
      <text>11/02/2026: Wt 224 lb (home scale); BP 132/84 (home cuff)</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""")]))

add("phi-struct", "Ibarra", mk(
    "Lab Kit Ops <labkits@kestrelhealth.com>", "Meridian Labs Accessioning <accessioning@meridianlabs.com>",
    "Manifest mismatch - shipment MLK-2611-07", "Tue, 10 Nov 2026 08:45:30 -0500",
    body="""Hi Meridian,

Your receiving report for manifest MLK-2611-07 shows one tube without a matching requisition. Our side shows it was registered; tab-separated from our manifest tool below. Can you re-check the tube barcode on the last row?

kit_barcode\tpatient_name\tdob\tpanel\tcollected\tstatus_kh\tstatus_meridian
KK-8830124\tLEE, SARAH\t1987-02-11\tLIPID\t2026-11-05\tSHIPPED\tRECEIVED
KK-8830131\tDOYLE, MARTIN\t1955-10-30\tA1C+BMP\t2026-11-05\tSHIPPED\tRECEIVED
KK-8830149\tIBARRA, LUZ MARINA\t1993-06-06\tHCG QUANT\t2026-11-06\tSHIPPED\tNO REQ FOUND

Thanks,
Lab Kit Ops
""".replace("\\t", "\t")))
# ======================= phi-ids =======================
add("phi-ids", "", mk(
    "Nina Sato <nsato@kestrelhealth.com>", "Billing <billing@kestrelhealth.com>",
    "KH-CLM-2026-120447", "Mon, 02 Nov 2026 10:10:10 -0500",
    body="""denied CO-197 (no auth). member BLS61022094, DOS 10/14, 99214-95. auth was obtained, #PA-77208815, pls resubmit w/ auth in loop 2300.
"""))

add("phi-ids", "", mk(
    "Devin Cho <dcho@kestrelhealth.com>", "Renata Salas <rsalas@kestrelhealth.com>",
    "MRN KH2877013", "Tue, 03 Nov 2026 14:28:47 -0500",
    body="""This MRN has two accounts merged wrong - the scale readings from 10/20 on belong to someone else (different serial, SC-220-88712 vs SC-220-10945). Weight chart shows a 60 lb jump. Please don't act on weights after 10/20 until I split them. DOB on the record is 05/09/1990.
"""))

add("phi-ids", "", mk(
    "Corbel Pharmacy <rxalerts@corbelrx.com>", "Prescriber Inbox <rx@kestrelhealth.com>",
    "Clarification needed Rx# 7041192", "Wed, 04 Nov 2026 09:33:12 -0500",
    body="""PRESCRIBER CLARIFICATION REQUEST

Rx#: 7041192
Pt DOB: 10/12/1971
Corbel Pt ID: CP-4419023
Drug: Ozempic 2 mg/3 mL pen
Sig as written: inject 1 mg weekly
Issue: qty 1 pen = 4 weeks at 0.5 mg or 2 weeks... please confirm qty/days supply.
Prescriber: Asante, Kwame NPI 1386502219

Respond via fax 888-410-2290 or reply to this e-mail with the Rx# in the subject.
"""))

add("phi-ids", "", mk(
    "Oliver Grant <ogrant@kestrelhealth.com>", "Paige Holloway <pholloway@kestrelhealth.com>",
    "Re: acct 60044917", "Thu, 05 Nov 2026 11:57:02 -0500",
    body="""Yes that's the one - guarantor acct 60044917, two kits on 9/30 (lipid, A1c) and one RPM month. The employer plan should cover RPM from 11/1 only. Patient's DOB 1/28/1984 matches the plan file so it isn't a mismatch.

> Is 60044917 the account with the double charge?
"""))

add("phi-ids", "", mk(
    "Utilization Review <ur@bluestemhp.com>", "Prior Auth <priorauth@kestrelhealth.com>",
    "278 response - Auth UM-2611-03391", "Fri, 06 Nov 2026 16:02:44 -0500",
    body="""Determination: CERTIFIED
Auth #: UM-2611-03391
Member ID: BLS330219845-01
Service: RPM 99454 x 3 months, 99457
Effective: 11/01/2026 - 01/31/2027
Requesting provider NPI: 1447392011

This notice is intended solely for the use of the provider listed above.
"""))

add("phi-ids", "", mk(
    "Lorraine Pike <lpike@kestrelhealth.com>", "Talia Rosen <trosen@kestrelhealth.com>",
    "", "Mon, 09 Nov 2026 07:44:00 -0500",
    body="""KH3004411 - kit KK-8829907 resulted overnight, hCG positive. Dr O wants you to call not message. 773-208-6651
"""))

add("phi-ids", "", mk(
    "GlucoLink Support <support@glucolink.io>", "Device Ops <deviceops@kestrelhealth.com>",
    "Case 00488213 - sensor replacement", "Tue, 10 Nov 2026 12:05:39 -0800",
    body=None, cte="base64",
    html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello Kestrel Device Ops,</p>
<p>We have approved a replacement for the sensor below, reported by your patient as falling off on day 4.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><td>Sensor SN</td><td>GL3-44B1120</td></tr>
<tr><td>Your patient ref</td><td>KH2290175</td></tr>
<tr><td>Patient DOB</td><td>1967-12-03</td></tr>
<tr><td>Ship to ZIP</td><td>30307</td></tr>
<tr><td>Last reading synced</td><td>2026-11-08 22:14, 287 mg/dL</td></tr>
</table>
<p>The replacement ships in 1-2 business days. Case 00488213.</p>
<p>GlucoLink Support</p></body></html>
"""))
# ======================= phi-lang =======================
add("phi-lang", "Cárdenas", mk(
    "María Cárdenas <mariacardenas64@yahoo.com.mx>", "soporte@kestrelhealth.com",
    "pregunta sobre mi medicina", "Mon, 02 Nov 2026 20:21:40 -0600",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Buenas noches,

Soy María Cárdenas Ruiz, paciente de la doctora Ostrowski. La semana pasada me mandaron el kit para el azúcar (la prueba A1c) y ya lo regresé por correo el jueves. Todavía no me sale el resultado en la aplicación.

También quería preguntar si puedo seguir tomando la metformina de 850 con la pastilla nueva para la presión que me recetó, porque me da mareo en la mañana.

Mi fecha de nacimiento es 14/08/1964. Gracias y que Dios los bendiga.

María
"""))

add("phi-lang", "Nguyễn", mk(
    "Hoa Nguyen <hoanguyen.sj@gmail.com>", "support@kestrelhealth.com",
    "Máy đo huyết áp của bố tôi", "Tue, 03 Nov 2026 08:40:12 -0800",
    body="""Chào các bác sĩ,

Tôi là con gái của ông Nguyễn Văn Thành (ngày sinh 02/03/1949). Bố tôi dùng máy đo huyết áp của Kestrel. Sáng nay máy đo được 178/102, bố tôi hơi nhức đầu. Bố đang uống thuốc amlodipine 5mg mỗi sáng.

Xin bác sĩ gọi cho tôi ở số 408-662-1937 vì bố tôi không nói được tiếng Anh. Cảm ơn nhiều.

Hoa
(sorry for Vietnamese, my English ok too if you need)
"""))

add("phi-lang", "陈", mk(
    "陈志明 <zhiming.chen88@163.com>", "Kestrel Health Support <support@kestrelhealth.com>",
    "关于我母亲的化验结果", "Wed, 04 Nov 2026 21:05:33 +0800",
    charset="utf-8", cte="base64",
    body="""您好，

我母亲陈秀兰（出生日期 1955年6月18日）上个月做了你们寄来的在家抽血检查。APP里显示她的胆固醇 LDL 是 172，标注为"高"。Dr. Mehra 说要开他汀类的药（atorvastatin），但是她担心副作用，肝功能会不会受影响？

她现在在中国探亲，十二月回美国。药可以寄到我们在 Fremont 的家吗？

谢谢！
陈志明（儿子）
"""))

add("phi-lang", "Joseph", mk(
    "Nadège Joseph <nadegejoseph@gmail.com>", "support@kestrelhealth.com",
    "Randevou pou manman m", "Thu, 05 Nov 2026 10:14:50 -0500",
    body="""Bonjou,

Mwen rele Nadège, mwen ekri pou manman m Yolande Joseph. Li te gen randevou video avèk doktè a jodi a a 9è men lyen an pa t mache sou telefòn li. Li bezwen renouvle medikaman sik li (glipizide) paske li rete sèlman 3 grenn.

Tanpri rele m nan 617-294-5083. Manman m pa pale angle.

Mèsi anpil,
Nadège
"""))

add("phi-lang", "Figueiredo", mk(
    "Paulo Figueiredo <paulo.fig@uol.com.br>", "Kestrel Health <support@kestrelhealth.com>",
    "Re: Programa de emagrecimento - dose", "Fri, 06 Nov 2026 13:30:22 -0300",
    body="""Olá Dr. Asante,

Obrigado pela consulta de ontem. Só para confirmar: devo aumentar a Mounjaro para 5 mg a partir da próxima segunda-feira? A balança mostrou 103,2 kg hoje, perdi 6 kg desde setembro. Estou com um pouco de enjoo, mas nada grave.

Estou trabalhando em Boston até março, então a farmácia pode continuar mandando para o endereço de Somerville.

Abraço,
Paulo Figueiredo

Em qui., 5 de nov. de 2026 às 17:02, Kestrel Health <support@kestrelhealth.com> escreveu:
> Hi Paulo, Dr. Asante has sent a visit summary. Open the app to read it.
"""))

add("phi-lang", "Sokolova", mk(
    "Ирина Соколова <irina.sokolova@mail.ru>", "support@kestrelhealth.com",
    "Вопрос по анализам", "Sat, 07 Nov 2026 19:48:05 +0300",
    charset="koi8-r",
    body="""Здравствуйте!

Меня зовут Ирина Соколова, я пациентка доктора Фелд. Я сдала анализ на щитовидку (ТТГ) с домашним набором 29 октября, результат 6,8. Доктор написала, что надо повторить через шесть недель. Можно ли мне пока продолжать принимать эутирокс 50 мкг, или лучше прекратить до повторного анализа?

Спасибо,
Ирина
"""))

add("phi-lang", "Dela Cruz", mk(
    "Marites Dela Cruz <marites.dc@gmail.com>", "Kestrel Care Team <careteam@kestrelhealth.com>",
    "re: lola's sugar", "Sun, 08 Nov 2026 07:55:18 -0800",
    body="""Hi po! Good morning. Si Lola Consolacion Dela Cruz po ito, yung glucose monitor niya nag-alarm kagabi ng 58, binigyan namin ng juice and ok na siya after 15 mins, 112 na. Pero ngayong umaga 64 ulit before breakfast. Nag-insulin po siya kagabi ng 20 units as usual. Should we lower it po? Please advise, salamat po. She's 81, DOB 09/30/1945.

Marites (apo)
"""))
# ======================= clean-staff =======================
add("clean-staff", "", mk(
    "Dr. Anil Mehra <amehra@kestrelhealth.com>", "Dr. Simone Feld <sfeld@kestrelhealth.com>",
    "swap Thanksgiving on-call?", "Mon, 02 Nov 2026 12:30:00 -0500",
    body="""Simone, any chance you'd swap Thanksgiving Day on-call for the 28th? My in-laws moved dinner to Thursday. I'll owe you. The RPM overnight queue has been quiet lately, averaging 4-5 alerts a night, so it shouldn't be a bad shift either way.

Anil
"""))

add("clean-staff", "", mk(
    "Kim Tran <ktran@kestrelhealth.com>", "Clinical Ops Leads <clinops-leads@kestrelhealth.com>",
    "RPM alert thresholds are too noisy", "Tue, 03 Nov 2026 15:40:31 -0500",
    body="""Hi all,

Pulling October numbers from the console: 1,412 BP cuff alerts, of which 61% were a single reading above 160 systolic that normalised on the next reading. Nurses spent roughly 90 hours on outreach for those.

Proposal for discussion Thursday:
  - require 2 of 3 consecutive readings over 160/100 before paging (keep single-reading rule at 180/110)
  - suppress scale alerts for the first 72h after pairing (half of all scale alerts are pairing noise)
  - CGM low alerts unchanged

Dr. Mehra has already said he's fine with the BP change as long as the 180 rule stays. I'll bring the per-pod breakdown.

Kim
"""))

add("clean-staff", "", mk(
    "Greg Nolan <gnolan@kestrelhealth.com>", "Pod A <poda@kestrelhealth.com>",
    "RE: coffee machine", "Wed, 04 Nov 2026 09:02:11 -0500",
    body="""It's not broken, someone put the decaf pods in the descaler slot. Fixed. Also whoever keeps leaving their GLP-1 pen samples in the breakroom fridge, those are the demo pens from the training kit, they go back in the cabinet in room 4.

> From: Dana Ross
> Sent: Wednesday, November 4, 2026 8:51 AM
> Is the coffee machine broken again?? It's flashing red
"""))

add("clean-staff", "", mk(
    "Dr. Helen Ostrowski <hostrowski@kestrelhealth.com>", "Clinician Forum <clinicians@kestrelhealth.com>",
    "case for Friday's huddle (de-identified)", "Thu, 05 Nov 2026 18:10:00 -0500",
    body="""For Friday's learning huddle, a composite case based on a pattern we've seen several times this quarter:

A patient in their 50s on a GLP-1 for about four months messages asynchronously about "feeling full all the time" and reduced appetite, but the scale data shows weight loss has stalled. The home BP cuff shows a slow downward trend on an unchanged ACE inhibitor dose.

Questions:
1. When does stalled weight loss warrant a dose change vs. a nutrition consult?
2. Who owns BP med de-escalation when the patient is in the weight programme but hypertension is managed by another clinician?
3. What should our chat templates say about dehydration risk?

No chart review needed, this is just for discussion.

Helen
"""))

add("clean-staff", "", mk(
    "Marisol Vega <mvega@kestrelhealth.com>", "Jordan Pike <jpike@kestrelhealth.com>",
    "Re: handoff", "Mon, 09 Nov 2026 08:05:40 -0500",
    body="""Thanks for covering Jordan! Looks like a quiet weekend - I see 0 escalations in the log and all the messages closed within SLA. I'll take it from here.

M
"""))

add("clean-staff", "", mk(
    "Paige Holloway <pholloway@kestrelhealth.com>", "Dr. Kwame Asante <kasante@kestrelhealth.com>",
    "Your panel size", "Tue, 10 Nov 2026 13:14:27 -0500",
    body=None,
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Dr. Asante,</p>
<p>You asked about your panel. As of 11/9:</p>
<ul>
<li>Active patients: 1,184</li>
<li>In weight-management programme: 412 (GLP-1 active: 337)</li>
<li>On RPM (any device): 268</li>
<li>Open lab kits not yet returned &gt; 30 days: 57</li>
</ul>
<p>That's about 18% above the pod target, so ops is holding new assignments to you until January.</p>
<p>Paige Holloway<br>Clinical Operations Analyst</p>
</body></html>
"""))

add("clean-staff", "", mk(
    "Talia Rosen <trosen@kestrelhealth.com>", "Nursing <nursing@kestrelhealth.com>",
    "Flu shots for staff", "Wed, 11 Nov 2026 10:00:00 -0500",
    body="""Reminder: staff flu vaccine clinic is Thursday 11/12, 10-2 in the Nashville office, conference room B. Remote staff can get it at any in-network pharmacy and upload the receipt in Workday by 12/1. If you have an exemption, HR has the form.

Talia
"""))
# ======================= clean-admin =======================
add("clean-admin", "", mk(
    "Kestrel Talent <talent@kestrelhealth.com>", "All Staff <allstaff@kestrelhealth.com>",
    "Now hiring: RN, Remote Patient Monitoring (referral bonus $2,500)", "Mon, 02 Nov 2026 09:00:00 -0500",
    body=None,
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1f6f78">Registered Nurse &ndash; Remote Patient Monitoring</h2>
<p><b>Location:</b> Remote (US, licensed in TN, TX, or compact state) &nbsp; <b>Schedule:</b> 4x10, includes one overnight per month</p>
<p>You'll triage alerts from home blood-pressure cuffs, continuous glucose monitors and connected scales, reach patients by chat and phone, and escalate to our clinicians following protocols.</p>
<ul><li>2+ years of ambulatory or telehealth nursing</li><li>Comfort with high-volume asynchronous messaging</li><li>Spanish or Vietnamese a plus</li></ul>
<p>Know someone? Refer them through Workday by 11/30 for the $2,500 bonus.</p>
</body></html>
"""))

add("clean-admin", "", mk(
    "IT Service Desk <itservice@kestrelhealth.com>", "All Staff <allstaff@kestrelhealth.com>",
    "Scheduled maintenance: clinician console + RPM console, Sat 11/14 01:00-04:00 ET", "Tue, 03 Nov 2026 16:00:00 -0500",
    body="""What: Database upgrade for the clinician console, RPM console and patient messaging service.
When: Saturday 11/14, 01:00-04:00 ET.
Impact: Patient messages will queue and deliver after the window. Device readings (cuffs, scales, CGMs) are buffered by the vendor hubs and will backfill. RPM paging will be OFF during the window; the on-call nurse will work from the vendor portals directly (instructions in the runbook, KB-0412).

Questions: #it-help
"""))

add("clean-admin", "", mk(
    "Rachel Imbert <rimbert@kestrelhealth.com>", "Legal <legal@kestrelhealth.com>",
    "Tenso Devices BAA renewal - redlines", "Wed, 04 Nov 2026 14:45:00 -0500",
    body="""Hi all,

Tenso sent back the BAA with two redlines: (1) breach notification window changed from 5 to 10 business days, (2) they want to retain de-identified device telemetry for product improvement. I'd push back on (1) and accept (2) only if we reference the Safe Harbor method explicitly.

Contract value for 2027 is ~$1.9M for 6,000 cuffs plus hub service. Signature needed by 12/15.

Rachel
""",
    atts=[("text", "plain", "Tenso_BAA_2027_redline_summary.txt",
"""Section 4.2 Breach notification: 5 -> 10 business days (Tenso)
Section 7.1 Data retention: adds right to retain de-identified telemetry (Tenso)
Section 9 Term: 24 months, auto-renew (unchanged)
""")]))

add("clean-admin", "", mk(
    "Benefits Team <benefits@kestrelhealth.com>", "All Staff <allstaff@kestrelhealth.com>",
    "Open enrollment closes Friday", "Thu, 05 Nov 2026 08:30:00 -0500",
    body="""Reminder that open enrollment for 2027 benefits closes Friday 11/6 at 11:59 PM CT.

New this year: the Bluestem PPO now covers GLP-1 medications for weight management with prior authorization, and our own Kestrel primary care membership is free for employees and dependents on any plan. Dental moves to Delta.

If you don't make changes, you'll be rolled into the same plan. Questions: benefits@kestrelhealth.com
"""))

add("clean-admin", "", mk(
    "Accounts Payable <ap@kestrelhealth.com>", "Device Ops <deviceops@kestrelhealth.com>",
    "Invoice GL-INV-2026-1187 approval", "Fri, 06 Nov 2026 11:11:00 -0500",
    body="""Please approve the attached GlucoLink invoice.

Invoice: GL-INV-2026-1187
Period: October 2026
Items: 1,940 G3 sensors @ $61.50; 212 replacement sensors (no charge); platform fee $8,000
Total: $127,310.00
PO: PO-44102

AP
""",
    atts=[("text", "csv", "GL-INV-2026-1187_lines.csv",
"""line,sku,description,qty,unit_price,amount
1,G3-SENS,GlucoLink G3 sensor 14-day,1940,61.50,119310.00
2,G3-SENS-RPL,Warranty replacement sensor,212,0.00,0.00
3,PLAT-FEE,Platform and API fee Oct 2026,1,8000.00,8000.00
""")]))

add("clean-admin", "", mk(
    "People Ops <peopleops@kestrelhealth.com>", "Dr. Yusuf Karimi <ykarimi@kestrelhealth.com>",
    "Welcome to Kestrel - your first week", "Mon, 09 Nov 2026 07:00:00 -0500",
    body="""Hi Dr. Karimi,

Welcome aboard! Your first week:

Mon: laptop setup, Okta, credentialing check-in with Lorraine
Tue: clinician console training (sample patients only, in the sandbox)
Wed: RPM and lab-kit workflows; shadow Dr. Feld's chat visits (observation only)
Thu: weight-management programme and GLP-1 prescribing protocol
Fri: first supervised visits, 4 slots

Your DEA and state licenses for TN, GA and FL are verified. Payer enrollment with Bluestem is still pending, so you won't be scheduled with Bluestem members until it clears.

People Ops
"""))

add("clean-admin", "", mk(
    "Facilities <facilities@kestrelhealth.com>", "Nashville Office <nashville@kestrelhealth.com>",
    "Lab kit storage room - new badge access", "Tue, 10 Nov 2026 10:20:00 -0500",
    body="""Starting Monday the lab kit storage room (3rd floor, 3.14) will need badge access. The room holds unassembled kits, lancets and return mailers, plus the returned-device bin for cuffs and scales awaiting refurbishment. If you need access, ask your manager to submit a request. Housekeeping will still have access.
"""))
# ======================= clean-lookalike =======================
add("clean-lookalike", "", mk(
    "Lakeside Animal Hospital <frontdesk@lakesideanimalhosp.com>", "Jo Whitcombe <jo.whitcombe@gmail.com>",
    "Mochi's glucose curve results", "Mon, 02 Nov 2026 16:05:00 -0600",
    body="""Hi Jo,

Dr. Patel reviewed Mochi's 12-hour glucose curve from Friday. Nadir was 148 at hour 6, which is right where we want it for a diabetic cat, so stay at 2 units of glargine twice daily. The Libre sensor on her shoulder can come off on Thursday; bring her in and we'll remove it and trim her nails while she's here.

Her recheck fructosamine is due in January.

Lakeside Animal Hospital
(612) 774-3100
"""))

add("clean-lookalike", "", mk(
    "Tenso Devices <firmware@tensodevices.com>", "Device Ops <deviceops@kestrelhealth.com>",
    "Firmware 4.2.1 for BP-7 cuffs - release notes", "Tue, 03 Nov 2026 12:00:00 -0500",
    body="""Tenso BP-7 Firmware 4.2.1 - Release Notes

Rollout: staged, 10% on 11/10, 100% by 11/24 (OTA via hub)

Fixes
- Irregular heartbeat indicator no longer shown when the cuff is loosely wrapped
- Readings taken within 60 s of each other are now sent as separate observations instead of averaged
- Timestamp drift of up to 4 minutes after daylight saving change corrected

Known issues
- Cuffs on firmware < 3.9 must update to 3.9.4 first
- Readings above 250 mmHg systolic display "HI" and are transmitted with value 250

No action required for patients. Partners using the v2 API should review the observation de-duplication change.
"""))

add("clean-lookalike", "", mk(
    "Corbel Rewards <rewards@corbelrx.com>", "oliver.grant@gmail.com",
    "Oliver, you've got 1,200 points to use before they expire", "Wed, 04 Nov 2026 06:15:00 -0500",
    body=None,
    html="""<html><body style="margin:0;font-family:Helvetica,Arial;background:#fff8ef">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="color:#b3541e;font-size:26px">Hi Oliver, don't let your points expire!</h1>
<p>You have <b>1,200 Corbel Rewards points</b> ($12.00 off) that expire on 11/30/2026.</p>
<p>Use them on vitamins, sunscreen, cold &amp; flu essentials, greeting cards and more. Points can't be used on prescriptions or for prescription copays, per state and federal law.</p>
<p style="text-align:center"><a href="https://corbelrx.com/rewards" style="background:#b3541e;color:#fff;padding:12px 24px;text-decoration:none">Shop now</a></p>
<p style="font-size:11px;color:#888">Corbel Pharmacy, 88 Market St, Cincinnati OH. Unsubscribe | Privacy</p>
</td></tr></table></body></html>
"""))

add("clean-lookalike", "", mk(
    "Ironline Fitness <hello@ironlinefitness.com>", "Marcus Bell <marcus.bell.tn@gmail.com>",
    "Your 12-week transformation check-in: Week 8", "Thu, 05 Nov 2026 07:30:00 -0600",
    body="""Hey Marcus!

Week 8 of the Ironline 12-Week Transformation is in the books. Your smart scale logged 4 check-ins this week and your body-fat % is trending down. Your trainer Kayla left a note: "Great squats Tuesday! Let's add a third cardio day."

Reminder: the weigh-in challenge leaderboard resets Monday. Members who hit all 4 check-ins get a free protein shake at the front desk.

Keep crushing it,
Team Ironline
(Ironline Fitness is a gym, not a medical provider. Talk to your doctor before starting any new diet or exercise programme.)
"""))

add("clean-lookalike", "", mk(
    "Granite Mutual Auto Claims <claims@granitemutual.com>", "Devin Cho <devin.cho@outlook.com>",
    "Claim 26-AU-0418832 - estimate approved", "Fri, 06 Nov 2026 14:02:00 -0500",
    body="""Dear Devin Cho,

Your collision claim 26-AU-0418832 (2021 Honda CR-V, date of loss 10/29/2026) has been reviewed. The repair estimate of $3,842.17 from Northside Auto Body is approved, less your $500 deductible. No injuries were reported on this claim.

A rental is authorised for up to 10 days at $40/day. Payment will be issued directly to the body shop.

Policy: GM-AUTO-7720194
Adjuster: Trevor Lang, ext. 4471

Granite Mutual Insurance
"""))

add("clean-lookalike", "", mk(
    "Fairhaven Bank HSA <hsa@fairhavenbank.com>", "Nina Sato <nina.sato@gmail.com>",
    "Your HSA contribution summary for 2026", "Mon, 09 Nov 2026 09:00:00 -0500",
    body="""Hi Nina,

Here's where your Health Savings Account stands for tax year 2026:

Contributions year to date: $3,150.00
2026 limit (self-only coverage): $4,400.00
Remaining you can contribute: $1,250.00
Invested balance: $9,872.44

Contributions for 2026 can be made until April 15, 2027. Log in to adjust your payroll deduction.

Fairhaven Bank, Member FDIC
"""))

add("clean-lookalike", "", mk(
    "Renata Salas <renata.salas@gmail.com>", "Salas Family <salasfam@googlegroups.com>",
    "Thanksgiving!!", "Tue, 10 Nov 2026 20:44:00 -0600",
    body="""Hi everyone!! OK so it's at our place this year. Tía Lupe is bringing tamales, Marco the turkey (he swears he won't deep-fry it again). Since half of you are on Ozempic now 😂 we're doing smaller plates and more veggies, no judgment. Kids table in the garage if it's warm.

Arrive by 2, eat at 3. Love you all
Ren
"""))
# ======================= clean-news =======================
add("clean-news", "", mk(
    "Fierce Telehealth Daily <newsletter@telehealthbrief.com>", "Dr. Anil Mehra <amehra@kestrelhealth.com>",
    "FDA ends semaglutide shortage listing; CMS finalizes 2027 RPM codes", "Mon, 02 Nov 2026 06:00:00 -0500",
    body=None,
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>Telehealth Brief &mdash; Monday</h2>
<h3>FDA removes semaglutide from shortage list</h3>
<p>The agency said supply of all strengths has met demand for three consecutive months. Compounding pharmacies have 60 days to wind down production under the shortage exemption. Telehealth weight-loss companies that relied on compounded versions will need to switch patients to branded products.</p>
<h3>CMS final rule: two new RPM codes for 2-15 days of data</h3>
<p>Starting January 1, practices can bill device supply for patients who transmit fewer than 16 days of readings in a month, a long-requested change. Analysts estimate a 12% increase in billable RPM months industry-wide.</p>
<h3>Survey: 41% of adults have used asynchronous messaging with a clinician</h3>
<p>Up from 29% in 2023. Younger adults strongly prefer chat to video.</p>
<p style="font-size:11px;color:#777">You are receiving this newsletter because you subscribed. Unsubscribe.</p>
</body></html>
"""))

add("clean-news", "", mk(
    "App Insights <appinsights@kestrelhealth.com>", "Product Team <product@kestrelhealth.com>",
    "Weekly app-store review digest (Nov 2-8)", "Mon, 09 Nov 2026 08:00:00 -0500",
    body="""iOS 4.6 avg (112 reviews) | Android 4.3 avg (87 reviews)

Top themes
- Lab kit results turnaround (+): "got my results in 2 days, didn't have to sit in a waiting room"
- Scale pairing (-): 14 reviews mention the scale not connecting after the 5.12 update
- GLP-1 pharmacy delays (-): 9 reviews, mostly "the app says shipped but the pharmacy says backorder"
- Chat wait times (mixed)

Sample reviews (verbatim, reviewer names removed)
★★★★★ "My doctor actually answers messages. Blood pressure finally under control after 10 years of trying."
★★☆☆☆ "The cuff works great but the app logs me out every day."
★☆☆☆☆ "Waited 3 weeks for my weight loss shot. Cancelled."
★★★★☆ "Love the at-home blood test. Wish the finger prick was less painful lol"
"""))

add("clean-news", "", mk(
    "Employer Success <employers@kestrelhealth.com>", "Benefits Director <benefits@harrowgatelogistics.com>",
    "Harrowgate Q3 engagement report", "Tue, 10 Nov 2026 10:30:00 -0500",
    body="""Hi Denise,

Attached is the Q3 summary for Harrowgate Logistics. All figures are aggregated; cells under 11 members are suppressed per our reporting policy.

Highlights: 38% of eligible employees have activated, up from 31%. Among members enrolled in hypertension monitoring, 64% have an average home reading under 140/90 after 90 days. Weight programme average loss at 6 months is 9.8%.

Happy to walk through it on our call Thursday.

Lena Moore
Employer Success Manager
""",
    atts=[("text", "csv", "harrowgate_q3_2026_engagement.csv",
"""metric,q2_2026,q3_2026
eligible_employees,4120,4188
activated_members,1277,1591
chat_visits,2210,2874
lab_kits_returned,640,802
rpm_enrolled_bp,188,241
rpm_bp_controlled_pct,58,64
weight_program_enrolled,301,366
weight_program_avg_loss_6mo_pct,9.1,9.8
rpm_cgm_enrolled,<11,<11
""")]))

add("clean-news", "", mk(
    "Kestrel Health <hello@kestrelhealth.com>", "subscriber@example.com",
    "New: measure your kidney health from home", "Wed, 11 Nov 2026 11:00:00 -0500",
    cte="quoted-printable",
    body=None,
    html="""<html><body style="font-family:Helvetica,Arial;color:#222;max-width:600px">
<h1 style="color:#1f6f78">Kidney health, now in our at-home lab kit</h1>
<p>Our new kidney panel checks creatinine, eGFR and urine albumin (UACR) with a finger-prick sample and a simple urine strip. Results arrive in the app in 2&ndash;4 days and a Kestrel clinician reviews every result with you.</p>
<p>People with high blood pressure or diabetes should have kidney checks every year &mdash; most don't. Members can order the kit for $0 with most plans.</p>
<p><a href="https://kestrelhealth.com/kits/kidney">Learn more</a></p>
<p style="font-size:10px;color:#999">Kestrel Health, 400 Commerce St, Suite 900, Nashville TN 37219. Unsubscribe.</p>
</body></html>
"""))

add("clean-news", "", mk(
    "Comms <comms@kestrelhealth.com>", "All Staff <allstaff@kestrelhealth.com>",
    "Press release going out 9am: Kestrel + Bluestem expand GLP-1 programme", "Thu, 12 Nov 2026 07:15:00 -0500",
    body="""FOR IMMEDIATE RELEASE

NASHVILLE, Tenn. - Kestrel Health, the telehealth-first primary care company, and Bluestem Health Plan today announced an expansion of their weight-management partnership to members in five additional states. Bluestem members will have access to Kestrel clinicians, at-home lab kits, connected scales, and, where clinically appropriate, GLP-1 medications with streamlined prior authorization.

"Our members have lost an average of 11% of body weight at 12 months in the programme," said Dr. Amara Lewis, Bluestem's Chief Medical Officer.

Please don't comment on social media before 9am ET. Media inquiries to comms@.
"""))

add("clean-news", "", mk(
    "Medical Director <meddir@kestrelhealth.com>", "Clinicians <clinicians@kestrelhealth.com>",
    "Monthly quality snapshot - October", "Fri, 13 Nov 2026 16:00:00 -0500",
    body="""October at a glance (all patients, no patient-level data):

- BP control (<140/90, RPM-enrolled): 66.2% (Sept 64.9%)
- A1c >9 among diabetics with a kit result in last 6 mo: 14.1%
- Median first response to async message: 47 min
- Lab kits returned within 21 days: 71%
- GLP-1 patients with documented 3-month follow-up: 88%

Thanks for all the work. The kit return rate is our weakest number; reminders go out at day 7 and 14 starting this month.
"""))

# ======================= clean-training =======================
add("clean-training", "", mk(
    "Aarav Shah <ashah@kestrelhealth.com>", "Integration Team <integrations@kestrelhealth.com>",
    "HL7 onboarding - sample ORU for the new interface analysts", "Mon, 02 Nov 2026 13:00:00 -0500",
    body="""Welcome Ravi and Courtney. Below is a sample ORU^R01 from the Meridian spec (test data, not a real patient). Exercise: identify which segment carries the ordering provider and what happens if OBX-11 is 'C'.

MSH|^~\\&|MERIDIAN|MLAB01|KESTREL|KH|20260101120000||ORU^R01|TEST0001|T|2.5.1
PID|1||TEST000001^^^KH^MR||TESTPATIENT^ALPHA||19000101|U
OBR|1|KO-TEST1|ML-TEST1|4548-4^Hemoglobin A1c^LN|||20260101||||||||||9999999999^DOCTOR^TEST
OBX|1|NM|4548-4^Hemoglobin A1c^LN||5.5|%|4.0-5.6|N|||F

Note MSH-11 = T (training). Our engine drops T messages in production.
"""))

add("clean-training", "", mk(
    "Clinical Education <clined@kestrelhealth.com>", "New Nurses Cohort 11 <rn-cohort11@kestrelhealth.com>",
    "Module 3: RPM triage role-play scripts", "Tue, 03 Nov 2026 09:00:00 -0500",
    body="""Role-play for Thursday. Pairs: one nurse, one "patient". All names fictional.

Scenario A - "Jane Sample", 62, BP cuff alert 182/106, no symptoms, forgot morning meds.
  Learning goals: symptom screen, recheck in 5 min, when to escalate.

Scenario B - "Pat Example", 45, CGM low alert 61 mg/dL at 3am, on insulin.
  Learning goals: rule of 15, who to call, documenting in the console.

Scenario C - "Sam Placeholder", 70, scale +5 lb in 3 days.
  Learning goals: fluid screen, med list check, same-day visit.

Bring your protocol cards.
"""))

add("clean-training", "", mk(
    "Privacy Office <privacy@kestrelhealth.com>", "All Staff <allstaff@kestrelhealth.com>",
    "HIPAA refresher: what counts as PHI in chat and e-mail (quiz inside)", "Wed, 04 Nov 2026 10:00:00 -0500",
    body=None,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Annual refresher, due 11/30. Five quick questions; answers at the bottom.</p>
<ol>
<li>Is "a patient in Pod B had a high potassium on a home kit" PHI if sent to the whole company? <i>(Think: can anyone identify them?)</i></li>
<li>Is an e-mail with only an MRN and "A1c 9.2" PHI?</li>
<li>A patient's daughter calls asking for results. She isn't a listed proxy. What do you do?</li>
<li>Can you paste a device serial number into a Jira ticket?</li>
<li>Can you forward a lab interface error to the vendor?</li>
</ol>
<p><b>Answers:</b> 1 - usually no, unless other details identify them; 2 - yes, an MRN is an identifier; 3 - verify, don't disclose, offer proxy setup; 4 - only if it can't be linked to a patient outside our systems; 5 - only via the secure channel under our BAA.</p>
<p>Privacy Office</p>
</body></html>
"""))

add("clean-training", "", mk(
    "Rev Cycle Training <rcm-training@kestrelhealth.com>", "Billing <billing@kestrelhealth.com>",
    "X12 270/271 practice file", "Thu, 05 Nov 2026 14:00:00 -0500",
    body="""For Friday's billing workshop. This is the Bluestem companion guide sample (synthetic subscriber). Find the copay for a telehealth PCP visit and the remaining deductible.
""",
    atts=[("text", "plain", "practice_271_synthetic.txt",
"""ISA*00*          *00*          *ZZ*BLUESTEMHP     *ZZ*KESTRELHLTH    *260101*0000*^*00501*000000001*0*T*:~
ST*271*0001*005010X279A1~
NM1*IL*1*SUBSCRIBER*TEST****MI*XXX000000000~
DMG*D8*19800101*U~
EB*B*IND*98***27*25*****Y~
EB*G*IND*30****29*1000.00~
SE*6*0001~
""")]))

add("clean-training", "", mk(
    "Clinical Education <clined@kestrelhealth.com>", "Chat Clinicians <chat-clinicians@kestrelhealth.com>",
    "Updated macro library: GLP-1 side-effect replies", "Mon, 09 Nov 2026 09:30:00 -0500",
    body="""The following chat macros are live. [brackets] are merge fields, don't send them unfilled.

#glp1-nausea
Hi [first name], nausea is the most common side effect in the first few days after a dose increase. Try smaller meals, stop eating when you feel full, and avoid greasy food. If you can't keep fluids down for more than a day, or you have severe belly pain, please call us right away or go to urgent care.

#glp1-missed-dose
Hi [first name], if it's been less than 5 days since your missed dose, take it now. If it's been more, skip it and take your next dose on your usual day. If you've missed 2 or more weeks, message us before restarting - we may need to lower your dose.

#kit-insufficient
Hi [first name], the lab couldn't process your sample because there wasn't quite enough blood. We're sending a new kit at no cost.
"""))

add("clean-training", "", mk(
    "Devin Cho <dcho@kestrelhealth.com>", "Engineering <eng@kestrelhealth.com>",
    "test fixtures for the scale webhook", "Tue, 10 Nov 2026 17:45:00 -0500",
    body="""Pushed synthetic fixtures for the ScaleSync webhook tests. Generated with our faker seed, so the names are nonsense and MRNs start with ZZ (never issued). Please use these instead of pulling from staging.
""",
    atts=[("text", "json", "scale_webhook_fixtures.json",
"""[
  {"mrn": "ZZ0000001", "name": "Fixture Person One", "birthDate": "1900-01-01", "weight_kg": 81.2, "serial": "SC-TEST-0001"},
  {"mrn": "ZZ0000002", "name": "Fixture Person Two", "birthDate": "1900-01-01", "weight_kg": 102.7, "serial": "SC-TEST-0002"},
  {"mrn": "ZZ0000003", "name": "Fixture Person Three", "birthDate": "1900-01-01", "weight_kg": 0.0, "serial": "SC-TEST-0003", "note": "zero weight edge case"}
]
""")]))

# ======================= write =======================
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (kind, patient, m) in enumerate(MSGS, 1):
        label = kind.split("-")[0]
        fn = "%s-%03d.eml" % (kind, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append((fn, label, kind, patient if label == "phi" else ""))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    print(len(rows), "messages written")

if __name__ == "__main__":
    main()
