#!/usr/bin/env python3
"""Blind evaluation set: hand-written healthcare / people-side-of-care e-mail.
Standard library only, deterministic. Every message below was written by hand."""
import csv, io, os, zipfile, hashlib, random, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64
from email import encoders, message_from_bytes
from email.policy import compat32
from email.header import Header
from email.utils import getaddresses, formataddr

random.seed(2711)  # not actually used for content; everything is literal
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(label, kind, patient, hdr, body, html=None, att=(), charset='utf-8',
        cte=None, fwd=None):
    M.append(dict(label=label, kind=kind, patient=patient, hdr=hdr, body=body,
                  html=html, att=att, charset=charset, cte=cte, fwd=fwd))

def zipit(inner, content):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner, date_time=(2026, 11, 3, 9, 14, 0))
        z.writestr(zi, content)
    return b.getvalue()

def _cs(charset, cte):
    cs = Charset(charset)
    if cte == 'qp':
        cs.body_encoding = QP
    elif cte == 'b64':
        cs.body_encoding = BASE64
    elif cte == '8bit':
        cs.body_encoding = None
    return cs

def _text(body, sub, charset, cte):
    return MIMEText(body, sub, _cs(charset, cte))

def _headers(hdr):
    out = []
    for line in hdr.strip('\n').split('\n'):
        if line.startswith((' ', '\t')) and out:
            out[-1] = (out[-1][0], out[-1][1] + ' ' + line.strip())
            continue
        k, v = line.split(':', 1)
        out.append((k.strip(), v.strip()))
    return out

def _enc_header(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        pass
    if '<' in v and '>' in v:
        parts = []
        for name, addr in getaddresses([v]):
            parts.append(formataddr((name, addr), charset='utf-8'))
        return ', '.join(parts)
    return Header(v, 'utf-8').encode()

def build(m, idx):
    textpart = _text(m['body'], 'plain', m['charset'], m['cte'])
    if m['html'] is not None:
        body = MIMEMultipart('alternative')
        body.attach(textpart)
        body.attach(_text(m['html'], 'html', m['charset'], m['cte']))
    else:
        body = textpart
    if m['att'] or m['fwd'] is not None:
        root = MIMEMultipart('mixed')
        root.attach(body)
        if m['fwd'] is not None:
            inner = build(dict(m['fwd'], label='', kind='', patient=''), None)
            root.attach(MIMEMessage(inner))
        for a in m['att']:
            name, content, ctype = a[0], a[1], a[2]
            enc = a[3] if len(a) > 3 else None
            maint, subt = ctype.split('/')
            if maint == 'text' and isinstance(content, str):
                p = _text(content, subt, a[4] if len(a) > 4 else 'utf-8', enc)
            else:
                p = MIMEBase(maint, subt)
                if isinstance(content, str):
                    content = content.encode('utf-8')
                p.set_payload(content)
                encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=name)
            root.attach(p)
    else:
        root = body
    hs = _headers(m['hdr'])
    for k, v in hs:
        root[k] = _enc_header(v)
    if idx is not None and not any(k.lower() == 'message-id' for k, _ in hs):
        frm = dict((k.lower(), v) for k, v in hs).get('from', 'x@example.org')
        dom = frm.split('@')[-1].strip('> ')
        h = hashlib.sha1(('%d|%s' % (idx, m['hdr'])).encode()).hexdigest()
        root['Message-ID'] = '<%s.%s@%s>' % (h[:12], h[12:20], dom)
    # put the MIME headers after the envelope headers, as mail clients do
    for h in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        if h in root:
            raw = root._headers
            keep = [(k, v) for k, v in raw if k.lower() == h.lower()]
            root._headers = [(k, v) for k, v in raw if k.lower() != h.lower()] + keep
    return root

# ============================ phi-care ============================
add('phi', 'phi-care', 'Okafor', """
From: Brightwater Pediatrics Nurse Line <nurseline@brightwaterpeds.com>
To: Adaeze Okafor <adaeze.okafor@gmail.com>
Subject: RE: Jaden throat swab??
Date: Tue, 3 Nov 2026 14:22:10 -0500
""", """Hi Mrs. Okafor,

Jaden's throat culture from Friday came back and Dr. Lindqvist has looked at it. Nothing grew, so he
does NOT need to start the antibiotic. You can go ahead and throw out the paper script she gave you
at the visit.

If he still isn't eating or the fever comes back after 48 hours, call us and we'll get him back in.

Thanks,
Renata, RN
Brightwater Pediatrics | 2200 Harmon Rd, Suite 4 | (614) 788-2043

-----Original Message-----
From: Adaeze Okafor <adaeze.okafor@gmail.com>
Sent: Tuesday, November 3, 2026 9:05 AM
To: Brightwater Pediatrics Nurse Line <nurseline@brightwaterpeds.com>
Subject: Jaden throat swab??

Hello, it has been 4 days and nobody called me about my son's swab. Dr said she would call if it
was positive but I don't want to assume. He is 6, DOB 2/14/2020. Should I still give the medicine?
Adaeze
""")

add('phi', 'phi-care', 'Beck', """
From: "Elm Street Pharmacy #0418" <store0418@elmstreetrx.com>
To: "Karen Beck-Sorensen" <kbsorensen@outlook.com>
Subject: Re: Dad's prescriptions
Date: Wed, 28 Oct 2026 11:47:33 -0400
""", """Hi Karen,

Both of Harold's refills are done. The metoprolol (Rx 4471903) is ready now. The atorvastatin
(Rx 4471922) insurance paid too, $0 copay. We are holding them at the pickup counter under BECK,
HAROLD until Nov 7.

Since you're on his HIPAA form you can pick up, just bring your ID.

Thank you,
Miguel Santos, CPhT
Elm Street Pharmacy #0418
""", html="""<html><head><style>
p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
.sig {color:#1F4E79; font-size:9pt;}
</style></head><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>Hi Karen,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Both of Harold&#8217;s refills are done. The metoprolol (Rx 4471903) is ready now. The atorvastatin
(Rx 4471922) insurance paid too, $0 copay. We are holding them at the pickup counter under <b>BECK, HAROLD</b> until Nov 7.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Since you&#8217;re on his HIPAA form you can pick up, just bring your ID.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you,</p>
<p class="MsoNormal sig">Miguel Santos, CPhT<br>Elm Street Pharmacy #0418<br>
<i>This e-mail may contain confidential information. If you received it in error please delete it.</i></p>
</div></body></html>""")

add('phi', 'phi-care', 'Vance', """
From: Scheduling - Lakeside GI <scheduling@lakesidegi.org>
To: dolores.vance1951@aol.com
Subject: Your procedure on Monday 11/16 - prep instructions attached
Date: Mon, 9 Nov 2026 08:02:55 -0600
""", """Dear Ms. Vance,

This confirms your colonoscopy with Dr. Bertrand Achebe on Monday, November 16, 2026.
Please arrive at 7:15 AM at the Lakeside Endoscopy Center, 2nd floor. Your procedure is at 8:00.

You will need a driver. We cannot release you to a taxi or rideshare.

The split-dose prep instructions are attached. Please stop your iron pills 5 days before.

If you need to cancel, call 952-441-6870 at least 72 hours ahead.

Lakeside Gastroenterology Scheduling
""", att=[('Vance_D_prep_instructions.txt', """LAKESIDE GASTROENTEROLOGY - SPLIT DOSE PREP
Patient: Dolores Vance      Procedure date: 11/16/2026   Arrival: 7:15 AM
Physician: B. Achebe, MD

5 DAYS BEFORE: stop iron supplements, fiber supplements.
1 DAY BEFORE (Sun 11/15): clear liquids only all day. No red or purple.
  6:00 PM drink first half of prep (16 oz) over 1 hour, then 16 oz water.
DAY OF (Mon 11/16): 3:00 AM drink second half. Nothing by mouth after 5:00 AM.
Bring: insurance card, photo ID, medication list, your driver.
""", 'text/plain')])

add('phi', 'phi-care', 'Tran', """
From: Lisa Huong <lhuong@northgateortho.com>
To: "Tran, Minh" <minhtran.77@yahoo.com>
Subject: MRI
Date: Thu, 22 Oct 2026 16:40:02 -0700
""", """Mr Tran - Dr Feldman reviewed your MRI from 10/19. He wants to see you in clinic to go over it,
not by phone. I have you Tue 10/27 at 10:40. Reply yes or call 503-227-9914 to change.
Lisa, MA
""")

add('phi', 'phi-care', 'Marsh', """
From: Patient Accounts <billing@riverbendpt.com>
To: Kevin Marsh <kmarsh.contracting@gmail.com>
Subject: Statement – Account 200-3381 – Balance due $412.60
Date: Fri, 16 Oct 2026 10:15:00 -0500
""", """Hello Kevin,

Per your call this morning, here’s the breakdown of what’s left on your account after Blue Prairie
processed the claims. Your plan’s deductible hadn’t been met, which is why the first visits show
a larger patient portion.

  Date of service   Description                          Charge    Ins paid   You owe
  08/04/2026        PT evaluation, moderate complexity   $245.00   $0.00      $168.30
  08/11/2026        Therapeutic exercise x3 units        $186.00   $0.00      $127.70
  08/18/2026        Therapeutic exercise x2, manual x1   $171.00   $54.40     $ 67.20
  08/25/2026        Therapeutic exercise x2              $124.00   $74.60     $ 49.40
                                                                   Total:     $412.60

We’re happy to set up a payment plan — $50/month with no interest. Just reply “plan” and I’ll send
the form.

Warm regards,
Tammy O’Neil
Riverbend Physical Therapy – Patient Accounts
""", charset='windows-1252', cte='qp')

add('phi', 'phi-care', 'Raman', """
From: Arjun Raman <arjun.raman@fastmail.com>
To: Priya Raman <priya.r.raman@gmail.com>
Subject: Fw: Lab appointment confirmation
Date: Sat, 7 Nov 2026 19:03:41 +0000
""", """Priya - this came to my email because I'm still listed as the contact. It's for Tuesday, don't
forget no breakfast. I can drive you if you want.

-A

________________________________
From: Quest Point Labs <noreply@questpointlabs.com>
Sent: Saturday, November 7, 2026 1:58 PM
To: Arjun Raman
Subject: Lab appointment confirmation

Appointment confirmed

Patient: PRIYA RAMAN
Date: Tuesday, November 10, 2026  7:30 AM
Location: QuestPoint Patient Service Center - Oakbrook, 1150 W 22nd St
Tests ordered: Lipid panel, Hemoglobin A1c, Comprehensive metabolic panel
Ordering provider: Sunita Mehra, MD
Special instructions: Fasting 10-12 hours. Water is OK.

To reschedule visit questpointlabs.com/appointments. Do not reply to this message.
""")

