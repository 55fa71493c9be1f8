#!/usr/bin/env python3
"""Blind eval set prose9a: hand-written healthcare e-mail. Standard library only, deterministic."""
import os, sys, io, csv, zipfile, hashlib
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email import encoders
from email.generator import BytesGenerator
from email.header import Header

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []


def tpart(s, sub='plain', cs='utf-8', cte=None):
    c = Charset(cs)
    if cte == 'qp':
        c.body_encoding = QP
    elif cte == 'b64':
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    return MIMEText(s, sub, c)


def att(name, data, mime='text/plain', cs='utf-8', cte=None):
    """Attachment. text/* as text (cte None/qp/b64), others base64."""
    main, sub = mime.split('/')
    if main == 'text':
        p = tpart(data, sub, cs, cte)
    else:
        if isinstance(data, str):
            data = data.encode(cs)
        p = MIMEBase(main, sub)
        p.set_payload(data)
        encoders.encode_base64(p)
        p.set_param('name', name)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p


def zipped(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def mk(F, T, S, D, body=None, html=None, atts=(), cs='utf-8', cte=None, CC=None,
       hdrs=None, alt=True):
    """Build a message. body plain text, html optional (alternative), attachments list."""
    if body is not None and html is not None and alt:
        core = MIMEMultipart('alternative')
        core.attach(tpart(body, 'plain', cs, cte))
        core.attach(tpart(html, 'html', cs, cte))
    elif html is not None:
        core = tpart(html, 'html', cs, cte)
    else:
        core = tpart(body, 'plain', cs, cte)
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(core)
        for a in atts:
            m.attach(a)
    else:
        m = core
    ct_hdrs = [(k, v) for k, v in m.items()
               if k.lower() in ('mime-version', 'content-type', 'content-transfer-encoding')]
    for k in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        del m[k]
    m['From'] = F
    m['To'] = T
    if CC:
        m['Cc'] = CC
    if any(ord(ch) > 127 for ch in S):
        m['Subject'] = Header(S, cs if cs in ('koi8-r', 'iso-8859-1', 'windows-1252') else 'utf-8')
    else:
        m['Subject'] = S
    m['Date'] = D
    dom = F.split('@')[-1].strip('> ')
    h = hashlib.sha1((F + S + D).encode('utf-8')).hexdigest()
    m['Message-ID'] = '<%s.%s@%s>' % (h[:12], h[12:20], dom)
    for k, v in (hdrs or {}).items():
        m[k] = v
    for k, v in ct_hdrs:
        m[k] = v
    return m


def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))


# =========================== phi-care ===========================

add('phi', 'phi-care', 'Pruitt', mk(
    F='"Lacey Dunham, LPN" <ldunham@cedarforkfamilymed.com>',
    T='"Dr. Amos Keller" <akeller@cedarforkfamilymed.com>',
    S='Pruitt INR this am',
    D='Tue, 17 Nov 2026 09:12:44 -0600',
    body='''Dr Keller,

Gerald Pruitt came in for his finger stick at 8:30. INR 3.4 (last week 2.6). He says he's been eating "about the same" but his wife mentioned he started taking some turmeric capsules his brother gave him.

Current dose is 5 mg daily except 7.5 on Mon/Fri. Do you want to hold tonight and recheck Friday? He's waiting in the lobby for another 15 min or so, otherwise I'll call him at home (he prefers the landline, 417-283-0916).

Lacey
'''))

add('phi', 'phi-care', 'Nakamura', mk(
    F='"Schedule Desk - GI Endoscopy" <gi.scheduling@lakeshoremedgroup.org>',
    T='"Teresa Blanco" <tblanco@lakeshoremedgroup.org>',
    S='RE: resched colonoscopy - B. Nakamura',
    D='Wed, 18 Nov 2026 14:03:19 -0500', cte='qp',
    body='''Teresa - moved her to 12/9 at 7:30 with Dr. Feld, arrival 6:45. She'll need a new prep kit sent, the old Rx expired. Driver is her nephew again. Thx, Monique''',
    html='''<html><head><style>
p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
.sig {color:#1F3864;font-size:9.0pt;}
.disc {color:#808080;font-size:7.5pt;}
</style></head><body lang="EN-US" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Teresa - moved her to 12/9 at 7:30 with Dr. Feld, arrival 6:45. She&#8217;ll need a new prep kit sent, the old Rx expired. Driver is her nephew again. Thx, Monique</p>
<p class="MsoNormal">&nbsp;</p>
<p class="sig"><b>Monique Arceneaux</b><br>Patient Access Representative | GI Endoscopy<br>Lakeshore Medical Group | 2200 N. Harbor Dr, Suite 310<br>P 616.394.2210 x4417</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Teresa Blanco &lt;tblanco@lakeshoremedgroup.org&gt;<br>
<b>Sent:</b> Wednesday, November 18, 2026 1:41 PM<br>
<b>To:</b> Schedule Desk - GI Endoscopy &lt;gi.scheduling@lakeshoremedgroup.org&gt;<br>
<b>Subject:</b> resched colonoscopy - B. Nakamura</p></div>
<p class="MsoNormal">Hi, Beatrice Nakamura (DOB 2/22/1954) called, she can&#8217;t do the 11/30 colonoscopy, her ride fell through. Anything first or second week of Dec? Mornings only. Her cell is 616-820-7733.</p>
<p class="MsoNormal">Teresa, front desk Grand Haven</p>
<p class="disc">CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.</p>
</div></body></html>'''))

add('phi', 'phi-care', 'Tobin', mk(
    F='"Front Desk - Riverbend Dental" <frontdesk@riverbenddentalcare.com>',
    T='"Kyle Amundsen" <kyle@summitdentallab.com>',
    S='case for Tobin - crown #30 still not here?',
    D='Thu, 19 Nov 2026 10:27:51 -0700',
    body='''Hi Kyle,

Checking on the zirconia crown for Walter Tobin, tooth #30, impressions went out 11/5 with your driver. He's booked for the seat Monday 11/23 at 9am and this is the second time we've had to push him (he was NOT happy last time, he drives in from Kremmling).

If it's not going to make it please let me know by Friday noon so I can call him. Also Dr. Halvorsen wants to know if you got the stump shade photo, she emailed it separately.

Thanks!
Brianna
Riverbend Dental Care
970-724-3318
'''))

add('phi', 'phi-care', 'Esquivel', mk(
    F='"Sunita Rao RN" <srao@bluegrasshomehealth.net>',
    T='orders@harrodsburgprimarycare.com',
    S='Visit note / order request - Harold Esquivel',
    D='Fri, 20 Nov 2026 16:48:02 -0500',
    body='''Good afternoon,

SN visit completed today 11/20 for Harold Esquivel (DOB 08/30/1940), your patient under Dr. Whitfield.

- VS: BP 148/82, HR 76, T 98.1, SpO2 95% RA
- PICC R basilic flushed, dressing changed, site clean, ext length 2 cm unchanged
- Ceftriaxone 2 g IV given 1300, tolerated, pt's daughter Marisol observed and did return demo on the flush
- Wt 171.4 (down 1.2 from Monday)

Requesting: order to pull the PICC after last dose on 11/27 and a CBC/BMP draw same day. Please fax signed order to 859-734-0152 or reply here.

We will see him again Mon 11/23.

Sunita Rao, RN
Bluegrass Home Health Services
'''))

add('phi', 'phi-care', 'Ellington', mk(
    F='"Marcus Feyisetan, PharmD" <mfeyisetan@hilltoppharmacy.com>',
    T='"Oak Street Clinic Refills" <refills@oakstreetclinic.org>',
    S='Re: Re: Refill request - Ellington, Ruth',
    D='Mon, 23 Nov 2026 11:15:40 -0600',
    body='''Thanks, got it. Filling 90 day and she'll pick up this afternoon.

Marcus

On Mon, Nov 23, 2026 at 10:52 AM Oak Street Clinic Refills <refills@oakstreetclinic.org> wrote:
> Approved, lisinopril 20 mg #90 with 1 refill. Dr. Patel wants her to
> schedule a BMP before the next one, she's overdue. Can you remind her at
> pickup?
> -Jo
>
> On Fri, Nov 20, 2026 at 4:30 PM Marcus Feyisetan, PharmD wrote:
>> Hi, faxed this Tuesday but haven't heard back. Ruth Ellington,
>> DOB 11/02/1949, lisinopril 20 mg daily, last fill 8/18, 0 refills
>> remaining. She's out as of tomorrow. Can someone look?
>>
>> Marcus F., PharmD
>> Hilltop Pharmacy - 312-555-0148
'''))

add('phi', 'phi-care', 'Garrow', mk(
    F='"Nate Villalobos (MRI)" <nvillalobos@stjudevalleyimaging.com>',
    T='"Ortho Clinic Nurses" <orthorn@stjudevalleyortho.com>',
    S='MRI L knee tomorrow - need implant card',
    D='Tue, 24 Nov 2026 15:22:09 -0800',
    body='''Hey guys, your pt Dennis Garrow is on my schedule tomorrow 0800 for MRI L knee w/o contrast. On the screening form he checked yes for "stimulator or implanted device" and wrote "back thing". Chart has a 2019 spinal cord stim placement at an outside facility, no make/model.

I can't scan him without the device card or the op note with the model #. Can someone call him tonight and ask him to bring the card, or get the op note from Fresno Spine? If we don't have it by 0730 I'll have to bump him.

Thanks
Nate V, RT(R)(MR)
x5580
'''))

add('phi', 'phi-care', 'Delgado-Ruiz', mk(
    F='"Pam Okerlund, School Nurse" <pokerlund@westfieldusd.k12.or.us>',
    T='"Sandy Hills Pediatrics" <nurse@sandyhillspeds.com>',
    S='Maya Delgado-Ruiz - inhaler use at school',
    D='Wed, 25 Nov 2026 13:05:33 -0800',
    body='''Hello,

I'm the nurse at Westfield Elementary. Mom (Adriana Delgado) signed a release on file so I can share this with you.

Maya Delgado-Ruiz, 3rd grade, DOB 4/11/2018, came to the health room three times this week (Mon, Tue, today) after recess for her albuterol, 2 puffs each time. Today she was still a little wheezy 20 minutes after, so I called mom to pick her up. Before this month she had used it maybe twice all year.

Her med authorization form from your office is dated 9/2025 so it also needs to be renewed for the spring. Mom said she'd ask at her appointment next week but I wanted you to have the log. Copy below.

11/23 10:40 albuterol HFA 2 puffs, spacer, HR 104 -> 96
11/24 10:45 albuterol HFA 2 puffs, spacer, HR 110 -> 98
11/25 10:50 albuterol HFA 2 puffs, spacer, HR 112 -> 108, sent home 11:20

Pam Okerlund, RN
Westfield Elementary / Westfield USD Health Services
503-662-4120
'''))

add('phi', 'phi-care', 'Boateng', mk(
    F='"Rhonda Seidel, ADON" <rseidel@pinecrestcarecenter.com>',
    T='"Dr. Li Wen" <lwen@northcountyhospitalists.com>',
    S='Mr. Boateng back from ED - readmit orders',
    D='Thu, 26 Nov 2026 21:40:12 -0500',
    cs='windows-1252', cte='qp',
    body='''Dr. Wen \u2013

Clarence Boateng (rm 118B) returned from Memorial ED at 19:50 by ambulance. ED did CT head (per their paperwork \u201cno acute findings\u201d), CBC, BMP and UA, and sent him back with no new meds. He has a skin tear on the L forearm from the fall, steri-stripped in the ED.

What we need from you tonight:
1. OK to resume all previous orders?
2. Neuro checks \u2013 q4h x 24h is our standard after a fall, confirm.
3. Fall mat + low bed ordered, PT re-eval Monday.

Family (son Kwame) was notified at 20:10. Our on-call number is 802-447-2290 if easier.

Rhonda Seidel, RN, ADON
Pinecrest Care Center
'''))

# =========================== phi-names ===========================

add('phi', 'phi-names', 'Hartley', mk(
    F='"Ellen Marsh" <emarsh@coastalsurgical.com>',
    T='"Pre-Admission Testing" <pat@coastalsurgical.com>',
    S='Hartley, Doreen -- pre-op clearance 12/2',
    D='Mon, 23 Nov 2026 08:17:45 -0500',
    body='''Attached H&P from her PCP. Still missing the cardiology note -- I left a msg with Dr. Aziz's office, they said end of day. She's first case Wed so we really need it by tomorrow.

Ellen
''',
    atts=[att('Hartley_HP_PCP.txt', '''PRIMARY CARE PRE-OPERATIVE EVALUATION
Patient: Doreen Hartley        DOB: 06/14/1958
Procedure: L total hip arthroplasty, Dr. M. Quintero, 12/02/2026
Meds: amlodipine 5 mg daily, atorvastatin 40 mg, aspirin 81 mg (hold 7 days prior per surgeon)
Allergies: sulfa (rash)
Exam: RRR, no murmur. Lungs clear. BMI 31.
EKG 11/16/2026: NSR, rate 68.
Labs 11/16: Hgb 13.1, Cr 0.9, K 4.2, A1c 5.8
Assessment: acceptable risk pending cardiology review of 2024 stress test.
-- R. Delacroix, MD
''', cte='b64')]))

