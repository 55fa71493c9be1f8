#!/usr/bin/env python3
"""Blind evaluation mail set -- maternity service setting.  SEED=4901.
Run: python3 gen.py OUTDIR   (standard library only, deterministic)."""
import sys, os, io, csv, random, hashlib, zipfile, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 4901
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

COUNTERS = {}
ROWS = []


def D(y, mo, d, h, mi, tz=-5):
    sec = random.randint(0, 59)
    dt = datetime.datetime(y, mo, d, h, mi, sec,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)


def mkzip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def mkxlsx(rows, sheet='Sheet1'):
    """Minimal but valid .xlsx with inline strings."""
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                  ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def mk(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
       atts=(), cte=None, reply_to=None, in_reply_to=None, headers=()):
    """atts: list of (filename, data, maintype, subtype); str data -> text part."""
    n = COUNTERS.get((label, kind), 0) + 1
    COUNTERS[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%s.%d@%s>' % (hashlib.md5(fname.encode()).hexdigest()[:20], SEED, dom)
    if in_reply_to:
        msg['In-Reply-To'] = in_reply_to
        msg['References'] = in_reply_to
    msg['MIME-Version'] = '1.0'
    for k, v in headers:
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for fn, data, maintype, subtype in atts:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fn)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
    i = len(ROWS) + 1
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))
    return fname


DISCL_CBWI = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message.
Calder Bay Women's & Infants Hospital"""

DISCL_LINDEN = """
--
This message may contain information protected by state and federal privacy
law. If you received it in error please notify Linden Street OB/GYN at
(555) 010-4400 and delete it."""

# =====================================================================
# PHI -- care
# =====================================================================
mk('phi', 'care',
   '"Hale, Tamsin RN" <thale@calderbaywi.org>',
   'MFM On Call <mfm-oncall@calderbaywi.org>',
   'triage 4 - needs MFM eyes',
   """Dr. Abernathy / whoever has the MFM pager today -

Danielle Okafor-Reyes is back in triage 4. 33w2d by 8wk US. Sent over from
Linden St for a headache that isn't touching tylenol and swelling in her face
and hands since last night.

BPs since arrival:
  1322  152/98
  1337  148/96
  1352  156/101

Labs sent 1330: CBC, CMP, LDH, uric acid, urine prot/creat. Still pending.
NST reactive, baseline 130s, moderate variability, no decels. Toco quiet.

Per Dr. Lusk we gave labetalol 20 IV at 1355 and started mag, 4 g bolus then
2 g/hr. Betamethasone #1 given 1410 R deltoid. She keeps asking whether she's
delivering today - told her someone from your team would come talk to her.

Husband (Emeka) at bedside, 555-0193 if you need him.

Tamsin Hale, RN BSN
Labor & Delivery Triage | Calder Bay Women's & Infants
x4-7720
""" + DISCL_CBWI,
   D(2024, 3, 12, 14, 18), patient='Okafor-Reyes',
   cc='"Abernathy, Cole MD" <cabernathy@calderbaywi.org>')