add('phi', 'phi-care', 'Whitlock', """
From: Front Desk <frontdesk@cedarhollowcounseling.com>
To: jwhitlock@whitlockfamily.net
Subject: Sam's Thursday appointment
Date: Mon, 2 Nov 2026 12:31:19 -0500
""", """Hi Joanne,

Dr. Ngo had to move Sam's session this week from Wednesday 5pm to Thursday 11/5 at 4:00. Same room,
same telehealth link if you'd rather do it from home. Copay is still $30.

Let us know if Thursday doesn't work for him with school.

Bea
Cedar Hollow Counseling
""")

# ============================ phi-names ============================
add('phi', 'phi-names', 'Abernathy', """
From: Claire Abernathy-Holt <claire.holt@me.com>
To: Ben Abernathy <benabernathy@gmail.com>, Sue Abernathy <sue.aber@comcast.net>
Subject: Re: Mom's pills - who's doing the Sunday box?
Date: Sun, 25 Oct 2026 21:12:08 -0400
""", """I'll do it this week. FYI when I was there Thurs Gran (Ruthie, as the aides call her) had
the little white one for her thyroid out on the counter again so I think she's doubling up. I
called Dr Pasternak's nurse and they're going to switch her to the blister packs from the pharmacy.

Ben can you take her to the eye appt on the 3rd? It's at 1:15, Dr. Kim, the one by the Target.

> On Oct 25, 2026, at 6:40 PM, Sue Abernathy <sue.aber@comcast.net> wrote:
>
> Someone needs to fill Mom's pill box for the week, I did it the last two times.
> Also did anyone hear back about her bloodwork?
""")

add('phi', 'phi-names', 'Kowalski', """
From: Denise Pruitt <dpruitt@meadowviewfamilymed.com>
To: Dr. Samuel Iverson <siverson@meadowviewfamilymed.com>
Cc: Tamsin Greer <tgreer@meadowviewfamilymed.com>
Subject: call back - Kowalski
Date: Wed, 4 Nov 2026 09:48:50 -0600
""", """Dr I,

Kowalski, Theresa called again (3rd time) about Walter's walker order - DME place says they never
got the signed face-to-face note. She's pretty upset, said he almost fell getting out of the tub
Sunday. Tamsin says the note is in your inbox to sign. Can you sign today so I can fax it to
Medi-Supply?

Her cell 815-302-7716.

Denise
""")

add('phi', 'phi-names', 'Halvorsen', """
From: Nils Halvorsen <nhalvorsen@frontier.net>
To: Clinic Nurse <nurse@prairieinternalmed.com>
Subject: Ingrid Halvorsen BP log week of 10/26
Date: Mon, 2 Nov 2026 07:15:44 -0600
""", """Here it is. She has been good about taking it every morning this week, before coffee like you said.

Mon 148/86
Tue 139/84
Wed 152/90 (she was upset about the furnace)
Thu 141/82
Fri 136/80
Sat 144/85
Sun 138/79

Nils (husband)
""")

add('phi', 'phi-names', 'Oyelaran', """
From: Tamsin Greer <tgreer@meadowviewfamilymed.com>
To: Dr. Rachel Feld <rfeld@meadowviewfamilymed.com>
Subject: quick q
Date: Thu, 5 Nov 2026 13:02:11 -0600
""", """Did you get a chance to look at Mr. Oyelaran's chest x-ray? His daughter Funmi is on the phone
asking if he needs to come back before Monday. Dr. Iverson said you'd read it since you saw him
Tuesday. I told her someone would call by 3.

T
""")

add('phi', 'phi-names', 'Eberhardt', """
From: Marisol Duarte <mduarte@homewardcare.com>
To: "Greta Eberhardt" <greta.eberhardt@gmail.com>
Subject: Coverage for your dad next week
Date: Fri, 30 Oct 2026 17:20:00 -0400
""", """Hi Greta,

Just a heads up that Carol is on vacation next week, so I'll be covering Mr. Eberhardt's Tuesday and
Friday visits myself. I'll do his dressing change on the left heel like Carol has been and check the
blood sugar log. If the wound nurse from St. Anne's comes Wednesday I'll leave my notes on the fridge
for her.

He told me last time he doesn't like the new shower chair, so I'll bring the other model to try.

Marisol Duarte, LPN
Homeward Care Services - Field Coordinator
""", html="""<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Hi Greta,</p>
<p>Just a heads up that Carol is on vacation next week, so I'll be covering Mr. Eberhardt's Tuesday and
Friday visits myself. I'll do his dressing change on the left heel like Carol has been and check the
blood sugar log. If the wound nurse from St. Anne's comes Wednesday I'll leave my notes on the fridge for her.</p>
<p>He told me last time he doesn't like the new shower chair, so I'll bring the other model to try.</p>
<table style="border-top:2px solid #2E8B57;margin-top:12px"><tr><td style="font-size:9pt;color:#555">
<b>Marisol Duarte, LPN</b><br>Homeward Care Services &middot; Field Coordinator<br>Office 860-594-2201</td></tr></table>
</div>""")

add('phi', 'phi-names', 'Pruett', """
From: Health Office - Lincoln Elementary <healthoffice@lincolnelem.k12.or.us>
To: Danielle Pruett <dani.pruett@gmail.com>
Subject: Lily-Mae - health office visit today
Date: Tue, 20 Oct 2026 13:55:37 -0700
""", """Hi Ms. Pruett,

Just letting you know Lily-Mae came to the health office twice today, after recess and again after
lunch, coughing and a little wheezy. I gave her 2 puffs of her albuterol both times per the plan on
file, and she went back to class. She says she felt better.

Her inhaler at school is about half full and expires in January, so you may want to send a new one.

Pam Whitcomb, RN
School Nurse, Lincoln Elementary
""")

add('phi', 'phi-names', 'Saltzman', """
From: "St. Brendan's Prayer Chain" <prayerchain@stbrendans-parish.org>
To: prayerchain-list@stbrendans-parish.org
Subject: Prayer requests this week
Date: Thu, 29 Oct 2026 20:10:00 -0500
""", """Dear friends,

Please keep these intentions in your prayers this week:

- Bernie Saltzman, who had his heart bypass surgery Tuesday at Mercy South. Marge says he is out of
  ICU and may come home next week. Cards can go to the house on Linden.
- The Novak family, as their daughter Abby continues chemo at Children's.
- Father Dominic's mother, who is in hospice.
- For all those affected by the flooding downstate.

Meal sign-ups for the Saltzmans are on the board in the narthex.

In Christ,
Joan Reilly, Prayer Chain coordinator
""")
# ============================ phi-self ============================
add('phi', 'phi-self', 'Dombrowski', """
From: Stanley Dombrowski <stan.dombrowski@att.net>
To: info@heartlandcardiology.com
Subject: APPOINTMENT
Date: Mon, 19 Oct 2026 06:12:00 -0500
""", """DEAR DOCTOR

MY NAME IS STANLEY DOMBROWSKI I AM 81 YEARS OLD BORN 3-9-1945. I WAS IN YOUR OFFICE IN AUGUST
WITH DR MALHOTRA. THE PILL HE GAVE ME FOR THE WATER (FUROSEMIDE) MAKES ME GO TO THE BATHROOM ALL
NIGHT AND MY ANKLES ARE STILL BIG. MY DAUGHTER SAYS I SHOULD WRITE YOU INSTEAD OF CALLING BECAUSE
I CAN NOT HEAR ON THE PHONE GOOD.

CAN I COME IN SOONER THAN DECEMBER. I CAN COME ANY DAY BUT NOT BEFORE 10 BECAUSE OF THE BUS.

THANK YOU
STANLEY DOMBROWSKI
PHONE 319-566-0842
""")

add('phi', 'phi-self', 'Reyes', """
From: kayla r <kaylareyes.2009@icloud.com>
To: teenclinic@unityhealthcenter.org
Subject: question
Date: Wed, 21 Oct 2026 22:47:13 -0700
""", """hi um this is kayla reyes i came in in september for my skin and got the cream and the pills
(doxycycline i think??). i ran out of the pills like a week ago. can i get more without my mom
having to call? is this email private or does it go to her bc shes the one on the insurance

my birthday is 6/30/2009 if u need it

Sent from my iPhone
""")

add('phi', 'phi-self', 'Castellano', """
From: Vincent Castellano <vcastellano@castellanoplumbing.com>
To: billing@stmarysregional.org
Cc: patientrelations@stmarysregional.org
Subject: THIRD BILL for the same ER visit - account 88104476 - STOP
Date: Tue, 10 Nov 2026 15:30:09 -0500
""", """To whoever reads these,

This is the THIRD time I am getting a bill for my March 14 visit to your emergency room. I have
called 4 times. Each time someone tells me "it's been sent back to insurance" and then 30 days later
I get another bill, now with a "final notice" stamped on it in red like I'm some deadbeat.

Account number 88104476. My insurance is Keystone Health PPO, member ID KHP-40019823-01. They have
told me TWICE that they paid the facility charge in May and that the remaining $1,840 is because
YOUR hospital billed the CT scan under the wrong date. I have the EOB right here.

If this goes to collections I am calling the state insurance commissioner and the newspaper. I
want a supervisor to call me, not a form letter. 412-390-6651, after 4pm.

Vincent Castellano
""")

add('phi', 'phi-self', 'Gupta', """
From: Meena Gupta <meenagupta.home@gmail.com>
To: records@hillcrestmedical.org
Subject: paper for husband work
Date: Thu, 15 Oct 2026 11:05:27 -0400
""", """Hello sir/madam,

My husband Mr. Rakesh Gupta was admit in your hospital from 10 October to 13 October for his heart,
they put the stent. His company is asking paper that he was in hospital and when he can come back to
the work. The doctor name was Dr. Okonkwo. Please tell how I can get this paper, he can not drive
now so it is hard to come in the office. His birth date is 12-01-1968.

Can you send by email or I need to come?

Thanking you,
Meena Gupta
""")

add('phi', 'phi-self', 'Lindgren', """
From: Carol Lindgren <carol.lindgren@centurylink.net>
To: Member Services <memberservices@northstarhealthplan.com>
Subject: Denial letter - what does this mean
Date: Fri, 6 Nov 2026 14:18:55 -0600
""", """Hello,

I received a letter dated October 30 saying my MRI of my right knee was "denied - not medically
necessary" (claim number 2026-1030-778412). My orthopedic doctor, Dr. Haskins, ordered it because
I've had the pain since I slipped on the ice in February and the physical therapy hasn't helped.

I don't understand. Does this mean I have to pay the whole $2,300? Is there something my doctor is
supposed to send you? The letter says I can appeal but I don't know how to do that.

My member ID is NS8830412. Thank you for any help.

Carol Lindgren
""")

