#!/usr/bin/env python3
"""Blind eval set: hand-written clinical cross-organisation mail. Standard library only."""
import os, csv, io, zipfile, hashlib, sys
from email.message import EmailMessage
from email import policy

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, kind, pname, **kw):
    MSGS.append((label, kind, pname, kw))

def _date(i):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    # deterministic, spread across 2025
    doy = (i * 37) % 360
    m = doy // 30
    d = doy % 28 + 1
    import datetime
    dt = datetime.date(2025, m + 1, d)
    hh = 7 + (i * 5) % 12
    mm = (i * 13) % 60
    ss = (i * 29) % 60
    return '%s, %d %s %d %02d:%02d:%02d -0500' % (days[dt.weekday()], d, mons[m], 2025, hh, mm, ss)

def build(i, kw):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = kw['frm']
    msg['To'] = kw['to']
    if kw.get('cc'):
        msg['Cc'] = kw['cc']
    msg['Date'] = kw.get('date') or _date(i)
    msg['Subject'] = kw['subj']
    dom = kw['frm'].split('@')[-1].rstrip('>').strip()
    h = hashlib.md5((kw['subj'] + str(i)).encode('utf-8')).hexdigest()
    msg['Message-ID'] = '<%s.%d@%s>' % (h[:20], i, dom)
    if kw.get('reply'):
        msg['In-Reply-To'] = '<%s@%s>' % (h[20:], dom)
    for k, v in kw.get('hdrs', {}).items():
        msg[k] = v
    charset = kw.get('charset', 'utf-8')
    cte = kw.get('cte')
    body = kw.get('body', '')
    if cte is None and charset == 'utf-8' and i % 3 != 0 and i < 1000:
        # most real clients send short-line text as 7bit/8bit rather than QP
        allt = body + kw.get('html', '')
        cte = '7bit' if all(ord(c) < 128 for c in allt) else '8bit'
    if cte and charset == 'utf-8' and not kw.get('cte'):
        msg.set_content(body, cte=cte)
        if kw.get('html'):
            msg.add_alternative(kw['html'], subtype='html', cte=cte)
        cte = 'done'

    if cte == 'done':
        pass
    elif charset != 'utf-8' or cte:
        msg.set_content(body, charset=charset, cte=cte)
    else:
        msg.set_content(body)
    if kw.get('html') and cte != 'done':
        if charset != 'utf-8' or cte:
            msg.add_alternative(kw['html'], subtype='html', charset=charset, cte=cte)
        else:
            msg.add_alternative(kw['html'], subtype='html')
    for a in kw.get('att', []):
        kind = a[0]
        if kind == 'text':
            _, fn, sub, data = a
            msg.add_attachment(data, subtype=sub, filename=fn)
        elif kind == 'bin':
            _, fn, mt, data = a
            ma, su = mt.split('/')
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=ma, subtype=su, filename=fn)
        elif kind == 'zip':
            _, fn, inner = a
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
                for ifn, idata in inner:
                    zi = zipfile.ZipInfo(ifn, date_time=(2025, 3, 3, 9, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, idata)
            msg.add_attachment(buf.getvalue(), maintype='application', subtype='zip', filename=fn)
        elif kind == 'eml':
            _, inner_kw = a
            inner = build(i + 1000, inner_kw)
            msg.add_attachment(inner)
    # deterministic MIME boundaries
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d_%s' % (i, n, h[:12]))
    return msg

# ============================ PHI: care ============================
add('phi', 'care', 'Whitfield',
    frm='"Renata Solis, MD" <rsolis@lakeshorefm.org>',
    to='referrals@northfieldcardio.com',
    subj='Referral - stress echo request',
    body="""Good morning,

I'd like to refer Dolores Whitfield (DOB 03/11/1951) for a stress echo and a visit with
whichever of your physicians has the soonest opening. Her ECG in our office on Tuesday was
different from the one we have on file from 2022 and I'd rather have you look at it than guess.
Both tracings are going over by fax this morning (to 614-380-2219, the number on your website).

She is on amlodipine 5 and atorvastatin 40. She walks with a cane but can do a treadmill
if it's slow; if not, please do the pharmacologic version.

Her daughter Annette usually drives her and prefers mornings. Home phone 614-227-0483.

Thanks,
Renata Solis, MD
Lakeshore Family Medicine
1180 Harbor View Rd, Suite 2
Columbus OH 43215
Office 614-227-9100  Fax 614-227-9101
""")

add('phi', 'care', 'Chaudhary',
    frm='"Meghan Tully RN" <mtully@riverbendonc.com>',
    to='"Dr. Paul Adeyemi" <padeyemi@lakeshorefm.org>',
    subj='RE: port flush for Mr Chaudhary',
    reply=True,
    body="""Dr Adeyemi,

No problem - we can do the flush here on the 14th at 10:40, same day as his labs, so he only
has to make one trip. I've put it on the schedule. If he'd rather keep it at your office that's
fine too, just let me know so I can cancel ours.

Meghan Tully, RN
Infusion Center | Riverbend Oncology Associates
direct 502-418-7736

-----Original Message-----
From: Paul Adeyemi <padeyemi@lakeshorefm.org>
Sent: Monday, February 3, 2025 4:52 PM
To: Meghan Tully <mtully@riverbendonc.com>
Subject: port flush for Mr Chaudhary

Hi Meghan,
Anand Chaudhary was in today for his BP check and mentioned his port hasn't been flushed since
December. He thinks it was supposed to be monthly. He's finished his last cycle with you so
I wasn't sure whose job this is now. Our nurses can do it if you send the order, but honestly
it might be easier at your place.

Paul
""")

add('phi', 'care', 'Kowalczyk',
    frm='"Ng, Derek (Resident)" <dng3@stbrendanrmc.org>',
    to='"Hollis, Martin MD" <mhollis@stbrendanrmc.org>',
    subj='bay 4',
    body="""Dr Hollis - Kowalczyk in bay 4, K came back 3.2 this evening. ok to replete 40 PO,
repeat BMP in AM and hold the 0600 lasix? Wife is asking if he goes home tomorrow, told her we'd
talk on rounds.

Derek
Sent from my iPhone
""")

add('phi', 'care', 'Holloway',
    frm='"Bayview Imaging Scheduling" <imaging@bayviewortho.com>',
    to='"Front Desk - Lakeshore FM" <frontdesk@lakeshorefm.org>',
    subj='Follow-up MRI w/ contrast - need creatinine before we can book',
    body="""Hello,

We received Dr. Garza's order for a follow-up MRI of the left knee with and without contrast
for Tremaine Holloway. Before we can book it we need a creatinine/eGFR from the last 30 days.
His last one we have is from August.

Can you draw one at your office and send it, or should we have him come to our lab? Either works.
Once we have it we'll call him at the number on the order (773-404-8812).

Thank you,
Lisette
Bayview Orthopedic & Spine - Imaging
""",
    html="""<html><head><style>p{font-family:Calibri,sans-serif;font-size:11pt;margin:0}
.sig{color:#1F3864;font-size:9pt}.disc{color:#888;font-size:7.5pt}</style></head><body>
<p>Hello,</p><p>&nbsp;</p>
<p>We received Dr. Garza&#8217;s order for a follow-up MRI of the left knee with and without contrast
for <b>Tremaine Holloway</b>. Before we can book it we need a creatinine/eGFR from the last 30 days.
His last one we have is from August.</p><p>&nbsp;</p>
<p>Can you draw one at your office and send it, or should we have him come to our lab? Either works.
Once we have it we&#8217;ll call him at the number on the order (773-404-8812).</p><p>&nbsp;</p>
<p>Thank you,</p><p>Lisette</p>
<p class="sig">Bayview Orthopedic &amp; Spine &#8211; Imaging<br>2600 Lakeview Ave, Chicago IL 60614</p>
<p class="disc">CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and
confidential. If you are not the intended recipient, please notify the sender and delete it.</p>
</body></html>""")

add('phi', 'care', 'Amsel',
    frm='"St. Brendan Transfer Center" <transfercenter@stbrendanrmc.org>',
    to='"Pinecrest Community Hospital ED" <ed-charge@pinecresthosp.org>',
    cc='"5 West Charge" <5w-charge@stbrendanrmc.org>',
    subj='ACCEPTED - transfer Ruth Amsel',
    body="""TRANSFER ACCEPTED

Patient: Ruth Amsel
Age/Sex: 78 F
Sending: Pinecrest Community Hospital ED, Dr. K. Farouk
Accepting: Dr. Elena Varga (hospitalist), St. Brendan RMC
Bed: 5 West, room 512, telemetry
Transport: ALS, ETA approx 14:30
Current drips: heparin per protocol - please send the last aPTT and the time of the last
rate change with the nurse report.

Please have the RN call report to 5W at ext 4512 (outside line 312-977-4512) before the
ambulance leaves. Send images on disc or push to our PACS (AE title SBRMC_IMPORT).

Transfer Center call line: 312-977-4000
Reference #: TC-25-01877
""")

add('phi', 'care', 'Brooks',
    frm='"Aisha Nwosu, CPNP" <anwosu@harmonvalleychildrens.org>',
    to='"Dr. Greg Feld" <gfeld@valleyent.com>',
    subj='Jaylen Brooks - hearing screen + tymps',
    body="""Hi Greg,

Sending you Jaylen Brooks, 4 y/o (DOB 06/22/2020). Failed the hearing screen at his well visit
here twice now, 2 months apart, and tympanometry was flat both sides both times. Mom says his
preschool teacher thinks he isn't following directions. Speech is a little behind for his age
but not dramatically.

Tymp printouts and the audiogram screen are attached. Mom is Keisha, cell 216-553-0917, she
works nights so afternoons are best.

Thanks!
Aisha

Aisha Nwosu, MSN, CPNP-PC
Harmon Valley Children's - Westside Pediatrics
""",
    att=[('text', 'Brooks_J_tymp_screen.txt', 'plain', """HARMON VALLEY CHILDREN'S - WESTSIDE PEDIATRICS
Tympanometry / Hearing screen
Patient: BROOKS, JAYLEN   DOB: 06/22/2020   MRN: HV-2280451
Date: 01/09/2025
              R ear        L ear
Type          B            B
ECV (ml)      0.6          0.7
Peak (daPa)   NP           NP
OAE screen    REFER        REFER
Pure tone play audiometry: not completed, did not condition
Screener: T. Amos, MA
""")])

add('phi', 'care', 'Solberg',
    frm='"Dr. Hana Lindqvist" <hlindqvist@meridianderm.net>',
    to='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    subj='Mrs Solberg - path back, booking Mohs',
    body="""Colin,

Path from the shave on Ingrid Solberg's left shoulder came back this morning. I'd like to do Mohs
rather than a wide excision given where it is. We have a slot with Dr. Aziz on March 4.
She's on apixaban - are you comfortable with her staying on it? We usually don't stop it for
Mohs but I wanted to check with you since you manage it.

Report attached for your chart.

Hana

Hana Lindqvist, MD, FAAD
Meridian Dermatology
""",
    att=[('bin', 'Solberg_Ingrid_path_0217.pdf.txt', 'text/plain', """MERIDIAN DERMATOPATHOLOGY
Patient: SOLBERG, INGRID M      DOB 09/30/1946      Acc#: MD25-003318
Specimen: Skin, left posterior shoulder, shave
Received: 02/12/2025   Reported: 02/17/2025
Gross: Tan-pink shave, 0.7 x 0.6 x 0.1 cm, entirely submitted.
Comment: See microscopic description. Deep margin involved. Discussed with Dr. Lindqvist 2/17.
Pathologist: R. Okonkwo, MD
""")])

add('phi', 'care', 'Arroyo',
    frm='"Priya Raman" <praman@calloway.edu>',
    to='"Dr. Stephen Yoo" <syoo@riverbendonc.com>',
    subj='LUMEN-2: wk 12 visit done for subject 014 (Arroyo)',
    cte='base64',
    body="""Hi Dr. Yoo,

Quick update - Felipe Arroyo (subject 014-0031) completed his week 12 visit today. All PK draws
were collected at 0, 2 and 4 hours, ECG done, vitals fine per the nurse. He asked about parking
validation again; I gave him the vouchers.

He reported a rash on his forearms that started about a week ago - I did NOT record anything yet
since I'd like you to look at the photos he showed me before we decide if it gets logged as an AE.
Can you call him? 915-308-2264.

Next visit is Feb 3 (week 16), labs fasting.

Thanks,
Priya Raman, CCRP
Clinical Research Coordinator
Calloway University Cancer Institute
""")
# ============================ PHI: names ============================
add('phi', 'names', 'Petrakis',
    frm='"Joanne Breck" <jbreck@lakeshorefm.org>',
    to='"Dr. Nadia Haddad" <nhaddad@westgatebh.org>',
    subj='Re: Mrs. Petrakis - son called again',
    reply=True,
    body="""Dr Haddad,

Sorry to bother you twice in one week. Her son Nikos called our office again this afternoon.
He says his mother is more mixed up since the new medicine was started, up at night, and she
accused the neighbour of taking her mail. He wanted to know if he can just stop it. I told him
not to until one of you calls back. His cell is 847-612-3390.

I know Dr. Marsh is out until Monday so I'm sending it to you directly.

Joanne (front office, Lakeshore FM)

> On Tue, Mar 11, 2025 at 9:02 AM Nadia Haddad <nhaddad@westgatebh.org> wrote:
> Thanks Joanne, I'll see Mrs. Petrakis on the 20th as planned. If the family has concerns before
> that, have them call our intake line.
""")

add('phi', 'names', 'Greenbaum',
    frm='"Okafor, Chidi MD" <cokafor@stbrendanrmc.org>',
    to='"Lindqvist, Erik MD" <elindqvist@stbrendanrmc.org>',
    cc='"Pharmacy - Anticoag" <anticoag@stbrendanrmc.org>',
    subj='covering tomorrow',
    body="""Erik, thanks again for covering. Mostly quiet. Two things:

- Greenbaum, Harold (4B-11): needs decision on bridging before his procedure Thursday. Pharmacy
  (Tanya Bright) has the numbers. Family wants a call from a doctor, not a nurse, daughter is
  Rachel, number in the chart.
- Consult from Dr. Pham's team on Feliciano, Rosa (6A) -- I said we'd see her by noon.

Otherwise just the usual. Dr. Sato is the backup if you get slammed.

Chidi
""")

add('phi', 'names', 'Reyes-Bautista',
    frm='"Carla Mendes" <cmendes@harmonvalleychildrens.org>',
    to='"Westside Peds Nurse Line" <nurseline@harmonvalleychildrens.org>',
    subj='Tommy Reyes-Bautista - mom called re inhaler',
    body="""Tommy's mom called at 3:15. His rescue inhaler is empty and the pharmacy says he has no
refills left. She also said he's used it "a lot" this week since the class hamster came home
with them (!). Can someone call her back - she's at work until 5 and can't pick up after 6.

I told her if he is struggling to breathe don't wait for us, go to urgent care.

Carla, front desk
""")

add('phi', 'names', 'Vasquez',
    frm='"Dr. Theo Lim" <tlim@riverbendonc.com>',
    to='"GI Tumor Board" <gi-tumorboard@calloway.edu>',
    subj='Adding a case for Tuesday',
    body="""Hi all,

Could we squeeze one more onto Tuesday? It's Vasquez -- the 58 y/o gentleman Dr. Okoro sent over
from St. Brendan with the mass in the head of the pancreas. EUS with Dr. Farah is on Friday, so we
should have tissue by then. Main question for the board is upfront surgery vs neoadjuvant.
Radiology: can Dr. Bjorn pull the outside CT from Jan 28 as well as ours?

Thanks - Theo

(Dr. Okoro's original referral attached below for the background.)
""",
    att=[('eml', dict(
        frm='"Okoro, Ngozi MD" <nokoro@stbrendanrmc.org>',
        to='"Dr. Theo Lim" <tlim@riverbendonc.com>',
        subj='New referral - Mr. Luis Vasquez',
        date='Thu, 30 Jan 2025 16:41:09 -0500',
        body="""Theo,

Referring Luis Vasquez (DOB 05/18/1966, our MRN SB00771204) to you. Presented with painless
jaundice, CT 1/28 shows a 2.8 cm hypodense mass in the pancreatic head with CBD dilation, no
obvious vascular involvement. CA 19-9 was 412. ERCP with stent on 1/29, bili trending down.

He's a long-haul trucker, wants to know quickly whether he can keep working. Wife is Marta,
cell 312-640-8871.

Ngozi Okoro, MD
Gastroenterology, St. Brendan RMC
"""))])

add('phi', 'names', 'Odom',
    frm='"Dr. Bea Fontaine" <bfontaine@cedarcrestobgyn.com>',
    to='"Kat Morrow" <kmorrow@calloway.edu>',
    subj='anatomy scan',
    body="""Hi Kat!

Shanice Odom is coming to you for her 20-week anatomy scan - we'd love it done at MFM since her
sister's baby had the heart thing and she's understandably anxious. Her husband Marcus will call
your scheduling line to set the time, he does all the phone calls for them.

She's G2P1, dates by 8 wk US. Hope you're surviving the snow.

Bea
""")

add('phi', 'names', 'Hargreave',
    frm='"Nadia Haddad MD" <nhaddad@westgatebh.org>',
    to='"Colin Marsh MD" <cmarsh@lakeshorefm.org>',
    subj='your patient Bill',
    body="""Colin -

Saw Mr. Hargreave (William) on Thursday for the consult you asked about. Nice man, very
embarrassed to be here, said his wife made him come. I started sertraline 25 mg for a week then
50. Gave him our crisis line card. He did not want me to write to his employer so please don't
mention the visit if his HR calls your office about his FMLA paperwork.

Full note will be in the shared chart by Monday. Follow-up with me in 4 weeks.

Nadia
""")

add('phi', 'names', 'Oyelaran',
    frm='"Sophie Baird (MS3)" <sbaird@calloway.edu>',
    to='"Dr. Kwame Mensah" <kmensah@stbrendanrmc.org>',
    subj='question about the lady in 12',
    body="""Dr. Mensah,

Sorry for emailing so late. I realised on the drive home that I never asked Mrs. Oyelaran about
falls when I took her history, and you'd asked me to present a fall risk assessment tomorrow.
Should I go see her before rounds or just say I missed it? Her granddaughter was in the room
and mentioned she "goes down sometimes" at home, but I didn't follow up.

Thank you,
Sophie
""")

add('phi', 'names', 'Marchetti',
    frm='"PT Dept" <rehab@bayviewortho.com>',
    to='"Dr. Sam Garza" <sgarza@bayviewortho.com>',
    subj='Big Lou',
    body="""Dr G,

Lou Marchetti (yes, "Big Lou", he insists) is POD2 from the right TKA and refusing to get up
with us today. Says the walker "is for old people". Knee flexion only 45 this morning and he's
asking for more of the oxy. His son is coming in at 4, might help.

Can you stop by? Or should we ask the hospitalist?

-- Danielle, PT
""")
# ============================ PHI: self ============================
add('phi', 'self', 'Kaminski',
    frm='"Gloria Kaminski" <gkaminski58@gmail.com>',
    to='info@riverbendonc.com',
    subj='Records to my new oncologist',
    body="""Hello,

My name is Gloria Kaminski, date of birth 4/19/1958. I was treated at your office by Dr. Yoo from
2021 to 2023 for breast cancer (left side, lumpectomy and radiation, then the pill). We have moved
to Arizona to be near my kids and I have an appointment with a new oncologist, Dr. Sandra Pell at
Desert Sky Cancer Center, on April 2.

Can you please send my records to her? Their fax is 480-917-6620. I signed a release form last
week at the front desk but I'm not sure it went through because nobody has called me.

Thank you so much for everything you all did for me.
Gloria
(520) 339-1184
""")

add('phi', 'self', 'Tran',
    frm='"Kevin Tran" <kevtran.88@outlook.com>',
    to='"Northfield Cardiology Patient Messages" <portal-noreply@northfieldcardio.com>',
    subj='Portal message: question about my Holter results',
    body="""--- Message sent via Northfield Patient Portal ---
From: Kevin Tran (MRN 0071-552-84)
To: Dr. Abernathy's care team
Category: Test results

Hi, I got a notification that my Holter monitor results are in but I can't open the PDF on my
phone. It just says "document unavailable". Is there anything I should be worried about? My
heart was doing the skipping thing a lot during the 48 hours so I'm kind of nervous. Also the
sticky pads gave me a rash, is that normal?

Thanks,
Kevin
--- Replies to this message will be visible in the portal ---
""")

add('phi', 'self', 'Delacroix',
    frm='"Maureen Delacroix" <mo.delacroix@yahoo.com>',
    to='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    subj='Dad',
    body="""Dr Marsh,

I'm writing about my father, Raymond Delacroix. I know you can't tell me everything but I'm on his
HIPAA form. Since the hospital discharged him last Friday he's been sleeping most of the day and
not eating, and the home health nurse only comes twice a week. He has the new water pill and
the potassium and I don't know if he should take both if he isn't eating.

Also the cardiologist they sent him to, Dr. Abernathy, wants to see him in 2 weeks, but the
follow-up with you is in 5 weeks. Should it be sooner?

I'm at 614-880-2391 any time. Sorry this is long.

Maureen (daughter)
""")

add('phi', 'self', 'Farouk',
    frm='"Layla Farouk" <layla.farouk@protonmail.com>',
    to='billing@stbrendanrmc.org',
    subj='THIRD TIME - bill for ER visit that insurance already paid',
    body="""To whoever reads this,

This is the THIRD time I'm writing. I was in your emergency room on November 9 (Layla Farouk, DOB
12/02/1990, account 88-4410273) and my insurance (BlueHarbor PPO) paid the claim in December.
I have the EOB. I just got ANOTHER statement for $1,842.60 saying it's "past due" and that it
will go to collections.

I am attaching the EOB again. Please fix this. I should not have to spend my lunch breaks on hold
with your billing department about a kidney stone I had three months ago.

Layla Farouk
""",
    att=[('text', 'EOB_BlueHarbor_Dec2024.txt', 'plain', """BLUEHARBOR HEALTH PLAN - EXPLANATION OF BENEFITS
Member: LAYLA FAROUK     Member ID: BHP448120937-01
Claim #: 24-339-0018842    Provider: ST BRENDAN REGIONAL MEDICAL CENTER
Date of service: 11/09/2024
Service                         Billed     Allowed    Plan paid   You owe
ER visit level 4 (99284)        1,420.00   612.40     487.40      125.00
CT abd/pelvis w/o contrast      2,204.00   703.10     703.10        0.00
Urinalysis                         58.00    11.20      11.20        0.00
Total                                                              125.00
""")])

add('phi', 'self', 'Nakamura',
    frm='"Jun Nakamura" <jnakamura@fastmail.com>',
    to='"Harmon Valley Children\'s - Westside Peds" <westside@harmonvalleychildrens.org>',
    subj='Aiko - 2 questions before Thursday',
    body="""Hello,

Our daughter Aiko Nakamura (she is 7, DOB 10/05/2017) has her follow-up on Thursday with Ms. Nwosu.

1. The school needs the form for her EpiPen to be renewed. Can the doctor fill it out at the visit,
   or should I bring it?
2. She had another reaction on Saturday after eating at a birthday party - lips swelled, no
   breathing trouble, we gave Benadryl and it went down in an hour. We did not use the EpiPen.
   Should we have?

Thank you
Jun Nakamura (father)
""")

add('phi', 'self', 'Baptiste',
    frm='"Marie-Claude Baptiste" <mcbaptiste@comcast.net>',
    to='"Cedar Crest OB/GYN" <office@cedarcrestobgyn.com>',
    subj='my appointment',
    body="""good morning

i am Marie-Claude Baptiste, i am patient of Dr Fontaine. i have the appointment on 14 march for
the ultrasound of 28 weeks but my job change my schedule and i can not come that day. please
can you change for the next week, in the morning if is possible. also the sugar test, the
lab say i need to not eat before, is it true? they tell me different thing each time

thank you very much
Marie-Claude
617 448 2930
""")

add('phi', 'self', 'Okonjo',
    frm='"Emeka Okonjo" <emeka.okonjo@gmail.com>',
    to='"Dr. Sam Garza" <sgarza@bayviewortho.com>',
    subj='Re: Your visit summary',
    reply=True,
    body="""Dr Garza,

Thanks for the summary. Quick one: you said to stay off the knee brace at night, but the PT sheet
says wear it 24/7 for the first 2 weeks. Which one? Surgery was the 21st so I'm at day 9.

Also is it OK to drive if it's my left leg? Automatic car.

Emeka

On Fri, Jan 31, 2025 at 5:12 PM Bayview Orthopedic & Spine <noreply@bayviewortho.com> wrote:
> Dear Emeka Okonjo,
> Thank you for visiting Bayview Orthopedic & Spine on 01/30/2025 with Sam Garza, MD.
> Reason for visit: Post-op check, left ACL reconstruction.
> Next appointment: 02/13/2025 10:15 AM
> Instructions: Continue PT 2x/week. Ice 20 min 3x/day.
""")
# ============================ PHI: lists ============================
add('phi', 'lists', 'Ibarra',
    frm='"Dr. Stephen Yoo" <syoo@riverbendonc.com>',
    to='"Breast Tumor Board" <breast-tb@calloway.edu>',
    subj='Breast TB agenda - Wed 3/19',
    body="""Agenda for Wednesday 7:00 AM, Room 3B / Teams link below.

1. Ibarra, Lucia - 44F, new dx L breast IDC, ER+/PR+/HER2 equivocal (FISH pending). Surgery vs
   neoadjuvant. (Yoo / Dr. Chen surgery)
2. Whitaker, Joan - 67F, recurrence chest wall 6 yrs post mastectomy. Rad onc input needed. (Patel)
3. Mbeki, Thandiwe - 38F, BRCA2 carrier, MRI finding R breast, biopsy benign-concordant? (Rad: Bjorn)
4. Follow-up: Soto, Ana - post-neoadjuvant path review.

Please send imaging requests to Dr. Bjorn by Monday noon.
Teams: https://teams.calloway.edu/l/meetup-join/19%3ameeting_breastTB

Steve
""")

add('phi', 'lists', 'Pruitt',
    frm='"Lakeshore FM - Front Office" <frontdesk@lakeshorefm.org>',
    to='"Dr. Renata Solis" <rsolis@lakeshorefm.org>',
    cc='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    subj='Outside referrals still pending - pasted from tracker',
    body="""Hi docs, these are the ones still "pending" more than 3 weeks. Can you tell me which ones to
chase and which to cancel? Pasted from the tracker sheet:

Patient\tDOB\tReferred to\tReason\tSent\tStatus
Pruitt, Denise\t02/14/1967\tNorthfield Cardiology\tabnormal stress test f/u\t01/06/2025\tno appt yet
Yazzie, Carl\t11/30/1955\tBayview Ortho\tR hip pain, xray attached\t01/08/2025\tpt not answering
Hoang, Minh\t07/07/1982\tMeridian Derm\tchanging mole back\t01/10/2025\twaiting on auth
Levesque, Anne\t05/21/1949\tWestgate BH\tmemory eval\t01/13/2025\twaitlist 8 wks
Osei, Kofi\t09/03/1990\tValley ENT\trecurrent sinusitis\t01/15/2025\tfaxed twice

Thanks! - Bree
""")

add('phi', 'lists', 'Castellano',
    frm='"Night Float" <nightfloat-im@stbrendanrmc.org>',
    to='"IM Day Team B" <im-teamb@stbrendanrmc.org>',
    subj='overnight signout team B',
    body="""Overnight events, team B:

* 508 Castellano - spiked 38.9 at 0200, cultures x2 sent, started vanc/cefepime per sepsis
  pathway, lactate 1.4. BP ok. Needs f/u cx, consider CT abd if still febrile.
* 511 Drummond - pulled IV x2, sitter ordered. Daughter called 0400, updated.
* 514 Whitcomb - INR 4.1, held warfarin, no bleeding. Recheck AM.
* 519 Abernathy-Cole - uneventful, still NPO for EGD today, consent signed.
* 520 Park - new admit 0330, DKA, on insulin gtt, AG 22 -> 18. Endo aware.

Pager was quiet after 5. Good luck.
-- R. Iqbal, PGY2
""")

add('phi', 'lists', 'Whitehorse',
    frm='"Priya Raman" <praman@calloway.edu>',
    to='"Dr. Stephen Yoo" <syoo@riverbendonc.com>',
    subj='LUMEN-2 screening log - Feb',
    body="""Hi Dr. Yoo, February screening log attached for your sign-off. Two screen fails this month.
Whitehorse needs a repeat ECOG assessment before we can randomize - can you see her Thursday?

Priya
""",
    att=[('text', 'LUMEN2_screening_log_Feb2025.csv', 'csv', """Screen_ID,Last_Name,First_Name,MRN,DOB,Consent_Date,Status,Reason
S-041,Whitehorse,Delia,RB0448812,1959-08-14,2025-02-03,Pending,Repeat ECOG needed
S-042,Grant,Oliver,RB0451170,1962-01-29,2025-02-05,Screen fail,ANC 1.1 below threshold
S-043,Lindahl,Per,RB0390255,1948-11-02,2025-02-11,Enrolled,
S-044,Moreno,Graciela,RB0460093,1971-06-19,2025-02-18,Screen fail,Prior anti-PD1 therapy
S-045,Adewale,Tunde,RB0462718,1966-03-07,2025-02-24,Pending,Awaiting brain MRI
""")])

add('phi', 'lists', 'Esposito',
    frm='"Dr. R. Okonkwo" <rokonkwo@meridianderm.net>',
    to='"Dr. Hana Lindqvist" <hlindqvist@meridianderm.net>',
    cc='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    subj='Outside consults - signed out today',
    body="""Hana, Colin - the outside consults from Lakeshore signed out today, summary below. Full
reports in the portal.

  MD25-003401  Esposito, Frank      back, shave          SCC in situ, margins clear
  MD25-003402  Esposito, Frank      R ear, shave         actinic keratosis
  MD25-003415  Ruiz-Delgado, Ines   L cheek, punch       BCC, nodular, deep margin involved
  MD25-003420  Fairbanks, Tom       scalp, shave         seborrheic keratosis

Only the Ruiz-Delgado one needs something further. Mr. Esposito's are both fine.

R. Okonkwo
""")

add('phi', 'lists', 'Acheampong',
    frm='"Aisha Nwosu, CPNP" <anwosu@harmonvalleychildrens.org>',
    to='"County Immunization Outreach" <immunize@franklincountyhealth.gov>',
    subj='kids behind on shots - our list for the school clinic day',
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Donna,</p>
<p>Here are our Westside kids who are behind and whose parents said yes to the school clinic day on the
22nd. Parents have signed the consent forms (I'll bring them).</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dde"><th>Child</th><th>DOB</th><th>School</th><th>Due</th></tr>
<tr><td>Acheampong, Kwabena</td><td>03/12/2019</td><td>Linden Elem</td><td>DTaP #5, IPV #4, MMR #2</td></tr>
<tr><td>Flores, Itzel</td><td>08/30/2018</td><td>Linden Elem</td><td>MMR #2, Varicella #2</td></tr>
<tr><td>Harlan, Wyatt</td><td>01/04/2014</td><td>Eastmoor MS</td><td>Tdap, MenACWY, HPV #1</td></tr>
<tr><td>Said, Amina</td><td>11/15/2013</td><td>Eastmoor MS</td><td>Tdap, MenACWY</td></tr>
</table>
<p>Thanks so much,<br>Aisha</p></body></html>""",
    body="""Hi Donna,

Here are our Westside kids who are behind and whose parents said yes to the school clinic day on the
22nd. Parents have signed the consent forms (I'll bring them).

Acheampong, Kwabena | 03/12/2019 | Linden Elem | DTaP #5, IPV #4, MMR #2
Flores, Itzel       | 08/30/2018 | Linden Elem | MMR #2, Varicella #2
Harlan, Wyatt       | 01/04/2014 | Eastmoor MS | Tdap, MenACWY, HPV #1
Said, Amina         | 11/15/2013 | Eastmoor MS | Tdap, MenACWY

Thanks so much,
Aisha
""")

add('phi', 'lists', 'Bergstrom',
    frm='"Cedar Crest OB/GYN Scheduling" <scheduling@cedarcrestobgyn.com>',
    to='"Dr. Bea Fontaine" <bfontaine@cedarcrestobgyn.com>',
    subj='FW: no-shows last week',
    body="""Dr F - here's last week's no-show list you asked for. Should we discharge #3 per the 3-strike
policy? She's pregnant so I wanted to check first.

1) Bergstrom, Kari - 2/10 annual + pap - 1st no-show
2) Velasquez, Marisol - 2/11 OB 32wk - rescheduled herself same day
3) Dunmore, Kiara - 2/12 OB 16wk - 3rd no-show
4) Pham, Lan - 2/14 IUD check - left voicemail