_txt = """Dr. Hosseini,

Saw Rania Haddad and her son (born 1/29, your patient) in outpatient
lactation this morning at your request.

- Weight today 3.01 kg; birth weight 3.31 kg (down 9.1% on day 4)
- Pre/post weighted feed: 12 mL transfer left, 8 mL right, ~25 min total
- Shallow latch, clicking, lip blisters. Tongue lifts only to mid-mouth with
  mouth open - suggest eval for posterior tie; I gave mom the number for
  Dr. Ambrose's clinic.
- Mom's nipples come out compressed after feeds, R nipple cracked.

Plan we agreed on: feed on cue at least 8x/24h, then pump 10 min both sides,
supplement 20-30 mL per feed with her own expressed milk first, donor milk if
short (she went home with 2 days' worth from our bank). Paced bottle for now.
Weight check in your office Friday please - I'll see her back Monday.

Thanks,
Marguerite

Marguerite Sol, RN, IBCLC
Lactation Services, Calder Bay Women's & Infants
ph 555-0112 | fax 555-0113
""" + DISCL_CBWI
_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dr. Hosseini,</p>
<p>Saw <b>Rania Haddad</b> and her son (born 1/29, your patient) in outpatient lactation this morning at your request.</p>
<ul>
<li>Weight today 3.01 kg; birth weight 3.31 kg (down 9.1% on day 4)</li>
<li>Pre/post weighted feed: 12 mL transfer left, 8 mL right, ~25 min total</li>
<li>Shallow latch, clicking, lip blisters. Tongue lifts only to mid-mouth with mouth open - suggest eval for posterior tie; I gave mom the number for Dr. Ambrose's clinic.</li>
<li>Mom's nipples come out compressed after feeds, R nipple cracked.</li>
</ul>
<p>Plan we agreed on: feed on cue at least 8x/24h, then pump 10 min both sides, supplement 20-30 mL per feed with her own expressed milk first, donor milk if short (she went home with 2 days' worth from our bank). Paced bottle for now. Weight check in your office Friday please - I'll see her back Monday.</p>
<p>Thanks,<br>Marguerite</p>
<p style="color:#555;font-size:9pt">Marguerite Sol, RN, IBCLC<br>Lactation Services, Calder Bay Women's &amp; Infants<br>ph 555-0112 | fax 555-0113</p>
<p style="color:#888;font-size:8pt">CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.</p>
</body></html>"""
mk('phi', 'care',
   '"Marguerite Sol, IBCLC" <msol@calderbaywi.org>',
   '"Farid Hosseini MD" <fhosseini@brightsidepeds.com>',
   'lactation f/u - baby boy Haddad',
   _txt, D(2024, 2, 2, 11, 41), patient='Haddad', html=_html)

mk('phi', 'care',
   '"Vasquez-Hill, Corinne" <cvasquezhill@calderbaywi.org>',
   'New Patient Intake <intake@tidewaterpeds.net>',
   'FW: Lindqvist twins - d/c planning',
   """Hi -- forwarding the update below so your office has it before the first
visit. Twin B will probably stay at least another week. Call me with q's.

Corinne Vasquez-Hill, RN
NICU Discharge Coordinator
Calder Bay Women's & Infants | 555-0127

-----Original Message-----
From: Okonkwo, Adaeze MD
Sent: Wednesday, March 6, 2024 4:52 PM
To: Vasquez-Hill, Corinne
Subject: Lindqvist twins - d/c planning

Corinne,

Twin A (Baby Girl Lindqvist, "Astrid") - off CPAP since Tues, RA sats 96-99.
Caffeine d/c'd 3/2, no events x5d. Full PO ad lib, ~160 ml/kg/d of 22 kcal.
Car seat test Fri AM. Hearing screen passed L, referred R -> needs outpatient
ABR. Hep B given 3/1. Synagis eligible, 1st dose before d/c.

Twin B - still on 1L NC, failed room air challenge again today, taking 60-70%
PO, rest by NG. Not close.

Parents (Sofia & Nils) want to room in Thurs night. Please ok with charge.

AO
""", D(2024, 3, 7, 8, 5), patient='Lindqvist')

mk('phi', 'care',
   '"Ines Carvalho CNM" <icarvalho@willowmeremidwifery.org>',
   'rpatel@lindenstreetobgyn.com',
   'transfer tonight',
   """raj - sending maya thibodeaux over to L&D tonight for IOL. 41+3, g2p1. NST
this am non-reactive x40 min, reactive after juice + vibro, but AFI 4.2. cx
2/50/-2 posterior. gbs neg, prior svd 2019 uncomplicated. she really wants to
avoid pit if she can - cytotec or balloon first? i'll come in and labor
support her. records faxed to L&D at 4:10.

ines

sent from my phone, pls excuse typos
""", D(2024, 3, 19, 16, 22), patient='Thibodeaux')

mk('phi', 'care',
   '"Ayodele, Blessing RN" <bayodele@calderbaywi.org>',
   'Perinatal Social Work <perinatalsw@calderbaywi.org>',
   'please see rm 312 before d/c tomorrow',
   """Hi team,

Can someone see Mrs. Fenwick in 312 today or first thing tomorrow? Repeat
section Monday, baby rooming in and doing fine. Pain is ok now - we moved her
from oxycodone to scheduled ibuprofen + acetaminophen yesterday, incision
clean and dry.

The worry is mood. EPDS this morning was 14 and she marked "sometimes" on the
self-harm question. Tearful most of the shift, says she hasn't slept more than
an hour at a stretch since admission. Husband is deployed, her mom flies home
Sunday. Dr. Lusk aware, psych consult ordered.

First name Harriet, goes by Hattie.

Thanks -
Blessing
4 West Mother/Baby, x4-7735
""", D(2024, 3, 13, 10, 2), patient='Fenwick')

mk('phi', 'care',
   '"Dolores Ibarra" <dibarra@lindenstreetobgyn.com>',
   'CBWI Surgical Scheduling <orscheduling@calderbaywi.org>',
   'Cesarean booking request - Whitlock',
   """Good afternoon,

Please schedule a primary cesarean for Kendra Whitlock with Dr. Raj Patel.

Requested date: Thursday 4/18, first case if available (she will be 39w0d).
Indication: persistent breech on office ultrasound 4/2; external cephalic
version attempted 3/28 on your L&D, unsuccessful.
Pre-op: CBC, type & screen within 72 hrs. She reacts to latex (contact rash)
- please flag the case.
She would like her partner in the OR and skin-to-skin if baby is stable.

Best number for her is (555) 014-2871, ok to leave a message.

Thank you,
Dolores Ibarra
Surgical Coordinator
Linden Street OB/GYN | 555-010-4400 x212
""" + DISCL_LINDEN, D(2024, 4, 3, 13, 47), patient='Whitlock', cte='quoted-printable')

mk('phi', 'care',
   '"Juniper Oakes" <juniper@thresholddoulas.com>',
   '"Ines Carvalho" <icarvalho@willowmeremidwifery.org>',
   'Re: Priya - day 6 pp',
   """Hi Ines, heads up - Priya texted me around 11 last night. She's been soaking
a pad in about an hour on and off since yesterday and passed a clot she said
was the size of a lemon. Temp was 100.9 when she checked and she's crampy. I
told her to call your on-call line right away and go to L&D if it got worse.
Not sure she did, she's not answering this morning. Her husband's cell is
555-0177.

Juniper
Threshold Doula Collective
birth & postpartum support

On Mon, Mar 11, 2024 at 9:02 AM Ines Carvalho <icarvalho@willowmeremidwifery.org> wrote:
> Thanks for sending your postpartum visit notes on Priya Raghunathan. Glad
> baby is feeding well and the perineum is healing. Let me know if anything
> changes before her 2 week visit with us.
>
> Ines
""", D(2024, 3, 13, 7, 36), patient='Raghunathan',
   in_reply_to='<c1a9e2.9981@willowmeremidwifery.org>')

mk('phi', 'care',
   '"Tate, Rhiannon RDMS" <rtate@calderbaywi.org>',
   '"Abernathy, Cole MD" <cabernathy@calderbaywi.org>',
   'growth US - Brooks-Mensah',
   """Dr. A -- prelim for Aaliyah Brooks-Mensah, scanned 10:20 today:

GA by dates ........ 32w1d
EFW ................ 1,820 g  (8th %ile, Hadlock 4)
AC ................. <5th %ile
HC/AC .............. 1.21
UA Doppler ......... S/D 3.4, PI 1.38 (>95th %ile), forward flow, no AEDF/REDF
MCA PI ............. 1.52   CPR 1.10
AFI ................ 7.8 cm
BPP ................ 8/8

Last growth 3 wks ago was 19th %ile, so she's dropped. She mentioned fewer
kicks over the weekend. I told her you'd call her with the plan before she
leaves the parking garage (she's waiting in the car).

Images + full report are in SonoLink under today's date.
Rhiannon
""", D(2024, 3, 25, 10, 58), patient='Brooks-Mensah', cte='quoted-printable')

# =====================================================================
# PHI -- names
# =====================================================================
mk('phi', 'names',
   '"Kim-Anh Luu" <kluu@lindenstreetobgyn.com>',
   '"Holly Brandt RN" <hbrandt@lindenstreetobgyn.com>',
   'Nguyen Thi Thu Trang - rhogam?',
   """did she ever get her 28 wk rhogam?? she's 31 wks now. chart says Rh neg,
antibody screen neg 1/8, but I don't see an admin record anywhere. if she
didn't can you squeeze her in thurs for the shot + repeat screen. thx

KA
""", D(2024, 2, 20, 15, 3), patient='Nguyen Thi Thu Trang')

mk('phi', 'names',
   '"Denning, Pascale RD CDCES" <pdenning@calderbaywi.org>',
   'Diabetes in Pregnancy Team <dip-team@calderbaywi.org>',
   'add to Thursday GDM class',
   """Adding one more to Thursday's group class:

  Adeyemi-Balogun, Folasade -- 3hr GTT 95 / 201 / 168 / 142 at 27 wks.
  Needs meter teaching + carb counting. Asked for the afternoon slot (works
  mornings). Referred by Dr. Sastry.

She already has her glucometer from the pharmacy, so just strips/lancets
teaching. I'll send the food log sheets home with her.

Pascale

Pascale Denning, RD, CDCES
Diabetes in Pregnancy Program
""", D(2024, 2, 27, 9, 12), patient='Adeyemi-Balogun')

mk('phi', 'names',
   '"Cole Abernathy MD" <cabernathy@calderbaywi.org>',
   '"Raj Patel" <rpatel@lindenstreetobgyn.com>',
   'RE: de la Cruz',
   """Raj,

Mrs. de la Cruz's cervical length today was 1.9 cm at 22w4d (3.1 at her
anatomy scan), ~40% funneling, no sludge. Started vaginal progesterone 200 mg
qhs and we talked through cerclage - she wants to sleep on it and talk to her
husband. I'll see her back Thursday either way. First name is Marisol if you
need to pull her up on your side.

Cole

Cole Abernathy, MD
Maternal-Fetal Medicine, Calder Bay Women's & Infants

-----Original Message-----
From: Raj Patel <rpatel@lindenstreetobgyn.com>
Sent: Tuesday, March 5, 2024 8:14 AM
To: Abernathy, Cole MD
Subject: de la Cruz

Cole - sending you my pt with the short cervix on the 20 wk scan, she's on
your schedule today. Hx of LEEP x2. Thanks. R
""", D(2024, 3, 5, 17, 30), patient='de la Cruz')

mk('phi', 'names',
   '"Moreau, Tess RN" <tmoreau@calderbaywi.org>',
   '"Farid Hosseini MD" <fhosseini@brightsidepeds.com>',
   "bili on Fatima's baby",
   """Hi Dr H -

Fatima's little guy (rm 318, born Sunday night, your practice) had a TcB of
14.2 at 58 hrs this morning so we drew a serum: TSB 15.9. Over the photo line
for his risk group (37 wk, mom O+, baby B+, DAT positive). Double lights
started 0940, repeat TSB ordered for 1600. Feeding breast + formula top ups.

Mom is really upset, she was supposed to go home today. Can you call her
or stop by on rounds?

Tess
Newborn Nursery, x4-7790
""", D(2024, 3, 19, 10, 5), patient='Fatima')

mk('phi', 'names',
   '"Okonkwo, Adaeze MD" <aokonkwo@calderbaywi.org>',
   'Perinatal Social Work <perinatalsw@calderbaywi.org>',
   'care conference — Wiśniewska, bed 22',
   """Could we set up a family meeting this week for baby Zofia Wiśniewska
(bed 22)? Her parents, Agnieszka and Tomasz Wiśniewski, asked for one.

Topics:
 - PDA: failed 2 courses of ibuprofen. CT surgery wants to discuss ligation
   vs. transcatheter closure.
 - Friday's head ultrasound: grade II IVH on the left, stable vs. last week.
 - Feeding: still on TPN + trophic feeds.

Mom's English is very good, but dad would like a Polish interpreter in the
room. Thursday after 2 or Friday morning work for me and for Dr. Reinholt.

Thanks,
Adaeze

Adaeze Okonkwo, MD
Neonatology | NICU Calder Bay Women's & Infants
""", D(2024, 3, 11, 12, 44), patient='Wiśniewska', cte='base64')

mk('phi', 'names',
   '"L&D Triage Line" <ldtriage@calderbaywi.org>',
   '"Meenal Sastry MD" <msastry@lindenstreetobgyn.com>',
   'overnight call from your pt',
   """Dr. Sastry, FYI -

Lakshmi Venkataraghavan called the triage line at 0215: 36w5d, baby moving
less since yesterday evening, counted 4 kicks in 2 hours. Told her to come in.
Arrived 0310. NST reactive after ~25 min, BPP 8/8, AFI normal. Home at 0440
with kick count instructions and precautions. She'd like you to call her about
whether to keep Friday's appointment or come sooner.

- K. Drummond RN, L&D triage
""", D(2024, 3, 21, 5, 2), patient='Venkataraghavan')

mk('phi', 'names',
   '"Samira Khoury" <skhoury@calderbaywi.org>',
   '"Abernathy, Cole MD" <cabernathy@calderbaywi.org>',
   'interpreter note after your 10:30',
   """Dr. Abernathy,

After today's visit with Mrs. Hanan Abdel-Fattah (I interpreted), she told me
in the hallway that she stopped taking the baby aspirin two weeks ago because
her mother-in-law told her it would make her bleed. She also did not
understand that her appointment on the 21st is the heart ultrasound for the
baby (fetal echo) - she thought it was for herself. I explained both in
Arabic, but you may want to go over the aspirin again with her next time.

Best,
Samira Khoury
Certified Medical Interpreter (Arabic / French)
Language Services, ext 4-5520
""", D(2024, 3, 8, 11, 50), patient='Abdel-Fattah')

mk('phi', 'names',
   '"Dana Kowalczyk" <dkowalczyk@calderbaywi.org>',
   '"Andre Baptiste" <abaptiste@calderbaywi.org>',
   'Re: who is the low plt pt',
   """andre - Ms. St. Fleur (Roselande), 34 wks, plts 82k today, down from 110
last week. OB wants anesthesia to see her BEFORE she's in labor so there's a
plan for the epidural vs not. she's in MFM clinic till 3 today, room 6.

dana

On Tue, Mar 12, 2024 at 11:03 AM Andre Baptiste <abaptiste@calderbaywi.org> wrote:
> who's the pt with low plts you mentioned at huddle? can swing by after 1
""", D(2024, 3, 12, 11, 20), patient='St. Fleur')

# =====================================================================
# PHI -- self
# =====================================================================
mk('phi', 'self',
   '"Brianna Castellano" <bri.castellano91@gmail.com>',
   'lactation@calderbaywi.org',
   'need help!! latch',
   """Hi, this is Brianna Castellano, I had my son Leo at your hospital on Jan 9
(Dr. Lusk delivered). Someone from lactation came by before we left and gave
me this email.

He still won't latch on the left side at all and the right side hurts so bad
my nipple is cracked and bleeding. I've been using the nipple shield they gave
me but he falls asleep after like 5 min. At his 2 week check he was only 7lb
1oz (born 7lb 6oz) so the pediatrician wants him weighed again Friday. I'm
pumping but only getting about 1 oz total.

Can I get an appointment this week?? Any day works I'm home on leave.

Thank you so much
Bri
555-0158

Sent from my iPhone
""", D(2024, 1, 24, 6, 12), patient='Castellano')

mk('phi', 'self',
   'Theresa Mbeki-Olsen <theresa.mbekiolsen@outlook.com>',
   'Front Desk <frontdesk@lindenstreetobgyn.com>',
   'NIPT results + nausea',
   """Hello,

My name is Theresa Mbeki-Olsen, date of birth 07/22/1991. I'm a patient of
Dr. Sastry. I had my NIPT blood draw on Feb 26 (I'm 14 weeks now) and was
told someone would call within 10 days. Nobody has called and the portal just
says "resulted - see provider". Can somebody please tell me what that means?
I'm really anxious about it.

Also the Zofran 4 mg isn't helping anymore. I'm throwing up 6-7 times a day
and I've lost 5 pounds since my last visit. Some days I can barely keep water
down. Is there something else I can try?

Thanks,
Theresa
""", D(2024, 3, 11, 21, 40), patient='Mbeki-Olsen')

mk('phi', 'self',
   '"Diego Paredes" <dparedes.home@yahoo.com>',
   'Birth Registration <birthregistration@calderbaywi.org>',
   'correction on birth certificate worksheet',
   """Hi,

Our daughter Valentina was born at Calder Bay on Feb 14 (7:52 am). My wife was
in the ICU for two days after the delivery because of the bleeding, so I
filled out the birth certificate worksheet myself and I think I made some
mistakes:

- mother's name should be Ana Lucía Paredes Quiroga (I only wrote Ana Paredes)
- mother's birthplace is Cochabamba, Bolivia, not La Paz
- baby's middle name is Inés (with the accent)

Ana is home now and getting better. Can we fix it before it goes to the
state? Do we need to come in person?

Thank you,
Diego Paredes
(555) 018-3302
""", D(2024, 2, 21, 19, 8), patient='Paredes')

mk('phi', 'self',
   '"shanice w" <shaniceww2@gmail.com>',
   'wic.eastside@marrowcountyhealth.gov',
   'wic appt + my iron',
   """hi im Shanice Whitaker, I missed my appointment tuesday because I was at the
midwife. im 24 wks now. my hemoglobin was 9.8 at the midwife and she put me on
iron pills 2x a day, they make me so constipated. Ines said I should tell you
about the low iron for my food package? can I reschedule to any morning next
wk. number is the same 555-0164

thanks
Shanice
""", D(2024, 3, 14, 8, 55), patient='Whitaker',
   cc='icarvalho@willowmeremidwifery.org')

mk('phi', 'self',
   '"Olga Petrenko" <opetrenko@icloud.com>',
   'MFM Clinic <mfm.clinic@calderbaywi.org>',
   'after amnio Monday',
   """Hi, this is Olga Petrenko. I had the amniocentesis with Dr. Abernathy on
Monday (17 weeks). Since last night I have some cramping and I noticed a small
amount of clear watery fluid, maybe a teaspoon, two times. No bleeding, no
fever. Should I come in? I'm at work until 5.

Olga
""", D(2024, 3, 20, 9, 31), patient='Petrenko')

mk('phi', 'self',
   'Kaitlyn Moore <katiemoore.rn@gmail.com>',
   '"Meenal Sastry MD" <msastry@lindenstreetobgyn.com>',
   'question about sertraline + breastfeeding',
   """Hi Dr. Sastry,

It's Kaitlyn Moore (DOB 3/3/95) - I saw you for my 6 week postpartum visit on
the 4th. Following up on what we talked about: I'm still on sertraline 100 mg,
which I started in my third trimester. I'm feeling a lot better and I'd like to
start tapering, partly because I worry about it getting into my milk (June is
exclusively breastfed). Is it ok to drop to 50 now or should I wait until
she's older?

Also I never got the results from the thyroid bloodwork you ordered.

Thank you!
Katie
""", D(2024, 3, 15, 13, 26), patient='Moore',
   html="""<div dir="ltr"><p>Hi Dr. Sastry,</p><p>It's Kaitlyn Moore (DOB 3/3/95) - I saw you for my 6 week postpartum visit on the 4th. Following up on what we talked about: I'm still on sertraline 100 mg, which I started in my third trimester. I'm feeling a lot better and I'd like to start tapering, partly because I worry about it getting into my milk (June is exclusively breastfed). Is it ok to drop to 50 now or should I wait until she's older?</p><p>Also I never got the results from the thyroid bloodwork you ordered.</p><p>Thank you!<br>Katie</p></div>""")

mk('phi', 'self',
   '"Rafael Figueroa" <rafa.figueroa@gmail.com>',
   'NICU Family Liaison <nicufamilies@calderbaywi.org>',
   "question about Mateo's eye exam",
   """Hi,

I'm Mateo Figueroa's dad (bed 9, born at 28 weeks on Nov 2). The nurse last
night told us he had his first eye exam for ROP and that the doctor would
"follow up", but we haven't heard anything and my wife is really worried. Is
it stage 1 or 2? Does he need laser? Also he's needed more oxygen since
Saturday, is that related?

We're there every evening after 6 if the doctor can talk to us in person.

Thanks,
Rafael Figueroa
""", D(2023, 12, 4, 7, 49), patient='Figueroa')

# =====================================================================
# PHI -- ids
# =====================================================================
mk('phi', 'ids',
   '"Albright, Gwen" <galbright@calderbaywi.org>',
   'HIM Coding <coding@calderbaywi.org>',
   'dup anesthesia charge - MRN 00482913',
   """Hi coding -

Pt called PFS this morning. MRN 00482913, DOB 3.4.88, vaginal delivery 2/11.
Her statement shows two anesthesia charges (01967 x2) and she only had one
epidural - it was replaced? she says no, it was just re-dosed. Can someone
look at the anesthesia record and void one if it's a dup? She's on a payment
plan and pretty upset.

Thanks,
Gwen

Gwen Albright | Patient Financial Services Rep II
Calder Bay Women's & Infants | 555-0160
""", D(2024, 3, 1, 10, 17))

mk('phi', 'ids',
   '"Specimen Processing" <labproc@calderbaywi.org>',
   '"Holly Brandt RN" <hbrandt@lindenstreetobgyn.com>',
   'specimen problem - L24-118834',
   """Accession L24-118834 (GBS culture, vaginal/rectal swab) received 03/07 14:22.
Tube label DOB 19880304 but the requisition lists MRN 4402-1187, which has a
different DOB in our system. We can't release the result until this is sorted
out.

The culture is POSITIVE and the req says 37 wks, so please call us at
x4-6100 today so we can correct or recollect.

Thanks - Lorenzo
Specimen Processing, Core Lab
""", D(2024, 3, 9, 9, 3))

mk('phi', 'ids',
   'CBWI Eligibility <eligibility@calderbaywi.org>',
   'Provider Relations <provrel@bluewaterhp.com>',
   'newborn add - member XQH884201377',
   """Hello,

Subscriber: R. Delacroix-Mwangi
Member ID: XQH884201377   Group: 044712
Subscriber DOB: 4 Mar 1988

Newborn: baby boy, born 03/29/2024, NICU 03/29-04/03 (level III). The 271 is
returning "no active coverage" for the baby. Mom says she called your member
line on 4/1 to add him. Can you confirm the add and backdate to date of
birth so we can rebill? Our claim ref 24099A0113.

Thank you,
Marisa Quon
Eligibility & Authorization, Calder Bay Women's & Infants
Ph 555-0138  Fax 555-0139
""", D(2024, 4, 16, 14, 40), patient='Delacroix-Mwangi')

mk('phi', 'ids',
   '"Nadia Ferrante RN" <nferrante@bayhomecarenurses.org>',
   'Scheduling <scheduling@bayhomecarenurses.org>',
   'add-on tues pm',
   """Adding one for Tuesday afternoon:

2219 Fernbrook Ln Apt 3B, Calder Bay
call (555) 014-8820 before you go, buzzer is broken

postpartum day 5 - BP check (on nifedipine XL 30, was in the 150s at d/c),
c/s incision check, baby weight + bili check, breastfeeding. Dog in the house.
Spanish preferred.

thx
Nadia
""", D(2024, 3, 22, 16, 31))

mk('phi', 'ids',
   '"Ashby, Leonard" <lashby@calderbaywi.org>',
   '"Quintero, Marcy" <mquintero@calderbaywi.org>',
   'Acct 7730019245 - charity care app',
   """Marcy -

Guarantor on acct 7730019245 has applied for charity care. The NICU portion
(21 days level III + 4 days level II, $486,211.40 gross) is most of it. Mom's
own delivery acct is 7730019246 (C-section, 4 day LOS). Medicaid pending,
application MA-2024-118032.

Can you hold both from the statement cycle for 60 days while Medicaid works
it? Thanks.

Len
Leonard Ashby, Supervisor, Patient Financial Services
""", D(2024, 4, 2, 8, 20))

mk('phi', 'ids',
   '"Renata Gill" <rgill@lindenstreetobgyn.com>',
   'HIM Release of Information <roi@calderbaywi.org>',
   'records request - chart 55-20-117',
   """Please send the L&D record, operative note and placental pathology for the
delivery on 11/30/2023.

Our chart # 55-20-117
Patient DOB 09/14/1979
Your MRN should be 3318-2260

She is establishing with our practice and your MFM for a new pregnancy (prior
stillbirth at 35 wks, the 11/30 delivery). Signed authorization attached to the
fax cover. Please fax to 555-0130 attn: Renata.

Renata Gill
Medical Records, Linden Street OB/GYN
""" + DISCL_LINDEN, D(2024, 4, 8, 11, 2))

mk('phi', 'ids',
   '"Holly Brandt RN" <hbrandt@lindenstreetobgyn.com>',
   'WIC Referrals <wicreferrals@marrowcountyhealth.gov>',
   'WIC medical referral',
   """WIC MEDICAL REFERRAL - Linden Street OB/GYN

Participant:      Chinonso Eze
DOB:              1990-11-05
Medicaid #:       11839204C
Category:         Pregnant        EDD: 2024-07-19
Phone:            555-0171
Ht 5'3"   Wt 212 lb   (pre-pregnancy 198 lb)
Hgb 10.4 g/dL (03/04/24)
Conditions:       gestational diabetes, diet controlled
                  hx preterm birth at 33 wks (2021)
Formula/food Rx:  none
Referring:        Meenal Sastry, MD   NPI 1467203398

Please contact pt directly to schedule. Thanks!
Holly Brandt, RN
""", D(2024, 3, 6, 15, 9), patient='Eze')

mk('phi', 'ids',
   '"Greer, Paulette" <birthregistration@calderbaywi.org>',
   '4 West Charge RN <4west-charge@calderbaywi.org>',
   'worksheet 2024-004417 - missing items',
   """Hi -

Worksheet #2024-004417 (infant born 03/17/2024 09:42, infant MRN 4471-0932,
mom's MRN 4471-0918) is still missing:

 - mother's SSN (left blank; needed for the SSA enumeration box)
 - method of delivery: worksheet says spontaneous vaginal but the delivery
   record says vacuum-assisted. Which is it?
 - "infant transferred/admitted to NICU" - record shows NICU admit at 2 hrs
   for grunting, box not checked

Filing deadline is the 27th. Mom is still on 4W, bed 21, if someone can catch
her today.

Thanks,
Paulette Greer | Birth Registration Clerk | x4-5011
""", D(2024, 3, 20, 13, 15))

# =====================================================================
# PHI -- lists
# =====================================================================
mk('phi', 'lists',
   '"Achterberg, Rosalind RN" <rachterberg@calderbaywi.org>',
   'L&D Nursing <ld-nursing@calderbaywi.org>',
   '1900 board',
   "night shift - here's the board as of 1850. ratio's tight, float RN coming at 2100.\n\n"
   "Rm\tPt\tG/P\tGA\tStatus\tRN\tNotes\n"
   "LDR1\tCastillo, Yesenia\tG1P0\t39+4\tIOL pit 8\tMaren\tGBS+ PCN q4, next 2100\n"
   "LDR2\tObi, Chiamaka\tG3P2\t38+1\tactive 6cm\tTamsin\tTOLAC, epidural in\n"
   "LDR3\tHaverford, Lauren\tG2P1\t40+6\tpushing\tKim\tcat II, Dr Lusk aware\n"
   "LDR5\tTran, My\tG1P0\t34+0\tmag 2g/hr\tDee\t1:1, I&O q1, plt 96k\n"
   "Triage\tPruitt, Daisy\tG4P3\t29+5\tr/o PTL\tPaolo\tFFN neg, ctx q3-5, BMZ #1 1620\n"
   "OR2\t--\t--\t--\topen\t--\t\n\n"
   "anesthesia aware of Tran's plts. Obi wants intermittent auscultation if strip allows.\n\n"
   "Roz\nL&D Charge\n",
   D(2024, 3, 14, 18, 52), patient='Castillo; Obi; Haverford; Tran; Pruitt')

mk('phi', 'lists',
   '"Reinholt, Gerrit MD" <greinholt@calderbaywi.org>',
   'NICU Team <nicu-team@calderbaywi.org>',
   'AM huddle 3/14',
   """NICU AM huddle 3/14

• Bed 3 – Bb Boy Adebayo, 26+4 now CGA 29+1. Back on SiPAP overnight, r/o
  sepsis, cx pending, amp/gent, CRP 18.
• Bed 7 – Okoro-Little, Nia. 34 wk, bili 11.2 under single lights, feeds
  advancing 20/20.
• Bed 11 – Bb Girl Halvorsen. Cooling day 2 of 3, aEEG no seizures, MRI after
  rewarm.
• Bed 14 – Bb Boy Pham. 31 wk, NEC watch – KUB 0600 no pneumatosis, stays NPO,
  repeat 1800.
• Bed 19 – Gutierrez-Ruiz, Santiago. D/C today, car seat passed, Synagis given.
  Family teaching done.

Staffing: 1 RN short for nights, charge will pick up 2 if no float.
Admissions expected: L&D has a 29+5 in triage (BMZ started).

GR
""", D(2024, 3, 14, 8, 31),
   patient='Adebayo; Okoro-Little; Halvorsen; Pham; Gutierrez-Ruiz')

mk('phi', 'lists',
   '"Ayodele, Blessing RN" <bayodele@calderbaywi.org>',
   '4 West Mother/Baby <4west-rns@calderbaywi.org>',
   'discharges today - who still needs what',
   """Morning all, here's the list. Please initial on the paper copy at the desk
as you finish items.

Rm   Name                    PPD  Delivery  Needs before d/c
---- ----------------------- ---- --------- --------------------------------
401  MARCHETTI, GIULIA       2    SVD       RhoGAM given? KB result pending
403  OYELARAN, TEMITOPE      3    C/S       staples out, Lovenox teaching
407  BRANDVOLD, ERIKA        2    SVD       Tdap declined - sign form
409  HUSSAIN, AMINA          2    VAVD      3rd deg lac, sitz/stool softener
412  ROBICHAUX, KELSEY       4    C/S       BP 148/94 this am - recheck x2
415  QUINTANILLA, PAOLA      1    SVD       baby CCHD screen failed R hand,
                                           repeat 1100, echo if fails

Peds rounding ~1000. Lactation has 403 and 409 on their list.

B.
""", D(2024, 3, 15, 7, 18),
   patient='Marchetti; Oyelaran; Brandvold; Hussain; Robichaux; Quintanilla')

_csv = """consult_date,mrn,patient,infant_dob,reason,plan,followup
2024-03-04,4471-1102,"Sandoval, Rocio",2024-03-02,sore nipples / shallow latch,laid-back positioning + lanolin,2024-03-07 phone
2024-03-04,4471-1120,"Mahlangu, Thandiwe",2024-03-03,NICU mom 31wk - pumping,hospital-grade pump rental + log,2024-03-06 bedside
2024-03-05,4471-1135,"Kerrigan, Moira",2024-03-04,IGT suspected (breast hypoplasia),SNS + pump 8x/day,2024-03-08 clinic
2024-03-05,4471-1141,"Bui, Thanh Huong",2024-03-03,jaundice + sleepy feeder,wake q3h; weighted feeds,2024-03-06 clinic
2024-03-06,4471-1166,"Ferreira da Silva, Luana",2024-03-05,twins - tandem feeding,football hold x2; donor milk top-up,2024-03-09 phone
"""
mk('phi', 'lists',
   '"Marguerite Sol, IBCLC" <msol@calderbaywi.org>',
   'Lactation Services <lactation-staff@calderbaywi.org>',
   'this weeks f/u list',
   """Hi all - attached is the follow-up list for this week. Bui and Kerrigan are
in clinic, the rest are phone/bedside. Luana's twins are in the NICU step-down
so coordinate with their RN before you go.

M
""", D(2024, 3, 6, 16, 45),
   patient='Sandoval; Mahlangu; Kerrigan; Bui; Ferreira da Silva',
   atts=[('lactation_followups_wk10.csv', _csv.encode('utf-8'), 'text', 'csv')])

_xl = mkxlsx([
    ['Date', 'Time', 'Patient', 'DOB', 'MRN', 'GA', 'Visit', 'Sonographer', 'Notes'],
    ['3/25/2024', '08:00', 'Lindgren, Kaisa', '02/11/1990', '4472-0031', '20w2d', 'Anatomy + CL', 'RT', 'hx PTB'],
    ['3/25/2024', '08:45', 'Achebe, Ifeoma', '07/30/1986', '4472-0047', '28w0d', 'Growth + UA', 'RT', 'chronic HTN on labetalol'],
    ['3/25/2024', '09:30', 'Soto-Villanueva, Carmen', '12/02/1995', '4472-0052', '32w4d', 'Growth', 'JM', 'GDM A2 insulin'],
    ['3/25/2024', '10:15', 'Brooks-Mensah, Aaliyah', '05/19/1993', '4471-9980', '32w1d', 'Growth + dopplers', 'RT', 'FGR f/u'],
    ['3/25/2024', '11:00', 'Petrenko, Olga', '09/08/1988', '4472-0060', '17w5d', 'Amnio f/u', 'JM', 'leaking? sterile spec'],
    ['3/25/2024', '13:00', 'Farouk, Mariam', '01/14/1998', '4472-0071', '24w6d', 'Fetal echo', 'peds cards', 'pregestational DM'],
], sheet='MFM 3-25')
mk('phi', 'lists',
   '"Jules Marchand" <jmarchand@calderbaywi.org>',
   '"MFM Providers" <mfm-providers@calderbaywi.org>',
   'Monday US schedule',
   """Attached is Monday's ultrasound schedule. Olga Petrenko was added this
morning as an add-on after she called about leaking, please prioritize.

Jules Marchand
MFM Clinic Coordinator
""", D(2024, 3, 22, 15, 10),
   patient='Lindgren; Achebe; Soto-Villanueva; Brooks-Mensah; Petrenko; Farouk',
   atts=[('MFM_US_schedule_0325.xlsx', _xl, 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_noshow = """Patient Name,DOB,Phone,Missed Appt,Provider,Type,Weeks,Outreach Notes
"Carrillo, Jazmin",04/02/2002,555-0181,03/04/2024,Sastry,OB return,30,2nd missed - needs glucola
"Whitehorse, Tayla",11/19/1999,555-0182,03/05/2024,Patel,New OB,9,no answer x2
"Mwangi, Esther",06/06/1994,555-0183,03/05/2024,Sastry,PP visit,,C/S 2/2 - incision check
"Dubois, Chantal",08/21/1987,555-0184,03/06/2024,Carvalho CNM,OB return,36,GBS swab overdue
"Ybarra, Lucia",03/15/2005,555-0185,03/07/2024,Patel,OB return,22,teen - SW referral done
"""
mk('phi', 'lists',
   '"Holly Brandt RN" <hbrandt@lindenstreetobgyn.com>',
   '"Community Health Workers" <chw@lindenstreetobgyn.com>',
   'no-show outreach wk of 3/4',
   """Hi CHWs - zipped the no-show list for last week (password is the usual one
we text you, the zip itself isn't encrypted, sorry IT is still working on
that). Please prioritize Carrillo and Dubois - both overdue for labs.

Holly
""", D(2024, 3, 11, 8, 40),
   patient='Carrillo; Whitehorse; Mwangi; Dubois; Ybarra',
   atts=[('noshow_0304.zip', mkzip([('noshow_0304.csv', _noshow)]), 'application', 'zip')])

mk('phi', 'lists',
   '"Brandt, Holly RN" <hbrandt@lindenstreetobgyn.com>',
   '"Linden St Nurses" <nurses@lindenstreetobgyn.com>',
   'Tdap / flu / RSV vax still due',
   """Pulled from the huddle sheet, these are the ones due for vaccines at their
visits this week. Please offer and document decline if they say no.

| Patient                | DOB        | GA    | Tdap | Flu  | RSV (32-36w) |
|------------------------|------------|-------|------|------|--------------|
| Lozano, Brianna        | 02/09/1997 | 33w1d | due  | done | due          |
| Ekwueme, Adanna        | 10/27/1992 | 29w4d | due  | due  | n/a yet      |
| Novak, Petra           | 05/03/1990 | 35w0d | done | decl | due          |
| Tran-Delgado, Vy       | 12/30/2000 | 32w2d | due  | done | due          |
| O'Shaughnessy, Maeve   | 07/17/1985 | 34w6d | done | done | due          |

Maeve asked about RSV vs baby getting the shot after birth, she wants to talk
to Dr. Patel first.

thanks! Holly
""", D(2023, 11, 6, 8, 2),
   patient="Lozano; Ekwueme; Novak; Tran-Delgado; O'Shaughnessy")

# =====================================================================
# PHI -- struct
# =====================================================================
mk('phi', 'struct',
   '"Rao, Priyanka" <prao@calderbaywi.org>',
   'EHR Integration <ehr-integration@calderbaywi.org>',
   'L&D ADT A01 coming through w/o bed (PV1-3)',
   r"""Team - the L&D admits are coming across to the fetal monitoring system with
PV1-3 empty so FetalView can't place the patient on the central station.
Nurses are having to manually assign beds. Example from this morning (copied
from the engine log, only the PV1 is wrong as far as I can tell):

MSH|^~\&|CBWI_ADT|CBWI|FETALVIEW|CBWI_LD|20240312061544||ADT^A01^ADT_A01|MSG0031178|P|2.5.1
EVN|A01|20240312061500
PID|1||4471-2290^^^CBWI^MR~811-44-2093^^^SSA^SS||KOWALSKA^MARTA^EWA||19930819|F|||88 Quarry Hill Rd^^Calder Bay^MD^21690^USA||^PRN^PH^^1^555^0146|||M||7730021187
NK1|1|KOWALSKI^PIOTR|SPO|||^PRN^PH^^1^555^0147
PV1|1|I|^^^CBWI_LD||||2219^SASTRY^MEENAL^^^MD||||OB||||1|||2219^SASTRY^MEENAL|IP|7730021187|||||||||||||||||||||||||20240312061200
PV2|||^ACTIVE LABOR 39W2D
OBX|1|NM|11884-4^GESTATIONAL AGE^LN||39.2|wk|||||F
AL1|1|DA|^PENICILLIN|MO|HIVES

Compare to an ED admit where PV1-3 is ED^14^A^CBWI. I think the L&D bed
board isn't sending the room/bed to the ADT build. Can someone check the
translation table for unit LD? Ticket INC0051920.

Priyanka Rao
Interface Analyst, Clinical Applications
""", D(2024, 3, 12, 9, 44), patient='Kowalska')

_oru = ("MSH|^~\\&|SUNQUEST|CBWI_LAB|EPIC|LINDENOB|20240304152210||ORU^R01|L240304-5521|P|2.3\r\n"
        "PID|1||4402-3390^^^CBWI^MR||ESPINOZA-HART^VALERIA^R||19960411|F|||1140 Birchcroft Ave Apt 2^^Calder Bay^MD^21691||555-0152\r\n"
        "ORC|RE|OB77120|L24-110452\r\n"
        "OBR|1|OB77120|L24-110452|PNP^PRENATAL PANEL|||20240302101500|||||||||1467203398^SASTRY^MEENAL\r\n"
        "OBX|1|CE|882-1^ABO+RH GROUP^LN||O NEG||||||F\r\n"
        "OBX|2|CE|890-4^ANTIBODY SCREEN^LN||POS||||||F\r\n"
        "OBX|3|ST|1250-0^ANTIBODY ID^LN||ANTI-D, TITER PENDING||||||P\r\n"
        "OBX|4|CE|5334-8^RUBELLA IGG^LN||NON-IMMUNE|||A|||F\r\n"
        "OBX|5|CE|5196-1^HBSAG^LN||NEGATIVE||||||F\r\n"
        "OBX|6|CE|20507-0^RPR^LN||NONREACTIVE||||||F\r\n"
        "OBX|7|CE|56888-1^HIV 1/2 AG/AB^LN||NONREACTIVE||||||F\r\n"
        "OBX|8|NM|718-7^HEMOGLOBIN^LN||11.2|g/dL|11.0-15.0|N|||F\r\n"
        "NTE|1||Pt received RhIG? Positive screen may be passive anti-D. Please clarify.\r\n")
mk('phi', 'struct',
   '"Core Lab Client Services" <labclientservices@calderbaywi.org>',
   '"Holly Brandt RN" <hbrandt@lindenstreetobgyn.com>',
   'ORU not filing to your EHR - pls review attached result',
   """Hi Holly,

Your interface rejected this result last night (error: PID-3 assigning
authority not recognized) so it never filed to your chart. Raw message
attached. The antibody screen is positive - the blood bank wants to know if
she had RhoGAM in the last 12 weeks before they work up the titer.

Please call blood bank at x4-6190.

Client Services, Core Laboratory
Calder Bay Women's & Infants
""", D(2024, 3, 5, 7, 50), patient='Espinoza-Hart',
   atts=[('L24-110452_ORU.txt', _oru.encode('ascii'), 'text', 'plain')])

mk('phi', 'struct',
   '"Tovar, Annelise" <atovar@calderbaywi.org>',
   '"Billing Support - Clearwell" <support@clearwellclaims.com>',
   'Rejected 837I - delivery claim, TA1/999 says HI segment',
   """Hi Clearwell support,

We keep getting a 999 reject on this one (IK3*HI*...). Here's the claim as it
left our system, I trimmed the envelope. Can you tell us which qualifier is
wrong? Our coder thinks it's the Z3A code position.

ST*837*0021*005010X223A2~
BHT*0019*00*CBWI240318021*20240318*1015*CH~
NM1*85*2*CALDER BAY WOMENS AND INFANTS HOSP*****XX*1598021733~
N3*600 HARBOR CREST DR~
N4*CALDER BAY*MD*21690~
HL*2*1*22*0~
SBR*P*18*044712******CI~
NM1*IL*1*OYELARAN*TEMITOPE*A***MI*XQH771920554~
N3*31 LANTERN WAY~
N4*CALDER BAY*MD*21692~
DMG*D8*19940215*F~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
CLM*7730020944*14382.50***11:A:1**A*Y*Y~
DTP*434*RD8*20240312-20240315~
CL1*1*1*01~
HI*ABK:O3421*ABF:Z3A39~
HI*BBR:10D00Z1*D8*20240312~
NM1*71*1*PATEL*RAJ****XX*1730558214~
LX*1~
SV2*0722*HC:59514*6420.00*UN*1~
LX*2~
SV2*0112*14382.50~
SE*23*0021~

Thanks,
Annelise Tovar
Hospital Billing Specialist
""", D(2024, 3, 18, 11, 32), patient='Oyelaran')

mk('phi', 'struct',
   '"Quon, Marisa" <mquon@calderbaywi.org>',
   '"Eligibility & Auth" <eligibility@calderbaywi.org>',
   'FW: 271 for scheduled induction - shows OB benefit exhausted??',
   """Does anyone know how to read this EB*6? We have her booked for IOL Friday and
the 271 came back looking like inactive. Pasted the guts:

ISA*00*          *00*          *ZZ*BWHP1          *ZZ*CBWI01         *240320*0902*^*00501*000004417*0*P*:~
GS*HB*BWHP1*CBWI01*20240320*0902*4417*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG2403200044*20240320*0902~
HL*1**20*1~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
HL*2*1*21*1~
NM1*1P*2*CALDER BAY WOMENS AND INFANTS HOSP*****XX*1598021733~
HL*3*2*22*0~
TRN*2*ELG2403200044*9CBWI00001~
NM1*IL*1*NAKAMURA-BELL*YUKI****MI*XQH903311876~
N3*1907 ORCHARD BEND RD~
N4*CALDER BAY*MD*21693~
DMG*D8*19910628*F~
DTP*346*D8*20240101~
EB*6**30**BRONZE 6000~
MSG*COVERAGE TERMINATED 03/01/2024 - NONPAYMENT OF PREMIUM~
EB*R**30*MC*MEDICAID PENDING~
SE*17*0001~

She's 40+4, IOL is for oligo. Financial counseling should probably call her
before Friday.

Marisa
""", D(2024, 3, 20, 9, 20), patient='Nakamura-Bell')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "nb-4471-0977",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9901.1", "value": "4471-0977"}],
        "name": [{"family": "Abernethy-Quaye", "given": ["Kofi"], "use": "official"}],
        "gender": "male",
        "birthDate": "2024-03-21",
        "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthTime", "valueDateTime": "2024-03-21T03:18:00-04:00"}],
        "contact": [{"relationship": [{"text": "mother"}], "name": {"family": "Abernethy-Quaye", "given": ["Efua"]}, "telecom": [{"system": "phone", "value": "555-0124"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "58941-6", "display": "Bilirubin.total [Mass/volume] in Blood by transcutaneous"}]},
        "subject": {"reference": "Patient/nb-4471-0977"},
        "effectiveDateTime": "2024-03-22T15:20:00-04:00",
        "valueQuantity": {"value": 13.8, "unit": "mg/dL"},
        "note": [{"text": "36 hrs of life; high-intermediate risk zone. Serum TSB ordered."}]
      }
    }
  ]
}
"""
mk('phi', 'struct',
   '"Whitfield, Ezra" <ewhitfield@calderbaywi.org>',
   '"Brightside Pediatrics IT" <it@brightsidepeds.com>',
   'FHIR push to your portal - bilirubin obs not showing',
   """Hi,

