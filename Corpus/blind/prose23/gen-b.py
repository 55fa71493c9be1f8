#!/usr/bin/env python3
"""Blind eval set prose23b: hospital non-clinical departments (security, food & nutrition,
EVS, transport/valet, gift shop, parking, lost-and-found, front desk). All content invented.
Standard library only; deterministic (random.seed(2324))."""
import base64, csv, io, os, quopri, random, zipfile, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email import message_from_bytes
from email import policy
from email.header import Header
from email.utils import formataddr, getaddresses

random.seed(2324)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(label, kind, pname, hdr, body=None, html=None, atts=(), cs='utf-8', cte=None):
    M.append(dict(label=label, kind=kind, pname=pname, hdr=hdr, body=body, html=html,
                  atts=list(atts), cs=cs, cte=cte))

def textpart(text, sub='plain', cs='utf-8', cte=None):
    raw = text.encode(cs)
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) and max((len(l) for l in raw.split(b'\n')), default=0) < 990 else 'quoted-printable'
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def attpart(a):
    kind = a[0]
    if kind == 'rfc822':
        inner = message_from_bytes(build(a[1]).as_bytes())
        p = MIMEMessage(inner)
        return p
    if kind == 'zip':
        _, zname, files = a
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, c in files:
                zi = zipfile.ZipInfo(n, date_time=(2026, 12, 1, 8, 0, 0))
                z.writestr(zi, c.encode('utf-8') if isinstance(c, str) else c)
        data = buf.getvalue()
        p = MIMENonMultipart('application', 'zip', name=zname)
        p.set_payload(base64.encodebytes(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
        p.add_header('Content-Disposition', 'attachment', filename=zname)
        return p
    # ('file', name, ctype, content, [cte], [charset])
    _, name, ctype, content = a[:4]
    cte = a[4] if len(a) > 4 else None
    cs = a[5] if len(a) > 5 else 'utf-8'
    main, sub = ctype.split('/')
    if main == 'text':
        p = textpart(content, sub, cs, cte)
        p.set_param('name', name)
    else:
        raw = content.encode(cs) if isinstance(content, str) else content
        p = MIMENonMultipart(main, sub, name=name)
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def build(m):
    if m['body'] is not None and m['html'] is not None:
        core = MIMEMultipart('alternative')
        core.attach(textpart(m['body'], 'plain', m['cs'], m['cte']))
        core.attach(textpart(m['html'], 'html', m['cs'], m['cte']))
    elif m['html'] is not None:
        core = textpart(m['html'], 'html', m['cs'], m['cte'])
    else:
        core = textpart(m['body'] or '', 'plain', m['cs'], m['cte'])
    if m['atts']:
        msg = MIMEMultipart('mixed')
        msg.attach(core)
        for a in m['atts']:
            msg.attach(attpart(a))
    else:
        msg = core
    frm = ''
    for line in m['hdr'].strip().split('\n'):
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if not v.isascii():
            hcs = m['cs'] if m['cs'] != 'utf-8' else 'utf-8'
            try:
                v.encode(hcs)
            except UnicodeEncodeError:
                hcs = 'utf-8'
            if k.lower() in ('from', 'to', 'cc'):
                v = ', '.join(formataddr((n, a), charset=hcs) for n, a in getaddresses([v]))
            else:
                v = Header(v, hcs).encode()
        msg[k] = v
        if k.strip().lower() == 'from':
            frm = v
    if 'Message-ID' not in msg:
        dom = frm.split('@')[-1].strip(' >') if '@' in frm else 'localhost'
        msg['Message-ID'] = '<%s.%s@%s>' % (''.join(random.choice('0123456789ABCDEF') for _ in range(16)),
                                            ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)), dom)
    msg['MIME-Version'] = '1.0'
    return msg

def htmlwrap(inner, sig=''):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.t td{border:1px solid #999;padding:2px 6px;font-size:10pt}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">' + inner + sig + '</div></body></html>')

DISC = ('<p class="MsoNormal" style="font-size:8pt;color:#808080">CONFIDENTIALITY NOTICE: This e-mail, '
        'including any attachments, is for the sole use of the intended recipient(s) and may contain '
        'confidential and privileged information. Any unauthorized review, use, disclosure or distribution '
        'is prohibited. If you are not the intended recipient, please contact the sender and destroy all copies.</p>')

# ====================================================================== PHI-CARE
add('phi', 'care', 'Okafor', """
From: Trayline Lead 2nd Shift <fns.trayline@mercyridge.org>
To: 5W Nursing Station <5w.charge@mercyridge.org>
Subject: holding tray 5W-22
Date: Tue, 1 Dec 2026 06:41:12 -0500
""", body="""Morning 5W,

We pulled the breakfast tray for Margaret Okafor in 22 -- the ticket printed regular
but the order in the system changed to NPO at 0200 for her colonoscopy at 1100.
Nobody told the trayline so it almost went up.

Once she's back from endo and the order flips to clear liquids just call x4410
and we'll send broth/jello/apple juice. Don't wait for lunch pass, we can do it
off-cycle.

Thx
Renee D.
Food & Nutrition Services - Trayline
""")

add('phi', 'care', 'Pratt', """
From: "Hollis, Darnell" <darnell.hollis@mercyridge.org>
To: Transport Dispatch <transport.dispatch@mercyridge.org>
Cc: "Yee, Caroline (RN)" <caroline.yee@mercyridge.org>
Subject: RE: transport 3N-308 to MRI
Date: Wed, 2 Dec 2026 14:52:30 -0500
""", body="""Dispatch - I'm at 3N now, he's not ready. Still on the 2L nasal cannula and
they need to swap him to the portable tank first, RT is on the way. MRI said they
can hold the slot till 15:00 but no later. I'll wait here.

Darnell
Patient Transport

-----Original Message-----
From: Transport Dispatch
Sent: Wednesday, December 2, 2026 2:31 PM
To: Hollis, Darnell
Subject: transport 3N-308 to MRI

Job #58812
Pt: PRATT, EUGENE   Rm 3N-308
Dest: MRI (Radiology lower level) - appt 14:15 brain w/wo contrast
Mode: wheelchair, O2 2L
Isolation: none
Notes: hard of hearing, speak into left ear. Pt has his own hearing amp in bedside drawer.
""")

add('phi', 'care', 'Vance', """
From: "Mbeki, Thandiwe" <thandiwe.mbeki@mercyridge.org>
To: Security Operations <security.ops@mercyridge.org>
Subject: Sitter request - 617 tonight
Date: Thu, 3 Dec 2026 18:05:44 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Hi Security team,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Requesting a safety sitter for <b>Dolores Vance</b>, room 617, starting at 1900 if
possible. She pulled her IV twice last night and tried to climb over the rails around 0300. Dr. Aziz
does not want to go to restraints, so we are asking for 1:1 observation until day shift re-evaluates
at 0700.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Her son is staying until about 2100 so the sitter can start after he leaves if you
are short.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
""", """<p class="MsoNormal"><b>Thandiwe Mbeki, BSN, RN</b><br>Charge Nurse, 6 West Med/Surg<br>
Mercy Ridge Medical Center | ext. 6120</p>""" + DISC))

add('phi', 'care', 'Wróbel', """
From: Kasia Nowicka <k.nowicka@mercyridge.org>
To: FNS Supply Room <fns.supply@mercyridge.org>
Subject: Jevity delivery 4E
Date: Fri, 4 Dec 2026 10:17:03 -0500
""", body="""Hello supply,

Could someone run 6 cans of Jevity 1.5 and two 1000 mL closed system bags up to 4 East
for Mr. Tomasz Wróbel, bed 14. Dietitian changed his tube feed this morning - continuous
now at 60 mL/hr, was 45. Nights usually runs out around 3am so please send enough for
through tomorrow lunch.

Also he gets free water flushes 200 mL q4h, nursing has that, just so you know
it's not in the formula count.

Kasia Nowicka, MS, RD
Clinical Nutrition
""", cte='quoted-printable')

add('phi', 'care', 'Castellanos', """
From: Bed Management <bedboard@mercyridge.org>
To: EVS Dispatch <evs.dispatch@mercyridge.org>
Subject: STAT clean 522 - ED hold waiting
Date: Sat, 5 Dec 2026 13:22:18 -0500
""", body="""522 is dirty -- Castellanos, Ruben went home at 1310. He was on contact plus
so it needs the full isolation clean, bleach wipes, curtain change, UV if the robot is free.
We have an ED admit boarding for that bed since 0900 so please put it at the top.
Reply with ETA.

- Lorraine, bed mgmt
""")

add('phi', 'care', 'Greer', """
From: Paul Greer <pgreer1961@gmail.com>
To: Parking Office <parking@mercyridge.org>
Subject: weekly pass?
Date: Mon, 30 Nov 2026 08:03:51 -0500
""", body="""Good morning,

My wife Linda Greer is getting radiation treatments at the cancer center every weekday
through January 8th (8:15 am slot). I bring her and wait in the car or the lobby, so I’m
paying for parking every single day. The lady at the front desk said there's a discount
pass for families of radiation patients, could you tell me how to get it? Her appointment
card has her medical record number on it if you need that, I can bring it.

Thank you
Paul Greer
(724) 318-0962

Sent from my iPhone
""", cs='windows-1252')

add('phi', 'care', 'Ferreira', """
From: Gift Shop - Mercy Ridge <giftshop@mercyridge.org>
To: "Santos, Joyce" <joyce.santos@mercyridge.org>
Subject: delivery confirmation
Date: Tue, 1 Dec 2026 14:30:09 -0500
""", body="""Joyce,

Order 2291 (the pink balloons + teddy bear, paid by phone, card ending 4410) was delivered
to Ana Lucia Ferreira, Labor & Delivery room 3112 at 2:05. Nurse said she had the baby at
noon, c-section, so we left it at the desk and they brought it in. The grandmother who ordered
asked for a confirmation, can you call her back? Number on the order slip.

Bev
""")

add('phi', 'care', 'Kim', """
From: Front Desk Main Lobby <frontdesk.main@mercyridge.org>
To: Surgical Waiting Liaison <surgwaiting@mercyridge.org>
Subject: Walter Kim family
Date: Wed, 2 Dec 2026 11:48:37 -0500
""", body="""Sending Mrs. Kim and her daughter your way. Walter Kim is in pre-op, his
surgery got bumped to 3pm (OR 6 running late), and they've been sitting in the main lobby
since 7 because nobody told them. Can you get them on the tracking board screen and
give them a pager? Wife doesn't read English well, daughter translates.

Main desk / Gloria
""")

# ====================================================================== PHI-NAMES
add('phi', 'names', 'Abernathy', """
From: "Lost & Found - Security" <lostandfound@mercyridge.org>
To: "Dietary Supervisors" <fns.supervisors@mercyridge.org>
Subject: RE: Mr. Abernathy's dentures
Date: Thu, 3 Dec 2026 09:12:44 -0500
""", body="""Checked the bin twice, nothing turned in matching that description since Monday.
If they went down on the tray they'd be in dish room, not with us. Has anyone asked the dish
room crew to look through the tray return? Family is asking daily and nursing filed an incident.
He can't eat anything but purees without them so the sooner the better.

Officer K. Brandt
Lost & Found / Security

> From: Ortega, Luis
> Sent: Wednesday, December 2, 2026 4:40 PM
> Subject: Mr. Abernathy's dentures
>
> Upper plate wrapped in a napkin, 6 South, lunch tray Monday. Anything turn up?
""")

