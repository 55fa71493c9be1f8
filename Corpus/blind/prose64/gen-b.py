#!/usr/bin/env python3
"""Blind evaluation mail set: allergy / asthma / ENT practice with an audiology
and hearing-aid shop.  Everything here is invented.  Standard library only,
deterministic (no clock, seeded randomness), run as: python3 gen.py OUTDIR"""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

SEED = 6402
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTS = {}
# long-line tolerant policy so plain bodies go out 7bit/8bit unless a cte is asked for
BODY_POLICY = email.policy.default.clone(max_line_length=998)


def d(y, mo, da, h, mi, s=0, off=-4):
    return format_datetime(datetime(y, mo, da, h, mi, s,
                                    tzinfo=timezone(timedelta(hours=off))))


def mkzip(files, when=(2024, 10, 25, 8, 30, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def mkxlsx(rows, sheet='Sheet1'):
    def colname(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    rx = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = '%s%d' % (colname(c), r)
            if isinstance(val, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(val))))
        rx.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(rx))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return mkzip(files, when=(2024, 10, 28, 16, 5, 0))


def csvtext(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def mk(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
       cc=None, cte=None, html_cte=None, extra=()):
    n = COUNTS.get((label, kind), 0) + 1
    COUNTS[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage(policy=BODY_POLICY)
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%016x.%d@%s>' % (random.getrandbits(64), len(ROWS) + 1, dom)
    for k, v in extra:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        if html_cte:
            msg.add_alternative(html, subtype='html', cte=html_cte)
        else:
            msg.add_alternative(html, subtype='html')
    for a in atts:
        maintype, subtype, name, data = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    i = len(ROWS) + 1
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


def phi(kind, patient, *a, **k):
    mk('phi', kind, patient, *a, **k)


def clean(kind, *a, **k):
    mk('clean', kind, '', *a, **k)


# ---------------------------------------------------------------------------
# cast (all invented)
KV = 'kvaent.com'          # Kestrel Valley Allergy, Asthma & ENT + Hearing Center
DISC = ('\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of\n'
        'the intended recipient(s) and may contain confidential and privileged information. Any\n'
        'unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n'
        'intended recipient, please contact the sender by reply e-mail and destroy all copies.\n')

# ===========================================================================
# PHI / care
# ===========================================================================
phi('care', 'Marchetti',
    'Tammy Brook <tbrook@kvaent.com>', 'Henrik Lindqvist MD <hlindqvist@kvaent.com>',
    'shot rxn this am', d(2024, 10, 8, 11, 42),
    """Dr L,

Delphine Marchetti had a local reaction after her maintenance injection this
morning - vial 3 (cat/D. farinae mix), 0.20 mL. At 30 min the wheal was about
6 cm on the L upper arm, itchy, no hives anywhere else, lungs clear, BP 124/78.
Gave cetirizine 10 mg and kept her an extra 30 min, swelling was going down when
she left.

I put her back to 0.15 mL for next Tues unless you want something different.
She said her arm did the same thing 2 wks ago but she didn't tell us (!!).
Reminded her she has to bring her epi pen every visit, she didn't have it today.

Tammy

Tammy Brook, RN
Allergy Injection Clinic
Kestrel Valley Allergy, Asthma & ENT
(419) 555-0140 x212
""")

phi('care', 'Brandtzaeg',
    'Parks, Jolene <jparks@kvaent.com>', 'Okafor, Adaeze MD <aokafor@kvaent.com>',
    'RE: POD5 call back - Brandtzaeg', d(2024, 10, 12, 10, 9),
    """ok will call mom back and tell her that. thx

-----Original Message-----
From: Okafor, Adaeze MD
Sent: Saturday, October 12, 2024 10:02 AM
To: Parks, Jolene
Subject: RE: POD5 call back - Brandtzaeg

Streaks in the saliva are ok at this stage (scab separation). Anything bright
red, clots, or more than a teaspoon -> straight to Riverbend ED, don't call us
first. Push popsicles/fluids, alternate tylenol and motrin as on the d/c sheet.
If he's not peeing at least 3x a day I want to see him Monday.

-AO

-----Original Message-----
From: Parks, Jolene
Sent: Saturday, October 12, 2024 9:41 AM
To: Okafor, Adaeze MD
Subject: POD5 call back - Brandtzaeg

Dr O - on call msg from mom of Tyler Brandtzaeg (7yo, T&A w/ you Mon 10/7).
Drinking less since yesterday, says throat hurts worse than day 2, some pinkish
streaks in his spit this morning, no clots. Temp 100.1 last night. Wants to
know if she should bring him in.

Jolene Parks, LPN
""", extra=[('In-Reply-To', '<b81fe20a11c4.2@kvaent.com>')])

phi('care', 'Pruitt',
    'Dana Whitcomb, AuD <dwhitcomb@kvaent.com>', 'Front Desk <frontdesk@kvaent.com>',
    'Fwd: Pruitt - fitting appt', d(2024, 10, 17, 15, 20),
    """Krystal - can you get Walter Pruitt in for a binaural fitting in the next 2 wks,
60 min slot, with me not Luis. His results from today:

 - sloping mild to severe sensorineural loss both ears, a bit worse on the R
 - word rec 68% R / 72% L at MCL
 - tymps normal (type A) bilat
 - QuickSIN 9 dB SNR loss

He wants the rechargeable RICs (Auralis Vela 7, champagne). Trial period
paperwork signed, it's in his chart. Wife drives him so mornings only.

thanks!
Dana

Dana Whitcomb, Au.D., CCC-A
Clinical Audiologist | Kestrel Valley Hearing Center
""",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Krystal - can you get Walter Pruitt in for a binaural fitting in the next 2 wks, 60 min slot, with me not Luis. His results from today:</p>
<ul>
<li>sloping mild to severe sensorineural loss both ears, a bit worse on the R</li>
<li>word rec 68% R / 72% L at MCL</li>
<li>tymps normal (type A) bilat</li>
<li>QuickSIN 9 dB SNR loss</li>
</ul>
<p>He wants the rechargeable RICs (Auralis Vela 7, champagne). Trial period paperwork signed, it's in his chart. Wife drives him so mornings only.</p>
<p>thanks!<br>Dana</p>
<p style="color:#555">Dana Whitcomb, Au.D., CCC-A<br>Clinical Audiologist | Kestrel Valley Hearing Center</p>
</div></body></html>
""", cc='Luis Carvajal <lcarvajal@kvaent.com>')

phi('care', 'Yoon',
    'Paul Kessler MD <pkessler@kvaent.com>', 'Lorna Abernathy <labernathy@fenwickpeds.com>',
    'Isabella - baked egg OFC today', d(2024, 10, 22, 13, 5),
    """Lorna,

Quick update on Isabella Yoon, who you sent us in the spring. She passed her baked
egg challenge in the office this morning -- worked up to the full muffin portion
(roughly 1/3 egg equivalent) over about 90 min, observed 2 hrs after, no symptoms
at all. Mom was thrilled.

Plan: baked egg in the diet at least 3x/week, still avoiding scrambled/loose egg.
We'll repeat component testing in 12 months and think about a whole egg challenge
then. Peanut stays a strict avoid -- her Ara h 2 was still 4.1 in August -- so the
auto-injectors stay at school.

Formal note to follow through the portal.

Paul

Paul Kessler, MD
Allergy & Immunology
Kestrel Valley Allergy, Asthma & ENT
""" + DISC)

phi('care', 'Genovese',
    'Henrik Lindqvist <hlindqvist@kvaent.com>', 'Rowena Dizon <rdizon@kvaent.com>',
    'genovese', d(2024, 10, 23, 9, 51),
    """rowena - pls schedule Harold Genovese back in 4 wks w/ repeat spiro pre/post.
today FEV1 61% pred, 78% after 4 puffs albuterol so big reversibility. started
symbicort 160/4.5 2 puffs bid, stop the qvar. he needs spacer teaching before he
leaves if hes still in room 4.  -HL
""")

phi('care', 'Albright',
    'Maribel Ocampo <mocampo@kvaent.com>', 'Riverbend Scheduling <scheduling@riverbendsc.com>',
    'Case booking 12/03 - Dr. Ramaswamy', d(2024, 10, 30, 14, 33),
    """Hi Tina,

Please book the following for Tues 12/3, Dr. Meera Ramaswamy, first case if available:

Patient: Corinne Albright
Procedure: bilateral FESS (max antrostomy, total ethmoidectomy, frontal sinusotomy)
           + septoplasty, image guidance
Est. time: 2.5 hrs
Anesthesia: general
CT sinus 10/28/24 at Northgate Imaging - we'll send the disc for nav loading
Pre-op: needs H&P/clearance from PCP (Dr. Foyle), stop aspirin 81 seven days prior.
She had bad PONV with her last surgery per pt.

Booking sheet + auth to follow once Summit gives us the number.

Thanks,
Maribel Ocampo
Surgery Scheduler | Kestrel Valley Allergy, Asthma & ENT
419-555-0140 x230
""",
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Tina,</p>
<p>Please book the following for Tues 12/3, Dr. Meera Ramaswamy, first case if available:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Corinne Albright</td></tr>
<tr><td><b>Procedure</b></td><td>bilateral FESS (max antrostomy, total ethmoidectomy, frontal sinusotomy) + septoplasty, image guidance</td></tr>
<tr><td><b>Est. time</b></td><td>2.5 hrs</td></tr>
<tr><td><b>Anesthesia</b></td><td>general</td></tr>
<tr><td><b>Imaging</b></td><td>CT sinus 10/28/24 at Northgate Imaging - we'll send the disc for nav loading</td></tr>
<tr><td><b>Pre-op</b></td><td>needs H&amp;P/clearance from PCP (Dr. Foyle), stop aspirin 81 seven days prior. She had bad PONV with her last surgery per pt.</td></tr>
</table>
<p>Booking sheet + auth to follow once Summit gives us the number.</p>
<p>Thanks,<br>Maribel Ocampo<br>Surgery Scheduler | Kestrel Valley Allergy, Asthma &amp; ENT<br>419-555-0140 x230</p>
</body></html>
""", html_cte='quoted-printable')

phi('care', 'Ferreira',
    'Luis Carvajal <lcarvajal@kvaent.com>', 'Dana Whitcomb <dwhitcomb@kvaent.com>',
    'Ferreira L aid back', d(2024, 11, 4, 16, 48, off=-5),
    """Dana, fyi Dennis Ferreira's left aid came back from Auralis today (RMA 88-41207).
They replaced the receiver and the mic cover, shell was fine. I refit him this
afternoon and re-ran real ear since the receiver is an M now instead of S -
matched target ok. He's still complaining his own voice sounds boomy so I went
to an open 8mm dome. Told him come back in 2 wks if it still bothers him.
Repair was under warranty (exp 4/2026), no charge to him.
-L
""")

phi('care', 'Sorensen',
    'Desiree Lamb <dlamb@kvaent.com>', 'Henrik Lindqvist <hlindqvist@kvaent.com>',
    'Re: Xolair PA - Sorensen', d(2024, 10, 16, 11, 2),
    """Good news, Summit Mutual approved it -- 150 mg q4wk through 10/2025, auth # is
on her chart. Specialty pharmacy (CarePoint) is shipping to us, should be here
by Wed.

Tammy, can you book Anika for her first injection Thurs the 24th? She needs the
2 hr observation for the first 3 doses, so not the 4pm slot.

Desiree

Desiree Lamb | Prior Authorization Coordinator
Kestrel Valley Allergy, Asthma & ENT

On Mon, Oct 14, 2024 at 3:12 PM Henrik Lindqvist <hlindqvist@kvaent.com> wrote:
> Desiree - any word on Anika Sorensen's Xolair? She was in the ED again
> Saturday with an asthma flare, second time since August. IgE 212,
> weight 64 kg. Peer to peer if they push back, I'm free Tues after 4.
>
> H
""", cc='Tammy Brook <tbrook@kvaent.com>')

# ===========================================================================
# PHI / names
# ===========================================================================
phi('names', 'Nguyễn Thị Hoa',
    'Krystal Haney <khaney@kvaent.com>', 'Rowena Dizon <rdizon@kvaent.com>',
    'Re: Nguyễn Thị Hoa - ENT f/u moved', d(2024, 10, 9, 12, 17),
    """she can do Thurs 2:40 instead. I moved the ear cleaning to that slot too so its
all one visit. her daughter will interpret, no need to book the phone interpreter.

k
""")

phi('names', 'Adeyemi-Okonkwo',
    'Henrik Lindqvist <hlindqvist@kvaent.com>', 'Tammy Brook <tbrook@kvaent.com>',
    'skin test results - build vial', d(2024, 10, 10, 15, 26),
    """Adeyemi-Okonkwo, Chiamaka -- prick test today:
  D. pteronyssinus 9 mm, D. farinae 8 mm, cat 6 mm, short ragweed 5 mm
  trees/grasses/molds neg, histamine 7, saline 0

Let's mix her a vial for SCIT: mite/cat/ragweed. She wants to start the build-up
after the holidays (school schedule), so first visit early Jan. She asked about
the mite SLIT tablet too, I said we'd talk about it at the next visit.

HL
""")

phi('names', 'Ó Briain',
    'Front Desk <frontdesk@kvaent.com>', 'Adaeze Okafor <aokafor@kvaent.com>',
    'call back re tubes', d(2024, 10, 15, 8, 55),
    """Dr O, Siobhán's dad called again (Liam Ó Briain, 419-555-0162). He says her
right ear tube has been "draining yellow stuff" since Sat, she swam at the Y
last week without the earplugs. He'd like drops called in to the Walgreens on
Main rather than bring her in. She's the 5 yo you did tubes on in July.

Krystal
""")

phi('names', 'van der Berg',
    'Luis Carvajal <lcarvajal@kvaent.com>', 'Meera Ramaswamy <mramaswamy@kvaent.com>',
    'Mrs. van der Berg - flat tymp L', d(2024, 10, 21, 13, 40),
    """Dr. R,

Mrs. van der Berg (the one with the "plugged" L ear since her flight back from
Amsterdam) came by the hearing center asking for a hearing check. Her L tymp is
flat, type B with normal canal volume, R is normal. Looks like a 15-20 dB
conductive component on the left. I told her she needs to see you, not us.

Can we squeeze her in this week? She flies out again on the 30th.

Luis
""")

phi('names', 'Subramanian',
    'Maribel Ocampo <mocampo@kvaent.com>', 'Meera Ramaswamy <mramaswamy@kvaent.com>',
    'Subramanian septo date', d(2024, 10, 24, 10, 3),
    """Dr. Ramaswamy -

Mr. Venkatesh Subramanian asked to move his septoplasty / inferior turbinate
reduction from 11/19 to after Dec 15 (his daughter's wedding). Next open
Tuesdays at Riverbend are 12/17 and 1/7. Auth is good thru 1/31 so either works.

Which do you prefer? I told Mr. S I'd call him back today.

Maribel
""")

phi('names', 'al-Harbi',
    'Heather Lindgren <hlindgren@pinecrestusd.org>', 'Allergy Nurses <allergy@kvaent.com>',
    'Abdulrahman - allergy action plan for school', d(2024, 10, 25, 7, 48),
    """Hello,

I'm the nurse at Pinecrest Elementary. We have Abdulrahman al-Harbi in 3rd grade
starting Monday (family just moved here from Dearborn). Mom gave us his Food
Allergy Action Plan but it's from his old allergist and it expired in June.

Could Dr. Kessler sign a new one? Mom says he's had reactions to cashew and
pistachio and he has an appointment with you on the 21st. Until then we're
keeping his EpiPen (0.3) in the health office and he eats at the nut-free table.

Abdulrahman seems like a sweet kid and very aware of his allergy - he knows to ask.

Thank you,
Heather Lindgren, BSN, RN
School Nurse | Pinecrest Elementary
Pinecrest Unified School District
419-555-0119

This message may contain confidential student information protected under FERPA.
""")

phi('names', 'Wiśniewska',
    'Dana Whitcomb <dwhitcomb@kvaent.com>', 'Krystal Haney <khaney@kvaent.com>',
    'Wiśniewska fitting - needs interpreter', d(2024, 10, 28, 9, 12),
    """Krystal,

Ms. Katarzyna Wiśniewska is booked for her hearing aid fitting 11/6 at 10. Her
son said the interpreting last time was rough -- please book the in-person Polish
interpreter through LanguageLink, not the phone line.

Also she's the one with arthritis in her hands who needs the bigger battery door /
the rechargeable model, flag it so I order the right one before she comes in.

Thx, D.
""", cte='quoted-printable')

phi('names', 'Mateo',
    'Ana Pham <apham@pinecrestusd.org>', 'info@kvaent.com',
    'question about a student w/ ear tubes', d(2024, 11, 6, 15, 31, off=-5),
    """Hi,

I'm a 2nd grade teacher at Pinecrest Elementary. One of my students, Mateo, had ear
tubes put in at your office a few weeks ago (his mom said Dr. Okafor did them).
We start our swim unit at the rec center next week and mom asked me to check
whether he needs earplugs or should sit out. She said she tried calling but
couldn't get through. Mom's ok with me emailing you, she's cc'd.

Thanks!
Ana Pham
2nd Grade, Room 14
""", cc='gaby.r84@gmail.com')

# ===========================================================================
# PHI / self
# ===========================================================================
phi('self', 'Kowalczyk',
    'Brenda K <bkowalczyk71@gmail.com>', 'allergy@kvaent.com',
    'missed my allergy shot - do I start over?', d(2024, 10, 14, 20, 11),
    """Hi, this is Brenda Kowalczyk, DOB 6/12/1971. I missed my shot last Tuesday and
the one before because I had covid (tested positive 10/2). Feeling better now.
Do I need to go back down on my dose? I was on the red vial, 0.4 I think.
Also can I come Thursday instead of Tuesday this week

thanks,
Brenda

Sent from my iPhone
""")

phi('self', 'Thornbury',
    'Rachel Thornbury <rachel.thornbury@outlook.com>', 'info@kvaent.com',
    'Elijah ear pain after tonsils??', d(2024, 10, 11, 22, 37),
    """Hello, my son Elijah Thornbury had his tonsils and adenoids out with Dr Okafor on
the 3rd. His throat is getting better but now he keeps saying his ears hurt really
bad especially at night and he's crying. Is that an ear infection?? He doesn't
have a fever. Do we need to come in or is this normal. He's taking the ibuprofen
and tylenol like the sheet said.

Rachel (Elijah's mom)
330-555-0104
""")

phi('self', 'Osei',
    'Gerry Osei <g.osei@fenwicknet.net>', 'Hearing Center <hearing@kvaent.com>',
    'whistling', d(2024, 10, 15, 6, 58),
    """To whom it may concern,

My right hearing aid has whistled nearly constantly since I had them cleaned on
the 9th. I'm Gerald Osei, Dana fit them for me in March. The left one is fine. I
have tried pushing the dome in further. My wife says she can hear it across the
room.

I am available any morning.

Regards,
Gerry
""", cte='base64')

phi('self', 'Natarajan',
    'Priya Natarajan <priya.natarajan@gmail.com>', 'allergy@kvaent.com',
    'Refill + work note please', d(2024, 10, 23, 12, 4),
    """Hi Dr. Lindqvist’s team,

Could you send a refill of my Advair 250/50 to the CVS on Route 9? I’m down to
about 6 doses. Also I need a note for work saying I was at your office Tuesday
10/22 from 8–10am for the breathing tests (the spirometry + the methacholine one).
My HR needs it by Friday.

Thanks so much —
Priya Natarajan
DOB 09/03/1990
""", cte='quoted-printable')

phi('self', 'Castellanos-Reid',
    'Marisol Castellanos <marisol.castellanos@yahoo.com>', 'allergy@kvaent.com',
    'Allergy action plan for school + epipen dose', d(2024, 11, 12, 19, 25, off=-5),
    """Hi! Can Dr. Kessler fill out the allergy action plan for my daughter Zoe
Castellanos-Reid (born 02/14/2016)? She's starting at Pinecrest Elementary after
winter break and they need it signed by a doctor. Her allergies are peanut, tree
nuts and sesame (the sesame one came up at her last visit with you in Sept).

She's on the 0.15 EpiPen Jr -- I think she needs to go up now since she's 48 lbs?
Can we get a new Rx for that too.

The school's form is attached, I filled in the top part.

Thanks
Marisol
""",
    atts=[('text', 'plain', 'Pinecrest_FAAP_form.txt',
           """PINECREST UNIFIED SCHOOL DISTRICT - FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN

Student name: Zoe Castellanos-Reid          D.O.B.: 02/14/2016
School: Pinecrest Elementary                Grade: 3    Teacher: TBD
Allergy to: peanut, tree nuts, sesame
Weight: 48 lbs      Asthma: [ ] Yes (higher risk for severe reaction)  [X] No
Parent/guardian: Marisol Castellanos  Phone: 419-555-0131
Physician: Dr. Paul Kessler            Phone: 419-555-0140

--- TO BE COMPLETED BY PHYSICIAN ---
Epinephrine dose: [ ] 0.1 mg  [ ] 0.15 mg  [ ] 0.3 mg
Antihistamine: ____________  dose: ______
Student may self-carry epinephrine: [ ] Yes [ ] No
Physician signature: ______________________  Date: __________
""")])

phi('self', 'Lewandowski',
    'tomek lew <tomek.lew@gmail.com>', 'info@kvaent.com',
    'post op question', d(2024, 11, 8, 23, 2, off=-5),
    """day 4 after my sinus surgery. still bloody drainage when i lean forward and i
cant breathe thru my nose at all. is that normal?? i have the post op on mon.

- Tomasz Lewandowski
""")

phi('self', 'Delacroix-Bell',
    'Marguerite Delacroix-Bell <mdbell@fenwicknet.net>', 'billing@kvaent.com',
    'Statement for tinnitus evaluation - please review', d(2024, 10, 2, 10, 14),
    """Dear Billing Department,

I received a statement (account 40018823) for $285.00 for a "tinnitus evaluation"
on August 29. I was told at check-in that the hearing test would be covered by my
Medicare Advantage plan. Apparently the tinnitus part was not. Nobody told me
there would be a separate charge.

I have had ringing in both ears since my chemotherapy in 2022 and I only came in
because my oncologist asked me to. Please review this and call me at 419-555-0175.

Sincerely,
Marguerite Delacroix-Bell
""",
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Georgia,serif;font-size:12pt">
<p>Dear Billing Department,</p>
<p>I received a statement (account 40018823) for $285.00 for a &quot;tinnitus evaluation&quot; on August 29. I was told at check-in that the hearing test would be covered by my Medicare Advantage plan. Apparently the tinnitus part was not. Nobody told me there would be a separate charge.</p>
<p>I have had ringing in both ears since my chemotherapy in 2022 and I only came in because my oncologist asked me to. Please review this and call me at 419-555-0175.</p>
<p>Sincerely,<br>Marguerite Delacroix-Bell</p>
</div></body></html>
""")

# ===========================================================================
# PHI / ids
# ===========================================================================
phi('ids', '',
    'Fenwick Family Medicine Referrals <referrals@fenwickfamilymed.com>', 'referrals@kvaent.com',
    'Referral - ENT - urgent', d(2024, 10, 7, 14, 2),
    """Please see pt for chronic rhinosinusitis with nasal polyps, failed 3 mo of nasal
steroid + 2 courses of prednisone this year. Anosmia x 6 mo. CT ordered, not done yet.

DOB 3.4.88
MRN 00482917 (ours)
Ins: Summit Mutual PPO
Pt prefers afternoon appts. Best # is pt's cell 419-555-0133.

Ref. provider: Dr. Janet Foyle
Fenwick Family Medicine | ph 419-555-0189 | fax 419-555-0190
""")

phi('ids', 'Haskett',
    'Gary Foust <gfoust@kvaent.com>', 'Tami Reinholt <treinholt@kvaent.com>',
    'denial 95004 x 60 again', d(2024, 10, 29, 16, 15),
    """Tami, the Summit denial came back again -- CO-151 on the 95004 (60 units).

acct 7730021-04
pt Lorraine Haskett 19880304
member XQH882104557
DOS 09/17/2024

They want notes showing med necessity for 60 pricks. Dr L's note has the hx of
anaphylaxis to an unknown food at a restaurant, can you pull it and attach to the
appeal. Deadline 11/15.

Gary
""")

phi('ids', 'Mbeki-Hall',
    'Rowena Dizon <rdizon@kvaent.com>', 'Medical Records <records@kvaent.com>',
    'records request - audiogram copy by mail', d(2024, 10, 3, 11, 29),
    """Hi Medical Records,

Patient requested a copy of his audiogram from 10/1 and the hearing aid quote be
mailed to him (he doesn't do email).

Name: Ignatius Mbeki-Hall
DOB: 4 Mar 1951
Address: 1412 Larkspur Ct, Apt 3B, Fenwick OH 44810
Phone: (419) 555-0187

Signed release is scanned under the Media tab.

Thank you
Rowena
""")

phi('ids', 'Ruiz-Whitfield',
    'Riverbend Pathology <pathology@riverbendsc.com>', 'Adaeze Okafor MD <aokafor@kvaent.com>',
    'Result available - Accession S24-11873', d(2024, 10, 18, 8, 2),
    """Dr. Okafor,

The final report for accession S24-11873 is now available in the provider portal.

Patient:   RUIZ-WHITFIELD, KAYDEN
DOB:       05/19/2017
Specimen:  Tonsils, bilateral palatine
Final Dx:  Benign reactive lymphoid hyperplasia. No evidence of lymphoma.
Comment:   Tonsillar asymmetry (R 2.8 cm vs L 1.9 cm) noted per requisition.
           Flow cytometry not performed.

Riverbend Surgery Center - Pathology Services
(419) 555-0158

This is an automated notification. Do not reply to this message.
""")

phi('ids', 'Hollis',
    'Jolene Parks <jparks@kvaent.com>', 'Paul Kessler <pkessler@kvaent.com>',
    'epi rx', d(2024, 10, 21, 10, 47),
    """58219 Hollis, Marjorie - pharmacy says her epi rx expired, needs a new one sent.
Walgreens 419-555-0121. she's the honeybee venom pt, VIT maintenance q6wk.
ok to send 2-pk 0.3?
""")

phi('ids', 'Grissom',
    'Desiree Lamb <dlamb@kvaent.com>', 'Maribel Ocampo <mocampo@kvaent.com>',
    'auth approved - Grissom T&A', d(2024, 10, 17, 14, 55),
    """Maribel --

auth call notes for Grissom:
Lakeland Medicaid Plan, member 4471093822
DOB 11/30/2009, last 4 ss 6620 (they asked, mom gave it)
CPT 42826 approved, ref# A-2024-118820, valid 10/21 - 01/21
7 documented strep infections in the past year, PCP notes faxed over 10/15.

Go ahead and book Devontae with Dr O, mom says any Monday.

Desiree
""")

phi('ids', 'Tramontano',
    'Luis Carvajal <lcarvajal@kvaent.com>', 'Auralis Repair <repairs@auralis-hs.com>',
    'Warranty repair - acct HA-30917', d(2024, 10, 25, 10, 20),
    """Hello Auralis Repair,

Sending a pair back for warranty repair, please issue RMA.

Patient: Eunice Tramontano
DOB: 1946-07-22
Our acct: HA-30917
Model: Vela 5 RIC R
Serial: L 2231-88A14 / R 2231-88A19
Fit date: 02/08/2023
Issue: L intermittently dead, R fine but sending both for check. She has a severe
loss and lives alone - please send Power-receiver loaners asap.

Thanks,
Luis Carvajal, Au.D.
Kestrel Valley Hearing Center
419-555-0140 x250
""")

phi('ids', 'Quintanilla',
    'Fenwick Answering Service <msgs@fenwickanswering.com>', 'triage@kvaent.com',
    'After-hours msg 10/19 21:47', d(2024, 10, 19, 21, 51),
    """CALLER: mom
PATIENT LAST NAME: Quintanilla
CALLBACK: 614-555-0143
MESSAGE: son had tubes put in 2 wks ago, now green drainage from L ear and fever
101.2 since this afternoon. Asking if he needs ER tonight.
ON-CALL: Dr. Ramaswamy paged 21:49

-- Fenwick Answering Service, op #14
""")

# ===========================================================================
# PHI / lists
# ===========================================================================
phi('lists', 'Marchetti',
    'Tammy Brook <tbrook@kvaent.com>', 'Allergy Nurses <allergy-nurses@kvaent.com>',
    'Tues shot clinic - dose changes', d(2024, 10, 14, 17, 2),
    "Heads up for tomorrow, these are the ones w/ changes, rest are as usual:\n\n"
    "Name\tVial\tLast dose\tTomorrow\tNote\n"
    "Marchetti, Delphine\t3 (cat/mite)\t0.20\t0.15\tlocal rxn 6cm last wk\n"
    "Oyelaran, Tunde\t2 (trees/grass)\t0.30\t0.35\t\n"
    "Hollis, Marjorie\tVIT honeybee\t100mcg\t100mcg\tq6wk, due\n"
    "Brzezinski, Alan\t1 (ragweed)\t0.05\tHOLD\twheezing per pt call, Dr L to see first\n"
    "Tran, Kim-Linh\t4 (mold mix)\t0.50\t0.50\tnew vial - give vial test dose\n"
    "\nTammy\n")

phi('lists', 'Kuykendall',
    'Adaeze Okafor <aokafor@kvaent.com>', 'Riverbend OR 3 <or-charge@riverbendsc.com>',
    'Mon 10/28 peds list', d(2024, 10, 25, 18, 40),
    """Huddle list for Monday, OR 3:

• 0730 — Brandon Kuykendall, 4y, T&A for OSA (AHI 14), 16 kg — overnight obs given AHI
• 0830 — Amara Eze, 6y, T&A, recurrent tonsillitis, PEANUT allergy (band her)
• 0930 — Lily Haverford, 3y, BMT + adenoidectomy
• 1030 — Noah Birkeland-Sato, 8y, tonsillectomy only, sickle trait — check pre-op CBC
• 1130 — Jaxon Petty, 2y, BMT (brother of Jayden, did him in July)

Anesthesia is Dr. Ferrante. Can we get the 2nd PACU nurse for the 0730 since he's staying.

AO
""", cc='Maribel Ocampo <mocampo@kvaent.com>')

phi('lists', 'Pruitt',
    'Dana Whitcomb <dwhitcomb@kvaent.com>', 'Hearing Center <hearing@kvaent.com>',
    'hearing center wk of 11/4', d(2024, 11, 1, 16, 12),
    """Schedule for next week, pls print and tape it up by the booth. Changes to me.

DAY  TIME   PATIENT                 APPT           DEVICE / NOTES
---- -----  ----------------------  -------------  ------------------------------
Mon  09:00  Pruitt, Walter          HA fit (bin)   Vela 7R champagne
Mon  10:30  Okonjo, Felicia         audio eval     ref Dr R - sudden loss L? STAT
Tue  13:00  Delgado, Ruben          repair/clean   R aid dead again
Wed  10:00  Wisniewska, Katarzyna   HA fit (bin)   POLISH interp in person
Wed  14:30  Goldfarb, Miriam        2 wk f/u       own voice complaint, vent?
Thu  08:30  Szabo, Istvan           tinnitus eval  audio + TFI questionnaire
Fri  --     (Luis out)

D.
""")

foods = csvtext([
    ['patient_name', 'dob', 'mrn', 'challenge_food', 'date', 'type', 'weight_kg', 'notes'],
    ['Yoon, Isabella', '2018-03-22', 'KV0041187', 'whole egg', '2024-11-05', 'open', '20.1', 'REMOVE - next yr'],
    ['Fairweather, Oliver', '2019-11-02', 'KV0052290', 'peanut', '2024-11-05', 'open', '17.4', 'Ara h 2 0.31'],
    ['Mbatha, Sipho', '2015-06-14', 'KV0038816', 'cashew', '2024-11-12', 'open', '33.0', 'sibling pistachio allergic'],
    ['Lindahl, Greta', '2020-01-30', 'KV0060012', 'baked milk', '2024-11-12', 'open', '14.2', ''],
    ['Acheampong, Kofi', '2012-09-09', 'KV0029735', 'sesame', '2024-11-19', 'DBPCFC', '41.8', 'prior rxn 2021 - place IV'],
    ['Al-Husseini, Maryam', '2017-04-30', 'KV0058841', 'peanut', '2024-11-12', 'open', '22.6', 'hold zyrtec 5d'],
])
phi('lists', 'Yoon',
    'Paul Kessler <pkessler@kvaent.com>', 'Allergy Nurses <allergy-nurses@kvaent.com>',
    'Nov OFC list - please review', d(2024, 10, 29, 7, 30),
    """Attached is the Nov food challenge list. Please double-check weights before we
order doses from the kitchen. Yoon's whole egg is NOT until next year, she's on
there by mistake -- delete her.

PK
""", atts=[('text', 'csv', 'OFC_Nov2024.csv', foods)])

recall = csvtext([
    ['Name', 'DOB', 'Phone', 'Provider', 'Missed appt', 'Visit type', 'Last visit', 'Outcome'],
    ['Okoro, Ngozi', '07/14/1979', '419-555-0102', 'Lindqvist', '10/01/2024', 'asthma f/u + spiro', '04/09/2024', ''],
    ['Brzezinski, Alan', '12/02/1965', '419-555-0155', 'Lindqvist', '10/03/2024', 'SCIT build-up', '09/26/2024', ''],
    ['Haverford, Lily', '01/19/2021', '419-555-0177', 'Okafor', '10/07/2024', 'post-op BMT check', '09/30/2024', ''],
    ['Dela Paz, Erlinda', '03/30/1952', '419-555-0139', 'Lindqvist', '10/09/2024', 'methacholine challenge', '10/02/2024', ''],
    ['Hassan, Yusuf', '08/08/1990', '614-555-0118', 'Ramaswamy', '10/10/2024', 'post-op FESS debridement', '09/24/2024', ''],
    ['Kovacs, Zsofia', '05/05/2011', '419-555-0128', 'Kessler', '10/15/2024', 'food challenge - milk', '06/11/2024', ''],
    ['Mendes, Thiago', '11/21/1984', '419-555-0196', 'Whitcomb AuD', '10/16/2024', 'hearing aid 2wk check', '10/02/2024', ''],
    ['Trinh, Bao', '02/27/1943', '419-555-0110', 'Carvajal AuD', '10/18/2024', 'audio eval', '10/18/2023', ''],
])
phi('lists', 'Okoro',
    'Susan Albrecht <salbrecht@kvaent.com>', 'Krystal Haney <khaney@kvaent.com>',
    'no-show recall list (zip)', d(2024, 10, 21, 8, 5),
    """Krystal / Rowena - attached is the no-show recall list from the EHR report.
Please call through by Fri and note outcomes in the last column. Zipped it because
Outlook said it was too big (it's not, but whatever).

Susan Albrecht
Practice Manager
Kestrel Valley Allergy, Asthma & ENT
""", cc='Rowena Dizon <rdizon@kvaent.com>',
    atts=[('application', 'zip', 'noshow_recall_oct.zip',
           mkzip([('noshow_recall_oct.csv', recall)]))])

repairs = [
    ['Patient', 'Acct', 'Model', 'Serial', 'Sent', 'RMA', 'Issue', 'Status'],
    ['Delgado, Ruben', 'HA-28811', 'Vela 5 RIC', '2209-41C77 R', '2024-10-08', '88-40990', 'dead, no power', 'OUT 20 days - call Auralis'],
    ['Tramontano, Eunice', 'HA-30917', 'Vela 5 RIC', '2231-88A14 / A19', '2024-10-25', '88-41322', 'L intermittent', 'loaners given'],
    ['Ferreira, Dennis', 'HA-29504', 'Vela 7 RIC', '2302-17B01 L', '2024-10-15', '88-41207', 'receiver', 'BACK 11/4 - refit done'],
    ['Goldfarb, Miriam', 'HA-31442', 'Vela 7 RIC', '2405-02D55 R', '2024-10-17', '88-41240', 'mic distortion', 'OUT 11 days'],
    ['Osei, Gerald', 'HA-27390', 'Lumo BTE', '2112-90F30 R', '2024-10-18', '88-41251', 'feedback after clean', 'OUT 10 days'],
]
phi('lists', 'Delgado',
    'Luis Carvajal <lcarvajal@kvaent.com>', 'Dana Whitcomb <dwhitcomb@kvaent.com>',
    'repair tracker - updated', d(2024, 10, 28, 16, 22),
    """updated the repair log, 3 still out past 10 days. can you call our Auralis rep
about Delgado's, he's been without his right aid almost 3 wks and he's getting
upset (understandably).

L
""", atts=[('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'HA_repair_log_Oct.xlsx', mkxlsx(repairs, 'repairs'))])

phi('lists', 'Thornbury',
    'Jolene Parks <jparks@kvaent.com>', 'Tammy Brook <tbrook@kvaent.com>',
    'sign out fri pm', d(2024, 10, 18, 16, 51),
    """still open from today, I'm off til Tues:

| pt                 | ph           | issue                          | status                              |
|--------------------|--------------|--------------------------------|-------------------------------------|
| Thornbury, Elijah  | 330-555-0104 | ear pain POD 15 T&A, no fever  | told referred pain, call Mon if worse |
| Quintanilla, Diego | 614-555-0143 | L otorrhea after BMT, fever    | seen by Dr R, on ciprodex - f/u call |
| Haskett, Lorraine  | 419-555-0166 | wants skin test results        | Dr L to review                      |
| Kowalczyk, Brenda  | 419-555-0171 | missed shots x2 (covid)        | restart per Dr L: back 2 steps      |

thx!! J
""")

# ===========================================================================
# PHI / struct
# ===========================================================================
phi('struct', 'Sokolova',
    'Brett Hollins <bhollins@kvaent.com>', 'MedLoom Interface Support <interfaces@medloom-ehr.com>',
    'ADT feed from Riverbend rejecting A04s - PID-7? (case 88231)', d(2024, 10, 16, 9, 33),
    r"""Hi,

We're getting AE acks back on some of the A04s from the Riverbend feed since
Tuesday. Example below, copied straight out of the engine log. Looks like the
DOB in PID-7 now has a time on it?? Case 88231.

MSH|^~\&|RVB_ADT|RIVERBEND|MEDLOOM|KVAENT|202410151132||ADT^A04|RVB0008812|P|2.5.1
EVN|A04|202410151132
PID|1||RVB552019^^^RVB^MR~KV0071345^^^KVAENT^MR||SOKOLOVA^IRINA^V||19670811000000|F|||88 Wexford Ln^^Fenwick^OH^44811||^PRN^PH^^^419^5550126
PV1|1|O|ENT^CLINIC^^KVAENT||||1447892210^RAMASWAMY^MEERA|||||||||||V00983311
DG1|1||J32.9^Chronic sinusitis, unspecified^I10

MSA|AE|RVB0008812|PID-7 invalid date format

Can you relax the validation or should I ask Riverbend to fix their side?

Brett Hollins
EHR / Interface Analyst
Kestrel Valley Allergy, Asthma & ENT
""")

oru = (r"MSH|^~\&|QLAB|QUANTUMREF|MEDLOOM|KVAENT|202410241604||ORU^R01|QL24102477120|P|2.5.1" "\r"
       r"PID|1||KV0064420^^^KVAENT^MR||OYELARAN^TUNDE^A||19940612|M|||415 Birchwood Ave^^Fenwick^OH^44810" "\r"
       r"ORC|RE|KV-ORD-55812|QL-88201547||CM" "\r"
       r"OBR|1|KV-ORD-55812|QL-88201547|IGEPNL^ALLERGEN PANEL REGION 5^L|||202410211015|||||||||1306842291^KESSLER^PAUL" "\r"
       r"OBX|1|NM|19113-0^IgE^LN||842|kU/L|<114|H|||F" "\r"
       r"OBX|2|NM|6106-9^Dermatophagoides farinae IgE^LN||38.2|kU/L|<0.35|H|||F" "\r"
       r"OBX|3|NM|6095-4^Timothy grass IgE^LN||12.7|kU/L|<0.35|H|||F" "\r"
       r"OBX|4|NM|6833-8^Cat dander IgE^LN||0.21|kU/L|<0.35|N|||F" "\r"
       r"OBX|5|NM|6206-7^Peanut IgE^LN||<0.10|kU/L|<0.35|N|||F" "\r")
phi('struct', 'Oyelaran',
    'Brett Hollins <bhollins@kvaent.com>', 'Paul Kessler <pkessler@kvaent.com>',
    'unfiled result from Quantum - is this yours?', d(2024, 10, 24, 16, 40),
    """Dr. Kessler - this ORU from Quantum didn't auto-file because the order number
doesn't match anything open in MedLoom (I think the order was re-entered). Raw
message attached. It's for Tunde Oyelaran, ordering provider is you. Can you confirm
it's the panel you drew on 10/21 and I'll manually attach it to the encounter?

Brett
""", atts=[('text', 'plain', 'QL24102477120.hl7', oru)])

phi('struct', 'Brzezinski',
    'Gary Foust <gfoust@kvaent.com>', 'ClaimBridge Support <support@claimbridge.net>',
    'Rejected 837P - 2010BA N4? batch 2024-1021-0044', d(2024, 10, 22, 10, 58),
    """Hello,

One of our claims got rejected in yesterday's batch with "A7:500 - subscriber
address invalid" but the address looks fine to me. Pasting the relevant part of
the file. Can someone look at this?

ISA*00*          *00*          *ZZ*KV77120        *ZZ*CLAIMBRIDGE    *241021*1422*^*00501*000004412*0*P*:~
GS*HC*KV77120*CLAIMBRIDGE*20241021*1422*4412*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*KV4412*20241021*1422*CH~
NM1*85*2*KESTREL VALLEY ALLERGY ASTHMA ENT*****XX*1548201937~
HL*2*1*22*0~
SBR*P*18*GRP77120******CI~
NM1*IL*1*BRZEZINSKI*ALAN*J***MI*SMH448820193~
N3*2207 ORCHARD VIEW DR*~
N4*FENWICK*OH*44811~
DMG*D8*19651202*M~
NM1*PR*2*SUMMIT MUTUAL HEALTH*****PI*60054~
CLM*KV-118204*214.00***11:B:1*Y*A*Y*Y~
HI*ABK:J30.1*ABF:J30.81~
LX*1~
SV1*HC:95165*150.00*UN*10***1~
DTP*472*D8*20241014~
LX*2~
SV1*HC:95117*64.00*UN*1***1~
DTP*472*D8*20241014~

Is it the trailing * on the N3? Our billing system added that after the update.

Thanks,
Gary Foust
Billing Manager, Kestrel Valley Allergy, Asthma & ENT
419-555-0140 x205
""")

phi('struct', 'Delacroix-Bell',
    'Tami Reinholt <treinholt@kvaent.com>', 'Gary Foust <gfoust@kvaent.com>',
    'RE: tinnitus eval complaint - here is the 835', d(2024, 10, 3, 14, 26),
    """Found it in the 8/30 ERA. They paid the audiogram and denied the 92625 as
non-covered (CO-96), so it went to patient resp. No ABN on file that I can see --
so we probably have to write it off and refund. Want me to call her?

CLP*KV-117733*1*430.00*145.00**MA*2409158830021*11*1~
NM1*QC*1*DELACROIX-BELL*MARGUERITE****MI*1EG4TE5MK73~
NM1*82*1*WHITCOMB*DANA****XX*1962005418~
DTM*232*20240829~
SVC*HC:92557*145.00*145.00**1~
DTM*472*20240829~
SVC*HC:92625*285.00*0**1~
DTM*472*20240829~
CAS*CO*96*285.00~
AMT*B6*145.00~

Tami

-----Original Message-----
From: Foust, Gary
Sent: Wednesday, October 2, 2024 10:40 AM
To: Reinholt, Tami
Subject: FW: Statement for tinnitus evaluation - please review

can you find the ERA for this one
""")

phi('struct', 'Goldfarb',
    'Krystal Haney <khaney@kvaent.com>', 'Gary Foust <gfoust@kvaent.com>',
    'does this mean she has hearing aid coverage??', d(2024, 10, 9, 13, 8),
    """Gary, I ran eligibility for Miriam Goldfarb before her fitting and got this back.
The portal just shows the raw stuff. Does the MSG line mean $1500 per ear or total?
She's asking before she signs the purchase agreement.

ST*271*0001*005010X279A1~
BHT*0022*11*KV270-88213*20241009*1304~
HL*1**20*1~
NM1*PR*2*SUMMIT MUTUAL HEALTH*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*KESTREL VALLEY HEARING CENTER*****XX*1548201937~
HL*3*2*22*0~
TRN*2*KV270-88213*9877281234~
NM1*IL*1*GOLDFARB*MIRIAM*R***MI*SMH330918847~
N3*61 HILLCREST TER~
N4*FENWICK*OH*44810~
DMG*D8*19480115*F~
DTP*346*D8*20240101~
EB*1*IND*30**MEDICARE ADVANTAGE PPO~
EB*B*IND*71***27*40.00~
EB*F*IND*71***23*1500.00~
MSG*HEARING AID ALLOWANCE 1500 PER EAR EVERY 36 MONTHS~
DTP*348*D8*20240101~
SE*19*0001~

thx
Krystal
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "kv-33108",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "KV0033108"}
        ],
        "name": [{"family": "Genovese", "given": ["Harold", "J"]}],
        "gender": "male",
        "birthDate": "1958-02-11",
        "telecom": [{"system": "phone", "value": "419-555-0151", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "spiro-20241023-1",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "20150-9", "display": "FEV1"}], "text": "FEV1 pre-bronchodilator"},
        "subject": {"reference": "Patient/kv-33108"},
        "effectiveDateTime": "2024-10-23T09:20:00-04:00",
        "valueQuantity": {"value": 1.92, "unit": "L", "system": "http://unitsofmeasure.org", "code": "L"},
        "note": [{"text": "61% predicted; post-BD 2.46 L (78%), +28%"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "budesonide/formoterol 160/4.5 mcg inhaler, 2 puffs BID"},
        "subject": {"reference": "Patient/kv-33108"},
        "authoredOn": "2024-10-23"
      }
    }
  ]
}
"""
phi('struct', 'Genovese',
    'Brett Hollins <bhollins@kvaent.com>', 'BreatheLog Integrations <integrations@breathelog.io>',
    'FHIR push failing with 422 - sample bundle attached', d(2024, 10, 23, 15, 2),
    """Hi BreatheLog team,

