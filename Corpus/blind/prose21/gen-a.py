#!/usr/bin/env python3
"""Blind eval set prose21a: clinic contact center / portal / volunteer / chaplaincy / outside parties.
Every message below was written by hand. Standard library only, deterministic."""
import random, os, csv, io, zipfile, base64, quopri, datetime, sys
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr
import email

random.seed(2121)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def T(body, sub='plain', charset='utf-8', cte='qp', fname=None, inline=False):
    p = MIMEBase('text', sub, charset=charset)
    raw = body.encode(charset)
    if cte == 'b64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    elif all(b < 128 for b in raw) and cte != 'qpforce' and max((len(l) for l in raw.split(b'\n')), default=0) < 990:
        p.set_payload(raw.decode('ascii'))
        p['Content-Transfer-Encoding'] = '7bit'
    else:
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    if fname:
        p.add_header('Content-Disposition', 'inline' if inline else 'attachment', filename=fname)
    return p

def B(data, fname, maintype='application', subtype='octet-stream'):
    if isinstance(data, str):
        data = data.encode('utf-8')
    p = MIMEBase(maintype, subtype, name=fname)
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p

def Z(files, fname):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return B(buf.getvalue(), fname, 'application', 'zip')

def ALT(text, html, charset='utf-8', cte='qp'):
    a = MIMEMultipart('alternative')
    a.attach(T(text, 'plain', charset, cte))
    a.attach(T(html, 'html', charset, cte))
    return a

def FWD(inner):
    return MIMEMessage(inner)

def h(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8')

def addr(s):
    out = []
    for part in s.split(';'):
        part = part.strip()
        if not part: continue
        if '<' in part:
            name, a = part.split('<', 1)
            name = name.strip().strip('"')
            a = a.rstrip('>').strip()
            try:
                name.encode('ascii'); out.append(formataddr((name, a)))
            except UnicodeEncodeError:
                out.append(formataddr((name, a), charset='utf-8'))
        else:
            out.append(part)
    return ', '.join(out)

def D(s, tz=-5):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)

