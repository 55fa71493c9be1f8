#!/usr/bin/env python3
"""Blind evaluation mail set (seed 3401): behavioural-health / SUD treatment network
plus the dental practices sharing its mail server. All people, numbers and
organisations are invented."""
import sys, os, csv, io, zipfile, random, email.policy
from email.message import EmailMessage

SEED = 3401
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNT = {}
IDX = [0]
ZDATE = (2025, 3, 6, 8, 15, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row))
        xml_rows.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xml_rows))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zip_bytes(files)


def mk(label, kind, frm, to, subj, date, body, patient='', cc=None, html=None,
       atts=(), cte=None, extra=()):
    key = (label, kind)
    COUNT[key] = COUNT.get(key, 0) + 1
    IDX[0] += 1
    i = IDX[0]
    fn = '%s-%s-%03d.eml' % (label, kind, COUNT[key])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    msg['Message-ID'] = '<%d.%d.%s@%s>' % (SEED, 7000 + i * 37, 'm%03d' % i, dom)
    for k, v in extra:
        msg[k] = v
    if cte is None and body.isascii():
        cte = '7bit'
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        if html.isascii():
            msg.add_alternative(html, subtype='html', cte='7bit')
        else:
            msg.add_alternative(html, subtype='html')
    for fname, ctype, data in atts:
        maintype, subtype = ctype.split('/')
        if maintype == 'text' and isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fn, label, kind, patient))


HB = 'harborlight-bh.org'
DISC = """
CONFIDENTIALITY NOTICE: This message and any attachments may contain information
protected by federal confidentiality rules (42 CFR Part 2) and HIPAA. If you are not
the intended recipient, please notify the sender and delete this message. Federal
rules prohibit any further disclosure of this information unless expressly
permitted by the written consent of the person to whom it pertains."""
DENTAL_DISC = """--
Brightwater Family Dental | 410 Canal St, Suite 2 | Millbrook
This e-mail is intended only for the addressee and may contain confidential information."""

# =============================== PHI: care ===============================
mk('phi', 'care',
   'Tamsin Reyes RN <treyes@harborlight-bh.org>',
   'Dr. Aaron Feld <afeld@harborlight-bh.org>',
   'dose increase request - Dale Prewitt',
   'Tue, 04 Mar 2025 07:52:10 -0500',
   """Dr Feld,

Dale Prewitt came to the window this morning yawning, sweating, goosebumps on his
forearms -- COWS 11 at 0715. He says he's been "sick by 4 every afternoon" since
last week. Currently 80mg daily, he's been at 80 since January.

His UDS from 3/3 came back pos fentanyl + norfentanyl, neg for methadone metabolite
issues (EDDP present). I held his Saturday take-home per policy and let him know.

Can you see him tomorrow for a dose increase? I'd suggest 90 but your call. He's on
the board for 0800.

Thanks,
Tamsin

Tamsin Reyes, RN
Nurse Supervisor, Opioid Treatment Program - Fenwick St
Harborlight Behavioral Health | ext 2214
""" + DISC, patient='Prewitt')

mk('phi', 'care',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'Nadia Sorensen LCSW <nsorensen@harborlight-bh.org>',
   'FW: Kayla left this morning',
   'Sat, 08 Mar 2025 11:20:44 -0500',
   """Nadia - forwarding since you're her outpt therapist of record. sorry for the
weekend email.

Gil

-----Original Message-----
From: Cedar Hollow Night Staff <cedarhollow-nights@harborlight-bh.org>
Sent: Saturday, March 8, 2025 7:02 AM
To: Gil Hartnett <ghartnett@harborlight-bh.org>
Subject: Kayla left this morning

Gil,
Kayla Brandt left AMA at about 0640. She was on day 19 of 28. Said she "can't do
another family session" and that her boyfriend was picking her up at the end of the
drive. We went over overdose risk / reduced tolerance, gave her 2 Narcan kits and the
crisis line card. She refused to sign the AMA form.

Her Vivitrol injection was due Friday 3/14 -- she's aware. Belongings are bagged and
in the office closet, tagged.

- Marcus (overnight tech)
""", patient='Brandt')

mk('phi', 'care',
   'Nadia Sorensen LCSW <nsorensen@harborlight-bh.org>',
   'PO Denise Whitfield <dwhitfield@sagamorecounty-probation.gov>',
   'RE: progress update - Terrence Oduya',
   'Mon, 10 Mar 2025 16:05:31 -0400',
   """Hi Denise,

Per his signed consent (on file, expires 9/30/25), here's the update you asked for.

Terrence has attended 9 of the 10 IOP group sessions scheduled since 2/3; the one
absence (2/24) was excused, he had a documented dental appt. He's also seen me
individually every Thursday. His last three urine screens (2/20, 2/27, 3/6) were
negative for all substances tested. He is engaged in group and has started working
on a relapse prevention plan around his shift work.

Next step is step-down to standard outpatient (1x/week) starting 3/31 if things stay
on track.

Nadia Sorensen, LCSW, LCADC
Harborlight Counseling - Millbrook
(413) 555-0140 x318

> On Fri, Mar 7, 2025 at 2:41 PM Denise Whitfield <dwhitfield@sagamorecounty-probation.gov> wrote:
> Nadia, I have a review hearing for Mr. Oduya on the 18th. Can you send
> attendance and tox results before then? Thanks. -- PO Whitfield, Unit 4
""" + DISC, patient='Oduya')

mk('phi', 'care',
   'Kristen Albright RDH <kalbright@brightwaterdental.com>',
   'Dr. Samir Haddad DDS <shaddad@brightwaterdental.com>',
   'marisol Q - post op',
   'Wed, 05 Mar 2025 13:47:02 -0500',
   """Dr H - quick note for the chart before I forget.

Marisol Quintero, #19 extraction this am (you did it, I assisted). Bleeding controlled
w/ gauze + gelfoam. She reminded us she's on Suboxone 16mg through the Harborlight
clinic so I did NOT send her home with the hydrocodone script from the template --
gave her the alternating ibuprofen 600 / acetaminophen 500 sheet instead. She
seemed relieved honestly.

Recall 1 wk for check. She asked if we could fax the op note to her prescriber, I
said you'd decide.

K
""" + DENTAL_DISC, patient='Quintero')

mk('phi', 'care',
   'Harborlight Crisis Line <crisisline@harborlight-bh.org>',
   'Mobile Crisis Team <mct@harborlight-bh.org>',
   'overnight summary 3/6-3/7',
   'Fri, 07 Mar 2025 07:10:00 -0500',
   """Overnight shift summary (J. Alvarado / P. Nwosu)

0214 - Brian Keough, 41, called from his cell. Stated he had been drinking since noon and
had his father's revolver in the truck. Endorsed intent, gave a timeline ("before sunrise").
Kept him on the line 52 min while MCT responded to 118 Larkspur Ct, Millbrook. Police
assisted, weapon secured by PD. Transported voluntarily to St. Anselm ED. ED called back
at 0610: he's been admitted to the inpatient psych unit, 4 West.

0340 - repeat caller (frequent, known to line) - loneliness, no risk identified, 12 min.

0505 - wrong number.

Please make sure Brian gets a follow-up call within 24h of discharge -- he was seen at
Harborlight outpatient in 2023, old therapist was Kim D.
""", patient='Keough')

mk('phi', 'care',
   'Northgate Toxicology Results <results@northgatetox.com>',
   'OTP Results Inbox <otp-results@harborlight-bh.org>',
   'Result Notification - Confirmed Positive - WINSLOW, ANDREA',
   'Thu, 06 Mar 2025 18:33:51 -0500',
   """NORTHGATE TOXICOLOGY LABORATORIES - RESULT NOTIFICATION

Patient: WINSLOW, ANDREA
Collected: 03/04/2025 09:12   Received: 03/05/2025 07:40
Specimen: Urine
Ordering: FELD, AARON MD

Benzodiazepines screen ............ POSITIVE
  Alprazolam (LC-MS/MS) ........... 212 ng/mL  CONFIRMED
  Alpha-hydroxyalprazolam ......... 148 ng/mL  CONFIRMED
Methadone / EDDP .................. POSITIVE (expected)
Fentanyl .......................... NEGATIVE
Ethyl glucuronide ................. NEGATIVE

Log in to the Northgate portal for the full report.
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#1b4f72">Northgate Toxicology Laboratories &ndash; Result Notification</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Patient</b></td><td>WINSLOW, ANDREA</td></tr>
<tr><td><b>Collected</b></td><td>03/04/2025 09:12</td></tr>
<tr><td><b>Specimen</b></td><td>Urine</td></tr>
<tr><td><b>Ordering</b></td><td>FELD, AARON MD</td></tr>
</table><br>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Analyte</th><th>Result</th><th>Flag</th></tr>
<tr><td>Alprazolam (LC-MS/MS)</td><td>212 ng/mL</td><td style="color:red">CONFIRMED</td></tr>
<tr><td>Alpha-hydroxyalprazolam</td><td>148 ng/mL</td><td style="color:red">CONFIRMED</td></tr>
<tr><td>Methadone / EDDP</td><td>POSITIVE</td><td>expected</td></tr>
<tr><td>Fentanyl</td><td>NEGATIVE</td><td></td></tr>
<tr><td>Ethyl glucuronide</td><td>NEGATIVE</td><td></td></tr>
</table>
<p style="font-size:11px;color:#777">Log in to the Northgate portal for the full report.</p>
</body></html>""", patient='WINSLOW')

mk('phi', 'care',
   'Dr. Lena Castellanos <lcastellanos@harborlight-bh.org>',
   'Dr. Paul Ingersoll <pingersoll@millbrookfamilymed.com>',
   'Re: Mr. Halvorsen - med changes',
   'Tue, 11 Mar 2025 10:18:27 -0400',
   """Paul,

Thanks for the heads up on the tremor and the creatinine bump. I saw Gunnar yesterday.
We agreed to taper him off lithium over 2 weeks (600 -> 300 -> off) and start
lamotrigine 25mg daily, going up by 25 every two weeks per the usual schedule. I
went over the rash warning with him and his wife.

Could you repeat a BMP in about 4 weeks? I'll get a final lithium level at the end
of the taper. He's coming back to me 4/8.

Lena

Lena Castellanos, MD
Psychiatry, Harborlight Behavioral Health

-----Original Message-----
From: Paul Ingersoll <pingersoll@millbrookfamilymed.com>
Sent: Friday, March 7, 2025 4:51 PM
To: Lena Castellanos <lcastellanos@harborlight-bh.org>
Subject: Mr. Halvorsen - med changes

Lena - saw Gunnar Halvorsen for his annual. New fine tremor both hands, Cr 1.4 (was
1.1 last spring), TSH mildly up at 5.9. Wondering if it's time to rethink the lithium?
Paul
""" + DISC, patient='Halvorsen')

mk('phi', 'care',
   'jordan pike <jpike@harborlight-bh.org>',
   'womens-program@harborlight-bh.org',
   'jess',
   'Wed, 12 Mar 2025 14:35:09 -0400',
   """fyi jess moreau got her vivitrol shot today at 2 (L glute), no issues, next one
due 4/9. she asked about coming back to the thursday womens group now that she has
childcare again -- i said yes but check w/ nadia. she's at 60 days today!!

jordan
peer recovery coach
""", patient='moreau')

