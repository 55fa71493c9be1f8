#!/usr/bin/env python3
"""Blind evaluation mail set: Marlow County Health System (county hospital + safety-net clinics).
All people, numbers and organisations are invented. Run: python3 gen.py OUTDIR"""
import sys, os, io, csv, random, zipfile, html, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

random.seed(3502)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, patient, frm, to, subject, body, date, cc=None, html_body=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subject=subject,
                     body=body, date=date, cc=cc, html_body=html_body, atts=list(atts), cte=cte,
                     headers=headers or {}))


def D(s, tz="-0500"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = -1 if tz[0] == "-" else 1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.replace(tzinfo=datetime.timezone(off))


def simple_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 7, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


DISC_MCHS = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
             "use of the intended recipient(s) and may contain confidential and privileged "
             "information protected by law. Any unauthorized review, use, disclosure or distribution "
             "is prohibited. If you are not the intended recipient, please contact the sender by "
             "reply e-mail and destroy all copies of the original message.")
DISC_PLAN = ("MarlowCare Community Plan is a county-sponsored Medicaid managed care plan. This message "
             "may contain confidential information. If you received it in error please notify the "
             "sender and delete it.")

# =====================================================================================
# PHI: care
# =====================================================================================
add("phi", "care", "Fuentes Ayala",
    "Samuel Achterberg <sachterberg@marlowhealth.org>",
    "Deandra Pike <dpike@marlowhealth.org>",
    "admit from ED tonight - needs SW in am",
    """Deandra,

Heads up for the morning. Roberto Fuentes Ayala came in by ambulance around 2100 after he was found down outside the laundromat on Alvarado Ave. CT head done, small bleed, neurosurgery saw him and don't want to operate. Loaded him with levetiracetam and he's going up to 6 North for neuro checks q2h.

He told the nurse he's been sleeping in his truck since January and his phone is dead, so we have no contact for family. Brother might be in Fresno? He's asking about his job (day labor, cash). Spanish is his preferred language, he's fine with the video interpreter but gets tired.

Can you see him first thing? I'd like a discharge plan that isn't "back to the truck" before he leaves on a seizure med he can't refill.

Thanks,
Sam

Samuel Achterberg, MD
Emergency Medicine | Marlow County General Hospital
pager 4471
""", D("2024-03-05 23:48"))

add("phi", "care", "Kettering",
    "Tomasz Wrobel NP <twrobel@marlowcounty.gov>",
    "MCGH Inpatient Pharmacy <rxinpatient@marlowhealth.org>",
    "RE: inmate Kettering - methadone dose verification",
    """Hi pharmacy,

confirming what we gave him inside so you can continue in the hospital. Dwayne Kettering, housed in Unit C at the detention center, was on methadone 85mg daily through the Eastside OTP before booking, we verified with the clinic on 2/26 and have been dosing him since. Last dose here was 0715 today before transport.

He went out to your ED this afternoon for the hand xray (punched a wall, swollen 4th/5th knuckles) and now ortho wants to keep him for surgery tomorrow. Please do NOT restart at a lower dose, he will be sick by tonight.

Deputy Harlan is with him on 5 South. Call me on the unit line 555-0163 if anything.

Tomasz Wrobel, FNP-BC
Correctional Health Unit, Marlow County Detention Center

-----Original Message-----
From: MCGH Inpatient Pharmacy
Sent: Thursday, March 7, 2024 3:52 PM
To: Wrobel, Tomasz
Subject: inmate Kettering - methadone dose verification

Need outside verification of methadone dose for patient from jail admitted to 5S. OTP closed after 3pm. Pls call or email.
""", D("2024-03-07 16:20"))

add("phi", "care", "Alvarado",
    "Ricky Saldana <rsaldana@marlowhealth.org>",
    "Eastgate Family Clinic Front Desk <eastgate.frontdesk@marlowhealth.org>",
    "van referral - pls get her in this week",
    """hey team

we saw Lucia Alvarado on the van at the swap meet sat. BP was 182/104 and 176/100 on recheck, she ran out of her pills "a couple months ago", no headache no chest pain. gave her a one time dose per standing order and she sat with us 30 min, came down to 158/94.

she wants to come to Eastgate bc its on her bus line. cell is 555-0128, best after 4, she works mornings at the packing plant. she already has MarlowCare. can someone call her for a new pt appt + labs?

thx
Ricky Saldana RN
Health on Wheels mobile unit
"we come to you"
""", D("2024-03-11 08:03", "-0400"))

add("phi", "care", "Farah",
    "Hanna Lindqvist MD <hlindqvist@marlowhealth.org>",
    "County TB Control <tbcontrol@marlowcounty.gov>",
    "New Arrivals Clinic - LTBI start, Farah",
    """Good afternoon,

Reporting a treatment start from the New Arrivals Clinic. Abdirahman Farah, 34, arrived from Kakuma in December with his wife and three children. His interferon gamma blood test came back positive on 2/20. Chest x-ray 2/27 was clear, no cough, no weight loss, sputum not indicated.

We started him today on rifampin 600 mg once daily for 4 months. Baseline liver tests normal. Monthly visits here with a Somali interpreter; first follow-up is 4/9. The kids all had negative blood tests, wife's is pending.

His case manager at the resettlement agency is Kowsar at Horizon Refugee Services if you need a second contact.

Best,
Hanna Lindqvist, MD
Medical Director, New Arrivals Clinic
Marlow County Health System
""", D("2024-03-12 14:31", "-0400"))

add("phi", "care", "Maldonado",
    "Priya Venkataraman <pvenkataraman@marlowcareplan.org>",
    "Deandra Pike <dpike@marlowhealth.org>",
    "Member discharge follow up - T. Maldonado",
    """Hi Deandra,

I'm the MarlowCare care manager assigned to Teresa Maldonado. Our daily discharge report shows she went home from 4 West yesterday after her hip replacement. A few things I'm trying to line up on the plan side:

- home health PT 3x/week: auth approved through 4/15, agency is Sunrise Home Care
- the front-wheeled walker was ordered but the DME vendor says the order is missing a signature
- she has a follow-up with ortho on 3/26 and we can book a ride for her

Her daughter called us worried that Ms. Maldonado hasn't had a bowel movement since Saturday and is only taking the oxycodone at night because it "makes her dizzy". I told her to call the surgeon's office but wanted you to know in case there's a discharge med issue.

Is there a good number for the 4 West charge nurse?

Thanks so much,
Priya Venkataraman, RN, CCM
Care Manager, Complex Care Team
MarlowCare Community Plan
Direct 555-0191

""" + DISC_PLAN, D("2024-03-19 10:12", "-0400"), html_body="AUTO")

add("phi", "care", "Vo",
    "Marisol Quintanilla <mquintanilla@marlowhealth.org>",
    "GI Scheduling <gi.scheduling@marlowhealth.org>",
    "Re: Vietnamese interpreter for colonoscopy 3/21",
    """Hi Jen,

Yes I have Thanh booked in person for Mr. Vo on Thursday 7:30. She'll also call him Wednesday afternoon to go over the prep again in Vietnamese because last time he only drank half of it and they had to cancel. He lives with his son who drives him.

One thing, he told Thanh he takes the blood thinner (warfarin?) from his cardiologist, was anyone told to hold it? Please check before Thursday or it'll be another reschedule.

Marisol

On Mon, Mar 18, 2024 at 9:02 AM Jen Ostrowski <jostrowski@marlowhealth.org> wrote:
> Hi Marisol, can we get a Vietnamese interpreter for Quang Vo, colonoscopy 3/21 7:30am endo suite 2? Pt is hard of hearing so in person much better than phone. thx Jen
""", D("2024-03-18 11:40", "-0400"))

add("phi", "care", "Kowalczyk",
    "Dr. Adaeze Nwosu <anwosu@marlowhealth.org>",
    "Westside Women's Clinic Nurses <westside.rn@marlowhealth.org>",
    "FW: abnormal pap - need colpo scheduled",
    """Can one of you call Renata and get her on my colpo list? She's not picking up the portal. Polish speaker but her English is pretty good, she prefers phone.

-A

Adaeze Nwosu, MD, FACOG
Westside Women's Clinic

-----Original Message-----
From: Cytology Results <cytology-noreply@marlowhealth.org>
Sent: Wednesday, March 20, 2024 6:14 AM
To: Nwosu, Adaeze
Subject: abnormal pap - need colpo scheduled

Patient: KOWALCZYK, RENATA
Collected: 03/08/2024
Result: HSIL. HPV high risk: POSITIVE (other)
Recommendation: colposcopy with biopsy

This is an automated notification. Do not reply.
""", D("2024-03-20 07:55", "-0400"), html_body=None)

_dc = """MARLOW COUNTY GENERAL HOSPITAL - DISCHARGE SUMMARY

Patient: Batiste, Jerome A.
Admit: 03/14/2024   Discharge: 03/19/2024
Attending: L. Ferreira, MD  (Hospital Medicine)

Reason for admission: shortness of breath and leg swelling x 1 week, weight up 6 kg.

Hospital course:
Diuresed with IV furosemide, net negative 7.2 L. Echo 3/15 showed EF 25%.
Started on sacubitril/valsartan and metoprolol succinate; spironolactone added 3/18.
Potassium and creatinine stable on day of discharge.
Seen by pharmacy for teaching; patient reports he could not afford his
previous meds - SW enrolled him in county charity program for first 30 days.

Discharge meds:
  furosemide 40 mg PO BID
  sacubitril/valsartan 24/26 mg PO BID
  metoprolol succinate 25 mg PO daily
  spironolactone 12.5 mg PO daily

Follow up: Heart Failure Clinic 3/26 1:00 PM, labs (BMP) 3/22 at Eastgate.
Daily weights; call if up more than 1 kg in a day.
"""
add("phi", "care", "Batiste",
    "Luisa Ferreira <lferreira@marlowhealth.org>",
    "HF Clinic <hfclinic@marlowhealth.org>",
    "d/c summary attached - new HF pt for 3/26",
    """Hi HF clinic - attaching discharge summary for Mr. Batiste who's coming to you next Tues. He was really motivated but money is the big barrier, see SW note. Thanks! Luisa
""", D("2024-03-19 15:07", "-0400"),
    atts=[("Batiste_DC_summary.txt", "text", "plain", _dc)])

# =====================================================================================
# PHI: names
# =====================================================================================
add("phi", "names", "Okafor",
    "Nkem Adeyemi <nadeyemi@marlowhealth.org>",
    "Wound Care Clinic <woundcare@marlowhealth.org>",
    "Chukwuemeka Okafor - wound check moved",
    """moved his wound check to Fri 3/29 at 10:40 since the van can't bring him Thurs. dressing changes by home health in between. he knows.

Nkem
""", D("2024-03-25 13:22", "-0400"))

add("phi", "names", "Van der Berg",
    "Anticoag Clinic <anticoag@marlowhealth.org>",
    "Karl Ibsen <kibsen@marlowhealth.org>",
    "INR list for Friday",
    """Karl - just one add-on for Friday at Northside:

Van der Berg, Anneliese -- INR 4.6 today on 5mg daily, held tonight, resume 2.5 tomorrow, recheck Friday. She said she started an antibiotic from urgent care Monday (didn't know the name, "the Z pack"?).

Can you fit her at 9? She takes the 12 bus.

- Anticoag Clinic (Maureen)
""", D("2024-03-26 16:48", "-0400"))

add("phi", "names", "Haddad",
    "Sister Joan Mulcahy <jmulcahy@marlowhealth.org>",
    "Dr. Imran Qureshi <iqureshi@marlowhealth.org>",
    "Mrs. Haddad's daughter",
    """Dr. Qureshi,

Mrs. Haddad's daughter stopped me on the unit this morning. She understood from the team yesterday that her mother's potassium was "very high" and they were giving her something through the IV, but nobody explained what happens next, and she'd like to be there when you round. She's available after 11. She speaks English; her mother prefers Arabic and we have Yusuf from interpreter services available at noon if that helps.

Peace,
Sr. Joan
Chaplaincy / Spiritual Care, MCGH
""", D("2024-03-27 08:36", "-0400"))