def M(frm, to, subj, date, parts, cc=None, tz=-5, extra=None, mixed=None):
    if not isinstance(parts, list): parts = [parts]
    if len(parts) == 1 and not mixed:
        msg = parts[0]
    else:
        msg = MIMEMultipart(mixed or 'mixed')
        for p in parts: msg.attach(p)
    msg['From'] = addr(frm)
    msg['To'] = addr(to)
    if cc: msg['Cc'] = addr(cc)
    msg['Subject'] = h(subj)
    msg['Date'] = D(date, tz)
    dom = parseaddr(addr(frm).split(',')[0])[1].split('@')[-1] or 'localhost'
    msg['Message-ID'] = '<%012x.%d@%s>' % (random.randrange(16**12), len(MSGS) + 1, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items(): msg[k] = v
    return msg

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

SIG_WMC = """
--
Westbrook Multispecialty Clinic | Patient Access Center
2200 Larkin Parkway, Suite 100, Carver City
Main 614-338-2200 | Fax 614-338-2290
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the named recipient. If you received it in error, please notify the sender and delete it."""

HTML_HEAD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.grid td, table.grid th {border:1px solid #A6A6A6; padding:2pt 5pt; font-size:10pt; font-family:Calibri,sans-serif;}
.sig {color:#1F3864; font-size:9pt;}
.disc {color:#7F7F7F; font-size:7.5pt;}
</style></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">
"""
HTML_TAIL = """<p class="MsoNormal disc">CONFIDENTIALITY NOTICE: This message and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.</p>
</div></body></html>"""

def htmlsig(name, title, phone):
    return '<p class="MsoNormal sig"><b>%s</b><br>%s<br>Westbrook Multispecialty Clinic<br>%s</p>' % (name, title, phone)

# ============================ PHI-CARE =====================================
add('phi', 'care', 'Whitfield', M(
    'Renee Ostrowski RN <rostrowski@westbrookclinic.org>', 'Dr. Anil Pryce <apryce@westbrookclinic.org>',
    'Triage callback - Whitfield', '2026-11-23 10:42', T("""Dr. Pryce,

Returned call to Darnell Whitfield at 10:20 this morning (cell on file). He is 3 days out from his right knee scope with Dr. Halvorsen and says the dressing has some pink drainage, no fever, pain 4/10 on the tramadol. He has been icing and keeping it up.

I told him it's OK to change the outer dressing, leave the steri-strips alone, and call back tonight if the drainage soaks through or if he gets a temp over 101. He asked if he can drive to work Wednesday, I said I'd check with you since it's his right leg.

He also wants to know if the post-op visit on 12/1 can be a video visit. I left that with scheduling.

Renee Ostrowski, RN
Nurse Triage Line x4417
""")))

add('phi', 'care', 'Quintero', M(
    'Refill Queue <rxrefill-noreply@westbrookclinic.org>', 'Pool - IM Refills <im-refills@westbrookclinic.org>',
    'Refill request: QUINTERO, MARISOL - lisinopril', '2026-11-24 07:05',
    ALT("""REFILL REQUEST  (received via Patient Portal)

Patient: Marisol Quintero
MRN: 10293384
Medication: lisinopril 20 mg tablet, take 1 tablet by mouth daily
Last filled: 10/22/2026 (#30, 0 refills remaining)
Pharmacy: Greenway Pharmacy #212, 1840 Oak Hollow Rd, 614-770-3121
Last office visit with PCP: 05/14/2026 (Dr. Celeste Amsel)
Protocol check: BMP last resulted 05/14/2026 - OUTSIDE 6-month window

Patient comment: "I have 4 pills left. Can you send it today please, I can do the blood work whenever."

Please route to PCP or pend per refill protocol.
""", HTML_HEAD + """<p class="MsoNormal"><b>REFILL REQUEST</b> (received via Patient Portal)</p><br>
<table class="grid"><tr><th>Patient</th><td>Marisol Quintero</td></tr>
<tr><th>MRN</th><td>10293384</td></tr>
<tr><th>Medication</th><td>lisinopril 20 mg tablet, take 1 tablet by mouth daily</td></tr>
<tr><th>Last filled</th><td>10/22/2026 (#30, 0 refills remaining)</td></tr>
<tr><th>Pharmacy</th><td>Greenway Pharmacy #212, 1840 Oak Hollow Rd, 614-770-3121</td></tr>
<tr><th>Last office visit</th><td>05/14/2026 (Dr. Celeste Amsel)</td></tr>
<tr><th>Protocol check</th><td style="color:#C00000">BMP last resulted 05/14/2026 - OUTSIDE 6-month window</td></tr></table>
<p class="MsoNormal"><br><i>Patient comment:</i> &quot;I have 4 pills left. Can you send it today please, I can do the blood work whenever.&quot;</p>
<p class="MsoNormal">Please route to PCP or pend per refill protocol.</p>""" + HTML_TAIL)))

add('phi', 'care', 'Lindqvist', M(
    'Westbrook Clinic Reminders <reminders@westbrookclinic.org>', 'Erik Lindqvist <elindqvist62@fastmail.com>',
    'Reminder: your appointment on Thursday, December 3', '2026-12-01 06:00',
    ALT("""Hello Erik,

This is a reminder of your upcoming appointment:

  Thursday, December 3, 2026 at 8:15 AM
  Gastroenterology - Dr. Farah Siddiqui
  Westbrook Endoscopy Suite, 2nd floor, 2200 Larkin Parkway

Procedure: Colonoscopy
Please follow the bowel prep instructions you were given. Nothing to eat or drink after midnight except clear liquids until 4 hours before your arrival. You must have an adult drive you home.

Reply C to confirm or call 614-338-2200 to reschedule.

Westbrook Multispecialty Clinic
""", """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#0B5C8E;color:#fff;padding:12px 18px;font-size:18px">Westbrook Multispecialty Clinic</div>
<div style="padding:18px">
<p>Hello Erik,</p><p>This is a reminder of your upcoming appointment:</p>
<table style="border-left:4px solid #0B5C8E;padding-left:10px"><tr><td><b>Thursday, December 3, 2026 at 8:15 AM</b></td></tr>
<tr><td>Gastroenterology - Dr. Farah Siddiqui</td></tr><tr><td>Westbrook Endoscopy Suite, 2nd floor, 2200 Larkin Parkway</td></tr></table>
<p><b>Procedure:</b> Colonoscopy<br>Please follow the bowel prep instructions you were given. Nothing to eat or drink after midnight except clear liquids until 4 hours before your arrival. You must have an adult drive you home.</p>
<p><a href="https://portal.westbrookclinic.org/appt/confirm?t=8f31c0">Confirm</a> &nbsp;|&nbsp; <a href="https://portal.westbrookclinic.org/appt/resched?t=8f31c0">Reschedule</a></p>
<p style="font-size:11px;color:#777">Please do not reply with personal health questions. Use the patient portal for secure messages.</p></div></body></html>""")))

m_inner = """> Tamsin,
> Is there any way to get Mr. Okafor in sooner for the MRI of his shoulder? He's on the waitlist for the 18th but he says he can come same-day if we call him. Ortho wants it before his 12/14 follow-up with Dr. Beaumont.
>
> Thx, Leon
"""
add('phi', 'care', 'Okafor', M(
    'Tamsin Hale <thale@westbrookclinic.org>', 'Leon Marchetti <lmarchetti@westbrookclinic.org>',
    'RE: MRI waitlist - can we bump Okafor?', '2026-11-30 15:27', T("""Got him. There was a cancellation Wed 12/2 at 6:40 pm on the 3T. I called Chidi Okafor and he took it, said he'd be there by 6:15. Screening form is done, no implants. Auth from his plan is still good through 12/31.

I took him off the waitlist for the 18th so that slot can go to the next person.

Tamsin

-----Original Message-----
From: Leon Marchetti
Sent: Monday, November 30, 2026 2:58 PM
To: Tamsin Hale <thale@westbrookclinic.org>
Subject: MRI waitlist - can we bump Okafor?

""" + m_inner)))

add('phi', 'care', 'Lin', M(
    'Marguerite Olsen <molsen@westbrookclinic.org>', 'Interpreter Services <interpreters@stagatha.org>',
    'Interpreter request 12/9 2:30pm Mandarin - Cardiology', '2026-12-02 11:10', T("""Hi team,

Requesting an in-person Mandarin interpreter please:

Patient: Lin Xiuying (goes by Mrs. Lin), MRN 10088271
Date/time: Wednesday 12/9, 2:30 pm (arrive 2:15)
Location: Heart & Vascular, 3rd floor, room 310
Visit: echocardiogram, then follow-up with Dr. Nwosu to go over the results and her medications
Est. length: 90 min

Her son usually comes with her but the family asked that we not use him to interpret for this one. Video interpreter did not work well last time (she's hard of hearing), so in-person is really preferred.

Thank you!
Marguerite Olsen
Patient Care Coordinator, Heart & Vascular
614-338-2471
""")))

add('phi', 'care', 'Paulsen', M(
    'APS Unit - Northfield Mutual Life <aps.requests@northfieldmutual.com>', 'Release of Information <roi@westbrookclinic.org>',
    'Attending Physician Statement request - Gregory A. Paulsen', '2026-11-19 13:48', [
    T("""To the Medical Records Department:

Northfield Mutual Life Insurance Company is underwriting an application for individual life coverage. The proposed insured has signed an authorization (enclosed) permitting release of records to us.

Proposed insured: Gregory A. Paulsen
Date of birth: 09/27/1971
Policy application no.: NML-4471-20938

Please provide copies of the following for the period 01/01/2021 to present:
  - Office visit notes (all providers)
  - Laboratory and imaging reports, including the stress test performed in 2024
  - Medication list
  - Any specialist consultation notes

If a fee applies, please invoice us referencing the application number. Records may be faxed to 1-860-555-0148 or uploaded at the link in the enclosed letter.

Sincerely,
Denise Caruso
APS Coordinator, Underwriting Services
Northfield Mutual Life Insurance Company
"""),
    T("""NORTHFIELD MUTUAL LIFE INSURANCE COMPANY
AUTHORIZATION TO OBTAIN AND DISCLOSE INFORMATION

I, Gregory A. Paulsen (DOB 09/27/1971), authorize any physician, medical practitioner, hospital, clinic or other medical facility ... to give Northfield Mutual Life Insurance Company or its reinsurers any information about my physical or mental health, treatment, prescriptions ... This authorization is valid for 24 months from the date signed.

Signed: /s/ Gregory A. Paulsen      Date: 11/02/2026
Home address: 48 Fennimore Lane, Carver City
""", fname='Paulsen_Authorization_signed.txt')]))

add('phi', 'care', 'Brooks', M(
    'Leave Administration <leave@clearpathabsence.com>', 'Forms Desk <forms@westbrookclinic.org>',
    'FMLA certification due 12/11 - Tanya Brooks (employee of Harlan Logistics)', '2026-11-27 09:02', ALT(
"""Dear Provider,

ClearPath Absence Management administers family and medical leave for Harlan Logistics. Your patient, Tanya Brooks, has requested continuous leave beginning 01/06/2027 in connection with a scheduled surgery to be performed at your facility.

To process the request we need the Certification of Health Care Provider (WH-380-E) completed and returned by 12/11/2026. Please be sure to include:
  * the date of the procedure and expected length of the hospital stay, if any
  * the expected date she will be able to return to work, and any restrictions
  * the frequency of follow-up appointments during recovery

The blank form is available on our provider page. You may fax the completed form to 844-310-7765, Attn: Claim 26-FM-0098812.

Thank you,
Jordan Akers | Leave Specialist
ClearPath Absence Management
""",
HTML_HEAD + """<p class="MsoNormal">Dear Provider,</p><br><p class="MsoNormal">ClearPath Absence Management administers family and medical leave for Harlan Logistics. Your patient, <b>Tanya Brooks</b>, has requested continuous leave beginning <b>01/06/2027</b> in connection with a scheduled surgery to be performed at your facility.</p><br>
<p class="MsoNormal">To process the request we need the Certification of Health Care Provider (WH-380-E) completed and returned by <b>12/11/2026</b>. Please be sure to include:</p>
<ul><li>the date of the procedure and expected length of the hospital stay, if any</li><li>the expected date she will be able to return to work, and any restrictions</li><li>the frequency of follow-up appointments during recovery</li></ul>
<p class="MsoNormal">You may fax the completed form to 844-310-7765, Attn: Claim 26-FM-0098812.</p><br>
<p class="MsoNormal">Thank you,<br>Jordan Akers | Leave Specialist<br>ClearPath Absence Management</p>""" + HTML_TAIL)))

add('phi', 'care', 'Castillo', M(
    'Bev Hartung LPN <bhartung@westbrookclinic.org>', 'Dr. Celeste Amsel <camsel@westbrookclinic.org>',
    'result call done', '2026-11-20 16:51', T("""Called Ruben Castillo w/ his A1c from Tuesday (6.1, down from 6.6 in May) and the lipid panel. Read him your note word for word. He was very happy. He asked for a paper copy mailed to home, address verified 311 Tillman St Apt 4. Also asked if he still needs the 3-mo recheck in Feb or can push to 6 mo — told him I'd ask you.

Bev
""", cte='b64')))
# ============================ PHI-NAMES ====================================
add('phi', 'names', 'Hargrove', M(
    'Chaplain Ruth Adeyemi <radeyemi@stagatha.org>', 'Volunteer Office <volunteers@stagatha.org>',
    'visit for Bill on 4 West', '2026-11-25 14:03', T("""Hi Dottie,

Could one of the Eucharistic ministers stop by 4 West tomorrow before noon? Bill Hargrove (William, bed 4112) is still with us after the bypass and his wife Joan caught me in the hall to ask if he could receive communion before Thanksgiving. He's on a soft diet so a small piece of host is fine per his nurse, Marcus.

I'm at the Wednesday memorial service at 11 so I can't do it myself. Deacon Phil or Mrs. Szabo would be perfect, he knows Phil from St. Brendan's.

Blessings,
Ruth
Chaplain Ruth Adeyemi, M.Div., BCC
Spiritual Care, St. Agatha Regional Medical Center | pager 3391
""")))

add('phi', 'names', 'Hernandez', M(
    'Kiara Dunmore <kdunmore@westbrookclinic.org>', 'Renee Ostrowski RN <rostrowski@westbrookclinic.org>',
    'Hernandez, Alma - 2nd call today', '2026-12-01 13:37', T("""She called again, very upset, says nobody called her back from this morning about the stitches from Friday. I told her triage would call before 4. Her number is 614-402-9187 (daughter's phone, daughter's name is Lupe). Dr. Pryce said he wants to talk to you first before you call her.

Kiara
Patient Access Rep, front line
""")))

dubois_orig = M('Claire Dubois-Mayer <cdmayer@verizon.net>', 'Patient Relations <patientrelations@stagatha.org>',
    'Complaint - Infusion Center wait', '2026-11-17 21:41', T("""To whom it may concern,

My mother, Yvette Dubois, is 81 years old and she had her iron infusion scheduled at 9:00 this morning in your Infusion Center. She was not taken back until 12:10. Nobody told her why. She is diabetic and had not eaten because she thought she would be done by 10. When I called the desk the woman who answered said "we're doing our best" and hung up.

Mom's infusions are supposed to continue every two weeks through January. I want to know that this will not happen again, and I want someone to explain why her chair was given to someone else.

Claire Dubois-Mayer
Sent from my iPad
"""))
add('phi', 'names', 'Dubois', M(
    'Sharon Whitcombe <swhitcombe@stagatha.org>', 'Infusion Center Leadership <infusion-leaders@stagatha.org>',
    'FW: Complaint - Infusion Center wait', '2026-11-18 10:15', [T("""Logging this one as case PR-26-1187 (original attached). Can someone from Infusion call the daughter back by Friday? I acknowledged receipt already. Mrs. Dubois's next chair time is 12/1, please make sure it's protected.

Sharon Whitcombe
Patient Relations Specialist
"""), FWD(dubois_orig)]))

add('phi', 'names', 'Abernathy', M(
    'Gail Treadwell <gtreadwell@stagatha.org>', 'Peds Day Surgery Staff <pedsds-staff@stagatha.org>',
    'A compliment you all earned!', '2026-11-12 08:30', ALT("""Good morning team,

Patient Relations forwarded this from the Abernathy family and I had to share it with everybody:

"Our son Toby had his tonsils and adenoids out on November 6th and we were so nervous. Keisha in pre-op let him pick the scent for his mask (bubblegum) and Dr. Lau came out personally afterward to tell us it went fine. Toby now tells everyone he 'had a bubblegum surgery.' Thank you, thank you."

Keisha and Dr. Lau, you'll each get a Shining Star card at huddle. Great work.

Gail Treadwell, RN, Nurse Manager - Pediatric Day Surgery
""", HTML_HEAD + """<p class="MsoNormal">Good morning team,</p><br><p class="MsoNormal">Patient Relations forwarded this from the Abernathy family and I had to share it with everybody:</p>
<blockquote style="border-left:3px solid #9DC3E6;padding-left:8px;color:#1F3864"><p class="MsoNormal"><i>&quot;Our son Toby had his tonsils and adenoids out on November 6th and we were so nervous. Keisha in pre-op let him pick the scent for his mask (bubblegum) and Dr. Lau came out personally afterward to tell us it went fine. Toby now tells everyone he 'had a bubblegum surgery.' Thank you, thank you.&quot;</i></p></blockquote>
<p class="MsoNormal">Keisha and Dr. Lau, you'll each get a Shining Star card at huddle. Great work. &#127775;</p><br>""" + htmlsig('Gail Treadwell, RN', 'Nurse Manager - Pediatric Day Surgery', '614-338-5102') + HTML_TAIL)))

add('phi', 'names', 'Ferrante', M(
    'Megan Oyelaran <moyelaran@stagatha.org>', 'Paws for Healing Coordinator <pawsvolunteers@stagatha.org>',
    'dog visit request - 5 North', '2026-11-16 12:19', T("""Hi Bonnie!

Would one of the therapy dog teams be able to swing by 5 North this week? Room 512 - Sal Ferrante ("Big Sal", everyone on the unit calls him that). He's been here since the hip replacement on the 9th and he's getting pretty down, misses his two beagles at home. PT says he's cleared to sit in the chair so a dog could be right next to him. He goes home (probably) Friday so Wed or Thurs would be ideal.

No allergies to dogs per the chart, I double-checked :)

Megan, RN, 5 North
""")))

add('phi', 'names', 'Nguyen', M(
    'Dana Pollard <dpollard@westbrookclinic.org>', 'Yesenia Cordero <ycordero@westbrookclinic.org>',
    'the nguyen boys', '2026-12-02 09:48', T("""hey, mom called about the twins (Kevin and Kyle Nguyen) - both need their 4 yr shots + the flu shot before preschool lets them back on the 7th. she can only do after 3:30. can you double-book them with Dr. Ferreira Friday at 3:45? one visit slot each. she said the younger one (Kyle, by 6 minutes lol) screams so maybe give them the big room.

thx!! d
""")))

sch_q = """From: Cheryl Boyce, RN <cboyce@lakeviewschools.org>
Sent: Wednesday, November 18, 2026 8:14 AM
To: Westbrook Pediatrics <peds@westbrookclinic.org>
Subject: Student absences - Jaylen Reese, grade 7

Good morning,

I am the school nurse at Lakeview Middle School. Jaylen Reese (grade 7) has missed six school days since 11/2. His mother told the attendance office he was seen at your clinic twice during that time and that he has follow-up appointments coming up. Could you confirm the dates he was seen and whether he has any restrictions for PE when he returns? I would also like to know if he needs medication during the school day.

Thank you,
Cheryl Boyce, RN
Lakeview Middle School Health Office, 614-555-0193
"""
add('phi', 'names', 'Reese', M(
    'Westbrook Pediatrics <peds@westbrookclinic.org>', 'Cheryl Boyce, RN <cboyce@lakeviewschools.org>',
    'RE: Student absences - Jaylen Reese, grade 7', '2026-11-18 15:22', T("""Dear Ms. Boyce,

Thank you for reaching out. We are not able to confirm visit dates or share information about Jaylen without a signed authorization from his parent or guardian. I have called his mother and let her know you asked; she said she will stop by to sign the school release form on Friday and will bring you the excuse notes from both visits herself. Once the authorization is on file, Dr. Ferreira can complete your school medication form if one is needed.

Kind regards,
Annette Zhou
Pediatrics Front Desk Lead
""" + SIG_WMC + "\n\n" + sch_q)))
# ============================ PHI-SELF =====================================
add('phi', 'self', 'Pike', M(
    'Dolores Pike <dpike1951@aol.com>', 'info@westbrookclinic.org',
    'Need my heart pill refilled', '2026-11-22 19:33', T("""Hello,

My name is Dolores Pike, my birthday is April 2 1951. I have tried to use the portal but it keeps saying my password is expired and I give up. I need my metoprolol refilled, the 25 mg, I take half in the morning and half at night. Dr. Amsel is my doctor. Please send it to the Kroger on Sawyer Road. I have enough until Wednesday.

Also my feet have been swelling more than usual, is that from the pill?

Thank you,
Dolores
614-891-2204
""", charset='windows-1252')))

add('phi', 'self', 'Kowalczyk', M(
    'Stan Kowalczyk <stan.kowalczyk@gmail.com>', 'Billing Office <billing@westbrookclinic.org>; Patient Relations <patientrelations@stagatha.org>',
    'THIRD time asking - bill for colonoscopy', '2026-11-30 22:07', T("""I am writing for the THIRD time about statement #88120-44 for $1,184.00.

I had a SCREENING colonoscopy on 09/15/2026 with Dr. Siddiqui. Screening is covered 100% under my plan and under the law. Your office coded it as "diagnostic" because she took out two polyps. Nobody told me before the procedure that this could happen and I would be billed. My insurance (Buckeye Health Plan, member ID BHP0441927) says the claim was submitted wrong and needs to be corrected by the provider.

I have called your billing line 4 times. Twice I was on hold more than 40 minutes and the other two times I was told "someone will call you back." Nobody did.

If this is not fixed by 12/15 I will file a complaint with the state and with my insurance company. I will not pay this bill.

Stanley Kowalczyk
DOB 06/11/1958
""")))

add('phi', 'self', 'Haddad', M(
    'Layla Haddad <layla.haddad.pt@outlook.com>', 'Pulmonary Clinic <pulm@westbrookclinic.org>',
    "My father's CT scan results", '2026-12-01 08:12', ALT("""Hello,

I'm writing on behalf of my father, Ahmed Haddad (DOB 3/14/1949). I'm listed on his HIPAA form as his contact. He had a CT of his chest at your Larkin Parkway location last Tuesday (11/24) and we were told someone would call within 3-5 business days with the results. It has now been 5 business days. He has been anxious all week and isn't sleeping.

Can someone please call me at 614-229-5513? He doesn't hear well on the phone. If Dr. Okonjo needs to see him in person to go over it, we can come any day this week.

Thank you,
Layla Haddad
""", """<div dir="ltr" style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Hello,<br><br>I'm writing on behalf of my father, Ahmed Haddad (DOB 3/14/1949). I'm listed on his HIPAA form as his contact. He had a CT of his chest at your Larkin Parkway location last Tuesday (11/24) and we were told someone would call within 3-5 business days with the results. It has now been 5 business days. He has been anxious all week and isn't sleeping.<br><br>Can someone please call me at 614-229-5513? He doesn't hear well on the phone. If Dr. Okonjo needs to see him in person to go over it, we can come any day this week.<br><br>Thank you,<br>Layla Haddad</div>""")))

add('phi', 'self', 'Kravets', M(
    'Olena Kravets <olena.kravets88@ukr.net>', 'Scheduling <scheduling@westbrookclinic.org>',
    'change appointment ultrasound', '2026-11-26 07:55', T("""Hello, 

I am Olena Kravets, I have appointment for the ultrasound (pregnancy, 20 week) on 15 December at 10:30 with the doctor Dr. Bergstrom. But my work give me new schedule and I must work this day. Please can you change to 16 or 17 December, after 14:00 is better. My phone is 614 507 3382, but better write me email because in work I cannot speak phone.

Also I want ask, my husband can come inside with me for the ultrasound? 

Thank you very much,
Olena
""")))

add('phi', 'self', 'Lund', M(
    'Gary Lund <6145551870@vtext.com>', 'frontdesk-im@westbrookclinic.org',
    '', '2026-12-03 10:31', T("""This is Gary Lund running 15 min late for my 10:40 with Dr Amsel, traffic on 33. Still want to be seen for the bp check if you can fit me

Sent from my iPhone""")))

add('phi', 'self', 'Silva', M(
    'Renata Silva <renata.m.silva@yahoo.com>', 'Westbrook Pediatrics <peds@westbrookclinic.org>',
    'school note for Mateo', '2026-12-02 06:48', T("""Good morning,

My son Mateo Silva (DOB 03/09/2014) was seen Monday afternoon by the nurse practitioner, I think her name was Laurel. She looked at his ear and gave him the drops. I forgot to ask for a note for school. He missed Monday and Tuesday. Can you email me a note or put it on the portal? His school is Franklin Elementary.

Thanks so much,
Renata Silva
""")))

reminder = """On Mon, Nov 30, 2026 at 6:00 AM Westbrook Clinic Reminders <reminders@westbrookclinic.org> wrote:
> Hello Bernadette,
>
> This is a reminder of your upcoming appointment:
>
>   Wednesday, December 2, 2026 at 1:20 PM
>   Dermatology - Dr. Yusuf Karimi
>   Westbrook Dermatology, 1st floor, 2200 Larkin Parkway
>
> Visit type: Mole check / skin biopsy follow-up
>
> Reply C to confirm or call 614-338-2200 to reschedule.
>
> Westbrook Multispecialty Clinic
"""
add('phi', 'self', 'Oyelowo', M(
    'Bernadette Oyelowo <b.oyelowo@comcast.net>', 'Westbrook Clinic Reminders <reminders@westbrookclinic.org>',
    'Re: Reminder: your appointment on Wednesday, December 2', '2026-11-30 06:12', T("""C

""" + reminder)))

add('phi', 'self', 'Beckett', M(
    'Westbrook MyChart <noreply-portal@westbrookclinic.org>', 'Pool - Spine Clinic Messages <spine-msgs@westbrookclinic.org>',
    'New patient message: Question about my MRI', '2026-11-28 11:04', ALT("""You have a new secure message in the In Basket.

From: Harold Beckett (MRN 10455612)
To: Dr. Sophia Marchand, Spine Center
Subject: Question about my MRI

Dr. Marchand, I saw my MRI report posted in the portal last night before you had a chance to call. It says "moderate L4-L5 disc bulge with mild foraminal narrowing" and "facet arthropathy." What does that mean and is that why my left leg goes numb when I stand at work? Do I need surgery? I'm supposed to start physical therapy next week, should I still go? Thanks, Hal Beckett

To reply, log in to the In Basket. Do not reply to this e-mail.
""", """<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>You have a new secure message in the In Basket.</p>
<table cellpadding="3" style="border:1px solid #ccc"><tr><td><b>From:</b></td><td>Harold Beckett (MRN 10455612)</td></tr>
<tr><td><b>To:</b></td><td>Dr. Sophia Marchand, Spine Center</td></tr><tr><td><b>Subject:</b></td><td>Question about my MRI</td></tr></table>
<p style="background:#F4F6F8;padding:10px">Dr. Marchand, I saw my MRI report posted in the portal last night before you had a chance to call. It says &quot;moderate L4-L5 disc bulge with mild foraminal narrowing&quot; and &quot;facet arthropathy.&quot; What does that mean and is that why my left leg goes numb when I stand at work? Do I need surgery? I'm supposed to start physical therapy next week, should I still go? Thanks, Hal Beckett</p>
<p style="color:#888;font-size:11px">To reply, log in to the In Basket. Do not reply to this e-mail.</p></body></html>""")))
# ============================ PHI-LISTS ====================================
add('phi', 'lists', 'Ambrose', M(
    'Luz Herrera CMA <lherrera@westbrookclinic.org>', 'Dr. Celeste Amsel <camsel@westbrookclinic.org>; Dr. Anil Pryce <apryce@westbrookclinic.org>',
    'Refills pended for signature - Tues AM', '2026-12-01 08:05', T("""Good morning, these are pended in your baskets. The 3 marked ** are out today or tomorrow.

Patient                 DOB         Medication                      Pharmacy              Note
----------------------  ----------  ------------------------------  --------------------  ---------------------------
Ambrose, Cecil          02/17/1944  atorvastatin 40mg #90           Walgreens Morse Rd    labs ok 9/2026
**Faleolo, Tavita       11/03/1979  metformin ER 500mg #180         CVS Cleveland Ave     A1c due, appt made 12/10
Wendt, Margit           07/29/1962  levothyroxine 88mcg #90         Mail order (Optum)    TSH 8/2026 nl
**Ocampo, Rodel         05/05/1990  sertraline 100mg #30            Kroger Sawyer Rd      last seen 4/2026 - needs visit?
Birnbaum, Esther        12/12/1938  furosemide 20mg #30             Greenway #212         daughter calling daily
**Tull, Jerome          08/21/1967  amlodipine 10mg #90             Walmart Hamilton Rd   BP 128/80 at nurse visit 11/19

Dr. Pryce - Ocampo is yours, the other five are Dr. Amsel.

Luz
""")))

add('phi', 'lists', 'Pacheco', M(
    'Renee Ostrowski RN <rostrowski@westbrookclinic.org>', 'Triage RN Team <triage-rn@westbrookclinic.org>',
    'callbacks carried over to PM shift', '2026-11-24 12:58', T("""Still open from AM, sorry, phones were nuts. Please grab these first:

- Pacheco, Diana - 34wk, called 11:40, says less movement since last night. PRIORITY. 614-220-8815
- Mr. Lyle Granger - wants to know if he can take Sudafed with his BP meds. 614-378-0042
- Sandy Whitlock (mom of Brayden W., 2y) - fever 102.4 since Sat, drinking ok. wants appt today
- Peter Osei - new rash after starting amoxicillin Friday, no trouble breathing. pharmacist told him to call us
- Ilse Varga - post-op day 5 gallbladder, asking about showering. low priority, just needs info

Thanks - R
""")))

add('phi', 'lists', 'Vo', M(
    'Interpreter Scheduling <interpreters@stagatha.org>', 'Interpreter Staff <interp-staff@stagatha.org>',
    'Tomorrow (Thu 12/3) in-person assignments', '2026-12-02 16:40', ALT("""Thursday 12/3 in-person assignments

08:00  Vietnamese   Vo Thi Hanh         OB/GYN, 2nd fl      prenatal visit + glucose test     -> Tuan
09:30  Spanish      Reyes Batista, Ana  Ortho               cast removal                       -> Marisol
10:15  Somali       Warsame, Hodan      Peds                well child, 2 children             -> Abdirahman
11:00  ASL          Pruitt, Gordon      Cardiology          stress test                        -> CAI agency (confirmed)
13:00  Haitian Cr.  Louis-Jean, Marie   Endocrine           new pt                             -> Fabienne
14:30  Mandarin     Chen, Wei           Oncology infusion   cycle 3                            -> VRI (no in-person avail.)

Reminder: check in at the unit desk, not the main lobby. Text me if a patient no-shows so I can release you.
- Joaquin
""", HTML_HEAD + """<p class="MsoNormal"><b>Thursday 12/3 in-person assignments</b></p><br>
<table class="grid" cellspacing="0"><tr><th>Time</th><th>Language</th><th>Patient</th><th>Location</th><th>Visit</th><th>Interpreter</th></tr>
<tr><td>08:00</td><td>Vietnamese</td><td>Vo Thi Hanh</td><td>OB/GYN, 2nd fl</td><td>prenatal visit + glucose test</td><td>Tuan</td></tr>
<tr><td>09:30</td><td>Spanish</td><td>Reyes Batista, Ana</td><td>Ortho</td><td>cast removal</td><td>Marisol</td></tr>
<tr><td>10:15</td><td>Somali</td><td>Warsame, Hodan</td><td>Peds</td><td>well child, 2 children</td><td>Abdirahman</td></tr>
<tr><td>11:00</td><td>ASL</td><td>Pruitt, Gordon</td><td>Cardiology</td><td>stress test</td><td>CAI agency (confirmed)</td></tr>
<tr><td>13:00</td><td>Haitian Cr.</td><td>Louis-Jean, Marie</td><td>Endocrine</td><td>new pt</td><td>Fabienne</td></tr>
<tr><td>14:30</td><td>Mandarin</td><td>Chen, Wei</td><td>Oncology infusion</td><td>cycle 3</td><td>VRI (no in-person avail.)</td></tr></table>
<p class="MsoNormal"><br>Reminder: check in at the unit desk, not the main lobby. Text me if a patient no-shows so I can release you.<br>- Joaquin</p>""" + HTML_TAIL)))

add('phi', 'lists', 'Gallagher', M(
    'Priya Venkataraman <pvenkataraman@westbrookclinic.org>', 'Derm Schedulers <derm-sched@westbrookclinic.org>',
    'Derm cancellation list - call in this order', '2026-11-30 07:46', T("""Pasted from the waitlist sheet. If you fill a slot put your initials in col F on the shared sheet, not here.

Name\tPhone\tMRN\tReason for visit\tAvailability\tAdded
Gallagher, Fiona\t614-330-1945\t10377120\tspot on back, PCP referral urgent\tany weekday AM\t11/12
Brandt, Oskar\t614-882-0571\t10190456\tfollow-up Mohs, L ear\tTue/Thu only\t11/15
Menon, Deepa\t614-471-6230\t10502218\tpatch testing\tafter 2pm\t11/18
Szymanski, Teresa\t614-765-3309\t10011874\tfull skin exam, hx melanoma 2019\tanytime\t11/19
Akintola, Femi\t614-209-4417\t10488190\tacne, isotretinoin monthly visit\tMon/Wed\t11/22

Priya
""")))

add('phi', 'lists', 'Kaminski', M(
    'Chaplain Tom Greer <tgreer@stagatha.org>', 'Spiritual Care <spiritualcare@stagatha.org>',
    'Weekend rounds handoff', '2026-11-27 17:15', T("""Handoff for Sat/Sun on-call chaplain. Referrals still open:

ICU
  Rm 2207  Walter Kaminski, 77   Catholic     family requested Anointing of the Sick, Fr. Dunleavy notified, call him again Sat AM
  Rm 2211  Nadia Farouk, 45      Muslim       husband asked about a quiet place for prayer; showed him the interfaith chapel
4 West
  Rm 4118  Lorraine Betts, 68    Methodist    going to surgery Mon 7am, wants prayer Sun evening with her sisters
5 North
  Rm 5120  "Joey" Joseph Aiello, 59   none stated   first admission since his wife died; social work also following
L&D
  Rm 3304  Amaya & Diego Torres        Catholic     baby girl born 11/26 in NICU; parents asked about a blessing, not urgent

Tom
""")))

add('phi', 'lists', 'Sandoval', M(
    'Sharon Whitcombe <swhitcombe@stagatha.org>', 'Patient Experience Committee <pxcommittee@stagatha.org>',
    'Open grievances - week of 11/23', '2026-11-29 18:02', ALT("""Open grievances, week of 11/23 (see HTML version for table)

PR-26-1187  Dubois, Yvette (via daughter)  Infusion Center  wait time / rudeness   Infusion mgr to call by 11/20
PR-26-1192  Sandoval, Arturo              ED               bill for ED visit 10/30, says he was told it was urgent care pricing   Billing reviewing
PR-26-1195  Whitaker, June                Contact Center   hold times, 3 dropped calls re: refill   Contact ctr mgr
PR-26-1201  Hsu, Margaret                 Radiology        mammogram results mailed to old address   HIM/Privacy reviewing
""", HTML_HEAD + """<p class="MsoNormal">Open grievances, week of 11/23</p><br>
<table class="grid" cellspacing="0"><tr><th>Case</th><th>Patient</th><th>Dept</th><th>Issue</th><th>Owner / next step</th></tr>
<tr><td>PR-26-1187</td><td>Dubois, Yvette (via daughter)</td><td>Infusion Center</td><td>wait time / rudeness</td><td>Infusion mgr to call by 11/20</td></tr>
<tr><td>PR-26-1192</td><td>Sandoval, Arturo</td><td>ED</td><td>bill for ED visit 10/30, says he was told it was urgent care pricing</td><td>Billing reviewing</td></tr>
<tr><td>PR-26-1195</td><td>Whitaker, June</td><td>Contact Center</td><td>hold times, 3 dropped calls re: refill</td><td>Contact ctr mgr</td></tr>
<tr><td>PR-26-1201</td><td>Hsu, Margaret</td><td>Radiology</td><td>mammogram results mailed to old address</td><td>HIM/Privacy reviewing</td></tr></table><br>""" + HTML_TAIL)))

noshow_csv = """appt_date,appt_time,dept,provider,patient_name,mrn,phone,visit_type,reminder_status
2026-11-30,08:00,FAMILY MED,KESSLER R,"MCALLISTER, DEVON",10298841,6143025518,ANNUAL PHYSICAL,DELIVERED-NO RESPONSE
2026-11-30,09:20,CARDIOLOGY,NWOSU C,"HOLLOWAY, BEATRICE",10044127,6147738120,ECHO FOLLOW UP,CONFIRMED
2026-11-30,10:40,ORTHO,BEAUMONT L,"RIVAS, ERNESTO",10512093,6142260094,POST OP,BOUNCED
2026-11-30,13:00,BEHAVIORAL HLTH,STRAND K,"PEARCE, ALICIA",10466302,6145910476,THERAPY 53 MIN,DELIVERED-NO RESPONSE
2026-11-30,15:15,PEDS,FERREIRA A,"YUSUF, AMINA",10530018,6143321187,WELL CHILD 12 MO,CONFIRMED
"""
add('phi', 'lists', 'McAllister', M(
    'Access Analytics <access-analytics@westbrookclinic.org>', 'Contact Center Supervisors <cc-supervisors@westbrookclinic.org>',
    'No-show report 11/30 (attached)', '2026-12-01 05:30', [T("""Attached is the no-show report for Monday 11/30, 5 no-shows out of 412 scheduled. Supervisors: please assign outreach calls per the no-show script (v3). Patients with reminder_status BOUNCED need phone numbers verified.

This is an automated message from Access Analytics.
"""), T(noshow_csv, 'csv', fname='noshow_2026-11-30.csv')]))
# ============================ PHI-STRUCT ===================================
hl7_oru = "\r".join([
"MSH|^~\\&|LABSYS|WMCLAB|EPIC|WMC|202611241412||ORU^R01|LAB00981237|P|2.5.1",
"PID|1||10377120^^^WMC^MR||GALLAGHER^FIONA^M||19850614|F|||77 Birchwood Ct^^Carver City^OH^43219||6143301945",
"PV1|1|O|WMCDERM^^^WMC||||1093817^KARIMI^YUSUF",
"ORC|RE|ORD5531029|LAB00981237",
"OBR|1|ORD5531029|LAB00981237|88305^SURGICAL PATHOLOGY^CPT|||202611201030|||||||||1093817^KARIMI^YUSUF",
"OBX|1|FT|22637-3^PATH REPORT.FINAL DX^LN||SKIN, MID BACK, SHAVE BIOPSY: COMPOUND NEVUS WITH MILD ATYPIA. MARGINS INVOLVED.||||||F",
""])
add('phi', 'struct', 'Gallagher', M(
    'Interface Monitor <hl7-monitor@westbrookclinic.org>', 'Interface Team <interfaces@westbrookclinic.org>',
    '[ALERT] Inbound ORU rejected - LABSYS->EPIC - AE: provider not found', '2026-11-24 14:13', T("""Interface: LABSYS_ORU_IN (thread 3)
Time: 2026-11-24 14:12:57
Status: ERROR (AE)
Error: OBR-16 ordering provider 1093817 not found in provider master. Message held in error queue.

Message text follows:

""" + hl7_oru.replace("\r", "\n") + """
---
Do not reply to this mailbox. Resubmit from the Interface Console after fixing the provider crosswalk.""")))

x12_271 = "ISA*00*          *00*          *ZZ*BUCKEYEHP      *ZZ*WESTBROOKMG    *261130*0914*^*00501*000004412*0*P*:~GS*HB*BUCKEYEHP*WESTBROOKMG*20261130*0914*4412*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*EL00917203*20261130*0914~HL*1**20*1~NM1*PR*2*BUCKEYE HEALTH PLAN*****PI*34192~HL*2*1*21*1~NM1*1P*2*WESTBROOK MULTISPECIALTY CLINIC*****XX*1639201847~HL*3*2*22*0~TRN*2*EL00917203*9WESTBROOK~NM1*IL*1*KOWALCZYK*STANLEY****MI*BHP0441927~N3*2718 ELM RIDGE DR~N4*CARVER CITY*OH*43224~DMG*D8*19580611*M~DTP*346*D8*20260101~EB*1*IND*30**GOLD PPO 1500~EB*C*IND*30***23*1500*****Y~EB*C*IND*30***29*212.40*****Y~EB*B*IND*98***27*30*****Y~EB*A*IND*AL***27**.2****Y~MSG*SCREENING COLONOSCOPY COVERED AT 100 PERCENT IN NETWORK~SE*19*0001~GE*1*4412~IEA*1*000004412~"
add('phi', 'struct', 'Kowalczyk', M(
    'Tricia Longfellow <tlongfellow@westbrookclinic.org>', 'Carl Ibsen <cibsen@westbrookclinic.org>',
    'elig response for the colonoscopy billing complaint', '2026-12-01 10:05', [T("""Carl, here's the raw 271 I pulled for the patient who emailed billing + patient relations last night. Look at the MSG segment, the plan says screening is 100%. I think we need to rebill with modifier PT. Can you look before the 2pm huddle?

Tricia
"""), B(x12_271, 'ELIG_271_EL00917203.x12')]))

portal_csv = """msg_id\treceived\tpatient\tmrn\tdob\tpool\tsubject\tfirst_line\tstatus
PM-8812301\t2026-11-29 21:14\tAdeyemi, Tolu\t10420917\t1992-01-08\tOB\tBleeding question\tIm 9 weeks and had some spotting tonight, is this normal\tUNREAD
PM-8812307\t2026-11-29 22:50\tStrickland, Ray\t10233845\t1955-10-30\tIM\tRefill\tNeed my oxycodone refilled before the holiday, pain clinic closed\tUNREAD
PM-8812318\t2026-11-30 00:31\tMcBride, Shauna\t10390021\t1978-04-19\tBH\tcan't sleep\tThe new dose of the trazodone isnt helping at all\tUNREAD
PM-8812322\t2026-11-30 05:02\tLe, Danh\t10511174\t2019-07-23\tPEDS\tFever\tmy son have fever 101 since yesterday night\tUNREAD
PM-8812330\t2026-11-30 06:45\tOrtega, Bianca\t10044561\t1966-12-02\tRAD\tMammogram appt\tCan I reschedule my mammogram from Thursday to next week\tUNREAD
"""
add('phi', 'struct', 'Adeyemi', M(
    'Joan Feeney <jfeeney@westbrookclinic.org>', 'Triage RN Team <triage-rn@westbrookclinic.org>',
    'Overnight portal msgs not routed - export attached', '2026-11-30 07:12', [T("""Morning all - the pool routing rule broke over the weekend (IT ticket INC0449210) and these five sat unassigned overnight. Export attached. Please split them up by 8:30 and reply here with who took what. The OB one first please.

Joan Feeney, RN
Clinical Manager, Nurse Triage & Contact Center
"""), T(portal_csv, 'tab-separated-values', fname='unrouted_portal_msgs_20261130.tsv')]))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "wmc-10488190",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "10488190"}],
        "name": [{"family": "Akintola", "given": ["Femi", "Oluwaseun"]}],
        "telecom": [{"system": "phone", "value": "614-209-4417", "use": "mobile"}],
        "gender": "male",
        "birthDate": "2007-05-21"
      }
    },
    {
      "resource": {
        "resourceType": "Appointment",
        "id": "appt-7731902",
        "status": "booked",
        "serviceType": [{"text": "Dermatology - iPLEDGE monthly visit"}],
        "start": "2026-12-07T09:40:00-05:00",
        "end": "2026-12-07T10:00:00-05:00",
        "participant": [
          {"actor": {"reference": "Patient/wmc-10488190", "display": "Femi Akintola"}, "status": "accepted"},
          {"actor": {"display": "Karimi, Yusuf MD"}, "status": "accepted"}
        ]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-55102",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "isotretinoin 40 mg capsule"},
        "subject": {"reference": "Patient/wmc-10488190"},
        "dosageInstruction": [{"text": "1 capsule by mouth twice daily with food"}]
      }
    }
  ]
}
"""
add('phi', 'struct', 'Akintola', M(
    'Devin Rusk <drusk@tallyhealth.io>', 'Brandon Coyle <bcoyle@westbrookclinic.org>',
    'Re: waitlist-fill API - sample payload that failed', '2026-12-02 17:26', [T("""Hi Brandon,

This is the bundle your side POSTed at 16:58 that our validator bounced (Appointment.participant[0].actor.reference needs to be absolute when the Patient isn't in the same transaction). Please don't send us live patients on the sandbox endpoint going forward, we're not set up for PHI there yet. I've purged it from our logs.

Devin Rusk
Integration Engineer, Tally Health
"""), B(fhir, 'failed_payload_1658.json', 'application', 'json')]))

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261119"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9921.1" extension="10211398"/>
    <addr><streetAddressLine>48 Fennimore Lane</streetAddressLine><city>Carver City</city><state>OH</state></addr>
    <patient><name><given>Gregory</given><given>A</given><family>Paulsen</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19710927"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text><list><item>Essential hypertension (onset 2018)</item><item>Hyperlipidemia</item></list></text></section></component>
    <component><section><title>Results</title>
      <text><table><tr><td>Exercise stress test 03/11/2024</td><td>Negative for ischemia at 10.1 METs</td></tr></table></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct', 'Paulsen', M(
    'Release of Information <roi@westbrookclinic.org>', 'Vanessa Idowu <vidowu@westbrookclinic.org>',
    'QA before release - NML-4471-20938', '2026-11-24 11:30', [T("""Vanessa - before I send the Northfield Mutual APS packet, can you QA the CCD? The authorization is for 2021 forward, and the CCD pulls the whole problem list. Do we need to strip anything? Second set of eyes please.

Kenji
ROI Specialist
"""), T(ccd, 'xml', fname='CCD_10211398.xml')]))

add('phi', 'struct', 'Mbeki', M(
    'RightFax <faxserver@westbrookclinic.org>', 'Release of Information <roi@westbrookclinic.org>',
    'Fax delivery FAILED - to 18605550148 - 14 pages', '2026-11-25 15:41', T("""RightFax Notification
Status: FAILED (busy, 3 attempts)
Destination: 1-860-555-0148
Pages: 14
Submitted by: kmurata

---------- Cover sheet ----------
WESTBROOK MULTISPECIALTY CLINIC - HEALTH INFORMATION MANAGEMENT
2200 Larkin Parkway, Carver City   Phone 614-338-2300  Fax 614-338-2390

DATE: 11/25/2026
TO: Underwriting / APS Unit, Northfield Mutual Life       FAX: 1-860-555-0148
FROM: Kenji Murata, ROI Specialist
RE: Conrad Mbeki   DOB 01/30/1983   Your ref NML-4479-11026
PAGES (incl. cover): 14

Enclosed: office notes 2022-2026, lipid panels x3, sleep study report 08/2025, medication list.

This facsimile contains protected health information that is privileged and confidential under federal and state law. If you are not the intended recipient, you are hereby notified that any dissemination is strictly prohibited. Please notify the sender immediately.
---------------------------------
""")))

siu = "\r".join([
"MSH|^~\\&|CADENCE|WMC|REMINDERS|VENDORX|202612011500||SIU^S12|SCH88102|P|2.3",
"SCH|88102^WMC|||||ROUTINE|PHYSICAL THERAPY EVAL|PT|60|MIN|^^60^202612080900^202612081000|||||||||||||||BOOKED",
"PID|1||10499823^^^WMC^MR||ESPINOZA^CARLOS^J||19770312|M|||1450 REDBUD AVE^^CARVER CITY^OH^43227||6148802931",
"PV1|1|O|WMCPT^^^WMC",
"RGS|1",
"AIS|1||97161^PT EVAL LOW COMPLEXITY",
"AIP|1||2230041^NAKASHIMA^ERIN^^^PT",
"",
"MSH|^~\\&|CADENCE|WMC|REMINDERS|VENDORX|202612011500||SIU^S12|SCH88107|P|2.3",
"SCH|88107^WMC|||||ROUTINE|SLEEP STUDY|SLEEP|480|MIN|^^480^202612082100^202612090500|||||||||||||||BOOKED",
"PID|1||10277651^^^WMC^MR||GREENE^PATRICIA^A||19640918|F|||19 LOCUST ST^^CARVER CITY^OH^43219||6142913004",
"PV1|1|O|WMCSLEEP^^^WMC",
"RGS|1",
"AIS|1||95810^POLYSOMNOGRAPHY",
""])
add('phi', 'struct', 'Espinoza', M(
    'Brandon Coyle <bcoyle@westbrookclinic.org>', 'support@remindrx-vendor.com',
    'Case 20931 - SIU feed - reminders not going out for S12', '2026-12-01 15:20', [T("""Hello,

Per our call, attached are two SIU^S12 messages from this afternoon's feed that did not generate reminders on your side. Zipped because our mail gateway strips .hl7. Password is not set, it's going over TLS.

We suspect your parser is choking on the AIS segment. Please confirm ASAP, the reminder texts for Tuesday's appointments should be going out tomorrow.

Brandon Coyle
Integration Analyst, Westbrook IT
"""), Z([('siu_samples_20261201.hl7', siu)], 'siu_samples_20261201.zip')]))

x835 = """ISA*00*          *00*          *ZZ*OHMEDCARE      *ZZ*WESTBROOKMG    *261128*0610*^*00501*000771203*0*P*:~
GS*HP*OHMEDCARE*WESTBROOKMG*20261128*0610*771203*X*005010X221A1~
ST*835*0001~
BPR*I*842.16*C*ACH*CCP*01*041000124*DA*88120331*1841129930**01*044000037*DA*2004418*20261128~
TRN*1*EFT0988131*1841129930~
N1*PR*OHIO MEDCARE ADVANTAGE~
N1*PE*WESTBROOK MULTISPECIALTY CLINIC*XX*1639201847~
LX*1~
CLP*WMC26-0448712*4*1184*0**MB*26301880441203*11*1~
NM1*QC*1*SANDOVAL*ARTURO****MI*OMC77120934~
DTM*232*20261030~
SVC*HC:99284*1184*0**1~
CAS*CO*197*1184~
LQ*HE*N54~
CLP*WMC26-0449001*1*1260*842.16*60*MB*26301880441299*11*1~
NM1*QC*1*HOLLOWAY*BEATRICE****MI*OMC40281155~
DTM*232*20261104~
SVC*HC:93306*1260*842.16**1~
CAS*CO*45*357.84~
CAS*PR*2*60~
SE*19*0001~
GE*1*771203~
IEA*1*000771203~"""
add('phi', 'struct', 'Sandoval', M(
    'Ollie Brennan <obrennan@westbrookclinic.org>', 'Tricia Longfellow <tlongfellow@westbrookclinic.org>',
    'FW: 835 from OH Medcare - the ED denial from the grievance list', '2026-11-30 09:55', T("""Tricia - this is the ERA for that ED grievance (PR-26-1192). First claim was denied CO-197, no precert. The patient said he was told it was urgent care pricing. I pasted the raw 835 below since the viewer is down again.

""" + x835 + """

Ollie
Revenue Cycle - Denials
""")))
# ============================ PHI-IDS ======================================
add('phi', 'ids', '', M(
    'Luz Herrera CMA <lherrera@westbrookclinic.org>', 'Pool - IM Refills <im-refills@westbrookclinic.org>',
    'MRN 10233845', '2026-11-30 08:40', T("""MRN 10233845 - oxycodone 5mg refill denied per Dr. Amsel, needs in-person visit + UDS before any more. Pt notified via portal 8:35. Pls don't let the contact center override.
""")))

add('phi', 'ids', '', M(
    'Provider Services - Buckeye Health Plan <provider.services@buckeyehp.com>', 'claims@westbrookclinic.org',
    'Claim returned - additional information needed - 26301774410528', '2026-11-17 04:12', T("""Claim Number: 26301774410528
Member ID: BHP0381556-02
Patient Account #: WMC26-0431187
Date(s) of Service: 10/14/2026
Billed: $415.00

This claim has been returned unprocessed. Reason: REJ 16 - Claim/service lacks information or has submission/billing error(s). Primary diagnosis code missing for line 2 (CPT 96372 - therapeutic injection).

Please correct and resubmit within 90 days of the original date of service.

Buckeye Health Plan Provider Services
This is an automated notice. Please do not reply.
""")))

add('phi', 'ids', '', M(
    'Melissa Tran, Paralegal <mtran@gorskyweinberglaw.com>', 'Release of Information <roi@westbrookclinic.org>',
    'Records & Itemized Billing Request - Our File 25-0812 / Your Acct 4410092', '2026-11-20 11:27', ALT("""Good morning,

Please see the attached HIPAA-compliant authorization. We represent your patient in connection with a motor vehicle collision.

Your account no.: 4410092
Patient DOB: 07/22/1979
Dates of service: 08/03/2025 (ED) and all follow-up visits through present

We request (1) complete certified medical records, including imaging reports and physical therapy notes, and (2) an itemized statement of charges with CPT codes, payments and adjustments. Please also include a completed Affidavit of Records Custodian.

Kindly direct any invoice to my attention.

Melissa Tran
Paralegal to Aaron Gorsky, Esq.
Gorsky Weinberg LLP | 500 S. Front St., Suite 1200 | Carver City
T 614-228-9081 | F 614-228-9082
""", HTML_HEAD + """<p class="MsoNormal">Good morning,</p><br><p class="MsoNormal">Please see the attached HIPAA-compliant authorization. We represent your patient in connection with a motor vehicle collision.</p><br>
<p class="MsoNormal"><b>Your account no.:</b> 4410092<br><b>Patient DOB:</b> 07/22/1979<br><b>Dates of service:</b> 08/03/2025 (ED) and all follow-up visits through present</p><br>
<p class="MsoNormal">We request (1) complete certified medical records, including imaging reports and physical therapy notes, and (2) an itemized statement of charges with CPT codes, payments and adjustments. Please also include a completed Affidavit of Records Custodian.</p><br>
<p class="MsoNormal">Kindly direct any invoice to my attention.</p><br>
<p class="MsoNormal" style="color:#404040"><b>Melissa Tran</b><br>Paralegal to Aaron Gorsky, Esq.<br>Gorsky Weinberg LLP | 500 S. Front St., Suite 1200 | Carver City<br>T 614-228-9081 | F 614-228-9082</p>
<p class="MsoNormal disc">This e-mail is from a law firm and may contain attorney-client privileged information.</p></div></body></html>""")))

add('phi', 'ids', '', M(
    'Yesenia Cordero <ycordero@westbrookclinic.org>', 'GI Scheduling <gi-sched@westbrookclinic.org>',
    'resched', '2026-12-02 14:16', T("""pt 10318842 called re colonoscopy prep, couldnt get the 2nd half down, stopped at 3am. Dr S said resched, not do it tomorrow. moved to 1/14 0730, new prep kit at pharmacy. pls cancel tmrw 0800 slot and release to waitlist

Sent from my Samsung Galaxy""")))

add('phi', 'ids', '', M(
    'UM Notifications - Keystone Health <um-notify@keystonehealth.com>', 'Referrals <referrals@westbrookclinic.org>',
    'Authorization APPROVED - Ref 2026-PT-0771845', '2026-11-25 10:02', T("""AUTHORIZATION DETERMINATION

Reference #: 2026-PT-0771845
Member ID: XKH884120331
Member DOB: 1990-08-14
Requesting Provider NPI: 1639201847
Service: Outpatient physical therapy (97110, 97140, 97530)
Units approved: 12 visits
Valid: 11/25/2026 - 02/23/2027
Status: APPROVED

This notice is not a guarantee of payment. Benefits are subject to eligibility on the date of service.
""")))

add('phi', 'ids', '', M(
    'Jordan Akers <jakers@clearpathabsence.com>', 'Forms Desk <forms@westbrookclinic.org>',
    'Re: Claim FML-2026-114873 - clarification on frequency', '2026-11-30 13:44', T("""Hello again,

Thank you for returning the certification for claim FML-2026-114873 (employee ID 40419, DOB 02/14/1985). One item needs clarification before we can approve intermittent leave:

Part B, question 7 states "follow-up appointments as needed." Please estimate the number of treatment visits per month and the expected duration of each (for example, "2 infusions per month, 1 day each"), and the period of incapacity after each treatment, if any.

A response by 12/7 keeps the claim from closing.

Jordan Akers | Leave Specialist
ClearPath Absence Management | 844-310-7700 ext. 5521

> On 11/24/2026 Forms Desk <forms@westbrookclinic.org> wrote:
> Completed WH-380-E attached. Please note the provider's signature on p.4.
""")))

add('phi', 'ids', '', M(
    'Contact Center Escalations <cc-escalations@westbrookclinic.org>', 'Billing Office <billing@westbrookclinic.org>',
    'Callback needed - acct 88120-44 + 3 others', '2026-12-01 12:30', T("""Escalations from this morning's billing queue, callers asked for a supervisor:

acct 88120-44  - disputes screening vs diagnostic coding, DOS 9/15. Third contact. Threatened state complaint.
acct 90231-07  - says she paid $250 copay for MRI at check-in, statement shows $0 paid. Has receipt.
acct 71188-52  - wants payment plan for the L&D bill, $3,900 remaining
acct 66047-19  - estate of deceased patient, son calling about final bill for hospice

All callback numbers are in the account notes.
- CC Escalations desk
""")))
# ============================ PHI-LANG =====================================
add('phi', 'lang', 'Montalvo', M(
    'Graciela Montalvo <gmontalvo.1960@hotmail.com>', 'info@westbrookclinic.org',
    'Necesito mi receta', '2026-11-23 20:18', T("""Buenas noches,

Soy Graciela Montalvo Ruiz, fecha de nacimiento 15/08/1960. Soy paciente de la doctora Amsel. Se me están acabando las pastillas de la presión (losartán 50 mg) y la metformina. Llamé a la línea de recetas y me dejaron esperando 25 minutos y se cortó la llamada.

¿Me pueden mandar las dos recetas a la farmacia Walgreens de Morse Road? También necesito cita para los análisis de sangre, me dijeron que tengo que hacerlos antes de diciembre.

Mi teléfono es 614-335-7709. Prefiero que me llamen en español por favor.

Muchas gracias,
Graciela
""", charset='iso-8859-1', cte='qpforce')))

add('phi', 'lang', 'Pham', M(
    'Pham Ngoc Anh <ngocanh.pham@gmail.com>', 'Scheduling <scheduling@westbrookclinic.org>',
    'Lịch hẹn của mẹ tôi - Pham Thi Lan', '2026-11-27 21:05', T("""Chào phòng khám,

Tôi là con gái của bà Phạm Thị Lan (ngày sinh 02/11/1952). Mẹ tôi có lịch hẹn chụp nhũ ảnh (mammogram) và gặp bác sĩ Nwosu vào thứ Ba ngày 8 tháng 12. Mẹ tôi không nói được tiếng Anh, xin phòng khám sắp xếp thông dịch viên tiếng Việt giúp.

Ngoài ra, mẹ tôi vừa đổi bảo hiểm sang Buckeye Health Plan từ tháng 11. Tôi sẽ mang thẻ bảo hiểm mới theo.

Nếu cần gọi, xin gọi cho tôi: 614-662-0913.

Cảm ơn nhiều,
Phạm Ngọc Anh
""", cte='b64')))

add('phi', 'lang', 'Jean-Baptiste', M(
    'Wideline Jean-Baptiste <wjeanbaptiste77@yahoo.com>', 'Nurse Triage <triage@westbrookclinic.org>',
    'tanpri rele m', '2026-12-01 07:22', T("""Bonjou,

Mwen se Wideline Jean-Baptiste. Mwen te fè operasyon nan vant (sezaryèn) sa gen 10 jou. Depi yè swa, koupi a wouj epi li fè m mal anpil, gen yon ti dlo k ap koule. Mwen pa gen lafyèv. Doktè a se Dr. Bergstrom.

Tanpri rele m nan 614-397-2285. Mwen pale kreyòl, yon ti kras angle.

Mèsi anpil
Wideline
""")))

add('phi', 'lang', 'Ferreira da Costa', M(
    'Fabiana Moura <fmoura@stagatha.org>', 'Joaquin Estrada <jestrada@stagatha.org>',
    'RE: Portuguese interpreter - Sr. Ferreira da Costa', '2026-11-30 17:48', T("""Joaquin, quick update because the family only speaks Portuguese with me:

Falei com a esposa do Sr. Adelino Ferreira da Costa hoje. Ele vai fazer o cateterismo na quarta (12/2) às 7h, e ela quer saber se pode ficar com ele na sala de preparo. Eu expliquei que sim, até ele ir para o procedimento. Ela também pediu que o médico explique os resultados com intérprete presente, não pelo telefone, porque da última vez ele não entendeu nada.

So can you put me on the schedule for 6:30 am Wed in Cath Lab pre-op, and again around 11 for the results talk with Dr. Nwosu? If I can't do 11, please book Rui from the agency, NOT video.

Obrigada!
Fabiana Moura, CMI-Portuguese
Interpreter Services

-----Original Message-----
From: Joaquin Estrada
Sent: Monday, November 30, 2026 3:02 PM
To: Fabiana Moura
Subject: Portuguese interpreter - Sr. Ferreira da Costa

Can you call the wife and find out what they need for Wednesday? Cath Lab flagged LEP on the schedule.
""")))

add('phi', 'lang', 'Sokolova', M(
    'Татьяна Соколова <t.sokolova1957@mail.ru>', 'Patient Relations <patientrelations@stagatha.org>',
    'Жалоба: обращение с моей мамой в отделении', '2026-11-21 23:40', T("""Здравствуйте,

Пишу по поводу моей мамы, Соколовой Валентины Петровны, 1931 г.р. Она лежала у вас в отделении 4 West с 12 по 18 ноября после перелома шейки бедра. За всё это время ей ни разу не предоставили переводчика, хотя я просила об этом в первый же день. Врач объяснял ей операцию по-английски, она ничего не поняла и подписала бумаги, не зная, что подписывает.

Кроме того, при выписке ей не дали список лекарств на русском языке, и мы до сих пор не уверены, сколько раз в день давать ей эликвис.

Прошу связаться со мной по телефону 614-208-4471 (Татьяна, дочь).

С уважением,
Татьяна Соколова
""", cte='b64')))

add('phi', 'lang', 'Zhao', M(
    '赵明 <zhaoming.family@163.com>', 'Westbrook Clinic <info@westbrookclinic.org>',
    '关于我父亲的手术预约 / about my father surgery appointment', '2026-11-29 09:15', ALT("""您好，

我父亲赵国强（出生日期：1948年6月3日，病历号 10290476）原定于12月10日在贵院做白内障手术（右眼），主刀医生是 Dr. Whitaker。

因为我父亲最近血压偏高，家庭医生让他先调整药物，所以想问一下：
1. 手术能否推迟到1月份？
2. 手术前需要停用阿司匹林吗？
3. 能否安排普通话翻译？

Sorry my English is not good. Please call me 614-518-2037, I am his son Zhao Ming.

谢谢！
赵明
""", """<div style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px">您好，<br><br>我父亲赵国强（出生日期：1948年6月3日，病历号 10290476）原定于12月10日在贵院做白内障手术（右眼），主刀医生是 Dr. Whitaker。<br><br>因为我父亲最近血压偏高，家庭医生让他先调整药物，所以想问一下：<br>1. 手术能否推迟到1月份？<br>2. 手术前需要停用阿司匹林吗？<br>3. 能否安排普通话翻译？<br><br>Sorry my English is not good. Please call me 614-518-2037, I am his son Zhao Ming.<br><br>谢谢！<br>赵明</div>""", cte='b64')))

