MSGS = [
{"file":"phi-lists-001.eml", "from":"Denise Carrow <dcarrow@oakhillsfp.com>", "to":"Dr. Martin Hale <mhale@oakhillsfp.com>",
"subject":"tomorrow's schedule", "date":"Wed, 02 Dec 2026 17:45:00 -0500", "body":"""
Dr Hale here's tmrw, you're double booked at 10:

8:00  Gary Lindholm - 6mo DM f/u, bring glucometer
8:30  Sheila Vance - annual
9:00  OPEN
9:15  Terrence Boyd - BP recheck
10:00 Ana Maria Quintero - new pt, knee pain
10:00 Howard Blum - INR / coumadin
10:45 Kristen Yates - anxiety, med f/u
11:30 Lonnie Fisk - post ER visit (fall)

Denise
"""},
{"file":"phi-lists-002.eml", "from":"Rachel Oyelaran <royelaran@sunvalleyhospice.org>", "to":"IDT <idt@sunvalleyhospice.org>",
"subject":"IDT agenda 12/3", "date":"Tue, 01 Dec 2026 16:20:14 -0700", "body":"""
IDT Thursday 12/3, 9am conf room B / Teams

Recerts due:
1) Eleanor Vasquez - dob 2/11/1934 - end stage dementia, FAST 7c, weight down 4 lb
2) Robert "Bud" Hanley - dob 8/29/1941 - COPD, now on 4L continuous
3) Mildred Okonjo - dob 12/5/1939 - CHF, more SOB at rest

New admits:
4) Thomas Greer - dob 4/17/1950 - pancreatic ca, pain control
5) Lucille Ambrose - dob 9/9/1929 - FTT

Deaths this period: Harold Simms (11/24), Joan Pettibone (11/28). Bereavement letters to go out.

Rachel Oyelaran, RN
Clinical Manager
"""},
{"file":"phi-lists-003.eml", "from":"Jorge Medina <jmedina@lonestarimaging.com>", "to":"Reading Room <readroom@lonestarimaging.com>",
"subject":"unread studies > 24h", "date":"Mon, 30 Nov 2026 06:58:33 -0600", "body":"""
These are still sitting unread from the weekend, can someone grab them first thing:

Acc#      Patient              Study              Ordering
--------  -------------------  -----------------  ------------
A771204   HUERTA, ROSALINDA    CT A/P w/ contrast Dr. Bishop
A771219   KLINE, DOUGLAS J     CXR 2v             Dr. Amadi
A771233   NOVAK, PAVEL         CT head w/o        ED - Dr. Singh
A771240   FREEMAN, LATOYA      US RUQ             Dr. Bishop
A771251   OSTROWSKI, HELENA    MRI L-spine        Dr. Whitlock

Novak is a f/u on a known SDH so that one's priority.

Jorge
PACS admin
"""},
{"file":"phi-lists-004.eml", "from":"Jill Sorensen <jsorensen@pinecrestsnf.com>", "to":"Dr. Alan Broussard <abroussard@gulfcoastgeriatrics.com>",
"subject":"rounds Thursday - Pinecrest", "date":"Tue, 01 Dec 2026 14:02:49 -0600", "body":"""
Dr. Broussard,

List for your rounds Thursday. Pasted from our tracker:

Room	Resident	Issue	Notes
102A	Beaulieu, Marguerite	UTI - on Macrobid day 3	family wants update
108	Tillman, Earl	new pressure injury sacrum stage 2	wound nurse saw 11/30
115B	Dupre, Angela	falls x2 this wk	PT eval done, ?d/c Ambien
121	Guidry, Samuel	refusing meds	son aware
124A	LeBlanc, Ida	weight loss 6 lb/30d	dietary consult pending

Thanks,
Jill Sorensen, DON
Pinecrest Skilled Nursing
337-555-0148
"""},
{"file":"phi-lists-005.eml", "from":"Maya Fontaine <mfontaine@brightstarpeds.org>", "to":"Immunization Outreach <immoutreach@brightstarpeds.org>",
"subject":"overdue 4yo shots - call list", "date":"Thu, 26 Nov 2026 11:11:11 -0500", "body":"""
Here's this week's call list, kids turning 4-5 who are missing DTaP/IPV/MMR/Var boosters:

- Jaylen Brooks, 3/14/2022, mom Tamika 404-555-0121
- Sofia Castellanos, 6/2/2022, mom Lucia 404-555-0109 (spanish)
- Eli Rosenthal, 1/30/2022, dad Aaron 404-555-0136 - parents declined last yr, note in chart
- Mia Tran, 7/19/2022, grandma Hoa 404-555-0150 (vietnamese)
- Noah Whitfield, 2/8/2022, mom Brittany 404-555-0172

Please document attempts in the outreach tab.

Maya
"""},
{"file":"phi-lists-006.eml", "from":"Dr. Farah Siddiqui <fsiddiqui@cityhospitalsurg.org>", "to":"OR Scheduling <orsched@cityhospitalsurg.org>",
"cc":"Anesthesia Pre-op <preop@cityhospitalsurg.org>",
"subject":"Block time 12/9 - final", "date":"Thu, 03 Dec 2026 19:33:27 -0500", "body":"""
Final for my block Wednesday 12/9, OR 6:

| Time  | Patient             | Age | Procedure                        | Notes                     |
|-------|---------------------|-----|----------------------------------|---------------------------|
| 07:30 | Daniel Kowalski     | 54  | Lap chole                        | on plavix - held 5d       |
| 09:30 | Yolanda Pierce      | 67  | R inguinal hernia repair w/ mesh | OSA, bring CPAP           |
| 11:30 | Michael Fenwick     | 41  | Excision lipoma back             | local + MAC               |
| 13:00 | Bernadette Ochoa    | 72  | Lap R hemicolectomy              | adenocarcinoma cecum, CEA 6.2 |

Please note Ms. Ochoa needs type & cross 2u and ICU bed hold just in case.

Farah Siddiqui, MD, FACS
"""},
{"file":"phi-lists-007.eml", "from":"Lisa Granger <lgranger@hometownpharmacy.net>", "to":"Tech team <techs@hometownpharmacy.net>",
"subject":"will call - not picked up 14+ days", "date":"Mon, 23 Nov 2026 09:00:00 -0600", "body":"""
Need to RTS these by Wed unless someone reaches them:

Pruitt, Edna  - lisinopril 20, atorvastatin 40
Gomez, Rafael  - insulin glargine pens x5 (FRIDGE)
Baker, Shaun  - sertraline 100
Yoon, Min-ji  - Ortho Tri-Cyclen
Adeleke, Funmi  - albuterol HFA, montelukast
Haskins, Dale  - oxycodone 5mg #30 (C2 drawer, count before RTS!!)

Lisa
"""},
{"file":"phi-lists-008.eml", "from":"Elaine Roberts <eroberts@valleyvna.org>", "to":"Field Staff <fieldstaff@valleyvna.org>",
"subject":"Weekend coverage Sat 12/5 - Sun 12/6", "date":"Fri, 04 Dec 2026 15:48:10 -0500", "body":"""
Weekend visits. If you can't make one call the on-call phone, don't just skip it.

SATURDAY - Megan
  Walter Klinger, 12 Ash St - IV abx (ceftriaxone) daily, PICC dsg due
  Agnes Thibodeau, 230 River Rd #4 - insulin teaching, BG log review
  Phyllis Dumont, 77 Orchard Ln - wound check, L BKA site

SUNDAY - Carlos
  Walter Klinger again - IV abx
  Raymond Cote, 15 Lakeview Dr - Foley change, has hx of retention
  Beverly Amato, 9 Elm Ct - INR draw (on warfarin, last INR 4.1)

Elaine Roberts, RN
Clinical Supervisor, Valley VNA
"""},
{"file":"phi-lists-009.eml", "from":"Mark Jennings <mjennings@summitortho.com>", "to":"Dr. Rosen <jrosen@summitortho.com>",
"subject":"FW: pending auths", "date":"Wed, 25 Nov 2026 12:41:56 -0700", "body":"""
Dr Rosen - FYI, these are the ones still waiting on insurance. I'll keep pushing.

Mark

-----Original Message-----
From: Auth Desk
Sent: Wednesday, November 25, 2026 11:02 AM
To: Mark Jennings
Subject: pending auths

Patient / Payer / Procedure / Status
Karen Albright / UHC / R TKA / clinicals requested 11/20
Luis Escobedo / Cigna / L shoulder RCR / peer to peer 12/1 3pm
Janet Wu / BCBS / lumbar MRI / denied - needs 6wk PT documentation
Stephen Odom / Medicare Adv (Humana) / Synvisc R knee / pending
Theresa Kingsley / Tricare / carpal tunnel release L / approved, need to schedule
"""},
{"file":"phi-lists-010.eml", "from":"Dr. Nikhil Bose <nbose@stjosephsed.ca>", "to":"ED Physicians <edmd@stjosephsed.ca>",
"subject":"Bounce-backs / callbacks from last week", "date":"Mon, 30 Nov 2026 08:15:09 -0500", "body":"""
Hi all,

Callback list from last week's cultures and reads. Please action if it's your name and document in the callback binder.

* Ahmed Yusuf (seen 11/23, Dr. Li) - urine cx E. coli resistant to cipro, needs switch to nitrofurantoin
* Chantal Lévesque (11/24, Dr. Bose) - CT read: incidental 9mm RUL nodule, needs f/u CT + FD letter
* Gordon MacLeod (11/25, Dr. Osei) - blood cx 1/2 CoNS, likely contaminant, call to check on him
* Harpreet Gill (11/27, Dr. Li) - wound cx MRSA, on cephalexin - switch to Septra

Thanks,
Nikhil
"""},
{"file":"phi-lists-011.eml", "from":"Gina Pappas <gpappas@sunriseadhc.com>", "to":"Van Drivers <drivers@sunriseadhc.com>",
"subject":"Monday pickups + reminders", "date":"Sun, 29 Nov 2026 18:30:00 -0500", "body":"""
Hi drivers, Monday route. Please note the changes!!

7:45  Herb Goldstein - 18 Palm Way - walker, needs help down steps
8:00  Rosa Ybarra - 402 Cypress Apt 2B - NEW, wheelchair lift
8:10  Dorothy & Sam Mackey - 55 Sandpiper (both)
8:25  Leon Petrakis - 1200 Gulf Blvd #815 - oxygen tank, make sure it's full
8:40  Vera Lindqvist - 77 Heron Ct - gets her insulin at 11 here so don't be late

Not coming Monday: Ruth Kaplan (hospital), Mr. Alvarado (dialysis moved to MWF)

Drive safe - Gina
"""},
{"file":"phi-lists-012.eml", "from":"Paula Hemsworth <phemsworth@lakeviewclinic.org>", "to":"Dr. Chen <dchen@lakeviewclinic.org>",
"subject":"abnormal labs needing review", "date":"Fri, 04 Dec 2026 16:44:13 -0600", "body":"""
Dr. Chen, these came in after you left yesterday:

Name                    DOB         Test        Result     Ref
Hollis, Barbara         05/12/1958  K           6.1 H      3.5-5.1
Trujillo, Manuel        11/30/1971  PSA         8.9 H      0-4.0
Anderson-Whyte, Claire  02/02/1980  Hgb         7.4 L      12-16
Obi, Nnamdi             07/07/1963  LDL         212 H      <100
Sato, Kenji             03/23/1949  TSH         0.02 L     0.4-4.5

Hollis is on spironolactone + lisinopril. I asked her to come in for a redraw Monday AM.

Paula
"""},
{"file":"phi-lists-013.eml", "from":"Rhonda Tate <rtate@mtnviewmedgroup.com>", "to":"Dr. Elliot Vance <evance@mtnviewmedgroup.com>",
"subject":"Re: no shows", "date":"Thu, 19 Nov 2026 10:25:18 -0700", "body":"""
I agree, we should do the letter. But we need to look at these first, some of them have real reasons. I went through last month:

Shannon Pryor - 3 no shows - she told me she lost her car, she's on suboxone so we really don't want to discharge her
Dwight Keller - 2 no shows - dementia, wife was in hospital
Brandy Nolan - 4 no shows - no answer, phone disconnected
Alex Morgan - 2 - he's doing the new job and can't get off, asked for telehealth

Rhonda

On Thu, Nov 19, 2026 at 9:12 AM Elliot Vance <evance@mtnviewmedgroup.com> wrote:
> Rhonda, the no-show rate is killing us. I want to start sending the 3-strikes
> discharge letter. Thoughts?
"""},
]