Thx, Tess
""")
# ============================ PHI: struct ============================
HL7_ORU = ("MSH|^~\\&|SBRMC_LAB|STBRENDAN|LFM_EHR|LAKESHOREFM|20250214083512||ORU^R01|SB25021408351201|P|2.5.1\r"
           "PID|1||SB00918273^^^SBRMC^MR||MAGNUSSON^ERIK^J||19530717|M|||44 ELM CT^^DUBLIN^OH^43017||6147718820\r"
           "PV1|1|O|LAB^^^SBRMC||||1447382910^SOLIS^RENATA^^^^MD\r"
           "ORC|RE|LFM448812|SB25-88213\r"
           "OBR|1|LFM448812|SB25-88213|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20250214071500\r"
           "OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F\r"
           "OBX|2|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.7-1.3|H|||F\r"
           "OBX|3|NM|33914-3^EGFR^LN||36|mL/min/1.73m2|>60|L|||F\r"
           "OBX|4|NM|2823-3^POTASSIUM^LN||5.4|mmol/L|3.5-5.1|H|||F\r")

add('phi', 'struct', 'Magnusson',
    frm='"SBRMC Interface Team" <interfaces@stbrendanrmc.org>',
    to='"Lakeshore FM IT" <it@lakeshorefm.org>',
    subj='Resend ORU - message rejected by your engine 2/14',
    body="""Hi,

