#!/usr/bin/env python3
"""Blind eval set prose17a: hand-written healthcare mail (practice management co. + health insurer).
Standard library only, deterministic."""
import csv, io, os, random, sys, zipfile, hashlib
from email.message import EmailMessage
from email import policy

random.seed(17017)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, patient, frm, to, subj, date, body, html=None, atts=(), cs='utf-8',
        cte=None, cc=None, headers=None, inner=False):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     date=date, body=body, html=html, atts=list(atts), cs=cs, cte=cte, cc=cc,
                     headers=headers or {}))

def zipbytes(name, text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text)
    return buf.getvalue()

def build(m, idx):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].strip('> ')
    h = hashlib.sha1((m['subj'] + str(idx)).encode()).hexdigest()[:16]
    msg['Message-ID'] = '<%s.%03d@%s>' % (h, idx, dom)
    for k, v in m['headers'].items():
        msg[k] = v
    kw = {}
    if m['cte']:
        kw['cte'] = m['cte']
    msg.set_content(m['body'], charset=m['cs'], **kw)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html', charset=m['cs'])
    for a in m['atts']:
        fn, ctype, data = a[0], a[1], a[2]
        if ctype == 'message/rfc822':
            msg.add_attachment(data)  # data is an EmailMessage
            continue
        maint, subt = ctype.split('/')
        if maint == 'text' and isinstance(data, str):
            acs = a[3] if len(a) > 3 else 'utf-8'
            msg.add_attachment(data, subtype=subt, charset=acs, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    return msg

def inner_msg(frm, to, subj, date, body, cs='utf-8'):
    im = EmailMessage(policy=policy.default)
    im['From'] = frm; im['To'] = to; im['Subject'] = subj; im['Date'] = date
    im['Message-ID'] = '<%s@fwd.local>' % hashlib.sha1(subj.encode()).hexdigest()[:14]
    im.set_content(body, charset=cs)
    return im

# ---------------------------------------------------------------------------
# Messages (written by hand)
# ---------------------------------------------------------------------------

# 001
add('phi', 'phi-care', 'Abernathy-Ruiz',
    'Tamika Greer <tgreer@crestlinemg.com>', 'Scheduling Pool - Eastgate <sched.eastgate@crestlinemg.com>',
    'recheck Thurs?', 'Mon, 02 Mar 2026 08:12:44 -0600',
"""Hi guys,

Can somebody get Dolores Abernathy-Ruiz back in for a finger-stick INR this Thursday? Her
reading this morning was 3.4 and Dr. Okafor wants it rechecked before she changes the warfarin
dose. She prefers mornings, her daughter drives her. Cell on file is good.

Thx
Tamika Greer, CMA
Crestline Medical Group - Eastgate Family Medicine
""")

# 002
add('clean', 'clean-admin', '',
    'Provider Data Management <providerdata@bluewaterhp.com>', 'Directory Vendors <directory-vendors@bluewaterhp.com>',
    'Provider Directory Update - March cycle (adds/terms/moves)', 'Tue, 03 Mar 2026 14:30:00 -0500',
"""Provider Directory Update - March 2026 cycle

Please apply the following to the online and print directories by 03/13. Questions to
providerdata@bluewaterhp.com.

ADDS
  Anjali Raman, MD        Internal Medicine   NPI 1730298815  4410 Harwood Rd, Ste 200, Bedford TX   Accepting new: Y
  Marcus Feld, DO         Family Medicine     NPI 1285990123  88 N Main St, Cleburne TX               Accepting new: Y
  Leticia Ocampo, PA-C    Orthopedics         NPI 1649455102  3001 Medical Pkwy, Plano TX             Accepting new: N

TERMS (effective 03/31/2026)
  Howard Tisch, MD        Cardiology          NPI 1093726618  retired

MOVES
  Eastgate Family Medicine (group) -> 1200 E Rosedale St, Fort Worth TX 76104, phone 817-555-0144

Languages spoken were added for 41 providers; see attached full file on the SFTP drop.

Provider Data Management | Bluewater Health Plan
""",
    html="""<html><head><style>td{font-family:Calibri;font-size:10pt;padding:2px 8px} th{background:#1f4e79;color:#fff;font-family:Calibri;font-size:10pt}</style></head><body>
<p style="font-family:Calibri">Provider Directory Update - March 2026 cycle. Please apply by 03/13.</p>
<table border="1" cellspacing="0"><tr><th>Action</th><th>Provider</th><th>Specialty</th><th>NPI</th><th>Location</th><th>Accepting</th></tr>
<tr><td>ADD</td><td>Anjali Raman, MD</td><td>Internal Medicine</td><td>1730298815</td><td>4410 Harwood Rd, Ste 200, Bedford TX</td><td>Y</td></tr>
<tr><td>ADD</td><td>Marcus Feld, DO</td><td>Family Medicine</td><td>1285990123</td><td>88 N Main St, Cleburne TX</td><td>Y</td></tr>
<tr><td>ADD</td><td>Leticia Ocampo, PA-C</td><td>Orthopedics</td><td>1649455102</td><td>3001 Medical Pkwy, Plano TX</td><td>N</td></tr>
<tr><td>TERM 03/31</td><td>Howard Tisch, MD</td><td>Cardiology</td><td>1093726618</td><td>retired</td><td>-</td></tr>
<tr><td>MOVE</td><td>Eastgate Family Medicine</td><td>Group</td><td>-</td><td>1200 E Rosedale St, Fort Worth TX 76104</td><td>-</td></tr>
</table><p style="font-family:Calibri;color:#666;font-size:8pt">Provider Data Management | Bluewater Health Plan</p></body></html>""")

# 003
add('phi', 'phi-names', 'Hollis',
    'Brenda Kowalczyk <bkowalczyk@crestlinemg.com>', 'UM Intake <um.intake@bluewaterhp.com>',
    'RE: Hollis, Margaret - still need the auth # before Tues', 'Fri, 06 Mar 2026 10:41:09 -0600',
"""Hi again,

Faxed the clinicals over at 9:15 this morning (PT notes x6 weeks + the x-ray read). Portal
still says "pending review." She's on the books at Lakeview Imaging Tuesday 3/10 at 7:30am for
the right knee MRI and we'd really rather not reschedule her, it took three weeks to get that
slot.

Can someone look at it today?

Brenda K.
Referral Coordinator, Crestline Ortho - Arlington
P 817-462-3309 x214

-----Original Message-----
From: UM Intake <um.intake@bluewaterhp.com>
Sent: Wednesday, March 4, 2026 4:02 PM
To: Brenda Kowalczyk <bkowalczyk@crestlinemg.com>
Subject: RE: Hollis, Margaret - still need the auth # before Tues

Request received, case 2603-UM-118472. Standard turnaround is up to 3 business days.
""")

# 004
add('phi', 'phi-lang', 'Villaseñor',
    'Rosa Villaseñor <rosavillas58@yahoo.com>', 'Servicios al Miembro <miembros@bluewaterhp.com>',
    'cobro de la colonoscopia de mi esposo', 'Sun, 08 Mar 2026 19:22:10 -0600',
"""Buenas noches,

Les escribo por mi esposo, Ernesto Villaseñor Trujillo, número de miembro BWH 771204556. El
mes pasado (11 de febrero) le hicieron una colonoscopia en el Centro Quirúrgico del Valle y
ahora nos llegó una factura de $1,840. En la carta de ustedes decía que era preventiva y que no
íbamos a pagar nada. Él ya tiene 67 años y no entiende bien el inglés, por eso le escribo yo.

¿Me pueden decir por qué la mandaron como diagnóstica? El doctor le quitó dos pólipos, pero eso
no es culpa de nosotros.

Mi teléfono es 956-381-2270, llámenme después de las 4 por favor.

Gracias,
Rosa Villaseñor
""", cs='iso-8859-1', cte='quoted-printable')

# 005
add('clean', 'clean-lookalike', '',
    'Bluewater Wellness <wellness@news.bluewaterhp.com>', 'member-newsletter@list.bluewaterhp.com',
    'New for 2026: $25/month gym memberships with FitForward', 'Mon, 09 Mar 2026 07:00:00 -0500',
"""Bluewater Health Plan | Member Perks

Get moving for less.

Starting April 1, Bluewater members 18+ can join more than 9,000 participating gyms for $25 a
month with FitForward -- no long-term contract, no enrollment fee, and you can switch locations
any time. Prefer working out at home? The digital plan includes 4,000 on-demand classes for
$10 a month.

How to sign up:
  1. Go to fitforward.com/bluewater
  2. Enter the member ID from your card
  3. Choose a gym or the digital plan

FitForward is a discount program, not insurance. It is not part of your health plan benefits
and payments do not count toward your deductible. Bluewater may receive a fee from FitForward.

Unsubscribe | Privacy | Bluewater Health Plan, 200 Harbor Point Blvd, Tampa FL 33602
""",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#eef3f7"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#0a6ebd;color:#fff;padding:18px;font-size:22px">Get moving for less.</td></tr>
<tr><td style="padding:18px;font-size:14px">Starting April 1, Bluewater members 18+ can join more than 9,000 participating gyms for <b>$25 a month</b> with FitForward &mdash; no long-term contract, no enrollment fee.<br><br>
<a href="https://fitforward.com/bluewater" style="background:#f28c28;color:#fff;padding:10px 16px;text-decoration:none">Sign up now</a><br><br>
<span style="font-size:11px;color:#777">FitForward is a discount program, not insurance. Payments do not count toward your deductible.</span></td></tr></table></body></html>""")

# 006
add('phi', 'phi-struct', 'Delacroix',
    'Nguyen, Thao <tnguyen@crestlinemg.com>', 'EDI Support <edi.support@crestlinemg.com>',
    '999 reject on batch 0306 - one claim keeps bouncing', 'Fri, 06 Mar 2026 15:55:31 -0600',
"""EDI team,

Batch from Thursday came back with a 999 reject on one ST. I think it's the subscriber DMG,
the date looks off but I can't see why. Pasting the claim loop below, can you tell me what's
wrong with it before I resubmit?

NM1*IL*1*DELACROIX*JEAN*P***MI*BWH330981274~
N3*4117 CAMELLIA DR~
N4*SHREVEPORT*LA*71105~
DMG*D8*19580231*M~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
CLM*EGT2603041187*245***11:B:1*Y*A*Y*Y~
DTP*472*D8*20260302~
HI*ABK:I10~
LX*1~
SV1*HC:99214*185*UN*1***1~
LX*2~
SV1*HC:93000*60*UN*1***1~

Thao Nguyen
Billing Specialist II - Shreveport
""")

# 007
add('phi', 'phi-self', 'Ng',
    'Lorraine Ng <lorraine.ng1949@comcast.net>', 'Member Services <memberservices@bluewaterhp.com>',
    'wheelchair STILL not delivered', 'Tue, 10 Mar 2026 11:03:52 -0500',
"""To whom it may concern,

I am writing on behalf of my husband Walter Ng. His member number is on the card but I can't
read it without my glasses so I will give you his birthday instead, it is June 3 1944.

Dr. Bautista ordered a power wheelchair for him in JANUARY after his hip surgery. The company,
Sunbelt Medical Supply, tells me they are "waiting on the insurance." The insurance (you) told
me on the phone on Feb 20 that it was approved. Somebody is not telling the truth.

He has been using a walker and fell in the bathroom last Sunday. Thank God nothing was broken.

I am 79 years old and I should not have to spend every morning on hold. Please have a real
person call me at 727-544-0938.

Lorraine Ng
""")

# 008
add('clean', 'clean-news', '',
    'Bluewater Broker Relations <brokers@bluewaterhp.com>', 'Appointed Brokers <broker-bulletin@list.bluewaterhp.com>',
    'Broker Bulletin | Spring 2026: small-group renewals, new HSA plan, commission schedule', 'Wed, 11 Mar 2026 09:00:00 -0500',
"""BROKER BULLETIN - Spring 2026

1) Small-group renewals (July 1 effective dates)
Renewal packages go out April 15. Average rate action across our small-group book is +6.8%,
with a range of +2.1% to +11.4% depending on region and plan. Groups under 10 lives in the
Gulf Coast region will see the new area factor.

2) New: Bluewater Saver HSA 3300
Deductible $3,300 single / $6,600 family, 0% coinsurance after deductible, $0 preventive,
embedded deductible for family coverage. Available to groups of 2-50.

