#!/usr/bin/env python3
"""Blind evaluation mail set: community health centre HIV care / PrEP clinic,
harm reduction programme, Ryan White case management.  SEED 7202.

Run:  python3 gen.py OUTDIR
All people, numbers and organisations are invented.
"""
import sys
import os
import io
import csv
import json
import zipfile
import random
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 7202
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))


def D(y, mo, d, h, mi, s=0, tz=None):
    if tz is None:
        tz = EDT if (3 < mo < 11) else EST
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=tz))


DISC = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information protected by state and federal law. Any unauthorized
review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all
copies of the original message. Riverbend Community Health Center, 2200 Canal
Street, Lakemont City."""

DISC_SHORT = "\n--\nRiverbend Community Health Center | Caring for every neighbor since 1974\nThis message may contain confidential information. If received in error, please delete it and notify the sender.\n"

ROWS = []
COUNT = {}
SEQ = [0]


def att(data, filename, maintype='text', subtype='plain', cte=None):
    return (maintype, subtype, filename, data, cte)


def mk(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
       atts=(), cte=None, headers=()):
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    n = COUNT[key]
    SEQ[0] += 1
    i = SEQ[0]
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ').lower()
    msg['Message-ID'] = '<%08x.%04d.%s@%s>' % (random.getrandbits(32), i, kind, dom)
    for k, v in headers:
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for maintype, subtype, filename, data, acte in atts:
        kw = {}
        if acte:
            kw['cte'] = acte
        if isinstance(data, str) and maintype == 'text':
            msg.add_attachment(data, subtype=subtype, filename=filename, **kw)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=filename, **kw)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


FIXED_ZIP_TIME = (2024, 10, 1, 8, 0, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % ''.join(sheet_rows)),
    ]
    return zip_bytes(files)


# ---------------------------------------------------------------------------
# people (invented)
KIERA = 'Kiera Lindqvist <klindqvist@riverbendchc.org>'
OMAR = 'Omar Haddad <ohaddad@riverbendchc.org>'
HELEN = 'Helen Marchetti <hmarchetti@riverbendchc.org>'
TASHA = 'Tasha Greenlee <tgreenlee@riverbendchc.org>'
DANNY = 'Danny Ruiz <druiz@riverbendchc.org>'
PRIYA = '"Raman, Priya (PharmD)" <praman@riverbendchc.org>'
JESS = 'Jess Kowal <jkowal@riverbendchc.org>'
BETO = 'Beto Alvarez <balvarez@riverbendchc.org>'
LINDA = 'Linda Featherstone <lfeatherstone@riverbendchc.org>'
KEVIN = 'Kevin Tran <ktran@riverbendchc.org>'
GLORIA = 'Gloria Mensah <gmensah@riverbendchc.org>'
NADIA = 'Nadia Petrov <npetrov@riverbendchc.org>'
YESENIA = 'Yesenia Ortiz <yortiz@riverbendchc.org>'
MARCUS_OBI = 'Marcus Obi <mobi@carelinkrx.com>'

# ===========================================================================
# PHI / care
# ===========================================================================

mk('phi', 'care', 'Kowalczyk', KIERA, TASHA, 'Dariusz K - VL bump',
   """Tasha,

Saw Dariusz Kowalczyk this am for his 3 mo f/u. His viral load from 9/3 came
back 1,480 copies -- he was undetectable in May. He told me he went about 10
days without his Biktarvy in August when he was staying at his brother's in
Milwaukee and "forgot the bag." Adherence otherwise sounds ok.

I redrew the VL and sent a genotype, CD4 pending. Moved his next visit up to 4
wks instead of 3 months.

Can you check whether his ADAP recert went through? He said the pharmacy told
him something about coverage and he paid $40 out of pocket on his last fill,
which shouldn't happen. Also he mentioned he might lose his room at the end of
the month, so if there's a HOPWA slot or anything worth pointing him to...

thx
Kiera

Kiera Lindqvist, MSN, FNP-C, AAHIVS
HIV Primary Care | Riverbend Community Health Center
p 555-301-4477 ext 2213
""" + DISC, D(2024, 9, 10, 11, 42))

mk('phi', 'care', 'Rowe', PRIYA, 'PrEP Team <prep-team@riverbendchc.org>',
   'RE: Descovy refill hold - T. Rowe',
   """Hi all - I'm holding the refill for Tamika Rowe (PrEP) until we have a
current HIV test. Last Ag/Ab in our system is 6/11, so she's past the 3 month
mark. Creatinine was fine in June (0.8).

She's coming by the pharmacy window Thurs afternoon. Could someone put in a
lab order so she can get the fingerstick + blood draw before she picks up? If
it's neg I'll dispense 90 days same day.

Also FYI her copay card was reprocessed, she should be $0 now.

Priya

Priya Raman, PharmD, BCPS
340B Program Manager | Clinical Pharmacist
Riverbend CHC Pharmacy  x2290

-----Original Message-----
From: Omar Haddad <ohaddad@riverbendchc.org>
Sent: Tuesday, September 17, 2024 4:02 PM
To: Raman, Priya (PharmD) <praman@riverbendchc.org>
Subject: Descovy refill hold

Priya, Ms Rowe called the nurse line upset, says pharmacy won't fill her PrEP.
Can you tell me what's going on? -O
""", D(2024, 9, 17, 16, 31))

mk('phi', 'care', 'Ferreira-Mota', JESS, HELEN, 'luis - mavyret done!',
   """Helen --

Good news, Luis Ferreira-Mota took his last Mavyret dose monday (wk 8
done!!). He's been coming to the van every Tuesday and we did pill counts,
missed maybe 2 doses total.

SVR12 draw would be around Dec 2. I put a reminder on the outreach calendar
and Beto will try to catch him at the Lincoln Ave stop. He still doesn't have
a working phone so the van is the best bet.

Also gave him 2 more narcan kits + test strips. He asked about getting back on
buprenorphine -- could we fit him in on a walk-in day?

Jess
--
Jess Kowal, RN
Outreach Nurse, Harm Reduction Program
Riverbend Community Health Center
"Meet people where they are."
""", D(2024, 9, 9, 15, 5))

_adm_txt = """ADMISSION NOTIFICATION

Patient:        ANDERSEN, KRISTOFFER J
Admit date:     09/21/2024 02:47
Unit:           6 West Medicine, Rm 614-B
Attending:      Rafaela Quintero, MD
PCP of record:  Helen Marchetti, MD (Riverbend CHC)

Reason for admission: fever, rigors; blood cultures x2 positive for MSSA.
TEE scheduled 09/23. Infectious Diseases consulted. Started IV cefazolin.
Patient reports last injection use 09/19. Home ART (Dovato) continued.

Anticipated needs at discharge: PICC line / 6 wk IV antibiotics vs oral
step-down; possible SNF placement; MOUD discussion in progress.

Please contact the Care Transitions team at 555-880-2100 option 3.

This notification was generated automatically. Do not reply to this message.
"""
_adm_html = """<html><body style="font-family:Arial,sans-serif;font-size:12px">
<h3 style="color:#1f4e79">ADMISSION NOTIFICATION</h3>
<table cellpadding="3" border="0">
<tr><td><b>Patient:</b></td><td>ANDERSEN, KRISTOFFER J</td></tr>
<tr><td><b>Admit date:</b></td><td>09/21/2024 02:47</td></tr>
<tr><td><b>Unit:</b></td><td>6 West Medicine, Rm 614-B</td></tr>
<tr><td><b>Attending:</b></td><td>Rafaela Quintero, MD</td></tr>
<tr><td><b>PCP of record:</b></td><td>Helen Marchetti, MD (Riverbend CHC)</td></tr>
</table>
<p><b>Reason for admission:</b> fever, rigors; blood cultures x2 positive for MSSA.
TEE scheduled 09/23. Infectious Diseases consulted. Started IV cefazolin.
Patient reports last injection use 09/19. Home ART (Dovato) continued.</p>
<p><b>Anticipated needs at discharge:</b> PICC line / 6 wk IV antibiotics vs oral
step-down; possible SNF placement; MOUD discussion in progress.</p>
<p>Please contact the Care Transitions team at 555-880-2100 option 3.</p>
<p style="color:#888;font-size:10px">This notification was generated automatically. Do not reply to this message.</p>
</body></html>
"""
mk('phi', 'care', 'Andersen',
   'St. Brendan Care Transitions <caretransitions@stbrendanmc.org>',
   'hmarchetti@riverbendchc.org', '[SECURE] Admission notification - your patient',
   _adm_txt, D(2024, 9, 21, 6, 15), cc='tgreenlee@riverbendchc.org', html=_adm_html)

mk('phi', 'care', 'Whitlock', OMAR, PRIYA, 'cab/rpv window',
   """jerome whitlock got his cabenuva inj today but he was 9 days past his target
date (window is +/-7 right?). do we need to reload with oral or just give the
inj and reset the schedule? he's here till 3:30

sent from my iphone""", D(2024, 10, 2, 13, 48))

mk('phi', 'care', 'Oyelaran', DANNY, '%s, %s' % (TASHA, KIERA),
   'rides this week + Ms. Oyelaran',
   """Hey team quick update from the field

- took Ms Priscilla Oyelaran to her mammogram at Westside Imaging monday,
  they want her back for a second look (ultrasound) on 10/8, I'll drive her
  again. She was pretty anxious so maybe Kiera can give her a call
- she also said she's been taking her Triumeq at night now instead of
  morning bc of the weird dreams, wanted to know if that's ok
- she's out of bus passes, can I grab some from the front desk?

Danny Ruiz
Peer Navigator | Ryan White Part C
Riverbend CHC
cell 555-619-0043
""", D(2024, 10, 2, 17, 22))

mk('phi', 'care', 'Doherty', HELEN, '%s, %s' % (BETO, JESS),
   'Fwd: Shane D. bupe start',
   """Beto/Jess - FYI see below, Shane is doing ok on bupe so far. If you see him
at the van pls remind him about Friday.

H

---------- Forwarded message ---------
From: Omar Haddad <ohaddad@riverbendchc.org>
Date: Mon, Oct 7, 2024 at 5:12 PM
Subject: Shane D. bupe start
To: Helen Marchetti <hmarchetti@riverbendchc.org>


Helen,

Started Shane Doherty on buprenorphine-naloxone today in clinic. COWS was 14
at 10:40, gave 4mg SL, another 4mg at 12:00, COWS down to 4 by 1pm. Sent him
home with 8mg daily x 5 days and a narcan kit. UDS + for fentanyl and
xylazine, neg for benzos.

His HCV Ab came back reactive too so I added on an RNA quant. Next visit Fri
10/11 at 9am.

Omar

> On Mon, Oct 7, 2024 at 8:55 AM Helen Marchetti <hmarchetti@riverbendchc.org> wrote:
> Omar can you do the bupe induction on Shane today? Jess brought him in from
> the van, he's in room 4. Using about 10 bags a day he says.
""", D(2024, 10, 8, 7, 30))

_crit_txt = """Kiera,

Meridian called a critical/notify result at 14:22 today:

  Aaliyah Brooks   DOB 02/14/1996
  RPR reactive, titer 1:64  (was nonreactive 3/2024)
  TP-PA confirmatory pending

Read back and verified with Tonya at Meridian. Aaliyah is on PrEP with us and
her next visit isn't until November so she'll need a call to come in for
treatment. Partner services referral?

Linda Featherstone, MLT(ASCP)
Laboratory Coordinator, Riverbend CHC
x2260
"""
_crit_html = """<div dir="ltr"><p>Kiera,</p>
<p>Meridian called a critical/notify result at 14:22 today:</p>
<p style="margin-left:20px"><b>Aaliyah Brooks</b> &nbsp; DOB 02/14/1996<br>
RPR <span style="color:red"><b>reactive, titer 1:64</b></span> (was nonreactive 3/2024)<br>
TP-PA confirmatory pending</p>
<p>Read back and verified with Tonya at Meridian. Aaliyah is on PrEP with us and
her next visit isn't until November so she'll need a call to come in for
treatment. Partner services referral?</p>
<p>Linda Featherstone, MLT(ASCP)<br>Laboratory Coordinator, Riverbend CHC<br>x2260</p></div>
"""
mk('phi', 'care', 'Brooks', LINDA, KIERA, 'Critical value called - RPR',
   _crit_txt, D(2024, 10, 10, 14, 31), html=_crit_html)

# ===========================================================================
# PHI / names
# ===========================================================================

mk('phi', 'names', 'Nguyễn Văn Thành', TASHA, DANNY, 'Anh Thành - missed 2 appts',
   """Danny,

Can you try to reach Mr. Nguyễn Văn Thành this week? He no-showed his VL draw
on 9/12 and again on 9/26. Last VL in March was suppressed but per the
pharmacy he hasn't picked up his Genvoya since August.

His daughter Linh usually answers the phone and interprets, but please use
the Vietnamese line on the language service (acct 7731) if you get him
directly -- he doesn't always want her in the middle of it.

