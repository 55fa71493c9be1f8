#!/usr/bin/env python3
"""Blind evaluation mail set - hospital HIM department. SEED=5702."""
import sys, os, io, csv, zipfile, random, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

SEED = 5702
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
              "intended recipient(s) and may contain confidential and privileged information, including "
              "protected health information. Any unauthorized review, use, disclosure or distribution is "
              "prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
              "and destroy all copies of the original message.")


def add(label, kind, patient, frm, to, subject, body, cc=None, html=None, atts=(), cte=None, headers=()):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subject=subject,
                     body=body, cc=cc, html=html, atts=list(atts), cte=cte, headers=list(headers)))


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheetname='Sheet1'):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, escape(str(v)))
                        for ci, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (ri, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + ''.join(sd) + '</sheetData></worksheet>')
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
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

# =====================================================================
# PHI / care
# =====================================================================
add('phi', 'care', 'Kwiatkowski',
    'Marisol Quintero <mquintero@hvmc.org>',
    '"Brookfield Family Practice - Records" <records@brookfieldfp.com>',
    'RE: records request - Kwiatkowski',
    """Hi Tanya,

Sending what you asked for on Dorothy Kwiatkowski. From the 3/12-3/15 admission you'll get the op note (lap chole, Dr Kessler), the discharge summary, and the CT abdomen from the 13th. Path report isnt final yet - I'll send it separately when it posts. Her post-op visit got moved to 4/2 so nothing from that yet.

Secure portal link expires in 7 days, let me know if it doesnt open on your end.

Marisol

Marisol Quintero | Release of Information Specialist
Health Information Management | Halvorsen Valley Medical Center
p 555-0142 x3 | f 555-0199

-----Original Message-----
From: Tanya Reeves <records@brookfieldfp.com>
Sent: Monday, April 1, 2024 4:52 PM
To: HIM Release of Information <roi@hvmc.org>
Subject: records request - Kwiatkowski

Good afternoon, please send hospital records for our patient Dorothy Kwiatkowski for her recent stay, signed auth is attached. Dr. Fenwick would like the surgery report and any imaging.

Thank you
Tanya Reeves, Medical Records
Brookfield Family Practice

""" + DISCLAIMER)

add('phi', 'care', 'Lindqvist',
    'Priyanka Shenoy RN <pshenoy@hvmc.org>',
    'Obinna Abara MD <oabara@hvmc.org>',
    'CDI query - 5 West rm 518',
    """Dr. Abara,

Clinical clarification for Harold Lindqvist (5W-518, adm 10/2):

- Hgb 10.9 on admit -> 8.1 on 10/3 -> 6.8 on 10/4
- Transfused 3 units PRBC 10/4-10/5, post-transfusion Hgb 9.1
- GI consulted, EGD 10/5 showed a bleeding duodenal ulcer, clipped
- Started IV pantoprazole drip, aspirin held

Based on these findings, can you please document the clinical significance of the drop in hemoglobin in your progress note? Options could include acute blood loss anemia, expected/dilutional drop, other, or unable to determine.

Please answer in the chart, not by reply email. Thanks!

Priyanka Shenoy, RN, BSN, CCDS
Clinical Documentation Integrity | HVMC
pager 4471
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Abara,</p>
<p>Clinical clarification for <b>Harold Lindqvist</b> (5W-518, adm 10/2):</p>
<ul>
<li>Hgb 10.9 on admit &rarr; 8.1 on 10/3 &rarr; 6.8 on 10/4</li>
<li>Transfused 3 units PRBC 10/4-10/5, post-transfusion Hgb 9.1</li>
<li>GI consulted, EGD 10/5 showed a bleeding duodenal ulcer, clipped</li>
<li>Started IV pantoprazole drip, aspirin held</li>
</ul>
<p>Based on these findings, can you please document the clinical significance of the drop in hemoglobin in your progress note? Options could include acute blood loss anemia, expected/dilutional drop, other, or unable to determine.</p>
<p>Please answer in the chart, not by reply email. Thanks!</p>
<p style="color:#555">Priyanka Shenoy, RN, BSN, CCDS<br>Clinical Documentation Integrity | HVMC<br>pager 4471</p>
</body></html>""")

add('phi', 'care', 'Petrakis',
    'Keith Ambrose <kambrose@hvmc.org>',
    'appeals@kmhp.com',
    'Level 1 appeal - Joan Petrakis - claim 24117-883021',
    """To the Keystone Mutual Health Plan Appeals Unit:

Halvorsen Valley Medical Center requests reconsideration of the denial of inpatient status for Joan Petrakis, dates of service 02/03/2024 through 02/07/2024. Your letter dated 03/11 states the stay could have been managed in observation.

We disagree. Ms. Petrakis came to the ED with a temperature of 103.1 and rigors, was hypotensive at 84/50 after 2 liters of fluid, and her blood cultures grew gram negative rods within 14 hours. She needed IV antibiotics for five days, a repeat set of cultures on day 3 and a PICC line placed on 02/06 before discharge to home infusion. The attending's admission note on 02/03 documents the expectation of a stay crossing two midnights.

Copies of the ED record, H&P, MAR and discharge summary are enclosed (42 pages).

Please direct questions to me at 555-0148.

Sincerely,
Keith Ambrose, CPC, CCS-P
Denials & Audit Coordinator
Health Information Management
Halvorsen Valley Medical Center
""")

add('phi', 'care', 'Delacroix',
    'Alana Fitzgerald-Moore <afitzmoore@hvmc.org>',
    'Imran Qureshi MD <iqureshi@hvmc.org>',
    'quick q - delacroix',
    """Dr Q - abstracting Mr. Delacroix from saturday night (the motorcycle one). He went straight to OR from the bay for the ex-lap and you took the spleen out, but I don't see the chest tube in your op note and the CXR says left CT in place. Was that placed in the ED or in the OR? Need the time for the registry.

thx
Alana
Trauma Registry, x5521""")

add('phi', 'care', 'Oyelaran',
    'Tomasz Wierzbicki CTR <twierzbicki@hvmc.org>',
    'intake@lakeshoreoncology.com',
    'Follow-up request - Linda Oyelaran - first course of treatment',
    """Hello,

I'm the cancer registrar at Halvorsen Valley Medical Center. We're completing the abstract for Linda Oyelaran, who had a lumpectomy with sentinel node biopsy here on 04/02/2024 (Dr. Kessler). Per her last note she was starting chemotherapy at your center in May and then whole breast radiation.

Could you send me:
  - chemo start date and regimen
  - radiation start/end dates, total dose
  - whether she started hormone therapy (tamoxifen / AI) and when

This is for state cancer registry reporting, which is permitted without authorization, so no release form is needed. Fax to 555-0177 or reply through the encrypted link.

Thank you,
Tomasz Wierzbicki, CTR
Cancer Registry | Halvorsen Valley Medical Center
555-0163
""", cte='quoted-printable')

add('phi', 'care', 'Feeney',
    'Renata Boyle <rboyle@hvmc.org>',
    'Jolene Pratt <jpratt@dunleavymarsh.com>',
    'FW: Subpoena - Feeney v. Castlegate Properties',
    """Jolene,

Forwarding the note from our ROI team below. The certified copies went out by FedEx this morning, tracking 7713 2209 4418.

Renata Boyle, MS, RHIA
Director, Health Information Management
Halvorsen Valley Medical Center
555-0140

---------- Forwarded message ---------
From: Marisol Quintero <mquintero@hvmc.org>
Date: Thu, Jul 11, 2024 at 10:07 AM
Subject: Subpoena - Feeney v. Castlegate Properties
To: Renata Boyle <rboyle@hvmc.org>

Renata - finished pulling everything for the Feeney subpoena. There's just the one ED visit, 6/14. He came in after the fall on the stairs, got xrays of the right wrist and forearm, they put him in a sugar tong splint and gave him a ortho follow-up. He went to the ortho clinic 6/21 and had the cast put on, then a recheck xray 7/3. No imaging CDs requested so I only did paper. Certification of records signed and notarized.

Total 31 pages, invoice per state fee schedule $24.30.

Marisol
""")

add('phi', 'care', 'Holloway',
    'Keith Ambrose <kambrose@hvmc.org>',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'RAC sample #14 - need your eyes',
    """Devon,

One of the RAC records (Meridian ADR batch 6, line 14) - Beatrice Holloway, 3 day stay in May. They're going after the DRG, saying the secondary dx isn't supported.

What I see in the record: she was on tele the whole time, had two runs of afib with RVR on day 1, cardiology started a diltiazem drip and switched her to oral metoprolol on day 2, and echo showed EF 35%. Lasix IV x2 doses. To me it reads supported but I'd like a coder to look before we write the rebuttal. Due to Meridian by the 28th.

Keith
""",
    html="""<div dir="ltr"><p>Devon,</p>
<p>One of the RAC records (Meridian ADR batch 6, line 14) - <b>Beatrice Holloway</b>, 3 day stay in May. They're going after the DRG, saying the secondary dx isn't supported.</p>
<p>What I see in the record: she was on tele the whole time, had two runs of afib with RVR on day 1, cardiology started a diltiazem drip and switched her to oral metoprolol on day 2, and echo showed EF 35%. Lasix IV x2 doses. To me it reads supported but I'd like a coder to look before we write the rebuttal. Due to Meridian by the 28th.</p>
<p>Keith</p></div>""")

add('phi', 'care', 'Tiwari',
    'Renata Boyle <rboyle@hvmc.org>',
    'Nadia Fairbanks MD <nfairbanks@hvmc.org>',
    'Amendment request - your clinic note 5/8',
    """Dr. Fairbanks,

We received a written request for amendment from Gerald Tiwari regarding your cardiology clinic note of 05/08/2024. He states the note lists him as taking warfarin 5 mg daily, but that he was switched to apixaban at the March visit and has not taken warfarin since. He also disputes the line that he "missed his echocardiogram" - he says it was rescheduled by our office.

Under our policy the author decides whether to amend. Please review and reply by 6/14 whether you accept the amendment (addendum in the chart), or deny it with a brief reason so we can send him the denial letter with his rights to file a statement of disagreement.

Copy of his letter is in the HIM folder, scanned under correspondence.

Thank you,
Renata

Renata Boyle, MS, RHIA | Director, HIM
""")
# =====================================================================
# PHI / names
# =====================================================================
add('phi', 'names', 'Nguyen Thi Lan',
    'HIM Deficiency Analysis <him.deficiency@hvmc.org>',
    'Carolyn Beaumont MD <cbeaumont@hvmc.org>',
    'Nguyen Thi Lan - incomplete record, 14 days',
    """Dr. Beaumont,

This record is still open on your deficiency list:

  - Operative report not dictated (hysterectomy, 5/21)
  - Discharge summary unsigned
  - Verbal order 5/22 0315 needs authentication

The record will be counted delinquent at 30 days. You can complete these in the In Basket under Chart Completion.

HIM Chart Completion Team
x3300
""")

