#!/usr/bin/env python3
"""Blind evaluation mail set: fertility clinic + urology practice. SEED=6902."""
import sys, os, io, csv, zipfile, random, json
import email.policy
from email.message import EmailMessage

random.seed(6902)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

COUNTERS = {}
ROWS = []
SEQ = [0]


def mkzip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return b.getvalue()


def xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def mkxlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return mkzip(files)


def M(label, kind, frm, to, subject, date, body, patient='', cc=None, html=None,
      atts=(), cte=None, headers=(), reply_to=None):
    key = (label, kind)
    n = COUNTERS.get(key, 0) + 1
    COUNTERS[key] = n
    SEQ[0] += 1
    i = SEQ[0]
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%08x.%d.6902@%s>' % (random.getrandbits(32), i, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in headers:
        msg[k] = v
    def _cte(t):
        try:
            t.encode('ascii')
            return '7bit'
        except UnicodeEncodeError:
            return '8bit'
    msg.set_content(body, cte=cte or _cte(body))
    if html:
        msg.add_alternative(html, subtype='html', cte=cte or _cte(html))
    for a in atts:
        fname, data, mt, st = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ---------------------------------------------------------------- addresses
ASHBY = '"Dr. Imogen Ashby" <iashby@lanternfieldrm.org>'
QUINTERO = '"Rafael Quintero-Lomas, MD" <rquintero@lanternfieldrm.org>'
NDLOVU = '"Priscilla Ndlovu" <pndlovu@lanternfieldrm.org>'
BAEK = '"Baek, Hyun-woo" <hbaek@lanternfieldrm.org>'
MULCAHY = '"Kerri Mulcahy" <kmulcahy@lanternfieldrm.org>'
BATISTA = '"Batista, Lorena" <lbatista@lanternfieldrm.org>'
REDDICK = '"Tonya Reddick" <treddick@lanternfieldrm.org>'
ACHTERBERG = '"Desmond Achterberg MD" <dachterberg@crestmoorurology.com>'
KALRA = '"Sunita Kalra MD" <skalra@crestmoorurology.com>'
LINDQVIST = '"Maren Lindqvist, PT, DPT" <mlindqvist@crestmoorurology.com>'
PHAM = '"Garrett Pham" <gpham@crestmoorurology.com>'
UROFRONT = 'Front Desk - Crestmoor Urology <frontdesk@crestmoorurology.com>'
LITHO = 'Litho Scheduling <lithosched@crestmoorurology.com>'
ROARK = '"Cassidy Roark | Bluewater Donor Partners" <cassidy@bluewaterdonors.com>'
MERIDIAN = '"Meridian Specialty Rx - Fertility" <intake@meridianspecialtyrx.com>'

LRM_SIG = """--
Lanternfield Reproductive Medicine
2900 E Camelback Ridge Rd, Suite 410 | Phoenix AZ
CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain
confidential information intended only for the named recipient(s). If you
received it in error please notify the sender and delete it."""

CUA_DISC = """This message is intended only for the addressee and may contain information
that is privileged and confidential. Crestmoor Urology Associates, PLLC."""

# ====================================================================== PHI / care
M('phi', 'care', NDLOVU, ASHBY, 'Hollis fert check', 'Tue, 15 Oct 2024 10:42:18 -0700',
"""Imogen,

Fert check on Marguerite Hollis (retrieval yesterday): 14 COCs, 11 MII, 2 MI,
1 GV. All 11 MII injected (ICSI per plan - partner's sample post-wash was 2.1M
motile, so no surprises there). 9 2PN this morning, 1 3PN discarded, 1 no fert.

Day 3 check Thurs and we'll take everything to blast. She's on the PGT-A list
so biopsy day 5/6. Let Kerri know if you're thinking fresh transfer or freeze-all;
her E2 was 4100 on trigger day so I'm guessing freeze-all?

Priscilla

Priscilla Ndlovu, MSc, ELD(ABB)
Senior Embryologist | Embryology & Andrology Lab
""" + LRM_SIG, patient='Hollis', cc=MULCAHY)

M('phi', 'care', BATISTA, MERIDIAN, 'RE: Rx for J. Parkhurst - need by Thursday', 'Tue, 15 Oct 2024 16:05:51 -0700',
"""Hi Jolene - yes please overnight it, she starts stims Friday AM so it has to land Thurs. Her card is on file from last cycle.

Gonal-f RFF pen 900 IU x 2
Menopur 75 IU x 10 vials
Cetrotide 0.25 mg x 5
Novarel 10,000 IU x 1 (trigger)
+ sharps container, alcohol pads

Jenna's a repeat so she doesn't need the injection teaching call. Thx!!

Lorena

Lorena Batista, BSN, RN
IVF Nurse Coordinator
Lanternfield Reproductive Medicine
p 480-555-0172 | f 480-555-0179

-----Original Message-----
From: Meridian Specialty Rx - Fertility <intake@meridianspecialtyrx.com>
Sent: Tuesday, October 15, 2024 3:41 PM
To: Batista, Lorena <lbatista@lanternfieldrm.org>
Subject: Rx for J. Parkhurst - need by Thursday

Hi Lorena, we received the e-script for Jenna Parkhurst but the Menopur qty came
through blank on our end. Also can you confirm overnight shipping? Cold-chain
pack adds $28 which she'd pay out of pocket.

Jolene S., CPhT
Meridian Specialty Rx - Fertility Team
""", patient='Parkhurst')

M('phi', 'care', KALRA, LITHO, 'add-on ESWL thurs?', 'Mon, 21 Oct 2024 07:14:02 -0700',
"""Can we squeeze Mr. Delgado onto Thursday's litho list? 8mm L proximal ureteral
stone, stent went in last Wed through the ED. Needs a KUB the morning of to make
sure it hasn't migrated. Hold his aspirin starting tonight. Sulfa allergy fyi.

Ruben's number is in the chart, his wife usually picks up.

SK
""", patient='Delgado')