3) Medicare Advantage
Reminder: you may not send unsolicited plan materials to beneficiaries. Scope of Appointment
forms must be completed 48 hours before any in-person meeting. The 2027 certification module
opens June 1.

4) Commission schedule
Small-group PEPM commission stays at $28. Individual new-business commission for 2027 will be
published with the OE kit in September.

5) Events
Broker lunch & learn, Tampa, April 8, 11:30am. RSVP by April 1.

Bluewater Health Plan Broker Relations | For broker use only. Not for distribution to consumers.
""")

# 009
add('phi', 'phi-lists', 'Marsh',
    'Yolanda Pierce <ypierce@crestlinemg.com>', 'Dr. Samuel Adeyemi <sadeyemi@crestlinemg.com>',
    'open cardiology referrals - your panel', 'Thu, 12 Mar 2026 08:47:00 -0500',
"""Dr. Adeyemi,

Here are your open cardiology referrals older than 14 days. I've called each one at least
twice. Let me know if any should be closed out.

Patient              DOB         Referred   To                    Status
-------------------  ----------  ---------  --------------------  ------------------------------
Marsh, Gordon        04/17/1951  02/09/26   Dr. Lin (Bayside)     Pt says he never got the call
Okonkwo, Adaeze      11/02/1978  02/13/26   Heart Assoc. of Tampa Auth approved, no appt made
Trevino, Luis        08/29/1966  02/18/26   Dr. Lin (Bayside)     Scheduled 3/30 echo + consult
Bergstrom, Ingrid    01/05/1940  02/20/26   Dr. Patel (Brandon)   Daughter wants closer office
Haddad, Samir        06/30/1972  02/24/26   Heart Assoc. of Tampa Holter ordered, not picked up

Yolanda
Referral Coordinator - Westshore Internal Medicine
""")

# 010
add('phi', 'phi-ids', '',
    'Claims Research <claimsresearch@bluewaterhp.com>', 'Eastgate Billing <billing.eastgate@crestlinemg.com>',
    'RE: recon request 2603-RC-55120', 'Thu, 12 Mar 2026 13:19:40 -0500',
"""Hello,

Re: member BWH448120937, claim 26041288731, DOS 02/04/2026.

The 72148 line denied CO-197 because we have no precert on file for that date. There is an
approved auth (2601-UM-093344) but it was for the 70551 and expired 01/31. If the ordering
office can get a retro auth we'll reprocess; otherwise the line stands.

Claims Research Unit
Bluewater Health Plan
""")

# 011
add('clean', 'clean-staff', '',
    'Denise Albright <dalbright@crestlinemg.com>', 'Eastgate Practice Staff <eastgate-all@crestlinemg.com>',
    'front desk coverage + staff flu clinic', 'Fri, 13 Mar 2026 12:05:00 -0600',
"""Hi all,

Two things:

1. Carla is out Mar 23-27. Front desk coverage: Javier (AM) and Priya (PM). Check-in tablets
   are slow again, so if the line gets past 4 people please open the second window.

2. Employee flu/COVID booster clinic is next Wed 12-2 in the break room. Bring your badge; HR
   will log it. If you got yours at a pharmacy please upload the sticker photo to Workday so we
   stop getting nagged by corporate.

Also whoever left the crockpot in the sink since Tuesday, I'm begging you.

Denise Albright
Practice Manager, Eastgate Family Medicine
""")

# 012
add('phi', 'phi-care', 'Pryce',
    'Pharmacy Help Desk <rxhelpdesk@bluewaterhp.com>', 'Rx Clinical Review <rx.clinical@bluewaterhp.com>',
    'escalation - early refill / vacation override', 'Mon, 16 Mar 2026 10:22:17 -0400',
"""Escalating per supervisor. Call notes pasted below.

---- CALL NOTES (Genesys ID 88201-4471) ----
03/16/2026 09:48  Agent: K. Moreland
Caller: Ronald Pryce (member), verified w/ DOB 09/12/1957 + ZIP 33713
Reason: Requesting early refill of lisinopril 20mg and atorvastatin 40mg, leaving for
Portugal 3/28 for 6 wks. Last fill 3/02 (30 DS) at Walgreens #04417. Rejecting 79 refill too
soon.
Action: Explained vacation supply override needs prescriber or clinical review. Member upset,
says he did this last year with no problem. Advised 24-48 hrs. Callback 727-398-5512.
---- END ----

Can clinical approve a one-time 90 DS?
Thanks, Keisha (Rx Help Desk Lead)
""")

# 013
add('clean', 'clean-training', '',
    'Coding Education <coding.ed@crestlinemg.com>', 'All Coders <coders@crestlinemg.com>',
    'Friday coding huddle - E/M practice scenarios (answers Monday)', 'Thu, 19 Mar 2026 16:00:00 -0500',
"""Team,

Practice scenarios for tomorrow's huddle. All made up -- do not go looking for these in Epic.

Scenario 1
Patient: TEST, PATIENT ONE   MRN: ZZ0000001   DOB: 01/01/1900
Established patient, 3 chronic conditions stable, reviews 2 external notes, orders a CMP.
What MDM level? What code?

Scenario 2
Patient: SAMPLE, JANE        MRN: ZZ0000002   DOB: 01/01/1900
New patient, acute uncomplicated illness, OTC drug management. 22 minutes total time on date
of service. Would you code on time or MDM?

Scenario 3
Telehealth follow-up, audio only, 14 minutes. Which code set applies under the 2026 rules and
what modifier does Bluewater want?

Answers Monday. Bring coffee.
-- Coding Education, Crestline Medical Group
""")

# 014
add('phi', 'phi-ids', '',
    'Eastgate Front Desk <frontdesk.eastgate@crestlinemg.com>', 'Nurse Line - Eastgate <rn.eastgate@crestlinemg.com>',
    'callback pls', 'Mon, 16 Mar 2026 14:40:02 -0500',
"""pt calling from 414-302-7718 says her MRI results from last Wed arent in the portal and she
has the surgeon on Friday. wants someone to call her back today, she sounded upset. didnt
catch the last name, line was bad.
""")

# 015
add('clean', 'clean-admin', '',
    'Network Adequacy Analytics <netadequacy@bluewaterhp.com>', 'Regulatory Compliance <compliance@bluewaterhp.com>',
    'Q1 network adequacy - time/distance results, 3 counties failing', 'Tue, 17 Mar 2026 11:30:00 -0400',
"""Attached is the Q1 time/distance run against the CMS/state standards for the Individual
and MA networks. Summary:

- 94 of 97 county/specialty combinations pass.
- Fail: Highlands County - Psychiatry (88.1% within 60 mi, standard 90%)
- Fail: Glades County - Endocrinology (0 contracted within 75 mi)
- Fail: Hendry County - Oncology (85.4% within 60 mi)

Provider Relations already has outreach going with two groups in Sebring. Exception requests
would be due to the state by 5/1 if we can't close the gaps.

-- NA Analytics
""",
    atts=[('na_q1_2026_summary.csv', 'text/csv',
"""county,specialty,product,members_in_county,pct_within_standard,standard_pct,max_miles,result
Highlands,Psychiatry,MA,14210,88.1,90,60,FAIL
Highlands,Cardiology,MA,14210,97.9,90,60,PASS
Glades,Endocrinology,MA,1922,0.0,90,75,FAIL
Glades,Primary Care,MA,1922,100.0,90,30,PASS
Hendry,Oncology,IFP,6034,85.4,90,60,FAIL
Hendry,OB/GYN,IFP,6034,93.2,90,45,PASS
Polk,Psychiatry,IFP,48810,99.6,90,45,PASS
""")])

# 016
add('phi', 'phi-lang', 'Park',
    'Jenny Park <jennyp.kim82@gmail.com>', 'Member Services <memberservices@bluewaterhp.com>',
    '어머니 약값 문의 (Park Young-hee)', 'Wed, 18 Mar 2026 21:14:33 -0700',
"""안녕하세요,

저는 박영희 (Park Young-hee) 의 딸입니다. 어머니는 영어를 잘 못하셔서 제가 대신 연락드립니다.
회원번호: BWM 502918833, 생년월일 1951년 7월 22일.

어머니가 지난달부터 엘리퀴스(Eliquis) 5mg 을 드시는데, 약국에서 한 달에 $142 를 내라고 합니다.
작년에는 $47 이었습니다. 보험 플랜이 바뀐 건지, 아니면 약국에서 잘못 청구한 건지 확인 부탁드립니다.

한국어 상담원이 있으면 전화 주세요: 213-480-6627 (저녁 6시 이후).

감사합니다.
박지은 (Jenny Park) 드림
""")

# 017
add('phi', 'phi-struct', 'Oyelaran',
    'Lab Interface Monitor <interface-alerts@crestlinemg.com>', 'Interface Team <integration@crestlinemg.com>',
    '[ALERT] ORU rejected - unmatched patient (Quest inbound) x1', 'Thu, 19 Mar 2026 03:12:08 -0500',
"""Inbound result could not be filed: PID-3 did not match any MRN at facility CMG-NRTH.
Message held in error queue ERRQ-LAB-2. Raw message attached.

Channel: QUEST_ORU_IN
Error: PATIENT_NOT_FOUND (PID-3 "00483371" / name match score 0.71)
Action required: manual match or reject.
""",
    atts=[('ERRQ-LAB-2_0319_031207.hl7', 'application/octet-stream',
"MSH|^~\\&|QUEST|QDI-DAL|CMG_EHR|CMG-NRTH|202603190311||ORU^R01|Q88201937|P|2.5.1\r"
"PID|1||00483371^^^QDI||OYELARAN^FOLASADE^T||19840614|F|||2290 WEBB CHAPEL EXT^^DALLAS^TX^75220||2147718830\r"
"ORC|RE|CMG5521873|QD77410026\r"
"OBR|1|CMG5521873|QD77410026|80061^LIPID PANEL^CPT|||202603180822|||||||||1417730521^ABARA^CHINEDU\r"
"OBX|1|NM|2093-3^Cholesterol Total^LN||212|mg/dL|<200|H|||F\r"
"OBX|2|NM|2571-8^Triglycerides^LN||188|mg/dL|<150|H|||F\r"
"OBX|3|NM|2085-9^HDL Cholesterol^LN||41|mg/dL|>39||||F\r"
"OBX|4|NM|13457-7^LDL Calc^LN||133|mg/dL|<100|H|||F\r")])

# 018
add('clean', 'clean-staff', '',
    'Crestline IT Security <itsecurity@crestlinemg.com>', 'All Crestline Staff <allstaff@crestlinemg.com>',
    'PHISHING ALERT: fake "Explanation of Benefits ready" emails', 'Fri, 20 Mar 2026 08:30:00 -0500',
"""PHISHING ALERT

Since yesterday afternoon several staff have received e-mails that look like an insurer's
"Your Explanation of Benefits is ready to view" notice. They come from look-alike domains
(e.g. bluewater-hp-claims.com, bluewatr-eob.net) and link to a fake Microsoft sign-in page.

How to spot it:
 - The greeting is "Dear Patient" or "Dear Valued Member" with no name
 - The "View EOB" button goes to a site that is NOT bluewaterhp.com
 - It asks you to sign in with your Crestline credentials

If you clicked and entered your password, call the Service Desk right away at ext. 4357 so
we can reset it. Otherwise use the "Report Phish" button in Outlook and delete.

We will never ask for your password by e-mail.

Crestline IT Security
""")

# 019
add('phi', 'phi-names', 'Tolliver',
    'Gina Marchetti <gmarchetti@bluewaterhp.com>', 'Rob Castellanos <rcastellanos@bluewaterhp.com>',
    'Farahani group - echo billing question', 'Fri, 20 Mar 2026 11:48:27 -0400',
"""Rob,

