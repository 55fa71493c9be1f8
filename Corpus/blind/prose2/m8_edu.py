MSGS = [
{"file":"clean-education-001.eml", "from":"Lakeview Clinic Newsletter <news@lakeviewclinic.org>", "to":"subscribers@lakeviewclinic.org",
"subject":"Winter Wellness: Flu, RSV and COVID - what you need to know", "date":"Tue, 01 Dec 2026 09:00:00 -0600", "body":"""
LAKEVIEW CLINIC | WINTER WELLNESS NEWSLETTER | DECEMBER 2026

Respiratory virus season is here. Three vaccines can help protect you and your family this winter:

* FLU: Everyone 6 months and older should get a flu shot every year.
* COVID-19: The updated 2026-2027 vaccine is recommended for most people.
* RSV: Adults 75 and older, adults 60-74 at increased risk, and pregnant people at 32-36 weeks may be eligible. Infants may receive nirsevimab.

When to stay home: fever of 100.4F or higher, or feeling too sick to do normal activities. Return when you've been fever-free for 24 hours without medication.

When to call us: trouble breathing, chest pain, confusion, signs of dehydration, or symptoms that improve and then get worse.

Walk-in flu clinics: Saturdays 9-12 through December 19.

Unsubscribe | Lakeview Clinic, 800 Lake St, Madison WI 53703 | 608-555-0100
""", "html":"""
<html><body style="font-family:Georgia,serif;max-width:600px">
<h2 style="color:#1a5c8a">Winter Wellness</h2>
<p>Respiratory virus season is here. Three vaccines can help protect you and your family this winter:</p>
<ul>
<li><b>Flu:</b> Everyone 6 months and older should get a flu shot every year.</li>
<li><b>COVID-19:</b> The updated 2026-2027 vaccine is recommended for most people.</li>
<li><b>RSV:</b> Adults 75 and older, adults 60-74 at increased risk, and pregnant people at 32-36 weeks may be eligible. Infants may receive nirsevimab.</li>
</ul>
<p><b>When to stay home:</b> fever of 100.4&deg;F or higher, or feeling too sick to do normal activities.</p>
<p><b>When to call us:</b> trouble breathing, chest pain, confusion, signs of dehydration, or symptoms that improve and then get worse.</p>
<p>Walk-in flu clinics: Saturdays 9&ndash;12 through December 19.</p>
<p style="font-size:11px;color:#888"><a href="#">Unsubscribe</a> | Lakeview Clinic, 800 Lake St, Madison WI 53703 | 608-555-0100</p>
</body></html>
"""},
{"file":"clean-education-002.eml", "from":"Dr. Elliot Vance <evance@mtnviewmedgroup.com>", "to":"Residents <residents@mtnviewmedgroup.com>",
"subject":"Case for Thursday morning report", "date":"Tue, 01 Dec 2026 20:15:00 -0700", "body":"""
For Thursday, please read up on this one before we meet:

A 54-year-old man presented with 3 days of progressive dyspnea and bilateral leg swelling. He had a history of heavy alcohol use and had been told "something about his heart" years ago. Exam: JVP 12 cm, S3, bibasilar crackles, 2+ pitting edema to the knees. BNP 2,400. Echo showed a dilated LV with EF 20% and no regional wall motion abnormalities. Coronary angiography was normal.

Questions:
1. What's your differential for non-ischemic dilated cardiomyopathy?
2. What's the evidence that abstinence improves EF?
3. Walk through GDMT initiation - which drug first and why?

Bring your answers. Coffee provided.

EV
"""},
{"file":"clean-education-003.eml", "from":"FDA MedWatch <medwatch-alerts@fda-example.gov>", "to":"pharmacy-alerts@hometownpharmacy.net",
"subject":"MedWatch Safety Alert: Voluntary recall of metformin ER 500 mg (select lots) - NDMA", "date":"Wed, 25 Nov 2026 14:00:00 -0500", "body":"""
MedWatch - The FDA Safety Information and Adverse Event Reporting Program

Metformin Hydrochloride Extended-Release Tablets, 500 mg: Recall - N-Nitrosodimethylamine (NDMA) Above Acceptable Intake Limit

AUDIENCE: Patient, Health Professional, Pharmacy

ISSUE: Example Pharmaceuticals is voluntarily recalling 14 lots of metformin ER 500 mg tablets to the retail level after testing found NDMA above the acceptable daily intake limit of 96 ng/day.

Affected lots: MX24118 through MX24131, expiry 06/2027 - 09/2027. NDC 00000-1234-01 (bottles of 100) and 00000-1234-05 (bottles of 500).

RECOMMENDATION: Patients should continue taking their medication until a pharmacist or physician provides a replacement or alternative treatment. Stopping metformin without consulting a health professional can be dangerous for patients with type 2 diabetes.

Report adverse events to MedWatch online or by calling 1-800-FDA-1088.
"""},
{"file":"clean-education-004.eml", "from":"Nursing Education <nursingeducation@saintagnesmc.org>", "to":"All RNs <allrn@saintagnesmc.org>",
"subject":"Annual competency: CAUTI prevention module due 12/31", "date":"Mon, 23 Nov 2026 08:00:00 -0600", "body":"""
Hello nurses,

The 2026 CAUTI prevention module is now live in HealthStream and is due December 31.

Key points covered:
- Indications for indwelling urinary catheters (and what is NOT an indication - incontinence alone, convenience)
- Daily necessity review and nurse-driven removal protocol
- Maintaining a closed drainage system, bag below bladder, no dependent loops
- Bladder scanner use and intermittent cath as alternatives
- Correct specimen collection from the sampling port

Our unit-level CAUTI rates for Q3 are posted on each unit's quality board. 5 North went 212 days without a CAUTI - congratulations!

Takes about 25 minutes. Contact Dana Whitfield, MSN, RN, Clinical Educator, x4502 with questions.
"""},
{"file":"clean-education-005.eml", "from":"Dr. Helen Park <hpark@metrokidneycare.com>", "to":"Nephrology Journal Club <jclub@metrokidneycare.com>",
"subject":"Journal club Dec - SGLT2i in non-diabetic CKD", "date":"Thu, 26 Nov 2026 12:30:00 -0800", "body":"""
Hi all,

For December we'll discuss the SGLT2 inhibitor data in patients with CKD who don't have diabetes. Main paper: the pooled analysis of the major outcome trials (link in the Teams channel). Questions to think about:

- How much of the benefit holds below eGFR 25?
- Is the initial eGFR dip clinically meaningful?
- Should we start these in IgA nephropathy alongside RAS blockade?

Tom Ebert is presenting. Dec 17, noon, conf room 2. Lunch from the Thai place.

Helen
"""},
{"file":"clean-education-006.eml", "from":"Amberwood Behavioral Health <outreach@amberwoodbh.com>", "to":"community-list@amberwoodbh.com",
"subject":"Holiday stress and depression: when to reach out", "date":"Wed, 02 Dec 2026 10:00:00 -0500", "body":"""
The holidays can be hard. Grief, financial stress, family conflict and shorter days can all affect mood.

Signs that it may be more than the "holiday blues":
- Feeling sad or empty most of the day, nearly every day, for 2 weeks or more
- Losing interest in things you used to enjoy
- Changes in sleep or appetite
- Trouble concentrating
- Thoughts of death or suicide

If you or someone you know is in crisis, call or text 988 (Suicide & Crisis Lifeline) any time.

Amberwood offers same-week intake appointments. Call 330-555-0150.

Amberwood Behavioral Health, 2400 Market Ave N, Canton OH 44714
"""},
{"file":"clean-education-007.eml", "from":"Dr. Nikhil Bose <nbose@stjosephsed.ca>", "to":"ED Physicians <edmd@stjosephsed.ca>",
"subject":"M&M summary - November", "date":"Fri, 04 Dec 2026 17:55:10 -0500", "body":"""
November M&M summary (de-identified, for teaching only):

Case 1: Elderly woman on anticoagulation, ground-level fall, initial CT head negative, discharged. Returned 36h later with delayed subdural. Learning point: consider repeat imaging or observation in anticoagulated older adults with ongoing symptoms; our guideline is being updated.

Case 2: Young adult with chest pain attributed to anxiety; second visit revealed spontaneous pneumothorax missed on initial portable CXR. Learning point: upright PA film when clinically feasible; review images yourself.

Case 3: Toddler with fever and limp, discharged with "viral synovitis", later dx septic arthritis. Learning point: Kocher criteria, low threshold for aspiration.

No identifying information is to be shared outside this group. Thanks to the presenters.

Nikhil
"""},
{"file":"clean-education-008.eml", "from":"Pacific Medical Group GI <gi-education@pacificmedgroup.com>", "to":"\"Referring Providers\" <referring@pacificmedgroup.com>",
"subject":"Updated colorectal cancer screening guidance - start at 45", "date":"Mon, 16 Nov 2026 07:30:00 -0800", "body":"""
Dear colleagues,

A reminder that average-risk adults should begin colorectal cancer screening at age 45. Options include:

  Colonoscopy ........................ every 10 years
  FIT ................................ every year
  Multi-target stool DNA ............. every 1-3 years
  CT colonography .................... every 5 years

Any positive stool-based test requires follow-up colonoscopy - this is not optional and is often missed. Patients with a first-degree relative diagnosed before 60 should start at 40 or 10 years before the relative's age at diagnosis.

Refer through Epic (Ambulatory referral to GI - screening) or fax 415-555-0199.

Victor Chang, MD
Chief, Gastroenterology
"""},
{"file":"clean-education-009.eml", "from":"Dr. Rebecca Stein <rstein@amberwoodbh.com>", "to":"Clinicians <clinicians@amberwoodbh.com>",
"subject":"Peer consult recap - SSRI nausea + switching", "date":"Fri, 04 Dec 2026 18:10:00 -0500", "body":"""
Recap from today's peer consult for those who missed it.

We talked through a composite scenario: a woman in her late 20s with moderate-severe depression, partial response to an SSRI, stopping doses intermittently because of GI side effects. Discussion points:

- Nausea with SSRIs usually fades in 1-2 weeks; taking with food or at bedtime can help
- Missed doses -> discontinuation symptoms -> more nonadherence, worth asking about directly
- Switch options: cross-taper to another SSRI, or bupropion/mirtazapine depending on sleep, weight, sexual side effects
- Always re-screen PHQ-9 and C-SSRS at med changes

Dr. Rao will send the cross-taper table she showed.

Rebecca
"""},
{"file":"clean-education-010.eml", "from":"NHS Trust Comms <comms@stmaryshospital.nhs.uk>", "to":"All Staff <allstaff@stmaryshospital.nhs.uk>",
"subject":"Sepsis Awareness: Think Sepsis, Act Fast", "date":"Mon, 09 Nov 2026 08:30:00 +0000", "body":"""
Dear colleagues,

Our latest audit shows antibiotics within one hour for red-flag sepsis were given in 81% of cases last quarter (target 90%).

Remember the Sepsis Six:
 1. Give oxygen to keep saturations above 94%
 2. Take blood cultures
 3. Give IV antibiotics
 4. Give IV fluids
 5. Check serial lactates
 6. Measure accurate hourly urine output

Sepsis trolleys are now on every ward - Ward 9 has theirs by bay 1. Drop-in simulation sessions on Tuesdays at 2pm in the Education Centre.

Thank you for everything you do.
Communications Team
"""},
]
