#!/usr/bin/env python3
"""Blind eval set prose29a: post-acute care mail. Hand-written literal messages. stdlib only."""
import os, io, csv, zipfile, random, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, charset as _cs
from email.parser import BytesParser
from email import policy

random.seed(2911)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def add(kind, patient, frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, hdrs=None, fwd=None):
    M.append(dict(kind=kind, patient=patient, frm=frm, to=to, subj=subj, date=date, body=body,
                  html=html, atts=list(atts), charset=charset, cte=cte, cc=cc, hdrs=hdrs or {}, fwd=fwd))

def zipped(name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0)), text)
    return b.getvalue()

def textpart(text, sub='plain', charset='utf-8', cte=None):
    p = MIMEText('', sub, None)
    del p['Content-Transfer-Encoding']
    del p['Content-Type']
    p['Content-Type'] = 'text/%s; charset="%s"' % (sub, charset)
    raw = text.encode(charset)
    if cte is None:
        cte = 'quoted-printable' if any(c > 127 for c in raw) else '7bit'
        if sub == 'html' and max((len(l) for l in text.splitlines()), default=0) > 900:
            cte = 'quoted-printable'
    if cte == 'base64':
        import base64
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        import quopri
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

from email.header import Header
from email.utils import parseaddr, formataddr
def _hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()
def _addr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        n, a = parseaddr(v)
        return formataddr((n, a), charset='utf-8')

def build(i, m):
    parts = []
    if m['body'] is not None and m['html'] is not None:
        alt = MIMEMultipart('alternative')
        alt.attach(textpart(m['body'], 'plain', m['charset'], m['cte']))
        alt.attach(textpart(m['html'], 'html', m['charset'], m['cte']))
        main = alt
    elif m['html'] is not None:
        main = textpart(m['html'], 'html', m['charset'], m['cte'])
    else:
        main = textpart(m['body'] or '', 'plain', m['charset'], m['cte'])
    if m['atts'] or m['fwd']:
        msg = MIMEMultipart('mixed')
        msg.attach(main)
        if m['fwd']:
            inner = build(-1, m['fwd'])
            msg.attach(MIMEMessage(inner))
        for a in m['atts']:
            fn, ctype, data = a[0], a[1], a[2]
            enc = a[3] if len(a) > 3 else None
            mt, st = ctype.split('/')
            if mt == 'text' and isinstance(data, str):
                p = textpart(data, st, 'utf-8', enc or ('base64' if st != 'plain' else None))
            else:
                p = MIMEBase(mt, st)
                p.set_payload(data if isinstance(data, bytes) else data.encode('utf-8'))
                encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=fn)
            msg.attach(p)
    else:
        msg = main
    msg['From'] = _addr(m['frm'])
    msg['To'] = _addr(m['to'])
    if m['cc']:
        msg['Cc'] = _addr(m['cc'])
    msg['Subject'] = _hdr(m['subj'])
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%04d.p29a@%s>' % ('f' if i < 0 else 'm', abs(i) * 7919 % 10000, dom)
    for sub in msg.walk():
        if sub is not msg and sub.get_content_type() != 'message/rfc822':
            del sub['MIME-Version']
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in m['hdrs'].items():
        msg[k] = v
    return msg

# ======================= phi-care =======================
add('phi-care', 'Okafor',
    '"Denise Marchetti, RN" <dmarchetti@brightwaterhomehealth.com>',
    '"Dr. Paul Lindqvist office" <frontdesk@lindqvistfamilymed.com>',
    'SOC visit done - Okafor, Grace', 'Mon, 2 Nov 2026 16:42:10 -0500',
    body="""Hi Jen,

Did the start of care for Grace Okafor today at her daughter's place on Wendell Ave. Quick summary for Dr. Lindqvist:

- Vitals: BP 148/86 sitting, 152/90 standing, HR 78, O2 95% RA, temp 98.1
- Incision (R knee) clean, dry, staples intact. Steri-strips not needed yet.
- PT eval is scheduled for Wed 11/4 with Marcus.
- Med rec done against the hospital discharge list. She is NOT taking the enoxaparin, says nobody showed her how. I taught daughter, daughter gave tonight's dose with me watching. Will recheck Thursday.
- Staples out ordered for post-op day 14 which is 11/12. Can you confirm you want us to do it in the home or is she coming to you?

Need the signed 485 back by Friday please, I'll fax it over tonight.

Thanks!
Denise Marchetti RN, Case Manager
Brightwater Home Health | office 614-880-2217 x4 | cell 614-302-9915
""")

add('phi-care', 'Brennan',
    'Tomasz Zielinski <tzielinski@cedarknollrehab.org>',
    'pharmacy@medsourceltc.com',
    'Re: STAT order rm 214', 'Tue, 3 Nov 2026 22:07:33 -0500',
    body="""still not here. its 10pm. the order for Mr Brennan in 214B went over at 4:15, cipro 500 bid, first dose tonight. driver ETA?? if it's not coming before midnight I have to pull from the ekit and I need the release code.

Tom Z, night supervisor, Cedar Knoll

-----Original Message-----
From: MedSource LTC Pharmacy <pharmacy@medsourceltc.com>
Sent: Tuesday, November 3, 2026 5:02 PM
To: Tomasz Zielinski
Subject: RE: STAT order rm 214

Order received for BRENNAN, WALTER. Verified. Will be on the 7pm run.
""")

add('phi-care', 'Haverford',
    '"Kiara Wells" <kwells@stillwaterhospice.org>',
    '"Haverford, Tom" <tom.haverford.nj@gmail.com>',
    'visit schedule for your mom this week', 'Wed, 4 Nov 2026 09:15:00 -0500',
    body="""Good morning Tom,

Here's who is coming to see your mother this week so nobody is surprised at the door:

Thursday 11/5 - me (Kiara, RN) around 10:30. I'll bring the new morphine concentrate and take the old bottle for disposal, so please have it out on the counter.
Friday 11/6 - Rosa, the aide, for her bath, 9am like usual.
Saturday - chaplain Dave if Mrs. Haverford is up for it. He'll call you first.

The oxygen company is swapping the concentrator Monday, they will call you directly.

If she has a rough night call the main line 908-555-0144 and press 1, someone answers 24/7. Don't go to the ER first, call us.

Kiara Wells RN
Stillwater Hospice
""")

add('phi-care', 'Delacroix',
    'Renal Care Partners - Eastgate <eastgate.unit@renalcarepartners.com>',
    '"Dr. Amara Nwosu" <anwosu@metronephro.com>',
    'Monthly labs - Delacroix J. (MWF 2nd shift)', 'Thu, 5 Nov 2026 13:20:44 -0600',
    html="""<html><head><style>body{font-family:Calibri,Arial;font-size:11pt} td{border:1px solid #999;padding:3px 8px}</style></head><body>
<p>Dr. Nwosu,</p>
<p>November monthly draw results for <b>Jerome Delacroix</b>, chair 7, MWF second shift. Flagging the phosphorus and the Kt/V.</p>
<table cellspacing=0>
<tr><td><b>Test</b></td><td><b>11/02</b></td><td><b>10/05</b></td></tr>
<tr><td>Hgb</td><td>10.4</td><td>10.9</td></tr>
<tr><td>Phos</td><td style="color:red">7.1</td><td>6.2</td></tr>
<tr><td>Ca</td><td>8.6</td><td>8.8</td></tr>
<tr><td>K</td><td>5.3</td><td>5.0</td></tr>
<tr><td>Albumin</td><td>3.5</td><td>3.6</td></tr>
<tr><td>spKt/V</td><td style="color:red">1.12</td><td>1.31</td></tr>
<tr><td>URR</td><td>64%</td><td>70%</td></tr>
</table>
<p>He has been signing off 20-30 min early 3 of the last 6 treatments. Dietitian (Lauren) will see him Monday. Do you want to increase the blood flow or bump him to 4 hrs? Please send orders through the portal.</p>
<p>Thanks,<br>Heidi Brandt RN, Charge Nurse<br>Renal Care Partners &ndash; Eastgate<br>Tel 312 774 0091</p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the named recipient.</p>
</body></html>""")

add('phi-care', 'Pruitt',
    'Lakeview Senior Living Front Desk <frontdesk@lakeviewsl.com>',
    'rx@harborpharmacy.net',
    'refill - Pruitt apt 3C', 'Fri, 6 Nov 2026 10:02:19 -0500',
    body="""Hello,

Resident Harold Pruitt (apt 3C) is out of his atorvastatin 40 and his tamsulosin. Dr. Yee's office said they sent refills to you Tuesday. Can you put them on Monday's delivery? Bill his Part D like always.

Thanks,
Marcy at the front desk
Lakeview Senior Living
""")

add('phi-care', 'Szabo',
    '"Ortiz, Lena (PT)" <lortiz@summitstepdown.com>',
    '"Ilona Szabo" <ilona.szabo@outlook.com>',
    'RE: when is Dad coming home', 'Sat, 7 Nov 2026 11:48:03 -0500',
    body="""Hi Ilona,

Sorry for the slow answer, I was off Thursday.

Your dad walked 150 ft with the rolling walker yesterday with contact guard, up from 40 ft at admission, so he's doing great. He did 4 stairs with the rail. Team meeting is Tuesday and I'd guess we're looking at discharge around the 17th, but that's the team's call and Medicare's too.

Before he goes home we'd like to do a home visit with OT to look at the bathroom. Can someone be at the house Monday 11/16 around 1?

Lena Ortiz, PT, DPT
Summit Step-Down Rehab

-----Original Message-----
From: Ilona Szabo <ilona.szabo@outlook.com>
Sent: Wednesday, November 4, 2026 8:31 PM
To: Ortiz, Lena (PT) <lortiz@summitstepdown.com>
Subject: when is Dad coming home

Hi Lena, it's Ilona, Bela Szabo's daughter (room 118). How is he doing with walking? We need to plan time off work. Thank you so much.
""")

add('phi-care', 'Whitfield',
    'Mark Denning <mdenning@rivertowncare.com>',
    'Aides-East <aides-east@rivertowncare.com>',
    'Mrs W tomorrow', 'Sun, 8 Nov 2026 19:30:00 -0500',
    body="""Whoever has Eleanor Whitfield tomorrow AM - her INR came back 3.9 so the nurse held her warfarin tonight. Don't give the pill in the blue pillbox Monday slot, leave it, nurse will come at 11 to redraw. Write it in the book.

thx
Mark
Sent from my iPhone""")