Thanks!
Tasha Greenlee, MSW
Medical Case Manager, Ryan White Program
Riverbend Community Health Center | 555-301-4477 x2241
""" + DISC_SHORT, D(2024, 9, 27, 9, 3))

mk('phi', 'names', 'Okonkwo', HELEN, PRIYA, 'Okonkwo',
   """Priya - Okonkwo's CD4 came back at 162 so I'm starting Bactrim DS daily for
PJP ppx. He has a sulfa "rash" listed from 2011 but says it was actually from
amoxicillin, and he's taken Bactrim since then without a problem. I updated
the allergy list.

Can you fill today with his Biktarvy? Chukwuemeka will be at the window
around 4.

H
""", D(2024, 10, 14, 12, 7))

mk('phi', 'names', 'Van der Berg',
   'CareLink Specialty Pharmacy <priorauth@carelinkrx.com>',
   'praman@riverbendchc.org',
   'PA Request Status: VAN DER BERG, HENDRIK - Epclusa',
   """Prior Authorization Update
--------------------------------------------------------

Patient:     Van der Berg, Hendrik
Medication:  Epclusa 400mg/100mg tablets, #28, RF x2
Prescriber:  Marchetti, Helen MD
Payer:       Lakemont Medicaid Managed Care (Bluewater Health Plan)

Status: ADDITIONAL INFORMATION REQUIRED

The plan is requesting:
  1. HCV RNA quantitative within the last 6 months (most recent on file is
     01/2024)
  2. Documentation of fibrosis assessment (FibroScan or FIB-4)

Please fax documentation to 1-855-555-0139 or reply through the provider
portal. Reference #PA-7719034.

CareLink Specialty Pharmacy | Hepatitis & HIV Care Team
This e-mail was sent from an unmonitored mailbox.
""", D(2024, 10, 3, 10, 12))

mk('phi', 'names', 'Ramírez-Solano', KIERA, PRIYA,
   'Ramírez-Solano - hold PrEP refill until creat recheck',
   """her eGFR dropped to 58 on the last bmp. I'd like a repeat before we refill.
if still <60 I'll switch her to the cabotegravir shot instead of truvada.
she's aware and ok with it.

k""", D(2024, 10, 15, 8, 2))

mk('phi', 'names', 'Desmond', TASHA, KIERA, 'letter for housing',
   """hi Kiera - Desmond came by again today asking about the letter for the
Harbor Street housing application. They need something on letterhead saying
he's a patient here, engaged in HIV care, and that he's virally suppressed
(they asked for "proof of medical eligibility" - i told him we don't have to
give the actual number). Can you write it when you get a sec? deadline is
Friday.

He also mentioned his feet have been numb and tingly for a couple weeks, so
maybe worth getting him on your schedule.

T
""", D(2024, 10, 16, 15, 40))

mk('phi', 'names', 'Al-Hashimi', HELEN, 'Abena Osei MD <aosei@westsidewomens.org>',
   'Referral - Fatima Al-Hashimi, 18 wks',
   """Dear Dr. Osei,

I'm referring Mrs. Fatima Al-Hashimi to your high-risk OB clinic. She is a
29 y/o G2P1 at approximately 18 weeks by LMP, living with HIV, on Biktarvy
since 2021 with sustained viral suppression (VL <20 on 8/30). She speaks
Arabic and prefers a female interpreter.

Her husband usually accompanies her to visits, but she has asked that he not
be present for any discussion of her HIV status -- he is not aware. Please
make sure your staff know this.

Please call my office at 555-301-4477 ext 2200 to coordinate. We will
continue to follow her for HIV care and will send VLs monthly through
delivery.

Regards,

Helen Marchetti, MD
Medical Director, HIV & Infectious Disease Services
Riverbend Community Health Center
""" + DISC, D(2024, 10, 1, 17, 55))

mk('phi', 'names', 'Venkataraman', PRIYA, MARCUS_OBI,
   'RE: Venkataraman - copay assistance',
   """Marcus -- yes, Mrs. Lakshmi Venkataraman is approved for the foundation
assistance, letter uploaded to your portal this morning. She'll start the 8
weeks of Mavyret as soon as it's delivered.

Please ship to the clinic, NOT her home address (she doesn't want packages
at the house). Signature required, attn: Pharmacy.

Thanks,
Priya

Priya Raman, PharmD, BCPS
340B Program Manager / Clinical Pharmacist

From: Marcus Obi <mobi@carelinkrx.com>
Sent: Thursday, October 17, 2024 9:14 AM
To: Raman, Priya (PharmD) <praman@riverbendchc.org>
Subject: Venkataraman - copay assistance

Hi Priya, still waiting on the grant approval for L. Venkataraman before we
can schedule delivery. Any update? Her Rx has been in our queue since 10/4.
-Marcus
""", D(2024, 10, 17, 11, 26))

mk('phi', 'names', 'De Los Santos', BETO, JESS, 'de los santos',
   """jess - saw rafael de los santos at the 5th st park stop today, he looked
rough. big abscess on his left forearm, red and hot, and he said he had chills
last night. he didnt want to go to the ER. told him you'd be on the van
tomorrow and he said he'd come find you. can you look at it?

also his dad (Mr. De Los Santos sr) has been on him to do the hep c meds so
thats good news

beto
Outreach Worker, Harm Reduction
""", D(2024, 10, 21, 18, 12))

# ===========================================================================
# PHI / self
# ===========================================================================

mk('phi', 'self', 'Bell', 'Marcus Bell <marcusbell.91@gmail.com>',
   'tgreenlee@riverbendchc.org', 'lab results for recert',
   """hi ms tasha its Marcus Bell (dob 6/12/91). the ryan white lady at the front
said i need a copy of my last labs for my recertification and proof of
income. can you send me my viral load and cd4 from august? i dont have my
portal password anymore its locked

also my meds is running low i have like 5 pills left

thanks
Marcus

Sent from Yahoo Mail for iPhone""", D(2024, 9, 30, 22, 47))

mk('phi', 'self', 'Ellery-Pike', 'Jordan Ellery-Pike <jellerypike@outlook.com>',
   'PrEP Clinic <prep@riverbendchc.org>', 'PEP?? urgent',
   """Hi, this is Jordan Ellery-Pike, I'm a PrEP patient with you (Kiera is my
provider). I stopped taking my PrEP about 3 weeks ago because I ran out and
kept meaning to call. Saturday night (10/12) I had sex with a guy and the
condom broke, I was bottom. I don't know his status.

Is it too late for PEP? I can come in tomorrow morning before work. My
number is 555-744-0192.

Thank you,
Jordan
""", D(2024, 10, 14, 23, 9))

mk('phi', 'self', 'Kerner', 'Gretchen Kerner <gkerner58@yahoo.com>',
   'info@riverbendchc.org', 'My son Tobias - discharged from hospital',
   """Hello,

My name is Gretchen Kerner, I am the mother of Tobias Kerner (born 2 Feb 1999)
who is a patient of Dr. Marchetti. He was released from St. Brendan's yesterday
after 4 days for an overdose -- they gave him Narcan twice in the ambulance.
The hospital paperwork says to follow up with his primary doctor within 7 days
and to start something called Sublocade, but nobody made an appointment.

Tobias said it's ok for me to write to you, he is sitting right next to me.
Can someone please call me at 555-208-6631? I don't want him to fall through
the cracks again.

Thank you so much,
Gretchen
""", D(2024, 10, 15, 19, 36))

mk('phi', 'self', 'Pettigrew', 'Wanda P <wanda.pettigrew@comcast.net>', JESS,
   'Re: Your hepatitis C test results',
   """Jess!!! I got the letter. CURED!!! I cant believe it after 20 some years of
having that thing. Thank you for not giving up on me when I kept missing the
van. Im telling everybody at the shelter to come see you

Wanda

On Wed, Nov 13, 2024 at 10:02 AM Jess Kowal <jkowal@riverbendchc.org> wrote:
> Dear Ms. Pettigrew,
>
> Your hepatitis C viral load test from October 30 shows no virus detected
> (HCV RNA not detected). This is 12 weeks after your last dose of Epclusa,
> which means the treatment worked and you are considered cured.
>
> You can get hepatitis C again, so please keep using new supplies every
> time. We have them at the van every Tuesday and Thursday.
>
> Jess Kowal, RN
> Outreach Nurse, Harm Reduction Program
""", D(2024, 11, 13, 16, 20))

mk('phi', 'self', 'Fairweather', 'Reggie F <reggief.1977@gmail.com>',
   'Riverbend Appointments <appointments@riverbendchc.org>',
   'Re: Appointment Reminder - Riverbend Community Health Center',
   """cant make thursday. still sick from the dovato, throwing up most mornings
since i switched. can i go back to the old one (the big pill)? or can Omar
call me

Reggie

-----Original Message-----
From: Riverbend Appointments <appointments@riverbendchc.org>
Sent: Mon 10/21/2024 8:00 AM
To: reggief.1977@gmail.com
Subject: Appointment Reminder - Riverbend Community Health Center

Hello REGINALD FAIRWEATHER,

This is a reminder of your upcoming appointment:
    Thursday, October 24, 2024 at 10:20 AM
    Provider: OMAR HADDAD, NP
    Location: Riverbend CHC - Infectious Disease Clinic, 2nd floor

Reply C to confirm or call 555-301-4400 to reschedule.
""", D(2024, 10, 22, 6, 51))

mk('phi', 'self', 'Hoang', 'Hoang Minh Chau <chau.hoang.m@gmail.com>',
   'ADAP Help Desk <adap-help@health.lakemont.gov>',
   'ADAP coverage ending letter',
   """Dear ADAP Office,

My name is Hoang Minh Chau, ADAP ID LK-0338172, date of birth 1984-07-19. I
received a letter dated October 2 saying my coverage will end on October 31
because of missing proof of residency. I gave my new lease to my case manager
Tasha at Riverbend in September.

I take Biktarvy and I only have 12 days of pills left. Please tell me what I
need to do so I do not have a gap.

Sincerely,
Chau
""", D(2024, 10, 9, 20, 3), cc='tgreenlee@riverbendchc.org')

mk('phi', 'self', 'Ndlovu', 'Sipho Ndlovu <sipho.ndlovu@proton.me>', KIERA,
   'quick q',
   """hey kiera, sipho here. got my 2nd apretude shot 2 weeks ago and the spot
on my butt is still sore and there's a hard lump. normal? also can i get the
next one at the pop-up clinic instead, moving across town in nov.
thanks!
S""", D(2024, 10, 24, 12, 58))

# ===========================================================================
# PHI / ids
# ===========================================================================

mk('phi', 'ids', '', 'St. Brendan HIM - Release of Information <hirecords@stbrendanmc.org>',
   'records@riverbendchc.org', 'Records request - MRN 00481736',
   """Good afternoon,

We are requesting outside records for a patient currently admitted to our
facility:

   MRN (St. Brendan): 00481736
   DOB: 3.4.88
   Sex: M
   Requested: last 2 HIV-1 RNA results, most recent CD4, genotype if
   available, current ARV list.

Patient states he receives HIV care at Riverbend, last seen "in the spring".
Signed authorization was sent separately by fax (555-880-2199).

Thank you,

Renee Castellanos
HIM Release of Information Specialist
St. Brendan Medical Center
""", D(2024, 10, 4, 13, 17))

mk('phi', 'ids', 'Abernathy', 'Meridian Client Services <clientservices@meridianlabs.com>',
   'lab@riverbendchc.org', 'Specimen rejected - Accession LC24-0918-55321',
   """SPECIMEN REJECTION NOTICE

Client #:     40219 (Riverbend CHC - ID Clinic)
Accession:    LC24-0918-55321
Patient:      ABERNATHY, T
DOB:          19880304
Collected:    09/18/2024 11:05
Test:         HIV-1 RNA, Quantitative, Real-Time PCR (550430)

Reason: Specimen hemolyzed / insufficient volume (EDTA plasma < 1.0 mL)

Please recollect. A credit has been applied to your account.
Questions: Client Services 1-800-555-0176, option 2.
""", D(2024, 9, 19, 7, 45))

mk('phi', 'ids', 'Haynes', 'Bluewater Health Plan Provider Relations <provider.relations@bluewaterhp.com>',
   'billing@riverbendchc.org', 'Claim denial inquiry #CI-448120',
   """Re: Member ID XQH884120377 / Claim 24263A00917
DOS 08/22/2024, HCPCS J0739 (cabotegravir, 1 mg) x 600 units; 96372

Denial reason CO-197: precertification/authorization absent. Our records
show the authorization for Apretude (PA 2024-55172) expired 08/15/2024. A
retro-authorization request may be submitted within 30 days with clinical
documentation (negative HIV test within 7 days prior to injection).

Member name on file: HAYNES, CORDELL   DOB 11/30/1993

Bluewater Health Plan | Provider Relations
Tel 1-866-555-0120   Fax 1-866-555-0121
""", D(2024, 9, 26, 10, 30))

mk('phi', 'ids', 'Mattingly', JESS, BETO, 'home visit tmrw',
   """B - home visit tomorrow 10:30 for R. Mattingly, she's staying with her aunt
now:
  1148 Garner St Apt 3B (buzzer broken, call when outside)
  cell (555) 214-8837

