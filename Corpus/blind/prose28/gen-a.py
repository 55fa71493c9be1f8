#!/usr/bin/env python3
"""Blind eval set prose28a: hand-written community hospital inpatient mail. stdlib only, deterministic."""
import base64, csv, io, os, quopri, zipfile, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email import message_from_bytes
from email.utils import formatdate, formataddr, getaddresses
from email.header import Header

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(label, kind, patient, frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, inner=None, hdrs=None):
    M.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date,
                  body=body, html=html, atts=list(atts), charset=charset, cte=cte, cc=cc,
                  inner=inner, hdrs=hdrs or {}))

def textpart(s, subtype='plain', charset='utf-8', cte=None):
    p = MIMENonMultipart('text', subtype, charset=charset)
    data = s.encode(charset)
    if cte is None:
        try:
            s.encode('ascii')
            cte = '7bit' if max((len(l) for l in s.split('\n')), default=0) < 900 else 'quoted-printable'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        p.set_payload(data.decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

def attpart(a):
    # a = (filename, mime, content, cte)
    fn, mime, content = a[0], a[1], a[2]
    cte = a[3] if len(a) > 3 else None
    maintype, subtype = mime.split('/')
    if fn.endswith('.zip'):
        inner_name, inner_text = content
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 2, 8, 0, 0))
            z.writestr(zi, inner_text.encode('utf-8'))
        p = MIMEApplication(buf.getvalue(), 'zip')
    elif maintype == 'text':
        p = textpart(content, subtype, 'utf-8', cte)
    else:
        data = content.encode('utf-8') if isinstance(content, str) else content
        p = MIMEApplication(data, subtype)
    p.add_header('Content-Disposition', 'attachment', filename=fn)
    return p

def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8')

def addrhdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return ', '.join(formataddr((n, a), charset='utf-8') for n, a in getaddresses([s]))

def build(m, idx):
    parts_body = []
    if m['body'] is not None and m['html'] is not None:
        alt = MIMEMultipart('alternative', boundary='----=_alt_p28a_%04d' % idx)
        alt.attach(textpart(m['body'], 'plain', m['charset'], m['cte']))
        alt.attach(textpart(m['html'], 'html', m['charset'], m['cte']))
        main = alt
    elif m['html'] is not None:
        main = textpart(m['html'], 'html', m['charset'], m['cte'])
    else:
        main = textpart(m['body'] or '', 'plain', m['charset'], m['cte'])
    if m['atts'] or m['inner']:
        msg = MIMEMultipart('mixed', boundary='----=_mix_p28a_%04d' % idx)
        msg.attach(main)
        if m['inner']:
            msg.attach(MIMEMessage(build(m['inner'], idx * 100 + 1)))
        for a in m['atts']:
            msg.attach(attpart(a))
    else:
        msg = main
    msg['From'] = addrhdr(m['frm'])
    msg['To'] = addrhdr(m['to'])
    if m['cc']:
        msg['Cc'] = addrhdr(m['cc'])
    msg['Subject'] = hdr(m['subj'])
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%04d.p28a@%s>' % ('mx' + format(idx * 7919 % 1000003, 'x'), idx, dom)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in m['hdrs'].items():
        msg[k] = v
    return msg

def inner(frm, to, subj, date, body, html=None, atts=(), charset='utf-8', cte=None):
    return dict(frm=frm, to=to, subj=subj, date=date, body=body, html=html, atts=list(atts),
                charset=charset, cte=cte, cc=None, inner=None, hdrs={})

# ====================================================================================
# MESSAGES (all invented; hospital = Harlow Valley Community Hospital, hvch.org)
# ====================================================================================
# ---------------- phi-care ----------------
add('phi', 'phi-care', 'Okafor',
    '"Brandt, Kelsey RN" <kbrandt@hvch.org>', '"3W Charge" <3west.charge@hvch.org>',
    'rm 312 - PT eval still not done', 'Mon, 02 Nov 2026 14:12:09 -0500',
    """Hey - 312 (Okafor, Daniel) still hasn't been seen by PT and CM is asking for the eval before they can send the SNF referral. Order went in Sat AM. He's been up to chair w/ 1 assist, tolerating it ok.
Can you ping rehab again? I already called x4471 twice.

Kelsey
Sent from my iPhone""")

add('phi', 'phi-care', 'Vasquez-Lindqvist',
    'Tomasz Ruiz <truiz@hvch.org>', 'Hospitalist Group <hospitalists@hvch.org>',
    'handoff - nights 11/3', 'Tue, 03 Nov 2026 19:02:44 -0500',
    """Quick written handoff since Dr. Patel is running late, will also do verbal.

4E-408 Marisol Vasquez-Lindqvist 71F
- repeat BMP at 0400 ordered, K was 3.2 this afternoon, got 40 mEq PO at 1500
- if AM K < 3.5 give another 20 PO, order is in as conditional
- family (daughter Ana) wants call if anything changes overnight, number on the facesheet
- tele: nothing overnight last night

4E-415 - nothing to do, sleeping

4E-421 Harold Pike 80M
- CT head w/o contrast done 1700, read pending. If not resulted by 2200 call radiology x2210
- hold AM lovenox until read is back

-Tomasz (PGY-2)""")

add('phi', 'phi-care', 'Nakamura',
    'Dietary Services <dietary@hvch.org>', '"Ferreira, Luis" <lferreira@hvch.org>',
    'RE: tray for Mr Nakamura 5N-507', 'Wed, 04 Nov 2026 10:31:00 -0500',
    """Luis,

We changed the ticket to pureed / nectar thick per the speech eval that came through this morning. Lunch tray went up with the old consistency at 1115 before the order posted - the nurse sent it back, no harm. Dinner will be correct.

Let me know if SLP re-evaluates tomorrow, we'll need a new order not a phone msg.

Rochelle Hayes
Diet Office, ext 3390

-----Original Message-----
From: Ferreira, Luis
Sent: Wednesday, November 04, 2026 9:58 AM
To: Dietary Services
Subject: tray for Mr Nakamura 5N-507

Kenji Nakamura in 507 had his swallow study this AM, he is downgraded to pureed w/ nectar thick liquids. Please don't send the regular tray again.
Thx - Luis, RN 5N""")

add('phi', 'phi-care', 'Grabowski',
    '"Ellison, Margaret (Case Mgmt)" <mellison@hvch.org>', 'intake@brookhavenrehab.com',
    'Referral - Grabowski, Stanley - ready for dc 11/6', 'Wed, 04 Nov 2026 15:47:21 -0500',
    None,
    html="""<html><head><style>body{font-family:Calibri,sans-serif;font-size:11pt} .sig{color:#1F4E79;font-size:9pt}</style></head>
<body><p>Good afternoon,</p>
<p>Sending referral packet for <b>Stanley Grabowski</b>, currently on our 5 North unit. Anticipated discharge Friday 11/6 pending one more day of PT. He is s/p right total knee on 11/2, WBAT, walking 60 ft with rolling walker and CGA. Needs help with stairs; lives alone in a 2nd floor apartment, which is why we are asking for short-term rehab.</p>
<p>Insurance is Medicare A/B with a Humana supplement, auth not required on your end per our check. H&amp;P, op note, PT/OT notes and med rec attached through the portal.</p>
<p>Please call me at 608-342-1187 with a bed decision by tomorrow noon if at all possible.</p>
<p class="sig">Margaret Ellison, RN, CCM<br>Case Management | Harlow Valley Community Hospital<br>Office 608-342-1187 | Fax 608-342-1190</p>
<p style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail may contain confidential health information protected by state and federal law. If you received it in error, notify the sender and delete it.</p>
</body></html>""")

add('phi', 'phi-care', 'Duarte',
    'Pharmacy Inpatient <rx.inpatient@hvch.org>', '"4 East RNs" <4east.rn@hvch.org>',
    'vanc trough timing 4E-402', 'Thu, 05 Nov 2026 06:15:03 -0500',
    """Morning 4E,
Trough for Ms. Duarte (402) was drawn AFTER the 0500 dose went up - level is useless. Please hold the 1700 dose until a true trough is drawn at 1630. Pharmacy will re-dose off that. Reminder the MAR shows the draw time, please look before hanging.
Thanks,
Priya - PharmD, ext 3508""")

add('phi', 'phi-care', 'Whitfield',
    'Jamal Brooks <jbrooks@hvch.org>', 'Transport Dispatch <transport@hvch.org>',
    'FW: needs O2 for transport', 'Thu, 05 Nov 2026 08:40:12 -0500',
    """can someone who isn't on break grab this one. they've called twice

---------- Forwarded message ---------
From: 3 West Unit Secretary <3west.us@hvch.org>
Date: Thu, Nov 5, 2026 at 8:31 AM
Subject: needs O2 for transport
To: transport@hvch.org

Pt in 318 bed A, Whitfield, Eugene, going down to nuclear med for the stress test at 0900. He's on 2L NC so bring the tank. Wheelchair ok, not a stretcher. He's hard of hearing, talk on his left side.
Deb""")

add('phi', 'phi-care', 'Achterberg',
    '"Dr. Sunita Rao" <srao@hvch.org>', '"Lopez, Gabriel MD" <glopez@hvchgi.com>',
    'GI consult request - Achterberg', 'Thu, 05 Nov 2026 11:02:55 -0500',
    """Gabe -
Would you be able to see Ruth Achterberg, 4E-410, today or tomorrow AM? Hgb went 11.2 -> 8.9 over 48h, guaiac positive stool this morning. On apixaban at home, held since admission Tuesday. Hemodynamically fine. Wondering about scope before we restart anything.
Consult order is in Epic, this is just a heads up since your office said you're out at the surgery center till 2.
Sunita
Hospitalist, x3115""")

