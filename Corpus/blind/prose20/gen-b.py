#!/usr/bin/env python3
"""Blind eval set: ambulance service + critical-access hospital in a farming county.
All messages below are hand-written literal text. Standard library only; deterministic."""
import os, csv, io, random, base64, quopri, zipfile, datetime, sys
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

random.seed(2021)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []

def d(s, tz=-6):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return format_datetime(dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def hval(v):
    if isinstance(v, tuple):
        name, addr = v
        try:
            name.encode('ascii'); return formataddr((name, addr))
        except UnicodeEncodeError:
            return formataddr((name, addr), charset='utf-8')
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def leaf(text, subtype='plain', charset='utf-8', cte=None, filename=None, ctype=None):
    m = Message()
    if isinstance(text, bytes):
        raw = text
    else:
        raw = text.encode(charset)
    if ctype:
        m['Content-Type'] = ctype
    else:
        m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
    if cte is None:
        try:
            raw.decode('ascii'); cte = '7bit'
        except UnicodeDecodeError:
            cte = 'quoted-printable'
    m['Content-Transfer-Encoding'] = cte
    if filename:
        m['Content-Disposition'] = 'attachment; filename="%s"' % filename
    if cte == 'base64':
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        m.set_payload(raw.decode('ascii'))
    return m

def boundary():
    return '----=_NextPart_%03d_%04X_%08X.%08X' % (random.randint(0, 999), random.randint(0, 0xFFFF),
                                                     random.getrandbits(32), random.getrandbits(32))

def multipart(sub, parts):
    m = Message()
    m['Content-Type'] = 'multipart/%s' % sub
    m.set_boundary(boundary())
    for p in parts:
        m.attach(p)
    return m

def zipped(name, content):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content.encode('utf-8') if isinstance(content, str) else content)
    return bio.getvalue()

def build(h, body=None, html=None, atts=(), charset='utf-8', cte=None, fwd=None, top=True):
    """h: dict of headers. atts: list of (filename, content, ctype, cte)."""
    parts = []
    if body is not None and html is not None:
        alt = multipart('alternative', [leaf(body, 'plain', charset, cte), leaf(html, 'html', charset, cte)])
        main = alt
    elif html is not None:
        main = leaf(html, 'html', charset, cte)
    else:
        main = leaf(body, 'plain', charset, cte)
    extra = []
    for fn, content, ctype, acte in atts:
        if ctype == 'application/zip':
            p = leaf(zipped(*content), ctype='application/zip; name="%s"' % fn, cte='base64', filename=fn)
        elif ctype.startswith('text/'):
            p = leaf(content, ctype=ctype + '; charset="utf-8"; name="%s"' % fn, cte=acte, filename=fn)
        else:
            p = leaf(content if isinstance(content, bytes) else content.encode('utf-8'),
                     ctype=ctype + '; name="%s"' % fn, cte=acte or 'base64', filename=fn)
        extra.append(p)
    if fwd is not None:
        inner = build(*fwd, top=False) if isinstance(fwd, tuple) else fwd
        r = Message(); r['Content-Type'] = 'message/rfc822'
        r['Content-Disposition'] = 'attachment; filename="forwarded message.eml"'
        r.set_payload([inner])
        extra.append(r)
    if extra:
        msg = multipart('mixed', [main] + extra)
    else:
        msg = main
    out = Message()
    for k in ('From', 'To', 'Cc', 'Date', 'Subject'):
        if k in h:
            out[k] = hval(h[k])
    dom = h['From'][1].split('@')[1] if isinstance(h['From'], tuple) else h['From'].split('@')[-1].strip('>')
    out['Message-ID'] = '<%08x.%06x@%s>' % (random.getrandbits(32), random.getrandbits(24), dom)
    for k in ('In-Reply-To', 'X-Mailer', 'Importance'):
        if k in h:
            out[k] = h[k]
    out['MIME-Version'] = '1.0'
    for k, v in msg.items():
        out[k] = v
    out.set_payload(msg.get_payload())
    return out

def add(label, kind, patient, h, **kw):
    MSGS.append((label, kind, patient, h, kw))

# ---------------------------------------------------------------- common people / places
HOSP = 'acchospital.org'      # Alder Creek Community Hospital (critical access, 25 beds)
EMS = 'wickhamems.org'        # Wickham County Ambulance Service
CTY = 'co.wickham.us'         # Wickham County (public health, board)
CITY = 'stbrendanhealth.org'  # St. Brendan Regional Medical Center, Fort Calloway

# ================================================================ PHI-CARE
add('phi', 'care', 'Vossberg', {
    'From': ('Dale Amundsen', 'damundsen@' + EMS), 'To': ('Ruth Kettleson RN', 'rkettleson@' + HOSP),
    'Date': d('2025-10-14 07:42'), 'Subject': 'run 25-1184 PCS form'},
    body="""Ruth,

Need a signed PCS for run 25-1184 from yesterday morning. That was Harold Vossberg,
we picked him up at the farm on 330th at 0612 and had him to your bay by 0649. 12-lead
was transmitted from the rig at 0631, aspirin 324 chewed, IV x2 (18 L AC, 20 R hand),
nitro x1 and then we held the second one when his pressure came down to 96/58.

Then he went on to St Brendan with our second crew at 0905 so I need the PCS from your doc
for the interfacility leg too or the billing company kicks it back again.

Thanks
Dale
Crew Chief, Wickham County Ambulance
""")