add('phi', 'phi-names', 'Kowalczyk', mk(
    F='"Jen Albright" <jalbright@stmarysmed.org>',
    T='"Marcus Tillman" <mtillman@stmarysmed.org>',
    CC='"Dr. Priya Sundaram" <psundaram@stmarysmed.org>',
    S='daughter called AGAIN',
    D='Tue, 24 Nov 2026 10:02:30 -0600',
    body='''Marcus,

Mrs. Kowalczyk's daughter called the desk for the 4th time since 7. She wants to know when her mom is getting the swallow study because she's "not letting her mother sit there on a puree diet another day." I told her speech put it on for this afternoon but she wants a time and a name.

Can you or Dr. Sundaram call her back? Number's on the face sheet (the Oak Lawn one, not the old cell). I'm not going to be able to keep her off the phone much longer lol.

Also bed 9 wants a newspaper, if anyone's going down.

Jen
4 North unit clerk
'''))

add('phi', 'phi-names', 'Lindqvist', mk(
    F='"Tasha Greer CNA" <tgreer@willowbrooklivingcenter.org>',
    T='"Donna Pickett (DON)" <dpickett@willowbrooklivingcenter.org>',
    S='Big Eddie again',
    D='Wed, 25 Nov 2026 06:55:17 -0500',
    body='''Donna, just so it's documented before shift change. Big Eddie (Mr. Lindqvist, 212) refused his shower again, 3rd time this week. Got agitated when Kenny tried, swung at him, didn't connect. He did let me do a bed bath about 0530. Also he only ate like 2 bites of dinner and none of his HS snack, and he was picking at the bandage on his heel all night.

Kenny is fine but shook up. I wrote it in the behavior log but wanted you to know. Maybe the nurse practitioner can look at him when she's here Friday?

Tasha
'''))

add('phi', 'phi-names', 'Okonjo', mk(
    F='"Renee Fairbanks, RN CM" <rfairbanks@tricountyregional.org>',
    T='"Ivan Petrov, PT" <ipetrov@tricountyregional.org>, "Rachel Moss MD" <rmoss@tricountyregional.org>, "Gloria Hendricks SW" <ghendricks@tricountyregional.org>',
    S='dc planning - 3 East',
    D='Wed, 25 Nov 2026 09:30:58 -0500',
    html='''<div style="font-family:Arial;font-size:10pt">
<p>Morning all,</p>
<p>Quick one before rounds. Ms. Okonjo's PT eval from yesterday says &quot;SNF recommended&quot; but she told me this morning she's going home with her sister and will not consider rehab. Ivan, can you put in your note whether she's safe with a rolling walker and 24h supervision? Her insurance (Humana MA) is going to want that anyway if we end up asking for a SNF auth.</p>
<p>Dr. Moss, Trinidad's labs are trending the right way, sister is asking if Friday is realistic. I told her that's up to you.</p>
<p>Gloria, can you start the Humana paperwork just in case? Sister's name is Blessing, number in the chart.</p>
<p>Thanks,<br>Renee<br><span style="color:#666">Renee Fairbanks RN, Case Management, Tri-County Regional | x2281</span></p>
</div>'''))

add('phi', 'phi-names', 'Brennan', mk(
    F='"Kara Lindell, LCSW" <klindell@harborlightbh.org>',
    T='"Dr. Samuel Oyelaran" <soyelaran@harborlightbh.org>',
    S='Tyler - weekend doses',
    D='Fri, 27 Nov 2026 17:20:44 -0800',
    body='''Sam,

Saw Tyler Brennan today for his usual Friday. Mom (Lorraine) stayed for the last 10 minutes and says he hasn't been taking his Concerta on weekends since early Nov because "he doesn't need it when there's no school." Tyler says he doesn't like how it makes him feel at his dad's, mostly that he isn't hungry.

I didn't get into it with them, told them I'd loop you in since you manage meds. They have you on 12/8. Worth maybe a quick call before then? Lorraine's fine with a call at work.

Kara
'''))

add('phi', 'phi-names', 'Whitcomb', mk(
    F='"Jake Morrissey" <jmorrissey@uvmc-residents.org>',
    T='"Night Float" <nightfloat-medicine@uvmc-residents.org>',
    S='signout addendum',
    D='Sat, 28 Nov 2026 18:47:03 -0500',
    body='''forgot two things on the list

Whitcomb in 6 is the one to watch. K was 5.9 at 4pm, got kayexalate + repeat at 10, if still >5.5 call renal fellow (Dhillon) not me. Family is at bedside and asks a lot of questions, they're nice.

Mrs. Aguirre in 11 -- daughter wants to be called if anything at all changes overnight, even small. It's in the chart but she mentioned it 3 times.

thx, Jake
'''))

add('phi', 'phi-names', 'Jimenez Alvarado', mk(
    F='"Patty Lorenz" <plorenz@valleyorthopt.com>',
    T='"Auth Team" <auth@valleyorthopt.com>',
    S='FW: Jimenez Alvarado, Rosa - auth status??',
    D='Mon, 30 Nov 2026 12:11:29 -0600',
    body='''Can someone look at this, she's on the schedule Wed and I still show pending.

-----Original Message-----
From: Rosa Jimenez <rosajimenez1979@gmail.com>
Sent: Monday, November 30, 2026 11:40 AM
To: Valley Ortho PT <info@valleyorthopt.com>
Subject: therapy

Hello I was told by the lady on phone that my insurance didnt approve the 12 visits for my shoulder yet. I already did 6. Do I come on wednesday or not? I dont want to pay $180 each time. Please call 956-432-8817.

Rosa
'''))

add('phi', 'phi-names', 'Pham', mk(
    F='"Call Center - Westgate Dermatology" <callcenter@westgatederm.com>',
    T='"Derm MA Pool" <ma@westgatederm.com>',
    S='Callback',
    D='Tue, 01 Dec 2026 09:44:10 -0800',
    body='''Please call back: Pham, Thuy  (714) 839-2064
Re: asking if her biopsy result from 11/19 is back. Says she was told 7-10 days. OK to leave VM.
Taken by: Gabi 9:42
'''))

# =========================== phi-self ===========================

add('phi', 'phi-self', 'Venkataraman', mk(
    F='"MyHealth Portal" <noreply@myhealth.brookfieldclinic.org>',
    T='"Internal Medicine Pool - Dr. Ostrowski" <im-ostrowski@brookfieldclinic.org>',
    S='New patient message: Medication question',
    D='Mon, 16 Nov 2026 22:31:07 -0600',
    body='''You have a new message in the MyHealth patient portal.

From: Gloria Venkataraman
Date of birth: 07/09/1966
Subject: Medication question

Message:
Hi Dr. Ostrowski, since you increased my metoprolol to 50 mg at my visit on the 5th I have been getting headaches most afternoons and I feel really tired, like I can't get through my shift. My home blood pressure readings have been around 112/70 and heart rate in the 50s. Is that too low? Should I go back to 25 mg or keep going? I have a work trip on the 22nd so I'd like to know before then. Thank you, Gloria

To reply, log in to the MyHealth staff inbox. Do not reply to this e-mail.
'''))

add('phi', 'phi-self', 'Marchetti', mk(
    F='Donna Marchetti-Kline <dmkline62@outlook.com>',
    T='billing@lakecountyems.org',
    S='Account 40-118823 - my father\'s ambulance bill - THIRD request',
    D='Tue, 17 Nov 2026 19:58:41 -0600',
    body='''To whom it may concern,

This is the third time I am writing about my father's bill. His name is Anthony Marchetti, account 40-118823, for the ambulance on September 2 from his house to Lake County General when he fell in the kitchen.

He has Medicare AND a BCBS supplement. Your office billed only Medicare, then sent HIM a bill for $1,146.80 with a "final notice" stamp, which terrified him. He is 88. I called on Oct 14 and was told it would be sent to the supplement. I called again Nov 3 and was told the same. Today he got a call from a collections number.

I have POA and will attach it if you need it. Please send the claim to the supplement (member ID on the copy of his card I already mailed to you twice) and stop the collection calls. I can be reached at 847-291-6630 after 5.

Donna Marchetti-Kline
'''))

add('phi', 'phi-self', 'Nguyen', mk(
    F='Hung Nguyen <hung.nguyen.1984@yahoo.com>',
    T='info@parkviewpediatrics.com',
    S='vaccine paper for my son school',
    D='Wed, 18 Nov 2026 07:20:55 -0800',
    body='''Dear Parkview Pediatrics

My son is Bao Nguyen, birthday 03/02/2020. The school (Lincoln elementary) say they need the paper of all his vaccines before December 1 or he cannot come to school. He got the shots in your office in August, the one for 4 year old I think, the nurse Ms Carla did it.

Can you send me the paper by email or I come to pick up? I work until 6pm. My phone 408-226-9015.

Thank you very much
Hung Nguyen (father)
'''))

add('phi', 'phi-self', 'Szymanski', mk(
    F='Karol Szymanski <k.szymanski@wp.pl>',
    T='appointments@lakesidefamilydental.com',
    S='Root canal next Tuesday',
    D='Thu, 19 Nov 2026 23:12:30 +0100',
    body='''Hello,

I have appointment next Tuesday 24.11 at 10:00 for root canal (Dr. Bergström, lower left). Since yesterday the jaw is swelling and the pain is very strong, the ibuprofen does not help anymore. I am in Poland for family until Sunday.

Should I take the antibiotic which you gave me in October for the other tooth, I have 4 tablets left? Or is it better to come earlier on Monday? I land on Sunday evening.

Thank you,
Karol Szymanski
+48 601 442 913 / in US 773-609-2281
'''))

add('phi', 'phi-self', 'Albrecht', mk(
    F='"Linda Albrecht" <lindaalbrecht@comcast.net>',
    T='"Heather (Social Services)" <hmccoy@maplegrovesnf.com>',
    S='Mom\'s hearing aids - again',
    D='Fri, 20 Nov 2026 12:40:18 -0500',
    body='''Hi Heather,

Sorry to bother you again. When I visited Mom (Evelyn Albrecht, room 34) yesterday she didn't have her hearing aids in and nobody could find them. The aide thought they might have gone to the laundry again like in July. Without them she just sits and doesn't join anything and then everyone thinks she's more confused than she is.

Two other things while I have you:
- She told me she's getting "a new white pill" in the morning. Nobody called me about a med change, and I'm her healthcare proxy. Can the nurse call me?
- Her care plan meeting, is it still Dec 3 at 2?

Thank you for everything, I know you're stretched.
Linda (daughter)
732-904-1187
'''))

add('phi', 'phi-self', 'Caldwell', mk(
    F='Jordan Caldwell <jcaldwell.writes@protonmail.com>',
    T='"Meredith Oakes, LPC" <moakes@clearwatercounseling.net>',
    S='Re: Appointment reminder: Thursday 4:00 PM',
    D='Wed, 25 Nov 2026 01:47:22 -0600',
    body='''Meredith, I need to cancel Thursday. I know it's less than 24 hours and I'll pay the fee. Honestly this week has been bad again, the sleeping thing is back and I stopped the sertraline on Sunday because I couldn't deal with how flat I felt. I don't want to get into it over email. Can we do Monday? Any time.

I'm safe, I just can't make myself leave the apartment for it this week.

Jordan

On Tue, Nov 24, 2026 at 9:00 AM Clearwater Counseling <reminders@clearwatercounseling.net> wrote:
> This is a reminder of your appointment with Meredith Oakes, LPC on
> Thursday, November 26 at 4:00 PM. Reply C to confirm. To cancel please
> call 24 hours in advance to avoid a late cancellation fee.
'''))