Quick one from my provider-relations visit at Dr. Farahani's office yesterday. Their office
manager (Shirin) says Mr. Tolliver's echo from back in December was never paid and they've
resubmitted it twice. She thinks it's getting bundled into the cardiology consult Dr. Farahani
did the same day. I told her I'd ask you before I promised anything.

Also, Shirin asked whether we can get them on the new portal pilot -- I said I'd check with
Anita. Could you look at the Tolliver thing first though? Leon Tolliver, I think the claim went
in under his wife's plan at first which may be part of the mess.

Gina Marchetti
Provider Relations Representative, North Florida
""")

# 020
add('phi', 'phi-self', 'Broadnax',
    'Keisha Broadnax via MyCrestline <noreply-portal@crestlinemg.com>', 'Westshore Internal Medicine Inbox <pool.westshore@crestlinemg.com>',
    'New patient message: Question about my results', 'Sat, 21 Mar 2026 07:54:19 -0400',
"""You have a new MyCrestline message.

From: Keisha Broadnax
Patient MRN: W00917264
Regarding: Mammogram 03/17/2026

Hi, I had my mammogram at the Westshore location on Tuesday and the tech said they might want
more pictures. Nobody has called me and I'm kind of freaking out. Can someone just tell me if
I need to come back? I can do any day next week after 3. Thank you.

-- Sent from MyCrestline. Please do not reply to this notification; reply in the portal.
""")

# 021
add('phi', 'phi-struct', 'Szabo',
    'Marisol Quintana <mquintana@crestlinemg.com>', 'Clearinghouse Support <support@edibridgehealth.com>',
    'Ticket 448812 - 271 coming back with AAA*N*72 but member is active?', 'Mon, 23 Mar 2026 09:31:12 -0500',
"""Hello,

Attaching the 270 we sent and the 271 we got back for a patient we're seeing tomorrow for her
pre-op physical. Bluewater's portal shows her active on a PPO since 1/1 but your 271 says
invalid member ID. Is the clearinghouse stripping the prefix?

Marisol Quintana
Patient Access Supervisor, Crestline Medical Group - Pittsburgh
""",
    atts=[('elig_0323_szabo.x12', 'text/plain',
"""ISA*00*          *00*          *ZZ*CRESTLINEPGH   *ZZ*EDIBRIDGE      *260323*0925*^*00501*000004411*0*P*:~
GS*HS*CRESTLINEPGH*EDIBRIDGE*20260323*0925*4411*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*EL0323-0017*20260323*0925~
HL*1**20*1~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
HL*2*1*21*1~
NM1*1P*2*CRESTLINE MEDICAL GROUP*****XX*1558392017~
HL*3*2*22*0~
NM1*IL*1*SZABO*KATALIN****MI*330917726~
DMG*D8*19630409*F~
DTP*291*D8*20260324~
EQ*30~
SE*12*0001~
---- response ----
ST*271*0001*005010X279A1~
HL*3*2*22*0~
NM1*IL*1*SZABO*KATALIN****MI*330917726~
AAA*N**72*C~
SE*5*0001~
""")])

# 022
add('clean', 'clean-admin', '',
    'Payment Integrity <pi-reporting@bluewaterhp.com>', 'PI Steering Committee <pi-steering@bluewaterhp.com>',
    'February payment integrity dashboard - prepay edits, DRG validation, recoveries', 'Tue, 24 Mar 2026 08:00:00 -0400',
"""Payment Integrity - February 2026 (all lines of business)

Prepay
  Claims reviewed by clinical edits ......... 1,284,302
  Claims pended ............................. 41,877 (3.3%)
  Claims denied on edit ..................... 12,946
  Savings (prepay) .......................... $6.42M
  Overturn rate on provider dispute ......... 14.1% (target <15%)

Postpay
  DRG validation audits closed .............. 612
  Findings rate ............................. 22.7%
  Recoveries ................................ $3.18M
  Coordination-of-benefits recoveries ....... $1.07M

SIU
  New tips received ......................... 188 (hotline 61, internal 94, external 33)
  Cases opened .............................. 27
  Referred to law enforcement / state ....... 3
  Top schemes: upcoded E/M (office), DME billed not delivered, lab panel unbundling

Provider abrasion note: the new modifier 25 edit drove 38% of all provider disputes this
month. Recommend we revisit the edit logic before the April release.

Full deck on the PI SharePoint. No member-level data in this e-mail.
""")

# 023
add('phi', 'phi-lists', 'Whitcomb',
    'Angela Foss RN <afoss@bluewaterhp.com>', 'Darnell Hughes RN <dhughes@bluewaterhp.com>',
    'caseload handoff while I\'m out (3/30-4/10)', 'Wed, 25 Mar 2026 17:22:05 -0400',
"""Darnell -- thank you for covering. Here's where everyone stands. The ones with ** need a call
the first week.

** Harold Whitcomb -- d/c'd from St. Joseph's 3/21 after the CABG. Home health starts 3/27,
   cardiac rehab referral is in but he says he won't go "unless someone drives me." Wife Bev
   is the contact, 412-831-0472.
** Marguerite Soto -- missed 2 dialysis sessions last week per the unit. Transportation
   benefit is set up but she keeps canceling. Spanish preferred, use the language line.
 - Terrence Obi -- stable. Monthly call due 4/3. Just check he got the new glucometer.
 - Daisy Pennington (11 y/o, mom is Crystal) -- waiting on the PT auth for after the cast
   comes off. Nothing to do unless mom calls.
** Frank Lemaster -- hospice conversation happened 3/24 with Dr. Wu. Family is thinking about
   it. Please don't push, just be available.

All notes are in CareConnect. Angela
""")

# 024
add('phi', 'phi-lang', 'Xiong',
    'Pa Houa Xiong <pahouaxiong93@gmail.com>', 'Crestline St. Paul Front Desk <frontdesk.stpaul@crestlinemg.com>',
    'Kuv txiv lub appointment', 'Thu, 26 Mar 2026 13:05:44 -0500',
"""Nyob zoo,

Kuv yog Pa Houa Xiong. Kuv sau ntawv no rau kuv txiv, Chue Lee Xiong (yug 02/11/1956). Nws
muaj appointment nrog Dr. Hendricks hnub Tuesday 3/31 thaum 10:00 sawv ntxov los kuaj ntshav
thiab saib nws cov tshuaj ntshav siab. Tab sis kuv yuav tsum mus ua hauj lwm hnub ntawd thiab
tsis muaj leej twg coj nws tuaj.

Puas muaj peev xwm hloov mus rau hnub Thursday 4/2 tav su? Thiab thov muab ib tug neeg txhais
lus Hmoob (Hmong interpreter) rau nws, nws tsis paub lus Askiv.

Hu rau kuv ntawm 651-274-9903.

Ua tsaug ntau,
Pa Houa
""")

# 025
add('phi', 'phi-names', 'Dutton',
    'Sherry Vang LPN <svang@crestlinemg.com>', 'Marcy Ellison RN <mellison@crestlinemg.com>',
    'Big Al again', 'Thu, 26 Mar 2026 15:37:10 -0500',
"""Marcy,

Big Al was in the lobby again today wanting to talk to "the nurse who knows him" (that's you,
congrats). Alvin Dutton for the new people. He says the pharmacy won't fill the new inhaler Dr.
Kaur sent and he's down to his last one. I told him we'd call him by end of day tomorrow. He
wouldn't leave until I wrote it on a sticky note for him lol.

Can you call Walgreens on Elm? I think it needs the PA form.

Sherry
""")

# 026
add('clean', 'clean-news', '',
    'Health Policy Daily <newsletter@healthpolicydaily.com>', 'rcastellanos@bluewaterhp.com',
    'Prior auth reform: what the 2027 API deadline means for plans', 'Fri, 27 Mar 2026 06:15:00 -0400',
"""HEALTH POLICY DAILY | Friday, March 27, 2026

TOP STORY: Plans race to stand up prior-auth APIs before January deadline
Medicare Advantage, Medicaid managed care and marketplace plans must expose a prior
authorization API and meet 72-hour (urgent) and 7-day (standard) decision timeframes. A
survey of 48 plans found only 19 expect to be fully compliant by the deadline. "The hard part
isn't the API, it's getting clinical criteria into a machine-readable form," said one CIO.

ALSO TODAY
- Survey: 62% of physician practices say prior auth burden rose in 2025.
- State roundup: three states pass "gold card" laws exempting high-approval physicians.
- Measles: CDC reports 412 cases year-to-date across 19 jurisdictions.
- Pharmacy: PBM transparency bill advances out of Senate committee.

You are receiving this because you subscribed at healthpolicydaily.com. Unsubscribe.
""")

# 027
add('phi', 'phi-care', 'Kettering',
    'Prior Auth Nursing <priorauth.rn@bluewaterhp.com>', 'Lakeshore Sleep Center <intake@lakeshoresleep.com>',
    'Authorization determination - 2603-UM-121907', 'Fri, 27 Mar 2026 14:02:51 -0400',
"""Lakeshore Sleep Center,

Authorization determination for:
  Member: Douglas Kettering
  Member ID: BWH 209947185
  Service: Home sleep apnea test (95806), 1 unit
  Requested by: Priya Menon, MD
  Determination: APPROVED
  Auth #: 2603-UM-121907, valid 03/27/2026 - 06/25/2026

The in-lab polysomnography (95810) on the same request was not approved because a home test
has not yet been attempted. This is not a denial of the home study. Peer-to-peer is available
at 1-866-204-7730 option 3 within 14 days.

Prior Authorization Nursing
Bluewater Health Plan
""")

# 028
add('clean', 'clean-lookalike', '',
    'Harborline Auto Insurance <claims@harborlineauto.com>', 'Terrence Boyle <tboyle.fl@gmail.com>',
    'Your claim HL-AU-2026-0318842 has been updated', 'Fri, 27 Mar 2026 16:44:00 -0400',
"""Hi Terrence,

Good news -- your claim has moved forward.

Claim number:   HL-AU-2026-0318842
Vehicle:        2021 Honda CR-V
Loss date:      03/14/2026
Status:         Estimate approved
Repair shop:    Gulf Coast Collision, St. Petersburg

Your deductible of $500 will be paid directly to the shop at pickup. A rental car has been
authorized for up to 10 days through Enterprise. If you have any questions about your claim,
reply to this e-mail or call your claims adjuster, Maria Lopes, at 888-402-1199 ext. 3320.

Harborline Auto Insurance
""")

# 029
add('phi', 'phi-ids', '',
    'SIU Analyst <siu@bluewaterhp.com>', 'SIU Intake <siu.intake@bluewaterhp.com>',
    'tip 26-0412 - possible doctor shopping', 'Mon, 30 Mar 2026 09:10:33 -0400',
"""Logged tip 26-0412 from pharmacy help desk.

Member ID BWM 664019382. In the last 90 days: 14 fills of oxycodone/APAP 10-325, 6 different
prescribers, 5 pharmacies across Pasco and Hernando counties. Two fills were paid cash the
same day a claim rejected. Pharmacist at CVS #7791 called it in.

Recommend lock-in review. Pulling the PDMP and prescriber list today.
""")

# 030
add('clean', 'clean-training', '',
    'Compliance Training <compliance.training@crestlinemg.com>', 'New Hires - March <newhires-mar26@crestlinemg.com>',
    'HIPAA basics - module 2 quiz (practice)', 'Mon, 30 Mar 2026 08:00:00 -0500',
"""Welcome again to Crestline! Please try these before Thursday's session. They are practice
only and are not graded.

1. A caller says she is John Doe's wife and asks what time his appointment is tomorrow. John
   Doe has no personal representative on file. What do you do?
   a) Give her the time   b) Verify and check the release on file   c) Hang up

2. You see a coworker's neighbor in the waiting room. Can you look up why they are here?

3. Which of these is NOT one of the 18 HIPAA identifiers?
   a) Fax number   b) Vehicle serial number   c) Favorite color   d) Device identifier

4. True or false: it is fine to put a patient's name in the Subject line of an internal
   e-mail as long as the e-mail stays inside Crestline.