Our pushes to your /Bundle endpoint started returning 422 "Observation.code not
recognized" today. Attaching the exact bundle we sent this morning (it's a real
patient who enrolled in the home-monitoring program, so please handle accordingly
and delete after). Is 20150-9 not in your allowed list anymore?

Brett Hollins
EHR / Interface Analyst, Kestrel Valley Allergy, Asthma & ENT
""", atts=[('application', 'json', 'bundle_kv-33108.json', fhir.encode('utf-8'))])

phi('struct', 'Mensah-Boateng',
    'Rowena Dizon <rdizon@kvaent.com>', 'Records - Fenwick Family Medicine <records@fenwickfamilymed.com>',
    'CCD for Efua Mensah-Boateng (Direct msg bounced)', d(2024, 11, 7, 11, 36, off=-5),
    """Hi,

The Direct message with the CCD bounced twice, so Dr. Lindqvist asked me to just
paste the top of it here so Dr. Foyle has the summary before her visit Monday.
Full doc will come by fax.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241106"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9912.1" extension="KV0047726"/>
      <addr use="HP"><streetAddressLine>9 Quarry Rd</streetAddressLine>
        <city>Fenwick</city><state>OH</state><postalCode>44811</postalCode></addr>
      <telecom value="tel:+1-419-555-0114" use="MC"/>
      <patient>
        <name><given>Efua</given><family>Mensah-Boateng</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19810927"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <title>Problems</title>
    <text>Moderate persistent asthma (J45.40); Allergic rhinitis due to animal dander (J30.81);
          Aspirin-exacerbated respiratory disease, suspected</text>
  </section>
  <section>
    <title>Allergies</title>
    <text>Aspirin - bronchospasm; Penicillin - hives</text>
  </section>
  <section>
    <title>Medications</title>
    <text>fluticasone/salmeterol 250/50 1 inh BID; montelukast 10 mg qhs; albuterol HFA prn</text>
  </section>