add('phi', 'care', 'Ostrander', {
    'From': ('Jill Reinholt, RN', 'jreinholt@' + HOSP), 'To': 'Transfer Center <transfers@' + CITY + '>',
    'Cc': 'ED Providers <edproviders@' + HOSP + '>',
    'Date': d('2025-10-06 14:58'), 'Subject': 'Transfer request - Ostrander, Marlene - Alder Creek ED',
    'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Hello,

Following up on the phone call with Dr. Anand at 1447. Details below.

Patient: Marlene Ostrander
DOB: 02/19/1947
Sending: Dr. K. Sayre, Alder Creek Community Hospital ED
Accepting: Dr. Anand, neuro ICU

CT head non-contrast completed here at 1420, CTA at 1436. Images pushed to St Brendan PACS
under accession AC25-88102. tPA not given (last known well unclear, husband found her at noon).
Fixed wing requested, ETA to our pad 1615. Family (husband Carl) will drive.

Please reply with bed assignment when you have it.

Jill Reinholt, RN
ED Charge Nurse | Alder Creek Community Hospital
620 N. Depot St, Alder Creek
""",
    html="""<html><head><style>
p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}
td{font-family:Calibri,sans-serif;font-size:10.5pt;padding:2px 8px;border:1px solid #bbb}
.sig{color:#1F3864;font-size:9pt}
</style></head><body lang=EN-US>
<p class=MsoNormal>Hello,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Following up on the phone call with Dr. Anand at 1447. Details below.</p>
<table style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Marlene Ostrander</td></tr>
<tr><td><b>DOB</b></td><td>02/19/1947</td></tr>
<tr><td><b>Sending</b></td><td>Dr. K. Sayre, Alder Creek Community Hospital ED</td></tr>
<tr><td><b>Accepting</b></td><td>Dr. Anand, neuro ICU</td></tr>
</table>
<p class=MsoNormal>CT head non-contrast completed here at 1420, CTA at 1436. Images pushed to St Brendan PACS
under accession AC25-88102. tPA not given (last known well unclear, husband found her at noon).
Fixed wing requested, ETA to our pad 1615. Family (husband Carl) will drive.</p>
<p class=MsoNormal>Please reply with bed assignment when you have it.</p><p class=MsoNormal>&nbsp;</p>
<p class=sig><b>Jill Reinholt, RN</b><br>ED Charge Nurse | Alder Creek Community Hospital<br>620 N. Depot St, Alder Creek</p>
<p style="font-size:7.5pt;color:gray">CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged and confidential. If you received it in error please notify the sender and delete it.</p>
</body></html>""")

add('phi', 'care', 'Kalb', {
    'From': ('Tess Overgaard', 'tovergaard@' + HOSP), 'To': ('Mike Brunner PT', 'mbrunner@' + HOSP),
    'Date': d('2025-11-03 16:20'), 'Subject': 'RE: swing bed 4',
    'In-Reply-To': '<4be1a9@acchospital.org>'},
    body="""Yes the 22nd still works, daughter says she can have the ramp done by then. Can you do the
home eval on the 18th? She's off that day.

Tess

-----Original Message-----
From: Mike Brunner PT
Sent: Monday, November 3, 2025 2:05 PM
To: Tess Overgaard
Subject: swing bed 4

Tess - Dieter Kalb did 150 ft with the walker this morning, min assist on the sit to stand,
still needs cues on the brakes. I think home with the daughter by the 22nd is realistic if
she's there days. He wants to go back to the farmhouse not her place in town, so I'd like
to see the steps out there before we sign off.

Mike
""")

add('phi', 'care', 'Beckstrom', {
    'From': ('Paul Iverslie, PharmD', 'piverslie@' + HOSP), 'To': ('Karen Sayre MD', 'ksayre@' + HOSP),
    'Date': d('2025-09-29 10:11'), 'Subject': 'refill - Beckstrom'},
    body="""Dr Sayre - Lorna Beckstrom is asking for a 90 day on her warfarin 5 mg. Last INR 10/09 was 2.4,
the one before 2.9. She'd like to stop coming in every month with harvest on. OK to send 90 days
and push her next INR to 4 weeks? Just reply yes/no, I'll call her.

Paul
""")

add('phi', 'care', 'Aaberg', {
    'From': 'ACCH Laboratory <lab@' + HOSP + '>', 'To': ('Gwen Paulsrud RN', 'gpaulsrud@' + HOSP),
    'Date': d('2025-10-21 08:14'), 'Subject': 'critical value called'},
    body="""FYI for your charting

Wendell Aaberg  MRN 0041187
K+ 6.1 mmol/L (drawn 0745, hemolysis index 0, not hemolyzed)
Called to Dr. Sayre 0810 by Becky H., read back verified.
Redraw ordered for 1000.

-lab
""")

add('phi', 'care', 'Hoefling', {
    'From': ('Danielle Voss', 'dvoss@' + HOSP), 'To': 'Specialty Clinic <specialtyclinic@' + HOSP + '>',
    'Date': d('2025-11-12 11:37'), 'Subject': 'add-on for Dr. Pham Thursday?'},
    body="""Hi Sherri =E2=80=94 any chance Dr. Pham can add Beverly Hoefling on Thursday? She was supposed to=
 be his 10:40 last month but the road was closed. Six weeks out from her right knee on the 2nd=
 of October. She'll need 2 views of the knee done in radiology before she goes back, I already pu=
t the order in.

Her cell is 620-382-4471, she doesn't answer the house phone.

Thanks!
Danielle
Front desk
""".replace('=E2=80=94', '\u2014').replace('=\n', ''), cte='quoted-printable')

add('phi', 'care', 'Ruiz-Maldonado', {
    'From': ('Anne Lindqvist, RN', 'alindqvist@' + CTY), 'To': ('Mrs. Pekarek (school nurse)', 'jpekarek@alderckschools.org'),
    'Date': d('2025-08-19 15:02'), 'Subject': 'shots today'},
    body="""Jean, Kaden Ruiz-Maldonado came to our Tuesday walk-in clinic with his dad this afternoon and got
his Tdap and MenACWY #1, so he's good for 7th grade. Lot numbers are in the state registry if
you need them. Can you update his school record and take him off your exclusion list?

His little sister Ana is still due for her 2nd MMR, dad said he'd bring her next week.

Anne Lindqvist, RN
Wickham County Public Health
""")

add('phi', 'care', 'Schoonover', {
    'From': ('Bonnie Treml', 'btreml@' + EMS), 'To': ('Dale Amundsen', 'damundsen@' + EMS),
    'Date': d('2025-02-11 09:30'), 'Subject': 'Fwd: mileage question'},
    body="""Dale see below from the billing co. Was it really 96 miles? I thought we always put 88 for
St Brendan. Please check the run sheet and let me know.
Bonnie
""",
    fwd=({'From': ('Claims Team - Prairie Medical Billing', 'claims@prairiemedbilling.com'),
          'To': ('Bonnie Treml', 'btreml@' + EMS), 'Date': d('2025-02-10 16:48'),
          'Subject': 'mileage question - SCHOONOVER, RAYMOND DOS 01/03/2025'},
         """Bonnie,

Medicare paid the base rate (A0427) for Raymond Schoonover's transfer on 1/3 from Alder Creek
Community Hospital to St. Brendan but reduced A0425 from 96 loaded miles to 88. Before we
appeal can your crew confirm the odometer readings? The ePCR shows start 48211 / end 48307.

Thanks,
Leah
Prairie Medical Billing
"""))

# ================================================================ PHI-NAMES
add('phi', 'names', 'Plath', {
    'From': ('Bonnie Treml', 'btreml@' + EMS), 'To': ('Dale Amundsen', 'damundsen@' + EMS),
    'Date': d('2025-06-02 13:05'), 'Subject': 'Vernon Plath'},
    body="""his wife called again about the bill from the May 17 call, she is pretty upset. She says he
never wanted to go and you guys took him anyway. I told her we'd pull the run report and
call her back. Can you call her, I don't want to. 620-382-0917
""")

add('phi', 'names', 'Brandvold', {
    'From': ('Gwen Paulsrud', 'gpaulsrud@' + HOSP), 'To': ('Karen Sayre', 'ksayre@' + HOSP),
    'Date': d('2025-12-01 22:48'), 'Subject': 'ER 3'},
    body="""Doc, old Lyle Brandvold is back in ER 3, his son brought him in from the shop. Same as last
month, short of breath and swelling in both legs. Sat 86% on RA when he came in, on 3L now.
He's asking for you and not the locum so I told him you'd be down after you finish with Tammy's
lac repair. Want a BNP and chest film before you come?
Gwen
""")

add('phi', 'names', 'Weyland', {
    'From': ('Tammy Weyland', 'tweyland@' + HOSP), 'To': ('Lisa Ochsner', 'lochsner@' + HOSP),
    'Date': d('2025-10-15 06:55'), 'Subject': 'Fri the 24th'},
    body="""Lisa - I need Friday the 24th off after all, sorry for the late notice. Mom's oncologist at
St Brendan moved her chemo to that morning and Dad can't drive that far anymore since his
eyes. Rachel said she'd trade me for her Sunday. Is that ok?

Tammy
""")

add('phi', 'names', 'Hofstetter', {
    'From': ('Cody Raabe', 'craabe@' + EMS), 'To': 'Medic 2 Crew <medic2@' + EMS + '>',
    'Date': d('2025-07-20 19:10'), 'Subject': 'restock'},
    body="""Whoever had the truck after us Sat — we used the last King airway and both the 1000s of NS on
Merle Hofstetter out on 210th St and I didn't get to restock before the page for the rollover.
He didn't make it anyway but the bag's still short. Sorry guys. Also there is blood on the
stair chair strap, I wiped it but it needs the real stuff.
""")

add('phi', 'names', 'Kringen', {
    'From': ('Lupe Solis', 'lsolis@' + EMS), 'To': ('Dale Amundsen', 'damundsen@' + EMS),
    'Date': d('2025-09-06 17:22'), 'Subject': 'Bud at the sale barn again'},
    body="""FYI Bud Kringen (Arvid, the one from Elm Grove) went down at the sale barn again this
afternoon. BP 88/50 sitting, 104/62 after he laid down a while. Refused transport, said he's
got cattle to load. Refusal signed, Deputy Hanke witnessed. I called his daughter in Lincoln
and she's going to try and get him in to see Dr Sayre Monday. That's the third time since June.
Lupe
""")

add('phi', 'names', 'Haugland', {
    'From': ('Becky Hollenbeck', 'bhollenbeck@' + HOSP), 'To': ('Front Desk', 'frontdesk@' + HOSP),
    'Date': d('2025-11-18 14:40'), 'Subject': "Mrs. Haugland's labs"},
    body="""came back from the reference lab, I put them in Dr. Sayre's box. She called twice already and
wants a call before 4 because she's going to her sister's. It's the one on Pearl St not Elsie.
""")

add('phi', 'names', 'Ekdahl', {
    'From': ('Chief Roger Mattfeld', 'chief@alderckvfd.org'), 'To': 'ACVFD Members <members@alderckvfd.org>',
    'Date': d('2025-03-10 07:15'), 'Subject': 'Saturday barn fire - thank you'},
    body="""All,

Thanks to everyone who turned out for the Ekdahl barn fire Saturday, and to Dunmore and
Petersburg for the mutual aid tankers. We were on scene 6 hrs and saved the house and the
machine shed.

As most of you know Glen Ekdahl tried to get the calves out before we got there. He was taken
by Wickham County Ambulance to Alder Creek and then flown to St Brendan burn unit with burns to
both arms and his face. Sheila says he had his first skin graft yesterday and is talking. Cards
can go to the house.

Debrief Thursday 7pm at the station. Tanker 2 is out of service until the pump seal is fixed.

Roger
""")

add('phi', 'names', 'Fitzke', {
    'From': ('Dorothy Kuehl', 'dkuehl1941@yahoo.com'), 'To': 'Grace Lutheran Prayer Chain <prayerchain@gracelutheranac.org>',
    'Date': d('2025-04-23 09:03'), 'Subject': 'prayer request'},
    body="""please keep Norma Fitzke in your prayers she fell in her kitchen Sunday and broke her hip they
did surgery Monday at St Brendans and she will come back to the swing bed at Alder Creek for a
couple weeks of therapy before she can go home her son Dennis is with her
also pray for the Ekdahl family
Dorothy

Sent from my iPad
""")

# ================================================================ PHI-SELF
add('phi', 'self', 'Gustafsen', {
    'From': ('duane gustafsen', 'dgus4590@gmail.com'), 'To': 'billing@' + EMS,
    'Date': d('2025-09-22 20:47'), 'Subject': 'bill'},
    body="""i got a bill from you people for 1840 dollars for the ambulance ride on aug 3 when i got hurt
with the auger i have medicare and the supplement thru farm bureau why is this not paid i dont
owe this. my acct no. on the bill is 25-0877. call me after 8 at night we are combining

Duane Gustafsen
Sent from my Verizon, Samsung Galaxy smartphone
""")

add('phi', 'self', 'Rademacher', {
    'From': ('Karen Lutz', 'karenlutz67@hotmail.com'), 'To': ('Swing Bed Nurses', 'swingbed@' + HOSP),
    'Date': d('2025-11-05 07:31'), 'Subject': 'my mom in room 6'},
    body="""Hi, this is Karen, Irene Rademacher's daughter. Mom called me last night pretty upset that
nobody gave her the eye drops at bedtime (the glaucoma ones, the yellow cap). She's been doing
them herself at home for 10 years and she's very particular about it. Can someone check? Also
she says the OT lady hasn't been in since Friday. I'm not trying to make trouble, I just live
3 hours away and can't get there till Saturday.

Thank you,
Karen Lutz
(402) 818-2290
""")

add('phi', 'self', 'Marquardt', {
    'From': 'ACCH Patient Portal <noreply@myacchealth.org>', 'To': 'Clinic Inbox <clinic@' + HOSP + '>',
    'Date': d('2025-10-02 21:16'), 'Subject': 'New portal message: Medication question'},
    body="""New message from patient portal

From: Jolene Marquardt (DOB 06/30/1979)
Subject: Medication question
Received: 10/02/2025 9:16 PM

I've been on the levothyroxine 88 for about 6 weeks now and still dragging, hair still coming
out. Lab called me with the TSH but I didn't write it down. Should I be on a higher dose?
Also I'm almost out, can you send the refill to Hometown Drug not Walmart.

Reply in portal. Do not reply to this email.
""",
    html="""<html><body style="font-family:Arial;font-size:13px">
<div style="background:#2E5E4E;color:#fff;padding:8px"><b>ACCH MyHealth</b> &ndash; New message from patient portal</div>
<table cellpadding=4>
<tr><td style="color:#666">From:</td><td>Jolene Marquardt (DOB 06/30/1979)</td></tr>
<tr><td style="color:#666">Subject:</td><td>Medication question</td></tr>
<tr><td style="color:#666">Received:</td><td>10/02/2025 9:16 PM</td></tr></table>
<div style="border-left:3px solid #2E5E4E;padding:6px 10px;margin:8px 0">I've been on the levothyroxine 88 for about 6 weeks now and still dragging, hair still coming
out. Lab called me with the TSH but I didn't write it down. Should I be on a higher dose?
Also I'm almost out, can you send the refill to Hometown Drug not Walmart.</div>
<p style="font-size:11px;color:#888">Reply in portal. Do not reply to this email.</p>
</body></html>""")

add('phi', 'self', 'Delacroix', {
    'From': ('Rusty D', 'rustyd.trucking@gmail.com'), 'To': 'clinic@' + HOSP,
    'Date': d('2025-08-27 05:48'), 'Subject': 'DOT card'},
    body="""hey this is Rusty Delacroix i did my DOT physical there on the 12th with the PA and she only
gave me the 1 year card because of my sugar. my company needs the long form faxed to them
before friday or they wont dispatch me. fax is 316-555-0148 attn safety dept. also she said
something about a sleep study I never heard back on that
thx
""")

add('phi', 'self', 'Spaeth', {
    'From': ('Arlene Spaeth', 'arlenespaeth@centurylink.net'), 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-10-08 10:02'), 'Subject': 'Shots'},
    charset='windows-1252',
    body="""Dear Mrs. Lindqvist,

I would like to get the shingles shot and the new Covid one this fall. I am 81 and had the first
shingles shot in March at the Walgreens in Fort Calloway when my daughter took me, but I don\u2019t
drive anymore since my cataract surgery and I can\u2019t get back there for the second one.

Do you still come out to the house? I am at 14 Birch Street, the yellow house across from the
Legion. My phone is 382-2215. I am home every day except Wednesday which is my hair.

Thank you for all you do.
Arlene Spaeth
""")

add('phi', 'self', 'Escobedo', {
    'From': ('Rosa Escobedo', 'rosaesc88@gmail.com'), 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-05-16 18:40'), 'Subject': 'Re: Mateo follow up'},
    body="""Yes Mateo went for the chest xray on Thursday at the hospital, the paper they gave us said
normal. He is taking the pill every morning with his breakfast, I watch him. Do I still need to
bring him on Monday for the pill count? I work at the plant until 3:30.

Rosa

On Wed, May 14, 2025 at 11:02 AM Anne Lindqvist <alindqvist@co.wickham.us> wrote:
> Hi Rosa,
> Just a reminder that Mateo needs his chest x-ray this week (the order is at the hospital
> front desk, no appointment needed) and I'd like to see you both Monday 5/19 at 4:00 to do
> the monthly check-in and pill count for his rifampin. If 4:00 doesn't work let me know.
> Anne Lindqvist, RN
> Wickham County Public Health
""")

add('phi', 'self', 'Fenske', {
    'From': ('Lars Fenske', 'fenskefarms@wildblue.net'), 'To': 'reminders@' + CITY,
    'Date': d('2026-03-06 06:12'), 'Subject': 'RE: Appointment reminder'},
    body="""cant make it tuesday, calving. reschedule me for april please
Lars Fenske

________________________________
From: St. Brendan Heart & Vascular <reminders@stbrendanhealth.org>
Sent: Thursday, March 5, 2026 9:00 AM
To: fenskefarms@wildblue.net
Subject: Appointment reminder

Dear LARS FENSKE,

This is a reminder of your appointment with Dr. Oyelaran, St. Brendan Heart & Vascular Outreach
Clinic at Alder Creek Community Hospital, on Tuesday, March 10, 2026 at 1:20 PM. Please arrive
15 minutes early for your echocardiogram and bring a list of your medications.

To cancel or reschedule call 785-420-6100.
""")

# ================================================================ PHI-LISTS
add('phi', 'lists', 'Kalb', {
    'From': ('Tess Overgaard', 'tovergaard@' + HOSP), 'To': 'Swing Bed IDT <swingidt@' + HOSP + '>',
    'Date': d('2025-11-10 15:45'), 'Subject': 'swing bed census for IDT Wed'},
    body="""Census for Wednesday's IDT, 5 of 6 beds:

- Kalb, Dieter (rm 4) - day 19, walker 150 ft, home eval 11/18, d/c target 11/22 w/ daughter
- Rademacher, Irene (rm 6) - day 8, OT 3x/wk, family concerned re: eye gtts, Medicare day 20 = 11/17
- Fitzke, Norma (rm 2) - day 12 s/p R hip ORIF, PWB, Lovenox till 11/20, son wants NH placement
- Tollefson, Marjorie (rm 1) - IV ertapenem day 5/14 via PICC, weekly CBC/CMP Mondays
- Haugen, Roy (rm 5) - came over from St B Friday, wound vac L foot, Tues/Thurs/Sat changes

Open bed: rm 3. St Brendan called about a possible on Thursday.
Tess
""")

add('phi', 'lists', 'Heinz', {
    'From': ('Bonnie Treml', 'btreml@' + EMS), 'To': ('Leah Carlin', 'leah@prairiemedbilling.com'),
    'Date': d('2025-10-01 11:20'), 'Subject': 'September runs still open'},
    body="""Leah, here's what I show still open from September. Copied out of the spreadsheet.

Run#\tDate\tPatient\tPayer\tStatus
25-0951\t09/02\tHeinz, Walter\tMedicare\tneed PCS
25-0958\t09/04\tGarcia Ruiz, Fermin\tSelf pay\tno address
25-0966\t09/07\tOlafsen, Kirstin\tBCBS 4471ZQ\tdenied - auth
25-0972\t09/09\tKringen, Arvid\t--\trefusal, no bill?
25-0990\t09/14\tPfannenstiel, June\tMedicaid MCO\tresubmitted
25-1003\t09/19\tMoberg, Theo (minor)\tAetna\tneed guarantor

The Kringen one was a refusal so I don't think we bill it but you tell me.
Bonnie
""")

add('phi', 'lists', 'Vu', {
    'From': ('Anne Lindqvist, RN', 'alindqvist@' + CTY), 'To': ('Jean Pekarek', 'jpekarek@alderckschools.org'),
    'Date': d('2025-09-03 09:10'), 'Subject': 'kids still missing shots - before the 9/15 exclusion date'},
    body="(HTML message)",
    html="""<html><head><style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;font:10pt Calibri}</style></head>
<body><p style="font:11pt Calibri">Jean, from my registry check this morning. Most of these are just one dose behind. I can do a clinic at the school on the 10th if that helps.</p>
<table><tr><th>Student</th><th>Grade</th><th>DOB</th><th>Due</th><th>Notes</th></tr>
<tr><td>Vu, Bao Tran</td><td>K</td><td>04/11/2020</td><td>DTaP #5, IPV #4</td><td>family new from Garden City</td></tr>
<tr><td>Hernandez, Yaretzi</td><td>K</td><td>11/30/2019</td><td>MMR #2, Varicella #2</td><td></td></tr>
<tr><td>Schultz, Brayden</td><td>7</td><td>02/02/2013</td><td>Tdap, MenACWY</td><td>mom says religious exemption coming</td></tr>
<tr><td>Abdi, Hamza</td><td>7</td><td>07/19/2012</td><td>Tdap</td><td>records from Minnesota pending</td></tr>
<tr><td>Lindgren, Paisley</td><td>12</td><td>05/05/2008</td><td>MenACWY #2</td><td></td></tr>
</table>
<p style="font:11pt Calibri">Anne</p></body></html>""")

add('phi', 'lists', 'Aaberg', {
    'From': ('Becky Hollenbeck', 'bhollenbeck@' + HOSP), 'To': 'Lab <lab@' + HOSP + '>',
    'Date': d('2025-10-17 13:30'), 'Subject': 'sendouts still pending >7 days'},
    body="""Still waiting on these from the reference lab, can whoever is on Monday call client services:

* Aaberg, Wendell - vit D 25-OH - drawn 10/02
* Tollefson, Marjorie - quantiferon - drawn 10/06 (they may have lost the tubes??)
* Nygaard, Peter - PSA + free PSA - drawn 10/07
* Oyler, Kaylee - prenatal panel / HIV / RPR - drawn 10/08
* Ruiz-Maldonado, Ana - lead, venous - drawn 10/09

Becky
""")

add('phi', 'lists', 'Hoefling', {
    'From': ('Sherri Backes', 'sbackes@' + HOSP), 'To': 'Radiology <radiology@' + HOSP + '>',
    'Cc': ('Danielle Voss', 'dvoss@' + HOSP),
    'Date': d('2025-11-17 16:05'), 'Subject': 'Dr Pham ortho clinic Thurs 11/20 - xrays needed first'},
    body="""Attached is Thursday's schedule for Dr. Pham. The ones marked XR need films before they
go back, please have them come straight to you from registration.

Sherri
""",
    atts=[('pham_ortho_1120.csv',
           "time,patient,dob,visit,xr_needed,notes\n"
           "08:20,Nygaard Peter,1951-03-12,post-op R shoulder 12wk,Y,\n"
           "08:40,Heinz Walter,1938-08-01,L knee injection,N,wife drives\n"
           "09:00,Kaltenbach Susan,1966-12-21,new pt - back pain,N,\n"
           "10:40,Hoefling Beverly,1955-05-30,R TKA 6wk f/u,Y,add-on\n"
           "11:00,Dvorak Milo,2009-10-14,wrist fx check,Y,cast off today\n"
           "11:20,Esparza Luis,1987-01-07,L hand f/u,Y,interpreter Spanish\n",
           'text/csv', '7bit')])

add('phi', 'lists', 'Ostrander', {
    'From': ('Lisa Ochsner', 'lochsner@' + HOSP), 'To': ('Brent Koerner CEO', 'bkoerner@' + HOSP),
    'Date': d('2025-10-11 17:02'), 'Subject': 'transfers out this week'},
    body="""Brent, since you asked about the air bill situation, this week's transfers:

1) 10/6  Ostrander, M.   St Brendan neuro ICU   fixed wing   (weather ok, ground would've been 2 hrs)
2) 10/7  Pfannenstiel, J. St Brendan            our ground crew
3) 10/8  Moberg, T. (14)  Children's Wichita   rotor         peds ortho, mom rode along
4) 10/10 Vossberg, H.    St Brendan cath lab    our ground   crew got back at 0230