add('phi', 'phi-self', 'Whitehorse', mk(
    F='Darlene Whitehorse <dwhitehorse58@gmail.com>',
    T='frontdesk@prairiewindclinic.org',
    S='Re: Your appointment is confirmed',
    D='Mon, 30 Nov 2026 14:06:39 -0700',
    body='''Yes confirm. Also can u send the xray of my back from last wk to my chiropractor Dr Hines in Chinle he said he needs it. Fax 928-674-3306

Sent from my iPhone

> On Nov 30, 2026, at 1:00 PM, Prairie Wind Clinic <frontdesk@prairiewindclinic.org> wrote:
>
> Darlene Whitehorse, your appointment with Dr. Benally is confirmed for
> Thu Dec 3 at 10:15 AM. Please arrive 15 minutes early.
'''))

# =========================== phi-lists ===========================

add('phi', 'phi-lists', 'Fontaine', mk(
    F='"OR Scheduling" <orsched@baysidegeneral.org>',
    T='"OR 3 Team" <or3@baysidegeneral.org>, "Anesthesia Sched" <anesched@baysidegeneral.org>',
    S='OR 3 Thursday 12/3 - final',
    D='Wed, 02 Dec 2026 15:30:00 -0500',
    body='''Final for tomorrow, OR 3. Case 2 moved up per Dr. Ibarra.

Time   Patient               MRN        Age/Sex  Procedure                          Surgeon   Anes
0730   FONTAINE, Gilbert     00913377   72 M     R TKA                              Ibarra    Block+GA
1000   OKAFOR, Chidinma      01188204   45 F     Lap chole                          Weiss     GA
1145   PRZYBYLSKI, Ann       00755129   66 F     L carpal tunnel release            Ibarra    MAC
1300   DUVALL, Terrence      01230658   58 M     Hardware removal L ankle           Ibarra    GA
1500   (add-on hold)

Rep for case 1 confirmed (Stryker, Mike). Case 4 needs the C-arm.

Shauna, OR Scheduling x3120
'''))

add('phi', 'phi-lists', 'Abernathy', mk(
    F='"Kristin Yoder" <kyoder@shelbyruralhealth.org>',
    T='"Front Desk" <frontdesk@shelbyruralhealth.org>',
    S='no shows to call - last 2 wks',
    D='Thu, 19 Nov 2026 08:05:12 -0600',
    body='''Morning! Here's the no-show list from the report. Please try each one today and mark what happened in the last column, I pasted it straight from Excel so sorry about the spacing. Diabetes ed ones are priority since Janelle only has two openings left before the holidays.

Appt Date	Patient	Phone	Provider	Visit Type	Outcome
11/09/2026	Abernathy, Clyde	731-642-0918	Dr. Ruelas	Med check	
11/10/2026	Sisk, Brenda	731-644-2270	J. Parr, CDCES	Diabetes ed	
11/10/2026	Ortega, Luis	731-593-7741	Dr. Ruelas	Follow-up BP	
11/12/2026	Hutchins, Amber	731-642-3306	M. Lay, NP	Well child (Kaden)	
11/16/2026	Rackley, Joe	731-644-0012	J. Parr, CDCES	Diabetes ed	
11/17/2026	Vo, Minh	731-225-8893	Dr. Ruelas	Lab review	

Thank you!!
Kristin
'''))

add('phi', 'phi-lists', 'Castellanos', mk(
    F='"Refill & PA Desk" <pa-desk@northridgecommunityrx.com>',
    T='"Dr. Helen Marsh" <hmarsh@northridgefamilypractice.com>',
    S='Prior auths expiring in December - your patients',
    D='Fri, 20 Nov 2026 11:21:45 -0800',
    body='''Dr. Marsh,

The following PAs on file with us expire in the next 30 days. If you want them continued, the plans need new PA requests from your office (we can't initiate). Fax forms are the usual ones.

  * Castellanos, Miguel (DOB 1/18/1971) - Ozempic 1 mg - Blue Shield - exp 12/04
  * Harwood, Lois (DOB 9/3/1945) - Eliquis 5 mg - Humana Part D - exp 12/11
  * Begay, Randall (DOB 5/27/1983) - Humira pen - Anthem - exp 12/15
  * Tran, Kim-Lien (DOB 12/30/1990) - Adderall XR 20 mg - Medi-Cal - exp 12/19 (qty limit PA)
  * Duarte, Silvio (DOB 2/9/1958) - Entresto 49/51 - Aetna - exp 12/28

Let us know if any have been stopped so we can inactivate.

Thanks,
Northridge Community Pharmacy PA desk
818-349-2210
'''))

add('phi', 'phi-lists', 'Lockhart', mk(
    F='"Coastal Home Health Scheduling" <scheduling@coastalhomehealth.com>',
    T='"Beth Aranda RN" <baranda@coastalhomehealth.com>',
    S='Your route Mon 11/23',
    D='Sun, 22 Nov 2026 17:10:00 -0500', cte='qp',
    html='''<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hi Beth, here's Monday. Mr. Lockhart's daughter asked for after 1 if possible so I put him last.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#d9e2f3"><th>#</th><th>Patient</th><th>Address</th><th>Visit</th><th>Notes</th></tr>
<tr><td>1</td><td>Mabry, Eunice</td><td>118 Sandpiper Ln, Shallotte</td><td>SN - recert/OASIS</td><td>key under mat, dog is friendly</td></tr>
<tr><td>2</td><td>Ferrante, Joseph</td><td>4402 Holden Beach Rd #6</td><td>SN - INR draw</td><td>lab bag in car</td></tr>
<tr><td>3</td><td>Stroud, Wanda</td><td>77 Live Oak Dr, Supply</td><td>SN - wound care R heel</td><td>supplies delivered Fri</td></tr>
<tr><td>4</td><td>Lockhart, Reginald</td><td>2091 Stone Chimney Rd</td><td>SN - foley change</td><td>after 1pm, call Denise 910-842-3317</td></tr>
</table>
<p>Mileage sheets due Tuesday. Thanks!<br>Alana</p>
</body></html>'''))

add('phi', 'phi-lists', 'Greenleaf', mk(
    F='"Joyce Whitman, RN - Infection Prevention" <jwhitman@heritageoakshealth.com>',
    T='"Heritage Oaks Nurses" <nurses@heritageoakshealth.com>',
    S='Flu vaccine tracking - Birch Hall - who\'s left',
    D='Mon, 16 Nov 2026 13:30:27 -0500',
    body='''Hi all, updated list for Birch Hall. Still need consents on 3 and 2 declined. Please don't give anything without the signed consent in PCC.

Room | Resident            | Consent    | Given       | Lot
-----+---------------------+------------+-------------+-----------
201  | Greenleaf, Harriet  | Y (self)   | 11/02       | U7744AB
202  | Mosley, Cornelius   | Y (son)    | 11/02       | U7744AB
203A | Varga, Erzsebet     | PENDING    |             | call niece Kati
203B | Lund, Arlene        | DECLINED   |             | 
204  | Packard, Owen       | Y (wife)   | 11/05       | U7744AB
205  | Sato, Mitsuko       | PENDING    |             | daughter in Japan, email sent
206  | Dobbs, Lyle         | DECLINED   |             | 
207  | Quintana, Ramona    | PENDING    |             | 

Thanks!! Joyce
'''))

add('phi', 'phi-lists', 'Abdi', mk(
    F='"Mary-Kate Holloway" <mholloway@ridgecrestschools.org>',
    T='"Ridgecrest Elementary Office" <office@ridgecrestelem.org>',
    S='med forms still missing - please put in teacher mailboxes',
    D='Tue, 17 Nov 2026 15:02:08 -0600',
    body='''Hi Deb,

These families still haven't turned in the physician med authorization for this year. Meds are in the health office but I can't give them past Dec 1 without the form. Could you put a reminder note home in backpacks tomorrow?

- Abdi, Hodan (2nd, Rm 14) - EpiPen Jr + Benadryl
- Kessler, Wyatt (4th, Rm 22) - insulin / glucagon, needs the full DMMP not just the form
- Nowak, Lily (K, Rm 3) - albuterol
- Fairchild, Owen (5th, Rm 27) - methylphenidate noon dose
- Ramírez, Santiago (1st, Rm 9) - Diastat (mom has the form, said she'd bring it)

Thanks!
MK Holloway, BSN, RN
District Nurse, Ridgecrest Schools
'''))

add('phi', 'phi-lists', 'Haskins', mk(
    F='"Core Lab - Chemistry" <corelab-chem@mercyplainsmc.org>',
    T='"Nursing Supervisors" <nsupervisors@mercyplainsmc.org>',
    S='Critical value call log 11/28 nights - 2 not acknowledged',
    D='Sun, 29 Nov 2026 07:14:55 -0600', cte='b64',
    html='''<html><head><style>td,th{font-family:Calibri;font-size:10pt;padding:3px 6px;border:1px solid #999}</style></head><body>
<p style="font-family:Calibri">Supervisors - 2 of the critical calls below were not read back within 30 min (highlighted). Please follow up with the units per policy LAB-114.</p>
<table style="border-collapse:collapse">
<tr><th>Time</th><th>Unit</th><th>Patient</th><th>MRN</th><th>Test</th><th>Result</th><th>Called to</th><th>Read-back</th></tr>
<tr><td>23:12</td><td>ICU</td><td>Haskins, Bernard</td><td>2210448</td><td>Potassium</td><td>6.8 mmol/L</td><td>K. Obi RN</td><td>23:14</td></tr>
<tr style="background:#ffe699"><td>00:47</td><td>5W</td><td>Lott, Geneva</td><td>1988302</td><td>Hemoglobin</td><td>6.2 g/dL</td><td>unit secretary</td><td>01:31</td></tr>
<tr><td>02:05</td><td>ED</td><td>Reinholt, Casey</td><td>2310987</td><td>Lactate</td><td>5.1 mmol/L</td><td>Dr. Amadi</td><td>02:05</td></tr>
<tr style="background:#ffe699"><td>04:30</td><td>3E</td><td>Paz, Yolanda</td><td>0874416</td><td>INR</td><td>6.4</td><td>no answer x2, then charge RN</td><td>05:22</td></tr>
</table>
<p style="font-family:Calibri">Thanks, Wendell (night lead tech)</p></body></html>'''))

# =========================== phi-struct ===========================

add('phi', 'phi-struct', 'Stahl', mk(
    F='"Interface Engine Alerts" <rhapsody-alerts@cascadiahealth.org>',
    T='"Integration Team" <integration@cascadiahealth.org>',
    S='[ERROR] LAB_ORU_IN route: message rejected (PID-3 not found)',
    D='Thu, 19 Nov 2026 03:17:42 -0800',
    body='''Route:        LAB_ORU_IN -> EHR_RESULTS
Communication point: Quest_ORU_TCP_5510
Error:        Patient identifier in PID-3 did not match any EHR record (MRN lookup failed)
Retries:      3 of 3
Message ID:   Q2026111903154401

Raw message follows:

MSH|^~\\&|QUEST|QDI-PORTLAND|RHAPSODY|CASCADIA|20261119031544||ORU^R01|Q2026111903154401|P|2.5.1
PID|1||E00731902^^^CASCADIA^MR||STAHL^MARGARET^ANN||19510423|F|||4418 SE ALDER ST^^PORTLAND^OR^97215||(503)231-7745
PV1|1|O|CASC-FM^^^CASCADIA||||1447385920^OYAMA^KENJI^^^^MD
ORC|RE|CF88120|QD5530921||CM
OBR|1|CF88120|QD5530921|80061^LIPID PANEL^C4|||20261118084500|||||||||1447385920^OYAMA^KENJI||||||20261119031000|||F
OBX|1|NM|2093-3^Cholesterol^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglyceride^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||52|mg/dL|>=40||||F
OBX|4|NM|13457-7^LDL calc^LN||151|mg/dL|<100|H|||F

-- Rhapsody Alerting, do not reply. Resend from the Error Queue after correcting.
'''))