add('phi', 'names', 'Haskins', """
From: "Daniels, Marcus" <marcus.daniels@mercyridge.org>
To: Security Supervisors <security.sups@mercyridge.org>
Subject: 7W disturbance 12/03 2210
Date: Fri, 4 Dec 2026 00:37:15 -0500
""", body="""Sups,

Quick summary, full report in the system.

Responded 2210 with Officer Tran to 7W for a pt trying to leave. Pt is Mr. Haskins in 714,
goes by "Buddy", staff all call him that. He had his IV still in and was dressed, pulling at the
pole, telling RN Patel he was going home to feed his dog. Verbal de-escalation about 20 min.
Dr. Okonkwo came up and did a capacity eval, pt stayed voluntarily, no hands on, no restraints
needed. Buddy's brother is coming in the morning to take the dog so that should help.

Tran and I cleared 2305.

M. Daniels
""")

add('phi', 'names', 'Fitzgerald', """
From: Security Dispatch <security.dispatch@mercyridge.org>
To: Security All <security.all@mercyridge.org>; 5 North Charge <5n.charge@mercyridge.org>
Subject: CODE GRAY CLEARED - Fitzgerald found garage L2
Date: Sun, 29 Nov 2026 16:54:02 -0500
""", body="""All units, Code Gray cleared 1652.

Nora Fitzgerald (5 North) located by valet attendant Jamal in parking garage level 2 near
the pay station, walking toward the exit ramp in gown and socks. Officer Reyes escorted her
back to the unit in a wheelchair, RN Bianchi met them at the elevator. No injuries observed.
She told Jamal she was "looking for the bus to Dayton".

Time missing approx 35 min. Unit to review door alarm on 5N east stairwell -- it did not
sound. Facilities work order to follow.

Dispatch / Sgt. Whitfield
""")

add('phi', 'names', 'Stokes', """
From: "Pham, Quynh" <quynh.pham@mercyridge.org>
To: EVS 3rd Floor <evs.floor3@mercyridge.org>
Subject: 3W room cleaning times
Date: Mon, 30 Nov 2026 07:26:40 -0500
""", body="""Team,

A couple notes from the unit huddle:

Stokes, Bernadette - 3W-12 - family asked that her room not be done between 8 and 11,
she's getting her bedside dialysis then and the machine alarms when the cart bumps it.
Do her after 11 please.

Greenleaf, Harold - 3W-18 - discharge expected today, plan for a discharge clean after 2pm.

Everyone else normal rotation.

Quynh Pham
EVS Supervisor, 3rd Floor
""")

add('phi', 'names', 'Nguyen', """
From: "Laurent, Simone" <simone.laurent@mercyridge.org>
To: "Executive Chef" <chef.mbrooks@mercyridge.org>
Subject: birthday in peds
Date: Tue, 1 Dec 2026 12:03:27 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Hi Chef Brooks!</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Total long shot but Tommy Nguyen in Peds room 2 turns 9 on Thursday and he has been here
almost three weeks. He's on a mechanical soft diet after the jaw surgery so no regular cake. Could the
bakery do something soft &mdash; like a pudding cup &ldquo;cake&rdquo; or a milkshake with a candle? His mom said he
loves anything chocolate. Child Life will do the decorations.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you so much,<br>Simone</p>
""", """<p class="MsoNormal" style="color:#1F4E79"><b>Simone Laurent, CCLS</b><br>Child Life Specialist<br>
Mercy Ridge Children&rsquo;s Unit</p>""" + DISC))

add('phi', 'names', 'Odum', """
From: Valet Stand East <valet.east@mercyridge.org>
To: Emergency Dept Registration <ed.registration@mercyridge.org>
Subject: keys for Odum daughter
Date: Wed, 2 Dec 2026 21:15:58 -0500
""", body="""ED reg - the daughter of Mr. Odum (the man they brought in by wheelchair from our
curb around 7:30, chest pain I think) left her car with us and went in with him and
never came back for the ticket. It's a grey Camry ticket 4471. We close at 11. Can
somebody find her in the back and tell her the keys will be at the security desk
after 11?

Thanks, Andre (valet)
""")

add('phi', 'names', 'Pereira', """
From: "Whitaker, Donna" <donna.whitaker@mercyridge.org>
To: Front Desk Staff <frontdesk.all@mercyridge.org>; Operators <operators@mercyridge.org>
Subject: CONFIDENTIAL patient - no info
Date: Thu, 3 Dec 2026 07:02:11 -0500
""", body="""Good morning all,

As of last night we have a patient who has opted out of the directory. If anyone calls or
walks up asking for Joaquim Pereira (or "Jack Pereira"), the answer is "I'm sorry, I don't
have any information on a patient by that name." Do NOT transfer the call to the unit. Do
not confirm he is here. This came from Patient Relations and Security is aware - there is a
family situation.

If someone becomes insistent, call Security x5000.

Thanks,
Donna Whitaker
Patient Access Supervisor
""")

add('phi', 'names', 'Achebe', """
From: "Kayla Reuben" <kayla.reuben@mercyridge.org>
To: "Gift Shop - Mercy Ridge" <giftshop@mercyridge.org>
Subject: Re: balloon order - NICU
Date: Fri, 4 Dec 2026 15:40:20 -0500
""", body="""Hi Bev, unfortunately NICU doesn't allow latex or mylar balloons at the
bedside - infection control. Baby Achebe's aunt ordered them from out of state so she
wouldn't know. Could you swap for the knit hat and the little board book instead and
put the card in with it? The parents (Chidi and Grace) are in room 4 of the family suites
tonight, you could drop it there instead of the NICU.

Kayla R., NICU unit secretary

On Fri, Dec 4, 2026 at 2:58 PM Gift Shop - Mercy Ridge <giftshop@mercyridge.org> wrote:
> Kayla, we have a balloon bouquet (3 mylar "It's a Boy!") for the Achebe baby in the
> NICU, paid order #2307. OK to bring up at 4?
> Bev
""")

# ====================================================================== PHI-SELF
add('phi', 'self', 'Castillo', """
From: Renata Castillo <renata.castillo77@yahoo.com>
To: patientrelations@mercyridge.org
Subject: My father's hearing aids - STILL MISSING
Date: Mon, 30 Nov 2026 22:41:09 -0500
""", body="""To whom it may concern,

This is my third email. My father, Hector Castillo, was moved from the ICU to 4 West on
November 21st and somewhere in that move his hearing aids disappeared. They are Phonak,
both ears, in a blue case, about $5,800. He was in the ICU for 9 days after his bypass
surgery and the hearing aids were in the drawer next to the bed, my brother saw them
on the 20th.

Since then my dad can't hear the nurses or the doctors. He is 81. He is nodding at
things he doesn't understand. Do you understand how dangerous that is??

Security told me lost and found has nothing. The ICU says it's 4 West's problem,
4 West says they never came up with him. Nobody owns this.

I want a call back from an actual manager tomorrow. My number is 412-555-0187.

Renata Castillo
""")

add('phi', 'self', 'Albright', """
From: MyMercy Patient Portal <noreply@mymercy.mercyridge.org>
To: Food and Nutrition Services <fns.patientline@mercyridge.org>
Subject: New message from patient: Meal question
Date: Tue, 1 Dec 2026 19:20:33 -0500
""", body="""You have a new secure message.

From: Julianne Albright (MRN 00872156)
Room: 408 Tower B
Category: Meals / Dietary

Message:
hi, I have celiac and I told the person who took my order on the phone but my dinner came with a
roll and the gravy on the turkey I'm pretty sure has flour. I didn't eat it. Is there a gluten free
menu? I'm going to be here a few more days for my antibiotics. The nurse said to message you here.
Thanks - Julie

---
Reply through the portal. Do not reply to this email.
""")

_fair = dict(label='phi', kind='self', pname='Fairbanks', body=None, atts=[], cs='utf-8', cte=None, hdr="""
From: "Meredith Fairbanks" <mfairbanks@outlook.com>
To: "FNS Patient Line" <fns.patientline@mercyridge.org>
Cc: "Patient Relations" <patientrelations@mercyridge.org>
Subject: Peanut on my son's tray
Date: Wed, 2 Dec 2026 08:55:17 -0500
""", html="""<div dir="ltr"><div>I am writing about last night's dinner tray for my son Owen Fairbanks, Peds room 11.</div>
<div><br></div><div>He has a SEVERE peanut allergy - it's on his wristband, it's on the whiteboard, I told
the dietary aide in person on Monday. The tray came with a granola bar with peanuts in it. Thank God I
read the wrapper before he opened it. He's 6. He carries an EpiPen for a reason.</div><div><br></div>
<div>I want to know how this happened and what you are doing so it doesn't happen again before he's
discharged. He's in for his IV antibiotics until at least Friday.</div><div><br></div>
<div>Meredith Fairbanks<br>(614) 902-3378</div></div>""")
add('phi', 'self', 'Fairbanks', """
From: "Patient Relations" <patientrelations@mercyridge.org>
To: "Albrecht, Heidi" <heidi.albrecht@mercyridge.org>
Subject: FW: Peanut on my son's tray - need response by Fri
Date: Wed, 2 Dec 2026 09:20:41 -0500
""", body="""Heidi - mother's email attached. She wants a call today. I've logged it as a grievance
(GRV-26-0412) so the 7-day letter clock is running. Please loop in Peds nurse manager.

Thanks, Carol - Patient Relations
""", atts=[('rfc822', _fair)])

add('phi', 'self', 'Oyelaran', """
From: Bisi Oyelaran <bisi.oyelaran@gmail.com>
To: evs.office@mercyridge.org
Subject: thank you to Miss Carmen
Date: Thu, 3 Dec 2026 13:10:45 -0500
""", body="""Hello

I dont know who to send this to so I hope it goes to the right person. My son Tunde
Oyelaran was in the ICU bed 9 for two weeks after his motorcycle accident in November.
There was a housekeeper, Miss Carmen I think her name is, short, glasses, always humming.
Every morning she came and cleaned and she talked to him even when he was still sedated
and asleep, she told him about the weather and the Steelers. When he woke up he said he
remembered a lady singing. She also brought me coffee one night at 3am when I was alone.

He is home now and walking with a walker. Please tell her Tunde and his mama say thank
you. She should get a raise.

God bless
Bisi Oyelaran
""")

add('phi', 'self', 'Delacroix', """
From: Vincent Delacroix <vdelacroix@comcast.net>
To: Valet Services <valet@mercyridge.org>
Subject: Damage to my car 11/24 - claim
Date: Fri, 4 Dec 2026 10:33:02 -0500
""", body="""Hello,

I am a dialysis patient at your outpatient dialysis unit (Tues/Thurs/Sat, 6:00 am chair).
On Tuesday November 24 I used valet as always because I can't walk far after my treatment.
When my car was returned at about 10:15 there was a long scrape on the rear passenger door
that was not there in the morning. I pointed it out to the attendant (younger man, did not get
his name) and he said to email this address.

2021 Subaru Outback, dark green, plate JKR-4418. Valet ticket 20913. I have photos.

My auto insurer (Erie) says I should get a claim number from you first. Please advise.

Vincent Delacroix
(412) 781-2290
""")

