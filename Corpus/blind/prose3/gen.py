#!/usr/bin/env python3
"""Blind evaluation set generator (prose3): hand-written e-mails, PHI vs clean.
Usage: python3 gen.py OUTDIR
All names, numbers and organisations are invented. Deterministic output."""
import base64, csv, datetime, hashlib, os, quopri, sys
from email.message import Message
from email.header import Header
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr, parseaddr

M = []

def add(label, kind, patient, frm, to, subj, body, **kw):
    M.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                  subj=subj, body=body, **kw))

def _enc(text, charset, enc):
    raw = text.encode(charset)
    if enc == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if enc == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    return text

def textpart(text, subtype='plain', charset='us-ascii', enc='7bit'):
    if enc in ('7bit', '8bit'):
        try:
            text.encode('ascii')
        except UnicodeEncodeError:
            enc = 'quoted-printable'
    p = Message()
    p['Content-Type'] = '%s; charset="%s"' % ('text/' + subtype, charset)
    p['Content-Transfer-Encoding'] = enc
    p.set_payload(_enc(text, charset, enc))
    return p

def attpart(name, ctype, content, charset='utf-8'):
    p = Message()
    if ctype.startswith('text/'):
        p['Content-Type'] = '%s; charset="%s"; name="%s"' % (ctype, charset, name)
    else:
        p['Content-Type'] = '%s; name="%s"' % (ctype, name)
    p['Content-Disposition'] = 'attachment; filename="%s"' % name
    p['Content-Transfer-Encoding'] = 'base64'
    data = content.encode(charset) if isinstance(content, str) else content
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p

def multipart(subtype, parts):
    p = Message()
    p['Content-Type'] = 'multipart/' + subtype
    for x in parts:
        p.attach(x)
    return p

def hdr(v, force=False):
    try:
        v.encode('ascii')
        if not force:
            return v
    except UnicodeEncodeError:
        pass
    return Header(v, 'utf-8').encode()

def addr(v):
    if '<' in v:
        name, a = v.rsplit('<', 1)
        name, a = name.strip().strip('"'), a.strip().rstrip('>')
    else:
        name, a = '', v.strip()
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), a)

