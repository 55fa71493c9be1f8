#!/usr/bin/env python3
"""Blind eval set prose19a: behavioral health / addiction network + school-based health centers.
All content invented. Standard library only, deterministic."""
import base64, csv, io, os, quopri, random, zipfile, sys
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email import message_from_bytes
from email.policy import compat32

random.seed(1919)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def part(text, subtype='plain', charset='utf-8', cte=None, filename=None, maintype='text', disp='inline'):
    """Build a leaf part with explicit transfer encoding."""
    if isinstance(text, bytes):
        raw = text
    else:
        raw = text.encode(charset)
    if maintype == 'text':
        p = MIMENonMultipart('text', subtype, charset=charset)
    else:
        p = MIMENonMultipart(maintype, subtype)
    if cte is None:
        try:
            raw.decode('ascii'); cte = '7bit'
        except UnicodeDecodeError:
            cte = 'quoted-printable'
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    if filename:
        p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

from email.header import Header
from email.utils import parseaddr, formataddr
def enc_hdr(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()
def enc_addr(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        name, addr = parseaddr(s)
        return formataddr((name, addr), charset='utf-8')

def boundary():
    return '----=_Part_%d_%d.%d' % (random.randint(1000, 99999), random.randint(10**8, 10**9), random.randint(10**12, 10**13))

def mime_of(name):
    ext = name.rsplit('.', 1)[-1].lower()
    return {'txt': ('text', 'plain'), 'csv': ('text', 'csv'), 'html': ('text', 'html'),
            'json': ('application', 'json'), 'hl7': ('application', 'octet-stream'),
            'x12': ('text', 'plain'), 'edi': ('application', 'octet-stream'),
            'zip': ('application', 'zip'), 'xml': ('text', 'xml'), 'tsv': ('text', 'tab-separated-values')}.get(ext, ('application', 'octet-stream'))

def mk(frm, to, subj, date, body=None, html=None, atts=(), cc=None, charset='utf-8', cte=None,
       html_charset=None, extra=None, fwd=None):
    """atts: list of (filename, content, optional (maintype, subtype), optional cte).
    fwd: an already built message object attached as message/rfc822."""
    alt = None
    if html is not None and body is not None:
        alt = MIMEMultipart('alternative', boundary=boundary())
        alt.attach(part(body, 'plain', charset, cte))
        alt.attach(part(html, 'html', html_charset or charset, cte))
        main = alt
    elif html is not None:
        main = part(html, 'html', html_charset or charset, cte)
    else:
        main = part(body, 'plain', charset, cte)
    if atts or fwd is not None:
        m = MIMEMultipart('mixed', boundary=boundary())
        m.attach(main)
        if fwd is not None:
            mm = MIMEMessage(fwd)
            mm.add_header('Content-Disposition', 'attachment', filename='forwarded message.eml')
            m.attach(mm)
        for a in atts:
            name, content = a[0], a[1]
            mt = a[2] if len(a) > 2 and a[2] else mime_of(name)
            acte = a[3] if len(a) > 3 else None
            if mt[0] == 'text':
                p = part(content, mt[1], 'utf-8' if not (len(a) > 4) else a[4], acte, filename=name)
            else:
                data = content if isinstance(content, bytes) else content.encode('utf-8')
                p = part(data, mt[1], maintype=mt[0], cte=acte or 'base64', filename=name)
            m.attach(p)
    else:
        m = main
    m['From'] = enc_addr(frm)
    m['To'] = enc_addr(to)
    if cc:
        m['Cc'] = enc_addr(cc)
    m['Subject'] = enc_hdr(subj)
    m['Date'] = date
    dom = frm.split('@')[-1].strip('>').strip()
    m['Message-ID'] = '<%s.%d@%s>' % (base64.b32encode(random.randbytes(10)).decode().lower(), random.randint(1000, 9999), dom)
    m['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        m[k] = v
    # move headers to front for readability
    hs = m._headers
    order = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version']
    front = [h for o in order for h in hs if h[0] == o]
    rest = [h for h in hs if h[0] not in order]
    m._headers = front + rest
    return m

def zipit(name, content):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2026, 10, 2, 9, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return b.getvalue()

def add(label, kind, patient, m):
    M.append((label, kind, patient, m))

# ======================= PHI-CARE =======================
add('phi', 'phi-care', 'Okafor', mk(
    'Dana Whitcomb RN <dwhitcomb@harborlightbh.org>', 'OTP Dosing Team <otp-dosing@harborlightbh.org>',
    'take-home for Okafor tomorrow?', 'Mon, 12 Oct 2026 16:42:10 -0400', body="""Quick one before I leave -- Marcus Okafor asked at the window whether he can pick up Tuesday's dose as a take-home because his shift moved. He's at 85 mg, UDS from 10/5 came back as expected, and he's been on Sat take-homes since August. Dr. Ruiz needs to sign off, I left it in her box. If nobody hears from her he doses in person at 6:15 like usual.

Dana
"""))

add('phi', 'phi-care', 'Pellegrino', mk(
    'Ray Costa <rcosta@harborlightbh.org>', 'Jen Albright <jalbright@harborlightbh.org>',
    'RE: mobile crisis run last night', 'Tue, 13 Oct 2026 07:58:33 -0400', body="""Jen - yes, we went out. Responded 23:10 to the address on Birch Hollow Rd, client is Angela Pellegrino (she's known to the IOP team). Sat with her on the porch about 50 min, safety plan updated, she agreed to come to the walk-in at 10 this morning with her sister driving. Did not transport. Weapons: sister removed the meds from the house. Note is in the chart under last night's date.

I'd like someone from IOP to call her before noon if she doesn't show.

Ray Costa, LCSW
Mobile Crisis Team | Harborlight Behavioral Health

-----Original Message-----
From: Jen Albright
Sent: Tuesday, October 13, 2026 7:31 AM
To: Ray Costa
Subject: mobile crisis run last night

Saw a call on the board at 22:50 from the crisis line, did you guys end up going out? Nothing in the handoff.
"""))

add('phi', 'phi-care', 'Nguyen', mk(
    'Lisa Marchetti, RN <lmarchetti@hlbh-schools.org>', 'Coach Tom Brandt <tbrandt@lincolnridge.k12.ma.us>',
    'sports physical - Kevin Nguyen', 'Wed, 19 Aug 2026 11:05:47 -0400', body="""Hi Coach,

Kevin Nguyen (soccer, grade 10) came to the health center today for his sports physical. Everything was done except the vision screen -- he forgot his glasses so we rescheduled that part for Friday 8/21 at 7:40 before homeroom. He is NOT cleared until that's done, so please hold him out of Monday's tryout if I haven't emailed you by then.

Thanks,
Lisa Marchetti, RN
School-Based Health Center, Lincoln-Ridge High School
(508) 426-7719
"""))

add('phi', 'phi-care', 'Delacroix', mk(
    'Harborlight Residential <res-nursing@harborlightbh.org>', 'Pharmacy Liaison <rx-liaison@harborlightbh.org>',
    'Refill needed - res unit B', 'Thu, 22 Oct 2026 21:17:02 -0400',
    body="""Refill request from Unit B night nursing

Resident: Delacroix, Simone
Room: B-14
Item: naltrexone 50 mg tab, #30
Last fill: 09/24/2026
Prescriber: M. Abernathy, NP

She will be out after Sunday morning's dose. Please send to the house, not to the Elm St pharmacy -- she's not allowed off-site yet.

-- K. Lutz, LPN (nights)
""",
    html="""<html><head><style>body{font-family:Calibri,sans-serif;font-size:11pt} td{padding:3px 8px;border:1px solid #bbb}</style></head><body>
<p><b>Refill request from Unit B night nursing</b></p>
<table style="border-collapse:collapse">
<tr><td>Resident</td><td>Delacroix, Simone</td></tr>
<tr><td>Room</td><td>B-14</td></tr>
<tr><td>Item</td><td>naltrexone 50 mg tab, #30</td></tr>
<tr><td>Last fill</td><td>09/24/2026</td></tr>
<tr><td>Prescriber</td><td>M. Abernathy, NP</td></tr>
</table>
<p>She will be out after Sunday morning&#39;s dose. Please send to the house, not to the Elm St pharmacy -- she&#39;s not allowed off-site yet.</p>
<p>-- K. Lutz, LPN (nights)</p>
</body></html>"""))

add('phi', 'phi-care', 'Brennan', mk(
    'Officer Craig Hollis <chollis@probation.ma-courts.example.gov>', 'Intake <intake@harborlightbh.org>',
    'Attendance verification - Brennan, Tyler', 'Fri, 23 Oct 2026 10:20:00 -0400', body="""Good morning,

I supervise Tyler Brennan (DOB 03/11/1998) on probation out of the Fall River district court. He has a signed release on file with you naming this office. Can you confirm his attendance at intensive outpatient group for the weeks of 10/5 and 10/12, and whether his last two drug screens were completed? I don't need results over email if that's an issue, a call is fine.

Officer Craig Hollis
Probation Officer
Fall River District Court Probation
508-675-3302 x214
"""))
_orig = M.pop()[3]
add('phi', 'phi-care', 'Brennan', mk(
    'Intake <intake@harborlightbh.org>', 'Erin Vance <evance@harborlightbh.org>',
    'FW: Attendance verification - Brennan, Tyler', 'Fri, 23 Oct 2026 11:02:18 -0400', body="""Erin -- he's in your Tues/Thurs group. ROI to probation is scanned in, attendance + tox both checked. Can you answer the PO? Original attached.

Intake
""", fwd=_orig))

add('phi', 'phi-care', 'Farouk', mk(
    'Priya Shah <pshah@harborlightbh.org>', 'Kevin O\'Day <koday@harborlightbh.org>',
    'Fw: peer coach check-in', 'Mon, 26 Oct 2026 14:03:51 -0400', body="""Kev, see below from Andre. Can you put Yusuf on your Thursday list? I'm out.

---------- Forwarded message ---------
From: Andre Lyles <alyles@harborlightbh.org>
Date: Mon, Oct 26, 2026 at 1:40 PM
Subject: peer coach check-in
To: Priya Shah <pshah@harborlightbh.org>

Met Yusuf Farouk at Dunkin on Rt 6 like we planned. He's 61 days. Went with him to his first NA home group Sat and he said he'd go back. Needs a ride to the bupe appt on the 29th at the Main St clinic, I can't do that day. Also asked about getting his license back, I gave him the RMV sheet.

Andre
Peer Recovery Coach
"""))

add('phi', 'phi-care', 'Whitfield', mk(
    'Gloria Santangelo <gsantangelo@hlbh-schools.org>', 'Brianne Whitfield <bwhitfield73@gmail.com>',
    'Re: Ava - ear check today', 'Tue, 03 Nov 2026 13:26:10 -0500', body="""Hi Ms. Whitfield,

Ava came down to us after 3rd period holding her ear. Our NP looked at it -- she wrote a prescription for ear drops that went to the CVS on Central like you asked on the consent form. Ava went back to class. If it's not better by Thursday please bring her to the health center after school or call her pediatrician.

Gloria Santangelo
Medical Assistant
Westfield Middle School Health Center

On Tue, Nov 3, 2026 at 12:05 PM Brianne Whitfield <bwhitfield73@gmail.com> wrote:
> Ava texted me her ear is killing her, can someone look at it? I'm at work until 5
> and can't get there. She's in 7th grade, homeroom 204.
> Thank you!!
"""))

add('phi', 'phi-care', 'Castellano', mk(
    '"Rivera, Marisol" <mrivera@harborlightbh.org>', '"Teague, Owen" <oteague@harborlightbh.org>',
    'RE: Castellano - discharge Fri', 'Wed, 04 Nov 2026 09:12:44 -0500',
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!-- p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif} --></style></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal>Owen,</p>
<p class=MsoNormal>Confirmed with the family: Luis goes home Friday after lunch. Aftercare is set &#8211; IOP intake at the Taunton site Monday 11/9 at 9:00, first Vivitrol injection already done here on 11/2 so next one due around 11/30. His mother is picking him up.</p>
<p class=MsoNormal>I&#8217;ll put the discharge summary in the chart by Thursday.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Marisol Rivera, LMHC<br>Residential Case Manager<br>Harborlight Behavioral Health &#8211; Dighton Residential</p>
<p class=MsoNormal>&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class=MsoNormal><b>From:</b> Teague, Owen <br><b>Sent:</b> Tuesday, November 3, 2026 4:51 PM<br><b>To:</b> Rivera, Marisol<br><b>Subject:</b> Castellano - discharge Fri</p></div>
<p class=MsoNormal>Is Luis Castellano still going out Fri? Need to release the bed.</p>
<p class=MsoNormal style="font-size:8pt;color:gray">CONFIDENTIALITY: This message may contain information protected by 42 CFR Part 2. If you received it in error, delete it and notify the sender.</p>
</div></body></html>""", charset='windows-1252', cte='quoted-printable'))

# ======================= PHI-NAMES =======================
add('phi', 'phi-names', 'Kowalski', mk(
    'Deb Kowalski <debkowalski1962@yahoo.com>', 'Family Program <familyprogram@harborlightbh.org>',
    'my son Jake', 'Sun, 11 Oct 2026 22:48:19 -0400', body="""To whoever reads this,

My son Jake has been at your residential place in Dighton for 9 days now. He called me tonight and said they're moving him to the outpatient groups next week and he doesn't have anywhere to live, he can't come back here, I have his little brother to think about. Nobody told me anything. I know he signed something so you can talk to me because he told me he did. Can somebody please call me. 774-291-6630.

Deb
"""))

add('phi', 'phi-names', 'Haddad', mk(
    'Mr. Paul Devereaux <pdevereaux@westfieldms.k12.ma.us>', 'Lisa Marchetti <lmarchetti@hlbh-schools.org>',
    'Noor H. - asthma, gym', 'Tue, 15 Sep 2026 08:01:22 -0400', body="""Lisa, 

Noor Haddad in my 2nd period PE had to stop during the mile yesterday, wheezing pretty bad, used her inhaler and sat out. She says her inhaler at home is almost empty and the one in your office is the only spare. Just giving you a heads up, I'll send her down before class Thursday so you can check her.

Paul Devereaux
Physical Education, Westfield MS
"""))

add('phi', 'phi-names', 'Mercado', mk(
    'Kathleen O\'Rourke <korourke@harborlightbh.org>', 'OTP Clinical <otp-clinical@harborlightbh.org>',
    'Mercado\'s dose hold', 'Wed, 14 Oct 2026 06:52:08 -0400', body="""Morning all,

Heads up for the window today: Mercado's dose is on hold until she sees the prescriber -- she came in yesterday visibly sedated, we held and sent her home with her boyfriend. Hector on days knows the story. Jessie Mercado, not Jose Mercado (different pt, he's fine to dose).

Kathleen
"""))

add('phi', 'phi-names', 'Okonkwo', mk(
    'Sam Reyes <sreyes@lincolnridge.k12.ma.us>', 'Counseling Team <counseling@lincolnridge.k12.ma.us>',
    'Fwd: Chidi', 'Thu, 29 Oct 2026 15:37:40 -0400', cc='Dr. Helen Park <hpark@hlbh-schools.org>', body="""Adding Dr. Park from the health center since she's seeing him.

Sam

Begin forwarded message:

From: Amaka Okonkwo <amaka.okonkwo@outlook.com>
Date: October 29, 2026 at 2:10:55 PM EDT
To: Sam Reyes <sreyes@lincolnridge.k12.ma.us>
Subject: Chidi

Mr Reyes, Chidi told me he has been going to see the lady at the health center at school for his panic attacks and that she wants him to try a medicine. His father and I would like to come in and talk about it first before he starts anything. He is only 15. Please tell her. Thank you, Amaka Okonkwo
"""))

add('phi', 'phi-names', 'Sullivan', mk(
    'Frank Sullivan <frank.sully@comcast.net>', 'Harborlight Crisis Line <crisisline@harborlightbh.org>',
    'thank you to the team that came out for my dad', 'Sat, 07 Nov 2026 10:14:00 -0500', body="""I just want to say thank you to the two guys from the mobile crisis team who came to my father's house in Swansea Thursday night. Dad (Walter Sullivan, he's 78) has been drinking a lot since Mom passed and he'd said some things on the phone that scared me. Your people talked to him for over an hour and got him to agree to see somebody. He has the appointment Tuesday at your Somerset office. I couldn't have done it from Ohio.

God bless,
Frank Sullivan
"""))

add('phi', 'phi-names', 'Baptiste', mk(
    'Jordan Ellis <jellis@harborlightbh.org>', 'Maureen Fitzgerald <mfitzgerald@harborlightbh.org>',
    'Baptiste, Rose-Marie / bed 7 -- family visit Sun', 'Fri, 30 Oct 2026 11:45:09 -0400', body="""Maureen -- the daughter called again. She wants to bring the grandkids Sunday. Rose-Marie's consent only lists the daughter (Nadège), not the grandkids, and the visit policy in week 2 of detox is adults only anyway. Can you call Nadège back? I didn't want to say no without you. She's at 617-830-4472.

J
"""))

add('phi', 'phi-names', 'Thibodeau', mk(
    'Coach Rich Amaral <ramaral@lincolnridge.k12.ma.us>', 'Athletic Trainer <atc@lincolnridge.k12.ma.us>',
    'Thibs', 'Sat, 26 Sep 2026 17:02:30 -0400', body="""Thibs took a helmet to helmet in the 3rd qtr, said he saw stars. Held him out rest of game. Parents took him to Charlton ER after. He's not practicing Mon until you and the health center clear him, concussion protocol. Mom is Carla Thibodeau 508-965-1180.

Sent from my iPhone
"""))

add('phi', 'phi-names', 'Lindqvist', mk(
    'Erin Vance <evance@harborlightbh.org>', 'IOP Tuesday Group <iop-tue-staff@harborlightbh.org>',
    'group notes - couple of things', 'Tue, 10 Nov 2026 20:31:57 -0500', body="""Group ran fine tonight, 9 of 11 present. Notes are in. Couple things:

- Hannah L. disclosed she used on Saturday. She was honest about it and stayed for the whole group, I'd like Dr. Moss to see her this week about her buprenorphine dose. Hannah Lindqvist if there's any confusion with Hannah P.
- Mike's ride fell through again, he left at 7:30.
- We are out of the "urge surfing" handouts.

Erin
"""))
# ======================= PHI-SELF =======================
add('phi', 'phi-self', 'Dufresne', mk(
    'MyHarborlight Portal <noreply-portal@harborlightbh.org>', 'OTP Front Desk <otp-frontdesk@harborlightbh.org>',
    'New portal message from patient: Dufresne, Michelle', 'Mon, 19 Oct 2026 05:44:12 -0400', body="""You have a new secure message.

Patient: Michelle Dufresne
MRN: 00481173
Category: Dosing / Schedule

Message:
hi its michelle, i start my new job at the distribution center next monday and my hours are 6am to 2:30. the window doesnt open till 6. is there any way i can come at 5:45 or get moved to the afternoon? i really dont want to lose this job, its my first one in 3 years. ive been clean since march and all my urines have been good.

Reply in the portal. Do not reply to this e-mail.
"""))

add('phi', 'phi-self', 'Grady', mk(
    'Tom Grady <tgrady.hvac@gmail.com>', 'billing@harborlightbh.org',
    'bill I got for my daughter - wrong?', 'Wed, 21 Oct 2026 19:03:27 -0400', body="""Hi,

I got a bill for $340 for my daughter Kaitlyn Grady, date of service 9/14/2026, "behavioral health assessment". She saw the counselor at the health center in her high school (Somerset Berkley). I was told when I signed the form that school health center visits are no cost to families and you bill our insurance (we have Tufts, her ID is on file). Why am I getting a bill? Account number on the statement is 7720-19845.

Tom Grady
"""))

add('phi', 'phi-self', 'Ferreira', mk(
    'Ana Ferreira <aferreira.nb@hotmail.com>', 'Peer Recovery <peersupport@harborlightbh.org>',
    'Re: Re: checking in', 'Thu, 22 Oct 2026 23:11:40 -0400', body="""Hey Shay,

Sorry I didnt answer earlier. honestly its been a rough week. I'm still taking my suboxone every morning like I'm supposed to but I skipped group Tues and Thurs because I couldnt face anybody after what happened with my mom. I know, I know. Can we meet Saturday? Not at the clinic, maybe the library. 

Ana

On Tue, Oct 20, 2026, Shay Mendes <smendes@harborlightbh.org> wrote:
> Hi Ana! Just checking in like we talked about. How are you doing with
> everything? Text or email whatever's easier.
> Shay
"""))

add('phi', 'phi-self', 'Abernathy-Cole', mk(
    'Renee Abernathy-Cole <reneeac@protonmail.com>', 'Privacy Office <privacy@harborlightbh.org>',
    'Revoking my consent', 'Fri, 30 Oct 2026 08:15:00 -0400', body="""To the Privacy Officer,

I am a patient in your opioid treatment program (Fall River clinic, I dose there daily). In August I signed a 42 CFR Part 2 consent form allowing Harborlight to disclose my treatment information to my employer's EAP (Cardinal Logistics). I am revoking that consent effective today. I do not want my attendance, dose or test results sent to anyone at Cardinal.

Please confirm in writing that you received this.

Renee Abernathy-Cole
DOB 06/02/1985
""", extra={'Importance': 'High'}))

add('phi', 'phi-self', 'Moreau', mk(
    'Jacqueline Moreau <jmoreau@verizon.net>', 'SBHC Lincoln-Ridge <sbhc-lrhs@hlbh-schools.org>',
    'Immunization form for Lucas', 'Mon, 31 Aug 2026 21:30:12 -0400', body="""Hello,

The school says Lucas (grade 11) can't start until his immunizations are up to date. I've attached the record from his pediatrician, it shows the Tdap and the meningitis shot he got on Aug 27. He had MenACWY the first time in 7th grade. Is that enough or does he still need the MenB? His doctor said that's optional.

Lucas Moreau, DOB 01/19/2010.

Thanks,
Jacqueline
""", atts=[('Lucas_Moreau_immunizations.txt', """SOUTH COAST PEDIATRICS -- IMMUNIZATION HISTORY
Patient: MOREAU, LUCAS A     DOB: 01/19/2010    Chart# 221904
Printed: 08/28/2026

Vaccine            Date(s)
DTaP               03/2010 05/2010 07/2010 04/2011 02/2014
Tdap               08/27/2026
IPV                03/2010 05/2010 04/2011 02/2014
MMR                01/2011 02/2014
Varicella          01/2011 02/2014
Hep B              01/2010 03/2010 07/2010
MenACWY            09/12/2022  08/27/2026
HPV                09/12/2022  03/20/2023
Influenza          10/2025
""")]))

add('phi', 'phi-self', 'Pratt', mk(
    'Darnell Pratt <dpratt1990@icloud.com>', 'Harborlight Intake <intake@harborlightbh.org>',
    'need help', 'Tue, 10 Nov 2026 02:38:51 -0500', body="""i was in your detox in 2024. i relapsed. been using fentanyl again about 3 months. i want to come back but i dont have insurance anymore i lost my job. do i have to wait. i can come in tomorrow. my number is 508 317 0946 Darnell Pratt

Sent from my iPhone"""))

add('phi', 'phi-self', 'Lambert', mk(
    'Greg Lambert <greg.lambert@lambertroofing.com>', '"Dr. Helen Park" <hpark@hlbh-schools.org>',
    'Sophie follow up', 'Thu, 12 Nov 2026 12:40:00 -0500', body="""Dr. Park,

Thanks for seeing Sophie on Monday. Her mom and I talked and we're OK with her continuing with you every other week at school instead of the outside therapist -- the waitlist there is 4 months. She seemed lighter after the session. Could you send the release form home with her for her mom to sign too since we're both on the custody paperwork?

Greg Lambert
(Sophie Lambert, 8th grade, Westfield MS)
""", html="""<div dir="ltr"><div>Dr. Park,</div><div><br></div><div>Thanks for seeing Sophie on Monday. Her mom and I talked and we&#39;re OK with her continuing with you every other week at school instead of the outside therapist -- the waitlist there is 4 months. She seemed lighter after the session. Could you send the release form home with her for her mom to sign too since we&#39;re both on the custody paperwork?</div><div><br></div><div>Greg Lambert</div><div>(Sophie Lambert, 8th grade, Westfield MS)</div><div><br></div><div style="color:#888;font-size:9pt">Lambert Roofing &amp; Gutters | Lic. #CS-104882 | 508-999-2030</div></div>"""))

# ======================= PHI-LISTS =======================
add('phi', 'phi-lists', 'Costa', mk(
    'Hector Vargas <hvargas@harborlightbh.org>', 'OTP Nursing <otp-nursing@harborlightbh.org>',
    'missed doses x3 - outreach list', 'Fri, 16 Oct 2026 15:20:41 -0400', body="""These folks have missed 3+ consecutive days as of today. Per policy they need a prescriber eval before re-dosing and peer outreach today.

Name                  Last dose    Current mg   Peer
--------------------  -----------  -----------  --------
Costa, Brian          10/12        110          Andre
Medeiros, Tina        10/13         60          Shay
Rocha, Daniel         10/11         95          Andre
Leblanc, Ashley       10/13         40 (bupe)   Shay
Silvia, Paul          10/12         75          --

Paul's phone is disconnected, try his mother (on the ROI).

Hector
"""))

add('phi', 'phi-lists', 'Patel', mk(
    'Lisa Marchetti <lmarchetti@hlbh-schools.org>', 'Assistant Principal Mark Ouellette <mouellette@lincolnridge.k12.ma.us>',
    'students out of compliance - immunizations, 10/1', 'Thu, 01 Oct 2026 14:09:30 -0400', body="""Mark,

Here are the students still not compliant with state immunization requirements as of today. Letters went home 9/10 and 9/24. Per district policy they'd be excluded starting 10/15 unless we get a record or an exemption.

* Riya Patel (9) - needs 2nd MenACWY? no - needs Tdap
* Jayden Cabral (9) - no record of 2nd varicella
* Mateus Oliveira (11) - MenACWY booster
* Kiara Simmons (10) - Hep B series incomplete (2 of 3)
* Ethan Morse (12) - MenACWY booster; parent says he got it at CVS, waiting on record
* Fatima Diallo (9) - records from Guinea being translated, in progress

We can give Tdap and MenACWY here at the health center if parents sign the consent, so some of these can be fixed in a day.

Lisa
"""))

add('phi', 'phi-lists', 'Amaral', mk(
    'Intake Coordinator <intake@harborlightbh.org>', 'Residential Admissions <res-admit@harborlightbh.org>',
    'Waitlist - residential - week of 11/2', 'Mon, 02 Nov 2026 08:30:00 -0500', body="""See attached. Top 3 are priority (pregnant / IV use / post-overdose).
""", atts=[('res_waitlist_1102.csv', """rank,last,first,dob,referral_source,priority_reason,insurance,date_added,phone
1,Amaral,Jessica,1996-04-22,St. Anne's ED,pregnant 22 wks,MassHealth,2026-10-28,508-672-4419
2,Benoit,Kyle,1989-12-02,Mobile Crisis,post-overdose 10/30,MassHealth,2026-10-31,774-488-2016
3,Torres,Manny,2001-07-15,self,IV use,BCBS MA,2026-10-29,508-916-0075
4,Hickey,Shawn,1979-01-30,Probation - New Bedford,,Tufts,2026-10-20,508-993-7810
5,Correia,Lynn,1992-09-09,self,,uninsured,2026-10-22,
6,Whalen,Bobby,1985-03-17,Fall River Jail reentry,,MassHealth,2026-10-26,508-676-1502
""")]))

add('phi', 'phi-lists', 'Girard', mk(
    'Becky Tran <btran@hlbh-schools.org>', 'Coach Dave Kimball <dkimball@somersetberkley.k12.ma.us>',
    'Girls XC physicals status', 'Tue, 25 Aug 2026 10:11:19 -0400',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Coach Kimball, here&#39;s where your roster stands on physicals. Green = cleared, yellow = pending something, red = not seen.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Athlete</th><th>Grade</th><th>Status</th><th>Note</th></tr>
<tr style="background:#c6efce"><td>Girard, Emma</td><td>11</td><td>Cleared</td><td>seen 8/18</td></tr>
<tr style="background:#ffeb9c"><td>Pacheco, Lily</td><td>9</td><td>Pending</td><td>heart murmur - referred to cardiology, appt 9/2</td></tr>
<tr style="background:#c6efce"><td>Wong, Chloe</td><td>10</td><td>Cleared</td><td>seen 8/19</td></tr>
<tr style="background:#ffc7ce"><td>Mahoney, Grace</td><td>12</td><td>Not seen</td><td>&nbsp;</td></tr>
<tr style="background:#ffeb9c"><td>Sousa, Isabella</td><td>9</td><td>Pending</td><td>needs parent signature on history form</td></tr>
<tr style="background:#c6efce"><td>Reilly, Maeve</td><td>11</td><td>Cleared</td><td>seen 8/20, cleared w/ inhaler pre-run</td></tr>
</table>
<p>Becky Tran, NP<br>SBHC Somerset Berkley Regional HS</p>
</body></html>"""))

add('phi', 'phi-lists', 'Fontaine', mk(
    'Mobile Crisis Supervisor <mct-sup@harborlightbh.org>', 'MCT Staff <mct-staff@harborlightbh.org>',
    'weekend handoff', 'Mon, 09 Nov 2026 07:45:12 -0500', body="""Weekend runs that need Monday follow up:

1) Fri 21:40 - Dominic Fontaine, 34, Westport. SI w/o plan, intoxicated. Stayed home w/ roommate. F/u call today + link to OTP intake, he asked about methadone.
2) Sat 14:15 - Alyssa Craven, 16, Lincoln-Ridge HS student, at home. Self-harm (cutting). Mom present. Connected to SBHC counselor Mon - Sam Reyes knows.
3) Sat 23:55 - "Gus" (Augusto Lima), 52, known to us. Sectioned (Section 35) by family. No f/u from us unless court calls.
4) Sun 11:00 - Marion Beckett, 70, Somerset. Confused, possible UTI vs dementia, sent to ED by EMS. Not ours - close.

