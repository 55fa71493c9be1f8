#!/usr/bin/env python3
"""Blind eval set: regional community pharmacy chain (Bellwether Pharmacy). Hand-written messages."""
import random, os, io, csv, base64, quopri, zipfile, hashlib, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, message_from_bytes

random.seed(2223)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def textpart(text, sub='plain', charset='utf-8', cte=None, filename=None):
    p = MIMENonMultipart('text', sub, charset=charset)
    raw = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) else 'qp'
    if cte == 'qp':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    else:
        p.set_payload(raw.decode('ascii'))
        p['Content-Transfer-Encoding'] = '7bit'
    if filename:
        p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def binpart(data, maintype, subtype, filename):
    if isinstance(data, str):
        data = data.encode('utf-8')
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p

def zippart(filename, inner_name, content):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 3, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return binpart(buf.getvalue(), 'application', 'zip', filename)

def rfc822part(frm, to, date, subj, body):
    inner = textpart(body)
    inner['From'] = frm; inner['To'] = to; inner['Date'] = date; inner['Subject'] = subj
    inner['Message-ID'] = mid(frm)
    return MIMEMessage(inner)

def boundary():
    return '----=_NextPart_000_%04X_%08X.%08X' % (random.getrandbits(16), random.getrandbits(32), random.getrandbits(32))

def mid(frm):
    dom = frm.split('@')[-1].strip('> ')
    return '<%s.%d@%s>' % ('%016x' % random.getrandbits(64), random.randint(1000, 99999), dom)

def enc_hdr(v):
    if all(ord(c) < 128 for c in v):
        return v
    from email.header import Header
    return Header(v, 'utf-8').encode()

def enc_addr(v):
    if all(ord(c) < 128 for c in v):
        return v
    name, _, addr = v.rpartition('<')
    return enc_hdr(name.strip()) + ' <' + addr

def add(label, kind, patient, frm, to, date, subj, body=None, html=None, atts=(),
        charset='utf-8', cte=None, cc=None, extra=None):
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart('alternative', boundary=boundary())
        alt.attach(textpart(body, 'plain', charset, cte))
        alt.attach(textpart(html, 'html', charset, cte))
        main = alt
    elif html is not None:
        main = textpart(html, 'html', charset, cte)
    else:
        main = textpart(body, 'plain', charset, cte)
    if atts:
        m = MIMEMultipart('mixed', boundary=boundary())
        m.attach(main)
        for a in atts:
            m.attach(a)
    else:
        m = main
    m['From'] = enc_addr(frm)
    m['To'] = enc_addr(to)
    if cc:
        m['Cc'] = enc_addr(cc)
    m['Date'] = date
    m['Subject'] = enc_hdr(subj)
    m['Message-ID'] = mid(frm)
    for k, v in (extra or {}).items():
        m[k] = v
    MSGS.append((label, kind, patient, m))

def hdr_encode(s, charset='utf-8'):
    from email.header import Header
    return Header(s, charset).encode()

# ============================ PHI-CARE ============================
add('phi', 'care', 'Pruitt',
    'Kaylee Brandt <kbrandt@bellwetherrx.com>', 'Rx 104 Pharmacists <rph104@bellwetherrx.com>',
    'Mon, 02 Nov 2026 08:14:22 -0500', 'refill too soon - Pruitt',
    """Walter Pruitt is at the counter for his metoprolol succ 25, Caremark rejected 79 refill too soon (last fill 10/19, 30 DS). He says the bottle went down the garbage disposal Saturday. He has maybe 2 tabs left.

Do you want me to call for a vacation/lost override or do we just loan him 5?

Kaylee
CPhT, Store 104
""")

add('phi', 'care', 'Ostrowski',
    'Theresa Mallory <tmallory@cedarhollowfm.org>', 'Bellwether Pharmacy #117 <store117@bellwetherrx.com>',
    'Tue, 03 Nov 2026 11:02:40 -0500', 'RE: PA status - Repatha',
    """Hi all,

Good news, the prior authorization for Gerald Ostrowski (DOB 03/14/1956) went through this morning. Approval is for Repatha SureClick 140 mg/mL every 14 days, approved 11/03/2026 through 11/02/2027. Case ref on the Express Scripts side is 48817392.

Can you please rerun the claim and let him know it's ready? He asked that you call his cell, 614-882-3017, not the house.

Thank you!
Theresa Mallory
Prior Authorization Coordinator
Cedar Hollow Family Medicine | 2200 Linwood Rd, Suite 4
P 614-555-0142  F 614-555-0149

CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and confidential. If you are not the intended recipient please notify the sender and delete this message.

-----Original Message-----
From: Bellwether Pharmacy #117 <store117@bellwetherrx.com>
Sent: Friday, October 30, 2026 4:48 PM
To: Theresa Mallory <tmallory@cedarhollowfm.org>
Subject: PA status - Repatha

Theresa - checking on the PA we faxed 10/22 for Ostrowski, Gerald. Claim still rejecting 75. Thanks, Dev @ 117
""",
    html="""<html><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}
.sig{color:#1F4E79;font-size:9pt}</style></head><body lang=EN-US>
<div class=WordSection1>
<p class=MsoNormal>Hi all,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Good news, the prior authorization for <b>Gerald Ostrowski</b> (DOB 03/14/1956) went through this morning. Approval is for Repatha SureClick 140 mg/mL every 14 days, approved 11/03/2026 through 11/02/2027. Case ref on the Express Scripts side is 48817392.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Can you please rerun the claim and let him know it&#8217;s ready? He asked that you call his cell, 614-882-3017, not the house.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Thank you!</p>
<p class=sig>Theresa Mallory<br>Prior Authorization Coordinator<br>Cedar Hollow Family Medicine | 2200 Linwood Rd, Suite 4<br>P 614-555-0142&nbsp; F 614-555-0149</p>
<p class=sig style="color:#7F7F7F">CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and confidential. If you are not the intended recipient please notify the sender and delete this message.</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class=MsoNormal><b>From:</b> Bellwether Pharmacy #117 &lt;store117@bellwetherrx.com&gt;<br><b>Sent:</b> Friday, October 30, 2026 4:48 PM<br><b>To:</b> Theresa Mallory &lt;tmallory@cedarhollowfm.org&gt;<br><b>Subject:</b> PA status - Repatha</p></div>
<p class=MsoNormal>Theresa - checking on the PA we faxed 10/22 for Ostrowski, Gerald. Claim still rejecting 75. Thanks, Dev @ 117</p>
</div></body></html>""")

add('phi', 'care', 'Castellano',
    '"Ruth Adeyemi, PharmD" <radeyemi@bellwetherrx.com>', 'MTM Team <mtm@bellwetherrx.com>',
    'Wed, 04 Nov 2026 15:37:09 -0500', 'Re: CMR callbacks this week',
    """Finished Mrs. Castellano's CMR this afternoon, took almost 50 min because her granddaughter joined halfway through.

Quick summary so whoever picks up the follow-up isn't starting cold:
- Inez Castellano, 79, takes Eliquis 5 mg BID -- she had been skipping the evening dose "when she eats late". Explained it's not tied to meals. Granddaughter (Marisol) is going to set up a phone alarm.
- She still has the old furosemide 20 in the cabinet from before Dr. Hargrove bumped it to 40. Told her to bring both bottles next time she's in so we can dispose of the 20s.
- OTC: takes Aleve for her knee a couple times a week. Flagged that to the prescriber via fax, suggested acetaminophen instead.
- Wants everything synced to one pickup day. I started med sync for the 18th.

TMR due in 90 days. I documented in OutcomesMTM, claim submitted.

Ruth

On Wed, Nov 4, 2026 at 9:12 AM MTM Team <mtm@bellwetherrx.com> wrote:
> Reminder: 14 CMRs still open for the quarter. Please take at least two callbacks
> each from the shared list before Friday. Thanks - Gail
""")

add('phi', 'care', 'Tsai',
    'Immunization Scheduling <vaxclinic@bellwetherrx.com>', 'Marcus Lind <mlind@bellwetherrx.com>',
    'Thu, 05 Nov 2026 07:55:13 -0500', 'Riverside clinic 11/14 - one add-on',
    """Marcus,

Adding one to your Saturday Riverside clinic. Raymond Tsai is due for his second Shingrix (first dose was 05/09 at our Greenfield store, lot 7ZX42 on file). He's booked at 10:20. His Medicare Part D is through Wellcare so bill it on the pharmacy side, not Part B.

He mentioned he had a sore arm for three days after the first shot so he may ask about that.

-- Scheduling desk
""")

add('phi', 'care', 'Reinholt',
    'Dolores Funk <dfunk@harborlaneresidences.org>', 'Bellwether LTC Services <ltc@bellwetherrx.com>',
    'Thu, 05 Nov 2026 19:41:55 -0500', 'Missing card in tonight\'s tote - Maple house',
    """Hello LTC team,

Tonight's delivery to the Maple St house came without the blister card for Tobias Reinholt's lamotrigine 100 mg (the AM/PM one). The MAR says it was due for refill today. Staff gave the last dose from the old card tonight so he is OK until morning but we have nothing for 8am.

The driver said everything on his sheet was in the tote. Can someone look at this tonight? The on-call number went to voicemail twice.

Dolores Funk, House Manager
Harbor Lane Residences - Maple St
(614) 239-7716
Sent from my iPad
""")

add('phi', 'care', 'Ellison',
    'Sandra Kiely <skiely@bellwetherrx.com>', 'Pharmacist 122 <rph122@bellwetherrx.com>',
    'Fri, 06 Nov 2026 10:26:31 -0500', 'Transfer in \u2013 Ellison',
    """Took a transfer in from CVS #4471 (Grandview Ave), spoke to their RPh Tom.
Pt: Marguerite Ellison, 1408 Calder Ct
Atorvastatin 40 mg tab, 1 qhs, #90, 3 refills remaining, orig written 06/02/2026, Dr. Nkemelu
Last filled there 08/30.
She\u2019d like it ready by 3 today \u2013 she\u2019s \u201cdone with the drive-thru over there\u201d.
Needs your verification before I fill.
Sandra
""", charset='windows-1252')

add('phi', 'care', 'Beaumont',
    'Compounding Lab 109 <compounding@bellwetherrx.com>', 'Store 104 <store104@bellwetherrx.com>',
    'Mon, 09 Nov 2026 13:18:02 -0500', 'Fwd: magic mouthwash order',
    """104 - this one is yours for pickup. Made 240 mL, BUD 14 days (11/23), in the fridge bag labeled with his name. Please don't let it sit in will-call at room temp.

Lab

---------- Forwarded message ---------
From: Dr. Priyanka Sethi <psethi@lakeshoreonc.com>
Date: Fri, Nov 6, 2026 at 4:02 PM
Subject: magic mouthwash order
To: <compounding@bellwetherrx.com>

Please compound for Hollis Beaumont (DOB 9/1/1961):
Diphenhydramine 12.5mg/5mL : Maalox : viscous lidocaine 2%, 1:1:1, total 240 mL.
Swish and spit 10 mL q4-6h prn. Refills x2.
Signed Rx faxed to your lab line this afternoon. He will pick up at the Maple Ave store.
Thanks, P. Sethi MD
""")

