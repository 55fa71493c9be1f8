#!/usr/bin/env python3
"""Blind eval set: hand-written hospital e-mail. Standard library only, deterministic."""
import csv, io, os, zipfile, random, hashlib, sys
from datetime import datetime, timezone, timedelta
from email import encoders
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.utils import format_datetime, parseaddr, formataddr, getaddresses

random.seed(3222)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def tp(s, sub='plain', charset='utf-8', cte=None):
    if cte is None:
        try:
            s.encode('ascii'); cte = '7bit'
        except UnicodeEncodeError:
            cte = 'qp'
    c = Charset(charset)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '7bit': None, '8bit': None}[cte]
    c.header_encoding = QP
    p = MIMEText('', sub)
    del p['Content-Transfer-Encoding']
    del p['Content-Type']
    p.set_payload(s, c)
    p.set_type('text/' + sub)
    return p

def att(name, data, ctype='text/plain', cte=None, charset='utf-8'):
    main, sub = ctype.split('/')
    if main == 'text' and isinstance(data, str):
        p = tp(data, sub, charset, cte)
    else:
        p = MIMEBase(main, sub)
        p.set_payload(data if isinstance(data, bytes) else data.encode(charset))
        encoders.encode_base64(p)
    p.set_param('name', name)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def zipatt(zname, files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, txt in files:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 11, 2, 9, 0, 0))
            z.writestr(zi, txt.encode('utf-8') if isinstance(txt, str) else txt)
    return att(zname, b.getvalue(), 'application/zip')

def _addr(v):
    out = []
    for n, a in getaddresses([v]):
        out.append(formataddr((n, a), charset='utf-8'))
    return ', '.join(out)

def _hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8', header_name='Subject')

def dt(y, mo, d, h, mi, off=-5):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=timezone(timedelta(hours=off))))

def build(frm, to, subj, date, body=None, html=None, atts=(), cc=None, charset='utf-8', cte=None,
          hcharset=None, hcte=None, extra=None, related=False):
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart('alternative')
        alt.attach(tp(body, 'plain', charset, cte))
        alt.attach(tp(html, 'html', hcharset or charset, hcte or cte))
        main = alt
    elif html is not None:
        main = tp(html, 'html', hcharset or charset, hcte or cte)
    else:
        main = tp(body or '', 'plain', charset, cte)
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(main)
        for a in atts:
            m.attach(a)
    else:
        m = main
    m['From'] = _addr(frm)
    m['To'] = _addr(to)
    if cc:
        m['Cc'] = _addr(cc)
    m['Subject'] = _hdr(subj)
    m['Date'] = date
    dom = parseaddr(frm)[1].split('@')[-1] or 'localhost'
    h = hashlib.md5((subj + date + frm).encode('utf-8')).hexdigest()
    m['Message-ID'] = '<%s.%s@%s>' % (h[:14].upper(), h[14:22], dom)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        m[k] = _hdr(v)
    return m

def add(label, kind, pname, msg):
    MSGS.append((label, kind, pname, msg))

def fwd(msg, name='forwarded message.eml'):
    p = MIMEMessage(msg)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

# ---------------------------------------------------------------------------
# Hospital: Halvorsen Memorial Hospital (halvorsenmemorial.org), invented.
H = 'halvorsenmemorial.org'

# ============================ phi-care =====================================
add('phi', 'care', 'Okafor', build(
    'Renee Lindqvist <rlindqvist@%s>' % H, 'OR Scheduling <orscheduling@%s>' % H,
    'add-on tomorrow - Okafor', dt(2026, 11, 3, 21, 14),
    """Can you add on Chidi Okafor for tomorrow, 2nd case after Dr. Feld's lap chole in OR 6 if it fits.
Lap appy, est 60 min. H&P done, consent signed on the floor (4 West rm 418). NPO after midnight.
Anesthesia aware - Dr. Pruitt.

thx
Renee

Sent from my iPhone"""))

add('phi', 'care', 'Marchetti', build(
    'Blood Bank <bloodbank@%s>' % H, 'Tomas Abernathy RN <tabernathy@%s>' % H,
    'RE: crossmatch status', dt(2026, 11, 4, 6, 2),
    """Tomas -

2 units are crossmatched and on hold for Marchetti, Lorraine until 1800 tomorrow. Type and screen
drawn 0340 is good for 72 hrs. If she goes to IR first call us so we can move the units with her.

Dee, MLS(ASCP)
Blood Bank x4471

-----Original Message-----
From: Tomas Abernathy RN
Sent: Wednesday, November 4, 2026 5:41 AM
To: Blood Bank
Subject: crossmatch status

Hi, checking on the 2 units for bed 12 (Marchetti) - she's on the list for IR this morning. Are they ready?
Tomas, ICU"""))

