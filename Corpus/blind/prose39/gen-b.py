#!/usr/bin/env python3
"""Blind evaluation mail set for a PHI data-loss-prevention filter.

Setting: Northvale Regional Cancer Centre (fictional) - infusion, radiation
oncology, clinical-trials office, navigators, specialty pharmacy, hospice
referrals.  Every person, number and organisation below is invented.

Run:  python3 gen.py OUTDIR
"""
import csv
import io
import os
import random
import sys
import zipfile
from email import policy
from email.message import EmailMessage

SEED = 3902
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
ZIPDATE = (2025, 3, 3, 8, 15, 0)


def _domain(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1] if '@' in a else 'localhost'


def mail(label, kind, frm, to, subject, body, date, patient='', cc=None,
         html=None, cte=None, atts=(), headers=None):
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    fname = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = '<%012x.%s%03d@%s>' % (random.getrandbits(48), kind, n, _domain(frm))
    for k, v in (headers or {}).items():
        m[k] = v
    if not cte:
        # plain 7bit/8bit like most mail clients; long lines stay unwrapped
        try:
            body.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
    m.set_content(body, cte=cte)
    if html:
        m.add_alternative(html, subtype='html')
    for att in atts:
        fn, data, ctype = att[0], att[1], att[2]
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            if maintype == 'text':
                acte = att[3] if len(att) > 3 else None
                if acte:
                    m.add_attachment(data, subtype=subtype, filename=fn, cte=acte)
                else:
                    m.add_attachment(data, subtype=subtype, filename=fn)
            else:
                m.add_attachment(data.encode('utf-8'), maintype=maintype,
                                 subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            j += 1
            part.set_boundary('----=_Part_%d_%d' % (len(ROWS) + 1, j))
    with open(os.path.join(OUT, fname), 'wb') as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient if label == 'phi' else ''))


def make_zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode('utf-8'))
    return buf.getvalue()


def _xml_esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def make_xlsx(rows, sheet='Sheet1'):
    """Tiny but valid .xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml_esc(v)))
        xrows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xrows))
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
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return make_zip(files)


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

DISCLAIMER = """\
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message."""

# ---------------------------------------------------------------------------
# PHI / care
# ---------------------------------------------------------------------------

mail('phi', 'care',
     'Renata Fowles RN <rfowles@nvrcc.org>',
     'Dr. Alan Whitcombe <awhitcombe@harborhemonc.com>',
     'Harold Pennington - cycle 4 held today',
     """\
Dr. Whitcombe,

Quick update since you're covering for Dr. Ames this week. Harold Pennington came
in for his cycle 4 this morning but his pre-labs came back with an ANC of 1.1 and
platelets 88, so per the parameters in his treatment plan we did not treat. He
looked tired but otherwise OK, no fevers, eating a bit better than last visit.

What we did:
 - rescheduled C4 for next Monday 3/10, chair 11 at 0900
 - repeat CBC w/ diff Friday at the Elmhurst draw station
 - he asked about the pegfilgrastim on-body injector again - I told him you'd
   decide Monday whether to add it for this cycle going forward

His wife mentioned he's been skipping the evening dexamethasone because it keeps
him up. I re-educated, but you may want to revisit timing.

Thanks,
Renata

Renata Fowles, RN, OCN
Infusion Center, 2nd floor
Northvale Regional Cancer Centre
p. 608-555-0172  |  f. 608-555-0199

""" + DISCLAIMER,
     'Wed, 05 Mar 2025 11:42:08 -0600', patient='Pennington')

mail('phi', 'care',
     'Tomasz Lindqvist <tlindqvist@nvrcc.org>',
     'Radiation Oncology MDs <radonc-md@nvrcc.org>',
     'Weiss fx 14/25 skin',
     """\
hi all - miriam weiss (L breast/chest wall, tangents + SCV) had moist desquamation
in the inframammary fold today at fx 14. pt says it started over the weekend.
photos in the chart under media. we held today's tx after talking to Dr Osei, she
wants to see her tomorrow before we resume. gave her mepilex and silver sulf
samples from the nursing cart.

can whoever is on for the 2pm review make sure she's on the list?

tomasz
RTT, Linac 3
""",
     'Mon, 10 Mar 2025 14:07:51 -0500', patient='Weiss')

mail('phi', 'care',
     'Priya Castellano <pcastellano@nvrcc.org>',
     'Intake Team <intake@meadowlarkhospice.org>',
     'FW: referral - Mr. Teodoro Balagtas',
     """\
Hi Meadowlark intake,

Forwarding the thread below so you have the background. Family is ready for an
admission visit as early as tomorrow afternoon. Best contact is his daughter Rosa,
she speaks for the family (Tagalog and English). I will fax the face sheet,
the last two oncology notes and the POLST separately.

Priya Castellano, MSW
Patient Navigator | Northvale Regional Cancer Centre
608-555-0138

-----Original Message-----
From: Dr. Kwame Osei-Mensah <kosei@nvrcc.org>
Sent: Thursday, March 6, 2025 4:51 PM
To: Priya Castellano <pcastellano@nvrcc.org>
Subject: Balagtas

Priya - had the family meeting with Mr. Balagtas, his wife and two daughters this
afternoon. He does not want any more chemo after how the last two cycles went and
I think that is the right call. He's sleeping most of the day, eating very little,
on 2L O2 at home already through Apria. Pain is controlled on the oxycodone ER 20
q12 plus 5mg IR for breakthrough, but he's needing 4-5 breakthrough doses a day so
hospice may want to switch him to liquid morphine. Please make the referral to
Meadowlark, family's choice. I'll sign the certification of terminal illness.

Thanks, K
""",
     'Fri, 07 Mar 2025 08:20:33 -0600', patient='Balagtas')

mail('phi', 'care',
     'Northvale Specialty Pharmacy <specialtyrx@nvrcc.org>',
     'GI Oncology Clinic Pool <gionc-clinic@nvrcc.org>',
     'Refill / dose change confirmation - Thornbury, capecitabine',
     """\
GI clinic team,

We received the new prescription for Gail Thornbury. Confirming the change before
we ship:

  Old: capecitabine 1000 mg/m2 = 2000 mg PO BID, days 1-14 q21d
  New: capecitabine 1500 mg PO BID, days 1-14 q21d (dose reduction per Dr. Haines
       note 3/4 - hand-foot reaction, peeling and pain on soles)

Dispensing 150 mg and 500 mg tabs so she can take 3 x 500. Counseled patient by
phone this morning; she still has 6 days of the old strength at home and we told
her to stop those and not mix. Delivery by courier Thursday 3/13 to her home,
signature required. Copay covered by the foundation grant through June.

Please reply if anything above doesn't match your intent.

Leah Marchetti, PharmD, BCOP
Specialty Pharmacy | ext 4419
""",
     'Tue, 11 Mar 2025 10:03:17 -0500', patient='Thornbury',
     html="""\
<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>GI clinic team,</p>
<p>We received the new prescription for <b>Gail Thornbury</b>. Confirming the change before we ship:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Old</td><td>capecitabine 1000 mg/m2 = 2000 mg PO BID, days 1-14 q21d</td></tr>
<tr><td>New</td><td>capecitabine 1500 mg PO BID, days 1-14 q21d (dose reduction per Dr. Haines note 3/4 - hand-foot reaction, peeling and pain on soles)</td></tr>
</table>
<p>Dispensing 150 mg and 500 mg tabs so she can take 3 x 500. Counseled patient by phone this morning; she still has 6 days of the old strength at home and we told her to stop those and not mix. Delivery by courier Thursday 3/13 to her home, signature required. Copay covered by the foundation grant through June.</p>
<p>Please reply if anything above doesn't match your intent.</p>
<p>Leah Marchetti, PharmD, BCOP<br>Specialty Pharmacy | ext 4419</p>
</body></html>
""")

mail('phi', 'care',
     'Janelle Okoro <jokoro@nvrcc.org>',
     'Dr. Simone Varga <svarga@nvrcc.org>',
     'NVR-2207 subj 007 - missed PK draws C2D1',
     """\
Dr. Varga,

Heads up for the deviation log. Subject 007 on NVR-2207 (Raymond Achterberg) came
for C2D1 yesterday and the 2h and 4h post-dose PK draws were missed - the infusion
ran long because of a rate reduction after he got flushed and had chest tightness
at about 15 min in. Infusion was paused, he got diphenhydramine 50 IV and
hydrocortisone 100 IV, symptoms resolved and it was restarted at half rate.
He went home at 16:40, stable.

I'll file the deviation in the portal today. The sponsor will want the reaction
entered as an AE (grade 2 IRR I assume? please confirm when you sign).
Next visit C2D8 is Tues 3/18, labs + ECG.

Janelle Okoro, CCRP
Clinical Research Coordinator, Clinical Trials Office
""",
     'Thu, 13 Mar 2025 09:26:40 -0500', patient='Achterberg')

mail('phi', 'care',
     'hospitalist paging <hospitalist-noreply@stbrendanmed.org>',
     'kosei@nvrcc.org',
     'admission notice',
     """\
fyi your pt lorraine castellanos was admitted overnight to 4 West, room 412.
came to ED 0210 w/ temp 39.2, rigors, day 9 after her last cycle. ANC 0.2.
blood cx x2 and UA sent, started cefepime 2g q8. hemodynamically ok.
will call in AM w/ updates. - dr. pak, nocturnist
""",
     'Sat, 15 Mar 2025 04:11:02 -0500', patient='castellanos')

mail('phi', 'care',
     'Dr. Naomi Haines <nhaines@nvrcc.org>',
     'Dr. Felix Armbruster <farmbruster@keystonesurgical.com>',
     'Re: Ben Adeyemi-Clarke PET',
     """\
Felix,

Thanks for calling. Putting it in writing for your records: Ben's PET from Tuesday
shows a new avid node in the left axilla (SUV 7.4) and the liver lesion is smaller
than January. Everything else quiet. I'd like tissue from the axillary node before
we change anything - can your team do an US-guided core this week or next? He is
on apixaban, last dose can be held 48h prior, I've told him to wait to hear from
your office.

Best,
Naomi

On Wed, Mar 12, 2025 at 5:02 PM Felix Armbruster <farmbruster@keystonesurgical.com> wrote:
> Naomi - got the notification that Adeyemi-Clarke had his scan. Anything
> you need from us? He asked at his post-op check if we'd be involved again.
> F.

--
Naomi Haines, MD
Medical Oncology | Northvale Regional Cancer Centre
""",
     'Thu, 13 Mar 2025 07:55:19 -0500', patient='Adeyemi-Clarke')

mail('phi', 'care',
     'Beth Sorensen <bsorensen@nvrcc.org>',
     'infusion-charge@nvrcc.org',
     'add on for tmrw am',
     """\
can you add Shirley Mapplethorpe to tomorrow's 8am chair? hgb 6.8 today at clinic, Dr Haines wants 2 units PRBC, type and screen drawn at 3:15. she'll need a ride home, daughter driving.

thx
Beth
""",
     'Tue, 18 Mar 2025 15:41:00 -0500', patient='Mapplethorpe', cte='quoted-printable')

# ---------------------------------------------------------------------------
# PHI / names
# ---------------------------------------------------------------------------

mail('phi', 'names',
     'Dung Pham <dpham@nvrcc.org>',
     'Chair Scheduling <chairsched@nvrcc.org>',
     'Nguyen Thi Lan - port flush moved to Fri',
     """\
moved to friday 3/21 10:30, chair 6. no labs needed this time, just the flush and
heparin lock. I left her a VM in Vietnamese.

Dung
""",
     'Mon, 17 Mar 2025 12:12:12 -0500', patient='Nguyen Thi Lan')

mail('phi', 'names',
     'Kris Abernathy <kabernathy@nvrcc.org>',
     'Marisol Reyes <mreyes@nvrcc.org>',
     'Re: Tuesday 2pm',
     """\
Lupe from the Tuesday 2pm group - the lady who always brings the crossword, port
that won't draw back - she called the front desk crying this morning. the
nausea after her last treatment lasted 5 days this time and she wants to talk to
someone before next week's infusion. can you call her back today? number's in the
schedule. I told her we'd try to get the olanzapine added.