M('phi', 'care', '"Andrology Lab" <andrology@lanternfieldrm.org>', ACHTERBERG,
'PVSA result - Brennick', 'Wed, 23 Oct 2024 11:20:45 -0700',
"""Dr. Achterberg,

Tom Brennick dropped off his post-vasectomy sample at 8:10 this morning (12 weeks
post-procedure per his req).

Result: rare non-motile sperm seen on the centrifuged pellet (<100,000/mL).
No motile sperm seen.

Per your protocol this isn't clearance yet - he should keep using backup
contraception and repeat in 6 weeks. Do you want us to call him or will
your nurse handle it?

Thanks,
Andrology Lab (ext 2214)
Lanternfield Reproductive Medicine - reference andrology for Crestmoor Urology
""", html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. Achterberg,</p>
<p>Tom Brennick dropped off his post-vasectomy sample at 8:10 this morning (12 weeks post-procedure per his req).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Patient</th><td>Brennick, Thomas</td></tr>
<tr><th>Test</th><td>Post-vasectomy semen analysis</td></tr>
<tr><th>Motile sperm</th><td>None seen</td></tr>
<tr><th>Non-motile</th><td>Rare (&lt;100,000/mL), centrifuged pellet</td></tr>
</table>
<p>Per your protocol this isn't clearance yet - he should keep using backup contraception and repeat in 6 weeks. Do you want us to call him or will your nurse handle it?</p>
<p>Thanks,<br>Andrology Lab (ext 2214)<br>Lanternfield Reproductive Medicine</p>
</body></html>""", patient='Brennick')

M('phi', 'care', ACHTERBERG, '"Holly Voss, LPN" <hvoss@crestmoorurology.com>',
'FW: biopsy reschedule', 'Thu, 24 Oct 2024 17:48:30 -0700',
"""Holly - can you call him tomorrow? Moving Gerald Fairweather's biopsy to 11/4, he gets
the MRI fusion slot at 9. Cardiology OK'd holding apixaban 2 days prior, resume 48h
after if no bleeding. Cipro 500 the morning of, fleet enema night before. PSA 9.8
last month (6.1 in March) so I don't want this sliding again.

He's very hard of hearing - if he doesn't get it call his daughter Anne, she's
listed as his contact.

D

---------- Forwarded message ---------
From: Imaging Scheduling <imaging@crestmoorurology.com>
Date: Thu, Oct 24, 2024 at 3:02 PM
Subject: biopsy reschedule
To: Desmond Achterberg MD <dachterberg@crestmoorurology.com>

Dr A, the 10/28 fusion slot went down (software update on the UroNav cart).
Next opening with the fused MRI is Mon 11/4 0900. Shall we move Mr Fairweather?
""", patient='Fairweather')

M('phi', 'care', LINDQVIST, KALRA, 'Whitcombe - PT update visit 4/8', 'Fri, 25 Oct 2024 13:31:09 -0700',
"""Dr. Kalra,

Quick update on Dana Whitcombe (your referral from 9/12). Visit 4 of 8 today.

- pad use down from ~4/day to 1-2/day
- surface EMG biofeedback: resting tone improved, better quick-flick recruitment
- still getting up 2-3x a night with urgency

She asked about going back on a bladder medication - she stopped the oxybutynin
in the summer because of dry mouth and constipation. I told her I'd pass that to
you. Plan on my end: continue 1x/week, add urge suppression strategies, she's
doing a 3-day bladder diary before next visit.

Maren

Maren Lindqvist, PT, DPT, WCS
Pelvic Floor Physical Therapy
Crestmoor Urology Associates | 520-555-0140 x3

""" + CUA_DISC, patient='Whitcombe')

M('phi', 'care', REDDICK, '"Marisol Fuentes" <mfuentes@cradlepathbenefits.com>',
'Kessler FET 9/22 - pended claim', 'Mon, 28 Oct 2024 09:12:44 -0700',
"""Hi Marisol,

Following up on Heather Kessler's frozen embryo transfer on 9/22. Claim went out
9/27, the ERA shows it pended for "medical records requested". I'll fax the
transfer note and the embryology warming record today.

Your portal shows she's used 2 of her 3 Smart Cycles - the FET should only count
as 1/2 cycle per her plan. Can you confirm so we can bill the 5 monitoring
ultrasounds and the estradiol/progesterone draws under the same auth
(CPA-2291874)?

Thank you!

Tonya Reddick
Fertility Benefits & Financial Counselor
Lanternfield Reproductive Medicine | 480-555-0186
""", patient='Kessler')

M('phi', 'care', ROARK, MULCAHY, 'Donor 4471 / Sorensen cycle sync', 'Tue, 29 Oct 2024 08:03:27 -0400',
"""Hi Kerri!

Donor 4471 started her BCP overlap yesterday so we're on track for retrieval
around 11/20.

For the recipients (Ingrid and Paul Sorensen): can you send me the date of
Ingrid's lining check once Dr. Q sets it? Meridian shipped her estradiol patches
last week. Also Paul still hasn't done his semen analysis + freeze backup -
he travels a ton so I'd love to get that in before donor retrieval so nobody's
scrambling on the day.

Legal contract was signed 10/9, escrow funded 10/15.

xo Cassidy

Cassidy Roark
Donor Cycle Coordinator
Bluewater Donor Partners | 617-555-0103
""", patient='Sorensen')

# ====================================================================== PHI / names
M('phi', 'names', MULCAHY, '"Embryology Lab" <embryology@lanternfieldrm.org>',
'Nguyễn Thị Hoa – transfer moved to 7:30', 'Wed, 16 Oct 2024 18:22:10 -0700',
"""fyi moved to 7:30 tmrw per Dr A. single euploid blast, pls warm at 6:15.
she knows full bladder.
-k
""", patient='Nguyễn Thị Hoa')

M('phi', 'names', BAEK, QUINTERO, 'SA 10/11', 'Fri, 11 Oct 2024 14:55:00 -0700',
"""ADEYEMI, OLUWASEUN

vol 2.8 mL / conc 9 M/mL / total motility 22% / prog 14% / Kruger 2%

Raf, this is the husband of your Tuesday new pt - numbers are worse than his
outside SA from Lagos last year. I'd lean ICSI over IUI but your call.

Hyun-woo
""", patient='Adeyemi')

M('phi', 'names', MULCAHY, ASHBY, 'beta', 'Mon, 21 Oct 2024 12:37:55 -0700',
"""Mrs. Al-Haddad's beta came back 212 (14dp5dt)!! Told her congrats, cautiously.
Repeat Thurs, continue PIO + estrace. Yasmin cried, I cried a little too lol

K
""", patient='Al-Haddad')

M('phi', 'names', UROFRONT, LINDQVIST, 'call back - pelvic floor referral', 'Tue, 22 Oct 2024 10:09:16 -0700',
"""Hi Maren,

Ms. van der Berg called again about her referral for pelvic floor therapy. She says
Dr. Kalra put it in 10/2 and nobody has called her. She mentioned pain with
intercourse and urgency and sounded pretty upset. Best # is her cell ending 0134.

Can someone from PT reach out today?

Thanks - Bree
Front Desk, Crestmoor Urology
""", patient='van der Berg')

M('phi', 'names', KALRA, ACHTERBERG, 're: the staghorn guy', 'Wed, 23 Oct 2024 12:02:41 -0700',
"""Saw Bogdan this am - the one with the right staghorn we kept going back and forth
on. He's decided he wants the PCNL after all rather than staged ureteroscopy.
Can you take him on your Tuesday block? Urine cx from last week grew proteus,
sens to ceftriaxone, so he'll need a week of abx before.

On Wed, Oct 23, 2024 at 8:47 AM Desmond Achterberg MD <dachterberg@crestmoorurology.com> wrote:
> let me know what he decides. if PCNL I can do 11/5 or 11/12.
""", patient='Bogdan')

M('phi', 'names', '"Lupita Arce" <larce@crestmoorurology.com>', ACHTERBERG,
'consulta vasectomía - José Luis Peña-Ibáñez', 'Thu, 24 Oct 2024 09:40:33 -0700',
"""Dr. Achterberg,

Sr. Peña-Ibáñez is asking if he can do the consult and the procedure the same day
since he's driving in from Yuma. He's 41, three kids, says his wife is on board.
Denies blood thinners. OK to book him as a one-stop on 11/8?

Lupita Arce
Scheduling | Vasectomy & Men's Health Clinic
""", patient='Peña-Ibáñez')

M('phi', 'names', '"Dr. Ravi Raghunathan" <rraghunathan@desertsunradiology.com>', ASHBY,
'HSG today', 'Fri, 25 Oct 2024 15:16:07 -0700',
"""Imogen -

Ms. Subramaniam's HSG this afternoon: both tubes fill and spill freely, no
intracavitary filling defects, normal uterine contour. Mild cramping, tolerated
well. Formal report to follow in your inbox.

Lakshmi mentioned she's CD 9 and planning letrozole/IUI next cycle with you.

Ravi

Ravi Raghunathan, MD
Desert Sun Radiology | Women's Imaging
""", patient='Subramaniam')

M('phi', 'names', '"Holly Voss, LPN" <hvoss@crestmoorurology.com>', KALRA,
'RE: stone analysis', 'Mon, 28 Oct 2024 11:51:20 -0700',
"""mr dobrzanski's stone analysis is back, see below. he's asking if he needs to
change his diet - want me to set up the 24h urine?

Holly

-----Original Message-----
From: Results Inbox <results@crestmoorurology.com>
Sent: Monday, October 28, 2024 10:30 AM
To: Voss, Holly <hvoss@crestmoorurology.com>
Subject: stone analysis

> STONE ANALYSIS - FINAL
> Patient: DOBRZAŃSKI, TADEUSZ
> Collected: 10/18/2024   Source: L ureter (URS basket)
> Calcium oxalate monohydrate  80%
> Calcium phosphate (apatite)  20%
""", patient='Dobrzański')

# ====================================================================== PHI / self
M('phi', 'self', '"Rachel O" <rachel.ostrowski89@gmail.com>', MULCAHY,
'trigger done!', 'Thu, 17 Oct 2024 21:58:12 -0700',
"""Hi Kerri,

This is Rachel Ostrowski (DOB 2/11/1989). Just did my trigger at 9:45 on the dot,
the Ovidrel pen. Left side of belly. Is retrieval still Saturday at 7:30? And
nothing to eat or drink after midnight Friday right?

Also my husband wants to know if he should bring his sample from home or do it
there.

Thank you!!
Rachel
""", patient='Ostrowski')

M('phi', 'self', '"Nicole Tillery" <nictillery@yahoo.com>', UROFRONT,
'swelling after vasectomy - Marcus Tillery', 'Fri, 18 Oct 2024 06:44:39 -0700',
"""Hello,

My husband Marcus Tillery had his vasectomy with Dr. Achterberg on Tuesday. The
swelling on the left side has gotten bigger since last night, it's about the size
of a golf ball now and it's purple-ish. He's been icing and taking the ibuprofen.
No fever. He doesn't want to "bother" anyone so I'm emailing. Should he come in?

His cell is 520-555-0114.

Nicole
""", patient='Tillery')

M('phi', 'self', '"Deshawn Pruitt" <dpruitt.az@outlook.com>', KALRA,
'I passed it!!', 'Sat, 19 Oct 2024 10:03:50 -0700',
"""Dr Kalra

I passed the stone last night!! Caught it in the strainer like you said. Its
tiny, like a grain of rice but spiky. Do I bring it to my appt Friday or drop it
off sooner? Still a little burning when I pee but the side pain is gone. Do I
keep taking the tamsulosin?

Deshawn Pruitt
Sent from my iPhone
""", patient='Pruitt')

M('phi', 'self', '"Min-jung Cho" <minjungcho@icloud.com>', BATISTA,
'question about my progesterone in oil', 'Sun, 20 Oct 2024 20:17:31 -0700',
"""hi Lorena, it's Min-jung Cho, my FET is on the 30th. I'm on day 5 of the PIO
shots and my right hip has a hard lump and it's really sore, hard to sit at work.
Is there any way to switch to the vaginal suppositories (Endometrin?) instead,
or do half and half? I'm also doing the estradiol 2mg 3x a day still.

thank you so much
Min
""", patient='Cho')

M('phi', 'self', '"Aisha Rahman-Cole" <aisha.rahmancole@gmail.com>', REDDICK,
'charged for ICSI?', 'Mon, 21 Oct 2024 13:29:08 -0700',
"""Hello Tonya,

My name is Aisha Rahman-Cole. I received a statement for $1,850 for "ICSI" from my
egg retrieval on Sept 3. My CradlePath member ID is CP-88213047 and they told me
ICSI is covered under my plan when there's male factor, which Dr. Quintero-Lomas
said there was. Can you please resubmit or tell me what I need to do?

I'm also supposed to start my transfer cycle next month and I don't want this
hanging over it.

Thanks,
Aisha
(480) 555-0161
""", patient='Rahman-Cole')

M('phi', 'self', '"Walter Greaves" <wgreaves1951@hotmail.com>', ACHTERBERG,
'after biopsy', 'Wed, 23 Oct 2024 07:36:22 -0700',
"""Dr. Achterberg,

Walter Greaves here. Had the prostate biopsy Monday. Still seeing some blood in the urine, mostly the first time I go in the morning, and my semen is rusty brown colored. No fever, I took the last antibiotic pill yesterday. Is this normal and how long will it go on? Also when will I hear about the results? My wife is beside herself.

Thank you,
Walt Greaves
""", patient='Greaves', cte='quoted-printable')

M('phi', 'self', '"Kaylee Marchetti" <kayleemarch@gmail.com>', ROARK,
'feeling kinda rough after retrieval', 'Fri, 25 Oct 2024 19:12:05 -0400',
"""hey cassidy, its Kaylee (donor). I had my retrieval wednesday at Lanternfield and
I'm super bloated and I gained like 4 lbs since then?? kind of short of breath
when i lie flat. The nurse said to drink gatorade and eat salty stuff which I'm
doing. Should I call the clinic or is this normal? Also when does the comp get
deposited lol sorry

K
""", patient='Marchetti')

M('phi', 'self', '"Gloria Amankwah" <g.amankwah@outlook.com>', LINDQVIST,
'My exercises / fewer visits?', 'Mon, 28 Oct 2024 08:55:48 -0700',
"""Good morning Maren,

This is Gloria Amankwah, born 06/30/1961. I have been doing the exercises every
day, the ones with the ball and the breathing. The leakage when I cough or lift my
grandson is much better, maybe once a day now. Can we go down to every other week
on my visits? The copay is adding up ($45 each).

Blessings,
Gloria
""", html="""<div dir="ltr"><p>Good morning Maren,</p>
<p>This is Gloria Amankwah, born 06/30/1961. I have been doing the exercises every day, the ones with the ball and the breathing. The leakage when I cough or lift my grandson is much better, maybe once a day now. Can we go down to every other week on my visits? The copay is adding up ($45 each).</p>
<p>Blessings,<br>Gloria</p></div>""", patient='Amankwah')

# ====================================================================== PHI / ids
M('phi', 'ids', '"Lanternfield Lab" <lab@lanternfieldrm.org>', MULCAHY,
'AMH redraw needed', 'Tue, 15 Oct 2024 11:08:00 -0700',
"""Kerri -

pt DOB 3.4.88, MRN 00482291 - AMH hemolyzed, need a redraw. Cycle day doesn't
matter for AMH so any morning works. Name on the tube was handwritten and
smudged, so we matched on MRN/DOB only - please verify when she comes in.

Thx, lab
""")

M('phi', 'ids', PHAM, REDDICK, 'DOB mismatch on retrieval claim', 'Wed, 16 Oct 2024 14:44:19 -0700',
"""Tonya, you handle the Lanternfield side of these right?

Acct 7731-0924
Sub DOB on claim 19880304
CPT 58970, 89280, 89250 x5
Payer says their file shows 19880403 so it's rejecting at eligibility. Can you
check the insurance card scan for Ms. Ferrante? Probably a day/month flip at
intake.

Garrett Pham | Revenue Cycle | Crestmoor Urology Associates (shared billing office)
""", patient='Ferrante')

M('phi', 'ids', '"Meridian Specialty Rx" <noreply@meridianspecialtyrx.com>',
'"Brianna Castellanos" <bri.castellanos@gmail.com>', 'Your order has shipped - #MSR-4419027',
'Thu, 17 Oct 2024 16:30:00 -0500',
"""Hi Brianna,

Your fertility medication order has shipped via FedEx Priority Overnight.
Tracking: 7781 2290 4415

SHIP TO:
Brianna Castellanos
4417 Larkspur Ct Apt 2B
Tempe, AZ 85282
(480) 555-0193

ITEMS:
  Menopur 75 IU            qty 20
  Cetrotide 0.25 mg        qty 5
  Leuprolide 14-day kit    qty 1
  Cold pack - keep refrigerated on arrival

Prescriber: Imogen Ashby, MD - Lanternfield Reproductive Medicine
Patient pay: $412.60 (card ending 8813)

Questions? Our fertility nurses are available 24/7 at 1-800-555-0144.
Meridian Specialty Rx
""", html="""<html><body><h3>Your order has shipped</h3>
<p>Hi Brianna,</p><p>Your fertility medication order <b>#MSR-4419027</b> has shipped via FedEx Priority Overnight. Tracking: 7781 2290 4415</p>
<table><tr><td><b>Ship to</b></td><td>Brianna Castellanos<br>4417 Larkspur Ct Apt 2B<br>Tempe, AZ 85282<br>(480) 555-0193</td></tr>
<tr><td><b>Items</b></td><td>Menopur 75 IU x20<br>Cetrotide 0.25 mg x5<br>Leuprolide 14-day kit x1</td></tr>
<tr><td><b>Prescriber</b></td><td>Imogen Ashby, MD</td></tr></table>
<p>Patient pay: $412.60 (card ending 8813)</p></body></html>""", patient='Castellanos')

M('phi', 'ids', QUINTERO, '"Embryology Lab" <embryology@lanternfieldrm.org>',
'donor egg recipient - warming plan', 'Fri, 18 Oct 2024 08:21:37 -0700',
"""Team,

For chart #LRM-208817 (recipient, DOB 4 Mar 1979, donor lot BW-4398 - 6 vitrified
donor oocytes from Bluewater): plan is warm all 6 on 10/28, ICSI with partner's
frozen sample (vial 2 of 3), culture to day 5, single embryo transfer if anything
reaches 4BB or better, freeze the rest.