Testing the new newborn results feed to your practice. The Patient resource
posts fine but your endpoint returns 422 on the Observation. This is a real
baby from last night (your practice is listed as PCP) so please handle the
attachment accordingly - I'm sending it because your dev asked for a live
example. Bundle attached.

Ezra Whitfield
Integration Engineer, CBWI Clinical Applications
""", D(2024, 3, 22, 16, 5), patient='Abernethy-Quaye',
   atts=[('nb_bili_bundle.json', _fhir.encode('utf-8'), 'application', 'fhir+json')])

mk('phi', 'struct',
   '"Nina Okafor" <nokafor@lindenstreetobgyn.com>',
   '"MFM Clinic" <mfm.clinic@calderbaywi.org>',
   'prenatal record for Thurs referral (CCD excerpt)',
   """Hi MFM, our EHR will only export the CCD, not the prenatal flowsheet, so
I'm pasting the sections you asked for below. Full CCD is in the referral
packet in the portal.

<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
  <title>PROBLEMS</title>
  <text>
    <table><tbody>
      <tr><td>Supervision of high risk pregnancy, 2nd trimester</td><td>O09.892</td><td>Active</td></tr>
      <tr><td>Type 1 diabetes mellitus, on insulin pump</td><td>E10.9</td><td>Active</td></tr>
      <tr><td>History of preeclampsia, prior pregnancy</td><td>Z87.59</td><td>Active</td></tr>
    </tbody></table>
  </text>
