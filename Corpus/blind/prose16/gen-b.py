#!/usr/bin/env python3
"""Blind eval set prose16b: community-setting health mail, hand-written. Stdlib only, deterministic."""
import csv, io, os, random, sys, zipfile, hashlib
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
# MIME boundaries come from the random module: seeded, so every run writes the same bytes.
random.seed(1616)
M = []

def add(kind, patient, frm, to, subj, date, body, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, extra=None):
    M.append(dict(kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date, body=body,
                  html=html, atts=atts, charset=charset, cte=cte, cc=cc, extra=extra or {}))

def _dt(s):
    # "2026-03-04 09:12 -0500"
    d, t, z = s.split()
    sign = 1 if z[0] == '+' else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + ' ' + t, '%Y-%m-%d %H:%M').replace(tzinfo=tz)

def _text_part(text, subtype='plain', charset='utf-8', cte=None):
    p = MIMEText('', subtype, None)
    del p['Content-Transfer-Encoding']
    p.set_type('text/' + subtype)
    data = text.encode(charset)
    p.set_param('charset', charset)
    if cte is None:
        cte = 'quoted-printable' if any(b > 127 for b in data) else '7bit'
    if cte == 'base64':
        import base64
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        import quopri
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        p.set_payload(data.decode('ascii') if cte == '7bit' else data.decode(charset))
    p['Content-Transfer-Encoding'] = cte
    return p

def _att(a):
    name, content = a[0], a[1]
    ctype = a[2] if len(a) > 2 else 'text/plain'
    if ctype == 'message/rfc822':
        part = MIMEMessage(content)
        part.add_header('Content-Disposition', 'attachment', filename=name)
        return part
    if ctype == 'application/zip':
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for inner, txt in content:
                zi = zipfile.ZipInfo(inner, date_time=(2026, 1, 1, 0, 0, 0))
                z.writestr(zi, txt.encode('utf-8') if isinstance(txt, str) else txt)
        content = buf.getvalue()
    maint, subt = ctype.split('/')
    if maint == 'text':
        cs = a[3] if len(a) > 3 else 'utf-8'
        part = _text_part(content, subt, cs, 'base64' if len(a) > 4 and a[4] == 'b64' else None)
    else:
        part = MIMEBase(maint, subt)
        part.set_payload(content.encode('utf-8') if isinstance(content, str) else content)
        encoders.encode_base64(part)
    part.add_header('Content-Disposition', 'attachment', filename=name)
    return part

def build(m, i):
    body = _text_part(m['body'], 'plain', m['charset'], m['cte'])
    if m['html']:
        alt = MIMEMultipart('alternative')
        alt.attach(body)
        alt.attach(_text_part(m['html'], 'html', m['charset'], m['cte'] or 'quoted-printable'))
        body = alt
    if m['atts']:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in m['atts']:
            msg.attach(_att(a))
    else:
        msg = body
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = format_datetime(_dt(m['date']))
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    h = hashlib.sha1((m['subj'] + m['date'] + str(i)).encode()).hexdigest()[:16]
    msg['Message-ID'] = '<%s.%s@%s>' % (h[:8], h[8:], dom)
    for k, v in m['extra'].items():
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    return msg

def rfc(frm, to, subj, date, body, charset='utf-8'):
    """build a standalone message for message/rfc822 attachment"""
    p = _text_part(body, 'plain', charset)
    p['From'] = frm; p['To'] = to; p['Subject'] = subj
    p['Date'] = format_datetime(_dt(date))
    p['Message-ID'] = '<%s@%s>' % (hashlib.sha1((subj + date).encode()).hexdigest()[:14], frm.split('@')[-1].rstrip('>'))
    p['MIME-Version'] = '1.0'
    return p

# ======================= phi-care =======================
add('phi-care', 'Bell',
    'Tasha Greenwood <tgreenwood@carverstate.edu>', 'Coach Dale Ruffin <druffin@carverstate.edu>',
    'Marcus - MRI today', '2026-02-17 11:42 -0600',
"""Coach,

Marcus Bell went over to Carver Imaging at 9 for the MRI on his left knee. Dr. Stroud is reading
it this afternoon and we should have it by Thursday morning. Until I hear back he's non-contact,
bike + upper body only. I'll keep him in the training room during 2:30 walkthrough.

He's handling it fine, a little frustrated.

Tasha Greenwood, MS, ATC
Head Athletic Trainer - Football
Carver State University Sports Medicine
(417) 836-2290
""")

add('phi-care', 'Ocampo',
    'Maplecrest Nursing Station <nursing.westwing@maplecrestliving.org>',
    'Janet Pruitt RN <jpruitt@maplecrestliving.org>',
    '0800 med pass - 214', '2026-03-09 08:51 -0500',
"""Janet -

Mrs. Teresita Ocampo in 214 refused all her 0800 meds again, second day. Spit out the
metoprolol, wouldn't take the Eliquis even in applesauce. Vitals 148/92, P 96.
Called her son Ray at 0830, no answer, left VM. I charted refusal on the MAR.
Do you want me to page Dr. Lum or wait until rounds at 11?

Bea (CMA, day shift)
""")

add('phi-care', 'Kowalczyk',
    'SoundPath Hearing Center <office@soundpathhearing.com>',
    'referrals@ridgeviewent.com',
    'Audiogram - Walter Kowalczyk', '2026-01-22 15:05 -0500',
"""Please see the attached audiogram and visit note for Walter Kowalczyk, DOB 06/11/1940.
Seen today for annual hearing check and aid cleaning. Word recognition dropped on the left since
last January. Per your protocol we are referring back for ENT evaluation before reprogramming.

SoundPath Hearing Center | 88 Commerce Way, Suite 4 | tel 614-297-3318 | fax 614-297-3320
""",
    html="""<html><head><style>body{font-family:Calibri,Arial;font-size:11pt} .sig{color:#555;font-size:9pt}
table.a td{border:1px solid #999;padding:2px 6px}</style></head><body>
<p>Please see the attached audiogram and visit note for <b>Walter Kowalczyk</b>, DOB 06/11/1940.</p>
<p>Seen today for annual hearing check and aid cleaning. Word recognition dropped on the left since
last January. Per your protocol we are referring back for ENT evaluation before reprogramming.</p>
<table class="a"><tr><td></td><td>Right</td><td>Left</td></tr>
<tr><td>PTA (dB)</td><td>42</td><td>58</td></tr><tr><td>WRS</td><td>84%</td><td>60%</td></tr></table>
<p class="sig">SoundPath Hearing Center | 88 Commerce Way, Suite 4 | tel 614-297-3318 | fax 614-297-3320<br>
This e-mail may contain confidential information intended only for the addressee.</p></body></html>""",
    atts=[('Kowalczyk_W_visit_0122.txt',
"""SOUNDPATH HEARING CENTER - VISIT NOTE
Patient: Kowalczyk, Walter     DOB: 06/11/1940
Date of service: 01/22/2026    Provider: A. Mendenhall, BC-HIS
Otoscopy: clear bilaterally after cerumen check.
Aids: Phonak Audeo L70 pair, domes replaced, wax guards replaced.
Pure tone avg R 42 / L 58. WRS R 84% @ 70dB, L 60% @ 80dB.
Plan: refer to Ridgeview ENT prior to reprogramming left aid. F/u 6 weeks.
""")])

add('phi-care', 'Farrow',
    'Eastgate Compounding Pharmacy <rx@eastgatecompounding.com>',
    'Dr. Helen Vos Office <frontdesk@vosdermatology.com>',
    'Renewal request - Farrow, Denise', '2026-04-02 10:17 -0400',
"""Good morning,

We need a new prescription to continue the compounded cream for Denise Farrow. Her last
fill was 02/11 and the Rx has no refills remaining.

  Formula: ketoprofen 10% / lidocaine 5% in Lipoderm base, 120 g
  Directions on file: apply thin layer to affected area BID
  Last prescriber: Helen Vos, MD

She called this morning and is down to about a week's supply. You can fax the renewal to
(503) 641-8826 or send it through Surescripts.

Thanks,
Mateo
Eastgate Compounding Pharmacy
""")

add('phi-care', 'Reyes',
    'WorkWell Occupational Health <results@workwellocc.com>',
    'Karen Liddell <kliddell@halvorsenmfg.com>',
    'Post-offer results', '2026-05-14 13:30 -0500',
"""Karen,

Results for the two candidates you sent Monday:

Tomas Reyes - post-offer physical complete, 10-panel urine drug screen negative (MRO verified
5/13), lift test passed at 50 lb. Cleared for forklift / warehouse, no restrictions.

Brianna Kohl - physical complete, drug screen still at the lab, should post tomorrow.

Let me know if you need the forms faxed over as well.

Gina Alvarado
Client Services, WorkWell Occupational Health
""")