# =============================== PHI: names ===============================
mk('phi', 'names',
   'Front Desk Millbrook <frontdesk-mb@harborlight-bh.org>',
   'Hoa Tran <htran@harborlight-bh.org>',
   'Nguyễn Thị Hương - intake tomorrow 10am',
   'Mon, 03 Mar 2025 15:40:12 -0500',
   """Hoa,

Chart is built. She'll need the Vietnamese interpreter for the whole intake (her
son was translating on the phone but she doesn't want him in the room). Packet has
PHQ-9, GAD-7 and AUDIT in Vietnamese. Referral came from her PCP for drinking + sleep.

Thanks!
Bernadette
""", patient='Nguyễn Thị Hương')

mk('phi', 'names',
   'Yvette Lamarre <ylamarre@harborlight-bh.org>',
   'Med Management Schedulers <medmgmt-sched@harborlight-bh.org>',
   'reschedule',
   'Tue, 04 Mar 2025 09:03:55 -0500',
   """Please move:

Okonkwo-Bright, Chiamaka -- from Wed 3/12 2:30 (Dr. Castellanos) to Wed 3/19 any time
after 1. She ran out of her prazosin on Sunday and the nightmares are back, so if
anything earlier opens up please grab it. Pharmacy is the CVS on Route 9.

thx
Yvette
""", patient='Okonkwo-Bright')

mk('phi', 'names',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'Residential Admissions <admissions-ch@harborlight-bh.org>',
   "Mr. van der Berg's daughter called",
   'Wed, 05 Mar 2025 12:12:48 -0500',
   """Hi all,

Mr. van der Berg's daughter (Anneke, 413-555-0173) called the main line. Says he's
been drinking "from morning on" since his wife's funeral three weeks ago, fell in
the driveway Sunday. She wants to know whether his admit date at Cedar Hollow can be
moved up from 3/24. He's on the waitlist already from the assessment Pieter did with
Carol on 2/26.

Could someone check whether he needs a medical detox first given the amount? I told
her we'd call back today.

Gil Hartnett, MA
Admissions & Utilization, Cedar Hollow House
""", patient='van der Berg')

mk('phi', 'names',
   'Desmond Carter <dcarter@harborlight-bh.org>',
   'Nadia Sorensen LCSW <nsorensen@harborlight-bh.org>',
   'Ahmed from tues DUI group',
   'Thu, 06 Mar 2025 17:48:20 -0500',
   """Nadia-

Ahmed (tues 6pm DUI group, the one who drives for the bakery) called me - his court
date got moved up to 3/14 so he needs the completion letter before then. He finished
session 12 on 2/25, attendance is all there. His last breathalyzer in group was 0.00.
Can you sign off on it if I draft it tomorrow?

D.

Desmond Carter, CADC
""", patient='Ahmed')

mk('phi', 'names',
   'Dr. Samir Haddad DDS <shaddad@brightwaterdental.com>',
   'Dr. Owen Pratt DMD <opratt@kestreloralsurgery.com>',
   'Referral - Sra. Ibáñez-Ruiz',
   'Fri, 07 Mar 2025 08:30:00 -0500',
   """Owen,

Sending Sra. Dolores Ibáñez-Ruiz your way. She came in yesterday with swelling lower
left, #18 is non-restorable (fractured to the furcation), periapical radiolucency on
the PA. Started her on amoxicillin 500 tid.

Heads-up: she's enrolled in the methadone program at Harborlight (Fenwick St), 95mg
daily per her. Please coordinate with her OTP before any IV sedation -- she gave us
written OK to share with you. She prefers Spanish, her daughter usually comes along.

Thanks,
Samir
""" + DENTAL_DISC, patient='Ibáñez-Ruiz')

mk('phi', 'names',
   'Marguerite Olson <molson@harborlight-bh.org>',
   'DBT Team <dbt-team@harborlight-bh.org>',
   'group attendance - Ms. Venkataraman',
   'Mon, 10 Mar 2025 08:44:17 -0400',
   """Team,

Ms. Venkataraman missed skills group again Saturday -- that's her third consecutive
miss. Under the DBT contract, 4 in a row means she's out of group for the rest of
the module. Priyanka's individual therapist (Luis) says she's been having a rough
couple of weeks with the self-harm urges so I'd like to talk about it at consult
team Wednesday before anyone sends the letter.

Marguerite
""", patient='Venkataraman')

mk('phi', 'names',
   'Carol Beaumont <cbeaumont@harborlight-bh.org>',
   'Withdrawal Mgmt Unit <wmu@harborlight-bh.org>',
   'Wojciechowski - arriving ~1pm',
   'Tue, 11 Mar 2025 11:05:39 -0400',
   """WMU nurses -

Zbigniew Wojciechowski is coming over from the ED by cab around 1. BAL was .21 at
arrival this morning, last drink per him was 7am. He told the ED he had a seizure
"a couple years ago" coming off. CIWA was 14 at 10:30 and they gave chlordiazepoxide
50. Goes by "Ziggy". Polish is his first language but his English is fine.

Carol
""", patient='Wojciechowski')

mk('phi', 'names',
   'Renata Osei <rosei@harborlight-bh.org>',
   'Leah Goldfarb <lgoldfarb@harborlight-bh.org>',
   'RE: Al-Khatib family session',
   'Wed, 12 Mar 2025 15:22:03 -0400',
   """Leah,

Confirmed for Monday 4pm. Yousef's parents will both come; his dad asked whether we
can keep the gambling stuff out of it and focus on the cannabis use -- I said we'd
follow Yousef's lead, it's his session. Mr. Al-Khatib (the father) may need Arabic
for parts of it; I booked the phone interpreter as backup.

R.

-----Original Message-----
From: Leah Goldfarb
Sent: Wednesday, March 12, 2025 1:10 PM
To: Renata Osei
Subject: Al-Khatib family session

Did the family confirm for Monday? I want to do the genogram with them.
""", patient='Al-Khatib')

# =============================== PHI: self ===============================
mk('phi', 'self',
   'Ray Dumont <raydumont79@yahoo.com>',
   'otp-fenwick@harborlight-bh.org',
   'guest dosing',
   'Mon, 03 Mar 2025 21:14:55 -0500',
   """hi this is Ray Dumont DOB 7/14/79, i dose at fenwick st (110mg). my sister is getting
married in Columbus Ohio april 18 and i need to be there 4/17-4/21. I don't have
take homes yet so I think I need guest dosing at a clinic out there?? my counselor
is Desmond but he's out this week. can someone call me at 413-555-0126 after 3.
thank you
Ray
""", patient='Dumont')

mk('phi', 'self',
   'Renée Fairbanks <renee.fairbanks@comcast.net>',
   'Dr. Miriam Moss <mmoss@harborlight-bh.org>',
   'Elijah - can we move his appt up?',
   'Tue, 04 Mar 2025 12:31:40 -0500',
   """Dr. Moss,

Elijah had a panic attack in 3rd period today, the school nurse called me to come
get him. He said his chest hurt and he couldn't breathe and he was sure he was
dying. He's home now and calmer. He's been skipping the morning dose of the
hydroxyzine because he says it makes him sleepy in class -- I just found out.

His next appointment with you is 3/20. Is there any chance of something sooner? He
said he'd be ok with a telehealth visit.

Thank you,
Renée Fairbanks (Elijah's mom)
cell 413-555-0188
""", patient='Fairbanks')

mk('phi', 'self',
   'Maribel Ortega <maribel.t.ortega@gmail.com>',
   'Dr. Lena Castellanos <lcastellanos@harborlight-bh.org>',
   'stopped the seroquel',
   'Thu, 06 Mar 2025 23:58:02 -0500',
   """Hi Dr Castellanos its Maribel. I know i should of called first but I stopped
taking the quetiapine last Wednesday because I was sleeping like 14 hrs and missed
two shifts at work. Sleep is bad now again, maybe 3-4 hrs, but I feel less like a
zombie. I'm still taking the lamotrigine 150.

Can we talk about something else for sleep at my appt on the 13th? Not trying to
be difficult lol

Maribel
Sent from my iPhone
""", patient='Ortega')

mk('phi', 'self',
   'Dev Sharma <dev.sharma88@gmail.com>',
   'Alana Kaufman <akaufman@harborlight-bh.org>',
   '90 days!!',
   'Sat, 08 Mar 2025 09:07:19 -0500',
   """Alana!

It's Dev from the October cohort at Cedar Hollow -- 90 days today since I left
(well, kind of). I have to be honest with someone: I used for two days in February
after my cousin's thing, I never told my sponsor or anyone. I went right back to
meetings after and I've been clean since 2/11. So really it's like 25 days. I'm
still on the Sublocade, next shot is the 20th at the clinic.

I don't know why I'm telling you this over email. I guess I wanted someone from
there to know. I'm ok. I'll come to the alumni night on Thursday.

Dev
""", patient='Sharma')

mk('phi', 'self',
   'Lorna Petrakis <lpetrakis61@icloud.com>',
   'Brightwater Dental <info@brightwaterdental.com>',
   'temporary crown came off + question',
   'Mon, 10 Mar 2025 08:12:46 -0400',
   """Hello,

My name is Lorna Petrakis (DOB 02/02/1961). I had a crown prep on the upper right
on Tuesday with Dr. Haddad and the temporary came off last night while I was eating.
I put it back in with the denture adhesive, hope that's ok. Can I come in today or
tomorrow?

Also I should have said at my visit: my counselor and doctor started me on Antabuse
(disulfiram) two weeks ago. The rinse you gave me says it has alcohol in it. Is that
a problem? I don't want to get sick.

Thank you,
Lorna
413-555-0151
""", patient='Petrakis')

mk('phi', 'self',
   'Warren Tsosie <wtsosie.law@outlook.com>',
   'Medical Records <records@harborlight-bh.org>',
   'Records release - Warren Tsosie',
   'Tue, 11 Mar 2025 14:50:33 -0400',
   """To Harborlight Medical Records,

I, Warren J. Tsosie, date of birth 11-30-1984, authorize Harborlight Behavioral Health
to release my complete treatment records from my stay at Cedar Hollow House
(admitted August 12, 2024, discharged October 3, 2024), including discharge summary,
medication records and drug screen results, to my attorney:

  Rebecca Lindgren, Esq.
  Lindgren & Shaw LLP, 200 Main St, Suite 410, Millbrook

This is for my custody case. The signed form is attached as a photo, I hope that
works. Please call me at 505-555-0117 if you need anything else.

Warren Tsosie
""", patient='Tsosie')

mk('phi', 'self',
   'Ingrid Lindqvist <ingrid.lindqvist@protonmail.com>',
   'Geriatric Outpatient <geri-op@harborlight-bh.org>',
   'Dad (Harold Lindqvist) - after the new medication',
   'Wed, 12 Mar 2025 19:40:28 -0400',
   """Hello,

I'm the healthcare proxy for my father, Harold Lindqvist (born 5 June 1939). He's in
your geriatric outpatient program with Dr. Abara. Since the mirtazapine was started on
2/28 he has been much more confused in the evenings and got up at 3am last night
trying to "go to work". He fell once, no injury that we can see.

He also hasn't been eating his dinner, which was the whole point of the mirtazapine.

Should we stop it? He's due back on 3/25 but I don't think we should wait that long.
I can be reached any time at 413-555-0102.

Ingrid Lindqvist
""", cte='base64', patient='Lindqvist')

