MSGS = [
dict(**{"file":"phi-care-001.eml", "from":"Tasha Birch RN <tbirch@stlukeshomecare.org>", "to":"Woundcare Team <woundteam@stlukeshomecare.org>",
"subject":"visit notes - Alvarez 12/3", "date":"Thu, 03 Dec 2026 16:48:02 -0600", "body":"""
Hi all,

Mrs. Alvarez's wound vac was changed today at about 1:30, canister was about half full so I swapped that too. Dressing looked good, no leaking around the seal this time. Her daughter Lupe was there and watched the whole thing, she's getting more comfortable with the alarms.

Next change is Saturday, whoever has the Eastside route please grab 2 extra foam kits from the supply closet, she's down to one.

Address is still 4418 Kessler Ave, gate code 2290#.

Tasha Birch, RN
St. Luke's Home Care
cell 314-555-0187
"""}),
dict(**{"file":"phi-care-002.eml", "from":"Ken Osei <kosei@riverbendoncology.com>", "to":"scheduling@riverbendoncology.com",
"subject":"move infusion", "date":"Mon, 30 Nov 2026 08:12:44 -0500", "body":"""
can you move Darnell Price's infusion to Thursday? his ride fell through for wed. any chair after 10 works, he said he'd rather not be there past 3.

thx
Ken
"""}),
dict(**{"file":"phi-care-003.eml", "from":"Jenny Feld <jennyfeld77@gmail.com>", "to":"\"Dr. Amir Haddad's Office\" <frontdesk@haddadfamilymed.com>",
"subject":"my mother, Ruth Feld - appointment next week", "date":"Tue, 01 Dec 2026 21:03:19 -0500", "body":"""
Hello,

I'm writing on behalf of my mother, Ruth Feld. She has her follow up with Dr. Haddad on the 8th at 11:15. I'm going to be bringing her and I wanted to ask if it would be possible to get a wheelchair at the front entrance, the walk from the parking garage is really too much for her now.

Also she finished the antibiotic last Sunday like he said, all 10 days. She's been taking the new blood pressure pill in the morning with breakfast.

Thank you so much,
Jenny Feld
(917) 555-0143
"""}),
dict(**{"file":"phi-care-004.eml", "from":"Marcus Tran <mtran@mercywest.org>", "to":"4 West Charge <4westcharge@mercywest.org>",
"subject":"rm 412 bed B", "date":"Sat, 28 Nov 2026 03:41:10 -0800", "body":"""
fyi pt in 412B (Hollis) pulled his PIV around 0300, restarted in L forearm 20g, first attempt. Gave the 0400 vanc a little early since line was fresh, pharmacy ok'd. Sitter requested for rest of night, house sup aware.

-Marcus, night RN
"""}),
dict(**{"file":"phi-care-005.eml", "from":"Brianna Kowalczyk <bkowalczyk@lakeshoreortho.com>", "to":"Dr. Paul Nguyen <pnguyen@lakeshoreortho.com>",
"subject":"RE: Steven M. post-op", "date":"Wed, 02 Dec 2026 14:20:55 -0600", "body":"""
Dr. Nguyen,

Called Steven M. back (the 2pm yesterday, right knee). He says he's doing the exercises from the sheet but hasn't been able to get to PT yet because they can't see him until the 14th. Ice machine is working. He's taking the oxycodone maybe twice a day and tylenol in between. He wanted to know if he can shower yet, I told him I'd ask you.

Staples out is on the calendar for 12/11 at 9:40.

Brianna K, MA
Lakeshore Orthopedics | 2200 N Clark St Ste 300, Chicago IL 60614
P 312-555-0166  F 312-555-0167

-----Original Message-----
From: Dr. Paul Nguyen
Sent: Wednesday, December 2, 2026 9:02 AM
To: Brianna Kowalczyk
Subject: Steven M. post-op

can you check in with Steven Mahler today, want to make sure he's moving
"""}),
dict(**{"file":"phi-care-006.eml", "from":"Patrice Okafor <pokafor@comfortkeepers-north.net>", "to":"office@comfortkeepers-north.net",
"subject":"Shift report Mr. Whitfield", "date":"Fri, 04 Dec 2026 19:55:31 -0500", "body":"""
Hi office

Shift report for Mr Whitfield (Gerald) today 11am-7pm.

Gave him his lunch and dinner, he ate most of dinner. Helped him with shower at 2, used the shower chair. He took his 12 noon pills from the blue box and the 6pm ones, I checked them off on the sheet. His son came around 4 and took him for short walk around the block with the walker. No falls. He was in good mood today, watched the football.

He is almost out of the adult briefs size L, please tell family.

Patrice
"""}),
dict(**{"file":"phi-care-007.eml", "from":"Dr. Lena Marchetti <lmarchetti@northgatepeds.com>", "to":"Nursing <nursing@northgatepeds.com>",
"subject":"Harper Quinlan - 12 month shots", "date":"Tue, 01 Dec 2026 12:05:00 -0500", "body":"""
Harper Quinlan (12mo well visit this morning) only got the MMR and varicella, mom wanted to split them up. Please get her back on the schedule in 2-3 weeks for Hep A and the PCV booster, nurse visit only is fine. Mom's cell is in the chart, she prefers text.

LM
"""}),
dict(**{"file":"phi-care-008.eml", "from":"Carol Dunne <caroldunne1958@yahoo.com>", "to":"Sunrise Dialysis Center <info@sunrisedialysis-ct.com>",
"subject":"dad's chair time", "date":"Sun, 29 Nov 2026 10:47:12 -0500", "body":"""
Good morning, I'm Frank Dunne's daughter. Dad has been going MWF at 6:30am and with the winter coming the early drive is getting hard for me. Is there any chance he could switch to the 11am chair? He's been on your schedule since August. Please call me at 203-555-0191, I'm home most days.

Also the tech last Wednesday (I think her name was Keisha) was wonderful with him, please tell her thanks.

Carol
"""}),
dict(**{"file":"phi-care-009.eml", "from":"Shawn Abernathy <sabernathy@valleymedimaging.com>", "to":"Lindsey Ruiz <lruiz@valleymedimaging.com>",
"subject":"FW: MRI reschedule", "date":"Thu, 03 Dec 2026 10:31:47 -0700", "body":"""
Lindsey can you take this one, I'm out this afternoon. She needs the open MRI not the closed one.

---------- Forwarded message ---------
From: Donna Pike <dpike@desertfamilyhealth.com>
Date: Thu, Dec 3, 2026 at 9:14 AM
Subject: MRI reschedule
To: <scheduling@valleymedimaging.com>

Hi, we had a patient scheduled for lumbar MRI w/o contrast on 12/7 at 2:15 - Angela Whitcomb. She needs to push it out at least a week, she's having a dental procedure and wont be able to lie flat that long. Also she asked for the open machine if you have it, she had a bad time in the tube last time. Pre-auth is good through 1/15.

Thanks,
Donna Pike
Referral Coordinator, Desert Family Health
480-555-0124 x221
"""}),
dict(**{"file":"phi-care-010.eml", "from":"Rev. Tom Kessler <tkessler@gracechapelmn.org>", "to":"Spiritual Care <chaplaincy@fairviewsouth.org>",
"subject":"visiting parishioner", "date":"Wed, 02 Dec 2026 15:22:10 -0600", "body":"""
Dear Chaplain Ortiz,

One of our longtime members, Evelyn Sandberg, was admitted to your 6th floor on Monday and her family asked me to bring her communion this Sunday afternoon. I understand she's still on the IV and getting her treatments twice a day so I'd like to time it around that. Could you let me know what window works best and whether I should check in with the nurses station first?

Blessings,
Pastor Tom Kessler
Grace Chapel Lutheran, Burnsville
"""}),
dict(**{"file":"phi-care-011.eml", "from":"Amy Lindqvist PharmD <alindqvist@clearwatercompounding.com>", "to":"Ops <ops@clearwatercompounding.com>",
"subject":"delivery tmrw", "date":"Mon, 30 Nov 2026 17:40:02 -0500", "body":"""
Driver for tmrw AM route: the TPN for B. Castellano needs to be there before noon, home health is hooking up at 1. It's in fridge 2 top shelf, labeled, cooler + 2 ice packs. Signature required. 88 Dunmore Ct, Apt 3.

Amy
"""}),
dict(**{"file":"phi-care-012.eml", "from":"Keisha Holloway <kholloway@bayviewpt.com>", "to":"Front Desk <frontdesk@bayviewpt.com>",
"subject":"Re: Re: cancellations", "date":"Fri, 04 Dec 2026 13:09:27 -0800", "body":"""
ok so just to be clear:
- keep Rosa D at 3pm, she's doing aquatic now not land
- Mr. Ferreira can come in at 4:15 instead of 4:45
- Jamal W cancelled, said his insurance visits ran out, can you ask billing if we can do self pay rate for him. he's only got 3 sessions left on the plan of care

K

On Fri, Dec 4, 2026 at 12:51 PM Front Desk <frontdesk@bayviewpt.com> wrote:
> Hi Keisha - your 3:00 and 4:45 both called. Want me to shift anyone?
>
> Marisol
> Bayview Physical Therapy
"""}),
dict(**{"file":"phi-care-013.eml", "from":"Dr. Rajiv Menon <rmenon@uhn-east.ca>", "to":"Endoscopy Booking <endobooking@uhn-east.ca>",
"subject":"Colonoscopy booking - Mr. Gagnon", "date":"Tue, 24 Nov 2026 09:55:38 -0500", "body":"""
Good morning,

Please book Mr. Luc Gagnon for colonoscopy with me in the next 6 weeks. He has done a prep before and prefers the split-dose PEG. He will need a driver, his wife Monique will bring him. He's on apixaban - I've asked him to hold for 48h prior, please remind him when you call with the date.

Health card on the referral. Thanks.

Rajiv Menon MD FRCPC
Division of Gastroenterology
416-555-0139
""", "crlf": True}),
]
