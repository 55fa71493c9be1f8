MSGS = [
{"file":"clean-lookalike-001.eml", "from":"Medline Industries <orders@medline-example.com>", "to":"Derrick Olsen <dolsen@lakeshoreortho.com>",
"subject":"Invoice 7004418821 - Lakeshore Orthopedics", "date":"Fri, 04 Dec 2026 06:30:00 -0600", "body":"""
INVOICE

Invoice #: 7004418821          Invoice date: 12/04/2026
Customer #: 1188-2047          PO #: LSO-2026-1130
Bill to: Lakeshore Orthopedics, 2200 N Clark St Ste 300, Chicago IL 60614
Terms: Net 30                  Due: 01/03/2027

Item        Description                         Qty  UOM   Unit      Ext
NON21424    Gauze sponge 4x4 12-ply sterile      10  CS    41.20     412.00
DYND30254   Elastic bandage 4in                  4   BX    18.75      75.00
MDS192070   Sharps container 2 gal               12  EA     4.10      49.20
486802      Nitrile exam glove M                 6   CS    38.90     233.40
486803      Nitrile exam glove L                 6   CS    38.90     233.40
                                                              Subtotal  1,003.00
                                                              Freight       0.00
                                                              TOTAL     1,003.00

Remit to: Medline Industries, PO Box 000000, Chicago IL 60673
Questions: 1-800-555-0177
"""},
{"file":"clean-lookalike-002.eml", "from":"Paws & Claws Veterinary Hospital <frontdesk@pawsclawsvet.com>", "to":"Jennifer Johnson <jjohnson.home@gmail.com>",
"subject":"Max Johnson - vaccine reminder & lab results", "date":"Wed, 02 Dec 2026 10:10:10 -0600", "body":"""
Hi Jennifer,

Dr. Alvarez reviewed Max's bloodwork from his senior wellness visit on 11/28. His kidney values (BUN 32, creatinine 1.9) are slightly elevated, which is common in 11-year-old Labs. She'd like to recheck in 3 months and recommends switching him to a renal-support diet (Hill's k/d). His thyroid was normal.

Max Johnson is also due for:
 - Rabies (3yr) - due 12/15/2026
 - DHPP - due 01/10/2027
 - Bordetella - overdue

Patient ID: 55021 | Breed: Labrador Retriever | DOB: 03/2015 | Weight: 78.4 lb

His Apoquel refill (16 mg, #30) is ready for pickup. Call us at 615-555-0144 to schedule.

Paws & Claws Veterinary Hospital
1200 Harding Pike, Nashville TN 37205
"""},
{"file":"clean-lookalike-003.eml", "from":"Claims - Keystone Auto Insurance <claims@keystoneauto-example.com>", "to":"Daniel Whitmore <dwhitmore84@gmail.com>",
"subject":"Claim KA-2026-0483317 - acknowledgment", "date":"Thu, 03 Dec 2026 15:45:00 -0500", "body":"""
Dear Daniel Whitmore,

We have received your claim. Please review the details below and let us know if anything is incorrect.

Claim number:      KA-2026-0483317
Policy number:     PA-7719-20458
Date of loss:      11/30/2026, approx. 5:40 PM
Location:          Route 22 eastbound near Exit 49, Allentown PA
Driver:            Daniel R. Whitmore, DOB 08/14/1984
Driver's license:  PA 31 048 772
Vehicle:           2021 Honda CR-V, VIN 7FARW2H87ME004417
Other party:       Commercial vehicle, carrier info pending
Damage:            Rear bumper, liftgate, tail lamp assembly (left)

Your adjuster is Melissa Grant, 1-888-555-0163 ext. 4420. Please schedule an estimate at any Keystone Select repair shop. Rental coverage is available up to $40/day for 30 days.

Sincerely,
Keystone Auto Insurance Claims
"""},
{"file":"clean-lookalike-004.eml", "from":"Benefits Team <benefits@graniteregional.org>", "to":"All Employees <allemployees@graniteregional.org>",
"subject":"Open enrollment closes Friday - confirmation for your records", "date":"Mon, 16 Nov 2026 09:00:00 -0500", "body":"""
Hello Lorraine Beck,

This confirms your 2027 benefits elections, submitted 11/12/2026 at 4:18 PM.

Employee ID: 104772
Date of birth: 02/09/1977
Coverage tier: Employee + Spouse

Medical:    Granite Choice PPO             $212.40 / paycheck
Dental:     Delta Dental Standard          $18.10 / paycheck
Vision:     VSP Basic                      $4.25 / paycheck
FSA:        Health Care FSA                $1,500 annual election
Life:       Basic Life 1x salary           $0.00
Beneficiary: Thomas Beck (spouse), 100%

Changes can be made until 11/20/2026 at 11:59 PM in Workday. After that, changes are allowed only with a qualifying life event.

Granite Regional Human Resources | 603-555-0199
"""},
{"file":"clean-lookalike-005.eml", "from":"Operator Services <operator@mercywest.org>", "to":"All Staff <allstaff@mercywest.org>",
"subject":"Updated department phone list - December 2026", "date":"Tue, 01 Dec 2026 07:00:00 -0800", "body":"""
Please replace the old list at your station.

Admitting ........................ x2100   (503) 555-0121
Cardiology clinic ................ x3350   (503) 555-0135
Case Management .................. x2780
Dialysis unit .................... x4410
ED charge nurse .................. x5000
Infusion center .................. x3900   (503) 555-0139
Lab (main) ....................... x2200
Labor & Delivery ................. x6100
Oncology clinic .................. x3910
Pharmacy (inpatient) ............. x2300
Radiology scheduling ............. x2400   (503) 555-0124
Rehab / PT ....................... x2650
Security ......................... x9999
Wound clinic ..................... x3720

Rapid Response: dial 55. Code Blue: dial 55 and state location.
"""},
{"file":"clean-lookalike-006.eml", "from":"UPS Quantum View <pkginfo@ups-example.com>", "to":"Amy Lindqvist <alindqvist@clearwatercompounding.com>",
"subject":"UPS Update: Package Scheduled for Delivery Today", "date":"Thu, 03 Dec 2026 06:15:00 -0500", "body":"""
Hello Amy Lindqvist,

Your package is scheduled for delivery today.

Tracking Number:   1Z 8A4 W19 03 4417 2208
Ship To:           Clearwater Compounding Pharmacy, 455 Cleveland St, Clearwater FL 33755
Number of Packages: 2
Scheduled Delivery: Thursday, 12/03/2026, by End of Day
Weight:            34.0 LBS
Reference #1:      PO 88123
Reference #2:      Cold chain - keep refrigerated

Shipper: Fagron US, St. Paul MN

Do not reply to this automated message.
""", "html":"""
<html><body style="font-family:Arial;font-size:13px">
<div style="background:#351c15;color:#ffb500;padding:8px"><b>UPS</b> Update</div>
<p>Hello Amy Lindqvist,</p>
<p>Your package is scheduled for delivery today.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Tracking Number:</b></td><td>1Z 8A4 W19 03 4417 2208</td></tr>
<tr><td><b>Ship To:</b></td><td>Clearwater Compounding Pharmacy, 455 Cleveland St, Clearwater FL 33755</td></tr>
<tr><td><b>Scheduled Delivery:</b></td><td>Thursday, 12/03/2026, by End of Day</td></tr>
<tr><td><b>Reference #1:</b></td><td>PO 88123</td></tr>
<tr><td><b>Reference #2:</b></td><td>Cold chain - keep refrigerated</td></tr>
</table>
<p style="color:#777">Do not reply to this automated message.</p>
</body></html>
"""},
{"file":"clean-lookalike-007.eml", "from":"Midwest Hospice & Palliative Care Conference <info@mhpcc-example.org>", "to":"registrants@mhpcc-example.org",
"subject":"Final agenda - MHPCC 2027, Jan 21-22, Kansas City", "date":"Mon, 30 Nov 2026 10:00:00 -0600", "body":"""
Thank you for registering! Here is the final agenda.

THURSDAY, JANUARY 21, 2027
 7:30 AM   Registration & breakfast
 8:30 AM   Keynote: "Hospice at the Crossroads" - Dr. Miriam Castellanos, MD, MPH
10:00 AM   Breakouts: (A) Pain management in advanced dementia - Rachel Oyelaran, RN
                      (B) Billing the hospice benefit after the 2026 rule - Greg Fenner, CPA
12:00 PM   Lunch & exhibits
 1:30 PM   Panel: Bereavement programs that work
 3:30 PM   Poster session

FRIDAY, JANUARY 22, 2027
 8:00 AM   Ethics case review (de-identified)
10:00 AM   Workshop: Goals-of-care conversations - Dr. Kwame Asante
12:30 PM   Adjourn

Venue: Kansas City Marriott Downtown, 200 W 12th St. Room block rate $169 through 12/30.
CE: 9.5 contact hours (nursing), 9.5 AMA PRA Category 1 Credits.
"""},
{"file":"clean-lookalike-008.eml", "from":"Ridgeline Medical Billing <ar@ridgelinebilling.com>", "to":"Dr. Chloe Weber <cweber@westendpeds.com>",
"subject":"Monthly statement - account 40022 (West End Pediatrics)", "date":"Tue, 01 Dec 2026 08:00:00 -0700", "body":"""
Dr. Weber,

Attached is the November statement for West End Pediatrics' billing services account.

Account #:             40022
Statement period:      11/01/2026 - 11/30/2026
Collections (Nov):     $186,442.17
Service fee (5.5%):    $10,254.32
Clearinghouse fees:    $312.00
Amount due:            $10,566.32
Due date:              12/15/2026

Your clean claim rate was 96.8% and days in A/R dropped to 27. Tina Brandt is your account rep: 720-555-0152.

Ridgeline Medical Billing, 7800 E Union Ave, Denver CO 80237
"""},
{"file":"clean-lookalike-009.eml", "from":"Lincoln Elementary PTA <pta@lincolnelem-example.org>", "to":"parents@lincolnelem-example.org",
"subject":"Field trip to the Science Museum - Dec 11 - permission slips!", "date":"Thu, 26 Nov 2026 15:30:00 -0500", "body":"""
Hi 3rd grade families,

Our field trip to the Science Museum is Friday, December 11! Bus leaves at 8:45 and returns by 2:30.

Please return the signed permission slip and $12 by Monday 12/7. Chaperones (we need 6!): please sign up with Mrs. Delaney - we currently have Mr. Okafor, Ms. Rivera and Mrs. Chen.

Pack a disposable lunch and water bottle. If your child needs medication during the day, it must be given to the school nurse, Ms. Halvorsen, in the original container with the district form - please don't send it in backpacks.

Thank you!
Heather Kim
3rd grade room parent coordinator
"""},
{"file":"clean-lookalike-010.eml", "from":"Dr. Thomas Ebert <tebert@metrokidneycare.com>", "to":"Helen Park <hpark@metrokidneycare.com>",
"subject":"Re: parking + the Dec 17 thing", "date":"Thu, 26 Nov 2026 14:02:00 -0800", "body":"""
Helen - yes I'll present on the 17th. Re parking: my new permit # is P-20441 and plate is 8KTR221, can you forward to Lucy in facilities? My old one (P-18302) expired 11/30.

Also my NPI changed on the new payer roster by mistake - it should be 1386702245, not 1386702254. Credentialing has my correct DOB (6/11/1979) and license # A118204, so they can verify.

Tom
"""},
]