Thx, Deb
"""))

add('phi', 'phi-lists', 'Santos', mk(
    '"Oliveira, Carla" <coliveira@harborlightbh.org>', 'UR Team <ur@harborlightbh.org>',
    'FW: auths expiring this week', 'Tue, 17 Nov 2026 09:02:35 -0500', body="""Can someone grab these? I'm in the audit all day.

From: Authorization Tracker <auth-tracker@harborlightbh.org>
Sent: Tuesday, November 17, 2026 6:00 AM
To: Oliveira, Carla
Subject: auths expiring this week

AUTHORIZATIONS EXPIRING 11/17/2026 - 11/23/2026

Client               Member ID       Payer             Svc          Auth #        Exp
Santos, Rafael       100384772901    MassHealth ACO    Res SUD 3.5  A26-0918344   11/18
Dube, Kristen        XHB884210076    BCBS MA           IOP          88120431      11/19
Murphy, Sean P.      4471920033      Tufts Health      Res SUD 3.7  TH-552019     11/20
Araujo, Natalia      100229104455    MassHealth        OTP bundle   A26-1002271   11/22

-- automated report, do not reply
"""))

add('phi', 'phi-lists', 'Ahmed', mk(
    'Dr. Helen Park <hpark@hlbh-schools.org>', 'Sam Reyes <sreyes@lincolnridge.k12.ma.us>',
    'my Tuesday kids', 'Sun, 15 Nov 2026 19:20:00 -0500', body="""Sam, for Tuesday -- can you pull these out of class? Same times as last week.