bring the phleb kit for the HCV RNA confirm + 2 naloxone kits. she's about 7
months pregnant so we want her linked to OB + a treatment plan after
delivery. don't bring up the pregnancy in front of the aunt.

J""", D(2024, 10, 23, 16, 44))

mk('phi', 'ids', 'Bondarenko', MARCUS_OBI, 'praman@riverbendchc.org',
   'Delivery exception - Rx 6620914',
   """Priya,

Delivery of Rx #6620914 (Epclusa, first fill) was returned to our facility
today -- address not deliverable. Patient: Oleksandr Bondarenko, DOB 22 Aug
1979, your chart 55-21-904. Address on the Rx is 72 Pellham Ct #2, which the
courier says is vacant.

Can you confirm a current address, or should we reroute to the clinic? The
phone on file (555-392-7710) goes to a full mailbox. Drug is being held in
our vault, cold chain not required.

Marcus Obi, PharmD
Clinical Pharmacist, HIV/HCV Programs
CareLink Specialty Pharmacy | 1-877-555-0188 x5312
""", D(2024, 10, 11, 14, 2))

mk('phi', 'ids', 'Petrakis', 'ADAP Eligibility Unit <adap.eligibility@health.lakemont.gov>',
   'tgreenlee@riverbendchc.org', 'Recert incomplete - client AD-2219047',
   """Ms. Greenlee,

The recertification submitted 10/01/2024 for ADAP client AD-2219047
(Mr. Petrakis, DOB 1975-11-30, SSN xxx-xx-6621) is incomplete. Missing items:

  - Proof of income (most recent 30 days)
  - Updated insurance screening (client indicated Marketplace enrollment in
    2024)

Lab documentation received (VL 09/2024, CD4) is sufficient. Medication
coverage will remain active through 11/15/2024 pending receipt.

Lakemont Department of Public Health
AIDS Drug Assistance Program - Eligibility Unit
Phone 555-600-2437 | Fax 555-600-2440

This message may contain confidential information protected by state and
federal law. If you received it in error, notify the sender and delete it.
""", D(2024, 10, 8, 9, 11))

mk('phi', 'ids', '', 'Marisol Vega <mvega@riverbendchc.org>', OMAR,
   'bill question - acct 7730015829',
   """Omar, patient called about a bill. Acct 7730015829, DOB Nov 7, 1983 --
says she was charged $212 for labs on 8/14 that she was told would be free
because they're PrEP labs. Looks like the HIV RNA and the hep B panel went to
her commercial plan and were applied to deductible.

Can you confirm those were PrEP monitoring so I can rebill with Z20.6 /
Z79.899? She'd like a call back at 555-417-2230 after 3pm.

Thanks,
Marisol
PFS Rep II, Patient Financial Services  x4102
""", D(2024, 9, 25, 11, 19))

# ===========================================================================
# PHI / lists
# ===========================================================================

_huddle = "\t".join(["Time", "Patient", "MRN", "Visit", "Notes"]) + "\n" + "\n".join(
    "\t".join(r) for r in [
        ["8:20", "Kowalczyk, Dariusz", "2204871", "f/u", "VL repeat; genotype back - no resistance"],
        ["8:40", "Brooks, Aaliyah", "2219930", "PrEP + tx", "Bicillin x1 today, partner svcs"],
        ["9:00", "Sato, Kenji", "2031145", "NEW DX", "same-day ART, baseline labs, RW intake w/ Tasha"],
        ["9:40", "Mbeki-Jones, Thandiwe", "2250012", "PrEP start", "HIV neg 10/10, Cr pending"],
        ["10:20", "Oyelaran, Priscilla", "1988743", "f/u", "ask re breast US result"],
        ["11:00", "Fairweather, Reginald", "2107764", "sick", "N/V on Dovato"],
        ["11:20", "OPEN", "", "", ""],
    ])
mk('phi', 'lists', 'Kowalczyk', KIERA, 'ID Clinic Team <id-clinic-team@riverbendchc.org>',
   'huddle list Tues 10/15',
   "Morning all, list for today below. Interpreter: none booked. Danny floating.\n\n"
   + _huddle + "\n\nKenji's intake will take a while, pls give him the big room.\n\nk\n",
   D(2024, 10, 15, 7, 41))

mk('phi', 'lists', 'Andersen', HELEN, 'ID On-Call <oncall-id@riverbendchc.org>',
   'weekend sign out 10/18-10/20',
   """Signout for the weekend, call my cell if anything big.

* Andersen, Kristoffer -- still inpt St Brendan 6W, MSSA bacteremia, TEE neg
  for vegetation. ID plans 4 wk cefazolin via PICC, may d/c to SNF Mon. If
  they call for ART recs: continue Dovato, no interactions.
* Okonkwo, Chukwuemeka -- new on Bactrim ppx, called Thurs w/ mild rash on
  chest. No mucosal sx, no fever. Told him to call if it spreads -> stop
  Bactrim and go to ED.
* Shane Doherty -- bupe 8mg, doing ok. HCV RNA pending. If he calls for more
  bupe before Mon ok to bridge 3 days.
* Tobias Kerner -- post-OD, mom calling a lot. Appt Mon 9am w/ me. Sublocade
  PA submitted.
* Aaliyah B. -- first Bicillin 10/15, 2nd dose due 10/22 (latent, unknown
  duration).

Pharmacy after-hours line: 555-301-4499

H
""", D(2024, 10, 18, 16, 58))

_recert = csv_text([
    ["client_name", "dob", "rw_client_id", "adap_id", "elig_end", "case_mgr", "last_vl", "last_vl_date", "notes"],
    ["Kowalczyk, Dariusz", "05/02/1986", "RW-10442", "AD-2190335", "11/30/2024", "Greenlee", "1480", "09/03/2024", "housing unstable"],
    ["Petrakis, Stavros", "11/30/1975", "RW-09981", "AD-2219047", "11/15/2024", "Greenlee", "<20", "09/12/2024", "missing income proof"],
    ["Bell, Marcus", "06/12/1991", "RW-11207", "AD-2241780", "11/30/2024", "Greenlee", "<20", "08/20/2024", "needs portal reset"],
    ["Hoang, Minh Chau", "07/19/1984", "RW-11550", "LK-0338172", "10/31/2024", "Greenlee", "<20", "07/08/2024", "lease submitted 9/18"],
    ["Whitlock, Jerome", "01/22/1979", "RW-08874", "AD-2177102", "12/31/2024", "Ortiz", "410", "08/19/2024", "on CAB/RPV LA"],
    ["Cruz Antunez, Maribel", "03/09/1990", "RW-11982", "AD-2260014", "12/15/2024", "Ortiz", "<20", "09/30/2024", "Spanish"],
    ["Baptiste, Wilner", "12/01/1968", "RW-10077", "AD-2188451", "12/31/2024", "Ortiz", "<20", "06/25/2024", "Haitian Creole"],
    ["Sokolova, Irina", "08/15/1987", "RW-11623", "AD-2250990", "11/30/2024", "Greenlee", "<20", "10/02/2024", "Russian"],
    ["Nguyen, Van Thanh", "04/04/1961", "RW-09430", "AD-2180007", "12/31/2024", "Greenlee", "<20", "03/14/2024", "NO SHOW x2 - Danny f/u"],
])
mk('phi', 'lists', 'Kowalczyk', TASHA, 'Case Management <casemgmt@riverbendchc.org>',
   'ADAP / RW recerts due Nov-Dec',
   """attached is the list I pulled from CAREWare of everyone whose ADAP/RW
eligibility lapses in the next ~60 days. please divvy up by caseload and flag
anyone you can't reach by 11/8.

Yesenia - yours are marked Ortiz.

- T
""", D(2024, 10, 25, 14, 3), atts=[att(_recert, 'recerts_due_NovDec.csv', subtype='csv')])

_fw = """PATIENT                  MRN      DOB          LAST VL   VL DATE     PROVIDER   NOTE
------------------------ -------- ------------ --------- ----------- ---------- ----------------------------
Kowalczyk, Dariusz       2204871  1986-05-02       1,480 2024-09-03  LINDQVIST  gap in ART Aug, genotype neg
Whitlock, Jerome         2011093  1979-01-22         410 2024-08-19  HADDAD     late injections x2
Greaves, Marlon          1874420  1972-10-30      38,900 2024-07-11  MARCHETTI  out of care? last visit 4/24
Quiroga, Esteban         2160085  1995-06-17         260 2024-09-20  HADDAD     blip? repeat ordered
Mbatha, Nomvula          2093318  1983-02-28       5,120 2024-08-02  LINDQVIST  pregnant - OB aware
Szabo-Reyes, Krisztina   2233971  2001-12-05      97,400 2024-09-25  MARCHETTI  new dx 9/2024, ART started
"""
mk('phi', 'lists', 'Kowalczyk', NADIA, 'HIV Providers <hiv-providers@riverbendchc.org>',
   'Q3 not suppressed (VL >200) - please review before QI mtg',
   """Hi all,

Below is the Q3 list of patients whose most recent VL was >200. Please add a
plan for each before Thursday's QI meeting (just reply-all is fine, or edit
the tracker on the S: drive).

""" + _fw + """
Suppression rate for Q3 is 88.6% (HRSA measure), down from 90.1% in Q2.

Nadia Petrov, MPH
Quality Improvement Coordinator
Riverbend Community Health Center
""", D(2024, 10, 7, 9, 30), cte='quoted-printable')

_hcv = csv_text([
    ["Name", "DOB", "Site", "HCV Ab date", "RNA date", "RNA result (IU/mL)", "Genotype", "Tx start", "Regimen", "Status"],
    ["Luis Ferreira-Mota", "1990-02-11", "Van - Lincoln Ave", "2024-05-07", "2024-05-21", "2,340,000", "1a", "2024-07-15", "Mavyret 8wk", "EOT 9/9, SVR12 due 12/2"],
    ["Wanda Pettigrew", "1966-09-03", "Van - Grand Ave shelter", "2024-03-12", "2024-03-26", "880,000", "3", "2024-05-21", "Epclusa 12wk", "SVR12 neg 10/30 - CURED"],
    ["Hendrik Van der Berg", "1958-04-27", "Clinic", "2023-12-04", "2024-01-09", "4,100,000", "1b", "", "Epclusa", "PA pending - need RNA + FIB-4"],
    ["Lakshmi Venkataraman", "1969-11-14", "Clinic", "2024-08-19", "2024-09-03", "615,000", "1a", "", "Mavyret 8wk", "foundation approved, ship to clinic"],
    ["Oleksandr Bondarenko", "1979-08-22", "Van - 5th St park", "2024-08-27", "2024-09-10", "1,900,000", "3", "", "Epclusa 12wk", "delivery returned - bad address"],
    ["Shane Doherty", "1997-03-30", "Clinic (bupe)", "2024-10-07", "2024-10-07", "pending", "", "", "", "RNA pending"],
    ["Kendra Baptiste", "1992-07-06", "Van - 9th St bridge", "2024-10-22", "", "", "", "", "", "needs RNA draw"],
    ["R. Mattingly", "1999-01-19", "Home visit", "2024-10-01", "2024-10-24", "pending", "", "", "", "pregnant ~30wk - tx after delivery"],
])
_z = zip_bytes([('hcv_cascade_sept2024.csv', _hcv)])
mk('phi', 'lists', 'Ferreira-Mota', JESS, '%s, %s' % (HELEN, NADIA),
   'HCV cascade tracker - Sept (zipped)',
   """Helen, Nadia -

zipped the tracker since outlook kept bouncing the csv. it's current through
10/24. three people are ready to start as soon as meds land. Bondarenko's
delivery got returned so I'm trying to find him.

Jess
""", D(2024, 10, 24, 17, 10),
   atts=[att(_z, 'hcv_cascade_sept2024.zip', maintype='application', subtype='zip')])

_prep_rows = [
    ["Name", "Phone", "DOB", "Last refill", "Regimen", "Last HIV test", "Notes"],
    ["Jordan Ellery-Pike", "555-744-0192", "1998-08-08", "2024-08-19", "Descovy", "2024-05-20", "came in for PEP 10/15"],
    ["Thandiwe Mbeki-Jones", "555-270-6145", "1994-03-17", "2024-08-01", "Truvada", "2024-07-30", ""],
    ["Kwame Asante", "555-903-3318", "1988-12-02", "2024-07-26", "Truvada", "2024-07-24", "text only, no VM"],
    ["Matteo Ricci-Albanese", "555-480-2265", "2000-05-29", "2024-08-12", "Descovy", "2024-08-09", "moved? mail returned"],
    ["Dylan O'Rourke", "555-662-0914", "1985-10-21", "2024-07-30", "Truvada", "2024-07-30", "Cr 1.3 last check - recheck"],
    ["Esperanza Villalobos", "555-318-7702", "1991-01-05", "2024-08-05", "Truvada", "2024-08-02", "Spanish - Yesenia to call"],
]
mk('phi', 'lists', 'Ellery-Pike', KIERA, DANNY, 'PrEP lapsed - outreach list',
   """Danny, here's the list of PrEP folks who haven't refilled in 45+ days. Can
