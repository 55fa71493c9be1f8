#!/usr/bin/env python3
"""Blind evaluation mail set: GI group / ambulatory endoscopy centre. SEED=5601.
Standard library only; deterministic output."""
import sys, os, io, csv, zipfile, random, datetime
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 5601
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EDT = datetime.timezone(datetime.timedelta(hours=-4))
EST = datetime.timezone(datetime.timedelta(hours=-5))

DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or distribution
is prohibited. If you are not the intended recipient, please contact the sender
by reply e-mail and destroy all copies of the original message."""

SIG_TAMSIN = """--
Tamsin Lowry, BSN, RN, CGRN
Charge Nurse, Riverbend Endoscopy Center
Riverbend Digestive Health | 2200 Carrow Pkwy, Suite 140
o: 614-555-0143  f: 614-555-0199"""

SIG_BRI = """Brianna Tuck
Patient Scheduling Coordinator
Riverbend Digestive Health
614-555-0150 ext 212"""

SIG_DOM = """Dominic Ferro, RN
Infusion Services - Riverbend Digestive Health
direct 614-555-0177"""

SIG_HOLLIS = """Hollis Grant, MS, RD, LDN, CNSC
Clinical Dietitian, Nutrition Service
Riverbend Digestive Health"""

SIG_COLM = """Colm Rafferty, MD
Hepatology | Riverbend Liver Clinic"""

MSGS = []


def add(label, kind, patient, frm, to, subj, body, date, cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, body=body, date=date, cc=cc, html=html,
                     atts=list(atts), cte=cte, headers=headers or {}))


def d(y, mo, da, h, mi, tz=EDT):
    return datetime.datetime(y, mo, da, h, mi, random.randint(0, 59), tzinfo=tz)


ZDATE = (2025, 5, 12, 8, 30, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def xlsx_bytes(rows, sheet='Sheet1'):
    def ref(r, c):
        s = ''
        c += 1
        while c:
            c, rem = divmod(c - 1, 26)
            s = chr(65 + rem) + s
        return '%s%d' % (s, r + 1)
    xr = []
    for r, row in enumerate(rows):
        cells = ''.join('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref(r, c), _x(v))
                        for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r + 1, cells))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', ws)])


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


# Attachment helpers: ('text', content, subtype, filename) or ('bin', bytes, maintype, subtype, filename)
def att_text(content, subtype, filename):
    return ('text', content, subtype, filename)


def att_bin(data, maintype, subtype, filename):
    return ('bin', data, maintype, subtype, filename)

# =====================================================================
# PHI: care
# =====================================================================

add('phi', 'care', 'Brinkerhoff',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'Wes Pardo CRNA <wpardo@keystoneanes.com>',
    'bay 3 - heads up',
    """Wes -

Harold Brinkerhoff is in bay 3 for the 0930 colonoscopy w/ Dr Bhatt. He had a
coronary stent put in back in Feb, cardiology cleared him to hold the Plavix
5 days and he says last dose was Thursday. BP in pre-op 168/94, rechecked 160/90.
Also uses a CPAP at night, brought it with him. Just wanted you to see him
before we wheel him back.

Thx
""" + SIG_TAMSIN,
    d(2025, 5, 13, 8, 52))

add('phi', 'care', 'Okafor',
    'Dominic Ferro <dferro@riverbendgi.com>',
    'Sunita Rao MD <srao@riverbendgi.com>',
    'Ruth Okafor - infusion today',
    """Dr Rao,

Ruth got her third vedolizumab dose this morning (300 mg over 30 min). No reaction,
vitals stable throughout, she tolerated it fine. She mentioned 4-5 loose stools a day
still, down from 8 before induction, and some cramping after meals. Labs drawn from
the IV before the infusion: CBC, CMP, CRP and fecal calprotectin kit sent home with her.

Next one is scheduled 8 weeks out (7/8 at 10:00, chair 4). Let me know if you
want to move it up or add anything to her orders.

Dom

""" + SIG_DOM,
    d(2025, 5, 13, 13, 7))

add('phi', 'care', 'Perkins',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'Liver Clinic Nurses <liverclinic-rn@riverbendgi.com>',
    'FW: elastography results',
    """Can one of you call Mr. Perkins this week and set up the following:
 - RUQ ultrasound every 6 months (first one next month)
 - EGD for variceal screening, ok to book with any of us, MAC
 - stop the ibuprofen he's been taking for his knee, use tylenol max 2g/day
 - f/u with me in 3 months with labs (CMP, INR, CBC, AFP) a week before

He was pretty quiet when I went over it, wife wasn't there, so a call would help.
thanks
C.

""" + SIG_COLM + """

-----Original Message-----
From: Echo Lab <echolab@riverbendgi.com>
Sent: Monday, May 12, 2025 3:41 PM
To: Colm Rafferty <crafferty@riverbendgi.com>
Subject: elastography results

Dale Perkins, 61M
Transient elastography performed 5/12/2025
Median LSM 14.8 kPa, IQR/med 11%, CAP 302 dB/m
12 valid measurements. Fasting 4 hrs.
Tech: J. Albrecht
""",
    d(2025, 5, 13, 7, 20))

add('phi', 'care', 'Varga',
    'Hollis Grant <hgrant@riverbendgi.com>',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Annelise - tube feed follow up',
    """Hi Dr. Bhatt,

saw Annelise Varga in nutrition clinic today for her J-tube follow up. weight is
48.2 kg, down 2.1 kg since April. She's been running the feeds only 12 hrs at night
bc the pump alarm keeps waking her kids up, so she's getting maybe 70% of goal.

Plan I discussed with her:
 - switch to the 1.5 kcal/mL peptide formula, 55 mL/hr x 16 hrs
 - home health to swap out the pump (ticket in with Apex Home Infusion)
 - weekly weights at home, she'll send them thru the portal
 - recheck prealbumin/mag/phos in 2 wks

OK to sign the new order when you have a sec? It's in your inbox.

Hollis

""" + SIG_HOLLIS,
    d(2025, 5, 14, 16, 2))

add('phi', 'care', 'Whitcombe',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Scheduling <scheduling@riverbendgi.com>',
    'need push enteroscopy booked',
    """Please book Thomas Whitcombe for push enteroscopy with APC, first available
hospital slot at St. Brendan's (needs anesthesia, he's on apixaban - I'll handle
the hold). Capsule read done last night: fresh blood and two small vascular lesions
in the proximal jejunum, roughly 35-40 min after pyloric passage. His Hgb was 7.9 on
Friday and he got 1 unit at the infusion center.

Call him today please - he knows to expect it.
AB""",
    d(2025, 5, 15, 7, 44),
    html="""<html><body><p>Please book <b>Thomas Whitcombe</b> for push enteroscopy with APC, first available
hospital slot at St. Brendan's (needs anesthesia, he's on apixaban - I'll handle the hold).</p>
<p>Capsule read done last night: fresh blood and two small vascular lesions in the proximal jejunum,
roughly 35-40 min after pyloric passage. His Hgb was 7.9 on Friday and he got 1 unit at the infusion center.</p>
<p>Call him today please - he knows to expect it.<br>AB</p></body></html>""")

add('phi', 'care', 'Fenwick',
    'Brianna Tuck <btuck@riverbendgi.com>',
    'Miriam Castellanos MD <mcastellanos@riverbendgi.com>',
    'RE: gloria fenwick prep',
    """ok I moved her to next Tues 5/20 at 7:30 (first case) and told her to do the 2 day
clear liquid this time. she wants to know if she can take zofran with the 2nd half,
she threw up about half the jug last night. can I tell her yes?

Bri

""" + SIG_BRI + """

-----Original Message-----
From: Miriam Castellanos MD
Sent: Wednesday, May 14, 2025 9:02 AM
To: Brianna Tuck
Subject: RE: gloria fenwick prep

she was a poor prep last time too (BBPS 4). rebook, extended prep, first case.

-----Original Message-----
From: Brianna Tuck
Sent: Wednesday, May 14, 2025 8:15 AM
To: Miriam Castellanos MD
Subject: gloria fenwick prep

Dr C - Gloria Fenwick called at 7:50, she vomited most of the first half of the prep
and still has brown output this am. She's on your 10:45 today. Cancel or try?
""",
    d(2025, 5, 14, 10, 31))

add('phi', 'care', 'Kowalczyk',
    'Sunita Rao <srao@riverbendgi.com>',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Fwd: Kowalczyk post ERCP',
    """fyi - your ERCP from thursday. looks like he did ok in the end.
Can we get him into clinic in 2 wks, and he'll need the stent out in 6-8 wks.

---------- Forwarded message ---------
From: Hospitalist Service <hospitalists@stbrendans.org>
Date: Sun, May 11, 2025 at 2:14 PM
Subject: Kowalczyk post ERCP
To: <srao@riverbendgi.com>

Dr Rao - courtesy update, Mr. Stanislaw Kowalczyk was admitted to us overnight
Thursday after his outpatient ERCP with sphincterotomy and plastic stent placement.
Lipase peaked at 2,140 Friday AM. Treated with aggressive LR, pain control, advanced
to low-fat diet Saturday. Discharged this morning home with his son.
Discharge meds unchanged except oxycodone 5 mg #10.

Thanks,
Priyanka Menon, MD
Hospital Medicine, St. Brendan's Medical Center
""",
    d(2025, 5, 12, 6, 58))

add('phi', 'care', 'Raman',
    'Riverbend Triage RN <triage@riverbendgi.com>',
    'Miriam Castellanos MD <mcastellanos@riverbendgi.com>',
    'Rx request - budesonide taper',
    """Dr. Castellanos,

Priya Raman called in - she finished the prednisone taper on Saturday and the
bleeding came back Monday, 6-7 BMs/day with blood, no fever. She's asking if she
can go on the budesonide you mentioned at her last visit rather than go back on
prednisone (didn't sleep for a month on it).

Pharmacy: Walgreens, 1180 Elm St (pharmacy phone 614-555-0104).
Her next visit with you isn't until 6/30 - want me to get her in sooner?

Thanks,
Joelle Avery, LPN
Triage Line
""",
    d(2025, 5, 14, 11, 18),
    cte='base64')

# =====================================================================
# PHI: names
# =====================================================================

add('phi', 'names', 'Nguyen Thi Lan',
    'Brianna Tuck <btuck@riverbendgi.com>',
    'Front Desk <frontdesk@riverbendgi.com>',
    'Nguyen Thi Lan - prep sheet + interpreter thurs',
    """can someone at the front resend the prep sheet in vietnamese to her email on file
and book a phone interpreter for her 8:15 thursday colonoscopy? her daughter usually
drives her but is working that day so she'll need the ride list too (no rideshare
for sedation cases, remind her).

thx - bri""",
    d(2025, 5, 13, 14, 40))

add('phi', 'names', "O'Sullivan-Baptiste",
    'Renata Moss <rmoss@lsgipath.com>',
    'Riverbend Path Results <pathresults@riverbendgi.com>',
    "Re: O'Sullivan-Baptiste, Marguerite -- add-on stains",
    """Hi all,

Following up on O'Sullivan-Baptiste, Marguerite. Dr. Ames ordered H. pylori IHC and
a trichrome on the gastric body and duodenal biopsies from 5/7, so final will slip to
Monday. Prelim already went to Dr. Rao's queue.

Renata Moss
Client Services Coordinator
Lakeshore GI Pathology, LLC
p 614-555-0188 | f 614-555-0189