> On Mon, Mar 17, 2025, Marisol Reyes <mreyes@nvrcc.org> wrote:
> Anyone hear from the Tuesday 2pm folks about the parking change?

Kris
Front Desk / Infusion Reception
""",
     'Tue, 18 Mar 2025 09:05:44 -0500', patient='Lupe')

mail('phi', 'names',
     'Prior Auth Team <priorauth@nvrcc.org>',
     'Dr. Ingrid Solberg <isolberg@nvrcc.org>',
     'RE: Van der Merwe, Pieter - pembrolizumab auth',
     """\
Dr. Solberg,

Update on Van der Merwe, Pieter J. -- the plan approved the pembrolizumab 200 mg
q3w x 6 months, auth number PA-55310-B, effective 3/3/25. They did NOT approve the
PET/CT you ordered for restaging; they want a CT chest/abd/pelvis first and will
reconsider PET if that's equivocal. We can do a peer to peer if you want to push
back - their line is open 8-5 CT.

Pieter's first infusion is on the books for 3/24.

Thanks,
Deshawn Hollis
Prior Authorization Specialist

-----Original Message-----
From: Ingrid Solberg
Sent: Monday, March 3, 2025 2:18 PM
To: Prior Auth Team
Subject: Van der Merwe, Pieter - pembrolizumab auth

please start auth for pembro and the PET, notes signed today. thanks - IS
""",
     'Wed, 05 Mar 2025 13:30:00 -0500', patient='Van der Merwe')

mail('phi', 'names',
     'Dr Étienne Beaulieu <ebeaulieu@cliniqueoncoestrie.ca>',
     'Referrals <referrals@nvrcc.org>',
     'Transfert de soins / transfer of care - Mme Hélène Lefèvre-Dubois',
     """\
Dear colleagues,

I am writing regarding my patient Mme Hélène Lefèvre-Dubois, who is relocating to
your area next month to live with her son. She has completed 4 of 6 planned cycles
of carboplatin and paclitaxel with us; cycle 5 would be due around April 14.
She tolerated treatment reasonably well apart from grade 1 neuropathy in the feet
and one delay for neutropenia after cycle 3. Her CA-125 has dropped from 812 to 64.

I would be grateful if one of your gynecologic oncologists could see Mme
Lefèvre-Dubois to continue her treatment without too long a gap. Her records,
imaging discs and the operative report from last October will follow by courier.
She speaks French and good English; her son Mathieu will accompany her.

Best regards / Meilleures salutations,

Étienne Beaulieu, MD, FRCPC
Hémato-oncologie
Clinique d'oncologie de l'Estrie
""",
     'Thu, 20 Mar 2025 16:45:10 -0400', patient='Lefèvre-Dubois', cte='quoted-printable')

mail('phi', 'names',
     'Language Services <interpreters@nvrcc.org>',
     'Radiation Oncology Front Desk <radonc-desk@nvrcc.org>',
     'Arabic interpreter confirmed for sim - Al-Qahtani',
     """\
Confirmed: in-person Arabic interpreter (Youssef) for Mr. Abdulrahman Al-Qahtani's
CT simulation on Wed 3/26 at 1:00 pm. Please note Mr. Al-Qahtani prefers a male
interpreter and asked that his son not be used to interpret clinical info. If the
sim runs over, Youssef can stay until 3.

Also booked for his first treatment day (tentatively 4/2) - let us know if the date
moves.

Language Services x2280
""",
     'Fri, 21 Mar 2025 10:10:10 -0500', patient='Al-Qahtani')

mail('phi', 'names',
     'Aaron Feldstein <afeldstein@nvrcc.org>',
     'Transportation Desk <rides@nvrcc.org>',
     'Ms. Venkataraman ride for daily RT',
     """\
Hi team,

Ms. Sri Lakshmi Venkataraman starts 28 daily radiation treatments on 3/31 (M-F,
her slot is 8:20am on Linac 1). Her husband can't drive anymore since his
surgery so she'll need round trip every day. Venkataraman's son is setting her up
with the county paratransit but that won't start for 2-3 weeks, so can we cover the
gap with the volunteer driver program?

She uses a cane and can manage a regular car.

Aaron Feldstein, BSN, RN
Nurse Navigator, Radiation Oncology
""",
     'Mon, 24 Mar 2025 08:33:29 -0500', patient='Venkataraman')

mail('phi', 'names',
     'Gosia Nowak <mnowak@nvrcc.org>',
     'Dr. Ingrid Solberg <isolberg@nvrcc.org>',
     "Mr. P's wife called",
     """\
Dr S - Mr. Przybyszewski's wife called (Bogdan, your 11:20 on Thursdays). She says
since the dose went up he's been dizzy getting out of bed and fell in the bathroom
last night, no head strike. BP at home 92/58. She wants to know if he should still
take the amlodipine with the new pills. I told her to hold the amlodipine until she
heard from you. Przybyszewksi (sp?) file says wife ok to share info.

Please advise, I'll call her back.
Gosia
""",
     'Wed, 26 Mar 2025 15:20:01 -0500', patient='Przybyszewski')

mail('phi', 'names',
     'Funmilayo Adesanya <fadesanya@nvrcc.org>',
     'Tumor Board Coordinator <tumorboard@nvrcc.org>',
     'add for Thurs board',
     """\
Please add Chukwuemeka Obi-Nnamdi to Thursday's GU board. 58M, MRI pelvis done
3/20, biopsy path signed out yesterday, urology (Dr. Trang) wants input on surgery
vs radiation before he sees him again. Mr. Obi-Nnamdi's images are loaded, path
slides already with Keystone.

Thanks!
Funmi

Funmilayo Adesanya, APRN
GU Oncology
""",
     'Mon, 24 Mar 2025 17:02:48 -0500', patient='Obi-Nnamdi')

# ---------------------------------------------------------------------------
# PHI / self
# ---------------------------------------------------------------------------

mail('phi', 'self',
     'Marguerite Lavoie <mlavoie1957@northmail.net>',
     'Oncology Nurse Line <nurseline@nvrcc.org>',
     'nausea medicine not working',
     """\
Hello,

This is Marguerite Lavoie, date of birth 11/02/1957. I had my chemo on Tuesday with
Dr Haines and since Wednesday night I cannot keep anything down. I am taking the
ondansetron every 8 hours like the paper says but it is not helping. I threw up 4
times today and only had some ginger ale. Should I come in? I am a little dizzy
when I stand up.

My phone is 608-555-0117, please call, I don't check email that often.

Thank you,
Marguerite
""",
     'Fri, 07 Mar 2025 18:47:12 -0600', patient='Lavoie', cte='base64')

mail('phi', 'self',
     'Kwabena Osei <kwab.osei77@fastmail.example>',
     'Patient Navigation <navigation@nvrcc.org>',
     'my daughter Amara - questions before her first treatment',
     """\
Good afternoon,

My daughter Amara Osei is 17 and is supposed to start treatment at your centre on
the 24th. Dr Varga explained a lot on Thursday but there was so much information
and my wife and I did not write it all down. A few questions:

1. Will she lose her hair with this medicine? She is very worried about school.
2. Can she still take her ADHD medicine (methylphenidate) on treatment days?
3. The letter says to have the port put in on the 19th - is that a surgery, does
   she need to not eat before?
4. Is there someone she can talk to who is her age?

We are grateful for everything.

Kwabena Osei
(father of Amara Osei, DOB 02/14/2008)
""",
     'Sun, 16 Mar 2025 14:05:37 -0500', patient='Osei')

mail('phi', 'self',
     'Dale Kerrigan <dkerrigan.home@inboxly.example>',
     'Janelle Okoro <jokoro@nvrcc.org>',
     'scan',
     """\
hey janelle did the results from my CT last week come back yet. dr varga said it
would tell if the trial drug is working or not and im kind of going crazy waiting.
also my feet have been numb up to the ankle since the last cycle is that normal

- Dale

Sent from my iPhone
""",
     'Sat, 22 Mar 2025 21:14:50 -0500', patient='Kerrigan')

mail('phi', 'self',
     'Kenji Watanabe-Ruiz <kenji.wr@mailbox.example>',
     'Aaron Feldstein <afeldstein@nvrcc.org>',
     'Re: Your radiation schedule',
     """\
Aaron,

Thanks, the new time works. One thing - the skin on my neck is really red and
starting to peel on the right side where the mask is, and swallowing is worse,
I'm mostly doing smoothies and the Ensure now. Lost about 6 lbs since I started.
Is that something I should bring up with Dr. Osei at Thursday's check or sooner?

Kenji

On Mon, Mar 24, 2025 at 9:12 AM Aaron Feldstein <afeldstein@nvrcc.org> wrote:
> Hi Kenji,
>
> Your treatments for the rest of this week are moving to 10:40 am because of
> machine maintenance on Linac 2. You have 19 of 35 left. Your weekly check with
> Dr. Osei is still Thursday after treatment.
>
> Aaron Feldstein, BSN, RN
> Nurse Navigator, Radiation Oncology
""",
     'Mon, 24 Mar 2025 19:30:22 -0500', patient='Watanabe-Ruiz')

mail('phi', 'self',
     'Walter Brandt <wbrandt48@oldtownmail.example>',
     'Dr. Naomi Haines <nhaines@nvrcc.org>',
     'Annelise',
     """\
Dr. Haines,

I'm writing on behalf of my wife, Annelise Brandt. She doesn't use the computer.
Since her infusion last week she has been very confused in the evenings, doesn't
know what day it is, and twice she tried to leave the house at night. During the day
she is mostly herself. She is also very constipated, nothing for 5 days even with
the senna. We have the appointment on the 2nd but I don't know if we should wait.

Walter Brandt
Home: 608-555-0164
""",
     'Thu, 27 Mar 2025 06:58:03 -0500', patient='Brandt')

mail('phi', 'self',
     'Rosalind Achebe-Harte <rahharte@protonmail.example>',
     'Health Information Management <hrim@nvrcc.org>',
     'Request for my records - second opinion',
     """\
To whom it may concern,

I'd like copies of my records sent to the Thoracic Oncology clinic at Lakeland
University Hospital for a second opinion appointment on April 9. I'm specifically
looking for:

- my biopsy pathology report and the molecular testing (they said EGFR?)
- CT and PET scan reports from January and March, and the images on disc
- Dr. Solberg's consult note and last two visit notes

Name: Rosalind M. Achebe-Harte
DOB: 23 June 1969
Address: 1180 Tamarack Ct, Unit 4, Fairhaven, WI 53599

I can sign a release form if you email it or I can come by. Thank you.

Rosalind
""",
     'Tue, 25 Mar 2025 12:44:31 -0500', patient='Achebe-Harte')

mail('phi', 'self',
     'Gwen Ashby-Roe <gwen.ashbyroe@inboxly.example>',
     'Radiation Therapy Team <radtherapy@nvrcc.org>',
     'I rang the bell!!',
     """\
To Tomasz, Keisha, Manny and everyone at Linac 3 -

33 treatments done! Thank you for making every morning easier, for the warm
blankets and for remembering I hate the cold gel. I was so scared the first week
and you never made me feel rushed. My follow-up with Dr. Osei is in 6 weeks and
I'll stop by to say hi.

With love,
Gwendolyn (Gwen) Ashby-Roe
""",
     'Fri, 28 Mar 2025 11:02:40 -0500', patient='Ashby-Roe',
     html="""\
<div dir="ltr"><p>To Tomasz, Keisha, Manny and everyone at Linac 3 -</p>
<p><b>33 treatments done!</b> Thank you for making every morning easier, for the warm blankets and for remembering I hate the cold gel. I was so scared the first week and you never made me feel rushed. My follow-up with Dr. Osei is in 6 weeks and I&#39;ll stop by to say hi.</p>
<p>With love,<br>Gwendolyn (Gwen) Ashby-Roe &#10084;&#65039;</p></div>
""")

# ---------------------------------------------------------------------------
# PHI / ids
# ---------------------------------------------------------------------------

mail('phi', 'ids',
     'Theo Marchand <tmarchand@nvrcc.org>',
     'Lab Front Desk <labdesk@nvrcc.org>',
     'cbc before thurs',
     """\
pt born 3.4.88, chart 00482913 - needs a cbc w diff + cmp drawn before her thursday
infusion, order is in but it's been sitting unreleased. can someone release it so
she can go to the draw station wed? she's driving 90 min each way