add('phi', 'self', 'Yamamoto', """
From: Mercy Ridge Website <webforms@mercyridge.org>
To: lostandfound@mercyridge.org
Subject: [Web Form] Lost Item Report #LF-1142
Date: Sat, 5 Dec 2026 09:02:28 -0500
""", html="""<html><body style="font-family:Arial;font-size:13px">
<h3 style="color:#00557F">Lost Item Report</h3>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Kenji Yamamoto</td></tr>
<tr><td><b>Phone</b></td><td>330-417-8825</td></tr>
<tr><td><b>Email</b></td><td>kyamamoto.home@gmail.com</td></tr>
<tr><td><b>Were you a patient or visitor?</b></td><td>Patient</td></tr>
<tr><td><b>Date of visit</b></td><td>11/28/2026</td></tr>
<tr><td><b>Location</b></td><td>Room 3204 (sleep study lab)</td></tr>
<tr><td><b>Item description</b></td><td>My CPAP machine (ResMed AirSense 10, grey travel bag) I brought my own for
the sleep study and the tech said to leave it plugged in, then I forgot it when I was discharged in the morning. I need it
back, I am not sleeping without it.</td></tr>
</table>
<p style="color:#777;font-size:11px">Submitted via mercyridge.org/lost-found</p>
</body></html>""")

add('phi', 'self', 'Marsh', """
From: "Gerald Marsh" <gerald.marsh@marshlawpllc.com>
To: "Director of Security" <security.director@mercyridge.org>
Cc: "Patient Relations" <patientrelations@mercyridge.org>
Subject: Formal complaint - use of restraints on Eleanor Marsh
Date: Mon, 30 Nov 2026 16:12:55 -0500
""", body="""Dear Director,

I write regarding my mother, Eleanor Marsh (DOB 04/17/1939), who was admitted to your
facility on November 26, 2026 and remains on the 6 East unit.

On the evening of November 27 I arrived to find my mother in four-point soft restraints,
with a security officer standing in the room. My mother has moderate Alzheimer's dementia.
She is 87 years old and weighs less than 110 pounds. Staff told me she had "become combative"
during a blood draw. No one from the care team called me, although I am her health care power
of attorney and my number is listed on her chart.

I request:
  1. a copy of the security incident report and any restraint documentation for 11/27;
  2. the names of the officers involved;
  3. a meeting with you and the nurse manager of 6 East this week.

I would prefer to resolve this directly.

Sincerely,
Gerald Marsh
""")

add('phi', 'self', 'Lindqvist', """
From: Gary Lindqvist <garylindq@aol.com>
To: lostandfound@mercyridge.org
Subject: glasses
Date: Tue, 1 Dec 2026 17:44:10 -0500
""", body="""this is Gary Lindqvist I got discharged yesterday from 5E room 19 after my
knee replacement and I left my reading glasses and my inhaler in the bedside table.
can someone call me 440 232 7716 I can pick up Thurs when I come for PT
""")

# ====================================================================== PHI-LISTS
add('phi', 'lists', 'Brennan', """
From: "Diet Office" <fns.dietoffice@mercyridge.org>
To: "Trayline Lead 2nd Shift" <fns.trayline@mercyridge.org>
Subject: 4E special tickets for dinner
Date: Wed, 2 Dec 2026 15:10:00 -0500
""", body="""Printer on 4E is jammed again so here are the specials for dinner, pls hand-write tickets:

RM    PATIENT               DIET                    ALLERGY / NOTES
4E-02 Brennan, Harold       Renal 2g Na 2g K        shellfish
4E-05 Iqbal, Samina         Carb controlled 60g     none; halal
4E-07 Thornton, Ava         Full liquid             lactose - use Lactaid
4E-11 Mbatha, Sipho         Dysphagia L2 / nectar   no straws
4E-14 Wrobel, Tomasz        NPO - TF only           do NOT send tray
4E-16 Calloway, June        Regular                 PCN (not food), dislikes fish

Calloway just got upgraded at 1400 so make sure the old clear liquid ticket is pulled.
- Maribel, diet office
""")

add('phi', 'lists', 'Ortiz', """
From: EVS Dispatch <evs.dispatch@mercyridge.org>
To: EVS Leads <evs.leads@mercyridge.org>
Subject: isolation rooms - tonight's list
Date: Thu, 3 Dec 2026 19:00:12 -0500
""", body="""Isolation rooms occupied as of 1900. Full PPE, dedicated equipment, bleach for the
C diff rooms, no vacuum in the airborne rooms until cleared by nursing.

  * 2S-04  ORTIZ, Manuel        - contact (MRSA)
  * 2S-09  Hadley, Corinne      - contact + enteric (C. diff)  ** bleach
  * 3W-21  Boateng, Kofi        - airborne (r/o TB)  ** N95, wait for neg pressure check
  * 5N-10  Sorensen, Ingrid     - droplet (flu A)
  * 6E-03  Lam, Wai Ming        - contact (VRE)
  * 7W-16  Fuller, Dwayne       - enteric (norovirus)  ** bleach

Hadley is discharging in the morning - terminal clean at 0800, needs UV.

EVS Dispatch / night
""")

tsv_transport = """Pickup\tPatient\tDOB\tFrom\tTo\tMode\tNotes
05:30\tGreenwald, Sylvia\t02/11/1948\t6E-12\tDialysis Unit\tStretcher\tO2 3L
05:45\tTibbs, Raymond\t09/30/1955\t4W-03\tDialysis Unit\tWheelchair\tamputee - L BKA, bring leg rest
06:00\tAmadi, Ngozi\t12/04/1970\t5S-18\tDialysis Unit\tWheelchair\t
10:15\tGreenwald, Sylvia\t02/11/1948\tDialysis Unit\t6E-12\tStretcher\treturn
10:30\tHolloway, Frank\t06/22/1962\t3N-11\tIR - perm cath placement\tStretcher\tNPO
"""
add('phi', 'lists', 'Greenwald', """
From: "Transport Dispatch" <transport.dispatch@mercyridge.org>
To: "Transport Early Shift" <transport.early@mercyridge.org>
Subject: tomorrow am dialysis runs (pasted from the sheet)
Date: Fri, 4 Dec 2026 17:30:48 -0500
""", body="Early crew - here is Sat am. Two people on the 5:30 please, she's a heavy lift.\n\n" + tsv_transport +
"\nIf Tibbs refuses again, document and page the charge nurse, don't argue with him.\n\nJanelle\n")

add('phi', 'lists', 'Ruggiero', """
From: Security Supervisor Nights <security.nights@mercyridge.org>
To: Security Officers Nights <security.officers.nights@mercyridge.org>
Subject: sitter / 1:1 assignments 12/05 1900-0700
Date: Sat, 5 Dec 2026 18:22:50 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Assignments for tonight. Break relief by Ofc. Lindgren on the hour.</p><br>
<table class="t" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><td><b>Room</b></td><td><b>Patient</b></td><td><b>Reason</b></td><td><b>Officer / Sitter</b></td></tr>
<tr><td>ED-14</td><td>Ruggiero, Anthony</td><td>SI - on 1:1, belongings searched</td><td>Ofc. Haddad</td></tr>
<tr><td>6W-617</td><td>Vance, Dolores</td><td>fall risk / pulling lines</td><td>Sitter: M. Alvarez (PCA)</td></tr>
<tr><td>7W-714</td><td>Haskins, Earl</td><td>elopement risk</td><td>rounding q30</td></tr>
<tr><td>4W-409</td><td>Unknown (Trauma Doe "Kilo")</td><td>police hold - do not release info</td><td>Ofc. Petrakis</td></tr>
</table><br>
<p class="MsoNormal">Reminder: ED-14 room is stripped &mdash; no cords, no plastic bags. If family brings items they go to the
security desk, logged.</p><p class="MsoNormal">Sgt. Whitfield</p>"""))

add('phi', 'lists', 'Haverford', """
From: "Parking Office" <parking@mercyridge.org>
To: "Lot C Booth" <parking.lotc@mercyridge.org>
Subject: December extended-stay family passes
Date: Tue, 1 Dec 2026 08:15:00 -0500
""", body="""Booth staff - these families have free extended-stay passes for December. If the
card doesn't scan, wave them through and write the plate down.

Patient (unit)                 Family member        Plate
Haverford, Louise (ICU)        Dan Haverford        PA HXT-2210
Mancini, Roberto (CTICU)       Teresa Mancini       OH GPL 7741
Osei, Abena (NICU baby)        Kwame Osei           PA LMB-9053
Fairbanks, Owen (Peds)         Meredith Fairbanks   OH JKT 4412
Castillo, Hector (4W)          Renata Castillo      PA KRC-0187

Passes end when the patient is discharged, we'll update the list.
Thanks, Yvonne
""")

add('phi', 'lists', 'Duchesne', """
From: "ED Security Desk" <ed.security@mercyridge.org>
To: "Lost & Found - Security" <lostandfound@mercyridge.org>
Subject: FW: belongings bags from overnight - to property room
Date: Sun, 29 Nov 2026 07:48:33 -0500
""", body="""Kurt - sending 4 bags your way, logged below. Duchesne went to OR then SICU so family
will probably come for his wallet.

Bag#   Patient             Contents                                   Disposition
B-2231 Duchesne, Marc      wallet ($64 cash), iPhone, keys, belt      hold - pt in SICU
B-2232 Peralta, Rosa       purse, rosary, glasses, pill organizer     hold - admitted 3N
B-2233 Unknown male #3     jeans, sneakers, lighter                   hold - police notified
B-2234 Sato, Emiko         hearing aids (2), cane                     RELEASED to daughter 0615

________________________________
From: ED Security Desk
Sent: Sunday, November 29, 2026 3:12 AM
To: ED Charge
Subject: belongings bags

Bag B-2231 cut clothes from trauma bay 2 (Duchesne). Clothes discarded per nursing - blood.
""")

add('phi', 'lists', 'Belmonte', """
From: Patient Access Supervisor <donna.whitaker@mercyridge.org>
To: Front Desk Staff <frontdesk.all@mercyridge.org>
Subject: weekend no-info / restricted visitor list
Date: Fri, 4 Dec 2026 16:05:14 -0500
""", body="""Weekend list. Keep at the desk face-down. Shred Monday.

- Belmonte, Carla - 5S - NO INFORMATION. Ex-partner (Ray Belmonte) is NOT to be allowed up. Photo at security desk.
- Pereira, Joaquim - 7E - NO INFORMATION (directory opt-out).
- Walsh, Dennis - 3N - visitors limited to wife and 2 daughters only, per pt.
- "Trauma Doe Kilo" - 4W - police hold, no visitors, refer to Security.

Any questions call me on my cell, 412-660-2087.
Donna
""")