add('phi', 'lang', 'Dela Cruz', M(
    'Marites Santos RN <msantos@westbrookclinic.org>', 'Jocelyn Bautista RN <jbautista@westbrookclinic.org>',
    'si Lola Dela Cruz', '2026-12-02 12:05', T("""Joy, pakisabi kay Dr. Pryce na tumawag ulit si Mrs. Erlinda Dela Cruz kanina. Yung INR niya kahapon 4.2 daw sabi ng anticoag clinic, pero hindi pa raw nila binabago yung dose ng warfarin niya. Medyo nag-aalala siya kasi may pasa siya sa braso. Wala namang bleeding sa gums or ihi.

I told her to hold tonight's dose muna until someone calls her back, pero please confirm with Dr. Pryce. Number niya 614-771-3390, mas maganda after 2pm kasi nasa dialysis yung asawa niya tuwing umaga.

Salamat!
Tess
""")))
# ============================ CLEAN-STAFF ==================================
add('clean', 'staff', '', M(
    'Joan Feeney <jfeeney@westbrookclinic.org>', 'Contact Center Supervisors <cc-supervisors@westbrookclinic.org>',
    'Nov numbers + the script thing', '2026-12-01 17:30', T("""Hi all,

November wrap-up for the Patient Access Center:

  Calls offered: 48,912 (+11% vs Oct, flu shots + open enrollment)
  ASA: 3:42 (goal 1:30)
  Abandon rate: 14.8% (goal <7%)
  First-call resolution: 71%
  Refill line callbacks within 1 business day: 83%
  Nurse triage callbacks within 30 min (urgent): 92%

I know the abandon rate looks terrible. Mondays alone were over 20%. Two things I want to talk about at Thursday's meeting:

1) The new greeting script is too long. Reps are reading the whole privacy line plus the "did you know you can use the portal" plug before they even get the caller's name. That's 25 seconds per call. I'd like to cut the portal plug to the end of the call.

2) Float pool: Scheduling has agreed to lend us two people Monday mornings through January.

Bring ideas. And thank you, seriously, November was brutal.

Joan
""")))