add('phi', 'care', 'Abernathy',
    '"Jun Park, PharmD" <jpark@bellwetherrx.com>', 'Dr. Anand Ruparelia <aruparelia@cedarhollowfm.org>',
    'Tue, 10 Nov 2026 09:47:18 -0500', 'POC INR this morning - C. Abernathy',
    None,
    html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Dr. Ruparelia,</p>
<p>Clarence Abernathy came in for his point-of-care INR check under our collaborative agreement.</p>
<table border=1 cellpadding=4 style="border-collapse:collapse;font-size:10pt">
<tr><th align=left>Date</th><th align=left>INR</th><th align=left>Weekly dose</th></tr>
<tr><td>10/13/2026</td><td>2.6</td><td>35 mg</td></tr>
<tr><td>10/27/2026</td><td>2.9</td><td>35 mg</td></tr>
<tr><td><b>11/10/2026</b></td><td><b>3.4</b></td><td>35 mg</td></tr>
</table>
<p>He started a course of Bactrim from urgent care on 11/6 which likely explains the bump. Per protocol I told him to hold tonight's warfarin and resume 5 mg daily tomorrow, recheck on 11/17. Please let me know if you want something different.</p>
<p>Jun Park, PharmD<br>Bellwether Pharmacy #122 Greenfield<br>Anticoagulation Services</p>
<p style="font-size:8pt;color:gray">This message is intended only for the addressee and may contain confidential health information.</p>
</body></html>""")
# ============================ PHI-NAMES ============================
add('phi', 'names', 'Okafor',
    'Dr. Lena Marsh <lmarsh@northgatepsych.com>', 'Bellwether Pharmacy #117 <store117@bellwetherrx.com>',
    'Mon, 02 Nov 2026 16:20:44 -0500', 'Okafor, Chidi - ANC from Friday',
    """See below, ANC came back 2,400 on 10/30. Already entered in the REMS portal. Ok to release the next 14 days of clozapine.

Lena Marsh, PMHNP
Northgate Psychiatry
""")

add('phi', 'names', 'Dunleavy',
    'Priya Raman <praman@bellwetherrx.com>', 'Jake Sorensen <jsorensen@bellwetherrx.com>',
    'Tue, 03 Nov 2026 14:05:27 -0500', 'phone msg',
    """Jake - Mrs. Dunleavy's son called again (third time today). He says "Mom ran out of the patches Tuesday" and she's in a lot of pain. I told him we're still waiting on the new script from Dr Whitcomb since it's a CII and we can't take a phone-in. He got pretty heated. Said he'd drive to the office himself.

Can you call him back when you're off the phone with the Humana rep? 740-391-2286. I'm on register until 4.

P
""")

add('phi', 'names', 'Szymanski',
    'Greg Atwood <gatwood@harborlaneresidences.org>', 'LTC Pharmacist <ltc-rph@bellwetherrx.com>',
    'Wed, 04 Nov 2026 08:33:51 -0500', 'Big Eddie again',
    """Morning,

Big Eddie (Eddie Szymanski, Oak house) refused his morning meds again, that's 4 days running. He keeps saying the "sprinkles taste like pennies". Staff have been opening the Depakote sprinkle caps onto applesauce like the label says.

Is there something else the doc could order that's liquid or that we could mix into pudding instead? Dr. Fenwick's office said to ask you first.

Thanks,
Greg Atwood
Harbor Lane - Oak House Lead
""")

add('phi', 'names', 'Fitzhugh',
    'Jake Sorensen <jsorensen@bellwetherrx.com>', 'Rx 122 Team <rx122@bellwetherrx.com>',
    'Wed, 04 Nov 2026 11:49:06 -0500', 'can someone pull a fill history',
    """Whoever's free -- can you pull Lorraine Fitzhugh's fill history on the oxycodone/APAP 10/325 for the last 6 months and check it against the PDMP? Dr. Whitcomb's nurse is on hold asking whether she filled the 10/8 script here or somewhere else. Lorraine's husband was in yesterday saying they were "short" and I don't love it.

Print it, put it on my station, don't fax anything until I look.

Jake
""")

add('phi', 'names', 'Greaves',
    'Marcus Lind <mlind@bellwetherrx.com>', 'Store 104 Staff <staff104@bellwetherrx.com>',
    'Thu, 05 Nov 2026 21:58:33 -0500', 'closing notes Thu',
    """Closing notes:

- Till 2 was short $4.10, Priya recounted, logged.
- Ambient label printer jammed twice again. Ticket #HD-20931 opened.
- Jen is covering Sat for Kaylee.
- Pauline Greaves is coming first thing tomorrow for her Lantus and pen needles -- it's in the fridge, bin F-3. She paid already, just needs counseling (new pen type). Rafael knows.
- Fridge temp logs signed.
- Cardboard out. Alarm set at 9:52.

Marcus
""")

add('phi', 'names', 'Vandermeer',
    'Alisha Grant <agrant@bellwetherrx.com>', 'Specialty Coordinator <specialty@bellwetherrx.com>',
    'Fri, 06 Nov 2026 09:15:40 -0500', 'FW: misrouted courier',
    """Pasting from the Teams thread so it's in email:

[9:02 AM] Dev Chaudhary: courier dropped a cold box at 117 that's supposed to be at 104
[9:03 AM] Dev Chaudhary: label says VANDERMEER, HELENA -- Humira pen 40mg x2
[9:04 AM] Alisha Grant: that's ours, she's picking up at 104 at noon
[9:05 AM] Dev Chaudhary: ice packs still cold, I put it in our fridge. can someone drive over?
[9:06 AM] Alisha Grant: I'll send Rafael on his lunch

Can we get the specialty vendor to fix the ship-to on her profile? Third time.
""")

add('phi', 'names', 'Albertini',
    'Jen Okonkwo <jokonkwo@bellwetherrx.com>', 'Rx 117 <rx117@bellwetherrx.com>',
    'Mon, 09 Nov 2026 15:30:12 -0500', "Mr. Albertini's pickup",
    """His daughter Gina is picking up around 5 for the fentanyl 25 mcg patches. She IS on his authorized pickup list (added 10/2). Please check her ID and have her sign the CII log. Old patches -- she said she'd bring the used ones back in the disposal pouch.
""")

add('phi', 'names', 'Haddad',
    'Nora Fleck <nfleck@bellwetherrx.com>', 'Jun Park <jpark@bellwetherrx.com>',
    'Tue, 10 Nov 2026 17:44:09 -0500', 'RE: weekend coverage + a callback',
    """Sure, I can take Sunday. I'll swap my Tuesday with Rafael.

Also I returned the call you left me -- she's fine, she wasn't sure if she should take it with the thyroid pill. I told her 4 hours apart.

Nora

From: Jun Park <jpark@bellwetherrx.com>
Sent: Tuesday, November 10, 2026 2:11 PM
To: Nora Fleck <nfleck@bellwetherrx.com>
Subject: weekend coverage + a callback

Nora, two things:
1) Can you cover Sunday 11/15 open to 5?
2) Samira Haddad called for a pharmacist, she just got started on the calcium + vitamin D from Dr. Oyelaran and is asking about timing with her levothyroxine. 513-706-4418. I didn't get to it before my INR appointments.

Thanks!
Jun
""")
# ============================ PHI-SELF ============================
add('phi', 'self', 'Pryor',
    'Janelle Pryor <janelle.pryor82@gmail.com>', 'Bellwether Pharmacy Customer Care <care@bellwetherrx.com>',
    'Mon, 02 Nov 2026 20:12:37 -0500', 'Why is my Xarelto $480 now??',
    """Hello,

I picked up my Xarelto 20mg today at the Riverside store and was charged $480.17. Last month it was $47. The tech said my "plan changed" but I have the SAME insurance through my job (Anthem), nothing changed on my end. I paid it because I can't go without it but I need to know what happened and whether I can get money back.

My birthday is 4/27/1982 if you need to look me up. Phone 614-470-2291.

Please call, I don't want to find out at the counter again next month.

Janelle Pryor
""")

add('phi', 'self', 'Lindqvist',
    'Karin Lindqvist-Hale <karinhale@outlook.com>', 'Bellwether Pharmacy #122 <store122@bellwetherrx.com>',
    'Tue, 03 Nov 2026 07:48:19 -0500', 'For my father Frank Lindqvist - delivery question',
    """Good morning,

I am writing on behalf of my dad, Frank Lindqvist (DOB 07/22/1941), who gets his medications from your Greenfield store. Since his fall last month he can't drive and I live about two hours away.

Could his prescriptions be delivered to his apartment (Brookfield Commons, 415 Hartwell Ave, Apt 3C)? He takes the donepezil, the tamsulosin, a potassium and his eye drops. I'd also like to be added to his account so I can talk to the pharmacist - he has signed a HIPAA form at his doctor's but I don't know if you need your own.

My cell is 937-518-6624.

Thank you so much,
Karin Lindqvist-Hale
""")

add('phi', 'self', 'Mercado',
    'D. Mercado <dmercado.home@yahoo.com>', 'care@bellwetherrx.com',
    'Wed, 04 Nov 2026 13:26:50 -0500', 'THIRD TIME ASKING',
    """I have now been waiting THREE DAYS for my Adderall. Day 1 "we don't have it". Day 2 "we can transfer it"-- NO you can't it's a schedule 2. Day 3 nobody answers the phone at 104.

My name is Dominic Mercado. I have been a customer for 11 years. Either find my 20mg XR or tell me which store has it so I can have Dr. Patel send it there. I am missing work over this.

Dominic Mercado
(614) 331-9085
""")

add('phi', 'self', 'Aguilar-Reyes',
    'Lucia Reyes <luciareyes.mom@gmail.com>', 'Compounding Lab <compounding@bellwetherrx.com>',
    'Thu, 05 Nov 2026 10:04:11 -0500', 'dye free amoxicillin for my son',
    """Hi there,

My son Mateo (Mateo Aguilar-Reyes, 9 yrs old, DOB 2/11/2017) broke out in hives last time he had the pink amoxicillin and his pediatrician at Lakeshore Pediatrics thinks it was the dye not the medicine. Dr. Chun is sending over a new prescription today and wrote "dye-free, compound if needed".

Can you make it without the coloring? And how long does it take? He has school tomorrow and I'd like to start it tonight if possible. We are on Medicaid (CareSource) so please let me know if there's a cost.

Thank you!!
Lucia
""")

add('phi', 'self', 'Delacroix',
    'Ron Delacroix <rdelacroix55@icloud.com>', 'store117@bellwetherrx.com',
    'Thu, 05 Nov 2026 18:02:04 -0500', 'auto refill',
    """This is Ron Delacroix, can u put my blood pressure pills on auto refill. Lisinopril and the amlodipine. Same pharmacy. thx

Sent from my iPhone
""")

add('phi', 'self', 'Whitfield',
    'Joyce Whitfield <jwhitfield1962@aol.com>', 'Bellwether Vaccine Clinics <no-reply-vax@bellwetherrx.com>',
    'Fri, 06 Nov 2026 12:33:45 -0500', 'RE: It\'s not too late for your flu shot!',
    """Yes please book me and my husband Arnold for flu + the new covid at the Greenfield clinic, Saturday morning if there is still room. I'm Joyce Whitfield, born 1962, Arnold is 1959. We both have Aetna Medicare. Arnold had a bad reaction to the shingles shot last year (fever 2 days) so maybe not both arms on the same day for him?

Joyce
""",
    html="""<html><body><div style="font-family:Arial;font-size:12pt">Yes please book me and my husband Arnold for flu + the new covid at the Greenfield clinic, Saturday morning if there is still room. I'm Joyce Whitfield, born 1962, Arnold is 1959. We both have Aetna Medicare. Arnold had a bad reaction to the shingles shot last year (fever 2 days) so maybe not both arms on the same day for him?<br><br>Joyce</div>