She's 45 so I want SET regardless of what she says in the room.

RQL
""")

M('phi', 'ids', '"Sonoran Path Partners" <reports@sonoranpath.com>', ACHTERBERG,
'Accession S24-11873 - FINAL', 'Mon, 21 Oct 2024 16:02:11 -0700',
"""Accession: S24-11873
Pt initials: R.T.M.    DOB: 07/19/1956    Sex: M
Submitting: Desmond Achterberg, MD - Crestmoor Urology
Specimen: Prostate, 12-core systematic + 2 targeted (ROI-1 L mid PZ)

Summary: adenocarcinoma in 3 of 14 cores, Gleason 3+4=7 (Grade Group 2), max
linear extent 6 mm in ROI-1; remaining cores benign.

Full report available on the portal. Please do not reply to this address.
""")

M('phi', 'ids', '"Holly Voss, LPN" <hvoss@crestmoorurology.com>', PHAM,
'auth for ESWL - Vance', 'Tue, 22 Oct 2024 10:27:53 -0700',
"""Garrett -

need prior auth for 50590 (L) for Vance, Harold. 4410938827-01. He's scheduled
11/7 on the truck day. Payer's IVR said call back 800-555-0177 opt 3, ref
T-55920. If they want the CT it's in PACS from 10/9 - 7mm L lower pole.

ty
Holly
""", patient='Vance')

M('phi', 'ids', '"Phone Room" <voicemail@lanternfieldrm.org>', MULCAHY,
'Voicemail from (602) 555-0148 - 0:47', 'Sat, 26 Oct 2024 07:51:20 -0700',
"""You received a voicemail from (602) 555-0148 at 7:50 AM.

Transcription (automated, may contain errors):
"Hi this is Tamsin, I'm a patient of doctor Ashby, um my birthday is November
twenty third eighty five. I'm on cycle day three today, my period started
Thursday night, so I need to come in for my baseline bloodwork and ultrasound
for the letrozole cycle. Please call me back at six oh two five five five
oh one four eight. Thanks."

Listen: press 1 from your desk phone, box 4471.
""", patient='Tamsin')

# ====================================================================== PHI / lists
M('phi', 'lists', BAEK, '"IVF Team" <ivfteam@lanternfieldrm.org>',
'embryo board Wed 10/16', 'Wed, 16 Oct 2024 09:14:58 -0700',
"""morning all - board as of 0900. PGT biopsies at 1pm.

Patient\tMRN\tDay\tStatus\tPlan
Hollis, M\t00517734\tD2\t9 2PN -> 9 cleaving\tto blast, PGT-A
Farouk, Leila\t00498102\tD5\t2 x 4AA, 1 x 3BB, 2 arrested\tbx + vit 2, fresh ET 1?
Castellanos, B\t00522016\tD3\t6 x 8-cell, 1 frag\tto blast
Oyelaran, T\t00470355\tD6\t1 x 5BC\tvit if expands, else discard per consent
Whitlock-Amadi, J\t00501190\tD1\t4 2PN / 7 MII\tcheck D3

Dr A please confirm Farouk fresh vs all-freeze by 11.

HW
""", patient='Hollis')

M('phi', 'lists', KALRA, '"Crestmoor Urology OR" <orteam@crestmoorurology.com>',
'huddle - litho Tues 10/22', 'Tue, 22 Oct 2024 06:31:11 -0700',
"""Huddle for today's truck (Mesa site):

* 0730 - Haverford, Neil - 9mm L renal pelvis, stent in, on Plavix (held since Thurs, confirmed)
* 0830 - Marquez-Ruiz, Elena - 6mm R UPJ, pregnancy test needed on arrival
* 0930 - Tan, Wei Liang - 11mm L lower pole, BMI 41 - may not fit gantry, backup plan URS
* 1030 - Pruitt, D - CANCELLED, passed stone
* 1130 - Greenhalgh, Mavis - 7mm R prox ureter, on apixaban, INR n/a, pacemaker (rep notified)

Anesthesia: Dr. Ocampo. Tech: Darnell.
Post-op all get KUB in 2 weeks + strainers.

SK
""", patient='Haverford')

M('phi', 'lists', '"Lupita Arce" <larce@crestmoorurology.com>', ACHTERBERG,
'Sat vasectomy clinic 11/2 - final list', 'Thu, 31 Oct 2024 15:20:40 -0700',
"""Dr. A, final list for Saturday. All consented except #5 (one-stop).

TIME   NAME                      AGE  DOB         NOTES
-----  ------------------------  ---  ----------  ------------------------------
0800   Okafor, Chukwuemeka        38  02/14/1986  valium pre-op, driver: wife
0830   Brandt, Lukas              44  09/30/1980  prior hernia repair L
0900   Nakamura, Kenji            35  06/06/1989  anxious, asked re: nitrous
0930   Szymanski, Piotr           47  12/01/1977  on aspirin - held x7d
1000   Peña-Ibáñez, José Luis     41  03/22/1983  one-stop consult+proc
1030   Delacroix, Antoine         39  08/17/1985  no-scalpel req

Lupita
""", patient='Okafor')

csv_ret = """retrieval_date,time,patient_last,patient_first,mrn,dob,physician,anesthesia,lead_follicles,trigger_time,notes
2024-10-21,07:30,Ostrowski,Rachel,00493321,1989-02-11,Ashby,MAC,14,2024-10-19 21:45,husband sample onsite
2024-10-21,08:15,Bouchard,Elodie,00511209,1984-07-08,Quintero-Lomas,MAC,9,2024-10-19 22:30,egg freeze only
2024-10-21,09:00,Farrokhzad,Nasrin,00488756,1990-12-19,Ashby,MAC,21,2024-10-19 23:00,OHSS risk - Lupron trigger
2024-10-22,07:30,Marchetti,Kaylee,00526640,2000-05-27,Quintero-Lomas,MAC,18,2024-10-20 21:00,DONOR 4471 - recipients Sorensen
2024-10-22,08:30,Gutierrez Ochoa,Marisela,00509917,1987-10-03,Ashby,MAC,11,2024-10-20 22:00,interpreter Spanish
"""
M('phi', 'lists', MULCAHY, '"OR Nursing" <ornursing@lanternfieldrm.org>',
'retrievals next week', 'Fri, 18 Oct 2024 16:40:02 -0700',
"""attached is next week's retrieval sheet. Nasrin is high risk for OHSS, she's
getting the Lupron trigger so please make sure PACU has her post-retrieval
instructions for that. Kaylee is a donor, don't discuss recipients with her.

Kerri
""", atts=[('retrievals_wk43.csv', csv_ret, 'text', 'csv')], patient='Ostrowski')

xl = mkxlsx([
    ['Patient', 'DOB', 'Member ID', 'Payer', 'Service', 'CPT', 'Auth status', 'Follow-up'],
    ['Kessler, Heather', '1986-01-14', 'CP-77104428', 'CradlePath', 'FET', '58974', 'Pended - records', 'fax 10/28'],
    ['Rahman-Cole, Aisha', '1991-08-02', 'CP-88213047', 'CradlePath', 'ICSI (retro)', '89280', 'Denied - male factor doc', 'appeal w/ SA'],
    ['Bouchard, Elodie', '1984-07-08', 'WVX551928830', 'Westvale Health', 'Oocyte cryo', '89337', 'Approved', ''],
    ['Farouk, Leila', '1988-11-27', 'CP-60219935', 'CradlePath', 'PGT-A bx', '89290', 'Submitted 10/17', 'call 10/24'],
    ['Dizon, Rowena', '1985-03-30', 'PHL0042217', 'Pinnacle Health', 'FET', '58974', 'Approved', 'auth exp 11/30'],
], sheet='Open auths')
M('phi', 'lists', REDDICK, '"Financial Counseling" <fincounsel@lanternfieldrm.org>',
'open fertility auths - week of 10/21', 'Mon, 21 Oct 2024 08:02:13 -0700',
"""Morning team, updated open-auth tracker attached. Rahman-Cole's ICSI denial is
the priority - she emailed me directly. I need the semen analysis from her
husband's workup to attach to the appeal.