# =============================== PHI: ids ===============================
mk('phi', 'ids',
   'Harborlight Billing <billing@harborlight-bh.org>',
   'Provider Services <provider.services@keystonemutualhp.com>',
   'Corrected claim - member KMH448213907',
   'Mon, 03 Mar 2025 10:27:14 -0500',
   """Hello,

We are resubmitting a corrected claim for the member below. Original claim was
denied CARC 16 (missing info).

Member: Tavares, Joaquim
Member ID: KMH448213907   Group: 00771-B
DOB: 19880304
DOS: 02/11/2025 - 02/28/2025
HCPCS H0020 (methadone administration/service, OTP) x 18 units
Orig claim #: 2025041 118 03320
Rendering NPI: 1942203371

Please let us know if you need the dosing log.

Regards,
Harborlight Behavioral Health - Patient Accounts
(413) 555-0100 opt 4
""", patient='Tavares')

mk('phi', 'ids',
   'Northgate Toxicology Client Services <clientservices@northgatetox.com>',
   'otp-results@harborlight-bh.org',
   'specimen issue acc NGT-25-0311-4471',
   'Tue, 11 Mar 2025 13:02:09 -0400',
   """Good afternoon,

Re accession NGT-25-0311-4471 (MRN 00872213, collected 3.4.25, DOB on req 3.4.88).
Specimen arrived with temp strip out of range and creatinine 14 mg/dL, specific
gravity 1.002 -- flagged dilute. Oral fluid result from the same day was positive for
THC metabolite and negative for opioids.

Do you want us to proceed with the confirmation panel on the dilute specimen or
cancel? Recollect kits available on request.

Client Services
Northgate Toxicology Laboratories
800-555-0164
""", patient='')

mk('phi', 'ids',
   'Hoa Tran <htran@harborlight-bh.org>',
   'Community Support Team <cst@harborlight-bh.org>',
   'home visit - 27 Quarry Rd',
   'Wed, 05 Mar 2025 16:16:31 -0500',
   """CST,

Mr. Ferreira called from 413-555-0142 (his landlord's phone, his is shut off).
Address is 27 Quarry Rd, Apt 3B, Millbrook, side entrance. Discharged from St. Anselm
4 West on Monday. He's supposed to be on lithium 900 at bedtime and needs a level drawn
Friday -- he says he has no ride to the lab. Can someone do a home visit Thursday and
bring the lab slip? Dog is friendly.

Hoa
""", patient='Ferreira')

mk('phi', 'ids',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'UM Department <um@tririvercare.org>',
   'PA2025-0098812 residential auth',
   'Thu, 06 Mar 2025 09:45:00 -0500',
   """Hello,

Following up on prior auth request PA2025-0098812 submitted 3/3.

Name: Shanice Greer
DOB: 4 Mar 1988
Medicaid ID: 9900412377A
Requested: ASAM level 3.5 clinically managed residential, 30 days, Cedar Hollow House
Requested start: 3/10/2025

She completed withdrawal mgmt at St. Anselm 2/27-3/3 (alcohol + benzos). Two prior
residential episodes (2021, 2023). Currently in a sober house that is closing 3/9.
The ASAM assessment and dimension ratings were faxed with the original request.

Gil Hartnett, MA | Cedar Hollow House
ph 413-555-0140 x402 | fax 413-555-0149
""" + DISC, patient='Greer')

mk('phi', 'ids',
   'Paula Ng <png@brightwaterdental.com>',
   'Claims Help <claims@deltacrestdental.com>',
   'Appeal - acct 004719 - D4341 denied',
   'Fri, 07 Mar 2025 11:11:11 -0500',
   """Hi,

Appealing the denial on acct# 004719 (Mrs. Eileen Abernathy, DOB 1975-06-22, subscriber
ID ending 6612). SRP D4341 x4 quads on 01/23/2025 was denied as "not medically
necessary". Perio charting shows 5-7mm pockets in all four quadrants with BOP, bone
loss on the FMX. Also note her med history: she's on buprenorphine/naloxone daily and
reports dry mouth, which we documented as a contributing factor.

Charting + x-rays attached to the portal submission, ref #APL-77310.

Paula Ng
Insurance Coordinator, Brightwater Family Dental
""", patient='Abernathy')

mk('phi', 'ids',
   'Harborlight Crisis Line <crisisline@harborlight-bh.org>',
   'Crisis Line Supervisors <cl-supervisors@harborlight-bh.org>',
   'CL-2025-003317 follow-up needed',
   'Sat, 08 Mar 2025 04:58:40 -0500',
   """Call record CL-2025-003317
Caller ID: 603-555-0199
Caller is the person at risk, F, 23. Reported taking "about 20" of her trazodone 50mg
around 0410 after a fight with her partner. Poison control conference-called in,
EMS dispatched to 14 Birchwood Ln, Apt 2 (Keene). EMS confirmed contact 0447, being
transported to Cheshire Regional. She gave the name of her counselor at the Keene
satellite - no ROI on file so no contact made.

Please review for 24h follow-up call.
""", patient='')

mk('phi', 'ids',
   'PO Marcus Delgado <mdelgado@sagamorecounty-probation.gov>',
   'Desmond Carter <dcarter@harborlight-bh.org>',
   'Riggs, Colton - missed screen',
   'Mon, 10 Mar 2025 08:05:12 -0400',
   """Mr. Carter,

Per the release on file: Colton Riggs, DOB 08/17/1992, Offender #A-448190, your
client ID HL-77124. Our kiosk shows he failed to report for his color-code screen on
3/6. He's telling me he was at your clinic for group that day and gave a sample there.
Can you confirm whether he attended and provided a UDS on 3/6, and the result if
available?

Thanks,
Marcus Delgado
Adult Probation Officer II, Sagamore County
413-555-0191
""", patient='Riggs')

# =============================== PHI: lists ===============================
mk('phi', 'lists',
   'Tamsin Reyes RN <treyes@harborlight-bh.org>',
   'OTP Clinical <otp-clinical@harborlight-bh.org>',
   'huddle 3/5',
   'Wed, 05 Mar 2025 06:48:33 -0500',
   """Morning huddle - Wed 3/5

* D. Prewitt - 80mg, COWS 11 yest, seeing Feld today re increase. Sat TH held.
* Andrea Winslow - pos alprazolam (confirmed). Needs counselor conversation before
  any TH discussion. Counselor = Desmond.
* Ray Dumont - guest dosing request Columbus OH 4/17-21, needs paperwork by 3/28
* Lupe Sandoval - missed 3 days (3/1-3/3). If she shows today, assess before dosing,
  may need to reduce per missed-dose protocol.
* Luz Villanueva - pregnant, 2nd tri, split dosing 60/60 started Mon, OB is aware
* Kenji Moriyama - EKG due (QTc was 468 in Dec), 140mg

Reminder: state inspectors possibly next week, clean up the med room fridge log.
""", patient='Prewitt')

mk('phi', 'lists',
   'Cedar Hollow Night Staff <cedarhollow-nights@harborlight-bh.org>',
   'Cedar Hollow Day Staff <cedarhollow-days@harborlight-bh.org>',
   'signout 3/9 am',
   'Sun, 09 Mar 2025 06:55:00 -0400',
   """Bed\tResident\t\tDay\tMeds / notes
1A\tMolina, Rosa\t\t6\tgabapentin 300 tid, slept ok
1B\tFitzgerald, Tara\t21\tup at 0300 crying, talked w/ staff, PRN hydroxyzine 25 given 0315
2A\tBello, Adaeze\t\t11\tnaltrexone 50 am, c/o headache
2B\t(empty - Brandt AMA 3/8)
3A\tKowalczyk, Jan\t\t2\tCIWA q4h: 8, 6, 5. librium taper day 2
3B\tHuang, Wei\t\t27\tdc tomorrow, ride confirmed 10am (brother)
4A\tPatterson, Eli\t\t15\trefused 10pm vitals, cooperative this am

No incidents otherwise. Census 6.
- M.
""", patient='Molina')

mk('phi', 'lists',
   'Bernadette Kowalski <bkowalski@harborlight-bh.org>',
   'Outpatient Clinicians <op-clinicians@harborlight-bh.org>',
   'no shows last week - please call',
   'Mon, 10 Mar 2025 09:30:21 -0400',
   """Hi everyone, here are last week's no-shows for your follow up calls. Please note
the outcome in the chart, not in a reply-all :)

| Client              | DOB        | Clinician    | Missed      | Phone        |
|---------------------|------------|--------------|-------------|--------------|
| Ortiz, Daniel       | 01/19/1996 | Sorensen     | 3/3 indiv   | 413-555-0110 |
| Pham, Linh          | 09/02/2001 | Tran         | 3/4 intake  | 413-555-0135 |
| McAllister, Grace   | 12/11/1970 | Osei         | 3/5 couples | 413-555-0162 |
| Oyelaran, Tunde     | 06/30/1988 | Carter       | 3/6 IOP     | 413-555-0177 |
| Brennan, Sean P.    | 03/14/1979 | Goldfarb     | 3/7 indiv   | 413-555-0124 |

Tunde is his 2nd in a row for IOP.

Bernadette
Front Desk Lead, Millbrook
""", patient='Ortiz')

uds_csv = """collection_date,accession,patient_last,patient_first,dob,panel,result,confirm
2025-03-03,NGT-25-0303-1102,KELLER,MASON,1990-07-21,OTP-12,POS FENTANYL,LCMS CONFIRMED
2025-03-03,NGT-25-0303-1103,SANDOVAL,GUADALUPE,1983-11-02,OTP-12,NEG,
2025-03-03,NGT-25-0303-1104,MORIYAMA,KENJI,1975-04-28,OTP-12,POS METHADONE/EDDP,EXPECTED
2025-03-04,NGT-25-0304-0877,WINSLOW,ANDREA,1992-01-09,OTP-12,POS BENZO,LCMS CONFIRMED
2025-03-04,NGT-25-0304-0878,DUMONT,RAYMOND,1979-07-14,OTP-12,POS METHADONE/EDDP; POS THC,PENDING
2025-03-04,NGT-25-0304-0879,VILLANUEVA,LUZ,1994-02-17,OTP-12,NEG,
2025-03-05,NGT-25-0305-0210,AKINTOLA,FUNMILAYO,1987-09-30,OTP-12,POS COCAINE METAB,LCMS CONFIRMED
"""
mk('phi', 'lists',
   'Northgate Toxicology Results <results@northgatetox.com>',
   'OTP Results Inbox <otp-results@harborlight-bh.org>',
   'Weekly batch results - Harborlight OTP - week of 03/03/2025',
   'Fri, 07 Mar 2025 19:00:02 -0500',
   """Attached are the batch results for specimens received 03/03/2025 - 03/05/2025 for
account HLBH-OTP-01. Confirmations pending are marked PENDING.

This is an automated message. Do not reply.
""", atts=[('HLBH_OTP_results_20250303_20250305.csv', 'text/csv', uds_csv)], patient='KELLER')

