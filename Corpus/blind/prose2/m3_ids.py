MSGS = [
{"file":"phi-ids-001.eml", "from":"Trish Albers <talbers@cornerstoneclinic.org>", "to":"Medical Records <hims@cornerstoneclinic.org>",
"subject":"merge charts pls", "date":"Tue, 01 Dec 2026 10:02:31 -0600", "body":"""
hi can someone merge these, same lady, registered twice when she came in for her mammogram. her # is 00482913 and the dupe is 00511760. dob 3/4/51 on both. the biopsy result went into the dupe chart so dr needs it moved before her appt thurs.

Trish @ front desk
"""},
{"file":"phi-ids-002.eml", "from":"Derek Wynn <dwynn@bluehorizonhealthplan.com>", "to":"UM Nurses <um@bluehorizonhealthplan.com>",
"subject":"PA pending >72h", "date":"Wed, 02 Dec 2026 14:11:00 -0500", "body":"""
Team,

This one's past turnaround, provider office has called 3x:

mbr id W123456789, Humira 40mg q2wk, dx Crohn's (K50.90), prescriber Dr. Natalie Brooks. Step therapy documented (failed azathioprine). Can someone pick it up before EOD?

Derek Wynn
Provider Services Rep II
Blue Horizon Health Plan
"""},
{"file":"phi-ids-003.eml", "from":"Helen Marsh <hmarsh@suncoastcardiology.com>", "to":"Priya <psharma@suncoastcardiology.com>",
"subject":"Re: Holter", "date":"Thu, 03 Dec 2026 09:30:22 -0500", "body":"""
Priya the holter report for Mr. Lindgren didnt upload, can you fax it to his PCP? Dr Hoffman 727-555-0155. Pt DOB 07/22/1946, acct 7731-0042. Showed 3 runs of NSVT, longest 9 beats. Dr. Patel already called him about adding the amiodarone.

Helen

> On Dec 2, 2026, at 4:55 PM, Priya Sharma wrote:
> Which patient? I have 3 holters from Monday.
"""},
{"file":"phi-ids-004.eml", "from":"Lorraine Beck <lbeck@graniteregional.org>", "to":"Patient Financial Services <pfs@graniteregional.org>",
"subject":"Medicare secondary", "date":"Mon, 30 Nov 2026 13:44:05 -0500", "body":"""
Hi,

Can you rebill the 10/14 ED visit for Walter Pruitt to Medicare as primary? His employer coverage ended in Sept, he's retired now. MBI is 1EG4-TE5-MK73. Visit was for the chest pain / r/o MI, admit was obs only.

Thanks,
Lorraine Beck
Patient Access, Granite Regional
603-555-0110
"""},
{"file":"phi-ids-005.eml", "from":"Sam Ortiz <sortiz@westendpeds.com>", "to":"Dr. Chloe Weber <cweber@westendpeds.com>",
"subject":"Lead level", "date":"Fri, 04 Dec 2026 16:10:12 -0500", "body":"""
Dr Weber - capillary lead on the 2 yo from this morning came back 11. Her mom's phone is 267-555-0114 (that's the number in the chart too). MRN 20-118-4470. Do you want a venous confirm or just go ahead with the health dept report?

Sam, MA
"""},
{"file":"phi-ids-006.eml", "from":"Tina Brandt <tbrandt@ridgelinebilling.com>", "to":"Kevin <kevin@ridgelinebilling.com>",
"subject":"denial appeal - Hernandez", "date":"Tue, 24 Nov 2026 11:58:47 -0700", "body":"""
Kevin,

Working the Hernandez denial (Aetna). SSN on the claim was keyed wrong - we had 521-70-3384 and it should be 521-70-3348. That's why eligibility failed. Date of service 9/18, CPT 99214 + 96372, dx J45.41 moderate persistent asthma w/ exacerbation. I corrected and resubmitted, ref # AET-2026-0918-4471.

Also noticed the same patient has an open balance of $212.40 from August, want me to send to collections or one more statement?

Tina
"""},
{"file":"phi-ids-007.eml", "from":"Roberta Fine <roberta.fine@outlook.com>", "to":"Pharmacy Help <help@expressmailrx.com>",
"subject":"Re: Your order is on hold", "date":"Sun, 29 Nov 2026 20:16:33 -0500", "body":"""
I got your email that my husbands order is on hold. His name is Stanley Fine and the member number is 874022115-01. The order is for his Eliquis and his Entresto, 90 day supply. He can't go without the Eliquis. Please call me at 561-555-0132 and tell me what is wrong. I already updated the credit card.

Roberta Fine

On Sun, Nov 29, 2026, Express Mail Rx <noreply@expressmailrx.com> wrote:
> Your order #4471029 is on hold. Please contact us or log in to resolve.
> Do not reply to this email.
"""},
{"file":"phi-ids-008.eml", "from":"Dr. Sunita Kapoor <skapoor@lakewoodobgyn.com>", "to":"Lab Liaison <labliaison@questlabs-regional.com>",
"subject":"missing result", "date":"Wed, 25 Nov 2026 08:47:19 -0600", "body":"""
Hello,

Still have not received the cell-free DNA screen drawn 11/10 on one of my OB patients. Requisition # 55729041, pt DOB 1/19/1992, collected at our Lakewood office. She is 12w3d now and very anxious, prior pregnancy had trisomy 18. Can you check status please?

Sunita Kapoor, MD
Lakewood OB/GYN
NPI 1457382960
"""},
{"file":"phi-ids-009.eml", "from":"Greg Holm <gholm@northwoodsems.org>", "to":"QA Committee <qa@northwoodsems.org>",
"subject":"run review 26-11832", "date":"Thu, 26 Nov 2026 22:10:05 -0600", "body":"""
Flagging run 26-11832 for review. 58M, found down at 4410 Birch Lake Rd, bystander CPR ~6 min. ROSC after 2 shocks + 2 epi. Transported to St. Cloud. Pt later ID'd as Carl Ostrander, DOB 05/30/1968. Hospital says he's in the cath lab. Good save but our 12-lead transmission failed, want to discuss the modem issue.

Greg Holm, Paramedic / QA Coordinator
"""},
{"file":"phi-ids-010.eml", "from":"Sandra Kwiatkowski <skwiatkowski@heartlandhomehealth.com>", "to":"Intake <intake@heartlandhomehealth.com>",
"subject":"New SOC - call back", "date":"Mon, 30 Nov 2026 15:05:59 -0600", "body":"""
Intake -

Hospital discharge planner at Methodist called with a new referral, I took it on paper, here's what I have:

Name: Ruth Ann Bollinger
Phone (daughter Kim): 816 555 0177
Medicare #: 5TQ9-AB2-RJ61
Discharged today after hip ORIF, needs PT/OT + nursing for lovenox teaching
Dr. Akers will sign orders

Please call the daughter to set SOC for Wed.

Sandy
"""},
{"file":"phi-ids-011.eml", "from":"Allison Grey <allison.grey@brightlineinsurance.com>", "to":"\"Allison Grey\" <agrey.home@gmail.com>",
"subject":"FW: question about my results", "date":"Fri, 04 Dec 2026 07:22:18 -0500", "body":"""
(forwarding to my personal email so I can print it)

----- Message from Dr. Owen Pritchard -----
Hi Allison,

Your thyroid labs from 11/30 show TSH 7.9 (high) and free T4 0.8 (low normal). This fits with mild hypothyroidism. I'd recommend starting levothyroxine 25 mcg daily on an empty stomach and rechecking in 6 weeks. I've sent it to your CVS on Mayfield Rd.

MRN: 4418-22907
DOB: 09/14/1985

Dr. Pritchard
""", "html":"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>(forwarding to my personal email so I can print it)</p>
<div style="border-left:3px solid #ccc;padding-left:10px">
<p><b>Message from Dr. Owen Pritchard</b></p>
<p>Hi Allison,</p>
<p>Your thyroid labs from 11/30 show TSH 7.9 (high) and free T4 0.8 (low normal). This fits with mild hypothyroidism. I'd recommend starting levothyroxine 25 mcg daily on an empty stomach and rechecking in 6 weeks. I've sent it to your CVS on Mayfield Rd.</p>
<p>MRN: 4418-22907<br>DOB: 09/14/1985</p>
<p>Dr. Pritchard</p>
</div></body></html>
"""},
{"file":"phi-ids-012.eml", "from":"Chris Lamont <clamont@ontariohealthlink.ca>", "to":"Dr. Emily Tran <etran@kingstonfamilyhealth.ca>",
"subject":"OHIP # correction", "date":"Tue, 24 Nov 2026 10:40:00 -0500", "body":"""
Dr. Tran,

The referral we received for Mr. Kenneth Boudreau (insulin pump start, type 1 DM) has his OHIP number as 4532-281-907 but the version code is missing and it's bouncing. Could your office send the full number with version code? We have him tentatively booked for pump training 12/14.

Chris Lamont
Diabetes Education Centre
613-555-0168
"""},
{"file":"phi-ids-013.eml", "from":"Ashley Moreau <amoreau@crossroadspeds.com>", "to":"Team <staff@crossroadspeds.com>",
"subject":"Re: holiday schedule + couple things", "date":"Wed, 02 Dec 2026 17:33:08 -0500", "body":"""
Hi everyone,

Couple of reminders before the holidays:

1. Office closes at noon on 12/24 and is closed 12/25. We reopen 12/26 at 8.
2. Ugly sweater day is 12/18 - Dr. Pham is judging so bring your A game.
3. Please clean out the staff fridge by Friday. Seriously.
4. Flu clinic Saturdays continue through 12/19, sign up sheet is by the copier.
5. Reminder that all VIS sheets need to be the 2026 version, old ones are in the recycle bin now.

Also - Dr. Pham asked me to pass along: the voicemail from last night about the baby with the fever was Ava Schreiber, dob 10/02/2026, mom's cell 770-555-0193. Temp 100.6 rectal, she's only 8 weeks so she needs to be seen today, not tomorrow - if mom calls back please send straight to ED at Children's, don't put her on our schedule. Dr. Pham already tried calling twice.

6. Parking lot repaving is 12/12, park at the church next door.

Thanks!!
Ashley Moreau
Office Manager, Crossroads Pediatrics
"""},
]
