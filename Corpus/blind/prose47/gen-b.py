#!/usr/bin/env python3
"""Blind eval mail set: gastroenterology / endoscopy centre. Stdlib only, deterministic."""
import os, sys, io, csv, random, zipfile, email.policy
from email.message import EmailMessage
from email.utils import formataddr

SEED = 4702
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

ORG = "riverbendgi.org"
MSGS = []
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fake_date():
    d = random.randint(1, 28); m = random.randint(0, 11)
    h = random.randint(6, 19); mi = random.randint(0, 59); s = random.randint(0, 59)
    return "%s, %d %s 2024 %02d:%02d:%02d -0500" % (random.choice(DAYS), d, MONTHS[m], h, mi, s)


def M(label, kind, pname, frm, to, subj, body, html=None, atts=(), cte=None, cc=None, hdrs=None):
    MSGS.append(dict(label=label, kind=kind, pname=pname, frm=frm, to=to, subj=subj, body=body,
                     html=html, atts=list(atts), cte=cte, cc=cc, hdrs=hdrs or {}))


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


DISC = ("\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.\n")

# =====================================================================================
# PHI / care
# =====================================================================================
M("phi", "care", "Penwright",
  formataddr(("Lorna Fitch, RN", "lfitch@" + ORG)), "drkessler@lakeshorefamilymed.com",
  "colonoscopy today - Penwright",
  """Dr Kessler,

Quick heads up since you asked to be kept in the loop. Mr. Harold Penwright had his colonoscopy with us this morning with Dr. Amadi. Prep was fair (BBPS 6). Three polyps taken out, largest ~12mm in the sigmoid removed with snare, two small ones in the ascending with cold forceps. Clip placed x1. He tolerated it fine and went home with his wife around 11:30.

Path should be back early next week and Dr Amadi will send the letter. Tentative repeat in 3 years pending path. He should hold the Plavix 2 more days then resume.

Thanks,
Lorna

Lorna Fitch, RN, CGRN
Endoscopy Unit | Riverbend Digestive Health Center
p 614-555-0182""" + DISC)

M("phi", "care", "Fenstermacher",
  "Sam Oduya <soduya@" + ORG + ">", "gi-fellows@" + ORG,
  "bleed back again",
  """fyi dolores fenstermacher bounced back thru the ED at 2am, melena x2 days, hgb 6.9 (was 9.4 at d/c last wk). got 2u PRBC, on pantoprazole drip. she's still on the eliquis bc cardiology wanted it, so that's held now.

EGD booked first case 0730 rm 2. last time was the duodenal AVMs so bring the APC. daughter is the contact, number in chart.

sam""")

M("phi", "care", "Asante-Boateng",
  formataddr(("Priya Raman, PharmD", "praman@" + ORG)), formataddr(("Infusion Center", "infusion@" + ORG)),
  "RE: Kwame - infliximab dose change",
  """Team,

For Kwame Asante-Boateng (Thurs 10:00 chair 4): trough came back at 1.8 with no antibodies, so Dr. Lindqvist wants to bump him to 10 mg/kg q8wk starting with this infusion. New order is signed. Weight today will drive the dose, last wt was 71.2 kg.

Pre-meds unchanged. He had the mild flushing at infusion #3 so keep the rate titration.

Priya

-----Original Message-----
From: Infusion Center
Sent: Tuesday 9:14 AM
To: Priya Raman
Subject: Kwame - infliximab dose change

Hi Priya, do we have the new order for Kwame yet? He's on for Thursday and the old order still says 5 mg/kg.
- Gina, infusion RN""")

M("phi", "care", "Ridgeway",
  "Dr. Helen Marchetti <hmarchetti@" + ORG + ">", "Paul Ridgeway <pridge1961@gmail.com>",
  "Your liver clinic follow-up",
  """Dear Mr. Ridgeway,

Thank you for coming in on Monday. As we discussed, your FibroScan reading was 14.2 kPa, which is higher than last year, and your platelet count has drifted down to 118. Because of that I'd like us to:

 - do an ultrasound of the liver every 6 months, with an AFP blood test at the same visit
 - arrange an upper endoscopy in the next couple of months to check for varices
 - keep the alcohol at zero (you've done really well with this)

My office will call to schedule the EGD. Please don't start any new over-the-counter pain relievers other than acetaminophen up to 2 g a day.

Kind regards,
Helen Marchetti, MD
Hepatology, Riverbend Digestive Health Center""")

body = """Hi Dr. Osei,

Update on Trish Molloy, seen in bariatric follow-up today, 8 months post sleeve gastrectomy. Down 31 kg from surgery weight. Eating well, no reflux symptoms. Labs from last week: B12 low at 162, ferritin 14. Starting B12 1000 mcg IM monthly (first dose given today in clinic) and switching her to ferrous sulfate every other day. Next visit with dietitian in 6 weeks, recheck labs at 12 months.

Best,
Carla Mendez, NP
Bariatric Surgery Program"""
M("phi", "care", "Molloy",
  "Carla Mendez NP <cmendez@" + ORG + ">", "Dr. Kofi Osei <kosei@westfieldinternal.net>",
  "Post-op update - T. Molloy", body,
  html="<html><body><p>Hi Dr. Osei,</p><p>Update on <b>Trish Molloy</b>, seen in bariatric follow-up today, 8 months post sleeve gastrectomy. Down 31 kg from surgery weight. Eating well, no reflux symptoms. Labs from last week: B12 low at 162, ferritin 14. Starting B12 1000 mcg IM monthly (first dose given today in clinic) and switching her to ferrous sulfate every other day. Next visit with dietitian in 6 weeks, recheck labs at 12 months.</p><p>Best,<br>Carla Mendez, NP<br><i>Bariatric Surgery Program</i></p></body></html>")

M("phi", "care", "Oyelaran",
  "Dr. Tomas Lindqvist <tlindqvist@" + ORG + ">", "nurse-line@" + ORG,
  "Fwd: Surgical pathology final",
  """can someone call her today and get her into the 6 month slot? thx -TL

---------- Forwarded message ---------
From: Cascade Pathology Client Services <results@cascadepath.com>
Date: Wed, May 8, 2024 at 4:02 PM
Subject: Surgical pathology final
To: <tlindqvist@riverbendgi.org>

Patient: OYELARAN, NADINE
Collected: 05/03/2024   Received: 05/03/2024
Specimen A: Colon, cecum, polyp, snare
Specimen B: Colon, rectum, biopsies

FINAL DIAGNOSIS
A. Sessile serrated lesion, 2.1 cm, no dysplasia. Margins not assessable (piecemeal).
B. Rectal mucosa with no significant histopathologic abnormality.

Electronically signed by Renata Holm, MD""")

M("phi", "care", "Strickler",
  "front desk <scheduling@" + ORG + ">", "Marcy Lo <mlo@" + ORG + ">",
  "strickler resched",
  """marcy - eugene strickler called, he only got down about half the golytely last nite, threw up twice. stool still brown this am. dr amadi said dont bring him in, reschedule with the 2 day prep + dulcolax. I put him tentatively Tues 6/11 at 8:15. can you mail him the new instructions, he doesnt do the portal

thx
Dee""")

# =====================================================================================
# PHI / names
# =====================================================================================
M("phi", "names", "Nguyễn",
  "Angela Truong <atruong@" + ORG + ">", "Dr. Lindqvist <tlindqvist@" + ORG + ">",
  "Nguyễn Thị Hương - bx f/u",
  """the biopsies came back, in your inbox. she prefers calls in Vietnamese so I can do the call with you tmrw after 2 if you want. her H. pylori was positive too so she'll need the quad therapy sent to the Walgreens on Morse.

Angela""")

M("phi", "names", "Okonkwo-Adeyemi",
  "Prior Auth Team <priorauth@" + ORG + ">", "bmaddox@" + ORG,
  "PA needed",
  """Okonkwo-Adeyemi, Chidinma - Entyvio 300mg IV wk 0/2/6 then q8. Plan denied the first request, they want documentation of failure on a TNF. She was on Humira 2021-2023 with loss of response, notes are in the 2/14 consult. Can you pull that together and I'll resubmit Friday?

Rhonda
Prior Authorization Specialist""")