Only the Moberg one was rotor. I'll have the month totals for the board.
Lisa
""")

add('phi', 'lists', 'Beckstrom', {
    'From': ('Paul Iverslie, PharmD', 'piverslie@' + HOSP), 'To': ('Gwen Paulsrud', 'gpaulsrud@' + HOSP),
    'Date': d('2025-10-24 12:12'), 'Subject': 'INR due next week'},
    body="""Gwen, these are due for INR checks next week, pasted from my tracking sheet. Can clinic
call them? Lorna will want mid-morning.

Name\tDOB\tLast INR\tDate\tGoal\tDose
Beckstrom, Lorna\t01/22/1944\t2.4\t10/09\t2-3\t5 mg daily
Koehn, Albert\t09/15/1939\t3.6\t10/16\t2-3\thold x1 then 2.5 mg M/W/F, 5 mg others
Sandoval, Ignacio\t03/02/1958\t1.7\t10/20\t2.5-3.5\t7.5 mg daily (mech valve)
Opdahl, Ruth\t12/12/1949\t2.2\t10/13\t2-3\t3 mg daily

Albert's was high again, he admits he's been eating Jell-O with his pills... not sure what that's
about but worth asking.
Paul
""")

# ================================================================ PHI-STRUCT
HL7_ORU = "\r".join([
    "MSH|^~\\&|PRAIRIELAB|PRLAB|MEDITECH|ACCH|20251021143012||ORU^R01|PL2510210448|P|2.5.1",
    "PID|1||0041187^^^ACCH^MR||AABERG^WENDELL^J||19460311|M|||1120 RAILROAD AVE^^ALDER CREEK^KS^67401||6203824102",
    "PV1|1|O|ACLAB||||1780654321^SAYRE^KAREN",
    "ORC|RE|AC2510020117|PL88231907",
    "OBR|1|AC2510020117|PL88231907|82306^VITAMIN D 25-OH^CPT|||20251002081500",
    "OBX|1|NM|1989-3^25-OH VIT D^LN||14.2|ng/mL|30-100|L|||F|||20251020221100",
    "NTE|1||Result verified. Insufficient specimen for repeat.",
]) + "\r"

add('phi', 'struct', 'Aaberg', {
    'From': 'Prairie Reference Lab Interface <interface-alerts@prairieref.com>', 'To': 'lab@' + HOSP,
    'Date': d('2025-10-21 14:31'), 'Subject': '[INTERFACE] NAK - message rejected by receiving system (ACCH)'},
    body="""Automated notice. The following outbound result was rejected by the receiving system.

Message control ID : PL2510210448
Destination        : ACCH / MEDITECH
ACK code           : AE
Error              : ERR|^^^207&Application internal error&HL70357|PV1-8 ordering provider not on file