8:00  Zainab Ahmed (gr 9) -- continuing, anxiety/school avoidance
8:50  Alyssa C. -- new after the weekend, mom is coming at 8:45
9:40  Owen Pires (gr 12) -- f/u on the sertraline, check side effects
10:30 Chidi O. -- parents meeting, Mrs. Okonkwo confirmed
1:15  Brayden Lavoie (gr 10) -- vaping cessation, 3rd visit

Thanks!
H
"""))
# ======================= PHI-STRUCT =======================
HL7_UDS = "\r".join([
"MSH|^~\\&|QUESTLAB|QDI-MARLBORO|HLBH_EHR|HARBORLIGHT|202610141822||ORU^R01|Q88421930|P|2.5.1",
"PID|1||00512244^^^HLBH^MR||RAPOSO^STEVEN^J||19870215|M|||44 Ferry St^^Fall River^MA^02721||5086791143",
"ORC|RE|HL2610130077|Q88421930",
"OBR|1|HL2610130077|Q88421930|UDSPANEL^Urine Drug Screen Panel 12|||202610130715|||||||202610131100||1447302915^RUIZ^ELENA|||||||F",
"OBX|1|ST|METH^Methadone^L||POSITIVE||NEG||||F",
"OBX|2|ST|EDDP^Methadone metabolite^L||POSITIVE||NEG||||F",
"OBX|3|ST|FENT^Fentanyl^L||POSITIVE|ng/mL|<1.0||||F",
"OBX|4|ST|COC^Cocaine metab^L||NEGATIVE||NEG||||F",
"OBX|5|ST|BZO^Benzodiazepines^L||NEGATIVE||NEG||||F",
"OBX|6|NM|CREAT^Creatinine urine^L||112|mg/dL|20-300||||F",
"NTE|1||Fentanyl confirmed by LC-MS/MS",
]) + "\r"
add('phi', 'phi-struct', 'Raposo', mk(
    'Interface Monitor <hl7-monitor@harborlightbh.org>', 'Lab Coordinator <labcoord@harborlightbh.org>',
    'ORU could not be filed - no matching order', 'Wed, 14 Oct 2026 18:23:05 -0400', body="""Inbound ORU^R01 from QUESTLAB could not be filed.
