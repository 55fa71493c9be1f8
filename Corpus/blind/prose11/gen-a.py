#!/usr/bin/env python3
"""Blind evaluation set prose11a: hand-written community-hospital mail.
Standard library only, deterministic. Writes <label>-<kind>-NNN.eml and labels.csv here."""
import base64, csv, hashlib, io, os, quopri, zipfile
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from datetime import datetime, timezone, timedelta

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []
EST = timezone(timedelta(hours=-5))


def _enc(payload_bytes, cte, charset, text=None):
    if cte == 'base64':
        return base64.encodebytes(payload_bytes).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(payload_bytes).decode('ascii')
    return text if text is not None else payload_bytes.decode(charset)


def textpart(text, subtype='plain', charset='utf-8', cte=None):
    data = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in data) and max(len(l) for l in text.split('\n')) < 990 else 'quoted-printable'
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{charset}"'
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(_enc(data, cte, charset, text))
    return p


def att(name, content, ctype='text/plain', cte='base64', charset='utf-8'):
    data = content.encode(charset) if isinstance(content, str) else content
    p = Message()
    ct = ctype + (f'; charset="{charset}"' if ctype.startswith('text/') else '') + f'; name="{name}"'
    p['Content-Type'] = ct
    p['Content-Disposition'] = f'attachment; filename="{name}"'
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(_enc(data, cte, charset))
    return p