Thanks,
Rowena Dizon, CMA
Kestrel Valley Allergy, Asthma & ENT
""")

# ===========================================================================
# PHI / lang
# ===========================================================================
phi('lang', 'Villalobos Díaz',
    'Lucía Díaz <lucia.diaz.fenwick@gmail.com>', 'allergy@kvaent.com',
    'Reacción a la vacuna de alergia de mi hijo', d(2024, 10, 16, 19, 44),
    """Buenas tardes,

Soy la mamá de Santiago Villalobos Díaz, tiene 9 años. Ayer le pusieron su vacuna
de alergia (la inyección) y en la noche se le hinchó mucho el brazo, y hoy tiene
ronchas en la espalda. Le di Benadryl y ya está mejor.

¿Le toca la próxima dosis el martes, se la ponen igual o hay que bajarla? Su fecha
de nacimiento es 17/05/2015 por si la necesitan.

Gracias,
Lucía Díaz
""")

phi('lang', 'Albuquerque Neto',
    'Joaquim Albuquerque <jalbuquerque.neto@uol.com.br>', 'Hearing Center <hearing@kvaent.com>',
    'aparelho auditivo não carrega', d(2024, 10, 22, 8, 17),
    """Olá,

Meu nome é Joaquim Albuquerque Neto. Comprei os aparelhos auditivos com vocês em
agosto (a Dra. Dana fez a adaptação). O aparelho do ouvido esquerdo parou de
carregar no carregador, a luz fica vermelha o tempo todo. Sem ele não consigo
ouvir a televisão nem falar ao telefone direito.