Tonya
""", atts=[('open_auths_1021.xlsx', xl, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
  patient='Kessler')

ship_csv = """order_no,ship_date,patient_name,address,city,state,zip,phone,items,prescriber
MSR-4419027,2024-10-17,Brianna Castellanos,4417 Larkspur Ct Apt 2B,Tempe,AZ,85282,480-555-0193,"Menopur 75IU x20; Cetrotide 0.25mg x5; Leuprolide kit",Ashby
MSR-4419033,2024-10-17,Jenna Parkhurst,1120 N Ocotillo Way,Chandler,AZ,85224,480-555-0108,"Gonal-f RFF 900IU x2; Menopur 75IU x10; Cetrotide x5; Novarel 10000IU",Ashby
MSR-4419051,2024-10-17,Ingrid Sorensen,77 Desert Willow Ln,Gilbert,AZ,85296,480-555-0125,"Estradiol 0.1mg patch x24",Quintero-Lomas
MSR-4419060,2024-10-18,Min-jung Cho,2650 E Baseline Rd #114,Mesa,AZ,85204,480-555-0131,"Progesterone in oil 50mg/mL 10mL x2; 22G needles",Ashby
"""
M('phi', 'lists', MERIDIAN, REDDICK, 'Oct shipment reconciliation - Lanternfield patients',
'Mon, 28 Oct 2024 12:15:00 -0500',
"""Hi Tonya,

Per your request attached is the shipment log for Lanternfield-prescribed orders
10/17-10/18 for the copay assistance reconciliation. Zipped since our mail
gateway strips CSVs. Password was not applied - please let me know if you need
it encrypted for your records.

Thanks,
Darla Whitford
Account Manager, Meridian Specialty Rx
""", atts=[('LRM_shipments_20241017-18.zip', mkzip([('LRM_shipments_20241017-18.csv', ship_csv)]),
            'application', 'zip')], patient='Castellanos')

M('phi', 'lists', ACHTERBERG, '"Holly Voss, LPN" <hvoss@crestmoorurology.com>',
'bx results to call out', 'Tue, 29 Oct 2024 17:05:26 -0700',
"""Holly, pls call these folks tomorrow. Anyone with cancer gets a visit, not a
phone result - just tell them I want to go over it in person.

| Pt                 | DOB        | Acc#        | Result                 | Action          |
|--------------------|------------|-------------|------------------------|-----------------|
| Greaves, Walter    | 05/02/1951 | S24-11902   | benign, HGPIN x1       | phone ok, PSA 6m|
| Mbeki, Sipho       | 10/10/1962 | S24-11881   | GG2, 3/14 cores        | visit this wk   |
| Fairweather, Gerald| 01/25/1948 | pending     | bx 11/4                | --              |
| Lindgren, Arne     | 04/04/1959 | S24-11915   | GG4 4+4, 6/12 cores    | visit + PSMA PET|

D
""", patient='Greaves')

# ====================================================================== PHI / struct
M('phi', 'struct', '"Ian Castellano" <icastellano@lanternfieldrm.org>', MULCAHY,
'beta didnt file to chart - raw msg', 'Wed, 16 Oct 2024 09:41:30 -0700',
r"""hey Kerri, this hCG result didn't file - looks like PID-3 came over with the
reference lab's ID first instead of our MRN so the interface kicked it to the
error queue. Raw message below, I'll manually file once you confirm it's your pt.

MSH|^~\&|QLAB|QLAB_PHX|LRM_EHR|LANTERNFIELD|20241016091522||ORU^R01|Q88213391|P|2.5.1
PID|1||QL7720418^^^QLAB^PI~00391877^^^LRM^MR||MONTOYA^ISABEL^R||19910227|F|||2218 W PALO VERDE DR^^PHOENIX^AZ^85015||(602)555-0157
ORC|RE|LRM44120|Q88213391||CM
OBR|1|LRM44120|Q88213391|84702^HCG QUANTITATIVE^CPT4|||20241016071000|||||||||1447221896^ASHBY^IMOGEN
OBX|1|NM|21198-7^Choriogonadotropin.beta subunit^LN||486|m[IU]/mL|<5|H|||F|||20241016085900
NTE|1||Reference: 3-4 wks post LMP 5-100 mIU/mL

Ian
Interface Analyst, IT Applications
""", patient='Montoya')

adt = '\r'.join([
    r'MSH|^~\&|CUA_PM|CRESTMOOR|LITHO_VENDOR|SWMOBILE|20241104061502||ADT^A04|CUA240001187|P|2.3',
    'EVN|A04|20241104061500',
    'PID|1||CU0098114^^^CUA^MR||OYELARAN^BABATUNDE^A||19670918|M|||5530 S Kyrene Rd^^Tempe^AZ^85283||(480)555-0119|||M||CU0098114-01|||',
    'PV1|1|O|MESA^LITHO^1||||1003114520^KALRA^SUNITA^^^MD|||URO||||||||OP|V0041187',
    'DG1|1||N20.1^Calculus of ureter^I10|||A',
    'IN1|1|AZHP01|88102|Arizona Horizon Health Plan|||||||||||OYELARAN^BABATUNDE^A|SELF|19670918|||||||||||||||||AHH4471902',
    'AL1|1|DA|^Sulfonamides||Rash',
]) + '\r'
M('phi', 'struct', '"CUA Interfaces" <interfaces@crestmoorurology.com>',
'"SW Mobile Lithotripsy Support" <support@swmobilelitho.com>',
'ADT feed test failing - sample from this AM attached', 'Mon, 04 Nov 2024 07:12:45 -0700',
"""Hi support,

Your endpoint rejected this morning's ADT^A04 for the 0730 case with
"AR - PV1-3 invalid location". Attached is the exact message we sent. The
patient is on your truck today so we need this fixed before the next one at 0830.

Thanks,
Crestmoor Urology - Interfaces
""", atts=[('CUA240001187.hl7', adt.encode('ascii'), 'application', 'hl7-v2')], patient='Oyelaran')

M('phi', 'struct', REDDICK, '"Claims Support" <support@clearpointedi.com>',
'Ticket 88231 - 837P rejected at 2010BA', 'Thu, 17 Oct 2024 13:58:20 -0700',
"""Hello,

Batch 240017 came back with one rejection, "2010BA NM109 invalid". Member ID
looks right to us - copied from the card. Pasting the relevant loops:

NM1*IL*1*FONTAINE*CLAUDETTE****MI*YQX882194401~
N3*718 SAGUARO VISTA LN~
N4*SCOTTSDALE*AZ*85251~
DMG*D8*19860512*F~
NM1*PR*2*WESTVALE HEALTH*****PI*60054~
CLM*LRM240917A*14850***11:B:1*Y*A*Y*Y~
DTP*472*D8*20240917~
HI*ABK:N970*ABF:Z3183~
LX*1~
SV1*HC:58970*4200*UN*1***1~
LX*2~
SV1*HC:89280*2650*UN*1***1~
LX*3~
SV1*HC:89250*1200*UN*5***1~

Is the "YQX" prefix the problem? Their cards print it but maybe it shouldn't go
in the 837.

Tonya Reddick
Lanternfield Reproductive Medicine
""", patient='Fontaine')

M('phi', 'struct', PHAM, '"Billing Team" <billing@crestmoorurology.com>',
'FW: 835 - ESWL zero pay, CO-197', 'Fri, 25 Oct 2024 10:20:04 -0700',
"""Another no-precert denial on a litho case. This was the 9/24 truck day. Who
called in the auth? I see nothing in the notes. Need to file a retro request
within 30 days of the ERA.

ISA*00*          *00*          *ZZ*AZHP           *ZZ*CRESTMOOR      *241023*0412*^*00501*000071188*0*P*:~
GS*HP*AZHP*CRESTMOOR*20241023*0412*71188*X*005010X221A1~
ST*835*0001~
BPR*H*0*C*NON************20241023~
TRN*1*EFT0000000000*1860012345~
N1*PR*ARIZONA HORIZON HEALTH PLAN~
N1*PE*CRESTMOOR UROLOGY ASSOCIATES*XX*1558213390~
CLP*CUA0924-0331*4*3800*0*0*MC*2024268115502~
NM1*QC*1*HUTCHERSON*LLOYD*D***MI*AHH3318840~
DTM*232*20240924~
SVC*HC:50590:LT*3800*0**1~
CAS*CO*197*3800~
SE*11*0001~

Garrett
""", patient='Hutcherson')

M('phi', 'struct', REDDICK, QUINTERO, "Bouchard - 271 shows infertility benefit but no ART",
'Mon, 14 Oct 2024 15:33:47 -0700',
"""Dr. Q,

Ran eligibility for Elodie Bouchard before her egg freezing consult. Her plan
covers diagnostic infertility (service type 83) but the ART lines come back
non-covered, so the cryo will be self-pay unless the employer rider kicks in.
Response snippet:

NM1*IL*1*BOUCHARD*ELODIE*M***MI*WVX551928830~
DMG*D8*19840708*F~
DTP*291*D8*20241014~
EB*1*IND*30**WESTVALE PPO GOLD~
EB*C*IND*83***23*500*****Y~
EB*I*IND*83*****ART - OOCYTE/EMBRYO CRYO~
MSG*FERTILITY PRESERVATION COVERED ONLY WITH IATROGENIC INFERTILITY RIDER~
EB*B*IND*83***27*50~

I'll let her know before the visit so no surprises.

Tonya
""", patient='Bouchard')

fhir = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {
            "resourceType": "Patient", "id": "pt-7731",
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9931.1", "value": "00519442"}],
            "name": [{"family": "Asante", "given": ["Kwabena", "Kofi"]}],
            "gender": "male", "birthDate": "1987-04-21",
            "telecom": [{"system": "email", "value": "kofi.asante87@gmail.com"}]}},
        {"resource": {
            "resourceType": "Observation", "id": "sa-20241019", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "13946-9",
                                 "display": "Sperm motility [Fraction] in Semen"}]},
            "subject": {"reference": "Patient/pt-7731"},
            "effectiveDateTime": "2024-10-19T08:40:00-07:00",
            "valueQuantity": {"value": 31, "unit": "%"},
            "note": [{"text": "Post varicocele repair 6 mo follow-up. Concentration 18 M/mL."}]}},
    ]}
M('phi', 'struct', '"Dev Thakkar" <dthakkar@lanternfieldrm.org>', '"partners@fertiletrack.io" <partners@fertiletrack.io>',
'FHIR push payload - motility value not rendering in your app', 'Tue, 22 Oct 2024 11:47:09 -0700',
"""Hi FertileTrack team,