# ====================================================================== PHI-STRUCT
hl7_a03 = ("MSH|^~\\&|EPIC|MRMC|TELETRACKING|MRMC|202612011342||ADT^A03|MRA0312883|P|2.3\r"
           "EVN|A03|202612011340\r"
           "PID|1||00459120^^^MRMC^MR||HOLLOWAY^FRANK^J||19620622|M|||118 ORCHARD LN^^MCKEES ROCKS^PA^15136||(412)331-0284\r"
           "PV1|1|I|3N^311^A^MRMC||||1184^SHAH^NIRAV|||MED||||1|||1184^SHAH^NIRAV|IN|60012877|||||||||||||||||01|||MRMC||||202611270915|202612011340\r"
           "PV2|||^PERMANENT DIALYSIS CATHETER PLACEMENT\r")
add('phi', 'struct', 'Holloway', """
From: Interface Engine Alerts <cloverleaf.alerts@mercyridge.org>
To: EVS Systems Admin <evs.sysadmin@mercyridge.org>; Bed Management <bedboard@mercyridge.org>
Subject: [ALERT] TELETRACKING inbound - message rejected (bed not found)
Date: Tue, 1 Dec 2026 13:42:09 -0500
""", body="""Thread: TT_ADT_OUT   Status: ERROR   Retries: 3

Error: AR - Bed 3N-311-A not found in TeleTracking location master. Discharge event not
posted; room will not appear as dirty in EVS queue.

Original message attached (MRA0312883.hl7). Please correct the location mapping and resend,
or manually flag the room dirty in TeleTracking.

-- automated message from Cloverleaf, do not reply --
""", atts=[('file', 'MRA0312883.hl7', 'application/octet-stream', hl7_a03)])

hl7_orm = ("MSH|^~\\&|EPIC|MRMC|CBORD|FNS|202612030712||ORM^O01|DIET55810|P|2.4\r"
           "PID|1||00918344^^^MRMC^MR||IQBAL^SAMINA||19790308|F\r"
           "PV1|1|I|4E^05^1\r"
           "ORC|NW|ORD7710234\r"
           "ODS|D||CARB60^Carbohydrate Controlled 60g^CBORD~HALAL^Halal^CBORD\r"
           "ODT|EARLY|^Early Tray 0630\r"
           "NTE|1||Pt prefers no pork products - also fasting for morning labs until 0800\r")
add('phi', 'struct', 'Iqbal', """
From: "Tran, Bao" <bao.tran@mercyridge.org>
To: FNS Diet Office <fns.dietoffice@mercyridge.org>
Subject: FW: CBORD diet order error - 4E-05
Date: Thu, 3 Dec 2026 07:29:51 -0500
""", body="""Diet office, FYI the interface kicked this one back so CBORD still shows her as Regular.
Please enter the carb-controlled + halal by hand until IT fixes the ODS segment mapping
(they say the repeat "~" isn't supported). Raw message below.

Bao Tran
Clinical Applications - Nutrition

---------- Forwarded message ---------
From: CBORD Interface <cbord.if@mercyridge.org>
Date: Thu, Dec 3, 2026 at 7:12 AM
Subject: DIET ORDER REJECTED - DIET55810

REJECT: ODS-3 repetition not supported (2 diet codes)
""" + hl7_orm.replace('\r', '\n') + """
""")

csv_allergy = """Unit,Room,MRN,Last Name,First Name,DOB,Diet Order,Food Allergies,Texture,Fluid
4E,4E-02,00731288,Brennan,Harold,1944-05-19,Renal 2g Na 2g K,Shellfish,Regular,Thin
4E,4E-07,00801944,Thornton,Ava,1990-10-02,Full Liquid,Milk (intolerance),Liquid,Thin
5W,5W-22,00512003,Okafor,Margaret,1958-01-27,Clear Liquid,None,Liquid,Thin
PEDS,P-11,01011467,Fairbanks,Owen,2020-03-15,Regular Pediatric,Peanut (anaphylaxis);Tree nut,Regular,Thin
PEDS,P-02,01009932,Nguyen,Thomas,2017-12-03,Mechanical Soft,None,Mech Soft,Thin
6S,6S-08,00665127,Abernathy,Clifford,1936-08-08,Puree,Egg,Puree,Honey thick
"""
add('phi', 'struct', 'Fairbanks', """
From: "Albrecht, Heidi" <heidi.albrecht@mercyridge.org>
To: "FNS Managers" <fns.managers@mercyridge.org>
Subject: allergy report for the peanut event review
Date: Thu, 3 Dec 2026 11:15:27 -0500
""", body="""All,

Attached is the CBORD food allergy export from 12/1 dinner (filtered to units with a
documented allergy or texture mod) for tomorrow's review of the peds tray event. Row for
Owen Fairbanks shows the peanut allergy was in the system at 1600, so the problem was on
the line, not the order. Please don't forward outside the department.

Heidi Albrecht, RD, LDN
Director, Food & Nutrition Services
""", atts=[('file', 'allergy_export_20261201_dinner.csv', 'text/csv', csv_allergy)])

fhir = """{
  "resourceType": "NutritionOrder",
  "id": "no-88213",
  "status": "active",
  "intent": "order",
  "patient": {
    "reference": "Patient/00872156",
    "display": "Julianne Albright"
  },
  "encounter": { "reference": "Encounter/60022419" },
  "dateTime": "2026-12-01T20:05:00-05:00",
  "orderer": { "display": "Priya Raman, MD" },
  "allergyIntolerance": [
    { "display": "Gluten (celiac disease)" }
  ],
  "foodPreferenceModifier": [
    { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/diet", "code": "gluten-free", "display": "Gluten free" } ] }
  ],
  "oralDiet": {
    "type": [ { "text": "Gluten-free, regular consistency" } ],
    "schedule": [ { "repeat": { "frequency": 3, "period": 1, "periodUnit": "d" } } ]
  }
}
"""
add('phi', 'struct', 'Albright', """
From: "Integration Team" <integration@mercyridge.org>
To: "Tran, Bao" <bao.tran@mercyridge.org>
Subject: RE: sample payload for the new menu app - real one from prod?
Date: Wed, 2 Dec 2026 10:44:16 -0500
""", body="""Bao,

Here's the NutritionOrder that came through the FHIR endpoint last night for the gluten-free
case - pulled from prod, so treat as PHI, do not drop in the vendor's Slack. The menu app
still isn't reading foodPreferenceModifier, which is why the roll went up on her tray.

-Devon

> Can you grab one of the real ones that failed so we can show the vendor?
""", atts=[('file', 'NutritionOrder-no-88213.json', 'application/json', fhir)])

add('phi', 'struct', 'Greenwald', """
From: "Mercy Ridge 6 East" <fax.6east@mercyridge.org>
To: "Keystone Medical Transport" <dispatch@keystonemedtrans.com>
Subject: Fax: discharge transport request
Date: Fri, 4 Dec 2026 12:06:33 -0500
""", body="""=====================================================
          MERCY RIDGE MEDICAL CENTER - 6 EAST
               FAX COVER SHEET
=====================================================
TO:      Keystone Medical Transport - Dispatch
FAX:     412-488-3010
FROM:    Case Management, 6 East  (Tel 412-371-6644)
DATE:    12/04/2026          PAGES: 3 (incl. cover)
RE:      BLS transport - discharge to SNF

Patient:       Sylvia Greenwald
DOB:           02/11/1948
Pickup:        MRMC 6 East rm 12, Sat 12/05 ~1300 (after dialysis)
Destination:   Brookhaven Rehab & Nursing, 440 Sterling Ave, rm 208B
Mode:          Stretcher, O2 3L NC continuous, 2-person assist
Insurance:     Medicare A/B  MBI 4TQ7-XH2-MR81 ; secondary Highmark
Notes:         PCS form and face sheet attached. Pt is HOH.
               Belongings: 1 suitcase, walker.

CONFIDENTIAL: This facsimile contains protected health information. If
received in error, notify the sender at the number above and destroy.
=====================================================
""")

x12 = ("ISA*00*          *00*          *ZZ*KEYSTONEMT     *ZZ*HIGHMARK       *261204*1530*^*00501*000004471*0*P*:~"
       "GS*HC*KEYSTONEMT*HIGHMARK*20261204*1530*4471*X*005010X222A1~"
       "ST*837*0001*005010X222A1~"
       "BHT*0019*00*KMT4471*20261204*1530*CH~"
       "NM1*85*2*KEYSTONE MEDICAL TRANSPORT LLC*****XX*1457382910~"
       "N3*2210 LIBERTY AVE~N4*PITTSBURGH*PA*15222~"
       "HL*1**20*1~HL*2*1*22*0~SBR*S*18*******CI~"
       "NM1*IL*1*DUCHESNE*MARC*A***MI*HGM771024563~"
       "N3*17 BIRCHWOOD CT~N4*CORAOPOLIS*PA*15108~DMG*D8*19810713*M~"
       "CLM*KMT2611290441*812.50***41:B:1*Y*A*Y*Y~"
       "CR1*LB*14**A*DH*9****~"
       "HI*ABK:S0990XA~"
       "NM1*PW*2******~N3*ROUTE 51 AT WOODVILLE RD~N4*PITTSBURGH*PA*15106~"
       "NM1*45*2*MERCY RIDGE MEDICAL CENTER*****XX*1093847562~N3*1200 RIDGE AVE~N4*PITTSBURGH*PA*15212~"
       "LX*1~SV1*HC:A0427:RH*687.50*UN*1***1~DTP*472*D8*20261129~"
       "LX*2~SV1*HC:A0425:RH*125.00*UN*14***1~DTP*472*D8*20261129~"
       "SE*28*0001~GE*1*4471~IEA*1*000004471~")
add('phi', 'struct', 'Duchesne', """
From: Billing - Keystone Medical Transport <billing@keystonemedtrans.com>
To: "Patient Financial Services" <pfs.thirdparty@mercyridge.org>
Subject: 837 batch 4471 - secondary info needed (ALS run 11/29)
Date: Fri, 4 Dec 2026 15:41:07 -0500
""", body="""Hi,

Highmark rejected our 837 for the 11/29 ALS run into your ED (pt Duchesne) -- subscriber ID
doesn't match. Your ED face sheet may have the updated card. Batch attached zipped, can
you confirm the member ID and group on your side?

Thanks,
Tanya Marsh
Keystone Medical Transport Billing
""", atts=[('zip', 'batch4471.zip', [('KMT_837P_4471.x12', x12.replace('~', '~\n'))])])