_837 = ('ISA*00*          *00*          *ZZ*CLRFRKMED      *ZZ*AVAILITY       *261120*1422*^*00501*000004417*0*P*:~\n'
 'GS*HC*CLRFRKMED*AVAILITY*20261120*1422*4417*X*005010X222A1~\n'
 'ST*837*0001*005010X222A1~\n'
 'BHT*0019*00*CF20261120A*20261120*1422*CH~\n'
 'NM1*41*2*CLEAR FORK MEDICAL ASSOCIATES*****46*CFMA0093~\n'
 'PER*IC*BILLING OFFICE*TE*2547721190~\n'
 'NM1*40*2*BCBS TEXAS*****46*84980~\n'
 'HL*1**20*1~\n'
 'NM1*85*2*CLEAR FORK MEDICAL ASSOCIATES*****XX*1639274810~\n'
 'N3*201 W ELM ST~\n'
 'N4*ALBANY*TX*76430~\n'
 'REF*EI*752218804~\n'
 'HL*2*1*22*0~\n'
 'SBR*P*18*GRP00417******BL~\n'
 'NM1*IL*1*BURLESON*TRAVIS*W***MI*ZGT882104417~\n'
 'N3*1207 COUNTY RD 188~\n'
 'N4*ALBANY*TX*76430~\n'
 'DMG*D8*19790611*M~\n'
 'NM1*PR*2*BCBS TEXAS*****PI*84980~\n'
 'CLM*CFMA2611180031*245.00***11:B:1*Y*A*Y*Y~\n'
 'HI*ABK:M5416*ABF:G5602~\n'
 'NM1*82*1*ROWE*CALLIE****XX*1285537192~\n'
 'LX*1~\n'
 'SV1*HC:99214*165.00*UN*1***1:2~\n'
 'DTP*472*D8*20261118~\n'
 'LX*2~\n'
 'SV1*HC:20552*80.00*UN*1***1~\n'
 'DTP*472*D8*20261118~\n'
 'SE*28*0001~\n'
 'GE*1*4417~\n'
 'IEA*1*000004417~\n')

add('phi', 'phi-struct', 'Burleson', mk(
    F='"Tammy Gholson" <billing@clearforkmedical.com>',
    T='"Support - PracticeLink Clearinghouse" <support@practicelinkch.com>',
    S='Ticket 88213 - 837 rejected 999, please look at attached',
    D='Fri, 20 Nov 2026 14:40:19 -0600',
    body='''Hi,

This is the file from today that came back with a 999 rejection (IK3 on loop 2300 I think?). Our software says it's fine. It's just the one claim. Can you tell me what segment it's complaining about? I attached the raw file like your tech asked.

Tammy Gholson
Clear Fork Medical Associates - billing
254-772-1190
''',
    atts=[att('CFMA_20261120_1422.x12', _837, 'application/octet-stream')]))

add('phi', 'phi-struct', 'Yazzie', mk(
    F='"Rochelle Tsosie" <rtsosie@redmesahealthcenter.org>',
    T='"Dale Brandt" <dbrandt@redmesahealthcenter.org>',
    S='835 from Tribal Health Plan - $0 paid?',
    D='Mon, 23 Nov 2026 10:55:03 -0700',
    body='''Dale - this remit came in and I'm confused. It shows the claim at 0 paid with CO-109. Wasn't Tribal Health Plan primary for her? Pasting the part that matters. Can we talk after lunch?

CLP*RMHC26100442*4*310*0**MC*2026309118830*11*1~
CAS*CO*109*310~
NM1*QC*1*YAZZIE*LORRAINE*B***MI*THP70041882~
NM1*82*1*BEGAY*NATHAN****XX*1831206645~
DTM*232*20261014~
DTM*233*20261014~
SVC*HC:99203*220*0**1~
DTM*472*20261014~
CAS*CO*109*220~
SVC*HC:81003*15*0**1~
CAS*CO*109*15~
SVC*HC:94640*75*0**1~
CAS*CO*109*75~

Rochelle
Patient Accounts, Red Mesa Health Center
'''))

_dental_csv = '''PatNum,LastName,FirstName,Birthdate,ApptDate,ApptTime,Provider,ProcCodes,Note,WirelessPhone
10442,Ambrose,Keith,1988-03-19,2026-12-01,08:00,DrCheng,D0120 D1110 D0274,,(503) 881-2290
7718,Lindahl,Sofia,2014-07-02,2026-12-01,08:00,HYG2,D0120 D1120 D1206,parent Erik,(503) 640-7751
11803,Moreau,Claudette,1957-11-28,2026-12-01,09:00,DrCheng,D2740 #8,seat - lab case in,(971) 226-3018
9026,Pacheco,Rolando,1972-05-06,2026-12-01,10:30,DrCheng,D3330 #19,premed amox 2g,(503) 998-1445
12250,Whitford,Jenna,1995-09-14,2026-12-01,13:00,HYG2,D0150 D0210,new pt - ins verif pending,(541) 730-0022
'''

add('phi', 'phi-struct', 'Pacheco', mk(
    F='"Office Manager" <manager@willamettesmiles.com>',
    T='"Lisa Carvajal" <lisa@dentalbillingpros.net>',
    S='Tuesday schedule export for verifications',
    D='Mon, 30 Nov 2026 08:30:44 -0800',
    body='''Lisa, export for tomorrow attached, please run eligibility on all of them. The new patient (Whitford) gave us a Delta card but I'm not sure it's active. Also Pacheco's molar endo, can you check his frequency/remaining max? He said he's "almost out" for the year.

Thanks - Corinne
Willamette Smiles Family Dentistry
''',
    atts=[att('Appts_2026-12-01.csv', _dental_csv, 'text/csv')]))

_fhir = '''{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-11-24T16:02:11-05:00",
  "entry": [
    {
      "fullUrl": "urn:uuid:7f3a1c52-91d4-4b1e-a6f0-2d8c35e1a904",
      "resource": {
        "resourceType": "Patient",
        "id": "pt-448812",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.4471.1", "value": "448812"}
        ],
        "name": [{"family": "Oduya", "given": ["Samuel", "K"]}],
        "gender": "male",
        "birthDate": "2012-02-17",
        "address": [{"line": ["39 Wexford Ct"], "city": "Dayton", "state": "OH", "postalCode": "45459"}]
      }
    },
    {
      "fullUrl": "urn:uuid:0b6e9d1e-3c22-4d7b-9f1a-5f4e0c7a2b11",
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
        "subject": {"reference": "urn:uuid:7f3a1c52-91d4-4b1e-a6f0-2d8c35e1a904"},
        "effectiveDateTime": "2026-11-23T09:40:00-05:00",
        "valueQuantity": {"value": 8.9, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
      }
    },
    {
      "fullUrl": "urn:uuid:c1d8a4f7-6e2b-4a90-8b3d-11a7f2e9c560",
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "insulin glargine 100 unit/mL pen, 18 units nightly"},
        "subject": {"reference": "urn:uuid:7f3a1c52-91d4-4b1e-a6f0-2d8c35e1a904"},
        "authoredOn": "2026-11-23"
      }
    }
  ]
}
'''

add('phi', 'phi-struct', 'Oduya', mk(
    F='"Arjun Mehta" <amehta@daytonchildrensendo-dev.org>',
    T='"Vendor Support - GlucoBridge" <support@glucobridge.io>',
    S='RE: sample payload that fails validation',
    D='Tue, 24 Nov 2026 16:20:37 -0500',
    body='''Hi Paula,

Attached is the actual bundle our FHIR server sent at 16:02 that your endpoint rejected with "422 subject reference unresolved". I pulled it straight out of the outbound log so it's the real one, please don't share it around beyond the engineer working the ticket.

Arjun Mehta
Clinical Integration, Pediatric Endocrinology

-----Original Message-----
From: Paula Greene <support@glucobridge.io>
Sent: Tuesday, November 24, 2026 2:11 PM
Subject: RE: sample payload that fails validation

Can you send us a payload that reproduces it?
''',
    atts=[att('bundle_20261124T160211.json', _fhir, 'application/json')]))

_inner = mk(
    F='"HIE Notifications" <notify@keystonehie.org>',
    T='"Dr. Fiona Ashby" <fashby@susquehannavalleyfp.com>',
    S='Encounter summary available: ADAMCZYK, WALTER',
    D='Wed, 25 Nov 2026 06:00:12 -0500',
    body='''A Continuity of Care Document has been received for your attributed patient.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Emergency Department Summary</title>
  <effectiveTime value="20261124221500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="3381904" root="2.16.840.1.113883.3.8827"/>
      <addr><streetAddressLine>12 Mill Race Rd</streetAddressLine><city>Lewisburg</city><state>PA</state><postalCode>17837</postalCode></addr>
      <patient>
        <name><given>Walter</given><family>Adamczyk</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19470305"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text>CT abdomen/pelvis with contrast 11/24/2026; peripheral IV placement</text>
    </section></component>
    <component><section>
      <title>Discharge Instructions</title>
      <text>Follow up with primary care within 3 days. Repeat CBC in 1 week.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
''')

add('phi', 'phi-struct', 'Adamczyk', mk(
    F='"Dr. Fiona Ashby" <fashby@susquehannavalleyfp.com>',
    T='"Nurse Line" <rn@susquehannavalleyfp.com>',
    S='Fwd: Encounter summary available: ADAMCZYK, WALTER',
    D='Wed, 25 Nov 2026 07:48:30 -0500',
    body='''Can one of you get Walter in Fri or Mon for the ED f/u and put in the CBC order under me? Thanks. -FA
''',
    atts=[MIMEMessage(_inner)]))

add('phi', 'phi-struct', 'Halloran', mk(
    F='"RightFax Server" <fax@mountainlaurelclinic.org>',
    T='"Referrals Inbox" <referrals@mountainlaurelclinic.org>',
    S='Fax received from 3045556120 (4 pages)',
    D='Thu, 26 Nov 2026 13:22:08 -0500',
    body='''Inbound fax received.
Remote CSID: 3045556120
Pages: 4
Duration: 01:52
OCR text of cover page follows (automatic, may contain errors):

-------------------------------------------------
   GREENBRIER COUNTY FAMILY HEALTH
   FAX COVER SHEET

To:     Mountain Laurel Clinic - Cardiology      Fax: 304-645-2290
From:   Dr. Ellis Vance / Krista (referrals)     Fax: 304-555-6120
Date:   11/26/2026              Pages incl. cover: 4

RE:  REFERRAL - URGENT
Patient:  Halloran, Patrick J.     DOB: 10/08/1963
Phone:    304-497-3315  (cell, wife Jean 304-497-3316)
Ins:      WV Medicaid  ID 60021884731

Please schedule: echocardiogram and cardiology consult
within 2 weeks. Holter results and last office note
attached. Pt has no transportation - needs Medicaid
NEMT set up.

CONFIDENTIAL: This facsimile contains protected health
information. If received in error, call 304-645-7100.
-------------------------------------------------
'''))

_tsv = ('MRN\tLast\tFirst\tDOB\tCollected\tTest\tResult\tUnits\tFlag\n'
        '00418821\tBRAITHWAITE\tCORA\t1939-04-12\t2026-11-27 05:10\tCreatinine\t1.9\tmg/dL\tH\n'
        '00418821\tBRAITHWAITE\tCORA\t1939-04-12\t2026-11-27 05:10\tHemoglobin\t9.4\tg/dL\tL\n'
        '00391147\tMCINTYRE\tDOUGLAS\t1944-12-01\t2026-11-27 05:15\tINR\t2.3\t\t\n'
        '00391147\tMCINTYRE\tDOUGLAS\t1944-12-01\t2026-11-27 05:15\tPotassium\t3.3\tmmol/L\tL\n'
        '00427730\tSALAZAR\tIGNACIO\t1950-06-22\t2026-11-27 05:40\tWBC\t11.8\tK/uL\tH\n'
        '00427730\tSALAZAR\tIGNACIO\t1950-06-22\t2026-11-27 05:40\tVancomycin trough\t17.2\tmcg/mL\t\n')

add('phi', 'phi-struct', 'Braithwaite', mk(
    F='"Outreach Lab" <outreachlab@harmonyvalleyhospital.org>',
    T='"Elmwood Manor Nursing" <nursing@elmwoodmanorltc.com>',
    S='AM draws 11/27 - results',
    D='Fri, 27 Nov 2026 09:02:44 -0500',
    body='''Results from this morning's draws at Elmwood attached (zipped per your IT). Password is the usual. Cora's Hgb has been called to your charge nurse already.

Harmony Valley Outreach Lab
''',
    atts=[att('elmwood_20261127.zip', zipped([('elmwood_20261127.tsv', _tsv)]), 'application/zip')]))

# =========================== phi-ids ===========================

add('phi', 'phi-ids', '', mk(
    F='"Carla Ng" <cng@stvincentnorth.org>',
    T='"Core Lab" <corelab@stvincentnorth.org>',
    S='add on',
    D='Mon, 16 Nov 2026 14:21:09 -0600',
    body='''MRN 00482193 -- can you add a BMP + Mg to the lavender/green drawn at 1340? Dr. Saleh just asked. Thx Carla 5E x4410
'''))

add('phi', 'phi-ids', '', mk(
    F='"Denials Work Queue" <denials@crestviewortho.com>',
    T='"Auth Coordinators" <auth@crestviewortho.com>',
    S='CO-197 claim 2026110400187',
    D='Tue, 17 Nov 2026 09:33:50 -0500',
    body='''Claim 2026110400187
Member ID XJH448120937 / Group 0071423
DOS 10/29/2026  CPT 73721 (MRI lower extremity w/o contrast)
Payer: Anthem  Denial: CO-197 precert/authorization absent

Was an auth obtained? If yes send me the number and I'll file a reconsideration. Timely filing for appeal is 12/29.

--Ray
'''))