> On May 12, 2025, at 10:02 AM, Riverbend Path Results <pathresults@riverbendgi.com> wrote:
>
> Hi Renata, any ETA on O'Sullivan-Baptiste from last Wednesday? The EGD
> was for the anemia workup and Dr Rao wants to know if she needs the celiac panel.
>
> Thanks, Kim
""",
    d(2025, 5, 12, 15, 22))

add('phi', 'names', 'Okonkwo',
    'Joelle Avery <javery@riverbendgi.com>',
    'Dominic Ferro <dferro@riverbendgi.com>',
    'call back - infusion reaction?',
    """Dom, Babatunde Okonkwo's wife called. Says he broke out in hives on his chest and
neck about 3 hrs after his Remicade yesterday, took benadryl, better now but itchy.
No trouble breathing. She wants to know if he should come in and if next time he
needs the premeds. Her cell is 614-555-0126. Can you call her back?

Joelle""",
    d(2025, 5, 15, 9, 3))

add('phi', 'names', 'de la Fuente Ibáñez',
    'Miriam Castellanos MD <mcastellanos@riverbendgi.com>',
    'Ingrid Solberg MD <isolberg@keystoneanes.com>',
    'Sra. de la Fuente - pre-anesthesia question',
    """Ingrid,

Quick one before Friday. María José de la Fuente Ibáñez is on my 11:00 list for
EGD/colonoscopy. She had a bad reaction to succinylcholine during her
cholecystectomy in Valencia (family history too - her brother). I know we don't
use sux for MAC but wanted your team to have it flagged, and she's anxious so
please let whoever's covering talk to her in pre-op. She speaks English fine,
husband Jordi usually comes too.

Best,
Miriam

Miriam Castellanos, MD, FACG
Riverbend Digestive Health
""",
    d(2025, 5, 14, 17, 55))

add('phi', 'names', 'Jolene',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'Tessa Kim RN <tkim@riverbendgi.com>',
    'jolene from tuesday',
    """Tessa - Jolene, the 2:40 from Tuesday's liver clinic (the one with the husband who
asked all the questions about the transplant list), her ammonia and INR came back
worse than I'd like. Can you call and make sure she's actually taking the lactulose
2-3 times a day and has the rifaximin? If she's confused at all on the phone send
her to the ED.

C""",
    d(2025, 5, 15, 12, 11))

add('phi', 'names', 'Al-Harbi',
    'Wes Pardo <wpardo@keystoneanes.com>',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'RE: Mr. Al-Harbi recovery',
    """Tamsin - he's fine to go once his sats stay above 92 on RA for 20 min. Desatted to
86 during the EGD, jaw thrust + a nasal airway fixed it, probably undiagnosed OSA.
Please put a note in for the GI doc to suggest a sleep study referral to his PCP.
Son (Faisal) is the driver and understands he shouldn't sign anything today.

Wes Pardo, MSN, CRNA
Keystone Anesthesia Associates

-----Original Message-----
From: Tamsin Lowry
Sent: Tuesday, May 13, 2025 11:48 AM
To: Wes Pardo
Subject: Mr. Al-Harbi recovery

Abdulrahman Al-Harbi in PACU 2 still needing 2L to stay at 93%. ok to d/c?
""",
    d(2025, 5, 13, 12, 2))

add('phi', 'names', 'Wróblewski',
    'Kim Dao <kdao@riverbendgi.com>',
    'Sunita Rao MD <srao@riverbendgi.com>; Anand Bhatt <abhatt@riverbendgi.com>',
    'path needing sign-off',
    """Morning docs, three path reports waiting on you to review before letters go out:

Dr Rao:
  - Wróblewski, Zdzisław -- ascending colon polyp, sessile serrated, 2 frags
  - Subramanian, Lakshmi -- random colon bx for chronic diarrhea, microscopic colitis
    (collagenous) per Dr. Ames

Dr Bhatt:
  - Mrs. Hryhorenko (Olena) -- esophageal bx, Barrett's no dysplasia

Kim Dao, MA
Results Coordinator""",
    d(2025, 5, 16, 8, 5))

add('phi', 'names', 'Tkachenko',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'mr tkachenko',
    """running 20 behind. tell mr tkachenko and his daughter sorry, and pls have someone recheck
his glucose - insulin pump, last reading was 88 at checkin and hes been npo since
yesterday. if <70 give juice and we'll just go, its a clear liquid.

sent from my iphone""",
    d(2025, 5, 16, 10, 47))

# =====================================================================
# PHI: self
# =====================================================================

add('phi', 'self', 'Carrow',
    'Denise Carrow <dcarrow61@examplemail.com>',
    'info@riverbendgi.com',
    'question about my prep',
    """Hello,

This is Denise Carrow, DOB 7/14/1961. I have my colonoscopy with Dr. Bhatt on the 22nd
at 9am and I am confused about the instructions. The sheet says to stop my iron
pills 7 days before but my blood pressure medicine (lisinopril) is not on there at
all. Do I take it the morning of? Also I am diabetic and take metformin twice a day,
the nurse said something about that on the phone but I didn't write it down.

Thank you so much,
Denise

Sent from my iPad""",
    d(2025, 5, 14, 20, 12))

add('phi', 'self', 'Marchetti',
    'Angela Marchetti <angela.marchetti@examplemail.com>',
    'Pediatric GI Nurse Line <peds-gi@riverbendgi.com>',
    "Eli's capsule results?",
    """Hi,

My son Eli Marchetti (14) swallowed the camera capsule last Tuesday for Dr. Rao and
we haven't heard anything. He is still having the belly pain after eating and lost
another 3 pounds this week. His school is asking for a note for the days he missed.
Can someone call me? Best number is my cell 614-555-0161, I'm at work until 4.

Thank you
Angela Marchetti""",
    d(2025, 5, 15, 7, 31))

add('phi', 'self', 'Asante-Mensah',
    'Kwame Asante-Mensah <kwame.am@examplemail.com>',
    'Dominic Ferro <dferro@riverbendgi.com>',
    'rash after infusion',
    """hey dom its kwame. got my remicade friday and since sunday I have this red
rash on both arms and my knuckles are sore. not sure if related. also my joints
in general have been kind of achy. do I need to come in or can I send a picture?
I have my next infusion 6/20 so I don't want to mess that up

thanks man
Kwame""",
    d(2025, 5, 13, 21, 49))

add('phi', 'self', 'Quigley',
    'Bernadette Quigley <bquigley62@examplemail.com>',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'Re: your liver biopsy results',
    """Dear Dr. Rafferty,

Thank you for explaining it at the appointment, I think I was in shock. Just to be
sure I understood: the biopsy showed the autoimmune type and I should start the
prednisone 40 and the azathioprine after the blood test for the enzyme comes back?
And no alcohol at all, not even the glass of wine at dinner?

My husband would like to come to the next visit if that's OK.

Kind regards,
Bernie

On Mon, May 12, 2025 at 4:55 PM Colm Rafferty <crafferty@riverbendgi.com> wrote:
> Mrs. Quigley, as we discussed, your results are in the portal. Please don't
> hesitate to write with questions. - Dr. R
""",
    d(2025, 5, 12, 22, 37))

add('phi', 'self', 'Strasser',
    'Karen Strasser-Doyle <kstrasserdoyle@examplemail.com>',
    'Nutrition Service <nutrition@riverbendgi.com>',
    'Mom - PEG tube leaking',
    """To the nutrition team,

I'm the daughter and caregiver for Evelyn Strasser (born 2/2/1938). She had her PEG
placed in March after the stroke. For about 4 days there has been leaking around
the tube and the skin is red and a bit raw. We've been using the Jevity 1.2, 5 cartons
a day like Hollis said. Her weight this morning was 112 lbs.

Should we bring her in or is there something we should change? It takes two of us to
get her into the car so a phone visit would be easier if possible.

Karen Strasser-Doyle
(614) 555-0132""",
    d(2025, 5, 16, 6, 50),
    cte='quoted-printable')

add('phi', 'self', 'Quiñones',
    'Rafael Quiñones <rquinones79@examplemail.com>',
    'Medical Records <records@riverbendgi.com>',
    'records request - EGD March',
    """Hello,

I need my records sent to my new gastroenterologist in Tampa since I moved.

Name: Rafael Quiñones
Date of birth: 11-09-1979
Procedure: upper endoscopy (EGD) with biopsies, March 3 2025, Dr. Castellanos
Also: the pathology report and the H. pylori breath test from January

Send to: Gulf Coast Gastroenterology, Attn: records, fax 813-555-0117

I signed the release form at the front desk before I moved. Let me know if you
need anything else.

Rafael""",
    d(2025, 5, 13, 12, 26))

add('phi', 'self', 'Haskins',
    'tyler haskins <thaskins.88@examplemail.com>',
    'scheduling@riverbendgi.com',
    'cant make it tomorrow',
    """hi cant make my colonoscopy tomorrow 7am, tested positive for covid this
morning. already drank the first part of the prep ugh. can we reschedule for june?
- Tyler Haskins""",
    d(2025, 5, 19, 14, 4))

# =====================================================================
# PHI: ids
# =====================================================================

add('phi', 'ids', 'Lindqvist',
    'Kim Dao <kdao@riverbendgi.com>',
    'Renata Moss <rmoss@lsgipath.com>',
    'missing specimen?',
    """Renata,

We have a jar logged out on 5/9 that isn't showing on your side.
Pt: Lindqvist, Annika   MRN 00731246   DOB 3.4.88
Procedure: flex sig, 2 jars (A: rectal bx, B: sigmoid bx)
Courier manifest says picked up 16:10.

Can you check if it got accessioned under a different name? Dr. Bhatt wants to rule
out CMV before he changes her meds.

Thanks,
Kim""",
    d(2025, 5, 13, 10, 14))

add('phi', 'ids', '',
    'Lakeshore GI Pathology <noreply@lsgipath.com>',
    'pathresults@riverbendgi.com',
    'Amended report available - S25-014472',
    """AMENDED REPORT NOTIFICATION

Accession: S25-014472
Patient DOB: 19880304
Ordering: Bhatt, Anand MD (Riverbend Digestive Health)
Collected: 05/09/2025  Received: 05/10/2025

Amendment reason: Addendum - CMV immunohistochemistry NEGATIVE in part A (rectum).
Part B (sigmoid) shows chronic active colitis with crypt abscesses, no dysplasia.

Log in to the client portal to view the full report.
This is an automated message. Do not reply.
""",
    d(2025, 5, 14, 18, 3))

add('phi', 'ids', 'Szabo',
    'Kiara Bell <kbell@northfieldhealth.com>',
    'Prior Auth <priorauth@riverbendgi.com>',
    'Auth request UM-2025-0518832 - additional info needed',
    """Hello,

We received the request for adalimumab-adaz (biosimilar) for the member below. To
complete review we need the last 2 office notes and documentation of steroid
trial/failure.

Member: SZABO, GERGELY
Member ID: NHP884201937-01
DOB: 12/30/1975
Group: 0047712
Requested: adalimumab 160 mg wk0, 80 mg wk2, then 40 mg q2wk x 6 mo
Diagnosis on request: K50.011

Please fax to 866-555-0142 or upload to the provider portal within 14 days.