add("phi", "names", "Oksana",
    "Ricky Saldana <rsaldana@marlowhealth.org>",
    "CDU Charge RN <cdu.charge@marlowhealth.org>",
    "the lady from the van tuesday",
    """hi, just checking on Oksana - the ukrainian lady we sent over from the van on tuesday with the really low sugar, I think she ended up in CDU bed 4? her neighbor came by the van today asking if she's ok and if she can bring her clothes. I didn't tell her anything, just said I'd ask. if she's still there can someone let Oksana know her neighbor Halyna is looking for her

ricky
""", D("2024-04-04 14:10", "-0400"))

add("phi", "names", "Sánchez-Whitfield",
    "Patient Accounts - Gloria Featherstone <gfeatherstone@marlowhealth.org>",
    "Financial Counseling <fincounsel@marlowhealth.org>",
    "Ms. Sánchez-Whitfield - charity app",
    """Hi all,

Ms. Sánchez-Whitfield called again about the statement for her stay in February (the one where she had her gallbladder out). She sent in her charity care application with pay stubs on 3/1 but it still isn't showing on the account and she got a collections warning letter.

Can someone find her application? She was very upset and said she will not come back for her follow-up scan if she gets another bill. I put a 30 day hold on the account in the meantime.

Thank you,
Gloria Featherstone
Patient Accounts Representative II
Marlow County Health System | 555-0110 ext 2231

""" + DISC_MCHS, D("2024-04-02 11:05", "-0400"),
    html_body=None, cte="quoted-printable")

add("phi", "names", "Subramaniam",
    "Bao Tran PharmD <btran@marlowhealth.org>",
    "Eastgate Family Clinic Providers <eastgate.providers@marlowhealth.org>",
    "insulin pen vs vial - Mr. Subramaniam",
    """Hi team,

Pharmacy here. Mr. Venkatesh Subramaniam picked up his insulin glargine vials today and told our tech he can't see the markings on the syringes anymore (cataract surgery isn't until June). He's been guessing his dose. Could his PCP switch him to the pens? MarlowCare covers the pen with no PA on the current formulary.

Also he's taking his evening dose with dinner AND at bedtime some nights, which may explain the lows he mentioned.

Bao Tran, PharmD, BCACP
Outpatient Pharmacy, Eastgate
""", D("2024-04-03 17:29", "-0400"))

add("phi", "names", "Jean-Baptiste",
    "Guerline Pierre <gpierre@marlowhealth.org>",
    "Deandra Pike <dpike@marlowhealth.org>",
    "re: family meeting for Jean-Baptiste",
    """Deandra,

Family meeting for Mr. Jean-Baptiste is set for tomorrow 2pm in the 7th floor conference room. His wife, two sons and the pastor from his church are coming. I will interpret in Kreyol. Dr. de la Cruz from palliative care said she will lead, and the ICU fellow will explain that the kidneys have not recovered and what dialysis would mean at this point.

The older son asked me privately if they can take him home to die. I told him that is exactly the kind of question for tomorrow.

Guerline Pierre, CMI
Haitian Creole Medical Interpreter
Interpreter Services
""", D("2024-04-08 16:02", "-0400"))

add("phi", "names", "Wiśniewski",
    "Health Information Management <him-requests@marlowhealth.org>",
    "Records Requests - Bright Path Disability Law <records@brightpathlaw.com>",
    "Records request #RR-24-01877 WIŚNIEWSKI, ZBIGNIEW",
    """Good morning,

In response to your request dated 03/28/2024 for WIŚNIEWSKI, ZBIGNIEW, we are releasing the following for dates of service 01/01/2022 - 03/28/2024:

  - Orthopedic clinic notes (11 visits)
  - MRI lumbar spine report 06/14/2023
  - Operative report, L4-L5 fusion 09/07/2023
  - Physical therapy discharge summary 12/20/2023

The records will be sent through our secure portal; you will receive a separate link. Mental health notes were excluded per the authorization signed by the patient. Invoice for copying fees to follow.

Regards,
Release of Information Unit
Health Information Management
Marlow County Health System
""", D("2024-04-09 09:15", "-0400"))

# =====================================================================================
# PHI: self
# =====================================================================================
add("phi", "self", "Hassan",
    "Fatuma Hassan <fatuma.hassan79@gmail.com>",
    "Eastgate Family Clinic <eastgate.frontdesk@marlowhealth.org>",
    "medicine refill please",
    """Hello,

My name is Fatuma Hassan, birth date 02/11/1979. I am patient of Dr Osei. I have 3 days left of the metformin and the blood pressure pill (lisinopril 10). The pharmacy say they need new paper from the doctor. Please can you send to the pharmacy on Kenmore street.

Also my sugar in the morning is 190, 210, 185 this week. Is that ok?

Thank you
Fatuma
""", D("2024-03-06 19:44"))

add("phi", "self", "Tanaka",
    "Aiko Tanaka <aiko.tanaka.home@yahoo.com>",
    "Pediatrics Clinic <peds@marlowhealth.org>",
    "Kenji - inhaler and school form",
    """Hi,

This is Kenji's mom. Kenji Tanaka, born 6/2/2016. He was seen by Dr. Faleolo last month after the ER visit for his wheezing. The school nurse needs the medication form signed so he can keep his albuterol inhaler at school, and she says it has to have the doctor's signature, not mine.

He has been using the orange inhaler (the steroid one) every morning like she said and he hasn't needed the rescue one at night for two weeks. Yay!

Can I pick up the form Friday? Or fax to the school at 555-0174.

Thanks,
Aiko
(mobile 555-0135)
""", D("2024-03-13 07:58", "-0400"))

add("phi", "self", "Reyes",
    "Marcus Reyes <mreyes.tile@outlook.com>",
    "Patient Accounts <patientaccounts@marlowhealth.org>",
    "Bill for ER visit is wrong",
    """To whoever handles billing,

I got a bill for $2,340.17 for my ER visit on January 9. I went in for chest pain, they did an EKG and blood work and a chest x-ray and sent me home after 5 hours. I have MarlowCare, my card was scanned at the desk, so I don't know why this came to me.

Account number on the bill is 40071-882615. My member ID is on the card but I don't have it in front of me.

I don't want this going to collections. Please call me at 555-0142, I work nights so after 1pm is better.

Marcus Reyes
""", D("2024-03-14 13:17", "-0400"), html_body="AUTO", cte="quoted-printable")

add("phi", "self", "Holloway",
    "Travis H <trav.holloway88@gmail.com>",
    "Bridge Clinic <bridgeclinic@marlowhealth.org>",
    "need to keep getting my suboxone",
    """hi im not sure if this is the right place. I got out of county last thursday (3/21) and they had me on suboxone 8mg twice a day in there, the nurse said to email this clinic for a bridge script. I have 2 strips left. I dont have a doctor out here yet.

I really dont want to go back to using, I been clean 4 months.

my phone got shut off but I check this email at the library. I can come in whenever you say.

-Travis Holloway
DOB 8/19/88
""", D("2024-03-25 10:52", "-0400"))

add("phi", "self", "Yolanda",
    "Yolanda <ybrooks1962@aol.com>",
    "MarlowCare Member Services <members@marlowcareplan.org>",
    "ride for chemo",
    """Good morning,

I am a member, my ID number is MCP 88 1043 271. I start chemo at the county hospital cancer center on Monday April 1 at 8am and they told me it will be every 2 weeks for 6 rounds. I don't drive and my sister can't take off work every time.

Can you set up the rides for all of them? I live at 2217 Linden Ct, apt 2. The cancer center said sessions take about 4 hours so I need a ride back too.

God bless,
Yolanda
""", D("2024-03-27 08:05", "-0400"))

add("phi", "self", "Popescu",
    "Ioana Popescu <ioana.popescu@gmail.com>",
    "Dialysis Unit MCGH <dialysis@marlowhealth.org>",
    "My father's dialysis schedule - Gheorghe Popescu",
    """Dear dialysis team,

I am writing for my father, Gheorghe Popescu (DOB 11 Nov 1946). He has dialysis Monday, Wednesday, Friday at 6 AM chair 12. We have a family funeral in Chicago on April 12 (Friday). Is it possible to move his Friday session to Thursday that week, or do you know a unit in Chicago that can take him as a guest?

Also, after last Wednesday he was very weak and his blood pressure was 88 at home. The nurse said they took off more fluid than usual. He doesn't want to complain but I am worried.

He doesn't read English, so please reply to me. I am his health care proxy.

Thank you,
Ioana Popescu
555-0188
""", D("2024-03-29 21:33", "-0400"))

add("phi", "self", "Volkov",
    "Dmitri Volkov <dvolkov.works@gmail.com>",
    "Neurology Clinic <neuro.clinic@marlowhealth.org>",
    "mri results?",
    """hi its Dmitri. got the MRI of my head done yesterday at the main hospital. the headaches are still every day and the new pills make me really sleepy at work. when will dr. Banerjee have results? can I get them on the phone or do I have to come in

sent from my iphone
""", D("2024-04-02 06:41", "-0400"))

# =====================================================================================
# PHI: ids
# =====================================================================================
add("phi", "ids", "Mbeki",
    "Surgical Pathology <surgpath@marlowhealth.org>",
    "OR Front Desk <or.desk@marlowhealth.org>",
    "re: 00482913 / 3.4.88 -- specimen not received",
    """Hi OR,

Still no specimen in the lab for 00482913, DOB 3.4.88 (Mbeki), breast excisional biopsy, case start 0740 this morning in OR 6. Requisition came through at 0912 but no container. Can someone check the room / pneumatic tube log? Surgeon will want the margins by Friday.

Thx,
Lorna - Surg Path accessioning x4418
""", D("2024-03-04 13:02"))

_acct_body = """Team,

Denial came back on the one below. Payer says "service not covered, no authorization on file" but MarlowCare confirmed a PA over the phone on 1/30 (ref no. they gave: 9920431). Can UM resend the auth?

Acct:   20031188457
Pt DOB: 19710922
Svc:    MRI lumbar spine w/o contrast, 02/02/2024
Chg:    $1,906.00
Dx on claim: low back pain w/ radiculopathy

Appeal deadline is 4/12.

Leticia Ramos | Denials Management | Patient Financial Services
"""
add("phi", "ids", "",
    "Leticia Ramos <lramos@marlowhealth.org>",
    "Utilization Management <um@marlowhealth.org>",
    "Denial - need auth resent (acct 20031188457)",
    _acct_body, D("2024-03-08 10:44"))

add("phi", "ids", "Greenidge",
    "Priya Venkataraman <pvenkataraman@marlowcareplan.org>",
    "Community Health Workers <chw-team@marlowcareplan.org>",
    "home visit request - Greenidge",
    """CHWs -

Can someone do a home visit this week for:

Clement Greenidge
born 14 Aug 1961
member # 7781209344
1190 Bayview Terrace #14 (buzzer broken, call when outside)
cell 555-0152 / niece Daphne 555-0153

He had 3 ED visits in February for shortness of breath and keeps running out of his inhalers. Please check whether he has a nebulizer at home, whether anyone smokes in the apartment, and bring the pill box.

Thanks!
Priya
""", D("2024-03-11 12:30", "-0400"), html_body="AUTO")

add("phi", "ids", "",
    "Core Lab Specimen Processing <corelab@marlowhealth.org>",
    "Northside Clinic Lab Draw <northside.lab@marlowhealth.org>",
    "recollect needed - acc S24-018822",
    """Accession S24-018822, MRN 7712049, collected 03/13 1015 at Northside.
Potassium 6.9 but specimen grossly hemolyzed - result NOT reported.
Please recollect today; if pt already gone please call (number on file 555-0116) to come back, the provider wants it repeated before tonight because of the new spironolactone.

core lab x3300
""", D("2024-03-13 11:48", "-0400"))

