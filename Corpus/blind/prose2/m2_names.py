MSGS = [
{"file":"phi-names-001.eml", "from":"Gloria Pettaway <gpettaway@harborviewim.com>", "to":"Dr. Simon Reyes <sreyes@harborviewim.com>",
"subject":"labs back", "date":"Mon, 30 Nov 2026 11:14:09 -0500", "body":"""
Dr Reyes,

Labs came back on Whitaker, Dolores -- A1c 9.8 (was 8.1 in June). Creatinine 1.4. She's still on metformin 1000 BID and the glipizide. Do you want me to get her in sooner than the March f/u or just call her?

Gloria, LPN
"""},
{"file":"phi-names-002.eml", "from":"COLLINS, TERESA <tcollins@saintagnesmc.org>", "to":"Case Management <cm@saintagnesmc.org>",
"subject":"DISCHARGE PLANNING", "date":"Tue, 01 Dec 2026 07:30:00 -0600", "body":"""
PLEASE SEE PT HAROLD JEFFERSON BECKETT IN 5N-22 TODAY. ADMITTED W/ CHF EXACERBATION, EF 25%, LIVES ALONE. WILL NEED HOME HEALTH + SCALE FOR DAILY WEIGHTS. PROBABLE D/C THURSDAY IF DIURESIS CONTINUES.

TERESA COLLINS RN BSN
CHARGE NURSE 5 NORTH
X4471
"""},
{"file":"phi-names-003.eml", "from":"Maria Elena Ruiz <meruiz@clinicadelpueblo.org>", "to":"Referrals <referrals@texasheartassoc.com>",
"subject":"Referral - José Luis de la Fuente Ortega", "date":"Wed, 02 Dec 2026 13:45:21 -0600", "body":"""
Good afternoon,

Sending over a referral for José Luis de la Fuente Ortega, 61 y/o male, for cardiology evaluation. Hx of HTN x 15 yrs, new onset atrial fibrillation on EKG in our office 11/24, rate 110s. Started on metoprolol succ 25 mg daily and apixaban 5 mg BID. He speaks Spanish only, his son Daniel usually interprets but please book an interpreter anyway.

Records and EKG are attached in the fax we sent this morning.

Gracias,
Maria Elena Ruiz, MA
Clínica del Pueblo - San Antonio
210-555-0102  fax 210-555-0103
"""},
{"file":"phi-names-004.eml", "from":"Dr. Helen Park <hpark@metrokidneycare.com>", "to":"Dr. Thomas Ebert <tebert@metrokidneycare.com>",
"subject":"Nguyen Thi Thu Hà", "date":"Thu, 03 Dec 2026 18:02:56 -0800", "body":"""
Tom - she's the one I mentioned at lunch. eGFR dropped from 38 to 29 over 4 months, UACR 1200. Biopsy from 2024 showed IgA nephropathy. I'd like to start her on sparsentan if prior auth goes through, but wanted your opinion since she's still on losartan 100. Can you take a look at the chart before Tuesday?

Helen
"""},
{"file":"phi-names-005.eml", "from":"Oluwaseun Adeyemi-Bello <oadeyemi@cityhealthpharmacy.com>", "to":"Dr. Mark Fitzgerald <mfitz@eastsidecardiology.net>",
"subject":"Rx clarification", "date":"Fri, 04 Dec 2026 10:19:40 -0500", "body":"""
Dr. Fitzgerald,

We received a prescription this morning for Chukwuemeka Okonkwo-Eze for warfarin 7.5 mg daily. Our records show he's also filling fluconazole 200 mg from urgent care (started 12/2). That's a significant interaction, INR could climb quite a bit. Would you like to reduce the warfarin dose or have him get an INR check in 3-4 days?

Please call the pharmacy at 404-555-0178 or reply here.

Oluwaseun Adeyemi-Bello, PharmD
City Health Pharmacy #12
"""},
{"file":"phi-names-006.eml", "from":"Nadia Haddad <nhaddad@gulfcoastsleep.com>", "to":"Billing <billing@gulfcoastsleep.com>",
"subject":"Abdul-Rahman Al-Khatib", "date":"Mon, 23 Nov 2026 15:37:05 -0600", "body":"""
Sleep study result for this one is AHI 34, severe OSA, so CPAP titration is covered per his plan. Please resubmit the claim with G47.33 instead of the R06.83 that went out last week, that's why it denied.

Thanks
Nadia
"""},
{"file":"phi-names-007.eml", "from":"Dr. Piotr Wiśniewski <pwisniewski@northshoreneuro.org>", "to":"Neuro Residents <neurores@northshoreneuro.org>",
"subject":"Sunday handoff", "date":"Sun, 29 Nov 2026 19:48:22 -0600", "body":"""
Handoff for tonight, only 2 to watch:

Brzezinska-Kowal, Agnieszka (7W-14) - new dx MS, day 3 of 5 IV solumedrol, glucose running 200s, sliding scale ordered. Ok to d/c tomorrow after last dose if walking ok.

Van der Berg, Willem (7W-19) - s/p tPA yesterday for L MCA stroke, NIHSS 8 -> 4. Neuro checks q2h. BP goal <180/105. If any change call me, don't wait.

Piotr
"""},
{"file":"phi-names-008.eml", "from":"\"Wen, Li\" <lwen@pacificmedgroup.com>", "to":"\"Chang, Dr. Victor\" <vchang@pacificmedgroup.com>",
"subject":"RE: Zhang Wei pathology", "date":"Wed, 25 Nov 2026 09:06:33 -0800", "body":"""
Dr. Chang,

Path came in for Mr. Zhang Wei (the 48 y/o from Tuesday's EGD). Gastric biopsy positive for H. pylori, no dysplasia. I drafted the quadruple therapy Rx for your signature - bismuth, metronidazole, tetracycline, omeprazole x14 days. Let me know if you'd prefer something else given his penicillin allergy is documented.

Li Wen, RN
Pacific Medical Group - GI

> From: Chang, Dr. Victor
> Sent: Tuesday, November 24, 2026 4:45 PM
> Subject: Zhang Wei pathology
>
> Li, let me know as soon as the biopsy comes back.
"""},
{"file":"phi-names-009.eml", "from":"Rebecca Stein <rstein@amberwoodbh.com>", "to":"Dr. Kavita Rao <krao@amberwoodbh.com>",
"subject":"Priyanka Venkataraman - med change?", "date":"Thu, 03 Dec 2026 16:30:48 -0500", "body":"""
Hi Dr Rao,

Just saw Priyanka for her weekly session. She reports her mood has been lower the past 2 weeks, PHQ-9 today was 17 (was 11 last month). She says she's been skipping the sertraline some days because of nausea. Denies SI, safety plan reviewed. She'd like to talk with you about switching meds. Can you fit her in before the holidays?

Rebecca Stein, LCSW
Amberwood Behavioral Health
"""},
{"file":"phi-names-010.eml", "from":"Jim Hardesty <jhardesty@appalachianfamilypractice.com>", "to":"Sue Ann Mays <smays@appalachianfamilypractice.com>",
"subject":"McAllister - Bobby Ray", "date":"Tue, 24 Nov 2026 12:12:12 -0500", "body":"""
Sue Ann, Bobby Ray McAllister's sputum culture grew MRSA. Doc wants him switched off the augmentin to doxycycline 100 bid x10d. Can you call it in to the Walgreens in Pikeville and let him know? He doesnt have a cell, try his sisters house.

Jim
"""},
{"file":"phi-names-011.eml", "from":"Fatima Zahra El Amrani <felamrani@stmaryshospital.nhs.uk>", "to":"Ward 9 Sisters <ward9@stmaryshospital.nhs.uk>",
"subject":"Bay 3 update", "date":"Fri, 27 Nov 2026 14:55:10 +0000", "body":"""
Hi all,

Quick update on Mrs Siobhan O'Driscoll in bay 3 - her CRP has come down to 45 from 180 and she's now on oral co-amoxiclav for the pneumonia, so IV line can come out. Physio to see her this afternoon. Her son is visiting at 4pm and wants to discuss discharge to her daughter's house in Harrow.

Also Mr Anand (bed 3.4) - potassium 5.9 this morning, repeat sent, please hold his ramipril until FY1 reviews.

Thanks,
Fatima
Ward 9 Staff Nurse
"""},
{"file":"phi-names-012.eml", "from":"Karen Lutz <klutz@rapidcare-urgent.com>", "to":"Dr. Ben Alcott <balcott@rapidcare-urgent.com>",
"subject":"callback - positive strep", "date":"Sat, 28 Nov 2026 17:21:00 -0500", "body":"""
fyi called back the kid from this morning, MacKenzie Dubois-Tremblay, culture came back + for group A strep (rapid was neg). Mom picking up amox at CVS tonight. Told her school note til 24h on abx.

-K
"""},
{"file":"phi-names-013.eml", "from":"Anthony DeLuca <adeluca@premierhospitalist.com>", "to":"Dr. Grace Kim <gkim@premierhospitalist.com>",
"subject":"Re: signout", "date":"Mon, 30 Nov 2026 07:02:44 -0500", "body":"""
Thanks Grace. One thing I forgot last night:

Got a call at 2am on the lady in 318, María del Carmen Villanueva Sosa - troponin bumped 0.04 -> 0.21. EKG no acute changes. Gave ASA, started heparin gtt per ACS protocol, cards aware and will see this morning. She's also the one with the Hgb of 8.2 so watch for bleeding.

Everything else was quiet.

-Tony

On Sun, Nov 29, 2026 at 7:15 PM Grace Kim <gkim@premierhospitalist.com> wrote:
> Signout sheet attached. Nothing pending except the 318 trop.
"""},
]