add('phi-care', 'Abernathy',
    '"Rhodes, Carla" <crhodes@maplecrestnursing.com>',
    '"Scheduling - St. Brigid Imaging" <imaging.sched@stbrigid.org>',
    'transport/appointment confirm 11/10', 'Mon, 9 Nov 2026 08:05:51 -0500',
    cc='transport@maplecrestnursing.com',
    body="""Good morning,

Confirming our resident Loretta Abernathy, DOB 04/22/1938, for her CT abdomen/pelvis with contrast Tuesday 11/10 at 1:30 pm. She will come by wheelchair van (Metro Access) with a CNA escort. Her creatinine from 11/3 was 1.1, copy attached to the fax we sent. She's NPO after 9:30 am per your prep sheet; we'll hold breakfast late.

She is hard of hearing on the left, please speak to her right side.

Carla Rhodes, LPN, Unit Clerk 2 West
Maplecrest Nursing & Rehabilitation
p. 215-447-3380  f. 215-447-3399
""")
# ======================= phi-names =======================
add('phi-names', 'Kowalczyk',
    'Janet Ruiz <jruiz@oakhavenliving.com>',
    '"Bernadette (Bernie) Kowalczyk" <bernie.k1956@yahoo.com>',
    'Mom', 'Tue, 3 Nov 2026 15:12:40 -0600',
    body="""Bernie -

Just a heads up before you visit tonight. Your mom had a rough morning, she didn't know Tina (her favorite aide) and kept asking for your dad. Dr. Shah came by at noon and wants to check her urine again before changing anything. She ate about half her lunch and she's napping now.

Mama K is still Mama K though, she told Tina her hair looked "like a wet cat." So there's that.

Janet
Memory Care Coordinator, Oak Haven""")

add('phi-names', 'Ferreira',
    '"Paulo Mendes" <pmendes@harborhospice.org>',
    'IDT <idt@harborhospice.org>',
    "Ferreira, Manuel - recert 11/14 and family meeting", 'Wed, 4 Nov 2026 07:55:02 -0500',
    body="""Team,

Manuel's second benefit period ends 11/14. Dr. Adeyemi needs the face-to-face done by the 12th. Sofia (wife) asked for a family meeting before then - she wants the sons there and they work days, so evening. Can we do Thurs 11/12 at 5:30 at the house?

Bring the FAST and the PPS from the last three visits. Weight's down another 4 lbs, he's only taking the Ensure.

Chaplain Rob, Sofia asked specifically if you'd come.

Paulo""",
    atts=[('Ferreira_PPS_trend.txt', 'text/plain', """FERREIRA, MANUEL  - PPS / FAST / weight
10/15  RN visit   PPS 40%  FAST 6d  wt 131 lb
10/22  RN visit   PPS 40%  FAST 6e  wt 128 lb
10/29  RN visit   PPS 30%  FAST 6e  wt 127 lb
11/02  RN visit   PPS 30%  FAST 7a  wt 123 lb  intake: Ensure x2/day only
""")])

add('phi-names', 'Lindgren',
    'Beth Halvorsen <bhalvorsen@northstarassisted.com>',
    'Staff-2nd-floor <floor2@northstarassisted.com>',
    'Re: who moved Arvid\'s chair??', 'Thu, 5 Nov 2026 14:20:11 -0600',
    body="""ok thank you Chris. Please everybody - Arvid's lift chair stays by the window, he uses the arm to push up and PT (Kerry) set it at that height on purpose after his fall on 10/28. Mr. Lindgren is a fall risk, his bed alarm stays on at night too.

Beth

> From: Chris Ahn
> Sent: Thursday, November 5, 2026 1:58 PM
> housekeeping moved it to vacuum, I put it back. sorry!
>
>> From: Beth Halvorsen
>> who moved Arvid's chair in 214?? it's in the corner again""")

add('phi-names', 'Tran',
    '"Nguyen, Vy" <vnguyen@goldenyearshh.com>',
    'billing@goldenyearshh.com',
    'Tran, Bao - visits not billed in Oct??', 'Fri, 6 Nov 2026 11:03:29 -0800',
    body="""Hi billing,

I'm looking at the October report and Tran, Bao shows zero skilled nursing visits but I saw him 10/6, 10/13, 10/20 and 10/27 for wound care (Mrs. Tran was there every time, she can confirm lol). Are my notes stuck in QA? Rachel said she signed off on 3 of them.

Vy""")

add('phi-names', 'Gallagher',
    'Donna Pryce <dpryce@willowbendsnf.com>',
    '"Deirdre Gallagher" <deegallagher@gmail.com>',
    'your brother Francis', 'Sat, 7 Nov 2026 18:40:00 -0500',
    body="""Dear Ms. Gallagher,

I'm the weekend supervisor at Willow Bend. I wanted to let you know Frankie was sent out to Mercy General by ambulance about 5:15 this evening. He was more short of breath than usual after dinner and his oxygen was dropping even on 4 liters. Our nurse, Alicia, went with the paperwork and his medication list. He was alert and asked us to call you.

You're listed as his health care proxy. The ER number is 410-332-1800. Please call me at the desk if you have any questions, I'm here until 11. A copy of the transfer form we sent with him is attached.

Donna Pryce, RN
Willow Bend Skilled Nursing""",
    atts=[('Transfer_Form_11-07.html', 'text/html', """<html><body><h3>Willow Bend SNF - Interfacility Transfer Form (INTERACT)</h3>
<table border=1 cellpadding=3>
<tr><td>Resident</td><td>Francis X. Gallagher</td><td>DOB</td><td>02/17/1947</td></tr>
<tr><td>Sent to</td><td>Mercy General ED</td><td>Time</td><td>11/07/2026 17:15</td></tr>
<tr><td>Reason</td><td colspan=3>Increased SOB, SpO2 84% on 4L NC, RR 30, HR 118, crackles bilat bases</td></tr>
<tr><td>Code status</td><td>Full code</td><td>HCP</td><td>Deirdre Gallagher (sister) 443-219-6650</td></tr>
<tr><td>Meds given today</td><td colspan=3>furosemide 40 mg 0900, metoprolol succ 50 mg 0900, tiotropium 0800, DuoNeb 1630</td></tr>
</table></body></html>""")])

add('phi-names', 'Moreau',
    'Rachel Kim <rkim@pinecrestpace.org>',
    '"Dr. Henry Osei" <hosei@pinecrestpace.org>',
    'FW: Eugene Moreau\'s daughter called again', 'Mon, 9 Nov 2026 10:10:10 -0500',
    body="""Henry, fyi. Third call this week. Can you call her back? I told her you'd review the MRI with her.

Rachel

---------- Forwarded message ---------
From: Front Desk <frontdesk@pinecrestpace.org>
Date: Mon, Nov 9, 2026 at 9:41 AM
Subject: Eugene Moreau's daughter called again
To: Rachel Kim <rkim@pinecrestpace.org>

Colette (daughter) called at 9:30, wants to know why nobody told her the results of her father's brain MRI from 10/30. She's upset. Best # 802-441-6093 after 12.
""")

add('phi-names', 'Achebe',
    'Sam Pulaski <spulaski@crossroadsdialysis.com>',
    'Ngozi Eze <neze@crossroadsdialysis.com>',
    'chair swap', 'Mon, 9 Nov 2026 06:12:00 -0500',
    body="""Ngozi - can you put Mrs. Achebe in chair 4 instead of 9 today? her fistula arm is the left and 9 is against the wall on that side, techs keep having to cannulate reaching over her. Ms. A won't complain but she told Pat it hurt Friday. Pat will do her access today.
-S""")

add('phi-names', 'Dubois',
    '"Sunrise Terrace Activities" <activities@sunriseterrace.com>',
    'all-staff@sunriseterrace.com',
    'Happy 100th to Mrs. Dubois!', 'Tue, 10 Nov 2026 09:00:00 -0500',
    html="""<html><body style="font-family:Georgia;font-size:12pt">
<p>Hi all!</p>
<p>Our own <b>Marguerite Dubois</b> turns <b>100</b> on Friday! Party in the Garden Room at 2:00, cake from Bella's. Her grandson is flying in from Montreal.</p>
<p>Kitchen: please make her slice the <u>pureed</u> version and thickened (nectar) coffee &ndash; speech therapy changed her diet last week after the swallow study. Nursing will bring her down after her 1:00 insulin.</p>
<p>Card is at the front desk, sign it!</p>
<p>&#127874; Linda, Activities</p></body></html>""")
# ======================= phi-self =======================
add('phi-self', 'Castellano',
    'Rita Castellano <ritacastellano47@aol.com>',
    'info@bayshorehomecare.com',
    'NURSE DID NOT COME', 'Tue, 3 Nov 2026 14:55:00 -0500',
    body="""TO WHOM IT MAY CONCERN

I WAS TOLD THE NURSE WOULD COME TUESDAY BETWEEN 9 AND 12 TO CHANGE THE DRESSING ON MY LEG. IT IS NOW 3 PM. NOBODY CALLED. I HAVE BEEN SITTING HERE IN THE SAME BANDAGE SINCE SATURDAY AND IT IS LEAKING THROUGH ONTO MY COUCH. I AM 78 YEARS OLD AND I CANNOT DO THIS MYSELF.

I WANT SOMEONE TO CALL ME TODAY. 727-391-5586.

RITA CASTELLANO
""")

add('phi-self', 'Oyelaran',
    '"MyCare Portal" <noreply@mycare.sentinelhealth.org>',
    '"Hospice Team 3" <team3@sentinelhospice.org>',
    'New patient message: question about Dad\'s pain medicine', 'Wed, 4 Nov 2026 21:33:17 -0600',
    body="""You have a new secure message.

From: Adebayo Oyelaran (proxy for Olumide Oyelaran)
Patient DOB: 07/19/1941
Sent: 11/04/2026 9:31 PM

Message:
Good evening. My father has been given the oxycodone liquid every 4 hours as you showed us but tonight he is moaning even right after a dose. He also has not had bowel movement since Sunday. Should we give the extra dose (the "breakthrough") or wait? My sister is asking if we should stop the senna because his stomach is hard. Please advise, we are worried.

Reply in MyCare: https://mycare.sentinelhealth.org/msg/8817342
""")

add('phi-self', 'Lemieux',
    'Gérard Lemieux <glemieux@videotron.ca>',
    'admissions@stannesrehab.com',
    'Question sur la facture / question about bill', 'Thu, 5 Nov 2026 10:14:22 -0500',
    charset='iso-8859-1',
    body="""Hello,

I stayed at your rehab after my hip replacement from September 8 to September 29. I receive today a bill of $4,212.50 for "days 21-22, coinsurance". My Medicare supplement (AARP plan G) is suppose to pay this. Can you please send the bill to them? My member number is on the card, I will give by phone.

Also the statement says "Gerald Lemieux", it is Gérard.

Thank you,
Gérard Lemieux
Burlington VT
""")