add("phi", "ids", "Lindgren-Osei",
    "Intake RN - Detention Center <intake.rn@marlowcounty.gov>",
    "MCGH Pharmacy Medication History <medhistory@marlowhealth.org>",
    "booking 24-00931 - outside med list?",
    """Requesting outside medication history for a new booking:

Name: LINDGREN-OSEI, MALIK
DOB 11-30-1992
Booking #24-00931
Says he gets his meds "from the county hospital pharmacy": an injection every 2 weeks for his mental health and "a heart pill". Unable to name them. Booked at 0220, says last injection was around 3/1.

Please fax to CHU 555-0160 or reply here. Thank you.

L. Baptiste, RN
Intake Nurse, Correctional Health Unit
""", D("2024-03-15 04:12", "-0400"))

add("phi", "ids", "Kim",
    "Northside Clinic Referrals <northside.referrals@marlowhealth.org>",
    "Eye Clinic Scheduling <eye.sched@marlowhealth.org>",
    "URGENT referral",
    """REFERRAL - OPHTHALMOLOGY (URGENT)

Pt:     KIM, SOO-JIN
DOB:    07 JUL 1950
MRN:    M000338172
Ph:     (555) 014-7790 (home)  -- Korean interpreter needed
Ins:    MarlowCare  ID 6613 0022 981

Reason: sudden loss of vision L eye x 2 days, "curtain" over upper half. Diabetic. Seen in clinic today by Dr. Haruna.
Please schedule within 24 hrs. Pt's son will bring her.
""", D("2024-03-18 15:55", "-0400"))

add("phi", "ids", "Ibekwe",
    "Dorothy Quaye <dquaye@marlowhealth.org>",
    "Patient Accounts <patientaccounts@marlowhealth.org>",
    "self pay refund chart 0091-442",
    """Hi,

Please process refund for the overpayment below. Patient paid at the desk for her prenatal visits and later got approved for MarlowCare retro to 12/1.

Chart# 0091-442
Claim# 24E00017723
DOB: 1965/07/19 -- sorry correct DOB is 1995/07/19, typo
SSN last 4: 3318
Name: Chiamaka Ibekwe
Amount: $340.00 (4 visits x $85)

Mailing address for check: 47 Greenhill Rd, Apt 5

Dorothy Quaye
Westside Women's Clinic front office
""", D("2024-03-21 09:20", "-0400"))

add("phi", "ids", "",
    "Ricky Saldana <rsaldana@marlowhealth.org>",
    "Health on Wheels Team <how-team@marlowhealth.org>",
    "insulin drop off friday",
    """team - for fri route pls bring a cooler. the gentleman who stays behind the auto shop at 1420 Cordova St (the blue RV, not the white one) is out of insulin again, his pen is Lantus 22 units at night. cell (555) 014-2283 but he only turns it on in the afternoon. he was born 5/5/58 if the pharmacy asks, MRN 5503318.

also bring glucometer strips, his meter is the one we gave him in Jan.

r
""", D("2024-04-04 18:02", "-0400"))

# =====================================================================================
# PHI: lists
# =====================================================================================
add("phi", "lists", "Delgado",
    "ED Charge RN <ed.charge@marlowhealth.org>",
    "Bed Flow Huddle <bedflow@marlowhealth.org>",
    "0700 huddle - ED boarders",
    """Morning huddle, ED boarders as of 0645:

* Hall 3 - Delgado, Ernesto, 71 - admitted medicine for pneumonia, on 4L O2, needs tele bed. 14 hrs in ED
* Rm 12 - Mrs. Phan (Tuyet) - GI bleed, 2 units given overnight, waiting ICU stepdown, Vietnamese interp
* Rm 7 - Bukola Adebayo - psych hold day 2, waiting on inpatient psych bed at any facility, sitter in place
* Rm 22 - "John" from the van, no ID, 50s, cellulitis L leg, IV abx, SW aware
* Hall 9 - Sergei Morozov - COPD flare, detox protocol started 0300, jail hold (deputy at bedside)

Total boarders 5, longest 31 hrs (Adebayo). Two ambulances on the way.

- Kristen, ED charge
""", D("2024-03-06 06:51"))

add("phi", "lists", "Nakamura",
    "Dr. Luisa Ferreira <lferreira@marlowhealth.org>",
    "Night Hospitalist <nocturnist@marlowhealth.org>",
    "signout team B",
    "Team B signout, 12 pts, only the ones to watch below:\n\n"
    "Rm\tName\tAge\tIssue\tTo do overnight\n"
    "612\tNakamura, Hideo\t82\tUTI/delirium\tif agitated, haldol 0.5 x1, NO benzo\n"
    "615\tOrtiz, Pilar\t45\tDKA, on insulin drip\tBMP q4, transition to SQ when gap closed\n"
    "620\tAbubakar, Musa\t29\tsickle cell pain crisis\tPCA, check sat, call if >38.3\n"
    "624\tLeblanc, Therese\t67\tpost-op day 1 bowel resection\tHgb at 2200, transfuse if <7\n"
    "631\tHoang, Minh\t58\tnew AF on diltiazem drip\tHR goal <110, can start PO dilt\n\n"
    "Full list in the handoff tool. Code status: all full except Leblanc (DNR/DNI, confirmed w/ son).\n\n"
    "thanks!! L\n",
    D("2024-03-12 18:58", "-0400"))

add("phi", "lists", "Mohammadi",
    "New Arrivals Clinic Scheduler <nac.sched@marlowhealth.org>",
    "Interpreter Services <interpreters@marlowhealth.org>",
    "NAC interpreter needs - week of 3/25",
    """Hi Marisol, here's next week for New Arrivals Clinic. In-person preferred for the domestic health screening visits (long visits, lots of forms).

| Date | Time  | Patient              | Language | Visit                          |
|------|-------|----------------------|----------|--------------------------------|
| 3/25 | 09:00 | Mohammadi, Farzana   | Dari     | initial screening + vaccines   |
| 3/25 | 09:00 | Mohammadi, Omid (7y) | Dari     | initial screening + vaccines   |
| 3/25 | 13:30 | Nzeyimana, Claudine  | Kinyarwanda | TB blood test result, CXR    |
| 3/26 | 10:00 | Al-Khatib, Rami      | Arabic   | hearing test f/u (blast injury)|
| 3/27 | 08:30 | Thein, Aung Ko       | Burmese  | hep B results, liver US order  |
| 3/28 | 14:00 | Kovalenko, Iryna     | Ukrainian| prenatal intake, 22 wks        |

Thanks! Let me know if any of these have to be video.
Naledi
""", D("2024-03-20 12:03", "-0400"))

_pp = csv_text([
    ["Account", "Guarantor", "Patient", "DOB", "Service", "Balance", "Monthly", "Status"],
    ["40071-774102", "Mendoza, Rafael", "Mendoza, Rafael", "1979-04-11", "ED visit 11/02/23", "812.50", "50.00", "current"],
    ["40071-775930", "Chowdhury, Nasrin", "Chowdhury, Arif", "2015-09-30", "Tonsillectomy 12/14/23", "2,140.00", "75.00", "current"],
    ["40071-779021", "Osei-Bonsu, Kwabena", "Osei-Bonsu, Kwabena", "1968-01-22", "Cardiac cath 01/05/24", "4,388.10", "120.00", "1 missed"],
    ["40071-781447", "Dupree, Lashonda", "Dupree, Lashonda", "1990-12-03", "L&D 01/19/24", "1,025.00", "40.00", "current"],
    ["40071-783318", "Torres, Esteban", "Torres, Esteban", "1955-06-17", "Inpatient 01/28-02/02/24 (COPD)", "6,902.44", "100.00", "2 missed - hold collections?"],
    ["40071-786600", "Yildiz, Emine", "Yildiz, Emine", "1983-08-08", "MRI brain 02/10/24", "1,460.00", "60.00", "current"],
])
add("phi", "lists", "Mendoza",
    "Gloria Featherstone <gfeatherstone@marlowhealth.org>",
    "Karen Whitlock <kwhitlock@marlowhealth.org>",
    "payment plans for review",
    """Karen,

Attached are the payment plan accounts I need you to sign off on before Friday. Mr. Torres's plan has 2 missed payments but his daughter said he was readmitted in March, so I'd like to put a hold on rather than send him to collections.

Gloria
""", D("2024-03-21 15:40", "-0400"),
    atts=[("payment_plans_march.csv", "text", "csv", _pp)])

_xfer = csv_text([
    ["booking_no", "last", "first", "dob", "housing", "reason_sent_out", "date_out", "return"],
    ["24-00712", "REYNOSO", "JAVIER", "03/02/1985", "B-14", "chest pain, trop neg, returned", "02/18/2024", "same day"],
    ["24-00801", "KOWALSKI", "ADAM", "10/10/1979", "MED-2", "alcohol withdrawal seizure", "02/21/2024", "02/24/2024"],
    ["24-00822", "FIELDS", "DEMETRIUS", "07/07/1999", "C-03", "facial fracture (assault)", "02/23/2024", "02/23/2024"],
    ["24-00859", "ASANTE", "GRACE", "01/15/1988", "W-07", "pregnancy 31 wks, decreased fetal movement", "02/27/2024", "02/28/2024"],
    ["24-00877", "NGUYEN", "BAO", "12/30/1960", "MED-1", "dialysis (3x wk)", "recurring", "recurring"],
    ["24-00903", "HUSSAIN", "TARIQ", "05/21/2002", "A-11", "overdose in holding, narcan x2", "03/01/2024", "03/02/2024"],
])
add("phi", "lists", "Reynoso",
    "Tomasz Wrobel NP <twrobel@marlowcounty.gov>",
    "Hospital Liaison - Correctional <corr.liaison@marlowhealth.org>",
    "Feb offsite transports",
    """Attached the February off-site transport list for the monthly billing reconciliation with MCGH. Zipped because the county mail filter keeps stripping csv.

Note Nguyen is recurring dialysis, so bill as one line per session per the MOU.

Tomasz
""", D("2024-03-04 09:10"),
    atts=[("CHU_offsite_Feb2024.zip", "application", "zip",
           make_zip([("CHU_offsite_Feb2024.csv", _xfer)]))])

add("phi", "lists", "Guzman",
    "Health on Wheels <how-team@marlowhealth.org>",
    "Dr. Vanessa Holt <vholt@marlowhealth.org>",
    "van log sat 3/30 for cosign",
    """Dr. Holt - Saturday visits for cosign. Standing order meds marked *.

TIME  NAME                   DOB        SITE            SEEN FOR                    GIVEN/PLAN
0915  GUZMAN, ALMA           02/14/1971 St Brigid lot   BP 168/98, out of meds      amlodipine 5 x30d*, f/u Eastgate
0940  TRAN, KHANH            09/09/1949 St Brigid lot   foot ulcer R heel            dressing, wound clinic ref
1010  OYELARAN, FEMI         06/03/1984 St Brigid lot   HIV test (rapid)            NONREACTIVE, counseled
1105  BROOKS, DARNELL        11/21/1966 Cordova camp    cough 3 wks, night sweats   CXR order, mask, TB ctrl notified
1130  [declined name] ~40F   --         Cordova camp    wound check L forearm       I&D site clean, abx cont
1215  PETROV, ANATOLY        04/04/1957 Cordova camp    sugar 412                   sent to ED by cab
1300  SILVA, JOAO            01/30/1990 Cordova camp    flu shot                    given*

7 visits, 1 ED transfer.
""", D("2024-04-01 08:15", "-0400"))