add('phi', 'phi-self', 'Albright', """
From: MyChart Notifications <notifications@mychart.evergreenhealth.org>
To: j.albright.home@gmail.com
Subject: New message from Jennifer Albright - forwarded copy
Date: Sun, 1 Nov 2026 09:41:00 -0800
""", """This is a copy of a message you sent through MyChart. Replies will appear in MyChart.

-------------------------------------------------------------
From:     Jennifer Albright
To:       Dr. Owen Castillo (Primary Care)
Subject:  Side effects question
Sent:     11/1/2026 9:40 AM
-------------------------------------------------------------
Hi Dr. Castillo, I started the sertraline 50 mg you prescribed on Oct 20. The first week I was
nauseous but that's mostly gone. Now I'm having trouble falling asleep and my jaw feels tight in
the mornings, like I'm clenching. Is that from the medicine? Should I take it in the morning
instead of at night? I don't want to stop it because I do feel a little less on edge.

Thanks, Jen
-------------------------------------------------------------
Evergreen Health will never ask for your password by email.
""")

add('phi', 'phi-self', 'Fairbanks', """
From: Margaret Fairbanks <mfairbanks44@verizon.net>
To: Dr. Helen Yoder <hyoder@valleyviewgeriatrics.com>
Subject: My father, George Fairbanks
Date: Tue, 27 Oct 2026 23:58:12 -0400
""", """Dear Dr. Yoder,

I apologize for writing so late and for the length of this. I'm George Fairbanks's daughter; I
believe you have my name on his consent form from when I came with him in June.

I've been staying with Dad since his fall on the 11th, and I am frankly frightened. He's been
getting lost in the house at night. Twice this week I've found him in the garage at 3 a.m.
convinced he had to go to work (he retired from the railroad in 1998). On Sunday he didn't
recognize my husband, who he has known for thirty years. During the day he is mostly himself, a
bit slow, and he covers well, so I don't think it came across at his last visit how bad it gets.

He's also started refusing his donepezil, saying it "tastes like pennies", and I'm not sure if he's
taking the blood pressure pills either because I found four in the couch cushions. He's lost weight,
maybe 8 pounds since summer. The bruise on his hip from the fall is healing.

My questions:
1. Can he be seen sooner than his January appointment? I can bring him any day.
2. Is there a liquid form or a patch of the memory medication?
3. Should we be thinking about a memory care place? My brother in Arizona thinks I'm overreacting.
4. Is it safe for him to be alone during the day while I'm at work (8 to 4)?

His date of birth is 5/22/1939, and his Medicare card is in my wallet if you need the number.
My cell is 717-843-2290. Please call any time, I am not sleeping much these days anyway.

With gratitude,
Margaret (Peggy) Fairbanks
""")

add('phi', 'phi-self', 'Mendes', """
From: Gloria Mendes <gmendes62@gmail.com>
To: appts@southshoreinternal.com
Subject: late
Date: Thu, 12 Nov 2026 14:21:40 -0500
""", """running 10 min late for my 2:30 w Dr Patel, traffic on 24. pls dont give away my spot, its for the shingles shot
Gloria Mendes

Sent from my iPhone
""")
# ============================ phi-lists ============================
add('phi', 'phi-lists', 'Delgado', """
From: Front Desk - Maple Grove Pediatrics <frontdesk@maplegrovepeds.com>
To: Dr. Anita Sorensen <asorensen@maplegrovepeds.com>
Subject: tomorrow's schedule - still unconfirmed
Date: Wed, 11 Nov 2026 16:55:02 -0600
""", """Dr. S, these are the ones for tomorrow (Thu 11/12) we couldn't reach with the reminder calls.
Left VMs on all. Want me to double book the 10:20?

Time   Patient               DOB         Visit              Parent/phone
-----  --------------------  ----------  -----------------  ------------------------
08:40  Delgado, Mateo        04/03/2022  4yr well check     Rosa 651-288-0194
09:20  Tillman, Brooke       09/17/2013  ADHD med f/u       Kurt 651-704-3356
10:20  Nguyen, Bao           01/28/2025  sick - ear pain    Linh 612-555-0147
11:00  Asante, Kofi          07/09/2016  asthma recheck     Ama 651-230-8871
02:40  Brandvold, Harper     12/12/2019  vaccines only      Jess 763-419-5520

Tanya
""")

add('phi', 'phi-lists', 'Whitaker', """
From: Rx Refill Desk - Fairmount Pharmacy <refills@fairmountpharmacy.com>
To: Refill Requests - Oak Park Family Medicine <refills@oakparkfm.com>
Subject: Refill authorization requests - 11/09 (6)
Date: Mon, 9 Nov 2026 10:02:17 -0600
""", """Please fax or e-prescribe authorizations for the following. Pasted from our queue. Thank you!

Patient Name\tDOB\tDrug\tLast Fill\tPrescriber
WHITAKER, DORIS\t02/11/1941\tLevothyroxine 75 mcg #90\t08/06/2026\tHernandez
PAULSON, ERIC\t10/30/1976\tLisinopril 20 mg #90\t08/01/2026\tHernandez
MBEKI, GRACE\t06/21/1988\tSertraline 100 mg #30\t10/05/2026\tLiu
O'ROURKE, SEAN\t03/03/1959\tMetformin ER 500 mg #180\t08/12/2026\tLiu
VAN DYKE, ALMA\t11/19/1947\tEliquis 5 mg #60\t10/09/2026\tHernandez
SCHMIDT, JONAH\t08/08/2004\tAlbuterol HFA #1\t06/15/2026\tOkoro

-- 
Fairmount Pharmacy Refill Desk | Fax 708-383-2260
""")

add('phi', 'phi-lists', 'Pacheco', """
From: Rhonda Gill <rgill@sunrisehomehealth.com>
To: Field Nurses <fieldnurses@sunrisehomehealth.com>
Subject: Week of 11/16 - changes to visit list
Date: Fri, 13 Nov 2026 15:10:48 -0500
""", """Team - changes for next week, please update your routes:

* Mrs. Pacheco (Elena) - discharged from hospital Thursday, RESUME visits Mon. New wound vac on
  sacrum, Kendra to do first visit w/ supply delivery at 10.
* Mr. Lyle Button - ON HOLD, readmitted to Memorial for pneumonia. Do not go out.
* Dorothy Kasprzak - change INR draw from Tue to Wed, family request.
* Harvey Mills - new admit, CHF, start of care Tuesday. Lives with son, dog is friendly but big.
* Lorraine Ottley - discharged from service, goals met. Final OASIS is done.

Questions to me, not to the schedulers please, they're drowning.

Rhonda
Clinical Manager
""")

add('phi', 'phi-lists', 'Fenwick', """
From: Darlene Shaw <dshaw@coastalanesthesiabilling.com>
To: Collections Review <collections@coastalanesthesiabilling.com>
Subject: 120+ day balances for review before agency placement
Date: Wed, 4 Nov 2026 09:30:00 -0500
""", """See attached for the full list, but here are the ones over $1,000 that I think we should call
one more time before they go to Pinnacle Recovery:

Acct      Guarantor           Patient              DOS         Procedure               Balance
A-66120   Fenwick, Louise     Fenwick, Tyler       05/02/2026  Tonsillectomy anesth    $1,214.00
A-66347   Okoye, Chidi        Okoye, Chidi         04/18/2026  Lap chole anesth        $1,880.50
A-66402   Russo, Angela       Russo, Angela        06/09/2026  Epidural - L&D          $2,046.00
A-66588   Halverson, Dean     Halverson, Dean      05/27/2026  Knee arthroscopy        $1,090.75

Tyler Fenwick's mom said she was waiting on a secondary — maybe check that first.

Darlene
""", att=[('120day_aging_20261104.csv', """Acct,Guarantor,Patient,DOS,CPT,Procedure,Balance,LastPayment
A-66120,"Fenwick, Louise","Fenwick, Tyler",2026-05-02,00170,Tonsillectomy anesth,1214.00,
A-66347,"Okoye, Chidi","Okoye, Chidi",2026-04-18,00790,Lap chole anesth,1880.50,2026-07-01
A-66402,"Russo, Angela","Russo, Angela",2026-06-09,01967,Epidural - L&D,2046.00,
A-66588,"Halverson, Dean","Halverson, Dean",2026-05-27,01400,Knee arthroscopy,1090.75,2026-08-15
A-66611,"Briggs, Tom","Briggs, Ella",2026-06-22,00170,Ear tubes anesth,412.00,
A-66790,"Salas, Rene","Salas, Rene",2026-07-03,00812,Screening colonoscopy anesth,388.20,2026-09-10
""", 'text/csv')])

add('phi', 'phi-lists', 'Kimura', """
From: Dr. Leah Brandt <lbrandt@openroadtherapy.com>
To: Jordan Pike <jpike@openroadtherapy.com>
Subject: Tues DBT skills group - attendance for billing
Date: Tue, 3 Nov 2026 20:14:33 -0800
""", """Jordan, attendance from tonight's group for you to bill. 90 min, 90853.

Present:
  - Aiko Kimura
  - Derek Fontaine
  - Shanice Powell (left 20 min early, still bill)
  - Tomas Urrutia
Absent:
  - Megan Holloway (no call - can you reach out? 2nd miss)
  - R. Abbasi (excused, hospitalized)

Thx, L
""")

add('phi', 'phi-lists', 'Ostrowski', """
From: Nurse's Office - Jefferson Middle School <nurse@jeffersonms.org>
To: Grade 7 Team <grade7team@jeffersonms.org>
Subject: 7th graders excluded starting Monday - immunizations
Date: Thu, 22 Oct 2026 12:00:00 -0400
""", """Teachers,

Per state law the following students are excluded from school starting Monday 10/26 unless we
receive their records or a signed exemption. Parents were notified by letter and phone. Please send
them to me if they show up so I can call home. Don't discuss with the class.

  Ostrowski, Nadia     - Tdap, MenACWY
  Ferreira, Lucas      - MenACWY
  Holm, Isaac          - Tdap
  Barrow, Keziah       - Tdap, MenACWY, varicella #2

Thanks,
Nancy Ebersole, BSN
""")