Reason: ORC-2 placer order HL2610130077 not found in open orders (order may have been cancelled).
Action: match manually in Results Queue > Unfiled, or reply REPROCESS.

Raw message attached.
""", atts=[('Q88421930.hl7', HL7_UDS, ('application', 'octet-stream'), 'base64')]))

X12_837 = "~\n".join([
"ISA*00*          *00*          *ZZ*HARBORLIGHTBH  *ZZ*MHCLAIMS       *261020*1130*^*00501*000004417*0*P*:",
"GS*HC*HARBORLIGHTBH*MHCLAIMS*20261020*1130*4417*X*005010X222A1",
"ST*837*0001*005010X222A1",
"BHT*0019*00*HLBH4417*20261020*1130*CH",
"NM1*41*2*HARBORLIGHT BEHAVIORAL HEALTH*****46*HLBH01",
"PER*IC*BILLING DEPT*TE*5086724000",
"NM1*40*2*MASSHEALTH*****46*MHCLAIMS",
"HL*1**20*1",
"NM1*85*2*HARBORLIGHT BEHAVIORAL HEALTH*****XX*1578204491",
"N3*210 PLEASANT ST",
"N4*FALL RIVER*MA*02721",
"REF*EI*043318820",
"HL*2*1*22*0",
"SBR*P*18*******MC",
"NM1*IL*1*MEDEIROS*TINA*M***MI*100291733408",
"N3*12 SLADE ST APT 2",
"N4*FALL RIVER*MA*02724",
"DMG*D8*19910608*F",
"NM1*PR*2*MASSHEALTH*****PI*MHCLAIMS",
"CLM*HL2610-5521*187.60***57:B:1*Y*A*Y*Y",
"HI*ABK:F1120",
"LX*1",
"SV1*HC:H0020*187.60*UN*14***1",
"DTP*472*RD8*20261005-20261011",
"SE*24*0001",
"GE*1*4417",
"IEA*1*000004417",
]) + "~\n"
add('phi', 'phi-struct', 'Medeiros', mk(
    'Billing Ops <billing-ops@harborlightbh.org>', 'Clearinghouse Support <support@claimbridge-edi.example.com>',
    'Rejected 837 batch 4417 - please advise', 'Thu, 22 Oct 2026 10:02:44 -0400', body="""Hi,

Our weekly OTP bundle batch (ctrl 4417) came back with a 999 reject, IK3 segment error on the HI loop. We only have one claim in there that looks different from the others. I've attached the file as we sent it. Can you tell us what's wrong with the HI segment? We used ABK qualifier like always.

Thanks,
Nicole Baptista
Billing Specialist, Harborlight Behavioral Health
""", atts=[('HLBH_837P_4417.x12', X12_837, ('text', 'plain'))]))

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "sbhc-77120",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "SB-077120"}],
        "name": [{"family": "Kessler", "given": ["Mia", "Rose"]}],
        "gender": "female",
        "birthDate": "2012-05-03",
        "address": [{"line": ["19 Orchard Ln"], "city": "Westport", "state": "MA", "postalCode": "02790"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
        "patient": {"reference": "Patient/sbhc-77120"},
        "occurrenceDateTime": "2026-09-22T09:40:00-04:00",
        "lotNumber": "U7741AA",
        "performer": [{"actor": {"display": "Westfield MS Health Center"}}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "114", "display": "MenACWY"}]},
        "patient": {"reference": "Patient/sbhc-77120"},
        "occurrenceDateTime": "2026-09-22T09:42:00-04:00",
        "lotNumber": "M22910"
      }
    }
  ]
}
"""
add('phi', 'phi-struct', 'Kessler', mk(
    'Raj Menon <rmenon@harborlightbh.org>', 'MIIS Integration <miis-support@state-registry.example.gov>',
    'Ticket 55190 - registry submission rejected (sample attached)', 'Mon, 28 Sep 2026 11:31:20 -0400', body="""Hello,

Following up on ticket 55190. Submissions from our school-based sites have been rejected since 9/22 with "performer organization not recognized". Attached is one of the bundles exactly as our interface engine produced it (one student, two shots). Please let us know what identifier you expect for the performer.

Raj Menon
Integration Analyst, Harborlight IT
""", atts=[('bundle_sbhc-77120.json', FHIR, ('application', 'json'), '7bit')]))

add('phi', 'phi-struct', 'Ouellette', mk(
    'Fax Server <faxserver@harborlightbh.org>', 'Medical Records <records@harborlightbh.org>',
    'Inbound fax from 5086758821 (4 pages)', 'Fri, 06 Nov 2026 14:55:02 -0500', body="""Inbound fax received 11/06/2026 14:54, 4 pages, from 5086758821.
OCR text of cover page:

----------------------------------------------
      ST. ANNE'S HOSPITAL - EMERGENCY DEPT
            FACSIMILE COVER SHEET
To: Harborlight OTP - Fall River    Fax: 508-672-4090
From: ED Case Management            Phone: 508-674-5600 x2281
Date: 11/6/26                       Pages (incl cover): 4

RE: OUELLETTE, DENISE   DOB 9/14/1978
Pt seen in ED 11/5-11/6 for overdose, given naloxone x2 by EMS.
Pt states she is enrolled in your methadone program, last dose 11/4.
Discharge summary and med rec attached. Pt requests continuity,
will present to your clinic 11/7 AM.

CONFIDENTIAL: This facsimile contains protected health information.
If you are not the intended recipient notify sender immediately.
----------------------------------------------

Full image: \\\\fax01\\inbound\\20261106_145402.tif
"""))

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20261103141200-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="00477302" root="2.16.840.1.113883.3.9921.2"/>
      <addr><streetAddressLine>3 Quarry St</streetAddressLine><city>Somerset</city><state>MA</state><postalCode>02726</postalCode></addr>
      <patient>
        <name><given>Derek</given><family>Lavallee</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19900621"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><table><tbody>
        <tr><td>Buprenorphine-naloxone 8mg-2mg SL film</td><td>1 film SL twice daily</td><td>Active</td></tr>
        <tr><td>Gabapentin 300mg cap</td><td>1 cap TID</td><td>Discontinued 10/2026</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'phi-struct', 'Lavallee', mk(
    'Alicia Moss MD <amoss@harborlightbh.org>', 'Dr. Peter Hwang <phwang@southcoastprimary.example.com>',
    'CCD for shared pt (consent on file)', 'Tue, 03 Nov 2026 14:20:18 -0500', body="""Peter,

As discussed, attached is the CCD for our shared patient. He signed a Part 2 consent naming your practice for coordination of care (copy in your inbox from our records dept last week). Note we stopped the gabapentin.

Redisclosure notice: This record is protected by federal confidentiality rules (42 CFR Part 2). The federal rules prohibit you from making any further disclosure of information in this record that identifies a patient as having or having had a substance use disorder unless expressly permitted by written consent or otherwise permitted by 42 CFR Part 2.

Alicia Moss, MD
Medical Director, Harborlight OTP
""", atts=[('CCD_00477302.xml', CCD, ('text', 'xml'), 'quoted-printable')]))

X12_271 = """ISA*00*          *00*          *ZZ*TUFTSHP        *ZZ*HARBORLIGHTBH  *261109*0814*^*00501*000088213*0*P*:~
GS*HB*TUFTSHP*HARBORLIGHTBH*20261109*0814*88213*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG55120*20261109*0814~
HL*1**20*1~
NM1*PR*2*TUFTS HEALTH PLAN*****PI*04271~
HL*2*1*21*1~
NM1*1P*2*HARBORLIGHT BEHAVIORAL HEALTH*****XX*1578204491~
HL*3*2*22*0~
NM1*IL*1*PIMENTEL*CARLOS****MI*T99201845~
DMG*D8*19830317*M~
EB*1*IND*30**TUFTS DIRECT SILVER~
EB*B*IND*A8***27*40~
MSG*IOP REQUIRES PRIOR AUTH~
EB*C*IND*30****23*3500~
EB*C*IND*30****29*2210.45~
SE*15*0001~
GE*1*88213~
IEA*1*000088213~
"""
add('phi', 'phi-struct', 'Pimentel', mk(
    'Front Desk Somerset <frontdesk-som@harborlightbh.org>', 'Billing Ops <billing-ops@harborlightbh.org>',
    'what does this 271 mean??', 'Mon, 09 Nov 2026 08:40:33 -0500', body="""Hi billing, new IOP intake this morning, I ran eligibility and got this back. Is he covered for IOP or not? He's sitting in the lobby. Copay line says 40?

Tanya
""", atts=[('271_response.txt', X12_271)]))