Kiara Bell, RN
Utilization Management, Northfield Health Plan
Phone 800-555-0140 x4471""",
    d(2025, 5, 12, 11, 39))

add('phi', 'ids', '',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'Case Mgmt <casemgmt@riverbendgi.com>',
    'ride needed for tues propofol case',
    """She has no one to drive her and Uber won't count. Can social work help?

Address: 42 Orchard Lane Apt 3B, Grove City OH 43123
Home: 614-555-0193 (no cell)
Procedure: colonoscopy under propofol, Tues 5/20 at 12:30, needs to be here by 11:30
She's 79, uses a walker, and lives alone since her husband passed.

T""",
    d(2025, 5, 15, 15, 16))

add('phi', 'ids', 'Ostrowski',
    'Patient Accounts <billing@riverbendgi.com>',
    'Lorraine Ostrowski <lostrowski@examplemail.com>',
    'RE: Account 7730-11984 statement question',
    """Dear Ms. Ostrowski,

Thank you for reaching out about account #7730-11984. The charge you're asking about
($612.40) is for the pathology on the 2 polyps removed during your colonoscopy on
5/6/25. Because polyps were removed, your plan processed the visit as a diagnostic
rather than screening colonoscopy, which applied your deductible.

We have asked Cardinal Mutual to reprocess with modifier PT. Claim # CM25-0098811436.
You don't need to pay this balance while it's being reviewed.

Sincerely,
Gabriela Torres
Patient Accounts Representative
Riverbend Digestive Health  |  614-555-0110""",
    d(2025, 5, 16, 11, 2))

add('phi', 'ids', 'Petrescu',
    'Referrals <referrals@riverbendgi.com>',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'new referral - elevated LFTs',
    """Dr R - new hepatology referral from Westgate Family Practice, faxed in today.

Name: Ioana Petrescu
DOB: 4 Mar 1988
Chart #: RDH-2291407
SSN (last 4): 6615
Reason: ALT 212, AST 148, ANA positive 1:320, ?autoimmune hepatitis
Insurance: Medicaid (CareSource) ID 1042277819

Earliest new-pt slot is 6/11. PCP asked if sooner possible. Want me to overbook?
""",
    d(2025, 5, 13, 15, 48))

add('phi', 'ids', '',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'Tessa Kim RN <tkim@riverbendgi.com>',
    'pull 2219847',
    """can you pull 2219847 and see if the para on tues ever got cell count sent? she had
4.2 L off. if not, the tap fluid is gone so just flag it and we'll do it next time.
also her albumin was given? 25g x 2""",
    d(2025, 5, 15, 17, 30))

add('phi', 'ids', 'Blackwood',
    'Fax Server <faxserver@riverbendgi.com>',
    'Referrals <referrals@riverbendgi.com>',
    'Fax received from 6145550173 (3 pages)',
    """Inbound fax from: CAPITAL CITY PRIMARY CARE (6145550173)
Pages: 3   Received: 2025-05-14 09:12

--- OCR preview (page 1) ---
REFERRAL FORM
Patient: Blackwood, Desmond A.
DOB: 1958-10-27     Sex: M
Address: 1190 Whitlow Ave, Columbus OH 43206
Phone: (614) 555-0158   Email: dblackwood58@examplemail.com
Insurance: Medicare A/B  MBI 5TA9-QX2-MK81
Reason for referral: iron deficiency anemia, + FIT test 04/28/2025,
  requesting colonoscopy and EGD. On warfarin (AFib).
Referring: Dr. Nadia Farouk
--- end preview ---
""",
    d(2025, 5, 14, 9, 13))

# =====================================================================
# PHI: lists
# =====================================================================

add('phi', 'lists', 'Hargreave',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'Keystone Anesthesia Scheduling <sched@keystoneanes.com>',
    'Tomorrow 5/14 room 1+2 list w/ ASA',
    "Here's tomorrow. Room 2 has the two high BMI pts back to back, FYI.\n\n"
    "Time\tRm\tPatient\tDOB\tProc\tASA\tNotes\n"
    "0730\t1\tHargreave, Colin\t06/02/1955\tCOLO\t2\tHTN\n"
    "0800\t2\tMbeki, Thandiwe\t11/19/1971\tEGD/COLO\t3\tBMI 46, OSA on CPAP\n"
    "0830\t1\tFarrow, Jean-Luc\t02/08/1949\tCOLO\t3\tICD, cardiology note in chart\n"
    "0845\t2\tPham, Duc Minh\t09/30/1983\tEGD\t2\tdysphagia, possible dilation\n"
    "0915\t2\tRosenthal, Beverly\t12/12/1966\tCOLO\t3\tBMI 49\n"
    "0930\t1\tAchterberg, Pieter\t05/05/1960\tFLEX SIG\t1\t\n"
    "1000\t1\tGuzman, Rosa Elena\t07/21/1977\tEGD\t2\tGLP-1 held x7d? confirm\n"
    "\n-T\n\n" + SIG_TAMSIN,
    d(2025, 5, 13, 15, 5))

add('phi', 'lists', 'Delacroix',
    'Dominic Ferro <dferro@riverbendgi.com>',
    'Infusion Team <infusion@riverbendgi.com>',
    'thurs huddle - infusion chairs',
    """Huddle notes for Thurs 5/15:

* Chair 1 0800 - Yvette Delacroix, infliximab 10 mg/kg, 1st dose at the higher
  dose, needs premeds + 2 hr obs
* Chair 2 0830 - Samuel Brightwater, ustekinumab IV induction, weight 94 kg
  (390 mg), TB quant still pending - DO NOT start until resulted
* Chair 3 0900 - Mrs. Ngozi Eze, iron sucrose 200 mg #3 of 5
* Chair 1 1130 - Harlan Pruitt, vedolizumab q8wk, c/o joint pain last time
* Chair 4 1300 - Fatima Zahra Bennani, risankizumab IV #2, interpreter (Arabic)
  booked 12:45
* Chair 2 1400 - Kenji Watanabe, infliximab, auth expires 5/31 -> renewal sent

Pharmacy says infliximab biosimilar swap for Delacroix and Pruitt starts next
cycle per Cardinal Mutual formulary. I'll tell them today.

Dom""",
    d(2025, 5, 14, 17, 20))

add('phi', 'lists', 'Abernathy',
    'Colm Rafferty <crafferty@riverbendgi.com>',
    'Priya Venkatesh MD <pvenkatesh@riverbendgi.com>',
    'sign out - liver pts this weekend',
    """Priya, thanks for covering. The ones who might call:

NAME                  AGE  ISSUE                                  PLAN
--------------------  ---  -------------------------------------  ---------------------------
Abernathy, Roy         67  EtOH cirrhosis, para q10d, last 5/13    if belly tight -> ED for para
Castellanos-Vidal, Ana 54  AIH flare, pred 40 started 5/9          LFTs Mon, call if jaundiced
Doucette, Marc         71  HCC s/p TACE 5/8, post-emb fevers       fever >38.5 -> St Brendan's ED
Iwu, Chidinma          38  acute hep A, INR 1.6 Fri                repeat INR Sat at Quest, call me
Lozano, Felix          59  varices banded 5/12                     chest pain/hematemesis -> ED

All have the after-hours line. Quest results come to my inbox, I'll forward.
C.""",
    d(2025, 5, 16, 16, 45))

recall = [["MRN", "Last", "First", "DOB", "Last Colonoscopy", "Findings", "Interval", "Due", "Phone", "Provider"],
          ["00418822", "Boateng", "Kofi", "1962-03-17", "2022-05-11", "3 TAs <10mm", "3y", "2025-05", "614-555-0112", "Bhatt"],
          ["00502917", "Kaminski", "Dorota", "1958-08-02", "2020-06-04", "1 TA 6mm", "5y", "2025-06", "614-555-0135", "Rao"],
          ["00329105", "Ferreira", "Joao Paulo", "1970-01-29", "2022-05-20", "SSL 12mm", "3y", "2025-05", "614-555-0147", "Castellanos"],
          ["00611044", "Hollingsworth", "Mae", "1949-11-05", "2022-04-28", "piecemeal EMR 25mm", "3y", "2025-04", "614-555-0163", "Bhatt"],
          ["00287733", "Tran", "Quang Vinh", "1966-07-14", "2020-06-15", "2 TAs", "5y", "2025-06", "614-555-0171", "Rao"],
          ["00734150", "Mwangi", "Grace", "1975-12-01", "2024-05-09", "poor prep", "1y", "2025-05", "614-555-0184", "Castellanos"],
          ["00455286", "St. Germain", "Louis", "1953-09-23", "2022-06-02", "HGD in TA", "3y", "2025-06", "614-555-0196", "Bhatt"]]
add('phi', 'lists', 'Boateng',
    'Brianna Tuck <btuck@riverbendgi.com>',
    'Recall Team <recall@riverbendgi.com>',
    'May-June surveillance recall list',
    """Attached is the May/June surveillance recall pull. Please call down the list and
log attempts in the Outreach column (I took it out of the export, add it back).
Mae Hollingsworth is already overdue - Dr Bhatt wants her done before July.

Bri

""" + SIG_BRI,
    d(2025, 5, 12, 9, 40),
    atts=[att_text(csv_text(recall), 'csv', 'recall_2025-05_06.csv')])

pa_rows = [["Patient", "DOB", "Payer", "Member ID", "Drug/Procedure", "Submitted", "Status", "Ref #"],
           ["Szabo, Gergely", "12/30/1975", "Northfield", "NHP884201937-01", "adalimumab-adaz", "5/8/2025", "Pend - info req", "UM-2025-0518832"],
           ["Okoro, Adaeze", "07/04/1990", "Cardinal Mutual", "CMX2204981", "ustekinumab SC maint", "5/5/2025", "Approved", "PA77102934"],
           ["Lindqvist, Annika", "03/04/1988", "Northfield", "NHP771093822-02", "vedolizumab IV", "5/12/2025", "Submitted", "UM-2025-0520117"],
           ["Beaumont, Claire", "10/10/1961", "Medicare Adv - Buckeye", "BMA30027714", "capsule endoscopy 91110", "5/9/2025", "Denied - peer to peer", "BK-558120"],
           ["Haddad, Rami", "01/15/1984", "Cardinal Mutual", "CMX1988320", "infliximab-dyyb", "5/1/2025", "Approved", "PA77098411"],
           ["Yilmaz, Emre", "06/06/1979", "Northfield", "NHP662015498-01", "upadacitinib 45 mg", "5/13/2025", "Submitted", "UM-2025-0520564"]]
add('phi', 'lists', 'Beaumont',
    'Prior Auth <priorauth@riverbendgi.com>',
    'Sunita Rao MD <srao@riverbendgi.com>',
    'PA tracker - week of 5/12 (peer to peer needed)',
    """Dr. Rao,

Updated PA tracker attached. Claire Beaumont's capsule got denied by Buckeye, they're
offering a peer to peer Thursday between 1-3. Can you do 1:30? Number is on the denial
letter, I'll put it on your calendar if yes.