Answers and discussion in class. -- Compliance Training
""")

# 031
add('phi', 'phi-self', 'Castellano',
    'Vince Castellano <vcastellano@outlook.com>', 'Appeals <appeals@bluewaterhp.com>',
    'SECOND appeal - and yes I am angry', 'Tue, 31 Mar 2026 22:48:16 -0400',
"""I am filing my second appeal for the denial of my lumbar MRI. Member ID 118-40-2277-01.

Your first denial letter (dated 3/9) says I needed "6 weeks of conservative therapy." I did
EIGHT weeks of PT at Crestline Ortho Brandon, my therapist's name is Kevin, the notes are
there, your own nurse told me on the phone they were received. I have numbness down my left
leg and I can't sit at my desk for more than 20 minutes. I'm a truck dispatcher, I sit for a
living.

I want this reviewed by an actual orthopedic doctor, not whoever reviewed it last time. And I
want a copy of the criteria you used.

Vincent Castellano
DOB 10/02/1979
""")

# 032
add('phi', 'phi-struct', 'Ferreira-Hall',
    'PA API Gateway <pa-api-alerts@bluewaterhp.com>', 'Interop Engineering <interop-eng@bluewaterhp.com>',
    'PAS bundle validation failed (3 errors) - request 7f3c91', 'Wed, 01 Apr 2026 11:27:45 -0400',
"""Prior Authorization Support (PAS) submission failed validation and was not queued.

Submitter: CMG-EHR-PROD (Crestline Medical Group)
Errors:
  1. Bundle.entry[2].resource.insurance: Coverage reference not resolvable
  2. Claim.item[0].productOrService: code system not in value set
  3. Patient.identifier: member identifier system missing

Payload attached for debugging.
""",
    atts=[('pas_request_7f3c91.json', 'application/json',
"""{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt1",
      "identifier": [{"value": "BWH771530982"}],
      "name": [{"family": "Ferreira-Hall", "given": ["Beatriz"]}],
      "gender": "female", "birthDate": "1990-12-19",
      "address": [{"line": ["61 Tremont Ave Apt 3"], "city": "Tampa", "state": "FL", "postalCode": "33606"}]}},
    {"resource": {"resourceType": "Claim", "id": "c1", "use": "preauthorization",
      "patient": {"reference": "Patient/pt1"},
      "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29881", "display": "Arthroscopy, knee, meniscectomy"}]},
               "servicedDate": "2026-04-20"}],
      "provider": {"display": "Crestline Ortho - Brandon"}}},
    {"resource": {"resourceType": "Coverage", "id": "cov1", "status": "active", "beneficiary": {"reference": "Patient/pt1"}}}
  ]
}
""")])

# 033
add('clean', 'clean-admin', '',
    'Talent Acquisition <careers@bluewaterhp.com>', 'All Bluewater Associates <associates@bluewaterhp.com>',
    'Internal job postings - week of April 6', 'Thu, 02 Apr 2026 10:00:00 -0400',
"""Internal postings open to current associates through April 17. Apply in Workday > Jobs Hub.

REQ-26-0417  Utilization Management Nurse (RN), Prior Authorization - Remote (FL, GA, TX)
             Active, unrestricted RN license; 3+ yrs acute care; InterQual/MCG experience
             preferred. Mon-Fri with one rotating Saturday per month.

REQ-26-0422  Appeals & Grievances Coordinator - Tampa (hybrid)
             Track member and provider appeals to CMS timeframes; prepare case files.

REQ-26-0430  Pharmacy Help Desk Technician (CPhT) - Remote
             Handle pharmacy and member calls on rejected claims, overrides, PA status.
             Bilingual Spanish/English a plus ($1.50/hr differential).

REQ-26-0433  SIU Investigator II - Tampa
             Investigate provider and member fraud, waste and abuse; CFE preferred.

Referral bonus of $1,500 applies to external referrals for RN roles.
""")

# 034
add('phi', 'phi-lists', 'Gallardo',
    'SIU Investigator <jmercado@bluewaterhp.com>', 'Medical Director - PI <drpatel.pi@bluewaterhp.com>',
    'Case 26-SIU-0091 (Suncoast DME) - sample for clinical review', 'Thu, 02 Apr 2026 14:18:09 -0400',
"""Dr. Patel,

For the Suncoast DME case, here are the 6 sampled members where the billed equipment was never
seen by the member or the family on our outreach calls. Can you review whether any of the
orders were even medically plausible? Call recordings in the case folder.

Member               Member ID      Billed item                         Billed     Outreach result
Gallardo, Ruben      BWM603318844   Power wheelchair K0823               $4,890.00  "never got one, I walk fine"
Lindholm, Patricia   BWM600912735   Knee brace L1833 x2                  $1,412.00  got one brace, not two
Asante, Kofi         BWM611047286   CPAP E0601 + supplies                $2,275.00  member deceased 11/2025
Boudreaux, Claire    BWM602288410   Hospital bed E0260                   $2,960.00  daughter says no bed delivered
Yilmaz, Emre         BWM617730094   TENS unit E0730                      $  640.00  received, never ordered
Pruitt, Darlene      BWM605561122   Back brace L0637                     $1,105.00  no answer x3

Jorge Mercado, CFE
Special Investigations Unit
""")

# 035
add('phi', 'phi-care', 'Delgado-Pace',
    'Rachel Simms <rsimms@crestlinemg.com>', 'Martin Delgado-Pace <mdpace71@gmail.com>',
    'Your procedure on April 14 - prep instructions', 'Fri, 03 Apr 2026 09:40:00 -0500',
"""Hi Mr. Delgado-Pace,

Following up on our call this morning. You're confirmed for your colonoscopy with Dr. Yoon on
Tuesday, April 14 at 8:00am at the Crestline Endoscopy Center, 2200 Bering Dr, 2nd floor.

- Pick up the prep (SUTAB) at your pharmacy; it was sent to the CVS on Westheimer.
- Clear liquids only all day Monday, April 13.
- Stop the iron pills 5 days before.
- You MUST have a driver. We can't do the procedure if you come by Uber alone.

Your estimated cost after insurance is $0 if it stays a screening. If anything is removed the
claim may change; billing can give you an estimate at 713-266-0841.

Rachel Simms, MA
Crestline GI - Houston Galleria
""")

# 036
add('clean', 'clean-lookalike', '',
    'Oak Hollow Animal Hospital <reminders@oakhollowvet.com>', 'Danielle Reyes <dreyes.home@gmail.com>',
    'Biscuit is due for his vaccines + annual bloodwork', 'Sat, 04 Apr 2026 08:00:00 -0500',
"""Hi Danielle,

Our records show Biscuit (Canine, Beagle mix, 7 yrs) is due for:

  - Rabies (3-year)        due 04/18/2026
  - DHPP booster           due 04/18/2026
  - Senior wellness panel  due 04/18/2026
  - Heartworm test         overdue

Book online at oakhollowvet.com/book or call us at 512-847-3310. Remember his Simparica refill
is also due this month -- order through our online pharmacy and get 10% off.

Oak Hollow Animal Hospital | 4810 Ranch Rd 620, Austin TX
""")

# 037
add('phi', 'phi-ids', '',
    'Coder - Pro Fee <ltran@crestlinemg.com>', 'Dr. Helen Brooks <hbrooks@crestlinemg.com>',
    'need addendum - acct 40071188', 'Mon, 06 Apr 2026 10:13:29 -0500',
"""Dr. Brooks,

Acct 40071188, DOS 2/27, pt DOB 3/14/62. The 99213 and the 20610 (knee injection) were billed
together and Bluewater denied the E/M. If the visit was more than the injection decision, can
you addend a line about the separate issue you addressed? Then I can put the 25 on it.
If not, no worries, I'll drop the E/M.

Linh Tran, CPC
""")

# 038
add('clean', 'clean-admin', '',
    'Product Development <product@bluewaterhp.com>', 'Benefits Steering Group <benefit-steering@bluewaterhp.com>',
    'CONFIDENTIAL - 2027 benefit design proposals (MA) - for discussion', 'Tue, 07 Apr 2026 15:00:00 -0400',
"""CONFIDENTIAL - INTERNAL PLANNING. NOT FOR EXTERNAL DISTRIBUTION.

2027 Medicare Advantage benefit design - proposals for the 4/14 steering meeting

1. Part D: move Tier 3 preferred brand copay from $47 to $45 to stay under competitor median.
   Estimated impact: +$0.62 PMPM.
2. Primary care copay stays $0; specialist copay $40 -> $45 on HMO, unchanged on PPO.
3. Dental: cut the comprehensive allowance from $2,000 to $1,500 OR keep $2,000 and add a 50%
   coinsurance on crowns. Actuarial prefers option B.
4. Over-the-counter card: $50/quarter -> $40/quarter; shift $10 to a new healthy food benefit
   for chronic-condition SNP members only.
5. Prior authorization: remove PA for 14 low-denial-rate imaging and PT codes (list in
   appendix B). Overturn rate on these was >85% in 2025.
6. Fitness: keep FitForward basic at $0; no change.

Bid deadline is the first Monday in June. Please send comments by 4/10.
""")

# 039
add('phi', 'phi-lang', 'Albuquerque',
    'Fernanda Albuquerque <fe.albuquerque@hotmail.com>', 'Crestline OB/GYN Framingham <obgyn.framingham@crestlinemg.com>',
    'remarcar ultrassom / reschedule ultrasound', 'Tue, 07 Apr 2026 12:26:03 -0400',
"""Olá, bom dia!

Meu nome é Fernanda Albuquerque Souza, data de nascimento 23/05/1995. Eu tenho um ultrassom
morfológico marcado para quinta-feira, 9 de abril, às 14h, com a Dra. Whitaker. Estou com 21
semanas.

Infelizmente meu marido vai trabalhar nesse dia e eu não dirijo. Seria possível remarcar para
a semana que vem, de preferência segunda ou terça de manhã?

Sorry my english is not so good -- I need to change my ultrasound appointment of Thursday
4/9, please. My phone 508-380-1174 (WhatsApp também).

Obrigada!
Fernanda
""", cs='iso-8859-1')

# 040
add('phi', 'phi-names', 'Brandt',
    'Olivia Chen <ochen@crestlinemg.com>', 'Pediatric ENT Scheduling <peds.ent@crestlinemg.com>',
    'Sofia\'s mom called re: Thursday', 'Wed, 08 Apr 2026 09:02:15 -0500',
"""Hi Tasha,

Sofia's mom called this morning (Sofia Brandt, the little one getting ear tubes with Dr.
Mehta on Thursday). She wants to know if she can still come in if she has a runny nose, and
whether dad can be the one in the recovery room instead of her since she's 38 weeks along.
I told her I'd have someone from your team call her back -- mom's name is Kristen, number is
on the account.

Thanks!
Olivia
""")

# 041
add('clean', 'clean-news', '',
    'Crestline Clinical Communications <clinicalcomms@crestlinemg.com>', 'All Clinical Staff - Texas <clinical-tx@crestlinemg.com>',
    'County health advisory: measles exposure sites + MMR guidance for clinics', 'Wed, 08 Apr 2026 13:30:00 -0500',
"""Clinical team,

The county health department issued an advisory this morning: 7 confirmed measles cases in
Lubbock and Gaines counties since March 20, all in unvaccinated or unknown-status people.
Public exposure sites include a grocery store and a church; the full list is on the county
site.

What this means for our clinics:
- Screen at check-in for fever + rash + exposure. Mask and room immediately, do not wait in
  the lobby. Use the negative-pressure room at South Plains if available.
- Report suspected cases to the county by phone right away. Do not send to the ER without
  calling ahead.
- Offer MMR catch-up to anyone unvaccinated. Infants 6-11 months traveling or in affected
  counties may get an early dose.
- Staff: confirm your MMR status in Workday by April 15.

Clinical Communications, Crestline Medical Group
""")

# 042
add('phi', 'phi-care', 'Amankwah',
    'Appeals Nurse Reviewer <lbaptiste@bluewaterhp.com>', 'Provider Appeals - Crestline <appeals.office@crestlinemg.com>',
    'Appeal decision - A26-03-4471', 'Thu, 09 Apr 2026 16:10:48 -0400',
"""Appeal decision