DOSING_CSV = """Clinic,MRN,Patient,DOB,Date,Med,Dose_mg,Type,Nurse,Witnessed
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-19,Methadone,120,Clinic,DW,Y
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-20,Methadone,120,Clinic,DW,Y
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-21,Methadone,120,Take-home,DW,N
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-22,Methadone,120,Clinic,KO,Y
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-23,Methadone,120,Clinic,KO,Y
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-24,Methadone,120,Take-home,KO,N
FR-OTP,00401128,"Bettencourt, Alan",1975-08-30,2026-10-25,Methadone,120,Take-home,KO,N
"""
add('phi', 'phi-struct', 'Bettencourt', mk(
    'Records Release <records@harborlightbh.org>', 'Attorney Susan Greer <sgreer@greerlawoffice.example.com>',
    'Records request #R-2026-0318 (encrypted zip, password sent separately)', 'Tue, 27 Oct 2026 15:11:00 -0400', body="""Attorney Greer,

Per your request and the client's signed Part 2 consent dated 10/16/2026 (court-ordered disclosure, docket 2673CR001184), attached is the dosing record for the period specified. The password will be sent in a separate e-mail.

Records Release Unit
Harborlight Behavioral Health
""", atts=[('R-2026-0318.zip', zipit('dosing_log_00401128.csv', DOSING_CSV), ('application', 'zip'))]))

add('phi', 'phi-struct', 'Tavares', mk(
    'Lab Interface <labiface@harborlightbh.org>', 'IT Interfaces <it-interfaces@harborlightbh.org>',
    'ADT A08 error - duplicate patient match', 'Sat, 14 Nov 2026 03:12:47 -0500', body="""INTERFACE ERROR REPORT  ENGINE: Mirth-PROD-02  CHANNEL: ADT_IN_SBHC
Time: 2026-11-14 03:12:41
Error: Multiple candidate matches (score 0.91 / 0.89). Message held.

Inbound:
MSH|^~\\&|SBHC_EHR|LRHS|HLBH_MPI|HARBORLIGHT|202611140312||ADT^A08|SB771002|P|2.5.1
EVN|A08|202611140312
PID|1||SB-081142^^^SBHC^MR||TAVARES^GABRIEL^||20090412|M|||88 Cove Rd^^Westport^MA^02790||5086362218
PV1|1|O|LRHS-SBHC^^^^^^^^Lincoln-Ridge SBHC||||1992871144^TRAN^REBECCA|||||||||||V2611130041|||||||||||||||||||||||||202611130915

Candidates:
  MPI 00531987  TAVARES, GABRIEL   DOB 2009-04-12  Westport
  MPI 00488120  TAVARES, GABRIEL J DOB 2009-04-21  Dartmouth

Resolve in MPI Workbench within 24h or message will expire.
"""))
# ======================= PHI-IDS =======================
add('phi', 'phi-ids', '', mk(
    'Nicole Baptista <nbaptista@harborlightbh.org>', 'Provider Services <provsvc@bcbsma.example.com>',
    'Claim 2026298A44710 - denied CO-197', 'Mon, 26 Oct 2026 13:47:19 -0400', body="""Hello,

Claim 2026298A44710, member XHB884210076, DOS 10/01/2026-10/14/2026, rev code 0906 (IOP), denied CO-197 (no precert). We have auth 88120431 on file valid 9/20-11/19. Please reprocess.

Thank you,
Nicole Baptista
Harborlight Behavioral Health, NPI 1578204491
"""))

add('phi', 'phi-ids', '', mk(
    'kl <klutz@harborlightbh.org>', 'otp-nursing@harborlightbh.org',
    '00512244', 'Thu, 15 Oct 2026 05:58:02 -0400', body="""00512244 -- fent + on the 10/13 UDS per lab. Counseling hold on take-homes per Ruiz until next neg. Dosing today at window.

sent from mobile"""))

add('phi', 'phi-ids', 'Costa', mk(
    'Pharmacy Liaison <rx-liaison@harborlightbh.org>', 'Dana Whitcomb <dwhitcomb@harborlightbh.org>',
    'RE: guest dose', 'Fri, 20 Nov 2026 11:19:40 -0500', body="""Confirmed with the Brockton OTP. Guest dosing for your pt B. Costa, DOB 05/05/1984, MRN 00398812, 110 mg daily 11/25 - 11/29 at their site. They need the signed consent faxed by Monday.

-----Original Message-----
From: Dana Whitcomb
Sent: Friday, November 20, 2026 9:02 AM
To: Pharmacy Liaison
Subject: guest dose

can you set up guest dosing at Brockton for Thanksgiving week, he's visiting family
"""))

add('phi', 'phi-ids', '', mk(
    'ERA Notifications <era@claimbridge-edi.example.com>', 'billing-ops@harborlightbh.org',
    'ERA posted - check 004418291 - exceptions: 2', 'Wed, 11 Nov 2026 04:00:00 -0500', body="""ERA for payee HARBORLIGHT BEHAVIORAL HEALTH (NPI 1578204491) has been posted.
Payer: MASSHEALTH   Check/EFT: 004418291   Amount: $48,211.60

Exceptions requiring review:
  ICN 2026310004471  Member 100384772901  DOS 10/19/2026  H0020  Billed 187.60 Paid 0.00  CARC 16 RARC N382
  ICN 2026310004502  Member 100229104455  DOS 10/26/2026  H0020  Billed 187.60 Paid 0.00  CARC 27

Log in to ClaimBridge to view full 835.
"""))

add('phi', 'phi-ids', '', mk(
    'Becky Tran <btran@hlbh-schools.org>', 'SBHC Front <sbhc-front@hlbh-schools.org>',
    'SB-079334', 'Wed, 18 Nov 2026 12:02:55 -0500', body="""pls call parent for SB-079334 -- strep came back positive, amox rx sent to Walgreens on file. Student can return tomorrow after 24h on abx.
B"""))

add('phi', 'phi-ids', '', mk(
    'Utilization Review <ur@harborlightbh.org>', 'Tufts UM <um-bh@tuftshp.example.com>',
    'Concurrent review - Ref TH-552019', 'Thu, 19 Nov 2026 16:44:30 -0500', body="""Re: Member 4471920033, DOB 02/26/1993, auth TH-552019 (ASAM 3.7, admitted 11/06/2026)

Requesting 5 additional days. Clinical update: continued withdrawal symptoms (COWS 9 on 11/18), started on buprenorphine induction 11/17, not yet stable for step-down. Discharge plan: 3.5 at Dighton when bed available.

Reviewer callback: 508-672-4000 x310

Carla Oliveira, RN
UR Coordinator
"""))

add('phi', 'phi-ids', '', mk(
    '"Officer D. Amaral" <damaral@probation.ma-courts.example.gov>', 'intake@harborlightbh.org',
    'Docket 2632CR004417 - compliance', 'Mon, 23 Nov 2026 09:30:12 -0500', body="""Per the release on file for the probationer in docket 2632CR004417 (DOB 12/01/2000), please send monthly compliance for November: OTP attendance and toxicology results. Court date is 12/8.

D. Amaral, PO
"""))

# ======================= PHI-LANG =======================
add('phi', 'phi-lang', 'Gonçalves', mk(
    'Maria Gonçalves <mariagoncalves62@gmail.com>', 'Harborlight Family Program <familyprogram@harborlightbh.org>',
    'Meu filho Ricardo', 'Sun, 25 Oct 2026 20:12:08 -0400', body="""Boa noite,

O meu filho Ricardo Gonçalves está no vosso programa de metadona em New Bedford há dois meses. Ele assinou o papel para vocês poderem falar comigo. Esta semana ele faltou três dias e não atende o telefone. Estou muito preocupada, ele já teve uma overdose em julho. Alguém pode me ligar? Não falo bem inglês, prefiro em português. 508-997-3340.

Obrigada,
Maria Gonçalves
""", charset='iso-8859-1', cte='quoted-printable'))

add('phi', 'phi-lang', 'Pham', mk(
    'Pham Thi Lan <lanpham.fr@gmail.com>', 'SBHC Westfield <sbhc-wms@hlbh-schools.org>',
    'Con tôi Pham Minh Anh - tiêm chủng', 'Tue, 08 Sep 2026 07:22:45 -0400', body="""Kính gửi phòng y tế trường,

Tôi là mẹ của em Phạm Minh Anh, lớp 7. Nhà trường gửi thư nói con tôi thiếu mũi tiêm Tdap và MenACWY. Tôi đồng ý cho con tiêm ở phòng khám của trường. Con tôi bị dị ứng với penicillin. Xin cho tôi biết ngày nào con được tiêm.

Cảm ơn,
Phạm Thị Lan
(mẹ của Minh Anh)
""", cte='base64'))

add('phi', 'phi-lang', 'Joseph', mk(
    'Marie-Claude Joseph <mcjoseph509@yahoo.com>', 'Crisis Line <crisisline@harborlightbh.org>',
    'Frè m Jean-Robert', 'Wed, 28 Oct 2026 01:03:30 -0400', body="""Bonswa,

Mwen se sè Jean-Robert Joseph. Ekip kriz nou an te vin lakay li yè swa. Jodi a li pa vle manje, li di li tande vwa ankò, e li pa pran medikaman li depi samdi. Li te di nou li t ap vini nan randevou lendi a nan klinik nou an Brockton men mwen pa kwè l ap vini. Tanpri rele m: 774-240-8816. Mwen pale yon ti kras angle.

Mèsi anpil
Marie-Claude
"""))

