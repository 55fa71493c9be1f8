#!/usr/bin/env python3
"""Blind evaluation mail for a PHI DLP filter -- radiology group setting.

All people, numbers and organisations are invented.  Run: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile, email.policy
from email.message import EmailMessage

SEED = 5101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
MSGNO = [0]
ZDATE = (2024, 3, 11, 7, 45, 0)


def zip_bytes(files):
    """files: list of (name, str|bytes). Deterministic zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
    """Minimal xlsx with inline strings."""
    from xml.sax.saxutils import escape
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        srows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(srows))
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
    return zip_bytes(files)


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def mail(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
         atts=(), cte=None, extra=(), html_cte=None):
    MSGNO[0] += 1
    i = MSGNO[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.rsplit('@', 1)[-1].strip('> ')
    m['Message-ID'] = '<%08x%04x.%d@%s>' % (random.getrandbits(32), random.getrandbits(16), i, dom)
    for k, v in extra:
        m[k] = v
    if cte is None:
        cte = '7bit' if body.isascii() else 'quoted-printable'
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        hc = html_cte or ('7bit' if html.isascii() else 'quoted-printable')
        if hc:
            m.add_alternative(html, subtype='html', cte=hc)
        else:
            m.add_alternative(html, subtype='html')
    for a in atts:
        name, data, mt, st = a[:4]
        acte = a[4] if len(a) > 4 else None
        if isinstance(data, str):
            if acte is None and not data.isascii():
                acte = 'quoted-printable'
            kw = {'cte': acte} if acte else {}
            m.add_attachment(data, subtype=st, filename=name, **kw)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            j += 1
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender
by reply e-mail and destroy all copies of the original message."""

# =====================================================================
# PHI / care
# =====================================================================

mail('phi', 'care',
     'Denise Okoro RN <dokoro@marrowfieldrad.com>',
     'frontdesk@pineridgeonc.com',
     'PICC done - Delacroix',
     """Hi all,

Mr. Delacroix had his PICC placed this morning in IR, right basilic, 4Fr double lumen, 41 cm. Tip is at the cavoatrial junction on the post film so it's ok to use for his chemo Thursday. No bleeding at the site, he tolerated it fine, wife drove him home.

Flush orders and the insertion record are in the packet we sent with him. Dr Holloway wants him back in 6 weeks to talk about swapping it for a port if the treatment goes longer.

Denise Okoro, RN, VA-BC
Interventional Radiology | Marrowfield Radiology Associates
p 541-555-0137

""" + DISCLAIMER,
     'Tue, 05 Mar 2024 11:42:09 -0800', patient='Delacroix')

mail('phi', 'care',
     'Tyler Brunswick <tbrunswick@marrowfieldrad.com>',
     'Miriam Castellanos MD <mcastellanos@marrowfieldrad.com>',
     'contrast rxn eastgate CT this am',
     """dr c - fyi, hannah whitlock (the 10:20 CT A/P w contrast) broke out in hives on her neck and chest about 3 min after injection. no wheeze, sats 98. gave benadryl 50 po per standing order, watched her 60 min, hives mostly gone, d/c'd w/ her sister. scan completed ok.

can you add to her allergy list in the RIS and sign the reaction form? she has another CT ordered in june so someone needs to premedicate her next time.

thx
tyler
CT tech, Eastgate""",
     'Wed, 06 Mar 2024 12:07:51 -0800', patient='Whitlock')

mail('phi', 'care',
     'Renee Pak <rpak@marrowfieldrad.com>',
     'Joyce Albrecht <jalbrecht@lakeshorebreastsurgery.com>',
     'RE: Ferreira-Nunes stereo bx',
     """Joyce,

Path is back on Gloria Ferreira-Nunes from Monday's stereotactic biopsy (left breast, 2:00, 6 cm FN). Report is faxed to you, but short version: Dr. Sorensen called her yesterday afternoon and she wants a surgical consult within the week. The clip went in fine and the post-biopsy mammo shows it right at the biopsy site, no migration.

She asked for an afternoon appointment if possible since she works mornings. Best number is her cell.

Thank you!
Renee

Renee Pak, RT(R)(M)
Lead Mammographer, Northpoint Breast Center
Marrowfield Radiology Associates

-----Original Message-----
From: Joyce Albrecht <jalbrecht@lakeshorebreastsurgery.com>
Sent: Wednesday, March 6, 2024 9:12 AM
To: Renee Pak <rpak@marrowfieldrad.com>
Subject: Ferreira-Nunes stereo bx

Hi Renee - do you have path yet on Ms. Ferreira-Nunes? Dr. Lund wants to know if she should be on his schedule.
Joyce
""",
     'Thu, 07 Mar 2024 08:30:14 -0800', patient='Ferreira-Nunes')

mail('phi', 'care',
     'Dr. Theo Brandvold <tbrandvold@marrowfieldrad.com>',
     'ED Physicians <edmd@tollandcreekhospital.org>',
     'Re: STAT head CT - Tsosie, Raymond',
     """Called Dr. Ingram at 02:14 with this, putting it in writing too.

Prelim: small right frontal subdural, about 6 mm, slight effacement of the sulci, no midline shift. No fracture. Old lacunes both basal ganglia.

Since he's on apixaban and fell at the nursing home I'd talk to neurosurgery at Sayre Basin now and repeat the CT in 6 hours or sooner if he gets worse. Final report will cross by 7.

TB

On Sat, Mar 9, 2024 at 1:58 AM, Tolland Creek ED <edmd@tollandcreekhospital.org> wrote:
> 71 yo M unwitnessed fall at Aspen Ridge Care, on eliquis, GCS 14. CT head w/o sent over, acc TC240309-0017. please call 555-0190 when read. thanks - Ingram
""",
     'Sat, 09 Mar 2024 02:21:37 -0700', patient='Tsosie')

mail('phi', 'care',
     'Joanne Tillery <jtillery@marrowfieldrad.com>',
     'Scheduling Team <sched@marrowfieldrad.com>',
     'moved Mrs Okafor MRI L-spine',
     """Team - I moved Mrs. Okafor's lumbar MRI from tomorrow to Thursday 3/14 at 1pm at Riverside so the open bore is available. She needs oral sedation again (took 5mg valium last time and still barely made it through), so her husband is driving and she needs to check in 45 min early. Pharmacy note is already in.

Please don't move her again without calling me, she's been rescheduled twice already.

Joanne Tillery
Scheduling Supervisor""",
     'Mon, 11 Mar 2024 15:48:02 -0700', patient='Okafor')

mail('phi', 'care',
     'Results Coordinator <followup@marrowfieldrad.com>',
     'referrals@westbrookfm.com',
     'Follow-up recommendation - Dariusz Kowalczyk',
     """Dear Dr. Haverford,

This is an automated-style note from our incidental findings tracking program, sent by our coordinator.

Your patient Dariusz Kowalczyk had a CT angiogram of the chest at Marrowfield Riverside on 02/02/2024. The radiologist noted a 6 mm solid nodule in the right lower lobe and recommended a follow-up non-contrast chest CT in 6-12 months.

We have not received an order for the follow-up study. If you have already arranged this elsewhere, or decided it isn't needed, please reply so we can close the item. Otherwise we will send a reminder letter to the patient in 30 days.

Sincerely,
Imelda Graves
Follow-up Coordinator
Marrowfield Radiology Associates | 541-555-0150
""",
     'Tue, 12 Mar 2024 10:05:44 -0700', patient='Kowalczyk', cte='quoted-printable')

mail('phi', 'care',
     'Anika Sorensen MD <asorensen@marrowfieldrad.com>',
     'Paul Leggett DO <pleggett@westbrookfm.com>',
     'FW: Ellen Marsh thyroid US',
     """Paul,

Forwarding so you have it before she calls you. The right-sided nodule has grown from 1.4 to 2.1 cm since last spring and looks more solid now. I've booked her for an ultrasound-guided FNA with us on 3/21. She's on warfarin - can you tell her when to stop it, or should we bridge? Our IR nurses will call her with prep instructions.

Anika

-----Original Message-----
From: Ellen Marsh <ellenmarsh62@outlook.com>
Sent: Tuesday, March 12, 2024 7:48 PM
To: Northpoint Breast Center <northpoint@marrowfieldrad.com>
Subject: thyroid ultrasound

Hello, I had my thyroid ultrasound redone today and the tech said the doctor would compare it. Should I be worried? My family doctor is Dr. Leggett. Thank you, Ellen
""",
     'Wed, 13 Mar 2024 07:55:10 -0700', patient='Marsh')

mail('phi', 'care',
     'Gareth Holloway MD <gholloway@marrowfieldrad.com>',
     'IR Nursing <irnursing@marrowfieldrad.com>',
     'Pruitt Y-90 mapping moved to 3/27',
     """Moving Walter Pruitt's Y-90 mapping angiogram to 3/27 - his creatinine came back 1.6 on Friday so I'd like him hydrated first. Please:
- hold metformin the morning of and for 48 h after
- 1L NS pre-procedure
- repeat BMP at the pre-op visit
Hepatology is aware. Thanks - GH""",
     'Mon, 18 Mar 2024 06:40:33 -0700', patient='Pruitt',
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Moving <b>Walter Pruitt's</b> Y-90 mapping angiogram to 3/27 - his creatinine came back 1.6 on Friday so I'd like him hydrated first. Please:</p>
<ul><li>hold metformin the morning of and for 48 h after</li>
<li>1L NS pre-procedure</li>
<li>repeat BMP at the pre-op visit</li></ul>
<p>Hepatology is aware. Thanks - GH</p>
</body></html>""")

# =====================================================================
# PHI / names
# =====================================================================

mail('phi', 'names',
     'Front Desk Riverside <riverside@marrowfieldrad.com>',
     'Reading Room <readingroom@marrowfieldrad.com>',
     'Nguyễn Thị Hoa - callback re pelvic US',
     """She called again (3rd time today). Wants to know if the pelvic ultrasound from this morning has been read yet. Her daughter will interpret, please call back before 4. Number is in the chart.

- Marisol, front desk""",
     'Thu, 14 Mar 2024 13:22:05 -0700', patient='Nguyễn Thị Hoa')

mail('phi', 'names',
     'Kayleigh Dunmore <kdunmore@marrowfieldrad.com>',
     'Film Library <records@lakeshoremedicalimaging.com>',
     'priors request',
     """Hi there,

Could you push Mrs. O'Sullivan-Baptiste's prior mammograms (anything 2019 onward) to our PACS? She's here for her screening today and told us she had them done at your Lakeshore location. Without comparisons Dr. Sorensen will probably have to call her back.

AE title MFRAD_NPT, same as last time.

Thanks so much,
Kayleigh Dunmore
Patient Access, Northpoint Breast Center""",
     'Fri, 15 Mar 2024 09:03:48 -0700', patient="O'Sullivan-Baptiste")

mail('phi', 'names',
     'Marcus Fenwick <mfenwick@marrowfieldrad.com>',
     'Latoya Simms <lsimms@marrowfieldrad.com>',
     'Adeyemi-Cole, Oluwaseun -- DEXA no order',
     """Latoya,

Adeyemi-Cole, Oluwaseun showed up at Eastgate for a DEXA without an order on file. Referring office says it was faxed but we can't find it. I let him do the scan since Medicare covers it every 2 yrs and his last one was 2021, but we can't bill it until the signed order comes in. Parking this on your list.

Marcus""",
     'Fri, 15 Mar 2024 16:31:20 -0700', patient='Adeyemi-Cole')