One of our patients says his semen analysis shows up in your app as "31 ?" with no
unit. Attached is the exact bundle we POSTed on 10/19 (pulled from our outbound
log). valueQuantity.unit is "%" - should we be sending UCUM code too?

Dev Thakkar
Integration Engineer, Lanternfield Reproductive Medicine
""", atts=[('bundle_sa_20241019.json', json.dumps(fhir, indent=2), 'application', 'json')],
  patient='Asante')

M('phi', 'struct', '"Dr. Carla Whitmore" <cwhitmore@mesavistafamilymed.com>', LINDQVIST,
'referral - CCD excerpt (our fax is down)', 'Wed, 30 Oct 2024 14:04:52 -0700',
"""Hi Maren - our fax line has been dead since Monday, so pasting the summary
section from the referral CCD. Patient is aware and waiting on your call.

<recordTarget>
  <patientRole>
    <id extension="MV-220418" root="2.16.840.1.113883.19.5.4471"/>
    <addr use="HP"><streetAddressLine>901 W Juniper Ave</streetAddressLine>
      <city>Mesa</city><state>AZ</state><postalCode>85210</postalCode></addr>
    <telecom value="tel:+1-480-555-0152" use="MC"/>
    <patient>
      <name><given>Brigid</given><family>Halvorsen</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19780211"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section><title>Reason for Referral</title>
  <text>Pelvic floor PT eval and treat. 3 vaginal deliveries, leakage with running
  and jumping x2 years, pelvic pressure end of day. Trialed pessary, did not tolerate.</text>
</section>
<section><title>Medications</title>
  <text>Sertraline 50 mg daily; vaginal estradiol cream 0.5 g twice weekly</text>
</section>

Thanks,
Carla Whitmore, DO
Mesa Vista Family Medicine
""", patient='Halvorsen')

# ====================================================================== PHI / lang
M('phi', 'lang', '"Marisela Gutiérrez" <marisela.gtz87@gmail.com>', BATISTA,
'pregunta sobre las inyecciones', 'Tue, 15 Oct 2024 19:40:22 -0700',
"""Hola Lorena,

Soy Marisela Gutiérrez Ochoa. Ayer empecé las inyecciones de Gonal-f 225 y Menopur 75
como me indicó la doctora Ashby, pero hoy me salió un moretón grande en la panza y
me duele un poquito el lado derecho. ¿Es normal? Mi ultrasonido es el jueves a las 8.

También quería preguntar si puedo tomar Tylenol para el dolor de cabeza, o mejor no.

Muchas gracias,
Marisela
""", patient='Gutiérrez Ochoa')

M('phi', 'lang', '"Thiago Moreira" <thiago.moreira.silva@hotmail.com>', ACHTERBERG,
'dúvida pós vasectomia', 'Sun, 20 Oct 2024 11:05:16 -0700',
"""Olá Dr. Achterberg,

Aqui é o Thiago Moreira da Silva. Fiz a vasectomia com o senhor na sexta-feira
(18/10). Ainda estou com bastante inchaço e um hematoma roxo do lado esquerdo do
escroto. Estou usando gelo e tomando o ibuprofeno de 8 em 8 horas. Isso é normal?

E quando devo fazer o espermograma de controle? Minha esposa quer saber quando
podemos parar o anticoncepcional.

Obrigado,
Thiago
(520) 555-0192
""", patient='Moreira da Silva', cte='quoted-printable')

M('phi', 'lang', '"Mai Anh Tran" <maianh.tran@yahoo.com>', UROFRONT,
'Hỏi về ba tôi sau tán sỏi', 'Thu, 24 Oct 2024 20:33:09 -0700',
"""Chào phòng khám,

Tôi là con gái của ông Trần Văn Phúc (sinh ngày 12/05/1952). Ba tôi đã tán sỏi thận
ngoài cơ thể (ESWL) bên trái hôm thứ Ba với bác sĩ Kalra. Hôm nay ba đi tiểu ra
máu và có mấy mảnh sỏi nhỏ, đau lưng bên trái nhiều. Ba có nên uống thêm thuốc
Flomax không, hay phải đi cấp cứu?

Lịch tái khám chụp X-quang của ba là ngày 5/11.

Cảm ơn,
Trần Thị Mai Anh
""", patient='Trần Văn Phúc', cte='base64')

M('phi', 'lang', '"Jean-Robert Desir" <jrdesir58@gmail.com>', KALRA,
'kesyon apre byopsi a', 'Thu, 24 Oct 2024 08:12:44 -0700',
"""Bonjou Dr. Kalra,

Se Jean-Robert Désir. Mwen te fè byopsi pwostat la lendi. Depi lè sa a mwen gen ti
san nan pipi m ak nan espèm mwen. Mwen pa gen lafyèv, mwen fin bwè grenn antibyotik
yo. Èske sa nòmal? Ki lè rezilta yo ap soti?

Pitit fi m nan ka tradui si ou rele. Telefòn: 786-555-0127.

Mèsi anpil,
Jean-Robert
""", patient='Désir')

M('phi', 'lang', '"Екатерина Волкова" <kvolkova90@mail.ru>', ASHBY,
'Вопрос перед переносом', 'Mon, 21 Oct 2024 22:15:37 +0300',
"""Здравствуйте, доктор Эшби!

Это Екатерина Волкова (дата рождения 14.08.1990). Перенос эмбриона у меня назначен
на 30 октября. Я принимаю Прогинову по 2 таблетки 3 раза в день. Вчера на УЗИ
эндометрий был 7,5 мм — медсестра сказала, что это пограничный результат.
Нужно ли увеличить дозу эстрадиола, или перенос переносят?

Очень волнуюсь, это наш последний эмбрион.

Спасибо,
Катя
""", patient='Волкова')

M('phi', 'lang', '"Joy Manalo, RN" <jmanalo@lanternfieldrm.org>', BATISTA,
'pa-check si Mrs. Dizon', 'Fri, 25 Oct 2024 07:02:58 -0700',
"""Ate Lorena,

Pa-check naman si Mrs. Dizon (Rowena), yung FET niya sa Monday. Tumawag siya kanina,
may spotting daw since kahapon, light brown lang, walang cramps. Sabi ko ituloy lang
yung PIO at estrace, pero pwede mo ba i-confirm kay Dr. Q? Nasa OR kasi ako buong
araw, retrievals.

Pinapa-repeat din ni Dr. Q yung progesterone level niya bukas ng umaga, naka-order na.

Salamat!!
Joy
""", patient='Dizon')

M('phi', 'lang', '"Ahmad Al-Khatib" <ahmad.khatib@gmail.com>', '"IVF Nurses" <ivfnurse@lanternfieldrm.org>',
'استفسار عاجل - زوجتي بعد سحب البويضات', 'Wed, 23 Oct 2024 23:48:10 -0700',
"""السلام عليكم،

أنا زوج المريضة سارة الخطيب، تاريخ ميلادها ١٩٩٣/٠٢/١٧. زوجتي أجرت سحب البويضات يوم الاثنين
عند الدكتورة آشبي وتم سحب ١٨ بويضة. منذ أمس تشعر بانتفاخ شديد في البطن وضيق في التنفس
عند الاستلقاء، ووزنها زاد ٣ كيلو. هل هذه أعراض فرط تنشيط المبايض؟ هل يجب أن نأتي إلى
العيادة صباحاً أم نذهب إلى الطوارئ الآن؟

رقمي: 602-555-0181

شكراً جزيلاً،
أحمد
""", patient='الخطيب', cte='base64')

M('phi', 'lang', '"林晓雯" <xiaowen.lin86@qq.com>', '"Billing" <billing@lanternfieldrm.org>',
'冻卵储存费和报告', 'Mon, 28 Oct 2024 09:30:05 +0800',
"""您好，

我是林晓雯，出生日期1986年9月3日。我上个月（9月24日）在你们诊所做了取卵冻卵，
一共冻了12颗成熟卵子，医生是Quintero-Lomas。

请问：
1. 冻卵储存费每年多少钱？可以一次付三年吗？
2. 我想把冻卵报告（胚胎室记录）的英文版发给我的保险公司报销，可以帮我发一份吗？

谢谢！
晓雯
""", patient='林晓雯')

# ====================================================================== CLEAN / admin
M('clean', 'admin', '"LRM IT Service Desk" <servicedesk@lanternfieldrm.org>',
'"Priscilla Ndlovu" <pndlovu@lanternfieldrm.org>',
'[INC0048823] Incubator alarm monitoring PC EMB-WS-03 - offline', 'Tue, 15 Oct 2024 06:58:40 -0700',
"""Incident INC0048823 has been assigned to you for update.

Caller: Priscilla Ndlovu (x2210)
Asset: EMB-WS-03 (Dell OptiPlex 7010, S/N 8KX2QF3)
Location: Embryology Lab, Rm 412
Short description: alarm monitoring workstation lost network, incubator
dashboard shows "last update 02:14"

Work notes (Marcus Feeney, Desktop Support, 480-555-0100 x5):
  Switch port Gi1/0/17 flapping since 02:10. Patched to Gi1/0/22 at 06:40,
  dashboard reconnected. Local alarm dialer was unaffected (verified test call
  to on-call cell). Will replace patch cable during Thursday maintenance window.

Please confirm the dashboard is current and reply "resolved" to close.

LRM IT Service Desk | ext 5000 | servicedesk@lanternfieldrm.org
""")

M('clean', 'admin', '"Southwest Mobile Lithotripsy" <scheduling@swmobilelitho.com>',
LITHO, 'November truck dates - Crestmoor (Mesa + Tucson)', 'Wed, 16 Oct 2024 10:22:17 -0700',
"""Hi Crestmoor team,

Confirming November unit dates for your sites:

  Mesa ASC:    Tue 11/5, Thu 11/7, Tue 11/19
  Tucson ASC:  Wed 11/13, Wed 11/27 (half day - holiday)

Techs: Darnell Okafor (lead), backup Renee Szabo. Unit 3 (Dornier) is going to
the depot for its 5,000-shock head replacement 11/20-11/22, so no Thanksgiving
week swaps please.

Max 6 cases per full day. Final case lists due 48h prior via the portal. Billing
for the unit fee goes out on invoice SML-2024-11 at month end.

Thanks!
Renata Coles | Scheduling Manager | 602-555-0170
Southwest Mobile Lithotripsy, LLC
""")

M('clean', 'admin', '"ClearPoint EDI" <reports@clearpointedi.com>', REDDICK,
'Daily claim acknowledgment summary - 10/17/2024', 'Thu, 17 Oct 2024 05:00:03 -0500',
"""ClearPoint EDI - 999/277CA Summary
Submitter: LANTERNFIELD REPRO MED (Sub ID 40021877)