thanks, theo
""",
     'Mon, 03 Mar 2025 10:14:05 -0600')

mail('phi', 'ids',
     'Utilization Management <um-notices@cascadiahealthplan.example>',
     'Prior Auth Team <priorauth@nvrcc.org>',
     'Determination notice - Ref UM2503-448172',
     """\
CASCADIA HEALTH PLAN - UTILIZATION MANAGEMENT DETERMINATION

Reference #: UM2503-448172
Member: DOMINGUEZ, ESTEBAN R
Member ID: CXH884120377
Group #: 0072251
DOB: 19750921
Requesting provider: Solberg, Ingrid MD (NPI on file)
Service: PET/CT skull base to mid-thigh (78815)
Determination: ADVERSE - NOT MEDICALLY NECESSARY

Rationale: Documentation submitted does not show that conventional imaging (CT
chest/abdomen/pelvis) has been performed since completion of therapy. Criteria
ONC-PET-04 not met.

The member and requesting provider may request a peer-to-peer review within 14
calendar days or submit a written appeal within 180 days.

This message was sent from an unmonitored mailbox.
""",
     'Tue, 04 Mar 2025 02:00:14 -0800', patient='DOMINGUEZ')

mail('phi', 'ids',
     'Keystone Pathology Client Services <clientservices@keystonepath-labs.example>',
     'Dr. Naomi Haines <nhaines@nvrcc.org>',
     'Add-on request received: KP25-018842',
     """\
Dear Dr. Haines,

We have received your add-on request for HER2 IHC and reflex ISH on the specimen
below. Testing is expected to resulted in 3-5 business days.

  Accession:      KP25-018842
  Specimen:       A. Liver, segment 6, core biopsy
  Collected:      02/27/2025
  Patient DOB:    4 Mar 1988
  Your ref:       NV-2231907

If the block is exhausted we will contact your office before sending out.

Keystone Pathology Associates - Client Services
(555) 014-8800 option 3
""",
     'Wed, 05 Mar 2025 09:40:00 -0500')

mail('phi', 'ids',
     'Priya Castellano <pcastellano@nvrcc.org>',
     'dispatch@rivertownmedicalrides.example',
     'standing ride order - radiation M-F',
     """\
Hello Rivertown dispatch,

Please set up a standing order for our patient starting Monday 3/17 through 4/25:

Rider:  Mrs. Opal Greathouse
Pickup: 4417 Quarry Hollow Rd, Apt 2B, Millbrook, WI 53571
Phone:  (608) 555-0191 (home), (608) 555-0102 (daughter Cheryl)
Time:   pick up 7:40 am, M-F, to Northvale Regional Cancer Centre, Radiation
        Oncology entrance (door C). Return ~9:15 am.
Notes:  walker, needs help with the step at the house. She gets tired after
        treatment - please no shared ride stops on the return if possible.

Billing to Medicaid transport benefit, trip auth attached to your portal.

Thank you,
Priya Castellano, MSW
Patient Navigator
""",
     'Wed, 12 Mar 2025 14:15:09 -0500', patient='Greathouse')

mail('phi', 'ids',
     'Patient Financial Services <pfs@nvrcc.org>',
     'Dale Kerrigan <dkerrigan.home@inboxly.example>',
     'Your statement - acct 7730019842',
     """\
Hi Mr. Kerrigan,

Following up on your call. The balance on account 7730019842 ($1,842.60) is from
the 2/18 date of service: IMRT treatment planning, the CT simulation, and the
special physics consult. Those were billed before your secondary insurance was
added. We've rebilled to your secondary and put the account on a 45-day hold so
you won't get another statement while it processes.

Your research-related charges for the trial visits are billed separately to the
sponsor and should not appear on your statement at all.

Thanks,
Carla Jimenez
Patient Financial Services | 608-555-0150
""",
     'Fri, 14 Mar 2025 11:22:47 -0500', patient='Kerrigan')

mail('phi', 'ids',
     'Meadowlark Hospice Intake <intake@meadowlarkhospice.org>',
     'Priya Castellano <pcastellano@nvrcc.org>',
     'RE: referral - missing info',
     """\
Hi Priya,

Thanks for the referral packet. To open the chart we still need:

 - SSN last 4 - we have 4471, family says it might be 4417, can you check face sheet?
 - confirm DOB 1961-07-14 (fax says 7/14/61, the POLST says 7/4/61)
 - name of the attending who will follow (Dr. Osei-Mensah or you said maybe Dr. Haines?)

Admission RN is going out to the house tomorrow at 1pm. Family says he hasn't had
the oxycodone since midnight because they ran out.

Thanks,
Joanne, Intake RN
Meadowlark Hospice | 608-555-0130
""",
     'Fri, 07 Mar 2025 15:58:26 -0600')

mail('phi', 'ids',
     'fax2mail <fax2mail@nvrcc.org>',
     'Medical Records <hrim@nvrcc.org>',
     'Fax received from 6085550177 (3 pages)',
     """\
[Auto-converted fax text - OCR]

HARBOR HEMATOLOGY & ONCOLOGY
FAX COVER SHEET
To: Northvale Regional Cancer Ctr - Med Records   Fax: 608-555-0190
From: Harbor Heme Onc, Lisa                     Fax: 608-555-0177
Re: records request / MRN: NV-2231907
Pages: 3 incl cover

Pt: Talbot-Greene, Yvette   D.O.B. 07/14/61
Please find attached infusion flowsheets cycles 1-3 (docetaxel/cyclophosphamide)
and the last CBC. Pt to continue care at your facility.

CONFIDENTIAL: This fax contains protected health information...
""",
     'Mon, 17 Mar 2025 13:01:55 -0500', patient='Talbot-Greene')

mail('phi', 'ids',
     'Northvale Specialty Pharmacy <specialtyrx@nvrcc.org>',
     'Benefits Verification <bv@crestlinemedicare.example>',
     'Part D override - ibrutinib',
     """\
Crestline team,

Requesting a transition-fill override. Claim rejected 75 (PA required) yesterday.

Beneficiary: Lionel F. Ashworth
MBI: 1EG4-TE5-MK72
Born Feb 2, 1949
Rx: ibrutinib 420 mg tab, #30, once daily, new start per Dr. Solberg
Rx #: 6610487

He is already without it for 3 days after his hospital discharge. Fax number for
the PA form: 608-555-0196. Please call me with any questions.

Leah Marchetti, PharmD, BCOP
Northvale Specialty Pharmacy  NCPDP 5599013
""",
     'Thu, 20 Mar 2025 10:47:33 -0500', patient='Ashworth')

# ---------------------------------------------------------------------------
# PHI / lists
# ---------------------------------------------------------------------------

mail('phi', 'lists',
     'Infusion Charge RN <infusion-charge@nvrcc.org>',
     'Infusion Staff <infusion-staff@nvrcc.org>',
     'Thurs 3/6 huddle board',
     "Morning all, tomorrow's board below. Tight day - 2 add-ons likely.\n\n"
     "Chair\tTime\tPatient\tTx\tNotes\n"
     "1\t0730\tPennington, Harold\tFOLFOX C4\tANC recheck - may hold\n"
     "2\t0745\tMbeki, Thandiwe\tpembro\tfirst dose, educate\n"
     "3\t0800\tO'Rourke, Declan\tIVIG\tslow rate, hx reaction\n"
     "4\t0800\tSzabo, Erzsebet\tzoledronic acid\tcheck Cr\n"
     "6\t0830\tNguyen Thi Lan\tport flush\t15 min\n"
     "7\t0900\tHalvorsen, Kari\tcarbo/taxol C2\tneeds premeds at 0830\n"
     "9\t0930\tDelacroix-Benoit, Anaïs\tR-CHOP C5\tinterpreter FR 0930\n"
     "11\t1000\tMapplethorpe, Shirley\tPRBC x2\tT&S from 3/5 ok\n\n"
     "Lunch coverage: Renata covers 1-6, Beth 7-12.\n- Carmen\n",
     'Wed, 05 Mar 2025 16:50:00 -0600', patient='Pennington')

mail('phi', 'lists',
     'Dr. Kwame Osei-Mensah <kosei@nvrcc.org>',
     'Dr. Ingrid Solberg <isolberg@nvrcc.org>',
     'weekend signout radonc',
     """\
Ingrid - thanks for covering. On-treatment pts who might call:

| Patient              | MRN        | Site / fx     | Watch for                              |
|----------------------|------------|---------------|----------------------------------------|
| Weiss, Miriam        | NV-2239014 | L CW 14/25    | moist desq IMF, on hold til Tue review  |
| Watanabe-Ruiz, Kenji | NV-2240388 | H&N 16/35     | wt loss 6 lb, may need IVF, ?PEG       |
| Greathouse, Opal     | NV-2218775 | pelvis 9/25   | diarrhea, loperamide max'd             |
| Al-Qahtani, A.       | NV-2241102 | sim Wed       | Arabic interp (male), no tx yet        |
| Fairweather, Colm    | NV-2207661 | SBRT lung 3/5 | mild cough ok, call if hemoptysis      |

Nobody inpatient this weekend. Pager 4471 if anything big.

K
""",
     'Fri, 14 Mar 2025 17:35:12 -0500', patient='Weiss')

mail('phi', 'lists',
     'Reports Scheduler <reports-noreply@nvrcc.org>',
     'Navigation Team <navigation@nvrcc.org>',
     'Scheduled report: No-show / Late cancel - Week 11',
     """\
Report: AMB_NOSHOW_LC_WEEKLY   Run: 2025-03-17 05:00   Dept: ALL ONC

MRN        NAME                      DOB         APPT DT     DEPT        TYPE
---------- ------------------------- ----------  ----------  ----------  --------
00482913   HOLLOWAY, BRENDA K        03/04/1988  03/10/2025  INFUSION    NO SHOW
00519077   TRAN, MINH DUC            11/30/1952  03/10/2025  MED ONC     LATE CXL
00377120   FITZGERALD-OYELARAN, M    06/02/1979  03/11/2025  RAD ONC     NO SHOW
00602238   ESPINOZA, JESUS ALBERTO   01/17/1966  03/12/2025  LAB         NO SHOW
00458801   KOWALCZYK, DOROTA         09/09/1944  03/13/2025  INFUSION    LATE CXL
00611904   BIRDSONG, WALLACE         12/25/1957  03/14/2025  SURV CLINIC NO SHOW

6 rows.  Navigators: please outreach within 2 business days and document in
the Navigation Outreach flowsheet.
""",
     'Mon, 17 Mar 2025 05:00:31 -0500', patient='HOLLOWAY')

mail('phi', 'lists',
     'Marisol Reyes <mreyes@nvrcc.org>',
     'Navigation Team <navigation@nvrcc.org>',
     'nav huddle notes 3/19',
     """\
Notes from this morning, sorry for the delay:

* Mrs. Huang (Mei-Ling) - husband can't get off work for her 4/1 surgery consult,
  Priya checking volunteer ride. Still wants to defer chemo until after daughter's
  wedding 4/12, Dr. Haines aware.
* Esteban Dominguez - PET denied, peer to peer scheduled Fri. He's anxious,
  calling daily. Aaron will call him after the P2P.
* Mr. Fairweather - done with SBRT, surv visit 6 wks, no needs.
* Thandiwe Mbeki - started immunotherapy, rash on arms, photo sent to Dr Solberg.
  Needs FMLA paperwork for her employer.
* Brandt (Annelise) - husband Walter emailed Dr Haines about nighttime confusion,
  Dr H wants her seen Friday, not waiting till 4/2.
* OPEN: who is covering Spanish-speaking new pts while Marisol is out 3/31-4/4?