iop_rows = [
    ['Client', 'DOB', 'Track', 'Start', 'Sessions attended', 'Last UDS', 'Notes'],
    ['Oduya, Terrence', '05/22/1991', 'IOP-Eve', '02/03/2025', '9/10', 'NEG 3/6', 'probation - consent on file'],
    ['Oyelaran, Tunde', '06/30/1988', 'IOP-Eve', '02/10/2025', '5/8', 'POS alcohol EtG 2/27', '2 consecutive no-shows'],
    ['Carvalho, Beatriz', '10/04/1999', 'IOP-Day', '02/17/2025', '11/12', 'NEG 3/5', 'pregnant 22wk, OB Dr. Lum'],
    ['Sokolov, Dmitri', '12/15/1967', 'IOP-Day', '03/03/2025', '3/3', 'POS benzo (rx) 3/3', 'clonazepam rx from PCP'],
    ['Fontaine, Marie-Claire', '08/08/1985', 'IOP-Eve', '01/27/2025', '12/12', 'NEG 3/6', 'step down 3/24'],
]
mk('phi', 'lists',
   'Desmond Carter <dcarter@harborlight-bh.org>',
   'Nadia Sorensen LCSW <nsorensen@harborlight-bh.org>, Leah Goldfarb <lgoldfarb@harborlight-bh.org>',
   'IOP roster for UR',
   'Mon, 10 Mar 2025 12:14:40 -0400',
   """updated roster attached for the UR meeting tmrw. I added the last UDS column
like Leah asked. Tunde's on there as a concern.

D
""", atts=[('IOP roster March 2025.xlsx',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            xlsx_bytes(iop_rows, 'March'))], patient='Oduya')

census_csv = """member_id,last_name,first_name,dob,admit_date,discharge_date,level_of_care,primary_dx_code,discharge_status
9900412377A,GREER,SHANICE,1988-03-04,2025-03-10,,3.5,F10.20,ACTIVE
9900388120C,HUANG,WEI,1979-12-01,2025-02-11,2025-03-10,3.5,F11.20,COMPLETED
9900415530A,BRANDT,KAYLA,1997-05-16,2025-02-17,2025-03-08,3.5,F15.20,AMA
9900290004B,MOLINA,ROSA,1965-08-25,2025-03-03,,3.5,F10.20,ACTIVE
9900407761A,BELLO,ADAEZE,1993-10-10,2025-02-26,,3.5,F10.20,ACTIVE
"""
mk('phi', 'lists',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'Audit Team <qualityaudit@tririvercare.org>',
   'Cedar Hollow census for desk audit',
   'Tue, 11 Mar 2025 15:30:00 -0400',
   """Hi Jocelyn,

As requested for the Q1 desk audit, attached is the census extract for Tri-River
members at Cedar Hollow House, 2/1/25 through today. The zip password was sent
separately by text... actually our IT says the zip tool won't do passwords, so it's
not protected. Let me know if that's a problem and I'll use the portal instead.

Gil
""", atts=[('cedarhollow_tririver_census.zip', 'application/zip',
            zip_bytes([('cedarhollow_tririver_census_20250311.csv', census_csv)]))],
   patient='GREER')

mk('phi', 'lists',
   'Brightwater Front Desk <frontdesk@brightwaterdental.com>',
   'Brightwater Clinical <clinical@brightwaterdental.com>',
   "Thursday 3/13 schedule w/ med alerts",
   'Wed, 12 Mar 2025 17:05:44 -0400',
   """Tomorrow's schedule (Op 1 & 2). Please read the alerts column before seating!

TIME   OP  PATIENT                 PROC              ALERT
0800   1   Petrakis, Lorna          Crown seat #3     disulfiram - NO alcohol rinse
0800   2   Yamamoto, Hideo          Prophy/FMX        warfarin, INR 2.6 on 3/10
0900   1   Ibanez-Ruiz, Dolores     Post-op check     methadone 95mg (Harborlight OTP)
0930   2   Quintero, Marisol        Post-op #19       buprenorphine - no opioid rx
1030   1   Duarte, Felipe           SRP UR/UL         premed amox 2g (hip replacement)
1100   2   Kowalczyk, Jan           LIMITED EXAM      residential pt Cedar Hollow, staff escort
1300   1   Abernathy, Eileen        SRP LR/LL         bup/nlx, dry mouth

- Paula
""", patient='Petrakis')

# =============================== PHI: struct ===============================
mk('phi', 'struct',
   'Raj Pillai <rpillai@harborlight-bh.org>',
   'Interface Team <interfaces@harborlight-bh.org>',
   'ADT A04 from Cedar Hollow not crossing to pharmacy system',
   'Mon, 03 Mar 2025 11:42:18 -0500',
   r"""Hey team,

This registration didn't make it to the pharmacy system this morning, engine shows
ACK AE. I think it's the PV1-3 location but can someone look? Pasting raw:

MSH|^~\&|HLBH_EHR|CEDARHOLLOW|RXSYS|HLBH|20250303091522||ADT^A04|MSG000448821|P|2.5.1
EVN|A04|20250303091522
PID|1||HL0098231^^^HLBH^MR~9900388120C^^^TRIRIVER^MB||HUANG^WEI^^^^^L||19791201|M|||58 Mill Pond Rd^^Greenfield^MA^01301||^PRN^PH^^1^413^5550193|||S||HL0098231-07
PV1|1|I|CH^2B^^CEDARHOLLOW||||1942203371^FELD^AARON^^^MD|||||||||||RES|V00771234|||||||||||||||||||||||||20250211080000
AL1|1|DA|^PENICILLIN|MO|HIVES
DG1|1||F11.20^Opioid dependence, uncomplicated^I10|||A

Thanks
Raj Pillai | Integration Analyst | HLBH IT
""", patient='HUANG')

oru = ("MSH|^~\\&|NGTLIS|NORTHGATE|HLBH_EHR|HLBH|20250306183300||ORU^R01|NGT88213007|P|2.5.1\r"
       "PID|1||00872213^^^HLBH^MR||WINSLOW^ANDREA^M||19920109|F|||7 Elm Ter^^Millbrook^MA^01360\r"
       "ORC|RE|HLBH55120|NGT-25-0304-0877\r"
       "OBR|1|HLBH55120|NGT-25-0304-0877|OTP12^OTP 12 panel w/ reflex|||20250304091200|||||||20250305074000||1184422901^FELD^AARON|||||||||F\r"
       "OBX|1|NM|ALPRZ^Alprazolam LCMS||212|ng/mL|<20|H|||F\r"
       "OBX|2|NM|AOHALP^Alpha-OH-alprazolam LCMS||148|ng/mL|<20|H|||F\r"
       "OBX|3|ST|MTDEDDP^Methadone/EDDP||POSITIVE||NEG|A|||F\r"
       "OBX|4|ST|FENT^Fentanyl||NEGATIVE||NEG|N|||F\r")
mk('phi', 'struct',
   'Raj Pillai <rpillai@harborlight-bh.org>',
   'Northgate LIS Support <lis-support@northgatetox.com>',
   'ORU filing to wrong OBR - example attached',
   'Fri, 07 Mar 2025 09:20:55 -0500',
   """Hi Northgate LIS,

Attached is one of the ORUs from last night that filed under the wrong order in our
EHR. Your OBR-2 and ORC-2 look right, so I'm guessing the issue is on our side with
OBR-3, but want your eyes on it. Can you confirm the placer number format you expect
us to send back?

Raj
""", atts=[('NGT88213007.hl7', 'text/plain', oru)], patient='WINSLOW')

mk('phi', 'struct',
   'Tonya Briggs <tbriggs@harborlight-bh.org>',
   'Clearinghouse Support <support@claimbridge-edi.com>',
   'Ticket 55120 - 837P rejecting at 2010BA',
   'Tue, 04 Mar 2025 14:03:47 -0500',
   """Hi,

Still getting the 999 reject on this one (IK3*NM1*23**8). Here's the subscriber loop
copied out of the file, everything else in the batch went through:

NM1*IL*1*TAVARES*JOAQUIM****MI*KMH448213907~
N3*412 RIVERSIDE AVE APT 6~
N4*MILLBROOK*MA*01360~
DMG*D8*19880304*M~
NM1*PR*2*KEYSTONE MUTUAL HEALTH PLAN*****PI*KMHP1~
CLM*HL25020011*1620***57:B:1*Y*A*Y*Y~
HI*ABK:F1120~
LX*1~
SV1*HC:H0020*1620*UN*18***1~
DTP*472*RD8*20250211-20250228~

Is it the suffix or the missing REF? We don't send SSN.

Thanks,
Tonya Briggs
Billing Specialist, Harborlight Behavioral Health
""", patient='TAVARES')

mk('phi', 'struct',
   'Tonya Briggs <tbriggs@harborlight-bh.org>',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'FW: 271 for Greer - shows termed?',
   'Fri, 07 Mar 2025 10:40:12 -0500',
   """Gil - this is what came back on the eligibility check. EB*6 = inactive. Looks like
her Medicaid termed 2/28?? She needs to call DTA before admit Monday or we're self-pay.

ST*271*0001*005010X279A1~
BHT*0022*11*HLBH2025030701*20250307*1038~
HL*1**20*1~
NM1*PR*2*TRI-RIVER CARE MCO*****PI*TRIRIV~
HL*2*1*21*1~
NM1*1P*2*HARBORLIGHT BEHAVIORAL HEALTH*****XX*1588201943~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*GREER*SHANICE****MI*9900412377A~
N3*19 CHESTNUT ST~
N4*MILLBROOK*MA*01360~
DMG*D8*19880304*F~
EB*6**30~
DTP*307*RD8*20240301-20250228~
SE*14*0001~

Tonya
""", patient='GREER')

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hlbh-0105527",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9914.1", "value": "HL0105527"}],
        "name": [{"family": "Nakamura-Silva", "given": ["Emiko"]}],
        "gender": "female",
        "birthDate": "2003-10-27",
        "telecom": [{"system": "phone", "value": "413-555-0168", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationStatement",
        "status": "active",
        "subject": {"reference": "Patient/hlbh-0105527"},
        "medicationCodeableConcept": {"text": "buprenorphine 8 mg / naloxone 2 mg SL film"},
        "dosage": [{"text": "2 films daily"}],
        "effectivePeriod": {"start": "2025-01-14"}
      }
    },
    {
      "resource": {
        "resourceType": "Consent",
        "status": "active",
        "scope": {"text": "42 CFR Part 2 - disclosure to Pioneer Valley Health Information Exchange"},
        "patient": {"reference": "Patient/hlbh-0105527"}
      }
    }
  ]
}"""
mk('phi', 'struct',
   'Raj Pillai <rpillai@harborlight-bh.org>',
   'HIE Onboarding <onboarding@pvhie.org>',
   'RE: FHIR bundle validation error',
   'Mon, 10 Mar 2025 13:13:13 -0400',
   """Hi Sunita,