Batch      Received   Claims  Accepted  Rejected  Total Billed
240015     10/16      38      38        0         $ 96,214.00
240016     10/16      12      12        0         $ 41,870.00
240017     10/17      22      21        1         $ 73,115.50

Rejections are viewable in the portal under Claims > Worklist. This summary
contains no claim-level detail.

Scheduled maintenance: Sun 10/20 01:00-04:00 CT. Real-time 270/271 will be
unavailable.

ClearPoint EDI Support | 1-888-555-0162 | Ticket portal: support.clearpointedi.com
""")

M('clean', 'admin', '"Lanternfield HR" <hr@lanternfieldrm.org>', '"All Lab Staff" <labstaff@lanternfieldrm.org>',
'Welcome Ye-jin Park - Embryologist I', 'Fri, 18 Oct 2024 12:00:00 -0700',
"""Hi all,

Please join us in welcoming Ye-jin Park, who starts Monday 11/4 as Embryologist I.
Ye-jin comes to us from a university andrology lab in Ohio and will be training on
ICSI and vitrification with Priscilla for her first 12 weeks.

Onboarding:
  Mon 11/4  8:00  HR orientation (Rm 205) - bring I-9 docs
            10:30 badge photo + lab access (Facilities, x5020)
            1:00  Lab safety / LN2 handling with Hyun-woo
  Tue 11/5        Competency checklist kickoff

Her cell for first-day logistics: 614-555-0129. Desk phone will be x2219.

Also a reminder that flu shot clinic for employees is Wed 10/23, 7-10am, break room.

Thanks,
Danielle Ortiz, SHRM-CP
HR Generalist, Lanternfield Reproductive Medicine
""")

M('clean', 'admin', '"AZ Cryogenics Billing" <ar@azcryogenics.com>', '"Accounts Payable" <ap@lanternfieldrm.org>',
'Invoice INV-77120 - LN2 delivery 10/14', 'Mon, 21 Oct 2024 08:45:00 -0700',
"""Invoice: INV-77120
PO: 4500912
Ship-to: Lanternfield Reproductive Medicine - Cryostorage Rm 414

Qty  Item                                   Unit      Ext
4    Liquid nitrogen, 180L dewar fill       $212.00   $848.00
1    Hazmat delivery fee                    $65.00    $65.00
1    Dewar rental (monthly), tags D-11..D-14 $140.00  $140.00
                                             Subtotal  $1,053.00
                                             Tax        $0.00
                                             TOTAL     $1,053.00

Terms Net 30. Remit to AZ Cryogenics, PO Box 55021, Phoenix AZ 85072.
Questions: Kendra, 602-555-0188.
""", atts=[('INV-77120.txt', "INV-77120 | PO 4500912 | 4x LN2 180L fill | $1,053.00 | Net 30\n", 'text', 'plain')])

M('clean', 'admin', MERIDIAN, '"Lanternfield Clinical Supply" <supply@lanternfieldrm.org>',
'Office-use stock order #MSR-30021 confirmed', 'Tue, 22 Oct 2024 14:10:44 -0500',
"""Hello Lanternfield supply team,

Your office-use (non-patient-specific) order has been confirmed:

  Progesterone in oil 50 mg/mL, 10 mL vial   x12   lot P24117  exp 08/2026
  Ganirelix 250 mcg/0.5 mL PFS               x10   lot G3390   exp 04/2026
  hCG 10,000 USP vial                        x6    lot H8812   exp 01/2026
  Sharps containers 1 qt                     x24

Ships Wed 10/23, refrigerated items in validated shipper. Invoice will post to
account LRM-OFC-0045 on delivery.

Darla Whitford, Account Manager | 1-800-555-0144 x212
""")

ics = """BEGIN:VCALENDAR
PRODID:-//Lanternfield//Outlook//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20241108T160000Z-payerops@lanternfieldrm.org
DTSTAMP:20241023T170000Z
DTSTART:20241108T160000Z
DTEND:20241108T170000Z
SUMMARY:Quarterly payer ops - CradlePath / Lanternfield
LOCATION:Teams
ORGANIZER;CN=Tonya Reddick:mailto:treddick@lanternfieldrm.org
ATTENDEE;CN=Marisol Fuentes:mailto:mfuentes@cradlepathbenefits.com
END:VEVENT
END:VCALENDAR
"""
M('clean', 'admin', REDDICK, '"Marisol Fuentes" <mfuentes@cradlepathbenefits.com>',
'Quarterly payer ops - Fri 11/8 9am', 'Wed, 23 Oct 2024 10:00:00 -0700',
"""Hi Marisol,

Sending the invite for our quarterly call. Proposed agenda:

1. Prior-auth turnaround for PGT-A (currently averaging 9 business days)
2. New 2025 CPT changes for embryo biopsy / culture bundling
3. Portal access for our two new financial counselors (Jada Price, Omar Sheikh)
4. Smart Cycle accounting for FETs - written policy?

Dial-in in the invite. Let me know if 9am AZ (noon ET) still works.

Tonya Reddick | 480-555-0186
""", atts=[('invite.ics', ics, 'text', 'calendar')])

# ====================================================================== CLEAN / lookalike
M('clean', 'lookalike', '"IronHarbor Fitness" <coach@ironharborfit.com>', '"Derek Haverkamp" <dhaverkamp@gmail.com>',
'Your InBody scan results + 12-week plan', 'Wed, 16 Oct 2024 18:30:00 -0700',
"""Hi Derek,

Great session today! Here's your scan from this morning (Member #IH-204418):

  Weight ............ 212.4 lb
  Body fat % ........ 24.1%
  Skeletal muscle ... 92.6 lb
  Visceral fat lvl .. 11
  BMR ............... 1,964 kcal

Plan for the next 12 weeks: 3x strength (lower/upper/full), 2x zone-2 cardio,
protein target 170 g/day, and please stay hydrated - you mentioned cramping on the
bike. Re-scan on 1/8.

Your membership renews 11/1 at $59/mo on card ending 2207.

Coach Trina Balogun, NASM-CPT
IronHarbor Fitness - Chandler
""")

M('clean', 'lookalike', '"Saguaro Paws Animal Hospital" <frontdesk@saguaropawsvet.com>',
'"Lauren Whitfield" <lauren.whitfield@outlook.com>', "Biscuit's discharge instructions - neuter 10/17",
'Thu, 17 Oct 2024 15:45:12 -0700',
"""Hi Lauren,

Biscuit did great today! Discharge summary below.

Patient: Biscuit     Species: Canine (Lab mix)     Age: 9 mo     Wt: 48.2 lb
Patient ID: SP-66120   Owner acct: 30218
Procedure: Routine castration (neuter), pre-scrotal approach. Dr. Feldman, DVM.
Anesthesia: uneventful. Sutures: absorbable, intradermal.

Medications:
  Carprofen 75 mg - 1/2 tab by mouth every 12 hours with food x 5 days
  Trazodone 100 mg - 1 tab every 12 hours as needed for calming

Home care: e-collar on for 10 days, no baths, leash walks only. Some scrotal
swelling/bruising is normal. Call us for vomiting, bleeding or if he won't eat.
Recheck (free) on 10/29.

Saguaro Paws Animal Hospital | 480-555-0150
""")

M('clean', 'lookalike', '"Copper Canyon Credit Union" <alerts@coppercanyoncu.org>',
'"Harold Vance" <hvance.az@yahoo.com>', 'Member #0048812-S: payment received', 'Fri, 18 Oct 2024 07:00:00 -0700',
"""Dear Harold,

We received your payment of $386.14 on 10/17/2024 toward Auto Loan ID 07 (account
ending 4471). Next payment due 11/17/2024.

Member number: 0048812-S
Remaining balance: $11,902.55
Rate: 6.24% APR

Reminder: our Mesa branch will be closed Monday 11/11 for Veterans Day. Member
services: 1-800-555-0131.

Copper Canyon Credit Union. Federally insured by NCUA.
This is an automated message - please do not reply.
""")

M('clean', 'lookalike', '"Saguaro Air" <itinerary@saguaroair.com>', '"Neil Haverford" <neil.haverford@gmail.com>',
'Your trip confirmation - PHX to BOS - XK7Q2M', 'Sat, 19 Oct 2024 09:12:55 -0700',
"""Hi NEIL,

Your trip is confirmed. Confirmation code: XK7Q2M
Ticket number: 0162 4417 882093
SkyPoints member: SP 88120 4471

  SA 1184  Thu 11/14  PHX 06:05 -> BOS 12:48   Seat 14C   Main
  SA 1191  Mon 11/18  BOS 17:30 -> PHX 21:02   Seat 22A   Main

Traveler: HAVERFORD/NEIL MR   Known Traveler #: on file

Need special assistance (wheelchair, traveling with medical devices or
medications)? Add it under Manage Trip at least 48 hours before departure.

Saguaro Air | 1-800-555-0199
""")

M('clean', 'lookalike', '"Tres Rios Cattle Genetics" <office@tresrioscattle.com>',
'"Wade Lindqvist" <wade@lindqvistranch.com>', 'Flush results + ET report - donor 4471', 'Tue, 22 Oct 2024 16:20:31 -0600',
"""Wade,

Flushed your Angus donor (tag 4471, "Bella") this morning on day 7 after AI with
sire LQ Traveler 218. Results:

  Total ova/embryos recovered: 14
  Grade 1: 9   Grade 2: 2   Degenerate: 1   UFO: 2

Fresh transfers to recipients (synchronized, CIDR out 10/13):
  recip tag 212 - G1 morula, L horn
  recip tag 218 - G1 blastocyst, R horn
  recip tag 233 - G1 blastocyst, R horn

Froze 6 G1s direct-transfer (ethylene glycol), 1 embryo/straw, canister 7 goblet B.
Preg check by ultrasound at day 30 - we'll come out 11/20.

Invoice to follow: flush $450, ET $85/head, freezing $45/straw.

Dr. Manny Ocasio, DVM
Tres Rios Cattle Genetics
""")

M('clean', 'lookalike', '"Heritage Arbor Care" <estimates@heritagearborcare.com>',
'"Elena Marquez" <emarquez.home@gmail.com>', 'Estimate #HA-2291 - oak treatment & removal', 'Thu, 24 Oct 2024 11:11:11 -0700',
"""Hi Elena,

Thanks for meeting me on site. Summary of what I saw on your live oak (front yard,
approx 34" DBH): heavy decay at the root flare consistent with Ganoderma, two
cankers on the north leader, and about 30% crown dieback.

Treatment plan options:
  A) Crown reduction 15%, cable north leader, soil injection (phosphite) x2 visits,
     reassess in 6 months with resistograph ........................ $1,850
  B) Full removal + stump grind to 8" below grade, haul-off .......... $3,400

