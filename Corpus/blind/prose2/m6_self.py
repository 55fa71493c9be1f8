MSGS = [
{"file":"phi-self-001.eml", "from":"Maria Gonzalez <mgonzalez4267@gmail.com>", "to":"Westside Orthopedics <info@westsideortho.com>",
"subject":"question after surgery", "date":"Wed, 02 Dec 2026 08:33:19 -0600", "body":"""
Hello,

This is Maria Gonzalez, DOB 4/2/1967. I had my knee replacement with Dr. Stratton on November 18. The incision near the bottom is a little red and there is some clear yellowish drainage on the gauze this morning. No fever, I checked, 99.1. Is this normal or should I come in? I still have the blood thinner shots until the 9th.

Thank you
Maria
"""},
{"file":"phi-self-002.eml", "from":"ROBERT KING <rking1949@aol.com>", "to":"pharmacy@kingstonrx.com",
"subject":"REFILL", "date":"Fri, 04 Dec 2026 06:12:00 -0500", "body":"""
MY NAME IS ROBERT KING AND I NEED A REFILL ON MY HEART PILLS THE METOPROLOL AND THE LASIX. DR BANERJEE IS MY DOCTOR. I AM ALL OUT OF THE LASIX SINCE TUESDAY AND MY ANKLES ARE SWELLING UP. PLEASE CALL 845 555 0187. I DONT DO THE APP.

ROBERT KING
"""},
{"file":"phi-self-003.eml", "from":"Denise Whitaker-Lowe <dwhitakerlowe@comcast.net>", "to":"Dr. Jacobs Patient Messages <messages@jacobsrheum.com>",
"subject":"flare", "date":"Mon, 30 Nov 2026 19:41:28 -0500", "body":"""
Hi Dr. Jacobs,

It's Denise Whitaker-Lowe. My lupus has been flaring since Thanksgiving - joint pain in both hands and the rash across my cheeks is back. I've been taking the plaquenil every day. Last time you gave me a short prednisone taper and it helped a lot. Could you send that again to the Publix pharmacy? I also have my labs due in December, should I do them now?

Thanks,
Denise
"""},
{"file":"phi-self-004.eml", "from":"Tom Gallagher <tgallagher@gallagherplumbing.com>", "to":"billing@northstarurology.com",
"subject":"bill for my vasectomy", "date":"Tue, 24 Nov 2026 13:02:47 -0600", "body":"""
Hi, I'm Thomas Gallagher, date of birth 1/12/1984. I got a bill for $1,150 for my vasectomy on Oct 6. My insurance (Medica, member ID 0089231745) says it should have been billed as preventive. Can someone check how it was coded? I also paid a $50 copay at the consult that I don't see credited.

Tom Gallagher
Gallagher Plumbing & Heating
(612) 555-0105
"""},
{"file":"phi-self-005.eml", "from":"Linda Perreault <lindaperreault@sympatico.ca>", "to":"Dr. Kaur's Office <reception@bramptonfamilydocs.ca>",
"subject":"Mom - Rita Perreault", "date":"Thu, 03 Dec 2026 14:58:15 -0500", "body":"""
Hi,

I'm Rita Perreault's daughter (I'm listed as her POA). Mom fell again on Monday at her retirement home, nothing broken thankfully but she hit her head and they sent her to Brampton Civic. The CT was okay. They said her blood pressure drops when she stands up and to ask Dr. Kaur about her meds. She's on amlodipine, hydrochlorothiazide and donepezil. Could we get an appointment soon? I'm available to bring her any day after 1.

Thanks,
Linda Perreault
905-555-0138
"""},
{"file":"phi-self-006.eml", "from":"jordan m <jmilesss@icloud.com>", "to":"Campus Health <health@university-example.edu>",
"subject":"prep refill + testing", "date":"Sat, 28 Nov 2026 23:50:04 -0500", "body":"""
hey, this is Jordan Miles (student id 40218833). I'm on PrEP through you guys and I'm down to like 5 pills, can I get my refill + do the 3 month HIV/STI testing before I go home for break on the 12th? also my last kidney labs were fine right?

thanks
sent from my iphone
"""},
{"file":"phi-self-007.eml", "from":"Harold Simmons <hsimmons.retired@gmail.com>", "to":"Patient Relations <patientrelations@meadowbrookhospital.org>",
"subject":"Complaint about my stay", "date":"Sun, 22 Nov 2026 15:16:40 -0500", "body":"""
To whom it may concern,

My name is Harold Simmons. I was a patient on your 3rd floor from November 9 through November 14 after my heart attack. I want to start by saying the doctors in the cath lab were excellent and I know they saved my life. My wife and I are grateful.

However I need to bring some things to your attention about the care on the floor afterwards.

On the night of the 10th I pushed the call button for over 40 minutes because I needed to use the bathroom. Nobody came. I finally tried to get up myself and the bed alarm went off, and THEN two people came in and scolded me for getting up. I am 78 years old and I was embarrassed.

On the 12th I was given my metoprolol twice, once at 9 and then again at 10:30 by a different nurse. I told her I already had it and she said the computer showed it wasn't given. My heart rate went down to 44 and I felt very faint. The doctor was called and they held my evening dose. Nobody ever explained to me or my wife what happened.

Also my discharge papers said to take Brilinta twice a day but the pharmacy downstairs gave me a bottle that said once a day. I caught it because my daughter is a nurse.

I would like someone to call me about this. I am not looking to sue anybody, I just don't want this to happen to the next person.

Sincerely,
Harold Simmons
44 Cranberry Ln
Westfield, NJ 07090
908-555-0161
"""},
{"file":"phi-self-008.eml", "from":"Pam <pamelaj.rn@yahoo.com>", "to":"Dr. Oduya <koduya@heartsandhandsobgyn.com>",
"subject":"bleeding?", "date":"Thu, 03 Dec 2026 05:47:33 -0600", "body":"""
Dr O, sorry so early. It's Pamela Jefferson, I'm 9 wks with #3. Woke up with some spotting, brownish, light cramping. No clots. I know it's probably fine (last time this happened w/ my son it was fine) but with my Rh neg do I need the rhogam shot? I can come in whenever.

Pam
"""},
{"file":"phi-self-009.eml", "from":"Ibrahim Hassan <ibrahim.hassan.1972@gmail.com>", "to":"Dr. Levin Office <office@levinendocrine.com>",
"subject":"Ibrahim Hassan - insulin question", "date":"Wed, 25 Nov 2026 21:20:20 -0500", "body":"""
Dear Doctor Levin

I am Ibrahim Hassan, born 22 May 1972. I start the new insulin Tresiba 20 units at night like you say. My sugar in morning is still 190, 205, 178 this week. During Ramadan last time we change the dose, but now I am not fasting. Should I increase? Also my feet are tingling more.

Thank you very much
Ibrahim
"""},
{"file":"phi-self-010.eml", "from":"Colleen Byrne <colleen.byrne@btinternet.com>", "to":"Reception - Abbey Road Surgery <reception.abbeyroad@nhs-example.uk>",
"subject":"Repeat prescription & sick note", "date":"Mon, 30 Nov 2026 09:10:01 +0000", "body":"""
Good morning,

Colleen Byrne here, DOB 17/03/1979, NHS number 485 777 3456. Could I please request my repeat of sertraline 100mg and propranolol 40mg. Also my fit note runs out on Friday and I'm still not well enough to go back to work - the anxiety and panic attacks are still pretty bad. Dr Ahmed said to get in touch if I needed it extended.

Many thanks,
Colleen
"""},
{"file":"phi-self-011.eml", "from":"Mike Delgado <mdelgado@delgadoconst.com>", "to":"Carla Delgado <carla.delgado@gmail.com>",
"subject":"Fwd: dad", "date":"Fri, 04 Dec 2026 21:02:10 -0800", "body":"""
Carla - see below from the nursing home. Can you call them tmrw, I'm on the job site all day.

Mike

---------- Forwarded message ---------
From: Desiree Long <dlong@willowcreekcare.com>
Date: Fri, Dec 4, 2026 at 6:40 PM
Subject: dad
To: Mike Delgado <mdelgado@delgadoconst.com>

Hi Mike,

Just wanted to let you know your father, Arturo, was a little more confused this afternoon and his urine test came back showing a UTI. Dr. Moss started him on Keflex tonight. He's eating ok and is comfortable. We'll keep a close eye on him over the weekend.

Desiree Long, LPN
Willow Creek Care Center
"""},
{"file":"phi-self-012.eml", "from":"BETTY LOU HARMON <bettylouharmon@windstream.net>", "to":"info@ozarkfamilyclinic.com",
"subject":"(no subject)", "date":"Tue, 01 Dec 2026 14:14:14 -0600", "body":"""
HELLO THIS IS BETTY LOU HARMON MY BIRTHDAY IS 6-3-1941. I NEED TO KNOW MY TEST RESULTS FROM THE BONE DENSITY THEY DID LAST MONTH THE NURSE SAID SOMEBODY WOULD CALL BUT NOBODY HAS. ALSO DO I STILL TAKE THE FOSAMAX OR STOP IT, ITS BEEN 5 YEARS. MY PHONE NUMBER IS 417-555-0148 I DONT GET GOOD SIGNAL SO LEAVE A MESSAGE

THANK YOU BETTY
"""},
{"file":"phi-self-013.eml", "from":"Naveen Krishnamurthy <naveen.k@fastmail.com>", "to":"Dr. Susan Oh <soh@bayareagi.com>",
"subject":"Re: Re: colonoscopy results", "date":"Thu, 26 Nov 2026 10:32:00 -0800", "body":"""
Thanks Dr. Oh. So just to make sure I understand, the 2 polyps were tubular adenomas and I come back in 3 years instead of 10? And my brother should get screened too since I'm 44?

Naveen

On Wed, Nov 25, 2026 at 4:15 PM Susan Oh <soh@bayareagi.com> wrote:
> Hi Naveen,
>
> Pathology is back - both polyps (8 mm and 5 mm, sigmoid) were tubular
> adenomas, no high-grade dysplasia. They were completely removed. I'd recommend
> repeat colonoscopy in 3 years. Please let me know if you have questions.
>
> Susan Oh, MD
>
> On Mon, Nov 23, 2026 at 9:00 AM Naveen Krishnamurthy wrote:
>> Hi Dr. Oh, any word on my biopsy from the 17th?
"""},
{"file":"phi-self-014.eml", "from":"Jessica Albright <jalbright@albrightlaw.com>", "to":"Patient Portal Support <support@riverbendhealth.org>",
"subject":"Can't see my son's records", "date":"Wed, 02 Dec 2026 12:25:44 -0500", "body":"""
Hello,

I'm trying to access my son Ethan Albright's portal (he's 14, DOB 02/27/2012) and it says I don't have proxy access anymore. I need to see his ADHD medication refills and the letter from Dr. Zimmerman for his 504 plan at school. I had access until last month. Can you restore it or tell me what form I need?

Jessica Albright
Albright & Moss LLP
1400 Market St, Suite 900
Philadelphia, PA 19102
(215) 555-0190

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
"""},
]