The original message is attached. Please correct the provider mapping and request a resend,
or call the interface desk at 800-338-2071 option 3.
""",
    atts=[('PL2510210448.hl7', HL7_ORU.encode('ascii'), 'application/octet-stream', 'base64')])

X12_837 = "~\n".join([
    "ISA*00*          *00*          *ZZ*WCAMB01        *ZZ*PRAIRIEMB      *251002*0915*^*00501*000004412*0*P*:",
    "GS*HC*WCAMB01*PRAIRIEMB*20251002*0915*4412*X*005010X222A1",
    "ST*837*0001*005010X222A1",
    "BHT*0019*00*25100201*20251002*0915*CH",
    "NM1*41*2*WICKHAM COUNTY AMBULANCE SERVICE*****46*WCAMB01",
    "NM1*40*2*PRAIRIE MEDICAL BILLING*****46*PRAIRIEMB",
    "HL*1**20*1",
    "NM1*85*2*WICKHAM COUNTY AMBULANCE SERVICE*****XX*1649382017",
    "N3*205 W 2ND ST",
    "N4*ALDER CREEK*KS*67401",
    "REF*EI*486001274",
    "HL*2*1*22*0",
    "SBR*P*18*******MB",
    "NM1*IL*1*PFANNENSTIEL*JUNE*M***MI*7TK2QW4RD81",
    "N3*2217 N ROAD 14",
    "N4*ALDER CREEK*KS*67401",
    "DMG*D8*19410624*F",
    "NM1*PR*2*MEDICARE PART B*****PI*05102",
    "CLM*25-0990*1936.40***41:B:1*Y*A*Y*Y",
    "CR1*LB*140**A*DH*88****",
    "CRC*07*Y*01*04",
    "HI*ABK:R0602*ABF:I509",
    "NM1*PW*2******",
    "N3*ALDER CREEK COMMUNITY HOSPITAL 620 N DEPOT ST",
    "N4*ALDER CREEK*KS*67401",
    "NM1*45*2*ST BRENDAN REGIONAL MEDICAL CENTER*****XX*1234993012",
    "N4*FORT CALLOWAY*KS*67601",
    "LX*1",
    "SV1*HC:A0427:HH*1080.00*UN*1***1",
    "DTP*472*D8*20250914",
    "LX*2",
    "SV1*HC:A0425:HH*856.40*UN*88***1",
    "DTP*472*D8*20250914",
    "SE*33*0001",
    "GE*1*4412",
    "IEA*1*000004412",
]) + "~\n"

add('phi', 'struct', 'Pfannenstiel', {
    'From': ('Leah Carlin', 'leah@prairiemedbilling.com'), 'To': ('Bonnie Treml', 'btreml@' + EMS),
    'Date': d('2025-10-02 10:40'), 'Subject': 'resubmitted 25-0990 - 837 attached for your records'},
    body="""Bonnie - resubmitted June's claim this morning with the corrected origin/destination (we had
the hospital as origin modifier R instead of H). 837 file attached in case the MCO asks you
for it. Should see an 835 in 14-21 days.

Leah Carlin, CPC
Prairie Medical Billing
""",
    atts=[('WCAMB_837P_20251002_4412.x12', X12_837, 'application/octet-stream', 'base64')])

EPCR_CSV = """IncidentNumber,DispatchDate,PatientLast,PatientFirst,DOB,Age,Sex,Complaint,PrimaryImpression,Disposition,Destination,LoadedMiles
25-1180,2025-10-12,Kaltenbach,Susan,1966-12-21,58,F,Back pain,Back pain - lumbar,Transported,Alder Creek Community Hospital,11
25-1181,2025-10-12,Esparza,Luis,1987-01-07,38,M,Hand injury,Laceration - hand,Transported,Alder Creek Community Hospital,4
25-1182,2025-10-12,,,,,,Lift assist,No patient,No treatment required,,0
25-1183,2025-10-13,Opdahl,Ruth,1949-12-12,75,F,Fall,Fall - ground level,Transported,Alder Creek Community Hospital,7
25-1184,2025-10-13,Vossberg,Harold,1950-04-03,75,M,Chest pain,ACS - STEMI,Transported,Alder Creek Community Hospital,14
25-1185,2025-10-13,Vossberg,Harold,1950-04-03,75,M,IFT,ACS - STEMI,Transported,St Brendan Regional Medical Center,88
25-1186,2025-10-14,Moberg,Kayla,2001-06-09,24,F,Abdominal pain,Abdominal pain - pregnancy related,Transported,Alder Creek Community Hospital,19
"""

add('phi', 'struct', 'Vossberg', {
    'From': ('Dale Amundsen', 'damundsen@' + EMS), 'To': ('Dr. Matt Fiala (Medical Director)', 'mfiala@' + HOSP),
    'Date': d('2025-10-15 20:02'), 'Subject': 'QA export week of 10/12'},
    body="""Doc, export from the ePCR for your QA review. Zipped because the county mail strips csv.
Pay attention to 1184/1185 - door to balloon was good but I want you to look at the nitro.

Dale
""",
    atts=[('epcr_export_wk41.zip', ('epcr_export_wk41.csv', EPCR_CSV), 'application/zip', 'base64')])

FHIR_IMM = """{
  "resourceType": "OperationOutcome",
  "issue": [
    {
      "severity": "error",
      "code": "invalid",
      "diagnostics": "Immunization.lotNumber required for VFC-eligible administration",
      "expression": ["Immunization.lotNumber"]
    }
  ],
  "contained": [
    {
      "resourceType": "Immunization",
      "id": "imm-wcph-250819-07",
      "status": "completed",
      "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
      "patient": {
        "reference": "#pat1"
      },
      "occurrenceDateTime": "2025-08-19T14:40:00-05:00",
      "performer": [{"actor": {"display": "Anne Lindqvist RN, Wickham County Public Health"}}],
      "programEligibility": [{"coding": [{"code": "V04", "display": "VFC eligible - Medicaid"}]}]
    },
    {
      "resourceType": "Patient",
      "id": "pat1",
      "name": [{"family": "Ruiz-Maldonado", "given": ["Kaden", "Elias"]}],
      "birthDate": "2013-01-28",
      "gender": "male",
      "address": [{"line": ["406 S Main St Apt 2"], "city": "Alder Creek", "state": "KS", "postalCode": "67401"}]
    }
  ]
}
"""

add('phi', 'struct', 'Ruiz-Maldonado', {
    'From': 'KSWebIZ Notifications <no-reply@kswebiz-registry.org>', 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-08-20 02:15'), 'Subject': 'Submission rejected (1 of 14) - batch WCPH-20250819'},
    body="""Your batch WCPH-20250819 was processed. 13 records accepted, 1 record rejected.
Rejected record detail is attached as JSON. Correct and resubmit within 30 days to maintain
VFC accountability.

This mailbox is not monitored.
""",
    atts=[('rejected_WCPH-20250819.json', FHIR_IMM, 'application/json', 'base64')])

add('phi', 'struct', 'Tollefson', {
    'From': 'ACCH HIM Fax Server <faxserver@' + HOSP + '>', 'To': 'him@' + HOSP,
    'Date': d('2025-11-04 09:12'), 'Subject': 'Fax sent OK: to 7854206199 (7 pages)'},
    body="""Transmission report: OK   Pages: 7   Duration 03:41   Remote ID: SBRMC HIM

------------------------------- COVER PAGE ------------------------------

        ALDER CREEK COMMUNITY HOSPITAL - Health Information Management
        620 N. Depot St., Alder Creek KS 67401   Ph 620-382-4100  Fax 620-382-4199

TO:    St. Brendan Infectious Disease Clinic, attn: Dr. Mwangi's nurse
FAX:   785-420-6199
FROM:  Marcy Dreiling, HIM
DATE:  11/04/2025
RE:    Marjorie Tollefson   DOB 08/08/1942
PAGES: 7 including cover

Weekly labs (CBC w/ diff, CMP, ESR, CRP 11/03) and PICC dressing flowsheet as requested for
outpatient IV antibiotic monitoring. Next draw 11/10.

CONFIDENTIAL: The documents accompanying this facsimile contain protected health information
that is legally privileged. If you are not the intended recipient, notify the sender at the
number above and destroy these documents.
""")

add('phi', 'struct', 'Olafsen', {
    'From': ('Bonnie Treml', 'btreml@' + EMS), 'To': ('Leah Carlin', 'leah@prairiemedbilling.com'),
    'Date': d('2025-09-30 14:25'), 'Subject': 'what is this telling me?'},
    body="""Leah I ran eligibility myself on the clearinghouse site for the Olafsen run (25-0966) because
BCBS keeps denying it for auth. This is what came back, I copied the raw thing. Does the EB*6
line mean she wasn't covered on 9/7 or am I reading it wrong?

ST*271*0001*005010X279A1~
BHT*0022*11*ELG0930-22*20250930*1421~
HL*1**20*1~
NM1*PR*2*BCBS KANSAS*****PI*47163~
HL*2*1*21*1~
NM1*1P*2*WICKHAM COUNTY AMBULANCE SERVICE*****XX*1649382017~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*OLAFSEN*KIRSTIN*A***MI*4471ZQ90318~
N3*1510 COUNTY ROAD P~
N4*DUNMORE*KS*67432~
DMG*D8*19840517*F~
DTP*346*D8*20250901~
EB*6**30**BLUE SELECT~
MSG*COVERAGE TERMINATED 08/31/2025 - EMPLOYER GROUP CHANGE~
EB*R**30*OT~
NM1*P5*2*PRAIRIE HARVEST COOP HEALTH PLAN~
SE*17*0001~

Bonnie
""")

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <id root="2.16.840.1.113883.3.7712" extension="SBR-TOC-88193021"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Transition of Care - Transfer to Swing Bed</title>
  <effectiveTime value="20251107114500-0600"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7712.1" extension="SB00771204"/>
      <addr><streetAddressLine>RR 2 Box 118</streetAddressLine><city>Petersburg</city><state>KS</state></addr>
      <patient>
        <name><given>Roy</given><given>E</given><family>Haugen</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19480214"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Medications</title>
      <text><list>
        <item>insulin glargine 22 units subcut nightly</item>
        <item>metformin 500 mg PO BID</item>
        <item>piperacillin-tazobactam 3.375 g IV q8h - stop 11/14</item>
      </list></text>
    </section></component>
    <component><section>
      <title>Procedures</title>
      <text>11/03/2025 L transmetatarsal amputation, Dr. Gallardo. NPWT applied, change 3x weekly.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

add('phi', 'struct', 'Haugen', {
    'From': ('Case Management - St. Brendan', 'casemgmt@' + CITY), 'To': ('Tess Overgaard', 'tovergaard@' + HOSP),
    'Date': d('2025-11-07 11:52'), 'Subject': 'Swing bed referral - accepted - TOC doc'},
    body="""Tess, thank you for accepting. Transition of care document is attached (CCD). Transport is
set with your ambulance for 1500 today. Wound vac supplies for 72 hrs will go with him.

Jenna Ruiz, RN CM
St. Brendan Regional Medical Center
""",
    atts=[('TOC_SB00771204.xml', CCD, 'text/xml', 'base64')])

add('phi', 'struct', 'Bjornstad', {
    'From': ('Kyle Menke (IT)', 'kmenke@' + HOSP), 'To': 'Registration <registration@' + HOSP + '>',
    'Date': d('2025-12-02 08:03'), 'Subject': 'ADT errors from overnight - please fix DOB'},
    body="""Morning. The interface to St Brendan's HIE kicked back this registration overnight, DOB was
keyed as 1/1/1900. Pasting the message so you can find him. Please correct in Meditech and
I'll resend.

