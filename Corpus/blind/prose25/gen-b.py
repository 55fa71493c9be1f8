#!/usr/bin/env python3
"""Hand-written blind evaluation set: small independent practices in a mid-sized city."""
import csv, io, os, random, zipfile, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.parser import BytesParser
from email import policy

random.seed(2526)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def boundary():
    return "----=_Part_%d_%d.%d" % (random.randint(1000, 9999), random.randint(10**8, 10**9), random.randint(10**12, 10**13))

def add(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(),
        cs="utf-8", cte=None, cc=None, mid=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     date=date, body=body, html=html, atts=list(atts), cs=cs, cte=cte,
                     cc=cc, mid=mid, extra=extra or {}))

def text_part(s, subtype, cs, cte):
    if cte is None:
        try:
            s.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            p = MIMEText(s, subtype, cs)
            return p
    if cte == "7bit":
        c = _cs.Charset(cs)
        c.body_encoding = None
        return MIMEText(s, subtype, c)
    else:
        c = _cs.Charset(cs)
        c.body_encoding = {"base64": _cs.BASE64, "qp": _cs.QP, "8bit": None}[cte]
        p = MIMEText(s, subtype, c)
    return p

def att(fn, data, mtype="text/plain", cte="base64", cs="utf-8"):
    return ("file", fn, data, mtype, cte, cs)

def zipatt(fn, inner_name, data):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 3, 2, 9, 14, 0))
        z.writestr(zi, data)
    return ("file", fn, b.getvalue(), "application/zip", "base64", None)

def rfc822(frm, to, subj, date, body, mid=None):
    return ("rfc822", frm, to, subj, date, body, mid)

def build(m, n):
    body, html, atts, cs, cte = m["body"], m["html"], m["atts"], m["cs"], m["cte"]
    if body is not None and html is not None:
        core = MIMEMultipart("alternative", boundary=boundary())
        core.attach(text_part(body, "plain", cs, cte))
        core.attach(text_part(html, "html", cs, cte))
    elif html is not None:
        core = text_part(html, "html", cs, cte)
    else:
        core = text_part(body or "", "plain", cs, cte)
    if atts:
        msg = MIMEMultipart("mixed", boundary=boundary())
        msg.attach(core)
        for a in atts:
            if a[0] == "rfc822":
                _, f, t, s, d, b, mid = a
                inner = text_part(b, "plain", "utf-8", None)
                inner["From"], inner["To"], inner["Subject"], inner["Date"] = f, t, s, d
                inner["Message-ID"] = mid or "<%d.fwd@mail.local>" % random.randint(10**6, 10**7)
                msg.attach(MIMEMessage(inner))
                continue
            _, fn, data, mtype, acte, acs = a
            maintype, subtype = mtype.split("/")
            if maintype == "text" and isinstance(data, str):
                p = text_part(data, subtype, acs or "utf-8", acte if acte != "7bit" else None)
            else:
                p = MIMEBase(maintype, subtype)
                p.set_payload(data.encode(acs or "utf-8") if isinstance(data, str) else data)
                encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fn)
            msg.attach(p)
    else:
        msg = core
    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime_hdrs):
        del msg[k]
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    dom = m["frm"].split("@")[-1].strip(">").strip()
    msg["Message-ID"] = m["mid"] or "<%s.%d@%s>" % (n, random.randint(10**9, 10**10), dom)
    for k, v in m["extra"].items():
        msg[k] = v
    for k, v in mime_hdrs:
        msg[k] = v
    return msg

# ---------------------------------------------------------------- phi-care
add("phi", "care", "Brandt",
    '"Dana Pruitt" <dana@lindenavefm.com>', '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>',
    "Brandt - INR came back", "Mon, 02 Mar 2026 10:41:12 -0500",
"""Marisol,

Meridian called with Walter Brandt's INR from this morning's draw, 3.6. He's on 5mg daily
except 7.5 on Mon/Fri per your last note. Do you want him to hold tonight and recheck Thursday?
He's at home all day, cell is 419-832-0716 (the landline's been disconnected).

Dana
""")

add("phi", "care", "Oyelaran",
    '"Stepwell Podiatry Front Desk" <frontdesk@stepwellfoot.com>', '"Tunde Oyelaran" <t.oyelaran74@gmail.com>',
    "Your appointment Thursday 3/12 at 2:40 PM", "Fri, 06 Mar 2026 16:02:55 -0500",
"""Hi Mr. Oyelaran,

This is a reminder that you are scheduled with Dr. Albright on Thursday, March 12 at 2:40 PM
for your nail avulsion follow up and dressing change. Please wear an open-toed shoe or bring a
sandal, the toe will still be bandaged.

Stepwell Podiatry
2215 Carrow Rd, Suite B
Reply C to confirm or call us at 419-766-2040 to reschedule.
""",
html="""<html><head><style>p{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222}
.ft{font-size:8pt;color:#888}</style></head><body>
<p>Hi Mr. Oyelaran,</p>
<p>This is a reminder that you are scheduled with <b>Dr. Albright</b> on <b>Thursday, March 12 at 2:40 PM</b>
for your nail avulsion follow up and dressing change. Please wear an open-toed shoe or bring a
sandal, the toe will still be bandaged.</p>
<table style="border:1px solid #ccc;padding:6px"><tr><td><img src="cid:logo" alt="Stepwell"></td>
<td><p>Stepwell Podiatry<br>2215 Carrow Rd, Suite B<br>419-766-2040</p></td></tr></table>
<p class="ft">Reply C to confirm. This message may contain confidential information intended only for the addressee.</p>
</body></html>""")

add("phi", "care", "Castellano",
    '"Hannah Leiber MD" <hleiber@northgatederm.com>', '"Kyle Mertz, PA-C" <kmertz@northgatederm.com>',
    "RE: path back on Castellano", "Tue, 03 Mar 2026 12:18:40 -0500",
"""Kyle - margins clear on the re-excision, so no Mohs referral needed. Can you call Mrs.
Castellano today before she hears it from the portal? Suture removal stays 3/16. Thanks. H

-----Original Message-----
From: Kyle Mertz, PA-C
Sent: Tuesday, March 3, 2026 9:02 AM
To: Hannah Leiber MD
Subject: path back on Castellano

Path on Irene Castellano's left shoulder (2/24 shave) came in overnight, it's in your box. I
didn't want to call her until you looked at it.

K
""", cte="base64")

add("phi", "care", "Hadley",
    '"Tri-County Sleep Center" <scheduling@tricountysleep.org>', '"Mark Hadley" <mhadley@hadleyroofing.net>',
    "Sleep study scheduled - please read", "Wed, 04 Mar 2026 08:30:00 -0500",
"""Mark Hadley
DOB 11/03/1969

Your in-lab polysomnogram (split night) is booked for Tuesday, March 17. Arrive 8:15 PM at the
Tri-County Sleep Center, 40 Fenwick Plaza, 2nd floor. Bring your own pillow and whatever you
normally sleep in. No caffeine after noon that day and no naps.

Your plan (Keystone Mutual) approved the study under auth #KM-PA-2260419. If you use a CPAP
mask that night the tech will fit you, you don't need to bring anything.

Questions: 419-555-0184, option 2.
""")

add("phi", "care", "nakamura",
    '"Priya Raman MD" <praman@calderwomens.com>', '"Lauren (MA)" <lauren.b@calderwomens.com>',
    "kiki nakamura", "Thu, 05 Mar 2026 07:55:21 -0500",
"""glucola 1hr was 151 so she needs the 3hr. can you get it on the books next week, fasting,
first thing in the morning. she works nights so ask her what day she's off. also make sure
tdap is done at 28wk visit

sent from my iphone
""")

add("phi", "care", "Faircloth",
    '"Gina @ Maple St Chiro" <gina@maplestchiro.com>', '"Kessling Open MRI" <referrals@kesslingopenmri.com>',
    "Order - lumbar MRI w/o contrast - Faircloth, Dennis", "Mon, 09 Mar 2026 11:20:03 -0500",
"""Good morning,

Attached is Dr. Venner's order for an MRI lumbar spine without contrast for Dennis Faircloth,
DOB 06/22/1958. He has had 6 weeks of adjustments without improvement and the radiating pain
down the right leg is worse. He is claustrophobic and asked specifically for your open unit.

Insurance: Medicare + AARP supplement, cards attached. Please fax the report to 419-766-3391.

Thank you,
Gina Halvorsen
Office Manager, Maple Street Chiropractic
""",
atts=[att("Faircloth_MRI_order.txt",
"""MAPLE STREET CHIROPRACTIC - IMAGING ORDER
Patient: FAIRCLOTH, DENNIS R      DOB: 06/22/1958
Phone: 419-243-7780
Exam: MRI L-SPINE WITHOUT CONTRAST
Clinical: LBP x 10 wk, R L5 distribution radiation, failed conservative care
Ordering: Russell Venner DC  NPI 1588204417
Signed: R. Venner  03/09/2026
""")])

add("phi", "care", "Kowalski",
    '"Brightwater Pediatrics" <nurse@brightwaterpeds.com>', '"Anna Kowalski" <annakowalski.home@yahoo.com>',
    "Re: Re: Olek's shots", "Tue, 10 Mar 2026 14:47:09 -0500",
"""Hi Anna,

Yes he can still get the 12 month shots on Friday even with the runny nose, as long as he has no
fever over 100.4. He's due for MMR, varicella, Hep A and the PCV booster. Give Tylenol after,
not before. See you at 9:15.

Trish RN

On Tue, Mar 10, 2026 at 1:12 PM Anna Kowalski <annakowalski.home@yahoo.com> wrote:
> Hi, Olek has a runny nose since Sunday, no fever. Is it ok to still come Friday
> for his 1 year checkup and vaccines or should we move it? Thank you
> Anna
""")