Honestly the prognosis isn't great - I'd lean B before monsoon season. Permit not
required for your HOA under 36" DBH.

Estimate valid 30 days. Call or text 480-555-0102.

Luis Navarro, ISA Certified Arborist WE-11873A
Heritage Arbor Care
""")

M('clean', 'lookalike', '"Priya N" <priya.n@kestrelsoft.dev>', '"platform-eng" <platform-eng@kestrelsoft.dev>',
'postmortem: retrieval-service OOM + zombie children (INC-4471)', 'Mon, 28 Oct 2024 10:03:40 -0700',
"""tl;dr patient zero was the egg-build job on runner-17, not the transfer worker.

Timeline (PT):
  02:14  retrieval-service p99 latency > 4s, pager fires
  02:19  on-call (Sam) sees 300+ defunct child processes under parent pid 4471
  02:31  root cause: the python egg cache got wiped by the nightly cleanup,
         so every child re-extracted the same .egg and the parent never reaped them
  02:40  kill -9 4471, pod restarted, transfer queue drained by 03:05

Action items:
  - switch from eggs to wheels (finally) - owner Dmitri, due 11/8
  - add SIGCHLD handler + liveness probe on the donor/recipient sync worker
  - stop calling it "the donor pool" in dashboards, legal asked (lol)

Be patient with the transfer backlog today, ~2k jobs retrying.

Priya Natarajan
Staff SRE, Kestrel Software
""")

# ====================================================================== CLEAN / news
M('clean', 'news', '"Lanternfield Reproductive Medicine" <news@lanternfieldrm.org>',
'"Lanternfield Friends" <subscribers@lanternfieldrm.org>', 'Lanternfield Quarterly - Fall 2024',
'Tue, 01 Oct 2024 09:00:00 -0700',
"""LANTERNFIELD QUARTERLY - FALL 2024

New in the lab: time-lapse incubators
Our embryology lab installed four new time-lapse incubators this summer. Embryos
stay undisturbed while cameras take images every 10 minutes, giving our
embryologists more information without taking embryos out of the incubator.

Welcome, Cassidy Roark of Bluewater Donor Partners
We're expanding our egg-donor partnership. Recipients can now view donor profiles
through a single portal.

Free seminar: "Egg Freezing 101" - Thursday Nov 14, 6pm, with Dr. Rafael
Quintero-Lomas. Register at lanternfieldrm.org/events.

By the numbers (2023, clinic-reported, all ages): 1,142 retrievals, 1,386 transfers.
Live birth rate per transfer of a single euploid blastocyst: 58%.
National registry data: visit the CDC ART report.

You are receiving this because you subscribed. Unsubscribe anytime.
""", html="""<html><body style="font-family:Georgia,serif">
<h1 style="color:#5a3e85">Lanternfield Quarterly &mdash; Fall 2024</h1>
<h2>New in the lab: time-lapse incubators</h2>
<p>Our embryology lab installed four new time-lapse incubators this summer. Embryos stay undisturbed while cameras take images every 10 minutes.</p>
<h2>Welcome, Cassidy Roark of Bluewater Donor Partners</h2>
<p>We're expanding our egg-donor partnership.</p>
<h2>Free seminar: Egg Freezing 101</h2>
<p>Thursday Nov 14, 6pm, with Dr. Rafael Quintero-Lomas. <a href="https://lanternfieldrm.org/events">Register</a></p>
<p><small>1,142 retrievals &middot; 1,386 transfers &middot; 58% live birth per single euploid blastocyst transfer (2023)</small></p>
<p><small><a href="https://lanternfieldrm.org/unsubscribe">Unsubscribe</a></small></p>
</body></html>""")

M('clean', 'news', '"Maricopa Regional Health Dept" <alerts@mrhd-az.gov>', '"Health Partners List" <partners@lists.mrhd-az.gov>',
'Extreme Heat Bulletin #14: dehydration and kidney stone visits', 'Fri, 04 Oct 2024 08:00:00 -0700',
"""MARICOPA REGIONAL HEALTH DEPARTMENT - EXTREME HEAT BULLETIN #14
Week ending 9/28/2024

- Heat-related ED visits: 412 (prior week 455)
- Visits with a kidney stone diagnosis code rose 18% over the 5-year September
  baseline, consistent with published links between heat and stone formation.
- Highest rates: adults 30-59, outdoor workers.

Messaging for providers:
  * Counsel patients with prior stones to target 2.5-3 L urine output per day.
  * Citrus (lemon/lime) can help; limit sodium and large portions of animal protein.
  * Remind patients on diuretics or SGLT2 inhibitors about hydration.

Cooling centers remain open through 10/31. Map: mrhd-az.gov/cool

This bulletin contains aggregate data only.
Epidemiology & Surveillance | 602-555-0100
""")

M('clean', 'news', '"Meridian Specialty Rx - Quality" <quality@meridianspecialtyrx.com>',
'"Prescriber Partners" <prescribers@meridianspecialtyrx.com>', 'VOLUNTARY RECALL - Ovastim-HP 75 IU, select lots',
'Wed, 09 Oct 2024 12:30:00 -0500',
"""Dear Prescriber Partner,

Veltrane Pharmaceuticals has initiated a voluntary recall, to the pharmacy level, of
the following lots of Ovastim-HP (menotropins for injection) 75 IU:

  Lot VT24031A   exp 03/2026
  Lot VT24031B   exp 03/2026

Reason: a small number of diluent syringes in the kit may contain visible
particulate. No adverse events have been reported. This is not a patient-level
recall; patients who already have product do not need to stop treatment but can
call us for an exchange.

Meridian has quarantined remaining inventory. Orders in progress will be filled
from unaffected lots automatically.

Questions: Quality Department, 1-800-555-0144 x400
Meridian Specialty Rx
""", cte='quoted-printable')

M('clean', 'news', '"ART Outcomes Digest" <digest@artoutcomesdigest.org>', '"Subscribers" <list@artoutcomesdigest.org>',
'ART Outcomes Digest - October: national 2022 data released', 'Tue, 15 Oct 2024 06:00:00 -0400',
"""ART OUTCOMES DIGEST | October 2024

1) National registry 2022 summary (preliminary)
   - ~ 390,000 ART cycles reported by participating clinics
   - Frozen embryo transfers now > 75% of all transfers
   - Single embryo transfer rate under age 35: 92%
   - Twin rate continues to fall, now below 6% of ART births

2) Study roundup
   - Oral vs intramuscular progesterone in programmed FET: a multicentre trial
     (n=1,600) found non-inferior live birth with a combined regimen.
   - PGT-A in women 35-37: meta-analysis shows no cumulative live-birth benefit.

3) Egg donation
   - Share of donor-egg cycles using frozen donor oocyte banks rose to 44%.

Unsubscribe | Manage preferences
""")

M('clean', 'news', '"Southwest Urological Society" <ce@swurosociety.org>', '"Members" <members@swurosociety.org>',
'Webinar digest: MRI-first prostate pathways, transperineal biopsy, vasectomy trends',
'Thu, 17 Oct 2024 07:30:00 -0700',
"""SOUTHWEST UROLOGICAL SOCIETY - CE WEBINAR DIGEST

Missed last week? Recordings are up in the member portal (1.5 CME each).

* "MRI-first, then target": panel discussed pre-biopsy MRI for PSA 4-10, and
  using PSA density < 0.15 to safely avoid biopsy in PI-RADS 1-2.
* Transperineal biopsy under local: infection rates near zero in the 3 practices
  presenting; two have stopped routine fluoroquinolone prophylaxis.
* Vasectomy volumes: several groups report requests up 20-30% since 2022, with
  more men under 30 and childless. Counseling pearls on reversibility were shared.
* Pelvic floor: when to refer men for PT after prostatectomy.

Next session: Nov 21, "Medical expulsive therapy in 2024 - still worth it?"

SWUS Continuing Education | ce@swurosociety.org
""")

M('clean', 'news', '"Desert Pelvic Health Collective" <hello@desertpelvichealth.org>', '"Community" <community@desertpelvichealth.org>',
'Pelvic Floor Awareness: 5 myths we hear every week', 'Mon, 21 Oct 2024 08:00:00 -0700',
"""Hi friends,

This month we're busting five myths:

1. "Leaking after having kids is just normal." Common, yes. Something you have to
   live with? No - pelvic floor PT helps most people.
2. "Kegels fix everything." Some people need to relax the pelvic floor, not squeeze.
3. "Only women need pelvic floor PT." Men after prostate surgery benefit too.
4. "Pain with sex is all in your head." Muscle tension is real and treatable.
5. "You need a referral." In Arizona you can see a PT directly (check your plan).

Free community class: "Core & Floor after 50", Sat Nov 9, 10am, Mesa Library.

Stay well,
The DPHC team
""", html="""<html><body><h2>Pelvic Floor Awareness: 5 myths</h2><ol>
<li><b>Leaking after kids is just normal.</b> Common, yes. Something you have to live with? No.</li>
<li><b>Kegels fix everything.</b> Some people need to relax, not squeeze.</li>
<li><b>Only women need pelvic floor PT.</b> Men after prostate surgery benefit too.</li>
<li><b>Pain with sex is all in your head.</b> Muscle tension is real and treatable.</li>
<li><b>You need a referral.</b> In Arizona you can see a PT directly.</li></ol>
<p>Free class: <i>Core &amp; Floor after 50</i>, Sat Nov 9, 10am, Mesa Library.</p></body></html>""")

# ====================================================================== CLEAN / staff
M('clean', 'staff', NDLOVU, '"Embryology Lab" <embryology@lanternfieldrm.org>',
'SOP change: vitrification warming solutions (eff. 11/1)', 'Mon, 14 Oct 2024 16:12:09 -0700',
"""Hi all,

Heads up on SOP EMB-021 rev F, effective 11/1:

- We're moving to the one-step warming protocol for blastocysts (TS 1 min at 37C,
  then straight to culture medium) - validation data from Aug/Sep attached to the
  QA binder: survival 98.6% (n=212) vs 98.9% with the old multi-step.
- Oocyte warming stays on the existing multi-step protocol until we've validated.
- New warming kits are lot-tracked in the LIMS; scan the kit barcode before you
  open it, don't hand-enter.
- Witness step still required at straw ID and at dish labeling.

Competency sign-off sessions: Tue 10/22 and Thu 10/24, 2pm, bench 3. Everyone who
warms needs to sign off before 11/1, including per diem.

Priscilla
""")

M('clean', 'staff', ASHBY, '"REI Physicians" <rei-docs@lanternfieldrm.org>',
'case q - DuoStim for poor responder?', 'Tue, 15 Oct 2024 21:03:55 -0700',
"""Curbside for the group before Thursday's meeting:

38yo G0, AMH 0.6, AFC 5 total, two prior antagonist cycles elsewhere yielding
3 and 4 MII with 1 euploid blast total. Partner's SA normal. She wants a
second euploid before attempting transfer.

Options I'm weighing:
 (a) another antagonist cycle with max gonadotropins + growth hormone adjuvant
 (b) DuoStim - luteal phase stim right after follicular retrieval
 (c) bank via 2-3 mild/letrozole cycles

Has anyone had DuoStim actually change cumulative euploid yield in this group, or
is it just compressing time? I'd love to see our own numbers if Hyun-woo can
pull them.

Imogen
""")

M('clean', 'staff', ACHTERBERG, '"Crestmoor Urology Providers" <providers@crestmoorurology.com>',
'Saturday vasectomy clinic - Dec/Jan coverage', 'Wed, 16 Oct 2024 12:40:18 -0700',
"""All,

Demand for Saturday vasectomy slots is still running 3-4 weeks out, and December
always spikes (deductibles). Proposal:

  Dec 7, 14, 21   - me
  Jan 4           - Sunita
  Jan 11, 25      - open - PA Jordan Whitley can do no-scalpel cases with one of
                    us on premises

Need 1 MA + 1 LPN each Saturday; Lupita is building the template with 8 slots
(30 min) and 2 consult-only slots. Sign-up sheet on the shared drive by 10/25.

Also reminder: we're switching post-vas SA to the 12-week single-test clearance
per the updated guideline. Order set is updated.

Desmond
""")

M('clean', 'staff', MULCAHY, '"IVF Nurse Coordinators" <ivfnurses@lanternfieldrm.org>',
'updated trigger instruction template - please review', 'Thu, 17 Oct 2024 14:25:31 -0700',
"""Hi team,

Draft of the new trigger instructions template below. Please mark up by Monday.
Placeholders in [brackets] - do NOT send without filling them.

---
Hi [FIRST NAME],

Great news - you're ready to trigger! Please take [MEDICATION + DOSE] at exactly
[TIME] tonight, [DATE]. Set two alarms.

Your egg retrieval is [DAY/DATE] at [TIME]. Arrive 45 minutes early.
- Nothing to eat or drink after midnight
- No lotions, perfume, nail polish
- Bring a driver; you cannot drive yourself home
- Partners providing a fresh sample: 2-5 days abstinence
---

Two changes: we dropped the "call if you miss the time by 15 minutes" line (Dr A
says anything under an hour, just take it and call us), and added the dual trigger
wording as an option.

Kerri
""")

M('clean', 'staff', KALRA, '"Crestmoor Urology Providers" <providers@crestmoorurology.com>',
'case for Thursday conf', 'Mon, 21 Oct 2024 19:55:02 -0700',
"""For Thursday - de-identified, no need for chart access:

60s male, PSA 7.2 (density 0.11), MRI with single PI-RADS 4 lesion L apical PZ, 9 mm.
No family hx. Prior negative systematic TRUS bx 3 yrs ago.

Questions for the group:
1. Transperineal targeted only, or targeted + systematic?
2. Would anyone skip biopsy and do PSMA PET first? (insurance will fight it)
3. If GG1 on targeted, comfortable with active surveillance given the apical location?

I'll bring the images with identifiers stripped.

Sunita
""")

M('clean', 'staff', LINDQVIST, '"PT Team" <pt@crestmoorurology.com>',
'biofeedback sensor cleaning - new process', 'Wed, 23 Oct 2024 12:13:27 -0700',
"""Hi team,

Infection prevention did their walkthrough yesterday. Changes starting Monday:

- Internal EMG sensors are single-patient use ONLY. Label the bag with the
  patient sticker and store in the patient bin - they never go back into the drawer.
- External surface electrodes: single use, discard.
- Lead wires and the cable: wipe with the purple-top wipes, 2 min wet contact time,
  between every patient. Log it on the clipboard.
- The rehab ultrasound probe: low-level disinfection only if used externally;
  we're NOT doing transvaginal imaging in PT.

Also: we're getting the second biofeedback unit 11/4 so room 3 will be usable for
EMG visits.

Maren
""")

M('clean', 'staff', '"Omar Sheikh" <osheikh@lanternfieldrm.org>', REDDICK,
'coding q - 89280 vs 89281 and ICSI count', 'Thu, 24 Oct 2024 10:44:50 -0700',
"""Hi Tonya,

General question while I'm learning the charge capture side. When the lab does
ICSI on more than 10 oocytes we bill 89281 instead of 89280, right? And do we
count MII injected or all oocytes retrieved? The lab sheet lists both and I've
seen it coded both ways in old charges.

Also for embryo storage - is 89342 billed per year per patient or per tank
location? Some plans seem to want per-straw.

Thanks - still finding my way around!
Omar Sheikh
Financial Counselor (new!)
""")

# ====================================================================== CLEAN / training
M('clean', 'training', '"EHR Training" <ehrtraining@lanternfieldrm.org>', '"New Hires - Nov" <newhires@lanternfieldrm.org>',
'EHR sandbox login + practice patients for Monday', 'Fri, 01 Nov 2024 15:00:00 -0700',
"""Welcome! Monday's EHR class is in the TRAINING environment (orange banner at the
top - if your banner isn't orange, log out, you're in production).

Your practice patients (fictional, sandbox only):

  TEST, IVFONE        MRN TEST0001   DOB 01/01/1990   - use for new-patient intake
  TEST, IVFTWO        MRN TEST0002   DOB 02/02/1985   - use for stim monitoring
  ZZTRAIN, URO PATIENT MRN TEST0101  DOB 03/03/1960   - use for litho scheduling

Exercises:
 1. Register TEST, IVFONE and attach a fake insurance (payer "TRAINING PAYER").
 2. Enter an estradiol result of 1,850 pg/mL on TEST, IVFTWO and route to MD.
 3. Book ZZTRAIN on the mobile litho template and print the prep letter.

Sandbox resets nightly, so go wild.

Jada Price | Clinical Applications Trainer | x5031
""")

M('clean', 'training', '"TrackSure Demo Team" <demo@tracksure-witness.com>', NDLOVU,
'Recap: TrackSure RFID witnessing demo', 'Mon, 21 Oct 2024 17:30:12 -0400',
"""Hi Priscilla,

Thanks for hosting us! Recap of what we showed in the lab today:

- Demo couple "Jane Doe / John Doe" (DEMO-0001 / DEMO-0002) registered at the
  workstation, RFID labels printed for dish, tube and cryo straw.
- Deliberate mismatch scenario: we brought John Doe's sperm prep tube to Jane
  Roe's dish (DEMO-0003) - system alarmed and locked the bench until supervisor
  override.
- Audit report export (PDF/CSV) with time stamps per step.

Quote #TS-Q-24118 attached separately: 4 benches + cryo module, $86,400, plus
$9,200/yr support. 10% discount if PO by 12/15.

Alex Brennan
Clinical Solutions Specialist, TrackSure
""")

M('clean', 'training', '"CUA Interfaces" <interfaces@crestmoorurology.com>', '"SW Mobile Lithotripsy Support" <support@swmobilelitho.com>',
'TEST msg for new ADT route - please ack (no real patient)', 'Thu, 31 Oct 2024 13:05:00 -0700',
r"""Sending a synthetic test message through the new route to your TEST endpoint.
ZZTEST patient only - nothing from production.

MSH|^~\&|CUA_PM|CRESTMOOR|LITHO_VENDOR|SWMOBILE|20241031130000||ADT^A04|TEST000001|T|2.3
EVN|A04|20241031130000
PID|1||ZZ9999999^^^CUA^MR||ZZTEST^LITHO^A||19000101|U|||123 TEST ST^^ANYTOWN^AZ^00000||(000)000-0000
PV1|1|O|MESA^LITHO^1||||9999999999^TESTDOC^TRAINING^^^MD|||URO

Processing ID is T. Please confirm you get an AA back and that it did NOT land in
your production schedule.

Crestmoor Urology - Interfaces
""")

M('clean', 'training', BATISTA, '"New Coordinator Orientation" <coord-orient@lanternfieldrm.org>',
'Role-play scenarios for Wednesday', 'Mon, 28 Oct 2024 08:30:00 -0700',
"""Hi new coordinators!

Wednesday we'll do phone role-plays. All names are made up - please don't use real
patients, even as examples.

Scenario 1: "Mary Sample" calls on day 8 of stims. Her E2 went from 600 to 2,400
and she has 22 follicles. What do you ask, who do you page, and what do you NOT
promise her?

Scenario 2: "Sam Example" (partner) says he can't make the retrieval morning for
his fresh sample. Options?

Scenario 3: A donor ("Donor 0000") asks you who got her eggs. Script the answer.

Scenario 4: A patient's spouse calls asking for her beta result. What do you need
before you share anything?

Bring the coordinator handbook. Coffee's on me.

Lorena
""")

M('clean', 'training', PHAM, '"Billing Team" <billing@crestmoorurology.com>',
'837P training deck - sample claim (fake data)', 'Tue, 29 Oct 2024 11:20:00 -0700',
"""Team, for Friday's lunch-and-learn on reading 837s. This is the vendor's
textbook sample - completely fictitious, not one of ours:

NM1*IL*1*DOE*JOHN*Q***MI*ZZ123456789~
N3*123 MAIN ST~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*M~
CLM*SAMPLE001*100***11:B:1*Y*A*Y*Y~
HI*ABK:N2000~
SV1*HC:99213*100*UN*1***1~

We'll walk through each segment: who's the subscriber, where the dx pointer goes,
why SV1 uses HC. Then we'll look at how a 50590 with an LT modifier is built.

Quiz is open-book. Pizza from the usual place.

Garrett
""")

M('clean', 'training', '"Crestmoor Clinical Education" <education@crestmoorurology.com>', '"Crestmoor Urology Providers" <providers@crestmoorurology.com>',
'Mock sedation emergency drill - litho truck, Thu 11/7', 'Fri, 01 Nov 2024 10:10:00 -0700',
"""Hello all,

We'll run an unannounced-ish mock drill on the litho truck during the lunch gap on
Thu 11/7 at the Mesa site (~20 min).

Scenario: "Mr. Sim" (our SimMan manikin, age 67 per the scenario card) develops
apnea and desaturation to 82% after IV sedation during ESWL. Team must recognize,
stop the procedure, manage airway, call for help, and get the crash cart from the
ASC into the truck.

Objectives:
- time to first bag-mask ventilation < 60 seconds
- closed-loop communication
- crash cart access from the truck (the ramp has been an issue)

Debrief right after. Nobody is being graded, we just want to find the gaps.

Beth Antonelli, MSN, RN, CEN
Clinical Educator
""")

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