M("phi", "names", "Van der Berg",
  "Kendra Wills <kwills@" + ORG + ">", "ercp-team@" + ORG,
  "call from Mrs. Van der Berg's daughter",
  """Mrs. Van der Berg's daughter (Ellen) called this afternoon. Her mom has been yellow again since the weekend and the itching is back. Stent was placed 3/19 so it's about due anyway. I told her we'd try to get her on the ERCP list this week and to go to the ED if she gets fever or chills.

Who's got ERCP Thursday? Can we squeeze her in?

Kendra Wills, RN
GI Triage Nurse""")

M("phi", "names", "Rashid",
  "Mike Tran <mtran@" + ORG + ">", "Carla Mendez <cmendez@" + ORG + ">",
  "re: tues support group",
  """Carla - Rashid from the Tuesday 2pm support group (the one who had the band put in in Dayton before moving here) stayed after and said he's been vomiting after almost every meal for 2 weeks and can't keep the pills down. I think the band's slipped or is too tight. he's ok with us calling him, said the cell in his chart is right.

Can you get him a swallow study or have Dr Osterberg see him this week?

Mike
Dietitian""")

M("phi", "names", "Peña-Zúñiga",
  "Dr. Ana Beltrán <abeltran@" + ORG + ">", "capsule@" + ORG,
  "Cápsula - Sra. Inés Peña-Zúñiga",
  """Hi team,

Sra. Inés Peña-Zúñiga needs a capsule endoscopy for iron deficiency anemia, EGD and colonoscopy both unrevealing in April. She's on monthly iron infusions now. Please schedule with the PillCam SB3 and send the prep instructions in Spanish. Her son will bring her.

Thanks!
Ana Beltrán, MD""", cte="quoted-printable")

M("phi", "names", "Subramaniam",
  "Referrals Lakeside <referrals@lakesidemedgroup.com>", "liverclinic@" + ORG,
  "Referral: transplant eval",
  """Good morning,

Please see referral for Mr Venkataraman Subramaniam for liver transplant evaluation. MELD 19 at last check, two admissions for hepatic encephalopathy this year, currently on lactulose and rifaximin. Referring: Dr. Jaya Iyer, Lakeside Medical Group. Records faxed to (614) 555-0139 this morning, 23 pages.

Regards,
Sunita
Referral Coordinator
Lakeside Medical Group""")

M("phi", "names", "Kovalchuk",
  "Olha Marchenko <omarchenko@" + ORG + ">", "dr.alharbi@" + ORG,
  "Dmytro",
  """Dr. Al-Harbi, Dmytro Kovalchuk's wife phoned - the Xifaxan wasn't covered and they can't pay $2,300. He's only on lactulose now and she says he's sleepier. Can you send something to the copay foundation or should we switch him to neomycin short term?

Also Wojciechowska (Małgorzata, the ERCP from Friday) has a pancreatitis question, I'll route separately.

Olha""")

# =====================================================================================
# PHI / self
# =====================================================================================
M("phi", "self", "Kowalczyk",
  "Brenda K <brendak71@yahoo.com>", "nurse-line@" + ORG,
  "question about my colonoscopy thursday",
  """Hi this is Brenda Kowalczyk, DOB 06/14/1971. I have my colonoscopy Thursday at 9 with Dr Amadi and I'm diabetic, I take metformin and the Ozempic shot on Sundays. Nobody told me what to do with those?? The paper just says clear liquids the day before. Do I skip my shot this sunday? Please call me 614-555-0147 I work nights so after 2pm is best

Thanks
Brenda

Sent from my iPhone""")

M("phi", "self", "Greaves",
  "Jenn Greaves <jgreaves.home@outlook.com>", "peds-ibd@" + ORG,
  "Tyler's Humira pens",
  """Hello,

My son Tyler Greaves (14) is a patient of Dr. Beltrán for his Crohn's. The specialty pharmacy says the prescription for his Humira pens ran out of refills and they need a new one before they'll ship. He's due for his dose on the 22nd. He's also been having more stomach pain at night again, and lost some weight at his last weigh in at school. Should we come in earlier than his July appointment?

Thank you,
Jennifer Greaves (mom)""")

M("phi", "self", "Marisol",
  "marisol.d <msolddz@gmail.com>", "bariatric@" + ORG,
  "is this normal??",
  """hi, I had my gastric bypass 5 weeks ago with dr osterberg. every time I eat anything sweet, even a little yogurt with fruit, I get really sweaty and shaky and my heart races and then diarrhea like 20 min later. I weighed myself this morning and I'm down 19 lbs which is great but I'm scared something is wrong. my follow up isnt till the 28th

- Marisol""")

M("phi", "self", "Ashcombe",
  "Gerald Ashcombe <g.ashcombe@comcast.net>", "liverclinic@" + ORG,
  "Fluid again",
  """To whom it may concern,

I am Gerald Ashcombe, a patient of Dr. Marchetti. I had my paracentesis on the 2nd of this month and they took off 6 liters. The belly is already tight again and I'm short of breath lying down. I have been keeping to the 2 gram salt diet and taking the spironolactone and furosemide as prescribed. Can I be put on the list for another tap this week? I'm available any day; my neighbor drives me.

Gerald Ashcombe
Tel. 740-555-0112""")

M("phi", "self", "Whitlock",
  "Susan Whitlock-Hale <susanwh@proton.me>", "info@" + ORG,
  "My father - blood in stool - need appointment",
  """Hello, I'm writing on behalf of my father, Bernard Whitlock, born 2 Feb 1939. He's had bright red blood in the toilet on and off for about three weeks, and he's more tired than usual. His GP Dr. Kessler at Lakeshore Family Medicine said he should be seen by GI but the referral doesn't seem to have reached you. He's on warfarin for his heart valve. What's the earliest he can be seen? I'm his healthcare POA.

Susan Whitlock-Hale
(daughter)""")

M("phi", "self", "Pryor",
  "Deshawn Pryor <deshawn.pryor88@gmail.com>", "Dr. Tomas Lindqvist <tlindqvist@" + ORG + ">",
  "Re: prednisone taper",
  """ok so I'm on day 10 and down to 30mg like you said but the bleeding is back, 6-7 times a day now and I woke up twice last night. should I go back up? and did the insurance ever approve the Rinvoq?

-D

On Mon, Jun 3, 2024 at 8:41 AM Dr. Tomas Lindqvist <tlindqvist@riverbendgi.org> wrote:
> Deshawn,
> Start the taper from 40 mg: reduce by 5 mg every 5 days. If bleeding or
> frequency picks up again, message me right away, don't wait for the visit.
> We've submitted the paperwork for upadacitinib.
> TL""")

M("phi", "self", "Solberg",
  "Annika Solberg <annika.solberg@fastmail.com>", "records@" + ORG,
  "Records request",
  """Hello,

I would like a copy of my records, specifically the report and photos from my upper endoscopy in March and the biopsy results (they told me it was celiac disease). I'm moving to Minneapolis and my new doctor needs them.

Name: Annika Solberg
Date of birth: 1985-11-03
Phone: 614-555-0161

Please email them to this address if possible, otherwise mail to 2208 Glen Echo Dr, Columbus OH 43202.

Thank you,
Annika""", cte="base64")

# =====================================================================================
# PHI / ids
# =====================================================================================
M("phi", "ids", "Haskins",
  "Fax Gateway <faxgw@" + ORG + ">", "himinbox@" + ORG,
  "Inbound fax 6145550139 - 4 pages",
  """Inbound fax received 06/04 14:22 from 614-555-0177 (WESTSIDE URGENT CARE)

OCR summary (page 1):
RE: Haskins, Todd   DOB 3.4.88
MRN (sending): WUC-0049317
Reason: Hematemesis x1 at home, hemodynamically stable, Hgb 12.1. Requesting outpatient EGD within 1 wk.
Home meds: ibuprofen 800 tid (stopped), omeprazole 40 started.
Callback: 614-555-0177 ext 3

[pages 2-4 image only]""")

M("phi", "ids", "",
  "Wendy Pham <wpham@" + ORG + ">", "billing@" + ORG,
  "acct question",
  """acct 7730-118824 / 19880304 - pt says she was billed twice for the 4/12 EGD w/ bx (43239). her callback is 614 555 0133. she's upset, can someone look today""")