add("phi", "care", "Whitfield",
    '"Summit Allergy & Asthma" <billing@summitallergy.com>', '"Joanne Whitfield" <jwhitfield@kesslingschools.org>',
    "Statement for Caleb Whitfield - balance $212.40", "Wed, 11 Mar 2026 09:00:00 -0500",
"""Dear Joanne Whitfield,

Your insurance has processed the claim for Caleb's visit on 01/28/2026. The remaining balance
for the skin prick testing (environmental panel, 40 allergens) and the office visit is $212.40
after your plan's deductible.

You can pay online at summitallergy.com/pay with account number 00418823 or by calling
419-766-1180. Payment plans are available.

Summit Allergy & Asthma Billing
""", cte="qp")
# ---------------------------------------------------------------- phi-names
add("phi", "names", "Delacroix",
    '"Ruth Adeyemi, LPCC" <ruth@clearpathcounseling.net>', '"Simon Ferreira, LISW" <simon@clearpathcounseling.net>',
    "covering Thursday", "Mon, 02 Mar 2026 18:33:10 -0500",
"""Simon, thanks again for covering Thursday while I'm at my sister's. Three on the schedule:

Marcus at 10 is stable, just keep doing what we've been doing, he'll talk about his dad.
The Delacroix girl (Amelie, the 16 y/o) at 1 - her mom will want to come in for the first
ten minutes, that's fine, but then ask her to wait outside. She disclosed cutting again last
week, safety plan is in the chart, please re-check it.
Mr. Pham at 3:30 usually cancels; if he does, no need to call.

Ruth
""")

add("phi", "names", "Vogel",
    '"Dr. Ted Kowalczyk" <tkowalczyk@brightwaterpeds.com>', '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>',
    "Fw: the Vogel twins", "Tue, 03 Mar 2026 21:10:44 -0500",
"""Marisol,

Their mom is your patient (Heidi Vogel) and she mentioned she'd talked to you about the boys. I
saw Eli and Noah today for their 4 yr. Eli's fine. Noah's speech is clearly behind his brother's
and he's not pointing, I'm sending him for an autism eval at Children's. Heidi is taking it hard,
she's worried about herself too - she told me she hasn't been sleeping since the new baby. Just
a heads up if you see her this month.

Ted
""")

add("phi", "names", "Greer",
    '"Becky Olsen" <becky@calderwomens.com>', '"Front Desk" <frontdesk@calderwomens.com>',
    "Greer, Tamsin -- cancel her 3/19 and move to Dr Raman", "Wed, 04 Mar 2026 10:04:19 -0500",
"""She called, she wants a female doc for the D&C, please switch her to PR and keep the same
pre-op labs. Call back # is the work one.
""")

add("phi", "names", "Albrecht",
    '"Sandy" <sandyalbrecht1951@aol.com>', '"Linden Ave Family Medicine" <office@lindenavefm.com>',
    "my husband", "Thu, 05 Mar 2026 06:12:38 -0500",
"""Good morning I am writing for Dale he wont write himself. Since Dr Okafor changed his water pill
his ankles are better but he is up 4 or 5 times a night to the bathroom and he fell Tuesday going
down the hall. Nothing broken thank God. Can she call me or should I bring him in. He is very
stubborn about coming in. Our number is 419-837-2256

Sandy Albrecht
""")

add("phi", "names", "Szabo",
    '"Gene Albright DPM" <galbright@stepwellfoot.com>', '"Nadia Torres" <ntorres@stepwellfoot.com>',
    "Re: Monday", "Fri, 06 Mar 2026 13:27:00 -0500",
"""Nadia - go ahead and double book Mrs. Szabo at 8:30 Monday if she can get a ride, I want to see
that ulcer before the weekend makes it worse. If it looks like Wednesday did I'm sending her to
the wound center. Tell her daughter too, Krisztina is the one who drives.

> Dr A, Eva Szabo's daughter called, says the wound on her mom's heel is draining more and
> smells. Your first open slot is Wed. What do you want to do?
> Nadia
""")

add("phi", "names", "Ngata",
    '"Leon Faber MD" <lfaber@summitallergy.com>', '"Meg Durant RN" <mdurant@summitallergy.com>',
    "Big Joe", "Mon, 09 Mar 2026 08:14:51 -0500",
"""Meg, Big Joe (Joseph Ngata, not the little one) had a large local reaction after his
maintenance shot Friday, arm swollen elbow to shoulder per his wife. Drop him back to the
previous dose on the vial and keep him 45 min instead of 30 this week. Document it.
LF
""")

add("phi", "names", "Ostrowski",
    '"Carla Mendes" <cmendes@tricountysleep.org>', '"Dr. Phil Arceneaux" <parceneaux@tricountysleep.org>',
    "Ostrowski's CPAP download", "Tue, 10 Mar 2026 15:39:22 -0500",
"""Dr. A,

Pulled the card from Henry Ostrowski's machine. He's using it about 2.5 hrs a night, 9 of 30
nights over 4 hours. His CDL medical is due in April so he needs 70% compliance or the DOT doc
won't sign. He says the mask leaks when he rolls over. OK to try the nasal pillows?

Carla
Respiratory Therapist
""",
html="""<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Dr. A,</p>
<p>Pulled the card from <b>Henry Ostrowski's</b> machine. He's using it about 2.5 hrs a night, 9 of 30
nights over 4 hours. His CDL medical is due in April so he needs 70% compliance or the DOT doc
won't sign. He says the mask leaks when he rolls over. OK to try the nasal pillows?</p>
<p>Carla<br><span style="color:#666">Respiratory Therapist<br>Tri-County Sleep Center</span></p>
<p style="font-size:7.5pt;color:#999">CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error please delete it and notify the sender.</p>
</div>""")

add("phi", "names", "Beaulieu",
    '"Maple Street Chiropractic" <gina@maplestchiro.com>', '"Russ Venner" <russ@maplestchiro.com>',
    "FW: Marcy B.", "Wed, 11 Mar 2026 17:50:05 -0500",
"""Russ, see below, Marcy's lawyer again. I told them we need a signed release before we send
anything. I'll put it on your desk.

-G

________________________________
From: Patricia Lowe <plowe@lowelegalgroup.com>
Sent: Wednesday, March 11, 2026 4:11 PM
To: Maple Street Chiropractic
Subject: Marcy Beaulieu - records request

Dear Dr. Venner,

Our office represents Marcy Beaulieu in connection with the motor vehicle collision of
December 2, 2025. Please provide complete treatment records and an itemized ledger for all
visits from December 2025 through present, including your narrative regarding her cervical
strain and the anticipated duration of care.

Patricia Lowe, Paralegal
Lowe Legal Group
""")
# ---------------------------------------------------------------- phi-self
add("phi", "self", "Lindqvist",
    '"Erik Lindqvist" <erik.lindqvist@outlook.com>', '"Northgate Dermatology" <info@northgatederm.com>',
    "Question about my cream", "Mon, 02 Mar 2026 22:48:10 -0500",
"""Hello,

I was seen by Dr Leiber on Feb 19 for the rash on my hands. She gave me clobetasol and said use
it 2 weeks. It's been 11 days and it's much better but the skin on my fingers is getting thin and
shiny. Should I stop now or finish the 2 weeks? Also the pharmacy only gave me one refill and I
think I’ll need more for flare ups.

Thanks,
Erik Lindqvist
DOB 4/14/1987
""", cs="windows-1252", cte="qp")

add("phi", "self", "Moreau",
    '"Kessling Patient Portal" <noreply@kesslingportal.com>', '"Linden Avenue Family Medicine" <office@lindenavefm.com>',
    "New secure message from Jacqueline Moreau", "Tue, 03 Mar 2026 11:02:33 -0500",
"""You have received a new secure message via the patient portal.

From: Jacqueline Moreau (Patient ID 200417)
Topic: Medication question
Sent: 03/03/2026 10:58 AM

Message:
Dr. Okafor, the sertraline is helping my mood a lot but I've had no sex drive at all since I
started it in January and it's starting to cause problems with my husband. Is there something
else I could try or a lower dose? I don't want to go back to how I was in the fall. I'm free to
talk after 3 any day.

--
Log in at https://portal.kesslingportal.com to reply. Do not reply to this email.
""")

add("phi", "self", "Ruiz",
    '"Jess Kohler" <jkohler@summitallergy.com>', '"Leon Faber MD" <lfaber@summitallergy.com>',
    "FW: WRONG BILL AGAIN", "Thu, 05 Mar 2026 08:40:10 -0500",
"""Dr F, forwarding the dad's email. He's right, I found the Keystone letter, the injection-only
visits were set up with the wrong copay in the system. I'll pull it back from collections today
and refund. Just wanted you to know before he calls you.

Jess
""",
atts=[rfc822('"Daniel Ruiz" <druiz.electric@gmail.com>', '"Summit Allergy billing" <billing@summitallergy.com>',
    "WRONG BILL AGAIN", "Wed, 04 Mar 2026 19:21:56 -0500",
"""This is the THIRD time I am writing about this. My son Mateo's allergy shots are covered 100%
under our plan, I have the letter from Keystone saying so. Your office keeps billing a $40 copay
for every injection visit and now I got a collections warning for $480. Account 00422190.

I want this fixed and I want the collections thing stopped or I will go to the state insurance
commissioner. Call me 419-291-6650 any time after 5.

Dan Ruiz
""")])

add("phi", "self", "Thibodeaux",
    '"Claire Thibodeaux" <claire.t@icloud.com>', '"Dr. Priya Raman" <praman@calderwomens.com>',
    "Re: results", "Thu, 05 Mar 2026 14:05:00 -0500",
"""Thank you for calling me yesterday, I know you didn't have to do it yourself. I've been thinking
about what you said about the colposcopy and I want to do it sooner rather than later, my
husband and I are trying to get pregnant and I don't want to wait on this. Is there anything
earlier than the 26th? I can take any time off.

Claire

Sent from my iPhone

> On Mar 4, 2026, at 5:40 PM, Priya Raman MD <praman@calderwomens.com> wrote:
>
> Claire, as we discussed, your pap showed HSIL and HPV 16 positive. Lauren will call to set up
> the colposcopy. Please reach out with any questions.
> PR
""")