Marisol Vega, CPhT
Prior Authorization Specialist
""" + DISCLAIMER,
    d(2025, 5, 14, 10, 0),
    atts=[att_bin(xlsx_bytes(pa_rows, 'PA tracker'), 'application',
                  'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PA_tracker_wk0512.xlsx')])

pend = [["accession", "patient_name", "dob", "collect_dt", "site", "status", "pathologist"],
        ["S25-014472", "LINDQVIST, ANNIKA", "03/04/1988", "05/09/2025", "rectum; sigmoid", "AMENDED", "Ames"],
        ["S25-014503", "OSULLIVAN-BAPTISTE, MARGUERITE", "02/14/1969", "05/07/2025", "gastric body; duodenum", "PENDING IHC", "Ames"],
        ["S25-014611", "WROBLEWSKI, ZDZISLAW", "09/09/1951", "05/12/2025", "asc colon polyp", "FINAL", "Kapoor"],
        ["S25-014620", "NWOSU, EMEKA", "03/22/1980", "05/12/2025", "esophagus distal", "PENDING", "Kapoor"],
        ["S25-014655", "BERGSTROM, INGRID", "11/30/1945", "05/13/2025", "cecum polyp x3", "GROSSING", "Ames"],
        ["S25-014702", "MORALES, JESUS", "08/17/1972", "05/13/2025", "random colon bx", "PENDING", "Ames"]]
add('phi', 'lists', 'Nwosu',
    'Renata Moss <rmoss@lsgipath.com>',
    'Kim Dao <kdao@riverbendgi.com>',
    'open cases export (zipped)',
    """Hi Kim,

Per your request, export of all open/recent Riverbend cases from our LIS is attached.
Zipped because our mail gateway strips .csv from outside senders - password is the usual
one. (Kidding, it's not encrypted, IT says that's fine over the TLS link.)

Renata""",
    d(2025, 5, 14, 13, 25),
    atts=[att_bin(zip_bytes([('riverbend_open_cases_20250514.csv', csv_text(pend))]),
                  'application', 'zip', 'riverbend_open_cases_20250514.zip')])

nut_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Team - caseload for this week below, please update your column by Friday noon.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Patient</th><th>Age</th><th>Access</th><th>Regimen</th><th>Wt trend</th><th>RD</th></tr>
<tr><td>Varga, Annelise</td><td>33</td><td>J-tube</td><td>peptide 1.5 @55 x16h</td><td>&darr; 2.1 kg</td><td>HG</td></tr>
<tr><td>Strasser, Evelyn</td><td>87</td><td>PEG</td><td>Jevity 1.2 5 cartons</td><td>stable</td><td>HG</td></tr>
<tr><td>Oyelaran, Tunde</td><td>45</td><td>PICC / HPN</td><td>HPN 5 nights/wk, SBS 90cm</td><td>&uarr; 0.8 kg</td><td>LP</td></tr>
<tr><td>Chavez, Dolores</td><td>62</td><td>oral</td><td>low FODMAP phase 2</td><td>stable</td><td>LP</td></tr>
<tr><td>Bui, Thanh Huong</td><td>29</td><td>NG (home)</td><td>exclusive enteral nutrition, Crohn's, wk 5/8</td><td>&uarr; 1.5 kg</td><td>HG</td></tr>
</table>
<p>Hollis</p></body></html>"""
nut_plain = """Team - caseload for this week below, please update your column by Friday noon.

Patient           | Age | Access     | Regimen                                  | Wt trend | RD
Varga, Annelise   | 33  | J-tube     | peptide 1.5 @55 x16h                     | -2.1 kg  | HG
Strasser, Evelyn  | 87  | PEG        | Jevity 1.2 5 cartons                     | stable   | HG
Oyelaran, Tunde   | 45  | PICC / HPN | HPN 5 nights/wk, SBS 90cm                | +0.8 kg  | LP
Chavez, Dolores   | 62  | oral       | low FODMAP phase 2                       | stable   | LP
Bui, Thanh Huong  | 29  | NG (home)  | exclusive enteral nutrition, Crohn's 5/8 | +1.5 kg  | HG

Hollis"""
add('phi', 'lists', 'Oyelaran',
    'Hollis Grant <hgrant@riverbendgi.com>',
    'Nutrition Service <nutrition@riverbendgi.com>',
    'weekly caseload',
    nut_plain, d(2025, 5, 12, 8, 15), html=nut_html)

# =====================================================================
# PHI: struct
# =====================================================================

add('phi', 'struct', 'Nwosu',
    'Darnell Hughes <dhughes@riverbendgi.com>',
    'Interface Team <interfaces@lsgipath.com>',
    'ORU not filing - PID mismatch',
    r"""Hi team,

This result from last night's batch is sitting in our error queue - "patient not found".
Looks like your side sent our MRN in PID-2 instead of PID-3. Pasting the raw msg:

MSH|^~\&|LSGP_LIS|LAKESHORE|RDH_EHR|RIVERBEND|202505142311||ORU^R01|LSG0098812|P|2.5.1
PID|1|00823390||| NWOSU^EMEKA^C||19800322|M|||77 Bramble Ct^^Westerville^OH^43081||6145550129
PV1|1|O|ENDO^RM2||||1457392018^BHATT^ANAND
ORC|RE|RDH445812|S25-014620
OBR|1|RDH445812|S25-014620|88305^SURG PATH^CPT|||20250512093500|||||||||1457392018^BHATT^ANAND||||||20250514230500||SP|F
OBX|1|TX|22637-3^PATH REPORT.FINAL DX^LN||A. Distal esophagus, biopsy: Columnar mucosa with intestinal metaplasia (goblet cells); negative for dysplasia.||||||F
OBX|2|TX|22636-5^PATH REPORT.GROSS^LN||Received in formalin labeled "Nwosu, Emeka - distal esophagus" are 4 tan fragments 0.2-0.4 cm.||||||F

Can you fix the mapping and resend? I'll manually file this one for now.

Darnell Hughes
Applications Analyst II, IT
Riverbend Digestive Health
""",
    d(2025, 5, 15, 8, 22))

adt = "\r\n".join([
    r"MSH|^~\&|RDH_EHR|RIVERBEND|KEYSTONE_ANES|KAA|202505131605||SIU^S12|RDH77810023|P|2.3",
    r"SCH|A55821|A55821|||||COLONOSCOPY W/ MAC|||30|MIN|^^30^202505200730^202505200800",
    r"PID|1||00901277^^^RDH^MR||MBEKI^THANDIWE^N||19711119|F|||1420 Linden Ave^^Columbus^OH^43211||6145550138|||M||RDH-ACCT-4410982",
    r"PV1|1|O|ENDO^RM2^^RIVERBEND||||1457392018^BHATT^ANAND",
    r"DG1|1||E66.01^MORBID OBESITY^I10",
    r"DG1|2||G47.33^OBSTRUCTIVE SLEEP APNEA^I10",
    r"AIS|1||45378^COLONOSCOPY^CPT|202505200730|||30|MIN",
    r"NTE|1||BMI 46. Home CPAP - bring device. Prior difficult airway per 2019 anesthesia record.",
    ""])
add('phi', 'struct', 'Mbeki',
    'Darnell Hughes <dhughes@riverbendgi.com>',
    'Keystone Anesthesia IT <it@keystoneanes.com>',
    'sample SIU from prod for the interface test',
    """Attaching one real SIU^S12 from prod so you can see exactly how our scheduling
feed populates DG1 and NTE. Please delete after you've mapped it, I couldn't get the
test env to generate the NTE segment.

Darnell""",
    d(2025, 5, 13, 16, 12),
    atts=[att_text(adt, 'plain', 'SIU_S12_RDH77810023.hl7')])

add('phi', 'struct', 'Gallagher',
    'Gabriela Torres <gtorres@riverbendgi.com>',
    'EDI Support <edisupport@clearpathclaims.com>',
    'RE: Rejected claim 999 - NM1 loop 2010BA',
    """Hi,

Clearinghouse rejected this one with "2010BA NM109 invalid". Here's the segment dump
from our outbound file, can you tell me what's wrong? Member ID looks right to me
compared to the card.

ST*837*0021*005010X222A1~
BHT*0019*00*RDH20250513021*20250513*1402*CH~
NM1*41*2*RIVERBEND DIGESTIVE HEALTH*****46*RDH0044~
NM1*40*2*CARDINAL MUTUAL*****46*CMUT01~
HL*1**20*1~
NM1*85*2*RIVERBEND DIGESTIVE HEALTH*****XX*1730492218~
HL*2*1*22*0~
SBR*P*18*GRP55012******CI~
NM1*IL*1*GALLAGHER*SIOBHAN*M***MI*CMX 3310-582~
N3*88 FENWAY DR~
N4*DUBLIN*OH*43017~
DMG*D8*19670419*F~
CLM*RDH118842*1450.00***22:B:1*Y*A*Y*Y~
HI*ABK:Z1211*ABF:K635~
SV1*HC:45385:PT*1150.00*UN*1***1~
SV1*HC:88305*300.00*UN*2***1~
DTP*472*D8*20250506~
SE*18*0021~

Thanks
Gabriela Torres
Patient Accounts / Billing
Riverbend Digestive Health

> From: EDI Support
> Your claim batch 20250513-02 contained 1 rejected claim. See 999/277CA.
""",
    d(2025, 5, 14, 9, 55))

add('phi', 'struct', 'Ibrahim',
    'Marisol Vega <mvega@riverbendgi.com>',
    'Prior Auth <priorauth@riverbendgi.com>',
    '271 back - capsule coverage?',
    """Ran eligibility for Mr. Ibrahim before we submit the capsule PA. The 271 is
confusing me - is EQ 1 covered in-network w/ 20% or is that only for the 98 line?

ISA*00*          *00*          *ZZ*NORTHFIELD     *ZZ*RDH0044        *250514*0912*^*00501*000004471*0*P*:~
GS*HB*NORTHFIELD*RDH0044*20250514*0912*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RDHELIG7712*20250514*0912~
HL*1**20*1~
NM1*PR*2*NORTHFIELD HEALTH PLAN*****PI*NHP01~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND DIGESTIVE HEALTH*****XX*1730492218~
HL*3*2*22*0~
NM1*IL*1*IBRAHIM*YUSUF*A***MI*NHP559104628~
N3*310 SUNBURY RD APT 12~
N4*COLUMBUS*OH*43219~
DMG*D8*19570902*M~
EB*1*IND*1^30*HM*GOLD PPO~
EB*A*IND*98*HM**27***.20***Y~
EB*C*IND*30*HM**23*1500*****Y~
EB*CB*IND*1*HM*****1*****Y~
MSG*PRIOR AUTHORIZATION REQUIRED FOR CAPSULE ENDOSCOPY~
SE*17*0001~

MV""",
    d(2025, 5, 14, 9, 20))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rdh-00688120",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00688120"}],
        "name": [{"family": "Esposito", "given": ["Lucia", "Maria"]}],
        "gender": "female",
        "birthDate": "1984-06-22",
        "telecom": [{"system": "phone", "value": "614-555-0119", "use": "mobile"}],
        "address": [{"line": ["5 Ridgeview Ter"], "city": "Worthington", "state": "OH", "postalCode": "43085"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "calpro-20250509",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "38445-3", "display": "Calprotectin [Mass/mass] in Stool"}]},
        "subject": {"reference": "Patient/rdh-00688120"},
        "effectiveDateTime": "2025-05-09",
        "valueQuantity": {"value": 862, "unit": "ug/g"},
        "interpretation": [{"coding": [{"code": "H"}]}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-ust-01",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "ustekinumab 90 mg SC q8 weeks"},
        "subject": {"reference": "Patient/rdh-00688120"}
      }
    }
  ]
}
"""
add('phi', 'struct', 'Esposito',
    'Darnell Hughes <dhughes@riverbendgi.com>',
    'Vendor Support <support@ibdtrackr.io>',
    'Case 88213 - bundle rejected by your /import endpoint',
    """Hi Sanjay,