Appeal #: A26-03-4471
Member: Grace Amankwah    Member ID: BWH 840327719    DOB: 08/30/1969
Service: Outpatient physical therapy, 12 additional visits (97110, 97140, 97530)
Original decision: Partially approved (6 of 12), 02/26/2026
Appeal decision: OVERTURNED - 12 visits approved through 05/31/2026
Reviewer: Physical Medicine & Rehabilitation, board certified

Rationale: Updated progress note (03/18) documents measurable gains in range of motion and
functional goals not yet met.

Lorna Baptiste, RN
Appeals & Grievances
""",
    html="""<html><head><style>body{font-family:'Segoe UI',Arial;font-size:10.5pt} table{border-collapse:collapse} td{border:1px solid #bbb;padding:4px 10px}</style></head><body>
<p><b>Appeal decision</b></p>
<table>
<tr><td>Appeal #</td><td>A26-03-4471</td></tr>
<tr><td>Member</td><td>Grace Amankwah</td></tr>
<tr><td>Member ID</td><td>BWH 840327719</td></tr>
<tr><td>DOB</td><td>08/30/1969</td></tr>
<tr><td>Service</td><td>Outpatient physical therapy, 12 additional visits (97110, 97140, 97530)</td></tr>
<tr><td>Original decision</td><td>Partially approved (6 of 12), 02/26/2026</td></tr>
<tr><td>Appeal decision</td><td style="color:#0a7a2f"><b>OVERTURNED - 12 visits approved through 05/31/2026</b></td></tr>
</table>
<p>Rationale: Updated progress note (03/18) documents measurable gains in range of motion and functional goals not yet met.</p>
<p>Lorna Baptiste, RN<br>Appeals &amp; Grievances<br><span style="font-size:8pt;color:#888">CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error, notify the sender and delete it.</span></p></body></html>""")

# 043
add('phi', 'phi-self', 'Haverford',
    'Clifford Haverford <chaverford@sbcglobal.net>', 'Crestline Billing Office <billing@crestlinemg.com>',
    'Statement dated March 28 - I don\u2019t understand this bill', 'Sat, 11 Apr 2026 10:17:00 -0500',
"""Dear Sir or Madam,

I received a statement from you dated March 28 for $612.40 for my cataract surgery on the right
eye (January 20, Dr. Lindqvist). I was told by your office before the surgery that Medicare and
my AARP supplement would pay \u201cevery penny\u201d and I would owe nothing.

I am 82 years old and on a fixed income. I have already paid $150 at the front desk for the
\u201cpremium lens\u201d \u2013 I have the receipt. Is this bill the rest of the lens? Nobody told me it
would cost more.

My account number on the statement is 7730-2291. Please write back or call me at home,
817-292-4460. I do not check e-mail every day, my grandson set this up.

Sincerely,
Clifford R. Haverford
""", cs='windows-1252', cte='quoted-printable')

# 044
add('clean', 'clean-staff', '',
    'Raymond Osei <rosei@crestlinemg.com>', 'Practice Managers - Southeast <pm-southeast@crestlinemg.com>',
    'RE: EHR downtime Sunday 4/19 - who is covering on-call?', 'Mon, 13 Apr 2026 09:55:20 -0400',
"""All -- confirming I'll have the downtime binders at Brandon and Westshore by Friday. Still
need a name from Lakeland for the on-call list.

Ray

From: Denise Albright <dalbright@crestlinemg.com>
Sent: Friday, April 10, 2026 4:41 PM
To: Practice Managers - Southeast <pm-southeast@crestlinemg.com>
Subject: RE: EHR downtime Sunday 4/19 - who is covering on-call?

Eastgate is covered (me). Reminder the urgent care sites open at 8 so downtime needs to end
by 7:30 or we go to paper for the first hour.

From: Crestline IT Change Mgmt <itchange@crestlinemg.com>
Sent: Friday, April 10, 2026 11:02 AM
Subject: EHR downtime Sunday 4/19 - who is covering on-call?

Planned EHR upgrade Sunday 4/19, 1:00am - 7:00am CT. During the window:
 - Read-only access through the BCA workstations
 - e-prescribing unavailable; use paper Rx pads per downtime policy
 - lab results will queue and file automatically when the system comes back
Each practice manager please reply with your on-call contact by Wednesday.
""")

# 045
add('phi', 'phi-struct', 'Rutherford',
    'Prior Auth Work Queue <pa.queue@crestlinemg.com>', 'Tina Lozano <tlozano@crestlinemg.com>',
    'Daily PA queue export - Brandon Ortho - 04/13', 'Mon, 13 Apr 2026 06:00:02 -0400',
"""Automated export. The zip contains the open prior authorization queue for your location.
Password protection is not applied to internal exports. Do not forward outside Crestline.
""",
    atts=[('pa_queue_brandon_20260413.zip', 'application/zip', zipbytes('pa_queue_brandon_20260413.csv',
"""MRN,Patient,DOB,Payer,CPT,Description,Ordering,Submitted,Status,Days_Open
B00381172,"Rutherford, Dale",1958-03-02,Bluewater PPO,27447,Total knee arthroplasty,Dr. Nakamura,2026-04-02,Pending clinicals,11
B00402219,"Ibarra, Lucia",1974-11-21,Bluewater HMO,73721,MRI knee w/o contrast,Leticia Ocampo PA-C,2026-04-06,Submitted,7
B00377540,"Kimball, Ross",1966-06-15,Aetna,29827,Arthroscopic rotator cuff repair,Dr. Nakamura,2026-04-07,Peer-to-peer requested,6
B00419008,"Thibodeaux, Anne",1949-01-30,Bluewater MA,20610,Hyaluronic acid injection,Dr. Shah,2026-04-09,Approved - notify pt,4
B00390651,"Waweru, Daniel",1988-08-08,Cigna,64483,Transforaminal epidural,Dr. Shah,2026-04-10,Submitted,3
"""))])

# 046
add('phi', 'phi-names', 'Okoro',
    'Shawna Tillman <stillman@bluewaterhp.com>', 'Claims Adjustment Team <claims.adjust@bluewaterhp.com>',
    'duplicate payment? see screenshot', 'Tue, 14 Apr 2026 13:41:57 -0400',
"""Hi team,

Provider called in saying we paid twice and they want to refund before it goes to recovery.
I pasted a screenshot below since I can't export from this screen.

[image001.png -- screenshot of the Facets Claim Inquiry window. Header shows "Okoro,
Benedict A" with the member line blacked out only partly, subscriber ID visible ending 4471.
Two rows highlighted in yellow: claim 26032219804 and claim 26032901177, both DOS 03/11/2026,
both 20610 (joint injection) billed by Tampa Bay Orthopaedic Assoc, both status PAID $118.62.]

Can one of you void the second one and let Provider Relations know so they can tell the office
not to send a check? Thanks!

Shawna Tillman
Member & Provider Services, Tier 2
""")

# 047
add('clean', 'clean-lookalike', '',
    'FreshWay Rewards <rewards@freshwaymarkets.com>', 'rewards-members@freshwaymarkets.com',
    'Earn 4x points on flu shots & pharmacy purchases this week', 'Tue, 14 Apr 2026 07:30:00 -0500',
"""Hi FreshWay Rewards member,

This week only: earn 4x points on vitamins, first-aid, and pharmacy purchases at any FreshWay
Pharmacy. Get a vaccine at our pharmacy counter (flu, shingles, COVID, Tdap) and get a $10
grocery coupon -- no appointment needed at most locations.

Plus: Transfer a prescription to FreshWay Pharmacy and get 1,000 bonus points.*

*Prescription offer void where prohibited by law, including for prescriptions paid in whole or
part by Medicare, Medicaid, TRICARE or other government programs.

FreshWay Markets | Manage preferences | Unsubscribe
""",
    html="""<html><body style="font-family:Helvetica,Arial;background:#f6f6f6"><div style="max-width:560px;margin:auto;background:#fff;padding:20px">
<h2 style="color:#2e7d32">4x points this week</h2><p>Earn 4x points on vitamins, first-aid, and pharmacy purchases at any FreshWay Pharmacy.</p>
<p>Get a vaccine at our pharmacy counter and get a <b>$10 grocery coupon</b>.</p>
<p style="font-size:10px;color:#888">*Prescription offer void where prohibited by law, including for prescriptions paid in whole or part by Medicare, Medicaid, TRICARE or other government programs.</p></div></body></html>""")

# 048
add('phi', 'phi-lang', 'Rezaei',
    'Maryam Rezaei <m.rezaei.1361@gmail.com>', 'Crestline Internal Medicine - Irvine <im.irvine@crestlinemg.com>',
    'درخواست تمدید داروی تیروئید', 'Wed, 15 Apr 2026 20:08:41 -0700',
"""سلام،

من مریم رضایی هستم (Maryam Rezaei)، تاریخ تولد ۱۹۶۲/۰۸/۰۴. بیمار دکتر Hosseini هستم.

داروی لووتیروکسین ۷۵ میکروگرم من تا آخر این هفته تمام می‌شود. داروخانه می‌گوید نسخه
منقضی شده و باید پزشک دوباره تأیید کند. لطفاً نسخه را به داروخانه CVS خیابان Culver بفرستید.

همچنین جواب آزمایش خون ماه گذشته (TSH) را هنوز در پورتال ندیده‌ام. آیا نتیجه آمده است؟

شماره تلفن من: 949-551-2087

با تشکر،
مریم رضایی
""")

# 049
add('clean', 'clean-training', '',
    'Contact Center Training <cc.training@bluewaterhp.com>', 'Member Services Class 2604 <ms-class-2604@bluewaterhp.com>',
    'Role-play scripts for Thursday - authentication + third-party callers', 'Wed, 15 Apr 2026 09:00:00 -0400',
"""Class 2604,

Pair up for these. Use the training environment (TRN) only; these members are fictional and
exist only in TRN.

ROLE-PLAY A - Authentication
  Caller: "Pat Example", member ID TRN000000001, DOB 01/01/1950, ZIP 00000
  Scenario: caller can give name and ZIP but not DOB. What can you disclose? (Nothing about
  claims. You can give general plan information and mail info to the address on file.)

ROLE-PLAY B - Third-party caller
  Caller says she is "Chris Sample's" daughter and wants to know why a claim denied.
  No authorized representative form on file. Walk through the script on page 14.

ROLE-PLAY C - Escalation
  Caller is angry, asks for a supervisor three times. Practice the HEARD model: Hear,
  Empathize, Apologize, Resolve, Diagnose.

Remember: never use a real member's info in class, even as an "example."
-- Contact Center Training
""")

# 050
add('phi', 'phi-ids', '',
    'Member Services Escalations <ms.escalations@bluewaterhp.com>', 'Claims Research <claimsresearch@bluewaterhp.com>',
    'ESC-26-04-1187 caller disconnected - need claim status', 'Thu, 16 Apr 2026 15:02:33 -0400',
"""Caller disconnected before we could authenticate, so all we have is what she gave us:

  Callback: 786-412-0953
  Claim #: 26031177402
  DOS 3/01, ER visit at Baptist Kendall, she got a bill for $2,310 saying out of network

She said the ambulance took her there, she didn't choose it. If this is a No Surprises Act
situation we need to reprocess at in-network cost share. Can you pull the claim and let me
know? We'll attempt callback after that.

Escalations Team
""")

# 051
add('phi', 'phi-lists', 'Yazzie',
    'Leah Crowfoot <lcrowfoot@crestlinemg.com>', 'Albuquerque NE Clinical Team <abq-ne-clinical@crestlinemg.com>',
    'tomorrow - heads up on the schedule', 'Thu, 16 Apr 2026 17:14:20 -0600',
"""Pasting tomorrow's AM schedule for Dr. Benally so the MAs can prep. Flagged the ones who
need something done before they're roomed.

Time	Patient	Age	Visit	Prep
8:00	Yazzie, Harold	71	Medicare AWV	needs A1c POC + foot exam supplies
8:20	Tsosie, Marlene	45	f/u	BP recheck x2, bring med list
8:40	Lucero, Adrian	9	WCC	hearing/vision, VFC flu
9:00	Montoya, Rita	63	post-op	staple removal kit
9:20	Begay, Jonah	34	new pt	PHQ-9, interpreter (Navajo) booked
9:40	Archuleta, Paul	58	procedure	skin tag removal, consent form

Harold's wife called and said he'll be 10 min late. -- Leah
""")

# 052
add('clean', 'clean-news', '',
    'Crestline Communications <news@crestlinemg.com>', 'All Crestline Staff <allstaff@crestlinemg.com>',
    'The Crestline Weekly: new Austin clinic, patient experience scores, Dr. Okafor honored', 'Fri, 17 Apr 2026 10:00:00 -0500',
"""THE CRESTLINE WEEKLY

NEW CLINIC: Crestline Family Medicine - Austin Mueller opens May 4 with 6 providers, lab draw
and x-ray on site. Thanks to the 40+ staff who helped set it up.

PATIENT EXPERIENCE: Our Q1 "likelihood to recommend" score was 89.2, up from 86.7. Top-box
comments mentioned shorter waits at check-in (thank you front desks!). Lowest scores: phone
hold times in Houston and Tampa.

A STORY WE LOVED: One of our Eastgate nurses noticed that a patient in her 70s kept missing
follow-ups because the bus route changed. She worked with our community health worker to set
up ride vouchers, and the patient hasn't missed one since. Small things matter.

RECOGNITION: Dr. Emmanuel Okafor (Eastgate) received the Texas Academy of Family Physicians'
Community Service award for 20 years of free sports physicals for local schools.

REMINDERS: Open enrollment for the 401(k) match change closes April 30.
""")

# 053
add('phi', 'phi-care', 'Fairbanks',
    'Joy Medina <jmedina@crestlinemg.com>', 'Dr. Priya Menon <pmenon@crestlinemg.com>',
    'Eunice F - B12 shot today', 'Fri, 17 Apr 2026 11:36:12 -0400',
"""Dr. Menon,

FYI Eunice Fairbanks came in for her monthly B12 shot (1000 mcg IM, L deltoid, lot 3K7720,
tolerated fine). She asked again about switching to the pills so she doesn't have to come in
every month. I told her I'd ask you. She also wants her lab slip for the June bloodwork mailed
since she's going to her sister's in Ocala for May.

Joy Medina, MA
""")

# 054
add('clean', 'clean-admin', '',
    'CardPoint Fulfillment <accountmgmt@cardpointfulfill.com>', 'Bluewater Enrollment Ops <enrollment.ops@bluewaterhp.com>',
    'April ID card production report - week 2', 'Mon, 20 Apr 2026 08:15:00 -0500',
"""Bluewater Enrollment Ops,

ID card production summary, week ending 04/17/2026:

  Files received ................. 5 (daily 834-derived card files)
  Cards requested ................ 18,442
  Cards printed and mailed ....... 18,301
  Held - bad address ............. 97
  Held - missing PCP name (HMO) .. 44
  USPS returns processed ......... 212
  SLA (mailed within 5 bus. days)  99.2%

The 44 HMO holds are all from the 04/14 file where the PCP field was blank. We've put the
exception file on the SFTP (/outbound/exceptions/) for your team -- please don't reply with
member detail by e-mail, just send a corrected file.

Reminder: new card stock with the updated pharmacy BIN/PCN goes live with the 5/1 file.

Dana Whitfield
Account Manager, CardPoint Fulfillment
""")

# 055
add('phi', 'phi-struct', 'Lemaster',
    'Darnell Hughes RN <dhughes@bluewaterhp.com>', 'Angela Foss RN <afoss@bluewaterhp.com>',
    'FW: discharge CCD from St. Joseph\'s - the part that matters', 'Tue, 21 Apr 2026 14:50:09 -0400',
"""Angela, welcome back. St. Joe's sent the CCD for Frank through the HIE. I pasted the med and
plan sections because the rest is 40 pages of boilerplate. Hospice referral is in the plan.

<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>Medications at Discharge</title>
  <text>
    <table><tbody>
      <tr><td>Furosemide 40 mg tablet</td><td>1 tab PO twice daily</td></tr>
      <tr><td>Metoprolol succinate 25 mg</td><td>1 tab PO daily</td></tr>
      <tr><td>Morphine oral solution 20 mg/mL</td><td>0.25 mL SL q2h PRN dyspnea</td></tr>
    </tbody></table>
  </text>
</section>
<recordTarget><patientRole>
  <id extension="SJ-00918264" root="2.16.840.1.113883.3.7731"/>
  <patient><name><given>Franklin</given><family>Lemaster</family></name>
  <birthTime value="19440915"/></patient>
</patientRole></recordTarget>
<section>
  <title>Plan of Care</title>
  <text>Referral to Suncoast Hospice placed 04/20/2026. Home O2 2L NC. Follow up with PCP Dr. Wu
  within 7 days if hospice not elected.</text>
</section>

Darnell
""")

# 056
add('clean', 'clean-staff', '',
    'Referral Center Lead <kbarnes@crestlinemg.com>', 'Referral Coordinators <referral-coords@crestlinemg.com>',
    'New e-fax numbers + referral tracking change starting 5/1', 'Tue, 21 Apr 2026 16:00:00 -0500',
"""Hi team,

Two process changes starting May 1:

1) All incoming referral faxes move to the new e-fax queue. Old fax lines will forward for 60
   days. New numbers by region:
     North TX 817-731-2200 | Gulf Coast 713-490-5518 | Florida 813-302-7764