MSH|^~\\&|MEDITECH|ACCH|HIE|SBRHIE|20251202011544||ADT^A04|AC1202011544|P|2.3
EVN|A04|20251202011540
PID|1||0052290^^^ACCH^MR||BJORNSTAD^GUNNAR^||19000101|M|||RR 1^^ALDER CREEK^KS^67401||6203829904|||||A0052290114
PV1|1|E|ER^05||||1780654321^SAYRE^KAREN||||||||||||A0052290114|||||||||||||||||||||||||20251202011000
IN1|1|MCR|MCR01|MEDICARE PART A AND B||||||||||||BJORNSTAD^GUNNAR|01|||||||||||||||||||||4RJ8-WM2-QT61

ERR: PID-7 birth date out of range (< 1905-01-01)

Kyle
""")

# ================================================================ PHI-IDS
add('phi', 'ids', '', {
    'From': ('Marcy Dreiling', 'mdreiling@' + HOSP), 'To': 'pfs@' + HOSP,
    'Date': d('2025-10-20 15:55'), 'Subject': 'acct 4410287'},
    body="""acct 4410287 DOS 9/14 - primary paid, EOB scanned under documents. please rebill to secondary
(AARP supplement), they never got it. ER + CT abd/pelvis.
""")

add('phi', 'ids', '', {
    'From': ('Gwen Paulsrud', 'gpaulsrud@' + HOSP), 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-10-06 12:30'), 'Subject': 'flu shot documentation'},
    body="""Anne - MRN 00231877 got her flu shot here in clinic 10/3, L deltoid, Fluzone HD lot UT8821GA.
Somehow it didn't cross to the registry. Can you enter it on your end so she doesn't get a
reminder letter? DOB 11/02/1939.
""")

add('phi', 'ids', '', {
    'From': ('Leah Carlin', 'leah@prairiemedbilling.com'), 'To': ('Bonnie Treml', 'btreml@' + EMS),
    'Date': d('2025-10-09 09:20'), 'Subject': 'denial - MBI 1EG4TE5MK73'},
    body="""Medicare denied claim 21125280771304 (MBI 1EG4-TE5-MK73, DOS 09/28/2025) CO-50 not medically
necessary. Crew narrative says "pt ambulatory to cot." I'll need an addendum from the crew
explaining why stretcher was required or we write it off. 30 days.
""")

add('phi', 'ids', '', {
    'From': ('Night RN', 'acchnights@' + HOSP), 'To': 'Lab <lab@' + HOSP + '>',
    'Date': d('2025-11-22 23:40'), 'Subject': 'am draw'},
    body="""Rm 6 - MRN 0039214, DOB 3/14/1947 - needs repeat CBC and BMP at 0500 added per Dr Fiala.
Hgb was 7.8 this afternoon, 1 unit PRBC finished at 2215. Thx
""")

add('phi', 'ids', '', {
    'From': ('Sherri Backes', 'sbackes@' + HOSP), 'To': ('Imaging Scheduling', 'imagingsched@' + CITY),
    'Date': d('2025-11-19 10:48'), 'Subject': 'PA approved - MRI L-spine'},
    body="""Prior auth came through for the MRI lumbar spine without contrast ordered by Dr. Pham.

Member ID: WKB221903850 01
Group: 88120
Auth #: 25-PA-0331478, valid 11/19/2025 - 01/17/2026, 1 unit CPT 72148

Patient prefers a Tuesday or Thursday morning. Please call her at 620-555-0173 to schedule.

Sherri Backes
Specialty Clinic Coordinator, Alder Creek Community Hospital
""")

add('phi', 'ids', '', {
    'From': ('Bonnie Treml', 'btreml@' + EMS), 'To': ('Dale Amundsen', 'damundsen@' + EMS),
    'Date': d('2025-08-05 08:45'), 'Subject': 'ePCR 25-0932 missing info'},
    body="""Dale, 25-0932 still has no SSN or DOB. The ER facesheet says 478-22-9163 and 07/30/1951.
Adding them to the chart now, can you sign off on the change so billing can drop it. It was the
auger injury on the 3rd, Medicare + supplement.
""")

add('phi', 'ids', '', {
    'From': 'PFS Workqueue <pfs-noreply@' + HOSP + '>', 'To': 'pfs@' + HOSP,
    'Date': d('2025-10-28 06:00'), 'Subject': 'Denial workqueue item 88219'},
    body="""Claim: 2025287114990
Member: 88412093-02
Payer: Prairie Harvest Coop Health Plan
DOS: 10/01/2025
Line 2: 80061 LIPID PANEL - denied CO-16 (missing ABN / frequency)
Line 3: 83036 HEMOGLOBIN A1C - paid
Action needed: attach signed ABN or adjust to write-off.
""")

# ================================================================ PHI-LANG
add('phi', 'lang', 'Cárdenas', {
    'From': ('Marisol Cárdenas', 'marisolcardenas22@yahoo.com'), 'To': 'clinic@' + HOSP,
    'Date': d('2025-10-15 19:20'), 'Subject': 'Puntos de mi esposo'},
    charset='iso-8859-1',
    body="""Buenas tardes,

Soy Marisol, esposa de Julián Cárdenas. Él se cortó la mano izquierda el sábado en la lechería
de los Bremer y le pusieron 9 puntos en la sala de emergencias. La doctora dijo que regresara en
10 días para quitarle los puntos pero él trabaja de 4 de la mañana a 6 de la tarde. ¿Se los
pueden quitar el martes 21 después de las 6? Tampoco sabemos si le pusieron la vacuna del
tétano, él dice que no se acuerda.

Su fecha de nacimiento es 12/03/1990.

Gracias,
Marisol Cárdenas
620-382-7718
""")

add('phi', 'lang', 'Vũ', {
    'From': ('Linh Nguyen', 'linhnguyen.ks@gmail.com'), 'To': ('Paul Iverslie', 'piverslie@' + HOSP),
    'Date': d('2025-11-01 09:05'), 'Subject': 'Thuốc của mẹ em'},
    cte='base64',
    body="""Chào anh Paul,

Em là Linh, con gái của bà Vũ Thị Hoa. Mẹ em hết thuốc huyết áp (amlodipine 5mg) và thuốc
metformin từ hôm qua. Bác sĩ Sayre nói sẽ gọi cho nhà thuốc sáng nay. Anh có thể chuẩn bị để
chiều nay khoảng 4 giờ em đến lấy được không?

Mẹ em không nói được tiếng Anh nên xin đừng gọi số nhà, anh gọi cho em số 620-382-6650 nhé.

Cảm ơn anh nhiều.
Linh
""")

add('phi', 'lang', 'Abdi', {
    'From': ('Hodan Warsame', 'hodanw1990@gmail.com'), 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-09-11 06:30'), 'Subject': 'Hamza TB test'},
    body="""Salaan Anne,

Waxaan ahay Hodan Warsame, hooyada Hamza Abdi. Wiilkayga wuxuu sameeyay baaritaanka TB
(tijaabada maqaarka) Talaadadii dugsiga. Goobta cirbadda way bararsan tahay oo casaan tahay.
Ma imaan karnaa maanta Khamiista si aad u eegto? Waxaan ka shaqeeyaa warshadda hilibka ilaa
2:30, markaas kadib waan iman karnaa.

Mahadsanid,
Hodan
620 382 9140
""")

add('phi', 'lang', 'Pierre-Louis', {
    'From': ('Jean-Robert Pierre-Louis', 'jrpierrelouis@outlook.com'), 'To': ('Anne Lindqvist', 'alindqvist@' + CTY),
    'Date': d('2025-06-24 16:44'), 'Subject': 'papye pou travay'},
    body="""Bonjou Madam Anne,

Se mwen Jean-Robert Pierre-Louis. Mwen te fè radyografi pwatrin nan lopital Alder Creek jedi
pase apre tès po a te pozitif. Eske rezilta a bon? Eske mwen ka retounen travay nan plant lan
lendi? Sipèvizè a mande m yon papye ki di mwen pa kontajye. Mwen pa gen tous, mwen pa gen
lafyèv, mwen pran grenn yo chak maten.

Mèsi anpil,
Jean-Robert
Tel 620 382 5521
""")

add('phi', 'lang', 'Hernández', {
    'From': ('Medic 1', 'medic1@' + EMS), 'To': ('ACCH ED', 'ed@' + HOSP),
    'Date': d('2025-07-29 05:52'), 'Subject': 'inbound'},
    body="""Ruth - heads up, vamos en camino con un señor de la lechería de Bremer, Efraín Hernández, 44,
pateado por una vaca en el pecho en la sala de ordeña. Vitals stable 132/84, HR 104, SpO2 95 RA,
dolor 8/10 lado izq, no SOB. No habla inglés, his nephew viene atrás en la troca para traducir.
ETA 15 min.
-Lupe
""")

add('phi', 'lang', 'Ковальчук', {
    'From': ('Галина Ковальчук', 'g.kovalchuk1952@mail.ru'), 'To': 'swingbed@' + HOSP,
    'Date': d('2025-11-09 13:14'), 'Subject': 'Место для мужа в swing bed'},
    charset='koi8-r',
    body="""Здравствуйте,

Меня зовут Галина Ковальчук. Моего мужа, Виктора Ковальчука, в пятницу перевели из вашей
больницы в St Brendan на вертолёте. Врачи там говорят, что через неделю после операции его
можно будет вернуть в Alder Creek на swing bed для реабилитации. Будет ли свободное место?

Я плохо говорю по-английски, поэтому пишу по-русски. Наш внук Миша может перевести по
телефону: 620-382-3307.

С уважением,
Галина
""")

add('phi', 'lang', 'Bjornstad', {
    'From': ('Mariel Dizon', 'mdizon@' + HOSP), 'To': ('Joy Villanueva', 'jvillanueva@' + HOSP),
    'Date': d('2025-12-02 06:41'), 'Subject': 'endorse rm 9'},
    body="""Ate Joy, pa-endorse lang kasi nagmamadali ako. Si Mr. Gunnar Bjornstad na galing ER 5 kagabi,
admitted na sa med-surg rm 9. Hindi pa tapos yung 2nd unit ng PRBC, nasa kalahati pa lang.
NPO siya for EGD bukas 0800 sa St Brendan, transfer by our ambulance 0630. Paki-check yung BP
q15 habang may transfusion, bumaba kanina 94/60. Yung DOB niya sa system mali pa rin, sabi ni
Kyle aayusin ng registration.
Salamat po!
Mariel
""")

# ================================================================ CLEAN-STAFF
add('clean', 'staff', '', {
    'From': ('Lisa Ochsner', 'lochsner@' + HOSP), 'To': 'Nursing All <nursing@' + HOSP + '>',
    'Date': d('2025-10-13 12:01'), 'Subject': 'NIGHTS 10/18 + 10/19 STILL OPEN'},
    body="""Still need an RN for nights Sat 10/18 and Sun 10/19. Megan's travel contract ended Friday and
the agency can't get us anyone until the 27th. Double time for the second shift if you've
already got 36 that week. If nobody picks up I'll be working it myself and nobody wants that.

Also reminder: swing bed charting audit is due by the 31st, check your sign-offs.

