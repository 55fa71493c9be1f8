#!/usr/bin/env python3
"""Blind evaluation set prose10a: hand-written healthcare-ish mail. Standard library only, deterministic."""
import os, csv, io, zipfile
from email import charset as _cs
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
E = []  # (label, kind, patient_name, message)

def T(body, sub='plain', cs='utf-8', enc='qp', name=None, inline=False):
    """text part; enc: qp | b64 | 8bit"""
    c = _cs.Charset(cs)
    c.body_encoding = {'qp': _cs.QP, 'b64': _cs.BASE64, '8bit': None}[enc]
    p = MIMENonMultipart('text', sub)
    p.set_payload(body, c)
    if name:
        p.add_header('Content-Disposition', 'inline' if inline else 'attachment', filename=name)
    return p

def B(data, name, mt='application', st='octet-stream'):
    if isinstance(data, str):
        data = data.encode('utf-8')
    p = MIMEBase(mt, st, name=name)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def Z(files, name):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, txt in files:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, txt.encode('utf-8') if isinstance(txt, str) else txt)
    return B(buf.getvalue(), name, 'application', 'zip')

def ALT(plain, html, cs='utf-8', enc='qp'):
    m = MIMEMultipart('alternative')
    m.attach(T(plain, 'plain', cs, enc))
    m.attach(T(html, 'html', cs, enc))
    return m

def FWD(inner):
    return MIMEMessage(inner)

def _addr(v):
    if all(ord(c) < 128 for c in v):
        return v
    from email.utils import parseaddr, formataddr
    return formataddr(parseaddr(v), 'utf-8')

def M(frm, to, date, subj, mid, body, atts=(), cc=None, extra=()):
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(body)
        for a in atts:
            m.attach(a)
    else:
        m = body
    m['From'] = _addr(frm)
    m['To'] = _addr(to)
    if cc:
        m['Cc'] = cc
    m['Date'] = date
    m['Subject'] = subj
    m['Message-ID'] = mid
    for k, v in extra:
        m[k] = v
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    return m

def add(label, kind, pname, msg):
    E.append((label, kind, pname, msg))

# ======================= phi-care =======================
add('phi', 'phi-care', 'Delacroix', M(
    'Renee Obuya <robuya@stcolumba-health.org>', 'Bed Placement <bedplacement@stcolumba-health.org>',
    'Tue, 01 Dec 2026 06:12:44 -0500', 'bed request - ED bay 14',
    '<20261201061244.4471@stcolumba-health.org>',
    T("""Need a tele bed for Marguerite Delacroix, ED bay 14, admitting is Dr. Huang (hospitalist).
Echo ordered, not done yet - ok to go up before it. She's on a heparin drip so needs to be
tele not med-surg. Family at bedside, daughter is the contact.

Thanks
Renee
ED charge
x4-2210
""", enc='8bit')))

add('phi', 'phi-care', 'Pruitt', M(
    '"Mendes, Carlos (Patient Transport)" <Carlos.Mendes@valleymed.org>',
    '"IR Scheduling" <IRscheduling@valleymed.org>',
    'Wed, 02 Dec 2026 13:05:10 -0800', 'RE: 1400 pickup 412B',
    '<BY5PR11MB40219C3AA1E2@BY5PR11MB4021.namprd11.prod.outlook.com>',
    ALT("""Confirmed - we'll have a stretcher at 412B at 1340 for Hollis Pruitt. He's on 2L NC so we're
bringing a portable tank. RN says he's NPO since midnight and consent is signed.

If IR runs late please call the dispatch line not my cell.

Carlos Mendes
Lead Dispatcher, Patient Transport
Valley Medical Center | ext 6-0418

-----Original Message-----
From: IR Scheduling
Sent: Wednesday, December 2, 2026 12:51 PM
To: Mendes, Carlos (Patient Transport)
Subject: 1400 pickup 412B

Pls send transport for 412B (Pruitt) for port placement 1400. Thx
""", """<html><head><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}
.sig{color:#1F3864;font-size:9pt}</style></head><body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Confirmed &#8211; we&#8217;ll have a stretcher at 412B at 1340 for Hollis Pruitt. He&#8217;s on 2L NC so we&#8217;re bringing a portable tank. RN says he&#8217;s NPO since midnight and consent is signed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If IR runs late please call the dispatch line not my cell.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="sig"><b>Carlos Mendes</b><br>Lead Dispatcher, Patient Transport<br>Valley Medical Center | ext 6-0418</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> IR Scheduling<br><b>Sent:</b> Wednesday, December 2, 2026 12:51 PM<br><b>To:</b> Mendes, Carlos (Patient Transport)<br><b>Subject:</b> 1400 pickup 412B</p></div>
<p class="MsoNormal">Pls send transport for 412B (Pruitt) for port placement 1400. Thx</p>
<p style="font-size:7pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee.</p>
</div></body></html>""")))

add('phi', 'phi-care', 'Abernathy', M(
    'Dana Whitcomb RN <dwhitcomb@lakeshorecancer.org>',
    'Infusion Schedulers <infusion.sched@lakeshorecancer.org>',
    'Thu, 03 Dec 2026 16:40:02 -0600', 'Re: Abernathy C4D1 move?',
    '<a81c2e90-11b3-4c5e-9f0e-77a1b2c0d4e1@lakeshorecancer.org>',
    T("""Yes go ahead and move her to Tuesday 12/8, chair 6 if it's open, 0900. Her ANC this morning
was 1.1 so Dr. Farouk wants to hold until Tues and repeat the CBC Monday at the Oak Park draw
station. Pre-meds same as last cycle. I already told Ruth, she's fine with it, her son drives
her so he needs the time by tonight - his number is in the chart.

Dana

On Thu, Dec 3, 2026 at 3:58 PM Infusion Schedulers wrote:
> Ruth Abernathy is on for tomorrow 0830 C4D1 - pharmacy asking if we're holding?
> They don't want to mix if not.
>
> - Jolene
""", enc='qp')))

add('phi', 'phi-care', 'Wielgosz', M(
    '"Harbor Dialysis - Unit 3" <unit3@harbordialysis.com>',
    '"Lisette Amaro, LCSW" <lamaro@harbordialysis.com>',
    'Fri, 04 Dec 2026 10:22:31 -0500', 'chair time change - T. Wielgosz',
    '<CAF8k2uQ9m1Hx0=ZpTr3@mail.harbordialysis.com>',
    T("""Lisette,

Tomasz Wielgosz asked at his treatment this morning if he can move from MWF 1st shift to MWF
2nd shift starting the week of the 14th. His wife starts a new job and can't drive him at 5:30
anymore. We have an opening in chair 11 on 2nd shift. Can you check whether his MediVan
transport can do an 11:00 pickup from the Maple Grove address instead? Last two weeks he ran
his full 4 hrs, dry weight unchanged, so no clinical reason not to move him.

Pam Sorensen, RN
Charge Nurse, Unit 3
""", enc='8bit')))

add('phi', 'phi-care', 'Park', M(
    'Kelsey Varga <kvarga@clearviewEyeAssoc.com>', 'Dr. Anand Bhatt <abhatt@clearviewEyeAssoc.com>',
    'Mon, 30 Nov 2026 08:15:00 -0500', 'POD1 Eun-ji Park',
    '<000c01db4b2e$aa11ff30$fe33fd90$@clearviewEyeAssoc.com>',
    T("""Dr Bhatt,
Mrs. Park came in for her day-one check after the right eye surgery Saturday. VA OD 20/40 uncorrected,
IOP 19. Wound looks good per Dr. Lin who saw her since you were in the OR. She's using the drops
correctly, her granddaughter is helping. Next visit booked 12/7 at the Elm St office, 10:20.
She asked whether she can go to church Sunday - told her yes but no bending, check w/ you.

Kelsey, COT
""", enc='qp')))

add('phi', 'phi-care', 'Achterberg', M(
    'Audiology Front Desk <audiology@northfieldent.com>',
    '"Marcy Quill, AuD" <mquill@northfieldent.com>',
    'Tue, 01 Dec 2026 11:47:19 -0600', 'Desmond Achterberg - fitting rescheduled',
    '<1733075239.88231@northfieldent.com>',
    ALT("""Hi Marcy,

Desmond Achterberg's hearing aid fitting (the Phonak pair that came in Monday) is moved from 12/3 to
12/10 at 2:30. He said his wife had a fall and he's staying with her at Good Sam this week. He wants
to make sure the real-ear measurements get redone since you said the left one was off at the
demo. Also the VA authorization number is on the order sheet in the bin.

Thank you,
Tessa
Northfield ENT & Audiology
""", """<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Marcy,</p>
<p>Desmond Achterberg&#39;s hearing aid fitting (the Phonak pair that came in Monday) is moved from 12/3 to <b>12/10 at 2:30</b>. He said his wife had a fall and he&#39;s staying with her at Good Sam this week. He wants to make sure the real-ear measurements get redone since you said the left one was off at the demo. Also the VA authorization number is on the order sheet in the bin.</p>
<p>Thank you,<br>Tessa<br><span style="color:#336699">Northfield ENT &amp; Audiology</span></p>
</body></html>""", enc='qp')))

add('phi', 'phi-care', 'Marlow', M(
    'Jen Oduya <jen.oduya@quickcareexpress.com>', 'Dr. Paul Rennick <prennick@quickcareexpress.com>',
    'Sat, 05 Dec 2026 07:31:55 -0700', 'keisha marlow callback',
    '<5F2A9C1D-7E3B-4D8A-B0C2-1F9E8D7C6B5A@quickcareexpress.com>',
    T("""culture from tues visit came back on keisha marlow, resistant to what she got. she's not answering,
left vm x2 at 602-418-7730. can you send something different to the walgreens on Baseline so it's
ready when I reach her? I'll keep trying

Sent from my iPhone
""", enc='8bit')))

inner_tele = M('"CareNow Virtual Visits" <noreply@carenow-virtual.com>', 'scheduling@riverbendfamilymed.com',
    'Thu, 03 Dec 2026 15:02:11 -0500', 'Visit ended: connection failure',
    '<vv.9928374.failed@carenow-virtual.com>',
    T("""Visit ID: VV-9928374
Provider: Priya Nair, MD
Patient: Harold Ibsen
Scheduled: 12/03/2026 2:30 PM ET
Status: Ended - patient connection lost after 00:04:12

The provider may rebook this visit from the dashboard. Do not reply to this message.
""", enc='8bit'))
add('phi', 'phi-care', 'Ibsen', M(
    'Gloria Fenwick <gfenwick@riverbendfamilymed.com>', 'Riverbend Scheduling <scheduling@riverbendfamilymed.com>',
    'Thu, 03 Dec 2026 15:20:47 -0500', 'Fw: Visit ended: connection failure',
    '<CAJx2-88Pq@riverbendfamilymed.com>',
    T("""Dr Nair wants Mr. Ibsen rebooked as an in-person for his med review, he can't manage the video.
Monday or Tuesday afternoon next week. He'll need the reminder call, not a text.
""", enc='8bit'), atts=[FWD(inner_tele)]))
# ======================= phi-names =======================
add('phi', 'phi-names', 'Gutierrez-Brandt', M(
    'Bonnie Szabo <bszabo@mercyridge.org>', 'Tom Akintola <takintola@mercyridge.org>',
    'Wed, 02 Dec 2026 09:03:12 -0500', 'RE: Gutierrez-Brandt',
    '<SJ0PR05MB7726A1B2C3D4@SJ0PR05MB7726.namprd05.prod.outlook.com>',
    T("""She's not going home Friday. PT saw her yesterday, needs min assist x2 for transfers, so I'm
sending referrals to Cedar Hollow and Brookside SNF today. Son is on board, daughter is not (she
wants her home with them in Ohio) - I'm setting up a family meeting Thursday at 2 with Dr. Mattis.
Can you get the Medicare 3-midnight count confirmed for me? I have her as inpatient since 11/28.

Bonnie
Case Management, 4 South

-----Original Message-----
From: Akintola, Tom
Sent: Tuesday, December 1, 2026 5:44 PM
To: Szabo, Bonnie
Subject: Gutierrez-Brandt

Any update? Surgeon wants her out by the weekend.
""", enc='8bit')))

add('phi', 'phi-names', 'Okonkwo', M(
    'Infection Prevention <infectionprevention@childrensbayside.org>',
    '"3 Peds Charge" <3pedscharge@childrensbayside.org>',
    'Thu, 03 Dec 2026 14:10:09 -0500', 'isolation can come off 3112',
    '<IP.20261203.1410@childrensbayside.org>',
    T("""Hi Marisa -

The Okonkwo boy in 3112 - his repeat nares swab from Tuesday is negative (that's two in a row), so
contact precautions can be discontinued. Please let EVS know for a terminal clean once he moves,
they'll ask. Dr. Feldman is aware. Mom was asking about this yesterday so whoever has Chidi today
can tell her.

Thanks,
Anh Pham, MPH, CIC
Infection Prevention
""", enc='qp')))

add('phi', 'phi-names', 'Tran', M(
    '"Language Services" <interpreters@eastgatemedical.org>',
    '"OB Clinic Front Desk" <obclinic@eastgatemedical.org>',
    'Tue, 01 Dec 2026 12:55:40 -0800', "Mrs. Tran's Friday appt - Vietnamese",
    '<LS-55231@eastgatemedical.org>',
    T("""Hi OB team,

Mrs. Tran's daughter called us (not you, sorry) to say her mom's Friday 10:40 visit with Dr. Lindqvist
needs an in-person Vietnamese interpreter, not video - last time the iPad kept dropping and she didn't
understand the glucose test instructions. I've booked Huong for 10:30-11:30. If the ultrasound runs
before the visit please tell us so we can extend.

Thi Hoa Tran, DOB 4/9/1991 in case there's more than one.

Marco
Language Services Coordinator
""", enc='8bit')))