add('phi', 'phi-care', 'Thibodeaux',
    'Angela Price <aprice@hvch.org>', '"Wound Care" <woundcare@hvch.org>',
    'photos uploaded - Thibodeaux sacrum', 'Fri, 06 Nov 2026 13:26:40 -0500',
    """Uploaded the wound pics for Leon Thibodeaux (ICU-2 bed 6) to the media tab, sacrum and both heels. Sacral looks bigger than Monday's measurement, I got 4.1 x 3.0. Heels intact, blanchable. He's on the low air loss mattress since yesterday. Can you come by before you leave today? Family is asking what the plan is and I don't want to guess.
Angela RN ICU""")

# ---------------- phi-names ----------------
add('phi', 'phi-names', 'Kowalczyk',
    '"Rev. Thomas Adeyemi" <tadeyemi@hvch.org>', 'Spiritual Care <chaplaincy@hvch.org>',
    'Mrs. K on 3W', 'Fri, 06 Nov 2026 17:55:00 -0500',
    """Team,
Please keep an eye out for Mrs. Kowalczyk's family this weekend - Irena's husband Walt came to the chapel this afternoon pretty shaken after the family meeting with Dr. Osei about moving to comfort care. Their son is flying in from Phoenix Saturday night. Walt asked if a Catholic priest could come for anointing; I left a message with Fr. Mike at St. Casimir's.
I'm off until Monday. Whoever is on call, she's in 3W, the corner room.
Peace,
Tom""")

add('phi', 'phi-names', 'Delgado',
    '"Morrison, Claire" <cmorrison@hvch.org>', '"Nguyen, Tam (Patient Relations)" <tnguyen@hvch.org>',
    'RE: complaint - Delgado family', 'Mon, 09 Nov 2026 09:14:30 -0500',
    """Tam, I talked to the night nurse (Brianna) and the charge (Kev). Short version: Roberto's daughter came in at 0200 and found him on the floor next to the bed; he wasn't hurt, post-fall huddle was done, CT head was negative, the bed alarm was on but the volume had been turned down. We don't know by whom. Incident report filed, #IR-26-1182.
I'm fine meeting with her. Tuesday after 1 works.
Claire Morrison, MSN, RN
Nurse Manager 3 West

> From: Nguyen, Tam (Patient Relations)
> Sent: Sunday, November 08, 2026 4:40 PM
> Subject: complaint - Delgado family
>
> Claire - got a voicemail from Marisa Delgado, says her father fell Sat night on 3W and "nobody called" her until the morning. She's upset and wants a meeting with the manager. Can you give me what happened before I call her back?
> Tam""")

add('phi', 'phi-names', 'Hollings',
    'Beth Carraway <bcarraway@hvch.org>', 'Jen Park <jpark@hvch.org>',
    'Bea', 'Mon, 09 Nov 2026 12:03:17 -0500',
    """Jen - did you hear Bea Hollings is back?? the little lady from last month with the cat stories. came in thru the ED overnight, 5N 511. Same hip as before apparently. She remembered my name!! I'm going to bring her the crossword book at lunch.""")

add('phi', 'phi-names', 'Abernathy',
    '"Soto, Renee (SW)" <rsoto@hvch.org>', '"Ellison, Margaret (Case Mgmt)" <mellison@hvch.org>',
    "Abernathy, Gloria - APS call made", 'Mon, 09 Nov 2026 15:38:02 -0500',
    """Margaret,
FYI I made the APS report today on Ms. Abernathy (the one in 4E whose grandson manages her money). Intake # is on the SW note. Worker is supposed to come out Wednesday. Until then the team agreed she's not safe to go home with him - please don't set up the dc to home yet even if medically she's cleared. She told me herself she's "scared to say anything." We need to look at guardianship or at least a placement.
Renee Soto, LCSW""")

add('phi', 'phi-names', 'Moreau',
    'Kevin Dyer <kdyer@hvch.org>', '"3W Nights" <3west.nights@hvch.org>',
    'tonight - who has Mr. Moreau', 'Tue, 10 Nov 2026 18:30:00 -0500',
    """Assignment tweak: Lindsay will take Gerald Moreau (305) instead of Andre - he needs the CIWA q1h and Andre already has the two new admits. Andre picks up 309 & 311. Sitter is confirmed 1900-0700 for 305.
K""")

add('phi', 'phi-names', 'Baptiste',
    '"Osei, Kwame MD" <kosei@hvch.org>', '"Rao, Sunita MD" <srao@hvch.org>',
    "Mr. Baptiste's daughter", 'Tue, 10 Nov 2026 21:47:51 -0500',
    """Sunita, heads up for tomorrow. Jean-Claude Baptiste's daughter (Nadège) called me on my cell tonight - not sure how she got it, maybe from the clinic card. She's upset the oncologist hasn't come by and wants to know if the biopsy showed cancer. I told her we'd go over results tomorrow in person with her dad present. Path is still pending per the lab. Please do not give results over the phone, he hasn't consented to her getting info - he asked to hear things first. She's the HCP backup only.
Kwame""")

add('phi', 'phi-names', 'Fontaine',
    'OT Dept <ot@hvch.org>', 'Rehab Team <rehab@hvch.org>',
    'Weekend coverage list', 'Fri, 13 Nov 2026 15:02:10 -0500',
    """Hi all - weekend OT priorities. Sandy is covering Sat, Marcus Sun.

Must-see:
Fontaine - 5N, needs ADL reassessment before Monday dc, wife worried about bathing at home
Pruitt 4E - cog screen, family says she's "not herself"

If time:
Kim (the younger one, not Mr. Kim in 3W) - splint check

Thanks! Nicole""")

add('phi', 'phi-names', 'Rasmussen',
    '"Lind, Andrea" <alind@hvch.org>', '"Bed Management" <bedmgmt@hvch.org>',
    'FW: Transfer request from Riverbend - Rasmussen', 'Sat, 14 Nov 2026 02:11:44 -0500',
    """Accepting, Dr. Chen agreed. Tele bed please, 4E if you have one.

-----Original Message-----
From: Riverbend Critical Access Hospital Transfer Center
Sent: Saturday, November 14, 2026 1:52 AM
To: Lind, Andrea
Subject: Transfer request - Rasmussen

Requesting transfer of our patient Carl Rasmussen, 67, for cardiology eval. Troponin trending up 0.08 -> 0.21, no cath lab here. Stable on heparin drip. Callback 715-288-4400, ask for Deanna.""")
# ---------------- phi-self ----------------
add('phi', 'phi-self', 'Hendricks',
    'Donna Hendricks <dhendricks1957@gmail.com>', 'patientrelations@hvch.org',
    'my mother was in your hospital last week', 'Sun, 08 Nov 2026 20:33:12 -0600',
    """To whom it may concern,

My mother, Lorraine Hendricks, was on your 3rd floor from Oct 29 to Nov 3 after her stroke. I want to say first that most of the nurses were wonderful, especially a nurse named Carmen on nights.

But I have to complain about the discharge. We were told at 10am she was going home and then nobody came until almost 5pm. Her new blood pressure pills were not explained to us at all, the paper just says "see med list". She has been dizzy since she came home and I don't know if it's the new pills or the stroke. I called the number on the paper and got a voicemail.

Can someone please call me back. 920-555-0147. I am her daughter and her power of attorney.

Donna Hendricks""")

add('phi', 'phi-self', 'Oyelaran',
    'MyHarlow Portal <noreply@myharlow.hvch.org>', 'Inpatient Care Coordination <carecoord@hvch.org>',
    'New portal message from Oyelaran, Funmi', 'Tue, 10 Nov 2026 07:45:00 -0500',
    """You have a new patient message in the MyHarlow inbox.

From: Funmilayo Oyelaran
Regarding: Hospital stay 11/4/2026 - 11/7/2026
Message:
Good morning. I was discharged Saturday after the gallbladder surgery. The wound on the right side is now red around the staples and there is some yellow fluid on the gauze this morning. No fever, I checked 99.1. Is this normal or should I come back? Also I didn't get a paper for when to remove the staples. Thank you.

Log in to MyHarlow to reply. Do not reply to this e-mail.""")

add('phi', 'phi-self', 'Sorensen',
    '"Pete Sorensen" <pete.sorensen@outlook.com>', 'billing@hvch.org',
    'Bill question - account 40027719', 'Thu, 12 Nov 2026 11:20:09 -0600',
    """Hi,
I got a bill for $2,846.10 for my stay in September (the 2 nights for the chest pain thing, turned out to be nothing thank God). My insurance EOB from Quartz says they paid and my part should be $500 deductible only. Can you please check? Account number on the statement is 40027719. Also it lists an echo twice.
Thanks
Pete Sorensen
cell 608 771 2094""")

add('phi', 'phi-self', 'Lambert',
    'Gail Lambert <gail.lambert@yahoo.com>', '"Soto, Renee (SW)" <rsoto@hvch.org>',
    'Re: Dad - paperwork for the nursing home', 'Fri, 13 Nov 2026 22:05:41 -0600',
    """Renee I'm sorry to be emailing so late. I finally found dad's POA papers, they were in his tackle box of all places. I scanned them and I'll bring the originals tomorrow. Also his Medicaid application - I haven't done it, I don't even know where to start. Is there someone who can help? He only has social security and the little pension from the mill.

Honestly I'm exhausted. He keeps asking when he can go home and I don't know what to tell him.

Gail

On Fri, Nov 13, 2026 at 2:14 PM Soto, Renee (SW) <rsoto@hvch.org> wrote:
> Hi Gail, thanks for talking with me today about your father Ray's placement at Maple Crest. To finish the admission they will need the POA document and the Medicaid pending info. Let me know when you find them.
> Renee Soto, LCSW, 608-342-1195""")