_noshow_rows = [
    ("Fonseca, Beatriz", "10/02/1987", "555-0121", "03/04", "Prenatal 28wk", "3"),
    ("Haile, Tsegaye", "04/18/1973", "555-0129", "03/05", "Hep C treatment f/u", "2"),
    ("O'Connell, Bridget", "01/09/1962", "555-0133", "03/06", "Mammogram follow-up", "4"),
    ("Rahman, Sheikh", "08/25/1958", "555-0136", "03/06", "Diabetic eye exam", "2"),
    ("Zamora, Luis", "12/12/2012", "555-0139", "03/07", "ADHD med check", "3"),
    ("Bello, Aisha", "05/05/1999", "555-0146", "03/08", "Depression f/u (PHQ9 19)", "2"),
]
_xls = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta charset=\"utf-8\">"
        "</head><body><table border=1>\n<tr><th>Patient</th><th>DOB</th><th>Phone</th>"
        "<th>Missed appt</th><th>Visit type</th><th>No-shows (12 mo)</th></tr>\n" +
        "".join("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>\n"
                for r in _noshow_rows) + "</table></body></html>\n")
add("phi", "lists", "Fonseca",
    "Westside Clinic Manager <westside.mgr@marlowhealth.org>",
    "Community Health Workers <chw-team@marlowcareplan.org>",
    "FW: no show outreach list - Westside",
    """Hi CHW team, forwarding our repeat no-show list for last week like we discussed at the joint meeting. These are all MarlowCare members. Priority is Ms. Fonseca (prenatal) and Ms. Bello.

Thanks,
Rochelle Adair, MHA
Clinic Manager, Westside Women's & Family Clinic

-----Original Message-----
From: Westside Reports
Sent: Monday, March 11, 2024 5:00 AM
Subject: no show outreach list - Westside

Scheduled report "Repeat No-Show >=2" attached.
""", D("2024-03-11 09:37", "-0400"),
    atts=[("NoShow_Westside_wk0304.xls", "application", "vnd.ms-excel", _xls.encode("utf-8"))])

# =====================================================================================
# PHI: struct
# =====================================================================================
add("phi", "struct", "Okonjo",
    "Interface Team - Raj Malhotra <rmalhotra@marlowhealth.org>",
    "Vendor Support - Bridgeline Integration <support@bridgeline-int.com>",
    "Case 118273 - ADT A01 rejected at PV1",
    r"""Hi Bridgeline support,

Still seeing rejects on inbound ADT from registration since your patch Tuesday. Error is "PV1-3 component count exceeds 9". Example below (copied straight out of the engine, one of about 40 today):

MSH|^~\&|REGADT|MCGH|BRIDGELINE|MCHS|20240313081522||ADT^A01^ADT_A01|MCGH0313081522004|P|2.5.1
EVN|A01|20240313081500
PID|1||4419027^^^MCGH^MR~MCP7781002211^^^MCP^MB||OKONJO^CHIDINMA^N||19940602|F|||882 Ransom St^Apt 4^Marlow City^CA^95012||(555)014-6620|||S||4400019283
PV1|1|I|5S^512^A^MCGH^^^^^5 South|E|||10442^ACHTERBERG^SAMUEL|||MED||||7|||10442^ACHTERBERG^SAMUEL|IN||MCP|||||||||||||||||||||||||20240313081500
DG1|1||O99.89^Other specified diseases complicating pregnancy^I10
IN1|1|MCP01|MCP|MARLOWCARE COMMUNITY PLAN|||||||||||||OKONJO^CHIDINMA|SEL|19940602

Looks like the facility name got appended to PV1-3 by the new mapping. Can you roll that back?

Raj Malhotra
Integration Analyst, IS Clinical Applications
""", D("2024-03-13 10:02", "-0400"))

_oru = ("MSH|^~\\&|LAB|MCGH|EHR|MCHS|20240314143011||ORU^R01|L0314143011|P|2.5.1\r"
        "PID|1||3307719^^^MCGH^MR||NWACHUKWU^IFEOMA^||19870921|F|||19 Elm Park Rd^^Marlow City^CA^95014\r"
        "ORC|RE|ORD558812|LAB24073-0119\r"
        "OBR|1|ORD558812|LAB24073-0119|24017-9^HIV 1 RNA quant^LN|||20240313091500|||||||||"
        "20558^HALVORSEN^INGRID\r"
        "OBX|1|NM|20447-9^HIV 1 RNA^LN||48|copies/mL|<20|H|||F|||20240314140000\r"
        "OBX|2|NM|24467-3^CD4 count^LN||412|cells/uL|500-1500|L|||F|||20240314140000\r"
        "NTE|1||Viral load detectable after 9 months undetectable. Notify provider.\r")
add("phi", "struct", "Nwachukwu",
    "Lab Information Systems <lis-support@marlowhealth.org>",
    "Ingrid Halvorsen <ihalvorsen@marlowhealth.org>",
    "ORU that didn't file - see attached",
    """Dr. Halvorsen,

The ID clinic result you called about didn't file to the chart because the ordering provider number was missing in OBR-16 on our side. Attaching the raw message so you can see the values while we fix and resend. Should be in the chart by 5pm.

Sorry about that,
Wendell - LIS
""", D("2024-03-14 15:20", "-0400"),
    atts=[("ORU_LAB24073-0119.hl7", "application", "octet-stream", _oru.encode("ascii"))])

add("phi", "struct", "Castellanos",
    "Billing Systems - Tanya Brewer <tbrewer@marlowhealth.org>",
    "ClearPath EDI Help <edihelp@clearpathedi.com>",
    "837P rejected - 2010BA loop",
    """Hi ClearPath,

Batch 0318-02 rejected with "2010BA NM109 invalid". Here is the claim in question, can you tell me what's wrong? Member ID looks right to me.

ISA*00*          *00*          *ZZ*MCHS4471       *ZZ*CLEARPATH      *240318*1422*^*00501*000004417*0*P*:~
GS*HC*MCHS4471*CLEARPATH*20240318*1422*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*0318-02*20240318*1422*CH~
NM1*85*2*MARLOW COUNTY HEALTH SYSTEM*****XX*1093817442~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*CASTELLANOS*MARIBEL****MI*MCP 7781 55310~
N3*402 LUPINE WAY~
N4*MARLOW CITY*CA*95011~
DMG*D8*19820514*F~
NM1*PR*2*MARLOWCARE COMMUNITY PLAN*****PI*MCP01~
CLM*EG24078112*385***11:B:1*Y*A*Y*Y~
HI*ABK:F32.2*ABF:Z59.02~
NM1*82*1*OYELOWO*FUNMILAYO****XX*1588204117~
LX*1~
SV1*HC:90837*210*UN*1***1~
DTP*472*D8*20240311~
LX*2~
SV1*HC:99214*175*UN*1***1~
DTP*472*D8*20240311~
SE*21*0001~

I think maybe the spaces in the member ID?

Tanya Brewer
Billing Systems Analyst, Patient Financial Services
""", D("2024-03-18 14:35", "-0400"))

add("phi", "struct", "Duong",
    "Leticia Ramos <lramos@marlowhealth.org>",
    "Cash Posting <cashposting@marlowhealth.org>",
    "835 from MarlowCare - zero pay on 2 claims",
    """Posting team - these two came back $0 on the 3/22 ERA, CARC 197 (no precert). Please don't write off, I'm appealing. Pasted the relevant pieces:

CLP*EG24061877*4*4820*0**MC*2024082A11930*11*1~
CAS*CO*197*4820~
NM1*QC*1*DUONG*THI MAI****MI*778100423319~
NM1*82*1*FERREIRA*LUISA****XX*1740022918~
DTM*232*20240229~
DTM*233*20240302~
SVC*NU:0120*4820*0**3~

CLP*EG24063309*4*1290*0**MC*2024082A11944*13*1~
CAS*CO*197*1290~
NM1*QC*1*ABDULLAHI*HAWA****MI*778100875120~
DTM*232*20240304~
SVC*HC:74177*1290*0**1~
REF*6R*0003~

First one is Ms. Duong's 3 day admit, second is a CT abd/pelvis. Both had auths per UM notes.

L. Ramos
""", D("2024-03-25 11:17", "-0400"))

add("phi", "struct", "Mensah",
    "Financial Counseling <fincounsel@marlowhealth.org>",
    "Registration Supervisors <reg.supervisors@marlowhealth.org>",
    "FW: eligibility 271 says inactive?",
    """Can someone look at this 271? Patient is in pre-op for tomorrow (lap chole) and swears her coverage is active, she showed us her renewal letter. 271 below says inactive as of 2/29. Do we proceed or get her to sign the self-pay form?

----- Forwarded -----
ST*271*0001*005010X279A1~
BHT*0022*11*EL240326A77*20240326*0911~
HL*1**20*1~
NM1*PR*2*MARLOWCARE COMMUNITY PLAN*****PI*MCP01~
HL*2*1*21*1~
NM1*1P*2*MARLOW COUNTY GENERAL HOSPITAL*****XX*1093817442~
HL*3*2*22*0~
TRN*2*EL240326A77*9MCHS00001~
NM1*IL*1*MENSAH*AKOSUA*B***MI*778100661047~
N3*55 CRANE ST APT 9~
N4*MARLOW CITY*CA*95013~
DMG*D8*19770103*F~
EB*6**30**MEDICAID~
DTP*346*D8*20240229~
MSG*REDETERMINATION NOT RECEIVED~
SE*15*0001~
""", D("2024-03-26 09:30", "-0400"))

add("phi", "struct", "Bautista",
    "Ana Lucero <alucero@marlowhealth.org>",
    "HIE Onboarding - Valley Connect HIE <onboarding@valleyconnecthie.org>",
    "FHIR test - real pt slipped into test feed??",
    """Hi Valley Connect,

I think our test bundle to your sandbox this morning included a real record, one of our interface engineers pointed the job at prod by mistake. Can you purge it from the sandbox? This is what went over:

{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "mchs-2207761",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "value": "2207761"}],
        "name": [{"family": "Bautista", "given": ["Rogelio", "Manalo"]}],
        "gender": "male",
        "birthDate": "1959-10-27",
        "address": [{"line": ["3301 Harbor View Dr"], "city": "Marlow City", "state": "CA", "postalCode": "95016"}],
        "telecom": [{"system": "phone", "value": "555-014-3390"}],
        "communication": [{"language": {"coding": [{"code": "tl"}]}, "preferred": true}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
        "subject": {"reference": "Patient/mchs-2207761"},
        "effectiveDateTime": "2024-03-22",
        "valueQuantity": {"value": 10.8, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "subject": {"reference": "Patient/mchs-2207761"},
        "medicationCodeableConcept": {"text": "insulin glargine 100 unit/mL pen, 18 units at bedtime"}
      }
    }
  ]
}

We've opened a privacy incident on our side (PRIV-24-0031). Please confirm deletion in writing.

Ana Lucero, RHIA
Interoperability Lead, Marlow County Health System
""", D("2024-03-27 12:48", "-0400"), html_body=None)

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20240402103300-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="6610284" root="2.16.840.1.113883.3.7781.1"/>
      <addr use="HP"><streetAddressLine>711 Sequoia Ave</streetAddressLine><city>Marlow City</city><state>CA</state><postalCode>95012</postalCode></addr>
      <telecom use="MC" value="tel:+1-555-014-8832"/>
      <patient>
        <name><given>Esperanza</given><family>Quispe</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19480316"/>
        <languageCommunication><languageCode code="qu"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text><list><item>Type 2 diabetes mellitus</item><item>Chronic kidney disease stage 4</item><item>Hypertension</item></list></text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text><list><item>insulin glargine 12 units nightly</item><item>amlodipine 10 mg daily</item><item>furosemide 40 mg daily</item></list></text>
    </section></component>
    <component><section>
      <title>Results</title>
      <text>Creatinine 3.4 mg/dL (2024-03-28); eGFR 13; Potassium 5.4</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add("phi", "struct", "Quispe",
    "Social Work - Deandra Pike <dpike@marlowhealth.org>",
    "Intake - St. Isidore Skilled Nursing <intake@stisidoresnf.org>",
    "referral packet - CCD attached",
    """Hello St. Isidore intake,

Per our call, attaching the CCD for Mrs. Quispe. She is ready for discharge to SNF for rehab as soon as you have a bed; nephrology is seeing her tomorrow about starting dialysis and whether that can happen as outpatient from your facility. She speaks Quechua and some Spanish; family visits daily.

H&P, PT/OT notes and the PASRR will follow by fax.

Deandra Pike, LCSW
Inpatient Social Work, Marlow County General Hospital
555-0110 ext 3314
""", D("2024-04-02 10:40", "-0400"),
    atts=[("CCD_Quispe_20240402.xml", "application", "xml", _ccd.encode("utf-8"))])