M("phi", "ids", "Oduya-Clarke",
  "Benefits Verification <bv@" + ORG + ">", "provider.services@buckeyehealthplan.example.com",
  "Coverage question - Stelara SC",
  """Hello,

Checking coverage for a member starting ustekinumab SC maintenance after IV induction (done 5/2).

Member: Abigail Oduya-Clarke
DOB: 4 Mar 1988
Member ID: BHP884102276-01
Group: 40771
Dx: Crohn's disease of small intestine with abscess (K50.014)

Is this covered under the medical or the pharmacy benefit, and is a separate PA needed for the 90 mg q8 week dosing? Reference # from our call yesterday was 2406-ABX-55.

Thanks,
Lupe Fa'asavalu
Benefits Verification, Riverbend Digestive Health Center
Tel 614-555-0190 | Fax 614-555-0139""")

M("phi", "ids", "Brannigan",
  "Cascade Pathology <clientservices@cascadepath.com>", "endo-charge@" + ORG,
  "Specimen discrepancy - acc S24-18832",
  """Hi,

We received a specimen today with a label/requisition mismatch and are holding it until corrected.

Accession: S24-18832
Container label: BRANNIGAN, R   11/2/1957
Requisition: BRANNIGAN, ROSEMARY  DOB 11/02/1951   MRN 004417702
Source: gastric antrum bx

Please confirm the correct DOB and send a corrected requisition by 3pm or the specimen will need a discrepancy waiver.

Jolene Park
Client Services, Cascade Pathology Associates
(614) 555-0115""")

M("phi", "ids", "Ferreira",
  "Marcy Lo <mlo@" + ORG + ">", "shipping@prepdirect-pharmacy.example.com",
  "prep kit delivery address update",
  """Hi - please update the delivery for the SUTAB prep kit order #PD-551903, patient is Lucia Ferreira. She moved. New address:

  48 Kittredge Ave, Apt 3B
  Worthington, OH 43085
  cell (380) 555-0168

Her colonoscopy is 6/20 so it needs to arrive by the 17th at the latest.

Thanks
Marcy Lo, MA
Riverbend Digestive Health Center""")

M("phi", "ids", "",
  "Jorge Alba <jalba@" + ORG + ">", "endo-scheduling@" + ORG,
  "cancel - MRN 00482913",
  """pls cancel EGD/dil for MRN 00482913 DOB 07/22/1964 on 6/14, pt admitted to Grant overnight for food impaction, they scoped him there. will need f/u clinic in 4-6 wk instead

J""")

M("phi", "ids", "Dunleavy",
  "Medicare Billing <mcbilling@" + ORG + ">", "Sheila Ortiz <sortiz@" + ORG + ">",
  "MBI correction needed",
  """Sheila,

Claim for Martin Dunleavy rejected (screening colonoscopy G0105, DOS 05/15/2024) - MBI on file 1EG4-TE5-MK73 doesn't match. Patient's card says 1EG4TE5MK72? Also last 4 SSN in reg is 4471 - can you confirm with him at his f/u on the 18th and fix in registration?

Thanks
Ron""")

# =====================================================================================
# PHI / lists
# =====================================================================================
M("phi", "lists", "Albrecht",
  "Endo Charge RN <endo-charge@" + ORG + ">", "endo-staff@" + ORG,
  "tomorrow's schedule rm 1-2",
  "final list for tmrw, pls check prep calls are done\n\n"
  "Time\tRm\tPatient\t\tProc\t\tMD\tNotes\n"
  "0730\t1\tAlbrecht, Wilma\tColo\t\tAmadi\tDM2, hold insulin AM\n"
  "0800\t2\tSokolova, Irina\tEGD/dil\t\tLindqvist\tSchatzki ring\n"
  "0830\t1\tBenítez, Raúl\tColo surv\tAmadi\tUC 12yr\n"
  "0900\t2\tMcAllister, Joe\tEGD\t\tLindqvist\tBarrett's surv, Seattle protocol\n"
  "0930\t1\tTembo, Grace\tColo\t\tAmadi\t+FIT\n"
  "1030\t2\tHuynh, Bao\tEUS\t\tMarchetti\tpanc cyst 2.4cm\n"
  "\nCarol (charge)\n")

M("phi", "lists", "Delacroix",
  "Dr. Sam Oduya <soduya@" + ORG + ">", "gi-fellows@" + ORG,
  "signout 6/7",
  """Signout for the weekend, inpatient consults:

* Delacroix, Marguerite 7W-12 - UGIB, EGD 6/6 clean-based gastric ulcer, PPI bid, ok to feed, recheck hgb AM. likely d/c sat.
* Mr. Abdi (Farah Abdi) ICU-4 - variceal bleed, banded x4, octreotide + ceftriaxone, repeat EGD Mon if stable
* Jankowski, Piotr 5E-30 - C diff colitis, on fidaxomicin, WBC 21 -> 14, if worse call surgery
* Hollis, Renee 6S-08 - acute pancreatitis (gallstone), lipase 4200, ERCP only if cholangitis
* Ms. Sato 4N-2 (Keiko) - new dx UC, IV methylpred day 3, CRP pending, if no response by Sun think infliximab

Pager 4471 for anything overnight.
S""")

M("phi", "lists", "Quintero",
  "Gina Paulsen <gpaulsen@" + ORG + ">", "infusion@" + ORG,
  "infusion chairs thurs",
  "thurs chairs:\n\n"
  "| chair | time  | patient             | drug       | dose      | notes               |\n"
  "|-------|-------|---------------------|------------|-----------|---------------------|\n"
  "| 1     | 08:00 | Quintero, Alma      | infliximab | 5 mg/kg   | wk 6 induction      |\n"
  "| 2     | 08:30 | Osei-Bonsu, Yaw     | vedolizumab| 300 mg    | q8                  |\n"
  "| 3     | 09:00 | Lindgren, Kaj       | Venofer    | 200 mg    | 3 of 5              |\n"
  "| 4     | 10:00 | Asante-Boateng, K   | infliximab | 10 mg/kg  | NEW DOSE see order  |\n"
  "| 5     | 11:00 | Duarte, Felipe      | risankizumab IV | 600 mg | induction #2     |\n"
  "\nGina\n")

noshow = csvtext([
    ["MRN", "LastName", "FirstName", "DOB", "Phone", "LastColo", "Reason", "Attempts"],
    ["00391822", "Whitaker", "Dennis", "1958-02-11", "614-555-0101", "2019-03-04", "adenoma x3", "2"],
    ["00417739", "Nakamura", "Ayumi", "1966-09-30", "614-555-0108", "2021-05-17", "SSL 12mm", "1"],
    ["00288104", "O'Rourke", "Siobhan", "1949-12-01", "740-555-0122", "2018-10-09", "fam hx CRC", "3"],
    ["00502267", "Adeyemi", "Tunde", "1970-06-23", "614-555-0175", "2020-01-28", "piecemeal EMR", "1"],
    ["00355910", "Castellanos", "Beatriz", "1962-04-14", "380-555-0119", "2019-07-02", "IBD surv", "2"],
])
M("phi", "lists", "Whitaker",
  "Quality Dept <quality@" + ORG + ">", "recall-team@" + ORG,
  "overdue surveillance colonoscopy - recall list",
  """Attached is the May pull of patients overdue for surveillance colonoscopy who haven't responded to the letter. Please try phone again and document in the recall log. Those at 3 attempts go to certified letter.

Thanks,
Beth Yoder, RN
Quality & Patient Safety""", atts=[("overdue_recall_may.csv", "text", "csv", noshow)])

M("phi", "lists", "Figueroa",
  "Histology Liaison <histo@cascadepath.com>", "tlindqvist@" + ORG,
  "Pending cases > 5 days",
  "Dr Lindqvist, these are still pending on our side (special stains / consult):\n\n"
  "ACCESSION   PATIENT                 DOB         COLLECTED  STATUS\n"
  "S24-17602   FIGUEROA, ESTEBAN       05/19/1977  05/24      IHC CMV pending\n"
  "S24-17655   BRIGHTWATER, LYDIA      08/08/1990  05/24      GI consult (Dr Holm)\n"
  "S24-17811   KARIMI, PARVIN          01/30/1955  05/28      p53 stain, ?LGD\n"
  "S24-17990   O'NEILL-HART, SEAMUS    11/12/1983  05/29      recuts\n"
  "\nShould all finalize by Monday.\nDarnell\nCascade Pathology Associates\n")