ccd = """<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
  <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies, adverse reactions, alerts"/>
  <title>ALLERGIES</title>
  <text>
    <table border="1">
      <thead><tr><th>Substance</th><th>Reaction</th><th>Severity</th><th>Status</th></tr></thead>
      <tbody>
        <tr><td>Sesame</td><td>Anaphylaxis</td><td>Severe</td><td>Active</td></tr>
        <tr><td>Kiwi fruit</td><td>Oral itching</td><td>Mild</td><td>Active</td></tr>
        <tr><td>Sulfa drugs</td><td>Rash</td><td>Moderate</td><td>Active</td></tr>
      </tbody>
    </table>
  </text>
</section>"""
add('phi', 'struct', 'Haddad-Reyes', """
From: "Nguyen-Ellis, Thu" <thu.nguyenellis@mercyridge.org>
To: "FNS Diet Office" <fns.dietoffice@mercyridge.org>
Subject: outside records - sesame allergy, 2S-11
Date: Sat, 5 Dec 2026 09:37:40 -0500
""", body="""Diet office - transfer from St. Agnes this morning, Layla Haddad-Reyes, DOB 06/03/1985,
room 2S-11. Their CCD came over and our allergy list hasn't been reconciled yet, so CBORD
doesn't have the sesame. Pasting the allergies section from the CCD so you can add it manually
before lunch. No hummus, no tahini dressing, no sesame buns on the burger.

<component>
""" + ccd + """
</component>

Thu Nguyen-Ellis, RN
2 South
""")

# ====================================================================== PHI-IDS
add('phi', 'ids', '', """
From: "5W Unit Clerk" <5w.clerk@mercyridge.org>
To: FNS Diet Office <fns.dietoffice@mercyridge.org>
Subject: hold bkfst
Date: Mon, 30 Nov 2026 23:51:02 -0500
""", body="""MRN 00512003 rm 22 - NPO after MN for scope, hold breakfast tray. Thx
""")

add('phi', 'ids', '', """
From: "Lost & Found - Security" <lostandfound@mercyridge.org>
To: "ED Security Desk" <ed.security@mercyridge.org>
Subject: RE: B-2232
Date: Tue, 1 Dec 2026 10:05:48 -0500
""", body="""Released B-2232 to the patient herself on the 3N discharge at 0940, signed for.
Acct 88120034, ED arrival 11/29 0215, admitted 3N. Her pill organizer was still in the
purse, she confirmed all 7 compartments. Closing out the log entry.

K.B.
""")

add('phi', 'ids', '', """
From: "Keystone Medical Transport" <dispatch@keystonemedtrans.com>
To: "Transport Dispatch" <transport.dispatch@mercyridge.org>
Subject: NEMT trip confirm 12/08
Date: Thu, 3 Dec 2026 14:20:11 -0500
""", body="""Trip confirmed.

Trip ID:      NEMT-2612-08813
Member ID:    YH40218876 (PA Medicaid / UPMC for You)
Auth #:       PA26-1144092
Pickup:       12/08 05:10, home address on file
Drop:         Mercy Ridge Outpatient Dialysis, Entrance D
Return:       will-call, est 10:00
Level:        wheelchair van, 1 attendant

Reply CANCEL with trip ID to cancel. Keystone Dispatch 412-488-3000
""")

add('phi', 'ids', '', """
From: "Social Work - ICU" <sw.icu@mercyridge.org>
To: Parking Office <parking@mercyridge.org>
Subject: extended stay pass request
Date: Wed, 2 Dec 2026 09:31:27 -0500
""", body="""Please issue an extended stay parking pass for the family of MRN 00337019
(MICU bed 6, inpatient since 11/14, ventilated, expected LOS another 2+ wks).
Spouse will pick up at the office this afternoon with ID. Billing to SW fund cost center 7140.

Thanks
Alana Pierce, LCSW
""")

add('phi', 'ids', '', """
From: "Whitfield, Sgt. Ray" <ray.whitfield@mercyridge.org>
To: "Risk Management" <risk@mercyridge.org>
Subject: SEC-26-1187 restraint - documentation
Date: Fri, 27 Nov 2026 08:14:55 -0500
""", body="""Risk -

Incident SEC-26-1187, 11/27, 6E. Pt MRN 00290455, DOB 04/17/1939. Officers assisted
nursing with application of 4-point soft restraints at 19:40 per verbal order (Dr. Lowe),
removed 21:05 after haloperidol took effect. Two officers on scene (Brandt, Haddad).
No injuries to pt or staff. Body cam footage retained.

Report exported from the incident system and attached. Flagging because family has called twice.

RW
""", atts=[('file', 'SEC-26-1187.html', 'text/html', """<html><head><title>Incident SEC-26-1187</title></head><body>
<h2>Security Incident Report SEC-26-1187</h2>
<table border="1" cellpadding="3">
<tr><th>Date/Time</th><td>11/27/2026 19:32</td></tr>
<tr><th>Location</th><td>6 East, Room 6E-09</td></tr>
<tr><th>Type</th><td>Assist - Restraint Application (Medical)</td></tr>
<tr><th>Subject MRN</th><td>00290455</td></tr>
<tr><th>Subject DOB</th><td>04/17/1939</td></tr>
<tr><th>Ordering provider</th><td>Lowe, Jonathan MD</td></tr>
<tr><th>Restraint on / off</th><td>19:40 / 21:05</td></tr>
<tr><th>Officers</th><td>Brandt #214, Haddad #238</td></tr>
<tr><th>Narrative</th><td>Officers requested by RN to assist during lab draw. Pt striking at staff. Four-point soft
restraints applied by nursing with officer assist. Pt calmed after IM medication. No injuries.</td></tr>
</table></body></html>""")])

add('phi', 'ids', '', """
From: EVS Dispatch <evs.dispatch@mercyridge.org>
To: "UV Robot Team" <evs.uv@mercyridge.org>
Subject: UV needed 2S-09
Date: Fri, 4 Dec 2026 08:02:44 -0500
""", body="""2S-09  enc# 60019954  DOB 11/02/1957  d/c 0745  C. diff - terminal + UV.
Bleach wipe first, then robot 2 cycles. Bed needed by 1100.
""")

add('phi', 'ids', '', """
From: "ED Charge RN" <ed.charge@mercyridge.org>
To: Security Dispatch <security.dispatch@mercyridge.org>
Subject: 1:1 obs ED-14
Date: Sat, 5 Dec 2026 17:48:19 -0500
""", body="""Need an officer for 1:1 in ED-14 asap, sitter pool is empty.
MRN 01928374, DOB 7/2/88, on psych hold (302 pending), took off earlier today.
Belongings already bagged, needs wanding. Until relieved by BH tech.
""")

# ====================================================================== PHI-LANG
add('phi', 'lang', 'Morales', """
From: Lucía Morales <lucia.morales.g@hotmail.com>
To: fns.patientline@mercyridge.org
Subject: comida para mi mamá - cuarto 512
Date: Mon, 30 Nov 2026 12:40:37 -0500
""", body="""Buenas tardes,

Les escribo por mi mamá, Esperanza Morales Guzmán, que está en el cuarto 512 desde el jueves.
Ella es diabética y además le quitaron la vesícula el viernes, y el doctor dijo dieta blanda
sin grasa. Pero hoy le trajeron huevos con tocino y papas fritas. Ella no habla inglés y no
sabe pedir otra cosa por teléfono, entonces se come lo que le traen.

¿Pueden poner en su pedido que alguien que hable español le llame para escoger el menú? O
yo puedo escoger por ella si me mandan el menú a este correo.

Muchas gracias,
Lucía Morales (hija)
Cel. 412-296-5518
""", cs='iso-8859-1', cte='quoted-printable')

add('phi', 'lang', 'Trần', """
From: Trần Minh Quân <quan.tran.1984@gmail.com>
To: lostandfound@mercyridge.org
Subject: Máy trợ thính của bố tôi / my father's hearing aid
Date: Tue, 1 Dec 2026 20:12:06 -0500
""", body="""Xin chào,

Bố tôi là ông Trần Văn Phúc, 79 tuổi, nằm viện ở tầng 5 (phòng 5S-14) từ ngày 20 đến ngày
27 tháng 11 vì bị viêm phổi. Khi xuất viện, gia đình tôi để quên máy trợ thính bên tai phải
của ông (màu be, hiệu Oticon) trong hộp nhựa nhỏ màu trắng, có thể ở trong ngăn kéo cạnh giường.

Xin vui lòng kiểm tra giúp. Sorry my English not good - my father hearing aid, right ear,
left in room 5S-14, discharge Nov 27. Please call me 412-713-0496.

Cảm ơn rất nhiều,
Trần Minh Quân
""", cte='base64')

add('phi', 'lang', '王', """
From: 王丽 <wangli.pgh@163.com>
To: parking@mercyridge.org
Subject: 停车优惠 - 我妈妈在做手术
Date: Wed, 2 Dec 2026 07:55:23 -0500
""", body="""您好，

我妈妈王秀英（出生日期1952年9月3日）今天早上在你们医院做心脏搭桥手术，医生说要住院
大概一个星期。我每天都要来陪她，停车费太贵了。请问家属有没有优惠停车证？需要什么材料？

Hello, my mother Wang Xiuying has heart surgery today, stay one week. Is there parking
discount for family? Thank you.

王丽
电话：412-608-3391
""", cte='base64')

add('phi', 'lang', 'Jean-Baptiste', """
From: Marie-Claude Jean-Baptiste <mcjeanbaptiste@yahoo.com>
To: frontdesk.main@mercyridge.org
Subject: randevou pou manman m
Date: Thu, 3 Dec 2026 16:03:49 -0500
""", body="""Bonjou,

Mwen rele Marie-Claude. Manman m, Rosette Jean-Baptiste, gen yon randevou nan klinik
kadyoloji a lendi 7 desanm a 9è30 pou yon ekokadyogram. Li pa ka kondi epi mwen travay
jou sa a. Èske lopital la gen yon sèvis transpò ki ka vin chèche l lakay li nan Penn Hills?
Li gen Medicaid.

Si pa gen transpò, èske nou ka chanje randevou a pou yon vandredi?

Mèsi anpil,
Marie-Claude
412-244-7080
""")

add('phi', 'lang', 'Соколов', """
From: Анна Соколова <anna.sokolova@mail.ru>
To: patientrelations@mercyridge.org
Subject: По поводу вещей моего мужа
Date: Fri, 4 Dec 2026 11:26:31 -0500
""", body="""Здравствуйте,

Мой муж, Соколов Игорь Викторович, лежал в реанимации (ICU) с 22 по 29 ноября после инсульта,
потом его перевели в отделение 4 West. При переводе пропала его сумка: обручальное кольцо,
часы и телефон Samsung. Медсестра сказала, что вещи должны быть у охраны, но в охране
говорят, что ничего нет.

Пожалуйста, проверьте ещё раз. Кольцо очень дорого для нас.

С уважением,
Анна Соколова
тел. 412-390-1762
""", cs='windows-1251', cte='quoted-printable')

add('phi', 'lang', 'الحسيني', """
From: Omar Al-Husseini <omar.alhusseini@gmail.com>
To: fns.patientline@mercyridge.org
Subject: طعام حلال لوالدي - غرفة 3N-15
Date: Sat, 5 Dec 2026 10:14:52 -0500
""", body="""السلام عليكم،

والدي الحاج محمود الحسيني في الغرفة 3N-15 منذ يوم الأربعاء بعد عملية في الركبة. هو لا يأكل
إلا الطعام الحلال، وأمس جاءه طبق فيه لحم خنزير. لم يأكل شيئاً تقريباً منذ يومين.

أرجو أن تضيفوا "حلال" إلى طلب الطعام الخاص به. وإذا لم يكن ذلك ممكناً، هل يمكن أن نحضر له
الطعام من البيت؟

My father Mahmoud Al-Husseini room 3N-15 needs halal meals please, he is not eating.

شكراً
عمر الحسيني
""", cte='base64')