add('phi-self', 'Huang',
    'Michelle Huang <michelle.huang.cpa@gmail.com>',
    '"Sunny Acres Assisted Living" <office@sunnyacresal.com>',
    'Re: care plan meeting', 'Fri, 6 Nov 2026 12:01:45 -0800',
    body="""Thanks Paula. A few things I'd like on the agenda since I can only do 30 minutes:

1) My mother's hearing aids - the left one has been missing since 10/20 and I haven't heard anything.
2) She says the night aide gives her the sleeping pill at 7:30, which is way too early, she's up at 3 am wandering. Dr. Park said 9 pm.
3) Her weight. She's lost 6 lbs since August. Is she actually eating in the dining room or just sitting there?
4) Can she get PT again? She's shuffling more.

Mom (Lin Huang, apt 112) is fine with me sharing all this, she just doesn't like the meetings.

Michelle

On Thu, Nov 5, 2026 at 4:20 PM Paula Greer <office@sunnyacresal.com> wrote:
> Hi Michelle, we're scheduling your mother's quarterly care plan review.
> Would Tuesday 11/10 at 2pm work by phone?
""")

add('phi-self', 'Bishop',
    'Earl Bishop <earlbishop@windstream.net>',
    '"Tri-County Dialysis" <tricounty.dialysis@gmail.com>',
    'trip', 'Sat, 7 Nov 2026 08:22:00 -0500',
    body="""Good morning, this is Earl Bishop, I dialyze Tues Thur Sat 6am chair 12. My grandson is getting married in Asheville Dec 19 and I need to set up treatments out there for Dec 17 and 19. Who do I talk to? I know you need to send my records and the hep B. Thank you

Earl""")

add('phi-self', 'Romero',
    'Luz Romero <luzromero.home@hotmail.com>',
    'hr@caringhandshomecare.com',
    'cant come in - surgery', 'Sun, 8 Nov 2026 20:47:00 -0600',
    body="""Hi Angela,

This is Luz Romero (HHA, Tues/Thurs/Sat clients). I had to go to urgent care today and they say I have gallstones and I need the gallbladder surgery. They are scheduling me at St Luke's this Thursday 11/12. The doctor says no lifting for 2 weeks so I can't do my clients until after Thanksgiving. I will send the doctor note tomorrow. Please tell Mr. Jacobs I'm sorry, I know he doesn't like new aides.

Do I need to fill the FMLA form or the short term disability?

Luz
""")

add('phi-self', 'Petrakis',
    '"Angela Petrakis" <apetrakis@comcast.net>',
    '"Billing Department" <billing@meadowbrookmanor.com>',
    'Account 20-44817 - my father Nick Petrakis', 'Mon, 9 Nov 2026 13:30:00 -0500',
    charset='windows-1252', cte='quoted-printable',
    body="""Hello,

I’m writing about my father’s account (20-44817). Dad was in Meadowbrook for short-term rehab after his stroke from 8/14 to 9/25 and then moved to long-term care on 9/26 when Medicare stopped. The October statement charges him the private rate ($412/day) for 9/26–9/30 but his Medicaid application was approved retroactive to September 1 — I sent the approval letter to Debbie on 10/22.

Can you please re-bill Medicaid for those days and send a corrected statement? I’m his POA.

Thank you,
Angela Petrakis
(203) 448-0172
""")
# ======================= phi-lists =======================
add('phi-lists', 'Albright',
    '"Hollis, Dana RN" <dhollis@greenfieldcare.org>',
    'Unit Managers <unitmgrs@greenfieldcare.org>',
    '24 hr report 11/3 - 11/4', 'Wed, 4 Nov 2026 07:10:00 -0500',
    body="""24 HOUR REPORT  11/3 0700 - 11/4 0700   (DON please review)

ADMITS
 - Albright, Ruth  rm 308A  from St. Joseph's, s/p L hip ORIF, WBAT, Eliquis x 30d
 - Mensah, Kwame   rm 112B  from Baylor, CHF, daily wts, 2g Na, Lasix 40 bid

DISCHARGES
 - Cho, Eun-ji  rm 220A  home w/ Greenfield HH, PT/OT/SN

SENT OUT
 - Wozniak, Stan  rm 305B  0215 to St. Joseph's ED, fever 102.6, SBP 88. Admitted, dx pending.

FALLS
 - Perez, Carmen  rm 210A  0340 found on floor by bed, no injury, neuro checks WNL x 4, MD + son notified

NEW ABX
 - Grant, Lillian  rm 118A  Macrobid 100 bid x 5d (UA/C&S pending)

--Dana""")

add('phi-lists', 'Vasquez',
    'Kelly O\'Rourke <korourke@heartlandhomehealth.net>',
    'Field Staff Team B <teamb@heartlandhomehealth.net>',
    'Tomorrow\'s assignments - TEAM B (Thurs 11/5)', 'Wed, 4 Nov 2026 17:45:00 -0600',
    html="""<html><head><style>table{border-collapse:collapse;font-family:Segoe UI;font-size:10pt} th,td{border:1px solid #bbb;padding:4px}</style></head><body>
<p>Team B, here you go. Call me if anything's off. <b>Mrs. Vasquez needs the lab drop at Quest by 2pm.</b></p>
<table>
<tr><th>Clinician</th><th>Time</th><th>Patient</th><th>Address</th><th>Visit</th></tr>
<tr><td>Jo (RN)</td><td>8:30</td><td>Vasquez, Elena</td><td>1142 Cimarron Dr</td><td>SN - PT/INR draw, med teach</td></tr>
<tr><td>Jo (RN)</td><td>10:30</td><td>Kaminski, Leo</td><td>88 Birch Ct #4</td><td>SN - wound vac change</td></tr>
<tr><td>Jo (RN)</td><td>1:00</td><td>Hughes, Dorothy</td><td>509 W 7th</td><td>Recert OASIS</td></tr>
<tr><td>Ray (PT)</td><td>9:00</td><td>Bauer, Frank</td><td>230 Elm</td><td>PT eval s/p TKA</td></tr>
<tr><td>Ray (PT)</td><td>11:00</td><td>Ndiaye, Awa</td><td>17 Prairie Ln</td><td>PT visit 4/8</td></tr>
<tr><td>Shonda (HHA)</td><td>8:00</td><td>Hughes, Dorothy</td><td>509 W 7th</td><td>bath/personal care</td></tr>
</table>
<p>Kelly O'Rourke<br>Scheduler, Heartland Home Health<br>(316) 720-4455</p>
</body></html>""")

add('phi-lists', 'Iverson',
    'Marta Gil <mgil@evergreenhospice.net>',
    'Dr. Samuel Frost <sfrost@evergreenhospice.net>',
    'census + who needs F2F this week', 'Thu, 5 Nov 2026 08:30:00 -0700',
    body="""Sam, the ones that need you (or Nancy NP) this week for face to face before recert:

* Iverson, Karl - ALS - 3rd period ends 11/9 - lives w/ wife, Lakewood
* Bell, Yolanda - end stage COPD - ends 11/11 - Cherry Hills ALF rm 22
* Okonkwo, Peter - CA pancreas - ends 11/12 - at home, Aurora
* Sandoval, Rose - dementia FAST 7c - ends 11/13 - Brookdale Littleton

Karl is the urgent one, his wife says he's mostly sleeping now. Might not need it honestly.

Census today 47. 2 deaths overnight (Mr. Quinn and Mrs. Abbot), bereavement notified.

Marta""")

csv1 = """Resident,Room,Payer,Admit,Diagnosis Group,Therapy Min Last Wk,ARD Next,Notes
"Fontaine, Louis",101A,Medicare A,10/12/2026,Ortho - hip fx,620,11/10/2026,
"Gutierrez, Ana",104B,Humana MA,10/20/2026,CVA,540,11/9/2026,auth exp 11/15
"Kessler, Irene",107A,Medicare A,10/28/2026,Cardiac - CABG,475,11/11/2026,
"Mbeki, Thabo",110A,UHC MA,11/1/2026,Pneumonia/sepsis,300,11/8/2026,peer to peer req
"Reilly, Sean",112B,Medicare A,9/30/2026,Ortho - TKA,580,—,d/c planned 11/7
"""
add('phi-lists', 'Fontaine',
    '"MDS Coordinator - Brookside" <mds@brooksidehcc.com>',
    '"Therapy Dept" <rehab@brooksidehcc.com>',
    'skilled list for triple check', 'Thu, 5 Nov 2026 15:05:00 -0500',
    body="""Attached is the skilled census for Friday's triple check. Please confirm minutes for Gutierrez and Mbeki, the MA plans are asking. Thanks - Joan""",
    atts=[('skilled_census_1105.csv', 'text/csv', csv1)])

add('phi-lists', 'Yazzie',
    'Crescent Dialysis Clinic <crescent.charge@kidneycarenm.com>',
    'Dr. L. Benally <lbenally@ihsclinic.org>',
    'Missed treatments - your patients, week of 11/2', 'Sat, 7 Nov 2026 16:00:00 -0700',
    body="""Dr. Benally,

Your patients who missed or shortened treatment this week:

Name              Sched   Missed         Reason given
----------------  ------  -------------  -------------------------------
Yazzie, Harold    MWF     Mon, Fri       no ride (road washed out)
Tsosie, Mae       TTS     Thu            family funeral
Begay, Randall    MWF     (shortened x2) cramping, left 45 min early
Nez, Wilma        TTS     Sat            hospitalized Gallup, fluid overload

Mr. Yazzie came in Wed with K 6.4 and 5 kg IDWG. Social work (Ella) is working on the transport with the chapter house. Please call if you want to change anything.

Crescent Dialysis charge nurse""")

add('phi-lists', 'Pham',
    'Tina Holloway <tholloway@ridgeviewal.com>',
    'consultant.rph@scriptwisepharmacy.com',
    'FW: residents on psych meds for GDR review', 'Mon, 9 Nov 2026 09:40:00 -0500',
    body="""Hi Greg, here's my list for your visit Thursday. Sorry it's a screenshot-paste from PCC, the export is broken.

Pham, Linh        | quetiapine 25 mg qhs      | since 3/2025 | behaviors: 2/mo
Schultz, Doris    | sertraline 100 mg daily   | since 2019   | mood stable
O'Neil, Bridget   | lorazepam 0.5 prn         | since 8/2026 | used 11x Oct
Abramowitz, Saul  | mirtazapine 15 mg qhs     | since 6/2026 | wt up 3 lb
Castillo, Ramon   | risperidone 0.25 bid      | since 1/2026 | no behaviors x 90d

Tina Holloway, RN, Wellness Director""")