add('phi', 'phi-lists', 'Costa', """
From: Daniel Costa <dcosta.nyc@gmail.com>
To: Ana Costa <ana.costa.lisbon@gmail.com>
Subject: Mae e Pai - medication list (updated)
Date: Sun, 8 Nov 2026 18:22:00 -0500
""", """Ana, here's the updated list after Dad's cardiology appointment Friday. Printed a copy for the
fridge too. Dr. Pereira stopped the amlodipine and started him on the Entresto.

MOM (Fatima Costa)
 - Metformin 1000 mg     morning + night, with food
 - Atorvastatin 40 mg    night
 - Vitamin D 2000 IU     morning
 - Alendronate 70 mg     SUNDAYS ONLY, empty stomach, stay upright 30 min

DAD (Joaquim Costa)
 - Entresto 24/26 mg     morning + night   (NEW 11/6)
 - Carvedilol 12.5 mg    morning + night
 - Furosemide 40 mg      morning
 - Aspirin 81 mg         morning
 - (amlodipine STOPPED)

Next appts: Mom eye dr 11/19, Dad bloodwork 11/20 (potassium check).

D
""")
# ============================ phi-struct ============================
HL7_ORU = r"""MSH|^~\&|LABSYS|NORTHLAKE_LAB|EPIC|PRAIRIE_IM|202611041322||ORU^R01|NL0004471820|P|2.5.1
PID|1||00739184^^^PRAIRIE^MR||HOLLOWAY^GRETA^M||19620815|F|||418 BIRCH HOLLOW RD^^DECORAH^IA^52101||5633829016
PV1|1|O|PIM^^^PRAIRIE||||1487723301^SVEDBERG^ANNIKA^^^MD
ORC|RE|ORD55120|NL2611040087
OBR|1|ORD55120|NL2611040087|80061^LIPID PANEL^CPT|||202611040810|||||||||1487723301^SVEDBERG^ANNIKA
OBX|1|NM|2093-3^Cholesterol total^LN||241|mg/dL|<200|H|||F
OBX|2|NM|2571-8^Triglyceride^LN||188|mg/dL|<150|H|||F
OBX|3|NM|2085-9^HDL^LN||44|mg/dL|>40||||F
OBX|4|NM|13457-7^LDL calc^LN||159|mg/dL|<100|H|||F
"""
add('phi', 'phi-struct', 'Holloway', """
From: Interface Alerts <hl7-alerts@northlakelab.com>
To: IT Helpdesk - Prairie Internal Medicine <helpdesk@prairieinternalmed.com>
Subject: [NL-IFACE] Result delivery failed - 1 message held (ACK AE)
Date: Wed, 4 Nov 2026 13:25:02 -0600
""", """Automated notice from Northlake Lab interface engine.

Outbound ORU to PRAIRIE_IM returned ACK AE:
  MSA|AE|NL0004471820|Provider 1487723301 not found in receiving system

Message held in queue OUT_PRAIRIE_ORU. Original message attached. Please map the ordering
provider on your side and reply to release, or call the lab IS desk at 563-387-4410.
""", att=[('NL0004471820.hl7', HL7_ORU, 'application/octet-stream')])

add('phi', 'phi-struct', 'Pryor', """
From: Claims Support <support@clearpathclearinghouse.com>
To: Billing - Ridgeline Family Dental <billing@ridgelinedental.com>
Subject: Rejected claim batch 1104-R - 1 claim (invalid subscriber ID)
Date: Wed, 4 Nov 2026 18:02:44 -0500
""", """Hello Ridgeline team,

One claim in batch 1104-R was rejected by the payer front end (A7 / 562 - subscriber ID invalid).
The segment in question is below. The payer's format for this plan is 3 letters + 9 digits; the ID
submitted is missing the prefix. Please correct and resubmit.

ISA*00*          *00*          *ZZ*RIDGELINE01    *ZZ*CLEARPATH      *261104*1650*^*00501*000004471*0*P*:~
GS*HC*RIDGELINE01*CLEARPATH*20261104*1650*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*IL*1*PRYOR*DWAYNE*L***MI*448219077~
N3*2210 CANYON VIEW DR~
N4*BOISE*ID*83706~
DMG*D8*19790412*M~
CLM*RFD4471-01*1385***11:B:1*Y*A*Y*Y~
HI*ABK:K0402~
SV1*AD:D3330*1385*UN*1***1~
DTP*472*D8*20261028~
SE*10*0001~

Regards,
ClearPath Claims Support - Ticket #CP-228194
""")

add('phi', 'phi-struct', 'Ibarra', """
From: Fatima Qureshi <fqureshi@harborviewimaging.com>
To: Eligibility Team <elig@harborviewimaging.com>
Subject: FW: 271 response for tomorrow's CT - coverage terminated?
Date: Thu, 12 Nov 2026 15:44:10 -0800
""", """Can someone look at this before 8am? Patient is on the schedule for a CT abdomen tomorrow at 9:30
and the 271 came back inactive. Front desk said she told them she just changed jobs.

ISA*00*          *00*          *ZZ*PACIFICHP      *ZZ*HARBORVIEW     *261112*1538*^*00501*000098812*0*P*:~
GS*HB*PACIFICHP*HARBORVIEW*20261112*1538*98812*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG88120*20261112*1538~
HL*1**20*1~
NM1*PR*2*PACIFIC HEALTH PARTNERS*****PI*94-2210871~
HL*2*1*21*1~
NM1*1P*2*HARBORVIEW IMAGING*****XX*1336190042~
HL*3*2*22*0~
NM1*IL*1*IBARRA*LUCIA*M***MI*PHP771204558~
DMG*D8*19850309*F~
EB*6**30~
DTP*357*D8*20261031~
SE*13*0001~

Fatima
Pre-service / Eligibility
""")

APPT_CSV = """ApptDate,ApptTime,Provider,PatientLast,PatientFirst,DOB,MRN,VisitType,Status,Copay
2026-11-16,08:00,"Chen, L",Baptiste,Rosemarie,1958-07-22,HC0044182,Annual wellness,Confirmed,0.00
2026-11-16,08:30,"Chen, L",Kowal,Steven,1990-01-05,HC0071933,Sick visit,Confirmed,25.00
2026-11-16,09:00,"Chen, L",Ferris,Amy,1974-10-30,HC0038120,Diabetes f/u,Left VM,25.00
2026-11-16,09:30,"Adeyemi, T",Marchetti,Paul,1949-04-14,HC0012207,Post-hosp f/u,Confirmed,0.00
2026-11-16,10:00,"Adeyemi, T",Sato,Hana,2001-12-02,HC0090146,Contraception consult,Confirmed,0.00
"""
add('phi', 'phi-struct', 'Baptiste', """
From: Monique Ellery <mellery@harborcommunityhealth.org>
To: Kenji Watanabe <kwatanabe@harborcommunityhealth.org>
Subject: Monday schedule export
Date: Fri, 13 Nov 2026 16:48:30 -0500
""", """Kenji - here's Monday's export like you asked so you can prep the charts for the residents.
Just the morning block. -M
""", att=[('sched_20261116_AM.csv', APPT_CSV, 'text/csv')])

FHIR_JSON = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "pt-58812",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7744.1", "value": "MRN-20583317"}],
        "name": [{"family": "Abernethy", "given": ["Colin", "James"]}],
        "gender": "male",
        "birthDate": "1971-02-19",
        "telecom": [{"system": "phone", "value": "207-772-4018"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-99120",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
        "subject": {"reference": "Patient/pt-58812"},
        "effectiveDateTime": "2026-10-29T08:42:00-04:00",
        "valueQuantity": {"value": 8.9, "unit": "%"}
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-44120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "insulin glargine 100 units/mL, 18 units at bedtime"},
        "subject": {"reference": "Patient/pt-58812"},
        "authoredOn": "2026-10-30"
      }
    }
  ]
}
"""
add('phi', 'phi-struct', 'Abernethy', """
From: Ravi Subramanian <ravi@cascadehealthapps.io>
To: Integration Support <integrations@pinetreemedical.com>
Subject: Re: sync mismatch on ticket 3391
Date: Mon, 2 Nov 2026 11:20:00 -0800
""", """Hi Beth,

Pulled the bundle our app received for the patient you flagged. The A1c and the insulin order both
came through, so the gap is on the display side, not the feed. Zipped because your mail filter
strips .json.

Ravi

> On Fri, Oct 30, 2026 Beth Marlow <bmarlow@pinetreemedical.com> wrote:
> Patient says his new insulin dose isn't showing in the app. Colin Abernethy, MRN-20583317.
""", att=[('ticket3391_bundle.zip', zipit('bundle_pt-58812.json', FHIR_JSON), 'application/zip')])

add('phi', 'phi-struct', 'Whitfield', """
From: Records - Summit Orthopedics <records@summitortho.com>
To: Referrals - Eastside Primary Care <referrals@eastsidepc.com>
Subject: Care summary - Whitfield, Norma
Date: Tue, 10 Nov 2026 09:05:00 -0700
""", """Please find the care summary excerpt below for your patient seen here 11/03. Full CCD sent via
Direct as well.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Summit Orthopedics - Continuity of Care Document</title>
  <effectiveTime value="20261103154500-0700"/>
  <recordTarget>
    <patientRole>
      <id extension="SO-118402" root="2.16.840.1.113883.3.5521"/>
      <addr><streetAddressLine>77 Aspen Ct</streetAddressLine><city>Golden</city><state>CO</state></addr>
      <patient>
        <name><given>Norma</given><family>Whitfield</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19540618"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text>11/03/2026 - Intra-articular injection, right knee, triamcinolone 40 mg (Dr. P. Gallardo)</text>
    </section></component>
    <component><section>
      <title>Plan of Care</title>
      <text>Return 6 weeks. Continue home exercise program. Consider referral for arthroplasty consult.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""")

add('phi', 'phi-struct', 'Lopez', """
From: "RightFax Server" <fax@westparkneurology.com>
To: referrals@westparkneurology.com
Subject: Fax received from 7134428810 (4 pages)
Date: Thu, 29 Oct 2026 10:12:44 -0500
""", """You have received a 4 page fax. OCR text of cover page follows. Full fax attached as PDF (not
included in this text copy).

==================== FAX ====================
BAYOU FAMILY MEDICINE
3301 Telephone Rd, Houston TX 77023
Ph 713-442-8800   Fax 713-442-8810

TO:    Westpark Neurology - Referrals       FAX: 713-661-2047
FROM:  Yesenia, referral coordinator
DATE:  10/29/2026        PAGES (incl cover): 4

RE:    Lopez, Maria Elena     DOB 08/14/1967
       Referral: EEG + neuro consult, Dr. Arceneaux ordering
       Ins: Texas Gulf Health HMO  ID TGH500812347
       Pt prefers Spanish. Best # 832-319-6604 (daughter Carla)

URGENT [ ]   ROUTINE [X]

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain
confidential health information that is legally privileged. If you are not
the intended recipient you are hereby notified that any disclosure is prohibited.
=============================================
""")

add('phi', 'phi-struct', 'Nakashima', """
From: LIS Interface <lis-interface@valleymedcenter.org>
To: Lab Supervisors <labsup@valleymedcenter.org>
Subject: ORM inbound reject report 11/08 02:00-06:00 (3 errors)
Date: Sun, 8 Nov 2026 06:00:05 -0800
""", """ORM INBOUND ERROR REPORT  --  run 2026-11-08 06:00
Source: ED_EPIC   Dest: SUNQUEST   Window: 02:00-06:00