you start calling this week? Script is on the shared drive under PrEP >
Retention. Please don't leave detailed VMs, just "this is Riverbend calling,
please call us back at 555-301-4400."

Jordan already came in so skip him.

thanks!!
Kiera
""", D(2024, 10, 18, 10, 5),
   atts=[att(xlsx_bytes(_prep_rows, 'lapsed'), 'PrEP_lapsed_45d.xlsx',
             maintype='application',
             subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

mk('phi', 'lists', 'Pettigrew', BETO, 'Harm Reduction <harm-reduction@riverbendchc.org>',
   'van week of 10/21 - followups',
   """numbers + followups from this week

syringes out: 4,210 | returned (est): 3,600 | naloxone kits: 62 | FTS: 140
reversals reported to us: 5

| name                      | where              | what                              | f/u                  |
|---------------------------|--------------------|-----------------------------------|----------------------|
| Wanda P(ettigrew)         | Grand Ave shelter  | SVR12 neg!! cured                 | none                 |
| Luis Ferreira-Mota        | Lincoln Ave        | svr12 due 12/2                    | draw                 |
| "Tiny" (Marlon Greaves)   | 5th St park        | abscess R hand, declined ER       | Jess check Thurs     |
| Rafael de los Santos      | 5th St park        | L forearm abscess, on keflex      | wound check          |
| Kendra Baptiste           | 9th St bridge      | wants bupe, HCV Ab+ on 10/22      | walk-in Fri, RNA     |
| O. Bondarenko             | ??                 | epclusa delivery returned         | find him             |

van needs an oil change before next week fyi

beto
""", D(2024, 10, 25, 16, 40))

# ===========================================================================
# PHI / struct
# ===========================================================================

_oru = r"""MSH|^~\&|MERIDIAN|MRL|RVBEHR|RVBCHC|20241008141522||ORU^R01^ORU_R01|MRL2410081415220041|P|2.5.1
PID|1||2204871^^^RVB^MR~LC88120455^^^MRL^PI||KOWALCZYK^DARIUSZ^^^^^L||19860502|M|||4410 ELM PARK RD APT 12^^LAKEMONT CITY^LK^55021||^PRN^PH^^^555^3018852
ORC|RE|ORD884120|LC24-1007-10293||CM
OBR|1|ORD884120|LC24-1007-10293|550430^HIV-1 RNA QUANT PCR^L|||20241007091500|||||||||1447788912^LINDQVIST^KIERA^^^^FNP|||||||F
OBX|1|NM|25836-8^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN||1480|copies/mL|<20|H|||F|||20241008120000
OBX|2|NM|29541-1^HIV 1 RNA [Log #/volume] (viral load) in Plasma by NAA with probe detection^LN||3.17|log10 copies/mL|<1.30|H|||F|||20241008120000
NTE|1|L|Result confirmed by repeat testing."""
mk('phi', 'struct', 'Kowalczyk', KEVIN, 'Meridian Interface Support <interfaces@meridianlabs.com>',
   'ORU rejects since Friday upgrade - OBX-5 / OBX-14 (ticket MRL-55810)',
   """Hi Meridian team,

Since your upgrade on Friday we're getting rejects on roughly 15% of quant
results. Engine error is ERR|^^^207&Application internal error&HL70357 on
OBX-14, looks like you started sending a time without seconds precision on
some of them. Sample from today's error queue below (one of the ones that
DID post, and one reject after it):

""" + _oru + r"""

MSH|^~\&|MERIDIAN|MRL|RVBEHR|RVBCHC|20241008141603||ORU^R01^ORU_R01|MRL2410081416030042|P|2.5.1
PID|1||2219930^^^RVB^MR||BROOKS^AALIYAH^N^^^^L||19960214|F|||88 TRUMAN ST^^LAKEMONT CITY^LK^55024
OBR|1|ORD884377|LC24-1007-10301|006072^RPR (MONITOR) W/REFL TITER^L|||202410070945|||||||||1447788912^LINDQVIST^KIERA|||||||F
OBX|1|ST|20507-0^Reagin Ab [Presence] in Serum by RPR^LN||Reactive||Nonreactive|A|||F|||202410081208
OBX|2|ST|31147-2^Reagin Ab [Titer] in Serum by RPR^LN||1:64||<1:1|A|||F|||202410081208

Can you let us know ETA on a fix? We're manually entering the rejects for now
which is not sustainable.

Kevin Tran
Integration Analyst, IT | Riverbend CHC
x4417
""", D(2024, 10, 8, 15, 2))

_a03 = r"""MSH|^~\&|EPIC|STBMC|HIE_LK|LKHIE|20241014163005||ADT^A03^ADT_A03|STB90044817|P|2.5.1
EVN|A03|20241014162900
PID|1||00993217^^^STBMC^MR~2266104^^^RVB^MR||KERNER^TOBIAS^ALAN^^^^L||19990202|M|||315 BIRCHWOOD DR^^NORTH LAKEMONT^LK^55030||(555)208-6631|||S||700413982
PV1|1|I|4N^412^B^STBMC||||77102^QUINTERO^RAFAELA^^^MD|||MED||||7|||77102^QUINTERO^RAFAELA^^^MD|IN||SP|||||||||||||||||01|||STBMC||||20241010231500|20241014162900
DG1|1||T40.411A^Poisoning by fentanyl or fentanyl analogs, accidental (unintentional), initial encounter^I10|||A
DG1|2||F11.20^Opioid dependence, uncomplicated^I10|||A
PD1|||RIVERBEND CHC^^RVB|1550332906^MARCHETTI^HELEN^^^^MD
"""
mk('phi', 'struct', 'Kerner', KEVIN, 'HIM Team <him@riverbendchc.org>',
   'unmatched A03 from HIE - possible duplicate MRN',
   """HIM folks -

