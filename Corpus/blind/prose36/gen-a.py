#!/usr/bin/env python3
"""Blind evaluation mail set: multi-state physician group (revenue cycle,
referrals, care management) plus patient replies to portal/text reminders.
Standard library only; deterministic.  Usage: python3 gen.py OUTDIR
All people, numbers and organisations are invented."""
import csv
import datetime
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

SEED = 3601
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

BASE = datetime.datetime(2024, 4, 1, 7, 12, 0)
TZS = [datetime.timezone(datetime.timedelta(hours=h)) for h in (-5, -5, -6, -6, -7)]
COUNTERS = {}
ROWS = []
SEQ = [0]

DISC = ("\n\nCONFIDENTIALITY NOTICE: This message, including any attachments, is for the\n"
        "sole use of the intended recipient(s) and may contain confidential and\n"
        "privileged information. Any unauthorized review, use, disclosure or\n"
        "distribution is prohibited. If you are not the intended recipient, please\n"
        "contact the sender by reply e-mail and destroy all copies of the original.\n")


def zipdate():
    return (2024, 4, 1, 9, 30, 0)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=zipdate())
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def make_xlsx(sheetname, rows):
    def col(j):
        return chr(65 + j)

    def cell(i, j, v):
        return '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(j), i + 1, escape(v))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + ''.join('<row r="%d">%s</row>' % (i + 1, ''.join(cell(i, j, v) for j, v in enumerate(r)))
                       for i, r in enumerate(rows))
             + '</sheetData></worksheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheetname))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return make_zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def mk(label, kind, patient, frm, to, subj, body, html=None, atts=(), cte=None, cc=None,
       headers=None):
    """atts: list of (data, maintype, subtype, filename); str data -> text part."""
    SEQ[0] += 1
    n = SEQ[0]
    k = (label, kind)
    COUNTERS[k] = COUNTERS.get(k, 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNTERS[k])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    dt = (BASE + datetime.timedelta(minutes=n * 401 + random.randint(0, 240))).replace(
        tzinfo=random.choice(TZS))
    msg['Date'] = format_datetime(dt)
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%s.%04d.%06d@%s>' % (dt.strftime('%Y%m%d%H%M%S'), n,
                                               random.randint(0, 999999), dom)
    for hk, hv in (headers or {}).items():
        msg[hk] = hv
    if not cte and body.isascii() and max(len(x) for x in body.splitlines()) <= 990:
        cte = '7bit'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (n, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


# ---------------------------------------------------------------------------
# PHI: care
# ---------------------------------------------------------------------------

mk('phi', 'care', 'Whitcombe',
   'Shauna Delacroix <sdelacroix@prairiesummitmg.org>',
   'referrals@heartlandheartcenter.com',
   'Referral - Dolores Whitcombe - echo + stress test',
   """Good morning,

Sending over a referral for Dolores Whitcombe. Dr. Anand saw her in the Overland Park
office on 3/28 for shortness of breath when she does stairs and some ankle swelling. He
started her on metoprolol 25 mg twice a day and ordered an echo and a nuclear stress test
but would like your group to do both and then see her in consult.

Her last EKG and the BMP from 3/28 are in the fax we sent this morning (14 pages). Her
insurance is Cornerstone Health Plan, they told me on the phone no auth is needed for the
echo but the stress test needs one so I started it, ref # CHP-PA-0441982.

She prefers morning appointments and her daughter drives her, best number is the daughter's.

Thanks so much,
Shauna

Shauna Delacroix, CMA
Referral Coordinator | Prairie Summit Medical Group - Johnson County Internal Medicine
p 913-555-0148  f 913-555-0149
""" + DISC)

mk('phi', 'care', 'Jenssen',
   'Carmen Ybarra RN <cybarra@prairiesummitmg.org>',
   'Dr. Philip Okereke <pokereke@prairiesummitmg.org>',
   'tcm call - harold jenssen',
   """dr o - did the 2 day call for harold jenssen today. discharged from st brendan's 4/2 after 3
nights, they added lasix 40 mg every morning and stopped his amlodipine. he didnt know the
amlodipine was stopped and was still taking it, told him to hold it and I'll put it on your
list to confirm.

weight at home this am 187 (he says 194 before admission). home health PT starts thursday.
I scheduled his TCM visit with you 4/9 at 10:20. he needs a BMP before then - order pended
for you to sign.

wife asked about the oxygen, hospital didnt send him home on any. ok?

carmen
Carmen Ybarra, RN, CCM | Care Management | Prairie Summit MG - Wichita East
316-555-0172
""")

mk('phi', 'care', 'Stahl',
   'Priya Ramaswamy <pramaswamy@prairiesummitmg.org>',
   'um.intake@keystonemutualhealth.com',
   'Prior auth request - MRI lumbar spine w/o contrast - STAHL, REBECCA',
   """To the Keystone Mutual utilization review team,

Please accept this request for prior authorization for an MRI of the lumbar spine without
contrast (CPT 72148) for our patient Rebecca Stahl, member ID KMH-0088137402.

Clinical summary:
- Low back pain radiating down the left leg since January.
- Completed 6 weeks of physical therapy (12 visits, 2/5 - 3/15) with Summit Rehab, notes attached.
- Tried naproxen and then a medrol dose pack without lasting relief.
- Lumbar x-rays 1/22 showed narrowing at L4-5 and L5-S1.
- Exam 3/29 by Dr. Lindahl: reduced ankle reflex on the left, positive straight leg raise.

Ordering provider: Erik Lindahl, MD, NPI 1902837465. Rendering: Prairie Summit Imaging - Lenexa.

Please call me directly with any questions.

Priya Ramaswamy
Prior Authorization Specialist II
Prairie Summit Medical Group | Revenue Cycle
913-555-0160 ext 2214
""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>To the Keystone Mutual utilization review team,</p>
<p>Please accept this request for prior authorization for an <b>MRI of the lumbar spine without
contrast (CPT 72148)</b> for our patient <b>Rebecca Stahl</b>, member ID KMH-0088137402.</p>
<p><u>Clinical summary:</u></p>
<ul>
<li>Low back pain radiating down the left leg since January.</li>
<li>Completed 6 weeks of physical therapy (12 visits, 2/5 - 3/15) with Summit Rehab, notes attached.</li>
<li>Tried naproxen and then a medrol dose pack without lasting relief.</li>
<li>Lumbar x-rays 1/22 showed narrowing at L4-5 and L5-S1.</li>
<li>Exam 3/29 by Dr. Lindahl: reduced ankle reflex on the left, positive straight leg raise.</li>
</ul>
<p>Ordering provider: Erik Lindahl, MD, NPI 1902837465. Rendering: Prairie Summit Imaging - Lenexa.</p>
<p>Please call me directly with any questions.</p>
<p style="color:#555">Priya Ramaswamy<br>Prior Authorization Specialist II<br>
Prairie Summit Medical Group | Revenue Cycle<br>913-555-0160 ext 2214</p>
</body></html>
""")

APPEAL = """Prairie Summit Medical Group
Denials & Appeals Unit
4400 College Blvd, Suite 300
Overland Park, KS 66211

April 8, 2024

Granite Plains Health Plan
Attn: Provider Appeals
PO Box 77120
Lincoln, NE 68501

RE: First-level appeal
Patient: Tomasz Wierzbicki
Member ID: GPH44719023-01
Claim #: 24061-558201
Dates of service: 02/06/2024, 02/20/2024, 03/19/2024

To whom it may concern,

We are appealing the denial of the infliximab infusions given to Mr. Wierzbicki on the dates
above (denial reason: "not medically necessary - step therapy not met").

Mr. Wierzbicki took adalimumab from June 2022 through October 2023. It was stopped by
Dr. Harjit Sandhu after he developed repeated skin infections and his colonoscopy in
November 2023 still showed active inflammation. He was then started on infliximab with
a loading schedule, which is what was billed. His follow-up labs in March show his
inflammation markers coming down and he has had no hospital stays since starting.

Enclosed: office notes 10/12/23, 11/30/23, 01/18/24; colonoscopy and pathology reports;
infusion records; pharmacy history.

We ask that the denial be overturned and the claims reprocessed.

Sincerely,

Lorraine Peck, CPC
Appeals Specialist
"""

mk('phi', 'care', 'Wierzbicki',
   'Lorraine Peck <lpeck@prairiesummitmg.org>',
   'Harjit Sandhu MD <hsandhu@prairiesummitmg.org>',
   'RE: appeal draft for your review - infusion denial',
   """Dr. Sandhu,

Attached is the draft. I put in the dates you gave me for when the Humira was stopped -
please double check the Nov colonoscopy wording, I pulled it from the path report and
I'm not 100% sure I said it right. Need it back by Thurs, the 60 day window closes 4/15.

Lorraine

-----Original Message-----
From: Harjit Sandhu MD
Sent: Friday, April 5, 2024 4:52 PM
To: Lorraine Peck
Subject: RE: appeal draft for your review - infusion denial

yes go ahead and appeal. he failed adalimumab, infections x3 in 2023, scope in nov still
active. dont let them make him go back on it.

HS
""",
   atts=[(APPEAL, 'text', 'plain', 'Appeal_Wierzbicki_GPH_draft2.txt')])

mk('phi', 'care', 'Pennington',
   'Dana Whitfield <dwhitfield@prairiesummitmg.org>',
   'quality-outreach@prairiesummitmg.org',
   'outreach note',
   """Reached Gloria Pennington today. She's overdue for her mammogram and her A1c (last one
was Aug). She says she had a colonoscopy in 2022 at Ozark Valley GI so that gap should
close if we get the report - I faxed a records request. Scheduled mammo at the Springfield
North imaging center 4/22 at 8:45 and lab draw same morning.

Dana W.
Quality Outreach, Springfield MO region
""")

mk('phi', 'care', 'Arakawa',
   'Naomi Feldstein, RN <nfeldstein@prairiesummitmg.org>',
   'Marcus Tibbetts, MD <mtibbetts@prairiesummitmg.org>',
   'Re: Kenji Arakawa INR',
   """Dr. Tibbetts - his wife called back. He took the 5 mg tonight like you said? She thought
you said skip tonight and go back to 5 tomorrow. I told her to skip tonight. Can you
confirm before 5pm so I can call her back?

Naomi

On Tue, Apr 9, 2024 at 11:02 AM Marcus Tibbetts, MD <mtibbetts@prairiesummitmg.org> wrote:
> Hold warfarin tonight, then resume 5 mg daily except 2.5 on Mon/Fri. Recheck INR Monday.
> If any bleeding or black stools he goes to the ED.
>
> On Tue, Apr 9, 2024 at 9:40 AM Naomi Feldstein, RN <nfeldstein@prairiesummitmg.org> wrote:
>> Kenji Arakawa home INR came in at 3.8 this morning (was 2.6 last week). He started
>> the levofloxacin from urgent care on Friday. No bleeding per pt, some bruising on
>> forearms. Current dose 5 mg daily. How do you want to adjust?
>>
>> Naomi Feldstein, RN
>> Anticoagulation Clinic | Prairie Summit Medical Group - Omaha West
""")

mk('phi', 'care', 'Kesselring',
   'Tyler Ng <tng@prairiesummitmg.org>',
   'Auth Team <auth-team@prairiesummitmg.org>',
   'hold PA renewal',
   """fyi - Brandon Kesselring had his knee replaced yesterday at Lakeview Regional, PT eval is today. pls hold his PA renewal for the injections, he wont need them anymore.
-T
""")

mk('phi', 'care', 'Lindqvist',
   'Rosalind Achebe PharmD <rachebe@prairiesummitmg.org>',
   'Care Mgmt Pod C <cm-podc@prairiesummitmg.org>',
   'Med rec follow-up - Patricia Lindqvist (after 4/3 neuro visit)',
   """Hi all,

Finished med rec for Patricia Lindqvist after her neurology visit on 4/3. Changes:

  * STOPPED gabapentin 300 mg three times daily (tapered over 1 week - she's on day 4)
  * STARTED duloxetine 30 mg daily x 1 week, then 60 mg daily
  * CONTINUE levothyroxine 75 mcg, atorvastatin 20 mg
  * Trazodone 50 mg at bedtime - neurologist wants her OFF this once the sleep study is done

Sleep study is scheduled for 5/14 at the Topeka sleep lab. The CPAP titration night (if
needed) still needs an auth from Sunflower Senior Advantage - Yolanda, can you start that
one? Her pharmacy is the Hy-Vee on SW 21st.

She asked me twice whether the duloxetine is "an antidepressant" and seemed worried about
that. Worth a follow-up call from her CM next week.

Rosalind Achebe, PharmD, BCACP
Clinical Pharmacist - Population Health
Prairie Summit Medical Group
""", cte='quoted-printable')

# ---------------------------------------------------------------------------
# PHI: names
# ---------------------------------------------------------------------------

mk('phi', 'names', 'Nguyen',
   'Hanh Pham <hpham@prairiesummitmg.org>',
   'Ophthalmology Scheduling <eyesched@prairiesummitmg.org>',
   'cataract surgery - Mrs. Nguyen',
   """Hi team,

Mrs. Nguyen Thi Hoa's daughter called again (she interprets for her mom). They want to know
if the right eye cataract surgery on 4/25 is still on since the PA came back "pended for
records". I sent the A-scan and the visual field from 3/11 to the plan yesterday.

Mrs. Hoa is the one with the 2 different chart numbers from before the merge, so check both
if you look her up. Daughter is Linh, she would like a call after 3pm.

Thank you!
Hanh
""")

mk('phi', 'names', 'Adeyemi-Okafor',
   'Bethany Klopfenstein <bklopfenstein@prairiesummitmg.org>',
   'Eligibility <elig@prairiesummitmg.org>',
   'please rerun elig',
   """Adeyemi-Okafor, Chukwuemeka - pls re-run eligibility, his sleep study got denied
"member not eligible on DOS" but he showed active at check-in on 3/19. Think his employer
switched plans Jan 1 and we still have the old card on file. He brought the new card to his
follow up yesterday, scan is in media tab.

thx
Bethany K
Patient Financial Services
""")

mk('phi', 'names', 'van der Berg',
   'Heather Sowinski <hsowinski@prairiesummitmg.org>',
   'Rehab Front Desk - Lincoln <rehab.lincoln@prairiesummitmg.org>',
   'Fw: van der Berg - PT visits 13-24 auth',
   """See below - approved another 12 visits, effective through 6/30. Go ahead and book him
twice a week.

---------- Forwarded message ---------
From: Auth Notifications <noreply@granitepainshp-portal.com>
Date: Mon, Apr 8, 2024 at 2:14 PM
Subject: Authorization determination - APPROVED
To: <hsowinski@prairiesummitmg.org>

Authorization #: GP-2404-0091833
Status: APPROVED
Service: Physical therapy evaluation/treatment (97110, 97112, 97140)
Units approved: 12 visits
Effective: 04/08/2024 - 06/30/2024
Servicing provider: Prairie Summit Rehab - Lincoln

This notice is not a guarantee of payment.
""")

mk('phi', 'names', 'Al-Khouri',
   'Rania Haddad <rhaddad@prairiesummitmg.org>',
   'GI Scheduling <gi.sched@prairiesummitmg.org>',
   'Mr. Al-Khouri colonoscopy moved',
   """Hi Jen,

Mr. Al-Khouri's colonoscopy got moved from 4/16 to 4/23 because of the anesthesia
coverage problem at the ASC. I already called him (Yusuf, not his son Yusuf Jr. who is
also our patient - same address, watch out). He still has the prep from the pharmacy so he
doesn't need a new script, but Dr. Mahmoud wants him to stop the iron pills 5 days before
instead of 7.

Can you update the auth dates with the plan? Old auth covers through 4/20 only.

Rania Haddad | Referral Coordinator | Prairie Summit MG - Tulsa South
918-555-0133
""")

mk('phi', 'names', 'Szőke-Fehér',
   'Martina Kollár <mkollar@prairiesummitmg.org>',
   'Denials WQ 3 <denials-wq3@prairiesummitmg.org>',
   'Szőke-Fehér Ágnes - denied as duplicate (name mismatch?)',
   """Team,

Ms. Ágnes Szőke-Fehér's allergy testing claim (DOS 03/14) denied as a duplicate. I think the
payer has her as "SZOKE FEHER, AGNES" in one claim and "SZOKEFEHER, A" in the other, the
accents and the hyphen keep getting stripped by the clearinghouse. She also had her
allergy shots start 3/28 and those are going to hit the same problem.

Do we have a standard fix for this? Same thing happened with the Dvořák-Novotný family last
month (portal accounts that time, not claims).

Martina Kollár
Senior Denials Analyst
""")

mk('phi', 'names', 'Subramaniam',
   'Kevin Ostrowski <kostrowski@prairiesummitmg.org>',
   'Anjali Mehta <amehta@prairiesummitmg.org>',
   'RE: which Subramaniam?',
   """Anjali -- it's the dad. Venkataraghavan Subramaniam, the one Dr. Iyer sees for the
pacemaker checks. The remote monitoring transmission from 4/6 showed a bunch of AF episodes
and Dr. Iyer wants him in this week for a visit and a Holter. His son (Karthik) is on the
HIPAA release so you can talk to him.

-----Original Message-----
From: Anjali Mehta
Sent: Wednesday, April 10, 2024 8:17 AM
To: Kevin Ostrowski
Subject: which Subramaniam?

We have 3 "Subramaniam V" in the system. Which one needs the Holter?
""")

mk('phi', 'names', 'Marisol',
   'Jolene Burkhart <jburkhart@prairiesummitmg.org>',
   'Wound Care Nurses <woundcare@prairiesummitmg.org>',
   'wound vac supplies',
   """Spoke to Marisol again today (the one on Dr. Patel's panel with the wound vac after the
abdominal surgery). Her husband says the supply company still hasn't delivered the
canisters and she's been on the same dressing since Saturday. I called Midwest Home Medical,
they need a new order signed because the first one had the wrong wound measurements.

Can one of you get Dr. Patel to sign it today? She's scheduled with wound clinic Friday 9am.

Jolene
""")

mk('phi', 'names', "O'Dea",
   'marcy.t@prairiesummitmg.org',
   'frontdesk.desmoines@prairiesummitmg.org',
   'call back',
   """pls call back eileen o'dea (o-d-e-a, not odea) about her biopsy results, dr. vanterpool
reviewed them and wants her to come in, not over the phone. she's called twice. she goes
by siobhan sometimes, its her middle name
""")

# ---------------------------------------------------------------------------
# PHI: self (patients / parents / carers)
# ---------------------------------------------------------------------------

mk('phi', 'self', 'Brzezinski',
   'Walt B <waltbrz51@gmail.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   'Re: Reminder: You are due for your Annual Wellness Visit',
   """Hi this is Walter Brzezinski, DOB 02/17/1951. I got the reminder about my annual wellness
visit. I can come in but I already had my flu shot and the pneumonia shot at the pharmacy at
Dillons in October so please dont give me those again. Also my water pill makes me get up
4 or 5 times at night, I'd like to talk to Dr. Reyes about that when I come.

Any morning works except Wednesdays (dialysis for my wife).

Walt

On Mon, Apr 1, 2024 at 6:00 AM MyPrairieSummit <no-reply@prairiesummitmg.org> wrote:
> Hello WALTER,
> Our records show you are due for your Medicare Annual Wellness Visit. Please reply to this
> message or call 1-888-555-0190 to schedule. Do not reply with urgent medical concerns.
""")

mk('phi', 'self', 'Castellanos',
   'SMS Gateway <sms-inbound@textconnect-relay.net>',
   'scheduling.kc@prairiesummitmg.org',
   'Inbound SMS reply from +1 (913) 555-0182',
   """Inbound message received 04/11/2024 07:43 CDT
From: +19135550182
Campaign: APPT_REMIND_48H (Prairie Summit Imaging - Lenexa)
Original: "Reminder: you have an appointment 04/12 at 10:30 AM at PS Imaging Lenexa. Reply C to confirm, R to reschedule."

Reply text:
"R. this is renee castellanos i cant do the mri tomorrow my daughter is sick. also my knee is way worse since the injection can someone tell dr lindahl"

--
This message was generated automatically by TextConnect Relay. Do not reply to this address.
""")

mk('phi', 'self', 'Moorcroft',
   'Kara Moorcroft <kmoorcroft.home@yahoo.com>',
   'pediatrics.northland@prairiesummitmg.org',
   'Elijah Moorcroft - inhaler refill and school form',
   """Hello,

My son Elijah Moorcroft (dob 9/3/2016) needs his albuterol inhaler refilled, we are down to
the last one and he needs one to keep at school. The school nurse also needs the
medication authorization form signed by Dr. Akintola before he can carry it on the bus
for the field trip 4/19.

He also started the allergy shots in March and the school wants to know if he can have
recess the day of a shot. Sorry for all the questions!

Our pharmacy changed to the Walgreens on Barry Rd.

Thank you,
Kara Moorcroft (mom)
816-555-0115
""")

mk('phi', 'self', 'Achterberg',
   'Desmond Achterberg <d.achterberg@outlook.com>',
   'billing@prairiesummitmg.org',
   'Statement dispute - acct 77120934',
   """To the billing department,

I received a statement for $1,842.17 for my CT scan of my abdomen on February 22. When
Dr. Whitlock ordered it your office told me the prior authorization was approved by my
insurance and I would only owe my copay. The statement says "denied - no authorization".

I still have the voicemail from your office saying it was approved. I had the CT because of
the kidney stone and I ended up needing the procedure at the hospital anyway, so I've already
paid a lot this year.

Please fix this and do not send it to collections. My account number is 77120934 and my
date of birth is 7/30/1974 if you need it.

Desmond Achterberg
Hays, KS
""")

mk('phi', 'self', 'Lubbock',
   'Dee Lubbock-Hart <deelubhart@gmail.com>',
   'Carmen Ybarra <cybarra@prairiesummitmg.org>',
   'Dad - oxygen not delivered yet',
   """Carmen,

Thanks for calling Dad (Frank Lubbock) yesterday. He came home from the rehab center
Friday, and they said the oxygen would be delivered Saturday but nobody has come. He's using
the little portable tank the rehab sent with him and it says it's almost empty. He's 84 and
gets winded just walking to the bathroom.

The rehab place said it's your office that has to send the order now. Can you help? His
follow up with Dr. Okereke is the 16th.

Also he's still confused about the pills - the discharge paper says Eliquis but he has
warfarin in his pill box from before. I took the warfarin out.

Thank you so much,
Dee
(daughter, on his HIPAA form)
316-555-0194
""")

mk('phi', 'self', 'Oyelaran-Brooks',
   'Imani Oyelaran-Brooks <imani.ob@icloud.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   'Question after my visit Monday',
   """Hello,

My name is Imani Oyelaran-Brooks, I was seen Monday for my 20 week pregnancy visit with
Dr. Castellano-Vidal. The ultrasound tech said the baby's measurements were fine but that
the placenta was "low" and someone would call me. Nobody has called. Should I be worried?
Do I need another ultrasound? I'm also still spotting a little since Sunday.

Please call me at 402-555-0126 or reply here.

Imani
""",
   html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>My name is Imani Oyelaran-Brooks, I was seen Monday for my 20 week pregnancy visit with Dr. Castellano-Vidal. The ultrasound tech said the baby&#39;s measurements were fine but that the placenta was &quot;low&quot; and someone would call me. Nobody has called. Should I be worried? Do I need another ultrasound? I&#39;m also still spotting a little since Sunday.</div><div><br></div><div>Please call me at 402-555-0126 or reply here.</div><div><br></div><div>Imani</div></div>
""")

mk('phi', 'self', 'Paredes',
   'jorge paredes <jparedes1979@gmail.com>',
   'appeals@prairiesummitmg.org',
   'denied',
   """this is jorge, jorge paredes. got the letter that my appeal was denied for the sleep apnea
machine. what do i do now?? the dr said i stop breathing like 40 times an hour. born
6-22-79 if u need it

sent from my phone
""")

# ---------------------------------------------------------------------------
# PHI: ids
# ---------------------------------------------------------------------------

mk('phi', 'ids', 'Hallorann',
   'Dwayne Pitts <dpitts@prairiesummitmg.org>',
   'auth-team@prairiesummitmg.org',
   'CT abd/pelvis auth needed today',
   """Pt: Hallorann   MRN 00482913   DOB 3.4.88
CT abd/pelvis w contrast, ordered stat-ish by Dr. Fenwick after the ER visit last night for
RLQ pain. Plan is Cornerstone HMO. Can someone call it in? scheduled 2:30 today at Lenexa.

Dwayne
""")

mk('phi', 'ids', '',
   'claims.followup@prairiesummitmg.org',
   'Provider Services <provsvcs@heartlandbenefit.com>',
   'Re: Claim inquiry - member KHX884201937',
   """Hello,

Following up on our call ref# 24040918833. The member below had PT visits denied as
"exceeds benefit maximum" but your rep confirmed the visit limit resets 1/1.

Member #: KHX884201937
DOB: 19880304
Claim: 2024031109152   DOS 03/04/2024, 03/06/2024, 03/11/2024
CPT 97110 x3, 97140 x2 each DOS
Denial: N362 / CO-119

Please reprocess or tell us which form you need.

Revenue Cycle - Claims Follow-up
Prairie Summit Medical Group
Tax ID 48-3310297
""")

mk('phi', 'ids', 'Farragut',
   'Lacey Brandvold <lbrandvold@prairiesummitmg.org>',
   'intake@sunfloweradvantagehh.com',
   'Home health referral - Farragut',
   """Hi,

Faxing the signed order too but wanted to get this to you. Home health referral for skilled
nursing and PT after hip surgery:

Ms. Gwendolyn Farragut
born 4 Mar 1941
2217 Cottonwood Ln, Apt 3
Salina, KS 67401
ph (785) 555-0139 (home), son Curtis 785-555-0188
Medicare # 3RT7KP2WX58

Discharged from Salina Regional 4/10. Weight bearing as tolerated, on enoxaparin x 14 days
(nursing to teach injections). Start of care requested by 4/12.

Lacey Brandvold, LPN
Transitional Care | Prairie Summit MG - Salina
""")

mk('phi', 'ids', '',
   'Pathology Results Team <pathresults@prairiesummitmg.org>',
   'GI Nurses <gi.nurses@prairiesummitmg.org>',
   'path back - needs notification - S24-118832',
   """Accession S24-118832, specimen collected 04/02/24, colon polyp x2 (transverse, sigmoid).
Result: tubular adenoma, one with high-grade dysplasia. Chart #A-339017.
Dr. Mahmoud wants pt called and repeat scope in 1 year instead of 3, please add to recall list.
""")

mk('phi', 'ids', 'Tillinghast',
   'Gwen Ashby <gashby@prairiesummitmg.org>',
   'Nate Kirchner <nkirchner@prairiesummitmg.org>',
   'Acct 5510-228471-03 - CO-197 no auth - surgery 2/28',
   """Nate,

This is the one I mentioned at huddle. R. Tillinghast, dob 1962-11-05, SSN on file ends
4471. Lap chole on 2/28 at the ASC, denied CO-197 because the auth was for the hospital
outpatient setting not the ASC. Total billed $9,460.00.

Payer says we can request a retro auth within 90 days of DOS, so we have till ~5/28.
Op note and H&P are in the account. Can you take it?

Gwen
""")

mk('phi', 'ids', '',
   'Triage Line <triage.omaha@prairiesummitmg.org>',
   'Dr. Vanessa Orlov <vorlov@prairiesummitmg.org>',
   'callback request',
   """Pt called from 402-555-0177 re: her biopsy results from last week (breast, left).
Says callback to cell only, do NOT leave msg at home number. DOB 11/5/62.
She's anxious, asked if she needs to bring someone.
- triage (LB)
""")

mk('phi', 'ids', '',
   'Marguerite Dufresne <mdufresne@prairiesummitmg.org>',
   'TCM Queue <tcm-queue@prairiesummitmg.org>',
   'TCM - 7741502',
   """7741502 / 08-21-1947 / disch 4/8 from Mercy Ridge, CHF exacerbation
MBI 9WQ2-HN4-TR61 - traditional Medicare, so TCM billable if seen by 4/22
Unable to reach x2 (4/9 10:14, 4/10 15:40), line busy both times.
Trying daughter next: 573-555-0156.
""")

# ---------------------------------------------------------------------------
# PHI: lists
# ---------------------------------------------------------------------------

mk('phi', 'lists', 'Abernathy; Quispe; Holmgren; Mbeki-Lawson; Fairweather',
   'Tricia Okonjo <tokonjo@prairiesummitmg.org>',
   'Olathe North Team <olathe.north@prairiesummitmg.org>',
   'Huddle list Thu 4/11 - gaps in care',
   """Morning all, today's huddle list. Please close gaps while they're in the room!

Name\tDOB\tAppt\tProvider\tGaps
Abernathy, Lucille\t05/14/1948\t8:20\tDr. Kaur\tmammogram, A1c, eye exam
Quispe, Hernán\t11/02/1966\t9:00\tDr. Kaur\tcolorectal screen (FIT), BP recheck
Holmgren, Dale\t01/30/1957\t9:40\tK. Briggs NP\tstatin, A1c (last 9.4)
Mbeki-Lawson, Thandiwe\t07/07/1981\t10:20\tK. Briggs NP\tcervical screen, depression screen
Fairweather, Oscar\t12/19/1939\t1:40\tDr. Kaur\tfall risk, advance directive, AWV

Mr. Holmgren's A1c was drawn 4/3 - result 8.1, please update in the flowsheet.

Tricia
""")

mk('phi', 'lists', 'Yazzie; Brightwater; Kowalczyk; Delgado-Ruiz',
   'Sam Hollis <shollis@prairiesummitmg.org>',
   'Denials Team <denials@prairiesummitmg.org>',
   'WQ 14 - top $ items for this week',
   """here's what's left on WQ14 over $2k, pls grab yours

| Acct      | Patient                | DOS      | Payer        | Denial            | Owner  |
|-----------|------------------------|----------|--------------|-------------------|--------|
| 88120447  | Yazzie, Harold B       | 02/12/24 | Cornerstone  | CO-50 med nec     | Sam    |
| 88131902  | Brightwater, Anna      | 02/20/24 | Keystone MH  | CO-197 no auth    | Gwen   |
| 88140073  | Kowalczyk, Stanislaw   | 03/01/24 | Granite Pl.  | CO-16 missing NDC | Martina|
| 88140215  | Delgado-Ruiz, Paloma   | 03/04/24 | Medicaid KS  | CO-4 modifier     | Sam    |

Yazzie is the cardiac cath - we need the cath report, Dr. Iyer's office says it's not
in the chart yet. Delgado-Ruiz is the IUD insertion, just needs the modifier fixed.
""")

mk('phi', 'lists', 'Pruitt; Ochieng; Marchetti; Sandoval; Whitehorse',
   'Lindsey Garber RN <lgarber@prairiesummitmg.org>',
   'TCM Nurses <tcm-nurses@prairiesummitmg.org>',
   'weekend sign-out TCM',
   """Weekend sign-out - TCM calls due Mon/Tue. Call order = highest risk first.

PT NAME            DC DATE  FACILITY          NOTES
-----------------  -------  ----------------  ------------------------------------------
PRUITT, EDNA       04/12    St Brendan        pneumonia, new O2 2L, lives alone
OCHIENG, SAMUEL    04/12    Lakeview Reg      NSTEMI, stent x1, new ticagrelor - $$$ copay?
MARCHETTI, ROSE    04/13    Mercy Ridge       hip fx, to SNF - no TCM call, FYI only
SANDOVAL, RAUL     04/13    St Brendan        COPD exac, 3rd admit in 6 mo, pulm f/u??
WHITEHORSE, JUNE   04/14    Salina Regional   fall, no fracture, home w/ daughter

* Mr. Ochieng's wife called Sat, couldn't afford the ticagrelor at pharmacy. I sent a
  message to Dr. Patel re: samples / PAP. Please follow up first thing.
* Sandoval - please try to get pulm appt before 4/19.

Lindsey
""")

OUTREACH_CSV = csv_text([
    ['member_id', 'last_name', 'first_name', 'dob', 'phone', 'pcp', 'last_a1c', 'last_a1c_date', 'measure', 'outreach_status'],
    ['CHP00471120', 'Greenleaf', 'Marvin', '1959-03-22', '816-555-0121', 'Kaur', '9.8', '2023-08-14', 'HbA1c Poor Control', 'left VM 4/2'],
    ['CHP00471288', 'Bautista', 'Corazon', '1963-10-09', '816-555-0144', 'Kaur', '', '', 'HbA1c Testing', 'not started'],
    ['CHP00472019', 'Osei', 'Kwabena', '1970-06-30', '913-555-0167', 'Briggs', '8.7', '2023-11-01', 'HbA1c Poor Control', 'scheduled 4/18'],
    ['CHP00472355', 'Lindgren-Moss', 'Harriet', '1951-01-17', '913-555-0108', 'Okereke', '10.2', '2023-06-20', 'HbA1c Poor Control', 'pt declined'],
    ['CHP00473004', 'Tran', 'Duc Minh', '1968-12-05', '316-555-0181', 'Okereke', '7.4', '2024-01-09', 'Eye Exam', 'records requested'],
    ['CHP00473391', 'Feathers', 'Loretta', '1945-08-28', '316-555-0159', 'Reyes', '', '', 'HbA1c Testing', 'wrong number'],
])

mk('phi', 'lists', 'Greenleaf; Bautista; Osei; Lindgren-Moss; Tran; Feathers',
   'Cornerstone Quality Team <quality.ops@cornerstonehp.com>',
   'Dana Whitfield <dwhitfield@prairiesummitmg.org>',
   'Q2 diabetes gap list - Prairie Summit attributed members',
   """Hi Dana,

Attached is the updated open-gap list for your attributed Cornerstone members for the
diabetes measures. Outreach status is pulled from what your team sent us 4/5. Please return
the updated file by 4/26 so we can count it toward the mid-year review.

Best,
Allison Reinholt
Provider Quality Liaison, Cornerstone Health Plan
""" + DISC,
   atts=[(OUTREACH_CSV, 'text', 'csv', 'PSMG_DM_gaps_2024Q2.csv')])

PA_ROWS = [
    ['Patient', 'DOB', 'MRN', 'Service', 'CPT', 'Payer', 'Submitted', 'Status', 'Notes'],
    ['Castellanos, Renee', '06/11/1977', '00519934', 'MRI knee R', '73721', 'Keystone MH', '04/03/2024', 'Pended', 'needs PT notes'],
    ['Ferreira, Joao Paulo', '02/27/1990', '00602271', 'Sleep study in-lab', '95810', 'Cornerstone', '04/04/2024', 'Denied', 'home study first'],
    ['Whitcombe, Dolores', '09/15/1946', '00211847', 'Nuclear stress test', '78452', 'Cornerstone', '04/01/2024', 'Approved', 'CHP-PA-0441982'],
    ['Kuznetsova, Irina', '12/01/1958', '00388120', 'Infusion - ocrelizumab', 'J2350', 'Granite Plains', '03/28/2024', 'In review', 'P2P requested'],
    ['Begay, Thomas', '05/05/1972', '00455018', 'CT chest w/o', '71250', 'Medicaid OK', '04/05/2024', 'Approved', ''],
    ['Montgomery-Oduya, Felicia', '10/22/1984', '00590332', 'Bariatric consult', '99204', 'Keystone MH', '04/08/2024', 'Pended', 'BMI hx 6 mo'],
]

mk('phi', 'lists', 'Castellanos; Ferreira; Whitcombe; Kuznetsova; Begay; Montgomery-Oduya',
   'Priya Ramaswamy <pramaswamy@prairiesummitmg.org>',
   'Erik Lindahl MD <elindahl@prairiesummitmg.org>',
   'PA status - your patients + a few others',
   """Dr. Lindahl,

You asked for a list of where your pending auths are. Spreadsheet attached, I left a
couple of Dr. Anand's on there since you're covering his inbox this week. The Kuznetsova
infusion needs a peer to peer - can you do Thursday between 12 and 1?

Priya
""",
   atts=[(make_xlsx('PA Pending', PA_ROWS), 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PA_pending_0409.xlsx')])

REF_CSV = csv_text([
    ['ref_id', 'patient', 'dob', 'phone', 'referred_to', 'reason', 'date_ordered', 'days_open', 'status'],
    ['R-240118', 'Espinoza, Maria Elena', '03/03/1960', '(620) 555-0117', 'Cardiology', 'abnormal EKG, palpitations', '01/18/2024', '82', 'pt not reached'],
    ['R-240203', 'Rutherford, Gavin', '08/19/1955', '(620) 555-0162', 'Urology', 'rising PSA 6.2', '02/03/2024', '66', 'awaiting auth'],
    ['R-240211', 'Nwachukwu, Adaeze', '04/25/1988', '(316) 555-0190', 'Rheumatology', 'joint swelling, +ANA', '02/11/2024', '58', 'scheduled 5/20'],
    ['R-240229', 'Halvorsen, Ingrid', '11/11/1949', '(316) 555-0103', 'Neurology', 'memory loss', '02/29/2024', '40', 'pt declined - family to call'],
    ['R-240304', 'Duong, Bao', '07/14/2001', '(785) 555-0129', 'Psychiatry', 'med management', '03/04/2024', '36', 'no in-network appt <90d'],
])

mk('phi', 'lists', 'Espinoza; Rutherford; Nwachukwu; Halvorsen; Duong',
   'Wendell Morrow <wmorrow@prairiesummitmg.org>',
   'Referral Leads <referral-leads@prairiesummitmg.org>',
   'open referrals > 30 days - south central KS',
   """Attached is the export of open referrals older than 30 days for the south central
region (zipped because Outlook kept blocking the csv). Five are the ones the medical
director flagged - the Espinoza cardiology referral is the priority, she's called the
nurse line twice with palpitations.

password is the usual one for the shared drive, just kidding it isn't encrypted.

Wendell Morrow
Referral Operations Supervisor
""",
   atts=[(make_zip([('open_referrals_SCKS_20240409.csv', REF_CSV)]), 'application', 'zip',
          'open_referrals_SCKS.zip')])

mk('phi', 'lists', 'Kimura; Babatunde; Lozano; Petrosyan',
   'Gabriela Nakamura-Soto <gnakamura@prairiesummitmg.org>',
   'Pod B Care Managers <cm-podb@prairiesummitmg.org>',
   'High risk panel review - Friday',
   """High risk panel review - Friday 4/12

- Kimura, Shigeo (79) - 2 ED visits in March for falls; PT eval ordered, needs home safety.
- Babatunde, Folasade (54) - dialysis MWF, missed 2 sessions; social work for transport.
- Lozano, Eduardo (67) - new home O2, smoking still; pulm f/u 4/24.
- Petrosyan, Anahit (71) - after stroke, speech therapy auth expired 4/1; renewal submitted.
""",
   html="""<html><body>
<p><b>High risk panel review - Friday 4/12</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dde"><th>Patient</th><th>Age</th><th>Issue</th><th>Plan</th><th>CM</th></tr>
<tr><td>Kimura, Shigeo</td><td>79</td><td>2 ED visits in March for falls</td><td>PT eval ordered, home safety check</td><td>GN</td></tr>
<tr><td>Babatunde, Folasade</td><td>54</td><td>dialysis MWF, missed 2 sessions</td><td>social work for transport</td><td>RT</td></tr>
<tr><td>Lozano, Eduardo</td><td>67</td><td>new home O2, still smoking</td><td>pulm f/u 4/24</td><td>GN</td></tr>
<tr><td>Petrosyan, Anahit</td><td>71</td><td>after stroke, speech therapy auth expired 4/1</td><td>renewal submitted 4/9</td><td>LK</td></tr>
</table>
<p>Gabriela Nakamura-Soto, RN<br>Care Management Lead, Pod B</p>
</body></html>
""")

# ---------------------------------------------------------------------------
# PHI: struct
# ---------------------------------------------------------------------------

mk('phi', 'struct', 'KOVACH',
   'Interface Team <hl7support@prairiesummitmg.org>',
   'Carmen Ybarra <cybarra@prairiesummitmg.org>',
   'RE: discharge didnt drop into TCM worklist',
   r"""Carmen - found it. St Brendan's sent the A03 but PV1-3 has their new unit code and our
map doesn't know it, so it never hit the TCM worklist. Here's the message:

MSH|^~\&|STBR_ADT|STBRENDAN|PSMG_ENG|PSMG|20240409161522||ADT^A03^ADT_A03|STB0409161522884|P|2.5.1
EVN|A03|20240409161500
PID|1||MRN48820931^^^STBR^MR~00733185^^^PSMG^PI||KOVACH^BERNADETTE^L||19440612|F|||1187 W PAWNEE ST^^WICHITA^KS^67213||(316)555-0142|||W|CAT|ACCT7720019344
PV1|1|I|4TELE^4112^B^STBR||||1629384750^OKEREKE^PHILIP^^^MD|||MED||||7|||1487263950^RAMIREZ^ANA^^^MD|IN||CHP|||||||||||||||||01|||STBR||||||20240405093000|20240409161500
DG1|1||I50.33^Acute on chronic diastolic heart failure^I10|||A
DG1|2||N17.9^Acute kidney failure, unspecified^I10|||A

I've added 4TELE to the map and replayed it, should be on your list now.

Jared Emberly
Integration Analyst II
""")

ORU = r"""MSH|^~\&|LABSYS|PSMG_CORE_LAB|EHR|PSMG|20240410073044||ORU^R01|LAB20240410073044019|P|2.3
PID|1||00571266^^^PSMG^MR||NAKASHIMA-REID^COLETTE^A||19790828|F|||55 BIRCH HOLLOW DR^^LAWRENCE^KS^66049||785-555-0114
ORC|RE|ORD448120|LAB77302811||CM
OBR|1|ORD448120|LAB77302811|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20240409081500|||||||||1234509876^FENWICK^ALAN^^^MD
OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.57-1.00|H|||F
OBX|3|NM|2823-3^POTASSIUM^LN||5.6|mmol/L|3.5-5.2|H|||F
OBX|4|NM|33914-3^EGFR^LN||33|mL/min/1.73m2|>59|L|||F
NTE|1||Potassium called to Dr. Fenwick's nurse 04/10 07:25 by RLB
"""

mk('phi', 'struct', 'NAKASHIMA-REID',
   'Ruth Brennecke <rbrennecke@prairiesummitmg.org>',
   'LIS Support <lis.support@labsysvendor.com>',
   'Ticket 58841 - result not filing to chart',
   """Hi,

Per our call, attaching the raw ORU for the result that went to the unsolicited queue
instead of filing to the patient's chart. I think it's the hyphen in the last name, we had
this same thing in February.

Ruth Brennecke, MLS(ASCP)
Lab Systems Coordinator, Prairie Summit Core Lab
""",
   atts=[(ORU.encode('utf-8'), 'application', 'octet-stream', 'ORU_LAB20240410073044019.hl7')])

X837 = ("ISA*00*          *00*          *ZZ*PSMG4833102  *ZZ*CLRHOUSE01     *240408*1422*^*00501*000004417*0*P*:~"
        "GS*HC*PSMG4833102*CLRHOUSE01*20240408*1422*4417*X*005010X222A1~ST*837*0001*005010X222A1~"
        "BHT*0019*00*PSMG240408A*20240408*1422*CH~NM1*85*2*PRAIRIE SUMMIT MEDICAL GROUP*****XX*1558203947~"
        "N3*4400 COLLEGE BLVD STE 300~N4*OVERLAND PARK*KS*66211~REF*EI*483310297~"
        "HL*2*1*22*0~SBR*P*18*GRP55102******CI~NM1*IL*1*ESPARZA*TERESITA*M***MI*KMH0091822741~"
        "N3*418 N ELM ST~N4*EMPORIA*KS*66801~DMG*D8*19670219*F~NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01~"
        "CLM*PSMG7731902*385***11:B:1*Y*A*Y*Y~HI*ABK:M17.12~NM1*82*1*LINDAHL*ERIK****XX*1902837465~"
        "LX*1~SV1*HC:20610:RT*160*UN*1***1~DTP*472*D8*20240402~"
        "LX*2~SV1*HC:J3301*225*UN*4***1~DTP*472*D8*20240402~SE*24*0001~GE*1*4417~IEA*1*000004417~")

mk('phi', 'struct', 'ESPARZA',
   'Nate Kirchner <nkirchner@prairiesummitmg.org>',
   'EDI Support <edi.support@clrhouse-one.com>',
   'rejected 837 - 999 says segment error but i dont see it',
   """Hey guys, this claim keeps coming back on the 999 with IK3 error on the SV1 in loop 2400
(line 2, the J3301). Knee injection + the triamcinolone. Can you tell me what's wrong? Raw
file below, pulled straight from the outbound folder.

""" + X837 + """

Nate Kirchner
Billing Specialist, Prairie Summit MG
""")

mk('phi', 'struct', 'OKAFOR',
   'Sam Hollis <shollis@prairiesummitmg.org>',
   'Gwen Ashby <gashby@prairiesummitmg.org>',
   'fw: 835 line - why is this 0 pay',
   """Gwen, this is the ERA piece for the one I asked about. Paid 0, CARC 50 and remark N115.
It's the upper GI scope - I thought we had the auth?

CLP*PSMG7719044*4*1840*0*0*12*24098811200419*22*1~
NM1*QC*1*OKAFOR*BENEDICT*C***MI*CHP00469910~
NM1*82*1*MAHMOUD*SAMIR****XX*1770394825~
DTM*232*20240311~
DTM*233*20240311~
SVC*HC:43239*1840*0**1~
DTM*472*20240311~
CAS*CO*50*1840~
AMT*B6*0~
LQ*HE*N115~

Sam
""")

mk('phi', 'struct', 'BJORKLUND',
   'Eligibility <elig@prairiesummitmg.org>',
   'Front Desk - Ames <frontdesk.ames@prairiesummitmg.org>',
   '271 response for tomorrow 8am new pt',
   """271 came back for the 8am new patient, pasting it so you can see the deductible before she
comes in. Active, but note the EB*CB (coordination) - she has Medicare primary, so get
that card too. She's coming in for the memory evaluation, plan to be there ~2 hrs.

ST*271*0001*005010X279A1~
BHT*0022*11*ELG240409883*20240409*1612~
HL*1**20*1~
NM1*PR*2*HAWKEYE STATE SENIOR CARE*****PI*HSSC7~
HL*2*1*21*1~
NM1*1P*2*PRAIRIE SUMMIT MEDICAL GROUP*****XX*1558203947~
HL*3*2*22*0~
TRN*2*ELG240409883*9483310297~
NM1*IL*1*BJORKLUND*ASTRID*E***MI*HSC221904478~
N3*3302 LINCOLN WAY APT 14~
N4*AMES*IA*50014~
DMG*D8*19430117*F~
DTP*346*D8*20240101~
EB*1*IND*30**SENIOR ADVANTAGE PPO~
EB*C*IND*30***23*1500*****Y~
EB*C*IND*30***29*1180.00*****Y~
EB*B*IND*98***27*25*****Y~
EB*CB*IND*30*MB~
SE*17*0001~

Elig team x3310
""")

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "psmg-00688142",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00688142"}
        ],
        "name": [{"family": "Rosenthal-Iwu", "given": ["Miriam", "Chidinma"]}],
        "gender": "female",
        "birthDate": "1992-05-27",
        "telecom": [{"system": "phone", "value": "918-555-0135", "use": "mobile"}],
        "address": [{"line": ["7710 E 61st Pl"], "city": "Tulsa", "state": "OK", "postalCode": "74133"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-55120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "sumatriptan 50 mg tablet"},
        "subject": {"reference": "Patient/psmg-00688142"},
        "authoredOn": "2024-04-02",
        "dosageInstruction": [{"text": "1 tab at onset, may repeat in 2 hrs, max 4/day"}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-88193",
        "status": "active",
        "intent": "order",
        "code": {"text": "MRI brain with and without contrast"},
        "subject": {"reference": "Patient/psmg-00688142"},
        "authoredOn": "2024-04-02",
        "reasonCode": [{"text": "new headaches with visual aura"}]
      }
    }
  ]
}
"""

mk('phi', 'struct', 'Rosenthal-Iwu',
   'Devon Achterkamp <dachterkamp@prairiesummitmg.org>',
   'Payer Integration <pa-api-support@keystonemutualhealth.com>',
   'PA API - bundle rejected "subject not resolvable"',
   """Hello Keystone API team,

Our prior auth submission through the Da Vinci PAS endpoint keeps failing with
OperationOutcome "subject not resolvable". Attaching the bundle we send (trimmed to the
relevant resources). Is the member lookup supposed to use the member ID instead of our
internal patient id?

Thanks,
Devon Achterkamp
Sr. Integration Engineer, Prairie Summit Medical Group
""",
   atts=[(FHIR.encode('utf-8'), 'application', 'fhir+json', 'pas_bundle_sr-88193.json')])

mk('phi', 'struct', 'Castillo Bermúdez',
   'Audrey Pfannenstiel <apfannenstiel@prairiesummitmg.org>',
   'records@ozarkvalleygi.com',
   'CCD from your system is missing the procedures section',
   """Hi,

We are pulling CCDs from your practice for quality reporting and the procedures section is
empty. For example this patient had a colonoscopy with you in 2022 (we have the paper
report) but the CCD only has this:

<recordTarget>
  <patientRole>
    <id extension="OVG-114270" root="2.16.840.1.113883.3.7712.1"/>
    <addr use="HP">
      <streetAddressLine>902 S Kimbrough Ave</streetAddressLine>
      <city>Springfield</city><state>MO</state><postalCode>65806</postalCode>
    </addr>
    <telecom use="HP" value="tel:+1-417-555-0151"/>
    <patient>
      <name use="L"><given>Ramón</given><family>Castillo Bermúdez</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19580403"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.7.1"/>
  <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="History of Procedures"/>
  <title>Procedures</title>
  <text>No procedures recorded</text>
</section>

Could your IT folks look at the export settings? This is affecting about 40 of our shared
patients.

Audrey Pfannenstiel
Quality Data Analyst, Prairie Summit Medical Group
""")

# ---------------------------------------------------------------------------
# PHI: lang
# ---------------------------------------------------------------------------

mk('phi', 'lang', 'Estrada',
   'Lupita Estrada <lupitaestrada.mx@hotmail.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   'Re: Recordatorio de cita',
   """Hola buenas tardes, soy Maria Guadalupe Estrada, fecha de nacimiento 14/08/1985. No puedo
ir a mi cita del ultrasonido el jueves porque no tengo quien me cuide a los niños. ¿Se puede
cambiar para la próxima semana? La doctora Castellano me dijo que era importante por el
dolor que tengo del lado derecho y porque los análisis de sangre salieron un poco altos.

Gracias,
Lupita
""")

mk('phi', 'lang', 'Ferraz Pimentel',
   'Luciana Ferraz <lu.ferraz.pimentel@gmail.com>',
   'atendimento@prairiesummitmg.org',
   'Exames da minha mãe - Sra. Helena Ferraz Pimentel',
   """Bom dia,

Aqui é a Luciana, filha da Sra. Helena Ferraz Pimentel (nascida em 22/01/1950). Ela fez os
exames de sangue na clínica de Council Bluffs na semana passada e o Dr. Okereke pediu
para repetir o exame da tireoide e do ferro. Ela também começou a tomar o remédio novo
para pressão e está com tontura de manhã.

Vocês podem marcar a consulta de retorno para uma terça-feira? Eu levo ela.

Obrigada,
Luciana
meu celular: 712-555-0173
""", cte='quoted-printable')

mk('phi', 'lang', 'Trần',
   'Tran Van Loi <tranvanloi56@yahoo.com>',
   'portal-reply@prairiesummitmg.org',
   'Xin gia hạn thuốc',
   """Chào bác sĩ,

Tôi là Trần Văn Lợi, ngày sinh 12/04/1956. Tôi cần gia hạn thuốc huyết áp (amlodipine 10mg)
và thuốc tiểu đường. Tuần trước tôi đã đi thử máu ở phòng khám Garden City, bác sĩ nói
đường trong máu vẫn còn cao. Tôi muốn hẹn gặp bác sĩ Reyes để nói chuyện về việc tiêm
insulin.

Xin cảm ơn,
Lợi
SĐT: 620-555-0138
""")

mk('phi', 'lang', 'Célestin',
   'Marie-Josée Célestin <mjcelestin@gmail.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   'Re: Rapèl randevou',
   """Bonjou,

Mwen se Marie-Josée Célestin. Mwen resevwa mesaj la pou randevou mwen 17 avril la ak
Dr. Akintola. Mwen pa ka vini paske mwen toujou nan lopital la depi samdi, yo te fè
operasyon vezikil mwen (gallbladder). Lè m soti m ap rele pou m pran yon lòt randevou.

Tanpri voye papye pou travay mwen an tou.

Mèsi anpil,
Marie-Josée
""")

mk('phi', 'lang', 'Воронцова',
   'Irina Sokolova <isokolova@prairiesummitmg.org>',
   'Dr. Vanessa Orlov <vorlov@prairiesummitmg.org>',
   'Воронцова Л.П. - звонок после выписки',
   """Ванесса, добрый день.

Позвонила пациентке Людмиле Петровне Воронцовой (1949 г.р.) после выписки из больницы
Mercy Ridge 08.04. Она дома, дочь помогает. Новые лекарства: метопролол 25 мг 2 раза в
день и апиксабан 5 мг 2 раза в день. Говорит, что апиксабан в аптеке стоит очень дорого,
она его еще не купила. Давление утром 148/92, пульс 96.

Записала её к вам на 15.04 в 11:00. Прошу посмотреть вопрос с доплатой за апиксабан.

Ирина Соколова
медицинский переводчик / координатор ухода
Prairie Summit Medical Group
""")

mk('phi', 'lang', 'Dimaculangan',
   'Rosario Dimaculangan <rosariodimac@yahoo.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   'tungkol sa resulta',
   """Magandang araw po,

Ako po si Rosario Dimaculangan, ipinanganak noong Marso 9, 1962. Nakita ko po sa portal
ang resulta ng mammogram ko noong Abril 3 at sinasabi na kailangan pa ng "additional
views" at ultrasound. Hindi ko po maintindihan, may problema po ba? Kinakabahan po ako.

Pwede po ba akong tawagan ng nurse? Ang number ko po ay 402-555-0111. Salamat po.

Rosario
""")

mk('phi', 'lang', 'الحداد',
   'Samir Haddad <samir.haddad.ks@gmail.com>',
   'portal-reply@prairiesummitmg.org',
   'بخصوص عملية القلب',
   """مرحبا،

أنا سمير الحداد، تاريخ الميلاد ١٩٦٠/٠٢/١٥. أجريت قسطرة للقلب في مستشفى ليكفيو يوم ٢ أبريل
ووضعوا لي دعامة. الطبيب في المستشفى أعطاني دواء كلوبيدوجريل، لكن شركة التأمين رفضت
الوصفة وتقول إنها تحتاج موافقة مسبقة. لم آخذ الدواء منذ يومين. أرجو مساعدتي بسرعة.

رقم هاتفي 316-555-0147

شكراً
سمير
""", cte='base64')

mk('phi', 'lang', '王秀英',
   'Grace Wang <gracewang.lawrence@gmail.com>',
   'MyPrairieSummit Messages <portal-reply@prairiesummitmg.org>',
   '我母亲王秀英的胃镜检查结果',
   """您好，

我是王秀英的女儿。我母亲（出生日期1953年7月2日）上周四在你们诊所做了胃镜检查，
Dr. Mahmoud 说取了活检，结果一周后出来。到现在还没有人联系我们。她最近胃口不好，
体重也下降了，我们很担心。

请问结果出来了吗？可以打我的电话 785-555-0164。

谢谢！
Grace（王）
""",
   html="""<div>您好，</div><div><br></div>
<div>我是王秀英的女儿。我母亲（出生日期1953年7月2日）上周四在你们诊所做了胃镜检查，Dr. Mahmoud 说取了活检，结果一周后出来。到现在还没有人联系我们。她最近胃口不好，体重也下降了，我们很担心。</div>
<div><br></div><div>请问结果出来了吗？可以打我的电话 785-555-0164。</div>
<div><br></div><div>谢谢！<br>Grace（王）</div>
""")

# ===========================================================================
# CLEAN: admin
# ===========================================================================

mk('clean', 'admin', '',
   'IT Service Desk <servicedesk@prairiesummitmg.org>',
   'All Revenue Cycle <rcm-all@prairiesummitmg.org>',
   'PLANNED DOWNTIME: CareLedger billing system Sat 4/20 02:00-06:00 CT (CHG0031877)',
   """Change: CHG0031877
System: CareLedger Billing & Claims (prod), Clearinghouse connector, ERA auto-posting
Window: Saturday 04/20/2024, 02:00 - 06:00 Central

What to expect:
 - Claim scrubber and work queues unavailable.
 - 835 files received during the window will be posted after 06:00.
 - Patient statements run moved to Sunday night.

If you see issues after 06:00, open a ticket (Priority 2) or call the Service Desk at
x4410 / 913-555-0100. On-call engineer: Marco Villanueva.

Thank you,
IT Service Desk | Prairie Summit Medical Group
""")

mk('clean', 'admin', '',
   'Benefits Team <benefits@prairiesummitmg.org>',
   'All Employees - KS/MO <employees-ksmo@prairiesummitmg.org>',
   'Reminder: 2024 benefits open enrollment closes Friday',
   """Hi everyone,

Quick reminder that open enrollment for the employee health, dental and vision plans closes
Friday, May 3 at 11:59 pm. If you do nothing, your current elections roll over, EXCEPT the
health savings account and the flexible spending account - those you must re-elect.

New this year:
 * Employee Health Plan (administered by Keystone Mutual) adds a $0 telehealth copay.
 * New ID cards with new member numbers will mail the week of June 10.
 * Wellness screening credit is $300 if completed by Oct 31.

Questions? Book 15 minutes with Tamara Ellsworth (x2231) or Victor Amadi (x2237), or join
a drop-in session:
  Tue 4/30 12:00-1:00 Overland Park HQ, room 3B
  Wed 5/1  12:00-1:00 Teams (link on the intranet)

Human Resources - Benefits
Prairie Summit Medical Group
""")

mk('clean', 'admin', '',
   'Tanisha Greer <tgreer@prairiesummitmg.org>',
   'Coding & Denials Team <coding-denials@prairiesummitmg.org>',
   'coverage week of 5/6',
   """hi team - coverage for the week of 5/6:

Mon-Tue: I'm out (jury duty, ugh). Raj covers WQ 3 + WQ 14.
Wed: Martina in Tulsa for the payer meeting, Sam covers her appeals inbox.
Thu: all hands 10-11, no calls in that hour pls.
Fri: Gwen leaves at 1 for her son's graduation.

if anything changes lmk.
T

Tanisha Greer, CPC, CRC
Coding & Denials Supervisor
""")

mk('clean', 'admin', '',
   'Accounts Receivable <ar@midlanddocimaging.com>',
   'ap@prairiesummitmg.org',
   'Invoice INV-20931 - Prairie Summit Medical Group - PO 4500019223',
   """Please find invoice INV-20931 for March 2024 scanning and indexing services.

Invoice #: INV-20931
PO #: 4500019223
Customer #: PSMG-0041
Amount due: $14,882.50
Terms: Net 30 (due 05/04/2024)

Remit to: Midland Document Imaging, 1200 Industrial Pkwy, Lee's Summit, MO 64081

Questions: Bonnie Kessler, 816-555-0199
""",
   html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>Please find invoice <b>INV-20931</b> for March 2024 scanning and indexing services.</p>
<table cellpadding="3">
<tr><td>Invoice #:</td><td>INV-20931</td></tr>
<tr><td>PO #:</td><td>4500019223</td></tr>
<tr><td>Customer #:</td><td>PSMG-0041</td></tr>
<tr><td>Amount due:</td><td><b>$14,882.50</b></td></tr>
<tr><td>Terms:</td><td>Net 30 (due 05/04/2024)</td></tr>
</table>
<p>Remit to: Midland Document Imaging, 1200 Industrial Pkwy, Lee's Summit, MO 64081</p>
<p>Questions: Bonnie Kessler, 816-555-0199</p>
</body></html>
""",
   atts=[(csv_text([['line', 'description', 'qty', 'unit', 'amount'],
                    ['1', 'Document scanning - per image', '118400', '0.10', '11840.00'],
                    ['2', 'Indexing - per batch', '812', '3.25', '2639.00'],
                    ['3', 'Secure pickup - Overland Park', '4', '65.00', '260.00'],
                    ['4', 'Certified destruction - per bin', '3', '47.83', '143.50']]),
          'text', 'csv', 'INV-20931_detail.csv')])

mk('clean', 'admin', '',
   'Dale Schermerhorn <dschermerhorn@prairiesummitmg.org>',
   'Olathe North Clinic Staff <olathe.north@prairiesummitmg.org>',
   'Parking lot resurfacing - Olathe North - Apr 27-28',
   """All,

The east parking lot at Olathe North (suites 200-240) will be closed Sat 4/27 and Sun 4/28
for resurfacing and restriping. Staff on the Saturday urgent care schedule please park at
the church lot across 135th. Handicap spaces will be temporarily moved to the west lot by
the lab entrance.

Contractor is Heartland Paving, foreman Luis Ortega 913-555-0110. Work order FAC-24-0388.

Dale Schermerhorn
Facilities Manager, KC Metro
""")

mk('clean', 'admin', '',
   'Rhonda Feeney <rfeeney@prairiesummitmg.org>',
   'RCM Leadership <rcm-leaders@prairiesummitmg.org>',
   'RE: KPI review moved to Thurs',
   """Works for me. I'll bring the March numbers:

 - initial denial rate 8.2% (Feb 9.1%)
 - A/R > 90 days 14.6%
 - days in A/R 41.3
 - auth-related denials down 22% since the new PA checklist went live
 - clean claim rate 93.8%

Rhonda

-----Original Message-----
From: Colin Vaughn
Sent: Monday, April 8, 2024 3:12 PM
To: RCM Leadership
Subject: KPI review moved to Thurs

Moving the monthly KPI review to Thursday 4/11 2:00-3:00 CT, same Teams link. Jeanette
can't make Wednesday. Please have your dashboards updated by noon Thursday.

Colin Vaughn, MBA
VP, Revenue Cycle
""")

mk('clean', 'admin', '',
   'Medical Staff Office <medstaff@prairiesummitmg.org>',
   'Dr. Farah Qureshi <fqureshi@prairiesummitmg.org>',
   'Action needed: CAQH re-attestation and MO license renewal',
   """Dr. Qureshi,

Our records show the following items coming due:

  CAQH ProView re-attestation  - due 06/01/2024 (CAQH ID 14498207)
  Missouri medical license 2019-033871 - expires 01/31/2025
  DEA registration - on file, expires 09/30/2025
  NPI 1346075822 - no action needed

Please re-attest in CAQH and upload your updated malpractice face sheet. If you need help,
call Bernadette Ruelas in the Medical Staff Office at 913-555-0152.

Thank you,
Medical Staff Services / Credentialing
Prairie Summit Medical Group
""" + DISC)

# ===========================================================================
# CLEAN: lookalike
# ===========================================================================

mk('clean', 'lookalike', '',
   'Prairie Paws Veterinary Hospital <reminders@prairiepawsvet.com>',
   'kevin.ostrowski.home@gmail.com',
   "Biscuit is due for vaccines and annual bloodwork",
   """Hi Kevin,

Our records show that Biscuit (canine, Golden Retriever, DOB 3/4/2019, patient ID 44871)
is due for:

  - Rabies vaccine (3-year)
  - DHPP booster
  - Annual senior wellness bloodwork + heartworm test
  - Follow-up on the left hip x-ray from last October

Dr. Whitmore also wants to recheck the weight - Biscuit was 78 lb at the last visit.

Book online or call 913-555-0175. Reply STOP to end reminders.

Prairie Paws Veterinary Hospital
8801 W 95th St, Overland Park, KS
""")

mk('clean', 'lookalike', '',
   'IronWorks Fitness <members@ironworksfitness.com>',
   'tgreer.personal@outlook.com',
   'Member #88213 - your April class schedule + body scan results are ready',
   """Hi Tanisha!

Your InBody scan results from 4/2 are in the app (Member #88213). Great work on your
8-week challenge!

April class highlights:
  * Cardio Rehab-style Low Impact - Mon/Wed 6:00 pm (coach Dre)
  * "Spine & Recovery" mobility - Sat 9:00 am
  * Heart Rate Zone Training intro - Tue 4/16 7:00 pm

Your membership renews 05/01/2024 - $39.99/mo on card ending 2206.

See you on the floor,
IronWorks Fitness - Olathe
""")

mk('clean', 'lookalike', '',
   'Flint Hills Community Credit Union <alerts@flinthillsccu.org>',
   'nate.kirchner79@gmail.com',
   'Member # 0047719-22: Auto loan payment received',
   """Dear Member,

We received your payment of $412.66 on 04/09/2024 for loan account ending 3301.

Member #: 0047719-22
Next payment due: 05/09/2024
Remaining balance: $11,208.41

For your security, we will never ask for your full Social Security number or date of birth
by email. If you did not make this payment, call 785-555-0100.

Flint Hills Community Credit Union | Federally insured by NCUA
""")

mk('clean', 'lookalike', '',
   'Skyward Regional Airlines <itinerary@skywardregional-air.com>',
   'Priya Ramaswamy <pramaswamy@prairiesummitmg.org>',
   'Your trip confirmation - QX7PLM - Kansas City to Denver',
   """PASSENGER: RAMASWAMY/PRIYA MS
Record locator: QX7PLM
Ticket number: 4172108839901
SkyMiles Club #: SR 20-4471-8822

Tue 21 May 2024  SR 1184  MCI 07:05  ->  DEN 07:58  Seat 14C  Main Cabin
Thu 23 May 2024  SR 1191  DEN 17:40  ->  MCI 20:28  Seat 9A   Main Cabin

Traveling with medical devices or medication? Portable oxygen concentrators must be
FAA-approved; see skywardregional-air.com/special-assistance.

Trip purpose (corporate booking tool): Regional Revenue Cycle Summit - Denver
Cost center: 6120-RCM
""")

mk('clean', 'lookalike', '',
   'Claims Dept - Tri-County Auto Mutual <claims@tricountyautomutual.com>',
   'Gwen Ashby <gwen.ashby.kc@gmail.com>',
   'Claim AU-24-884713 - estimate approved',
   """Hello Ms. Ashby,

Your claim AU-24-884713 (date of loss 03/30/2024, 2019 Subaru Outback) has been reviewed.
The repair estimate from Metcalf Collision for $3,612.40 is approved minus your $500
collision deductible. No bodily injury was reported on this claim.

Policy #: TCA-PA-5581203-02
Adjuster: Curtis Heilbrun, 816-555-0131, ext 44

Rental reimbursement coverage allows up to $35/day for 30 days.

Tri-County Auto Mutual Insurance
""")

mk('clean', 'lookalike', '',
   'Oakline Tree Surgeons <office@oaklinetreesurgery.com>',
   'Dale Schermerhorn <dschermerhorn@prairiesummitmg.org>',
   'Quote TS-1188 - Olathe North clinic - diseased oak',
   """Dale,

Following the assessment on 4/5, our arborist (Mike Danforth, ISA cert MW-5521A) confirmed
the large pin oak by the clinic's north entrance has oak wilt in the upper crown. Two
limbs over the walkway are dead and should be removed before they drop on a patient or
visitor.

Quote TS-1188:
  1. Crown reduction + removal of 2 dead limbs ........ $1,850.00
  2. Injection treatment of the two neighboring oaks .... $640.00
  3. Stump grinding (small ash removed 2023) ............ $225.00
  Total ............................................... $2,715.00

We can schedule the surgery the week of 4/22, weekend preferred so the lot is empty.

Thanks,
Kelsey Vang
Oakline Tree Surgeons | 913-555-0187
""")

mk('clean', 'lookalike', '',
   'Jenkins CI <ci-noreply@build.prairiesummitmg.org>',
   'Integration Engineering <integration-eng@prairiesummitmg.org>',
   '[FAILED] patient-merge-service #1482 (main) - health check 503',
   """Build #1482 of patient-merge-service (branch: main) FAILED

Stage: integration-test / discharge-queue-consumer
Duration: 14 min 22 s
Triggered by: Devon Achterkamp (commit 7f3c9e1 "retry on admit event timeout")

Failures:
  test_merge_duplicate_mrn_fixture ............... FAILED
    AssertionError: expected survivor id FIXTURE-0001, got FIXTURE-0002
  test_health_endpoint .......................... FAILED
    GET http://localhost:8088/healthz -> 503 (db pool exhausted, pid 48213)

Note: "patient zero" node (k8s worker-0) was drained during the run.

Console: https://build.prairiesummitmg.org/job/patient-merge-service/1482/console
""")

# ===========================================================================
# CLEAN: news
# ===========================================================================

mk('clean', 'news', '',
   'KS Dept of Health - Epidemiology <epi-alerts@ksdhe-bulletins.gov>',
   'Infection Prevention <ip@prairiesummitmg.org>',
   'Health Advisory: measles cases in south central Kansas - week 14',
   """HEALTH ADVISORY - Week 14, 2024

Summary: Three (3) confirmed measles cases have been reported in Sedgwick and Butler counties
since March 18. All cases were unvaccinated. Exposure sites include a Wichita shopping
center (3/23, 2-6 pm) and an urgent care waiting room (3/25).

Recommendations for clinicians:
  1. Consider measles in any patient with fever and rash, especially with travel or
     exposure history.
  2. Mask and isolate suspected cases immediately; airborne precautions.
  3. Collect throat swab for PCR and serum IgM; report suspect cases within 4 hours to the
     KDHE epidemiology hotline 877-555-0101.
  4. Verify MMR status of all staff.

Statewide MMR kindergarten coverage for 2023-24 was 89.7%, below the 95% target.

This message is for public health and healthcare partners. Do not reply.
""")

mk('clean', 'news', '',
   'Pharmacy & Therapeutics <pt-committee@prairiesummitmg.org>',
   'All Clinical Staff <clinical-all@prairiesummitmg.org>',
   'RECALL NOTICE: metformin ER 500 mg - specific lots (Class II)',
   """DRUG RECALL - ACTION REQUIRED FOR CLINIC SAMPLE CLOSETS

Product: Metformin HCl extended-release tablets, 500 mg, 100-count bottles
Manufacturer: Valemont Generics (labeler code 72811)
Lots: 24B0113, 24B0117, 24B0121 (exp 01/2026)
Reason: elevated levels of a nitrosamine impurity above the acceptable daily intake
Recall class: II

What to do:
  * Check sample closets and remove any affected lots; bag and label "RECALL - DO NOT USE".
  * No patient notification is required by the manufacturer at this time; patients should
    NOT stop taking metformin without talking to their clinician.
  * Pharmacists will field patient calls through the clinical pharmacy line x5150.

Questions: Rosalind Achebe, PharmD, P&T Committee chair.
""")

mk('clean', 'news', '',
   'The Summit Weekly <newsletter@prairiesummitmg.org>',
   'All Staff <allstaff@prairiesummitmg.org>',
   'The Summit Weekly - April 12: colorectal screening up, new TCM workflow, kudos',
   """THE SUMMIT WEEKLY | April 12, 2024

QUALITY CORNER
Our colorectal cancer screening rate across all regions reached 71.4% in March, up from
66% a year ago. The Springfield North team led the way at 78%. Diabetes eye exam
completion is still our weakest measure (52%) - watch for a new retinal camera pilot in
Wichita East this summer.

CARE MANAGEMENT
Starting May 1, transitional care calls will be assigned from the new TCM worklist
automatically. Readmissions within 30 days dropped to 11.9% for patients reached within two
business days versus 17.2% for those not reached.

KUDOS
 - Carmen Ybarra, RN (Wichita East) for 100% on-time TCM calls three months running.
 - Priya Ramaswamy (Auth Team) for cutting MRI auth turnaround to 1.8 days.
 - The Omaha West anticoagulation clinic for their Joint Commission tracer visit.

WELCOME
Dr. Adaora Nwosu (Family Medicine, Ames) and Dr. Luis Echeverría (Cardiology, Tulsa).
""",
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#2a5d3b">THE SUMMIT WEEKLY <small>| April 12, 2024</small></h2>
<h3>Quality Corner</h3>
<p>Our colorectal cancer screening rate across all regions reached <b>71.4%</b> in March, up from
66% a year ago. The Springfield North team led the way at 78%. Diabetes eye exam
completion is still our weakest measure (52%) - watch for a new retinal camera pilot in
Wichita East this summer.</p>
<h3>Care Management</h3>
<p>Starting May 1, transitional care calls will be assigned from the new TCM worklist
automatically. Readmissions within 30 days dropped to 11.9% for patients reached within two
business days versus 17.2% for those not reached.</p>
<h3>Kudos</h3>
<ul><li>Carmen Ybarra, RN (Wichita East) for 100% on-time TCM calls three months running.</li>
<li>Priya Ramaswamy (Auth Team) for cutting MRI auth turnaround to 1.8 days.</li>
<li>The Omaha West anticoagulation clinic for their Joint Commission tracer visit.</li></ul>
<h3>Welcome</h3>
<p>Dr. Adaora Nwosu (Family Medicine, Ames) and Dr. Luis Echeverr&iacute;a (Cardiology, Tulsa).</p>
</body></html>
""")

mk('clean', 'news', '',
   'Keystone Mutual Provider News <providernews@keystonemutualhealth.com>',
   'auth-team@prairiesummitmg.org',
   'Provider Bulletin 2024-07: prior authorization changes effective July 1',
   """KEYSTONE MUTUAL HEALTH - PROVIDER BULLETIN 2024-07

Effective July 1, 2024, the following services will NO LONGER require prior authorization
for commercial and Medicare Advantage members when performed in an office or freestanding
imaging setting:

  CPT 70551  MRI brain without contrast
  CPT 72148  MRI lumbar spine without contrast
  CPT 93306  Transthoracic echocardiogram, complete
  CPT 95806  Home sleep apnea test

The following WILL require prior authorization starting July 1:
  CPT 0421T, J0897 (denosumab) and all genetic panels over 10 genes.

Retro-authorization requests must be submitted within 14 calendar days of the date of
service. Questions: Provider Services 1-800-555-0142, option 3.
""")

mk('clean', 'news', '',
   'Population Health Analytics <pophealth-analytics@prairiesummitmg.org>',
   'Medical Directors <meddirectors@prairiesummitmg.org>',
   'Q1 2024 quality & utilization dashboard (aggregate)',
   """Q1 2024 dashboard - aggregate, all regions. No patient-level data in this email; drill-down
is in the Tableau workbook (access restricted).

Measure                          Q4 2023   Q1 2024   Target
-------------------------------  -------   -------   ------
Breast cancer screening           74.1%     75.0%     78%
Colorectal cancer screening       69.8%     71.4%     72%
HbA1c > 9 (lower is better)       21.3%     19.6%     18%
Controlling high BP               63.5%     65.2%     70%
ED visits / 1000 attributed        412       398      380
30-day readmission (all cause)    13.4%     12.8%     12%
TCM contact within 2 bus. days    81%       88%       90%

Attributed lives: 218,400 (KS 41%, MO 27%, NE 14%, OK 11%, IA 7%).
""")

mk('clean', 'news', '',
   'Heartland Medical Society <events@heartlandmedsociety.org>',
   'Dr. Marcus Tibbetts <mtibbetts@prairiesummitmg.org>',
   'May CME: anticoagulation update, sepsis bundle, billing for care management',
   """HEARTLAND MEDICAL SOCIETY - MAY EVENTS

May 8 (webinar, 1.0 AMA PRA Cat 1) - "DOACs in 2024: dosing in kidney disease, reversal
agents and what to do at the dentist" - Dr. Helen Aguilar-Whitby

May 15 (Kansas City, dinner) - "Sepsis bundles in the outpatient setting" - Dr. Rajiv Dhawan

May 22 (webinar) - "Getting paid for CCM, TCM and PCM: documentation that survives audit" -
Nancy Brightman, CPC, CPMA

Members free / non-members $45. Register at heartlandmedsociety.org/events.

To unsubscribe, reply REMOVE.
""")

# ===========================================================================
# CLEAN: staff
# ===========================================================================

mk('clean', 'staff', '',
   'Dr. Philip Okereke <pokereke@prairiesummitmg.org>',
   'Primary Care Physicians <pcp-forum@prairiesummitmg.org>',
   'Cornerstone step therapy for apixaban?',
   """Has anyone else run into this? Had a 60s male this week with new afib, CHA2DS2-VASc 3,
normal kidneys. Cornerstone rejected apixaban and wants warfarin first ("step therapy").
I thought DOACs were exempt for new starts.

Did anyone get these overturned with a letter or did you have to do a peer-to-peer?

Phil

Philip Okereke, MD
Internal Medicine | Prairie Summit MG - Wichita East
""")

mk('clean', 'staff', '',
   'Gabriela Nakamura-Soto <gnakamura@prairiesummitmg.org>',
   'All Care Managers <cm-all@prairiesummitmg.org>',
   'Updated TCM call protocol (v3) - effective May 1',
   """Hi everyone, here's the updated TCM call protocol that goes live May 1. Summary:

1. Interactive contact within 2 business days of discharge (phone, portal message with
   reply, or video). Two unsuccessful attempts must be documented with time stamps.
2. Med reconciliation on the call - compare discharge list vs our list vs what's in the
   pill box. Flag any anticoagulant, insulin, or opioid changes to the pharmacist.
3. Ask about DME / home health / O2 delivery - these are our most common gaps.
4. Book the face-to-face: within 7 days for high complexity, 14 days for moderate.
5. Use the .TCMCALL smartphrase - it has the required billing elements.

Do NOT put patient names in Teams chats about TCM; use the worklist comments.

Questions to me or Lindsey Garber.

Gabriela Nakamura-Soto, RN, BSN, CCM
Care Management Lead
""")

mk('clean', 'staff', '',
   'Keisha Holloway MD <kholloway@prairiesummitmg.org>',
   'Clinic Ops - Wichita East <ops.wichitaeast@prairiesummitmg.org>',
   'need a float MA Tuesday',
   """Can we get a float MA for Tuesday? Brianna is out and I'm double booked in the afternoon
with 4 new patients + 2 procedures. Even half day 12-5 would help.

KH
""")

mk('clean', 'staff', '',
   'Yolanda Brisco <ybrisco@prairiesummitmg.org>',
   'Auth Team <auth-team@prairiesummitmg.org>',
   'RSV vaccine - PA for 60+?',
   """Quick question for the group - does anyone know if the RSV vaccine for adults 60+ needs
a PA under Sunflower Senior Advantage when we give it in the office, or is it Part D only
(pharmacy)? Got 3 different answers from 3 different reps this morning.

Also, do we bill 90678 or 90679 for the one we stock?

thanks,
Yolanda
""")

mk('clean', 'staff', '',
   'Martina Kollár <mkollar@prairiesummitmg.org>',
   'Coding & Denials Team <coding-denials@prairiesummitmg.org>',
   'CO-16 spike on 99214-25',
   """Team,

We had 214 CO-16 denials in March vs ~60/month normally, almost all on 99214 with modifier
25 billed with a same-day procedure (mostly 20610 and 11102). Looking at 15 sample claims,
the common thread is the missing referring provider in loop 2310A when the procedure was
ordered by a different provider than the rendering.

Raj is building a scrubber edit. Until then, please check 2310A before releasing any claim
with a -25. I'll present the root cause at Thursday's KPI review.

Martina
""")

mk('clean', 'staff', '',
   'Lorraine Peck <lpeck@prairiesummitmg.org>',
   'Dr. Harjit Sandhu <hsandhu@prairiesummitmg.org>',
   'appeal template language - medical necessity',
   """Dr. Sandhu,

We're refreshing the appeal templates. For biologic denials, can you review the paragraph
below and tell me if it's clinically right? It's generic, we fill in specifics per case.

"The patient has had an inadequate response to, or could not tolerate, the conventional
therapies listed in the plan's policy. Continuing a less effective therapy would put the
patient at risk of disease progression, hospitalization and surgery. Current clinical
guidelines support the requested agent as appropriate therapy."

Also open to a better phrase than "could not tolerate".

Thanks,
Lorraine
""")

mk('clean', 'staff', '',
   'Lindsey Garber RN <lgarber@prairiesummitmg.org>',
   'Gabriela Nakamura-Soto <gnakamura@prairiesummitmg.org>',
   'weekend TCM recap',
   """Weekend recap (counts only, details in the worklist):

- 23 discharges received
- 17 TCM calls completed within 2 business days
- 4 unable to reach x2 (letters sent)
- 2 went to SNF, no call needed
- 1 readmission (came back to ED Sunday, admitted)
- 3 had med discrepancies, all sent to pharmacy
- 2 O2 delivery delays - same DME vendor again, can we escalate?

L
""")

# ===========================================================================
# CLEAN: training
# ===========================================================================

mk('clean', 'training', '',
   'Revenue Cycle Training <rcm-training@prairiesummitmg.org>',
   'New Hires - Auth Team <auth-newhires@prairiesummitmg.org>',
   'Tip sheet: starting a prior auth in the new PA module (practice in TRAIN env)',
   """Welcome to week 2! Practice these steps in the TRAIN environment only.

Use the test patient:
   ZZTEST, PRIORAUTH   MRN 999000123   DOB 01/01/1900
   Payer: TEST PAYER COMMERCIAL, Member ID TEST00000001

Steps:
  1. Open the order (sample: MRI lumbar spine, CPT 72148) from the Referral/Auth work queue.
  2. Click "Start Auth" > choose the payer portal or fax.
  3. Attach clinicals: for practice, attach "Sample_Clinical_Note.pdf" from the shared drive.
  4. Enter the reference # the payer gives you (practice value: REF-TEST-0001).
  5. Set a follow-up reminder 3 business days out.

Never use a real patient in TRAIN. If you see a real name in TRAIN, tell us.

Revenue Cycle Training Team
""",
   atts=[("""PRIOR AUTH PRACTICE CHECKLIST (TRAINING ONLY - SAMPLE DATA)

[ ] Patient: ZZTEST, PRIORAUTH (MRN 999000123)
[ ] Eligibility checked (TEST PAYER COMMERCIAL)
[ ] Order has CPT + reason
[ ] Clinicals attached (Sample_Clinical_Note.pdf)
[ ] Reference # recorded
[ ] Follow-up reminder set
""", 'text', 'plain', 'PA_practice_checklist.txt')])

mk('clean', 'training', '',
   'Bridgewell Interfaces <demo@bridgewell-integration.com>',
   'Jared Emberly <jemberly@prairiesummitmg.org>',
   'Demo follow-up: ADT feed sample messages',
   r"""Hi Jared,

Thanks for the demo call. As promised, here are the sample ADT messages from our spec. These
are synthetic - John Doe / Jane Doe test identities from our sandbox.

MSH|^~\&|BRIDGEWELL|DEMO_HOSP|PSMG_ENG|PSMG|20240101120000||ADT^A01|DEMO0001|T|2.5.1
EVN|A01|20240101120000
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^KS^00000||(000)000-0000
PV1|1|I|DEMO^101^A||||0000000000^PROVIDER^TEST^^^MD

MSH|^~\&|BRIDGEWELL|DEMO_HOSP|PSMG_ENG|PSMG|20240101130000||ADT^A03|DEMO0002|T|2.5.1
EVN|A03|20240101130000
PID|1||TEST654321^^^DEMO^MR||DOE^JANE^||19000101|F|||123 MAIN ST^^ANYTOWN^KS^00000||(000)000-0000

Note MSH-11 = T (training). Our sandbox rejects any message with MSH-11 = P.

Best,
Priyanka Deshpande
Solutions Engineer, Bridgewell Integration
""")

mk('clean', 'training', '',
   'EDI Support <edi.support@clrhouse-one.com>',
   'Nate Kirchner <nkirchner@prairiesummitmg.org>',
   'RE: rejected 837 - see companion guide example',
   """Nate,

Your SV1 issue is the unit of measure on the J-code line - needs to be UN with the NDC in
LIN/CTP in loop 2410. Here's the example from page 42 of our companion guide (sample data):

NM1*IL*1*DOE*JANE****MI*SAMPLE00001~
DMG*D8*19000101*F~
CLM*SAMPLECLAIM01*100***11:B:1*Y*A*Y*Y~
LX*1~
SV1*HC:J3301*100*UN*4***1~
LIN**N4*00000000000~
CTP****4*UN~

Resubmit with the NDC and it should pass.

Colette Marchand
EDI Support Analyst, Clearhouse One
""")

mk('clean', 'training', '',
   'Tanisha Greer <tgreer@prairiesummitmg.org>',
   'Coding & Denials Team <coding-denials@prairiesummitmg.org>',
   'Lunch & learn slides - top denial codes (sample records)',
   """Slides from today's lunch & learn are on the shared drive. The worked examples are all
sample records, here they are in text for anyone who couldn't open the PPT:

  Example 1 - SAMPLE PATIENT A, acct 000000001, CO-197 (no auth)
     -> check auth tab, request retro auth if within payer window.
  Example 2 - SAMPLE PATIENT B, acct 000000002, CO-50 (medical necessity)
     -> appeal with notes; check LCD/NCD for covered diagnoses.
  Example 3 - SAMPLE PATIENT C, acct 000000003, CO-16 (missing info)
     -> correct and resubmit, do NOT appeal.
  Example 4 - SAMPLE PATIENT D, acct 000000004, PR-1 (deductible)
     -> not a denial - move to patient responsibility.

Quiz next Thursday!
T
""")

mk('clean', 'training', '',
   'Scheduling Academy <sched-academy@prairiesummitmg.org>',
   'Scheduler Cohort 12 <sched-cohort12@prairiesummitmg.org>',
   'Practice scenarios - referral intake (fictional)',
   """Practice scenarios for Friday's role-play. All people here are made up.

Scenario 1: "Testpatient, Alpha" calls asking to book the cardiology referral her PCP placed.
  The referral is still "awaiting auth". What do you tell her, and who do you message?

Scenario 2: "Mickey Mouse" (our classic test caller) wants to reschedule a colonoscopy and asks
  whether he can eat the day before. What's in scope for a scheduler, and what goes to the nurse?

Scenario 3: A caller says she is the daughter of "Testpatient, Beta" and wants results. There
  is no release on file. Walk through the script.

Scenario 4: A text-reminder reply says only "R". What's the workflow?

Grading rubric attached on the LMS.
""")

mk('clean', 'training', '',
   'Devon Achterkamp <dachterkamp@prairiesummitmg.org>',
   'Integration Engineering <integration-eng@prairiesummitmg.org>',
   'FHIR sandbox demo payload',
   """For tomorrow's demo against the payer sandbox, use this payload - it's the sandbox's own
synthetic test patient, not anyone real.

{
  "resourceType": "Patient",
  "id": "example-sandbox-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"}]},
  "name": [{"family": "Sandbox", "given": ["Test", "Patient"]}],
  "gender": "unknown",
  "birthDate": "1900-01-01",
  "identifier": [{"system": "urn:example:sandbox", "value": "SBX-0000001"}]
}

Endpoint: https://sandbox.keystonemutual-dev.example/fhir/Claim/$submit
Token from the vault (not here!).
""",
   html=None)

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