add('phi-lists', 'Lopez',
    'Jorge Castaneda <jcastaneda@amigoshomecare.com>',
    'Nurses <nurses@amigoshomecare.com>',
    'flu shots - who still needs one', 'Tue, 10 Nov 2026 12:15:00 -0600',
    body="""Clients still without flu shot documented (check your list and either give it or chart refusal):

- Lopez, Ernesto (Nurse Ana) - said he got it at Walgreens, need the date
- Whitaker, June (Nurse Ana) - egg allergy per daughter??
- Barros, Ilda (Nurse Mike)
- Kim, Sung-ho (Nurse Mike) - refused 10/28, re-offer
- Fields, Tyrone (Nurse Priya)

Deadline Friday for the quality report.
Jorge""")
# ======================= phi-struct =======================
hl7a = ("MSH|^~\\&|EPIC|MERCYGEN|PCC|WILLOWBEND|20261102143011||ADT^A03|MG88123401|P|2.5.1\r"
        "EVN|A03|20261102142900\r"
        "PID|1||MG00473921^^^MERCYGEN^MR||HALLORAN^PATRICIA^A||19400311|F|||41 LINDEN ST^^TOWSON^MD^21204||4108225561\r"
        "PV1|1|I|4W^412^A|||||1144822^PATEL^NIRAV^^^MD|||||||||||||||||||||||||||||||||20261027083000|20261102142900\r"
        "DG1|1||I50.33^Acute on chronic diastolic heart failure^I10\r"
        "DG1|2||N17.9^Acute kidney failure, unspecified^I10\r"
        "AL1|1|DA|^SULFA^|MO|RASH\r")
add('phi-struct', 'Halloran',
    'Interface Monitor <hl7-alerts@willowbendsnf.com>',
    'IT Helpdesk <helpdesk@willowbendsnf.com>',
    '[Interface] ADT A03 rejected - no matching referral', 'Mon, 2 Nov 2026 14:31:05 -0500',
    body="""Inbound message from MERCYGEN rejected at 2026-11-02 14:31:02.
Reason: PID-3 not found in pending referrals (facility WILLOWBEND). Message held in queue ERR_ADT.

Raw message:
""" + hl7a.replace('\r', '\n') + """
-- automated notification, do not reply --""")

hl7b = ("MSH|^~\\&|LABCORP|LCA|HHAEXCHANGE|SUNBELTHH|202611041022||ORU^R01|LC0092231|P|2.3\r"
        "PID|1|A66120455|A66120455||DIAZ^ROBERTO^M||19520804|M\r"
        "ORC|RE||L2231099\r"
        "OBR|1||L2231099|005199^PT/INR^L|||202611040815|||||||||188823^MORALES^ANA\r"
        "OBX|1|NM|005207^INR^L||4.2||0.8-1.2|H|||F\r"
        "OBX|2|NM|005208^Prothrombin Time^L||44.8|sec|9.6-12.0|H|||F\r"
        "NTE|1||Critical value called to K. BELL RN 11/04 10:18 by J.T.\r")
add('phi-struct', 'Diaz',
    'Kayla Bell <kbell@sunbelthomehealth.com>',
    'Dr. Ana Morales <amorales@coastalinternal.com>',
    'critical INR - Roberto Diaz, result attached', 'Wed, 4 Nov 2026 10:25:40 -0500',
    body="""Dr. Morales,

Lab just called me with a critical for Mr. Diaz. INR 4.2. He's on warfarin 5 mg daily, last change 10/21. No bleeding per patient, no bruising I saw Monday. Please advise on hold/dose. The HL7 result is attached in case it didn't cross to your EHR.

Kayla Bell RN
Sunbelt Home Health  305-661-2290""",
    atts=[('ORU_LC0092231.hl7', 'application/octet-stream', hl7b)])

x837 = """ISA*00*          *00*          *ZZ*GREENLEAFHH    *ZZ*CMSMAC15       *261105*0930*^*00501*000004412*0*P*:~
GS*HC*GREENLEAFHH*CMSMAC15*20261105*0930*4412*X*005010X223A2~
ST*837*0001*005010X223A2~
BHT*0019*00*GL20261105A*20261105*0930*CH~
NM1*85*2*GREENLEAF HOME HEALTH LLC*****XX*1457332098~
N3*900 COMMERCE ST~
N4*MEMPHIS*TN*38103~
REF*EI*620987431~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*JEFFERSON*CALVIN*R***MI*4TG7KM2XJ81~
N3*2719 HOLLYWOOD ST~
N4*MEMPHIS*TN*38127~
DMG*D8*19450116*M~
NM1*PR*2*CGS ADMINISTRATORS*****PI*15004~
CLM*GL0042231*2814.63***32:A:1*Y*A*Y*Y~
DTP*434*RD8*20261001-20261030~
CL1*1*1*30~
HI*ABK:I69351*ABF:E1151*ABF:L97512~
HI*BG:2A~
NM1*71*1*OKAFOR*CHINEDU****XX*1780455123~
LX*1~
SV2*0023*HP:Q5001*0*UN*1~
DTP*472*D8*20261001~
LX*2~
SV2*0551*HC:G0299*412.00*UN*4~
DTP*472*RD8*20261002-20261028~
LX*3~
SV2*0421*HC:G0151*1210.00*UN*8~
SE*29*0001~
GE*1*4412~
IEA*1*000004412~"""
add('phi-struct', 'Jefferson',
    '"Rhonda Mays" <rmays@greenleafhh.com>',
    'edi-support@claimbridge.io',
    'Ticket #44871 - claim rejected 277CA, file attached', 'Thu, 5 Nov 2026 11:12:00 -0600',
    body="""Hi,

Our October final for one patient keeps rejecting with 277CA A7:164 (entity's contract/member ID). The MBI on the card matches what's in the file. I zipped the file as your portal asked. Can someone look? Claim GL0042231.

Rhonda Mays
Billing Manager, Greenleaf Home Health""",
    atts=[('GL_837I_20261105.zip', 'application/zip', zipped('GL_837I_20261105.x12', x837))])

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt-55102",
      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7721", "value": "SR-0091874"}],
      "name": [{"family": "Lindqvist", "given": ["Astrid", "M"]}],
      "birthDate": "1937-02-09", "gender": "female",
      "address": [{"line": ["Sunrise Terrace Apt 204", "1800 Vale Rd"], "city": "Duluth", "state": "MN", "postalCode": "55811"}]}},
    {"resource": {"resourceType": "MedicationRequest", "id": "mr-1",
      "status": "active", "intent": "order",
      "subject": {"reference": "Patient/pt-55102"},
      "medicationCodeableConcept": {"text": "donepezil 10 mg tablet"},
      "dosageInstruction": [{"text": "1 tab by mouth at bedtime"}]}},
    {"resource": {"resourceType": "MedicationRequest", "id": "mr-2",
      "status": "stopped", "intent": "order",
      "subject": {"reference": "Patient/pt-55102"},
      "medicationCodeableConcept": {"text": "metoprolol tartrate 25 mg"},
      "statusReason": {"text": "HR 48 on 10/30, per Dr. Amundsen"}}}
  ]
}"""
add('phi-struct', 'Lindqvist',
    'Dev Rao <drao@carelinkintegrations.com>',
    'Sunrise Terrace IT <it@sunriseterrace.com>',
    'Re: eMAR sync dropping stopped meds', 'Fri, 6 Nov 2026 16:40:12 -0600',
    body="""Hi Marc,