The HIE sent us the attached A03 (discharge) from St. Brendan this afternoon
and it dropped into the unmatched queue. PID-3 carries our MRN 2266104 but
we also have 2266190 for what looks like the same person (same DOB, one has
middle name Alan, one doesn't). Can someone review and merge if appropriate?
Dr. Marchetti wants the discharge in the chart before his Monday visit.

Raw message attached (.hl7 as text so the mail filter doesn't eat it).

Kevin
""", D(2024, 10, 14, 16, 50),
   atts=[att(_a03, 'ADT_A03_unmatched_20241014.hl7.txt')])

_837 = """ISA*00*          *00*          *ZZ*RVBCHC01       *ZZ*CLRHSE77       *241009*1530*^*00501*000004417*0*P*:~
GS*HC*RVBCHC01*CLRHSE77*20241009*1530*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*B24283-0077*20241009*1530*CH~
NM1*85*2*RIVERBEND COMMUNITY HEALTH CENTER*****XX*1730488215~
N3*2200 CANAL STREET~
N4*LAKEMONT CITY*LK*55020~
REF*EI*411987230~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*MBEKI-JONES*THANDIWE****MI*LKM00477120~
N3*61 ORCHARD HILL RD UNIT 4~
N4*LAKEMONT CITY*LK*55022~
DMG*D8*19941703*F~
NM1*PR*2*LAKEMONT MEDICAID*****PI*LKMCD~
CLM*B24283-0077*1612.40***11:B:1*Y*A*Y*Y~
HI*ABK:Z206*ABF:Z79899~
LX*1~
SV1*HC:J0739*1540.00*UN*600***1~
DTP*472*D8*20241002~
LX*2~
SV1*HC:96372*72.40*UN*1***1~
DTP*472*D8*20241002~
SE*22*0001~"""
mk('phi', 'struct', 'Mbeki-Jones', GLORIA,
   'ClearPath EDI Support <edisupport@clearpathedi.com>',
   'RE: 999 reject batch 4417 - DMG invalid date?',
   """Hi ClearPath,

Batch 4417 came back with a 999 reject (IK4*3*1251*8 on the DMG). I think
it's the DOB but I can't see what's wrong on our side, the EHR shows her DOB
fine. Pasting the relevant part of the claim below. Can you tell me if it's
something in the mapping?

""" + _837 + """

Thank you!
Gloria Mensah, CPC
Billing Specialist | Riverbend CHC
555-301-4477 x4108
""", D(2024, 10, 10, 9, 12))

_835 = """ISA*00*          *00*          *ZZ*LKMCD          *ZZ*RVBCHC01       *241018*0412*^*00501*000087114*0*P*:~
GS*HP*LKMCD*RVBCHC01*20241018*0412*87114*X*005010X221A1~
ST*835*0007~
BPR*I*10244.71*C*ACH*CCP*01*071000288*DA*8830019945*1557712009**01*062200019*DA*4400128811*20241018~
TRN*1*88120044817*1557712009~
N1*PR*LAKEMONT MEDICAID~
N1*PE*RIVERBEND CHC PHARMACY*XX*1730488215~
LX*1~
CLP*RX55018834*2*4123.18*311.40**MC*0924187700221*01~
NM1*QC*1*OYELARAN*PRISCILLA*A***MI*LKM00931125~
DTM*232*20240930~
SVC*N4:49702023113*4123.18*311.40**30~
CAS*CO*45*3811.78~
AMT*B6*311.40~
CLP*RX55018902*1*3790.05*3642.10**MC*0924187700390*01~
NM1*QC*1*WHITLOCK*JEROME****MI*LKM00210877~
SVC*N4:49702024015*3790.05*3642.10**30~
CAS*CO*45*147.95~"""
mk('phi', 'struct', 'Oyelaran', GLORIA, PRIYA,
   '835 for 340B Triumeq claim - underpaid?',
   """Priya -

Is this right? Lakemont Medicaid paid $311.40 on Ms Oyelaran's 30 day Triumeq
fill from 9/30 but paid almost full on Jerome Whitlock's claim in the same
remit. Is hers being processed as 340B / carved out? I thought Medicaid FFS
was carved in for us. Snip from the 835:

""" + _835 + """

thx
Gloria
""", D(2024, 10, 18, 10, 47))

_271 = """ST*271*0001*005010X279A1~
BHT*0022*11*RVB2410150932*20241015*0932~
HL*1**20*1~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
HL*2*1*21*1~
NM1*1P*2*RIVERBEND COMMUNITY HEALTH CENTER*****XX*1730488215~
HL*3*2*22*0~
TRN*2*RVB2410150932*9RVBCHC01~
NM1*IL*1*SATO*KENJI****MI*XQH770029514~
N3*19 CEDAR KNOLL WAY~
N4*LAKEMONT CITY*LK*55021~
DMG*D8*19900811*M~
INS*Y*18*001*25~
DTP*307*RD8*20240101-20240930~
EB*6**30**MEDICAID MANAGED CARE~
MSG*COVERAGE TERMINATED 09/30/2024 - REDETERMINATION NOT RECEIVED~
SE*16*0001~"""
mk('phi', 'struct', 'Sato', 'Yolanda Pierce <ypierce@riverbendchc.org>',
   '%s, %s' % (GLORIA, TASHA), '271 says inactive?? pt at front desk now',
   """Gloria/Tasha - new pt for Kiera at 9:00 (new dx, same day ART visit) and his
Bluewater is coming back inactive. He says he never got a renewal letter.
Can one of you come down? He's pretty shaken up, don't want him to leave.

271:
""" + _271 + """

Yolanda Pierce
Front Desk Lead, 1st floor  x4001
""", D(2024, 10, 15, 8, 51))

_fhir = {
    "resourceType": "Bundle",
    "id": "exp-20241021-0007",
    "type": "collection",
    "entry": [
        {"fullUrl": "urn:uuid:9b3e0c1a-52f4-4d3e-8a61-0d7c2b1f4e90",
         "resource": {
             "resourceType": "Patient",
             "id": "rvb-2271845",
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "2271845"}],
             "name": [{"family": "Chukwu", "given": ["Ifeoma", "Grace"]}],
             "gender": "female",
             "birthDate": "1989-06-23",
             "address": [{"line": ["407 Wexford Ave"], "city": "Lakemont City", "state": "LK", "postalCode": "55023"}],
             "telecom": [{"system": "phone", "value": "555-611-3094", "use": "mobile"}]}},
        {"fullUrl": "urn:uuid:1fd2a7c4-0b6e-4b6f-9e2c-53d3b8a0a117",
         "resource": {
             "resourceType": "Observation",
             "id": "vl-88123",
             "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "25836-8",
                                  "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
             "subject": {"reference": "Patient/rvb-2271845"},
             "effectiveDateTime": "2024-09-17T10:42:00-04:00",
             "valueQuantity": {"value": 64, "unit": "copies/mL", "system": "http://unitsofmeasure.org", "code": "{copies}/mL"}}},
        {"fullUrl": "urn:uuid:6ea1b0d9-3c27-4d6e-b5a0-77b9e0f2c845",
         "resource": {
             "resourceType": "Observation",
             "id": "cd4-88124",
             "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "24467-3",
                                  "display": "CD3+CD4+ (T4 helper) cells [#/volume] in Blood"}]},
             "effectiveDateTime": "2024-09-17T10:42:00-04:00",
             "valueQuantity": {"value": 512, "unit": "cells/uL"}}},
    ],
}
mk('phi', 'struct', 'Chukwu', 'Mei-Ling Cho <mcho@cfar.eastbrook.edu>', KEVIN,
   'FHIR export - CD4 Observation missing subject ref',
   """Hi Kevin,

Thanks for turning on the nightly export for the cohort study. One thing we
noticed: the CD4 Observations come through without a subject reference, so
we can't link them (VL ones are fine). Example from last night's bundle,
first participant in the file:

""" + json.dumps(_fhir, indent=2) + """

Could it be the mapping for the flow cytometry panel? Happy to hop on a call.

Best,
Mei-Ling

Mei-Ling Cho, MS
Research Data Manager
Eastbrook University Center for AIDS Research (CFAR)
""", D(2024, 10, 21, 10, 33))

_ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="1.2.840.114350.1.13.441.2.7.8.688883.90044817"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Transition of Care Summary</title>
  <effectiveTime value="20241025101500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="00481736" root="1.2.840.114350.1.13.441.2.7.5.737384.14"/>
      <addr use="HP">
        <streetAddressLine>2290 Whitfield Ave Apt 5</streetAddressLine>
        <city>Lakemont City</city><state>LK</state><postalCode>55019</postalCode>
      </addr>
      <telecom use="MC" value="tel:+1-555-733-1902"/>
      <patient>
        <name use="L"><given>Kristoffer</given><given>J</given><family>Andersen</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19880304"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
      <title>Problems</title>
      <text><list>
        <item>HIV disease (B20) - on ART</item>
        <item>MSSA bacteremia (R78.81, B95.61)</item>
        <item>Opioid use disorder, severe (F11.20)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of Medication use"/>
      <title>Medications</title>
      <text><table><tbody>
        <tr><td>dolutegravir/lamivudine 50/300 mg PO daily</td></tr>
        <tr><td>cefazolin 2 g IV q8h via PICC through 10/19/2024 - completed</td></tr>
        <tr><td>buprenorphine ER (Sublocade) 300 mg SC monthly - first dose 10/24/2024</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct', 'Andersen', KEVIN, 'LKHIE Onboarding <onboarding@lakemonthie.org>',
   'CCD from St Brendan failing our C-CDA validator',
   """Hi HIE team,

We're getting the attached C-CDA (ToC summary) from St. Brendan through the
HIE and our import fails with "birthTime precision / missing
sdtc:raceCode" and then the whole doc is rejected, so the meds never land in
the chart. Trimmed version attached (removed the results section to keep it
small). Is this something you normalize or do we need to take it up with
St. Brendan directly?

Kevin Tran
Integration Analyst, IT | Riverbend CHC
""", D(2024, 10, 25, 13, 5),
   atts=[att(_ccd, 'ToC_summary_trimmed.xml', subtype='xml')])

_orm = r"""MSH|^~\&|RVBEHR|RVBCHC|MERIDIAN|MRL|20241029103411||ORM^O01^ORM_O01|RVB241029103411077|P|2.5.1
PID|1||2188403^^^RVB^MR||FERREIRA-MOTA^LUIS^HENRIQUE^^^^L||19900211|M|||NO FIXED ADDRESS^^LAKEMONT CITY^LK^55020
PV1|1|O|OUTREACH^VAN1^^RVBCHC
IN1|1|LKMCD|LKMCD|LAKEMONT MEDICAID|||||||||||1|FERREIRA-MOTA^LUIS|01|19900211|||||||||||||||||||LKM00844210
ORC|NW|ORD889931||||||||||1550332906^MARCHETTI^HELEN^^^^MD
OBR|1|ORD889931||550080^HCV RNA QUANT PCR (SVR12)^L|||20241029100000|||||||||1550332906^MARCHETTI^HELEN^^^^MD
DG1|1||B18.2^Chronic viral hepatitis C^I10"""
mk('phi', 'struct', 'Ferreira-Mota', LINDA, KEVIN,
   'orders from the van not crossing to Meridian',
   """Kevin,

Orders placed from the outreach van laptop aren't showing up in Meridian's
system. Here's the one from this morning (Jess drew the SVR12 early since
we caught him). The specimen is sitting in our fridge and I need to send it
tonight or it's outside stability.

""" + _orm + """

I'm guessing it's the PV1 location since "VAN1" is new? Can you look asap?

Linda
""", D(2024, 10, 29, 11, 2), cte='quoted-printable')

# ===========================================================================
# PHI / lang
# ===========================================================================

mk('phi', 'lang', 'Cruz Antúnez', 'Maribel Cruz <maribel.cruz.a90@gmail.com>', YESENIA,
   'cita y resultados',
   """Hola Yesenia buenas tardes

Soy Maribel Cruz Antúnez, paciente de la doctora Lindqvist. Le escribo porque
no voy a poder ir a mi cita del jueves 7 de noviembre, me cambiaron el horario
en el trabajo. ¿Me la puede cambiar para la semana siguiente en la tarde?

También quería preguntar por los resultados de mi carga viral de septiembre,
la doctora dijo que me iba a llamar pero no me llamó. ¿Sigue indetectable?
Y ya casi se me acaban las pastillas (Biktarvy), me quedan como 8.

Gracias por todo, que Dios la bendiga
Maribel
""", D(2024, 10, 30, 14, 18))

mk('phi', 'lang', 'Albuquerque Nunes', 'Rodrigo Albuquerque Nunes <rodrigo.anunes@hotmail.com>',
   'PrEP Clinic <prep@riverbendchc.org>', 'PrEP - viagem ao Brasil (90 dias)',
   """Olá,

Meu nome é Rodrigo Albuquerque Nunes, nascido em 14/05/1993, sou paciente da
PrEP com vocês desde março. Vou viajar para o Brasil no dia 2 de dezembro e
volto só em março. Preciso de um suprimento de 90 dias do Truvada antes de
viajar. Meu último exame de HIV foi em setembro e deu negativo.

Também queria saber se posso fazer o exame de sífilis e o de creatinina na
mesma consulta. Da última vez a enfermeira disse que a creatinina estava um
pouco alta (1,2).

Obrigado,
Rodrigo
+1 555 407 8812
""", D(2024, 11, 4, 21, 2))

mk('phi', 'lang', 'Nguyễn Văn Thành', 'Linh Nguyen <linh.nguyen.t@gmail.com>', TASHA,
   'Về ba tôi - Nguyễn Văn Thành',
   """Chào chị Tasha,

Em là Linh, con gái của ông Nguyễn Văn Thành (sinh ngày 04/04/1961). Anh Danny
có gọi cho em hôm qua về việc ba em bỏ hai lần hẹn thử máu. Xin lỗi chị, ba
em bị ngã hồi đầu tháng 9 và phải nằm nhà, không đi được.

Ba em đã hết thuốc Genvoya khoảng 3 tuần rồi. Ba em không muốn ai trong nhà
biết về bệnh, nên em xin chị khi gọi điện thì chỉ nói chuyện với em hoặc với
ba thôi nhé.

Thứ Sáu tuần này em có thể chở ba đến phòng khám được không ạ?

Cảm ơn chị nhiều,
Linh
""", D(2024, 10, 2, 19, 45))

mk('phi', 'lang', 'Baptiste', 'Wilner Baptiste <wbaptiste68@yahoo.com>', YESENIA,
   'randevou ak medikaman',
   """Bonjou,

Se mwen menm Wilner Baptiste. Mwen te vin nan klinik la semèn pase pou fè
tès san pou epatit C la. Enfimyè a te di m rezilta yo ta prè jodi a men pèsonn
pa rele m. Eske m ka pran medikaman an kounye a?

Anplis, grenn VIH mwen yo (Biktarvy) prèske fini, mwen rete 4 sèlman. Famasi a
di fò m gen yon nouvo preskripsyon.

Nimewo mwen se 555-382-6610. Mèsi anpil.

Wilner
""", D(2024, 10, 29, 8, 14))

mk('phi', 'lang', 'Соколова', 'Ирина Соколова <irina.sokolova87@mail.ru>', KIERA,
   'Вопрос по анализам',
   """Здравствуйте, Кира!

Это Ирина Соколова (дата рождения 15.08.1987). Я получила сообщение в
портале, что мои анализы от 2 октября готовы, но не понимаю, что значит
"HIV-1 RNA <20 copies/mL" и почему у меня низкий гемоглобин (10,9).

Ещё вопрос: после перехода на Довато у меня болит голова почти каждый день и
плохо сплю. Можно ли вернуться на старую схему? И нужно ли мне пить железо?

Спасибо большое,
Ирина
""", D(2024, 10, 5, 10, 27), cte='base64')

mk('phi', 'lang', 'الهاشمي', 'Fatima A. <fatima.alhashimi.89@gmail.com>', HELEN,
   'موعد طبيبة النساء',
   """السلام عليكم دكتورة مارشيتي،

أنا فاطمة الهاشمي، مريضتك. اتصلت بي عيادة الدكتورة أوسي وحددوا لي موعداً يوم
الثلاثاء ١٥ أكتوبر الساعة العاشرة صباحاً للمتابعة في الشهر الرابع من الحمل.

أرجو ألا يذكروا موضوع فيروس نقص المناعة أمام زوجي، فهو سيأتي معي إلى الموعد.
وهل أستمر في أخذ دواء بكتارفي كالمعتاد مع فيتامينات الحمل؟

شكراً جزيلاً
فاطمة
""", D(2024, 10, 9, 16, 3))

mk('phi', 'lang', '陈伟', '陈伟 Chen Wei <chenwei.lk@163.com>', 'PrEP Clinic <prep@riverbendchc.org>',
   'PrEP 续药和检查结果',
   """您好，

我是陈伟（Chen Wei），出生日期 1996年3月21日。我在你们诊所用PrEP（舒发泰
Descovy）大概一年了。上个月十月十日我做了HIV检测和肾功能检查，请问结果怎
么样？药还剩一个星期，想预约续药。

另外，上次检查说我乙肝表面抗体是阴性，医生建议打乙肝疫苗，我想顺便一起打。

谢谢！
陈伟
电话：555-286-4471
""", D(2024, 11, 6, 9, 40), cte='base64')

mk('phi', 'lang', 'Dizon', 'Marites Santos RN <msantos@riverbendchc.org>', JESS,
   'si Rowena Dizon - hep C',
   """Hi Jess,

Nakausap ko si Rowena Dizon kanina sa clinic, mas komportable siya mag-Tagalog
kaya ako na ang nag-explain. Positive yung HCV RNA niya (3.2 million), genotype
3. Gusto na niya magsimula ng gamot pero wala pa siyang insurance, kaya
ni-refer ko na siya kay Tasha para sa Ryan White / patient assistance.

Sabi niya natutulog siya minsan sa kotse niya sa may Dock St, kung makita
niyo sa van pakisabi na tawagan ako. Nagbigay na rin ako ng naloxone kit.

Salamat!
Marites

Marites Santos, RN
Nurse Care Coordinator | Riverbend CHC
""", D(2024, 10, 28, 15, 51))

# ===========================================================================
# CLEAN / admin
# ===========================================================================

mk('clean', 'admin', '', 'Riverbend IT Service Desk <servicedesk@riverbendchc.org>',
   'All Staff <allstaff@riverbendchc.org>',
   '[INC0048812] Scheduled EHR downtime Sat 10/26 22:00 - Sun 10/27 02:00',
   """*** PLANNED DOWNTIME ***

Ticket:     INC0048812 / CHG0019930
Window:     Saturday 10/26/2024 22:00 through Sunday 10/27/2024 02:00
Systems:    EHR (all modules), patient portal, e-prescribing, lab interface
            (Meridian), pharmacy dispensing interface
Not affected: phones, email, CAREWare, the SSP inventory app

What to do:
  - Downtime forms are in the RED binder at each nursing station and at the
    pharmacy window. Pharmacy: use the paper dispensing log.
  - Print your Saturday evening / Sunday early AM schedules before 21:30.
  - Lab results received during the window will queue and post once the
    interface restarts. Kevin Tran (Integration) will monitor.
  - On-call providers: the read-only BCA workstation in the 2nd floor
    workroom (asset tag RB-PC-0441) will have the last snapshot.

Questions: Service Desk x4410 or 555-301-4410, or reply to this ticket.

Thank you for your patience,
Riverbend IT
""", D(2024, 10, 21, 12, 0))

mk('clean', 'admin', '', 'Renata Silva <rsilva@riverbendchc.org>',
   'HIV Providers <hiv-providers@riverbendchc.org>',
   'Nov provider coverage - ID/PrEP clinic (please confirm by Fri)',
   """Hi all, draft November coverage for the ID/PrEP side. Please reply with
changes by Friday 10/25 so I can open the templates.

Date        AM                 PM                     Walk-in PrEP (Thu)
----------  -----------------  ---------------------  -------------------
Mon 11/4    Marchetti          Haddad                 -
Tue 11/5    Lindqvist          Lindqvist / van 1-4     -
Wed 11/6    Haddad             Marchetti              -
Thu 11/7    Lindqvist          Haddad                 Lindqvist 4-7pm
Mon 11/11   Haddad             Ferris (locum)          -
...
Thu 11/28   CLOSED - Thanksgiving

Notes:
- Dr. Marchetti out 11/11-11/15 (IAS-USA CME). Dr. Ferris covering ID
  consults, pager 555-301-8800.
- Kiera's Tuesday PM is on the outreach van for HCV/PrEP starts.
- Omar, you asked for 11/22 off - approved.
- Hep C group visit moves to Wednesdays 2pm starting 11/6.

Renata Silva
Clinic Operations Manager | Riverbend CHC
x2205
""", D(2024, 10, 21, 16, 12))

mk('clean', 'admin', '', 'Vantage 340B Solutions - AR <ar@vantage340b.com>',
   'praman@riverbendchc.org', 'Invoice INV-2024-20931 - September TPA fees',
   """Dear Riverbend Community Health Center,

Please find your invoice for September 2024 340B TPA services.

  Invoice #:           INV-2024-20931
  Customer account:    V-00417 (Riverbend CHC - 340B ID 12345-CH)
  Service period:      09/01/2024 - 09/30/2024
  Contract pharmacies: 3 (Riverbend in-house, Canal St Pharmacy, CareLink Specialty)
  Claims processed:    1,843
  Eligible claims:     1,612
  Fee per claim:       $11.50
  Amount due:          $18,538.00
  Due date:            11/15/2024

Remit by ACH to Vantage 340B Solutions, routing 000000000 (see your remittance
setup sheet) or check to PO Box 7710, Dept 44, Harrisburg PA.

A detail report of claim counts by contract pharmacy is available in the
Vantage portal under Reports > Monthly Billing.

Questions: billing@vantage340b.com or 1-888-555-0140.

Vantage 340B Solutions | Accounts Receivable
""", D(2024, 10, 5, 8, 30))

mk('clean', 'admin', '', 'Denise Halloway <dhalloway@riverbendchc.org>',
   'All Staff <allstaff@riverbendchc.org>',
   'Open enrollment closes 11/15 + staff flu shots 10/30',
   """Hi everyone,

Two quick HR reminders:

1) OPEN ENROLLMENT for 2025 benefits runs through Friday 11/15. Log in to the
benefits portal with your employee ID (the 6 digits on your badge, e.g.
004512) and your usual password. If you do nothing, your medical/dental
elections roll over but your FSA does NOT. New this year: the Lakeshore
Health PPO option and an increased HSA employer contribution ($750/$1,500).