Lisa Ochsner, RN
Director of Nursing
""")

add('clean', 'staff', '', {
    'From': ('Cody Raabe', 'craabe@' + EMS), 'To': ('Lupe Solis', 'lsolis@' + EMS),
    'Date': d('2025-07-24 21:33'), 'Subject': 'swap?'},
    body="""can you take my sat 0600-1800 and ill give you the 2nd and 3rd of aug? sister's wedding
in Hays. if so ill put it in the board
""")

add('clean', 'staff', '', {
    'From': ('Becky Hollenbeck', 'bhollenbeck@' + HOSP), 'To': 'Lab <lab@' + HOSP + '>',
    'Cc': ('Karen Sayre', 'ksayre@' + HOSP),
    'Date': d('2025-09-15 07:05'), 'Subject': 'chem analyzer down til noon + new QC lot'},
    body="""Morning all,

The chemistry analyzer failed QC on the potassium and sodium electrodes overnight. Service tech
is driving out from Salina, should be here by 10. Until then:

 - STAT lytes go on the i-STAT (CHEM8+ cartridges in the 2nd fridge, we have 40)
 - Non-urgent chem draws from clinic, hold and spin, run after noon
 - Let the ED know turnaround will be ~20 min longer

Also new QC lot (Lot 45110) starts today. Run both lots in parallel through Friday and I'll
review the ranges Monday. Don't throw out the old lot.

Becky Hollenbeck, MLS(ASCP)
Lab Manager
""")

add('clean', 'staff', '', {
    'From': ('Paul Iverslie, PharmD', 'piverslie@' + HOSP), 'To': 'Providers <providers@' + HOSP + '>',
    'Cc': 'Nursing All <nursing@' + HOSP + '>',
    'Date': d('2025-10-09 16:30'), 'Subject': 'IV fluid shortage - conservation steps effective now'},
    body="(html)",
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>All,</p>
<p>Our wholesaler cut our allocation of 1000 mL NS and LR to <b>60% of last year's usage</b> through at least December. We currently have about 9 days on hand.</p>
<p>Effective now:</p>
<ul>
<li>Switch to oral hydration whenever clinically appropriate.</li>
<li>Use IV push instead of mini-bags for the drugs on the attached list (ondansetron, famotidine, pantoprazole, ketorolac).</li>
<li>KVO rates should be 10 mL/hr, not 30.</li>
<li>EMS will restock from us only as 1-for-1 exchange.</li>
</ul>
<p>I'll update the P&amp;T committee on the 21st. Questions to me, ext 4133.</p>
<p>Paul Iverslie, PharmD<br>Director of Pharmacy, Alder Creek Community Hospital</p>
</body></html>""")

add('clean', 'staff', '', {
    'From': ('Brent Koerner', 'bkoerner@' + HOSP), 'To': 'All Staff <allstaff@' + HOSP + '>',
    'Date': d('2025-08-29 15:45'), 'Subject': 'survey is done - THANK YOU'},
    body="""Team,

The state surveyors left at 2:00 this afternoon. We had two minor findings (a fire door that
doesn't latch in the east hall, and a couple of expired items in the ED crash cart) and no
condition-level deficiencies for the critical access conditions of participation. That's the
best result we've had in the 9 years I've been here.

Pizza in the conference room Tuesday for all shifts, and night shift I'll have it there at
2330 too. You earned it.

Brent
""")

add('clean', 'staff', '', {
    'From': ('Sherri Backes', 'sbackes@' + HOSP), 'To': 'All Staff <allstaff@' + HOSP + '>',
    'Date': d('2025-11-20 10:12'), 'Subject': 'RE: Thanksgiving potluck sign up'},
    body="""I'll bring 2 pans of scalloped corn and the pumpkin bars. Somebody please bring something
that isn't dessert this year!!

From: Danielle Voss
Sent: Wednesday, November 19, 2025 4:02 PM
To: All Staff
Subject: Thanksgiving potluck sign up

Potluck Wed 11/26 in the cafeteria 11-1. Turkey and ham provided by dietary. Reply with what
you're bringing. Night shift, we'll save you plates in the break room fridge (labeled!).
""")

add('clean', 'staff', '', {
    'From': ('Mike Brunner PT', 'mbrunner@' + HOSP), 'To': 'Nursing All <nursing@' + HOSP + '>',
    'Date': d('2025-12-04 13:20'), 'Subject': 'Therapy coverage week of 12/8'},
    body="""Heads up - I'm out 12/8-12/12 for my CEU course in Omaha and the OT is down to 3 days.
Inpatient and swing bed therapy will be:

  Mon  PT (contract, Kelsey) 8-12 only
  Tue  OT 8-4
  Wed  PT (Kelsey) 8-4, OT 8-4
  Thu  OT 8-4
  Fri  PT (Kelsey) 8-12

Nursing please keep up the walking program on the off days and chart it in the mobility flowsheet.
Outpatient PT is cancelled that week, front desk is calling people.

Mike
""")

# ================================================================ CLEAN-ADMIN
MINUTES = """WICKHAM COUNTY BOARD OF COMMISSIONERS
REGULAR MEETING MINUTES - OCTOBER 6, 2025

Present: Commissioners Hauschild (chair), Ebert, Nordquist. County Clerk Pam Vogt.

1. Minutes of September 22 approved as written (Ebert/Nordquist, 3-0).

2. Road & Bridge: Supt. Wendt reported the 240th St bridge deck replacement is 80% complete;
   detour remains through November. Gravel bids opened: Kessler Sand & Gravel $14.20/ton,
   Prairie Aggregates $15.05/ton. Awarded to Kessler (Nordquist/Ebert, 3-0).

3. Ambulance Service: Director Amundsen presented the FY26 budget request of $1,148,000, up
   6.1%, driven by a second full-time paramedic position and a cardiac monitor replacement.
   Run volume through September: 1,004 (2024 same period: 947). Interfacility transfers make
   up 31% of runs. Discussion of the proposed 0.5 mill levy increase tabled to 10/20.

4. Public Health: Administrator reported flu clinics at Alder Creek, Dunmore and Petersburg
   served 412 residents. WIC caseload steady at 188. No action.

5. Approved cereal malt beverage license for the Wickham County Fair Association.

6. Executive session (personnel), 10:42-10:58. No action taken.

Adjourned 11:06.
Pam Vogt, County Clerk
"""

add('clean', 'admin', '', {
    'From': ('Pam Vogt, County Clerk', 'pvogt@' + CTY), 'To': 'Department Heads <depthead@' + CTY + '>',
    'Date': d('2025-10-08 11:30'), 'Subject': 'Oct 6 BOCC minutes (draft)'},
    body="""Attached are the draft minutes from Monday. Corrections to me by Friday.
Pam
""",
    atts=[('BOCC_minutes_2025-10-06_DRAFT.txt', MINUTES, 'text/plain', '7bit')])

add('clean', 'admin', '', {
    'From': ('Chief Roger Mattfeld', 'chief@alderckvfd.org'), 'To': 'ACVFD Members <members@alderckvfd.org>',
    'Date': d('2025-04-14 20:10'), 'Subject': 'April business mtg notes + pancake feed'},
    body="""Notes from Thursday:

- Tanker 2 pump seal fixed, $2,310, back in service.
- Grass rig needs new tires before burn season ends. Nate getting quotes.
- SCBA fit testing May 6 & 8 at the station. Everyone must be tested, no exceptions, and
  shave that morning.
- 2 new probationary members: Tyler K. and Addie S. Welcome!
- Annual pancake feed May 17, 6-11 am at the Legion. Need 8 cooks and somebody to get the
  sausage from Hartwig's. Sign up sheet is on the bay door.
- Township contract payments are in except Elm Grove.

Next meeting May 8.
Roger
""")

add('clean', 'admin', '', {
    'From': ('Brent Koerner', 'bkoerner@' + HOSP), 'To': 'Hospital Board <board@' + HOSP + '>',
    'Date': d('2025-11-14 14:00'), 'Subject': 'November board packet - CEO report'},
    body="(html)",
    html="""<html><body style="font-family:Georgia;font-size:11pt">
<p>Board members,</p>
<p>My report for the November 18 meeting. Full financials from Deb will follow Monday.</p>
<table border=1 cellpadding=4 style="border-collapse:collapse;font-size:10pt">
<tr><th>Year to date (Jan-Oct)</th><th>2025</th><th>2024</th></tr>
<tr><td>ED visits</td><td>3,418</td><td>3,290</td></tr>
<tr><td>Transfers out</td><td>262</td><td>241</td></tr>
<tr><td>Acute patient days</td><td>1,106</td><td>1,188</td></tr>
<tr><td>Swing bed days</td><td>1,940</td><td>1,512</td></tr>
<tr><td>Specialty clinic visits (ortho, cardiology, podiatry)</td><td>1,221</td><td>987</td></tr>
<tr><td>Days cash on hand</td><td>118</td><td>96</td></tr>
</table>
<p>Swing bed growth is the story of the year; St Brendan is sending us more post-surgical patients. We are recruiting a second full-time PT. The visiting urology clinic starts in February.</p>
<p>Brent Koerner, CEO</p>
<p style="font-size:8pt;color:#777">This message and any attachments are intended only for the addressee and may contain confidential information.</p>
</body></html>""")

add('clean', 'admin', '', {
    'From': ('ACCH IT', 'helpdesk@' + HOSP), 'To': 'All Staff <allstaff@' + HOSP + '>',
    'Date': d('2025-11-25 09:00'), 'Subject': 'EHR downtime Sunday 11/30 0100-0500'},
    body="""Meditech will be down Sunday 11/30 from 0100 to approximately 0500 for the quarterly
update. Downtime procedures:

 * Downtime reports (census, MAR, allergy lists) will print automatically to the nursing station
   printer at 0030. Make sure it has paper.
 * Use paper lab requisitions and paper MAR. Blue downtime binders are in the ED and med-surg.
 * Lab results will be phoned.
 * After go-live, back-enter all orders and meds by end of shift.

Also, reminder that passwords expire every 90 days. If yours expires during downtime you will
need to call the help desk at ext 4199 Monday.

ACCH IT Services
""")

add('clean', 'admin', '', {
    'From': ('Human Resources', 'hr@' + HOSP), 'To': 'All Staff <allstaff@' + HOSP + '>',
    'Date': d('2025-10-27 08:00'), 'Subject': 'Open enrollment Nov 1-15: health plan changes for 2026'},
    cte='quoted-printable',
    body="""Open enrollment for 2026 benefits runs November 1 \u2013 15.

What\u2019s changing:
  \u2022 Employee-only premium on the PPO goes from $62 to $71 per pay period.
  \u2022 HDHP deductible stays at $3,300 single / $6,600 family; hospital HSA contribution stays $750.
  \u2022 Vision moves from VSP to EyeMed.
  \u2022 New: $0 copay for visits at ACCH clinic for employees on either plan.

Benefits fair is Tuesday 11/4, 7\u20139 am and 2\u20134 pm in the conference room. The BCBS rep will be
here for questions. If you do nothing, your current elections roll over except FSA, which you
must re-elect.

Human Resources
""")