Posso levar amanhã de manhã? Ainda está na garantia, certo?

Obrigado,
Joaquim
(419) 555-0193
""")

phi('lang', 'Phạm Văn Lợi',
    'Phạm Thu Trang <trang.pham.oh@gmail.com>', 'Hearing Center <hearing@kvaent.com>',
    'Hỏi về máy trợ thính cho bố em', d(2024, 10, 26, 10, 3),
    """Chào phòng khám,

Em là con gái của ông Phạm Văn Lợi (sinh ngày 12/08/1949). Tuần trước bố em có đo
thính lực ở phòng khám với bác sĩ Luis. Bác sĩ nói bố em bị nghe kém cả hai tai và
nên đeo máy trợ thính hai bên.

Gia đình muốn hỏi bảo hiểm Medicare của bố em có trả tiền máy trợ thính không, và
nếu không thì giá khoảng bao nhiêu? Bố em không nói tiếng Anh nhiều nên em sẽ đi
cùng khi thử máy.

Cảm ơn,
Trang
(419) 555-0148
""", cte='base64')

phi('lang', 'Jean-Baptiste',
    'Nadège Jean-Baptiste <nadegejb@hotmail.com>', 'info@kvaent.com',
    'pitit gason m apre operasyon amigdal', d(2024, 10, 18, 7, 21),
    """Bonjou,