Benefits line: 1-800-555-0199 (M-F 8-8). Or book 15 minutes with me.

2) STAFF FLU SHOTS: Wednesday 10/30, 11:30-2:00, Conference Room B. Employee
Health will have flu and COVID boosters. Bring your badge. If you got
vaccinated elsewhere, upload your card to the Employee Health portal by 12/1.

Thanks!
Denise Halloway, SHRM-CP
HR Generalist | Riverbend Community Health Center
555-301-4477 x2120
""", D(2024, 10, 22, 9, 15))

mk('clean', 'admin', '', 'MedWaste Partners Dispatch <dispatch@medwastepartners.com>',
   'jkowal@riverbendchc.org', 'Service confirmation - Acct 55-10293 - Riverbend CHC (SSP site)',
   """Service Confirmation

Account:        55-10293  Riverbend CHC - Syringe Services Program
Service addr:   2200 Canal St, loading dock B
Service date:   Thursday 10/31/2024, window 7:00-11:00 AM
Driver:         Curtis Langley, truck #214
Manifest #:     MW-2024-0881734

Scheduled pickup:
  (18) 18-gal sharps containers
  (4)  28-gal regulated medical waste boxes
  (1)  pharmaceutical waste bin (non-hazardous)

Reminders: containers must be closed and locked, no more than 3/4 full, and
labeled with the generator name. Please have a staff member available to
sign the manifest. To reschedule call 1-877-555-0163 at least 24 hrs ahead.

MedWaste Partners - Regulated Medical Waste Solutions
""", D(2024, 10, 28, 7, 2))

mk('clean', 'admin', '', 'Colette Ambrose <cambrose@riverbendchc.org>',
   '%s, %s, %s' % (TASHA, NADIA, 'Renata Silva <rsilva@riverbendchc.org>'),
   'RSR prep - CAREWare cleanup by 2/28',
   """Hi all,

Heads up that the Ryan White Services Report (RSR) for CY2024 is due to HRSA
March 24. Provider report opens Jan 6. Last year we served 1,214
unduplicated clients under Part C and Part A combined, and we had 41 records
flagged for missing data, mostly:

  - HIV risk factor blank (19)
  - Poverty level/income not updated in the reporting year (12)
  - Housing status "unknown" (10)

Nadia is running the missing-data report weekly starting in January. Please
block an hour a week for cleanup. Client-level data upload goes through
CAREWare's RSR module as before (encrypted, no names leave the system).

Grant budget note: Part C supplemental request for the PrEP navigator
position is due 12/6 -- Renata, I'll need the FTE split from you.

Thanks,
Colette Ambrose
Grants & Compliance Manager
555-301-4477 x2130
""", D(2024, 11, 7, 13, 44))

mk('clean', 'admin', '', 'Riverbend Facilities & Security <facilities@riverbendchc.org>',
   'security-desk@riverbendchc.org',
   'Badge access - new hire Andre Whitfield (Peer Navigator) start 11/4',
   """Please set up access for the following new hire:

Name:        Andre Whitfield
Title:       Peer Navigator, Ryan White Part C
Manager:     Tasha Greenlee (x2241)
Start date:  Monday 11/4/2024
Badge #:     40118 (photo taken 10/29)
Access:      Main entrance, 2nd floor ID clinic suite, SSP supply room B-12,
             staff parking lot (tag PL-2271)
NOT:         Pharmacy, IT closet, records room

Cell for lockouts: 555-610-2284
Key for van lockbox to be issued by Jess Kowal.

Thanks,
Facilities & Security  x4001
""", D(2024, 10, 30, 10, 20))

# ===========================================================================
# CLEAN / lookalike
# ===========================================================================

mk('clean', 'lookalike', '', 'IronWorks Fitness <members@ironworksfit.com>',
   'derek.hollis77@gmail.com', 'Your membership freeze is confirmed - Member #448201',
   """Hi Derek,

Your membership freeze is confirmed.

  Member #:        448201
  Home club:       IronWorks - Riverside
  Freeze start:    11/01/2024
  Freeze end:      01/31/2025
  Freeze fee:      $10.00/month (billed to card ending 4471)

Your complimentary body composition scan and trainer assessment will be
available when you return - book it in the app under Wellness > Assessments.

Need to come back early? Reply to this email or call the front desk at
555-260-3300. Rehab & recovery classes (mobility, stretch) are included with
all memberships.

Stay strong,
The IronWorks Team

You are receiving this email because you are an IronWorks member.
Unsubscribe | Privacy
""", D(2024, 10, 29, 18, 0))

_vet_html = """<html><body style="font-family:Verdana;font-size:13px">
<p>Hi Ms. Tran,</p>
<p>Good news! <b>Biscuit's</b> pre-anesthetic bloodwork came back normal. Her CBC and chemistry
panel look great for a 9 year old girl - kidney values (BUN 18, creatinine 1.1) and liver enzymes
are all within range, so she's cleared for her dental cleaning on <b>Tuesday 11/12</b>.</p>
<ul>
<li>Drop-off 7:30-8:00 AM, no food after 10pm the night before (water is fine)</li>
<li>Estimate attached to your account: $640-$910 depending on extractions</li>
<li>Her rabies vaccine is due 12/2024 - we can give it the same day if you'd like</li>
</ul>
<p><small>Patient: Biscuit | Canine, beagle mix, spayed female, 9y | Client #C-20417<br>
Dr. Naomi Farrell, DVM</small></p>
<p>Maple Hollow Veterinary Clinic &middot; 555-274-9910</p>
</body></html>
"""
mk('clean', 'lookalike', '', 'Maple Hollow Veterinary Clinic <frontdesk@maplehollowvet.com>',
   'jtran.home@gmail.com', "Biscuit's lab results & dental appointment",
   """Hi Ms. Tran,

Good news! Biscuit's pre-anesthetic bloodwork came back normal. Her CBC and
chemistry panel look great for a 9 year old girl - kidney values (BUN 18,
creatinine 1.1) and liver enzymes are all within range, so she's cleared for
her dental cleaning on Tuesday 11/12.

 - Drop-off 7:30-8:00 AM, no food after 10pm the night before (water is fine)
 - Estimate attached to your account: $640-$910 depending on extractions
 - Her rabies vaccine is due 12/2024 - we can give it the same day

Patient: Biscuit | Canine, beagle mix, spayed female, 9y | Client #C-20417
Dr. Naomi Farrell, DVM

Maple Hollow Veterinary Clinic - 555-274-9910
""", D(2024, 11, 5, 15, 22), html=_vet_html)

mk('clean', 'lookalike', '', 'Lakeshore Community Credit Union <alerts@lakeshoreccu.org>',
   'p.okafor@outlook.com', 'Member #0092217 - payment received',
   """Hello Patience,

We received your payment. Thank you!

  Member #:        0092217
  Loan:            Auto Loan ****-0031
  Payment amount:  $386.14
  Posted:          10/15/2024
  Next due:        11/15/2024
  Remaining bal.:  $9,412.77

Reminder: Our Canal St branch will be closed Monday 11/11 for Veterans Day.
Questions? Call Member Services at 555-300-2600 or visit lakeshoreccu.org.

Lakeshore Community Credit Union. Federally insured by NCUA.
This is an automated message; please do not reply.
""", D(2024, 10, 15, 6, 3))

mk('clean', 'lookalike', '', 'Northstar Air <itinerary@northstarair.com>',
   'samira.haddad.travel@gmail.com', 'Your trip confirmation: QK7T2M - Lakemont to Denver',
   """Thank you for flying Northstar Air!

Confirmation code: QK7T2M
Ticket numbers:    4312198770451, 4312198770452

Passengers
  1. HADDAD / SAMIRA MS     NorthstarPlus member # NS 8840193  Seat 14C
  2. HADDAD / YOUSSEF MSTR (child)                             Seat 14D

Flight NS 1188   Fri 12/20/2024   LKM 07:15 -> DEN 09:02   Main Cabin
Flight NS 1407   Sat 12/28/2024   DEN 17:40 -> LKM 22:51   Main Cabin

Secure Flight: name and date of birth on file for each passenger must match
government-issued ID. Update at northstarair.com/mytrips.

Travelling with medications or medical devices? They may be carried on
and do not count toward your carry-on allowance.

Checked bags: 1st bag $35, 2nd bag $45.
""", D(2024, 11, 2, 20, 41))

mk('clean', 'lookalike', '', 'Keystone Mutual Claims <claims@keystonemutual.com>',
   'brianna.coleman@gmail.com', 'Claim AU-552190: adjuster assigned',
   """Hi Brianna,

Your claim has been assigned.

  Claim #:        AU-552190
  Policy #:       KMA-7731920
  Date of loss:   09/28/2024
  Vehicle:        2017 Honda CR-V (VIN ending 41827)
  Loss type:      Rear-end collision, rear bumper/liftgate damage
  Injuries:       None reported

Your adjuster is Tom Wilczek (555-342-0077 x318). He'll contact you within
one business day to schedule an inspection at a Keystone Direct Repair shop.
A rental is covered up to $40/day under your policy.

Keystone Mutual Insurance | Claims Dept.
""", D(2024, 10, 1, 11, 6))

mk('clean', 'lookalike', '', 'Greenbough Tree Surgeons <office@greenboughtrees.com>',
   'mark.ellison@lakemontlaw.com', 'Diagnosis & treatment plan - red oak, 14 Hawthorne Ln',
   """Hi Mark,

Thanks for having us out Tuesday. Here's my write-up on the big red oak in
the back yard.

Diagnosis: Hypoxylon canker (Biscogniauxia atropunctata), secondary to
drought stress and root compaction from the 2022 patio work. Fruiting bodies
present on the main stem at ~6 ft. Crown dieback roughly 40%.

Prognosis: poor. Once hypoxylon shows fruiting, there's no effective
treatment -- the patient is not going to recover, and decay makes the stem
unpredictable. Given it leans toward the garage, I recommend removal before
winter storms.

Treatment plan for the two neighbouring oaks (healthy for now):
  - deep root fertilization + 3-4" mulch ring
  - air-spade decompaction of the root zone
  - re-check in spring

Estimate #TS-3381: removal + stump grinding $3,850; preventive care for the
other two $1,120. We can schedule the week of 11/18.

Jamie Okoro, ISA Certified Arborist (PN-8821A)
Greenbough Tree Surgeons | 555-719-4400
""", D(2024, 10, 24, 17, 55))

mk('clean', 'lookalike', '', 'PagerDuty <no-reply@pagerduty.com>',
   'oncall-platform@buzzline.io',
   '[Triggered] #88412 patient-worker OOMKilled in viral-load-test',
   """[Triggered] Incident #88412
