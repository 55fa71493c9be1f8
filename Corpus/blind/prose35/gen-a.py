#!/usr/bin/env python3
"""Blind evaluation mail set (seed 3501).

Setting: specialty clinics of an academic medical centre (oncology infusion,
transplant, cardiology, neurology, sleep lab) and their research coordinators.
All people, numbers and organisations are invented.

Usage: python3 gen.py OUTDIR
"""
import csv
import email.policy
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage

SEED = 3501
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
ZDATE = (2024, 5, 2, 9, 15, 0)


def _domain(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1] if '@' in a else 'localhost'


CTE_RNG = random.Random(SEED + 1)


def _pick_cte(text):
    """Vary transfer encodings the way real clients do (deterministic)."""
    r = CTE_RNG.random()
    if max(len(x) for x in text.splitlines() or ['']) > 990:
        return None
    if text.isascii():
        return '7bit' if r < 0.6 else None
    return '8bit' if r < 0.35 else None


def mk(label, kind, frm, to, subject, date, body, patient='', cc=None,
       html=None, atts=(), cte=None, headers=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = date
    msg['Message-ID'] = '<%016x.%d%s@%s>' % (random.getrandbits(64), n, kind[:2], _domain(frm))
    for k, v in (headers or []):
        msg[k] = v
    if cte is None:
        cte = _pick_cte(body)
    msg.set_content(body, cte=cte) if cte else msg.set_content(body)
    if html:
        hcte = _pick_cte(html)
        if hcte:
            msg.add_alternative(html, subtype='html', cte=hcte)
        else:
            msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, maintype, subtype = a[:4]
        acte = a[4] if len(a) > 4 else None
        if isinstance(data, str):
            kw = {'subtype': subtype, 'filename': fn}
            if acte:
                kw['cte'] = acte
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            j += 1
            part.set_boundary('----=_Part_%d_%d' % (len(ROWS) + 1, j))
    with open(os.path.join(OUT, fname), 'wb') as fh:
        fh.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


def zbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def xlsx(rows, sheet='Sheet1'):
    cols = 'ABCDEFGHIJKLMNOP'
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, _xesc(v))
                        for c, v in enumerate(row))
        sd.append('<row r="%d">%s</row>' % (r, cells))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zbytes(files)