<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px">
<div style="background:#0B5D7A;color:white;padding:10px;font-size:16pt">Bellwether Pharmacy</div>
<h2>It's not too late for your flu shot!</h2>
<p>Walk-ins welcome at every Bellwether location, or join us at a Saturday community clinic. Most insurance plans cover flu and COVID-19 vaccines at no cost to you.</p>
<p><a href="https://www.bellwetherrx.com/vaccines">Schedule now</a></p>
<p style="font-size:8pt">You are receiving this because you opted in to Bellwether Rewards emails. Unsubscribe.</p>
</blockquote></body></html>""")

add('phi', 'self', 'Bondarenko',
    'Oleksandr Bondarenko <o.bondarenko@ukr.net>', 'Bellwether Pharmacy <store104@bellwetherrx.com>',
    'Sat, 07 Nov 2026 09:51:29 -0500', 'insulin pen broken need new please',
    """Hello,

I am Oleksandr Bondarenko, I am customer in your pharmacy on Maple avenue. I take insulin Lantus SoloStar every evening 22 units. Yesterday my pen is fall on floor and now is broken, the insulin is go out. I have only one pen more and it is finish maybe Tuesday.

Is possible to have new pen before weekend end? Insurance say is too early. I can pay money for one pen if it is not too much. My date of birth 14.03.1968.

Please answer me by email, on phone my English is worse.
Thank you very much
Oleksandr
""")
# ============================ PHI-LISTS ============================
add('phi', 'lists', 'Kaminski',
    'Bellwether LTC Services <ltc@bellwetherrx.com>', 'Nursing Station 2 <nursing2@stbrendanscare.org>',
    'Mon, 02 Nov 2026 14:40:00 -0500', 'Tonight\'s delivery - Unit 2 (St. Brendan\'s)',
    """Unit 2 - delivery run #2, ETA 6:30 PM. Driver: Luis.

