#!/usr/bin/env python3
# Blind evaluation mail set: hospital revenue cycle setting. SEED=4501.
# Everything here is invented: people, numbers, organisations.
import sys, os, io, csv, zipfile, random, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 4501
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []
_BASE = datetime.datetime(2025, 2, 3, 8, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def when():
    d = _BASE + datetime.timedelta(days=random.randint(28, 43), minutes=random.randint(0, 10 * 60))
    return format_datetime(d)


def M(label, kind, patient, frm, to, subject, body, html=None, atts=(), cc=None,
      cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subject=subject, body=body, html=html, atts=list(atts), cc=cc,
                     cte=cte, headers=headers or {}, date=when()))


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 4, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def xlsx(rows, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                     ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                     ('xl/worksheets/sheet1.xml', sheet_xml)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')

# ---------------------------------------------------------------- PHI: care
M('phi', 'care', 'Brinkley',
  'Renata Solis <rsolis@marrowgate-health.org>',
  'Dr. Anand Kothari <akothari@marrowgate-health.org>',
  'CDI query - Brinkley, 4 West',
  """Dr. Kothari,

Quick documentation query on Harold Brinkley (4 West, bed 12). He came in through the ED on the 2nd, went to the cath lab the next morning and got two drug-eluting stents in the LAD. Troponins were trending up on the 2nd and 3rd and he was started on a heparin drip before the cath.

Your progress notes say "chest pain, r/o ACS" through discharge. Can you clarify in an addendum what you think was going on clinically so we can code it right? If it was ruled in, please say so. If not, that's fine too, just need it documented either way.

Discharge was 3/6, bill hold is on until the query is answered.

Thanks,
Renata

Renata Solis, RN, CCDS
Clinical Documentation Integrity
Marrowgate Regional Medical Center
x4471
""")

M('phi', 'care', 'Farrow',
  'Denise Ugwu <dugwu@marrowgate-health.org>',
  'Appeals Team <appeals@marrowgate-health.org>',
  'draft appeal - lumbar MRI denial, please review before I send',
  """Here's my draft for the Cascadia Mutual one. Let me know if the PT part is strong enough.

---

RE: Request for reconsideration
Member: Odette Farrow
Date of service: 01/22/2025
Service: MRI lumbar spine without contrast (72148)

To the Cascadia Mutual Appeals Unit:

We are writing to request reconsideration of the denial for the above service, denied as "prior authorization not obtained / not medically necessary."

Mrs. Farrow was seen in our spine clinic on 12/04/2024 with low back pain radiating into the left leg and numbness over the top of her foot. She completed six weeks of physical therapy (12 visits, 12/09/2024 - 01/17/2025) and was taking naproxen and a short course of prednisone without improvement. At her follow-up on 01/20 she had new weakness lifting her left big toe, which is why imaging was ordered urgently.

The MRI showed a large disc extrusion at L4-5 pressing on the nerve root, and she went on to have a microdiscectomy on 02/11/2025.

Because of the new motor weakness, waiting for authorization was not clinically appropriate. Clinic notes, PT discharge summary and the MRI report are enclosed.

Sincerely,
Denise Ugwu
Denials & Appeals Specialist
""")

M('phi', 'care', 'Pettiford',
  'Marcus Bell <mbell@keystonerecovery.com>',
  'Patient Accounts <patientaccounts@marrowgate-health.org>',
  'Dispute on placed acct - PETTIFORD',
  """Hi team,

Debtor Dwayne Pettiford called us this morning disputing the balance you placed with us last month ($2,341.18). He says the ER visit on 1/14 was after a car accident and the auto carrier should have been billed first. Per our notes the charges are the ED visit level 4, CT of the head and neck, and the laceration repair on his forehead (7 stitches).

He gave us the auto claim info, sending over separately by secure fax. We're putting the account on hold for 30 days per FDCPA dispute procedure. Please confirm whether you want it recalled or whether you'll rebill to the auto carrier and we keep it parked.

Thanks,
Marcus Bell
Client Services Rep | Keystone Recovery Partners
(412) 555-0187 ext 22

This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
""")

M('phi', 'care', 'Cardenas',
  'Yolanda Pike <ypike@marrowgate-health.org>',
  'Financial Assistance Committee <fac@marrowgate-health.org>',
  'FA app for committee thursday - cardenas',
  """Adding one more to Thursday's list.

Luisa Cardenas, 44, household of 5, husband lost his job in Nov. She had her gallbladder taken out here in January (came in thru ED, surgery next day, 2 nights). Then back for the wound infection 2 wks later, I&D in clinic + 10 days of antibiotics. Total self pay after her marketplace plan lapsed is about $31,400.

Income docs are in the folder. She's at about 180% FPL so she's partial discount under policy, but I'm asking for full write off bc of the hardship (they're behind on rent, letter attached in the folder).

-Yolanda
Financial Counselor II
""")

M('phi', 'care', 'Wrenn',
  'Kevin Osei <kosei@marrowgate-health.org>',
  'ClaimBridge Support <support@claimbridge.net>',
  'Ticket 884120 - claim keeps rejecting',
  """Hello,

Following up on ticket 884120. The professional claim for Mr. Tobias Wrenn (DOS 02/19/25) is still bouncing back from Harborline Health Plan with "invalid modifier combination."

He had a screening colonoscopy and during it the doc removed two polyps with a snare, so we billed 45385 with PT modifier. Payer says the modifier isn't valid with the Dx. This is the 3rd time it's rejected at your edit level and never even makes it to the payer. Can someone look at whether your edit is out of date? Other clearinghouses accept this.

Kevin Osei
Charge Review Analyst
Marrowgate Regional Medical Center
P: 555-014-2290
""")

M('phi', 'care', 'Oyelaran',
  'Priya Natarajan <pnatarajan@marrowgate-health.org>',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'RE: obs vs inpatient - Kendra O.',
  """Holly - for the peer to peer at 2, here's what I have on Kendra Oyelaran:

- came in 2/26 evening, admitted as observation
- IV vancomycin + cefepime started in ED, blood cultures x2 positive next day
- PICC placed 2/28, ID consulted
- stayed through 3/1, went home w/ home infusion for 4 wks

payer flipped it to obs for the whole stay. we need it as inpatient from 2/27 when the cultures came back. Dr. Huang is doing the call, can you sit in?

Priya Natarajan, RN
Utilization Review

-----Original Message-----
From: Holly Brandt
Sent: Monday, March 10, 2025 8:02 AM
To: Priya Natarajan
Subject: obs vs inpatient - Kendra O.

Do we have the timeline for the P2P today? Doc wants a summary.
""")

M('phi', 'care', 'Mercer',
  'Tamsin Lowry <tlowry@marrowgate-health.org>',
  'Coding Questions <codingq@marrowgate-health.org>',
  'Fwd: infusion units',
  """Can someone weigh in on the below? I think Jen is right but want a 2nd opinion.

---------- Forwarded message ---------
From: Jennifer Aldana <jaldana@marrowgate-health.org>
Date: Wed, Feb 19, 2025 at 3:40 PM
Subject: infusion units
To: Tamsin Lowry <tlowry@marrowgate-health.org>

hey, the infusion center charged Pauline Mercer's chemo on 2/18 as 1 hr initial + 3 add'l hours but the MAR shows the oxaliplatin ran 2 hrs and then the 5-FU pump was hooked up to go home with her (46 hr). i think the pump start is a separate code and the hours shouldnt be counted like that. also they charged the pump disconnect on 2/20 under the wrong dept.

jen
""")

M('phi', 'care', 'Halvorsen',
  'Call Center Notes <noreply-crm@marrowgate-health.org>',
  'Billing Escalations <billingesc@marrowgate-health.org>',
  'Escalation: statement dispute',
  """Escalation created by: Andre Fitch (Customer Service)

Caller: Greg Halvorsen (self)
Callback: 555-013-7764

Caller states he was billed for 14 physical therapy visits for his shoulder but only went to 9 after his rotator cuff repair; says he cancelled the rest when his surgeon told him to stop. Also disputes the charge for the sling/brace, says he brought his own from the surgeon's office.

Please audit PT attendance for Jan-Feb and call him back within 5 business days.
""")
# ---------------------------------------------------------------- PHI: names
M('phi', 'names', 'Nguyễn Thị Hạnh',
  'Bao Tran <btran@marrowgate-health.org>',
  'Inpatient Coding <ipcoding@marrowgate-health.org>',
  'Re: Nguyễn Thị Hạnh - recoding needed after late path report',
  """The final path came back on her after we'd already dropped the claim, so we need to rebill with a corrected claim (freq 7). The frozen section said benign but the permanent says otherwise. I've put the account back in the coding WQ.

Bao

> On Mar 3, 2025, at 4:12 PM, Rhonda Keane <rkeane@marrowgate-health.org> wrote:
>
> who's picking this one up? the thyroidectomy from 2/20.
""")

M('phi', 'names', "O'Sullivan-Price",
  'Gareth Holm <gholm@marrowgate-health.org>',
  'Lena Marsh <lmarsh@marrowgate-health.org>',
  'auth question',
  """Lena,

Mr. O'Sullivan-Price's hip revision is booked for the 24th and I still don't see an auth number from Northgate on the case. His plan changed Jan 1 so the old auth from December won't carry. Can you call them today? If we don't have it by Friday the surgeon's office wants to know so they can move him.

G.
""")

M('phi', 'names', 'Adeyemi-Okafor;Zielinski;Fonoti',
  'Sunita Rao <srao@marrowgate-health.org>',
  'Denials WQ Team <denialswq@marrowgate-health.org>',
  'couple of stragglers from the 30+ day bucket',
  """These are still sitting and nobody's touched them:

Adeyemi-Okafor, Chinonso -- CO-197 (no precert) for the cardiac MRI, 2/03. Precert was actually on file, payer error, just needs a call.
Zielinski, Bartosz -- CO-16 missing info, the referring provider NPI. Easy fix.
Fonoti, Malia -- CO-50 on the sleep study, needs a real appeal.

whoever has capacity grab one and put your initials on the WQ.

Sunita
""")

M('phi', 'names', 'Marisol',
  'Yolanda Pike <ypike@marrowgate-health.org>',
  'Shauna Greer <sgreer@marrowgate-health.org>',
  'Marisol again',
  """Spoke with Marisol again this morning (the lady with the dialysis bills from March, three times a week). She finally brought in the pay stubs. Her son drove her so she was only here 10 min before her chair time.

I'll scan them in after lunch. Can you hold off on sending her to Keystone? She's trying.

Y
""")

M('phi', 'names', 'van der Berg',
  'Pieter Ames <pames@marrowgate-health.org>',
  'Celeste de la Rosa <cdelarosa@marrowgate-health.org>',
  'Mrs. van der Berg - refund',
  """Celeste,

Mrs. van der Berg overpaid on her December visit (she paid the estimate for the knee injection at check-in and then Medicare + her supplement paid in full). Credit balance is $185.00. Please send her the refund, she has called 3 times. Her daughter, Mrs. Anneke de Jong, is the one who's been calling.

Pieter
""", cte='quoted-printable')

M('phi', 'names', 'Al-Khatib',
  'Omar Haddad <ohaddad@marrowgate-health.org>',
  'Rachel Stein <rstein@marrowgate-health.org>',
  'interpreter + estimate',
  """Hi Rachel - Abdulrahman Al-Khatib's family asked for a cost estimate before his cardiac ablation next month. They're self pay (visiting, no US coverage). Arabic interpreter requested for the meeting, I booked Thurs 10:30 in FC room 2. Can you pull the estimate for the procedure + 1 night? Thx

Omar Haddad | Patient Access Supervisor
""",
  html="""<html><body><p>Hi Rachel - Abdulrahman Al-Khatib's family asked for a cost estimate before his cardiac ablation next month. They're self pay (visiting, no US coverage). Arabic interpreter requested for the meeting, I booked Thurs 10:30 in FC room 2. Can you pull the estimate for the procedure + 1 night? Thx</p>
<p style="color:#555;font-size:11px">Omar Haddad | Patient Access Supervisor</p></body></html>""")

M('phi', 'names', 'Venkataraghavan',
  'Deb Hollis <dhollis@marrowgate-health.org>',
  'HIM Release <himrelease@marrowgate-health.org>',
  'records for appeal - Venkataraghavan, Lakshmi',
  """Need the full encounter incl. the OR note and anesthesia record for Venkataraghavan, Lakshmi (hysterectomy, 1/30) for a level 2 appeal. Payer deadline is 3/28. Thanks!
""")

M('phi', 'names', 'Wiśniewska;Popescu',
  'Karolina Nowak <knowak@marrowgate-health.org>',
  'Ivan Petrov <ipetrov@marrowgate-health.org>',
  'Wiśniewska / Popescu — both need secondary billed',
  """Ivan,

Two for you:

1) Pani Wiśniewska (Halina) – her cataract surgery on 2/6 – primary paid, secondary never went out. Her MSP questionnaire is on file.

2) Dragomir Popescu – the EGD with biopsy, 2/12 – same thing, Medicare paid, AARP supplement not billed.

Both patients are elderly and got a statement by mistake, please fix before they panic.

Karolina
""")
# ---------------------------------------------------------------- PHI: self
M('phi', 'self', 'Gallardo',
  'Teresa Gallardo <tgallardo61@mailbox.com>',
  'billing@marrowgate-health.org',
  'bill for my knee replacement',
  """Hello,

My name is Teresa Gallardo, date of birth 07/19/1961. I had my right knee replaced at your hospital on December 9th and stayed 2 nights. I received a bill for $4,870 yesterday and I don't understand it, my insurance told me they paid and I only owed my deductible which I already met in October when I had the MRI.

Can somebody please look at this and call me? I'm home most days doing my exercises.

Thank you
Teresa
""")

M('phi', 'self', 'Okonkwo',
  'Ifeoma Okonkwo <ifeoma.okonkwo@freemail.net>',
  'Financial Counseling <fincounsel@marrowgate-health.org>',
  'Charity care application for my son Chidi',
  """Good afternoon,

I am applying for financial assistance for my son Chidi Okonkwo (he is 7). He was brought to your emergency room on February 2 with a very high fever and trouble breathing and he was kept overnight on the children's floor and given oxygen and breathing treatments. Thank God he is fine now.

We do not have insurance right now because my job changed. I have attached my last two pay slips and the letter from my employer. Please let me know what else you need.

Thank you very much,
Ifeoma Okonkwo
""",
  atts=[('payslip_jan.txt', "Payslip - Brightwater Cleaning Services\nEmployee: Ifeoma Okonkwo\nPeriod: 01/01/2025-01/15/2025\nGross: $1,108.00\nNet: $973.42\n", 'text', 'plain')])

M('phi', 'self', 'Whitlock',
  'Ray Whitlock <rwhitlock.home@mailbox.com>',
  'disputes@keystonerecovery.com',
  'Re: Account 7719-04421 - I DISPUTE THIS',
  """I already told the hospital this. The ambulance ride and the 4 days I was in for the pneumonia last October were supposed to be covered by Medicaid, I was on Medicaid then, I have the card. I am not paying $6,200 to a collection agency. Stop calling my work.

Raymond Whitlock

On Tue, Mar 4, 2025 at 9:15 AM Keystone Recovery Partners <notices@keystonerecovery.com> wrote:
> Dear RAYMOND WHITLOCK,
> Our records show a balance of $6,212.40 owed to MARROWGATE REGIONAL MEDICAL CENTER.
> Please contact us at (412) 555-0100 to arrange payment.
> This is an attempt to collect a debt.
""")

M('phi', 'self', 'Beaumont',
  'Annie Beaumont <annieb@letterbox.org>',
  'Yolanda Pike <ypike@marrowgate-health.org>',
  'thank you',
  """Yolanda - just wanted to say thanks for helping with the assistance paperwork. Finishing round 4 of chemo next week and not having that bill hanging over me is huge. See you at the infusion center probably lol

Annie
""")

M('phi', 'self', 'Lindqvist',
  'Maja Lindqvist-Reyes <maja.lr@freemail.net>',
  'patientaccounts@marrowgate-health.org',
  "My father's hospice and hospital bills",
  """Hello,

I'm writing about my father, Sven Lindqvist (DOB 11/02/1938). He passed away on February 17 after being in your hospital for a week and then moving to the inpatient hospice unit for his last 5 days. I am the executor of his estate.

We've now received three separate bills: one for the hospital stay, one for the hospice unit, and one from a doctors' group for something called "critical care." I thought hospice was covered 100% by Medicare. Could someone explain what is owed and send everything to me at the address below? I've attached the letters testamentary.

Maja Lindqvist-Reyes
2210 Fernhill Road, Apt 3B
Lakeview, OR 97630
(541) 555-0134
""", cte='quoted-printable')

M('phi', 'self', 'Petrakis',
  'Nick Petrakis <npetrakis@outpost-mail.com>',
  'billing@marrowgate-health.org',
  'Sleep study denied??',
  """hi, I did an overnight sleep study at your sleep center on jan 27 and just got a letter from my insurance that its denied, they say it should have been done at home. my doctor ordered it in the lab bc I have heart failure and they said home test isnt accurate for me. Now you're billing me $2,900. what do I do? Nick Petrakis, 05/30/1972

sent from my phone
""")

M('phi', 'self', 'Abernathy',
  'Jolene Abernathy <jolene.abernathy@mailbox.com>',
  'Shauna Greer <sgreer@marrowgate-health.org>',
  'RE: documents for financial assistance',
  """Hi Shauna,

Attached is the W-2 and the letter from WIC. The baby was born Jan 11 (c-section, she was in the NICU 6 days for jaundice and feeding), so she's on my application now too right? Her name is Harper. My DOB is 3/22/1999 if you need it again.

Thanks so much,
Jolene

-----Original Message-----
From: Shauna Greer <sgreer@marrowgate-health.org>
Sent: Thursday, February 27, 2025 11:20 AM
To: Jolene Abernathy
Subject: documents for financial assistance

Hi Jolene, to finish your application I still need proof of income for 2024 (W-2 or tax return). Thanks!

Shauna Greer | Financial Counselor
Marrowgate Regional Medical Center
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee.
""",
  atts=[('W2_2024_Abernathy.txt', "Form W-2 Wage and Tax Statement 2024\nEmployee: JOLENE M ABERNATHY\nEmployer: Tri-County Grocers Inc\nWages: 18,442.00\n", 'text', 'plain')])
# ---------------------------------------------------------------- PHI: ids
M('phi', 'ids', 'Szabo',
  'Lab Outreach Billing <labbilling@marrowgate-health.org>',
  'Kevin Osei <kosei@marrowgate-health.org>',
  'missing ins on outreach draw',
  """Kevin, outreach draw from the Pinecrest nursing home came in with no insurance on it.

Szabo, Erzsebet  DOB 3.4.88  MRN 00482291
CBC, CMP, TSH and a lithium level drawn 3/5

Facility says she has Medicaid managed care but they didn't send a card. Can you run eligibility?
""")

M('phi', 'ids', 'Kowalczyk',
  'Harmony Tsai <htsai@marrowgate-health.org>',
  'ClaimBridge Support <support@claimbridge.net>',
  '271 coming back "subscriber not found"',
  """Hi ClaimBridge,

Our 270s to Cascadia Mutual keep coming back AAA*Y**75*C (subscriber not found) for this one member even though the card is in hand:

member id CMH448120093-01
name KOWALCZYK, TOMASZ
dob 19880304

He's scheduled for a colonoscopy Tuesday so I need eligibility before then. Is it a date format thing on our end?

Harmony Tsai
Patient Access Specialist
""")

M('phi', 'ids', 'Delacroix',
  'Placements <placements@marrowgate-health.org>',
  'newbusiness@keystonerecovery.com',
  'manual placement - 1 acct',
  """Manual placement, could not go through the nightly file:

Guarantor/Patient: Remy Delacroix
DOB: 4 Mar 1988
Address: 418 Quarry Hill Rd, Dunmore, PA 18512
Phone: 570-555-0149
Hosp acct: 9100384477
Balance: $1,126.50
Service: Outpatient - Behavioral Health intensive outpatient program, 8 sessions Nov-Dec

Please acknowledge.
""")

M('phi', 'ids', None,
  'Jen Aldana <jaldana@marrowgate-health.org>',
  'Tamsin Lowry <tlowry@marrowgate-health.org>',
  'acct 40017723881',
  """Tamsin can you look at 40017723881? the echo on 6/2 was charged twice (once by cardiology, once by the ED) and the 2nd one is the one that got paid. Patient's a 1/15/51 dob so Medicare, they'll flag it as a duplicate sooner or later.
""")

M('phi', 'ids', 'Ferreira',
  'Pathology Billing <pathbilling@marrowgate-health.org>',
  'Dr. Leonard Voss <lvoss@marrowgate-health.org>',
  'S25-004417 - need addendum for billing',
  """Dr. Voss,

Accession S25-004417 (FERREIRA, JOAO; MRN 00719904): the breast core biopsy was billed with 88305 x3 but the report only lists two specimens (A: left breast 2 o'clock; B: left axillary node). Was there a third block/specimen that should be in the report? If not we'll reduce to x2.

Pathology Billing
""")

M('phi', 'ids', 'Mbeki',
  'Carla Dunn <cdunn@marrowgate-health.org>',
  'Medicare Billing <mcarebilling@marrowgate-health.org>',
  'MBI mismatch',
  """Claim for Thandiwe Mbeki rejected at the FISS edit, MBI on the account is 1EG4-TE5-MK73 but CWF returned 7QR2-XN1-HD64. Last 4 SSN matches (4417). She had a cardiac rehab series starting 2/10 (12 sessions so far) so there's a bunch of claims held behind this. Updating the MBI and releasing, shout if anyone objects.

CD
""", cte='base64')

M('phi', 'ids', 'Holloway',
  'Mailroom <mailroom@marrowgate-health.org>',
  'Patient Accounts <patientaccounts@marrowgate-health.org>',
  'return mail batch 3/7',
  """Returned statements, undeliverable, no forwarding:

- Bernice Holloway, 77 Sycamore Ct, Unit 4, Fairbrook OH 44102 - screening mammogram + diagnostic ultrasound 1/9 - ph on file 216-555-0191 disconnected
- (2nd one was a duplicate, shredded)

Please update address or put account on bad address hold.
""")

M('phi', 'ids', 'Strand',
  'Mei-Ling Cho <mcho@marrowgate-health.org>',
  'Coding Questions <codingq@marrowgate-health.org>',
  'modifier 59 q',
  """chart # 3382017, Alvin Strand, dob Jan 9 '54. dermatology clinic visit 2/21 with a shave biopsy on the back AND cryo of 6 AKs on the face. is 59 right on the destruction or should it be XS? payer is Humbolt Medicare Advantage.
""")
# ---------------------------------------------------------------- PHI: lists
M('phi', 'lists', 'Garrity;Osei-Bonsu;Tran;Lopez-Haddad;Whitcombe',
  'Sunita Rao <srao@marrowgate-health.org>',
  'Denials WQ Team <denialswq@marrowgate-health.org>',
  'this week\'s high $ denials',
  "Top 5 by $ - please work these first, tab delimited so you can paste into excel\n\n"
  "Acct\tPatient\tDOS\tPayer\tCARC\tService\tBalance\n"
  "9100377120\tGarrity, Eileen\t01/28/25\tCascadia Mutual\tCO-50\tInpatient - CABG x3\t$84,210.00\n"
  "9100380011\tOsei-Bonsu, Kwame\t02/02/25\tHarborline\tCO-197\tLap colectomy\t$41,775.12\n"
  "9100381946\tTran, Minh Khoa\t02/05/25\tNorthgate BCBS\tCO-4\tCardiac cath w/ stent\t$29,040.00\n"
  "9100379033\tLopez-Haddad, Sara\t01/30/25\tCascadia Mutual\tCO-50\tSpinal fusion L4-S1\t$112,880.60\n"
  "9100382200\tWhitcombe, Fred\t02/09/25\tMedicaid MCO\tCO-16\tNICU transfer in\t$18,400.00\n"
  "\nSunita\n")

M('phi', 'lists', 'Castellanos;Pruitt;Dao;Begay',
  'Shauna Greer <sgreer@marrowgate-health.org>',
  'FC Team <fcteam@marrowgate-health.org>',
  'huddle list tues',
  """morning all, huddle list for today:

 Pt                  | Rm   | Why we're seeing them               | Who
---------------------+------+-------------------------------------+------
 Castellanos, Ruben  | 512  | uninsured, MVA, ortho surgery today | Yolanda
 Pruitt, Darlene     | 308  | medicaid pending, CHF readmit       | Shauna
 Dao, Thi Lan        | L&D4 | delivered last night, no coverage   | Yolanda (w/ Viet interp)
 Begay, Harrison     | ICU7 | IHS referral, needs PRC paperwork   | Omar

remember to note in the FC activity in the acct, not just on paper
""")

M('phi', 'lists', 'Whitaker;Nunez;Ibekwe;Harlan;Sokolova;Moreau',
  'AR Reports <arreports@marrowgate-health.org>',
  'Pieter Ames <pames@marrowgate-health.org>',
  'Self pay aging > 120 days (fixed width)',
  """Run date 03/10/2025. Self-pay aging > 120 days, top 6. Prior to placement review.

ACCOUNT     PATIENT NAME              DOB        SVC DT     SERVICE                  BALANCE
----------  ------------------------  ---------  ---------  -----------------------  ---------
9100301122  WHITAKER, JAMES T         08/14/1966 09/22/2024 ED + CT ABD/PELVIS       3,402.11
9100302870  NUNEZ, ROSA               12/01/1990 10/03/2024 OB ULTRASOUND X3           910.00
9100303318  IBEKWE, SAMUEL            02/27/1979 10/11/2024 ARTHROSCOPY KNEE L       7,880.45
9100305501  HARLAN, BETTY J           06/06/1948 10/19/2024 ECHO + STRESS TEST       1,204.30
9100306004  SOKOLOVA, IRINA           11/23/1985 10/28/2024 DEPRESSION IOP 12 VISITS 2,640.00
9100307765  MOREAU, JEAN-BAPTISTE     04/30/1957 11/02/2024 CATARACT OD              1,155.75

*** END OF REPORT ***
""")

_coll = [['acct', 'last', 'first', 'dob', 'addr', 'city', 'st', 'zip', 'phone', 'svc_date', 'svc_desc', 'balance'],
         ['9100290041', 'Brennan', 'Colleen', '1971-05-02', '19 Alder Way', 'Dunmore', 'PA', '18512', '5705550113', '2024-08-30', 'ED visit - kidney stone, CT', '2211.40'],
         ['9100291377', 'Achterberg', 'Willem', '1963-10-17', '2 Birch Ln', 'Scranton', 'PA', '18503', '5705550178', '2024-09-04', 'MRI brain w/wo', '1877.00'],
         ['9100291890', 'Haddad', 'Nour', '1995-01-29', '770 Main St Apt 12', 'Olyphant', 'PA', '18447', '5705550166', '2024-09-11', 'Urgent care + xray wrist', '412.60'],
         ['9100292456', 'Pham', 'Quang', '1958-03-08', '33 Mill Rd', 'Archbald', 'PA', '18403', '5705550104', '2024-09-15', 'Colonoscopy w biopsy', '1640.25'],
         ['9100293001', 'Oduya', 'Grace', '1982-07-21', '501 Penn Ave', 'Scranton', 'PA', '18509', '5705550127', '2024-09-20', 'Physical therapy x8', '980.00']]
M('phi', 'lists', 'Brennan;Achterberg;Haddad;Pham;Oduya',
  'Patient Accounts <patientaccounts@marrowgate-health.org>',
  'newbusiness@keystonerecovery.com',
  'March placement file - supplemental',
  """Hi Keystone, supplemental placements attached (5 accounts) that fell out of the automated file because of an address validation error. Please load manually.

Thank you,
Patient Accounts
Marrowgate Regional Medical Center
""",
  atts=[('placements_supp_20250310.csv', csvtext(_coll), 'text', 'csv')])

_ca = [['MRN', 'Patient', 'DOB', 'Encounter', 'Service', 'Charges', 'Discount_pct', 'Approved_by'],
       ['00510023', 'Ramirez, Alejandro', '02/14/1977', '2025-01-06', 'Appendectomy lap', '24880.00', '100', 'FAC 2/20'],
       ['00488712', 'Kimura, Haruto', '09/09/1960', '2025-01-13', 'Dialysis x 12', '18600.00', '100', 'FAC 2/20'],
       ['00530144', 'Bello, Aisha', '06/30/2001', '2025-01-19', 'Vaginal delivery + newborn', '9870.50', '75', 'FAC 2/20'],
       ['00499871', 'Grady, Thomas', '12/12/1949', '2025-01-22', 'Hip fracture ORIF', '51200.00', '100', 'FAC 2/20'],
       ['00541190', 'Mahmoud, Layla', '04/04/1988', '2025-01-28', 'ED - asthma attack, neb tx', '1760.00', '50', 'FAC 2/20']]
M('phi', 'lists', 'Ramirez;Kimura;Bello;Grady;Mahmoud',
  'Yolanda Pike <ypike@marrowgate-health.org>',
  'Cheryl Banner <cbanner@marrowgate-health.org>',
  'FAC approvals Feb - for adjustment posting',
  """Cheryl,

Zip attached w/ the approvals from the 2/20 committee. Password is the usual one (sent separately). Please post the charity adjustments by end of month so they land in Feb.

Yolanda
""",
  atts=[('FAC_approvals_Feb2025.zip', zipbytes([('FAC_approvals_Feb2025.csv', csvtext(_ca))]), 'application', 'zip')])

M('phi', 'lists', 'Yazzie;Kapoor;Lindgren;Fofanah;Ruiz',
  'Rhonda Keane <rkeane@marrowgate-health.org>',
  'Inpatient Coding <ipcoding@marrowgate-health.org>',
  'sign-out before my PTO',
  """Hi team, handing off what's open in my queue before I'm out til the 24th:

* Yazzie, Loretta - sepsis from UTI, waiting on CDI query re: acute kidney injury, dc'd 3/6
* Kapoor, Rajesh - CABG, DRG looks good, just needs the final op note signed by Dr. Mendel
* Lindgren, Astrid - trach/vent >96 hrs, need the vent hours confirmed w/ RT
* Fofanah, Ibrahim - readmit w/in 30 days for same GI bleed, check for combine
* Ruiz, Mateo (peds) - RSV w/ high flow O2, POA question on the otitis

All have notes in the account. Thanks!!
Rhonda

Rhonda Keane, RHIT, CCS
Inpatient Coding Lead
""")

_xl = [['Account', 'Patient', 'DOB', 'Admit', 'Discharge', 'Payer', 'Denial', 'Appeal Level', 'Due'],
       ['9100371001', 'Sandoval, Rita', '1954-07-19', '2025-01-02', '2025-01-09', 'Harborline', 'Readmission', 'L1', '2025-03-21'],
       ['9100372219', 'Achebe, Ngozi', '1969-11-30', '2025-01-05', '2025-01-07', 'Cascadia Mutual', 'Level of care', 'L2', '2025-03-14'],
       ['9100373780', 'Voronov, Pavel', '1947-02-02', '2025-01-11', '2025-01-20', 'Medicare Adv - Humbolt', 'DRG downgrade (sepsis)', 'L1', '2025-03-30'],
       ['9100374115', 'Blackfeather, Joy', '1990-05-15', '2025-01-14', '2025-01-15', 'Medicaid MCO', 'Medical necessity (obs)', 'L1', '2025-04-02']]
M('phi', 'lists', 'Sandoval;Achebe;Voronov;Blackfeather',
  'Denise Ugwu <dugwu@marrowgate-health.org>',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'appeals due in March',
  """Holly, tracker attached. Voronov one is the sepsis downgrade we talked about - lactate was 4.1 and he got pressors, I think we win that one.
""",
  atts=[('Appeals_due_Mar.xlsx', xlsx(_xl, 'Due March'), XLSX[0], XLSX[1])])

M('phi', 'lists', 'Gutierrez;Olufemi;Park;Nakashima',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'Revenue Cycle Leadership <rcleaders@marrowgate-health.org>',
  'Appeals won this week',
  """Appeals won this week:
Gutierrez, Pedro - ICU stay, $62,300 - overturned
Olufemi, Bisi - observation to inpatient, $14,100 - overturned
Park, Ji-woo - chemo regimen (off-label), $38,900 - overturned
Nakashima, Ken - short stay TAVR, $71,000 - partial
""",
  html="""<html><body style="font-family:Calibri,sans-serif">
<p>Appeals won this week &#x1F389;</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Patient</th><th>Service</th><th>Amount</th><th>Result</th></tr>
<tr><td>Gutierrez, Pedro</td><td>ICU stay</td><td>$62,300</td><td>Overturned</td></tr>
<tr><td>Olufemi, Bisi</td><td>Observation &rarr; inpatient</td><td>$14,100</td><td>Overturned</td></tr>
<tr><td>Park, Ji-woo</td><td>Chemo regimen (off-label)</td><td>$38,900</td><td>Overturned</td></tr>
<tr><td>Nakashima, Ken</td><td>Short stay TAVR</td><td>$71,000</td><td>Partial</td></tr>
</table>
<p>Great work Denise and Sunita!<br>Holly Brandt, Director, Denials Management</p>
</body></html>""")
# ---------------------------------------------------------------- PHI: struct
M('phi', 'struct', 'OKAFOR',
  'Dwight Lam <dlam@marrowgate-health.org>',
  'Interface Team <interfaces@marrowgate-health.org>',
  'A03 not dropping charges to billing',
  """The discharge below came through the ADT feed but the account never went to final billed status in the PB system. Pasting the raw message from the engine:

MSH|^~\\&|EPICADT|MRMC|PBSYS|MRMC|20250306141522||ADT^A03|MSG00441872|P|2.5.1
EVN|A03|20250306141500
PID|1||00611820^^^MRMC^MR||OKAFOR^CHUKWUEMEKA^N||19750812|M|||14 Larchmont Ave^^Dunmore^PA^18512||(570)555-0102|||||9100388120
PV1|1|I|4W^412^A^MRMC||||1234567890^KOTHARI^ANAND|||MED||||1|||1234567890^KOTHARI^ANAND|IN||CMH|||||||||||||||||||MRMC||||||20250302083000|20250306140000
DG1|1||I21.4^NSTEMI^I10|||A
IN1|1|CMH01|88|CASCADIA MUTUAL HEALTH|||||||||||1|OKAFOR^CHUKWUEMEKA|01|19750812|||||||||||||||||||CMH551029834

Can someone check the outbound filter? I think PV1-2 "I" w/ the 4W unit isn't mapped.

Dwight
""")

M('phi', 'struct', 'DUBOIS',
  'Interface Engine <hl7-alerts@marrowgate-health.org>',
  'Charge Capture <chargecapture@marrowgate-health.org>',
  '[ALERT] DFT rejected - 1 message',
  """1 DFT^P03 message was rejected by the billing system (reason: FT1-7 transaction code not found in chargemaster). The message is attached.

-- automated message, do not reply --
""",
  atts=[('DFT_reject_20250307.hl7',
         "MSH|^~\\&|RADPACS|MRMC|BILLING|MRMC|20250307093011||DFT^P03|RAD0099213|P|2.3\r"
         "EVN|P03|20250307093011\r"
         "PID|1||00577130^^^MRMC^MR||DUBOIS^MARIE-CLAIRE||19620419|F|||9 Orchard St^^Scranton^PA^18505||5705550159\r"
         "PV1|1|O|RAD^^^MRMC||||4455667788^PATEL^NISHA\r"
         "FT1|1|||20250307084500||CG|7740199|CT CHEST W CONTRAST||1|||||||||||4455667788^PATEL^NISHA\r",
         'application', 'hl7-v2')])

M('phi', 'struct', 'HALLORAN',
  'Kevin Osei <kosei@marrowgate-health.org>',
  'ClaimBridge Support <support@claimbridge.net>',
  'RE: Ticket 885002 - 837P loop 2010BA error',
  """Here's the segment range from the file like you asked (batch 0307A, claim 3 of 41). The subscriber loop looks fine to me?

NM1*IL*1*HALLORAN*BRIDGET*A***MI*NGB7720019384~
N3*62 CANAL STREET~
N4*OLYPHANT*PA*18447~
DMG*D8*19810225*F~
NM1*PR*2*NORTHGATE BCBS*****PI*NGB01~
CLM*MRMC0307-0033*485***11:B:1*Y*A*Y*Y~
HI*ABK:M54.16~
LX*1~
SV1*HC:97110*140*UN*4***1~
DTP*472*D8*20250303~

Kevin

> From: ClaimBridge Support
> Please send the 2010BA loop for the rejected claim and we'll review. Please do not send the full file.
""")

M('phi', 'struct', 'MCALLISTER',
  'ClaimBridge Support <support@claimbridge.net>',
  'Harmony Tsai <htsai@marrowgate-health.org>',
  'Ticket 885340 - 835 posting question',
  """Hi Harmony,

Looking at the ERA you referenced, the payer did send the claim as processed as secondary (CLP02 = 2), which is why your posting rules skipped it. Relevant lines:

CLP*MRMC0211-0190*2*3400*612.5*0*12*CMH250220118822*13*1~
NM1*QC*1*MCALLISTER*DOUGLAS*R***MI*CMH330917554~
NM1*82*2*MARROWGATE REGIONAL MEDICAL CENTER*****XX*1093847561~
DTM*232*20250211~
DTM*233*20250213~
SVC*NU:0450*1800*325***1~
CAS*CO*45*1475~
SVC*NU:0352*1600*287.5***1~
CAS*CO*45*1312.5~

You'll want to check with Cascadia whether they have Medicare as primary on file for Mr. McAllister.

Regards,
Tevita Fonua
Client Support Analyst, ClaimBridge EDI
Ticket hours M-F 7a-7p CT
""")

M('phi', 'struct', 'ESPINOZA',
  'Harmony Tsai <htsai@marrowgate-health.org>',
  'Lena Marsh <lmarsh@marrowgate-health.org>',
  'fyi - 271 says she has a different PCP',
  """Lena, pasting the 271. She's scheduled for the MRI breast on Thurs and the HMO says PCP referral is required, PCP on file is not ours. Can you call the patient?

ISA*00*          *00*          *ZZ*HARBORLINE     *ZZ*MRMC0001       *250311*1022*^*00501*000004412*0*P*:~
GS*HB*HARBORLINE*MRMC0001*20250311*1022*4412*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*20250311102233*20250311*1022~
HL*1**20*1~
NM1*PR*2*HARBORLINE HEALTH PLAN*****PI*HHP77~
HL*2*1*21*1~
NM1*1P*2*MARROWGATE REGIONAL MEDICAL CENTER*****XX*1093847561~
HL*3*2*22*0~
NM1*IL*1*ESPINOZA*VALERIA*M***MI*HHP0092281744~
N3*1180 RIVERSIDE DR~
N4*SCRANTON*PA*18504~
DMG*D8*19840917*F~
EB*1**30**HMO GOLD~
EB*L~
NM1*P3*1*OKEKE*DANIEL****XX*1447281930~
SE*14*0001~

thanks
""")

M('phi', 'struct', 'Thornbury',
  'Aaron Falk <afalk@marrowgate-health.org>',
  'ClaimBridge Support <support@claimbridge.net>',
  'FHIR claim submission - 422 error',
  """Hi, trying the new FHIR Claim endpoint for the pilot and getting HTTP 422 "Claim.insurance[0].coverage reference could not be resolved". Payload below (trimmed). What am I missing?

{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-00602217",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7711.1", "value": "00602217"}],
        "name": [{"family": "Thornbury", "given": ["Graham", "P"]}],
        "gender": "male",
        "birthDate": "1958-12-03",
        "address": [{"line": ["5 Wexford Court"], "city": "Clarks Summit", "state": "PA", "postalCode": "18411"}]
      }
    },
    {
      "resource": {
        "resourceType": "Claim",
        "id": "clm-9100390041",
        "status": "active",
        "use": "claim",
        "patient": {"reference": "Patient/pt-00602217"},
        "created": "2025-03-09",
        "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.4"}]}}],
        "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "36821", "display": "AV fistola creation"}]}, "servicedDate": "2025-03-04"}],
        "insurance": [{"sequence": 1, "focal": true, "coverage": {"reference": "Coverage/cov-1"}}]
      }
    }
  ]
}

Thanks,
Aaron Falk
Revenue Integrity - Systems Analyst
""")

M('phi', 'struct', 'Lindahl',
  'HIM Release <himrelease@marrowgate-health.org>',
  'Denise Ugwu <dugwu@marrowgate-health.org>',
  'CCD excerpt for the Humbolt appeal',
  """Denise - per your request, the problem/procedure sections from the CCD for the appeal packet. Full doc is in the ROI folder.

<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.3.7711.1" extension="00455219"/>
    <addr use="HP"><streetAddressLine>300 Lackawanna Ave Apt 7</streetAddressLine><city>Scranton</city><state>PA</state><postalCode>18503</postalCode></addr>
    <patient>
      <name><given>Ruth</given><given>E</given><family>Lindahl</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19410629"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <title>Procedures</title>
  <text>
    <list>
      <item>02/03/2025 Percutaneous endoscopic gastrostomy (PEG) tube placement</item>
      <item>02/05/2025 Swallow study - modified barium</item>
    </list>
  </text>
</section>

HIM Release of Information
""")
# ---------------------------------------------------------------- PHI: lang
M('phi', 'lang', 'Morales Quintero',
  'Guadalupe Morales <lupita.morales@correo-mail.com>',
  'Asesoría Financiera <fincounsel@marrowgate-health.org>',
  'Ayuda con la factura de mi esposo',
  """Buenas tardes,

Le escribo por la cuenta de mi esposo, Rigoberto Morales Quintero, fecha de nacimiento 12/05/1970. Lo operaron de la vesícula de emergencia el 8 de febrero y estuvo 3 días internado. Ahora nos llegó una factura de $19,400 y no tenemos seguro.

La señora del hospital nos dijo que podíamos pedir la ayuda de caridad. Ya llené la solicitud pero no sé si la recibieron. ¿Me pueden confirmar? Mi teléfono es 570-555-0173.

Muchas gracias,
Guadalupe Morales
""", cte='quoted-printable')

M('phi', 'lang', 'Conceição',
  'Ana Paula Conceição <anapaula.conceicao@correio-mail.com.br>',
  'billing@marrowgate-health.org',
  'Conta do hospital - parto da minha filha',
  """Olá,

Meu nome é Ana Paula Conceição. Tive minha filha no hospital de vocês no dia 19 de janeiro (parto normal) e ela ficou dois dias a mais na UTI neonatal por causa de icterícia. Recebi duas contas, uma minha e uma dela, mas o seguro diz que pagou tudo. Podem verificar? O número da conta que está na carta é 9100366201.

Obrigada,
Ana Paula
""")

M('phi', 'lang', 'Lê Văn Phúc',
  'Lê Thị Mai <maile.family@hopthu-mail.vn>',
  'Tư vấn tài chính <fincounsel@marrowgate-health.org>',
  'Xin giúp đỡ về hóa đơn bệnh viện của bố tôi',
  """Kính gửi phòng tư vấn tài chính,

Tôi là con gái của ông Lê Văn Phúc (sinh ngày 02/09/1949). Bố tôi bị đột quỵ và nằm viện ở khoa hồi sức từ ngày 14 đến 21 tháng 2, sau đó chuyển sang tập vật lý trị liệu. Gia đình tôi nhận được hóa đơn hơn 40.000 đô la. Bố tôi chỉ có Medicare phần A.

Xin hỏi gia đình có thể nộp đơn xin trợ giúp tài chính không? Tôi cần thông dịch viên tiếng Việt khi gặp nhân viên.

Cảm ơn rất nhiều,
Mai
""", cte='base64')

M('phi', 'lang', 'Jean-Louis',
  'Roseline Jean-Louis <rjeanlouis@bwat-mail.com>',
  'Patient Accounts <patientaccounts@marrowgate-health.org>',
  'Bòdwo lopital la',
  """Bonjou,

Mwen rele Roseline Jean-Louis, dat nesans mwen se 14/08/1983. Mwen te vini nan sal ijans nou an 3 mas paske mwen te gen gwo doulè nan vant, yo te fè yon eskanè epi yo te retire apendis mwen. Kounye a mwen resevwa yon bòdwo men mwen pa gen asirans.

Eske mwen ka jwenn èd pou peye? Mwen travay kòm asistan enfimyè lakay moun, mwen pa fè anpil lajan.

Mèsi anpil,
Roseline
""")

M('phi', 'lang', 'Кузнецова',
  'Светлана Кузнецова <s.kuznetsova@pochta-mail.ru>',
  'billing@marrowgate-health.org',
  'Счёт за лечение мамы',
  """Здравствуйте,

Пишу по поводу счёта моей мамы, Кузнецовой Валентины Петровны, дата рождения 17.03.1944. Её госпитализировали 10 января с пневмонией, она лежала в больнице 6 дней, потом ещё неделю была на кислороде дома. Страховка Medicare оплатила не всё, и теперь пришёл счёт на 1 640 долларов.

Можно ли оплачивать частями? И пришлите, пожалуйста, подробный счёт по услугам.

С уважением,
Светлана Кузнецова
тел. 570-555-0181
""", cte='base64')

M('phi', 'lang', 'Dela Cruz',
  'Jocelyn Dela Cruz <jocelyn.delacruz@pinoy-mail.ph>',
  'Shauna Greer <sgreer@marrowgate-health.org>',
  'Re: financial assistance ni Papa',
  """Hi Ma'am Shauna,

Salamat po sa tawag kahapon. Yung tatay ko po, si Ernesto Dela Cruz, ay na-confine po sa ICU noong Feb 22 dahil sa atake sa puso, tapos nilagyan po siya ng stent. Nakalabas na po siya noong Feb 27. Wala po siyang insurance kasi bumisita lang po siya dito galing Pilipinas.

Ipapadala ko po bukas yung kopya ng passport niya at yung bank statement. Pwede po ba naming hulugan na lang kung hindi siya qualified?

Salamat po ulit,
Jocelyn
""")

M('phi', 'lang', 'الحسيني',
  'Fatima Al-Husseini <fatima.alhusseini@barid-mail.com>',
  'Patient Accounts <patientaccounts@marrowgate-health.org>',
  'استفسار عن فاتورة ابني',
  """السلام عليكم،

أكتب إليكم بخصوص فاتورة ابني يوسف الحسيني، تاريخ الميلاد ٢٠١٦/٠٥/١١. أُحضر إلى قسم الطوارئ يوم ٢ مارس بعد كسر في ذراعه الأيسر، وتم عمل أشعة وتجبير الذراع. وصلتنا فاتورة بمبلغ ١٨٥٠ دولار، مع أن لدينا تأمين Medicaid للأطفال.

أرجو مراجعة الحساب وإعادة إرساله إلى التأمين.

مع الشكر،
فاطمة الحسيني
""", html="""<html dir="rtl"><body><p>السلام عليكم،</p>
<p>أكتب إليكم بخصوص فاتورة ابني يوسف الحسيني، تاريخ الميلاد ٢٠١٦/٠٥/١١. أُحضر إلى قسم الطوارئ يوم ٢ مارس بعد كسر في ذراعه الأيسر، وتم عمل أشعة وتجبير الذراع. وصلتنا فاتورة بمبلغ ١٨٥٠ دولار، مع أن لدينا تأمين Medicaid للأطفال.</p>
<p>أرجو مراجعة الحساب وإعادة إرساله إلى التأمين.</p>
<p>مع الشكر،<br>فاطمة الحسيني</p></body></html>""")

M('phi', 'lang', '陈',
  'Chen Wei <chenwei.family@youxiang-mail.cn>',
  'Financial Counseling <fincounsel@marrowgate-health.org>',
  '关于我父亲住院费用的问题',
  """您好，

我父亲陈国华（出生日期：1952年8月3日）今年1月25日因为胆结石在贵院做了腹腔镜胆囊切除手术，住院两天。他目前只有旅游保险，保险公司说只能报销一部分。

我们收到了一张26,300美元的账单。请问可以申请慈善医疗援助或者分期付款吗？需要提供哪些材料？

谢谢！
陈伟
电话：570-555-0195
""")
# ---------------------------------------------------------------- CLEAN: admin
M('clean', 'admin', '',
  'IT Service Desk <servicedesk@marrowgate-health.org>',
  'Revenue Cycle All <rcall@marrowgate-health.org>',
  'PLANNED DOWNTIME: PB billing system Sat 3/15 22:00 - Sun 3/16 04:00 (CHG0041187)',
  """Change: CHG0041187
Systems affected: Professional Billing (PB), claim scrubber, ClaimBridge batch upload
Window: Saturday 03/15/2025 22:00 to Sunday 03/16/2025 04:00 ET

During the window:
- no claims will be released to the clearinghouse; the 23:00 batch will run at 05:00 instead
- payment posting (ERA auto-post) will be paused
- patient portal bill pay will show "temporarily unavailable"

Downtime procedures are on the intranet under Rev Cycle > Downtime. Questions: Service Desk x5000 or Dwight Lam x4409.

IT Service Desk
Marrowgate Regional Medical Center
""",
  html="""<html><body><h3 style="color:#b00">PLANNED DOWNTIME</h3>
<p><b>Change:</b> CHG0041187<br><b>Systems affected:</b> Professional Billing (PB), claim scrubber, ClaimBridge batch upload<br>
<b>Window:</b> Saturday 03/15/2025 22:00 to Sunday 03/16/2025 04:00 ET</p>
<ul><li>no claims will be released to the clearinghouse; the 23:00 batch will run at 05:00 instead</li>
<li>payment posting (ERA auto-post) will be paused</li>
<li>patient portal bill pay will show "temporarily unavailable"</li></ul>
<p>Downtime procedures are on the intranet under Rev Cycle &gt; Downtime. Questions: Service Desk x5000 or Dwight Lam x4409.</p>
</body></html>""")

M('clean', 'admin', '',
  'Rhonda Keane <rkeane@marrowgate-health.org>',
  'Inpatient Coding <ipcoding@marrowgate-health.org>',
  'Easter weekend coverage',
  """Hi all - need 2 people for Sat 4/19 (4 hrs remote, DNFB only). So far:

Sat 4/19 - Bao T. (am), ??? 
Mon 4/21 - everyone back

Reply by Friday or I'll assign from the rotation. Tamsin had Presidents Day so she's off the hook.

Rhonda Keane, RHIT, CCS
Inpatient Coding Lead | x4420
""")

M('clean', 'admin', '',
  'Accounts Receivable <ar@keystonerecovery.com>',
  'Accounts Payable <ap@marrowgate-health.org>',
  'Invoice KRP-2025-0219 - February contingency fees',
  """Dear Accounts Payable,

Please find our invoice for February 2025 contingency fees below.

Invoice #: KRP-2025-0219
Client #: MRMC-0042
Period: 02/01/2025 - 02/28/2025
Gross collections: $148,220.17
Contingency rate: 18% (primary), 25% (secondary placements)
Fee due: $29,871.40
Terms: Net 30

Remit to: Keystone Recovery Partners, PO Box 4410, Pittsburgh PA 15230
ACH details available on request from our controller, Sandra Oakes, (412) 555-0100 ext 3.

A detailed collections report by account is available in the client portal.

Thank you for your business.
""",
  atts=[('KRP-2025-0219.txt', "KEYSTONE RECOVERY PARTNERS\nINVOICE KRP-2025-0219\nClient MRMC-0042\nFee due 29871.40\nTerms Net 30\n", 'text', 'plain')])

M('clean', 'admin', '',
  'Benefits Office <benefits@marrowgate-health.org>',
  'All Staff <allstaff@marrowgate-health.org>',
  'Reminder: dependent verification due March 31',
  """Hello Marrowgate team,

If you added a spouse or dependent to your medical, dental or vision plan during open enrollment, documentation (marriage certificate, birth certificate or tax return) is due by March 31. Dependents without documentation will be removed from coverage effective April 1.

Upload through the benefits portal or drop off at HR, Building C, 2nd floor. Your new member ID cards from Cascadia Mutual should have arrived in January; if not, call the member services number on the back of your old card or Benefits at x2200.

Questions? Ask for Nadia Kerr or Joel Banfield.

Benefits Office | Human Resources
""")

M('clean', 'admin', '',
  'Facilities Management <facilities@marrowgate-health.org>',
  'Business Office Staff <bostaff@marrowgate-health.org>',
  'Garage B level 2 closed Mon-Wed for resurfacing',
  """Garage B, level 2 (patient financial services reserved spots) will be closed Monday 3/17 through Wednesday 3/19 for resurfacing. Please park in Lot F and take the shuttle, runs every 10 min from 6:30am. Your badge will work at the Lot F gate.

Work order WO-22871. Contact Ted Mulroney, Facilities, 555-014-3300 with questions.
""")

M('clean', 'admin', '',
  'Enrollment Team <enrollment@claimbridge.net>',
  'Aaron Falk <afalk@marrowgate-health.org>',
  'EDI enrollment status - Harborline Health Plan 835',
  """Hi Aaron,

The ERA (835) enrollment for Harborline Health Plan is now approved:

Provider: Marrowgate Regional Medical Center
NPI: 1093847561
TIN: 23-1887402
Payer ID: HHP77
Enrollment ref: ENR-558301
Effective: 03/20/2025

Your first 835 should route to your ClaimBridge mailbox within 2 payment cycles. The Northgate BCBS 837I enrollment is still pending payer signature; we'll follow up by 3/28.

Best,
Priscilla Amaral
Enrollment Specialist | ClaimBridge EDI
800-555-0142 opt 3
""")

M('clean', 'admin', '',
  'Mei-Ling Cho <mcho@marrowgate-health.org>',
  'IT Service Desk <servicedesk@marrowgate-health.org>',
  'RE: INC0093321 encoder won\'t launch',
  """Still happening after the reboot. Same error "license server unavailable" when I open the 3M encoder from the coding WQ. I'm at desk 3-114, ext 4431, or call my cell 555-019-2270. Tamsin Lowry next to me has the same issue so it's probably not just my PC.

Mei-Ling Cho, CPC, COC
Outpatient Coder II

-----Original Message-----
From: IT Service Desk
Sent: Tuesday, March 11, 2025 9:02 AM
Subject: INC0093321 encoder won't launch

Hello Mei-Ling, please restart your workstation and let us know if the issue persists. - Service Desk
""")
# ---------------------------------------------------------------- CLEAN: lookalike
M('clean', 'lookalike', '',
  'IronLeaf Fitness <members@ironleaf-fitness.com>',
  'Kevin Osei <kevin.osei.runs@mailbox.com>',
  'Your membership renews April 1 - Member #IL-0048817',
  """Hi Kevin,

Your IronLeaf Premier membership (Member #IL-0048817) renews on 04/01/2025 at $49.99/mo. Your included body-composition scan and 2 personal training sessions reset on renewal.

Want to freeze for an injury or medical leave? Bring a note to the front desk, freezes are up to 90 days.

Questions? Call the Clarks Summit club at (570) 555-0121.

Stay strong,
The IronLeaf Team
Unsubscribe | Privacy
""",
  html="""<html><body style="font-family:Arial"><h2>Hi Kevin,</h2>
<p>Your IronLeaf Premier membership (<b>Member #IL-0048817</b>) renews on 04/01/2025 at $49.99/mo. Your included body-composition scan and 2 personal training sessions reset on renewal.</p>
<p>Want to freeze for an injury or medical leave? Bring a note to the front desk, freezes are up to 90 days.</p>
<p>Questions? Call the Clarks Summit club at (570) 555-0121.</p><p>Stay strong,<br>The IronLeaf Team</p>
<p style="font-size:9px"><a href="https://ironleaf-fitness.example/unsub">Unsubscribe</a> | Privacy</p></body></html>""")

M('clean', 'lookalike', '',
  'Laurel Creek Animal Hospital <frontdesk@laurelcreekvet.com>',
  'Holly Brandt <hollyb.home@mailbox.com>',
  "Biscuit's discharge instructions and invoice",
  """Hi Holly,

Biscuit did great today! Summary of her visit on 03/08/2025:

Patient: Biscuit (canine, beagle mix, spayed F, 9 yrs, 11.2 kg)
Patient ID: 20418
Procedures: dental cleaning under anesthesia, 2 extractions (upper premolars), bloodwork pre-op (normal), rabies booster
Medications: carprofen 25 mg 1/2 tab twice daily x 5 days with food; clindamycin 75 mg 1 cap twice daily x 7 days

Soft food only for 5 days. Call us if she's not eating by tomorrow night or if you see bleeding.

Invoice #LC-66120: $742.35 (paid, Visa ending 4471)

Dr. Maren Albrecht, DVM
Laurel Creek Animal Hospital | (570) 555-0133
""")

M('clean', 'lookalike', '',
  'Anthracite Valley Federal Credit Union <alerts@avfcu.org>',
  'Sunita Rao <sunita.rao@freemail.net>',
  'Auto loan payment received - Member # 0007734192',
  """Dear SUNITA RAO,

We received your payment of $412.88 for loan suffix L04 on 03/05/2025.

Member #: ****4192
Next payment due: 04/05/2025
Remaining balance: $11,208.40

Reminder: Our "Healthy Finances" checkup is free for members. Schedule with a financial counselor at any branch.

Anthracite Valley FCU | Federally insured by NCUA
Do not reply to this automated message.
""")

M('clean', 'lookalike', '',
  'SkyPenn Airlines <reservations@skypenn-air.com>',
  'Denise Ugwu <dugwu.travel@mailbox.com>',
  'Itinerary confirmed - Record locator QX7T2M',
  """Thank you for booking with SkyPenn.

Record locator: QX7T2M
Passenger: UGWU/DENISE MS   DOB 1984-06-21   SkyMiles #: 880 114 2290
Flight SP 412  AVP - ORD  Thu 10 Apr 2025  06:45 - 07:58  Seat 14C
Flight SP 1190 ORD - AVP  Sat 12 Apr 2025  18:20 - 21:31  Seat 9A

Special service requests: none. Need wheelchair assistance, oxygen concentrator approval or to travel with medical devices? Visit skypenn-air.example/accessibility at least 48 hours before departure.

Baggage: 1 personal item included. Checked bags $35.
""")

M('clean', 'lookalike', '',
  'Claims Dept <claims@keystonemutual-auto.com>',
  'Pieter Ames <pames.home@mailbox.com>',
  'Claim 04-3381-7720 - estimate approved',
  """Mr. Ames,

Regarding claim number 04-3381-7720 (policy PA-AU-5521987), date of loss 02/26/2025:

The appraiser's estimate for the rear bumper and tailgate damage on your 2019 Subaru Outback has been approved at $3,418.66 less your $500 collision deductible. Payment will go directly to Hollister Auto Body. No injuries were reported on this claim, so there is no medical payments portion.

Your adjuster is Carmen Vasquez, (800) 555-0160 ext 7731.

Keystone Mutual Auto Insurance
""")

M('clean', 'lookalike', '',
  'Oakline Tree Surgeons <office@oaklinetree.com>',
  'Gareth Holm <gholm.home@mailbox.com>',
  'Quote #Q-1187 and diagnosis for your red oak',
  """Hi Gareth,

Thanks for having us out Friday. Our arborist's diagnosis: the large red oak by the driveway has oak wilt (confirmed by the leaf symptoms and a lab sample, case #OW-25-044). It's terminal for red oaks unfortunately, and it spreads through the roots to the neighbour's oaks.

Recommended treatment:
1. Removal of the infected oak, stump ground - $2,850
2. Root graft trenching between it and the 2 healthy oaks - $640
3. Preventive injection (propiconazole) of the 2 healthy oaks - $480

Quote #Q-1187 valid 30 days. We can schedule surgery on the white oak's dead limbs at the same visit for no extra callout fee.

Cheers,
Bryn Matheson, ISA Certified Arborist
Oakline Tree Surgeons | 570-555-0117
""")

M('clean', 'lookalike', '',
  'Dwight Lam <dlam@marrowgate-health.org>',
  'Interface Team <interfaces@marrowgate-health.org>',
  'post-mortem: queue consumer outage 3/4',
  """Post-mortem for the 3/4 outage of the billing queue consumers (not patient facing).

Summary: the "patient" retry worker (our backoff process that waits out transient failures, named that way years ago by the vendor) went into a crash loop after the cert rotation. The health check kept reporting "alive" because the liveness probe only checked the process, not the TLS handshake. The orphaned child processes were never reaped and were eventually killed by the OOM killer.

Timeline:
 02:10 cert rotated on broker-02
 02:11 first handshake failure, retry worker begins backoff
 03:45 memory pressure, pods evicted
 06:30 on-call (me) paged
 07:05 restart with new trust store, queue drained by 07:40

Actions:
 - readiness probe to check TLS (owner: Aaron, due 3/21)
 - alert on queue depth > 5k (owner: Dwight)

No messages lost; all were replayed from the dead letter queue.
""")
# ---------------------------------------------------------------- CLEAN: news
M('clean', 'news', '',
  'Revenue Cycle Communications <rccomms@marrowgate-health.org>',
  'Revenue Cycle All <rcall@marrowgate-health.org>',
  'The Cycle - February 2025 edition',
  """THE CYCLE | Revenue Cycle monthly | February 2025

BY THE NUMBERS
- Initial denial rate: 9.8% (Jan 10.6%), goal < 8%
- Clean claim rate at ClaimBridge: 94.1%
- Discharged not final billed (DNFB): 4.2 days
- Appeals overturn rate: 57%
- Charity care approvals: 212 applications, $3.1M adjusted

TOP DENIAL REASONS
1. Authorization/precert (CO-197, CO-15) - 31%
2. Medical necessity (CO-50) - 22%
3. Missing/invalid info (CO-16) - 14%

SHOUT-OUTS
Congrats to Bao Tran (CCS) and Mei-Ling Cho (COC) on passing their certification exams, and to the Financial Counseling team for clearing the application backlog.

COMING UP
- Payer scorecard review, 3/20, Conf Rm B
- Lunch & learn: "Sepsis documentation and DRG 871/872" with Dr. Anand Kothari, 3/26 noon
""")

M('clean', 'news', '',
  'County Health Department <alerts@lackco-health.gov.example>',
  'Hospital Partners List <partners@lists.lackco-health.gov.example>',
  'Respiratory Virus Update - Week 9',
  """LACKAWANNA VALLEY COUNTY HEALTH DEPARTMENT
Respiratory Virus Surveillance - Week 9 (ending 3/1/2025)

Influenza activity: HIGH, decreasing
- ED visits for influenza-like illness: 6.4% of all visits (week 8: 7.9%)
- Lab-confirmed flu hospitalizations: 48 (week 8: 61)
- Predominant strain: influenza A(H1N1)

RSV: moderate, decreasing. COVID-19: low.

Two influenza-associated pediatric deaths have been reported statewide this season; no identifying information will be released.

Recommendations: continue offering vaccination to all persons 6 months and older; antiviral treatment for hospitalized patients and high-risk outpatients regardless of vaccination status.

Questions: Epidemiology Program, 570-555-0199
""")

M('clean', 'news', '',
  'Pharmacy & Therapeutics <pt-committee@marrowgate-health.org>',
  'Clinical Staff and Revenue Integrity <clinical-ri@marrowgate-health.org>',
  'RECALL: Heparin Sodium 5,000 units/mL vials, lots HS24-0912 and HS24-0918',
  """Class II voluntary recall notice (manufacturer: Veridian Sterile Products)

Product: Heparin Sodium Injection, USP, 5,000 USP units/mL, 1 mL single-dose vials
NDC: 00000-4410-01 (fictional listing for internal notice)
Lots: HS24-0912, HS24-0918  Exp 09/2026
Reason: visible particulate matter in a small number of vials

Pharmacy has quarantined all affected stock; no affected lots were dispensed after 3/6. Charge description master line 2504410 will be inactivated and replaced with 2504412 (same product, alternate supplier). Revenue Integrity: please update charge capture mapping by 3/14.

No patient action is required.
""", cte='quoted-printable')

M('clean', 'news', '',
  'HFMA Keystone Chapter <news@hfma-keystone.example.org>',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'Chapter news: spring institute, CRCR prep, denials roundtable',
  """HFMA KEYSTONE CHAPTER - MARCH NEWSLETTER

Spring Institute - April 24-25, Harrisburg
Sessions include "Prior auth reform: what the 2026 rule means for you", "Building a denials prevention team" and "Price transparency enforcement: lessons from 2024 audits". Early-bird rate ends 3/31.

CRCR prep course - virtual, Tuesdays in April, free for members.

Denials Roundtable recap: 38 attendees from 21 organizations compared notes on medical-necessity denials for observation stays. Median overturn rate across participants was 52%.

Member spotlight: Holly Brandt, Director of Denials Management at Marrowgate Regional, on building a 3-person appeals team that recovered $4.2M in 2024.
""")

M('clean', 'news', '',
  'Community Benefit Office <communitybenefit@marrowgate-health.org>',
  'Board Finance Committee <boardfinance@marrowgate-health.org>',
  'FY2024 charity care and community benefit summary',
  """Attached summary for the April board packet.

FY2024 financial assistance
- Applications received: 2,418 (FY23: 2,090)
- Approved full (<=200% FPL): 1,377
- Approved partial (201-400% FPL): 604
- Denied/incomplete: 437
- Charity care at cost: $18.7M (3.9% of operating expense)
- Presumptive eligibility approvals: 41% of all approvals

Top service lines receiving assistance: emergency department, obstetrics, dialysis, behavioral health.
Median time application-to-decision: 19 days (goal 14).

No patient-level detail included per policy.
""",
  atts=[('FY24_charity_summary.csv', csvtext([['metric', 'fy2023', 'fy2024'], ['applications', 2090, 2418], ['approved_full', 1204, 1377], ['approved_partial', 511, 604], ['charity_at_cost_musd', 15.9, 18.7]]), 'text', 'csv')])

M('clean', 'news', '',
  'ClaimBridge EDI <releases@claimbridge.net>',
  'ClaimBridge Customers <customers@lists.claimbridge.net>',
  'Release 25.3 - payer list updates and new edits',
  """ClaimBridge Release 25.3 (deploying 3/22/2025)

Payer list changes
- Harborline Health Plan: new payer ID HHP77 replaces HHP01 for professional claims as of 4/1
- Northgate BCBS: 276/277 real-time now available
- Cascadia Mutual: 278 prior auth inquiry moving to new endpoint

New/changed edits
- CB-4410: PT modifier with screening colonoscopy code - updated to accept Z12.11 with Z86.010 (fix for customer tickets)
- CB-5012: NDC required on J-codes for Medicaid MCOs
- CB-6100: warning when 2010BA DMG date is in the future

Known issues
- ERA viewer may time out on files > 40 MB; workaround: download raw 835.

Full notes on the customer portal.
""")

M('clean', 'news', '',
  'Compliance Office <compliance@marrowgate-health.org>',
  'All Staff <allstaff@marrowgate-health.org>',
  'Compliance corner: No Surprises Act good faith estimates',
  """COMPLIANCE CORNER - March

Quick refresher on Good Faith Estimates (GFEs) for uninsured and self-pay patients:

- Must be given within 1 business day when a service is scheduled at least 3 business days out, 3 business days when scheduled 10+ days out, or on request.
- Include co-provider/co-facility charges where we can (anesthesia, pathology).
- If the final bill is $400 or more over the GFE, the patient can dispute through the federal patient-provider dispute resolution process.

Last quarter's audit found 11% of sampled self-pay surgical cases were missing the anesthesia portion. Patient Access and Financial Counseling will get refresher training in April.

Report concerns anonymously: Compliance Hotline 1-800-555-0177.
""")
# ---------------------------------------------------------------- CLEAN: staff
M('clean', 'staff', '',
  'Bao Tran <btran@marrowgate-health.org>',
  'Coding Questions <codingq@marrowgate-health.org>',
  'sepsis POA when the source isnt clear',
  """General q, no specific acct: when the provider documents sepsis on admission but doesn't name a source until day 3 (e.g., cultures come back and they say "likely urinary"), do we go back and link it for POA, or is the source "not POA"? Our guidelines binder is from 2022 and I can't find the updated Coding Clinic ref.

Bao Tran, CCS
""")

M('clean', 'staff', '',
  'Dr. Anand Kothari <akothari@marrowgate-health.org>',
  'Renata Solis <rsolis@marrowgate-health.org>',
  'RE: DRG question - hypothetical',
  """Renata,

For the hypothetical: a 60s male, admitted with chest pain, troponins mildly elevated and flat, no ischemic changes, stress test negative. I would call that demand-type injury in the setting of his hypertensive urgency, not an MI. If I document "type 2 MI" vs "non-ischemic myocardial injury" that changes your DRG, right? Just want to make sure I'm not being led one way or the other by the query templates.

AK

> Renata Solis wrote:
> Happy to walk through this at the physician advisor meeting. Generally, type 2 MI is coded as an MI; non-ischemic myocardial injury is coded differently and will group lower. We can't tell you which one to pick - it has to be your clinical judgment.
""")

M('clean', 'staff', '',
  'Shauna Greer <sgreer@marrowgate-health.org>',
  'FC Team <fcteam@marrowgate-health.org>',
  'team mtg notes - presumptive eligibility',
  """Notes from Weds:

1. Presumptive eligibility scoring goes live 4/1. Accounts with a propensity score under 300 and no insurance get auto 100% charity before statements go out. We still offer the full app if they want it.
2. Keystone is NOT to get any account that scored for PE. Pieter is building the exclusion into the placement file.
3. Homeless patients with no address: use the shelter address if they give one, otherwise PE applies automatically.
4. Reminder - we don't ask for immigration status. Ever.
5. Interpreters: use the video cart for Nepali and Karen, phone line for everything else.

Next meeting 3/26.
""")

M('clean', 'staff', '',
  'Renata Solis <rsolis@marrowgate-health.org>',
  'Hospitalist Group <hospitalists@marrowgate-health.org>',
  'CDI tip of the month: acute respiratory failure',
  """Hi all,

Tip of the month. When you document acute respiratory failure, please include the clinical indicators in the same note:
- SpO2 < 91% on room air or P/F ratio < 300
- respiratory rate > 28, accessory muscle use
- treatment: high flow, BiPAP, intubation

Payers are denying "acute respiratory failure" when the note only says "on 2L NC". A one-line supporting statement saves us (and you) an appeal and a query.

Thanks for all the quick query responses in Feb - average response time was 1.4 days!

Renata Solis, RN, CCDS
Clinical Documentation Integrity | x4471
""",
  html="""<html><body><p>Hi all,</p><p><b>Tip of the month.</b> When you document <i>acute respiratory failure</i>, please include the clinical indicators in the same note:</p>
<ul><li>SpO2 &lt; 91% on room air or P/F ratio &lt; 300</li><li>respiratory rate &gt; 28, accessory muscle use</li><li>treatment: high flow, BiPAP, intubation</li></ul>
<p>Payers are denying "acute respiratory failure" when the note only says "on 2L NC". A one-line supporting statement saves us (and you) an appeal and a query.</p>
<p>Thanks for all the quick query responses in Feb - average response time was 1.4 days!</p>
<p>Renata Solis, RN, CCDS<br>Clinical Documentation Integrity | x4471</p></body></html>""")

M('clean', 'staff', '',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'Denise Ugwu <dugwu@marrowgate-health.org>, Sunita Rao <srao@marrowgate-health.org>',
  'Cascadia obs denials trend',
  """Seeing a clear pattern with Cascadia since January: any stay under 2 midnights with a chest pain or syncope presentation is being auto-downgraded to obs, even when we have InterQual met on day 1. 43 of them so far, ~$610k.

I want to (1) pull a sample of 10 for the JOC meeting with their provider rep, (2) ask legal whether this violates the 2-midnight language in our contract amendment, and (3) stop appealing one-by-one until we hear back - we're burning hours.

Thoughts before I email their network manager?

Holly
""")

M('clean', 'staff', '',
  'Lena Marsh <lmarsh@marrowgate-health.org>',
  'Case Management <casemgmt@marrowgate-health.org>',
  'weekend staffing - UR coverage',
  """Hi CM team,

UR weekend coverage for March:
3/15-16 Priya (remote)
3/22-23 Lena
3/29-30 Marcy + float RN from the pool

Reminder: any Medicare admits over the weekend need the IM letter within 2 days, and the MOON notice for anyone in obs > 24 hrs. Don't leave it for Monday.

Lena Marsh, RN, ACM
Manager, Utilization Review
""")

M('clean', 'staff', '',
  'Dr. Nisha Patel <npatel@marrowgate-health.org>',
  'Coding Questions <codingq@marrowgate-health.org>',
  'modifier 25 on procedure days?',
  """Coders - general question from our radiology/IR group. When we see a patient in clinic for a consult and decide to do a same-day procedure (say a paracentesis), we've been adding modifier 25 to the E/M. A payer rep told one of our docs that it's never allowed on the same day as a minor procedure. Is that right? I thought it depended on whether the decision for the procedure was made at that visit.

Nisha Patel, MD
Interventional Radiology
""")
# ---------------------------------------------------------------- CLEAN: training
M('clean', 'training', '',
  'Jordan Wexler <jwexler@claimbridge.net>',
  'Aaron Falk <afalk@marrowgate-health.org>',
  'demo files for Thursday onboarding',
  """Hi Aaron,

For Thursday's onboarding session here is the sample 837P we walk through. All data is test data from our sandbox (TEST PATIENT, test payer 99999), nothing real:

NM1*IL*1*TESTPATIENT*JANE****MI*TEST000000001~
N3*123 TEST STREET~
N4*ANYTOWN*PA*00000~
DMG*D8*19000101*F~
NM1*PR*2*CB SANDBOX PAYER*****PI*99999~
CLM*TESTCLAIM001*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20250101~

Usage indicator in ISA15 should be T for anything you send to the sandbox.

Jordan Wexler
Implementation Consultant | ClaimBridge EDI
""")

M('clean', 'training', '',
  'Epic Training Team <epictraining@marrowgate-health.org>',
  'New Hires - PFS <newhires-pfs@marrowgate-health.org>',
  'Training environment logins + practice patients',
  """Welcome to Patient Financial Services!

Your training environment (TRN) logins are below the line. Use ONLY these practice patients in TRN. They are fake and get reset every night:

  ZZTEST, ALPHA      MRN 90000001  - self-pay, charity app exercise
  ZZTEST, BRAVO      MRN 90000002  - Medicare + supplement, secondary billing exercise
  ZZTEST, CHARLIE    MRN 90000003  - denial/appeal workqueue exercise
  ZZPEDS, DELTA      MRN 90000004  - guarantor vs patient exercise

Never look up a real patient for practice - that's a privacy violation even if you're just curious.

Class: Tues 3/18 8:30-4:30, Training Room 1, Building C
Trainer: Kim Sorensen, x2281
""")

M('clean', 'training', '',
  'Denise Ugwu <dugwu@marrowgate-health.org>',
  'Appeals Team <appeals@marrowgate-health.org>',
  'updated appeal letter template (medical necessity)',
  """Updated template attached inline - please start using this one. Replace everything in [brackets].

---
[Date]

[Payer name] Appeals Department
[Address]

RE: Level [1/2] appeal
Patient: John Doe
Member ID: [XXXXXXXXX]
Claim #: [claim number]
Date(s) of service: [MM/DD/YYYY]

Dear Reviewer,

We are appealing the denial of the above claim, denied as not medically necessary. [Patient] presented with [symptoms] and [clinical findings that meet criteria]. [Describe treatment and why the level of care was required.]

Per [InterQual / MCG / payer policy #], the criteria for [inpatient admission / service] were met because [specific criteria].

Enclosed: [H&P, progress notes, orders, labs].

Sincerely,
[Your name], [Title]
Marrowgate Regional Medical Center
---

Denise
""")

M('clean', 'training', '',
  'Aaron Falk <afalk@marrowgate-health.org>',
  'Interface Team <interfaces@marrowgate-health.org>',
  'HL7 refresher for the new analysts',
  """For Dwight's new folks, the HL7 v2.5.1 spec example we use in the refresher. This is the standard sample from the spec (Eve Everywoman), not one of ours:

MSH|^~\\&|GHH LAB|ELAB-3|GHH OE|BLDG4|200202150930||ORU^R01|CNTRL-3456|P|2.4
PID|||555-44-4444||EVERYWOMAN^EVE^E^^^^L|JONES|19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292||(206)3345232|(206)752-121||||AC555444444||67-A4335^OH^20030520
OBR|1|845439^GHH OE|1045813^GHH LAB|15545^GLUCOSE|||200202150730|||||||||555-55-5555^PRIMARY^PATRICIA P^^^^MD^^|||||||||F||||||444-44-4444^HIPPOCRATES^HOWARD H^^^^MD
OBX|1|SN|1554-5^GLUCOSE^POST 12H CFST:MCNC:PT:SER/PLAS:QN||^182|mg/dl|70_105|H|||F

Walk through MSH-9 message type, PID-3 vs PID-2, OBX-8 abnormal flags. Quiz next Friday.

Aaron
""")

M('clean', 'training', '',
  'Rhonda Keane <rkeane@marrowgate-health.org>',
  'Coding Trainees <codingtrainees@marrowgate-health.org>',
  'practice case #7 (sample record)',
  """Practice case #7 - SAMPLE RECORD for training, fictional.

Patient: Sample, Training (MRN TRN-0007), 72 y/o F
Admit: hospital day 1 with fever, confusion, and flank pain. UA positive, blood cultures grow E. coli. Lactate 3.2. Started on IV ceftriaxone and fluids. Day 2 creatinine up from 0.9 to 2.1. Discharged day 5 to home with oral antibiotics.

Questions:
1. Principal diagnosis?
2. Secondary diagnoses - what needs a query?
3. MS-DRG?

Answers in the key next week. No peeking, Bao :)

Rhonda
""")

M('clean', 'training', '',
  'Sales Engineering <demo@denialsiq.example.com>',
  'Holly Brandt <hbrandt@marrowgate-health.org>',
  'DenialsIQ demo recap + sandbox access',
  """Hi Holly,

Thanks for joining the demo Tuesday. As promised:

Sandbox URL: https://sandbox.denialsiq.example.com
Username: hbrandt_demo  (temporary password sent separately)

The sandbox is loaded with 5,000 synthetic claims (generated; names like "Demo Patient 0001", fake member IDs beginning with DMO-). Try the "predict denial" view on the Cascadia-like demo payer, and the auto-drafted appeal letters.

Pricing proposal to follow from Cole Whitfield, Account Executive.

Best,
Maya Ortiz
Solutions Engineer, DenialsIQ
""")


# ---------------------------------------------------------------- writer
def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%d.%04d.%s@%s>' % (SEED, i, m['kind'], dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['headers'].items():
        msg[k] = v
    cte = m['cte']
    if not cte:
        cte = '7bit' if m['body'].isascii() else '8bit'
    msg.set_content(m['body'], cte=cte)
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fn, data, mt, st in m['atts']:
        if isinstance(data, str) and mt == 'text':
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m['label'], m['kind'], (m['patient'] or '') if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return counters


if __name__ == '__main__':
    c = main()
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total:', sum(c.values()))