add('phi', 'names', 'Okonkwo-Bello',
    'Marisol Quintero <mquintero@hvmc.org>',
    'Sandra Whitlock <swhitlock@hvmc.org>',
    'missing MRI from packet',
    """hey sandra - okonkwo-bello's MRI report didnt make it into the packet for the disability carrier, just the lumbar xray. Can you re-print from PACS and add it before it goes out? the auth is for Chiamaka's records 1/1 thru 6/30 so the 2/19 MRI is in range.

ty
M""")

add('phi', 'names', 'VAN DER BERG',
    'Gary Lundqvist <glundqvist@hvmc.org>',
    'Registration Supervisors <reg.supervisors@hvmc.org>',
    'possible duplicate - VAN DER BERG, JOHANNES / VANDERBERG, JOHN',
    """All,

Flagged by the nightly duplicate report, scored 94:

  VAN DER BERG, JOHANNES P   MRN 01177342   last visit ED 04/30/2024 (chest pain, troponins neg)
  VANDERBERG, JOHN           MRN 01209815   last visit outpatient lab 05/02/2024

Same DOB, same street address, phone differs by one digit. Looks like ED reg typed the name without the spaces. Before I merge can someone from the ED desk confirm the insurance card on file? The lab order from 5/2 was the follow-up lipid panel his PCP ordered after the ED visit so I'm pretty sure it's one person.

Gary Lundqvist
Data Integrity Analyst, HIM
""")

add('phi', 'names', 'Esperanza',
    'Joy Castillo RN <jcastillo@hvmc.org>',
    'roi@hvmc.org',
    'daughter asking for copies',
    """Hi ROI,

The lady in 412 on ortho, Esperanza, the one who had the hip revision on Tuesday - her daughter is at the desk asking for copies of the xrays and the surgery paperwork to bring to the rehab place. Mom is awake and ok with it. What form do they need to sign and can somebody come up or do they have to go to the 1st floor office?

Joy Castillo RN
4 Ortho
x4412""")

add('phi', 'names', 'Al-Khatib',
    'Marisol Quintero <mquintero@hvmc.org>',
    'Cath Lab Imaging <cathlab.imaging@hvmc.org>',
    'CD request for Mr. Al-Khatib',
    """Hi team,

Mr. Youssef Al-Khatib came to the ROI window today and requested his cardiac cath images from 3/27 on CD, plus the written report. He's seeing a cardiologist in Dearborn for a second opinion about the stent. Can you burn a disc? He'd like to pick it up Friday.

Thanks,
Marisol Quintero
ROI Specialist | HIM | 555-0142
""")

add('phi', 'names', 'Wróblewska',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'Priyanka Shenoy <pshenoy@hvmc.org>',
    'RE: Ms. Wróblewska - query response?',
    """Priyanka - did Dr Haldane ever answer the query on Ms. Wróblewska? I'm holding the account, it's sitting in DNFB at day 6. The pneumonia organism question. Sputum culture came back pseudomonas on the 9th, he switched her to cefepime but never wrote it in the note.

Devon

> On Mon, Jun 10, 2024 at 2:14 PM Priyanka Shenoy <pshenoy@hvmc.org> wrote:
> Sent it this morning, I'll nudge him at rounds tomorrow.
> P
""")

add('phi', 'names', 'Venkataraman',
    'Lauren Whitcomb MD <lwhitcomb@hvmc.org>',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'Venkataraman, Lakshmi',
    """Tomasz,

For tumor board Thursday - can you pull the final path on Venkataraman, Lakshmi from her thyroidectomy? I only see the frozen section in the chart. Also whether her RAI ablation dose got recorded anywhere, she had it at St. Aubrey's.

LW

Lauren Whitcomb, MD
Hematology/Oncology
Sent from my iPhone
""")

add('phi', 'names', 'Petrović',
    'Luz Arredondo <larredondo@hvmc.org>',
    'Gary Lundqvist <glundqvist@hvmc.org>',
    'overlay?? Dragomir Petrović',
    """Gary,

I think we have an overlay. Dragomir Petrović's chart has an ED visit on 5/30 for a laceration repair with 6 stitches to the left hand, but he called today and says he was in Belgrade all of May. Looks like his father (same name, Sr.) was the one seen - the ED registered him to the son's MRN. Dad is also our patient, different DOB.

Can we pull the 5/30 encounter out and move it to the right record? The son also got a bill.

Luz
Patient Access Team Lead
""")
# =====================================================================
# PHI / self
# =====================================================================
add('phi', 'self', 'Galloway',
    'Teresa Galloway <tgalloway79@gmail.com>',
    'roi@hvmc.org',
    'need copy of my records',
    """Hi, my name is Teresa Galloway, DOB 07/22/1979. I had my gallbladder out there in March (Dr Kessler) and was back in the ER a week later with a fever and they did a CT. I need copies of everything from both of those for my short term disability claim, the insurance company says they need the "full operative record".

Can I just get it emailed to me? I can't get to the hospital during the day because of work.

Thanks so much,
Teresa
(570) 555-0119""")

add('phi', 'self', 'Marchetti',
    'Nicole Marchetti <nmarchetti@yahoo.com>',
    'roi@hvmc.org',
    "My son's ER visit - need note for school",
    """Hello,

I'm writing about my son Caleb Marchetti, born 2/9/2015. He was seen in your emergency room on Saturday night after he fell off the monkey bars. They did an xray and said his arm was broken near the elbow and put a splint on, and we have an appointment with orthopedics on Thursday.

His school nurse needs something in writing saying he can't do gym or recess for 6 weeks. Is that something your office sends, or do I have to ask the ortho doctor? Also can I get a copy of the xray report for our records.

Thank you,
Nicole Marchetti (mom)
""")

add('phi', 'self', 'Szymanski',
    'Robert Szymanski <rob.szymanski@outlook.com>',
    'billing@hvmc.org',
    'RE: Statement - why was my MRI denied',
    """I got a bill for $2,140 for the MRI of my left knee from January 4. My insurance says it was denied because "no prior authorization". Dr Patel's office told me they got the auth. I have the auth number from them: KM-5520917.

I also had the physical therapy after the scope in Feb and those were all paid so I don't understand why this one wasn't.

Please resubmit with the auth number. I'm not paying this.

Rob

-----Original Message-----
From: HVMC Patient Financial Services <billing@hvmc.org>
Sent: Tuesday, May 14, 2024 9:00 AM
To: rob.szymanski@outlook.com
Subject: Statement

Your statement is ready. Log in to the patient portal to view and pay.
""")

add('phi', 'self', 'Ogunleye-Hart',
    'Denise Ogunleye-Hart <denise.oh@gmail.com>',
    'privacy@hvmc.org',
    'Error in my chart - please correct',
    """To whom it may concern,

I am requesting a correction to my medical record. When I had my colonoscopy on April 18th the nurse's intake form says I am a current smoker, 1 pack a day. I quit smoking in 2013 and I told the nurse that. Now my life insurance application is being held up because of it.

I would also like it noted that I did NOT have sedation complications - the note says "patient agitated on emergence", I was just cold.

My date of birth is 11/03/1971 if you need it to find me.

Thank you,
Denise

Denise Ogunleye-Hart
""")

add('phi', 'self', 'Brzezinski',
    'Karen Brzezinski-Holt <kbholt@comcast.net>',
    'roi@hvmc.org',
    "Dad's hospital records - I'm his POA",
    """Good morning,

My father Walter Brzezinski was admitted last week (May 28) for pneumonia and is now at Maple Crest for rehab. He has dementia and can't sign anything. I am his healthcare power of attorney and I have the document, I can scan it.

The rehab doctor wants the discharge summary and his medication list, they said the one that came over with him is missing his new inhaler and the antibiotic stop date. Also I want the chest x-ray reports for my own files.

What do you need from me? I can fax the POA.

Karen Brzezinski-Holt
(570) 555-0188
""")

add('phi', 'self', 'Wardlaw',
    'Keisha Wardlaw <keishawardlaw86@gmail.com>',
    'portalhelp@hvmc.org',
    'someone elses visit in my portal??',
    """hi so i logged into mychart today and it says i had a mammogram on 5/3 and a biopsy scheduled. I never had a mammogram at your hospital!! i was at work that day. is this someone elses stuff in my chart? and is my stuff in theirs?? my name is Keisha Wardlaw dob 1986-11-30. the only thing i had there was my prenatal visits and the ultrasound in march.

please call me 555-0134 this is really upsetting

Keisha""")

add('phi', 'self', 'Benavides',
    'Arturo Benavides <abenavides.home@gmail.com>',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'Re: Follow-up letter from the Cancer Registry',
    """Mr. Wierzbicki,

I got your letter asking for an update. Yes I am still alive, ha. I finished the radiation in August at the Lakeshore center, 39 treatments. My PSA last month was 0.2 and Dr Whitcomb says that's good. I'm still on the hormone shots every 3 months.

I moved so please update my address, I'm at 27 Tamarack Lane, Clarks Summit now.

Arturo

> Dear Mr. Benavides,
> The Halvorsen Valley Medical Center Cancer Registry follows patients
> annually. Please let us know of any changes in your health or contact
> information by returning the enclosed card.
""")
# =====================================================================
# PHI / ids
# =====================================================================
add('phi', 'ids', '',
    'Sheila Dorsey <sdorsey@hvmc.org>',
    'Pathology Office <path.office@hvmc.org>',
    'path rpt',
    """pt dob 3.4.88, MRN 00482913 - colonoscopy 6/3 w/ 2 polyps removed, GI says path never crossed to the chart. can u resend the interface msg? she's coming in Thurs for results

sheila
GI scheduling x2290""")

add('phi', 'ids', 'Kaczmarek',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'pfs.followup@hvmc.org',
    'Acct 7700231845 rebill',
    """PFS,

Corrected claim needed on acct 7700231845 (KACZMAREK, ELAINE, dob 19880304), DOS 20240611-20240616.
Recoded after the CDI query came back - sepsis now POA, DRG moves 872 -> 871. Principal dx changed, add'l PCS code for the central line placement on 6/12.
Also the blood culture charge was dropped off the original 837, please verify.

Freq code 7, original ICN 2224163998120.

Devon Achterberg, CCS
Coding Lead, HIM
""")