add('phi', 'phi-self', 'Nilsen',
    '"Astrid Nilsen" <a.nilsen@charter.net>', 'nursing.4east@hvch.org',
    'thank you 4 East', 'Sat, 14 Nov 2026 09:12:00 -0600',
    None,
    html="""<div dir="ltr"><div>To the nurses of 4 East,</div><div><br></div><div>I was your patient in room 419 for 6 days in October with my heart rhythm problem (they finally got me back in rhythm with the cardioversion on the 4th try!). I wanted you all to know I am home, walking every day and feeling better than I have in a year.</div><div><br></div><div>Special thanks to Megan and to Joe the nursing assistant who always brought me extra ice chips.</div><div><br></div><div>With gratitude,</div><div>Astrid Nilsen</div><div><br></div><div><i>Sent from Mail for Windows</i></div></div>""")

add('phi', 'phi-self', 'Coughlin',
    'Mike Coughlin <mcoughlin.plumbing@gmail.com>', 'records@hvch.org',
    'records for disability', 'Mon, 16 Nov 2026 07:58:26 -0600',
    """need copies of my hospital records from the back surgery admission Aug 2026 for my short term disability claim with Lincoln Financial. Dob 3/14/1979. Michael J Coughlin. they need op report + discharge summary. can you fax to 877-843-1107 attn claims. I signed the release form at the front desk last week.""")

add('phi', 'phi-self', 'Tran',
    '"Linh Tran" <linhtran.rn@gmail.com>', '"Brandt, Kelsey RN" <kbrandt@hvch.org>',
    'can you swap me sat?', 'Tue, 17 Nov 2026 16:40:03 -0600',
    """Kelsey - any chance you can swap Sat 11/21 for my Tues 11/24? I have my follow up with the OB for the miscarriage thing Sat morning and they only do the ultrasound then. I don't really want the whole unit to know so I'm asking you directly. I'll owe you.
Linh""")

# ---------------- phi-lists ----------------
add('phi', 'phi-lists', 'Albrecht',
    '"Bed Management" <bedmgmt@hvch.org>', 'Nursing Supervisors <supervisors@hvch.org>',
    '0600 bed huddle - pending admits / dc', 'Wed, 11 Nov 2026 06:02:33 -0500',
    """0600 huddle. Census 112/128. ED holds 6.

PENDING ADMITS
Bed req   Pt               Age  Dx/reason          Unit req   Status
--------  ---------------  ---  -----------------  ---------  ----------
ED-04     Albrecht, Wm     84   CHF exac           Tele       4E-416 dirty
ED-09     Reyes, Carmen    59   pyelo / sepsis r/o  Med        3W-302 ready
ED-11     Sandoval, J      33   DKA                ICU        awaiting ICU dc
ED-15     Mott, Evelyn     90   fall, hip fx       Ortho      5N-509 at 0900
DIRECT    Rasmussen, C     67   NSTEMI (xfer)      Tele       need bed

PROBABLE DC TODAY
3W-306 Kowalczyk - hospice inpt transfer, pending ambulance
4E-402 Duarte - after PICC, home infusion arranged
5N-507 Nakamura - SNF, bed offered at Maple Crest
5N-512 Grabowski - Brookhaven Rehab confirmed 1300

EVS please prioritize 4E-416 and 5N-509.""")