mail('phi', 'names',
     'Hana Ostrowski <hostrowski@marrowfieldrad.com>',
     'Anika Sorensen MD <asorensen@marrowfieldrad.com>',
     'Re: this morning',
     """Dr S,

Priya from the 9:15 breast MRI this morning (the one who got panicky in the bore and we had to pull her out halfway) called back. She's willing to try again with an Ativan script from her PCP and wants to come in on a Saturday. Should I book the full protocol again or just the post-contrast sequences we missed?

Hana

> On Mon, Mar 18, 2024, Anika Sorensen MD wrote:
> how did the 9:15 go? did we get the dynamic series?
""",
     'Mon, 18 Mar 2024 14:12:44 -0700', patient='Priya')

mail('phi', 'names',
     'IR Scheduling <irsched@marrowfieldrad.com>',
     'Eastgate Imaging <eastgate@marrowfieldrad.com>',
     'Mr Al-Mansouri - open MRI request',
     """Mr Abdulrahman Al-Mansouri's wife called this morning. He is very claustrophobic and could not finish the brain MRI at Riverside last week (he came out after the first sequence). Dr Castellanos is fine with the open magnet at Eastgate. Can you give him the first slot of the day on any weekday next week? His son prefers text messages for scheduling.

Thank you
Farida
IR / MRI scheduling""",
     'Tue, 19 Mar 2024 10:45:00 -0700', patient='Al-Mansouri')

mail('phi', 'names',
     'Northpoint Breast Center <northpoint@marrowfieldrad.com>',
     'Mammo Recall Team <recall@marrowfieldrad.com>',
     'Recall letter returned - Zoë Lefèvre-Duchamp',
     """Hi team,

The recall letter for Zoë Lefèvre-Duchamp came back today marked "unable to forward". She needs diagnostic views and an ultrasound of the right breast from her 2/28 screening. Mme Lefèvre-Duchamp spends part of the year in Québec, so we may need to reach her by phone or the portal instead. Second letter by certified mail is due on 3/27 per our policy.

Merci,
Solène
""",
     'Wed, 20 Mar 2024 11:18:27 -0700', patient='Lefèvre-Duchamp', cte='base64')

mail('phi', 'names',
     'Lakshmi Narayan <lnarayan@marrowfieldrad.com>',
     'Dr. Miriam Castellanos <mcastellanos@marrowfieldrad.com>',
     "Subramaniam coronary calcium - referring doc asking",
     """Dr. Castellanos,

Dr. Pell's office called about Mr. Venkataraman Subramaniam (goes by Venkat) - they got the calcium score report (412) and want to know if a CCTA should be the next step or if they should send him straight to cardiology. I said I'd ask you. Can I give them your direct line?

Lakshmi""",
     'Wed, 20 Mar 2024 15:09:58 -0700', patient='Subramaniam')

mail('phi', 'names',
     'mo <mohara@marrowfieldrad.com>',
     'ultrasound riverside <us-riverside@marrowfieldrad.com>',
     '2pm',
     """hey is jan-erik lindqvist still on for the 2pm liver bx or did he cancel?? dr holloway is asking, need to know if we pull the platelets. his INR was fine friday""",
     'Thu, 21 Mar 2024 12:41:19 -0700', patient='Lindqvist')

mail('phi', 'names',
     'Precious Eze <peze@marrowfieldrad.com>',
     'Billing <billing@marrowfieldrad.com>',
     'de la Cruz y Ortega / wrong name on claim',
     """Hello billing,

Patient Maria Guadalupe de la Cruz y Ortega had her US-guided breast biopsy 3/4 and the claim went out as "Ortega, Maria". The insurer has her as DE LA CRUZ Y ORTEGA, MARIA G and denied for subscriber name mismatch. Can someone correct the registration and resubmit? I fixed it in RIS already but billing pulls from the old demographics.

Precious Eze
Registration Lead""",
     'Fri, 22 Mar 2024 09:27:36 -0700', patient='de la Cruz y Ortega')

# =====================================================================
# PHI / self
# =====================================================================

mail('phi', 'self',
     'Teresa Quintanilla <tquintanilla69@gmail.com>',
     'northpoint@marrowfieldrad.com',
     'letter about my mammogram',
     """Hello,

My name is Teresa Quintanilla, date of birth 07/22/1969. I had my mammogram at your Northpoint office on Tuesday and today I got a letter saying I need to come back for "additional imaging" of my left side. I'm honestly pretty scared, my sister had breast cancer at 50.

Is there any way to get in this week? I can do any time Thursday or Friday. My cell is 541-555-0163.

Thank you,
Teresa

Sent from my iPhone""",
     'Thu, 07 Mar 2024 18:22:40 -0800', patient='Quintanilla')

mail('phi', 'self',
     'Carla Rivas <carla.rivas.home@yahoo.com>',
     'Riverside Imaging <riverside@marrowfieldrad.com>',
     'Mateo MRI on the 19th',
     """Hi,

My son Mateo Rivas (he's 6) is scheduled for an MRI of his head with sedation on the 19th at 8am. He's had a cough and a runny nose since the weekend and a little fever last night. Should we still come or reschedule? The sedation nurse said to call if he got sick but the phone line keeps going to voicemail.

Also I wanted to make sure it's on file that he's allergic to amoxicillin (he gets a rash).

Thanks,
Carla (Mateo's mom)
541-555-0178""",
     'Sun, 17 Mar 2024 20:05:12 -0700', patient='Rivas')

mail('phi', 'self',
     'Bart Fenn <bfenn.woodworks@gmail.com>',
     'Medical Records <records@marrowfieldrad.com>',
     'Request for CT images on disc',
     """To whom it may concern,

I'm Bartholomew Fenn and I had a CT of the chest with contrast at your Riverside location on March 3rd. I'm getting a second opinion at Pine Ridge Oncology and they asked me to bring the images and report. Could you please mail a disc to:

Dr. Sandra Whitcombe
Pine Ridge Oncology
2210 Larkspur Ave, Suite 300
Bend, OR 97702

Or I can pick it up, whatever is faster. My birthday is 11/02/1958 if you need it to find me.

Regards,
Bart Fenn""",
     'Mon, 11 Mar 2024 07:14:55 -0700', patient='Fenn')

mail('phi', 'self',
     'Lorraine Beaudry <lbeaudry@comcastmail.net>',
     'billing@marrowfieldrad.com',
     'Bill for biopsy - account 55102987',
     """I received a bill for $1,284.00 for my breast biopsy on January 8. My insurance (Keystone Meridian) says the prior authorization was never obtained by your office and they will not pay. I called twice and was told someone would call me back. Nobody did.

I did everything I was asked. I should not be responsible for your office's mistake. Please fix this with my insurance and send me a corrected statement. Account number 55102987.

Lorraine Beaudry""",
     'Tue, 12 Mar 2024 16:47:09 -0700', patient='Beaudry', cte='quoted-printable')

mail('phi', 'self',
     'Deb K <deborah.kwiatkowski@gmail.com>',
     'recall@marrowfieldrad.com',
     'Re: Important information about your mammogram',
     """got ur letter. i already had the ultrasound at county health last week, they said its just a cyst. do i still need to come in?? dont want to pay twice
-deb

On Fri, Mar 8, 2024 at 10:02 AM Northpoint Breast Center <recall@marrowfieldrad.com> wrote:
> Dear Patient,
> Your recent screening mammogram showed a finding that needs additional evaluation. This is common and most findings are not cancer. Please call 541-555-0150 to schedule.
""",
     'Sat, 16 Mar 2024 21:33:01 -0700', patient='Kwiatkowski')

mail('phi', 'self',
     'Min-seo Park <minseo.park.pdx@gmail.com>',
     'IR Nursing <irnursing@marrowfieldrad.com>',
     'my mother, kyphoplasty follow up',
     """Dear IR nurses,

I am writing for my mother, Mrs. Eun-ji Park, born 2 Nov 1941. She had a kyphoplasty at L1 with Dr. Holloway on February 20. The first week she was much better but the last 5 days she has new pain lower in the back and cannot sleep. She is taking Tylenol 500 mg three times a day. She does not speak much English so I am writing for her.

Should she come in for a new x-ray? Or should we go to her regular doctor first?

Thank you very much,
Min-seo Park (daughter)
971-555-0112""",
     'Wed, 20 Mar 2024 09:58:44 -0700', patient='Park')

mail('phi', 'self',
     'Samira Haddad <samira.h.haddad@icloud.com>',
     'patientquestions@marrowfieldrad.com',
     'Question: CT contrast while breastfeeding',
     """Hi, I'm Samira Haddad and I have a CT of my abdomen with contrast this Thursday at 3:30 at Eastgate. I'm nursing my 3-month-old. Do I need to pump and dump afterwards and for how long? My OB said it's fine but my mom is worried. Thanks! Samira""",
     'Mon, 25 Mar 2024 12:10:30 -0700', patient='Haddad',
     html="""<div dir="ltr"><div>Hi, I'm Samira Haddad and I have a CT of my abdomen with contrast this Thursday at 3:30 at Eastgate. I'm nursing my 3-month-old.</div><div><br></div><div>Do I need to pump and dump afterwards and for how long? My OB said it's fine but my mom is worried.</div><div><br></div><div>Thanks!</div><div>Samira</div></div>""")

# =====================================================================
# PHI / ids
# =====================================================================

mail('phi', 'ids',
     'Precious Eze <peze@marrowfieldrad.com>',
     'HIM <him@marrowfieldrad.com>',
     'duplicate reg - please merge',
     """Same lady registered twice last week, once at Eastgate and once at Riverside.

00417733
00417791

dob 3.4.88 on both, same address. The renal US and the follow-up KUB are split between the two. Please merge into the older one (733) so the radiologist sees both.

Precious""",
     'Mon, 04 Mar 2024 08:19:02 -0800', patient='')

mail('phi', 'ids',
     'Paulo Medeiros <pmedeiros@marrowfieldrad.com>',
     'Dr. Ruth Abernathy <rabernathy@marrowfieldrad.com>',
     'addendum needed RAD24-0088213',
     """Dr A - ortho called, they need an addendum on Acc# RAD24-0088213 (MRI R knee, pt dob 19520917). The report says medial meniscus but the key images are lateral, they think it's a typo. They're booking surgery off it so they want it corrected today.

Paulo, PACS admin""",
     'Tue, 05 Mar 2024 13:55:21 -0800', patient='')

mail('phi', 'ids',
     'Results Line <results@marrowfieldrad.com>',
     'Scheduling Team <sched@marrowfieldrad.com>',
     'call back - Brandt',
     """Please call Mr. Hollis Brandt at (541) 555-0182 about his CT colonography. Dr. Achebe wants him to know the study was read and that his PCP will go over the polyp finding with him, but he's asking to have a colonoscopy scheduled directly. DOB 4 Mar 1948. He's hard of hearing, speak up.""",
     'Wed, 06 Mar 2024 10:02:17 -0800', patient='Brandt')