MsgCtrlID      Time   Error                              PID-3       PID-5                  Order
-------------  -----  ---------------------------------  ----------  ---------------------  ----------------------
ED88120931     02:14  OBR-4 test code not mapped (TROPHS) V00918227   NAKASHIMA^KENJI^T      Troponin high-sens
ED88120954     03:40  PID-7 DOB invalid (20261308)        V00918301   ABARA^CHINWE           CBC w diff, BMP
ED88121007     05:22  PV1-19 visit number missing         V00918342   STOLTZ^MARGARET^A      Lactate, blood cx x2

Held messages will retry every 30 min for 24h. Correct the source or resend from ED.
""")
# ============================ phi-ids ============================
add('phi', 'phi-ids', '', """
From: Jo Wexler <jwexler@brookfieldclinic.org>
To: Chart Corrections <chartfix@brookfieldclinic.org>
Subject: MRN 00482913
Date: Mon, 26 Oct 2026 12:01:55 -0500
""", """pls add flu vaccine given 10/2 to this chart, lot FL7731B, L deltoid, documented on paper by float
nurse - scanned copy in media tab. thx
""")

add('phi', 'phi-ids', 'Pham', """
From: Thu Pham <thupham.caregiver@gmail.com>
To: Claims <claims@goldenstatesenior.com>
Subject: claim status
Date: Tue, 3 Nov 2026 10:30:00 -0800
""", """Member ID XJH884512203 (my mother, Pham Thi Lan)
Claim 2026091400123 - hospital bed rental Sept
Still says pending on website after 7 weeks. Anything missing?
Thu Pham (authorized rep, form on file)
""")

add('phi', 'phi-ids', '', """
From: r.okeefe1958@gmail.com
To: patientaccounts@mercywestsurgical.com
Subject: Acct 7730019
Date: Fri, 30 Oct 2026 19:44:20 -0400
""", """acct 7730019 dob 04/11/1958. can I do a payment plan on the balance from my procedure 9/22, $940.
can do $80/mo. autopay from checking ok.
""")

add('phi', 'phi-ids', '', """
From: UM Notifications <um-noreply@cornerstonehealthplan.com>
To: Prior Auth - Delta Sleep Center <priorauth@deltasleepcenter.com>
Subject: Auth decision PA# 55-0918273
Date: Wed, 11 Nov 2026 13:13:13 -0600
""", """Authorization decision

Reference:    PA# 55-0918273
Member:       W22819044
DOB:          07/19/1983
Service:      95810 Polysomnography, attended, 1 unit
Decision:     APPROVED
Valid:        11/11/2026 - 12/31/2026
Servicing:    NPI 1902288410

This notice is for the servicing provider. Do not reply. Log in to the provider portal for the
decision letter.
""")

add('phi', 'phi-ids', '', """
From: Hilltop Pharmacy <rx@hilltoppharmacy.net>
To: Dr. Grace Amankwah Office <office@amankwahpeds.com>
Subject: Rx 6620184 - PA needed
Date: Thu, 5 Nov 2026 17:05:00 -0500
""", """Rx 6620184 / pt DOB 02/02/2011 / Vyvanse 30 mg #30
Rejected by Optimum Rx: 75 - prior authorization required. BIN 610014 PCN OPTRX.
Parent waiting on PA, please initiate on CoverMyMeds key BLK7-QX2M. Thanks - Hilltop
""")

add('phi', 'phi-ids', 'Marchand', """
From: D. Marchand <dmarchand77@hotmail.com>
To: Billing <billing@tricountyems.org>
Subject: RE: 118-44-2093
Date: Mon, 9 Nov 2026 08:55:31 -0500
""", """Yes that's my SSN on the invoice, I don't know why you put it in the subject line. Transport was
10/14 from my house to County General. Medicare should be primary and AARP supplement secondary.
Please rebill. DOB 1/30/1949.

-----Original Message-----
From: Billing <billing@tricountyems.org>
Sent: Friday, November 6, 2026 4:12 PM
To: dmarchand77@hotmail.com
Subject: 118-44-2093

Please confirm the SSN on file for invoice 26-114402 (ambulance, ALS1 emergency, $1,612.00) so we
can submit to your insurance.
""")

FWD_IDS = dict(hdr="""
From: Eastbrook Imaging <results@eastbrookimaging.com>
To: Nadia Sokolova <nadia.sokolova@gmail.com>
Subject: Your imaging is ready to view
Date: Tue, 27 Oct 2026 07:00:00 -0400
Message-ID: <ebi-20261027-771204@eastbrookimaging.com>
""", body="""Your results are ready.

Accession: EBI-26-0771204
Exam: CT CHEST W/O CONTRAST
Exam date: 10/23/2026
Patient ID: EB-3318207

Log in at portal.eastbrookimaging.com to view the report. Your doctor will contact you to discuss.
""", html=None, att=(), charset='utf-8', cte=None, fwd=None)
add('phi', 'phi-ids', 'Sokolova', """
From: Nadia Sokolova <nadia.sokolova@gmail.com>
To: Office - Dr. Feinberg <office@feinbergpulmonary.com>
Subject: Fwd: Your imaging is ready to view
Date: Tue, 27 Oct 2026 21:16:40 -0400
""", """forwarding so you have the accession number, portal won't let me share it. DOB 9/4/1966.
""", fwd=FWD_IDS, cte='b64')
# ============================ phi-lang ============================
add('phi', 'phi-lang', 'Morales', """
From: Yesenia Morales <yesi.morales88@hotmail.com>
To: Citas - Clinica La Esperanza <citas@clinicalaesperanza.org>
Subject: cita para mi hijo Emiliano
Date: Mon, 16 Nov 2026 07:52:10 -0600
""", """Buenos días,

Mi hijo Emiliano Morales Cruz (nació el 3 de mayo de 2021) tiene fiebre desde el sábado, anoche
llegó a 39.4 y no quiere comer. Le di Tylenol de niños pero le vuelve a subir. También se jala la
oreja izquierda.

¿Me pueden dar una cita para hoy con la doctora Ibáñez? Trabajo hasta las 2 pero puedo salir.
Mi número es 956-214-7783.

Gracias,
Yesenia Morales
""", cte='qp')

add('phi', 'phi-lang', 'Nguyen', """
From: Nguyen Thi Hoa <hoa.nguyen.tx@gmail.com>
To: Front Desk - Bellaire Family Clinic <frontdesk@bellairefamilyclinic.com>
Subject: Hỏi về lịch hẹn của mẹ tôi
Date: Wed, 4 Nov 2026 09:10:30 -0600
""", """Chào phòng khám,

Tôi là con gái của bà Trần Thị Mai (ngày sinh 12/08/1950). Mẹ tôi có hẹn với bác sĩ Lê vào thứ
Sáu 6/11 lúc 10 giờ sáng để tái khám tiểu đường. Mẹ tôi hết thuốc metformin từ hôm qua. Phòng khám
có thể gọi thuốc cho mẹ tôi trước ngày hẹn được không? Nhà thuốc là CVS trên đường Bellaire.

Mẹ tôi không nói được tiếng Anh, xin cho người phiên dịch tiếng Việt vào ngày hẹn.

Cảm ơn,
Nguyễn Thị Hoa
832-771-0459
""", cte='b64')

add('phi', 'phi-lang', 'Zhang', """
From: Zhang Wei <zhangwei.sf@163.com>
To: Nurse Line - Golden Gate Medical Group <nurse@ggmedgroup.com>
Subject: 关于我父亲张建国的验血结果
Date: Thu, 29 Oct 2026 20:33:02 -0700
""", """您好，

我是张建国的儿子。我父亲（出生日期 1948年3月15日）上周二在你们诊所抽血，林医生说结果出来会打电话，
但是到现在还没有消息。他的肾功能上次就不太好，肌酐偏高，我们很担心。

请问结果出来了吗？可以打我的电话 415-608-2271，我父亲英语不好。

谢谢！
张伟
""", cte='b64')

add('phi', 'phi-lang', 'Joseph', """
From: Marie-Claude Joseph <mcjoseph.miami@gmail.com>
To: Little Haiti Health Center <info@lhhealthcenter.org>
Subject: renouvle medikaman
Date: Sat, 31 Oct 2026 12:05:19 -0400
""", """Bonjou,

Se Marie-Claude Joseph, dat nesans mwen se 14/07/1972. Mwen bezwen renouvle medikaman pou tansyon
mwen (lisinopril 10 mg). Mwen fini li depi jedi. Famasi a di doktè a dwe voye yon nouvo preskripsyon.
Doktè mwen se Dr. Charles.

Eske nou ka voye l bay Walgreens sou 54th Street?

Mèsi anpil,
Marie-Claude
305-759-1184
""")

add('phi', 'phi-lang', 'Albuquerque', """
From: Joana Albuquerque <joana.albuq@sapo.pt>
To: Marcacoes - Clinica Sao Joao <marcacoes@clinicasaojoao.com>
Subject: Resultados do exame - Sebastião Albuquerque
Date: Tue, 10 Nov 2026 15:20:48 +0000
""", """Boa tarde,

Escrevo em nome do meu pai, Sebastião Albuquerque (data de nascimento 02/09/1944, utente nº
184 402 771). Ele fez uma ecografia abdominal na vossa clínica no dia 28 de outubro e até agora
não recebemos o relatório. O médico de família, Dr. Fonseca, precisa do resultado para a consulta
do dia 20.

Podem enviar o relatório por e-mail ou tenho de ir buscá-lo pessoalmente?

Com os melhores cumprimentos,
Joana Albuquerque
Tel. 912 448 306
""", charset='iso-8859-1', cte='qp')

add('phi', 'phi-lang', 'Volkova', """
From: Ирина Волкова <irina.volkova@mail.ru>
To: Reception - Brighton Beach Medical <reception@bbmedical.com>
Subject: МРТ для мамы
Date: Fri, 6 Nov 2026 11:45:00 -0500
""", """Здравствуйте,

Моя мама, Волкова Людмила Петровна, 1952 г.р., должна была делать МРТ головного мозга 12 ноября,
направление от доктора Гольдберга. Вчера ей позвонили и сказали, что страховка не одобрила. Что нам
теперь делать? У неё продолжаются головокружения, и она боится выходить одна.

Её номер страховки Medicaid: NY 8831 0447 K. Мой телефон 718-332-9045.

Спасибо,
Ирина
""", cte='b64')

add('phi', 'phi-lang', 'Wiśniewski', """
From: Katarzyna Wisniewska <kasia.wisniewska@wp.pl>
To: Rejestracja - Rehabilitacja Chicago <rejestracja@rehabchicago.com>
Subject: Rehabilitacja taty po operacji biodra
Date: Mon, 2 Nov 2026 08:30:00 -0600
""", """Dzień dobry,

Mój tata, Zbigniew Wiśniewski (ur. 17.01.1947), miał operację wymiany biodra 22 października w
szpitalu Lutheran General. Lekarz dał skierowanie na rehabilitację 3 razy w tygodniu. Czy macie
wolne terminy rano? Tata nie prowadzi samochodu, więc będę go przywozić przed pracą.