Here's the exact bundle the validator rejected this morning (from our prod feed,
sorry, couldn't reproduce with test data). Error was "Consent.scope: required
CodeableConcept.coding missing".

""" + fhir + """

Raj

> On Mar 10, 2025, at 9:02 AM, Sunita Rao <srao@pvhie.org> wrote:
> Can you paste the payload that failed? The log only has the resource id.
""", patient='Nakamura-Silva')

ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Cedar Hollow House - Discharge Summary</title>
  <effectiveTime value="20250310"/>
  <recordTarget>
    <patientRole>
      <id extension="HL0098231" root="2.16.840.1.113883.3.9914.1"/>
      <addr><streetAddressLine>58 Mill Pond Rd</streetAddressLine><city>Greenfield</city><state>MA</state><postalCode>01301</postalCode></addr>
      <patient>
        <name><given>Wei</given><family>Huang</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19791201"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Hospital Course</title>
      <text>28-day residential stay. Completed program. Maintained on buprenorphine/naloxone 16/4 mg daily throughout.
      Attended all family sessions. No incidents.</text>
    </section></component>
    <component><section>
      <title>Discharge Medications</title>
      <text><list><item>buprenorphine/naloxone 8/2 mg SL film - 2 films daily</item><item>sertraline 100 mg daily</item></list></text>
    </section></component>
    <component><section>
      <title>Follow-up</title>
      <text>Harborlight Greenfield outpatient OBOT, first visit 3/13/2025 with Dr. Feld.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
mk('phi', 'struct',
   'Cedar Hollow Records <ch-records@harborlight-bh.org>',
   'Greenfield Outpatient <greenfield-op@harborlight-bh.org>',
   'transition of care doc - Huang',
   'Mon, 10 Mar 2025 15:47:21 -0400',
   """Attached is the C-CDA discharge summary for your new OBOT intake Thursday. The
HIE link isn't live for Greenfield yet so emailing it.

Cedar Hollow Records
""", atts=[('CCD_HL0098231_20250310.xml', 'text/xml', ccd)], patient='Huang')

mk('phi', 'struct',
   'Tonya Briggs <tbriggs@harborlight-bh.org>',
   'Patient Accounts <patientaccounts@harborlight-bh.org>',
   '835 - Keystone underpaid, need to post manually',
   'Wed, 12 Mar 2025 11:29:06 -0400',
   """Auto-post kicked this one out, posting by hand. Adj is CO-45 plus a PR-2 coinsurance
they shouldn't be taking on OTP bundles. Pasted the claim piece:

CLP*HL25020011*1*1620*1134**MC*2025071882201*11*1~
NM1*QC*1*TAVARES*JOAQUIM****MI*KMH448213907~
NM1*82*2*HARBORLIGHT BEHAVIORAL HEALTH*****XX*1942203371~
DTM*232*20250211~
DTM*233*20250228~
SVC*HC:H0020*1620*1134**18~
CAS*CO*45*324~
CAS*PR*2*162~
AMT*B6*1296~

Joaquim got a bill for the 162 already and called upset. Can someone hold the
statement while I appeal?

Tonya
""", patient='TAVARES')

# =============================== PHI: lang ===============================
mk('phi', 'lang',
   'Rosario Mejía <rosario.mejia77@hotmail.com>',
   'Luis Arroyo LMHC <larroyo@harborlight-bh.org>',
   'mi hijo Mateo',
   'Tue, 04 Mar 2025 20:22:41 -0500',
   """Buenas noches Sr. Arroyo,

Le escribe Rosario Mejía, la mamá de Mateo Mejía Flores. Desde la cita del jueves
Mateo no quiere salir de su cuarto y anoche lo encontré con cortadas en el brazo
otra vez. No fueron profundas, yo lo curé. Ya no está tomando la fluoxetina, dice
que no le sirve. ¿Puede verlo antes del martes? No sé qué más hacer.

Mi teléfono es 413-555-0131, puede llamar a cualquier hora.

Gracias,
Rosario
""", cte='quoted-printable', patient='Mejía Flores')

mk('phi', 'lang',
   'Gilberto Nascimento <gil.nascimento@uol.com.br>',
   'otp-fenwick@harborlight-bh.org',
   'dose de metadona - Gilberto Nascimento',
   'Wed, 05 Mar 2025 07:35:10 -0500',
   """Bom dia,

Meu nome é Gilberto Nascimento, data de nascimento 12/09/1970, sou paciente da clínica
da Fenwick St. Estou tomando 70 mg de metadona. Desde que a dose foi reduzida na semana
passada eu tenho muita dor nas pernas e não consigo dormir à noite. A enfermeira
Tamsin disse para escrever para a médica. Posso voltar para 80 mg?

Também preciso de uma carta para o meu trabalho dizendo que tenho que chegar às 9h
nos dias de dose.

Obrigado,
Gilberto
""", patient='Nascimento')

mk('phi', 'lang',
   'Trần Minh Khoa <khoa.tran.92@gmail.com>',
   'Hoa Tran <htran@harborlight-bh.org>',
   'Về mẹ tôi - Nguyễn Thị Hương',
   'Thu, 06 Mar 2025 18:10:27 -0500',
   """Chào cô Hoa,

Tôi là Khoa, con trai của bà Nguyễn Thị Hương (sinh ngày 14/02/1958). Sau buổi
khám hôm thứ Ba, mẹ tôi vẫn uống rượu mỗi tối và không ngủ được. Bác sĩ có kê
thuốc gabapentin nhưng mẹ tôi sợ uống chung với rượu. Mẹ tôi có nên tiếp tục uống
thuốc không? Lịch hẹn tiếp theo là ngày 20 tháng 3.

Cảm ơn cô,
Khoa
""", patient='Nguyễn Thị Hương')

mk('phi', 'lang',
   'Jean-Robert Désir <jrdesir@yahoo.com>',
   'Front Desk Millbrook <frontdesk-mb@harborlight-bh.org>',
   'randevou Jean-Robert Desir',
   'Fri, 07 Mar 2025 10:02:33 -0500',
   """Bonjou,

Se Jean-Robert Désir, mwen fèt 3 avril 1982. Mwen gen randevou ak Dr. Castellanos
lendi 10 mas a 11è, men mwen pa ka vini paske mwen travay. Èske mwen ka chanje l pou
vandredi?

Epitou mwen fini grenn risperidone yo depi yè, famasi a di yo bezwen yon nouvo
preskripsyon. Mwen pa vle rete san medikaman an.

Mèsi anpil,
Jean-Robert
774-555-0145
""", patient='Désir')

mk('phi', 'lang',
   'Светлана Орлова <s.orlova@mail.ru>',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'Мой брат Андрей Орлов в Cedar Hollow',
   'Sat, 08 Mar 2025 13:55:16 -0500',
   """Здравствуйте,

Я сестра Андрея Орлова, он поступил к вам в Cedar Hollow 1 марта. Он позвонил мне
вчера и сказал, что ему дают новое лекарство (налтрексон) и что у него сильная
тошнота и болит голова. Он боится сказать персоналу. Раньше, в 2022 году, он лежал
в больнице после передозировки, и я очень волнуюсь.

Он подписал разрешение, чтобы вы могли со мной говорить. Мой телефон +1 617 555 0139.

С уважением,
Светлана Орлова
""", patient='Орлов')

mk('phi', 'lang',
   'Maricel Dizon RN <mdizon@harborlight-bh.org>',
   'Jocelyn Bautista RN <jbautista@harborlight-bh.org>',
   're: si Lola Remedios',
   'Sun, 09 Mar 2025 16:40:02 -0400',
   """Jo,

Si Mrs. Remedios Santiago (room 3A sa geri unit) ay hindi kumain ng tanghalian at
ayaw uminom ng gamot kanina. Sinabi niya na may lason daw ang sertraline. BP 158/92
kaninang 2pm. Tinawagan ko na si Dr. Abara, sabi niya bantayan muna at i-recheck ang
BP ng 6pm. Pakisabi sa night shift ha.

Salamat,
Maricel
""", patient='Santiago')

mk('phi', 'lang',
   'Khaled Mansour <k.mansour84@gmail.com>',
   'Renata Osei <rosei@harborlight-bh.org>',
   'بخصوص ابني يوسف',
   'Mon, 10 Mar 2025 21:05:48 -0400',
   """السيدة رناتا المحترمة،

أنا والد يوسف الخطيب (مواليد 2006/11/03). بعد جلسة العائلة يوم الاثنين، لاحظنا أن يوسف
لا ينام جيدًا ويرفض الذهاب إلى المدرسة. وجدنا في غرفته بقايا حشيش مرة أخرى. هل يمكن
أن نحصل على موعد إضافي هذا الأسبوع؟ والدته قلقة جدًا.

رقم هاتفي: 413-555-0157

مع الشكر،
خالد
""", cte='base64', patient='الخطيب')

mk('phi', 'lang',
   'Wendy Zhou <wzhou@harborlight-bh.org>',
   'Dr. Lena Castellanos <lcastellanos@harborlight-bh.org>',
   'FW: 陈先生的药',
   'Tue, 11 Mar 2025 09:15:57 -0400',
   """Dr. C - translation below: Mr. Chen's wife says since the dose went up to 20mg of
olanzapine he's gained ~5kg and sleeps all day. She asks if it can be lowered.
- Wendy (interpreter)

-----Original Message-----
From: 林美玲 <meiling.lin@163.com>
Sent: Monday, March 10, 2025 10:48 PM
To: Wendy Zhou <wzhou@harborlight-bh.org>
Subject: 陈先生的药

周小姐您好，

我是陈国华的太太。他上个月开始吃20毫克的奥氮平以后，体重增加了大概五公斤，
白天一直睡觉，也不愿意出门。他的出生日期是1969年7月2日，病历号HL0091146。
能不能请医生减少药量？下次复诊是3月27日。

谢谢！
林美玲
""", patient='陈国华')

# =============================== CLEAN: admin ===============================
mk('clean', 'admin',
   'HLBH IT Service Desk <servicedesk@harborlight-bh.org>',
   'All Staff <allstaff@harborlight-bh.org>',
   'Planned maintenance: mail server Sat 3/15 02:00-04:00 (INC0048812)',
   'Mon, 10 Mar 2025 16:00:00 -0400',
   """All,

Change CHG0019924 / INC0048812: the shared mail server (mail.harborlight-bh.org)
will be patched this Saturday, March 15, 02:00-04:00 ET. This affects Harborlight,
Brightwater Family Dental and Millrace Dental Group mailboxes. Outlook on the web
will be unavailable; phones and the EHR are not affected.

Crisis line staff: the crisisline@ shared box will queue and deliver after the
window -- use the backup fax (413-555-0198) for anything time-sensitive.

Questions: ext 4357 (HELP) or servicedesk@harborlight-bh.org.

Raj Pillai, for the IT team
""",
   html="""<html><body><p>All,</p>