add('phi', 'phi-ids', '', mk(
    F='"Billing Office" <billing@pioneerfamilyhealth.com>',
    T='"Front Desk" <frontdesk@pioneerfamilyhealth.com>',
    S='acct 7731-0092',
    D='Wed, 18 Nov 2026 11:05:27 -0700',
    body='''acct 7731-0092, DOB 03/14/1961 -- guarantor called about the $212 for the 10/2 visit, says her copay was collected at check-in. Can someone look in the 10/2 deposit for a receipt? She'll call back Fri.
'''))

add('phi', 'phi-ids', '', mk(
    F='Dr. Wes Harjo <wharjo@okmulgeecommunityclinic.org>',
    T='Nurse Station <nurses@okmulgeecommunityclinic.org>',
    S='TB read',
    D='Thu, 19 Nov 2026 19:02:11 -0600',
    body='''pt 4471902 needs TB read tmrw before 1, placed Tue L forearm. if it's >10 tell me before he leaves

Sent from my phone
'''))

add('phi', 'phi-ids', '', mk(
    F='"Specimen Processing" <processing@summitpathlabs.com>',
    T='"Client Services - Glenwood Internal Med" <lab@glenwoodinternalmed.com>',
    S='Specimen problem - accession 26-318-0441',
    D='Fri, 20 Nov 2026 08:12:36 -0700',
    body='''Client: Glenwood Internal Medicine (acct 30417)
Accession: 26-318-0441
Pt ID: GIM-0088127   DOB: 09/27/1975
Collected: 11/19/2026 15:30
Tests affected: CMP, LDH, potassium

Specimen received grossly hemolyzed. Results cannot be reported. Please recollect at your convenience; the remaining tests on this accession (CBC, TSH) have been resulted.

Summit Pathology Laboratories - Specimen Processing
970-384-2200 opt 3
'''))

add('phi', 'phi-ids', '', mk(
    F='"PA Dept - CareScript Specialty Pharmacy" <pa@carescriptspecialty.com>',
    T='"Nurse Triage - Dr. Kapoor" <triage@valleyrheumatology.com>',
    S='PA approved - Rx# 6120334',
    D='Mon, 23 Nov 2026 13:47:02 -0600',
    body='''Rx# 6120334
Member ID 88214073-01
Drug: Cosentyx 150 mg/mL autoinjector
Status: APPROVED 11/23/2026 - 05/22/2027
First fill scheduled to ship 11/25 for delivery 11/26, patient confirmed by phone.

CareScript Specialty Pharmacy
'''))

add('phi', 'phi-ids', '', mk(
    F='"Social Work - Dialysis" <sw@lakelanddialysis.com>',
    T='rides@bigbendnemt.com',
    S='Standing order - MWF rides starting 12/7',
    D='Tue, 24 Nov 2026 10:20:15 -0500',
    body='''Hello,

Requesting standing transport for a new patient.

Medicaid ID: 5523108874
DOB: 02/11/1968
Pickup: 3415 Pine Hollow Trl, Lot 22, Lakeland 33810
Destination: Lakeland Dialysis Center, 1120 E Memorial Blvd
Days: Mon/Wed/Fri, chair time 06:00, pickup 05:15, return ~10:30
Mobility: ambulatory with cane
Start: Mon 12/7

Please confirm the trip number. Thank you.
Ana Lucia Ferraz, MSW
Lakeland Dialysis Center
'''))

# =========================== phi-lang ===========================

add('phi', 'phi-lang', 'Reyes Ochoa', mk(
    F='Marisela Ochoa <mariselaochoa88@hotmail.com>',
    T='citas@desertviewpediatrics.com',
    S='cita de mi hija Valentina',
    D='Mon, 16 Nov 2026 20:14:33 -0700',
    cs='iso-8859-1', cte='qp',
    body='''Buenas tardes,

Le escribo porque mi hija Valentina Reyes Ochoa (nació el 14/05/2021) tiene fiebre desde el domingo, ayer llegó a 39.4. Le estoy dando el Tylenol infantil cada 6 horas como dijo la doctora Morales la última vez, y le baja pero vuelve a subir.

Tiene cita el jueves a las 3:30 para su chequeo de los 5 años. ¿La pueden ver antes? Mañana no puedo faltar al trabajo pero el miércoles sí. También quería preguntar si le pueden poner la vacuna de la gripe en la misma cita.

Gracias,
Marisela Ochoa
Cel. 915-204-7718
'''))

add('phi', 'phi-lang', 'Trần', mk(
    F='Quan Tran <quantran.sj@gmail.com>',
    T='frontdesk@eastsidefamilyclinic.org',
    S='Lịch hẹn của bố tôi - Tran Van Loc',
    D='Wed, 18 Nov 2026 21:47:09 -0800',
    cte='b64',
    body='''Chào phòng khám,

Tôi là Trần Minh Quân, con trai của ông Trần Văn Lộc (ngày sinh 12/03/1949). Bố tôi có hẹn với bác sĩ Phạm vào thứ Hai 7/12 lúc 9 giờ sáng để tái khám và lấy máu.

Bố tôi không nói được tiếng Anh, xin phòng khám sắp xếp thông dịch viên tiếng Việt giúp.

Ngoài ra, thuốc huyết áp amlodipine của bố tôi sắp hết, chỉ còn 5 viên. Xin bác sĩ gửi toa thuốc mới đến nhà thuốc CVS trên đường Tully.

Cảm ơn nhiều.
Quân
408-920-3361
'''))

add('phi', 'phi-lang', 'Pierre-Louis', mk(
    F='Marie-Ange Pierre-Louis <mapierrelouis@gmail.com>',
    T='"Dr. Reginald Joseph" <rjoseph@mattapanhealthctr.org>',
    S='rezilta tès san',
    D='Fri, 20 Nov 2026 14:55:20 -0500',
    body='''Bonjou Dr. Joseph,

Se Marie-Ange Pierre-Louis. Mwen te fè tès san nan klinik la jou lendi 16 novanm nan. Yo te di m w ap rele m, men pa gen moun ki rele m. Èske rezilta yo soti? Mwen enkyete paske enfimyè a te di sik la te yon ti jan wo.

Mwen travay lannuit, kidonk tanpri rele m apre 2è apremidi: 617-825-4409.

Mèsi anpil,
Marie-Ange Pierre-Louis
DOB 5/19/1977
'''))

add('phi', 'phi-lang', 'Pereira dos Santos', mk(
    F='"Camila Rezende" <crezende@metrowestimaging.com>',
    T='"Fernanda Lopes - Interpreter Services" <flopes@metrowestimaging.com>',
    S='Dona Lucimar - preparo US amanhã',
    D='Mon, 23 Nov 2026 15:08:41 -0500',
    body='''Oi Fernanda, tudo bem?

A paciente Dona Lucimar Pereira dos Santos ligou de novo hoje, ela não entendeu o preparo para o ultrasound de amanhã às 8h. Expliquei que precisa ficar em jejum depois da meia-noite e beber os 4 copos de água uma hora antes, mas acho que ela ficou confusa com a parte da bexiga cheia.

Can you call her in Portuguese before 5? O número é 508-872-1930 (é o celular da filha, Aline). If she can't make it, the scheduling desk said they can move her to next Tuesday, mesmo horário.

Valeu!
Camila
MetroWest Imaging - Framingham
'''))

add('phi', 'phi-lang', 'Гуревич', mk(
    F='=?koi8-r?B?6c7OwSDn1dLF18ne?= <inna.gurevich@mail.ru>',
    T='"Dr. Alan Cohen" <acohen@brightonbeachmedical.com>',
    S='Анализы мамы - Гуревич Р.Л.',
    D='Tue, 24 Nov 2026 23:31:56 +0300',
    cs='koi8-r', cte='b64',
    body='''Здравствуйте, доктор Коэн!

Пишу по поводу моей мамы, Гуревич Раисы Львовны (дата рождения 03.08.1942). В прошлый четверг у неё брали кровь (гемоглобин и железо), но результатов в портале до сих пор нет.

Она стала ещё слабее, с трудом поднимается по лестнице. Можно ли записать её к вам на приём на этой неделе? Мама плохо говорит по-английски, поэтому я приду с ней.

С уважением,
Инна Гуревич
+1 (718) 336-2094
'''))

add('phi', 'phi-lang', 'Nuur', mk(
    F='Faadumo Warsame <faadumo.warsame@gmail.com>',
    T='appointments@cedarriversidechc.org',
    S='ballanta wiilkayga Thursday',
    D='Tue, 01 Dec 2026 10:12:47 -0600',
    body='''Salaan,

Waxaan ahay Faadumo Cali Warsame. Waxaan rabaa inaan xaqiijiyo ballanta wiilkayga Cabdiraxmaan Axmed Nuur ee Thursday 3:00pm, Dr. Lindgren. Wuxuu u baahan yahay tallaalada dugsiga iyo check-up, school-ka ayaa warqad naga doonaya.

Fadlan turjumaan Soomaali ah noo diyaari. Sorry my english not good.

Mahadsanid
612-870-4456
'''))

add('phi', 'phi-lang', 'Dimaculangan', mk(
    F='"Lenlen Bautista RN" <lbautista@goldenyearsltc.com>',
    T='"Joy Macapagal RN" <jmacapagal@goldenyearsltc.com>',
    S='endorse - 14B',
    D='Wed, 02 Dec 2026 14:58:03 -0800',
    body='''Hi Ate Joy,

Endorse ko lang si Lola Perpetua Dimaculangan sa 14B. Hindi siya masyado kumain kanina, mga kalahati lang ng lunch. BP niya 90/58 kaninang 2pm, ni-recheck ko 96/60.

Tinawagan ko na si Dr. Sison, sabi niya hold muna ang lisinopril tonight tapos i-recheck ang BP q4h. Pakibantayan din yung fluid intake niya, naka-chart sa I&O sheet. Yung anak niyang si Rommel tatawag daw mga 7pm, he wants an update.

Salamat!
Len
'''))

# =========================== clean-staff ===========================

add('clean', 'clean-staff', '', mk(
    F='"Angela Brooks, MSN RN" <abrooks@riverviewregional.org>',
    T='"5 West RNs" <5west-rn@riverviewregional.org>',
    S='Sat night 12/5 - still 2 holes',
    D='Thu, 03 Dec 2026 13:40:09 -0600',
    body='''Hi team,

We're still short 2 RNs for Saturday night (1900-0730). Census is projected at 28 and we have 3 scheduled discharges Sunday AM, so it's going to be busy. Incentive pay is approved ($15/hr on top) for anyone who picks up.

Reminder that call-offs need to go through the staffing office AND a text to the charge nurse, not just a Teams message to me. Two people did that last weekend and I didn't see it until Monday.

If you can help, reply to me directly or sign up in the scheduling app.

Thanks for everything this fall, I know it's been a lot.
Angela
Nurse Manager, 5 West Med/Surg
'''))

add('clean', 'clean-staff', '', mk(
    F='Priyanka Desai <pdesai@uvmc-residents.org>',
    T='"IM Residents PGY1-3" <im-residents@uvmc-residents.org>',
    S='anyone want my 12/24 call?? will trade ANYTHING',
    D='Fri, 27 Nov 2026 22:15:44 -0500',
    body='''Hi all - my sister's wedding got moved to Christmas Eve (long story) and I'm on wards call 12/24. I will trade for any of your calls in Jan, including NYE, or take two of your weekend days. Chief already said ok as long as it's a straight swap and amion gets updated.

Venmo-level bribes also available. Coffee for a month?

Priyanka (PGY2)
'''))

add('clean', 'clean-staff', '', mk(
    F='"Gregory Lam, PharmD" <glam@harborpointhealth.org>',
    T='"Nursing Leadership" <nursing-leaders@harborpointhealth.org>, "Pharmacy Staff" <rx-staff@harborpointhealth.org>',
    S='Heparin flush syringes - vendor change effective 12/1',
    html='''<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>All,</p>
<p>Because of the ongoing backorder, P&amp;T approved a temporary switch for heparin lock flush 100 units/mL 5 mL prefilled syringes from BD PosiFlush to the Medefil product, effective <b>December 1</b>.</p>
<ul>
<li>Same concentration and volume. Label is <b>blue</b> instead of yellow, please make sure your staff know.</li>
<li>Pyxis pockets will be relabeled overnight 11/30. Old stock can be used until it runs out.</li>
<li>No change to order sets or to the flush policy. Pediatrics continues to use 10 units/mL only.</li>
</ul>
<p>Questions to me or the clinical pharmacist on your unit.</p>
<p>Greg<br><span style="color:#555;font-size:9pt">Gregory Lam, PharmD, BCPS | Medication Safety Officer | Harbor Point Health | x6120</span></p>
<p style="color:#999;font-size:7pt">This message may contain confidential information intended only for the addressee.</p>
</body></html>''',
    D='Wed, 25 Nov 2026 16:30:00 -0800'))

