#!/usr/bin/env python3
"""Blind eval set prose10b: hand-written messages. Standard library only, deterministic."""
import base64, quopri, io, zipfile, hashlib, csv, os, email
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import parseaddr, formataddr
from email import policy

import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
M = []

def hdr(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(s):
    out = []
    for a in s.split(';'):
        n, e = parseaddr(a.strip())
        out.append(formataddr((n, e), charset='utf-8') if n else e)
    return ', '.join(out)

def textpart(text, subtype='plain', charset='utf-8', cte=None):
    p = MIMENonMultipart('text', subtype, charset=charset)
    raw = text.encode(charset)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) and max((len(l) for l in raw.split(b'\n')), default=0) < 990 else 'quoted-printable'
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(raw.decode('ascii'))
    p['Content-Transfer-Encoding'] = cte
    return p

def attach(fname, ctype, data, cte='base64', charset=None):
    if isinstance(data, str):
        data = data.encode(charset or 'utf-8')
    mt, st = ctype.split('/')
    if mt == 'text' and cte != 'base64':
        p = MIMENonMultipart(mt, st, charset=charset or 'utf-8', name=fname)
        if cte == 'quoted-printable':
            p.set_payload(quopri.encodestring(data).decode('ascii'))
        else:
            p.set_payload(data.decode('ascii'))
        p['Content-Transfer-Encoding'] = cte
    else:
        kw = {'name': fname}
        if mt == 'text': kw['charset'] = charset or 'utf-8'
        p = MIMEBase(mt, st, **kw)
        p.set_payload(base64.encodebytes(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p

def zipped(fname, inner_name, text):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2026, 11, 2, 9, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text.encode('utf-8'))
    return attach(fname, 'application/zip', b.getvalue())

def rfc822(raw):
    inner = email.message_from_string(raw.lstrip('\n'))
    return MIMEMessage(inner)

def add(kind, pname, frm, to, subj, date, body=None, html=None, atts=(), charset='utf-8',
        cte=None, cc=None, extra=None, html_cte=None):
    M.append(dict(kind=kind, pname=pname, frm=frm, to=to, subj=subj, date=date, body=body,
                  html=html, atts=list(atts), charset=charset, cte=cte, cc=cc, extra=extra or {},
                  html_cte=html_cte))

def build(d, idx):
    if d['body'] is not None and d['html'] is not None:
        core = MIMEMultipart('alternative')
        core.attach(textpart(d['body'], 'plain', d['charset'], d['cte']))
        core.attach(textpart(d['html'], 'html', d['charset'], d['html_cte'] or d['cte']))
    elif d['html'] is not None:
        core = textpart(d['html'], 'html', d['charset'], d['html_cte'] or d['cte'])
    else:
        core = textpart(d['body'], 'plain', d['charset'], d['cte'])
    if d['atts']:
        msg = MIMEMultipart('mixed')
        msg.attach(core)
        for a in d['atts']:
            msg.attach(a)
    else:
        msg = core
    msg['From'] = addr(d['frm'])
    msg['To'] = addr(d['to'])
    if d['cc']:
        msg['Cc'] = addr(d['cc'])
    msg['Subject'] = hdr(d['subj'])
    msg['Date'] = d['date']
    dom = parseaddr(d['frm'])[1].split('@')[-1]
    h = hashlib.sha1((d['subj'] + d['date'] + str(idx)).encode('utf-8')).hexdigest()
    msg['Message-ID'] = '<%s.%s@%s>' % (h[:16], h[16:24], dom)
    inner = set(id(p.get_payload(0)) for p in msg.walk() if p.get_content_type() == 'message/rfc822')
    for part in msg.walk():
        if part is not msg and id(part) not in inner:
            del part['MIME-Version']
    if msg['MIME-Version'] is None:
        msg['MIME-Version'] = '1.0'
    for k, v in d['extra'].items():
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            n += 1
            part.set_boundary('----=_Part_%s_%d' % (h[:10], n))
    return msg

# ======================= phi-care =======================
add('phi-care', 'Okafor',
    'Renee Battaglia <rbattaglia@lakeshorehomecare.org>', 'Dwayne Pruitt <dpruitt@lakeshorehomecare.org>',
    'visit change tomorrow', 'Tue, 03 Nov 2026 17:42:10 -0600',
    body="""Dwayne - can you swap with me tomorrow? I need you to take Mrs. Okafor at 10 instead of 2. Her daughter called, they have the wound clinic at 1:30 at St. Vincent's so she wants the dressing change done before they leave. Supplies are in the blue bin in her front closet, last box of the silver foam is there, I put in the order for more.

Also pls check her sacral area, Monday it looked a little pinker at the edge. Take a picture for the chart.

Thanks!!
Renee
Sent from my iPhone""")

add('phi-care', 'Villanueva',
    'Pinecrest Specialty Pharmacy <refills@pinecrestrx.com>', 'hector.villanueva77@gmail.com',
    'Your refill is ready to ship - action needed', 'Wed, 04 Nov 2026 09:03:55 -0500',
    html="""<html><head><style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}
.box{border:1px solid #cfd8dc;padding:12px;background:#f7fafb}.sm{font-size:11px;color:#777}</style></head>
<body>
<p>Hi Hector,</p>
<p>Your next shipment from Pinecrest Specialty Pharmacy is ready. Before we can send it we need to confirm a few things with you.</p>
<div class="box">
<table cellpadding="4">
<tr><td><b>Patient</b></td><td>Hector M. Villanueva</td></tr>
<tr><td><b>Medication</b></td><td>Humira Pen 40 mg/0.4 mL (2 pens)</td></tr>
<tr><td><b>Rx #</b></td><td>7741902</td></tr>
<tr><td><b>Ship to</b></td><td>2218 Alder Crest Dr, Columbus OH 43224</td></tr>
<tr><td><b>Estimated copay</b></td><td>$5.00 (copay card applied)</td></tr>
</table>
</div>
<p>Please call us at 614-380-2270 or reply to this e-mail so a pharmacist can complete your monthly check-in (any missed doses, injection site reactions, new medicines, upcoming surgery). Shipments go out Monday through Thursday and need a signature.</p>
<p>Thank you,<br>Patient Care Team<br>Pinecrest Specialty Pharmacy</p>
<p class="sm">This message is intended only for the individual named above. If you received it in error, please notify us and delete it.</p>
</body></html>""")

add('phi-care', 'Lindqvist',
    'Marisol Tate, CCRC <mtate@northbridgeresearch.com>', 'Dr. Anand Kulkarni <akulkarni@northbridgeresearch.com>',
    'RE: Subject 014 week 12 visit', 'Thu, 05 Nov 2026 14:20:31 -0500',
    cc='Pharmacy Research <investigational.rx@northbridgeresearch.com>',
    body="""Dr. K,

Quick update on 014 (Gunnar Lindqvist). He came in for the week 12 visit today, vitals fine, ECG done and read as unchanged from baseline per Dr. Osei. PK draws at pre-dose and 2h went out with the courier at 3:05. He forgot his diary at home, his wife is going to photograph the pages and send them this evening, I'll file them as source once they arrive.

IP dispensed: kit 3318 and 3319. Returned kit 3302 with 4 tablets left, so compliance is ~93%.

Next visit is week 16, I booked him Dec 3 at 8:30 (needs to be fasting).

Marisol

-----Original Message-----
From: Anand Kulkarni
Sent: Thursday, November 5, 2026 8:12 AM
To: Marisol Tate
Subject: Subject 014 week 12 visit

Is 014 still coming in today? Need the ECG over-read before I sign off on the dose continuation.
AK""")

add('phi-care', 'Brandt',
    'Occupational Health Services - Millbrook Plant <ohs.millbrook@halvorsenfoods.com>', 'Tina Morrow <tmorrow@halvorsenfoods.com>',
    'Return to work - K. Brandt', 'Mon, 09 Nov 2026 07:51:02 -0600',
    body="""Tina,

Kyle Brandt (Line 3, 2nd shift) was seen in OHS this morning for his return-to-work evaluation. He brought the release from his surgeon's office dated 11/6.

Cleared to return 11/10 with the following for 3 weeks:
- no lifting over 20 lb
- no ladder work
- may do palletizer monitoring / QC station

Recheck in our clinic 11/30 at 6:45 am before his shift. Please have his supervisor confirm modified duty is available; if not, he stays on leave and we'll let the WC adjuster know.

Jodie Kwan, RN, COHN
Occupational Health Services, Millbrook
ext. 4410""")

add('phi-care', 'Mbeki',
    'Carla Reyes-Hunt <creyeshunt@harborhospice.org>', 'Fr. Thomas Ellery <tellery@stbrigidparish.org>',
    'Visit for Mr. Mbeki', 'Sat, 07 Nov 2026 11:15:48 -0500',
    body="""Good morning Father Ellery,

I'm the social worker with Harbor Hospice following Joseph Mbeki at home on Linden St. His wife Grace asked me to reach out to you. Joseph has been sleeping most of the day since Thursday and the nurse increased his comfort medicines last night. The family would very much like him to receive the sacrament of the sick, and Grace said sooner is better, this weekend if at all possible.

The house number is 412 Linden, side door. Grace's cell is 860-771-3094.

Thank you for all you do for our families.

Carla Reyes-Hunt, LCSW
Harbor Hospice & Palliative Care""")

add('phi-care', 'Dunleavy',
    'Alvarez, Jamie <jalvarez@meridianlabs.com>', 'Clinic Front Desk <frontdesk@eastsidefamilymed.com>',
    'FW: specimen rejected - please redraw', 'Tue, 10 Nov 2026 10:02:13 -0500',
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi team, forwarding below. Please call the patient for a redraw, the CBC and the BMP can be collected together at any Meridian PSC. New order not needed, the original requisition is still active.</p>
<p>Jamie Alvarez<br>Client Services | Meridian Laboratories<br>Direct 317-555-0142</p>
<hr>
<p><b>From:</b> LIS Notifications &lt;noreply@meridianlabs.com&gt;<br>
<b>Sent:</b> Monday, November 9, 2026 11:47 PM<br>
<b>To:</b> Client Services<br>
<b>Subject:</b> specimen rejected</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><th>Accession</th><th>Patient</th><th>DOB</th><th>Test</th><th>Reason</th></tr>
<tr><td>M26-3140877</td><td>DUNLEAVY, SHANNON</td><td>02/14/1988</td><td>CBC W/DIFF</td><td>Clotted specimen</td></tr>
<tr><td>M26-3140877</td><td>DUNLEAVY, SHANNON</td><td>02/14/1988</td><td>BMP</td><td>Hemolyzed</td></tr>
</table>
<p>Ordering provider: PATEL, RUPA MD</p>
</body></html>""")

add('phi-care', 'Whitcomb',
    'Evergreen Copay Assistance Program <support@evergreencopayassist.com>', 'Donna Whitcomb <dwhitcomb1961@yahoo.com>',
    'Your enrollment is approved', 'Thu, 12 Nov 2026 15:30:00 -0500',
    body="""Dear Donna Whitcomb,

Good news - your enrollment in the Evergreen Copay Assistance Program has been approved.

Member ID: EVG-4470-1928
BIN: 610020   PCN: PDMI   Group: 99442108
Effective: 11/12/2026 through 12/31/2027

This card covers out-of-pocket costs for your Xeljanz prescription filled at a participating pharmacy, up to the annual program maximum. Give these numbers to your pharmacy with your next fill. Your pharmacy on file is Walgreens #06112, 1400 N Main St, Dayton OH.

If your insurance changes, call 1-888-402-1167 so we can update your file.

Sincerely,
Evergreen Patient Support""")

add('phi-care', 'Pham',
    'Nurse Lisa Arbogast <larbogast@cedarviewschools.org>', 'tpham.family@outlook.com',
    'Anh - inhaler at school', 'Fri, 13 Nov 2026 13:05:27 -0500',
    body="""Hi Mr. and Mrs. Pham,

Anh came to the health office after PE today and used her inhaler (2 puffs at 12:40). She rested for 20 min and went back to class feeling fine. Just a heads up that her inhaler in my office says it expires 11/30, so could you send a new one in with her when you pick up the refill? I will also need a new medication authorization form signed by her doctor for the new one, I put a copy in her backpack.

Have a good weekend,
Lisa Arbogast, RN
School Nurse, Cedarview Middle School
(412) 836-2290 ext. 117""")

# ======================= phi-names =======================
add('phi-names', 'Castellanos',
    'Deb Hollis <dhollis@brightwaterfuneral.com>', 'Ivan Sokol <isokol@brightwaterfuneral.com>',
    'Castellanos arrangements', 'Sun, 08 Nov 2026 19:22:40 -0600',
    body="""Ivan,

Family of Ramon Castellanos came in this afternoon. Son (Luis) is the informant. ME released this morning so we can pick up from the county tomorrow after 9. Cause of death section will come from the ME's office, Dr. Farrah said she'd certify by Wednesday once tox is back, so don't promise the family certified copies before next week.

Visitation Thurs 5-8, mass Friday at Our Lady of Guadalupe, burial Resurrection Cemetery.

Luis asked about the pacemaker - yes it has to come out before cremation but they're doing burial so not an issue, just note it in the file.

Deb""")

add('phi-names', 'Greer',
    'Shonda Ellis <sellis@wcadjusters-midwest.com>', 'Paul Dietrich <pdietrich@dietrichlaw.com>',
    'Greer v. Tolland Freight - IME scheduled', 'Mon, 09 Nov 2026 11:48:19 -0600',
    body="""Paul,

Following up on our call. Your client's IME is set for 12/2 at 9:00 with Dr. Hanrahan (orthopedics), 3300 W Kimball, Suite 210. Please let Mr. Greer know he should bring any imaging discs he has from the lumbar MRI at Prairie Imaging and his current med list.

We will continue TTD benefits pending the IME. Mileage reimbursement form attached to the prior email.

Regards,
Shonda Ellis
Senior Claims Adjuster
Midwest Workers' Compensation Adjusting""")

add('phi-names', 'Ruiz',
    'Tomasz <tomasz.wrobel@gmail.com>', 'Kelly <kmarchetti@gmail.com>',
    'Re: Saturday?', 'Thu, 12 Nov 2026 21:14:02 -0500',
    body="""Can't do Saturday, sorry! Marta is back at Mercy since Tuesday, they think the chemo knocked her counts down again and she spiked a fever, so me and Bella are doing the hospital run this weekend. She is so tired. If you want to help, Marta said meals would be amazing for when she's home, I can't think about cooking right now.

Next weekend maybe?

T

On Thu, Nov 12, 2026 at 7:40 PM Kelly <kmarchetti@gmail.com> wrote:
> Are you guys still up for brunch Saturday?? Marta Ruiz said she'd bring her famous tres leches lol
> Bring the kids, Dan is making waffles""")

add('phi-names', 'Thibodeaux',
    'Regional Epidemiology - District 4 <epi.d4@health.state.example.us>', 'Nguyen, Karen <knguyen@stlukesmc.org>',
    'Case 26-1184 (Thibodeaux) - need vax hx', 'Tue, 10 Nov 2026 08:37:44 -0600',
    body="""Karen,

Thanks for the call-in yesterday on the pertussis PCR. For our investigation of Thibodeaux, Amelie (4 mo) can you fax or securely send:
- discharge summary when available
- the mom's Tdap date if it's in your prenatal record (mother is Danielle Thibodeaux, delivered at St Luke's in July)

Our registry shows the infant got DTaP #1 on 9/15 but nothing after. We're doing contact prophylaxis for the household today and the daycare (Little Acorns on Ruth St) tomorrow.

Fax 318-555-0199 attn Epi.

Merritt Fontenot, MPH
Epidemiologist, Region 4""")

add('phi-names', 'Abernathy',
    'Gail Peterson <gpeterson@sunriseseniorliving.com>', 'Abernathy, Ruth <ruth.abernathy@comcast.net>',
    "Your dad's move to memory care", 'Wed, 11 Nov 2026 16:02:11 -0500',
    body="""Hi Ruth,

I wanted to follow up on today's care conference about your father. As we discussed, the team feels Walt would be safer in our Garden Court memory care neighborhood given the two nights he's been found wandering near the exit doors, and Dr. Chang agreed when she saw him Monday. A room opens on the 20th.

The level of care assessment will be redone by our nurse, Janelle, next Tuesday. The monthly rate changes to the memory care rate, I'll send you the paperwork.

Please call me with any questions. He is such a sweet man, everyone here adores him.

Gail Peterson
Resident Services Director""")

add('phi-names', 'Oyelaran',
    'Hannah Brooks <hbrooks@axiomclinical.com>', 'Site 208 Team <site208@axiomclinical.com>',
    'SAE follow-up: Oyelaran hospitalization', 'Fri, 13 Nov 2026 17:55:09 -0500',
    body="""All,

Reminder that the follow-up SAE report for Mr. Oyelaran's hospitalization is due to the sponsor by Monday. Discharge paperwork shows he was at Riverside 11/4-11/8 with a GI bleed, transfused 2 units. Dr. Whitfield assessed as unlikely related but the sponsor medical monitor wants the endoscopy report and the hemoglobin trend.

Deepa - can you request records from Riverside HIM? Authorization is in his binder.

I've marked the EDC query on Visit 9 as open until we have it.

Hannah""")

add('phi-names', 'Kowalczyk',
    'Amy Sorensen <asorensen@benefitsbridge.com>', 'Marcus Lee <mlee@benefitsbridge.com>',
    'Kowalczyk, Stan - appeal', 'Mon, 16 Nov 2026 10:10:10 -0500',
    body="""Marcus,

Kowalczyk, Stan called again re: the denied claim for his sleep study. He says the plan told him prior auth was not needed if it was a home study. Claim # 2026-88410337, DOS 09/22. Can you pull the plan doc language and let me know if we should help him file a level 1 appeal? He's pretty upset, third call.

Amy""")
# ======================= phi-self =======================
add('phi-self', 'Haskins',
    'Brian Haskins <bhaskins.cpa@gmail.com>', 'Claims Intake <claims@keystonewcins.com>',
    'Claim WC-26-004417 - still no payment for PT', 'Tue, 03 Nov 2026 22:41:57 -0500',
    body="""To whoever is handling my file this week since I can't get the same person twice,

I was hurt at work on August 14 (fell off the loading dock at Corbin Supply, right shoulder). My claim number is WC-26-004417. I have now gone to 14 physical therapy visits at Riverbend PT and they tell me NONE of them have been paid and they are going to start billing me directly. I was told by your adjuster Mr. Tilden in September that PT was approved for 24 visits.

I also have the MRI bill from Keystone Imaging ($2,140) that went to collections. I should not be getting collection calls for a work injury.

Please call me at 717-392-8850. I am trying to do my exercises and get back to work, I don't need this stress on top of it.

Brian Haskins
DOB 6/30/1979""")

add('phi-self', 'Nakamura',
    'Emi Nakamura <emi.nakamura@icloud.com>', 'Coordinator <studycoord@lakeviewmemoryresearch.org>',
    'can I still do the study?', 'Wed, 04 Nov 2026 07:12:33 -0800',
    body="""Hi Ms Delgado,

this is Emi from the memory study (I think my number is 1107?). I wanted to tell you before my next visit that my doctor started me on sertraline last week for my mood, 50mg. Does that mean I have to drop out? I really like being in the study and my husband says the drives to your office are the only time I get out lol.

Also my blood pressure cuff at home says 150/92 the last three mornings, not sure if you need that.

Thank you
Emi

Sent from my iPad""")

add('phi-self', 'Boateng',
    'Kwame Boateng <kboateng@protonmail.com>', 'HR Benefits <benefits@trellisgroup.com>',
    'FMLA - need to extend', 'Thu, 05 Nov 2026 12:03:44 -0500',
    cc='Lisa Monroe <lmonroe@trellisgroup.com>',
    body="""Hello,

I am currently on FMLA leave (started 10/12) after my kidney transplant. My nephrologist at Penn, Dr. Arora, wants me out until at least January 4 because of the rejection scare and the extra biopsy last week, I am back on higher prednisone. I have the updated certification form from her office, can I just email a scan of it to this address or does it have to go through the Lincoln portal?

Also please confirm my short term disability continues, my last check was short.

Thank you,
Kwame Boateng
Employee ID 20418""")

add('phi-self', 'Ferreira',
    'Ana Ferreira <anaferreira82@hotmail.com>', 'Lakeside Unified Health Services <healthservices@lakesideusd.org>',
    'Re: Immunization record needed for Lucas', 'Fri, 06 Nov 2026 20:30:15 -0800',
    body="""Hello,

Sorry for the delay, I attached a photo of the yellow card from Brazil. Lucas had all his vaccines there, he also had the MMR second dose at the clinic in Sao Paulo when he was 4. Does this count or does he need them again here? His pediatrician appointment is not until January (Dr. Sato at Kaiser) and I don't want him excluded from school.

Lucas Ferreira Costa, 2nd grade, Ms. Hill class. Birthday 03/19/2019.

Thank you very much,
Ana

On Wed, Nov 4, 2026 at 9:10 AM Lakeside Unified Health Services wrote:
> Dear Parent/Guardian,
> Our records show your student does not have a complete immunization record on file.
> Per state law, students without proof of required immunizations may be excluded
> from school beginning December 1. Please submit records to the school office.""")

add('phi-self', 'Delacroix',
    'Marguerite Delacroix <mdelacroix@sbcglobal.net>', 'Billing <billing@gentlehandshomehealth.com>',
    'Statement for my mother', 'Mon, 09 Nov 2026 09:44:00 -0600',
    html="""<div dir="ltr"><div>Good morning,</div><div><br></div><div>I received a bill for $1,860 for my mother, Yvette Delacroix, for the aide visits in September. I was told by your intake nurse that Medicare would cover the home health visits after her hip replacement and that the bath aide was included. Her Medicare number is 4TR9-KJ2-WM61 if you need it.</div><div><br></div><div>Could you please itemize what is not covered and why? She is 91 and on a fixed income and this was not explained to us.</div><div><br></div><div>Thank you,</div><div>Marguerite Delacroix (daughter, POA)</div><div>504-866-3127</div></div>""")

add('phi-self', 'Sato',
    'Kenji Sato <k.sato.runs@gmail.com>', 'Safety Office <safety@cascadelogistics.com>',
    'random test - I take a prescription', 'Tue, 10 Nov 2026 06:18:29 -0800',
    body="""Hi,

I was selected for the random drug test today. I just want to let someone know before the result comes back that I take Adderall, prescribed by Dr. Whelan for ADHD since 2019. I have the bottle with my name on it. Does the MRO call me or do I bring it to you?

Kenji Sato, driver #4471""")

add('phi-self', 'Galloway',
    'Teresa Galloway <tgalloway@msn.com>', 'Patient Support <help@amplifyhcp-support.com>',
    'Re: Re: missed call', 'Wed, 11 Nov 2026 14:51:06 -0500',
    body="""Yes this is the best number, 302-448-9105. My husband Ron is the patient, Ronald Galloway, DOB 1/8/1954. He started the Entresto in October and the pharmacy said our Part D plan put it in the coverage gap and the copay went to $612. Your nurse ambassador (Stephanie?) said there was a foundation we could apply to. We sent in the income form already.

Please call in the afternoon, mornings he has cardiac rehab.

Teresa

-----Original Message-----
From: Patient Support <help@amplifyhcp-support.com>
To: tgalloway@msn.com
Sent: Tue, Nov 10, 2026 4:02 pm
Subject: Re: missed call

Hello, we tried to reach you regarding your enrollment. Please confirm the best phone number to reach you.""")

# ======================= phi-lists =======================
add('phi-lists', 'Yilmaz',
    'Corinne Walsh <cwalsh@mapleridgehospice.org>', 'IDT <idt@mapleridgehospice.org>',
    'IDT agenda Wed 11/11', 'Tue, 10 Nov 2026 16:40:00 -0500',
    body="""IDT Wednesday 11/11, 9am, conf room B / Teams

Recerts due:
  Yilmaz, Erol         bp 3 ends 11/14   RN: Shauna   decline noted, PPS 40 -> 30
  Fairbanks, Lorraine  bp 2 ends 11/19   RN: Mike     stable, discuss live discharge?
  Oduya, Peter         bp 4 ends 11/20   RN: Shauna   new stage 3 coccyx

New admits since last IDT:
  Castillo, Rosa       adm 11/5   CHF   home, husband is CG
  Trent, Darnell       adm 11/8   lung ca   Brookfield ALF rm 214

Deaths:
  Hubbard, Alice       11/6   bereavement to Janice

Pls have visit notes signed before the meeting.
Corinne""")

add('phi-lists', 'Marsh',
    'Nurse Danielle Ortiz <dortiz@riverbendschools.net>', 'Principal Kevin Shaw <kshaw@riverbendschools.net>',
    'Kids with epi-pens for the field trip', 'Wed, 11 Nov 2026 10:22:18 -0600',
    body="""Kevin,

Here's the list for Friday's trip to the science center. Chaperones for these kids need to carry the pen and know how to use it, I'll do a 10 min training Thursday at 3:15 in the library.

| Student           | Grade | Allergy        | Med              | Chaperone   |
|-------------------|-------|----------------|------------------|-------------|
| Owen Marsh        | 5     | peanut         | EpiPen Jr        | Mr. Gold    |
| Priya Sandhu      | 5     | tree nut, egg  | Auvi-Q 0.15      | Ms. Lyle    |
| Jaxon Bell        | 4     | bee sting      | EpiPen Jr        | Mrs. Tran   |
| Lily Nwosu        | 4     | shellfish      | EpiPen 0.3       | Ms. Lyle    |

Also Mia Castro has type 1 diabetes, her CGM alarms to her mom's phone, she needs to eat at 11:30 no matter what. Her mom is chaperoning.

Danielle""")

add('phi-lists', 'Jaramillo',
    'County TB Program <tb.program@mesacountyhealth.org>', 'Lupe Serrano <lserrano@mesacountyhealth.org>',
    'contact list for index 26-TB-031', 'Thu, 12 Nov 2026 13:13:13 -0700',
    body="""Lupe - contacts from the Jaramillo household & work site. Pls prioritize the kids for window prophylaxis.

Name                 Rel        Age  Phone          TST/IGRA      Status
Jaramillo, Hector    index      47   970-241-6683   -             on RIPE since 11/2
Jaramillo, Silvia    spouse     44   970-241-6690   IGRA pos      CXR 11/13
Jaramillo, Mateo     son        6    (same)         TST 0mm       start window INH
Jaramillo, Eva       dau        3    (same)         pending       start window INH
Ortega, Ramon        coworker   52   970-250-1172   IGRA neg      retest 8 wks
Beck, Shane          coworker   29   970-433-0918   not reached   3 attempts

Index works at Grand Valley Ag Supply warehouse, employer contact is Denise in HR.
-- Ray""")

add('phi-lists', 'Hollister',
    'Quinn Avery <qavery@apexrxsolutions.com>', 'Prior Auth Team <pa-team@apexrxsolutions.com>',
    'PA queue - pending >5 days', 'Fri, 13 Nov 2026 09:07:41 -0600',
    html="""<html><head><style>td,th{border:1px solid #999;padding:3px 6px;font-family:Segoe UI;font-size:10pt}</style></head><body>
<p style="font-family:Segoe UI;font-size:10pt">Team, these are aging. Please work them before noon and update the notes column in Salesforce. Anything stuck on the prescriber side, escalate to the field reimbursement manager.</p>
<table style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Patient</th><th>DOB</th><th>Drug</th><th>Payer</th><th>Submitted</th><th>Status</th></tr>
<tr><td>Hollister, Janet</td><td>05/22/1966</td><td>Ocrevus</td><td>BCBS IL</td><td>11/04</td><td>Need MRI report</td></tr>
<tr><td>Dubois, Marcel</td><td>10/30/1971</td><td>Dupixent</td><td>Aetna</td><td>11/05</td><td>Peer-to-peer req</td></tr>
<tr><td>Keane, Fiona</td><td>01/17/1990</td><td>Skyrizi</td><td>Cigna</td><td>11/06</td><td>Step therapy doc missing</td></tr>
<tr><td>Abdi, Hodan</td><td>07/08/1983</td><td>Enbrel</td><td>Medicaid MCO</td><td>11/06</td><td>Faxed twice, no resp</td></tr>
</table>
<p style="font-family:Segoe UI;font-size:10pt">Quinn Avery<br>Access Team Lead</p>
</body></html>""")

add('phi-lists', 'Whitaker',
    'Marcy Lundgren <mlundgren@tricountyoccmed.com>', 'Jeff Paulsen <jpaulsen@beaconconstruction.com>',
    'DOT physicals and drug screens - week of 11/9', 'Fri, 13 Nov 2026 16:30:52 -0600',
    body="""Jeff,

Results for your guys from this week:

* Troy Whitaker - DOT physical: 1-year card (BP 148/94, needs recheck in 12 months). UDS negative.
* Luis Ocampo - DOT physical: 2-year card. UDS negative.
* Brandon Kell - UDS: dilute negative, per your policy he needs a recollect, can come any day this week 7-4.
* Sam Okonkwo - hearing test shows a standard threshold shift in left ear, we'll send the letter, please make sure he's wearing plugs.
* Derek Pratt - DOT physical: deferred, waiting on sleep study results from his PCP.

Invoice will come separately.

Marcy
Tri-County Occupational Medicine""")

add('phi-lists', 'Svensson',
    'Ridgeway Funeral Home <office@ridgewayfh.com>', 'Vital Records <vitalrecords@clarkcounty.example.gov>',
    'Death certificates pending physician signature', 'Mon, 16 Nov 2026 08:55:12 -0800',
    body="""Good morning,

We still have the following in EDRS waiting on the certifier. Families are asking daily. Could your office nudge the physicians or let us know if we should refer to the ME?

1. Harold Svensson, DOD 10/29/2026 - certifier Dr. L. Moreau (Vancouver Clinic) - pending since 11/2
2. Betty Ann Kroll, DOD 11/01/2026 - certifier Dr. P. Singh (hospice attending) - pending since 11/4
3. Reginald Otis, DOD 11/03/2026 - certifier Dr. A. Baptiste - returned by her office, says she didn't see him in the last 20 months

Thank you,
Caroline Webb
Ridgeway Funeral Home""")

add('phi-lists', 'Farouk',
    'Gina Tolliver <gtolliver@ironwoodcrc.com>', 'Patrick Mendes <pmendes@ironwoodcrc.com>',
    'screening log update', 'Tue, 17 Nov 2026 12:00:04 -0500',
    body="""Pat, pasting from the screening log so you have it before the sponsor call:

Scr#	Initials	Name	Screened	Outcome	Reason
S-041	AF	Amira Farouk	10/27	Screen fail	HbA1c 11.2, above limit
S-042	DL	Dennis Lowry	10/29	Randomized	-
S-043	MJ	Marcy Jansen	11/02	Screen fail	eGFR 38
S-044	TW	Terrence Wu	11/05	Pending	waiting on echo
S-045	RB	Rosa Benitez	11/09	Withdrew consent	-

I know we're supposed to only send initials outside the site, this is just for you, don't forward.

Gina""")
# ======================= phi-struct =======================
VXU = ("MSH|^~\\&|ECW|WESTFIELDPEDS^1234567890^NPI|IIS|STATEIIS|20261102101455||VXU^V04^VXU_V04|WP20261102101455118|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r"
"PID|1||WP0048812^^^WESTFIELDPEDS^MR||Alcott^Benjamin^James^^^^L|Alcott^Sarah^^^^^M|20250614|M||2106-3^White^CDCREC|77 Orchard Ln^^Westfield^MA^01085^USA^H||^PRN^PH^^^413^5620094|||||||||2186-5^Not Hispanic^CDCREC\r"
"PD1|||||||||||02^Reminder/recall - any method^HL70215|N|20261102|||A|20250614|20261102\r"
"NK1|1|Alcott^Sarah^^^^^L|MTH^Mother^HL70063|77 Orchard Ln^^Westfield^MA^01085^USA^H|^PRN^PH^^^413^5620094\r"
"ORC|RE||WP55190^WESTFIELDPEDS|||||||||1518920673^Haddad^Nadia^^^^^^NPI^L\r"
"RXA|0|1|20261102|20261102|20^DTaP^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001||||||U8421AA||SKB^GlaxoSmithKline^MVX|||CP|A\r"
"RXR|C28161^Intramuscular^NCIT|RT^Right Thigh^HL70163\r"
"OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||20261102|||VXC40^per immunization^CDCPHINVS\r")
ACK = ("MSH|^~\\&|STATEIIS|STATEIIS|ECW|WESTFIELDPEDS|20261102101502||ACK^V04^ACK|IIS88120931|P|2.5.1\r"
"MSA|AE|WP20261102101455118\r"
"ERR||RXA^1^15|103^Table value not found^HL70357|W|||Lot number U8421AA not found in VFC inventory for this provider\r")
add('phi-struct', 'Alcott',
    'MIIS Help Desk <miis.helpdesk@state.example.us>', 'Nadia Haddad <nhaddad@westfieldpeds.com>',
    'RE: [Ticket 448120] VXU rejected - lot number', 'Tue, 03 Nov 2026 11:25:40 -0500',
    body="""Hi Dr. Haddad,

The attached message was accepted with a warning (AE). The dose is recorded on the patient's record but flagged because lot U8421AA is not in your VFC inventory in the registry. Please reconcile the lot in the Vaccine Management module and resubmit an update (RXA-21 = U), or correct the lot number if it was mistyped in the EHR. Both the original VXU and our ACK are attached.

Thank you,
Registry Help Desk
Ticket 448120

-----Original Message-----
From: Nadia Haddad
Sent: Monday, November 2, 2026 4:55 PM
Subject: VXU rejected - lot number

Our interface log shows an error for a DTaP we gave this morning. Can you tell me what's wrong?""",
    atts=[attach('WP20261102101455118.hl7', 'application/octet-stream', VXU.replace('\r', '\r\n')),
          attach('ACK_IIS88120931.hl7', 'application/octet-stream', ACK.replace('\r', '\r\n'))])

add('phi-struct', 'Rosales',
    'ELR Onboarding <elr.onboarding@health.state.example.us>', 'Interface Team <lis-interfaces@tristatelabs.com>',
    'ELR errors overnight - OBX-5 coding', 'Wed, 04 Nov 2026 08:15:02 -0600',
    body="""Team,

Three of last night's messages hit the error queue because OBX-5 for the SARS-CoV-2/Flu panel came through as free text instead of SNOMED. Example below (one of the three). Please fix the mapping and resend; we can't auto-assign these to the county for follow-up while they're in error.

MSH|^~\\&|TRISTATE_LIS|TRISTATE^36D0987654^CLIA|ELR|STATEDOH|20261103231904||ORU^R01^ORU_R01|TS000918273|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO
SFT|Orchard Software|12.1|Harvest LIS|12.1.4
PID|1||3390217^^^TRISTATE^MR||Rosales^Maria^Elena||19580211|F|||1409 Vine St^^Lubbock^TX^79401^USA||^PRN^PH^^^806^7442981
ORC|RE|A88211|26-3119084|||||||||1730455129^Kim^Daniel^^^^^^NPI
OBR|1|A88211|26-3119084|95941-1^Influenza virus A and B and SARS-CoV-2 and RSV panel^LN|||20261103142200|||||||||1730455129^Kim^Daniel||||||20261103225500|||F
OBX|1|CWE|94500-6^SARS-CoV-2 RNA Resp Ql NAA+probe^LN||DETECTED||||||F|||20261103142200|||||20261103225500
OBX|2|CWE|92142-9^Influenza virus A RNA Resp Ql NAA+probe^LN||NOT DETECTED||||||F|||20261103142200
SPM|1|^26-3119084||258500001^Nasopharyngeal swab^SCT|||||||||||||20261103142200

Expected OBX-5: 260373001^Detected^SCT / 260415000^Not detected^SCT

Ops desk 512-555-0170.
Chris Odum
ELR Onboarding, Epidemiology & Lab Data Exchange""")

X837 = """ISA*00*          *00*          *ZZ*HOMECAREPLUS   *ZZ*MEDICAREJ15    *261105*1422*^*00501*000004117*0*P*:~
GS*HC*HOMECAREPLUS*MEDICAREJ15*20261105*1422*4117*X*005010X223A2~
ST*837*0001*005010X223A2~
BHT*0019*00*HCP4117*20261105*1422*CH~
NM1*41*2*HOMECARE PLUS OF OHIO*****46*HCP0099~
PER*IC*BILLING DEPT*TE*6143301140~
NM1*40*2*CGS ADMINISTRATORS*****46*15004~
HL*1**20*1~
NM1*85*2*HOMECARE PLUS OF OHIO*****XX*1467788201~
N3*880 KINNEAR RD~
N4*COLUMBUS*OH*432121450~
REF*EI*311998204~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*KESSLER*DOROTHY*A***MI*6QP4RT8YN22~
N3*51 CHERRY HILL CT~
N4*WORTHINGTON*OH*43085~
DMG*D8*19410309*F~
NM1*PR*2*MEDICARE A*****PI*15004~
CLM*HCP26-118830*3412.55***32:A:7**A*Y*Y~
DTP*434*RD8*20261001-20261030~
CL1*3*1*30~
HI*ABK:S72141D~
HI*BH:11:D8:20260928~
NM1*71*1*BROOKS*ELAINE****XX*1992837465~
LX*1~
SV2*0023*HC:1DC31*0*UN*0~
DTP*472*D8*20261001~
LX*2~
SV2*0551*HC:G0299*1104.20*UN*8~
LX*3~
SV2*0421*HC:G0151*1780.35*UN*11~
LX*4~
SV2*0571*HC:G0156*528.00*UN*6~
SE*36*0001~
GE*1*4117~
IEA*1*000004117~
"""
add('phi-struct', 'Kessler',
    'Ron Albright <ralbright@homecareplusohio.com>', 'EDI Support <edisupport@clearpathclearinghouse.com>',
    'rejected 837I batch 4117 - please look', 'Thu, 05 Nov 2026 14:40:09 -0500',
    body="""Hi,

Batch 4117 came back with a 999 reject for the one claim in it and I can't tell what is wrong, the 277CA just says "A7:562". I'm attaching the file exactly as we sent it. It's a 30-day period for one of our Medicare patients, SOC was 9/28. Can someone tell me which segment is the issue? We need this out before the end of the month.

Thanks,
Ron Albright
Billing Specialist, HomeCare Plus of Ohio
614-330-1140""",
    atts=[attach('HCP_837I_4117.x12', 'text/plain', X837, cte='7bit', charset='us-ascii')])

X835 = """ISA*00*          *00*          *ZZ*AETNA          *ZZ*HAVENHOSPICE   *261109*0600*^*00501*000991203*0*P*:~
GS*HP*AETNA*HAVENHOSPICE*20261109*0600*991203*X*005010X221A1~
ST*835*0001~
BPR*I*8123.40*C*ACH*CCP*01*041000124*DA*11229870*1066033492**01*071000013*DA*55310912*20261110~
TRN*1*88201944*1066033492~
N1*PR*AETNA BETTER HEALTH~
N1*PE*HAVEN HOSPICE OF THE LAKES*XX*1326670911~
LX*1~
CLP*HHL-26-0441*1*9011.00*8123.40*0*MC*2026301118420*81*1~
NM1*QC*1*PRZYBYLSKI*WALTER*J***MI*W882047719~
NM1*82*2*HAVEN HOSPICE OF THE LAKES*****XX*1326670911~
DTM*232*20261001~
DTM*233*20261031~
SVC*NU:0651*7566.00*6812.30**29~
DTM*472*20261001~
CAS*CO*45*753.70~
SVC*NU:0652*1445.00*1311.10**1~
DTM*472*20261017~
CAS*CO*45*133.90~
SE*18*0001~
GE*1*991203~
IEA*1*000991203~
"""
add('phi-struct', 'Przybylski',
    'Lena Harwick <lharwick@havenhospicelakes.org>', 'Tom Varga <tvarga@havenhospicelakes.org>',
    'October remit for Walter P.', 'Tue, 10 Nov 2026 10:20:44 -0500',
    body="""Tom - the Aetna remit for Walter's October claim came in. They paid 8,123.40, the rest is contractual so no patient resp. The one continuous home care day (10/17) got paid, so the documentation must have been OK this time. Zipped 835 attached, password is the usual. Please post it today so the AR report is clean for Friday.

Lena""",
    atts=[zipped('remit_991203.zip', 'AETNA_835_991203.txt', X835)])

add('phi-struct', 'Nguyen',
    'Hoa Tran <htran@brightpathspecialty.com>', 'Benefits Verification <bv@brightpathspecialty.com>',
    'FW: 271 says inactive - Nguyen, Thanh', 'Wed, 11 Nov 2026 15:02:33 -0600',
    body="""BV team,

Eligibility came back inactive for this patient but he says he has the same card as last month. Pasting the raw 271. Looks like the plan termed 10/31. Can someone call UHC and check if there's a new plan under his wife, and hold the Xolair shipment until we know.

ST*271*0001*005010X279A1~
BHT*0022*11*BPS2611110921*20261111*1458~
HL*1**20*1~
NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~
HL*2*1*21*1~
NM1*1P*2*BRIGHTPATH SPECIALTY PHARMACY*****XX*1588302211~
HL*3*2*22*0~
TRN*2*BPS2611110921*9BRIGHTPTH~
NM1*IL*1*NGUYEN*THANH*V***MI*918422670~
N3*4419 BELLAIRE BLVD APT 12~
N4*HOUSTON*TX*77401~
DMG*D8*19760822*M~
DTP*346*D8*20260101~
EB*6**30**CHOICE PLUS~
DTP*347*D8*20261031~
MSG*COVERAGE TERMINATED~
SE*15*0001~

Thanks,
Hoa""")

CSV_DISP = """fill_date,rx_number,patient_last,patient_first,dob,drug,ndc,qty,days_supply,copay,ship_method,tracking
2026-11-02,8820014,Albrecht,Nina,1971-04-03,Enbrel SureClick 50mg/mL,58406-0445-04,4,28,0.00,FedEx PO,771122983301
2026-11-02,8820015,Mukherjee,Arjun,1985-12-19,Stelara 90mg/mL PFS,57894-0061-03,1,56,5.00,FedEx PO,771122983312
2026-11-03,8820021,Fontaine,Claude,1960-07-27,Ibrance 125mg cap,00069-0189-21,21,28,0.00,UPS 2D,1Z88W4410291877014
2026-11-03,8820022,Reyes,Gloria,1949-01-30,Eliquis 5mg tab,00003-0894-21,60,30,47.00,Courier,-
2026-11-04,8820030,Okoro,Chidi,1992-09-11,Biktarvy 50/200/25,61958-2501-01,30,30,0.00,FedEx PO,771122990045
"""
add('phi-struct', 'Albrecht',
    'Reporting <reports@cardinalcrestrx.com>', 'Kate Yoon <kyoon@cardinalcrestrx.com>',
    'Daily dispense report 11/02-11/04', 'Thu, 05 Nov 2026 06:00:01 -0500',
    body="""Automated report from PioneerRx. Attached: dispense detail for 11/02/2026 - 11/04/2026 (5 rows).

Do not reply to this message.""",
    atts=[attach('dispense_detail_20261102_20261104.csv', 'text/csv', CSV_DISP)])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-11-12T14:03:22-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "stu-882019",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7724.1", "value": "IIS-3301947"}],
        "name": [{"family": "Okeke", "given": ["Chiamaka", "Grace"]}],
        "gender": "female",
        "birthDate": "2012-03-08",
        "address": [{"line": ["1520 Harlan Ave"], "city": "Silver Spring", "state": "MD", "postalCode": "20910"}]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
        "patient": {"reference": "Patient/stu-882019"},
        "occurrenceDateTime": "2023-08-21"
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "114", "display": "MenACWY"}]},
        "patient": {"reference": "Patient/stu-882019"},
        "occurrenceDateTime": "2023-08-21"
      }
    },
    {
      "resource": {
        "resourceType": "ImmunizationRecommendation",
        "patient": {"reference": "Patient/stu-882019"},
        "recommendation": [{"vaccineCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "165", "display": "HPV9"}]}],
                            "forecastStatus": {"text": "Overdue"}, "dateCriterion": [{"value": "2025-03-08"}]}]
      }
    }
  ]
}
"""
add('phi-struct', 'Okeke',
    'Rachel Birnbaum <rbirnbaum@mcpsnurses.org>', 'Tech Support <schoolhealth-it@mcpsnurses.org>',
    'registry query output looks weird?', 'Thu, 12 Nov 2026 14:20:55 -0500',
    body="""Hi,