Reproduced it with the bundle you sent (attached back so we're looking at the same thing). Our mapper ignores MedicationRequest.status = "stopped" and keeps the old row active, so the metoprolol is still showing on the eMAR for this resident. Fix goes out in Monday's release. Until then please have nursing manually discontinue in the eMAR.

Dev

> On Fri, Nov 6, 2026 at 2:15 PM, Marc Olsen wrote:
> Dev - see attached, Mrs. Lindqvist's metoprolol was d/c'd on 10/30 but the eMAR still
> shows it due at 0900. Night nurse almost gave it. This is serious.""",
    atts=[('bundle_pt-55102.json', 'application/json', fhir)])

fax = """=================================================================
                 PARKVIEW HOME HEALTH & HOSPICE
          2200 Oakland Ave, Suite 300  Pittsburgh PA 15213
          Phone 412-687-3300       Fax 412-687-3310
=================================================================
FAX COVER SHEET

DATE: 11/06/2026              PAGES (incl. cover): 6
TO:   Dr. Miriam Feld / UPMC Geriatrics      FAX: 412-692-4480
FROM: Intake - Shawna                        PHONE: x 2214

RE:   Plan of care for signature (CMS-485)
      Patient: STEPANEK, ANNA      DOB 05/30/1933
      SOC 10/29/2026    Cert period 10/29/2026 - 12/27/2026

[X] Please sign and return   [ ] For your records   [ ] Urgent

Comments: Second request. Orders include SN 2w4 for CHF monitoring /
med management, PT 2w3. Signed orders needed to bill.

CONFIDENTIALITY: The documents accompanying this facsimile contain
health information that is legally privileged. If you are not the
intended recipient, you are hereby notified that any disclosure...
=================================================================
"""
add('phi-struct', 'Stepanek',
    '"RightFax Server" <rightfax@parkviewhhh.org>',
    'intake@parkviewhhh.org',
    'Fax delivery FAILED to 4126924480 (6 pages)', 'Fri, 6 Nov 2026 09:02:00 -0500',
    body="""Your fax could not be delivered.

Recipient: 4126924480
Attempts: 3
Last error: No answer / busy
Document: FAX_20261106_0847.tif

Cover page text follows:

""" + fax)

x271 = """ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*SILVERPINESNF  *261109*1405*^*00501*118823001*0*P*:~
GS*HB*AVAILITY*SILVERPINESNF*20261109*1405*118823*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*SP110926A*20261109*1405~
HL*1**20*1~
NM1*PR*2*AETNA MEDICARE*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*SILVER PINES SKILLED NURSING*****XX*1326098877~
HL*3*2*22*0~
NM1*IL*1*MCALLISTER*DOUGLAS*J***MI*W284719936~
N3*77 QUARRY RD~
N4*BARRE*VT*05641~
DMG*D8*19440702*M~
EB*1*IND*30**MEDICARE ADVANTAGE PPO~
EB*C*IND*AG****50~
MSG*SNF DAYS 21-100 COPAY $203.00 PER DAY. PRIOR AUTH REQUIRED~
EB*CB*IND*AG*****20~
SE*16*0001~
GE*1*118823~
IEA*1*118823001~"""
add('phi-struct', 'McAllister',
    'Admissions - Silver Pines <admissions@silverpinessnf.com>',
    'Business Office <bo@silverpinessnf.com>',
    'elig response for tomorrow\'s admit', 'Mon, 9 Nov 2026 14:10:00 -0500',
    body="""pasting the 271 since the printout is unreadable. He's an Aetna MA, prior auth required, copay from day 21. Can you start the auth tonight? Hospital is CVPH, d/c planned tomorrow noon.

""" + x271)

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Transition of Care / Referral Summary</title>
  <effectiveTime value="20261109153000-0500"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5" extension="NW-7741022"/>
    <addr><streetAddressLine>12 Rosewood Terrace</streetAddressLine><city>Hartford</city><state>CT</state></addr>
    <patient><name><given>Cornelius</given><family>Abara</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19480423"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Reason for Referral</title>
      <text>Skilled nursing for IV ceftriaxone 2 g daily via R PICC through 11/23; weekly CBC/CMP; PT for deconditioning.</text></section></component>
    <component><section><title>Allergies</title><text>Penicillin - hives</text></section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi-struct', 'Abara',
    '"Northwell Direct Messaging" <direct@hisp.hartfordhealth.org>',
    'referrals@directcare.valleyhhc.org',
    'Referral: Transition of Care Document', 'Mon, 9 Nov 2026 15:31:00 -0500',
    body="""A Direct message has been sent to you by Case Management, Hartford General.
Attachment: ToC_NW-7741022.xml (C-CDA R2.1)
Note from sender: Pt going home tomorrow, needs SOC 11/11 for IV abx. Pharmacy is Option Care.""",
    atts=[('ToC_NW-7741022.xml', 'text/xml', ccd)])
x835 = """ISA*00*          *00*          *ZZ*UHCCOMMERCIAL  *ZZ*HARBORVIEWREHAB*261028*0215*^*00501*000771203*0*P*:~
ST*835*1203~
BPR*I*18422.17*C*ACH*CCP*01*071000013*DA*5519002231*1066033492**01*091000019*DA*7702189*20261028~
TRN*1*1EFT77120301*1066033492~
N1*PR*UNITEDHEALTHCARE~
N1*PE*HARBORVIEW REHABILITATION CENTER*XX*1598231177~
CLP*HV26100417*1*24860.00*18422.17*0*MA*972618844100*21*1~
NM1*QC*1*KRAUSE*HELGA****MI*918274551~
DTM*232*20261001~
DTM*233*20261027~
CAS*CO*45*6437.83~
AMT*AU*18422.17~
SE*12*1203~"""
inner835 = dict(frm='UHC Remittance <remit-noreply@uhcprovider.example.com>', to='ar@harborviewrehab.com',
    subj='ERA available - check/EFT 1EFT77120301', date='Wed, 28 Oct 2026 02:15:00 -0500',
    body="Electronic remittance advice is available. 835 content below.\n\n" + x835,
    html=None, atts=[], charset='utf-8', cte=None, cc=None, hdrs={}, fwd=None)
add('phi-struct', 'Krause',
    'Gloria Tanaka <gtanaka@harborviewrehab.com>',
    'Pete Lowry <plowry@harborviewrehab.com>',
    'Fwd: ERA available - check/EFT 1EFT77120301', 'Tue, 10 Nov 2026 10:00:00 -0500',
    body="""Pete - the UHC payment for Helga Krause's October stay came in $6,437.83 short, CO-45. Our contract has RUG/PDPM day rates, not a % of charges. Can you pull the contract and open a reconsideration? Her son keeps calling about the bill he got too. Original ERA forwarded.

Gloria""",
    fwd=inner835)

# ======================= phi-ids =======================
add('phi-ids', 'Nakamura',
    'eligibility@paloverdedialysis.com',
    'Zara Holt <zholt@paloverdedialysis.com>',
    'RE: new pt 11/11', 'Tue, 3 Nov 2026 12:40:00 -0700',
    body="""Zara - verified.

NAKAMURA KENJI  DOB 09/14/1958
Medicare MBI 7QJ4-WR9-KM62  Part A/B active
Secondary: AZ AHCCCS 	A55902117
ESRD 2728 on file, 1st treatment 11/11 TTS 2nd shift OK to schedule.

-Lupe""")

add('phi-ids', 'Eriksen',
    '"Cheryl Boone" <cboone@caretrustmedsupply.com>',
    'orders@prairiewindhh.com',
    'CMN needed', 'Wed, 4 Nov 2026 09:10:00 -0600',
    body="""Need signed CMN before we can deliver.

Pt: Eriksen, Dale   DOB 1/30/49
Medicare ID 2VR8-TT1-AN47
Item: E1390 O2 concentrator + E0431 portable
Qualifying sat: 86% RA on 10/30

fax to 785-220-1191. thx""")

add('phi-ids', 'Obi',
    '"Heartland Hospice Billing" <billing@heartlandhospice.org>',
    'Provider Services <provider.services@sunflowerhealthplan.com>',
    'Claim status inquiry - ICN 2226310448217', 'Thu, 5 Nov 2026 10:22:00 -0500',
    body="""Provider NPI 1881902277 / TIN 48-1220933

Member: OBI, FLORENCE   Member ID U7732019801   DOB 12/03/1939
ICN: 2226310448217   DOS 09/01/2026-09/30/2026   Rev 0651 x 30 days   Billed $6,112.20
Status on portal: "pended - medical records requested" since 10/02. Records were faxed 10/06 (confirmation attached to case #SF-19920).

Please advise expected adjudication date.

Tamika Rowe, Hospice Billing Specialist""")

add('phi-ids', 'Sorensen',
    'Jill <jill.mcbride@lakesidemanor.org>',
    'Patty Olsen <polsen@lakesidemanor.org>',
    '', 'Fri, 6 Nov 2026 23:58:00 -0600',
    body="""rm 117 - MRN 00412873 - 2nd dose of the prn haldol tonight at 2320, still yelling. pls tell morning MD. son (Rick Sorensen) wants a call before any new meds.
sent from mobile""")

add('phi-ids', '',
    'PA Dept <priorauth@northsidetherapy.com>',
    'utilization@clearpathmedicaid.com',
    'Auth extension request - Ref 0088-22914', 'Fri, 6 Nov 2026 14:02:00 -0500',
    body="""Reference #: 0088-22914
Member ID: CPM448190023
DOB: 06/11/1962
Requesting 12 additional OT visits (97530, 97535) 11/9-12/18. Current auth 12/12 used. Progress note and updated goals attached in portal upload 11/6.

Thank you,
Marisol, Prior Auth
Northside Outpatient Therapy""")

add('phi-ids', 'Whitley',
    '"Omnicell Alerts" <alerts@omnicell-cabinet.cedarknollrehab.org>',
    'don@cedarknollrehab.org',
    'Discrepancy unresolved > 24h - Unit 2E', 'Sat, 7 Nov 2026 07:00:00 -0500',
    body="""DISCREPANCY REPORT - unresolved

Cabinet: 2E-MED-01     Drawer 4 Pocket 12
Item: HYDROcodone/APAP 5-325 TAB
Expected count: 18   Actual count: 17
Last access: 11/06/2026 21:47  User: JPRICE (LPN)
Patient on transaction: WHITLEY, MAE  MRN CK-203318  Rm 2E-221
Witness: none

Please resolve in cabinet or web console.""")

add('phi-ids', 'Mancini',
    'Sandy Koenig <skoenig@evergreenhomehealth.com>',
    'Intake <intake@evergreenhomehealth.com>',
    'referral from Dr Ruiz - missing info', 'Mon, 9 Nov 2026 11:15:00 -0500',
    body="""Got the referral for Mancini (acct 5521094, DOB 3/8/1950) but it only says "SN eval, PT". No face-to-face note and no med list. I left a msg at Dr. Ruiz's office. Don't schedule SOC until we have the F2F.

Sandy""")
# ======================= phi-lang =======================
add('phi-lang', 'Salazar',
    'Yolanda Reyes <yreyes.hha@gmail.com>',
    'Coordinadora Marisa <mgarza@cuidadoencasa-tx.com>',
    'Sr. Salazar hoy', 'Mon, 2 Nov 2026 13:05:00 -0600',
    charset='iso-8859-1',
    body="""Marisa buenas tardes,

Le aviso que hoy el señor Ramiro Salazar estaba muy mareado cuando lo levanté para bañarlo, casi se cae. Le tomé la presión y salió 92/58. Su esposa dice que el doctor le subió la pastilla de la presión (lisinopril) la semana pasada. No quiso comer casi nada.

¿Puede avisarle a la enfermera para que venga a verlo mañana? Yo regreso el miércoles a las 9.

Gracias,
Yolanda""")

add('phi-lang', 'Lê',
    'Le Thi Hoa <lethihoa.fam@gmail.com>',
    'intake@saigonhomecare.com',
    'Hỏi về lịch y tá cho mẹ tôi', 'Tue, 3 Nov 2026 19:20:00 -0800', cte='base64',
    body="""Chào chị,

Tôi là con gái của bà Lê Thị Mai (sinh năm 1940). Mẹ tôi vừa xuất viện từ bệnh viện Kaiser hôm thứ Sáu sau khi mổ ruột. Bác sĩ nói sẽ có y tá đến nhà để thay băng vết mổ và kiểm tra đường huyết, nhưng đến nay chưa ai gọi.

Mẹ tôi đang dùng insulin 10 đơn vị buổi tối và chưa biết tự chích. Xin chị cho biết khi nào y tá đến được. Số điện thoại của tôi: 408-926-7713.

Cám ơn chị,
Hoa""")

add('phi-lang', '周',
    '周建华 <jianhua.zhou88@163.com>',
    'Family Liaison <family@goldengatecare.com>',
    '关于我父亲周德明的用药', 'Wed, 4 Nov 2026 08:45:00 +0800', cte='base64', charset='gb18030',
    body="""您好，

我是周德明的儿子，现在在上海。上周视频时我父亲说护士每天给他吃一种新的白色药片，吃了以后头晕、没有胃口。请问是哪位医生开的？是什么药？

另外他的血糖最近怎么样？以前在家里他早上空腹大约在7左右。

麻烦请护士长回复我，或者让社工Linda打我微信：zjh_1961。

谢谢！
周建华""")

add('phi-lang', 'Joseph',
    'Marie-Claude Pierre <mcpierre.cna@yahoo.com>',
    'Nurse Supervisor <nursesup@bayviewhomecare.com>',
    'Rapò vizit - Mme Joseph', 'Wed, 4 Nov 2026 17:30:00 -0500',
    body="""Bonswa Miss Carol,

Mwen te wè Madan Yvrose Joseph jodi a. Li di li gen doulè nan pwatrin li depi yè swa, men li pa vle ale lopital. Pye li anfle plis pase semèn pase. Mwen pa t ka pran presyon li, machin nan pa t mache.

Pitit fi li, Nadège, di l ap pote l kay doktè Lamothe demen maten. Tanpri voye enfimyè a si ou kapab.

Mèsi,
Marie-Claude (HHA)""")

add('phi-lang', 'Carvalho',
    'Antônio Carvalho <antonio.carvalho@uol.com.br>',
    '"Clínica de Hemodiálise - Framingham" <framingham@newenglanddialysis.com>',
    'Meu pai - hemodiálise durante a visita', 'Thu, 5 Nov 2026 10:00:00 -0300',
    charset='iso-8859-1',
    body="""Bom dia,

Meu pai, José Carvalho, vai visitar minha irmã em Framingham de 1 a 20 de dezembro. Ele faz hemodiálise três vezes por semana aqui em Belo Horizonte (segunda, quarta e sexta) e tem fístula no braço esquerdo. Ele também tem hepatite C tratada.

Vocês conseguem atendê-lo nesse período? Quais documentos o nefrologista dele precisa enviar? Ele não fala inglês, minha irmã Luciana pode acompanhar.

Obrigado,
Antônio Carvalho""")

add('phi-lang', 'Волкова',
    'Дмитрий Волков <d.volkov@mail.ru>',
    'Social Services <socialwork@brightonrehab.com>',
    'Re: мама / discharge', 'Fri, 6 Nov 2026 21:10:00 -0500',
    body="""Здравствуйте, Светлана,

спасибо за звонок. Я поговорил с сестрой: маму (Галина Волкова, комната 306) пока нельзя выписывать домой — она после инсульта не может сама ходить в туалет, а мы оба работаем. Мы согласны на долгосрочный уход, если Medicaid одобрит. Какие документы нужны? Её пенсия и банковские выписки я могу прислать в понедельник.

И ещё: мама жалуется, что ей не дают обезболивающее ночью для плеча. Проверьте, пожалуйста.

Дмитрий

> Dmitry, the team feels your mother is ready for discharge on 11/13. Please call me to discuss.
> Svetlana Kogan, MSW""")

add('phi-lang', 'Dizon',
    'Jennylyn Cruz <jcruz@sunvalleyalf.com>',
    'Rowena Bautista <rbautista@sunvalleyalf.com>',
    're: lola sa room 9', 'Sat, 7 Nov 2026 15:45:00 -0800',
    body="""Ate Weng, si Lola Remedios Dizon (room 9) ayaw kumain ng lunch, tapos sabi niya masakit daw yung tiyan niya. Temp 99.8. I checked her BM log, last BM was Tuesday pa. Gave prune juice na. Should I call Dr. Tan or wait for the nurse tomorrow? Her daughter is coming at 5, ano sasabihin ko?

Jen""")
# ======================= clean-staff =======================
add('clean-staff', '',
    'Gwen Albers <galbers@maplecrestnursing.com>',
    'All Nursing <nursing@maplecrestnursing.com>',
    'Thanksgiving week schedule - PLEASE READ', 'Mon, 2 Nov 2026 10:00:00 -0500',
    body="""Hi everyone,

The Thanksgiving/Black Friday schedule is posted by the time clock. A few things:

1. We are still short 2 CNAs on 2nd shift Thursday 11/26 and 1 nurse on 3rd shift Friday. Holiday pick-up pays time and a half plus the $75 bonus.
2. If you swapped with someone, BOTH names need to be on the swap sheet with my initials, otherwise it didn't happen.
3. Agency (Medforce) is covering 2 West nights Wed-Sat. Please be nice and show them where the linen carts are, last time someone spent 40 minutes looking.

Potluck in the break room Wednesday 11/25, sign-up sheet on the fridge. Someone please bring something that isn't mac and cheese.

Gwen Albers, RN, Staffing Coordinator""")

add('clean-staff', '',
    'Terrence Boyd <tboyd@brightwaterhomehealth.com>',
    'Field Clinicians <field@brightwaterhomehealth.com>',
    'mileage reimbursement + tablets', 'Tue, 3 Nov 2026 15:30:00 -0500',
    body="""Team,

Two things.

Mileage: October mileage is due in Concur by Friday 5pm. Rate is still 0.67/mi. If you put in the same trip twice (looking at you, whoever drove to Zanesville 4 times on 10/14) Finance will kick back the whole report.

Tablets: the new Samsung tablets are in. Swap yours at the office Thursday or Friday, 8-4. Bring the charger and the case. Before you turn in the old one make sure all visits are synced - if the sync icon is yellow, DON'T hand it over, call IT at x500.

Terrence
Clinical Manager""")

add('clean-staff', '',
    'Ngozi Eze <neze@crossroadsdialysis.com>',
    'Sam Pulaski <spulaski@crossroadsdialysis.com>',
    'Re: chair 9', 'Wed, 4 Nov 2026 06:40:00 -0500',
    body="""Biomed came yesterday, chair 9 recliner motor is shot. Parts ordered, 5-7 days. Until then nobody in 9, I shifted the Tues/Thurs/Sat schedule so 2nd shift starts 15 min later. Techs know. Also we're out of the 15g needles in the cart, used the 16s, order went in.

> can we use 9 today or no
""")

add('clean-staff', '',
    '"Pastor Dave Lindahl" <dlindahl@stillwaterhospice.org>',
    'Stillwater Staff <staff@stillwaterhospice.org>',
    'Memorial service for our families - volunteers needed', 'Thu, 5 Nov 2026 12:00:00 -0500',
    body="""Friends,

Our fall memorial service for families of patients who died between April and September is Sunday, November 22, 2 pm, at First Lutheran (fellowship hall). Last year about 140 people came.

I need:
- 4 people to greet and hand out programs (1:15 - 2:15)
- 2 people to help with the candle table
- someone who can run the slideshow laptop (Kiara did it last year and I'm told she's "retired from AV")
- cookie bakers!

The bereavement team has already mailed the invitations, so please don't reach out to families individually about it.

Reply to me by 11/13. Thank you for the care you give every day.

Dave""")

add('clean-staff', '',
    'Renee Thibodeaux <rthibodeaux@cedarknollrehab.org>',
    'Tomasz Zielinski <tzielinski@cedarknollrehab.org>',
    'night shift complaints', 'Fri, 6 Nov 2026 09:45:00 -0500',
    body="""Tom,

I got your note about the pharmacy delays on nights. You're right, it's been 4 STAT deliveries late in 2 weeks. I'm meeting with their account rep on the 12th and I'll bring your log. Keep writing down the order time and the arrival time, that's what they respond to.

Separately - HR said the night differential increase is approved, $3.50/hr starting the Dec 6 pay period. You can tell your people, it's official.

Renee
Administrator""")

add('clean-staff', '',
    'Marcus Fell <mfell@summitstepdown.com>',
    'Rehab Team <rehab@summitstepdown.com>',
    'gym closed Sat AM', 'Fri, 6 Nov 2026 16:55:00 -0500',
    body="""heads up - floor refinishing in the therapy gym Sat 6am-1pm. Treat in rooms or the 2nd floor day room. Parallel bars and the stair trainer will be unavailable. Sorry for short notice, facilities just told me.

Marcus, Rehab Director""")

add('clean-staff', '',
    'Priya Raman <praman@amigoshomecare.com>',
    'Jorge Castaneda <jcastaneda@amigoshomecare.com>',
    'RE: flu shots - who still needs one', 'Tue, 10 Nov 2026 14:02:00 -0600',
    body="""Jorge, mine is done, charted this morning. Also - I'm out Nov 19-23 (vacation, approved by Carmen in Sept). Who's covering my Thursday clients?

Priya

-----Original Message-----
From: Jorge Castaneda
Sent: Tuesday, November 10, 2026 12:15 PM
To: Nurses
Subject: flu shots - who still needs one

Clients still without flu shot documented - check your list and either give it or chart refusal. Deadline Friday for the quality report.
Jorge""")
# ======================= clean-admin =======================
add('clean-admin', '',
    'Lorraine Mbatha <lmbatha@greenfieldcare.org>',
    'Dept Heads <depthead@greenfieldcare.org>',
    'Survey window opens - mock survey results', 'Mon, 2 Nov 2026 08:15:00 -0500',
    html="""<html><head><style>body{font-family:Calibri;font-size:11pt} li{margin-bottom:4px}</style></head><body>
<p>Good morning,</p>
<p>We are in our annual survey window as of today (last survey was 11/14/2025). Results of last week's mock survey by Quality Partners:</p>
<ul>
<li><b>F880 Infection control</b> &ndash; 2 of 6 observed med passes without hand hygiene between residents. Glove use on the 3rd floor isolation room not per sign.</li>
<li><b>F812 Food storage</b> &ndash; unlabeled/undated items in the 2 West nourishment fridge.</li>
<li><b>F689 Accidents</b> &ndash; 1 of 3 sampled fall care plans not updated after the fall.</li>
<li><b>F761 Med storage</b> &ndash; open insulin pen without date on the med cart.</li>
</ul>
<p>Please have your corrective action in to me by Friday. Daily stand-up at 9:15 until surveyors arrive. Binder is in the conference room; surveyor entrance packet is ready except the updated staffing list (HR, please).</p>
<p>Lorraine Mbatha, LNHA<br>Administrator, Greenfield Care Center</p>
</body></html>""")

add('clean-admin', '',
    'Accounts Payable <ap@lakeviewsl.com>',
    'billing@sysco-central.example.com',
    'Invoice 8821044 - short shipment', 'Tue, 3 Nov 2026 11:20:00 -0500',
    body="""Hello,

Invoice 8821044 (delivery 10/29) charges for 6 cases of thickened water (nectar) and 4 cases of Ensure Plus vanilla. We received 4 and 2. Signed delivery slip attached in your portal under the dispute. Please issue a credit memo for the difference ($187.44) before we pay the balance.

Thanks,
Debra Kline
Accounts Payable, Lakeview Senior Living""")

csv2 = """Unit,Date,Census,RN hrs,LPN hrs,CNA hrs,Total nursing hrs,HPRD
2 East,11/01/2026,38,72.0,96.0,232.0,400.0,3.53
2 West,11/01/2026,41,68.5,104.0,248.0,420.5,3.41
3 North,11/01/2026,36,60.0,88.0,216.5,364.5,3.40
Memory Care,11/01/2026,22,24.0,48.0,168.0,240.0,3.90
2 East,11/02/2026,37,72.0,96.0,224.0,392.0,3.55
2 West,11/02/2026,40,64.0,104.0,240.0,408.0,3.40
3 North,11/02/2026,36,56.0,96.0,208.0,360.0,3.33
Memory Care,11/02/2026,22,24.0,48.0,160.0,232.0,3.60
"""
add('clean-admin', '',
    'Staffing Analyst <staffing@greenfieldcare.org>',
    'Lorraine Mbatha <lmbatha@greenfieldcare.org>',
    'PBJ prep - HPRD by unit first weekend of Nov', 'Wed, 4 Nov 2026 13:00:00 -0500',
    body="""Lorraine, attached. 3 North dropped under 3.4 on Sunday - we had two call-offs and agency didn't fill. The new federal minimum isn't being enforced yet but the state looks at this during survey. Total facility HPRD for the weekend 3.49.""",
    atts=[('hprd_1101_1102.csv', 'text/csv', csv2)])

add('clean-admin', '',
    '"Compliance - Evergreen Hospice" <compliance@evergreenhospice.net>',
    'All Staff <allstaff@evergreenhospice.net>',
    'Reminder: do not text patient info from personal phones', 'Thu, 5 Nov 2026 09:00:00 -0700',
    body="""Team,

This is a reminder that patient names, addresses, photos of wounds, or any details about a patient's condition must NOT be sent by regular text message (SMS/iMessage/WhatsApp) or personal e-mail. Use the secure messaging app (TigerConnect) only.

We had an incident last month where a wound photo was sent to the wrong number. No harm resulted, but it was a reportable breach and we had to notify the family and HHS.

If you're not sure, call me before you send.

Annual HIPAA training is due by 12/31 in Relias. Completion so far: 61%.

Beatriz Soto
Compliance & Privacy Officer""")

add('clean-admin', '',
    'Medicare Updates <noreply@cgs-mac.example.com>',
    'billing@greenleafhh.com',
    'MLN Connects: CY 2027 Home Health PPS Final Rule', 'Fri, 6 Nov 2026 06:00:00 -0500',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<h3>Home Health Prospective Payment System CY 2027 Final Rule</h3>
<p>CMS issued the CY 2027 HH PPS final rule. Highlights for home health agencies:</p>
<ul>
<li>Net payment update of 2.4% (approx. $440 million) compared with CY 2026</li>
<li>Permanent behavioral adjustment continues to be phased in</li>
<li>Updates to the HH QRP: new OASIS items effective April 1, 2027</li>
<li>Face-to-face encounter: allied practitioners may continue to perform and document the encounter</li>
</ul>
<p>Questions? Contact the Provider Contact Center. This is an automated notice; please do not reply.</p>
</body></html>""")

add('clean-admin', '',
    'Bill Hartung <bhartung@harborhospice.org>',
    'Leadership <leadership@harborhospice.org>',
    'Q3 numbers for board packet', 'Mon, 9 Nov 2026 17:20:00 -0500',
    body="""For Thursday's board meeting:

Q3 2026 (Jul-Sep)
  Admissions ............ 212   (Q2: 198)
  Average daily census .. 168
  ALOS .................. 74 days
  Median LOS ............ 19 days
  Live discharges ....... 11.3%
  Deaths ................ 187
  % of deaths w/ visit last 3 days ... 92%
  CAHPS "would recommend" ........... 86%
  Cap: projected under aggregate cap by ~$1.1M

Two outliers on LOS (>500 days) are both dementia, both reviewed by medical director, both still appropriate. I left them out of the packet by name obviously.

Bill, CFO""")

add('clean-admin', '',
    'IT Service Desk <servicedesk@parkviewhhh.org>',
    'All Users <allusers@parkviewhhh.org>',
    'Planned outage: EHR (HCHB) Sunday 11/15 01:00-05:00', 'Tue, 10 Nov 2026 12:00:00 -0500',
    body="""Homecare Homebase will be unavailable Sunday 11/15 from 1:00 to 5:00 AM ET for vendor maintenance.

On-call clinicians: download your visit schedules before 1 AM. Document on paper downtime forms (in your trunk kit, form DT-2) and enter them after 5 AM. Point-of-care tablets will work offline but will not sync.

Service Desk x500""")
# ======================= clean-lookalike =======================
add('clean-lookalike', '',
    'Maple Grove Animal Hospital <care@maplegrovevet.com>',
    'Sharon Tierney <stierney63@gmail.com>',
    'Discharge instructions for Biscuit', 'Mon, 2 Nov 2026 17:30:00 -0500',
    body="""Hi Sharon,

Biscuit did great today! Here's a recap of his dental cleaning and the two extractions.

Medications:
- Carprofen 25 mg: 1 tablet by mouth once daily with food for 5 days (starting tomorrow morning)
- Clavamox 62.5 mg: 1 tablet twice daily for 10 days

Soft food only for 10 days. No chew toys or rawhide. A little blood-tinged drool tonight is normal. Recheck with Dr. Halvorsen in 2 weeks, front desk will call to book.

Call us at 651-429-7800 if he won't eat by tomorrow night or seems painful.

Maple Grove Animal Hospital""")

add('clean-lookalike', '',
    'Progressive Claims <claims@email.progressive-notify.example.com>',
    'Frank Delgado <fdelgado.home@gmail.com>',
    'Your claim 26-8871204 - injury documentation', 'Tue, 3 Nov 2026 09:00:00 -0500',
    body="""Hi Frank,

Thanks for reporting your claim. We've received the repair estimate from Collision Pros ($3,418.20) and your rental is approved for up to 12 days.

You indicated "no injuries" on the first notice of loss. If that changes, please let your adjuster know and we'll open a medical payments coverage review.

Your adjuster: Karen Liu, 1-800-555-0162 ext 4471

Progressive Claims""")

add('clean-lookalike', '',
    'CVS ExtraCare <extracare@cvs-offers.example.com>',
    'kathy.mendel@verizon.net',
    'Kathy, your flu shot reward is here + 25% off', 'Wed, 4 Nov 2026 07:12:00 -0500',
    html="""<html><body style="font-family:Helvetica;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h2 style="color:#cc0000">Hi Kathy, $5 ExtraBucks Rewards are waiting!</h2>
<p>Get your flu shot or updated COVID-19 vaccine at any CVS Pharmacy or MinuteClinic this season and earn rewards. Walk in or schedule online.</p>
<p><b>25% off</b> one regular-price item &mdash; vitamins, pain relief, cough &amp; cold.</p>
<p style="font-size:9pt;color:#666">ExtraCare card ending in 4418. You are receiving this e-mail because you signed up for ExtraCare offers. Unsubscribe.</p>
</td></tr></table></body></html>""")

add('clean-lookalike', '',
    'Anytime Fitness Riverside <riverside@anytimefitness-club.example.com>',
    'Marcus Johnson <mjohnson.bball@yahoo.com>',
    'Your body composition results + PT session', 'Thu, 5 Nov 2026 18:00:00 -0600',
    body="""Hey Marcus!

Great first InBody scan today. Your numbers:
Weight 212.4 lb | Body fat 27.1% | Skeletal muscle mass 88.2 lb | BMR 1,902 kcal

Your free personal training session with Coach Dre is Saturday at 9am. Bring water and a towel. We'll build a plan around your goal of losing 15 lbs before the wedding!

See you Saturday,
Anytime Fitness Riverside""")

add('clean-lookalike', '',
    '"Sunrise Terrace Senior Living" <info@sunriseterrace.com>',
    'Robert Chen <rchen.mn@gmail.com>',
    'Thank you for touring - pricing for a 1 BR', 'Fri, 6 Nov 2026 11:00:00 -0600',
    body="""Dear Robert,

Thank you for touring Sunrise Terrace with your wife on Wednesday. As promised, here is pricing for the one-bedroom on the second floor we looked at:

  Monthly rent (independent living) .... $4,250
  Second occupant fee .................. $950
  Level 1 assisted living care add-on .. $850 (only if needed, assessed by our nurse)
  Community fee (one time) ............. $3,500

Move-in specials end 11/30. I'd be happy to arrange lunch in our dining room any day next week.

Warm regards,
Carla Benson, Director of Sales""")

add('clean-lookalike', '',
    'First Federal Bank <alerts@firstfederal-bank.example.com>',
    'Deborah Wynn <dwynn@rocketmail.com>',
    'Payment to ST LUKES HOSPICE THRIFT posted', 'Sat, 7 Nov 2026 13:22:00 -0500',
    body="""Debit card ending 0931

A purchase of $38.50 at ST LUKES HOSPICE THRIFT - BETHLEHEM PA was posted on 11/07/2026.

If you don't recognize this transaction, call 1-888-432-1900.

First Federal Bank will never ask for your PIN by e-mail.""")

add('clean-lookalike', '',
    'Dana Whitcomb <dana@whitcombhomeimprovement.com>',
    'Facilities <facilities@willowbendsnf.com>',
    'Quote - nurses station & med room countertops', 'Mon, 9 Nov 2026 08:30:00 -0500',
    body="""Hi Greg,

Quote for the 2nd floor nurses' station and medication room:

- Remove existing laminate counters (nurses station ~22 lf, med room ~9 lf)
- Install solid surface (Corian, Glacier White) w/ integral backsplash
- Relocate outlet for the med fridge, add GFCI at the sink
- Work after 7pm in 2 phases so the med room is never closed more than one night

Total: $14,860. Lead time 3 weeks on material. We've done the same at Oak Haven and Silver Pines, happy to give references.

Dana""")
# ======================= clean-news =======================
add('clean-news', '',
    'Oak Haven Living <newsletter@oakhavenliving.com>',
    'Families <families@oakhavenliving.com>',
    'The Oak Leaf - November 2026', 'Sun, 1 Nov 2026 09:00:00 -0600',
    html="""<html><head><style>h1{color:#6b3e1e;font-family:Georgia} p{font-family:Verdana;font-size:10pt}</style></head><body>
<h1>The Oak Leaf</h1><p><i>November 2026 &bull; Family Newsletter</i></p>
<h3>From the Executive Director</h3>
<p>It's hard to believe the leaves are already down. Thank you to every family who came to the Harvest Fair &ndash; we raised $2,140 for the Alzheimer's Association walk team!</p>
<h3>Flu and COVID vaccines</h3>
<p>Our clinic days are November 10 and 12. Consent forms were mailed in October; if you are the decision-maker and haven't returned yours, please call the nurse's office.</p>
<h3>Coming up</h3>
<ul><li>Nov 6 &ndash; Veterans Day ceremony with the VFW Post 112 color guard</li>
<li>Nov 14 &ndash; Pet therapy with Golden Paws</li>
<li>Nov 25 &ndash; Thanksgiving dinner, family seating 11:30 and 1:00 (RSVP by 11/18)</li></ul>
<h3>Welcome to our new staff</h3>
<p>Please welcome Tina Marquez, CNA, and Dr. Arun Shah, our new attending physician on Thursdays.</p>
<p style="font-size:8pt">Oak Haven Living &bull; 400 Prairie View Rd &bull; Unsubscribe</p></body></html>""")

add('clean-news', '',
    'AHCA/NCAL SmartBrief <smartbrief@ahca-news.example.com>',
    'gwen.albers@maplecrestnursing.com',
    'Staffing mandate litigation update; RSV vaccine uptake in SNFs lags', 'Tue, 3 Nov 2026 06:30:00 -0500',
    body="""LONG TERM CARE SMARTBRIEF | November 3, 2026

TOP STORY
Court hears arguments on federal nursing home staffing rule
A federal appeals court heard arguments Monday on the minimum staffing rule. Providers argue that rural facilities cannot hire enough RNs to meet the 24/7 requirement. (McKnight's)

CLINICAL
RSV vaccination among nursing home residents remains below 30%
A CDC analysis found that fewer than a third of eligible nursing home residents had received an RSV vaccine by the end of last season, compared with over 70% for influenza. (CDC MMWR)

WORKFORCE
Survey: CNA turnover fell to 51% in 2026 from 58% the year before, as wages rose in most states.

You are receiving this because you subscribed to SmartBrief. Unsubscribe | Privacy""")

add('clean-news', '',
    '"National Kidney Foundation" <news@kidney-org.example.com>',
    'eastgate.unit@renalcarepartners.com',
    'Kidney Health Today: home dialysis, new transplant rules', 'Wed, 4 Nov 2026 08:00:00 -0600',
    body="""KIDNEY HEALTH TODAY - November

* Home dialysis grows: About 15% of new dialysis patients in the U.S. now start on a home modality, up from 10% five years ago.
* Transplant waitlist changes: New allocation rules aim to reduce the time patients on dialysis wait for a deceased-donor kidney.
* Patient tip sheet: "Eating well for the holidays on a renal diet" - free PDF, share with your patients.
* Webinar 11/18: Managing hyperkalemia in the dialysis unit. 1.0 CE for nurses and dietitians.

National Kidney Foundation""")

add('clean-news', '',
    'Stillwater Hospice Foundation <foundation@stillwaterhospice.org>',
    'Friends of Stillwater <friends@stillwaterhospice.org>',
    'Why we do this: a story from one of our nurses', 'Thu, 5 Nov 2026 10:00:00 -0500',
    body="""Dear friend,

Last spring one of our nurses cared for a retired schoolteacher who had one wish: to hear her old students sing again. With the help of a social worker and a few phone calls, twelve former students - now in their 50s and 60s - gathered on her front lawn one May evening and sang the school song under her window.

"She knew every word," our nurse told us. "She was conducting from her bed."

Moments like that are possible because of donors like you. This Giving Tuesday, December 1, every gift up to $25,000 will be matched by the Raines Family Fund.

With gratitude,
The Stillwater Hospice Foundation

(Details shared with the family's permission; names withheld.)""")

add('clean-news', '',
    'State Dept of Health - LTC Bulletin <ltc-bulletin@health.state.example.gov>',
    'Administrators List <ltc-admins@lists.health.state.example.gov>',
    'LTC Bulletin 26-41: Influenza outbreak reporting, Legionella water management', 'Fri, 6 Nov 2026 14:00:00 -0500',
    body="""LONG-TERM CARE BULLETIN 26-41

1. Influenza activity is now "widespread" statewide. Facilities must report a suspected outbreak (2+ residents with influenza-like illness within 72 hours on the same unit, with at least one lab-confirmed) to the regional epidemiologist within 24 hours. Antiviral prophylaxis should be offered to all residents on the affected unit regardless of vaccination status.

2. Water management programs: surveyors will request your Legionella risk assessment and the last 12 months of temperature logs.

3. The 2027 license renewal portal opens December 1.

Office of Long-Term Care Licensure""")

add('clean-news', '',
    'Home Care Today <editor@homecaretoday.example.com>',
    'tboyd@brightwaterhomehealth.com',
    'Study: hospital readmissions drop when home health visits start within 48 hours', 'Mon, 9 Nov 2026 07:00:00 -0500',
    body="""HOME CARE TODAY

Start-of-care timing matters, study finds
A study of 1.2 million Medicare home health episodes published in Health Affairs found that patients whose first visit occurred within 48 hours of hospital discharge had 30-day readmission rates about 2.1 percentage points lower than those seen on day 3 or later. The effect was strongest for patients discharged with heart failure and COPD.

"The first visit is where we catch the medication errors," said one of the authors, a nurse researcher at the University of Pennsylvania.

Also in this issue: Aide wage pass-through laws spread to four more states; OASIS-E1 FAQ roundup.""")
# ======================= clean-training =======================
add('clean-training', '',
    'Staff Development <staffdev@maplecrestnursing.com>',
    'All Nursing <nursing@maplecrestnursing.com>',
    'In-service Thursday: SBAR practice (case attached)', 'Mon, 2 Nov 2026 11:00:00 -0500',
    body="""Mandatory in-service: Communicating changes in condition (SBAR)
Thursday 11/5, 2:15 and 2:45 (choose one), classroom B. Counts for 0.5 CE.

Please read the practice case before you come:

PRACTICE CASE (fictional)
"Mrs. Sample" is an 84-year-old resident on 2 West with a history of heart failure. At 0200 the CNA reports she is more short of breath than at bedtime and won't lie flat. Vitals: BP 164/92, HR 108, RR 26, SpO2 88% on room air. Weight this morning was up 3 lbs from yesterday.

In pairs, write the SBAR call to the on-call physician. We'll role-play the call.

Jessica Tran, RN, Staff Development Coordinator""")

add('clean-training', '',
    'Lena Ortiz <lortiz@summitstepdown.com>',
    'PT/OT students <students@summitstepdown.com>',
    'Case study for Friday - please prepare', 'Tue, 3 Nov 2026 16:00:00 -0500',
    body="""Students,

For Friday's case round, here is a made-up patient built from a few real patterns. Don't go looking for him in the census, he doesn't exist.

Patient X, 79 y/o male, admitted to SNF 5 days after R total hip arthroplasty (posterior approach). PLOF: independent, drove, lived alone in a 2-story home with 10 steps to bedroom. Current: min A bed mobility, CGA transfers, ambulates 60 ft with RW. BIMS 14/15.

1. What hip precautions apply and how do they affect your ADL training?
2. What outcome measures would you use at eval and why?
3. What's your discharge recommendation and what would change it?

Lena""")

add('clean-training', '',
    '"Relias Learning" <noreply@relias-notify.example.com>',
    'Kiara Wells <kwells@stillwaterhospice.org>',
    'Course assigned: Pain Assessment in Nonverbal Patients (PAINAD)', 'Wed, 4 Nov 2026 06:00:00 -0500',
    body="""Hi Kiara,

You have been assigned a new course.

Course: Pain Assessment in Nonverbal Patients (PAINAD)   Due: 12/04/2026   Length: 45 min   CE: 0.75

In this course you will score five video scenarios of simulated patients with advanced dementia using the PAINAD scale (breathing, negative vocalization, facial expression, body language, consolability) and choose the appropriate intervention.

Start course: https://stillwater.relias.example.com/learn/88213""")

hl7test = ("MSH|^~\\&|TESTLAB|TST|PCC|TRAINSNF|20261105101500||ORU^R01|TEST0001|T|2.5.1\n"
           "PID|1||TEST-000001^^^TRN^MR||TESTPATIENT^ZZZ||19000101|U\n"
           "OBR|1||T0001|CBC^Complete Blood Count|||20261105090000\n"
           "OBX|1|NM|WBC^White Blood Cells||7.5|10*3/uL|4.0-11.0|N|||F\n"
           "OBX|2|NM|HGB^Hemoglobin||13.2|g/dL|12.0-16.0|N|||F\n")
add('clean-training', '',
    'Dev Rao <drao@carelinkintegrations.com>',
    'Sunrise Terrace IT <it@sunriseterrace.com>',
    'Test messages for lab interface go-live (TEST env only)', 'Thu, 5 Nov 2026 10:20:00 -0600',
    body="""Marc,

Here's the test ORU we'll push to your TRAIN environment tomorrow at 10. Processing ID is T, patient is the dummy TESTPATIENT, ZZZ that the vendor uses for all validation. Please confirm it files to the test resident chart in PCC TRAIN and shows on the results dashboard. If anything lands in PROD, call me right away.

""" + hl7test + """
Dev""")

add('clean-training', '',
    'OASIS Education <education@heartlandhomehealth.net>',
    'Clinicians <clinicians@heartlandhomehealth.net>',
    'OASIS-E1 scoring practice: M1800-M1860 (answers next week)', 'Fri, 6 Nov 2026 13:00:00 -0600',
    html="""<html><body style="font-family:Segoe UI;font-size:10pt">
<p>Score these three practice scenarios. <b>All are fictitious.</b> Answers and rationale at Tuesday's huddle.</p>
<ol>
<li><b>Scenario A:</b> Patient is 2 weeks post CVA with right hemiparesis. She can comb her hair only if the clinician places the comb in her left hand. Score M1800 (Grooming).</li>
<li><b>Scenario B:</b> Patient ambulates with a walker in the home but needs someone nearby on the stairs to the only bathroom. Score M1860 (Ambulation/Locomotion).</li>
<li><b>Scenario C:</b> Patient with COPD bathes in the tub with a tub bench, but his wife has to help him get his legs over the tub wall. Score M1830 (Bathing).</li>
</ol>
<p>Remember: score what the patient <i>is able to do</i> on the day of assessment, not what they usually do.</p>
<p>Kelly Amos, RN, COS-C<br>Clinical Educator</p>
</body></html>""")

add('clean-training', '',
    'Janet Ruiz <jruiz@oakhavenliving.com>',
    'Memory Care Team <mcteam@oakhavenliving.com>',
    'Dementia Capable Care - module 3 handout', 'Mon, 9 Nov 2026 15:00:00 -0600',
    body="""Hi team, here's the handout from today for those who missed it. Make-up session Wednesday at 2.

MODULE 3: RESPONDING TO DISTRESS (not "behaviors")

Example (from the training video - an actor, not one of ours):
"Mr. G" is pacing by the exit door at 4 pm saying he has to go pick up the kids from school.

DON'T: "Your kids are grown, you live here now."
DO:    Validate ("You're a good dad, you always pick them up on time"), join him walking, redirect to a task ("Before you go, can you help me fold these towels?").

Look for the need underneath: Is he hungry? Needs the bathroom? In pain? Too much noise? 4 pm is shift change - lots of people moving around.

Remember to document what you tried and what worked.

Janet""")

# ======================= write =======================
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    counters = {}
    rows = []
    for i, m in enumerate(M, 1):
        k = m['kind']
        counters[k] = counters.get(k, 0) + 1
        label = k.split('-')[0]
        fn = '%s-%03d.eml' % (k, counters[k]) if k.startswith(label + '-') else None
        fn = '%s-%03d.eml' % (k, counters[k])
        msg = build(i, m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fn, label, k, m['patient'] if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