Service:   share-pipeline (prod-us-east)
Urgency:   High
Assigned:  Pooja Raghunathan

Summary:   patient-worker-7f9c5d-x2kqm OOMKilled (exit 137) during
           viral-load-test (synthetic viral share campaign, 250k rps)

Details:
  pod:        patient-worker-7f9c5d-x2kqm
  node:       ip-10-41-3-118.ec2.internal
  container:  patient (the "patient" retry daemon - waits and retries
              failed webhook deliveries with exponential backoff)
  pid:        44812
  memory:     limit 2Gi, peak 2.31Gi
  restarts:   6 in 15m (CrashLoopBackOff)

Runbook: https://wiki.buzzline.io/runbooks/patient-worker
  1. Confirm the viral-load-test job is the source (kubectl logs job/viral-load-test)
  2. Scale down the test: kubectl scale job/viral-load-test --replicas=0
  3. If the patient queue backlog > 1M, enable shed mode

Acknowledge | Resolve | View in PagerDuty
""", D(2024, 10, 17, 3, 12))

# ===========================================================================
# CLEAN / news
# ===========================================================================

mk('clean', 'news', '', 'LDPH HIV/STI Surveillance <hivsurveillance@health.lakemont.gov>',
   'hiv-partners-list@lists.lakemont.gov',
   '2023 HIV Surveillance Annual Summary now available',
   """Lakemont Department of Public Health
HIV/STI Surveillance Program

The 2023 HIV Surveillance Annual Summary is now posted on the LDPH website.

Highlights (data as of June 30, 2024):
  - 412 new HIV diagnoses in 2023 (rate 9.8 per 100,000), down 4% from 2022
  - 71% of new diagnoses linked to care within 30 days (goal: 85%)
  - 9,870 people living with diagnosed HIV; 82% in care, 74% virally suppressed
  - Largest increases among people who inject drugs (+18%), concentrated in
    Lakemont City and Harbor County
  - Ages 25-34 account for 38% of new diagnoses
  - PrEP prescriptions (pharmacy claims): 6,115 unique persons, +22%

Cluster detection: two molecular clusters under active investigation; DIS
will contact providers directly as needed.

The full report, county tables and the technical notes are available at the
LDPH HIV data page. Data requests: hivdata@health.lakemont.gov.

Please do not reply to this list message.
""", D(2024, 9, 30, 10, 0))

mk('clean', 'news', '', 'Pinnacle Drug Distributors - Recalls <recalls@pinnacledrug.com>',
   'pharmacy@riverbendchc.org',
   'URGENT: Voluntary Recall - Emtricitabine/Tenofovir DF 200/300 mg Tablets, Lot E2403117',
   """URGENT DRUG RECALL - PHARMACY LEVEL

Product:        Emtricitabine and Tenofovir Disoproxil Fumarate Tablets,
                200 mg/300 mg, 30-count bottles
Manufacturer:   Halvorsen Generics Inc.
NDC:            70123-0455-30
Lot(s):         E2403117, E2403118   Exp 03/2026
Reason:         Out-of-specification dissolution results at the 12-month
                stability time point.
Recall level:   Pharmacy / Retail (NOT consumer level)
Health hazard:  Low likelihood of adverse health consequences per the
                manufacturer's assessment.

Our records show your account (PDD-88104) purchased 24 bottles of lot
E2403117 on 07/09/2024.

Action required:
  1. Immediately check inventory and quarantine affected lots.
  2. Complete and return the attached Response Form by 11/08/2024, even if
     you have no remaining stock.
  3. Return product via the prepaid label; credit will be issued.

Patients who have already received product do not need to be contacted and
should continue therapy. Replacement lots are available now.

Pinnacle Drug Distributors | Regulatory & Recall Services | 1-800-555-0150
""", D(2024, 10, 24, 14, 5))

_pulse_html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#0b6e4f">Riverbend Pulse</h1><p><i>October 2024 &middot; Staff newsletter</i></p>
<h2>PrEP starts up 22%</h2>
<p>Thanks to Thursday evening walk-ins and the van, 188 people started PrEP this year through September,
up from 154 in the same period last year. Injectable PrEP now accounts for 1 in 5 starts.</p>
<h2>Hep C: 31 cures and counting</h2>
<p>Our outreach team has helped 31 people complete hepatitis C treatment since January. Join us for
the "Cure Party" on 11/20 in the community room - cake and a DJ, all clients and staff welcome.</p>
<h2>Staff spotlight: Danny Ruiz</h2>
<p>Peer navigator Danny Ruiz celebrates five years at Riverbend this month. Danny has driven an estimated
22,000 miles getting people to appointments. "The ride is where people tell you what's really going on."</p>
<h2>SSP by the numbers (Q3)</h2>
<ul><li>51,300 syringes distributed</li><li>1,410 naloxone kits</li><li>118 reported overdose reversals</li></ul>
<p style="font-size:11px;color:#777">Riverbend Pulse is produced by Communications. Story ideas: comms@riverbendchc.org</p>
</body></html>
"""
mk('clean', 'news', '', 'Riverbend Communications <comms@riverbendchc.org>',
   'All Staff <allstaff@riverbendchc.org>', 'Riverbend Pulse - October 2024',
   """Riverbend Pulse - October 2024 (Staff newsletter)

PrEP STARTS UP 22%
Thanks to Thursday evening walk-ins and the van, 188 people started PrEP this
year through September, up from 154 in the same period last year. Injectable
PrEP now accounts for 1 in 5 starts.

HEP C: 31 CURES AND COUNTING
Our outreach team has helped 31 people complete hepatitis C treatment since
January. Join us for the "Cure Party" on 11/20 in the community room - cake
and a DJ, all clients and staff welcome.

STAFF SPOTLIGHT: DANNY RUIZ
Peer navigator Danny Ruiz celebrates five years at Riverbend this month.
Danny has driven an estimated 22,000 miles getting people to appointments.
"The ride is where people tell you what's really going on."

SSP BY THE NUMBERS (Q3)
 * 51,300 syringes distributed
 * 1,410 naloxone kits
 * 118 reported overdose reversals

Story ideas: comms@riverbendchc.org
""", D(2024, 10, 31, 9, 0), html=_pulse_html)

mk('clean', 'news', '', 'Lakemont Health Alert Network <han@health.lakemont.gov>',
   'han-clinicians@lists.lakemont.gov',
   'HEALTH ADVISORY: Congenital syphilis up; conserve Bicillin L-A',
   """LAKEMONT HEALTH ALERT NETWORK - HEALTH ADVISORY
Distributed: October 16, 2024

SUMMARY
Congenital syphilis cases in Lakemont rose to 23 in 2023 (from 9 in 2021).
Among 2023 cases, 61% of birthing parents had no or late prenatal care, and
35% reported substance use. Meanwhile, benzathine penicillin G (Bicillin
L-A) remains in limited supply nationally.

RECOMMENDATIONS FOR CLINICIANS
1. Screen all pregnant patients for syphilis at first prenatal visit, at
   28 weeks, and at delivery.
2. Offer syphilis testing at every HIV/PrEP visit and in syringe services
   and emergency department settings.
3. Prioritize Bicillin L-A for pregnant patients and their partners. For
   non-pregnant adults with early syphilis, doxycycline 100 mg BID x 14 days
   is an acceptable alternative.
4. Report all cases within 1 business day (Lakemont Admin. Code 22-4.07).

RESOURCES
Provider consult line (STI clinical): 555-600-7840, M-F 8-5.

This message was sent to the HAN clinician list. Do not reply.
""", D(2024, 10, 16, 11, 30))

mk('clean', 'news', '', 'Lakemont Harm Reduction Coalition <alerts@lakemonthrc.org>',
   'harm-reduction@riverbendchc.org',
   'Drug checking alert: medetomidine in local fentanyl samples',
   """LHRC DRUG CHECKING ALERT - week ending 10/19

What we found: Of 64 samples tested this week by the LHRC drug checking
service (FTIR + lab confirmation), medetomidine was detected in 17 samples
sold as "fentanyl" or "dope", mostly from the east side. Xylazine was found
in 39 samples. Two samples sold as pressed "M30" pills contained
nitazenes.

What people are reporting: deeper, longer sedation; very slow heart rate;
severe withdrawal with high blood pressure and agitation that doesn't
respond the usual way.

What to tell participants:
 - Naloxone still works on the opioid part - always give it. Breathing is
   the priority; rescue breaths matter.
 - Don't use alone. Never Use Alone hotline: 1-800-555-0111.
 - Start low, go slow; test strips don't detect medetomidine.

Printable flyers (English, Spanish, Haitian Creole) are on our site.

Lakemont Harm Reduction Coalition | Data is aggregate; no identifying
information is collected by the drug checking service.
""", D(2024, 10, 21, 8, 45))

mk('clean', 'news', '', 'Lakemont ADAP <adap@health.lakemont.gov>',
   'adap-providers@lists.lakemont.gov',
   'ADAP Formulary Update #2024-07 (effective 11/1/2024)',
   """Lakemont AIDS Drug Assistance Program
Formulary Update #2024-07 -- effective November 1, 2024

ADDITIONS
  - Lenacapavir (Sunlenca) tablets and injection - treatment of
    multidrug-resistant HIV; prior authorization required.
  - Doxycycline hyclate 100 mg - for doxy-PEP per CDC guidance, quantity
    limit 20 tablets/30 days.

CHANGES
  - Dolutegravir/lamivudine (Dovato): PA removed.
  - Bictegravir/FTC/TAF (Biktarvy): 90-day supply now allowed at
    participating pharmacies.

INSURANCE ASSISTANCE
  - Premium payment deadline for 2025 Marketplace plans: 12/10/2024.

Reminder: six-month recertification remains required. Please submit
recertification packets at least 30 days before the eligibility end date.

Questions: ADAP provider line 555-600-2437, option 4.
""", D(2024, 10, 18, 15, 0))

# ===========================================================================
# CLEAN / staff
# ===========================================================================

mk('clean', 'staff', '', OMAR, HELEN, 'curbside - new dx w/ crypto Ag+',
   """Helen, curbside q when you have 2 min.

40s M, new HIV dx, CD4 41, serum CrAg positive (titer 1:160 from the
reference lab). No headache, no fever, no neck stiffness, mental status fine.
Not yet on ART.

My read of the guidelines is LP first regardless of sx to rule out
cryptococcal meningitis, and if CSF is negative -> fluconazole 800 daily
preemptive, then start ART ~2 wks after. Does that match what you do? And is
there anywhere that will do an outpatient LP this week or is it an ED
send?

thx
Omar
""", D(2024, 10, 23, 11, 8))

mk('clean', 'staff', '', HELEN, 'HIV Providers <hiv-providers@riverbendchc.org>',
   'DRAFT doxy-PEP protocol v0.3 - comments by 11/1',
   """All,

Attached/below is v0.3 of our doxy-PEP protocol. Main changes from v0.2 in
caps. Please send comments by 11/1 so we can take it to P&T on 11/7.

1. Eligibility: MSM and transgender women with a bacterial STI (syphilis,
   gonorrhea, chlamydia) in the past 12 months. OFFER TO OTHERS ON A
   SHARED-DECISION BASIS.
2. Dose: doxycycline 200 mg once, within 72 h after condomless sex, max 200 mg
   per 24 h.
3. Monitoring: STI screening at all sites q3 months (aligns with PrEP
   visits). HOLD FOR PREGNANCY.
4. Rx: #20 tablets with refills; ADAP now covers (formulary update 2024-07).
5. Counseling: photosensitivity, take with water and stay upright 30 min,
   separate from calcium/iron/antacids by 2 h.
6. Document in the PrEP flowsheet under "Doxy-PEP: offered/accepted/declined".

Open question for the group: do we want a gonorrhea culture for resistance
surveillance when someone on doxy-PEP tests positive?

Helen
""", D(2024, 10, 22, 7, 55))

mk('clean', 'staff', '', JESS, 'Harm Reduction <harm-reduction@riverbendchc.org>',
   'need coverage - tues van 10/29',
   """Hi team - Beto is out Tuesday 10/29 (his kid's surgery, he's fine, just
needs the day). I need a second person on the van 12-5. Doesn't need to be
clinical, just someone comfortable doing supply distribution + naloxone
trainings. Kiera is already on 1-4 for PrEP/HCV starts.

Also: we are down to ~300 1cc syringes and 40 naloxone kits in the supply
room, order goes in Monday. If you know of any other stock squirreled away
somewhere please tell me.

Jess
""", D(2024, 10, 24, 12, 30))

mk('clean', 'staff', '', PRIYA, OMAR, 'rifampin + bictegravir - general q',
   """Not about a specific person - more a heads up since TB clinic told me
they're starting a bunch of latent TB tx this fall and some of ours will be
on that list.

Rifampin + Biktarvy is contraindicated (big drop in bictegravir levels). If
someone on Biktarvy needs LTBI tx, options I'd suggest:
  - switch ART to dolutegravir-based with DTG 50 BID during rifampin and
    for 2 wks after, or
  - use an isoniazid-only LTBI regimen (6-9 months) instead - no
    significant interaction with INSTIs
  - 3HP (rifapentine + INH) is ok with DTG 50 daily per the data, NOT with
    bictegravir or cabotegravir LA.

Happy to put together a one-pager for the team if useful.

Priya
""", D(2024, 10, 11, 9, 47))