add('clean', 'staff', '', M(
    'Dottie Pembrook <dpembrook@stagatha.org>', 'Holiday Cart Volunteers <holidaycart@stagatha.org>',
    'Holiday cart roster - December', '2026-11-28 10:10', T("""Hello my wonderful elves!

Here's the December roster for the holiday cookie & card cart. We go floor to floor starting at 4 West and end at the ED waiting room. Please check in at the volunteer office by 1:45 for your badge and cart key.

  Dec 7   Mon  2:00-4:00   Harriet Olmstead, Phil Ducharme
  Dec 9   Wed  2:00-4:00   Lakshmi Rao, Ben Szabo
  Dec 14  Mon  2:00-4:00   Gloria Vance, Teddy Marsh (high school service hours)
  Dec 16  Wed  2:00-4:00   Harriet Olmstead, Lakshmi Rao
  Dec 21  Mon  2:00-4:00   OPEN - please reply if you can take it!
  Dec 23  Wed  2:00-5:00   Everyone who can come - carolling with the chaplains

Reminders: no entering isolation rooms (yellow sign on the door), ask the nurse before giving cookies to anyone, and wash in/wash out.

Cheers,
Dottie Pembrook
Volunteer Services Coordinator | 614-338-6010
""")))

add('clean', 'staff', '', M(
    'Chaplain Ruth Adeyemi <radeyemi@stagatha.org>', 'Chaplain Tom Greer <tgreer@stagatha.org>',
    'Re: chapel schedule over Christmas', '2026-11-30 09:02', T("""Tom, that works for me. So:

  Dec 24  Christmas Eve interfaith service, 4:00 pm, main chapel - you lead, I do music with the volunteer choir
  Dec 25  Catholic Mass 10:00 am - Fr. Dunleavy (confirmed)
  Dec 31  Quiet reflection, chapel open all night, no service

Can you ask Engineering to test the chapel hearing loop before the 24th? It cut out twice at the memorial service.

Also - the Muslim prayer room rug is getting worn. I'll ask Dottie whether the auxiliary can cover a new one.

Ruth

> On Nov 29, 2026, at 8:41 PM, Tom Greer <tgreer@stagatha.org> wrote:
> Ruth, thinking about the holidays. Do you want to lead the Christmas Eve service this year or shall I? I'm happy either way. Fr. D can do the 25th.
""")))