Your /import endpoint returns 422 "subject reference unresolved" for the attached bundle,
which our EHR generated for one of the pilot patients. Patient resource is right there
in the bundle so I don't see why. Can you check on your side? Same thing happens for
about 30 of the 140 pilot pts.

Thanks,
Darnell""",
    d(2025, 5, 15, 14, 40),
    atts=[att_text(fhir, 'json', 'bundle_00688120.json')])

add('phi', 'struct', 'Featherstone',
    'Kim Dao <kdao@riverbendgi.com>',
    'Westgate Family Practice <records@westgatefp.com>',
    'FW: CCD for transfer of care',
    """Hi, here is the section of the CCD you asked for since the full document won't
go through your portal (file too big). Let me know if you need the meds section too.

<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.7.1"/>
  <code code="47519-4" codeSystem="2.16.840.1.113883.6.1" displayName="History of Procedures"/>
  <title>Procedures</title>
  <text>
    <table>
      <tr><th>Procedure</th><th>Date</th><th>Provider</th></tr>
      <tr><td>Colonoscopy with snare polypectomy</td><td>04/22/2025</td><td>Anand Bhatt, MD</td></tr>
      <tr><td>EGD with esophageal dilation (18 mm)</td><td>04/22/2025</td><td>Anand Bhatt, MD</td></tr>
    </table>
  </text>
</section>
<recordTarget>
  <patientRole>
    <id extension="00577341" root="2.16.840.1.113883.3.9921.1"/>
    <addr><streetAddressLine>2716 Kenny Rd</streetAddressLine><city>Upper Arlington</city><state>OH</state><postalCode>43221</postalCode></addr>
    <patient>
      <name><given>Walter</given><family>Featherstone</family></name>
      <administrativeGenderCode code="M"/>
      <birthTime value="19520713"/>
    </patient>
  </patientRole>
</recordTarget>

Kim Dao, MA
Results Coordinator, Riverbend Digestive Health""",
    d(2025, 5, 16, 9, 35))

add('phi', 'struct', 'Whitlock-Ames',
    'Gabriela Torres <gtorres@riverbendgi.com>',
    'Carla Jessup <cjessup@riverbendgi.com>',
    '835 underpaid - anesthesia line',
    """Carla, this is the one I mentioned. Cardinal paid the colonoscopy but zeroed the
anesthesia modifier line as "not medically necessary" even though she's ASA 3. Do we
appeal or send to Keystone to appeal since it's their line?

CLP*RDH117904*2*1875.00*512.60*120.00*12*CM250508771204*22*1~
NM1*QC*1*WHITLOCK-AMES*PRUDENCE****MI*CMX4471905~
DTM*232*20250429~
SVC*HC:45380*1150.00*512.60**1~
CAS*PR*1*120.00~
CAS*CO*45*517.40~
SVC*HC:00811:QK*725.00*0**1~
CAS*CO*50*725.00~
LQ*HE*N130~

G""",
    d(2025, 5, 16, 14, 18))

# =====================================================================
# PHI: lang
# =====================================================================

add('phi', 'lang', 'Hernández',
    'Guadalupe Hernández <lupita.hdz@examplemail.com>',
    'citas@riverbendgi.com',
    'pregunta sobre la preparación para la colonoscopia',
    """Buenas tardes,

Soy Guadalupe Hernández Ruiz, fecha de nacimiento 15/08/1967. Tengo la colonoscopia
con la Dra. Castellanos el jueves 22 a las 10:30. Ya compré el Golytely pero en la
farmacia me dijeron que si tomo pastillas para la diabetes (metformina) tengo que
preguntar al doctor. ¿La tomo el día antes o no? También tomo aspirina de 81.

Mi hija me va a llevar y recoger. Muchas gracias.

Lupita
Tel. 614-555-0108""",
    d(2025, 5, 18, 15, 3))

add('phi', 'lang', 'Cavalcanti',
    'Fernanda Cavalcanti <fe.cavalcanti@examplemail.com>',
    'Dominic Ferro <dferro@riverbendgi.com>',
    'infusão da minha mãe - Sra. Cavalcanti',
    """Olá Dominic,

Desculpe escrever em português, meu inglês não é muito bom por escrito.
Minha mãe, Maria do Socorro Cavalcanti, fez a infusão de infliximabe na quinta-feira
e desde sábado está com febre de 38,2 e tosse. O médico dela disse que a próxima
infusão é dia 12 de junho. Ela deve ir ao pronto-socorro? Ela pode tomar
paracetamol?

Obrigada,
Fernanda (filha)
(614) 555-0145""",
    d(2025, 5, 18, 19, 41))

add('phi', 'lang', 'Lê',
    'Lê Văn Hùng <levanhung.oh@examplemail.com>',
    'Liver Clinic <liverclinic@riverbendgi.com>',
    'Hỏi về lịch hẹn siêu âm gan',
    """Chào phòng khám,

Tôi là Lê Văn Hùng, sinh ngày 03/11/1960. Bác sĩ Rafferty nói tôi bị viêm gan B và
cần siêu âm gan mỗi 6 tháng. Lần trước tôi siêu âm vào tháng 11. Tôi chưa nhận được
giấy hẹn cho lần này. Tôi cũng sắp hết thuốc tenofovir, còn khoảng 10 viên.

Xin gọi cho con gái tôi là Lê Thị Mai, số 614-555-0152, vì cô ấy nói tiếng Anh.

Cảm ơn,
Hùng""",
    d(2025, 5, 13, 20, 9))

add('phi', 'lang', 'Pierre-Louis',
    'Jeanine Pierre-Louis <jpierrelouis@examplemail.com>',
    'Pasyan Mesaj <info@riverbendgi.com>',
    'rezilta biopsi mwen',
    """Bonjou,

Mwen se Jeanine Pierre-Louis. Mwen te fè andoskopi ak Doktè Rao 7 me. Yo te di m
yo pran yon ti moso pou voye laboratwa (biopsi). Sa fè de semèn mwen pa tande anyen.
Èske rezilta yo soti? Mwen toujou gen doulè nan vant apre m fin manje, e m ap pran
omeprazole chak maten jan li te di m nan.

Mèsi anpil,
Jeanine
614-555-0166""",
    d(2025, 5, 21, 9, 47))

add('phi', 'lang', 'Соколова',
    'Соколова Ирина <i.sokolova@examplemail.com>',
    'Capsule Lab <capsule@riverbendgi.com>',
    'Капсульная эндоскопия - вопрос',
    """Здравствуйте!

Меня зовут Соколова Ирина Павловна, дата рождения 21.09.1972. В пятницу я глотала
капсулу для исследования тонкой кишки (доктор Бхатт). Прошло уже четыре дня, а
капсула, кажется, не вышла - я не видела её. Живот не болит, но немного вздут.
Нужно ли делать рентген? Я записана на МРТ колена 2 июня, это опасно?

С уважением,
Ирина
тел. 614-555-0124""",
    d(2025, 5, 20, 11, 28))

add('phi', 'lang', 'Dimaculangan',
    'Rowena Dimaculangan <rowena.dimac@examplemail.com>',
    'Nutrition Service <nutrition@riverbendgi.com>',
    'tanong po about sa diet ni Papa',
    """Hello po Ms. Hollis,

Ako po si Rowena, anak ni Ernesto Dimaculangan. Nagpa-check up po siya last week sa
liver clinic kay Dr. Rafferty at sabi po kailangan low salt diet kasi may tubig daw
sa tiyan niya (ascites). Pwede po ba siya kumain ng tuyo at bagoong paminsan-minsan?
Kasi yun po talaga gusto niya. Tapos yung water pills po niya (furosemide at
spironolactone) parang lagi siyang naiihi sa gabi, okay lang po ba inumin sa umaga?

Salamat po!
Rowena""",
    d(2025, 5, 17, 8, 12))

add('phi', 'lang', 'الشمري',
    'Khalid Al-Shammari <k.alshammari@examplemail.com>',
    'Endoscopy Center <endo@riverbendgi.com>',
    'استفسار عن حالة والدي بعد المنظار',
    """السلام عليكم،

أنا خالد، ابن المريض سعود عبدالله الشمري. أجرى والدي منظار القنوات الصفراوية
(ERCP) يوم الثلاثاء مع الدكتور بهات وتم تركيب دعامة. منذ أمس عنده ألم في البطن
وحرارة ٣٨٫٤ ولون عينيه أصفر قليلاً. هل يجب أن نذهب إلى الطوارئ؟

رقمي: 614-555-0181
شكراً جزيلاً
خالد""",
    d(2025, 5, 16, 22, 14))

add('phi', 'lang', '陈',
    'Chen Wei <chenwei.oh@examplemail.com>',
    'Liver Clinic <liverclinic@riverbendgi.com>',
    '关于我母亲陈秀英的肝功能检查',
    """您好，

我母亲陈秀英（出生日期：1955年4月9日）上周在肝病门诊看了Rafferty医生，抽了血。
医生说如果转氨酶还是高，就要做肝穿刺活检。请问结果出来了吗？她现在每天吃恩替卡韦
0.5毫克。她不会说英语，请打电话给我：614-555-0179。

谢谢！
陈伟 (Wei Chen)""",
    d(2025, 5, 19, 10, 56))

# =====================================================================
# CLEAN: admin
# =====================================================================

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@riverbendgi.com>',
    'All Staff <allstaff@riverbendgi.com>',
    'PLANNED DOWNTIME: EHR upgrade Sat 5/24 10pm - Sun 5/25 4am (CHG0019427)',
    """All,

The EHR will be unavailable from Saturday 5/24 at 22:00 until Sunday 5/25 at 04:00 for
the quarterly upgrade (change CHG0019427). The endoscopy center is closed; the
after-hours triage nurse will use the downtime binder and the read-only BCA
workstation in the triage office.

 - Downtime forms: S:\\Clinical\\Downtime\\2025
 - Report problems after go-live: ticket via the portal or x4357 (HELP)
 - On-call analyst: Darnell Hughes, cell 614-555-0102

Thanks for your patience,
IT Service Desk
Riverbend Digestive Health""",
    d(2025, 5, 16, 12, 0))

add('clean', 'admin', '',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'Endo RNs <endo-rn@riverbendgi.com>; Endo Techs <endo-tech@riverbendgi.com>',
    'June coverage - still 3 holes',
    """Hi everyone - June schedule is posted on the board and in Teams. Still open:

  Mon 6/2   pre-op RN 0630-1500
  Fri 6/13  recovery RN 0700-1530 (Jules is out)
  Mon 6/30  tech, room 2, 0630-1500

If you can pick one up, reply to me, not reply-all please :) Abby, your PTO for
6/16-6/20 is approved. Marco - swapped you to rooms on the 9th like you asked.

Reminder: competency day for the new scopes is 6/11, 1300-1600, lunch provided,
mandatory for everybody who touches a scope.

T

""" + SIG_TAMSIN,
    d(2025, 5, 14, 14, 33))

add('clean', 'admin', '',
    'Accounts Receivable <ar@medisoftbilling.com>',
    'Carla Jessup <cjessup@riverbendgi.com>',
    'Invoice INV-2025-20931 - Riverbend Digestive Health - due 6/15',
    """Dear Carla,

Please find below the invoice summary for April services.