add('clean', 'clean-staff', '', mk(
    F='"Deshawn Pike" <dpike@stmarysmed.org>',
    T='"Plant Ops Help Desk" <plantops@stmarysmed.org>',
    CC='"4 North Charge" <4ncharge@stmarysmed.org>',
    S='4N tube station 412 down AGAIN',
    D='Sun, 29 Nov 2026 04:12:33 -0600',
    body='''Tube station 412 on 4 North is showing "LINE FAULT" again, 3rd time this month. We're walking all specimens and meds down by hand which means somebody leaves the floor every time. Lab knows.

Can someone come up before 6 am draws? Ticket # from last time was PO-55821 if that helps.

Deshawn, unit secretary 4N, x3340
'''))

add('clean', 'clean-staff', '', mk(
    F='"Dr. Ingrid Halvorsen" <ingrid@riverbenddentalcare.com>',
    T='"Riverbend Team" <team@riverbenddentalcare.com>',
    S='spore test failed - autoclave #2 out of service',
    D='Tue, 01 Dec 2026 07:05:50 -0700',
    body='''Team,

The weekly spore test for autoclave #2 (the Midmark in the back) came back POSITIVE from the mail-in lab yesterday. Per our protocol:

- #2 is tagged out, do NOT use it. Everything goes through #1 until further notice.
- Kelsey is pulling the sterilization log for last week's loads from #2 so we can figure out what needs to be re-processed. Any wrapped packs from #2 dated 11/23-11/30 get re-run.
- I've called Patterson for service Thursday.
- We'll re-test after service and need 3 negative tests before it goes back in.

This is probably an operator/loading thing (the cassettes were stacked last week, I saw it), not a machine fault, but we're doing it by the book. Let's talk at huddle.

Dr. H
'''))

add('clean', 'clean-staff', '', mk(
    F='"Sharon Whitlock" <swhitlock@maplegrovesnf.com>',
    T='"All Staff" <allstaff@maplegrovesnf.com>',
    S='Survey window + holiday potluck!!',
    D='Mon, 30 Nov 2026 09:00:15 -0500',
    body='''Good morning everyone!

Two things:

1) Our state survey window opens this week. Please keep med carts locked EVERY time you walk away, no drinks at the nurses station, and make sure hand hygiene is happening in front of anyone with a clipboard (and behind them too!). Dietary, watch the fridge temp logs. If surveyors ask you a question you don't know, it's ok to say "let me get my supervisor."

2) Holiday potluck is Thursday Dec 17 in the activity room, 11-2 so both shifts can come. Sign-up sheet is by the time clock. Residents' families are invited to the carol sing at 2:30 after.

Thanks for all you do,
Sharon Whitlock, Administrator
'''))

add('clean', 'clean-staff', '', mk(
    F='"Omar Haddad, PsyD" <ohaddad@harborlightbh.org>',
    T='"Harbor Light Clinicians" <clinicians@harborlightbh.org>',
    S='Holiday coverage + waiting room incident follow-up',
    D='Wed, 02 Dec 2026 12:30:00 -0800',
    body='''Hi everyone,

Holiday coverage: I still need someone for the on-call phone 12/26-12/27. Group room B is booked for the DBT skills groups through Jan 8, please don't double-book it for individual sessions.

Re: Tuesday's waiting room situation. Thanks to the front desk and to everyone who stepped out to help. Nobody was hurt. A few reminders from the debrief, not about any particular client:
- Use the panic button under the front desk, it notifies all clinician phones.
- Don't physically intervene. Create space and call the team.
- If a client is escalating in session, it's fine to end early and walk them out with a second staff member.

We'll do a 30 minute refresher at the Jan all-staff.

Omar
Clinical Director
'''))

# =========================== clean-admin ===========================

add('clean', 'clean-admin', '', mk(
    F='"Benefits Team" <benefits@ozarkhealthsystem.org>',
    T='"All Employees" <allemployees@ozarkhealthsystem.org>',
    S='Last week for Open Enrollment - medical, dental, vision, HSA',
    D='Mon, 09 Nov 2026 08:00:00 -0600', cte='qp',
    html='''<html><body style="font-family:Arial;font-size:10pt;color:#222">
<h2 style="color:#00558c">Open Enrollment closes Friday, November 13</h2>
<p>This is your last week to make changes to your 2027 benefits. If you do nothing, your current medical, dental and vision elections roll over, <b>but your HSA and FSA contributions do not</b>.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:9pt">
<tr><th>Plan</th><th>Employee only (biweekly)</th><th>Employee + family</th></tr>
<tr><td>PPO 500</td><td>$74.10</td><td>$312.40</td></tr>
<tr><td>HDHP 2000 + HSA</td><td>$31.25</td><td>$168.90</td></tr>
<tr><td>Dental Plus</td><td>$9.80</td><td>$41.60</td></tr>
</table>
<p>New for 2027: virtual physical therapy through Hinge is covered at no cost, and the wellness credit for completing a biometric screening goes up to $600.</p>
<p>Questions? Benefits office hours are Tue/Thu 10-2 in the HR suite or call x4400.</p>
<p style="font-size:8pt;color:#777">Ozark Health System Human Resources</p>
</body></html>'''))

add('clean', 'clean-admin', '', mk(
    F='"IS Service Desk" <servicedesk@northshorehealthpartners.org>',
    T='"All Clinical Staff" <clinical-all@northshorehealthpartners.org>',
    S='PLANNED DOWNTIME: Epic upgrade Sun 12/6 01:00-05:00',
    D='Tue, 01 Dec 2026 10:00:00 -0600',
    body='''PLANNED DOWNTIME NOTICE

What: Epic upgrade to the February 2027 release
When: Sunday, December 6, 01:00 - approximately 05:00
Impact: Epic Hyperspace, Haiku, Rover and MyChart unavailable. Read-only BCA (business continuity) PCs will be available on every unit.

Before downtime (by 00:30):
 - Charge nurses print the BCA census and MAR reports for your unit.
 - Lab will switch to downtime requisitions; paper forms are in the red binder.
 - Pharmacy will run downtime MARs at 00:00.

After downtime: back-enter medication administrations and vitals within 4 hours of recovery.

Questions: x7000 or servicedesk@northshorehealthpartners.org.
'''))

add('clean', 'clean-admin', '', mk(
    F='"Compliance Office" <compliance@lakeshoremedgroup.org>',
    T='"All Workforce Members" <workforce@lakeshoremedgroup.org>',
    S='ACTION REQUIRED: Annual HIPAA Privacy & Security attestation due 12/15',
    D='Wed, 18 Nov 2026 09:30:00 -0500',
    body='''All workforce members (employees, students, volunteers and contracted staff) must complete the annual HIPAA Privacy & Security module and sign the confidentiality attestation by December 15.

The module is in the Learning Center under "Required - 2026". It takes about 25 minutes. New this year: a section on sending PHI by e-mail, including when you must use [SECURE] in the subject line, and a section on texting.

Completion rate by department as of today: Primary Care 61%, Specialty 48%, Surgery 39%, Admin/Business 72%. Managers will get a list of staff who are not yet complete.

Incomplete workforce members will have system access suspended on December 16 per policy HIM-020.

Lakeshore Medical Group Compliance & Privacy Office
Privacy hotline: 616-394-2000 x1999
'''))

add('clean', 'clean-admin', '', mk(
    F='"Facilities Management" <facilities@mercyplainsmc.org>',
    T='"All Staff" <allstaff@mercyplainsmc.org>',
    S='Garage B levels 3-4 closed 12/7 - 12/11 (resurfacing)',
    D='Thu, 03 Dec 2026 14:00:00 -0600',
    body='''Parking Garage B, levels 3 and 4, will be closed December 7 through December 11 for resurfacing.

Staff normally parking on B3/B4 should use the Lot E overflow lot on 8th Street. The shuttle will run every 10 minutes from 05:30 to 20:00 and every 20 minutes overnight. Patients and visitors are not affected; the valet and B1-B2 stay open.

Please don't park in patient spaces. Security will be ticketing.

Thank you for your patience.
Facilities Management
'''))

add('clean', 'clean-admin', '', mk(
    F='"Revenue Cycle Analytics" <rcanalytics@cascadiahealth.org>',
    T='"Revenue Cycle Leadership" <rc-leaders@cascadiahealth.org>',
    S='Q3 denial rates by payer - for Thursday\'s meeting',
    D='Mon, 16 Nov 2026 17:05:00 -0800',
    body='''Team, Q3 numbers ahead of Thursday. Overall initial denial rate is up to 11.4% from 9.8% in Q2, driven mostly by the auth-related codes at two payers.

Payer              Claims    Denied   Rate    Top CARC
Medicare FFS       41,220     2,680    6.5%   CO-16
Medicaid MCO A     18,904     2,910   15.4%   CO-197
Commercial X       22,315     3,124   14.0%   CO-197
Commercial Y       15,770     1,211    7.7%   CO-50
Medicare Adv Z     12,408     1,806   14.6%   CO-4
Self-pay/other      3,112        --      --    --

Authorization-related denials (CO-197/CO-15) are 38% of all denials, up from 29%. Proposal for Thursday: move imaging auths under central scheduling and add a hard stop on scheduling without an auth number for MRI/CT.

Slides to follow.
Hannah Ostrander, Revenue Cycle Analytics
'''))

add('clean', 'clean-admin', '', mk(
    F='"Medical Staff Office" <mso@tricountyregional.org>',
    T='"Dr. Nikhil Arora" <narora@tricountyregional.org>',
    S='Reappointment packet due - privileges expire 1/31/2027',
    D='Tue, 10 Nov 2026 11:11:11 -0500',
    body='''Dr. Arora,

Your medical staff appointment and clinical privileges in Hospital Medicine expire January 31, 2027. To avoid a lapse, please return the reappointment packet by December 18. We still need:

  [ ] Signed privilege delineation form (Hospital Medicine core)
  [ ] Current DEA registration (ours on file expires 12/2026)
  [ ] Attestation of 50 CME hours for the last 2 years
  [ ] Two peer references (we will send the forms directly to them)

We already have your state license (through 06/2028), board certification and NPI on file. OPPE data from the quality department will be added automatically.

Thank you,
Carol Fenwick, CPMSM
Medical Staff Office, Tri-County Regional
'''))

add('clean', 'clean-admin', '', mk(
    F='"Health Information Management" <him@pioneerfamilyhealth.com>',
    T='"Clinic Managers" <managers@pioneerfamilyhealth.com>',
    S='Records requests moving to new ROI vendor Jan 4',
    D='Fri, 04 Dec 2026 10:45:00 -0700',
    body='''Managers,

Starting January 4, release-of-information requests (attorneys, insurers, other providers, patient copies) will be handled by our new vendor, Verisma, instead of being processed at each clinic.

What changes for the front desk:
- Don't print or copy records for requesters anymore. Give them the new request form (attached to the intranet page) or the vendor's web link.
- Patient portal downloads and continuity-of-care faxes to other treating providers stay the same.
- Requests already in progress before 1/4 will be finished by HIM.

For context, we processed 3,418 requests across the six clinics last year, average turnaround 9 days. The vendor contract is 5 business days.

Training (20 min, Teams) Dec 15 at 12:15 and Dec 17 at 7:30.

Yvonne Castillo, RHIA
HIM Director
'''))

# =========================== clean-lookalike ===========================