add('phi', 'lang', 'Dimaculangan', """
From: "Santos, Joyce" <joyce.santos@mercyridge.org>
To: "Villanueva, Arlene" <arlene.villanueva@mercyridge.org>
Subject: si Lola sa 6S
Date: Sat, 5 Dec 2026 14:47:05 -0500
""", body="""Ate Arlene,

Pwede mo ba i-check si Mrs. Dimaculangan sa 6S-08 pag break mo? Yung anak niya tumawag sa
desk, hindi daw sumasagot si Lola sa phone since kahapon. Baka naka-silent lang. Tagalog lang
kasi siya comfortable, kaya ikaw na lang please. Kaka-dialysis lang daw niya kanina so baka
tulog. Sabihin mo na tumawag si Grace (yung anak sa Texas).

Salamat po!
Joyce - Volunteer Services / Gift Shop
""")

# ====================================================================== CLEAN-STAFF
add('clean', 'staff', '', """
From: "Pham, Quynh" <quynh.pham@mercyridge.org>
To: EVS Night Shift <evs.nights@mercyridge.org>
Subject: call outs tonight - need 2 floaters
Date: Sun, 29 Nov 2026 17:12:40 -0500
""", body="""Hi all,

Three call-outs for tonight (two sick, one car trouble) so floors 4 and 5 are uncovered
after 2300. Looking for 2 people willing to float from the OR team once the rooms are
turned over. Double-time after midnight approved by Marisol.

Priority tonight: discharge cleans first, then isolation rooms, then trash runs. Public
restrooms in the lobby can wait until 0400.

Reply to me or text. Thank you!! — Marisol says pizza’s on her.
Quynh
""", cs='windows-1252', cte='quoted-printable')

add('clean', 'staff', '', """
From: "Brooks, Michael (Executive Chef)" <chef.mbrooks@mercyridge.org>
To: FNS All Staff <fns.all@mercyridge.org>
Subject: cafe menu - week of 12/7 + holiday lunch
Date: Wed, 2 Dec 2026 13:00:00 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Team,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Retail cafe menu for the week of 12/7 is below. Patient menu cycle stays on Week 3.</p><br>
<table class="t" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><td><b>Day</b></td><td><b>Entree</b></td><td><b>Vegetarian</b></td><td><b>Soup</b></td></tr>
<tr><td>Mon</td><td>Chicken paprikash</td><td>Mushroom stroganoff</td><td>Lentil</td></tr>
<tr><td>Tue</td><td>Taco bar</td><td>Black bean taco</td><td>Tortilla</td></tr>
<tr><td>Wed</td><td>Pierogi &amp; kielbasa</td><td>Potato-cheese pierogi</td><td>Wedding</td></tr>
<tr><td>Thu</td><td><b>Holiday lunch</b> - roast turkey, stuffing, cranberry</td><td>Stuffed squash</td><td>Butternut</td></tr>
<tr><td>Fri</td><td>Fish sandwich</td><td>Falafel wrap</td><td>Clam chowder (contains shellfish, milk)</td></tr>
</table><br>
<p class="MsoNormal">Allergen cards for every hot-line item must be posted before 1100 &mdash; the auditors
check. Holiday lunch is free for staff with badge; need 4 volunteers to serve, sign up on the sheet by the time clock.</p>
<p class="MsoNormal">Chef</p>""", """<p class="MsoNormal" style="color:#385623"><b>Michael Brooks, CEC</b><br>Executive Chef, Food &amp; Nutrition Services</p>"""))

add('clean', 'staff', '', """
From: Marcus Daniels <marcus.daniels@mercyridge.org>
To: Ray Whitfield <ray.whitfield@mercyridge.org>
Subject: swap Sat
Date: Thu, 3 Dec 2026 11:40:12 -0500
""", body="""Sarge can I swap Sat 12/12 nights with Tran, he takes mine and I take his Sun 12/13 days.
He's OK with it. Also the radio batteries in the charging bank by the ED desk are shot,
3 of them die in under 4 hrs, might be time to order new.
""")

add('clean', 'staff', '', """
From: "Transport Dispatch" <transport.dispatch@mercyridge.org>
To: "Facilities Director" <facilities.director@mercyridge.org>
Cc: "Transport Manager" <transport.mgr@mercyridge.org>
Subject: Elevator B down AGAIN - transport delays
Date: Tue, 1 Dec 2026 10:22:05 -0500
""", body="""Good morning,

Elevator B (the stretcher-sized one by radiology) has been out since 0600 for the 4th time
in two weeks. That leaves one stretcher elevator for the whole tower. This morning our average
job time went from 18 min to 41 min and we had 9 patients late to radiology and 3 late to
dialysis. The OR started two cases late because pre-op pickups were stuck waiting.

Can we get an ETA and, honestly, a plan? If it's going to be down again we need to stage
a runner at each elevator lobby.

Janelle Oduya
Transport Dispatch Supervisor
""")

add('clean', 'staff', '', """
From: "Santos, Joyce" <joyce.santos@mercyridge.org>
To: Gift Shop Volunteers <giftshop.volunteers@mercyridge.org>
Subject: December schedule + holiday hours
Date: Mon, 30 Nov 2026 09:30:00 -0500
""", body="""Hi volunteers!

December schedule is posted in the back room and attached here. A few notes:

- Dec 24: close at 2pm. Dec 25: closed. Dec 31: close at 4pm.
- Thursday mornings still need someone 9-12 (Helen is wintering in Florida, we miss her!).
- New ornament display goes up Tuesday - Ruth and Frank, thank you for volunteering.
- Reminder: NO deliveries to ICU, NICU or isolation rooms. If an order is for one of those,
  call the unit desk and they will tell you what to do.

Cookie exchange is Dec 16 in the volunteer lounge.

Joyce
""", atts=[('file', 'giftshop_dec_schedule.txt', 'text/plain',
"""GIFT SHOP VOLUNTEER SCHEDULE - DECEMBER 2026
          9-12         12-3         3-6
Mon       Ruth         Frank        Doris
Tue       Mae          Frank        OPEN
Wed       Ruth         Lou          Doris
Thu       OPEN         Mae          Lou
Fri       Betty        Betty        Frank
Sat       Lou          OPEN         (closed)
""")])

add('clean', 'staff', '', """
From: "Whitaker, Donna" <donna.whitaker@mercyridge.org>
To: Front Desk Staff <frontdesk.all@mercyridge.org>
Subject: new badge printer / visitor stickers
Date: Fri, 4 Dec 2026 08:10:33 -0500
""", body="""Morning team,

The new visitor badge printer is installed at the main desk. It takes the photo automatically -
please ask visitors to take off sunglasses. Stickers are date-colored: Monday blue, Tuesday green,
etc. If the sticker color is wrong for the day, the visitor goes back to the desk.

Also, a reminder of the winter visiting rules: 2 visitors per patient at a time, kids under 12
with an adult only, and anybody with cold symptoms is asked to wear a mask from the bin.

Thank you for everything this week, we had 1,840 visitors through the main entrance on Sunday.
Donna
""")

add('clean', 'staff', '', """
From: Andre Lewis <andre.lewis@mercyridge.org>
To: Valet Team <valet.team@mercyridge.org>
Subject: Re: tip pool december
Date: Sat, 5 Dec 2026 20:02:17 -0500
""", body="""Works for me. Split by hours like last year. Whoever does the count put it in the
envelope in the lockbox and both leads sign.

Also heads up for next week, the east entrance will be partly coned off for the canopy
repair so the curb only fits 3 cars. Send overflow to the north lobby.

Andre

> From: Tisha Grant
> Sent: Saturday, December 5, 2026 6:40 PM
> To: Valet Team
> Subject: tip pool december
>
> Are we doing the tip pool the same as last year? Split by hours worked? Some folks said
> they want an even split instead. Let me know by Monday.
""")

# ====================================================================== CLEAN-ADMIN
add('clean', 'admin', '', """
From: Facilities Work Orders <workorders@mercyridge.org>
To: "Pham, Quynh" <quynh.pham@mercyridge.org>
Subject: Work Order WO-2026-18844 created: Room 412 Tower B - sink leak
Date: Tue, 1 Dec 2026 09:44:01 -0500
""", body="""Work Order WO-2026-18844

Location:     Tower B, Floor 4, Room 412 (patient room) - bathroom
Requested by: Quynh Pham (EVS)
Priority:     2 - Urgent (water on floor)
Description:  Slow leak under bathroom sink, EVS put wet floor sign and towels down.
              Room is occupied - knock and coordinate with the nurse before entering.
Assigned:     Plumbing shop
Status:       OPEN

You will be notified when this work order is updated.
""")

add('clean', 'admin', '', """
From: "Harbor Foodservice - AR" <ar@harborfoodsvc.com>
To: "FNS Purchasing" <fns.purchasing@mercyridge.org>
Subject: Credit memo CM-55128 - produce shortage 11/30
Date: Mon, 30 Nov 2026 15:20:44 -0500
""", body="""Hello Mercy Ridge,

Credit memo CM-55128 has been issued against invoice 9930412 for the following short items
from your 11/30 delivery:

  SKU 44120  Romaine hearts 3ct 12/cs     2 cs  @ $38.40   = $76.80
  SKU 50231  Bananas green-tip 40lb       1 cs  @ $27.15   = $27.15
  SKU 61007  Thickened water nectar 48/cs 1 cs  @ $54.90   = $54.90
                                                  Total     $158.85

Credit will apply to your next statement. Please contact your rep, Diane Kowalski, with questions.

Harbor Foodservice Accounts Receivable
""")

add('clean', 'admin', '', """
From: "Quality & Accreditation" <quality@mercyridge.org>
To: "EVS Managers" <evs.managers@mercyridge.org>
Cc: "Infection Prevention" <ip@mercyridge.org>
Subject: November EVS cleaning audit results (ATP + fluorescent marker)
Date: Thu, 3 Dec 2026 14:05:22 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Hello EVS leadership,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Summary of the November discharge/terminal cleaning audits. 120 rooms sampled across all units.</p><br>
<table class="t" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><td><b>Surface</b></td><td><b>Pass rate</b></td><td><b>Oct</b></td></tr>
<tr><td>Bed rails</td><td>94%</td><td>91%</td></tr>
<tr><td>Call button / TV remote</td><td>78%</td><td>72%</td></tr>
<tr><td>Over-bed table</td><td>96%</td><td>95%</td></tr>
<tr><td>Toilet flush handle</td><td>88%</td><td>90%</td></tr>
<tr><td>Isolation room door handles</td><td>81%</td><td>84%</td></tr>
</table><br>
<p class="MsoNormal">The remotes remain our weakest surface. Infection Prevention recommends adding the remote to the
checklist card explicitly. The Joint Commission window opens in March.</p>
<p class="MsoNormal">Regards,<br>Patrice Odom, MSN<br>Director, Quality &amp; Accreditation</p>""", DISC))