def zipped(name, inner, content):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        zi = zipfile.ZipInfo(inner, date_time=(2026, 11, 20, 8, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return att(name, buf.getvalue(), 'application/zip')


def hdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def addrhdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        name, addr = parseaddr(v)
        return formataddr((name, addr), 'utf-8')


def mkmsg(frm, to, subj, date, body=None, html=None, atts=(), cc=None, charset='utf-8', cte=None,
          extra=(), fwd=None):
    if html is not None and body is not None:
        core = MIMEMultipart('alternative')
        core.attach(textpart(body, 'plain', charset, cte))
        core.attach(textpart(html, 'html', charset, cte))
    elif html is not None:
        core = textpart(html, 'html', charset, cte)
    else:
        core = textpart(body, 'plain', charset, cte)
    atts = list(atts)
    if fwd is not None:
        atts.append(MIMEMessage(fwd))
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(core)
        for a in atts:
            m.attach(a)
    else:
        m = core
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    m['From'] = addrhdr(frm)
    m['To'] = addrhdr(to)
    if cc:
        m['Cc'] = addrhdr(cc)
    m['Subject'] = hdr(subj)
    dt = datetime.strptime(date, '%Y-%m-%d %H:%M').replace(tzinfo=EST)
    m['Date'] = format_datetime(dt)
    dom = frm.split('@')[-1].rstrip('>').strip()
    h = hashlib.sha1((frm + subj + date).encode()).hexdigest()
    m['Message-ID'] = f'<{h[:12]}.{h[12:20]}@{dom}>'
    for k, v in extra:
        m[k] = hdr(v)
    n = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_type().startswith('multipart/'):
            n += 1
            part.set_boundary(f'----=_NextPart_{h[20:32]}_{n:02d}')
    # move headers to the top in a natural order
    items = m._headers
    order = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID']
    top = [x for o in order for x in items if x[0] == o]
    rest = [x for x in items if x[0] not in order]
    m._headers = top + rest
    return m


def add(label, kind, patient, *a, **kw):
    MSGS.append((label, kind, patient, mkmsg(*a, **kw)))


# ---------------------------------------------------------------- phi-care
add('phi', 'care', 'Okafor',
    'Denise Hartwell RN <dhartwell@stbrennanhealth.org>', '4W Charge <4wcharge@stbrennanhealth.org>',
    'rm 412', '2026-11-17 14:06',
    """Mrs Okafor is back from her cath, R radial, band on til 1630. Pressure 104/60, she's asking for
lunch, I told her not yet. Dr Venkataraman wants the heparin restarted at 1800 if no ooze.
Can someone cover her at 3 while I'm in huddle

D
""")

add('phi', 'care', 'Lindqvist',
    'Tomasz Wrobel PharmD <twrobel@stbrennanhealth.org>', 'Ana Quiroga MD <aquiroga@stbrennanhealth.org>',
    'RE: Lindqvist warfarin', '2026-11-18 16:52',
    """Dr. Quiroga,

INR 4.2 this afternoon (was 2.9 on Monday). I've held tonight's dose and put in a repeat for
0600. He got the Bactrim started Sunday by urgent care which is almost certainly it. No bleeding
per nursing. If the AM value is under 3.5 I'd resume at 5 mg not 7.5. Ok with you?

Tomasz
x4471

-----Original Message-----
From: Ana Quiroga MD
Sent: Wednesday, November 18, 2026 1:10 PM
To: Tomasz Wrobel PharmD
Subject: Lindqvist warfarin

Can you keep an eye on Gunnar Lindqvist's coumadin, he's on 3 South bed 9. thx
""")

add('phi', 'care', 'Baptiste',
    'Riverside Infusion Center <infusion@stbrennanhealth.org>', 'Keisha Morrow <kmorrow@stbrennanhealth.org>',
    'no-show 11/19', '2026-11-19 11:40',
    """Keisha - Marcel Baptiste was a no-show for his infusion at 0930 (cycle 4 day 1). Called the
cell on file 412-806-3390 twice, straight to voicemail. Chair is held til noon. His next labs are
already drawn, came back fine. Can you try the wife? Her # is in the contacts tab.

Thanks, Roz
Riverside Infusion | ext 2260
""")

add('phi', 'care', 'Feeney',
    'Patrice Lowe <plowe@stbrennanhealth.org>', 'Dr. Harold Simms <hsimms@eastgatefm.org>',
    'Colonoscopy results - Feeney, Margaret', '2026-11-10 09:15',
    html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}
.sig{color:#1F4E79;font-size:9pt}</style></head><body>
<p>Good morning Dr. Simms,</p><p>&nbsp;</p>
<p>Attached please find the procedure note and pathology for your patient <b>Margaret Feeney</b>
(DOB 04/22/1957), seen in the Endoscopy Suite on 11/04/2026 by Dr. Okwuosa.</p>
<p>&nbsp;</p>
<p>Three polyps removed (sigmoid x2, transverse x1). Path: tubular adenomas, no high-grade dysplasia.
Repeat colonoscopy recommended in 3 years. Letter to the patient went out 11/09.</p>
<p>&nbsp;</p><p>Please let us know if you need anything else.</p><p>&nbsp;</p>
<p class="sig">Patrice Lowe<br>Medical Records Coordinator, GI Lab<br>St. Brennan Community Hospital<br>
Phone 412-555-0148 | Fax 412-555-0149</p>
<p style="font-size:8pt;color:#808080">CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential information intended only for the named recipient. If you received this in error, please
notify the sender and delete it.</p>
</body></html>""")

add('phi', 'care', 'Dunmore',
    'Jake Pellerin <jpellerin@stbrennanhealth.org>', 'Imaging Scheduling <imgsched@stbrennanhealth.org>',
    'Re: MRI add-on', '2026-11-20 07:31',
    """yes he can do 2pm. Mr Dunmore said he had the pacemaker swapped in 2019 for an MRI-conditional
one, card is in his wallet, wife is bringing it. Need the rep there? Dr Fahey ok'd.

Sent from my iPhone

> On Nov 20, 2026, at 7:12 AM, Imaging Scheduling <imgsched@stbrennanhealth.org> wrote:
>
> Can Walter Dunmore (8th floor, 812-2) come down at 1400 for the brain w/wo? Need device info first.
""")

add('phi', 'care', 'Castellanos',
    'Brenda Iacono <biacono@stbrennanhealth.org>', 'Lab Client Services <labclient@stbrennanhealth.org>',
    'recollect needed', '2026-11-12 10:02',
    """Hi all, the K+ on Yolanda Castellanos from this morning was 6.8 but the tube was hemolyzed per
the tech comment. She's a dialysis pt in Eastgate clinic, Dr Hsu wants a redraw today before 2 so
they can decide about tomorrow's session. Can the outpatient draw station take her as a walk-in?
She'll come with her daughter.

Brenda Iacono, LPN
Eastgate Family Medicine
""")

add('phi', 'care', 'Whitcomb',
    'Sharon Eidt <seidt@stbrennanhealth.org>', 'Case Management <casemgmt@stbrennanhealth.org>',
    'FW: discharge 5N-14', '2026-11-16 15:20',
    """FYI for tomorrow AM rounds.

________________________________
From: Leon Whitcomb <leonw1961@gmail.com>
Sent: Monday, November 16, 2026 2:58 PM
To: Sharon Eidt
Subject: discharge

Hi Sharon, this is Leon, Ruth Whitcomb's son. Thank you for calling me back. Mom says they told her
she'd go home with the wound vac and a home nurse three times a week but nobody's told us who the
agency is. She also still has the PICC in her arm - is that coming out before she leaves or is the
home nurse doing the antibiotics through it? I work til 5 but can pick her up after.

Leon
""")

add('phi', 'care', 'Pruitt',
    'Ortho Clinic Front Desk <orthofd@stbrennanhealth.org>', 'Dr. Collins Abara <cabara@stbrennanhealth.org>',
    'post-op Pruitt staples', '2026-11-23 08:48',
    """Dr Abara

Dale Pruitt (L TKA on the 9th) called - he wants to know if the staples can come out at the
Monroeville office tomorrow instead of here, he can't drive yet and his brother lives out there.
PT at Monroeville already. Ok to move his 2 wk post op?

Jen
""")

add('phi', 'care', 'Nakashima',
    'Sleep Lab <sleeplab@stbrennanhealth.org>', 'Kevin Nakashima <k.nakashima@outlook.com>',
    'Your sleep study on December 2', '2026-11-24 13:05',
    body="""Dear Mr. Nakashima,

This is a reminder that your overnight sleep study is scheduled for Wednesday, December 2, 2026.
Please arrive at 8:30 PM at the Sleep Disorders Center, 2nd floor of the Brennan Medical Arts
Building (entrance C).

- Shower before you come, no lotions or hair products.
- Bring your CPAP mask if you already have one (this is a titration night).
- No caffeine after noon.

Your study was ordered by Dr. Miriam Ashby. If you need to reschedule, call 412-339-7120 at least 48
hours ahead; late cancellations may be billed.

St. Brennan Sleep Disorders Center
""", cte='quoted-printable')

add('phi', 'care', 'Gallo',
    'Vince Rotunno <vrotunno@stbrennanhealth.org>', 'ED Nursing <ednursing@stbrennanhealth.org>',
    'bay 7 tonight', '2026-11-21 23:14',
    """heads up for nights: Gallo in bay 7 is the guy from the tractor - CT head/c-spine neg, still
waiting on the tib/fib films. got 4 mg morphine at 2140. his wife keeps asking for a chair. ortho
paged x2, Dr Leary says she'll see him after the OR case. keep him NPO.
""")
# ---------------------------------------------------------------- phi-names
add('phi', 'names', 'Delacroix',
    'Marisol Kent <mkent@stbrennanhealth.org>', 'Unit Secretaries 3S <3ssecretaries@stbrennanhealth.org>',
    'Delacroix, Evangeline - family wants a call back', '2026-11-13 10:44',
    """Her granddaughter (Tasha) called the desk twice. Wants Dr. Moreau or Ivy (the SW) to call before
the family meeting Friday. Number is on the face sheet. Please don't give info to the nephew,
he is NOT on the release.

M. Kent, unit sec 3S
""")

add('phi', 'names', 'Haverford',
    'Gloria Suttle <gsuttle@stbrennanhealth.org>', 'Dr. Neil Bramwell <nbramwell@stbrennanhealth.org>',
    'Re: Tuesday', '2026-11-09 17:35',
    """Neil -- Old Mr. Haverford (the retired judge, not his son Paul who we also see) cancelled
Tuesday again. Third time. His daughter thinks he's scared of the scope. Do you want me to just
book the pre-procedure phone visit with you instead? Cheryl in scheduling can hold the 10:15.

G.
""")

add('phi', 'names', 'Szabo',
    'Ivy Trent MSW <itrent@stbrennanhealth.org>', 'Robert Ellery <rellery@stbrennanhealth.org>',
    'Bobby & Mrs. S', '2026-11-15 12:05',
    """Rob,

Quick update since you're on for the weekend. Mrs. Szabo's sister finally agreed to be the
contact. Irene (the patient) still says she wants to go back to her own apartment, not Maple
Court, and PT says she's not safe on stairs. I've left the Maple Court bed on hold until Monday.
Dr. Prakash and I will meet with Irene and the sister at 11 Monday.

Also, Bobby from dietary asked if she can have her paprikash brought in - I said ask nursing.

Ivy
""")

add('phi', 'names', 'Kowalczyk',
    'Terri Brandt <tbrandt@stbrennanhealth.org>', 'Pat Ruiz <pruiz@stbrennanhealth.org>',
    'Big Stan', '2026-11-22 06:58',
    """Pat - Big Stan is back. Came in overnight, same story, they put him in 2 East. Kowalczyk on the
board. The night shift didn't know about his no-restraint plan from last time, can you make sure
day shift sees it? He did well with Marcus sitting with him last admission.
""")

add('phi', 'names', 'Abernathy',
    'Chaplain Services <chaplain@stbrennanhealth.org>', 'Palliative Team <palliative@stbrennanhealth.org>',
    'Fr. Doyle visit', '2026-11-19 09:27',
    """Fr. Doyle from St. Agnes came by yesterday for Mrs. Abernathy in 6-West and did the anointing
with the family. Her husband asked whether hospice at home is still possible at this point, I told
him Dr. Chen's team would talk with him today. Please let Sr. Margaret know if the family wants her
back this evening.

Peace,
Rev. Alan Moss
""")

add('phi', 'names', 'Rourke',
    'Dana Phelps <dphelps@stbrennanhealth.org>', 'Medical Staff Office <medstaff@stbrennanhealth.org>',
    'Dr. Rourke\'s mother', '2026-11-06 14:11',
    """Hi Linda,

Dr. Rourke asked me to let you know he'll be out Thursday and Friday - his mom is having her hip
done here Thursday morning (Dr. Abara) and he wants to be with her. Dr. Sanford is covering his
clinic. He'd rather people didn't make a fuss, so maybe don't put it in the newsletter this time.

Dana
""")

add('phi', 'names', 'Mbeki',
    'Lori Vance <lvance@stbrennanhealth.org>', 'Joanne Fitch <jfitch@stbrennanhealth.org>',
    'RE: RE: the Mbeki twins', '2026-11-18 11:49',
    """Yes both boys. Thandi's sats were fine, it's Sipho who needed the extra O2 overnight. Mom is
staying in the parent room. Peds says Thandi can go this afternoon but they'd rather discharge
them together so mom isn't split.

From: Joanne Fitch
Sent: Wednesday, November 18, 2026 11:32 AM
To: Lori Vance
Subject: RE: the Mbeki twins

Both of them still on the floor? I'm trying to sort out the RSV swab billing.

From: Lori Vance
Sent: Tuesday, November 17, 2026 4:50 PM
To: Joanne Fitch
Subject: the Mbeki twins

FYI the twins from L&D last month are back on peds, admitted this afternoon.
""")

add('phi', 'names', "O'Shea",
    'Dr. Priya Raman <praman@stbrennanhealth.org>', 'Dr. Colm Brady <cbrady@lakeshorecardiology.com>',
    "Thanks for seeing Nora", '2026-11-11 20:02',
    """Colm,

Thanks for squeezing in Nora O'Shea today. Her husband rang me tonight to say she felt much better
after you went through the echo with her. I'll hold the diuretic where you left it and see her in
two weeks. Give my best to Siobhan.

Priya
""")

add('phi', 'names', 'Tran',
    'Registration - Main <registration@stbrennanhealth.org>', 'Patient Access Leads <paleads@stbrennanhealth.org>',
    'duplicate chart? Tran / Tran', '2026-11-20 13:37',
    """Hey, I think we have two charts for the same lady. Tran, Mai Thi (the one with the 2019 visits)
and Tran, Thi Mai (registered today in the ED by Kyle). Same address on Pine Hollow Rd, DOB off by
one digit - 3/14/1948 vs 3/14/1984. ED already ordered the CT on the new one. Who merges these
now that Rhonda retired?

Sam, Reg
""")

add('phi', 'names', 'Pemberton',
    'Charge RN L&D <ldcharge@stbrennanhealth.org>', 'Anesthesia Scheduling <anesched@stbrennanhealth.org>',
    'Epidural for Pemberton?', '2026-11-25 03:40',
    """Dr Kaplan - Kayleigh (Pemberton) in LDR 3 is asking again, now 6 cm. Platelets from admit were
fine. Can someone come up? Her mom is getting loud at the desk.
""")
# ---------------------------------------------------------------- phi-lists
add('phi', 'lists', 'Marchetti',
    'Carla Denning <cdenning@stbrennanhealth.org>', 'Infusion Schedulers <infsched@stbrennanhealth.org>',
    'tomorrow chairs - please confirm', '2026-11-22 16:05',
    """Can you call these tomorrow's chairs and confirm, I'm out sick. Pasted from the schedule:

Time   Chair  Patient               Tx                 MD
0800   1      MARCHETTI, LOUIS      Remicade 5mg/kg    Patel
0800   2      AYODELE, GRACE        Venofer 200        Hsu
0830   4      BRISCOE, TAMMY        Ocrevus            Lindgren
0930   3      FENWICK, HAROLD       Zometa             Okwuosa
1000   1      NUNEZ, PAOLA          IVIG 2g/kg d2/5    Lindgren
1100   5      KRAUSE, EDWIN         Blood 2u PRBC      Hsu

Fenwick needs the creatinine first, Nunez's husband drives so call his cell.
Thanks!! Carla
""")

add('phi', 'lists', 'Sokolov',
    'Dr. Ben Adeyemi <badeyemi@stbrennanhealth.org>', 'Hospitalist Group <hospitalists@stbrennanhealth.org>',
    'signout 11/21', '2026-11-21 18:55',
    """Rm   | Name             | Age | Issue / to-do
-----+------------------+-----+-----------------------------------------------
402  | Sokolov, Dmitri  | 71  | f/u 2200 trop, if up call cards (Brady)
407  | Harjo, Linda     | 58  | s/p EGD today, advance diet in AM
411  | Quintero, Luis   | 84  | family mtg 10am, DNR discussed, sister = HCPOA
415  | Ames, Beverly    | 66  | K 3.1, repleting, recheck BMP 0400
420  | Lutz, Gerald     | 79  | CT abd read pending, NPO after MN
428  | Osei, Kwabena    | 45  | PICC placed, ok for home infusion Monday

Nothing else pending. Pager 3308 til 7.
-Ben
""")

add('phi', 'lists', 'Herrera',
    'Nina Sobel <nsobel@stbrennanhealth.org>', 'Eastgate FM Nurses <eastgatenurses@stbrennanhealth.org>',
    'no shows last week', '2026-11-16 08:20',
    """Morning ladies & Jim,

Here are the no-shows from last week, please do the outreach calls by Wed. I marked the ones
who've missed 3+.

Herrera, Joaquin	11/09	annual + A1c	Dr. Simms	***
Pike, Deborah	11/09	Depo shot	NP Valdez
Chu, Wendell	11/10	BP check	Dr. Amari
Ostrowski, Ann	11/11	wound check	Dr. Simms	***
Gaines, Tyrell	11/12	well child 4yo	Dr. Amari
Marsh, Opal	11/13	INR	Coumadin clinic

Thanks
Nina
""")

add('phi', 'lists', 'Vukovic',
    'OR Scheduling <orsched@stbrennanhealth.org>', 'Periop Leadership <perioplead@stbrennanhealth.org>',
    'Mon 11/30 OR board (draft)', '2026-11-27 14:30',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Draft board for Monday. Room 3 still has a hole at 1300 if anyone wants it.</p>
<pre style="font-family:Consolas,monospace;font-size:9pt">
OR  START  SURGEON      PATIENT                 MRN        PROCEDURE
--  -----  -----------  ----------------------  ---------  -------------------------------
1   0730   Abara        VUKOVIC, MILAN          00481276   R TOTAL HIP ARTHROPLASTY
1   1100   Abara        STEELE, JOANNA          00519033   L TKA
2   0730   Fahey        DUPREE, ARNOLD          00377410   LAP CHOLE
2   0945   Fahey        ROSS, KIMBERLY          00602218   LAP APPY (add-on from Sun)
3   0800   Okwuosa      HALVORSEN, INGRID       00233859   EGD/COLONOSCOPY
3   0930   Okwuosa      BELL, MARCUS            00558800   ERCP
4   0730   Venkat       TOLLIVER, JAMES         00190042   CARDIAC CATH, POSS PCI
</pre>
<p>Thanks,<br>Renee &ndash; OR Scheduling x2218</p>
</body></html>""")

add('phi', 'lists', 'Abrams',
    'Hugo Petrakis <hpetrakis@stbrennanhealth.org>', 'Denials Team <denials@stbrennanhealth.org>',
    'Keystone denials to work this week', '2026-11-19 10:10',
    """Team, these came back on the 835 yesterday. Please split them up, Gwen take the auths.

Claim #         Patient            DOS        Billed     Reason
--------------  -----------------  ---------  ---------  ------------------------------
KH2611-004417   Abrams, Lillian    10/02/26   $3,410.00  CO-197 no precert (MRI L-spine)
KH2611-004452   Boateng, Kofi      10/05/26   $  822.50  CO-16 missing modifier
KH2611-004460   Carver, Dwight     10/05/26   $12,980.00 CO-50 not med necessary (sleep study)
KH2611-004511   Ellison, Faye      10/09/26   $  415.00  CO-29 timely filing
KH2611-004530   Ibarra, Rosa       10/11/26   $2,100.00  CO-197 no precert (PT eval + 12)

Carver I think is the one where the doc forgot the Epworth score. Let's appeal.

Hugo Petrakis | Revenue Cycle Supervisor
""")

add('phi', 'lists', 'Fairbanks',
    'Monica Reyes RN <mreyes@stbrennanhealth.org>', 'Infection Prevention <ip@stbrennanhealth.org>',
    'Isolation list 4W', '2026-11-24 07:15',
    """4W isolation as of 0700:

- 401 Fairbanks, Leonard -- contact, CRE from the urine 11/20
- 404 Yusuf, Amina -- droplet, flu A pos
- 409 Dempsey, Carol -- contact enteric, C diff toxin pos 11/22
- 416 Gutierrez, Ramon -- airborne r/o TB, 2nd sputum pending

Dempsey's roommate was moved to 410 yesterday. Signs are up on all.
Monica
""")

add('phi', 'lists', 'Lam',
    'Peds Clinic <pedsclinic@stbrennanhealth.org>', 'Jan Ortiz <jortiz@stbrennanhealth.org>',
    'flu shot catch-up', '2026-11-12 12:44',
    """Jan,
from the registry printout - kids on our panel still due for flu #2 (first-timers):

  LAM, Ethan          DOB 02/11/2022   dose 1 given 10/08
  LAM, Olivia         DOB 02/11/2022   dose 1 given 10/08
  NWOSU, Chidera      DOB 07/30/2021   dose 1 given 10/15
  PATEL, Aarav        DOB 05/02/2023   dose 1 given 10/20
  RIVERA, Mateo       DOB 12/19/2022   dose 1 given 10/22

Lam twins' mom prefers text. Can you put them on Saturday's clinic?
""")

add('phi', 'lists', 'Greer',
    'Ward Clerk 2E <2eclerk@stbrennanhealth.org>', 'Transport Dispatch <transport@stbrennanhealth.org>',
    'pending transports 2E', '2026-11-20 09:02',
    """Bed   Pt                 Going to         Time   Mode
----  -----------------  ---------------  -----  ---------
2E-03 GREER, Doris       Echo             0930   wheelchair
2E-07 NAVARRO, Sal       IR (PICC)        1000   stretcher
2E-12 FITZ, Eugene       Dialysis unit    1030   stretcher, O2 2L
2E-15 HOLT, Margaret     Home (d/c)       1100   wc to lobby, son picking up

Navarro is on contact precautions.
""")

add('phi', 'lists', 'Benitez',
    'Coumadin Clinic <anticoag@eastgatefm.org>', 'Dr. Harold Simms <hsimms@eastgatefm.org>',
    'Today\'s INRs for sign-off', '2026-11-17 15:40',
    """Dr. Simms, INRs from today's clinic, dose changes need your co-sign:

Benitez, Aurora     | 2.4 | no change, 5 mg daily | RTC 4 wk
Colvin, Arthur      | 1.6 | incr to 6 mg M/W/F    | RTC 1 wk
Dreyfus, Helen      | 3.8 | hold x1, then 4 mg    | RTC 1 wk
McNally, Bernard    | 2.1 | no change             | RTC 4 wk
Singh, Harjit       | 5.1 | hold x2, vit K 2.5 PO | recheck Thu

Singh - I spoke with him and his son, no bleeding, he'll come Thursday.
Thanks, Grace (anticoag RN)
""")

add('phi', 'lists', 'Pollard',
    'Yvette Chambers <ychambers@stbrennanhealth.org>', 'Social Work <socialwork@stbrennanhealth.org>',
    'Fwd: SNF referrals waiting', '2026-11-18 13:13',
    """Can whoever is free today chase these? None of them have a bed yet.

---------- Forwarded message ---------
From: Case Mgmt Worklist <cmworklist@stbrennanhealth.org>
Date: Wed, Nov 18, 2026 at 12:00 PM
Subject: SNF referrals waiting

* Pollard, Vernon (5N-02) - sent to Maple Court, Greenbriar 11/16 - awaiting; needs IV abx x 4 wk
* Esposito, Rita (5N-09) - Greenbriar declined (behaviors), try Sunnyside
* Hawkins, Otis (3S-11) - Medicaid pending, no bed offers
* Whitlow, June (6W-04) - family wants Brennan Manor only, no bed until Dec
""")
# ---------------------------------------------------------------- phi-struct
add('phi', 'struct', 'Whitaker',
    'Raj Menon <rmenon@stbrennanhealth.org>', 'Interface Team <interfaces@stbrennanhealth.org>',
    'ADT A08 dropping PV1-3 again', '2026-11-18 11:22',
    """Same thing as last week, the A08s from registration have an empty bed in PV1-3 so the downstream
dietary system puts the tray in limbo. Here's one from this morning:

MSH|^~\\&|ADT|STBRENNAN|DIETARY|CBORD|202611180942||ADT^A08|MSG00418822|P|2.3
EVN|A08|202611180942
PID|1||00612944^^^SBH^MR||WHITAKER^DOUGLAS^R||19530709|M|||118 LOCUST ST^^NEW KENSINGTON^PA^15068||(724)339-0281|||M||400921775
PV1|1|I|3S^^^SBH||||1142^FAHEY^BRENDAN|||SUR||||7|||1142^FAHEY^BRENDAN|IN||||||||||||||||||||||||||202611170615
DG1|1||K80.20^Calculus of gallbladder w/o obstruction^I10

Can you look before the lunch trays go up?
Raj
""")

add('phi', 'struct', 'Ferris',
    'Lab Interface Monitor <labif-noreply@stbrennanhealth.org>', 'LIS Support <lissupport@stbrennanhealth.org>',
    '[LABIF] 3 messages in error queue', '2026-11-21 04:00',
    """Lab interface error report  2026-11-21 04:00

Queue: RESULTS_OUT -> EASTGATE_EHR
Errors: 3

[1] ORU^R01  MSG 7738121  ERR: Unknown ordering provider 9921
MSH|^~\\&|SUNQUEST|SBH_LAB|EPIC|EASTGATE|202611210311||ORU^R01|7738121|P|2.5.1
PID|1||E4471902^^^EGFM^MR||FERRIS^CONNIE^L||19690115|F
OBR|1|ORD55102|L26325|CBC^CBC W AUTO DIFF|||202611202205|||||||||9921^NEWHIRE^TEMP
OBX|1|NM|WBC^WBC||13.8|K/uL|4.0-11.0|H|||F
OBX|2|NM|HGB^Hemoglobin||9.1|g/dL|12.0-16.0|L|||F

[2] ORU^R01  MSG 7738140  ERR: Patient not found E4471955
[3] ORU^R01  MSG 7738166  ERR: Patient not found E4471955

Resubmit from console after correction.
""")

add('phi', 'struct', 'Goodwin',
    'Elaine Park <epark@stbrennanhealth.org>', 'Clearinghouse Support <support@claimbridge-edi.com>',
    'Rejected 837P batch 2611190033 - please advise', '2026-11-19 15:48',
    """Hello,

Our batch from this morning came back with a 999 reject for the claim below (AK5*R). We can't see
what's wrong with the NM1 loop. Attaching the claim as we sent it. Can your team tell us which
segment?

Thank you,
Elaine Park
Billing Specialist, St. Brennan Physician Group
""", atts=[att('claim_2611190033.x12',
"""ISA*00*          *00*          *ZZ*STBRENNANPG     *ZZ*CLAIMBRIDGE    *261119*0812*^*00501*000002611*0*P*:~
GS*HC*STBRENNANPG*CLAIMBRIDGE*20261119*0812*2611*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*2611190033*20261119*0812*CH~
NM1*41*2*ST BRENNAN PHYSICIAN GROUP*****46*STBPG01~
NM1*40*2*KEYSTONE HEALTH PLAN*****46*KHP77~
HL*1**20*1~
NM1*85*2*ST BRENNAN PHYSICIAN GROUP*****XX*1780654321~
N3*600 BRENNAN WAY~
N4*NEW KENSINGTON*PA*15068~
REF*EI*251234567~
HL*2*1*22*0~
SBR*P*18*KH4410******CI~
NM1*IL*1*GOODWIN*THERESA*A***MI*KHM884120553~
N3*42 ORCHARD LANE~
N4*LOWER BURRELL*PA*15068~
DMG*D8*19780302*F~
NM1*PR*2*KEYSTONE HEALTH PLAN*****PI*KHP77~
CLM*GOO112026*185***11:B:1*Y*A*Y*Y~
HI*ABK:M54.50~
NM1*82*1*AMARI*SHIRIN****XX*1467302288~
LX*1~
SV1*HC:99214*185*UN*1***1~
DTP*472*D8*20261110~
SE*23*0001~
GE*1*2611~
IEA*1*000002611~
""", 'application/octet-stream')])

add('phi', 'struct', 'Kaminski',
    'Cash Posting <cashposting@stbrennanhealth.org>', 'Hugo Petrakis <hpetrakis@stbrennanhealth.org>',
    'FW: 835 won\'t auto-post - one claim', '2026-11-20 09:37',
    """Hugo, the ERA posted except this one claim, the patient control # doesn't match anything on our
side (they dropped the suffix). Segment below. Can I hand-post it to acct 7720031-02?

CLP*7720031*1*1240*868*124*12*KH26300448819*13*1~
NM1*QC*1*KAMINSKI*ROBERT*J***MI*KHM550193872~
NM1*82*1*VENKATARAMAN*SURESH****XX*1952408813~
DTM*232*20261014~
SVC*HC:93306*1240*868**1~
DTM*472*20261014~
CAS*CO*45*248~
CAS*PR*2*124~
AMT*B6*992~

Thx, Donna
""")

add('phi', 'struct', 'Alvarado',
    'Patient Access <patientaccess@stbrennanhealth.org>', 'Julie Matz <jmatz@stbrennanhealth.org>',
    'eligibility response for tomorrow\'s MRI', '2026-11-23 14:22',
    """Julie, the 271 came back active but with a different plan than what's in the chart. See the EB
lines, looks like she switched to the HMO on 11/1 so we need a new auth before 0800.

ST*271*0001*005010X279A1~
BHT*0022*11*ELIG8841*20261123*1420~
HL*1**20*1~
NM1*PR*2*CASCADIA HEALTH MEDICAID*****PI*CHM01~
HL*2*1*21*1~
NM1*1P*2*ST BRENNAN COMMUNITY HOSPITAL*****XX*1447288100~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*ALVARADO*ESPERANZA****MI*CH7731920044~
DMG*D8*19910612*F~
DTP*346*D8*20261101~
EB*1*IND*30**CASCADIA HMO SELECT~
EB*CB*IND*MH~
MSG*PRIOR AUTH REQUIRED FOR ADVANCED IMAGING~
SE*14*0001~
""")

add('phi', 'struct', 'Oduya',
    'Fax Server <faxserver@stbrennanhealth.org>', 'HIM Release of Information <roi@stbrennanhealth.org>',
    'Inbound fax from 4123615580 (3 pages)', '2026-11-24 10:18',
    """Inbound fax received 11/24/2026 10:17 from 4123615580. OCR text of page 1 follows.

                    ALLEGHENY VALLEY ORTHOPAEDICS
                        FAX COVER SHEET
 TO:    St. Brennan Medical Records          FAX: 412-555-0190
 FROM:  Sherry, Referral Coordinator         PHONE: 412-361-5500
 DATE:  11/24/26                             PAGES (incl cover): 3
 RE:    Oduya, Benedict   DOB 08/19/1962

 [ ] Urgent   [x] For review   [ ] Please reply

 Requesting: operative report + discharge summary from his 09/2026 admission
 (L shoulder), and any post-op x-rays. Pt has appt with Dr. Glass 12/01.
 Signed authorization attached (page 2).

 The documents accompanying this facsimile contain confidential information...
""")

add('phi', 'struct', 'Rosario',
    'Tina Brock <tbrock@stbrennanhealth.org>', 'Quality Dept <quality@stbrennanhealth.org>',
    'sepsis abstraction - Nov cases', '2026-11-30 16:44',
    """Attached is the export of November SEP-1 cases that failed the 3-hr bundle. Please double-check
the lactate times on the first two before I submit. Names are in there, so keep it internal.

Tina
""", atts=[att('SEP1_fallouts_Nov2026.csv',
"""MRN,Last,First,DOB,Arrival,Severe_Sepsis_Time,Lactate_Time,BCx_Time,Abx_Time,Fallout_Reason
00711823,ROSARIO,HECTOR,1949-03-30,2026-11-02 21:14,2026-11-02 22:40,2026-11-03 02:05,2026-11-02 23:01,2026-11-02 23:30,Repeat lactate late
00402297,MCKEE,LORRAINE,1938-10-11,2026-11-06 08:02,2026-11-06 09:15,2026-11-06 09:20,2026-11-06 11:48,2026-11-06 10:02,BCx after abx
00655018,TRUONG,KIM,1970-05-25,2026-11-14 15:30,2026-11-14 16:10,2026-11-14 16:30,2026-11-14 16:25,2026-11-14 19:44,Abx >3h
00590126,BRANDT,LOUIS,1961-12-02,2026-11-22 02:45,2026-11-22 03:10,,2026-11-22 03:40,2026-11-22 04:05,No initial lactate
""", 'text/csv', cte='7bit')])

add('phi', 'struct', 'Ellsworth',
    'Radiology IT <radit@stbrennanhealth.org>', 'Vendor Support <support@clearviewpacs.com>',
    'Ticket 48812 - ORM not creating worklist entries', '2026-11-25 13:05',
    """Hi Clearview team,

Per our call, zipped log of the orders that failed to cross to the modality worklist this morning
is attached. It's 6 ORMs, all CT. Password-less zip as your portal wouldn't take .hl7.

Regards,
Marcus Oyelaran
Radiology Systems Analyst
""", atts=[zipped('orm_failures_20261125.zip', 'orm_failures_20261125.hl7',
"""MSH|^~\\&|EPIC|SBH|CLEARVIEW|SBHRAD|202611250712||ORM^O01|88120331|P|2.3\r
PID|1||00288190^^^SBH^MR||ELLSWORTH^NANCY^J||19440217|F|||9 BIRCH CT^^ARNOLD^PA^15068\r
PV1|1|E|ED^BAY12^^SBH\r
ORC|NW|440981|||||^^^202611250710^^STAT\r
OBR|1|440981||CTHEADWO^CT HEAD WO CONTRAST|||202611250710|||||||||2210^LEARY^MAUREEN\r
MSH|^~\\&|EPIC|SBH|CLEARVIEW|SBHRAD|202611250741||ORM^O01|88120352|P|2.3\r
PID|1||00731402^^^SBH^MR||PACHECO^LUIS^||19880923|M\r
PV1|1|O|CTOP^^^SBH\r
ORC|NW|440999|||||^^^202611251000^^R\r
OBR|1|440999||CTABPELW^CT ABD PELVIS W CONTRAST|||202611250741|||||||||1611^AMARI^SHIRIN\r
""")])

add('phi', 'struct', 'Dorsey',
    'Eastgate FM Integration <integration@eastgatefm.org>', 'Dr. Shirin Amari <samari@eastgatefm.org>',
    'Care summary received - please reconcile', '2026-11-26 08:00',
    """A care summary was received from St. Brennan Community Hospital for a patient on your panel and
could not be matched automatically. Review in the reconciliation queue. Extract:

{
  "resourceType": "Bundle",
  "type": "document",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "sbh-00640121",
      "name": [{"family": "Dorsey", "given": ["Wanda", "Lee"]}],
      "birthDate": "1966-01-29", "gender": "female",
      "telecom": [{"system": "phone", "value": "724-468-1190"}]}},
    {"resource": {"resourceType": "Encounter", "status": "finished",
      "class": {"code": "IMP"}, "period": {"start": "2026-11-21", "end": "2026-11-24"}}},
    {"resource": {"resourceType": "Procedure", "status": "completed",
      "code": {"text": "Transthoracic echocardiogram"}, "performedDateTime": "2026-11-22"}},
    {"resource": {"resourceType": "MedicationRequest", "status": "active",
      "medicationCodeableConcept": {"text": "apixaban 5 mg tablet"},
      "dosageInstruction": [{"text": "1 tab by mouth twice daily"}]}}
  ]
}
""")

add('phi', 'struct', 'Hollis',
    'Utilization Review <ur@stbrennanhealth.org>', 'Keystone Health Plan UM <um@keystonehp.com>',
    'Re: 278 pended - additional info', '2026-11-16 11:30',
    """Good morning,

Resending the 278 for the inpatient extension with the clinicals you asked for attached as a text
file (the portal upload keeps timing out).

Karen Lusk RN, Utilization Review
St. Brennan Community Hospital  |  Ph 412-339-7301  |  Fax 412-339-7390
""", atts=[att('278_HOLLIS_extension.txt',
"""ST*278*0004*005010X217~
BHT*0007*13*UR26111604*20261116*1125~
HL*1**20*1~
NM1*X3*2*KEYSTONE HEALTH PLAN*****PI*KHP77~
HL*2*1*21*1~
NM1*FA*2*ST BRENNAN COMMUNITY HOSPITAL*****XX*1447288100~
HL*3*2*22*1~
NM1*IL*1*HOLLIS*GARRETT*W***MI*KHM301847726~
DMG*D8*19580414*M~
HL*4*3*EV*0~
UM*AR*I*2*21:A~
DTP*435*D8*20261112~
HI*ABK:J18.9~
HSD*DY*3~
SE*14*0004~

CLINICAL UPDATE 11/16: remains on 4L O2 NC, sats 90-92% on RA attempt this AM failed.
Repeat CXR 11/15 w/ worsening RLL opacity. Abx broadened to pip/tazo 11/15. PT eval today.
""")])
# ---------------------------------------------------------------- phi-self
add('phi', 'self', 'Gagnon',
    'Marie-Claire Gagnon <mcgagnon58@yahoo.com>', 'Billing Office <billing@stbrennanhealth.org>',
    'Statement - I already paid this', '2026-11-14 21:47',
    """To whom it may concern,

I got another statement today for $287.40 for my stress test on August 28. I PAID THIS in
September over the phone with a woman named Crystal, I have the confirmation number 88314-C.
This is the third statement and now it says "final notice". I’m 68 years old and I don’t need
this aggravation. My account number on the bill is 4410928.

Please fix this and call me at 724-335-8126. Do not send me to collections.

Marie-Claire Gagnon
""", charset='windows-1252')

add('phi', 'self', 'Whelan',
    'MyBrennan Portal <noreply-portal@stbrennanhealth.org>', 'Eastgate FM Pool <eastgatepool@eastgatefm.org>',
    'New patient message: Question about my refill', '2026-11-19 07:12',
    """You have a new message from a patient in MyBrennan.

From: Thomas Whelan (MRN 00588420)
To: Dr. Harold Simms / Eastgate Family Medicine
Subject: Question about my refill

Dr Simms, the pharmacy says they need a new script for my metoprolol and my atorvastatin, I've got
3 pills left. Also I've been getting dizzy when I stand up in the morning since you upped the
metoprolol, is that normal? I check my pressure and it was 98 over 60 yesterday. Giant Eagle on
Freeport Rd please.

Tom Whelan

--
Reply in MyBrennan. Do not reply to this e-mail.
""")

add('phi', 'self', 'Acheampong',
    'Ama Acheampong <ama.acheampong@gmail.com>', 'Patient Relations <patientrelations@stbrennanhealth.org>',
    'My father\'s care on 5 North', '2026-11-22 19:30',
    html="""<div dir="ltr"><div>Dear Patient Relations,</div><div><br></div>
<div>I am writing about my father, Kwame Acheampong, who has been on 5 North since Tuesday after his
fall. Yesterday he waited over two hours for someone to help him to the bathroom and was left
sitting in a wet gown. He is 81 and proud and he cried when I visited. He is also supposed to get
his eye drops twice a day and the night nurse told me they "didn&#39;t come up from pharmacy."</div>
<div><br></div><div>I would like someone to call me. I am his health care agent and the paperwork
is in his chart. My number is 412-979-2044.</div><div><br></div>
<div>Thank you,</div><div>Ama Acheampong</div></div>""")

add('phi', 'self', 'Ruiz',
    'Danny Ruiz <druiz.plumbing@gmail.com>', 'Eastgate Family Medicine <frontdesk@eastgatefm.org>',
    'appt', '2026-11-09 06:15',
    """hey its danny ruiz, i have the physical for work at 8:40 today with dr amari, running late
maybe 15 min, also do i need to be fasting for the bloodwork i already had coffee. sorry
""")
# ---------------------------------------------------------------- phi-ids
add('phi', 'ids', '',
    'Cody Lutz <clutz@stbrennanhealth.org>', 'Charge Capture <chargecapture@stbrennanhealth.org>',
    'acct 7731208', '2026-11-18 12:02',
    """missing charge - EKG 93005 done in PACU 11/16 never dropped. Acct 7731208, MRN 00499127. can you
add and rebill. thx
""")

add('phi', 'ids', '',
    'Gwen Albright <galbright@stbrennanhealth.org>', 'Provider Relations <provrel@keystonehp.com>',
    'Auth request status', '2026-11-20 10:55',
    """Hi Marco,

Following up on two pending precerts, both urgent:

Member KHM772014480, DOB 06/03/1975 - PET/CT, ref # PA-2611-33817, submitted 11/13
Member KHM119340062, DOB 11/27/1989 - lumbar ESI L4-5, ref # PA-2611-34102, submitted 11/16

Can you tell me where they stand? The PET is scheduled Monday.

Gwen Albright
Prior Authorization, St. Brennan
""")

add('phi', 'ids', '',
    'Lab Outreach <laboutreach@stbrennanhealth.org>', 'Maple Court Nursing <don@maplecourtsnf.com>',
    'critical - call back', '2026-11-24 15:33',
    """Critical value, Maple Court resident, MRN 00306551, room 118B: potassium 2.7 mmol/L, drawn
11/24 1150. Tried your nurses' station at 1520, no answer. Please call 412-339-7200 to accept the
read-back.
""")

add('phi', 'ids', '',
    'Sonia Petit <spetit@stbrennanhealth.org>', 'Patient Financial Services <pfs@stbrennanhealth.org>',
    'refund?', '2026-11-27 09:09',
    """Guarantor 2219047 has a $640 credit from the double payment on the 10/30 colonoscopy (paid at
check-in AND via the portal). Guarantor DOB 1/14/1961. OK to refund to card ending 4471 or do
you want a check?
""")
# ---------------------------------------------------------------- phi-lang
add('phi', 'lang', 'Mendoza',
    'Rocío Mendoza <rociomendoza77@hotmail.com>', 'Clínica Eastgate <frontdesk@eastgatefm.org>',
    'cita de mi mamá', '2026-11-16 20:40',
    """Buenas noches,

Les escribo por mi mamá, Guadalupe Mendoza Ortiz (fecha de nacimiento 12/03/1951). Tiene cita con
la Dra. Amari el jueves a las 10 para los resultados de la ecografía del cuello (tiroides) pero yo
trabajo ese día y ella no habla inglés. ¿Se puede cambiar para el viernes en la tarde o pedir un
intérprete? También se le acabaron las pastillas de la presión, la farmacia dice que falta
autorización.

Gracias,
Rocío (hija) 412-806-5521
""", charset='iso-8859-1', cte='quoted-printable')

add('phi', 'lang', 'Nguyễn',
    'Linh Nguyen <linh.nguyen.pgh@gmail.com>', 'Interpreter Services <interpreters@stbrennanhealth.org>',
    'Fwd: Ba em mổ ngày mai', '2026-11-22 18:02',
    """Hi, can someone please translate this for the nurse on 6 West, my aunt wrote it and wants the
nurse to read it tonight. Thank you - Linh

Chào cô y tá,
Tôi là Phạm Thị Hoa, vợ của ông Nguyễn Văn Bảy, phòng 6W-11. Ông nhà tôi sẽ mổ tim (thay van)
sáng mai lúc 7 giờ. Bác sĩ dặn nhịn ăn từ nửa đêm, nhưng ông vẫn uống thuốc tiểu đường tối nay có
được không? Ông không nghe rõ bên tai trái, xin nói bên phải. Cảm ơn.
""", cte='base64')

add('phi', 'lang', 'Jean-Baptiste',
    'Wilner Jean-Baptiste <wjbaptiste@yahoo.com>', 'Eastgate Family Medicine <frontdesk@eastgatefm.org>',
    'Pitit mwen an - vaksen', '2026-11-10 12:30',
    """Bonjou,

Se papa Nadège Jean-Baptiste mwen ye, li gen 4 an. Li te dwe pran vaksen yo jodi a ak Dr. Amari
men li te gen lafyèv 102 yè swa epi li vomi 2 fwa. Èske nou ka vini semèn pwochèn pito?
Mwen pa konprann lèt lekòl la voye pou fòm vaksen an, tanpri ede m.

Mèsi anpil
Wilner  - 412 482 0937
""")

add('phi', 'lang', 'Wiśniewska',
    'Agnieszka Lis <alis@stbrennanhealth.org>', 'Dr. Ewa Marek <emarek@stbrennanhealth.org>',
    'pani Wiśniewska - wyniki', '2026-11-25 10:15',
    """Ewa, szybko - pani Halina Wiśniewska dzwoniła znowu, pyta o wyniki biopsji z 18-go. Path report
is in since yesterday but not signed off. Powiedziałam, że doktor oddzwoni dzisiaj po 14. She
only wants to hear it from you, not from the nurse. Jej numer: 412-771-3094 (córka, Basia).

Aga
""")
# ---------------------------------------------------------------- clean-staff
add('clean', 'staff', '',
    'Tomasz Wrobel PharmD <twrobel@stbrennanhealth.org>', 'Nursing - All Inpatient Units <rn-inpatient@stbrennanhealth.org>',
    'Warfarin holds - reminder', '2026-11-19 08:30',
    """Hi all,

We've had a few warfarin doses given this month when the INR was over 4 and nobody called the
prescriber. Reminder of the protocol:

  INR 3.1 - 3.9  give dose unless order says otherwise, notify at rounds
  INR 4.0 - 4.9  HOLD tonight's dose, notify provider + pharmacy
  INR >= 5.0     HOLD, notify provider now, repeat INR in AM, consider vit K per order

If a patient just started Bactrim, fluconazole, amio or metronidazole, expect the INR to climb.
Questions to me or anyone in central pharmacy (x4470).

Tomasz
""")

add('clean', 'staff', '',
    'Dr. Priya Raman <praman@stbrennanhealth.org>', 'Dr. Colm Brady <cbrady@lakeshorecardiology.com>',
    'curbside - AF + falls', '2026-11-20 21:15',
    """Colm, a general one when you have a minute, no rush:

Late 70s man, new AF, CHA2DS2-VASc 4, two mechanical falls this year (no head strike), normal renal
function. Family is nervous about a blood thinner. Are you still steering people like that toward a
DOAC and just working on the falls, or are you referring more of them for an appendage occluder
these days? I've got a couple of these on my panel and want to be consistent.

P.
""")

add('clean', 'staff', '',
    'Denise Hartwell RN <dhartwell@stbrennanhealth.org>', '4W Staff <4wstaff@stbrennanhealth.org>',
    'Thanksgiving week schedule - final', '2026-11-13 15:00',
    """Final holiday schedule is below and posted by the time clock. Trades go through me, not Kronos.

Name                  Wed 11/25   Thu 11/26   Fri 11/27
--------------------  ----------  ----------  ----------
Hartwell, Denise      D           off         D
Reyes, Monica         N           N           off
Abubakar, Fatima      D           D           off
Lindstrom, Erik       off         N           N
O'Neil, Casey (float) D           off         D
Pham, Tuyet           off         D           D
Sorensen, Kari (CNA)  N           N           off

Dr. Adeyemi is the hospitalist on Thursday. Potluck in the break room at 1300 - sign up for a dish.
Denise
""")

add('clean', 'staff', '',
    'Cath Lab <cathlab@stbrennanhealth.org>', 'Nursing - All Inpatient Units <rn-inpatient@stbrennanhealth.org>',
    'When your patient comes back from the cath lab', '2026-11-10 12:00',
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Hi floors,</p>
<p>Quick refresher since we're doing more radial cases. When your patient is back from the cath lab:</p>
<ul>
<li><b>Radial (TR band):</b> check site, pulse and cap refill q15 min x 4, then q30 x 2, then q1h.
Start deflating 2 mL every 15 min at the time written on the band.</li>
<li><b>Femoral:</b> flat 2-4 hrs per the post-procedure order, check groin and distal pulses with vitals.</li>
<li>Hold metformin 48 h after contrast if ordered; encourage PO fluids.</li>
<li>Any hematoma that grows, call us at x2400 <i>and</i> the interventionalist.</li>
</ul>
<p>Thanks! &mdash; Cath Lab RNs</p>
</body></html>""")

add('clean', 'staff', '',
    'Rosalind Greer <rgreer@stbrennanhealth.org>', 'Vince Rotunno <vrotunno@stbrennanhealth.org>',
    'RE: last night', '2026-11-22 07:45',
    """Vince, no worries about the handoff, nights was a zoo. For what it's worth the ED held 14
admits at 0400 and we still had 3 in the hallway at 7. I put in the staffing variance and
copied Kathy. Let's talk about the tele overflow plan at huddle, I don't want to keep pulling
from peds.

-Roz

> -----Original Message-----
> From: Vince Rotunno
> Sent: Sunday, November 22, 2026 6:51 AM
> Subject: last night
>
> Sorry the handoff was so rushed, I had two transfers leaving at once. Everything's in the board.
""")

add('clean', 'staff', '',
    'Lab Quality <labquality@stbrennanhealth.org>', 'Nurse Managers <nursemanagers@stbrennanhealth.org>',
    'Hemolysis rates by unit - October', '2026-11-06 10:30',
    """Hemolyzed specimen rates (chemistry), October 2026. Target < 2%.

Unit        Specimens   Hemolyzed   Rate
----------  ---------   ---------   -----
ED            6,412        388      6.1%
4W            1,120         19      1.7%
5N              984         27      2.7%
3S              860         11      1.3%
ICU           1,544         22      1.4%
Outpt draw    5,902         31      0.5%

ED is up from 4.8% in September. The big driver is draws off new IV starts. Lab educators can do a
10-minute huddle with any shift that wants one.
""")

add('clean', 'staff', '',
    'Kim Oduro <koduro@stbrennanhealth.org>', 'Unit Secretaries <unitsecs@stbrennanhealth.org>',
    'fax machine on 5N + label printer', '2026-11-24 11:11',
    """Hi girls (and Manny), the 5N fax is jamming on anything over 3 pages. IT ticket is in (#INC0288103).
Until it's fixed please send outgoing records from the 4W fax or scan to HIM. Also the armband
printer in the 5N nursing station is out of labels, extra box is in the supply room on the top shelf
behind the specimen bags.

Kim
""")
# ---------------------------------------------------------------- clean-admin
add('clean', 'admin', '',
    'IT Service Desk <servicedesk@stbrennanhealth.org>', 'All Staff <allstaff@stbrennanhealth.org>',
    'PLANNED DOWNTIME: EHR upgrade Sun 12/6 0100-0500', '2026-11-30 09:00',
    html="""<html><body>
<table width="600" style="border:1px solid #c00;font-family:Arial;font-size:10pt"><tr><td>
<h3 style="color:#c00">Planned EHR downtime</h3>
<p><b>When:</b> Sunday, December 6, 2026, 01:00 &ndash; 05:00<br>
<b>Affected:</b> EHR (all modules), MyBrennan patient portal, lab and radiology interfaces</p>
<p>Units: print your downtime census and MAR reports by 00:30. Use paper requisitions for lab and
imaging; results will be phoned for criticals only. Downtime binders are at every nursing station.
After the upgrade, back-entry of orders and meds must be done by end of shift.</p>
<p>Questions: Service Desk x4357 (HELP)</p>
</td></tr></table></body></html>""")

add('clean', 'admin', '',
    'Human Resources <hr@stbrennanhealth.org>', 'All Staff <allstaff@stbrennanhealth.org>',
    'Open Enrollment closes Friday - medical, dental, vision', '2026-11-16 08:00',
    """Open Enrollment for 2027 benefits closes Friday, November 20 at 5 PM.

What's changing:
- Brennan PPO medical plan: deductible stays at $750 individual / $1,500 family.
- New HDHP option with HSA; the hospital contributes $600 (individual) or $1,200 (family).
- Vision: frames allowance increases to $175.
- Employee Assistance Program: 6 free counseling sessions per issue, confidential.

If you do nothing, your current elections roll over except your FSA, which must be re-elected.
Log in to the benefits portal from the intranet or visit the HR office (ground floor, room G-114).
""")

add('clean', 'admin', '',
    'Medical Staff Office <medstaff@stbrennanhealth.org>', 'Dr. Collins Abara <cabara@stbrennanhealth.org>',
    'Reappointment packet due 12/15', '2026-11-09 13:40',
    """Dr. Abara,

Your two-year reappointment is due. Please return the following by December 15:

1. Signed attestation (attached in the portal)
2. Current PA license - ours expires 12/31/2026 on file
3. DEA registration (ours shows FA4412873, exp 03/31/2027 - no action needed)
4. Proof of malpractice coverage for 2027
5. Case log for the last 24 months (your office can pull it from the OR system)

NPI on file: 1306829914. Let me know if anything has changed.

Linda Farrow, CPMSM
Medical Staff Office
""")

add('clean', 'admin', '',
    'Sarah Kowalski <skowalski@meridianmedsupply.com>', 'Purchasing <purchasing@stbrennanhealth.org>',
    'PO 4500288171 - backorder notice', '2026-11-18 14:20',
    """Hi Brian,

Two lines on your PO 4500288171 are on backorder:

Line  Item #        Description                              Qty   ETA
----  ------------  ---------------------------------------  ----  -----------
3     DYND70580     Foley tray 16Fr w/ urine meter           40cs  12/04
7     MSC6430       TR-style radial compression band, reg    10bx  12/11

I can sub the 14Fr tray from stock if you want. Everything else ships tomorrow from Harrisburg.

Sarah Kowalski
Account Rep, Meridian Medical Supply
""")

add('clean', 'admin', '',
    'Facilities <facilities@stbrennanhealth.org>', 'All Staff <allstaff@stbrennanhealth.org>',
    'Garage B closed Tues + elevator 3 out', '2026-11-23 16:00',
    """Garage B will be closed Tuesday 11/24 for line painting. Staff with B permits may park in the
Lot D overflow; shuttle runs every 10 minutes from 0600.

Patient/visitor elevator 3 (main lobby) is out of service for inspection Tuesday 0900-1300. Please
direct wheelchairs and stretchers to elevators 1 and 2.
""")

add('clean', 'admin', '',
    'Payroll <payroll@stbrennanhealth.org>', 'Nurse Managers <nursemanagers@stbrennanhealth.org>',
    'Timecard exceptions - pay period ending 11/21', '2026-11-23 10:02',
    """Managers, please approve or correct these before noon Tuesday or they'll be paid as punched.

Emp ID   Name                 Dept   Exception
-------  -------------------  -----  ------------------------------
104882   Lindstrom, Erik      4W     missed out-punch 11/19
110293   Abubakar, Fatima     4W     OT not pre-approved 11/20 (2.5h)
099117   Quarles, Dana        ED     missed meal break attest
120044   Nakamura, Jun        ICU    holiday code on non-holiday
116530   Greer, Rosalind      ED     on-call not entered 11/21

Thanks, Payroll
""")

add('clean', 'admin', '',
    'Med Exec Committee <mec@stbrennanhealth.org>', 'Medical Staff - All <medstaff-all@stbrennanhealth.org>',
    'MEC highlights - November', '2026-11-25 17:00',
    """Highlights from the November Medical Executive Committee:

- Approved: revised sepsis order set (lactate auto-repeat at 3 h), effective 12/1.
- Approved: privileges for Dr. Ewa Marek (pathology) and Dr. Jonah Fisk (hospitalist).
- Core measures: SEP-1 compliance 71% (goal 80%); 4 fallouts reviewed, themes were delayed repeat
  lactate and blood cultures drawn after antibiotics.
- Readmissions (30-day, all cause): 13.4% for Q3, down from 14.9%.
- Reminder: H&Ps must be on the chart within 24 h of admission and before any procedure.

Next meeting December 16, 0700, Board Room.
""")
# ---------------------------------------------------------------- clean-lookalike
add('clean', 'lookalike', '',
    'Pine Hollow Veterinary Hospital <frontdesk@pinehollowvet.com>', 'Jessica Marlowe <jmarlowe.home@gmail.com>',
    "Biscuit's bloodwork and dental - discharge instructions", '2026-11-17 16:30',
    """Hi Jessica,

Biscuit did great today! Here's a summary from Dr. Albrecht:

- Dental cleaning under anesthesia, 2 extractions (upper premolars).
- Pre-anesthetic bloodwork was normal except a mildly high ALT (liver value, 132). We'd like to
  recheck in 4 weeks.
- Go home meds: carprofen 25 mg, 1/2 tablet by mouth once daily with food x 5 days.
- Soft food only for a week. No chew toys.

Patient: Biscuit (canine, beagle, 9 yrs)   Client #: 20417
Total today: $842.16 (paid, Visa)

Call us at 724-339-4100 if she's not eating by tomorrow night.
Pine Hollow Veterinary Hospital
""")

add('clean', 'lookalike', '',
    'Allegheny Mutual Auto Claims <claims@alleghenymutual.com>', 'Raymond Delgado <rdelgado1970@comcast.net>',
    'Claim 24-AU-118830: appraisal complete', '2026-11-12 11:05',
    """Dear Raymond Delgado,

Your collision claim 24-AU-118830 (2021 Honda CR-V, policy PA-7741902) has been appraised.

  Rear bumper cover, replace         $  612.00
  Liftgate, repair 2.5 h             $  215.00
  Refinish                           $  480.00
  Parts/materials                    $  136.50
  Less deductible                   -$  500.00
  Payment amount                     $  943.50

The payment will be issued to you and Riverside Collision. Your rental coverage ends 11/19.
No injuries were reported on this claim.

Allegheny Mutual Insurance
""")

add('clean', 'lookalike', '',
    'Brennan Health Foundation <foundation@stbrennanhealth.org>', 'Mr. and Mrs. Gerald Voss <gvoss@vossbuilders.com>',
    'Thank you for your gift to the Heart Center campaign', '2026-11-20 10:00',
    html="""<html><body style="font-family:Georgia,serif;font-size:11pt">
<p>Dear Gerald and Anne,</p>
<p>On behalf of everyone at St. Brennan, thank you for your generous gift of <b>$25,000</b> to the
Heart &amp; Vascular Center campaign. Your gift will help equip the new second cardiac
catheterization lab, which opens this spring.</p>
<p>We would be honored to recognize you on the donor wall in the Heart Center lobby. Please let me
know how you would like your names to appear.</p>
<p>With gratitude,<br>Catherine Ruhl<br>Vice President, Brennan Health Foundation</p>
<p style="font-size:8pt;color:#777">Gift receipt #F26-01184. No goods or services were provided in exchange
for this contribution.</p>
</body></html>""")

add('clean', 'lookalike', '',
    'Biomed Engineering <biomed@stbrennanhealth.org>', 'ICU Manager <icumgr@stbrennanhealth.org>',
    'Patient monitor bed 6 - NIBP failure', '2026-11-19 13:48',
    """Jun,

The patient monitor at ICU bed 6 (asset 044812, S/N PX7-2219033) failed NIBP calibration again. We
swapped it with loaner 044901. The original goes back to the vendor under warranty, RMA 55102.
Please don't put the old unit back in service if it shows up on the unit - it has a red DO NOT USE
tag. Also the SpO2 cable on bed 9 is frayed; replacement ordered.

Ed, Biomed x2290
""")

add('clean', 'lookalike', '',
    'GreenLeaf Pharmacy Rewards <rewards@greenleafrx.com>', 'Harriet Blum <hblum@verizon.net>',
    'Harriet, you have $10 in Leaf Bucks waiting!', '2026-11-21 07:00',
    html="""<html><body style="font-family:Arial">
<h2 style="color:#2e7d32">Hi Harriet!</h2>
<p>Your <b>$10 Leaf Bucks</b> reward expires 12/05. Use it on almost anything in store &mdash; holiday
cards, batteries, cold &amp; flu season essentials, cosmetics.</p>
<p>Member #: 6104 2298 1173<br>Points balance: 1,240</p>
<p>Flu shots are available at most locations, no appointment needed.</p>
<p style="font-size:8pt">Rewards cannot be used for prescriptions or where prohibited by law.
Unsubscribe | Privacy</p></body></html>""")

add('clean', 'lookalike', '',
    'Iron Valley Fitness <members@ironvalleyfit.com>', 'Derek Fontaine <dfontaine@gmail.com>',
    'Your membership freeze is confirmed', '2026-11-08 18:22',
    """Hi Derek,

Your membership (#IVF-33018) is frozen from 11/09/2026 through 01/09/2027. You won't be billed
during the freeze; billing of $39.99/month resumes on 01/10. Your personal training package (4
sessions remaining) is paused too and won't expire.

Want to come back early? Just reply or stop by the front desk.

Iron Valley Fitness - Lower Burrell
""")

add('clean', 'lookalike', '',
    'Keystone Health Plan <provider-news@keystonehp.com>', 'Billing Office <billing@stbrennanhealth.org>',
    'Provider bulletin: 2027 fee schedule and prior auth list', '2026-11-30 12:00',
    """Keystone Health Plan - Provider Bulletin, December 2026

1. The 2027 professional fee schedule is posted on the provider portal. E/M codes 99212-99215
   increase 2.1%.
2. Prior authorization will no longer be required for diagnostic colonoscopy (45378) or
   outpatient PT evaluations (97161-97163) for dates of service on or after 1/1/2027.
3. Sleep studies (95810, 95811) will require an Epworth score in the clinical notes.
4. Claims submitted more than 180 days after the date of service will deny CO-29.

Questions: Provider Services 1-800-555-0177, option 3.
""")
# ---------------------------------------------------------------- clean-news
add('clean', 'news', '',
    'Brennan Bulletin <communications@stbrennanhealth.org>', 'All Staff <allstaff@stbrennanhealth.org>',
    'Brennan Bulletin: second cath lab, flu clinic numbers, and a retirement', '2026-11-27 07:30',
    html="""<html><body style="font-family:Calibri;font-size:11pt;max-width:640px">
<h2>Brennan Bulletin &ndash; November 2026</h2>
<h3>Cath lab #2 on track for spring</h3>
<p>Construction on the second cardiac catheterization lab is 60% complete. Dr. Suresh
Venkataraman says the lab will let the team take STEMI calls without bumping scheduled cases.</p>
<h3>Employee flu clinic</h3>
<p>1,412 employees have been vaccinated so far (86%). Last walk-in clinic is Dec 3 in the cafeteria.</p>
<h3>Happy trails, Rhonda!</h3>
<p>After 31 years in Patient Access, Rhonda Pilarski has retired. She says she's going to learn to
golf &ldquo;badly and often.&rdquo;</p>
</body></html>""")

add('clean', 'news', '',
    'Allegheny County Health Dept <alerts@achd-alerts.org>', 'ED Nursing <ednursing@stbrennanhealth.org>',
    'HEALTH ADVISORY: measles exposure, Pittsburgh International Airport', '2026-11-18 17:05',
    """HEALTH ADVISORY - for healthcare providers

A traveler with confirmed measles passed through Pittsburgh International Airport, Concourse C, on
November 14, 2026 between 2:00 PM and 6:30 PM. Exposed persons may develop symptoms through
December 5.

Providers should:
- Consider measles in patients with fever and rash, especially with travel or exposure history.
- Mask and isolate suspected cases immediately in an airborne infection isolation room.
- Report suspected cases to ACHD by phone right away; do not wait for lab confirmation.
- Collect NP swab for measles PCR and serum IgM.

This advisory contains no patient-identifying information.
""")

add('clean', 'news', '',
    'Community Outreach <outreach@stbrennanhealth.org>', 'Eastgate Community Newsletter <editor@eastgatenews.org>',
    'For your December issue: free screenings at the Health Fair', '2026-11-10 14:00',
    """Hi Dolores,

Here's our blurb for the December issue, thanks for running it again:

FREE HEALTH FAIR - Saturday, December 12, 9 AM to 1 PM, Eastgate Community Center
Free blood pressure, cholesterol and glucose screenings (fasting not required), flu shots for
adults (bring your insurance card if you have one; no one turned away), and "Ask a Pharmacist"
brown-bag medication reviews. Spanish and Vietnamese interpreters on site.

Mark Holloway
Community Outreach, St. Brennan
""")

add('clean', 'news', '',
    'Fennick Pharmaceuticals <medinfo@fennickpharma.com>', 'Tomasz Wrobel PharmD <twrobel@stbrennanhealth.org>',
    'New formulary dossier: once-weekly basal insulin', '2026-11-12 09:45',
    """Dear Dr. Wrobel,

Following up on our conversation at the P&T meeting. Attached is the AMCP formulary dossier for
our once-weekly basal insulin, approved by the FDA in September. Key points:

- Non-inferior A1c reduction vs daily glargine at 52 weeks (-1.3% vs -1.2%).
- Level 2 hypoglycemia 0.4 vs 0.3 events per patient-year.
- Dosing conversion from daily basal: multiply total daily dose by 7, first dose 1.5x.

I'd welcome 20 minutes with your diabetes educators in December.

Best regards,
Alyssa Crane, PharmD, Medical Science Liaison
""")

add('clean', 'news', '',
    'ISMP Medication Safety Alert <alerts@ismp-digest.org>', 'Pharmacy Dept <pharmacy@stbrennanhealth.org>',
    'Acute Care Alert: look-alike vials and an infusion pump recall', '2026-11-05 06:00',
    """THIS WEEK

* A hospital reported a near miss where a nurse drew up vecuronium instead of vasopressin; both
  vials had similar red caps in the automated cabinet. Store paralytics in sealed, labeled bins.
* Class I recall: VeloPump LVP model 5500 software 3.2 can stop infusing without an alarm after
  a door-open event. Update to 3.3 or remove from service.
* Reminder: oral syringes only for oral liquids. A 2-year-old received IV a liquid antibiotic
  drawn into a Luer syringe (no permanent harm).

Reports are de-identified and submitted voluntarily.
""")

add('clean', 'news', '',
    'Denise Hartwell RN <dhartwell@stbrennanhealth.org>', '4W Staff <4wstaff@stbrennanhealth.org>',
    'FW: interesting - nurses and 12-hour shifts study', '2026-11-29 20:10',
    """Saw this in the nursing journal digest, thought it was worth a read given our scheduling
conversation. Big survey, ~30,000 RNs.

---------- Forwarded message ----------
From: Nursing Research Digest <digest@nursingresearchweekly.org>
Subject: Weekly digest

Nurses working shifts of 12 hours or longer were 40% more likely to report burnout and 31% more
likely to report intent to leave than those on 8-hour shifts, according to a cross-sectional study
of hospital RNs in four states. Patient-reported communication scores were also lower on units
with more long shifts. The authors call for self-scheduling and limits on overtime.
""")

# ---------------------------------------------------------------- clean-training
add('clean', 'training', '',
    'Raj Menon <rmenon@stbrennanhealth.org>', 'Interface Class <interfaceclass@stbrennanhealth.org>',
    'HL7 101 homework - parse these', '2026-11-10 16:00',
    """For Thursday: identify the message type, trigger event, patient class and attending in each.
All test data from the TST environment.

MSH|^~\\&|ADT|SBHTST|LAB|SBHTST|202601010800||ADT^A01|TST0001|T|2.3
EVN|A01|202601010800
PID|1||99900001^^^SBHTST^MR||ZZTEST^ADULT^ONE||19000101|F|||123 TEST ST^^ANYTOWN^PA^00000
PV1|1|I|4W^401^A^SBHTST||||9999^TRAINER^DOCTOR

MSH|^~\\&|ADT|SBHTST|LAB|SBHTST|202601010930||ADT^A03|TST0002|T|2.3
EVN|A03|202601010930
PID|1||99900002^^^SBHTST^MR||ZZTEST^PEDS^TWO||20200101|M
PV1|1|I|PEDS^210^B^SBHTST||||9999^TRAINER^DOCTOR

Hint: MSH-11 = T means test. Answers next week.
""")

add('clean', 'training', '',
    'Elaine Park <epark@stbrennanhealth.org>', 'Billing New Hires <billing-newhires@stbrennanhealth.org>',
    '837P walkthrough from the companion guide', '2026-11-04 11:30',
    """Welcome again to Jada and Luis! Here's the sample claim from the Keystone companion guide we'll
walk through tomorrow. It's the guide's made-up patient, not a real one.

NM1*IL*1*DOE*JANE****MI*SAMPLE000001~
N3*123 MAIN STREET~
N4*ANYTOWN*PA*00000~
DMG*D8*19000101*F~
CLM*SAMPLECLM01*100***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99213*100*UN*1***1~
DTP*472*D8*20260101~

Loop 2010BA is the subscriber, 2300 is the claim, 2400 the service line. Bring your questions.
Elaine
""")

add('clean', 'training', '',
    'Clinical Education <clined@stbrennanhealth.org>', 'New Grad RNs <newgrads@stbrennanhealth.org>',
    'Case study for Friday sim: post-cath bleed', '2026-11-18 09:00',
    """Please read before Friday's simulation lab.

Case: Mrs. A, 72, returns from the cath lab at 1400 after a diagnostic cath via the right femoral
artery. At 1530 she reports back pain and says she feels "funny." BP has gone from 138/80 to 96/58,
HR 112. The groin site looks unremarkable.

Questions:
1. What complication are you worried about, and why might the groin look fine?
2. Who do you call first, and what do you say (use SBAR)?
3. What orders do you anticipate?

Our manikin "Sim Sally" will be playing Mrs. A.
""")

add('clean', 'training', '',
    'Epic Training Team <ehrtraining@stbrennanhealth.org>', 'Registration Staff <registration@stbrennanhealth.org>',
    'Tip sheet: avoiding duplicate charts', '2026-11-23 12:00',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<h3>Tip sheet: search before you create</h3>
<p>Before registering a "new" patient, search by <b>last name + DOB</b> AND by <b>phone</b>.
Try the name both ways &ndash; many cultures put the family name first.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr><th>Search</th><th>Example (training environment)</th></tr>
<tr><td>Last, First</td><td>Zztest, Ivy</td></tr>
<tr><td>First name as last</td><td>Ivy, Zztest</td></tr>
<tr><td>DOB transposed</td><td>01/02/1900 vs 02/01/1900</td></tr>
<tr><td>MRN</td><td>99900417</td></tr>
</table>
<p>If you find a likely duplicate, do <b>not</b> merge &ndash; send a ticket to HIM Data Integrity.</p>
</body></html>""")

add('clean', 'training', '',
    'Revenue Cycle Education <rcedu@stbrennanhealth.org>', 'Patient Access <patientaccess@stbrennanhealth.org>',
    'Practice file for the estimates module', '2026-11-09 15:15',
    """Attached is the practice file for Wednesday's estimates training. Every row is fictional; please
don't load it anywhere but the TRAIN environment.

Revenue Cycle Education
""", atts=[att('estimates_practice.csv',
"""Account,Patient,DOB,Plan,Service,CPT,Charge,Deductible_Remaining,Coinsurance
TRN0001,"TEST, PATIENT ONE",01/01/1900,Sample PPO,MRI knee,73721,1850.00,500.00,20%
TRN0002,"TEST, PATIENT TWO",01/01/1900,Sample HMO,Colonoscopy screening,45378,2400.00,0.00,0%
TRN0003,"TEST, PATIENT THREE",01/01/1900,Sample HDHP,Echo,93306,1240.00,3000.00,10%
TRN0004,"TEST, PATIENT FOUR",01/01/1900,Self-pay,ED visit level 3,99283,980.00,,
""", 'text/csv', cte='7bit')])

add('clean', 'training', '',
    'Dr. Ben Adeyemi <badeyemi@stbrennanhealth.org>', 'Medical Residents <residents@stbrennanhealth.org>',
    'Signout template - please use from Monday', '2026-11-28 19:00',
    """Residents,

After the near miss last month, everyone uses the same signout format starting Monday. Template
below, filled with a made-up example so you see the level of detail I want:

Rm   | Name            | Code | One-liner                     | To-do / if-then
-----+-----------------+------+-------------------------------+-------------------------------
XXX  | Example, Pt A   | Full | 60s, CAP day 2, improving     | f/u blood cx; if T>38.5 repeat lactate
XXX  | Example, Pt B   | DNR  | 80s, CHF exac, diuresing      | AM BMP; if K<3.5 replete per protocol

Never leave a to-do without an "if-then." Questions at noon conference.
Ben
""")

# ---------------------------------------------------------------- more, varied carriers
_lab = mkmsg('Tri-State Reference Lab <results@tristatereflab.com>', 'Eastgate FM Results <results@eastgatefm.org>',
    'Final results: HOLLANDER, BETH A', '2026-11-17 05:12',
    """FINAL REPORT                                        Acct: EGFM-2231
Patient: HOLLANDER, BETH A         DOB: 09/14/1972     Sex: F
Collected: 11/16/2026 07:48        Ordering: AMARI, SHIRIN MD

TEST                     RESULT      FLAG    REF RANGE
Hemoglobin A1c           9.4 %       H       <5.7
Glucose, fasting         212 mg/dL   H       65-99
LDL cholesterol (calc)   148 mg/dL   H       <100
Creatinine               0.9 mg/dL           0.5-1.0
eGFR                     78                  >59
Microalbumin/Creat       41 mg/g     H       <30
""")
add('phi', 'care', 'Hollander',
    'Rachel Dunn RN <rdunn@eastgatefm.org>', 'Dr. Shirin Amari <samari@eastgatefm.org>',
    'FW: Final results: HOLLANDER, BETH A', '2026-11-17 08:40',
    """Dr. Amari - Beth's labs from yesterday, attached. A1c went UP from 8.1 in June. She told me on
the phone last week she stopped the Ozempic because of the cost. Want me to get her in this week
or loop in Priya (CDE) first?

Rachel
""", fwd=_lab)

add('phi', 'names', 'Castellano',
    'Dorothy Bain <dbain@brennanhomemedical.com>', 'Eastgate Family Medicine <frontdesk@eastgatefm.org>',
    "RE: Mr. Castellano's walker", '2026-11-12 15:26',
    html="""<html><head><style>body{font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<p>Delivered Tuesday afternoon, he&#39;s happy with it and his daughter had us lower the handles an
inch. Medicare will want the face-to-face note before they pay, can Dr. Simms sign the CMN I faxed
over on the 10th?</p>
<p>Thanks,<br>Dot Bain<br>Brennan Home Medical Equipment | 724-339-8810</p>
<hr>
<p><b>From:</b> Eastgate Family Medicine<br><b>Sent:</b> Monday, November 9, 2026 10:02 AM<br>
<b>To:</b> Dorothy Bain<br><b>Subject:</b> Mr. Castellano's walker</p>
<p>Hi Dot, order for a rolling walker with seat is in your fax queue. He&#39;s home Wednesday after
11. Thanks - Front desk</p>
</body></html>""")

add('phi', 'lists', 'Kerrigan',
    'Amy Lachance <alachance@stbrennanhealth.org>', 'Allegheny Home Health Intake <intake@alleghenyhh.com>',
    'Referrals from St. Brennan today', '2026-11-25 14:50',
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi Tara, 3 referrals going home today/tomorrow, orders and face sheets faxed.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E1F2"><td><b>Patient</b></td><td><b>DOB</b></td><td><b>D/C</b></td><td><b>Services</b></td><td><b>Insurance</b></td></tr>
<tr><td>Kerrigan, Patrick</td><td>03/02/1944</td><td>11/25</td><td>SN for IV ceftriaxone via PICC, PT</td><td>Medicare A</td></tr>
<tr><td>Jablonski, Irene</td><td>10/17/1950</td><td>11/26</td><td>SN wound vac changes M/W/F</td><td>Keystone MA</td></tr>
<tr><td>Ferreira, Jo&atilde;o</td><td>06/09/1939</td><td>11/26</td><td>PT/OT, home safety eval</td><td>Medicare A</td></tr>
</table>
<p>Mr. Ferreira&rsquo;s son Jos&eacute; is the contact (Portuguese speaker).<br>
Amy Lachance RN, Case Manager &ndash; 5 North</p>
</body></html>""", charset='windows-1252')

add('phi', 'struct', 'Sadowski',
    'Pathology Office <pathology@stbrennanhealth.org>', 'Eastgate FM Results <results@eastgatefm.org>',
    'Resend: surgical path result (did not cross interface)', '2026-11-23 11:58',
    """The attached result did not post to your EHR on Friday (interface ACK error). Please file it
manually and confirm. - Pathology, St. Brennan
""", atts=[att('ORU_S26-4471.hl7',
"""MSH|^~\\&|COPATH|SBH_PATH|EPIC|EASTGATE|202611201630||ORU^R01|P2611204471|P|2.5.1
PID|1||E4470318^^^EGFM^MR~00588131^^^SBH^MR||SADOWSKI^KAREN^M||19640803|F|||27 RIDGE AVE^^TARENTUM^PA^15084
ORC|RE|S26-4471|||CM
OBR|1||S26-4471|88305^SURGICAL PATHOLOGY|||202611181015|||||||||1611^AMARI^SHIRIN|||||||202611201625||SP|F
OBX|1|TX|22634-0^Path report.gross^LN||A. Skin, left upper back, shave: tan-brown papule 0.6 cm.||||||F
OBX|2|TX|22637-3^Path report.final diagnosis^LN||A. Compound nevus with mild architectural atypia; margins clear.||||||F
OBX|3|TX|22637-3^Path report.comment^LN||No further treatment needed. Routine skin checks.||||||F
""", 'application/octet-stream')])

_code = mkmsg('Dr. Maureen Leary <mleary@stbrennanhealth.org>', 'ED Staff <edstaff@stbrennanhealth.org>',
    'Thank you - mock code Tuesday', '2026-11-11 09:05',
    """Team,

Tuesday's in-situ mock code in the ambulance bay went well. Times: compressions started at 0:22,
first shock 1:48 (goal <2:00), epi at 3:40. Things to fix: the backboard was not on the crash cart
in bay 1, and the new monitors' pacing pads took a while to find. Next drill is 12/8 on nights.

Maureen Leary MD, ED Medical Director
""")
add('clean', 'staff', '',
    'Rosalind Greer <rgreer@stbrennanhealth.org>', 'Nurse Managers <nursemanagers@stbrennanhealth.org>',
    'FW: Thank you - mock code Tuesday', '2026-11-11 10:30',
    """Sharing Dr. Leary's debrief. Worth doing this on the floors too - happy to help set one up.
Roz
""", fwd=_code)

add('clean', 'lookalike', '',
    'PawSure Pet Insurance <claims@pawsure.com>', 'Michael Torres <mtorres.pgh@gmail.com>',
    'Claim PS-8830192 for Max has been processed', '2026-11-19 12:00',
    """Hi Michael,

Good news - your claim for Max (Labrador Retriever, 6) has been processed.

Date of service:   10/28/2026
Provider:          Three Rivers Veterinary Specialists
Treatment:         TPLO surgery, right knee (cranial cruciate ligament)
Amount claimed:    $5,412.00
Deductible:        $250.00
Reimbursement:     $4,129.60 (80%)

Payment will be deposited to your account ending 0932 within 3 business days. We hope Max is
back to chasing squirrels soon!

PawSure Pet Insurance
""")

add('phi', 'ids', '',
    'Jen Osterhout <josterhout@stbrennanhealth.org>', 'Patient Access <patientaccess@stbrennanhealth.org>',
    'elig pls', '2026-11-24 12:31',
    """can someone run elig on KHM663018244 before 2pm, PT eval today and the card he handed me says
termed 10/31. DOB 2/9/58. thx -Jen (outpt rehab)
""")

add('phi', 'care', 'Stroud',
    'Eastgate Family Medicine <nurse@eastgatefm.org>', 'Alice Stroud <alicestroud@comcast.net>',
    'Your ultrasound results', '2026-11-18 14:10',
    """Hi Alice,

Dr. Simms reviewed your abdominal ultrasound from Monday and it was normal - gallbladder, liver
and kidneys all look fine. He'd like you to keep the follow-up visit on December 1 at 9:20 to talk
about the stomach pain and whether to try the omeprazole a little longer.

If you have any questions you can call the nurse line at 724-339-6600 or message us in MyBrennan.

Rachel Dunn, RN
Eastgate Family Medicine
""")



# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, patient, m) in enumerate(MSGS, 1):
        name = f'{label}-{kind}-{i:03d}.eml'
        with open(os.path.join(OUT, name), 'w', newline='\n') as fh:
            fh.write(m.as_string())
        rows.append((name, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(f'wrote {len(rows)} messages')


if __name__ == '__main__':
    main()