add("phi", "self", "Boateng",
    '"Akosua Boateng" <akosua.boateng@gmail.com>', '"Clearpath Counseling" <intake@clearpathcounseling.net>',
    "new client inquiry", "Fri, 06 Mar 2026 09:41:17 -0500",
"""Hello, my name is Akosua Boateng. My family doctor Dr Okafor gave me your name. I had a
miscarriage in November and since then I am not myself, I cry in the car before work and I don't
want to see anybody. I am not thinking of hurting myself, she asked me that also. I have
CareSource through my job. Do you have a therapist with evening hours? I am a nurse so I work
days.

Thank you
Akosua
""")

add("phi", "self", "Petrov",
    '"Olga Petrov" <opetrov55@mail.ru>', '"Tri-County Sleep Center" <scheduling@tricountysleep.org>',
    "about my husband machine", "Mon, 09 Mar 2026 20:11:08 -0500",
"""Hello. My husband Viktor Petrov have the sleeping test in your center last month and now
he have CPAP machine. The machine is making very loud noise and water is coming in the tube in
the night and he wake up all the night. Also the company DME want $89 for new hose, they say
insurance not pay. He is 71 years, his english is not good so I write. What we can do?
His birthday 02.08.1954.

Thank you,
Olga
""")

add("phi", "self", "Fenwick",
    '"Tom Fenwick" <tfenwick@fenwickhvac.com>', '"Stepwell Podiatry" <frontdesk@stepwellfoot.com>',
    "Re: Your appointment Thursday", "Tue, 10 Mar 2026 06:50:31 -0500",
"""Can't make thursday, on a job in Toledo. Foot still hurts in the morning but the insoles help.
Can I get the cortisone shot next week instead? Tue/Wed best.

Tom

Sent from my Galaxy
""")
# ---------------------------------------------------------------- phi-lists
add("phi", "lists", "Huang",
    '"Dana Pruitt" <dana@lindenavefm.com>', '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>',
    "refill requests - need your ok", "Mon, 02 Mar 2026 16:45:00 -0500",
"""These came in over the weekend, all overdue for visits so I didn't auto-approve:

- Huang, Li Na - lisinopril 20mg, last seen 3/2025
- Greaves, Bobby - metformin 1000 bid, A1c due
- Mrs. Achterberg - levothyroxine 88, TSH never rechecked after dose change
- Tran, Kevin - albuterol inhaler (3rd this winter)
- Paula Dunmore - alprazolam 0.5 -- controlled, you said you want to see her first

30 days each and schedule? Let me know and I'll send them.
Dana
""")

add("phi", "lists", "Abernathy",
    '"Nadia Torres" <ntorres@stepwellfoot.com>', '"Gene Albright DPM" <galbright@stepwellfoot.com>',
    "Tomorrow - Tue 3/3", "Mon, 02 Mar 2026 17:30:12 -0500",
"""Tomorrow's schedule, Dr A:

 8:00  Abernathy, Lois      diabetic foot exam + nail debridement
 8:20  Kemper, Randall      post-op bunionectomy 2 wk, x-ray first
 8:40  Quinones, Elena      NP - heel pain
 9:00  (blocked)
 9:20  Stiles, Wm           orthotic pickup
 9:40  Abernathy, Harold    wart - 3rd tx  (Lois's husband, same ride)
10:00  Pacheco, Lupe        ingrown R hallux, wants it done today

Elena's insurance didn't verify yet, I'm on hold with them.
Nadia
""")

add("phi", "lists", "Marchetti",
    '"Linden Ave Billing" <billing@lindenavefm.com>', '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>',
    "denials from last week's 835", "Tue, 03 Mar 2026 20:14:05 -0500",
"""Pasted from the spreadsheet. The CO-197s are all the same Keystone auth problem.

Patient\tDOS\tCPT\tBilled\tCARC\tNote
Marchetti, Anthony\t02/04/2026\t99214\t185.00\tCO-16\tmissing referring NPI
Yilmaz, Selin\t02/05/2026\t93000\t62.00\tCO-97\tbundled w/ E&M
Baptiste, Roland\t02/06/2026\t20610\t140.00\tCO-197\tno precert
Kwan, Deborah\t02/09/2026\t99396\t230.00\tCO-50\tnot med necessary?? it's a physical
Lutz, Gerald\t02/11/2026\tG0439\t175.00\tCO-119\tAWV already done this year

Total held: $792.00. I'll rebill Marchetti and Yilmaz tomorrow, need you on Kwan.
""")

add("phi", "lists", "Eberhardt",
    '"Meg Durant RN" <mdurant@summitallergy.com>', '"Summit Allergy Staff" <staff@summitallergy.com>',
    "Vial mixing list - week of 3/9", "Fri, 06 Mar 2026 15:12:44 -0500",
"""Vials to mix Monday AM, please have done by noon:

* Eberhardt, Nora (DOB 09/30/2011) - maintenance, trees/grass/dust mite, new vial set
* Sokolov, Pavel - build-up vial #3, cat + dog
* Reyes-Lowry, Isabel - maintenance, RENEWAL, insurance changed to Medicaid, check auth first
* Kwame Osei - venom (yellow jacket) - Dr. Faber to review dose before mixing!!!

Thanks all. Meg
""",
html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Vials to mix Monday AM, please have done by noon:</p>
<ul>
<li><b>Eberhardt, Nora</b> (DOB 09/30/2011) - maintenance, trees/grass/dust mite, new vial set</li>
<li><b>Sokolov, Pavel</b> - build-up vial #3, cat + dog</li>
<li><b>Reyes-Lowry, Isabel</b> - maintenance, RENEWAL, insurance changed to Medicaid, check auth first</li>
<li><b>Kwame Osei</b> - venom (yellow jacket) - <span style="color:red">Dr. Faber to review dose before mixing!!!</span></li>
</ul>
<p>Thanks all. Meg</p></body></html>""")

add("phi", "lists", "Lachance",
    '"Carla Mendes" <cmendes@tricountysleep.org>', '"Dr. Phil Arceneaux" <parceneaux@tricountysleep.org>',
    "studies to read", "Wed, 04 Mar 2026 07:02:18 -0500",
"""Scored and ready for your interpretation, attached list. Lachance is the one the PCP keeps
calling about.
""",
atts=[att("to_read_0304.csv",
"""Study Date,Patient,MRN,Type,AHI,Lowest SpO2,Tech Note
03/02/2026,LACHANCE GERARD,TC-0081342,PSG split,41.2,78%,titrated to 12 cmH2O
03/02/2026,ADEBAYO FOLAKE,TC-0081359,HSAT,7.8,89%,
03/03/2026,MCCRAY TANYA,TC-0081361,PSG diagnostic,2.1,93%,frequent PLMs
03/03/2026,HOLLOWAY JAMES,TC-0080977,MSLT,,,mean sleep latency 4.5 min 2 SOREMPs
""", "text/csv")])

add("phi", "lists", "Rasmussen",
    '"Trish RN" <nurse@brightwaterpeds.com>', '"Dr. Ted Kowalczyk" <tkowalczyk@brightwaterpeds.com>',
    "lead levels", "Thu, 05 Mar 2026 12:30:00 -0500",
None, html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Ted, the fingerstick leads from the Elm Park well-child day came back. Three over 3.5 that need venous confirm:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>Name</th><th>Age</th><th>Pb (mcg/dL)</th></tr>
<tr><td>Rasmussen, Aiden</td><td>18mo</td><td>6.2</td></tr>
<tr><td>Okoro, Favour</td><td>2y</td><td>4.1</td></tr>
<tr><td>Dietz, Lily</td><td>12mo</td><td>3.9</td></tr>
</table>
<p>All the rest were under. The Rasmussens are in the old rentals on Caldwell St, I'm guessing
paint. I'll call the parents unless you want to.</p>
<p>Trish</p></div>""")

add("phi", "lists", "Molina",
    '"Ruth Adeyemi" <ruth@clearpathcounseling.net>', '"Clearpath Billing (Jen)" <jen@clearpathcounseling.net>',
    "Feb sessions not billed yet", "Sun, 08 Mar 2026 21:40:00 -0500",
"""Jen, I fell behind on my notes, sorry. These are all signed now and can go out:

Molina, Andrea      2/3, 2/10, 2/17, 2/24   90837
Whitcomb, Jared     2/5, 2/19               90834
Whitcomb, Jared + Sara (couples) 2/12       90847
Ibrahim, Hodan      2/26                    90791 (intake)

Hodan is self pay, $120 sliding scale, don't send to insurance.
Ruth
""", cte="qp")
# ---------------------------------------------------------------- phi-struct
HL7_ORU = ("MSH|^~\\&|MERIDIAN|MRL|ECW|LINDENFM|202603021408||ORU^R01|MRL88310427|P|2.5.1\r"
"PID|1||LFM-004417^^^LINDENFM^MR||GUTIERREZ^ROSA^M||19620714|F|||118 Pell St^^Kessling^OH^43611||4192261043\r"
"ORC|RE|ORD55021|88310427\r"
"OBR|1|ORD55021|88310427|83036^HEMOGLOBIN A1C^CPT|||202603020815|||||||||1477039912^OKAFOR^MARISOL\r"
"OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.9|%|4.0-5.6|H|||F\r"
"OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F\r")
add("phi", "struct", "Gutierrez",
    '"Meridian Interface Support" <interfaces@meridianlabs.com>', '"Linden Ave Family Medicine" <office@lindenavefm.com>',
    "Interface error: result could not be filed (ACK AE) - MRL88310427", "Mon, 02 Mar 2026 14:22:51 -0500",
"""Automated notice from Meridian Regional Labs results interface.

Your EHR returned an application error (AE) for the message below. Error text:
  "PID-3 patient identifier not found in receiving system"

The result has NOT been filed to the patient chart. Please correct the patient match and
request a resend, or file manually from the attached copy.

Message control ID: MRL88310427
Ordering provider: OKAFOR, MARISOL

--- raw message ---
""" + HL7_ORU.replace("\r", "\n") + """--- end ---

Meridian Interface Support | 1-800-555-0148 | interfaces@meridianlabs.com
""")