Rm 201A  Kaminski, Dorothy   - furosemide 40mg (new order 11/2), KCl 20 mEq
Rm 203B  Yount, Harold       - Eliquis 2.5mg refill card, senna
Rm 207A  Pellegrino, Rose    - morphine sulfate 20mg/mL oral soln 30mL (CII - sign for it)
Rm 210   Ackerly, Vernon     - ceftriaxone 1g IM x5 days (STAT from this AM, 1st dose sent on 10:15 run)
Rm 214B  Oduya, Grace        - levetiracetam 500mg, new card (old one DC'd by Dr. Amadi)

Not sent / on hold:
Rm 205A  Brightwater, Ellen  - Seroquel 25mg: needs GDR paperwork signed before we can dispense per your DON

Call the LTC line with any questions: 614-555-0190
""")

add('phi', 'lists', 'Nwachukwu',
    'Sandra Kiely <skiely@bellwetherrx.com>', 'PA Desk <padesk@bellwetherrx.com>',
    'Tue, 03 Nov 2026 16:55:22 -0500', 'open PAs I\'m handing off',
    """Pasting my sheet before I go on leave. Everything in here is still open as of 4pm.

Patient\tDOB\tDrug\tPlan\tSent to MD\tStatus
Nwachukwu, Adaeze\t08/19/1979\tMounjaro 5mg\tCigna\t10/27\tMD says submitted, no answer
Brandvold, Eric\t12/02/1990\tDupixent 300mg\tAetna\t10/29\tdenied - appeal?
Carrasco, Yesenia\t03/30/1985\tVyvanse 40mg\tMolina\t10/30\tneeds step tx documentation
Holm, Teodor\t06/06/1948\tJardiance 10mg\tHumana PDP\t11/02\tapproved, need to rerun
Pietrowski, Anne\t01/15/1971\tWegovy 1.7mg\tBCBS\t11/02\tplan excludes weight loss, told pt

If Holm calls, just rerun it -- approval letter is scanned in his profile.
Sandra
""")

add('phi', 'lists', 'Thornbury',
    'Ruth Adeyemi <radeyemi@bellwetherrx.com>', 'MTM Team <mtm@bellwetherrx.com>',
    'Wed, 04 Nov 2026 08:20:33 -0500', 'MTM call list - week of 11/2',
    """Split these however you like, just initial next to the one you take.

+--------------------+------------+--------------+------------------------------+------+
| Patient            | Phone      | Plan         | Reason                       | Init |
+--------------------+------------+--------------+------------------------------+------+
| Thornbury, Alma    | 6148831049 | SilverScript | CMR due, 14 meds             | RA   |
| Gutierrez, Felipe  | 6145527730 | Humana       | statin adherence (PDC 71%)   |      |
| Lomax, Bettina     | 7403396612 | Wellcare     | TMR - missed 2 calls         |      |
| Szabo, Imre        | 6142871155 | Aetna        | CMR - daughter translates    |      |
| Whitlock, Dean     | 9375081943 | UHC          | RASA adherence, new to plan  |      |
+--------------------+------------+--------------+------------------------------+------+

Ruth
""")

rosterc = """first_name,last_name,dob,vaccine,dose,insurance,member_id,consent_signed
Harriet,Odom,1951-02-17,Influenza HD,1,Medicare B,1EG4TE5MK72,Y
Paulo,Fontes,1988-09-30,COVID-19 2026-27,1,Anthem,YRK884102293,Y
Miriam,Achterberg,1944-11-05,RSV (Arexvy),1,Humana,H40912877,Y
Keisha,Dunmore,1979-06-12,Tdap,1,CareSource,106339281,N
Roland,Vaszary,1957-03-03,Shingrix,2,SilverScript,RWX210044871,Y
Bao,Tran,1965-12-21,Influenza,1,Aetna,W1877264503,Y
"""
add('phi', 'lists', 'Odom',
    'Immunization Scheduling <vaxclinic@bellwetherrx.com>', 'Marcus Lind <mlind@bellwetherrx.com>',
    'Thu, 05 Nov 2026 16:10:48 -0500', 'Sat Greenfield clinic roster (first batch)',
    """Marcus - first batch of the Saturday roster attached. Keisha Dunmore hasn't signed consent yet, she'll do it on site. More coming Friday.
""", atts=[textpart(rosterc, 'csv', filename='greenfield_clinic_1114_batch1.csv')])

add('phi', 'lists', 'Sutcliffe',
    'Claims Reconciliation <claims@bellwetherrx.com>', 'Store Managers <storemgrs@bellwetherrx.com>',
    'Fri, 06 Nov 2026 07:30:00 -0500', 'Rejected claims still in will-call > 48h',
    None,
    html="""<html><head><style>td,th{font-family:Calibri;font-size:10pt;padding:3px 8px;border:1px solid #bbb}th{background:#DCE6F1}</style></head><body>
<p style="font-family:Calibri">Below are claims that rejected and are still sitting in will-call. Please work these today; anything older than 5 days gets reversed Monday.</p>
<table style="border-collapse:collapse">
<tr><th>Store</th><th>Rx#</th><th>Patient</th><th>Drug</th><th>Reject</th><th>Days</th></tr>
<tr><td>104</td><td>6120448</td><td>SUTCLIFFE, GWEN</td><td>Trelegy Ellipta 100</td><td>76 - plan limits exceeded</td><td>3</td></tr>
<tr><td>104</td><td>6121902</td><td>MBEKI, THANDO</td><td>Ozempic 1mg</td><td>75 - PA required</td><td>6</td></tr>
<tr><td>117</td><td>7718330</td><td>LARUE, COLETTE</td><td>Eliquis 5mg</td><td>88 - DUR reject</td><td>2</td></tr>
<tr><td>122</td><td>4471203</td><td>ENGSTROM, PAUL</td><td>Freestyle Libre 3</td><td>70 - NDC not covered</td><td>4</td></tr>
<tr><td>122</td><td>4472118</td><td>OKAFOR-BELL, RUTH</td><td>Humalog KwikPen</td><td>MR - product not on formulary</td><td>2</td></tr>
</table>
<p style="font-family:Calibri;font-size:9pt;color:#666">Generated from PioneerRx by Claims Reconciliation. Internal use only.</p>
</body></html>""")

add('phi', 'lists', 'Pfeiffer',
    'Alisha Grant <agrant@bellwetherrx.com>', 'Rx 104 <rx104@bellwetherrx.com>',
    'Mon, 09 Nov 2026 08:05:15 -0500', 'RTS list - please pull today',
    """These have been in will-call 10+ days. Please call each one once more this morning and anything not picked up by 3pm goes back to stock:

* Pfeiffer, Linda - sertraline 100mg #30 (called 11/2, no answer)
* Bouchard, Rene - amox/clav 875 #20 (prob doesn't need it anymore, antibiotic from 10/28)
* Ostrander, Kim - Plan B -- NO, leave this, she called, coming today
* Vu, Minh - prednisone 10mg taper pack
* Castro, Elena - Synthroid 88mcg #90 ($62 copay, she said she'd think about it)
* Hargis, Tom - Cialis 5mg #30 (insurance doesn't cover, cash $19.80 w/ coupon)

Thanks!
""")

add('phi', 'lists', 'Yazzie',
    'Greg Atwood <gatwood@harborlaneresidences.org>', 'Bellwether LTC Services <ltc@bellwetherrx.com>',
    'Tue, 10 Nov 2026 06:52:40 -0500', 'Oak house - med changes from yesterday\'s clinic',
    """Hi LTC,

Four of our guys saw Dr. Fenwick at the clinic yesterday. New orders are being faxed but here's what she told us so you're not surprised:

1. Daniel Yazzie - stop the risperidone 1mg at night, start 0.5mg
2. Eddie Szymanski - change Depakote sprinkles to the liquid (she'll write the mg)
3. Curtis Bell - add vitamin D 2000 IU daily
4. Anthony Marchetti - no changes, but she wants labs drawn (valproic acid level) next week, can your lab partner come to the house?

Can the changes make Thursday's cycle fill so we don't have two different cards going?

Greg
""")
# ============================ PHI-STRUCT ============================
hl7_rde = r"""MSH|^~\&|POINTCLICK|STBRENDANS|PIONEERRX|BELLWETHER_LTC|202611021422||RDE^O11^RDE_O11|PCC8820194|P|2.5.1
PID|1||SB004417^^^STBRENDANS^MR||KAMINSKI^DOROTHY^M||19380412|F|||118 Birch Row^^Columbus^OH^43214||6142290184
PV1|1|I|U2^201^A^STBRENDANS
ORC|NW|ORD553190|||||^^^20261102^^R||20261102141800|||1689043372^AMADI^CHIOMA^^^^MD
RXE|^QD&0800^^20261102|00054429725^Furosemide 40 MG Oral Tablet^NDC|40||MG|TAB|Take 1 tablet by mouth every morning||30|TAB|5
RXR|PO
"""
add('phi', 'struct', 'Kaminski',
    'Interface Monitor <hl7-alerts@bellwetherrx.com>', 'LTC Pharmacist <ltc-rph@bellwetherrx.com>',
    'Mon, 02 Nov 2026 14:23:05 -0500', '[HL7 ERROR] RDE^O11 rejected - NDC not found in formulary map',
    """Inbound message from STBRENDANS failed validation.

Error: RXE-2 NDC 00054429725 not mapped in Bellwether LTC formulary. Order held in queue LTC_EXCEPT.
Control ID: PCC8820194

Raw message:
""" + hl7_rde + """
Action required: map NDC or release with manual product selection.
-- automated message, do not reply --
""")

x835 = """ISA*00*          *00*          *ZZ*610014         *ZZ*BELLWETHER01   *261104*0612*^*00501*000004871*0*P*:~
GS*HP*610014*BELLWETHER01*20261104*0612*4871*X*005010X221A1~
ST*835*0001~
BPR*I*1284.66*C*ACH*CCP*01*041000124*DA*8820017743*1411289245**01*044000037*DA*55102938*20261104~
TRN*1*EFT88120394*1411289245~
N1*PR*EXPRESS SCRIPTS~
N1*PE*BELLWETHER PHARMACY 117*XX*1437829016~
CLP*7718330-01*1*412.40*388.12*24.28*MC*2026110300771*01~
NM1*QC*1*LARUE*COLETTE****MI*ESX99120481~
DTM*232*20261102~
SVC*N4:00003089321*412.40*388.12**60~
CAS*PR*1*24.28~
CLP*7718411-00*1*96.10*81.55*14.55*MC*2026110300774*01~
NM1*QC*1*BRUNNER*WALLACE****MI*ESX40288017~
DTM*232*20261102~
SVC*N4:00093505698*96.10*81.55**30~
CAS*PR*3*14.55~
SE*17*0001~
GE*1*4871~
IEA*1*000004871~
"""
add('phi', 'struct', 'Larue',
    'Ken Abbott <kabbott@bellwetherrx.com>', 'Claims Reconciliation <claims@bellwetherrx.com>',
    'Wed, 04 Nov 2026 10:11:59 -0500', '835 from ESI doesn\'t match our totals',
    """Attached is this morning's 835 from Express Scripts for store 117. The Larue Eliquis line paid 388.12 but our adjudicated amount at point of sale was 401.55. Second line looks fine. Can you see if there was a post-adjudication adjustment? I only attached the two claims I care about, trimmed the rest.

Ken
""", atts=[binpart(x835, 'application', 'octet-stream', 'ESI_835_20261104_store117_trim.x12')])

x271 = """ISA*00*          *00*          *ZZ*CAREMARKELIG   *ZZ*BELLWETHER01   *261105*1033*^*00501*000118822*0*P*:~
GS*HB*CAREMARK*BELLWETHER01*20261105*1033*118822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*20261105103300*20261105*1033~
HL*1**20*1~
NM1*PR*2*CVS CAREMARK*****PI*004336~
HL*2*1*21*1~
NM1*1P*2*BELLWETHER PHARMACY 104*****XX*1982706113~
HL*3*2*22*0~
TRN*2*104-ELIG-55812*1411289245~
NM1*IL*1*PRUITT*WALTER*J***MI*CMK7730195502~
DMG*D8*19490728*M~
DTP*346*D8*20260101~
EB*1*IND*88*****~
EB*C*IND*88***23*0~
EB*B*IND*88*****10~
MSG*RX REFILL TOO SOON EDIT APPLIES; NEXT FILL 20261113~
SE*15*0001~
GE*1*118822~
IEA*1*000118822~
"""
add('phi', 'struct', 'Pruitt',
    'Kaylee Brandt <kbrandt@bellwetherrx.com>', 'Rx 104 Pharmacists <rph104@bellwetherrx.com>',
    'Thu, 05 Nov 2026 10:40:27 -0500', 'eligibility came back for the disposal guy',
    """Ran a 270 on him since the override got denied. Pasting the 271. Next fill date they'll allow is 11/13.

""" + x271 + """
So we're back to a loan or cash. Cash for #30 is $11.40.
""")

fhir = """{
  "resourceType": "MedicationRequest",
  "id": "mr-20261105-88317",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {
    "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1373463", "display": "empagliflozin 10 MG Oral Tablet"}]
  },
  "subject": {
    "reference": "Patient/lp-449021",
    "display": "Teodor Holm",
    "identifier": {"system": "urn:oid:2.16.840.1.113883.3.7721.1", "value": "LP449021"}
  },
  "authoredOn": "2026-11-05T09:14:00-05:00",
  "requester": {"display": "Ruparelia, Anand MD", "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1790462218"}},
  "dosageInstruction": [{"text": "Take 1 tablet by mouth once daily in the morning", "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}}],
  "dispenseRequest": {"numberOfRepeatsAllowed": 3, "quantity": {"value": 90, "unit": "tablet"}, "expectedSupplyDuration": {"value": 90, "unit": "days"}},
  "note": [{"text": "PA approved Humana 11/02/2026. Pt DOB 1948-06-06."}]
}
"""
add('phi', 'struct', 'Holm',
    'Cedar Hollow IT <it@cedarhollowfm.org>', 'Bellwether eRx Support <erx-support@bellwetherrx.com>',
    'Thu, 05 Nov 2026 14:02:17 -0500', 'FHIR test from our new EHR - did this arrive?',
    """Hello,

We are piloting the FHIR MedicationRequest feed to your stores as part of the EHR migration. Attached is one live order that our log shows as delivered to store 122 this morning but your pharmacist said she never got it. Can you check on your end whether the endpoint received it?

Regards,
Marco Ilic
Clinical Applications, Cedar Hollow Family Medicine
""", atts=[textpart(fhir, 'plain', filename='MedicationRequest_mr-20261105-88317.json')])
# fix content type of the json attachment
MSGS[-1][3].get_payload()[1].replace_header('Content-Type', 'application/json; name="MedicationRequest_mr-20261105-88317.json"')

dispcsv = """store,rx_number,fill_date,patient_last,patient_first,dob,drug,ndc,qty,days_supply,schedule,prescriber_dea
117,7719204,2026-10-28,FITZHUGH,LORRAINE,1963-05-22,OXYCODONE-APAP 10-325 TAB,00406052301,90,30,CII,BW4410288
117,7719377,2026-10-29,BRANDT-OYELOWO,MARCUS,1987-01-09,AMPHETAMINE ER 20 MG CAP,00115132901,30,30,CII,FP2289013
117,7719502,2026-10-30,ALBERTINI,SILVIO,1936-08-14,FENTANYL 25 MCG/HR PATCH,00406902576,10,30,CII,BW4410288
117,7719611,2026-10-31,KOWALCZYK,DIANE,1958-12-01,ALPRAZOLAM 0.5 MG TAB,00228203911,60,30,CIV,BR1173902
117,7719688,2026-10-31,NGUYEN,THAO,1972-04-18,TRAMADOL 50 MG TAB,57664037788,40,10,CIV,AM5531876
"""
add('phi', 'struct', 'Fitzhugh',
    'Jake Sorensen <jsorensen@bellwetherrx.com>', 'Loss Prevention <lossprevention@bellwetherrx.com>',
    'Fri, 06 Nov 2026 12:44:30 -0500', 'C2-C4 dispensing export 117, last week of Oct',
    """Per your request, attached is the controlled dispensing export for 117 for 10/28-10/31. Zipped and password is the usual one -- actually Outlook kept stripping the protected zip so this one is NOT protected, please don't forward outside LP.

Fitzhugh is the one I emailed about Wednesday.

Jake
""", atts=[zippart('store117_ctrl_export_1028_1031.zip', 'store117_ctrl_export_1028_1031.csv', dispcsv)])

add('phi', 'struct', 'Marchetti',
    'RightFax Server <fax@bellwetherrx.com>', 'LTC Services <ltc@bellwetherrx.com>',
    'Mon, 09 Nov 2026 11:20:08 -0500', 'Fax received from 6145559302 (3 pages)',
    """You have received a 3 page fax.
Remote CSID: 6145559302
Received: 11/09/2026 11:19 AM
OCR text of page 1 follows:

==================================================
          FENWICK BEHAVIORAL HEALTH ASSOCIATES
      410 Summit Park Dr  *  Columbus OH 43215
      Tel 614-555-9300        Fax 614-555-9302
==================================================
FAX COVER SHEET

TO:   Bellwether LTC Pharmacy       FAX: 614-555-0195
FROM: Renee (MA for Dr. J. Fenwick)
DATE: 11/9/26          PAGES (incl. cover): 3

RE:   Anthony Marchetti   DOB 10/03/1984
      Resident - Harbor Lane Residences, Oak House

[ ] Urgent  [X] For review  [ ] Please reply

Comments:
Lab order attached - valproic acid level, CBC w/ diff, CMP.
Please coordinate draw at group home week of 11/16.
Also attached: updated med list for cycle fill.

CONFIDENTIAL: The documents accompanying this facsimile contain
health information that is legally privileged. If you received
this in error, call 614-555-9300 and destroy the documents.
==================================================
""")

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document - Discharge Medications</title>
  <effectiveTime value="20261108153000-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="MR20774419" root="2.16.840.1.113883.3.4410"/>
      <addr use="HP"><streetAddressLine>77 Quarry Ln</streetAddressLine><city>Westerville</city><state>OH</state><postalCode>43081</postalCode></addr>
      <telecom value="tel:+1-614-890-4432" use="HP"/>
      <patient>
        <name><given>Beatrice</given><family>Ainsworth</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19450917"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
      <title>Discharge Medications</title>
      <text>
        <list>
          <item>Apixaban 2.5 mg tablet - 1 tab PO BID (NEW)</item>
          <item>Metoprolol tartrate 25 mg - 1 tab PO BID (CHANGED from succinate 50 daily)</item>
          <item>Pantoprazole 40 mg - 1 tab PO daily before breakfast</item>
          <item>Aspirin 81 mg - STOP</item>
        </list>
      </text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'struct', 'Ainsworth',
    'Transitions of Care <toc@riversidemethodist-demo.org>', 'Bellwether Pharmacy #117 <store117@bellwetherrx.com>',
    'Sun, 08 Nov 2026 16:02:51 -0500', 'Discharge medication reconciliation - meds to beds',
    """Attached is the discharge medication CCD for a patient discharged today who listed Bellwether #117 as her preferred pharmacy. New prescriptions were sent electronically. Please note the aspirin discontinuation and the metoprolol formulation change when counseling.

Riverside Transitions of Care Pharmacy Team
""", atts=[textpart(ccd, 'xml', filename='CCD_discharge_20261108.xml')])

hl7_oru = r"""MSH|^~\&|LABCORP|LCA|BELLWETHER_CLIA|BW122|202611101512||ORU^R01|LC7730018842|P|2.3
PID|1||882004915||OYELARAN-WOOD^PATRICE^A||19700214|F|||||||||||418-77-2091
OBR|1|BW122-0031|LC55910233|4548-4^Hemoglobin A1c^LN|||202611091040|||||||||1124093827^PARK^JUN^^^^PHARMD
OBX|1|NM|4548-4^Hemoglobin A1c^LN||7.9|%|4.0-5.6|H|||F
OBX|2|NM|2093-3^Cholesterol total^LN||212|mg/dL|<200|H|||F
"""
add('phi', 'struct', 'Oyelaran-Wood',
    'Lab Interface <lab-interface@bellwetherrx.com>', 'Jun Park <jpark@bellwetherrx.com>',
    'Tue, 10 Nov 2026 15:13:40 -0500', 'Unmatched result - manual match needed',
    """A result was received that could not be matched to a pharmacy profile (no patient with matching DOB + last name at store 122).

Sender: LABCORP   Control ID: LC7730018842   Ordering: PARK, JUN PHARMD

--- begin message ---
""" + hl7_oru + """--- end message ---

Possible matches: OYELARAN, PATRICE (DOB 02/14/1970) store 122.
Please confirm match in Lab Results > Unmatched.
""")
# ============================ PHI-IDS ============================
add('phi', 'ids', '',
    'Sandra Kiely <skiely@bellwetherrx.com>', 'PA Desk <padesk@bellwetherrx.com>',
    'Mon, 02 Nov 2026 09:31:12 -0500', 'reject 75',
    """Member ID WXH882041937, claim 2026110200871 -- rejected 75 PA required on Dupixent 300 pen. BIN 610014 PCN 03200000 grp ACME01. MD office already notified, CMM key B7QX2LPA.
""")

add('phi', 'ids', '',
    'Rafael Duarte <rduarte@bellwetherrx.com>', 'Alisha Grant <agrant@bellwetherrx.com>',
    'Tue, 03 Nov 2026 12:02:48 -0500', 'Rx 6121902',
    """Rx# 6121902, DOB 11/02/1950 -- still no PA on the Ozempic, she's asking if she can pay cash for one pen to bridge. Price?
""")

add('phi', 'ids', '',
    'Jun Park <jpark@bellwetherrx.com>', 'Anticoag Log <anticoag@bellwetherrx.com>',
    'Wed, 04 Nov 2026 11:05:00 -0500', 'MRN 00482913',
    """MRN 00482913 -- INR 2.8 today (11/4). Warfarin 5 mg daily except 2.5 mg Mon/Fri, no change. Next POC 12/2.
""")

add('phi', 'ids', '',
    'Bellwether Billing <billing@bellwetherrx.com>', 'dmw.family@gmail.com',
    'Thu, 05 Nov 2026 08:00:00 -0500', 'Statement for account 88120-04',
    """Account: 88120-04
Statement date: 11/05/2026

Date        Description                                   Amount
10/12/2026  Compounded cream (ketoprofen/gabapentin)      $146.50
10/12/2026  Insurance payment                               $0.00
10/21/2026  Payment - thank you                           -$50.00
                                                          -------
Balance due                                                $96.50

Compounded preparations are frequently not covered by insurance. Pay online at bellwetherrx.com/pay or at any store.
Questions: 614-555-0100 (billing), Mon-Fri 9-5.
""")

add('phi', 'ids', '',
    'Help Desk Tier 2 <helpdesk@bellwetherrx.com>', 'PioneerRx Support <support@pioneerrx-vendor.com>',
    'Thu, 05 Nov 2026 15:47:33 -0500', 'Case 00771920 - claim stuck in "transmitting"',
    """Hi support,

Store 122, Rx 4471203 fill 02. Claim has been showing "transmitting" since 11/4 10:14. BIN 004336 PCN ADV GRP RX8830 ID 80441920377. Patient DOB 1983-07-29. Product is FreeStyle Libre 3 sensor NDC 57599081800 qty 2. Pharmacist cannot reverse or resubmit. Screenshot of the claim log pasted below:

  11/04 10:14:02  B1 SUBMIT  -> SWITCH ACK 00
  11/04 10:14:09  RESPONSE TIMEOUT
  11/04 10:14:09  STATUS = T

Please advise.
Tier 2 Help Desk, Bellwether Pharmacy
""")

add('phi', 'ids', '',
    'Devika Chaudhary <dchaudhary@bellwetherrx.com>', 'Nora Fleck <nfleck@bellwetherrx.com>',
    'Mon, 09 Nov 2026 13:58:21 -0500', 're 7719204',
    """re 7719204 - MD called back, wants qty 60 not 90, 15 DS. Partial already out? let me know b4 I void it
""")

add('phi', 'ids', '',
    'Ken Abbott <kabbott@bellwetherrx.com>', 'Claims Reconciliation <claims@bellwetherrx.com>',
    'Tue, 10 Nov 2026 09:22:10 -0500', 'audit request - 3 claims',
    """Got a desk audit letter from Optum this morning, they want hard copies for these by 11/24:

  Claim 2026092219884   Rx 6110045   DOS 09/22/2026   Cardholder ID 981044712-01   Trulicity 1.5mg/0.5mL #2
  Claim 2026100412203   Rx 6114820   DOS 10/04/2026   Cardholder ID 981044712-01   Trulicity 1.5mg/0.5mL #2
  Claim 2026101807711   Rx 6117735   DOS 10/18/2026   Cardholder ID 770218833-02   insulin glargine-yfgn #15mL

Need signature log, original Rx image and days supply justification for each. Can you pull the first two from the scan archive?
""")
# ============================ PHI-LANG ============================
add('phi', 'lang', 'Morales',
    'Rosa Elena Morales <rosaelena.mo@hotmail.com>', 'Bellwether Pharmacy #117 <store117@bellwetherrx.com>',
    'Mon, 02 Nov 2026 19:24:08 -0500', 'insulina de mi mamá',
    """Buenas tardes,

Les escribo por mi mamá, Carmen Morales Ibarra (fecha de nacimiento 12/05/1949). Ella recoge sus medicinas en la tienda de Riverside. El doctor Salgado le cambió la insulina de Humalog a la Admelog y cuando fuimos el sábado nos dijeron que el seguro no la cubre y que hacía falta una autorización.

¿Ya llegó la autorización? A ella le quedan como tres días de la pluma vieja. Si no, ¿hay algo más barato que ella pueda usar mientras tanto?

Pueden llamarme a mí, soy su hija: 614-209-5581. Hablo inglés también pero ella no.

Muchas gracias,
Rosa Elena Morales
""", cte='qp')

add('phi', 'lang', 'Pham',
    'Pham Van Thanh <thanhpham1958@gmail.com>', 'Bellwether Pharmacy <store122@bellwetherrx.com>',
    'Tue, 03 Nov 2026 10:17:45 -0500', 'Xin hỏi về thuốc huyết áp',
    """Chào nhà thuốc,

Tôi tên là Phạm Văn Thành, sinh ngày 03/08/1958. Tôi lấy thuốc ở tiệm Greenfield. Bác sĩ Nguyễn đã gửi toa mới cho thuốc losartan 50mg, uống một viên mỗi sáng, thay cho thuốc lisinopril vì tôi bị ho nhiều.

Xin cho tôi biết khi nào thuốc sẵn sàng. Tôi có nên ngưng lisinopril ngay hôm nay không?

Cảm ơn nhiều.
Thành
ĐT: 614-772-3340
""", cte='b64')

add('phi', 'lang', 'Liang',
    '=?UTF-8?B?5qKB5bu65Zu9?= <jianguo.liang@163.com>', 'Bellwether LTC Services <ltc@bellwetherrx.com>',
    'Wed, 04 Nov 2026 21:09:33 -0500', '=?UTF-8?B?5YWz5LqO5oiR54i25Lqy55qE6YWN6I2v?=',
    """您好，

我是梁建国，我父亲梁德华（出生日期：1937年4月2日）住在St. Brendan's护理中心，房间212。护士告诉我他的降压药氨氯地平这周没有送到，已经停了两天。

请问是什么原因？是保险的问题还是药房缺货？如果需要我付钱，请告诉我。

另外，他的医生上个月把美托洛尔减到每天一次，请确认药房的记录已经更新。

谢谢！
梁建国
手机：614-388-2071
""", cte='b64')

add('phi', 'lang', 'Joseph',
    'Marie-Ange Joseph <majoseph77@gmail.com>', 'Bellwether Vaccine Clinics <vaxclinic@bellwetherrx.com>',
    'Thu, 05 Nov 2026 13:40:19 -0500', 'randevou vaksen pou pitit mwen',
    """Bonjou,

Mwen rele Marie-Ange Joseph. Mwen ta renmen pran yon randevou pou pitit gason mwen, Wilson Joseph, li gen 12 an (li fèt 22 jen 2014). Doktè lekòl la di li bezwen vaksen Tdap ak menenjit la anvan 1 desanm sinon li pa ka retounen lekòl.

Nou gen asirans CareSource. Èske nou ka vin nan famasi Maple Avenue samdi maten?

Telefòn mwen: 614-915-6027

Mèsi anpil,
Marie-Ange
""")

add('phi', 'lang', 'Carvalho',
    'Fernanda Carvalho <fernanda.carvalho@uol.com.br>', 'Compounding Lab <compounding@bellwetherrx.com>',
    'Fri, 06 Nov 2026 11:55:02 -0500', 'Pomada manipulada para o bebê',
    """Olá,

Sou Fernanda Carvalho, mãe do Theo Carvalho Santos (nasceu 19/08/2026). A pediatra dele, Dra. Chun da Lakeshore Pediatrics, enviou uma receita de pomada manipulada de óxido de zinco com nistatina para as assaduras.

Gostaria de saber:
- Quanto tempo demora para ficar pronta?
- O plano (Anthem) cobre ou tenho que pagar à parte?
- Posso buscar na loja da Riverside em vez da Maple?

Obrigada pela atenção,
Fernanda
(614) 447-9012
""", charset='iso-8859-1', cte='qp')

add('phi', 'lang', 'Sokolova',
    'Галина Соколова <g.sokolova48@mail.ru>', 'Bellwether Pharmacy #104 <store104@bellwetherrx.com>',
    'Mon, 09 Nov 2026 09:12:55 -0500', 'Рецепт на трамадол',
    """Здравствуйте,

Меня зовут Галина Петровна Соколова, дата рождения 11.09.1948. Мой врач, доктор Уиткомб, выписал мне трамадол 50 мг после операции на колене. В аптеке на Мейпл-авеню мне сказали, что рецепт нужно подождать, потому что «слишком рано».

Я не понимаю, почему. У меня осталось всего две таблетки, и боль сильная, особенно ночью. Пожалуйста, объясните, что мне делать. Может ли мой сын забрать лекарство за меня?

Мой телефон: 614-251-8830 (лучше звонить сыну, Дмитрий, 614-251-8831 — он говорит по-английски).

С уважением,
Галина Соколова
""", cte='b64', extra={})
# encode From display name properly for Russian
MSGS[-1][3].replace_header('From', '=?UTF-8?B?' + base64.b64encode('Галина Соколова'.encode()).decode() + '?= <g.sokolova48@mail.ru>')
MSGS[-1][3].replace_header('Subject', '=?UTF-8?B?' + base64.b64encode('Рецепт на трамадол'.encode()).decode() + '?=')

add('phi', 'lang', 'Dizon',
    'Maricel Santos <msantos@bellwetherrx.com>', 'Jocelyn Ramos <jramos@bellwetherrx.com>',
    'Tue, 10 Nov 2026 16:27:44 -0500', 'si Lola Dizon ulit',
    """Joy, tumawag ulit si Mrs. Erlinda Dizon kanina, yung sa Oak St. Sabi niya hindi pa raw dumating yung delivery ng metformin at glipizide niya. Nag-check ako sa system, naka-"out for delivery" since Friday pa. Baka naiwan sa driver?

Paki-call na lang siya bukas ng umaga, 614-338-7021. Medyo worried siya kasi paubos na daw yung gamot niya, two days na lang. Sabi ko kung kailangan pwede siyang mag-pickup sa 117 pero wala siyang sasakyan.

Salamat!
Maricel
""")
# ============================ CLEAN-STAFF ============================
add('clean', 'staff', '',
    'Kaylee Brandt <kbrandt@bellwetherrx.com>', 'Marcus Lind <mlind@bellwetherrx.com>',
    'Mon, 02 Nov 2026 12:30:18 -0500', 'swap Sat 11/14?',
    """Hey Marcus, any chance you'd swap your Sat 11/14 close for my Sun 11/22 open? My sister's baby shower got moved. If not no worries I'll ask Jen.

K
""")

add('clean', 'staff', '',
    'Alisha Grant <agrant@bellwetherrx.com>', 'Store 117 Staff <staff117@bellwetherrx.com>',
    'Tue, 03 Nov 2026 07:02:11 -0500', 'Fridge alarm overnight - vaccines quarantined',
    """Team,

The vaccine fridge at 117 alarmed at 2:14 AM and the data logger shows it hit 9.1 C for about 40 minutes before coming back into range. Per SOP:

- Everything in the vaccine fridge is bagged and labeled DO NOT USE, moved to the backup unit.
- I've called Merck, GSK, Pfizer and Sanofi for stability determinations. Moderna is email only, sent.
- Do NOT give any vaccine from stock until I clear it. Walk-ins today: refer to 104 or 122 (they know).
- Facilities is sending someone about the compressor between 10 and 12.

Patients who already have appointments today: call and offer to rebook or go to 104. The list is on the clipboard by the phone; don't email it around.

Thanks for rolling with it.
Alisha
""")

add('clean', 'staff', '',
    'Jake Sorensen <jsorensen@bellwetherrx.com>', 'District 3 Pharmacists <d3-rph@bellwetherrx.com>',
    'Wed, 04 Nov 2026 20:45:02 -0500', 'PA volume is killing us',
    """Not a complaint to anyone in particular, just want it on record before the district meeting.

122 last week: 43 PA-related rejects, 29 of them GLP-1s (Ozempic/Mounjaro/Wegovy/Zepbound). Average tech time per PA touch is ~12 min by Sandra's estimate, so that's ~8.5 hours of tech labor on a single category, and most of those end in a denial or a "plan excludes". Meanwhile our will-call RTS is the highest in the district.

Suggestions for the meeting:
1. Standard script for the counter ("your plan requires approval from your doctor, here's what happens next") so techs aren't improvising.
2. Stop re-billing GLP-1 rejects more than once a day.
3. Someone at corporate push the Cigna/Express Scripts reps on why their PA responses take 6+ days.

Jake
""")

add('clean', 'staff', '',
    'Priya Raman <praman@bellwetherrx.com>', 'Store 104 Staff <staff104@bellwetherrx.com>',
    'Thu, 05 Nov 2026 15:12:40 -0500', 'Friendsgiving sign-up 🦃',
    """Hi all!

Friendsgiving in the break room Tuesday 11/24, noon to 2, eat in shifts so the counter is covered. Sign-up sheet is on the fridge (the STAFF fridge, not the insulin fridge, Rafael 😂).

So far:
- Priya: biryani
- Marcus: mac and cheese
- Jen: pumpkin bars
- Rafael: "drinks" (ice counts, Rafael)

We still need a salad and something that isn't beige.

Priya
""")

add('clean', 'staff', '',
    'Compounding Lab 109 <compounding@bellwetherrx.com>', 'Compounding Techs <compounding-techs@bellwetherrx.com>',
    'Fri, 06 Nov 2026 08:40:55 -0500', 'Hood cert + gloved fingertip testing next week',
    """Heads up for next week in the lab:

Mon 11/9 - CETA certifier on site 7am-1pm for the semi-annual PEC/room certification. No sterile compounding until they clear the rooms (expect late afternoon). Non-sterile work can continue in the NS room.
Wed 11/11 - Gloved fingertip + media fill testing for anyone whose 6-month window closes in November (Tasha, Bryce, Omar). Plan ~90 min each.
Fri 11/13 - Monthly surface sampling.

Orders that need sterile prep on Monday: push to Tuesday and let the stores know. Don't promise same-day.

Thanks,
Lab
""")

add('clean', 'staff', '',
    'Nora Fleck <nfleck@bellwetherrx.com>', 'Jun Park <jpark@bellwetherrx.com>',
    'Mon, 09 Nov 2026 11:31:07 -0500', 'RE: can you look at my clinic numbers',
    """Thanks Jun, that helps. So for the record it's 212 flu, 96 COVID, 18 RSV across the three Saturdays, and the Riverside one was the slowest by far. I'll put the Riverside clinic on the "maybe cut" list for spring.

> Nora - your sheet double-counts the Greenfield walk-ins that were entered as clinic doses. Take out 31 from flu and 9 from COVID and it lines up with the state registry report.
> -Jun
""")

add('clean', 'staff', '',
    'Dev Chaudhary <dchaudhary@bellwetherrx.com>', 'Alisha Grant <agrant@bellwetherrx.com>',
    'Tue, 10 Nov 2026 14:14:29 -0500', 'CII count off by 1?',
    """Alisha - doing the biennial prep and the oxycodone 5mg perpetual shows 412 but I count 411. Probably the partial bottle from the 10/31 return-to-stock that never got scanned back. Checked the RTS log and it's there, just not in the perpetual. I'll make the adjustment with you as witness whenever you're free. No patient fills look wrong.

Dev
""")
# ============================ CLEAN-ADMIN ============================
add('clean', 'admin', '',
    'Regulatory Compliance <compliance@bellwetherrx.com>', 'Pharmacists in Charge <pic@bellwetherrx.com>',
    'Mon, 02 Nov 2026 09:00:00 -0500', 'Action needed: CSOS certificate renewals + DEA registration dates',
    """PICs,

Two housekeeping items:

1. CSOS certificates for stores 104 and 122 expire 12/15/2026. The PIC (or POA holder) must complete the renewal in the DEA portal and do the identity verification with the coordinator. Do not let these lapse - without CSOS we're back to paper 222 forms and a 3-4 day lag on CII orders.

2. DEA registrations: 117 renews in February. The renewal fee is now $888 for a 3-year registration; corporate pays it, but the PIC initiates.

Also a reminder that the power of attorney list for 222s must be updated whenever a pharmacist leaves. Two stores still list Kevin Moreau, who left in July.

Thanks,
Helen Vasquez, RPh
Director, Regulatory Compliance
""")

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@bellwetherrx.com>', 'All Store Staff <allstores@bellwetherrx.com>',
    'Tue, 03 Nov 2026 17:30:00 -0500', 'Planned outage: PioneerRx update Sunday 11/8 1:00-3:00 AM',
    None,
    html="""<html><body style="font-family:Arial;font-size:10pt">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#0B5D7A;color:#fff;padding:8px"><b>IT Service Notice</b></td></tr>
<tr><td style="padding:10px">
<p><b>What:</b> PioneerRx version 2026.4.2 update, including new NCPDP reject code descriptions and the updated PDMP integration.</p>
<p><b>When:</b> Sunday November 8, 1:00 AM - 3:00 AM ET. 24-hour stores (122) will run on downtime procedures.</p>
<p><b>Downtime procedure:</b> Use the paper downtime log in the red binder. Do not adjudicate claims manually. Emergency supplies only, per pharmacist judgment. Enter all downtime fills within 24 hours after the system is restored.</p>
<p><b>After the update:</b> Label printers may need a one-time re-pair. Instructions are on the intranet (IT &gt; Printers &gt; Zebra re-pair).</p>
<p>Questions: ext. 4400 or servicedesk@bellwetherrx.com</p>
</td></tr></table>
<p style="font-size:8pt;color:#888">Bellwether Pharmacy, Inc. Internal communication.</p>
</body></html>""")

add('clean', 'admin', '',
    'Human Resources <hr@bellwetherrx.com>', 'All Employees <allstaff@bellwetherrx.com>',
    'Wed, 04 Nov 2026 08:00:00 -0500', 'Open Enrollment closes Nov 20 - medical, dental, vision, HSA',
    """Hi everyone,

Open enrollment for 2027 benefits is open through Friday, November 20 at 5 PM.

What's changing:
- Medical: the PPO deductible stays at $1,500; the HDHP deductible goes to $3,300 (IRS minimum).
- HSA: Bellwether's seed contribution increases to $750 (single) / $1,500 (family).
- Pharmacy benefit: employees filling at a Bellwether store continue to get $0 copay on Tier 1 generics.
- Vision: new carrier (EyeMed replacing VSP).

If you do nothing, your current elections roll over except the HSA and FSA, which must be re-elected every year.

Benefits fairs: 104 break room Nov 10, 122 Nov 12, lab Nov 13, 11am-1pm. Bring questions, not your medical records.

HR
""")

add('clean', 'admin', '',
    'McKesson Customer Service <cs-noreply@mckesson-demo.com>', 'Store 117 Purchasing <purchasing117@bellwetherrx.com>',
    'Thu, 05 Nov 2026 06:12:33 -0500', 'Credit Memo CM-44817720 issued - Account 117-4471',
    """CREDIT MEMO

Account: 117-4471 BELLWETHER PHARMACY #117
Credit memo: CM-44817720
Reference invoice: 8820194415 dated 10/21/2026
Reason: Manufacturer recall (Class II) - return processed

Item       NDC            Description                           Qty   Unit     Ext
2291044    68180051201    METFORMIN ER 500MG TAB 100CT           4    $6.18   $24.72
2291044    68180051203    METFORMIN ER 500MG TAB 1000CT          1   $41.90   $41.90
                                                                       ------
Total credit                                                          $66.62

Credit will apply to your next statement. Retain this memo for your recall file.
This is an automated message. Please do not reply.
""")

add('clean', 'admin', '',
    'Dana Whitcombe <dwhitcombe@bellwetherrx.com>', 'Helen Vasquez <hvasquez@bellwetherrx.com>',
    'Fri, 06 Nov 2026 14:22:09 -0500', 'RE: St. Brendan\'s contract renewal - redlines',
    """Helen,

Attached the notes instead of redlines since Legal has the doc locked. Main points from St. Brendan's administrator:

- They want delivery cut-off moved from 2 PM to 3 PM for same-day. Doable if we add a 7 PM run on weekdays.
- Emergency kit: they want to add two items (IM ceftriaxone and a second naloxone). Need PIC sign-off and a DEA check for anything controlled - neither of these is.
- Per-diem pricing: they're asking for $3.10/resident-day from $3.35. Census is ~118 beds, so that's roughly $10.8K/yr.
- Consultant pharmacist visits stay monthly.

I said we'd respond by 11/20.

Dana
Director, LTC Services
""")

add('clean', 'admin', '',
    'Scheduling <scheduling@bellwetherrx.com>', 'Store 122 Staff <staff122@bellwetherrx.com>',
    'Mon, 09 Nov 2026 10:00:00 -0500', 'December schedule posted + holiday coverage',
    """December schedule for 122 is posted in WhenIWork.

Holiday coverage:
  Thu 12/24  open 8-6   RPh: Park / Fleck     Techs: Santos, Ramos, Duarte
  Fri 12/25  open 10-4  RPh: Chaudhary        Techs: Kiely
  Thu 12/31  open 8-6   RPh: Fleck            Techs: Santos, Okonkwo
  Fri  1/1   open 10-4  RPh: Park             Techs: Ramos

Swaps need manager approval in the app by 11/30. Holiday premium pay is 1.5x.
""")

add('clean', 'admin', '',
    'Ohio State Board of Pharmacy <noreply@pharmacy-board-demo.gov>', 'Jun Park <jpark@bellwetherrx.com>',
    'Tue, 10 Nov 2026 07:15:00 -0500', 'License renewal reminder - Pharmacist license 03-1-29917',
    """Dear Licensee,

Your pharmacist license 03-1-29917 expires on 09/15/2027. Renewal opens 07/01/2027 through the eLicense portal.

Continuing education: 40 contact hours are required per biennium, including at least 2 hours of jurisprudence and 2 hours of opioid/controlled-substance education. Immunizing pharmacists must also maintain current CPR certification.

Please keep your mailing and email address current in the portal.

Ohio State Board of Pharmacy
This mailbox is not monitored.
""")
# ============================ CLEAN-LOOKALIKE ============================
add('clean', 'lookalike', '',
    'Bellwether Rewards <rewards@email.bellwetherrx.com>', 'daniel.okoro@gmail.com',
    'Mon, 02 Nov 2026 06:00:00 -0500', 'Daniel, you have 1,240 points - 2x points on cold & flu aisle this week',
    """Hi Daniel,

You have 1,240 Bellwether Rewards points, that's $12 off your next front-store purchase!

THIS WEEK ONLY (Nov 2-8):
  * 2x points on everything in the cold & flu aisle - tissues, cough drops, humidifiers
  * Buy 1 get 1 50% off Bellwether brand vitamins
  * $5 off a $25 purchase of holiday candy & gift wrap

Points can't be used on prescriptions or prescription copays, per state and federal law.

Member #: BR-7730-2291-04   Points expire 12/31/2026

Unsubscribe | Privacy policy | Bellwether Pharmacy, 900 Commerce Pkwy, Columbus OH 43215
""",
    html="""<html><body style="margin:0;background:#f3f3f3"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="background:#0B5D7A;color:#fff;padding:16px;font-size:20px">Bellwether <b>Rewards</b></td></tr>
<tr><td style="padding:16px"><p>Hi Daniel,</p><p style="font-size:22px;color:#0B5D7A"><b>1,240 points</b> = $12 off your next front-store purchase!</p>
<h3>THIS WEEK ONLY (Nov 2-8)</h3><ul><li>2x points on everything in the cold &amp; flu aisle - tissues, cough drops, humidifiers</li><li>Buy 1 get 1 50% off Bellwether brand vitamins</li><li>$5 off a $25 purchase of holiday candy &amp; gift wrap</li></ul>
<p style="font-size:11px;color:#666">Points can't be used on prescriptions or prescription copays, per state and federal law.<br>Member #: BR-7730-2291-04 &nbsp; Points expire 12/31/2026</p></td></tr>
<tr><td style="font-size:10px;color:#999;padding:10px">Unsubscribe | Privacy policy | Bellwether Pharmacy, 900 Commerce Pkwy, Columbus OH 43215</td></tr></table></body></html>""")

add('clean', 'lookalike', '',
    '"Dr. Amy Kessler, DVM" <frontdesk@northsideanimalhosp.com>', 'Bellwether Pharmacy #104 <store104@bellwetherrx.com>',
    'Tue, 03 Nov 2026 11:48:20 -0500', 'Rx for "Biscuit" (canine) - gabapentin',
    """Hello,

Please fill the following for a canine patient. Owner will pick up at your Maple Ave store.

Patient: Biscuit (canine, beagle mix, 11.2 kg)
Owner: Kessler household account #4471 -- (no relation to me, funny enough)
Rx: Gabapentin 100 mg capsules, give 1 capsule by mouth every 12 hours for arthritis pain. #60, refills x2.
DVM: Amy Kessler, DVM   DEA: FK2209841   State vet lic 33.018841

Please do not substitute the oral solution -- the human liquid contains xylitol which is toxic to dogs.

Northside Animal Hospital  614-555-0177
""")

add('clean', 'lookalike', '',
    'Buckeye Mutual Auto Claims <claims@buckeyemutual-demo.com>', 'marcus.lind.home@gmail.com',
    'Wed, 04 Nov 2026 13:05:44 -0500', 'Claim 26-AU-0448812: estimate approved',
    """Dear Policyholder,

Your claim 26-AU-0448812 (date of loss 10/29/2026) has been reviewed. The repair estimate from Crossroads Collision has been approved.

Policy:          BMA-8830-221-07
Vehicle:         2019 Honda CR-V, VIN 2HKRW2H84KH600317
Deductible:      $500.00
Approved amount: $3,214.66 (less deductible: $2,714.66)

Your rental coverage allows up to $40/day for 14 days. Please keep receipts.

If anyone in the vehicle was injured, that would be handled under a separate medical payments claim; none was reported for this claim.

Buckeye Mutual Insurance
""")

add('clean', 'lookalike', '',
    'IronPeak Fitness <members@ironpeak-demo.com>', 'All Members <members@ironpeak-demo.com>',
    'Thu, 05 Nov 2026 05:30:00 -0500', 'Your free body composition assessment + new member ID cards',
    """Hey IronPeak family!

New member cards are here. Pick yours up at the front desk - your old barcode stops working 12/1.

Also: every member gets a FREE InBody body composition scan and 30-min fitness assessment with a trainer in November. Book in the app under "Assessments". Bring water, skip the big breakfast.

Holiday hours:
  Thanksgiving 6am-12pm
  Black Friday 6am-8pm

Let's finish the year strong 💪
Coach Tiana & the IronPeak team
""")

add('clean', 'lookalike', '',
    'Ameri-Vial Supply Orders <orders@amerivial-demo.com>', 'Purchasing <purchasing@bellwetherrx.com>',
    'Fri, 06 Nov 2026 16:40:12 -0500', 'Order RX-558102 shipped - amber vials & Rx labels',
    """Thank you for your order!

Order RX-558102    PO: BW-26-1188    Ship to: Bellwether Pharmacy #122, 3120 Greenfield Blvd

Qty  Item                                         Each     Total
 20  Amber vial 30 dram, child-resistant cap      $14.20   $284.00
 10  Amber vial 13 dram, snap cap                 $11.85   $118.50
  6  Thermal Rx labels 4x2.5 (roll of 1,000)      $22.40   $134.40
  4  Auxiliary labels "TAKE WITH FOOD" (1,000)     $6.10    $24.40
  4  Auxiliary labels "MAY CAUSE DROWSINESS"       $6.10    $24.40
  2  Patient info leaflet sleeves                 $18.00    $36.00
                                                          --------
                                               Subtotal   $621.70

Tracking: UPS 1Z88A02W0391774120
""")

add('clean', 'lookalike', '',
    'GreenGuard Lawn Care <service@greenguardlawn-demo.com>', 'jsorensen.home@outlook.com',
    'Mon, 09 Nov 2026 08:15:00 -0500', 'Your treatment plan: Application #5 (winterizer) scheduled',
    """Hi Jake,

Your lawn's final treatment of the year is scheduled:

Service address: 2217 Larchmont Dr
Program: Premium 6-step
Application #5: Winterizer fertilizer + broadleaf weed control
Date: Thursday, Nov 12 (weather permitting)

Diagnosis from your last visit: moderate grub damage along the fence line, mild red thread (fungus) in the backyard. We'll spot-treat both. Keep kids and pets off the treated area until dry (about 2 hours).

Account balance: $0.00 (autopay)
GreenGuard Lawn Care
""")

add('clean', 'lookalike', '',
    'Honda Recall Center <recalls@honda-recall-demo.com>', 'priya.raman84@gmail.com',
    'Tue, 10 Nov 2026 10:00:00 -0500', 'IMPORTANT SAFETY RECALL - action required for your vehicle',
    """IMPORTANT SAFETY RECALL
NHTSA Campaign 26V-712 / Honda Recall T8Y

Dear Honda Owner,

This notice is sent to you in accordance with the National Traffic and Motor Vehicle Safety Act. Honda has decided that a defect which relates to motor vehicle safety exists in certain 2020-2022 Honda Civic vehicles. Your vehicle (VIN ending 41882) is included.

The fuel pump may fail, which can cause the engine to stall while driving, increasing the risk of a crash and injury.

Remedy: your dealer will replace the fuel pump assembly free of charge. The repair takes about 3 hours. Please call your dealer to schedule.

Recall lot reference: FP-2020-L7
""")
# ============================ CLEAN-NEWS ============================
add('clean', 'news', '',
    'Bellwether Communications <news@bellwetherrx.com>', 'All Employees <allstaff@bellwetherrx.com>',
    'Mon, 02 Nov 2026 07:00:00 -0500', 'The Bellwether Bulletin - November 2026',
    """The Bellwether Bulletin - November 2026

STORE OF THE MONTH: #122 Greenfield
Greenfield gave 1,140 vaccines in October, our best month ever for a single store, and cut average wait time at pickup to under 4 minutes. Pizza is on its way.

MTM MILESTONE
Our MTM team completed 612 comprehensive medication reviews this year, up 38% from 2025. Star ratings for adherence measures are above plan targets in all three districts.

COMPOUNDING LAB EXPANSION
Construction on the new non-sterile room at the Westerville lab wraps up in January. The lab will add veterinary compounding in Q2.

WELCOME
Please welcome our new pharmacists Nora Fleck (122) and Omar Haddadin (Lab), and technicians Bryce Tillman and Jocelyn Ramos.

REMINDER
Patient information stays in PioneerRx and secure fax. Never text or personal-email a patient's name, Rx number or medications.
""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#0B5D7A;border-bottom:3px solid #0B5D7A">The Bellwether Bulletin <small style="font-size:14px">November 2026</small></h1>
<h2>Store of the Month: #122 Greenfield</h2><p>Greenfield gave 1,140 vaccines in October, our best month ever for a single store, and cut average wait time at pickup to under 4 minutes. Pizza is on its way.</p>
<h2>MTM Milestone</h2><p>Our MTM team completed 612 comprehensive medication reviews this year, up 38% from 2025. Star ratings for adherence measures are above plan targets in all three districts.</p>
<h2>Compounding Lab Expansion</h2><p>Construction on the new non-sterile room at the Westerville lab wraps up in January. The lab will add veterinary compounding in Q2.</p>
<h2>Welcome</h2><p>Please welcome our new pharmacists Nora Fleck (122) and Omar Haddadin (Lab), and technicians Bryce Tillman and Jocelyn Ramos.</p>
<div style="background:#FFF4CE;padding:8px"><b>Reminder:</b> Patient information stays in PioneerRx and secure fax. Never text or personal-email a patient's name, Rx number or medications.</div>
</body></html>""", cte='qp')

add('clean', 'news', '',
    'Regulatory Compliance <compliance@bellwetherrx.com>', 'Pharmacists in Charge <pic@bellwetherrx.com>',
    'Tue, 03 Nov 2026 13:30:00 -0500', 'FW: FDA recall - metformin ER 500 mg (NDMA) - check shelves',
    """PICs - please pull any of the lots below today and quarantine for return. Patient-level recall is NOT required (this is a retail-level recall), so no patient calls, but if anyone asks, the guidance is: do not stop taking metformin, talk to your pharmacist about a replacement at next fill.

-----Original Message-----
From: FDA Recalls <recalls@fda-notices-demo.gov>
Sent: Tuesday, November 3, 2026 11:02 AM
Subject: Recall: Metformin Hydrochloride Extended-Release Tablets USP, 500 mg

Amneal-demo Pharmaceuticals is voluntarily recalling six lots of Metformin Hydrochloride Extended-Release Tablets, USP 500 mg to the retail level due to N-Nitrosodimethylamine (NDMA) levels above the Acceptable Daily Intake limit.

NDC 68180-0512-01 (100 ct)   Lots: MX2604A, MX2604B, MX2611C
NDC 68180-0512-03 (1000 ct)  Lots: MX2598D, MX2601E, MX2602F

Patients should continue taking their medication until a pharmacist or physician provides a replacement or alternative treatment. To date the firm has not received any reports of adverse events related to this recall.
""")

add('clean', 'news', '',
    'Cardinal Health Shortage Desk <shortages@cardinal-demo.com>', 'Purchasing <purchasing@bellwetherrx.com>',
    'Wed, 04 Nov 2026 09:45:00 -0500', 'Weekly shortage update: amoxicillin suspension, ADHD stimulants, GLP-1',
    """WEEKLY SHORTAGE UPDATE - Nov 4, 2026

AMOXICILLIN ORAL SUSPENSION 250 mg/5 mL and 400 mg/5 mL
Status: Allocation. Two manufacturers on backorder through mid-December. Capsules and 125 mg/5 mL largely available. Suggest pediatric offices be advised of capsule-opening or chewable alternatives.

AMPHETAMINE MIXED SALTS ER (all strengths)
Status: Intermittent. DEA aggregate production quota increase announced 10/20; expect gradual improvement in Q1.

METHYLPHENIDATE ER 36 mg and 54 mg
Status: Limited. Brand available at WAC.

SEMAGLUTIDE (Ozempic) 2 mg pens
Status: Available. FDA removed from shortage list in 2025; compounded versions no longer permitted under 503A except patient-specific clinical need.

ALBUTEROL HFA
Status: Resolved.

Contact your Cardinal rep for allocation details.
""")

add('clean', 'news', '',
    'Ohio Pharmacists Association <news@ohiopharmacists-demo.org>', 'jpark@bellwetherrx.com',
    'Thu, 05 Nov 2026 12:00:00 -0500', 'Board of Pharmacy adopts new technician ratio rule; immunization age lowered',
    """OPA LEGISLATIVE & REGULATORY UPDATE

1) Technician ratio. At its November meeting the State Board of Pharmacy adopted a final rule eliminating the fixed 1:6 pharmacist-to-technician ratio, replacing it with a requirement that the responsible pharmacist determine safe staffing. The rule takes effect March 1, 2027. Certified pharmacy technicians may also now accept new verbal prescriptions for non-controlled medications.

2) Immunizations. Effective January 1, pharmacists may administer any ACIP-recommended vaccine to patients aged 3 and older (previously 7 and older for most vaccines). A prescription is still required for ages 3-6.