When I query the state registry from the new school health module for one of my 8th graders (Chiamaka Okeke) I get this json file instead of the nice printable certificate we used to get. Is this expected? I just need to verify her 7th grade shots for the compliance report. Attaching what it gave me.

Rachel Birnbaum, RN
Eastern Middle School Health Room""",
    atts=[attach('immunization_query_result.json', 'application/json', FHIR)])

INNER_FAX = """From: RightFax Server <rightfax@summitoccmed.com>
To: Dana Whitlock <dwhitlock@granitemutualins.com>
Subject: Fax received from 6035550148 (4 pages)
Date: Fri, 13 Nov 2026 15:44:10 -0500
Message-ID: <rf.20261113154410.7731@summitoccmed.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

=================== FAX COVER SHEET ===================
SUMMIT OCCUPATIONAL MEDICINE - CONCORD
12 Loudon Rd, Concord NH 03301   Ph 603-225-8100

DATE:     11/13/2026
TO:       Dana Whitlock, Granite Mutual - WC Claims
FAX:      603-555-0148
FROM:     Amber Greeley, Case Mgmt
PAGES:    4 (incl. cover)

RE:  Claimant: LABRECQUE, DENISE M
     DOB: 08/02/1977
     Claim #: GM-WC-2026-10382
     DOI: 09/18/2026
     Employer: Merrimack Valley Textiles