def csvtext(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""

# ---------------------------------------------------------------------------
# PHI: care
# ---------------------------------------------------------------------------

mk('phi', 'care',
   'Renata Szabo RN <rszabo@halvorsenhealth.org>',
   'Dr. Colin Marchetti <cmarchetti@lakeviewoncology.com>',
   'infusion update - Harlan Petrosky',
   'Tue, 07 May 2024 16:48:03 -0400',
   """Dr Marchetti,

Quick update on Harlan Petrosky from today's chair. He got C3D1 FOLFOX but we held the oxaliplatin per Dr. Iyer -- he's describing tingling in both hands that lasts into the next week now and he dropped his coffee cup twice. 5FU pump went on at 14:10, disconnect Thursday.

ANC this AM 1.2, plt 96. Dr Iyer wants a CBC again Thurs at disconnect and will decide about filgrastim then.

Wife is driving him, she asked for the neuropathy handout, I gave it.

Renata Szabo, RN, OCN
Oncology Infusion Center, 3rd floor Brandt Pavilion
Halvorsen University Medical Center
p 555-0143 x2
""",
   patient='Petrosky')

mk('phi', 'care',
   'Maggie Oduya <moduya@halvorsenhealth.org>',
   'Transplant Pharmacy <txpharm@halvorsenhealth.org>',
   'tac trough',
   'Mon, 13 May 2024 09:12:44 -0400',
   """deborah kwiatkowski (kidney tx 9/14) trough came back 14.2 this morning. she's been running 8-10. Dr Halloran ok'd going from 3mg BID to 2mg BID starting tonight. repeat level monday w/ BMP. can you update her pill card and call the pharmacy she uses in Dunmore? she's also asking about the nausea, we told her to hold off on the ondansetron until you look at interactions.

thx
Maggie
--
Margaret Oduya, BSN, RN, CCTC
Kidney/Pancreas Transplant Coordinator
""",
   patient='Kwiatkowski')

mk('phi', 'care',
   'Riverbend Cardiology Associates <referrals@rbcardio.net>',
   'Dr. Sunita Rao <srao@pinehollowfp.com>',
   'FW: Echo results - your patient',
   'Thu, 02 May 2024 11:31:20 -0500',
   """Dr. Rao -- forwarding from our echo lab, see below. Dr. Lindgren will see him back in 2 wks.

Thanks,
Kelsey at Riverbend

-----Original Message-----
From: Echo Lab <echolab@halvorsenhealth.org>
Sent: Wednesday, May 1, 2024 4:02 PM
To: referrals@rbcardio.net
Subject: Echo results - Tomas Aguilar-Reyes

Transthoracic echo performed 05/01/2024 on Tomas Aguilar-Reyes.

LV moderately dilated, global hypokinesis, EF estimated 30-35% (was 50% in 2021).
Moderate functional MR. RVSP 44 mmHg.

Per Dr. Lindgren he was started today on sacubitril/valsartan 24/26 mg twice daily and carvedilol 3.125 mg BID, furosemide 20 mg daily continued. BMP in 1 week at your office please. Referred to HF clinic and for cardiac MRI.

Halvorsen University Medical Center - Noninvasive Cardiology
""",
   patient='Aguilar-Reyes')

mk('phi', 'care',
   'Ben Adeyemi <badeyemi@halvorsenhealth.org>',
   'Neuro Residents <neuro-res@halvorsenhealth.org>',
   'overnight - 9W',
   'Sat, 11 May 2024 06:55:10 -0400',
   """all -- only one thing worth flagging for day team: LP on Grace Tillman (9W bed 22) finally done at 0200 under fluoro after 2 failed bedside attempts. opening pressure 32, drained to 18. sent cell count, protein, glucose, cytology, oligoclonal bands. she said the headache was "way better" after. acetazolamide 500 bid started, ophtho needs to see her today for the papilledema f/u.

ben
""",
   patient='Tillman')

mk('phi', 'care',
   'Halvorsen Sleep Disorders Center <sleeplab@halvorsenhealth.org>',
   'Lakeshore Family Medicine <fax2mail@lakeshorefm.com>',
   'Polysomnography report - OKAFOR, WENDELL',
   'Fri, 10 May 2024 13:20:00 -0400',
   """SLEEP STUDY REPORT

Patient: Wendell Okafor
Study: split-night polysomnogram, 05/08/2024
Referring: Dr. A. Brightwater, Lakeshore Family Medicine

Diagnostic portion: AHI 41.3 events/hr, lowest SpO2 78%. Predominantly obstructive events, worse supine.
Titration portion: CPAP titrated 5 to 11 cm H2O; events controlled at 11 cm with residual AHI 2.1.

Recommendations: CPAP 11 cm H2O with heated humidification, medium full-face mask. DME order sent to Comfort Air Medical. Patient advised not to drive drowsy. Follow up in sleep clinic 6-8 weeks with compliance download.

Interpreting physician: Priya Natarajan, MD, D.ABSM
""",
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>SLEEP STUDY REPORT</b></p>
<table border="0" cellpadding="2">
<tr><td>Patient:</td><td>Wendell Okafor</td></tr>
<tr><td>Study:</td><td>split-night polysomnogram, 05/08/2024</td></tr>
<tr><td>Referring:</td><td>Dr. A. Brightwater, Lakeshore Family Medicine</td></tr>
</table>
<p>Diagnostic portion: AHI 41.3 events/hr, lowest SpO2 78%. Predominantly obstructive events, worse supine.<br>
Titration portion: CPAP titrated 5 to 11 cm H2O; events controlled at 11 cm with residual AHI 2.1.</p>
<p>Recommendations: CPAP 11 cm H2O with heated humidification, medium full-face mask. DME order sent to Comfort Air Medical. Patient advised not to drive drowsy. Follow up in sleep clinic 6-8 weeks with compliance download.</p>
<p>Interpreting physician: Priya Natarajan, MD, D.ABSM</p>
</body></html>
""",
   patient='Okafor')

mk('phi', 'care',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'Dr. Amit Iyer <aiyer@halvorsenhealth.org>',
   'SAE clock - Lorraine Baptiste (ARD-221)',
   'Sun, 12 May 2024 21:07:55 -0400',
   """Hi Dr. Iyer,

Sorry for the Sunday email. Just saw in the chart that Lorraine Baptiste came in through the ED last night with fever 39.1 and ANC 0.3, admitted to 7 West on cefepime. She is on ARD-221 (she got cycle 2 day 8 on Thursday). This meets SAE criteria so the 24h clock started when we became aware -- I'd like to submit the initial report to Nordvale by 10pm tomorrow.

Can you confirm attribution (possibly related?) when you round on her in the morning? I'll draft the narrative tonight and put it in your inbox. Blood cultures still pending.

Kendra

Kendra Vollmer, CCRP
Clinical Research Coordinator II | Oncology Clinical Trials Office
Halvorsen University Medical Center
""",
   patient='Baptiste')

mk('phi', 'care',
   'Luis Ortega <lortega@halvorsenhealth.org>',
   'Neuro Infusion <neuroinfusion@halvorsenhealth.org>',
   'RE: IVIG Wed',
   'Mon, 20 May 2024 10:44:31 -0400',
   """Yes go ahead and put him in chair 6 wed 8am, 4 hr block.

Dose is 2 g/kg divided over 2 days (he's 82 kg so 82 g each day), Privigen. premed tylenol 650 + diphenhydramine 25. he had a headache after the last course so please run slow first hour and push fluids.

Luis

-----Original Message-----
From: Neuro Infusion
Sent: Monday, May 20, 2024 9:58 AM
To: Luis Ortega
Subject: IVIG Wed

Dr Ortega - Dmitri Volkonsky is on the wed list for his CIDP maintenance, we need the updated order before we can book, the old one expired 5/15. also pharmacy wants the weight. thanks, Jo
""",
   patient='Volkonsky')

mk('phi', 'care',
   'Device Clinic <deviceclinic@halvorsenhealth.org>',
   'Dr. Felix Grünewald <fgrunewald@halvorsenhealth.org>',
   'Remote transmission alert - Hollingsworth',
   'Wed, 15 May 2024 08:03:12 -0400',
   """Dr. Grünewald,

Remote transmission received overnight from Beatrice Hollingsworth's dual-chamber pacemaker (implanted Feb 2022).

- 3 AT/AF episodes since last check, longest 6 h 12 min on 5/13
- V pacing 4%, A pacing 71%
- battery 8.5 yrs, leads stable

She is not on anticoagulation. CHA2DS2-VASc is 4 by our count. Called her at home at 7:45, she's had some palpitations on Monday but no syncope. Would you like to start apixaban 5 mg BID and see her in clinic this week? I can send the Rx to CVS on Route 9 if you sign.

Thanks,
Noor Haddad, RN
Cardiac Device Clinic, Halvorsen Heart & Vascular
""",
   cte='quoted-printable',
   patient='Hollingsworth')

# ---------------------------------------------------------------------------
# PHI: names
# ---------------------------------------------------------------------------

mk('phi', 'names',
   'Hannah Certo <hcerto@halvorsenhealth.org>',
   'Dr. Julian Mbeki <jmbeki@halvorsenhealth.org>',
   'Nguyễn Thị Lan - repeat K back',
   'Tue, 14 May 2024 15:22:09 -0400',
   """5.9 on the repeat, not hemolyzed this time. she's in the infusion chair til 4:30. do you want to hold today's dose and call her nephrologist or should I page renal here?

h
""",
   patient='Nguyễn Thị Lan')

mk('phi', 'names',
   'Transplant Selection Committee <txselection@halvorsenhealth.org>',
   'Liver Tx Coordinators <livertx-coord@halvorsenhealth.org>',
   'Friday committee - outstanding items',
   'Wed, 08 May 2024 17:40:26 -0400',
   """Coordinators,

Items still missing for Friday's listing committee:

Oyelaran-Smith, Adebayo -- dental clearance not in chart. Patient told social work he saw a dentist in Akron in April; please get the letter faxed. Also need the updated MELD labs drawn within 7 days.

Chukwuemeka, Ngozi -- psych eval scheduled 5/9, will present only if note signed by Thu noon.

Please reply-all when done so I can finalize the agenda.

Sheila Pruitt
Administrative Director, Solid Organ Transplant
""",
   patient='Oyelaran-Smith')

mk('phi', 'names',
   'Tess Gallagher <tgallagher@halvorsenhealth.org>',
   'Infusion Charge RN <infusion-charge@halvorsenhealth.org>',
   'port site',
   'Thu, 16 May 2024 13:05:48 -0400',
   """Can someone take a look at Mrs. Delacroix-Whitfield's port before she leaves? The site looked red and a little warm when I accessed it, no drainage. She says it's been sore since the weekend. She's in bay C. I didn't want to cancel her Herceptin without someone else eyeballing it.

Tess
""",
   patient='Delacroix-Whitfield')

mk('phi', 'names',
   'Ana Lucía Paredes <aparedes@halvorsenhealth.org>',
   'Sleep Lab Scheduling <sleepsched@halvorsenhealth.org>',
   'RE: cancellations 5/17',
   'Fri, 17 May 2024 07:31:02 -0400',
   """Pieter van der Meulen's titration got cancelled last night -- his wife called at 6pm, he had a fall at home (ok, no fracture per urgent care). Please rebook him for a full-night CPAP titration, he prefers Tues/Wed. He'll need a first floor room and the bed rail.

Also Mr. De la Cruz no-showed, 2nd time. Dr. Natarajan wants a letter sent.

Ana Lucía
Night lead, RPSGT

> From: Sleep Lab Scheduling
> Sent: Thursday, May 16, 2024 5:15 PM
> Subject: cancellations 5/17
>
> night team pls send cancellations/no-shows by 8am so we can backfill
""",
   patient='van der Meulen')

mk('phi', 'names',
   'Dr. Mariko Sato <msato@northgateinternal.com>',
   'Dr. Julian Greer <jgreer@halvorsenhealth.org>',
   'Re: new pt Tuesday',
   'Mon, 06 May 2024 19:14:37 -0400',
   """Julian,

Thanks for squeezing her in. Farida is the 34 y/o I mentioned at the conference -- right hand tremor for about 8 months, worse with coffee and when she's stressed, and now her handwriting is getting small. Her MRI disc is being couriered to your clinic tomorrow. She's anxious about Parkinson's because her dad had it. She works as a pharmacist at the Walgreens on Elm so mornings are hard for her.

Mariko

On Mon, May 6, 2024 at 4:02 PM Julian Greer <jgreer@halvorsenhealth.org> wrote:
> Happy to see her. We have an 8am slot Tuesday the 14th in Movement Disorders clinic.
> Send whatever imaging you have.
> J
""",
   patient='Farida')

mk('phi', 'names',
   'Interpreter Services <interpreters@halvorsenhealth.org>',
   'VAD Coordinators <vad@halvorsenhealth.org>',
   'Arabic interpreter confirmed - Al-Qahtani',
   'Tue, 21 May 2024 10:10:10 -0400',
   """Hello VAD team,

We have confirmed in-person Arabic interpreter (Yusuf) for Mr. Abdulrahman Al-Qahtani's LVAD clinic visit on Thursday 5/23 at 1:30 PM, including the driveline dressing teaching with his son. Please note the family has asked that the interpreter be male.

If the visit runs past 3:30 we will switch to video interpreting.

Interpreter Services
ext 4-7700
""",
   patient='Al-Qahtani')

mk('phi', 'names',
   'Prakash Deshmukh <pdeshmukh@halvorsenhealth.org>',
   'Breast Onc Navigators <breastnav@halvorsenhealth.org>',
   'RE: path?',
   'Thu, 09 May 2024 12:02:55 -0400',
   """Path is final on Venkataraman S. -- grade 2, ER+/PR+, HER2 equivocal (2+), FISH sent. She asked me to call her husband first before the appointment, his name is Raghav. Can you set up the new patient visit with Dr. Whitcombe for next week and let her know we're waiting on FISH before we talk about whether she needs chemo.

Prakash

-----Original Message-----
From: Breast Onc Navigators
Sent: Thursday, May 9, 2024 11:40 AM
Subject: path?

any word on Sowmya's core bx from monday? she called twice this AM
""",
   patient='Venkataraman')

mk('phi', 'names',
   'Eliška Novotná <enovotna@halvorsenhealth.org>',
   'Stroke Team <stroke@halvorsenhealth.org>',
   'f/u clinic -- Wróblewski, Zbigniew',
   'Fri, 24 May 2024 14:48:19 -0400',
   """Stroke team,

pan Wróblewski (the gentleman with the left MCA stroke from April, thrombectomy) is back in stroke clinic June 3. Daughter Agnieszka says he's still having trouble finding words on the phone and she wants to know if outpatient speech can start before then. He's on clopidogrel + atorvastatin 80, BP log attached to his MyChart message.

Could someone enter the SLP referral? I don't have ordering rights.

Thanks
Eliška Novotná, MA
Neurology Clinic
""",
   patient='Wróblewski')

# ---------------------------------------------------------------------------
# PHI: self
# ---------------------------------------------------------------------------

mk('phi', 'self',
   'Marjorie Plunkett <margeplunkett52@gmail.com>',
   'infusioncenter@halvorsenhealth.org',
   'throwing up since tuesday',
   'Thu, 09 May 2024 05:47:30 -0400',
   """Hi this is Marjorie Plunkett, I had my chemo on tuesday (the carboplatin one) and I have been throwing up since wednesday afternoon, maybe 6 times. I took the zofran but it doesnt stay down. Can I take the compazine at the same time or do I have to wait? I'm drinking ginger ale but not much else.  my next appointment is the 21st.

Sorry to bother you so early
Marjorie

Sent from my iPhone""",
   patient='Plunkett')

mk('phi', 'self',
   'Tanya Greaves <tgreaves.home@yahoo.com>',
   'Sleep Lab <sleeplab@halvorsenhealth.org>',
   'sleep study for my son on the 14th',
   'Mon, 06 May 2024 20:31:12 -0400',
   """Hello,

My son Elijah Greaves (DOB 06/02/2015) is scheduled for his overnight sleep study on Tuesday the 14th at 8pm. He's autistic and doesn't do well with new places or with things stuck on his head. Is it possible for me to stay overnight in the room with him? Also can we bring his weighted blanket and his iPad?

His pediatrician Dr. Fenwick thinks he might have apnea because he snores a lot and stops breathing sometimes, and his tonsils are big.

Thank you so much,
Tanya (Elijah's mom)
740-555-0162
""",
   patient='Greaves')

mk('phi', 'self',
   'Ravi Chandrasekhar <ravi.chandrasekhar@outlook.com>',
   'Liver Transplant Office <livertx@halvorsenhealth.org>',
   'Cyclosporine refill denied - urgent',
   'Fri, 17 May 2024 16:55:41 -0400',
   """Dear transplant team,

My name is Ravi Chandrasekhar, date of birth 22 August 1966. I had my liver transplant at Halvorsen in October 2019 (Dr. Halloran).

My cyclosporine (Neoral 100 mg twice a day) refill was denied by my new insurance today -- the pharmacy says it needs a prior authorization. I have only 3 days of pills left. I don't want to miss doses. Can someone from the team please call the insurance or tell me what to do? My new plan is through my wife's employer.

Best number is my cell 216-555-0139.

Thanks,
Ravi
""",
   patient='Chandrasekhar')

mk('phi', 'self',
   'Inês Carvalho <ines.carvalho.77@gmail.com>',
   'Dr. Luis Ortega <lortega@halvorsenhealth.org>',
   'seizures again',
   'Sun, 19 May 2024 22:18:05 -0400',
   """Dr Ortega,

its Inês Carvalho, your patient from epilepsy clinic. i had 2 seizures last week (tuesday and saturday) after almost a year without any. I have to be honest I missed some doses of the keppra when I was travelling for my sisters wedding. My husband says the second one was longer, maybe 2 minutes, and I bit my tongue.

I know I'm not allowed to drive now. do I need to come in earlier than July? Should I take a higher dose?

thank you
Inês
""",
   patient='Carvalho')

mk('phi', 'self',
   'Walt B <wbrzezinski44@aol.com>',
   'Halvorsen Heart & Vascular <cardiology-appts@halvorsenhealth.org>',
   'Re: Your upcoming appointment',
   'Tue, 21 May 2024 09:02:58 -0400',
   """This is Walter Brzezinski. The heart monitor you gave me Friday (the holter thing) fell off in the shower Sunday. I stuck it back on with tape but I dont know if it's still working. Should I come back in? I am supposed to return it Thursday.

Walt

On 5/15/2024 10:00 AM, Halvorsen Heart & Vascular wrote:
> Dear Walter,
> This is a reminder of your appointment on Friday, May 17, 2024 at 9:30 AM
> with Cardiac Diagnostics (Holter placement), Building C, Suite 210.
> Please do not reply to this email.
""",
   patient='Brzezinski')

mk('phi', 'self',
   'Carol Ames <carol.ames.1953@icloud.com>',
   'Movement Disorders Clinic <movementclinic@halvorsenhealth.org>',
   'my husband Gerald - confused since new medicine',
   'Wed, 22 May 2024 11:36:27 -0400',
   """To Dr. Greer's nurse,

I am writing about my husband Gerald Ames (born 11 Jan 1951). He was started on the new Parkinson's pill (pramipexole) at his visit on May 2. Since about a week ago he is seeing things at night -- he told me there were children in the hallway -- and he is mixed up in the afternoons. He also fell asleep at the dinner table twice which is not like him.

Should he stop it? He still takes the carbidopa-levodopa 4 times a day like before.

Please call me at home 330-555-0178. I am his wife and I'm on his release form.

Carol Ames
""",
   cte='base64',
   patient='Ames')

mk('phi', 'self',
   'Oksana Melnyk <oksana.melnyk@protonmail.com>',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'rash after visit 4',
   'Thu, 23 May 2024 18:12:40 -0400',
   """Hello Kendra,

It's Oksana from the ARD-221 study (Oksana Melnyk, in case you have more than one Oksana!). Since Monday I have a red itchy rash on my chest and arms, started 2 days after visit 4. No fever. I took Benadryl which helps a little. I attached nothing because the pictures are too big, but I can show you Tuesday.

Should I still take the study tablets? I did not take tonight's yet.

Thank you,
Oksana
""",
   html="""<div dir="ltr"><p>Hello Kendra,</p>
<p>It's Oksana from the ARD-221 study (Oksana Melnyk, in case you have more than one Oksana!). Since Monday I have a red itchy rash on my chest and arms, started 2 days after visit 4. No fever. I took Benadryl which helps a little. I attached nothing because the pictures are too big, but I can show you Tuesday.</p>
<p>Should I still take the study tablets? I did not take tonight's yet.</p>
<p>Thank you,<br>Oksana</p></div>
""",
   patient='Melnyk')

# ---------------------------------------------------------------------------
# PHI: ids
# ---------------------------------------------------------------------------

mk('phi', 'ids',
   'Chest Pain Unit <cpu-rn@halvorsenhealth.org>',
   'Dr. Owen Blakely <oblakely@halvorsenhealth.org>',
   'callback - Hollis',
   'Sat, 04 May 2024 02:16:33 -0400',
   """hollis, dob 3.4.88, 00482917 -- 2nd troponin 38 (first was 22). still having chest pressure 3/10. repeat ECG uploaded, no change per me. want a 3rd trop at 0500 or call cards now?
""",
   patient='Hollis')

mk('phi', 'ids',
   'Quillfield Central Lab - Client Services <clientservices@qcls-lab.com>',
   'Oncology Research Lab Liaison <onc-research-lab@halvorsenhealth.org>',
   'Specimen rejected - recollection required (ACC QL-24-0883172)',
   'Wed, 08 May 2024 10:27:50 -0500',
   """Quillfield Central Laboratory Services
Specimen Problem Notification

Site: 0412 - Halvorsen University Medical Center
Accession: QL-24-0883172
Patient: SANDOVAL, MARISOL
DOB: 19610917
Collected: 20240507 0840
Test(s): CMP, Potassium (reflex)
Problem: Gross hemolysis (HIL index H=4). Potassium result 6.8 not reportable.

Please recollect within the protocol window. Recollection kits can be ordered via the portal. Refer to Lab Manual section 7.3.

This is an automated notification. Reply to clientservices@qcls-lab.com with questions.
""",
   patient='Sandoval')

mk('phi', 'ids',
   'Patient Financial Services <pfs-billing@halvorsenhealth.org>',
   'Infusion Center Financial Counselor <infusion-fincounsel@halvorsenhealth.org>',
   'payment plan request acct 7730019254',
   'Thu, 16 May 2024 14:03:11 -0400',
   """Hi Dana,

Guarantor called about acct 7730019254 (patient Eugene Farraday), balance 14,882.40 for infusion svcs Jan-Mar -- the pembrolizumab claims where the secondary denied. He says mail is going to his old place. New address:

1418 Larkspur Ct Apt 3B
Millbrook, OH 43217

Can you meet with him at his next treatment (he's q3wk, next one 5/28) about charity care / a payment plan? He said he can do maybe $150/mo.

Thanks
Roberta Nyquist
Patient Financial Services | ext 4-3320
""",
   patient='Farraday')

mk('phi', 'ids',
   'Sleep Center Prior Auth <sleep-pa@halvorsenhealth.org>',
   'Utilization Review <ur-requests@keystonemutualhealth.com>',
   'PA request - in-lab PSG - Lindqvist',
   'Mon, 13 May 2024 08:44:19 -0400',
   """Keystone Mutual UR,

Submitting prior authorization request for attended in-lab polysomnography (CPT 95810).

Member: Tobias Lindqvist
Member ID: XQH884120337   Group: 00471
DOB: 4 Mar 1979

Clinical: Epworth 17, witnessed apneas, BMI 41, CHF with EF 30% and on home O2 2L at night. Home sleep apnea test not appropriate due to cardiopulmonary comorbidity (see attached note from Dr. Natarajan, 4/29/24).

Please fax determination to 555-0190 or reply here.

Jolene Marsh, CPC
Prior Authorization Specialist, Sleep Disorders Center
""",
   patient='Lindqvist')

mk('phi', 'ids',
   'Front Desk - Cardiology <cardio-frontdesk@halvorsenhealth.org>',
   'Holter Reading RN <holter-rn@halvorsenhealth.org>',
   'pls call back',
   'Tue, 14 May 2024 15:51:06 -0400',
   """Pt called asking for her holter results, says nobody called her & it's been 2 wks. Yolanda Pettiford-Grant, 614 555 0187 (cell, ok to leave msg). Best after 3. She's also asking if she still needs the metoprolol since the palpitations stopped.

-front desk (Kim)
""",
   patient='Pettiford-Grant')

mk('phi', 'ids',
   'Medical Records <himrequests@halvorsenhealth.org>',
   'Riverbend Cardiology Associates <records@rbcardio.net>',
   'RE: records request chart 5531-209',
   'Fri, 10 May 2024 09:15:40 -0400',
   """Hi,

We received 41 pages for chart 5531-209 (DOB 12/9/1955) but the cath report from 02/2024 and the two echo reports are not in the packet, only the office notes and an EKG. Dr. Lindgren's TAVR evaluation is next Thursday so we need those before then. Can you resend via Direct or fax to 555-0121?

Thank you,
Health Information Management
Halvorsen University Medical Center

-----Original Message-----
From: records@rbcardio.net
Sent: Thursday, May 9, 2024 3:30 PM
Subject: records request chart 5531-209

Please see attached records for the above. Ref# RB-22871.
""")

mk('phi', 'ids',
   'Wendy Alcott <walcott@halvorsenhealth.org>',
   'Organ Procurement Liaison <opo-liaison@lakeerieopo.org>',
   'waitlist verification',
   'Tue, 28 May 2024 11:20:44 -0400',
   """Hi Marcus,

Verification for the heart candidate we discussed this morning:

Name: Desmond R. Achterberg
DOB 09-Sep-1962, SSN last 4: 4471
Waitlist ID: HT-0092-5518
Blood type O+, status 2, Impella since 5/19 in CICU bed 4.
Weight 88 kg, height 180 cm.

Let me know if you need the cPRA or the latest echo.

Wendy Alcott, RN, CCTC
Heart Transplant Coordinator
p 555-0133
""",
   patient='Achterberg')

mk('phi', 'ids',
   'Amir Saberi <amir.saberi@gmail.com>',
   'Device Clinic <deviceclinic@halvorsenhealth.org>',
   'Fwd: home monitor not connecting',
   'Wed, 29 May 2024 19:40:02 -0400',
   """Forwarding the email I sent the company, they told me to contact you.

---------- Forwarded message ---------
From: Amir Saberi <amir.saberi@gmail.com>
Date: Tue, May 28, 2024 at 8:12 PM
Subject: home monitor not connecting
To: <support@cardiolinkmonitoring.com>

Hello,
My bedside monitor for my ICD has shown a red light for 5 days.

Name: Amir Saberi
Date of birth: 1970.11.23
Device: ICD, serial PRX718203S, implanted at Halvorsen 2021
Medicaid ID: 44019237816
Address: 77 Wexford Rd, Fairlawn OH 44333

I had a shock in January so I'm worried it's not sending. Please advise.
Amir
""",
   patient='Saberi')

# ---------------------------------------------------------------------------
# PHI: lists
# ---------------------------------------------------------------------------

mk('phi', 'lists',
   'Infusion Charge RN <infusion-charge@halvorsenhealth.org>',
   'Infusion Staff <infusion-staff@halvorsenhealth.org>',
   'chair assignments thurs 5/16 AM',
   'Wed, 15 May 2024 17:58:14 -0400',
   """AM chairs for tomorrow. Pharmacy has premixed the ones marked *. Please check consents on the new starts.

Chair\tTime\tPatient\tMRN\tRegimen\tRN
1\t0730\tKessler, Arnold\t01193340\tFOLFIRINOX C5D1*\tRenata
2\t0730\tMbatha, Thandiwe\t01207719\tTrastuzumab q3w*\tTess
4\t0800\tDuquesne, Paulette\t00988215\tNEW START R-CHOP C1D1\tRenata
5\t0800\tTruong, Kevin\t01244002\tIron sucrose 200\tMarco
7\t0830\tOstrowski, Halina\t00876531\tPembro + pem C4*\tTess
9\t0900\tAbernathy, Cole\t01301187\tZoledronic acid\tMarco
12\t0930\tFigueroa-Lutz, Ines\t01150926\tNEW START carbo/taxol\tRenata

Mr. Kessler needs a port needle change, and Ms. Duquesne's daughter is bringing her -- she's hard of hearing.

Charge RN
""",
   patient='Kessler')

mk('phi', 'lists',
   'Priyanka Menon <pmenon@halvorsenhealth.org>',
   'Neuro Night Float <neuro-nightfloat@halvorsenhealth.org>',
   'signout 9W/NSICU',
   'Thu, 23 May 2024 19:02:47 -0400',
   """9W stroke service signout

* 12 - Kowalczyk, 71F. L MCA, s/p tPA 1430 today. q1h neuro checks x 24h, BP <180/105. if worse NIHSS -> stat CT + call me
* 14 - Ruiz, Ernesto 58M. cerebellar ICH, EVD clamp trial started 1800. if HA/vomiting unclamp, CT in AM
* 17 - Bamidele, 66M. TIA, MRI neg, d/c tmrw once echo read. holding for TTE
* 22 - Tillman, Grace 29F. IIH, s/p LP. acetazolamide. ophtho saw her
* NSICU 3 - Haugland, Sigrid 80F. SAH HH3, nimodipine, TCDs daily, Na 131 -> salt tabs. family mtg 10am fri

nothing pending but Ruiz's CT read.
-priya
""",
   patient='Kowalczyk')

mk('phi', 'lists',
   'Maggie Oduya <moduya@halvorsenhealth.org>',
   'Kidney Tx Huddle <kidneytx-huddle@halvorsenhealth.org>',
   'huddle list tues',
   'Tue, 21 May 2024 07:12:33 -0400',
   """| pt                  | tx date  | issue                          | owner  |
|---------------------|----------|--------------------------------|--------|
| Kwiatkowski, Deb    | 9/14/23  | tac 14.2 -> dose down, recheck | Maggie |
| Osei, Kwabena       | 3/2/24   | Cr 2.1 up from 1.6, bx thurs?  | Dr H   |
| Lemaire, Jean-Paul  | 11/30/22 | BK viremia 10^4, MMF reduced   | Tomasz |
| Sandhu, Gurpreet    | 4/18/24  | wound dehiscence, in clinic    | Maggie |
| Whitlow, Carla      | 1/9/24   | missed labs x2, SW to call     | Leah   |

osei biopsy needs consent + hold his aspirin. anything else add below.
""",
   patient='Kwiatkowski')

mk('phi', 'lists',
   'Sleep Lab Night Lead <sleeplab-night@halvorsenhealth.org>',
   'Sleep Techs <sleeptechs@halvorsenhealth.org>',
   'tonight 5/22 roster',
   'Wed, 22 May 2024 15:30:00 -0400',
   """ROOM  PATIENT                 DOB         STUDY        TECH    NOTES
----  ----------------------  ----------  -----------  ------  --------------------------
 1    HALVERSON, DALE         03/14/1958  SPLIT        Ana L   O2 2L home, bring tank
 2    NWOSU, CHIDINMA         11/02/1990  PSG+MSLT     Devon   MSLT tomorrow, no caffeine
 3    PHAM, MINH TUAN         07/29/1975  CPAP TITR    Ana L   interpreter (Vietnamese) 8pm
 4    GREAVES, ELIJAH         06/02/2015  PEDS PSG     Devon   mom staying, weighted blanket
 5    ROSENTHAL, MIRIAM       01/21/1947  ASV TITR     Ana L   CHF, EF 25%

Room 6 out of service (HVAC). Devon you have 2 so I'll float.
""",
   patient='Halverson')

screen = csvtext([
    ['Screen #', 'Subject Name', 'DOB', 'MRN', 'Date Screened', 'Eligible', 'Reason if not'],
    ['S-031', 'Marguerite Olaniyan', '1957-02-11', '01055218', '2024-04-30', 'N', 'ECOG 2'],
    ['S-032', 'Fernando Quiñones', '1949-08-05', '00731190', '2024-05-02', 'Y', ''],
    ['S-033', 'Lorraine Baptiste', '1962-12-19', '01122984', '2024-05-03', 'Y', ''],
    ['S-034', 'Howard Tjeerdsma', '1971-06-30', '01289501', '2024-05-07', 'N', 'prior anti-PD1'],
    ['S-035', 'Grace Ebuka-Pryce', '1966-03-03', '01300412', '2024-05-09', 'N', 'brain mets untreated'],
    ['S-036', 'Yevgenia Loskutova', '1958-10-14', '00964475', '2024-05-10', 'pending', 'waiting on hep B serology'],
])
mk('phi', 'lists',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'Ilse Brandt <ilse.brandt@nordvale-cro.com>',
   'ARD-221 site 104 screening log thru 5/10',
   'Mon, 13 May 2024 12:48:09 -0400',
   """Hi Ilse,

Attached is our screening log through last Friday for the enrollment call tomorrow. 2 eligible, 1 pending serology. Sorry it's late.

Kendra
""",
   atts=[('ARD221_site104_screening_log.csv', screen, 'text', 'csv')],
   patient='Olaniyan')

noshow = xlsx([
    ['Appt Date', 'Clinic', 'Patient', 'MRN', 'Phone', 'Provider', 'Visit Type'],
    ['05/06/2024', 'HF Clinic', 'Prewitt, Lamar', '00892246', '(330) 555-0114', 'Lindgren', 'F/U post admit'],
    ['05/07/2024', 'EP', 'Castellanos, Rosa M', '01017730', '(330) 555-0151', 'Grünewald', 'Device check'],
    ['05/08/2024', 'Gen Cards', 'Iwu, Obinna', '01266385', '(216) 555-0109', 'Blakely', 'New - syncope'],
    ['05/09/2024', 'HF Clinic', 'Stahl, Berniece', '00655017', '(330) 555-0176', 'Lindgren', 'Diuretic titration'],
    ['05/10/2024', 'Lipid', 'Qureshi, Hamza', '01310098', '(440) 555-0122', 'Okonjo', 'New - FH'],
], sheet='No Shows')
mk('phi', 'lists',
   'Dina Caruso <dcaruso@halvorsenhealth.org>',
   'Cardiology Access Team <cardio-access@halvorsenhealth.org>',
   'no-show list wk of 5/6 - please outreach',
   'Mon, 13 May 2024 08:05:25 -0400',
   """Team -- last week's no-shows attached. Please call each and reschedule, HF clinic ones first (Mr. Prewitt was just discharged, he really needs to be seen in 7 days). Document attempts in the spreadsheet.

Dina Caruso
Access Manager, Heart & Vascular
""",
   atts=[('cardio_noshows_0506.xlsx', noshow, 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
   patient='Prewitt')

pend = csvtext([
    ['accession', 'site', 'subject_id', 'patient', 'dob', 'collected', 'test', 'status'],
    ['QL-24-0891402', '0412', '104-009', 'PAREKH, NALINI', '1955-04-27', '2024-05-20', 'PK ARD-221 2h', 'IN TRANSIT'],
    ['QL-24-0891403', '0412', '104-009', 'PAREKH, NALINI', '1955-04-27', '2024-05-20', 'PK ARD-221 4h', 'IN TRANSIT'],
    ['QL-24-0891977', '0412', '104-014', 'BOATENG, KOFI', '1968-01-08', '2024-05-21', 'Troponin T hs', 'RESULTED'],
    ['QL-24-0892210', '0412', '104-017', 'BAPTISTE, LORRAINE', '1962-12-19', '2024-05-21', 'CBC w diff', 'HEMOLYZED'],
    ['QL-24-0892244', '0412', '104-018', 'MØLLER, ASTRID', '1973-09-02', '2024-05-22', 'Cortisol AM', 'PENDING'],
])
mk('phi', 'lists',
   'Quillfield Central Lab - Data Mgmt <datamgmt@qcls-lab.com>',
   'Oncology Research Lab Liaison <onc-research-lab@halvorsenhealth.org>',
   'Weekly pending specimens - site 0412',
   'Fri, 24 May 2024 06:00:00 -0500',
   """Attached please find the weekly pending/problem specimen report for your site (zipped CSV).

Questions: datamgmt@qcls-lab.com

Quillfield Central Laboratory Services
""",
   atts=[('site0412_pending_20240524.zip', zbytes([('site0412_pending_20240524.csv', pend)]),
          'application', 'zip')],
   patient='Parekh')

# ---------------------------------------------------------------------------
# PHI: struct
# ---------------------------------------------------------------------------

mk('phi', 'struct',
   'Hector Villanueva <hvillanueva@halvorsenhealth.org>',
   'Interface Team <interfaces@halvorsenhealth.org>',
   'ORU from cardiac lab dropping - sample msg',
   'Wed, 15 May 2024 10:36:18 -0400',
   r"""Hi interface team,

The troponin results from the CPU POC analyzers aren't crossing into the chart since about 0700. Here is one of the messages from the engine error queue (copied straight out), it errors on OBX-5 I think. Docs are calling us asking where results are.

MSH|^~\&|CARDLAB|HUMC|EPICCARE|HUMC|20240515071402||ORU^R01|CL2405150714020033|P|2.5.1
PID|1||00482917^^^HUMC^MR||HOLLIS^JEREMIAH^T||19880304|M|||2290 Overbrook Ave^^Cuyahoga Falls^OH^44221||(330)555-0104
PV1|1|E|CPU^12^A||||1466^BLAKELY^OWEN
ORC|RE|ORD772910|CL774401
OBR|1|ORD772910|CL774401|TROPT^Troponin T hs^LN|||20240515065500
OBX|1|NM|67151-1^Troponin T.cardiac^LN||38 |ng/L|0-14|H|||F

Ticket INC0051277.

Hector Villanueva
Lab Information Systems Analyst
""",
   patient='Hollis')

adt = "\r".join([
    r"MSH|^~\&|TXMGR|HUMC|ADT|HUMC|20240521143301||ADT^A04|TX240521143301|P|2.3",
    r"EVN|A04|20240521143301",
    r"PID|1||01244388^^^HUMC^MR~882-41-6620^^^SSA^SS||OSEI^KWABENA^A||19760611|M||B|41 Tallmadge Cir^^Akron^OH^44310||(330)555-0188|||M|||882-41-6620",
    r"NK1|1|OSEI^ABENA|SPO|41 Tallmadge Cir^^Akron^OH^44310|(330)555-0189",
    r"PV1|1|O|TXCLIN^^^HUMC||||2207^HALLORAN^PATRICK|||TX||||||||OP|7731004412",
    r"DG1|1||T86.11^Kidney transplant rejection^I10",
    r"IN1|1|KMH01|7720|KEYSTONE MUTUAL HEALTH|||||00471||||||||OSEI^KWABENA|01|19760611|||||||||||||||||XQH990215566",
]) + "\r"
mk('phi', 'struct',
   'Tomasz Wiśniewski <twisniewski@halvorsenhealth.org>',
   'Vendor Support <support@organtrackersoftware.com>',
   'RE: Case 00318842 - A04 not creating encounter',
   'Tue, 21 May 2024 15:02:47 -0400',
   """Hi Brent,

As requested attaching the raw A04 that failed. Our TX manager sent it at 14:33 for the biopsy visit; no encounter got created on your side. Can you check whether it's the PV1-19 length?

Tomasz

Tomasz Wiśniewski
Transplant Informatics

-----Original Message-----
From: Vendor Support <support@organtrackersoftware.com>
Sent: Tuesday, May 21, 2024 2:50 PM
Subject: Case 00318842 - A04 not creating encounter

Please send the full inbound message file so we can reproduce.
""",
   atts=[('A04_failed_20240521.hl7', adt, 'text', 'plain')],
   patient='Osei')

x837 = """ISA*00*          *00*          *ZZ*HUMCBILL       *ZZ*CLEARPATH      *240520*1012*^*00501*000004471*0*P*:~
GS*HC*HUMCBILL*CLEARPATH*20240520*1012*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*BATCH4471*20240520*1012*CH~
NM1*85*2*HALVORSEN UNIVERSITY MEDICAL CENTER*****XX*1487720391~
HL*2*1*22*0~
SBR*P*18*00471******CI~
NM1*IL*1*LINDQVIST*TOBIAS****MI*XQH884120337~
N3*608 BIRCHWOOD LN~
N4*STOW*OH*44224~
DMG*D8*19790304*M~
NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*7720~
CLM*SLP5510294*1840.00***21:B:1*Y*A*Y*Y~
HI*ABK:G4733*ABF:I5022*ABF:E6601~
LX*1~
SV1*HC:95810*1840.00*UN*1***1~
DTP*472*D8*20240516~
SE*17*0001~"""
mk('phi', 'struct',
   'Gabe Whitford <gwhitford@halvorsenhealth.org>',
   'ClearPath EDI Support <edisupport@clearpathclaims.com>',
   '999 reject on batch 4471 - sleep center',
   'Tue, 21 May 2024 09:30:05 -0400',
   """ClearPath team,

Our batch 4471 came back with a 999 reject, IK3 pointing at the HI segment. Pasting the claim loop below (only one claim in the batch). We think the ABF qualifier is wrong for the secondary dx but want to confirm before we resubmit.

""" + x837 + """

Thanks,
Gabe Whitford
Revenue Cycle - Professional Billing
Halvorsen University Medical Center
""",
   patient='Lindqvist')

x271 = """ST*271*0001*005010X279A1~
BHT*0022*11*ELIG8830192*20240522*0815~
HL*1**20*1~
NM1*PR*2*BUCKEYE STATE MEDICAID*****PI*OHMCD~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN UNIVERSITY MEDICAL CENTER*****XX*1487720391~
HL*3*2*22*0~
NM1*IL*1*SABERI*AMIR****MI*44019237816~
N3*77 WEXFORD RD~
N4*FAIRLAWN*OH*44333~
DMG*D8*19701123*M~
EB*1*IND*30**MEDICAID FULL BENEFIT~
EB*R*IND*30*MC*CAREWELL MANAGED CARE~
DTP*346*D8*20240101~
SE*14*0001~"""
mk('phi', 'struct',
   'Jolene Marsh <jmarsh@halvorsenhealth.org>',
   'Device Clinic <deviceclinic@halvorsenhealth.org>',
   'elig check for the ICD monitor pt',
   'Wed, 22 May 2024 08:22:51 -0400',
   """Ran eligibility for Mr. Saberi like you asked. He's active Medicaid but it's through the managed care plan now (CareWell), so the monitor replacement has to go through them, not straight Medicaid. Raw 271 below if you want it for the file:

""" + x271 + """

Jolene
""",
   patient='Saberi')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "humc-01300412",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.7720.1", "value": "01300412"}
        ],
        "name": [{"family": "Ebuka-Pryce", "given": ["Grace", "Adaeze"]}],
        "gender": "female",
        "birthDate": "1966-03-03",
        "address": [{"line": ["5120 Hemlock Ridge Dr"], "city": "Hudson", "state": "OH", "postalCode": "44236"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "89243-0", "display": "ECOG performance status"}]},
        "subject": {"reference": "Patient/humc-01300412"},
        "effectiveDateTime": "2024-05-09T10:12:00-04:00",
        "valueInteger": 1
      }
    },
    {
      "resource": {
        "resourceType": "Condition",
        "subject": {"reference": "Patient/humc-01300412"},
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "94225005", "display": "Secondary malignant neoplasm of brain"}]},
        "onsetDateTime": "2024-04-22"
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Sanjay Kulkarni <skulkarni@research.halvorsenhealth.org>',
   'EDC Integration <edc-integration@ardentisbio.com>',
   'RE: eSource feed test - payload not de-identified?',
   'Thu, 23 May 2024 13:44:02 -0400',
   """Hi Mei,

You're right, this is coming through with the full Patient resource -- our mapping isn't stripping identifiers before it hits your endpoint. Here's exactly what went out at 11:02 so your privacy team can log it. I've turned the feed off until we fix the transform.

""" + fhir + """
Sanjay Kulkarni
Research Informatics, Halvorsen University Medical Center

> On May 23, 2024, at 12:15 PM, Mei Tanaka <mtanaka@ardentisbio.com> wrote:
> Sanjay, the test message we received this morning contains a name and birthDate.
> Can you confirm what was sent?
""",
   patient='Ebuka-Pryce')

ccd = """<recordTarget>
  <patientRole>
    <id extension="PH-0047751" root="2.16.840.1.113883.19.5.99999.2"/>
    <addr use="HP">
      <streetAddressLine>212 Cedar Point Rd</streetAddressLine>
      <city>Sandusky</city><state>OH</state><postalCode>44870</postalCode>
    </addr>
    <telecom value="tel:+1-419-555-0193" use="HP"/>
    <patient>
      <name use="L"><given>Marisol</given><given>E</given><family>Sandoval</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19610917"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <title>Medications</title>
  <text><list>
    <item>Letrozole 2.5 mg PO daily</item>
    <item>Metformin 500 mg PO BID</item>
    <item>Denosumab 60 mg SC q6 months</item>
  </list></text>
</section>
"""
mk('phi', 'struct',
   'Pine Hollow Family Practice <office@pinehollowfp.com>',
   'Oncology New Patient Intake <onc-intake@halvorsenhealth.org>',
   'CCD for referral - Sandoval',
   'Fri, 03 May 2024 15:11:29 -0400',
   """Hello,

Our EHR won't let us send the Direct message to your intake address so our IT said to paste the CCD part here. Her full records are being faxed. Referral is for the new breast mass on mammo, Dr. Rao would like her seen within 2 weeks.

""" + ccd + """
Thank you,
Brianna
Referral Coordinator, Pine Hollow Family Practice
""",
   patient='Sandoval')

x835 = ("ISA*00*          *00*          *ZZ*KEYSTONEMH     *ZZ*HUMCBILL       *240524*0301*^*00501*000009921*0*P*:~\n"
        "GS*HP*KEYSTONEMH*HUMCBILL*20240524*0301*9921*X*005010X221A1~\n"
        "ST*835*0001~\n"
        "BPR*I*3120.55*C*ACH*CCP*01*041000124*DA*88120394*1234567890**01*044002161*DA*7730012*20240524~\n"
        "TRN*1*EFT99210488*1234567890~\n"
        "N1*PR*KEYSTONE MUTUAL HEALTH~\n"
        "N1*PE*HALVORSEN UNIVERSITY MEDICAL CENTER*XX*1487720391~\n"
        "LX*1~\n"
        "CLP*INF7730019254*1*14882.40*3120.55*1200.00*12*KMH24144881203~\n"
        "NM1*QC*1*FARRADAY*EUGENE****MI*XQH771022903~\n"
        "DTM*232*20240312~\n"
        "SVC*HC:J9271*11200.00*2480.55**200~\n"
        "CAS*CO*45*8719.45~\n"
        "SVC*HC:96413*820.00*640.00**1~\n"
        "CAS*PR*3*180.00~\n"
        "SE*15*0001~\n"
        "GE*1*9921~\n"
        "IEA*1*000009921~\n")
mk('phi', 'struct',
   'Roberta Nyquist <rnyquist@halvorsenhealth.org>',
   'Gabe Whitford <gwhitford@halvorsenhealth.org>',
   'remit for the pembro acct',
   'Fri, 24 May 2024 11:58:12 -0400',
   """Gabe - Keystone finally paid on the Farraday infusion account, but only 3120.55 and a CO-45 for most of the J9271 line. 835 file attached. Is that the contracted rate or should we appeal? I told Dana in fin counseling to hold the payment plan conversation until we know.

R.
""",
   atts=[('KMH_835_20240524.edi', x835.encode('ascii'), 'application', 'EDI-X12')],
   patient='Farraday')

# ---------------------------------------------------------------------------
# PHI: lang
# ---------------------------------------------------------------------------

mk('phi', 'lang',
   'Yesenia Duarte <yesenia.duarte88@gmail.com>',
   'Centro de Infusión <infusioncenter@halvorsenhealth.org>',
   'Pregunta sobre la quimio de mi mamá',
   'Mon, 20 May 2024 21:45:16 -0400',
   """Buenas noches,

Le escribo por mi mamá, Rosario Duarte Villalobos. Ella recibió su segunda quimioterapia (docetaxel) el jueves pasado con la enfermera Renata. Desde el sábado tiene fiebre de 38.4 y mucho dolor en la boca, casi no puede comer. ¿La llevamos a emergencias o esperamos a su cita del lunes 27? Ya le di Tylenol.

Su fecha de nacimiento es 02/11/1958 por si la necesitan.

Muchas gracias,
Yesenia (hija)
""",
   patient='Duarte Villalobos')

mk('phi', 'lang',
   'Dr. Luis Ortega <lortega@halvorsenhealth.org>',
   'Joana Figueiredo <joana.figueiredo@hotmail.com>',
   'Re: resultado da ressonância',
   'Tue, 21 May 2024 12:30:44 -0400',
   """Olá Sra. Figueiredo,

Recebi o resultado da ressonância magnética do dia 17/05. Há duas lesões novas na substância branca, mas nenhuma com realce pelo contraste. Isso significa que a esclerose múltipla teve alguma atividade desde o último exame. Gostaria de conversar sobre a troca do fingolimode para o ocrelizumabe. Pode marcar uma consulta comigo nas próximas duas semanas? Vou pedir exames de sangue (hepatite B e imunoglobulinas) antes.

Abraço,
Dr. Luis Ortega
Neurologia - Clínica de Esclerose Múltipla

Em seg., 20 de mai. de 2024 às 08:11, Joana Figueiredo <joana.figueiredo@hotmail.com> escreveu:
> Dr. Ortega, bom dia. Já saiu o resultado da minha ressonância? Estou ansiosa.
> Joana
""",
   patient='Figueiredo')

mk('phi', 'lang',
   'Phạm Minh Khoa <khoa.pham.minh@gmail.com>',
   'Halvorsen Heart & Vascular <cardiology-appts@halvorsenhealth.org>',
   'Cha tôi - Phạm Văn Hùng - lịch tái khám sau đặt stent',
   'Sat, 18 May 2024 10:05:39 -0400',
   """Kính gửi phòng khám tim mạch,

Tôi là con trai của ông Phạm Văn Hùng (sinh ngày 15/03/1949). Cha tôi được đặt 2 stent động mạch vành ở bệnh viện Halvorsen ngày 9/5 và xuất viện ngày 11/5. Bác sĩ dặn tái khám sau 2 tuần nhưng chúng tôi chưa nhận được lịch hẹn.

Cha tôi đang uống clopidogrel, aspirin và atorvastatin. Mấy hôm nay ông bị chảy máu chân răng khi đánh răng, có cần lo không?

Cha tôi không nói được tiếng Anh, xin sắp xếp thông dịch viên tiếng Việt.

Cảm ơn,
Khoa
SĐT: 614-555-0147
""",
   patient='Phạm Văn Hùng')

mk('phi', 'lang',
   'Marie-Claude Joseph <mcjoseph.ht@yahoo.com>',
   'Biwo Transplantasyon Ren <kidneytx@halvorsenhealth.org>',
   'Medikaman pou Jean-Robert',
   'Thu, 16 May 2024 18:26:03 -0400',
   """Bonswa,

Mwen se madanm Jean-Robert Pierre-Louis, li te fè transplantasyon ren nan mwa janvye. Famasi a di yo pa gen Envarsus 4 mg la, yo ban nou tacrolimus 1 mg kapsil olye de sa. Èske se menm bagay? Li pa vle pran move dòz. Li gen randevou pou fè san nan laboratwa lendi maten.

Tanpri rele m nan 216-555-0197. Mèsi anpil.

Marie-Claude
""",
   patient='Pierre-Louis')

mk('phi', 'lang',
   'Лидия Сорокина <l.sorokina61@mail.ru>',
   'Sleep Lab <sleeplab@halvorsenhealth.org>',
   'СИПАП аппарат для мужа - Сорокин Виктор Павлович',
   'Wed, 15 May 2024 09:48:21 -0400',
   """Здравствуйте,

Пишу по поводу моего мужа, Сорокина Виктора Павловича, дата рождения 07.08.1956. Ему провели исследование сна 2 мая, доктор Натараджан сказала, что у него тяжёлое апноэ и нужен СИПАП. Аппарат мы получили, но маска очень давит на нос и ночью он её снимает. Сегодня он спал с ней только 2 часа.

Можно ли поменять маску? И когда следующий приём?

С уважением,
Лидия Сорокина
""",
   patient='Сорокин')

mk('phi', 'lang',
   'Rowena Dimaculangan <rowena.dmclngn@gmail.com>',
   'Oncology Infusion Center <infusioncenter@halvorsenhealth.org>',
   'tanong po about sa infusion ni Papa',
   'Fri, 24 May 2024 07:59:50 -0400',
   """Hi po good morning,

Ako po si Rowena, anak ni Ernesto Dimaculangan. Si Papa po ay naka-schedule ng immunotherapy (nivolumab) sa Tuesday May 28. Kaso po since last week nagtatae siya, mga 5-6 times a day, at nanghihina. Tuloy pa rin po ba ang infusion niya? Or kailangan po ba muna siyang magpa-check kay Dr. Iyer?

Salamat po,
Rowena
""",
   patient='Dimaculangan')

mk('phi', 'lang',
   '王丽华 <lihua.wang.cle@163.com>',
   'Neurology Clinic <neuroclinic@halvorsenhealth.org>',
   '关于我母亲陈秀英的脑电图检查',
   'Tue, 28 May 2024 20:14:36 -0400',
   """您好，

我是陈秀英的女儿王丽华。我母亲（出生日期1950年4月3日）上周五在你们医院做了24小时脑电图。Dr. Greer说结果出来后会联系我们，但是到现在还没有消息。

她最近又有两次发呆、叫不应的情况，每次大概一分钟。她现在吃拉莫三嗪50毫克，一天两次。请问需要加药吗？

她只会说普通话，如果打电话请安排中文翻译。

谢谢！
王丽华
电话：440-555-0168
""",
   patient='陈秀英')

mk('phi', 'lang',
   'Khalid Mansour <khalid.mansour.oh@gmail.com>',
   'Pediatric Neurology <pedsneuro@halvorsenhealth.org>',
   'بخصوص ابني يوسف - تخطيط الدماغ',
   'Thu, 30 May 2024 16:40:12 -0400',
   """السلام عليكم،

أنا خالد منصور، والد الطفل يوسف خالد منصور (تاريخ الميلاد ١٢/٠٩/٢٠١٧). عمل ابني تخطيط الدماغ (EEG) يوم الاثنين، والدكتور قال إن هناك نشاط غير طبيعي في الجهة اليسرى. بدأ دواء ليفيتيراسيتام ٢٥٠ ملغ مرتين يومياً، لكنه صار عصبياً جداً ويبكي كثيراً.

هل هذا من الدواء؟ هل نستمر؟

رقم هاتفي: 216-555-0125

شكراً جزيلاً
خالد
""",
   patient='Mansour')

# ---------------------------------------------------------------------------
# CLEAN: admin
# ---------------------------------------------------------------------------

mk('clean', 'admin',
   'IT Service Desk <servicedesk@halvorsenhealth.org>',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'INC0048812 has been resolved - ClinDoc login / MFA token',
   'Tue, 07 May 2024 11:02:33 -0400',
   """Hello Kendra,

Your incident INC0048812 has been resolved.

Short description: Unable to log into ClinDoc from research office workstation RSCH-WS-0417 - MFA token out of sync
Resolution: Token re-synced, cached credentials cleared. User confirmed able to log in.
Assigned to: Marcus Fenn, Service Desk Tier 2 (ext 4-4357)

If your issue is not resolved, reply to this email within 5 business days to reopen the ticket. After that, please call the Service Desk at 555-0100 option 2.

How did we do? Take our 1-minute survey: https://servicedesk.halvorsenhealth.org/survey?inc=INC0048812

Halvorsen IT Services
""")

mk('clean', 'admin',
   'Renata Szabo RN <rszabo@halvorsenhealth.org>',
   'Infusion Staff <infusion-staff@halvorsenhealth.org>',
   'June schedule posted + holiday swaps',
   'Thu, 16 May 2024 15:40:11 -0400',
   """Hi all,

June schedule is posted in the break room and on the shared drive (Infusion > Staffing > 2024-06). A few things:

- Juneteenth (Wed 6/19): Tess, Marco and Ana R are working, I'm charge. Everyone else off.
- Marco and Jasmine swapped 6/7 <-> 6/14, approved.
- Still need 1 RN for Sat 6/22 extended hours chairs (0700-1530). Incentive shift, $12/hr.
- Chemo competency renewals due 6/30 -- Hollis, Jasmine, Priti, you're on the list.

Call me at x2 or text 555-0143 with questions.

Renata
""")

mk('clean', 'admin',
   'Accounts Receivable <ar@stellarmedfurnishings.com>',
   'Accounts Payable <ap@halvorsenhealth.org>',
   'Invoice INV-2024-03318 past due - PO 4500128873',
   'Mon, 20 May 2024 08:15:00 -0500',
   """Dear Accounts Payable,

Our records show the following invoice is now 30 days past due:

Invoice #:   INV-2024-03318
PO #:        4500128873
Ship to:     Oncology Infusion Center, Brandt Pavilion Rm 3120
Items:       (8) Evolve Reclining Infusion Chair, Bariatric, Color: Slate  @ $4,215.00
             (8) Swing-away IV pole attachment @ $189.00
             Freight and white-glove install
Amount due:  $36,142.00
Terms:       Net 30

Please remit to Stellar Medical Furnishings, Lockbox 77120, Columbus OH, or ACH per the W-9 on file. Contact me at 614-555-0131 with any questions.

Regards,
Patrice Odom
Accounts Receivable, Stellar Medical Furnishings
""")

mk('clean', 'admin',
   'HR Benefits <benefits@halvorsenhealth.org>',
   'All Staff <allstaff@halvorsenhealth.org>',
   'New medical ID cards arriving - what to do',
   'Wed, 22 May 2024 09:00:00 -0400',
   """Colleagues,

Because we are switching our employee health plan administrator to Keystone Mutual on July 1, every enrolled employee will receive new medical ID cards at home by June 15. Your new member ID will start with the letters HUE followed by 9 digits.

What you need to do:
  1. Give your new card to your providers and pharmacy at your first visit after July 1.
  2. Register at keystonemutualhealth.com/members with your new member ID.
  3. If you take a specialty medication, call Keystone's transition line (1-800-555-0119) before June 21.

Do NOT send photos of your card or your member ID to HR by email.

Benefits drop-in sessions: May 29 and June 4, 12-1pm, Auditorium B. Questions: ext 4-2200.

Halvorsen Human Resources - Benefits Team
""",
   html="""<html><body>
<p>Colleagues,</p>
<p>Because we are switching our employee health plan administrator to Keystone Mutual on <b>July 1</b>, every enrolled employee will receive new medical ID cards at home by June 15. Your new member ID will start with the letters HUE followed by 9 digits.</p>
<ol>
<li>Give your new card to your providers and pharmacy at your first visit after July 1.</li>
<li>Register at keystonemutualhealth.com/members with your new member ID.</li>
<li>If you take a specialty medication, call Keystone's transition line (1-800-555-0119) before June 21.</li>
</ol>
<p><b>Do NOT send photos of your card or your member ID to HR by email.</b></p>
<p>Benefits drop-in sessions: May 29 and June 4, 12-1pm, Auditorium B. Questions: ext 4-2200.</p>
<p>Halvorsen Human Resources - Benefits Team</p>
</body></html>
""")

mk('clean', 'admin',
   'Facilities Work Control <workcontrol@halvorsenhealth.org>',
   'Sleep Lab <sleeplab@halvorsenhealth.org>',
   'WO-2024-118204 Sleep lab room 6 HVAC - scheduled',
   'Thu, 23 May 2024 13:12:58 -0400',
   """Work Order WO-2024-118204
Location: Sleep Disorders Center, Bldg D, 2nd floor, Rm D-216 (Study Room 6)
Problem: Room temp 79F, supply fan noisy, tech reports "rattling all night"
Priority: 3 - Routine
Assigned: HVAC Shop - D. Kowalski / R. Mendes
Scheduled: Tue 05/28/2024 0800-1200 (daytime, room unoccupied)

Please make sure the polysomnography equipment cart is moved away from the ceiling access panel. Crew will need roughly 4 feet of clearance.

Questions: Work Control x4-6100
""")

mk('clean', 'admin',
   'Revenue Cycle Systems <rcs-announce@halvorsenhealth.org>',
   'Clinic Managers <clinic-managers@halvorsenhealth.org>',
   'Charge capture downtime Sat 6/1 0000-0400 - claims scrubber upgrade',
   'Fri, 24 May 2024 16:30:00 -0400',
   """Clinic managers,

The claims scrubber (ClaimGuard v8 -> v9) upgrade is scheduled for Saturday June 1, 00:00 - 04:00.

Impact:
 - Charge entry in ClinDoc is available, but charges will queue and post after 04:00.
 - Infusion drug waste (JW/JZ modifier) edits will be off during the window.
 - Eligibility (270/271) real-time checks unavailable; use the payer portals.
 - No patient-facing impact expected.

Sleep Center and Infusion: overnight charge batch will run late (approx 06:00).

Change record: CHG0019923. Downtime coordinator: Alicia Baptiste, pager 555-0172.

Revenue Cycle Systems Team
""")

mk('clean', 'admin',
   'Research Administration <research-admin@research.halvorsenhealth.org>',
   'Security & Badging <badging@halvorsenhealth.org>',
   'Badge access request - new CRC starting 6/3',
   'Tue, 28 May 2024 10:05:41 -0400',
   """Hi Badging,

Please set up access for our new Clinical Research Coordinator:

Name: Thanh-Huong Le
Employee ID: E0074418
Start date: Monday, June 3, 2024
Department: Neurology Clinical Trials (cost center 7310-42)
Manager: Dr. Julian Greer
Access needed: Research office Bldg A 5th fl, Neurology clinic Bldg C 3rd fl, Sleep lab (after hours, for overnight study visits), Investigational Drug Service pickup window
Parking: Garage 2, permit #P-33817 transferred from Ryan Oakes (left 5/17)

She'll come by for her photo at 8:30 on her first day.

Thanks,
Gloria Feeney
Research Administration | x4-5012
""")

# ---------------------------------------------------------------------------
# CLEAN: lookalike
# ---------------------------------------------------------------------------

mk('clean', 'lookalike',
   'Ironworks Fitness Cuyahoga Falls <members@ironworksfit.com>',
   'Derek Ostrowski <d.ostrowski@gmail.com>',
   'Your membership renews June 1 - Member #44817',
   'Fri, 17 May 2024 07:00:00 -0400',
   """Hi Derek,

Your Ironworks Premier membership (Member #44817) renews on June 1, 2024 at $49.99/month, charged to the Visa ending 2291.

New this summer:
 - Cardio Recovery Room with cold plunge and compression boots
 - "Heart Rate Zone" class, Tues/Thurs 6:15am with Coach Alana
 - Free InBody body composition scan with any personal training package

Need to freeze for an injury or medical reason? Bring a note to the front desk -- freezes are $10/mo, up to 3 months.

See you on the floor,
Ironworks Fitness | 2750 State Rd, Cuyahoga Falls OH | 330-555-0150
To unsubscribe, reply STOP.
""",
   html="""<html><body style="font-family:Arial">
<h2>Hi Derek,</h2>
<p>Your Ironworks Premier membership (<b>Member #44817</b>) renews on June 1, 2024 at $49.99/month, charged to the Visa ending 2291.</p>
<h3>New this summer</h3>
<ul><li>Cardio Recovery Room with cold plunge and compression boots</li>
<li>"Heart Rate Zone" class, Tues/Thurs 6:15am with Coach Alana</li>
<li>Free InBody body composition scan with any personal training package</li></ul>
<p>Need to freeze for an injury or medical reason? Bring a note to the front desk -- freezes are $10/mo, up to 3 months.</p>
<p>See you on the floor,<br>Ironworks Fitness | 2750 State Rd, Cuyahoga Falls OH | 330-555-0150</p>
</body></html>
""")

mk('clean', 'lookalike',
   'Maple Grove Animal Hospital <frontdesk@maplegroveanimal.com>',
   'Dana Whitcomb <dwhitcomb@halvorsenhealth.org>',
   "Biscuit's lab results and dental follow-up",
   'Wed, 15 May 2024 14:22:07 -0400',
   """Hi Dana,

Dr. Hasselbeck reviewed Biscuit's bloodwork from Monday:

Patient: Biscuit (canine, beagle mix, 9 yrs, 14.2 kg)
Client #: C-20931   Chart: V-118842
BUN 31 (slightly high), creatinine 1.6 (upper normal), ALT normal, thyroid (T4) 1.1 -- low-normal.

She'd like to recheck kidney values in 3 months and recommends moving ahead with the dental cleaning and 2 extractions under anesthesia. Pre-anesthetic fluids are included. Estimate is attached in your client portal ($842-$1,110).

Also, Biscuit's rabies booster is due 7/2/2024.

Call us at 330-555-0166 to book.

Maple Grove Animal Hospital
"Caring for your family, four paws at a time"
""")

mk('clean', 'lookalike',
   'Summit Valley Credit Union <alerts@summitvalleycu.org>',
   'Priya Natarajan <pnatarajan.home@gmail.com>',
   'Important: verify your member information',
   'Mon, 13 May 2024 06:30:12 -0400',
   """Dear Member,

As part of our annual account review, please confirm the information we have on file for Member # 0071938.

  Name on account:      PRIYA NATARAJAN
  Share Savings:        ****8834
  Checking:             ****1207
  Date of birth on file: confirmed (not shown)
  Mailing address:      on file

No action is needed if the information is correct. If anything has changed, log into Online Banking or visit any branch. Summit Valley CU will never ask for your PIN or full account number by email.

Summit Valley Credit Union | Federally insured by NCUA
Routing 241075521 | 1-800-555-0148
""")

mk('clean', 'lookalike',
   'Great Lakes Air <noreply@greatlakesair.com>',
   'Julian Greer <jgreer.md@gmail.com>',
   'Your trip confirmation - CLE to DEN - Record Locator KXR7QP',
   'Sat, 04 May 2024 12:41:50 -0400',
   """Thank you for flying Great Lakes Air.

Record locator: KXR7QP
Ticket number: 5742108831190

Passenger 1: GREER/JULIAN MR    SkyMiles+ #: GL 48813920   DOB: 1977-10-21
Passenger 2: GREER/NORA MS      SkyMiles+ #: GL 48813937   DOB: 2012-03-15

Flight GL 1183  Thu 13 Jun 2024  CLE 07:05 -> DEN 08:32  Seats 14A, 14B
Flight GL 1190  Sun 16 Jun 2024  DEN 17:20 -> CLE 22:41  Seats 22C, 22D

Special service requests: none
Need wheelchair assistance or traveling with medical equipment (CPAP, oxygen concentrator)? Add it in Manage Trip at least 48 hours before departure.

Baggage: 1 checked bag included per passenger.
""")

mk('clean', 'lookalike',
   'Buckeye Auto Insurance Claims <claims@buckeyeautoins.com>',
   'Marco Bellini <mbellini77@yahoo.com>',
   'Claim 24-OH-0558812 - appraisal scheduled',
   'Tue, 21 May 2024 10:18:30 -0400',
   """Hello Marco,

Thank you for reporting your loss. Details for your claim:

Claim number: 24-OH-0558812
Policy number: BAI-4471-99820-01
Date of loss: 05/18/2024
Vehicle: 2019 Honda CR-V, VIN 5J6RW2H87KL004187
Description: Rear-ended at stoplight, Market St & Portage Trail. Injuries reported: none.

A field appraiser, Stan Kuchar, will inspect the vehicle on Thursday 5/23 between 1 and 3 pm at 908 Dellwood Ave. Rental coverage: up to $40/day, 30 days (Enterprise, ref 55TRV).

If you later develop any injury symptoms, let us know so we can open a medical payments coverage line.

Karen Lutz, Claims Adjuster II
Buckeye Auto Insurance | 1-800-555-0177 ext 3315
""")

mk('clean', 'lookalike',
   'Tall Timber Tree Surgeons <quotes@talltimbertree.com>',
   'Facilities Grounds <grounds@halvorsenhealth.org>',
   'Diagnosis & quote - ash trees by Garage 2',
   'Thu, 09 May 2024 15:47:22 -0400',
   """Hi Ray,

Thanks for walking the site with me Tuesday. Here's my assessment of the 4 trees along the Garage 2 entrance (tags T-11 through T-14):

T-11 green ash, 22" DBH: terminal. Emerald ash borer, D-shaped exit holes, 60% crown dieback. Recommend removal (amputation isn't an option at this stage).
T-12 green ash, 18" DBH: early symptoms. Could treat with emamectin trunk injection, but prognosis poor long term.
T-13 pin oak: healthy. Deadwood 2 limbs over the sidewalk, prune.
T-14 honeylocust: cankers on lower trunk, monitor; re-check in fall.

Quote #TT-24-0391:
  Remove T-11, grind stump ............ $2,850
  Injection T-12 (2-yr protection) .... $  460
  Crown clean T-13 .................... $  725
  Total ............................... $4,035

We'd need the two parking spaces closest to the tree line coned off for one day.

Gus Lindahl, ISA Certified Arborist OH-6812A
Tall Timber Tree Surgeons | 330-555-0181
""")

mk('clean', 'lookalike',
   'Nikhil Raman <nraman@tessellate.io>',
   'platform-eng <platform-eng@tessellate.io>',
   'postmortem: patient-zero worker crash loop (INC-2231)',
   'Wed, 29 May 2024 17:55:03 -0700',
   """Team,

Summary of yesterday's incident for the record.

What happened: the `patient-zero` retry worker (the one that re-drives dead-lettered jobs) went into a crash loop at 14:02 PT. Liveness probe kept failing -> kubelet restarted it 212 times. Heartbeat to the scheduler flatlined at 14:06, which paged on-call ("code blue" alert in #ops).

Diagnosis: a malformed job payload (record id 884120337) triggered an unbounded recursion in the triage step. Memory spiked to the 2Gi limit, OOMKilled.

Treatment: quarantined the record, rolled back to v3.18.2, added a max-depth guard. Vitals (p99 latency, error rate) back to baseline by 15:40.

Follow-ups:
 - INC-2231-1: add a poison-pill detector before triage (owner: Ximena)
 - INC-2231-2: make "patient" naming less confusing in dashboards (owner: me, I know)

Nikhil
""")

# ---------------------------------------------------------------------------
# CLEAN: news
# ---------------------------------------------------------------------------

mk('clean', 'news',
   'Halvorsen Pulse <pulse-newsletter@halvorsenhealth.org>',
   'All Staff <allstaff@halvorsenhealth.org>',
   'Halvorsen Pulse | Heart team marks 1,000th TAVR, Sleep Center reaccredited',
   'Mon, 20 May 2024 06:00:00 -0400',
   """HALVORSEN PULSE - Weekly news for our community - May 20, 2024

1,000 TAVRs AND COUNTING
On May 9 the structural heart team led by Dr. Erik Lindgren performed its 1,000th transcatheter aortic valve replacement. "When we started in 2014 most of our patients stayed five days. Now many go home the next morning," said Lindgren. Nurse coordinator Abby Thorsen has been with the program since its first case.

SLEEP CENTER EARNS 5-YEAR REACCREDITATION
The Sleep Disorders Center passed its AASM site visit with no deficiencies. Medical director Dr. Priya Natarajan credited the night techs: "They do the hardest part of the work while the rest of us are asleep."

INFUSION CENTER EXPANDS SATURDAY HOURS
Starting June 1, eight chairs will be open Saturdays 7 am - 3:30 pm, reducing wait times for new starts.

CLINICAL TRIALS CORNER
The Oncology Clinical Trials Office enrolled 212 participants across 48 studies last fiscal year. Kendra Vollmer, CCRP, was named Coordinator of the Year.

KUDOS
"The nurse who sat with my dad during his stroke workup made all the difference" - a family's comment card from 9 West.

Read more at pulse.halvorsenhealth.org
""",
   html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#0b4f6c">Halvorsen Pulse</h1><p><i>Weekly news for our community - May 20, 2024</i></p>
<h2>1,000 TAVRs and counting</h2>
<p>On May 9 the structural heart team led by Dr. Erik Lindgren performed its 1,000th transcatheter aortic valve replacement. &ldquo;When we started in 2014 most of our patients stayed five days. Now many go home the next morning,&rdquo; said Lindgren. Nurse coordinator Abby Thorsen has been with the program since its first case.</p>
<h2>Sleep Center earns 5-year reaccreditation</h2>
<p>The Sleep Disorders Center passed its AASM site visit with no deficiencies. Medical director Dr. Priya Natarajan credited the night techs: &ldquo;They do the hardest part of the work while the rest of us are asleep.&rdquo;</p>
<h2>Infusion Center expands Saturday hours</h2>
<p>Starting June 1, eight chairs will be open Saturdays 7 am - 3:30 pm, reducing wait times for new starts.</p>
<h2>Clinical Trials Corner</h2>
<p>The Oncology Clinical Trials Office enrolled 212 participants across 48 studies last fiscal year. Kendra Vollmer, CCRP, was named Coordinator of the Year.</p>
<h2>Kudos</h2>
<p>&ldquo;The nurse who sat with my dad during his stroke workup made all the difference&rdquo; - a family's comment card from 9 West.</p>
<p><a href="https://pulse.halvorsenhealth.org">Read more</a></p>
</body></html>
""")

mk('clean', 'news',
   'Summit County Public Health <alerts@summitcountyph.org>',
   'Health Alert Network <han-subscribers@summitcountyph.org>',
   'HEALTH ADVISORY: Measles cases in Summit and Portage counties',
   'Fri, 10 May 2024 14:00:00 -0400',
   """SUMMIT COUNTY PUBLIC HEALTH - HEALTH ALERT NETWORK
HEALTH ADVISORY #2024-07 | May 10, 2024

Summary: As of May 9, 2024, 4 confirmed measles cases have been reported (Summit County 3, Portage County 1). All cases were unvaccinated; ages range 2 to 34 years. Two were hospitalized; none died.

Exposure locations (public):
  - Chapel Hill Mall food court, May 1, 12:00-3:30 pm
  - Akron-Canton Airport Gate B4, May 3, 6:00-9:30 am

Recommendations for clinicians:
  1. Consider measles in patients with fever and rash, especially with cough, coryza or conjunctivitis.
  2. Mask and isolate suspected cases immediately (airborne precautions).
  3. Report suspected cases by phone within 24 hours: 330-555-0112 (after hours 330-555-0113).
  4. Collect NP swab for measles PCR and serum IgM.
  5. Verify MMR status of staff.

This message is intended for healthcare providers, laboratories and infection preventionists.
""")

mk('clean', 'news',
   'Pharmacy Drug Information <druginfo@halvorsenhealth.org>',
   'Pharmacy & Nursing Leaders <pharm-nursing-leads@halvorsenhealth.org>',
   'RECALL: Quintarel (levetiracetam) injection 500 mg/5 mL - select lots',
   'Wed, 29 May 2024 12:10:44 -0400',
   """DRUG RECALL NOTICE - CLASS II

Product: Quintarel (levetiracetam injection) 500 mg/5 mL single-dose vial
Manufacturer: Brightline Generics
Lots affected: BL23K0417, BL23K0418, BL24A0092  (Exp 10/2025 - 01/2026)
Reason: Visible particulate matter identified in retained samples.

Action at Halvorsen:
 - Pharmacy has quarantined 46 vials from the three lots (main pharmacy and the neuro ICU ADC).
 - Replacement stock from lot BL24B0130 is unaffected and has been distributed.
 - No patient administrations from affected lots identified since 5/1 on our review, so no patient notification is planned.

Nursing: if you find a vial from the listed lots in a unit stock location, do not use; return to pharmacy in a sealed bag.

Questions: Drug Information Service, x4-3784.
Mira Castellano, PharmD, BCPS
""")

mk('clean', 'news',
   'Clinical Trials Office <cto-news@research.halvorsenhealth.org>',
   'Referring Providers <referring-providers@lists.halvorsenhealth.org>',
   'Now enrolling: 5 new trials (oncology, transplant, neurology, sleep)',
   'Tue, 14 May 2024 08:00:00 -0400',
   """HALVORSEN CLINICAL TRIALS - NOW ENROLLING | May 2024

ARD-221 (Ardentis Biopharma) - Phase 2, oral ARD-221 plus standard chemo in metastatic NSCLC after progression on immunotherapy. Key eligibility: age 18+, ECOG 0-1, no untreated brain metastases. PI: Amit Iyer, MD.

TX-BELA-SWITCH - conversion from tacrolimus to belatacept in kidney transplant recipients 6-36 months post-transplant with eGFR 25-60. PI: Patrick Halloran, MD.

NEURO-SPRINT - remote cognitive rehabilitation after mild-moderate ischemic stroke. Enrolment within 30 days of stroke. PI: Julian Greer, MD.

HEART-AF-LITE - smartwatch-guided anticoagulation in paroxysmal AF. PI: Felix Grünewald, MD.

SOMNUS-HOME - home titration of auto-PAP vs in-lab titration for moderate-severe OSA. PI: Priya Natarajan, MD.

To refer: call the Trials Line at 555-0155 or email trials@halvorsenhealth.org with your contact details only -- please do NOT email patient information; our coordinators will call you back on a secure line.
""")

mk('clean', 'news',
   'Sleep Center Quality <sleep-quality@halvorsenhealth.org>',
   'Sleep Center Staff <sleep-staff@halvorsenhealth.org>',
   'Q1 2024 dashboard',
   'Fri, 12 Apr 2024 15:22:10 -0400',
   """Q1 2024 Sleep Disorders Center dashboard (Jan 1 - Mar 31)

Studies performed
  In-lab PSG (diagnostic)      318
  Split-night                  204
  CPAP/BPAP titration          141
  MSLT/MWT                      37
  Home sleep apnea tests       612
  Total                       1312   (+9% vs Q1 2023)

Quality
  Inter-scorer reliability (AASM ISR)   88.4%  (target >85%)
  Studies repeated for tech failure     1.1%
  Report turnaround median              4.2 days (target 5)
  No-show rate in-lab                   11.8%  (target <10%)
  PAP adherence at 90d (>=4h 70% nights) 63%

Demographics of in-lab patients: median age 54; 47% female; 31% BMI >40.

Comments: the no-show rate remains above target; Friday nights are worst (17%). Reminder call pilot starts May 1.
""",
   atts=[('sleep_Q1_2024_summary.csv', csvtext([
       ['metric', 'Q1_2023', 'Q1_2024'],
       ['in_lab_psg', '301', '318'], ['split_night', '188', '204'], ['titration', '129', '141'],
       ['mslt_mwt', '33', '37'], ['hsat', '551', '612'], ['no_show_pct', '12.6', '11.8'],
   ]), 'text', 'csv')])

mk('clean', 'news',
   'Ohio Chapter, American Society of Transplant Nurses <news@ohastn.org>',
   'Members <members@ohastn.org>',
   'OH-ASTN Spring Bulletin: national waitlist figures, CE credits, June meeting',
   'Wed, 01 May 2024 09:30:00 -0400',
   """OH-ASTN SPRING BULLETIN

By the numbers (national, calendar year 2023, provisional):
  * More than 46,000 transplants performed, a new record
  * Kidney remains ~60% of all transplants
  * Roughly 100,000 candidates on waiting lists at year end
  * Ohio programs performed 2,190 transplants combined

Continuing education: "Tacrolimus variability and adherence: what the data say" - 1.0 CE, free for members, available until August 31.

June chapter meeting: Thursday June 13, 6 pm, Columbus. Speaker: Leah Okonkwo, MSN, APRN, on post-transplant skin cancer screening.

Member spotlight: Margaret "Maggie" Oduya, CCTC, received the chapter's Mentor Award.

Unsubscribe | Update preferences
""",
   cte='quoted-printable')

# ---------------------------------------------------------------------------
# CLEAN: staff
# ---------------------------------------------------------------------------

mk('clean', 'staff',
   'Mira Castellano <mcastellano@halvorsenhealth.org>',
   'Oncology Pharmacists <onc-pharm@halvorsenhealth.org>',
   'carboplatin dosing - capping CrCl at 125?',
   'Mon, 06 May 2024 10:41:09 -0400',
   """All,

Raised at P&T prep: our carboplatin order set uses Cockcroft-Gault with actual body weight and no cap. Per the NCI guidance we should cap estimated GFR at 125 mL/min when using IDMS-standardized creatinine, and most centers use adjusted BW if BMI >=30.

Proposal:
 - cap CrCl at 125 in the Calvert calc (dose = AUC x (GFR + 25))
 - adjusted body weight when actual > 120% IBW
 - floor SCr at 0.7 for patients >65 ("round up") -- controversial, let's discuss

Can everyone look at how you've been doing it in your clinics and reply by Thursday? Not looking for specific patients, just practice.

Mira
Mira Castellano, PharmD, BCOP
""")

mk('clean', 'staff',
   'Amit Iyer <aiyer@halvorsenhealth.org>',
   'Thoracic Tumor Board <thoracic-tb@halvorsenhealth.org>',
   'case for Thursday - teaching slot',
   'Tue, 14 May 2024 17:20:35 -0400',
   """For the teaching case slot (de-identified, please don't add identifiers in replies):

A man in his 60s, former smoker (~40 pack-years), with stage IV lung adenocarcinoma, PD-L1 TPS 5%, no driver mutations on NGS. Progressed after 4 cycles of carbo/pem/pembro. Now ECOG 1, new adrenal lesion, no brain mets.

Question for the board: second-line docetaxel +/- ramucirumab vs trial (we have an open phase 2), and is there a role for SBRT to the adrenal if it is the only site of progression?

Slides are on the shared drive under TB > 2024-05-16.

Amit Iyer, MD
Associate Professor, Hematology/Oncology
""")

mk('clean', 'staff',
   'Patrick Halloran <phalloran@halvorsenhealth.org>',
   'Kidney Tx Team <kidneytx-team@halvorsenhealth.org>',
   'tac target ranges - protocol v7 draft',
   'Thu, 16 May 2024 20:02:51 -0400',
   """Team,

Draft v7 of the kidney immunosuppression protocol is on SharePoint. Main change is the tacrolimus trough targets:

   months 0-3     8-10 ng/mL   (was 10-12)
   months 3-12    6-8
   >12 months     5-7
   BK viremia >10^4 or CMV disease: target low end, reduce MMF by 50%

Also: Envarsus conversion at 0.8x total daily IR dose (was 0.7x), with a trough 5-7 days after.

Please send comments before the June 5 protocol meeting. Coordinators, note that pill cards and the patient education sheet will need updating once approved -- Maggie has volunteered to lead that.

PH
Patrick Halloran, MD, PhD
Medical Director, Kidney & Pancreas Transplantation
""")

mk('clean', 'staff',
   'Neurology Chief Resident <neuro-chief@halvorsenhealth.org>',
   'Neurology Residents <neuro-res@halvorsenhealth.org>',
   'stroke pager coverage Memorial Day weekend',
   'Fri, 24 May 2024 12:15:29 -0400',
   """Stroke pager (555-0199) for the long weekend:

Fri 5/24 day: Menon   | night: Adeyemi
Sat 5/25 day: Okoro   | night: Adeyemi
Sun 5/26 day: Menon   | night: Lindholm
Mon 5/27 day: Okoro   | night: Lindholm

Attending backup: Dr. Greer Fri/Sat, Dr. Ortega Sun/Mon (cells on AMiON).

Reminder: door-to-needle target is 45 min and we were at 52 median last month, so please call the CT tech as soon as the code stroke page drops, don't wait to see the patient first. TNK is now first-line per the updated pathway (0.25 mg/kg, max 25 mg).

Enjoy the weekend if you're off.
Bisi Okoro, MD
Chief Resident, Neurology
""")

mk('clean', 'staff',
   'Devon Ashby RPSGT <dashby@halvorsenhealth.org>',
   'Dr. Priya Natarajan <pnatarajan@halvorsenhealth.org>',
   'scoring question - hypopneas 3% vs 4%',
   'Tue, 07 May 2024 07:44:02 -0400',
   """Dr N,

Quick one from last night's discussion with the new techs. Our standing order is AASM recommended rule 1A (3% desat or arousal), but a few referring docs want the 4% rule because of Medicare. We've been scoring both in the same study and reporting AHI 3% and AHI 4% separately.

Is that still what you want? It adds ~20 min per study. Also, do you want RERAs scored on the home tests? I told them no since there's no EEG.

Thanks, Devon
Devon Ashby, RPSGT, CCSH
Lead Sleep Technologist

On Mon, May 6, 2024 at 11:58 PM Ana Lucia Paredes wrote:
> fyi new techs keep asking which hypopnea rule. can we put it in the scoring manual
""")

mk('clean', 'staff',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'Ilse Brandt <ilse.brandt@nordvale-cro.com>',
   'RE: monitoring visit June 11-12',
   'Wed, 22 May 2024 14:27:18 -0400',
   """Hi Ilse,

June 11-12 works. I've booked the small conference room on 5 (Bldg A, Rm 512) both days, 8:30-4:30. Remote EMR access for monitors is through the read-only portal -- I'll send the request form separately, it takes about 5 business days.

What I'll have ready:
 - regulatory binder (updated 1572, CVs, training logs, delegation log signed by Dr. Iyer 5/1)
 - IP accountability logs and temp excursion report from the April freezer alarm (no product impacted)
 - lab certification and normal ranges from Quillfield

Please send the list of source documents you want pulled in advance so I'm not running back and forth. Dr. Iyer can meet for 30 min on the 12th at 3pm.

Thanks!
Kendra

-----Original Message-----
From: Ilse Brandt <ilse.brandt@nordvale-cro.com>
Sent: Wednesday, May 22, 2024 9:03 AM
Subject: monitoring visit June 11-12

Hi Kendra, can we confirm an on-site IMV June 11-12 for ARD-221 site 104? I'll need a room with internet and access to source. Best, Ilse

Ilse Brandt | Senior CRA | Nordvale Clinical
""")

mk('clean', 'staff',
   'Owen Blakely <oblakely@halvorsenhealth.org>',
   'Cardiology Fellows <cards-fellows@halvorsenhealth.org>',
   'ECG of the week #19',
   'Thu, 30 May 2024 06:45:00 -0400',
   """Fellows,

ECG of the week is attached to the teaching folder (file ECG-OTW-19.pdf, all identifiers removed).

Stem: woman in her 40s, palpitations on exertion, no syncope. Resting ECG shows a short PR and a slurred upstroke in the lateral leads; rate 78.

Questions:
 1. Where is the accessory pathway likely located?
 2. Which drugs would you avoid if she presents in pre-excited AF?
 3. When do you refer an asymptomatic pattern for EP study?

Answers at Friday conference. Bagels courtesy of Dr. Grünewald.

OB
""")

# ---------------------------------------------------------------------------
# CLEAN: training
# ---------------------------------------------------------------------------

mk('clean', 'training',
   'ClinDoc Training Team <clindoc-training@halvorsenhealth.org>',
   'Infusion Staff <infusion-staff@halvorsenhealth.org>',
   'Beacon treatment plan training - practice patients for 5/30 session',
   'Tue, 28 May 2024 08:30:00 -0400',
   """Hi everyone,

For Thursday's hands-on session in the PLAY environment (NOT production), use the practice patients below. They are fake and reset every night.

  TEST, INFUSIONONE     MRN 999900101   DOB 01/01/1950   Plan: FOLFOX q14d
  TEST, INFUSIONTWO     MRN 999900102   DOB 02/02/1960   Plan: R-CHOP q21d
  ZZTRAIN, HOLDPARAM    MRN 999900103   DOB 03/03/1970   Plan: Pembrolizumab q21d

Exercises:
 1. Release C1D1 for TEST, INFUSIONONE after verifying labs (fake ANC 1.6).
 2. Apply a 20% dose reduction to oxaliplatin and document the reason.
 3. For ZZTRAIN, HOLDPARAM enter a treatment hold for "TSH out of range".

Log in with your own ID at https://play-clindoc.halvorsenhealth.org. Bring your badge.

ClinDoc Training Team | x4-4411
""")

hl7demo = r"""MSH|^~\&|DEMOLAB|DEMOFAC|INTEGRIX|DEMO|20240101120000||ORU^R01|DEMO0001|T|2.5.1
PID|1||ZZ00000001^^^DEMO^MR||ZZTEST^PATIENT^A||19000101|U|||123 TEST ST^^ANYTOWN^XX^00000
OBR|1|DEMO-ORD-1|DEMO-FIL-1|2345-7^Glucose^LN|||20240101110000
OBX|1|NM|2345-7^Glucose^LN||99|mg/dL|70-99|N|||F
"""
mk('clean', 'training',
   'Integrix Solutions <demo@integrix-solutions.com>',
   'Interface Team <interfaces@halvorsenhealth.org>',
   'Integrix Engine demo follow-up + sample messages',
   'Thu, 02 May 2024 16:05:27 -0500',
   """Hi Hector and team,

Thanks for joining the Integrix Engine demo yesterday. As promised, here are the sample files we used. Processing ID is T (test) and everything is synthetic -- ZZTEST patients, DEMO facility, 19000101 birth dates -- so they're safe to load into your sandbox.

Sample ORU (also attached):

""" + hl7demo + """
The routing rule we showed ("if OBX-8 in (H,HH,L,LL) then copy to critical-results channel") is in the attached config too.

Trial license key will arrive separately. Happy to set up a second session for your transplant and cardiology feeds.

Best,
Lauren Pike
Solutions Engineer, Integrix Solutions
""",
   atts=[('sample_ORU_R01.hl7', hl7demo.replace('\n', '\r'), 'text', 'plain')])

mk('clean', 'training',
   'Privacy Office <privacy@halvorsenhealth.org>',
   'New Hires May 2024 <newhires-2024-05@halvorsenhealth.org>',
   'HIPAA module 3 quiz - practice scenarios',
   'Wed, 08 May 2024 09:00:00 -0400',
   """Welcome to Halvorsen! Before module 3, please work through these practice scenarios. All names are made up.

Scenario A: You receive an email from "John Doe" asking for a copy of his sleep study. His email address doesn't match the one in his chart. What do you do?
  (a) Reply with the report as a PDF
  (b) Ask him to use the patient portal or the Release of Information office
  (c) Forward it to your manager with the report attached

Scenario B: Jane Roe, a coworker, asks you to look up her neighbour's transplant status "because she's worried." May you look?

Scenario C: A sponsor monitor asks you to email the screening log with names and dates of birth "to save time." What should the log contain instead?

Scenario D: Which of these is PHI? (select all)
  [ ] "a 70s female with afib seen last week"
  [ ] Sample Patient, MRN 000000000 in the training environment
  [ ] a patient's name plus the word "infusion"
  [ ] a hospital-wide count of 1,312 sleep studies

Answers will be reviewed live on May 15.
Privacy Office | privacy@halvorsenhealth.org | hotline 555-0166
""")

screentemplate = csvtext([
    ['Screen #', 'Subject Initials', 'Year of Birth', 'Date Screened', 'Eligible (Y/N)', 'Reason if not eligible'],
    ['S-EXAMPLE-1', 'XX', '19XX', 'DD-MMM-YYYY', 'Y', ''],
    ['S-EXAMPLE-2', 'XXX', '19XX', 'DD-MMM-YYYY', 'N', 'e.g. ECOG 2'],
])
mk('clean', 'training',
   'Ilse Brandt <ilse.brandt@nordvale-cro.com>',
   'Kendra Vollmer <kvollmer@research.halvorsenhealth.org>',
   'Screening log template - please use going forward',
   'Tue, 14 May 2024 10:22:40 +0200',
   """Hi Kendra,

Thanks for sending the log, but please note the sponsor template must not include names, full DOB or MRN. I've deleted the file you sent from our system and notified our QA as per the SOP. Going forward please use the attached template (initials and year of birth only). Example rows show the format -- delete them before use.

No need to resend the old version; just send the new format before tomorrow's call.

Kind regards,
Ilse

Ilse Brandt | Senior CRA | Nordvale Clinical GmbH | +49 30 5550 1182
""",
   atts=[('ARD221_screening_log_TEMPLATE_v3.csv', screentemplate, 'text', 'csv')])

fhirdemo = """{
  "resourceType": "Patient",
  "id": "example-sandbox-001",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "https://sandbox.example.org/mrn", "value": "SANDBOX-0001"}],
  "name": [{"family": "Testpatient", "given": ["Fhir", "Sandbox"]}],
  "gender": "unknown",
  "birthDate": "1901-01-01"
}"""
mk('clean', 'training',
   'Sanjay Kulkarni <skulkarni@research.halvorsenhealth.org>',
   'Research Informatics <research-informatics@research.halvorsenhealth.org>',
   'lunch & learn: FHIR for coordinators (slides + sandbox)',
   'Fri, 31 May 2024 11:11:11 -0400',
   """Thanks to everyone who came to the FHIR lunch & learn. Recording and slides are on the Research Informatics Teams channel.

Sandbox: https://fhir-sandbox.research.halvorsenhealth.org (synthetic data only, Synthea-generated plus our hand-made test patients).

The example we walked through:

""" + fhirdemo + """

Homework if you want it: write a search that returns all Observations with LOINC 89243-0 (ECOG) for Patient/example-sandbox-001. Reply with your query string, first correct one gets a coffee card.

Reminder: never paste a real patient resource into Teams or email -- use the sandbox.

Sanjay
""")

mk('clean', 'training',
   'Simulation Center <simcenter@halvorsenhealth.org>',
   'Cardiology Fellows <cards-fellows@halvorsenhealth.org>',
   'Sim day 6/6 - scenario pre-brief',
   'Mon, 27 May 2024 13:40:08 -0400',
   """Fellows,

Pre-brief for Thursday's simulation (Sim Center, Bldg B lower level, 7:30 am):

SCENARIO 2 - "Mr. Sim Stanley"
Simulated patient: SimMan 3G manikin ("Stan"), fictional 67-year-old, MRN SIM-000067.
Setting: cath lab holding, post-PCI. Develops hypotension and bradycardia 20 min after sheath pull.
Learning goals: recognise vasovagal vs retroperitoneal bleed vs tamponade; bedside echo (task trainer); closed-loop communication.

SCENARIO 3 - "Ms. Practice Patel" (standardized patient actor, Gloria)
Breaking bad news: new diagnosis of severe aortic stenosis in an actor playing a 79-year-old who doesn't want surgery.

Please don't bring real patient cases to the debrief. Scrubs okay.

Sim Center staff: Jeanine Holt, RN, CHSE | Tony Bergqvist, Sim Tech
""")

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(ROWS))