add('phi', 'phi-names', 'Feeney', M(
    'Quality & Patient Safety <qps@stagnesregional.org>',
    '"Cho, Rebecca RN" <rcho@stagnesregional.org>',
    'Mon, 30 Nov 2026 15:30:00 -0500', 'Event #26-1187 follow-up (6 North fall)',
    '<qps.26-1187.2@stagnesregional.org>',
    ALT("""Rebecca,

Thank you for entering this so quickly. For the RCA huddle Wednesday I'd like you, Luis Delgado (charge
that night), and Dr. Okafor if available. Summary as I have it:

Feeney, Bartholomew - 6N rm 618 - found on floor 0340 11/27, bed alarm was off, no injury on first
exam, CT head neg. Family (niece, Colleen) notified 0615.

Please bring the bed alarm log from Biomed. Do not discuss with the family beyond what Dr. Okafor has
already disclosed - route questions to me.

Siobhan Reyes, RN, CPHQ
Quality & Patient Safety
This message contains confidential peer review / patient safety work product.
""", """<html><body><div style="font-family:Segoe UI;font-size:10.5pt">
<p>Rebecca,</p><p>Thank you for entering this so quickly. For the RCA huddle Wednesday I&#8217;d like you, Luis Delgado (charge that night), and Dr. Okafor if available. Summary as I have it:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Patient</b></td><td>Feeney, Bartholomew</td></tr>
<tr><td><b>Location</b></td><td>6N rm 618</td></tr>
<tr><td><b>Event</b></td><td>found on floor 0340 11/27, bed alarm was off, no injury on first exam, CT head neg</td></tr>
<tr><td><b>Family</b></td><td>niece, Colleen &#8211; notified 0615</td></tr></table>
<p>Please bring the bed alarm log from Biomed. Do not discuss with the family beyond what Dr. Okafor has already disclosed &#8211; route questions to me.</p>
<p>Siobhan Reyes, RN, CPHQ<br>Quality &amp; Patient Safety</p>
<p style="font-size:8pt;color:gray">This message contains confidential peer review / patient safety work product.</p></div></body></html>""")))

add('phi', 'phi-names', 'Castellano', M(
    'Nadia Ruiz <nruiz@stepwisefootandankle.com>', 'Dr. Eli Brandt <ebrandt@stepwisefootandankle.com>',
    'Thu, 03 Dec 2026 17:12:33 -0600', 'Lou',
    '<CAH3yyTr7@stepwisefootandankle.com>',
    T("""Eli - Lou Castellano's wife called again (3rd time). He never came in for the debridement you wanted
on the left great toe, says he "can't get his shoe on". She's worried it's worse. I offered tomorrow
8:15 and she took it but she doesn't drive... I gave her the Ride Assist number. Just so you know
he's on the schedule before your first surgery pt.

N.
""", enc='8bit')))

add('phi', 'phi-names', 'Vukovich', M(
    'Greg Tolliver RN CWOCN <gtolliver@woundcenter-harmony.org>',
    'Sandra Ebert <sebert@woundcenter-harmony.org>',
    'Fri, 04 Dec 2026 08:41:02 -0500', "Re: Mr. V's heel",
    '<20261204084102.GT@woundcenter-harmony.org>',
    T("""Sandy, measured Mr. V this morning: 2.1 x 1.4 x 0.3, down from 2.6 x 1.9 last week. Less slough.
Staying with the collagen + foam, twice weekly. The home health nurse (Bayada, Charlene) hasn't
been offloading him with the boot, per his wife, so I called them. If it's not under 2 cm by the
18th I think Dr. Sethi will want him back in for the HBO consult.

For the chart: Vukovich, Milan, seen 12/4.

> How's Mr. V doing? His wife left me a message about the dressing supplies.
""", enc='qp')))

add('phi', 'phi-names', 'Quintero', M(
    'Jordan Blaylock PT, DPT <jblaylock@motionworksrehab.com>', 'Aimee Fontaine <afontaine@motionworksrehab.com>',
    'Wed, 02 Dec 2026 19:48:20 -0800', 'covering my people next wk',
    '<CAPmw-4412@motionworksrehab.com>',
    T("""Hey Aimee, thanks again for covering while I'm out. Quick notes:

Marisol Quintero (Tu/Th 7am) is doing stairs reciprocal now, push her on the step-downs, she gets
lazy on the left. Her surgeon wants a progress note by the 15th so if you can do the remeasure
Thursday that'd be great.

The Beltran kid (Sat) - just keep him on the return-to-sport progression, mom will ask about
soccer, answer is not yet.

Mr. Halvorsen cancelled through the holidays so you're off the hook there.

J
""", enc='8bit')))

add('phi', 'phi-names', 'Whitfield', M(
    'CDI Specialist - Yvonne Kaplan <ykaplan@greenbriarhealth.org>',
    'Dr. Martin Osei <mosei@greenbriarhealth.org>',
    'Tue, 01 Dec 2026 10:05:55 -0500', 'Query: clarification needed - Whitfield, Gordon',
    '<CDI-Q-88120@greenbriarhealth.org>',
    ALT("""Dr. Osei,

Whitfield, Gordon (Acct 40028817, adm 11/24, disch 11/29)

Your progress notes 11/25-11/27 document "AKI" and creatinine rose from 0.9 to 2.4, and the discharge
summary lists "renal insufficiency". Please clarify in an addendum which best reflects the
condition you were treating:

  - Acute kidney injury
  - Acute tubular necrosis
  - Chronic kidney disease, stage ___
  - Other ________
  - Unable to determine

This query is not intended to lead you to any particular response. Please respond in the
EHR query inbox within 48 hours.

Yvonne Kaplan, RN, CCDS
Clinical Documentation Integrity
""", """<html><body style="font-family:Calibri;font-size:11pt">
<p>Dr. Osei,</p>
<p><b>Whitfield, Gordon</b> (Acct 40028817, adm 11/24, disch 11/29)</p>
<p>Your progress notes 11/25-11/27 document &quot;AKI&quot; and creatinine rose from 0.9 to 2.4, and the discharge summary lists &quot;renal insufficiency&quot;. Please clarify in an addendum which best reflects the condition you were treating:</p>
<ul><li>Acute kidney injury</li><li>Acute tubular necrosis</li><li>Chronic kidney disease, stage ___</li><li>Other ________</li><li>Unable to determine</li></ul>
<p><i>This query is not intended to lead you to any particular response.</i> Please respond in the EHR query inbox within 48 hours.</p>
<p>Yvonne Kaplan, RN, CCDS<br>Clinical Documentation Integrity</p></body></html>""", enc='qp')))
# ======================= phi-self =======================
add('phi', 'phi-self', 'Kowalczyk', M(
    'edna kowalczyk <ednakowal1939@att.net>', 'info@clearviewEyeAssoc.com',
    'Sun, 29 Nov 2026 20:14:37 -0500', 'QUESTION ABOUT MY DROPS',
    '<000601db42aa$01c0f2e0$0543d8a0$@att.net>',
    T("""Dear Doctor Bhatt's office,

This is Edna Kowalczyk. I had my left eye done on the 20th and you gave me three bottles of drops,
the one with the pink cap and the one with the grey cap and the white one. The paper says four
times a day for the pink one but the pharmacy label says twice a day. Which one is right? I have
been doing four. I do not want to do it wrong.

Also my next appointment card says December 9 but I have my hair appointment that day, could I
come the 10th instead. My phone is 440-237-9916, I am home all day except Tuesday.

Thank you very much,
Edna Kowalczyk
""", cs='iso-8859-1', enc='qp')))

add('phi', 'phi-self', 'Sorensen-Lee', M(
    'Kristin Sorensen-Lee <kristinsl@gmail.com>', 'MyChart Support <portalhelp@westvalleyurgentcare.com>',
    'Wed, 02 Dec 2026 21:33:09 -0800', 'proxy access for my son (15)',
    '<CAKs7v+Q2nLp@mail.gmail.com>',
    T("""Hi, my son Ethan Sorensen-Lee (DOB 06/02/2011) was seen at your Oakridge location Saturday for his
wrist and they did an x-ray. The doctor said someone would call with the final read from the
radiologist but nobody has. I tried to log into his portal but it says I need "adolescent proxy
access" and he has to approve it?? He's 15. I'm his mother and I'm the one paying the bill.

Can you please either give me access or just call me with the result. 503-880-1442.

Kristin
""", enc='8bit')))

add('phi', 'phi-self', 'Mbeki', M(
    'Thandiwe Mbeki <t.mbeki.home@outlook.com>', 'Harbor Dialysis Unit 3 <unit3@harbordialysis.com>',
    'Fri, 04 Dec 2026 18:02:50 -0500', 'My father missed treatment today - transport never came',
    '<DM6PR18MB3401E2F@DM6PR18MB3401.namprd18.prod.outlook.com>',
    T("""To whoever is in charge,

My father Joseph Mbeki is supposed to be at your unit Monday Wednesday Friday at 6am. For the second
time in two weeks the van did not come this morning. He sat by the door in his coat from 5:15 until
7:30. Nobody called. I was at work and found out at lunch. He is 81 and he cannot miss his dialysis,
you know this better than me.

I want to know: 1) can he come tomorrow (Saturday) to make up the treatment 2) who do I complain
to about the van company 3) why did your unit not call the house when he did not show up.

I am his healthcare proxy. My number is 917-442-0863.

Thandiwe Mbeki
""", enc='qp')))

add('phi', 'phi-self', 'Bondar', M(
    'Oleksandr Bondar <bondar.oleks@ukr.net>', 'billing@quickcareexpress.com',
    'Thu, 03 Dec 2026 09:11:26 -0700', 'About bill from urgent care visit',
    '<1701619886.552103.bondar@ukr.net>',
    T("""Hello,

My name is Oleksandr Bondar, I was in your urgent care on Power Road in October 14 because of my
ear was very pain and the doctor give me antibiotic and drops. Now I receive a bill 285 dollars
but I was showing my insurance card (Blue Cross, I am on my wife plan) at the desk. I think the
insurance was not send? Please can you send again to insurance. My date of birth is 11.02.1987
maybe it is written wrong, in Ukraine we write day first.

Thank you for understanding,
Oleksandr
""", enc='8bit')))

add('phi', 'phi-self', 'Williams', M(
    'Tasha W <tashaw8812@icloud.com>', 'frontdesk@motionworksrehab.com',
    'Sat, 05 Dec 2026 06:58:02 -0800', '(no subject)',
    '<E4F9C2A1-0B77-4E11-9D3C-22AA5E8F1C0D@icloud.com>',
    T("""hi this is tasha williams i cant make my PT monday 10am my daughters sick. can i do wed? also the
exercises with the band are making my shoulder worse not better idk if im doing them right

Sent from my iPhone
""", enc='8bit')))

add('phi', 'phi-self', 'Delgado', M(
    '"Riverside Health Patient Portal" <no-reply@myriversidehealth.org>',
    'OB/GYN Clinic Pool <obgyn.pool@riversidehealth.org>',
    'Tue, 01 Dec 2026 23:40:15 -0500', 'New patient message: Question about my glucose test',
    '<portal.msg.7781102@myriversidehealth.org>',
    ALT("""You have a new message in the In Basket.

From: Alejandra Delgado (MRN 10293847)
Provider: Nguyen, Lauren CNM
Subject: Question about my glucose test

Message:
Hi Lauren, I did the 1 hour sugar drink test on Monday and I see the result in the app says 148
and it's red. Does that mean I have to do the 3 hour one? I'm 27 weeks. I really don't want to
drink that again lol. Also can my husband come to the next ultrasound? Thanks, Ale

Log in to reply. Do not reply to this e-mail.
""", """<html><body style="font-family:Helvetica,Arial;font-size:13px;color:#222">
<table width="600" cellpadding="8" style="border:1px solid #ccc"><tr><td style="background:#00529b;color:#fff"><b>Riverside Health</b> In Basket</td></tr>
<tr><td><p>You have a new message in the In Basket.</p>
<p><b>From:</b> Alejandra Delgado (MRN 10293847)<br><b>Provider:</b> Nguyen, Lauren CNM<br><b>Subject:</b> Question about my glucose test</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Hi Lauren, I did the 1 hour sugar drink test on Monday and I see the result in the app says 148 and it&#39;s red. Does that mean I have to do the 3 hour one? I&#39;m 27 weeks. I really don&#39;t want to drink that again lol. Also can my husband come to the next ultrasound? Thanks, Ale</blockquote>
<p style="font-size:11px;color:#777">Log in to reply. Do not reply to this e-mail.</p></td></tr></table></body></html>""")))