[X] Work status report (Form 90)   [X] Office note 11/12/26
[ ] Rx                              [X] PT referral

Comments: Pt seen 11/12, remains on restricted duty, PT 2x/wk x 4 wks
ordered. Please authorize PT so scheduling can proceed.

CONFIDENTIALITY NOTICE: This facsimile contains confidential information
intended only for the addressee. If received in error call 603-225-8100.
"""
add('phi-struct', 'Labrecque',
    'Dana Whitlock <dwhitlock@granitemutualins.com>', 'Mike Faucher <mfaucher@granitemutualins.com>',
    'FW: Fax received from 6035550148 (4 pages)', 'Mon, 16 Nov 2026 08:31:17 -0500',
    body="""Mike - you're covering my desk while I'm out, this one needs the PT auth today. Cover sheet is forwarded, the 3 pages of notes are in the claim file.

D.""",
    atts=[rfc822(INNER_FAX)])
# ======================= phi-ids =======================
add('phi-ids', '',
    'Kim Alder <kalder@northstarhomehealth.com>', 'Intake <intake@northstarhomehealth.com>',
    'MRN 00481277', 'Tue, 03 Nov 2026 13:01:44 -0600',
    body="""MRN 00481277 - SOC pushed to Thurs, pt still inpatient. PT/OT eval same day. Referral #RF-22918.