Your Mirth channel bounced the attached result this morning with "PID-3 assigning authority not
recognized". It's the same format we've always sent, so I think something changed on your side
after the upgrade. Raw message attached so you can replay it once it's fixed. The ordering
provider (Dr. Solis) will need this one today - creatinine is up.

Thanks,
Gavin Moretti
Integration Engineer, St. Brendan RMC
""",
    att=[('bin', 'SB25021408351201.hl7', 'application/octet-stream', HL7_ORU)])

X12_837 = """ISA*00*          *00*          *ZZ*BAYVIEWORTHO   *ZZ*CLEARHSE01     *250218*1402*^*00501*000000914*0*P*:~
GS*HC*BAYVIEWORTHO*CLEARHSE01*20250218*1402*914*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BV250218A*20250218*1402*CH~
NM1*41*2*BAYVIEW ORTHOPEDIC AND SPINE*****46*BV4471~
NM1*40*2*GREAT LAKES MUTUAL*****46*GLM01~
HL*1**20*1~
NM1*85*2*BAYVIEW ORTHOPEDIC AND SPINE*****XX*1730295518~
N3*2600 LAKEVIEW AVE~
N4*CHICAGO*IL*60614~
REF*EI*364419027~
HL*2*1*22*0~
SBR*P*18*GLM7730021******CI~
NM1*IL*1*OKONJO*EMEKA****MI*GLM228417765~
N3*1412 W CORNELIA AVE APT 3~
N4*CHICAGO*IL*60657~
DMG*D8*19930611*M~
NM1*PR*2*GREAT LAKES MUTUAL*****PI*GLM01~
CLM*BV25-00418*6850***22:B:1*Y*A*Y*Y~
HI*ABK:S83512A~
NM1*82*1*GARZA*SAMUEL****XX*1093847561~
LX*1~
SV1*HC:29888:RT*6850*UN*1***1~
DTP*472*D8*20250121~
SE*23*0001~
GE*1*914~
IEA*1*000000914~"""

add('phi', 'struct', 'Okonjo',
    frm='"Bayview Billing" <billing@bayviewortho.com>',
    to='"Clearinghouse Support" <support@claimbridge-edi.com>',
    subj='Rejected 837P - claim BV25-00418 - 999 says IK3 error on CLM',
    body="""Hello ClaimBridge support,