# =====================================================================================
# PHI: lang
# =====================================================================================
add("phi", "lang", "Cárdenas",
    "Guadalupe Cárdenas <lupita.cardenas84@hotmail.com>",
    "Clínica Pediátrica <peds@marlowhealth.org>",
    "cita de mi hijo Mateo",
    """Buenas tardes,

Soy la mamá de Mateo Cárdenas Ruiz, nació el 15/09/2019. El doctor le mandó a hacer un ultrasonido del riñón porque tenía infecciones de orina seguidas, y nos dieron la cita para el 2 de abril pero ese día no tengo quien me cuide a los otros niños. ¿Se puede cambiar para la semana siguiente, en la tarde?

También ya se le acabó el antibiótico que toma en la noche (el de prevención). ¿Le pueden mandar más a la farmacia del hospital?

Muchas gracias,
Guadalupe Cárdenas
tel. 555-0124
""", D("2024-03-20 16:05", "-0400"))

add("phi", "lang", "Nascimento",
    "Rosângela Nascimento <rosangela.nasc@gmail.com>",
    "Clínica Eastgate <eastgate.frontdesk@marlowhealth.org>",
    "resultado do exame - Rosângela",
    """Olá, bom dia.

Meu nome é Rosângela Nascimento, data de nascimento 23/04/1976. Fiz a mamografia na van da saúde no sábado dia 9 e a enfermeira disse que iam me ligar se precisasse repetir. Ontem recebi uma carta em inglês dizendo que preciso fazer "additional imaging" e uma biópsia? Não entendi direito e fiquei muito nervosa.

Alguém pode me explicar em português? Posso ir na clínica qualquer dia depois das 15h.

Obrigada,
Rosângela
""", D("2024-03-15 08:11", "-0400"), cte="quoted-printable")

add("phi", "lang", "Lê",
    "Lê Thị Ngọc Anh <ngocanh.le92@gmail.com>",
    "Phòng khám Northside <northside.frontdesk@marlowhealth.org>",
    "Hỏi về thuốc của mẹ tôi",
    """Chào phòng khám,

Tôi là con gái của bà Lê Thị Hoa (sinh năm 1951, mã bệnh nhân 2290417). Tuần trước bác sĩ Nguyễn đổi thuốc huyết áp cho mẹ tôi từ amlodipine sang losartan. Từ hôm đó mẹ tôi bị chóng mặt khi đứng dậy và hôm qua suýt bị té trong nhà tắm. Huyết áp đo ở nhà sáng nay là 98/60.

Mẹ tôi có nên tiếp tục uống thuốc mới không, hay quay lại thuốc cũ? Xin bác sĩ gọi lại cho tôi số 555-0157. Mẹ tôi không nói được tiếng Anh.

Cảm ơn,
Ngọc Anh
""", D("2024-03-22 20:47", "-0400"), cte="base64")

add("phi", "lang", "Étienne",
    "Guerline Pierre <gpierre@marlowhealth.org>",
    "Wilner Étienne <wilner.etienne@yahoo.com>",
    "Randevou ou pou dyaliz",
    """Bonjou Mesye Étienne,

Se Guerline, entèprèt kreyòl nan lopital konte a. Doktè Okafor mande m voye ti mesaj sa a pou ou: randevou ou pou mete katetè a pou dyaliz la se madi 2 avril a 7è dimaten, nan 3yèm etaj, sal 312. Pa manje ni bwè anyen apre minwi lendi swa. Pran grenn tansyon ou ak yon ti kras dlo nan maten, men PA pran grenn sik la (metformin) maten an.

Si ou bezwen yon woulib, rele MarlowCare nan 555-0190.

Mwen va la avè w jou sa a.

Guerline Pierre
Entèprèt Medikal, Sèvis Entèpretasyon
Marlow County Health System
""", D("2024-03-27 14:25", "-0400"))

add("phi", "lang", "Смирнова",
    "Людмила Смирнова <l.smirnova1958@mail.ru>",
    "Cardiology Clinic <cardiology@marlowhealth.org>",
    "Смирнова Людмила - холтер",
    """Здравствуйте,

Меня зовут Смирнова Людмила Петровна, дата рождения 12.05.1958. На прошлой неделе мне поставили холтер на сутки, в пятницу я его сдала. Доктор Ахмед сказал, что позвонит с результатами, но никто не звонил.

Сердце по-прежнему иногда сильно колотится по вечерам, и один раз я чуть не потеряла сознание в магазине. Таблетки (метопролол) пью каждый день.

Пожалуйста, сообщите результаты. Лучше по-русски или через переводчика. Мой телефон 555-0166.

С уважением,
Людмила
""", D("2024-03-28 11:02", "-0400"))

add("phi", "lang", "Dizon",
    "Maricel Dizon <maricel.dizon.rn@gmail.com>",
    "Home Health Referrals <hh.referrals@marlowhealth.org>",
    "Fwd: para kay Lola Remedios",
    """Hi, forwarding the message I sent my tita so you have the same info as the family. I'm a nurse at another hospital but I'm the one coordinating for my grandmother. - Maricel

---------- Forwarded message ---------
From: Maricel Dizon <maricel.dizon.rn@gmail.com>
Date: Sat, Mar 30, 2024 at 8:14 PM
Subject: para kay Lola Remedios

Tita, update kay Lola Remedios (Remedios Dizon). Nakauwi na siya kahapon galing sa county hospital. Yung sugat sa paa niya, lilinisin at papalitan ng benda ng nurse ng home health tatlong beses isang linggo (Lunes, Miyerkules, Biyernes). Antibiotic niya ay iinumin dalawang beses isang araw hanggang April 10, huwag kalimutan kahit mukhang magaling na. Bawal munang tumayo nang matagal. Kung nilagnat siya o namula ang paa, dalhin agad sa ER.

Follow up sa wound clinic April 8, 10am.
""", D("2024-03-31 09:26", "-0400"))

add("phi", "lang", "الحمداني",
    "Safa Al-Hamdani <safa.alhamdani@gmail.com>",
    "New Arrivals Clinic <nac@marlowhealth.org>",
    "موعد ابني يوسف",
    """السلام عليكم،

أنا صفاء الحمداني، والدة الطفل يوسف الحمداني (تاريخ الميلاد 2018/03/07). وصلنا من الأردن في شهر يناير. الدكتورة ليندكفيست قالت إن يوسف يحتاج فحص السمع وتطعيمات إضافية، وأعطتنا موعد يوم ٩ أبريل.

يوسف عنده حرارة منذ يومين وسعال، هل نأتي إلى الموعد أم نؤجله؟ أيضا دواء الربو الذي أعطيتمونا انتهى.

نحتاج مترجم عربي من فضلكم.

شكرا جزيلا
صفاء
هاتف: 555-0170
""", D("2024-04-04 17:38", "-0400"))

add("phi", "lang", "陈国华",
    "陈美玲 <meiling.chen.mc@163.com>",
    "Northside Clinic <northside.frontdesk@marlowhealth.org>",
    "关于我父亲陈国华的检查结果",
    """您好，

我是陈国华的女儿，我父亲的病历号是 3381502，出生日期 1944年2月18日。他上周三在你们医院做了胃镜，医生说取了活检，一个星期后出结果。现在已经过了八天，还没有人联系我们。

另外，他做完胃镜后大便是黑色的，这正常吗？他最近吃饭很少，体重也下降了。

麻烦请王医生尽快回电，最好有中文（普通话）翻译。我的电话是 555-0183。

谢谢！
陈美玲
""", D("2024-04-05 10:15", "-0400"), cte="base64")

# =====================================================================================
# CLEAN: admin
# =====================================================================================
add("clean", "admin", "",
    "IS Service Desk <servicedesk@marlowhealth.org>",
    "Dr. Vanessa Holt <vholt@marlowhealth.org>",
    "INC0048812 resolved - laptop on Health on Wheels van not connecting",
    """Hello Vanessa,

Your incident INC0048812 has been RESOLVED.

Short description: Van laptop (asset MCHS-LT-20931) cannot connect to VPN over hotspot
Resolution: Cellular hotspot firmware updated; VPN client reinstalled (v5.2.1). Tested with Ricky Saldana on site at Fleet Yard 3/14 10:20.
Assigned to: Jorge Villanueva, Field Services, ext 6650

If the problem comes back, reply to this message within 5 business days to reopen. Please take our 2 question survey: https://servicedesk.marlowhealth.org/survey?inc=INC0048812

IS Service Desk | 555-0110 ext 4357 (HELP) | 24/7 for clinical downtime
""", D("2024-03-14 10:41", "-0400"))

add("clean", "admin", "",
    "Marisol Quintanilla <mquintanilla@marlowhealth.org>",
    "Interpreter Services Staff <interpreters@marlowhealth.org>",
    "weekend coverage April + Easter",
    """Hi everyone,

April weekend schedule is below. Easter Sunday (3/31) is covered by volunteers from the sign-up sheet, thank you Yusuf and Thanh!!

Sat 4/6   Spanish: Beto, Carmen | Viet: Thanh | Arabic/Dari: on-call Yusuf (555-0177)
Sun 4/7   Spanish: Ofelia | Kreyol: Guerline (half day) | video backup
Sat 4/13  Spanish: Carmen, Ofelia | Russian/Ukr: Alla | Somali: on-call Hodan
Sun 4/14  Spanish: Beto | Mandarin/Cantonese: Wei
Sat 4/20  ** need one more Spanish ** | Viet: Thanh
Sun 4/21  Spanish: Carmen | Arabic: Yusuf

Reminder: weekend ED requests come first, then L&D, then inpatient. If you swap, tell me AND update the staffing board. Timecards for March due Tuesday 4/2 by noon.

Marisol Quintanilla, CHI
Coordinator, Interpreter Services
Marlow County Health System
desk 555-0110 ext 2500
""", D("2024-03-26 15:00", "-0400"))

add("clean", "admin", "",
    "Facilities Work Control <workcontrol@marlowhealth.org>",
    "4 West Nurse Manager <4west.mgr@marlowhealth.org>",
    "WO-22871 scheduled: AHU-7 chiller valve replacement (4 West)",
    """Work order WO-22871 has been scheduled.

Location: Main Hospital, 4 West, rooms 412-418 and clean utility
Work: Replace chiller control valve on air handler AHU-7
Date/time: Tuesday 04/09/2024, 0600-1400
Impact: Rooms 412-418 may run 3-5 degrees warmer. Portable cooling units will be staged in the 4W corridor. No interruption to medical gas, suction or nurse call.
Infection control: ICRA Class II; contractor (Coastline Mechanical, foreman Dave Kirchner, 555-0195) will use a portable HEPA at the ceiling access.

Please plan admissions to 412-418 accordingly. Questions to the Work Control Center, ext 2200.

Facilities Management | Marlow County Health System
""", D("2024-04-03 13:14", "-0400"))

add("clean", "admin", "",
    "Accounts Payable <ap@marlowhealth.org>",
    "Regional Linen Services Billing <billing@regionallinen.com>",
    "RE: Invoice 88214-03 past due - PO 4500219983",
    """Hi Sharon,

Thanks for the reminder. Invoice 88214-03 ($18,442.60, February scrubs/gowns/patient linen, Main + Eastgate + Northside) was held because the PO 4500219983 only had $15,000 remaining. The PO change order was approved yesterday and the invoice is released for the 4/5 check run (ACH, remit ending 0041).

Invoice 88214-04 (March) has not been received yet, please resend to ap@marlowhealth.org with the PO on it.

Regards,
Kevin Ashworth
Accounts Payable Specialist
Marlow County Health System Finance
555-0110 ext 7120

> From: Sharon Li <billing@regionallinen.com>
> Sent: Monday, April 1, 2024 9:02 AM
> Subject: Invoice 88214-03 past due - PO 4500219983
>
> Our records show invoice 88214-03 dated 03/01/2024 is 31 days past due. Please advise on status.
""", D("2024-04-02 10:26", "-0400"))