</section>
<recordTarget>
  <patientRole>
    <id extension="55-31-402" root="2.16.840.1.113883.3.9902"/>
    <addr><streetAddressLine>4 Saltmarsh Ct</streetAddressLine><city>Calder Bay</city><state>MD</state><postalCode>21694</postalCode></addr>
    <telecom value="tel:+1-555-010-2259" use="MC"/>
    <patient>
      <name><given>Rosalind</given><family>Achterberg-Pike</family></name>
      <administrativeGenderCode code="F"/>
      <birthTime value="19890922"/>
    </patient>
  </patientRole>
</recordTarget>

A1c last week was 7.4, she's 19 weeks. Dr. Patel would like her seen for
the anatomy scan + fetal echo planning.

Nina Okafor, MA
Referral Coordinator, Linden Street OB/GYN
""", D(2024, 3, 26, 10, 12), patient='Achterberg-Pike')

mk('phi', 'struct',
   '"Kessler, Dominic" <dkessler@calderbaywi.org>',
   '"State IIS Help Desk" <iis-help@mdvaxregistry-example.gov>',
   'VXU rejected - newborn Hep B birth dose',
   r"""Hello,

Our birth-dose Hep B messages from the nursery are being rejected with
"PID-7 date of birth after RXA-3 administration date" but the dates look right
to us. One of the rejected messages (segment delimiters replaced with line
breaks):