add('phi', 'phi-self', 'Hargrove', M(
    'Dennis Hargrove <dhargrove@hargrovelandscaping.net>', 'Patient Relations <patientrelations@stcolumba-health.org>',
    'Mon, 30 Nov 2026 11:26:44 -0500', 'Formal complaint - account 8830027154',
    '<CAM9x_Hargrove_20261130@hargrovelandscaping.net>',
    T("""I am writing to file a formal complaint and I expect a written response.

On October 2 I came to your emergency department with chest pain. I was there eleven hours. I was
told my heart was fine and sent home with a prescription for reflux. I have now received THREE
separate bills: one from the hospital ($4,812.60, account 8830027154), one from "Emergency
Physicians of Ohio" that I have never heard of, and one from a radiology group for a chest x-ray I
was told was included.

I have called your billing office four times. Each time I am told it "is being reviewed". Meanwhile
the hospital bill has been sent to collections, which is affecting my credit as a small business
owner.

I want:
- the collections referral withdrawn immediately
- an itemized bill
- an explanation of why my insurance (Medical Mutual, member ID MMO-441029983) was not billed first

Dennis R. Hargrove
1187 Fairlawn Ridge Rd, Medina OH 44256
330-722-5018
""", enc='8bit')))
# ======================= phi-lists =======================
add('phi', 'phi-lists', 'Osterhout', M(
    'Bed Management <bedmgmt@valleymed.org>',
    'House Supervisors <housesup@valleymed.org>; ED Charge <edcharge@valleymed.org>',
    'Thu, 03 Dec 2026 06:45:00 -0800', '0700 bed huddle - pending admits',
    '<bedhuddle.20261203.0700@valleymed.org>',
    T("""Morning all. Census 412/430, 9 pending admits, 6 expected discharges before noon.

PENDING ADMITS (ED unless noted)
Bay  Patient               Svc        Bed type   Notes
---  --------------------  ---------  ---------  --------------------------------
 3   Osterhout, Wendell    Hospitalist Tele      trop pending, 2nd draw 0730
 7   Nakamura, Aiko        Surgery    Med/Surg   post-op lap chole from PACU
11   Ferreira, Joao        Hospitalist Med/Surg  needs Portuguese interpreter
14   Delacroix, Marguerite Hospitalist Tele      heparin gtt
19   Bright, Shonda        OB         L&D        from triage, 36wk
H2   Lindgren, Paul        Ortho      Med/Surg   hallway bed since 2200
PACU Abdi, Hodan           Gyn        Med/Surg   post-op
DIR  transfer from Mercy   ICU        ICU        accepted by Dr. Kaur, ETA 0900
DIR  Szymanski, Teresa     Onc        Onc        direct admit from infusion

Iso needs: Ferreira - contact (hx MRSA). Lindgren - none.
5W has 2 dirty beds waiting on EVS since 0500 - Doreen please escalate.

Beth Amsel, RN
Patient Flow Coordinator
""", enc='8bit')))

infusion_html = """<html><head><style>td,th{border:1px solid #999;padding:3px 6px;font-family:Calibri;font-size:10pt}
table{border-collapse:collapse}</style></head><body>
<p style="font-family:Calibri">Chair assignments for Monday - Jolene please double check chair 4, I think it's double booked.</p>
<table>
<tr style="background:#DDEBF7"><th>Chair</th><th>Time</th><th>Patient</th><th>MRN</th><th>Regimen</th><th>Est hrs</th><th>RN</th></tr>
<tr><td>1</td><td>0800</td><td>Haddad, Samir</td><td>3390124</td><td>FOLFOX C6</td><td>4.5</td><td>Dana</td></tr>
<tr><td>2</td><td>0800</td><td>Lyle, Bernadette</td><td>3412877</td><td>Pembro</td><td>1</td><td>Dana</td></tr>
<tr><td>3</td><td>0830</td><td>Abernathy, Ruth</td><td>2988410</td><td>AC C4 - HOLD pending CBC</td><td>3</td><td>Marcus</td></tr>
<tr><td>4</td><td>0900</td><td>Greenleaf, Tobias</td><td>3501562</td><td>Iron sucrose</td><td>1</td><td>Marcus</td></tr>
<tr><td>4</td><td>0930</td><td>Ortiz-Baca, Luz</td><td>3477093</td><td>Zoledronic acid</td><td>0.5</td><td>Marcus</td></tr>
<tr><td>5</td><td>1000</td><td>Fairbanks, Lowell</td><td>2710038</td><td>Rituximab (1st dose - slow)</td><td>6</td><td>Priya</td></tr>
<tr><td>6</td><td>1100</td><td>Mwangi, Grace</td><td>3520441</td><td>Hydration + labs</td><td>2</td><td>Priya</td></tr>
</table>
<p style="font-family:Calibri">Pharmacy needs final list by 1500 today.<br>Lakeshore Cancer Institute - Infusion Center</p>
</body></html>"""
add('phi', 'phi-lists', 'Haddad', M(
    '"Infusion Schedulers" <infusion.sched@lakeshorecancer.org>',
    'Infusion RNs <infusion.rn@lakeshorecancer.org>', 'Fri, 04 Dec 2026 13:20:00 -0600',
    'Monday chairs 12/7', '<infsched.1207@lakeshorecancer.org>',
    T(infusion_html, 'html', enc='qp')))

add('phi', 'phi-lists', 'Mbeki', M(
    'Pam Sorensen <psorensen@harbordialysis.com>', 'Lisette Amaro <lamaro@harbordialysis.com>',
    'Fri, 04 Dec 2026 19:10:44 -0500', 'missed tx this week - for your transport call Monday',
    '<CAF8k2uR0x@mail.harbordialysis.com>',
    T("""Lisette - these are the missed/shortened treatments this week for Unit 3. Most are the van again.

* Joseph Mbeki - MWF 1st - missed Fri (no van). Daughter very upset, called unit at 6pm. Offered Sat 2nd shift, he's coming.
* Rosalind Petty - TTS 2nd - signed off 45 min early Tues (cramping), ran 3h15
* Hector "Tito" Villanueva - MWF 3rd - missed Wed, no call no show, reached him Thurs, says he was at his sister's
* Wanda Sheppard - TTS 1st - missed Thurs (no van)
* Dmitri Volkov - MWF 1st - late 50 min Mon (van), ran full time but pushed 2nd shift

Mbeki and Sheppard are both MediVan. That's 4 MediVan no-shows since Nov 16. Can we finally escalate
to the contract manager?

Pam
""", enc='8bit')))

add('phi', 'phi-lists', 'Ruelas', M(
    'Bonnie Szabo <bszabo@mercyridge.org>', 'Weekend Case Mgmt <cm.weekend@mercyridge.org>',
    'Fri, 04 Dec 2026 16:55:08 -0500', 'weekend handoff 4S / 5S',
    '<SJ0PR05MB7726B7C8D9@SJ0PR05MB7726.namprd05.prod.outlook.com>',
    T("""Weekend team, here's where things stand. Call me only if something blows up (cell on the board).

4 SOUTH
412 - Ruelas, Antonio - d/c home Sat w/ home health (Amedisys accepted). Needs walker delivered before he leaves - ordered from Apria, confirm.
415 - Gutierrez-Brandt, Ilse - SNF, Cedar Hollow accepted, waiting on Humana auth. Ref # in notes. If auth comes Sat she can go Sat.
420 - Pomeroy, June - hospice eval Sat AM (VITAS). Family meeting done, DNR signed.
423 - Baptiste, Wilner - no d/c plan yet, uninsured, financial counselor saw Thurs, Medicaid app started. Haitian Creole interpreter needed for any conversations.

5 SOUTH
508 - Kessler, Arlo - LTACH referral to Kindred, bed maybe Mon.
511 - Iyer, Sunita - home w/ family Sun if PT clears stairs.

Thanks all -
Bonnie
""", enc='qp')))

add('phi', 'phi-lists', 'Whitfield', M(
    'HIM Coding Queue <coding.queue@greenbriarhealth.org>',
    'Dr. Martin Osei <mosei@greenbriarhealth.org>', 'Thu, 03 Dec 2026 07:00:01 -0500',
    'Reminder: 4 open documentation queries (oldest 9 days)',
    '<him-reminder-osei-20261203@greenbriarhealth.org>',
    T("""Dr. Osei,

The following queries are open in your In Basket. Unanswered queries hold the final bill.

Acct      Patient              Disch     Query type                 Days open
--------  -------------------  --------  -------------------------  ---------
40028817  WHITFIELD, GORDON    11/29/26  Clinical validity - AKI    2
40027390  MORENO, CELESTE      11/24/26  Specificity - heart failure 9
40028102  BLACKWOOD, TERRENCE  11/26/26  POA status - pressure inj  7
40028555  LIU, HUANG           11/28/26  Conflicting documentation  5

Questions? Reply to this message or call Yvonne Kaplan x3371.
This is an automated reminder from Health Information Management.
""", enc='8bit')))

add('phi', 'phi-lists', 'Nakamura', M(
    'Transport Dispatch <transport.dispatch@valleymed.org>', 'Carlos Mendes <Carlos.Mendes@valleymed.org>',
    'Thu, 03 Dec 2026 11:15:37 -0800', 'board snapshot - we are 11 jobs behind',
    '<TD.board.1115@valleymed.org>',
    T("""Carlos, pasted from the board at 1115. Two people on lunch and Ray called out. Need help or need
to tell the floors we're at 45 min.

Job#   Req   From        To            Patient              Mode     Wait
25631  1012  ED 7        5W 512        NAKAMURA, AIKO       Stretch  63m
25634  1019  4S 412      Main lobby    RUELAS, ANTONIO      WC       56m  d/c - wife waiting
25640  1031  3N 318      Nuc Med       PETROV, ILYA         Stretch  44m  STAT
25641  1033  6N 618      CT            FEENEY, BARTHOLOMEW  Stretch  42m
25645  1040  ED 11       5W 520        FERREIRA, JOAO       Stretch  35m  contact iso
25650  1052  2E 207      Echo          GOLDBERG, RHODA      Bed      23m
25652  1058  Dialysis    3N 330        WASHINGTON, LEROY    WC       17m
...
""", enc='8bit')))

wound_csv = """Time,Patient,DOB,Provider,Visit,Notes
08:00,"Vukovich, Milan",03/14/1947,Sethi,Follow-up,L heel - measure
08:30,"Pratt, Harriet",11/02/1952,Sethi,New,ref from Dr. Abadi - venous
09:00,"Oyelaran, Femi",07/22/1968,Tolliver RN,Debridement,R plantar
09:30,"Kincaid, Bobbie Jo",01/30/1975,Sethi,HBO eval,TcPO2 ordered
10:00,"Nguyen, Van Thanh",09/09/1940,Tolliver RN,Dressing change,family brings supplies
10:30,BLOCKED,,,,
11:00,"Albright, Chester",05/17/1959,Sethi,Post-op check,skin graft day 7
"""
add('phi', 'phi-lists', 'Vukovich', M(
    'Sandra Ebert <sebert@woundcenter-harmony.org>', 'Greg Tolliver <gtolliver@woundcenter-harmony.org>',
    'Fri, 04 Dec 2026 15:12:00 -0500', "Tuesday's schedule (12/8)",
    '<CAE-we-1208@woundcenter-harmony.org>',
    T("""Greg, Tuesday's schedule is attached. Dr. Sethi's running the HBO chamber after 11 so Albright
might have to be you. Mrs. Pratt's referral packet is still missing the ABI, I've asked Dr. Abadi's office.

Sandy
""", enc='8bit'), atts=[T(wound_csv, 'csv', enc='qp', name='woundclinic_1208.csv')]))
# ======================= phi-struct =======================
add('phi', 'phi-struct', 'Ferreira', M(
    'Raj Patel <rpatel@valleymed.org>', 'Interface Team <interfaces@valleymed.org>',
    'Thu, 03 Dec 2026 11:48:12 -0800', 'ADT A01 rejected by bed board - PV1-3 format?',
    '<CA+rp=ADT77@valleymed.org>',
    T("""Bed board (TeleTracking) kicked this one back twice this morning, error "Invalid location in PV1-3".
I think it's the hallway/overflow code. Message below, copied from Corepoint:

MSH|^~\\&|EPIC|VMC|TELETRK|VMC|20261203104012||ADT^A01^ADT_A01|MSG00928371|P|2.5.1
EVN|A01|20261203104000
PID|1||5503981^^^VMC^MR||FERREIRA^JOAO^M||19560812|M|||221 Cordage Park Cir^^Plymouth^MA^02360||(508)746-2291|||||88120044712
PV1|1|I|5W^OVF-2^A^VMC||||1881726^KAUR^HARLEEN^^^MD|||MED||||1|||1881726^KAUR^HARLEEN^^^MD|IN||MCR|||||||||||||||||||||||||20261203103800
PV2|||^SOB, weakness
AL1|1|DA|^penicillin

OVF-2 isn't in their location master I bet. Can someone add it or map it to 5W-520?

Raj, Patient Flow Systems
""", enc='8bit')))

x837 = ("ISA*00*          *00*          *ZZ*LKSHRCANCER    *ZZ*CLAIMSCLRHSE   *261202*1730*^*00501*000004417*0*P*:~\n"
"GS*HC*LKSHRCANCER*CLAIMSCLRHSE*20261202*1730*4417*X*005010X222A1~\n"
"ST*837*0001*005010X222A1~\n"
"BHT*0019*00*LCI20261202A*20261202*1730*CH~\n"
"NM1*41*2*LAKESHORE CANCER INSTITUTE*****46*LCI001~\n"
"PER*IC*BILLING OFFICE*TE*3125550148~\n"
"NM1*40*2*CLAIMS CLEARINGHOUSE*****46*CCH99~\n"
"HL*1**20*1~\n"
"NM1*85*2*LAKESHORE CANCER INSTITUTE*****XX*1457392810~\n"
"N3*800 N LAKE SHORE DR~\nN4*CHICAGO*IL*60611~\nREF*EI*362281990~\n"
"HL*2*1*22*0~\nSBR*P*18*GRP44102******CI~\n"
"NM1*IL*1*HADDAD*SAMIR****MI*XQH889201774~\n"
"N3*4417 W BERTEAU AVE~\nN4*CHICAGO*IL*60641~\n"
"DMG*D8*19610419*M~\n"
"NM1*PR*2*BLUE CROSS BLUE SHIELD OF ILLINOIS*****PI*00621~\n"
"CLM*LCI3390124C6*2847.50***11:B:1*Y*A*Y*Y~\n"
"HI*ABK:C189*ABF:Z5111~\n"
"LX*1~\nSV1*HC:96413*412.00*UN*1***1~\nDTP*472*D8*20261130~\n"
"LX*2~\nSV1*HC:96415*95.00*UN*3***1~\nDTP*472*D8*20261130~\n"
"LX*3~\nSV1*HC:J9263*1890.50*UN*150***1~\nDTP*472*D8*20261130~\n"
"LX*4~\nSV1*HC:J1100*45.00*UN*12***1~\nDTP*472*D8*20261130~\n"
"SE*30*0001~\nGE*1*4417~\nIEA*1*000004417~\n")
add('phi', 'phi-struct', 'Haddad', M(
    'Lorna Fitzgerald <lfitzgerald@lakeshorecancer.org>', 'EDI Support <edisupport@claimsclearhouse.net>',
    'Wed, 02 Dec 2026 17:44:09 -0600', 'Rejected 837P - batch 4417 - loop 2300 HI',
    '<LF-837-4417@lakeshorecancer.org>',
    T("""Hello,

Batch 4417 came back on the 999 with an IK3 error on the HI segment. Only one claim in it. Attaching
the raw file. Our billing system shows the dx pointers correct - is the ABF qualifier the problem for
a secondary? Need this resubmitted before the BCBS timely filing window.

Lorna Fitzgerald
Revenue Cycle - Lakeshore Cancer Institute
""", enc='8bit'), atts=[B(x837, 'LCI_837P_4417.x12')]))