Invoice #:       INV-2025-20931
Customer ID:     RDH-0044
Period:          04/01/2025 - 04/30/2025
Claims processed:        3,412 @ $0.42      $1,433.04
Eligibility txns (270):  5,880 @ $0.08        $470.40
ERA posting (835):       flat                  $350.00
Patient statements:      1,206 @ $0.61        $735.66
Total due:                                  $2,989.10

Remit to: MediSoft Billing Solutions, PO Box 55190, Dayton OH 45401
ACH: Routing 041000000 / Acct ending 7731

Questions? Call Terrence Ball, 937-555-0166.

Thank you for your business!""",
    d(2025, 5, 15, 9, 0, EDT))

add('clean', 'admin', '',
    'Human Resources <hr@riverbendgi.com>',
    'All Staff <allstaff@riverbendgi.com>',
    'Welcome our new team members!',
    """Please join us in welcoming:

  * Jasmine Ortiz, RN - Endoscopy pre-op/recovery, starting 6/2
  * Peter Obi, CST - Endoscopy tech, starting 6/2
  * Leah Hoffmann, MD - Hepatology, starting 8/1 (coming to us from University Hospitals)
  * Marisol Vega, CPhT - moving from the front desk to Prior Authorization (congrats!)

Jasmine and Peter will be shadowing Tamsin the first two weeks. Badge photos are
Tues 6/3 at 9:00 in HR (Suite 150).

Also a reminder that open enrollment closes 5/30 - if you don't log in to the
benefits portal you'll be rolled over into your current plan.

Denise Haroldson, SHRM-CP
HR Generalist
614-555-0120""",
    d(2025, 5, 19, 10, 5))

add('clean', 'admin', '',
    'Ohio Valley Mechanical <dispatch@ovmech.com>',
    'Facilities <facilities@riverbendgi.com>',
    'WO-55812 completed - scope reprocessing room HVAC',
    """Work Order: WO-55812
Site: Riverbend Digestive Health, 2200 Carrow Pkwy Ste 140
Area: Scope reprocessing / decontamination room
Tech: Luis Ocampo (Lic. #HVAC-OH-38812)

Found: exhaust fan belt failed, room was running positive to corridor.
Done: replaced belt + motor sheave, rebalanced, verified negative pressure (-0.012 in. w.c.)
and 12 ACH. Left smoke-test photos with Carla Jessup.

Labor 3.5 hr, parts $184.20. Invoice to follow.

Ohio Valley Mechanical
24/7 dispatch 614-555-0190""",
    d(2025, 5, 13, 17, 40))

add('clean', 'admin', '',
    'Ingrid Solberg MD <isolberg@keystoneanes.com>',
    'Carla Jessup <cjessup@riverbendgi.com>',
    'RE: Q3 anesthesia coverage + contract renewal meeting',
    """Carla,

Tuesday 6/10 at 7am works for me and Wes. We'd like to go over:
 1. room coverage when you open room 3 in August (we'd need a 3rd CRNA Mon/Wed/Fri)
 2. the stipend language in section 4.2
 3. PACU staffing ratio with the later Thursday lists

Please send the Teams link. Our practice administrator Glenn Ruiz (glenn.ruiz@keystoneanes.com,
614-555-0187) will join too.

Ingrid

Ingrid Solberg, MD
President, Keystone Anesthesia Associates

> On May 15, 2025, at 4:12 PM, Carla Jessup <cjessup@riverbendgi.com> wrote:
> Ingrid - can we find a time in early June to sit down on the renewal?
> Carla Jessup, MBA, Practice Administrator
""",
    d(2025, 5, 16, 6, 48))

add('clean', 'admin', '',
    'Carla Jessup <cjessup@riverbendgi.com>',
    'Physicians <physicians@riverbendgi.com>',
    'Northfield rate proposal - 2026',
    """Docs,

Northfield sent their 2026 fee schedule proposal. Headline numbers for our top codes
(% of 2025 Medicare):

  CPT 45378 diagnostic colonoscopy     118% -> 121%
  CPT 45380 colonoscopy w/ biopsy      118% -> 121%
  CPT 45385 colonoscopy w/ snare       115% -> 119%
  CPT 43239 EGD w/ biopsy              120% -> 120% (flat)
  CPT 91110 capsule endoscopy          102% -> 105%
  J1745 infliximab (per 10 mg)         ASP+4% -> ASP+6%
  Facility (ASC) rates: still 88% of Medicare ASC, no change

Their contracting lead is Roberta Finch (rfinch@northfieldhealth.com). I'd like to
push back on the EGD and the ASC rates. Please send me comments by Friday, we'll
discuss at the partners' meeting 5/28.

Carla

Carla Jessup, MBA
Practice Administrator
""" + DISCLAIMER,
    d(2025, 5, 19, 16, 30))

# =====================================================================
# CLEAN: lookalike
# =====================================================================

add('clean', 'lookalike', '',
    'IronWorks Fitness <members@ironworksfit.com>',
    'Dominic Ferro <dom.ferro@examplemail.com>',
    'Your InBody results + member #IW-0048817',
    """Hi Dominic,

Thanks for coming in for your 90-day check-in! Here's your body composition scan:

  Member #:           IW-0048817
  Scan date:          05/10/2025
  Weight:             201.4 lb  (-6.2)
  Skeletal muscle:     92.1 lb  (+1.4)
  Body fat %:          22.8%    (-2.9)
  Visceral fat level:  9
  Resting HR:          61 bpm
  BMR:                 1,912 kcal

Coach Tanya recommends bumping protein to 160 g/day and adding a second leg day.
Your next assessment is booked for 08/09 at 8:00 AM.

Questions about your membership? Call 614-555-0131.
IronWorks Fitness - Polaris""",
    d(2025, 5, 10, 11, 20))

add('clean', 'lookalike', '',
    'Scioto Animal Hospital <care@sciotovet.com>',
    'Anand Bhatt <anand.bhatt.home@examplemail.com>',
    "Biscuit's lab results and endoscopy follow-up",
    """Hi Dr. Bhatt (ha - from one doctor to another!),

Biscuit's bloodwork from Tuesday is back. His ALT is 412 (ref 10-125) and ALP 890, so
his liver values are still up. The endoscopic biopsies of his stomach and duodenum
showed lymphoplasmacytic enteritis, which lines up with the chronic vomiting.

Plan from Dr. Kessler:
  - hydrolyzed protein diet (Hill's z/d) only, no treats, 8 weeks
  - prednisolone 5 mg once daily x 14 days, then every other day
  - Denamarin 1 tab daily for the liver
  - recheck chemistry in 4 weeks

Patient: Biscuit (canine, beagle mix, MN, 7 yrs)   Client #: 20417   Patient ID: 55831-02
Balance due: $428.60

Scioto Animal Hospital | 614-555-0172""",
    d(2025, 5, 14, 15, 5))

add('clean', 'lookalike', '',
    'Buckeye Educators Credit Union <alerts@buckeyeecu.org>',
    'Tessa Kim <tessa.kim@examplemail.com>',
    'Member #442109 - your auto loan payment was received',
    """Hello TESSA,

We received your payment of $386.14 for loan ID 442109-L02 on 05/15/2025.

  Member number:     442109
  Account:           ****7718 (Share Savings)
  Next payment due:  06/15/2025
  Remaining balance: $11,902.77

Reminder: Our Health Savings Account (HSA) now offers 3.10% APY for members with a
qualifying high-deductible plan. Visit any branch or call 614-555-0148.

Buckeye Educators Credit Union - Federally insured by NCUA""",
    d(2025, 5, 15, 6, 1))

add('clean', 'lookalike', '',
    'Skylark Airlines <noreply@skylarkair.com>',
    'Sunita Rao <sunita.rao@examplemail.com>',
    'Booking confirmed: CMH -> SFO, Conf. K7QZP2',
    """Your trip is confirmed.

Confirmation code: K7QZP2
Passenger: RAO/SUNITA DR
SkyMiles #: 2093 4471 882
Known Traveler #: on file

Flight SK 1184  Columbus (CMH) 07:05 -> Chicago (ORD) 07:52   Seat 9C
Flight SK 2210  Chicago (ORD) 09:15 -> San Francisco (SFO) 11:58   Seat 9C

Special service request: WCHR (wheelchair to gate) - NOT REQUESTED
Meal: Gluten-free (GFML)

Traveling to a conference? Add trip protection for $34 - covers cancellation due to
illness or injury. Manage your booking at skylarkair.com/trips.""",
    d(2025, 5, 9, 19, 42))

add('clean', 'lookalike', '',
    'Claims - Heartland Auto Insurance <claims@heartlandauto.com>',
    'Brianna Tuck <bri.tuck93@examplemail.com>',
    'Claim HA-25-0661842: adjuster assigned',
    """Dear Brianna Tuck,

Thank you for reporting the loss on 05/11/2025. Your claim has been assigned.

  Claim number:      HA-25-0661842
  Policy number:     HAP 4417 20983
  Vehicle:           2019 Honda CR-V, VIN ending 40217
  Adjuster:          Neil Whitford, 614-555-0185 ext 3
  Coverage:          Collision ($500 deductible), Medical Payments, Rental

You indicated no injuries at the scene. If you later need treatment, Medical Payments
coverage can reimburse up to $5,000 - just keep your receipts.

Please schedule your damage inspection at any Heartland Preferred body shop.

Heartland Auto Insurance Company""",
    d(2025, 5, 12, 13, 10))

add('clean', 'lookalike', '',
    'Gus Lindahl <gus@lindahltreecare.com>',
    'Carla Jessup <carla.jessup@examplemail.com>',
    'your red oak - diagnosis + estimate',
    """Hi Carla,

Took a look at the big red oak by your driveway this morning. Bad news is it's got
bacterial leaf scorch and there's a decent amount of canker on the north leader with
some decay at the root flare (probably from when the driveway was poured). It's not
an emergency but I wouldn't wait past the fall.

Treatment options:
  1) prune the dead wood + deep root injection + soil drench, then re-assess in a yr
     - $1,150
  2) full removal + stump grind - $3,400

I'd give it a 50/50 prognosis honestly. Let me know, we have an opening the week of 6/9.

Gus Lindahl, ISA Certified Arborist OH-1029A
Lindahl Tree Care  |  614-555-0107""",
    d(2025, 5, 17, 10, 22))

add('clean', 'lookalike', '',
    'Jenkins CI <jenkins@build.ibdtrackr.io>',
    'dev-alerts@ibdtrackr.io',
    '[FAILED] ingest-worker #4471 - patient-retry queue stuck',
    """Build #4471 of ingest-worker FAILED (main, commit 3f9c2ab)

Stage: integration-tests
  test_patient_zero_reaper ................................ FAIL
    AssertionError: expected patient process to be reaped after 3 heartbeats, got alive
  test_discharge_queue_drain ................................ ok
  test_triage_priority_inversion ............................ FAIL
    timeout after 30000 ms waiting for /admit on worker-2

Log excerpt:
  2025-05-15T02:14:07Z WARN  supervisor: patient process pid=48817 unresponsive (hb=3)
  2025-05-15T02:14:07Z INFO  supervisor: escalating to ICU pool (critical restarts=4)
  2025-05-15T02:14:37Z ERROR supervisor: DNR flag set on pid=48817, not restarting

Blame: sanjay.m (changed supervisor/triage.go)
https://build.ibdtrackr.io/job/ingest-worker/4471/""",
    d(2025, 5, 15, 2, 15, datetime.timezone.utc))