add('clean', 'staff', '', M(
    'Renee Ostrowski RN <rostrowski@westbrookclinic.org>', 'Triage RN Team <triage-rn@westbrookclinic.org>',
    'Saturday coverage swap?', '2026-12-02 20:11', T("""Anyone able to take my Saturday 12/12 triage line shift (7a-3:30p)? My son's band concert got moved. I'll trade you any weekend day in January. Text me 614-302-7719 if easier.

Thanks!!
Renee
""")))

add('clean', 'staff', '', M(
    'Joaquin Estrada <jestrada@stagatha.org>', 'Interpreter Staff <interp-staff@stagatha.org>',
    'Welcome Farid! (Dari/Pashto)', '2026-11-23 08:15', ALT("""Good morning team,

Please join me in welcoming Farid Hakimi, our new staff interpreter for Dari and Pashto. Farid comes to us from the refugee resettlement office downtown and has 6 years of community and medical interpreting experience. He will shadow Tuan and Abdirahman this week and will start taking assignments on Monday.

Coffee and pastries in the Interpreter Services office Wednesday at 10. Stop by and say hello.

Joaquin Estrada, Manager, Interpreter Services
""", HTML_HEAD + """<p class="MsoNormal">Good morning team,</p><br><p class="MsoNormal">Please join me in welcoming <b>Farid Hakimi</b>, our new staff interpreter for Dari and Pashto. Farid comes to us from the refugee resettlement office downtown and has 6 years of community and medical interpreting experience. He will shadow Tuan and Abdirahman this week and will start taking assignments on Monday.</p><br>
<p class="MsoNormal">Coffee and pastries in the Interpreter Services office <b>Wednesday at 10</b>. Stop by and say hello.</p><br>""" + '<p class="MsoNormal sig"><b>Joaquin Estrada</b><br>Manager, Interpreter Services<br>St. Agatha Regional Medical Center<br>614-338-6200</p>' + HTML_TAIL)))