add('phi', 'phi-lang', 'Ramírez', mk(
    'Rosa Ramírez <rosa.ramirez.1979@hotmail.com>', 'Harborlight Billing <billing@harborlightbh.org>',
    'RE: factura de mi esposo', 'Thu, 05 Nov 2026 17:48:10 -0500', body="""Hola buenas tardes,

Le escribo por la factura de mi esposo Julio Ramírez, fecha de nacimiento 3/9/1981. El estuvo en el programa residencial de Dighton del 2 al 30 de septiembre. La carta dice que debemos $1,280 porque el seguro (MassHealth) no pagó la última semana. Pero nosotros tenemos MassHealth desde el 2019, no entiendo. Numero de cuenta 7720-20411. Me pueden llamar por favor, o mandar la información en español.

Gracias,
Rosa

-----Mensaje original-----
De: Harborlight Billing
Enviado: lunes, 2 de noviembre de 2026 10:00
Para: rosa.ramirez.1979@hotmail.com
Asunto: Statement - Account 7720-20411

Please see the attached statement. Balance due: $1,280.00.
""", charset='windows-1252', cte='8bit'))

add('phi', 'phi-lang', 'Wiśniewski', mk(
    'Agnieszka Wiśniewska <a.wisniewska@wp.pl>', 'intake@harborlightbh.org',
    'Pomoc dla męża / help for my husband', 'Fri, 13 Nov 2026 11:27:00 -0500', body="""Dzień dobry,

Mój mąż Tomasz Wiśniewski (ur. 14.02.1977) pije codziennie od kilku lat. W zeszłym tygodniu miał drgawki po tym, jak przestał pić na dwa dni, był w szpitalu St. Luke's. Lekarz powiedział, że potrzebuje detoksu pod nadzorem. Czy macie miejsce? Mamy ubezpieczenie Blue Cross.

Sorry my english is not good. My husband need detox, he had seizure last week. Please call 508-992-4471.

Agnieszka
""", charset='iso-8859-2', cte='quoted-printable'))

add('phi', 'phi-lang', 'Hassan', mk(
    'Hodan Hassan <hodan.h.hassan@gmail.com>', 'SBHC Lincoln-Ridge <sbhc-lrhs@hlbh-schools.org>',
    'Wiilkayga Abdirahman - xanuun', 'Mon, 16 Nov 2026 06:50:00 -0500', body="""Salaan,

Wiilkayga Abdirahman Hassan (fasalka 10aad) xalay wuxuu lahaa qandho iyo cune xanuun. Maanta dugsiga ma imaan doono. Fadlan kalkaalisada dugsiga ha u sheegto macallimiinta. Dhakhtarka caafimaadka dugsiga wuxuu ballan u qabtay Khamiista 11/19 si loo eego dhegtiisa.

Mahadsanid,
Hodan Hassan
"""))

add('phi', 'phi-lang', 'Li', mk(
    'Li Wei <liwei.fallriver@163.com>', 'Dr. Helen Park <hpark@hlbh-schools.org>',
    '关于我女儿 Emily Li 的咨询', 'Wed, 18 Nov 2026 21:05:16 -0500', body="""Park医生您好，

我是Emily Li（九年级）的爸爸。Emily告诉我她这个月在学校健康中心见了您三次，因为她晚上睡不着，压力很大。谢谢您照顾她。我们想知道您是否建议她去看校外的心理医生，还有我们的保险（Blue Cross）能不能付。

如果方便的话，请用中文或者简单的英文回复。

Li Wei
电话：508-679-2215
""", html="""<div style="font-family:'Microsoft YaHei'">Park医生您好，<br><br>我是Emily Li（九年级）的爸爸。Emily告诉我她这个月在学校健康中心见了您三次，因为她晚上睡不着，压力很大。谢谢您照顾她。我们想知道您是否建议她去看校外的心理医生，还有我们的保险（Blue Cross）能不能付。<br><br>如果方便的话，请用中文或者简单的英文回复。<br><br>Li Wei<br>电话：508-679-2215</div>""", charset='gb18030', cte='base64'))
# ======================= CLEAN-STAFF =======================
add('clean', 'clean-staff', '', mk(
    'Dana Whitcomb <dwhitcomb@harborlightbh.org>', 'OTP Nursing <otp-nursing@harborlightbh.org>',
    'swap Sat 11/14?', 'Tue, 03 Nov 2026 15:10:02 -0500', body="""Anyone willing to swap Sat 11/14 early window (5:30-11:30) for any weekday in the week of 11/16? My kid's hockey tournament got moved. Will owe you a coffee and a favor.

Dana
"""))

add('clean', 'clean-staff', '', mk(
    'Hector Vargas <hvargas@harborlightbh.org>', 'Kathleen O\'Rourke <korourke@harborlightbh.org>',
    'RE: methadone pump calibration', 'Wed, 21 Oct 2026 10:41:09 -0400', body="""Vendor came out, pump 2 was off by 0.3 mL on the 10 mL test. They recalibrated and left the cert, I put it in the blue binder. Pump 1 was fine. We're back on both pumps as of 10:30.

Incident report for the downtime is filed -- no doses were affected, we just ran everything through pump 1 for two hours and the line got long.

H

> Any update on pump 2? Line is out the door.
> K
"""))

add('clean', 'clean-staff', '', mk(
    'Dr. Helen Park <hpark@hlbh-schools.org>', 'SBHC Clinicians <sbhc-clinicians@hlbh-schools.org>',
    'thinking out loud about the vaping referrals', 'Thu, 05 Nov 2026 21:14:40 -0500', body="""Hi all,

I've noticed that most of the vaping cessation referrals this fall have come from the assistant principals after a kid gets caught in a bathroom, and almost none are self-referrals. My worry is that kids now associate us with discipline. A few ideas for discussion at Tuesday's meeting:

1. Ask admin to give kids the option of coming to us instead of in-school suspension, not in addition to it.
2. Put the "quit line" texting number on the stall doors (the high school did this in 2024, apparently the custodians hated it).
3. A lunch table once a month, no sign-in, just information.

Open to pushback. I don't have data on whether any of this works in our setting.

Helen
"""))

add('clean', 'clean-staff', '', mk(
    'Ray Costa <rcosta@harborlightbh.org>', 'MCT Staff <mct-staff@harborlightbh.org>',
    'van 3', 'Sun, 08 Nov 2026 23:58:11 -0500', body="""Van 3 check engine light came on again on the way back from Westport. Left it at the Somerset lot, keys in the lockbox. Take van 1 tomorrow. Someone call fleet in the AM pls.
"""))

add('clean', 'clean-staff', '', mk(
    '"Teague, Owen" <oteague@harborlightbh.org>', 'Residential Leadership <res-leaders@harborlightbh.org>',
    'Census + staffing for Thanksgiving week', 'Mon, 16 Nov 2026 08:05:00 -0500',
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Team,</p>
<p>Current census across both houses is 41/48. We typically see admissions slow and AMA discharges tick up around the holidays, so plan for ~36.</p>
<table border=1 cellpadding=4 style="border-collapse:collapse">
<tr><th>Site</th><th>Beds</th><th>Occupied</th><th>Staff gaps Thu</th></tr>
<tr><td>Dighton (men)</td><td>28</td><td>25</td><td>1 RA nights</td></tr>
<tr><td>Taunton (women)</td><td>20</td><td>16</td><td>none</td></tr>
</table>
<p>Holiday meal is being donated again by St. Joseph&#39;s parish. Please remind residents that family visits Thursday are 1-4 pm, approved visitors only.</p>
<p>Owen</p>
</body></html>"""))

add('clean', 'clean-staff', '', mk(
    'Sam Reyes <sreyes@lincolnridge.k12.ma.us>', 'Lisa Marchetti <lmarchetti@hlbh-schools.org>',
    'Re: flu clinic room', 'Fri, 02 Oct 2026 12:30:20 -0400', body="""Lisa, the library is yours on the 14th from 8 to 1. I told the librarian you need 4 tables and an outlet for the fridge. Let me know if you need student volunteers to run the sign-in table, NHS kids need service hours.

Sam

On Fri, Oct 2, 2026 at 11:02 AM Lisa Marchetti wrote:
> Sam, can we use the library again for the school-wide flu clinic on the 14th?
> Last year we had ~210 students and 30 staff, same nurse from the VNA.
"""))

add('clean', 'clean-staff', '', mk(
    'Erin Vance <evance@harborlightbh.org>', 'Priya Shah <pshah@harborlightbh.org>',
    'supervision tomorrow', 'Wed, 11 Nov 2026 17:22:10 -0500', body="""Priya, can we push supervision to 2:30 tomorrow? I want to talk through a situation in Tuesday group where a member brought up a relapse and two others got really activated -- more about how I handled the room than about the person. Also want to talk about my licensure hours, I think I'm at 2,840.

Erin
"""))

# ======================= CLEAN-ADMIN =======================
add('clean', 'clean-admin', '', mk(
    'Harborlight HR <hr@harborlightbh.org>', 'All Staff <allstaff@harborlightbh.org>',
    'Open enrollment closes Nov 20', 'Mon, 02 Nov 2026 09:00:00 -0500',
    body="""Open enrollment for 2027 benefits is open through Friday, November 20.

- Medical: the HMO and PPO plans remain with the same carrier. Premiums go up 4.1%.
- New this year: an Employee Assistance Program through a different vendor (confidential counseling, 6 free sessions).
- Dental and vision unchanged.
- If you do nothing, your current elections roll over EXCEPT your FSA, which you must re-elect.

Questions: hr@harborlightbh.org or ext. 225.
""",
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt;color:#222">
<h2 style="color:#1b5e7a">Open enrollment closes Nov 20</h2>
<p>Open enrollment for 2027 benefits is open through <b>Friday, November 20</b>.</p>
<ul><li>Medical: the HMO and PPO plans remain with the same carrier. Premiums go up 4.1%.</li>
<li>New this year: an Employee Assistance Program through a different vendor (confidential counseling, 6 free sessions).</li>
<li>Dental and vision unchanged.</li>
<li>If you do nothing, your current elections roll over <b>EXCEPT your FSA</b>, which you must re-elect.</li></ul>
<p>Questions: hr@harborlightbh.org or ext. 225.</p>
<hr><p style="font-size:8pt;color:#888">Harborlight Behavioral Health &middot; 210 Pleasant St &middot; Fall River MA 02721</p>
</body></html>"""))

add('clean', 'clean-admin', '', mk(
    'Facilities <facilities@harborlightbh.org>', 'Fall River Staff <fr-staff@harborlightbh.org>',
    'Parking lot repaving Sat 10/24 - dosing patients use Eastern Ave', 'Tue, 20 Oct 2026 14:00:00 -0400', body="""The main lot at 210 Pleasant St will be closed Saturday 10/24 for repaving from 5 am to 3 pm. Staff park at the church lot on Eastern Ave. Patients coming for dosing should also be directed to Eastern Ave; we'll have a staff member with a sign at the corner from 5:30. Signs go up in the lobby Wednesday.

Facilities
"""))