add("clean", "admin", "",
    "Human Resources <hr-announcements@marlowhealth.org>",
    "All Staff <allstaff@marlowhealth.org>",
    "Reminder: annual employee health compliance due April 30",
    """All Staff,

This is a reminder that annual Employee Health compliance items are due April 30, 2024:

  - Annual TB screening questionnaire (online in the Learning Portal)
  - Respirator fit testing for staff in clinical areas (walk-in at Employee Health, B-level, M-F 0700-1500)
  - Confirmation of influenza vaccination or declination form

Your individual status is visible in the Learning Portal under "My Compliance". Managers will receive a department report on April 15. Staff who are not compliant by May 1 may be removed from the schedule until completed.

Questions: Employee Health Office, ext 2840, or employeehealth@marlowhealth.org.

Human Resources
Marlow County Health System
""", D("2024-04-01 07:00", "-0400"),
    html_body=simple_html("""All Staff,

This is a reminder that annual Employee Health compliance items are due April 30, 2024:

- Annual TB screening questionnaire (online in the Learning Portal)
- Respirator fit testing for staff in clinical areas (walk-in at Employee Health, B-level, M-F 0700-1500)
- Confirmation of influenza vaccination or declination form

Your individual status is visible in the Learning Portal under "My Compliance". Managers will receive a department report on April 15. Staff who are not compliant by May 1 may be removed from the schedule until completed.

Questions: Employee Health Office, ext 2840, or employeehealth@marlowhealth.org.

Human Resources
Marlow County Health System"""))

add("clean", "admin", "",
    "Karen Whitlock <kwhitlock@marlowhealth.org>",
    "Patient Accounts Team <patientaccounts-team@marlowhealth.org>",
    "queue stats + new charity care workflow starts 4/15",
    """Team,

Quick numbers from March: 6,412 inbound calls, avg wait 7:48 (down from 11:20 in Feb!), abandon rate 9.1%. Great work everybody, especially the Spanish line.

Starting Monday 4/15 the charity care workflow changes:
1. Applications get scanned by the mailroom into the "FA-Intake" work queue, not emailed to us.
2. Reps verify completeness within 3 business days and set the account hold code FAH (not HLD).
3. Financial Counseling makes the determination; we just send the letter.

Training sessions: Wed 4/10 at 9:00 and Thu 4/11 at 2:00, Room B-114 or Teams. Please sign up with Gloria.

Also - the printer in the back (PA-PRN-02) is getting replaced Friday, ticket INC0049630.

Karen Whitlock
Manager, Patient Accounts
""", D("2024-04-04 12:12", "-0400"))

add("clean", "admin", "",
    "Fleet Services <fleet@marlowcounty.gov>",
    "Health on Wheels Team <how-team@marlowhealth.org>",
    "Unit 7716 (mobile clinic) - scheduled maintenance + registration",
    """Hello,

County Fleet has Unit 7716 (2019 Freightliner mobile medical coach, plate CG 118 442) scheduled for its 30,000-mile service and generator inspection:

  Drop off: Monday 4/22, 0700, Fleet Yard Bay 3, 1800 Industrial Pkwy
  Pick up:  Wednesday 4/24 after 1500
  Loaner:   none available for a unit this size, sorry

Registration expires 5/31; renewal has been submitted (confirmation DMV-R-7730219). Please keep the temporary card in the glove box.

Driver reminder: CDL medical cards for Luis Ortega and Renee Watts expire in June. They should schedule with their own provider or the DOT exam at Employee Health.

Marvin Eckert
Fleet Coordinator, Marlow County General Services
555-0198
""", D("2024-04-08 08:45", "-0400"))

# =====================================================================================
# CLEAN: lookalike
# =====================================================================================
add("clean", "lookalike", "",
    "Harborview Animal Hospital <frontdesk@harborviewvets.com>",
    "Rachel Odum <rachel.odum@gmail.com>",
    "Biscuit's dental cleaning - pre-op instructions",
    """Hi Rachel,

This is a reminder that Biscuit (Patient ID 44821, canine, Beagle mix, 9 yrs) is scheduled for a dental cleaning under anesthesia with Dr. Paulsen on Thursday, April 11 at 7:30 AM.

Before the procedure:
- No food after 10 PM Wednesday. Water is fine until you leave home.
- Give his morning heart medication (pimobendan) with a tiny bit of food as usual.
- Pre-anesthetic bloodwork was normal (run 3/28).

We'll call you around noon after his recovery, and he can usually go home by 4 PM. Estimate: $640-$910 depending on extractions.

Harborview Animal Hospital
2200 Shoreline Blvd | (555) 013-4400
""", D("2024-04-08 16:30", "-0400"))

add("clean", "lookalike", "",
    "IronWorks Fitness <noreply@ironworksfit.com>",
    "Jamal Whitfield <jamal.whitfield@outlook.com>",
    "Your body composition results + PT session recap",
    """Hi Jamal,

Thanks for training with Coach Dani today! Here's your recap.

Member #: IWF-0034417
Assessment date: 03/16/2024
Weight: 212 lb (start 228 lb)
Body fat: 24.1%  (start 27.9%)
Resting heart rate: 64 bpm
Blood pressure (gym cuff, not medical): 128/82

Next session: Saturday 3/23, 9:00 AM. Focus: lower-body strength + mobility for that tight left hamstring.

Your membership renews 04/01 at $39.99/mo on card ending 4410.

Stay strong,
IronWorks Fitness - Marlow City
""", D("2024-03-16 12:05", "-0400"),
    html_body="""<html><body style="font-family:Arial">
<h2 style="color:#c0392b">Great work, Jamal!</h2>
<p>Thanks for training with Coach Dani today! Here's your recap.</p>
<table cellpadding="4">
<tr><td>Member #</td><td>IWF-0034417</td></tr>
<tr><td>Assessment date</td><td>03/16/2024</td></tr>
<tr><td>Weight</td><td>212 lb (start 228 lb)</td></tr>
<tr><td>Body fat</td><td>24.1% (start 27.9%)</td></tr>
<tr><td>Resting heart rate</td><td>64 bpm</td></tr>
<tr><td>Blood pressure (gym cuff, not medical)</td><td>128/82</td></tr>
</table>
<p>Next session: <b>Saturday 3/23, 9:00 AM</b>. Focus: lower-body strength + mobility for that tight left hamstring.</p>
<p style="font-size:9pt">Your membership renews 04/01 at $39.99/mo on card ending 4410.</p>
</body></html>
""")

add("clean", "lookalike", "",
    "Marlow Community Credit Union <alerts@marlowccu.org>",
    "Esperanza Villalobos <evillalobos@marlowhealth.org>",
    "Your March statement is ready - Member #0045517",
    """Dear Esperanza Villalobos,

Your eStatement for the period 03/01/2024 - 03/31/2024 is now available in online banking.

Member #: 0045517
Share Savings (S01) ending balance: $2,310.45
Checking (S10) ending 8812: $1,187.02
Auto Loan (L20) next payment: $286.19 due 04/15/2024

As a county employee you may qualify for our Health Care Heroes rate discount on auto and personal loans. Visit any branch or call 555-0105.

Marlow Community Credit Union never asks for your PIN or password by email.
Federally insured by NCUA.
""", D("2024-04-02 05:12", "-0400"))

add("clean", "lookalike", "",
    "Pacifica Air <reservations@pacifica-air.com>",
    "Oluwaseun Adeyemi <seun.adeyemi@gmail.com>",
    "Booking confirmed: MRL -> LOS  Record locator QH7T2K",
    """Thank you for choosing Pacifica Air.

RECORD LOCATOR: QH7T2K
Passenger: ADEYEMI/OLUWASEUNMR
Date of birth: 14MAY1983 (as on passport)
Passport: A0*****41  Exp 2031
Frequent flyer: PA 771 204 339 (Silver)

Flight PA 902  Sat 18 MAY 2024  MRL 18:40 -> LHR 12:55+1  Seat 32K
Flight PA 1170 Sun 19 MAY 2024  LHR 16:10 -> LOS 22:35     Seat 28A

Baggage: 2 x 23 kg checked
Meal: standard
Fare total: USD 1,482.60

Check in online 24 hours before departure. Travel document requirements for Nigeria apply.
""", D("2024-03-30 22:18", "-0400"))

add("clean", "lookalike", "",
    "Guardian Mutual Auto Claims <claims@guardianmutual-auto.com>",
    "Teodoro Batungbakal <teo.batungbakal@yahoo.com>",
    "Claim 7-4410-38812: appraisal scheduled",
    """Hello Teodoro,

Thank you for reporting your claim.

Claim number: 7-4410-38812
Policy: GMA-22-0091847
Date of loss: 03/29/2024
Vehicle: 2017 Toyota Sienna, VIN ending 66021
Loss description: rear-ended at stop light on Kenmore St; rear bumper, liftgate and tail lamp damage. No injuries reported at scene.

Your appraisal is scheduled for Tuesday 4/2 between 10 AM and 12 PM at your home address on file. Rental coverage of $40/day for up to 30 days is included on your policy; Enterprise reservation #RE-5590021.

Claims adjuster: Monica Feld, 555-0138

Guardian Mutual Insurance Company
""", D("2024-03-30 14:02", "-0400"))

add("clean", "lookalike", "",
    "Oakline Tree Surgeons <quotes@oaklinetree.com>",
    "Facilities Grounds <grounds@marlowhealth.org>",
    "Quote Q-2411: Eastgate Clinic oak - diseased limb removal",
    """Hi Pete,

Following Arborist Megan Holloway's assessment on 3/20 at the Eastgate Family Clinic parking lot, here is our quote.

Tree: Coast live oak, approx 60 yrs, DBH 34"
Condition: canker and decay at the union of the large limb over the patient drop-off lane; fruiting bodies present (likely Ganoderma). Limb is hollow, roughly 40% sound wood. Remaining canopy healthy.

Recommended treatment:
  1. Remove the affected limb back to the collar (crane required)    $2,850
  2. Crown clean of deadwood > 2"                                    $  950
  3. Root zone mulch + follow-up inspection in 12 months            $  300
  Total                                                             $4,100

Work can be done on a Sunday so the drop-off lane can be closed. Certificate of insurance attached on request.

Megan Holloway, ISA Certified Arborist WE-11872A
Oakline Tree Surgeons | 555-0102
""", D("2024-03-22 11:51", "-0400"))

add("clean", "lookalike", "",
    "Jenkins CI <ci-noreply@marlowhealth.org>",
    "IS Integration Devs <integration-dev@marlowhealth.org>",
    "[alerts] patient-worker pod restarts (heartbeat failed) - build #4471",
    """ALERT: deployment "patient-worker" in namespace "adt-sync" unhealthy

Pod: patient-worker-7d9f8c6b5-xk2lq
Status: CrashLoopBackOff (restarts: 14)
Last probe: liveness /vitals -> HTTP 503 after 10s
Heartbeat: missed 3 consecutive (interval 30s)

Recent log:
  2024-03-19T02:14:07Z WARN  triage-queue depth 18220 > threshold 5000
  2024-03-19T02:14:09Z ERROR PatientRecordMapper: NullPointerException at mapVisit(PatientRecordMapper.java:212)
  2024-03-19T02:14:09Z INFO  discharging worker thread pool (graceful=false)

Runbook: https://wiki.marlowhealth.org/is/runbooks/patient-worker
On-call: Raj Malhotra (ext 6612)

-- 
This is an automated message from Jenkins. Build #4471 (branch release/2024.03).
""", D("2024-03-19 02:15", "-0400"))