2) We're dropping the shared Excel tracker. Every referral gets worked in the Referral
   Workqueue in Epic. If you need to tell a teammate about a specific referral, send the
   workqueue link, NOT the patient's name in an e-mail. (I know we all do it. Let's stop.)

Open-referral target stays at under 10% older than 14 days. We're at 13% this month, mostly
cardiology and GI waiting on specialist availability.

Thanks -- Kim Barnes
""")

# 057
add('phi', 'phi-self', 'Brennan',
    'Mike Brennan <mbrennan.hvac@gmail.com>', 'Pharmacy Help Desk <rxhelpdesk@bluewaterhp.com>',
    'my son\'s prescription rejected AGAIN', 'Wed, 22 Apr 2026 07:12:48 -0500',
"""Hi,

My son Tyler Brennan (he's 17, on my plan, ID ends in -03) couldn't get his Vyvanse 40 mg at
the Walgreens on Ridge Rd last night. Pharmacist said prior authorization expired. He's been
on it 3 years for ADHD and nothing changed. He has AP exams starting May 4 and I really can't
have him without it.

Dr. Saleh's office says they sent the renewal on the 14th. Can you see it? What else do you
need from us?

Mike Brennan
(cell) 618-207-3345
""")

# 058
add('phi', 'phi-names', 'Kowalski',
    'Front Desk - Lakeland <frontdesk.lakeland@crestlinemg.com>', 'Dr. Anita Rosario <arosario@crestlinemg.com>',
    'Kowalski, Stanley + Kowalski, Irene - both 4/29?', 'Wed, 22 Apr 2026 12:20:31 -0400',
"""Dr. Rosario,

They called together (of course). They want to come in on the same morning so they only have
to drive once. He's due for his annual wellness visit and the bloodwork, she needs the 3-month
recheck you asked for after the medication change. Can I double book your 9:00 and 9:20 on the
29th, or do you want them back to back at 10:40 / 11:00?

Marisol, front desk
""")

# 059
add('clean', 'clean-lookalike', '',
    'Summit Federal Credit Union <hsa@summitfcu.org>', 'Ana Beltran <anabeltran.mx@gmail.com>',
    'Cuenta HSA: límite de aportación 2026 / 2026 HSA contribution limit', 'Thu, 23 Apr 2026 09:00:00 -0500',
"""Hola Ana,

Le recordamos que el límite de aportación a su Cuenta de Ahorros para la Salud (HSA) para
2026 es de $4,400 (cobertura individual) o $8,750 (cobertura familiar). Si tiene 55 años o más
puede aportar $1,000 adicionales.

Hi Ana -- a reminder that the 2026 HSA contribution limit is $4,400 (self-only) or $8,750
(family). Catch-up contributions of $1,000 are allowed at 55+.

Set up automatic transfers in online banking under Accounts > HSA > Contributions.

Summit Federal Credit Union | Federally insured by NCUA
""", cs='iso-8859-1')

# 060
add('phi', 'phi-lists', 'Pham',
    'Carmen Delgado <cdelgado@crestlinemg.com>', 'Regional Ops Director <rmcallister@crestlinemg.com>',
    'Houston Galleria - patient complaints this week', 'Fri, 24 Apr 2026 16:44:05 -0500',
"""Rob,

Complaints logged this week at Galleria (all have been called back):

- Mr. Tuan Pham: waited 70 min for his 2:15 with Dr. Yoon on Monday, left without being seen.
  Rescheduled for 4/30 first slot, waived the no-show fee.
- Gladys Oyelowo's daughter: upset that mom's colonoscopy biopsy results were released to the
  portal before the doctor called. Dr. Yoon called her Tuesday.
- Anonymous Google review about parking. Nothing we can do, garage is the landlord's.
- Ruth Feinstein: billed for a visit she says was a nurse-only blood pressure check. Sent to
  billing for review -- I think she's right.

Carmen Delgado, Practice Manager
""")

# 061
add('clean', 'clean-training', '',
    'Interface Team <integration@crestlinemg.com>', 'New Analysts <analyst-onboarding@crestlinemg.com>',
    'HL7 101 - reading an ADT^A04 (homework)', 'Mon, 27 Apr 2026 09:30:00 -0500',
"""Welcome to the interface team. Below is a TEST message from our TST environment. Label each
field we covered on Friday (MSH-9, PID-3, PID-5, PID-7, PV1-2, PV1-3) and tell me what event
this is.

MSH|^~\\&|EPIC|CMG-TST|ADTREC|CMG-TST|202601010800||ADT^A04|TST000001|T|2.5.1
EVN|A04|202601010800
PID|1||TST0000001^^^CMG^MR||TESTPATIENT^ALPHA^^^^^L||19000101|U|||123 TEST ST^^TESTVILLE^ZZ^00000
PV1|1|O|TST-CLINIC^^^CMG-TST||||9999999999^PROVIDER^TEST

Note MSH-11 = T (training/test). You'll see this a lot. If a message with MSH-11 = P shows up
in a TST channel, stop and tell me.

-- Rafael
""")

# 062
add('phi', 'phi-ids', '',
    'Dermatology Referrals <derm.referrals@crestlinemg.com>', 'Eastgate Referral Coordinator <ypierce@crestlinemg.com>',
    'MRN 0098122', 'Mon, 27 Apr 2026 14:05:11 -0500',
"""Can you close the derm referral on MRN 0098122? Shave biopsy was done 4/21, path back
benign, no f/u needed per Dr. Hart. It's still showing open on your side.
""")

# 063
add('phi', 'phi-struct', 'Mbeki',
    'Cash Posting <cashposting@crestlinemg.com>', 'Denials Team <denials@crestlinemg.com>',
    '835 from Bluewater 4/24 - one CLP with negative adj, need eyes', 'Tue, 28 Apr 2026 10:48:57 -0500',
"""Denials team,

The 835 from 4/24 (check EFT 000918274411) has a takeback on a claim we'd already posted. The
auto-poster choked on it. Segment below -- is this the recoupment for the duplicate 99204 that
got corrected to a 99214?

CLP*EGT2602190044*22*-210*0**12*26020911873*11*1~
CAS*CR*45*0~
NM1*QC*1*MBEKI*THANDIWE*N***MI*BWH512264090~
NM1*82*1*OKAFOR*EMMANUEL****XX*1639201847~
DTM*232*20260211~
SVC*HC:99204*210*-210**1~
CLP*EGT2602190044*1*185*151.22**12*26042400512*11*1~
NM1*QC*1*MBEKI*THANDIWE*N***MI*BWH512264090~
SVC*HC:99214*185*151.22**1~
CAS*PR*2*33.78~

If so we just need to zero out the original and post the new one.
-- Cash Posting
""")

# 064
add('clean', 'clean-staff', '',
    'Tasha Wilkins <twilkins@bluewaterhp.com>', 'Member Services Escalation Team <ms.escalations@bluewaterhp.com>',
    'Escalation team - April numbers + May schedule', 'Wed, 29 Apr 2026 17:00:00 -0400',
"""Team,

April so far: 1,146 escalations opened, 1,089 closed, median time to resolution 2.4 days
(goal 3). Top reasons: provider billing disputes (31%), pharmacy PA status (22%), ID cards not
received (14%, mostly from the card-stock change), and transportation benefit no-shows (9%).

Great work. I know the ID card ones were painful.

May schedule is posted in WFM. Memorial Day coverage: Jamal, Priscilla and Wen volunteered --
thank you. Everyone else, remember PTO requests for June need to be in by May 10.

Shout-out to Esperanza for the caller who wrote in to say she was "the first person at an
insurance company who ever called me back."

Tasha
""")

# 065
add('phi', 'phi-lang', 'Guzmán',
    'Yesenia Ortiz <yortiz@crestlinemg.com>', 'Nurse Team - McAllen <rn.mcallen@crestlinemg.com>',
    'la sra guzman otra vez', 'Thu, 30 Apr 2026 10:26:40 -0500',
"""Oigan, la Sra. Amparo Guzmán llamó otra vez. Dice que el glucómetro nuevo que le mandó el
seguro no le sirve, que las tiras que le dieron en la farmacia son de otra marca. She's been
writing her numbers down from the old one pero dice que ya casi no tiene tiras. Her sugar this
morning was 286 she said.

Le dije que la enfermera le iba a llamar hoy. Her cell is 956-702-4418, she doesn't pick up
unknown numbers so leave a message en español. Dr. Salinas is out today so whoever is covering
porfa.

Yesenia
""")

# 066
add('clean', 'clean-news', '',
    'Korean Community Services <info@kcsla.org>', 'community-list@kcsla.org',
    '5월 건강 박람회 - 무료 혈압·당뇨 검사 / May Health Fair', 'Thu, 30 Apr 2026 11:00:00 -0700',
"""어르신 여러분께,

5월 16일 (토) 오전 9시 ~ 오후 1시, 한인 커뮤니티 센터에서 무료 건강 박람회가 열립니다.

- 무료 혈압 및 혈당 검사
- 독감 및 대상포진 예방접종 (메디케어 카드 지참)
- 메디케어 어드밴티지 플랜 설명회 (한국어 통역 제공)
- 치매 예방 강의: 오전 11시

예약은 필요 없습니다. 문의: 213-555-0178

Free health fair May 16, 9am-1pm: blood pressure and glucose screening, flu and shingles
shots (bring your Medicare card), Medicare plan information in Korean.

Korean Community Services | 3421 W 8th St, Los Angeles CA
""")

# 067
add('phi', 'phi-care', 'Tillis',
    'Dr. Samuel Adeyemi <sadeyemi@crestlinemg.com>', 'Joy Medina <jmedina@crestlinemg.com>',
    'FW: Result available - please call him', 'Fri, 01 May 2026 07:41:03 -0400',
"""Joy -- can you call Mr. Tillis today and get him in next week? Result below. I want to go
over it in person, not over the phone. 20 min slot is fine.

Thanks, SA
""",
    atts=[('Result available.eml', 'message/rfc822', inner_msg(
        'Crestline Results Routing <results-noreply@crestlinemg.com>', 'Dr. Samuel Adeyemi <sadeyemi@crestlinemg.com>',
        'Result available: HEMOGLOBIN A1C - TILLIS, RAYMOND J', 'Thu, 30 Apr 2026 18:22:10 -0400',
"""A new result has been filed to your In Basket.

Patient: TILLIS, RAYMOND J     MRN: W00488120     DOB: 12/05/1960
Test: HEMOGLOBIN A1C
Collected: 04/29/2026 08:14   Resulted: 04/30/2026 18:20
Result: 9.8 %   (ref 4.0 - 5.6)   H
Previous: 7.1 % (10/22/2025)

Ordering provider: ADEYEMI, SAMUEL
Performing lab: Crestline Westshore Lab
"""))])

# 068
add('clean', 'clean-admin', '',
    'Bluewater Provider Relations <provider.relations@bluewaterhp.com>', 'Crestline Contracting <contracting@crestlinemg.com>',
    'Fee schedule update eff 7/1 + recredentialing list due', 'Fri, 01 May 2026 13:15:00 -0400',
"""Hi Crestline contracting team,

1) The 7/1/2026 professional fee schedule for your Florida and Texas agreements is posted in
the provider portal under Documents > Contracts. Highlights: E/M codes +3.0%, in-office
imaging -1.5%, PT/OT unchanged. The new telehealth parity language from the amendment you
signed in February takes effect the same day.