add('clean', 'admin', '', """
From: "Emergency Management" <emergency.mgmt@mercyridge.org>
To: "All Department Managers" <managers.all@mercyridge.org>
Subject: Q1 drill calendar - Code Pink, Code Gray, fire
Date: Fri, 4 Dec 2026 12:00:00 -0500
""", body="""Managers,

Q1 2027 drill schedule. Drills are unannounced to front-line staff; please do not share dates.

  Jan 14  Fire drill - Tower A, 2nd shift
  Jan 27  Code Pink (infant abduction) - Women's & Children's, day shift
  Feb 10  Code Gray (missing adult patient) - Tower B
  Feb 24  Fire drill - Parking garage / valet / MOB
  Mar 09  Active shooter tabletop - Security, Front Desk, ED leadership
  Mar 23  Decon/HazMat - ED

Security and Front Desk: the Code Pink drill includes a lockdown of the main lobby and
garage exits, so plan for valet and parking booth coverage.

Evaluations will be sent out within 2 weeks after each drill.

Emergency Management
""")

add('clean', 'admin', '', """
From: "Parkway Garage Solutions" <contracts@parkwaygarage.com>
To: "Vaughn, Richard" <richard.vaughn@mercyridge.org>
Subject: Garage management agreement - renewal terms 2027
Date: Wed, 2 Dec 2026 16:30:48 -0500
""", body="""Richard,

As discussed, attached is the redline for the 2027-2029 garage and valet management agreement.
Main changes:

 1. Management fee up 3.5% (was 4% in the first draft).
 2. Validation program: we'll move family/patient validations to QR codes printed at the
    unit desks. Monthly report to you will show validation counts by department only.
 3. Valet damage claims: deductible stays at $500 per incident, Parkway's insurer handles
    claims over that.
 4. Hours at east entrance extended to 11pm weekdays.

Let me know when legal has had a look.

Best,
Nicole Arceneaux
Parkway Garage Solutions
""", atts=[('file', 'MRMC_Parkway_Agreement_2027_redline.txt', 'text/plain',
"""SECTION 4. VALIDATIONS
4.1 Owner may validate parking for patients, visitors and families through unit-issued
QR codes. Operator shall report monthly validations by issuing department.
4.2 Operator shall not collect or retain patient names in connection with validations.
SECTION 7. CLAIMS
7.1 Operator shall be responsible for vehicle damage claims arising from valet operations
subject to a per-incident deductible of Five Hundred Dollars ($500).
""")])

add('clean', 'admin', '', """
From: "Albrecht, Heidi" <heidi.albrecht@mercyridge.org>
To: "Supply Chain - Contracts" <contracts@mercyridge.org>
Subject: enteral formula contract - usage numbers for bid
Date: Tue, 1 Dec 2026 11:11:11 -0500
""", body="""Hi Doug,

For the enteral formula RFP, here's our trailing 12-month usage (cases of 24, 1000 mL RTH unless noted):

  Standard 1.2 w/ fiber    1,140 cs
  High protein 1.5         620 cs
  Renal 1.8                210 cs
  Peptide-based 1.0        185 cs
  Pediatric 1.0 (8oz cans) 96 cs

Tube feeding volume is up about 12% year over year, mostly ICU. We'd like pricing on closed
system only; we're phasing out open cans on the floors except peds.

Heidi
""")

add('clean', 'admin', '', """
From: "Security Administration" <security.admin@mercyridge.org>
To: "All Staff" <allstaff@mercyridge.org>
Subject: Updated Lost & Found policy (SEC-014) effective Jan 1
Date: Mon, 30 Nov 2026 10:00:00 -0500
""", body="""All staff,

Policy SEC-014 Lost and Found has been revised. Key points:

  * Found items go to Security within the same shift, not left at unit desks.
  * Medications found are given to Pharmacy, not Security.
  * Dentures, hearing aids and glasses are logged separately and held 90 days (other items 30 days).
  * Unclaimed clothing is donated to the ED clothing closet; unclaimed electronics are wiped
    and recycled.
  * Patients' belongings bags from the ED are NOT lost and found - they follow the patient.

The full policy is on the intranet under Policies > Security. Questions: security.admin@mercyridge.org
""")