add('phi', 'ids', 'Reilly-Ortega',
    'Martin Ecclestone <mecclestone@ecclestonelaw.com>',
    'roi@hvmc.org',
    'Records request - our client born 4 Mar 1988',
    """Dear Sir or Madam,

This office represents Ms. Shauna Reilly-Ortega (born 4 Mar 1988, SSN xxx-xx-4471) in connection with injuries sustained in a motor vehicle collision on 22 January 2024. Please find enclosed a HIPAA-compliant authorization signed by our client.

We request complete copies of all records relating to her emergency department visit of 22 January 2024, including triage notes, physician notes, CT scans of the head and cervical spine and any reports, and the follow-up visit to your concussion clinic on 6 February 2024, together with itemized billing.

Kindly direct invoices to the undersigned.

Yours faithfully,

Martin Ecclestone, Esq.
Ecclestone & Vail, Attorneys at Law
210 Wyoming Avenue, Suite 400, Scranton PA 18503
Tel 570-555-0101
""")

add('phi', 'ids', '',
    'Utilization Review <ur@hvmc.org>',
    'priorauth@kmhp.com',
    'Auth request - Member ID XJH882910044',
    """Member ID: XJH882910044
Group: 40021
DOB 11/02/1961
Requesting: CT abdomen/pelvis w/ contrast (74177), outpatient
Ordering: Dr. S. Kessler, NPI on file
Clinical: 3 weeks RLQ pain, wt loss 12 lb, CEA elevated on 5/20 labs, hx colon resection 2019
Scheduled 6/10 0730

Please fax determination to 555-0178.
UR Dept / HVMC""")

add('phi', 'ids', 'Hollister',
    'Histology Lab <histology@hvmc.org>',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'RE: S24-11873',
    """Tomasz,

S24-11873 (Hollister) - yes the recuts were done, the ER/PR and HER2 addendum signed out yesterday 1720. ER 95%, PR 60%, HER2 1+. Block A3 was sent to Caris per oncology for the genomic test, accession there is CR-2024-558102.

Pt called the lab directly asking about results at 570-555-0156, we told her to call her doctor.

- Bev
Histology supervisor
""")

add('phi', 'ids', 'Fenstermacher',
    'Marisol Quintero <mquintero@hvmc.org>',
    'Sandra Whitlock <swhitlock@hvmc.org>',
    'address for mailing - Fenstermacher release',
    """Sandra,

Use this address for the Fenstermacher release (not the one in the system, she moved):

Ruth Fenstermacher
418 Larkspur Ct, Apt 2
Dunmore, PA 18512
cell 570-555-0172

It's the whole hospitalization from February - the stroke admission plus the inpatient rehab stay. She asked for the speech therapy notes specifically. Patient pays, first 20 pages free under our policy then the rate.

M.
""")

add('phi', 'ids', '',
    'Alana Fitzgerald-Moore <afitzmoore@hvmc.org>',
    'Emergency Dept Nurse Manager <ed.nm@hvmc.org>',
    'RE: 2291847 - missing arrival time',
    """Hi Jen,

on 2291847 (dob 12-17-1954) the ED note has no arrival time documented, only the triage time, and EMS run sheet isnt scanned in. this was the fall down the stairs with the hip fx + head CT. registry needs EMS scene time and arrival to calc the transport interval. can you ask the charge RN from that night?

thanks
Alana, Trauma Registry

-----Original Message-----
From: ED Nurse Manager
Sent: Wednesday, July 3, 2024 8:11 AM
Subject: RE: 2291847 - missing arrival time

which chart? I need the number again, sorry
""")

add('phi', 'ids', 'Grabowski',
    'Medicare Secondary Payer Desk <msp@hvmc.org>',
    'Keith Ambrose <kambrose@hvmc.org>',
    'MBI mismatch - claim rejecting',
    """Keith, the crossover keeps rejecting on this one. Registration has MBI 4TN7-QH2-WX58 but the eligibility response came back with 4TN7-QH2-WX85 (two digits flipped). Patient is Stanley Grabowski, inpt 4/9-4/12 for the knee replacement. Can you fix in the account or do I send back to patient access?

claim # 24100-775132""")
# =====================================================================
# PHI / lists
# =====================================================================
add('phi', 'lists', 'Abernathy',
    'Marisol Quintero <mquintero@hvmc.org>',
    'ROI Team <roi.team@hvmc.org>',
    'ROI queue - overdue as of Monday',
    """Team - these are past 20 days, please prioritize today:

Req#\tPatient\tDOB\tRequester\tType\tRecv'd
R-40917\tAbernathy, Clyde\t08/14/1950\tSocial Security Admin\tdisability - all cardiology\t05/09
R-40933\tMbeki, Thandiwe\t01/30/1992\tpatient\tprenatal + L&D\t05/10
R-40951\tO'Rourke, Fiona\t10/05/1966\tHartwell Life Ins\tAPS, oncology\t05/13
R-40966\tDuong, Minh\t03/22/2001\tattorney (Ecclestone)\tED 02/2024\t05/14
R-40988\tSchaefer, Lorraine\t07/07/1944\tdaughter (POA)\tadmission 4/30-5/6\t05/15

Fiona's needs the physician to complete the APS form too, I already sent it to Dr Whitcomb.

Thx, M
""")

add('phi', 'lists', 'Pruitt',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'Coding Team <coding.team@hvmc.org>; CDI Team <cdi.team@hvmc.org>',
    'DNFB > 5 days - pending queries',
    """Morning all. DNFB is at $4.2M, these are the big ones held for queries:

| Account    | Patient              | Disch | Days | Holding for                         | Owner    |
|------------|----------------------|-------|------|-------------------------------------|----------|
| 7700229910 | PRUITT, DARNELL      | 06/02 | 8    | malnutrition severity (dietitian)   | Priyanka |
| 7700230144 | HAUGEN, INGRID M     | 06/03 | 7    | resp failure acute vs chronic       | Maria    |
| 7700230562 | ZAMORA-LIU, BEATRIZ  | 06/04 | 6    | op note - ORIF L ankle not dictated | Devon    |
| 7700230871 | ADEYEMI, OLUWASEUN   | 06/04 | 6    | encephalopathy type                 | Priyanka |
| 7700231002 | ST. CLAIR, MAUREEN   | 06/05 | 5    | POA status of pressure injury       | Maria    |

If the doc hasn't answered by noon escalate to the physician advisor.

Devon
""")

add('phi', 'lists', 'Castellanos',
    'Alana Fitzgerald-Moore <afitzmoore@hvmc.org>',
    'Trauma Program <trauma.program@hvmc.org>',
    'registry - open items for PI meeting',
    """Open data items for the quarter, fixed width from the registry report. Please look at your rows before Thursday.

TRAUMA#   NAME                    ARRIVED     MECH         MISSING
--------  ----------------------  ----------  -----------  ------------------------------
24-0412   CASTELLANOS, RAMON      04/06/2024  MVC driver   GCS at 1st assessment
24-0419   HUYNH, KIM LY           04/09/2024  fall >1m     OR time, ortho op note
24-0433   BRANDT, ELIAS J         04/13/2024  GSW abd      blood products given in ED
24-0447   OKAFOR, CHIDI           04/17/2024  pedestrian   EMS run sheet
24-0450   MACLEOD, ISLA           04/18/2024  fall (stairs) anticoag reversal time
24-0466   ROSENTHAL, ABRAHAM      04/22/2024  MVC pass     ICU LOS (still admitted)

Alana Fitzgerald-Moore, CSTR
Trauma Registrar
""")

add('phi', 'lists', 'Jovanovic',
    'Priyanka Shenoy <pshenoy@hvmc.org>',
    'Dr. Physician Advisor <pa.office@hvmc.org>',
    'CDI huddle 6/12 - 3rd floor',
    """Huddle notes from this morning, 3 Med/Surg:

* 301 - Jovanovic, Milan - wound vac changed, albumin 2.1, dietitian says severe malnutrition, no MD documentation yet -> query sent
* 306 - Mrs. Feldman (Ruth) - back from IR after the drain, cx pending; team calling it "sepsis?" in notes, needs clarifying
* 311 - Tran, Bao - got 2u blood overnight, hgb 6.9, no anemia type in note
* 314 - "Uncle Joe" Whitaker, the frequent flyer - dialysis missed x2, K 6.4, treated w/ insulin/D50 in ED - ok documented
* 318 - Kowalczyk, Agnieszka - new A-fib, heparin gtt, cards following, fine

Priority queries = 301 and 311. I'll round with Dr. Haldane at 1.

P.
""")

add('phi', 'lists', 'Harrington',
    'Gary Lundqvist <glundqvist@hvmc.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'Duplicate MRN merge candidates - May',
    """Renata,

Attached is the May list of potential duplicates for sign-off. 6 pairs. Row 4 (Mejía) is the one where both records have clinical data - one has the 5/11 ED visit and one has the outpatient echo - so I want you to look at that before I merge. The rest are registration-only dupes with no encounters on the newer MRN.

Gary
""",
    atts=[('merge_candidates_2024-05.csv', csvtext([
        ['pair', 'surviving_mrn', 'surviving_name', 'dup_mrn', 'dup_name', 'dob', 'score', 'clinical_on_dup', 'notes'],
        ['1', '01088421', 'HARRINGTON, DOLORES A', '01211093', 'HARRINGTON, DELORES', '09/12/1939', '97', 'N', 'spelling'],
        ['2', '01102267', 'NWOSU, EMEKA', '01210874', 'NWOSU, EMEKA C', '05/01/1977', '99', 'N', ''],
        ['3', '00987310', 'LEBLANC, JEAN-PAUL', '01211456', 'LE BLANC, JEAN PAUL', '12/24/1958', '95', 'N', 'space in surname'],
        ['4', '01034477', 'MEJÍA, ROSARIO', '01208812', 'MEJIA RODRIGUEZ, ROSARIO', '03/17/1983', '91', 'Y', 'ED 05/11 on dup; echo 05/20 on surviving'],
        ['5', '01150093', 'CHAUDHRY, FARAH', '01211702', 'CHOUDHRY, FARAH', '07/29/1995', '93', 'N', ''],
        ['6', '01177342', 'VAN DER BERG, JOHANNES P', '01209815', 'VANDERBERG, JOHN', '02/11/1962', '94', 'Y', 'lipid panel 05/02 on dup'],
    ]), 'text/csv')])