2) Recredentialing: 37 of your practitioners are due by 8/31. The roster is in the portal (we
don't send rosters by e-mail). Missing items are mostly malpractice certificates and CAQH
attestations older than 120 days.

3) Your Q2 joint operating committee is June 11 at 10am. Agenda topics welcome.

Regards,
Anita Sorensen
Senior Provider Relations Manager, Bluewater Health Plan
""")

# 069
add('phi', 'phi-names', 'Gutierrez',
    'Dr. Erik Lindqvist <elindqvist@crestlinemg.com>', 'Cast Room - Plano <castroom.plano@crestlinemg.com>',
    'RE: my 2pm - the Gutierrez boy', 'Mon, 04 May 2026 11:58:22 -0500',
"""Yes, take the cast off before I see him. If it's still tender over the wrist get a repeat
2-view x-ray first and I'll look at it between patients. Mateo's dad said he was back on the
soccer field last week (against instructions) so I want pictures either way.

EL

> From: Cast Room - Plano
> Sent: Monday, May 4, 2026 11:40 AM
> Do you want Mateo Gutierrez's cast removed before or after you see him at 2? His dad is
> asking if he can go straight back to practice after.
""")

# 070
add('clean', 'clean-lookalike', '',
    'Voyager Travel Protection <policies@voyagertravelins.com>', 'Helen Marsh <helenmarsh52@aol.com>',
    'Policy confirmation VTP-88213-0427 - includes emergency medical coverage', 'Mon, 04 May 2026 15:02:00 -0400',
"""Dear Helen Marsh,

Thank you for purchasing Voyager Travel Protection. Please keep this e-mail for your records.

Policy number:     VTP-88213-0427
Trip:              Lisbon & Porto, Portugal, 06/02/2026 - 06/16/2026
Travelers:         Helen Marsh, Gordon Marsh
Plan:              Voyager Premier

Coverage summary
  Trip cancellation ............ up to $8,400
  Emergency medical ............ $100,000 per traveler
  Medical evacuation ........... $500,000 per traveler
  Pre-existing condition waiver  Included (purchased within 14 days of deposit)

In an emergency abroad, call our 24/7 assistance line: +1 603-328-1910 (collect accepted).
Your 10-day free look period ends 05/14/2026.

Voyager Travel Protection is underwritten by Granite Mutual Insurance Co.
""")

# 071
add('phi', 'phi-self', 'Arceneaux',
    'Delphine Arceneaux <darceneaux@cox.net>', 'Bluewater Member Services <memberservices@bluewaterhp.com>',
    'EOB says I owe $480 for physical therapy?? (screenshot)', 'Tue, 05 May 2026 19:33:47 -0500',
"""Hello,

I'm attaching a screenshot from my account on your website because I can't figure out how to
download the EOB.

[Screenshot: Bluewater member portal, "Claims & EOBs" page. Member: Delphine Arceneaux.
Claim 26040300874, provider "Bayou Physical Therapy LLC", dates of service 03/09/2026 -
03/27/2026, 8 visits. Billed $1,960.00. Plan paid $0.00. "You may owe" $480.00. Status:
Processed - "Out of network" in red.]

Bayou PT is listed as IN NETWORK in your own directory, I checked before I went, and I still
have the page open. The therapist was for my shoulder after the fall at work. Please fix this,
I'm not paying $480 for your directory mistake.

Delphine Arceneaux
Member ID BWH 613098221
""",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I'm attaching a screenshot from my account on your website because I can't figure out how to download the EOB.</p>
<p style="border:1px solid #ccc;padding:6px;color:#555">[Screenshot: Bluewater member portal, "Claims &amp; EOBs" page. Member: Delphine Arceneaux. Claim 26040300874, provider "Bayou Physical Therapy LLC", dates of service 03/09/2026 - 03/27/2026, 8 visits. Billed $1,960.00. Plan paid $0.00. "You may owe" $480.00. Status: Processed - <span style="color:red">"Out of network"</span>.]</p>
<p>Bayou PT is listed as IN NETWORK in your own directory, I checked before I went, and I still have the page open. The therapist was for my shoulder after the fall at work. Please fix this, I'm not paying $480 for your directory mistake.</p>
<p>Delphine Arceneaux<br>Member ID BWH 613098221</p></div></body></html>""")

# 072
add('clean', 'clean-training', '',
    'UM Clinical Education <um.education@bluewaterhp.com>', 'Prior Auth Nurses <pa-nurses@bluewaterhp.com>',
    'Case review practice #7 (de-identified) - knee arthroplasty criteria', 'Wed, 06 May 2026 08:30:00 -0400',
"""Good morning,

This week's practice case. Details are de-identified and changed; do not try to look it up.

A 68-year-old man requests a total knee arthroplasty. He reports 8 months of knee pain that
limits walking to one block. He completed 6 weeks of physical therapy and two steroid
injections. Weight-bearing x-rays show bone-on-bone narrowing of the medial compartment. BMI
is 41. HbA1c is 8.9%.

Questions:
 1. Which criteria are met? Which are not?
 2. Does the BMI or the A1c change your determination under our current policy (MP-ORTHO-014)?
 3. If you would pend it, what would you ask the surgeon's office for?
 4. When would you send it to a physician reviewer?

We'll discuss at Thursday's huddle. -- UM Clinical Education
""")

# 073
add('phi', 'phi-lists', 'Nakashima',
    'Rx Help Desk Lead <kmoreland@bluewaterhp.com>', 'Pharmacy Outreach <rx.outreach@bluewaterhp.com>',
    'formulary change rejects - members who called this week', 'Thu, 07 May 2026 15:20:18 -0400',
"""Outreach team, these members called after the 5/1 formulary change and got a reject at the
counter. They all agreed to a callback once the transition fill is in place.

 - Nakashima, Kenji (BWM 610283371) - Januvia 100mg, rejected NF, 70 y/o, ph 808-941-3362
 - Oduya, Florence (BWH 229019476) - Ozempic 1mg, PA required now, ph 404-618-2039
 - Lindgren, Paul (BWM 615002938) - Spiriva Respimat, NF, wants alternative, ph 651-330-8174
 - Castañeda, Rosa (BWH 231887405) - Trulicity, step therapy, Spanish, ph 915-274-6651
 - Hartwell, June (BWM 609917752) - Xarelto, tier change, copay $47 -> $100, ph 727-345-0081

Transition fills should have auto-processed for the MA folks. If not, that's a bug.
Keisha
""", cs='iso-8859-1', cte='quoted-printable')

# 074
add('clean', 'clean-staff', '',
    'Linh Tran <ltran@crestlinemg.com>', 'Coding Team <coders@crestlinemg.com>',
    'RE: G2211 - are we still adding it to every follow up??', 'Thu, 07 May 2026 16:02:44 -0500',
"""Not every one. Only when the provider is the continuing focal point for the patient's care
(or is managing a serious/complex condition longitudinally). Not on visits with a modifier 25
procedure the same day. And Bluewater commercial doesn't pay it at all, so don't be surprised
by the CO-96 on those.

I'll put together a one-pager. Also -- please stop putting patient names in the Teams channel
when you ask questions, use the acct # and I'll look it up.

Linh

-----Original Message-----
From: Brandon Kessler <bkessler@crestlinemg.com>
Sent: Thursday, May 7, 2026 3:47 PM
To: Coding Team <coders@crestlinemg.com>
Subject: G2211 - are we still adding it to every follow up??

The providers in Plano have it in their smartphrase now and it's on literally everything.
""")

