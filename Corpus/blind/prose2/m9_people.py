MSGS = [
{"file":"clean-people-001.eml", "from":"Haddad Family Medicine <office@haddadfamilymed.com>", "to":"Staff <staff@haddadfamilymed.com>",
"subject":"Please welcome Dr. Olivia Brennan!", "date":"Mon, 30 Nov 2026 08:00:00 -0500", "body":"""
Good morning everyone,

Please join me in welcoming Dr. Olivia Brennan, DO, who joins our practice today! Dr. Brennan completed her family medicine residency at Lancaster General and has a special interest in women's health, sports medicine and OMT. She grew up in Scranton, is a huge Phillies fan, and has a 2-year-old golden retriever named Biscuit.

She'll be in exam rooms 5-7 on Mon/Tue/Thu. Stop by and say hi - there are bagels in the break room.

Amir Haddad, MD
Medical Director
"""},
{"file":"clean-people-002.eml", "from":"Sharon Whitley <swhitley@stlukeshomecare.org>", "to":"All Staff <allstaff@stlukeshomecare.org>",
"subject":"Retirement party for Bev Tomlinson - Dec 18", "date":"Thu, 03 Dec 2026 14:00:00 -0600", "body":"""
After 34 years (!!) of home care nursing, Beverly Tomlinson, RN is retiring at the end of the month. Bev started with St. Luke's in 1992 when we had paper charts and pagers, and has trained more of us than she can count.

Join us:
Friday, December 18, 3:30-5:30 pm
Community room, 2nd floor
Cake, punch and a slideshow (send photos to Janet by 12/14)

There's a card going around in the front office and a collection for a gift - she's been talking about a trip to Ireland.

Sharon
"""},
{"file":"clean-people-003.eml", "from":"HR - Careers <careers@valleyvna.org>", "to":"jobs-list@valleyvna.org",
"subject":"Now hiring: Home Health RN Case Manager (Full-time)", "date":"Tue, 24 Nov 2026 10:00:00 -0500", "body":"""
Valley VNA is hiring!

Position: RN Case Manager, Home Health
Location: Lowell, MA and surrounding towns
Schedule: Full-time, M-F with rotating weekend on-call (1 in 6)
Pay: $42-$52/hr depending on experience, plus mileage at IRS rate

Requirements:
- Active MA RN license
- 1+ year acute care or home health experience
- OASIS experience preferred
- Valid driver's license and reliable vehicle

We offer: company iPad, flexible scheduling, tuition reimbursement, 403(b) with match.

Apply at valleyvna.org/careers or email your resume to Nicole Fournier, Talent Acquisition, nfournier@valleyvna.org, 978-555-0140.

Valley VNA is an equal opportunity employer.
"""},
{"file":"clean-people-004.eml", "from":"Dr. Amanda Cole <acole@harborviewim.com>", "to":"Harborview Staff <allstaff@harborviewim.com>",
"subject":"Sad news", "date":"Sun, 29 Nov 2026 16:22:00 -0500", "body":"""
Dear team,

It is with a heavy heart that I share that Dr. Leonard Friedman, who founded this practice in 1979 and retired in 2015, passed away peacefully on Friday at the age of 88, surrounded by his family.

Many of you never got to work with Len, but you work in the practice he built. He was a true old-school internist who knew every patient's kids' names and made house calls into his seventies.

Services will be held Tuesday, December 1 at 11 am at Temple Beth Shalom, 60 Ocean Ave. The family asks that in lieu of flowers, donations be made to the Harborview Free Clinic fund.

We will close the office from 10:30-1:00 on Tuesday so staff who wish to can attend.

Amanda
"""},
{"file":"clean-people-005.eml", "from":"Northgate Pediatrics <info@northgatepeds.com>", "to":"families@northgatepeds.com",
"subject":"Meet our new nurse practitioner, Jasmine Ortega, CPNP", "date":"Tue, 01 Dec 2026 11:00:00 -0500", "body":"""
Dear Northgate families,

We're happy to introduce Jasmine Ortega, MSN, CPNP-PC, who joined us this month. Jasmine worked for 8 years as a NICU nurse at Children's before becoming a pediatric nurse practitioner. She is bilingual in English and Spanish and loves seeing newborns and teens alike.

Jasmine is accepting new patients at our Elm Street office Monday through Thursday. You can book with her online or call 614-555-0115.

Warmly,
Dr. Lena Marchetti and the Northgate team
""", "html":"""
<html><body>
<table width="600" style="font-family:Helvetica,Arial,sans-serif"><tr><td>
<h2 style="color:#2e7d32">Meet Jasmine Ortega, CPNP</h2>
<p>Dear Northgate families,</p>
<p>We're happy to introduce <b>Jasmine Ortega, MSN, CPNP-PC</b>, who joined us this month. Jasmine worked for 8 years as a NICU nurse at Children's before becoming a pediatric nurse practitioner. She is bilingual in English and Spanish and loves seeing newborns and teens alike.</p>
<p>Jasmine is accepting new patients at our Elm Street office Monday through Thursday. You can book with her online or call 614-555-0115.</p>
<p>Warmly,<br>Dr. Lena Marchetti and the Northgate team</p>
</td></tr></table>
</body></html>
"""},
{"file":"clean-people-006.eml", "from":"Karen Lutz <klutz@rapidcare-urgent.com>", "to":"Dr. Ben Alcott <balcott@rapidcare-urgent.com>",
"subject":"Re: reference for Tyler", "date":"Wed, 02 Dec 2026 13:40:00 -0500", "body":"""
Hi Dr. Alcott,

Thanks for agreeing to be a reference for Tyler Beaumont. He applied to the PA program at Duquesne, they'll email you a form. He was our best scribe by a mile, 2.5 years with us, and he's the one who reorganized the suture cart. His cell is 412-555-0127 if they want to verify anything with him directly.

Karen

On Wed, Dec 2, 2026 at 10:15 AM Ben Alcott wrote:
> Of course. Tell him to send me his CV and personal statement.
"""},
{"file":"clean-people-007.eml", "from":"Grace Chapel Health Ministry <healthministry@gracechapelmn.org>", "to":"congregation@gracechapelmn.org",
"subject":"Thank you to our volunteer nurses!", "date":"Mon, 23 Nov 2026 19:00:00 -0600", "body":"""
Friends,

Our Health Ministry team gave 142 flu shots at last Sunday's clinic! A huge thank you to our parish nurses Judy Anderberg RN, Kathleen Moe RN, and retired pharmacist Dale Lundquist, and to the Fairview South pharmacy team who provided the vaccine.

Blood pressure checks continue the first Sunday of each month after the 10:30 service in Fellowship Hall.

In Christ,
Pastor Tom Kessler
"""},
{"file":"clean-people-008.eml", "from":"Out of Office <gkim@premierhospitalist.com>", "to":"Anthony DeLuca <adeluca@premierhospitalist.com>",
"subject":"Automatic reply: Re: signout", "date":"Mon, 30 Nov 2026 07:02:50 -0500", "extra":{"Auto-Submitted":"auto-replied"}, "body":"""
I am out of the office through Sunday, December 6 with limited access to email.

For clinical issues please page the hospitalist on call at 555-0100 (internal x7100).
For scheduling, contact Monica Sheffield at msheffield@premierhospitalist.com.

Grace Kim, MD
Premier Hospitalist Group
"""},
{"file":"clean-people-009.eml", "from":"Medical Staff Office <medstaff@fairviewsouth.org>", "to":"Medical Staff <allmedstaff@fairviewsouth.org>",
"subject":"Physician of the Year nominations + new department chairs", "date":"Fri, 20 Nov 2026 12:00:00 -0600", "body":"""
Colleagues,

Congratulations to our newly appointed department chairs, effective January 1:

  Surgery ............... Dr. Farah Siddiqui, MD, FACS
  Emergency Medicine .... Dr. Marcus Whitlock, MD
  Pediatrics ............ Dr. Yuki Tanaka, MD
  Anesthesiology ........ Dr. Oleksandr Petrenko, MD

Thank you to outgoing chairs Dr. Ruth Adler and Dr. James O'Connell for their years of service.

Nominations for the 2026 Physician of the Year award are open until December 15. Nominate any member of the active medical staff via the intranet form. The award will be presented at the Medical Staff Holiday Dinner on January 9 at the Minneapolis Club.

Medical Staff Services
Fairview South Hospital
NPI 1922034812 | 6401 France Ave S, Edina MN 55435
"""},
{"file":"clean-people-010.eml", "from":"Dr. Rajiv Menon <rmenon@uhn-east.ca>", "to":"Dr. Farouk Hassan <fhassan@uhn-east.ca>",
"subject":"Welcome + first week", "date":"Wed, 02 Dec 2026 21:10:00 -0500", "body":"""
Farouk,

Welcome aboard - we're really glad you matched with us. Your first week:

Mon Jan 4  - orientation, badge photo, Epic training (8-4)
Tue Jan 5  - endoscopy with me, bring your lead apron measurements
Wed Jan 6  - clinic with Dr. Lau (IBD)
Thu Jan 7  - fellows' academic half-day, then hepatology clinic
Fri Jan 8  - endoscopy with Dr. Natarajan

Program coordinator is Sandra Pereira (x4410), she'll have your locker and pager. Parking is level P3.

Looking forward to it,
Rajiv
"""},
]