X12_837 = ("ISA*00*          *00*          *ZZ*NGATEDERM      *ZZ*CLAIMPATH      *260303*1512*^*00501*000004471*0*P*:~"
"GS*HC*NGATEDERM*CLAIMPATH*20260303*1512*4471*X*005010X222A1~ST*837*0001*005010X222A1~"
"BHT*0019*00*NG4471*20260303*1512*CH~NM1*85*2*NORTHGATE DERMATOLOGY LLC*****XX*1730496288~"
"HL*1**20*1~HL*2*1*22*0~SBR*P*18*KM44120******CI~NM1*IL*1*STAVROS*ELENI****MI*KMH771204455~"
"N3*902 LAKEVIEW TER~N4*KESSLING*OH*43614~DMG*D8*19790321*F~NM1*PR*2*KEYSTONE MUTUAL*****PI*KM001~"
"CLM*NG-26-01182*312.00***11:B:1*Y*A*Y*Y~HI*ABK:D225*ABF:L578~"
"LX*1~SV1*HC:17000*148.00*UN*1***1~DTP*472*D8*20260226~"
"LX*2~SV1*HC:17003*84.00*UN*6***1~DTP*472*D8*20260226~"
"LX*3~SV1*HC:99213:25*80.00*UN*1***1~DTP*472*D8*20260226~SE*22*0001~GE*1*4471~IEA*1*000004471~")
add("phi", "struct", "Stavros",
    '"ClaimPath Clearinghouse" <rejections@claimpath.net>', '"Northgate Dermatology Billing" <billing@northgatederm.com>',
    "999 Rejected - Batch 4471 (1 claim)", "Tue, 03 Mar 2026 15:40:02 -0500",
"""Batch 4471 submitted 03/03/2026 15:12 was REJECTED at the front end.

Claim NG-26-01182  Pt: STAVROS, ELENI  Payer: KEYSTONE MUTUAL
  Loop 2300 HI: code ABF:L578 not valid as secondary when principal is D225 with
  modifier 25 line present - review diagnosis pointers.

The original 837 segment file is attached for reference.

ClaimPath Support
""",
atts=[att("batch4471.x12", X12_837, "application/octet-stream")])

X12_271 = ("ISA*00*          *00*          *ZZ*KEYSTONEMUT    *ZZ*SUMMITALLERGY  *260304*0918*^*00501*000771204*0*P*:~"
"GS*HB*KEYSTONEMUT*SUMMITALLERGY*20260304*0918*771204*X*005010X279A1~ST*271*0001*005010X279A1~"
"BHT*0022*11*EL99182*20260304*0918~HL*1**20*1~NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KM001~"
"HL*2*1*21*1~NM1*1P*2*SUMMIT ALLERGY AND ASTHMA*****XX*1346628810~HL*3*2*22*0~"
"NM1*IL*1*PRZYBYLSKI*TOMASZ*J***MI*KMH660318821~DMG*D8*19910512*M~"
"EB*1*IND*30**GOLD PPO 2500~EB*C*IND*30***23*2500~EB*C*IND*30***29*1870.45~"
"EB*B*IND*95*****40~MSG*ALLERGEN IMMUNOTHERAPY REQUIRES PRIOR AUTHORIZATION AFTER 12 MONTHS~"
"SE*14*0001~GE*1*771204~IEA*1*000771204~")
add("phi", "struct", "Przybylski",
    '"Jess Kohler" <jkohler@summitallergy.com>', '"Leon Faber MD" <lfaber@summitallergy.com>',
    "FW: eligibility - Przybylski", "Wed, 04 Mar 2026 09:31:40 -0500",
"""Dr F - raw 271 below since the portal was down. If I'm reading it right he's still got
$1,870 left on the deductible and the shots need a new PA since he's past a year. Want me
to start the PA before his next injection Monday?

Jess

""" + X12_271.replace("~", "~\n"))

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "bwp-33018",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7721.1", "value": "BWP33018"}],
      "name": [{"family": "Castillo", "given": ["Mateo", "Luis"]}],
      "gender": "male",
      "birthDate": "2019-08-02",
      "contact": [{"relationship": [{"text": "mother"}],
                   "name": {"family": "Castillo", "given": ["Yesenia"]},
                   "telecom": [{"system": "phone", "value": "419-204-8831"}]}]
    }},
    {"resource": {
      "resourceType": "Immunization",
      "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "94", "display": "MMRV"}]},
      "patient": {"reference": "Patient/bwp-33018"},
      "occurrenceDateTime": "2023-09-14",
      "lotNumber": "X7721B"
    }},
    {"resource": {
      "resourceType": "AllergyIntolerance",
      "patient": {"reference": "Patient/bwp-33018"},
      "code": {"text": "Peanut"},
      "reaction": [{"manifestation": [{"text": "hives, lip swelling"}], "severity": "moderate"}]
    }}
  ]
}
"""
add("phi", "struct", "Castillo",
    '"Brightwater Pediatrics IT" <it@brightwaterpeds.com>', '"Nexa Health Apps Support" <support@nexahealthapps.io>',
    "Ticket #20418 - school form export failing", "Thu, 05 Mar 2026 11:05:27 -0500",
"""Hi,

Per your request, attaching the exact bundle our EHR sends to your school-forms app for the
patient where the PDF comes out blank. It's a real chart (Mateo Castillo), we couldn't
reproduce with a test patient. The immunization and allergy sections are the ones that don't
render.

Please delete after troubleshooting.

Rob Linn
Brightwater Pediatrics (part time IT)
""",
atts=[att("bundle_33018.json", FHIR, "application/json")])

add("phi", "struct", "Washington",
    '"Calder Women\'s Health Fax" <fax@calderwomens.com>', '"Calder Front Desk" <frontdesk@calderwomens.com>',
    "Fax received from 4195558210 (3 pages)", "Fri, 06 Mar 2026 10:17:09 -0500",
"""Fax received: 03/06/2026 10:16 AM   From: 4195558210   Pages: 3

---- OCR text of page 1 ----
KESSLING COMMUNITY HOSPITAL - LABOR & DELIVERY
FAX COVER SHEET

TO: Dr. Priya Raman / Calder Women's Health        FAX: 419-766-5521
FROM: L&D Triage, RN Desk                          PHONE: 419-555-8200
DATE: 3/6/26          PAGES (incl cover): 3

RE: WASHINGTON, KEISHA   DOB 01/19/1997   MRN KCH2210473

Comments: Pt seen in triage 3/5 2340, 33w2d, decreased FM. NST reactive, discharged home.
Please f/u in office within 48 hrs. Triage note and NST strip attached.

CONFIDENTIAL: This facsimile contains protected health information...
---- end OCR ----
""",
atts=[att("fax_20260306_1016.tif", b"II*\x00\x08\x00\x00\x00" + bytes(range(256)) * 4, "image/tiff")])

CSV_EXP = """AcctNo,LastName,FirstName,DOB,Phone,LastVisit,Provider,Balance,Status
M-10233,Kowalczyk,Irena,1948-11-02,419-882-0345,2026-01-14,VENNER,45.00,Active
M-10247,Obuya,Peter,1983-04-30,419-297-1180,2025-12-02,VENNER,0.00,Active
M-10260,Sandoval,Marisa,1990-07-17,567-210-4456,2026-02-20,HALE,125.00,Active - MVA claim
M-10261,Sandoval,Jorge,1988-02-09,567-210-4456,2026-02-20,HALE,125.00,Active - MVA claim
M-10302,Lindgren,Carl,1955-09-12,419-336-7012,2025-06-30,VENNER,310.50,Collections
"""
add("phi", "struct", "Sandoval",
    '"Gina Halvorsen" <gina@maplestchiro.com>', '"Dr. Amy Hale DC" <amy.hale.dc@gmail.com>',
    "patient list for your move", "Mon, 09 Mar 2026 19:48:33 -0500",
"""Amy, here's the export of everybody with a balance or recent visit, like you asked for your
new practice's letters. Russ said only send the ones who are
yours but the report wouldn't filter by provider so it's all of them, just use the HALE rows.

Gina
""",
atts=[zipatt("ledger_export_0309.zip", "ledger_export_0309.csv", CSV_EXP)])

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="LFM-003981" root="2.16.840.1.113883.3.7721.2"/>
    <addr><streetAddressLine>44 Birchwood Ct</streetAddressLine><city>Kessling</city><state>OH</state></addr>
    <patient><name><given>Harold</given><family>Eckstein</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19410227"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Medications</title>
      <text><list><item>Apixaban 5 mg BID</item><item>Metoprolol succinate 50 mg daily</item>
      <item>Donepezil 10 mg qHS</item></list></text></section></component>
    <component><section><title>Problems</title>
      <text><list><item>Atrial fibrillation</item><item>Mild neurocognitive disorder</item></list></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add("phi", "struct", "Eckstein",
    '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>', '"Admissions - Briarcliff Senior Living" <admissions@briarcliffliving.com>',
    "CCD for Mr. Eckstein's move-in", "Tue, 10 Mar 2026 13:13:13 -0500",
"""Hi Deb,

As requested by his son, attached is the continuity of care document for Harold. The
medication list is current as of this morning. He does need someone to supervise the evening
pills. The signed TB screening form will follow by fax.

Marisol Okafor MD
Linden Avenue Family Medicine
""",
atts=[att("CCD_Eckstein.xml", CCD, "application/xml")])

HL7_ADT = ("MSH|^~\\&|TCSLEEP|TCSC|SLEEPWARE|TCSC|202603111922||SIU^S12|SIU449182|P|2.3\n"
"SCH|449182||||||SPLIT^Split night PSG|||480|MIN|^^480^202603172000^202603180400\n"
"PID|1||TC-0081402||NWOSU^CHINEDU^A||19780913|M|||77 Granger Ave^^Kessling^OH^43612||5672218840\n"
"IN1|1|KMGOLD|KM001|KEYSTONE MUTUAL|||||||||||NWOSU^CHINEDU|SEL|19780913||||||||||||||||||KMH550921773\n"
"AIL|1||BED3^^^TCSC\n")
add("phi", "struct", "Nwosu",
    '"Sleepware Integration" <alerts@sleepware-cloud.com>', '"Tri-County Sleep IT" <it@tricountysleep.org>',
    "[ALERT] Inbound SIU rejected: AIL-3 bed BED3 not configured", "Wed, 11 Mar 2026 19:22:40 -0500",
"""An inbound scheduling message was rejected and no booking was created.