Ubezpieczenie: Medicare + Blue Cross supplement.

Pozdrawiam,
Katarzyna Wiśniewska
tel. 773-481-2296
""", charset='iso-8859-2', cte='qp')

add('phi', 'phi-lang', 'Santiago', """
From: Rowena Santiago <rowena.santiago@yahoo.com>
To: Nurse Desk - Kalihi Family Health <nursedesk@kalihifh.org>
Subject: follow up po sa results ni Lola
Date: Thu, 12 Nov 2026 16:02:00 -1000
""", """Hi po good afternoon,

Follow up lang po sa results ng lola ko, Remedios Santiago, DOB 10/05/1938. Nagpa-x-ray po siya
ng chest last Monday kasi ang tagal na ng ubo niya, mga 3 weeks na. Sabi po ni Dr. Tanaka tatawag
daw kayo pero wala pa po. Hindi na rin po siya masyadong kumakain.

Pwede po ba malaman kung may kailangan pa siyang gawin or kailangan ba siyang bumalik? I can bring
her anytime this week, day off ko po Friday.

Salamat po,
Rowena (apo)
808-841-3307
""")
# ============================ clean-staff ============================
add('clean', 'clean-staff', '', """
From: Bree Callahan <bcallahan@stmarysregional.org>
To: 4West Nurses <4west-rn@stmarysregional.org>
Subject: anyone want my Sat 11/21 day shift?
Date: Sun, 15 Nov 2026 10:12:00 -0500
""", """My sister moved her baby shower so I need Sat 11/21 7a-7p covered. Will trade for any weekday
night in Dec or just give it away lol. Text me 412-608-1135.