reg = csvtext([
    ["study_id", "name", "dob", "surgery", "surgery_date", "baseline_bmi", "bmi_12mo", "a1c_base", "a1c_12mo", "notes"],
    ["BR-0101", "Hollingsworth, Tamara", "1979-03-22", "RYGB", "2023-02-14", "46.2", "31.0", "8.1", "5.9", "off metformin"],
    ["BR-0102", "Mbeki, Sipho", "1984-07-01", "SG", "2023-02-21", "52.8", "38.4", "6.0", "5.6", ""],
    ["BR-0103", "Lozano, Carmen", "1990-11-19", "SG", "2023-03-07", "41.5", "29.9", "5.7", "5.4", "GERD worse, PPI"],
    ["BR-0104", "Pettersen, Lars", "1972-05-05", "RYGB", "2023-03-14", "49.0", "34.7", "9.3", "6.8", "marginal ulcer 9mo"],
    ["BR-0105", "Khalil, Nour", "1987-12-30", "SG", "2023-03-28", "44.1", "30.2", "5.5", "5.3", ""],
])
M("phi", "lists", "Hollingsworth",
  "Dr. Erik Osterberg <eosterberg@" + ORG + ">", "adeluca@stateuniv-surgery.edu",
  "12-month outcomes export",
  """Alessandra,

Zip with the 12-mo export for our Q1 2023 cohort attached, as discussed. I didn't get to strip the names yet, sorry, please don't forward beyond your analyst. Password is the usual one.

Erik

Erik Osterberg, MD, FACS, FASMBS
Director, Bariatric Surgery Program""", atts=[("bariatric_12mo_Q1-2023.zip", "application", "zip", zipbytes([("bariatric_12mo_Q1-2023.csv", reg)]))])

huddle = """LIVER CLINIC HUDDLE - Wed AM

 8:00  Garrison, Phyllis    NASH cirrhosis, due HCC US + AFP, needs hep A/B vaccine
 8:30  Moreau, Jean-Luc     HCV s/p SVR, fibroscan today
 9:00  Ibrahim, Halima      AIH on aza, LFTs up, check TPMT? taper pred
 9:30  Szabo, Andras        EtOH cirrhosis, ascites, tap Fri, sodium 128
10:00  Reyes-Ortega, Luz    PBC on ursodiol, ALP still 2x, consider obeticholic
10:30  NEW  Castillo, Ramon  referral from Lakeside, ferritin 2100, ?HH

interpreter: Hungarian for 9:30 (booked), Spanish for 10:00/10:30
"""
M("phi", "lists", "Garrison",
  "Toni Reyes, MA <treyes@" + ORG + ">", "liverclinic@" + ORG,
  "huddle sheet",
  "attached for tmrw. pls print 3\n\nToni",
  atts=[("huddle_wed.txt", "text", "plain", huddle)])

# =====================================================================================
# PHI / struct
# =====================================================================================
M("phi", "struct", "Gallagher",
  "Interface Team <hl7-support@" + ORG + ">", "it-helpdesk@" + ORG,
  "ORU not filing to chart - example",
  """This one from Cascade errored on inbound, OBX-5 is too long for our field I think. Pasting raw:

MSH|^~\\&|CASCADEPATH|CPA|EPIC|RDHC|202406041512||ORU^R01|CP240604151200832|P|2.5.1
PID|1||004551928^^^RDHC^MR||GALLAGHER^BRIDGET^A||19610817|F|||77 Linden Pl^^Westerville^OH^43081||(614)555-0143
PV1|1|O|ENDO^^^RDHC||||1234567890^AMADI^CHIDI^^^MD
ORC|RE||S24-18109
OBR|1||S24-18109|88305^SURG PATH|||20240531
OBX|1|TX|22637-3^Path report.final diagnosis^LN||Colon, transverse, polypectomy: Tubular adenoma with focal high-grade dysplasia. Margin negative.||||||F

can you check the field length on the result mapping? thx
Kev""")

adt = ("MSH|^~\\&|REG|RDHC|ENDOWRITER|RDHC|202406050701||ADT^A04|RD0605070100017|P|2.3\r"
       "EVN|A04|202406050701\r"
       "PID|1||004602119^^^RDHC^MR~552-18-9043^^^SSA^SS||TRAN^MINH^VAN||19550302|M|||1402 Parsons Ave^^Columbus^OH^43206||(614)555-0196|||M\r"
       "PV1|1|O|ENDO^RM3^^RDHC||||1457839201^LINDQVIST^TOMAS|||GI||||||||V0098812\r"
       "DG1|1||K22.70^Barrett's esophagus without dysplasia^I10\r"
       "IN1|1|BHP|BHP01|BUCKEYE HEALTH PLAN|||||40771||||||||TRAN^MINH^VAN|01|19550302\r")
M("phi", "struct", "Tran",
  "Kev Duffy <kduffy@" + ORG + ">", "support@endowriter-vendor.example.com",
  "Case 88213 - A04 not creating encounter",
  """Hi,

Per our call, attaching the A04 that didn't create an encounter in the endo writer this morning. Patient had to be documented on paper. Please advise.

Kevin Duffy
Integration Analyst, IT""", atts=[("adt_a04_sample.hl7", "application", "octet-stream", adt.encode())])

M("phi", "struct", "Lemaire",
  "Sheila Ortiz <sortiz@" + ORG + ">", "edi-support@clearinghouse-x.example.com",
  "837P rejected - loop 2010BA",
  """Rejected at front end for NM1 in 2010BA, snippet below. Can you tell me what's wrong?

ST*837*0021*005010X222A1~
BHT*0019*00*RD240605001*20240605*1430*CH~
NM1*85*2*RIVERBEND DIGESTIVE HEALTH CENTER*****XX*1871234560~
HL*2*1*22*0~
SBR*P*18*40771******CI~
NM1*IL*1*LEMAIRE*CHANTAL*M***MI*BHP551209834~
N3*9 RIVERVIEW CT~
N4*DUBLIN*OH*43017~
DMG*D8*19720415*F~
CLM*RD88213*1450***22:B:1*Y*A*Y*Y~
HI*ABK:K63.5*ABF:Z86.010~
LX*1~
SV1*HC:45385:PT*1450*UN*1***1~
DTP*472*D8*20240528~
SE*15*0021~

Sheila Ortiz, CPC
Revenue Cycle""")