Reason: AIL-3 location BED3 is not configured for site TCSC.
Action: configure bed or correct the scheduling system, then resend.

Original message attached.
""",
atts=[att("SIU449182.hl7", HL7_ADT, "application/octet-stream")])
# ---------------------------------------------------------------- phi-ids
add("phi", "ids", "",
    '"Jess Kohler" <jkohler@summitallergy.com>', '"Provider Services - Keystone Mutual" <provsvc@kmhealth.com>',
    "Claim KM26-0449187221 status", "Mon, 02 Mar 2026 11:11:11 -0500",
"""Member ID KMH771920388, DOS 01/13/2026, CPT 95004 x 52 + 95024 x 6, billed $684.00.
Submitted 01/20, no 277 and no 835 yet. Please advise.

Jess Kohler
Summit Allergy & Asthma, NPI 1346628810
""")

add("phi", "ids", "",
    '"Lauren B" <lauren.b@calderwomens.com>', '"Dr. Priya Raman" <praman@calderwomens.com>',
    "MRN 40022817", "Tue, 03 Mar 2026 08:03:00 -0500",
"""quant hcg 48hr repeat: 1,210 -> 1,388. US tomorrow 8am. pt aware, no bleeding today.
""")

add("phi", "ids", "Pollard",
    '"Dana Pruitt" <dana@lindenavefm.com>', '"Kessling Rx - Pharmacy" <rx2214@kesslingrx.com>',
    "PA approved", "Wed, 04 Mar 2026 15:00:48 -0500",
"""PA came through for Ozempic 0.5 - pt Pollard DOB 10/08/1975, Carelink ID 5510024490,
approval ref PA2603-77812 good through 03/03/2027. Please re-run.
""")

add("phi", "ids", "",
    '"Northgate Derm Billing" <billing@northgatederm.com>', '"Kessling Medical Collections" <accounts@kesslingmedcoll.com>',
    "Recall accounts 3/5", "Thu, 05 Mar 2026 16:20:00 -0500",
"""Please recall the following from collections, paid in full at our office or insurance
reprocessed. Do NOT report to credit.

Acct 7702193  DOS 08/14/2025  Mohs x2 stages
Acct 7702411  DOS 09/02/2025  biopsy + path
Acct 7703008  DOS 10/21/2025  phototherapy x12

Thanks,
Northgate Dermatology
""", cs="iso-8859-1")

add("phi", "ids", "",
    '"Trish RN" <nurse@brightwaterpeds.com>', '"Kessling City Health Dept - Immunizations" <imms@kesslinghealth.gov>',
    "Registry correction request", "Fri, 06 Mar 2026 10:44:22 -0500",
"""Hello, please merge duplicate registry records:

State ID 39-0021877 and 39-0022950 - same child, DOB 2024-05-11, mother's maiden name
BERRIOS. Dose of DTaP-IPV-Hib given 03/04/2026 was recorded on the second record only.

Thank you,
Patricia Nunn RN, Brightwater Pediatrics (VFC pin 48812)
""")

add("phi", "ids", "",
    '"Kristen V" <kvance@stepwellfoot.com>', '"Gene Albright DPM" <galbright@stepwellfoot.com>',
    "RE: 835 adj", "Mon, 09 Mar 2026 10:10:00 -0500",
"""CLP*SW26-00812*4*265*0*0*MC*2026058122710~ -- Medicare denied the 11721 on 2/9 for the
pt with the 8/24/1944 bday, no class findings documented. Do you want to addend the note or
write it off?

-----Original Message-----
From: Gene Albright DPM
Sent: Monday, March 9, 2026 9:41 AM
To: Kristen V
Subject: 835 adj

Anything from Medicare on the routine foot care batch?
""")

add("phi", "ids", "",
    '"Clearpath Billing (Jen)" <jen@clearpathcounseling.net>', '"Ruth Adeyemi" <ruth@clearpathcounseling.net>',
    "quick one", "Tue, 10 Mar 2026 09:15:31 -0500",
"""Ruth, Optum wants the start/stop times on the 90837 for client #1184 on 2/17, the note just
says 60 min. Can you addend? They're holding $164.
""")
# ---------------------------------------------------------------- phi-lang
add("phi", "lang", "Herrera",
    '"Yadira Herrera" <yadiherrera88@hotmail.com>', '"Brightwater Pediatrics" <nurse@brightwaterpeds.com>',
    "mi hija Sofía - fiebre", "Mon, 02 Mar 2026 23:14:09 -0500",
"""Buenas noches, soy la mamá de Sofía Herrera, tiene 3 años. Desde ayer tiene fiebre de 39.4 y
hoy le salieron unas manchitas rojas en la panza y en las piernas. Le di ibuprofeno a las 9. Está
comiendo poquito pero toma agua. ¿La llevo a emergencias o puedo traerla mañana a primera hora?
Mi número es 419-608-3327. Gracias.

Yadira
""", cs="iso-8859-1", cte="qp")

add("phi", "lang", "Nguyễn",
    '"Tran Thi Mai" <maitran.kessling@gmail.com>', '"Northgate Dermatology" <info@northgatederm.com>',
    "Hỏi về kết quả sinh thiết của mẹ tôi", "Tue, 03 Mar 2026 13:40:55 -0500",
"""Chào phòng khám,

Mẹ tôi là bà Nguyễn Thị Lan (sinh ngày 12/06/1952) đã làm sinh thiết nốt ruồi ở má trái với bác
sĩ Leiber ngày 20 tháng 2. Đến giờ chúng tôi vẫn chưa nhận được kết quả. Mẹ tôi không nói được
tiếng Anh nên xin phòng khám gọi cho tôi, Mai, số 419-350-2281. Nếu cần phải mổ thêm thì cho
chúng tôi biết sớm vì gia đình sắp về Việt Nam vào tháng 4.

Cảm ơn nhiều,
Trần Thị Mai
""", cte="base64")

add("phi", "lang", "Joseph",
    '"Wideline Joseph" <widelinejoseph@yahoo.com>', '"Linden Ave Family Medicine" <office@lindenavefm.com>',
    "Papa m - Jean-Robert Joseph", "Wed, 04 Mar 2026 07:27:43 -0500",
"""Bonjou,

Mwen se pitit fi Jean-Robert Joseph. Papa m te gen randevou ak Dr Okafor jodi a a 10è pou
tansyon li, men li pa santi l byen depi yè swa, li toudi e li vomi de fwa. Sik li te 289 maten
an. Eske nou dwe mennen l nan ijans oubyen nou ka vini kanmenm a 10è?

Mèsi anpil,
Wideline
Sent from Yahoo Mail for iPhone
""")

add("phi", "lang", "Albuquerque",
    '"Rosângela Albuquerque" <rosangela.alb@uol.com.br>', '"Calder Women\'s Health" <frontdesk@calderwomens.com>',
    "Consulta pré-natal - Rosângela Albuquerque", "Thu, 05 Mar 2026 10:02:17 -0500",
"""Olá,

Estou grávida de 9 semanas, meu marido e eu mudamos de São Paulo para Kessling em janeiro.
Já fiz o primeiro ultrassom no Brasil e está tudo bem, mas tive diabetes gestacional na
primeira gravidez e minha médica lá disse para começar o acompanhamento cedo. Vocês aceitam o
seguro Keystone Mutual? Minha data de nascimento é 23/09/1993.

Desculpe, meu inglês é fraco, posso falar em espanhol também.

Obrigada,
Rosângela Albuquerque
(419) 277-0915
""", cs="iso-8859-1")

add("phi", "lang", "Wiśniewska",
    '"Nadia Torres" <ntorres@stepwellfoot.com>', '"Kristen V" <kvance@stepwellfoot.com>',
    "pani Wiśniewska", "Fri, 06 Mar 2026 11:48:00 -0500",
"""Kristen, Mrs. Wiśniewska called, I talked to her in Polish. Summary below + what she said so
you have it for the chart:

"Dzwoniła pani Halina Wiśniewska, po operacji haluksa 24 lutego. Mówi, że stopa jest bardziej
spuchnięta niż tydzień temu i czerwona przy szwach, temperatura 37,9. Bierze antybiotyk od
doktora, ale skończył się wczoraj."

= swelling + redness at incision, low grade temp, finished the antibiotic yesterday. I told her
to come at 1:30 today, Dr A knows.

Nadia
""")

add("phi", "lang", "Haddad",
    '"Samir Haddad" <samir.haddad@gmail.com>', '"Summit Allergy & Asthma" <info@summitallergy.com>',
    "ابني يوسف - حساسية الفول السوداني", "Mon, 09 Mar 2026 17:55:30 -0500",
"""السلام عليكم،

ابني يوسف حداد عمره ٧ سنوات، عنده موعد مع الدكتور فابر يوم ١٨ مارس لاختبار الحساسية من الفول
السوداني. هل يجب أن يتوقف عن دواء الحساسية (سيتريزين) قبل الاختبار؟ وكم يوم قبل؟ المرة الماضية
أصابه تورم في الشفاه بعد أكل بسكويت في المدرسة.

شكراً،
سمير حداد
٤١٩-٣٨٨-٠٥١٢
""", cte="base64")

add("phi", "lang", "Warsame",
    '"Hodan Ali" <hodan.ali.warsame@gmail.com>', '"Calder Women\'s Health" <frontdesk@calderwomens.com>',
    "Re: appointment", "Tue, 10 Mar 2026 12:21:48 -0500",
"""Ok thank you. Walaashay Fadumo Warsame ayaan u qorayaa, iyadu English ma taqaan. Waxay uurka ku
jirtaa 30 toddobaad, aad bay u madax xanuunsataa oo lugaha ayaa barara since Sunday. Ballanteedu
waa 3/24 laakiin ma imaan karnaa berri? Somali interpreter please.