add('phi', 'care', 'Whitfield', build(
    'Sandra Oyelaran <soyelaran@%s>' % H, 'Jonah Whitfield <jwhitfield88@gmail.com>',
    'Your follow-up appointment', dt(2026, 11, 5, 10, 31),
    body="""Dear Mr. Whitfield,

Thank you for calling this morning. Your suture removal visit is scheduled for Thursday,
November 12 at 2:40 PM at the Halvorsen Memorial Wound Clinic, 2nd floor, Suite 210.
Please bring your discharge paperwork from your emergency department visit on November 2.

If you need to reschedule, call 608-771-4020.

Sandra Oyelaran
Patient Access Representative
Halvorsen Memorial Hospital""",
    html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}
.sig{color:#1F4E79;font-size:9pt}.disc{color:#888;font-size:7.5pt}</style></head><body>
<p>Dear Mr. Whitfield,</p><p>&nbsp;</p>
<p>Thank you for calling this morning. Your suture removal visit is scheduled for <b>Thursday,
November 12 at 2:40 PM</b> at the Halvorsen Memorial Wound Clinic, 2nd floor, Suite 210.
Please bring your discharge paperwork from your emergency department visit on November 2.</p>
<p>&nbsp;</p><p>If you need to reschedule, call 608-771-4020.</p><p>&nbsp;</p>
<p class="sig">Sandra Oyelaran<br>Patient Access Representative<br>Halvorsen Memorial Hospital</p>
<p class="disc">CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended
recipient(s) and may contain confidential information. If you are not the intended recipient, please
contact the sender and destroy all copies.</p></body></html>"""))

add('phi', 'care', 'Brandvold', build(
    'Kai Nakamura <knakamura@%s>' % H, 'Priya Raman <praman@%s>' % H,
    'Fw: CT read?', dt(2026, 11, 6, 2, 48),
    """can you look at this when you get a sec, rads hasn't called back. pt is still in the hallway bed

---------- Forwarded message ---------
From: Kai Nakamura
Date: Fri, Nov 6, 2026 at 2:31 AM
Subject: CT read?
To: Reading Room <radreading@halvorsenmemorial.org>

Hey - CT head w/o for Gunnar Brandvold, ED bed H3, scanned at 0140. Wife says he was "off" since dinner.
Any prelim? Need to know before we decide on disposition.
Kai Nakamura, PA-C, Emergency Dept"""))

add('phi', 'care', 'Delacroix', build(
    'Lydia Fenwick <lfenwick@%s>' % H, 'Pharmacy Inpatient <rxinpatient@%s>' % H,
    'vanc trough 5 South', dt(2026, 11, 7, 14, 5),
    """Trough on Antoinette Delacroix came back 24.1 this morning, drawn right before the 0900 dose which we held.
Can pharmacy re-dose? Dr. Hsu said pharmacy to dose per protocol. She's in 512-B.
Lydia"""))

add('phi', 'care', 'Szymanski', build(
    'Marcus Bell <mbell@%s>' % H, 'Transport Dispatch <transport@%s>' % H,
    'stretcher needed L&D -> MRI', dt(2026, 11, 8, 11, 20),
    """Need transport for Ewa Szymanski, L&D room 7, to MRI at 1215. She has an IV and will need a
nurse to go with - I'll send Kelsey. Stretcher not wheelchair. Thanks.

Marcus Bell, RN | Labor & Delivery | x5530""",
    atts=[], cc='Kelsey Drummond <kdrummond@%s>' % H))

add('phi', 'care', 'Ashworth', build(
    'Eileen Patterson <epatterson@%s>' % H, 'Dr. Samuel Greer <sgreer@lakeshorefamilymed.com>',
    'Discharge summary - Harold Ashworth', dt(2026, 11, 9, 16, 42),
    body="""Dr. Greer,

Attached is the discharge summary for your patient Harold Ashworth, who left our ICU step-down
today after 6 days. He is going home on the new metoprolol dose and furosemide 40 mg daily.
He needs a BMP within a week and a visit with you in 7-10 days.

Eileen Patterson, RN
Transitions of Care
Halvorsen Memorial Hospital""",
    atts=[att('Ashworth_H_DC_summary.txt', """HALVORSEN MEMORIAL HOSPITAL - DISCHARGE SUMMARY
Patient: ASHWORTH, HAROLD J        MRN: 00418826      DOB: 03/14/1946
Admit: 11/03/2026   Discharge: 11/09/2026   Attending: M. Osei, MD
Hospital course: Admitted via ED, ICU x3 days, step-down x3 days. Diuresed with IV furosemide,
transitioned to oral. Echo 11/05 completed. Metoprolol succinate increased to 100 mg daily.
Discharge meds: metoprolol succinate 100 mg daily; furosemide 40 mg daily; atorvastatin 40 mg daily.
Follow-up: PCP Dr. S. Greer 7-10 days. BMP in 1 week.
""", cte='b64')]))

add('phi', 'care', 'Vang', build(
    'Security Dispatch <security@%s>' % H, 'ED Charge RN <edcharge@%s>' % H,
    'Belongings - Pa Vang', dt(2026, 11, 10, 4, 17),
    """ED Charge,
We have a bag of belongings and a phone logged in for patient Pa Vang who was brought up to
the ICU from the ED last night after the intubation. Family (son, Tou) called asking about the phone.
Item log #26-1183. Family can pick up at Security Office with ID.
Officer R. Castellano, #214"""))

# ============================ phi-names ====================================
add('phi', 'names', 'Pellegrino', build(
    'Hannah Corrigan <hcorrigan@%s>' % H, 'Social Work Team <socialwork@%s>' % H,
    "Mrs. Pellegrino's daughter", dt(2026, 11, 2, 13, 9),
    """Just a heads up - Mrs. Pellegrino's daughter (the one from Ohio, not Gina) is coming in at 3 to
talk about placement. Nana P has been asking for her rosary all morning, it might be in the
bag that went down to security. Can whoever's covering ICU 3 sit in? I'm in the family meeting for
Bed 9 until 3:30.
-H"""))

add('phi', 'names', 'Thibodeaux', build(
    'Dr. Aaron Stiles <astiles@%s>' % H, 'Maren Cho <mcho@%s>' % H,
    'RE: Thibodeaux, Roland - still waiting on echo', dt(2026, 11, 3, 17, 55),
    """Maren, I bumped it. Cardiology says tomorrow AM. Tell the family I'll call them after rounds.

AS

________________________________
From: Maren Cho <mcho@halvorsenmemorial.org>
Sent: Tuesday, November 3, 2026 4:12 PM
To: Aaron Stiles <astiles@halvorsenmemorial.org>
Subject: Thibodeaux, Roland - still waiting on echo

Son keeps asking at the desk why the echo hasn't happened. He's polite but getting frustrated.
Can you check on it?
Maren"""))

add('phi', 'names', 'Kowalczyk', build(
    'Jill Amundsen <jamundsen@%s>' % H, 'L&D Nurses <ldnurses@%s>' % H,
    'baby Kowalczyk going to NICU', dt(2026, 11, 4, 3, 33),
    """FYI for the day team - Baby Boy Kowalczyk (mom is Agnieszka, rm 11) went to NICU at 0250 for
grunting/retractions, peds at bedside. Mom knows, dad is with the baby. Please make sure mom gets
up to NICU when she can, she's asking every 10 min. She pumped once.
Jill"""))

add('phi', 'names', 'Ferreira', build(
    'Ops Huddle <ophuddle@%s>' % H, 'Nursing Leaders <nursingleaders@%s>' % H,
    'Bed huddle 0800 notes', dt(2026, 11, 5, 8, 24),
    """0800 huddle

ED: 41 pts, 9 boarders. Longest boarder = Ferreira (psych hold, 31 hrs), SW working on placement.
ICU: 2 open after 10am. Dr. Halloran wants the GI bleed from 5S up first.
OR: 22 cases, 2 add-ons. Sterile processing behind on ortho trays, see Bev.
L&D: 6 laboring, 1 scheduled C/S at 1300.
Staffing: 5 West short 1 RN nights.

Next huddle 1400."""))

add('phi', 'names', 'Haddad', build(
    'Interpreter Services <interpreters@%s>' % H, 'Dr. Leah Mortensen <lmortensen@%s>' % H,
    'Arabic interpreter confirmed - Mr. Haddad 2pm', dt(2026, 11, 6, 9, 12),
    """Hi Dr. Mortensen,

Confirmed: in-person Arabic interpreter (Rania) for your 2:00 PM meeting with Mr. Yousef Haddad and his wife
in the ICU family room about the trach. Rania will meet you at the ICU front desk. If the meeting runs past
3:30 we'll switch to video.

Thank you,
Interpreter Services | x2290"""))

add('phi', 'names', 'Gruber', build(
    'Beverly Tran <btran@%s>' % H, 'Periop Staff <periop@%s>' % H,
    'who took Gruber to PACU?', dt(2026, 11, 7, 15, 40),
    """Whoever brought Gruber out of room 4 - his glasses and hearing aids are still on the
counter in OR 4. I put them in a bag with his label. Please get them to PACU before he wakes up
all the way, he's going to want them.
Bev"""))

add('phi', 'names', 'Lindgren', build(
    'Tessa Morales <tmorales@%s>' % H, 'Ethan Brooks <ebrooks@%s>' % H,
    'coverage sat', dt(2026, 11, 8, 19, 2),
    """Ethan - can you take my Saturday? I'll take your 11/21. Also if you're on, "Grandpa Joe" in 14
(Lindgren) loves the crossword, his wife drops one off at 10. Don't let dietary take away his
coffee again, he's allowed one cup now per Dr. Amari.
T"""))

add('phi', 'names', 'Oduya', build(
    'Patient Relations <patientrelations@%s>' % H, 'ED Leadership <edleaders@%s>' % H,
    'Complaint #C26-0942 (Oduya)', dt(2026, 11, 9, 11, 0),
    body="""Please review and respond by 11/16.

Complainant: Grace Oduya (daughter)
Patient: Emmanuel Oduya
Date of service: 11/1/2026, ED
Summary: Daughter states her father waited 6 hours in the waiting room before being seen, and that
staff were dismissive when she asked about his pain medicine. She also states the discharge
instructions were not explained. She is requesting a call back at 414-380-2217.

Patient Relations""",
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Please review and respond by <b>11/16</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Complainant</b></td><td>Grace Oduya (daughter)</td></tr>
<tr><td><b>Patient</b></td><td>Emmanuel Oduya</td></tr>
<tr><td><b>Date of service</b></td><td>11/1/2026, ED</td></tr>
<tr><td><b>Summary</b></td><td>Daughter states her father waited 6 hours in the waiting room before being seen, and that
staff were dismissive when she asked about his pain medicine. She also states the discharge instructions
were not explained. She is requesting a call back at 414-380-2217.</td></tr>
</table><p>Patient Relations</p></body></html>""",
    atts=[fwd(build('Grace Oduya <grace.oduya@gmail.com>', 'Patient Relations <patientrelations@%s>' % H,
        'My father was ignored in your ER', dt(2026, 11, 2, 23, 12),
        """To whom it may concern,

On Sunday Nov 1 I brought my father Emmanuel Oduya (78) to your emergency room. We sat in the waiting
room from 2pm until after 8pm. He was in pain the whole time and nobody checked on him. When I asked the
nurse at the desk if he could have something for pain she said "everyone is waiting, ma'am."

When he was finally seen the doctor was kind but we were sent home with papers and nobody explained the
new medicine. I had to call his pharmacist.

Please call me. 414-380-2217.
Grace Oduya"""), 'My father was ignored in your ER.eml')]))

# ============================ phi-self =====================================
add('phi', 'self', 'Rasmussen', build(
    'Carol Rasmussen <carol.rasmussen61@yahoo.com>', 'Billing Office <billing@%s>' % H,
    'bill for my ER visit?', dt(2026, 11, 2, 20, 47),
    """Hello,
I got a bill for $1,842.19 for my ER visit on Sept 28 and I thought my insurance paid this. The
account number on the letter is 7730194452. I had the x-rays of my wrist and they put a splint on,
that was it. Can someone please explain why it is so much? I'm on a fixed income.

Carol Rasmussen
(262) 448-0915"""))

add('phi', 'self', 'Nguyen', build(
    'Linh Nguyen <linh.nguyen.pham@gmail.com>', 'Medical Records <hirm@%s>' % H,
    'Records request for my son', dt(2026, 11, 3, 12, 15),
    """Hi,

my son Bao Nguyen (DOB 7/22/2014) was seen in your emergency room on October 30 after he fell off
his bike and they did stitches on his chin and a CT. The school nurse needs the paper that says
when he can go back to PE. How do I get that? I can come pick it up.

Thank you
Linh Nguyen"""))

add('phi', 'self', 'Ambrose', build(
    'Denise Ambrose <dambrose@ambroselaw.net>', 'Labor and Delivery <ldfrontdesk@%s>' % H,
    'birth plan - Denise Ambrose, due 12/1', dt(2026, 11, 4, 9, 38),
    """Hello L&D team,

I'm planning to deliver with you around December 1 (Dr. Castellanos's practice). Attached is my birth
plan. The short version: I'd like to try without an epidural but I'm open to it, I'd like delayed cord
clamping, and my wife Jo will be my support person. I'm GBS negative as of last week.

Is there a way to pre-register so we aren't doing paperwork in triage?

Thanks so much,
Denise Ambrose""",
    atts=[att('Ambrose birth plan.html', """<html><body><h2>Birth Plan - Denise Ambrose</h2>
<ul><li>Provider: Dr. Marisol Castellanos</li><li>Due date: 12/01/2026</li>
<li>Support person: Jo Ambrose (spouse)</li><li>Pain: prefer unmedicated; open to epidural</li>
<li>Delayed cord clamping, skin to skin</li><li>Breastfeeding, no formula unless needed</li></ul></body></html>""",
        'text/html')]))

add('phi', 'self', 'Kessler', build(
    'MyHalvorsen Portal <noreply-portal@%s>' % H, 'Clinic Inbox <surgclinic@%s>' % H,
    'New patient message: question about my surgery', dt(2026, 11, 5, 22, 4),
    """You have a new message in MyHalvorsen.

From: KESSLER, WALTER A (MRN 00773015)
Regarding: Upcoming procedure 11/18/2026 - Dr. Abara

Message:
hi Dr Abara its Walt Kessler. my wife says I have to stop my Eliquis before the knee replacement
but nobody told me how many days. also do I take my blood pressure pill that morning?? please call
or write back. thanks

---
Reply in MyHalvorsen. Do not reply to this e-mail."""))

add('phi', 'self', 'Beaumont', build(
    'Janelle Beaumont <jbeaumont_77@outlook.com>', 'ICU Nurse Manager <icumanager@%s>' % H,
    'thank you from the Beaumont family', dt(2026, 11, 6, 18, 30),
    """To the nurses of the ICU,

My husband Curtis Beaumont was with you for 11 days in October after his heart surgery. I want to
thank especially Ama and Derek on nights who held my hand when they had to put the breathing tube
back in and I thought we were going to lose him. He came home on Halloween and is walking to
the mailbox now.

We can never repay you. Please share this with everyone on the unit.

With gratitude,
Janelle Beaumont"""))

add('phi', 'self', 'Petrakis', build(
    'Nick Petrakis <npetrakis@petrakisplumbing.com>', 'Halvorsen Patient Financial Services <pfs@%s>' % H,
    'RE: payment plan', dt(2026, 11, 7, 8, 1),
    """Thats fine, I can do the $150 a month. Please set it up on the card ending 4417.
Nick

-----Original Message-----
From: Patient Financial Services <pfs@halvorsenmemorial.org>
Sent: Thursday, November 5, 2026 3:22 PM
To: Nick Petrakis
Subject: RE: payment plan

Mr. Petrakis,
Your balance for guarantor account 5510038 (surgery 8/14/2026, patient: Nicholas Petrakis) is
$3,210.00 after insurance. We can offer 0% interest monthly payments of $150. Please confirm.

> I cant pay this all at once. My hernia surgery bill. Is there a plan?"""))

add('phi', 'self', '', build(
    'Femi Adeyemi <femi.adeyemi@gmail.com>', 'Sandra Oyelaran <soyelaran@%s>' % H,
    'Re: mum', dt(2026, 11, 8, 23, 51),
    """Sis, saw your text. Mum's CT came back clear thank God, the doctor said it's just the vertigo thing
and they're letting her go tomorrow morning after physio sees her. Can you get off work to drive her?
I'm stuck in Chicago till Tues. Her meds list is in the blue folder on her fridge.
F

On Sun, Nov 8, 2026 at 9:02 PM Sandra Oyelaran wrote:
> Any news on mummy?? I'm on shift till 11, can't call."""))

# ============================ phi-lists ====================================
add('phi', 'lists', 'Alvarado', build(
    'Nora Kilpatrick <nkilpatrick@%s>' % H, 'OR Charge <orcharge@%s>' % H,
    'Tomorrow OR 3 lineup (revised)', dt(2026, 11, 2, 16, 10),
    """Revised - Dr. Venter swapped 2 and 3.

Rm  Time   Patient              Age  Procedure                    Surgeon
3   0730   Alvarado, Ruben       58   R TKA                         Venter
3   1000   Sorensen, Kay         71   L hip hemiarthroplasty        Venter
3   1230   Obi, Chinwe           44   ORIF L distal radius          Venter
3   1430   McAllister, Dean      36   hardware removal R ankle      Venter

Trays: Sterile Processing confirmed knee set #2 back by 0630.
Nora"""))

add('phi', 'lists', 'Fontaine', build(
    'ED Registration Lead <edreg@%s>' % H, 'Revenue Integrity <revint@%s>' % H,
    'ED accounts missing insurance 11/3', dt(2026, 11, 4, 7, 45),
    body="""See table - these came through overnight with self-pay, we got cards for most of them after.

Thanks, Marla""",
    html="""<html><head><style>td,th{font-family:Calibri;font-size:10pt;border:1px solid #999;padding:3px}</style></head>
<body><p style="font-family:Calibri">See table - these came through overnight with self-pay, we got cards for most of them after.</p>
<table style="border-collapse:collapse">
<tr><th>Acct</th><th>Name</th><th>DOB</th><th>Arrival</th><th>Payer found</th></tr>
<tr><td>8820441935</td><td>FONTAINE, MICHELE</td><td>02/19/1989</td><td>11/03 22:14</td><td>Anthem PPO</td></tr>
<tr><td>8820441960</td><td>ROWE, TERRANCE</td><td>10/02/1975</td><td>11/03 23:50</td><td>none - left AMA</td></tr>
<tr><td>8820441987</td><td>ESPINOZA, LUZ M</td><td>06/30/2001</td><td>11/04 01:05</td><td>WI Medicaid</td></tr>
<tr><td>8820442011</td><td>HARTLEY, GLEN</td><td>12/11/1950</td><td>11/04 03:37</td><td>Medicare A/B</td></tr>
</table><p style="font-family:Calibri">Thanks, Marla</p></body></html>"""))

add('phi', 'lists', 'Ibarra', build(
    'Chris Lund <clund@%s>' % H, 'ICU Night RNs <icunights@%s>' % H,
    'ICU handoff sheet', dt(2026, 11, 5, 6, 55),
    """quick list for day shift since the printer is down again

- Bed 1 Ibarra - extubated 0300, on 4L NC, pulling 1200 on IS
- Bed 2 Wojcik - CRRT running, filter changed 0200
- Bed 4 Sato - family meeting 1pm w/ palliative, DNR now
- Bed 5 empty (cleaned)
- Bed 6 Mbeki - post-op day 1 Whipple, NGT to LIS, epidural per APS
- Bed 8 Lawless - on the list for step-down

chris"""))

add('phi', 'lists', 'Castellano', build(
    'Yvonne Pacheco <ypacheco@%s>' % H, 'Case Management <casemgmt@%s>' % H,
    'Fw: SNF referrals pending', dt(2026, 11, 6, 14, 0),
    """Forwarding from the weekend CM. Please claim one each.

> 1. Castellano, Rita (5W-22) - referral sent to Maplewood and Cedar Ridge, Maplewood asked for PT notes
> 2. Yamamoto, George (4E-08) - Humana auth pending, ref# 1X77Q2
> 3. Doyle, Patricia (5S-14) - family wants Lakeview only, no response yet
> 4. Ansah, Kofi (ICU-3) - not ready, on the list for when he steps down
>
> Ken"""))

add('phi', 'lists', 'Holloway', build(
    'Perinatal Quality <pnquality@%s>' % H, 'Dr. Marisol Castellanos <mcastellanos@%s>' % H,
    'Oct deliveries for chart review', dt(2026, 11, 9, 13, 20),
    body="""Dr. Castellanos, the October cases for the peer review committee are in the attached sheet. Please
bring any questions to Thursday's meeting.""",
    atts=[att('oct_review_cases.csv', """MRN,Mother,Delivery Date,Mode,EBL mL,Reason flagged
00651920,"Holloway, Brianna",10/04/2026,C/S,1400,PPH > 1000
00664178,"Reyes-Duarte, Paola",10/11/2026,SVD,300,3rd degree laceration
00671302,"Kim, Esther",10/19/2026,VAVD,450,Shoulder dystocia
00680055,"Barnes, Keisha",10/27/2026,C/S,900,Return to OR
""", 'text/csv')]))

add('phi', 'lists', 'Papadopoulos', build(
    'Transport Dispatch <transport@%s>' % H, 'Transport Team <transportteam@%s>' % H,
    'open jobs 1430', dt(2026, 11, 10, 14, 31),
    """OPEN JOBS
* 5S-503 Papadopoulos -> Nuc Med, stress test, WC, O2 2L
* ED-H7 Jimenez -> CT, stretcher, isolation (contact)
* 4W-418 Okafor -> home via lobby, WC, family waiting at front
* L&D-3 Duval -> Ultrasound, stretcher
Call dispatch when you pick up."""))

add('phi', 'lists', 'Morrow', build(
    'Sterile Processing Supervisor <spdsup@%s>' % H, 'Infection Prevention <ip@%s>' % H,
    'Scope recall trace - patients exposed to scope #GIF-2231', dt(2026, 11, 10, 17, 12),
    """Per your request, patients who had a procedure with duodenoscope GIF-2231 since last culture (10/20):

  Date      MRN        Patient             Procedure
  10/21     00592201   Morrow, Elaine      ERCP
  10/23     00611874   Chaudhry, Imran     ERCP w/ stent
  10/28     00640019   Blackwood, Tanya    ERCP
  11/02     00702256   Ostrowski, Ben      ERCP

Scope quarantined 11/10 1530. Culture sent.
- Rosalind, SPD"""))

# ============================ phi-struct ===================================
add('phi', 'struct', 'Haugen', build(
    'Interface Team <interfaces@%s>' % H, 'Lab IS <labis@%s>' % H,
    'ORU rejected by Epic - see msg', dt(2026, 11, 2, 3, 12),
    """This one keeps erroring out on inbound, OBX-5 looks truncated. Can you resend from the LIS?

MSH|^~\\&|SUNQUEST|HMH_LAB|EPIC|HMH|20261102030455||ORU^R01|LAB0048812|P|2.5.1
PID|1||00529874^^^HMH^MR||HAUGEN^INGRID^M||19670909|F|||118 BIRCH LN^^STOUGHTON^WI^53589||6088731142
PV1|1|E|ED^H4^01||||1427^NAKAMURA^KAI^^^PA
OBR|1|ORD88213|LAB0048812|TROP^TROPONIN I HS|||202611020241
OBX|1|NM|TROPHS^Troponin I HS||3|ng/L|<14||||F
OBX|2|NM|TROPHS2^Troponin I HS 2hr||

Error: OBX-5 missing value, segment 6. Message held in queue.
-- Interface Engine alert, forwarded by D. Kaur"""))

add('phi', 'struct', 'Lemieux', build(
    'Cloverleaf Alerts <cloverleaf@%s>' % H, 'Interface Team <interfaces@%s>' % H,
    '[ALERT] ADT thread adt_in_reg ERROR count 1', dt(2026, 11, 3, 5, 40),
    body="""Thread: adt_in_reg
Site: prod_hmh
Error count: 1
See attached message.""",
    atts=[att('err_0003.hl7', """MSH|^~\\&|REG|HMH|CLOVER|HMH|20261103053812||ADT^A04|REG99120|P|2.3\rEVN|A04|20261103053812\rPID|1||00788231^^^HMH^MR~412-66-0983^^^SSA^SS||LEMIEUX^ANDRE^P||19820117|M|||42 RUE WAY APT 3^^MADISON^WI^53703||6082513390|||S||8820442099\rPV1|1|E|ED^WR^||||||||||||||||8820442099\rIN1|1|BCBSWI|00112|ANTHEM BLUE CROSS||||||||||||LEMIEUX^ANDRE|01|19820117|||||||||||||||||XEK884102337\r""",
        'application/octet-stream')]))

add('phi', 'struct', 'Reinholt', build(
    'EDI Support <edi@%s>' % H, 'Clearinghouse Support <support@claimbridge-edi.com>',
    'RE: rejected 837P batch 1103-02', dt(2026, 11, 4, 11, 25),
    body="""Attaching the single claim from the batch that rejected (zipped per your secure-transfer rule).
Rejection was NM1*IL missing member ID suffix - we think your edit is wrong, the payer accepts
without it. Please advise.

Gordon Pike | EDI Analyst""",
    atts=[zipatt('claim_1103_02.zip', [('claim_1103_02.x12',
"""ISA*00*          *00*          *ZZ*HALVMEM        *ZZ*CLAIMBRIDGE    *261103*1412*^*00501*000000912*0*P*:~
GS*HC*HALVMEM*CLAIMBRIDGE*20261103*1412*912*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*1103-02*20261103*1412*CH~
NM1*85*2*HALVORSEN MEMORIAL HOSPITAL*****XX*1487763302~
HL*2*1*22*0~
SBR*P*18*GRP44120******CI~
NM1*IL*1*REINHOLT*MARGARET****MI*WPS7730118~
N3*901 ELM ST~
N4*SUN PRAIRIE*WI*53590~
DMG*D8*19590402*F~
NM1*PR*2*WPS HEALTH*****PI*39113~
CLM*HMH2611030019*412.00***23:B:1*Y*A*Y*Y~
HI*ABK:S0181XA~
LX*1~
SV1*HC:12011*412.00*UN*1***1~
DTP*472*D8*20261030~
SE*17*0001~
GE*1*912~
IEA*1*000000912~
""")])]))

add('phi', 'struct', 'Tran', build(
    'Eligibility Bot <eligibility@%s>' % H, 'Registration Team <registration@%s>' % H,
    '271 response - inactive coverage', dt(2026, 11, 5, 7, 3),
    """Automated eligibility check returned INACTIVE for a scheduled OR patient (11/06 0730).
Please contact patient before arrival.

ST*271*4421*005010X279A1~
BHT*0022*11*ELG20261105*20261105*0702~
HL*1**20*1~
NM1*PR*2*QUARTZ HEALTH SOLUTIONS*****PI*QHS01~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN MEMORIAL HOSPITAL*****XX*1487763302~
HL*3*2*22*0~
NM1*IL*1*TRAN*KIMBERLY*T***MI*Q880219934~
DMG*D8*19780613*F~
EB*6**30~
DTP*347*D8*20260930~
MSG*COVERAGE TERMINATED~
SE*12*4421~"""))

add('phi', 'struct', 'Salazar', build(
    'Devon Ashby <dashby@%s>' % H, 'Integration Dev <integration@%s>' % H,
    'FHIR payload from the ED tracking board - is this right?', dt(2026, 11, 6, 15, 47),
    """Pulled this off the test harness but it's pointed at PROD, so careful, it's a real encounter.
The status says "in-progress" even though she was discharged at 1410. Is the board reading period.end?

{
  "resourceType": "Encounter",
  "id": "enc-7c21f0",
  "status": "in-progress",
  "class": {"code": "EMER"},
  "subject": {"reference": "Patient/00814420", "display": "Salazar, Veronica"},
  "period": {"start": "2026-11-06T09:58:00-06:00"},
  "location": [{"location": {"display": "ED Room 17"}}],
  "participant": [{"individual": {"display": "Priya Raman, MD"}}],
  "reasonCode": [{"text": "laceration repair L forearm"}]
}

Devon"""))

add('phi', 'struct', 'Markovic', build(
    'Fax Server <rightfax@%s>' % H, 'HIM Release <him-release@%s>' % H,
    'Fax received from 4145559032 (3 pages)', dt(2026, 11, 7, 10, 16),
    """RightFax: inbound fax received. OCR text of page 1 below.

-------------------------------------------------------------
         LAKESHORE ORTHOPEDICS - FAX COVER SHEET
To: Halvorsen Memorial Health Information Mgmt
Fax: 608-771-4099        From: Dana, referral coordinator
Date: 11/7/26            Pages (incl. cover): 3
RE: Patient Dragan Markovic  DOB 05/28/1971
Please send op note and implant record for L ankle ORIF done at your
facility 9/2026. Signed authorization attached.
CONFIDENTIAL: This facsimile contains protected health information.
If received in error, notify sender at 414-555-9030 and destroy.
-------------------------------------------------------------
Pages 2-3: image only, no OCR text."""))

add('phi', 'struct', 'Quist', build(
    'Bogdan Ilie <bilie@%s>' % H, 'Quality Analytics <qa-analytics@%s>' % H,
    'sepsis bundle export (tab delim)', dt(2026, 11, 8, 9, 9),
    body="""Here's the raw pull for the SEP-1 abstraction, Oct. Only the fall-outs, 3 rows. Pasted as TSV since the share is down.

ENC_ID\tMRN\tPT_NAME\tARRIVAL\tLACTATE_TIME\tABX_TIME\tBLOOD_CX_TIME\tFALLOUT
E2610-4412\t00733018\tQUIST, LARS\t2026-10-03 18:22\t2026-10-03 19:10\t2026-10-03 22:01\t2026-10-03 19:05\tABX>3H
E2610-5530\t00699412\tBANKS, DOLORES\t2026-10-14 02:40\t\t2026-10-14 04:15\t2026-10-14 03:00\tNO LACTATE
E2610-6619\t00821007\tNWOSU, PETER\t2026-10-22 13:05\t2026-10-22 13:30\t2026-10-22 14:00\t2026-10-22 14:20\tCX AFTER ABX

bogdan""".replace('\\t', '\t')))

add('phi', 'struct', 'Ferro', build(
    'Dr. Felicia Wu <fwu@%s>' % H, 'HIM Coding <coding@%s>' % H,
    'CCD from outside hospital for transfer pt', dt(2026, 11, 9, 20, 12),
    body="""Transfer from Riverside Community came with this CCD, attaching so coding has the outside problem list.
Pt is in ICU 7.""",
    atts=[att('CCD_Ferro.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <title>Continuity of Care Document</title>
 <recordTarget><patientRole>
  <id extension="RCH-2290441" root="2.16.840.1.113883.19.5"/>
  <addr><streetAddressLine>77 Quarry Rd</streetAddressLine><city>Baraboo</city><state>WI</state></addr>
  <patient><name><given>Salvatore</given><family>Ferro</family></name>
   <administrativeGenderCode code="M"/><birthTime value="19530811"/></patient>
 </patientRole></recordTarget>
 <component><structuredBody>
  <component><section><title>Problems</title>
   <text><list><item>Type 2 diabetes mellitus</item><item>COPD</item><item>Atrial fibrillation</item></list></text>
  </section></component>
  <component><section><title>Medications</title>
   <text><list><item>Apixaban 5 mg BID</item><item>Metformin 1000 mg BID</item><item>Tiotropium inhaler daily</item></list></text>
  </section></component>
 </structuredBody></component>
</ClinicalDocument>
""", 'application/xml')]))

# ============================ phi-ids ======================================
add('phi', 'ids', '', build(
    'Gordon Pike <gpike@%s>' % H, 'Denials Team <denials@%s>' % H,
    'claim 2610-88104', dt(2026, 11, 2, 10, 2),
    """denied CO-197 (no auth) - member 884120337-01, DOS 10/14, MRI L-spine. Auth was obtained, ref
A26-55091. Can someone resubmit w/ the auth # in 2300 REF*G1.
GP"""))

add('phi', 'ids', '', build(
    'Kelsey Drummond <kdrummond@%s>' % H, 'Lab Client Services <labclient@%s>' % H,
    'mislabeled?', dt(2026, 11, 3, 9, 51),
    """MRN 00690341 - the CBC from 0600 has a hgb of 6.2 and she was 11.4 yesterday with no bleeding.
I think it's a mislabel, can you hold it and we'll redraw? Room L&D 9.
kd"""))

add('phi', 'ids', '', build(
    'Roberta Quinlan <rquinlan@%s>' % H, 'Celeste Park <cpark@%s>' % H,
    'RE: acct 8820439902', dt(2026, 11, 4, 15, 18),
    """Yes the DOB on that one is wrong. Registration put 01/07/1994, should be 07/01/1994 per her license.
The ED visit 10/29 and the ultrasound 10/30 are both under that account. I fixed it in ADT, can you
rebill both?

> Celeste wrote: acct 8820439902 keeps kicking back from Medicaid for DOB mismatch. Can you check?"""))

add('phi', 'ids', '', build(
    'Pharmacy Inpatient <rxinpatient@%s>' % H, 'ICU Charge <icucharge@%s>' % H,
    'pyxis override review', dt(2026, 11, 5, 13, 30),
    """Override pulled w/o order 11/5 0412, ICU, hydromorphone 1 mg inj, pt MRN 00744390, enc E2611-0381.
Order entered 0439. Please have the RN (user ID jsorrell) document reason in the override report by EOD.
Thanks - Inpatient Pharmacy"""))

add('phi', 'ids', '', build(
    'Utilization Review <ur@%s>' % H, 'Aetna Precert <precert.fax@aetna-example.com>',
    'Clinical update - Ref# 2611-UM-30472', dt(2026, 11, 6, 12, 44),
    """Member ID: W2270194458
DOB: 09/23/1962
Admit 11/4/2026, inpatient, ICU day 3.
Continued stay: remains on vent, FiO2 50%, PEEP 8. Pressors weaned off 11/5 2200.
Requesting 3 additional days.
Please call 608-771-4180 with determination.

UR RN - Halvorsen Memorial"""))

add('phi', 'ids', '', build(
    'Ray Castellano <rcastellano@%s>' % H, 'Security Supervisors <securitysup@%s>' % H,
    'incident 26-1190', dt(2026, 11, 7, 1, 58),
    """Code Gray ED rm 22, 0120. Pt acct 8820443118 became combative during blood draw, restrained by ED per
MD order 0124, 4-pt. No staff injuries. Police not called. Report in Vector.
RC #214"""))

add('phi', 'ids', '', build(
    'Wendy Sato <wsato@%s>' % H, 'OB Ultrasound <obus@%s>' % H,
    'fetal echo slot', dt(2026, 11, 8, 8, 15),
    """can I get a fetal echo next week for 00712205? 24w2d, EDD 3/7/27. MFM wants it before her visit on the 19th.
Wendy, OB clinic"""))

# ============================ phi-lang =====================================
add('phi', 'lang', 'Gutiérrez', build(
    'Marisol Gutiérrez <marisolgtz@hotmail.com>', 'Labor and Delivery <ldfrontdesk@%s>' % H,
    'pregunta sobre mi cesárea', dt(2026, 11, 2, 19, 26),
    """Buenas tardes,

Me llamo Marisol Gutiérrez Ramos, tuve a mi bebé el 28 de octubre por cesárea con la Dra. Castellanos.
La herida me está supurando un poco desde ayer y me duele más que antes. ¿Tengo que ir a la sala de
emergencias o puedo esperar a mi cita del 9 de noviembre? No tengo fiebre.

Mi teléfono es 608-244-7718. Gracias.
Marisol""", charset='windows-1252', cte='qp'))

add('phi', 'lang', 'Phạm', build(
    'Phạm Thị Hoa <phamthihoa1958@gmail.com>', 'Interpreter Services <interpreters@%s>' % H,
    'Xin hỏi về lịch mổ của chồng tôi', dt(2026, 11, 3, 8, 40),
    """Chào anh chị,

Chồng tôi là Phạm Văn Lộc, sinh ngày 12/04/1955. Bác sĩ nói ông ấy sẽ được mổ túi mật vào thứ Năm
ngày 12 tháng 11. Tôi không hiểu giấy hướng dẫn bằng tiếng Anh: ông ấy có được ăn sáng không, và
mấy giờ phải đến bệnh viện? Xin cho tôi một thông dịch viên tiếng Việt gọi điện lại.

Số điện thoại: 608-512-3096

Cảm ơn nhiều,
Hoa""", cte='b64'))

add('phi', 'lang', 'Joseph', build(
    'Nadège Joseph <nadegejoseph@yahoo.com>', 'Social Work Team <socialwork@%s>' % H,
    'Manman mwen nan ICU', dt(2026, 11, 4, 22, 10),
    """Bonswa,

Mwen se pitit fi Madan Clotilde Joseph ki nan ICU chanm 6 depi lendi. Yo di m li sou respiratè
e yo vle fè yon reyinyon fanmi. Mwen travay lannwit, mwen ka vini sèlman apre 9è nan maten.
Tanpri, èske nou ka jwenn yon entèprèt kreyòl pou frè m ki pa pale angle?

Mèsi anpil,
Nadège Joseph
920-336-1475"""))

add('phi', 'lang', 'Conceição', build(
    'Rui Conceição <rui.conceicao@sapo.pt>', 'International Patients <intlpatients@%s>' % H,
    'Fatura do hospital - minha mãe', dt(2026, 11, 5, 16, 3),
    """Boa tarde,

A minha mãe, Maria de Fátima Conceição, esteve de férias nos EUA e foi internada no vosso hospital
de 20 a 24 de outubro (cirurgia ao fémur depois de uma queda). Recebemos a fatura n.º 5510412, mas o
seguro de viagem (Fidelidade, apólice 7700-3321-PT) precisa do relatório médico e da fatura
discriminada em inglês.

Podem enviar para este e-mail?

Com os melhores cumprimentos,
Rui Conceição""", charset='iso-8859-1', cte='qp'))

add('phi', 'lang', 'Volkova', build(
    'Irina Volkova <i.volkova72@mail.ru>', 'Dr. Aaron Stiles <astiles@%s>' % H,
    'Re: Отец - результаты', dt(2026, 11, 6, 7, 5),
    """Доктор Стайлз, спасибо за звонок вчера. Я переслала брату, он не говорит по-английски хорошо.

Миша, вот что сказал врач: у папы (Волков Николай Петрович) вчера сделали коронарографию,
поставили два стента. Он в реанимации до завтра, потом переведут в обычную палату. Выписка примерно
в понедельник. Можно навещать с 11 до 20.

Irina

> Ms. Volkova, your father's procedure went well, 2 stents placed. He will stay in ICU overnight.
> Dr. Aaron Stiles"""))

add('phi', 'lang', 'Dizon', build(
    'Jasmine Dizon <jdizon@%s>' % H, 'Ate Lorna <lornadizon.ca@gmail.com>',
    'si Lola', dt(2026, 11, 7, 13, 48),
    """Ate, update lang kay Lola Remedios. Na-discharge na siya sa ER kagabi mga 11pm, okay naman daw
yung x-ray ng balakang niya, walang bali. Pero binigyan siya ng walker at PT referral, kailangan
mag-schedule sa Monday. I'm on shift hanggang 7 pero I'll check on her tomorrow. Pa-remind si Tito
na ibigay yung meds niya ng 8pm ha.

Jas"""))

add('phi', 'lang', 'Haddad', build(
    'Layla Haddad <layla.haddad@gmail.com>', 'Interpreter Services <interpreters@%s>' % H,
    'بخصوص والدي يوسف حداد', dt(2026, 11, 8, 17, 30),
    """مرحباً،

أنا ابنة المريض يوسف حداد الموجود في العناية المركزة. الطبيب قال إنهم يريدون عمل فتحة في الرقبة
للتنفس (tracheostomy) يوم الثلاثاء. أمي تريد أن تفهم كل شيء قبل أن توقع. هل يمكن أن يكون المترجم
موجوداً يوم الإثنين الساعة الثانية؟

شكراً
ليلى حداد
608-903-2741""", cte='b64'))

# ============================ clean-staff ==================================
add('clean', 'staff', '', build(
    'Nora Kilpatrick <nkilpatrick@%s>' % H, 'OR Staff <orstaff@%s>' % H,
    'turnover times', dt(2026, 11, 2, 17, 30),
    """Team,

Our median turnover last week was 38 min, goal is 25. Biggest delays were waiting for EVS and
waiting for the next patient to come back from pre-op (which is usually the H&P or consent not done).
Starting Monday the circulator will call pre-op at closing count instead of dressing. Let's try it
for two weeks.

Also - whoever keeps leaving the warming blanket unit in the hallway outside OR 6, please stop, fire
marshal was here Thursday.

Nora"""))

add('clean', 'staff', '', build(
    'Blood Bank <bloodbank@%s>' % H, 'All Nursing <allnursing@%s>' % H,
    'O NEG inventory LOW - please conserve', dt(2026, 11, 3, 7, 10),
    """Good morning,

We are at 9 units of O negative this morning (our par is 24). The regional supplier is on
allocation through at least Friday. Please:
  - Use type-specific blood as soon as a type is known
  - Do not order O neg "just in case" for the trauma bay fridge beyond the standard 2
  - Return any unused coolers within 30 minutes

Massive transfusion protocol is NOT affected - call us and we will make it work.

Thank you,
Transfusion Service, x4471"""))

add('clean', 'staff', '', build(
    'Abby Kerner <akerner@%s>' % H, 'Biomed Tickets <biomed@%s>' % H,
    'fetal monitor L&D 5 again', dt(2026, 11, 4, 4, 5),
    """The toco on the monitor in room 5 is dropping out again, third time this month. We moved it to the
hallway and tagged it DO NOT USE. Asset tag HMH-04418. Can someone swap it today, we only have 1 spare.
Abby, L&D nights"""))

add('clean', 'staff', '', build(
    'Rosalind Achebe <rachebe@%s>' % H, 'Dr. Pieter Venter <pventer@%s>' % H,
    'RE: knee set #2', dt(2026, 11, 5, 12, 40),
    """Dr. Venter,

Sorry about this morning. Knee set #2 came back from the loaner company short one Hohmann retractor and
we didn't catch it at assembly. We've pulled it from the shelf, ordered a replacement, and I'm adding
a count sheet check at the packing station. I'll have it back to you by Wednesday.

Rosalind Achebe, CRCST
Sterile Processing Supervisor

-----Original Message-----
From: Pieter Venter
Sent: Thursday, November 5, 2026 9:58 AM
To: Rosalind Achebe
Subject: knee set #2

Third time this quarter a tray has come up incomplete. We had to open a backup set mid-case. This needs to get fixed."""))

add('clean', 'staff', '', build(
    'Interpreter Services <interpreters@%s>' % H, 'Unit Secretaries <unitsecs@%s>' % H,
    'Vietnamese & Somali coverage this week', dt(2026, 11, 6, 8, 0),
    """Hi all,

Thanh (Vietnamese) is out Mon-Wed. Please use the video cart (ask for VRI, language code VIE) or call
the phone line at x2299. Abdirahman (Somali) is covering ED and L&D only until 3 pm daily, after that
it's phone/video.

Reminder: family members, including kids, should not interpret for consent. Ever.

Thanks,
Interpreter Services"""))

add('clean', 'staff', '', build(
    'Dr. Priya Raman <praman@%s>' % H, 'ED Physicians <edmds@%s>' % H,
    'shift swap + the new sepsis order set', dt(2026, 11, 7, 22, 40),
    """Two things:

1. Anyone want my 12/24 overnight? Will trade for anything in January.
2. The new sepsis order set went live tonight. The lactate repeat now auto-fires at 3h if the first is
   >2, so stop manually ordering it or the lab gets double tubes. Antibiotics are still in the
   "first dose" tab. If something looks broken, send a screenshot to Devon in IS, not to me :)

P"""))

add('clean', 'staff', '', build(
    'Ray Castellano <rcastellano@%s>' % H, 'Security Officers <securityofficers@%s>' % H,
    'ED entrance - new metal detector hours', dt(2026, 11, 8, 15, 0),
    """Officers,

Starting 11/15 the walk-through at the ED ambulance bay entrance will be staffed 24/7, not just 1900-0700.
Overtime sign-up sheet is in the office. Don't wand EMS crews coming in with a patient, just wave them
through. Any questions see me or Sgt. Bui.

Castellano"""))

# ============================ clean-admin ==================================
add('clean', 'admin', '', build(
    'HR Benefits <benefits@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'Open Enrollment closes Nov 20', dt(2026, 11, 2, 9, 0),
    body="""Open Enrollment for 2027 benefits closes Friday, November 20 at 11:59 PM.

What's new for 2027:
 - The HMH Choice medical plan premium is going up 4.1% (employee-only tier)
 - Vision now covers one pair of glasses OR contacts every 12 months
 - Free flu shots at Employee Health, Tues/Thurs 7-9 AM, no appointment

Make your elections in Workday > Benefits. If you make no changes your current medical, dental
and vision elections roll over, but your FSA does NOT.

Questions: benefits@halvorsenmemorial.org or x3100.""",
    html="""<html><body style="font-family:Arial;font-size:11pt">
<div style="background:#00558C;color:white;padding:8px"><b>Open Enrollment closes Nov 20</b></div>
<p>Open Enrollment for 2027 benefits closes <b>Friday, November 20 at 11:59 PM</b>.</p>
<p>What's new for 2027:</p><ul>
<li>The HMH Choice medical plan premium is going up 4.1% (employee-only tier)</li>
<li>Vision now covers one pair of glasses OR contacts every 12 months</li>
<li>Free flu shots at Employee Health, Tues/Thurs 7-9 AM, no appointment</li></ul>
<p>Make your elections in Workday &gt; Benefits. If you make no changes your current medical, dental and
vision elections roll over, but your <b>FSA does NOT</b>.</p>
<p style="font-size:9pt;color:#666">Questions: benefits@halvorsenmemorial.org or x3100.</p></body></html>"""))

add('clean', 'admin', '', build(
    'IT Service Desk <servicedesk@%s>' % H, 'Devon Ashby <dashby@%s>' % H,
    'INC0048812 resolved - printer 5W-NS-02', dt(2026, 11, 3, 14, 12),
    """Your incident INC0048812 has been resolved.

Short description: Label printer at 5 West nurses station not printing armbands
Resolution: Replaced print head, re-mapped queue 5W-NS-02 to new driver. Test label printed OK.

If the issue is not resolved, reply to this e-mail within 5 days to reopen.

HMH IT Service Desk | x4357"""))

add('clean', 'admin', '', build(
    'Celeste Park <cpark@%s>' % H, 'Revenue Cycle Leadership <rcleaders@%s>' % H,
    'Oct denials summary for Thursday', dt(2026, 11, 4, 17, 5),
    """Numbers for Thursday's meeting:

Total claims: 18,442
Initial denial rate: 9.8% (Sept 10.6%)
Top reasons: no auth (31%), eligibility (22%), medical necessity (14%), coding (11%)
ED: 12.1%   OR: 7.4%   L&D: 5.2%
Dollars in open denials > 90 days: $2.31M

The eligibility bucket dropped after registration started running 270s at scheduling. Auth is still
the big one - mostly outpatient MRI. Slides to follow.

Celeste"""))

add('clean', 'admin', '', build(
    'Parking Services <parking@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'Ramp C closed Nov 14-15', dt(2026, 11, 5, 11, 0),
    """Ramp C will be closed Saturday Nov 14 and Sunday Nov 15 for resurfacing. Night shift staff with C
permits may park in Ramp A levels 3-5. Shuttle from Lot F runs every 10 minutes all weekend.

Vehicles left in Ramp C after 6 AM Saturday will be towed at the owner's expense."""))

add('clean', 'admin', '', build(
    'Workday <workday@myworkday-hmh.com>', 'Tessa Morales <tmorales@%s>' % H,
    'Action required: Timesheet for Nov 1 - Nov 14', dt(2026, 11, 13, 7, 0),
    """Hi Tessa Morales,

Your timesheet for the period 11/01/2026 - 11/14/2026 is missing a punch on 11/08/2026 (out).
Please correct it by Monday 11/16 at noon so payroll can process on time.

Go to Workday > Time > Enter Time.

This is an automated message."""))

add('clean', 'admin', '', build(
    'Compliance Office <compliance@%s>' % H, 'Department Managers <managers@%s>' % H,
    'Policy update: PHI in e-mail (ADM-214)', dt(2026, 11, 6, 10, 30),
    """Managers,

Policy ADM-214 (Use of E-mail for Protected Health Information) has been revised, effective Dec 1.
Key changes:
  1. E-mail to outside addresses containing patient information must use [secure] in the subject line.
  2. Do not send patient lists to personal e-mail accounts, including your own.
  3. Texting patient information is only allowed in the approved secure messaging app.

Please review with your teams at your next staff meeting and have everyone complete the attestation in
the learning system by Dec 15.

Office of Compliance & Privacy"""))

add('clean', 'admin', '', build(
    'Gail Forsberg <gforsberg@%s>' % H, 'Nursing Leaders <nursingleaders@%s>' % H,
    'RE: FY27 budget - ICU travelers', dt(2026, 11, 9, 18, 2),
    """Approved for 4 travelers through March, not 6. We'll revisit in Feb once the new grads are off
orientation. Please keep overtime under 6% of worked hours.

Gail Forsberg, MSN, RN
Chief Nursing Officer

> From: Maren Cho
> Sent: Monday, November 9, 2026 2:14 PM
> We're asking for 6 travelers Q3 to cover the 5 vacancies plus 1 LOA. Census has been 95%+ since Sept.
> Maren"""))

# ============================ clean-lookalike ==============================
add('clean', 'lookalike', '', build(
    'Fox River Animal Hospital <reminders@foxriveranimalhosp.com>', 'Tessa Morales <tessamorales.wi@gmail.com>',
    "Biscuit is due for vaccines", dt(2026, 11, 2, 8, 0),
    body="""Hi Tessa,

Our records show Biscuit (Canine, Beagle mix) is due for the following:
  - Rabies (3 yr) - due 11/20/2026
  - DHPP booster - due 11/20/2026
  - Heartworm test - overdue

Book online or call us at 920-731-6644. Reply C to confirm your appointment on 11/18 at 4:15 PM.

Fox River Animal Hospital
Patient ID: 40112 | Client ID: 18830""",
    html="""<html><body style="font-family:Verdana;font-size:10pt"><img src="cid:paw" alt="">
<p>Hi Tessa,</p><p>Our records show <b>Biscuit</b> (Canine, Beagle mix) is due for the following:</p>
<table><tr><td>Rabies (3 yr)</td><td>due 11/20/2026</td></tr><tr><td>DHPP booster</td><td>due 11/20/2026</td></tr>
<tr><td>Heartworm test</td><td style="color:red">overdue</td></tr></table>
<p>Book online or call us at 920-731-6644. Reply C to confirm your appointment on 11/18 at 4:15 PM.</p>
<p style="font-size:8pt">Fox River Animal Hospital<br>Patient ID: 40112 | Client ID: 18830</p></body></html>"""))

add('clean', 'lookalike', '', build(
    'Badger State Mutual Claims <claims@badgerstatemutual.com>', 'Kai Nakamura <kai.nakamura@gmail.com>',
    'Claim 04-7730-1182: estimate approved', dt(2026, 11, 3, 15, 20),
    """Dear Kai Nakamura,

Your auto claim 04-7730-1182 (date of loss 10/27/2026, 2019 Subaru Outback) has been reviewed.
The repair estimate from Midtown Collision for $3,418.55 is approved. Your deductible of $500 applies.
Policy number: BSM-AU-9921044.

A rental is authorized for up to 10 days at Enterprise, reservation under your name.

Sincerely,
Claims Department
Badger State Mutual Insurance"""))

add('clean', 'lookalike', '', build(
    'Anytime Fitness Madison West <madisonwest@anytimefitness-example.com>', 'Chris Lund <chris.lund@outlook.com>',
    'Your membership freeze is confirmed', dt(2026, 11, 4, 12, 0),
    """Hi Chris,

Your membership (Member #2207761) is frozen from 11/5/2026 to 1/5/2027. Your key fob will be
inactive during this time and you won't be billed. Your next dues draft will be 1/6/2027.

Hope to see you back soon - and don't forget our New Year body composition scan is free for members!

The Madison West Team"""))

add('clean', 'lookalike', '', build(
    'Summit Credit Union <alerts@summitcu-example.org>', 'Gordon Pike <gpike@%s>' % H,
    'Fraud alert on card ending 2291', dt(2026, 11, 5, 2, 14),
    """Did you make this purchase?

Card ending 2291
$412.00 at WALGREENS #4471 MADISON WI
11/05/2026 02:11 AM

Reply YES or NO. If you did not make this purchase, your card will be blocked and a new card sent.
Summit Credit Union will never ask for your PIN."""))

add('clean', 'lookalike', '', build(
    'Bev Tran <btran@%s>' % H, 'Periop Staff <periop@%s>' % H,
    'plant rescue in the break room', dt(2026, 11, 6, 14, 15),
    """Someone left the big pothos in the PACU break room in the dark all weekend and she's not looking great.
I've got her in the window in the OR lounge now in "ICU" - please don't water her, I'm doing it Mon/Thu.
Will transplant her to a bigger pot once she perks up. Cuttings available if anyone wants one!
Bev"""))

add('clean', 'lookalike', '', build(
    'Hy-Vee Fuel Saver <perks@hyvee-example.com>', 'Marcus Bell <mbellrn@gmail.com>',
    'Marcus, you earned 1,240 Perks points', dt(2026, 11, 7, 6, 0),
    """Hi Marcus,

Great news - you earned 1,240 points this month. Your balance is 3,880 points ($38.80 in rewards).

This week's offers:
  - 2x points on vitamins & supplements
  - $5 off any flu shot at our in-store pharmacy (no appointment needed)
  - 10% off first aid and cold & flu

Member #7720015543

Unsubscribe | Privacy"""))

add('clean', 'lookalike', '', build(
    'Madison Youth Soccer Club <registrar@madisonyouthsoccer-example.org>', 'Linh Nguyen <linh.nguyen.pham@gmail.com>',
    'Spring 2027 registration + concussion form', dt(2026, 11, 8, 19, 0),
    """Hello Soccer Families,

Spring 2027 registration opens December 1. All players (U8-U19) need:
  1. A completed Wisconsin concussion & head injury information sheet, signed by parent and player
  2. A current sports physical (within 12 months) - upload the form, we don't need the results
  3. Payment ($95, scholarships available)

Coaches' clinics are Jan 9 and 16. Thank you for a great fall season!

MYSC Registrar"""))

# ============================ clean-news ===================================
add('clean', 'news', '', build(
    'WI Dept of Health Services HAN <han@dhs-wi-example.gov>', 'ED Physicians <edmds@%s>' % H,
    'HAN Advisory: measles exposure sites, Dane County', dt(2026, 11, 3, 16, 45),
    """HEALTH ALERT NETWORK - ADVISORY

Three confirmed measles cases have been reported in Dane County since October 25. Possible exposure
sites include a grocery store on the east side (Oct 28, 2-6 PM) and an urgent care waiting room (Oct 30,
9 AM-1 PM).

Clinicians should:
 - Consider measles in patients with fever and rash, regardless of travel history
 - Mask and isolate suspected cases immediately in an airborne infection isolation room
 - Notify local public health by phone BEFORE sending specimens
 - Verify MMR status of staff

Further updates will be issued as available."""))

add('clean', 'news', '', build(
    'HMH Communications <communications@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'This Week at Halvorsen: new L&D suites, Daisy Award', dt(2026, 11, 4, 12, 0),
    body="""THIS WEEK AT HALVORSEN

New labor suites open Dec 7
Our six renovated labor and delivery suites open December 7 with hydrotherapy tubs, wireless fetal
monitoring and sleeper sofas for partners. Tours for staff Dec 3-4.

Daisy Award: Derek Holm, RN, ICU
Derek was nominated by a family for “staying calm so we could be calm.” Congratulations Derek!

By the numbers (October)
  1,402 ED visits per week (avg)  |  211 births  |  1,630 surgical cases

Flu shots: 71% of staff vaccinated so far – goal 90% by Dec 1.""", charset='windows-1252', hcharset='utf-8',
    html="""<html><body style="margin:0;font-family:Georgia,serif"><table width="600" align="center">
<tr><td style="background:#003B5C;color:#fff;padding:12px;font-size:20pt">This Week at Halvorsen</td></tr>
<tr><td><h3>New labor suites open Dec 7</h3><p>Our six renovated labor and delivery suites open December 7 with
hydrotherapy tubs, wireless fetal monitoring and sleeper sofas for partners. Tours for staff Dec 3-4.</p>
<h3>Daisy Award: Derek Holm, RN, ICU</h3><p>Derek was nominated by a family for &ldquo;staying calm so we could be
calm.&rdquo; Congratulations Derek!</p>
<h3>By the numbers (October)</h3><p>1,402 ED visits per week (avg) | 211 births | 1,630 surgical cases</p>
<p><i>Flu shots: 71% of staff vaccinated so far. Goal 90% by Dec 1.</i></p></td></tr></table></body></html>"""))

add('clean', 'news', '', build(
    'FDA MedWatch <medwatch@fda-example.gov>', 'Pharmacy Inpatient <rxinpatient@%s>' % H,
    'MedWatch: Voluntary recall of heparin sodium 5,000 units/mL, lot HP24K0917', dt(2026, 11, 5, 9, 30),
    """MedWatch Safety Alert

Product: Heparin Sodium Injection USP, 5,000 USP units/mL, 1 mL vials
Lot numbers: HP24K0917, HP24K0921  Exp 08/2027
NDC: 63323-0540-01

Reason: Particulate matter observed in retained samples. No adverse events have been reported to date.

Action: Quarantine affected lots and return to the distributor. Healthcare professionals and patients
are encouraged to report adverse events to MedWatch."""))

add('clean', 'news', '', build(
    'NEJM Table of Contents <toc@nejm-example.org>', 'Dr. Leah Mortensen <lmortensen@%s>' % H,
    'NEJM - November 12, 2026 issue', dt(2026, 11, 12, 17, 0),
    """This Week's Issue - November 12, 2026

ORIGINAL ARTICLES
 - Early Tracheostomy versus Prolonged Intubation in Adults Receiving Mechanical Ventilation
 - Tranexamic Acid for Postpartum Hemorrhage after Vaginal Birth: A Pragmatic Trial
 - Balanced Crystalloids in the Emergency Department: 5-Year Outcomes

CLINICAL PROBLEM-SOLVING
 - A Fever That Would Not Quit

PERSPECTIVE
 - Boarding in the Emergency Department - A Crisis Hiding in Plain Sight

Manage your alerts | Unsubscribe"""))

add('clean', 'news', '', build(
    'Wisconsin State Journal <newsletter@wsj-madison-example.com>', 'Gail Forsberg <gforsberg@%s>' % H,
    'Morning Briefing: Hospitals brace for early flu season', dt(2026, 11, 6, 6, 30),
    """MORNING BRIEFING - Friday, Nov. 6

Hospitals brace for early flu season
Influenza-like illness visits at Madison-area emergency departments rose 40% over the last two weeks,
according to state data. Officials at several hospitals, including Halvorsen Memorial, said they are
preparing overflow space. "We're seeing it earlier than usual," a spokesperson said.

Also today:
 - City council approves new bus rapid transit line on Park Street
 - Badgers hockey sweeps Minnesota
 - Weekend forecast: first snow possible Sunday"""))

add('clean', 'news', '', build(
    'Halvorsen Foundation <foundation@%s>' % H, 'Community Friends <friends@halvorsenfoundation-lists.org>',
    'Giving Tuesday: help us buy a second neonatal transport isolette', dt(2026, 11, 27, 10, 0),
    """Dear Friends,

Every year about 300 newborns at Halvorsen Memorial need special care in their first days. When a baby
needs to move between L&D, the NICU or another hospital, they travel in a transport isolette - and right
now we only have one.

This Giving Tuesday, December 1, every gift up to $50,000 will be matched by the Lindholm Family Fund.

Give at halvorsenfoundation.org/givingtuesday

With thanks,
The Halvorsen Foundation"""))

# ============================ clean-training ===============================
add('clean', 'training', '', build(
    'Epic Training Team <epictraining@%s>' % H, 'New Hire RNs <newhire-rn@%s>' % H,
    'Class login for ICU documentation - Tuesday', dt(2026, 11, 2, 15, 0),
    """Welcome! For Tuesday's ICU documentation class use the TRAINING environment (PLY), not production.

Your login: ICUTRN01 through ICUTRN12 (seat number on your desk), password: learn2026

Practice patients assigned to each seat:
  ZZTEST, ICUONE     MRN 99900001
  ZZTEST, ICUTWO     MRN 99900002
  ZZTEST, VENTPATIENT MRN 99900003

These are fictional practice records. Do not look up real patients in class.

Epic Training Team"""))

add('clean', 'training', '', build(
    'Interface Team <interfaces@%s>' % H, 'Lab IS <labis@%s>' % H,
    'test message for new troponin OBX mapping', dt(2026, 11, 3, 10, 10),
    """Sent this into TST just now, please confirm it files to the right component. All test data.

MSH|^~\\&|SUNQUEST|HMH_LAB|EPIC|HMH|20261103100500||ORU^R01|TEST000001|T|2.5.1
PID|1||99900099^^^HMH^MR||TEST^PATIENT^ONE||19000101|U
OBR|1|TESTORD1|TEST000001|TROP^TROPONIN I HS|||202611030950
OBX|1|NM|TROPHS^Troponin I HS||5|ng/L|<14||||F

Note processing ID is T. If you see it in PRD tell me immediately."""))

add('clean', 'training', '', build(
    'Simulation Center <simcenter@%s>' % H, 'L&D Nurses <ldnurses@%s>' % H,
    'PPH drill scenario - Dec 2', dt(2026, 11, 9, 11, 30),
    """L&D team,

Our quarterly in-situ drill is Dec 2 at 1400 in LDR 8. Scenario below so charge nurses can plan coverage.
(Participants - don't peek!)

Scenario: "Ms. Noelle Sim", 32 y/o G2P2 (SimMom manikin), 40 min after vaginal birth, uterine atony,
QBL 1,200 mL and rising. Expected actions: call for help, fundal massage, uterotonics per protocol,
activate MTP, quantify blood loss, SBAR to OB.

Debrief in the conference room after. Snacks provided.

Sim Center"""))

add('clean', 'training', '', build(
    'Compliance Office <compliance@%s>' % H, 'All Staff <allstaff@%s>' % H,
    'Privacy Minute: would you send this?', dt(2026, 11, 10, 8, 0),
    """PRIVACY MINUTE #14

Quiz: A nurse wants to give the day team a quick update and sends this to her personal Gmail to print
at home:

   "Bed 3 - John Doe, 45, chest pain, trop pending, family at bedside"

Is that OK?
Answer: No. Even a short message like this is PHI when it names a real patient. Use the secure printer
on the unit or the handoff tool in the EHR. (The name in this example is made up.)

Report privacy concerns to x3300."""))

add('clean', 'training', '', build(
    'EDI Support <edi@%s>' % H, 'Registration Team <registration@%s>' % H,
    'How to read a 271 - cheat sheet', dt(2026, 11, 11, 13, 0),
    body="""A few people asked how to read the raw 271 when the eligibility screen shows "see response".
Attached is a one-page cheat sheet with a SAMPLE response from the payer companion guide (fake member).""",
    atts=[att('271_cheat_sheet.txt', """HOW TO READ A 271 (sample from companion guide - NOT a real member)

NM1*IL*1*DOE*JOHN****MI*123456789~   <- subscriber name and member ID
DMG*D8*19800101*M~                    <- date of birth, gender
EB*1**30~                             <- EB01=1 active coverage, 30 = health benefit plan
EB*6**30~                             <- EB01=6 INACTIVE - call the patient!
DTP*346*D8*20260101~                  <- plan begin date
MSG*...~                              <- free text from payer, read it

Codes to remember: 1=active, 6=inactive, B=co-pay, C=deductible, G=out of pocket max
""")]))

add('clean', 'training', '', build(
    'Trauma Program <trauma@%s>' % H, 'ED Staff <edstaff@%s>' % H,
    'Stop the Bleed - instructor needed + skills checklist', dt(2026, 11, 12, 9, 0),
    """Hi all,

We're teaching Stop the Bleed at Lincoln Middle School on Dec 10 (staff only, 40 people) and need 2 more
instructors. 2 hrs, paid as education time.

Skills checklist (for instructors to review):
  [ ] Recognize life-threatening bleeding
  [ ] Apply direct pressure
  [ ] Pack a wound (use the wound-packing trainer)
  [ ] Apply a tourniquet (CAT), note time

Reply to this e-mail if you can help.
Trauma Program Office"""))


# ============================ write ========================================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (label, kind, pname, msg) in enumerate(MSGS, 1):
        k = '%s-%s' % (label, kind)
        fn = '%s-%03d.eml' % (k, i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, label, k, pname))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