M("phi", "struct", "Hargrove",
  "Lupe Fa'asavalu <lfaasavalu@" + ORG + ">", "bv@" + ORG,
  "271 back for Hargrove",
  """271 came back, looks active but GI specialist copay is 60 and colonoscopy diagnostic shows deductible applies. pasting:

ISA*00*          *00*          *ZZ*BUCKEYEHP      *ZZ*RDHC001        *240606*0912*^*00501*000004471*0*P*:~
GS*HB*BUCKEYEHP*RDHC001*20240606*0912*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
HL*3*2*22*0~
NM1*IL*1*HARGROVE*DWAYNE****MI*BHP700118342~
DMG*D8*19660927*M~
EB*1*IND*30**GOLD PPO~
EB*B*IND*98***23*60*****Y~
EB*C*IND*30***23*1500~
MSG*DIAGNOSTIC COLONOSCOPY SUBJECT TO DEDUCTIBLE~
SE*9*0001~

he's scheduled 6/24 for the colo after the +cologuard. I'll let him know the estimate.
Lupe""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient",
      "id": "rdhc-004488120",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "004488120"}],
      "name": [{"family": "Abernathy", "given": ["Colleen", "Marie"]}],
      "gender": "female",
      "birthDate": "1969-01-23",
      "telecom": [{"system": "phone", "value": "614-555-0124"}],
      "address": [{"line": ["311 Oakwood Ave"], "city": "Grandview Heights", "state": "OH", "postalCode": "43212"}]
    }},
    {"resource": {
      "resourceType": "Observation",
      "status": "final",
      "code": {"coding": [{"system": "http://loinc.org", "code": "38445-3", "display": "Calprotectin [Mass/mass] in Stool"}]},
      "subject": {"reference": "Patient/rdhc-004488120"},
      "effectiveDateTime": "2024-06-03",
      "valueQuantity": {"value": 842, "unit": "ug/g"}
    }},
    {"resource": {
      "resourceType": "MedicationRequest",
      "status": "active",
      "intent": "order",
      "subject": {"reference": "Patient/rdhc-004488120"},
      "medicationCodeableConcept": {"text": "mesalamine 4.8 g PO daily"}
    }}
  ]
}
"""
M("phi", "struct", "Abernathy",
  "Raj Menon <rmenon@" + ORG + ">", "analytics-dev@healthbridge-app.example.com",
  "payload from prod for the calprotectin bug",
  """Hey, here's the actual bundle that broke the trend chart (unit came through as ug/g instead of mcg/g). Pulled from prod logs so please delete after you repro.

Raj""", atts=[("bundle_0603.json", "application", "fhir+json", fhir.encode())])

ccd = """<component>
  <section>
    <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
    <title>Problems</title>
    <text>
      <list>
        <item>Ulcerative pancolitis, moderate (onset 2017)</item>
        <item>Primary sclerosing cholangitis</item>
      </list>
    </text>
  </section>
</component>
<recordTarget>
  <patientRole>
    <id extension="004377615" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>1827 Beechwold Blvd</streetAddressLine><city>Columbus</city><state>OH</state><postalCode>43214</postalCode></addr>
    <patient>
      <name><given>Rohan</given><family>Mehta-Castillo</family></name>
      <administrativeGenderCode code="M"/>
      <birthTime value="19930612"/>
    </patient>
  </patientRole>
</recordTarget>"""
M("phi", "struct", "Mehta-Castillo",
  "Dr. Helen Marchetti <hmarchetti@" + ORG + ">", "kduffy@" + ORG,
  "CCD from OSU came in weird",
  "Kevin - the CCD they sent for my PSC patient shows the problem list above the recordTarget and our viewer shows nothing. Raw text below, what am I looking at?\n\n" + ccd + "\n\nHelen",
  html="<html><body><p>Kevin - the CCD they sent for my PSC patient shows the problem list above the recordTarget and our viewer shows nothing. Raw text below, what am I looking at?</p><pre>" +
       ccd.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre><p>Helen</p></body></html>")

M("phi", "struct", "Whitfield",
  "Ron Baptiste <rbaptiste@" + ORG + ">", "sortiz@" + ORG,
  "835 - underpaid EUS",
  """Sheila - ERA for the EUS paid at 40%, CARC 59. Segment:

CLP*RD87102*1*3200*1280*0*12*BHP2406011187*22*1~
NM1*QC*1*WHITFIELD*GORDON*E***MI*BHP330097115~
NM1*82*1*MARCHETTI*HELEN****XX*1457839201~
DTM*232*20240514~
SVC*HC:43242*3200*1280**1~
CAS*CO*59*1920~
AMT*B6*1280~

this was a single procedure, not multiple. appeal?
Ron""")

# =====================================================================================
# PHI / lang
# =====================================================================================
M("phi", "lang", "Villalobos",
  "Rosa Villalobos <rosavillalobos62@hotmail.com>", "nurse-line@" + ORG,
  "pregunta sobre la preparación",
  """Buenas tardes,

Soy Rosa Villalobos, tengo mi colonoscopia el viernes a las 10 con el Dr. Amadi. Ya empecé la dieta de líquidos pero no entiendo bien si tengo que tomar el segundo litro a las 5 de la mañana o la noche antes. También tomo Eliquis, el doctor de corazón me dijo que lo suspendiera 2 días, ¿es correcto?

Mi fecha de nacimiento es 14/08/1962.

Gracias,
Rosa""", cte="quoted-printable")

M("phi", "lang", "Sousa",
  "Cláudia Sousa <claudia.sousa@uol.com.br>", "info@" + ORG,
  "Meu pai - sangramento",
  """Olá, boa noite.

Meu pai, Joaquim Sousa, foi atendido aí na semana passada por sangramento no estômago e fez uma endoscopia com o Dr. Oduya. Ele recebeu alta com omeprazol, mas hoje as fezes voltaram a ficar pretas e ele está muito fraco e tonto. Devemos levá-lo ao pronto-socorro ou vocês podem vê-lo amanhã? Ele não fala inglês, eu posso traduzir.

Obrigada,
Cláudia (filha)
+1 614-555-0157""")

M("phi", "lang", "Lê",
  "Lê Văn Thành <lvthanh56@gmail.com>", "liverclinic@" + ORG,
  "Kết quả xét nghiệm viêm gan B",
  """Chào bác sĩ Marchetti,

Tôi là Lê Văn Thành, sinh ngày 12/05/1956. Tháng trước tôi có thử máu viêm gan B và siêu âm gan. Tôi chưa nhận được kết quả. Tôi vẫn uống thuốc tenofovir mỗi ngày. Xin cho tôi biết tải lượng virus có giảm không và khi nào tôi cần tái khám.

Cảm ơn bác sĩ,
Thành""", cte="base64")

M("phi", "lang", "Pierre-Louis",
  "Nadège Pierre-Louis <nadege.pl@yahoo.fr>", "scheduling@" + ORG,
  "randevou kolonoskopi manman m",
  """Bonjou,

M ap ekri pou manman m, Marie-Ange Pierre-Louis. Li gen randevou pou kolonoskopi 18 jen an ak Dr. Amadi. Li pa ka bwè tout likid preparasyon an paske li vomi chak fwa. Èske nou ka chanje preparasyon an oswa ba li yon lòt dat? Li fèt 3 out 1950.

Mèsi anpil,
Nadège""")

M("phi", "lang", "Morozova",
  "Светлана Морозова <s.morozova@mail.ru>", "peds-ibd@" + ORG,
  "Кира Морозова - болезнь Крона, Хумира",
  """Здравствуйте, доктор Бельтран!

Пишу по поводу моей дочери, Киры Морозовой (дата рождения 09.10.2011). После последней инъекции Хумиры у неё снова боли в животе и жидкий стул 5-6 раз в день, температура 37,8. Анализ кальпротектина сдали в понедельник. Нужно ли приехать раньше, чем 20 июня?

С уважением,
Светлана Морозова""")

M("phi", "lang", "Al-Masri",
  "يوسف المصري <y.almasri@gmail.com>", "bariatric@" + ORG,
  "استفسار بعد عملية تكميم المعدة",
  """السلام عليكم،

أنا يوسف المصري، أجريت عملية تكميم المعدة مع الدكتور أوستربرغ قبل ثلاثة أشهر. منذ أسبوع أعاني من حرقة شديدة وقيء بعد الأكل، ولا أستطيع شرب الماء بكميات كافية. فقدت ١٨ كيلو حتى الآن. هل يجب أن أوقف حبوب الفيتامين؟ وهل يمكن حجز موعد قريب؟

رقم هاتفي: 614-555-0186

شكراً،
يوسف""")

M("phi", "lang", "Chen",
  "陈美玲 <meiling.chen88@qq.com>", "info@" + ORG,
  "关于我父亲的胃镜检查结果",
  """您好，

我父亲陈建国（出生日期：1948年7月3日）上周二在贵中心做了胃镜和活检，医生说发现了胃溃疡，需要等病理结果。请问结果出来了吗？他现在每天吃两次奥美拉唑。另外他还需要停用阿司匹林吗？

我的电话是 614-555-0153，请用中文或英文回复。

谢谢！
陈美玲""")

# =====================================================================================
# CLEAN / admin
# =====================================================================================
M("clean", "admin", "",
  "Endo Scheduling <endo-scheduling@" + ORG + ">", "gi-physicians@" + ORG,
  "July call schedule - FINAL",
  """All,

July GI call is final. Swaps after today go through me, not the answering service.

Jul 1-7    Dr. Chidi Amadi       cell 614-555-0102
Jul 8-14   Dr. Tomas Lindqvist   cell 614-555-0103
Jul 15-21  Dr. Samuel Oduya      cell 614-555-0104
Jul 22-28  Dr. Ana Beltrán       cell 614-555-0105
Jul 29-31  Dr. Helen Marchetti   cell 614-555-0106 (liver backup all month)

ERCP backup: Dr. Lindqvist weekdays, Dr. Amadi weekends.

Thanks,
Pam Keller
Physician Scheduling Coordinator""")

M("clean", "admin", "",
  "IT Service Desk <servicedesk@" + ORG + ">", "endo-staff@" + ORG,
  "[INC0048213] Planned downtime - endoscopy reporting system Sat 6/15 22:00-02:00",
  """Ticket: INC0048213
Priority: P3 - Planned
Affected system: Endoscopy report writer + image capture (rooms 1-4)

The endoscopy reporting system will be unavailable Saturday 6/15 from 22:00 to 02:00 for the v9.2 upgrade. Any emergent after-hours procedures during that window should be documented on the downtime paper forms (yellow binder, charge desk) and back-entered on Sunday.

Questions: call x4357 or reply to this ticket.

Marcus Bell
IT Service Desk Analyst II""")

M("clean", "admin", "",
  "AR Dept - MedScope Reprocessing <ar@medscope-reprocessing.example.com>", "ap@" + ORG,
  "Invoice INV-2024-07731 - past due",
  """Dear Accounts Payable,

Our records show invoice INV-2024-07731 dated 04/30/2024 for $18,442.60 (AER maintenance contract Q2, 4 units; duodenoscope loaner fees x2) is now 36 days past due. Customer account: RDHC-0092.

Please remit via ACH or let us know if a PO number is missing. Remittance contact: Janelle Ortiz, 800-555-0119 ext 22.

Thank you,
MedScope Reprocessing Solutions, Accounts Receivable""",
  html="<html><body><p>Dear Accounts Payable,</p><p>Our records show invoice <b>INV-2024-07731</b> dated 04/30/2024 for <b>$18,442.60</b> (AER maintenance contract Q2, 4 units; duodenoscope loaner fees x2) is now 36 days past due. Customer account: RDHC-0092.</p><p>Please remit via ACH or let us know if a PO number is missing. Remittance contact: Janelle Ortiz, 800-555-0119 ext 22.</p><p>Thank you,<br>MedScope Reprocessing Solutions, Accounts Receivable</p></body></html>")

M("clean", "admin", "",
  "Human Resources <hr@" + ORG + ">", "all-staff@" + ORG,
  "Open enrollment closes Friday + flu shot reminder",
  """Hi everyone,

Reminder that benefits open enrollment closes this Friday at 5pm. Log in with your employee ID (starts with E00) and choose medical, dental and vision elections for 2025. If you don't make a choice, your current plan rolls over except the FSA, which must be re-elected.

Benefits office hours: Tue/Thu 12-1 in Conference B with Tanya Brooks (x2214).

Also, employee health will run the annual flu shot clinic Oct 1-4 in the break room. Bring your badge.

Human Resources
Riverbend Digestive Health Center""")

M("clean", "admin", "",
  "Facilities <facilities@" + ORG + ">", "endo-charge@" + ORG,
  "WO 55210 - Procedure room 3 HVAC",
  """Carol,

Work order 55210 is open for the humidity alarm in procedure room 3. Tech from Allied Mechanical (Brian, 614-555-0166) will be on site Thursday 6:00-7:15am before first case. Please keep room 3 closed until he signs off; should be ready by 7:30.

Also the eyewash station log in decon is overdue for the weekly check.

Don Pruitt
Facilities Manager""")

M("clean", "admin", "",
  "Credentialing <credentialing@" + ORG + ">", "medstaff-office@ohiohealthpartners.example.com",
  "Privileges packet - Dr. Farida Nwosu-Hart",
  """Hello,

Attached list of items still outstanding for Dr. Farida Nwosu-Hart (gastroenterology, NPI 1932047785), start date 8/1:

- DEA registration copy (Ohio address)
- Case logs for ERCP (last 24 months)
- Peer reference #3 (Dr. Gupta, Univ. of Cincinnati)
- TB screening / hep B titer from employee health

Please send to this address or fax 614-555-0139 attn: Credentialing.

Marisa Quinlan, CPMSM
Medical Staff Credentialing""")

# =====================================================================================
# CLEAN / lookalike
# =====================================================================================
M("clean", "lookalike", "",
  "Ironworks Fitness <members@ironworksfitness.example.com>", "jdoyle77@gmail.com",
  "Your body composition scan results are ready!",
  """Hi Jason,

Thanks for stopping by the front desk! Your InBody scan from Saturday is ready in the app.

Member #: 20418-776
Body fat: 24.1%  (down 2.3% since March)
Skeletal muscle mass: 34.8 kg
Visceral fat level: 9

Ready for the next step? Our 6-week "Gut Reset" nutrition challenge starts June 17 with coach Danielle - smoothies, fiber tracking, and weekly weigh-ins. Reply YES to save a spot.

Keep crushing it,
Ironworks Fitness - Grandview""",
  html="<html><body style='font-family:Arial'><h2>Your InBody results are in!</h2><p>Hi Jason,</p><table><tr><td>Member #</td><td>20418-776</td></tr><tr><td>Body fat</td><td>24.1%</td></tr><tr><td>Skeletal muscle mass</td><td>34.8 kg</td></tr><tr><td>Visceral fat level</td><td>9</td></tr></table><p>Our 6-week <b>Gut Reset</b> nutrition challenge starts June 17. Reply YES to save a spot.</p></body></html>")

M("clean", "lookalike", "",
  "Northside Animal Hospital <records@northsidevet.example.com>", "kmcbride@" + ORG,
  "Biscuit - discharge instructions after endoscopy",
  """Hi Kelly,

Biscuit did great today! Dr. Halvorsen was able to remove the sock (and a hair tie) from his stomach by endoscopy, no surgery needed. Mild gastric irritation seen, so we've sent home famotidine 10 mg once daily for 7 days and a bland diet (boiled chicken and rice) for 3 days.

Patient: Biscuit (canine, Beagle, neutered male, DOB 04/2019)
Client #: 88213
Chart #: NAH-40772

Please call 614-555-0130 if he vomits more than twice or stops eating. Recheck in 10 days.

Northside Animal Hospital""")

M("clean", "lookalike", "",
  "Scioto Valley Credit Union <alerts@sciotovalleycu.example.com>", "r.baptiste@gmail.com",
  "Member #004417 - Your auto loan payment was received",
  """Dear Ronald Baptiste,

We've received your payment of $412.86 for loan account ending in 2276. 

Member number: 004417
Next payment due: 07/15/2024
Remaining balance: $9,381.14

Need help? Call 614-555-0100 or visit any branch. Scioto Valley CU will never ask for your PIN by email.

Federally insured by NCUA.""")

M("clean", "lookalike", "",
  "Buckeye Air <noreply@buckeyeair.example.com>", "helen.marchetti@gmail.com",
  "Your trip confirmation - CMH to SEA - Record Locator QZ7P4K",
  """Thank you for flying Buckeye Air, HELEN MARCHETTI.

Record locator: QZ7P4K
Ticket #: 0162184471902
Passenger: MARCHETTI/HELEN MS   Known Traveler #: on file
Flight BA 1148  CMH 07:05 -> SEA 09:47  Thu 23 May  Seat 14C
Flight BA 1149  SEA 17:30 -> CMH 01:12+1  Sun 26 May  Seat 9A

Special service request: WCHR (wheelchair to gate) - not requested
Travelling with medications or medical devices? See buckeyeair.example.com/medical

Checked bags: 1 included.""")

M("clean", "lookalike", "",
  "Greenway Arbor Care <office@greenwayarbor.example.com>", "dpruitt@" + ORG,
  "Tree assessment - 1400 Riverbend Pkwy - diagnosis & quote",
  """Hi Don,

Our certified arborist inspected the three trees by the north parking lot on Tuesday. Findings:

1. Red oak (#T-03): crown dieback ~30%, bleeding canker on the lower trunk consistent with Phytophthora. Prognosis poor. Recommend removal.
2. Honeylocust (#T-04): healthy, light deadwood pruning.
3. Silver maple (#T-07): girdling root, stable for now, re-evaluate in 12 months.

Quote Q-2024-3318: $4,850 (removal T-03, stump grinding, pruning T-04). Valid 30 days.

Thanks,
Ray Kowalski
ISA Certified Arborist OH-6632A
Greenway Arbor Care
(614) 555-0171""")

M("clean", "lookalike", "",
  "GitLab <gitlab@git.healthbridge-app.example.com>", "rmenon@" + ORG,
  "[healthbridge/worker] Issue #4471: patient-zero worker leaks connections and never recovers",
  """Dan Whitcomb opened issue #4471:

**patient-zero worker leaks connections and never recovers**

After the 2.8 deploy, the first worker pod to start (we call it patient zero in the runbook since it seeds the cache) slowly bleeds DB connections until the pool is exhausted, then liveness probe fails and it gets killed. Symptoms spread to the other pods ~20 min later.

- pod: worker-7f9c4-xk2lq
- PID 48213 in the container
- connection count: 5 -> 97 over 40 min
- triage: suspect the retry wrapper in `admit_job()` doesn't release on timeout

Diagnosis and discharge (restart) plan in the comments. Labels: bug, P1, infra

—
Reply to this email directly or view it on GitLab.""")

# =====================================================================================
# CLEAN / news
# =====================================================================================
M("clean", "news", "",
  "FDA Safety Alerts Digest <safety-digest@drugalerts-news.example.org>", "pharmacy@" + ORG,
  "Voluntary recall: bowel prep oral solution, select lots",
  """DRUG SAFETY DIGEST - Recalls & Market Withdrawals

Lumenza Pharmaceuticals is voluntarily recalling six lots of PEG-3350/electrolyte oral solution for bowel preparation (4 L jug kits) to the consumer level due to potential microbial contamination identified during routine stability testing.

Affected lot numbers: LP23041A, LP23041B, LP23077C, LP23102A, LP23102B, LP23119D
Expiration dates: 03/2025 - 09/2025
NDC: 71188-402-01

To date, the company has received no reports of adverse events related to this recall. Healthcare facilities should quarantine affected stock and contact Lumenza Customer Service at 1-800-555-0144, Mon-Fri 8am-6pm ET.

You are receiving this digest because you subscribed to Drug Safety Alerts.
Unsubscribe | Manage preferences""")

M("clean", "news", "",
  "County Public Health <epi-bulletin@franklincohealth.example.gov>", "infection-control@" + ORG,
  "Epi Bulletin Wk 23: Hepatitis A cluster update",
  """FRANKLIN COUNTY PUBLIC HEALTH - EPIDEMIOLOGY BULLETIN, WEEK 23

Hepatitis A cluster update
- 14 confirmed cases since April 2 (11 hospitalized, 0 deaths)
- Age range 24-61; 71% report recent homelessness or drug use
- Genotype IB, linked to multistate outbreak strain

Recommendations for clinicians:
1. Test for IgM anti-HAV in patients with acute hepatitis and compatible exposures.
2. Offer post-exposure prophylaxis within 14 days of exposure.
3. Report suspected cases within 24 hours: 614-555-0111 (epi line).

Vaccine clinics: Tues/Thurs 1-4pm at the Main St health center, no appointment needed.

Norovirus activity: moderate. C. difficile: stable.""")

M("clean", "news", "",
  "Riverbend Communications <news@" + ORG + ">", "all-staff@" + ORG,
  "The Riverbend Review - March: Colorectal Cancer Awareness Month",
  """THE RIVERBEND REVIEW | March

** Blue for March **
Wear blue this Friday for Colorectal Cancer Awareness Month! Our screening campaign reached 1,240 community members at 9 events last year, and the FIT outreach program returned 612 kits.

** Staff spotlight: Lorna Fitch, RN, CGRN **
Lorna celebrated 20 years in our endoscopy unit. She's trained more than 40 new endo nurses and still makes the best banana bread on the 3rd floor.

** By the numbers (Q4) **
Adenoma detection rate (all endoscopists): 41%
Cecal intubation rate: 98.2%
Patient satisfaction (Press Ganey): 94th percentile

** Welcome **
Please welcome Dr. Farida Nwosu-Hart, joining our advanced endoscopy team in August.""",
  html="<html><body><h1>The Riverbend Review</h1><h2>Blue for March</h2><p>Wear blue this Friday for Colorectal Cancer Awareness Month! Our screening campaign reached 1,240 community members at 9 events last year, and the FIT outreach program returned 612 kits.</p><h2>Staff spotlight: Lorna Fitch, RN, CGRN</h2><p>Lorna celebrated 20 years in our endoscopy unit.</p><h2>By the numbers (Q4)</h2><ul><li>ADR: 41%</li><li>Cecal intubation: 98.2%</li><li>Patient satisfaction: 94th percentile</li></ul></body></html>")

M("clean", "news", "",
  "IBD Literature Watch <digest@ibdlitwatch.example.org>", "tlindqvist@" + ORG,
  "IBD Literature Watch - Issue 212",
  """IBD LITERATURE WATCH | Issue 212

1. Head-to-head: an open-label RCT (n=386) comparing two IL-23 inhibitors in moderate-to-severe Crohn's disease found similar week-48 endoscopic remission (37% vs 33%).
2. Therapeutic drug monitoring: proactive infliximab TDM reduced treatment failure in pediatric Crohn's (HR 0.61) in a multicenter cohort.
3. JAK inhibitors in acute severe UC: retrospective series of 44 patients suggests upadacitinib as rescue may reduce 90-day colectomy.
4. Biosimilar switching: no loss of response after a second non-medical switch in a Scandinavian registry of 1,102 patients.

Editor's pick: a practical review of vedolizumab in elderly patients.

To unsubscribe, reply STOP.""")

M("clean", "news", "",
  "Ohio Cancer Registry <reports@ohiocancerstats.example.gov>", "quality@" + ORG,
  "Annual report: colorectal cancer screening & incidence by county, 2023",
  """The 2023 Colorectal Cancer Data Brief is now available.

Highlights:
- Up-to-date CRC screening, adults 45-75: 68.9% statewide (Franklin 71.2%, Delaware 76.4%, Pickaway 61.0%)
- CRC incidence per 100,000: 36.8 (down from 38.1)
- Early-onset (<50) cases rose 2.1% annually since 2014
- Stage at diagnosis: 38% localized, 36% regional, 21% distant

Counties with fewer than 11 cases are suppressed to protect confidentiality.

Full report and county tables: ohiocancerstats.example.gov/crc2023""")

M("clean", "news", "",
  "Midwest Digestive Disease Forum <events@mddforum.example.org>", "gi-physicians@" + ORG,
  "Registration open: MDDF 2024, Chicago, Oct 11-13",
  """Registration is now open for the Midwest Digestive Disease Forum 2024!

Oct 11-13 | Hyatt Lakefront, Chicago
Up to 18.5 CME / MOC credits

Featured sessions:
- Live endoscopy: third-space endoscopy and EUS-guided gastroenterostomy
- Debate: should everyone with MASLD get a FibroScan?
- Bariatric endoscopy after sleeve failure
- Nurse & tech track: reprocessing after the duodenoscope guidance updates

Early-bird rate ends Aug 31: physicians $495, APPs/nurses $245, fellows free.

Questions: 312-555-0190""")

# =====================================================================================
# CLEAN / staff
# =====================================================================================
M("clean", "staff", "",
  "Dr. Chidi Amadi <camadi@" + ORG + ">", "endo-staff@" + ORG,
  "Updated prep protocol for diabetics / GLP-1s",
  """All,

Effective July 1 we're updating the prep instructions:

1. GLP-1 agonists (weekly): hold the dose the week before the procedure if taken for weight loss; for diabetes, continue but put these patients on a clear liquid diet for 24 hours instead of 12. Flag on the schedule with "GLP1".
2. Insulin: half dose of basal the night before, hold prandial on prep day.
3. Metformin / SGLT2: hold the day of (SGLT2 3 days prior).
4. Split-dose remains standard; second half must be finished 2 hours before arrival.

Lorna and Dee are updating the handouts. Please don't give the old verbal instructions anymore.

Chidi

Chidi Amadi, MD, FASGE
Medical Director, Endoscopy""")

M("clean", "staff", "",
  "Carol Jensen RN <cjensen@" + ORG + ">", "endo-nurses@" + ORG,
  "need coverage 6/21 + 6/28",
  """hi all - we're short 2 RNs for the friday lists 6/21 and 6/28 (Janet's out on leave and the agency nurse fell through). Anyone want to pick up? OT is approved. Also need someone for 2nd call 6/22, Tasha said she'd swap if someone takes her 7/4.

reply to me not all pls lol

Carol
Charge RN, Endo""")

M("clean", "staff", "",
  "Dr. Samuel Oduya <soduya@" + ORG + ">", "Dr. Helen Marchetti <hmarchetti@" + ORG + ">",
  "curbside - anticoag restart after ulcer bleed",
  """Helen, general question, not about anyone you know:

a man in his 60s, afib on apixaban, came in with melena, EGD showed a clean-based ulcer, no intervention. Cards is pushing to restart apixaban at 48h. I usually wait 7 days for high-risk stigmata but for clean base I'm fine sooner. What do you do? Is there anything newer than the 2022 guideline?

Sam""")

M("clean", "staff", "",
  "Infection Prevention <ip@" + ORG + ">", "endo-staff@" + ORG,
  "Duodenoscope surveillance cultures Q2 - results",
  """Team,

Q2 surveillance cultures are back for all duodenoscopes and the linear echoendoscopes:

Scope serial    Model      Result
2917044         TJF-Q190V  no growth
2917051         TJF-Q190V  no growth
3306112         GF-UCT180  <10 CFU skin flora (non-HCO) - reprocessed, recultured
2104993         TJF-Q190V  no growth

No high-concern organisms. Scope 3306112 is back in service after the repeat culture. Nice work everyone on the bedside pre-clean audits (97% compliance).

Patty Greer, RN, CIC
Infection Prevention""")

M("clean", "staff", "",
  "Dr. Erik Osterberg <eosterberg@" + ORG + ">", "surgery-mm@" + ORG,
  "M&M Thursday - bariatric case (de-identified)",
  """For Thursday's M&M, I'll present:

A woman in her 40s, about 2 years after Roux-en-Y gastric bypass, who smoked and used NSAIDs for back pain, presenting with perforated marginal ulcer. Managed laparoscopically with omental patch. Discussion points:
- NSAID counseling at discharge and at every follow-up
- smoking cessation requirement before surgery vs after
- PPI prophylaxis duration post RYGB (we have no standard)

Slides contain no identifiers; please keep it that way in the discussion notes.

Erik""")

M("clean", "staff", "",
  "Priya Raman, PharmD <praman@" + ORG + ">", "gi-physicians@" + ORG,
  "P&T: biosimilar-first policy for infliximab / adalimumab",
  """Hi all,

The P&T committee voted to adopt a biosimilar-first policy starting Sept 1:
- New starts on infliximab -> infliximab-dyyb unless payer requires otherwise
- Adalimumab new starts -> the citrate-free high-concentration biosimilar on our formulary
- Existing patients: no forced switch this year; we'll revisit in January

Please send me concerns by Friday. I'll present a cost summary at the next division meeting (we project ~$410k/year savings).

Priya Raman, PharmD, BCPS
Clinical Pharmacist, GI & Infusion""")

# =====================================================================================
# CLEAN / training
# =====================================================================================
M("clean", "training", "",
  "EHR Training <ehr-training@" + ORG + ">", "new-hires@" + ORG,
  "Class 2 homework - endoscopy check-in workflow (TRAINING ENV)",
  """Welcome back! For homework, log into the TRAINING environment (not PROD!) and complete these steps for your assigned test patient:

- ZZTEST, ENDO ONE    MRN 990000101   DOB 01/01/1950
- ZZTEST, ENDO TWO    MRN 990000102   DOB 02/02/1960
- ZZTEST, BARIATRIC   MRN 990000103   DOB 03/03/1970

1. Check in the patient for a "COLONOSCOPY SCREENING" visit
2. Complete the pre-procedure checklist (prep quality = "adequate", last anticoagulant dose = N/A)
3. Print the wristband to the TRAIN-PRINTER queue

These are fake patients in the training environment; please never use a real patient in class.

Kim Alvarado
EHR Trainer""")

M("clean", "training", "",
  "Solutions Engineering <demo@endowriter-vendor.example.com>", "kduffy@" + ORG,
  "Demo recap + sample HL7 messages",
  """Kevin,

Thanks for the time today. As promised, here are the sample messages from the demo. All data is fictitious.

MSH|^~\\&|DEMO|DEMOHOSP|ENDOWRITER|DEMO|20240101120000||ADT^A04|DEMO0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^XX^00000||(555)555-5555
PV1|1|O|ENDO^ROOM1^^DEMO||||9999999999^PROVIDER^TEST

MSH|^~\\&|ENDOWRITER|DEMO|EHR|DEMOHOSP|20240101133000||ORU^R01|DEMO0002|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M
OBX|1|TX|ENDOREPORT||Sample report text - colonoscopy to cecum, no findings.||||||F

Processing ID is T (test) so they'll be rejected by a production engine. Let me know when you want the sandbox credentials.

Nora Whelan
Solutions Engineer""")

M("clean", "training", "",
  "Sim Lab <simlab@" + ORG + ">", "endo-nurses@" + ORG,
  "Skills day scenario: sedation emergency (mannequin)",
  """Skills day - Station 3: Moderate sedation emergency

Scenario patient: "Sim Sam" (SimMan 3G mannequin), 58 y/o, BMI 41, OSA, undergoing colonoscopy with midazolam/fentanyl.
Minute 4: SpO2 drops to 84%, RR 6, capnography flat-lining.
Expected actions: stop procedure, stimulate, jaw thrust, O2 up, call for help, reversal agents (naloxone 0.4 mg, flumazenil 0.2 mg), bag-valve-mask.

Debrief questions:
- When should you have called for help?
- What are the ASA classes where anesthesia should be involved?

Sign up for a slot on the sheet by the break room. 4 stations, 2 hours total.

Renee Ostrowski, MSN, RN, CHSE
Simulation Educator""")

M("clean", "training", "",
  "Compliance Office <compliance@" + ORG + ">", "all-clinical@" + ORG,
  "Updated consent template - EGD/colonoscopy (please review)",
  """Attached is the updated procedure consent template. Placeholders are in brackets; please don't fill them in on the master copy.

---
CONSENT FOR ENDOSCOPIC PROCEDURE

Patient name: [PATIENT NAME]     Date of birth: [DOB]     MRN: [MRN]

I, [PATIENT NAME], authorize Dr. [PHYSICIAN] and assistants to perform: [ ] Upper endoscopy (EGD) [ ] Colonoscopy [ ] Other: ________

Risks explained include bleeding, perforation (about 1 in 1,000-3,000), reaction to sedation, missed lesions...

Signature of patient or legal representative: ______________  Date: ________
Interpreter (if used): ______________  ID #: ________
---

Feedback to me by 6/30.

Laura Fenn, JD, CHC
Compliance Officer""")

M("clean", "training", "",
  "Nurse Educator <educ@" + ORG + ">", "new-hires@" + ORG,
  "Week 2 quiz - GI bleed triage (practice case)",
  """Practice case for Thursday's quiz (fictional):

Jane Doe, a 67-year-old woman (not a real patient), calls the triage line reporting black tarry stools for 2 days and lightheadedness on standing. She takes aspirin and naproxen. 

1. What is your triage disposition? (a) routine clinic (b) same-day clinic (c) ED now
2. Which two medications are the most likely contributors?
3. Calculate the Glasgow-Blatchford score given: BUN 32, Hgb 10.1, SBP 102, HR 108.

Answers will be discussed in class. Bring your GI triage protocol binder.

Monique
Clinical Nurse Educator""")

M("clean", "training", "",
  "HealthBridge Dev Relations <devrel@healthbridge-app.example.com>", "rmenon@" + ORG,
  "Sandbox test patients for the FHIR integration",
  """Hi Raj,

Your sandbox is live. Use these synthetic patients (Synthea-generated, no real data):

Patient/test-001  Testpatient, Zz    1980-01-01  F   "Crohn's demo"
Patient/test-002  Sample, Patient    1955-05-05  M   "Cirrhosis demo"
Patient/test-003  Doe, Jane          1990-09-09  F   "Post-bariatric demo"

Base URL: https://sandbox.healthbridge-app.example.com/fhir/R4
Client ID: rdhc-sandbox-2291

Sample query:
GET /Observation?patient=test-001&code=http://loinc.org|38445-3

Cheers,
Theo Marsh
Developer Relations""")

# =====================================================================================
# build
# =====================================================================================

def build(i, m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = fake_date()
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%d.%d.%s@%s>" % (SEED, i, m["kind"], dom)
    msg["MIME-Version"] = "1.0"
    for k, v in m["hdrs"].items():
        msg[k] = v
    if m["cte"]:
        msg.set_content(m["body"], charset="utf-8", cte=m["cte"])
    else:
        msg.set_content(m["body"])
    if m["html"]:
        msg.add_alternative(m["html"], subtype="html")
    for fn, mt, st, data in m["atts"]:
        if mt == "text":
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d" % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS):
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fn = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m["label"], m["kind"], m["pname"] if m["label"] == "phi" else ""])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