K""")

add('phi-ids', '',
    'Devon Marsh <dmarsh@copaybridge.org>', 'Enrollment <enrollment@copaybridge.org>',
    'reprocess', 'Wed, 04 Nov 2026 10:44:21 -0500',
    body="""Please reprocess claim 55192-0447-88 for member CB00918244. Pharmacy resubmitted with correct NDC (Otezla 30mg). DOS 10/28/26, OOP 1,180.00.""")

add('phi-ids', 'Gutierrez',
    'Sgt. R. Lyle, Investigator <rlyle@coronerdistrict3.example.gov>', 'Histology Lab <histo@regionalpathology.org>',
    'Case ME26-0712', 'Thu, 05 Nov 2026 16:22:00 -0700',
    body="""Case ME26-0712 / Gutierrez
DOD 11/1/26, autopsy 11/3.
Need tox panel (comprehensive + vitreous) expedited. Specimens in fridge 2, bag 2 of 3.
Hospital MRN from Valley Med for the ER records: VM8830192.
Thx - Lyle""")

add('phi-ids', '',
    'Trial Ops <trialops@crescentcro.com>', 'Site 112 Coordinator <site112@pacificheartinstitute.org>',
    'Query 4471 - Subject 112-0031', 'Fri, 06 Nov 2026 09:00:03 +0000',
    body="""Site 112,

