#!/usr/bin/env python3
"""Blind evaluation mail set: home health & hospice agency. Stdlib only, deterministic."""
import sys, os, io, csv, zipfile, random, email.policy
from email.message import EmailMessage

SEED = 6401
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

AG = 'cedarhollowhh.org'
DISC = """
--
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message.
Cedar Hollow Home Health & Hospice | 400 Mill Race Rd, Suite 200 | Granville"""

ROWS = []
_count = {}
_seq = [0]


def att(data, filename, maintype='text', subtype='plain', cte=None):
    return (data, filename, maintype, subtype, cte)


def mk(label, kind, frm, to, subject, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, hdrs=None):
    _seq[0] += 1
    i = _seq[0]
    n = _count.get((label, kind), 0) + 1
    _count[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i, kind, dom)
    for k, v in (hdrs or []):
        msg[k] = v
    if not cte and body.isascii():
        cte = '7bit'          # plain ASCII mail goes out unencoded, as most clients send it
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        if html.isascii():
            msg.add_alternative(html, subtype='html', cte='7bit')
        else:
            msg.add_alternative(html, subtype='html')
    for data, fn, mt, st, acte in atts:
        if isinstance(data, str):
            kw = {'subtype': st, 'filename': fn}
            if acte:
                kw['cte'] = acte
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape
    def col(c):
        s = ''
        c += 1
        while c:
            c, r = divmod(c - 1, 26)
            s = chr(65 + r) + s
        return s
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        xrows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % ''.join(xrows))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheetxml),
    ]
    return zbytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

# =====================================================================
# PHI: care
# =====================================================================
mk('phi', 'care',
   'Karen Whitlock <kwhitlock@cedarhollowhh.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Delacroix-Hale INR',
   'Mon, 08 Jan 2024 16:42:10 -0500',
   """Marisol -

Saw Mr. Delacroix-Hale this afternoon. INR on the coaguchek was 3.8 (goal 2-3).
No bleeding noted, gums ok, no dark stools per wife. Called Dr. Osei's office,
spoke w/ Tammy the RN -- they want him to HOLD warfarin tonight and tomorrow then
resume at 2.5 mg daily instead of alternating 5/2.5. Recheck Fri 1/12.

I updated the med profile but can you co-sign the order when it comes thru on
the fax? Also his PICC dressing was due so I changed it, site clean, external
length 1 cm same as last wk. He's on day 19 of 42 of the ceftriaxone.

Karen Whitlock, RN
Field Nurse | Cedar Hollow Home Health
cell 555-0142
""" + DISC,
   patient='Delacroix-Hale')