Bree
""")

add('clean', 'clean-staff', '', """
From: Tanya Osei <tosei@maplegrovepeds.com>
To: Front Office <frontoffice@maplegrovepeds.com>
Subject: check-in printer AGAIN
Date: Tue, 10 Nov 2026 08:21:34 -0600
""", """The label printer at check-in 2 is jamming again. I put in a ticket (#IT-44810). Until they come
use check-in 1 for wristbands and stickers. Please don't open the back panel, Dwight, we talked about
this.
""")

add('clean', 'clean-staff', '', """
From: Helen Marsh-Obi <hmarshobi@harborcommunityhealth.org>
To: All Staff - Harbor CHC <allstaff@harborcommunityhealth.org>
Subject: Q3 patient experience scores - THANK YOU
Date: Fri, 23 Oct 2026 15:00:00 -0400
""", """Team,

Our Q3 patient experience results are in and I wanted you to hear it from me first:

  - "Likelihood to recommend": 92.4% top box (up from 87.1% in Q2)
  - "Courtesy of front desk": 94.0%
  - "Wait time explained": 78.6%  <-- still our weakest, let's keep working on it
  - 1,184 surveys returned, a 21% response rate

Several comments named specific staff members for kindness and I'll be passing those along
individually. Pizza in the break room Tuesday.

Helen
Director of Operations
""", html="""<html><body style="font-family:Segoe UI,Arial;font-size:11pt">
<p>Team,</p>
<p>Our Q3 patient experience results are in and I wanted you to hear it from me first:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DDEBF7"><th>Measure</th><th>Q3</th><th>Q2</th></tr>
<tr><td>Likelihood to recommend (top box)</td><td>92.4%</td><td>87.1%</td></tr>
<tr><td>Courtesy of front desk</td><td>94.0%</td><td>91.2%</td></tr>
<tr><td>Wait time explained</td><td style="color:#C00000">78.6%</td><td>76.9%</td></tr>
</table>
<p>1,184 surveys returned, a 21% response rate.</p>
<p>Several comments named specific staff members for kindness and I'll be passing those along individually. Pizza in the break room Tuesday.</p>
<p>Helen<br><span style="color:#777">Director of Operations</span></p>
</body></html>""")

add('clean', 'clean-staff', '', """
From: Dr. Samuel Iverson <siverson@meadowviewfamilymed.com>
To: Dr. Rachel Feld <rfeld@meadowviewfamilymed.com>
Subject: curbside
Date: Wed, 28 Oct 2026 18:40:00 -0600
""", """Rachel, hypothetical for when you have a sec - no rush, not anyone on your panel.

Woman in her 60s, well-controlled type 2 on metformin alone, A1c ~6.8, new CKD stage 3a on routine
labs. Would you add an SGLT2 now for renal protection even though glucose is fine, or wait for the
nephrology consult? Seeing this more and more and I keep going back and forth.

Sam
""")

add('clean', 'clean-staff', '', """
From: Jo Wexler <jwexler@brookfieldclinic.org>
To: Nursing Staff <nursing@brookfieldclinic.org>
Subject: flu vaccine inventory - end of Oct
Date: Sat, 31 Oct 2026 12:00:00 -0500
""", """Counts as of Friday close:

  High-dose (65+)        142 given   | 38 left  | 60 more arriving 11/4
  Standard quad          311 given   | 75 left
  Pediatric 0.25 mL       64 given   | 12 left  | reordered
  Flumist                 19 given   |  0 left  | not reordering

Please keep logging lot numbers in the VIS binder when you give from the fridge in room 6. Nice
work everyone - we're ahead of last year by about 90 doses.

Jo
""")

add('clean', 'clean-staff', '', """
From: Kenji Watanabe <kwatanabe@harborcommunityhealth.org>
To: Monique Ellery <mellery@harborcommunityhealth.org>
Subject: Re: lunch?
Date: Thu, 12 Nov 2026 11:48:00 -0500
""", """Can't today, I'm stuck precepting until 1:30 and then the residents have didactics. Tomorrow? The
pho place reopened.

> On Thu, Nov 12, 2026 at 11:30 AM Monique Ellery wrote:
> lunch? I need to vent about the new phone tree
""")

add('clean', 'clean-staff', '', """
From: Patty Ruiz <pruiz@riverbendpt.com>
To: Billing Team <billing-team@riverbendpt.com>
Subject: 2027 code changes - superbill update
Date: Mon, 16 Nov 2026 09:00:00 -0600
""", """Hi all,

The 2027 CPT updates take effect Jan 1. For us the main ones:
 - Two new remote therapeutic monitoring codes (treatment management)
 - Revised descriptors for 97161-97163 evaluation complexity
 - The 8-minute rule guidance is unchanged

I'll have a draft of the new superbill by Dec 1. Please don't print more of the old ones - we have
about 2 boxes left and that should carry us. Training session Dec 10 at 12:30, lunch provided.

Patty
Billing Supervisor
""")

# ============================ clean-admin ============================
add('clean', 'clean-admin', '', """
From: HR Benefits <benefits@castellanoplumbing.com>
To: All Employees <allemployees@castellanoplumbing.com>
Subject: Open enrollment ends Nov 20 - medical, dental, vision
Date: Mon, 2 Nov 2026 08:00:00 -0500
""", """Hi everyone,

Open enrollment for 2027 benefits runs through Friday, November 20. If you do nothing, your current
elections roll over EXCEPT your FSA, which you must re-elect every year.

What's changing for 2027:
  * Keystone Health PPO employee premium goes up $6.40 per paycheck
  * New HMO option with $0 primary care copay
  * Vision now covers contacts every 12 months instead of 24
  * HSA employer match increases to $750

Benefits fair in the shop break room Thursday 11/5, 7-9 AM, with coffee and a rep from Keystone.
Questions: reply here or call Dana at ext. 214.

Dana Whitfield
HR & Benefits
""")

add('clean', 'clean-admin', '', """
From: IT Service Desk <servicedesk@valleymedcenter.org>
To: All Clinical Users <allclinical@valleymedcenter.org>
Subject: Planned EHR downtime Sun 11/22 01:00-05:00
Date: Tue, 17 Nov 2026 14:30:00 -0800
""", """PLANNED DOWNTIME

What: Epic upgrade to November 2026 release
When: Sunday 11/22, 01:00 - 05:00 (read-only from 00:30)
Impact: No order entry, no documentation. BCA workstations will print downtime reports at 00:15.

Units: make sure your downtime binders are stocked (paper MAR, lab requisitions, radiology
requisitions). Unit managers please confirm by reply by Friday.

Super users will round on all inpatient units at 05:15 to help with back-entry.

IT Service Desk  x4357
""")

add('clean', 'clean-admin', '', """
From: Facilities <facilities@stmarysregional.org>
To: All Staff <allstaff@stmarysregional.org>
Subject: Garage B closed Nov 9-13 for resurfacing
Date: Wed, 4 Nov 2026 11:11:00 -0500
""", """Garage B (employee parking) will be closed Monday Nov 9 through Friday Nov 13 for resurfacing.

Please park in the overflow lot on Carson St. Shuttles run every 10 minutes from 5:30 AM to 8:00 PM
and every 20 minutes overnight. Badge access to the Carson lot will be turned on for everyone Sunday.

Patients and visitors are not affected. Please leave Garage A for them.
""")

add('clean', 'clean-admin', '', """
From: Compliance Office <compliance@meadowviewfamilymed.com>
To: All Workforce <workforce@meadowviewfamilymed.com>
Subject: REMINDER: annual HIPAA & privacy training due 11/30
Date: Mon, 9 Nov 2026 07:30:00 -0600
""", """This is a reminder that the annual HIPAA Privacy & Security module is due November 30. As of
this morning 61% of staff have completed it.

It takes about 40 minutes. Log in to the learning portal, "My Assignments". If you don't complete it
by the deadline, your EHR access will be suspended until you do (per policy ADM-14).

New this year: a section on texting and personal phones, and a reminder that minimum necessary
applies to internal e-mail too.

Thank you,
Compliance & Privacy Office
""", html="""<html><body><div style="font-family:Calibri;font-size:11pt">
<p style="background:#FFF2CC;padding:6px;border-left:4px solid #BF9000"><b>REMINDER:</b> annual HIPAA Privacy &amp; Security module due <b>November 30</b></p>
<p>As of this morning 61% of staff have completed it.</p>
<p>It takes about 40 minutes. Log in to the learning portal, &quot;My Assignments&quot;. If you don't complete it
by the deadline, your EHR access will be suspended until you do (per policy ADM-14).</p>
<p>New this year: a section on texting and personal phones, and a reminder that minimum necessary applies to internal e-mail too.</p>
<p>Thank you,<br>Compliance &amp; Privacy Office</p></div></body></html>""")

add('clean', 'clean-admin', '', """
From: Payroll <payroll@harborviewimaging.com>
To: Fatima Qureshi <fqureshi@harborviewimaging.com>
Subject: Action needed: consent to electronic W-2
Date: Thu, 12 Nov 2026 09:45:00 -0800
""", """Hi Fatima,

Our records show you haven't yet consented to receive your 2026 Form W-2 electronically. If you
don't opt in by December 31, a paper copy will be mailed to the address on file.

To consent: Workday > Pay > Tax Documents > Electronic Consent.

Also, a reminder that your last pay stub showed your address as an apartment number we couldn't
verify. Please double-check it in Workday.

Payroll Team
""")

add('clean', 'clean-admin', '', """
From: Medical Staff Office <mso@valleymedcenter.org>
To: Dr. Paula Gallardo <pgallardo@summitortho.com>
Subject: Reappointment packet - due 12/15
Date: Fri, 6 Nov 2026 10:10:00 -0700
""", """Dear Dr. Gallardo,

Your two-year reappointment to the Medical Staff of Valley Medical Center is due January 31, 2027.
Please return the enclosed packet by December 15. We'll need:

  - Updated CV
  - Copy of current DEA and state license (your CO license shows expiration 5/31/2027)
  - Proof of malpractice coverage
  - Attestation of TB screening and influenza vaccination, per employee health policy
  - Case log summary for requested privileges (counts only, no patient identifiers)

Thank you,
Lorraine Beck, CPMSM
Medical Staff Office
""")

add('clean', 'clean-admin', '', """
From: Quality Dept <quality@stmarysregional.org>
To: Quality Committee <qualitycommittee@stmarysregional.org>
Subject: Minutes - Quality & Safety Committee 10/28
Date: Thu, 29 Oct 2026 16:20:00 -0400
""", """MINUTES - Quality & Safety Committee, 10/28/2026, Conf Rm 3B
Present: Dr. Adler (chair), K. Morris, T. Nakamura, Dr. Oduya, S. Lind, B. Callahan
Absent: Dr. Whitman

1. CLABSI: 2 events in Q3 (rate 0.9/1000 line days), both ICU. RCA complete, no common cause.
2. Falls with injury: 4 in Q3 vs 7 in Q2. Bed alarm audit compliance 88%.
3. Sepsis bundle (SEP-1) compliance 71% - target 80%. Lactate redraw timing is the main miss.
4. Readmissions (30-day, all cause): 13.2%. HF subgroup 19.8%, pilot of post-discharge calls
   starting Dec on 4West.
5. New business: hand hygiene observers needed for ED, volunteers to S. Lind.

Next meeting 11/25. Minutes by K. Morris.
""")
# ============================ clean-lookalike ============================
add('clean', 'clean-lookalike', '', """
From: Willow Creek Animal Hospital <reminders@willowcreekvet.com>
To: Danielle Pruett <dani.pruett@gmail.com>
Subject: Biscuit is due for vaccines!
Date: Mon, 19 Oct 2026 09:00:00 -0700
""", """Hi Danielle,

Our records show that Biscuit (Canine, Beagle mix, 7 yrs) is due for:

  - Rabies (3 year)           due 10/28/2026
  - DHPP booster              due 10/28/2026
  - Bordetella                overdue since 09/02/2026
  - Heartworm test + annual exam

Patient ID: 20417  |  Dr. Amelia Foss

Book online or call 503-644-2180. Senior wellness bloodwork is 15% off through November!

Willow Creek Animal Hospital
""", html="""<html><body style="font-family:Verdana;font-size:10pt;color:#333">
<div style="background:#4A7C59;color:white;padding:10px"><b>Willow Creek Animal Hospital</b></div>
<p>Hi Danielle,</p><p>Our records show that <b>Biscuit</b> (Canine, Beagle mix, 7 yrs) is due for:</p>
<ul><li>Rabies (3 year) &ndash; due 10/28/2026</li><li>DHPP booster &ndash; due 10/28/2026</li>
<li>Bordetella &ndash; <span style="color:#C00">overdue since 09/02/2026</span></li><li>Heartworm test + annual exam</li></ul>
<p style="font-size:8pt">Patient ID: 20417 | Dr. Amelia Foss</p>
<p><a href="https://willowcreekvet.com/book">Book online</a> or call 503-644-2180. Senior wellness bloodwork is 15% off through November!</p>
</body></html>""")

add('clean', 'clean-lookalike', '', """
From: Granite Mutual Auto Claims <claims@granitemutual.com>
To: Vincent Castellano <vcastellano@castellanoplumbing.com>
Subject: Claim 26-AU-448120 - estimate approved
Date: Wed, 28 Oct 2026 13:40:00 -0400
""", """Dear Vincent Castellano,

Your claim 26-AU-448120 (date of loss 10/17/2026, 2021 Ford Transit, policy GMA-7702881) has been
reviewed. The repair estimate from Keller Collision for $3,912.44 is approved less your $500
deductible. Payment will be issued directly to the shop.

A rental vehicle is covered for up to 10 days at $40/day through Enterprise, reservation #
88120447.

If you have questions, contact your adjuster, Tom Albers, at 800-410-7723 ext. 5561.

Granite Mutual Insurance - Auto Claims
""")

add('clean', 'clean-lookalike', '', """
From: IronWorks Fitness <frontdesk@ironworksfit.com>
To: Carol Lindgren <carol.lindgren@centurylink.net>
Subject: Your personal training session is booked
Date: Tue, 3 Nov 2026 18:00:00 -0600
""", """Hi Carol!

You're booked with Coach Devin on Thursday 11/5 at 6:30 AM for your complimentary fitness
assessment (included with your new Gold membership, member #IW-40882).

What to expect: a short goals chat, a few mobility and strength tests, and a body composition
scan. Wear comfy clothes and bring water. If you've got any injuries let Devin know so he can
adjust.

Need to cancel? 24 hours notice please.

See you soon!
IronWorks Fitness - Eastgate
""")

add('clean', 'clean-lookalike', '', """
From: CareMart Rewards <rewards@caremart-email.com>
To: Linda Oyelaran <linda.oyelaran@gmail.com>
Subject: Linda, you've got $10 in CareBucks waiting 🎉
Date: Fri, 13 Nov 2026 06:15:00 -0500
""", """Hi Linda,

You've earned $10 in CareBucks! Use them on anything in store or online by 11/30.

Your rewards summary
  Member #: 4410 2287 1093
  Points this year: 2,140
  Tier: Silver (860 points to Gold)

THIS WEEK ONLY
  * 30% off vitamins & supplements
  * Buy 1 get 1 50% off cold & flu
  * Free flu shot, no appointment needed, most insurance accepted - get $5 CareBucks

Unsubscribe | Privacy policy | CareMart Inc., Deerfield IL
""", cte='qp')

add('clean', 'clean-lookalike', '', """
From: Helen Novak <helen.novak.linden@gmail.com>
To: Linden Ave Neighbors <linden-ave-neighbors@googlegroups.com>
Subject: lost dog + CPR class
Date: Sat, 7 Nov 2026 10:30:00 -0600
""", """Two things, neighbors!

1. Has anyone seen a small gray terrier, red collar, answers to "Pickles"? He belongs to the new
   family at the corner of Linden and 4th. Got out through the fence yesterday afternoon.

2. The community center is doing a free CPR & first aid class Saturday 11/21, 9-noon. Red Cross
   instructors, certificate included. I signed up, there are 6 spots left. Would be nice if a few of
   us on the block knew how to use the AED at the park.

Helen (#22)
""")

add('clean', 'clean-lookalike', '', """
From: Lincoln Elementary Office <office@lincolnelem.k12.or.us>
To: Lincoln Families <families@lincolnelem.k12.or.us>
Subject: Head lice check & flu season reminders
Date: Mon, 26 Oct 2026 15:00:00 -0700
""", """Dear Lincoln Families,

We have had a few reports of head lice in the primary grades. Our school nurse will do a quick,
private check for all K-2 students on Thursday. If anything is found, the family will be contacted
privately and the student may stay in class until the end of the day.

Flu season reminders:
  - Keep your child home if they have a fever of 100.4 or higher, until 24 hours fever-free without
    medicine.
  - The county health department is holding a free vaccine clinic in our gym on Nov 14, 10-2.
  - Please make sure any student medications at school have an updated form for this year.

Thank you,
Lincoln Elementary Office
""")

add('clean', 'clean-lookalike', '', """
From: Cascade Community Bank <alerts@cascadecommunitybank.com>
To: Margaret Fairbanks <mfairbanks44@verizon.net>
Subject: Your HSA statement is ready
Date: Sun, 1 Nov 2026 04:00:00 -0400
""", """Hello Margaret,

Your October statement for Health Savings Account ending in 4471 is now available in Online
Banking.

  Beginning balance       $3,880.12
  Contributions           $  250.00
  Interest                $    1.94
  Ending balance          $4,132.06

Reminder: 2026 contribution limit is $4,400 (self-only). Contributions for 2026 can be made until
April 15, 2027.

Cascade Community Bank will never ask for your password or PIN by e-mail.
Member FDIC.
""")
# ============================ clean-news ============================
add('clean', 'clean-news', '', """
From: Mercy South Foundation <foundation@mercysouth.org>
To: Community Friends <friends@mercysouth.org>
Subject: Heart & Vascular Pavilion opens December 7
Date: Tue, 10 Nov 2026 12:00:00 -0600
""", """Dear friends,

After three years of construction and more than 4,200 gifts from our community, the new Marjorie
Hale Heart & Vascular Pavilion opens its doors on Monday, December 7.

The Pavilion brings together cardiology clinics, two new cardiac catheterization labs, a hybrid
operating room and a 24-bed cardiac unit under one roof, so families no longer have to cross the
campus between appointments.

Community open house: Saturday, December 5, 10 AM - 2 PM. Free blood pressure checks, tours, and
hot cider.

Also in this issue: a heart-healthy turkey chili recipe from our dietitians, and how to recognise
the signs of stroke (BE FAST).

With thanks,
Mercy South Foundation
""", html="""<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="background:#8B0000;color:#fff;padding:16px;font-size:20pt">Heart &amp; Vascular Pavilion opens December 7</td></tr>
<tr><td style="padding:16px;font-size:11pt">
<p>Dear friends,</p>
<p>After three years of construction and more than 4,200 gifts from our community, the new Marjorie Hale Heart &amp; Vascular Pavilion opens its doors on Monday, December 7.</p>
<p>The Pavilion brings together cardiology clinics, two new cardiac catheterization labs, a hybrid operating room and a 24-bed cardiac unit under one roof.</p>
<p><b>Community open house:</b> Saturday, December 5, 10 AM &ndash; 2 PM. Free blood pressure checks, tours, and hot cider.</p>
<p>Also in this issue: a heart-healthy turkey chili recipe, and how to recognise the signs of stroke (BE FAST).</p>
<p style="font-size:8pt;color:#888">You are receiving this because you subscribed to Mercy South Foundation news. <a href="#">Unsubscribe</a></p>
</td></tr></table></body></html>""")

add('clean', 'clean-news', '', """
From: Dallas County Health & Human Services <alerts@dallascountyhhs.org>
To: Health Alert Network Subscribers <han@dallascountyhhs.org>
Subject: HEALTH ADVISORY: Measles cases rise to 14 in county
Date: Fri, 30 Oct 2026 17:00:00 -0500
""", """HEALTH ADVISORY - 10/30/2026

Dallas County HHS has confirmed 14 cases of measles since October 1 (ages 11 months to 38 years;
11 unvaccinated, 2 unknown status, 1 with one documented MMR dose). 3 have been hospitalized. No
deaths.

Possible public exposure sites and times are listed on our website and are updated daily.

Clinicians: consider measles in any patient with fever and rash, especially with cough, coryza or
conjunctivitis. Isolate immediately, report suspected cases by phone to 214-819-2004 without waiting
for lab confirmation, and collect both serology and a throat/NP swab for PCR.

The public: check your MMR status. Free vaccine is available at all county immunization clinics.
""")

add('clean', 'clean-news', '', """
From: Northstar Health Plan <wellness@northstarhealthplan.com>
To: carol.lindgren@centurylink.net
Subject: 5 small habits for healthier blood pressure
Date: Wed, 11 Nov 2026 07:00:00 -0600
""", """Northstar Wellness | November

5 small habits for healthier blood pressure

1. Shake less salt. Most sodium comes from packaged foods - check labels for under 600 mg per serving.
2. Move 20 minutes a day. A brisk walk counts.
3. Check at home. Sit quietly for 5 minutes, feet flat, arm at heart level.
4. Limit alcohol to one drink a day for women, two for men.
5. Sleep. Adults who sleep less than 6 hours have higher rates of hypertension.

Did you know? Your plan covers a home blood pressure monitor at $0 with a prescription. Ask your
doctor.

This is a general wellness message and not medical advice. Northstar Health Plan, 400 Nicollet Mall.
""")

add('clean', 'clean-news', '', """
From: Fairmount Pharmacy <news@fairmountpharmacy.com>
To: Fairmount Pharmacy Customers <customers@fairmountpharmacy.com>
Subject: Voluntary recall: certain lots of children's ibuprofen suspension
Date: Mon, 16 Nov 2026 11:00:00 -0600
""", """Important product notice

The manufacturer has issued a voluntary recall of Children's Ibuprofen Oral Suspension 100 mg/5 mL,
4 oz bottles, lot numbers 24K0318, 24K0319 and 24K0402, because some bottles may contain a higher
concentration than labelled.

If you have a bottle from these lots, stop using it and return it to any Fairmount location for a
full refund, no receipt needed. Other lots and other strengths are not affected.

Questions? Talk to any of our pharmacists.

Fairmount Pharmacy
""")

add('clean', 'clean-news', '', """
From: State Medical Society Digest <digest@statemedsociety.org>
To: members@statemedsociety.org
Subject: This week: statins in adults over 75, prior auth reform, CME deadline
Date: Thu, 5 Nov 2026 06:00:00 -0500
""", """THE WEEKLY DIGEST - November 5, 2026

RESEARCH
A pragmatic trial of 18,400 adults aged 75 and older without prior cardiovascular disease found a
modest reduction in major cardiovascular events with moderate-intensity statins (HR 0.86), with no
increase in muscle symptoms versus placebo. Editorialists urge shared decision-making.

ADVOCACY
The prior authorization reform bill passed committee 9-2 this week. The bill requires insurers to
answer urgent requests within 24 hours and publish approval rates by service.

MEMBER NEWS
Reminder: 50 CME hours are due by December 31 for license renewal, including 2 hours in opioid
prescribing.

Unsubscribe or manage preferences at statemedsociety.org/account
""", charset='iso-8859-1')

add('clean', 'clean-news', '', """
From: Cedar Hollow Counseling <newsletter@cedarhollowcounseling.com>
To: Cedar Hollow Community <community@cedarhollowcounseling.com>
Subject: Getting through the holidays when you're grieving
Date: Sun, 15 Nov 2026 08:00:00 -0500
""", """From the Cedar Hollow team

The holidays can be hard when you're missing someone. A few things clients tell us help:
  - It's okay to change traditions this year, or to skip some.
  - Plan an "exit" for gatherings - your own car, a time to leave.
  - Say their name. Most people are relieved when someone else does.

Our free drop-in grief support group meets Wednesdays at 6 PM in December (no registration). And
if you or someone you love is in crisis, call or text 988 any time.

Warmly,
Cedar Hollow Counseling
""")

# ============================ clean-training ============================
add('clean', 'clean-training', '', """
From: EHR Training Team <ehrtraining@valleymedcenter.org>
To: November New Hires <newhires-nov@valleymedcenter.org>
Subject: Practice environment logins + exercise 3
Date: Mon, 9 Nov 2026 08:00:00 -0800
""", """Welcome to week 2!

Your PLAYGROUND logins are below your badge number (password is Train2026! and you'll be forced to
change it). Remember: PLAYGROUND is not connected to production. Never practice on a real chart.

Exercise 3 - place a lab order and document a vital signs flowsheet
  1. Open patient TEST, ZZPATIENT-ALPHA  (MRN 9999001, DOB 01/01/1980)
  2. Place order: CBC with diff, routine
  3. Document BP 120/80, HR 72, Temp 98.6 F
  4. Sign and route to "Training Provider, MD"
  5. Repeat on ZZTEST, BRAVO (MRN 9999002)

Bring questions to Thursday's Q&A at 1 PM.
EHR Training Team
""")

TRAIN_HL7 = r"""MSH|^~\&|SENDAPP|TRAINFAC|RECVAPP|TRAINFAC|20260101120000||ADT^A01|MSG00001|T|2.5.1
EVN|A01|20260101120000
PID|1||TEST0001^^^TRAINFAC^MR||ZZTEST^PATIENT^A||19000101|U|||123 SAMPLE ST^^ANYTOWN^ZZ^00000
PV1|1|I|TRAIN^101^A|||||||||||||||V0000001
"""
add('clean', 'clean-training', '', """
From: Marcus Bell <mbell@valleymedcenter.org>
To: Interface Team <interfaces@valleymedcenter.org>
Subject: HL7 101 lunch-and-learn materials
Date: Wed, 21 Oct 2026 16:00:00 -0700
""", """Attached is the sample ADT^A01 we'll walk through Friday. Note the processing ID in MSH-11 is
"T" for test - anything you build in the sandbox should keep that. The patient is our standard
ZZTEST dummy; please don't paste real messages into the slides.

Topics: segments and fields, escape characters, A01 vs A04 vs A08, ACK/NAK handling.

Marcus
""", att=[('sample_ADT_A01.hl7', TRAIN_HL7, 'text/plain')])

add('clean', 'clean-training', '', """
From: Denise Pruitt <dpruitt@meadowviewfamilymed.com>
To: New Front Desk Staff <newfrontdesk@meadowviewfamilymed.com>
Subject: phone scripts - please read before Monday
Date: Fri, 13 Nov 2026 14:00:00 -0600
""", """Hi new folks! Here are the scripts we use. Practice them out loud, it helps.

ANSWERING:
"Thank you for calling Meadowview Family Medicine, this is ___, how can I help you?"

VERIFYING (always two identifiers before discussing anything):
"Can I have the patient's full name and date of birth, please?"

CALLER IS NOT THE PATIENT:
"I'm happy to help. Let me check whether we have a release on file for you." (Check the HIPAA tab.
If there's no release, you can take a message, but you can't confirm the person is our patient.)

RESULTS:
"I'm not able to give results over the phone, but I'll send a message to the nurse to call you
back today."

ANGRY CALLER:
Let them finish. "I understand this has been frustrating. Let me see what I can do right now."

Denise
""")

add('clean', 'clean-training', '', """
From: Coding Education <codingedu@riverbendpt.com>
To: Billing Team <billing-team@riverbendpt.com>
Subject: Monthly coding quiz - November (answers Friday)
Date: Tue, 3 Nov 2026 10:00:00 -0600
""", """November quiz! 5 questions, no looking it up until you've tried.

1. A 54-year-old presents for initial PT evaluation after rotator cuff repair. History includes
   diabetes and prior contralateral shoulder surgery; a standardized outcome measure is used, and
   the plan of care is moderately complex. Which evaluation code?
2. Therapist spends 38 total minutes: 23 therapeutic exercise, 15 manual therapy. How many units of
   each under the 8-minute rule?
3. When is modifier 59 (or X-modifiers) appropriate with 97140 and 97530?
4. True or false: a re-evaluation can be billed at every progress note.
5. What's the difference between KX and GA modifiers for Medicare?

Winner gets a Starbucks card.
""")

add('clean', 'clean-training', '', """
From: ClearPath Academy <academy@clearpathclearinghouse.com>
To: Webinar Registrants <webinar@clearpathclearinghouse.com>
Subject: Slides: Reading an 837P line by line
Date: Thu, 19 Nov 2026 15:30:00 -0500
""", """Thanks for joining today's session. As promised, here's the sample claim we used. All data is
fictitious (Jane Doe, the usual).

NM1*IL*1*DOE*JANE****MI*SAMPLE00001~        <- subscriber, "MI" = member ID qualifier
DMG*D8*19000101*F~                           <- demographics: date format, DOB, sex
CLM*SAMPLECLM1*100***11:B:1*Y*A*Y*Y~         <- claim ID, total charge, place of service 11
HI*ABK:Z0000~                                <- diagnosis code (Z00.00 used as a placeholder)
SV1*HC:99213*100*UN*1***1~                    <- procedure, charge, units, diagnosis pointer
DTP*472*D8*20260101~                          <- date of service

Next session: "Why was my 835 different from my 837?" December 3.

ClearPath Academy
""")

add('clean', 'clean-training', '', """
From: Bea Lindqvist <bea@cedarhollowcounseling.com>
To: Front Desk <frontdesk@cedarhollowcounseling.com>
Subject: new templates for portal replies
Date: Wed, 28 Oct 2026 12:15:00 -0500
""", """Here are the updated canned replies for the portal. Copy, paste, and fill in the brackets. Don't
add anything clinical - anything beyond scheduling goes to the clinician's inbox.

--- RESCHEDULE ---
Hi [Client first name], your appointment with [Clinician] has been moved to [Day, Date] at [Time].
Please reply to confirm, or call us at the office number to choose another time.

--- NO-SHOW ---
Hi [Client first name], we missed you today. Our policy is a $[fee] fee for missed sessions without
24 hours notice. Please call us to reschedule.

--- FORMS ---
Hi [Client first name], before your first visit please complete the intake packet at [link].

Thanks!
Bea
""")

# ============================ write ============================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(M, 1):
        msg = build(m, i)
        name = '%s-%03d.eml' % (m['kind'], i)
        data = msg.as_bytes()
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        rows.append((name, m['label'], m['kind'], m['patient']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
