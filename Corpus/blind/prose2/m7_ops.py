MSGS = [
{"file":"clean-ops-001.eml", "from":"Janelle Price <jprice@mercywest.org>", "to":"4 West RNs <4westrn@mercywest.org>",
"subject":"shift swap 12/12?", "date":"Tue, 01 Dec 2026 13:21:45 -0800", "body":"""
anyone willing to swap 12/12 nights for 12/19 days? my sister's wedding got moved. I'll also take a christmas eve night if that sweetens it lol

Janelle
"""},
{"file":"clean-ops-002.eml", "from":"Derrick Olsen <dolsen@lakeshoreortho.com>", "to":"All Staff <allstaff@lakeshoreortho.com>",
"subject":"Supply order - due Thursday noon", "date":"Mon, 30 Nov 2026 09:15:00 -0600", "body":"""
Hi all,

Supply order goes to Medline Thursday at noon. Add to the shared sheet, not by email please. Running low on:

- 4x4 gauze, sterile
- Ace wraps 4" and 6"
- Kenalog 40 (Dr. Nguyen asked for 2 boxes)
- Lidocaine 1% w/o epi 20mL vials
- Exam table paper (the wide one!)
- Sharps containers 2 gal
- Size M and L nitrile gloves

Also the knee immobilizers we got last month are the wrong size (universal instead of 20"), I'm sending them back.

Derrick Olsen
Practice Administrator
"""},
{"file":"clean-ops-003.eml", "from":"IT Service Desk <servicedesk@graniteregional.org>", "to":"Lorraine Beck <lbeck@graniteregional.org>",
"subject":"[Ticket #INC0458821] Epic printer in Registration not printing wristbands", "date":"Tue, 01 Dec 2026 08:02:13 -0500", "body":"""
Hello Lorraine,

Your ticket has been updated.

Ticket: INC0458821
Short description: Zebra wristband printer REG-ZB-03 not printing from Epic
Status: In Progress
Assigned to: Kyle Brennan (Desktop Support)

Work notes:
Kyle Brennan - 12/01/2026 07:58
Remoted in, printer mapping was dropped after Sunday's Citrix update. Re-mapped REG-ZB-03 to the ED registration workstation profile. Please have staff log out and back in and try a test band. If still failing, I'll come by in person; label stock may need to be reseated.

To reply, respond to this email and keep the ticket number in the subject line.

Granite Regional IT Service Desk | x5000 | servicedesk@graniteregional.org
"""},
{"file":"clean-ops-004.eml", "from":"Dr. Amanda Cole <acole@harborviewim.com>", "to":"Providers <providers@harborviewim.com>",
"subject":"Provider meeting notes 11/30", "date":"Mon, 30 Nov 2026 18:44:22 -0500", "body":"""
Notes from today's provider meeting. Present: Cole, Reyes, Patel, Morrison, Ng (NP), Gloria P. (nursing).

1. Flu/COVID vaccine: we're at 61% of our panel over 65. Goal is 75% by Jan 31. Standing orders are live, MAs can vaccinate without a provider order for eligible pts.
2. A1c quality metric - Dr. Reyes presented the dashboard. Diabetes control measure is 3 pts below target. Discussed adding a diabetes educator half-day on Wednesdays.
3. Controlled substance agreements - everyone on chronic opioids needs an updated agreement + UDS annually. Gloria will run a report.
4. New sepsis screening tool in the ED referral workflow - go-live 1/4.
5. Holiday coverage: Patel 12/24, Morrison 12/31. Reyes on call Christmas.

Next meeting 12/28.
Amanda
"""},
{"file":"clean-ops-005.eml", "from":"Sharon Whitley <swhitley@stlukeshomecare.org>", "to":"Field Nurses <fieldrn@stlukeshomecare.org>",
"subject":"Mileage + OASIS reminder", "date":"Fri, 04 Dec 2026 11:00:00 -0600", "body":"""
Hi team,

Two things:

1) Mileage for November is due Monday. Use the new form, the old one has the wrong rate ($0.67 now).

2) OASIS timepoints - we had 9 late ROC assessments last month. If a patient goes to the hospital and comes back you have 48 hours from discharge. Please put it on your calendar the day you hear about it.

Also, Tasha and Marcus are covering the Eastside route next week while Jen is on vacation. Be nice to them ;)

Sharon Whitley, RN
Director of Clinical Services
"""},
{"file":"clean-ops-006.eml", "from":"Pharmacy Operations <pharmops@cityhospitalsurg.org>", "to":"Nursing Leadership <nursingleaders@cityhospitalsurg.org>",
"subject":"Heparin 5,000 unit/mL vials - substitution starting 12/7", "date":"Thu, 03 Dec 2026 14:30:51 -0500", "body":"""
Nursing leaders,

Due to a manufacturer backorder, beginning Monday 12/7 the Pyxis will stock heparin 5,000 units/0.5 mL prefilled syringes in place of the 5,000 units/mL 1 mL vials. Dose is the same; volume is different. Please share at huddles. Pharmacy will place "NEW PRODUCT - CHECK VOLUME" stickers on all pockets.

Expected resolution: mid-January.

Questions to Mei-Ling Chu, PharmD, Medication Safety Officer, x3321.
"""},
{"file":"clean-ops-007.eml", "from":"Paula Hemsworth <phemsworth@lakeviewclinic.org>", "to":"Dr. Chen <dchen@lakeviewclinic.org>",
"subject":"Re: out Friday", "date":"Wed, 02 Dec 2026 12:12:40 -0600", "body":"""
No problem, I'll block your schedule Friday and move your 3 procedure slots to next Tuesday. Dr. Okafor said she can cover your inbox and any abnormal labs that come in. Enjoy the conference!

Paula

On Wed, Dec 2, 2026 at 11:50 AM Chen, David <dchen@lakeviewclinic.org> wrote:
> Paula - forgot to tell you I'm out Fri for the AAFP thing in Denver. Can you
> ask Ngozi to cover? Thx
"""},
{"file":"clean-ops-008.eml", "from":"Ravi Choudhury <rchoudhury@lonestarimaging.com>", "to":"Techs <techs@lonestarimaging.com>",
"subject":"MRI 2 down Sat", "date":"Thu, 03 Dec 2026 16:05:00 -0600", "body":"""
Heads up - GE field engineer is coming Saturday 6am-2pm for the helium refill + coil recalibration on MRI 2. All Saturday MRI 2 slots need to move to MRI 1 or Sunday. Jorge already updated the template. CT and US are unaffected.

Also reminder: contrast reaction drill is Tuesday at 7:15, before first patients. Mandatory for all CT techs.

Ravi Choudhury, RT(R)(MR)
Lead Technologist
"""},
{"file":"clean-ops-009.eml", "from":"Sunrise ADHC Office <office@sunriseadhc.com>", "to":"All Staff <staff@sunriseadhc.com>",
"subject":"Fwd: State survey window opens next week", "date":"Fri, 27 Nov 2026 10:44:10 -0500", "body":"""
Everyone - see below. Please make sure:
- fridge temp logs are filled in EVERY day (nurses station + kitchen)
- med cart locked when you step away
- hand hygiene audit sheets are up to date
- fire drill log for Q4 is in the binder

Gina

---------- Forwarded message ---------
From: Florida AHCA Notifications <notifications@ahca-example.gov>
Date: Wed, Nov 25, 2026
Subject: State survey window opens next week

This is a courtesy notice that your facility's licensure renewal survey window opens December 1. Surveys are unannounced. Please ensure all required documentation is available.
"""},
{"file":"clean-ops-010.eml", "from":"Dr. Priya Natarajan <pnatarajan@uhn-east.ca>", "to":"GI Division <gidiv@uhn-east.ca>",
"subject":"Endoscopy on-call schedule - January", "date":"Tue, 01 Dec 2026 17:20:37 -0500", "body":"""
Hello all,

Draft January on-call below. Please send swaps to me by Dec 10.

Week of     Primary        Backup
Jan 4       Menon          Lau
Jan 11      Lau            Osei-Bonsu
Jan 18      Osei-Bonsu     Natarajan
Jan 25      Natarajan      Menon

Reminder: ERCP coverage remains with Dr. Lau and Dr. Osei-Bonsu only. The new fellow (Dr. Farouk) starts Jan 4 and will shadow on-call the first two weeks.

Thanks,
Priya
"""},
]