Data query 4471 opened on Subject 112-0031, Visit 6 (Week 24), form LAB-CHEM:
  Potassium reported 6.8 mmol/L on 19-OCT-2026; no corresponding AE entered.
  Please confirm value against source and either enter AE or document as lab error / hemolyzed sample.

DOB on file for this subject: 14-FEB-1952. Initials: R.T.

Please respond in EDC within 5 business days.

Crescent CRO Data Management""")

add('phi-ids', 'Eastman',
    'Adjuster Mobile <noreply@ridgelinecasualty.com>', 'Jared Holm <jholm@ridgelinecasualty.com>',
    'Task: bill review WC-883120', 'Mon, 09 Nov 2026 07:00:00 -0600',
    body="""TASK ASSIGNED
Claim: WC-883120    Claimant: EASTMAN, L
SSN: ***-**-4471   DOB: 1988-05-30
Provider: Lakeview Ortho Surgery Center
Bill: $18,402.00   CPT 29881, 29876   DOS 10/21/2026
Action: route to bill review, check fee schedule
Due: 11/11/2026""")

add('phi-ids', '',
    'Joy Kettering <jkettering@stmarkshospice.org>', 'Pharmacy Services <orders@hospicerxpartners.com>',
    'pt ID 20931 comfort kit', 'Tue, 10 Nov 2026 21:48:37 -0500',
    body="""Patient ID 20931 (St Mark's) - please deliver comfort kit tonight if possible, morphine concentrate 20mg/mL 30mL, lorazepam 0.5mg #20, haloperidol 2mg/mL, atropine 1% drops. Address on profile. Family will be home all night. Dr. Yates order faxed 21:40.
Joy RN on call 919-402-6611""")

add('phi-ids', 'Ivanova',
    'Accounts Receivable <ar@clearwaterlabs.com>', 'svetlana.ivanova@gmail.com',
    'Statement 6641902 - balance due', 'Wed, 11 Nov 2026 08:00:00 -0500',
    html="""<html><body style="font-family:Verdana;font-size:12px">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#004a7c;color:#fff;padding:8px"><b>Clearwater Laboratories</b></td></tr>
<tr><td style="padding:10px">
<p>Statement date: 11/11/2026<br>Account: 6641902<br>Patient: IVANOVA, SVETLANA<br>Date of service: 09/30/2026<br>Referring: Harbor Women's Health</p>
<p>Amount due: <b>$243.18</b> (insurance paid $96.40, applied to deductible $243.18)</p>
<p><a href="https://pay.clearwaterlabs.example/acct">Pay online</a> or call 1-800-555-0123.</p>
</td></tr></table></body></html>""")

# ======================= phi-lang =======================
add('phi-lang', 'Marroquín',
    'Yesenia Duarte <yduarte@valleyhomecare.org>', 'Familia Marroquín <rosamarroquin62@gmail.com>',
    'Cita de la enfermera - Sr. Marroquín', 'Tue, 03 Nov 2026 15:10:33 -0700',
    charset='iso-8859-1', cte='quoted-printable',
    body="""Buenas tardes Sra. Rosa,

Le escribo de Valley Home Care. La enfermera Patricia va a visitar a su esposo, Don Efraín Marroquín, este jueves 5 de noviembre a las 10:00 de la mañana para cambiarle la sonda y revisar la herida del pie. Por favor tenga listas las medicinas que está tomando, incluyendo la insulina, para revisarlas con ella.

Si necesita cambiar la cita, llámeme al 520-881-4420.

Saludos cordiales,
Yesenia Duarte
Coordinadora de Servicios""")

add('phi-lang', 'Trần',
    'Trần Thị Mai <maitran.1965@yahoo.com>', 'Patient Support Vietnamese Line <hotro@clarityaccessprogram.com>',
    'Hỏi về thuốc của ba tôi', 'Wed, 04 Nov 2026 19:33:02 -0800', cte='base64',
    body="""Chào chị,

Tôi là Mai, con gái của ông Trần Văn Lộc (ngày sinh 12/04/1948). Ba tôi đang dùng thuốc Tagrisso mà bác sĩ Lê ở City of Hope kê toa. Tháng này nhà thuốc nói bảo hiểm không trả nữa và giá là hơn 17 ngàn đô. Chương trình của chị có giúp được không? Ba tôi có Medicare và Medi-Cal.

Số điện thoại của tôi: 626-288-4190.

Cám ơn chị nhiều.
Mai""")

add('phi-lang', 'Joseph',
    'Nadège Pierre-Louis <npierrelouis@miamidadehealth.example.gov>', 'Wilner Joseph <wilnerjoseph305@gmail.com>',
    'Rezilta tès ak randevou', 'Thu, 05 Nov 2026 11:40:19 -0500',
    body="""Bonjou Mesye Joseph,

Se Nadège Pierre-Louis, mwen travay nan Depatman Lasante a. Nou resevwa rezilta tès san ou te fè 28 oktòb la nan klinik Little Haiti a. Nou bezwen pale avè w an pèsòn pou tès la, li enpòtan anpil. Mwen fè yon randevou pou ou lendi 9 novanm a 2è nan apremidi, 300 NE 80th Terrace.

Pa enkyete w, tretman an gratis. Si ou pa ka vini, rele m 305-324-2400 ext 5518.

Mèsi,
Nadège
Disease Intervention Specialist""")

add('phi-lang', 'Santos',
    'Rosalinda Bautista <rbautista@caringhandshospice.com>', 'Liza Santos-Reyes <lizasreyes@gmail.com>',
    'Re: si Tatay', 'Fri, 06 Nov 2026 08:25:47 -0700',
    body="""Hi Liza,

Na-receive ko na yung message mo. Okay lang po, normal lang na hindi na masyadong kumakain si Tatay (Mr. Eduardo Santos), part yan ng process. Yung nurse namin na si Grace will come today around 1pm para i-check yung breathing niya at i-adjust yung morphine kung kailangan. Pwede mo siyang bigyan ng konting ice chips or basain lang yung lips niya.

Kung may emergency tonight, tawag ka sa 24-hour line 702-631-8800, huwag na sa 911.

Ingat po kayo,
Rosa B., RN Case Manager

On Thu, Nov 5, 2026 at 10:02 PM Liza Santos-Reyes wrote:
> Ate Rosa, si Tatay hindi na kumakain since kahapon, konting tubig lang. Should I be worried? Sorry late na.""")

add('phi-lang', 'Kowalska',
    'Agnieszka Kowalska <a.kowalska@wp.pl>', 'Lakeshore Occupational Health <occhealth@lakeshoremfg.com>',
    'zwolnienie lekarskie / sick note', 'Mon, 09 Nov 2026 06:55:12 -0600',
    charset='iso-8859-2', cte='quoted-printable',
    body="""Dzień dobry,

piszę w sprawie mojego zwolnienia. Byłam u lekarza w piątek (dr Nowicki, Advocate Clinic), mam zapalenie ścięgna w prawym nadgarstku od pracy na linii pakowania. Lekarz dał mi szynę i zalecił 2 tygodnie bez pracy ręką. Załączam zdjęcie zaświadczenia.

Sorry my English not so good - I have doctor note for 2 weeks, right wrist, from work on packing line. Please tell me if I need to come to your clinic.

Agnieszka Kowalska
Badge 7732, 1st shift""")

add('phi-lang', 'Warsame',
    'Hodan Ali <hali@cedarcountyhealth.org>', 'Farhiya Warsame <farhiya.warsame@gmail.com>',
    'Tallaalka Ayaan', 'Tue, 10 Nov 2026 12:12:12 -0600',
    body="""Salaan Farhiya,

Waxaan ka soo wacayaa Waaxda Caafimaadka Degmada Cedar. Gabadhaada Ayaan Warsame (dhalashada 04/02/2021) waxay u baahan tahay tallaalka MMR-ka labaad iyo varicella ka hor 1da Diseembar si ay dugsiga ugu sii jirto. Waxaan kuu qabannay ballan Khamiista 12ka Nofeembar saacadda 4:30 galabnimo, xarunta caafimaadka ee 1420 Lake St.

Fadlan keen kaarka tallaalka. Haddii aad su'aal qabto, ii soo wac 612-348-7790.

Mahadsanid,
Hodan Ali, Community Health Worker""")

add('phi-lang', 'Zhou',
    'Dr. Helen Zhou <hzhou@lotuspeds.com>', 'Clinic Nurses <nurses@lotuspeds.com>',
    'FW: 周小宝 fever', 'Wed, 11 Nov 2026 09:34:29 -0800', cte='base64',
    body="""Nurses - pls call mom back this morning, Mandarin. Sounds like ER precautions + same-day visit if still febrile. He's 9 months, chart is under Zhou, Kevin.

-----Original Message-----
From: 林美华 <meihua.lin88@163.com>
Sent: Wednesday, November 11, 2026 2:51 AM
To: Dr. Helen Zhou
Subject: 周小宝 fever

周医生您好，我是周凯文（Kevin Zhou）的妈妈。宝宝从昨天晚上开始发烧，最高39.4度，吃了泰诺林以后降到38度，但是现在又升上去了。他不太想吃奶，尿布比平时少。需要今天带他来看吗？还是直接去急诊？谢谢您。
林美华 手机 415-630-2291""")

add('phi-lang', 'Andrade',
    'Claudia Andrade <claudia.andrade@terra.com.br>', 'Global Support <support@nextstepclinicaltrials.com>',
    'Participante do estudo - viagem', 'Thu, 12 Nov 2026 17:45:00 -0300',
    charset='windows-1252', cte='quoted-printable',
    body="""Olá,

Meu marido, José Carlos Andrade, participa do estudo de insuficiência cardíaca no centro de Porto Alegre (número do participante 0447-019). Vamos viajar para os EUA em dezembro por três semanas para visitar nossa filha. Ele pode levar os comprimidos do estudo na mala? A coordenadora, Fernanda, disse que precisa de uma carta do médico para a alfândega.

A próxima visita dele está marcada para 8 de janeiro, com o exame de sangue e o ecocardiograma.

Obrigada,
Claudia Andrade""")
# ======================= clean-staff =======================
add('clean-staff', '',
    'Renee Battaglia <rbattaglia@lakeshorehomecare.org>', 'Field Nurses <fieldrn@lakeshorehomecare.org>',
    'mileage + the new tablets', 'Fri, 06 Nov 2026 18:05:22 -0600',
    body="""Hi all,

Two things before the weekend:

1. Mileage logs for October are due Monday by noon. Sherry in payroll says about half of us are still doing them on paper, please use the form in the app, it's faster for everyone.
2. The new Samsung tablets are in. Swap your old one at the office any day next week between 8 and 10. Make sure all visit notes are synced BEFORE you bring it in or you'll lose them, ask me how I know :)

Also, somebody left a very nice thermos in the supply room, blue with a sticker of a cat on it.

Renee""")

add('clean-staff', '',
    'Leon Grady <lgrady@pinecrestrx.com>', 'Pharmacy Ops <pharmops@pinecrestrx.com>',
    'RE: fridge 2 temp excursion last night', 'Sat, 07 Nov 2026 07:48:11 -0500',
    body="""Update: fridge 2 alarm went off at 02:14, peaked at 9.6C for about 40 minutes per the data logger, then recovered after the compressor restarted. I moved everything to fridge 4 at 06:30 and quarantined the stock. Tagged it all DO NOT DISPENSE until we hear back from the manufacturers on the stability data.

Approx. inventory affected: 38 cartons, mostly biologics, list is on the clipboard and in the shared drive under /QA/excursions/2026-11-07.

Facilities is sending a tech Monday. Until then nobody uses fridge 2.

Leon Grady, PharmD
Pharmacy Operations Manager

> From: Temp Monitor <alerts@sensitrack.io>
> Sent: Saturday, November 7, 2026 2:15 AM
> Subject: ALARM - Pinecrest - Refrigerator 2 - HIGH 8.1C""")

add('clean-staff', '',
    'Marisol Tate <mtate@northbridgeresearch.com>', 'Research Coordinators <crc-all@northbridgeresearch.com>',
    'Enrollment is way up - thank you!', 'Tue, 10 Nov 2026 12:30:00 -0500',
    body="""Team,

Just got off the call with the sponsor for the AF study. We are now #2 of 41 US sites for randomization (17 randomized, 6 in screening), and our screen fail rate dropped from 48% to 31% since we started pre-screening labs at the cardiology clinic. They specifically called out how clean our source docs were at the last monitoring visit.

Pizza Friday is on me. Also - the monitor is back Dec 8-9, please have all open queries closed by Dec 4.

Marisol""")

add('clean-staff', '',
    'Jodie Kwan <jkwan@halvorsenfoods.com>', 'OHS Staff <ohs-staff@halvorsenfoods.com>',
    'flu shot clinic numbers', 'Thu, 12 Nov 2026 15:15:15 -0600',
    body="""Final count from the three plant flu clinics:
Millbrook 412, Eastgate 288, Corliss 156 = 856 total, up from 701 last year.
Only 3 vaccine doses wasted (one dropped vial, two drawn-up doses no-shows at the end of 3rd shift).

Thanks to everyone who came in at 5am for the night shift crowd. Leftover supply goes back to the distributor Monday.

Jodie""")

add('clean-staff', '',
    'Ivan Sokol <isokol@brightwaterfuneral.com>', 'Deb Hollis <dhollis@brightwaterfuneral.com>',
    'Re: prep room', 'Mon, 16 Nov 2026 09:02:44 -0600',
    body="""Ordered the formaldehyde monitoring badges, they come Thursday. OSHA guy said our last readings were fine but we need to redo them since we changed the ventilation.

Also the removal van is due for its oil change and the cot latch is sticking again. I'll take it to Gary's after lunch unless we get a call.

Ivan

On Sun, Nov 15, 2026 at 8:40 PM Deb Hollis wrote:
> Can you make sure we're stocked on everything in the prep room before the week gets busy?""")

add('clean-staff', '',
    'Merritt Fontenot <mfontenot@health.state.example.us>', 'Region 4 Epi <epi.d4@health.state.example.us>',
    'Weekend on-call swap + pertussis investigations', 'Wed, 18 Nov 2026 16:50:31 -0600',
    body="""Hi all,

I'll take the on-call phone this weekend for Tasha (family thing). Tasha will take Dec 12-13 for me.

FYI we're at 9 open pertussis investigations in the region, 6 of them linked to the same daycare cluster. Nothing new needs doing tonight, I've got the daycare letters drafted and Dr. Broussard signed off. I'll send the weekly line list to the state Friday as usual through the secure folder, not email.

Merritt""")

add('clean-staff', '',
    'Lisa Arbogast <larbogast@cedarviewschools.org>', 'District Nurses <nurses@cedarviewschools.org>',
    'sub nurse coverage next week??', 'Thu, 19 Nov 2026 20:11:09 -0500',
    body="""Anyone have a lead on a sub? I'm out Mon-Tues for jury duty (yes, again, second time in 3 years) and the agency says they have nobody. I've got 3 kids with daily meds and one with a G-tube feed at lunch, all the plans are in the binder on my desk and in the front office.

If no sub, Mrs. Dyer in the office is trained for the oral meds but NOT the g-tube, so I need a nurse for 30 min at noon both days.

Thanks friends,
Lisa""")
# ======================= clean-admin =======================
add('clean-admin', '',
    'Trellis Group Benefits <benefits@trellisgroup.com>', 'All Employees <all-staff@trellisgroup.com>',
    'Open Enrollment closes Friday 11/20 - action required', 'Mon, 16 Nov 2026 08:00:00 -0500',
    html="""<html><head><style>
body{font-family:'Segoe UI',Arial,sans-serif;color:#333}
h2{color:#2a6f4e}
table.plans{border-collapse:collapse}table.plans td,table.plans th{border:1px solid #bbb;padding:5px 10px;font-size:13px}
.disc{font-size:10px;color:#888}
</style></head><body>
<h2>2027 Open Enrollment - last week!</h2>
<p>Open Enrollment ends <b>Friday, November 20 at 5:00 PM ET</b>. If you do nothing, your current medical, dental and vision elections roll over, but your <b>FSA and HSA elections do not</b>.</p>
<table class="plans">
<tr><th>Plan</th><th>Employee only (per paycheck)</th><th>Employee + family</th><th>Deductible</th></tr>
<tr><td>PPO 500</td><td>$94.10</td><td>$312.88</td><td>$500 / $1,000</td></tr>
<tr><td>HDHP w/ HSA</td><td>$41.25</td><td>$148.60</td><td>$1,700 / $3,400</td></tr>
<tr><td>Dental Plus</td><td>$8.40</td><td>$29.15</td><td>$50</td></tr>
</table>
<p>New this year: Spring Health (8 free therapy sessions per family member), Hinge Health for back and joint pain, and the fertility benefit now includes adoption reimbursement up to $10,000.</p>
<p>Questions? Join a drop-in session Wednesday at noon or e-mail benefits@trellisgroup.com. Please don't send medical documentation to this address; use the Lincoln portal for leave and disability paperwork.</p>
<p class="disc">This communication is a summary only. Plan documents govern. Trellis Group, 1200 Market St, Philadelphia PA.</p>
</body></html>""")

add('clean-admin', '',
    'IT Service Desk <servicedesk@mesacountyhealth.org>', 'All MCHD Staff <allstaff@mesacountyhealth.org>',
    'Scheduled downtime: surveillance system & EHR Sat 11/21 22:00-02:00', 'Wed, 18 Nov 2026 10:00:00 -0700',
    body="""WHAT: Upgrade of the disease surveillance system (MAVEN) and the clinic EHR to the new server cluster.
WHEN: Saturday 11/21, 10:00 PM to Sunday 11/22, 2:00 AM (Mountain).
IMPACT: No access to case records, ELR will queue and process after restore. Immunization registry lookups unaffected.
ON-CALL EPI: use the downtime paper case report forms in the red binder; enter them Sunday.

If you have issues Monday morning, open a ticket at x4357 (HELP).

MCHD IT Service Desk""")

add('clean-admin', '',
    'Accounts Payable <ap@harborhospice.org>', 'Billing <billing@medline-example-supply.com>',
    'Invoice 90011823 - short shipped', 'Thu, 12 Nov 2026 11:11:11 -0500',
    body="""Hello,

Invoice 90011823 (PO 26-4471) billed us for 40 cases of briefs size L and 12 cases of chux, but the warehouse received 32 cases of briefs. Please issue a credit memo for the 8 cases or ship the balance. We will short-pay the invoice by $371.20 until resolved.

Regards,
Accounts Payable
Harbor Hospice & Palliative Care""")

add('clean-admin', '',
    'Compliance Office <compliance@apexrxsolutions.com>', 'Apex Rx - All Staff <allstaff@apexrxsolutions.com>',
    'Reminder: annual HIPAA attestation due 11/30', 'Tue, 17 Nov 2026 09:00:00 -0600',
    body="""All,

Annual HIPAA privacy & security training and the code of conduct attestation are due November 30. 62% of staff have completed it. The module takes about 40 minutes in the LMS.

Reminders that come up every year:
- Do not e-mail patient names, DOBs or member IDs to payer reps outside our secure portal.
- Use [secure] in the subject line when sending PHI externally so encryption kicks in.
- Report lost phones/laptops to IT within 1 hour.

Completion will be reflected in your performance review.

Compliance Office""")

add('clean-admin', '',
    'Nancy Oduya <noduya@ridgewayfh.com>', 'Caroline Webb <cwebb@ridgewayfh.com>',
    'GPL update for January', 'Wed, 18 Nov 2026 14:44:00 -0800',
    body="""Caroline,

Here's the draft General Price List for Jan 1. Changes from this year:

Basic services of funeral director & staff   $2,495 -> $2,595
Transfer of remains (within 25 mi)            $425 -> $450
Embalming                                     $895 (no change)
Direct cremation w/ container provided by purchaser   $1,695 -> $1,795
Refrigeration, per day after 3 days           $75 (no change)

The FTC Funeral Rule says we need to give it to anyone asking in person, so please print fresh copies for the arrangement rooms by Dec 31.

Nancy""")

add('clean-admin', '',
    'Credentialing <credentialing@tricountyoccmed.com>', 'Dr. Felix Ambrose <fambrose@tricountyoccmed.com>',
    'FMCSA National Registry - your certification expires 1/15/2027', 'Thu, 19 Nov 2026 08:30:12 -0600',
    body="""Dr. Ambrose,

Our records show your certification as a Certified Medical Examiner on the FMCSA National Registry (#4418820371) expires January 15, 2027. To keep performing DOT physicals, please complete the recertification training and upload the certificate to the Registry before that date. The clinic will reimburse up to $350 for the course.

Also, your state medical license renewal (exp. 02/28/2027) can be done online starting Dec 1.

Thank you,
Credentialing Department""")

add('clean-admin', '',
    'Cedar County Health Board <board@cedarcountyhealth.org>', 'Board Members <boardmembers@cedarcountyhealth.org>',
    'Agenda - December board meeting', 'Fri, 20 Nov 2026 15:00:00 -0600',
    charset='windows-1252', cte='quoted-printable',
    body="""CEDAR COUNTY BOARD OF HEALTH
Regular Meeting – Tuesday, December 8, 2026 – 6:30 p.m.
Government Center, Room 2B

1. Call to order / roll call
2. Approval of November minutes
3. Director’s report – respiratory season, WIC caseload, staffing
4. Budget amendment: ARPA funds for mobile vaccine van (vote)
5. Food service ordinance – fee schedule revisions (first reading)
6. Public comment (3 min per speaker)
7. Adjourn

Materials are posted on the county website. Please RSVP to Joan by Friday so we have quorum.""")
# ======================= clean-lookalike =======================
add('clean-lookalike', '',
    'PawSure Pet Insurance <claims@pawsure-pets.com>', 'Jennifer Albright <jen.albright@gmail.com>',
    'Claim #PS-2026-448192 processed for Biscuit', 'Tue, 03 Nov 2026 12:00:00 -0500',
    html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hi Jennifer,</p>
<p>Great news! We've processed the claim for <b>Biscuit</b> (Golden Retriever, 7 yrs).</p>
<table cellpadding="6" style="border:1px solid #eee">
<tr><td>Clinic</td><td>Northside Animal Hospital</td></tr>
<tr><td>Visit date</td><td>10/19/2026</td></tr>
<tr><td>Diagnosis</td><td>Cruciate ligament tear - TPLO surgery</td></tr>
<tr><td>Invoice total</td><td>$5,812.40</td></tr>
<tr><td>Deductible applied</td><td>$250.00</td></tr>
<tr><td>Reimbursement (90%)</td><td><b>$5,006.16</b></td></tr>
</table>
<p>Your reimbursement will be deposited into your account ending 4471 within 3-5 business days. Give Biscuit a belly rub from all of us!</p>
<p style="font-size:11px;color:#999">PawSure is underwritten by ... You're receiving this because you have an active policy. Unsubscribe from marketing e-mails.</p>
</body></html>""")

add('clean-lookalike', '',
    'StrideUp <hello@strideup.app>', 'marcus.bell.runs@gmail.com',
    'Your October in review, Marcus', 'Sun, 01 Nov 2026 10:00:00 +0000', cte='base64',
    body="""Hey Marcus!

Here's your October, by the numbers:

  Runs ............ 14
  Distance ........ 92.6 mi
  Longest run ..... 18.2 mi (Oct 25)
  Avg pace ........ 8:41 /mi
  Streak .......... 21 days
  Elevation ....... 3,904 ft

You're 3 weeks out from the Turkey Trot Half. Your plan has you tapering starting next week, so enjoy the easy miles.

Keep moving,
The StrideUp Team

Manage notifications: https://strideup.app/settings""")

add('clean-lookalike', '',
    'Bright Smiles Family Dentistry <smile@brightsmilesfamily.com>', 'Patients & Friends <news@brightsmilesfamily.com>',
    "Use it or lose it! Your 2026 dental benefits expire Dec 31", 'Mon, 09 Nov 2026 09:30:00 -0600',
    html="""<html><body style="margin:0;background:#f0f8ff">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px;text-align:center;background:#47b3e0;color:#fff"><h1>Don't leave money on the table!</h1></td></tr>
<tr><td style="padding:20px;font-size:15px">
<p>Most dental plans reset on January 1. If you haven't had your two cleanings this year, or you've been putting off that crown, now is the time - your unused benefits don't roll over.</p>
<ul><li>Evening and Saturday appointments through December</li>
<li><b>$99 new patient special</b>: exam, cleaning and x-rays (no insurance needed)</li>
<li>Free take-home whitening with any Invisalign start in November</li></ul>
<p>Call 763-555-0188 or book online. Dr. Amy Lindahl, Dr. Raj Mehta &amp; the Bright Smiles team</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:10px">Bright Smiles Family Dentistry, 4410 Winnetka Ave N, New Hope MN. To stop receiving these emails, unsubscribe.</td></tr>
</table></body></html>""")

add('clean-lookalike', '',
    'Run for Hope 5K <info@runforhope5k.org>', 'Registered Runners <runners@runforhope5k.org>',
    'Race day info + packet pickup', 'Thu, 12 Nov 2026 19:00:00 -0500',
    body="""Hi runners and walkers!

Only 9 days until the 11th annual Run for Hope 5K benefiting the Children's Cancer Family Fund! So far 1,240 of you have raised $186,300 - our best year ever.

PACKET PICKUP: Fri 11/20, 3-7 pm, Fleet Feet on Main St. Bring your confirmation e-mail.
RACE DAY: Sat 11/21, start 8:30 am at Riverside Park. Kids' dash at 9:45.
HONOR WALL: If you're running in honor or memory of someone, bring a photo to tape on the Hope Wall by the start line.
MEDICAL: Paramedics will be at the start/finish and at mile 2.

Top fundraising teams: Team Sunflower ($14,200), Mighty Maddie's Crew ($9,870), and Westfield Fire Dept ($7,450).

See you at the start!
The Run for Hope committee""")

add('clean-lookalike', '',
    'Lakeside Elementary PTA <pta@lakesideelem.org>', 'Lakeside Families <families@lakesideelem.org>',
    'Lakeside Lion Weekly - Nov 13', 'Fri, 13 Nov 2026 14:00:00 -0800',
    html="""<html><body style="font-family:Comic Sans MS,Arial;font-size:14px">
<h2 style="color:#d35400">Lakeside Lion Weekly</h2>
<p><b>From the Health Office:</b> We've had several cases of head lice reported in 2nd and 3rd grade. Please check your child's hair this weekend - there's a how-to sheet on the district website. Also, a reminder that students with a fever of 100.0 or higher should stay home until fever-free for 24 hours without medicine. Flu vaccine clinic (free, all ages) is Saturday 11/21 in the gym, 9-12, no appointment needed.</p>
<p><b>Book Fair</b> is Dec 1-4! Volunteers needed - sign up with Mrs. Kapoor.</p>
<p><b>Congrats</b> to Ms. Hill's 2nd grade class for winning the canned food drive (412 cans!).</p>
<p><b>Lost &amp; found</b> will be donated Dec 18. There are at least 30 water bottles in there.</p>
<p>Go Lions!</p></body></html>""")

add('clean-lookalike', '',
    'Vista Mutual Life <quotes@vistamutual-life.com>', 'Derek Olsen <derek.olsen@outlook.com>',
    'Your term life quote is ready', 'Tue, 17 Nov 2026 11:22:00 -0600',
    body="""Hi Derek,

Thanks for requesting a quote. Based on the general info you entered (age range 40-44, non-tobacco), here's what 20-year term coverage could cost:

  Coverage    Preferred Plus    Preferred    Standard
  $500,000    $28.40/mo         $34.15/mo    $46.90/mo
  $750,000    $39.80/mo         $48.70/mo    $67.25/mo
  $1,000,000  $51.10/mo         $62.95/mo    $88.40/mo

Final rates depend on underwriting. Many applicants now qualify without a paramedical exam.

Ready to apply? It takes about 15 minutes: https://vistamutual-life.example/apply

Your agent,
Kara Mills, Vista Mutual Life""")

add('clean-lookalike', '',
    'Westside Veterinary Clinic <reminders@westsidevet.com>', 'Paul Greer <pgreer44@yahoo.com>',
    'Reminder: Luna is due for vaccines', 'Wed, 18 Nov 2026 07:30:00 -0600',
    body="""Hi Paul,

Our records show Luna (feline, DSH) is due for the following:

  FVRCP booster ........ due 11/30/2026
  Rabies (3 yr) ........ due 12/04/2026
  Annual wellness exam .. due 12/04/2026

Book online at westsidevet.com or call 815-962-4410. Ask about our senior cat bloodwork panel, 20% off through December.

Westside Veterinary Clinic
Dr. Samantha Ruiz, DVM""")

# ======================= clean-news =======================
add('clean-news', '',
    'Region 4 Public Health <news@region4health.example.gov>', 'Partners List <partners@region4health.example.gov>',
    'Respiratory Virus Update - Week 45', 'Fri, 13 Nov 2026 16:00:00 -0600',
    body="""REGION 4 RESPIRATORY VIRUS UPDATE  |  MMWR Week 45 (Nov 1-7, 2026)

                    Wk 44    Wk 45    Change
ILI % of ED visits   2.1%     3.4%     up
Flu A positivity     4.8%     9.2%     up
RSV positivity       7.6%     8.1%     stable
COVID positivity     5.0%     4.3%     down
Flu hospitalizations   12       27
Pediatric flu deaths    0        0

Pertussis: 14 cases reported year-to-date in the region, compared with 5 at this time last year. Most cases are in children under 1 and adolescents 11-16. Providers should test symptomatic patients early and report suspected cases within 24 hours.

Recommendations: Vaccinate now. Antivirals for hospitalized and high-risk outpatients regardless of vaccination status.

Data are provisional and subject to change.""")

add('clean-news', '',
    'FDA Safety Alerts <fdasafetyalerts@subscriptions.example.gov>', 'pharmacy-news@cardinalcrestrx.com',
    'Drug recall: certain lots of a metformin extended-release product', 'Mon, 09 Nov 2026 13:40:00 -0500',
    body="""Company Announcement

Meridian Generics is voluntarily recalling 14 lots of Metformin HCl Extended-Release Tablets USP, 500 mg and 750 mg, to the consumer level due to detection of N-nitrosodimethylamine (NDMA) above the acceptable daily intake limit.

Affected lots: MG24A118 through MG24A131, expiration 06/2027 - 11/2027. The product is packaged in bottles of 90 and 1000.

Patients taking the recalled product should continue taking their medication and contact their pharmacist or physician for a replacement, since stopping may be dangerous. Pharmacies should quarantine affected lots and contact Inmar for return.

To date, Meridian has received no reports of adverse events related to this recall.""")

add('clean-news', '',
    'Crescent CRO Communications <news@crescentcro.com>', 'Investigators & Site Staff <sites@crescentcro.com>',
    'Topline results: VELA-3 meets primary endpoint', 'Wed, 18 Nov 2026 07:00:00 -0500',
    html="""<html><body style="font-family:Arial;font-size:13px">
<p><b>Thank you to all 212 VELA-3 sites</b></p>
<p>We're pleased to share that the VELA-3 Phase 3 study in adults with heart failure with preserved ejection fraction met its primary endpoint. The composite of cardiovascular death or worsening heart failure events was reduced by 19% versus placebo (HR 0.81; 95% CI 0.72-0.91; p&lt;0.001) among 5,814 randomized participants.</p>
<p>Adverse events leading to discontinuation occurred in 6.1% on study drug vs 5.4% on placebo. Full results will be presented at ACC.27.</p>
<p>Sites: please do not share unblinded treatment assignments with participants until you receive the formal unblinding letter and the participant communication template (expected early December).</p>
</body></html>""")

add('clean-news', '',
    'School Health Services <schoolhealth@riverbendschools.net>', 'Riverbend Families <families@riverbendschools.net>',
    'Measles in the region: what parents should know', 'Thu, 19 Nov 2026 17:30:00 -0600',
    body="""Dear Riverbend families,

The State Department of Health has confirmed 6 cases of measles in the neighboring county this month. There are no cases in Riverbend schools at this time.

What you can do:
- Check that your child has had 2 doses of MMR. You can look it up in the state immunization portal or ask your school nurse.
- Measles starts like a cold with high fever, cough, runny nose and red eyes, then a rash. If you think your child has measles, CALL your doctor before going in so others are not exposed.
- If there's ever a case in one of our schools, students without proof of immunity may be excluded for 21 days, as required by state rule.

Free MMR vaccine is available at the county health department, Mon-Fri 8-4.

Dr. Angela Price, District Medical Advisor
Danielle Ortiz, RN, Lead Nurse""")

add('clean-news', '',
    'Hospice News Digest <digest@hospicenewsdigest.com>', 'subscribers@hospicenewsdigest.com',
    'This week: CMS proposes hospice cap update, HQRP changes', 'Tue, 10 Nov 2026 06:00:00 -0500',
    body="""HOSPICE NEWS DIGEST - November 10, 2026

* CMS final rule sets FY2027 hospice aggregate cap at $35,361, a 2.6% increase. Wage index changes hit rural providers hardest.
* The HOPE assessment tool replaces the HIS for admissions after October 1; early data show average completion time of 38 minutes.
* OIG report: 1 in 5 hospice claims for patients in assisted living lacked a valid certification of terminal illness.
* Survey: 62% of hospice aides say travel time between visits is their biggest source of burnout.
* Opinion: Why live discharge rates aren't the fraud signal regulators think they are.

Read more at hospicenewsdigest.com. Forward to a colleague.""")

add('clean-news', '',
    'Ohio Funeral Directors Association <members@ofda-example.org>', 'Members <members-list@ofda-example.org>',
    'Legislative update: EDRS mandate and alkaline hydrolysis bill', 'Fri, 20 Nov 2026 10:15:00 -0500',
    body="""Members,

Two updates from the Statehouse:

1) Beginning July 1, 2027, all death certificates must be filed through EDRS; paper filings will no longer be accepted. The Department of Health reports that the median time for physician certification is now 4.2 days, down from 6.8 in 2024, but 11% of certificates still take more than 10 days. OFDA continues to push for a 48-hour certification requirement.

2) HB 212, authorizing alkaline hydrolysis, passed committee 9-3 and heads to the floor.

Continuing education: the December webinar on infectious disease precautions in the prep room counts for 2 CE hours.

OFDA Government Relations""")

# ======================= clean-training =======================
HL7_TRAIN = """MSH|^~\\&|SENDAPP|SENDFAC|RECAPP|RECFAC|20260101120000||ADT^A04^ADT_A01|MSG00001|T|2.5.1
EVN|A04|20260101120000
PID|1||123456^^^TESTFAC^MR||TESTPATIENT^ALPHA^^^^^L||19000101|U|||123 TEST ST^^ANYTOWN^ZZ^00000
PV1|1|O|CLINIC1^^^TESTFAC||||9999999999^TESTDOC^DOCTOR
"""
add('clean-training', '',
    'Chris Odum <codum@health.state.example.us>', 'ELR Onboarding Cohort <elr-cohort@health.state.example.us>',
    'Homework for Thursday: segment walkthrough', 'Mon, 16 Nov 2026 09:00:00 -0600',
    body="""Hi all,

For Thursday's session please look through the attached sample message and be ready to answer:
 1. Which field tells us this is a test (not production) message?
 2. What is the difference between PID-3 and PID-2 in 2.5.1?
 3. Why would the ELR receiver reject this if it were an ORU instead of an ADT?

The sample is synthetic (TESTPATIENT ALPHA, DOB 1900-01-01, ZZ state) - please only use synthetic data in the sandbox. Never paste a production message into the training channel.

Chris""",
    atts=[attach('sample_ADT_A04.hl7', 'text/plain', HL7_TRAIN, cte='7bit', charset='us-ascii')])

add('clean-training', '',
    'Training Coordinator <training@mesacountyhealth.org>', 'New Contact Tracers <ct-newhires@mesacountyhealth.org>',
    'Case scenario #3 for Wednesday role-play', 'Tue, 17 Nov 2026 13:00:00 -0700',
    body="""SCENARIO 3 - Household TB contact investigation (fictional)

Index: "Patient A", 38-year-old male, smear-positive pulmonary TB, works night shift at a food processing plant, lives with partner and two children (ages 2 and 7). Symptomatic for ~3 months.

Your tasks in the role-play:
- Conduct the initial interview (your partner plays Patient A - they have a script with a few surprises)
- Build the contact list and assign priority (high/medium/low)
- Decide who needs window prophylaxis
- Explain confidentiality to the patient when they ask "are you going to tell my boss?"

Debrief will cover what to do when the index gives you first names only.

All characters are made up. Please don't use real cases from your caseload as examples during debrief.""")

add('clean-training', '',
    'Gina Tolliver <gtolliver@ironwoodcrc.com>', 'New CRC Orientation <crc-orientation@ironwoodcrc.com>',
    'Template: screening & enrollment log', 'Wed, 18 Nov 2026 10:30:00 -0500',
    body="""Welcome again to our three new coordinators! As promised, here is the blank log template. Save a copy per protocol in the regulatory binder folder, don't edit the master.

Fill rules:
- Use screening number and initials only on copies that go to the sponsor. Full names stay at the site.
- Reasons for screen failure must match the I/E criterion number.

Example rows (fake):
Scr#    Init  Screened    Outcome        Reason
S-001   XX    01-Jan-26   Screen fail    Excl #7
S-002   YY    02-Jan-26   Randomized     -

Gina""",
    atts=[attach('screening_log_TEMPLATE.csv', 'text/csv',
                 "screening_no,initials,date_screened,consent_version,outcome,ie_criterion,randomization_no,notes\n,,,,,,,\n")])

add('clean-training', '',
    'Quinn Avery <qavery@apexrxsolutions.com>', 'Access Team <access@apexrxsolutions.com>',
    'Role-play for Friday huddle - payer call script', 'Thu, 19 Nov 2026 15:30:00 -0600',
    body="""For Friday: we'll practice the payer call when a PA is denied for step therapy. Pair up, one plays the rep.

Script outline:
 - Verify you're speaking with the right department (pharmacy vs medical benefit)
 - Provide ONLY the minimum necessary: the test profile is "Jane Sample, DOB 01/01/1970, member ID TEST000000"
 - Ask for the denial reason code and the specific criteria document
 - Ask whether a peer-to-peer or a formulary exception is faster
 - Document the reference number

Scoring sheet attached in Teams. Best score gets first pick of the holiday party raffle.

Quinn""")

add('clean-training', '',
    'Harbor Hospice Education <education@harborhospice.org>', 'All Clinical Staff <clinical@harborhospice.org>',
    'December in-service: recognizing active dying + case study', 'Fri, 20 Nov 2026 11:00:00 -0500',
    html="""<html><body style="font-family:Calibri;font-size:11pt">
<p>Please join us for the December in-service (1.5 CE hours).</p>
<p><b>Topic:</b> Recognizing the signs of active dying and preparing families</p>
<p><b>Case study (de-identified, composite):</b> An 84-year-old woman with end-stage COPD living at home with her son. Over 72 hours she develops mottling of the knees, periods of apnea of 20-30 seconds and decreased urine output. The son asks whether he should call 911.</p>
<ul><li>What do you tell the son?</li><li>Which comfort medications would you expect to titrate?</li><li>When do you notify the attending and the chaplain?</li></ul>
<p>Sessions: Dec 3 at 8:00 and Dec 10 at 13:00, Education Room and Teams.</p>
<p>Education Department, Harbor Hospice &amp; Palliative Care</p>
</body></html>""")

add('clean-training', '',
    'EDI Support <edisupport@clearpathclearinghouse.com>', 'Webinar Registrants <webinar@clearpathclearinghouse.com>',
    'Slides + sample files: Reading a 277CA', 'Fri, 20 Nov 2026 16:45:00 -0600',
    body="""Thanks for joining today's webinar. The slides and the sample 277CA we walked through are attached. All names and IDs in the sample are dummy test values from the companion guide (subscriber DOE*JOHN, member ID XYZ123456789).

Key takeaways:
- STC*A3 = rejected, returned as unprocessable. Look at the second composite for the specific reason.
- A7:562 usually means an entity identifier problem, often the billing NPI or taxonomy.
- The claim never reached the payer if you get a clearinghouse-level rejection, so don't wait for an 835.

Next webinar: 835 adjustment reason codes, Dec 11.""",
    atts=[attach('sample_277CA.txt', 'text/plain',
                 "ST*277*0001*005010X214~\nBHT*0085*08*0001*20260101*1200*TH~\nHL*1**20*1~\nNM1*PR*2*PAYER NAME*****PI*12345~\nHL*3*2*19*1~\nNM1*85*2*BILLING PROVIDER*****XX*1234567893~\nHL*4*3*PT~\nNM1*QC*1*DOE*JOHN****MI*XYZ123456789~\nTRN*2*CLAIMREF001~\nSTC*A3:562:85*20260101*WQ*100~\nSE*10*0001~\n",
                 cte='7bit', charset='us-ascii')])

def main():
    counts = {}
    rows = []
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for i, d in enumerate(M):
        kind = d['kind']
        label = 'phi' if kind.startswith('phi') else 'clean'
        k = kind.split('-', 1)[1]
        counts[kind] = counts.get(kind, 0) + 1
        fname = '%s-%s-%03d.eml' % (label, k, counts[kind])
        msg = build(d, i)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(msg.as_bytes())
        rows.append((fname, label, kind, d['pname'] if label == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for kind in sorted(counts):
        print(kind, counts[kind])
    print('total', len(M))

if __name__ == '__main__':
    main()