add('clean', 'clean-lookalike', '', mk(
    F='"Cottonwood Animal Hospital" <care@cottonwoodanimalhospital.com>',
    T='Megan Sorensen <megsorensen@gmail.com>',
    S='Biscuit\'s dental cleaning + bloodwork results',
    D='Thu, 19 Nov 2026 16:42:18 -0700',
    body='''Hi Megan,

Biscuit did great today! Her dental cleaning went smoothly. Dr. Patterson extracted two small premolars on the lower left that had root exposure; the gum sutures will dissolve on their own in 2-3 weeks.

Her pre-anesthetic bloodwork was normal except a slightly elevated ALT (112, range 10-100), which Dr. Patterson isn't worried about but would like to recheck at her senior wellness visit in the spring.

Going home:
- Carprofen 25 mg, 1/2 tablet twice daily with food for 5 days
- Soft food only (soak her kibble) for 10 days
- No chew toys or bones until the recheck

Recheck appointment: Tuesday 12/1 at 10:20 AM (no charge). Your invoice total today was $684.50.

Give her a gentle scratch behind the ears from all of us!
Cottonwood Animal Hospital
(505) 892-4410
''',
    html='''<html><body style="font-family:Verdana;font-size:10pt;background:#f7fbf4">
<div style="max-width:600px;margin:auto;background:#fff;padding:16px;border-top:6px solid #5a8f3c">
<h3 style="color:#5a8f3c">&#128062; Cottonwood Animal Hospital</h3>
<p>Hi Megan,</p>
<p>Biscuit did great today! Her dental cleaning went smoothly. Dr. Patterson extracted two small premolars on the lower left that had root exposure; the gum sutures will dissolve on their own in 2-3 weeks.</p>
<p>Her pre-anesthetic bloodwork was normal except a slightly elevated ALT (112, range 10-100), which Dr. Patterson isn't worried about but would like to recheck at her senior wellness visit in the spring.</p>
<p><b>Going home:</b></p>
<ul><li>Carprofen 25 mg, 1/2 tablet twice daily with food for 5 days</li>
<li>Soft food only (soak her kibble) for 10 days</li>
<li>No chew toys or bones until the recheck</li></ul>
<p><b>Recheck appointment:</b> Tuesday 12/1 at 10:20 AM (no charge). Your invoice total today was $684.50.</p>
<p>Give her a gentle scratch behind the ears from all of us!</p>
<p style="font-size:8pt;color:#777">Cottonwood Animal Hospital &middot; 1410 Rio Grande Blvd NW &middot; (505) 892-4410</p>
</div></body></html>'''))

add('clean', 'clean-lookalike', '', mk(
    F='"CornerCare Pharmacy Rewards" <rewards@e.cornercarerx.com>',
    T='daniel.okwu@yahoo.com',
    S='Daniel, you have $10 in Rewards Cash waiting + 3X points this week',
    D='Sat, 21 Nov 2026 06:03:00 -0500', cte='b64',
    html='''<html><body style="margin:0;font-family:Helvetica,Arial">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#c8102e"><tr><td style="color:#fff;padding:12px;font-size:20px">CornerCare <b>Rewards</b></td></tr></table>
<table width="600" align="center" style="font-size:14px">
<tr><td style="padding:16px">
<p>Hi Daniel,</p>
<p>Good news &mdash; you've earned <b>$10.00 Rewards Cash</b>! Use it on almost anything in store or online before <b>12/15/2026</b>.</p>
<p><b>This week only:</b> 3X points on vitamins, cold &amp; flu essentials and holiday gift sets. Plus, get 500 bonus points when you get any vaccine at our pharmacy counter.*</p>
<p>Member #: ****-****-8821 &nbsp;|&nbsp; Points balance: 4,310</p>
<p style="text-align:center"><a href="https://e.cornercarerx.com/r/clip?u=8821" style="background:#c8102e;color:#fff;padding:10px 24px;text-decoration:none">Clip my offers</a></p>
<p style="font-size:10px;color:#888">*Vaccine bonus points subject to state and federal regulations; not available where prohibited or for prescriptions paid by government programs. You are receiving this e-mail because you joined CornerCare Rewards. <a href="https://e.cornercarerx.com/unsub">Unsubscribe</a>. CornerCare Inc., 400 Commerce Way, Columbus OH 43215.</p>
</td></tr></table></body></html>'''))

add('clean', 'clean-lookalike', '', mk(
    F='"Granite State Mutual Claims" <claims@granitestatemutual.com>',
    T='Robert Vachon <rvachon.nh@gmail.com>',
    S='Claim AU-2026-0448172 - appraisal scheduled',
    D='Tue, 24 Nov 2026 11:30:45 -0500',
    body='''Dear Robert Vachon,

Thank you for reporting the incident of November 21, 2026. Your claim has been assigned:

Claim number: AU-2026-0448172
Policy: PA 7731-20-4418
Vehicle: 2019 Honda CR-V, VIN ending 40217
Loss type: Collision - rear impact, other party at fault (pending confirmation)
Injuries reported: None

Your appraisal is scheduled for Monday, November 30 between 9 AM and noon at 22 Birchwood Dr. The appraiser, Kevin Marchand, will call 30 minutes before arrival. Rental coverage is active under your policy up to $40/day for 30 days; Enterprise reservation # 1K4P9X.

If you need anything, reply to this e-mail or call me directly.

Stephanie Roy
Claims Representative, Granite State Mutual
603-228-4410 ext 218
'''))

add('clean', 'clean-lookalike', '', mk(
    F='"IronWorks Fitness - Westlake" <westlake@ironworksfitness.com>',
    T='Alyssa Monroe <alyssamonroe22@gmail.com>',
    S='Your personal training session has been rescheduled',
    D='Wed, 25 Nov 2026 18:02:09 -0800',
    body='''Hi Alyssa,

Your personal training session with Coach Derek has been rescheduled:

  OLD: Thu Nov 26, 7:00 AM (club closed for Thanksgiving)
  NEW: Fri Nov 27, 7:00 AM

Your session package has 4 of 12 sessions remaining (expires 2/28/2027). Your body composition check-in is still on for Dec 10 - remember to come hydrated and skip the workout beforehand for the most accurate reading.

Membership: Premier Monthly, next draft 12/1 ($64.99).

See you on the floor!
IronWorks Fitness Westlake
'''))

add('clean', 'clean-lookalike', '', mk(
    F='"Heartwood Tree Care" <office@heartwoodtreecare.com>',
    T='"Tom & Judy Kessler" <kesslerhome@comcast.net>',
    S='Tree health assessment - 14 Elm Ridge Rd',
    D='Mon, 30 Nov 2026 09:18:27 -0500',
    body='''Hi Tom and Judy,

Thanks for having me out Friday. Summary of what I found on the big red oak by the driveway:

Diagnosis: Bacterial leaf scorch, moderate. Also some early signs of Armillaria root rot at the root flare on the north side (white fungal fans under the bark, a few honey mushrooms).

Condition: fair to poor. Roughly 30% canopy dieback, mostly upper crown.

Treatment plan:
1. Crown cleaning to remove dead wood over the driveway (safety priority) - $1,150
2. Root collar excavation + soil test - $425
3. Re-evaluate in spring. If the root rot has progressed we'll talk about removal before it becomes a hazard.

The two dogwoods look healthy. The white pine has some needle cast but it's cosmetic.

Let me know if you'd like to schedule. We're booking mid-December now.

Luis Ocampo, ISA Certified Arborist NE-7714A
Heartwood Tree Care | 413-584-2290
'''))

add('clean', 'clean-lookalike', '', mk(
    F='"Lakeside Toyota Service" <service@lakesidetoyota.com>',
    T='Maria Greenberg <mgreenberg@fastmail.com>',
    S='Appointment confirmed: Tue 12/8 8:00 AM - Check engine light diagnostic',
    D='Thu, 03 Dec 2026 15:44:00 -0600',
    body='''Hello Maria,

Your service appointment is confirmed.

Date/time: Tuesday, December 8, 8:00 AM
Advisor: Jason Pruett
Vehicle: 2021 Toyota RAV4 Hybrid, 38,214 mi
Services requested:
  - Check engine light diagnostic ($169.95, waived if repair performed here)
  - 40K mile maintenance
  - Recall 24TA11 (fuel pump) - covered

Estimated wait: 3 hours. Complimentary shuttle within 10 miles, or a loaner if available.

Need to reschedule? Call 262-554-8800 or reply to this message.
Lakeside Toyota, Racine WI
'''))

add('clean', 'clean-lookalike', '', mk(
    F='"ShieldGuard Security" <noreply@shieldguard-av.com>',
    T='Kevin Lindgren <klindgren@lindgrenfamily.net>',
    S='Your monthly PC Health Report: 3 infections quarantined',
    D='Tue, 01 Dec 2026 04:00:00 +0000',
    body='''ShieldGuard Total Protection - Monthly Health Report
Account holder: Kevin Lindgren
Device: KEVIN-DESKTOP (Windows 11)

Overall health: GOOD

Scans run: 31 quick, 4 full
Infections found and quarantined: 3
  - Trojan.GenericKD.71422 (C:\\Users\\Kevin\\Downloads\\invoice_nov.zip)
  - PUP.Optional.BrowserAssist
  - Adware.Tracker.Cookie (x14 cleaned)
Vulnerabilities: 1 (Chrome update pending)
Disk health: 62% free, no errors

Your subscription renews on 01/09/2027 for $49.99/yr.

Stay safe online,
The ShieldGuard Team
'''))

# =========================== clean-news ===========================

add('clean', 'clean-news', '', mk(
    F='"Prairie Wind Clinic" <news@prairiewindclinic.org>',
    T='"Prairie Wind Community List" <community@lists.prairiewindclinic.org>',
    S='Free flu shot & COVID booster clinics - December schedule',
    D='Tue, 01 Dec 2026 12:00:00 -0700',
    body='''Yá'át'ééh and hello neighbors,

Flu season is here and cases in our area have doubled in the last two weeks. Prairie Wind Clinic is holding free walk-in vaccine clinics this month. No appointment, no insurance needed.

  Sat Dec 5    9am-1pm   Chapter House, Many Farms
  Wed Dec 9    3pm-7pm   Prairie Wind Clinic lobby
  Sat Dec 12   9am-1pm   Round Rock Senior Center
  Thu Dec 17   3pm-7pm   Prairie Wind Clinic lobby

Flu shots for everyone 6 months and older. Updated COVID boosters for adults 65+ and anyone with a chronic condition. High-dose flu vaccine available for 65+.

Tips to stay well this winter: wash hands often, stay home when sick, and check on elders who live alone.

Prairie Wind Clinic, (928) 674-2000
To unsubscribe reply STOP.
'''))

add('clean', 'clean-news', '', mk(
    F='"Hennepin Valley Public Health" <hvph-alerts@hennepinvalley.gov>',
    T='"Health Alert Network - Providers" <han-providers@lists.hennepinvalley.gov>',
    S='HEALTH ADVISORY: Measles cases in Hennepin Valley County - 4 confirmed',
    D='Fri, 27 Nov 2026 17:30:00 -0600',
    body='''HEALTH ADVISORY - HVPH-2026-14
Distribution: hospitals, urgent cares, clinics, schools, childcare centers

Summary: Hennepin Valley Public Health has confirmed 4 measles cases since November 19. All are unvaccinated children aged 1-7 years from two households. No deaths. Two were hospitalized. Exposure locations include:
  - Riverside Mall food court, Nov 21, 12:00-3:30 PM
  - Northgate Urgent Care waiting room, Nov 23, 6:00-9:30 PM

Recommendations for clinicians:
1. Consider measles in any patient with fever and rash, especially with cough, coryza or conjunctivitis.
2. Mask and isolate suspected cases immediately; do not use the waiting room.
3. Report suspected cases by phone within 24 hours to 612-555-0100 (24/7). Do not wait for lab confirmation.
4. Collect NP swab for measles PCR and serum for IgM.
5. Review MMR status of staff and patients; offer MMR catch-up.

Next update: Dec 4 or sooner if needed.
'''))

add('clean', 'clean-news', '', mk(
    F='"Clinical Research Office" <research@ozarkhealthsystem.org>',
    T='"Ozark Primary Care Providers" <pc-providers@ozarkhealthsystem.org>',
    S='Now enrolling: STRIDE-HF walking program study - referrals welcome',
    D='Wed, 18 Nov 2026 10:15:00 -0600',
    html='''<html><body style="font-family:Georgia,serif;font-size:11pt">
<h3>STRIDE-HF: A home walking program for adults with heart failure</h3>
<p>The Ozark Health System Clinical Research Office is enrolling participants in a 24-week study comparing a coached home walking program with usual care.</p>
<p><b>Who may qualify:</b> adults 50-85 with heart failure (any ejection fraction), NYHA class II-III, able to walk without assistance from another person.</p>
<p><b>What's involved:</b> 4 study visits, a step counter, weekly phone coaching. Participants receive up to $200 for their time.</p>
<p><b>How to refer:</b> give interested patients the attached flyer or have them call the study coordinator at 417-555-0182. Please do not send patient information by e-mail; the coordinator will screen by phone.</p>
<p>IRB #2026-0419. PI: Dr. Anita Chowdhury, Cardiology.</p>
</body></html>''',
    atts=[att('STRIDE-HF_flyer.html', '''<html><head><title>STRIDE-HF Study</title></head>
<body style="font-family:Arial;text-align:center">
<h1>Do you have heart failure?</h1>
<h2>Want to walk your way to feeling better?</h2>
<p>Ozark Health System is looking for adults age 50-85 with heart failure<br>to join a 24-week home walking study.</p>
<ul style="display:inline-block;text-align:left">
<li>Free step counter</li><li>Weekly phone coaching</li><li>Up to $200 for your time</li></ul>
<p><b>Call the study coordinator: 417-555-0182</b></p>
<p style="font-size:9pt">IRB #2026-0419 &middot; Principal Investigator: Anita Chowdhury, MD</p>
</body></html>''', 'text/html')]))