add('clean', 'clean-admin', '', mk(
    'Compliance Office <compliance@harborlightbh.org>', 'All Staff <allstaff@harborlightbh.org>',
    'REMINDER: Part 2 consent forms - new version effective 12/1', 'Thu, 12 Nov 2026 11:00:00 -0500', body="""All,

Starting December 1, please use the revised consent form (HLBH-ROI-07, rev. 11/2026) for any disclosure of SUD treatment records. Changes:

  * Adds the option of a single consent for all future uses for treatment, payment and health care operations, as allowed under the 2024 Part 2 final rule.
  * Adds the required statement about the right to revoke and the notice that records disclosed to a HIPAA covered entity may be redisclosed under HIPAA.
  * Removes the old "general designation" checkbox.

Old forms signed before 12/1 remain valid until their stated expiration. Do not re-paper existing clients unless the form has expired.

The new form is on the intranet under Forms > Privacy. Spanish and Portuguese versions will follow by 12/15.

Compliance Office
"""))

add('clean', 'clean-admin', '', mk(
    'IT Service Desk <servicedesk@harborlightbh.org>', 'All Staff <allstaff@harborlightbh.org>',
    '[Planned outage] EHR downtime Sunday 11/22 01:00-05:00', 'Wed, 18 Nov 2026 16:30:00 -0500', body="""The EHR will be unavailable Sunday 11/22 from 01:00 to 05:00 for the vendor upgrade.

OTP sites: the dosing system will run in local mode. Print the downtime dosing roster Saturday by 10 pm (instructions: Intranet > IT > Downtime > OTP Roster). Residential: use paper MARs from the downtime binder. Mobile crisis: document on paper and enter after 05:00.

After the upgrade, clear your browser cache before logging in.

IT Service Desk | x4357
"""))

add('clean', 'clean-admin', '', mk(
    'Lincoln-Ridge High School <noreply@lincolnridge.k12.ma.us>', 'LRHS Families <families@lincolnridge.k12.ma.us>',
    'Health Center reminders for winter sports', 'Mon, 09 Nov 2026 15:00:00 -0500', body="""Dear Lincoln-Ridge Families,

Winter sports tryouts begin Monday, November 30. Every athlete needs a physical dated within the last 13 months on file with the school nurse before the first practice. The School-Based Health Center can do physicals free of charge during the school day for students enrolled in the health center (enrollment form on the school website). Appointments fill quickly the week before tryouts -- please book now.

Reminder: students who have not met state immunization requirements cannot participate.

Go Lions!
Lincoln-Ridge Athletics & Health Services
"""))

add('clean', 'clean-admin', '', mk(
    'Payer Contracting <contracting@harborlightbh.org>', 'Finance Leadership <finance@harborlightbh.org>',
    'MassHealth OTP bundle rate 2027', 'Fri, 30 Oct 2026 10:10:10 -0400', body="""FYI -- the proposed 2027 OTP weekly bundle rates came out in the regulation draft. Methadone bundle (H0020) goes from $187.60 to $194.10/week, buprenorphine bundle up about 3%. Public comment is open until 11/30. I'll draft comments for Dr. Moss to sign, main point is take-home dispensing costs aren't reflected.

Revenue impact estimate at current volumes (approx. 610 OTP patients, 78% MassHealth): +$160K/yr.

Mike
"""))

add('clean', 'clean-admin', '', mk(
    'Medical Records <records@harborlightbh.org>', 'Attorney Susan Greer <sgreer@greerlawoffice.example.com>',
    'R-2026-0318', 'Tue, 27 Oct 2026 15:14:30 -0400', body="""Password for the file sent a few minutes ago: Tidewater-8814-plover

Records Release Unit
"""))

# ======================= CLEAN-LOOKALIKE =======================
add('clean', 'clean-lookalike', '', mk(
    'CVS ExtraCare <extracare@e.cvs-mail.example.com>', 'sreyes@lincolnridge.k12.ma.us',
    'Sam, your ExtraBucks Rewards are ready!', 'Sat, 07 Nov 2026 08:15:00 -0500',
    html="""<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Helvetica">
<tr><td style="background:#cc0000;color:#fff;padding:14px;font-size:22px">ExtraCare</td></tr>
<tr><td style="padding:18px">Hi Sam,<br><br>You've earned <b>$7.00 ExtraBucks Rewards</b>. Use them on cold &amp; flu essentials, vitamins and more.<br><br>
Plus: <b>Get your flu shot</b> and get a 20% off shopping pass. No appointment needed.<br><br>
Card ending in 4471 &middot; Rewards expire 12/06/2026</td></tr>
<tr><td style="font-size:10px;color:#999;padding:14px">You are receiving this because you are an ExtraCare member. Unsubscribe | Privacy policy</td></tr>
</table></body></html>"""))

add('clean', 'clean-lookalike', '', mk(
    'Bayside Animal Hospital <frontdesk@baysideanimalhosp.example.com>', 'Dana Whitcomb <dana.whitcomb@gmail.com>',
    'Lab results for Biscuit', 'Thu, 15 Oct 2026 16:02:00 -0400', body="""Hi Dana,

Biscuit's bloodwork came back. Kidney values are slightly elevated (BUN 38, creatinine 2.1) which Dr. Kaplan says is consistent with early stage kidney disease in a 13-year-old cat. She'd like to start the renal diet and recheck in 3 months. His thyroid was normal. Refill of the gabapentin for his arthritis is ready for pickup.

Bayside Animal Hospital
508-673-2210
"""))

add('clean', 'clean-lookalike', '', mk(
    'Claims Dept - Plymouth Rock <claims@plymouthrock.example.com>', 'Tom Grady <tgrady.hvac@gmail.com>',
    'Claim 26-AU-0448812 - adjuster assigned', 'Tue, 13 Oct 2026 10:00:00 -0400', body="""Dear Thomas Grady,

Your auto claim 26-AU-0448812 for the loss on 10/09/2026 has been assigned to adjuster Kim Nolan. Policy number: MA-AP-7729104. Your vehicle (2019 Ford F-150) will be inspected at Somerset Collision on 10/15. Deductible: $500.

If anyone was injured, please let your adjuster know so a separate bodily injury / PIP file can be opened.

Plymouth Rock Assurance
"""))

add('clean', 'clean-lookalike', '', mk(
    'Planet Fitness Somerset <somerset@pfclubmail.example.com>', 'Kevin O\'Day <kevin.oday88@gmail.com>',
    'Your membership: annual fee & fitness assessment', 'Wed, 04 Nov 2026 12:00:00 -0500', body="""Hi Kevin,

Your annual fee of $49.00 will be charged to the card on file on 11/15. Member #: 3320 8871 0042.

Reminder: Black Card members get a free fitness assessment with a trainer -- body composition, resting heart rate, goals. Book it at the front desk!

Judgement Free Zone
"""))

add('clean', 'clean-lookalike', '', mk(
    'Coach Dave Kimball <dkimball@somersetberkley.k12.ma.us>', 'Girls XC Parents <xc-parents@somersetberkley.k12.ma.us>',
    'Sectionals bus + what to bring', 'Thu, 29 Oct 2026 18:30:00 -0400', body="""Parents,

Bus leaves for sectionals at 7:15 Saturday from the gym lot. Please pack:
- water + snacks, it's a long day
- spikes, warm layers, rain jacket
- any inhalers or meds your runner normally carries -- the trainer will have the team med kit but she needs each kid to carry their own

We'll be back around 4. Parents welcome, parking is $5.

Coach Kimball
"""))

add('clean', 'clean-lookalike', '', mk(
    'Chase <no.reply.alerts@chase.example.com>', 'oteague@harborlightbh.org',
    'Your HSA contribution posted', 'Mon, 19 Oct 2026 09:12:00 -0400', body="""Your transfer posted

From: Chase Total Checking (...8821)
To: Health Savings Account (...0457)
Amount: $212.00
Date: Oct 18, 2026
Memo: 2026 HSA contribution

Your year-to-date contributions are $2,332.00. Contribution limits apply; consult a tax advisor.

If you don't recognize this transaction, call the number on the back of your card.
"""))

add('clean', 'clean-lookalike', '', mk(
    'Harborlight Behavioral Health <donate@harborlightbh.org>', 'Friends of Harborlight <friends@lists.harborlightbh.org>',
    '"I got my daughter back." - Giving Tuesday', 'Tue, 01 Dec 2026 07:00:00 -0500', body="""Dear friend,

When "Ellen" (not her real name) first called our crisis line three winters ago, she was calling about her daughter, who had overdosed twice in one month. Today her daughter is two years into recovery, works full time and sponsors other women.

Stories like Ellen's happen because of our crisis line, our mobile teams and our peer recovery coaches, who are people in long-term recovery themselves. This Giving Tuesday, every gift up to $25,000 will be matched by the Tidewater Foundation.

Give today: harborlightbh.org/give

With gratitude,
Dr. Alicia Moss
Medical Director

Harborlight Behavioral Health is a 501(c)(3). Photos are of models.
"""))
# ======================= CLEAN-NEWS =======================
add('clean', 'clean-news', '', mk(
    'Priya Shah <pshah@harborlightbh.org>', 'Clinical Staff <clinical@harborlightbh.org>',
    'FW: state overdose report Q2', 'Thu, 15 Oct 2026 12:12:12 -0400', body="""Worth a read before Friday's all-hands. Our county is down again but xylazine-positive deaths are up.

P

---------- Forwarded message ---------
From: DPH Bureau of Substance Addiction Services <bsas-news@state-dph.example.gov>
Subject: Opioid-Related Overdose Deaths, Quarterly Update

Opioid-related overdose deaths in the first half of 2026 declined an estimated 11% compared with the first half of 2025. Fentanyl remained present in approximately 88% of deaths where a toxicology screen was available. Xylazine was detected in 9% of toxicology screens, up from 6%. Bristol County saw a 14% decline.

Naloxone distribution through community programs reached 148,000 kits. The full report and county tables are available on the Department's website.
"""))