mail('phi', 'ids',
     'Marcus Fenwick <mfenwick@marrowfieldrad.com>',
     'Utilization Mgmt <um.requests@kmhp.com>',
     'Auth request PET/CT - member KMH884120937',
     """Hello,

Submitting for urgent review; clinicals attached in the portal under ref WEB-2024-118872.

Patient: Rutherford, Anne
Member ID: KMH884120937   Group: 60231
DOB: 11/30/1957
CPT 78815 PET/CT skull base to mid-thigh
Ordering: Sandra Whitcombe MD, Pine Ridge Oncology, NPI 1649302218
Reason: restaging after completion of chemo, ordering MD wants it before the tumor board on 3/20.

Please call 541-555-0144 with any questions.

Marcus Fenwick
Prior Authorization Specialist
Marrowfield Radiology Associates
Fax 541-555-0199""",
     'Thu, 07 Mar 2024 09:31:40 -0800', patient='Rutherford', cte='quoted-printable')

mail('phi', 'ids',
     'Mobile Mammo Coach <mobilemammo@marrowfieldrad.com>',
     'Mammo Recall Team <recall@marrowfieldrad.com>',
     'new address for recall letter',
     """The recall letter for Cheryl Ann Moody came back undeliverable. She was screened on the coach at the Sayre Co-op on 2/15. She stopped by the coach today and gave us her new address:

1147 Old Quarry Rd, Apt 3
Sayre, KS 67452

Phone 620-555-0129 (landline, no texts). She still needs the spot compression views, could you re-send and flag for Tuesday's coach visit?

thanks, Gail""",
     'Fri, 08 Mar 2024 14:26:33 -0800', patient='Moody')

mail('phi', 'ids',
     'Latoya Simms CPC <lsimms@marrowfieldrad.com>',
     'Financial Counseling <fincounsel@marrowfieldrad.com>',
     'self-pay plan',
     """Can you set up a payment plan on this one:
Acct 7730-551-02
Last 4 SSN 4471
DOB 12-Jan-1975
Uterine fibroid embolization 2/6, insurance terminated 1/31 so it's all self-pay ($9,880 after the prompt-pay discount). She asked for 24 months. She's called twice and is pretty upset, please reach out today if you can.

LS""",
     'Mon, 11 Mar 2024 11:14:09 -0700', patient='')

mail('phi', 'ids',
     'Tolland Creek Radiology <radiology@tollandcreekhospital.org>',
     'Telerad Desk <telerad@marrowfieldrad.com>',
     'pending read - MRN TC-0045521',
     """Hi - ED is still waiting on the CT abd/pel for MRN TC-0045521, FIN 889120113, d.o.b. 1/5/47. Went over at 21:40. They're holding the OR, surgeon thinks appy vs perforated diverticulitis. Attending (Dr. Ruiz) wants a call at 555-0144 ext 22 the minute it's read.

Thx,
Bev, night CT tech""",
     'Tue, 12 Mar 2024 22:34:50 -0600', patient='')

mail('phi', 'ids',
     'Medical Records <records@marrowfieldrad.com>',
     'referrals@sayreortho.com',
     'Chart 3391207 - bone scan report',
     """Per your fax request of 3/12, attached is the report. Chart 3391207 - DOB 1961-08-14. Please let us know if you need the images pushed as well.

Medical Records
Marrowfield Radiology Associates
""" + DISCLAIMER,
     'Wed, 13 Mar 2024 15:40:12 -0700', patient='Szabo',
     atts=[('3391207_NM_bone.txt', """MARROWFIELD RADIOLOGY ASSOCIATES - RIVERSIDE
PATIENT: SZABO, ISTVAN          MRN: 3391207       DOB: 08/14/1961
EXAM: NM WHOLE BODY BONE SCAN   DATE: 03/08/2024   ACC: RAD24-0091550
REFERRING: KELLAN MOORE, MD (SAYRE ORTHOPEDICS)

HISTORY: Left hip pain, prior prostate cancer, rising PSA.

FINDINGS: Increased uptake in the left femoral neck and the L4 vertebral body.
Mild degenerative uptake in both knees and the cervical spine.

IMPRESSION: Two foci of abnormal uptake (left femoral neck, L4), suspicious
for metastatic disease in this clinical setting. Recommend correlation with
MRI of the pelvis and lumbar spine.

Electronically signed: Ruth Abernathy, MD  03/08/2024 16:22
""", 'text', 'plain')])

# =====================================================================
# PHI / lists
# =====================================================================

mail('phi', 'lists',
     'Denise Okoro RN <dokoro@marrowfieldrad.com>',
     'IR Team <ir-team@marrowfieldrad.com>',
     'IR huddle Tues 3/12',
     """Morning huddle list for tomorrow, Rm 2 and Rm 3. Labs pending where marked.

RM 2
 * 0730  Boateng, Kwame  64M  - port placement R IJ. INR 1.1, plt 210. NPO after MN. Needs interpreter (Twi)
 * 0930  Stroud, Deanna  58F  - paracentesis, last tap removed 4.2L. albumin ordered
 * 1100  Haskins, Lyle  77M  - G-tube exchange, coming from Cedar Hollow SNF by van
 * 1330  Varga, Eszter  45F  - UFE, overnight obs bed requested

RM 3
 * 0800  Ibarra, Tomás  39M  - renal bx (transplant). **labs pending** - hold if plt < 50
 * 1000  Whitfield, June  81F  - IVC filter retrieval, on Xarelto - held since Sat per Dr H
 * 1300  Chaudhry, Imran  52M  - thyroid FNA x2

Add-ons go through me. Sedation RN for Rm 3 is Kim.
-D""",
     'Mon, 11 Mar 2024 16:02:55 -0700', patient='Boateng;Stroud;Haskins;Varga;Ibarra;Whitfield;Chaudhry')

mail('phi', 'lists',
     'Renee Pak <rpak@marrowfieldrad.com>',
     'Mammo Recall Team <recall@marrowfieldrad.com>',
     'recall list wk of 3/4 - letters not confirmed',
     """Pasted from the tracking report, these are the ones where we have no scheduled diag yet. Letter 2 goes out Friday unless somebody books them.

Name\tDOB\tScreen date\tBI-RADS\tRecall for\tLetter 1
Hargrove, Patricia\t05/19/1963\t02/26/2024\t0\tL mass, add'l views + US\t02/28
Odum, Felicia\t10/02/1971\t02/26/2024\t0\tR calcs, mag views\t02/28
Trinh, Mai\t01/30/1980\t02/27/2024\t0\tR asymmetry, spot comp\t02/29
Beauchesne, Lise\t07/07/1955\t02/27/2024\t0\tL architectural distortion, DBT + US\t02/29
Kaur, Harpreet\t12/12/1968\t02/29/2024\t0\tbilat, technical recall (motion)\t03/01
Mendenhall, Rose\t03/03/1949\t03/01/2024\t0\tL mass, US\t03/04

Renee""",
     'Tue, 05 Mar 2024 09:44:18 -0800', patient='Hargrove;Odum;Trinh;Beauchesne;Kaur;Mendenhall')

tele_rows = [
    ['site', 'mrn', 'patient', 'dob', 'exam', 'priority', 'received', 'status'],
    ['TOLLAND CREEK', 'TC-0045870', 'GRAYBEARD, SAMUEL', '1939-06-02', 'CT HEAD WO', 'STAT', '2024-03-14 01:12', 'UNREAD'],
    ['TOLLAND CREEK', 'TC-0045871', 'ESPINOZA, LUZ', '1990-11-17', 'US PELVIS TRANSVAG', 'STAT', '2024-03-14 01:30', 'UNREAD'],
    ['SAYRE BASIN', 'SB-220981', 'MCALLISTER, DUNCAN', '1956-04-25', 'CTA CHEST PE', 'STAT', '2024-03-14 01:41', 'IN PROGRESS'],
    ['HATCHET LAKE CAH', 'HL-77120', 'REDCLOUD, WINONA', '2011-08-09', 'XR FOREARM 2V', 'ROUTINE', '2024-03-14 00:58', 'UNREAD'],
    ['SAYRE BASIN', 'SB-220990', 'PETROVIC, NIKOLA', '1972-02-14', 'CT ABD PEL W', 'URGENT', '2024-03-14 02:05', 'UNREAD'],
]
mail('phi', 'lists',
     'Telerad Desk <telerad@marrowfieldrad.com>',
     'Dr. Theo Brandvold <tbrandvold@marrowfieldrad.com>',
     'worklist backlog 0215 - pls look',
     """Theo - worklist export attached, PACS was frozen for ~20 min so these piled up. Tolland Creek is calling about the head CT. Dr. Ames is logging on to help with routines.

- desk""",
     'Thu, 14 Mar 2024 02:16:40 -0600', patient='Graybeard;Espinoza;McAllister;Redcloud;Petrovic',
     atts=[('telerad_unread_0215.csv', csv_text(tele_rows), 'text', 'csv')])

mail('phi', 'lists',
     'Marcus Fenwick <mfenwick@marrowfieldrad.com>',
     'Joanne Tillery <jtillery@marrowfieldrad.com>',
     'auths still pending for next wk',
     """Joanne, these are on next week's schedule and still have no auth. I'd push the two Sunbelt ones unless the docs do peer-to-peer by Monday.

PATIENT               DOB         PAYER        EXAM            DOS    STATUS
--------------------  ----------  -----------  --------------  -----  -----------------
Lindgren, Harold      02/11/1950  Keystone Mer MRI brain w/wo  03/18  clinicals sent 3/8
Abubakar, Zainab      09/23/1984  Sunbelt Mut  MRI pelvis      03/19  denied-P2P needed
Castellano, Rocco     06/30/1966  Sunbelt Mut  PET/CT         03/19  denied-P2P needed
Whitley, Bonnie       01/04/1977  Cascadia MA  CT cardiac      03/20  pending
Nakamura, Ken         08/08/1959  Keystone Mer MRI L-spine     03/21  pending

Marcus""",
     'Fri, 15 Mar 2024 10:37:21 -0700', patient='Lindgren;Abubakar;Castellano;Whitley;Nakamura', cte='base64')

mail('phi', 'lists',
     'Dr. Ruth Abernathy <rabernathy@marrowfieldrad.com>',
     'Dr. Theo Brandvold <tbrandvold@marrowfieldrad.com>',
     'signout 3/15',
     """Theo - handoff for tonight. Nothing on fire.

| Pt | Site | Study | Issue |
|----|------|-------|-------|
| Okwuosa, Chidi | Sayre Basin | CT A/P | prelim called as SBO, surgeon wants f/u film at 2200 - pls read |
| Fairbanks, Lenore | Tolland Creek | CXR | ? new R effusion, compare w/ tomorrow AM film |
| Dlamini, Sipho | Riverside | MRI C-spine | final pending, spine surgeon will call you |
| "baby boy Hendricks" | Sayre Basin | US head | NICU transfer possible, call Dr. Fong 555-0107 with result |

r.""",
     'Fri, 15 Mar 2024 17:55:09 -0700', patient='Okwuosa;Fairbanks;Dlamini;Hendricks')