add('clean', 'clean-news', '', mk(
    F='"FM Residency Journal Club" <jclub@cedarforkfamilymed.com>',
    T='"Residents and Faculty" <fm-all@cedarforkfamilymed.com>',
    S='Journal club Thurs: early vs delayed antibiotics for acute otitis media',
    D='Mon, 30 Nov 2026 07:30:00 -0600',
    body='''Journal club this Thursday 12:15, conference room B, lunch provided (tacos).

Article: Lindqvist et al. "Immediate versus watchful-waiting antibiotic strategy for acute otitis media in children 6-35 months: a pragmatic cluster-randomized trial." (fictional summary below for discussion)

  Design: 62 practices randomized, 4,108 children
  Primary outcome: clinical failure at day 10-12
    Immediate: 9.1%   Watchful waiting: 12.6%  (absolute diff 3.5%, NNT ~29)
  Antibiotic use: 98% vs 41%
  Diarrhea / diaper rash: 24% vs 13%
  No difference in mastoiditis (1 vs 1 case)

Questions to think about:
1. Is the NNT worth the antibiotic exposure in a rural practice where follow-up is hard?
2. How would you explain watchful waiting to a parent who drove 45 minutes?

Presenter: Dr. Okafor (PGY3). Faculty: Dr. Keller.
'''))

add('clean', 'clean-news', '', mk(
    F='"Tri-County Overdose Prevention Coalition" <info@tricountyodpc.org>',
    T='"Coalition Members" <members@lists.tricountyodpc.org>',
    S='November dashboard update + naloxone distribution numbers',
    D='Thu, 03 Dec 2026 09:00:00 -0500',
    body='''Hi coalition members,

The November data dashboard is live at tricountyodpc.org/dashboard. Highlights:

- Suspected overdose ED visits: 142 (October: 167), down 15%
- Confirmed overdose deaths YTD: 61, compared with 88 at this point in 2025
- Fentanyl involved in 84% of deaths with completed toxicology; xylazine in 23%
- Naloxone kits distributed in November: 1,930 (pharmacies 610, vending machines 412, outreach 908)

The new naloxone vending machine at the Route 9 library branch was emptied and restocked 3 times in its first month.

Next meeting: Dec 16, 6 pm, County Health Dept, room 104 and on Zoom.

Thanks,
Coalition staff
'''))

add('clean', 'clean-news', '', mk(
    F='"Pharmacy Drug Information Service" <druginfo@harborpointhealth.org>',
    T='"Harbor Point Prescribers" <prescribers@harborpointhealth.org>',
    S='Drug shortage & recall digest - week of Nov 30',
    D='Mon, 30 Nov 2026 06:45:00 -0800',
    body='''DRUG SHORTAGE & RECALL DIGEST - Week of November 30, 2026

SHORTAGES
* Amoxicillin 400 mg/5 mL suspension - intermittent. Use 250 mg/5 mL and adjust volume, or amox-clav if clinically appropriate. Outpatient pharmacies report supply through mid-Dec.
* Lidocaine 1% 20 mL vials - allocation. OR and ED prioritized.
* Methylphenidate ER 36 mg - ongoing national shortage; consider alternative strengths.

RECALLS
* Lot-specific voluntary recall of metformin ER 750 mg (manufacturer: Granules) for NDMA above limits. Lots listed in the FDA notice. Patients should not stop taking metformin without talking to their prescriber; pharmacies will exchange.
* Class II recall of one brand of saline flush syringes (lot 4C1187) for particulate matter. Our stock is not affected.

Questions: druginfo@harborpointhealth.org / x6150
'''))

# =========================== clean-training ===========================

add('clean', 'clean-training', '', mk(
    F='"Epic Training Team" <epictraining@northshorehealthpartners.org>',
    T='"New Hire RN Cohort Dec" <rn-cohort-dec@northshorehealthpartners.org>',
    S='Prep for Tuesday\'s Epic class - your practice patients',
    D='Fri, 04 Dec 2026 15:00:00 -0600',
    body='''Welcome to the December RN cohort!

For Tuesday's Inpatient ClinDoc class (8:00-4:30, Training Room 2) you'll log into the PLY (playground) environment with the username on your badge sticker + "TRN". Each of you has your own set of practice patients. They are fake and live only in PLY, so chart on them freely:

  ZZZTEST, MICKEY       MRN 9000101   "admitted" for practice MAR and I&O
  ZZZTEST, MINNIE       MRN 9000102   practice for blood transfusion documentation
  ZZZTRAIN, DONALD      MRN 9000103   practice for wound/LDA documentation

If you see a real patient name in PLY, stop and tell the instructor right away.

Bring your badge. Class will not start without badge access to Training Room 2.

Epic Training Team
'''))

_hl7_spec = '''INTERFACE SPECIFICATION - ADT FEED TO PACS (v1.3, DRAFT)
Section 4.2 Example A04 (Register outpatient)

NOTE: All data below is fabricated test data.

MSH|^~\\&|EPIC|NSHP|PACS|NSHP-RAD|20260101120000||ADT^A04|MSG00001|T|2.5.1
EVN|A04|20260101120000
PID|1||123456^^^NSHP^MR||DOE^JANE^Q||19800101|F|||123 MAIN ST^^ANYTOWN^ZZ^00000||(000)000-0000
PV1|1|O|RAD^^^NSHP||||9999999999^TEST^PROVIDER^^^^MD

Field notes:
 PID-3   MRN, component 4 must be "NSHP" (assigning authority). Required.
 PID-5   Patient name, family^given^middle. Max 48 chars total.
 PID-7   Date of birth YYYYMMDD. Required.
 MSH-11  Use T in TEST, P in PROD. PACS will reject P messages in TEST.
'''

add('clean', 'clean-training', '', mk(
    F='"Sanjay Iyer" <siyer@northshorehealthpartners.org>',
    T='"Rad IT - Vendor Onboarding" <radit@northshorehealthpartners.org>',
    CC='"Kim Toller (PACS vendor)" <ktoller@clearviewpacs.com>',
    S='ADT spec draft v1.3 for review',
    D='Wed, 02 Dec 2026 11:20:00 -0600',
    body='''Kim, team,

Attached is v1.3 of the ADT spec. Main change is section 4.2 - I added a full example A04 so your devs can test the parser. Test data only, it's the usual DOE^JANE.

Please send comments by 12/9 so we can get to validation testing before the freeze.

Sanjay Iyer
Integration Analyst
''',
    atts=[att('ADT_PACS_spec_v1.3_sec4.txt', _hl7_spec, 'text/plain')]))

add('clean', 'clean-training', '', mk(
    F='"Clinical Education" <clined@riverviewregional.org>',
    T='"5 West RNs" <5west-rn@riverviewregional.org>',
    S='December skills fair case study - sepsis (please read before your station)',
    D='Mon, 30 Nov 2026 08:00:00 -0600',
    body='''Please read this case before you come to the sepsis station at the skills fair. It's a composite, not a real patient.

CASE: Mr. A is a 67-year-old man admitted from the ED with pneumonia. At 0200 the nurse finds him more confused than at 2200. Vitals: T 38.9, HR 118, RR 26, BP 88/50, SpO2 89% on 2 L.

1. Which qSOFA criteria does Mr. A meet?
2. What is your first call, and what will you say? Use SBAR.
3. The provider orders a 30 mL/kg bolus. Mr. A weighs 80 kg. How much fluid, and over how long per our protocol?
4. The lactate comes back 4.3. What happens next?

Answer key will be reviewed at the station.

Skills fair: Dec 8-10, 0700-0900 and 1500-1700, Education Center.
Marisa Kendrick, MSN, RN-BC, Clinical Educator
'''))

add('clean', 'clean-training', '', mk(
    F='"Coding Corner" <codingcorner@shelbyruralhealth.org>',
    T='"Providers and Coders" <providers-coders@shelbyruralhealth.org>',
    S='Coding Corner #47: Diabetes with complications - stop using E11.9',
    D='Wed, 25 Nov 2026 07:00:00 -0600',
    body='''CODING CORNER #47

Our audit this quarter found E11.9 (type 2 diabetes without complications) on 41% of diabetes visits, even when the note documents a complication. Each of these is a missed opportunity for accuracy (and for risk adjustment).

ICD-10-CM assumes a link between diabetes and certain conditions ("with" convention). Some examples:

  Documented in note                               Code
  T2DM + CKD stage 3a                              E11.22 + N18.31
  T2DM + peripheral neuropathy                     E11.42
  T2DM + hyperglycemia (A1c above goal)            E11.65
  T2DM on insulin                                  add Z79.4
  T2DM on oral meds only                           add Z79.84

Tip: "DM2 - uncontrolled" is not enough. Say whether it's hyper- or hypoglycemia.

Questions? Reply or grab us at the Tuesday lunch huddle.
Shelby Rural Health Coding Team
'''))

add('clean', 'clean-training', '', mk(
    F='"Education & Staff Development" <education@pinecrestcarecenter.com>',
    T='"All Nursing Staff" <nursing@pinecrestcarecenter.com>',
    S='BLS recert sessions - December/January',
    D='Tue, 01 Dec 2026 14:10:00 -0500',
    body='''Hi everyone,

If your BLS card expires before the end of February, please sign up for one of these sessions. HeartCode online part must be done BEFORE you come to the skills check.

  Thu Dec 10   0730 and 1430
  Tue Dec 22   1430
  Wed Jan 6    0730 and 1430
  Mon Jan 18   1900 (for night shift)

Skills check takes about 45 min. Bring a copy of your HeartCode certificate.

11 staff currently have cards expiring in December. Your supervisor has the list. You cannot work the floor with an expired card.

Thanks,
Marjorie Lyle RN, Staff Development
'''))

_companion = '''2300 CLAIM INFORMATION - EXAMPLE (TEST DATA)

  NM1*IL*1*SUBSCRIBER*TEST*A***MI*TEST00000001~
  N3*100 TEST STREET~
  N4*ANYTOWN*TX*75000~
  DMG*D8*19000101*U~
  CLM*TESTCLM0001*100.00***11:B:1*Y*A*Y*Y~
  HI*ABK:Z0000~
  LX*1~
  SV1*HC:99213*100.00*UN*1***1~
  DTP*472*D8*20260101~

Notes:
- Member ID (NM1*IL, element 09) must be the 12-character ID on the card INCLUDING the 3-letter prefix.
- DMG*D8 date is required for all subscribers when subscriber is the patient.
- Test files must be sent with ISA15 = T. Production files sent with T will be rejected.
'''

add('clean', 'clean-training', '', mk(
    F='"EDI Enrollment - BCBS Texas" <edi-enrollment@bcbstx-edi.example.com>',
    T='"Tammy Gholson" <billing@clearforkmedical.com>',
    S='Re: Ticket 88213 - companion guide section for 2010BA',
    D='Mon, 23 Nov 2026 09:12:00 -0600',
    body='''Hi Tammy,

The IK3 in your 999 points to loop 2010BA. Our companion guide requires the full member ID with the 3-letter prefix. I've pasted the relevant example from the guide below; it uses our standard test subscriber, not your claim.

''' + _companion + '''
Once you've corrected the ID in your practice management system, resubmit as a new original claim (frequency code 1).

Regards,
EDI Enrollment Services
'''))


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for label, kind, patient, msg in MSGS:
        counters[kind] = counters.get(kind, 0) + 1
        fname = '%s-%03d.eml' % (kind, counters[kind])
        i = 0
        for part in msg.walk():
            if part.is_multipart() and part.get_content_maintype() == 'multipart':
                i += 1
                h = hashlib.md5((fname + str(i)).encode()).hexdigest()[:16]
                part.set_boundary('----=_NextPart_%03d_%s' % (i, h))
        bio = io.BytesIO()
        BytesGenerator(bio, mangle_from_=False).flatten(msg)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(bio.getvalue())
        rows.append((fname, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counters):
        print(k, counters[k])
    print('total', len(rows))


if __name__ == '__main__':
    main()