# 075
add('phi', 'phi-ids', '',
    'Tampa Bay Orthopaedic Assoc - Billing <billing@tbortho.com>', 'Provider Services <provider.services@bluewaterhp.com>',
    'Claim 26040800731 - op note attached, please reprocess', 'Fri, 08 May 2026 09:14:36 -0400',
"""Claim 26040800731 / DOB 04/22/1986 / DOS 03/30/2026

Denied as "not medically necessary" for the 29880. Op report is attached (6 pages) showing
both medial and lateral meniscectomy were performed, which is why it's 29880 and not 29881.
Please reprocess. Our reference # TBO-55291.

Thanks,
Billing Dept, Tampa Bay Orthopaedic Associates
""",
    atts=[('op_note_0330.txt', 'text/plain',
"""OPERATIVE REPORT  (pages 1-6, scanned; text extract)
DOS: 03/30/2026   Surgeon: R. Castaneda, MD
Procedure: Right knee arthroscopy with partial medial and partial lateral meniscectomy.
Findings: complex tear posterior horn medial meniscus; radial tear lateral meniscus body.
Estimated blood loss minimal. Patient tolerated the procedure well and went to PACU stable.
""")])

# 076
add('phi', 'phi-care', 'Abubakar',
    'Darnell Hughes RN <dhughes@bluewaterhp.com>', 'Intake - Gulfside Home Health <intake@gulfsidehh.com>',
    'Referral - skilled nursing visits starting 5/12', 'Fri, 08 May 2026 11:40:00 -0400',
"""Hello Gulfside intake,

Sending over a new referral for skilled nursing visits. Auth is attached to the case in your
portal as well.

Member: Hauwa Abubakar
Member ID: BWM 618820347
Address: 2207 W Cypress St, Apt 14, Tampa FL 33607
Phone: 813-390-5572 (daughter Zainab answers most calls)
Ordering: Dr. Priya Menon
Orders: SN 2x/week x 4 weeks for wound care to the left lower leg (negative-pressure
dressing change), plus medication teaching. First visit requested Tue 5/12.
Auth: 2605-HH-004418, 8 visits, 05/12-06/09.

She speaks Hausa and some English -- the daughter interprets. Please call me if you can't
staff the start date.

Darnell Hughes, RN, CCM
Case Manager, Bluewater Health Plan | 813-204-7711
""")

# 077
add('clean', 'clean-news', '',
    'Bluewater Government Programs <govprograms@bluewaterhp.com>', 'Leadership Team <leadership@bluewaterhp.com>',
    'CMS final rate notice + Star Ratings outlook - what it means for us', 'Mon, 11 May 2026 08:00:00 -0400',
"""Leadership team,

Quick summary of this spring's CMS announcements:

- Final 2027 MA rate notice: average benchmark change +4.3% nationally before risk-score
  trend. For our footprint we estimate +3.8% after the FL county adjustments.
- Risk adjustment: the second year of the model transition reduces our projected risk scores
  by roughly 1.1%.
- Star Ratings: our PPO contract stays at 4.0 stars on preliminary measures; the HMO contract
  is on the cusp (3.5 -> 4.0) depending on the medication adherence measures and the CAHPS
  "getting needed care" score.
- Part D redesign: the $2,100 out-of-pocket cap indexed for 2027.

No action needed today; bid strategy discussion on 5/20.
""")

# 078
add('phi', 'phi-struct', 'Haddad',
    'Crestline Westshore Fax Server <faxserver@crestlinemg.com>', 'UM Fax Inbox <um.fax@bluewaterhp.com>',
    'Fax from 813-555-0192 (14 pages) - cover sheet text', 'Mon, 11 May 2026 13:22:51 -0400',
"""Fax received 05/11/2026 13:22 from 813-555-0192. Cover sheet OCR text attached; full
document is in the document management queue.
""",
    atts=[('cover_ocr.txt', 'application/octet-stream',
"""                        FAX COVER SHEET
        CRESTLINE MEDICAL GROUP - WESTSHORE INTERNAL MEDICINE
        4000 W Spruce St, Suite 300, Tampa FL 33607

TO:      Bluewater Health Plan - Utilization Management
FAX:     1-866-204-7799
FROM:    Yolanda Pierce, Referral Coordinator
PHONE:   813-302-7764
DATE:    05/11/2026
PAGES:   14 (including cover)

RE:      Prior authorization - clinical documentation
PATIENT: Samir Haddad          DOB: 06/30/1972
MEMBER#: BWH 227731904
SERVICE: Cardiac MRI w/ and w/o contrast (75561)
ORDERING: Samuel Adeyemi, MD  NPI 1902874431

[X] Urgent   [ ] Please review   [ ] Please reply

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential
health information that is legally privileged. If you are not the intended recipient, you
are hereby notified that any disclosure, copying or distribution is strictly prohibited.
""")])

# 079
add('phi', 'phi-lang', 'Choi',
    'Grace Lim <glim@bluewaterhp.com>', 'Transportation Benefit Team <transport.benefit@bluewaterhp.com>',
    '최 회원님 투석 교통편 - dialysis rides missed', 'Tue, 12 May 2026 10:05:29 -0700',
"""Transportation team,

Korean-speaking member called the Korean line this morning, notes below. Writing in both so
my lead can read it.

회원: 최명수 (Choi Myung-soo), 회원번호 BWM 621047783
내용: 월/수/금 투석 (DaVita Koreatown) 가는 차량이 이번 주에 두 번이나 안 왔다고 함.
화요일 밤에 숨이 차서 응급실에 갈 뻔했다고 하심. 부인 (최순옥) 이 대신 통화함.

English: member's dialysis rides (M/W/F, DaVita Koreatown) were a no-show twice this week. He
missed Monday's session completely and his wife says he was short of breath last night. She
asked for a different ride company. Callback in Korean at 213-387-5094.

Please escalate with the vendor today -- Friday can't be missed.

Grace Lim
Member Services, Korean language line
""")

# 080
add('phi', 'phi-names', 'Ruelas',
    'Member Services Tier 1 <ms.tier1@bluewaterhp.com>', 'Grievances <grievances@bluewaterhp.com>',
    'call notes - Ruelas, Esperanza (spouse calling) - grievance?', 'Tue, 12 May 2026 14:48:10 -0400',
"""Not sure if this is a grievance or a complaint so sending it to you. Notes pasted:

05/12/26 14:21 | Agent J. Whitaker | Inbound
Spouse (Hector) called on behalf of member; authorized rep form on file 2024.
States member was discharged from Tampa General 5/8 and the SNF we approved "has no bed" and
told them to go home. Member currently at home, can't climb stairs, spouse is 80 and can't
lift her. Requests we find another facility. Very upset, crying at times.
Verified 3 SNFs in network with beds per Case Mgmt list; warm transferred to CM (queue 4).
Spouse wants to file complaint against the first SNF (Bayview Gardens).
---

Please advise if grievance should be opened. Thank you.
""")

# 081
add('phi', 'phi-self', 'Achterberg',
    'Bluewater Web Forms <webforms@bluewaterhp.com>', 'Member Services Queue <memberservices@bluewaterhp.com>',
    'Contact Us form submission #CF-2605-33810', 'Wed, 13 May 2026 06:51:02 -0400',
"""New Contact Us submission

Name: Lauren Achterberg
Email: lauren.achterberg@gmail.com
Phone: 651-558-2093
Member ID: BWH 880139204
Topic: Adding a dependent / Newborn

Message:
Hi! Our daughter Nora was born on May 2 at Regions Hospital. I called on the 5th to add her
to my plan and was told it would take 7-10 days. Her 2-week checkup with Dr. Park is on the
16th and the pediatric office says she isn't showing as covered. Also her newborn hearing
screen has to be repeated (she didn't pass the right ear in the hospital) and that's
scheduled for the 20th. Can you confirm she'll be covered back to her birth date? Thank you!!
""")

# 082
add('clean', 'clean-lookalike', '',
    'Lone Star Toyota Service <service@lonestartoyota.com>', 'Marcus Webb <mwebb.tx@gmail.com>',
    'Your Vehicle Health Report is ready - 2 items need attention', 'Wed, 13 May 2026 12:00:00 -0500',
"""Hi Marcus,

Thanks for bringing your 2019 Tacoma in on 05/12. Here's your Vehicle Health Report from the
multi-point inspection:

  GREEN   Battery health ............. 92%
  GREEN   Brake pads (front) ......... 7 mm
  YELLOW  Brake pads (rear) .......... 4 mm  - recommend within 3,000 mi
  RED     Cabin air filter ........... replace
  GREEN   Tire tread ................. 6/32 all around

Diagnostic code P0420 was cleared; if the check engine light comes back on, schedule a
follow-up diagnostic appointment. Book online or call 972-418-6600.

Lone Star Toyota Service Center
""")

# 083
add('clean', 'clean-training', '',
    'Crestline Revenue Cycle Education <rc.education@crestlinemg.com>', 'Front Desk & Billing Staff <frontdesk-billing@crestlinemg.com>',
    'Webinar recap: writing a payer appeal letter that works (template inside)', 'Thu, 14 May 2026 12:30:00 -0500',
"""Thanks to the 140 of you who joined Tuesday. Recording is on the learning portal.

Key points:
 - Appeal within the payer's window (Bluewater: 180 days from the denial date).
 - Quote the denial reason code and answer it directly. Don't send the whole chart.
 - Attach only the notes that support the service in question.

TEMPLATE (fill in the brackets; never save a filled-in copy to the shared drive):

  [Date]
  [Payer] Appeals Department
  RE: [Member Name], Member ID [XXXXXXXXX], Claim # [XXXXXXXXXXX], DOS [MM/DD/YYYY]

  We are requesting reconsideration of the denial of CPT [code] for the reason
  "[denial reason]." The enclosed [document] shows [one-sentence summary]. ...

Next month: coordination of benefits for Medicare secondary payer. -- RC Education
""")

# 084
add('phi', 'phi-lists', 'Sandoval',
    'Population Health Alerts <pophealth@crestlinemg.com>', 'ACO Care Coordinators - FL <aco-coord-fl@crestlinemg.com>',
    'ED/inpatient notifications - last 24h (attributed patients)', 'Fri, 15 May 2026 07:05:00 -0400',
"""Good morning. ADT notifications received from the HIE for your attributed patients in the
last 24 hours. Please do a follow-up call within 2 business days of discharge.

* Sandoval, Ramon (67) - ED, Tampa General, arrived 5/14 21:40, chest pain, admitted obs
* Kirby, Louise (81) - inpatient, AdventHealth Carrollwood, admitted 5/14, fall at home
* Oyelaran, Folasade (41) - ED, St. Joseph's, treated and released 5/14 16:12
* Whitcomb, Harold (74) - inpatient, St. Joseph's, readmitted 5/14 (prior d/c 3/21)
* Nguyen-Baptiste, Celine (29) - L&D, Brandon Regional, admitted 5/15 02:10

PCP attribution per April roster. Reply to this list if a patient is not yours.
""")

# 085
add('clean', 'clean-staff', '',
    'Denise Albright <dalbright@crestlinemg.com>', 'Eastgate Practice Staff <eastgate-all@crestlinemg.com>',
    'Cake Friday - Bev Okonjo retires after 31 years!', 'Mon, 18 May 2026 09:00:00 -0500',
"""Everyone,

After 31 years at Eastgate (she started when we were still on paper charts and a fax machine
the size of a refrigerator), our own Bev Okonjo, RN is retiring on May 29. Bev has taught half
of us how to give an injection, has talked more scared patients through a blood draw than any
of us can count, and has never once let a Monday beat her.

Cake and punch Friday 5/29, 3:30pm in the break room. There's a card going around at the front
desk and a collection for a gift (she says she wants "nothing" -- we're getting her the
patio set anyway).

Denise
""")

# ---------------------------------------------------------------------------
def main():
    rows = []
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        msg = build(m, i)
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'].split('-', 1)[1], i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