MSH|^~\&|CBWI_NURSERY|CBWI|MDIIS|MDIIS|20240317114502-0400||VXU^V04^VXU_V04|NB240317-0081|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||4471-0932^^^CBWI^MR||OSEI^BABY BOY^^^^^L||20240317|M|||22 Wren Hollow Dr^^Calder Bay^MD^21690||^PRN^PH^^^555^0129
NK1|1|OSEI^ABENA^^^^^L|MTH^Mother^HL70063|22 Wren Hollow Dr^^Calder Bay^MD^21690
ORC|RE||NB0317-HBV^CBWI
RXA|0|1|20240317103000|20240317103000|08^Hep B, adolescent or pediatric^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001||||||HB21K9C||SKB^GlaxoSmithKline^MVX
RXR|IM^Intramuscular^HL70162|LT^Left Thigh^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F

Baby was born 0942 and got the shot at 1030 the same day. Is the registry
comparing against a time zone? Thanks for any help.

Dominic Kessler
Clinical Applications - Women's & Newborn
Calder Bay Women's & Infants
""", D(2024, 3, 18, 8, 47), patient='Osei')

# =====================================================================
# PHI -- lang
# =====================================================================
mk('phi', 'lang',
   '"Lupe Ríos" <lupe.rios.m@gmail.com>',
   '"Ines Carvalho" <icarvalho@willowmeremidwifery.org>',
   'pregunta - comezón',
   """Hola Ines,

Soy Guadalupe Ríos, tengo 32 semanas. Desde hace 3 días tengo mucha comezón
en las palmas de las manos y en las plantas de los pies, sobre todo en la
noche, casi no puedo dormir. No tengo ronchas ni nada. Mi hermana dice que
ella tuvo algo del hígado en su embarazo y le tuvieron que adelantar el parto.
¿Me tengo que hacer análisis de sangre? ¿Puedo ir al laboratorio mañana?

Y otra cosa, ¿a qué hora es mi cita del jueves? Perdí el papelito.

Gracias,
Lupe
""", D(2024, 3, 18, 22, 14), patient='Ríos')

mk('phi', 'lang',
   '"Fernanda Albuquerque" <fe.albuquerque@outlook.com>',
   'lactation@calderbaywi.org',
   'Seio vermelho e febre - ajuda',
   """Olá, aqui é a Fernanda Albuquerque, mãe do Davi, que nasceu dia 3 de março
no hospital de vocês (parto normal).

Desde ontem o meu seio esquerdo está vermelho, quente e muito dolorido, tem
uma parte dura do lado de fora. Ontem à noite tive febre de 38,6 e calafrios.
Estou tomando ibuprofeno. O Davi continua mamando nos dois lados mas no
esquerdo dói muito. Devo parar de amamentar desse lado? Preciso de
antibiótico? Minha médica é a Dra. Sastry mas não consegui falar com o
consultório.

Obrigada,
Fernanda
(555) 019-4410
""", D(2024, 3, 16, 8, 3), patient='Albuquerque', cte='quoted-printable')

mk('phi', 'lang',
   '"Trần Văn Hùng" <tranvanhung1962@yahoo.com>',
   '"Linden Street OB/GYN" <frontdesk@lindenstreetobgyn.com>',
   'Con gái tôi - vết mổ bị đỏ',
   """Chào bác sĩ,

Tôi là bố của Trần Thị Mỹ Linh (sinh năm 1997). Con gái tôi sinh mổ ngày 5
tháng 3 ở bệnh viện Calder Bay, bác sĩ Patel mổ. Mấy hôm nay vết mổ bị đỏ,
sưng và có chảy nước màu vàng, hôm qua con bị sốt 38,2 độ. Con không nói
tiếng Anh giỏi nên tôi viết thư này giúp con.

Xin bác sĩ cho con đến khám sớm. Số điện thoại: 555-0199.

Cảm ơn bác sĩ nhiều.
Trần Văn Hùng
""", D(2024, 3, 14, 19, 30), patient='Trần Thị Mỹ Linh', cte='base64')

mk('phi', 'lang',
   '"Wideline Joseph" <widelinejoseph23@gmail.com>',
   '"Dr. Raj Patel" <rpatel@lindenstreetobgyn.com>',
   'tèt fè mal anpil',
   """Bonjou Doktè Patel,

Se Wideline Joseph. Mwen gen 30 semèn. Depi maten an mwen gen yon gwo tèt fè
mal ki pa vle pase menm avèk Tylenol, epi mwen wè ti limyè k ap klere devan je
m. Pye m ak men m anfle anpil. Nan klinik la semèn pase a tansyon m te
150/100 epi nou te di m pou m tcheke l lakay, jodi a aparèy la di 158/104.

Èske m dwe ale lopital kounye a? Mari m ka mennen m.

Mèsi,
Wideline
""", D(2024, 3, 9, 12, 48), patient='Joseph')

mk('phi', 'lang',
   '"Екатерина Соболева" <e.soboleva88@mail.ru>',
   '"Lactation Services" <lactation@calderbaywi.org>',
   'Желтуха у дочки и кормление',
   """Здравствуйте!

Меня зовут Екатерина Соболева. Моя дочь Алиса родилась у вас 28 февраля
(кесарево сечение, 38 недель). Вчера у педиатра билирубин был 17,9, нам
сказали, что если завтра будет выше 18, её положат под лампу в больницу.
Педиатр советует временно докармливать смесью, а я хочу кормить только
грудью. Молока мало, сцеживаю 20-30 мл за раз. Можно ли записаться к
консультанту по грудному вскармливанию завтра утром?

С уважением,
Екатерина
тел. 555-0161
""", D(2024, 3, 3, 20, 2), patient='Соболева')

mk('phi', 'lang',
   '"Maricel Dela Peña" <maricel.delapena@yahoo.com>',
   '"Joy Santiago" <joy@thresholddoulas.com>',
   'Ate Joy - may dugo po',
   """Hi po Ate Joy,

Si Maricel Dela Peña po ito. 37 weeks na po ako ngayon. Kaninang 4pm po
nagkaroon ako ng konting dugo na may sipon (mucus) sa underwear, tapos parang
humihilab na po tuwing 8-10 minutes pero hindi pa po masakit masyado. Gumagalaw
pa naman po si baby. Tinawagan ko na po ang L&D, sabi nila pumunta na lang daw
kapag 5 minutes apart na.

Pwede po ba kayong pumunta dito mamaya kung lumala? Nasa bahay lang po kami ni
Jerome.

Salamat po!
Maricel
""", D(2024, 3, 27, 17, 11), patient='Dela Peña')

mk('phi', 'lang',
   '"نور الهدى السعدي" <noor.alsaadi@hotmail.com>',
   '"MFM Clinic" <mfm.clinic@calderbaywi.org>',
   'سؤال عن جرعة الإنسولين',
   """مرحباً دكتور أبرناثي،

أنا نور الهدى السعدي، حامل في الأسبوع ٣٠. قراءات السكر عندي بعد الأكل
مرتفعة هذا الأسبوع (١٦٠ إلى ١٨٠) رغم أنني آخذ الإنسولين ١٤ وحدة في الليل.
وفي الصباح على الريق كانت ١٠٢. هل أزيد الجرعة؟ وهل يمكن أن أحضر الموعد
يوم الأحد بدل الخميس لأن زوجي يعمل؟

شكراً جزيلاً
نور
""", D(2024, 3, 13, 21, 27), patient='السعدي', cte='base64')

mk('phi', 'lang',
   '"林浩" <linhao.cb@163.com>',
   'NICU Family Liaison <nicufamilies@calderbaywi.org>',
   '关于我儿子林子轩的情况',
   """您好，

我是林子轩的爸爸。子轩3月8日在贵院出生，32周早产，现在在NICU 16号床。
护士说他昨天做了头部超声，结果还没有人告诉我们。另外他今天开始用鼻饲管
喂奶，我太太想知道她挤的母乳每次应该送多少过去。

我们的英语不太好，能不能安排中文翻译跟医生谈一次？我的电话是 555-0172。

谢谢！
林浩
""", D(2024, 3, 12, 18, 40), patient='林子轩')

# =====================================================================
# CLEAN -- admin
# =====================================================================
mk('clean', 'admin',
   '"Achterberg, Rosalind RN" <rachterberg@calderbaywi.org>',
   'L&D Nursing <ld-nursing@calderbaywi.org>',
   'Memorial Day weekend coverage - still 3 holes',
   """Hi all,

Memorial Day weekend grid is posted in the break room and on the shared drive.
Still need:

  Sat 5/25  1900-0730  1 RN (triage)
  Sun 5/26  0700-1930  1 RN (LDR), 1 scrub tech
  Mon 5/27  1900-0730  1 RN (LDR)

Incentive pay applies to all three. Text me if you can take one - my cell is
555-0196 - or put your name on the sheet. Maren, Paolo and Kim already traded
among themselves, that's fine, just make sure Staffing Office has it in the
system (x4-2000).

Also reminder: NRP renewals are due by 6/30 for anyone whose card expires
this summer.

Thanks,
Roz
Rosalind Achterberg, RN, RNC-OB
Clinical Nurse Manager, Labor & Delivery
""", D(2024, 5, 6, 14, 1))

mk('clean', 'admin',
   'IT Service Desk <servicedesk@calderbaywi.org>',
   '"Hale, Tamsin RN" <thale@calderbaywi.org>',
   '[INC0051877] FetalView central station - L&D monitor 3 frozen',
   """Incident INC0051877 has been updated.

Caller:           Tamsin Hale (x4-7720)
Location:         L&D - Central nurses' station, workstation CBW-LD-CS03
Category:         Clinical Devices > Fetal Monitoring > Central Station
Priority:         2 - High
Assigned to:      Biomed / Clinical Apps (Oyelowo, Femi)

Work notes (Femi Oyelowo, 03/14 03:22):
  Display on CS03 frozen since ~0240. Rebooted workstation, FetalView client
  reconnected to server FVSRV02. Bedside monitors were recording the entire
  time, no gap in archived tracings (verified on server). Replaced the KVM
  cable, which was intermittent. Monitoring for recurrence.

Resolution code:  Hardware - cable
State:            Resolved - awaiting caller confirmation

If the issue is not fixed, reply to this email within 5 days to reopen.

Calder Bay Women's & Infants | IT Service Desk | x4-4357 (HELP)
""", D(2024, 3, 14, 3, 30))

mk('clean', 'admin',
   '"Accounts Receivable - Meadowlark Medical Supply" <ar@meadowlarkmed.com>',
   'Accounts Payable <ap@calderbaywi.org>',
   'Invoice INV-223914 - hospital-grade breast pump rental fleet (Q1)',
   """Dear Accounts Payable,

Please find below the summary for invoice INV-223914. PDF copy available on
our supplier portal.

  PO #:          CBW-PO-0047731
  Ship to:       Lactation Services, 3rd fl, 600 Harbor Crest Dr
  Period:        01/01/2024 - 03/31/2024

  Qty  Item                                          Unit      Ext
  40   Symphonia hospital-grade pump, rental/month   $38.00    $4,560.00
  120  Double pump kit, single-user (case of 10)     $62.50    $7,500.00
  6    Pump cart, replacement casters                $14.00       $84.00
                                                     Subtotal $12,144.00
                                                     Tax (exempt)  $0.00
                                                     TOTAL    $12,144.00

Terms: Net 45. Remit to Meadowlark Medical Supply, PO Box 8812, Calder Bay MD
21699. ACH details on file. Questions: Denise Farraday, 555-0105.

Thank you for your business.
""", D(2024, 4, 2, 9, 0))

mk('clean', 'admin',
   '"HR Benefits" <benefits@calderbaywi.org>',
   'All Staff <allstaff@calderbaywi.org>',
   'Reminder: Paid Parental Leave policy update effective July 1',
   """Dear colleagues,