3) PDMP. The Board reminds pharmacists that PDMP checks are required before dispensing any opioid or benzodiazepine for more than a 7-day supply, and at least annually for continuing therapy.

Members can find the full rule text and a webinar recording on the OPA website.
""")

add('clean', 'news', '',
    'Pharmacy Times Daily <newsletter@pharmacytimes-demo.com>', 'radeyemi@bellwetherrx.com',
    'Mon, 09 Nov 2026 06:30:00 -0500', 'Today: CMS MTM eligibility changes, GLP-1 adherence data, RSV vaccine uptake',
    """PHARMACY TIMES DAILY - Monday, Nov 9

CMS finalizes MTM eligibility expansion for 2027
Beneficiaries with 2 or more chronic conditions (down from 3) and 8 Part D drugs (down from 10) will be eligible, roughly doubling the number of patients targeted for comprehensive medication reviews.

Study: half of patients stop GLP-1s within a year
A claims analysis of 125,000 commercially insured adults found that 51% discontinued semaglutide or tirzepatide within 12 months, with cost and GI side effects the most cited reasons.

RSV vaccine uptake lags among adults 75+
Only 34% of eligible older adults have received an RSV vaccine, according to CDC survey data. Community pharmacies administered 68% of doses.

Read more at pharmacytimes-demo.com
""")

add('clean', 'news', '',
    'Bellwether Communications <news@bellwetherrx.com>', 'District Managers <dm@bellwetherrx.com>',
    'Tue, 10 Nov 2026 16:00:00 -0500', 'Press release draft: Bellwether opens Hilliard store, adds delivery to 40 group homes',
    """DRAFT - NOT FOR DISTRIBUTION UNTIL 11/17