add('phi', 'lists', 'Whitfield',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'Lauren Whitcomb MD <lwhitcomb@hvmc.org>',
    'casefinding - need your confirmation on 4 cases',
    """Dr. Whitcomb,

Spreadsheet attached from this month's casefinding (path + dx index). The 4 highlighted in the "question" column - can you tell me if these are new primaries or recurrence? The state wants them by the 15th.

Thanks,
Tomasz
""",
    atts=[('casefinding_jun2024.xlsx', xlsx([
        ['MRN', 'Patient', 'DOB', 'Dx date', 'Site', 'Histology', 'Source', 'Question'],
        ['00771203', 'Whitfield, Gordon', '1949-02-08', '2024-05-02', 'Lung, RUL', 'Adenocarcinoma', 'path S24-10221', 'new primary vs mets from 2019 colon?'],
        ['01002288', 'Ishikawa, Naomi', '1975-10-19', '2024-05-06', 'Breast, L', 'IDC grade 2', 'path S24-10498', ''],
        ['00893311', 'Bouchard, Réjean', '1952-06-30', '2024-05-09', 'Prostate', 'Acinar adenoca GS 4+3', 'path S24-10655', ''],
        ['01120457', 'Gonzalez, Marisela', '1968-01-14', '2024-05-13', 'Ovary', 'HG serous', 'dx index C56.9', 'recurrence? prior 2021'],
        ['00455190', 'Lindgren, Axel', '1940-11-02', '2024-05-20', 'Bladder', 'Urothelial, non-inv', 'path S24-11002', 'new primary? hx 2018 same site'],
        ['01188620', 'Abubakar, Hauwa', '1987-08-25', '2024-05-28', 'Thyroid', 'Papillary', 'path S24-11310', ''],
        ['00712045', 'Pacheco, Lourdes', '1959-03-03', '2024-05-30', 'Colon, sigmoid', 'Adenoca', 'path S24-11409', 'recurrence?'],
    ], 'June'), XLSX)])

add('phi', 'lists', 'Sorensen',
    'Keith Ambrose <kambrose@hvmc.org>',
    'Meridian Review Services <adr.submissions@meridianreview.com>',
    'ADR response - batch 7 - HVMC - password to follow separately',
    """Hello,

Attached is the index for ADR batch 7 (12 claims). Full records are being uploaded to your portal; the attached zip has the claim index so your intake team can match them. Password will be sent in a separate email.

Keith Ambrose
Denials & Audit Coordinator, HVMC
555-0148
""" + DISCLAIMER,
    atts=[('HVMC_ADR_batch7_index.zip', zipbytes([('HVMC_ADR_batch7_index.csv', csvtext([
        ['ADR_line', 'claim_number', 'beneficiary_name', 'MBI', 'DOS_from', 'DOS_to', 'DRG', 'pages'],
        ['1', '24100-660113', 'SORENSEN, HAROLD', '2RK5-WD1-PC44', '2024-01-08', '2024-01-11', '291', '88'],
        ['2', '24100-660458', 'DIALLO, AMINATA', '7MF2-XC8-TN19', '2024-01-12', '2024-01-14', '690', '41'],
        ['3', '24100-661020', 'PAPADOPOULOS, ELENI', '5JD9-GA3-RE72', '2024-01-15', '2024-01-20', '871', '133'],
        ['4', '24100-661877', 'WOJCIK, STANISLAW', '3HP1-UV6-KM03', '2024-01-22', '2024-01-24', '194', '57'],
        ['5', '24100-662309', 'BEAUCHAMP, YVETTE', '9AQ4-EN2-LD61', '2024-01-23', '2024-01-26', '470', '102'],
        ['6', '24100-662991', 'NAKAMURA, HIROSHI', '6TC8-PB5-WJ27', '2024-01-29', '2024-02-01', '193', '76'],
    ]))]), 'application/zip')])
# =====================================================================
# PHI / struct
# =====================================================================
add('phi', 'struct', 'KOWALSKI',
    'Interface Team <interfaces@hvmc.org>',
    'Gary Lundqvist <glundqvist@hvmc.org>',
    'A40 failed in downstream lab system',
    r"""Gary, the merge you did yesterday afternoon errored in the lab system (LIS rejected, prior patient ID not found). Here's the message as it went out, can you confirm which MRN was supposed to survive? We'll resend once you confirm.

MSH|^~\&|EPIC|HVMC|SUNQUEST|HVMCLAB|20240612154211||ADT^A40^ADT_A39|884120931|P|2.5.1
EVN|A40|20240612154211|||GLUNDQVIST^Lundqvist^Gary
PID|1||01102988^^^HVMC^MR||KOWALSKI^BRONISLAWA^T||19410805|F|||77 Birch Hollow Rd^^Moscow^PA^18444||(570)555-0193
MRG|01211350^^^HVMC^MR||||||KOWALSKI^BRONISLAVA
PV1|1|I|4W^407^A||||1988776655^Haldane^Peter|||MED

thanks
Raj - Integration Services""")

add('phi', 'struct', 'Achebe',
    'Pathology Informatics <path.informatics@hvmc.org>',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'ORU for the registry feed test',
    """Tomasz - attached is one of the actual ORUs from yesterday that didn't make it into the registry casefinding queue (the filter didn't match because the dx was in an NTE instead of OBX). Can you confirm this is one you'd want flagged?

- Kelvin""",
    atts=[('ORU_S24-11521.hl7.txt', r"""MSH|^~\&|COPATH|HVMC|CANCERREG|HVMC|20240613091502||ORU^R01|CP2024061300881|P|2.5.1
PID|1||00934117^^^HVMC^MR||ACHEBE^NGOZI^A||19630519|F|||1410 Pittston Ave^^Scranton^PA^18505||570-555-0127
PV1|1|O|SURG^^^HVMC||||4410028877^Kessler^Sarah
ORC|RE|ORD558812|S24-11521
OBR|1|ORD558812|S24-11521|88305^Surgical pathology^CPT|||20240610|||||||20240610||4410028877^Kessler^Sarah||||||20240612170400|||F
OBX|1|TX|22634-0^Path report.gross^LN||Received in formalin labeled Achebe, Ngozi - left breast, core biopsy x3.||||||F
OBX|2|TX|22637-3^Path report.final diagnosis^LN||LEFT BREAST, 2:00, CORE BIOPSY:||||||F
NTE|1||INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2. DCIS PRESENT. ER/PR/HER2 TO FOLLOW.
""", 'text/plain')])

add('phi', 'struct', 'MORALES',
    'Keith Ambrose <kambrose@hvmc.org>',
    'EDI Support <edi.support@clearpathclearinghouse.com>',
    'RE: Ticket 118204 - 837I rejecting at payer - segment pasted',
    """Hi, per your ask here is the claim as we built it. Payer says invalid subscriber DOB but it matches the card. Rejection code A7:562.

ISA*00*          *00*          *ZZ*HVMC0042       *ZZ*CLEARPATH      *240605*1422*^*00501*000004417*0*P*:~
GS*HC*HVMC0042*CLEARPATH*20240605*1422*4417*X*005010X223A2~
ST*837*0001*005010X223A2~
NM1*IL*1*MORALES*ANTONIO*R***MI*KMH4410098231~
N3*55 RIVERVIEW TERRACE~
N4*OLD FORGE*PA*18518~
DMG*D8*19570214*M~
CLM*7700228113*18422.50***11:A:1**A*Y*Y~
DTP*434*RD8*20240520-20240523~
HI*ABK:J441*ABF:I5033*ABF:E1122~
HI*BBR:0BH17EZ*D8*20240520~
SV2*0250*HC:J1885*112.00*UN*4~

Keith Ambrose, Denials & Audit, HVMC

> From: EDI Support
> Please paste the loop 2010BA and 2300 from the claim so we can compare.
""")

add('phi', 'struct', 'OSEI',
    'Cash Posting <cashposting@hvmc.org>',
    'Keith Ambrose <kambrose@hvmc.org>',
    'weird 835 - paid zero, CO-50',
    """Keith - this came back on the 835 today. Zero pay, CO-50 (not medically necessary) on the sleep study. Do you want to send for appeal or write off? Raw below.

CLP*7700226650*4*3850*0*0*12*KM24155908812*13*1~
NM1*QC*1*OSEI*KWABENA*A***MI*KMH3310054477~
NM1*82*2*HALVORSEN VALLEY MEDICAL CENTER*****XX*1457338821~
DTM*232*20240412~
DTM*233*20240412~
SVC*HC:95810*3850*0**1~
DTM*472*20240412~
CAS*CO*50*3850~
AMT*B6*0~
LQ*HE*N115~

Tina
cash posting""")

add('phi', 'struct', 'PHAM',
    'Patient Access <patientaccess@hvmc.org>',
    'Luz Arredondo <larredondo@hvmc.org>',
    '271 says inactive but pt has card',
    """Luz, pt at the window for her MRI says coverage is active, card looks fine. Here's the 270 we sent and the 271 back:

270:
NM1*IL*1*PHAM*THI HONG****MI*KMH9920013377~
DMG*D8*19790912*F~
DTP*291*D8*20240614~
EQ*30~

271:
NM1*IL*1*PHAM*THI HONG****MI*KMH9920013377~
N3*902 N WASHINGTON AVE APT 3~
N4*SCRANTON*PA*18509~
DMG*D8*19790912*F~
EB*6**30~
DTP*346*D8*20240531~
MSG*COVERAGE TERMINATED - SEE NEW MEMBER ID~

so it says termed 5/31. She says she switched to the exchange plan June 1. Should I reschedule the MRI or register self pay?

- Ana""")

add('phi', 'struct', 'Castaño',
    'Integration Services <integration@hvmc.org>',
    'dev@brightpathhealthapps.com',
    'FHIR bundle that broke your parser',
    """Hi BrightPath team,

This is the Patient/Condition bundle your app choked on when the patient downloaded through the patient-access API (she opened a ticket with us). Looks like the accented surname. Attached as JSON - please treat as confidential, this is a real patient record and she consented to us sharing for troubleshooting.

Raj Menon
Integration Services, HVMC
""",
    atts=[('bundle_ticket_55120.json', """{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "e7d1c0a2-4419",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "01165230"}],
        "name": [{"family": "Castaño", "given": ["Marisol", "Inés"]}],
        "gender": "female",
        "birthDate": "1990-07-04",
        "telecom": [{"system": "phone", "value": "570-555-0149"}],
        "address": [{"line": ["33 Keyser Ave"], "city": "Scranton", "state": "PA", "postalCode": "18504"}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "id": "cond-88102",
        "subject": {"reference": "Patient/e7d1c0a2-4419"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "O24.410", "display": "Gestational diabetes mellitus in pregnancy, diet controlled"}]},
        "onsetDateTime": "2024-03-18"
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "medrx-4410",
        "status": "active",
        "subject": {"reference": "Patient/e7d1c0a2-4419"},
        "medicationCodeableConcept": {"text": "Glucose test strips, lancets"},
        "authoredOn": "2024-03-19"
      }
    }
  ]
}
""", 'application/json')])