- Marisol
""",
     'Wed, 19 Mar 2025 12:30:00 -0500', patient='Huang')

screening_csv = (
    "screen_id,last_name,first_name,dob,mrn,referring_md,date_screened,status,reason\n"
    "S-118,Kerrigan,Dale,1964-08-30,NV-2201448,Varga,2025-01-14,ENROLLED,\n"
    "S-119,Mbeki,Thandiwe,1971-05-11,NV-2236120,Solberg,2025-01-22,SCREEN FAIL,ECOG 2\n"
    "S-120,Achterberg,Raymond,1958-12-03,NV-2190337,Varga,2025-02-03,ENROLLED,\n"
    "S-121,Lindgren-Obuya,Sara,1980-03-19,NV-2242015,Haines,2025-02-10,SCREEN FAIL,\"brain mets, untreated\"\n"
    "S-122,Ferreira da Silva,Joao,1949-10-27,NV-2243870,Varga,2025-02-24,PENDING,awaiting echo\n"
    "S-123,Qureshi,Imran,1967-07-07,NV-2244519,Solberg,2025-03-03,DECLINED,travel distance\n"
)
mail('phi', 'lists',
     'Janelle Okoro <jokoro@nvrcc.org>',
     'Monitor NVR-2207 <cra.nvr2207@halcyoncro.example>',
     'NVR-2207 screening log thru 3/7',
     """\
Hi Bettina,

Attached is the updated screening log for your visit next week. Note we haven't
redacted it since you'll be reviewing source on site - please don't forward.

Janelle
""",
     'Fri, 07 Mar 2025 16:12:45 -0500', patient='Kerrigan',
     atts=[('NVR2207_screening_log_2025-03-07.csv', screening_csv, 'text/csv')])

hospice_rows = [
    ['Referral date', 'Patient', 'DOB', 'MRN', 'Agency', 'Referring MD', 'Status', 'Notes'],
    ['2025-03-07', 'Balagtas, Teodoro', '1944-05-30', 'NV-2157730', 'Meadowlark', 'Osei-Mensah', 'Admitted 3/8', 'Tagalog family'],
    ['2025-03-10', 'Kowalczyk, Dorota', '1944-09-09', 'NV-2188412', 'Bridgewater', 'Haines', 'Declined by pt', 'wants 1 more line tx'],
    ['2025-03-12', 'Birdsong, Wallace', '1957-12-25', 'NV-2101956', 'Meadowlark', 'Solberg', 'Eval scheduled', 'lives alone, needs CG plan'],
    ['2025-03-18', 'Abou-Khalil, Nadia', '1950-02-16', 'NV-2230555', 'Hearthstone', 'Haines', 'Admitted 3/19', 'inpt hospice unit'],
    ['2025-03-21', 'Sørensen, Per', '1939-11-01', 'NV-2094471', 'Meadowlark', 'Varga', 'Pending', 'VA benefits?'],
]
mail('phi', 'lists',
     'Priya Castellano <pcastellano@nvrcc.org>',
     'Dr. Kwame Osei-Mensah <kosei@nvrcc.org>',
     'March hospice referrals for QI meeting',
     """\
Kwame, here's the March tracker for Tuesday's palliative QI meeting. Let me know
if you want me to add the days-from-last-chemo column, I can pull it.

P
""",
     'Mon, 24 Mar 2025 09:48:20 -0500', patient='Balagtas',
     atts=[('hospice_referrals_MAR2025.xlsx', make_xlsx(hospice_rows, 'March'), XLSX)])

refill_csv = (
    "rx_no|patient|dob|drug|strength|qty|next_fill|copay_status|phone\n"
    "6610487|ASHWORTH LIONEL|02/02/1949|ibrutinib|420mg|30|03/21/2025|PA pending|608-555-0145\n"
    "6608112|THORNBURY GAIL|08/15/1962|capecitabine|500mg+150mg|84+42|03/13/2025|grant|608-555-0129\n"
    "6603390|NAKAMURA-BELL TESS|04/28/1977|abemaciclib|150mg|56|03/24/2025|$0|608-555-0188\n"
    "6611020|OYELARAN ADEBOLA|10/06/1959|enzalutamide|40mg|120|03/26/2025|copay card|608-555-0107\n"
    "6599871|VASQUEZ-PRIETO LUZ|01/31/1970|olaparib|150mg|120|03/28/2025|grant appl|608-555-0154\n"
)
mail('phi', 'lists',
     'Northvale Specialty Pharmacy <specialtyrx@nvrcc.org>',
     'Tanya Brock <tbrock@nvrcc.org>',
     'refill queue export (zipped)',
     """\
Tanya - per your ask, zipped export of next-2-weeks refill calls for the new tech to
work from. Password is the usual one, I'll tell you in person.

Leah
""",
     'Wed, 19 Mar 2025 16:30:02 -0500', patient='ASHWORTH',
     atts=[('refill_queue_0319.zip', make_zip([('refill_queue_0319.csv', refill_csv)]),
            'application/zip')])

# ---------------------------------------------------------------------------
# PHI / struct
# ---------------------------------------------------------------------------

mail('phi', 'struct',
     'Wendell Park <wpark@nvrcc.org>',
     'Interface Support <support@lumenlink-integration.example>',
     'RE: Case 88213 - ORU results not filing to chart',
     """\
Hi Ravi,

Here's one of the messages that errored overnight (copied from the engine log,
02:14). You'll see OBX-5 is fine but PID-3 has the lab's number first and ours
second, I think that's why it's not matching.

MSH|^~\\&|KEYSTONE_LIS|KPA|NVRCC_EHR|NVRCC|20250310021402||ORU^R01|KPA0310021402773|P|2.5.1
PID|1||KP7781020^^^KPA^PI~00519077^^^NVRCC^MR||TRAN^MINH^DUC||19521130|M|||2206 LARKSPUR DR^^FAIRHAVEN^WI^53599||(608)555-0183
PV1|1|O|NVINF^^^NVRCC||||1457733^HAINES^NAOMI
ORC|RE|ORD448210|KP25-019377
OBR|1|ORD448210|KP25-019377|CBCD^CBC W DIFF^L|||20250309154500
OBX|1|NM|WBC^WBC^L||2.1|10*3/uL|4.0-10.5|L|||F
OBX|2|NM|ANC^ABS NEUTROPHILS^L||0.8|10*3/uL|1.8-7.7|LL|||F
OBX|3|NM|HGB^HEMOGLOBIN^L||9.4|g/dL|12.0-16.0|L|||F
OBX|4|NM|PLT^PLATELETS^L||102|10*3/uL|150-400|L|||F

Can you flip the match to use the NVRCC^MR repetition? There were 41 of these in
the error queue this morning.

Wendell Park
Integration Analyst, IS Applications
""",
     'Mon, 10 Mar 2025 08:03:44 -0500', patient='TRAN')

adt = (
    "MSH|^~\\&|NVRCC_REG|NVRCC|MOSAIQ_RO|NVRCC|20250321101533||ADT^A04|ADT2503211015330042|P|2.3\r\n"
    "EVN|A04|20250321101533\r\n"
    "PID|1||NV-2241102^^^NVRCC^MR||AL-QAHTANI^ABDULRAHMAN^S||19560412|M||2106-3|88 CEDAR BLUFF RD^^MILLBROOK^WI^53571||(608)555-0121|||M|MUS|7730024417\r\n"
    "PD1|||NORTHVALE RCC^^1001\r\n"
    "NK1|1|AL-QAHTANI^FAISAL|SON|88 CEDAR BLUFF RD^^MILLBROOK^WI^53571|(608)555-0124\r\n"
    "PV1|1|O|RADONC^SIM^01^NVRCC||||2249911^OSEI-MENSAH^KWAME|||ONC||||1|||2249911^OSEI-MENSAH^KWAME|OP|7730024417\r\n"
    "IN1|1|CHP01|4471|CASCADIA HEALTH PLAN|||||0072251||||||AL-QAHTANI^ABDULRAHMAN|SELF|19560412|||||||||||||||||||CXH551900284\r\n"
)
mail('phi', 'struct',
     'Wendell Park <wpark@nvrcc.org>',
     'Mosaiq Admin <roadmin@nvrcc.org>',
     'A04 that dropped - sample attached',
     """\
This is the registration that never made it to the RO system so the sim appointment
had no patient to attach to. Attached raw. Note the PV1-3 location code RADONC^SIM
- is that in your mapping table? Everything else looks normal to me.

w
""",
     'Fri, 21 Mar 2025 10:30:00 -0500', patient='AL-QAHTANI',
     atts=[('ADT_A04_20250321101533.hl7', adt, 'application/octet-stream')])

mail('phi', 'struct',
     'Carla Jimenez <cjimenez@nvrcc.org>',
     'Claims Help Desk <edi-support@clearpathclearinghouse.example>',
     '837P rejected - loop 2010CA',
     """\
Hello,

Batch 0311-B came back with a 999 rejection on one claim, error says "2010CA NM1
invalid entity". I'm pasting the relevant part below. Patient is a dependent on
her husband's plan. What are we doing wrong?

ST*837*0021*005010X222A1~
BHT*0019*00*0311B0021*20250311*1420*CH~
NM1*41*2*NORTHVALE REGIONAL CANCER CENTRE*****46*NVRCC01~
...
HL*3*2*23*0~
PAT*01~
NM1*QC*1*HALVORSEN*KARI*M***MI*CXH771204593~
N3*57 BIRCHWOOD LN~
N4*FAIRHAVEN*WI*53599~
DMG*D8*19690218*F~
CLM*NV7730031187*4812.00***11:B:1*Y*A*Y*Y~
DTP*472*D8*20250306~
HI*ABK:C561*ABF:Z5111~
LX*1~
SV1*HC:96413*612.00*UN*1***1~
LX*2~
SV1*HC:J9045*2840.00*UN*60***1~
LX*3~
SV1*HC:J9267*1360.00*UN*300***1~
SE*38*0021~

Thanks,
Carla Jimenez
Patient Financial Services, Northvale Regional Cancer Centre
""",
     'Wed, 12 Mar 2025 13:14:15 -0500', patient='HALVORSEN')

mail('phi', 'struct',
     'Deshawn Hollis <dhollis@nvrcc.org>',
     'Carla Jimenez <cjimenez@nvrcc.org>',
     'FW: 271 for Obi-Nnamdi - says inactive??',
     """\
Carla - eligibility came back inactive for Mr. Obi-Nnamdi but he showed me his
card today with the same ID. Is this the old plan year? He's supposed to start
radiation after board Thursday so I need this sorted. Raw response below.

ISA*00*          *00*          *ZZ*CASCADIAHP     *ZZ*NVRCC01        *250324*0915*^*00501*000004471*0*P*:~
GS*HB*CASCADIAHP*NVRCC01*20250324*0915*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*NV270-88124*20250324*0915~
HL*1**20*1~
NM1*PR*2*CASCADIA HEALTH PLAN*****PI*CHP01~
HL*2*1*21*1~
NM1*1P*2*NORTHVALE REGIONAL CANCER CENTRE*****XX*1999999984~
HL*3*2*22*0~
TRN*2*NV270-88124*9NVRCC0001~
NM1*IL*1*OBI-NNAMDI*CHUKWUEMEKA****MI*CXH660193827~
N3*1402 OLD MILL RD~
N4*MILLBROOK*WI*53571~
DMG*D8*19661009*M~
EB*6**30~
DTP*307*RD8*20240101-20241231~
SE*14*0001~

Deshawn
""",
     'Mon, 24 Mar 2025 09:20:48 -0500', patient='Obi-Nnamdi')

fhir_bundle = """\
{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "nv-2236120",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "NV-2236120"}
        ],
        "name": [{"family": "Mbeki", "given": ["Thandiwe", "N."]}],
        "gender": "female",
        "birthDate": "1971-05-11",
        "telecom": [{"system": "phone", "value": "608-555-0148", "use": "mobile"}],
        "address": [{"line": ["310 Heron Way"], "city": "Fairhaven", "state": "WI", "postalCode": "53599"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "mr-88120",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "pembrolizumab 200 mg IV every 3 weeks"},
        "subject": {"reference": "Patient/nv-2236120"},
        "authoredOn": "2025-03-03",
        "requester": {"display": "Ingrid Solberg, MD"}
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "id": "obs-tsh-5521",
        "status": "final",
        "code": {"text": "TSH"},
        "subject": {"reference": "Patient/nv-2236120"},
        "effectiveDateTime": "2025-03-17T08:40:00-05:00",
        "valueQuantity": {"value": 0.08, "unit": "mIU/L"}
      }
    }
  ]
}
"""
mail('phi', 'struct',
     'Nikhil Rao <nrao@nvrcc.org>',
     'dev-team@oncotrackapp.example',
     'payload from prod for the TSH alert bug',
     """\