Effective July 1, 2024, the Paid Parental Leave benefit (HR-412) increases
from 6 to 8 weeks at 100% base pay for eligible employees following the
birth, adoption or foster placement of a child. Key points:

 - Eligibility: 6 months continuous service, benefits-eligible FTE 0.5+
 - May be used intermittently within 12 months of the qualifying event
 - Runs concurrently with FMLA
 - Short-term disability (if elected) still applies for the birthing parent's
   own recovery period - contact Lincoln Benefit Services at 555-0102

Employees already on leave on July 1 will receive the additional 2 weeks
automatically. Questions? Book a benefits consult with Tanisha Ruiz (x4-3312)
or Bill Morrow (x4-3318), or come to the open office hours Wednesdays 12-1 in
the Harbor Room.

HR Benefits Team
""", D(2024, 5, 29, 8, 30),
   html="""<html><body><h3>Paid Parental Leave policy update - effective July 1</h3>
<p>Effective July 1, 2024, the Paid Parental Leave benefit (HR-412) increases from <b>6 to 8 weeks</b> at 100% base pay for eligible employees following the birth, adoption or foster placement of a child.</p>
<ul><li>Eligibility: 6 months continuous service, benefits-eligible FTE 0.5+</li>
<li>May be used intermittently within 12 months of the qualifying event</li>
<li>Runs concurrently with FMLA</li>
<li>Short-term disability (if elected) still applies - Lincoln Benefit Services 555-0102</li></ul>
<p>Questions? Tanisha Ruiz (x4-3312) or Bill Morrow (x4-3318). Open office hours Wednesdays 12-1, Harbor Room.</p>
<p>HR Benefits Team</p></body></html>""")

mk('clean', 'admin',
   '"Facilities Work Control" <facilities@calderbaywi.org>',
   '"3rd Floor Staff" <3rdfloor-all@calderbaywi.org>',
   'Employee lactation room 3-114 closed Mon-Wed; new door code',
   """Hello 3rd floor,