Bellwether Pharmacy Opens 14th Location, Expands Home Delivery

COLUMBUS, Ohio - Bellwether Pharmacy, the central Ohio community pharmacy chain, will open its 14th store at 4800 Cemetery Rd in Hilliard on December 1. The store will include a drive-thru, a private consultation room for vaccines and medication reviews, and a same-day delivery hub.

Bellwether also announced that its long-term care division now delivers to more than 40 group homes and assisted-living communities, with multi-dose adherence packaging and 24/7 pharmacist on-call.

"Our pharmacists know their patients by name," said CEO Martin Oyelowo. "That's the kind of care we want to bring to Hilliard."

Media contact: press@bellwetherrx.com
""")
# ============================ CLEAN-TRAINING ============================
add('clean', 'training', '',
    'Tech Training <techtraining@bellwetherrx.com>', 'New Hire Technicians <newtechs@bellwetherrx.com>',
    'Mon, 02 Nov 2026 08:30:00 -0500', 'Week 2 data entry practice - 5 sample prescriptions',
    """Welcome to week 2! Enter each of these in the PioneerRx TRAINING environment (the one with the orange banner). Never in production. All patients and prescribers below are fictional and exist only in the training database.

SAMPLE RX 1
  Patient: Jane Sample   DOB 01/01/1980   (training profile TRN-0001)
  Amoxicillin 500 mg capsule. Sig: 1 cap po tid x 10 days. Disp: #30. RF: 0
  Prescriber: Dr. Test Prescriber, NPI 0000000000