add('phi', 'phi-lists', 'Pruitt',
    'Nicole Baird <nbaird@hvch.org>', 'Rehab Team <rehab@hvch.org>',
    'PT/OT productivity + caseload Thurs', 'Thu, 12 Nov 2026 07:30:00 -0500',
    None,
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Today's caseload, please claim by initials before 0800 huddle.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Rm</th><th>Patient</th><th>Disc</th><th>Reason</th><th>Priority</th><th>Claimed</th></tr>
<tr><td>4E-411</td><td>Pruitt, Helen</td><td>OT</td><td>cog screen, ADLs</td><td>HIGH - dc planning</td><td>SM</td></tr>
<tr><td>5N-511</td><td>Hollings, Beatrice</td><td>PT</td><td>POD1 hemiarthroplasty, WBAT</td><td>HIGH</td><td></td></tr>
<tr><td>5N-504</td><td>Fontaine, Rene</td><td>OT</td><td>bathing / tub transfer</td><td>HIGH</td><td>NB</td></tr>
<tr><td>3W-318</td><td>Whitfield, Eugene</td><td>PT</td><td>gait, on 2L O2</td><td>MED</td><td></td></tr>
<tr><td>3W-314</td><td>Kim, Soon-Yi</td><td>PT</td><td>re-eval after fall</td><td>MED</td><td>MK</td></tr>
<tr><td>ICU-2/6</td><td>Thibodeaux, Leon</td><td>PT</td><td>bed mobility only, wound</td><td>LOW</td><td></td></tr>
</table>
<p>Nicole</p></body></html>""")

add('phi', 'phi-lists', 'Ibarra',
    '"Quinn, Stephanie (Infection Prev)" <squinn@hvch.org>', '"Morrison, Claire" <cmorrison@hvch.org>, "Dyer, Kevin" <kdyer@hvch.org>',
    'C diff - 3W isolation list', 'Thu, 12 Nov 2026 13:44:19 -0500',
    """Claire/Kevin - we now have three HO C. diff on 3W in 10 days, that's our threshold for a cluster review. Please make sure these are on contact-plus and bleach wipes only:

 * 303 - Ibarra, Santiago - toxin + 11/9
 * 309 - Lutz, Frances - toxin + 11/11
 * 311 - Ahmed, Yusuf - PCR +, toxin neg 11/12 (still isolating)

I'll be on the unit tomorrow 0900 to do a walk-through with EVS. Please don't move any of them rooms without calling me.
Steph Quinn, RN, CIC""")

add('phi', 'phi-lists', 'Jorgensen',
    '"Ward, Patrick" <pward@hvch.org>', 'Hospitalist Group <hospitalists@hvch.org>',
    'my list for Ines (signout Fri->Sat)', 'Fri, 13 Nov 2026 18:55:30 -0500',
    """Ines - 14 pts, full list in the handoff tool but the ones to watch:

1. Jorgensen 4E-403 - 2u PRBC tonight, post-H/H due 0200. Goal >7.
2. Okafor 3W-312 - SNF accepted, needs COVID swab done by 0800 for transfer
3. Lutz 3W-309 - C diff, on PO vanc, creat creeping 1.4->1.7, recheck AM
4. Sandoval ICU-2 - DKA off drip 1600, transitioned to glargine 20u, call if BG > 300
5. Baptiste 3W-320 - path from lung bx may result, DO NOT discuss w/ daughter, pt wants to hear first

the rest are stable/ dc tomorrow.
Pat""")

add('phi', 'phi-lists', 'Mott',
    'Pharmacy Inpatient <rx.inpatient@hvch.org>', '"5 North RNs" <5north.rn@hvch.org>',
    'Missing doses report 11/15', 'Sun, 15 Nov 2026 07:10:00 -0500',
    atts=[('missing_doses_5N_1115.csv', 'text/csv',
"""Unit,Room,Patient,MRN,Medication,Sched Time,Status,Comment
5N,509,"Mott, Evelyn",E0071844,enoxaparin 40 mg SQ,2100,NOT GIVEN,"no reason documented"
5N,511,"Hollings, Beatrice",E0066502,oxycodone 5 mg PO,PRN,SCANNED NO ADMIN,"waste not witnessed"
5N,504,"Fontaine, Rene",E0071321,cefazolin 2 g IV,0600,LATE >60 min,
5N,507,"Nakamura, Kenji",E0069988,levetiracetam 500 mg PO,2100,NOT GIVEN,"pt NPO? diet order pureed"
""")],
    body="""Attached: missing/late doses from overnight on 5N. Please review and document reasons by end of shift. The oxycodone waste on 511 needs a witness co-sign today or it goes to the diversion committee.
- Inpt Pharmacy""")

add('phi', 'phi-lists', 'Castellanos',
    '"Nguyen, Tam (Patient Relations)" <tnguyen@hvch.org>', 'Patient Experience Committee <pxcommittee@hvch.org>',
    'Open grievances - week of 11/16', 'Mon, 16 Nov 2026 08:30:00 -0500',
    """Open grievances (need response letter within 7 days per CMS):

- Delgado, Roberto (3W) - fall, family not notified. Mtg w/ C. Morrison 11/10 done. Letter due 11/17.
- Hendricks, Lorraine (dc'd) - discharge delay, meds not explained. Callback made 11/9 by pharm. Letter due 11/16 - TODAY.
- Castellanos, Teresa (4E) - lost dentures. EVS searched linen. Offering reimbursement up to $1,500, need AP approval.
- Sorensen, Peter - billing, double charge echo. PFS reviewing, not really a grievance, moving to billing queue.

Closed last week: 4.
Tam""")

add('phi', 'phi-lists', 'Greeley',
    '"ED Holds" <ed.charge@hvch.org>', '"Bed Management" <bedmgmt@hvch.org>',
    'boarding pts > 4h', 'Tue, 17 Nov 2026 23:40:20 -0500',
    """still boarding:
rm 3  Greeley, Arthur  admit 1810  tele  - waiting 4E
rm 7  Foss, Nadine  admit 1930  med  - waiting 3W (dirty room 307?)
hall B  Kaczmarek, T  admit 2045  psych hold, not yours, ignore
pls advise. we're at 31 w/ 9 in the lobby
-Jess ED charge""")
# ---------------- phi-struct ----------------
add('phi', 'phi-struct', 'Pike',
    '"Interface Team" <interfaces@hvch.org>', '"Lab IS" <lab.is@hvch.org>',
    'ORU rejects overnight - 3 msgs', 'Wed, 04 Nov 2026 07:05:48 -0500',
    """3 results errored in the engine overnight (PID-3 not matching an active encounter). Raw msgs below, can someone in lab re-send once ADT is fixed?

MSH|^~\\&|SUNQUEST|HVCH_LAB|EPIC|HVCH|20261104021512||ORU^R01|LAB00918273|P|2.3
PID|1||E0070215^^^HVCH^MR||PIKE^HAROLD^J||19460219|M|||88 ORCHARD LN^^STOUGHTON^WI^53589||(608)873-2291|||||A900117734
PV1|1|I|4E^421^A||||1188^RAO^SUNITA
OBR|1||26-308-0441|BMP^BASIC METABOLIC PANEL|||20261104013000
OBX|1|NM|2823-3^POTASSIUM^LN||3.3|mmol/L|3.5-5.1|L|||F
OBX|2|NM|2160-0^CREATININE^LN||1.52|mg/dL|0.60-1.20|H|||F

ERR: ENCOUNTER A900117734 NOT FOUND / CLOSED

(other two are the same pattern, same patient, CBC and Mg)
-- Kyle, integration""")

add('phi', 'phi-struct', 'Sandoval',
    '"Interface Team" <interfaces@hvch.org>', '"ADT Support" <adt.support@hvch.org>',
    'A08 loop on bed swap', 'Thu, 12 Nov 2026 10:22:00 -0500',
    """ADT feed is sending the same A08 every 30s for this pt since the ICU->4E bed swap at 0941. Attaching the hl7. Pls look at the bed board, I think the swap was done twice.""",
    atts=[('adt_a08_loop.hl7', 'application/octet-stream',
"MSH|^~\\&|EPIC|HVCH|BEDBOARD|HVCH|20261112094130||ADT^A08|884201993|P|2.5.1\r"
"EVN|A08|20261112094130\r"
"PID|1||E0072290^^^HVCH^MR||SANDOVAL^JAVIER^^^^^L||19930607|M||2106-3|1420 W JOHNSON ST APT 3^^MADISON^WI^53703||(608)251-7730\r"
"PV1|1|I|4E^414^B^HVCH||ICU2^03^A|2201^WARD^PATRICK|||MED||||||||A900118802|||||||||||||||||||||||||20261110231500\r"
"DG1|1||E10.10^Type 1 diabetes mellitus with ketoacidosis without coma^I10\r")])

add('phi', 'phi-struct', 'Albrecht',
    '"PFS Claims" <pfs.claims@hvch.org>', '"Chen, Maria" <mchen@hvch.org>',
    '837I reject - Albrecht - missing admit hr', 'Mon, 23 Nov 2026 14:10:41 -0500',
    """Maria, clearinghouse rejected this one, 999 says CL101 missing. Pasting the segment group from the 837. Can you pull the ADT time and fix in the claim editor?

ISA*00*          *00*          *ZZ*HVCH0042       *ZZ*CLRHSE01       *261123*1402*^*00501*000004417*0*P*:~
GS*HC*HVCH0042*CLRHSE01*20261123*1402*4417*X*005010X223A2~
ST*837*0001*005010X223A2~
NM1*IL*1*ALBRECHT*WILLIAM*F***MI*1EG4TE5MK72~
DMG*D8*19420311*M~
CLM*HV2611200037*18442.60***11:A:1**A*Y*Y~
DTP*434*RD8*20261111-20261116~
CL1**~
HI*ABK:I5033~
HI*BE:80:::3~
SV2*0120*HC:*9600*UN*5~
SE*11*0001~

Thx, Dwayne""")

add('phi', 'phi-struct', 'Cardenas',
    'Fax Server <faxserver@hvch.org>', '"Case Management" <casemgmt@hvch.org>',
    'Inbound fax from 6088341200 (3 pages)', 'Tue, 17 Nov 2026 11:48:02 -0500',
    """==== RightFax inbound - OCR text layer ====

SUNRISE HOME HEALTH - FAX COVER SHEET
Date: 11/17/2026        Pages (incl cover): 3
To: Harlow Valley CH Case Management   Fax: 608-342-1190
From: Intake - Tammy B.                 Phone: 608-834-1200

RE: Patient  CARDENAS, LUPE   DOB 08/22/1951
Referral accepted for skilled nursing (wound care, INR checks) + PT 2x/wk.
Start of care planned 11/19. Need signed F2F encounter note and the
warfarin dosing plan before SOC.

CONFIDENTIAL: This facsimile contains protected health information...
==== end OCR ====""")

add('phi', 'phi-struct', 'Whitaker',
    '"Quality Analytics" <quality@hvch.org>', '"Morrison, Claire" <cmorrison@hvch.org>',
    'readmissions extract 3W Oct', 'Wed, 18 Nov 2026 09:00:00 -0500',
    """Claire, the 30-day readmits for 3W discharges in October. Zipped because the mail gateway strips csv from external relays sometimes. Please don't forward outside the committee.
Jo""",
    atts=[('3W_readmit_oct2026.zip', 'application/zip', ('3W_readmit_oct2026.csv',
"""mrn,last,first,index_dc,readmit_date,days,index_drg,readmit_reason,attending
E0065120,WHITAKER,DORIS,2026-10-02,2026-10-19,17,291,CHF exacerbation,OSEI
E0066877,BRANNIGAN,THOMAS,2026-10-06,2026-10-09,3,190,COPD w acute exac,RAO
E0061452,OLUWOLE,GRACE,2026-10-14,2026-10-30,16,683,AKI,WARD
E0067709,HENDRICKS,LORRAINE,2026-11-03,2026-11-12,9,066,dizziness/hypotension,OSEI
"""))])

add('phi', 'phi-struct', 'Baptiste',
    '"Interface Team" <interfaces@hvch.org>', 'Pathology <pathology@hvch.org>',
    'FHIR push failed - DiagnosticReport', 'Thu, 19 Nov 2026 16:30:33 -0500',
    """The HIE outbound (FHIR R4) rejected this report with a 422 - subject reference doesn't resolve on their side. Resource below. Dr. Osei is asking if the result shows in Epic regardless (it does, this is only the HIE copy).

{
  "resourceType": "DiagnosticReport",
  "id": "path-26-S-4471",
  "status": "final",
  "code": {"text": "Surgical pathology - lung, RUL, CT-guided core biopsy"},
  "subject": {"reference": "Patient/E0072015", "display": "Baptiste, Jean-Claude"},
  "effectiveDateTime": "2026-11-12T10:05:00-05:00",
  "issued": "2026-11-19T15:58:00-05:00",
  "performer": [{"display": "Harlow Valley Pathology"}],
  "conclusion": "Non-small cell carcinoma, favor adenocarcinoma. PD-L1 and molecular studies to follow."
}

OperationOutcome: "Patient/E0072015 not found in MPI (HIE)".
Kyle""")

add('phi', 'phi-struct', 'Yoder',
    '"Eligibility Bot" <elig@hvch.org>', '"Access Center" <access@hvch.org>',
    '271 response - INACTIVE coverage', 'Fri, 20 Nov 2026 05:14:10 -0500',
    atts=[('271_resp_0520.x12', 'text/plain',
"""ISA*00*          *00*          *ZZ*WPSMEDICAID    *ZZ*HVCH0042       *261120*0514*^*00501*000781122*0*P*:~
GS*HB*WPSMEDICAID*HVCH0042*20261120*0514*781122*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL0520441*20261120*0514~
HL*1**20*1~
NM1*PR*2*WISCONSIN MEDICAID*****PI*WIMCD~
HL*2*1*21*1~
NM1*1P*2*HARLOW VALLEY COMMUNITY HOSP*****XX*1457382610~
HL*3*2*22*0~
NM1*IL*1*YODER*AMOS*E***MI*4481093320~
DMG*D8*19880914*M~
DTP*291*D8*20261119~
EB*6**30~
MSG*COVERAGE TERMINATED 20261031~
SE*14*0001~
GE*1*781122~
IEA*1*000781122~
""")],
    body="""Automated eligibility check for inpatient admissions (3W-307, admitted 11/19) returned INACTIVE. Please follow up with patient / financial counseling.""")

add('phi', 'phi-struct', 'Fairbanks',
    'Medical Records <him@hvch.org>', '"Rao, Sunita MD" <srao@hvch.org>',
    'CCD received from outside - Fairbanks', 'Sat, 21 Nov 2026 10:12:00 -0500',
    """Dr. Rao, you requested outside records for Mr. Fairbanks (4E-409). Care Everywhere pull failed so Mercy sent a CCD by Direct. Relevant portion copied below, full doc in the Media tab.

<recordTarget><patientRole>
  <id extension="MR88201473" root="2.16.840.1.113883.3.6012"/>
  <patient><name><given>Douglas</given><family>Fairbanks</family></name>
  <administrativeGenderCode code="M"/><birthTime value="19500402"/></patient>
</patientRole></recordTarget>
...
<section><title>Medications</title>
<text><list>
<item>Metoprolol succinate 50 mg daily</item>
<item>Furosemide 40 mg BID</item>
<item>Amiodarone 200 mg daily (started 06/2026)</item>
</list></text></section>
<section><title>Procedures</title>
<text>Dual chamber pacemaker placement 06/14/2026, Mercy Janesville</text></section>

Let me know if you need the full chart.
- Holly, HIM""")

# ---------------- phi-ids ----------------
add('phi', 'phi-ids', '',
    '"Brandt, Kelsey RN" <kbrandt@hvch.org>', 'Lab <lab.core@hvch.org>',
    'E0071844', 'Sun, 15 Nov 2026 04:12:00 -0500',
    """redraw for E0071844 please, the PT/INR hemolyzed. 5N-509. she's a hard stick, send someone good""")

add('phi', 'phi-ids', 'Reyes',
    '"Access Center" <access@hvch.org>', 'Utilization Review <ur@hvch.org>',
    'auth needed acct 7710042381', 'Mon, 16 Nov 2026 09:20:00 -0500',
    """Acct 7710042381 / MRN E0072201 / Reyes C
Payer: Anthem BCBS, member ID XHP884201733
Admitted obs 11/11, converted inpt 11/12, no auth on file. Anthem ref # given by phone 26316-44821. UR pls send clinicals today, they only give 24h.""")

add('phi', 'phi-ids', '',
    'Claims Follow-up <pfs.followup@hvch.org>', '"Denials Mgmt" <denials@hvch.org>',
    'denial list - need clinical review', 'Tue, 17 Nov 2026 13:00:00 -0500',
    """These came back CO-50 (not medically necessary) from UHC last week. Can the physician advisor look before we appeal?

Claim 26-I-0038821  MRN E0068812  DOS 10/14-10/16  Rev 0120  $14,210.00  inpt vs obs
Claim 26-I-0039104  MRN E0069340  DOS 10/20-10/21  Rev 0762  $3,880.50   obs hrs
Claim 26-I-0039377  MRN E0067055  DOS 10/22-10/25  Rev 0120  $19,902.14  tele stay

Dwayne""")

add('phi', 'phi-ids', 'Mott',
    'Jess Albers <jalbers@hvch.org>', '"Lind, Andrea" <alind@hvch.org>',
    'Re: 509', 'Tue, 17 Nov 2026 15:32:11 -0500',
    """yep - Mott, DOB 1/9/36, going to OR tomorrow 0730 1st case. NPO after MN. Consent signed.

> which one is 509 again, the one w the hip?""")

add('phi', 'phi-ids', '',
    '"Soto, Renee (SW)" <rsoto@hvch.org>', 'Financial Counseling <fincounsel@hvch.org>',
    'charity care app', 'Wed, 18 Nov 2026 10:40:00 -0500',
    """Can you start a charity care screening on MRN E0070877 (3W-307)? Uninsured, lost Medicaid last month, admitted Thurs. He's agreeable to meeting before he goes home, probably Fri. Spanish interpreter needed.
Thx, R""")

add('phi', 'phi-ids', 'Ahmed',
    '"Quinn, Stephanie (Infection Prev)" <squinn@hvch.org>', 'State Lab Submissions <slh.submit@hvch.org>',
    'isolate send-out', 'Thu, 19 Nov 2026 08:05:05 -0500',
    """Please send the C. diff isolate on the below to WSLH for ribotyping (cluster investigation):
Ahmed Y, E0071190, DOB 04-02-1958, collected 11/12/26 1405, accession 26-312-1187
Form is in the bin. Thx""")

add('phi', 'phi-ids', 'Kessler',
    'Patrick Ward <pward@hvch.org>', '"Rx Inpatient" <rx.inpatient@hvch.org>',
    'Kessler', 'Thu, 19 Nov 2026 20:01:00 -0500',
    """pls verify the heparin for Kessler 4E-418 ASAP, been pending 40 min. acct A900119004.""")

# ---------------- phi-lang ----------------
add('phi', 'phi-lang', 'Hernández',
    'Rosa Hernández <rosahdz73@hotmail.com>', '"Soto, Renee (SW)" <rsoto@hvch.org>',
    'mi esposo Julio - cuarto 307', 'Wed, 18 Nov 2026 21:15:44 -0600',
    """Buenas noches Sra. Renee,

Soy la esposa de Julio Hernández, el señor del cuarto 307. La enfermera me dijo que usted nos puede ayudar con la cuenta del hospital porque ya no tenemos Medicaid. Él trabaja en construcción y no tiene seguro del trabajo. El doctor dice que tiene que tomar la insulina todos los días y no sabemos cuánto va a costar.

¿Podemos hablar mañana con el intérprete? Yo llego a las 10 de la mañana después de dejar a los niños.

Gracias por todo,
Rosa Hernández
608-819-4402""", charset='iso-8859-1')

add('phi', 'phi-lang', 'Nguyễn',
    '"Tran, Linh RN" <ltran@hvch.org>', '"Nguyen, Tam (Patient Relations)" <tnguyen@hvch.org>',
    'Fwd: tin nhắn từ con gái bà Nguyễn Thị Hoa (4E)', 'Fri, 20 Nov 2026 14:02:37 -0500',
    """Tam, can you help answer this one? Daughter wrote to the unit email in Vietnamese. Rough translation: mom (4E-412) isn't eating the hospital food, family wants to bring phở and rice, and asks if the heart test (echo) is done and when she can go home. I told her verbally we'd check with dietary about the low-salt diet.

---------- Forwarded message ---------
From: Mai Nguyen <mainguyen.wi@gmail.com>
Date: Fri, Nov 20, 2026 at 12:41 PM
Subject: tin nhắn từ con gái bà Nguyễn Thị Hoa

Chào các cô y tá,
Tôi là con gái của bà Nguyễn Thị Hoa, phòng 412. Mẹ tôi không ăn được đồ ăn của bệnh viện, bà chỉ uống sữa thôi. Gia đình có thể mang cháo và phở cho mẹ được không? Bác sĩ nói mẹ bị suy tim, phải ăn ít muối.
Siêu âm tim làm xong chưa? Khi nào mẹ tôi được về nhà?
Cảm ơn nhiều,
Mai""")

add('phi', 'phi-lang', 'Jean-Louis',
    '"Baptiste, Nadege" <nadege.b@gmail.com>', 'chaplaincy@hvch.org',
    'Priyè pou manman m', 'Sat, 21 Nov 2026 08:50:00 -0500',
    """Bonjou Pastè,

Mwen se Nadège. Manman m, Marie-Ange Jean-Louis, nan chanm 316 depi lendi, yo di li gen yon enfeksyon nan san an epi yo ba li antibyotik nan venn. Li pa pale anpil angle. Èske gen yon moun ki ka vin priye avè l jodi a? Li renmen chante kantik yo.

Mèsi anpil, Bondye beni nou.
Nadège""")

add('phi', 'phi-lang', 'Kozłowska',
    'Agnieszka Nowak <a.nowak@hvch.org>', '"Brandt, Kelsey RN" <kbrandt@hvch.org>',
    'RE: interpreter for 5N-503?', 'Sat, 21 Nov 2026 11:12:00 -0500',
    """Kelsey, spoke with her in Polish. Pani Kozłowska says the pain is 7/10, mostly at night, and she didn't want to "bother" the nurses so she didn't press the button. She also told me: "nie brałam tabletek na cukier od tygodnia przed operacją, bo się bałam" - she stopped her diabetes pills a week before the surgery because she was scared. Please tell the hospitalist, that may explain the sugars.
Agnieszka (PCA, Polish)

> From: Brandt, Kelsey RN
> Can you come talk with Mrs. Kozlowska in 503 when you get a sec? Her English is limited and I think she's undertreated for pain.""", charset='utf-8', cte='quoted-printable')

add('phi', 'phi-lang', 'Ferreira',
    '"Ferreira, Luis" <lferreira@hvch.org>', 'Joana Ferreira <joanaf@sapo.pt>',
    'o pai', 'Sun, 22 Nov 2026 19:20:00 -0500',
    """Joana,
O pai ficou internado aqui no meu hospital desde ontem, no 4º andar. Teve uma arritmia, fibrilação auricular, e começaram anticoagulante. Fez ecocardiograma hoje, o coração está fraco mas não tão mal como pensavam. Dr. Rao acha que ele pode ir para casa quarta. Não digas nada à avó ainda, ok? Eu ligo amanhã.
Beijo, Luís""", charset='windows-1252')

add('phi', 'phi-lang', 'Warsame',
    '"Interpreter Services" <interp@hvch.org>', '"Ward, Patrick" <pward@hvch.org>',
    'Somali written translation - discharge instr Warsame', 'Mon, 23 Nov 2026 12:30:00 -0500',
    """Dr. Ward, here's the written Somali for Mr. Warsame's discharge instructions (3W-310), reviewed by Hodan. Please print with the English copy.

Magaca: Abdirahman Warsame
Qolka: 3W-310
Daawada cusub: Metformin 500 mg, hal kiniin subax iyo fiid cuntada kadib.
Insulinta Lantus: 18 unug habeen kasta.
Ballanta: Dr. Hassan, Rukhsada Qoyska (Family Clinic), Khamiis 12/3 saacadda 9:30 subaxnimo.
Haddii sonkorta dhiiggu ka badato 300 ama aad dareento wareer, wac 608-342-1000 ama kaalay qaybta gurmadka degdegga ah.

Interpreter Services x3020""")

add('phi', 'phi-lang', 'Sokolov',
    'Irina Sokolova <irina.sokolova1960@mail.ru>', 'patientrelations@hvch.org',
    'Жалоба / complaint about my husband care', 'Tue, 24 Nov 2026 03:10:00 +0300',
    """Здравствуйте,
My husband Viktor Sokolov was in your hospital 4 East, room 417, November 14-19. Мне очень жаль, мой английский плохой. Он упал ночью в палате, и никто нам не позвонил до утра. Now he has big bruise on his face and the arm is hurt, we go to the clinic again for x-ray. Я хочу знать, что случилось. Please answer to me in email, my son will translate.
Ирина Соколова""", charset='utf-8', cte='base64')
# ---------------- clean-staff ----------------
add('clean', 'clean-staff', '',
    'Kevin Dyer <kdyer@hvch.org>', '"3W Nights" <3west.nights@hvch.org>',
    'need 1 RN tonight', 'Mon, 02 Nov 2026 15:05:00 -0500',
    """We're down one RN for tonight 1900-0730, census 26 w/ 3 pending from ED. Incentive pay approved ($15/hr). First to reply gets it. Text me 608-290-3318 if you're not near email.
Kev""")

add('clean', 'clean-staff', '',
    '"Morrison, Claire" <cmorrison@hvch.org>', '3 West Staff <3west.all@hvch.org>',
    'Thanksgiving potluck + holiday schedule', 'Tue, 10 Nov 2026 12:00:00 -0500',
    None,
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Hi team!</p>
<p>Potluck is <b>Thursday 11/19</b> in the 3W break room, 1100-1400 for days and we'll save plates for nights (labeled, in the staff fridge, NOT the patient nourishment fridge please &#128578;).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Who</th><th>Bringing</th></tr>
<tr><td>Kelsey</td><td>mac &amp; cheese</td></tr>
<tr><td>Andre</td><td>jollof rice</td></tr>
<tr><td>Lindsay</td><td>pies (2)</td></tr>
<tr><td>Deb (US)</td><td>paper plates, forks</td></tr>
<tr><td>Kevin</td><td>turkey - smoked</td></tr>
</table>
<p>Holiday schedule is posted. Thanksgiving and Christmas rotation follows last year's list - if you worked TG 2025 you're off TG this year. Trades go through me by 11/15.</p>
<p>Claire</p></body></html>""")

add('clean', 'clean-staff', '',
    'Jamal Brooks <jbrooks@hvch.org>', 'Transport Team <transport.team@hvch.org>',
    'wheelchairs', 'Wed, 11 Nov 2026 07:20:00 -0500',
    """Again - we are down to 4 working wheelchairs on the 1st floor. If you take one up to a unit BRING IT BACK. 3 are sitting on 5N by the elevators right now, I can see them on the camera. Also the stretcher with the broken brake (#14) is tagged, do not use.
Jamal, Transport lead""")

add('clean', 'clean-staff', '',
    '"Lind, Andrea" <alind@hvch.org>', 'Nursing Supervisors <supervisors@hvch.org>',
    'RE: surge plan tonight', 'Thu, 12 Nov 2026 16:48:00 -0500',
    """Agree with opening the 6 overflow beds on 2S at 1900 if ED holds > 8. I called in Tanya and Marco for 2S, they both said yes. PACU can take 2 overnight holds if needed, Dr. Feld ok'd. I'll update the house at 2300.

Andrea

From: Hale, Brian
Sent: Thursday, November 12, 2026 4:30 PM
To: Nursing Supervisors
Subject: surge plan tonight

ED is at 28 with 7 admits holding and it's only 1630. Flu volume is not letting up. Thoughts on opening 2S?
Brian Hale, House Supervisor""")

add('clean', 'clean-staff', '',
    'Nicole Baird <nbaird@hvch.org>', 'Rehab Team <rehab@hvch.org>',
    'new gait belts + the hoyer on 4E', 'Fri, 13 Nov 2026 11:11:00 -0500',
    """New gait belts are in, the blue ones with the quick-release, in the rehab gym supply closet. Please toss the frayed ones.
Also the Hoyer lift on 4E failed its battery check - biomed has it, loaner from 5N until Tuesday. Don't move the loaner off 4E without telling Marcus.
Nicole""")

add('clean', 'clean-staff', '',
    '"Hayes, Rochelle" <rhayes@hvch.org>', 'Dietary Staff <dietary.staff@hvch.org>',
    'tray line times changing 11/30', 'Mon, 16 Nov 2026 09:00:00 -0500',
    """Starting Monday 11/30 lunch tray line moves 15 min earlier (1045 start) because of the new room service pilot on 4E. 4E trays will be on-demand via the call center, all other units same as now. Training sessions Tues/Wed 1400 in the conference room B. Snacks provided.
Rochelle""")

add('clean', 'clean-staff', '',
    'Tam Nguyen <tnguyen@hvch.org>', 'Linh Tran <ltran@hvch.org>',
    're: lunch?', 'Fri, 20 Nov 2026 11:40:00 -0500',
    """yes!! the pho place on Park st, 12:15? my treat since you did the translation for me this morning. also need to hear about the wedding planning drama lol""")

# ---------------- clean-admin ----------------
add('clean', 'clean-admin', '',
    '"Policy Office" <policy@hvch.org>', 'All Nursing <nursing.all@hvch.org>',
    'Policy update: NUR-214 Fall Prevention (rev. 11/2026)', 'Mon, 02 Nov 2026 08:00:00 -0500',
    """The following policy has been revised and is effective 11/16/2026:

NUR-214 Fall Prevention and Post-Fall Management
Key changes:
 1. Bed alarm volume must be at level 3 or higher; volume is checked every shift and documented in the safety flowsheet.
 2. Family must be notified of any fall within 1 hour, or as soon as practical overnight if the patient has asked not to wake family - document the patient's preference.
 3. Post-fall huddle form moved into Epic (Safety > Post-Fall Huddle).

Attestation due in HealthStream by 11/30. Questions to your unit educator.
Policy Office""")

add('clean', 'clean-admin', '',
    '"Patient Experience Committee" <pxcommittee@hvch.org>', 'PX Committee Members <pxcommittee.members@hvch.org>',
    'Minutes - Patient Experience Committee 11/9', 'Tue, 10 Nov 2026 14:00:00 -0500',
    """MINUTES - Patient Experience Committee
Date: 11/9/2026  Present: T. Nguyen (chair), C. Morrison, K. Osei MD, R. Hayes, J. Brooks, Rev. T. Adeyemi, S. Quinn
Absent: B. Hale

1. HCAHPS Q3: "Communication about medicines" 58th percentile (goal 65th). Discussed teach-back for new meds. Pharmacy to pilot discharge med counseling on 3W in December.
2. Grievances Oct: 14 total (fall 3, billing 4, communication 5, lost belongings 2). All letters sent within 7 days.
3. Quiet at night: earplug/eye mask kits funded by Auxiliary, rolling out 12/1.
4. Chaplain volunteer program - 3 new volunteers completing orientation.

Next meeting 12/14, 1500, Board Room.
Recorded by: T. Nguyen""")

add('clean', 'clean-admin', '',
    'IT Service Desk <servicedesk@hvch.org>', 'All Staff <allstaff@hvch.org>',
    'Epic downtime Sunday 11/22 0200-0430', 'Wed, 18 Nov 2026 10:00:00 -0500',
    """Planned Epic downtime: Sunday 11/22, 0200 - 0430.

- Downtime BCA PCs on each unit will have the 0100 report printed automatically. Check yours is plugged in and has paper TODAY.
- Use paper MAR and downtime lab requisitions (orange forms).
- Do not enter back-loaded documentation until IT sends the "all clear."
Questions: x4357 (HELP).""")

add('clean', 'clean-admin', '',
    '"Ellison, Margaret (Case Mgmt)" <mellison@hvch.org>', 'Case Management <casemgmt@hvch.org>',
    'LOS / avoidable days Oct', 'Thu, 19 Nov 2026 08:30:00 -0500',
    """October numbers:
GMLOS variance +0.6 days (Sept +0.9)
Avoidable days: 212 total
  - SNF bed availability 96
  - awaiting PT/OT eval 38
  - payer auth delays 41
  - family decision 22
  - other 15
Observation conversion rate 24%.
We'll talk through the PT/OT eval piece with Nicole at Tuesday's meeting - that's the one we can actually fix.
M""")

add('clean', 'clean-admin', '',
    'Human Resources <hr@hvch.org>', 'All Staff <allstaff@hvch.org>',
    'Open enrollment closes Friday', 'Mon, 16 Nov 2026 07:00:00 -0500',
    None,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt;color:#222">
<h3 style="color:#0B5394">Benefits Open Enrollment closes Friday, November 20</h3>
<p>If you do nothing, your current medical, dental and vision elections roll over, <b>but your FSA/HSA contributions do not</b>.</p>
<ul><li>Medical premiums increase 4.2% for the HVCH PPO; the HDHP premium is unchanged.</li>
<li>New this year: Hinge Health virtual PT for back and joint pain, no cost to employees on either plan.</li>
<li>Employee Assistance Program (EAP) now 8 free counseling sessions per issue.</li></ul>
<p>Enroll in Workday &gt; Benefits. Questions: benefits@hvch.org or x2240.</p>
<p style="font-size:8pt;color:#888">This message was sent to all employees of Harlow Valley Community Hospital.</p>
</body></html>""")

add('clean', 'clean-admin', '',
    '"Quinn, Stephanie (Infection Prev)" <squinn@hvch.org>', 'Infection Control Committee <icc@hvch.org>',
    'C diff cluster 3W - summary for ICC', 'Mon, 30 Nov 2026 16:00:00 -0500',
    """Summary for Thursday's ICC:

3 HO-CDI cases on 3W between 11/9 and 11/12. Ribotyping from WSLH: 2 of 3 isolates same ribotype (027), 1 unrelated. Environmental rounds found sporadic-use bleach wipes in 2 of 6 rooms and a shared commode not being cleaned between patients.
Actions: dedicated commodes, UV disinfection of 3W rooms at discharge x 30 days, EVS re-education completed 11/20 (28 of 31 staff).
No new cases since 11/12.
Steph""")

add('clean', 'clean-admin', '',
    'Bed Management <bedmgmt@hvch.org>', 'Nursing Leadership <nursing.leaders@hvch.org>',
    'Weekly throughput', 'Mon, 23 Nov 2026 07:30:00 -0500',
    """Week of 11/16:
Avg midnight census 118 (92%)
Discharges before noon: 19% (goal 30%)
Median ED admit-to-bed 4h 12m
EVS dirty-to-clean median 58 min (goal 45)
Diversion hours: 6 (Tues evening)
Biggest bottleneck again is dc orders written after 1400. Hospitalists are trialing "dc by 10" flag on the huddle board starting 11/30.""")

# ---------------- clean-lookalike ----------------
add('clean', 'clean-lookalike', '',
    'Lakeside Veterinary Clinic <frontdesk@lakesidevet.com>', 'Kelsey Brandt <kbrandt.home@gmail.com>',
    "Biscuit's discharge instructions", 'Tue, 03 Nov 2026 17:30:00 -0600',
    """Hi Kelsey,

Biscuit did great with her dental cleaning today! Two extractions (upper premolars). Discharge instructions:
- Soft food only x 7 days (we sent home a can of a/d)
- Meloxicam 0.3 mL by mouth once daily with food x 5 days
- Clavamox 62.5 mg twice daily x 10 days
- Recheck in 10-14 days, no charge

She may be a little wobbly tonight from the anesthesia. Call us at 608-271-3300 if she won't eat by tomorrow evening.

Lakeside Veterinary Clinic""")

add('clean', 'clean-lookalike', '',
    'Progressive Claims <claims@email.progressive.com>', 'pete.sorensen@outlook.com',
    'Your claim 26-4410873 - injury and vehicle damage update', 'Wed, 11 Nov 2026 09:02:00 -0600',
    """Claim number: 26-4410873
Date of loss: 10/28/2026
Vehicle: 2019 Ford F-150

Your vehicle has been assessed at Madison Collision Center. Estimated repair: $6,212.44 less your $500 deductible. Rental coverage approved through 11/18.

Please upload photos of the damage to the rear bumper through the app. If anyone was hurt, you can report it from the Claims Center - no injuries were reported with this claim.

Progressive Casualty Insurance Company""")

add('clean', 'clean-lookalike', '',
    'Anytime Fitness Stoughton <stoughton@anytimefitness.com>', 'linhtran.rn@gmail.com',
    'Your fitness assessment results', 'Thu, 12 Nov 2026 06:00:00 -0600',
    None,
    html="""<html><body style="font-family:Arial"><h2 style="color:#5E2A84">Great start, Member!</h2>
<p>Thanks for completing your Fit Start assessment with Coach Dana. Your next steps are in the app. Members who book 2 coaching sessions in the first month are 3x more likely to reach their goals!</p>
<p><a href="https://www.anytimefitness.com/app">Open the app</a></p>
<p style="font-size:9px;color:#999">You are receiving this e-mail because you are a member of Anytime Fitness Stoughton. Unsubscribe.</p></body></html>""")

add('clean', 'clean-lookalike', '',
    'Walgreens <walgreens@email.walgreens.com>', 'dhendricks1957@gmail.com',
    'Donna, your Flu Shot reward is waiting - 1,000 bonus points', 'Fri, 13 Nov 2026 10:00:00 -0600',
    """It's not too late! Get your flu shot at any Walgreens and earn 1,000 myWalgreens bonus points.*

Plus this week only: 25% off cold & flu essentials, vitamins and first aid.

Find a store or schedule online: walgreens.com/flu

*Offer valid for members 18+. Points valid on eligible purchases. Not valid where prohibited.
You're receiving this because you're a myWalgreens member. Manage preferences.""")

add('clean', 'clean-lookalike', '',
    'Summit Credit Union <alerts@summitcreditunion.com>', 'mcoughlin.plumbing@gmail.com',
    'Your HSA contribution has posted', 'Mon, 16 Nov 2026 12:00:00 -0600',
    """Hello,

A payroll contribution to your Summit Health Savings Account ending in 4471 has posted.

Amount: $150.00
Year-to-date contributions: $2,850.00 of your $4,400.00 annual limit
Available balance: $6,118.42

Tip: Your HSA balance rolls over every year. Invest balances over $2,000 in Online Banking > HSA > Investments.

Summit Credit Union - Federally insured by NCUA""")

add('clean', 'clean-lookalike', '',
    '"Harlow Valley Kennel Club" <secretary@hvkennelclub.org>', 'members@hvkennelclub.org',
    'Hip & elbow clinic results posted', 'Sat, 14 Nov 2026 09:00:00 -0600',
    """Members,
OFA hip and elbow x-ray results from the October clinic are back and have been mailed to owners. Congratulations to the 11 dogs rated Good or Excellent! Two dogs were referred to Dr. Pham at UW Vet for a second read. Next clinic: March 2027. Eye (CAER) exams scheduled for February.
Judy M., Secretary""")

add('clean', 'clean-lookalike', '',
    '"Brandt, Kelsey RN" <kbrandt@hvch.org>', 'Biomed <biomed@hvch.org>',
    'pump in 312 alarming', 'Thu, 19 Nov 2026 03:15:00 -0500',
    """Alaris pump #HV-2219 keeps giving "upstream occlusion" with no occlusion, swapped tubing twice. Pulled it from the room and replaced it, it's at the 3W nurses station tagged. Please pick up when you're in.
Kelsey""")

# ---------------- clean-news ----------------
add('clean', 'clean-news', '',
    'HVCH Communications <communications@hvch.org>', 'All Staff <allstaff@hvch.org>',
    'The Harlow Herald - November', 'Tue, 03 Nov 2026 09:00:00 -0500',
    None,
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1F4E79">The Harlow Herald</h1>
<h3>Daisy Award: Carmen Ruiz, RN, 3 West</h3>
<p>Carmen was nominated by a family who wrote that she "treated our mom like her own." Congratulations Carmen!</p>
<h3>Welcome, new hospitalists</h3>
<p>Please welcome Dr. Kwame Osei and Dr. Patrick Ward to the hospitalist group.</p>
<h3>Auxiliary Gift Shop holiday sale</h3>
<p>20% off through 11/25. Proceeds fund the quiet-at-night kits.</p>
<h3>Flu vaccine</h3>
<p>Employee compliance is at 81%. Deadline 12/1. Walk-in clinic in Employee Health Mon-Fri 0700-1500.</p>
</body></html>""")

add('clean', 'clean-news', '',
    'Becker\'s Hospital Review <newsletter@beckershospitalreview.com>', 'cmorrison@hvch.org',
    'CMS finalizes 2027 IPPS changes; RSV season arrives early', 'Wed, 11 Nov 2026 06:30:00 -0500',
    """TOP STORIES

CMS finalizes inpatient payment rule for FY2027
Hospitals will see a net 2.6% payment update. The rule also adds two new measures to the Hospital Readmissions Reduction Program.

RSV and flu hospitalizations climbing earlier than usual
CDC data show lab-confirmed flu hospitalizations at 4.1 per 100,000 for the week ending Nov 7, highest for this point in the season since 2022.

Nurse staffing: 5 states weigh ratio bills
...

Unsubscribe | Privacy""")

add('clean', 'clean-news', '',
    'Wisconsin Hospital Association <wha@wha.org>', 'Nursing Leadership <nursing.leaders@hvch.org>',
    'WHA Newsletter: workplace violence legislation advances', 'Fri, 13 Nov 2026 08:00:00 -0600',
    """The Assembly health committee voted 9-2 Tuesday to advance AB 411, which would make battery against a hospital worker a Class H felony, matching protections for other healthcare settings. WHA testified in support with nurses from three member hospitals.

Also in this issue: 2026 Wisconsin workforce report shows RN vacancy rate fell to 9.8% from 11.2%; CNA vacancy still above 18%.""")

add('clean', 'clean-news', '',
    '"Osei, Kwame MD" <kosei@hvch.org>', 'Hospitalist Group <hospitalists@hvch.org>',
    'interesting NEJM - restrictive vs liberal transfusion in MI', 'Sun, 15 Nov 2026 21:00:00 -0500',
    """For journal club Thursday - the new NEJM trial, ~3500 pts with MI and anemia, liberal (Hgb <10) vs restrictive (<7-8). Trend toward benefit with liberal, didn't reach significance for the primary outcome. Relevant to how we've been transfusing on tele. Link in Teams. I'll bring coffee.
K""")

add('clean', 'clean-news', '',
    'Harlow Valley Community Hospital Foundation <foundation@hvch.org>', 'donors@hvch.org',
    'Thank you - new cardiac monitors for 4 East', 'Tue, 17 Nov 2026 10:00:00 -0500',
    """Dear friends,

Thanks to the generosity of the Lindqvist Family Foundation and 412 individual donors, 4 East now has 24 new bedside cardiac monitors, installed last week. The monitors send alarms directly to nurses' phones, cutting average alarm response time by almost half in the first week.

Join us for the Festival of Trees, Dec 5, 5-9pm at the Stoughton Opera House.

With gratitude,
Ellen Marsh, Executive Director""")

add('clean', 'clean-news', '',
    'Dane County Public Health <news@publichealthmdc.com>', 'partners@publichealthmdc.com',
    'Respiratory illness update - week 46', 'Thu, 19 Nov 2026 12:00:00 -0600',
    """Week 46 summary (Dane County):
- Influenza A positivity 14.2% (up from 9.8%)
- RSV positivity 6.1%
- COVID-19 wastewater: moderate, stable
- 3 long-term care facility respiratory outbreaks reported this week (2 flu A, 1 RSV)
Reminder: antiviral treatment recommended for all hospitalized patients with suspected influenza regardless of vaccination status.""")

# ---------------- clean-training ----------------
add('clean', 'clean-training', '',
    '"Unit Educator 4E" <educator.4e@hvch.org>', '"4 East RNs" <4east.rn@hvch.org>',
    'Skills day - tele strips quiz', 'Mon, 09 Nov 2026 13:00:00 -0500',
    """Skills day is 11/18 and 11/19, sign up in HealthStream. Rhythm strip practice quiz below, answers at the bottom - no peeking.

Case A: 78 y/o, HR 42, regular, PR 0.28, every P followed by QRS. Name the rhythm.
Case B: 65 y/o, irregularly irregular, no discernible P waves, HR 128. What's your first action?
Case C: Pt on amiodarone, QTc 540. What do you notify?

Answers: A) 1st degree AV block w/ sinus brady; B) assess pt/BP, notify provider; C) provider + pharmacy, check K/Mg.
- Danielle, MSN, RN""")

add('clean', 'clean-training', '',
    'Epic Training <epictraining@hvch.org>', 'New Hires Nov <newhires.nov@hvch.org>',
    'Epic class login + practice patients', 'Tue, 10 Nov 2026 09:00:00 -0500',
    """Welcome to Epic inpatient nursing class, Tues 11/17 0800-1600, Training Room 2.

Your training login: TRN## (number on your sign-in sheet), password: train1 (you'll be asked to change it).

Practice patients in the PLY environment (NOT real patients):
  Zztest, Medsurg       MRN 9000001   rm TRN-01
  Zztest, Telemetry     MRN 9000002   rm TRN-02
  Zztest, Ortho         MRN 9000003   rm TRN-03
You'll admit, document a full assessment and give meds on these. Never use the PLY environment for real patient care.
Roster of the practice pts is attached if you want to look ahead.""",
    atts=[('ply_practice_patients.json', 'application/json',
'''[
 {"mrn": "9000001", "name": "Zztest, Medsurg", "room": "TRN-01", "scenario": "post-op day 1, pain mgmt"},
 {"mrn": "9000002", "name": "Zztest, Telemetry", "room": "TRN-02", "scenario": "new afib, heparin drip"},
 {"mrn": "9000003", "name": "Zztest, Ortho", "room": "TRN-03", "scenario": "hip fx, fall risk"}
]
''')])

add('clean', 'clean-training', '',
    'Interface Team <interfaces@hvch.org>', 'Lab IS <lab.is@hvch.org>',
    'test msg for new analyzer - ignore results', 'Thu, 12 Nov 2026 15:00:00 -0500',
    """Here's the test ORU we'll push from the new Sysmex line to TEST tomorrow. Test patient only, don't file to PRD.

MSH|^~\\&|SYSMEX|HVCH_LAB|EPIC|HVCH_TST|20261113090000||ORU^R01|TST0001|T|2.5.1
PID|1||TST900001^^^HVCH^MR||ZZTEST^LABONE||19000101|U
PV1|1|I|TST^01^A
OBR|1||TST-26-0001|CBC^COMPLETE BLOOD COUNT|||20261113085500
OBX|1|NM|6690-2^WBC^LN||7.5|10*3/uL|4.0-11.0|N|||F
OBX|2|NM|718-7^HGB^LN||13.2|g/dL|12.0-16.0|N|||F

Processing ID = T. Let me know when the analyzer is connected.
Kyle""")

add('clean', 'clean-training', '',
    '"Soto, Renee (SW)" <rsoto@hvch.org>', 'Social Work Interns <sw.interns@hvch.org>',
    'case study for Friday seminar', 'Mon, 16 Nov 2026 08:45:00 -0500',
    """For Friday, read the de-identified case below and come ready to discuss the ethical issues and what you'd do first.

"Mrs. A" is an 80-something widow admitted after a fall. She lives with an adult grandchild who has access to her bank accounts. During the stay she tells the nurse she is "afraid to go home" but won't say more. She has capacity. Family wants her discharged home tomorrow.

Questions: 1) Mandated reporter obligations in WI? 2) How do you respect autonomy while assessing safety? 3) Who else on the team do you involve?