hey - here's the actual bundle that should have fired the thyroid alert for an
immunotherapy pt but didn't. pulled from prod logs this morning, please only keep
it on the secure share and delete after. I think your rule is looking at
valueQuantity.code and we don't send one.

nikhil
""",
     'Tue, 18 Mar 2025 11:11:11 -0500', patient='Mbeki',
     atts=[('bundle_mbeki_0317.json', fhir_bundle, 'application/json')])

mail('phi', 'struct',
     'HIM Release of Information <roi@nvrcc.org>',
     'Records Intake <records@lakelanduhosp.example>',
     'CCD for Achebe-Harte (second opinion 4/9)',
     """\
Attached below is the CCD header/problem section our system produced; the full
document is going over Direct. Let us know if your import rejects it again - last
time the templateId version caused trouble.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999.2" extension="CCD-20250326-00931"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250326143000-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.1" extension="NV-2242877"/>
      <addr use="HP">
        <streetAddressLine>1180 Tamarack Ct, Unit 4</streetAddressLine>
        <city>Fairhaven</city><state>WI</state><postalCode>53599</postalCode>
      </addr>
      <telecom use="MC" value="tel:+1-608-555-0166"/>
      <patient>
        <name><given>Rosalind</given><given>M</given><family>Achebe-Harte</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19690623"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <title>Problems</title>
    <text><list><item>Adenocarcinoma of right upper lobe, EGFR exon 19 deletion - active</item>
    <item>Hypothyroidism - active</item></list></text>
  </section>
</ClinicalDocument>

Release of Information, Health Information Management
Northvale Regional Cancer Centre
""",
     'Wed, 26 Mar 2025 14:40:02 -0500', patient='Achebe-Harte')

mail('phi', 'struct',
     'Carla Jimenez <cjimenez@nvrcc.org>',
     'Revenue Cycle <revcycle@nvrcc.org>',
     '835 - underpaid J9271, need appeal?',
     """\
Team, the ERA from Cascadia paid Dominguez's pembro visit at about half of what we
expected. Segment below. CARC 45 and then 253 sequestration, but the allowed on the
J code looks way off the fee schedule. Do we appeal or is this the new contract rate?

CLP*NV7730028840*2*9860.00*3912.44*0*12*CH2503140077812*11*1~
NM1*QC*1*DOMINGUEZ*ESTEBAN*R***MI*CXH884120377~
NM1*82*1*SOLBERG*INGRID****XX*1999999992~
DTM*232*20250224~
SVC*HC:96413*650.00*402.10**1~
CAS*CO*45*240.86**253*7.04~
SVC*HC:J9271*9210.00*3510.34**200~
CAS*CO*45*5628.02**253*71.64~

-Carla
""",
     'Fri, 28 Mar 2025 15:05:45 -0500', patient='DOMINGUEZ')

# ---------------------------------------------------------------------------
# PHI / lang
# ---------------------------------------------------------------------------

mail('phi', 'lang',
     'Gabriela Vásquez <gabyvasquez82@correo.example>',
     'Marisol Reyes <mreyes@nvrcc.org>',
     'Pregunta sobre mi mamá - Luz Vásquez Prieto',
     """\
Hola Marisol,

Le escribo por mi mamá, Luz Vásquez Prieto. Desde que empezó las pastillas nuevas
(olaparib) hace tres semanas está muy cansada, casi no se levanta de la cama y le
falta el aire cuando sube las escaleras. Ayer en la farmacia de la esquina le
tomaron la presión y estaba bien. ¿Será normal? ¿Le deberían hacer un análisis de
sangre antes de la cita del 2 de abril con la Dra. Haines?

También queríamos saber si ya aprobaron la ayuda para pagar las pastillas, porque
la farmacia nos dijo que la solicitud sigue pendiente.

Muchas gracias por todo,
Gabriela Vásquez (hija)
Cel. 608-555-0155
""",
     'Thu, 20 Mar 2025 20:15:33 -0500', patient='Vásquez Prieto', cte='base64')

mail('phi', 'lang',
     'João Ferreira da Silva <joaofsilva49@caixapostal.example>',
     'Janelle Okoro <jokoro@nvrcc.org>',
     'ecocardiograma - estudo clínico',
     """\
Bom dia Janelle,

Aqui é o João Ferreira da Silva. Fiz o ecocardiograma ontem à tarde no hospital
como a senhora pediu. A técnica disse que o coração estava "bom", mas não sei se o
resultado já chegou para a Dra. Varga. Ainda posso entrar no estudo? Estou
disposto a começar quando for possível.

Outra coisa: continuo tomando o remédio da pressão (losartana 50 mg) e o do
diabetes (metformina). Preciso parar algum antes de começar?

Obrigado,
João
Tel: (608) 555-0112
""",
     'Tue, 11 Mar 2025 08:02:19 -0500', patient='Ferreira da Silva', cte='quoted-printable')

mail('phi', 'lang',
     'Tran Thu Ha <thuha.tran@thumail.example>',
     'Dung Pham <dpham@nvrcc.org>',
     'Bố em bị sốt sau khi truyền hóa chất',
     """\
Chào chị Dung,

Em là Trần Thu Hà, con gái của ông Trần Minh Đức (sinh ngày 30/11/1952). Tối qua
bố em bị sốt 38,6 độ và run lạnh, đây là ngày thứ 8 sau khi truyền hóa chất. Em đã
cho bố uống Tylenol nhưng vẫn còn sốt. Bố em cũng lỡ hẹn thử máu hôm thứ Hai vì xe
bị hỏng. Em có nên đưa bố vào phòng cấp cứu không, hay gọi cho bác sĩ Haines
trước?

Số điện thoại của em: 608-555-0183.

Cảm ơn chị nhiều,
Hà
""",
     'Wed, 12 Mar 2025 06:40:10 -0500', patient='Trần Minh Đức')

mail('phi', 'lang',
     'Marie-Claude Jean-Baptiste <mcjeanbaptiste@kreyolmail.example>',
     'Aaron Feldstein <afeldstein@nvrcc.org>',
     'Po mwen ak randevou jedi a',
     """\
Bonjou Mis Aaron,

Se mwen menm Marie-Claude Jean-Baptiste. Mwen fin fè 10 tretman radyasyon nan
tete goch mwen. Po a wouj anpil epi li grate m lannwit, mwen pa ka dòmi. Èske m ka
mete krèm Aquaphor la oswa gen yon lòt bagay pou m mete? Epitou mwen pa ka vini
jedi a 9è paske pitit mwen an gen randevou lekòl, èske n ka chanje lè a pou
apremidi?

Mèsi anpil, Bondye beni nou,
Marie-Claude
""",
     'Mon, 17 Mar 2025 21:33:48 -0500', patient='Jean-Baptiste')

mail('phi', 'lang',
     'Алексей Соколов <a.sokolov@pochta.example>',
     'Dr. Simone Varga <svarga@nvrcc.org>',
     'Соколова Галина Петровна - вопрос после химиотерапии',
     """\
Здравствуйте, доктор Варга!

Пишу по поводу моей мамы, Соколовой Галины Петровны (дата рождения 14.07.1948).
После последнего курса химиотерапии у неё сильная слабость, пропал аппетит, и
появились отёки на ногах. Вчера мы измерили давление - 160/95. Она принимает
дексаметазон по схеме, которую вы дали, и ещё таблетки от давления. Нужно ли
приехать раньше, чем назначено (8 апреля)? Анализ крови она сдавала 20 марта.

С уважением,
Алексей Соколов (сын)
тел. 608-555-0176
""",
     'Sun, 23 Mar 2025 10:05:00 -0500', patient='Соколова', cte='base64')

mail('phi', 'lang',
     'Rosa Balagtas-Lim <rosablim@pinoymail.example>',
     'Priya Castellano <pcastellano@nvrcc.org>',
     'Re: hospice - si Tatay',
     """\
Hi Ms. Priya,

Salamat po ulit sa tulong ninyo sa hospice referral ni Tatay (Teodoro Balagtas).
Dumating po yung nurse kahapon at nagdala ng hospital bed at oxygen. Pinalitan na
rin po nila yung gamot niya sa sakit, liquid morphine na po ngayon, mas madali daw
ipainom. Medyo kalmado na po siya at nakakatulog na.

Tanong lang po: kailangan pa po ba naming pumunta sa appointment kay Dr. Osei sa
April 3? Hindi na po kaya ni Tatay bumiyahe.

Maraming salamat po,
Rosa

On Fri, Mar 7, 2025 at 8:25 AM Priya Castellano <pcastellano@nvrcc.org> wrote:
> Hi Rosa, Meadowlark Hospice will call you today to set up the first visit.
> Please call me if you don't hear from them by 3pm. - Priya
""",
     'Mon, 10 Mar 2025 07:48:12 -0500', patient='Balagtas')

mail('phi', 'lang',
     'Faisal Al-Qahtani <faisal.alq@bareed.example>',
     'Radiation Oncology Front Desk <radonc-desk@nvrcc.org>',
     'موعد والدي - عبد الرحمن القحطاني',
     """\
السلام عليكم،

أنا فيصل القحطاني، ابن المريض عبد الرحمن القحطاني. والدي عنده موعد المحاكاة
(CT simulation) يوم الأربعاء ٢٦ مارس الساعة الواحدة ظهراً في قسم العلاج
الإشعاعي. نريد أن نسأل: هل يجب أن يكون صائماً قبل الموعد؟ وهو يأخذ دواء السكري
(ميتفورمين) والأسبرين يومياً، هل يتوقف عنهما؟

وأيضاً نرجو التأكيد أن المترجم سيكون رجلاً كما طلبنا.

شكراً جزيلاً،
فيصل
٦٠٨-٥٥٥-٠١٢٤
""",
     'Sat, 22 Mar 2025 19:20:00 -0500', patient='القحطاني')

mail('phi', 'lang',
     'Mei-Ling Huang <meiling.huang63@mailhub.example>',
     'Patient Navigation <navigation@nvrcc.org>',
     '改期请求 - 黄美玲',
     """\
您好，

我是黄美玲（Mei-Ling Huang），出生日期1963年5月8日。我四月一日在外科有一个手术
咨询，但我丈夫那天要上班，不能送我去。请问可以改到四月三日或者四日吗？

另外，Haines医生说化疗可以等到我女儿四月十二日的婚礼之后再开始，我想再确认一下
这样推迟对我的治疗没有影响。

谢谢！
美玲
手机：608-555-0141
""",
     'Wed, 19 Mar 2025 22:10:45 -0500', patient='黄美玲', cte='base64')

# ---------------------------------------------------------------------------
# CLEAN / admin
# ---------------------------------------------------------------------------

mail('clean', 'admin',
     'Carmen Iturbe <citurbe@nvrcc.org>',
     'Infusion Staff <infusion-staff@nvrcc.org>',
     'RN schedule wk of 3/17 - FINAL',
     """\
Final schedule for next week. Swaps after today go through me, not Kronos.

        Mon 3/17   Tue 3/18   Wed 3/19   Thu 3/20   Fri 3/21
Charge  Carmen     Carmen     Renata     Carmen     Beth
0700    Renata     Beth       Beth       Renata     Renata
0700    Joy        Joy        Hamid      Hamid      Joy
0900    Beth       Hamid      Joy        Beth       Hamid
1000    Anh        Anh        Anh        (agency)   Anh
Float   Sunita     --         Sunita     Sunita     --

Agency RN Thursday is Kelsey Ward, her badge will be at the security desk. Hamid
is precepting her. Call me at 608-555-0171 if you're sick, don't text.

Carmen Iturbe, RN, OCN
Infusion Nurse Manager
""",
     'Thu, 13 Mar 2025 16:02:22 -0500')

mail('clean', 'admin',
     'IT Service Desk <servicedesk@nvrcc.org>',
     'Tomasz Lindqvist <tlindqvist@nvrcc.org>',
     'INC0048213 updated - Linac 2 console workstation freezing',
     """\
Incident INC0048213 has been updated.

Short description: Linac 2 treatment console workstation freezes at login
Caller: Lindqvist, Tomasz (Radiation Therapy)
Location: NVRCC - Radiation Oncology - Vault 2 control area
Priority: 2 - High
Assigned to: Gerald Ibsen (Clinical Systems)