Mwen se manman Woodley Jean-Baptiste, li gen 6 an. Doktè Okafor te retire amigdal
li lendi 14 oktòb la. Depi yè swa li pa vle manje ni bwè anyen, li di gòj li fè l
mal anpil. Jodi a maten mwen wè yon ti san nan krache li.

Èske m dwe mennen l lopital? Tanpri rele m nan 419-555-0112.

Mèsi anpil,
Nadège
""")

phi('lang', 'Соколова',
    'Ирина Соколова <irina.sokolova67@mail.ru>', 'info@kvaent.com',
    'Вопрос после операции на пазухах', d(2024, 11, 11, 21, 15, off=-5),
    """Здравствуйте,

Меня зовут Ирина Соколова (дата рождения 11.08.1967). 5 ноября мне сделали
операцию на пазухах у доктора Рамасвами. Я промываю нос солевым раствором три раза
в день, как сказали. Но уже два дня у меня болит голова над левым глазом и
выделения жёлтого цвета. Температура 37,6.

Нужно ли мне прийти раньше, чем 19 ноября? И можно ли мне лететь на самолёте
25 ноября к дочери?

Спасибо,
Ирина
""")

phi('lang', 'Dela Paz',
    'Rowena Dizon <rdizon@kvaent.com>', 'Jocelyn Mercado <jmercado@kvaent.com>',
    'spiro ni Mrs. Dela Paz', d(2024, 10, 30, 10, 41),
    """Jo, pakitingnan mo naman yung spiro ni Mrs. Dela Paz kanina (Erlinda, yung 10:15
appt). Hindi daw maganda yung effort sa 3rd trial, sabi ni Dr. L ulitin after ng
albuterol. Nasa room 2 pa siya, naghihintay ng 15 min.

Pakisabi na rin sa front na i-schedule yung methacholine test next week, wag lang
Lunes kasi may dialysis siya tuwing Lunes. Salamat!!

- Weng
""")

phi('lang', 'مريم الحسيني',
    'خالد الحسيني <k.alhusseini@gmail.com>', 'allergy@kvaent.com',
    'سؤال عن اختبار تحدي الفول السوداني', d(2024, 11, 7, 20, 30, off=-5),
    """السلام عليكم،

أنا والد الطفلة مريم الحسيني، عمرها ٧ سنوات. لديها موعد لاختبار تحدي الفول السوداني
(food challenge) يوم الثلاثاء ١٢ نوفمبر مع الدكتور كيسلر.

هل يجب أن توقف دواء الحساسية (زيرتك) قبل الموعد؟ وكم ساعة ستستغرق الزيارة؟
أيضاً أصيبت بالزكام هذا الأسبوع مع سعال خفيف، هل يمكن أن تجري الاختبار؟

شكراً جزيلاً،
خالد الحسيني
""")

phi('lang', '李秀英',
    'Wei Zhang <zhangwei.fenwick@163.com>', 'allergy@kvaent.com',
    '关于我母亲的哮喘复诊', d(2024, 11, 13, 9, 2, off=-5),
    """您好，

我母亲李秀英（1958年3月4日出生）上周二在你们诊所做了肺功能检查，林德奎斯特医生
说她的哮喘控制得不好，给她换了新的吸入器（信必可）。她用了一周，晚上还是咳嗽，
有时候会喘醒。

请问需要提前复诊吗？她英语不太好，我可以陪她来。我的电话是 419-555-0137。

谢谢！
张伟
""", cte='base64')

# ===========================================================================
# CLEAN / admin
# ===========================================================================
clean('admin',
      'Ridgeline IT Service Desk <servicedesk@ridgelineit.com>', 'Susan Albrecht <salbrecht@kvaent.com>',
      '[Ticket INC-20931] Booth 2 workstation - Windows update failed', d(2024, 10, 22, 17, 5),
      """Hello Susan,

Your ticket INC-20931 has been updated.

Technician: Nate Villanueva
Status: Scheduled
Asset: KV-AUD-02 (Booth 2 audiometer workstation)

Notes: The Booth 2 PC failed the October cumulative update and is stuck at
"Undoing changes made to your computer". The audiometer software and its database
live on the server, so nothing is lost. I'll be onsite Thursday 10/24 at 7:00 AM
before clinic to reimage if the rollback doesn't finish on its own. Please make
sure nobody is booked in Booth 2 until 9:00.

Reply to this email to update the ticket, or call 419-555-0100 option 2.

Ridgeline IT | Managed Services for Healthcare
""")

clean('admin',
      'Susan Albrecht <salbrecht@kvaent.com>', 'All Staff <allstaff@kvaent.com>',
      'Open enrollment closes 11/15 + staff flu shots Wed', d(2024, 10, 28, 8, 2),
      """Hi all,

Two things:

1) Open enrollment for 2025 benefits closes FRIDAY 11/15. Summit Mutual premiums
   go up about 6% for the employee+family tier, employee-only is flat. If you
   don't log in, you keep your current plan but your FSA election goes to $0.
   Our benefits rep Carla Yates is here Tues 11/5 12-2 in the break room, or
   call her at 419-555-0177.

2) Staff flu shots: Tammy will give them in the allergy room Wed 10/30, 12-1.
   Bring your insurance card. If you got yours at CVS, send me a pic of the card
   for the employee file.

Thanks!
Susan

Susan Albrecht, MBA
Practice Manager
Kestrel Valley Allergy, Asthma & ENT | 419-555-0140 x201
""")

clean('admin',
      'ClaimBridge Notifications <no-reply@claimbridge.net>', 'billing@kvaent.com',
      'Batch 2024-1021-0044 acknowledgment + scheduled maintenance 11/02', d(2024, 10, 22, 6, 0),
      """ClaimBridge Submitter KV77120 - Kestrel Valley Allergy Asthma ENT

BATCH SUMMARY
  Batch ID ........ 2024-1021-0044
  Received ........ 10/21/2024 14:22 ET
  Claims .......... 145
  Accepted ........ 142
  Rejected ........ 3   (see report R-559021 in the portal)
  Total charges ... $38,412.00

SCHEDULED MAINTENANCE
  Sat 11/02/2024 22:00 ET - Sun 11/03/2024 04:00 ET
  837, 270/276 submissions during the window will be queued and processed after.

BILLING
  Invoice INV-88410 (October transaction fees) $412.37 is due 11/15/2024.

Questions? support@claimbridge.net | 800-555-0166
""")

clean('admin',
      'Tri-County Acoustics <service@tricountyacoustics.com>', 'Dana Whitcomb <dwhitcomb@kvaent.com>',
      'Annual calibration 11/18 - quote Q-2291', d(2024, 10, 31, 13, 44),
      """Hi Dana,