Hodan (sister)
612 Northfield Ave apt 4, Kessling

-----Original Message-----
From: Calder Women's Health <frontdesk@calderwomens.com>
Sent: Tuesday, March 10, 2026 11:05 AM
To: hodan.ali.warsame@gmail.com
Subject: appointment

Hi, this is a reminder that Fadumo Warsame has a prenatal visit on 03/24/2026 at 10:40 AM.
""")
# ---------------------------------------------------------------- clean-staff
add("clean", "staff", "",
    '"Trish RN" <nurse@brightwaterpeds.com>', '"Brightwater Staff" <staff@brightwaterpeds.com>',
    "vaccine fridge alarm last night", "Mon, 02 Mar 2026 07:12:40 -0500",
"""Morning all,

The vaccine fridge data logger alarmed at 2:14 AM, max temp 9.1C for about 40 minutes, looks
like the power blip from the storm. I've quarantined everything in the fridge and labeled it
DO NOT USE. I'm on the phone with the VFC program and Merck/Sanofi to see what's still viable.

Until I give the all clear, any kid who needs shots today gets rescheduled for later this week,
NOT given from that fridge. Front desk please call this morning's shot visits.

Trish
""")

add("clean", "staff", "",
    '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>', '"Dana Pruitt" <dana@lindenavefm.com>',
    "Re: schedule next week", "Tue, 03 Mar 2026 21:02:11 -0500",
"""Yes block Thursday afternoon, I'm at my daughter's recital. Move whoever's there to Friday
morning if they're OK with it, otherwise offer Dr. Singh at the Westside office. And please
don't put any new patients on Monday, I'm still catching up on charts.

Thank you for everything this week, I know it's been a lot with Kim out.

M

> Do you still want Thursday PM blocked? I have 6 on it right now.
> D
""")

add("clean", "staff", "",
    '"Carla Mendes" <cmendes@tricountysleep.org>', '"Tri-County Sleep Techs" <techs@tricountysleep.org>',
    "night shift swaps March", "Wed, 04 Mar 2026 14:30:00 -0500",
"""Hi techs,

Swaps so far for March:
- Ben <-> Alyssa, 3/14 and 3/21
- I'm covering Rachel's 3/18 (her kid's surgery)
- Still need someone for 3/27, 3 beds booked. Time and a half approved.

Also reminder the pediatric montage kits are in the back closet now, not bed 4.

Carla
""")

add("clean", "staff", "",
    '"Leon Faber MD" <lfaber@summitallergy.com>', '"Summit Allergy Staff" <staff@summitallergy.com>',
    "epi protocol reminder", "Thu, 05 Mar 2026 08:01:14 -0500",
"""Team,

We had a systemic reaction in the shot room yesterday. Handled well, patient is fine and went
home after observation, but it's a good reminder:

1. Epi is the first drug, not Benadryl. 0.3 mg IM lateral thigh, repeat q5-15 min.
2. Call 911 for anything beyond hives. Don't wait to "see if it settles".
3. Check the crash box expiration dates every Monday - two of the autoinjectors were expiring
   this month.

We'll do a 15 minute drill at Friday's huddle.

Leon
""")

add("clean", "staff", "",
    '"Simon Ferreira, LISW" <simon@clearpathcounseling.net>', '"Ruth Adeyemi, LPCC" <ruth@clearpathcounseling.net>',
    "Re: covering Thursday", "Fri, 06 Mar 2026 16:40:22 -0500",
"""All three came in, nothing urgent, notes are signed in the system. Your 1 o'clock did great.
Enjoy the rest of your time with your sister.

Also - can we talk next week about the waitlist? I'm at 22 people and I'd like us to decide
whether to close intake until June.

S
""")

add("clean", "staff", "",
    '"Becky Olsen" <becky@calderwomens.com>', '"Calder Women\'s Health - All" <all@calderwomens.com>',
    "Ultrasound room 2 down", "Mon, 09 Mar 2026 07:48:09 -0500",
"""GE tech is coming Wednesday, the probe on the Voluson in room 2 has a crack. All OB scans
go to room 1 until then; I've pushed the afternoon anatomy scans 20 min apart so we don't back
up. If a patient is upset about the wait, give them a parking validation.

Becky
""", cte="base64")

add("clean", "staff", "",
    '"Gina Halvorsen" <gina@maplestchiro.com>', '"Russ Venner" <russ@maplestchiro.com>',
    "numbers for Feb", "Tue, 10 Mar 2026 18:20:00 -0500",
"""Russ,

February: 412 visits (down from 455 in Jan, the snow week hurt us), 31 new patients, 9 of them
from the Google ads. Collections $38,210. PI/auto cases are 18% of AR now, which is too much
sitting and waiting on settlements. Average days in AR 41.

I'd like to stop taking new auto cases without a letter of protection. Talk Thursday?

Gina
""", html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Russ,</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Feb 2026</th><th></th></tr>
<tr><td>Visits</td><td>412 (Jan 455)</td></tr>
<tr><td>New patients</td><td>31 (9 from Google ads)</td></tr>
<tr><td>Collections</td><td>$38,210</td></tr>
<tr><td>PI/auto share of AR</td><td>18%</td></tr>
<tr><td>Days in AR</td><td>41</td></tr>
</table>
<p>I'd like to stop taking new auto cases without a letter of protection. Talk Thursday?</p>
<p>Gina</p></body></html>""")
# ---------------------------------------------------------------- clean-admin
add("clean", "admin", "",
    '"Provider Enrollment - Keystone Mutual" <enrollment@kmhealth.com>', '"Dr. Hannah Leiber" <hleiber@northgatederm.com>',
    "Recredentialing due - Hannah Leiber MD (NPI 1093817726)", "Mon, 02 Mar 2026 09:00:00 -0500",
"""Dear Dr. Leiber,

Our records indicate your recredentialing with Keystone Mutual Health is due by April 30, 2026.
Please confirm your CAQH profile is attested within the last 120 days and upload a current
malpractice certificate of insurance and DEA registration.

Failure to complete recredentialing may result in termination from the network.

Provider Enrollment Department
Keystone Mutual Health
""")

add("clean", "admin", "",
    '"Harborview Property Mgmt" <leasing@harborviewpm.com>', '"Gene Albright" <galbright@stepwellfoot.com>',
    "Carrow Rd Suite B - lease renewal", "Tue, 03 Mar 2026 13:45:00 -0500",
"""Gene,

Attached is the renewal for Suite B. Base rent goes from $22.50 to $23.75/sf, CAM unchanged.
Landlord agreed to re-stripe the handicap spaces and fix the ramp railing before June as you
requested. Please sign and return by the 20th.

Regards,
Melissa Grange
Harborview Property Management
""",
atts=[att("SuiteB_renewal_2026.txt",
"""LEASE RENEWAL AGREEMENT
Premises: 2215 Carrow Rd, Suite B, Kessling OH
Tenant: Stepwell Podiatry LLC
Term: 60 months commencing 07/01/2026
Base Rent: $23.75 per rentable sq ft per annum, 2,140 RSF
""")])

add("clean", "admin", "",
    '"Rob Linn" <it@brightwaterpeds.com>', '"Brightwater Staff" <staff@brightwaterpeds.com>',
    "EHR downtime Saturday 10pm-2am + new password rules", "Wed, 04 Mar 2026 16:00:00 -0500",
"""Hi everyone,

1) The EHR vendor is upgrading servers Saturday night 10 PM to 2 AM. On-call docs: use the
downtime binder (printed Friday) for anything overnight, and enter it Sunday.

2) Starting March 16 passwords need 14 characters and MFA on the phone app. If you haven't
installed the Authenticator app, come find me Thursday.

3) Please stop taping passwords under the keyboards. Yes I checked.

Rob
""")

add("clean", "admin", "",
    '"Gusto" <no-reply@gusto.com>', '"Ruth Adeyemi" <ruth@clearpathcounseling.net>',
    "Payroll for Clearpath Counseling LLC runs tomorrow", "Thu, 05 Mar 2026 12:00:00 -0500",
"""Hi Ruth,

Your payroll for the pay period Feb 21 - Mar 6 will be debited from your account ending 4471
on Mar 6. Total: $14,882.19 for 5 employees and 2 contractors.

Review payroll: https://app.gusto.com/payrolls

The Gusto Team
""", html="""<html><body><table width="600" style="font-family:Helvetica"><tr><td>
<h2 style="color:#f45d48">Payroll runs tomorrow</h2>
<p>Hi Ruth,</p><p>Your payroll for the pay period <b>Feb 21 - Mar 6</b> will be debited from your account ending 4471 on Mar 6.</p>
<p>Total: <b>$14,882.19</b> for 5 employees and 2 contractors.</p>
<p><a href="https://app.gusto.com/payrolls">Review payroll</a></p></td></tr></table></body></html>""")

add("clean", "admin", "",
    '"Dana Pruitt" <dana@lindenavefm.com>', '"Dr. Marisol Okafor" <mokafor@lindenavefm.com>',
    "FW: Medicare revalidation", "Fri, 06 Mar 2026 10:31:06 -0500",
"""FYI, this is real (I checked the PECOS site, not the link). I'll do it this week, just need
your login for I&A.

-----Original Message-----
From: CGS Administrators <noreply@cgsmedicare.com>
Sent: Thursday, March 5, 2026 3:14 PM
Subject: Revalidation Notice - Linden Avenue Family Medicine PLLC

Your Medicare enrollment is due for revalidation by 05/31/2026. Revalidate via PECOS. If not
completed, Medicare billing privileges may be deactivated.

PTAN: K8821047   Group NPI: 1477039912
""")