add('clean', 'staff', '', M(
    'Gail Treadwell <gtreadwell@stagatha.org>', 'Sharon Whitcombe <swhitcombe@stagatha.org>',
    'RE: compliments for the newsletter', '2026-11-19 11:40', T("""Sharon, yes, happy to have Keisha featured in the employee newsletter. Please leave the family's name and the child's name out of it though, just say "a family whose son had surgery in our unit this month." I checked with Keisha and she's fine with her photo.

Gail

-----Original Message-----
From: Sharon Whitcombe
Sent: Thursday, November 19, 2026 10:02 AM
To: Gail Treadwell
Subject: compliments for the newsletter

Gail, the comms team wants to run a "Shining Stars" column in the December newsletter and we'd love to use the compliment about Keisha from your unit. OK with you? We'd de-identify it of course.
""")))

add('clean', 'staff', '', M(
    'Kiara Dunmore <kdunmore@westbrookclinic.org>', 'PAC - All Staff <pac-all@westbrookclinic.org>',
    'ugly sweater day + potluck sign up!!', '2026-12-03 12:44', T("""Hi everyone!! 

Ugly sweater day is Friday Dec 18. Prizes for ugliest, most creative, and "most likely to get you put on hold" (lol).

Potluck sign-up is on the break room door. So far we have:
- 4 pans of mac & cheese (we need more mains, people!)
- Luz's lumpia
- Tamsin's famous buckeyes
- Dana - paper plates & cups

Phones still have to be covered, so we'll eat in 2 shifts, 11:30 and 12:30. Supervisors will post the shift list.

Kiara :)
""")))
# ============================ CLEAN-ADMIN ==================================
add('clean', 'admin', '', M(
    'Clinical Policy Office <policy@westbrookclinic.org>', 'All Clinical Staff <clinical-all@westbrookclinic.org>',
    'POLICY UPDATE: Prescription Refill Protocol (CP-114) rev. 12/2026', '2026-11-25 13:00', ALT("""Effective December 14, 2026, Clinical Policy CP-114 "Prescription Refill Requests" has been revised. Key changes:

1. Turnaround: non-controlled refill requests received by 3:00 pm will be completed within 2 business days (previously 3).
2. Protocol refills: RNs and CMAs may authorize one 90-day refill for the medication classes in Appendix A when the patient was seen within 12 months and required monitoring labs are current.
3. Controlled substances are excluded from protocol and must be routed to the prescribing provider. No exceptions.
4. Patients calling the contact center for refills should be directed to the portal or the pharmacy first; agents should no longer take verbal refill requests except from patients without portal access.

The full policy and the updated Appendix A are on the intranet under Policies > Clinical > Medications. Questions: policy@westbrookclinic.org.
""", HTML_HEAD + """<p class="MsoNormal">Effective <b>December 14, 2026</b>, Clinical Policy CP-114 &quot;Prescription Refill Requests&quot; has been revised. Key changes:</p>
<ol><li><b>Turnaround:</b> non-controlled refill requests received by 3:00 pm will be completed within 2 business days (previously 3).</li>
<li><b>Protocol refills:</b> RNs and CMAs may authorize one 90-day refill for the medication classes in Appendix A when the patient was seen within 12 months and required monitoring labs are current.</li>
<li><b>Controlled substances</b> are excluded from protocol and must be routed to the prescribing provider. No exceptions.</li>
<li>Patients calling the contact center for refills should be directed to the portal or the pharmacy first; agents should no longer take verbal refill requests except from patients without portal access.</li></ol>
<p class="MsoNormal">The full policy and the updated Appendix A are on the intranet under Policies &gt; Clinical &gt; Medications.</p><br>""" + HTML_TAIL)))

add('clean', 'admin', '', M(
    'Westbrook IT Service Desk <itservicedesk@westbrookclinic.org>', 'All Staff <allstaff@westbrookclinic.org>',
    'Planned downtime: Patient Portal and reminder texts - Sun 12/6 01:00-05:00', '2026-12-02 16:00', T("""WHAT: Patient portal (web and app), online scheduling, and the appointment reminder text/e-mail service will be unavailable for an upgrade.
WHEN: Sunday, December 6, 2026, 1:00 AM - 5:00 AM
IMPACT: Patients will see a maintenance page. Secure messages sent during the window will be queued and delivered after. Reminder messages scheduled for that window will go out at 7:00 AM instead.
ACTION: Contact center - the IVR announcement will be updated Saturday night. No action needed from clinics.

Change ticket: CHG0031877
Questions: x4357 (HELP)
""")))

add('clean', 'admin', '', M(
    'Human Resources <hr@stagatha.org>', 'All Employees <allemployees@stagatha.org>',
    'Reminder: Open enrollment closes Friday 12/4', '2026-11-30 08:00', T("""Open enrollment for 2027 benefits closes this Friday, December 4 at 11:59 PM.

If you do nothing, your current medical, dental and vision elections will roll over, but your Flexible Spending Account election will NOT. You must re-enroll in the FSA each year.

New for 2027:
  - Employee assistance program visits increase from 6 to 8 per issue per year
  - Tobacco-free premium credit: complete the attestation in the benefits portal
  - Added Tier 1 network: St. Agatha and Westbrook providers, lowest copay

Benefits open office hours: Tue and Thu 11-1, HR conference room B, or call 614-338-7400.
""")))

add('clean', 'admin', '', M(
    'Brandon Coyle <bcoyle@westbrookclinic.org>', 'Joan Feeney <jfeeney@westbrookclinic.org>; Patient Communications <ptcomms@westbrookclinic.org>',
    'reminder template v4 - please review wording', '2026-11-20 14:35', T("""Here is the proposed text for the new SMS/e-mail reminder template. Character count for SMS is 158 with the longest dept name. Merge fields in braces.

SMS:
  Westbrook Clinic: Hi {PatientFirstName}, reminder of your {ApptDay} {ApptDate} {ApptTime} appt in {DeptName}. Reply C to confirm, R to reschedule. Reply STOP to opt out.

E-mail subject:
  Reminder: your appointment on {ApptDay}, {ApptDate}

Waitlist offer SMS (new):
  Westbrook Clinic: An earlier appt opened in {DeptName} on {OfferDate} at {OfferTime}. Reply Y within 2 hrs to take it. Your current appt stays if we don't hear back.

Compliance asked that we NOT include provider name or visit type in SMS (visit type could reveal something sensitive). E-mail can include provider name since it goes to the verified address. Joan - OK for the call center to get "R" replies in a work queue?

Brandon
""")))