mk('phi', 'care',
   'Jamal Reddick <jreddick@cedarhollowhh.org>',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>, Marisol Vega <mvega@cedarhollowhh.org>',
   'Gladys Orr PT update - fall over weekend',
   'Tue, 23 Jan 2024 13:05:51 -0500',
   """Hi Bev / Marisol,

Quick update on Gladys Orr (my Tues/Fri). She fell Sunday night getting up to the
bathroom - no LOC per her, didn't go to the ER, her neighbor helped her up. Bruising
L lateral hip and L forearm, painful w/ weightbearing but she can still ambulate
w/ the rollator.

TUG today 19.6 sec (was 14.2 at SOC). Gait more guarded, decreased step length L.

Recs:
 - OT eval for bathroom setup, she needs a bedside commode asap (can DME drop one?)
 - MD needs to know about the fall - I left a msg on Dr. Yamamoto's nurse line
 - I'm adding a visit, changing freq to 3w2 then 2w3

Thx
Jamal

Jamal Reddick, PT, DPT
Physical Therapist, Cedar Hollow Home Health
""" + DISC,
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Bev / Marisol,</p>
<p>Quick update on <b>Gladys Orr</b> (my Tues/Fri). She fell Sunday night getting up to the
bathroom - no LOC per her, didn't go to the ER, her neighbor helped her up. Bruising
L lateral hip and L forearm, painful w/ weightbearing but she can still ambulate w/ the rollator.</p>
<p>TUG today <b>19.6 sec</b> (was 14.2 at SOC). Gait more guarded, decreased step length L.</p>
<p>Recs:</p>
<ul><li>OT eval for bathroom setup, she needs a bedside commode asap (can DME drop one?)</li>
<li>MD needs to know about the fall - I left a msg on Dr. Yamamoto's nurse line</li>
<li>I'm adding a visit, changing freq to 3w2 then 2w3</li></ul>
<p>Thx<br>Jamal</p>
<p style="color:#555">Jamal Reddick, PT, DPT<br>Physical Therapist, Cedar Hollow Home Health</p>
</body></html>""",
   patient='Orr')

mk('phi', 'care',
   'Priscilla Oyelaran <poyelaran@cedarhollowhh.org>',
   'Karen Whitlock <kwhitlock@cedarhollowhh.org>',
   'RE: vanc trough - Castellanos',
   'Wed, 07 Feb 2024 14:37:02 -0500',
   """Karen, trough came back 9.1 this AM, below goal (15-20 for his osteo). Per
pharmacy protocol I'm increasing vancomycin to 1250 mg IV q12h starting with
tonight's 2000 dose. New bags go out on the 4pm courier. Please have him discard
the remaining 1000 mg bags, I don't want mixups in the fridge.

Next trough before the 4th dose of the new regimen -> Sat AM, draw at ~0730,
30 min before the dose. BMP with it please, Cr was 1.1 today (0.9 baseline) so
I want to keep an eye on it.

Priscilla

Priscilla Oyelaran, PharmD, BCIDP
Clinical Pharmacist | Cedar Hollow Infusion Pharmacy
ph 555-0177  fax 555-0178

-----Original Message-----
From: Karen Whitlock
Sent: Wednesday, February 7, 2024 11:02 AM
To: Priscilla Oyelaran
Subject: vanc trough - Castellanos

Drew Ruben's trough at 0730 before the 0800 dose, dropped it at the lab on Mercer
St. He says the pump beeped twice overnight but infused completely. R arm PICC
looks good, no redness. Temp 99.1.
K
""" + DISC,
   patient='Castellanos')

mk('phi', 'care',
   'Rosa Medina <rmedina@cedarhollowhh.org>',
   'Denise Albright <dalbright@cedarhollowhh.org>',
   'mrs pettigrew',
   'Thu, 15 Feb 2024 11:58:40 -0500',
   """denise just letting u know mrs pettigrew was real sleepy today, woke up for a
min when i said her name then back out. didnt want anything to eat only a few sips
of the ensure with a straw. her knees and feet look kind of purple and blotchy, not
like last week. i gave her a bed bath and changed her brief, skin on tailbone is red
but not open, i put the cream on.

the daughter (Carol) was crying in the kitchen, i told her you would call her
today. her breathing has those long pauses now. i think shes changing.

rosa

Sent from my Galaxy""",
   patient='Pettigrew')

mk('phi', 'care',
   'Fatima Qureshi <fqureshi@cedarhollowhh.org>',
   'Lakeshore Family Physicians <nurseline@lakeshorefp.com>',
   'Wound update / NPWT order needed - Henrik Solberg',
   'Fri, 01 Mar 2024 10:12:33 -0500',
   """Good morning,

Wound care update for your patient Henrik Solberg, seen at home today:

Sacral pressure injury, stage 4
  L 4.2 cm x W 3.1 cm x D 0.8 cm (last wk 4.6 x 3.3 x 1.1)
  Tunneling 2.0 cm at 12 o'clock
  Wound bed ~70% red granulation, 30% yellow slough
  Moderate serosanguineous drainage, no odor, periwound intact

We'd like to start negative pressure wound therapy Monday: 125 mmHg continuous,
black foam, dressing change M/W/F by SN. Please sign and return the attached
order request (fax 555-0150) so the pump can be delivered Saturday. Until then
continue calcium alginate + foam border daily.

He is still turning q2h with his wife's help, eating about half his meals, we
added a protein shake BID.

Fatima Qureshi, RN, CWOCN
Wound, Ostomy & Continence Nurse
Cedar Hollow Home Health
""" + DISC,
   html="""<html><body><p>Good morning,</p>
<p>Wound care update for your patient <b>Henrik Solberg</b>, seen at home today:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Site</th><th>L x W x D (cm)</th><th>Prior wk</th><th>Tunneling</th></tr>
<tr><td>Sacrum, stage 4</td><td>4.2 x 3.1 x 0.8</td><td>4.6 x 3.3 x 1.1</td><td>2.0 cm @ 12 o'clock</td></tr>
</table>
<p>Wound bed ~70% red granulation, 30% yellow slough. Moderate serosanguineous drainage, no odor.</p>
<p>We'd like to start <b>NPWT Monday: 125 mmHg continuous</b>, black foam, dressing change M/W/F by SN.
Please sign and return the order request (fax 555-0150) so the pump can be delivered Saturday.</p>
<p>He is still turning q2h with his wife's help, eating about half his meals, we added a protein shake BID.</p>
<p>Fatima Qureshi, RN, CWOCN<br>Wound, Ostomy &amp; Continence Nurse<br>Cedar Hollow Home Health</p>
</body></html>""",
   patient='Solberg')

mk('phi', 'care',
   'Tom Nowak <tnowak@tricountymedsupply.com>',
   'Intake <intake@cedarhollowhh.org>',
   'Delivery confirmation - Pruitt',
   'Sat, 09 Mar 2024 12:20:14 -0500',
   """Delivered today 10:40am to Walter Pruitt at the house:

- semi-electric hospital bed w/ alternating pressure mattress
- O2 concentrator 5L, set at 2 LPM per order
- 4 E tanks + regulator for backup
- bedside commode
- overbed table

Showed his wife (June) how to switch to the tank if the power goes out and told
her no smoking / candles near the O2. He was in the recliner on a hospital
tank w/ nasal cannula when I got there, switched him over. Picked up the old
walker they had from the other company.

Delivery ticket #88213 signed by wife, copy in the van folder.

Tom
TriCounty Medical Supply | Route 3 driver
(555) 0163""",
   patient='Pruitt')

mk('phi', 'care',
   'After Hours On-Call <oncall@cedarhollowhh.org>',
   'Clinical Managers <clinmgrs@cedarhollowhh.org>',
   'After hours call log 3/15 - 3/16',
   'Sat, 16 Mar 2024 06:02:47 -0400',
   """AFTER HOURS LOG  Fri 3/15 1700 - Sat 3/16 0600   RN on call: Ana Ruiz

1845  Pharmacy called re: delivery window for Sat infusions, no action needed.

0215  Call from Helen Kowalczyk, wife of Dennis Kowalczyk (SN pt, Karen's). Foley
      not draining since approx 2300, lower abd distended, pt uncomfortable and
      restless. Instructed to check tubing for kinks / bag below bladder level -
      no change. RN dispatched.

0320  RN arrived. Removed 16Fr foley (sediment in tip), inserted new 16Fr w/ 10 mL
      balloon, immediate return 650 mL clear amber urine. Pt states relief.
      Next scheduled cath change moved to 4/14. Wife instructed to push fluids.

0410  RN left home.

0540  No further calls.

Karen W notified by text for follow up on Monday visit.
""",
   cte='quoted-printable',
   patient='Kowalczyk')

mk('phi', 'care',
   'Theo Ambrose <tambrose@cedarhollowhh.org>',
   'Bereavement Team <bereavement@cedarhollowhh.org>',
   'bereavement f/u - Mirabella family (6 wk)',
   'Mon, 15 Apr 2024 15:30:09 -0400',
   """Team,

Spoke with Lorraine Mirabella by phone today, 6 weeks after Frank died at home on
our service (3/2). She is eating OK, sleeping poorly, back to Mass on Sundays. The
son from Phoenix has gone home so she's alone in the house now.

She asked again whether the morphine "sped things up" at the end. I explained
again how we dosed it (the 5 mg q2h prn he was getting the last 3 days) and offered
to have Dr. Feist call her - she'd like that. Can someone let him know?

Sending the 3-month mailing and adding her to the May support group list.
Low-moderate risk on the assessment but I'm flagging her for a 3 month call.

Theo

Theo Ambrose, LCSW
Bereavement Coordinator, Cedar Hollow Hospice
""" + DISC,
   patient='Mirabella')

# =====================================================================
# PHI: names
# =====================================================================
mk('phi', 'names',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'Scheduling <scheduling@cedarhollowhh.org>',
   'Nguyễn Thị Hoa - 2nd missed visit',
   'Wed, 10 Jan 2024 10:26:18 -0500',
   """Not home again at 10. Knocked, called both numbers, no answer. Neighbor says
she goes to the temple on Wednesday mornings. That's the 2nd missed this week so
letting the office know - her insulin pen teaching still isn't done and her
sugars were in the 300s Monday.

Can we move her to afternoons? I can do 2:30 Thursdays. Her granddaughter
Vy usually interprets, she's home after 2.

Ana
""",
   patient='Nguyễn')

mk('phi', 'names',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'RE: Okonkwo, Chidinma -- recert OASIS',
   'Thu, 11 Apr 2024 09:47:55 -0400',
   """The recert window for her opens 4/19 and closes 4/23. Dr. Adeyemi still hasn't
sent back the signed POC from the last cert period either - 2nd request faxed
this morning. Karen has her Tuesdays but Karen's off on the 23rd. Can Ana do it
on the 22nd? She'll need the wound measured too (L shin).

Bev

On Thu, Apr 11, 2024 at 9:14 AM Marisol Vega <mvega@cedarhollowhh.org> wrote:
> Bev - who's got the recert on Okonkwo, Chidinma? I don't see it on the
> board. Also did we ever get the updated diabetic supply order for her?
>
> M
""" + DISC,
   patient='Okonkwo')

mk('phi', 'names',
   'Denise Albright <dalbright@cedarhollowhh.org>',
   'Alan Feist MD <afeist@cedarhollowhh.org>',
   'refill',
   'Sun, 21 Jan 2024 13:14:06 -0500',
   """Dr. Feist,

Mr. van der Berg's daughter called - his morphine concentrate (20 mg/mL) is almost
gone, about 3 mL left in the bottle. He's using 0.25 mL q2h prn pretty regularly
now, roughly 6 doses a day, mostly for the dyspnea in the evenings. Can you send
the refill to the Walgreens on Sunset before they close at 5? Also lorazepam
0.5 mg, he's got 4 tabs left.

I'll be back out Tuesday, sooner if they call.

Denise Albright, RN
Hospice Case Manager
""",
   patient='van der Berg')

mk('phi', 'names',
   'Renee Tibbs <rtibbs@cedarhollowhh.org>',
   'Field RNs <fieldrn@cedarhollowhh.org>',
   'can someone pick up Esperanza tmrw??',
   'Mon, 29 Jan 2024 16:51:23 -0500',
   """Hi all - Karen is out sick tomorrow. Can anyone pick up Esperanza (Tues)?

She's the one on Birch Ln with the new colostomy, needs the pouch change and
more teaching, she prefers mornings before her son leaves for work at 9:30.
Spanish speaker, son interprets.

Reply ALL so I don't double book pls!!

Renee Tibbs
Scheduling Coordinator
ext 2231
""",
   patient='Esperanza')

mk('phi', 'names',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Dialysis Unit RN <hd-charge@stanselmregional.org>',
   'Mr. Subramanian - our visit days',
   'Tue, 13 Feb 2024 08:33:10 -0500',
   """Hello,

I'm the clinical manager at Cedar Hollow Home Health. Our nurse is seeing
Mr. Prakash Subramanian on his non-dialysis days (Tu/Th/Sat) for dressing
changes on his left foot. His wife Meena mentioned you might be moving him from
the MWF 6 AM chair to second shift - could you let us know if that happens? We
schedule around his fatigue after treatment.

Also, if you have his most recent Kt/V and albumin, the wound nurse would like
them for her notes.

Thank you,
Marisol Vega, RN, BSN
Clinical Manager, Home Health
Cedar Hollow Home Health & Hospice | 555-0120
""" + DISC,
   patient='Subramanian')

mk('phi', 'names',
   'Liam Farrelly <lfarrelly@cedarhollowhh.org>',
   'Hospice Aides <hospiceaides@cedarhollowhh.org>',
   'Al-Khatib admission - aide request',
   'Mon, 11 Mar 2024 17:05:44 -0400',
   """Hi team,

We admitted Mr. Abdulrahman Al-Khatib to hospice today (Eastgate area, Team B).
The family has asked that personal care be done by a male aide if at all
possible. Ibrahim or Marcus, could one of you take him 3x/wk?

Some notes from the admission:
 - Ramadan started today. He is not fasting, but his wife and sons are, so visits
   before sunset are better - they break fast around 7:40pm.
 - He prefers to be addressed as Mr. Al-Khatib or Abu Omar.
 - Bed bath only for now, he's bedbound, foley in place, turning q2-3h.

Thanks,
Liam Farrelly, RN
Hospice Admissions
""",
   patient='Al-Khatib')

mk('phi', 'names',
   'Jamal Reddick <jreddick@cedarhollowhh.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Wiśniewska – re-eval',
   'Thu, 28 Mar 2024 18:19:00 -0400',
   """Mrs. Wiśniewska (Małgorzata) did great on her re-eval today. Berg went 38 -> 47,
up and down her 12 front steps w/ one rail + SBA, walking to the mailbox with the
cane now. Goals basically met. Plan 2 more visits for HEP and d/c from PT next
week unless you want OT to see her first for the tub transfer.

Her daughter asked about the bruise on her shin from the fall in Feb - it's
healing, I told her to mention it at the PCP visit 4/4.

- J
""",
   patient='Wiśniewska')

mk('phi', 'names',
   'Deirdre Reyes <deirdre.reyes77@gmail.com>',
   'Hospice Aide Scheduling <hospiceaides@cedarhollowhh.org>',
   "re: mom (Siobhán O'Donnell-Reyes) - aide schedule",
   'Sun, 05 May 2024 20:41:37 -0400',
   """Hello,

Just following up about my mom's aide schedule. She does so much better with
Yvette than with the weekend aide, she gets agitated with new faces. Is there any
way Yvette can do Mon/Wed/Fri?

Also her catheter bag leaked again Saturday night and soaked the bed - the night
nurse said the connection was loose. Can someone check it this week?

Thank you all for everything,
Deirdre

On Fri, May 3, 2024 at 2:12 PM Hospice Aide Scheduling <hospiceaides@cedarhollowhh.org> wrote:
> Hi Deirdre, confirming aide visits for next week: Mon 10-11, Thu 10-11,
> Sat 9-10. Please call 555-0129 with any changes.
""",
   patient="O'Donnell-Reyes")

# =====================================================================
# PHI: self
# =====================================================================
mk('phi', 'self',
   'Harold Beckwith <hbeckwith41@sbcglobal.net>',
   'Intake <intake@cedarhollowhh.org>',
   'wound supplies',
   'Tue, 16 Jan 2024 07:55:20 -0500',
   """Good morning,

This is Harold Beckwith, date of birth 11/02/1941. My nurse Karen said I should
email this address about my supplies. I am running low on the silver foam
dressings for the sore on my right leg, I have 3 left and she changes it every
other day, plus I'm out of the paper tape. The wound is looking better she says.

Can someone send more before Friday? My address is the same.

Thank you kindly,
Harold
""",
   patient='Beckwith')

mk('phi', 'self',
   'Carla Ferreira <carla.ferreira.home@outlook.com>',
   'Cedar Hollow Infusion Pharmacy <infusion@cedarhollowhh.org>',
   "Mateo's IVIG next week",
   'Thu, 25 Jan 2024 21:14:02 -0500',
   """Hi,

My son Mateo Ferreira (he's 7) gets his IVIG at home every 4 weeks with your
nurse. His next infusion is Tuesday the 30th. Last time he got a really bad
headache that night and threw up twice, and the nurse said to tell you so
maybe the rate could be slower or he could get more fluids before.

He weighs 24.5 kg now (up from 23), I don't know if the dose changes.

Also can the nurse come after 3:30? He has school.

Thanks so much,
Carla (Mateo's mom)
(555) 0188
""",
   html="""<div dir="ltr"><div>Hi,</div><div><br></div>
<div>My son Mateo Ferreira (he's 7) gets his IVIG at home every 4 weeks with your nurse.
His next infusion is Tuesday the 30th. Last time he got a really bad headache that night and
threw up twice, and the nurse said to tell you so maybe the rate could be slower or he could
get more fluids before.</div><div><br></div>
<div>He weighs 24.5 kg now (up from 23), I don't know if the dose changes.</div><div><br></div>
<div>Also can the nurse come after 3:30? He has school.</div><div><br></div>
<div>Thanks so much,<br>Carla (Mateo's mom)<br>(555) 0188</div></div>""",
   patient='Ferreira')

mk('phi', 'self',
   'Doreen Lachance <dlachance52@yahoo.com>',
   'Jamal Reddick <jreddick@cedarhollowhh.org>',
   'thursday',
   'Wed, 07 Feb 2024 19:03:11 -0500',
   """hi Jamal its Doreen. my knee is pretty swollen after yesterdays exercises and
i iced it twice. the incision looks fine no drainage. can you come thurs instead
of fri this week, my daughter is taking me to the surgeon friday at 10 for the
6 week check. i did the heel slides but skipped the straight leg raises today
it hurt too much

Doreen
""",
   patient='Lachance')

mk('phi', 'self',
   'Ignatius Adebayo-Thompson <iadebayo.t@aol.com>',
   'Billing Office <billing@cedarhollowhh.org>',
   'Bill I received - Account question',
   'Mon, 19 Feb 2024 11:26:48 -0500',
   """To whom it may concern,

I received a statement from your office for $412.60 for "skilled nursing
visits" in January. I was under the impression that Medicare Part A covers home
health in full after my hospital stay for the heart surgery. I have never
received a bill from you before.

My name is Ignatius Adebayo-Thompson, I was born 6/3/38. My Medicare number
is on file with your nurse. I also have the AARP supplement.

Please call me at (555) 0134 between 10 and 4. I do not hear well on the phone
so please speak slowly.

Respectfully,
I. Adebayo-Thompson
""",
   cte='base64',
   patient='Adebayo-Thompson')

mk('phi', 'self',
   'Priya Natarajan <priya.n.writes@gmail.com>',
   'Fatima Qureshi <fqureshi@cedarhollowhh.org>',
   'Re: pouch leaking again',
   'Sat, 02 Mar 2024 08:09:30 -0500',
   """Fatima,

Sorry to bother you on a weekend. It's Priya (Natarajan) - the ileostomy from
January. The convex wafer you switched me to lasted 2 days and then leaked under
at the 6 o'clock spot again overnight. The skin right there is raw and weepy
now, about the size of a quarter. I put the stoma powder on and crusted it like
you showed me.

Output has been really watery the last 2 days, maybe 1.5 L a day? I'm drinking
the oral rehydration stuff.

Should I call the surgeon or wait for your visit Monday?

Priya

On Thu, Feb 29, 2024 at 4:40 PM Fatima Qureshi <fqureshi@cedarhollowhh.org> wrote:
> Priya - I dropped off a box of the convex 1-piece and a belt. Try those
> and let me know how it goes. Call the office if you have any leaks.
""",
   patient='Natarajan')

mk('phi', 'self',
   'Marjorie Faulk <mfaulk1942@comcast.net>',
   'Quality <quality@cedarhollowhh.org>',
   'Your survey',
   'Tue, 09 Apr 2024 14:44:58 -0400',
   """I got your survey in the mail but I would rather write.

I was on your services from the end of February to the middle of March after my
left hip replacement at Mercy Ridge. The nurse Ana was very thorough with my
blood thinner shots and taught my husband to do them. The physical therapist
Jamal was wonderful and got me walking without the walker before my surgeon
expected.

The only complaint is the aide only came twice and then nobody told me she wasn't
coming anymore. I could not get in the shower by myself for another week.

Marjorie Faulk (born 1942, in case you need to look me up)
""",
   patient='Faulk')

mk('phi', 'self',
   'Lenny Gutierrez-Baca <lgbaca@icloud.com>',
   'Cedar Hollow Infusion Pharmacy <infusion@cedarhollowhh.org>',
   'URGENT pump alarm',
   'Fri, 19 Apr 2024 23:48:05 -0400',
   """this is Lenny Gutierrez-Baca, my TPN pump keeps alarming "OCCLUSION DOWNSTREAM"
and stopping. I checked the clamps they're open. I tried flushing the line and
it feels tight. bag is about half done. the on call number went to voicemail
twice. do I stop it? last time this happened the port needed the clot stuff
put in it.

my cell is 555-0191

Sent from my iPhone""",
   html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>
<body dir="auto"><div dir="ltr">this is Lenny Gutierrez-Baca, my TPN pump keeps alarming "OCCLUSION DOWNSTREAM" and stopping.
I checked the clamps they're open. I tried flushing the line and it feels tight. bag is about half done.
the on call number went to voicemail twice. do I stop it? last time this happened the port needed the
clot stuff put in it.</div><div dir="ltr"><br></div><div dir="ltr">my cell is 555-0191</div>
<div dir="ltr"><br><div>Sent from my iPhone</div></div></body></html>""",
   patient='Gutierrez-Baca')

# =====================================================================
# PHI: ids
# =====================================================================
mk('phi', 'ids',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'denial - need F2F doc',
   'Wed, 17 Jan 2024 10:03:29 -0500',
   """Marisol,

Got an ADR denial back on this one:

  Acct 40028817
  MRN  LV-0093318
  DOB  19470312
  Episode 11/14/23 - 01/12/24

Reason: face-to-face encounter note doesn't support homebound status. The F2F we
have from the hospitalist only says "deconditioning after CHF exacerbation" and
nothing about needing assist/device to leave home. We have 30 days to appeal.
Can the RN's SOC note help? She documented the 2-person assist and the
shortness of breath walking 10 ft.

Dana Kirsch
Billing Specialist | ext 2240
""" + DISC,
   patient='')

mk('phi', 'ids',
   'Karen Whitlock <kwhitlock@cedarhollowhh.org>',
   'Cedar Hollow Infusion Pharmacy <infusion@cedarhollowhh.org>',
   'new start tmrw - ceftriaxone',
   'Thu, 01 Feb 2024 17:22:16 -0500',
   """hi - for the new start tomorrow on Kessler, pt born 3.4.88, cell 614-398-2207
(he said text first, he works nights). 2201 Kessler Ave #4, back entrance.

ceftriaxone 2 g IV q24h x 4 wks per ID, first dose was given inpatient today at
1300 so first home dose is Sat 1300. He has a R basilic PICC placed 1/31, 42 cm.
NKDA. Please send the elastomerics + flush kit on the AM run so I can teach.

thx Karen""",
   patient='')

mk('phi', 'ids',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Referrals - Mercy Ridge CM <cm.referrals@mercyridgemc.org>',
   'RE: referral - Quinlan - missing info',
   'Mon, 05 Feb 2024 13:40:52 -0500',
   """Hi Joanne,

Thanks for the referral on Mr. Thaddeus Quinlan. Before we can accept I need a
couple things - the MBI you sent (1EG4-TE5-MK72) comes back "not found" in
our eligibility check, can you confirm it against his card? DOB on the face
sheet says 4 Mar 1961 but the H&P says 03/14/1961, which is right?

Address we have: 1142 Quarry Rd, Apt 3B, Granville. Phone (740) 587-2219.

Orders look fine otherwise: SN for CHF teaching + daily weights, PT eval, MSW.
SOC planned Wednesday.

Thanks!
Bev Stanhope
Intake Coordinator | Cedar Hollow Home Health & Hospice
ph 555-0110 | fax 555-0111
""" + DISC,
   patient='Quinlan')

mk('phi', 'ids',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'Clinical Lab Client Services <clientservices@tristatelabs.com>',
   'hemolyzed specimen - redraw?',
   'Tue, 20 Feb 2024 12:09:41 -0500',
   """Hello,

Our home health draw from Monday came back "specimen hemolyzed - unable to
report potassium".

  Accession # 24-051-0573
  Our chart 77120
  Collected 02/19/24 0915 (home draw, delivered by courier 1140)

The ordering MD wants the K+ repeated because he's on spironolactone and his
last one was 5.6. Do you need a new requisition or can you reuse the existing
order? I'm back at the house Thursday AM.

Ana Ruiz, RN
Cedar Hollow Home Health
""",
   patient='')

mk('phi', 'ids',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'Provider Services <providerauth@summitcarehealthplan.com>',
   'Auth request - additional PT visits',
   'Fri, 01 Mar 2024 09:15:25 -0500',
   """Good morning,

Requesting authorization for 12 additional home PT visits for:

Member: Rosalind Achterberg
Member ID: XGH884210337
Group #: 70021
DOB: 10-27-1955

Initial auth 8815530 (8 visits, 1/29-2/29) is exhausted. She's made progress
(TUG 22s -> 15s) but still can't do her 3 entry steps without min assist per
the PT re-eval, attached is the progress note. Requested dates 3/4 - 4/12, 2x/wk.

Please fax the determination to 555-0111.

Dana Kirsch
Billing & Authorizations
Cedar Hollow Home Health & Hospice
""",
   patient='Achterberg')

mk('phi', 'ids',
   'Renee Tibbs <rtibbs@cedarhollowhh.org>',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'directions for Mrs Tran',
   'Wed, 13 Mar 2024 07:40:03 -0400',
   """Ana here's the info for Mrs Tran's foley change today (q30 days, due 3/14):

88 Willow Bend Ct, Granville - it's in the gated part of Willow Bend
gate code 4471#
park in the driveway not on the street, HOA tickets
there's a dog, her son will put him in the back room
son's cell (555) 0147 - call when you're 5 min out

She uses an 18Fr 10cc, supplies should be in the hall closet, there's a kit in
your trunk stock too if not.

Renee""",
   patient='Tran')

mk('phi', 'ids',
   'Liam Farrelly <lfarrelly@cedarhollowhh.org>',
   'Medical Records <records@cedarhollowhh.org>',
   'election stmt - Whitfield - SSN doesnt match',
   'Tue, 26 Mar 2024 16:18:37 -0400',
   """Hi Records,

The hospice election statement for E. Whitfield (admitted 3/22) has DOB
1952-09-17 and SSN ending xxx-xx-4419, but the hospital face sheet we got says
xxx-xx-4491. The wife signed as rep, so I think she may have transposed it.
Can you hold the NOE until I confirm with her tomorrow? Don't want the Medicare
NOE to reject. Hospice dx is the pancreatic ca per Dr. Feist's cert.

Liam
""",
   patient='Whitfield')

mk('phi', 'ids',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Jenna Holt <jholt@lakeshorefp.com>',
   'FW: referral 22-004817',
   'Thu, 18 Apr 2024 11:51:12 -0400',
   """Jenna - forwarding what came through the portal, the PDF was cut off after page 1.
Can you resend the med list and the last office note?

Bev

-----Original Message-----
From: noreply@referralhub.net
Sent: Thursday, April 18, 2024 10:02 AM
To: intake@cedarhollowhh.org
Subject: New referral 22-004817

Referral ID: 22-004817
Referring provider: Lakeshore Family Physicians, NPI 1598765430
Patient DOB: 07/23/1939    Sex: M
Patient MRN (sender): 00481127
Preferred name: "Bud"
Services requested: SN, PT, HHA
Reason: post-fall, new walker, poorly controlled BP (180s/90s), med
reconciliation - 14 meds, family concerned he's double dosing.
Contact: daughter, 555-0152
""",
   patient='Bud')

# =====================================================================
# PHI: lists
# =====================================================================
mk('phi', 'lists',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Team A <teama@cedarhollowhh.org>',
   'Mon huddle 1/22',
   'Mon, 22 Jan 2024 08:02:44 -0500',
   "Morning all, huddle list for today. Pls add anything I missed.\n\n"
   "Patient\tMRN\tDisc\tIssue\n"
   "Orr, Gladys\t100384\tPT/SN\tfall risk - TUG worsening, needs commode\n"
   "Delacroix-Hale, Vernon\t100291\tSN\tINR 3.8 Fri, recheck today\n"
   "Benitez, Marta\t100417\tSN/HHA\tnew O2 2L, SpO2 88% on RA\n"
   "Ferraro, Dominic\t100350\tSN\tD/C Wed, goals met\n"
   "Oyelowo, Grace\t100402\tSN/MSW\tlives alone, missed 2 insulin doses\n"
   "\nHospital admits over weekend: Yuen, Albert (Mercy Ridge, chest pain) - ROC when back.\n\n"
   "M\n" + DISC,
   patient='Orr; Delacroix-Hale; Benitez; Ferraro; Oyelowo; Yuen')

mk('phi', 'lists',
   'Denise Albright <dalbright@cedarhollowhh.org>',
   'Hospice On-Call <hospiceoncall@cedarhollowhh.org>',
   'weekend sign-out Team B',
   'Fri, 02 Feb 2024 16:55:03 -0500',
   """Weekend sign out, Team B hospice. Call me only if someone actively dying needs
a visit and you can't get there.

* ACOSTA, Ramon (Eastgate) - actively dying, mottled, family at bedside. Continuous
  care not elected. Roxanol 5 mg q1h prn. Wife will call when he passes, pronouncement
  visit, funeral home is Brandt & Sons.
* van der Berg, Pieter - dyspnea worse at night, refill sent Sun. Daughter anxious.
* HUSSAIN, Nadia - new foley Thurs, watch for bypassing. Speaks Urdu, son interprets.
* Pettigrew, Edith - transitioning, daughter Carol tearful, chaplain visit Sat 11am.
* Kimball, Roy - stable. Wife might call about constipation, senna 2 tabs bid ok, has
  bisacodyl supp in comfort kit.

No admissions pending. Comfort kits delivered to all above.

Denise
""",
   patient='Acosta; van der Berg; Hussain; Pettigrew; Kimball')

mk('phi', 'lists',
   'Jamal Reddick <jreddick@cedarhollowhh.org>',
   'Rehab Dept <rehab@cedarhollowhh.org>',
   'PT sched wk of 3/4 - route changes',
   'Sun, 03 Mar 2024 19:30:22 -0500',
   """Rehab - here's my wk. Note Wed swap w/ Kelsey.

+-----+-------+-----------------------+---------------+--------------------------+
| Day | Time  | Patient               | Town          | Visit                    |
+-----+-------+-----------------------+---------------+--------------------------+
| Mon | 0830  | Wisniewska, M.        | Granville     | re-eval (Berg, TUG)      |
| Mon | 1030  | Achterberg, Rosalind  | Alder Falls   | routine - auth pending!  |
| Mon | 1330  | Lachance, Doreen      | Granville     | L TKA wk 10, ROM 5-112   |
| Tue | 0900  | Orr, Gladys           | Pike Crossing | post-fall, bruised L hip |
| Wed | 0900  | Mbatha, Sipho         | Eastgate      | SOC eval, R CVA          |
| Wed | 1300  | -- Kelsey covers --   |               |                          |
| Thu | 1000  | Ibarra-Quiñones, Luz  | Alder Falls   | d/c visit                |
+-----+-------+-----------------------+---------------+--------------------------+

J
""",
   patient='Wisniewska; Achterberg; Lachance; Orr; Mbatha; Ibarra-Quiñones')

_deliv = [
    ['delivery_date', 'route', 'patient_last', 'patient_first', 'dob', 'address', 'drug', 'dose', 'qty', 'pump', 'notes'],
    ['2024-03-12', 'R1', 'Castellanos', 'Ruben', '1966-08-02', '77 Larch St, Granville', 'Vancomycin', '1250 mg q12h', '6 bags', 'elastomeric', 'fridge - discard old 1000s'],
    ['2024-03-12', 'R1', 'Gutierrez-Baca', 'Leonard', '1979-12-30', '410 Ridge Rd Apt 2, Granville', 'TPN custom', '1800 mL/12h cyclic', '3', 'CADD', 'MVI add at home'],
    ['2024-03-12', 'R2', 'Ferreira', 'Mateo', '2016-05-19', '9 Thistle Way, Pike Crossing', 'IVIG 10%', '0.4 g/kg', '1', 'CADD', 'premed acetaminophen + NS 250'],
    ['2024-03-12', 'R2', 'Halvorsen', 'Ingrid', '1958-01-07', '3310 County Rd 9, Alder Falls', 'Ertapenem', '1 g q24h', '7', 'gravity', ''],
    ['2024-03-12', 'R3', 'Mwangi', 'Josephine', '1949-11-23', '56 Orchard Ct, Eastgate', 'Furosemide drip', '10 mg/h', '2', 'CADD', 'hospice - comfort'],
]
mk('phi', 'lists',
   'Cedar Hollow Infusion Pharmacy <infusion@cedarhollowhh.org>',
   'Couriers <dispatch@swiftmedcourier.com>',
   'Tues 3/12 infusion deliveries',
   'Mon, 11 Mar 2024 15:10:58 -0400',
   """Attached is tomorrow's delivery list. R2 please be at the Ferreira house after
3:30 (school). R1 Castellanos - nurse will meet you at 2.

Cold chain for everything except TPN on R1 which goes in the insulated tote.

Thanks
Infusion Pharmacy Dispatch
""",
   atts=[att(csv_text(_deliv), 'deliveries_2024-03-12.csv', 'text', 'csv', 'base64')],
   patient='Castellanos; Gutierrez-Baca; Ferreira; Halvorsen; Mwangi')

_census = [
    ['Hospice Census', '', '', '', '', '', ''],
    ['Team', 'Patient', 'MRN', 'Admit', 'Terminal Dx', 'Level of Care', 'Location'],
    ['B', 'Acosta, Ramon', 'H20931', '2024-01-08', 'COPD end stage', 'Routine', 'Home'],
    ['B', 'van der Berg, Pieter', 'H20877', '2023-12-19', 'ALS', 'Routine', 'Home'],
    ['B', 'Hussain, Nadia', 'H20955', '2024-01-25', 'Metastatic breast ca', 'Routine', 'Home'],
    ['A', "O'Donnell-Reyes, Siobhan", 'H20802', '2023-11-02', 'Alzheimer dementia', 'Routine', 'Home'],
    ['A', 'Al-Khatib, Abdulrahman', 'H21018', '2024-03-11', 'CHF NYHA IV', 'Routine', 'Home'],
    ['A', 'Whitfield, Earl', 'H21024', '2024-03-22', 'Pancreatic ca', 'GIP', 'Mercy Ridge 4W'],
    ['C', 'Mwangi, Josephine', 'H20990', '2024-02-14', 'CHF', 'Continuous', 'Home'],
]
mk('phi', 'lists',
   'Liam Farrelly <lfarrelly@cedarhollowhh.org>',
   'Alan Feist MD <afeist@cedarhollowhh.org>',
   'census for cert review',
   'Mon, 25 Mar 2024 07:12:19 -0400',
   """Dr. F - census attached for Thursday's recert reviews. Whitfield went GIP
yesterday for pain crisis. Mwangi on continuous care since Sat night.

Liam
""",
   atts=[att(xlsx_bytes(_census, 'Census 3-25'), 'hospice_census_0325.xlsx', 'application',
             'vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
   patient='Acosta; van der Berg; Hussain; O\'Donnell-Reyes; Al-Khatib; Whitfield; Mwangi')

_recert = csv_text([
    ['MRN', 'Name', 'DOB', 'Cert Start', 'Cert End', 'Recert Window', 'Clinician', 'Payer'],
    ['100384', 'ORR GLADYS M', '02/11/1936', '03/01/2024', '04/29/2024', '4/24-4/28', 'Reddick', 'Medicare A'],
    ['100402', 'OYELOWO GRACE', '09/30/1951', '03/04/2024', '05/02/2024', '4/27-5/01', 'Whitlock', 'Summit Care MA'],
    ['100410', 'OKONKWO CHIDINMA', '12/05/1960', '02/23/2024', '04/22/2024', '4/17-4/21', 'Ruiz', 'Medicaid'],
    ['100419', 'SUBRAMANIAN PRAKASH', '01/17/1947', '03/07/2024', '05/05/2024', '4/30-5/04', 'Whitlock', 'Medicare A'],
    ['100425', 'TRAN MAI', '06/08/1940', '03/10/2024', '05/08/2024', '5/03-5/07', 'Ruiz', 'Medicare A'],
    ['100431', 'NOVAK-BRENNER HEIDI', '04/14/1962', '03/15/2024', '05/13/2024', '5/08-5/12', 'Whitlock', 'Aetna'],
])
mk('phi', 'lists',
   'Quality <quality@cedarhollowhh.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'recerts due (zip)',
   'Mon, 15 Apr 2024 06:45:00 -0400',
   """Marisol,

Zipped export from the EHR of recerts coming due in the next 30 days. Password
is the usual one for the quality share... actually the export tool didn't let me
set one, so please don't forward.

QA
""",
   atts=[att(zbytes([('recert_due_0415.csv', _recert)]),
             'recert_due_0415.zip', 'application', 'zip')],
   patient='Orr; Oyelowo; Okonkwo; Subramanian; Tran; Novak-Brenner')

mk('phi', 'lists',
   'Sister Agnes Obi <chaplain@cedarhollowhh.org>',
   'IDG Team <idg@cedarhollowhh.org>',
   'IDG agenda Wed 4/10',
   'Tue, 09 Apr 2024 17:20:31 -0400',
   """IDG agenda Wed 4/10 (text version below, table in the HTML)

Deaths since last IDG:
  Kimball, Roy - died 4/3 at home, wife present
Recerts:
  Acosta, Ramon - 3rd benefit period, PPS 30%, weight down 4 kg
  Hussain, Nadia - PPS 40%, new bone pain L hip, methadone titration
New admits:
  Al-Khatib, Abdulrahman - male aide arranged, family fasting
Psychosocial:
  O'Donnell-Reyes, Siobhan - daughter caregiver strain, respite?

Sr. Agnes Obi, MDiv, BCC
Spiritual Care
""",
   html="""<html><body><p>IDG agenda Wed 4/10</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Section</th><th>Patient</th><th>Notes</th></tr>
<tr><td>Deaths</td><td>Kimball, Roy</td><td>died 4/3 at home, wife present - bereavement referral sent</td></tr>
<tr><td>Recert</td><td>Acosta, Ramon</td><td>3rd benefit period, PPS 30%, weight down 4 kg</td></tr>
<tr><td>Recert</td><td>Hussain, Nadia</td><td>PPS 40%, new bone pain L hip, methadone titration</td></tr>
<tr><td>New admit</td><td>Al-Khatib, Abdulrahman</td><td>male aide arranged, family fasting</td></tr>
<tr><td>Psychosocial</td><td>O'Donnell-Reyes, Siobhan</td><td>daughter caregiver strain - respite?</td></tr>
</table>
<p>Sr. Agnes Obi, MDiv, BCC<br>Spiritual Care</p></body></html>""",
   patient="Kimball; Acosta; Hussain; Al-Khatib; O'Donnell-Reyes")

# =====================================================================
# PHI: struct
# =====================================================================
mk('phi', 'struct',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   'HomeChart Interface Support <interfaces@homechartsys.com>',
   'Case 00731842 - ADT A04 from Mercy Ridge rejected (PV1)',
   'Tue, 12 Mar 2024 09:58:31 -0400',
   r"""Hi Support,

Inbound ADT from Mercy Ridge keeps erroring on PV1 with "AR - invalid patient
class". Example below, pasted from the interface engine. This is a real referral
so please don't post it in the public case notes.

MSH|^~\&|MRMC_EPIC|MERCYRIDGE|HOMECHART|CEDARHOLLOW|20240312093215||ADT^A04|MRMC4482913|P|2.5.1
EVN|A04|20240312093200
PID|1||M00739251^^^MRMC^MR||HOLLOWAY^BERNADETTE^MARIE||19440821|F|||27 Cider Mill Ln^^Pike Crossing^OH^43056||(740)964-3318|||W|||
PD1|||LAKESHORE FAMILY PHYSICIANS^^1598765430
NK1|1|HOLLOWAY^DAVID|SON|(740)964-0042
PV1|1|H|||||1033^OSEI^KWAME^^^MD|||||||||||4400918223
DG1|1||I50.33^Acute on chronic diastolic heart failure^I10|||A
DG1|2||N18.4^Chronic kidney disease stage 4^I10|||S

We think the "H" in PV1-2 isn't mapped. Can you add H -> O in the inbound table?

Thanks,
Gus Herrera
Systems Analyst, Cedar Hollow Home Health & Hospice
555-0105
""",
   patient='Holloway')

_oru = "\r".join([
    r"MSH|^~\&|TSL_LIS|TRISTATELABS|HOMECHART|CEDARHOLLOW|202403141622||ORU^R01|TSL24074118|P|2.3",
    r"PID|1||77245^^^CHHH^MR||FONTAINE^LUCIEN^A||19500612|M|||315 Depot St^^Alder Falls^OH^43008||(740)227-0618",
    r"ORC|RE|CH55021|24-074-0218",
    r"OBR|1|CH55021|24-074-0218|80048^BASIC METABOLIC PANEL|||202403140840|||||||202403141105||2210^PATEL^ANJALI^^^MD",
    r"OBX|1|NM|2951-2^Sodium||131|mmol/L|136-145|L|||F",
    r"OBX|2|NM|2823-3^Potassium||5.9|mmol/L|3.5-5.1|HH|||F",
    r"OBX|3|NM|2160-0^Creatinine||2.4|mg/dL|0.7-1.3|H|||F",
    r"OBX|4|NM|3094-0^BUN||48|mg/dL|8-23|H|||F",
    r"NTE|1||Critical K called to Ana Ruiz RN 03/14/24 1618 read back",
]) + "\r"
mk('phi', 'struct',
   'Lab Results Inbox <labresults@cedarhollowhh.org>',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'FW: CRITICAL result - unmatched ORU, pls review',
   'Thu, 14 Mar 2024 16:31:09 -0400',
   """Ana - the lab result below didn't auto-file (MRN mismatch, 77245 vs our 77254?).
Raw message attached. Lab says they called you with the critical K. Can you
confirm it's your pt from this morning's draw so Records can file it manually?

-- Records
""",
   atts=[att(_oru, 'TSL24074118.hl7', 'text', 'plain', 'base64')],
   patient='Fontaine')

mk('phi', 'struct',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'ClaimPath Support <support@claimpath-edi.com>',
   'Rejected 837I - HIPPS code invalid? batch 2024031905',
   'Tue, 19 Mar 2024 14:22:40 -0400',
   """Hi,

Batch 2024031905 - one claim rejected with "2400 SV202 HIPPS code invalid for
dates of service". The HIPPS was generated by our EHR from the OASIS, so I don't
understand. Here's the claim loop from the file:

NM1*IL*1*DRUMMOND*ESTHER*L***MI*7TR2WQ4HP61~
N3*519 HAWTHORNE AVE~
N4*GRANVILLE*OH*43023~
DMG*D8*19380115*F~
NM1*PR*2*MEDICARE PART A*****PI*15004~
CLM*CH0304417*2841.36***32:A:1**A*Y*Y~
DTP*434*RD8*20240201-20240301~
HI*ABK:I6932*ABF:R2681*ABF:Z9181~
LX*1~
SV2*0023*HC:1CB21*0*UN*0~
DTP*472*D8*20240201~
LX*2~
SV2*0551*HC:G0299*1312.40*UN*8~
LX*3~
SV2*0421*HC:G0151*1204.96*UN*6~

Is it the 0023 line? We resubmitted once already.

Dana Kirsch | Billing Specialist
Cedar Hollow Home Health & Hospice
""",
   patient='Drummond')

mk('phi', 'struct',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'elig check - is she already in another HH episode??',
   'Wed, 03 Apr 2024 10:37:16 -0400',
   """Dana, can you read this 271 for me? Referral for Eugenia Kasprzak from St. Anselm,
SOC planned tomorrow. I think the EB*X is saying another agency has her open.

ISA*00*          *00*          *ZZ*CMSHETS       *ZZ*CHHH0412      *240403*1031*^*00501*000004417*0*P*:~
GS*HB*CMSHETS*CHHH0412*20240403*1031*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL24040310310044*20240403*1031~
HL*1**20*1~
NM1*PR*2*CMS*****PI*CMS~
HL*2*1*21*1~
NM1*1P*2*CEDAR HOLLOW HOME HEALTH*****XX*1427093318~
HL*3*2*22*0~
NM1*IL*1*KASPRZAK*EUGENIA*T***MI*3HK7RM2TW55~
N3*1880 LINDEN BLVD~
N4*EASTGATE*OH*43025~
DMG*D8*19450302*F~
EB*1**30*MA~
DTP*307*D8*20100301~
EB*X**42~
DTP*472*RD8*20240318-20240516~
MSG*HHA NPI 1730226409 OTHER HOME HEALTH AGENCY~
SE*18*0001~

If she's open with them we can't start til they discharge, right?

Bev
""",
   patient='Kasprzak')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "chhh-100447",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9912.1", "value": "100447"}
        ],
        "name": [{"family": "Abernathy", "given": ["Cyrus", "Wendell"]}],
        "telecom": [{"system": "phone", "value": "740-555-0176", "use": "home"}],
        "gender": "male",
        "birthDate": "1948-02-29",
        "address": [{"line": ["6 Fenwick Terrace"], "city": "Alder Falls", "state": "OH", "postalCode": "43008"}]
      }
    },
    {
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-88120",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH", "display": "home health"},
        "subject": {"reference": "Patient/chhh-100447"},
        "period": {"start": "2024-04-16T09:10:00-04:00", "end": "2024-04-16T10:05:00-04:00"},
        "reasonCode": [{"text": "Skilled nursing - insulin teaching, wound care R heel"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "medrx-5521",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/chhh-100447"},
        "medicationCodeableConcept": {"text": "insulin glargine 100 units/mL pen"},
        "dosageInstruction": [{"text": "22 units subcut at bedtime"}]
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   'Priyanka Deshmukh <pdeshmukh@lakeshorefp.com>',
   'RE: FHIR feed test - sample from prod',
   'Wed, 17 Apr 2024 13:02:55 -0400',
   """Priyanka,

As requested, here's one bundle from yesterday's production run so your team
can see the shape we're sending (Patient + Encounter + MedicationRequest). It's
one of your shared patients so it should match on your side. Attached as JSON.

Let me know if you want us to include the Observation resources for the
vitals too.

Gus

> From: Priyanka Deshmukh
> Sent: Tuesday, April 16, 2024 4:48 PM
> Can you send an actual bundle? Our parser chokes on something and the
> spec PDF isn't helping.
""",
   atts=[att(_fhir.encode('utf-8'), 'bundle_enc-88120.json', 'application', 'json')],
   patient='Abernathy')

mk('phi', 'struct',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   'CCD from St Anselm cuts off meds section',
   'Mon, 22 Apr 2024 12:18:06 -0400',
   """Gus, the CCDs from St Anselm's discharge system keep getting cut off right in
the med list. Here's what shows when I open the raw file for Imelda Sarmiento
(referral today):

<recordTarget>
  <patientRole>
    <id extension="SA-5570931" root="2.16.840.1.113883.3.7701.2"/>
    <addr use="HP">
      <streetAddressLine>4021 Marigold Dr</streetAddressLine>
      <city>Eastgate</city><state>OH</state><postalCode>43025</postalCode>
    </addr>
    <telecom value="tel:+1-740-555-0193" use="HP"/>
    <patient>
      <name><given>Imelda</given><given>Cruz</given><family>Sarmiento</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19530709"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>Medications</title>
  <text><table><tbody>
    <tr><td>Apixaban 5 mg tablet</td><td>1 tab by mouth twice daily</td></tr>
    <tr><td>Metoprolol succinate 50 mg</td><td>1 tab daily</td></tr>
    <tr><td>Furosem

and that's where it ends. The PDF version has the whole list (11 meds). Is it our
import or their export?

Bev
""",
   patient='Sarmiento')

_835 = "~\n".join([
    "ISA*00*          *00*          *ZZ*MEDICAREA      *ZZ*CHHH0412      *240426*0612*^*00501*000088214*0*P*:",
    "GS*HP*MEDICAREA*CHHH0412*20240426*0612*88214*X*005010X221A1",
    "ST*835*0001",
    "BPR*I*3921.77*C*ACH*CCP*01*041000124*DA*7731904*1512345678**01*044115443*DA*300918226*20240426",
    "TRN*1*EFT0004418821*1512345678",
    "N1*PR*CGS ADMINISTRATORS",
    "N1*PE*CEDAR HOLLOW HOME HEALTH*XX*1427093318",
    "LX*1",
    "CLP*CH0304417*1*2841.36*2203.18**MA*24087300114207*32*1",
    "NM1*QC*1*DRUMMOND*ESTHER*L***MI*7TR2WQ4HP61",
    "DTM*232*20240201",
    "DTM*233*20240301",
    "CAS*CO*45*638.18",
    "CLP*CH0305112*1*1962.00*1718.59**MA*24087300114208*32*1",
    "NM1*QC*1*BRANNIGAN*OSCAR*P***MI*5WN8TJ3KD72",
    "DTM*232*20240205",
    "DTM*233*20240304",
    "CAS*CO*45*201.41",
    "CAS*PR*2*42.00",
    "SE*21*0001",
    "GE*1*88214",
    "IEA*1*000088214",
]) + "~\n"
mk('phi', 'struct',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'Finance <finance@cedarhollowhh.org>',
   '835 from 4/26 - coinsurance on a HH claim?',
   'Fri, 26 Apr 2024 10:44:21 -0400',
   """Hi Finance,

The 4/26 remit is attached (raw 835). Drummond paid fine after the resubmit.
But on Brannigan there's a CAS*PR*2 for $42 - coinsurance on a home health
episode? Medicare HH shouldn't have coinsurance. I think they processed part of
it as Part B because of the DME line. I'm going to call CGS, just a heads up
that his wife will probably get a statement and call us.

Dana
""",
   atts=[att(_835, 'ERA_20240426_88214.835.txt', 'text', 'plain', 'base64')],
   patient='Drummond; Brannigan')

# =====================================================================
# PHI: lang
# =====================================================================
mk('phi', 'lang',
   'Lucía Arredondo <lucia.arredondo88@gmail.com>',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'mi mamá - azúcar bajo esta mañana',
   'Wed, 24 Jan 2024 09:12:40 -0500',
   """Buenos días Ana,

Le escribo por mi mamá, Consuelo Arredondo. Usted vino el lunes y le cambió la
insulina a 18 unidades en la noche, pero hoy en la mañana el azúcar le salió en
62 y se puso sudorosa y temblorosa. Le di jugo de naranja y ya está en 140.

¿Le bajamos la insulina esta noche o esperamos a que usted venga el jueves?
También se le está acabando el Eliquis, le quedan 4 pastillas.

Gracias por todo,
Lucía Arredondo (hija)
Tel. 555-0138
""",
   patient='Arredondo')

mk('phi', 'lang',
   'Rafaela Souza <rsouza@cedarhollowhh.org>',
   'Fabiana Lima <flima@cedarhollowhh.org>',
   'Sr. Joaquim Tavares - ferida piorou',
   'Tue, 06 Feb 2024 17:48:22 -0500',
   """Oi Fabi,

Sobre o Sr. Joaquim Tavares: a ferida do pé esquerdo está com mais secreção e um
cheiro forte hoje, pele em volta quente e vermelha até o tornozelo. Temperatura
38,2. Glicemia 287 em jejum. Liguei pro Dr. Osei, ele pediu cultura da ferida e
vai começar cefalexina 500 mg 4x ao dia, a receita já foi pra farmácia da Main St.

A esposa dele, Dona Lurdes, está bem preocupada e perguntou se ele precisa ir pro
hospital - falei que se a febre passar de 38,5 ou a vermelhidão subir pela perna
é pra ligar pro plantão.

Você consegue fazer a visita de quinta? Estou de folga. Troca de curativo com
alginato de prata e gaze, todo dia.

Bjs
Rafaela
""",
   cte='quoted-printable',
   patient='Tavares')

mk('phi', 'lang',
   'Phạm Minh Tuấn <tuan.pham.1975@yahoo.com>',
   'Denise Albright <dalbright@cedarhollowhh.org>',
   'Bố tôi - Phạm Văn Long - khó thở tối qua',
   'Sat, 17 Feb 2024 08:21:05 -0500',
   """Chào chị Denise,

Tôi là Phạm Minh Tuấn, con trai của ông Phạm Văn Long. Tối qua bố tôi bị khó thở
nhiều, thở nhanh và rất lo lắng. Tôi đã cho ông uống morphine 0,25 ml như y tá
hướng dẫn, sau 30 phút thì đỡ hơn và ông ngủ được.

Nhưng ông không ăn gì từ hôm qua, chỉ uống vài ngụm nước. Mẹ tôi hỏi có cần đưa
ông đi bệnh viện không. Xin chị gọi lại cho tôi ở số 555-0157.

Cảm ơn chị rất nhiều.
Tuấn
""",
   patient='Phạm')

mk('phi', 'lang',
   'Yvette Charles <ycharles@cedarhollowhh.org>',
   'Denise Albright <dalbright@cedarhollowhh.org>',
   'Madan Josaphat jodi a',
   'Mon, 26 Feb 2024 14:03:58 -0500',
   """Bonjou Denise,

Mwen te wè Madan Josaphat jodi a. Li pa t vle manje, li di vant li fè l mal. Li
pa t ale nan twalèt depi 4 jou. Po nan dèyè l wouj, mwen mete krèm nan epi mwen
vire l sou kote.

Pitit fi li, Nadège, mande si enfimyè a ka vini demen pou konstipasyon an. Li di
medikaman dlo a (senna) pa fè anyen. Tanperati l te nòmal, 98.2.

Mèsi anpil,
Yvette Charles, CNA
Hospice Aide
""",
   patient='Josaphat')

mk('phi', 'lang',
   'Ирина Соколова <irina.sokolova@mail.ru>',
   'Cedar Hollow Home Health <info@cedarhollowhh.org>',
   'Мама - отёк ноги после занятий',
   'Thu, 14 Mar 2024 20:37:14 -0400',
   """Здравствуйте,

Пишу по поводу моей мамы, Соколовой Галины Петровны (1937 г.р.). После перелома
шейки бедра к ней ходит физиотерапевт Джамал два раза в неделю. Вчера после
занятия у неё сильно опухла правая нога, от колена до стопы, и она жалуется на
боль в икре. Нога тёплая на ощупь.

Она принимает эликвис после операции. Нужно ли нам ехать в больницу или можно
подождать медсестру завтра?

Пожалуйста, позвоните мне: 555-0164.

С уважением,
Ирина Соколова
""",
   cte='base64',
   patient='Соколова')

mk('phi', 'lang',
   'Jessa Bautista <jessabautista.rn2b@gmail.com>',
   'Karen Whitlock <kwhitlock@cedarhollowhh.org>',
   'Lola - oxygen po',
   'Tue, 02 Apr 2024 06:55:47 -0400',
   """Hi po Ma'am Karen,

Si Jessa po ito, apo ni Lola Remedios Bautista. Nag-alarm po yung oxygen
concentrator kagabi tapos namatay, gumamit po kami ng tank. Ngayon po 85% lang
yung O2 sat niya sa pulse oximeter kahit naka-3 liters na. Medyo hinihingal po
siya pag tumatayo papunta sa CR, and namamaga po ulit yung paa niya.

Pwede po ba kayong pumunta today? Tumawag na rin po kami sa TriCounty para
palitan yung concentrator pero mamayang hapon pa daw.

Nag-take na po siya ng Lasix kaninang 6am.

Salamat po,
Jessa
""",
   patient='Bautista')

mk('phi', 'lang',
   '陈伟 <chenwei.family@163.com>',
   'Cedar Hollow Hospice <hospice@cedarhollowhh.org>',
   '关于我父亲陈国华的止痛药',
   'Sun, 21 Apr 2024 22:10:31 -0400',
   """您好，

我是陈国华的儿子陈伟。我父亲现在在你们的临终关怀服务（护士是Denise）。这两天他
晚上疼得很厉害，吗啡每两个小时就要吃一次，还是睡不着。护士上次说可以跟医生商量
加长效的止痛药。请问Feist医生能不能给我们回个电话？

另外，他已经三天没有大便了，肚子有点胀。

我的电话是555-0172，白天晚上都可以打。

谢谢！
陈伟
""",
   patient='陈')

mk('phi', 'lang',
   'سامي حداد <sami.haddad.oh@gmail.com>',
   'Karen Whitlock <kwhitlock@cedarhollowhh.org>',
   'والدي محمود حداد - الذراع منتفخ',
   'Mon, 29 Apr 2024 13:26:09 -0400',
   """السلام عليكم،

أنا سامي حداد، ابن المريض محمود حداد. الممرضة كارين تأتي إلى البيت لإعطاء والدي
المضاد الحيوي عن طريق الوريد (القسطرة في ذراعه الأيسر). منذ صباح اليوم الذراع
منتفخ وأحمر حول القسطرة وعنده حرارة ٣٨٫٤.

هل نوقف المحلول؟ موعد الجرعة القادمة الساعة الثامنة مساءً.

رقم هاتفي: 555-0185

شكراً جزيلاً
سامي
""",
   patient='حداد')

# =====================================================================
# CLEAN: admin
# =====================================================================
mk('clean', 'admin',
   'IT Service Desk <servicedesk@cedarhollowhh.org>',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   '[INC0048213] Field tablets not syncing - assigned to you',
   'Tue, 09 Jan 2024 07:31:12 -0500',
   """Incident INC0048213 has been assigned to you.

Priority:     2 - High
Caller:       Renee Tibbs (ext 2231)
Category:     Hardware / Mobile Devices
CI:           TAB-FLD-0117, TAB-FLD-0122, TAB-FLD-0140
Opened:       01/09/2024 07:29

Short description:
Three field clinicians report visit notes stuck in "Pending Upload" since the
HomeChart 24.1 update last night. Devices show LTE signal but sync log shows
HTTP 401 after token refresh. Clinicians: K. Whitlock, A. Ruiz, J. Reddick.

Workaround given: do not uninstall app, keep notes saved locally, restart device.

To view this incident, click here: https://servicedesk.cedarhollowhh.org/inc/0048213

-- This is an automated message, do not reply --
""")

mk('clean', 'admin',
   'Lindsey Park <lpark@cedarhollowhh.org>',
   'All Field Staff <fieldstaff@cedarhollowhh.org>',
   'REMINDER: Dec mileage logs due Fri 1/5 by noon',
   'Wed, 03 Jan 2024 11:00:00 -0500',
   """Hi everyone,

Friendly reminder that December mileage logs are due THIS Friday 1/5 by 12:00
noon to make the 1/12 payroll. The 2024 IRS rate is $0.67/mile and takes effect
for January trips - December still pays at $0.655.

Please:
  - use the new form (v3, on the intranet under HR > Forms)
  - no patient names on the log, use the visit ID from HomeChart
  - supervisor signature required

Questions: me at ext 2214 or payroll@cedarhollowhh.org.

Lindsey Park
HR & Payroll Specialist
Cedar Hollow Home Health & Hospice
""")

mk('clean', 'admin',
   'Facilities <facilities@cedarhollowhh.org>',
   'All Staff - Mill Race Office <allstaff@cedarhollowhh.org>',
   'Parking lot resurfacing Sat 6/8 - move vehicles Fri night',
   'Mon, 03 Jun 2024 09:15:42 -0400',
   """All,

Greenline Paving will resurface and restripe the main lot and the loading dock
on Saturday June 8 from 6 AM - 6 PM. All vehicles, including the two agency
Transit vans and the DME trailer, need to be out of the lot by 8 PM Friday.

- Weekend on-call staff: park at the church lot across Mill Race Rd (approved
  by Pastor Jim, spaces 1-20).
- Infusion pharmacy Sat pickups will be at the side door by Suite 210.
- The new lot will have 4 additional accessible spaces and an EV charger.

Contact Walt Brenner, Facilities Manager, 555-0102 / cell 555-0199.
""")

mk('clean', 'admin',
   'Accounts Receivable <ar@homechartsys.com>',
   'Accounts Payable <ap@cedarhollowhh.org>',
   'Invoice INV-2024-10233 - HomeChart Systems',
   'Thu, 01 Feb 2024 06:00:14 -0600',
   """Dear Customer,

Please find your invoice details below. A PDF copy is available in the customer
portal.

  Invoice #:        INV-2024-10233
  Customer acct:    CHH-00412
  PO #:             7781
  Invoice date:     02/01/2024
  Due date:         03/02/2024 (Net 30)

  48  x  HomeChart Clinician License (monthly)   @ $64.00   $3,072.00
   6  x  HomeChart Office License (monthly)      @ $41.00     $246.00
   1  x  HL7 Interface Maintenance - Tier 2                   $850.00
   1  x  eFax Module                                          $120.00
                                                   Subtotal   $4,288.00
                                                   Tax           $0.00
                                                   TOTAL      $4,288.00

Remit ACH to account ending 2290, routing 044000037, reference INV-2024-10233.

HomeChart Systems, Inc. | 1100 Keystone Pkwy, Columbus OH | 1-800-555-0140
""",
   html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Customer,</p><p>Please find your invoice details below.</p>
<table cellpadding="3"><tr><td>Invoice #:</td><td>INV-2024-10233</td></tr>
<tr><td>Customer acct:</td><td>CHH-00412</td></tr><tr><td>PO #:</td><td>7781</td></tr>
<tr><td>Due date:</td><td>03/02/2024 (Net 30)</td></tr></table>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Qty</th><th>Item</th><th>Amount</th></tr>
<tr><td>48</td><td>HomeChart Clinician License (monthly)</td><td>$3,072.00</td></tr>
<tr><td>6</td><td>HomeChart Office License (monthly)</td><td>$246.00</td></tr>
<tr><td>1</td><td>HL7 Interface Maintenance - Tier 2</td><td>$850.00</td></tr>
<tr><td>1</td><td>eFax Module</td><td>$120.00</td></tr>
<tr><td></td><td><b>TOTAL</b></td><td><b>$4,288.00</b></td></tr></table>
<p>HomeChart Systems, Inc. | 1-800-555-0140</p></body></html>""")

mk('clean', 'admin',
   'Benefits <benefits@cedarhollowhh.org>',
   'All Employees <allemployees@cedarhollowhh.org>',
   'Open Enrollment Nov 4-22 - new dental carrier',
   'Mon, 28 Oct 2024 08:00:00 -0400',
   """Open enrollment for 2025 benefits runs Monday Nov 4 through Friday Nov 22.

What's changing:
  * Dental moves from BrightSmile to Keystone Dental PPO. New member ID cards
    will be mailed in mid-December; your member number will change.
  * Medical plan (Summit Care HMO / PPO) premiums up 4.1% employee-only.
  * HSA employer contribution increases to $750 single / $1,500 family.
  * Vision stays with ClearView, no change.

Enrollment sessions (bring questions, not your medical records!):
  Tue 11/5   12:00  Mill Race conference room B
  Thu 11/7    7:00  Teams (for field staff before first visits)
  Wed 11/13  16:30  Teams

Summit Care member services: 1-800-555-0177. Keystone Dental: 1-800-555-0166.
If you do nothing, your current elections roll over except dental, which will
map to the equivalent Keystone plan.

Lindsey Park, HR
ext 2214
""")

mk('clean', 'admin',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Field RNs <fieldrn@cedarhollowhh.org>',
   'December on-call rotation (final)',
   'Fri, 22 Nov 2024 15:40:19 -0500',
   """Final Dec on-call below. Swaps need to go thru Renee AND me, no side deals pls.

Week of     Primary RN           cell          Backup
12/2        Ana Ruiz             555-0144      Karen Whitlock
12/9        Karen Whitlock       555-0142      Rafaela Souza
12/16       Rafaela Souza        555-0146      Liam Farrelly (hospice)
12/23       Fabiana Lima         555-0148      Ana Ruiz
12/30       Ana Ruiz             555-0144      Fabiana Lima

Christmas Eve / Day and New Year's Day are double-time per the handbook.
On-call phone handoff is at the office Monday 8 AM.

Marisol Vega, RN, BSN
Clinical Manager
""")

mk('clean', 'admin',
   'Walt Brenner <wbrenner@cedarhollowhh.org>',
   'Service Advisor <service@granvillefleetcare.com>',
   'Van 14 - brakes + inspection',
   'Tue, 14 May 2024 10:22:58 -0400',
   """Hi Mike,

Dropping off DME van #14 tomorrow at 7:30.

  2021 Ford Transit 250, white
  VIN 1FTBR1C84MKA03317
  Plate OH  JKR-4419
  Odometer 88,412

Grinding from the front brakes and the driver says the lift gate is slow. Also
due for state inspection. Please call before any work over $600 - PO will be
#7812. Driver Eddie Kaminski can pick it up, his cell is 555-0168.

Thanks,
Walt Brenner
Facilities & Fleet Manager
Cedar Hollow Home Health & Hospice
""")

# =====================================================================
# CLEAN: lookalike
# =====================================================================
mk('clean', 'lookalike',
   'IronWorks Fitness <members@ironworksfitness.com>',
   'Marcus Dell <marcus.dell.runs@gmail.com>',
   'Your membership freeze ends 2/15 - welcome back!',
   'Thu, 08 Feb 2024 12:00:00 -0500',
   """Hi Marcus,

Member #: 4471920
Home club: IronWorks Granville
Plan: Black Card (billed monthly on the 15th)

Your 60-day medical freeze ends on 2/15/2024 and regular billing of $39.99 will
resume. Coming back from an injury? Try our new RECOVER classes:

  - Mobility & Stretch     Mon/Wed 6:00 PM
  - Low-Impact Rehab Flow  Tue/Thu 9:30 AM (led by certified trainer Bri K.)
  - Cold Plunge + Sauna    open gym hours

Need to extend your freeze? A doctor's note is required for medical freezes
over 60 days - just bring it to the front desk.

See you on the floor!
IronWorks Fitness | 2250 Commerce Dr, Granville | 555-0190
Unsubscribe | Privacy
""",
   html="""<html><body style="background:#111;color:#eee;font-family:Helvetica">
<h2 style="color:#ff5a1f">Welcome back, Marcus!</h2>
<p>Member #: <b>4471920</b><br>Home club: IronWorks Granville<br>Plan: Black Card</p>
<p>Your 60-day medical freeze ends on <b>2/15/2024</b> and regular billing of $39.99 will resume.</p>
<p>Coming back from an injury? Try our new <b>RECOVER</b> classes: Mobility &amp; Stretch, Low-Impact Rehab Flow, Cold Plunge + Sauna.</p>
<p style="font-size:9px">IronWorks Fitness | 2250 Commerce Dr, Granville | 555-0190 | Unsubscribe</p>
</body></html>""")

mk('clean', 'lookalike',
   'Maple Street Animal Hospital <frontdesk@maplestreetvet.com>',
   'Rachel Somers <rsomers.home@gmail.com>',
   "Biscuit's lab results",
   'Wed, 21 Feb 2024 16:05:33 -0500',
   """Hi Rachel,

Dr. Lindqvist reviewed Biscuit's pre-dental bloodwork from Monday.

Patient: Biscuit (canine, Beagle mix, spayed F)
DOB: 03/14/2019    Weight: 11.8 kg
Chart #: 24817

  ALT         142 U/L   (ref 10-125)   slightly high
  BUN          19 mg/dL (ref 7-27)
  Creatinine  0.9 mg/dL (ref 0.5-1.8)
  Glucose      96 mg/dL

The mildly elevated ALT isn't a reason to postpone. She's cleared for her
dental cleaning and 2 extractions on Thursday 2/29. No food after 10 PM the
night before, water is fine. We'll recheck the liver value in 4 weeks.

Her rabies booster is also due in March, we can do it the same day.

Maple Street Animal Hospital
555-0131 | Open Mon-Sat
""")

mk('clean', 'lookalike',
   'Granville Community Credit Union <alerts@granvilleccu.org>',
   'Harlan Mercer <hmercer@frontier.net>',
   'Your auto loan statement is ready',
   'Sat, 02 Mar 2024 05:12:44 -0500',
   """Hello Harlan,

Your March statement for Auto Loan ending in 0041 is now available in Online
Banking.

  Member #:          00388214
  Payment due:       03/15/2024
  Amount due:        $412.60
  Principal balance: $14,208.77
  APR:               6.24%

Enroll in autopay and get 0.25% off your rate. Questions? Call Member Services
at 555-0121, Mon-Fri 8-6, Sat 9-12.

Granville Community Credit Union will never ask for your PIN or full account
number by email.

Federally insured by NCUA. Equal Housing Lender.
""",
   cte='quoted-printable')

mk('clean', 'lookalike',
   'Lakeway Airlines <itinerary@lakewayair.com>',
   'Denise Albright <denise.albright.home@gmail.com>',
   'Your trip to Denver - Confirmation ZK4T9P',
   'Thu, 18 Apr 2024 19:44:01 -0400',
   """Your trip is confirmed!

Confirmation: ZK4T9P
Passenger:    DENISE ALBRIGHT   LakeMiles #: 2201 884 317
Ticket:       7212144830917

Fri May 17  CMH 07:05 -> DEN 08:32   LW 1184   Seat 14C
Mon May 20  DEN 17:50 -> CMH 22:58   LW 1191   Seat 12A

Traveling with medical equipment? Portable oxygen concentrators must be on our
approved list and have battery for 150% of flight time. Wheelchair assistance
can be requested up to 48 hours before departure at lakewayair.com/assist.

Baggage: 1 personal item included. Checked bag $35.

Manage trip: lakewayair.com/trips/ZK4T9P
""")

mk('clean', 'lookalike',
   'Buckeye Mutual Claims <claims@buckeyemutual.com>',
   'Walt Brenner <wbrenner@cedarhollowhh.org>',
   'Claim 0041-22-8817 - adjuster assigned',
   'Mon, 20 May 2024 13:17:29 -0400',
   """Dear Mr. Brenner,

We've received the first notice of loss for the collision involving your
insured vehicle.

  Claim number:  0041-22-8817
  Policy:        CAP-7730015-02 (Commercial Auto)
  Vehicle:       2021 Ford Transit 250, unit 14
  Date of loss:  05/17/2024
  Location:      SR-16 & Cherry Valley Rd, Granville

Per the police report no injuries were reported by either party and no
ambulance was called. Your adjuster is Kristen Ahlgren, 555-0115 ext 4, who
will contact you within 1 business day to schedule the damage inspection.
Rental reimbursement is covered up to $50/day for 30 days.

Please do not authorize repairs before the inspection.

Buckeye Mutual Insurance - Commercial Lines
""")

mk('clean', 'lookalike',
   'Oakhaven Tree Care <quotes@oakhaventree.com>',
   'Facilities <facilities@cedarhollowhh.org>',
   'Estimate #T-2291 - Mill Race Rd property',
   'Wed, 05 Jun 2024 08:49:50 -0400',
   """Hi Walt,

Thanks for meeting with us Monday. Our arborist's assessment of the three trees
on the north side of your lot:

1. Silver maple (approx 30" DBH) - extensive decay at the base, fungal conks
   present. Poor prognosis. Recommend full removal + stump grinding.   $2,400
2. Pin oak by the dock - one diseased limb over the loading area; amputate the
   limb at the collar and treat the wound. Crown reduction 15%.          $850
3. Honey locust - healthy. Deadwood only, check-up again in 12 months.   $275

Tree #1 is a liability over the parking area and should be treated as
urgent. We can schedule the week of June 17th, after the paving is done.

Estimate valid 30 days. Certified arborist: Dale Whitcomb, ISA OH-1147A.

Oakhaven Tree Care | 555-0127
""")

mk('clean', 'lookalike',
   'Nikhil Sharma <nsharma@homechartsys.com>',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   'RE: sync worker keeps dying - patient-retry process',
   'Fri, 12 Jan 2024 11:36:27 -0600',
   """Gus,

Found it. The "patient-retry" worker (that's the job that re-queues failed
record uploads, not anything clinical) is getting OOM-killed on your tenant.

  host      app-cl-07
  pid       4412
  job id    prq-20240112-0093
  heap max  512M -> used 509M at kill
  exit      137

It's holding the whole admit/discharge event queue in memory when the token
refresh fails (the 401s from INC0048213). We're pushing a hotfix tonight
(24.1.3) that batches it 500 at a time and fixes the token refresh. No data
loss - the tablets are still holding everything locally.

I'll update the case after deploy.

Nikhil Sharma
Sr. Support Engineer, HomeChart Systems

> -----Original Message-----
> From: Gus Herrera
> Sent: Thursday, January 11, 2024 5:02 PM
> The sync service restarted 14 times today, logs attached to the case.
""")

# =====================================================================
# CLEAN: news
# =====================================================================
mk('clean', 'news',
   'Ohio Council for Home Care & Hospice <news@ochch-members.org>',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Capitol Update: CY2025 HH PPS proposed rule - what it means for you',
   'Wed, 03 Jul 2024 07:00:00 -0400',
   """CAPITOL UPDATE  |  July 3, 2024

CMS RELEASES CY2025 HOME HEALTH PROPOSED RULE
On June 26, CMS released the proposed CY2025 Home Health Prospective Payment
System rule. Highlights:

 * Net payment update of -1.7% (approx. -$280 million) after a proposed
   permanent behavioral adjustment of -4.067%.
 * Updated LUPA thresholds under PDGM; 432 case-mix groups remain.
 * New OASIS items on health-related social needs beginning 2025.
 * Proposed changes to HH CAHPS survey length.

Comments are due August 26. The Council will host a member webinar Thursday
July 18 at 2 PM. Register at the member portal.

ALSO IN THIS ISSUE
 - Hospice wage index up 2.9% in the FY2025 final rule
 - State Medicaid aide rate increase takes effect Oct 1
 - Workforce survey: RN vacancy rate 14.8% statewide

You are receiving this because your agency is a Council member.
Unsubscribe | Update preferences
""",
   html="""<html><body style="font-family:Georgia;max-width:640px">
<h1 style="color:#1a4d7a">Capitol Update</h1><p><i>July 3, 2024</i></p>
<h3>CMS releases CY2025 Home Health proposed rule</h3>
<ul><li>Net payment update of -1.7% after a proposed permanent behavioral adjustment of -4.067%.</li>
<li>Updated LUPA thresholds under PDGM; 432 case-mix groups remain.</li>
<li>New OASIS items on health-related social needs beginning 2025.</li>
<li>Proposed changes to HH CAHPS survey length.</li></ul>
<p>Comments are due August 26. Member webinar Thursday July 18 at 2 PM.</p>
<h4>Also in this issue</h4><p>Hospice wage index up 2.9% &middot; Medicaid aide rate increase Oct 1 &middot; RN vacancy 14.8%</p>
<p style="font-size:10px;color:#888">Unsubscribe | Update preferences</p></body></html>""")

mk('clean', 'news',
   'Licking-Muskingum Regional Health District <alerts@lmrhd.gov>',
   'Partner Agencies <partners-list@lmrhd.gov>',
   'Respiratory Virus Surveillance - Week 5 (ending Feb 3)',
   'Fri, 09 Feb 2024 14:30:00 -0500',
   """RESPIRATORY VIRUS SURVEILLANCE REPORT - MMWR WEEK 5

Summary: Influenza activity remains HIGH but is declining for the 2nd week.
COVID-19 activity MODERATE. RSV declining.

                        Wk 5    Wk 4    Season total
Influenza A (lab)        214     287        3,902
Influenza B (lab)         31      26          188
Flu hospitalizations      38      51          612
COVID-19 cases (lab)     166     171        4,410
RSV (lab)                 44      69        1,277
Flu deaths (adult)         2       4           29
Pediatric flu deaths       0       0            1

Long-term care / congregate outbreaks reported this week: 3 (all influenza A).

Recommendations for home care agencies: screen staff for symptoms before
visits, mask during visits to high-risk clients during high-activity periods,
and continue offering vaccination. Antiviral treatment should not wait for
test confirmation in high-risk patients.

This report contains aggregate data only. Full dashboard: lmrhd.gov/respiratory
""")

mk('clean', 'news',
   'Cedar Hollow Infusion Pharmacy <infusion@cedarhollowhh.org>',
   'All Clinical Staff <clinical@cedarhollowhh.org>',
   'URGENT: VeraFlow 300 cassette recall - check your trunk stock',
   'Mon, 19 Feb 2024 12:05:18 -0500',
   """URGENT MEDICAL DEVICE RECALL - ACTION REQUIRED

Lumenis Infusion Systems has issued a Class I recall of VeraFlow 300 ambulatory
pump medication cassettes (100 mL and 250 mL) due to a cracked luer that may
cause under-infusion or leakage.

Affected lots:
  VF3-100  lots 23K0412, 23K0419, 23L0107
  VF3-250  lots 23K0398, 23L0112

What to do TODAY:
  1. Check your trunk stock and quarantine any affected lots (orange bin).
  2. Return to pharmacy by Wednesday - do not discard.
  3. Pharmacy has already identified which active infusion patients have
     affected cassettes and will swap them on the next delivery. You do not
     need to call families.
  4. Report any observed leak/under-infusion via the incident form and
     MedWatch.

Questions: Priscilla Oyelaran, PharmD, ext 2277.
Manufacturer notice attached on the intranet (Pharmacy > Recalls).
""")

mk('clean', 'news',
   'Quality <quality@cedarhollowhh.org>',
   'Hospice Staff <hospicestaff@cedarhollowhh.org>',
   'Hospice CAHPS results - Q4 2023',
   'Thu, 11 Apr 2024 13:13:13 -0400',
   """Hospice team -

Our Hospice CAHPS top-box scores for Q4 2023 came in (n=41 returned surveys,
response rate 33%). State and national averages from the Care Compare refresh:

Measure                                   Us    State   National
Communication with family                 83%   80%     80%
Getting timely help                       81%   77%     78%
Treating patient with respect             93%   90%     90%
Emotional and spiritual support           91%   89%     90%
Help for pain and symptoms                79%   74%     75%
Training family to care for patient       77%   75%     75%
Rating of this hospice (9-10)             86%   81%     81%
Willing to recommend                      87%   83%     84%

"Getting timely help" after hours is still our lowest - a lot of the comments
mention the on-call callback time. Leadership is looking at adding a second
on-call RN on weekends.

Great work, all.
QA / Performance Improvement
""")

mk('clean', 'news',
   'The Hollow Post <newsletter@cedarhollowhh.org>',
   'All Employees <allemployees@cedarhollowhh.org>',
   'The Hollow Post - Spring 2024',
   'Fri, 03 May 2024 09:00:00 -0400',
   """THE HOLLOW POST - Spring 2024
Cedar Hollow Home Health & Hospice staff newsletter

BY THE NUMBERS (Q1)
  4,212 home visits   |  118,406 miles driven   |  61 new hospice admissions
  312 infusion deliveries   |  0 missed infusion doses

EMPLOYEE OF THE QUARTER: Rosa Medina, HHA
Rosa has been with us 11 years and has never missed a shift. Her team says she
"notices everything." Congratulations Rosa!

WELCOME
  Fabiana Lima, RN (Home Health Team A)
  Ibrahim Diallo, HHA (Hospice Team A)
  Kelsey Moorhouse, PTA (Rehab)

BABY NEWS: Jamal Reddick, PT and his wife welcomed a daughter, Amara, in March.

MEMORIAL SERVICE
Our spring Service of Remembrance for families of hospice patients who died in
the past year will be Sunday May 19, 2 PM at Granville First Methodist. Staff
are welcome to attend.

SAFETY CORNER: Tick season is here. Tuck pants into socks on rural visits and
check yourself at the end of the day.
""",
   cte='quoted-printable')

mk('clean', 'news',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'All Field Staff <fieldstaff@cedarhollowhh.org>',
   'Heat advisory Tue-Thu - field safety + client checks',
   'Mon, 15 Jul 2024 14:48:07 -0400',
   """The National Weather Service has issued a heat advisory for our counties
Tuesday through Thursday, heat index 100-106 F.

For you:
 - Keep water in a cooler, not in the trunk. Don't leave meds/supplies in the car.
 - Insulin, IVIG and antibiotics must stay in the insulated totes w/ ice packs.
 - Take breaks in the car with AC between visits. Tell dispatch if you feel unwell.

For our clients (general guidance, use your judgement):
 - Ask whether the home has working AC or fans; Granville Senior Center and the
   Eastgate library are open as cooling centers 10-8.
 - People on diuretics, with heart failure, or on hospice are at higher risk.
 - O2 concentrators run hot; keep them 12 inches from walls.

Report any home without cooling to the MSW line (ext 2260) so they can help.

Stay cool,
Marisol
""")

# =====================================================================
# CLEAN: staff
# =====================================================================
mk('clean', 'staff',
   'Fabiana Lima <flima@cedarhollowhh.org>',
   'Priscilla Oyelaran <poyelaran@cedarhollowhh.org>',
   'RE: PICC flush - heparin or saline only?',
   'Tue, 30 Jan 2024 12:40:11 -0500',
   """Thanks Priscilla, that's clear. So to summarize for the new grads:

 - Valved PICC (Groshong / PASV): NS 10 mL pulsatile flush after each use, no
   heparin. Weekly flush if not in use.
 - Non-valved PICC: NS 10 mL then heparin 10 units/mL 3-5 mL.
 - Implanted port: NS then heparin 100 units/mL 5 mL, and monthly when
   de-accessed.
 - Always 10 mL syringe or larger.

I'll put it on the laminated card for the trunk kits.

Fabi

On Tue, Jan 30, 2024 at 10:02 AM Priscilla Oyelaran wrote:
> Our protocol follows the manufacturer for valved catheters - saline only.
> For non-valved PICCs we still lock with heparin 10 units/mL, 3-5 mL, SASH.
> If you don't know which one the patient has, check the PICC card in the
> home folder or call the pharmacy, don't guess.
""")

mk('clean', 'staff',
   'Ana Ruiz <aruiz@cedarhollowhh.org>',
   'Fatima Qureshi <fqureshi@cedarhollowhh.org>',
   'quick wound q - heavy exudate, what would you use',
   'Thu, 22 Feb 2024 15:27:36 -0500',
   """Hi Fatima, general question, not asking you to see anyone (yet):

If you had a woman in her 70s with a stage 3 on the sacrum, ~3 x 2 cm, shallow,
LOTS of exudate (soaking through a foam border in less than a day), periwound
getting macerated - what's your go-to? We're only able to get there 3x/wk.

I was thinking alginate or hydrofiber under the foam + skin prep on the edges.
Would you go superabsorbent instead? Does the formulary even have those?

Ana
""")

mk('clean', 'staff',
   'Marisol Vega <mvega@cedarhollowhh.org>',
   'Team A <teama@cedarhollowhh.org>, Team B <teamb@cedarhollowhh.org>',
   'weekend coverage 3/23-24 - need 2 RNs',
   'Wed, 20 Mar 2024 11:11:48 -0400',
   """Hi all,

We're short this weekend - Fabiana is at her sister's wedding and Karen is still
out on leave. Right now Saturday has 11 visits and only one RN.

Need: 1 RN Sat 3/23 (8-4), 1 RN Sun 3/24 (8-12). Extra shift bonus is $150 on
top of the weekend differential. Hospice RNs who are HH-oriented count!

If nobody picks up by Thursday noon I'll start calling PRN staff, then I'll
have to push the non-urgent routine visits to Monday (not infusions, not wound
vacs).

Thanks,
Marisol
""")

mk('clean', 'staff',
   'Alan Feist MD <afeist@cedarhollowhh.org>',
   'Hospice Clinical <hospiceclinical@cedarhollowhh.org>',
   'Comfort kit standing order - revised 4/1',
   'Wed, 27 Mar 2024 18:02:55 -0400',
   """Colleagues,

Effective April 1 the hospice comfort kit standing order changes as follows:

  - Morphine concentrate 20 mg/mL, 30 mL (unchanged)
  - Lorazepam 0.5 mg tabs #10 -> #15
  - Haloperidol 0.5 mg tabs #10 (unchanged)
  - Atropine 1% drops 15 mL -> glycopyrrolate 1 mg tabs #10 (fewer complaints of
    delirium with the switch, and better supply)
  - Bisacodyl 10 mg supp #6 (unchanged)
  - Acetaminophen 650 mg supp #6 (new)
  - Prochlorperazine removed

Continue to individualize - the kit is a floor, not a ceiling. Please remember
to document the family teaching and that the kit is stored out of reach. For
patients with opioid allergy or renal failure, call me for an alternative.

Questions to me or to Priscilla in pharmacy.

Alan Feist, MD, HMDC
Hospice Medical Director
""")

mk('clean', 'staff',
   'Kelsey Moorhouse <kmoorhouse@cedarhollowhh.org>',
   'Rehab Dept <rehab@cedarhollowhh.org>',
   'new fall risk screen starting 5/1 - TUG + 30s chair stand',
   'Fri, 19 Apr 2024 16:25:03 -0400',
   """Hey rehab team,

Per the falls committee, starting May 1 we're moving from the MAHC-10 alone to
MAHC-10 + TUG + 30-second chair stand at SOC, recert and d/c for everyone on
therapy.

Cutoffs we agreed on (CDC STEADI):
  TUG >= 12 sec = increased fall risk
  30s chair stand below age norm (e.g. < 12 for 60-64, < 10 for 75-79,
  < 8 for 85-89) = increased risk
  Either positive -> falls care plan + home safety eval by OT

I made a one-page cheat sheet, it's on the shared drive under Rehab > Falls.
Nursing will only do the MAHC-10 unless they're doing a non-therapy SOC.

Kelsey Moorhouse, PTA
Falls Committee
""")

mk('clean', 'staff',
   'Infection Prevention <ip@cedarhollowhh.org>',
   'All Clinical Staff <clinical@cedarhollowhh.org>',
   'Reminder: C. diff in the home - soap and water, not gel',
   'Mon, 06 May 2024 08:10:40 -0400',
   """Quick reminder after a couple of questions this week:

For any patient on contact precautions for C. difficile:
  * Alcohol gel does NOT kill C. diff spores. Wash hands with soap and water
    after removing gloves - bring your own paper towels.
  * Bag technique: leave your nursing bag outside the room or on a barrier; take
    in only what you need.
  * Use the dedicated stethoscope/BP cuff left in the home, or bleach-wipe
    (sporicidal, purple-top not red) your equipment before it goes back in the bag.
  * Teach families to clean bathroom surfaces with diluted bleach 1:10.

Updated IP policy 7.14 is on the intranet. Thanks for keeping each other safe.

Joyce Wainwright, RN, CIC
Infection Preventionist
""")

mk('clean', 'staff',
   'Quality <quality@cedarhollowhh.org>',
   'Rafaela Souza <rsouza@cedarhollowhh.org>',
   'RE: M1033 question',
   'Wed, 15 May 2024 10:55:21 -0400',
   """Rafaela,

Good question. For M1033 (risk for hospitalization) you mark "multiple
hospitalizations" only if there were 2 or more inpatient admissions in the past
6 months. ED visits without an admission don't count for response 3 - they
belong under response 4 (multiple ED visits, 2 or more in the past 6 months).
Observation stays are NOT inpatient admissions either.

So for your example - one admission plus two ED visits - you would NOT mark
response 3, but you WOULD mark response 4 if both ED visits were within the
look-back.

Guidance Manual ch. 3, M1033, is the reference. Happy to go over it at the
Thursday OASIS huddle.

Terri Nguyen, RN, HCS-D, COS-C
Quality / OASIS Educator
""")

# =====================================================================
# CLEAN: training
# =====================================================================
mk('clean', 'training',
   'Clinical Education <education@cedarhollowhh.org>',
   'New Hires - May Cohort <orientation@cedarhollowhh.org>',
   'HomeChart training day 2 - practice patients in the TRAIN environment',
   'Tue, 07 May 2024 07:45:00 -0400',
   """Good morning new hires!

Today we practice a full SOC visit in the TRAIN environment (https://train.homechartsys.com
- NOT the production app, the login screen is purple). Use ONLY these fake
patients:

  ZZTEST, ALPHA       MRN 999901   DOB 01/01/1950   "CHF teaching"
  ZZTEST, BRAVO       MRN 999902   DOB 02/02/1940   "new PICC, IV abx"
  ZZTEST, CHARLIE     MRN 999903   DOB 03/03/1930   "hospice routine"
  TEST, PATIENT ZZ    MRN 999999   DOB 12/31/1999   (anyone, for messing around)

Everyone will document on ZZTEST, BRAVO first: vitals, med rec, PICC dressing
change, OASIS SOC sections A-C. The scenario sheet is in your binder.

If you ever see a real name in TRAIN, stop and tell me - it means someone
logged in to the wrong environment.

See you at 8:30, conference room B. Coffee's on.

Nora Bellweather, MSN, RN
Clinical Educator
""")

mk('clean', 'training',
   'FaxBridge Demo Team <demo@faxbridge.io>',
   'Bev Stanhope <bstanhope@cedarhollowhh.org>',
   'Your FaxBridge demo recap + sandbox login',
   'Thu, 14 Mar 2024 15:20:44 -0500',
   """Hi Bev,

Thanks for joining the FaxBridge demo today! As promised, here's the recap.

In the demo we walked through a sample referral fax for our demo patient:

  Patient:   John Doe (SAMPLE RECORD)
  DOB:       01/01/1900
  MRN:       DEMO-000123
  Referral:  "SN eval, wound care - sample data"
  From:      Anytown General Hospital (fictional)

...and saw how FaxBridge auto-splits the fax, OCRs the face sheet, and matches
it to an intake queue in HomeChart. In your sandbox (login below) you'll find 25
more sample faxes with the same fake patients (John Doe, Jane Roe, Baby Boy
Test) to play with.

  Sandbox: https://sandbox.faxbridge.io   user: bstanhope@cedarhollowhh   temp password sent separately

Pricing for 3 fax lines and 10 users came to $410/mo on an annual agreement.
Happy to set up a call with your IT lead (Gus?) about the HL7 connector.

Best,
Carly Swenson
Account Executive, FaxBridge
""",
   html="""<html><body><p>Hi Bev,</p><p>Thanks for joining the FaxBridge demo today!</p>
<p>In the demo we walked through a sample referral fax for our demo patient:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;background:#fffbe6">
<tr><td>Patient</td><td>John Doe (SAMPLE RECORD)</td></tr><tr><td>DOB</td><td>01/01/1900</td></tr>
<tr><td>MRN</td><td>DEMO-000123</td></tr><tr><td>Referral</td><td>SN eval, wound care - sample data</td></tr>
<tr><td>From</td><td>Anytown General Hospital (fictional)</td></tr></table>
<p>In your sandbox you'll find 25 more sample faxes with the same fake patients (John Doe, Jane Roe, Baby Boy Test).</p>
<p>Pricing for 3 fax lines and 10 users came to $410/mo on an annual agreement.</p>
<p>Best,<br>Carly Swenson<br>Account Executive, FaxBridge</p></body></html>""")

mk('clean', 'training',
   'Gus Herrera <gherrera@cedarhollowhh.org>',
   'HomeChart Interface Support <interfaces@homechartsys.com>',
   'RE: Case 00731842 - test msg after mapping change',
   'Wed, 13 Mar 2024 14:05:09 -0400',
   r"""Thanks - I sent this synthetic test through the TEST channel after your
mapping change and it filed fine with patient class O:

MSH|^~\&|MRMC_EPIC|MERCYRIDGE|HOMECHART|CEDARHOLLOW|20240313140011||ADT^A04|TEST000001|T|2.5.1
EVN|A04|20240313140000
PID|1||TEST99001^^^MRMC^MR||ZZTEST^INTERFACE^ONE||19000101|U|||123 TEST ST^^ANYTOWN^OH^00000||(000)000-0000
PV1|1|H|||||9999^TESTDOC^NOTREAL^^^MD
DG1|1||Z00.00^Test diagnosis - not a patient^I10|||A

Processing ID "T", test patient, test MRN. We're good to promote to prod on
Friday's window.

Gus
""")

mk('clean', 'training',
   'Nora Bellweather <nbellweather@cedarhollowhh.org>',
   'Hospice Aides <hospiceaides@cedarhollowhh.org>',
   'Annual competency quiz - case study (practice)',
   'Mon, 10 Jun 2024 12:30:00 -0400',
   """Hi aides,

Here's the practice case for this year's competency quiz. The real quiz is on
paper at the June 20 inservice. This is a made-up patient.

CASE: "Mrs. Sample" is a fictional 88-year-old woman on hospice at home. On
your visit she is sleeping more, her feet are cool and bluish, and she has
pauses in her breathing of 10-15 seconds. Her daughter asks you, "Is she dying
right now?"

 1. Which of these are normal changes near the end of life? (circle all)
 2. Who do you call after the visit, and what do you report?
 3. What do you say to the daughter? (hint: it's not your role to give a
    prognosis - but it IS your role to comfort and to get the nurse)
 4. Mrs. Sample's mouth is dry and she can't swallow. What mouth care do you give?

Answers will be discussed at the inservice.

Nora Bellweather, MSN, RN
Clinical Educator
""")

_sample_note = """SAMPLE DOCUMENTATION - FOR TRAINING ONLY - NOT A REAL PATIENT

Patient: Jane Doe (fictional)        MRN: SAMPLE-0001      DOB: 01/01/1940
Visit type: SN routine               Date: [visit date]

WEAK NOTE (do not copy):
  "Pt doing ok. Vitals stable. Wound healing. Will continue POC."

STRONG NOTE:
  "Pt ambulated 15 ft from bed to kitchen with rolling walker and stand-by
  assist, requiring 2 rest breaks due to dyspnea (SpO2 89% on RA after
  ambulation, 94% after 2 min rest). Unable to leave home without assist of
  1 person and device - homebound status maintained. R heel wound 2.1 x 1.8 cm,
  decreased from 2.4 x 2.0 cm; 80% granulation. Pt verbalized 3/4 signs of
  wound infection after teaching; will reinforce next visit."

Exercise: Rewrite the weak note for the sample patient using the scenario in
your packet. Identify what shows homebound status, skilled need, and progress.
"""
mk('clean', 'training',
   'Nora Bellweather <nbellweather@cedarhollowhh.org>',
   'Field RNs <fieldrn@cedarhollowhh.org>',
   'Documentation workshop handout - Jane Doe sample note',
   'Tue, 18 Jun 2024 16:02:27 -0400',
   """Attached is the handout from today's "Documenting Skilled Need" workshop.
Jane Doe is the same fictional sample patient from the slides - feel free to
share with anyone who missed it.

Thanks for the great discussion on homebound language!
Nora
""",
   atts=[att(_sample_note, 'DocWorkshop_SampleNote_JaneDoe.txt', 'text', 'plain')])

mk('clean', 'training',
   'ClaimPath EDI Onboarding <onboarding@claimpath-edi.com>',
   'Dana Kirsch <dkirsch@cedarhollowhh.org>',
   'Sandbox 270/271 test - ready for your review',
   'Tue, 25 Jun 2024 09:40:12 -0500',
   """Hi Dana,

Your sandbox eligibility connection is working. Below is the 270 we sent with
our standard test subscriber and the canned 271 the sandbox returned. These are
test values from the ClaimPath companion guide - no real member data.

270 (request):
ST*270*0001*005010X279A1~
BHT*0022*13*TESTREQ0001*20240625*0930~
HL*1**20*1~
NM1*PR*2*SANDBOX PAYER*****PI*00000~
HL*2*1*21*1~
NM1*1P*2*CEDAR HOLLOW HOME HEALTH*****XX*1427093318~
HL*3*2*22*0~
NM1*IL*1*TESTPATIENT*ONE****MI*TEST0001~
DMG*D8*19000101*U~
EQ*42~
SE*10*0001~

271 (response, abbreviated):
NM1*IL*1*TESTPATIENT*ONE****MI*TEST0001~
EB*1**42*MA~
MSG*SANDBOX RESPONSE - TEST SUBSCRIBER~

Next step: run the 5 test scenarios in section 4 of the guide, then we can
schedule production cutover.

Ravi Menon
EDI Onboarding Specialist, ClaimPath
""")

# =====================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)
print('wrote %d messages to %s' % (len(ROWS), OUT))