# ====================================================================== CLEAN-LOOKALIKE
add('clean', 'lookalike', '', """
From: North Hills Animal Hospital <reminders@northhillsvet.com>
To: kayla.reuben@gmail.com
Subject: Reminder: Biscuit's dental cleaning on Tuesday 12/8
Date: Fri, 4 Dec 2026 07:00:00 -0500
""", html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hi Kayla,</p>
<p>This is a reminder that <b>Biscuit</b> (canine, Beagle mix, patient ID 20331) is scheduled for a
<b>dental cleaning under anesthesia</b> on <b>Tuesday, December 8 at 7:30 AM</b> with Dr. Hanley.</p>
<ul><li>No food after 10 PM the night before. Water is OK.</li>
<li>Please bring any current medications in their bottles.</li>
<li>Pickup is usually between 3 and 5 PM. We'll call you when Biscuit is waking up.</li></ul>
<p>Estimate on file: $485&ndash;$720 (extractions extra). Need to reschedule? Call (412) 367-2200.</p>
<p>North Hills Animal Hospital &middot; 4100 McKnight Rd</p></body></html>""")

add('clean', 'lookalike', '', """
From: FreshPlate Meals <hello@freshplatemeals.com>
To: renee.dalton@gmail.com
Subject: Renee, your allergy-friendly menu for next week is ready 🥗
Date: Sat, 5 Dec 2026 06:15:00 -0500
""", body="""Hi Renee,

Your preferences: NO PEANUTS · NO SHELLFISH · LOW SODIUM

Here's what's cooking for delivery Tuesday 12/8:
  - Lemon herb chicken with farro (low sodium)
  - Coconut curry lentils (vegan, nut-free)
  - Turkey meatballs with zoodles (gluten-free)

Want to swap a meal? Edit your box by Sunday 11:59pm.
Use code DIETITIAN20 for 20% off a box for a friend.

FreshPlate Meals · Unsubscribe · Manage preferences
""")

add('clean', 'lookalike', '', """
From: Steel City Fitness <membership@steelcityfitness.com>
To: "Marcus Daniels" <mdaniels.pgh@gmail.com>
Subject: Your membership freeze is confirmed
Date: Mon, 30 Nov 2026 12:30:00 -0500
""", body="""Hi Marcus,

Your membership (#SCF-0048813) is frozen from 12/01/2026 through 02/28/2027 as requested.
Your monthly dues of $39.99 will resume on 03/01/2027. A $5/month freeze fee applies.

Your personal training sessions (4 remaining) will be held until you return.

Questions? Stop by the front desk or reply to this email.

Steel City Fitness - Mt. Lebanon
""")

add('clean', 'lookalike', '', """
From: City of Pittsburgh Parking Court <noreply@pittsburghparkingcourt.gov>
To: andre.lewis77@gmail.com
Subject: Citation 7714-02291 - hearing result
Date: Wed, 2 Dec 2026 09:00:00 -0500
""", body="""Citation #: 7714-02291
Plate: PA LKM-2281
Violation: Expired meter - 1200 Ridge Ave (hospital district)
Issued: 11/12/2026 14:32
Amount: $45.00

Hearing result: DISMISSED. The hearing officer accepted your receipt showing payment through
the ParkMobile app at the time of citation. No further action is required.

City of Pittsburgh - Parking Court
""")

add('clean', 'lookalike', '', """
From: "Events - Primanti Bros Strip District" <events@primantisstrip.com>
To: "Pham, Quynh" <quynh.pham@mercyridge.org>
Subject: RE: EVS holiday party 12/18 - 45 guests
Date: Tue, 1 Dec 2026 15:45:00 -0500
""", body="""Hi Quynh,

Confirmed for Friday 12/18, 6:30-9:30pm, back room, 45 guests, buffet package B.

Per your note we'll have a separate gluten-free station (4-5 guests) and label everything
with nuts. Vegetarian: pasta primavera and the grilled veggie sandwich. We can do halal
chicken for up to 8 if you confirm by 12/11.

Deposit of $400 received. Balance due the night of.

Thanks!
Megan - Events
""")

add('clean', 'lookalike', '', """
From: GoodHealth Pharmacy Rewards <rewards@goodhealthrx.com>
To: gary.lind@aol.com
Subject: You've earned $10 in Wellness Bucks!
Date: Thu, 3 Dec 2026 08:00:00 -0500
""", html="""<html><body style="font-family:Verdana;font-size:13px">
<h2 style="color:#C8102E">Nice work, Gary!</h2>
<p>You reached 1,000 points and earned <b>$10 Wellness Bucks</b>. Use them on vitamins, cold &amp; flu,
first aid and more. (Not valid on prescriptions, tobacco, alcohol or gift cards.)</p>
<p>Flu shots are walk-in at most locations &mdash; no appointment needed, $0 with most insurance.</p>
<p>Rewards # ending 5521 &middot; Expires 01/31/2027</p>
<p style="font-size:10px;color:#999">GoodHealth Pharmacy, 200 Commerce Dr. Unsubscribe.</p></body></html>""")

add('clean', 'lookalike', '', """
From: Erie Insurance Claims <claims@erieinsurance-mail.com>
To: Tisha Grant <tisha.grant@mercyridge.org>
Subject: Claim 0004-88120 - vehicle inspection scheduled
Date: Fri, 4 Dec 2026 13:22:00 -0500
""", body="""Dear Ms. Grant,

Thank you for reporting the incident at the Mercy Ridge Medical Center east valet lane on
11/24/2026 involving a vehicle in your company's care (2021 Subaru Outback). Under the garage
keepers policy held by Parkway Garage Solutions, an appraiser will inspect the vehicle on
Tuesday 12/8 between 10 am and 12 pm.

Please have the valet ticket, incident report and any camera footage available.

Claim number: 0004-88120
Adjuster: Brian Kessler, 814-870-2200 ext. 4412

Erie Insurance - Commercial Claims
""")

# ====================================================================== CLEAN-NEWS
add('clean', 'news', '', """
From: "Mercy Ridge Communications" <communications@mercyridge.org>
To: "All Staff" <allstaff@mercyridge.org>
Subject: The Ridge Weekly: EVS Week, new UV robots, and a 40-year milestone
Date: Mon, 30 Nov 2026 07:00:00 -0500
""", html=htmlwrap("""
<h2 style="color:#00557F;font-family:Georgia">The Ridge Weekly</h2>
<h3>Thank you, Environmental Services!</h3>
<p class="MsoNormal">This week we celebrate our 212 EVS team members, who cleaned more than 38,000 patient rooms
last year, including 4,100 isolation rooms. Stop by the cafeteria Wednesday for free cupcakes.</p>
<h3>Meet Zap and Bolt</h3>
<p class="MsoNormal">Our two new UV-C disinfection robots are now in service. After a terminal clean, the robot runs
a 10-minute cycle that studies show further reduces C. difficile and MRSA on high-touch surfaces.</p>
<h3>40 years at the front desk</h3>
<p class="MsoNormal">Congratulations to Gloria Esposito, who has greeted visitors at the main lobby since 1986.
&ldquo;I&rsquo;ve given directions to the cafeteria about a million times,&rdquo; she laughs.</p>"""))

add('clean', 'news', '', """
From: "Allegheny County Health Dept" <achd-alerts@alleghenycounty.us>
To: "Infection Prevention" <ip@mercyridge.org>
Subject: Respiratory Virus Surveillance Update - Week 48
Date: Fri, 4 Dec 2026 16:00:00 -0500
""", body="""ALLEGHENY COUNTY HEALTH DEPARTMENT
Respiratory Virus Surveillance - MMWR Week 48 (Nov 22-28, 2026)

Influenza: 612 lab-confirmed cases (up 48% from week 47); 71 hospitalizations; 2 deaths (adults 65+).
RSV: 188 cases; pediatric hospitalizations stable.
COVID-19: 240 cases; wastewater levels moderate and rising.
Norovirus: 3 long-term care facility outbreaks reported.

Recommendations for healthcare facilities: consider visitor masking in high-risk units,
reinforce bleach-based cleaning for norovirus, and encourage staff vaccination.

This is a public health update. No action required.
""")

add('clean', 'news', '', """
From: "FNS Newsletter" <fns.newsletter@mercyridge.org>
To: FNS All Staff <fns.all@mercyridge.org>
Subject: Nutrition Notes - December
Date: Tue, 1 Dec 2026 08:30:00 -0500
""", body="""NUTRITION NOTES - December 2026

* Tray accuracy: 99.2% in November (goal 99.5%). Most errors were condiment packets and
  missing utensils. One allergen near-miss was caught on the unit - see the new double-check
  step at the end of the line.
* Patient satisfaction with food temperature rose to 78th percentile.
* Recipe of the month: low-sodium turkey chili (serves 40) - in the recipe binder.
* Congratulations to Kasia Nowicka, RD, who passed her CNSC exam!
* Reminder: IDDSI texture labels replace the old "mechanical soft" names on January 4.
""")

add('clean', 'news', '', """
From: "Google Alerts" <googlealerts-noreply@google.com>
To: richard.vaughn@mercyridge.org
Subject: Google Alert - "Mercy Ridge" parking
Date: Thu, 3 Dec 2026 06:00:00 -0500
""", body="""Google Alert - "Mercy Ridge" parking

NEWS
Mercy Ridge garage expansion gets zoning nod
Pittsburgh Business Times
The city zoning board on Tuesday approved a 400-space addition to the Mercy Ridge Medical
Center garage on Ridge Avenue, which hospital officials say will ease a chronic shortage for
patients and families...

Residents say hospital visitors crowd side streets
Northside Chronicle
Neighbors along Brighton Road told council members that visitors to the hospital's emergency
department routinely park in permit-only zones...

Unsubscribe from this Google Alert.
""")

add('clean', 'news', '', """
From: "Healthcare Facilities Today" <newsletter@hcfacilitiestoday.com>
To: quynh.pham@mercyridge.org
Subject: Study: hand hygiene compliance drops 20% on night shift
Date: Wed, 2 Dec 2026 05:30:00 -0500
""", html="""<html><body style="font-family:Arial">
<h2>Healthcare Facilities Today</h2>
<h3>Night-shift hand hygiene lags, multi-site study finds</h3>
<p>Across 14 hospitals using electronic monitoring, compliance on night shift averaged 61%,
versus 79% on day shift. EVS and transport staff had the largest gaps, which authors linked to
dispenser placement on elevator lobbies and corridors.</p>
<h3>Also in this issue</h3>
<ul><li>Five questions to ask before buying a UV disinfection robot</li>
<li>Valet and wayfinding: the patient experience starts in the garage</li>
<li>Webinar: Terminal cleaning after C. diff &mdash; what the evidence says</li></ul>
<p style="font-size:10px">You are receiving this because you subscribed. Unsubscribe.</p></body></html>""")

add('clean', 'news', '', """
From: "Security Director" <security.director@mercyridge.org>
To: "Security All" <security.all@mercyridge.org>
Subject: FW: Workplace violence in hospitals - new IAHSS survey
Date: Sat, 5 Dec 2026 11:15:00 -0500
""", body="""Worth a read before our de-escalation refresher.

---------- Forwarded message ---------
From: IAHSS Member News <news@iahss.org>
Subject: 2026 Healthcare Crime Survey released

The 2026 IAHSS Healthcare Crime Survey reports assaults on hospital staff rose 9% over the
prior year, with emergency departments and behavioral health units accounting for 64% of
incidents. Security officers were involved in restraint assists in 1 of every 140 ED visits
at responding facilities. The survey covers 312 hospitals in the US and Canada.
""")

# ====================================================================== CLEAN-TRAINING
add('clean', 'training', '', """
From: "Security Training" <security.training@mercyridge.org>
To: "Security Officers" <security.officers@mercyridge.org>
Subject: Code Gray tabletop - scenario packet for 12/10
Date: Tue, 1 Dec 2026 13:30:00 -0500
""", body="""Officers,

Scenario for next Thursday's tabletop. Read before you come.

SCENARIO (fictional):
At 1615 the charge nurse on 5 North reports that "Mr. Test Patient" (sample MRN TEST0000001),
an 80-year-old who has been confused since admission, is not in his room. Last seen 20 minutes
ago near the east stairwell. He is wearing a hospital gown and a blue cardigan.

Discussion points:
 1. Who calls the Code Gray, and what information goes out overhead vs. on the radio?
 2. Which exits get posted first? (Hint: think garage level 2.)
 3. When do we call the police?
 4. What does the debrief with the unit look like?

Sgt. Whitfield will play the nurse. Bring your radio.
""")

add('clean', 'training', '', """
From: "Tran, Bao" <bao.tran@mercyridge.org>
To: "Integration Team" <integration@mercyridge.org>
Subject: TEST env - diet order test messages for CBORD upgrade
Date: Wed, 2 Dec 2026 15:02:00 -0500
""", body="""Devon,

Please load these into the CBORD TEST environment (not prod). All test patients, ZZ-prefixed.

MSH|^~\\&|EPIC|MRMC|CBORD|FNS|202612021500||ORM^O01|TEST0001|T|2.4
PID|1||ZZ000001^^^MRMC^MR||ZZTEST^DIETONE||19000101|F
PV1|1|I|TEST^01^1
ORC|NW|TESTORD0001
ODS|D||CARB60^Carbohydrate Controlled 60g^CBORD

MSH|^~\\&|EPIC|MRMC|CBORD|FNS|202612021501||ORM^O01|TEST0002|T|2.4
PID|1||ZZ000002^^^MRMC^MR||ZZTEST^DIETTWO||19000101|M
PV1|1|I|TEST^02^1
ORC|NW|TESTORD0002
ODS|D||NPO^Nothing by mouth^CBORD

Expected: ticket prints in TEST printer queue with "ZZTEST" banner. Processing ID is T.
Bao
""")

add('clean', 'training', '', """
From: "EVS Education" <evs.education@mercyridge.org>
To: "EVS New Hires" <evs.newhires@mercyridge.org>
Subject: Terminal clean checklist - week 2 orientation
Date: Thu, 3 Dec 2026 07:30:00 -0500
""", body="""Welcome to week 2! Here's the terminal clean checklist we'll practice in the mock room (Room 000,
Education Center). Work top to bottom, clean to dirty.

 [ ] Hand hygiene, PPE per the sign on the door
 [ ] Remove linen and trash; bag separately
 [ ] Remove and bag privacy curtain (every terminal clean)
 [ ] High dusting: lights, vents, top of TV
 [ ] High-touch: bed rails, call button, remote, over-bed table, phone, light switches
 [ ] Bathroom last: sink, toilet, grab bars, shower
 [ ] Bleach product for rooms with an enteric sign (green sign)
 [ ] Floor: dust mop then wet mop, back out of the room
 [ ] UV robot if requested by dispatch
 [ ] Call dispatch / mark room clean in TeleTracking

Quiz on Friday. You've got this!
""")

add('clean', 'training', '', """
From: "Clinical Nutrition Education" <nutrition.ed@mercyridge.org>
To: "Diet Techs" <fns.diettechs@mercyridge.org>
Subject: Allergy & texture quiz (practice)
Date: Fri, 4 Dec 2026 10:00:00 -0500
""", body="""Practice quiz - cases are made up, answers at the bottom. Don't peek!

1. Patient A is on a renal diet with a shellfish allergy. The hot line has shrimp scampi,
   baked chicken, and mashed potatoes. What can go on the tray?
2. Patient B has an IDDSI Level 4 (pureed) order and asks for toast. What do you say?
3. Patient C is NPO for a procedure at 11:00. The unit calls at 10:55 asking for a tray.
   What do you do first?
4. Patient D's ticket says "peanut - anaphylaxis" but the dessert is a store-bought cookie
   without a label. Send it or not?

Answers: 1) baked chicken, limited potato portion per renal guidelines; 2) offer a pureed
bread/slurry option, explain texture safety; 3) confirm the order in the system - do not go
by the phone call; 4) NOT without an ingredient label.
""")

add('clean', 'training', '', """
From: "Security Training" <security.training@mercyridge.org>
To: "Security All" <security.all@mercyridge.org>
Subject: De-escalation refresher - case vignettes
Date: Sat, 5 Dec 2026 09:00:00 -0500
""", html=htmlwrap("""
<p class="MsoNormal">Team, vignettes for the 12/15 refresher. These are composites; names, units and details
are changed and do not describe any actual patient.</p><br>
<p class="MsoNormal"><b>Vignette 1.</b> A man in his 50s in the ED waiting room has waited 6 hours and is shouting
at the triage desk. His wife is crying. What is your opening line?</p><br>
<p class="MsoNormal"><b>Vignette 2.</b> An elderly inpatient is trying to leave, insisting she has to pick up her
children from school. Her children are in their 60s. How do you redirect without arguing?</p><br>
<p class="MsoNormal"><b>Vignette 3.</b> A visitor refuses to leave after hours and says her brother is "dying and
nobody cares." What options can you offer instead of removal?</p><br>
<p class="MsoNormal">Remember: hands-on is the last tool, not the first. Restraint assists only at the direction of
a licensed provider.</p>"""))

add('clean', 'training', '', """
From: "Transport Education" <transport.ed@mercyridge.org>
To: "Patient Transport" <transport.all@mercyridge.org>
Subject: Annual competencies - O2 tanks & wheelchair safety
Date: Mon, 30 Nov 2026 14:00:00 -0500
""", body="""Hi all,

Annual competencies are due by 12/31. Two stations this year:

Station 1 - Portable oxygen: reading the gauge, calculating minutes left
  Practice: an E cylinder at 1,500 psi running at 2 L/min lasts about how long?
  (E tank factor 0.28 -> 1500 x 0.28 / 2 = 210 min, minus 200 psi safety reserve)

Station 2 - Wheelchair & stretcher safety: brakes, footrests, IV pole attachment,
  never pushing two at once, elevator entry feet-first on stretchers.

Sign up for a slot on the SharePoint calendar. Each station takes about 15 minutes.
Transport Education
""")

# ====================================================================== OUTPUT
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for m in M:
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(m)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append([fname, m['label'], m['kind'], m['pname'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')
    for k in sorted(counters):
        print(k, counters[k])

if __name__ == '__main__':
    main()