add('clean', 'admin', '', {
    'From': ('Dale Amundsen', 'damundsen@' + EMS), 'To': ('Leah Carlin', 'leah@prairiemedbilling.com'),
    'Cc': ('Pam Vogt', 'pvogt@' + CTY),
    'Date': d('2025-12-01 10:15'), 'Subject': '2026 rate schedule (board approved)'},
    body="""Leah, board approved the new rates this morning, effective 1/1/2026. Please load them.

  A0429 BLS emergency       $1,050  (was $975)
  A0427 ALS1 emergency      $1,250  (was $1,160)
  A0433 ALS2                $1,650
  A0434 SCT                 $2,100
  A0425 mileage             $22.00/loaded mile
  Treat/no transport        $250
  Standby (per hr)          $95

Medicare and Medicaid will still pay their fee schedules of course. Copy of resolution 25-44
to follow from Pam.
Dale
""")

add('clean', 'admin', '', {
    'From': ('Deb Sommerfeld', 'dsommerfeld@' + HOSP), 'To': ('Kansas Flex Program', 'flex@kdhe-ruralhealth.org'),
    'Date': d('2025-07-15 16:40'), 'Subject': 'Q2 MBQIP submission - Alder Creek CAH'},
    body="""Attached/below is our Q2 2025 MBQIP summary.

  Measure                                   Num   Den   Rate
  EDTC - all 8 elements sent                 58    61    95%
  OP-18 median ED LOS (discharged pts)      --    --    112 min
  OP-22 left without being seen               4   912   0.4%
  HCP flu vaccination (2024-25 season)      141   152   93%
  Antibiotic stewardship core elements        7     7   met

Let me know if you need the raw abstraction files.

Deb Sommerfeld
Quality Coordinator, Alder Creek Community Hospital
""")

# ================================================================ CLEAN-LOOKALIKE
add('clean', 'lookalike', '', {
    'From': ('Dr. Amy Hartsock DVM', 'ahartsock@wickhamvet.com'), 'To': ('Lars Fenske', 'fenskefarms@wildblue.net'),
    'Date': d('2026-03-08 18:22'), 'Subject': 'heifer 214 follow up'},
    body="""Lars,

Checked on 214 this afternoon. She's up and eating, passed the placenta about 4 hrs after the
oxytocin. Temp 102.4, which is fine. Keep her in the pen with the calf through Tuesday and
watch for any discharge that smells off; if so call me and we'll start her on Excenel (4-day
withdrawal for meat, 0 for milk). Calf nursed on his own, I gave him the selenium shot.

Still on for pregnancy checking the fall calvers on the 19th. I'll bring the ultrasound.

Invoice #26-0381 for tonight's call: $185 farm call + $42 drugs.

Amy Hartsock, DVM
Wickham Veterinary Clinic
""")

add('clean', 'lookalike', '', {
    'From': 'Prairie Star Co-op <bids@prairiestarcoop.com>', 'To': 'patrons@prairiestarcoop.com',
    'Date': d('2025-10-14 08:30'), 'Subject': 'Cash bids 10/14 - Alder Creek / Dunmore'},
    body="""PRAIRIE STAR CO-OP - CASH BIDS 10/14/2025 8:30 AM

                 Alder Creek    Dunmore     Basis
Corn (NOV)         3.87          3.84       -0.35 Z
Soybeans (NOV)     9.66          9.62       -0.62 X
Milo (NOV)         3.61          3.58       -0.61 Z
Wheat (HRW)        4.71          4.68       -0.65 Z

Harvest hours: 7 am - 10 pm Mon-Sat. Dunmore dryer running, shrink 1.3% per point over 15.5.
Moisture discounts apply. Call Dusty at the scale house 382-4400 before hauling milo.
""")

add('clean', 'lookalike', '', {
    'From': 'Hometown Drug & Farm Supply Rewards <rewards@hometowndrugfarm.com>', 'To': ('Jolene Marquardt', 'jmarquardt79@gmail.com'),
    'Date': d('2025-10-30 07:00'), 'Subject': 'Jolene, you have 1,240 points - $10 off this week!'},
    body="(html)",
    html="""<html><body style="font-family:Verdana;font-size:12px;background:#f4f1ea">
<div style="background:#8B2E2E;color:white;padding:10px;font-size:18px"><b>Hometown Drug &amp; Farm Supply</b> Rewards</div>
<p>Hi Jolene,</p>
<p>You have <b>1,240 points</b>. That's <b>$10 off</b> your next purchase of $40 or more through November 5!</p>
<ul><li>Carhartt bibs 20% off</li><li>Tank heaters in stock - $64.99</li><li>Free flu shot at our pharmacy counter with most insurance, no appointment needed</li><li>Halloween candy 50% off Nov 1</li></ul>
<p>Member #: 400118822</p>
<p style="font-size:10px;color:#666">You are receiving this because you joined Hometown Rewards. <a href="https://hometowndrugfarm.com/unsub">Unsubscribe</a>. 211 Main St, Alder Creek KS.</p>
</body></html>""")

add('clean', 'lookalike', '', {
    'From': ('Heartland Mutual Claims', 'claims@heartlandmutualins.com'), 'To': ('Rusty Delacroix', 'rustyd.trucking@gmail.com'),
    'Date': d('2025-06-20 13:14'), 'Subject': 'Claim 7730-22194 - adjuster appointment'},
    body="""Dear Mr. Delacroix,

Thank you for reporting the hail loss of 06/16/2025 to your 2019 Ford F-250 (policy
HM-AUT-0883127) and the 2015 Peterbilt tractor under your commercial policy.

No injuries were reported with this claim. Our field adjuster, Kent Mueller, will inspect both
vehicles Tuesday 6/24 between 9 and 11 am at your address on file. Please have the keys and
any repair estimates available. Your comprehensive deductible is $1,000 per vehicle.

Claim number: 7730-22194
Heartland Mutual Insurance Company
""")

add('clean', 'lookalike', '', {
    'From': ('Wickham Feed & Vet Supply', 'orders@wickhamfeed.com'), 'To': ('Glen Ekdahl', 'ekdahlfarm@gmail.com'),
    'Date': d('2025-04-02 10:05'), 'Subject': 'Your order is ready - spring calf vaccines'},
    body="""Glen,

Your order is ready for pickup at the back dock. Keep refrigerated!

  2  Vision 7 w/ Spur (50 ds)            $118.50 ea
  1  Bovi-Shield Gold One Shot (50 ds)   $212.00
  1  Dectomax pour-on 5 L                $289.99
  4  boxes 18g x 1" needles
  2  Ideal 12 cc syringes

Per Dr. Hartsock's protocol: blackleg + respiratory at branding, booster at weaning. Tag and
record the lot number for your BQA records.

Total $970.49 on your account.
""")

add('clean', 'lookalike', '', {
    'From': ('Wickham Veterinary Clinic', 'frontdesk@wickhamvet.com'), 'To': ('Dorothy Kuehl', 'dkuehl1941@yahoo.com'),
    'Date': d('2025-09-02 09:15'), 'Subject': "Reminder: Duke's rabies vaccination is due"},
    body="""Hi Dorothy,

Our records show DUKE (canine, Lab mix, 7 yrs) is due for his rabies vaccination on 09/15/2025.
Kansas law and the City of Alder Creek require a current rabies vaccination for dog licensing.
His DHPP and heartworm test are also due.

Call 620-382-4718 or reply to this email to schedule. Walk-in vaccine clinic Saturdays 8-11.

Wickham Veterinary Clinic
""")

add('clean', 'lookalike', '', {
    'From': ('Kent Mueller', 'kmueller@plainscropins.com'), 'To': ('Duane Gustafsen', 'dgus4590@gmail.com'),
    'Date': d('2025-08-11 16:50'), 'Subject': 'RE: hail on the north quarter - claim 25-KS-4471'},
    body="""Duane,

Got your pictures. I'll be out Thursday to do stand counts on the north quarter and the bottom
ground. Don't destroy anything until I've released it. Your APH on that unit is 168 bu for
corn, 75% coverage, so we'll see where the appraisal comes out.

Hope you got the combine running again.

Kent Mueller
Plains Crop Insurance

> Kent, the hail wiped out most of the north qtr saturday night. can you come look.
> Duane
""")

# ================================================================ CLEAN-NEWS
add('clean', 'news', '', {
    'From': 'KDHE Epi Updates <epiupdates@kdhe-bulletins.org>', 'To': 'Local Health Departments <lhd-list@kdhe-bulletins.org>',
    'Date': d('2025-04-04 15:30'), 'Subject': 'Measles update - southwest region, week 13'},
    body="""MEASLES SITUATION UPDATE - WEEK 13, 2025

As of April 4, 17 confirmed measles cases have been reported in 4 southwest Kansas counties
(Stevens 9, Grant 4, Morton 3, Kiowa 1). 15 of 17 cases were unvaccinated; 11 are under age 18.
Two cases were hospitalized. No deaths.

Recommendations for local health departments:
 - Review MMR coverage for kindergarten and 7th grade; offer catch-up clinics.
 - Early (6-11 month) MMR dose is recommended for infants in affected counties.
 - Report suspected cases immediately by phone to the Epi Hotline, 877-427-7317.
 - Exposed non-immune healthcare workers are excluded day 5 through day 21 after exposure.

Next update: April 11.
""")

add('clean', 'news', '', {
    'From': ('K-State Research and Extension - Wickham County', 'wickham@ksu-extension.org'), 'To': 'wickham-ag-news@ksu-extension.org',
    'Date': d('2025-07-14 07:00'), 'Subject': 'Heat stress: workers and cattle this week'},
    body="""Heat index is forecast above 105 through Thursday.

FOR PEOPLE: Heat illness kills more farm and construction workers every year than people
realize. Water every 15-20 minutes, even if not thirsty. Shade and rest breaks. New workers
and anyone back from time off need 1-2 weeks to acclimate. Know the signs: heavy sweating,
cramps, dizziness, confusion. Confusion or stopped sweating = call 911.

FOR CATTLE: Work cattle before 8 am. Add water tank space (3 inches linear per head). Sprinklers
on pen surfaces help feedlot cattle. Black-hided cattle suffer first.

Pesticide applicators: label re-entry intervals still apply in the heat.

Wickham County Extension, 620-382-4050
""")

add('clean', 'news', '', {
    'From': ('Alder Creek Community Hospital', 'news@' + HOSP), 'To': 'community-news@' + HOSP,
    'Date': d('2025-09-05 10:00'), 'Subject': 'Hospital News - September 2025'},
    body="(html)",
    html="""<html><body style="font-family:Arial;font-size:13px;max-width:640px">
<h2 style="color:#2E5E4E">Alder Creek Community Hospital - Community Newsletter</h2>
<h3>New 64-slice CT is here</h3>
<p>Thanks to a USDA Community Facilities grant and $212,000 raised by the Hospital Foundation, our new CT scanner went live August 18. Scans are faster and use less radiation, and images go to the St. Brendan radiologists in minutes.</p>
<h3>Welcome, Kayla Brandt, PA-C</h3>
<p>Kayla grew up in Dunmore and joins our clinic October 1. She will see patients of all ages Monday through Thursday.</p>
<h3>Flu shot clinics</h3>
<p>Walk-in flu shots at the clinic every weekday in October, 8-11 am. Wickham County Public Health will also hold clinics in Dunmore (10/7) and Petersburg (10/9).</p>
<h3>Volunteers needed</h3>
<p>The gift shop auxiliary needs two more volunteers on Tuesday afternoons. Call Marge at 382-4100.</p>
<p style="font-size:10px;color:#888">You received this newsletter because you signed up at a hospital event. Unsubscribe anytime.</p>
</body></html>""")