add('phi', 'struct', 'Fairweather',
    'Sandra Whitlock <swhitlock@hvmc.org>',
    'Interface Team <interfaces@hvmc.org>',
    'CCD going out with wrong PCP?',
    """Hi - Maple Crest said the transition CCD we sent for this patient lists the wrong PCP and no discharge meds. I copied the top of the XML out of the HIE viewer:

<recordTarget>
  <patientRole>
    <id extension="01099871" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP"><streetAddressLine>16 Orchard St</streetAddressLine><city>Taylor</city><state>PA</state><postalCode>18517</postalCode></addr>
    <telecom value="tel:+1-570-555-0116" use="HP"/>
    <patient>
      <name><given>Eugene</given><family>Fairweather</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19380227"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section><title>Hospital Discharge Medications</title><text>No information</text></section>

He was discharged on 6/7 on apixaban and a new dose of furosemide so that section should definitely not be empty.

Sandra
HIM - Transitions of Care
""")
# =====================================================================
# PHI / lang
# =====================================================================
add('phi', 'lang', 'Salgado',
    'Maria Elena Salgado <mesalgado71@hotmail.com>',
    'roi@hvmc.org',
    'Solicitud de copia de mi expediente',
    """Buenas tardes,

Me llamo María Elena Salgado Ruiz, fecha de nacimiento 15/08/1971. Me operaron de la rodilla derecha en su hospital el 9 de abril (reemplazo total) y estuve internada 3 días. Necesito una copia de mi expediente completo, incluyendo el reporte de la operación y las radiografías, porque voy a continuar la terapia física en México con mi hermana.

¿Me lo pueden mandar por correo electrónico? No hablo bien inglés, por favor contestar en español si es posible.

Muchas gracias,
María Elena
Tel. 570-555-0163
""", cte='quoted-printable')

add('phi', 'lang', 'Figueiredo',
    'Luciana Figueiredo <lu.figueiredo@gmail.com>',
    'roi@hvmc.org',
    'Prontuário da minha mãe',
    """Olá,

Minha mãe, Dona Aparecida Figueiredo, esteve internada no hospital de 2 a 10 de maio por causa de uma infecção urinária que virou sepse. Ela ficou dois dias na UTI e recebeu antibiótico na veia. Agora ela está em casa comigo.

O médico da família aqui pediu o resumo de alta e os exames de sangue. Eu tenho procuração dela. Como faço para pedir? Preciso preencher algum formulário?

Data de nascimento dela: 21/01/1940.

Obrigada,
Luciana (filha)
""", cte='base64')

add('phi', 'lang', 'Đặng',
    'Đặng Thị Thu <thudang.scranton@gmail.com>',
    'Patient Relations <patientrelations@hvmc.org>',
    'Xin hồ sơ bệnh án',
    """Kính gửi bệnh viện,

Tôi tên là Đặng Thị Thu, sinh ngày 12/05/1968. Tôi đã nằm viện từ ngày 20 đến 24 tháng 6 vì đau ngực, bác sĩ đã làm thông tim và đặt một stent. Bây giờ tôi cần bản sao hồ sơ bệnh án và kết quả xét nghiệm để gửi cho bác sĩ tim mạch mới ở Philadelphia.

Xin vui lòng gửi cho tôi theo địa chỉ email này. Con gái tôi có thể giúp dịch nếu cần, số điện thoại của cháu là 570-555-0181.

Cảm ơn,
Thu
""", cte='8bit')

add('phi', 'lang', 'Jean-Baptiste',
    'Interpreter Services <interpreters@hvmc.org>',
    'roi@hvmc.org',
    'FW: mesaj manman an - Kreyòl',
    """ROI - mother left this voicemail-turned-email through the Kreyòl line, translation underneath. She's asking for her son's ED records.

---
Bonjou, mwen se Manmi Widelene Jean-Baptiste. Pitit gason m, Jameson Jean-Baptiste, 9 an, te vin nan ijans nou an dimanch swa paske li t ap fè yon kriz opresyon, li pa t ka respire. Yo te ba li nebilizasyon twa fwa ak yon piki estewoyid epi yo voye l lakay. Lekòl la mande yon papye pou di li te malad. Mwen bezwen kopi papye lopital la tou pou doktè li. Mèsi anpil.
---

Translation: Hello, I am Widelene Jean-Baptiste. My son Jameson Jean-Baptiste, 9, came to your ER Sunday night because he was having an asthma attack and couldn't breathe. They gave him three nebulizer treatments and a steroid shot and sent him home. The school wants a paper saying he was sick. I also need a copy of the hospital papers for his doctor. Thank you.

Fabienne Moïse, Haitian Creole Interpreter
Interpreter Services, HVMC
""")

add('phi', 'lang', 'Smirnova',
    'Galina Smirnova <g.smirnova1955@mail.com>',
    'roi@hvmc.org',
    'Запрос медицинских документов',
    """Здравствуйте,

Меня зовут Галина Петровна Смирнова, дата рождения 03.11.1955. В марте я лежала у вас в больнице после инсульта, 7 дней, потом была реабилитация. Мне делали МРТ головы и УЗИ сонных артерий. Сейчас я переезжаю к дочери в Нью-Джерси, и новому неврологу нужны все мои документы и выписка.

Пожалуйста, подскажите, как получить копии. Можно ли отправить их прямо врачу по факсу?

С уважением,
Галина Смирнова
тел. 570-555-0138
""", cte='base64')

add('phi', 'lang', 'Haddad',
    'Samir Haddad <samir.haddad.pa@gmail.com>',
    'roi@hvmc.org',
    'طلب نسخة من الملف الطبي لوالدي',
    """السلام عليكم،

أنا سمير حداد، أكتب بخصوص والدي السيد نبيل حداد، تاريخ الميلاد 1946/02/14. تم إدخاله إلى المستشفى في 3 يونيو بسبب فشل القلب، وأعطوه مدرات البول في الوريد وأجروا له تخطيط صدى القلب. خرج يوم 8 يونيو.

نحتاج نسخة من ملخص الخروج وقائمة الأدوية لطبيبه في العيادة. أنا وكيله القانوني ولدي التوكيل.

شكراً جزيلاً،
سمير
Samir Haddad (son of Nabil Haddad) - 570-555-0107
""")

add('phi', 'lang', 'Zhao',
    'Zhao Min <zhaomin.family@163.com>',
    'roi@hvmc.org',
    '申请复印病历 - 赵建国',
    """您好，

我是赵敏，我父亲赵建国（出生日期：1950年9月3日）今年4月在贵院住院，做了胆囊切除手术，术后发烧又住了两天，用了抗生素。现在他回中国了，国内的医生需要他的出院小结、手术记录和化验结果。

请问可以发电子版给我吗？我有父亲签字的授权书，可以扫描发给您。

谢谢！
赵敏
电话：570-555-0152
""")
# =====================================================================
# CLEAN / admin
# =====================================================================
add('clean', 'admin', '',
    'Renata Boyle <rboyle@hvmc.org>',
    'HIM All Staff <him.all@hvmc.org>',
    'July 4th weekend coverage',
    """Hi all,

Holiday coverage is set. Thank you to everyone who volunteered.

  Thu 7/4   ROI window closed, on-call: Marisol Quintero  555-0142 / cell 570-555-0190
  Fri 7/5   Coding: Devon A. (remote), CDI: Maria Ocampo
  Sat 7/6   Scanning/indexing: Sandra Whitlock 0700-1530
  Sun 7/7   Scanning/indexing: Luis Ferreira 0700-1530

Reminder that the loose-sheet backlog needs to be under 48 hours by Monday morning for the Joint Commission tracer prep. If you swap a shift please update the Kronos schedule and cc me.

Have a safe holiday!
Renata

Renata Boyle, MS, RHIA
Director, Health Information Management
Halvorsen Valley Medical Center | 555-0140
""" + "\n" + DISCLAIMER)

add('clean', 'admin', '',
    'HVMC IT Service Desk <servicedesk@hvmc.org>',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'INC0048812 updated - 3M encoder not launching from coding workqueue',
    """Ticket INC0048812 has been updated.

Short description: Encoder not launching from coding workqueue (Hyperspace 2023)
Priority: 3 - Moderate
Assigned to: Clinical Apps - Revenue Cycle (Brian Takahashi)

Work notes:
  06/11 09:42  Reproduced on HIM-CODE-14 and HIM-CODE-22. Citrix session drops the encoder handshake after the May service pack. Vendor case 02291877 opened.
  06/11 14:05  Workaround: launch encoder standalone from Start menu, paste account number manually. Sent to coding team.
  06/12 08:10  Vendor patch scheduled for Thurs 6/13 02:00-04:00 downtime window.

Reply to this email to add a comment. Do not change the subject line.

HVMC IT Service Desk | x4357 | servicedesk@hvmc.org
""")

add('clean', 'admin', '',
    'Accounts Receivable <ar@healthcopysolutions.com>',
    'HIM Accounts Payable <him.ap@hvmc.org>',
    'Invoice HCS-2024-05-1187 - ROI services May 2024',
    """Dear Halvorsen Valley Medical Center,

Please find below the summary for invoice HCS-2024-05-1187.

  Service period:         05/01/2024 - 05/31/2024
  Requests processed:     412
    Patient requests:     131 (no charge to facility)
    Attorney/insurance:   218
    Continuity of care:   63 (no charge)
  Onsite staff hours:     336.0 @ $31.50
  Pages scanned:          18,944
  Amount due:             $10,584.00
  Terms:                  Net 30 - due 07/05/2024

Remit to: Health Copy Solutions, PO Box 7720, Harrisburg PA 17106. ACH details on file.

Questions? Call AR at 717-555-0166 or reply to this email.

Health Copy Solutions
""",
    html="""<html><body><p>Dear Halvorsen Valley Medical Center,</p>
<p>Please find below the summary for invoice <b>HCS-2024-05-1187</b>.</p>
<table border="1" cellpadding="3">
<tr><td>Service period</td><td>05/01/2024 - 05/31/2024</td></tr>
<tr><td>Requests processed</td><td>412</td></tr>
<tr><td>&nbsp;&nbsp;Patient requests</td><td>131 (no charge to facility)</td></tr>
<tr><td>&nbsp;&nbsp;Attorney/insurance</td><td>218</td></tr>
<tr><td>&nbsp;&nbsp;Continuity of care</td><td>63 (no charge)</td></tr>
<tr><td>Onsite staff hours</td><td>336.0 @ $31.50</td></tr>
<tr><td>Pages scanned</td><td>18,944</td></tr>
<tr><td><b>Amount due</b></td><td><b>$10,584.00</b></td></tr>
<tr><td>Terms</td><td>Net 30 - due 07/05/2024</td></tr>
</table>
<p>Remit to: Health Copy Solutions, PO Box 7720, Harrisburg PA 17106. ACH details on file.</p>
<p>Questions? Call AR at 717-555-0166 or reply to this email.</p>
<p>Health Copy Solutions</p></body></html>""")