Our 837P batch 914 came back with a 999 rejection on the only claim in it. Error code was IK3*CLM
with no further detail. Pasted the file below - can you tell us which element you don't like?
We re-sent it twice with no change. The payer is Great Lakes Mutual.

""" + X12_837 + """

Thank you,
Rosa Jimenez
Billing Specialist, Bayview Orthopedic & Spine
773-404-8800 x221
""")

X12_271 = """ISA*00*          *00*          *ZZ*BLUEHARBOR     *ZZ*CEDARCREST     *250303*0915*^*00501*000007712*0*P*:~
GS*HB*BLUEHARBOR*CEDARCREST*20250303*0915*7712*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*CC250303-17*20250303*0915~
HL*1**20*1~
NM1*PR*2*BLUEHARBOR HEALTH PLAN*****PI*BHHP1~
HL*2*1*21*1~
NM1*1P*2*CEDAR CREST OBGYN*****XX*1548832016~
HL*3*2*22*0~
TRN*2*CC250303-17*9CEDARCRST~
NM1*IL*1*ABERNETHY*COURTNEY*L***MI*BHP771209344-02~
DMG*D8*19940227*F~
DTP*346*D8*20250101~
EB*1*IND*30*HM*BLUEHARBOR SELECT~
EB*B*IND*98***27*40~
EB*C*IND*30****23*1500~
EB*G*IND*30****29*212.50~
MSG*MATERNITY GLOBAL REQUIRES NOTIFICATION WITHIN 5 DAYS OF FIRST OB VISIT~
SE*17*0001~
GE*1*7712~
IEA*1*000007712~"""

add('phi', 'struct', 'Abernethy',
    frm='"Tess Hanley" <scheduling@cedarcrestobgyn.com>',
    to='"Dr. Bea Fontaine" <bfontaine@cedarcrestobgyn.com>',
    subj='elig response for new OB - Courtney Abernethy',
    body="""Dr F, eligibility came back for Courtney Abernethy (new OB intake Thursday). She's active, $40
specialist copay, deductible almost met. The payer wants maternity notification within 5 days of
the first OB visit so I'll do that Friday. Raw 271 below in case you want it.

""" + X12_271 + """

Tess
""")

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hv-2291774",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7712.1", "value": "HV-2291774"}],
        "name": [{"family": "Castillo", "given": ["Mateo", "Andres"]}],
        "gender": "male",
        "birthDate": "2016-04-09",
        "telecom": [{"system": "phone", "value": "614-380-7715", "use": "home"}]
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/hv-2291774"},
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "46635009", "display": "Diabetes mellitus type 1"}]},
        "onsetDateTime": "2023-11-02"
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "subject": {"reference": "Patient/hv-2291774"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
        "effectiveDateTime": "2025-01-22",
        "valueQuantity": {"value": 9.4, "unit": "%"}
      }
    }
  ]
}
"""

add('phi', 'struct', 'Castillo',
    frm='"Jordan Pike" <jpike@harmonvalleychildrens.org>',
    to='"Dexcom Clinic Integration" <integrations@glucolinkhealth.com>',
    subj='FHIR bundle failing validation on your endpoint',
    body="""Hi team,

We're testing the pediatric endo referral feed to your endpoint and this bundle is getting a
422 back ("Bundle.entry[1]: missing required element 'clinicalStatus'"). This is a real referral
(not test data) so please don't keep it in your sandbox logs after you look. File attached.

Jordan Pike
Clinical Applications, Harmon Valley Children's
""",
    att=[('bin', 'referral_bundle_2291774.json', 'application/json', FHIR)])

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250305101500-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="WBH-00731" root="2.16.840.1.113883.3.5521"/>
      <addr><streetAddressLine>908 Maple Ridge Dr</streetAddressLine><city>Evanston</city><state>IL</state><postalCode>60201</postalCode></addr>
      <telecom value="tel:+1-847-612-3390"/>
      <patient>
        <name><given>Eleni</given><family>Petrakis</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19410802"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <text><list>
        <item>Donepezil 5 mg PO nightly - started 02/27/2025</item>
        <item>Quetiapine 12.5 mg PO at bedtime PRN agitation</item>
        <item>Lisinopril 10 mg PO daily</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""

add('phi', 'struct', 'Petrakis',
    frm='"Westgate BH Health Info Mgmt" <him@westgatebh.org>',
    to='"Lakeshore FM Records" <records@lakeshorefm.org>',
    subj='CCD per request #R-5521 (med list)',
    body="""Per your records request R-5521, the continuity of care document is below (medication section
only as requested by Dr. Marsh). Please contact HIM at 847-612-4000 with any questions.

""" + CCD + """

Westgate Behavioral Health - Health Information Management
This transmission contains information protected under 42 CFR Part 2 and HIPAA.
""")

add('phi', 'struct', 'Oduya',
    frm='"LabLink Interface Monitor" <lablink-alerts@meridianlabs.com>',
    to='"Lakeshore FM IT" <it@lakeshorefm.org>',
    subj='[LabLink] 3 results unmatched - action required',
    body="""LabLink Interface Monitor - Daily Unmatched Results Report
Run: 2025-04-08 06:00:02  Client: LAKESHORE FAMILY MEDICINE (acct 40771)

The following results could not be matched to an order in your EHR and are held in the queue.
Please match manually within 72 hours or they will be returned to the client service desk.

ACCESSION     PT NAME               DOB         TEST                    ERROR
ML7740219     ODUYA, GRACE          1979-12-03  HCG QUANT               E104 no matching order #
ML7740233     FITZGERALD, SEAN M    1961-05-27  PSA, TOTAL              E211 provider NPI not on file
ML7740301     NGUYEN, THI HOA       1988-02-16  HEPATITIS B SURF AG     E104 no matching order #

Log in to LabLink portal > Queues > Unmatched to resolve.
Do not reply to this message.
""")