Details changed; this is a composite, not a current patient.
Renee""")

add('clean', 'clean-training', '',
    'Pharmacy Education <rx.education@hvch.org>', 'All Nursing <nursing.all@hvch.org>',
    'Heparin nomogram refresher (new protocol 12/1)', 'Wed, 18 Nov 2026 11:00:00 -0500',
    None,
    html="""<html><body style="font-family:Calibri">
<p><b>Weight-based heparin nomogram - anti-Xa monitoring starts 12/1</b></p>
<p>Worked example (sample patient, 80 kg):</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Anti-Xa (units/mL)</th><th>Bolus</th><th>Rate change</th><th>Next level</th></tr>
<tr><td>&lt; 0.2</td><td>40 units/kg</td><td>+ 3 units/kg/h</td><td>6 h</td></tr>
<tr><td>0.2 - 0.29</td><td>none</td><td>+ 2 units/kg/h</td><td>6 h</td></tr>
<tr><td>0.3 - 0.7</td><td>none</td><td>no change</td><td>next AM</td></tr>
<tr><td>0.71 - 0.9</td><td>none</td><td>- 2 units/kg/h</td><td>6 h</td></tr>
<tr><td>&gt; 0.9</td><td>hold 1 h</td><td>- 3 units/kg/h</td><td>6 h</td></tr>
</table>
<p>Module in HealthStream, 20 min. Due 11/30.</p></body></html>""")

add('clean', 'clean-training', '',
    '"Nguyen, Tam (Patient Relations)" <tnguyen@hvch.org>', 'Unit Managers <managers@hvch.org>',
    'service recovery role-play scripts', 'Fri, 20 Nov 2026 13:30:00 -0500',
    """Scripts for the 12/3 leadership retreat. Names are made up - please don't use real patients in the role-plays.