add('clean', 'admin', '',
    'Talent Acquisition <careers@hvmc.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'New hire start - Coding Specialist II (Req 24-1193)',
    """Hi Renata,

Your new Coding Specialist II, Ifeoma Nwachukwu, CCS, has cleared the background check and drug screen. Details:

  Start date: Monday 7/15, General Orientation 0800 in the Kirby Auditorium
  Employee ID: 118842
  Badge photo: Security office, 7/15 after lunch
  I-9 documents: bring day 1
  Remote work agreement: needs your signature in Workday
  Laptop: IT ticket REQ0019923 submitted, ship to home by 7/19

Please make sure her Epic coding security template and encoder license are requested before her HIM-specific training on 7/17.

Thanks,
Carla Dominguez
Talent Acquisition Partner | x2218
""")

add('clean', 'admin', '',
    'Facilities Management <facilities@hvmc.org>',
    'HIM All Staff <him.all@hvmc.org>',
    'Basement records room B-14 - move and shred pickup',
    """Good afternoon HIM,

Reminder that the basement records room B-14 is being vacated for the pharmacy expansion.

- Tues 6/18: Keystone Records Storage will pick up 212 boxes (box labels KRS-88100 through KRS-88311) for offsite storage. Retention schedule is on the manifest; boxes with destruction dates before 2025 are NOT going offsite.
- Wed 6/19: SecureShred will swap out the 12 grey consoles on the 1st floor and bring two 96-gallon bins to B-14 for the past-retention paper. Certificate of destruction to Renata.
- Thurs 6/20: electricians in B-14, do not enter.

Badge access to B-14 ends 6/21. Contact Dwayne Morrow, facilities project lead, 555-0121 or cell 570-555-0124 with questions.

Facilities Management
""")

add('clean', 'admin', '',
    'Revenue Integrity <revenue.integrity@hvmc.org>',
    'Coding Team <coding.team@hvmc.org>; Patient Financial Services <pfs@hvmc.org>',
    'Claim scrubber edits - July release',
    """Team,

The July scrubber content update goes live 7/1. Changes relevant to coding:

  Edit RI-2207  NCCI PTP quarterly update (v30.2), 1,180 new pairs
  Edit RI-2215  MUE for 96365 reduced to 1 per date, outpatient infusion
  Edit RI-2231  Bill type 0131 requires condition code 44 when obs->inpt changes (new)
  Edit RI-2240  Retired - duplicate of payer-side edit for modifier JW/JZ
  Edit RI-2244  Revenue code 0636 requires NDC + unit of measure (hard stop)

Expect a bump in the 2244 workqueue the first week. Pharmacy has been asked to fix the charge master lines that are missing NDCs (list of 37 CDM items on the shared drive).

Questions to Joanne Pike, x3377.

Revenue Integrity
""")

add('clean', 'admin', '',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'Cancer Committee <cancer.committee@hvmc.org>',
    'Cancer Committee - Q3 meeting 8/14 - agenda',
    """Cancer Committee,

Q3 meeting: Wednesday 8/14, 7:00-8:00 AM, Conference Room 2B and Teams.
Dial-in: +1 570-555-0100, conference ID 448 120 771#

Agenda
 1. Approval of Q2 minutes (Dr. Whitcomb)
 2. CoC Standard 6.4 - rapid quality reporting, compliance update
 3. Quality study: timeliness of breast biopsy to surgery - draft results (Tomasz)
 4. Tumor board attendance & case-presentation stats
 5. Survivorship program update (Jacqueline Ruiz, NP)
 6. Community outreach: lung screening event 10/5
 7. Registry staffing - abstractor vacancy

Breakfast provided. Please RSVP by 8/9.

Tomasz Wierzbicki, CTR
Cancer Registry Coordinator
""")
# =====================================================================
# CLEAN / lookalike
# =====================================================================
add('clean', 'lookalike', '',
    'Summit Strength Club <members@summitstrengthclub.com>',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'Your InBody scan results + membership renewal (Member #SS-204418)',
    """Hi Devon,

Thanks for coming in for your 90-day assessment with coach Brianna! Here's your summary:

  Member #:            SS-204418
  Assessment date:     06/08/2024
  Body weight:         184.2 lb (-6.1)
  Skeletal muscle:     84.9 lb (+1.3)
  Body fat:            21.4%  (-2.2)
  Resting HR:          62 bpm
  Blood pressure:      122/78 (screening only, not a diagnosis)

Your plan: 3x/week strength, 2x/week zone 2 cardio, mobility on rest days.

Your annual membership renews 07/01/2024 at $39/month. Reply STOP RENEW to cancel before 06/25.

Keep crushing it,
Summit Strength Club - Dickson City
570-555-0155
""",
    html="""<html><body style="font-family:Arial"><h2 style="color:#e4572e">Nice work, Devon!</h2>
<p>Thanks for coming in for your 90-day assessment with coach Brianna. Here's your summary:</p>
<table><tr><td>Member #</td><td>SS-204418</td></tr><tr><td>Body weight</td><td>184.2 lb (-6.1)</td></tr>
<tr><td>Skeletal muscle</td><td>84.9 lb (+1.3)</td></tr><tr><td>Body fat</td><td>21.4% (-2.2)</td></tr>
<tr><td>Resting HR</td><td>62 bpm</td></tr><tr><td>Blood pressure</td><td>122/78 (screening only, not a diagnosis)</td></tr></table>
<p>Your annual membership renews 07/01/2024 at $39/month.</p>
<p>Summit Strength Club - Dickson City &middot; 570-555-0155</p></body></html>""")

add('clean', 'lookalike', '',
    'Valley Paws Veterinary Hospital <frontdesk@valleypawsvet.com>',
    'Sandra Whitlock <swhitlock@hvmc.org>',
    "Biscuit's discharge instructions - dental procedure 6/5",
    """Hi Sandra,

Biscuit did great today! Here is a summary of her visit.

Patient: Biscuit (canine, Beagle mix, 9 yrs, spayed F)
Patient ID: VP-33019
Client: Sandra Whitlock
Procedure: Dental cleaning under general anesthesia, 2 extractions (upper left premolars)
Pre-anesthetic bloodwork: CBC and chemistry within normal limits
Medications going home:
  - Carprofen 25 mg, 1/2 tab by mouth once daily with food x 5 days
  - Clavamox 125 mg, 1 tab by mouth twice daily x 7 days

Soft food only for 7 days. She may be groggy tonight. Call us if she isn't eating by tomorrow evening or if you see bleeding from the mouth.

Recheck with Dr. Amundsen in 10-14 days.

Valley Paws Veterinary Hospital
1180 Main St, Olyphant PA | 570-555-0183
""")

add('clean', 'lookalike', '',
    'Lackawanna Educators Federal Credit Union <alerts@lefcu.org>',
    'gary.lundqvist@gmail.com',
    'Member #0048291 - verify your identity to complete your loan application',
    """Dear Member,

Thank you for applying for an auto loan with LEFCU. To complete your application (Application ID AL-2024-118830) we need to verify your identity.

  Member number:        0048291
  Share draft account:  ending 7712
  Loan amount:          $22,500.00
  Term:                 60 months @ 6.24% APR

Please bring a photo ID and your two most recent pay stubs to any branch, or upload them in online banking under Documents > Loan Applications. We will NEVER ask for your full account number, PIN, or password by email.

Lackawanna Educators FCU
Member Services 1-800-555-0147
Federally insured by NCUA.
""")

add('clean', 'lookalike', '',
    'Allegheny Air <noreply@alleghenyair.com>',
    'Renata Boyle <rboyle@hvmc.org>',
    'Your trip confirmation - AVP to MCO - Record locator KX4P2Q',
    """Your trip is confirmed.

Record locator: KX4P2Q
Passenger: BOYLE/RENATA MS
Frequent flyer: AA-771204456 (Silver)

  Flight 2214  Sat 08 Mar  AVP 06:05 -> CLT 07:52
  Flight 1187  Sat 08 Mar  CLT 09:10 -> MCO 10:48
  Seat 14C / 9A

Special service request: wheelchair assistance (WCHR) to gate - confirmed
Ticket number: 0017712048833
Total: $412.60

Conference travel? Add trip insurance for $27.

Allegheny Air Customer Care 1-800-555-0133
""")

add('clean', 'lookalike', '',
    'Claims - Penn Guard Auto Insurance <claims@pennguardauto.com>',
    'Marisol Quintero <marisol.q@gmail.com>',
    'Claim 04-7718-2291 - estimate approved',
    """Hello Marisol,

Your claim 04-7718-2291 (date of loss 05/27/2024, parking lot collision, no injuries reported) has been reviewed.

  Policy number:     PGA-3301-887442
  Vehicle:           2019 Honda CR-V, VIN ending 44781
  Estimate:          $3,418.22 (rear bumper cover, liftgate, sensor recalibration)
  Deductible:        $500.00
  Payment to shop:   $2,918.22 - Taylor Collision Center

The other driver's carrier (Keystone Mutual Auto) has accepted 100% liability, so we will pursue subrogation and your deductible should be refunded.

Your adjuster is Phil Garrity, 570-555-0112, ext 4. Rental coverage approved for up to 7 days.

Penn Guard Auto Insurance
""")

add('clean', 'lookalike', '',
    'Hank Dressler <hank@dresslertreecare.com>',
    'Tomasz Wierzbicki <tomasz.w@gmail.com>',
    'RE: the big oak - diagnosis',
    """Tomasz,

Took a look at the red oak out back this morning. Diagnosis isn't great. There's a fungal conk (Ganoderma) at the root flare on the north side and when I sounded the trunk it's hollow about 30% up to 4 ft. That's root and butt rot, and the prognosis is poor - these don't recover, it'll keep losing structure.

Options:
 1. Crown reduction 20%, takes weight off, buys you maybe 3-5 yrs. $1,850
 2. Removal + stump grind. $3,400. Honestly what I'd do with it leaning toward the garage.

The maple by the driveway is healthy, just needs deadwood out. Can add for $350.

Let me know. We're booking about 3 weeks out.

Hank Dressler, ISA Certified Arborist PD-1129A
Dressler Tree Care | 570-555-0109
""")