bx_rows = [
    ['Appt Date', 'Time', 'Location', 'Last Name', 'First Name', 'DOB', 'MRN', 'Procedure', 'Laterality', 'Anticoag', 'Phone'],
    ['03/25/2024', '08:00', 'Northpoint', 'Hollister', 'Dana', '04/14/1966', '00512094', 'US CORE BX BREAST', 'L', 'N', '541-555-0118'],
    ['03/25/2024', '09:30', 'Northpoint', 'Oyelaran', 'Funmilayo', '09/09/1978', '00498871', 'STEREO BX BREAST', 'R', 'N', '541-555-0191'],
    ['03/25/2024', '11:00', 'Northpoint', 'Sokolova', 'Irina', '12/01/1959', '00387745', 'MRI GUIDED BX', 'R', 'ASA 81', '503-555-0166'],
    ['03/26/2024', '08:00', 'Northpoint', 'Benally', 'Cheyenne', '06/21/1985', '00530012', 'US CORE BX AXILLA', 'L', 'N', '928-555-0140'],
    ['03/26/2024', '10:00', 'Northpoint', 'Thibodeaux', 'Marguerite', '02/27/1952', '00301128', 'STEREO BX BREAST', 'L', 'CLOPIDOGREL', '541-555-0155'],
]
mail('phi', 'lists',
     'Northpoint Scheduling <northpoint@marrowfieldrad.com>',
     'Lakeshore Breast Surgery <office@lakeshorebreastsurgery.com>',
     'Biopsy schedule 3/25-3/26 (zipped)',
     """Hi Joyce,

Attached is the biopsy schedule export for Monday/Tuesday so your office can plan the follow-up visits. Zipped because our mail gateway strips .csv files from external mail.

Have a good weekend,
Northpoint Scheduling""",
     'Fri, 22 Mar 2024 15:02:33 -0700', patient='Hollister;Oyelaran;Sokolova;Benally;Thibodeaux',
     atts=[('bx_sched_0325_0326.zip', zip_bytes([('bx_sched_0325_0326.csv', csv_text(bx_rows))]), 'application', 'zip')])