x271 = ("ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*NORTHFLDENT    *261201*0933*^*00501*100228110*0*P*:~\n"
"GS*HB*AVAILITY*NORTHFLDENT*20261201*0933*228110*X*005010X279A1~\n"
"ST*271*0001*005010X279A1~\n"
"BHT*0022*11*NFE88271*20261201*0933~\n"
"HL*1**20*1~\nNM1*PR*2*HUMANA*****PI*61101~\n"
"HL*2*1*21*1~\nNM1*1P*2*NORTHFIELD ENT AND AUDIOLOGY*****XX*1093847561~\n"
"HL*3*2*22*0~\nTRN*2*NFE88271*9NORTHFLD~\n"
"NM1*IL*1*ACHTERBERG*DESMOND*J***MI*H44820193~\n"
"N3*77 PRAIRIE VIEW LN~\nN4*WAUKEE*IA*50263~\n"
"DMG*D8*19450706*M~\n"
"DTP*346*D8*20260101~\n"
"EB*1*IND*30**MEDICARE ADVANTAGE PPO~\n"
"EB*C*IND*92**HEARING AID*23*500*****Y~\n"
"MSG*HEARING AID ALLOWANCE 1 PER EAR PER 3 YEARS, LAST USED 20230614~\n"
"EB*B*IND*92****27*45~\n"
"SE*17*0001~\nGE*1*228110~\nIEA*1*100228110~\n")
add('phi', 'phi-struct', 'Achterberg', M(
    'Tessa Lindahl <audiology@northfieldent.com>', '"Marcy Quill, AuD" <mquill@northfieldent.com>',
    'Tue, 01 Dec 2026 09:40:51 -0600', 'FW: eligibility Achterberg - does this cover the Phonaks?',
    '<NFE.tl.20261201.0940@northfieldent.com>',
    T("""Marcy, I ran eligibility again since he has Humana now not the VA. Raw response pasted below, I can't
tell if the $500 is per ear or total. Last one used 2023 so he should be ok?

---- 271 response ----
""" + x271.replace('~', '~\n').replace('\n\n', '\n'), enc='qp')))

aud_csv = """appt_id,appt_date,appt_time,patient_last,patient_first,dob,mrn,visit_type,audiologist,status,payer
A-771203,2026-12-01,08:30,Okafor,Ngozi,1958-04-11,NF0044812,Comprehensive audiogram,Quill,Arrived,Medicare
A-771204,2026-12-01,09:30,Brennan,Liam,2019-08-30,NF0061177,Peds VRA,Tanaka,Arrived,Medicaid IA
A-771205,2026-12-01,10:30,Achterberg,Desmond,1945-07-06,NF0009913,HA consult,Quill,Cancelled,Humana MA
A-771206,2026-12-01,11:00,Silversmith,Ruth,1950-01-22,NF0033905,HA check,Quill,Arrived,Self-pay
A-771207,2026-12-01,13:00,Diallo,Mamadou,1983-12-03,NF0070021,Tinnitus eval,Tanaka,No show,Wellmark
A-771208,2026-12-01,14:00,Pierce,Evangeline,1937-05-15,NF0002278,Cochlear implant mapping,Tanaka,Arrived,Medicare
"""
add('phi', 'phi-struct', 'Okafor', M(
    'Reports <reports@northfieldent.com>', 'Clinic Manager <manager@northfieldent.com>',
    'Tue, 01 Dec 2026 18:00:00 -0600', 'Scheduled report: Audiology Daily Appointment Detail',
    '<sched-rpt-221-20261201@northfieldent.com>',
    T("""Your scheduled report "Audiology Daily Appointment Detail" ran successfully.
Rows: 6
Parameters: Dept=AUD; Date=12/01/2026

This report contains protected health information. Do not forward outside the organization.
""", enc='8bit'), atts=[T(aud_csv, 'csv', enc='b64', name='AUD_daily_detail_20261201.csv')]))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-7723019",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "value": "E7723019"}],
        "name": [{"family": "Radu", "given": ["Ioana", "Maria"]}],
        "gender": "female",
        "birthDate": "1979-02-17",
        "telecom": [{"system": "phone", "value": "612-390-4471", "use": "mobile"}],
        "address": [{"line": ["3318 Bloomington Ave S"], "city": "Minneapolis", "state": "MN", "postalCode": "55407"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-tele-558120",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "VR", "display": "virtual"},
        "subject": {"reference": "Patient/pt-7723019"},
        "period": {"start": "2026-12-02T19:05:00-06:00", "end": "2026-12-02T19:18:00-06:00"},
        "reasonCode": [{"text": "burning with urination x3 days"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-99120",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/pt-7723019"},
        "medicationCodeableConcept": {"text": "nitrofurantoin monohydrate/macrocrystals 100 mg capsule"},
        "dosageInstruction": [{"text": "1 capsule by mouth twice daily for 5 days"}],
        "dispenseRequest": {"performer": {"display": "CVS Pharmacy #4412, Lake St"}}
      }
    }
  ]
}
"""
add('phi', 'phi-struct', 'Radu', M(
    'Ben Achebe <bachebe@anytimecare-telehealth.com>', 'Integration Eng <integrations@anytimecare-telehealth.com>',
    'Thu, 03 Dec 2026 10:31:18 -0600', 'eRx bundle not landing in partner EHR - sample attached',
    '<BA-fhir-0312@anytimecare-telehealth.com>',
    T("""Team, the partner (North Star Clinics) says they never received the encounter summary for last
night's visit. Our outbound log shows 201 Created. Attaching the exact bundle we posted. Could it
be they're rejecting the VR class code? Please do not paste this into Slack, it's a real pt.

Ben
""", enc='8bit'), atts=[B(fhir, 'bundle_enc-tele-558120.json', 'application', 'json')]))

ccd = """<component>
  <section>
    <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
    <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests and/or laboratory data"/>
    <title>Results</title>
    <text>
      <table border="1">
        <thead><tr><th>Test</th><th>Result</th><th>Ref range</th><th>Date</th></tr></thead>
        <tbody>
          <tr><td>Hemoglobin A1c</td><td>8.9 %</td><td>4.0-5.6</td><td>11/19/2026</td></tr>
          <tr><td>Creatinine</td><td>1.4 mg/dL</td><td>0.6-1.2</td><td>11/19/2026</td></tr>
          <tr><td>Microalbumin/creat ratio</td><td>212 mg/g</td><td>&lt;30</td><td>11/19/2026</td></tr>
        </tbody>
      </table>
    </text>
  </section>
</component>"""
add('phi', 'phi-struct', 'Thibodeaux', M(
    '"Gulf Coast Podiatry" <records@gulfcoastpodiatry.com>', 'HIM Release of Information <roi@ochsnerwest.example.org>',
    'Mon, 30 Nov 2026 14:02:27 -0600', 'CCD received w/ missing patient header - Thibodeaux, Clarence',
    '<GCP-ROI-20261130-1402@gulfcoastpodiatry.com>',
    T("""Hello,

We requested records for our new patient Clarence Thibodeaux (DOB 10/03/1949) for his diabetic foot
evaluation on 12/3. The CCD your system sent imports into our EHR with no recordTarget, so it
attaches as "Unknown patient". Only the results section comes through. Pasting what we got so you
can see. Could you resend the full document or fax the last two visit notes + labs to 337-264-9180?

""" + ccd + """

Thank you,
Monique Guidry
Medical Records, Gulf Coast Podiatry
""", enc='qp')))

lab_err = """LAB INTERFACE EXCEPTION REPORT                 Run: 12/04/2026 05:00
Interface: SUNQUEST_RESULTS_OUT -> EPIC_RES_IN              Site: MERCY RIDGE

Msg Ctrl ID     Acc#         Pt Name             MRN        Test   Error
--------------  -----------  ------------------  ---------  -----  --------------------------------
MR2612040211    26-338-0412  POMEROY, JUNE       00718823   BMP    Order not found (ORC-2)
MR2612040288    26-338-0577  KESSLER, ARLO       00820091   CBC    Provider ID 99999 not on file
MR2612040301    26-338-0590  BAPTISTE, WILNER    00834417   HIV1/2 Result held - restricted test, no consent flag
MR2612040345    26-338-0602  <blank>             00799310   TROP   PID-5 empty
MR2612040377    26-338-0631  IYER, SUNITA        00812265   PT/INR Units mismatch (sec vs INR)

5 exceptions. 1,882 messages processed.

Sample failing message (MR2612040211):
MSH|^~\\&|SUNQUEST|MRLAB|EPIC|MERCYRIDGE|20261204021133||ORU^R01|MR2612040211|P|2.3
PID|1||00718823^^^MR||POMEROY^JUNE^E||19380921|F
OBR|1|LAB7712|26-338-0412|BMP^BASIC METABOLIC PANEL|||20261204013000
OBX|1|NM|NA^Sodium||131|mmol/L|136-145|L|||F
OBX|2|NM|K^Potassium||5.6|mmol/L|3.5-5.1|H|||F
OBX|3|NM|CREAT^Creatinine||2.1|mg/dL|0.6-1.2|H|||F
"""
add('phi', 'phi-struct', 'Pomeroy', M(
    'lab-interface-monitor@mercyridge.org', 'LIS Team <lis@mercyridge.org>',
    'Fri, 04 Dec 2026 05:00:14 -0500', '[EXCEPTIONS] SUNQUEST_RESULTS_OUT 12/04 05:00',
    '<lim-20261204050014@mercyridge.org>',
    T(lab_err, enc='8bit')))

add('phi', 'phi-struct', 'Yusuf', M(
    'RightFax <rightfax@bayviewobgyn.com>', 'Referrals Inbox <referrals@bayviewobgyn.com>',
    'Wed, 02 Dec 2026 15:47:02 -0500', 'Fax received from 4104883390 (5 pages)',
    '<rf.inbound.0099182@bayviewobgyn.com>',
    T("""RightFax inbound - OCR text of page 1 follows. Full image attached in document management.

----------------------------------------------------------------------
              FAX COVER SHEET - HARBORSIDE FAMILY HEALTH CENTER
To:    Bayview OB/GYN - New OB Intake          Fax: 410-488-0021
From:  Marisol Pena, MA  for Dr. K. Ochieng    Fax: 410-488-3390
Date:  12/2/26                                  Pages (incl cover): 5

RE:   Referral - new OB
      Patient: Fadumo Yusuf      DOB: 08/14/1999
      Phone: 443-915-2208   Language: Somali (interpreter needed)
      Insurance: Priority Partners (MD Medicaid MCO) ID 811029374

Notes: +HCG in office 11/30. LMP approx 10/12. G3P2. Please schedule
first OB visit and dating US. Pt prefers female provider.

CONFIDENTIALITY: The documents accompanying this fax contain health
information that is legally privileged. If you are not the intended
recipient, notify the sender immediately and destroy the documents.
----------------------------------------------------------------------
""", enc='8bit')))

x835 = ("ISA*00*          *00*          *ZZ*MEDICAID-OH    *ZZ*QUICKCAREX     *261130*2210*^*00501*000771120*0*P*:~\n"
"GS*HP*MEDICAID-OH*QUICKCAREX*20261130*2210*771120*X*005010X221A1~\nST*835*0001~\n"
"BPR*I*212.40*C*ACH*CCP*01*041000124*DA*88120033*1311000000**01*044000037*DA*3390012*20261202~\n"
"TRN*1*EFT7711200*1311000000~\nN1*PR*OHIO DEPARTMENT OF MEDICAID~\nN1*PE*QUICKCARE EXPRESS LLC*XX*1669302847~\n"
"CLP*QC26110418*1*185.00*98.40**MC*2026334001771*11~\nNM1*QC*1*MARLOW*KEISHA****MR*103399281744~\n"
"SVC*HC:99213*145.00*82.10**1~\nDTP*472*D8*20261103~\nCAS*CO*45*62.90~\n"
"SVC*HC:87086*40.00*16.30**1~\nDTP*472*D8*20261103~\nCAS*CO*45*23.70~\n"
"CLP*QC26110522*4*165.00*0**MC*2026334001802*11~\nNM1*QC*1*ESPINOZA*RAFAEL****MR*103388127600~\n"
"SVC*HC:99214*165.00*0**1~\nDTP*472*D8*20261105~\nCAS*CO*27*165.00~\n"
"CLP*QC26111107*1*140.00*114.00**MC*2026334001855*11~\nNM1*QC*1*TRUONG*MINH****MR*103377410029~\n"
"SVC*HC:99203*140.00*114.00**1~\nDTP*472*D8*20261111~\nCAS*CO*45*26.00~\n"
"SE*24*0001~\nGE*1*771120~\nIEA*1*000771120~\n")
add('phi', 'phi-struct', 'Espinoza', M(
    'Denise Hartung <dhartung@quickcareexpress.com>', 'Rachel Boateng <rboateng@medbillpartners.com>',
    'Fri, 04 Dec 2026 12:02:40 -0700', 'Medicaid 835 11/30 - denial on Espinoza, eligibility?',
    '<DH-835-1130@quickcareexpress.com>',
    T("""Rachel,