add("clean", "admin", "",
    '"Accounts Receivable - MedSupply Direct" <ar@medsupplydirect.com>', '"Maple St Chiropractic" <gina@maplestchiro.com>',
    "Invoice 88213-A past due", "Mon, 09 Mar 2026 08:15:00 -0500",
"""Good morning,

Invoice 88213-A dated 01/22/2026 for $1,146.80 – ultrasound gel x 24, TENS electrodes x 40 pk,
cervical pillows x 12, table paper x 12 rolls – is now 45 days past due.

Please remit at your earliest convenience or contact us to set up terms.

MedSupply Direct
""", cs="windows-1252", cte="qp")

add("clean", "admin", "",
    '"Jen" <jen@clearpathcounseling.net>', '"Ruth Adeyemi" <ruth@clearpathcounseling.net>',
    "Optum rate increase - we got it", "Tue, 10 Mar 2026 14:02:00 -0500",
"""Ruth!! Optum finally agreed to the new rates effective 4/1:

90791  $152 -> $171
90834  $98  -> $109
90837  $131 -> $148
90847  $112 -> $120

Contract amendment is in DocuSign for you. This plus the Carelink bump is about $2,300/mo more
at current volume.

Jen
""")
# ---------------------------------------------------------------- clean-lookalike
add("clean", "lookalike", "",
    '"Eastside Animal Hospital" <reminders@eastsideanimalhosp.com>', '"Karen Moody" <kmoody1980@gmail.com>',
    "Biscuit is due for vaccines + bloodwork", "Mon, 02 Mar 2026 08:00:00 -0500",
"""Hi Karen,

Our records show Biscuit (Canine, Beagle, DOB 04/2016) is due for:
  - Rabies 3yr          due 03/15/2026
  - DHPP                due 03/15/2026
  - Senior wellness bloodwork (CBC, chemistry, T4)
  - Heartworm test

Since Biscuit is on phenobarbital we'll also recheck the level at this visit. Patient ID 11820.

Book online or call 419-882-7300.
Eastside Animal Hospital - Dr. Keri Vandermolen DVM
""", html="""<html><body style="font-family:Verdana;font-size:10pt;background:#f4f8fb">
<table width="560" align="center" style="background:#fff;padding:16px"><tr><td>
<h3 style="color:#2b7a78">Hi Karen, Biscuit is due!</h3>
<p>Our records show <b>Biscuit</b> (Canine, Beagle, DOB 04/2016) is due for:</p>
<ul><li>Rabies 3yr &mdash; due 03/15/2026</li><li>DHPP &mdash; due 03/15/2026</li>
<li>Senior wellness bloodwork (CBC, chemistry, T4)</li><li>Heartworm test</li></ul>
<p>Since Biscuit is on phenobarbital we'll also recheck the level at this visit. Patient ID 11820.</p>
<p><a href="https://eastsideanimalhosp.com/book">Book online</a> or call 419-882-7300.</p>
<p style="font-size:8pt;color:#888">Eastside Animal Hospital &middot; Dr. Keri Vandermolen DVM</p>
</td></tr></table></body></html>""")

add("clean", "lookalike", "",
    '"Buckeye Auto Insurance Claims" <claims@buckeyeauto.com>', '"Russell Venner" <russ@maplestchiro.com>',
    "Claim BA-26-118204 - estimate approved", "Tue, 03 Mar 2026 15:22:10 -0500",
"""Dear Russell Venner,

Your claim BA-26-118204 for the 02/27/2026 incident (2021 Subaru Outback, VIN ending 8831) has
been reviewed. The body shop estimate of $3,418.55 for the rear bumper cover, liftgate and
right taillamp assembly has been approved, less your $500 collision deductible.

No injuries were reported on this claim. Rental coverage is approved for up to 10 days at
$40/day with Enterprise on Lindell Rd.

Adjuster: Craig Tomlin, 419-882-6100 ext 224
""")

add("clean", "lookalike", "",
    '"Kessling Subaru Service" <service@kesslingsubaru.com>', '"Gina Halvorsen" <gina.halvorsen@gmail.com>',
    "Your vehicle health report and appointment 3/11", "Wed, 04 Mar 2026 09:45:00 -0500",
"""Hi Gina,

Thanks for booking with us. Your appointment is Wednesday 3/11 at 7:30 AM.

Vehicle Health Report (2018 Forester, 96,210 mi):
  Diagnostic trouble code P0420 - catalyst efficiency below threshold (bank 1)
  Battery test: WEAK - recommend replacement ($189.95)
  Brakes: front pads 3mm - RED
  Tires: OK

Our technician will confirm the diagnosis before any work. Shuttle available within 5 miles.

Kessling Subaru Service Dept.
""")

add("clean", "lookalike", "",
    '"Greenleaf Tree & Lawn" <office@greenleaftree.com>', '"Dr. Phil Arceneaux" <phil.arceneaux@gmail.com>',
    "Diagnosis for your crabapple - treatment plan", "Thu, 05 Mar 2026 13:00:00 -0500",
"""Hello Phil,

Following Tuesday's visit, our arborist's diagnosis for the crabapple in your front yard is fire
blight (Erwinia amylovora), with cankers on about 30% of the canopy. The maple by the driveway
showed early symptoms of tar spot, not a concern for the tree's health.

Recommended treatment:
  1. Prune infected branches 12" below cankers (dry weather, tools sterilized)   $340
  2. Streptomycin spray at bloom, 2 applications                                 $190
  3. Follow-up inspection in June                                                no charge

Reply to approve and we'll schedule.

Greenleaf Tree & Lawn
""")

add("clean", "lookalike", "",
    '"Kessling Rx Rewards" <rewards@kesslingrx.com>', '"Dana Pruitt" <dana.pruitt77@yahoo.com>',
    "Dana, you have 1,240 points - $10 reward unlocked", "Fri, 06 Mar 2026 06:00:00 -0500",
"""Hi Dana,

Rewards member #4401-2288-19

Points balance: 1,240
Reward available: $10 off your next purchase of $30 or more (excludes prescriptions, alcohol,
tobacco, gift cards)

This week's member deals:
  - Vitamin D3 2000 IU, 180 ct - BOGO
  - SPF 50 sunscreen - 30% off
  - Flu shots available at all locations, no appointment needed

Kessling Rx - Your neighborhood pharmacy since 1962
Unsubscribe | Privacy
""", cte="qp")

add("clean", "lookalike", "",
    '"HealthEquity" <statements@healthequity-mail.com>', '"Nadia Torres" <ntorres.home@gmail.com>',
    "Your HSA statement for February 2026 is ready", "Mon, 09 Mar 2026 07:30:00 -0500",
"""Hi Nadia,

Your February 2026 Health Savings Account statement is available.

  Beginning balance      $2,114.08
  Contributions (payroll)  $275.00
  Employer contribution     $50.00
  Interest                   $0.87
  Ending balance         $2,439.95

2026 contribution limit (self-only): $4,400. Contributed year to date: $650.00.

Log in to view your full statement and investment options.
HealthEquity, Inc.
""")

add("clean", "lookalike", "",
    '"FitLab Kessling" <members@fitlabkessling.com>', '"Kyle Mertz" <kylemertz@gmail.com>',
    "Your membership renews April 1", "Tue, 10 Mar 2026 11:11:00 -0500",
"""Hey Kyle,

Your FitLab All Access membership renews April 1 at $49/month. Nothing to do if you want to
keep it. New this spring:

  - Recovery room: cold plunge + sauna included in All Access
  - Kids' Club hours extended to 8 PM weekdays
  - Free InBody scan with any personal training package

Need to freeze for travel or injury? Reply to this email before the 25th.

See you on the floor,
The FitLab Team
""")
# ---------------------------------------------------------------- clean-news
add("clean", "news", "",
    '"Kessling City Health Department" <alerts@kesslinghealth.gov>', '"Kessling Providers List" <providers-l@kesslinghealth.gov>',
    "HEALTH ADVISORY: Measles exposure, Westfield Mall food court 2/27", "Mon, 02 Mar 2026 17:05:00 -0500",
"""KESSLING CITY HEALTH DEPARTMENT - HEALTH ADVISORY

A confirmed measles case (out-of-state traveler) visited the Westfield Mall food court on
Friday 2/27 between 5:00 and 8:30 PM. Exposed persons who are not immune may develop symptoms
between 3/6 and 3/20.

Providers: consider measles in any patient with fever and rash, ask about the exposure, mask
and isolate at check-in, and call the health department BEFORE sending specimens. Post-exposure
MMR is effective within 72 hours; immune globulin within 6 days for high-risk contacts.

This is the 3rd case in the county in 2026. Vaccination coverage among kindergartners in
Kessling is 89.4%.

Epidemiology Line: 419-555-0190 (24/7)
""")

add("clean", "news", "",
    '"Summit Allergy & Asthma" <news@summitallergy.com>', '"Summit patients" <news@summitallergy.com>',
    "Tree pollen is here early - spring tips from Dr. Faber", "Tue, 03 Mar 2026 06:30:00 -0500",
"""Spring 2026 Allergy Update

Our rooftop counter picked up maple and elm pollen on February 26 this year, nearly two weeks
earlier than average. Today's count: Trees MODERATE (48 grains/m3), Mold LOW.

What you can do now:
  * Start your nasal steroid spray 2 weeks before your usual symptoms, so, now.
  * Keep windows closed in the morning, when counts peak.
  * Shower and change after yard work.
  * If you're on allergy shots, don't skip build-up visits in spring.

New: Saturday shot hours 8-11 AM starting March 14.

Summit Allergy & Asthma | 3300 Fenwick Plaza | Unsubscribe
""", html="""<html><body style="font-family:Georgia;max-width:620px">
<h2 style="color:#3b6e2f">Spring 2026 Allergy Update</h2>
<p>Our rooftop counter picked up maple and elm pollen on February 26 this year, nearly two weeks earlier than average.
Today's count: <b>Trees MODERATE</b> (48 grains/m3), Mold LOW.</p>
<h4>What you can do now</h4><ul><li>Start your nasal steroid spray 2 weeks before your usual symptoms, so, now.</li>
<li>Keep windows closed in the morning, when counts peak.</li><li>Shower and change after yard work.</li>
<li>If you're on allergy shots, don't skip build-up visits in spring.</li></ul>
<p><b>New:</b> Saturday shot hours 8-11 AM starting March 14.</p>
<p style="font-size:8pt;color:#777">Summit Allergy &amp; Asthma | 3300 Fenwick Plaza | <a href="#">Unsubscribe</a></p></body></html>""")