# =====================================================================
# CLEAN: news
# =====================================================================

news_html = """<html><body style="font-family:Georgia,serif">
<h2>Great Lakes GI Society &mdash; May Bulletin</h2>
<h3>Annual meeting: registration open</h3>
<p>Join us Sept 18-20 in Cleveland. Keynote by Dr. Harriet Osei on AI-assisted adenoma detection
and whether ADR targets should move to 35%.</p>
<h3>Member spotlight</h3>
<p>Congratulations to Dr. Miriam Castellanos (Riverbend Digestive Health) on her election as
Society treasurer, and to Dr. Paul Veltri on 30 years in practice.</p>
<h3>Coding corner</h3>
<p>Reminder: when a screening colonoscopy becomes therapeutic, append modifier PT (Medicare) or 33
(commercial) so patient cost-sharing is waived.</p>
<p style="font-size:9pt">You are receiving this because you are a member. <a href="https://greatlakesgi.org/unsubscribe">Unsubscribe</a></p>
</body></html>"""
add('clean', 'news', '',
    'Great Lakes GI Society <bulletin@greatlakesgi.org>',
    'Miriam Castellanos <mcastellanos@riverbendgi.com>',
    'May Bulletin: annual meeting, ADR targets, coding corner',
    """Great Lakes GI Society - May Bulletin

ANNUAL MEETING: REGISTRATION OPEN
Join us Sept 18-20 in Cleveland. Keynote by Dr. Harriet Osei on AI-assisted adenoma
detection and whether ADR targets should move to 35%.

MEMBER SPOTLIGHT
Congratulations to Dr. Miriam Castellanos (Riverbend Digestive Health) on her election
as Society treasurer, and to Dr. Paul Veltri on 30 years in practice.

CODING CORNER
Reminder: when a screening colonoscopy becomes therapeutic, append modifier PT
(Medicare) or 33 (commercial) so patient cost-sharing is waived.

Unsubscribe: https://greatlakesgi.org/unsubscribe""",
    d(2025, 5, 6, 7, 0), html=news_html)

add('clean', 'news', '',
    'County Health Department <alerts@franklinco-health.example.gov>',
    'Provider Alert List <provider-alerts@lists.franklinco-health.example.gov>',
    'HEALTH ADVISORY: Hepatitis A cluster - vaccination recommended',
    """HEALTH ADVISORY - For Healthcare Providers
Date: May 14, 2025

Summary: The County Health Department is investigating a cluster of 23 confirmed
hepatitis A cases reported since March 1, 2025 (median age 41, range 19-72; 15 male).
Fourteen (61%) were hospitalized; no deaths. Cases are concentrated among people
experiencing homelessness and people who use drugs.

Recommendations for providers:
  1. Consider hepatitis A in patients with acute jaundice, dark urine, elevated ALT.
  2. Report suspected cases within 24 hours: 614-555-0100 (24/7).
  3. Offer HAV vaccine to at-risk adults, patients with chronic liver disease,
     and post-exposure prophylaxis within 14 days of exposure.

Free vaccine is available through the Health Department for uninsured adults.

This message was sent to registered providers. Please forward to clinical staff.""",
    d(2025, 5, 14, 16, 0))

add('clean', 'news', '',
    'Pharmacy Purchasing <purchasing@riverbendgi.com>',
    'Clinical Staff <clinical@riverbendgi.com>',
    'RECALL: PEG-3350/electrolyte bowel prep lots 24K118, 24K121 (Class II)',
    """All -

FYI, manufacturer recall received this morning. Please check the sample cupboard in
pre-op and the nurse line cabinet.

  Product:  PEG-3350 and electrolytes for oral solution, 4 L jug, generic (Halvorsen Pharma)
  Lots:     24K118 (exp 11/2026), 24K121 (exp 12/2026)
  Reason:   Some jugs may contain under-filled powder (about 85% of labeled PEG), which
            could result in inadequate bowel cleansing.
  Class:    II (voluntary, pharmacy/retail level)

We don't stock these lots as far as I can tell, but we gave out some samples in April.
Anyone calling in with a "bad prep" question and a jug from those lots -> document and
have them call the number on the notice (800-555-0196). Nurse line has the script.

Nadine Ruel, PharmD
Pharmacy & Purchasing""",
    d(2025, 5, 15, 8, 40))

add('clean', 'news', '',
    'Riverbend Weekly <newsletter@riverbendgi.com>',
    'All Staff <allstaff@riverbendgi.com>',
    'Riverbend Weekly: record month, new capsule reader, birthdays',
    """RIVERBEND WEEKLY  |  May 16, 2025

BY THE NUMBERS (April)
  1,418 colonoscopies  |  612 EGDs  |  74 capsule studies  |  388 infusions
  Adenoma detection rate (group): 41.2%  |  Cecal intubation: 98.6%
  Patient satisfaction (Press Ganey, endoscopy): 94th percentile

NEW EQUIPMENT
The capsule lab's new reading software is live. Thanks to Dr. Bhatt and Kim Dao for
testing it for 3 weeks.

KUDOS
To Dominic Ferro and the infusion team: zero missed doses in April despite the
biosimilar switch. And to Brianna Tuck, who personally rescheduled 212 patients after
the ice storm closure.

BIRTHDAYS
  Joelle Avery (5/19), Wes Pardo (5/22 - honorary Riverbend!), Kim Dao (5/30)

Potluck next Friday in the big break room - sign-up sheet by the time clock.""",
    d(2025, 5, 16, 12, 30),
    cte='quoted-printable')

add('clean', 'news', '',
    'FDA MedWatch <medwatch-list@example-fda-subscribe.gov>',
    'Nadine Ruel <nruel@riverbendgi.com>',
    'MedWatch Safety Alert: Duodenoscope reprocessing - updated recommendations',
    """MedWatch - The FDA Safety Information and Adverse Event Reporting Program

Duodenoscopes: Updated Reprocessing Recommendations - Safety Communication

AUDIENCE: Gastroenterology, Infection Control, Risk Manager, Sterile Processing

ISSUE: Post-market surveillance sampling found 5.4% of reprocessed duodenoscopes with
high-concern organisms after reprocessing. Reports describe 11 patient infections
potentially associated with inadequately reprocessed devices over the past 12 months.

RECOMMENDATION: Facilities should transition to duodenoscopes with disposable
components or fully disposable models where feasible; follow manufacturer
instructions, including microbiological culturing per the FDA/CDC/ASM protocol.

Read the full communication and report problems at the MedWatch website.""",
    d(2025, 5, 9, 14, 12))

add('clean', 'news', '',
    'State Cancer Registry <registry-news@ohcancerdata.example.org>',
    'Sunita Rao <srao@riverbendgi.com>',
    'Data brief: early-onset colorectal cancer trends, 2014-2023',
    """DATA BRIEF No. 41 - Early-Onset Colorectal Cancer in Ohio, 2014-2023

Key findings
  * Incidence in adults 20-49 rose from 10.9 to 13.8 per 100,000 (+2.6%/yr).
  * Rectal primaries made up 38% of early-onset cases vs 27% at age 50+.
  * 58% of early-onset cases were diagnosed at regional or distant stage.
  * Screening uptake ages 45-49 rose from 19% (2021) to 33% (2023) after the
    guideline change.

Counts below 11 are suppressed per registry policy. County tables and methods
are available on the registry website.

Questions: Dr. Alan Greaves, Epidemiology Section, 614-555-0115""",
    d(2025, 5, 7, 9, 30))

# =====================================================================
# CLEAN: staff
# =====================================================================

add('clean', 'staff', '',
    'Ingrid Solberg MD <isolberg@keystoneanes.com>',
    'Physicians <physicians@riverbendgi.com>; Tamsin Lowry <tlowry@riverbendgi.com>',
    'GLP-1 agonists before endoscopy - updated joint protocol',
    """Colleagues,

Following our last M&M, here's the updated joint GI/anesthesia approach for patients
on GLP-1 receptor agonists (semaglutide, tirzepatide, liraglutide, dulaglutide, etc.):

 1. No routine hold for most patients; instead 24 hr clear liquid diet before procedure.
 2. HOLD (weekly agent 1 week, daily agent day-of) if: escalation phase, GI symptoms
    (nausea, vomiting, bloating), or upper endoscopy alone.
 3. Pre-op RN asks about symptoms and last dose; any "yes" -> anesthesia huddle.
 4. Consider gastric ultrasound in pre-op if available; low threshold for
    RSI/intubation if full stomach suspected.
 5. Diabetics on GLP-1 for glycemic control: coordinate with prescriber, don't just stop.

Comments by 5/30 please, we'll finalise at the June quality meeting.

Ingrid Solberg, MD
Keystone Anesthesia Associates""",
    d(2025, 5, 12, 18, 5))

add('clean', 'staff', '',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Physicians <physicians@riverbendgi.com>',
    'Saturday lists in June?',
    """All - Carla says the backlog for screening colonoscopies is now 9 weeks. Proposal:
two Saturday lists a month in June/July, one room, 7-12, 10 cases each. Anesthesia is
ok with it if we give them 3 wks notice.

Who's in? I'll take 6/7 and 6/21. Need one more doc for 6/14 and 6/28 and someone
for July. Hepatology folks - you're exempt, you have enough going on.

Anand""",
    d(2025, 5, 13, 21, 2))

add('clean', 'staff', '',
    'Sunita Rao <srao@riverbendgi.com>',
    'GI Partners <physicians@riverbendgi.com>',
    'curbside: refractory C diff, FMT vs bezlotox?',
    """Quick curbside for the group, no need to reply-all if you don't have thoughts.

60s male, 3rd recurrence of C diff in 5 months, each after a course of antibiotics for
something else (urology, dental). Got vanc taper after the 2nd, fidaxomicin this time
with good initial response. Immunocompetent, no IBD. Wants to avoid a colonoscopy if
possible.

Is anyone doing the oral capsule microbiome product yet and has payer experience?
Or would you do FMT by colonoscopy? Bezlotoxumab is no longer available, right?

Sunita""",
    d(2025, 5, 14, 19, 27))

add('clean', 'staff', '',
    'Joelle Avery <javery@riverbendgi.com>',
    'Miriam Castellanos MD <mcastellanos@riverbendgi.com>',
    'general q - prep for dialysis pts',
    """Dr C, not about a specific pt - I'm updating the triage nurse line script and we keep
getting calls from dialysis patients asking which prep. Current script says to avoid
sodium phosphate and Mg citrate, use PEG-based split dose. Should we also tell them to
schedule the procedure on a non-dialysis day, and any rule on fluid limits? I'd like
to have one standard answer.

Joelle Avery, LPN
Triage Line""",
    d(2025, 5, 15, 13, 58))

add('clean', 'staff', '',
    'Wes Pardo <wpardo@keystoneanes.com>',
    'Tamsin Lowry <tlowry@riverbendgi.com>',
    'RE: propofol in room 3 / ASA 4 policy',
    """Tamsin,

Short answer: yes - per our policy ASA 4 patients are not appropriate for the ASC at
all, they go to the hospital. ASA 3 with BMI >50 needs anesthesia MD review 48 hrs
before, not the morning of. We'll need a CRNA in room 3 regardless if they're running
propofol, the GI docs can't do nurse-administered propofol under our state rules.

Attaching the policy PDF next email, I can't find the latest version on my laptop.

Wes

> Tamsin Lowry wrote:
> If we open room 3 for shorter cases, can the GI docs run moderate sedation there
> and keep propofol to rooms 1/2? And what's the cutoff for ASA 4s again?
""",
    d(2025, 5, 16, 7, 33))