add('phi', 'struct', 'Redfeather',
    frm='"Fax Server" <faxserver@northfieldcardio.com>',
    to='"Referrals Inbox" <referrals@northfieldcardio.com>',
    subj='Fax received from 6142279101 (4 pages)',
    body="""You have received a fax.

From: 614-227-9101
Pages: 4
Received: 04/15/2025 11:42 AM
OCR of page 1 follows:

----------------------------------------------------------
LAKESHORE FAMILY MEDICINE          FAX COVER SHEET
1180 Harbor View Rd Suite 2, Columbus OH 43215
Phone 614-227-9100   Fax 614-227-9101

TO: Northfield Cardiology - New Referrals     FAX: 614-380-2219
FROM: Dr. Renata Solis                          DATE: 4/15/25
RE: URGENT referral - Redfeather, Dale   DOB 1/8/1960
Pages incl cover: 4

Pt had near-syncope at home x2 this week, ECG attached shows
new LBBB. Holter ordered. Please see within 1 week if possible.
Pt cell 614-552-9083.

CONFIDENTIAL: This facsimile contains protected health information.
If you received it in error, call 614-227-9100 and destroy all copies.
----------------------------------------------------------
""")

add('phi', 'struct', 'Wojcik',
    frm='"Northfield Cardiology Quality" <quality@northfieldcardio.com>',
    to='"Dr. Aaron Abernathy" <aabernathy@northfieldcardio.com>',
    subj='Device clinic export - remote transmissions not received > 90 days',
    body="""Dr. Abernathy,

Attached is the export from the device clinic system of patients whose remote monitors have not
transmitted in over 90 days. Zipped because our mail gateway strips CSVs. Can your team call them
this month? The first one is ours from the St. Brendan transfer last fall.

Thanks,
Monique
""",
    att=[('zip', 'remote_gap_export_0502.zip', [('remote_gap_export_0502.csv',
"""mrn,last,first,dob,device,implant_date,last_transmission,phone
NC-118204,Wojcik,Stanislaw,1944-03-18,ICD dual chamber,2019-06-11,2025-01-07,312-455-0921
NC-120977,Hollings,Bernice,1938-09-02,PPM dual chamber,2021-02-23,2024-12-19,773-281-6604
NC-131550,Achebe,Ifeoma,1957-07-30,CRT-D,2023-08-08,2025-01-30,708-339-1172
NC-133018,Lund,Gary,1950-12-12,ILR,2024-04-15,2024-11-02,847-920-4418
""")])])
# ============================ PHI: ids ============================
add('phi', 'ids', '',
    frm='"Hollis, Martin MD" <mhollis@stbrendanrmc.org>',
    to='"CT Scheduling" <ct-sched@stbrendanrmc.org>',
    subj='add on',
    body="""MRN 00482913, DOB 7/2/64 - pls add CT chest w/ contrast to Friday's list, any time. Order is in.
thx
MH
""")

add('phi', 'ids', '',
    frm='"Rosa Jimenez" <rjimenez@bayviewortho.com>',
    to='"Provider Relations - Great Lakes Mutual" <provrel@greatlakesmutual.com>',
    subj='Claim 25-041-7730188 denied CO-197 - auth was on file',
    body="""Hello,

Claim 25-041-7730188 (member GLM228417765, DOS 01/21/2025, CPT 29888) was denied CO-197
"precertification absent". Auth PA-2501-44871 was approved on 01/09 and covers the DOS. Copy of
the approval letter is attached to our portal appeal, reference APL-88120.

Please reprocess.

Rosa Jimenez
Bayview Orthopedic & Spine Billing
""")

add('phi', 'ids', '',
    frm='"Dr. Hana Lindqvist" <hlindqvist@meridianderm.net>',
    to='"Prior Auth Desk" <pa@blueharborhealth.com>',
    subj='PA request - member BHP903381276-01 - dupilumab',
    body="""Member ID: BHP903381276-01
DOB: 1999-10-14
Drug: dupilumab 300 mg q2w (loading 600 mg)
Prescriber NPI: 1629083374

Tried and failed: triamcinolone 0.1% oint (12 wks), tacrolimus 0.1% (8 wks), methotrexate 15 mg
weekly (4 months, stopped for LFTs). EASI 28 at last visit. Clinical notes attached to the
fax sent this morning (pages 1-9).

Please call 312-776-0140 with questions.
""")

add('phi', 'ids', '',
    frm='"Patient Financial Services" <pfs@stbrendanrmc.org>',
    to='"Colleen Ferris" <cferris@stbrendanrmc.org>',
    subj='acct 7734221 - payment plan',
    body="""Colleen,

Guarantor on acct 7734221 called back and agreed to $75/mo on the colonoscopy balance ($1,260.00
after insurance). Can you set it up starting 6/1? Auto-pay from the card ending 4417. Note in
account.

- Dev
""")

add('phi', 'ids', '',
    frm='"Referral Coordinator" <refcoord@harmonvalleychildrens.org>',
    to='"Valley ENT Scheduling" <schedule@valleyent.com>',
    subj='RE: ref #HV-R-20250114-07',
    reply=True,
    body="""Yes that's the right kid - HV-2280451, DOB 06/22/2020. Tubes consult, mom prefers afternoons.
Insurance is Ohio Medicaid, member 918773406122.

> -----Original Message-----
> From: Valley ENT Scheduling
> Sent: Wednesday, January 15, 2025 10:03 AM
> Subject: ref #HV-R-20250114-07
> We got a referral with two different MRNs on it. Can you confirm which one is correct?
""")

add('phi', 'ids', '',
    frm='"Dr. Kwame Mensah" <kmensah@stbrendanrmc.org>',
    to='"Pathology Front Desk" <path-desk@stbrendanrmc.org>',
    subj='SP25-1187',
    body="""Any update on SP25-1187 (MRN 01192776)? Frozen was called at 10:20 yesterday, patient is waiting
on the final for discharge planning. Please page 4471 when it's out.
""")

add('phi', 'ids', '',
    frm='"Calloway IRB Coordinator" <irb-coord@calloway.edu>',
    to='"Priya Raman" <praman@calloway.edu>',
    subj='SAE report - subject 014-0027 - missing fields',
    body="""Priya,

The SAE report you submitted for LUMEN-2 subject 014-0027 (event onset 03/02/2025,
hospitalization at St. Brendan, MRN SB01027753) is missing the investigator causality
assessment and the date the site became aware. Please resubmit in eIRB by Friday; the 7-day
window for this one closes on the 9th.

Thanks,
Janelle Ortiz
Calloway University IRB
""")
# ============================ PHI: lang ============================
add('phi', 'lang', 'Quintero',
    frm='"Dra. Marisol Echeverría" <mecheverria@clinicadelvalle.org>',
    to='"Dr. Aaron Abernathy" <aabernathy@northfieldcardio.com>',
    subj='Referencia: Sr. Héctor Quintero - ecocardiograma',
    charset='iso-8859-1',
    body="""Estimado Dr. Abernathy:

Le escribo para referirle al Sr. Héctor Quintero Ramírez, de 66 años (fecha de nacimiento
14/09/1958), paciente de nuestra clínica desde hace diez años. En la última consulta le
encontré un soplo sistólico nuevo y refiere falta de aire al subir escaleras desde hace dos meses.
Le pedimos un ecocardiograma y una valoración por cardiología.

El paciente habla poco inglés; su hija Lorena (teléfono 614-771-2038) lo acompaña y puede
traducir. Toma metformina 850 mg dos veces al día y losartán 50 mg.

Quedo a sus órdenes para cualquier duda.

Atentamente,
Dra. Marisol Echeverría
Clínica del Valle - Medicina Familiar
""")

add('phi', 'lang', 'Pham',
    frm='"Pham Thi Thu" <thupham1972@gmail.com>',
    to='"Lakeshore Family Medicine" <frontdesk@lakeshorefm.org>',
    subj='Hỏi về kết quả xét nghiệm của mẹ tôi',
    body="""Chào phòng khám,

Tôi là Thu, con gái của bà Phạm Thị Lan (sinh ngày 02/05/1950). Tuần trước mẹ tôi đi thử máu ở
phòng khám với bác sĩ Solis. Bác sĩ nói sẽ gọi lại nhưng đến giờ chưa có ai gọi. Mẹ tôi lo lắm
vì đường huyết lần trước cao. Xin cho tôi biết kết quả và mẹ tôi có cần đổi thuốc tiểu đường không.

Số điện thoại của tôi: 614-390-5527. Mẹ tôi không nói được tiếng Anh, xin gọi cho tôi.

Cảm ơn nhiều.
Thu
""")

add('phi', 'lang', 'Chen',
    frm='"陈丽华" <lihua.chen.1961@163.com>',
    to='"Riverbend Oncology" <info@riverbendonc.com>',
    subj='关于我丈夫的化疗预约',
    body="""您好，

我是陈丽华，我丈夫叫陈国强（Guoqiang Chen，出生日期1959年3月22日），在你们医院由Yoo医生治疗肺癌。
他下周二（3月11日）有第四次化疗，但是上周验血白细胞很低，他这几天一直发烧，37.9度。
请问化疗还照常进行吗？需要先来抽血吗？

我的电话：312-668-0915（我说中文，女儿Amy说英文，电话 312-668-0944）。

谢谢！
陈丽华
""")

add('phi', 'lang', 'Jean-Baptiste',
    frm='"Roseline Jean-Baptiste" <roselinejb@hotmail.com>',
    to='"Cedar Crest OB/GYN" <office@cedarcrestobgyn.com>',
    subj='Randevou pitit fi m nan',
    body="""Bonjou,

Mwen se manman Natacha Jean-Baptiste, li gen 17 an. Li ansent 12 semèn epi li gen randevou ak
Dr Fontaine jedi 20 mas. Depi yè li vomi anpil, li pa ka kenbe dlo menm. Èske nou ka vini pi
bonè oswa nou dwe ale nan ijans?

Natacha pa gen telefòn, rele m nan 617-590-3348.

Mèsi anpil,
Roseline
""")

add('phi', 'lang', 'Tavares',
    frm='"Dr. Joaquim Tavares" <jtavares@hospitalsantamarta.pt>',
    to='"Dr. Sam Garza" <sgarza@bayviewortho.com>',
    subj='Segunda opinião - Sra. Fernanda Tavares Lopes (coluna lombar)',
    charset='windows-1252',
    body="""Caro Dr. Garza,

Obrigado por aceitar dar uma segunda opinião. A doente é a Sra. Fernanda Tavares Lopes, 52 anos
(nascida a 03/07/1972), minha prima, que está agora a viver em Chicago. Tem hérnia discal L4-L5
com ciática à esquerda há 8 meses, sem melhoria com fisioterapia e duas infiltrações. Aqui
em Lisboa foi proposta discectomia, mas ela prefere ouvir a sua opinião antes de decidir.

Envio em anexo o relatório da RM de novembro (em português, peço desculpa). O telemóvel dela
nos EUA é 312-405-7719.

Com os melhores cumprimentos,
Joaquim Tavares
Ortopedia, Hospital de Santa Marta
""",
    att=[('text', 'RM_lombar_FTavaresLopes.txt', 'plain', """HOSPITAL DE SANTA MARTA - SERVIÇO DE IMAGIOLOGIA
Doente: Fernanda Tavares Lopes   N.º processo: 2281904   Data: 18/11/2024
RM da coluna lombar sem contraste
Conclusão: Hérnia discal póstero-lateral esquerda L4-L5 com compressão da raiz L5 esquerda.
Discopatia degenerativa L5-S1 sem conflito radicular.
""")])