Work notes (Gerald Ibsen, 2025-03-11 09:41):
  Remoted in, GPO update pushed Sunday night broke the display driver on the
  HP Z2 units. Rolled back driver to 27.20.100. Rebooted x2, login < 20 s now.
  Vendor ticket VN-330981 opened with the RO software vendor to confirm the
  newer driver is supported before we re-push.

Please reply to this email if the issue returns. To keep this ticket open,
do not change the subject line.

Ref:MSG0771934
""",
     'Tue, 11 Mar 2025 09:45:10 -0500')

mail('clean', 'admin',
     'Accounts Receivable <ar@crescentlinen.example>',
     'Accounts Payable <ap@nvrcc.org>',
     'Invoice INV-2025-03317 - Northvale Regional Cancer Centre',
     """\
Good morning,

Please find invoice details below for February service. PDF copy available in the
customer portal.

Invoice #:       INV-2025-03317
Customer #:      NV-00418
PO #:            4500082219
Service period:  02/01/2025 - 02/28/2025
Items:           Patient gowns (blue, XL)      1,240 ea   @ 0.62
                 Warm blankets, infusion        980 ea   @ 0.81
                 Scrubs exchange, RO dept       416 ea   @ 1.05
Subtotal:        $2,000.40
Fuel surcharge:  $74.00
TOTAL DUE:       $2,074.40   Net 30

Remit to: Crescent Linen Services, PO Box 1187, Millbrook WI 53571
Questions: Dana Whitlock, 608-555-0125

Thank you for your business!
""",
     'Mon, 03 Mar 2025 07:30:00 -0600')

mail('clean', 'admin',
     'NVRCC Human Resources <hr@nvrcc.org>',
     'Hamid Rostami <hrostami@nvrcc.org>',
     'Welcome aboard! Your first day checklist',
     """\
Hi Hamid,

Welcome to Northvale Regional Cancer Centre! Your first day is Monday, March 3.

 - Employee ID: E204417  (you'll use this for Kronos and the benefits portal)
 - Report to: HR Conference Room B, 1st floor, 7:45 am
 - Badge photo: 8:30 am, Security office (bring a photo ID)
 - Occupational health: your TB test and flu/COVID vaccine records are still
   outstanding - please bring them or book with Employee Health at x2205
 - Benefits enrollment window closes April 2 (30 days from hire)
 - Parking: staff garage level 3 or 4, hang tag at security

Your manager Carmen Iturbe will meet you after lunch for unit orientation.

Best,
Olivia Dunmore
HR Generalist | 608-555-0110
""",
     'Wed, 26 Feb 2025 13:12:00 -0600')

mail('clean', 'admin',
     'Facilities Management <facilities@nvrcc.org>',
     'All NVRCC Staff <allstaff@nvrcc.org>',
     'Parking garage Level 2 closed 3/22-3/23 - sealant work',
     """\
All staff,

Level 2 of the main parking garage will be closed Saturday 3/22 from 6 am through
Sunday 3/23 at 8 pm for concrete sealant work. Patient and visitor parking will
shift to Level 1 and the surface lot by Radiation Oncology (door C). Staff working
the weekend please use the overflow lot on Birch St. - the shuttle will run every
15 minutes from 6 am to 7 pm.

Valet at the main entrance will operate as usual for infusion and radiation
patients.

Questions: Facilities work order line x3300, or Ray Mendoza, 608-555-0119.

Facilities Management
""",
     'Tue, 18 Mar 2025 12:00:00 -0500',
     html="""\
<html><body><h3 style="color:#7a1f1f">Parking garage Level 2 closed 3/22-3/23</h3>
<p>Level 2 of the main parking garage will be closed <b>Saturday 3/22 from 6 am through Sunday 3/23 at 8 pm</b> for concrete sealant work. Patient and visitor parking will shift to Level 1 and the surface lot by Radiation Oncology (door C).</p>
<p>Staff working the weekend please use the overflow lot on Birch St. - the shuttle will run every 15 minutes from 6 am to 7 pm.</p>
<p>Valet at the main entrance will operate as usual for infusion and radiation patients.</p>
<p>Questions: Facilities work order line x3300, or Ray Mendoza, 608-555-0119.</p></body></html>
""")

mail('clean', 'admin',
     'Revenue Cycle Systems <rcsystems@nvrcc.org>',
     'Revenue Cycle <revcycle@nvrcc.org>',
     'Planned downtime: charge router & claim scrubber, Sat 3/29 22:00-02:00',
     """\
Team,

The charge router and the claim scrubber will be down Saturday 3/29 from 22:00 to
Sunday 02:00 for the quarterly CPT/HCPCS code set load and the new payer edits.

What to expect:
  * Infusion charges (96413/96415/96417 and J-codes) entered during downtime will
    queue and post automatically when the router comes back. Do not re-enter.
  * Claim batch 0329-C will be held and released Monday 06:00.
  * Work queues WQ-214 (RO technical) and WQ-220 (drug waste JW/JZ) will show
    stale counts until ~07:00 Sunday.

Change ticket: CHG0019552. On-call: Petra Lindahl, 608-555-0135.

Revenue Cycle Systems
""",
     'Wed, 26 Mar 2025 10:00:00 -0500')

mail('clean', 'admin',
     'Tumor Board Coordinator <tumorboard@nvrcc.org>',
     'Thoracic Tumor Board <thoracic-tb@nvrcc.org>',
     'Room change - Thoracic Tumor Board 3/27 moves to Conf Rm 4A',
     """\
Hi all,

Thursday's Thoracic Tumor Board (3/27, 7:00-8:00 am) moves to Conference Room 4A
because of the AV upgrade in the auditorium. Teams link is unchanged.

Case list will be posted in the secure tumor board workspace by Wednesday noon as
usual - reminder NOT to reply-all with case details on this thread.

Breakfast sponsored by the Pulmonary department this week. CME code will be on the
screen at the start.

Thanks,
Lorna Featherstone
Cancer Conference Coordinator | x2291
""",
     'Mon, 24 Mar 2025 15:15:00 -0500')

# ---------------------------------------------------------------------------
# CLEAN / lookalike
# ---------------------------------------------------------------------------

mail('clean', 'lookalike',
     'Ironridge Fitness <hello@ironridgefitness.example>',
     'Dale Mercer <dale.mercer@inboxly.example>',
     'Your free fitness assessment is booked - Member #4410-2291',
     """\
Hi Dale,

You're booked for your complimentary fitness assessment!

Member #:   4410-2291
Date:       Thursday, March 20, 6:15 PM
Coach:      Tara K., CSCS
Location:   Ironridge Fitness - Riverside

What we'll check: resting heart rate, blood pressure, body composition (InBody
scan), grip strength and a movement screen. Please don't eat a big meal 2 hours
before, and bring water. If you have a heart condition or recent injury, let your
coach know before you start.

Need to reschedule? Call the front desk at 608-555-0108 or reply to this email.

Stay strong,
The Ironridge Team
""",
     'Sun, 16 Mar 2025 09:00:00 -0500',
     html="""\
<html><body style="font-family:Arial"><h2>You're booked, Dale!</h2>
<table><tr><td>Member #</td><td>4410-2291</td></tr><tr><td>Date</td><td>Thursday, March 20, 6:15 PM</td></tr>
<tr><td>Coach</td><td>Tara K., CSCS</td></tr><tr><td>Location</td><td>Ironridge Fitness - Riverside</td></tr></table>
<p>What we'll check: resting heart rate, blood pressure, body composition (InBody scan), grip strength and a movement screen.</p>
<p>Need to reschedule? Call 608-555-0108.</p></body></html>
""")

mail('clean', 'lookalike',
     'Dr. Hannah Lutz DVM <hlutz@cedarpawsvet.example>',
     'Mark Ellery <mark.ellery@mailhub.example>',
     "Biscuit - chemo week 6 and bloodwork",
     """\
Hi Mark,

Biscuit's bloodwork from this morning looks good - white count recovered nicely
(neutrophils 3.9) so we went ahead with his week 6 doxorubicin. He was a champ,
lots of treats. Lymph nodes under his jaw are still about half the size they were
at diagnosis, which is what we want to see on the CHOP protocol.

Home plan:
 - Cerenia 16 mg once daily x 3 days for nausea
 - gloves when picking up his poop for 48 h
 - next visit week 7 (vincristine) on 3/26, 9:30 am

Patient: Biscuit (canine, beagle mix, 9 yr, 14.2 kg)   Client #: 20877
Chart #: CP-55812

Call if he stops eating or has diarrhea more than a day.

Dr. Hannah Lutz, DVM, DACVIM (Oncology)
Cedar Paws Veterinary Specialists | 608-555-0160
""",
     'Wed, 19 Mar 2025 13:40:00 -0500')

mail('clean', 'lookalike',
     'Lakeshore Community Credit Union <alerts@lakeshoreccu.example>',
     'Joy Akintola <joy.akintola@fastmail.example>',
     'Member #0048291 - your auto loan application was approved',
     """\
Dear Joy Akintola,

Good news! Your auto loan application (App ID AL-2025-118734) has been approved.

Member number:   0048291
Loan amount:     $18,500.00
Term:            60 months
APR:             6.24%
First payment:   May 1, 2025

To finalize, please sign your documents in online banking by March 28. You'll
need the last 4 of the account you'd like payments drawn from (Share Draft
ending 7721).

Questions? Call member services at 1-800-555-0142, Mon-Sat.

Lakeshore Community Credit Union - Federally insured by NCUA
""",
     'Fri, 21 Mar 2025 08:12:00 -0500')

mail('clean', 'lookalike',
     'Northstar Airways <reservations@northstarair.example>',
     'Hamid Rostami <hamid.rostami@mailhub.example>',
     'Your trip confirmation - XQ7TRM - Madison to Boston',
     """\
Hello HAMID ROSTAMI,

Your trip is confirmed. Confirmation code: XQ7TRM

Flight NS 2281   MSN -> ORD   Fri 11 Apr 2025   06:05 - 07:20   Seat 14C
Flight NS 0917   ORD -> BOS   Fri 11 Apr 2025   08:45 - 11:58   Seat 22A

NorthStar Rewards #: 883 401 275 (Silver)
Ticket number: 0127439910281
Special service: none
Bags: 1 carry-on, 1 personal item

Need special assistance at the airport (wheelchair, medical device, oxygen)?
Add it under Manage Trip at least 48 hours before departure.

Safe travels,
Northstar Airways
""",
     'Mon, 10 Mar 2025 19:22:41 -0500')

mail('clean', 'lookalike',
     'Claims - Granite Mutual Auto <claims@granitemutual.example>',
     'Beth Sorensen <bsorensen.home@inboxly.example>',
     'Claim 31-7720846-A: windshield replacement scheduled',
     """\
Dear Beth Sorensen,

Thank you for reporting your claim. Here are the details:

Claim number:     31-7720846-A
Policy number:    GMA-4419-002817
Date of loss:     03/08/2025
Vehicle:          2019 Subaru Outback, VIN ending 40218
Loss type:        Glass - comprehensive
Injuries:         None reported
Deductible:       $0 (full glass coverage)

Your windshield replacement is scheduled with ClearView Auto Glass on 03/14/2025
between 8 and 10 am at your home address on file. The technician will recalibrate
the EyeSight camera after installation.

Your adjuster is Tim Okafor, 608-555-0113.

Granite Mutual Auto Insurance
""",
     'Tue, 11 Mar 2025 14:30:00 -0500')

mail('clean', 'lookalike',
     'Oakhaven Tree Surgeons <office@oakhaventree.example>',
     'Ray Mendoza <rmendoza@nvrcc.org>',
     'Site visit report - red oak by the Birch St lot',
     """\
Hi Ray,