add('clean', 'staff', '',
    'Hollis Grant <hgrant@riverbendgi.com>',
    'Nutrition Service <nutrition@riverbendgi.com>',
    'refeeding protocol draft v3',
    """Team, draft v3 of the outpatient refeeding risk protocol (per ASPEN criteria):

High risk if ANY of: BMI <16, wt loss >15% in 3-6 mo, little/no intake >10 days,
low K/Phos/Mg before feeding. Or TWO of: BMI <18.5, wt loss >10%, no intake >5 days,
hx of EtOH misuse or chemo/insulin/antacids/diuretics.

Start 10 kcal/kg/day for high risk (5 kcal/kg if extreme), advance over 4-7 days.
Thiamine 100 mg before feeding and daily x 5-7 days. Check K/Phos/Mg daily x 3 days
then 2x/wk. Home pts: labs via home health draw.

Redlines welcome, esp from Lena (HPN side).

""" + SIG_HOLLIS,
    d(2025, 5, 15, 15, 10))

add('clean', 'staff', '',
    'Percival Ames MD <pames@lsgipath.com>',
    'Sunita Rao <srao@riverbendgi.com>; Carla Jessup <cjessup@riverbendgi.com>',
    'Turnaround time Q1 + plan for IHC delays',
    """Sunita, Carla,

Our Q1 numbers for Riverbend:
  - routine GI biopsies: median TAT 1.8 days, 90th pct 3.1 days
  - polyps w/ levels: median 2.2 days
  - cases needing IHC (HP, CMV, MMR): median 4.6 days - this is the problem

We're bringing the IHC stainer in-house in July which should cut IHC cases to ~3 days.
Until then, if you flag "r/o CMV" or "HP IHC if gastritis" on the requisition we'll
order up front at grossing instead of after sign-out review.

Happy to come to your partners' meeting to talk through it.

Percival Ames, MD
Medical Director, Lakeshore GI Pathology""",
    d(2025, 5, 16, 10, 15))

# =====================================================================
# CLEAN: training
# =====================================================================

add('clean', 'training', '',
    'Darnell Hughes <dhughes@riverbendgi.com>',
    'New Hires <newhire-training@riverbendgi.com>',
    'EHR training env - test patients for Tuesday',
    """Hi all,

For Tuesday's EHR class (9-12, training room B) log into the TRAIN environment, NOT
production. Use these test patients only:

  ZZTEST, ENDOPATIENT     MRN 99900001   DOB 01/01/1950   (colonoscopy workflow)
  ZZTEST, INFUSIONPT      MRN 99900002   DOB 02/02/1980   (biologic order set)
  ZZTEST, LIVERPATIENT    MRN 99900003   DOB 03/03/1965   (liver clinic f/u)
  TRAINING, BABY BOY      MRN 99900004   DOB 04/04/2020   (peds, capsule)

Exercises: book a colonoscopy with MAC, place the split-dose prep order, document
pre-op vitals, enter a path result, and route it to the provider. Anything you do to
these charts gets wiped every night at 2am.

Darnell Hughes
Applications Analyst II""",
    d(2025, 5, 16, 15, 0))

demo_hl7 = "\n".join([
    r"MSH|^~\&|DEMO_LIS|DEMOLAB|DEMO_EHR|DEMOCLINIC|20250101120000||ORU^R01|DEMO0001|T|2.5.1",
    r"PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||5550000000",
    r"OBR|1|DEMO-ORD-1|DEMO-ACC-1|88305^SURG PATH^CPT|||20250101090000",
    r"OBX|1|TX|22637-3^PATH REPORT.FINAL DX^LN||SAMPLE TEXT - THIS IS NOT A REAL RESULT||||||F"])
add('clean', 'training', '',
    'Priya Natarajan <pnatarajan@pathlinkhealth.com>',
    'Darnell Hughes <dhughes@riverbendgi.com>',
    'PathLink demo follow-up + sample ORU',
    """Hi Darnell,

Thanks for sitting through the demo Thursday. As promised, here is the sample result
message our interface sends (test data - the "John Doe" patient lives in every one of
our demo environments):

""" + demo_hl7 + """

Processing ID is T (test), so your engine should route it to the test queue. Your 30-day
sandbox is at https://sandbox.pathlinkhealth.com/riverbend, login sent separately.

Best,
Priya Natarajan
Solutions Engineer, PathLink Health""",
    d(2025, 5, 12, 16, 44))

tmpl = [["mrn", "last_name", "first_name", "dob", "procedure", "due_month", "phone"],
        ["00000000", "SAMPLE", "JANE", "1900-01-01", "COLONOSCOPY", "2025-01", "555-555-5555"],
        ["00000001", "SAMPLE", "JOHN", "1900-01-01", "EGD", "2025-02", "555-555-5555"],
        ["00000002", "TESTPATIENT", "ZZ", "1900-01-01", "FLEX SIG", "2025-03", "555-555-5555"]]
add('clean', 'training', '',
    'Support <support@recallbridge.com>',
    'Brianna Tuck <btuck@riverbendgi.com>',
    'RecallBridge onboarding: upload template',
    """Hi Brianna,

Welcome to RecallBridge! Attached is the CSV upload template with sample rows so you
can see the format. Please delete the sample rows before uploading your real list -
dates must be YYYY-MM-DD and phone numbers 10 digits.

Tip: our onboarding video (12 min) walks through mapping your EHR export columns.

The RecallBridge Team""",
    d(2025, 5, 13, 11, 11),
    atts=[att_text(csv_text(tmpl), 'csv', 'recallbridge_upload_template.csv')])

add('clean', 'training', '',
    'Brianna Tuck <btuck@riverbendgi.com>',
    'Scheduling <scheduling@riverbendgi.com>',
    'new scheduler quiz - answers due Fri',
    """For Jasmine and Peter (and anyone who wants a refresher). These are made-up
scenarios, don't go looking for them in the system lol.

1. "Mrs. Example" calls, she's 52 and wants a screening colonoscopy, had one at 45
   that was normal. When is she due?
2. A caller says he's on "blood thinners." What 3 questions do you ask and who do you
   route to?
3. A patient wants to take an Uber home after propofol. What do you say?
4. "Test Patient A" is on semaglutide weekly. Which protocol applies and who reviews?
5. Caller's insurance is Northfield HMO - which procedures need a referral on file?

Answer key is in the Scheduling Teams channel, no peeking.

""" + SIG_BRI,
    d(2025, 5, 20, 9, 30))

add('clean', 'training', '',
    'Compliance Office <compliance@riverbendgi.com>',
    'All Staff <allstaff@riverbendgi.com>',
    'Annual HIPAA refresher - due June 30 (with example scenario)',
    """All staff,

The annual HIPAA/privacy refresher is now assigned in the learning portal (35 min).
Completion is required by June 30.

This year's module focuses on email. Example from the course (fictional):

   "A scheduler emails a spreadsheet of tomorrow's endoscopy list with names and
    dates of birth to her personal Gmail to work from home. Is this a breach?"
    Answer: Yes - PHI sent to an unapproved account. Report it to Compliance
    within 24 hours, even if you think the file was deleted.

Reminders:
  * Use [secure] in the subject line to encrypt outbound email with patient info.
  * Never text patient photos from a personal phone.
  * Report lost badges/laptops right away: 614-555-0111.

Rosalind Achebe, JD, CHC
Privacy & Compliance Officer""",
    d(2025, 5, 19, 8, 0))

cap_html = """<html><body>
<p>Hi Dr. Bhatt,</p>
<p>Your <b>CapsuleView Pro</b> demo workstation is ready. It comes preloaded with three
anonymised teaching studies:</p>
<ul>
<li><b>DEMO-001</b> &ndash; normal small bowel transit (teaching case)</li>
<li><b>DEMO-002</b> &ndash; angioectasias, jejunum (teaching case)</li>
<li><b>DEMO-003</b> &ndash; Crohn's ulcerations, terminal ileum (teaching case)</li>
</ul>
<p>All patient fields show &ldquo;DEMO PATIENT&rdquo;. Your trial license: CVP-TRIAL-7Q2K-99A1 (expires 6/30).</p>
<p>Cheers,<br>Marcus Feld<br>Clinical Applications Specialist, Orbis Imaging</p>
</body></html>"""
add('clean', 'training', '',
    'Marcus Feld <mfeld@orbisimaging.com>',
    'Anand Bhatt <abhatt@riverbendgi.com>',
    'Your CapsuleView Pro demo is ready',
    """Hi Dr. Bhatt,

Your CapsuleView Pro demo workstation is ready. It comes preloaded with three
anonymised teaching studies:

 - DEMO-001 - normal small bowel transit (teaching case)
 - DEMO-002 - angioectasias, jejunum (teaching case)
 - DEMO-003 - Crohn's ulcerations, terminal ileum (teaching case)

All patient fields show "DEMO PATIENT". Your trial license: CVP-TRIAL-7Q2K-99A1
(expires 6/30).

Cheers,
Marcus Feld
Clinical Applications Specialist, Orbis Imaging""",
    d(2025, 5, 15, 10, 45), html=cap_html)

# =====================================================================
# Build
# =====================================================================
MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', None, None,
           'Mozilla Thunderbird 128.3', None]


def build(i, m, num):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to'].replace('; ', ', ')
    if m['cc']:
        msg['Cc'] = m['cc'].replace('; ', ', ')
    msg['Subject'] = m['subj']
    msg['Date'] = format_datetime(m['date'])
    dom = m['frm'].rsplit('@', 1)[1].rstrip('>').strip()
    msg['Message-ID'] = '<%s%03d.%d.%d@%s>' % (m['kind'], num, SEED, 880000 + i * 37, dom)
    xm = MAILERS[(i * 7 + SEED) % len(MAILERS)]
    if xm:
        msg['X-Mailer'] = xm
    for k, v in m['headers'].items():
        msg[k] = v
    kw = {}
    if m['cte']:
        kw['cte'] = m['cte']
    elif m['body'].isascii() and i % 4 != 0:
        kw['cte'] = '7bit'   # most clients send plain ASCII as-is; every 4th left to the heuristic
    msg.set_content(m['body'], charset='utf-8', **kw)
    if m['html']:
        hkw = {'cte': '7bit'} if (m['html'].isascii() and i % 3) else {}
        msg.add_alternative(m['html'], subtype='html', charset='utf-8', **hkw)
    for a in m['atts']:
        if a[0] == 'text':
            _, content, subtype, fn = a
            msg.add_attachment(content, subtype=subtype, charset='utf-8', filename=fn)
        else:
            _, data, maint, subt, fn = a
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fn)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    return msg


def main():
    counters = {}
    rows = []
    for i, m in enumerate(MSGS):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        num = counters[key]
        fn = '%s-%s-%03d.eml' % (m['label'], m['kind'], num)
        msg = build(i, m, num)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    summary = {}
    for r in rows:
        summary[(r[1], r[2])] = summary.get((r[1], r[2]), 0) + 1
    for k in sorted(summary):
        print('%s-%s: %d' % (k[0], k[1], summary[k]))
    print('total: %d' % len(rows))


if __name__ == '__main__':
    main()