The employee lactation room (3-114) will be closed Monday 4/15 through
Wednesday 4/17 for new sink install and electrical work (WO# 24-06681).
During that time please use room 2-208 (next to the chapel) or the
lactation pod in the main lobby.

When 3-114 reopens the door code changes to 4-8-1-9-*. The fridge will be
emptied and cleaned Friday 4/12 at 3 pm - please label and take home anything
you've stored.

Contact: Rick Almeida, Facilities Project Coordinator, 555-0116 or pager 2271.

Thanks for your patience,
Work Control
""", D(2024, 4, 9, 10, 22))

mk('clean', 'admin',
   '"Volunteer & Contractor Services" <volunteers@calderbaywi.org>',
   '"Joy Santiago" <joy@thresholddoulas.com>',
   'Doula badge renewals - Threshold Doula Collective',
   """Hi Joy,

Thanks for sending your roster. Here's where the badge renewals stand for
your collective (badges expire 4/30):

  Name               Badge #    Orientation   Portal docs    Status
  Joy Santiago       V-20931    done 2023     complete       ready to print
  Juniper Oakes      V-20932    done 2023     complete       ready to print
  Adwoa Mensimah     V-21408    3/28 (sched)  missing 1      pending
  Keely Brandt-Ross  V-21409    3/28 (sched)  complete       pending
  Soledad Uribe      V-19877    done 2022     missing 2      pending

Pending items need to be uploaded to the volunteer portal before the 3/28
orientation. Photos are taken at Security (basement B-040) Mon-Fri 8-4, bring
photo ID. Remember doulas may accompany one support person per labor room per
the L&D visitor policy.

Best,
Colette Varga
Volunteer & Contractor Services | 555-0119
""", D(2024, 3, 15, 11, 47))

mk('clean', 'admin',
   '"Perinatal Quality Collaborative" <pqc@mdperinatalqc-example.org>',
   'PQC Hospital Leads <pqc-leads@mdperinatalqc-example.org>',
   'April hospital leads call - agenda + dial-in',
   """Hi hospital leads,

Our April call is Thursday 4/11, 12:00-1:00 pm.

Join online: https://meet.mdperinatalqc-example.org/j/8841203377
Dial-in: +1 555-010-7700, conference ID 884 120 3377 #

Agenda
 1. Welcome, new teams (Dr. Yvette Carrow, 5 min)
 2. Hypertension bundle: Q1 data submission deadline 4/30 (Melinda Sato, RN)
 3. Spotlight: Calder Bay W&I "BP cuff at discharge" program (Cole Abernathy
    MD and Rosalind Achterberg RN)
 4. Data portal changes - new login, MFA required (IT, 10 min)
 5. Open discussion

Slides will be posted to the member portal by Wednesday. Please send
substitutes' names to Fran Obuya (555-0122) if you can't attend.

Tidewater Perinatal Quality Collaborative
555-010-7700 | pqc@mdperinatalqc-example.org
""", D(2024, 4, 4, 15, 5))

# =====================================================================
# CLEAN -- lookalike
# =====================================================================
mk('clean', 'lookalike',
   '"Saltmarsh Veterinary Hospital" <frontdesk@saltmarshvet.com>',
   '"Corey Lindahl" <coreylindahl@gmail.com>',
   "Luna's ultrasound results + whelping plan",
   """Hi Corey,

Good news from today's visit - Luna's ultrasound confirmed 5 puppies, all
with good heartbeats. Based on her breeding dates she is about day 38 of
gestation, so we expect whelping around March 3 (day 63 +/- 2).

Dr. Ferris's recommendations:
 - Switch her to the puppy food (Hill's Science Diet Puppy) starting now, and
   increase meals by about 10% per week from week 6.
 - No deworming or vaccines until after delivery.
 - Radiograph at day 55 to count skeletons (book for ~Feb 24).
 - Start taking her rectal temperature twice a day from day 58. A drop below
   99°F usually means labor within 24 hrs.
 - Call us if she strains for more than 30 min without a puppy, or if there
   is green discharge before the first pup.

Patient: Luna (Labrador Retriever, F, 3 yrs)  |  Patient ID: 22871
Client account #: C-104552  |  Today's invoice: $186.40 (paid, Visa x4471)

Our emergency line after hours is 555-0190.

Saltmarsh Veterinary Hospital
1200 Tidewater Rd, Calder Bay
""", D(2024, 1, 25, 16, 40))

mk('clean', 'lookalike',
   '"Harbor Crest Federal Credit Union" <alerts@harborcrestfcu.org>',
   '"Monique Ashworth" <mashworth@verizon.net>',
   'Your auto loan has been delivered - member #0048821137',
   """Dear Monique Ashworth,

Congratulations! Your auto loan has been funded and the payment has been
delivered to Bayside Toyota.

  Member #:        0048821137
  Loan #:          0048821137-L06
  Amount financed: $24,860.00
  Rate (APR):      6.19%
  Term:            60 months
  First payment:   05/15/2024 ($482.51)

Set up automatic transfer from share account S01 in online banking, or call
our member service center at 555-0111 (Mon-Sat, 8 am-6 pm).

For your security, we will never ask for your PIN or full card number by
email.

Harbor Crest Federal Credit Union - Federally insured by NCUA
""", D(2024, 4, 12, 9, 15))

mk('clean', 'lookalike',
   '"Bayfront Fitness" <hello@bayfrontfitness.com>',
   '"Andrea Kim" <andreakim.cb@gmail.com>',
   'Schedule change: Prenatal Yoga & Mommy-and-Me Bootcamp (member 44810)',
   """Hi Andrea,

Heads up - starting the week of March 11 our Studio B schedule is changing:

  Prenatal Yoga (instructor: Carla, RYT-500, certified prenatal)
    OLD: Tue/Thu 6:00 pm    NEW: Mon/Wed 6:30 pm
  Mommy-and-Me Bootcamp (strollers welcome, babies 6 wks+)
    OLD: Sat 9:00 am        NEW: Sat 10:00 am
  Core Restore (diastasis-friendly)
    NEW class! Fri 12:15 pm

Your membership (#44810, Family Plus) includes all of these. Free InBody body
composition scans are back at the front desk on the first Saturday of each
month - book in the app.

Questions? Call the front desk at 555-0140.

See you on the mat!
Bayfront Fitness - Harbor Crest location
""", D(2024, 3, 4, 7, 0),
   html="""<html><body><table width="600"><tr><td style="font-family:Arial">
<h2 style="color:#0a6">Schedule change in Studio B</h2>
<p>Hi Andrea,</p>
<p><b>Prenatal Yoga</b> (Carla, RYT-500): now Mon/Wed 6:30 pm<br>
<b>Mommy-and-Me Bootcamp</b>: now Sat 10:00 am<br>
<b>Core Restore</b> (diastasis-friendly): NEW Fri 12:15 pm</p>
<p>Membership #44810 (Family Plus) includes all classes. Free InBody scans first Saturday monthly.</p>
<p>Front desk 555-0140</p></td></tr></table></body></html>""")

mk('clean', 'lookalike',
   'Seaboard Air <noreply@seaboardair-example.com>',
   '"Tomasz Grabowski" <t.grabowski@gmail.com>',
   'Your trip confirmation - record locator QX7M4P',
   """Thank you for booking with Seaboard Air.

Record locator: QX7M4P
Ticket numbers: 021 7712045981, 021 7712045982

  Flight SB 1142  Sat 22 Jun  Baltimore (BWI) 07:05 -> Orlando (MCO) 09:32
  Flight SB 1187  Sat 29 Jun  Orlando (MCO) 18:40 -> Baltimore (BWI) 21:01

Passengers
  GRABOWSKI/TOMASZ MR        seat 14C   SeaMiles #: SB40218877
  GRABOWSKI/KAROLINA MRS     seat 14B
  + 1 infant in lap (under 2) - infant fee $0.00 domestic

Traveling with an infant: bring the child's birth certificate or passport as
proof of age. Bassinets are not available on this aircraft. Car seats must be
FAA-approved.

Expectant travelers: on flights over 4 hours we ask customers in their 36th
week or later to carry a letter from their physician. This trip does not
require one.

Baggage: 1 checked bag each at $35. Strollers and car seats check free.

Manage your booking at seaboardair-example.com/manage.
""", D(2024, 4, 19, 23, 12))

mk('clean', 'lookalike',
   '"Claims - Keystone Mutual Auto" <claims@keystonemutual-example.com>',
   '"Darnell Whitcombe" <dwhitcombe@outlook.com>',
   'Claim 24-AU-0917733: rental delivery and appraisal',
   """Hello Mr. Whitcombe,

This confirms we've opened claim 24-AU-0917733 for the 03/08/2024 loss
(rear-end collision, Harbor Crest Dr at Lantern Way). You told us no one was
injured in either vehicle.

Policy #:        KMA-3390-44182-07
Vehicle:         2019 Honda CR-V, VIN ending 6614
Deductible:      $500 collision
Adjuster:        Patrice Navarro, 555-0131 ext 2, pnavarro@keystonemutual-example.com

Next steps:
 1. Your rental (Enterprise, up to $40/day, 30 days) will be delivered to
    your home Monday morning - reservation #ECB4418102.
 2. A field appraiser will inspect the vehicle at Calder Bay Collision
    Center on 3/13. Bring your keys and registration.
 3. If you later discover any injury, let us know and we will open a medical
    payments line on the claim.

Keystone Mutual Auto Insurance
""", D(2024, 3, 9, 10, 35))

mk('clean', 'lookalike',
   '"Rooted Arbor Care" <office@rootedarborcare.com>',
   '"Helen Pruett" <hpruett.home@gmail.com>',
   'Diagnosis + treatment plan for the white oak (front yard)',
   """Hi Helen,

Thanks for having us out Tuesday. Summary of what Marcus (ISA Certified
Arborist MA-7781A) found on the large white oak:

Diagnosis: Armillaria root rot at the root collar (fungal mats under the bark
on the north side, ~30% of circumference), plus an old lightning wound on the
main leader that has a cavity ~18" deep. Canopy shows thinning and early
leaf drop - tree is stressed but not in immediate failure risk.

Treatment plan (estimate #E-24-0412):
 1. Root collar excavation with air spade, remove soil from flare   $650
 2. Crown reduction, 15% - remove deadwood >2", reduce over driveway $1,400
 3. Deep-root fertilization + mycorrhizal inoculant (spring + fall)   $380
 4. Resistance drilling test of the leader cavity                    $275
                                                             Total $2,705

Prognosis: fair with treatment; we'd re-evaluate in 12 months. If decline
continues we may recommend removal.

Let me know if you'd like to schedule - we have openings the week of 4/22.

Beth Tran
Office Manager, Rooted Arbor Care | 555-0153
""", D(2024, 4, 11, 12, 20))

mk('clean', 'lookalike',
   '"PagerRelay" <alerts@pagerrelay-example.io>',
   'platform-oncall@harborlabs-example.io',
   '[P2] nicu-sync worker: child processes orphaned, delivery queue backed up',
   """[TRIGGERED] Incident #58813 - P2
Service: nicu-sync (Harbor Labs internal codename, data sync worker)
Env: prod-east-2   Pod: nicu-sync-7c9f6d7b8-kq2lx

Summary:
  Parent process PID 1 exited after OOMKill; 14 child processes orphaned and
  re-parented to tini. Zombie reaping delayed. "delivery" queue depth 48,211
  (threshold 10,000). Labor pool at 0/16 available workers.

Triage notes (auto):
  - patient-zero: first failing job id JOB-20240314-000177 (payload 2.3 GB)
  - memory limit 2Gi, request 1Gi - consider raising limit
  - last healthy checkup: 03:41:12 UTC (liveness probe)
  - vitals: CPU 340%, RSS 2.01Gi, GC pause p99 1.8s

Runbook: https://wiki.harborlabs-example.io/runbooks/nicu-sync#oom
Acknowledge: reply ACK 58813 or use the app.
On call: Priya Venkatesh (primary), Marco Ilić (secondary)
""", D(2024, 3, 14, 3, 52, tz=0))

# =====================================================================
# CLEAN -- news
# =====================================================================
mk('clean', 'news',
   '"CBWI Communications" <communications@calderbaywi.org>',
   'All Staff <allstaff@calderbaywi.org>',
   'The Harbor Light - March staff newsletter',
   """THE HARBOR LIGHT  |  Calder Bay Women's & Infants  |  March 2024

NICU FAMILY LOUNGE OPENS
After two years of fundraising, the new NICU Family Lounge on 5 East opened
March 1 with sleep rooms, a kitchenette and a sibling play area. Thank you to
the Calder Bay Rotary and the 312 families who donated. Tours every Tuesday at
noon with Kristen Amaro, NICU Family Liaison.

BABY-FRIENDLY REDESIGNATION
We've been re-designated Baby-Friendly for another five years. Exclusive
breastfeeding at discharge rose to 61% in 2023 (from 54% in 2021). Kudos to
Marguerite Sol and the whole lactation team.

BY THE NUMBERS (2023)
  Births ............................ 4,812
  Cesarean rate (NTSV) .............. 23.1%
  NICU admissions ................... 611
  Donor milk dispensed .............. 3,940 L

DAISY AWARD
Congratulations to Blessing Ayodele, RN (4 West) - nominated by a family who
wrote that she "made us feel like the only people in the building."

Upcoming: Perinatal Grand Rounds, 3/21, "Cardio-obstetrics: what we're
missing" with Dr. Lorraine Esposito. Auditorium B + livestream.
""", D(2024, 3, 1, 6, 30),
   html="""<html><body style="font-family:Georgia,serif"><h1>The Harbor Light</h1><p><i>Calder Bay Women's &amp; Infants | March 2024</i></p>
<h2>NICU Family Lounge opens</h2><p>After two years of fundraising, the new NICU Family Lounge on 5 East opened March 1 with sleep rooms, a kitchenette and a sibling play area. Tours Tuesdays at noon with Kristen Amaro, NICU Family Liaison.</p>
<h2>Baby-Friendly redesignation</h2><p>Exclusive breastfeeding at discharge rose to 61% in 2023 (from 54% in 2021). Kudos to Marguerite Sol and the lactation team.</p>
<h2>By the numbers (2023)</h2><table border="1"><tr><td>Births</td><td>4,812</td></tr><tr><td>Cesarean rate (NTSV)</td><td>23.1%</td></tr><tr><td>NICU admissions</td><td>611</td></tr><tr><td>Donor milk dispensed</td><td>3,940 L</td></tr></table>
<h2>DAISY Award</h2><p>Congratulations to Blessing Ayodele, RN (4 West).</p>
<p>Perinatal Grand Rounds 3/21: "Cardio-obstetrics: what we're missing", Dr. Lorraine Esposito.</p></body></html>""")

mk('clean', 'news',
   '"Marrow County Health Department" <healthalert@marrowcountyhealth.gov>',
   'Health Alert Network Subscribers <han-list@marrowcountyhealth.gov>',
   'HEALTH ADVISORY: Rise in congenital syphilis - screen at 28 weeks and delivery',
   """MARROW COUNTY HEALTH ALERT NETWORK
Health Advisory #2024-07  |  Distributed: April 3, 2024

SUMMARY
Marrow County reported 14 cases of congenital syphilis in 2023, compared with
3 in 2020. Statewide, rates have risen more than fourfold over the same
period. Most cases involved missed or late prenatal screening, or maternal
infection acquired after a negative first-trimester test.

RECOMMENDATIONS FOR CLINICIANS
 1. Screen ALL pregnant patients for syphilis at the first prenatal visit,
    at 28 weeks, and at delivery, regardless of risk.
 2. Screen any patient with a stillbirth after 20 weeks.
 3. Treat with benzathine penicillin G per CDC guidelines; do not substitute.
    Report supply shortages to the health department.
 4. Do not discharge a newborn until the mother's syphilis status at
    delivery is known.
 5. Report all cases within 1 working day: 555-0170 (fax 555-0175).

Free testing is available at the county STI clinic, 400 Fairmount Ave,
Mon-Fri 8:30-4:00, no appointment needed.

Dr. Lionel Abernathy-Grant, MD, MPH, Health Officer
""", D(2024, 4, 3, 11, 0))

mk('clean', 'news',
   '"Pharmacy Safety Bulletin" <pharmacy-safety@calderbaywi.org>',
   'Nursing - Women & Newborn <wn-nursing@calderbaywi.org>',
   'RECALL: Oxytocin 10 units/mL, 1 mL vials - Lot OXT23117 & OXT23118',
   """PHARMACY RECALL NOTICE - Class II

Product:    Oxytocin Injection USP, 10 USP units/mL, 1 mL single-dose vial
Mfr:        Lorentine Pharmaceuticals (NDC 55150-0412-10)
Lots:       OXT23117 (exp 08/2025), OXT23118 (exp 09/2025)
Reason:     Sub-potent results at 12-month stability testing (88% of label)

ACTION REQUIRED
 - Pharmacy is removing these lots from Pyxis in L&D, OR 2/3, 4 West and
   the main pharmacy today by 1400.
 - If you find either lot on your unit (crash carts, PPH kits, OR
   anesthesia trays), quarantine it and call pharmacy at x4-6300.
 - Replacement stock is from lot OXT24009 (different manufacturer, same
   concentration).
 - No patient notification is planned. Clinicians who noted unexpectedly
   poor uterine tone response in the past 60 days may file a SafetyNet
   report, category "medication - product quality".

Questions: Yusuf Demir, PharmD, Women's & Newborn Clinical Pharmacist, x4-6312
""", D(2024, 2, 8, 9, 45), cte='quoted-printable')

mk('clean', 'news',
   '"Tidewater PQC Data Team" <data@mdperinatalqc-example.org>',
   'PQC Hospital Leads <pqc-leads@mdperinatalqc-example.org>',
   'Q4 2023 severe maternal morbidity dashboard is live',
   """Q4 2023 DASHBOARD - HIGHLIGHTS (all participating hospitals, n=31)

Severe maternal morbidity (SMM), excluding transfusion-only:
                     Q4 2022   Q1 2023   Q2 2023   Q3 2023   Q4 2023
  Rate per 10,000      81.2      78.9      74.0      70.3      68.6
  Hypertension SMM     24.1      22.7      20.5      19.8      18.2
  Hemorrhage SMM       31.6      30.2      29.9      27.4      26.1

Timely treatment of severe-range BP (within 60 min): 79% (goal 85%)
Postpartum BP check within 72 hrs of discharge: 54% (up from 38%)
Quantitative blood loss in all births: 91%

Disparities: SMM among Black birthing people remains 1.9x that of white
birthing people (Q4: 1.9x; 2022 baseline 2.3x).

Hospital-level data are in the secure portal. Rates based on fewer than 11
events are suppressed per our data use agreement.

PQC Data Team
""", D(2024, 2, 20, 13, 0))

mk('clean', 'news',
   '"Marrow County WIC" <wic-news@marrowcountyhealth.gov>',
   'WIC Community Partners <wic-partners@marrowcountyhealth.gov>',
   'WIC Partner Update - spring 2024',
   """WIC PARTNER UPDATE | Spring 2024

FRUIT & VEGETABLE BENEFIT INCREASE
Starting April 1, the monthly cash-value benefit for fruits and vegetables is
$26 for children, $47 for pregnant and postpartum participants and $52 for
breastfeeding participants.

FORMULA
Contract brand changes on May 1. Families currently issued a non-contract
formula with a medical documentation form do NOT need a new form until it
expires. Specialty formula availability is good; no shortages reported.

NEW CLINIC HOURS
Eastside WIC (2200 Fairmount Ave) now open Tuesdays until 7 pm.
Northgate clinic moving to the library annex on June 3.

REFERRALS
Referral form (rev. 03/2024) is on our website. Fax 555-0176 or email
wicreferrals@marrowcountyhealth.gov. Please use secure email for referrals
that include participant information.

Breastfeeding Peer Counselor program is hiring - bilingual Spanish/English
and Haitian Creole/English. Contact Odette Lamarre, 555-0174.
""", D(2024, 3, 25, 10, 0))

mk('clean', 'news',
   '"CBWI Infection Prevention" <infectionprevention@calderbaywi.org>',
   'Women & Newborn Clinicians <wn-clinicians@calderbaywi.org>',
   'RSV season 2024-25: nirsevimab + maternal vaccine workflow',
   """Infection Prevention & Pharmacy - RSV season bulletin

Season dates: October 1 - March 31 (per state guidance; may be adjusted).

Who gets what
 - Maternal RSV vaccine (RSVpreF): offered at 32w0d-36w6d during
   September-January. Document in the prenatal record.
 - Nirsevimab for infants: all infants <8 months born during or entering
   their first RSV season whose mother did NOT receive the vaccine at least
   14 days before delivery. Give before nursery discharge when possible.
 - High-risk infants in their 2nd season: see NICU protocol NB-114.

Supply: Pharmacy has 100 mg and 50 mg doses on order; expect delivery 9/20.
The newborn order set will auto-suggest nirsevimab based on maternal
vaccine status starting 10/1.

Regional data: RSV hospitalizations of infants <6 months at our hospital were
212 last season, peak in week 48.

Questions: Dr. Simone Achebe (Peds ID) or Yusuf Demir, PharmD.
""", D(2024, 8, 28, 12, 0))

# =====================================================================
# CLEAN -- staff
# =====================================================================
mk('clean', 'staff',
   '"Lusk, Harriet MD" <hlusk@calderbaywi.org>',
   'OB Hospitalists <ob-hospitalists@calderbaywi.org>',
   'QBL - we are still eyeballing in the OR',
   """All,

Audit for February: quantitative blood loss was documented for 97% of vaginal
births but only 71% of cesareans. In the OR we're still writing "EBL 800"
from the surgeon's estimate. Reminder of the process we agreed to:

 1. Scrub tech zeroes the suction canister after amniotic fluid is out
    (before placenta delivery) and calls "fluid zeroed".
 2. Circulator weighs all lap sponges/under-buttock drapes (1 g = 1 mL, minus
    the dry weight on the card).
 3. QBL called out at closure and at 2 hrs post-op.
 4. QBL >= 1000 mL or ongoing bleeding -> stage 1 PPH checklist, TXA per
    protocol, notify anesthesia.

Anesthesia has agreed to prompt if no QBL has been called by skin closure.
Dana Kowalczyk is doing spot checks next month.

Thanks -
Harriet

Harriet Lusk, MD, FACOG
Medical Director, OB Hospitalist Program
""", D(2024, 3, 4, 7, 55))

mk('clean', 'staff',
   '"Abernathy, Cole MD" <cabernathy@calderbaywi.org>',
   'Perinatal M&M Committee <perinatal-mm@calderbaywi.org>',
   'M&M case for 4/9 - de-identified summary',
   """For the April 9 conference. Summary below is de-identified; the chart
number is in the secure M&M folder only, please don't put it in email.

Case: mid-30s G3P2, two prior cesareans, placenta previa with suspected
accreta on third-trimester ultrasound. Planned cesarean-hysterectomy at 34-35
weeks was scheduled but she presented earlier with bleeding. Massive
transfusion protocol activated; estimated 4.5 L QBL. ICU admission, extubated
POD1, home POD6. Infant to NICU, uncomplicated prematurity course.

Discussion points:
 - Delay in getting IR for balloon occlusion after hours
 - MTP cooler arrival time (22 min) vs. goal 15 min
 - Communication with family during the case
 - Should we have a standing "accreta team" page?

Presenters: Dr. Okonkwo (neonatal), Dr. Baptiste (anesthesia), me.

Cole
""", D(2024, 3, 28, 17, 2))

mk('clean', 'staff',
   '"Yusuf Demir, PharmD" <ydemir@calderbaywi.org>',
   '"Residents - OB/GYN" <obgyn-residents@calderbaywi.org>',
   'RE: mag dosing question from Tuesday',
   """Good question at teaching rounds - writing it down so everyone has it.

Magnesium sulfate for seizure prophylaxis, general approach:
 - Load 4-6 g IV over 20-30 min, then 1-2 g/hr maintenance.
 - Mg is renally cleared. If creatinine is >1.0-1.2 or urine output is
   <30 mL/hr, many centers give the load as usual but reduce or hold the
   maintenance and follow serum levels q4-6h.
 - Target serum level 4.8-8.4 mg/dL. Loss of patellar reflexes ~10, respiratory
   depression ~12, cardiac ~>25.
 - Antidote: calcium gluconate 1 g IV over 3 min.

Our order set defaults to 2 g/hr; adjust the maintenance rate manually when
renal function is impaired. I'm happy to review any specific case on the unit
- page me, don't email chart details.

Yusuf

> -----Original Message-----
> From: Ortega, Lucas MD (PGY-2)
> Sent: Tuesday, February 13, 2024 7:10 PM
> Subject: mag dosing question
>
> what do we do with the maintenance rate if someone's oliguric? the order
> set doesn't seem to adjust.
""", D(2024, 2, 14, 10, 31))

mk('clean', 'staff',
   '"Reinholt, Gerrit MD" <greinholt@calderbaywi.org>',
   '"NICU Leadership" <nicu-leads@calderbaywi.org>',
   'acuity vs staffing - February numbers',
   """Quick summary before Thursday's meeting:

 - ADC in February: 38.4 (licensed 42)
 - Shifts at or above 1:3 for level III pts: 19 of 58 night shifts
 - Travelers: 6 on contract, 3 end 4/15
 - Transfers out for capacity: 2 (both to Children's, both stable 30+ wk)
 - Cooling: 4 infants this month, our highest

Proposal: open the 4-bed step-down pod on 5 East with a dedicated RN +
NNP coverage on weekdays. Needs 4.2 FTE. Brigid Nwosu has a draft budget.

Also - reminder that the unit is piloting the new acuity tool; charge nurses
please complete it by 0500 and 1700 each day.

Gerrit
""", D(2024, 3, 5, 16, 20))

mk('clean', 'staff',
   '"Marguerite Sol, IBCLC" <msol@calderbaywi.org>',
   '"NICU & Mother/Baby Nursing" <wn-nursing@calderbaywi.org>',
   'Donor milk - updated eligibility (interim, until supply recovers)',
   """Hi everyone,

Our milk bank shipment was short again this month, so until supply recovers
we're prioritizing pasteurized donor milk as follows:

  Tier 1: infants <34 weeks or <1800 g, NEC/bowel surgery, cardiac infants
  Tier 2: term infants with hypoglycemia needing supplementation when
          mother's milk is not yet available
  Tier 3: term infants with >10% weight loss (case by case, call lactation)

Tier 3 requests need a lactation consult in the chart first. Please don't
promise donor milk to families at the bedside before checking with us -
we've had a couple of upset parents.

Supply today: 142 bottles (about 4 days at current use).

Thanks,
Marguerite
""", D(2024, 2, 23, 13, 40))

mk('clean', 'staff',
   '"Ines Carvalho CNM" <icarvalho@willowmeremidwifery.org>',
   '"Juniper Oakes" <juniper@thresholddoulas.com>, "Joy Santiago" <joy@thresholddoulas.com>',
   'Re: community doula pilot - Medicaid billing',
   """Hi both,

Good news, the state Medicaid doula benefit is live July 1. From our side:

 - We'd refer at the first prenatal visit for anyone interested; we can put
   the referral in at intake so clients don't have to ask.
 - Your collective needs its own Medicaid provider IDs - the enrollment
   portal opened this week. Each doula enrolls individually too.
 - Billing is per-visit: up to 8 prenatal/postpartum visits + labor support.
 - We talked about a shared consent form so we can exchange visit notes
   - I'll send our draft Monday.

Let's meet in person - Thursday 4/25 at 6 at the Willowmere office? I'll
order food.

Ines

On Fri, Apr 12, 2024 at 8:20 PM Joy Santiago <joy@thresholddoulas.com> wrote:
> Hi Ines! Any word from your practice about the doula pilot? We have 4 doulas
> ready to take Medicaid clients and a waitlist of about 10 families.
> Joy
""", D(2024, 4, 13, 9, 12))

mk('clean', 'staff',
   '"Ortega, Lucas MD" <lortega@calderbaywi.org>',
   '"Residents - OB/GYN" <obgyn-residents@calderbaywi.org>',
   'journal club thurs + teaching case',
   """Hey all,

Journal club Thursday 6:30 at Dr. Lusk's house. Articles on the shared drive:
 1. ARRIVE trial secondary analysis - induction at 39 wks in nulliparas
 2. Aspirin 162 vs 81 mg for preeclampsia prevention (RCT, 2023)

Teaching case for the last 15 min (made up from a mix of cases, not a
real pt): 20s G1 with mono-di twins at 18 wks, discordant fluid (MVP 1.5 cm vs
9 cm), donor bladder visible. Stage? What's next? Laser vs expectant?

Bring a dish - Jamal's doing the grill.

Lucas (PGY-2)
""", D(2024, 2, 26, 20, 15))

# =====================================================================
# CLEAN -- training
# =====================================================================
mk('clean', 'training',
   '"Clinical Informatics Education" <ehr-training@calderbaywi.org>',
   '"New Hire RNs - April" <newhire-rn@calderbaywi.org>',
   'EHR class prep - Stork (L&D) module, log in to TRAINING environment',
   """Welcome to the L&D / Mother-Baby EHR class on Tuesday 4/2, 0800-1600,
Education Center room 3.

Before class, log in to the TRAINING environment (TRN) - not production -
with the credentials on your class sheet. Your practice patients are:

  ZZTEST, OBMOM ONE      MRN TRN000101   G2P1 39w0d, admit for IOL
  ZZTEST, OBMOM TWO      MRN TRN000102   G1P0 34w2d, triage - elevated BP
  ZZTEST, BABYBOY ONE    MRN TRN000103   newborn of OBMOM ONE

Exercises:
  1. Admit OBMOM ONE from the L&D tracking board; complete the admission
     navigator including GBS status (use "positive").
  2. Start an oxytocin titration per protocol and document FHR cat I.
  3. Deliver the baby in the Delivery Summary (SVD, Apgars 8/9) and confirm
     BABYBOY ONE is linked.
  4. For OBMOM TWO, enter severe-range BPs and see which BPA fires.

The TRN environment refreshes every Sunday night, so don't worry about
breaking anything. Never use real patient names in TRN.

Clinical Informatics Education | x4-4410
""", D(2024, 3, 27, 11, 0))

mk('clean', 'training',
   '"Gabe Mortensen" <gabe.mortensen@fetalviewsystems-example.com>',
   '"Tamsin Hale" <thale@calderbaywi.org>, "Rosalind Achterberg" <rachterberg@calderbaywi.org>',
   'FetalView 9.2 demo recap + sandbox login',
   """Hi Tamsin and Roz,

Thanks for the time yesterday. Recap of the 9.2 demo:

 - The demo tracings were from our simulator. "Jane Doe" (bed LDR-DEMO-1)
   was the late-decel pattern; "Mary Sample" (LDR-DEMO-2) the twin tracing
   with coincidence detection.
 - New: automatic Cat I/II/III flagging with nurse acknowledgement, and the
   MHR/FHR coincidence alert we showed on Mary Sample.
 - Archive search by MRN works the same, but now supports date ranges.

Sandbox (no real data, resets nightly):
  URL: https://sandbox.fetalviewsystems-example.com/cbwi
  User: cbwi_demo   Password: sent separately by text

Pricing for the upgrade and the interface work (quote Q-24-1187) attached to
our earlier email. I'll follow up with Femi in biomed about the server
requirements.

Best,
Gabe Mortensen
Clinical Solutions Consultant, FetalView Systems
555-0144
""", D(2024, 2, 29, 9, 20))

mk('clean', 'training',
   '"Rao, Priyanka" <prao@calderbaywi.org>',
   '"Interface Team Trainees" <interface-trainees@calderbaywi.org>',
   'HL7 101 homework - parse this ADT',
   r"""For Thursday: parse the test message below and answer the questions. This
is the standard TEST patient from the vendor's conformance kit - not a real
person, MRN is the test range.

MSH|^~\&|TESTSYS|TESTFAC|RECV|RECVFAC|20240101120000||ADT^A04|TEST0001|T|2.5.1
EVN|A04|20240101120000
PID|1||TEST00001^^^TESTFAC^MR||DOE^JANE^^^^^L||19800101|F|||123 MAIN ST^^ANYTOWN^ZZ^00000||^PRN^PH^^1^555^5555555
PV1|1|O|OBCLINIC^^^TESTFAC||||9999^TEST^PROVIDER^^^MD|||OB||||||||OP|V0000001

Questions:
 1. What is the message type and trigger event? What's the processing ID
    (MSH-11) and why does it matter?
 2. Which field holds the MRN, and what is the assigning authority?
 3. Why is the phone number in PID-13 broken into components?
 4. If this were an L&D admit, what trigger event would you expect, and which
    PV1 field should carry the bed?

Answers due Thursday. Please DON'T pull examples from production logs for
homework - use the conformance kit only.

Priyanka
""", D(2024, 3, 19, 15, 40))

mk('clean', 'training',
   '"Simulation Center" <simcenter@calderbaywi.org>',
   'L&D Nursing <ld-nursing@calderbaywi.org>, OB Hospitalists <ob-hospitalists@calderbaywi.org>',
   'In-situ drill Wed 0730 - shoulder dystocia (script)',
   """IN-SITU SIMULATION - SHOULDER DYSTOCIA
Wednesday 3/20, 0730, LDR 8 (if occupied we move to LDR 10)

Manikin: SimMom + newborn manikin "Baby Sim"
Scenario patient: "Noelle Testcase", 32 y/o G2P1 at 40w3d, EFW 4,100 g,
A1GDM, prolonged second stage. (Fictional. Armband will say SIMULATION.)

Flow:
  0:00  Turtle sign after head delivers - RN calls for help
  0:30  Team arrives; McRoberts + suprapubic pressure
  1:30  Posterior arm delivery (facilitator cues success at ~2:30)
  3:00  Baby Sim limp - NRP team takes over; cord gases
  5:00  Debrief (15 min) in the family lounge

Roles: primary RN, charge RN, OB, 2nd OB/CNM, peds/NRP, scribe/timekeeper.
Please don't bring real charts/labels into the room - all sim paperwork is
red-stamped.

Sim Center team: Jalen Whitmore RN MSN, Dr. Harriet Lusk
""", D(2024, 3, 18, 12, 15))

mk('clean', 'training',
   '"Greer, Paulette" <birthregistration@calderbaywi.org>',
   '"Mother/Baby Unit Clerks" <4west-clerks@calderbaywi.org>',
   'Birth certificate worksheet training - sample record walkthrough',
   """Hi clerks,

For Friday's refresher, we'll walk through the SAMPLE record below line by
line. It's the state's training example - not a real family.

  SAMPLE RECORD (training use only)
  Child:          BABY GIRL SAMPLE   sex F
  Date/time:      01/01/2000 00:01
  Facility:       TRAINING HOSPITAL (code 999)
  Mother:         MOTHER A. SAMPLE, DOB 01/01/1980, birthplace ZZ
  Mother SSN:     000-00-0000 (training)
  Father/parent:  PARENT B. SAMPLE
  Method:         vaginal, spontaneous
  Plurality:      single

Common errors we'll cover:
 - mother's current legal name vs. name at birth
 - accents and hyphens (the state system now accepts them - do NOT drop them)
 - "method of delivery" must match the delivery record (vacuum/forceps)
 - NICU admission checkbox
 - filing deadline (10 days after birth)

Bring your questions. Coffee provided.
Paulette Greer, Birth Registration Clerk
""", D(2024, 3, 21, 9, 5))

mk('clean', 'training',
   '"Nurse Educator - Women & Newborn" <wn-education@calderbaywi.org>',
   '4 West Mother/Baby <4west-rns@calderbaywi.org>',
   'Hypoglycemia competency quiz - due 3/31',
   """Annual newborn hypoglycemia competency is open in the learning system. The
case questions use the training patient "Baby Boy Testcase" - fictional.

Sample question:

  Baby Boy Testcase, 2 hours old, born at 38 wks to a mother with insulin-
  treated diabetes. Birth weight 4,300 g. First glucose at 1 hr was 32 mg/dL;
  he was fed 15 mL and given 40% dextrose gel. Repeat at 2 hrs is 38 mg/dL,
  he's jittery but feeding.

  What is your next step?
   a) Recheck in 3 hours
   b) Repeat gel + feed, recheck in 30 min, notify provider
   c) Discharge teaching
   d) No action, normal for age

Passing score 85%, two attempts. Questions: Shauna Pettigrew, MSN, RNC-MNN,
x4-7701.
""", D(2024, 3, 11, 14, 30))

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for row in ROWS:
        w.writerow(row)
print('wrote %d messages to %s' % (len(ROWS), OUT))