Zipped the 835 from Ohio Medicaid (11/30 run). Espinoza's 11/5 visit denied CO-27, coverage
terminated. He showed us an active card that day - can you check eligibility history and whether
there's an MCO we should have billed instead? Marlow and Truong paid fine.

Password for the zip is not needed, it's on the internal share only, but please don't forward.

Denise
""", enc='8bit'), atts=[Z([('835_OHMCD_20261130.txt', x835)], '835_OHMCD_20261130.zip')]))
# ======================= phi-ids =======================
add('phi', 'phi-ids', '', M(
    'Marcus Bell RN <mbell@lakeshorecancer.org>', 'Infusion Schedulers <infusion.sched@lakeshorecancer.org>',
    'Fri, 04 Dec 2026 14:02:19 -0600', 'add-on Mon',
    '<CAMB-addon@lakeshorecancer.org>',
    T("""pls add MRN 3388152 to Monday, any chair after 1pm, 2 hrs. IV iron dose 2 of 2 + CBC/ferritin
before. Dr Farouk signed the order. thx
""", enc='8bit')))

add('phi', 'phi-ids', '', M(
    'Prior Auth Team <priorauth@motionworksrehab.com>', 'Aimee Fontaine <afontaine@motionworksrehab.com>',
    'Tue, 01 Dec 2026 16:28:45 -0800', 'auth approved',
    '<PA-MW-55012@motionworksrehab.com>',
    T("""Aimee -
Member ID W81220449-01 / Aetna
Ref # 1A26335-88120
Approved: 12 visits PT (97110, 97140, 97530) 12/1/26 - 2/28/27
Visits used to date: 0

Remaining 3 pending visits on the eval can be scheduled now.
- Kiana, PA team
""", enc='8bit')))

add('phi', 'phi-ids', '', M(
    'Claims Follow-Up <cfu@bayviewobgyn.com>', 'Billing Manager <billingmgr@bayviewobgyn.com>',
    'Thu, 03 Dec 2026 10:10:10 -0500', 'Claim 2026321008841 - denied CO-197',
    '<CFU-2026321008841@bayviewobgyn.com>',
    T("""Acct 5519302 / DOB 02/27/1994 / UHC member 924117058
DOS 11/09/26, 76805 + 76817 - denied CO-197 (precert absent).
Auth was obtained by phone 11/6, ref UHC-77128830, rep name Devon. Appealing with call log.
Can you sign the appeal letter today? Filing limit is 12/9.
""", enc='8bit')))

add('phi', 'phi-ids', '', M(
    'Unit 3 Charge <unit3@harbordialysis.com>', 'Dr. Renata Ilves <rilves@harbordialysis.com>',
    'Wed, 02 Dec 2026 08:50:33 -0500', 'chair 7 1st shift',
    '<U3-chair7-1202@harbordialysis.com>',
    T("""Dr Ilves - pt #HD-20417 (chair 7, 1st shift) pre-wt 4.1 kg over EDW today, BP 188/96, c/o SOB
lying flat overnight. K this AM 6.2. Running UF 1.2/hr, want to extend to 4.5 hrs? Please call
the unit.
""", enc='8bit')))

add('phi', 'phi-ids', '', M(
    'HIM Release of Information <roi@greenbriarhealth.org>', 'ROI Team <roi.team@greenbriarhealth.org>',
    'Mon, 30 Nov 2026 13:40:00 -0500', 'walk-in request - verify identity',
    '<ROI-walkin-1130@greenbriarhealth.org>',
    T("""Walk-in at the window, says she's the patient. Gave DOB 7/14/1944 and last 4 SSN 3318. Wants copy
of her colonoscopy report + path from 2024 (MRN 00611948 per her old card). Photo ID was expired.
Can we release with the expired ID + the 2 identifiers or does she need to come back?
""", enc='8bit')))

add('phi', 'phi-ids', '', M(
    '"AnytimeCare Clinical Ops" <clinops@anytimecare-telehealth.com>', 'Dr. Priya Nair <pnair@anytimecare-telehealth.com>',
    'Fri, 04 Dec 2026 17:25:51 -0600', 'Encounter 9918273 - needs addendum',
    '<ops-9918273@anytimecare-telehealth.com>',
    T("""Dr. Nair,

Encounter 9918273 (MRN E2284410, 12/03 6:40pm CT) closed without a disposition. The patient's
pharmacy called; the sertraline 50 mg Rx you discussed was never transmitted. Please addend and
resend eRx or let us know if it was intentionally held.

Thanks,
Clinical Operations
""", enc='qp')))

add('phi', 'phi-ids', '', M(
    'Eastgate Scheduling <scheduling@eastgatemedical.org>', 'OB Ultrasound <obus@eastgatemedical.org>',
    'Wed, 02 Dec 2026 11:07:29 -0800', 'RE: 12/4 0930 slot',
    '<EG-sched-88122@eastgatemedical.org>',
    T("""Yes that's her - MRN 7730195, DOB 04/09/1991. Growth scan Fri 12/4 0930 confirmed, interpreter is
booked for the MD visit after. 

> Is the 0930 anatomy/growth add-on the same pt as the 10:40 Lindqvist visit? Need the MRN.
""", enc='8bit')))
# ======================= phi-lang =======================
add('phi', 'phi-lang', 'Rivas Solano', M(
    'Yesenia Solano <yesesolano86@hotmail.com>', 'Citas <citas@westvalleyurgentcare.com>',
    'Wed, 02 Dec 2026 19:22:05 -0800', 'mi hijo Mateo - resultados y otra cita',
    '<BN8PR07MB6994F1@BN8PR07MB6994.namprd07.prod.outlook.com>',
    T("""Buenas tardes,

Soy la mamá de Mateo Rivas Solano (fecha de nacimiento 14/05/2016). Lo llevamos a su clínica de
urgencias en Oakridge el domingo en la noche porque no podía respirar bien y le dieron tres
nebulizaciones y una medicina de tomar por 5 días (prednisolona). La doctora dijo que tiene que
ver a su pediatra en 2 o 3 días pero nuestro pediatra no tiene citas hasta el 18.

¿Puede verlo otra vez un doctor de ustedes el viernes? Todavía tose mucho en la noche. También
necesito una carta para la escuela porque faltó lunes y martes.

Mi teléfono es 503-771-2084. Gracias y disculpe mi inglés no es bueno, por eso escribo en español.

Yesenia Solano
""", cs='iso-8859-1', enc='qp')))

add('phi', 'phi-lang', 'Nguyễn', M(
    'Tuan Nguyen <tuan.nguyen.hou@yahoo.com>', 'Unit 3 <unit3@harbordialysis.com>',
    'Thu, 03 Dec 2026 20:47:13 -0500', 'Xin chuyển chạy thận tạm thời cho ba tôi',
    '<1733276833.229104@yahoo.com>',
    T("""Chào chị Pam,

Tôi là con trai của ông Nguyễn Văn Bảy (sinh ngày 02/01/1950). Ba tôi chạy thận ở trung tâm vào thứ
Ba, thứ Năm, thứ Bảy, ca sáng. Gia đình tôi sẽ đi Houston dự đám cưới từ ngày 15 đến 21 tháng 12.
Xin chị giúp làm giấy tờ để ba tôi được chạy thận tạm thời (transient) ở Houston trong thời gian đó.
Chúng tôi sẽ ở gần Bellaire, khu Chinatown.

Ba tôi có bảo hiểm Medicare và Medicaid. Nếu cần chữ ký thì tôi mang ba tôi tới thứ Bảy này.

Cám ơn chị nhiều.
Tuấn - 713-442-9087
""", enc='b64')))

add('phi', 'phi-lang', 'Chen', M(
    'Lily Chen <lilychen.ny@163.com>', 'info@clearviewEyeAssoc.com',
    'Mon, 30 Nov 2026 07:05:44 -0500', 'Chen Jianguo 眼睛手术后问题 - 请回电',
    '<6a1f.3e82.19c0@163.com>',
    T("""您好，

我是陈建国（Chen Jianguo）的女儿。我父亲上周五（11月27日）在你们 Elm Street 诊所由 Bhatt 医生做了右眼手术。
今天早上他说右眼很红，有点痛，看东西比昨天更模糊。眼药水他一直在按时用。

请问需要今天马上回来复查吗？他不会说英文，我可以陪他去当翻译。
他的出生日期是 1948年3月2日。

我的电话：718-936-2250

谢谢！
陈莉
""", enc='b64')))

add('phi', 'phi-lang', 'Jean-Baptiste', M(
    'roseline jb <roselinejb2@gmail.com>', 'OB Clinic <obclinic@eastgatemedical.org>',
    'Fri, 04 Dec 2026 07:40:09 -0800', 'randevou jedi',
    '<CAJbR0s+LnE@mail.gmail.com>',
    T("""Bonjou,

Mwen se Roseline Jean-Baptiste. Mwen gen randevou swivi gwosès mwen jedi 10 desanm a 9è avèk
Dr. Lindqvist. Mwen pa ka vini paske pitit mwen an malad e mwen pa gen moun pou gade l. Èske mwen
ka chanje pou lòt semèn? Mwen gen 30 semèn kounye a. Tou, mwen te fè tès sik la epi yo di m rele
pou rezilta a men pèsonn pa reponn.

Mèsi anpil
Roseline
Voye depi telefòn mwen
""", enc='8bit')))

add('phi', 'phi-lang', 'Moura', M(
    'Conceição Moura <cmoura1955@terra.com.br>', 'Wound Center <info@woundcenter-harmony.org>',
    'Sat, 05 Dec 2026 09:14:27 -0500', 'Curativo do meu marido - urgente',
    '<000901db4700$7a6c1f20$6f445d60$@terra.com.br>',
    T("""Bom dia,

Sou a esposa do senhor Sebastião Moura, ele é paciente do Dr. Sethi às terças-feiras. O curativo da
perna esquerda dele está vazando muito desde ontem à noite, já troquei a gaze duas vezes e está
molhado de novo, com cheiro forte. A enfermeira que vem em casa só vem na segunda.

Ele está com um pouco de febre hoje (37,9). Devo levar ao pronto-socorro ou podem atendê-lo hoje?
Meu telefone é 508-993-1176. Meu filho fala inglês, pode ligar para ele também: 508-441-0320.

Obrigada,
Conceição
""", cs='windows-1252', enc='qp')))

add('phi', 'phi-lang', 'Соколова', M(
    'Galina Sokolova <g.sokolova44@mail.ru>', 'Audiology <audiology@northfieldent.com>',
    'Thu, 03 Dec 2026 12:31:50 +0300', 'Слуховой аппарат свистит',
    '<1733218310.771002.sokolova@mail.ru>',
    T("""Здравствуйте!

Меня зовут Соколова Галина Петровна, мне 78 лет. В ноябре мне подобрали два слуховых аппарата у
доктора Квилл (Marcy Quill). Левый аппарат всё время свистит, особенно когда я разговариваю по
телефону, а в правом слишком громко на улице. Сейчас я у дочери в Москве до 20 декабря.

Можно ли записаться на настройку на 22 или 23 декабря? Дочь поможет с английским по телефону.
Мой номер в Америке: 515-288-6630.

С уважением,
Галина Соколова
""", cs='utf-8', enc='b64')))

add('phi', 'phi-lang', 'Dela Rosa', M(
    'Maricel Santos RN <msantos@valleymed.org>', 'Joy Villareal RN <jvillareal@valleymed.org>',
    'Thu, 03 Dec 2026 15:52:18 -0800', 'si Lolo sa 512',
    '<CAMs-taglish-512@valleymed.org>',
    T("""Ate Joy,

Paki-check mo naman si Lolo Ambrosio (Dela Rosa) sa 512 pag pasok mo. Ayaw niyang kumain since
lunch kahapon, and his BP is running 90s/50s this afternoon. Na-page ko na si Dr. Kaur, she ordered
a 500 bolus pero hindi pa na-hang kasi wala pang pump. Yung anak niya, si Ramon, tatawag daw ng 7pm,
gusto niya ng update. Medyo confused din siya kanina, kept asking for his wife (deceased na daw).

Salamat, ingat sa drive!
Cel
""", enc='8bit')))
# ======================= clean-staff =======================
add('clean', 'clean-staff', '', M(
    'Beth Amsel <bamsel@valleymed.org>', 'House Supervisors <housesup@valleymed.org>',
    'Thu, 03 Dec 2026 19:05:40 -0800', 'evening capacity - we are red',
    '<bedhuddle.20261203.1900@valleymed.org>',
    T("""Going red for tonight. Numbers at 1900:

Census 426/430
ED: 61 pts, 14 admitted holds (6 tele, 5 med/surg, 2 ICU, 1 peds)
Longest hold 19h
PACU holding 3 overnight
Expected dc's tonight: 2 (maybe)
Dirty beds: 4 (EVS short 2 techs)

I've asked Dr. Kaur to run the hospitalist list for anyone who can go tonight with a ride. 5W is
opening the 4 flex beds at 2100 if we get a float RN - Doreen working on it. Diversion request goes
to the AOC at 2000 if nothing changes.

Beth
""", enc='8bit')))

add('clean', 'clean-staff', '', M(
    'Ray Dominguez <rdominguez@valleymed.org>', 'Carlos Mendes <Carlos.Mendes@valleymed.org>',
    'Fri, 04 Dec 2026 06:02:17 -0800', 'sorry about yesterday + sat swap?',
    '<CARD-swap-1204@valleymed.org>',
    T("""Carlos sorry for calling out yesterday, car wouldn't start and the bus from my side takes 2 hrs.
It's fixed now.