Thanks for meeting Luis on site Tuesday. Summary of his assessment of the large
red oak at the Birch St overflow lot (tree tag #117):

Diagnosis: Armillaria root rot with basal decay on the north side; about 30% of
the root flare is compromised. Canopy shows dieback in the upper crown. We also
found an old wound at 2 m that has been "treated" with tar at some point, which
didn't help.

Prognosis: poor. The tree is a moderate-to-high risk over a parking area.

Recommended treatment:
 1. Crown reduction (20-25%) and deadwood removal now - quote Q-2291, $2,850
 2. Resistograph test in 12 months to monitor decay progression
 3. If decay > 40%, removal and stump grinding - quote Q-2292, $6,400

We can schedule the crown reduction for the week of 4/7 if you sign by 3/28.

Luis Ortega, ISA Certified Arborist WI-0418A
Oakhaven Tree Surgeons | 608-555-0151
""",
     'Thu, 20 Mar 2025 16:44:00 -0500')

mail('clean', 'lookalike',
     'Nikhil Rao <nrao@nvrcc.org>',
     'Integration Dev <integration-dev@nvrcc.org>',
     'post-mortem: patient-worker zombie processes on ifc-prd-03',
     """\
Summary of Friday night's incident on the interface box:

 - The "patient" worker (the long-running retry process, not anything to do with
   actual patients - yes we should rename it) forked child processes that never
   got reaped. By 23:00 there were ~4,100 zombies and the PID table was full.
 - Symptom: heartbeat monitor went red at 23:12, queue depth on the admissions
   feed hit 9,800.
 - Triage: killed the parent (pid 21177), systemd restarted it, children reaped.
 - Root cause: SIGCHLD handler was dropped in the 4.2 refactor (commit 8e1f0c2).
 - Treatment: restore the handler, add a watchdog that alerts at 500 defunct procs.
 - Prognosis: fine once 4.2.1 is deployed Tuesday.

Action items in JIRA INT-1182, INT-1183. Thanks Wendell for getting up at 11pm.

nikhil
""",
     'Mon, 17 Mar 2025 09:10:00 -0500')

# ---------------------------------------------------------------------------
# CLEAN / news
# ---------------------------------------------------------------------------

mail('clean', 'news',
     'NVRCC Communications <news@nvrcc.org>',
     'All NVRCC Staff <allstaff@nvrcc.org>',
     'The Northvale Pulse - March 2025',
     """\
THE NORTHVALE PULSE | March 2025

NEW LINAC GOES CLINICAL
Linac 4 completed commissioning on March 7 and treated its first patients on
March 10. Thanks to physics (led by Dr. Anders Kjeldsen, PhD, DABR) for 14 weeks
of acceptance testing and beam data collection. Linac 4 adds surface-guided
setup and will take most of the SBRT and breath-hold breast workload.

DAISY AWARD
Congratulations to Joy Abernathy, RN, from the Infusion Center, nominated by a
family for "making every Tuesday feel less scary." Joy has been with NVRCC for
11 years.

TRIALS OFFICE BY THE NUMBERS (FY25 Q2)
  42 open interventional trials | 118 new enrollments | 9 new sites activated

SAVE THE DATE
Northvale Steps Against Cancer 5K - Saturday, May 17, Riverside Park. Staff
teams register at nvrcc.org/steps by April 30. Last year we raised $212,000 for
the patient assistance fund.

Questions or story ideas: news@nvrcc.org
""",
     'Mon, 03 Mar 2025 08:00:00 -0600',
     html="""\
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#1d4e89">The Northvale Pulse</h1><p><i>March 2025</i></p>
<h2>New linac goes clinical</h2><p>Linac 4 completed commissioning on March 7 and treated its first patients on March 10. Thanks to physics (led by Dr. Anders Kjeldsen, PhD, DABR) for 14 weeks of acceptance testing and beam data collection.</p>
<h2>DAISY Award</h2><p>Congratulations to Joy Abernathy, RN, from the Infusion Center, nominated by a family for &ldquo;making every Tuesday feel less scary.&rdquo;</p>
<h2>Trials office by the numbers (FY25 Q2)</h2><ul><li>42 open interventional trials</li><li>118 new enrollments</li><li>9 new sites activated</li></ul>
<h2>Save the date</h2><p>Northvale Steps Against Cancer 5K - Saturday, May 17, Riverside Park.</p>
</body></html>
""")

mail('clean', 'news',
     'Harlow County Public Health <bulletin@harlowcountyhealth.example>',
     'Community Partners <partners-list@harlowcountyhealth.example>',
     'Health Bulletin: Colorectal Cancer Awareness Month - county data & free FIT kit events',
     """\
HARLOW COUNTY PUBLIC HEALTH - COMMUNITY HEALTH BULLETIN
Vol. 12, No. 3 - March 2025

Colorectal cancer in Harlow County (Cancer Registry, 2018-2022)
 - 612 new cases diagnosed; age-adjusted incidence 38.1 per 100,000
 - 27% of new cases were in adults younger than 55 (state: 21%)
 - Screening up to date, ages 45-75: 61.4% (state 67.0%, goal 74.4%)
 - Rural townships had late-stage diagnosis rates 1.4x the urban rate

Free FIT kit events
  Sat 3/15  Millbrook Public Library     10 am - 1 pm
  Wed 3/19  Fairhaven Farmers Co-op      3 pm - 6 pm
  Sat 3/29  St. Casimir Parish Hall      9 am - 12 pm

Partners can order printed materials in English, Spanish, Hmong and Vietnamese at
no cost. Data tables are available on the county open-data portal; counts under
11 are suppressed.

To unsubscribe, reply with REMOVE.
""",
     'Fri, 07 Mar 2025 10:00:00 -0600')

mail('clean', 'news',
     'Pharmacy Quality Alerts <rx-alerts@nvrcc.org>',
     'Pharmacy All <pharmacy-all@nvrcc.org>',
     'URGENT RECALL: Ondansetron Injection 2 mg/mL (Valemont Pharma) - 4 lots',
     """\
*** FORWARDED MANUFACTURER RECALL NOTICE ***

Valemont Pharmaceuticals, Inc. is voluntarily recalling four lots of Ondansetron
Injection, USP, 2 mg/mL, 20 mL multi-dose vials, to the user level due to the
presence of visible particulate matter identified during stability testing.

NDC            Lot       Exp
70421-118-20   V24K031   10/2026
70421-118-20   V24K044   10/2026
70421-118-20   V24L002   11/2026
70421-118-20   V24L019   11/2026

To date, Valemont has received no reports of adverse events related to this
recall.

ACTION FOR NVRCC:
 - Central pharmacy has 6 vials of lot V24K044 - quarantined 3/12 10:40.
 - Infusion satellite and RO clinic: check Pyxis pockets, pull any of these lots
   and return to central in a labeled bag. Substitute 4 mg/2 mL single-dose vials.
 - Document on the recall log by end of shift Friday.

Olu Bamidele, PharmD
Medication Safety Officer
""",
     'Wed, 12 Mar 2025 11:05:00 -0500')

mail('clean', 'news',
     'Midwest Oncology Pharmacy Network <digest@mopn.example>',
     'leah.marchetti@nvrcc.org',
     'MOPN Shortage Watch #2025-06: carboplatin easing, fluorouracil tight',
     """\
MOPN SHORTAGE WATCH  |  Issue 2025-06  |  March 14, 2025

CARBOPLATIN - improving. Two manufacturers report full allocation restored; a
third expects release of backordered 600 mg vials in late April. Members may
lift the conservation measures adopted in 2023 (dose rounding to the nearest
vial, AUC caps) per local P&T.

FLUOROURACIL 2.5 g/50 mL - constrained. Allocation at ~70% of historical
purchases through Q2. Consider 5 g/100 mL pharmacy bulk packages where
compounding workflow allows.

LEUCOVORIN - stable. Levoleucovorin remains an option for supply, note cost.

METHOTREXATE 1 g - resolved.

Survey: 31 of 44 member sites report no patient-level treatment delays this
month related to shortages, down from 37 in February.

Midwest Oncology Pharmacy Network - members only, do not redistribute.
""",
     'Fri, 14 Mar 2025 06:30:00 -0500')

mail('clean', 'news',
     'OncoJournal Weekly <alerts@oncojournalweekly.example>',
     'nhaines@nvrcc.org',
     'This week: phase 3 results in HR+ breast cancer, ctDNA surveillance, and more',
     """\
ONCOJOURNAL WEEKLY - Editors' picks

1) LUMEN-3: adding an oral SERD to a CDK4/6 inhibitor in first-line HR+/HER2-
   advanced breast cancer. n=1,108. Median PFS 27.4 vs 22.1 months (HR 0.79,
   95% CI 0.67-0.92). Grade >=3 neutropenia 58% vs 54%. Overall survival data
   immature. Editorial: "meaningful, but at what cost?"

2) ctDNA-guided surveillance after resection of stage II-III colon cancer: in
   a pooled analysis of 2,417 patients, ctDNA positivity at 4 weeks predicted
   recurrence with a sensitivity of 71%.

3) Case series (Letters): three patients in their 70s developed myocarditis
   within 6 weeks of starting dual checkpoint blockade; all had troponin
   elevations before symptoms. Authors suggest baseline and weekly troponin.

4) Survey of 312 radiation oncologists on hypofractionation for prostate cancer:
   81% now use 20-fraction regimens as default.

Read full articles with your institutional login.
""",
     'Tue, 18 Mar 2025 05:00:00 -0500')

mail('clean', 'news',
     'Supportive Care Services <supportivecare@nvrcc.org>',
     'All NVRCC Staff <allstaff@nvrcc.org>',
     'Volunteer & hospice partner update - spring 2025',
     """\
Hi everyone,

A few updates from Supportive Care:

* New hospice partner. Hearthstone Hospice joins Meadowlark and Bridgewater as a
  preferred partner starting April 1. Hearthstone has an 8-bed inpatient unit in
  Fairhaven and Arabic- and Somali-speaking chaplains.

* Legacy project volunteers. Our volunteer team helped 23 families make
  recordings and memory books last quarter. If you know someone who might
  benefit, referral forms are on the intranet under Supportive Care.

* Therapy dogs are back in the infusion lobby Tuesdays and Thursdays, 10-12
  (welcome back, Pickles and Moose).

* Bereavement support group for families meets the 2nd Wednesday monthly, 6 pm,
  Healing Garden room. Open to the community.

Thank you for all you do,
Reverend Clara Mbeki-Stone, BCC
Director, Supportive Care & Chaplaincy
""",
     'Thu, 27 Mar 2025 09:30:00 -0500')

# ---------------------------------------------------------------------------
# CLEAN / staff
# ---------------------------------------------------------------------------

mail('clean', 'staff',
     'Dr. Ingrid Solberg <isolberg@nvrcc.org>',
     'Oncology Pharmacists <onc-pharm@nvrcc.org>',
     'curbside: steroid-refractory colitis on IO',
     """\
Quick general question for the pharm team, no need to look anyone up:

60s male, about 10 weeks into nivolumab, grade 3 colitis, on methylpred 2 mg/kg
for 72h with minimal improvement. GI is scoping tomorrow. If we go to
infliximab, do we have a preferred biosimilar on formulary now, and is
vedolizumab something we can get without a 2-week auth fight?

Also - do we have a standing order set for the TB/hep B screening before
infliximab or do I build it each time?

thanks
Ingrid
""",
     'Mon, 17 Mar 2025 18:20:00 -0500')

mail('clean', 'staff',
     'Olu Bamidele <obamidele@nvrcc.org>',
     'Infusion Staff <infusion-staff@nvrcc.org>',
     'Extravasation policy NUR-ONC-014 rev. 6 - what changed',
     """\
Team,

P&T approved revision 6 of the extravasation policy. Key changes:

1. Anthracycline extravasation: dexrazoxane kit now stocked in the infusion
   satellite (was central only). Must start within 6 hours; day 1-3 dosing.
2. Vinca alkaloids: warm compress + hyaluronidase - order set updated so the
   150 units SC is pre-checked.
3. Photo documentation with the secure camera app at 0, 24 h and 1 week -
   not personal phones.
4. Follow-up call at 24 h is now the primary RN's responsibility, not the
   charge RN.

Please complete the 10-min module in the LMS by 4/15. Laminated cards for the
spill/extrav kits are coming next week.

Olu
""",
     'Thu, 06 Mar 2025 12:00:00 -0600', cte='quoted-printable')

mail('clean', 'staff',
     'Carmen Iturbe <citurbe@nvrcc.org>',
     'Infusion Staff <infusion-staff@nvrcc.org>',
     'call outs today - need help 2nd half',
     """\