add('clean', 'clean-news', '', mk(
    'SAMHSA Updates <updates@samhsa-news.example.gov>', 'amoss@harborlightbh.org',
    'Reminder: OTP flexibilities for take-home doses now permanent', 'Mon, 05 Oct 2026 10:00:00 -0400',
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:20px">Take-home flexibilities: what OTPs need to know</h1>
<p>Under the revised 42 CFR Part 8 rules, opioid treatment programs may provide up to 7 take-home doses of methadone during the first 14 days of treatment, up to 14 doses from day 15, and up to 28 doses from day 31, based on the clinical judgment of the OTP practitioner.</p>
<p>The rule also allows initiation of buprenorphine via audio-visual telehealth and of methadone via audio-visual telehealth when a program physician determines an adequate evaluation can be done.</p>
<p><a href="https://example.gov/otp">Read the full guidance</a></p>
<p style="font-size:11px;color:#666">You are subscribed to SAMHSA updates. Manage preferences.</p>
</body></html>"""))

add('clean', 'clean-news', '', mk(
    'Becky Tran <btran@hlbh-schools.org>', 'SBHC Clinicians <sbhc-clinicians@hlbh-schools.org>',
    'pertussis cases in the county - heads up', 'Tue, 27 Oct 2026 07:35:00 -0400', body="""From the county health dept bulletin this morning: 6 confirmed pertussis cases in school-age kids in Bristol County since Oct 1, none at our schools so far. They're asking school clinicians to have a low threshold for testing kids with a cough >2 weeks or whooping/post-tussive vomiting, and to check Tdap status. Treat close contacts per CDC guidance.

I put the bulletin PDF on the shared drive.

Becky
"""))

add('clean', 'clean-news', '', mk(
    'South Coast Today <newsletters@sctoday.example.com>', 'Jen Albright <jennalbright@gmail.com>',
    'Morning Briefing: New crisis center opens in Fall River', 'Fri, 06 Nov 2026 06:00:00 -0500', body="""MORNING BRIEFING -- Friday, Nov. 6

NEW CRISIS CENTER OPENS IN FALL RIVER
A 24/7 behavioral health crisis stabilization center opened Thursday on Pleasant Street, run by Harborlight Behavioral Health. The 12-chair center accepts walk-ins and drop-offs from police and EMS as an alternative to hospital emergency departments. "Most people in a mental health or substance use crisis don't need an ER, they need a place to calm down and a plan," said program director Jen Albright. The center is funded by the state's Roadmap for Behavioral Health Reform.

ALSO TODAY
- Westport selectboard votes on harbor dredging
- High school football: Lincoln-Ridge 28, Dartmouth 21
- Weather: showers clearing, high 54
"""))

add('clean', 'clean-news', '', mk(
    'Kevin O\'Day <koday@harborlightbh.org>', 'Peer Team <peer-team@harborlightbh.org>',
    'article on peer recovery coach burnout', 'Sat, 14 Nov 2026 13:13:00 -0500', body="""Found this in the Journal of Substance Use & Addiction Treatment -- a survey of ~400 peer recovery coaches in New England. 41% reported high burnout, the strongest predictors were lack of clinical supervision and being asked to do transport. Which, yeah.

Not saying anything about us specifically. Bring thoughts to team meeting.

Kev
"""))

add('clean', 'clean-news', '', mk(
    'Dr. Helen Park <hpark@hlbh-schools.org>', 'Sam Reyes <sreyes@lincolnridge.k12.ma.us>',
    'Fwd: CDC YRBS results', 'Mon, 16 Nov 2026 08:08:00 -0500', body="""Sam, these are the statewide numbers, not ours, but they line up with what we see. Could be good for the parent night.

Helen
""", fwd=mk('MA DESE Health Updates <health-updates@doe.example.gov>', 'School Health Contacts <school-health@lists.doe.example.gov>',
    'Youth Risk Behavior Survey 2025 - statewide highlights', 'Thu, 12 Nov 2026 14:00:00 -0500', body="""2025 Youth Risk Behavior Survey -- Massachusetts High School Highlights

- 29% of students reported persistent feelings of sadness or hopelessness in the past year (2023: 33%).
- 17% seriously considered attempting suicide.
- Current e-cigarette use: 14% (2023: 18%).
- Current alcohol use: 22%.
- 8% reported misusing prescription pain medicine ever.

The full report, including middle school data, is posted on the Department's website. Districts may request their local results through the usual process.
""")))

# ======================= CLEAN-TRAINING =======================
add('clean', 'clean-training', '', mk(
    'Training Dept <training@harborlightbh.org>', 'New Hires Nov <newhires-nov@harborlightbh.org>',
    'Part 2 training - practice scenarios (do before Thursday)', 'Mon, 09 Nov 2026 09:30:00 -0500', body="""Please work through these before Thursday's session. All people are fictional.

Scenario 1. A woman calls the front desk and says she is "John Doe's" mother and wants to know if he came to dose today. There is no consent on file naming her. What do you say?

Scenario 2. A probation officer e-mails asking for a client's last three drug screen results. The consent on file names the probation department but lists "attendance only". What can you send?

Scenario 3. Police arrive with a warrant for "Jane Sample," and ask if she is in the building. What is the procedure, and who do you call?

Scenario 4. A school counselor asks our SBHC clinician whether a student is being seen for substance use. Is the SBHC a Part 2 program? (Trick question -- discuss.)

Answers will be reviewed in class.
"""))

add('clean', 'clean-training', '', mk(
    'Raj Menon <rmenon@harborlightbh.org>', 'Interface Team <it-interfaces@harborlightbh.org>',
    'test ADT for new SBHC channel (fake pt)', 'Tue, 22 Sep 2026 11:00:00 -0400', body="""Use this for testing the new SBHC ADT channel in TEST only. Test patient is our standard dummy.

MSH|^~\\&|SBHC_EHR|TESTSITE|HLBH_MPI|HARBORLIGHT|202609221100||ADT^A04|TEST000123|T|2.5.1
EVN|A04|202609221100
PID|1||TEST-000001^^^SBHC^MR||ZZTEST^PATIENT^ONE||20100101|U|||1 Test Way^^Anytown^MA^00000||5550000000
PV1|1|O|TESTSITE^^^^^^^^Test SBHC|||||||||||||||||V-TEST-0001

Processing ID is T, please make sure the PROD channel filters those out.

Raj
"""))

add('clean', 'clean-training', '', mk(
    'Lisa Marchetti <lmarchetti@hlbh-schools.org>', 'SBHC Nurses <sbhc-nurses@hlbh-schools.org>',
    'Stock the Stop the Bleed kits + Narcan training recap', 'Wed, 30 Sep 2026 16:00:00 -0400', body="""Thanks everyone for coming to the naloxone training for school staff. Recap:

- 62 staff trained across 4 schools (coaches, custodians, front office).
- Each building now has Narcan in the AED cabinets, 2 boxes each. Check expiration monthly on the same log as the AED pads.
- Reminder of the steps we practiced on the dummy: check responsiveness, call 911, give one spray, rescue breaths, second spray after 2-3 minutes if no response, recovery position.
- Massachusetts Good Samaritan law protects people who call 911 for an overdose.

Slides are on the shared drive. Please also restock your Stop the Bleed kits before the winter season.

Lisa
"""))

add('clean', 'clean-training', '', mk(
    'Training Dept <training@harborlightbh.org>', 'Billing Ops <billing-ops@harborlightbh.org>',
    'Sample 835 for Friday workshop', 'Wed, 04 Nov 2026 13:00:00 -0500', body="""Attached is the sanitized 835 we'll use in Friday's remittance workshop. All member and claim data is made up (member "TESTMEMBER ALPHA"). Please print it.
""", atts=[('sample_835_training.txt', """ISA*00*          *00*          *ZZ*SAMPLEPAYER    *ZZ*SAMPLEPROV     *261101*1200*^*00501*000000001*0*T*:~
GS*HP*SAMPLEPAYER*SAMPLEPROV*20261101*1200*1*X*005010X221A1~
ST*835*0001~
BPR*I*300.00*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*999999999*DA*654321*20261101~
TRN*1*TRAINING001*1234567890~
N1*PR*SAMPLE HEALTH PLAN~
N1*PE*SAMPLE PROVIDER*XX*1234567893~
CLP*TRAIN-CLM-1*1*375.20*300.00*75.20*MC*TRAINICN1*11~
NM1*QC*1*TESTMEMBER*ALPHA****MI*TEST0000001~
SVC*HC:H0020*375.20*300.00**2~
CAS*CO*45*75.20~
SE*11*0001~
GE*1*1~
IEA*1*000000001~
""")]))

add('clean', 'clean-training', '', mk(
    'Jen Albright <jalbright@harborlightbh.org>', 'Crisis Line Volunteers <crisisline-vols@harborlightbh.org>',
    'role-play scripts for Saturday', 'Thu, 19 Nov 2026 19:45:00 -0500', body="""Hi volunteers,

Here are the three caller roles for Saturday's role-play. Whoever plays the caller, stay in role for the full 15 minutes even if it gets uncomfortable, that's the point.

CALLER A -- "Mike," 40s, calls at 2 am after drinking, angry at his ex, says "what's the point." Goal: practice asking directly about suicide.
CALLER B -- "Tasha," 19, calls for her friend who "took a bunch of pills" at a party. Goal: practice getting a location and dispatching EMS.
CALLER C -- "Mr. Oliveira," 70s, lonely, calls every night. Goal: boundaries and warm handoff to the daytime peer line.

These are composites, not real callers. Please don't use real call details in training ever.

Jen
"""))

add('clean', 'clean-training', '', mk(
    'EHR Vendor Education <education@ehrvendor.example.com>', 'Harborlight Super Users <superusers@harborlightbh.org>',
    'Webinar recording: Building OTP dosing reports', 'Fri, 20 Nov 2026 15:00:00 -0500',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Thank you for attending <b>Building OTP Dosing Reports in v24.2</b>. The recording and slides are now available.</p>
<p>The demo used our training database. Sample output shown in the session:</p>
<pre style="background:#f2f2f2;padding:8px">
Report: Missed Dose Exceptions   Site: DEMO CLINIC   Run: 11/18/2026
Patient            MRN        Last Dose   Days Missed
Demo, Patient A    DEMO0001   11/15       3
Demo, Patient B    DEMO0002   11/14       4
Total: 2
</pre>
<p>Next session: <i>Take-home eligibility dashboards</i>, December 10.</p>
<p style="font-size:8pt;color:#777">&copy; 2026 EHR Vendor Inc. All rights reserved.</p>
</body></html>"""))

# ======================= WRITE =======================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, m) in enumerate(M, 1):
        kname = kind.split('-', 1)[1] if kind.startswith(label + '-') else kind
        fn = '%s-%s-%03d.eml' % (label, kname, i)
        b = io.BytesIO()
        BytesGenerator(b, mangle_from_=False, policy=compat32.clone(linesep='\r\n')).flatten(m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(b.getvalue())
        rows.append((fn, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