add('clean', 'lookalike', '',
    'Raj Menon <rmenon@hvmc.org>',
    'Integration Services <integration@hvmc.org>',
    'Postmortem: interface engine outage 6/9 - patient zero node',
    """Team,

Blameless postmortem for the Sunday interface engine outage. Summary:

Timeline
  02:14  node ie-prod-03 ("patient zero") hit 100% heap, GC thrash
  02:16  health check failed, load balancer ejected node; traffic shifted to 01/02
  02:31  01 and 02 cascade - same leaking channel (ADT fan-out to the new bed board)
  02:40  pager to on-call (Kelvin); triage started 02:52
  03:25  channel disabled, nodes restarted, queues draining
  04:58  backlog cleared, 31,402 messages replayed, no loss

Root cause: the bed board channel kept a reference to every parsed message object in a debug map left on after go-live. Vital signs of the cluster (heap, queue depth) were alarming but the alert threshold was set to 95% for 15 min, too late.

Actions
 - remove debug map (done, CHG0031177)
 - alert at 80% heap for 5 min (Kelvin)
 - add queue depth to the NOC dashboard (Raj)
 - quarantine policy: a sick node should be isolated before it infects its siblings - autoscaling group review

No clinical data was lost or mis-routed. Thanks all for the 3am heroics.

Raj
""")
# =====================================================================
# CLEAN / news
# =====================================================================
add('clean', 'news', '',
    'Keystone Health Information Management Association <news@keystonehima.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'KHIMA Monthly | FY2025 ICD-10-CM changes, ROI fee update, CEU webinars',
    """KHIMA MONTHLY - June 2024

IN THIS ISSUE
 - FY2025 ICD-10-CM/PCS: what's new on October 1
 - State ROI copy fee schedule adjusted for 2024
 - Member spotlight: Yolanda Brightwater, RHIT, CCS
 - Upcoming CEU webinars

FY2025 CODE SET
The FY2025 update adds 252 new ICD-10-CM codes, deletes 36 and revises 13. Notable additions include expanded codes for hypoglycemia levels in diabetes, new codes for obesity classes, and additional social determinants of health Z codes. Coders should review the updated guidelines for sepsis sequencing and the new Excludes1 exceptions.

ROI FEE SCHEDULE
The Department of Health published the 2024 maximum fees for copies of medical records: search/retrieval fee $25.63; pages 1-20 $1.71 per page; pages 21-60 $1.27 per page; pages 61+ $0.43 per page. Remember that patients requesting their own records under HIPAA are limited to a reasonable, cost-based fee.

MEMBER SPOTLIGHT
Yolanda Brightwater has led the coding team at a 220-bed community hospital for 11 years. "The best thing about HIM is that no two days are alike," she says.

WEBINARS (1 CEU each)
 7/10  Auditing your CDI query process - Dr. Tamsin Okoro, physician advisor
 7/24  Subpoenas vs. court orders: what HIM must know - Attorney Leland Voss
 8/7   Cancer registry basics for the HIM generalist

You are receiving this because you are a KHIMA member. Unsubscribe | Update preferences
Keystone Health Information Management Association, 100 Market St, Harrisburg PA 17101
""")

add('clean', 'news', '',
    'County Health Department <alerts@lackawannahealth.gov>',
    'Infection Prevention <infection.prevention@hvmc.org>',
    'HEALTH ADVISORY: measles cases - County update #3',
    """HEALTH ADVISORY #2024-07
Measles - County Update #3

Summary: As of June 12, 2024 the County Health Department has confirmed 4 cases of measles among residents, all linked to a single international travel exposure. Three cases are in children under 5 years; one in an unvaccinated adult. Two patients were hospitalized and have been discharged. No deaths.

Possible public exposure locations (times are approximate):
  - Viewmont Mall food court, 6/2, 12:00-3:00 PM
  - Regional bus terminal, 6/4, 7:00-9:30 AM

Recommendations for clinicians:
  1. Consider measles in any patient with fever and rash, especially with travel or exposure history.
  2. Mask and isolate suspected patients immediately in an airborne infection isolation room.
  3. Report suspected cases immediately by phone to 570-555-0170 (24/7). Do not wait for lab confirmation.
  4. Collect NP swab for PCR and serum IgM.
  5. Verify MMR status of staff.

This advisory is for health care providers and public health partners.
""")

add('clean', 'news', '',
    'Pharmacy & Therapeutics <pharmacy.alerts@hvmc.org>',
    'All Clinical Staff <clinical.all@hvmc.org>',
    'RECALL: Metformin ER 500 mg (Corvel Labs) - lots listed',
    """DRUG RECALL NOTICE - Class II

Product: Metformin HCl Extended-Release Tablets USP, 500 mg, 100-count and 500-count bottles
Manufacturer: Corvel Laboratories
Reason: NDMA impurity above the acceptable daily intake limit
Affected lots:
  MF24011A  exp 01/2026
  MF24011B  exp 01/2026
  MF24033C  exp 03/2026
  MF24047A  exp 04/2026

Actions:
  - Pharmacy has quarantined all affected stock in the main pharmacy and the Pyxis machines (completed 6/12).
  - The outpatient retail pharmacy will contact affected patients directly; clinicians do not need to take action for inpatients.
  - Patients should NOT stop taking metformin without talking to their prescriber; the risk of stopping diabetes medication outweighs the risk from the impurity.

Questions: Inpatient Pharmacy x3120, or Drug Information x3125.

HVMC Department of Pharmacy
""", cte='quoted-printable')