Scenario 1 - "Mr. Sample" is angry that his wife's dentures were lost. Practice: apologize, don't argue, explain process, offer reimbursement form.
Scenario 2 - Adult son calls demanding test results for his father. Practice: verify who is authorized, explain you need the patient's permission, offer a care conference.
Scenario 3 - Patient waited 6 hours for discharge. Practice: acknowledge, give a realistic time, follow up.

Tam""")
# ---------------- extra carriers: message/rfc822 forwards ----------------
add('phi', 'phi-self', 'Pellegrino',
    '"Morrison, Claire" <cmorrison@hvch.org>', '"Dyer, Kevin" <kdyer@hvch.org>',
    'FW: Re: my stay on 3 West', 'Wed, 25 Nov 2026 10:05:00 -0500',
    """Kev - forwarding the original as attachment so you have his whole email. Can you pull the assignment for 11/21 nights and figure out who was in 308? I want to call him back today.
C""",
    inner=inner('Frank Pellegrino <fpellegrino52@att.net>', 'nursing.3west@hvch.org',
                'Re: my stay on 3 West', 'Tue, 24 Nov 2026 18:44:00 -0600',
                """I was a patient in 308 on your floor Nov 20-23 for the pneumonia. I'm writing because on the night of the 21st I rang for help to get to the bathroom for almost 40 minutes and ended up wetting the bed. I am 74 years old and it was humiliating. The day staff were great, this was only nights. I'm not looking for money, I just want someone to know.