# =====================================================================================
# CLEAN: news
# =====================================================================================
_measles = """MARLOW COUNTY DEPARTMENT OF PUBLIC HEALTH
HEALTH ADVISORY - March 15, 2024

Measles cases in Marlow County

Summary: As of March 14, the county has confirmed 6 measles cases since February 20, all in unvaccinated or under-vaccinated residents, 4 of them children under 5. Two cases were hospitalized; none have died. Exposure sites have included a grocery store on Kenmore Street, a church in the Eastgate neighborhood, and the waiting room of a private pediatric practice (Feb 28, 2-6 PM).

Actions requested of clinicians:
 1. Consider measles in any patient with fever and rash, especially with cough, coryza or conjunctivitis.
 2. Mask and isolate suspected cases immediately; do not send them to the waiting room or lab.
 3. Report suspected cases by phone right away to the Communicable Disease line, 555-0100 (24/7). Do not wait for lab confirmation.
 4. Check MMR status for all patients, including adults born after 1957, and offer catch-up doses.

Free MMR clinics: Saturdays in March and April, 9 AM - 1 PM, at the Eastgate and Northside clinics and on the Health on Wheels van (schedule at marlowcounty.gov/van). Interpreters available in Spanish, Vietnamese, Arabic, Dari and Somali.

Dr. Mei-Lin Okafor-Grant, MD, MPH
Health Officer, Marlow County
"""
add("clean", "news", "",
    "Marlow County Public Health <healthalerts@marlowcounty.gov>",
    "Marlow County Clinicians <clinicians-list@marlowcounty.gov>",
    "HEALTH ADVISORY: Measles cases in Marlow County",
    _measles, D("2024-03-15 16:00", "-0400"), html_body=simple_html(_measles))

add("clean", "news", "",
    "MCHS Pharmacy & Therapeutics <pt-committee@marlowhealth.org>",
    "All Prescribers <prescribers@marlowhealth.org>",
    "DRUG RECALL: Glucovant XR (metformin ER) 750 mg - selected lots",
    """VOLUNTARY RECALL NOTICE - PATIENT LEVEL

Manufacturer: Brightwater Generics, Inc.
Product: Glucovant XR (metformin hydrochloride extended-release) 750 mg tablets, bottles of 90 and 500
Lots: BW23114A, BW23115A, BW23127C (exp 11/2025 - 01/2026)
Reason: levels of an impurity above the acceptable daily intake limit found in stability testing.

MCHS actions:
- Outpatient pharmacies have quarantined all affected lots as of 3/22 (14 bottles).
- Pharmacy will call patients who received affected lots in the last 90 days and offer an exchange. No action is needed by prescribers unless a patient asks.
- Patients should NOT stop taking metformin without talking to their provider; the risk of stopping outweighs the risk from the impurity.

Talking points in Spanish, Vietnamese, Chinese and Arabic are on the pharmacy intranet page.

Bao Tran, PharmD, for the P&T Committee
""", D("2024-03-22 14:40", "-0400"))