add('clean', 'admin', '', M(
    'Facilities Management <facilities@stagatha.org>', 'Spiritual Care <spiritualcare@stagatha.org>; Volunteer Office <volunteers@stagatha.org>',
    'Chapel closed 12/14-12/16 for floor refinishing', '2026-12-01 11:00', T("""The main chapel (1st floor, east wing) will be closed Monday 12/14 through Wednesday 12/16 for floor refinishing. The interfaith prayer room on 2 remains open. Volunteer Office: the lobby piano program scheduled for 12/15 should move to the atrium.

Please post signage. Facilities will provide it by Friday.

Work order WO-77103
""")))

add('clean', 'admin', '', M(
    'Sharon Whitcombe <swhitcombe@stagatha.org>', 'Quality Council <qualitycouncil@stagatha.org>',
    'Q3 Patient Relations report', '2026-10-20 09:00', ALT("""Q3 2026 Patient Relations summary (all sites)

Grievances: 212 (Q2: 188)
Complaints resolved at point of service: 341
Compliments: 406

Top grievance categories:
  Communication / courtesy      58
  Billing                       47
  Wait times / access           41
  Care concerns                 29
  Language access / interpreter 14
  Privacy                        9
  Other                         14

% grievances with written response within 7 days: 91% (target 95%)

Notes: Billing grievances rose mostly from screening vs. diagnostic colonoscopy coding; Revenue Cycle is reviewing the process. Language-access grievances doubled after the VRI vendor outage in August.
""", HTML_HEAD + """<p class="MsoNormal"><b>Q3 2026 Patient Relations summary (all sites)</b></p><br>
<table class="grid" cellspacing="0"><tr><th>Measure</th><th>Q3</th><th>Q2</th></tr><tr><td>Grievances</td><td>212</td><td>188</td></tr><tr><td>Complaints resolved at point of service</td><td>341</td><td>-</td></tr><tr><td>Compliments</td><td>406</td><td>-</td></tr></table><br>
<table class="grid" cellspacing="0"><tr><th>Grievance category</th><th>Count</th></tr><tr><td>Communication / courtesy</td><td>58</td></tr><tr><td>Billing</td><td>47</td></tr><tr><td>Wait times / access</td><td>41</td></tr><tr><td>Care concerns</td><td>29</td></tr><tr><td>Language access / interpreter</td><td>14</td></tr><tr><td>Privacy</td><td>9</td></tr><tr><td>Other</td><td>14</td></tr></table>
<p class="MsoNormal"><br>% grievances with written response within 7 days: <b>91%</b> (target 95%)</p>
<p class="MsoNormal">Notes: Billing grievances rose mostly from screening vs. diagnostic colonoscopy coding; Revenue Cycle is reviewing the process. Language-access grievances doubled after the VRI vendor outage in August.</p><br>""" + HTML_TAIL)))

add('clean', 'admin', '', M(
    'HIM Compliance <him-compliance@westbrookclinic.org>', 'Release of Information <roi@westbrookclinic.org>; Forms Desk <forms@westbrookclinic.org>',
    'Reminder: handling attorney, life insurer, FMLA and school requests', '2026-11-16 10:30', T("""Team,

Quick refresher after last month's audit findings:

- Attorney requests: a subpoena alone is NOT enough. We need a valid patient authorization or a court order signed by a judge. Route all subpoenas to Legal before releasing anything.
- Life insurers (APS requests): check that the authorization is dated within its validity period and that the date range requested matches. Release only what is requested, not the whole chart.
- FMLA / leave administrators: we complete the certification form only. Do not send visit notes to employers or TPAs.
- Schools: we can confirm nothing without a parent/guardian authorization, except immunization records where state law permits.
- Verify fax numbers against the requester's letterhead. Two misdirected faxes this quarter.

Fees: per Ohio schedule, posted on the ROI SharePoint.

Thanks,
HIM Compliance
""")))
# ============================ CLEAN-LOOKALIKE ==============================
add('clean', 'lookalike', '', M(
    'Carver City Animal Hospital <appointments@carvercityvet.com>', 'Megan Oyelaran <megoyelaran@gmail.com>',
    'Biscuit is due for vaccines + appointment reminder', '2026-11-27 08:00', ALT("""Hi Megan,

This is a reminder that Biscuit has an appointment with Dr. Hollis on Tuesday, December 8 at 4:15 PM.

Due at this visit:
  - DHPP booster
  - Bordetella (kennel cough)
  - Annual heartworm test and fecal exam

Please bring a fresh stool sample if you can, and keep Biscuit fasting after midnight if you'd like us to run senior bloodwork. Refills of Biscuit's Apoquel can be picked up at the front desk.

Carver City Animal Hospital | 614-338-9100
""", """<html><body style="font-family:Verdana;font-size:13px"><p><img alt="paw" src="https://carvercityvet.com/img/paw.png" width="24"> Hi Megan,</p><p>This is a reminder that <b>Biscuit</b> has an appointment with <b>Dr. Hollis</b> on <b>Tuesday, December 8 at 4:15 PM</b>.</p><p>Due at this visit:</p><ul><li>DHPP booster</li><li>Bordetella (kennel cough)</li><li>Annual heartworm test and fecal exam</li></ul><p>Please bring a fresh stool sample if you can, and keep Biscuit fasting after midnight if you'd like us to run senior bloodwork. Refills of Biscuit's Apoquel can be picked up at the front desk.</p><p>Carver City Animal Hospital | 614-338-9100</p></body></html>""")))

add('clean', 'lookalike', '', M(
    'Claims - Meridian Auto Insurance <claims@meridianauto.com>', 'Chidi Okafor <chidi.okafor@gmail.com>',
    'Claim AU-26-3381907: appraisal appointment confirmed', '2026-11-21 12:02', T("""Dear Chidi Okafor,

Your collision claim AU-26-3381907 (2021 Toyota RAV4, date of loss 11/19/2026) has been assigned to adjuster Phil Tremont.

Appraisal appointment: Monday 11/23/2026 between 9:00 AM and 12:00 PM at Greenlawn Collision Center, 880 Greenlawn Ave.

Your policy includes rental reimbursement up to $40/day for 30 days. Your deductible is $500.

If anyone was injured, please let your adjuster know so a separate medical payments claim can be opened.

Meridian Auto Insurance | Claims Service Center | 1-800-555-0172
""")))

add('clean', 'lookalike', '', M(
    'Greenway Pharmacy Rewards <rewards@greenwaypharmacy.com>', 'Dolores Pike <dpike1951@aol.com>',
    'Dolores, you have $10 in Greenway Rewards!', '2026-11-29 10:00', ALT("""Hi Dolores,

Great news! You've reached 1,000 points and earned a $10 Greenway Rewards reward. Use it on anything in store* through 12/31.

Plus: get your flu shot or updated COVID vaccine at any Greenway pharmacy counter this week and earn 500 bonus points. No appointment needed.

Holiday deals: 2-for-1 vitamins & supplements, 30% off seasonal candy.

*Excludes prescriptions, alcohol, tobacco, gift cards, and lottery, as required by law.
Greenway Pharmacy | Unsubscribe | Privacy
""", """<html><body style="margin:0;font-family:Helvetica,Arial"><table width="600" align="center" style="border-collapse:collapse"><tr><td style="background:#2E8B57;color:white;padding:20px;font-size:22px">Hi Dolores, you have <b>$10</b> in Greenway Rewards!</td></tr>
<tr><td style="padding:20px">You've reached 1,000 points and earned a $10 reward. Use it on anything in store* through 12/31.<br><br><b>Plus:</b> get your flu shot or updated COVID vaccine at any Greenway pharmacy counter this week and earn 500 bonus points. No appointment needed.<br><br>Holiday deals: 2-for-1 vitamins &amp; supplements, 30% off seasonal candy.</td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px 20px">*Excludes prescriptions, alcohol, tobacco, gift cards, and lottery, as required by law. <a href="https://greenwaypharmacy.com/unsub">Unsubscribe</a> | Privacy</td></tr></table></body></html>""")))

add('clean', 'lookalike', '', M(
    'IronWorks Fitness <members@ironworksfit.com>', 'Gary Lund <garylund@outlook.com>',
    'Your membership freeze request', '2026-11-16 18:22', T("""Hi Gary,

We received your request to freeze your IronWorks membership (member #IW-0041875) from 12/1/2026 through 2/28/2027. A $10/month freeze fee applies. Your rate of $34.99 will resume on 3/1/2027.

Your complimentary body composition scan and fitness assessment with coach Dani will be held until you're back, just book it in the app.

If your freeze is for a medical reason, you can submit a doctor's note to waive the freeze fee. 

Stay strong,
IronWorks Fitness - Member Services
""")))

add('clean', 'lookalike', '', M(
    'Larkin Honda Service <service@larkinhonda.com>', 'Ernesto Rivas <erivas.home@gmail.com>',
    'Service appointment reminder + open recall', '2026-11-30 07:30', T("""Hello Ernesto,

This is a reminder of your service appointment:

  Thursday, December 3, 2026 at 7:45 AM
  Vehicle: 2019 Honda CR-V EX, VIN ending 40318
  Services: 30,000-mile maintenance, tire rotation, cabin air filter

Open recall on your vehicle: 26V-412 (fuel pump). The repair is free and takes about 2 hours. We have the part in stock and can do it during this visit. Reply YES to add it.

Shuttle service available within 10 miles. 

Larkin Honda Service Department | 614-338-4500
""")))

add('clean', 'lookalike', '', M(
    'Brianna Koch - MedStaff Travel Nursing <bkoch@medstafftravel.com>', 'Renee Ostrowski <renee.ostrowski@gmail.com>',
    '13-week telehealth triage RN contract - $2,650/wk', '2026-11-22 15:10', T("""Hi Renee,

I came across your profile and your telephone triage experience is exactly what one of our clients is looking for:

  Role: Telehealth Triage RN (remote, Ohio compact license)
  Client: large multi-state health system
  Schedule: 3x12 nights, every 3rd weekend
  Length: 13 weeks, start Jan 11, possible extension
  Pay: $2,650/week gross, plus $500 completion bonus
  Requirements: 2+ yrs triage (Schmitt-Thompson protocols), BLS, current TB test and flu vaccine

Would you have 10 minutes for a call this week? My cell is 512-630-2208.

Brianna Koch
Senior Recruiter, MedStaff Travel Nursing
""")))

add('clean', 'lookalike', '', M(
    'First Buckeye Bank <alerts@firstbuckeyebank.com>', 'Stan Kowalczyk <stan.kowalczyk@gmail.com>',
    'Your payment to MERIDIAN AUTO INS is scheduled', '2026-12-02 05:15', T("""Hi Stanley,

Your bill pay is scheduled:

  Payee:   MERIDIAN AUTO INS
  Amount:  $150.00
  From:    Checking ...2291
  Deliver by: 12/07/2026
  Confirmation: BP-88412093

If you did not schedule this payment, call us at 1-800-555-0166.

First Buckeye Bank. Member FDIC.
""")))
# ============================ CLEAN-NEWS ===================================
add('clean', 'news', '', M(
    'Westbrook Clinic <news@westbrookclinic.org>', 'subscribers@list.westbrookclinic.org',
    'Westbrook Health Notes - December 2026', '2026-12-01 09:00', ALT("""WESTBROOK HEALTH NOTES - December 2026

Flu and RSV season is here
Flu shots are available without an appointment at all Westbrook primary care locations, Monday-Friday 8-4. Adults 60 and older and pregnant people in weeks 32-36 should ask about the RSV vaccine.

New: evening nurse advice line hours
Our nurse triage line now answers until 10 PM on weekdays. Call 614-338-2200 and press 2.

Holiday hours
All clinics close at noon on December 24 and are closed December 25 and January 1. Urgent Care on Larkin Parkway stays open 8 AM - 8 PM.

Volunteer with us
St. Agatha's volunteer office is looking for lobby greeters and pet therapy teams for 2027. Info sessions every second Tuesday.

You are receiving this because you subscribed to Westbrook Health Notes. Unsubscribe.
""", """<html><body style="font-family:Georgia,serif;background:#f5f5f5"><table width="620" align="center" style="background:#fff"><tr><td style="padding:24px"><h1 style="color:#0B5C8E">Westbrook Health Notes</h1><p style="color:#888">December 2026</p>
<h3>Flu and RSV season is here</h3><p>Flu shots are available without an appointment at all Westbrook primary care locations, Monday-Friday 8-4. Adults 60 and older and pregnant people in weeks 32-36 should ask about the RSV vaccine.</p>
<h3>New: evening nurse advice line hours</h3><p>Our nurse triage line now answers until 10 PM on weekdays. Call 614-338-2200 and press 2.</p>
<h3>Holiday hours</h3><p>All clinics close at noon on December 24 and are closed December 25 and January 1. Urgent Care on Larkin Parkway stays open 8 AM - 8 PM.</p>
<h3>Volunteer with us</h3><p>St. Agatha's volunteer office is looking for lobby greeters and pet therapy teams for 2027. Info sessions every second Tuesday.</p>
<p style="font-size:10px;color:#999">You are receiving this because you subscribed to Westbrook Health Notes. <a href="https://westbrookclinic.org/unsub">Unsubscribe</a>.</p></td></tr></table></body></html>""")))