Frank Pellegrino
Stoughton"""))

add('clean', 'clean-news', '',
    '"Hale, Brian" <bhale@hvch.org>', 'Nursing Supervisors <supervisors@hvch.org>',
    'FW: Wisconsin Hospital Emergency Preparedness - winter storm advisory', 'Mon, 30 Nov 2026 06:20:00 -0500',
    """FYI for tonight. Make sure the 4x4 list for staff pickup is current and the sleep rooms on 2S are stocked.
Brian""",
    inner=inner('WHEPP Region 5 <region5@whepp.org>', 'region5.hospitals@whepp.org',
                'Winter storm advisory - Region 5 hospitals', 'Mon, 30 Nov 2026 05:00:00 -0600',
                """NWS has issued a Winter Storm Warning for Dane, Rock, Green and Jefferson counties, 6 PM Monday through noon Tuesday. 8-12 inches expected, gusts to 40 mph.

Hospitals: please confirm generator fuel levels, staff lodging plans and dialysis patient transport contingencies with your county EM by 1200 today. Regional coordination call at 1400.

WHEPP Region 5 Healthcare Coalition"""))


# ====================================================================================
def main():
    rows = []
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(M, 1):
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'].split('-', 1)[1], i)
        msg = build(m, i)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages')

if __name__ == '__main__':
    main()