add("clean", "news", "",
    "MCHS Communications <news@marlowhealth.org>",
    "All Staff <allstaff@marlowhealth.org>",
    "The Marlow Monthly - April 2024",
    """THE MARLOW MONTHLY | April 2024

** Health on Wheels hits 10,000 visits **
Our mobile clinic van logged its 10,000th visit on March 23 at the St. Brigid parking lot. Since launching in 2021, the van team (RN lead Ricky Saldana, drivers Luis Ortega and Renee Watts, and rotating NPs) has given over 3,100 flu shots and connected 840 people to a primary care home. Cake in the B-level cafeteria Friday!

** Employee of the Month: Marisol Quintanilla **
Marisol, coordinator of Interpreter Services, was nominated by five departments. "She somehow found a Tigrinya interpreter at 2 AM on a holiday," wrote one ED nurse.

** New Arrivals Clinic expands hours **
The refugee health clinic led by Dr. Hanna Lindqvist will open Tuesday evenings starting May 7.

** Jail health partnership renewed **
The Board of Supervisors approved a 3-year renewal of the Correctional Health Unit agreement on March 26.

** Reminder **: Patient Experience Week is April 22-26. Nominate a colleague at intranet/pxweek.
""", D("2024-04-01 09:00", "-0400"),
    html_body="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1a5276">The Marlow Monthly</h1><p><i>April 2024</i></p>
<h2>Health on Wheels hits 10,000 visits</h2>
<p>Our mobile clinic van logged its 10,000th visit on March 23 at the St. Brigid parking lot. Since launching in 2021, the van team (RN lead Ricky Saldana, drivers Luis Ortega and Renee Watts, and rotating NPs) has given over 3,100 flu shots and connected 840 people to a primary care home. Cake in the B-level cafeteria Friday!</p>
<h2>Employee of the Month: Marisol Quintanilla</h2>
<p>Marisol, coordinator of Interpreter Services, was nominated by five departments. &ldquo;She somehow found a Tigrinya interpreter at 2 AM on a holiday,&rdquo; wrote one ED nurse.</p>
<h2>New Arrivals Clinic expands hours</h2>
<p>The refugee health clinic led by Dr. Hanna Lindqvist will open Tuesday evenings starting May 7.</p>
<h2>Jail health partnership renewed</h2>
<p>The Board of Supervisors approved a 3-year renewal of the Correctional Health Unit agreement on March 26.</p>
<p><b>Reminder:</b> Patient Experience Week is April 22-26. Nominate a colleague at intranet/pxweek.</p>
</body></html>
""")

add("clean", "news", "",
    "MarlowCare Provider Relations <providernews@marlowcareplan.org>",
    "Network Providers <network-providers@marlowcareplan.org>",
    "Provider Bulletin 2024-04: prior authorization changes effective May 1",
    """MarlowCare Community Plan - Provider Bulletin 2024-04

Effective May 1, 2024:

REMOVED from prior authorization
  - CPT 70551-70553 MRI brain (when ordered by neurology)
  - CPT 93306 transthoracic echocardiogram
  - HCPCS E0114 crutches, E0143 walker

ADDED to prior authorization
  - CPT 97110 therapeutic exercise beyond 24 visits per calendar year
  - Brand GLP-1 agonists for any indication (step therapy required)

Claims reminders
  - Member ID must be submitted without spaces or dashes (11 digits).
  - Timely filing remains 180 days from date of service.
  - 837 files received after 6 PM Friday are processed the next business day.

Member transportation benefit: rides to medical appointments are free; members or offices can book at 555-0190 at least 2 business days ahead.

Questions: Provider Services 555-0192, option 3.
""" + "\n" + DISC_PLAN, D("2024-04-05 08:00", "-0400"))

add("clean", "news", "",
    "MCHS Quality & Analytics <quality@marlowhealth.org>",
    "Medical Executive Committee <mec@marlowhealth.org>",
    "Q1 2024 dashboard - ED throughput and language access",
    """MEC members,

Q1 2024 summary ahead of Thursday's meeting (full dashboard on the quality SharePoint):

ED
  Visits: 31,204 (+6% vs Q1 2023)
  Median door-to-provider: 38 min
  Left without being seen: 4.7% (goal < 3%)
  Boarding > 24 hrs: 412 patients (psych 61%)

Language access
  Encounters with non-English preference: 44%
    Spanish 31% | Vietnamese 4.2% | Arabic 2.1% | Mandarin/Cantonese 1.9% | Russian/Ukrainian 1.6% | Haitian Creole 1.1% | other 2.1%
  Qualified interpreter documented: 81% (Q4: 74%)
  Video interpreter avg connect time: 42 sec

Jail health
  Offsite ED transports: 97; admissions: 23; avg LOS 4.1 days

Readmissions (30-day, all-cause, adult medicine): 16.8%

Prepared by Quality & Analytics. Counts < 11 suppressed per policy.
""", D("2024-04-09 17:20", "-0400"), atts=[("Q1_2024_dashboard_summary.csv", "text", "csv", csv_text([
    ["metric", "q1_2023", "q4_2023", "q1_2024"],
    ["ed_visits", "29437", "30880", "31204"],
    ["median_door_to_provider_min", "44", "41", "38"],
    ["lwbs_pct", "5.9", "5.1", "4.7"],
    ["boarding_gt_24h", "350", "398", "412"],
    ["interpreter_documented_pct", "69", "74", "81"],
    ["readmit_30d_pct", "17.9", "17.2", "16.8"],
]))])

add("clean", "news", "",
    "Marlow County Office of Emergency Services <oes-alerts@marlowcounty.gov>",
    "Community Partners <partners@marlowcounty.gov>",
    "Extreme heat warning Friday-Sunday: cooling centers open",
    """EXTREME HEAT WARNING - Friday June 14 through Sunday June 16

Temperatures up to 108F expected inland. Heat illness risk is high for older adults, infants, outdoor workers, people experiencing homelessness and people taking certain medications (diuretics, some psychiatric medicines).

Cooling centers (10 AM - 8 PM):
  Eastgate Library, 410 Kenmore St
  Northside Community Center, 88 Ruiz Blvd
  St. Brigid Parish Hall, 1200 Cordova St (pets allowed)

The Health on Wheels mobile van will distribute water and check on encampments along the river trail Saturday morning.

Signs of heat stroke: confusion, hot dry skin, temperature above 103F. Call 911.

Clinics: please review patients' medication lists for heat risk and remind them to drink water. Translated flyers (12 languages) at marlowcounty.gov/heat.
""", D("2024-06-12 11:00", "-0700"))

# =====================================================================================
# CLEAN: staff
# =====================================================================================
add("clean", "staff", "",
    "Dr. Imran Qureshi <iqureshi@marlowhealth.org>",
    "Hospital Medicine Group <hospitalists@marlowhealth.org>",
    "curbside - anticoag after GI bleed?",
    """Question for the group, no urgent action:

60s male, mechanical mitral valve, on warfarin, came in last week with an upper GI bleed (INR 5), scoped and clipped, stable now x 4 days. Cardiology says restart, GI says wait 2 weeks. Has anyone dealt with this recently? What did you land on - bridge with heparin at day 7? Any protocol from the anticoag committee I'm missing?

Imran

Imran Qureshi, MD
Hospital Medicine
""", D("2024-03-28 13:45", "-0400"))

add("clean", "staff", "",
    "Dr. Vanessa Holt <vholt@marlowhealth.org>",
    "Correctional Health Unit Nurses <chu-nurses@marlowcounty.gov>",
    "Updated alcohol withdrawal protocol - effective 4/1",
    """CHU nursing team,

Attached summary of the updated alcohol withdrawal protocol, approved by the P&T committee on 3/19. Main changes:

- Screen everyone at intake with the 3-question AUDIT-C plus "last drink" time. Anyone with a last drink < 72 hrs gets CIWA-Ar q4h x 72 hrs.
- Phenobarbital loading (per weight-based table) replaces the chlordiazepoxide taper as first line. Do NOT use if the patient is already on benzodiazepines from outside.
- Thiamine 100 mg IM before any glucose.
- CIWA > 20, seizure, hallucinations, or HR > 130 sustained: send out to MCGH ED. Do not wait for the morning provider.

Teaching sessions: Tues 3/26 and Thu 3/28 at shift change (0645 and 1845), med room B. Each session 20 min. Please sign the attestation afterward.

Thanks all, this has been a long time coming.

Vanessa Holt, MD
Medical Director, Correctional Health Unit
""", D("2024-03-21 17:05", "-0400"))

add("clean", "staff", "",
    "5 West Nurse Manager <5west.mgr@marlowhealth.org>",
    "Staffing Office <staffing@marlowhealth.org>",
    "RE: nights this weekend",
    """We are short 2 RNs for Sat night and 1 for Sun night. Census is 28/30 and 6 are on q1h neuro checks. I'm NOT taking a 5th patient assignment again, we did that last weekend and had two falls.

Can you release the float pool or approve incentive pay? I already texted everyone on my unit.

Tish Morales, MSN, RN
Nurse Manager, 5 West Neuro/Med-Surg

> On Thu, Apr 4, 2024 at 3:10 PM Staffing Office <staffing@marlowhealth.org> wrote:
> Float pool is fully committed Sat. Will update if any pickups. Incentive pay request goes to the CNO.
""", D("2024-04-04 15:42", "-0400"))

add("clean", "staff", "",
    "Marisol Quintanilla <mquintanilla@marlowhealth.org>",
    "Nursing Leadership <nursing-leaders@marlowhealth.org>",
    "reminder: no family members or kids as interpreters",
    """Hi nursing leaders,

Please share at your huddles. Over the last month we've had several reports of staff using patients' children or other family to interpret, including once for a consent and once for discharge teaching on a new anticoagulant. This is against policy ADM-112 and a Title VI compliance risk.

Options 24/7:
  - video interpreter iPads: every unit has 2, charging at the nurses' station
  - phone line: ext 2555, press 1 and say the language
  - in person (schedule ahead): ext 2500

If the patient insists on a family member, the policy says we still bring in a qualified interpreter to listen and document the patient's choice in the chart.

Thanks,
Marisol
""", D("2024-03-29 10:20", "-0400"))

add("clean", "staff", "",
    "Dr. Hanna Lindqvist <hlindqvist@marlowhealth.org>",
    "Pediatrics Clinic Providers <peds-providers@marlowhealth.org>",
    "catch-up vaccines for kids arriving from camps - question",
    """Hi peds friends,

General question, not about a specific child. We're getting a lot of families from East African camps who arrive with IOM vaccine records that only list some doses (often oral polio and measles, rarely Hib or PCV). For a 4-6 year old with one documented MMR and no written hep B:

- do you repeat doses without dates or just count them?
- are you drawing titers (hep B, varicella) first or vaccinating?

We've been following the CDC catch-up schedule but our visits are already 90 minutes and the kids get 5-6 shots in one day. Would love to hear what you do in regular peds clinic so we're consistent.

Hanna
""", D("2024-04-03 08:22", "-0400"))

add("clean", "staff", "",
    "Deandra Pike <dpike@marlowhealth.org>",
    "Social Work Department <socialwork@marlowhealth.org>",
    "shelter + respite bed update this week",
    """SW team, bed update as of Monday 8am:

- Harbor Light men's shelter: 6 beds, intake after 4pm, no walkers
- Maria's House (women & kids): full, waitlist ~10 days
- Cordova Respite (medical respite, needs to be independent w/ ADLs): 2 beds opening Wed, referral form + TB clearance required
- County motel vouchers: frozen until April 15 (budget)
- Warming center at St. Brigid: open nights through March 31 only

Also - reminder that the MarlowCare housing navigation program now takes direct referrals from us, 555-0193. They're responding within 2 days.

Deandra Pike, LCSW
""", D("2024-03-18 08:10", "-0400"))

add("clean", "staff", "",
    "Bao Tran PharmD <btran@marlowhealth.org>",
    "All Prescribers <prescribers@marlowhealth.org>",
    "Formulary update: inhaler substitutions starting 4/15",
    """Hello prescribers,

Starting April 15, because of MarlowCare formulary changes, outpatient pharmacy will auto-substitute the following unless you write "dispense as written" with a reason:

  fluticasone/salmeterol brand DPI  ->  generic fluticasone/salmeterol DPI (same strengths)
  budesonide/formoterol brand MDI   ->  generic (same strengths)
  tiotropium brand HandiHaler       ->  tiotropium Respimat (2 puffs daily; different technique!)

Please make sure patients get technique teaching at the first fill; the pharmacy can do it if you add "inhaler teaching" to the order comments. Teaching sheets are translated into Spanish, Vietnamese, Russian and Arabic.

Questions: Bao Tran ext 3720.
""", D("2024-04-01 12:30", "-0400"), cte="quoted-printable")

# =====================================================================================
# CLEAN: training
# =====================================================================================
add("clean", "training", "",
    "EHR Training Team <ehrtraining@marlowhealth.org>",
    "New Hire Clinicians - April <newhire-apr@marlowhealth.org>",
    "Your EHR training login + practice patients",
    """Welcome to Marlow County Health System!

Your EHR classroom training is Tuesday 4/16, 8:00-4:30, Training Room 2 (B-level). Use the TRAINING environment (green banner) only.

Login: your network ID with the suffix _trn (example: jsmith_trn)
Temporary password: Welcome2024! (you will be asked to change it)

Practice patients assigned to you in the training environment (these are NOT real people):
  ZZTEST, ADULT ONE       MRN 99900001   DOB 01/01/1970
  ZZTEST, PEDS TWO        MRN 99900002   DOB 06/15/2019
  ZZTEST, OB THREE        MRN 99900003   DOB 03/03/1995
  ZZTEST, JAIL FOUR       MRN 99900004   DOB 12/31/1988 (booking 99-00000)

Exercises: admit ZZTEST ADULT ONE from the ED, order a CBC and chest x-ray, reconcile home meds, write a discharge order. For ZZTEST JAIL FOUR practice the custody flag and the deputy visitor log.

Please never enter a real patient in the training environment, and never practice in production.

EHR Training Team | ext 4500
""", D("2024-04-09 14:00", "-0400"))

add("clean", "training", "",
    "Bridgeline Integration Academy <academy@bridgeline-int.com>",
    "Raj Malhotra <rmalhotra@marlowhealth.org>",
    "Webinar materials: HL7 v2 ADT mapping basics",
    r"""Hi Raj,

Thanks for attending "HL7 v2 ADT Mapping Basics". As promised, the sample messages from the demo are below. All data is synthetic (test patient John Q. Doe / Jane Sample).

MSH|^~\&|DEMOAPP|DEMOHOSP|BRIDGELINE|DEMO|20240101120000||ADT^A04|DEMO0001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST123456^^^DEMOHOSP^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(000)000-0000
PV1|1|O|DEMOCLINIC^^^DEMOHOSP||||99999^TEST^PROVIDER

MSH|^~\&|DEMOAPP|DEMOHOSP|BRIDGELINE|DEMO|20240101121500||ADT^A08|DEMO0002|T|2.5.1
PID|1||TEST654321^^^DEMOHOSP^MR||SAMPLE^JANE||19990909|F|||1 TEST WAY^^ANYTOWN^ZZ^00000

Note MSH-11 = T (training) - your production engine should route these to the dead-letter queue.

Slides and recording: https://academy.bridgeline-int.com/webinars/adt-basics (expires in 30 days)

Bridgeline Integration Academy
""", D("2024-03-07 16:45"))

add("clean", "training", "",
    "Marisol Quintanilla <mquintanilla@marlowhealth.org>",
    "Interpreter Trainees <interp-trainees@marlowhealth.org>",
    "role-play scripts for Thursday (medical interpreting 101)",
    """Hi trainees,

For Thursday's practice, we'll do three role plays. These are made up for training - fictional patient "Maria Sample" and "Dr. Example". Please read them before class, in English and in your language pair.

Scenario 1 - ED triage
Nurse: What brings you in today?
Maria Sample: My stomach has hurt for two days, here on the right side.
Nurse: Any fever or vomiting?
(Interpreter: watch register, don't add or omit, first person)

Scenario 2 - Medication teaching
Dr. Example: Take one tablet twice a day with food for ten days, even if you feel better.
(Interpreter: practice teach-back)

Scenario 3 - Bad news conversation (palliative care)
We'll do this one in small groups with Guerline and Yusuf coaching.

Reminder: sight translation of consent forms is covered in module 4 next week.

Marisol
""", D("2024-03-12 09:30", "-0400"))

add("clean", "training", "",
    "ClearPath EDI Enrollment <enrollment@clearpathedi.com>",
    "Tanya Brewer <tbrewer@marlowhealth.org>",
    "Test file accepted - 837P certification step 2",
    """Hi Tanya,

Your 837P test file (ISA13 = 000000901, usage indicator T) passed the compliance check. Our parser echoed the subscriber loop below so you can confirm the test values:

NM1*IL*1*ZZTEST*PATIENT****MI*TEST00000001~
N3*123 TEST STREET~
N4*TESTVILLE*CA*99999~
DMG*D8*19010101*U~
CLM*TESTCLM0001*100***11:B:1*Y*A*Y*Y~
SV1*HC:99213*100*UN*1***1~

Next step: send 25 test claims covering professional, secondary and void/replace (frequency 7/8) by April 19. After that we schedule the production cut-over with MarlowCare.

ClearPath EDI Enrollment Team
""", D("2024-04-08 13:10", "-0400"))

add("clean", "training", "",
    "MarlowCare Provider Relations <providernews@marlowcareplan.org>",
    "Eastgate Family Clinic Front Desk <eastgate.frontdesk@marlowhealth.org>",
    "Provider portal training - recording + quick guide",
    """Thank you for joining the MarlowCare provider portal training.

Quick guide (screenshots use our demo account only):

1. Eligibility: Search by member ID. In the demo, search 000000000 to see "DOE, JANE - ACTIVE".
2. Prior auth: Click "New Request" > choose service type. Demo request #PA-DEMO-0001 shows a sample MRI approval.
3. Claim status: the demo claim DEMO-CLM-12345 for "DOE, JOHN" shows a denial with CARC 16 so you can practice correcting it.
4. Member roster: download as CSV. In production this file contains PHI - store it only on secure drives.

Recording: https://providers.marlowcareplan.org/training/portal-101 (passcode Portal101)

Questions? Provider Services 555-0192 option 3.
""" + "\n" + DISC_PLAN, D("2024-03-27 15:30", "-0400"))

add("clean", "training", "",
    "Simulation Center <simcenter@marlowhealth.org>",
    "ED Nursing <ed-nursing@marlowhealth.org>",
    "In-situ sim Wednesday 0730 - scenario brief",
    """ED team,

In-situ simulation this Wednesday 4/10 at 0730 in Resus 2 (will be cancelled if the department is on divert).

Scenario (for facilitators; participants get the triage info only):
  Manikin "Mr. Sim Man" - 58M, crushing chest pain, diaphoretic. Initial rhythm sinus tach, converts to VF at minute 4. Goals: recognize STEMI on the prepared 12-lead, activate cath lab, high-quality CPR, defib within 2 min, closed-loop communication with a phone interpreter (Spanish-speaking wife, played by Carmen from Interpreter Services).

Use the SIM crash cart only (red tags). Expired meds labeled "NOT FOR HUMAN USE".

Debrief 0815-0845 in the staff lounge. Breakfast provided!

Sim Center | Nadia Petrosyan, RN, CHSE | ext 4380
""", D("2024-04-08 12:00", "-0400"))

# =====================================================================================
# build
# =====================================================================================
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", None, "iPhone Mail (21D61)", None,
           "Mozilla Thunderbird 115.8", None]


def build(i, m, fname):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s.%04d.%s@%s>" % (m["date"].strftime("%Y%m%d%H%M"), i,
                                             fname.split(".")[0], dom)
    msg["MIME-Version"] = "1.0"
    mailer = MAILERS[random.randrange(len(MAILERS))]
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in m["headers"].items():
        msg[k] = v
    cte = m["cte"]
    if not cte:
        # most clients send plain 7bit/8bit; only a few messages force QP or base64
        cte = "7bit" if m["body"].isascii() else "8bit"
    msg.set_content(m["body"], cte=cte)
    if m["html_body"] == "AUTO":
        msg.add_alternative(simple_html(m["body"]), subtype="html")
    elif m["html_body"]:
        msg.add_alternative(m["html_body"], subtype="html")
    for (fn, maintype, subtype, data) in m["atts"]:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
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
    for i, m in enumerate(MSGS, 1):
        key = (m["label"], m["kind"])
        counters[key] = counters.get(key, 0) + 1
        fname = "%s-%s-%03d.eml" % (m["label"], m["kind"], counters[key])
        msg = build(i, m, fname)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m["label"], m["kind"], m["patient"] if m["label"] == "phi" else ""])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    return counters


if __name__ == "__main__":
    c = main()
    for k in sorted(c):
        print("%s-%s: %d" % (k[0], k[1], c[k]))
    print("total:", sum(c.values()))