Confirming annual calibration for Monday Nov 18, 8:00 AM:

  - Audiometer, serial 1127754 (Booth 1)
  - Audiometer, serial 1127761 (Booth 2)
  - Middle ear analyzer, serial TY-40312
  - Booth ambient noise survey per ANSI S3.1, both booths

Quote Q-2291: $1,140.00 (same as last year + $60 for the second noise survey).
Each unit will be out of service about 45 min. Our tech is Ron Pasquale,
cell 419-555-0183, he'll call when he's on the way.

Thanks,
Beth Ann Krueger
Scheduling, Tri-County Acoustics
""")

clean('admin',
      'Tammy Brook <tbrook@kvaent.com>', 'Allergy Nurses <allergy-nurses@kvaent.com>',
      'coverage 11/11-11/15 while I am out', d(2024, 11, 1, 12, 30),
      """I'm out 11/11-11/15 (Disney!!!). Coverage:

Mon 11/11  shot clinic AM Jolene / PM Deb Orcutt (float)
Tue 11/12  Jolene + Deb. Dr K has 2 food challenges so Deb stays in the OFC room
Wed 11/13  Jolene only, short shot clinic 8-12
Thu 11/14  Jolene + Deb, Xolair day - 3 on the schedule, need 2 nurses
Fri 11/15  Deb

Extract mixing is done thru 11/22 so nobody needs to mix.
Crash cart check is Jolene on Mon. Epi log in the blue binder.

Call my cell only if on fire: 419-555-0108

T
""")

clean('admin',
      'Auralis Hearing Solutions <orders@auralis-hs.com>', 'Dana Whitcomb <dwhitcomb@kvaent.com>',
      'Invoice 3319027 / PO KV-2024-118 - shipped', d(2024, 10, 29, 15, 12),
      """Thank you for your order!

Invoice:   3319027
PO:        KV-2024-118
Account:   KV-10488 (Kestrel Valley Hearing Center)
Ship via:  UPS Ground, tracking 1Z88X4W10392271154

Qty  Item                              SKU          Serial(s)              Ext.
4    Vela 7 RIC R, champagne (stock)   VL7-RR-CH    2410-11C02..2410-11C05 $5,960.00
2    Vela charging case                VL-CC2       -                      $  380.00
4    Receiver M, 2-length              VL-RCV-M2    -                      $  312.00
100  Open dome 8 mm                    DOM-O8       -                      $  155.00
1    CeruShield wax guards (20 pk)     CS-20        -                      $   75.00
                                                             TOTAL:        $6,882.00
Terms: Net 30

Your account rep: Janelle Ostrowski, 800-555-0142, jostrowski@auralis-hs.com
""")

clean('admin',
      'Summit Mutual Provider Relations <credentialing@summitmutualhealth.com>',
      'Susan Albrecht <salbrecht@kvaent.com>',
      'Recredentialing due - Paul Kessler MD, NPI 1306842291', d(2024, 10, 10, 9, 0),
      """Dear Practice Manager,

Our records show recredentialing for the following provider is due by 12/31/2024:

  Provider:    Paul Kessler, MD
  NPI:         1306842291
  Specialty:   Allergy & Immunology
  CAQH ID:     14028871
  Group TIN:   on file

Please re-attest the CAQH profile and confirm that the board certification and DEA
registration (exp. 06/30/2025) on file are current. If the provider's practice
locations have changed, include the updated addresses.

Reference: CR-55021
Provider Relations | 800-555-0139 | Mon-Fri 8-5 ET

Summit Mutual Health Plan
""")

# ===========================================================================
# CLEAN / lookalike
# ===========================================================================
clean('lookalike',
      'Fenwick Animal Hospital <frontdesk@fenwickvet.com>', 'Jenna Carrow <jcarrow@gmail.com>',
      "Biscuit's allergy injection reminder", d(2024, 10, 28, 10, 0),
      """Hi Jenna,

This is a reminder that Biscuit (Patient ID 44812) is due for his allergy
immunotherapy injection on Sat 11/2 at 10:15 AM with Dr. Hallett.

He's on the maintenance vial now (1.0 mL every 3 weeks). His intradermal skin test
last spring was positive for dust mites and grass pollens, so keep up the weekly
baths and the chlorhexidine wipes on his paws. If you noticed any swelling, hives or
vomiting after the last injection, please call us before the appointment.

Also due at this visit: rabies booster and Bordetella.
DOB on file: 04/11/2019 (Labrador mix, 31.2 kg) - let us know if anything's wrong!

Fenwick Animal Hospital
419-555-0125 | 800 Canal St, Fenwick OH
""")

clean('lookalike',
      'Fenwick Community Credit Union <alerts@fenwickccu.org>', 'Raymond Kolb <rkolb1962@fenwicknet.net>',
      'Member #88213-04: your HSA debit card has been reissued', d(2024, 10, 15, 7, 30),
      """Dear Raymond Kolb,

As part of a routine card security update, we have reissued your Health Savings
Account debit card ending in 4471. Your new card (ending in 9026) will arrive in
7-10 business days. Your old card will stop working on 11/15/2024.

Member number:  88213-04
Account:        HSA Share Savings ****-0932
Date of birth:  on file

Your HSA balance and eligible-expense receipts are unchanged. Remember to keep
receipts for qualified medical expenses for tax purposes.

Questions? Call Member Services at 419-555-0199 or visit any branch.

Fenwick Community Credit Union - Federally insured by NCUA
""", cte='base64')

clean('lookalike',
      'SkyLark Air <itinerary@skylarkair.com>', 'andrea.morales.oh@gmail.com',
      'Your trip confirmation QX7P2M - Columbus to Orlando', d(2024, 10, 20, 18, 26),
      """Thanks for booking with SkyLark Air!

CONFIRMATION CODE: QX7P2M

Passenger:          MORALES/ANDREA MS
SkyLark Rewards #:  7720 4419 08
Date of birth:      as entered at booking

Flight SL 1186   Thu 14 NOV   CMH 07:05  ->  MCO 09:22   Seat 22C  Main Cabin
Flight SL 1191   Mon 18 NOV   MCO 18:40  ->  CMH 21:01   Seat 19A  Main Cabin

Bags: 1 checked bag included. Carry-on liquids must be 3.4 oz or less.

Need wheelchair assistance or traveling with medical equipment like a CPAP or
portable oxygen? Add a Special Service Request in Manage Trip at least 48 hours
before departure.

Total charged: $318.40 (Visa ending 2210)
""",
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#0b4f8a">Thanks for booking with SkyLark Air!</h2>
<p>CONFIRMATION CODE: <b>QX7P2M</b></p>
<table cellpadding="3">
<tr><td>Passenger</td><td>MORALES/ANDREA MS</td></tr>
<tr><td>SkyLark Rewards #</td><td>7720 4419 08</td></tr>
</table>
<p>SL 1186 Thu 14 NOV CMH 07:05 &rarr; MCO 09:22, Seat 22C<br>
SL 1191 Mon 18 NOV MCO 18:40 &rarr; CMH 21:01, Seat 19A</p>
<p>Bags: 1 checked bag included.</p>
<p style="font-size:small">Need wheelchair assistance or traveling with medical equipment like a CPAP or portable oxygen? Add a Special Service Request in Manage Trip at least 48 hours before departure.</p>
<p>Total charged: $318.40 (Visa ending 2210)</p>
</body></html>
""")

clean('lookalike',
      'IronPeak Fitness <members@ironpeakfit.com>', 'Derek Sund <dsund@outlook.com>',
      'Membership freeze confirmed - Member ID 00-55912', d(2024, 10, 31, 11, 15),
      """Hi Derek,

Your membership freeze is confirmed.

  Member ID:     00-55912
  Freeze:        11/01/2024 - 12/31/2024
  Monthly fee:   $5.00 hold fee (billed 11/1 and 12/1)
  Home club:     IronPeak Fenwick, 2100 Commerce Pkwy

Your regular $39.99 dues resume 01/01/2025. Hope the recovery goes well -- we'll be
here when you're back!

What's new: our new "Breathe Easy" mobility + breathing class runs Tue/Thu 6 PM,
the spin studio now has HEPA air purifiers for allergy season, and InBody body
composition scans are half price in January.

IronPeak Fitness | 419-555-0160
""")

clean('lookalike',
      'Canopy Tree Surgeons <office@canopytreesurgeons.com>', 'Mark Brenner <mbrenner@fenwicknet.net>',
      'Quote #TS-4471 - oak crown reduction & cabling, 27 Elm Hollow Rd', d(2024, 10, 24, 14, 9),
      """Hi Mr. Brenner,

Thanks for having us out Tuesday. Our arborist Colm assessed the big red oak in the
back: there's decay at the base of the co-dominant stem where the old wound from
the 2019 storm never sealed, and the crown is carrying a lot of deadwood. It's not
terminal, but it needs surgery before winter.

Recommended:
  1. Deadwood removal + 15% crown reduction ............ $1,650
  2. Dynamic cabling between the two leaders ........... $  720
  3. Root collar excavation and inspection ............. $  480
                                               Total:    $2,850

The ash by the driveway is showing emerald ash borer symptoms (D-shaped exit holes,
bark splits). We'd recommend removal before it becomes a hazard -- separate quote
to follow.

We can schedule the crew the week of Nov 11. Quote valid 30 days.

Colm Fitzgerald, ISA Certified Arborist OH-6120A
Canopy Tree Surgeons | 419-555-0117
""")

clean('lookalike',
      'Priyanka Shah <pshah@tessellate.io>', 'platform-team@tessellate.io',
      'Re: patient-retry worker OOM + health check flapping', d(2024, 10, 17, 9, 48),
      """Quick diagnosis after staring at the heap dumps: the leak is in the record cache,
not the retry loop. Every retry re-hydrates the full record (including the
attachments blob) and we never evict on failure. Treatment plan:

  - cap backoff at 5 min (was unbounded -> some jobs "patiently" retried for 19h)
  - evict on failure, keep only record_id + attempt count
  - bump the /healthz probe timeout 2s -> 5s so k8s stops killing pods mid-GC

PLAT-4410 for the fix, PLAT-4411 for the probe. I'll write up the post-mortem,
vitals dashboard screenshot attached to the ticket. Triage rotation: Dmitri is on
call this week.

-- Priyanka

On Wed, Oct 16, 2024 at 4:02 PM Dmitri Volkov <dvolkov@tessellate.io> wrote:
> The PatientRetryWorker got OOM-killed again at 03:12 UTC, third night in a row.
> Pods on node pool b keep failing the health check right after. Symptoms look the
> same as the Aug incident. Can someone take a look before it becomes chronic?
>
> d.
""")

clean('lookalike',
      'Keystone Auto Insurance Claims <claims@keystoneautoins.com>', 'Renee Lattimore <rlattimore@gmail.com>',
      'Claim 24-883105-AU - appraisal scheduled', d(2024, 10, 11, 13, 37),
      """Dear Ms. Lattimore,

We've received your claim and scheduled the vehicle appraisal.

  Claim number:    24-883105-AU
  Policy number:   KAP-1190447
  Date of loss:    10/09/2024
  Vehicle:         2019 Honda CR-V, VIN ending 48213
  Injuries reported: none
  Appraisal:       Mon 10/14, 1:00-3:00 PM at Fenwick Collision, 114 Dock St

If anyone in the vehicle later discovers an injury, your policy includes Medical
Payments coverage up to $5,000 -- just call and we'll open a separate exposure.

Your adjuster is Tom Greeley, 800-555-0148 ext. 4410.

Keystone Auto Insurance
""")