<p><b>Change CHG0019924 / INC0048812</b>: the shared mail server (mail.harborlight-bh.org)
will be patched this <b>Saturday, March 15, 02:00&ndash;04:00 ET</b>. This affects Harborlight,
Brightwater Family Dental and Millrace Dental Group mailboxes. Outlook on the web will be
unavailable; phones and the EHR are not affected.</p>
<p>Crisis line staff: the crisisline@ shared box will queue and deliver after the window &ndash;
use the backup fax (413-555-0198) for anything time-sensitive.</p>
<p>Questions: ext 4357 (HELP) or servicedesk@harborlight-bh.org.</p>
<p>Raj Pillai, for the IT team</p></body></html>""")

mk('clean', 'admin',
   'Human Resources <hr@harborlight-bh.org>',
   'New Hires March <newhires-0325@harborlight-bh.org>',
   'Orientation Monday 3/17 - what to bring',
   'Wed, 12 Mar 2025 10:30:00 -0400',
   """Welcome to Harborlight!

New employee orientation is Monday, March 17, 8:30am-4:00pm, Training Room B,
22 Fenwick St, 2nd floor. Please bring:

 - two forms of ID for your I-9 (see list on the back of your offer letter)
 - a voided check for direct deposit
 - proof of TB test within the last 12 months and your hep B vaccine record or
   declination (clinical staff only)
 - your license / certification card (LCSW, LMHC, CADC, RN, DDS, RDH...)

Employee IDs have been assigned: Abiola Fashola E20417, Corinne Lacroix E20418,
Tomasz Nowak E20419, Hye-jin Park E20420. Badge photos will be taken at 11.

Lunch is provided. Parking in the Fenwick St lot, not the clinic lot please -- the
OTP patients need those spaces in the morning.

Questions: Shauna Pickett, HR Generalist, 413-555-0100 x210
""")

mk('clean', 'admin',
   'Facilities <facilities@harborlight-bh.org>',
   'Gil Hartnett <ghartnett@harborlight-bh.org>',
   'Cedar Hollow boiler - invoice 7731-B',
   'Thu, 06 Mar 2025 14:22:19 -0500',
   """Gil,

Northeast Mechanical finished the boiler repair at Cedar Hollow yesterday (replaced
the ignition control module and a circulator pump). Invoice 7731-B for $2,846.10 is
in your approval queue in Coupa, PO 4500198823. They'll be back 3/20 to flush the
baseboard loop in the east wing -- residents in rooms 1A-2B may want to be out of
their rooms 9-11am. House manager has the details.

Also the kitchen exhaust hood inspection is overdue (last tag 2/2024). I'm getting
quotes.

Ron Tibbetts
Facilities Manager
cell 413-555-0186
""")

mk('clean', 'admin',
   'Revenue Cycle <revcycle@harborlight-bh.org>',
   'Billing Staff <billing-staff@harborlight-bh.org>',
   'Claim scrubber rule changes effective 4/1',
   'Fri, 07 Mar 2025 09:00:00 -0500',
   """Hi billing team,

Heads up on three scrubber edits going live 4/1 in the new billing module (v24.3):

1. H0020 (OTP methadone) - units must equal calendar days in the billing period.
   Edit ID SCR-1142 will hard-stop anything else.
2. 90837 w/ modifier 95 - POS 10 now required for telehealth to patient home,
   POS 02 for everywhere else (Tri-River and Keystone both).
3. D-codes (dental) are now excluded from the behavioral health claim batch --
   Brightwater and Millrace will run their own batches on Tuesdays.

Training webinar: Thursday 3/27 at 12:00, link to follow. Vendor ticket for the H0020
edit is SR-00887162 if you see weird denials.

Priya Menon
Revenue Cycle Manager
""")

mk('clean', 'admin',
   'Jamal Alvarado <jalvarado@harborlight-bh.org>',
   'Crisis Line Counselors <cl-counselors@harborlight-bh.org>',
   'coverage needed: overnights 3/21-3/23',
   'Sat, 08 Mar 2025 12:45:51 -0500',
   """Hi all,

Still have holes in the overnight schedule for the weekend of 3/21:

  Fri 3/21  23:00-07:00  need 1 (Priscilla on with me)
  Sat 3/22  23:00-07:00  need 2
  Sun 3/23  23:00-07:00  need 1 (Oksana on)

Time-and-a-half for anyone picking up a third overnight this pay period. Reply to me
or text 413-555-0179. Please don't swap in the scheduling app without telling me,
it doesn't notify the supervisor.

Also: Peter Nwosu is officially our new shift lead as of 3/17 -- congrats Peter!

Jamal Alvarado, LMHC
Crisis Line Supervisor
""")

mk('clean', 'admin',
   'Crestline Dental Supply <orders@crestlinedentalsupply.com>',
   'Brightwater Front Desk <frontdesk@brightwaterdental.com>',
   'Order confirmation #88213-A - Brightwater Family Dental',
   'Tue, 04 Mar 2025 15:10:08 -0500',
   """Thank you for your order!

Order #: 88213-A          Account #: BWFD-001447
Ship to: Brightwater Family Dental, 410 Canal St Suite 2, Millbrook MA 01360
Ordered by: Paula Ng

Qty  Item                                          Each      Ext
 10  Nitrile exam gloves, M, 200/bx                 $11.49   $114.90
  4  Lidocaine HCl 2% w/ epi 1:100k, 50 carpules    $48.75   $195.00
  2  Articaine 4% w/ epi 1:100k, 50 carpules        $62.10   $124.20
  6  Chlorhexidine gluconate 0.12% rinse, 16oz       $6.35    $38.10
  1  Gelfoam absorbable sponge, size 4, 12/bx       $71.00    $71.00
                                                   Subtotal  $543.20
                                                   Shipping    $0.00
                                                   Total     $543.20

Estimated delivery: Thu 3/6. Questions? Call 800-555-0133 and reference your order #.
""")

mk('clean', 'admin',
   'Credentialing <credentialing@harborlight-bh.org>',
   'Dr. Aaron Feld <afeld@harborlight-bh.org>',
   'Your DEA and X-waiver-era paperwork - action needed by 3/31',
   'Mon, 03 Mar 2025 08:15:00 -0500',
   """Dr. Feld,

Our records show the following expiring soon for you:

  DEA registration (OTP site, 22 Fenwick St) ... exp 04/30/2025
  MA Controlled Substance Registration ......... exp 04/30/2025
  Keystone Mutual recredentialing .............. due 03/31/2025

NPI 1942203371 and CAQH ID 14882201 are current. Please log into CAQH and re-attest
and send me a copy of the DEA renewal confirmation once it's done. Keystone needs the
signed attestation page -- I've put it in your inbox tray at Fenwick.

Thank you!
Colleen Marsh, CPCS
Credentialing Specialist
413-555-0100 x233
""")

# =============================== CLEAN: lookalike ===============================
mk('clean', 'lookalike',
   'Valley Paws Veterinary <reminders@valleypawsvet.com>',
   'Kristen Albright <kalbright@brightwaterdental.com>',
   "Biscuit's lab results + dental cleaning reminder",
   'Wed, 05 Mar 2025 17:20:00 -0500',
   """Hi Kristen,

Good news -- Biscuit's pre-anesthetic bloodwork came back normal (BUN 18, creatinine
1.1, ALT 42, all within range for a 9-year-old beagle). Dr. Okafor says she's cleared
for her dental cleaning and extraction of the fractured upper premolar on Tuesday
3/18. Drop-off between 7:30 and 8:00am, nothing to eat after 10pm the night before.

She'll go home with carprofen for pain and a soft-food diet for 5 days.

Patient: Biscuit (canine, F/S)   Client #: 20988   Patient ID: VP-44718
Rabies vaccine due: 06/2025

Valley Paws Veterinary Clinic | 413-555-0114
""")

mk('clean', 'lookalike',
   'Pioneer Valley Federal Credit Union <alerts@pvfcu.org>',
   'Tonya Briggs <tbriggs@harborlight-bh.org>',
   'Your auto loan statement is ready - Member #0048812',
   'Thu, 06 Mar 2025 06:00:00 -0500',
   """Member #: ****8812
Account: Auto Loan -0071
Statement date: 03/05/2025
Payment due: $412.66 on 03/20/2025

Your statement is available in online banking. Reminder: to keep your account
secure, we will never ask for your full member number, SSN or date of birth by
email. If you receive a message asking for this information, call us at
800-555-0152.

Pioneer Valley FCU is federally insured by NCUA.
""")

mk('clean', 'lookalike',
   'Summit Strength & Wellness <hello@summitstrengthgym.com>',
   'jordan pike <jpike@harborlight-bh.org>',
   'New: Recovery Yoga + body comp scans now free for members',
   'Sat, 08 Mar 2025 08:00:00 -0500',
   """Hey Jordan!

Starting this month, every membership includes a free InBody body composition scan
once a quarter -- book it at the front desk. And we're launching "Recovery Yoga" on
Sunday mornings (gentle flow + foam rolling for sore muscles, not the 12-step kind,
though everyone's welcome!).

Member ID: SSW-30417
Plan: Monthly Flex, renews 03/28/2025

Also: the sauna is closed 3/10-3/12 for heater replacement.

See you on the floor,
Coach Dana & the Summit team
""",
   html="""<html><body style="font-family:Helvetica,Arial;background:#f4f4f4"><div style="max-width:560px;margin:auto;background:#fff;padding:20px">
<h2 style="color:#e4572e">Hey Jordan!</h2>
<p>Starting this month, every membership includes a <b>free InBody body composition scan</b> once a quarter &mdash; book it at the front desk.</p>
<p>We're launching <b>Recovery Yoga</b> on Sunday mornings (gentle flow + foam rolling for sore muscles, not the 12-step kind, though everyone's welcome!).</p>
<p style="font-size:12px;color:#666">Member ID: SSW-30417 &middot; Plan: Monthly Flex, renews 03/28/2025</p>
<p>Also: the sauna is closed 3/10&ndash;3/12 for heater replacement.</p>
<p>See you on the floor,<br>Coach Dana &amp; the Summit team</p></div></body></html>""")

mk('clean', 'lookalike',
   'Arborwise Tree Care <office@arborwisetree.com>',
   'Ron Tibbetts <facilities@harborlight-bh.org>',
   'Diagnosis & treatment plan - red oak at 22 Fenwick St',
   'Tue, 11 Mar 2025 12:05:30 -0400',
   """Hi Ron,

Following our site visit on 3/10, here is the assessment for the large red oak by the
clinic parking lot:

Diagnosis: bacterial leaf scorch is likely (confirming with lab sample, ref
AW-25-0310-02), plus a girdling root on the north side. Crown dieback about 20%.

Treatment plan:
  1. Root collar excavation and removal of girdling root (April)
  2. Trunk injection of oxytetracycline, repeat in the fall
  3. Deadwood pruning over the lot, 2" and larger
  4. Follow-up visit in 6 weeks to check response

Estimate #E-1187: $1,950.00. The tree is not in danger of failure right now, but
I would keep cars from parking directly under the east limb in high wind.

Matt Corrigan, ISA Certified Arborist NE-7712A
Arborwise Tree Care | 413-555-0128
""")

mk('clean', 'lookalike',
   'Raj Pillai <rpillai@harborlight-bh.org>',
   'Dev Ops <devops@harborlight-bh.org>',
   'patient-sync worker keeps getting OOM killed',
   'Wed, 12 Mar 2025 02:41:09 -0400',
   """ugh. third time tonight.