Anh and Hamid both called out sick (the stomach bug going around, stay home!!).
We have 38 on the board. Float pool sent Sunita until 1500. Can anyone on the
0900 shift stay until 1930? OT approved. Joy can take 2 extra chairs if someone
covers her lunch.

Also reminder: if you had the bug, 48h symptom-free before coming back per
Employee Health.

Carmen
608-555-0171
""",
     'Fri, 21 Mar 2025 06:45:00 -0500')

mail('clean', 'staff',
     'Dr. Anders Kjeldsen <akjeldsen@nvrcc.org>',
     'Radiation Oncology MDs <radonc-md@nvrcc.org>',
     'Re: heart constraints for L breast - proposal for chart rounds',
     """\
I'd like to standardise what we write in the planning directive. Proposal:

  Whole-breast, L side, DIBH:   mean heart < 3 Gy (ideal < 2), LAD Dmax < 10 Gy
  Chest wall + RNI, L side:     mean heart < 4 Gy, LAD mean < 8 Gy
  If DIBH not tolerated:        physics review before plan approval

Over the last quarter, 7 of our 52 left-sided plans went over mean heart 4 Gy,
mostly IMN-included cases. Happy to show the DVH summary at Tuesday chart rounds.

Anders

On Fri, Mar 14, 2025 at 3:15 PM Kwame Osei-Mensah <kosei@nvrcc.org> wrote:
> Anders, can we get a single set of cardiac constraints into the template? I'm
> seeing three different versions in directives.
""",
     'Sat, 15 Mar 2025 10:40:00 -0500')

mail('clean', 'staff',
     'Clinical Trials Office <cto@nvrcc.org>',
     'Oncology Providers <onc-providers@nvrcc.org>',
     'NOW OPEN: NVR-2311 (phase 2, ADC in previously treated urothelial ca)',
     """\
NVR-2311 is open to accrual as of today. PI: Dr. Funmilayo Adesanya, APRN
(sub-I) / Dr. Simone Varga (PI).

Key eligibility (full list in the protocol binder and OnCore):
  - Locally advanced or metastatic urothelial carcinoma
  - Progression on or after platinum chemo AND a checkpoint inhibitor
  - ECOG 0-1, measurable disease per RECIST 1.1
  - No grade >= 2 peripheral neuropathy, no active keratitis
  - CrCl >= 30 mL/min
Target: 8 patients at NVRCC over 18 months.

Please page the CTO (x4600) or drop a note in the pre-screen queue for anyone
you think fits. Don't email names.

Clinical Trials Office
""",
     'Tue, 04 Mar 2025 14:00:00 -0600')

mail('clean', 'staff',
     'Marisol Reyes <mreyes@nvrcc.org>',
     'Navigation Team <navigation@nvrcc.org>',
     'hospice referral workflow - draft v2 for comments',
     """\
Hi team, draft v2 of the workflow we talked about. Comments by Friday please.

1. Provider documents goals-of-care conversation + hospice order.
2. Navigator confirms agency choice with patient/family (offer all 3 partners,
   document choice - CMS requirement).
3. Navigator sends referral via the agency portal, NOT email. Face sheet, last 2
   notes, med list, code status/POLST, insurance.
4. Agency confirms receipt within 4 business hours; if not, navigator calls.
5. Cancel future infusion/RT appointments only after admission is confirmed.
6. Letter to outside PCP within 2 business days.

Open question: who owns the follow-up call at 7 days - navigator or SW?

Marisol Reyes, BSN, RN
Lead Patient Navigator
""",
     'Mon, 24 Mar 2025 11:00:00 -0500')

mail('clean', 'staff',
     'Beth Sorensen <bsorensen@nvrcc.org>',
     'Olu Bamidele <obamidele@nvrcc.org>',
     'FW: paclitaxel premeds - oral dex ok?',
     """\
Olu - forwarding Renata's question, I had the same one. Can you weigh in?

Beth

---------- Forwarded message ---------
From: Renata Fowles <rfowles@nvrcc.org>
Date: Wed, Mar 19, 2025 at 2:02 PM
Subject: paclitaxel premeds - oral dex ok?
To: Beth Sorensen <bsorensen@nvrcc.org>

Beth, general question. Some of the weekly paclitaxel orders now have oral
dexamethasone 12 mg taken at home the night before + morning of instead of IV
dex 20 in the chair. Is that our standard now? And after cycle 2 with no
reaction, are we tapering dex per the new guideline or is that provider choice?
We had a lady react on cycle 2 last year even with full premeds so I'm nervous
about tapering.

R
""",
     'Wed, 19 Mar 2025 15:30:00 -0500')

# ---------------------------------------------------------------------------
# CLEAN / training
# ---------------------------------------------------------------------------

mail('clean', 'training',
     'Clinical Informatics Education <ehr-training@nvrcc.org>',
     'New Hires - March <newhire-mar25@nvrcc.org>',
     'EHR oncology module - practice environment logins',
     """\
Welcome to Beacon/Onc training! For Thursday's hands-on session you'll work in the
PLAYGROUND environment (not production). Use these fictional test patients only:

  ZZTEST, ONCOLOGY       MRN 9999001   DOB 01/01/1950   (carboplatin/paclitaxel plan)
  ZZTEST, INFUSION       MRN 9999002   DOB 01/01/1960   (pembrolizumab plan)
  ZZTEST, RADONC         MRN 9999003   DOB 01/01/1970   (breast RT course)

Exercises:
  1. Release day 1 of the treatment plan for ZZTEST, ONCOLOGY; document a hold
     for ANC < 1.5.
  2. Reschedule ZZTEST, INFUSION's cycle to the next day and route a message to
     the pharmacy pool.
  3. Enter a fraction-tracking note for ZZTEST, RADONC.

Login: your network ID + PLAY suffix, password Training#2025 (reset at first login).
Never enter real patient info in PLAYGROUND - it's refreshed from a scrubbed copy.

Clinical Informatics Education | x2500
""",
     'Tue, 04 Mar 2025 09:00:00 -0600')

mail('clean', 'training',
     'Wendell Park <wpark@nvrcc.org>',
     'Interface Support <support@lumenlink-integration.example>',
     'TEST env - sample ORU for new Keystone route',
     """\
Ravi - sample message we'll send from TEST tomorrow for the new route validation.
All demographic data is the standard dummy patient, please use the same on your
side. Processing ID is T.

MSH|^~\\&|KEYSTONE_LIS|KPA|NVRCC_EHR|NVRCC_TST|20250325090000||ORU^R01|TEST000123|T|2.5.1
PID|1||TEST0001^^^NVRCC^MR||DOE^JOHN^Q^^^^D||19000101|M|||123 TEST ST^^ANYTOWN^ZZ^00000||(555)555-5555
PV1|1|O|TESTLOC^^^NVRCC||||9999999^TEST^PROVIDER
OBR|1|TESTORD1|TESTACC1|CBCD^CBC W DIFF^L|||20250325080000
OBX|1|NM|WBC^WBC^L||5.5|10*3/uL|4.0-10.5|N|||F
OBX|2|NM|HGB^HEMOGLOBIN^L||14.0|g/dL|12.0-16.0|N|||F

Expect about 20 of these with DOE^JANE and TEST^PATIENT variations.

Wendell
""",
     'Mon, 24 Mar 2025 16:20:00 -0500')

mail('clean', 'training',
     'Aria Chen <achen@vitalflowpumps.example>',
     'Carmen Iturbe <citurbe@nvrcc.org>',
     'VitalFlow drug library demo recording + sample report',
     """\
Hi Carmen,

Thanks for having us for the demo on Tuesday. Recording link is below (expires in
30 days). As promised, attached is the sample compliance report we walked through
- it's generated from our demo server with a made-up hospital ("Demo General") and
sample records, so feel free to share internally.

Highlights:
 - Guardrails compliance 96.2% in the sample month
 - 41 soft-limit overrides on "fluorouracil continuous 46h" in the demo data
 - Top alert: "heparin flush - bolus limit"

Pricing for the 40-pump fleet refresh will come from our rep, Doug.

Best,
Aria Chen, RN, MSN
Clinical Consultant, VitalFlow Infusion Systems
""",
     'Thu, 13 Mar 2025 10:10:00 -0500',
     atts=[('VitalFlow_sample_compliance_report.csv',
            "facility,unit,pump_id,drug,event,limit_type,count\n"
            "Demo General,Demo Infusion,DEMO-0001,fluorouracil 46h,override,soft,18\n"
            "Demo General,Demo Infusion,DEMO-0002,fluorouracil 46h,override,soft,23\n"
            "Demo General,Demo Infusion,DEMO-0003,heparin flush,alert,bolus,54\n"
            "Demo General,Demo Oncology,DEMO-0011,oxaliplatin,reprogram,hard,3\n",
            'text/csv')])

mail('clean', 'training',
     'Privacy Office <privacy@nvrcc.org>',
     'All NVRCC Staff <allstaff@nvrcc.org>',
     'Annual HIPAA refresher due 4/30 - "Minimum Necessary" examples',
     """\
All workforce members must complete the 2025 HIPAA/Privacy refresher by April 30.

New this year is a module on email. Examples from the course (all fictional):

  WRONG:  "Jane Doe, DOB 01/01/1900, MRN 000000, was admitted with a fever
           after her chemo - can you see her?" sent to an outside address.
  RIGHT:  "I have a shared patient I'd like to discuss - please check your
           secure inbox." with details sent through Direct or the portal.

  WRONG:  A spreadsheet of your clinic's patients emailed to your personal Gmail
          "to work from home".
  RIGHT:  Use the VPN and the reports folder.

Remember: names, dates of birth, addresses, phone numbers, MRNs, account numbers
and photos are all identifiers. When in doubt, call the Privacy Office at x2010.

Complete the module in the LMS: Course ID PRV-2025-01 (approx. 25 minutes).

Privacy Office
""",
     'Mon, 10 Mar 2025 08:00:00 -0500')

mail('clean', 'training',
     'Marisol Reyes <mreyes@nvrcc.org>',
     'Kris Abernathy <kabernathy@nvrcc.org>',
     'onboarding scenario #3 for Friday role-play',
     """\
Kris, here's the scenario for Friday's role-play with the two new navigators. It's
made up - please don't mention any real patients in the debrief either.

SCENARIO 3 (fictional)
"Mrs. Sample" is a 68-year-old woman newly referred after an abnormal mammogram and
biopsy. She lives alone 50 miles away, doesn't drive at night, and her only son
works nights. She speaks Spanish at home and some English. At the first call she
says she's "not sure she wants to do all this."

Navigator tasks:
  - identify barriers (transport, language, social support, ambivalence)
  - schedule interpreter and consult
  - teach-back on what happens at the first visit
  - document in the Navigation Intake template (use TRAINING, SAMPLE in PLAYGROUND)

You play Mrs. Sample; Priya plays the son on the second call.

Thanks!
Marisol
""",
     'Wed, 26 Mar 2025 13:30:00 -0500')

mail('clean', 'training',
     'EDC Support <support@clinicaledc.example>',
     'Janelle Okoro <jokoro@nvrcc.org>',
     'Sandbox access for NVR-2311 - training subjects',
     """\
Hello Janelle,

Your UAT/sandbox access for NVR-2311 is active. Training site 999 has been created
with the following dummy subjects for data-entry practice:

  Subject TEST-001   Initials: T-S-A   Year of birth: 1900   Arm: A
  Subject TEST-002   Initials: T-S-B   Year of birth: 1900   Arm: B
  Subject TEST-003   Initials: T-S-C   Year of birth: 1900   Screen fail

Please complete eCRF training module EDC-201 before entering C1D1 visit data for
TEST-001. Data in the sandbox is wiped nightly at 00:00 UTC. Production access
will be granted once your training certificate is uploaded.

Regards,
Marco Villanueva
EDC Support Desk | ticket SR-778120
""",
     'Fri, 07 Mar 2025 12:45:00 -0500')

# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for row in ROWS:
        w.writerow(row)

if __name__ == '__main__':
    summary = {}
    for _, label, kind, _ in ROWS:
        summary['%s-%s' % (label, kind)] = summary.get('%s-%s' % (label, kind), 0) + 1
    print('%d messages written to %s' % (len(ROWS), OUT))
    for k in sorted(summary):
        print('  %-16s %d' % (k, summary[k]))