add('phi', 'lang', 'Volkov',
    frm='"Ирина Волкова" <irina.volkova77@mail.ru>',
    to='"Westgate Behavioral Health" <intake@westgatebh.org>',
    subj='Запись для мужа к психиатру',
    body="""Здравствуйте,

Я пишу по поводу моего мужа, Дмитрия Волкова (Dmitri Volkov), дата рождения 11.01.1975.
Его направил доктор Марш из Lakeshore Family Medicine. Последние два месяца он почти не спит,
много пьёт и говорит, что "всем будет лучше без него". Он согласился пойти к врачу, но только
если врач говорит по-русски или будет переводчик.

Есть ли у вас свободное время на этой неделе? Мой телефон 847-223-6081.

Спасибо,
Ирина Волкова
""")

add('phi', 'lang', 'Dizon',
    frm='"Joy Dizon-Reyes RN" <jdizonreyes@stbrendanrmc.org>',
    to='"Marites Dizon" <marites.dizon@yahoo.com>',
    subj='Re: si Tatay',
    reply=True,
    body="""Ate,

Nakausap ko na si Dr. Varga kanina. Tatay's troponin went down na, so hindi na daw kailangan ng
cath bukas. Pero gusto nila i-observe pa ng isang araw dahil sa BP niya. Sabi ko sa kanila na
ikaw ang tatawagan pag may changes, 708-441-9025 pa rin ba number mo?

Bawal pa rin siya ng maalat, pakisabi kay Tito Ramon wag na magdala ng daing ha.

Joy

> On Sun, Apr 6, 2025, Marites Dizon wrote:
> Joy kumusta si Tatay (Rodolfo Dizon, 5W room 508)? Hindi ako makapunta today, may pasok ako.
""")
# ============================ CLEAN: staff ============================
add('clean', 'staff', '',
    frm='"Dr. Nikhil Bose" <nbose@northfieldcardio.com>',
    to='"Dr. Hannah Price" <hprice@northfieldcardio.com>',
    subj='swap 4/12 call?',
    body="""Hannah - any chance you'd take my Saturday 4/12 call? My sister's wedding got moved. I can take
your 4/26 + the Sunday after if that helps. Already checked with Dr. Abernathy, he's fine with it
as long as we update Amion ourselves.

Nik
""")

add('clean', 'staff', '',
    frm='"Dr. Kwame Mensah" <kmensah@stbrendanrmc.org>',
    to='"IM Residents" <im-residents@stbrendanrmc.org>',
    cc='"Sophie Baird" <sbaird@calloway.edu>',
    subj='Journal club Thursday - case + article',
    body="""Hi all,

Thursday's journal club (12:15, Conf Room C, lunch provided by the department, not pharma this
time) is on anticoagulation in older adults at high fall risk.

Case to frame the discussion (details changed):
An 84-year-old woman with atrial fibrillation, CHA2DS2-VASc 5, living alone, with two falls in
the past year and no fractures. She is currently on no anticoagulation. Her family is divided
about starting it.

Article: the 2024 meta-analysis on DOACs in frail older adults (PDF on the shared drive under
JournalClub/2025-03). Sophie (MS3) will present the methods; Derek will lead the critique.

Kwame
""")

add('clean', 'staff', '',
    frm='"Derek Ng" <dng3@stbrendanrmc.org>',
    to='"Dr. Martin Hollis" <mhollis@stbrendanrmc.org>',
    subj='board prep resources?',
    body="""Dr Hollis,

You mentioned on rounds you had a list of question banks you liked for boards - would you mind
sending it? I'm trying to decide between MKSAP and the other one before my CME money resets in
July. Also if you have any old ACP slide decks on cardio I'd love them.

Thanks,
Derek
""")

add('clean', 'staff', '',
    frm='"Tumor Board Coordinator" <tb-coord@calloway.edu>',
    to='"GI Tumor Board" <gi-tumorboard@calloway.edu>',
    subj='GI TB moves to Room 2A starting next week',
    body="""All,

Starting next Tuesday, GI tumor board moves from 3B to Room 2A (2nd floor, past the
elevators) because of the AV upgrade. Same time, 7:00 AM. Teams link is unchanged.

Reminder that case submissions close Friday at noon. Late additions need the chair's OK.

Thanks,
Mara Ellison
Multidisciplinary Conference Coordinator
""")

add('clean', 'staff', '',
    frm='"Dr. Lena Bjorn" <lbjorn@calloway.edu>',
    to='"Radiology - Body Section" <rad-body@calloway.edu>',
    subj='thank you!!',
    html="""<div style="font-family:Segoe UI;font-size:11pt">
<p>Team,</p>
<p>Just wanted to say thank you for holding down the fort over the holidays. We read <b>1,912</b>
studies between Dec 23 and Jan 2 with two people out sick, and our turnaround for ED CTs stayed
under 45 minutes. That's amazing.</p>
<p>Bagels are in the reading room Friday. &#129391;</p>
<p>Lena</p></div>""",
    body="""Team,

Just wanted to say thank you for holding down the fort over the holidays. We read 1,912 studies
between Dec 23 and Jan 2 with two people out sick, and our turnaround for ED CTs stayed under
45 minutes. That's amazing.

Bagels are in the reading room Friday.

Lena
""")

add('clean', 'staff', '',
    frm='"Bree Sandoval" <frontdesk@lakeshorefm.org>',
    to='"Lakeshore FM Providers" <providers@lakeshorefm.org>',
    subj='referral backlog - where we are',
    body="""Hi everyone,

Quick status on outside referrals since the fax machine died:
- 63 referrals sent in March, 41 have an appointment date
- 14 waiting on prior auth (mostly derm and ortho MRI)
- 8 we can't reach the patient

Cardiology is the fastest (avg 9 days to appt), behavioral health is the slowest (avg 47 days).
New fax machine comes Tuesday. Until then please don't print referrals to the back printer,
it's going to the old queue.

Bree
""")

add('clean', 'staff', '',
    frm='"Dr. Renata Solis" <rsolis@lakeshorefm.org>',
    to='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    cc='"Bree Sandoval" <frontdesk@lakeshorefm.org>',
    subj='can you cover my afternoon?',
    body="""Colin, daycare just called - they're closing at noon for a burst pipe and I have no backup.
My PM has 9 on it, mostly follow-ups and
two physicals. Bree can move the physicals. Could you take the follow-ups or have the NP see
them? Nothing urgent that I know of. I'll do my inbox from home.

Sorry!
R
""")

# ============================ CLEAN: admin ============================
add('clean', 'admin', '',
    frm='"Northfield Cardiology Referral Office" <referrals@northfieldcardio.com>',
    to='"Referring Providers" <referring-providers@northfieldcardio.com>',
    subj='IMPORTANT: New referral process effective May 1',
    html="""<html><body style="font-family:Georgia,serif;font-size:11pt;color:#222">
<h3 style="color:#8B0000">Changes to how you send referrals to Northfield Cardiology</h3>
<p>Dear referring colleagues,</p>
<p>Beginning <b>May 1, 2025</b>, Northfield Cardiology will accept new referrals through our e-referral
portal or via Direct messaging only. Our referral fax line (614-380-2219) will be retired on
<b>May 30</b>.</p>
<ul>
<li>Portal: https://refer.northfieldcardio.com (request an account from your practice manager)</li>
<li>Direct address: referrals@direct.northfieldcardio.com</li>
<li>Urgent (seen within 72 h): call the physician line at 614-380-2200</li>
</ul>
<p>Please include the most recent ECG, medication list and the clinical question. Referrals without
a clinical question will be returned.</p>
<p>Thank you for trusting us with your patients.<br>Dr. Aaron Abernathy, Medical Director</p>
</body></html>""",
    body="""Changes to how you send referrals to Northfield Cardiology

Dear referring colleagues,

Beginning May 1, 2025, Northfield Cardiology will accept new referrals through our e-referral
portal or via Direct messaging only. Our referral fax line (614-380-2219) will be retired on May 30.

- Portal: https://refer.northfieldcardio.com (request an account from your practice manager)
- Direct address: referrals@direct.northfieldcardio.com
- Urgent (seen within 72 h): call the physician line at 614-380-2200

Please include the most recent ECG, medication list and the clinical question. Referrals without
a clinical question will be returned.

Thank you for trusting us with your patients.
Dr. Aaron Abernathy, Medical Director
""")

add('clean', 'admin', '',
    frm='"Calloway CME Office" <cme@calloway.edu>',
    to='"Dr. Colin Marsh" <cmarsh@lakeshorefm.org>',
    subj='Your CME certificate - Primary Care Oncology Update 2025',
    body="""Dear Dr. Marsh,

Thank you for attending Primary Care Oncology Update 2025 (March 7-8). Your evaluation has been
received and your certificate for 11.5 AMA PRA Category 1 Credits(TM) is available at
https://cme.calloway.edu/transcript.

If your state board requires a copy of the pain management/opioid hours, those sessions
(2.0 credits) are listed separately on the certificate.

Calloway University Office of Continuing Medical Education
""")

add('clean', 'admin', '',
    frm='"Midwest Oncology Nursing Conference" <info@mwoncnursing.org>',
    to='"Meghan Tully" <mtully@riverbendonc.com>',
    subj='Hotel block closes Friday + poster dimensions',
    body="""Hi Meghan,

Thanks for registering for MWONC 2025 in Milwaukee (June 12-14). A few reminders:

* Hotel block at the Pfister closes this Friday, rate $189/night. Code MWONC25.
* Posters: 48" x 36" landscape max. Boards and pushpins are provided.
* Poster setup Thursday 7-9 AM in Ballroom B; remove by 4 PM Saturday.
* Parking is $32/day at the hotel, cheaper at the Cathedral Square garage.

See you in Milwaukee!
MWONC Planning Committee
""")

add('clean', 'admin', '',
    frm='"SBRMC IT Service Desk" <servicedesk@stbrendanrmc.org>',
    to='"All Clinical Staff" <allclinical@stbrendanrmc.org>',
    subj='Planned EHR downtime Sunday 02:00-05:30',
    body="""PLANNED DOWNTIME

What: EHR upgrade (version 2025.1)
When: Sunday, March 16, 02:00 - 05:30
Impact: EHR, lab results viewer and PACS integration unavailable. Read-only BCA (downtime)
workstations will be available on every unit - look for the red sticker.

During downtime:
- Use paper downtime order sets (in the blue binders)
- Lab will call critical results to the unit
- Barcode med administration unavailable - use the downtime MAR printed at 01:30

Questions: ext 5000.
""")