# ===========================================================================
# CLEAN / news
# ===========================================================================
clean('news',
      'Harlan County Health Department <bulletins@harlancountyhealth.org>', 'subscribers@lists.harlancountyhealth.org',
      'Weekly Air Quality & Pollen Bulletin - week of Sept 9', d(2024, 9, 9, 6, 30),
      """HARLAN COUNTY HEALTH DEPARTMENT
Weekly Air Quality & Pollen Bulletin - Week of September 9, 2024

POLLEN
  Ragweed:  HIGH (peak expected through 9/20)     Grass: LOW     Mold: MODERATE
  Counts from the Fenwick monitoring station averaged 187 grains/m3 ragweed last
  week, up from 96 the week before.

AIR QUALITY
  Ozone AQI forecast 51-78 (Moderate) Tue-Thu. Sensitive groups -- people with
  asthma, children, older adults -- should limit prolonged outdoor exertion in the
  afternoon.

ASTHMA-RELATED ED VISITS (county, all ages)
  Week ending 9/7: 64 visits (5-yr average for this week: 52). Back-to-school
  weeks typically see a rise in pediatric asthma visits.

TIPS: keep windows closed on high pollen days, shower after outdoor activity, and
make sure school-age children have an up-to-date asthma action plan on file at school.

To unsubscribe, reply STOP. Harlan County Health Department, 500 Court St, Fenwick OH.
""")

clean('news',
      'Kestrel Valley Pharmacy Alerts <alerts@kvaent.com>', 'Clinical Staff <clinical@kvaent.com>',
      'FW: VOLUNTARY RECALL - EpiVera 0.3 mg auto-injector, lots EV4J21, EV4J22', d(2024, 10, 9, 12, 0),
      """Forwarding the manufacturer notice below. Please check the office stock and the
crash carts today. We have NOT been dispensing these, but patients may call asking.
Script for front desk is at the bottom.

-- Pharmacy Alerts

----- Forwarded message -----
From: Veralis Pharmaceuticals Medical Information
Subject: VOLUNTARY RECALL - EpiVera (epinephrine injection, USP) 0.3 mg Auto-Injector

Veralis Pharmaceuticals is voluntarily recalling the following lots of EpiVera 0.3 mg
auto-injector to the consumer level because some units may fail to activate or may
require greater force to activate:

   Lot EV4J21   Exp 03/2026   NDC 70999-0412-02
   Lot EV4J22   Exp 03/2026   NDC 70999-0412-02

No adverse events have been confirmed to date. Patients should NOT stop carrying
their auto-injector until a replacement is in hand. Replacement product is free of
charge through the Veralis recall line, 1-800-555-0102.

FRONT DESK SCRIPT: "Please check the lot number on the side of the carton. If it
says EV4J21 or EV4J22, keep carrying it until you have a replacement and call the
number on the recall notice. Your pharmacy can also exchange it."
""")

news_html = """<html><body style="margin:0;background:#f4f7f6">
<table width="600" align="center" style="background:#fff;font-family:Verdana,sans-serif;font-size:13px">
<tr><td style="background:#1d6e5a;color:#fff;padding:16px"><h1 style="margin:0">Kestrel Valley Health Notes</h1>
<p style="margin:0">Fall 2024 &middot; Allergy, Asthma, ENT &amp; Hearing</p></td></tr>
<tr><td style="padding:16px">
<h2>Free hearing screenings &mdash; Saturday, November 9</h2>
<p>Our audiologists Dana Whitcomb, Au.D. and Luis Carvajal, Au.D. will offer free 10-minute hearing screenings from 9 AM to noon at the Fenwick Public Library. No appointment needed. One in three adults over 65 has hearing loss &mdash; and most wait 7 years before getting help.</p>
<h2>Welcome, Dr. Meera Ramaswamy!</h2>
<p>Dr. Ramaswamy joins our ENT team from the Midwest Sinus Institute. She specializes in endoscopic sinus surgery and is now seeing new patients on Tuesdays and Thursdays.</p>
<h2>Fall allergy tips</h2>
<ul><li>Ragweed peaks mid-September; start your nasal spray two weeks before.</li>
<li>Change your furnace filter when the heat comes on.</li>
<li>Leaf piles = mold. Wear a mask when raking.</li></ul>
<h2>Flu shots for egg-allergic patients</h2>
<p>Current guidance says people with egg allergy can receive any age-appropriate flu vaccine. Ask your allergist if you have questions.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this because you subscribed at kvaent.com. <a href="https://kvaent.com/unsubscribe">Unsubscribe</a><br>Kestrel Valley Allergy, Asthma &amp; ENT &middot; 1800 Meridian Way, Fenwick OH 44810</td></tr>
</table></body></html>
"""
clean('news',
      'Kestrel Valley Health Notes <newsletter@kvaent.com>', 'newsletter-subscribers@kvaent.com',
      'Free hearing screenings Nov 9 + welcome Dr. Ramaswamy', d(2024, 10, 27, 8, 0),
      """KESTREL VALLEY HEALTH NOTES - Fall 2024

FREE HEARING SCREENINGS - SATURDAY, NOVEMBER 9
Our audiologists Dana Whitcomb, Au.D. and Luis Carvajal, Au.D. will offer free
10-minute hearing screenings from 9 AM to noon at the Fenwick Public Library. No
appointment needed. One in three adults over 65 has hearing loss -- and most wait
7 years before getting help.

WELCOME, DR. MEERA RAMASWAMY!
Dr. Ramaswamy joins our ENT team from the Midwest Sinus Institute. She specializes
in endoscopic sinus surgery and is seeing new patients Tuesdays and Thursdays.

FALL ALLERGY TIPS
 * Ragweed peaks mid-September; start your nasal spray two weeks before.
 * Change your furnace filter when the heat comes on.
 * Leaf piles = mold. Wear a mask when raking.

FLU SHOTS FOR EGG-ALLERGIC PATIENTS
Current guidance says people with egg allergy can receive any age-appropriate flu
vaccine. Ask your allergist if you have questions.

Unsubscribe: https://kvaent.com/unsubscribe
Kestrel Valley Allergy, Asthma & ENT - 1800 Meridian Way, Fenwick OH 44810
""", html=news_html, html_cte='quoted-printable')

clean('news',
      'Ohio Asthma Surveillance Program <asthma-data@ohiohealthstats.org>', 'partners@lists.ohiohealthstats.org',
      'Data brief: 2023 asthma prevalence and ED visit rates by county', d(2024, 10, 1, 10, 0),
      """DATA BRIEF 24-07 | Asthma in Ohio, 2023

Key findings
  - Current asthma prevalence: 10.2% of adults, 8.4% of children (ages 0-17).
  - Asthma ED visit rate: 48.6 per 10,000 residents statewide; highest among
    children aged 0-4 (112.3 per 10,000).
  - Rates were 2.6 times higher among non-Hispanic Black residents than among
    non-Hispanic white residents.
  - Only 38% of adults with current asthma reported having a written asthma action plan.

County table (ED visits per 10,000, age-adjusted)
  County       2021    2022    2023
  Harlan       41.2    44.9    46.0
  Wexford      52.7    55.1    53.8
  Birch        38.0    36.4    39.9
  Statewide    45.1    47.3    48.6

Counts under 10 are suppressed. Full methodology and downloadable tables at the
program website. Questions: asthma-data@ohiohealthstats.org
""")

clean('news',
      'Midwest Allergy & Immunology Society <enews@midwestallergysociety.org>', 'members@midwestallergysociety.org',
      'MAIS eNews | Nov 2024: OIT update, 2025 CPT changes, spring meeting abstracts', d(2024, 11, 4, 7, 0, off=-5),
      """MAIS eNews - November 2024

1. ORAL IMMUNOTHERAPY: WHAT CHANGED THIS YEAR
   A review of the updated practice parameter on peanut OIT, including the
   recommendation for shared decision-making and the role of omalizumab for
   multi-food allergy. Webinar Dec 5, 7 PM CT, 1.0 CME. Presenter: Dr. Sandra
   Kowalski-Ng, MAIS President.

2. 2025 CPT CHANGES FOR ALLERGY PRACTICES
   No changes to 95004/95024 descriptors. Reminder that 95165 units should reflect
   doses prepared, not vials. Billing workshop recording in the members area.

3. EARLY PEANUT INTRODUCTION - 10 YEARS ON
   Population data continue to show lower peanut allergy rates among infants born
   after the 2017 addendum guidelines. Full summary on the blog.

4. SPRING MEETING
   Abstract deadline Jan 15. Case reports welcome - please make sure all cases are
   fully de-identified (no initials, dates, or photos with faces).

You are receiving this as a MAIS member. Manage preferences in your member profile.
""")

clean('news',
      'Auralis Professional News <pro-news@auralis-hs.com>', 'Dana Whitcomb <dwhitcomb@kvaent.com>',
      'Vela firmware 3.2 is live + what OTC hearing aids mean for your practice', d(2024, 10, 14, 9, 0),
      """AURALIS PROFESSIONAL NEWS - October 2024

VELA FIRMWARE 3.2
 - Improved feedback canceller for open fittings (fewer "whistling" complaints)
 - Own-voice processing now adjustable per program
 - Fixes charging LED stuck on red for some 2023 units
 Update via FitLink 5.4 or remotely through the patient app.

OTC HEARING AIDS, TWO YEARS IN
Our survey of 412 independent clinics found that 61% saw new patients who had
first tried an OTC device. Join our webinar "Turning OTC returns into fittings"
on Nov 7, 12 PM ET, 0.1 AAA CEU.

RECALL NOTICE - NONE THIS QUARTER

Questions: your territory manager or 800-555-0142.
Auralis Hearing Solutions - Professional Division
""")

# ===========================================================================
# CLEAN / staff
# ===========================================================================
clean('staff',
      'Meera Ramaswamy <mramaswamy@kvaent.com>', 'ENT Providers <ent-providers@kvaent.com>',
      'curbside - polyps, biologic vs FESS?', d(2024, 10, 18, 17, 35),
      """Quick question for the group before Monday's conference.

60s male, CRSwNP, polyp score 6/8, failed 2 courses of oral steroids and a year of
high-volume budesonide rinses. Never had surgery. Also has asthma (well controlled)
and a questionable aspirin history -- Henrik is going to do a desensitization
workup. Insurance will cover dupilumab after documented steroid failure.

Would you go straight to biologic or do FESS first and add a biologic if he
recurs? I lean surgery first since he's never been opened up, but curious what
everyone's doing now.

Meera

Meera Ramaswamy, MD, FACS
Otolaryngology - Rhinology
""", cc='Henrik Lindqvist <hlindqvist@kvaent.com>')

clean('staff',
      'Henrik Lindqvist <hlindqvist@kvaent.com>', 'Clinical Staff <clinical@kvaent.com>',
      'Updated anaphylaxis protocol - effective 11/1', d(2024, 10, 25, 12, 10),
      """All,

The updated anaphylaxis protocol is in the shared drive (Protocols > Allergy >
Anaphylaxis_v7.pdf). Main changes:

 1. Epinephrine IM 0.01 mg/kg (1 mg/mL), max 0.5 mg adults / 0.3 mg children,
    anterolateral thigh. Repeat q5-15 min. Don't wait on antihistamines.
 2. Weight-based dosing chart is now taped inside each crash cart lid.
 3. Observation after any epi in the office: minimum 4 hours, or transfer.
 4. Call 911 for ANY patient who gets epinephrine in the clinic -- no exceptions.
 5. Document in the reaction log within 24 h (WAO grade).

Mock code drills: Tues 11/5 and Thurs 11/21 at 12:15, shot room. Everyone who
gives injections needs to attend one.

Henrik

Henrik Lindqvist, MD
Medical Director, Allergy & Immunology
""")