[2025-03-12 02:31:44] kernel: Out of memory: Killed process 44718 (patient-sync) total-vm:8123456kB
[2025-03-12 02:31:45] systemd[1]: patient-sync.service: Main process exited, code=killed, status=9/KILL
[2025-03-12 02:31:50] systemd[1]: patient-sync.service: Scheduled restart job, restart counter is at 3.

The child processes are fine, it's the parent that's leaking -- heap grows ~40MB per
batch of 500 records and never comes back down. I bumped MemoryMax to 6G for now and
set the liveness probe on the k8s side to 60s. Going to bisect against v2.14.1
tomorrow; suspect the new HL7 parser lib. No data loss, queue just backs up.

Ticket: INC0049017
""")

mk('clean', 'lookalike',
   'SkyBridge Airlines <noreply@skybridgeair.com>',
   'Nadia Sorensen <nsorensen@harborlight-bh.org>',
   'Your trip confirmation: BDL -> DCA, Record Locator K7QX2M',
   'Mon, 03 Mar 2025 19:44:03 -0500',
   """Thank you for choosing SkyBridge.

Record locator: K7QX2M
Passenger: SORENSEN/NADIA MS        BridgeMiles #: 2207 4418 913
Passenger: GOLDFARB/LEAH MS         BridgeMiles #: 2211 0093 552

Thu 24 Apr 2025  SB 1182  BDL 07:05 -> DCA 08:32  Seats 14C, 14D
Sun 27 Apr 2025  SB 1187  DCA 17:40 -> BDL 19:01  Seats 9A, 9B

Fare: $348.20 per traveler. Checked bags: 0.
Need assistance at the airport (wheelchair, travelling with medical devices or
service animal)? Add it in Manage Trip at least 48 hours before departure.
""")

mk('clean', 'lookalike',
   'Granite Shield Auto Insurance <claims@graniteshieldins.com>',
   'Desmond Carter <dcarter@harborlight-bh.org>',
   'Claim CLM-2025-118730 - status update',
   'Fri, 07 Mar 2025 13:37:44 -0500',
   """Dear Desmond Carter,

We have completed our review of claim CLM-2025-118730 (date of loss 02/22/2025,
2019 Honda CR-V, policy GSA-7730-21944).

Collision coverage: approved, less your $500 deductible.
Bodily injury / medical payments: not applicable -- no injuries were reported by
either party at the scene.

The repair estimate from Route 9 Collision (estimate #RC-4471) has been approved for
$3,812.40. A rental is authorized for up to 10 days.

Your adjuster: Felicia Grant, 800-555-0119 ext 5531
""")

# =============================== CLEAN: news ===============================
mk('clean', 'news',
   'Sagamore County Health Dept <alerts@sagamorecounty-health.gov>',
   'Harborlight Clinical Leadership <clinical-leads@harborlight-bh.org>',
   'HEALTH ADVISORY: xylazine-adulterated fentanyl - Sagamore County, March 2025',
   'Thu, 06 Mar 2025 12:00:00 -0500',
   """SAGAMORE COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY #2025-04

Between Feb 20 and Mar 5, 2025, county EMS responded to 37 suspected opioid overdoses,
up from a 4-week average of 21. Drug checking at two syringe service programs found
xylazine in 11 of 14 fentanyl samples tested. Three deaths are under investigation.

Recommendations for providers:
- Continue naloxone for any suspected overdose; xylazine does not respond to naloxone,
  so provide rescue breathing and call 911.
- Assess for xylazine-associated wounds at every visit; refer early.
- Distribute fentanyl and xylazine test strips. Free supplies: 413-555-0100 x9.
- Expand same-day buprenorphine starts where possible.

Data are provisional. Next update: March 20.
""")

mk('clean', 'news',
   'PharmaSafe Alerts <alerts@pharmasafe-notices.com>',
   'OTP Clinical <otp-clinical@harborlight-bh.org>',
   'VOLUNTARY RECALL: buprenorphine/naloxone sublingual film 8 mg/2 mg, select lots',
   'Tue, 11 Mar 2025 08:30:00 -0400',
   """RECALL NOTICE - Class II

Product: Buprenorphine and Naloxone Sublingual Film, 8 mg/2 mg, carton of 30
Manufacturer: Corvane Pharmaceuticals (fictional notice ID CVP-R-2503)
Lots: BN8A2241, BN8A2242, BN8A2250   Exp: 09/2026

Reason: Some pouches in these lots may not be fully sealed, which could reduce
product stability. No adverse events have been reported.

Action for dispensers and OTP/OBOT sites: quarantine remaining stock from the listed
lots and contact your wholesaler for return authorization. Patients should not stop
treatment; pharmacies will exchange units. Questions: 1-800-555-0107.
""")

mk('clean', 'news',
   'Recovery Policy Digest <digest@recoverypolicydigest.org>',
   'Leah Goldfarb <lgoldfarb@harborlight-bh.org>',
   'Part 2 final rule: what changes for your program by Feb 2026',
   'Wed, 05 Mar 2025 07:00:00 -0500',
   """RECOVERY POLICY DIGEST - March 2025

In this issue:

1) 42 CFR Part 2 alignment with HIPAA. Programs may now rely on a single consent
   for all future treatment, payment and health care operations uses. Records
   disclosed under that consent may be redisclosed per HIPAA, except they still may
   not be used in civil, criminal or legislative proceedings against the patient
   without specific consent or a court order. Compliance date: Feb 16, 2026.

2) Breach notification now applies to Part 2 records the same way it applies to PHI.

3) Telehealth buprenorphine: DEA extended flexibilities through 2025. A special
   registration rule is still pending.

4) Webinar: "Consent forms that actually work," March 27, 1pm ET.

You're receiving this because you subscribed at recoverypolicydigest.org.
Unsubscribe | Manage preferences
""",
   html="""<html><body style="font-family:Georgia,serif">
<h1 style="font-size:20px">Recovery Policy Digest &ndash; March 2025</h1>
<ol>
<li><b>42 CFR Part 2 alignment with HIPAA.</b> Programs may now rely on a single consent for all future TPO uses. Records disclosed under that consent may be redisclosed per HIPAA, except they still may not be used in proceedings against the patient without specific consent or a court order. Compliance date: Feb 16, 2026.</li>
<li><b>Breach notification</b> now applies to Part 2 records the same way it applies to PHI.</li>
<li><b>Telehealth buprenorphine:</b> DEA extended flexibilities through 2025.</li>
<li>Webinar: &ldquo;Consent forms that actually work,&rdquo; March 27, 1pm ET.</li>
</ol>
<p style="font-size:11px">Unsubscribe | Manage preferences</p></body></html>""")

mk('clean', 'news',
   'State Dental Society <news@statedentalsociety.org>',
   'Dr. Samir Haddad <shaddad@brightwaterdental.com>',
   'Dental Bulletin: opioid-sparing analgesia after extractions',
   'Mon, 10 Mar 2025 06:30:00 -0400',
   """DENTAL BULLETIN | March 2025

OPIOID-SPARING PAIN CONTROL IS NOW THE STANDARD
A review of 2024 prescribing data from member practices shows opioid prescriptions
after third-molar extractions fell 38% since 2021. Combination ibuprofen 400-600 mg
+ acetaminophen 500-1000 mg outperformed hydrocodone combinations in every pooled
trial reviewed.

PATIENTS IN RECOVERY
Ask every adult about medications for opioid use disorder. Patients on
buprenorphine or methadone should generally continue their regular dose; coordinate
with the prescribing clinic before sedation. Avoid alcohol-containing rinses for
patients taking disulfiram.

CE OPPORTUNITY: "Treating the Patient in Recovery" - 2 CE credits, April 12.
""")

mk('clean', 'news',
   'Harborlight Communications <comms@harborlight-bh.org>',
   'All Staff <allstaff@harborlight-bh.org>',
   'The Harborlight Herald - March',
   'Fri, 07 Mar 2025 15:00:00 -0500',
   """THE HARBORLIGHT HERALD - March 2025

KUDOS CORNER
Shout-out to the Fenwick St nursing team for zero dosing errors in February, and to
Jordan Pike, who ran 14 naloxone trainings at community sites last month.

A WORD FROM A GRADUATE
"I came in thinking nobody could understand. The house gave me people who did." --
a Cedar Hollow alum (shared with permission, name withheld)

BY THE NUMBERS
The crisis line answered 1,184 calls in February; 94% were answered within 30
seconds.

WELCOME
New hires starting 3/17: Abiola Fashola (RN, Fenwick), Corinne Lacroix (LMHC,
Millbrook), Tomasz Nowak (IT), Hye-jin Park (RDH, Brightwater).

REMINDER
Annual HIPAA / Part 2 training is due 3/31 in the learning portal.
""")

mk('clean', 'news',
   'Quality & Outcomes <quality@harborlight-bh.org>',
   'Board Quality Committee <board-quality@harborlight-bh.org>',
   'Q4 2024 outcomes dashboard',
   'Tue, 04 Mar 2025 17:45:00 -0500',
   """Committee members,

Summary of Q4 2024 (Oct-Dec) aggregate outcomes ahead of the 3/18 meeting. Full
dashboard attached in the board portal. Cells under 11 are suppressed.

                                  Q3 2024   Q4 2024
Residential admissions              84        79
  completed program                 68%       71%
  left AMA                          19%       15%
  avg length of stay (days)        24.6      25.3
OTP census (end of quarter)        412       431
  90-day retention                  78%       81%
Outpatient new intakes             356       388
  PHQ-9 improvement >=5 at 12 wks   52%       55%
Crisis line calls                 3,402     3,615
  mobile dispatches                 211       236

Notes: the AMA drop follows the family-engagement changes started in September.

Dr. Helena Strauss
VP, Quality & Outcomes
""")

# =============================== CLEAN: staff ===============================
mk('clean', 'staff',
   'Dr. Aaron Feld <afeld@harborlight-bh.org>',
   'OTP Clinical <otp-clinical@harborlight-bh.org>',
   'QTc monitoring - proposed protocol change',
   'Mon, 03 Mar 2025 17:30:12 -0500',
   """All,

Proposal for discussion at Thursday's clinical meeting. Currently we get a baseline
EKG and then only "as indicated". I'd like:

- baseline EKG within 30 days of admission
- repeat EKG when dose reaches 100mg, and again at 120mg+
- annual EKG for anyone on >100mg
- QTc 450-500: discuss risks, look for other QT-prolonging meds (ondansetron,
  citalopram, quetiapine, azithro, etc.), consider slower titration or bup
- QTc >500: same-day prescriber review, consider dose reduction / transition

Tamsin, can you pull how many people we have above 100mg right now (just the
number, no list needed)?

Aaron Feld, MD, FASAM
Medical Director, OTP
""")

mk('clean', 'staff',
   'Dr. Miriam Moss <mmoss@harborlight-bh.org>',
   'Peer Consult Group <consult-group@harborlight-bh.org>',
   'case for Friday consult (de-identified)',
   'Wed, 05 Mar 2025 12:50:40 -0500',
   """Hi all, here's what I'd like to bring Friday. Details changed/removed.