add('clean', 'admin', '',
    frm='"Medical Staff Office" <medstaff@stbrendanrmc.org>',
    to='"Dr. Elena Varga" <evarga@stbrendanrmc.org>',
    subj='Reappointment packet due 4/30',
    body="""Dr. Varga,

Your medical staff reappointment is due. Please complete the attached packet by April 30.
We still need:
 - copy of current DEA registration (yours on file expires 5/31/2025)
 - current Ohio license verification (we'll pull this)
 - 2 peer references from hospitalist colleagues
 - Employee Health compliance attestation (Employee Health sends this directly)

Thank you,
Dana Whitley, CPCS
Medical Staff Services
""")

add('clean', 'admin', '',
    frm='"Cardiology Scheduling" <sched@northfieldcardio.com>',
    to='"Northfield Cardiology - All" <all@northfieldcardio.com>',
    subj='April call schedule (final)',
    body="""April call schedule - final. Please swap directly and update Amion.

Date       Day  Gen Cards     EP           Interventional  Fellow
04/01      Tue  Abernathy     Koh          Salazar         Bose
04/02      Wed  Price         Koh          Salazar         Ruiz
04/03      Thu  Okafor        Brandt       Tan             Bose
04/04      Fri  Abernathy     Brandt       Tan             Ruiz
04/05-06   Wknd Price         Koh          Salazar         Bose
04/07      Mon  Okafor        Brandt       Tan             Ruiz
...
04/12      Sat  Price*        Koh          Tan             Ruiz
* swapped with Bose

Hospital operator: 614-380-2000. Transfer center for outside calls: 312-977-4000.
""")

add('clean', 'admin', '',
    frm='"BlueHarbor Provider Network" <provider-news@blueharborhealth.com>',
    to='"Cedar Crest OB/GYN" <office@cedarcrestobgyn.com>',
    subj='Provider Bulletin: prior authorization changes for advanced imaging, July 1',
    body="""BlueHarbor Health Plan - Provider Bulletin 2025-06

Effective July 1, 2025, the following services will no longer require prior authorization for
BlueHarbor Select and PPO members when ordered by an in-network provider:
  - Pelvic ultrasound (CPT 76856, 76857)
  - Transvaginal ultrasound (CPT 76830)
  - Obstetric ultrasound, first and second trimester

Prior authorization will now be REQUIRED for:
  - Fetal MRI (CPT 74712, 74713)
  - Genetic carrier screening panels > 10 genes

Maternity notification requirements are unchanged. Questions: Provider Services 1-800-448-2100.
""")
# ============================ CLEAN: lookalike ============================
add('clean', 'lookalike', '',
    frm='"HealthMart Rewards" <rewards@healthmart-rewards.com>',
    to='"Paul Adeyemi" <padeyemi72@gmail.com>',
    subj='Paul, you have 2,450 points - 3 days left to redeem!',
    html="""<html><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="background:#c8102e;color:#fff;padding:16px;font-size:22px">HealthMart Rewards</td></tr>
<tr><td style="padding:18px">
<p>Hi Paul,</p>
<p>You have <b>2,450 points</b> ($12.25 in Rewards Cash). Your points expire on <b>March 31</b>.</p>
<p>This week only: <b>5x points</b> on vitamins, sunscreen and first-aid, plus $5 off any
$25 purchase of cold &amp; flu products.</p>
<p><a href="https://www.healthmart-rewards.com/redeem?m=88127461">Redeem now</a></p>
<p style="font-size:10px;color:#777">Member #88127461. Points cannot be earned on prescriptions
where prohibited by law. Unsubscribe | Privacy</p>
</td></tr></table></body></html>""",
    body="""Hi Paul,

You have 2,450 points ($12.25 in Rewards Cash). Your points expire on March 31.

This week only: 5x points on vitamins, sunscreen and first-aid, plus $5 off any $25 purchase of
cold & flu products.

Redeem now: https://www.healthmart-rewards.com/redeem?m=88127461

Member #88127461. Points cannot be earned on prescriptions where prohibited by law.
""")

add('clean', 'lookalike', '',
    frm='"Maple Grove Animal Hospital" <frontdesk@maplegrovevet.com>',
    to='"Hana Lindqvist" <hana.lindqvist@gmail.com>',
    subj="Biscuit's dental cleaning - pre-op instructions",
    body="""Hi Hana,

Biscuit is scheduled for his dental cleaning and two extractions on Tuesday, April 8, drop-off
between 7:30 and 8:00 AM.

- No food after 10 PM Monday. Water is OK.
- Give his morning gabapentin as usual with a tiny bit of wet food.
- His pre-anesthetic bloodwork from last week looked good, kidneys normal for a 12-year-old
  beagle.

Pick-up is usually around 4. Estimate attached: $684.00 - $812.00.

Maple Grove Animal Hospital
(614) 889-3030
""")

add('clean', 'lookalike', '',
    frm='"Keystone Auto Insurance Claims" <claims@keystoneautoins.com>',
    to='"Derek Ng" <derek.ng.md@gmail.com>',
    subj='Claim KA-2025-0331-4419: appraisal scheduled',
    body="""Dear Derek Ng,

Thank you for reporting your claim. Details:

Claim number: KA-2025-0331-4419
Date of loss: 03/29/2025
Vehicle: 2019 Honda Civic, VIN ending 4471
Type: Collision - rear bumper, trunk lid

A field appraiser will inspect the vehicle on Thursday, April 3 between 1 and 3 PM at
St. Brendan Regional Medical Center staff garage, level 3 (per your request).

Your collision deductible is $500. Rental coverage is available up to $40/day for 14 days.

Keystone Auto Insurance - Claims Department
""")

add('clean', 'lookalike', '',
    frm='"IronWorks Fitness" <members@ironworksfit.com>',
    to='"Meghan Tully" <meghan.tully@icloud.com>',
    subj='Your membership freeze is confirmed',
    body="""Hi Meghan,

Your membership freeze is confirmed from April 1 to May 31. No monthly dues will be charged
during the freeze. Your Tuesday 6 AM bootcamp spot will be held for you.

Want to come back early? Just reply or stop by the front desk.

Stay strong,
IronWorks Fitness - Grandview
""")

add('clean', 'lookalike', '',
    frm='"Harborline Bank HSA" <hsa@harborlinebank.com>',
    to='"Colin Marsh" <colin.marsh@outlook.com>',
    subj='2025 HSA contribution limits and your investment options',
    body="""Dear Colin,

The IRS has announced 2025 HSA contribution limits: $4,300 for self-only coverage and $8,550
for family coverage, plus a $1,000 catch-up if you are 55 or older.

Your current year-to-date contributions: $2,100.00
Invested balance: $18,422.61  |  Cash balance: $2,000.00

Did you know? Once your cash balance exceeds $2,000 you can invest the rest in our fund lineup.
Log in to Harborline Online Banking to change your elections.

Harborline Bank, Member FDIC. HSAs are not FDIC insured when invested.
""")

add('clean', 'lookalike', '',
    frm='"Riverbend Cancer Foundation" <giving@riverbendfoundation.org>',
    to='"Gerald Hendricks" <ghendricks@hendricksbuilders.com>',
    subj='Thank you for your gift - tax receipt enclosed',
    body="""Dear Mr. Hendricks,

On behalf of the Riverbend Cancer Foundation, thank you for your generous gift of $5,000.00
received on February 20, 2025, designated to the Patient Transportation Fund.

Last year the fund provided 3,118 free rides to treatment for people across four counties.

No goods or services were provided in exchange for this contribution.
Tax ID 31-1447820.

With gratitude,
Elaine Porter
Executive Director
""")

add('clean', 'lookalike', '',
    frm='"Sonoran Physician Search" <jwhitman@sonoranphysiciansearch.com>',
    to='"Dr. Stephen Yoo" <syoo@riverbendonc.com>',
    subj='Medical oncology opportunity - Tucson - $585K + sign-on',
    body="""Dr. Yoo,

I hope I'm not intruding. I'm working with a physician-owned oncology group in Tucson that is
adding a fourth medical oncologist. Highlights:

- 4-day clinic week, 1:4 call (phone only)
- In-house infusion, radiation and a clinical trials office (8 open studies)
- $585K base + wRVU bonus, $50K sign-on, partnership track at 2 years

If you or a colleague might be interested I'd be happy to set up a confidential call.

Jim Whitman
Sonoran Physician Search
520-404-1183
""")

# ============================ CLEAN: news ============================
add('clean', 'news', '',
    frm='"Franklin County Public Health" <epi-bulletin@franklincountyhealth.gov>',
    to='"Healthcare Partners" <partners@franklincountyhealth.gov>',
    subj='Respiratory Virus Bulletin - Week 6, 2025',
    body="""FRANKLIN COUNTY RESPIRATORY VIRUS BULLETIN - MMWR Week 6 (Feb 2-8, 2025)

Influenza: HIGH and increasing. 412 lab-confirmed cases this week (previous week 338).
  Influenza A (H1N1) predominates. 61 hospitalizations, 3 deaths (all age 65+).
RSV: MODERATE, declining. 88 cases. Pediatric ED visits for RSV down 18%.
COVID-19: LOW. Wastewater levels stable.

Recommendations:
 - Offer influenza vaccine at every visit; supply is adequate.
 - Consider early antivirals for hospitalized and high-risk outpatients without waiting for testing.
 - Report influenza-associated pediatric deaths within 24 hours.

Full dashboard: https://franklincountyhealth.gov/respiratory
""")

add('clean', 'news', '',
    frm='"JCOP eTOC" <etoc@jcop-journal.org>',
    to='"Dr. Theo Lim" <tlim@riverbendonc.com>',
    subj='Journal of Community Oncology Practice - April issue',
    body="""JOURNAL OF COMMUNITY ONCOLOGY PRACTICE - Vol 21, Issue 4

ORIGINAL RESEARCH
- Time to treatment for pancreatic adenocarcinoma in rural vs urban referral networks (n=4,210)
- Oral chemotherapy adherence after pharmacist-led telephone follow-up: a cluster RCT
- Financial toxicity screening in community practices: implementation over 3 years

CASE SERIES
- Immune-related myocarditis in 11 patients treated at community sites

COMMENTARY
- Why tumor boards need the primary care physician in the room

Read online: https://jcop-journal.org/current
You are receiving this because you subscribed to eTOC alerts.
""")