clean('staff',
      'Dana Whitcomb <dwhitcomb@kvaent.com>', 'Front Desk <frontdesk@kvaent.com>',
      'Luis out 11/8 + booth days', d(2024, 11, 1, 9, 22),
      """Hi team,

Luis is out Fri 11/8 (CE course in Columbus). Please:
 - move his 11/8 patients to the following Tues/Wed, he has openings
 - don't book any new comprehensive evals in Booth 2 that day, I'll use it for
   repairs and walk-ins
 - peds evals still need both of us, so no peds 11/8

Also reminder the booths are down the morning of 11/18 for calibration.

Thanks!
Dana
""")

clean('staff',
      'Adaeze Okafor <aokafor@kvaent.com>', 'ENT Providers <ent-providers@kvaent.com>',
      'Q3 post-tonsillectomy hemorrhage numbers', d(2024, 10, 10, 18, 2),
      """Q3 numbers for our peds/adult tonsillectomies (Riverbend + hospital):

  Total tonsillectomies:            112
  Primary hemorrhage (<24h):        1  (0.9%)
  Secondary hemorrhage (>24h):      4  (3.6%)  -- 3 adults, 1 child
  Returned to OR:                   2
  Readmit for dehydration/pain:     3

Secondary bleed rate is within the published range but the adults are driving it.
Two of the four were on POD 7-8 and had been taking more ibuprofen than prescribed.
I'd like to talk at the next meeting about (a) whether we tighten NSAID dosing
instructions for adults, and (b) a standard POD 6 phone check.

Whoever did the coblation vs cold steel comparison last year -- can you resend?

AO
""")

clean('staff',
      'Henrik Lindqvist <hlindqvist@kvaent.com>', 'MAs <ma-team@kvaent.com>',
      'spirometry QC reminder', d(2024, 10, 2, 7, 55),
      """Morning all -

Couple of reminders after last month's QC review:

 - 3 L syringe calibration check EVERY morning before the first patient, log it.
   We had 4 days in Sept with no entry.
 - We need 3 acceptable maneuvers, with the two largest FEV1 and FVC within 150 mL.
   If you can't get there after 8 tries, stop and note "unable to meet
   repeatability" -- don't just pick the best one.
 - Post-BD: wait the full 15 minutes after albuterol.
 - Change filters/mouthpieces every patient, obviously.
 - Enter height barefoot, and use the correct race/ethnicity-neutral reference
   (GLI global) -- the software default got reset after the update.

Thanks for all the work, the grades have really improved.

HL
""")

clean('staff',
      'Paul Kessler <pkessler@kvaent.com>', 'Allergy Nurses <allergy-nurses@kvaent.com>',
      'USP 797 - extract mixing changes', d(2024, 10, 29, 13, 3),
      """Hi all,

Following the state board inspection prep, a few changes to how we mix:

 - Beyond-use date is the earliest expiration of any component OR one year from
   mixing, whichever is first. Label every vial with BUD, not just mix date.
 - Mixing only in the designated allergenic extract compounding area, hood wiped
   with sterile 70% IPA before each session. No mixing on the counter by the sink.
 - Gloved fingertip testing for everyone who mixes -- annual, next round Nov 20.
 - Media-fill test kits arrived, Tammy has them.

Please read the SOP update (v4) and sign the attestation sheet by 11/15.

Thanks,
Paul
""")

clean('staff',
      'Adaeze Okafor <aokafor@kvaent.com>', 'Paul Kessler <pkessler@kvaent.com>',
      'Re: the 5 yo we talked about at lunch', d(2024, 10, 23, 16, 44),
      """Paul - thinking more about it: kid around 5, 4 AOM episodes in 6 months, no
effusion in between and normal hearing per Dana, that doesn't meet the guideline
criteria for tubes. I'd watch through the winter. If you're worried about an
allergic component I'm happy for you to test, but I doubt it changes management.

If it were 3 in 6 months WITH persistent effusion, or any hearing loss, I'd offer
tubes. Tell mom to call me directly if she wants to talk it through.

A

> On Oct 23, 2024, at 12:51 PM, Paul Kessler <pkessler@kvaent.com> wrote:
>
> Adaeze, the kindergartner I mentioned - would you do tubes? Mom is really
> pushing. I'm not sure allergy testing is going to add much.
""")

# ===========================================================================
# CLEAN / training
# ===========================================================================
clean('training',
      'Brett Hollins <bhollins@kvaent.com>', 'New Hires <newhires@kvaent.com>',
      'MedLoom training env - your logins + practice patients', d(2024, 10, 4, 14, 0),
      """Welcome aboard! Your logins for the MedLoom TRAINING environment are below.
Please do all your practice in TRAIN, never in PROD.

URL: https://train.medloom-ehr.com/kvaent
User: your KV username + "_trn"   Temp password: sent separately by text

Practice patients (fake, reset every night):
  ZZTEST, ALLERGY        MRN TRN000101  DOB 01/01/1950  - use for shot log entry
  ZZTEST, ENTPEDS        MRN TRN000102  DOB 01/01/2018  - use for post-op call note
  ZZTEST, AUDIOLOGY      MRN TRN000103  DOB 01/01/1940  - use for audiogram import
  ZZTEST, SPIRO          MRN TRN000104  DOB 01/01/1975  - use for PFT order/result

Exercise 1: schedule ZZTEST, ALLERGY for an injection visit, record a 0.05 mL dose
from "Vial 1 - TEST", then document a local reaction of 3 cm.
Exercise 2: create a telephone encounter on ZZTEST, ENTPEDS for "bleeding POD 6"
and route it to the TRAIN provider inbox.

Any real patient name in TRAIN gets flagged -- don't do it.

Brett
""")

clean('training',
      'Auralis FitLink Academy <academy@auralis-hs.com>', 'Luis Carvajal <lcarvajal@kvaent.com>',
      'FitLink 5.4 demo recording + sample session file', d(2024, 10, 11, 12, 0),
      """Hi Luis,

Thanks for joining Thursday's FitLink 5.4 demo. The recording and the demo session
file are linked in your Academy account.

In the demo we used the built-in sample client "John Doe" (DOB 01/01/1950, sample
audiogram: flat 45 dB HL bilaterally, WRS 88%). You can load the same client in
your own FitLink install via File > Open Demo Client > John Doe, no NOAH database
needed, and practice:

  1. First fit to NAL-NL2 on the John Doe audiogram
  2. Feedback test with open vs. closed domes
  3. Real-ear measurement simulation using the virtual coupler

The demo client data is fictitious and ships with every FitLink install.

Auralis FitLink Academy
""")

hl7_test = r"""MSH|^~\&|TESTSYS|KVAENT_TEST|MEDLOOM|KVAENT|20241015090000||ADT^A04|TEST00001|T|2.5.1
EVN|A04|20241015090000
PID|1||999999999^^^KVAENT^MR||TEST^PATIENT^A||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||^PRN^PH^^^555^5550000
PV1|1|O|TEST^TEST^^KVAENT||||0000000000^DOCTOR^TEST
"""
clean('training',
      'Brett Hollins <bhollins@kvaent.com>', 'MedLoom Interface Support <interfaces@medloom-ehr.com>',
      'Test message for the new Riverbend route (processing ID T)', d(2024, 10, 15, 9, 5),
      """Hi,

For the new route validation, here's the test A04 we'll send at 10:00 from the
TEST system (MSH-11 = T). It's the standard TEST^PATIENT dummy, MRN 999999999,
nothing real. Please confirm you see it land in your TEST queue and that the AA
ack comes back.

""" + hl7_test + """
Thanks,
Brett
""", atts=[('text', 'plain', 'TEST00001.hl7', hl7_test)])

clean('training',
      'Susan Albrecht <salbrecht@kvaent.com>', 'New Hires <newhires@kvaent.com>',
      'HIPAA orientation - slides + quiz', d(2024, 10, 7, 8, 30),
      """Hi all,

Slides for Wednesday's HIPAA & privacy orientation are attached in the LMS. Please
look at the examples before the session -- we'll go through them together:

  Example A (OK to send internally): "Jane Doe, DOB 01/01/1900, needs a callback
  about her allergy shot schedule" -- sent to a coworker on kvaent.com who is
  involved in her care.

  Example B (NOT OK): the same message sent to your personal Gmail "so you can
  work from home".

  Example C (NOT OK): a photo of the OR board with patient names posted to a group
  text.

Jane Doe is a made-up sample patient; never use a real patient as an example in
training, email, or chat.

The quiz is 15 questions, 80% to pass, due by Friday 10/11.

Susan Albrecht
Practice Manager / Privacy Officer
""")

spiro_demo = csvtext([
    ['subject_id', 'label', 'age', 'sex', 'height_cm', 'fev1_L', 'fvc_L', 'fev1_fvc', 'fev1_pct_pred', 'post_bd_fev1_L'],
    ['DEMO-001', 'Demo Patient A (sample)', '45', 'M', '178', '3.41', '4.52', '0.75', '88', '3.50'],
    ['DEMO-002', 'Demo Patient B (sample)', '62', 'F', '160', '1.48', '2.61', '0.57', '64', '1.79'],
    ['DEMO-003', 'Demo Patient C (sample)', '12', 'M', '152', '2.35', '2.80', '0.84', '97', '2.38'],
    ['DEMO-004', 'Demo Patient D (sample)', '33', 'F', '165', '2.10', '3.45', '0.61', '71', '2.71'],
])
clean('training',
      'PulmoSense Customer Education <education@pulmosense.com>', 'Henrik Lindqvist <hlindqvist@kvaent.com>',
      'PulmoSense Pro demo - sample data set for your staff training', d(2024, 10, 3, 11, 18),
      """Dr. Lindqvist,

As promised after the demo, attached is the sample data set we used. These are
synthetic demonstration subjects (DEMO-001 to DEMO-004) that ship with the
PulmoSense Pro trainer -- they are not real people. Your MAs can import the CSV in
Training Mode to practice:

 - reviewing acceptability and repeatability flags
 - interpreting obstruction (see Demo Patient B and D)
 - calculating bronchodilator response (Demo Patient D: +29%, significant)

Training Mode data never syncs to your EHR.

Kind regards,
Alicia Bennett, RRT
Clinical Education Specialist | PulmoSense
""", atts=[('text', 'csv', 'pulmosense_demo_subjects.csv', spiro_demo)])

clean('training',
      'Tammy Brook <tbrook@kvaent.com>', 'Front Desk <frontdesk@kvaent.com>',
      'phone triage practice scenarios for Thursday', d(2024, 10, 30, 15, 40),
      """For Thursday's front desk training, we'll role play these. All made up!

Scenario 1: "Mrs. Sample" calls saying she got her allergy shot 20 min ago in the
parking lot and now her throat feels tight.
  -> Tell her to use her epinephrine and call 911. Do not put on hold. Then notify
     the nurse.

Scenario 2: A parent ("Mr. Example") says his child had tonsils out 6 days ago and
is spitting bright red blood.
  -> ED now. Then message the on-call ENT.

Scenario 3: A caller ("Test Caller") says his hearing aid is whistling.
  -> Book a hearing center repair/clean slot, no nurse needed.

Scenario 4: Someone asks for a copy of their spouse's audiogram.
  -> Needs a signed release from the patient. Transfer to Medical Records.

Bring your triage cheat sheet.
Tammy
""")

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    tally = {}
    for _, lab, kind, _ in ROWS:
        tally['%s-%s' % (lab, kind)] = tally.get('%s-%s' % (lab, kind), 0) + 1
    print(len(ROWS), 'messages')
    for k in sorted(tally):
        print(' ', k, tally[k])