add('clean', 'news', '', {
    'From': ('Dale Amundsen', 'damundsen@' + EMS), 'To': 'WCAS All <all@' + EMS + '>',
    'Date': d('2025-11-02 14:44'), 'Subject': 'Fwd: Calloway Courier article on us'},
    body="""Article from this week's Courier. Nice to get some attention, maybe we'll get a few EMT
class signups out of it. Next class starts Jan 12.

---------- Forwarded message ---------
From: Calloway Courier <newsletter@callowaycourier.com>
Date: Sun, Nov 2, 2025 at 6:00 AM
Subject: This week in the Courier

RURAL AMBULANCE SERVICES STRETCHED THIN
By Janelle Ostby, Courier staff

ALDER CREEK - When the tones drop at 2 a.m. in Wickham County, there's a good chance the
paramedic answering them worked a full day on a farm or at the co-op first.

Wickham County Ambulance Service covers 720 square miles with two staffed trucks and a roster
that has shrunk from 31 volunteers in 2015 to 14 today. Director Dale Amundsen said nearly a
third of their runs are now long-distance transfers from Alder Creek Community Hospital to
St. Brendan in Fort Calloway, taking a truck and crew out of the county for four hours or more.

"Every transfer is a hole in the map," Amundsen said. The county commission will consider a
half-mill levy increase on Oct. 20 to fund a second full-time paramedic.

Statewide, 28 of Kansas' 105 counties have fewer than 10 active EMS volunteers, according to
the Kansas Board of EMS.
""")

add('clean', 'news', '', {
    'From': 'CDC Health Alert Network <han@cdc-han-notify.org>', 'To': 'han-subscribers@cdc-han-notify.org',
    'Date': d('2025-01-17 13:00', tz=-5), 'Subject': 'HAN Health Advisory: Increase in pertussis cases'},
    body="""Distributed via the CDC Health Alert Network
January 17, 2025, 1:00 PM ET
CDCHAN-00519

Summary
Reported pertussis cases in 2024 were more than four times the number reported in 2023. Infants
under 1 year are at highest risk of severe disease and death. This Health Advisory reminds
clinicians to (1) test patients with compatible symptoms by PCR, (2) treat promptly and give
post-exposure prophylaxis to household contacts, and (3) recommend Tdap during weeks 27-36 of
every pregnancy.

Recommendations for Public Health Departments
 - Promote on-time DTaP and Tdap vaccination.
 - Investigate clusters in schools and childcare settings.

For more information: www.cdc.gov/pertussis
""")

add('clean', 'news', '', {
    'From': ('Kansas Farm Bureau Safety', 'safety@kfb-safetynews.org'), 'To': 'members@kfb-safetynews.org',
    'Date': d('2025-09-29 06:00'), 'Subject': 'Grain Bin Safety: what first responders and farmers need to know'},
    body="""In 2024 there were 42 grain entrapments reported nationwide, 15 of them fatal. Most happen
in on-farm bins during harvest, and most victims are working alone.

For farmers:
 - Never enter a bin with the unload auger running. Lock out and tag out.
 - Use a body harness and lifeline with an observer outside.
 - Bridged or crusted grain can collapse without warning.

For fire and EMS:
 - A person buried to the waist can't be pulled out by hand; it takes hundreds of pounds of force.
 - Cut triangular holes low on the bin walls in a pattern to lower the grain evenly.
 - Expect crush injury and hypothermia after prolonged entrapment.

Kansas Farm Bureau has two grain rescue tubes available for loan to volunteer fire departments.
Training dates in Wickham and Ness counties in November. Reply to request a slot.
""")

# ================================================================ CLEAN-TRAINING
add('clean', 'training', '', {
    'From': ('Lupe Solis, Training Officer', 'lsolis@' + EMS), 'To': 'WCAS All <all@' + EMS + '>',
    'Cc': 'ACVFD Members <members@alderckvfd.org>',
    'Date': d('2025-10-28 18:00'), 'Subject': 'Nov joint drill scenario - grain bin'},
    body="""Joint drill with ACVFD Thursday 11/13, 1900, at the co-op Dunmore site (Dusty gave us the
empty bin). Scenario below. Don't share with the people assigned as the "family".

SCENARIO 4 - GRAIN ENTRAPMENT
Dispatch: 62 y/o male trapped in bin, family on scene, caller states "he's in up to his chest."
On arrival: patient (mannequin "Rescue Randy") buried to the mid-chest in corn, conscious,
complaining of difficulty breathing. Son (actor) attempted to pull him out with a rope.
Initial vitals (give when asked): HR 118, BP 164/96, RR 28 shallow, SpO2 89%, skin cool.
After 45 min extrication: HR 130, BP 88/54 -- anticipate crush syndrome on release.
Expected actions: LOTO on auger, rescue tube, O2, 2 large bore IVs, fluid bolus BEFORE release,
12-lead, consider air medical early.

Evaluators: Dale and Chief Mattfeld.
""")

add('clean', 'training', '', {
    'From': ('Lisa Ochsner', 'lochsner@' + HOSP), 'To': 'Nursing All <nursing@' + HOSP + '>',
    'Date': d('2025-09-19 15:15'), 'Subject': 'mock code debrief - med surg 9/18'},
    body="""Thanks to everyone who came to the unannounced mock code yesterday. Debrief notes:

Went well:
 - Compressions started in 22 seconds.
 - Crash cart at bedside in under a minute.
 - Recorder role filled right away.

Needs work:
 - First shock delivered at 4:10. Goal is under 3 min. Pads took a long time to find (they
   were under the backboard).
 - Nobody called the overhead page to the ED for the doc until 1:40.
 - Epi syringes from the cart were expired (Aug). Pharmacy has restocked all carts.

Next mock code will be in swing bed in October. Manikin goes back to the storage closet.
""")

add('clean', 'training', '', {
    'From': ('Kyle Menke (IT)', 'kmenke@' + HOSP), 'To': ('Becky Hollenbeck', 'bhollenbeck@' + HOSP),
    'Date': d('2025-11-05 11:20'), 'Subject': 'new reference lab interface - test messages in TEST env'},
    body="""Becky, the vendor sent the test results through to the TEST environment this morning. Can you
log in to TEST (not LIVE) and verify they display right? Both are their canned test patients.

MSH|^~\\&|PRAIRIELAB|PRLAB|MEDITECH|ACCH_TEST|20251105100200||ORU^R01|TST0001|T|2.5.1
PID|1||TEST00001^^^ACCH^MR||ZZTEST^LABONE^||19000101|U
OBR|1|T0001|PLT0001|80048^BASIC METABOLIC PANEL^CPT|||20251105093000
OBX|1|NM|2951-2^SODIUM^LN||140|mmol/L|136-145|N|||F
OBX|2|NM|2823-3^POTASSIUM^LN||9.9|mmol/L|3.5-5.1|HH|||F

MSH|^~\\&|PRAIRIELAB|PRLAB|MEDITECH|ACCH_TEST|20251105100300||ORU^R01|TST0002|T|2.5.1
PID|1||TEST00002^^^ACCH^MR||ZZTEST^LABTWO^||19000101|U
OBR|1|T0002|PLT0002|87635^SARS-COV-2 PCR^CPT|||20251105093000
OBX|1|ST|94500-6^SARS-CoV-2 RNA^LN||DETECTED||NOT DETECTED|A|||F

The K of 9.9 is intentional to test the critical flag. Processing ID is T so it can't cross to
LIVE. Let me know by Friday.
Kyle
""")

add('clean', 'training', '', {
    'From': ('Anne Lindqvist, RN', 'alindqvist@' + CTY), 'To': 'Emergency Preparedness Partners <prep@' + CTY + '>',
    'Date': d('2025-06-30 12:00'), 'Subject': 'Tabletop exercise 7/15 - county fair GI outbreak (FICTIONAL)'},
    body="""*** EXERCISE - EXERCISE - EXERCISE *** All names and data below are fictional.

Tabletop: Wickham County Fair foodborne outbreak, July 15, 9 am-noon, courthouse basement.
Players: public health, ACCH ED/lab, WCAS, county emergency manager, fair board, KDHE epi.

Inject 1 (Day 2 of fair, 0700): ACCH ED reports 6 patients overnight with vomiting and bloody
diarrhea, all ate at the 4-H food stand. Simulated line list:

  Case  Age  Sex  Onset          Ate at stand  Hospitalized
  A     9    F    7/12 2200      Y             N
  B     11   M    7/12 2330      Y             Y
  C     34   F    7/13 0100      Y             N
  D     67   M    7/13 0200      Y             Y (transfer)
  E     15   F    7/13 0300      N             N
  F     8    M    7/13 0415      Y             N

Inject 2 (Day 2, 1000): Case B lab reports Shiga toxin positive. Media calls the hospital.

Discussion questions attached to the calendar invite.
Anne
""")

add('clean', 'training', '', {
    'From': ('Deb Sommerfeld', 'dsommerfeld@' + HOSP), 'To': 'Nursing All <nursing@' + HOSP + '>',
    'Date': d('2025-08-08 09:40'), 'Subject': 'CE case study for August skills day'},
    body="""This is the de-identified case study for skills day. Please read before you come.

Mr. A is a man in his 70s who farms with his son. He came to the ED after three days of
increasing weakness and confusion during wheat harvest. He takes a diuretic and an ACE
inhibitor. Initial sodium was 118. He was treated with hypertonic saline in the ED, and his
sodium rose 14 mmol/L in the first 24 hours.

Questions:
 1. What is the maximum safe rate of sodium correction?
 2. What complication are we worried about, and when does it appear?
 3. What should the swing bed team watch for if he is admitted for rehab?

Answers discussed at skills day, 8/21, 1300.
""")

add('clean', 'training', '', {
    'From': ('Dale Amundsen', 'damundsen@' + EMS), 'To': 'WCAS All <all@' + EMS + '>',
    'Date': d('2025-05-05 20:30'), 'Subject': 'ePCR narrative examples - read before QA meeting'},
    body="""Here is a SAMPLE of the narrative format the billing company wants. This is made up, not a
real run. Use the CHART format and document WHY the patient needed a stretcher.

--- SAMPLE ---
Patient: Jane Sample   DOB: 01/01/1950   Incident: 00-0000
C: Pt c/o weakness x2 days.
H: Hx per pt. Meds list attached.
A: Pt found supine on floor, unable to bear weight on L leg, LLE shortened and rotated. Pain 9/10.
R: Splinted w/ pillows, fentanyl 50 mcg IN, moved by scoop to cot due to inability to sit.
T: Transported non-emergent to ACCH ED, position of comfort, vitals q10.
--- END SAMPLE ---

"Pt ambulatory to cot" gets us a denial every time. If they walked, say why they still needed
the ambulance or don't bill ALS.
""")

# ================================================================ WRITE
def main():
    order = list(range(len(MSGS)))
    random.shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        label, kind, patient, h, kw = MSGS[i]
        msg = build(h, **kw)
        fn = '%s-%s-%03d.eml' % (label, kind, n)
        with open(os.path.join(OUT, fn), 'wb') as f:
            BytesGenerator(f, mangle_from_=False, maxheaderlen=78).flatten(msg)
        rows.append((fn, label, kind, patient))
    rows.sort()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