mk('clean', 'staff', '', KIERA, 'ID Clinic Team <id-clinic-team@riverbendchc.org>',
   'same-day ART - what went sideways last week (no blame, just process)',
   """Hi all,

Quick debrief on a same-day ART visit last week, because I think the
workflow broke in a few places and I want to fix it, not point fingers.

A woman in her 30s had a reactive rapid test at an outreach event and was
walked over the same afternoon. From arrival to leaving with meds took a bit
over 4 hours:
  - 50 min waiting for a confirmatory lab order because the rapid result
    wasn't in the EHR yet (outreach uses paper)
  - 70 min for RW eligibility intake because the only case manager was in
    a group
  - pharmacy had to call ADAP for an emergency override

Proposals:
  1. Outreach RN enters a "prelim reactive" order set from the van laptop.
  2. Same-day starts get a reserved CM slot 1-2pm and 3-4pm daily.
  3. Keep 10 starter packs (7-day) of Biktarvy in the 340B stock for
     same-day starts, pending ADAP/insurance.

Can we discuss at Thursday huddle?
Kiera
""", D(2024, 10, 28, 18, 3))

mk('clean', 'staff', '', TASHA, 'Case Management <casemgmt@riverbendchc.org>',
   'Thursday case conference - agenda',
   """Agenda for Thursday 11/7, 12:00-1:00, Conf Room B (lunch provided)

Reminder: cases are presented DE-IDENTIFIED. No names, no DOBs, no MRNs on
slides or handouts. Use "Client A / Client B".

1. (10 min) Housing & retention - two clients who lost housing in the same
   month and both missed labs. What could we have caught earlier? (Tasha)
2. (15 min) Disclosure and safety - supporting a client whose partner does
   not know their status during pregnancy. Guest: Dr. Osei's social worker.
3. (15 min) Language access: when family members interpret. Policy review.
4. (10 min) ADAP recert backlog - process changes (Yesenia)
5. (10 min) Open floor

T
""", D(2024, 11, 4, 16, 15))

mk('clean', 'staff', '', 'Marguerite Olsen RN <molsen@riverbendchc.org>',
   'Harm Reduction <harm-reduction@riverbendchc.org>',
   'Reminder: what to do after a needlestick / sharps exposure',
   """Hi SSP and outreach staff,

A refresher since we have new folks starting. If you have a needlestick or
other blood exposure:

1. Wash the area with soap and water right away. Don't squeeze or bleed it.
2. Call Employee Health (me) at x2150, or after hours the ID on-call line
   555-301-8800. Don't wait until end of shift - PEP works best within 2
   hours and ideally within 72 hours at most.
3. PEP starter packs (Biktarvy x7 days) are in the locked cabinet in the
   pharmacy and in the van's med box. The van key is on the lanyard.
4. Fill out the Occupational Exposure form (Policy EH-12) the same day.
5. Baseline labs (HIV, HBV, HCV) for you within 24-48 hrs; source testing
   only with consent.

Nobody gets in trouble for reporting. Please report every one.

Marguerite Olsen, RN, COHN
Employee Health Nurse | x2150
""", D(2024, 11, 1, 8, 20))

# ===========================================================================
# CLEAN / training
# ===========================================================================

mk('clean', 'training', '', 'EHR Training Team <ehr-training@riverbendchc.org>',
   'New Hires Nov 2024 <newhires-nov@riverbendchc.org>',
   'TRAIN environment practice: PrEP order set + same-day ART',
   """Welcome! Before your go-live session please complete these practice
exercises in the TRAIN environment (NOT production - the login banner is
orange).

Exercise 1 - PrEP initiation
  Open patient TEST, PREPONE  (MRN 999000123, DOB 01/01/1980)
  - Place the "PrEP Initiation" order set
  - Select HIV Ag/Ab, creatinine, HBsAg, RPR
  - e-prescribe emtricitabine/tenofovir DF to "TRAIN PHARMACY (DO NOT USE)"

Exercise 2 - Same-day ART
  Open patient ZZTEST, HIVNEW  (MRN 999000456, DOB 02/02/1990)
  - Document a preliminary reactive rapid test
  - Place the "Rapid ART Start" order set; note the ADAP override prompt

Exercise 3 - Case management referral
  Open patient TEST, CASEMGMT (MRN 999000789)
  - Send an internal referral to "Ryan White Case Management"

All TRAIN patients are fictitious and the environment is refreshed nightly.
Reach us at x4420 if your TRAIN login doesn't work.

EHR Training Team | Riverbend IT
""", D(2024, 10, 30, 13, 0))

_ct_sample = csv_text([
    ["client_id", "first_name", "last_name", "dob", "gender", "county", "rw_eligible", "last_vl", "note"],
    ["SAMPLE-0001", "John", "Doe", "01/01/1970", "M", "Sample County", "Y", "<20", "SAMPLE RECORD - NOT A REAL CLIENT"],
    ["SAMPLE-0002", "Jane", "Doe", "02/02/1985", "F", "Sample County", "Y", "1200", "SAMPLE RECORD - NOT A REAL CLIENT"],
    ["SAMPLE-0003", "Test", "Zztest", "03/03/1999", "TGW", "Sample County", "N", "", "SAMPLE RECORD - NOT A REAL CLIENT"],
    ["SAMPLE-0004", "Demo", "Client", "04/04/1960", "M", "Sample County", "Y", "<20", "SAMPLE RECORD - NOT A REAL CLIENT"],
])
mk('clean', 'training', '', 'Aaron Feld <afeld@casetrackrw.com>', TASHA,
   'CaseTrack RW demo - recording + sample import file',
   """Hi Tasha,

Thanks again for sitting through the demo on Tuesday with your team. As
promised:

 - Recording: in the shared folder link I sent separately (expires 11/30)
 - Sample import file attached (sample_clients_DEMO.csv). It's the same
   dummy data we used in the demo - John Doe, Jane Doe, etc. Please use it to
   test the CAREWare import mapping in the sandbox tenant; don't load real
   client data into the sandbox.

Pricing for 12 case manager seats is in the proposal (Q-2024-1187). Happy to
set up a second session for your billing folks.

Best,
Aaron Feld
Solutions Engineer, CaseTrack RW
555-441-0023
""", D(2024, 10, 31, 15, 27),
   atts=[att(_ct_sample, 'sample_clients_DEMO.csv', subtype='csv')])

_test_hl7 = r"""MSH|^~\&|MERIDIAN|MRL|RVBEHR|RVBCHC|20241104090000||ORU^R01^ORU_R01|TEST0001|T|2.5.1
PID|1||999000001^^^RVB^MR||ZZTEST^HIVONE^^^^^L||19000101|U|||123 TEST ST^^TESTVILLE^LK^00000
OBR|1|TESTORD1|TESTACC1|550430^HIV-1 RNA QUANT PCR^L|||20241104080000|||||||||0000000000^TEST^PROVIDER|||||||F
OBX|1|NM|25836-8^HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN||<20|copies/mL|<20|N|||F|||20241104085959
MSH|^~\&|MERIDIAN|MRL|RVBEHR|RVBCHC|20241104090100||ORU^R01^ORU_R01|TEST0002|T|2.5.1
PID|1||999000002^^^RVB^MR||ZZTEST^HCVTWO^^^^^L||19000101|U
OBR|1|TESTORD2|TESTACC2|550080^HCV RNA QUANT PCR^L|||20241104080000|||||||||0000000000^TEST^PROVIDER|||||||F
OBX|1|NM|11011-4^Hepatitis C virus RNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection^LN||1500000|IU/mL|<15|H|||F|||20241104085959"""
mk('clean', 'training', '', 'Meridian Interface Support <interfaces@meridianlabs.com>', KEVIN,
   'MRL-55810 fix - test messages for validation (ZZTEST patients only)',
   """Kevin,

The OBX-14 precision fix is deployed to our TEST environment. Below are the
validation messages we'll push to your test inbound port (processing ID "T")
at 09:00 tomorrow. Both are ZZTEST dummy patients from our standard test
suite; please don't route them to production.

""" + _test_hl7 + """

Once you confirm both post in your test system we'll schedule the prod
deploy for Thursday night.

Regards,
Haruto Ishikawa
Interface Analyst, Meridian Reference Labs
""", D(2024, 11, 3, 14, 10))

mk('clean', 'training', '', 'Sandra Kim, MSN <skim@riverbendchc.org>',
   'Case Management <casemgmt@riverbendchc.org>',
   'Orientation module 3 - Ryan White eligibility scenarios (answer key)',
   """Answer key for the new-hire scenarios. These are FICTIONAL cases built for
training; any resemblance to a real client is coincidental.

Scenario 1 -- "Jane Q. Sample", 34, moved to Lakemont 2 months ago, income
250% FPL, uninsured, living with HIV.
  Q: Eligible for RW Part C medical and ADAP?
  A: Yes to both, once proof of residency (lease, utility bill or shelter
     letter) and income are on file. Screen for Marketplace/Medicaid - RW is
     payer of last resort.

Scenario 2 -- "Client B (sample)", 52, Medicare + Part D, on Biktarvy.
  Q: What does ADAP pay?
  A: ADAP can pay Part D premiums and copays (insurance assistance), not the
     full drug cost.

Scenario 3 -- "Sample Client C", undocumented, 28, income 120% FPL.
  Q: Eligible?
  A: Yes. Immigration status is not a RW eligibility criterion.

Quiz is in the LMS under "RW Eligibility 101"; passing score 80%.

Sandra Kim, MSN, RN
Clinical Educator
""", D(2024, 11, 1, 10, 5))

mk('clean', 'training', '', JESS, 'Mara Lindgren <mlindgren@lakemontlibrary.org>',
   'naloxone training slides for library staff 11/6',
   """Hi Mara,

Attached are the slides for the 11/6 training with your branch staff (I'll
also bring printed handouts and 25 kits). Outline:

  1. What an opioid overdose looks like (5 min)
  2. Giving nasal naloxone - hands-on with trainer devices (15 min)
  3. Role-play: "Alex" (fictional patron) is found unresponsive in the
     restroom. Walk through: shout, sternal rub, call 911, naloxone, rescue
     breaths, recovery position, second dose after 2-3 min (10 min)
  4. Good Samaritan law + your library policy (5 min)
  5. Q&A

Nothing in the slides is about a real person -- "Alex" is a made-up
scenario we use everywhere.

See you Wednesday,
Jess Kowal, RN
Riverbend CHC Harm Reduction Program
""", D(2024, 11, 1, 14, 48),
   atts=[att("""NALOXONE TRAINING - LAKEMONT PUBLIC LIBRARY - 11/6/2024
Slide 1: Why we're here
Slide 2: Signs of opioid overdose - slow or no breathing, blue lips, pinpoint pupils, unresponsive
Slide 3: SAVE ME steps
Slide 4: Nasal naloxone 4 mg - peel, place, press
Slide 5: Role-play: "Alex" (fictional) in the restroom
Slide 6: After naloxone - stay with the person, recovery position
Slide 7: Good Samaritan protections
Slide 8: Where to get free naloxone: Riverbend van (Tue/Thu), LHRC, pharmacies
""", 'naloxone_training_outline.txt')])

_synth = {
    "resourceType": "Bundle",
    "type": "transaction",
    "meta": {"tag": [{"system": "http://example.org/tags", "code": "SYNTHETIC",
                      "display": "Synthea-generated synthetic test data"}]},
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "synthetic-0001",
                      "name": [{"family": "Frami345", "given": ["Abe604"]}],
                      "gender": "male", "birthDate": "1971-01-01",
                      "address": [{"city": "Springfield", "state": "MA"}]}},
        {"resource": {"resourceType": "Observation", "id": "synthetic-obs-0001",
                      "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "25836-8"}]},
                      "subject": {"reference": "Patient/synthetic-0001"},
                      "valueQuantity": {"value": 20, "unit": "copies/mL"}}},
    ],
}
mk('clean', 'training', '', 'Mei-Ling Cho <mcho@cfar.eastbrook.edu>', KEVIN,
   'Synthea sample bundle for the pipeline dry-run',
   """Hi Kevin,

Before we touch real exports again, can we do a dry run of the new mapping
with synthetic data? Attached is a small Synthea-generated bundle (Synthea
names have the numeric suffixes, e.g. Abe604 Frami345, so they're easy to
spot). Everything is tagged SYNTHETIC in meta.

If you can push it through the same transform and send back the output,
we'll diff it against what we expect.

Thanks!
Mei-Ling
""", D(2024, 10, 28, 9, 12),
   atts=[att(json.dumps(_synth, indent=2), 'synthea_sample_bundle.json',
             maintype='application', subtype='json')])

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    summary = {}
    for _, lab, kind, _p in ROWS:
        summary['%s-%s' % (lab, kind)] = summary.get('%s-%s' % (lab, kind), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(ROWS))