Any chance I can swap my Sat 7-3 with Keon's Sun 7-3? He said ok if you ok it. Also the stretcher
#14 wheel is still pulling left, I tagged it for Biomed again.

Ray
""", enc='8bit')))

ic_html = """<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi managers,</p>
<p>November hand hygiene observations are in. Thank you to the secret shoppers. Units under 85% will get a huddle visit from IP next week.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><th>Unit</th><th>Observations</th><th>Compliant</th><th>Rate</th><th>Oct</th></tr>
<tr><td>3 Peds</td><td>142</td><td>131</td><td>92%</td><td>90%</td></tr>
<tr><td>4 ICU</td><td>118</td><td>96</td><td>81%</td><td>88%</td></tr>
<tr><td>5 West</td><td>160</td><td>139</td><td>87%</td><td>84%</td></tr>
<tr><td>6 North</td><td>133</td><td>107</td><td>80%</td><td>82%</td></tr>
<tr><td>ED</td><td>205</td><td>164</td><td>80%</td><td>79%</td></tr>
<tr><td>Dialysis (outpt)</td><td>64</td><td>62</td><td>97%</td><td>95%</td></tr>
</table>
<p>Also: 4 ICU had 1 CLABSI in November (first since July). Case review is scheduled with the unit; please don't speculate about the case on the unit email list.</p>
<p>Anh Pham, MPH, CIC<br>Infection Prevention</p></body></html>"""
add('clean', 'clean-staff', '', M(
    'Infection Prevention <infectionprevention@childrensbayside.org>', 'Nurse Managers <nursemanagers@childrensbayside.org>',
    'Wed, 02 Dec 2026 08:30:00 -0500', 'November hand hygiene results',
    '<IP.HH.2026-11@childrensbayside.org>', T(ic_html, 'html', enc='qp')))

add('clean', 'clean-staff', '', M(
    'Marco Ferrante <interpreters@eastgatemedical.org>', 'Interpreter Team <interp.team@eastgatemedical.org>',
    'Mon, 30 Nov 2026 07:50:11 -0800', 'week of 11/30 - coverage + carts',
    '<LS-team-1130@eastgatemedical.org>',
    T("""Hi team,

- Huong is out Wed-Fri, so Vietnamese requests after Tuesday go to the vendor line (code 4471). If a
  clinic pushes back for in-person, loop me in.
- Farah covering Arabic + Somali in ED 7a-3p all week.
- VRI carts on 3N and 5W were found dead twice last week. Please plug them in when you leave a room.
- Spanish team: Dr. Lindqvist's OB clinic asked for a standing Friday AM interpreter. I said yes
  starting 12/11, Lucia will take it.

Holiday party sign-up sheet is on the door. Bring a dish, not a store cake, Renata.

Marco
""", enc='8bit')))

add('clean', 'clean-staff', '', M(
    'Unit 3 Tech Lead <tech.unit3@harbordialysis.com>', 'Pam Sorensen <psorensen@harbordialysis.com>',
    'Tue, 01 Dec 2026 05:12:44 -0500', 'water room AM check + machine 14',
    '<U3-water-1201@harbordialysis.com>',
    T("""Morning checks done before first shift:
Total chlorine post-carbon tank 1: <0.1 ppm  (ok)
Total chlorine post-carbon tank 2: <0.1 ppm  (ok)
RO product conductivity 8 uS/cm, rejection 98.6%
Hardness post-softener 0 gpg
Loop temp 21 C

Machine 14 failed its PHT again (conductivity alarm). Pulled from floor, tagged, Fresenius ticket
#FMS-882104. That leaves us one machine short for 1st shift, I moved chair 14 to the backup 2008T.

Darnell
""", enc='8bit')))

add('clean', 'clean-staff', '', M(
    'Jen Oduya <jen.oduya@quickcareexpress.com>', 'QuickCare Leads <leads@quickcareexpress.com>',
    'Sun, 29 Nov 2026 20:41:03 -0700', 'Power Rd tonight - strep kits + wait',
    '<72B1F0C3-4A22-4E6C-9B3F-0DDE2A3B5C1F@quickcareexpress.com>',
    T("""Power Rd update: 118 visits today, avg door-to-provider 74 min at peak. We went through 41 rapid strep
and 36 flu/covid combo kits, down to one box of strep. Baseline location is sending 2 boxes with the
courier tomorrow at 9. If anyone has spares at Gilbert please hold them.

Also the x-ray tech left at 6 so we sent 3 people to the ED for films. We need a 2nd tech on
Sunday evenings through flu season, I'll bring it up at ops Tuesday.

Sent from my iPhone
""", enc='8bit')))

add('clean', 'clean-staff', '', M(
    'Yvonne Kaplan <ykaplan@greenbriarhealth.org>', 'CDI & Coding Team <cdi.coding@greenbriarhealth.org>',
    'Fri, 04 Dec 2026 15:15:22 -0500', 'Friday wrap + query response rates',
    '<CDI-wrap-1204@greenbriarhealth.org>',
    T("""Happy Friday all.

November numbers: 612 queries sent, 89% response rate, 74% agree rate. Median response time went
from 2.8 days to 2.1. Hospitalists are best (96%), surgery still slowest - I'm presenting to their
section meeting on the 15th.

Reminder that the FY2027 code set changes from October still trip us up: the new sepsis-associated
codes and the expanded pressure injury staging. If you're unsure, post in the channel, don't guess.

Bagels Monday on me. Kwame, your turn for the coffee order.

Yvonne
""", enc='8bit')))
# ======================= clean-admin =======================
policy_txt = """GREENBRIAR HEALTH SYSTEM
POLICY HIM-014  Physician Documentation Query Process
Effective: 01/01/2027   Supersedes: 03/15/2024   Owner: Director, HIM

1. PURPOSE
To describe a compliant process for clarifying conflicting, incomplete or ambiguous
provider documentation in the health record.

2. SCOPE
All CDI specialists, coding professionals and providers with documentation privileges.

3. POLICY
3.1 Queries shall be non-leading and shall include the clinical indicators from the record
    that support the need for clarification.
3.2 Multiple-choice queries shall include "other" and "unable to determine" options.
3.3 Queries shall not indicate the financial impact of a response.
3.4 Providers shall respond within 48 hours (inpatient) or 7 days (retrospective).
3.5 Escalation: unanswered after 7 days -> Physician Advisor; after 14 days -> CMO.
3.6 Queries are retained as part of the business record, not the legal medical record.

4. REFERENCES
AHIMA/ACDIS Guidelines for Achieving a Compliant Query Practice (2022 update).
"""
add('clean', 'clean-admin', '', M(
    'HIM Director <him.director@greenbriarhealth.org>', 'All Medical Staff <medstaff@greenbriarhealth.org>',
    'Tue, 01 Dec 2026 12:00:00 -0500', 'Revised policy HIM-014 (documentation queries) - effective 1/1',
    '<policy-HIM-014-rev@greenbriarhealth.org>',
    ALT("""Colleagues,

Attached is the revised HIM-014. Main changes: the escalation path (section 3.5) and the
retrospective response window. Please review before the January medical staff meeting.

Patricia Oyelowo, MHA, RHIA
Director, Health Information Management
""", """<html><body style="font-family:Georgia;font-size:11pt"><p>Colleagues,</p>
<p>Attached is the revised <b>HIM-014</b>. Main changes: the escalation path (section 3.5) and the retrospective response window. Please review before the January medical staff meeting.</p>
<p>Patricia Oyelowo, MHA, RHIA<br>Director, Health Information Management</p></body></html>"""),
    atts=[T(policy_txt, enc='qp', name='HIM-014_rev2027.txt')]))

add('clean', 'clean-admin', '', M(
    'IT Service Desk <servicedesk@stcolumba-health.org>', 'All Users <allusers@stcolumba-health.org>',
    'Wed, 02 Dec 2026 10:00:00 -0500', 'PLANNED DOWNTIME: Epic upgrade Sun 12/13 0100-0500',
    '<chg-CHG0048812@stcolumba-health.org>',
    ALT("""PLANNED DOWNTIME - Change CHG0048812

What: Epic November 2026 upgrade
When: Sunday 12/13, 0100-0500 (read-only from 0030)
Impact: No order entry, no results viewing in Epic. BCA (downtime) PCs will have reports as of 0030.

What you need to do:
- Units: print your BCA census/MAR at 0030 per downtime policy IT-210.
- Lab/Rad: results will be phoned for critical values and paper-reported.
- Pharmacy: verify from paper orders; back-enter after recovery.
- Patient Transport and Bed Management will work from the paper board.

Questions: x4-HELP
""", """<html><body><table width="640" style="font-family:Arial;font-size:10pt;border:2px solid #C00000">
<tr><td style="background:#C00000;color:white;font-size:14pt"><b>PLANNED DOWNTIME</b> &mdash; CHG0048812</td></tr>
<tr><td><p><b>What:</b> Epic November 2026 upgrade<br><b>When:</b> Sunday 12/13, 0100-0500 (read-only from 0030)<br><b>Impact:</b> No order entry, no results viewing in Epic. BCA (downtime) PCs will have reports as of 0030.</p>
<ul><li>Units: print your BCA census/MAR at 0030 per downtime policy IT-210.</li><li>Lab/Rad: results will be phoned for critical values and paper-reported.</li><li>Pharmacy: verify from paper orders; back-enter after recovery.</li><li>Patient Transport and Bed Management will work from the paper board.</li></ul>
<p>Questions: x4-HELP</p></td></tr></table></body></html>""")))

add('clean', 'clean-admin', '', M(
    'Benefits Team <benefits@lakeshorecancer.org>', 'All Employees <allstaff@lakeshorecancer.org>',
    'Mon, 30 Nov 2026 09:00:00 -0600', 'Last week for Open Enrollment - plan changes for 2027',
    '<OE2027-final@lakeshorecancer.org>',
    T("""Open Enrollment closes Friday 12/4 at 5 pm.

What's changing for 2027:
- PPO Plus: deductible stays $750 / $1,500; out-of-pocket max rises to $4,200 individual.
- HDHP + HSA: employer HSA seed increases to $1,000 (individual) / $2,000 (family).
- New: virtual PT and hearing aid benefit ($1,500 every 3 years) on both plans.
- Dependent eligibility audit: if you add a spouse or child you'll be asked for documents in January.

If you do nothing, your 2026 medical election rolls over but your FSA does NOT.