add('clean', 'news', '',
    frm='"St. Brendan Communications" <news@stbrendanrmc.org>',
    to='"All Staff" <allstaff@stbrendanrmc.org>',
    subj='St. Brendan This Week: new cancer pavilion opens, Magnet redesignation, parking',
    html="""<html><body style="font-family:Verdana;font-size:10pt">
<h2 style="color:#004b87">St. Brendan This Week</h2>
<h4>Kessler Cancer Pavilion opens May 19</h4>
<p>The 4-story pavilion brings infusion (42 chairs), radiation oncology and the breast center under one roof.
Ribbon cutting is May 16 at 10 AM; staff tours every afternoon that week.</p>
<h4>Magnet redesignation</h4>
<p>Congratulations to our nurses! St. Brendan has been redesignated a Magnet hospital for the fourth time.</p>
<h4>Parking</h4>
<p>Garage C level 2 closes for resurfacing April 28 - May 9.</p>
</body></html>""",
    body="""St. Brendan This Week

Kessler Cancer Pavilion opens May 19
The 4-story pavilion brings infusion (42 chairs), radiation oncology and the breast center under
one roof. Ribbon cutting is May 16 at 10 AM; staff tours every afternoon that week.

Magnet redesignation
Congratulations to our nurses! St. Brendan has been redesignated a Magnet hospital for the fourth time.

Parking
Garage C level 2 closes for resurfacing April 28 - May 9.
""")

add('clean', 'news', '',
    frm='"Dr. Aaron Abernathy" <aabernathy@northfieldcardio.com>',
    to='"Northfield Cardiology - All" <all@northfieldcardio.com>',
    subj='FW: FDA safety communication - hmm, worth a read',
    body="""FYI for those of you who do the device clinic. Doesn't affect any of our implants as far as I
can tell but check your lists.

-A

---------- Forwarded message ---------
From: FDA MedWatch <medwatch-list@fdalists.example.gov>
Date: Tue, Mar 18, 2025
Subject: MedWatch: Class I recall - certain implantable cardiac leads

The FDA is notifying health care providers that the manufacturer has recalled specific lots of
a bipolar pacing lead because of reports of insulation breach that may cause loss of capture.
The manufacturer has received 27 complaints, including 2 serious injuries, worldwide.
Recommendations: do not implant affected lots; for implanted leads, no prophylactic replacement
is recommended; review remote monitoring data for abnormal impedance.
""")

add('clean', 'news', '',
    frm='"Quality & Patient Safety" <quality@stbrendanrmc.org>',
    to='"Medical Staff" <medstaff-all@stbrendanrmc.org>',
    subj='Q1 2025 quality dashboard',
    body="""Q1 2025 Quality Dashboard - Medical Staff Summary

Measure                              Q4 2024   Q1 2025   Target
30-day readmission, heart failure     21.4%     18.9%    < 20%
30-day readmission, all-cause         13.8%     14.1%    < 13%
CLABSI (per 1,000 line days)           0.9       0.6     < 0.8
CAUTI (per 1,000 catheter days)        1.1       1.3     < 1.0
Sepsis bundle compliance (SEP-1)       68%       74%     > 75%
Falls with injury (per 1,000 pt days)  0.42      0.38    < 0.40
Median ED door-to-doc (min)            27        31      < 30

Great work on HF readmissions. CAUTI is up - 5 West and 6A are piloting nurse-driven removal.
""")

add('clean', 'news', '',
    frm='"Ohio Health Newswire" <newsletter@ohiohealthnewswire.com>',
    to='"Dr. Renata Solis" <rsolis@lakeshorefm.org>',
    subj='Measles cases climb to 14 in central Ohio; health officials urge MMR checks',
    body="""OHIO HEALTH NEWSWIRE - Daily Brief

Measles cases climb to 14 in central Ohio
COLUMBUS - Franklin County Public Health confirmed two more measles cases on Monday, bringing the
outbreak total to 14. Eleven of the cases are in children under 10 who had not received the MMR
vaccine. Possible exposure sites include a grocery store on the east side and a pediatric
urgent care on March 3. Officials urge parents to check vaccination records and say clinics
should call ahead before sending suspected cases to the ED.

Also today: Statehouse committee advances bill on pharmacy benefit managers; Ohio ranks 31st in
new national primary care access report.
""")
# ============================ CLEAN: training ============================
add('clean', 'training', '',
    frm='"Compliance Office" <compliance@stbrendanrmc.org>',
    to='"All Workforce" <allworkforce@stbrendanrmc.org>',
    subj='Annual privacy training due 6/30 - quiz preview',
    cte='quoted-printable',
    body="""Annual HIPAA Privacy & Security training is due June 30. The module takes about 25 minutes.

Preview - one of the scenarios in this year's quiz:

  "You are in the elevator and hear two residents discussing 'Jane Doe in 4B, the one with the
   overdose.' A visitor is standing behind them. What should you do?"
   a) Nothing - they didn't use her real name
   b) Politely remind them that patient details shouldn't be discussed in public areas
   c) Report them to the Privacy Officer immediately
   d) Ask the visitor whether they know the patient

(Answer: b. Then report only if it keeps happening.)

All names in the training are fictitious. Log in through the Learning Center -> My Assignments.
""")

add('clean', 'training', '',
    frm='"EHR Training Team" <ehr-training@harmonvalleychildrens.org>',
    to='"New Hire Cohort - April" <newhire-apr@harmonvalleychildrens.org>',
    subj='Playground login + practice patients for Thursday class',
    body="""Welcome! For Thursday's ambulatory EHR class you'll use the PLAYGROUND (training) environment,
not production.

Login: your network ID + the temporary password Tr@in2025!  (you'll be forced to change it)

Practice patients (exist only in PLAYGROUND):
  ZZTEST, PEDSONE     MRN TRN000101   DOB 01/01/2019   - well-child visit
  ZZTEST, PEDSTWO     MRN TRN000102   DOB 01/01/2012   - asthma follow-up
  ZZTEST, NEWBORN     MRN TRN000103   DOB 01/01/2025   - weight check

Exercise: place a referral to Valley ENT for ZZTEST, PEDSONE and route it to the referral pool.
Please do NOT search for real patients in PLAYGROUND - it's refreshed from a de-identified copy.

See you at 8:30 in Education Center room 4.
""")

HL7_SPEC = ("MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20250101120000||ADT^A04|MSG00001|T|2.5.1\r"
            "EVN|A04|20250101120000\r"
            "PID|1||TEST123456^^^SENDFAC^MR||TESTPATIENT^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000\r"
            "PV1|1|O|CLINIC1^^^SENDFAC\r")

add('clean', 'training', '',
    frm='"Gavin Moretti" <gmoretti@stbrendanrmc.org>',
    to='"Jordan Pike" <jpike@harmonvalleychildrens.org>',
    subj='Interface spec v3 + sample ADT for your testing',
    body="""Jordan,

Attached is v3 of the ADT interface spec and a sample A04 built from our test system. All
demographics are the standard dummy values (TESTPATIENT^JOHN, DOB 1900-01-01), processing ID
is T so your engine should route it to test. Main changes from v2:

- PID-3 now carries assigning authority SENDFAC (was blank)
- PV1-3 uses the new location codes (table in section 4.2)
- We'll stop sending ZPD segments after go-live

Let me know when you're ready for a connectivity test.

Gavin
""",
    att=[('bin', 'sample_A04_TEST.hl7', 'application/octet-stream', HL7_SPEC),
         ('text', 'ADT_spec_v3_changes.txt', 'plain', """ADT Interface Specification v3 - change summary
4.1 PID-3 Patient identifier list: CX, repeats; component 4 = SENDFAC
4.2 PV1-3 location: CLINIC1..CLINIC9, ED, OBS
4.3 ZPD deprecated
""")])

add('clean', 'training', '',
    frm='"Coding Education" <coding-ed@bayviewortho.com>',
    to='"Billing Team" <billing-team@bayviewortho.com>',
    subj='Friday coding challenge #12',
    body="""Happy Friday! This week's coding challenge (winner gets the good parking spot for a week):

A 45-year-old patient undergoes arthroscopic partial medial meniscectomy of the right knee.
During the same session the surgeon performs chondroplasty in the lateral compartment.

1. Which CPT code(s) do you report?
2. Do you need a modifier? Which one?
3. What ICD-10-CM code would you use for a current bucket-handle tear, initial encounter?

Reply to me only - no reply-all please! Answers Monday.

- Nadine, CPC
""")

add('clean', 'training', '',
    frm='"Simulation Center" <simcenter@calloway.edu>',
    to='"OB/GYN Residents" <obgyn-residents@calloway.edu>',
    cc='"Dr. Bea Fontaine" <bfontaine@cedarcrestobgyn.com>',
    subj='Sim day 4/24: shoulder dystocia + PPH scenario brief',
    body="""Residents,

Sim day is Thursday 4/24, 1-5 PM, Sim Lab B. Dr. Fontaine (Cedar Crest) is our guest faculty.

Scenario 1 - "Ms. Rivera" (Noelle birthing simulator): 31 y/o G3P2 at 40+2 weeks, second stage
3 hours, turtle sign after delivery of the head. Team: 2 residents, 1 L&D nurse, 1 anesthesia.

Scenario 2 - Postpartum hemorrhage, estimated blood loss 1,500 mL at 20 minutes. Focus on the
massive transfusion protocol and closed-loop communication.

Pre-reading: ACOG Practice Bulletin on shoulder dystocia and the PPH bundle on the shared drive.
Scenarios are fictional; please don't discuss the details with the PGY1s who go next month.

Sim Center
""")

add('clean', 'training', '',
    frm='"Dr. Martin Hollis" <mhollis@stbrendanrmc.org>',
    to='"IM Residents" <im-residents@stbrendanrmc.org>',
    subj='FW: board review question of the week',
    body="""Answer from last week was C. Here's this week's - forwarded from the program's question bank.
Discuss at Wednesday noon conference.

MH
""",
    att=[('eml', dict(
        frm='"IM Board Review" <boardreview@acp-qbank.example.org>',
        to='"Program Directors" <pd-list@acp-qbank.example.org>',
        subj='Question of the week #37',
        date='Mon, 10 Mar 2025 06:00:00 -0500',
        body="""Question of the Week #37

A 67-year-old man is evaluated for fatigue. He has a history of hypertension treated with
hydrochlorothiazide. Laboratory studies show sodium 126 mEq/L, serum osmolality 262 mOsm/kg,
urine osmolality 410 mOsm/kg, urine sodium 48 mEq/L. He appears euvolemic.

Which of the following is the most appropriate next step in management?
A. Begin 3% saline
B. Begin tolvaptan
C. Discontinue hydrochlorothiazide
D. Restrict free water to 2 L/day

(Answer and critique next week.)
"""))])

# ============================ write ============================
def main():
    counters = {}
    rows = []
    for i, (label, kind, pname, kw) in enumerate(MSGS):
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (label, kind, counters[key])
        msg = build(i, kw)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fn, label, '%s-%s' % (label, kind), pname))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