SAMPLE RX 2
  Patient: John Example   DOB 02/02/1950   (TRN-0002)
  Lisinopril 10 mg tab. Sig: 1 po qd. Disp: #90. RF: 3
  Question: what is the days supply?

SAMPLE RX 3
  Patient: Baby Demo   DOB 03/03/2024   wt 12 kg   (TRN-0003)
  Cefdinir 250 mg/5 mL susp. Sig: 14 mg/kg/day divided bid x 10 days.
  Question: how many mL per dose, and which bottle size?

SAMPLE RX 4
  Patient: Pat Training   DOB 04/04/1975   (TRN-0004)
  Hydrocodone/APAP 5/325. Sig: 1-2 tabs po q6h prn pain. Disp: #40.
  Question: what schedule is this, and can it be refilled?

SAMPLE RX 5
  Patient: Jane Sample (again)
  Insulin glargine 100 units/mL, 3 mL pens. Sig: 24 units sq qhs. Disp: 5 pens.
  Question: days supply? (remember the 28-day in-use limit)

Answers are in the Week 2 key, which your trainer has. Don't peek!
""")

add('clean', 'training', '',
    'Ruth Adeyemi <radeyemi@bellwetherrx.com>', 'Pharmacy Residents <residents@bellwetherrx.com>',
    'Tue, 03 Nov 2026 10:00:00 -0500', 'MTM case for Thursday journal club (de-identified)',
    """Residents - here's Thursday's case. It is a composite built from several patients, with details changed; please treat it as fictional.