add('phi-care', 'Natarajan',
    'Lakeside Family Dental <lakesidefamilydental@gmail.com>',
    'Northshore Oral Surgery <referrals@northshoreos.com>',
    'Referral for extraction #17 and #32', '2026-06-03 16:44 -0500',
"""Hi,

Referring Priya Natarajan (DOB 09/02/1999) for extraction of #17 and #32. Both partially
erupted, she's had two episodes of swelling around #17 this year. Pano taken today is
attached. She would prefer IV sedation if possible. Insurance is Delta Dental PPO, her info is
on the attached referral slip.

Thanks!
Dr. Aaron Lindgren
Lakeside Family Dental
2210 Lakeshore Dr, Evanston
""",
    atts=[('referral_natarajan.txt',
"""REFERRAL - LAKESIDE FAMILY DENTAL
Patient: Priya Natarajan   DOB: 09/02/1999   Phone: 773-918-4402
Insurance: Delta Dental PPO  Sub ID 2231198004
Referred to: Northshore Oral Surgery
Reason: Extraction #17, #32 (partially erupted). Pano 06/03/2026 attached separately.
Medical hx: no meds, NKDA.
"""), ('pano_natarajan_060326.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + b'\x00' * 64 + b'\xff\xd9', 'image/jpeg')])

add('phi-care', 'Whitfield',
    'MCT Unit 3 <mct3@brazoscountycrisis.org>', 'MCT Supervisors <mct-sup@brazoscountycrisis.org>',
    'Shift handoff 2300', '2026-07-19 23:18 -0500',
"""Handoff - Unit 3 (Reyna / Castillo), 1500-2300

1) 1620 - 1140 Alder St. Caller was the mother. Client Jerome Whitfield, 27. Had not slept in
   3 days, pacing, talking about not wanting to be here. Safety plan done with mother present.
   Client agreed to voluntary eval, we transported to St. Luke's ED 1750. Handed off to ED
   social work (Pam). Mother has our number.
2) 2015 - welfare check at the Exxon on FM 60, person gone on arrival. No contact.
3) 2140 - phone only, repeat caller, supportive call ~20 min.

Follow-up for day shift: call Mrs. Whitfield tomorrow AM re: whether he was admitted.
Her cell is 979-224-6180.

- D. Reyna, LPC
""")

add('phi-care', 'Mercado',
    'Alicia Brandt <abrandt@harborlanehomes.org>', 'Darnell Hughes <dhughes@harborlanehomes.org>',
    'RE: Danny dentist', '2026-08-11 09:02 -0400',
"""Darnell - confirmed. Daniel Mercado, Thursday 8/13 at 1:15 at Pediatric & Special Needs
Dentistry on Broad St. They're doing the cleaning and x-rays under nitrous. Nothing to eat after
7am. Please send the guardian consent (sister signed it in July, it's in his binder) and the
current med list. Take the van, two staff.

Alicia

-----Original Message-----
From: Darnell Hughes <dhughes@harborlanehomes.org>
Sent: Monday, August 10, 2026 4:47 PM
To: Alicia Brandt <abrandt@harborlanehomes.org>
Subject: Danny dentist

Hey did the dentist ever call back about Danny? He was pulling at his mouth again at dinner
and wouldn't eat the chicken. Want to get him in this week if we can.

Darnell Hughes
House Manager, Cedar House
""")
# ======================= phi-names =======================
add('phi-names', 'Pereira',
    'Night Supervisor <nightsup@maplecrestliving.org>',
    'Director of Nursing <don@maplecrestliving.org>',
    'Pereira, Agnes - unwitnessed fall 0320', '2026-03-11 04:05 -0500',
"""Found on floor beside bed at 0320 by CNA on rounds. States she was trying to get to the
bathroom, didn't use call light. Small skin tear L forearm, steri-stripped. No c/o head pain,
neuro checks started q15. Bed alarm was off - unclear who turned it off. Daughter notified 0340.
Incident report #IR-26-0117 filed in the portal.

Kayode
""")

add('phi-names', 'Kev',
    'Marisol Vega <mvega@harborlanehomes.org>', 'Cedar House Staff <cedarhouse@harborlanehomes.org>',
    'overnight notes unit B', '2026-04-05 07:12 -0400',
"""Morning team,

Kev had a rough night in Unit B. Up at 1:30 yelling, banged his head on the door frame twice
(no mark, I checked). Gave his PRN lorazepam at 0145 per protocol, he settled by 0230 and slept
til 6. Logged in the PRN book and the behavior sheet.

Tony in B2 and Shawn were fine, slept through.

Kev skipped breakfast so far, maybe offer the oatmeal when he's up. Also he's out of the
lotion for his hands.

Marisol
""")

add('phi-names', 'Haskins',
    'Pruitt & Sons Funeral Home <arrangements@pruittandsons.com>',
    'Office of the Medical Examiner <intake@me.marioncounty.gov>',
    'Haskins family - question on timeline', '2026-02-24 10:40 -0500',
"""Good morning,

We are handling arrangements for Mr. Haskins (Leonard) who came to you on the 19th. His wife and
two sons met with us yesterday. They are asking whether the toxicology has to be back before the
death certificate can be signed, because they'd like to hold the service Saturday the 7th and the
cemetery needs the burial permit. I told them I would ask rather than guess.

Is the cause of death going to be listed as pending? The family is okay with that if it means
we can move forward.

Respectfully,
Cheryl Pruitt
Funeral Director, Pruitt & Sons
""")

add('phi-names', 'Tull',
    'Kendra Moss <kmoss@northgateshelter.org>', 'Clinic Team <clinic@northgateshelter.org>',
    'feet!!', '2026-01-08 20:26 -0500',
"""Tell Dr. Okafor that Big Ray (Ray T., bunk 31, men's side) FINALLY let us look at his feet
tonight. Both heels cracked open and his socks were stuck to them. Luis soaked and dressed them,
we gave him 3 pair of new socks. He said he'd come to clinic Tuesday if someone walks him over
because he doesn't want to lose his bunk. Can whoever's on Tuesday grab him at 9?

Also Okafor asked about Deb's BP, she wasn't around tonight.

K
""")

add('phi-names', 'Castellano',
    'Linda Castellano <lindacast62@yahoo.com>', 'Memory Care Team <memorycare@maplecrestliving.org>',
    'Mom', '2026-05-20 21:55 -0500',
"""Hi everyone,

I visited Rose's room this afternoon and she seemed so much more confused than last week, she
didn't know my husband at all and kept asking for my dad. Her hands were shaking when she tried
to hold the cup. Did something change with her medicine? I know Dr. Lum was talking about
starting something for sleep.

Also she had the same blouse on as Sunday and her hair hadn't been washed. I don't want to be
that daughter but I need to know she's being looked after.

Please call me tomorrow, any time after 10.

Linda Castellano (Rose's daughter, room 108)
312-604-7719
""")

add('phi-names', 'Okonkwo',
    'Dale Ruffin <druffin@carverstate.edu>', 'Football Position Coaches <fb-coaches@carverstate.edu>',
    'practice availability Wed', '2026-09-15 06:40 -0500',
"""Guys,

From Tasha this morning:
- Okonkwo (#91) - no contact through next week, shoulder needs another week of rehab before
  they re-test it. He can do walkthrough.
- Baptiste - full go.
- Little Hen (#34) - limited, hamstring, no sprints.
- Pruett - still in concussion protocol, NOT cleared, don't let him near a helmet.

Plan reps accordingly.

DR
""")

add('phi-names', 'Delacroix-Whitman',
    'ClearView Eye Care <appointments@clearvieweyecare.net>', 'Paul Whitman <pwhitman@outlook.com>',
    "RE: Mrs. Delacroix-Whitman's glasses", '2026-10-06 12:31 -0400',
"""Hi Paul,

Thanks for letting us know. Since your wife's new progressives are still blurry at the
computer distance, Dr. Han would like to recheck the prescription before we remake the lenses.
We have Friday 10/9 at 3:40. It will be a quick refraction, no dilation this time, and there's
no charge for a recheck within 60 days.

Warmly,
Kim - ClearView Eye Care

From: Paul Whitman <pwhitman@outlook.com>
Sent: Monday, October 5, 2026 7:12 PM
To: ClearView Eye Care <appointments@clearvieweyecare.net>
Subject: Mrs. Delacroix-Whitman's glasses

Hello, my wife Genevieve Delacroix-Whitman picked up her new glasses last Tuesday and says
she still can't read her monitor without tilting her head back. She had the exam with Dr Han in
September. Can someone look at them?

Paul
""",
    html="""<html><head><style>p{margin:0 0 8px 0;font-family:'Segoe UI',sans-serif;font-size:10.5pt}
.quote{border-left:2px solid #ccc;padding-left:8px;color:#444}</style></head><body>
<p>Hi Paul,</p>
<p>Thanks for letting us know. Since your wife's new progressives are still blurry at the computer
distance, Dr. Han would like to recheck the prescription before we remake the lenses. We have
<b>Friday 10/9 at 3:40</b>. It will be a quick refraction, no dilation this time, and there's no
charge for a recheck within 60 days.</p>
<p>Warmly,<br>Kim - ClearView Eye Care</p>
<div class="quote"><p><b>From:</b> Paul Whitman &lt;pwhitman@outlook.com&gt;<br><b>Sent:</b> Monday,
October 5, 2026 7:12 PM<br><b>Subject:</b> Mrs. Delacroix-Whitman's glasses</p>
<p>Hello, my wife Genevieve Delacroix-Whitman picked up her new glasses last Tuesday and says she
still can't read her monitor without tilting her head back. She had the exam with Dr Han in
September. Can someone look at them?</p><p>Paul</p></div></body></html>""")

# ======================= phi-self =======================
add('phi-self', 'Fenn',
    'Wellness Desk <wellness@maplecrestliving.org>', 'Lum Geriatrics <office@lumgeriatrics.com>',
    'FW: pills', '2026-02-02 08:31 -0500',
"""Forwarding the resident's own message below. Can Dr. Lum authorize the refill? Nurse will
look at the toe on 10am rounds and call you with what she sees.

Maplecrest Wellness Desk
""",
    atts=[('pills.eml', rfc('Harold Fenn <hfenn1938@att.net>', 'wellness@maplecrestliving.org', 'pills',
        '2026-02-02 06:14 -0500',
"""To the nurse,

This is Harold Fenn in apartment 3C. I am down to 4 of my blood pressure pills (the lisinopril)
and the pharmacy says they need the doctor to ok it again. Can you take care of that.

Also my left big toe has been sore and red for a few days and my shoe doesnt fit. Would
somebody look at it when you do the rounds. I am home all day except lunch.

Harold Fenn
"""), 'message/rfc822')])

add('phi-self', 'Carter',
    'Jaylen Carter <jcarter24@students.carverstate.edu>', 'tgreenwood@carverstate.edu',
    'ankle', '2026-09-22 22:48 -0500',
"""hey its jaylen, my ankle is still swollen from saturday and it hurt walking to class today.
can i come in before lift tmrw like 6:30 for ice/stim and tape? also do i need to tell coach
or will you

sent from my iphone
""")

add('phi-self', 'Dunn',
    'Crystal D <crystaldunn.88@gmail.com>', 'Open Door Harm Reduction <info@opendoorhr.org>',
    'thank u', '2026-06-29 02:37 -0400',
"""hi this is crystal dunn i came to the van on tuesday on 5th st and the lady with the blue hair
gave me the narcan kit and showed me. i used it tonight on my boyfriend he wasnt breathing and
turned kind of grey and it worked he woke up after the 2nd one. the ambulance came but he didnt
want to go. i need another kit can i get one tomorrow and also can i get tested for hep c like
she said, i havent been since jail. thank you thank you
""")

add('phi-self', 'Lindahl',
    'Erik Lindahl <erik.lindahl@halvorsenmfg.com>', 'WorkWell Occupational Health <nurse@workwellocc.com>',
    'RE: annual hearing test - follow up?', '2026-04-17 11:09 -0500',
"""Hi,

I got the letter saying my hearing test showed a "standard threshold shift" in the left ear and
that I need a retest within 30 days. I work 2nd shift on the press line, can I come in before
2pm some day next week? Also, does the retest go to my supervisor? I'd rather it didn't until I
know what it means.

Erik Lindahl
Emp #41882, Press Line B

> From: WorkWell Occupational Health
> Sent: Tuesday, April 14, 2026 3:02 PM
> Subject: annual hearing test - follow up?
>
> Dear Employee, your annual audiogram requires follow-up. Please call to schedule a retest
> within 30 days of the date of this notice.
""")

add('phi-self', 'Szabo',
    'Frank Szabo <fszabo@comcast.net>', 'SoundPath Hearing Center <office@soundpathhearing.com>',
    'STILL whistling', '2026-03-27 14:20 -0400',
"""I have now brought my right hearing aid in THREE times since January and it still whistles
every time I put my hat on or talk on the phone. I paid $4,800 for this pair and I can't use them
at church. The young man said it was the dome size, then the wax, then he "reprogrammed" it. I
want to see Ms. Mendenhall and nobody else. If it can't be fixed I want my money back or a
different brand.

My customer number is on the receipt, 20-3317.

Frank Szabo
""")

add('phi-self', 'Noori',
    'Abdul Rahim Noori <abdulrahim.noori93@gmail.com>', 'Sarah Whitcomb <swhitcomb@bridgewayresettle.org>',
    'appointment my wife', '2026-11-03 18:02 -0500',
"""Hello Miss Sarah,

I am Abdul Rahim Noori, case number with Bridgeway. My wife Fatima have appointment in women
clinic on Tuesday 10 morning for the baby check, she is 6 month now. The letter say we must bring
the medical card but we not have the card yet, only paper. Is ok the paper?

Also she need interpreter Dari, woman please if possible. Last time interpreter was on phone and
man, she not speak everything to the doctor.

My son Yusuf also the school say he need the shots before December. Can you help make the
appointment also?

Thank you very much for your help.
Abdul Rahim
""")

add('phi-self', 'Brandt',
    'Megan Brandt <meganbrandt@icloud.com>', 'Lakeside Family Dental <lakesidefamilydental@gmail.com>',
    'Eli - filling fell out', '2026-07-10 19:33 -0500',
"""Hi! My son Eli Brandt (he's 9, sees Dr. Lindgren) bit into a granola bar tonight and part of the
filling on his bottom back tooth came out. He says it doesn't hurt but it's sharp on his tongue.
Can we come in Saturday morning? We're out of town starting Monday.

Thanks,
Megan Brandt
(847) 302-5561
""")
# ======================= phi-lists =======================
add('phi-lists', 'Abernathy',
    'Bea Salonga <bsalonga@maplecrestliving.org>', 'Janet Pruitt RN <jpruitt@maplecrestliving.org>',
    'Wing B med pass 1600 - exceptions', '2026-03-12 16:58 -0500',
"""Janet, exceptions from the 1600 pass on Wing B. Everything else given on time.

Rm   Resident            Med                       Sched  Given  Init  Note
---  ------------------  ------------------------  -----  -----  ----  -------------------------
201  Abernathy, Ruth     Donepezil 10mg            1600   HELD   BS    asleep, reattempt 1700
203  Greer, Milton       Furosemide 40mg           1600   1622   BS    BP 104/60 - pls review
207  Tanaka, Chiyo       Insulin lispro 4u         1600   1635   BS    BG 212
210  Ocampo, Teresita    Metoprolol 25mg           1600   REF    BS    refused, 3rd day
212  Fiore, Sal          Tramadol 50mg PRN         1610   1610   BS    pain 6/10 R hip
215  Whitlock, June      Eye gtts latanoprost      1600   n/a    --    pharmacy hasn't delivered

Pharmacy says latanoprost comes on the 7pm run. Milton's BP was low again, do you want me to
call it in?

Bea
""")

add('phi-lists', 'Tull',
    'Northgate Clinic <clinic@northgateshelter.org>', 'Dr. Chidi Okafor <cokafor@northgateshelter.org>',
    'Tues walk-in clinic 1/13 - seen list', '2026-01-13 15:10 -0500',
"""Dr. O - today's list for your cosign. 14 seen, 2 left before seen.

 #  Name              Bunk   Reason                   Done
 1  Raymond Tull      M31    heel wounds f/u           dressing chg, silver alginate
 2  Deborah Kane      W07    BP check                  158/98, rechk Thurs
 3  "Smoke" (Jesse W) M12    cough x2wk                CXR order given, Hope Clinic
 4  Ana Lucia Ortiz   W15    preg test                 pos, referred Family Health
 5  Terrence Boyd     M40    refill gabapentin         needs MD
 6  Marvin Deschamps  M03    foot fungus               OTC cream given
 7  Kiara Little      W22    TB read                   0mm neg
 8  Walter Greaves    M18    wound L shin              cleaned, keflex per SO
 9  Nell Pinkham      W01    insulin supplies          gave lancets/strips
10  Rudy Alcala       M27    tooth pain                dental voucher
11  Sharonda Mays     W11    BP check                  132/84
12  Ahmed Farah       M09    flu shot                  given L deltoid
13  Chris Doyle       M36    flu shot                  given R deltoid
14  Patrice Lemoine   W19    rash                      pics in chart

Left: Benny (no last name given), Tawny R.

Luis
""")

add('phi-lists', 'Okonkwo',
    'Tasha Greenwood <tgreenwood@carverstate.edu>', 'Football Staff <fb-staff@carverstate.edu>',
    'Injury report - week 4', '2026-09-21 07:30 -0500',
"""Injury report, pasted from the tracker. Team physicians cc'd separately.

Player\tNo.\tPos\tInjury/Area\tStatus\tRTP est.\tTreatment
Okonkwo, Chidubem\t91\tDE\tR shoulder\tOUT\t9/30\trehab, re-eval Fri
Pruett, Cole\t17\tWR\tconcussion\tOUT\tprotocol\tday 3 of RTP steps
Henderson, Malik\t34\tRB\thamstring L\tLIMITED\t9/24\tSTIM, soft tissue
Bell, Marcus\t5\tCB\tL knee\tOUT\tTBD\tMRI 2/17 partial MCL, brace
Vance, Tyler\t62\tOL\tankle sprain R\tFULL\t--\ttape daily
Carter, Jaylen\t24\tS\tankle sprain L\tLIMITED\t9/25\tice/stim AM

Let me know if numbers are off, I pulled from last week's roster.
T
""")

add('phi-lists', 'Lindahl',
    'Gina Alvarado <galvarado@workwellocc.com>', 'Karen Liddell <kliddell@halvorsenmfg.com>',
    'Q1 audiometric + fit test results', '2026-04-10 09:15 -0500',
"""Karen,

Attached are the Q1 hearing conservation and respirator fit test results for the Plant 2 press
line. Four employees had a standard threshold shift and were sent retest letters (flagged in the
file). Please keep this file with the confidential medical records, not the personnel files.

Gina
""",
    atts=[('Halvorsen_P2_Q1_2026.csv',
"""emp_id,last_name,first_name,dept,test_date,audiogram_result,sts_flag,retest_due,fit_test,respirator
41882,Lindahl,Erik,Press B,2026-04-08,STS left,Y,2026-05-08,PASS,3M 6502 M
41907,Osei,Kwabena,Press B,2026-04-08,normal,N,,PASS,3M 6502 M
40215,Marchetti,Dana,Press A,2026-04-08,STS both,Y,2026-05-08,PASS,3M 6502 S
39981,Pham,Long,Press A,2026-04-08,normal,N,,FAIL-refit,3M 6502 M
42104,Bergstrom,Ann,Maint,2026-04-09,STS right,Y,2026-05-09,PASS,3M 7502 M
38770,Whitlow,Gary,Maint,2026-04-09,normal,N,,PASS,3M 7502 L
41333,Nunez,Hector,Press B,2026-04-09,STS left,Y,2026-05-09,PASS,3M 6502 L
""", 'text/csv')])

add('phi-lists', 'Greer',
    'Janet Pruitt RN <jpruitt@maplecrestliving.org>', 'Dr. Simon Lum <slum@lumgeriatrics.com>',
    'Monthly weights - MC and AL', '2026-04-01 14:02 -0500',
"""Dr. Lum,

Monthly weights, only listing the ones with >5% change in 30 days or >10% in 180:

* Milton Greer (203) - 171 -> 161 lb, down 5.8%. Eating ~50% of meals. Dietitian consult sent.
* Rose Castellano (MC 108) - 128 -> 121, down 5.5%. Needs cueing at meals now. Daughter aware.
* Chiyo Tanaka (207) - 142 -> 150, up 5.6%. Ankles puffy, +1 edema. Can you look Thursday?
* Harold Fenn (AL 3C) - stable but he's refusing to be weighed, last weight is from February.

Full sheet in the shared drive under Weights/2026.

Janet
""")

add('phi-lists', 'Mercado',
    'Alicia Brandt <abrandt@harborlanehomes.org>', 'All House Managers <managers@harborlanehomes.org>',
    'Appointments this week', '2026-08-10 08:05 -0400',
"""Appointments this week - please confirm staffing and van.

Cedar House
  - Mon 8/10 2:00  Shawn P. - neurology f/u (EEG results), Dr. Amari, bring seizure log
  - Thu 8/13 1:15  Daniel Mercado - dental under nitrous, Broad St
Willow House
  - Tue 8/11 10:30  Renee Colbert - blood draw (lithium level), Quest on 9th, fasting
  - Wed 8/12 9:00   Mikey Tran - podiatry, nail trim
  - Fri 8/14 11:00  Gloria Ames - GYN annual, female staff only please
Birch House
  - Wed 8/12 3:30  Anthony "Tony" Russo - psychiatry med check (telehealth, laptop in office)

Guardians have been notified for all except Renee, I'm still waiting on her mom.
""")

add('phi-lists', 'Vo',
    'Lakeside Family Dental <lakesidefamilydental@gmail.com>', 'Hygiene <hygiene@lakesidefamilydental.com>',
    'Tomorrow - Kim column (Dr L covering exams)', '2026-06-04 17:40 -0500',
"""Kim's schedule for tomorrow, Fri 6/5:

 8:00  Vo, Anh           recall + 4BW, due for FMX, prefers Vietnamese speaker if we have one
 9:00  Greenberg, Saul   perio maint (4 mo), premed amoxicillin - confirm he took it
10:00  Brandt, Eli       recall, child, sealants #30 #19, mom coming
11:00  OPEN
 1:00  Ruiz, Marisela    SRP UR/LR, anesthetic
 2:00  Natarajan, Priya  post-op check after ext - moved from Dr L's column
 3:00  Hollis, Dean      recall, owes $214 balance - collect at checkin

- front desk
""")

add('phi-lists', 'Hakimi',
    'Sarah Whitcomb <swhitcomb@bridgewayresettle.org>', 'Health Team <health@bridgewayresettle.org>',
    'Arrivals Oct - health screening tracker', '2026-10-28 12:20 -0500',
"""Team, here's where the October arrivals are on their domestic medical screening. Red = overdue
for the 30-day window.

| Case  | Name (HoH + family)            | Lang    | Screening | TB (IGRA)     | Vaccines     | Notes                     |
|-------|--------------------------------|---------|-----------|---------------|--------------|---------------------------|
| 26-88 | Hakimi, Zarghuna + 3 children  | Dari    | 10/14 done| 2 pos, 2 neg  | catch-up 1/3 | CXR for mother + son 10/30 |
| 26-89 | Baraka, Neema + Amani (4)      | Swahili | 10/15 done| neg           | Amani due MMR| -                         |
| 26-91 | Noori, Abdul Rahim + Fatima, Yusuf | Dari | 10/20 done| neg           | Yusuf behind | Fatima prenatal, 24 wks   |
| 26-93 | Mugisha family (6)             | Kinyarw.| RED - not scheduled | - | -          | no phone yet, visit Thurs |

Zarghuna's IGRA positive - county TB clinic wants them Thursday, I need a Dari interpreter (female).
""")
# ======================= phi-struct =======================
add('phi-struct', 'Tanaka',
    'Interface Alerts <hl7-alerts@tricountylabs.com>', 'Maplecrest Nursing <nursing.westwing@maplecrestliving.org>',
    'Result delivery - ORU attached', '2026-03-13 07:02 -0500',
"""Automated delivery. 1 result message attached for MAPLECREST SENIOR LIVING (acct 44017).
Do not reply to this address.
""",
    atts=[('ORU_44017_20260313_0701.hl7',
"MSH|^~\\&|TCL_LIS|TRICOUNTY LABS|MAPLECREST|44017|20260313070112||ORU^R01|TCL8830211|P|2.5.1\r"
"PID|1||MC20714^^^MAPLECREST^MR||TANAKA^CHIYO^^^^^L||19380522|F|||207 MAPLECREST DR^^CEDAR RAPIDS^IA^52402||\r"
"ORC|RE|55120|TCL-2603-1187||CM\r"
"OBR|1|55120|TCL-2603-1187|BMP^BASIC METABOLIC PANEL|||20260312093000|||||||||1457338921^LUM^SIMON\r"
"OBX|1|NM|2951-2^Sodium^LN||131|mmol/L|136-145|L|||F\r"
"OBX|2|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F\r"
"OBX|3|NM|2160-0^Creatinine^LN||1.62|mg/dL|0.57-1.11|H|||F\r"
"OBX|4|NM|2345-7^Glucose^LN||214|mg/dL|70-99|H|||F\r",
     'application/octet-stream')])

add('phi-struct', 'Greenberg',
    'Renata Cole <billing@lakesidefamilydental.com>', 'support@clearpathclaims.com',
    'Ticket 88213 - 837D still rejecting (2300 loop)', '2026-05-19 10:48 -0500',
"""Hi, this is the third time this claim has rejected with "Invalid tooth number". I've checked
it in Dentrix and it looks right. Pasting what your portal shows as sent:

ISA*00*          *00*          *ZZ*LAKESIDEFD     *ZZ*CLEARPATH      *260518*1422*^*00501*000004417*0*P*:~
GS*HC*LAKESIDEFD*CLEARPATH*20260518*1422*4417*X*005010X224A2~
ST*837*0001*005010X224A2~
NM1*85*2*LAKESIDE FAMILY DENTAL*****XX*1649302217~
NM1*IL*1*GREENBERG*SAUL****MI*DDP448120933~
DMG*D8*19480307*M~
CLM*LFD55821*186***11:B:1*Y*A*Y*Y~
DTP*472*D8*20260514~
SV3*AD:D4910*186****1~
TOO*JP*00~
SE*9*0001~

D4910 is periodontal maintenance, it doesn't need a tooth number, so I don't know why TOO is
even in there. Can someone call me? 847-475-2260 ext 3.

Renata
Billing, Lakeside Family Dental
""")

add('phi-struct', 'Szabo',
    'EDI Batch <edi@soundpathhearing.com>', 'Amy Mendenhall <amendenhall@soundpathhearing.com>',
    'FW: 271 response - hearing aid benefit', '2026-03-30 09:11 -0400',
"""Amy - here's the eligibility response for Szabo before you quote him a replacement. Looks like
the hearing aid benefit was used in Dec 2025 so nothing left until 2028.

-- 271 --
ST*271*0001*005010X279A1~
BHT*0022*11*SPH20260330A*20260330*0910~
HL*1**20*1~
NM1*PR*2*HUMANA MEDICARE ADVANTAGE*****PI*61101~
HL*2*1*21*1~
NM1*1P*2*SOUNDPATH HEARING CENTER*****XX*1184023719~
HL*3*2*22*0~
NM1*IL*1*SZABO*FRANK*J***MI*H48823310~
DMG*D8*19410815*M~
EB*1*IND*30**HMO~
EB*F*IND*BL***27**1150*****Y~
MSG*HEARING AID ALLOWANCE 1150 PER 3 YEARS BOTH EARS~
DTP*198*D8*20251218~
EB*6*IND*BL***27~
MSG*BENEFIT EXHAUSTED UNTIL 20281218~
SE*15*0001~
""")

add('phi-struct', 'Farrow',
    'Vos Dermatology EHR <noreply@vosdermatology.com>', 'rx@eastgatecompounding.com',
    'Electronic prescription (FHIR bundle) - DO NOT REPLY', '2026-04-02 15:22 -0700',
"""A prescription has been transmitted to your pharmacy. The FHIR bundle is attached for your
records. Questions: 503-641-9900.
""",
    atts=[('rx_bundle_VD-88371.json', """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {
      "resourceType": "Patient", "id": "vd-pt-22019",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7781", "value": "VD22019"}],
      "name": [{"family": "Farrow", "given": ["Denise", "M"]}],
      "birthDate": "1967-12-30",
      "telecom": [{"system": "phone", "value": "503-292-4417"}],
      "address": [{"line": ["4410 SW Patton Rd"], "city": "Portland", "state": "OR", "postalCode": "97221"}]
    }},
    {"resource": {
      "resourceType": "MedicationRequest", "id": "VD-88371", "status": "active", "intent": "order",
      "subject": {"reference": "Patient/vd-pt-22019"},
      "medicationCodeableConcept": {"text": "Ketoprofen 10% / Lidocaine 5% in Lipoderm, compounded, 120 g"},
      "authoredOn": "2026-04-02",
      "requester": {"display": "Helen Vos, MD"},
      "dosageInstruction": [{"text": "Apply thin layer to affected area twice daily"}],
      "dispenseRequest": {"numberOfRepeatsAllowed": 3, "quantity": {"value": 120, "unit": "g"}}
    }}
  ]
}
""", 'application/json')])

add('phi-struct', 'Kane',
    'Luis Paredes <lparedes@northgateshelter.org>', 'Erin Walsh <ewalsh@hopecommunityhealth.org>',
    'Dec clinic export for the UDS reconciliation', '2026-01-06 11:30 -0500',
"""Erin,

Zipped the December visit export from our clinic system like you asked for the UDS match. It
has names and DOBs so please don't forward it outside Hope. Password is the usual one, I'll
text it.

Luis
""",
    atts=[('northgate_visits_2025-12.zip', [('visits_2025-12.csv',
"""visit_date,client_id,last,first,dob,bunk,provider,cpt,reason
2025-12-02,NG-0412,Kane,Deborah,1971-08-14,W07,Okafor,99213,hypertension f/u
2025-12-02,NG-0388,Tull,Raymond,1963-02-27,M31,Okafor,97597,wound debridement heels
2025-12-04,NG-0501,Ortiz,Ana Lucia,2001-05-09,W15,Paredes RN,81025,urine hCG
2025-12-09,NG-0377,Boyd,Terrence,1958-11-30,M40,Okafor,99214,neuropathy med mgmt
2025-12-11,NG-0455,Farah,Ahmed,1990-01-21,M09,Paredes RN,90686,influenza vaccine
2025-12-16,NG-0290,Pinkham,Nell,1966-06-03,W01,Okafor,99213,diabetes supplies
2025-12-18,NG-0521,Little,Kiara,1998-10-12,W22,Paredes RN,86580,PPD placement
""")], 'application/zip')])

add('phi-struct', 'Haskins',
    'ME Records <records@me.marioncounty.gov>', 'Pruitt & Sons Funeral Home <arrangements@pruittandsons.com>',
    'Fax copy - ME26-0311', '2026-03-03 13:55 -0500',
"""Copy of the fax sent to your office today at 1:52 pm, for your records.

==============================================================
      MARION COUNTY OFFICE OF THE MEDICAL EXAMINER
             200 E. Washington St, Room 3300
      Phone 317-327-4744      Fax 317-327-4751
==============================================================
FAX TRANSMITTAL

To:      Cheryl Pruitt, Pruitt & Sons Funeral Home
Fax:     317-889-2045
From:    Records Unit (T. Abernathy)
Date:    03/03/2026           Pages (incl. cover): 3

RE:      Case ME26-0311  HASKINS, Leonard J.  DOB 01/09/1964  DOD 02/19/2026

[x] Amended death certificate worksheet
[x] Cause of death update: toxicology final received 03/02/2026
[ ] Autopsy report (available to next of kin on written request)

Comments: Cause of death amended from PENDING to combined acute fentanyl and
methamphetamine toxicity. Manner: Accident. Please file amendment with Vital Records.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain
confidential information. If you received this in error, notify the sender.
""")

add('phi-struct', 'Colbert',
    'Discharge Notifications <cm-notify@stvincent-health.org>', 'Willow House <willowhouse@harborlanehomes.org>',
    'Transition of care document', '2026-07-02 16:40 -0400',
"""Attached is the Continuity of Care Document for your resident, discharged today. Please
review medication changes with your prescriber.
""",
    atts=[('CCD_Colbert_Renee_20260702.xml', """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Discharge</title>
  <effectiveTime value="20260702154000-0400"/>
  <recordTarget><patientRole>
    <id extension="SV1102938" root="2.16.840.1.113883.19.5"/>
    <addr><streetAddressLine>27 Willow Ct</streetAddressLine><city>Dayton</city><state>OH</state></addr>
    <patient><name><given>Renee</given><family>Colbert</family></name>
      <administrativeGenderCode code="F"/><birthTime value="19890914"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Medications at Discharge</title>
      <text><list>
        <item>Lithium carbonate 300 mg PO BID (DOSE DECREASED from TID)</item>
        <item>Levothyroxine 50 mcg PO daily (NEW)</item>
      </list></text></section></component>
    <component><section><title>Results</title>
      <text>Lithium level 1.6 mmol/L on admission 06/29; 0.8 mmol/L on 07/02. TSH 8.2.</text>
    </section></component>
    <component><section><title>Follow-up</title>
      <text>Lithium level in 5 days. Psychiatry (Dr. Feld) within 1 week.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""", 'text/xml')])

add('phi-struct', 'Marchetti',
    'LIS Interface Monitor <lis-monitor@workwellocc.com>', 'IT Help <it@workwellocc.com>',
    '[ERR] 3 inbound ORU messages rejected - no matching patient', '2026-05-11 05:00 -0500',
"""INTERFACE: PSYCHEMEDICS_DS_IN  ->  WorkWell EHR
RUN: 2026-05-11 05:00:00   STATUS: COMPLETED WITH ERRORS

Rejected messages (reason: PID-3 not found in MPI, demographics mismatch):

  MSG TCL-DS-550127  PID|1||E40215||MARCHETTI^DANA||19840412|F   OBR: 10-PANEL UDS  RESULT: NEG
  MSG TCL-DS-550131  PID|1||E4188||LINDHAL^ERIC||19790903|M      OBR: 10-PANEL UDS  RESULT: NEG
  MSG TCL-DS-550140  PID|1||E42230||OKAFOR^JOY||19970118|F       OBR: 10-PANEL UDS  RESULT: POS-MRO REVIEW

Action: route to HIM for manual match. Messages retained in error queue 14 days.
""")
# ======================= phi-ids =======================
add('phi-ids', '',
    'Amy Mendenhall <amendenhall@soundpathhearing.com>', 'auth@tru-hearing-benefits.com',
    'Auth request', '2026-02-09 10:03 -0500',
"""Member ID W88213045, DOB 03/28/1952. Requesting authorization for bilateral RIC aids, tier 3,
fitting scheduled 02/23. Audiogram faxed this morning. Please send auth # to this address.

Amy Mendenhall, BC-HIS
""")

add('phi-ids', '',
    'Janet Pruitt <jpruitt@maplecrestliving.org>', 'Lincoln Pharmacy LTC <ltc@lincolnrx.com>',
    're: refill', '2026-03-16 13:12 -0500',
"""MRN MC20391 / DOB 04/17/1931 - Dr Lum ok'd the refill, 90 day, send with tonight's delivery please

Sent from my iPhone
""")

add('phi-ids', '',
    'Renata Cole <billing@lakesidefamilydental.com>', 'claims@deltadentalil.com',
    'Claim 2026031400871 - resubmission', '2026-04-06 09:40 -0500',
"""Resubmitting claim 2026031400871 (subscriber ID 1180442917, patient DOB 11/02/1985, DOS
03/12/2026). Denial reason was "missing radiograph" for D2740 on #14. Periapical and narrative
attached to this resubmission. Please reprocess.

Renata Cole, Billing
Lakeside Family Dental  |  TIN 36-4419025
""")

add('phi-ids', '',
    'WorkWell DOT Desk <dot@workwellocc.com>', 'Fleet Safety <fleetsafety@halvorsenmfg.com>',
    'Emp 30917 - DOT card', '2026-03-02 15:48 -0600',
"""Emp# 30917 - DOT physical completed today. Certified 1 year only (BP), card expires 03/02/2027.
Long-form and MEC uploaded to the portal. Driver needs recheck of BP before next cert.
""")

add('phi-ids', '',
    'T. Abernathy <tabernathy@me.marioncounty.gov>', 'Tox Lab Client Services <clientservices@axisforensic.com>',
    'ME26-0344 status', '2026-03-06 08:20 -0500',
"""Morning - checking on case ME26-0344, your accession AX-26-11873, decedent DOB 07/22/1990,
received 2/26. Expanded panel + vitreous. Family and funeral home are asking. Any ETA?

Thanks
Tom Abernathy, Records
""")

add('phi-ids', '',
    'ClearView Eye Care <appointments@clearvieweyecare.net>', 'optical@clearvieweyecare.net',
    'acct 7781-02', '2026-08-20 11:55 -0400',
"""Acct 7781-02 / DOB 11/30/1988 called wanting to reorder Acuvue Oasys. CL Rx expired 7/2026 -
told her she needs a CL exam before we can order. Booked 8/27 9:20 w/ Dr Han. Don't release
the order.
""")

add('phi-ids', '',
    'Mateo Ruiz <mruiz@eastgatecompounding.com>', 'Priya Das <pdas@eastgatecompounding.com>',
    'Rx 6604417 PA denied', '2026-05-05 16:30 -0700',
"""Rx# 6604417 (pt DOB 02/02/1947, Regence member ZRG90021187) - PA for the compounded LDN 4.5 mg
caps came back denied, not covered as compounded. Pt will pay cash, $62/mo. Go ahead and fill,
ship to address on file. Note it on the profile.
""")

# ======================= phi-lang =======================
add('phi-lang', 'Morales',
    'Lucía Morales <lucia.morales.r@hotmail.com>', 'Memory Care Team <memorycare@maplecrestliving.org>',
    'Mi papá - Ernesto Morales cuarto 112', '2026-06-14 20:10 -0500',
"""Buenas noches,

Soy Lucía, la hija de Ernesto Morales del cuarto 112. Cuando lo visité hoy lo noté muy
dormido y casi no comió. La enfermera me dijo que el doctor le subió la dosis de la quetiapina
la semana pasada. Quisiera hablar con el doctor Lum sobre eso, porque desde el cambio está
como ido y se tambalea al caminar. ¿Pueden avisarme cuándo viene a hacer las visitas?

También necesito saber si ya le hicieron el análisis de sangre que le tocaba este mes.

Gracias,
Lucía Morales
773-441-0952
""", charset='iso-8859-1')

add('phi-lang', 'Rahimi',
    'Ahmad Shah Rahimi <ahmadshah.rahimi@gmail.com>', 'Sarah Whitcomb <swhitcomb@bridgewayresettle.org>',
    'وقت داکتر پسرم', '2026-11-09 09:44 -0500',
"""سلام خانم سارا،

من احمد شاه رحیمی هستم، نمبر کیس ۲۶-۹۴. پسرم یوسف شاه فردا ساعت ده بجه در کلینیک داکتر
اطفال وقت دارد برای واکسین و معاینه چشم. مکتب گفته که بدون واکسین نمی‌تواند بیاید.
لطفاً یک ترجمان دری برای ما بفرستید، من انگلیسی خوب نمی‌فهمم.

یک سوال دیگر: خانمم هنوز کارت صحی ندارد، آیا می‌تواند با کاغذ موقت نزد داکتر برود؟

تشکر زیاد
احمد شاه
""")

add('phi-lang', 'Baraka',
    'Neema Baraka <neemabaraka21@gmail.com>', 'Health Team <health@bridgewayresettle.org>',
    'Amani - chanjo', '2026-11-02 08:15 -0600',
"""Habari za asubuhi,

Mimi ni Neema Baraka, kesi 26-89. Mtoto wangu Amani (miaka 4) alipewa miadi ya chanjo ya MMR
tarehe 5 Novemba saa tatu asubuhi katika kliniki ya Westside. Lakini usiku wa jana alikuwa na
homa kali na kikohozi. Je, bado tuende au tubadilishe siku?

Pia daktari alisema nirudi kupima damu yangu baada ya wiki mbili, sijapata barua yoyote.

Asante sana,
Neema
""")

add('phi-lang', 'Lindqvist',
    'Joy Manalo <jmanalo@maplecrestliving.org>', 'Janet Pruitt RN <jpruitt@maplecrestliving.org>',
    'Mr. Lindqvist sugar', '2026-07-07 05:48 -0500',
"""Ma'am Janet,

Update lang po kay Mr. Lindqvist sa 219. Yung blood sugar niya kaninang 0500 ay 54, medyo
pawisan siya at nanginginig. Binigyan ko po ng orange juice at crackers, after 15 mins 98 na.
Hindi ko na binigay yung glipizide niya sa 0730 pass, naka-hold muna hanggang makausap niyo si
Dr. Lum. Nasa MAR na rin po at may incident report na.

Pakisabi rin po sa day shift na i-recheck siya ng 0900.

Salamat po,
Joy (night CMA)
""")

add('phi-lang', 'Nguyen',
    'Trần Minh Thư <minhthu.tran@yahoo.com>', 'ClearView Eye Care <appointments@clearvieweyecare.net>',
    'Hẹn khám mắt cho mẹ tôi - Nguyễn Thị Lan', '2026-09-01 19:25 -0400',
"""Chào phòng khám,

Tôi là con gái của bà Nguyễn Thị Lan (sinh ngày 12/03/1949). Mẹ tôi bị mờ mắt bên phải khoảng
hai tuần nay, nhìn ban đêm thấy quầng sáng quanh đèn. Bác sĩ Han đã khám cho mẹ năm ngoái và nói
mắt phải bắt đầu có vấn đề. Xin cho mẹ tôi một cuộc hẹn sớm nhất, tốt nhất vào buổi sáng thứ Bảy
vì tôi phải đi làm. Mẹ tôi không nói được tiếng Anh, tôi sẽ đi cùng để thông dịch.

Bảo hiểm của mẹ là Medicare và Medi-Cal.

Cảm ơn,
Minh Thư
(408) 771-2390
""", cte='base64')

add('phi-lang', 'Salas',
    'Rigoberto Salas <rsalas77@gmail.com>', 'WorkWell Occupational Health <nurse@workwellocc.com>',
    'mi mano - accidente linea 3', '2026-05-26 21:05 -0500',
"""Buenas noches señorita,

Me llamo Rigoberto Salas, trabajo en Halvorsen en la línea 3, número de empleado 40877.
El jueves me machuqué la mano derecha con la prensa y ustedes me pusieron los puntos y me dieron
la incapacidad hasta el lunes. Ya me quitaron la venda pero todavía no puedo cerrar bien los
dedos y me duele mucho en la noche. ¿Tengo que regresar a trabajar mañana o me pueden ver
primero? Mi supervisor dice que sin papel de ustedes tengo que entrar.

Gracias,
Rigoberto
""", charset='windows-1252')

add('phi-lang', 'Ortiz',
    'Luis Paredes <lparedes@northgateshelter.org>', 'Dr. Chidi Okafor <cokafor@northgateshelter.org>',
    'Ana Lucia - prenatal', '2026-01-20 16:05 -0500',
"""Doc, quick one. Ana Lucia Ortiz (W15) came back from Family Health today. Le hicieron el
ultrasonido, tiene como 11 semanas, todo bien según ella. Le dieron vitaminas prenatales pero
dice que no las puede tomar en ayunas porque vomita. Le expliqué que las tome con la cena. She
has the next cita Feb 17, she's worried about losing her bed if she goes into the hospital later,
can we talk with case management about moving her to the family program?

Luis
""")
# ======================= clean-staff =======================
add('clean-staff', '',
    'Kayode Adeyemi <kadeyemi@maplecrestliving.org>', 'Night Shift <nightshift@maplecrestliving.org>',
    'night shift notes - Sat', '2026-03-14 06:45 -0500',
"""Quiet night on all three wings, no falls, no calls to on-call.

Housekeeping stuff:
- Med cart B key is missing again. I used the spare from the DON office and put it back. If you
  took it home please bring it back.
- Glove boxes in the Wing A clean utility are all XL. Ordered M and L.
- Ice machine on Wing C is leaking onto the floor, put a wet floor sign and a towel, maintenance
  ticket #4471.
- Fire door by the memory care courtyard is sticking, it took two tries to latch.

Agency CNA Sunday night canceled, we're short one on Wing B. Can anyone pick up?

Kayode
""")

add('clean-staff', '',
    'Dolores Reyna <dreyna@brazoscountycrisis.org>', 'MCT Unit 3 <mct3@brazoscountycrisis.org>',
    'swap for 7/25?', '2026-07-20 13:10 -0500',
"""Anyone willing to swap Sat 7/25 1500-2300 for any of my Tuesdays in August? My kid's
quinceañera got moved. Will owe you tacos.

Also unit 3 truck is making the grinding noise again when you brake, I put it in the fleet log.

D
""")

add('clean-staff', '',
    'Sam Ortega <sortega@carverstate.edu>', 'Sports Med Staff <sportsmed@carverstate.edu>',
    'training room supplies + ice machine', '2026-08-24 15:22 -0500',
"""All,

- Big ice machine in the north training room is down again. Hoshizaki tech can't come until
  Thursday. Use the one in the volleyball room, and please don't leave the cooler lids open.
- We are down to 11 cases of 1.5" white tape and 4 of pre-wrap. Order goes in Friday, tell me by
  Wednesday if you need anything else (heel & lace pads, Coban, Leukotape).
- Whirlpool #2 failed the weekly culture. It's drained and tagged. Don't use it until facilities
  signs off.
- Reminder the GA athletic trainers need their BOC CEUs uploaded by 9/30.

Sam
""")

add('clean-staff', '',
    'Jo Whitaker <jwhitaker@opendoorhr.org>', 'Outreach Staff <outreach@opendoorhr.org>',
    'June numbers + van restock', '2026-07-01 09:30 -0400',
"""Team - June wrap-up. Great work in a brutal heat month.

  Participant encounters ........ 1,412 (van 1,038 / storefront 374)
  Syringes distributed .......... 48,600
  Syringes returned ............. 41,950 (86%)
  Naloxone kits out ............. 612
  Reported reversals ............ 71
  Fentanyl test strips .......... 2,300
  Hep C rapid tests ............. 58 (results reported in aggregate to the state)

The van is out of 1cc 28g, wound care kits and sharps containers. Warehouse pickup is Thursday
at 10, need one person with a license for the box truck.

Jo
""")

add('clean-staff', '',
    'Dr. Aaron Lindgren <alindgren@lakesidefamilydental.com>', 'Team <team@lakesidefamilydental.com>',
    'huddle notes 6/8', '2026-06-08 08:10 -0500',
"""Morning huddle recap:

1. Kim is out Friday 6/12 - front desk please move her column to Tues/Wed next week, don't just
   double-book me.
2. Autoclave #1 spore test came back fine. Log is on the clipboard.
3. New intraoral camera arrives Wednesday, Henry Schein rep is doing a 20 min lunch training.
4. We were at 81% on collections for May. Let's be better about asking for copays at checkin.
5. Please stop microwaving fish.

- AL
""")

add('clean-staff', '',
    'Marcus Pruitt <mpruitt@pruittandsons.com>', 'Staff <staff@pruittandsons.com>',
    'Saturday coverage and the Cadillac', '2026-02-26 17:45 -0500',
"""Coverage for Sat 2/28: Cheryl directing the 11:00 at St. Bridget's, Devon and I on the
graveside at Crown Hill 2:00. Tanya on phones. Night removals: Devon Sat, me Sun.

The Cadillac coach is at Beck's for the brakes until Tuesday so use the Lincoln. Keys are in the
lockbox, code hasn't changed.

Reminder: new price list goes into effect March 1, the old GPLs in the arrangement room need to
be pulled and recycled.

Marcus
""")

add('clean-staff', '',
    'Alicia Brandt <abrandt@harborlanehomes.org>', 'All House Managers <managers@harborlanehomes.org>',
    'Managers meeting minutes 9/3', '2026-09-03 16:30 -0400',
"""Minutes - House Managers Meeting, 9/3/2026
Present: Alicia, Darnell, Priya, Josh, Keisha (phone)

- Medication administration recertification: 6 DSPs expire in October. Keisha to schedule the
  class with the RN trainer, two sessions.
- Van inspection for Willow is due 9/15. Josh will take it.
- State licensing visit is expected "sometime in Q4". Binders: staff training logs, fire drill
  logs, water temp logs. Check yours.
- Overtime was 11% of hours in August. Need to fill the 2 open overnight positions.
- Holiday party - Dec 12 at the community center, residents and families invited.

Next meeting 10/1.
""")
# ======================= clean-admin =======================
add('clean-admin', '',
    'Janet Pruitt RN <jpruitt@maplecrestliving.org>', 'Maplecrest Leadership <leadership@maplecrestliving.org>',
    'FW: Statement of Deficiencies - annual survey', '2026-05-07 10:02 -0500',
"""Forwarding the 2567 from last month's survey. Three tags, none above D. Plan of correction is
due 5/17 - I'll draft F689 and F812, Sam please take F880.

----- Forwarded summary -----
STATEMENT OF DEFICIENCIES AND PLAN OF CORRECTION
Provider: Maplecrest Senior Living - Skilled/Memory Care   Survey completed: 04/23/2026

F689 Free of Accident Hazards/Supervision/Devices - Scope/Severity D
  Based on observation, interview and record review, the facility failed to ensure a bed alarm
  was functioning for 1 of 3 residents reviewed for falls (Resident #4).
F812 Food Procurement, Store/Prepare/Serve-Sanitary - Scope/Severity E
  Walk-in refrigerator: 3 containers undated; hairnet not worn by 1 dietary aide.
F880 Infection Prevention & Control - Scope/Severity D
  Staff member observed not performing hand hygiene between residents during med pass on
  one unit (Resident #2 and Resident #7).
----------------------------
""")

add('clean-admin', '',
    'Volunteer Coordinator <volunteers@northgateshelter.org>', 'Northgate Volunteers <volunteers-list@northgateshelter.org>',
    'December volunteer schedule - please check your slots', '2026-11-25 12:00 -0500',
"""Hi friends,

Here's the December schedule. If you can't make your slot, swap with someone and tell me, or
reply and I'll find coverage. Kitchen shifts need food handler cards.

Date      Shift            Role              Volunteer(s)
--------  ---------------  ----------------  ---------------------------------
Tue 12/1  5:00-8:00 pm     Dinner service    Gail Patterson, Omar Siddiqui, Beth Lo
Wed 12/2  7:00-9:00 pm     Laundry           Jim & Carol Hendricks
Thu 12/3  5:00-8:00 pm     Dinner service    St. Mark's youth group (Pastor Dana)
Sat 12/5  9:00-12:00       Clothing closet   Renee Vasquez, Tom Kerrigan
Sat 12/5  12:00-2:00 pm    Clinic check-in   Priya Menon (front desk only, no charts)
Sun 12/6  10:00-1:00       Brunch            Temple Beth El volunteers
Tue 12/8  5:00-8:00 pm     Dinner service    OPEN - need 3
Wed 12/9  7:00-9:00 pm     Laundry           OPEN

Coat drive drop-off is at the side door every day 9-5. We especially need men's XL and boots.

Thank you for everything you do.
Marisa Feld, Volunteer Coordinator
""",
    html="""<html><body style="font-family:Georgia,serif;font-size:11pt">
<p>Hi friends,</p><p>Here's the December schedule. If you can't make your slot, swap with someone and tell me,
or reply and I'll find coverage. Kitchen shifts need food handler cards.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Date</th><th>Shift</th><th>Role</th><th>Volunteer(s)</th></tr>
<tr><td>Tue 12/1</td><td>5:00-8:00 pm</td><td>Dinner service</td><td>Gail Patterson, Omar Siddiqui, Beth Lo</td></tr>
<tr><td>Wed 12/2</td><td>7:00-9:00 pm</td><td>Laundry</td><td>Jim &amp; Carol Hendricks</td></tr>
<tr><td>Thu 12/3</td><td>5:00-8:00 pm</td><td>Dinner service</td><td>St. Mark's youth group (Pastor Dana)</td></tr>
<tr><td>Sat 12/5</td><td>9:00-12:00</td><td>Clothing closet</td><td>Renee Vasquez, Tom Kerrigan</td></tr>
<tr><td>Sat 12/5</td><td>12:00-2:00 pm</td><td>Clinic check-in</td><td>Priya Menon (front desk only, no charts)</td></tr>
<tr><td>Sun 12/6</td><td>10:00-1:00</td><td>Brunch</td><td>Temple Beth El volunteers</td></tr>
<tr><td>Tue 12/8</td><td>5:00-8:00 pm</td><td>Dinner service</td><td><b>OPEN - need 3</b></td></tr>
<tr><td>Wed 12/9</td><td>7:00-9:00 pm</td><td>Laundry</td><td><b>OPEN</b></td></tr></table>
<p>Coat drive drop-off is at the side door every day 9-5. We especially need men's XL and boots.</p>
<p>Thank you for everything you do.<br>Marisa Feld, Volunteer Coordinator</p></body></html>""")

add('clean-admin', '',
    'Priya Das PharmD <pdas@eastgatecompounding.com>', 'Certification Services <schedule@cleanroomcert.com>',
    'Semi-annual cleanroom certification - dates', '2026-01-14 11:20 -0800',
"""Hello,

We're due for our semi-annual USP <797> recertification (ISO 7 buffer room, ISO 8 ante room, two
LAFWs and one BSC). Last certification was July 22. Our preferred dates are Feb 9-11, after 6pm
or on the weekend so we don't have to stop compounding. Please also include viable air and
surface sampling, and send the report to me and to qa@eastgatecompounding.com.

Our PO number for this is EC-26-0031.

Priya Das, PharmD
Pharmacist-in-Charge, Eastgate Compounding Pharmacy
""")

add('clean-admin', '',
    'WorkWell Billing <billing@workwellocc.com>', 'Accounts Payable <ap@halvorsenmfg.com>',
    'Invoice INV-26-0418 - April services', '2026-05-01 08:00 -0500',
"""Please find your April statement below. Terms Net 30.

WorkWell Occupational Health - Invoice INV-26-0418
Client: Halvorsen Manufacturing (acct HM-1002)

Service                              Qty   Rate      Amount
-----------------------------------  ---  --------  ---------
Post-offer physical                   14   $95.00    $1,330.00
DOT physical                           6   $110.00     $660.00
10-panel urine drug screen (MRO)      22   $48.00    $1,056.00
Audiometric testing (on-site van)    118   $18.00    $2,124.00
Respirator fit test                   40   $22.00      $880.00
                                                    ---------
Total due                                           $6,050.00

Remit to: PO Box 2218, Bloomington IL 61702. ACH details on request.
Itemized detail by employee is available in the client portal for authorized users.
""")

add('clean-admin', '',
    'Sarah Whitcomb <swhitcomb@bridgewayresettle.org>', 'Program Director <director@bridgewayresettle.org>',
    'Q3 health navigation numbers for the ORR report', '2026-10-05 15:15 -0500',
"""Hi Dan,

Numbers for the Q3 narrative:

- New arrivals (individuals): 143, in 41 cases
- Domestic medical screenings completed within 30 days: 131 (92%)
- Referred for TB follow-up (positive IGRA, no active disease): 19
- Prenatal care linkage: 7 pregnant women, all linked
- Average days from arrival to first PCP visit: 38 (down from 51 in Q2)
- Interpreter requests: Dari 214, Pashto 60, Swahili 88, Kinyarwanda 41, Spanish 35

Barriers: pediatric dental wait times (3+ months), not enough female Dari interpreters.

Sarah
""")

add('clean-admin', '',
    'IT Service Desk <servicedesk@carverstate.edu>', 'Sports Medicine <sportsmed@carverstate.edu>',
    '[Planned Maintenance] ATS athlete records system - Sun 8/30 2am-6am', '2026-08-26 14:00 -0500',
"""PLANNED MAINTENANCE NOTICE

System:    ATS (athletic training records) and the Sports Medicine file share
Window:    Sunday 8/30/2026, 2:00 AM - 6:00 AM CT
Impact:    ATS unavailable; file share read-only

During the window, document any injury evaluations or treatments on the paper downtime forms
in the red binder in each training room and enter them in ATS after service is restored.

Change ticket CHG0041992. Questions: x4-4357.
""")

add('clean-admin', '',
    'Brazos County Behavioral Health <bchb-admin@brazoscountycrisis.org>', 'All MCT Staff <mct-all@brazoscountycrisis.org>',
    'FY27 budget - what it means for MCT', '2026-08-28 11:00 -0500',
"""Team,

Commissioners approved the FY27 budget last night. The short version for Mobile Crisis:

- Unit 4 is funded starting Oct 1 (two clinician positions + one peer specialist). Postings
  go live Monday.
- The 988 call center integration grant was renewed for two years.
- Mileage reimbursement goes to $0.70/mile.
- We did NOT get the second vehicle; Unit 4 will share with the day-shift supervisor truck
  until spring.

Call volume is up 22% over last year, response time median is 41 minutes. I know you all feel it.
Thank you.

Renata Okoye, LCSW
Director, Crisis Services
""")
# ======================= clean-lookalike =======================
add('clean-lookalike', '',
    'Carver State Athletics Media <media@carverstate.edu>', 'Sports Medicine <sportsmed@carverstate.edu>',
    '2026 Football roster - final for game programs', '2026-08-20 10:00 -0500',
"""Final roster for the home opener program. Training room: please use this for the sideline
numbers sheet.

No.  Name                 Pos  Ht    Wt   Yr   Hometown
---  -------------------  ---  ----  ---  ---  ------------------
 5   Marcus Bell          CB   5-11  185  Jr   Tulsa, OK
 7   Devin Baptiste       QB   6-2   210  Sr   Shreveport, LA
17   Cole Pruett          WR   6-0   180  So   Joplin, MO
24   Jaylen Carter        S    6-1   198  Fr   Little Rock, AR
34   Malik Henderson      RB   5-10  205  Jr   Springfield, MO
62   Tyler Vance          OL   6-5   305  Sr   Branson, MO
91   Chidubem Okonkwo     DE   6-4   260  Jr   Houston, TX

Full 105-man roster attached on the athletics site. Headshots due Friday.
""")

add('clean-lookalike', '',
    'Life Enrichment <activities@maplecrestliving.org>', 'Maplecrest Residents & Families <families@maplecrestliving.org>',
    'March Activity Calendar + Birthdays!', '2026-02-27 09:00 -0500',
"""MAPLECREST MARCH HAPPENINGS

Mon-Fri  9:30   Chair Yoga (Fitness Room)
Mon      2:00   Bingo with the Rotary Club
Tue      10:00  Bus to Hy-Vee & Walgreens
Wed      1:30   Watercolor Club with Miss Anita
Thu      3:00   Ice Cream Social / Happy Hour (Bistro)
Fri      7:00   Movie Night - this month: "The Music Man"
Sat 3/14 2:00   St. Patrick's Day sing-along with the Linn-Mar Choir
Sun      10:00  Chapel service (Rev. Morse)

MARCH BIRTHDAYS - stop by and wish them well!
  3/3   Dorothy Hendershot (Apt 2F)
  3/9   Bill Sandoval (Apt 1A)
  3/17  Maureen O'Leary (of course!) (Apt 4C)
  3/22  Chiyo Tanaka (Rm 207)
  3/30  Ed Perlmutter (Apt 3D)

Birthday cake & coffee for everyone Friday 3/27 at 3:00 in the Bistro.
""",
    html="""<html><body style="font-family:'Comic Sans MS',Verdana;background:#fffbea">
<h2 style="color:#2a6">MAPLECREST MARCH HAPPENINGS</h2>
<table cellpadding="3"><tr><td>Mon-Fri 9:30</td><td>Chair Yoga (Fitness Room)</td></tr>
<tr><td>Mon 2:00</td><td>Bingo with the Rotary Club</td></tr><tr><td>Tue 10:00</td><td>Bus to Hy-Vee &amp; Walgreens</td></tr>
<tr><td>Wed 1:30</td><td>Watercolor Club with Miss Anita</td></tr><tr><td>Thu 3:00</td><td>Ice Cream Social / Happy Hour (Bistro)</td></tr>
<tr><td>Fri 7:00</td><td>Movie Night - "The Music Man"</td></tr><tr><td>Sat 3/14 2:00</td><td>St. Patrick's Day sing-along</td></tr>
<tr><td>Sun 10:00</td><td>Chapel service (Rev. Morse)</td></tr></table>
<h3>&#127874; MARCH BIRTHDAYS</h3><ul><li>3/3 Dorothy Hendershot (Apt 2F)</li><li>3/9 Bill Sandoval (Apt 1A)</li>
<li>3/17 Maureen O'Leary (of course!) (Apt 4C)</li><li>3/22 Chiyo Tanaka (Rm 207)</li><li>3/30 Ed Perlmutter (Apt 3D)</li></ul>
<p>Birthday cake &amp; coffee for everyone Friday 3/27 at 3:00 in the Bistro.</p></body></html>""")

add('clean-lookalike', '',
    'Lakeside Family Dental <news@lakesidefamilydental.com>', 'patients-newsletter@lakesidefamilydental.com',
    'Back-to-school smiles + $99 whitening this month', '2026-08-01 07:00 -0500',
"""Lakeside Family Dental - August News

BACK TO SCHOOL: Kids' checkups fill up fast in August. Sealants are covered 100% by most plans
for ages 6-14. Book online at lakesidefamilydental.com/book.

SUMMER WHITENING: Take-home whitening trays for $99 (reg. $299) through 8/31.

MEET OUR NEW HYGIENIST: Kim Tran joins us from Northwestern with 8 years of experience and a
gentle touch. She speaks Vietnamese and English.

NO INSURANCE? Ask about our Lakeside Smile Club: 2 cleanings, exams and x-rays for $249/year.

Unsubscribe | 2210 Lakeshore Dr, Evanston IL 60201 | 847-475-2260
""",
    html="""<html><head><style>.hdr{background:#0a7fa8;color:#fff;padding:12px;font-size:20px}
.box{border:1px solid #0a7fa8;margin:10px;padding:10px;font-family:Helvetica}</style></head><body>
<div class="hdr">Lakeside Family Dental &mdash; August News</div>
<div class="box"><b>BACK TO SCHOOL:</b> Kids' checkups fill up fast in August. Sealants are covered 100% by most plans for ages 6-14.
<a href="https://lakesidefamilydental.com/book">Book online</a>.</div>
<div class="box"><b>SUMMER WHITENING:</b> Take-home whitening trays for <span style="color:red">$99</span> (reg. $299) through 8/31.</div>
<div class="box"><b>MEET OUR NEW HYGIENIST:</b> Kim Tran joins us from Northwestern with 8 years of experience and a gentle touch. She speaks Vietnamese and English.</div>
<div class="box"><b>NO INSURANCE?</b> Ask about our Lakeside Smile Club: 2 cleanings, exams and x-rays for $249/year.</div>
<p style="font-size:8pt;color:#888">Unsubscribe | 2210 Lakeshore Dr, Evanston IL 60201 | 847-475-2260</p></body></html>""")

add('clean-lookalike', '',
    'Prairie Paws Veterinary <reminders@prairiepawsvet.com>', 'Denise Farrow <dfarrow67@gmail.com>',
    "Biscuit is due for vaccines!", '2026-04-20 08:00 -0700',
"""Hi Denise,

Our records show Biscuit (Canine, Beagle, 7 yrs) is due for:
  - Rabies (3 yr)          due 05/01/2026
  - DHPP booster           due 05/01/2026
  - Heartworm/Lyme test    due 05/15/2026

Biscuit's last weight was 31.4 lb - Dr. Sato mentioned a diet chat at the next exam.

Book online or call 503-246-1180. Patient ID: PP-20418.

Prairie Paws Veterinary Hospital
""")

add('clean-lookalike', '',
    'Eastgate Compounding Pharmacy <rx@eastgatecompounding.com>', 'Dr. Ken Sato <ksato@prairiepawsvet.com>',
    'Rufus - methimazole transdermal ready', '2026-05-12 12:40 -0700',
"""Dr. Sato,

The transdermal methimazole for Rufus (feline, owner: Gail Whitacre) is ready, 2.5 mg/0.1 mL in
PLO gel, 30 day supply, chicken-free base as you asked. Mrs. Whitacre will pick up at 4. Refills:
2 remaining on the vet Rx.

Reminder that we also do flavored suspensions for dogs - beef, chicken, and bacon are our most
popular.

Mateo
Eastgate Compounding Pharmacy - Veterinary Desk
""")

add('clean-lookalike', '',
    'SoundPath Hearing Center <events@soundpathhearing.com>', 'Friends of SoundPath <newsletter@soundpathhearing.com>',
    'FREE hearing screenings at the Senior Expo - Sat Oct 17', '2026-10-01 09:00 -0400',
"""Can you hear us now? :)

SoundPath Hearing Center will be at the Franklin County Senior Expo on Saturday, October 17,
9 am - 2 pm, booth 44.

  * Free 10-minute hearing screenings
  * Free hearing aid clean & check (any brand)
  * Try the new rechargeable Phonak and Oticon models
  * Enter to win a $500 credit toward a new pair

Did you know? Adults with untreated hearing loss are more likely to report social isolation.
A simple screening is the first step.

SoundPath Hearing Center | 88 Commerce Way, Suite 4 | 614-297-3318
Reply STOP to unsubscribe.
""")

add('clean-lookalike', '',
    'Cornerstone Auto & Home <rewards@cornerstoneins.com>', 'Erik Lindahl <erik.lindahl@gmail.com>',
    'Your DriveWell score and your wellness rewards', '2026-06-02 06:30 -0500',
"""Hi Erik,

Your DriveWell safe-driving score for May: 91 (Excellent!). That keeps your 12% discount on
policy AU-7718204 for the 2021 Silverado.

BONUS: Link your fitness tracker to Cornerstone Rewards and earn points for 7,500+ steps a day.
Points can be redeemed for gift cards - no health information is shared with your insurer.

Your agent: Tom Kessler, 309-663-2210

Cornerstone Mutual Auto & Home
""")
# ======================= clean-news =======================
add('clean-news', '',
    'Marion County Public Health <alerts@marionhealth.org>', 'Community Partners <partners-list@marionhealth.org>',
    'HEALTH ALERT: Overdose spike - medetomidine detected', '2026-06-26 17:20 -0400',
"""MARION COUNTY PUBLIC HEALTH - HEALTH ALERT NETWORK
Distributed to: EMS, EDs, harm reduction programs, shelters, law enforcement

SUMMARY: Between June 19 and June 25, EMS responded to 64 suspected opioid overdoses in the
county, about twice the weekly average. Three deaths are under investigation by the Medical
Examiner. Drug checking at two syringe service programs has detected medetomidine, a veterinary
sedative, mixed with fentanyl.

WHAT TO WATCH FOR: prolonged sedation after naloxone, very slow heart rate, withdrawal that looks
different from typical opioid withdrawal (severe agitation, high blood pressure).

RECOMMENDATIONS: Give naloxone for respiratory depression; breathing, not full wakefulness, is
the goal. Call 911. Distribute test strips and encourage never using alone (Never Use Alone hotline
800-484-3731).

This alert contains no patient-identifying information. Forward freely.
""")

add('clean-news', '',
    'Northgate Shelter Operations <ops@northgateshelter.org>', 'All Staff <allstaff@northgateshelter.org>',
    'FW: Excessive Heat Warning Tues-Thu - cooling center activation', '2026-07-13 12:10 -0500',
"""Forwarding the NWS warning (attached). We are a designated cooling center Tues-Thu: day room
stays open 24h, water station at the front door, ice in the clinic freezer. Outreach team, please
do extra rounds under the 65 overpass and Military Park.
""",
    atts=[('Excessive Heat Warning.eml', rfc('NWS Indianapolis <nws.ind@noaa.gov>', 'cityalerts-list@indy.gov',
        'Excessive Heat Warning', '2026-07-13 10:45 -0500',
"""...EXCESSIVE HEAT WARNING IN EFFECT FROM NOON TUESDAY TO 9 PM CDT THURSDAY...
* WHAT...Heat index values up to 112 expected.
* IMPACTS...Extreme heat will significantly increase the potential for heat related illnesses,
  particularly for those working or participating in outdoor activities, and people experiencing
  homelessness.
* PRECAUTIONARY ACTIONS...Drink plenty of fluids, stay in an air-conditioned room, stay out of
  the sun. Check up on relatives and neighbors. Know the signs of heat exhaustion and heat stroke:
  confusion, hot dry skin, fainting. Call 911 for heat stroke.
"""), 'message/rfc822')])

add('clean-news', '',
    'Tanya Brooks <tbrooks@pruittandsons.com>', 'Cheryl Pruitt <cpruitt@pruittandsons.com>',
    'FW: obits ran today - Star', '2026-03-05 08:35 -0500',
"""Cheryl - both of ours ran in today's Star, proofed against the print edition, no corrections
needed. Copied below for the family folders.

---------------------------------------------------------------
THE INDIANAPOLIS STAR - OBITUARIES - Thursday, March 5, 2026

HASKINS, Leonard James, 62, of Indianapolis, passed away February 19, 2026. Born January 9, 1964
in Muncie to Robert and Alice Haskins. Len drove for Tri-State Freight for 31 years and never
missed a Colts home game. He is survived by his wife of 38 years, Donna; sons Michael (Amy) and
Kevin; and four grandchildren. Visitation Friday 4-8 pm at Pruitt & Sons Funeral Home, 4102 E.
Washington St. Funeral service Saturday 11 am at St. Bridget's. In lieu of flowers, memorial
contributions may be made to the Muncie Central Band Boosters.

WHITLOCK, June Marie (Hanley), 91, passed away peacefully at home on March 1, 2026. June taught
second grade at School 84 for 35 years and was a lifelong member of Second Presbyterian Church,
where she sang in the choir. Preceded in death by her husband Harold. Survived by daughters
Carol Ann (Dave) Reese and Patricia Whitlock; six grandchildren and nine great-grandchildren.
Graveside service Saturday 2 pm, Crown Hill Cemetery. Arrangements by Pruitt & Sons.
---------------------------------------------------------------

Tanya
""")

add('clean-news', '',
    'NATA News <news@nata-newsletter.org>', 'tgreenwood@carverstate.edu',
    'NATA NOW: Updated consensus statement on sport-related concussion', '2026-09-02 07:00 -0500',
"""NATA NOW - Weekly news for athletic trainers

UPDATED CONCUSSION CONSENSUS: The new international consensus statement recommends a brief
period of relative rest (24-48 hours) followed by early, symptom-limited light aerobic activity,
rather than prolonged rest in a dark room. Return-to-learn should precede return-to-sport, and
athletes should be symptom-free at rest before full-contact practice.

HEAT SAFETY: Preseason heat-related deaths in high school football have fallen since the
acclimatization guidelines were adopted in more states, according to a new study. Cold-water
immersion remains the gold standard for exertional heat stroke: "cool first, transport second."

CEU DEADLINE: BOC reporting period ends Dec 31, 2027.

You are receiving this because you are a NATA member. Manage preferences.
""")

add('clean-news', '',
    'Hearing Review Weekly <editor@hearingreviewweekly.com>', 'amendenhall@soundpathhearing.com',
    'Hearing aids and cognitive decline: what the new trial data say', '2026-01-28 06:00 -0500',
"""THIS WEEK

Hearing intervention and cognition: Three-year follow-up from a large randomized trial found
that older adults at higher risk of cognitive decline who received hearing aids and audiological
counseling showed slower decline on a composite cognitive score than a health-education
control group. The effect was not seen in the lower-risk cohort. Researchers cautioned that the
trial was not powered to show dementia prevention.

OTC market two years in: Over-the-counter hearing aid sales grew 31% year over year, but return
rates remain higher than for professionally fitted devices.

Medicare Advantage: More plans are offering hearing allowances for 2027, but average allowances
dropped from $1,240 to $1,150 per ear.
""")

add('clean-news', '',
    'Compounding Today <newsletter@compoundingtoday.org>', 'pdas@eastgatecompounding.com',
    'FDA updates 503A bulks list; semaglutide compounding enforcement', '2026-04-14 05:00 -0700',
"""Compounding Today - Regulatory Roundup

503A bulks list: FDA placed two additional substances in Category 2 (significant safety risks),
meaning pharmacies should not compound with them pending final evaluation.

GLP-1s: With semaglutide and tirzepatide removed from the drug shortage list, FDA reminded 503A
pharmacies that compounding copies "essentially a copy of a commercially available drug" is not
permitted except in limited circumstances documented by the prescriber for an individual patient.

USP <797>: State boards in Oregon and Washington begin inspecting against the revised chapter
this quarter. Top cited items so far: beyond-use dating and personnel sampling frequency.
""")
# ======================= clean-training =======================
add('clean-training', '',
    'Staff Development <education@maplecrestliving.org>', 'CMAs <cma-list@maplecrestliving.org>',
    'Med pass competency quiz - due 4/30', '2026-04-13 09:00 -0500',
"""All CMAs: annual med pass competency. Complete the quiz below and bring it to your skills
check-off. All names and orders are FICTIONAL practice examples.

PRACTICE MAR (SAMPLE - NOT A REAL RESIDENT)
Resident: Jane Sample    Room: 000    Allergies: PCN (sample)

Med                          Time   Route
---------------------------  -----  -----
Metoprolol tartrate 25 mg    0800   PO  (hold if HR < 60 or SBP < 100)
Furosemide 20 mg             0800   PO
Insulin lispro per scale     AC     SubQ
Acetaminophen 650 mg PRN     q6h    PO

1. At 0800 "Jane's" pulse is 54. What do you do with the metoprolol?
2. She refuses the furosemide. Where do you document and who do you notify?
3. Name the six rights of medication administration.
4. True/False: You may pre-pour the 0800 meds at 0630 to save time.

Answer key will be reviewed in class. Sessions: 4/21 2pm, 4/23 10pm (nights), 4/28 7am.
""")

add('clean-training', '',
    'Renata Okoye <rokoye@brazoscountycrisis.org>', 'All MCT Staff <mct-all@brazoscountycrisis.org>',
    'Thursday training - vignettes for small groups', '2026-09-08 10:30 -0500',
"""For Thursday's de-escalation refresher, here are the three vignettes we'll role-play. These are
composites - not real calls. Please don't try to guess.

Vignette A: A 34-year-old man is standing in the middle of a parking lot yelling at cars. Police
are on scene and want to know if you can "take him." He has a bag he won't put down.

Vignette B: A mother calls about her teenage daughter who has locked herself in the bathroom
after an argument. The mother says there are pills in the cabinet.

Vignette C: An older veteran at a bus stop tells a bystander he "doesn't see the point anymore."
He's calm, polite, and says he's fine.

Questions for each: What do you do in the first 60 seconds? What does safety planning look like?
When do you involve EMS or law enforcement?

Lunch provided. 9-12, Room B.
""")

add('clean-training', '',
    'Kendra Moss <kmoss@northgateshelter.org>', 'Northgate Volunteers <volunteers-list@northgateshelter.org>',
    'Naloxone training for volunteers - Saturday', '2026-02-10 14:00 -0500',
"""Hi all,

Open Door Harm Reduction is doing a 45-minute naloxone training for our volunteers this Saturday
at 11 in the dining room. Everyone who finishes gets a kit to carry.

What you'll learn:
  - How to recognize an overdose (unresponsive, slow or no breathing, blue/gray lips)
  - Call 911, give nasal naloxone, rescue breaths, recovery position
  - What to expect after (withdrawal, agitation) and why you stay with the person
  - Indiana's Good Samaritan law

No experience needed. You will not be asked about your own history.

Kendra
""")

add('clean-training', '',
    'Interface Team <interfaces@workwellocc.com>', 'LIS Vendor Support <support@psychemedics-lis.com>',
    'Test message for new drug screen feed - validation round 2', '2026-02-18 13:40 -0600',
"""Hi team,

Round 2 of validation for the DS feed. Below is the test ORU we're sending from the TEST
environment. PID is our standard test patient; please confirm OBX-5 values map to the new
result codes. No production data.

MSH|^~\\&|WW_EHR|WORKWELL|PSY_LIS|PSY|20260218133500||ORU^R01|TST000231|T|2.5.1
PID|1||TEST00001^^^WW^MR||ZZTEST^PATIENT^A||19000101|U|||123 TEST ST^^ANYTOWN^IL^00000
OBR|1|TST-231|TST-231|DS10^10 PANEL DRUG SCREEN|||20260218130000
OBX|1|ST|3349-3^Amphetamines^LN||NEGATIVE||||||F
OBX|2|ST|3397-2^Cocaine^LN||NEGATIVE||||||F
OBX|3|ST|18282-6^Opiates^LN||POSITIVE||||||F

Note MSH-11 = T. Expected behavior: OBX 3 routes to MRO queue.

Thanks,
Dev Patel, Interface Analyst
""")

add('clean-training', '',
    'Sam Ortega <sortega@carverstate.edu>', 'Athletics Staff <athletics-staff@carverstate.edu>',
    'CPR/AED + EAP walkthrough sign-up', '2026-07-27 09:45 -0500',
"""Coaches and staff,

NCAA requires all coaches to hold current CPR/AED and to walk through the venue Emergency Action
Plan before first practice. Sessions:

  Mon 8/3   8:00-11:00  Fieldhouse classroom
  Wed 8/5   1:00-4:00   Fieldhouse classroom
  Fri 8/7   8:00-11:00  Aquatic Center (includes spinal board in pool)

Sign up: https://forms.carverstate.edu/cpr2026 (15 per session). Bring your old card if you have
one. EAP walkthroughs are by sport, your head AT will schedule.

Sam Ortega, MS, ATC
Associate Director, Sports Medicine
""")

add('clean-training', '',
    'Office Manager <office@lakesidefamilydental.com>', 'Team <team@lakesidefamilydental.com>',
    'HIPAA refresher - what NOT to email', '2026-01-05 12:00 -0600',
"""Happy new year! Annual HIPAA refresher is due by 1/31 (online module, ~40 min).

Quick reminders from last year's audit:

DON'T put a patient's full name plus treatment in an email subject line, e.g.
   "Subject: John Doe - crown prep #3 tomorrow"   <-- this is the made-up example from the module
DO use the practice management system's internal messages for anything about a patient.

DON'T text pictures of x-rays from your personal phone.
DO use the secure referral portal for oral surgery and endo referrals.

If you email a lab or an insurer, use the encrypted option ([secure] in the subject).

Thanks,
Renata
""")

# ======================= write =======================
def main():
    order = list(range(len(M)))
    random.Random(16).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = M[idx]
        label = 'phi' if m['kind'].startswith('phi') else 'clean'
        kind = m['kind']
        fname = '%s-%03d.eml' % (kind, n)
        msg = build(m, n)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((n, fname, label, kind, m['patient'] if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in rows:
            w.writerow(r[1:])

if __name__ == '__main__':
    main()