def build(m, idx, fname, date=None):
    cs = m.get('charset', 'us-ascii')
    enc = m.get('enc', '7bit')
    body = m['body'].strip('\n') + '\n'
    html = m.get('html')
    if html and m.get('alt'):
        core = multipart('alternative', [textpart(body, 'plain', cs, enc),
                                         textpart(html, 'html', cs, m.get('henc', enc))])
    elif html:
        core = textpart(html, 'html', cs, enc)
    else:
        core = textpart(body, 'plain', cs, enc)
    extras = []
    for a in m.get('atts', ()):
        extras.append(attpart(*a))
    if m.get('rfc822'):
        r = m['rfc822']
        inner = textpart(r['body'].strip('\n') + '\n', 'plain', r.get('charset', 'us-ascii'),
                         r.get('enc', '7bit'))
        for k, v in (('From', addr(r['frm'])), ('To', addr(r['to'])), ('Subject', hdr(r['subj'])),
                     ('Date', r.get('date', 'Mon, 02 Nov 2026 09:14:00 -0500')),
                     ('Message-ID', '<%s.fwd@%s>' % (hashlib.md5(fname.encode()).hexdigest()[:16],
                                                      r['frm'].split('@')[-1].strip('>'))),
                     ('MIME-Version', '1.0')):
            inner[k] = v
        # move inner headers before content headers
        ordered = Message()
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            ordered[k] = inner[k]
        for k in ('Content-Type', 'Content-Transfer-Encoding'):
            ordered[k] = inner[k]
        ordered.set_payload(inner.get_payload())
        extras.append(MIMEMessage(ordered))
    if extras:
        top = multipart('mixed', [core] + extras)
    else:
        top = core
    out = Message()
    dom = m['frm'].split('@')[-1].strip('> ')
    if date is None:
        base = datetime.datetime(2026, 9, 1, 7, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
        date = base + datetime.timedelta(hours=idx * 9 + (idx * 37) % 7, minutes=(idx * 23) % 60)
    out['From'] = addr(m['frm'])
    out['To'] = addr(m['to'])
    if m.get('cc'):
        out['Cc'] = addr(m['cc'])
    out['Subject'] = hdr(m['subj'], m.get('encsubj', False))
    out['Date'] = format_datetime(date)
    out['Message-ID'] = '<%s@%s>' % (hashlib.sha1(fname.encode()).hexdigest()[:20], dom)
    if m.get('inreply'):
        out['In-Reply-To'] = '<%s@%s>' % (hashlib.sha1((fname + 'p').encode()).hexdigest()[:20], dom)
    out['MIME-Version'] = '1.0'
    for k, v in top.items():
        out[k] = v
    if top.is_multipart():
        for p in top.get_payload():
            out.attach(p)
    else:
        out.set_payload(top.get_payload())
    n = 0
    for part in out.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary('=_%s_%d' % (hashlib.md5(fname.encode()).hexdigest()[:18], n))
    return out.as_bytes()

# ======================= PHI: care =======================
add('phi', 'care', 'Brannigan',
    'Theresa Okafor RN <tokafor@lakeshorehomehealth.org>', 'scheduling@lakeshorehomehealth.org',
    'visit notes 11/3 - Brannigan',
    """Hi team,

Saw Mr. Walter Brannigan this am at his home on Pell St. Changed the dressing on his L lower leg, wound bed pink, ~2.1 x 1.4 cm, minimal drainage, no odor. Set up his pill organizer for the week (he had doubled up Tues again so daughter is going to keep the extra bottles in her car).

BP 138/82, HR 76, O2 sat 95% RA. He's asking for a shower chair, can someone call the DME place?

Next visit Thurs. Thx
Theresa Okafor, RN
Lakeshore Home Health - Field Nursing""")

add('phi', 'care', 'Delacroix',
    'Front Desk - Riverside Imaging <frontdesk@riversideimaging.net>', 'Marcel Delacroix <mdelacroix77@mailbox.com>',
    'Your MRI has been rescheduled',
    """Dear Marcel Delacroix,

Your MRI of the lumbar spine originally booked for Tuesday, November 10 at 2:30 PM has been moved to Wednesday, November 11 at 7:45 AM because of a scanner service window.

Please arrive 20 minutes early, wear no metal, and bring your referral from Dr. Haskins. If this time does not work reply to this email or call 555-0148.

Riverside Imaging Center
This message is intended only for the addressee.""",
    html="""<html><body><p>Dear Marcel Delacroix,</p>
<p>Your <b>MRI of the lumbar spine</b> originally booked for Tuesday, November 10 at 2:30 PM has been moved to <b>Wednesday, November 11 at 7:45 AM</b> because of a scanner service window.</p>
<p>Please arrive 20 minutes early, wear no metal, and bring your referral from Dr. Haskins. If this time does not work reply to this email or call 555-0148.</p>
<p style="color:#777">Riverside Imaging Center<br>This message is intended only for the addressee.</p></body></html>""",
    alt=True)

add('phi', 'care', 'Pruitt',
    'Dana Whitcomb <dwhitcomb@northfieldrehab.com>', 'PT Staff <pt-staff@northfieldrehab.com>',
    'no show again',
    """FYI Gloria Pruitt no-showed her 10am PT again, that's 3 in a row. Tried calling, VM full. Per policy I'm going to send the discharge-from-therapy letter unless someone objects by Friday. Her ortho (Lindqvist) should get a copy.

-Dana""")

add('phi', 'care', 'Hollister',
    'Kevin Marsh <kmarsh@stellarisdialysis.com>', 'Unit 4 Charge <unit4@stellarisdialysis.com>',
    'chair change for Hollister MWF',
    """Starting Monday Raymond Hollister moves from chair 7 second shift to chair 2 first shift (6:15 start). Run time stays 3h45, 2K bath, EDW 81.5 kg. Last Friday he came off 0.8 kg over target and post BP was 102/60 so please keep an eye on the UF rate the first hour.

His wife drives him so the earlier slot works for them.

Kevin Marsh, RN, CNN
Charge Nurse, Stellaris Dialysis - Eastgate""",
    enc='quoted-printable')

add('phi', 'care', 'Szabo',
    'Ridgeview Hospital Case Management <cm@ridgeviewhosp.org>', 'intake@maplecrestsnf.com',
    'Transfer packet - Szabo, Eleanor',
    """Hello Maplecrest intake,

Confirming transfer of Eleanor Szabo to your facility tomorrow (11/14) by wheelchair van, pickup 1300. Attached list is the current med rec as of this morning. Last hemoglobin 9.8, BMP this am unremarkable except K 3.4 which was replaced.

She will need PT/OT 5x/week, walker with front wheels, and assist x1 for transfers. Daughter (Ilona) is POA and has the paperwork.

Thanks,
Priya Raman, RN BSN
Case Manager, 6 West
Ridgeview Hospital
CONFIDENTIALITY: This message may contain information protected by law.""",
    atts=[('szabo_medrec.txt', 'text/plain', """MED REC - SZABO ELEANOR - 11/13
apixaban 2.5 mg PO BID
metoprolol succinate 25 mg PO daily
furosemide 20 mg PO daily
acetaminophen 650 mg PO q6h PRN
senna 8.6 mg PO HS
""")])

add('phi', 'care', 'Rourke',
    'Bill Hennessey <bhennessey@brightwaterfuneral.com>', 'medrecords@stanselmmedical.org',
    'Re: death certificate info for Francis Rourke',
    """Thanks for the quick reply. Just so I have it right for the certificate: Mr. Francis Rourke expired on the unit at 04:12 on 10/29, attending was Dr. Nakamura, and he had been admitted 10/22 from the ED. Family (son, Dennis) asked that the pacemaker be removed before cremation, we'll handle that here.

Will Dr. Nakamura be signing electronically or should I fax?

Bill Hennessey
Brightwater Funeral Home

> On Oct 30, 2026, Medical Records <medrecords@stanselmmedical.org> wrote:
> Mr. Hennessey, the attending of record was Dr. Kei Nakamura. Please
> direct certificate questions to her office at ext 4410.
> - HIM Dept""", inreply=True)

add('phi', 'care', 'Abernathy',
    'Rachel Ames <rames@cardinalpulmonary.com>', 'oxygen@breatheeasymedical.com',
    'O2 order - Abernathy',
    """Please deliver home oxygen for Harold Abernathy, concentrator 2 L/min continuous via NC plus portable E tanks for ambulation. Walk test today: resting SpO2 91%, dropped to 84% after 2 min walking, recovered to 92% on 2 L. Signed CMN will follow by fax.

Delivery address on file. Pt prefers afternoon delivery, he has cardiac rehab mornings.

Rachel Ames, CMA for Dr. Felix Ortega
Cardinal Pulmonary Associates""")

add('phi', 'care', 'Whitfield',
    'Marcy Lund <mlund@goldenyearsaides.com>', 'Carol Whitfield <carolwhitfield@fastmail.example>',
    'your mom this week',
    """Hi Carol,

Quick update on your mom. Jenna was there Mon/Wed/Fri for bathing assist and hair wash, she did great Monday but Wednesday she refused the shower and just wanted a sponge bath which is fine. Mrs. Whitfield ate about half her lunches. Jenna also noticed the new blood pressure pills weren't in the Sunday slot of the pill box so she called the pharmacy and they're delivering Thursday.

We're still on for the Saturday respite shift 9-1.

Marcy
Golden Years In-Home Aides
Scheduling Coordinator""",
    enc='base64', charset='utf-8')

add('phi', 'care', 'Bergstrom',
    'Lab Results Notification <noreply@tricountylabs.com>', 'Annika Bergstrom <annika.bergstrom@webpost.example>',
    'Your lab results are ready',
    """Hello Annika Bergstrom,

New results from your visit on 11/02/2026 are available.

Hemoglobin A1c: 6.1 %
Fasting glucose: 104 mg/dL
LDL cholesterol: 131 mg/dL
TSH: 2.4 mIU/L

Your provider, Dr. Samuel Yoon, may add comments. Log in to the portal to view reference ranges.

Tri-County Laboratories""",
    html="""<html><body style="font-family:Arial">
<p>Hello Annika Bergstrom,</p>
<p>New results from your visit on 11/02/2026 are available.</p>
<table border="1" cellpadding="4">
<tr><th>Test</th><th>Result</th></tr>
<tr><td>Hemoglobin A1c</td><td>6.1 %</td></tr>
<tr><td>Fasting glucose</td><td>104 mg/dL</td></tr>
<tr><td>LDL cholesterol</td><td>131 mg/dL</td></tr>
<tr><td>TSH</td><td>2.4 mIU/L</td></tr>
</table>
<p>Your provider, Dr. Samuel Yoon, may add comments. Log in to the portal to view reference ranges.</p>
<p><img src="cid:logo" alt="Tri-County Laboratories"></p>
</body></html>""", alt=True, henc='quoted-printable', enc='quoted-printable')

add('phi', 'care', 'Castellano',
    'Dr. Lena Fischbach <lfischbach@summitortho.com>', 'Dr. Omar Haddad <ohaddad@summitortho.com>',
    'Castellano post op',
    """Omar - saw Vincent Castellano for his 2 wk post op check today (R TKA 10/21). Incision healed, staples out, ROM 5-95. Swelling moderate. I switched him from oxy to tramadol 50 q6 prn and bumped PT to 3x/wk. He's going on a cruise 12/8 and wants to know if he can fly to Miami; I said probably but you're the surgeon.

Lena""")

add('phi', 'care', 'Tyler',
    'Sue Ellen Parr <sparr@hollowayelem.k12.example>', 'Joanna Kaminski <jkaminski@postmail.example>',
    "Tyler's insulin at lunch",
    """Hi Mrs. Kaminski,

Just wanted to let you know Tyler's glucose check before lunch today was 248 so I gave the correction dose per Dr. Bhatt's orders (2 units plus his carb dose for 60 g). Rechecked at 1:30 and he was 162. He felt fine and went back to class.

We're down to 3 pen needles in the health office, could you send more in his backpack?

Sue Ellen Parr, RN
School Nurse, Holloway Elementary""")

add('phi', 'care', 'Ferreira',
    'Nadia Coombs <ncoombs@wellspringinfusion.com>', 'Infusion Scheduling <sched@wellspringinfusion.com>',
    'FW: Ferreira - IVIG dates',
    """Can you get these on the books? Chair 3 preferred, she likes the window.

---------- Forwarded message ----------
From: Dr. Amelia Grant <agrant@coastalneuro.com>
Date: Mon, Nov 9, 2026 at 4:02 PM
Subject: Ferreira - IVIG dates
To: Nadia Coombs <ncoombs@wellspringinfusion.com>

Nadia, please schedule Beatriz Ferreira for IVIG 2 g/kg divided over 5 days starting 11/30 (weight 64 kg, so 25.6 g/day). Premed with acetaminophen and diphenhydramine. Check CBC and BMP on day 1 and day 5. Thanks - AG""")

add('phi', 'care', 'Lindgren',
    'Occupational Health - Palomar Logistics <ohs@palomarlogistics.com>', 'Gary Tate <gtate@palomarlogistics.com>',
    'Return to work - Lindgren',
    """Gary,

Per the attached note from his physician, Erik Lindgren may return to work Monday 11/16 with restrictions: no lifting over 20 lb and no forklift operation for 4 weeks following his shoulder surgery. He has PT twice a week (Tue/Thu 4pm) so please adjust his shift end to 3:30 on those days.

Keep this in the confidential medical file, not the personnel folder.

Renee Dutra, COHN
Occupational Health & Safety""",
    atts=[('Lindgren_RTW_note.txt', 'text/plain', """Valley Orthopedic Group
Dr. Marcus Feld, MD

11/11/2026

Patient: Erik Lindgren
Mr. Lindgren is under my care following arthroscopic rotator cuff repair performed 10/05/2026.
He may return to work 11/16/2026 with: no lifting > 20 lb, no overhead reaching,
no operation of forklifts. Re-evaluation 12/14/2026.

M. Feld, MD""")])

add('phi', 'care', 'Tran',
    'Jo Quintero <jquintero@beaconpeds.com>', 'Dr. Alan Reese <areese@beaconpeds.com>',
    'Re: Re: callback',
    """Dr Reese, mom called back. Baby Mai Tran took 2oz at 3pm and 2.5oz at 6, 4 wet diapers since this morning. Temp 99.1 rectal. She wants to know if still come in tomorrow 9:15 or can she cancel.

Jo

> Please ask how many wet diapers and how much she's taking per feed.
> -AR
>
>> Mom of Mai Tran (2 wk) called, says baby feeding less today. Please advise.
>> Jo""", inreply=True)

add('phi', 'care', 'Folasade',
    'PharmaFirst Pharmacy #0412 <rx0412@pharmafirst.example>', 'Folasade Ogunleye <fola.ogunleye@inboxmail.example>',
    'Your prescription is ready for pickup',
    """Hi Folasade,

Your prescription for sertraline 50 mg (qty 30) from Dr. Whitaker is ready for pickup at PharmaFirst #0412, 2200 Kessler Ave. Your copay is $4.00.

Pharmacy hours: Mon-Fri 9-9, Sat 9-6, Sun 10-5.

Reply STOP to stop pickup notifications.""",
    enc='quoted-printable', charset='utf-8')
# ======================= PHI: names =======================
add('phi', 'names', 'Nguyen',
    'Hannah Kowal RN <hkowal@mercyvalley.org>', '4N Nurses <4north@mercyvalley.org>',
    'bed 12',
    """Heads up night shift - Nguyen Van Duc in 412-B is a fall risk now, got up by himself twice this evening. Bed alarm is on, family (son Minh) says he gets confused after dark. Zolpidem d/c'd per Dr. Ruiz. Please do 2-hr rounding.

H. Kowal RN""")

add('phi', 'names', 'Adeyemi-Cole',
    'Grace Mbeki <gmbeki@harborlightclinic.org>', 'Billing <billing@harborlightclinic.org>',
    'Re: statement question',
    """Oluwaseun Adeyemi-Cole came to the desk asking why her colonoscopy from September shows as self-pay. Her plan changed in August and we never updated it. I scanned the new card into the chart, can you rebill?

Grace""")

add('phi', 'names', 'Ramírez de Pérez',
    'Lucia Ortiz <lortiz@saintbrendan.org>', 'Dr. Tom Kessler <tkessler@saintbrendan.org>',
    'Sra. Ramírez de Pérez - labs back',
    """Dr. Kessler, labs for María José Ramírez de Pérez are back: creatinine 1.9 (was 1.4 in July), potassium 5.3. She's on lisinopril 20 and spironolactone. Do you want me to hold the spironolactone and get her in this week? She prefers Spanish, her grandson Diego usually translates.

Lucia Ortiz, LPN""",
    encsubj=True, enc='quoted-printable', charset='utf-8')

add('phi', 'names', 'van der Berg',
    'Mark Hollis <mhollis@evergreenortho.com>', 'OR Scheduling <orsched@evergreenortho.com>',
    'add-on for Thurs',
    """Please add Pieter van der Berg for L carpal tunnel release, Thursday after the last case, ~45 min, local with sedation. He stopped his aspirin Monday. Consent is signed.

Mark Hollis, PA-C""")

add('phi', 'names', 'Wiśniewska',
    'Agata Lis <alis@lakeviewmedgroup.com>', 'Dr. Helen Brooks <hbrooks@lakeviewmedgroup.com>',
    'pt question',
    """Dr. Brooks, Mrs. Wiśniewska (Krystyna) called, she finished the amoxicillin yesterday but her ear still hurts and she has a low fever 100.2. Wants to know if she needs to come back or can you send something else to Walgreens on 5th.

Agata""", enc='quoted-printable', charset='utf-8')

add('phi', 'names', 'Al-Khatib',
    'Dr. Sami Rahal <srahal@crescentcardio.com>', 'Dr. Judith Moss <jmoss@valleyfamilymed.com>',
    'Referral back: Yousef Al-Khatib',
    """Dear Judith,

Thank you for referring Mr. Yousef Al-Khatib. I saw him on 11/05. His echo shows EF 40% with moderate mitral regurgitation and his Holter captured paroxysmal atrial fibrillation, burden about 12%. I started apixaban 5 mg BID and increased metoprolol to 50 mg BID. He'll return in 6 weeks with a repeat BMP.

He asked me to mention he prefers morning appointments during Ramadan next year.

Best,
Sami Rahal, MD, FACC
Crescent Cardiology""",
    html="""<html><body><p>Dear Judith,</p><p>Thank you for referring Mr. Yousef Al-Khatib. I saw him on 11/05. His echo shows EF 40% with moderate mitral regurgitation and his Holter captured paroxysmal atrial fibrillation, burden about 12%. I started apixaban 5 mg BID and increased metoprolol to 50 mg BID. He'll return in 6 weeks with a repeat BMP.</p><p>He asked me to mention he prefers morning appointments during Ramadan next year.</p><p>Best,<br>Sami Rahal, MD, FACC<br><i>Crescent Cardiology</i></p></body></html>""",
    alt=True, henc='quoted-printable')

add('phi', 'names', 'DELA CRUZ',
    'Rommel Santos <rsantos@bayshorehh.com>', 'Intake <intake@bayshorehh.com>',
    'New SOC',
    """New start of care tomorrow: DELA CRUZ, Maria Corazon "Cora", 78F, s/p hip ORIF, needs SN for lovenox teaching x 2 wks + PT. Lives w/ daughter in Daly City. Referral from Seton, Dr. Abad.

Rommel""")

add('phi', 'names', 'Zhang',
    'Eileen Park <epark@sunrisefertility.com>', 'Embryology Lab <lab@sunrisefertility.com>',
    'Zhang retrieval tomorrow',
    """Reminder: Zhang Xiuying (goes by Sophie) retrieval tomorrow 8:00, trigger given tonight at 20:00. 14 follicles >14mm on today's scan, E2 2870. Partner's sample collection at 7:30.

Eileen Park, RN""")

add('phi', 'names', 'Szűcs',
    'Dr. Beáta Horváth <bhorvath@danubemed.example>', 'Patient Services <services@danubemed.example>',
    'Mr. Szűcs\u2019 biopsy appointment',
    """Please call Mr. Szűcs (Gábor) to move his prostate biopsy from 11/19 to 11/24. He needs to stop clopidogrel 7 days before, so the 19th is too soon. Make sure he gets the prep instructions again and the antibiotic prescription.

Thanks,
B. Horváth, MD""", enc='quoted-printable', charset='utf-8', encsubj=True)

add('phi', 'names', 'Okonkwo',
    'Sandra Lee <slee@pinegrovepsych.com>', 'Dr. Reuben Adler <radler@pinegrovepsych.com>',
    'Chidi O.',
    """Chidi O. (Okonkwo) cancelled again, says he's been sleeping through his alarms since the dose went up. He'd like a telehealth slot instead. Do you want to see him before the 2 week mark or wait?

Sandra""")

add('phi', 'names', 'Kim',
    'Min-ji Baek <mbaek@koreatownclinic.example>', 'Dr. Paul Jung <pjung@koreatownclinic.example>',
    "Kim's son - allergy test results",
    """Dr. Jung,

The skin prick results for Kim Ji-hoon (age 7) came back: peanut wheal 9 mm, tree nut mix 3 mm, egg negative. Mom is asking whether he should carry an EpiPen to school. I told her you would call tonight.

Min-ji""")

add('phi', 'names', 'MAHMOUD',
    'Nurse Line <nurseline@arborcare.org>', 'Dr. Farah Ansari <fansari@arborcare.org>',
    'Triage callback needed',
    """Pt name: MAHMOUD, Leila
Reason: 3rd trimester, reports decreased fetal movement since last night, no bleeding, no fluid.
Advised L&D eval now. Pt says husband will drive her to Arbor Women's within the hour.

Triage RN: K. Summers""")

add('phi', 'names', 'Bhattacharya',
    'Nisha Iyer <niyer@metrodermatology.com>', 'Dr. Colin West <cwest@metrodermatology.com>',
    'path',
    """Path back on Mr Bhattacharya's back lesion - melanoma in situ, margins clear. Wants to know next steps. Can I book the wide excision w/ you next week?
N""")

add('phi', 'names', 'Lopez',
    'Jennifer Castle <jcastle@brookfieldhospice.org>', 'IDT <idt@brookfieldhospice.org>',
    'IDT agenda - Lopez recert',
    """For Thursday's IDT: Ernesto "Neto" Lopez is due for recert. Weight down 4 lb, PPS 40%, sleeping most of the day, wife now doing all ADLs with aide 3x/wk. Chaplain visited Monday. Will need continued eligibility narrative from Dr. Ng.

Jennifer Castle, RN, CHPN""")

add('phi', 'names', 'Müller-Schmidt',
    'Claire Dubois <cdubois@alpinerheum.com>', 'Front Desk <desk@alpinerheum.com>',
    'Müller-Schmidt, Ingrid',
    """Needs methotrexate labs (CBC, CMP) before her 12/3 visit; please remind her when you call to confirm. She missed last month's.
CD""", enc='quoted-printable', charset='utf-8')

add('phi', 'names', 'Thibodeaux',
    'Dr. Colin West <cwest@metrodermatology.com>', 'Nisha Iyer <niyer@metrodermatology.com>',
    'Re: Remy Thibodeaux - biopsy consent',
    """Yes, book him for the shave biopsy Tuesday and send the consent ahead. Hold the doxycycline until after.

CW

> Pt called, the spot on his scalp is bleeding again and bigger than in
> Sept photo. Wants it looked at this week.""", inreply=True)

add('phi', 'names', 'Jankowski',
    'Sharon Beal <sbeal@ridgewaymed.org>', 'Patient Relations <relations@ridgewaymed.org>',
    'FW: complaint about ED wait',
    """Forwarding a complaint that came to the general mailbox. Family is asking for a call back.

Sharon Beal, Administrative Assistant""",
    rfc822=dict(frm='Beata Jankowski <bjankowski@postmail.example>', to='info@ridgewaymed.org',
                subj='my father waited 9 hours', date='Sat, 14 Nov 2026 22:10:00 -0600',
                body="""To whom it may concern,

My father, Henryk Jankowski, 81, was brought to your emergency room on Thursday with chest pain and waited 9 hours on a stretcher in the hallway before anyone did his blood tests. He ended up getting a stent the next morning. Nobody told us anything. I want someone to explain this.

Beata Jankowski
555-0158"""))

add('phi', 'names', 'Castaneda',
    'Wound Clinic <woundclinic@saintbrendan.org>', 'Dr. Tom Kessler <tkessler@saintbrendan.org>',
    'wound photos - weekly',
    """Weekly wound measurements attached as html (open in browser).""",
    atts=[('wound_week46.html', 'text/html', """<html><body><h3>Wound clinic - week 46</h3>
<img src="w1.jpg" alt="Sacral wound - Castaneda, Ruben - 11/12" title="Castaneda, Ruben 11/12">
<table border="1"><tr><th>Pt</th><th>Site</th><th>L x W x D (cm)</th><th>Tx</th></tr>
<tr><td>R. Castaneda</td><td>sacrum stage 3</td><td>4.2 x 3.1 x 0.8</td><td>NPWT 125 mmHg, change M/W/F</td></tr>
</table></body></html>""")])

# ======================= PHI: self =======================
add('phi', 'self', 'Hargrove',
    'Denise Hargrove <dhargrove1968@mailbox.example>', 'appointments@clearwaterderm.com',
    'need to reschedule',
    """hi, this is Denise Hargrove dob 4/17/68, i have a appt on the 18th for my mole check with dr patel but I have jury duty that week. can i get something the week after? mornings better. my cell is 555-0193

thanks
Denise""")

add('phi', 'self', 'Okafor',
    'Chinedu Okafor <chinedu.okafor@webmail.example>', 'Patient Portal Support <support@unitymedgroup.org>',
    'Re: cant see my results',
    """I still cant see the blood test from last week in the portal. Name Chinedu Okafor, birthday March 2 1985. The nurse said my cholesterol was high and I should look at the numbers before I see Dr. Lam on Friday. please help

sent from my phone

> Thank you for contacting Unity Medical Group portal support. Please
> reply with your full name and date of birth so we can locate your account.""", inreply=True)

add('phi', 'self', 'Bellamy',
    'Jim Bellamy <jbellamy@oldmail.example>', 'Dr. Rhonda Kirk <rkirk@hillsidefamily.com>',
    'my wifes meds',
    """Dr Kirk

My wife Pauline Bellamy (DOB 12-09-1951) is out of her donepezil and the pharmacy says they need a new script. She has been more mixed up in the evenings lately, forgetting she ate, and twice tried to leave the house at night. Is there anything else we should be doing? I can bring her in. Our home phone is 555-0127.

Jim Bellamy""")

add('phi', 'self', 'Villanueva',
    'Rosa M <rosamaria.v@quickmail.example>', 'billing@suncoastpeds.com',
    'bill for my son',
    """Hello I got a bill for $245 for my son Mateo Villanueva visit on Oct 2 for his ear infection and he has medicaid, I think you have the wrong insurance. his birthdate is 06/30/2019. Please call me 555-0162 after 5. 

Rosa""")

add('phi', 'self', 'Greenbaum',
    'Howard Greenbaum <hgreenbaum@lawpartners.example>', 'Dr. Ellen Moritz <emoritz@parksideuro.com>',
    'PSA follow-up',
    """Dr. Moritz,

Per our conversation, I had the repeat PSA drawn at Quest on Monday. The result came back 5.8 (up from 4.9 in May). I'd like to discuss whether we go ahead with the MRI before my trip in January. I'm available Thursday after 3.

Howard Greenbaum
DOB 8/22/1960

Sent from my iPad""",
    enc='quoted-printable')

add('phi', 'self', 'bloom',
    'Jessie <jessie.bloom22@fastmail.example>', 'Counseling Center <counseling@westbrookcollege.edu>',
    'can i come back',
    """hey so I stopped coming to my sessions w/ Marianne in sept bc of midterms but honestly the panic attacks are back and im not sleeping. is there a way to get back on her schedule?? student ID 20231877 , jessica bloom. my number 555-0175. 

- Jessie""")

add('phi', 'self', 'Alvarado',
    'Teresa Alvarado <talvarado@homenet.example>', 'Harmony Hospice <info@harmonyhospice.org>',
    'thank you and a question',
    """To the nurses at Harmony,

I wanted to thank everyone who took care of my father, Ramon Alvarado, in his last weeks. He passed at home on Sunday morning with all of us there. Nurse Kelly was a blessing.

One question - there is still a box of morphine and lorazepam in the fridge. What do we do with them? Also the hospital bed and oxygen machine, who picks those up?

Teresa (daughter)
555-0108""",
    enc='base64', charset='utf-8')

add('phi', 'self', 'Kovalenko',
    'Dmitri K. <dmitri.k@postbox.example>', 'Northwind Sleep Center <info@northwindsleep.com>',
    'CPAP mask',
    """Hi, my name is Dmitri Kovalenko (DOB 1979-05-14). I had my sleep study with you in august and got the cpap. The mask keeps leaking at night and the app says my AHI is still like 14. Can I get a different mask size or talk to the tech? Thanks

Dmitri""")

add('phi', 'self', 'Whitaker',
    'Linda Whitaker <lwhit@myisp.example>', 'Dr. Arun Shah <ashah@brookstoneonc.com>',
    'Re: Mom - chemo week 3',
    """Dr. Shah,

Mom (Geraldine Whitaker) is having a hard time this round. She's had diarrhea 5-6 times a day since Saturday and isn't eating much. Her temp was 100.6 last night. The nausea pills help some. Should we bring her in before Thursday's infusion?

Thanks,
Linda
555-0140

> Linda, thank you for the update. Please call the triage line for any
> temperature over 100.4. -- Dr. Shah's office""", inreply=True)

add('phi', 'self', 'Marek',
    'Marek Zielinski <marek.z@mailhub.example>', 'Lakeside PT <frontdesk@lakesidept.com>',
    'Re: appointment',
    """ok thank you. so i am booked tuesday 4pm and thursday 4pm for my knee after the ACL surgery. my insurance card is the new one from Aetna, member W2839 4417 02. I will bring it.

Marek""", inreply=True)

add('phi', 'self', 'Patel',
    'Anjali Patel <anjalip@webpost.example>', 'OB Nurses <obnurse@cedarwomens.com>',
    'spotting - 9 wks',
    """Hi, I'm Anjali Patel, due date is June 12 (born 3/3/91 if you need it). I've had light brown spotting since this morning, no cramps. My first ultrasound is not until next Tuesday. Should I come in? Phone 555-0119.

Thank you!!""")

add('phi', 'self', 'Papadakis',
    'Gus Papadakis <gus.papadakis@oldmail.example>', 'Dr. Lionel Chen <lchen@harborfamily.example>',
    'knee shot',
    """Doc,

The cortisone shot in my right knee you gave me on the 3rd worked great for about 2 weeks and now its back to where it was. Can I get another one or is it too soon? Also my sugar readings have been higher since the shot, around 180s in the morning.

Gus
(Constantine Papadakis, 2/11/1949)""")

add('phi', 'self', 'Pierce',
    'Yolanda Pierce <ypierce@quickmail.example>', 'Claims <claims@keystonehealthplan.example>',
    'denied claim??',
    """I got a letter that my claim for the physical therapy was denied because "no prior authorization" but my doctor's office said they did get the auth!!! Claim # KHP-26-0914773, my member id is KHP448102931. This is for 12 sessions after my back surgery. Please look into this before they send me to collections.

Yolanda Pierce
555-0181""",
    html="""<div dir="ltr">I got a letter that my claim for the physical therapy was denied because &quot;no prior authorization&quot; but my doctor&#39;s office said they did get the auth!!! Claim # KHP-26-0914773, my member id is KHP448102931. This is for 12 sessions after my back surgery. Please look into this before they send me to collections.<div><br></div><div>Yolanda Pierce</div><div>555-0181</div></div>""",
    alt=True)

add('phi', 'self', 'Nora',
    'Nora Fitzgerald <noraf@inbox.example>', 'HR Benefits <benefits@tidewatersupply.com>',
    'FMLA for my surgery',
    """Hi Benefits team,

I'm scheduled for a hysterectomy on December 9 at St. Luke's and my surgeon says 6 weeks recovery. What forms do I need for FMLA and short-term disability? My employee number is 30417.

Thanks so much,
Nora""")

add('phi', 'self', 'Reyes',
    'Carlos Reyes <creyes.family@mailbox.example>', 'Dr. Jane Holloway <jholloway@brightsidepeds.com>',
    'Fwd: school form',
    """Dr Holloway can you sign this for Sofia? She needs it for her inhaler at school. 

Carlos Reyes (dad)

---------- Forwarded message ----------
From: Nurse Office <nurse@lincolnms.k12.example>
Subject: school form
To: creyes.family@mailbox.example

Dear parent/guardian of Sofia Reyes (Grade 6, DOB 01/19/2014):
Per district policy, students who carry an albuterol inhaler must have a
medication authorization signed by a physician on file. Please return the
attached form by Nov 20.""")
# ======================= PHI: ids =======================
add('phi', 'ids', '',
    'HIM Release of Information <roi@westgatemedical.org>', 'records@carsonlawgroup.example',
    'Records request #ROI-2026-11482',
    """Your request #ROI-2026-11482 has been processed.

Patient DOB: 07.03.1962
MRN: WG-004-88213
Dates of service: 01/2025 - 06/2026
Records released: ED visit notes, lumbar spine CT report, neurosurgery consult, operative report (L4-5 laminectomy)

The encrypted package will arrive in a separate email. Invoice for copy fees ($38.50) attached to that message.

Westgate Medical Center - Health Information Management""")

add('phi', 'ids', 'Osei',
    'Patient Accounts <statements@meridianhealthsys.org>', 'Kwame Osei <kwame.osei@inboxmail.example>',
    'Your statement is available - Acct 7700 3921 58',
    """Dear Kwame Osei,

A new statement is available for account number 7700 3921 58.

Date of service   Description                          Charges    Ins. paid   You owe
09/14/2026        Emergency dept visit, level 4        $1,850.00  $1,220.00   $630.00
09/14/2026        CT head w/o contrast                 $  940.00  $  752.00   $188.00
09/14/2026        Laceration repair, 4.1 cm            $  410.00  $  328.00   $ 82.00

Balance due: $900.00 by 12/01/2026. Payment plans are available.

Meridian Health System Patient Financial Services""",
    html="""<html><body><p>Dear Kwame Osei,</p><p>A new statement is available for account number <b>7700 3921 58</b>.</p>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Date of service</th><th>Description</th><th>Charges</th><th>Ins. paid</th><th>You owe</th></tr>
<tr><td>09/14/2026</td><td>Emergency dept visit, level 4</td><td>$1,850.00</td><td>$1,220.00</td><td>$630.00</td></tr>
<tr><td>09/14/2026</td><td>CT head w/o contrast</td><td>$940.00</td><td>$752.00</td><td>$188.00</td></tr>
<tr><td>09/14/2026</td><td>Laceration repair, 4.1 cm</td><td>$410.00</td><td>$328.00</td><td>$82.00</td></tr></table>
<p>Balance due: <b>$900.00</b> by 12/01/2026. Payment plans are available.</p><p>Meridian Health System Patient Financial Services</p></body></html>""",
    alt=True, henc='quoted-printable')

add('phi', 'ids', '',
    'Prior Auth Dept <pa@granitestatehp.example>', 'auth@northshoreneuro.com',
    'PA determination',
    """Prior authorization determination

Member ID: GSH 8821-447-03
Member DOB: 19711105
Request: Ocrelizumab 600 mg IV q6 months
Diagnosis submitted: G35 relapsing multiple sclerosis
Determination: APPROVED 11/12/2026 - 11/11/2027
Reference: PA-3370914

Granite State Health Plan Utilization Management""")

add('phi', 'ids', 'Lindqvist',
    'Claims Correspondence <noreply@bluehavenins.example>', 'Sigrid Lindqvist <sigrid.l@mailhub.example>',
    'Explanation of Benefits - Claim 26E0045519203',
    """Sigrid Lindqvist
Subscriber ID: XJB903317726  Group: 44120

Claim number: 26E0045519203
Provider: Northgate Physical Therapy
Service dates: 10/01/26 - 10/29/26 (8 visits, therapeutic exercise 97110, manual therapy 97140)
Billed: $1,472.00  Allowed: $896.00  Plan paid: $716.80  Your responsibility: $179.20 (coinsurance)

This is not a bill.""", enc='quoted-printable')

add('phi', 'ids', '',
    'Lab Client Services <clientservices@apexreflab.com>', 'office@dr-marsh-family.example',
    'Specimen rejected - accession A26-318877',
    """Specimen for accession A26-318877 was rejected: hemolyzed.
Patient DOB 3-Nov-58, MRN on requisition MF 20 117 4.
Tests ordered: potassium, magnesium, digoxin level.
Please redraw and resubmit. Courier pickup available until 4 PM.

Apex Reference Laboratory""")

add('phi', 'ids', 'Hale',
    'Brenda Cole <bcole@summitbilling.example>', 'Coding <coding@summitbilling.example>',
    'Re: acct 4471-0092',
    """The denial on acct 4471-0092 (Hale, Jonathan, DOB 11/30/77) is because the modifier 25 wasn't on the E/M when they did the knee injection same day. Can you correct and resend? Payer is Cigna, claim 1X44T0992210.

Brenda

> What's going on with 4471-0092? It's been in 90+ days.""", inreply=True)

add('phi', 'ids', '',
    'Eligibility Desk <elig@valleyasc.com>', 'Front Office <front@valleyasc.com>',
    'elig check for tomorrow 7:30',
    """Ran elig for tomorrow's 7:30 cataract case:
Sub ID U6620193 01, DOB 5/9/44, Medicare secondary.
Primary UHC active, deductible met. OK to proceed, $0 pt resp expected.
-Marta""")

add('phi', 'ids', 'Fontaine',
    'Pharmacy Benefit Services <pbs@rxclarity.example>', 'Dr. Nina Patel <npatel@elmwoodendo.com>',
    'Step therapy exception decision',
    """Re: Fontaine, Camille
DOB: 22 January 1990
RxClarity ID: RXC-55019382
Drug requested: semaglutide 1 mg weekly
Decision: Denied - member must first try metformin for at least 90 days unless contraindicated. You may submit chart notes documenting intolerance.

Appeal fax: 555-0199""",
    enc='base64', charset='utf-8')

add('phi', 'ids', '',
    'Radiology Scheduling <radsched@harborviewmed.org>', 'Dr. Kyle Benson <kbenson@harborviewmed.org>',
    'protocol question',
    """Dr Benson,
CT abd/pelvis ordered for MRN 00-482-991 (DOB 1955-02-17) - creatinine was 2.1 on 11/4, eGFR 31. Do you want to proceed with contrast, switch to non-con, or premedicate/hydrate? Pt is scheduled 11/16 at 10:40.
Thanks, Jess (CT tech)""")

add('phi', 'ids', 'Brennan',
    'Payment Receipt <receipts@healthpayonline.example>', 'Siobhan Brennan <sbrennan@webpost.example>',
    'Payment received - thank you',
    """Thank you, Siobhan Brennan.

We received your payment of $125.00 on 11/10/2026.
Applied to: Lakeshore Oncology Associates, guarantor account 88-30195-2
Service: infusion visit 10/22/2026
Remaining balance: $310.00

Card ending 4471. Confirmation: HP7Q2K91""",
    enc='quoted-printable')

add('phi', 'ids', '',
    'Cardiac Monitoring Center <alerts@rhythmwatch.example>', 'On-call <oncall@peakcardiology.com>',
    'URGENT event - Patient ID RW-22-91804',
    """Event notification
Patient ID: RW-22-91804   DOB: 10/10/1939   Ordering: Dr. P. Alvarez
Event time: 11/14/2026 02:47
Rhythm: sinus pause 4.8 sec, symptomatic (patient pressed button, reported dizziness)
Monitoring day 6 of 14.
Please acknowledge by reply.""")

add('phi', 'ids', 'Dubois',
    'Medical Billing <billing@crestlineortho.com>', 'Claude Dubois <c.dubois@mailbox.example>',
    'Re: payment plan',
    """Hi Mr. Dubois,

We set up the payment plan for guarantor account #CR-0039917: $75/month starting Dec 1 for the remaining balance of $1,125.00 from your shoulder MRI and arthroscopy on 8/27. Your card on file will be charged on the 1st.

Thanks,
Alicia
Crestline Orthopedics Billing
(555) 0133""", inreply=True)

add('phi', 'ids', '',
    'Vaccine Registry Support <registry@statehealth.example>', 'clinic@pineridgepeds.com',
    'Duplicate record merge',
    """We merged two records for the same child:
  IIS ID 4408-1127-3 and IIS ID 4408-1190-8
  DOB entered as 06/08/2022 in one and 08/06/2022 in the other (confirmed 08 Jun 2022 with parent).
Combined history now shows DTaP x3, IPV x3, MMR x1, Varicella x1, HepB x3. The 18-month DTaP is overdue.""")

add('phi', 'ids', '',
    'Workers Comp Claims <wc@sentinelmutual.example>', 'Nicole Ryan <nryan@greenfieldbuilders.com>',
    'WC claim 2026-WC-118830 update',
    """Nicole,

Update on claim 2026-WC-118830 (your employee, DOB 04/02/1988, SSN xxx-xx-6612): the MRI on 11/6 showed a torn meniscus, surgery is authorized for 11/20 at Eastside Surgery Center. Estimated off work 4-6 weeks. TTD payments continue.

Regards,
Paul Lindsey, Adjuster
Sentinel Mutual""")

add('phi', 'ids', 'Rahim',
    'Dental Office <frontdesk@smilecraftdental.example>', 'Rahim Chowdhury <rchowdhury@inboxmail.example>',
    'Pre-determination from your insurer',
    """Hi Rahim,

Delta sent back the pre-determination for your crown on #19 and the root canal: subscriber ID 1182 7730 9, estimate shows insurance covers $612 and your portion is about $488. We can book the first appointment whenever you're ready.

Smile Craft Dental""")
# ======================= PHI: lists =======================
add('phi', 'lists', 'Whitmore',
    'Dr. Aisha Conrad <aconrad@stjudeview.org>', 'Hospitalist Team B <hospB@stjudeview.org>',
    'Team B census 11/15',
    """Signout for tonight, Team B:

Rm   Patient              Age  Issue / to-do
501  Whitmore, Gladys     88   CHF exac, diuresing, AM BMP, K goal >4
503  Ibarra, Luis         54   DKA resolved, transition to SQ insulin
507  Chen, Robert         71   PNA on ceftriaxone/azithro, f/u blood cx
512  Okoro, Blessing      33   sickle pain crisis, PCA, hgb 6.9 recheck 2am
518  Lindahl, Per         79   s/p fall, hip fx, ortho OR tomorrow 0800, NPO p MN

Call me with questions, I'm on till 7.
Aisha""")

add('phi', 'lists', 'Gutierrez',
    'Front Desk <desk@familyfirstclinic.example>', 'Dr. Ben Avery <bavery@familyfirstclinic.example>',
    "Tomorrow's schedule",
    """Dr Avery - your Monday:

8:00 | Gutierrez, Ana | annual physical + pap
8:20 | Thompson, Roy | BP recheck
8:40 | Nwosu, Chika | f/u thyroid labs
9:00 | Fischer, Hanna | knee pain, new
9:20 | OPEN
9:40 | Oyelaran, Tunde | diabetic foot check
10:00| Brooks, Liam (4yo) | ear recheck

Mrs Thompson called to say Roy might be late.""")

add('phi', 'lists', 'Marchetti',
    'Endoscopy Scheduling <endo@lakeside-gi.com>', 'Anesthesia <anes@lakeside-gi.com>',
    'Thursday endo list',
    """Thursday 11/19 room 2:

Marchetti Paolo - colonoscopy (surveillance, polyps 2023) - on warfarin, held 5d
Soto-Ramirez Carmen - EGD w/ dilation - dysphagia
Haddad Rami - colonoscopy screening - BMI 41, OSA on CPAP
Klein Ruth - EGD - anemia workup, Hgb 8.7

Ruth Klein needs an interpreter (Yiddish) per her son.""")

add('phi', 'lists', 'Bauer',
    'Quality Dept <quality@ridgewaymed.org>', 'Infection Prevention <ip@ridgewaymed.org>',
    'C diff line list - October',
    """Attached is the October line list for HO C. diff cases. Two on 5 West within 4 days of each other, please review cleaning logs.

Thanks,
Dorothy""",
    atts=[('cdiff_oct2026.csv', 'text/csv', """mrn,last_name,first_name,dob,unit,admit_date,positive_date,onset
RM4410923,Bauer,Gertrude,1941-06-22,5W,2026-10-02,2026-10-08,HO
RM4411877,Simmons,Darnell,1967-12-01,5W,2026-10-05,2026-10-12,HO
RM4398102,Castillo,Ines,1950-03-15,ICU,2026-09-28,2026-10-19,HO
RM4415520,Pham,Thanh,1983-08-09,4E,2026-10-21,2026-10-25,HO
""")])

add('phi', 'lists', 'Ahmadi',
    'Loretta Shaw <lshaw@gentlehandshh.com>', 'Field Staff <field@gentlehandshh.com>',
    'Visits Tues 11/17 - North route',
    """North route tomorrow:

- Ahmadi, Parisa - 9:00 - wound vac change, 118 Elm Ct
- Kowalczyk, Stan - 10:30 - INR draw (on coumadin), 44 Birch Rd apt 2
- Mensah, Abena - 12:00 - insulin teaching, 2nd visit
- Lundgren, Ole - 1:30 - PICC dressing + flush, vanc day 9
- Ferraro, Dolores - 3:00 - recert OASIS

Ole's daughter asked that you call before arriving.

Loretta""")

add('phi', 'lists', 'Yamamoto',
    'Rounds <rounds@childrensmercy-east.example>', 'NICU Team <nicu@childrensmercy-east.example>',
    'NICU rounding list',
    """<see html>""",
    html="""<html><body><h3>NICU rounding 11/16</h3>
<table border="1" cellpadding="3">
<tr><th>Bed</th><th>Name</th><th>GA/DOL</th><th>Wt (g)</th><th>Plan</th></tr>
<tr><td>1</td><td>Baby Boy Yamamoto</td><td>29+3 / 12</td><td>1180</td><td>caffeine, advance feeds to 120 ml/kg, head US Thu</td></tr>
<tr><td>2</td><td>Baby Girl Adebayo</td><td>34+1 / 3</td><td>1960</td><td>bili 11.2, phototherapy, recheck 6h</td></tr>
<tr><td>4</td><td>Baby Girl Moreno-Vega (twin A)</td><td>32+0 / 7</td><td>1510</td><td>RA, working on PO feeds</td></tr>
<tr><td>5</td><td>Baby Boy Moreno-Vega (twin B)</td><td>32+0 / 7</td><td>1395</td><td>CPAP 5, r/o sepsis, cx neg 48h</td></tr>
</table><p>Parents of bed 1 meeting with SW at 2pm.</p></body></html>""")

add('phi', 'lists', 'Kovacs',
    'Tina Rowe <trowe@oakridgesnf.com>', 'Dr. Peter Lam <plam@oakridgesnf.com>',
    'labs for signing',
    """Dr Lam, these came back this am, need your review:

Kovacs, Imre\t12B\tK 5.9\t(on lisinopril + KCl)
Brennan, Mae\t7A\tINR 4.2\t(warfarin 5mg)
Turner, Gus\t15\tWBC 14.1\tUA pending
Ortiz, Josefina\t3B\tNa 128\t(on HCTZ)

Tina Rowe, RN, DON""")

add('phi', 'lists', 'Haugen',
    'Recall Team <recall@brightvieweye.example>', 'Opticians <optical@brightvieweye.example>',
    'diabetic eye exam recalls',
    """Please call these pts to book their annual dilated exam (all overdue > 13 mo):
Sven Haugen  DOB 02/14/1957  555-0102
Mariam Farouk  DOB 09/30/1966  555-0166
Deshawn Miller  DOB 11/11/1979  555-0137
Ngozi Eze  DOB 05/05/1970  555-0155
Thanks!""",
    atts=[('recalls.txt', 'text/plain', """Haugen, Sven       02/14/1957  last exam 08/2025  mild NPDR
Farouk, Mariam     09/30/1966  last exam 06/2025  no DR
Miller, Deshawn    11/11/1979  last exam 04/2025  no DR, A1c 9.4
Eze, Ngozi         05/05/1970  last exam 09/2025  moderate NPDR OU
""")])

add('phi', 'lists', 'Sandoval',
    'Dr. Raquel Stein <rstein@pacificbh.example>', 'Group Therapy Staff <groups@pacificbh.example>',
    'IOP roster - week of 11/23',
    """IOP roster for next week. New admits marked *.

Sandoval, Marco*   - alcohol use, day 1 Monday, on naltrexone
Pierce, Tabitha    - week 3
Oduya, Kelechi*    - opioid use, on buprenorphine 16 mg, induction done at Clinic B
Walsh, Connor      - week 5, planning step-down to OP

Reminder: Thanksgiving Thursday no groups.

Raquel Stein, PsyD""",
    enc='quoted-printable')

add('phi', 'lists', 'Abiodun',
    'PACU Charge <pacu@westlakesurgical.example>', 'Floor Bed Board <beds@westlakesurgical.example>',
    'PACU holds',
    """PACU holds waiting on beds as of 1530:
Bay 2 - Abiodun F. - lap chole - needs tele (afib hx)
Bay 5 - Schwartz M. - TKA L - ortho floor
Bay 6 - Loera J. - appy - surg floor, peds? he's 17
Bay 9 - Tanaka H. - thyroidectomy - overnight obs, Ca checks q6h
Please advise ETA, we close at 2300.""")

add('phi', 'lists', 'Whelan',
    'Hospice Bereavement <bereavement@lanternhospice.org>', 'Chaplaincy <chaplain@lanternhospice.org>',
    'deaths this week for memorial cards',
    """Deaths this week (please send cards to families):
Whelan, Margaret - d. 11/9 at home, dx pancreatic ca, husband Tom
Achebe, Godwin - d. 11/10 inpatient unit, daughter Ifeoma
Rossi, Angela - d. 11/12 at Maple Ct SNF, son Frank
Thanks, Jo""", enc='base64', charset='utf-8')

add('phi', 'lists', 'Nakagawa',
    'Clinical Research Coordinator <crc@northlakeonc.example>', 'Investigators <pi-group@northlakeonc.example>',
    'Study NLK-207 visit schedule',
    """See the attached visit tracker for NLK-207. Nakagawa's cycle 4 scans are overdue.""",
    atts=[('NLK207_tracker.csv', 'text/csv', """subject_id,initials,name,dob,cycle,next_visit,notes
207-001,KN,Keiko Nakagawa,1964-04-18,C4D1,2026-11-20,CT chest/abd overdue
207-002,RB,Robert Baptiste,1958-10-02,C3D8,2026-11-18,grade 2 neuropathy
207-004,LW,Lorraine Watts,1971-01-27,C2D1,2026-11-23,dose held ANC 0.9
""")])

add('phi', 'lists', 'Lindberg',
    'Vaccine Clinic <vaccines@cedarcountyhealth.example>', 'Dr. Marco Diaz <mdiaz@cedarcountyhealth.example>',
    'FW: adverse event follow-ups',
    """Marco, can you call these three back today? All are from Saturday's flu/COVID clinic.

-----Original Message-----
From: Nurse Station 2
Sent: Saturday, November 14, 2026 3:41 PM
Subject: adverse event follow-ups

1) Ingrid Lindberg, 67, fainted 5 min after flu shot, BP 88/50, recovered, drove home w/ husband
2) Marcus Bell, 24, hives on arms 20 min after COVID booster, given 25 mg diphenhydramine
3) Lupe Ochoa, 8, arm swelling >10cm at flu shot site, mom (Rosa) tel 555-0112""")

add('phi', 'lists', 'Quispe',
    'Transport <transport@sunvalleyhosp.example>', 'Dialysis <dialysis@sunvalleyhosp.example>',
    'Re: inpt HD schedule tomorrow',
    """Got it, we'll bring them down at these times:

0630  Quispe, Rosa      rm 612  stretcher, O2 2L
0630  Kaplan, Harvey    rm 640  wheelchair
1030  Mbeki, Thandi     rm 704  stretcher, isolation (contact)
1030  Dufresne, Luc     ICU 12  bedside - not transporting

> Please send tomorrow's inpatient hemodialysis pts per list above.""", inreply=True)

add('phi', 'lists', 'Gallagher',
    'Shannon Ives <sives@riverbendpsychiatry.example>', 'Dr. Hugh Morgan <hmorgan@riverbendpsychiatry.example>',
    'refill requests',
    """Refill requests from the VM box:

Gallagher, Tom     sertraline 100 mg    last seen 9/2
Paz, Isabella      lamotrigine 150 mg   last seen 10/14, wants 90 day
Hughes, Bernadette lithium 300 mg bid   lithium level due, last 6/2026
Varga, Zoltan      quetiapine 50 mg hs  no-showed 10/28

Shannon""", enc='quoted-printable')
# ======================= PHI: lang =======================
add('phi', 'lang', 'Hernández',
    'Guadalupe Hernández <lupita.hdz@correo.example>', 'citas@clinicasanrafael.example',
    'Cita para mi mamá',
    """Buenas tardes,

Quisiera pedir una cita para mi mamá, Carmen Hernández Salgado, fecha de nacimiento 12/05/1950. Ya se le terminaron las pastillas de la presión (losartán 50 mg) y el Dr. Molina le dijo que tenía que volver para revisar los análisis del riñón. Mi teléfono es 555-0171.

Muchas gracias,
Lupita""", charset='iso-8859-1', enc='quoted-printable')

add('phi', 'lang', 'Guerrero',
    'Enf. Marisol Reyes <mreyes@hospitalnorte.example>', 'Dr. Andrés Vidal <avidal@hospitalnorte.example>',
    'Paciente cama 8 - Guerrero',
    """Dr. Vidal:

El paciente Jorge Guerrero Díaz (cama 8) presentó fiebre de 38,9 °C a las 03:00, hemocultivos tomados x2, se le dio paracetamol 1 g IV. Saturación 93% con puntas nasales a 2 L. ¿Desea iniciar antibiótico o esperamos su valoración en el pase de visita?

Saludos,
Marisol Reyes, enfermera de turno""", charset='windows-1252', enc='base64')

add('phi', 'lang', 'Lefèvre',
    'Secrétariat Dr Marchand <secretariat@cabinet-marchand.example>', 'Hélène Lefèvre <helene.lefevre@courriel.example>',
    'Résultats de votre prise de sang',
    """Madame Lefèvre,

Le Dr Marchand a bien reçu les résultats de votre bilan sanguin du 4 novembre : hémoglobine 10,9 g/dL, ferritine 8 µg/L. Il vous prescrit du fer (Tardyferon 80 mg, un comprimé par jour pendant 3 mois) et souhaite vous revoir le 9 décembre à 10h15.

L'ordonnance est disponible à l'accueil.

Bien cordialement,
Le secrétariat""", charset='utf-8', enc='quoted-printable')

add('phi', 'lang', 'Benali',
    'Karim Benali <karim.benali@mel.example>', 'contact@kine-saintmartin.example',
    'Annulation séance kiné',
    """Bonjour,

Je dois annuler ma séance de rééducation du genou de jeudi 14h (Karim Benali, né le 03/09/1987), j'ai une réunion imprévue. Est-ce possible de la décaler au vendredi ou lundi prochain ? Il me reste 6 séances sur l'ordonnance du Dr Roussel.

Merci d'avance,
Karim""", charset='iso-8859-1', enc='quoted-printable', encsubj=True)

add('phi', 'lang', 'Schneider',
    'Praxis Dr. Wagner <praxis@dr-wagner-hausarzt.example>', 'Herr Jürgen Schneider <j.schneider@post.example>',
    'Ihre Überweisung zum Kardiologen',
    """Sehr geehrter Herr Schneider,

wie heute telefonisch besprochen, haben wir Ihre Überweisung zur Kardiologie (Dr. Brandt) ausgestellt. Das Langzeit-EKG vom 2. November zeigte wiederholt Pausen bis 3,2 Sekunden. Bitte nehmen Sie den Termin am 19.11. um 8:30 Uhr wahr und bringen Sie Ihren Medikamentenplan mit.

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Wagner""", charset='iso-8859-1', enc='quoted-printable', encsubj=True)

add('phi', 'lang', 'Hofmann',
    'Sabine Krüger <s.krueger@pflegedienst-sonnenschein.example>', 'Team Nord <team.nord@pflegedienst-sonnenschein.example>',
    'Übergabe Fr. Hofmann',
    """Hallo zusammen,

bei Frau Erika Hofmann (geb. 14.02.1936) bitte ab Montag Kompressionsstrümpfe morgens anziehen und die Insulingabe abends übernehmen (Lantus 14 IE). Die Tochter kommt am Wochenende nicht. Blutzucker heute früh 212.

Danke!
Sabine""", charset='windows-1252', enc='base64')

add('phi', 'lang', 'Kowalczyk',
    'Anna Kowalczyk <anna.kowalczyk@poczta.example>', 'rejestracja@przychodnia-zdrowie.example',
    'Wizyta u kardiologa',
    """Dzień dobry,

chciałabym przełożyć wizytę męża, Tadeusza Kowalczyka (PESEL 54031207715), u kardiologa z 20 listopada na inny termin. Mąż jest po zabiegu wszczepienia stentu i ma kontrolę EKG. Proszę o kontakt pod numerem 555-0129.

Z poważaniem,
Anna Kowalczyk""", charset='iso-8859-2', enc='quoted-printable', encsubj=True)

add('phi', 'lang', 'Wójcik',
    'Pielęgniarka Ewa Nowak <ewa.nowak@szpital-miejski.example>', 'Oddział Chirurgii <chirurgia@szpital-miejski.example>',
    'Pacjent sala 5 - p. Wójcik',
    """Pan Stanisław Wójcik, sala 5, łóżko 2 - po operacji przepukliny, gorączka 38,2 w nocy, rana bez cech zapalenia. Podano paracetamol. Lekarz dyżurny poinformowany. Proszę o kontrolę morfologii rano.

Ewa Nowak""", charset='utf-8', enc='base64')

add('phi', 'lang', 'Carvalho',
    'Recepção Clínica Vida <recepcao@clinicavida.example>', 'Sr. Antônio Carvalho <antonio.carvalho@correio.example>',
    'Confirmação de consulta',
    """Prezado Sr. Antônio Carvalho,

Confirmamos sua consulta de retorno com a Dra. Fernanda Lima (endocrinologia) no dia 24/11 às 9h. Favor trazer os exames de glicemia e hemoglobina glicada feitos no laboratório. Em caso de desistência, avise com 24 horas de antecedência.

Atenciosamente,
Recepção - Clínica Vida""", charset='iso-8859-1', enc='quoted-printable')

add('phi', 'lang', 'Beatriz',
    'Joana Mendes <joana.mendes@mail.example>', 'Dr. Rui Teixeira <rteixeira@hospitalsantaclara.example>',
    'Re: exames da minha filha',
    """Dr. Rui,

Os exames da Beatriz (nascida 07/07/2018) deram a PCR em 48 e a Beatriz continua com febre há 4 dias. Ela está tomando a amoxicilina desde sábado. Devo levá-la à urgência?

Obrigada,
Joana

> Sra. Joana, envie-me os resultados quando estiverem prontos.""", charset='utf-8', enc='quoted-printable', inreply=True)

add('phi', 'lang', 'Bianchi',
    'Studio Medico Dott. Ferri <studio@medicoferri.example>', 'Giulia Bianchi <giulia.bianchi@posta.example>',
    'Esito ecografia',
    """Gentile Sig.ra Bianchi,

il Dott. Ferri ha visionato l'ecografia tiroidea del 5 novembre: nodulo di 1,4 cm al lobo destro. Le consiglia di prenotare l'agoaspirato presso l'ospedale e di ripetere TSH e FT4. La ricetta è pronta in studio.

Cordiali saluti,
la segreteria""", charset='iso-8859-1', enc='quoted-printable')

add('phi', 'lang', 'Esposito',
    'Infermiera Laura Conti <l.conti@ospedalesanmarco.example>', 'Reparto Medicina <medicina@ospedalesanmarco.example>',
    'Dimissione sig. Esposito',
    """Domani è prevista la dimissione del sig. Salvatore Esposito (letto 14). Terapia a domicilio: furosemide 25 mg, bisoprololo 2,5 mg, controllo elettroliti tra una settimana dal medico di base. La figlia passa a prenderlo alle 11.

Laura""", charset='windows-1252', enc='quoted-printable')

add('phi', 'lang', 'Trần',
    'Trần Thị Hoa <hoa.tran@thu.example>', 'Phòng khám Đa khoa An Bình <lienhe@phongkhamanbinh.example>',
    'Đặt lịch tái khám',
    """Chào phòng khám,

Tôi là Trần Thị Hoa, sinh ngày 15/08/1972. Bác sĩ Lê hẹn tôi tái khám sau khi siêu âm tuyến giáp, nhưng tôi chưa nhận được kết quả xét nghiệm máu. Xin cho tôi lịch khám vào tuần tới. Số điện thoại: 555-0186.

Cảm ơn,
Hoa""", charset='utf-8', enc='base64', encsubj=True)

add('phi', 'lang', 'Phạm',
    'Điều dưỡng Ngọc <ngoc.nguyen@benhvienhoabinh.example>', 'Bác sĩ Võ <bs.vo@benhvienhoabinh.example>',
    'BN Phạm Văn Long - phòng 305',
    """Thưa bác sĩ,

Bệnh nhân Phạm Văn Long, phòng 305, đường huyết sáng nay 310 mg/dL, đã tiêm insulin theo y lệnh. Bệnh nhân than đau ngực nhẹ, điện tim đã làm xong. Xin bác sĩ xem giúp.

Ngọc""", charset='utf-8', enc='quoted-printable')

add('phi', 'lang', '王',
    '王丽 <wangli@youxiang.example>', 'appointments@goldengateclinic.example',
    '预约复诊',
    """您好，

我是王丽，出生日期1968年3月21日。上个月李医生给我做了胃镜检查，说要等病理结果。我想预约下周复诊，看一下结果。我的电话是555-0153。

谢谢！
王丽""", charset='utf-8', enc='base64')

add('phi', 'lang', '陈',
    '张护士 <zhang.rn@renaihospital.example>', '刘医生 <dr.liu@renaihospital.example>',
    '12床陈先生',
    """刘医生：

12床陈建国，今天早上血压165/100，已经按医嘱给了氨氯地平。下午需要做肾脏B超，家属问什么时候可以出院。请您查房时看一下。

张护士""", charset='utf-8', enc='quoted-printable')
# ======================= PHI: struct =======================
add('phi', 'struct', 'MARCHAND',
    'Interface Team <interfaces@lakelandhealth.org>', 'Lab IT <labit@lakelandhealth.org>',
    'ORU rejected - missing OBX-11',
    """Hi Lab IT,

This result message errored in Cloverleaf this morning (OBX-11 result status empty). Pasting it below so you can fix and resend:

MSH|^~\\&|SUNQUEST|LAKELAND|EPIC|LAKELAND|202611150612||ORU^R01|LAB0098821|P|2.5.1
PID|1||LK00773412^^^LAKELAND^MR||MARCHAND^DENISE^A||19630711|F|||48 ORCHARD LN^^FAIRVIEW^OH^44126||(555)555-0147
PV1|1|O|LAB^^^LAKELAND||||1588664422^OKAFOR^EMEKA
OBR|1||S26-44812|80053^COMPREHENSIVE METABOLIC PANEL|||202611150540
OBX|1|NM|2345-7^GLUCOSE||187|mg/dL|70-99|H|||
OBX|2|NM|2160-0^CREATININE||1.42|mg/dL|0.57-1.00|H|||F

Thanks,
Raj (Integration Engineer)""")

add('phi', 'struct', 'OYELARAN',
    'Rosa Tillman <rtillman@clearpathbilling.example>', 'EDI Support <edi@clearinghouse-one.example>',
    'Rejected 837P - loop 2010BA',
    """Clearinghouse rejected this claim with "subscriber DOB invalid". Can you see what's wrong? Segment dump below.

ISA*00*          *00*          *ZZ*CLRPATH        *ZZ*CH1            *261112*0930*^*00501*000004412*0*P*:~
GS*HC*CLRPATH*CH1*20261112*0930*4412*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*IL*1*OYELARAN*TUNDE****MI*W77381042~
N3*2210 BAYVIEW DR~
N4*OAKDALE*CA*95361~
DMG*D8*1971131~
CLM*PT44120*185***11:B:1*Y*A*Y*Y~
HI*ABK:E119*ABF:E1142~
SV1*HC:99214*185*UN*1***1~
DTP*472*D8*20261103~
SE*11*0001~

Thanks,
Rosa""")

add('phi', 'struct', 'SORENSEN',
    'ADT Monitor <adt-monitor@northbaymed.org>', 'Bed Management <beds@northbaymed.org>',
    'A02 transfer alert',
    """Automated alert: transfer message received.

MSH|^~\\&|ADT|NBMC|BEDMGR|NBMC|202611141422||ADT^A02|88120334|P|2.3
EVN|A02|202611141420
PID|1||NB2049981^^^NBMC^MR~448-27-1109^^^SSA^SS||SORENSEN^KARL^J||19480302|M|||12 HARBOR WAY^^NORTH BAY^WA^98221
PV1|1|I|ICU^04^A^NBMC|||3W^312^B^NBMC|2203^HUANG^MEI^^^MD||||||||||||VN7700412
PV2|||^SEPSIS, UTI SOURCE""")

add('phi', 'struct', 'ABERNATHY',
    'Kyle Dunn <kdunn@prairiehealthplan.example>', 'Provider EDI <provider-edi@prairiehealthplan.example>',
    'FW: 271 response looks wrong',
    """Forwarding from the clinic - they say the 271 shows inactive but member says she has coverage. See attached raw file.

Kyle""",
    atts=[('elig_response_271.x12', 'text/plain', "ISA*00*          *00*          *ZZ*PRAIRIEHP      *ZZ*WESTCLINIC     *261113*1102*^*00501*000018832*0*P*:~GS*HB*PRAIRIEHP*WESTCLINIC*20261113*1102*18832*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*EL882101*20261113*1102~HL*1**20*1~NM1*PR*2*PRAIRIE HEALTH PLAN*****PI*47102~HL*2*1*21*1~NM1*1P*2*WEST END FAMILY CLINIC*****XX*1902837465~HL*3*2*22*0~NM1*IL*1*ABERNATHY*LOUISE*M***MI*PHP20048811~DMG*D8*19590618*F~EB*6**30~DTP*307*RD8*20260101-20261031~MSG*PATIENT SCHEDULED OFFICE VISIT 11/16 DR HOLT~SE*12*0001~GE*1*18832~IEA*1*000018832~")])

add('phi', 'struct', 'NAKASHIMA',
    'Results Interface <results@pinnaclelabs.example>', 'EMR Support <emrsupport@westhillsclinic.example>',
    'Unmatched result - please reconcile',
    """The following result could not be matched to a patient in your EMR. Please reconcile within 48 h.""",
    atts=[('unmatched_26111501.hl7', 'text/plain', "MSH|^~\\&|PINNACLE|PLABS|WHC_EMR|WHC|202611150815||ORU^R01|PL26111501|P|2.5.1\rPID|1||WH-31-77290^^^WHC^MR||NAKASHIMA^YUKI||19900923|F|||77 CEDAR ST^^WEST HILLS^CA^91307\rORC|RE|ORD88123|PL26-55019\rOBR|1|ORD88123|PL26-55019|GC-CT^CHLAMYDIA/GONORRHEA NAA|||202611131010\rOBX|1|ST|43304-5^CHLAMYDIA TRACHOMATIS RNA||DETECTED||NOT DETECTED|A|||F\rOBX|2|ST|43305-2^NEISSERIA GONORRHOEAE RNA||NOT DETECTED||NOT DETECTED|N|||F\r")])

add('phi', 'struct', 'GUPTA',
    'Payment Posting <posting@horizonrcm.example>', 'AR Team <ar@horizonrcm.example>',
    'Re: 835 with zero pay - Gupta',
    """Looked at the 835, it's CO-97 (bundled). Relevant piece:

CLP*HZ5521983*4*420*0**12*2611020098132*11*1~
NM1*QC*1*GUPTA*RAVI*K***MI*ZB4410029931~
NM1*82*1*FERNANDEZ*LUIS****XX*1366550912~
DTM*232*20261014~
SVC*HC:20610*180*0**1~
CAS*CO*97*180~
SVC*HC:99213*240*0**1~
CAS*CO*97*240~

So the joint injection and E/M both bundled. Need mod 25 on the 99213 and resubmit.

> Why did Gupta's 10/14 visit pay $0?""", inreply=True)

add('phi', 'struct', 'BALOGUN',
    'Pharmacy Informatics <rxinfo@stlukeshealth.example>', 'Nursing Informatics <ninfo@stlukeshealth.example>',
    'RDE message dropped - Omnicell',
    """The Omnicell interface dropped this order last night, so the nurse couldn't pull the med. Segment below for troubleshooting.

MSH|^~\\&|PHARM|SLH|OMNI|SLH|202611150212||RDE^O11|RX55123|P|2.5
PID|1||SL00612207^^^SLH^MR||BALOGUN^ADEBOLA^^^MRS||19750114|F
PV1|1|I|5E^522^1^SLH
ORC|NW|RX55123
RXE|^^^202611150215^^R|0054-4297^OXYCODONE 5 MG TAB|5||MG|TAB||||1
RXR|PO

- Femi, PharmD""", enc='quoted-printable')

add('phi', 'struct', 'RIVERA',
    'Portal Export <noreply@careconnect.example>', 'Carlos Rivera <carlos.rivera@inboxmail.example>',
    'Your requested health record export',
    """Attached is the health record export you requested. Open with a text viewer.""",
    atts=[('rivera_export.txt', 'text/plain', """PID|1||CC-8830291^^^CARECONNECT^MR||RIVERA^CARLOS^E||19820605|M|||901 PALM AVE APT 4^^MESA^AZ^85201||(555)555-0191
AL1|1|DA|70618^PENICILLIN|MO|HIVES
DG1|1|I10|J45.40^MODERATE PERSISTENT ASTHMA
RXA|0|1|20261008|20261008|141^INFLUENZA, SEASONAL|0.5|ML
OBX|1|NM|8310-5^BODY TEMPERATURE||98.4|degF
OBX|2|NM|19926-5^FEV1/FVC||0.68|ratio
""")])

add('phi', 'struct', 'KOWALSKI',
    'Claims EDI <claimsedi@riverstonemutual.example>', 'Provider Services <provider@stjosephortho.example>',
    'Claim status 277 - action required',
    """Your claim was pended. 277 detail:

NM1*QC*1*KOWALSKI*ANNA****MI*RSM40021899~
TRN*2*SJO4418830~
STC*P2:35*20261110**1850~
REF*1K*26314000551~
DTP*472*D8*20261021~
SVC*HC:29881*1850*0~

Pended for medical records: please submit op note for the knee arthroscopy.

Riverstone Mutual EDI""")

add('phi', 'struct', 'DIALLO',
    'Vitals Integration <vitals@homemonitor.example>', 'Care Team <careteam@elmcrestcardiology.example>',
    'weight alert',
    """Threshold exceeded (weight gain >= 3 lb in 48h).

PID|1||EC-210981^^^ELMCREST^MR||DIALLO^MAMADOU||19520429|M
OBR|1|||29463-7^BODY WEIGHT|||202611150700
OBX|1|NM|29463-7^BODY WEIGHT||204.6|[lb_av]|||H|||F|||202611150700
OBX|2|NM|29463-7^BODY WEIGHT||200.9|[lb_av]||||||F|||202611130700
OBX|3|NM|8867-4^HEART RATE||98|/min||||||F""",
    html="""<html><body><p><b>Threshold exceeded (weight gain &gt;= 3 lb in 48h).</b></p><pre>
PID|1||EC-210981^^^ELMCREST^MR||DIALLO^MAMADOU||19520429|M
OBR|1|||29463-7^BODY WEIGHT|||202611150700
OBX|1|NM|29463-7^BODY WEIGHT||204.6|[lb_av]|||H|||F|||202611150700
OBX|2|NM|29463-7^BODY WEIGHT||200.9|[lb_av]||||||F|||202611130700
OBX|3|NM|8867-4^HEART RATE||98|/min||||||F
</pre></body></html>""", alt=True)

add('phi', 'struct', 'ESTRADA',
    'Sam Okoye <sokoye@medbridge-rcm.example>', 'Dev Team <dev@medbridge-rcm.example>',
    'parser bug with 837I',
    """Our parser chokes on the HI segment when there are >12 codes. Sample from prod (yes I know, sorry, need it fixed today):

NM1*IL*1*ESTRADA*MIGUEL*A***MI*MCD00188234~
N3*77 CALLE SOL~
N4*LAREDO*TX*78040~
DMG*D8*19660208*M~
CLM*MB26-33110*18250***11:A:1**A*Y*Y~
DTP*434*RD8*20261101-20261106~
CL1*1*7*01~
HI*ABK:A419*ABF:N179*ABF:E872*ABF:I10*ABF:E119~

-Sam""", enc='base64', charset='utf-8')

add('phi', 'struct', 'OKAFOR',
    'Radiology Interface <risinterface@centennialmed.example>', 'PACS Admin <pacs@centennialmed.example>',
    'FW: ORM without accession',
    """FYI see forwarded.""",
    rfc822=dict(frm='Interface Engine <engine@centennialmed.example>', to='risinterface@centennialmed.example',
                subj='ORM error', date='Sun, 15 Nov 2026 05:02:11 -0600',
                body="""Error: ORC-3 missing.

MSH|^~\\&|EPIC|CMC|RIS|CMC|202611150501||ORM^O01|778123|P|2.3
PID|1||CM5550921^^^CMC^MR||OKAFOR^CHIAMAKA^N||19940317|F|||3 LINDEN CT^^CENTENNIAL^CO^80112
PV1|1|E|ED^07^^CMC
ORC|NW|ED778123
OBR|1|ED778123||CTHEAD^CT HEAD WITHOUT CONTRAST|||202611150455||||||FALL, HEAD STRIKE, ON ANTICOAGULATION"""))

add('phi', 'struct', 'LARSSON',
    'Data Warehouse <dw@tristatehealth.example>', 'Registry Team <registry@tristatehealth.example>',
    'sample VXU for state registry testing',
    """The state registry kicked back our VXU for a real patient; message attached. Please fix the RXA-5 code mapping.""",
    atts=[('vxu_fail.hl7', 'text/plain', "MSH|^~\\&|TSH|TRISTATE|IIS|STATE|202611121630||VXU^V04^VXU_V04|VX9912|P|2.5.1\rPID|1||TS-4471002^^^TSH^MR||LARSSON^ELSA^M||20190522|F|||18 BIRCH LN^^GLENWOOD^MN^56334||^PRN^PH^^^555^5550114\rNK1|1|LARSSON^HENRIK|FTH\rRXA|0|1|20261112|20261112|998^NO VACCINE^CVX|999\rRXA|0|1|20261112|20261112|03^MMR^CVX|0.5|mL\r")])

add('phi', 'struct', 'WHITEHORSE',
    'Billing Specialist <jroe@cedarridgebilling.example>', 'Tribal Health Liaison <liaison@cedarridgebilling.example>',
    '270 inquiry for tomorrow',
    """Can you submit this 270 before 5? Pt has dental surgery tomorrow.

ST*270*0001*005010X279A1~
BHT*0022*13*100293*20261115*1420~
HL*1**20*1~
NM1*PR*2*PLAINS HEALTH*****PI*88013~
HL*2*1*21*1~
NM1*1P*2*CEDAR RIDGE ORAL SURGERY*****XX*1447728190~
HL*3*2*22*0~
NM1*IL*1*WHITEHORSE*DANIEL****MI*PH7788120~
DMG*D8*20010830*M~
DTP*291*D8*20261116~
EQ*35~
SE*12*0001~""")

add('phi', 'struct', 'PETROVIC',
    'Lab Support <support@metroreflab.example>', 'Dr. Lena Hart <lhart@hartfamilymed.example>',
    'corrected result',
    """Dr. Hart, a corrected result was issued for your patient; the original potassium was reported on the wrong specimen. Corrected segments:

PID|1||HF-1120433^^^HFM^MR||PETROVIC^MILAN||19570119|M
OBR|1|HF88231|MR26-110932|BMP^BASIC METABOLIC PANEL|||202611100845
OBX|3|NM|2823-3^POTASSIUM||4.1|mmol/L|3.5-5.1|N|||C
NTE|1||Corrected result. Previously reported as 6.4 mmol/L (hemolyzed specimen).

Metro Reference Laboratory""", enc='quoted-printable')
# ======================= CLEAN: staff =======================
add('clean', 'staff', '',
    'Megan Foley RN <mfoley@mercyvalley.org>', '4N Nurses <4north@mercyvalley.org>',
    'shift swap?',
    """Anyone want to swap my Sat 11/21 night (1900-0730) for any day shift the week after? Kid's recital got moved. Text me 555-0144.

Megan Foley, RN""")

add('clean', 'staff', '',
    'Pharmacy Dept <pharmacy@ridgeviewhosp.org>', 'All Prescribers <prescribers@ridgeviewhosp.org>',
    'Shortage: IV metoclopramide',
    """Colleagues,

Our wholesaler has placed IV metoclopramide on allocation through at least January. Effective Monday:
- IV metoclopramide restricted to gastroparesis and post-pyloric tube placement
- For PONV please use ondansetron 4 mg IV first line, or dexamethasone 4 mg pre-induction
- Oral metoclopramide is not affected

Questions to the clinical pharmacist on call, pager 4412.

Helen Cho, PharmD, BCPS
Clinical Pharmacy Manager""",
    html="""<html><body><p>Colleagues,</p><p>Our wholesaler has placed <b>IV metoclopramide</b> on allocation through at least January. Effective Monday:</p><ul><li>IV metoclopramide restricted to gastroparesis and post-pyloric tube placement</li><li>For PONV please use ondansetron 4 mg IV first line, or dexamethasone 4 mg pre-induction</li><li>Oral metoclopramide is not affected</li></ul><p>Questions to the clinical pharmacist on call, pager 4412.</p><p>Helen Cho, PharmD, BCPS<br>Clinical Pharmacy Manager</p></body></html>""",
    alt=True)

add('clean', 'staff', '',
    'Dr. Nate Olsen <nolsen@summitortho.com>', 'Ortho Journal Club <jclub@summitortho.com>',
    'Journal club Weds - tranexamic acid in TKA',
    """Hi all,

Weds 7am in conf B we'll do the TXA meta-analysis (topical vs IV vs combined in primary TKA). Residents: Priya presents, Tom does the stats critique. Bagels on me.

Question to think about: a 72 year old with a drug-eluting stent placed 8 months ago on DAPT - would you still give IV TXA? Bring opinions.

Nate Olsen, MD""")

add('clean', 'staff', '',
    'Janelle Brooks <jbrooks@lakeshorehomehealth.org>', 'All Staff <allstaff@lakeshorehomehealth.org>',
    'Happy birthday Theresa!',
    """Cake in the break room at 2pm for Theresa Okafor's birthday (she's turning 50, do NOT tell her I told you). Card is on my desk, please sign!

Janelle
Office Manager""")

add('clean', 'staff', '',
    'Dr. Priya Menon <pmenon@crescentcardio.com>', 'Dr. Sami Rahal <srahal@crescentcardio.com>',
    'Re: curbside',
    """Sami, for the generic case you described (70s, new AF, CHA2DS2-VASc 4, CrCl around 45, no bleeding history) I'd go apixaban 5 BID, no dose reduction since only one criterion is met. Happy to discuss at lunch.

Priya

> Quick curbside, no names: septuagenarian with new AF, CKD3a, would you dose
> reduce apixaban? -S""", inreply=True)

add('clean', 'staff', '',
    'Nursing Education <nursing.ed@stjudeview.org>', 'All RNs <allrn@stjudeview.org>',
    'Mandatory: new sepsis bundle policy',
    """Effective 12/1 the sepsis bundle policy NUR-214 is revised. Key changes:
1. Lactate redraw within 2 hours if initial > 2.0
2. 30 mL/kg crystalloid for hypotension or lactate >= 4 unless documented reason
3. Blood cultures before antibiotics, but do not delay antibiotics > 45 min

Complete the HealthStream module by 11/30. Skills fair dates on the intranet.

Carla Nunez, MSN, RN, CEN
Clinical Nurse Educator""", enc='quoted-printable')

add('clean', 'staff', '',
    'Dr. Kei Nakamura <knakamura@stanselmmedical.org>', 'Hospitalists <hosp@stanselmmedical.org>',
    'Thanksgiving coverage',
    """Updated holiday grid: I'm taking Thursday day, Amir has Thursday night, Ruth and Jonah split Friday. If you still owe a holiday from last year you're on Christmas Eve, sorry.

Kei Nakamura, MD
Hospitalist Group Lead""")

add('clean', 'staff', '',
    'Lori Tan NP <ltan@beaconpeds.com>', 'Beacon Peds Providers <providers@beaconpeds.com>',
    'RSV season reminder',
    """Hi team - RSV is picking up in the county. Reminder nirsevimab is stocked for eligible infants, and the updated dosing chart (50 mg <5 kg, 100 mg >=5 kg) is taped to the med room fridge. Please document lot numbers.

Lori Tan, CPNP""")

add('clean', 'staff', '',
    'Dr. Amelia Grant <agrant@coastalneuro.com>', 'Neuro Fellows <fellows@coastalneuro.com>',
    'teaching case for Friday',
    """For Friday's case conference I'll present a de-identified case: 34F with subacute bilateral leg weakness and a sensory level at T8 - walk through localization, MRI findings and the differential (transverse myelitis vs NMOSD vs MS). Slides are scrubbed; please do not add any chart screenshots.

AG""")

add('clean', 'staff', '',
    'Rick Alvarez RRT <ralvarez@cardinalpulmonary.com>', 'RT Dept <rt@cardinalpulmonary.com>',
    'Vent competency sign off',
    """Still need 4 people to do the Hamilton C6 competency before 11/30. I'll be in the sim lab Tues and Thurs 1400-1600. Bring your badge.

Rick Alvarez, RRT-NPS
RT Clinical Coordinator""")

add('clean', 'staff', '',
    'Angela Ruiz CNA <aruiz@maplecrestsnf.com>', 'Tina Rowe <trowe@oakridgesnf.com>',
    'reference',
    """Hi Tina, thank you for agreeing to be a reference for my LPN program application. They may call you next week. I really learned so much on your unit!

Angela Ruiz, CNA""")

add('clean', 'staff', '',
    'Infection Prevention <ip@ridgewaymed.org>', 'Managers <managers@ridgewaymed.org>',
    'Hand hygiene audit - October',
    """Hand hygiene compliance for October:
5 West 81% (down from 88%)
ICU 93%
ED 77%
4 East 90%

Units under 85% will get a secret shopper week in November. Thank you for the work on this.

Dorothy Klein, RN, CIC""")

add('clean', 'staff', '',
    'Dr. Owen Price <oprice@harborviewmed.org>', 'Dr. Kyle Benson <kbenson@harborviewmed.org>',
    'contrast question in general',
    """Kyle - not about any specific patient, but what's our current policy for IV contrast when eGFR is 30-44? I keep hearing different things from the CT techs. Is there a written protocol somewhere?

Owen""")

add('clean', 'staff', '',
    'Maria Gonzalez, LCSW <mgonzalez@pacificbh.example>', 'Clinical Staff <clinical@pacificbh.example>',
    'Self-care workshop',
    """Friendly reminder: the compassion fatigue workshop is Tues 12/1 noon-1 in the big group room. Lunch provided. Bring your own mug, we're out.

Maria Gonzalez, LCSW
Clinical Director""", enc='base64', charset='utf-8')

add('clean', 'staff', '',
    'Chen Wei, PharmD <cwei@pharmafirst.example>', 'Store Pharmacists <rph-region4@pharmafirst.example>',
    'Flu shot inventory',
    """Region 4 - we've got extra high-dose flu vaccine at #0412 and #0419 (about 60 doses each). If you're running short, request a transfer by Thursday. Standard dose is fine everywhere.

Chen Wei, PharmD
District Pharmacy Supervisor""")

# ======================= CLEAN: lookalike =======================
add('clean', 'lookalike', '',
    'Pawsitive Care Veterinary Hospital <frontdesk@pawsitivecarevet.example>', 'Laura Beckett <lbeckett@inbox.example>',
    "Biscuit's dental and bloodwork",
    """Hi Laura,

Biscuit did great today! Summary of his visit:
- Pre-anesthetic bloodwork: all values normal (BUN 18, creatinine 1.1)
- Dental cleaning under anesthesia, 2 premolars extracted
- Going home with carprofen 25 mg once daily x 5 days and clindamycin 75 mg twice daily x 7 days
- Soft food only for a week

Recheck in 10 days. Please call if he isn't eating by tomorrow evening.

Dr. Kara Lindholm, DVM
Pawsitive Care Veterinary Hospital
Patient: Biscuit (canine, 8 yr, Beagle)  Client #: 204417""")

add('clean', 'lookalike', '',
    'Harbor Federal Credit Union <alerts@harborfcu.example>', 'Michael Torres <mtorres@mailbox.example>',
    'Your account verification',
    """Dear Michael Torres,

For your security we verified the following on file:
Member number: 0049-771-208
Date of birth: 03/14/1979
Phone: (555) 555-0168

If any of this information is incorrect, please visit a branch. Your new debit card ending 8831 will arrive in 7-10 business days.

Harbor Federal Credit Union""",
    html="""<html><body><p>Dear Michael Torres,</p><p>For your security we verified the following on file:</p><table><tr><td>Member number</td><td>0049-771-208</td></tr><tr><td>Date of birth</td><td>03/14/1979</td></tr><tr><td>Phone</td><td>(555) 555-0168</td></tr></table><p>If any of this information is incorrect, please visit a branch. Your new debit card ending 8831 will arrive in 7-10 business days.</p><p>Harbor Federal Credit Union</p></body></html>""",
    alt=True, henc='quoted-printable')

add('clean', 'lookalike', '',
    'SafeRoad Auto Insurance <policy@saferoadauto.example>', 'Janet Kowalski <jkowalski@webpost.example>',
    'Policy renewal - drivers on your policy',
    """Policy number: SRA-4410-228193
Renewal effective: 01/01/2027

Drivers listed:
  Janet Kowalski    DOB 07/22/1970   License K4410-2281-9917
  Ryan Kowalski     DOB 11/02/2008   License K4410-8832-0044 (new driver discount applied)

Vehicle: 2021 Subaru Outback, VIN 4S4BTAAC1M3104417
6-month premium: $812.40

SafeRoad Auto Insurance""")

add('clean', 'lookalike', '',
    'SkyPoint Rewards <rewards@skypointair.example>', 'Deborah Nwachukwu <dnwachukwu@inbox.example>',
    'Your trip to Lisbon - seat and meal confirmed',
    """Hello Deborah Nwachukwu,

Member #: SP 8812 4470 31 (Gold)
Confirmation: QX7T2B
Date of birth on passport: 19 MAR 1975

Flight SP 212, 18 Dec, Seat 4C. Upgrade waitlist: #3. Lounge access included with Gold status.

Enjoy your trip!
SkyPoint Airlines""", enc='quoted-printable')

add('clean', 'lookalike', '',
    'IronWorks Fitness <members@ironworksfit.example>', 'Tony Russo <trusso@mailbox.example>',
    'Membership freeze confirmed',
    """Hi Tony,

Your membership (ID IW-0073391, DOB on file 1988-09-15) is frozen from Dec 1 to Feb 28 as requested. Your personal training sessions with Kayla are paused and 6 sessions remain on your package.

See you in March!
IronWorks Fitness - Front Desk""")

add('clean', 'lookalike', '',
    'Enrollment Office <enroll@maplewoodschools.k12.example>', 'Priya Shah <priya.shah@inbox.example>',
    'Kindergarten enrollment received',
    """Dear Priya Shah,

We received the enrollment packet for Aarav Shah (DOB 04/11/2021), student ID 900417732, for Maplewood Elementary, Kindergarten, Room 12 (Ms. Duarte). Proof of residency was received. Bus route 14, pickup 7:52 AM.

Maplewood School District Enrollment""")

add('clean', 'lookalike', '',
    'Benefits Center <benefits@tidewatersupply.com>', 'All Employees <all@tidewatersupply.com>',
    'Open enrollment confirmation - employee 30412',
    """Employee: Marcus Feldman (ID 30412)
Date of birth: 10/05/1983
Elections for plan year 2027:
  Medical: PPO 1500 - Employee + Spouse
  Dental: Basic
  Vision: Waived
  FSA: $1,200
  Life: 2x salary
Dependents: Rachel Feldman (spouse, DOB 02/14/1985)

This confirms your elections. Changes may be made only with a qualifying life event.""")

add('clean', 'lookalike', '',
    'Grandview Hotels Loyalty <loyalty@grandviewhotels.example>', 'Sean O\'Malley <somalley@webpost.example>',
    'Points statement - November',
    """Sean O'Malley
Loyalty #: GV 440 118 209
Birthday month: April - enjoy 2,000 bonus points!

Recent stays:
  Grandview Denver    Nov 2-4     2 nights   3,600 pts
  Grandview Austin    Oct 19-20   1 night    1,800 pts
Balance: 48,210 pts""",
    html="""<html><body><h2>Points statement</h2><p>Sean O'Malley<br>Loyalty #: GV 440 118 209</p><p>Birthday month: April - enjoy 2,000 bonus points!</p><table border="1"><tr><td>Grandview Denver</td><td>Nov 2-4</td><td>2 nights</td><td>3,600 pts</td></tr><tr><td>Grandview Austin</td><td>Oct 19-20</td><td>1 night</td><td>1,800 pts</td></tr></table><p>Balance: <b>48,210 pts</b></p></body></html>""")

add('clean', 'lookalike', '',
    'Dr. Marta Jensen DVM <mjensen@countrysideequine.example>', 'Holly Baines <hbaines@farmmail.example>',
    'Re: Duchess lameness',
    """Holly,

Radiographs on Duchess's left front showed no fracture. Nerve blocks localized it to the foot. Start bute 1 g twice daily for 5 days, stall rest with 10 min hand walking, and we'll recheck Friday. If she's not better we'll do an MRI at the referral center.

Marta Jensen, DVM
Countryside Equine

> She's still off on the left front this morning, any results?""", inreply=True)

add('clean', 'lookalike', '',
    'City Library <notices@cedarvillelibrary.example>', 'Harold Finch <hfinch@oldmail.example>',
    'Items due soon',
    """Harold Finch, card 2 9012 00448 1173:
"The Anatomy of Healing" due 11/20
"Heart Surgery: A Surgeon's Memoir" due 11/20
"Diabetes Cookbook for Two" due 11/24

Renew online or call 555-0100.""")

add('clean', 'lookalike', '',
    'Tenant Services <tenants@parkviewapts.example>', 'Rosa Alvarez <ralvarez@inbox.example>',
    'Lease renewal unit 4B',
    """Hi Rosa,

Attached lease renewal for unit 4B. Tenants on lease: Rosa Alvarez (DOB 5/30/1990), Miguel Alvarez (DOB 1/8/1988). Rent $1,640, term 12 months beginning 01/01/2027. Please also update your emergency contact: we have Lucia Alvarez, 555-0115.

Parkview Apartments""", enc='base64', charset='utf-8')

add('clean', 'lookalike', '',
    'Happy Tails Vet Clinic <clinic@happytailsvet.example>', 'Mr. Ahmed Saleh <asaleh@mailbox.example>',
    'Reminder: Luna is due for vaccines',
    """Dear Ahmed Saleh,

Luna (feline, DOB 03/2019, microchip 985112004478211) is due for FVRCP and rabies boosters, plus her annual senior bloodwork and urinalysis. She's also due for her thyroid (T4) recheck since starting methimazole 2.5 mg in August.

Book online or call us at 555-0177.

Happy Tails Veterinary Clinic""", enc='quoted-printable')

add('clean', 'lookalike', '',
    'Youth Soccer League <registrar@eastsidesoccer.example>', 'Parents U10 <parents-u10@eastsidesoccer.example>',
    'Spring registration - player IDs',
    """Player IDs for the U10 Thunder roster:

Eli Brandt       DOB 2016-04-02   ID ESL-16-0441
Maya Okafor      DOB 2016-09-18   ID ESL-16-0452
Nico Ferrante    DOB 2016-01-30   ID ESL-16-0457
Zara Haddad      DOB 2016-07-11   ID ESL-16-0463

Please bring a birth certificate copy to the Dec 5 registration night.
Coach Dana""")

add('clean', 'lookalike', '',
    'Verity Life Insurance <service@veritylife.example>', 'Paul Henning <phenning@inbox.example>',
    'Beneficiary change processed',
    """Dear Paul Henning,

Policy VL-2204-88173 (insured DOB 06/12/1966): your beneficiary designation has been updated to Karen Henning (spouse, 100%). Your next premium of $112.00 will be drafted 12/01.

Verity Life Insurance Customer Service""")

add('clean', 'lookalike', '',
    'DMV Online Services <noreply@dmv.example.gov>', 'Samuel Ortiz <sortiz@webpost.example>',
    'License renewal receipt',
    """Samuel Ortiz
DL number: O442-118-77-903-0
DOB: 09/09/1971
Renewal fee paid: $38.00
Class: C
Organ donor: Yes

Your new license will be mailed within 15 business days.""")
# ======================= CLEAN: training =======================
add('clean', 'training', '',
    'Epic Training Team <ehrtraining@ridgeviewhosp.org>', 'New Hires Nov <newhires-nov@ridgeviewhosp.org>',
    'Class prep: use these TEST patients only',
    """Welcome to Inpatient Nursing Documentation (IP-NUR-101).

In the TRN environment please use ONLY your assigned test patient:

Seat  Test patient           MRN (TRN)    DOB
1     ZZTEST, Alpha          TRN0000101   01/01/1950
2     ZZTEST, Bravo          TRN0000102   01/01/1960
3     ZZTEST, Charlie        TRN0000103   01/01/1970
4     ZZTEST, Delta          TRN0000104   01/01/1980

Scenario: your patient is admitted with community-acquired pneumonia. Document admission vitals, start the pneumonia order set, and complete the fall risk assessment. None of these are real people; the training environment is refreshed nightly.

Ridgeview Clinical Informatics - Training""")

add('clean', 'training', '',
    'Demo Team <demo@medicalsoftco.example>', 'Dr. Ellen Moritz <emoritz@parksideuro.com>',
    'Your demo recording + sample data',
    """Hi Dr. Moritz,

Thanks for joining yesterday's demo. As promised, the recording link is below along with the sample patient we used (fictional, generated data):

  Patient: Test, Mickey   DOB 11/18/1928   MRN DEMO-000042
  Scenario: elevated PSA 6.2, MRI PI-RADS 4, scheduled for fusion biopsy

You can play with this record in the sandbox for 30 days.

Best,
Tyler Grant, Solutions Engineer
MedicalSoftCo""",
    html="""<html><body><p>Hi Dr. Moritz,</p><p>Thanks for joining yesterday's demo. As promised, the recording link is below along with the sample patient we used (<i>fictional, generated data</i>):</p><table border="1"><tr><td>Patient</td><td>Test, Mickey</td></tr><tr><td>DOB</td><td>11/18/1928</td></tr><tr><td>MRN</td><td>DEMO-000042</td></tr><tr><td>Scenario</td><td>elevated PSA 6.2, MRI PI-RADS 4, scheduled for fusion biopsy</td></tr></table><p>You can play with this record in the sandbox for 30 days.</p><p>Best,<br>Tyler Grant, Solutions Engineer<br>MedicalSoftCo</p></body></html>""",
    alt=True)

add('clean', 'training', '',
    'Interface Team <interfaces@lakelandhealth.org>', 'Vendor - Rhapsody <support@rhapsodyvendor.example>',
    'Test ORU for validation (synthetic)',
    """Here's the synthetic test message for the validation script. All identifiers are fake (TEST patient in TST environment).

MSH|^~\\&|LAB|TSTLAKE|EPIC|TSTLAKE|202611100900||ORU^R01|TST0001|T|2.5.1
PID|1||TST000001^^^TSTLAKE^MR||ZZTEST^PATIENT^ONE||19000101|U
OBR|1||TST-1|CBC^COMPLETE BLOOD COUNT
OBX|1|NM|718-7^HEMOGLOBIN||13.5|g/dL|12-16|N|||F

Note MSH-11 = T (test).""")

add('clean', 'training', '',
    'Revenue Cycle Education <rcm-ed@horizonrcm.example>', 'Billing Staff <billing-all@horizonrcm.example>',
    '837P training file - sample',
    """Attached is the sample 837P we'll walk through in Thursday's training. It uses the X12 implementation guide example data (JOHN SMITH, fictitious subscriber). Do not submit.""",
    atts=[('sample_837p_training.x12', 'text/plain', "ST*837*0021*005010X222A1~BHT*0019*00*244579*20061015*1023*CH~NM1*41*2*PREMIER BILLING SERVICE*****46*TGJ23~NM1*40*2*KEY INSURANCE COMPANY*****46*66783JJT~HL*1**20*1~NM1*85*2*BEN KILDARE SERVICE*****XX*9876543210~HL*2*1*22*0~SBR*P*18*12312-A******CI~NM1*IL*1*SMITH*JOHN****MI*123456789~DMG*D8*19430501*M~CLM*26463774*100***11:B:1*Y*A*Y*I~SE*11*0021~")])

add('clean', 'training', '',
    'Clinical Documentation Integrity <cdi@stjudeview.org>', 'Hospitalists <hosp@stjudeview.org>',
    'Query template - heart failure specificity',
    """Hi all, here's the updated CDI query template. Please copy it as-is; fields in brackets get filled by CDI, not by you.

-----
Dear Dr. [PROVIDER NAME],
Patient: [PATIENT LAST], [PATIENT FIRST]   MRN: [MRN]   Admit: [MM/DD/YYYY]
Clinical indicators: [BNP value], [echo EF], [diuretic dose]
Please clarify the type and acuity of heart failure:
[ ] Acute on chronic systolic  [ ] Acute on chronic diastolic  [ ] Other: ____  [ ] Unable to determine
-----

Thanks, Sharon Mills, RN, CCDS""")

add('clean', 'training', '',
    'Simulation Center <simlab@northlakeonc.example>', 'Oncology Nurses <onc-rn@northlakeonc.example>',
    'Sim scenario: chemo extravasation',
    """Next week's simulation uses the manikin "SimMan Sam" as patient Samuel Simms (fictional), 58, receiving doxorubicin via peripheral IV. At minute 6 he will report burning at the site. Learners should stop the infusion, aspirate, apply cold, notify the provider and give dexrazoxane per protocol.

Sign up on the sim calendar. Scenario sheets are marked SIMULATION - NOT A REAL PATIENT.

Gina Park, MSN, RN
Simulation Educator""", enc='quoted-printable')

add('clean', 'training', '',
    'QA Analyst <qa@careconnect.example>', 'Dev Team <dev@careconnect.example>',
    'Bug 4821 repro steps',
    """Repro on staging with seeded fake patient "Jane Doe Sample" (id 00000000-test-0001):
1. Open Jane Doe Sample > Medications
2. Add "Lisinopril 10 mg" then discontinue
3. Refresh - the discontinued med still shows as active

Staging data is generated by faker, no prod data involved.
- Reza""")

add('clean', 'training', '',
    'HIM Education <him.ed@westgatemedical.org>', 'Coders <coders@westgatemedical.org>',
    'Coding practice quiz #7',
    """Practice cases for this week (made up for training):

Case 1: A 45-year-old male presents with crushing chest pain; troponin elevated; cath shows 90% LAD occlusion, stent placed. Code the principal dx and procedure.
Case 2: A 3-year-old with fever and bilateral otitis media, amoxicillin prescribed.
Case 3: A 67-year-old female with type 2 diabetes and CKD stage 3, seen for routine follow-up.

Answers due Friday. Answer key posted Monday.
Denise Ward, RHIA, CCS""")

add('clean', 'training', '',
    'Lab Informatics <labinfo@metroreflab.example>', 'Client IT <clientit@hartfamilymed.example>',
    'Interface test plan attached',
    """Please run the attached test cases in your TEST EMR before go-live. The patients are the standard test set (TESTPATIENT, ALPHA through TESTPATIENT, ECHO), all DOB 01/01/2000.""",
    atts=[('test_plan.csv', 'text/csv', """case,patient,mrn,dob,order,expected_result
1,"TESTPATIENT, ALPHA",TEST-0001,2000-01-01,BMP,normal values
2,"TESTPATIENT, BRAVO",TEST-0002,2000-01-01,CBC,critical low hemoglobin 6.0 -> call flag
3,"TESTPATIENT, CHARLIE",TEST-0003,2000-01-01,TSH,high flag
4,"TESTPATIENT, DELTA",TEST-0004,2000-01-01,LIPID,corrected result workflow
5,"TESTPATIENT, ECHO",TEST-0005,2000-01-01,UA,cancelled specimen
""")])

add('clean', 'training', '',
    'Patient Portal Team <portal@unitymedgroup.org>', 'Front Desk Staff <frontdesk@unitymedgroup.org>',
    'Template: portal enrollment email',
    """Please use this template when staff send portal invites:

Subject: Your Unity Medical Group portal invitation
Hello {{patient_first_name}},
Your activation code is {{activation_code}} and expires on {{expiry_date}}. Please verify your date of birth ({{dob_format_hint}}) when signing in.
- {{clinic_name}}

Do not type real data into the template library.""")

add('clean', 'training', '',
    'Dr. Rhonda Kirk <rkirk@hillsidefamily.com>', 'Residents <residents@hillsidefamily.com>',
    'OSCE station 3 script',
    """Standardized patient script for station 3:

You are "Mrs. Eleanor Sample", a 62 yo retired teacher. Chief complaint: 3 weeks of fatigue and increased thirst. If asked, you take lisinopril for blood pressure. Your mother had diabetes. Do not volunteer weight loss unless asked.

Actor is Pat from the SP program; this is a scripted character, not a patient.
RK""")

add('clean', 'training', '',
    'Vendor Success <success@dictationpro.example>', 'Dr. Lena Fischbach <lfischbach@summitortho.com>',
    'Voice template library - ortho',
    """Dr. Fischbach,

Your ortho templates are loaded. Example of the "post-op TKA" macro output with dummy values:

"[Patient name] is a [age]-year-old seen [x] weeks after right total knee arthroplasty. Incision clean, dry and intact. ROM [x]-[y] degrees. Plan: continue PT, follow up in [n] weeks."

Say "insert post op knee" to trigger it.
DictationPro Customer Success""", enc='base64', charset='utf-8')

add('clean', 'training', '',
    'Informatics <informatics@mercyvalley.org>', 'All Users <allusers@mercyvalley.org>',
    'Downtime drill Saturday 0200',
    """Scheduled downtime drill Saturday 0200-0400. Please practice with the paper downtime forms. In the drill packet you'll find a mock patient, "DRILL, Downtime" (MRN 999999999), with sample orders for vancomycin and a CBC. Do not chart anything on real patients on paper during the drill unless the system is actually down.

Clinical Informatics""")

add('clean', 'training', '',
    'Research Data Core <datacore@tristatehealth.example>', 'Analysts <analysts@tristatehealth.example>',
    'Synthetic dataset for hackathon',
    """The hackathon dataset is attached (Synthea-generated, 100% synthetic). Columns are as shown in the first few rows. Please do not mix it with the real warehouse extracts.""",
    atts=[('synthetic_patients_head.csv', 'text/csv', """# SYNTHETIC DATA - generated, not real people
id,first,last,birthdate,condition,medication
syn-0001,Abdul218,Harris789,1961-03-09,Hypertension,amlodipine 5 mg
syn-0002,Carmen151,Rippin620,1988-11-23,Asthma,albuterol inhaler
syn-0003,Wilbur44,Bosco882,1947-06-30,Type 2 diabetes,metformin 1000 mg
""")])

add('clean', 'training', '',
    'HIPAA Compliance <privacy@meridianhealthsys.org>', 'All Workforce <workforce@meridianhealthsys.org>',
    'Annual privacy training - example scenarios',
    """The annual privacy module is live. Example scenario from the course:

"A nurse notices her neighbor, Mr. X, was admitted last night. She opens his chart to check on him." Is this permitted? (Answer: No - access only for treatment, payment or operations duties.)

Complete by 12/15. Questions: Privacy Office, ext 2200.
Joanne Pike, CHPC, Privacy Officer""")
# ======================= CLEAN: news =======================
add('clean', 'news', '',
    'Cedar County Public Health <bulletin@cedarcountyhealth.example>', 'Health Partners List <partners@cedarcountyhealth.example>',
    'Weekly respiratory virus bulletin - week 46',
    """Cedar County Respiratory Surveillance, week ending Nov 14

Influenza-like illness visits: 3.8% of ED visits (up from 2.9%)
RSV positivity: 14.2%
COVID-19 positivity: 6.1%
Hospital admissions for influenza: 22 (last week 15)
Two outbreaks in long-term care facilities reported this week (no facility names released).

Recommendation: vaccinate now; consider antivirals for high-risk outpatients within 48 hours of onset.

Dr. Marco Diaz, MD, MPH
County Health Officer""",
    html="""<html><body><h2>Cedar County Respiratory Surveillance</h2><p>Week ending Nov 14</p><table border="1"><tr><td>ILI visits</td><td>3.8% (up from 2.9%)</td></tr><tr><td>RSV positivity</td><td>14.2%</td></tr><tr><td>COVID-19 positivity</td><td>6.1%</td></tr><tr><td>Influenza admissions</td><td>22 (last week 15)</td></tr></table><p>Two outbreaks in long-term care facilities reported this week (no facility names released).</p><p>Recommendation: vaccinate now; consider antivirals for high-risk outpatients within 48 hours of onset.</p><p>Dr. Marco Diaz, MD, MPH<br>County Health Officer</p></body></html>""",
    alt=True, henc='quoted-printable')

add('clean', 'news', '',
    'Drug Safety Alerts <alerts@rxsafetywatch.example>', 'subscribers@rxsafetywatch.example',
    'RECALL: Losartan 50 mg tablets, lots LX2209-LX2214',
    """Class II recall: Northbridge Pharmaceuticals is voluntarily recalling losartan potassium 50 mg tablets, lot numbers LX2209 through LX2214 (exp. 03/2028), due to detection of an nitrosamine impurity above the acceptable daily intake.

Patients should not stop taking their medication without talking to their pharmacist or doctor. Pharmacies should quarantine affected lots.

NDC 55512-0441-90""")

add('clean', 'news', '',
    'St. Anselm Foundation <foundation@stanselmmedical.org>', 'Friends of St. Anselm <friends@stanselmmedical.org>',
    'Thank you to our Gala donors!',
    """Dear Friends,

Thanks to you, the 2026 Harvest Gala raised $1.2 million for the new cancer center! Special thanks to our Platinum sponsors: Robert and Linda Castellanos, the Feldman Family Foundation, and Dr. Kwame and Abena Mensah.

Ticket holders can pick up auction items at the Foundation office, Mon-Fri 9-4.

With gratitude,
Catherine Ng
President, St. Anselm Foundation""", enc='quoted-printable')

add('clean', 'news', '',
    'Lakeland Health Newsletter <news@lakelandhealth.org>', 'Community Subscribers <community@lakelandhealth.org>',
    '5 tips for managing holiday stress',
    """Wellness Corner - December

1. Keep your routine: sleep and meals at regular times.
2. Move every day - even a 10-minute walk helps.
3. Limit alcohol; it worsens sleep and mood.
4. If you live with diabetes, plan ahead for holiday meals and keep checking your blood sugar.
5. Reach out. If you feel hopeless, call or text 988.

Join our free "Heart Healthy Cooking" class on Dec 9 at the Lakeland Community Room.""",
    html="""<html><body><h1>Wellness Corner - December</h1><img src="cid:banner" alt="Family at holiday table" title="Lakeland Health Wellness"><ol><li>Keep your routine: sleep and meals at regular times.</li><li>Move every day - even a 10-minute walk helps.</li><li>Limit alcohol; it worsens sleep and mood.</li><li>If you live with diabetes, plan ahead for holiday meals and keep checking your blood sugar.</li><li>Reach out. If you feel hopeless, call or text 988.</li></ol><p>Join our free &quot;Heart Healthy Cooking&quot; class on Dec 9 at the Lakeland Community Room.</p></body></html>""")

add('clean', 'news', '',
    'Valley Gazette Obituaries <obits@valleygazette.example>', 'Obituary Subscribers <obits-list@valleygazette.example>',
    'Obituary: Harold James Whitcombe, 1938-2026',
    """Harold James Whitcombe, 88, of Fairview passed away peacefully on November 8, 2026, surrounded by family. Born in Dayton in 1938, Harold served in the Army and later taught shop class at Fairview High for 31 years. He loved fishing, the Reds, and his grandchildren.

He is survived by his wife of 62 years, Dorothy; children Mark (Julie) and Susan; and five grandchildren. Visitation is Friday 4-7 PM at Brightwater Funeral Home. In lieu of flowers, donations may be made to the Fairview Library.""")

add('clean', 'news', '',
    'Entertainment Daily <newsletter@entdaily.example>', 'readers@entdaily.example',
    'Pop star cancels tour after vocal cord surgery',
    """Singer Jaxon Vale has postponed the remaining 14 dates of his "Neon Tide" tour after undergoing surgery to remove a vocal cord polyp, his publicist announced Tuesday. "Jaxon is resting and expected to make a full recovery," the statement said. Fans holding tickets will be contacted with new dates.

Also today: reality star Bree Calloway opens up about her endometriosis on a new podcast episode.""",
    enc='quoted-printable')

add('clean', 'news', '',
    'Marketing - Summit Ortho <marketing@summitortho.com>', 'Patient Newsletter List <newsletter@summitortho.com>',
    'Now open: Summit Ortho Sports Medicine Clinic in Eastgate',
    """Summit Orthopedics is proud to open our new Sports Medicine clinic at 4100 Eastgate Blvd! Same-day appointments for sprains, fractures and concussions. Walk-in ACL screening every Saturday.

Meet our team: Dr. Lena Fischbach (sports medicine), Dr. Omar Haddad (knee and shoulder surgery) and Rick Alvarez, ATC.

Grand opening open house: Dec 12, 10 AM - 2 PM. Free blood pressure checks.""",
    enc='base64', charset='utf-8')

add('clean', 'news', '',
    'State Dept of Health <press@statehealth.example>', 'Media List <media@statehealth.example>',
    'Press release: measles case confirmed in Glenwood County',
    """FOR IMMEDIATE RELEASE

The State Department of Health has confirmed one case of measles in an unvaccinated adult resident of Glenwood County who recently traveled internationally. To protect privacy, no further details about the individual will be released.

Possible exposure locations: Glenwood Public Library (Nov 6, 2-5 PM), QuickMart on Route 9 (Nov 7, 10 AM-noon). Anyone exposed who is not immune should watch for symptoms through Nov 28.

Media contact: Alan Reyes, 555-0102""")

add('clean', 'news', '',
    'Heart Association Chapter <chapter@heartwalk.example>', 'Walkers 2026 <walkers@heartwalk.example>',
    'Heart Walk results and top fundraisers',
    """What a day! 2,400 walkers raised $318,000. Top individual fundraisers:

1. Denise Carter - $8,420
2. Tomasz Zielinski - $6,115
3. Grace Mbeki - $5,900

Team award: "Cardiac Cruisers" from Crescent Cardiology.
Survivor recognition: thank you to all heart survivors who walked the first lap.""")

add('clean', 'news', '',
    'Pharmacy Today Digest <digest@pharmtoday.example>', 'members@pharmtoday.example',
    'FDA approves first oral GLP-1 for pediatric obesity',
    """In this week's digest:
- FDA approves an oral GLP-1 receptor agonist for adolescents 12-17 with obesity; phase 3 trial showed 14% mean BMI reduction at 68 weeks.
- CMS releases 2027 negotiated prices for 15 drugs.
- Study: pharmacist-led hypertension clinics cut systolic BP by 9 mmHg on average.

Read more at pharmtoday.example""")

add('clean', 'news', '',
    'Alumni Office <alumni@westbrookcollege.edu>', 'Class of 1985 <class85@westbrookcollege.edu>',
    'In memoriam',
    """We are saddened to share that classmate Robert "Bobby" Tan passed away on October 30. Bobby was captain of the rowing team and later founded Tan & Rhee Architects. A memorial service will be held at the college chapel on December 5 at 11 AM.

Condolences can be sent to the family c/o the Alumni Office.""")

add('clean', 'news', '',
    'Harbor Light Clinic <giving@harborlightclinic.org>', 'Donors <donors@harborlightclinic.org>',
    'Year-end appeal: help us reach 1,000 more patients',
    """Dear Mr. and Mrs. Sullivan,

Last year your generous gift of $500 helped Harbor Light Clinic provide 12,400 free visits to uninsured neighbors. This year we aim to open a dental chair and a diabetes education program.

"Harbor Light caught my blood pressure before it was too late." - a clinic patient

Will you give again? Donate by Dec 31 to double your impact.

With thanks,
Grace Mbeki, Executive Director""",
    html="""<html><body><p>Dear Mr. and Mrs. Sullivan,</p><p>Last year your generous gift of <b>$500</b> helped Harbor Light Clinic provide 12,400 free visits to uninsured neighbors. This year we aim to open a dental chair and a diabetes education program.</p><blockquote>&quot;Harbor Light caught my blood pressure before it was too late.&quot; - a clinic patient</blockquote><p>Will you give again? <a href="https://harborlightclinic.org/give" title="Donate to Harbor Light">Donate by Dec 31</a> to double your impact.</p><p>With thanks,<br>Grace Mbeki, Executive Director</p></body></html>""",
    alt=True)

add('clean', 'news', '',
    'Medical Device Safety <devicesafety@regwatch.example>', 'Biomed Departments <biomed-list@regwatch.example>',
    'Urgent field safety notice: infusion pump model VP-300',
    """Manufacturer Vitaflow has issued an urgent field safety notice for VP-300 large-volume infusion pumps, software version 4.2.1, serial numbers VP3-20410000 through VP3-20419999. A software defect may cause the pump to display an incorrect remaining volume. Update to 4.2.3 by Jan 15. No patient injuries have been reported.""")

add('clean', 'news', '',
    'Global Health Weekly <gh-weekly@worldhealthnews.example>', 'subscribers@worldhealthnews.example',
    'Santé mondiale : nouvelle campagne de vaccination',
    """Cette semaine : lancement d'une campagne de vaccination contre la rougeole dans trois régions ; l'OMS publie de nouvelles recommandations sur l'hypertension ; interview du Pr Lucien Marchetti sur la résistance aux antibiotiques.""",
    charset='iso-8859-1', enc='quoted-printable', encsubj=True)

add('clean', 'news', '',
    'Sports Wire <wire@sportswire.example>', 'Newsletter <news@sportswire.example>',
    'Injury report: QB out 4-6 weeks',
    """Quarterback Devin Marsh will miss 4 to 6 weeks with a high ankle sprain suffered in Sunday's win, the team said Monday. Backup Luke Harrow will start against Denver. Linebacker Andre Sims (concussion protocol) is questionable.""")

# ======================= CLEAN: admin =======================
add('clean', 'admin', '',
    'Facilities Scheduling <facilities@ridgeviewhosp.org>', 'Dr. Aisha Conrad <aconrad@stjudeview.org>',
    'Room booking confirmed - Conf Room 3B',
    """Confirmed: Conference Room 3B, Tue 12/1, 12:00-13:30, 24 seats, projector + speakerphone. Booking ref FAC-26-11873. Catering must be ordered separately (form F-22).

Facilities Scheduling, ext 5100""")

add('clean', 'admin', '',
    'IT Service Desk <servicedesk@mercyvalley.org>', 'Hannah Kowal <hkowal@mercyvalley.org>',
    'INC0048812 resolved - printer 4N-02',
    """Your incident INC0048812 "label printer on 4 North not printing wristbands" has been resolved.

Resolution: replaced print head on Zebra ZD621 (asset MV-004471), recalibrated media. Test label printed OK.

If the issue recurs, reply to reopen within 5 days.
Mercy Valley IT Service Desk""", enc='quoted-printable')

add('clean', 'admin', '',
    'Accounts Payable <ap@lakeshorehomehealth.org>', 'Vendor - MedSupply Direct <ar@medsupplydirect.example>',
    'Re: Invoice 558120 past due',
    """Hi, invoice 558120 ($4,812.60, PO 26-0912) was paid by ACH on 11/9, trace 021000021-88123. Please confirm and remove the late fee.

Thanks,
Kim Ortega, AP Specialist

> Our records show invoice 558120 dated 9/30/2026 remains unpaid. Please remit.""", inreply=True)

add('clean', 'admin', '',
    'Purchasing <purchasing@stellarisdialysis.com>', 'Kevin Marsh <kmarsh@stellarisdialysis.com>',
    'PO 4410-2287 approved',
    """PO 4410-2287 approved.

Line  Part #         Description                           Qty   Unit     Ext
1     FX-180-CV      Dialyzer FX180 (case of 24)           10    $412.00  $4,120.00
2     BL-2288-A      Bloodline set arterial/venous         12    $198.00  $2,376.00
3     NS-1000-12     0.9% NaCl 1000 mL (case of 12)        20    $ 38.50  $  770.00

Ship to: Eastgate unit, dock B. Expected delivery 11/24.""")

add('clean', 'admin', '',
    'Dr. Helen Brooks <hbrooks@lakeviewmedgroup.com>', 'Practice Partners <partners@lakeviewmedgroup.com>',
    'Invitation: Partners meeting - Q4 budget',
    """When: Thursday, December 3, 2026 6:00 PM - 7:30 PM
Where: Lakeview Medical Group, 2nd floor board room / Zoom ID 884 2210 9931 passcode 4417

Agenda:
1. Q4 budget and 2027 capital requests (new ultrasound, EHR upgrade)
2. Hiring: 1 NP, 2 MAs
3. Parking lot lease

Helen""",
    html="""<html><body><p><b>When:</b> Thursday, December 3, 2026 6:00 PM - 7:30 PM<br><b>Where:</b> Lakeview Medical Group, 2nd floor board room / Zoom ID 884 2210 9931 passcode 4417</p><p>Agenda:</p><ol><li>Q4 budget and 2027 capital requests (new ultrasound, EHR upgrade)</li><li>Hiring: 1 NP, 2 MAs</li><li>Parking lot lease</li></ol><p>Helen</p></body></html>""",
    alt=True, atts=[('invite.ics', 'text/calendar', """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lakeview//Cal//EN
BEGIN:VEVENT
UID:884221099314417@lakeviewmedgroup.com
DTSTART:20261203T230000Z
DTEND:20261204T003000Z
SUMMARY:Partners meeting - Q4 budget
LOCATION:Board room / Zoom 884 2210 9931
END:VEVENT
END:VCALENDAR
""")])

add('clean', 'admin', '',
    'Biomed Engineering <biomed@harborviewmed.org>', 'CT Department <ct@harborviewmed.org>',
    'PM schedule - CT scanner 2',
    """Preventive maintenance on CT scanner 2 (Siemens, serial 104471, asset HV-CT-0002) is scheduled for Sat 11/28 0600-1400. Scanner 1 remains available. Please block scheduling for that window.

Biomed, ext 3380""")

add('clean', 'admin', '',
    'Payroll <payroll@northfieldrehab.com>', 'Dana Whitcomb <dwhitcomb@northfieldrehab.com>',
    'Timesheet correction needed',
    """Dana, your timesheet for pay period 23 (11/1-11/14) shows 41.5 hours but the schedule shows 40. Please approve the correction in Kronos by Monday. Employee ID 70018.

Payroll""")

add('clean', 'admin', '',
    'Environmental Services <evs@stjudeview.org>', 'Unit Managers <unitmgrs@stjudeview.org>',
    'Floor waxing schedule',
    """Floor stripping and waxing, December:
12/2  5 West corridor (rooms 501-520 doors closed 2200-0400)
12/4  4 East corridor
12/9  Main lobby and cafeteria
Please plan patient transport routes around these windows.
EVS Supervisor""")

add('clean', 'admin', '',
    'Vendor - CleanLinen Co <billing@cleanlinen.example>', 'Accounts Payable <ap@maplecrestsnf.com>',
    'Invoice INV-2026-11-0447',
    """Please find attached invoice INV-2026-11-0447 for October linen service.""",
    atts=[('INV-2026-11-0447.csv', 'text/csv', """item,description,qty,unit_price,amount
LN-100,Bath towel,1200,0.42,504.00
LN-110,Fitted sheet twin,800,0.55,440.00
LN-205,Patient gown,950,0.61,579.50
LN-300,Isolation gown reusable,300,0.88,264.00
total,,,,1787.50
""")])

add('clean', 'admin', '',
    'Credentialing <credentialing@crescentcardio.com>', 'Dr. Sami Rahal <srahal@crescentcardio.com>',
    'Reappointment packet due',
    """Dr. Rahal,

Your medical staff reappointment is due 1/31/2027. Please send: current DEA (exp. shown 02/28/2027), state license #MD-0448217, board certification, and 2 years of CME. NPI on file 1548820093.

Thanks,
Yvonne, CPCS""")

add('clean', 'admin', '',
    'Help Desk <helpdesk@wellspringinfusion.com>', 'All Staff <all@wellspringinfusion.com>',
    'Password reset reminder / phishing test',
    """Reminder: passwords expire every 90 days. Never send your password by email. Last week's phishing test: 11 of 64 clicked, please complete the 10-minute refresher module (ticket REQ0019923).

IT Help Desk""")

add('clean', 'admin', '',
    'Courier Dispatch <dispatch@swiftmedcourier.example>', 'Apex Lab Logistics <logistics@apexreflab.com>',
    'Route changes Thanksgiving week',
    """Route changes for Thanksgiving week:
Route 12 (North clinics): no pickups 11/26, double pickup 11/27
Route 14 (Eastgate): normal
Driver IDs: D-0441 (Sam), D-0459 (Lucia)
Tracking numbers will begin with SMC26-11.""", enc='base64', charset='utf-8')

add('clean', 'admin', '',
    'Dr. Felix Ortega <fortega@cardinalpulmonary.com>', 'Rachel Ames <rames@cardinalpulmonary.com>',
    'Fwd: conference registration',
    """Rachel, can you book the hotel for this? Thanks, F

---------- Forwarded message ----------
From: CHEST Regional Meeting <register@chestregional.example>
Subject: Registration confirmed
Registrant: Felix Ortega, MD
Registration #: CR26-04417
Dates: Feb 11-13, 2027, Denver
Workshops: Advanced bronchoscopy (W-12), Pulmonary function interpretation (W-03)""")

add('clean', 'admin', '',
    'Telecom <telecom@sunvalleyhosp.example>', 'Transport <transport@sunvalleyhosp.example>',
    'New extension numbers',
    """Transport dispatch is moving to new extensions on 12/1:
Dispatch main: x6100
Supervisor: x6105
Pager group: 4471-2
Old numbers x2210/x2211 will forward for 30 days.""")

add('clean', 'admin', '',
    'Parking Office <parking@meridianhealthsys.org>', 'Employees <employees@meridianhealthsys.org>',
    'Garage C closure',
    """Garage C will be closed 12/7-12/11 for resurfacing. Employees with permits C-2200 through C-2899 may park in Garage A levels 4-5. Shuttle runs every 10 minutes from 0530.""",
    rfc822=dict(frm='Facilities <facilities@meridianhealthsys.org>', to='parking@meridianhealthsys.org',
                subj='Garage C resurfacing contract', date='Tue, 10 Nov 2026 13:22:00 -0600',
                body="""Contractor confirmed: Apex Paving, PO 26-7712, work order WO-44810. Dates 12/7-12/11. Please notify staff."""))

def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    for idx, m in enumerate(M):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        data = build(m, idx, fname)
        with open(os.path.join(out, fname), 'wb') as f:
            f.write(data)
        rows.append((fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''))
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    print('wrote %d messages to %s' % (len(rows), out))

if __name__ == '__main__':
    main()