CASE: "Mr. R", a 72-year-old retired machinist
PMH: type 2 diabetes, hypertension, atrial fibrillation, CKD stage 3a (eGFR 52), BPH, osteoarthritis
Meds (11):
  metformin 1000 mg bid          apixaban 5 mg bid
  glipizide 10 mg bid            metoprolol succinate 50 mg qd
  lisinopril 20 mg qd            tamsulosin 0.4 mg qhs
  atorvastatin 40 mg qhs         ibuprofen 400 mg prn (OTC, ~daily)
  omeprazole 20 mg qd (5 yrs)    diphenhydramine 25 mg qhs (OTC, sleep)
  vitamin D 1000 IU qd
Recent: two episodes of "shakiness" before lunch; one fall at home; A1c 6.4%.

Questions:
1. Identify at least four medication-related problems and rank them.
2. Does apixaban need a dose adjustment? Show your criteria.
3. Draft the patient-friendly medication action plan you'd leave with him.
4. What would you fax to the PCP, and how would you word it?

Come with a 5-minute presentation.
Ruth
""")

hl7_sample = r"""MSH|^~\&|SENDINGAPP|SENDINGFAC|PIONEERRX|BELLWETHER|20260101120000||RDE^O11^RDE_O11|MSG00001|T|2.5.1
PID|1||TEST000001^^^SENDINGFAC^MR||TEST^PATIENT^A||19000101|U|||123 MAIN ST^^ANYTOWN^OH^00000
ORC|NW|ORDER0001|||||^^^20260101^^R||20260101120000|||0000000000^PRESCRIBER^TEST^^^^MD
RXE|^QD^^20260101|00000000000^Test Drug 10 MG Oral Tablet^NDC|10||MG|TAB|Take 1 tablet by mouth daily||30|TAB|0
"""
add('clean', 'training', '',
    'Interface Team <interfaces@bellwetherrx.com>', 'LTC Services <ltc@bellwetherrx.com>',
    'Wed, 04 Nov 2026 14:30:00 -0500', 'New facility onboarding: sample RDE message and field checklist',
    """For the Maple Grove Assisted Living onboarding next month, please review the field checklist below with the facility's EHR vendor. The sample message is the vendor's spec example (processing ID "T", all values are placeholders).

""" + hl7_sample + """
Checklist:
  [ ] PID-3 uses facility MR number with assigning authority
  [ ] PID-7 DOB present (we reject without it)
  [ ] ORC-12 prescriber NPI (not DEA) in component 1
  [ ] RXE-2 NDC is 11 digits, no dashes
  [ ] RXE-1 timing uses facility med pass codes (map table attached separately)

Test messages go to the TEST endpoint only until sign-off.
""", atts=[textpart(hl7_sample, 'plain', filename='sample_RDE_O11.hl7')])

add('clean', 'training', '',
    'Compounding Lab 109 <compounding@bellwetherrx.com>', 'Compounding Techs <compounding-techs@bellwetherrx.com>',
    'Thu, 05 Nov 2026 09:10:00 -0500', 'SOP refresher: assigning BUDs for non-sterile preparations (USP <795>)',
    """Quick refresher before Monday's audit. These are the default BUDs when there is no stability study:

  Aqueous oral preparations (aw >= 0.6)         14 days, refrigerated
  Non-preserved aqueous topicals/other           14 days, refrigerated
  Preserved aqueous dosage forms                 35 days, room temp or fridge
  Nonaqueous dosage forms (aw < 0.6)             90 days
  Solid dosage forms (capsules, tablets)        180 days

Worked example (made up): a magic mouthwash made from commercial diphenhydramine elixir, Maalox and viscous lidocaine is an aqueous oral preparation, so 14 days refrigerated, unless the master formulation record cites a study supporting longer.

Remember: the BUD can never be later than the earliest expiration date of any component.

Quiz on Friday. 10 questions, open SOP binder.
""")

add('clean', 'training', '',
    'Loss Prevention <lossprevention@bellwetherrx.com>', 'All Pharmacists <allrph@bellwetherrx.com>',
    'Mon, 09 Nov 2026 13:00:00 -0500', 'Annual CII training module + red flags scenarios',
    """Annual controlled substance training is due by 12/15. The module takes ~45 minutes in the LMS.

This year's scenarios (fictional, for discussion at your store huddle):

Scenario A: "John Q. Public", 34, presents a paper script for oxycodone 30 mg #180 from a prescriber 60 miles away, pays cash, and his PDMP shows fills at four pharmacies in 30 days. What do you do, and what do you document?

Scenario B: A caregiver picks up fentanyl patches for an elderly parent every 30 days like clockwork. This month she asks for an early fill two weeks in, saying patches "fell off in the shower". How do you evaluate this?

Scenario C: A regular customer's hydrocodone prescription comes in from a new prescriber with a DEA number that doesn't pass the checksum. Walk through the DEA number check digit calculation.

Corresponding-responsibility refresher: a pharmacist has an independent duty to ensure a CS prescription is issued for a legitimate medical purpose. "The doctor wrote it" is not a defense.
""")

add('clean', 'training', '',
    'Tech Training <techtraining@bellwetherrx.com>', 'New Hire Technicians <newtechs@bellwetherrx.com>',
    'Tue, 10 Nov 2026 08:00:00 -0500', 'Insurance rejections cheat sheet (print and tape by the terminal)',
    """NCPDP REJECT CODES YOU WILL SEE EVERY DAY

  70  Product/service not covered      -> check formulary alternatives, tell RPh
  75  Prior authorization required     -> fax PA request to prescriber (CoverMyMeds), set patient expectations
  76  Plan limitations exceeded        -> check qty/days supply; may need qty limit override
  79  Refill too soon                  -> check last fill date; vacation/lost overrides need RPh
  88  DUR reject                       -> RPh must review, enter DUR codes
  MR  Product not on formulary         -> same as 70
  41  Submit bill to other processor   -> patient may have new or secondary insurance
  65  Patient is not covered           -> get new card, run eligibility (E1)

Practice: a sample claim for "TEST, PATIENT" with BIN 999999 rejects 79. Last fill 30 days supply 10 days ago. What's the earliest refill date at 80%?

Golden rule: never tell a customer "your insurance won't pay". Tell them what happens next.
""")

# ============================ WRITE ============================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        label, kind, patient, m = MSGS[i]
        fn = '%s-%s-%03d.eml' % (label, kind, n)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m.as_bytes())
        rows.append((fn, label, kind, patient))
    rows.sort()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')

if __name__ == '__main__':
    main()