ns_rows = [
    ['MRN', 'Patient Name', 'DOB', 'Exam', 'Appt', 'Reason / notes', 'Calls'],
    ['00455120', 'Delgado-Reyes, Ana Lucia', '1979-03-08', 'MRI BREAST BILAT W/WO', '2024-03-11 07:30', 'no show - pt says no ride', 2],
    ['00460331', 'Fitzwilliam, Conor', '1968-10-19', 'MRI PROSTATE MP', '2024-03-11 13:00', 'cancelled same day, anxious re: coil', 1],
    ['00421987', 'Sandoval, Esteban', '1991-01-25', 'MRI KNEE L WO', '2024-03-12 09:15', 'no show', 3],
    ['00466702', 'Mbeki, Thandiwe', '1983-07-12', 'MRI BRAIN W/WO (MS f/u)', '2024-03-13 16:45', 'no show - message left', 1],
    ['00399410', 'Grünewald, Heike', '1947-05-30', 'MRI ABD MRCP', '2024-03-14 10:00', 'arrived late, rescheduled', 0],
]
mail('phi', 'lists',
     'Joanne Tillery <jtillery@marrowfieldrad.com>',
     'Ops Managers <opsmgr@marrowfieldrad.com>',
     'MRI no-show list last week',
     """Attached is the MRI no-show / late cancel list for 3/11-3/15 for the ops meeting. The MS follow-up and the prostate one need re-booking before the end of the month, the docs are asking.

Joanne""",
     'Mon, 18 Mar 2024 08:12:46 -0700', patient='Delgado-Reyes;Fitzwilliam;Sandoval;Mbeki;Grünewald',
     atts=[('MRI_noshow_wk11.xlsx', xlsx_bytes(ns_rows, 'No-shows'), 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

# =====================================================================
# PHI / struct
# =====================================================================

mail('phi', 'struct',
     'Kevin Arbuckle <karbuckle@marrowfieldrad.com>',
     'Interface Support <support@meridianhie.net>',
     'ORU not filing to Westbrook EHR - ticket 44190',
     """Hi,

The result below went out of our RIS at 14:02 but Westbrook says it never hit their inbox. Our engine shows an ACK AA. Can you check on your side whether it got hung up? I think it's the OBX-5 length but not sure.

MSH|^~\\&|MFRAD_RIS|MARROWFIELD|HIE|WESTBROOK_FM|20240305140211||ORU^R01|MF0305140211883|P|2.5.1
PID|1||00488213^^^MFRAD^MR||ALVARADO^BEATRIZ^E||19740612|F|||822 Hemlock St^^Redmond^OR^97756||(541)555-0124
PV1|1|O|NPT^MAMMO^1||||1427739901^LEGGETT^PAUL^^^^DO
OBR|1|ORD552198|RAD24-0090412|77067^MAMMO SCREENING BILAT W CAD^CPT|||20240304091500|||||||||1427739901^LEGGETT^PAUL||||||20240305140000||MG|F
OBX|1|TX|77067^MAMMO SCREENING||Breast density: heterogeneously dense.~Finding: 8 mm irregular mass right breast 10:00 middle depth, not seen on prior.~IMPRESSION: BI-RADS 0, incomplete. Recall for diagnostic mammogram and ultrasound.||||||F

Thanks,
Kevin Arbuckle
Integration Analyst, Marrowfield Radiology IT
Ticket #44190""",
     'Tue, 05 Mar 2024 15:20:08 -0800', patient='Alvarado')

hl7_orm = ("MSH|^~\\&|TC_MEDITECH|TOLLAND_CREEK|MF_TELERAD|MARROWFIELD|20240309015811||ORM^O01|TC0309015811|P|2.3\r"
           "PID|1||TC-0045102^^^TCCH^MR~558-21-9043^^^SSA^SS||TSOSIE^RAYMOND^J||19520811|M|||RR 2 Box 140^^Tolland^MT^59078||406-555-0132\r"
           "PV1|1|E|ED^03^A||||8820014412^INGRAM^WESLEY^^^^MD\r"
           "ORC|NW|TC240309-0017||||||||||8820014412^INGRAM^WESLEY\r"
           "OBR|1|TC240309-0017||70450^CT HEAD WO CONTRAST^CPT|S|20240309015500|||||||FALL ON ANTICOAGULATION, HEAD STRIKE\r"
           "DG1|1|I10|W19.XXXA^UNSPECIFIED FALL, INITIAL^I10\r")
mail('phi', 'struct',
     'Interface Engine <hl7alerts@marrowfieldrad.com>',
     'Kevin Arbuckle <karbuckle@marrowfieldrad.com>',
     '[ALERT] Channel TC_ORM_IN: message errored (1)',
     """Channel: TC_ORM_IN
Error: PID-3 repetition contains unsupported assigning authority SSA
Time: 2024-03-09 01:58:12
Message saved to attachment.

-- Mirthy alerting, do not reply --""",
     'Sat, 09 Mar 2024 01:58:13 -0700', patient='Tsosie',
     atts=[('TC0309015811.hl7', hl7_orm, 'text', 'plain')])

mail('phi', 'struct',
     'Latoya Simms CPC <lsimms@marrowfieldrad.com>',
     'Clearinghouse Support <support@claimbridge-edi.com>',
     'RE: 277CA rejection batch 0311 - loop 2010BA',
     """Hi Dmitri,

Here's the segment set for the one that's bouncing, straight out of the 837 file. Rejection says subscriber ID invalid but it matches the card. Is it the trailing suffix?

NM1*IL*1*KOVACEVIC*MILAN*D***MI*SBM55820917-01~
N3*4418 CANYON RIM DR~
N4*BEND*OR*977014321~
DMG*D8*19660419*M~
SBR*P*18*GRP7720******CI~
CLM*MF24031188*1420.00***22:B:1*Y*A*Y*Y~
DTP*472*D8*20240226~
HI*ABK:R10.31~
SV1*HC:74177*1420.00*UN*1***1~

Thanks
Latoya

-----Original Message-----
From: Clearinghouse Support <support@claimbridge-edi.com>
Sent: Monday, March 11, 2024 4:02 PM
Subject: 277CA rejection batch 0311 - loop 2010BA

Please provide the segments for claim MF24031188 so we can review.
""",
     'Tue, 12 Mar 2024 09:11:55 -0700', patient='Kovacevic')

mail('phi', 'struct',
     'Latoya Simms CPC <lsimms@marrowfieldrad.com>',
     'Billing <billing@marrowfieldrad.com>',
     'Sunbelt 835 - underpaid IR claims',
     """Posting this 835 piece so everyone sees the pattern, Sunbelt is paying the UFE at the facility rate. Patient two was the one who already called in.

CLP*MF24020331*1*9880*2114.62*0*12*SB24067712001*11*1~
NM1*QC*1*OYELOWO*ADAEZE****MI*SUN300218847~
NM1*82*2*MARROWFIELD RADIOLOGY ASSOCIATES*****XX*1992047731~
DTM*232*20240206~
SVC*HC:37243*9880*2114.62**1~
CAS*CO*45*7765.38~
CLP*MF24020519*1*6150*1380.00*0*12*SB24067712002*11*1~
NM1*QC*1*HALVORSEN*GRETA*L***MI*SUN300377120~
DTM*232*20240213~
SVC*HC:37241*6150*1380**1~
CAS*CO*45*4770~

I'll appeal both once the contract team confirms the fee schedule.
LS""",
     'Wed, 13 Mar 2024 14:50:21 -0700', patient='Oyelowo;Halvorsen')

mail('phi', 'struct',
     'Marcus Fenwick <mfenwick@marrowfieldrad.com>',
     'Precious Eze <peze@marrowfieldrad.com>',
     'FW: eligibility 271 - coverage says inactive?',
     """Precious - the 271 came back inactive for tomorrow's MRI. Can you call her before she drives in from Prineville? Raw response below.

ISA*00*          *00*          *ZZ*CASCADIAMA     *ZZ*MFRAD          *240314*1022*^*00501*000008812*0*P*:~
GS*HB*CASCADIAMA*MFRAD*20240314*1022*8812*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*MF270-88120*20240314*1022~
HL*1**20*1~
NM1*PR*2*CASCADIA MEDICAID ADVANTAGE*****PI*CMA01~
HL*2*1*21*1~
NM1*1P*2*MARROWFIELD RADIOLOGY ASSOCIATES*****XX*1992047731~
HL*3*2*22*0~
NM1*IL*1*WAPATO*CORINNE*R***MI*CMA771230984~
DMG*D8*19890203*F~
EB*6**30~
DTP*307*RD8*20230101-20240229~
SE*12*0001~

M""",
     'Thu, 14 Mar 2024 10:30:07 -0700', patient='Wapato')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "mf-00471288",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00471288"}],
        "name": [{"family": "Achterberg", "given": ["Willem", "J"]}],
        "gender": "male",
        "birthDate": "1963-12-02",
        "telecom": [{"system": "phone", "value": "541-555-0173", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "ImagingStudy",
        "id": "rad24-0093317",
        "status": "available",
        "subject": {"reference": "Patient/mf-00471288"},
        "started": "2024-03-15T10:42:00-07:00",
        "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "MR"}],
        "description": "MRI PROSTATE MULTIPARAMETRIC W/WO",
        "numberOfSeries": 7,
        "numberOfInstances": 612
      }
    },
    {
      "resource": {
        "resourceType": "DiagnosticReport",
        "status": "final",
        "subject": {"reference": "Patient/mf-00471288"},
        "code": {"text": "MRI PROSTATE"},
        "conclusion": "PI-RADS 4 lesion left peripheral zone midgland, 11 mm. Targeted biopsy recommended."
      }
    }
  ]
}
"""
mail('phi', 'struct',
     'Dev Raghunathan <draghunathan@marrowfieldrad.com>',
     'api-support@uroconnect.health',
     'FHIR bundle rejected by your endpoint (422)',
     """Hello UroConnect team,

We're trying to push finished prostate MRI results to your practice's FHIR endpoint as agreed. This bundle gets a 422 with no OperationOutcome detail. Full payload attached. Is the ImagingStudy missing a required element on your profile?

Thanks,
Dev Raghunathan
Integration Engineer, Marrowfield Radiology""",
     'Fri, 15 Mar 2024 16:04:39 -0700', patient='Achterberg',
     atts=[('bundle_rad24-0093317.json', fhir.encode('utf-8'), 'application', 'json')])

ccd = """<recordTarget>
  <patientRole>
    <id extension="00502277" root="2.16.840.1.113883.3.9921.1"/>
    <addr use="HP">
      <streetAddressLine>63 Juniper Hollow Ln</streetAddressLine>
      <city>Sisters</city><state>OR</state><postalCode>97759</postalCode>
    </addr>
    <telecom use="HP" value="tel:+1-541-555-0186"/>
    <patient>
      <name use="L"><given>Rosalind</given><family>Treadwell-Obi</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19570528"/>
    </patient>
  </patientRole>
</recordTarget>
...
<section>
  <code code="18782-3" codeSystem="2.16.840.1.113883.6.1" displayName="Radiology Study observation"/>
  <title>Imaging</title>
  <text>CT chest wo contrast 03/01/2024: stable 9 mm RUL nodule, unchanged from 09/2023. Lung-RADS 2.</text>
</section>"""
mail('phi', 'struct',
     'Kevin Arbuckle <karbuckle@marrowfieldrad.com>',
     'Paulo Medeiros <pmedeiros@marrowfieldrad.com>',
     'CCD from Cascadia - recordTarget wrong?',
     """Paulo, the CCD we got back from Cascadia for the lung screening pt has the family name with the hyphen getting split when our import maps it. Snippet:

""" + ccd + """

Our side shows her as "TREADWELL, OBI ROSALIND". Do you remember which XSLT we changed last fall?

K""",
     'Mon, 18 Mar 2024 11:26:03 -0700', patient='Treadwell-Obi')

# =====================================================================
# PHI / lang
# =====================================================================

mail('phi', 'lang',
     'Rosa Elena Maldonado <rosaelena.mald@hotmail.com>',
     'northpoint@marrowfieldrad.com',
     'Carta de mamografía',
     """Buenas tardes,

Soy Rosa Elena Maldonado Ruiz. Me hicieron la mamografía el 26 de febrero en Northpoint y ayer me llegó una carta en inglés que dice que tengo que regresar para más imágenes y un ultrasonido del seno derecho. No entiendo bien la carta. ¿Es algo grave? ¿Tienen a alguien que hable español para explicarme?

Mi fecha de nacimiento es 15/08/1970. Puedo ir cualquier día después de las 3 de la tarde porque trabajo en la mañana.

Muchas gracias,
Rosa""",
     'Fri, 01 Mar 2024 17:40:22 -0800', patient='Maldonado', cte='8bit')

mail('phi', 'lang',
     'Célia Moraes <cmoraes@marrowfieldrad.com>',
     'conceicao.albuquerque58@gmail.com',
     'Sua ressonância do joelho foi remarcada',
     """Prezada Sra. Conceição Albuquerque,

Conforme conversamos por telefone, a sua ressonância magnética do joelho esquerdo foi remarcada para quarta-feira, 20 de março, às 10h15, na unidade Eastgate (1880 NE Falcon Way).

Lembretes:
- Chegue 20 minutos antes.
- Retire brincos, anéis e qualquer objeto de metal.
- Como a senhora tem o marca-passo novo, traga o cartão do aparelho. O Dr. Castellanos precisa ver o modelo antes do exame, senão não poderemos fazer a ressonância.

Se precisar de intérprete, é só avisar. Qualquer dúvida, pode me ligar no 541-555-0139.

Atenciosamente,
Célia Moraes
Agendamento - Marrowfield Radiology""",
     'Mon, 11 Mar 2024 13:05:50 -0700', patient='Albuquerque', cte='base64')

mail('phi', 'lang',
     'Trần Thu Hằng <thuhang.tran88@gmail.com>',
     'Riverside Imaging <riverside@marrowfieldrad.com>',
     'Kết quả CT phổi của bố tôi',
     """Chào anh chị,

Bố tôi là ông Trần Văn Minh, sinh ngày 12/06/1950. Ông đã chụp CT phổi ở Riverside vào ngày 5 tháng 3. Bác sĩ gia đình nói là có một nốt nhỏ ở phổi phải và cần chụp lại sau 3 tháng, nhưng bố tôi không hiểu tiếng Anh nên rất lo lắng.

Xin cho tôi biết khi nào có thể đặt lịch chụp lại, và có cần nhịn ăn trước khi chụp không? Tôi sẽ đưa bố đi.

Cảm ơn nhiều,
Hằng (con gái)
503-555-0147""",
     'Tue, 12 Mar 2024 20:14:03 -0700', patient='Trần Văn Minh')

mail('phi', 'lang',
     'Marie-Claude Désir <mcdesir.bend@yahoo.com>',
     'northpoint@marrowfieldrad.com',
     'randevou byopsi lendi',
     """Bonjou,

Mwen rele Marie-Claude Désir. Mwen gen randevou pou byopsi tete goch mwen lendi 25 mas a 9è30 nan Northpoint. Enfimyè a te di m pou m sispann pran aspirin 5 jou anvan, men doktè kè mwen an di m pa kanpe li. Kisa pou m fè?

Anplis, èske m ka kondi tèt mwen lakay apre byopsi a oswa fòk mwen vini ak yon moun?

Mèsi anpil,
Marie-Claude
541-555-0194""",
     'Wed, 20 Mar 2024 08:47:31 -0700', patient='Désir', cte='8bit')

mail('phi', 'lang',
     'Ольга Кузнецова <olga.kuznetsova.66@mail.ru>',
     'records@marrowfieldrad.com',
     'Результаты МРТ',
     """Здравствуйте!

Меня зовут Кузнецова Ольга Викторовна, дата рождения 14.09.1966. 8 марта я делала МРТ поясничного отдела позвоночника в вашем центре Riverside. Мой невролог, доктор Павлова, до сих пор не получила заключение.

Пожалуйста, отправьте заключение и снимки ей по факсу 541-555-0102 или мне на эту почту. Боль в ноге усиливается, и мне нужно срочно решить вопрос об уколе.

С уважением,
Ольга""",
     'Thu, 14 Mar 2024 07:33:48 -0700', patient='Кузнецова', cte='base64')

mail('phi', 'lang',
     'Rowena Dimaculangan <rowena.dimac@gmail.com>',
     'Eastgate Imaging <eastgate@marrowfieldrad.com>',
     'Re: ultrasound ng tatay ko',
     """Hi po, magandang araw!

Ako po si Rowena, anak ni Mr. Ernesto Dimaculangan. Naka-schedule po siya for liver ultrasound sa Friday 3/22, 8am. Tanong ko lang po, kailangan ba talaga siyang mag-fasting simula midnight? Diabetic po kasi siya at nag-iinsulin, baka bumaba yung sugar niya. Pwede po ba siyang kumain ng konti o uminom ng juice?

Salamat po,
Rowena
(503) 555-0109""",
     'Mon, 18 Mar 2024 19:26:12 -0700', patient='Dimaculangan')

mail('phi', 'lang',
     'Faisal Al-Zahrani <faisal.zahrani91@outlook.com>',
     'IR Nursing <irnursing@marrowfieldrad.com>',
     'استفسار عن إجراء والدي',
     """السلام عليكم،

أنا فيصل، ابن المريض خالد عبد الله الزهراني. والدي لديه موعد لتركيب فلتر في الوريد الأجوف يوم الثلاثاء ٢٦ مارس مع الدكتور هولواي. هو يأخذ دواء مميع للدم (إليكويس) مرتين في اليوم.

متى يجب أن يتوقف عن الدواء قبل العملية؟ وهل يحتاج أن يبقى في المستشفى ليلة بعد الإجراء؟

شكراً جزيلاً،
فيصل
رقم الجوال: 541-555-0121""",
     'Thu, 21 Mar 2024 10:52:27 -0700', patient='الزهراني')

mail('phi', 'lang',
     '陈美玲 <meiling.chen.72@163.com>',
     'patientquestions@marrowfieldrad.com',
     '关于我的腹部CT报告',
     """您好，

我叫陈美玲，出生日期1972年5月3日。我上周三（3月13日）在Eastgate做了腹部增强CT。我的家庭医生说报告里写肝脏有一个1.5厘米的“血管瘤”，建议再做核磁共振。

请问核磁共振需要预约多久？我的保险需要先批准吗？我英文不太好，如果可以请用中文回复，或者打电话给我女儿：541-555-0168。

谢谢！
陈美玲""",
     'Tue, 19 Mar 2024 21:08:55 -0700', patient='陈美玲', cte='base64')

# =====================================================================
# CLEAN / admin
# =====================================================================

mail('clean', 'admin',
     'Joanne Tillery <jtillery@marrowfieldrad.com>',
     'CT-MRI Techs <ctmri-techs@marrowfieldrad.com>',
     'Tech schedule wk of 3/18 + call swaps',
     """Hi all, schedule for next week is below. Swaps need to be approved by me, not just traded in the group chat please.

            MON      TUE      WED      THU      FRI      SAT
Riverside   Tyler    Tyler    Ngozi    Ngozi    Tyler    Bryce
Eastgate    Carmen   Ari      Carmen   Ari      Carmen   --
MRI open    Danny    Danny    Shauna   Shauna   Danny    Shauna
On call     Bryce    Carmen   Tyler    Danny    Ari      Ngozi

On-call pager is 541-555-0100, backup is my cell 541-555-0131.
Reminder that contrast reaction mock drills are Wed 3/20 at 7am in the Riverside CT room, attendance counts for your annual competency.

Joanne Tillery
Scheduling Supervisor | Marrowfield Radiology Associates""",
     'Thu, 14 Mar 2024 16:20:00 -0700')

mail('clean', 'admin',
     'Marrowfield IT Service Desk <servicedesk@marrowfieldrad.com>',
     'Dr. Ruth Abernathy <rabernathy@marrowfieldrad.com>',
     '[INC0048812] PACS workstation RR3-WS2 - dictation mic not detected',
     """Hello Dr. Abernathy,

Your incident INC0048812 has been updated.

State: In Progress
Assigned to: Kevin Arbuckle
Configuration item: RR3-WS2 (Reading Room 3, Riverside)
Short description: PowerScribe mic not detected after Windows update KB5035845

Work notes:
Rolled back the USB audio driver remotely. Please log out and back in. If the SpeechMike still shows red, we will swap the unit; spare is in the IT cage, asset tag MF-AV-0381.

To reply, keep [INC0048812] in the subject line.

Marrowfield IT Service Desk | ext 4357 | 541-555-0143""",
     'Fri, 08 Mar 2024 09:47:31 -0800')

mail('clean', 'admin',
     'Accounts Receivable <ar@contrastflow-services.com>',
     'Accounts Payable <ap@marrowfieldrad.com>',
     'Invoice INV-20931 - injector PM, Riverside and Eastgate',
     """Dear Accounts Payable,

Please find the invoice summary for preventive maintenance completed on your power injectors.

Invoice: INV-20931
PO: MF-PO-7710
Date: 02/29/2024
Terms: Net 30

  Qty  Description                                      Amount
  2    Annual PM, CT dual-head injector (SN CF4-11802,  $1,840.00
       CF4-11937)
  1    Annual PM, MR injector (SN CFM-0571)              $1,120.00
  1    Pressure transducer replacement                   $  385.00
                                                         ---------
                                            Total        $3,345.00

Remit to: ContrastFlow Services LLC, PO Box 4410, Tacoma WA 98401
Questions: Brenda Koller, 253-555-0190

Thank you for your business.""",
     'Mon, 04 Mar 2024 10:15:22 -0800')

mail('clean', 'admin',
     'HR Benefits <benefits@marrowfieldrad.com>',
     'All Staff <allstaff@marrowfieldrad.com>',
     'Reminder: benefits changes due 3/31 + new EAP vendor',
     """Hi everyone,

A few reminders from HR:

1. Mid-year benefits window closes March 31. If you had a qualifying life event (marriage, new baby, loss of other coverage) you can change your medical, dental or vision election. Bring documentation to HR or upload it in Workday.

2. Our Employee Assistance Program is moving to Harborview Wellness on April 1. Counseling sessions (6 free per issue), legal and financial consults stay the same. New number: 1-800-555-0177.

3. Flu and COVID shot compliance: if you got yours outside of our clinic, please send the card to employeehealth@marrowfieldrad.com.

4. Open positions: MRI tech (Eastgate), IR RN (per diem), scheduler (bilingual Spanish).

Questions? Reach out to Tamsin Yeager, HR Generalist, x2210.

Thanks!
HR""",
     'Tue, 12 Mar 2024 08:00:00 -0700',
     html="""<html><body><p>Hi everyone,</p><p>A few reminders from HR:</p><ol>
<li><b>Mid-year benefits window closes March 31.</b> If you had a qualifying life event (marriage, new baby, loss of other coverage) you can change your medical, dental or vision election. Bring documentation to HR or upload it in Workday.</li>
<li>Our Employee Assistance Program is moving to <b>Harborview Wellness</b> on April 1. Counseling sessions (6 free per issue), legal and financial consults stay the same. New number: 1-800-555-0177.</li>
<li>Flu and COVID shot compliance: if you got yours outside of our clinic, please send the card to employeehealth@marrowfieldrad.com.</li>
<li>Open positions: MRI tech (Eastgate), IR RN (per diem), scheduler (bilingual Spanish).</li></ol>
<p>Questions? Reach out to Tamsin Yeager, HR Generalist, x2210.</p><p>Thanks!<br>HR</p></body></html>""")

mail('clean', 'admin',
     'Facilities <facilities@marrowfieldrad.com>',
     'Riverside Staff <riverside-staff@marrowfieldrad.com>',
     'MRI 1 down Sat 3/23 for helium fill + chiller service',
     """All,

MRI 1 at Riverside will be out of service Saturday 3/23 from 06:00 to about 14:00. Vendor is doing the helium top-off (we're at 68%) and replacing the chiller compressor. Work order WO-11874.

- Scheduling has already moved Saturday's MRI 1 slots to MRI 2 and Eastgate.
- Zone IV will be locked, do not enter even if the door is open. The quench pipe cap will be off for part of the day.
- Loading dock will be blocked 06:00-08:00 for the dewar delivery.

Contact: Ramon Estrada, facilities lead, cell 541-555-0158.

Thanks,
Facilities""",
     'Mon, 18 Mar 2024 12:34:17 -0700')

mail('clean', 'admin',
     'Latoya Simms CPC <lsimms@marrowfieldrad.com>',
     'Billing <billing@marrowfieldrad.com>',
     'ClaimBridge upgrade Sat night - hold batches',
     """Team,

ClaimBridge is moving us to their new 5010 gateway this Saturday (3/16) 22:00 to Sunday 04:00. Please:

- do NOT release 837 batches after 5pm Friday. Batch IDs B2403150001-B2403150040 will go out Friday at noon.
- 835 ERAs for Keystone Meridian and Sunbelt will be delayed a day, so posting starts Tuesday.
- our new submitter ID is MFR7710, the old one (MFR0042) stops working Monday.

If you see 999 rejections with "IK5*R" on Monday morning tell me before you resubmit anything.

Latoya Simms, CPC
Revenue Cycle Manager""",
     'Wed, 13 Mar 2024 17:02:44 -0700')

mail('clean', 'admin',
     'Medical Staff Office <credentialing@marrowfieldrad.com>',
     'Dr. Gareth Holloway <gholloway@marrowfieldrad.com>',
     'Reappointment packet - Sayre Basin Memorial privileges',
     """Dr. Holloway,

Your privileges at Sayre Basin Memorial expire 5/31/2024. Their medical staff office needs the following by April 15:

- Signed reappointment application (attached in DocuSign, envelope 7F2A-19C0)
- Current DEA certificate (ours on file expires 06/30/2024)
- Case log for the last 24 months, IR procedures only
- Proof of CME: 50 hours, incl. 8 hours radiation safety
- TB screening attestation

For reference: NPI 1275530984, Oregon license MD-29917, board cert ABR DR/IR through 2031.

Thank you,
Noreen Pascoe, CPMSM
Medical Staff Services | 541-555-0126""",
     'Wed, 20 Mar 2024 09:15:40 -0700')

# =====================================================================
# CLEAN / lookalike
# =====================================================================

mail('clean', 'lookalike',
     'Cedar Creek Veterinary Hospital <frontdesk@cedarcreekvet.com>',
     'Megan Tolliver <mtolliver.home@gmail.com>',
     "Biscuit's x-ray results and medication",
     """Hi Megan,

Dr. Ambrose reviewed Biscuit's hip x-rays from this morning. As we suspected, he has moderate hip dysplasia on the left side and early arthritis in both hips. No fractures.

Plan:
- Carprofen 75 mg, 1 tablet twice daily with food, for 14 days
- Start a joint supplement (we have Dasuquin at the front desk)
- Recheck in 4 weeks; if he's still limping we'll discuss a referral to the orthopedic surgeon at Cascade Veterinary Specialists

Patient ID: 22817 (Biscuit, 7 yr M/N Golden Retriever, 34.2 kg)
Invoice #CCV-88104 has been emailed separately.

Give him a scratch for us!
Cedar Creek Veterinary Hospital
541-555-0193""",
     'Tue, 05 Mar 2024 14:20:31 -0800')

mail('clean', 'lookalike',
     'Summit Fitness Club <memberservices@summitfitnessclub.com>',
     'Jordan Ellery <jellery@fastmail.com>',
     'Your membership freeze request #MF-44810',
     """Hi Jordan,

We've approved your request to freeze your membership (Member #GF-20931) starting April 1 for up to 90 days. Your monthly dues of $49.00 will pause during this time, and a $5/month hold fee applies.

Your personal training package (6 sessions remaining with coach Dani) will also be frozen. When you come back, we'd recommend booking a free movement assessment before jumping back into heavy lifting.

Get well soon and see you back on the floor!

Summit Fitness Club - Member Services
1-888-555-0116""",
     'Wed, 13 Mar 2024 11:05:09 -0700')

mail('clean', 'lookalike',
     'High Desert Credit Union <alerts@highdesertcu.org>',
     'Roberta Vance <rvance77@gmail.com>',
     'Member #0088-4412: your auto loan payment was received',
     """Dear Roberta Vance,

Thank you! We received your payment of $412.37 on 03/15/2024 for loan ID AL-2022-00917.

Member number: 0088-4412
Next payment due: 04/15/2024
Remaining balance: $8,903.15

To update your contact information or date of birth on file, sign in to online banking or visit any branch. We will never ask for your PIN by email.

High Desert Credit Union | Routing 323270011 | Federally insured by NCUA""",
     'Fri, 15 Mar 2024 06:02:11 -0700')

mail('clean', 'lookalike',
     'Cascadia Air <reservations@cascadiaair.com>',
     'Theodore Mwangi <tmwangi@outlook.com>',
     'Your trip confirmation - PDX to BOS - Record locator QZ7K4M',
     """Thanks for flying Cascadia Air, Theodore.

Record locator: QZ7K4M
Passenger: MWANGI/THEODORE MR
Frequent flyer #: CA 4471 0938 21
Ticket number: 0277180552913

Flight CA 612   Sat 06 Apr   PDX 06:15 -> BOS 14:47   Seat 14C   Main Cabin
Flight CA 615   Sun 14 Apr   BOS 17:30 -> PDX 20:58   Seat 22A   Main Cabin

Need extra help at the airport? You can add special service requests anytime in Manage Trip.

Checked bag fees apply. Have a great trip!""",
     'Sun, 17 Mar 2024 10:44:00 -0700',
     html="""<html><body style="font-family:Arial"><h2>Thanks for flying Cascadia Air, Theodore.</h2>
<table border="0" cellpadding="4"><tr><td>Record locator</td><td><b>QZ7K4M</b></td></tr>
<tr><td>Passenger</td><td>MWANGI/THEODORE MR</td></tr>
<tr><td>Frequent flyer #</td><td>CA 4471 0938 21</td></tr>
<tr><td>Ticket number</td><td>0277180552913</td></tr></table>
<p>CA 612 Sat 06 Apr PDX 06:15 &rarr; BOS 14:47 Seat 14C<br>CA 615 Sun 14 Apr BOS 17:30 &rarr; PDX 20:58 Seat 22A</p>
<p>Need extra help at the airport? You can add special service requests anytime in Manage Trip.</p></body></html>""")

mail('clean', 'lookalike',
     'Granite Mutual Auto Claims <claims@granitemutual.com>',
     'Desmond Okafor-Hale <dokaforhale@gmail.com>',
     'Claim AC-7731902 - estimate approved',
     """Dear Desmond,

Your collision claim AC-7731902 (2019 Subaru Outback, VIN 4S4BSANC5K3318820, date of loss 03/02/2024) has been reviewed.

The estimate from Redmond Auto Body for $4,216.80 (rear bumper cover, liftgate, tail lamp assembly, paint/blend) has been approved less your $500 deductible. Payment will be sent directly to the shop.

Policy number: GMA-OR-5520183
Adjuster: Priscilla Watanabe, 800-555-0142 ext 3318

Rental coverage: up to 14 days at $40/day with Enterprise, reservation #7734019.

Sincerely,
Granite Mutual Insurance - Auto Claims""",
     'Tue, 19 Mar 2024 13:27:55 -0700', cte='quoted-printable')

mail('clean', 'lookalike',
     'Ironwood Tree Care <office@ironwoodtreecare.com>',
     'Harriet Lomax <hlomax.bend@gmail.com>',
     'Diagnosis & treatment plan for your oak',
     """Hi Harriet,

Thanks for having Will out on Friday. His notes on the big Oregon white oak by the driveway:

Diagnosis: Armillaria root rot at the base (white fungal mats under the bark on the north side), plus a large cavity about 6 ft up where the old limb was removed. Crown shows about 30% dieback. Resistograph readings show sound wood is only about 2.5" of shell at the cavity.

Treatment plan / recommendations:
1. Crown reduction of 15-20% to reduce wind load - $1,450
2. Remove the dead limb over the garage - $380
3. Soil aeration and mulch ring - $260
4. Re-inspect in 12 months. If decay progresses, removal is recommended (~$3,900).

Quote #IT-2407 is valid for 60 days. Let us know and we'll get you on the schedule.

Cheers,
Nadia Ferro
ISA Certified Arborist PN-8812A
Ironwood Tree Care | 541-555-0197""",
     'Mon, 25 Mar 2024 08:30:02 -0700')

mail('clean', 'lookalike',
     'Kevin Arbuckle <karbuckle@marrowfieldrad.com>',
     'Dev Raghunathan <draghunathan@marrowfieldrad.com>',
     'zombie "patient" worker eating the DICOM router box',
     """Dev,

Found it. The dcm-forwarder pod on router-02 keeps spawning a child process the team named "patient-sync" (nothing to do with patients, it's the retry loop for the queue) and when the parent dies the child gets orphaned and becomes a zombie. ps shows 1,400+ <defunct> entries under PID 1 because the container has no init.

Triage:
- health check /healthz returns 200 even though the queue is dead, so k8s never restarts it. Liveness probe needs to check queue depth.
- add tini as PID 1 (or shareProcessNamespace) so the zombies get reaped
- memory leak in the retry loop is a separate ticket, CHG-2291

Symptoms started after the 3.8.1 deploy on 3/7. Rolling back on router-02 only for now.

K""",
     'Tue, 12 Mar 2024 21:18:40 -0700')

# =====================================================================
# CLEAN / news
# =====================================================================

mail('clean', 'news',
     'Pacific Radiological Society <news@pacificradsociety.org>',
     'Members <members@lists.pacificradsociety.org>',
     'PRS Weekly: iodinated contrast supply, CMS 2025 proposed rule, spring meeting',
     """PRS WEEKLY | March 14, 2024

IODINATED CONTRAST SUPPLY
Two manufacturers report allocations of iohexol 350 will continue through Q2. The Society's contrast stewardship toolkit (updated March 2024) covers dose reduction for CTA, switching to lower-concentration agents, and reserving contrast for studies where it changes management.

CMS 2025 PHYSICIAN FEE SCHEDULE
Early analysis suggests a 2-3% cut to the conversion factor. Mammography and DEXA RVUs are expected to hold steady. Comment period details will follow in May.

SPRING MEETING - PORTLAND, MAY 9-11
Keynote: "AI triage in the night shift: what teleradiology groups learned" by Dr. Olusegun Badmus. Hands-on workshops: ultrasound-guided thyroid FNA, prostate MRI PI-RADS 2.1, and breast MRI biopsy.

MEMBER NEWS
Congratulations to Dr. Hye-won Lim on her election as president-elect.

You are receiving this because you are a PRS member. Unsubscribe | Update preferences
Pacific Radiological Society, 400 SW Yamhill St, Portland OR 97204""",
     'Thu, 14 Mar 2024 05:00:00 -0700',
     html="""<html><body><h1>PRS WEEKLY | March 14, 2024</h1>
<h3>Iodinated contrast supply</h3><p>Two manufacturers report allocations of iohexol 350 will continue through Q2. The Society's contrast stewardship toolkit (updated March 2024) covers dose reduction for CTA, switching to lower-concentration agents, and reserving contrast for studies where it changes management.</p>
<h3>CMS 2025 Physician Fee Schedule</h3><p>Early analysis suggests a 2-3% cut to the conversion factor. Mammography and DEXA RVUs are expected to hold steady.</p>
<h3>Spring meeting - Portland, May 9-11</h3><p>Keynote: <i>AI triage in the night shift: what teleradiology groups learned</i> by Dr. Olusegun Badmus.</p>
<h3>Member news</h3><p>Congratulations to Dr. Hye-won Lim on her election as president-elect.</p>
<p style="font-size:9px">Unsubscribe | Update preferences<br>Pacific Radiological Society, 400 SW Yamhill St, Portland OR 97204</p></body></html>""")

mail('clean', 'news',
     'Deschutes County Health Services <phnews@deschutescountyhealth.example.gov>',
     'Community Partners <partners@lists.deschutescountyhealth.example.gov>',
     'Public Health Bulletin: breast cancer screening rates 2023',
     """PUBLIC HEALTH BULLETIN - March 2024

Breast cancer screening in our county, 2023

- 71.4% of women aged 50-74 had a mammogram in the past two years (state: 73.9%).
- Screening was lowest among women without insurance (48.2%) and in rural ZIP codes east of the highway (59.7%).
- The mobile mammography program completed 2,316 screenings in 2023, up 18% from 2022.
- Hispanic/Latina women were screened at 63.5%; outreach in Spanish through promotoras is expanding this spring.

What partners can do:
* Refer uninsured women 40+ to the ScreenWise program (no cost screening and diagnostic follow-up).
* Post the mobile coach calendar in your clinic.

Data source: County Behavioral Risk Factor Survey 2023, n = 1,842 respondents. Small numbers are suppressed.

Questions: Epidemiology Program, 541-555-0104""",
     'Fri, 08 Mar 2024 09:30:00 -0800')

mail('clean', 'news',
     'Northwind Pharma Safety <safety-notice@northwindpharma.example.com>',
     'Pharmacy Directors <rxdirectors@marrowfieldrad.com>',
     'URGENT: Voluntary recall - Clarivue 300 (iopamidol) injection, select lots',
     """URGENT: DRUG RECALL - HOSPITAL / CLINIC LEVEL

Product: Clarivue 300 (iopamidol injection 61%), 100 mL and 150 mL glass bottles
Lots: CV30-2311A, CV30-2311B, CV30-2312C
Expiration: 11/2025 - 12/2025
NDC: 71234-300-10, 71234-300-15

Reason: Visible particulate matter (glass fragments) found in retained samples from these lots. Giving an injectable product with particles could cause local irritation, phlebitis or, rarely, embolic events. To date, no adverse events have been reported.

Actions:
1. Check your stock right away and quarantine the affected lots.
2. Complete the enclosed response form even if you have no affected product.
3. Call Stericycle at 1-888-555-0128 for return kits.

Report adverse reactions to Northwind Pharma Medical Information at 1-800-555-0153 or to FDA MedWatch.

This recall is being conducted with the knowledge of the U.S. Food and Drug Administration.""",
     'Mon, 11 Mar 2024 06:15:00 -0700')

mail('clean', 'news',
     'Marrowfield Communications <comms@marrowfieldrad.com>',
     'All Staff <allstaff@marrowfieldrad.com>',
     'The Marrowfield Monthly - March',
     """THE MARROWFIELD MONTHLY - March 2024

BY THE NUMBERS (2023)
- 14,212 screening mammograms, 1,388 diagnostic workups, 602 breast biopsies
- 41,050 teleradiology reads for 6 rural partner hospitals; median ED turnaround 22 minutes
- 3,917 IR procedures

NEW 3T MRI AT EASTGATE
First patients scanned on the new 3T on March 4. Wider bore, quieter sequences, and it's the first site in the group to offer prostate MRI without an endorectal coil.

KUDOS
- To Bev Sandoval and the night crew at Tolland Creek for a smooth PACS migration.
- To Denise Okoro, RN, who passed her VA-BC board exam.
- To the Northpoint team: patient satisfaction scores hit 96% in February.

WELCOME
Dr. Kwabena Asante-Mensah (body imaging) joins us in April from Seattle.

Reminder: The spring potluck is 4/12 in the Riverside break room. Bring a dish, not a contrast cup.""",
     'Fri, 01 Mar 2024 12:00:00 -0800')

mail('clean', 'news',
     'Radiology Safety Digest <digest@radsafetydigest.example.org>',
     'subscribers@radsafetydigest.example.org',
     'Safety Digest: GBCA retention, MR conditional implants, pediatric CT dose',
     """RADIOLOGY SAFETY DIGEST - Issue 112

1. Gadolinium retention: what's new
A multi-center review of 9,600 patients with 4 or more GBCA doses found no clear link between brain signal changes and neurologic symptoms. Groups are still advised to use macrocyclic agents and avoid repeat dosing when not needed.

2. MR Conditional implants: the 'scan anyway' question
Survey of 212 imaging centers: 31% have a radiologist-led pathway for scanning patients with legacy pacemakers. Key steps include cardiology device checks, SAR limits and continuous monitoring.

3. Pediatric CT dose
Median CTDIvol for pediatric head CT dropped 19% in five years at sites that joined the registry.

Tip of the month: Recheck your MRI screening form for patients with neurostimulators - many forms still ask only about "pacemakers".

Forward to a colleague | Manage subscription""",
     'Wed, 20 Mar 2024 04:30:00 -0700', cte='quoted-printable')

mail('clean', 'news',
     'Lumora AI <events@lumora-ai.example.com>',
     'Dr. Theo Brandvold <tbrandvold@marrowfieldrad.com>',
     'Webinar: cutting overnight ICH turnaround by 40% with AI triage',
     """Hi Theo,

Join us Thursday, March 28 at 11am PT for a 45-minute webinar with the teleradiology team from Big Sky Imaging Network:

"From 38 to 22 minutes: AI triage for intracranial hemorrhage, PE and pneumothorax"

- How worklist re-ordering affected STAT turnaround across 9 critical access hospitals
- False positive rates at 1.8% and how radiologists handled them
- Live demo with de-identified cases

Register: lumora-ai.example.com/webinars/ich-triage

Can't make it? Register anyway and we'll send the recording.

Best,
Courtney Hale
Field Marketing, Lumora AI""",
     'Thu, 21 Mar 2024 07:10:00 -0700')

# =====================================================================
# CLEAN / staff
# =====================================================================

mail('clean', 'staff',
     'Miriam Castellanos MD <mcastellanos@marrowfieldrad.com>',
     'Radiologists <rads@marrowfieldrad.com>',
     'Contrast premedication protocol - proposed update',
     """All,

Following the ACR manual update, the QA committee proposes the following for patients with a prior moderate reaction to iodinated contrast:

- Switch to a different agent if possible (we now stock both iohexol and iopamidol at all sites).
- 13-hour oral prednisone (50 mg at 13, 7 and 1 h) plus diphenhydramine 50 mg 1 h before.
- Accelerated IV protocol for inpatients/ED only: methylprednisolone 40 mg IV or hydrocortisone 200 mg IV immediately and q4h until the scan, plus diphenhydramine.
- No premed for shellfish allergy or iodine "allergy" alone. Please stop ordering it.

The techs asked that we stop writing "premed per protocol" without specifying which one. Comments by 3/29 please; we vote at the April section meeting.

Miriam Castellanos, MD
Neuroradiology | Chair, Quality & Safety Committee""",
     'Fri, 15 Mar 2024 13:40:19 -0700')

mail('clean', 'staff',
     'Ruth Abernathy MD <rabernathy@marrowfieldrad.com>',
     'Tumor Board Planning <tumorboard@marrowfieldrad.com>',
     'teaching case for thursday',
     """For the teaching portion Thursday I'd like to show a case from last fall: 60s male, smoker, presented with hemoptysis. CT showed a cavitating RUL mass that everyone (me included) called squamous cell, turned out to be granulomatosis with polyangiitis. Nice example of how renal findings and sinus disease on the same scan should have tipped us off.

Images are anonymized in the teaching file (TF-2023-118), all identifiers stripped. Will bring slides on a USB.

r""",
     'Mon, 18 Mar 2024 16:58:02 -0700')

mail('clean', 'staff',
     'Theo Brandvold <tbrandvold@marrowfieldrad.com>',
     'Telerad Group <telerad-rads@marrowfieldrad.com>',
     'Easter weekend overnight coverage swap',
     """Hey all,

Looking for someone to take Sat 3/30 overnight (Tolland Creek, Sayre Basin, Hatchet Lake, 2200-0700). I'll trade for any of my April weekends or give you two weeknights. Last Easter we read 74 studies overnight, mostly CT heads and a few trauma pans, so not light but doable.

Kavita already said she might. Reply-all so we don't double-book.

Theo
--
Theo Brandvold, MD
Nighthawk Lead, Marrowfield Teleradiology
cell 541-555-0181""",
     'Tue, 19 Mar 2024 08:12:40 -0700')

mail('clean', 'staff',
     'Ari Goldfarb <agoldfarb@marrowfieldrad.com>',
     'Miriam Castellanos MD <mcastellanos@marrowfieldrad.com>',
     'Q: pacemaker MRI policy?',
     """Hi Dr. C,

General question, no specific pt - what is our current policy if someone shows up for an MRI with an MR-conditional pacemaker but no device card? Do we need cardiology/device rep every time or only for the legacy devices? The new Eastgate techs are getting different answers from different people.

Also is the 1.5T the only magnet we can use for them or is the 3T ok with the newer leads?

Thanks,
Ari Goldfarb, RT(R)(MR)
MRI Lead Tech, Eastgate""",
     'Wed, 20 Mar 2024 11:01:33 -0700')

mail('clean', 'staff',
     'Anika Sorensen MD <asorensen@marrowfieldrad.com>',
     'Breast Imaging Section <breast-rads@marrowfieldrad.com>',
     'Q4 2023 audit numbers',
     """Q4 audit numbers are in. We're in good shape overall, a couple of outliers to talk about.

Reader     Screens  Recall%  Cancers  CDR/1000  PPV1
AS          1,912     9.1      10       5.2     5.7%
HL          1,644    11.8       8       4.9     4.1%
RA          1,208     8.4       6       5.0     5.9%
KA-M          401    13.2       2       5.0     3.8%
Group       5,165    10.1      26       5.0     5.0%

BCSC benchmark recall is ~10-11%. Kwabena's recall is high but he's new and only a few hundred reads, let's re-check in Q2. I'll walk through the DBT vs 2D split at section meeting.

Anika""",
     'Thu, 21 Mar 2024 17:20:05 -0700')

mail('clean', 'staff',
     'Lorna Whitaker RN <lwhitaker@marrowfieldrad.com>',
     'IR Nursing <irnursing@marrowfieldrad.com>',
     'moderate sedation competency due 4/30',
     """Hi team,

Annual moderate sedation competency is due by April 30. This year's packet:

1. Online module + test (pass 85%): capnography, reversal agents (naloxone 0.4 mg, flumazenil 0.2 mg increments), ASA classification.
2. Skills check with me: bag-valve-mask, setting up the capno line, Aldrete scoring.
3. Two observed cases - any IR procedure with fentanyl/midazolam counts.

Sign-up sheet is on the board outside Rm 2. Per diems too please!

Lorna Whitaker, RN, CRN
IR Nurse Educator""",
     'Mon, 25 Mar 2024 07:45:12 -0700')

mail('clean', 'staff',
     'Paul Leggett DO <pleggett@westbrookfm.com>',
     'Anika Sorensen MD <asorensen@marrowfieldrad.com>',
     'Re: dense breast notification - what should we tell patients?',
     """Anika, thanks - that's really helpful. So basically for a woman in her 40s-50s with heterogeneously dense tissue and average risk, supplemental screening is optional and I should talk it through, and for extremely dense plus a family history I should lean toward MRI. I'll put that in our clinic guideline.

Paul

> On Thu, Mar 21, 2024 at 6:02 PM Anika Sorensen MD wrote:
> Hi Paul - with the new FDA density notification rule all our reports now include the density statement. General guidance:
> - lifetime risk >20%: annual MRI
> - extremely dense, average risk: consider ultrasound or abbreviated MRI, discuss pros and cons (more false positives)
> - heterogeneously dense, average risk: shared decision, many will stay with 3D mammo alone
> Happy to come talk at your provider meeting.
""",
     'Fri, 22 Mar 2024 08:14:50 -0700')

# =====================================================================
# CLEAN / training
# =====================================================================

mail('clean', 'training',
     'PACS Training <pacstraining@marrowfieldrad.com>',
     'New Hires <newhires@marrowfieldrad.com>',
     'PACS training environment - logins and test patients',
     """Welcome! Before your PACS class on Tuesday please log into the TRAINING environment (not production):

URL: https://pacs-train.marrowfieldrad.local
Username: your network ID + _trn
Temp password: sent separately

Use ONLY these test patients for practice:

  ZZTEST, ALPHA       MRN 99900001   CT HEAD WO (sample)
  ZZTEST, BRAVO       MRN 99900002   MAMMO SCREENING BILAT (sample)
  ZZTEST, CHARLIE     MRN 99900003   US ABD COMPLETE (sample)
  ZZTEST, PEDS        MRN 99900004   XR CHEST 2V (sample)

All studies are phantoms or de-identified images provided by the vendor. If you ever see a real name in the training system, stop and call IT.

Exercises: hang a prior, apply a hanging protocol, use the measurement tools, send key images to the test EHR.

PACS Training Team""",
     'Thu, 07 Mar 2024 10:00:00 -0800')

mail('clean', 'training',
     'Interface Vendor Demo <demo@hl7bridge-solutions.example.com>',
     'Kevin Arbuckle <karbuckle@marrowfieldrad.com>',
     'Sample ORU for your test channel',
     """Kevin,

As promised, here's the sample result for your TEST channel. It uses our standard dummy patient - nothing real.

MSH|^~\\&|DEMO_RIS|DEMOFAC|TEST_EHR|TESTFAC|20240101120000||ORU^R01|TEST0001|T|2.5.1
PID|1||TEST123456^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 MAIN ST^^ANYTOWN^ZZ^00000||(555)555-5555
OBR|1|DEMO001|DEMOACC001|71046^XR CHEST 2 VIEWS^CPT|||20240101110000
OBX|1|TX|71046^XR CHEST||SAMPLE REPORT TEXT. NO ACUTE FINDINGS. THIS IS A TEST MESSAGE.||||||F

Note MSH-11 = T (training). Let me know when your engine ACKs it and we'll move to the ADT feed.

Regards,
Gus Pemberton
Solutions Engineer, HL7Bridge""",
     'Tue, 12 Mar 2024 14:30:18 -0700')

mail('clean', 'training',
     'RIS Go-Live Team <golive@marrowfieldrad.com>',
     'Front Desk Staff <frontdesk-all@marrowfieldrad.com>',
     'Go-live practice: register Jane Sample',
     """Hi front desk folks,

For Thursday's practice session, each of you will register the sample record below from scratch in the RIS TRAIN environment, then schedule a screening mammogram and check her in.

Name: SAMPLE, JANE
DOB: 01/01/1980
Address: 100 Training Way, Testville, OR 97000
Phone: 555-555-0000
Insurance: TEST PAYER PPO, Member ID TEST00000001
Order: Screening mammogram, ordering MD "Dr. Test Provider"

Do NOT use your own info or any real patient's. Scorecards are based on how fast and how clean the registration is (no duplicate MRNs!).

Thanks,
RIS Go-Live Team""",
     'Mon, 18 Mar 2024 09:00:00 -0700',
     html="""<html><body><p>Hi front desk folks,</p><p>For Thursday's practice session, each of you will register the sample record below from scratch in the RIS <b>TRAIN</b> environment, then schedule a screening mammogram and check her in.</p>
<table border="1" cellpadding="3"><tr><td>Name</td><td>SAMPLE, JANE</td></tr><tr><td>DOB</td><td>01/01/1980</td></tr>
<tr><td>Address</td><td>100 Training Way, Testville, OR 97000</td></tr><tr><td>Phone</td><td>555-555-0000</td></tr>
<tr><td>Insurance</td><td>TEST PAYER PPO, Member ID TEST00000001</td></tr><tr><td>Order</td><td>Screening mammogram, ordering MD "Dr. Test Provider"</td></tr></table>
<p>Do NOT use your own info or any real patient's.</p><p>Thanks,<br>RIS Go-Live Team</p></body></html>""")

demo_rows = [
    ['Patient', 'MRN', 'Screen Date', 'BI-RADS', 'Status'],
    ['ZZMAMMO, ALPHA (DEMO)', 'DEMO-0001', '2024-01-02', '0', 'Recall letter 1 sent'],
    ['ZZMAMMO, BETA (DEMO)', 'DEMO-0002', '2024-01-02', '1', 'Normal letter sent'],
    ['ZZMAMMO, GAMMA (DEMO)', 'DEMO-0003', '2024-01-03', '4', 'Biopsy scheduled'],
    ['ZZMAMMO, DELTA (DEMO)', 'DEMO-0004', '2024-01-03', '0', 'Lost to follow-up - certified letter'],
]
mail('clean', 'training',
     'Trackwise Mammo <demos@trackwise-mammo.example.com>',
     'Renee Pak <rpak@marrowfieldrad.com>',
     'Demo dataset for Friday walkthrough',
     """Hi Renee,

Attached is the demo dataset we'll load into your sandbox for Friday's walkthrough of the recall tracking module. These are fictitious ZZ patients we use in every demo, so feel free to share with your team.

We'll cover: recall letters 1-3, certified letter workflow, MQSA lay letter templates and the outcomes audit report.

Best,
Lena Sorrell
Customer Success, Trackwise""",
     'Wed, 20 Mar 2024 13:13:13 -0700',
     atts=[('trackwise_demo_patients.csv', csv_text(demo_rows), 'text', 'csv')])

mail('clean', 'training',
     'Latoya Simms CPC <lsimms@marrowfieldrad.com>',
     'Billing Trainees <billing-trainees@marrowfieldrad.com>',
     'Week 2 exercise: read an 837P',
     """For Wednesday, annotate what each segment means. This is the textbook sample from the training manual - TESTPATIENT is not a real person, all IDs are dummies.

NM1*IL*1*TESTPATIENT*SAMPLE****MI*XYZ000000001~
N3*1 TEST STREET~
N4*ANYTOWN*ZZ*000000000~
DMG*D8*19000101*U~
CLM*TRAIN0001*100.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z00.00~
SV1*HC:99999*100.00*UN*1***1~

Questions to answer:
1. Which loop is the subscriber in?
2. What does place of service 11 mean vs 22?
3. Why would a 277CA reject with "A7:164"?

Latoya""",
     'Fri, 22 Mar 2024 15:45:00 -0700')

fhir_example = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "name": [{"use": "official", "family": "Everywoman", "given": ["Eve"]}],
  "gender": "female",
  "birthDate": "1955-01-06",
  "address": [{"line": ["2222 Home Street"], "city": "Ann Arbor", "state": "MI", "postalCode": "99999"}]
}"""
mail('clean', 'training',
     'Dev Raghunathan <draghunathan@marrowfieldrad.com>',
     'Integration Team <integration@marrowfieldrad.com>',
     'FHIR lunch & learn - sandbox examples',
     """Thanks for coming to the lunch & learn. The sandbox we used is the public test server, so only synthetic data goes there. The example Patient we played with:

""" + fhir_example + """

Note the HTEST tag - anything we post to the sandbox should carry it. Slides are on the Teams channel. Next session: ImagingStudy and how it maps to our DICOM study UID.

Dev""",
     'Mon, 25 Mar 2024 13:30:00 -0700')

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in ROWS)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(ROWS))