add('clean', 'news', '',
    'HVMC Communications <communications@hvmc.org>',
    'All Employees <all.employees@hvmc.org>',
    'The Valley Pulse - Celebrating Health Information Professionals Week!',
    """THE VALLEY PULSE | Employee news

Happy Health Information Professionals Week!

This week we celebrate the 48 people in Health Information Management who keep our records accurate, complete and secure - from the coders who turn documentation into claims, to the release of information team that handled more than 4,800 requests last year, to our cancer and trauma registrars.

Meet a few of them:
 * Marisol Quintero, ROI Specialist - 9 years at HVMC, known for remembering every attorney's paralegal by name.
 * Devon Achterberg, CCS - coding lead, marathoner, and unofficial office coffee engineer.
 * Alana Fitzgerald-Moore, CSTR - our trauma registrar, who helped us earn Level II re-verification last fall.

Stop by the HIM office (basement, B-wing) Wednesday 2-4 PM for cake. The department is also collecting new children's books for the pediatric unit.

Also in this issue: parking garage resurfacing schedule, summer picnic tickets, and the new badge-tap printers.
""",
    html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#1d4e89">The Valley Pulse</h1>
<h2>Happy Health Information Professionals Week!</h2>
<p>This week we celebrate the 48 people in Health Information Management who keep our records accurate, complete and secure - from the coders who turn documentation into claims, to the release of information team that handled more than 4,800 requests last year, to our cancer and trauma registrars.</p>
<ul>
<li><b>Marisol Quintero</b>, ROI Specialist - 9 years at HVMC, known for remembering every attorney's paralegal by name.</li>
<li><b>Devon Achterberg, CCS</b> - coding lead, marathoner, and unofficial office coffee engineer.</li>
<li><b>Alana Fitzgerald-Moore, CSTR</b> - our trauma registrar, who helped us earn Level II re-verification last fall.</li>
</ul>
<p>Stop by the HIM office (basement, B-wing) Wednesday 2-4 PM for cake.</p>
</body></html>""")

add('clean', 'news', '',
    'Tomasz Wierzbicki <twierzbicki@hvmc.org>',
    'Medical Staff <medstaff@hvmc.org>',
    'HVMC Cancer Registry Annual Report 2023 - summary',
    """Colleagues,

The 2023 Cancer Registry annual report is posted on the intranet. Highlights:

  Analytic cases accessioned in 2023:    1,012  (2022: 948)
  Top 5 sites:
    Breast                 198  (19.6%)
    Lung & bronchus        164  (16.2%)
    Prostate               121  (12.0%)
    Colon & rectum          97   (9.6%)
    Melanoma of skin        52   (5.1%)
  Stage at diagnosis, lung:  Stage I 31% / II 9% / III 19% / IV 41%
  Lung screening program:    1,480 LDCT scans, 22 cancers detected (73% stage I-II)
  Follow-up rate, 5-yr:      91% (CoC standard 80%)
  Tumor board cases:         412 prospective presentations

Counts under 11 are suppressed in the public version per state data policy.

Thanks to all the physicians who answered our follow-up and staging queries.

Tomasz Wierzbicki, CTR
""")

add('clean', 'news', '',
    'Brightline Compliance Advisors <insights@brightlinecompliance.com>',
    'Keith Ambrose <kambrose@hvmc.org>',
    'Audit Watch: OIG Work Plan additions and RAC approved issues - June',
    """AUDIT WATCH - June 2024

OIG WORK PLAN: NEW ITEMS
 - Inpatient stays with sepsis as the principal diagnosis billed with MCC (hospitals)
 - Remote patient monitoring billing - follow-up review
 - Outpatient cardiac rehab claims lacking physician supervision documentation

RAC APPROVED ISSUES
Region B contractors added two issues this month:
  0241  Total knee arthroplasty - inpatient vs outpatient setting (2-midnight)
  0245  Excisional debridement - medical necessity and documentation of depth

WHAT THIS MEANS FOR YOU
Expect ADR volume for DRG 871/872 to rise through Q4. Review your CDI query rates for sepsis and make sure Sepsis-3 vs SIRS criteria are consistently applied in your clinical validation policy. Track ADR limits: for most hospitals the cap is 0.5% of prior-year claims per 45 days.

WEBINAR: "Surviving the sepsis audit" - July 18, 1 PM ET. Register at brightlinecompliance.com/events

Brightline Compliance Advisors | Pittsburgh PA
You're receiving this because you subscribed. Unsubscribe.
""")
# =====================================================================
# CLEAN / staff
# =====================================================================
add('clean', 'staff', '',
    'Maria Ocampo <mocampo@hvmc.org>',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'urosepsis again',
    """Devon, quick one. Chart I'm on now - 60s male, came in with fever and confusion, UA positive, blood cx neg, lactate 2.9. Attending writes "urosepsis" everywhere and never says sepsis or UTI separately. I know we can't code urosepsis. Do we query for both, or is it ok to query just "sepsis due to UTI vs UTI without sepsis"? Last time compliance didn't like the two-option query.

maria""")

add('clean', 'staff', '',
    'Priyanka Shenoy <pshenoy@hvmc.org>',
    'CDI Team <cdi.team@hvmc.org>',
    'Query template refresh - compliant wording',
    """Hi team,

Following the audit findings, we are retiring these query templates on 7/1:
  - "Please document malnutrition" (leading)
  - The yes/no query for acute respiratory failure (yes/no only allowed for POA, substantiating a dx already in the record, or conflicting documentation)

New multiple-choice templates are in the shared folder. Reminder of the rules from the practice brief:
  * include the clinical indicators from the record (labs, vitals, meds, nursing assessments)
  * offer clinically reasonable options plus "other" and "unable to determine"
  * never mention reimbursement or DRG impact
  * do not introduce a new diagnosis that is not supported by indicators

We'll do a 30 min walkthrough at Thursday's team meeting. Bring one tricky case (de-identified!) you want to talk through.

Priyanka Shenoy, RN, BSN, CCDS
CDI Lead
""")

add('clean', 'staff', '',
    'Sandra Whitlock <swhitlock@hvmc.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'question - psych notes and general auth',
    """Renata,

Got a request from a law firm today with a general authorization ("any and all records"). The chart includes a few psychotherapy notes from the behavioral health clinic. My understanding is psychotherapy notes need their own separate authorization and can't be released on a general one - is that still our policy? And does that apply to the psych med management notes or only the therapist's session notes?

Also the auth is dated 14 months ago, does our 12-month expiration apply if the form itself says "valid until revoked"?

Haven't sent anything yet.

Sandra""")

add('clean', 'staff', '',
    'Alana Fitzgerald-Moore <afitzmoore@hvmc.org>',
    'regional-registrars@trauma-pa.org',
    'AIS question - flail chest coding',
    """Hi all,

Looking for a sanity check from the group. 40s female, MVC, CT shows 4 contiguous left rib fractures each broken in two places, but the clinical notes never describe paradoxical movement and she never needed the vent. Would you code the AIS 2005 flail (450214.3) from imaging alone, or stay with multiple rib fx (450203.3)? Our TMD says flail requires the clinical finding, but the dictionary note reads like imaging is enough.

Thanks,
Alana Fitzgerald-Moore, CSTR, CAISS
Trauma Registrar, Halvorsen Valley Medical Center
""")

add('clean', 'staff', '',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'Coding productivity - May',
    """Renata,

May productivity numbers (from the encoder audit log):

               charts/hr   accuracy (sample)   backlog days
  Inpatient      2.4          96.1%               2.8
  ED             11.8         97.4%               0.9
  Outpt surg     5.2          95.0%               1.6
  Clinic/pro     14.6         94.2%               1.1

Inpatient dipped because we had two people out and the 3M outage on the 11th. Clinic accuracy is low mostly from E/M level disagreements - I'd like to do a refresher on the 2023 MDM table. Also recommend we backfill the inpatient coder req before the RAC wave hits.

Devon""")

add('clean', 'staff', '',
    'Peter Haldane MD <phaldane@hvmc.org>',
    'Renata Boyle <rboyle@hvmc.org>',
    'verbal orders - 48 hr signature?',
    """Renata, is the verbal/telephone order signature window still 48 hours per medical staff bylaws or was it changed to 72? My deficiency list has a bunch flagged as delinquent that I signed on day 3. Also, can a covering hospitalist co-sign for the physician who gave the order? We cover each other on nights constantly.

Peter

Peter Haldane, MD
Hospitalist Medicine
""")

add('clean', 'staff', '',
    'Renata Boyle <rboyle@hvmc.org>',
    'ROI Team <roi.team@hvmc.org>',
    'Reminder: subpoenas without satisfactory assurances',
    """Team,

We had two subpoenas this month that went out without the required HIPAA documentation, so a quick refresher:

A subpoena signed only by an attorney (not a judge) is NOT enough on its own. Before we release, we need ONE of:
  1. a valid HIPAA authorization signed by the patient, or
  2. written satisfactory assurance that the patient was notified and had the chance to object (and the time to object has passed), or
  3. a qualified protective order.

A court order signed by a judge can be honored as written.

Special categories (drug & alcohol treatment under Part 2, HIV test results, mental health) have stricter state rules - route those to me.

Log everything in the disclosure tracking module, even if you deny.

Thanks,
Renata

Renata Boyle, MS, RHIA
Director, HIM | Privacy Officer designee
""")
# =====================================================================
# CLEAN / training
# =====================================================================
add('clean', 'training', '',
    'Brent Sokol <bsokol@chartflowsoftware.com>',
    'Renata Boyle <rboyle@hvmc.org>; Gary Lundqvist <glundqvist@hvmc.org>',
    'ChartFlow EMPI demo - follow-up and test data',
    """Renata, Gary,

Thanks for your time on Tuesday's demo of ChartFlow Identity. As promised, here are the test records we used to show the probabilistic matching. These are synthetic records from our demo tenant, nothing from your system.

  ZZTEST, PATIENT A    MRN 999000001   DOB 01/01/1950   score vs B: 92
  ZZTEST, PATIENT B    MRN 999000002   DOB 01/01/1950
  ZZTEST, PATIENTE     MRN 999000003   DOB 01/10/1950   score vs A: 78 (transposed DOB)
  DEMO, MICKEY         MRN 999000010   DOB 11/18/1928   (twin-rule demo)
  DEMO, MINNIE         MRN 999000011   DOB 11/18/1928

Pricing proposal and the SOC 2 report are attached to the separate email from our contracts team. Sandbox login for your team is active until 7/31.

Brent Sokol
Senior Solutions Consultant, ChartFlow Software
612-555-0139
""")

add('clean', 'training', '',
    'Renata Boyle <rboyle@hvmc.org>',
    'Ifeoma Nwachukwu <inwachukwu@hvmc.org>',
    'ROI onboarding - practice exercise 2',
    """Welcome again Ifeoma! Here's practice exercise 2 for ROI. Everything below is a SAMPLE RECORD made up for training - do not look anything up in production.

Scenario: A request arrives from "Smith & Smith Law" for John Doe, DOB 01/01/1900, MRN TEST-000123. The authorization is signed by Jane Doe, listed as "wife", and requests "all records including HIV and substance abuse treatment."

Questions:
 1. Is the authorization valid? List the core elements and check each.
 2. Can Jane Doe sign? What documentation would you need?
 3. Which parts of the (sample) record require special consent?
 4. What fee applies?
 5. What goes in the accounting of disclosures?

Answers are due Friday, we'll go over them together. Use the training environment (TRN) for the mock logging.

Renata
""")

add('clean', 'training', '',
    'Raj Menon <rmenon@hvmc.org>',
    'HIM Data Integrity <him.dataintegrity@hvmc.org>',
    'HL7 101 for HIM - slides + sample messages',
    r"""Hi all, thanks for coming to HL7 101. Slides are on the SharePoint. The example messages we walked through are below - these are the standard textbook test patient, not real:

MSH|^~\&|REGADT|TRAININGHOSP|LAB|TRAININGHOSP|20240101120000||ADT^A04|MSG00001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST123456^^^TRN^MR||EVERYWOMAN^EVE^E^^^^L||19000101|F|||123 MAIN ST^^ANYTOWN^ZZ^00000||555-555-5555
PV1|1|O|CLINIC^^^TRN||||000000^TEST^DOCTOR

A merge (A40) looks like this - note the MRG segment carries the retired ID:
PID|1||TEST123456^^^TRN^MR||EVERYWOMAN^EVE
MRG|TEST999999^^^TRN^MR

Note processing ID "T" in MSH-11 = training/test. Homework: label each field in the PID.

Raj""")

add('clean', 'training', '',
    'Devon Achterberg <dachterberg@hvmc.org>',
    'Coding Team <coding.team@hvmc.org>',
    'Coding Clinic roundtable - case studies for Thursday',
    """Case studies for Thursday (all fictional / composite, from the workbook):

Case 1. A 72-year-old male is admitted with shortness of breath and bilateral leg edema. BNP 1,840. Echo shows EF 30%. Treated with IV furosemide. Provider documents "acute on chronic systolic CHF". He also has type 2 diabetes with CKD stage 3b.
  -> Code the principal and secondary diagnoses. Does CKD change your sequencing?

Case 2. A 34-year-old female, 38 weeks, presents in labor, delivers vaginally with a 2nd degree perineal laceration repaired. GBS positive, received penicillin.
  -> Code the delivery, laceration and GBS carrier status. Outcome of delivery code?

Case 3. A 58-year-old patient undergoes laparoscopic sigmoid colectomy for diverticulitis with abscess; converted to open due to adhesions.
  -> PCS code(s)? How do you report the conversion?

Bring your encoder answers, we'll compare.

Devon
""")

add('clean', 'training', '',
    'Epic Application Team <epic.apps@hvmc.org>',
    'HIM All Staff <him.all@hvmc.org>',
    'TRN environment refresh 6/15 + new test patients for chart completion training',
    """HIM,

The training (TRN) environment will be refreshed Saturday 6/15 from 0600-1200. After the refresh, use these test patients for Chart Completion and ROI exercises:

  ZZZTEST, ONE      MRN 8000001   - inpatient with open deficiencies
  ZZZTEST, TWO      MRN 8000002   - ED visit, unsigned note
  ZZZTEST, THREE    MRN 8000003   - ROI request in queue
  ZZZHIM, DUPLICATE MRN 8000004/8000005 - pair for merge practice

Do NOT use real patients in training, and never enter real patient names in the TRN environment. Training logins: trnhim01 - trnhim12, password in the classroom binder.

Epic Application Team | x4400
""")

add('clean', 'training', '',
    'Brightpath Health Apps <support@brightpathhealthapps.com>',
    'Raj Menon <rmenon@hvmc.org>',
    'Sandbox onboarding - sample FHIR Patient for connectivity test',
    """Hi Raj,

Welcome to the Brightpath developer sandbox. To verify connectivity please POST the sample resource below to https://sandbox.brightpathhealthapps.com/fhir/Patient and confirm you receive a 201. This is a synthetic example resource - do not send production data to the sandbox.

{
  "resourceType": "Patient",
  "id": "example-sandbox-001",
  "meta": {"tag": [{"system": "http://brightpath.example/tags", "code": "SYNTHETIC"}]},
  "identifier": [{"system": "urn:brightpath:sandbox", "value": "SBX-0000001"}],
  "name": [{"family": "Sample", "given": ["Sally", "Test"]}],
  "gender": "female",
  "birthDate": "1970-01-01",
  "address": [{"line": ["1 Example Way"], "city": "Testville", "state": "ZZ", "postalCode": "00000"}]
}

API keys for the sandbox are in the developer portal under Credentials. Production onboarding requires the signed BAA.

Brightpath Developer Support
""")
# =====================================================================
# build
# =====================================================================
def build(i, m, date):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(date)
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), i, date.strftime('%Y%m%d%H%M%S'), dom)
    for k, v in m['headers']:
        msg[k] = v
    cte = m['cte']
    if cte is None and m['body'].isascii() and max(len(l) for l in m['body'].splitlines()) < 990:
        cte = '7bit'
    if cte:
        msg.set_content(m['body'], cte=cte)
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fname, data, mtype in m['atts']:
        maintype, subtype = mtype.split('/')
        if isinstance(data, str) and maintype == 'text':
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = [['file', 'label', 'kind', 'patient_name']]
    tz = datetime.timezone(datetime.timedelta(hours=-4))
    base = datetime.datetime(2024, 5, 1, 7, 0, 0, tzinfo=tz)
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        date = base + datetime.timedelta(days=random.randint(0, 75), hours=random.randint(0, 11),
                                         minutes=random.randint(0, 59), seconds=random.randint(0, 59))
        msg = build(i, m, date)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    summary = {}
    for r in rows[1:]:
        summary['%s-%s' % (r[1], r[2])] = summary.get('%s-%s' % (r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(rows) - 1)


if __name__ == '__main__':
    main()