Benefits office hours this week: Tue/Thu 11-1, cafeteria conference room B.
""", enc='8bit')))

dash = """<html><head><style>
body{font-family:Segoe UI,Arial;font-size:10pt} th{background:#1F4E79;color:#fff;padding:4px}
td{padding:4px;border-bottom:1px solid #ddd;text-align:right} td.l{text-align:left}
.red{background:#F8CBAD}.grn{background:#C6EFCE}</style></head><body>
<h3>Quality Scorecard - October 2026 (final)</h3>
<table cellspacing="0">
<tr><th>Measure</th><th>Target</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th></tr>
<tr><td class="l">Falls with injury / 1,000 pt days</td><td>0.40</td><td>0.38</td><td>0.51</td><td>0.44</td><td class="red">0.57</td></tr>
<tr><td class="l">CAUTI SIR</td><td>0.80</td><td>0.62</td><td>0.71</td><td>0.90</td><td class="grn">0.55</td></tr>
<tr><td class="l">CLABSI SIR</td><td>0.75</td><td>0.00</td><td>0.48</td><td>0.00</td><td class="grn">0.00</td></tr>
<tr><td class="l">HAPI stage 3+ (count)</td><td>0</td><td>1</td><td>0</td><td>2</td><td class="red">1</td></tr>
<tr><td class="l">30-day readmission, all cause</td><td>14.0%</td><td>14.8%</td><td>13.9%</td><td>15.2%</td><td class="red">14.6%</td></tr>
<tr><td class="l">Sepsis bundle SEP-1 compliance</td><td>70%</td><td>66%</td><td>72%</td><td>69%</td><td class="grn">74%</td></tr>
<tr><td class="l">ED LWBS</td><td>2.0%</td><td>3.1%</td><td>2.7%</td><td>2.4%</td><td class="red">2.9%</td></tr>
<tr><td class="l">Discharge before noon</td><td>30%</td><td>21%</td><td>24%</td><td>22%</td><td class="red">23%</td></tr>
</table>
<p>Data source: Epic Clarity, NHSN. Patient-level detail is available to unit leaders in the Quality SharePoint (restricted).</p>
<p>Quality &amp; Patient Safety | St. Agnes Regional</p></body></html>"""
add('clean', 'clean-admin', '', M(
    'Quality & Patient Safety <qps@stagnesregional.org>', 'Leadership <leaders@stagnesregional.org>',
    'Thu, 03 Dec 2026 07:30:00 -0500', 'October Quality Scorecard',
    '<qps.scorecard.2026-10@stagnesregional.org>', T(dash, 'html', enc='qp')))

add('clean', 'clean-admin', '', M(
    '"MediVan Transport - Accounts" <ar@medivan-transport.com>', 'Accounts Payable <ap@harbordialysis.com>',
    'Tue, 01 Dec 2026 08:14:00 -0500', 'Invoice MV-2026-11-0381 (November services)',
    '<inv.MV-2026-11-0381@medivan-transport.com>',
    T("""Harbor Dialysis Centers - Accounts Payable

Please find below summary for invoice MV-2026-11-0381, service period 11/01/2026-11/30/2026.

Ambulatory round trips ........ 1,104 @ $38.00 = $41,952.00
Wheelchair round trips ........   212 @ $61.00 = $12,932.00
Stretcher trips ...............     9 @ $145.00 = $1,305.00
Late-cancel fees ..............    17 @ $15.00 =    $255.00
                                        TOTAL   $56,444.00

Terms Net 30. Remit to MediVan Transport LLC, PO Box 4412, Quincy MA 02169.
Trip-level detail is available in the client portal.

Re: your service complaint of 11/20 - our operations manager will contact your contract lead.
""", enc='8bit')))

add('clean', 'clean-admin', '', M(
    'Patient Safety Committee <psc@mercyridge.org>', 'PSC Members <psc.members@mercyridge.org>',
    'Fri, 04 Dec 2026 16:00:00 -0500', 'Minutes - Patient Safety Committee 12/3',
    '<PSC-min-20261203@mercyridge.org>',
    T("""PATIENT SAFETY COMMITTEE - MINUTES
Date: 12/3/2026  Chair: Dr. Helen Marsh  Recorder: K. Obi

Present: Marsh, Szabo, Pham, Okafor, Reyes, Delgado, Lindqvist (guest), Kaplan
Absent: Rutherford

1. Approval of November minutes - approved.
2. Event trends: 47 events reported in November (up from 39). Falls 12, medication 15,
   lab specimen labeling 8, other 12. Two events met serious safety event criteria;
   RCAs chartered (details in the confidential packet, not in these minutes).
3. Bed alarm audit: 5 of 20 high-fall-risk rooms audited had alarms off. Action: Nursing
   practice council to review alarm reset after toileting. Owner: Delgado. Due 1/15.
4. Interface exceptions: LIS reports ~5 result exceptions/day; restricted-test consent flag
   issue being fixed by vendor. Owner: LIS. Due 12/31.
5. Next meeting 1/7/2027.
""", enc='8bit')))

add('clean', 'clean-admin', '', M(
    'Privacy Office <privacy@valleymed.org>', 'All Workforce <workforce@valleymed.org>',
    'Wed, 02 Dec 2026 13:00:00 -0800', 'Reminder: sending patient information by e-mail',
    '<privacy-reminder-1202@valleymed.org>',
    T("""A reminder from the Privacy Office:

- Internal e-mail between @valleymed.org addresses is encrypted in transit. You still must use
  the minimum necessary: initials and room numbers on huddle lists, not full names + diagnoses.
- To send patient information outside Valley Medical, type [secure] at the start of the subject.
- Never send patient lists to personal e-mail, text, or WhatsApp groups.
- Interface and IT staff: do not paste production HL7/FHIR messages into tickets or chat. Use the
  de-identification tool or the TEST environment.

Last month we had three incidents of huddle lists sent to the wrong distribution list. Please
double check the To: line. Report misdirected e-mail to privacy@valleymed.org within 24 hours.
""", enc='8bit')))
# ======================= clean-lookalike =======================
add('clean', 'clean-lookalike', '', M(
    'Maple Grove Animal Hospital <reminders@maplegroveanimalhospital.com>', 'Karen Whitlow <kwhitlow62@gmail.com>',
    'Tue, 01 Dec 2026 08:00:00 -0600', 'Biscuit is due for his vaccines',
    '<rem.55012.biscuit@maplegroveanimalhospital.com>',
    ALT("""Hi Karen,

Our records show Biscuit (canine, Beagle mix, 9 yrs) is due for:
  - Rabies (3-year) - due 12/10/2026
  - DHPP booster - due 12/10/2026
  - Senior wellness bloodwork - recommended

His last visit was 6/14/2026 with Dr. Hollings for the ear infection recheck - glad he's doing
better! Book online or call 763-420-5511. We're open Saturdays 8-1.

Maple Grove Animal Hospital
""", """<html><body style="font-family:Verdana;font-size:12px">
<img src="https://maplegroveanimalhospital.com/img/paw.png" alt="" width="40">
<p>Hi Karen,</p><p>Our records show <b>Biscuit</b> (canine, Beagle mix, 9 yrs) is due for:</p>
<ul><li>Rabies (3-year) &ndash; due 12/10/2026</li><li>DHPP booster &ndash; due 12/10/2026</li><li>Senior wellness bloodwork &ndash; recommended</li></ul>
<p>His last visit was 6/14/2026 with Dr. Hollings for the ear infection recheck &ndash; glad he&#39;s doing better! <a href="https://maplegroveanimalhospital.com/book">Book online</a> or call 763-420-5511.</p>
<p>Maple Grove Animal Hospital</p></body></html>""")))

add('clean', 'clean-lookalike', '', M(
    'GreenBlade Lawn Care <service@greenbladelawn.com>', 'Scott Albrecht <salbrecht@comcast.net>',
    'Thu, 03 Dec 2026 15:40:22 -0500', 'Service complete: Round 6 Winterizer treatment',
    '<svc-88120-r6@greenbladelawn.com>',
    T("""Hi Scott,

Your technician Luis completed your Round 6 Winterizer treatment today at 12 Orchard Way.

Treatment notes:
- Applied slow-release fertilizer 24-0-12, 1 lb N / 1000 sq ft
- Spot treated broadleaf weeds along the driveway
- Signs of grub damage near the back fence - we recommend a preventive application in spring
- Please keep pets and children off the lawn until dry (about 2 hours)

Account #GB-88120 | Next visit: Spring Round 1 (March)
Questions? Reply or call 614-882-3300.
""", enc='8bit')))

add('clean', 'clean-lookalike', '', M(
    'Buckeye Mutual Auto Claims <claims@buckeyemutual.com>', 'Priya Raman <priya.raman@yahoo.com>',
    'Wed, 02 Dec 2026 11:18:09 -0500', 'Claim 26-AU-448120: appraisal complete',
    '<clm.26-AU-448120.appr@buckeyemutual.com>',
    T("""Dear Priya Raman,

Your claim number 26-AU-448120 (date of loss 11/21/2026, 2021 Toyota RAV4, policy BMA-3302918)
has been appraised. The estimate for repairs to the rear bumper, liftgate and rear sensor assembly
is $4,318.77. Your collision deductible is $500.

No injuries were reported on this claim. If this is incorrect, please contact your adjuster.

You may take the vehicle to any repair shop. Shops in our Direct Repair network guarantee their
work for as long as you own the vehicle.

Adjuster: Mike Tanaka, 800-441-2210 ext 3318
""", enc='8bit')))

add('clean', 'clean-lookalike', '', M(
    'First Lakes Credit Union <alerts@firstlakescu.org>', 'Anthony Ruelas <a.ruelas55@gmail.com>',
    'Fri, 04 Dec 2026 03:12:40 -0600', 'Security alert: card ending 4471',
    '<sec.alert.77120931@firstlakescu.org>',
    T("""Anthony, we noticed unusual activity on your debit card ending in 4471.

  12/04 02:51  ONLINE MERCH 8812 SINGAPORE      $  1.00
  12/04 02:53  ONLINE MERCH 8812 SINGAPORE      $649.99

Did you make these purchases? Reply YES or NO, or call the number on the back of your card.
Your card is temporarily locked. We will never ask for your PIN or full card number.

First Lakes Credit Union - Member since 2009
""", enc='8bit')))

add('clean', 'clean-lookalike', '', M(
    'CareMore Pharmacy Rewards <rewards@caremore-rx-rewards.com>', 'Dana Whitcomb <dana.whitcomb77@gmail.com>',
    'Sat, 05 Dec 2026 07:00:00 -0600', 'Dana, you have $10 in Rewards expiring 12/31',
    '<rwd.dw.20261205@caremore-rx-rewards.com>',
    ALT("""Hi Dana,

You have 2,140 points ($10.00 in Rewards) that expire 12/31. Use them on holiday gifts, cards,
snacks and beauty.

This week only: 3x points on candles, wrapping paper and toys.
Card #: ****8820

Unsubscribe | Privacy
""", """<html><body style="margin:0;font-family:Arial"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#E31837;color:#fff;padding:12px;font-size:20px"><b>CareMore</b> Rewards</td></tr>
<tr><td style="padding:14px"><p style="font-size:18px">Hi Dana,</p><p>You have <b>2,140 points ($10.00 in Rewards)</b> that expire 12/31. Use them on holiday gifts, cards, snacks and beauty.</p>
<p style="background:#FFF3CD;padding:8px">This week only: <b>3x points</b> on candles, wrapping paper and toys.</p><p style="font-size:11px;color:#888">Card #: ****8820 &nbsp;|&nbsp; <a href="#">Unsubscribe</a> | <a href="#">Privacy</a></p></td></tr></table></body></html>""")))

x856 = ("ISA*00*          *00*          *ZZ*MEDLINEIND     *ZZ*LAKESHORECI    *261203*1402*U*00401*000118822*0*P*>~\n"
"GS*SH*MEDLINEIND*LAKESHORECI*20261203*1402*118822*X*004010~\n"
"ST*856*0001~\nBSN*00*SHP7728120*20261203*1402~\n"
"HL*1**S~\nTD5**2*FDEG~\nREF*BM*7720118822~\nDTM*011*20261203~\n"
"N1*ST*LAKESHORE CANCER INSTITUTE INFUSION*92*LCI-INF~\nN3*800 N LAKE SHORE DR DOCK B~\nN4*CHICAGO*IL*60611~\n"
"HL*2*1*O~\nPRF*PO-26-44120~\n"
"HL*3*2*I~\nLIN**VN*DYND70802*UP*080196411234~\nSN1**20*CS~\nPID*F****IV START KIT W CHG~\n"
"HL*4*2*I~\nLIN**VN*NONLX2155*UP*080196799120~\nSN1**12*BX~\nPID*F****NITRILE EXAM GLOVE MED~\n"
"HL*5*2*I~\nLIN**VN*CHEMO9020*UP*080196008812~\nSN1**6*CS~\nPID*F****CHEMO SPILL KIT~\n"
"CTT*5~\nSE*26*0001~\nGE*1*118822~\nIEA*1*000118822~\n")
add('clean', 'clean-lookalike', '', M(
    'Medline EDI <edi-notify@medline-edi.example.com>', 'Materials Mgmt <materials@lakeshorecancer.org>',
    'Thu, 03 Dec 2026 14:03:10 -0600', 'ASN 856 for PO-26-44120 shipped',
    '<asn.SHP7728120@medline-edi.example.com>',
    T("""Advance Ship Notice for PO-26-44120 has been transmitted. Raw 856 attached for your records.
Carrier: FedEx Ground, tracking 7720118822, 3 line items, ETA 12/07.
""", enc='8bit'), atts=[B(x856, 'ASN_SHP7728120.x12')]))

add('clean', 'clean-lookalike', '', M(
    'Iron Harbor Fitness <frontdesk@ironharborfitness.com>', 'Marcus Bell <marcusbell.lifts@gmail.com>',
    'Wed, 02 Dec 2026 17:30:15 -0600', 'Your PT session moved to Thursday',
    '<ihf.pt.88120@ironharborfitness.com>',
    T("""Hi Marcus!

Coach Dani had to move your personal training (PT) session from Wed 6:00am to Thu 6:00am this week.
Your goal check-in with Dani is still on for Saturday at 9 - bring your training log.

You have 3 PT sessions left in your 12-pack. Renew before 12/31 and get 2 free sessions.

See you on the floor,
Iron Harbor Fitness
""", enc='8bit')))
# ======================= clean-news =======================
add('clean', 'clean-news', '', M(
    'Harbor Dialysis Communications <news@harbordialysis.com>', 'Community List <community@lists.harbordialysis.com>',
    'Tue, 01 Dec 2026 10:00:00 -0500', 'Harbor Dialysis opens 24-chair center in Quincy',
    '<pr.quincy.opening@harbordialysis.com>',
    ALT("""FOR IMMEDIATE RELEASE

QUINCY, Mass. - Harbor Dialysis Centers today opened its newest outpatient center at 410 Hancock
Street, adding 24 hemodialysis chairs and a home dialysis training suite. The center will serve up
to 140 patients and offers a nocturnal shift three nights a week, the first on the South Shore.

"More than a third of our patients spend over an hour a day getting to treatment," said CEO Martin
Gallo. "Bringing chairs closer to home is the single biggest thing we can do for quality of life."

The center also partners with MediVan Transport and the MBTA RIDE program. An open house is
scheduled for Saturday, December 12, 10 a.m. - 1 p.m.

Media contact: Jenna Ross, 617-202-4410
""", """<html><body style="font-family:Georgia;max-width:620px"><p><b>FOR IMMEDIATE RELEASE</b></p>
<h2>Harbor Dialysis opens 24-chair center in Quincy</h2>
<p>QUINCY, Mass. &ndash; Harbor Dialysis Centers today opened its newest outpatient center at 410 Hancock Street, adding 24 hemodialysis chairs and a home dialysis training suite. The center will serve up to 140 patients and offers a nocturnal shift three nights a week, the first on the South Shore.</p>
<p>&ldquo;More than a third of our patients spend over an hour a day getting to treatment,&rdquo; said CEO Martin Gallo. &ldquo;Bringing chairs closer to home is the single biggest thing we can do for quality of life.&rdquo;</p>
<p>The center also partners with MediVan Transport and the MBTA RIDE program. An open house is scheduled for Saturday, December 12, 10 a.m. &ndash; 1 p.m.</p>
<p><i>Media contact: Jenna Ross, 617-202-4410</i></p></body></html>""")))

add('clean', 'clean-news', '', M(
    'County Health Dept - Epidemiology <epi-bulletin@pinecountyhealth.gov>', 'Healthcare Partners <partners@lists.pinecountyhealth.gov>',
    'Fri, 04 Dec 2026 14:00:00 -0600', 'Respiratory Virus Bulletin - Week 48',
    '<epi.wk48.2026@pinecountyhealth.gov>',
    T("""PINE COUNTY RESPIRATORY VIRUS BULLETIN - MMWR WEEK 48 (11/22-11/28/2026)

Influenza: ACTIVITY INCREASING
  Lab-confirmed cases: 214 (prior week 131); 87% influenza A
  Hospitalizations: 19 (6 age 65+, 4 age <5)
RSV: HIGH, possibly peaking
  Positivity 18.2%; pediatric ED visits for RSV 6.1% of all visits
COVID-19: LOW
  Wastewater levels low at all 4 sites

Long-term care outbreaks: 2 influenza outbreaks reported (facilities not named per policy).

Recommendations for clinicians: test and treat early with antivirals for high-risk patients,
offer nirsevimab to eligible infants, and report outbreaks in congregate settings within 24 hours.
""", enc='8bit')))

add('clean', 'clean-news', '', M(
    'TeleHealth Weekly <editor@telehealthweekly-news.com>', 'Ben Achebe <bachebe@anytimecare-telehealth.com>',
    'Thu, 03 Dec 2026 06:00:00 -0500', 'This week: audio-only visits, antibiotic stewardship, and payer parity',
    '<thw.2026.49@telehealthweekly-news.com>',
    T("""TELEHEALTH WEEKLY - Issue 49

1. Audio-only visits hold steady in rural counties
A study of 12,400 Medicare beneficiaries found audio-only visits made up 31% of virtual primary
care in rural counties vs 9% in urban ones. Follow-up ED use at 7 days was not different.

2. Antibiotic prescribing in virtual urgent care
Researchers reviewing 48,000 direct-to-consumer visits for uncomplicated urinary symptoms found
guideline-concordant prescribing in 82% of cases, up from 71% in 2023.

3. Payment parity: where the states stand
Twenty-six states now require private payers to pay telehealth at parity with in-person care.

You are receiving this because you subscribed at telehealthweekly-news.com. Unsubscribe any time.
""", enc='8bit')))

add('clean', 'clean-news', '', M(
    'Northfield ENT & Audiology <events@northfieldent.com>', 'Newsletter subscribers <news@northfieldent.com>',
    'Mon, 30 Nov 2026 12:00:00 -0600', 'Free hearing screenings at the Waukee library - Dec 12',
    '<evt.hearingscreen.1212@northfieldent.com>',
    T("""Can't follow conversation at holiday dinners? You're not alone: about 1 in 3 adults over 65 has
hearing loss, and most wait 7 years before doing anything about it.

Our audiologists will offer FREE 10-minute hearing screenings:
  Saturday, December 12, 10 am - 2 pm
  Waukee Public Library, Community Room
No appointment needed. Screenings are not a diagnosis; anyone who doesn't pass will get
information about a full evaluation.

Also at the event: hearing aid cleaning station and a talk on "Hearing aids and your insurance"
at 11:30.
""", enc='8bit')))

add('clean', 'clean-news', '', M(
    'Oncology Pharmacy Digest <digest@onc-rx-digest.org>', 'Lakeshore Pharmacy <pharmacy@lakeshorecancer.org>',
    'Wed, 02 Dec 2026 07:15:00 -0500', 'FDA approves third pembrolizumab biosimilar; rituximab shortage eases',
    '<ord.2026.12.02@onc-rx-digest.org>',
    T("""ONCOLOGY PHARMACY DIGEST - December 2, 2026

FDA: The agency approved a third biosimilar to pembrolizumab for all reference-product indications.
Interchangeability designation is pending. Launch expected Q2 2027.

SHORTAGES: ASHP removed rituximab 100 mg/10 mL from its active shortage list. Carboplatin supply
remains stable. Leucovorin 350 mg vials remain on allocation from two manufacturers.

SAFETY: A new boxed warning language update for a class of CAR-T therapies addresses secondary
T-cell malignancies; REMS materials will be updated by March.

PRACTICE: Updated NCCN antiemesis guidance favors olanzapine-containing regimens for highly
emetogenic chemotherapy in adults.
""", enc='8bit')))

add('clean', 'clean-news', '', M(
    'Eastgate Medical Internal Communications <inside@eastgatemedical.org>', 'All Staff <allstaff@eastgatemedical.org>',
    'Fri, 04 Dec 2026 11:00:00 -0800', 'Inside Eastgate: Meet the Language Services team',
    '<inside.eastgate.2026-49@eastgatemedical.org>',
    ALT("""INSIDE EASTGATE - Staff Spotlight

Last year our 14 staff interpreters handled more than 38,000 encounters in 11 languages, and
video interpreting covered 190 more. This month we're celebrating Language Services.

"People think we just translate words," says coordinator Marco Ferrante, who started as a Spanish
interpreter in 2009. "We're the reason a mom understands the glucose test, or a grandfather knows
what his new pills are for."

Vietnamese interpreter Huong Le has been with Eastgate 17 years. Her tip for clinicians: "Look at
the patient, not at me. Speak in short sentences. And never say 'just tell her...'."

Need an interpreter? Call x2-LANG or use the VRI cart on any inpatient unit.
""", """<html><body style="font-family:Calibri;font-size:11pt;max-width:640px">
<h2 style="color:#2E75B6">Inside Eastgate &ndash; Staff Spotlight</h2>
<p>Last year our 14 staff interpreters handled more than 38,000 encounters in 11 languages, and video interpreting covered about 19,000 more. This month we&#39;re celebrating Language Services.</p>
<p>&ldquo;People think we just translate words,&rdquo; says coordinator Marco Ferrante, who started as a Spanish interpreter in 2009. &ldquo;We&#39;re the reason a mom understands the glucose test, or a grandfather knows what his new pills are for.&rdquo;</p>
<p>Vietnamese interpreter Huong Le has been with Eastgate 17 years. Her tip for clinicians: &ldquo;Look at the patient, not at me. Speak in short sentences. And never say &lsquo;just tell her...&rsquo;.&rdquo;</p>
<p>Need an interpreter? Call x2-LANG or use the VRI cart on any inpatient unit.</p></body></html>""")))
# ======================= clean-training =======================
add('clean', 'clean-training', '', M(
    'Epic Training Team <epictraining@lakeshorecancer.org>', 'New Infusion RNs <infusion.newhires@lakeshorecancer.org>',
    'Mon, 30 Nov 2026 08:00:00 -0600', 'Beacon class homework - PLAY environment patients',
    '<epictrn.beacon.1130@lakeshorecancer.org>',
    T("""Welcome to Beacon (oncology) training!

Before Thursday's class, log into the PLAY environment (not PRD!) and complete the exercises with
these practice patients. They are fictitious and reset every night.

  ZZTEST, INFUSIONONE   MRN 9990001   DOB 01/01/1960   Plan: FOLFOX q14d
  ZZTEST, INFUSIONTWO   MRN 9990002   DOB 02/02/1975   Plan: Pembrolizumab q21d
  ZZTEST, PEDS          MRN 9990003   DOB 03/03/2015   Plan: hydration only

Exercises:
 1. Release Day 1 of cycle 1 for INFUSIONONE, document pre-meds and a dose hold for ANC 0.9.
 2. Document an infusion reaction on INFUSIONTWO and stop the infusion.
 3. Print the treatment calendar for PEDS.

If you see a real patient name in PLAY, stop and call the training desk.
""", enc='8bit')))

add('clean', 'clean-training', '', M(
    'Raj Patel <rpatel@valleymed.org>', 'Integration Apprentices <int.apprentices@valleymed.org>',
    'Tue, 01 Dec 2026 16:20:00 -0800', 'HL7 101 - week 3 exercise (ADT segments)',
    '<hl7-101-wk3@valleymed.org>',
    T("""For Thursday: parse the message below by hand and tell me (a) patient class, (b) attending,
(c) what changes if this were an A03 instead of an A01. This is the textbook sample, not from
our system.

MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20260101120000||ADT^A01^ADT_A01|TEST0001|T|2.5.1
EVN|A01|20260101120000
PID|1||123456^^^TESTHOSP^MR||DOE^JANE^Q||19800101|F|||123 MAIN ST^^ANYTOWN^ST^00000
PV1|1|I|TESTUNIT^101^A||||0000^SMITH^JOHN^^^MD|||MED
PV2|||^Test reason for visit

Note the processing ID in MSH-11 is "T". If you ever see "P" in a training message, something is
wrong - tell me.

Raj
""", enc='8bit')))

add('clean', 'clean-training', '', M(
    'Coding Education <coding.ed@greenbriarhealth.org>', 'Coding Staff <coders@greenbriarhealth.org>',
    'Thu, 03 Dec 2026 09:00:00 -0500', 'Monthly coding quiz #12 - AKI on CKD, POA',
    '<coding-quiz-12@greenbriarhealth.org>',
    T("""Monthly quiz - answers due 12/11. Case is de-identified and partly invented for teaching.

CASE: A 71-year-old man with type 2 diabetes and chronic kidney disease stage 3b is admitted with
vomiting and poor oral intake for 3 days. Baseline creatinine 1.6, admission 3.4. The attending
documents "AKI on CKD 3b, prerenal, resolved with IV fluids." On day 2 a stage 2 pressure injury of
the sacrum is noted by nursing; the wound nurse documents it was present on admission per the ED
skin assessment.

Questions:
 1. Principal diagnosis?
 2. Code(s) for the kidney conditions, in sequence.
 3. POA indicator for the pressure injury, and which documentation supports it.
 4. Would you query? If so, write the query (non-leading!).

Reply to this email, not reply-all.
""", enc='8bit')))

add('clean', 'clean-training', '', M(
    'Marco Ferrante <interpreters@eastgatemedical.org>', 'Interpreter Trainees <interp.trainees@eastgatemedical.org>',
    'Wed, 02 Dec 2026 13:30:00 -0800', 'Role-play script for Friday (OB glucose test)',
    '<LS-roleplay-1204@eastgatemedical.org>',
    T("""Friday's role-play. Pairs of three: clinician, patient, interpreter. Rotate after each round.

Scenario (fictional): "Mrs. A" is 26 weeks pregnant, her first pregnancy in the US. The clinician
needs to explain the 1-hour glucose screening: drink the solution within 5 minutes, no eating, blood
drawn at exactly 60 minutes, and what happens if the number is high.

Challenges built into the script:
- Clinician uses the idiom "it's no big deal" and the abbreviation "GTT".
- Patient asks a side question to the interpreter only ("is the baby sick?").
- Patient's mother (played by trainer) interrupts.

Debrief points: transparency, first person, managing the side conversation, sight-translating the
prep sheet.
""", enc='8bit')))

add('clean', 'clean-training', '', M(
    'Simulation Center <simcenter@childrensbayside.org>', '3 Peds Staff <3peds@childrensbayside.org>',
    'Fri, 04 Dec 2026 10:45:00 -0500', 'In-situ sim Tuesday 12/8 - measles exposure drill',
    '<sim.insitu.1208@childrensbayside.org>',
    T("""Heads up: unannounced-ish in-situ simulation on 3 Peds Tuesday 12/8 between 10 and 12.

Scenario: a child with fever and rash arrives from the ED without airborne precautions. Our
mannequin "Baby Hal" (SimJunior) will be in 3120 with a simulated family member (actor). We're
testing: recognition, airborne isolation + negative pressure room transfer, exposure list for
staff, and the call to Infection Prevention.

Room 3120 will be blocked from 0900. Nothing in the scenario is a real patient; if a real
emergency happens the sim stops immediately ("this is not a drill").

Anh (IP) and Dr. Feldman will debrief at 12:15 in the conference room - lunch provided.
""", enc='8bit')))

add('clean', 'clean-training', '', M(
    'AnytimeCare Provider Onboarding <onboarding@anytimecare-telehealth.com>', 'Dr. Samuel Ortega <sortega.md@gmail.com>',
    'Thu, 03 Dec 2026 12:00:00 -0600', 'Your test visit is ready - complete before your first shift',
    '<onb.testvisit.ortega@anytimecare-telehealth.com>',
    ALT("""Welcome to AnytimeCare, Dr. Ortega!

Before your first shift on 12/14, complete a test visit in the sandbox:

  Demo patient: Test Patient ("Tess Demo"), age 35, DOB 01/01/1991
  Chief complaint: "sore throat x2 days" (scripted)
  Join: https://sandbox.anytimecare-telehealth.com/visit/DEMO-0001

You'll practice: checking ID, documenting the location attestation, sending a test eRx to
"Sandbox Pharmacy" (it goes nowhere), and closing the visit with a disposition.

Questions? Reply here or call onboarding at 866-410-2290.
""", """<html><body style="font-family:Helvetica;font-size:14px"><h3>Welcome to AnytimeCare, Dr. Ortega!</h3>
<p>Before your first shift on <b>12/14</b>, complete a test visit in the sandbox:</p>
<table style="background:#F2F2F2;padding:8px"><tr><td>Demo patient:</td><td>Test Patient (&ldquo;Tess Demo&rdquo;), age 35, DOB 01/01/1991</td></tr>
<tr><td>Chief complaint:</td><td>&ldquo;sore throat x2 days&rdquo; (scripted)</td></tr>
<tr><td>Join:</td><td><a href="https://sandbox.anytimecare-telehealth.com/visit/DEMO-0001">DEMO-0001</a></td></tr></table>
<p>You&#39;ll practice: checking ID, documenting the location attestation, sending a test eRx to &ldquo;Sandbox Pharmacy&rdquo; (it goes nowhere), and closing the visit with a disposition.</p>
<p>Questions? Reply here or call onboarding at 866-410-2290.</p></body></html>""")))

# ======================= write =======================
def main():
    from email.generator import BytesGenerator
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    counts = {}
    rows = []
    for label, kind, pname, msg in E:
        assert kind.startswith(label + '-'), kind
        counts[kind] = counts.get(kind, 0) + 1
        fn = '%s-%03d.eml' % (kind, counts[kind])
        for j, part in enumerate(msg.walk()):
            if part.is_multipart() and not part.get_boundary():
                part.set_boundary('----=_NextPart_%s_%03d_%02d' % (kind.replace('-', ''), counts[kind], j))
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(buf.getvalue())
        rows.append((fn, label, kind, pname))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counts):
        print(k, counts[k])
    print('total', len(rows))

if __name__ == '__main__':
    main()