add("clean", "news", "",
    '"Medscape" <news@mail.medscape.com>', '"Dr. Priya Raman" <praman@calderwomens.com>',
    "ACOG updates guidance on low-dose aspirin for preeclampsia prevention", "Wed, 04 Mar 2026 05:12:00 -0500",
None, html="""<html><head><style>td{font-family:Arial,sans-serif}.hd{font-size:18px;font-weight:bold;color:#0b4f8a}
.sm{font-size:11px;color:#777}</style></head><body><table width="600" cellpadding="8">
<tr><td style="background:#0b4f8a;color:#fff">Medscape Ob/Gyn &amp; Women's Health &mdash; Daily</td></tr>
<tr><td><a class="hd" href="https://www.medscape.com/viewarticle/acog-aspirin">ACOG updates guidance on low-dose aspirin for preeclampsia prevention</a>
<p>A revised practice advisory widens the group of pregnant patients for whom 81&nbsp;mg aspirin is
recommended, starting between 12 and 28 weeks and ideally before 16 weeks&hellip;</p></td></tr>
<tr><td><b>Also today</b><ul><li>Cervical cancer screening rates fell in women 25&ndash;34 over the past decade</li>
<li>GLP-1 use before conception: what the registry data show</li>
<li>Quiz: Do you know the latest on postpartum depression treatment?</li></ul></td></tr>
<tr><td class="sm">You are receiving this because you subscribed to Medscape newsletters. <a href="#">Manage preferences</a></td></tr>
</table></body></html>""")

add("clean", "news", "",
    '"Ohio Chiropractic Association" <info@ohiochiro.org>', '"Members" <members@ohiochiro.org>',
    "Legislative update: HB 212 passes committee", "Thu, 05 Mar 2026 10:00:00 -0500",
"""Dear Members,

HB 212, which would bar insurers from setting copays for chiropractic visits higher than those
for primary care visits, passed the House Health Committee 9-4 on Tuesday. A floor vote is
expected before the April recess.

Please contact your state representative this week. A sample letter is on our website.

Spring convention registration (Columbus, April 24-26) closes March 31. 12 CE hours.

Ohio Chiropractic Association
""")

add("clean", "news", "",
    '"Tri-County Sleep Center" <news@tricountysleep.org>', '"Referring Providers" <referrers@tricountysleep.org>',
    "Q4 2025 referral report + new home sleep test option", "Fri, 06 Mar 2026 12:00:00 -0500",
"""Dear colleagues,

Thank you for your referrals. In Q4 2025 we completed 612 sleep studies (418 in-lab, 194 home).
58% of diagnostic studies met criteria for obstructive sleep apnea; median AHI among positive
studies was 22. Average wait for an in-lab study is now 11 days, down from 26 last spring.

We now offer a disposable single-night home sleep test mailed to the patient's home, covered by
most plans for adults with high pretest probability. Order with the usual referral form and
check "HSAT - mail".

Phil Arceneaux MD, Medical Director
""")

add("clean", "news", "",
    '"Kessling Courier-Times" <newsletter@courier-times.com>', '"subscriber" <tfenwick@fenwickhvac.com>',
    "Morning Briefing: New pediatric urgent care opens on East Side", "Mon, 09 Mar 2026 06:00:00 -0500",
"""MORNING BRIEFING - Monday, March 9

HEALTH: A pediatric urgent care run by Kessling Children's opened Saturday on Harmon Rd, with
evening and weekend hours. The clinic saw 74 children its first day, mostly for flu and ear
infections, a spokesperson said.

CITY: Council votes tonight on the Carrow Road resurfacing plan.

SPORTS: Kessling North advances to the regional final after a 58-55 win.

WEATHER: High 47, rain after 3 PM.
""")
# ---------------------------------------------------------------- clean-training
add("clean", "training", "",
    '"Rob Linn" <it@brightwaterpeds.com>', '"Brightwater Front Desk" <frontdesk@brightwaterpeds.com>',
    "Practice in the training environment before Monday", "Mon, 02 Mar 2026 15:30:00 -0500",
"""Hi front desk,

The new check-in screens go live Monday. Please practice in TRAINING (the orange banner
one, NOT live) with these test patients only:

  ZZTEST, MICKEY     DOB 01/01/2000   MRN TRN0001
  ZZTEST, MINNIE     DOB 01/01/2015   MRN TRN0002   (has a guardian on file)
  ZZTEST, DONALD     DOB 01/01/2020   MRN TRN0003   (self-pay, no insurance)

Try: checking in Minnie with a new insurance card, collecting a copay, printing the VFC form.
Do not create new test patients in TRAINING either, it clutters the list.

Rob
""")

add("clean", "training", "",
    '"Compliance Training" <training@healthcompliancepro.com>', '"Gina Halvorsen" <gina@maplestchiro.com>',
    "Annual HIPAA training due 3/31 - Module 4: Minimum Necessary", "Tue, 03 Mar 2026 08:00:00 -0500",
"""Module 4 Quiz Preview

Scenario: A front-desk employee receives a call from a woman who says she is Jane Doe's
daughter and asks what time her mother's appointment is tomorrow. Jane Doe has not listed
anyone on her release form.

Which response is best?
  a) Give the time, since it's just scheduling information
  b) Confirm only that her mother is a patient
  c) Politely explain you can't share information without the patient's authorization
  d) Transfer the call to the doctor

(Answer: c)

Complete all 6 modules by March 31 to maintain your certificate.
""")

add("clean", "training", "",
    '"Dr. Ted Kowalczyk" <tkowalczyk@brightwaterpeds.com>', '"Kessling Peds Journal Club" <peds-jc@googlegroups.com>',
    "Case for Thursday journal club (de-identified)", "Wed, 04 Mar 2026 20:20:00 -0500",
"""Case for Thursday, details changed:

A previously healthy school-age child presents in late winter with 5 days of fever, bilateral
non-exudative conjunctivitis, cracked red lips, and a polymorphous rash. Labs: CRP 11, ALT mildly
elevated, platelets normal on day 5. Echo on day 6 normal.

Questions:
1. Does this meet criteria for complete Kawasaki disease?
2. IVIG now, or wait for day 7 labs?
3. How would you counsel the family on follow-up echo timing?

Reading: AHA 2024 scientific statement (attached link). Pizza is on me.

Ted
""")

add("clean", "training", "",
    '"Jen" <jen@clearpathcounseling.net>', '"Clearpath Clinicians" <clinicians@clearpathcounseling.net>',
    "How to document time so Optum stops denying", "Thu, 05 Mar 2026 11:30:00 -0500",
"""Hi all, since we've had a few of these lately, here's what a note needs for 90837:

  Start time: 2:02 PM   Stop time: 2:58 PM   (53+ minutes face to face)
  Modality: in person / telehealth (audio+video) - say which
  Place of service: 11 or 10/02

Example (made up):
  "Client seen 2:02-2:58 PM via video from home (POS 10). Worked on cognitive restructuring
   around work stress. Plan: continue weekly."

"60 min" alone is what gets us denied. Thanks!
Jen
""")

SAMPLE_HL7 = ("MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20260101120000||ADT^A04|MSG00001|T|2.5.1\n"
"PID|1||TEST123^^^SENDFAC^MR||PATIENT^TEST^A||19000101|U|||123 ANY ST^^ANYTOWN^OH^00000\n"
"PV1|1|O|CLINIC^^^SENDFAC||||9999999999^DOCTOR^SAMPLE\n")
add("clean", "training", "",
    '"Integration Team - Meridian Labs" <interfaces@meridianlabs.com>', '"Tri-County Sleep IT" <it@tricountysleep.org>',
    "Onboarding: test messages for new interface (processing ID T)", "Fri, 06 Mar 2026 09:00:00 -0500",
"""Hello,

For interface validation please send the sample ADT below to our TEST endpoint (processing ID
"T") and confirm you get back an AA. Do not use production patient data in the test
environment. Spec v3.2 attached.

""" + SAMPLE_HL7 + """
Meridian Regional Labs Integration Team
""",
atts=[att("sample_adt_a04.hl7", SAMPLE_HL7, "application/octet-stream")])

add("clean", "training", "",
    '"Kristen V" <kvance@stepwellfoot.com>', '"Nadia Torres" <ntorres@stepwellfoot.com>',
    "coding cheat sheet for routine foot care", "Mon, 09 Mar 2026 13:45:00 -0500",
"""Nadia, here's the cheat sheet I promised for when you're checking out nail visits:

  11719  trimming nondystrophic nails, any number
  11720  debridement of nails, 1-5
  11721  debridement of nails, 6 or more
  G0127  trimming of dystrophic nails, any number

Medicare only pays routine foot care with a class finding (Q7/Q8/Q9 modifier) - e.g. absent
pedal pulses, or a qualifying systemic condition with the treating MD's name and date last seen
in the note. If the note doesn't have it, flag it for Dr A before it goes out.

Kristen
""",
atts=[att("RFC_cheatsheet.csv",
"""Code,Description,Needs class finding,Modifier
11719,Trim nondystrophic nails,Yes,Q7/Q8/Q9
11720,Debride nails 1-5,Yes,Q7/Q8/Q9
11721,Debride nails 6+,Yes,Q7/Q8/Q9
G0127,Trim dystrophic nails,Yes,Q7/Q8/Q9
""", "text/csv")])

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for m in MSGS:
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fn = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(m, fn[:-4])
        data = msg.as_bytes()
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append([fn, m["label"], m["kind"], m["patient"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    # verify
    for fn, *_ in rows:
        with open(os.path.join(OUT, fn), "rb") as fh:
            p = BytesParser(policy=policy.default).parse(fh)
        assert p["Subject"] is not None and p["From"] is not None, fn
        for part in p.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    print("wrote", len(rows), "messages")

if __name__ == "__main__":
    main()