Woman in her 30s, second trimester, on methadone in the 100s for several years,
doing well until recently. Reports nausea and "wearing off" in the late afternoon;
peak/trough levels suggest rapid metabolism, which we know happens in pregnancy.
Question for the group: split dosing vs. a modest increase, and how do people
handle the take-home conversation when she's had one positive for cannabis?

Also interested in how others coordinate with OBs who are nervous about the
neonatal side. Bring your experience!

Miriam
""")

mk('clean', 'staff',
   'Tamsin Reyes RN <treyes@harborlight-bh.org>',
   'Nursing Leadership <nursing-leads@harborlight-bh.org>',
   'Fenwick staffing - we are short again',
   'Thu, 06 Mar 2025 15:55:28 -0500',
   """Hi,

Flagging that Fenwick is down to 3 dosing nurses for next week (one out on FMLA, one
resigned, last day 3/14). We dose ~430 people a day between 0600 and 1300 and need 4
windows open from 0600-0900 to keep wait times under 20 min. Can we:

1. borrow an RN from Greenfield OBOT Mon/Wed/Fri mornings,
2. approve agency for 2 weeks (Keystone Staffing quoted $78/hr), or
3. open at 0545?

I'll cover a window myself but then nobody is doing intakes.

Tamsin
""")

mk('clean', 'staff',
   'Dr. Naomi Feldstein DDS <nfeldstein@millracedental.com>',
   'Dr. Samir Haddad <shaddad@brightwaterdental.com>',
   'nitrous for pts in recovery?',
   'Fri, 07 Mar 2025 18:22:15 -0500',
   """Samir -

Question since you work more closely with the Harborlight folks. Do you offer N2O to
patients in recovery from opioids or alcohol? We've had a couple ask for it and a
couple refuse it outright, and our hygienists aren't sure what to say. I've read
it's low risk at dental concentrations but I'd rather have a practice policy than
case by case.

Also, what do you do for post-ext pain for someone on bup? I've been doing ibu/APAP
and bumping the bup (after talking to their prescriber) but wonder if there's a
better way.

Naomi

--
Naomi Feldstein, DDS
Millrace Dental Group
""")

mk('clean', 'staff',
   'Leah Goldfarb <lgoldfarb@harborlight-bh.org>',
   'Clinical Supervisees <supervision-group@harborlight-bh.org>',
   'group supervision Tues - countertransference',
   'Sat, 08 Mar 2025 10:10:10 -0500',
   """Hi everyone,

For Tuesday's group supervision we're doing countertransference. Please come ready
to talk briefly about a client who has been hard for you to sit with -- NO names,
no DOBs, no workplaces, no small-town details that would make them recognizable.
"A man in his 50s with a long drinking history who reminds me of my uncle" is the
level of detail I'm looking for.

Reading (optional): the Hayes chapter in the shared drive under Supervision/2025.

See you at 12:30, conference room 2, lunch is on me.

Leah Goldfarb, PhD, LICSW
Clinical Director, Outpatient
""")

mk('clean', 'staff',
   'Peter Nwosu <pnwosu@harborlight-bh.org>',
   'Crisis Line Counselors <cl-counselors@harborlight-bh.org>',
   'rough night - check in',
   'Sun, 09 Mar 2025 07:30:00 -0400',
   """Team,

Just wanted to say last night was a heavy one -- three callers with active SI, one
MCT dispatch, and a long call with someone whose friend had just overdosed. Everyone
who needed help got it, and the counselors on shift did excellent work.

If you were on last night (or any night this week) please use the debrief slot with
Jamal, or the EAP line 800-555-0170. Taking care of yourselves is part of the job.

Also reminder: the safety planning refresher is Wednesday at 3.

Peter
Shift Lead, Crisis Line
""")

mk('clean', 'staff',
   'Alana Kaufman <akaufman@harborlight-bh.org>',
   'Cedar Hollow Clinical <ch-clinical@harborlight-bh.org>',
   'fentanyl test strips at discharge - draft procedure',
   'Tue, 11 Mar 2025 13:40:20 -0400',
   """Draft for comment by Friday:

At discharge (planned, AMA, or administrative), every resident is offered:
  - 2 naloxone kits (nasal 4mg) + teach-back
  - 10 fentanyl test strips and 5 xylazine test strips, with the instruction card
  - the crisis line card and the Never Use Alone number
Document "offered / accepted / declined" in the discharge checklist. Staff should
not require the resident to disclose plans to use to receive supplies.

Supplies are in the locked cabinet in the nursing office; county health replenishes
monthly. Any concerns about the "AMA" piece, please raise at Friday team.

Alana Kaufman, LMHC, LADC-I
Clinical Coordinator, Cedar Hollow House
""")

# =============================== CLEAN: training ===============================
mk('clean', 'training',
   'EHR Training <ehr-training@harborlight-bh.org>',
   'New Hires March <newhires-0325@harborlight-bh.org>',
   'EHR practice lab - use TRAIN environment only',
   'Thu, 13 Mar 2025 09:00:00 -0400',
   """Hi new hires,

For Tuesday's EHR lab, log into the TRAIN environment (https://train.ehr.harborlight-bh.local),
NOT production. Each of you has a practice patient already built:

  ZZTEST, ALPHA    MRN 9999901   DOB 01/01/1900
  ZZTEST, BRAVO    MRN 9999902   DOB 01/01/1900
  ZZTEST, CHARLIE  MRN 9999903   DOB 01/01/1900
  ZZTEST, DELTA    MRN 9999904   DOB 01/01/1900

Exercises: document an intake, order a UDS (use "TEST PANEL - DO NOT RESULT"), write
a progress note with a made-up diagnosis, and schedule a follow-up. The test patients
reset every night at midnight.

If you ever see a ZZTEST patient in production, tell IT immediately.

EHR Training Team
""")

hl7_demo = ("MSH|^~\\&|DEMOAPP|DEMOFAC|RECVAPP|RECVFAC|20250101120000||ADT^A01|DEMO0001|T|2.5.1\n"
            "EVN|A01|20250101120000\n"
            "PID|1||000000001^^^DEMO^MR||DOE^JOHN^Q||19000101|M|||123 SAMPLE ST^^ANYTOWN^ZZ^00000||555-555-5555\n"
            "PV1|1|I|TEST^101^A||||0000000000^PROVIDER^TEST\n")
mk('clean', 'training',
   'Ellis Hartmann <ehartmann@mirthbridge-solutions.com>',
   'Raj Pillai <rpillai@harborlight-bh.org>',
   'Demo follow-up: sample ADT and mapping sheet',
   'Wed, 05 Mar 2025 16:40:00 -0500',
   """Hi Raj,

Thanks for joining the demo today. As promised, attached is the sample ADT^A01 we
walked through (synthetic -- DOE^JOHN, processing ID "T"). The mapping sheet shows how
PID-3 and PV1-3 land in our canonical model. Happy to run a second session with your
interface team using your own test messages once the BAA is signed.

Best,
Ellis Hartmann
Solutions Engineer, MirthBridge Solutions
""", atts=[('sample_ADT_A01_DEMO.hl7', 'text/plain', hl7_demo)])

mk('clean', 'training',
   'Leah Goldfarb <lgoldfarb@harborlight-bh.org>',
   'Clinical Supervisees <supervision-group@harborlight-bh.org>',
   'orientation: sample record for documentation practice',
   'Mon, 10 Mar 2025 08:00:00 -0400',
   """Here's the mock chart for Thursday's documentation practice. Everything in it is
made up -- please don't "fix" it to look like a real case.

SAMPLE RECORD -- FOR TRAINING ONLY
Client: "Jane Doe" (fictional), 34
Presenting concern: drinking has increased after a job loss; wants to cut down
Sample history: first drink at 15, two prior DUIs (fictional), no prior treatment
Sample screening: AUDIT 22, PHQ-9 12
Exercise: write a DAP note for session 3 and an ASAM dimension summary.

Compare yours to the model note in the binder. We'll go over them together.

Leah
""")

mk('clean', 'training',
   'Jamal Alvarado <jalvarado@harborlight-bh.org>',
   'Crisis Line Trainees <cl-trainees@harborlight-bh.org>',
   'role-play scripts for Saturday',
   'Tue, 04 Mar 2025 19:15:00 -0500',
   """Trainees,

Saturday we'll do three role-plays. Scripts are fictional; the "caller" will be one
of the shift leads.

Scenario A - "Sam," a college student (fictional), calling at 2am, says he doesn't see
the point anymore, has been drinking. Practice: asking directly about suicide, means
restriction, collaborative safety plan.

Scenario B - "Mrs. P" (fictional), 70s, calling about her adult son who is using
again and has taken her car. Practice: third-party caller, boundaries, resources.

Scenario C - test caller uses the phrase "I'm fine" 6 times. Practice: reflecting,
staying curious.

Please review the Columbia protocol card before you come.

Jamal
""")

mk('clean', 'training',
   'ClaimBridge EDI Academy <academy@claimbridge-edi.com>',
   'Tonya Briggs <tbriggs@harborlight-bh.org>',
   '837P companion guide - worked example (test file)',
   'Thu, 06 Mar 2025 11:00:00 -0500',
   """Hello Tonya,

Below is the worked example from Module 3 (Subscriber loop 2010BA). This is a
synthetic test claim; use ISA15 = "T" when you send test files.

ISA*00*          *00*          *ZZ*TESTSUBMIT     *ZZ*CLAIMBRIDGE    *250101*1200*^*00501*000000001*0*T*:~
NM1*IL*1*TESTPATIENT*ALPHA****MI*TEST00000001~
N3*123 TEST STREET~
N4*ANYTOWN*ZZ*00000~
DMG*D8*19000101*U~
CLM*TESTCLM001*100***11:B:1*Y*A*Y*Y~
SV1*HC:99999*100*UN*1***1~

Common error: NM1*IL with an 09 qualifier other than MI. See page 42.

ClaimBridge EDI Academy
""")

mk('clean', 'training',
   'ChairsidePM Support Webinars <webinars@chairsidepm-software.com>',
   'Brightwater Front Desk <frontdesk@brightwaterdental.com>',
   'Your practice database for Thursday training',
   'Mon, 03 Mar 2025 10:05:00 -0500',
   """Hi Brightwater team,

For Thursday's front-office training we'll use the DEMO practice database (it's
pre-loaded, nothing from your live data). Sample patients you'll see:

  Test, Tooth          (chart DEMO-0001)  - practice scheduling + recall
  Sample, Molar A.     (chart DEMO-0002)  - insurance estimate w/ D4341
  Demo, Patient Family (chart DEMO-0003)  - family account, 4 members

Please don't enter real patients in the demo db; it's wiped after the session.

ChairsidePM Training Team
""", cte='quoted-printable')

# ------------------------------------------------------------------ labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    summary = {}
    for fn, lab, kind, _ in ROWS:
        summary['%s-%s' % (lab, kind)] = summary.get('%s-%s' % (lab, kind), 0) + 1
    for k in sorted(summary):
        print(k, summary[k])
    print('total', len(ROWS))