add('clean', 'news', '', M(
    'Franklin County Public Health <epi-bulletin@franklincountyph.org>', 'Infection Prevention <ip@stagatha.org>',
    'Respiratory Virus Surveillance Bulletin - Week 47', '2026-11-27 14:00', T("""RESPIRATORY VIRUS SURVEILLANCE - MMWR WEEK 47 (Nov 15-21, 2026)

Influenza: ED visits for influenza-like illness 4.1% (prior week 3.2%). Predominant strain A(H3N2). Activity level: MODERATE, increasing.
RSV: 18.6% of tested specimens positive at sentinel labs; pediatric hospitalizations 42 (prior week 35).
COVID-19: 5.2% test positivity, stable.

Outbreaks reported: 3 long-term care facilities (influenza A), 1 daycare (RSV).

Recommendations: Vaccinate staff and patients; consider antivirals within 48h of symptom onset for high-risk patients; reinforce respiratory etiquette signage in waiting areas.

Data are provisional. Do not reply to this list.
""")))

add('clean', 'news', '', M(
    'HealthCX Daily <newsletter@healthcxdaily.com>', 'Joan Feeney <jfeeney@westbrookclinic.org>',
    'HealthCX Daily: AI callbacks cut abandon rates; portal message volume up 40%', '2026-11-24 06:00', T("""HealthCX Daily - Tuesday, November 24, 2026

1. Health systems turn to "virtual queue" callbacks to cut hold times
A survey of 140 health system contact centers found that those offering automated callbacks reduced abandon rates by an average of 6 points. "Patients don't mind waiting, they mind waiting on hold," one Midwest director said.

2. Portal message volume up 40% since 2022, and clinicians are feeling it
Researchers at a West Coast academic center report that each additional 10 portal messages per day added 9 minutes of after-hours EHR time for primary care physicians. Several systems now bill for e-visits when messages require medical decision making.

3. Interpreter shortages hit rural hospitals hardest
Video remote interpreting fills gaps, but patients with hearing loss and older adults report lower satisfaction.

4. Webinar: Building a nurse triage line that scales, Dec 10, 1 PM ET

Read more at healthcxdaily.com | Manage subscription
""")))

add('clean', 'news', '', M(
    'St. Agatha Communications <communications@stagatha.org>', 'All Employees <allemployees@stagatha.org>',
    'St. Agatha earns national patient experience award', '2026-11-18 12:00', T("""FOR IMMEDIATE RELEASE

St. Agatha Regional Medical Center Named a 2026 Patient Experience Leader

CARVER CITY - St. Agatha Regional Medical Center has been recognized among the top 10 percent of U.S. hospitals for patient experience, based on HCAHPS survey results from more than 4,200 discharged patients between July 2025 and June 2026.

"This honor belongs to every nurse, interpreter, chaplain, volunteer and housekeeper who treats patients like family," said President and CEO Dr. Lorraine Whitfield-Ames. The hospital scored highest in communication with nurses and in quietness of the hospital environment.

St. Agatha expanded its interpreter services and volunteer programs in 2025, adding 14 languages and 120 new volunteers.

Media contact: Paul Andretti, 614-338-6550
""")))

add('clean', 'news', '', M(
    'JAMA Network <jamanetwork@jamanetwork.org>', 'Dr. Anil Pryce <apryce@westbrookclinic.org>',
    'JAMA Internal Medicine - Online First, Nov 30', '2026-11-30 11:00', T("""JAMA Internal Medicine | Online First

ORIGINAL INVESTIGATION
Nurse-Led Telephone Triage and Emergency Department Use Among Medicare Beneficiaries: A Cohort Study
  N = 318,442; triage-line users had 12% fewer low-acuity ED visits (HR 0.88, 95% CI 0.85-0.91)

Patient Portal Messaging and Medication Adherence in Hypertension: A Randomized Clinical Trial

RESEARCH LETTER
Trends in Professional Interpreter Use for Patients With Limited English Proficiency, 2018-2025

Access full text: jamanetwork.com/journals/jamainternalmedicine
You are receiving this e-mail because you signed up for JAMA Network alerts.
""")))

add('clean', 'news', '', M(
    'Carver City Courier <newsletter@carvercitycourier.com>', 'Dottie Pembrook <dottie.pembrook@gmail.com>',
    'Courier Weekend: Hospital volunteer, 91, logs 20,000th hour', '2026-11-28 07:00', T("""CARVER CITY COURIER - WEEKEND EDITION

Hospital volunteer, 91, logs 20,000th hour
Harriet Olmstead started pushing the book cart at St. Agatha in 1987, the year her husband retired. Thirty-nine years later she still works the information desk two mornings a week and the holiday cookie cart every December. "People are scared when they come into a hospital," she said. "A cookie and a hello doesn't fix anything, but it helps." Volunteer coordinator Dottie Pembrook says the hospital will name the lobby reading nook after her.

Also this weekend: Holiday lights on Main St., high school football playoffs, and a new ramen place on Sawyer Road.
""")))
# ============================ CLEAN-TRAINING ===============================
add('clean', 'training', '', M(
    'Joan Feeney <jfeeney@westbrookclinic.org>', 'Triage RN Team <triage-rn@westbrookclinic.org>',
    'Case review for Thursday education - chest pain protocol', '2026-11-30 15:00', T("""For Thursday's 15-minute education huddle. Please read before. Case is a composite, details changed.

CASE: Caller is a 58-year-old man calling at 6:45 pm about "heartburn" for two hours that isn't better with antacids. He mentions he's sweaty and his left arm "feels heavy." Wife is home. He asks if he can just come in tomorrow morning.

Questions:
1. Which Schmitt-Thompson guideline do you open, and which disposition is reached at the first positive question?
2. He refuses 911 and says his wife will drive him. What do you document and what do you say?
3. What would change if he were 28 and the pain was worse with a deep breath?

Bring your answers; no names, no MRNs, this is for learning only.

Joan
""")))

add('clean', 'training', '', M(
    'Patient Access Training <pac-training@westbrookclinic.org>', 'New Hire Cohort Dec 2026 <newhires-dec26@westbrookclinic.org>',
    'Week 2 role-play scripts (sample data)', '2026-12-03 08:00', [T("""Welcome to week 2! Attached are the role-play scripts for tomorrow. All names and numbers are fictitious training data from the Epic playground (PLY) environment. Never practice on real patient charts.

See you at 8:30 in Training Room C.
- Patient Access Training
"""), T("""ROLE-PLAY 4: Refill call with identity verification

Agent:  Thank you for calling Westbrook Multispecialty Clinic, this is ____. Can I have your full name and date of birth?
Caller: Jane Testpatient, January 1st, 1900.
Agent:  Thank you. Can you also verify your address?
Caller: 123 Training Way, Anytown.
Agent:  (In PLY, search Jane Testpatient, MRN PLY000001. Confirm 2 identifiers match.)
Caller: I need my blood pressure medicine refilled.
Agent:  (Open the med list. Do NOT read the medication name first; ask the caller to name it.)
...
Scoring: 2 identifiers verified [ ]  Offered portal [ ]  Read back pharmacy [ ]  Set expectation of 2 business days [ ]

ROLE-PLAY 5: Angry caller about a bill
Caller (Zzztest, Mickey): "I've called four times about this bill!" Agent practices LEARN: Listen, Empathize, Apologize, Resolve, Notify.
""", fname='week2_roleplays.txt')]))

add('clean', 'training', '', M(
    'Brandon Coyle <bcoyle@westbrookclinic.org>', 'support@remindrx-vendor.com',
    'Case 20931 - test messages for your QA env', '2026-12-02 10:10', [T("""Here are two synthetic SIU messages you can use in your QA environment instead of the production samples. Patient is our standard test patient (ZZTEST), nothing real. Feel free to replay them as often as you like.

Brandon
"""), T("""MSH|^~\\&|CADENCE|WMC_TST|REMINDERS|VENDORX|202612021000||SIU^S12|TST0001|T|2.3
SCH|TST0001^WMC|||||ROUTINE|OFFICE VISIT|OV|20|MIN|^^20^202612150900^202612150920|||||||||||||||BOOKED
PID|1||99999901^^^WMC^MR||ZZTEST^PATIENT^A||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000||0000000000
PV1|1|O|TSTCLINIC^^^WMC_TST
RGS|1
AIS|1||99213^OFFICE VISIT EST
AIP|1||0000001^ZZTEST^PROVIDER^^^MD
""", fname='siu_test_TST0001.hl7')]))

add('clean', 'training', '', M(
    'Compliance Learning <compliance-learning@stagatha.org>', 'Volunteer Office <volunteers@stagatha.org>',
    'Annual privacy training for volunteers - quiz answer key', '2026-11-10 09:30', T("""Dottie,

Here is the answer key for the 2027 volunteer privacy quiz, for your eyes only (please don't forward to volunteers).

1. A visitor asks which room her neighbor is in. The patient opted out of the directory. What do you say?  -> "I'm sorry, I don't have any information about that person."
2. You recognize your child's teacher in the ED waiting room. May you mention it to another parent?  -> No.
3. True/False: It's OK to post a photo of the holiday cart on social media if no patients are visible.  -> True, with Communications approval.
4. A patient hands you a note with his pharmacy and medication list to pass to the nurse. What do you do?  -> Hand it directly to the nurse; don't leave it at the desk.
5. Where do you dispose of a census list left on a cart?  -> Shred bin (blue locked console).

Passing score: 4/5.

Compliance Learning Team
""")))

add('clean', 'training', '', M(
    'Joaquin Estrada <jestrada@stagatha.org>', 'Clinic Managers <clinic-managers@westbrookclinic.org>',
    'How to book an interpreter (updated job aid)', '2026-11-17 13:20', ALT("""Hi all,

Updated job aid for booking interpreters, since we've had a few last-minute requests this month:

  1. In-person: request at least 48 hours ahead via the Interpreter Request form (intranet > Interpreter Services). Include language, date/time, location, expected length.
  2. Same-day: call the dispatch line x6200. We'll try in-person, otherwise video (VRI).
  3. Phone interpreting: dial 1-800-555-0140, access code on the blue card by every phone. 240+ languages, 24/7.
  4. ASL: in-person only through CAI agency, 72 hours notice. VRI is acceptable only if the patient agrees.
  5. Never use family members or minors as interpreters except in an emergency until a qualified interpreter arrives. Document the patient's preference.

Thanks!
Joaquin
""", HTML_HEAD + """<p class="MsoNormal">Hi all,</p><br><p class="MsoNormal">Updated job aid for booking interpreters, since we've had a few last-minute requests this month:</p>
<ol><li><b>In-person:</b> request at least 48 hours ahead via the Interpreter Request form (intranet &gt; Interpreter Services). Include language, date/time, location, expected length.</li>
<li><b>Same-day:</b> call the dispatch line x6200. We'll try in-person, otherwise video (VRI).</li>
<li><b>Phone interpreting:</b> dial 1-800-555-0140, access code on the blue card by every phone. 240+ languages, 24/7.</li>
<li><b>ASL:</b> in-person only through CAI agency, 72 hours notice. VRI is acceptable only if the patient agrees.</li>
<li>Never use family members or minors as interpreters except in an emergency until a qualified interpreter arrives. Document the patient's preference.</li></ol>
<p class="MsoNormal">Thanks!<br>Joaquin</p>""" + HTML_TAIL)))

tip_html = """<html><head><title>Tip Sheet: Routing Refill Requests</title></head><body style="font-family:Arial">
<h2>Tip Sheet: Routing Refill Requests in the In Basket</h2>
<p>Applies to: CMAs, LPNs, RNs, Contact Center Agents. Revised 12/2026 for policy CP-114.</p>
<h3>Step 1 - Open the Rx Request folder</h3><p>Requests from the portal, pharmacy (eRx) and phone all land here.</p>
<h3>Step 2 - Check protocol</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Check</th><th>Where</th></tr>
<tr><td>Last visit with prescriber within 12 months</td><td>Encounters tab</td></tr>
<tr><td>Required monitoring labs current</td><td>Results Review (Appendix A lists which labs)</td></tr>
<tr><td>Not a controlled substance</td><td>DEA schedule icon on the order</td></tr></table>
<h3>Step 3 - Pend or route</h3><p>If all checks pass, pend one 90-day supply and sign under protocol. Otherwise route to the prescriber pool with a short comment, e.g. <i>"Last BMP 5/2026, outside window. Lab order pended."</i></p>
<p style="color:#888">Screenshots in the SharePoint version use the PLY training environment; patient names shown are fictitious.</p></body></html>"""
add('clean', 'training', '', M(
    'Epic Training Team <epictraining@westbrookclinic.org>', 'Pool - IM Refills <im-refills@westbrookclinic.org>',
    'New tip sheet: routing refill requests (CP-114)', '2026-12-01 10:00', [T("""Attached is the new tip sheet to go with the revised refill protocol. Print and post near the refill workstation. Drop-in help sessions: Dec 8 and 10, 12-1, Training Room C.
"""), T(tip_html, 'html', fname='TipSheet_RefillRouting_CP114.html')]))

# ============================ WRITE ========================================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for label, kind, patient, msg in MSGS:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (label, kind, counters[key])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, label, kind, patient if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')

if __name__ == '__main__':
    main()
