#!/usr/bin/env python3
# Blind evaluation mail set - cardiology group setting. SEED=6901. stdlib only, deterministic.
import sys, os, io, csv, random, zipfile, email.policy
from email.message import EmailMessage
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

SEED = 6901
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

_counters = {}
_rows = []
_msgno = [0]


def dt(y, mo, d, h, mi, off=-5):
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59),
                                    tzinfo=timezone(timedelta(hours=off))))


def zipbytes(files, when=(2024, 6, 3, 9, 15, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    cols = 'ABCDEFGHIJKLMNOP'
    sd = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, esc(v))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return zipbytes(files)


def add(label, kind, frm, to, subj, body, date, patient='', cc=None, html=None,
        atts=(), cte=None, headers=None):
    n = _counters.get((label, kind), 0) + 1
    _counters[(label, kind)] = n
    _msgno[0] += 1
    fn = '%s-%s-%03d.eml' % (label, kind, n)
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].rstrip('>').strip()
    m['Message-ID'] = '<%08x.%d.%s@%s>' % (random.getrandbits(32), _msgno[0], kind, dom)
    for k, v in (headers or []):
        m[k] = v
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fname, data, ctype = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if isinstance(data, str) and maintype != 'text':
            data = data.encode('utf-8')
        if isinstance(data, str):
            if len(a) > 3:
                m.add_attachment(data, subtype=subtype, filename=fname, cte=a[3])
            else:
                m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (_msgno[0], j))
            j += 1
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))
    _rows.append((fn, label, kind, patient))


DISC = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
        "intended recipient(s) and may contain confidential and privileged information. Any\n"
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
        "intended recipient, please contact the sender by reply e-mail and destroy all copies.")
RH = 'ridgelineheart.org'

# =====================================================================================
# PHI - care
# =====================================================================================
add('phi', 'care',
    'Lena Marchetti <lmarchetti@ridgelineheart.org>',
    'Beatriz Calloway <bcalloway@ridgelineheart.org>',
    'moving okafor',
    """Bea -

can we move Gerald Okafor off tomorrow's 0730 LHC and put him Thursday afternoon instead. his creatinine came back 1.9 this morning (was 1.4 in march) so Dr Amadi wants it repeated after he's had 2 days of fluids. tell him keep holding the metformin until we call, and he still needs someone to drive him.

I already let the pre-procedure phone nurse know. thx

Lena Marchetti, RN, CCRN
Cardiac Cath Lab | Ridgeline Heart & Vascular
x4417
""",
    dt(2024, 4, 15, 14, 2, -4), patient='Okafor')

add('phi', 'care',
    'Paul Brannigan MD <pbrannigan@ridgelineheart.org>',
    'referrals@maplecrestfm.com',
    'Consult note - Quintanilla, Dolores',
    """Dear Dr. Whitlock,

Thank you for asking me to see Mrs. Dolores Quintanilla, who came in on May 7 for follow-up of the shortness of breath you were worried about.

Her echocardiogram that day showed the left ventricle pumping at about 35%, down from 50% on the study she had in 2021, with moderate leakage of the mitral valve. Her ankles were swollen to mid-shin and she had gained 6 pounds since her last visit with you.

What we changed:
 - stopped lisinopril 20 mg; starting sacubitril/valsartan 24/26 mg twice daily after a 36-hour washout
 - furosemide 40 mg every morning (new)
 - metoprolol succinate up from 25 to 50 mg daily

She will have labs (BMP) drawn in one week, see our heart-failure nurse in two weeks, and we will set up a cardiac MRI. If her blood pressure runs under 95 at home she has been told to call us.

Please don't hesitate to reach me at (555) 013-8820.

Sincerely,
Paul Brannigan, MD, FACC
Ridgeline Heart & Vascular

""" + DISC,
    dt(2024, 5, 8, 17, 40, -4), patient='Quintanilla',
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Dr. Whitlock,</p>
<p>Thank you for asking me to see <b>Mrs. Dolores Quintanilla</b>, who came in on May 7 for follow-up of the shortness of breath you were worried about.</p>
<p>Her echocardiogram that day showed the left ventricle pumping at about 35%, down from 50% on the study she had in 2021, with moderate leakage of the mitral valve. Her ankles were swollen to mid-shin and she had gained 6 pounds since her last visit with you.</p>
<p>What we changed:</p>
<ul><li>stopped lisinopril 20 mg; starting sacubitril/valsartan 24/26 mg twice daily after a 36-hour washout</li>
<li>furosemide 40 mg every morning (new)</li>
<li>metoprolol succinate up from 25 to 50 mg daily</li></ul>
<p>She will have labs (BMP) drawn in one week, see our heart-failure nurse in two weeks, and we will set up a cardiac MRI. If her blood pressure runs under 95 at home she has been told to call us.</p>
<p>Please don't hesitate to reach me at (555) 013-8820.</p>
<p>Sincerely,<br>Paul Brannigan, MD, FACC<br>Ridgeline Heart &amp; Vascular</p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.</p>
</body></html>""")

add('phi', 'care',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'Miriam Feld <mfeld@ridgelineheart.org>',
    'remote - Brinkerhoff overnight transmission',
    """Dr Feld,

Harold Brinkerhoff's pacemaker sent an alert transmission at 02:14 last night. 3 episodes of atrial high rate since the 6/2 check, longest 4h 12m, AT/AF burden 6.1% (was <1%). Ventricular rates during the episodes look controlled, 90s-110s. No VHR. Battery 8.5 yrs, leads all in range.

He is NOT on any anticoagulant per our med list, just aspirin 81. Do you want me to call him in for a visit or send to the INR clinic / start a DOAC discussion? I put the EGMs in your inbox in the portal.

Darnell Voss, CCDS
Device Clinic - Ridgeline Heart & Vascular
""",
    dt(2024, 6, 19, 7, 51, -4), patient='Brinkerhoff')

add('phi', 'care',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'INR Clinic <inrclinic@ridgelineheart.org>',
    'FW: Rosalind A. - INR 4.6',
    """FYI for whoever covers tomorrow. Plan below, she's aware.

- Ingrid

-----Original Message-----
From: Ingrid Sato
Sent: Tuesday, February 13, 2024 3:22 PM
To: Kevin Oduya <koduya@ridgelineheart.org>
Subject: Rosalind A. - INR 4.6

Kevin, Rosalind Achterberg's fingerstick today was 4.6 (goal 2-3, mech mitral so we've been aiming 2.5-3.5). She finished a course of Bactrim from urgent care on Sunday, that's almost certainly it. No bleeding, a little bruising on the forearms.

Held tonight's warfarin. Then 5 mg daily except 2.5 mg Mon/Fri -> weekly 30 mg (from 35). Recheck Friday 2/16 at the Elm St site. Told her to call if any dark stool, nosebleed that won't stop, etc.

Ingrid Sato, PharmD, BCPS
Anticoagulation Clinic
""",
    dt(2024, 2, 13, 16, 5), patient='Achterberg')

add('phi', 'care',
    'Trevor Hume <thume@ridgelineheart.org>',
    'Kofi Amadi <kamadi@ridgelineheart.org>',
    'rehab - Tom W. BP drop today',
    """Dr. Amadi,

Quick heads up. Tomasz Wierzbicki (goes by Tom) was on session 18 of 36 this morning. About 9 min into treadmill at 2.8 mph / 4% his BP went from 124/70 to 88/50, felt lightheaded, no chest pain. We stopped him, sat him down, legs up, and after 10 min he was back to 110/64. Tele showed sinus 70s, a few PVCs, nothing else.

He mentioned his carvedilol was bumped to 12.5 bid last week by you, and he took it right before coming in. We sent him home with his wife driving. Do you want him to take it after class instead, or hold off on increasing workload?

Thanks,
Trevor Hume, MS, ACSM-CEP
Cardiac Rehabilitation
Ridgeline Heart & Vascular
(555) 013-8877
""",
    dt(2024, 3, 21, 11, 26, -4), patient='Wierzbicki')

add('phi', 'care',
    'Monique Fairclough <mfairclough@ridgelineheart.org>',
    'Sunita Rao-Whitfield <srao-whitfield@ridgelineheart.org>',
    'Re: bernice',
    """done. spoke to her at 1140, she's up to 186 lb from 182 on sunday and says shoes are tight. lungs sound ok over the phone lol (she's not winded talking). doubled lasix to 40 bid x 3 days per your note, added K 20 meq daily while on the higher dose, BMP friday at Lakeview lab, she'll send weights on the app each am.

Monique

On Wed, Oct 9, 2024 at 10:58 AM Sunita Rao-Whitfield <srao-whitfield@ridgelineheart.org> wrote:
> Can you call Bernice Haverford today - scale alert on her telemonitor. If >3 lb
> double her furosemide x3d and get labs. thx S
""",
    dt(2024, 10, 9, 11, 52, -4), patient='Haverford')

add('phi', 'care',
    'Dr. Naomi Castellano <ncastellano@stbrendanregional.org>',
    'Kofi Amadi <kamadi@ridgelineheart.org>',
    'your pt admitted overnight',
    """Kofi,

FYI your patient Winston Achebe-Lowe came through our ED last night around 2200 with 40 min of chest pressure at rest. First troponin 38, second 212, ECG with new lateral T inversions. Admitted to 4 West telemetry, heparin drip running, loaded with ticagrelor.

Our cath lab has him on for 0800 tomorrow with Dr. Pham unless you'd prefer to do it at Ridgeline -- let me know by noon. He asked that we also call his daughter at 555-0148 with any updates.

Naomi Castellano, MD
Hospital Medicine, St. Brendan Regional Medical Center
pager 4471
""",
    dt(2024, 8, 27, 6, 44, -4), patient='Achebe-Lowe', cte='quoted-printable')

add('phi', 'care',
    'Jed Pruitt <jpruitt@corvanta.com>',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'Lindqvist gen change - final numbers',
    """Hey Darnell,

Here's what I got at Mr. Lindqvist's box change yesterday so you can put it in his device record:

New gen: Corvanta Stratum DR MRI, implanted 7/16
RA lead: 0.75 V @ 0.4 ms, P 2.8 mV, 512 ohms
RV lead: 1.0 V @ 0.4 ms, R 11 mV, 640 ohms
Mode DDDR 60/130. Remote monitor paired before he left recovery.

Dr. Feld left the old leads alone, pocket looked clean. Arne was chatty the whole case, asked about fishing with the new device, told him to ask you guys at the wound check.

Jed Pruitt
Clinical Specialist, Corvanta Medical - CRM
cell 555-0127
""",
    dt(2024, 7, 17, 9, 3, -5), patient='Lindqvist')

# =====================================================================================
# PHI - names
# =====================================================================================
add('phi', 'names',
    'Jasmine Ortolani <jortolani@ridgelineheart.org>',
    'Front Desk Elm St <frontdesk.elm@ridgelineheart.org>',
    'Nakashima-Reyes - cath films ready',
    """CD is burned and in the pickup bin under the counter, sealed envelope. He needs to show ID and sign the release log. he's taking it to his second opinion at the university next week.

Jas
Medical Records / HIM
""",
    dt(2024, 1, 22, 10, 17), patient='Nakashima-Reyes')

add('phi', 'names',
    'Priorauth Team <priorauth@ridgelineheart.org>',
    'Miriam Feld <mfeld@ridgelineheart.org>',
    'Auth needed - Nguyen, Thi Bich Ngoc - ablation',
    """Dr. Feld,

Nguyen, Thi Bich Ngoc is on your 8/14 EP schedule for SVT ablation. Her plan (Cascade Harbor Medicaid) denied the first submission for "insufficient documentation of failed medical therapy". Can you add a sentence to your last note that she tried and could not tolerate metoprolol and diltiazem? Then we can resubmit as a peer-to-peer if needed.

Her son usually interprets - the number on file is his.

Thank you,
Rochelle Dunning
Prior Authorization Specialist
""",
    dt(2024, 7, 30, 13, 48, -4), patient='Nguyen')

add('phi', 'names',
    'Kevin Oduya <koduya@ridgelineheart.org>',
    'echo-lab@ridgelineheart.org',
    'Mr Adeyemi TEE - bumped again?',
    """hi all

Mr. Adeyemi's TEE got bumped from the 11th to the 18th and now I see it's gone from the schedule altogether. He has been off his warfarin bridge waiting on this and I need to know whether to restart him. Oluwaseun has been very patient with us but his wife called the clinic twice today.

Who do I talk to?

Kevin Oduya, PharmD
Anticoag Clinic
""",
    dt(2024, 9, 12, 15, 31, -4), patient='Adeyemi')

add('phi', 'names',
    'Beatriz Calloway <bcalloway@ridgelineheart.org>',
    'Cath Lab Charge <cathcharge@ridgelineheart.org>',
    'Sr. Joaquín de la Cruz Ibáñez — add-on mañana',
    """Add-on for tomorrow per Dr. Amadi: Sr. de la Cruz Ibáñez, staged PCI of the circumflex (they did the LAD on the 3rd). He prefers Spanish, I booked the interpreter for 0900. Pre-op labs were drawn at the Westfield office today.

Please note his surname is "de la Cruz Ibáñez" - registration keeps putting him under "Ibanez" and the old chart is under "Cruz". Merge request already in.

Bea Calloway
Scheduling Coordinator, Ridgeline Heart & Vascular
""",
    dt(2024, 6, 4, 16, 9, -4), patient='de la Cruz Ibáñez')

add('phi', 'names',
    'Helen Tsoukalas <htsoukalas@ridgelineheart.org>',
    'Lena Marchetti <lmarchetti@ridgelineheart.org>',
    're: your 2pm',
    """your 2pm is Priya, the 34 y/o with the loop recorder from last spring - she finally had the syncope episode at work and the ILR caught a 9 sec pause. Dr Feld wants to talk pacemaker today. She's anxious, brought her mom, both very sweet. Her mom will probably ask about driving.

h.
""",
    dt(2024, 5, 16, 12, 55, -4), patient='Priya')

add('phi', 'names',
    'Omar Haddad <ohaddad@ridgelineheart.org>',
    'Interpreter Services <interpreters@ridgelineheart.org>',
    'Arabic interpreter for stress test 10/2',
    """Hello,

We need an Arabic interpreter (in person preferred, video ok) for Mr. Abdulrahman Al-Qahtani's nuclear stress test on Wednesday October 2nd. Arrival 0745, the whole thing runs about 4 hours with the rest and stress images. He'll get regadenoson, not treadmill, because of his knees. His son Faisal can't come this time.

Thanks,
Omar Haddad
Nuclear Cardiology Technologist, CNMT
""",
    dt(2024, 9, 26, 9, 12, -4), patient='Al-Qahtani')

add('phi', 'names',
    'Gail Rutkowski <grutkowski@eastsidechc.org>',
    'Ridgeline Referrals <referrals@ridgelineheart.org>',
    'urgent referral - Wiśniewska',
    """Good afternoon,

Faxed over an urgent referral twice and haven't gotten confirmation. Pt is Halina Wiśniewska, 79, new irregular heartbeat on today's EKG in our office, rate 130s, we started her on diltiazem 30 q6h. Dr. Ebanks would like her seen within the week. She speaks Polish, her granddaughter Karolina handles the appointments.

Can someone confirm you have it?

Gail Rutkowski, MA
Referral Coordinator
Eastside Community Health Center
P: 555-0192  F: 555-0193
""",
    dt(2024, 11, 5, 14, 20), patient='Wiśniewska')

add('phi', 'names',
    'Carole Whitmore <cwhitmore@ridgelineheart.org>',
    'Billing Follow-up <billingfu@ridgelineheart.org>',
    'RE: MACDONALD-TIERNEY, FIONNUALA',
    """Patricia - she's the one who had the ICD shock in the grocery store in June, so there should be an ED bill from St. Brendan plus our device check the next morning plus the lead revision in July. Her secondary got billed under the maiden name O'Tierney which is why it bounced. I updated demographics.

Carole

-----Original Message-----
From: Patricia Vance
Sent: Monday, September 9, 2024 8:12 AM
To: Carole Whitmore
Subject: MACDONALD-TIERNEY, FIONNUALA

Three denials on this acct this month, all "patient not found". Any idea?
""",
    dt(2024, 9, 9, 9, 40, -4), patient='MacDonald-Tierney')

# =====================================================================================
# PHI - self
# =====================================================================================
add('phi', 'self',
    'walt brzezinski <wbrz1946@gmail.com>',
    'deviceclinic@ridgelineheart.org',
    'my monitor box light',
    """hi this is Walter Brzezinski, I have the pacemaker Dr Feld put in last year. the little box by my bed that sends the readings has a orange light blinking since we got back from my sisters. I unplugged it and plugged it back in like the paper says and still orange. Do I need to do anything? I dont want to miss my check in september.

thanks
Walt
""",
    dt(2024, 8, 19, 19, 3, -4), patient='Brzezinski')

add('phi', 'self',
    'Ana Lucia Ferreira-Batista <analu.fb@outlook.com>',
    'INR Clinic <inrclinic@ridgelineheart.org>',
    'INR result from pharmacy',
    """Good morning,

My name is Ana Lucia Ferreira-Batista, DOB 11/02/1957. I am out of town visiting my grandchildren until the 30th so I had my INR checked at a pharmacy here. It was 2.1 today (Thursday). I am taking 5 mg every day except 7.5 mg on Sunday like Ingrid told me last time.

Please let me know if I should change anything. My cell is 555-0166.

Thank you,
Ana Lucia
""",
    dt(2024, 10, 17, 9, 41, -4), patient='Ferreira-Batista')

add('phi', 'self',
    'Yaw Osei <yaw.osei.k@gmail.com>',
    'Kofi Amadi <kamadi@ridgelineheart.org>',
    'Questions about my father Emmanuel Osei after his stent',
    """Dear Dr. Amadi,

I'm Emmanuel Osei's son. You put the stent in his heart on the 12th and he came home on the 13th. A few things we weren't sure about from the discharge papers:

1. He's supposed to take clopidogrel AND aspirin - is that for 6 months or a year? The paper says "at least 6 months" and the pharmacist said 12.
2. The wrist where you went in has a bruise the size of a lemon. No bleeding, not getting bigger. Is that normal?
3. When can he go back to driving and to church choir?

He's also scheduled for cardiac rehab intake on the 27th but he says he feels fine and doesn't need it. I would appreciate if you could encourage him.

Thank you so much for taking care of him.

Yaw Osei
(555) 014-3390
""",
    dt(2024, 3, 15, 20, 11, -4), patient='Osei')

add('phi', 'self',
    'Deb K <debk.quilts@yahoo.com>',
    'Cardiac Rehab <cardiacrehab@ridgelineheart.org>',
    'thursday',
    """Hi Trevor, its Deb (Deborah Kowalczyk, Tues/Thurs 10am group). I twisted my knee gardening so I'm going to skip Thursday, I'll still do my walking at home if I can. That puts me at 22 sessions done I think? Also my blood pressure at home has been 140s over 80s since they stopped the amlodipine, should I tell Dr. Brannigan?

Deb
""",
    dt(2024, 5, 28, 21, 47, -4), patient='Kowalczyk')

add('phi', 'self',
    'Raymond Tso <rtso49@icloud.com>',
    'Ridgeline Refills <refills@ridgelineheart.org>',
    'Refill',
    """Please send refill for my Eliquis 5 mg twice a day, 90 day supply, to Hollis Drug on Maple Ave. I have 4 days left.

Raymond Tso
DOB 5-19-49

Sent from my iPhone""",
    dt(2024, 12, 2, 7, 15), patient='Tso',
    html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div>Please send refill for my Eliquis 5 mg twice a day, 90 day supply, to Hollis Drug on Maple Ave. I have 4 days left.</div><div><br></div><div>Raymond Tso</div><div>DOB 5-19-49</div><div><br><div dir="ltr">Sent from my iPhone</div></div></body></html>""")

add('phi', 'self',
    'Claire Thornbury <claire.thornbury@fastmail.com>',
    'Device Clinic <deviceclinic@ridgelineheart.org>',
    "Maisie's ICD check + school form",
    """Hello Device Clinic team,

Our daughter Maisie Thornbury (she's 17, DOB 04/09/2007) has her 6-month ICD check on the 22nd. Two things:

- She starts her first job at a grocery store this summer. Is it OK for her to stand near the anti-theft gates at the entrance, or should she ask to be at the back registers? The booklet from the company was not very clear.
- Her school needs the sports participation form signed again for this year. Last year Dr. Feld said no competitive basketball but PE was OK with limits. Can you please have that signed at the visit? I'll bring the form.

She hasn't had any shocks since the one in January. She's been good about taking her nadolol.

Thanks very much,
Claire Thornbury (mom)
""",
    dt(2024, 4, 3, 12, 30, -4), patient='Thornbury')

add('phi', 'self',
    'Kwame Asante-Boateng <kasanteb@protonmail.com>',
    'billing@ridgelineheart.org',
    'charged twice for my echo??',
    """To whom it may concern,

I am Kwame Asante-Boateng. I had an echocardiogram (ultrasound of my heart) at your Lakeview office on August 8 ordered by Dr. Rao-Whitfield for my heart failure follow up. I just got a statement showing TWO charges of $1,184.00 for the same day, account ending 4471. I only had one test. I also already paid my $40 copay at the desk.

Please fix this and send a corrected statement. I have called twice and waited 45 min on hold each time.

Kwame Asante-Boateng
""",
    dt(2024, 9, 30, 18, 2, -4), patient='Asante-Boateng')

# =====================================================================================
# PHI - ids
# =====================================================================================
add('phi', 'ids',
    'Sunita Rao-Whitfield <srao-whitfield@ridgelineheart.org>',
    'Echo Scheduling <echosched@ridgelineheart.org>',
    'repeat echo pls',
    """pls schedule limited echo in 3 mo for pt MRN 00482913, dob 3.4.88 -- peripartum CM, EF recovering (last 45%), want to see if we can stop the spironolactone. no rush. thx

S

Sent from Ridgeline mobile mail
""",
    dt(2024, 2, 26, 22, 14), patient='')

add('phi', 'ids',
    'Patient Accounts <patientaccounts@ridgelineheart.org>',
    'Collections Partner <intake@keystonerecovery.net>',
    'acct 7734-0021-55 - hold collections',
    """Please place a 60-day hold on the following account. Guarantor has submitted a financial assistance application.

Acct #: 7734-0021-55
Pt: Lorraine Bettencourt-Haye
DOB: 19520817
Svc: 06/11/2024 cardiac cath w/ PCI x1, overnight observation
Balance: $3,912.40
Home ph: 555-0175

Thank you,
Marisol Edgerton
Patient Financial Services
Ridgeline Heart & Vascular
""",
    dt(2024, 8, 2, 10, 45, -4), patient='Bettencourt-Haye')

add('phi', 'ids',
    'Monique Fairclough <mfairclough@ridgelineheart.org>',
    'intake@brightpathhomehealth.com',
    'Home health referral - HF',
    """Hi Brightpath intake,

New home health referral for skilled nursing (HF teaching, weights, med reconciliation) and PT.

Name: Cornelius J. Abernathy-Price
Date of birth: 4 Mar 1938
Address: 2218 Quarry Hill Rd, Unit B, Fairhaven
Lives with: wife (also 80s), no stairs inside
Phone: (555) 014-6603
Discharged from St. Brendan 6/20 after 5 days for fluid overload; our clinic visit was 6/24, he was on torsemide 40 daily, dry weight target 164 lb.

Signed face-to-face and orders will follow from Dr. Rao-Whitfield today.

Monique Fairclough, RN, BSN
Heart Failure Clinic Nurse Navigator
""",
    dt(2024, 6, 24, 15, 33, -4), patient='Abernathy-Price')

add('phi', 'ids',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'Helix Rhythm Technical Services <techsupport@helixrhythm.com>',
    'Case #HX-558213 - transmitter not pairing',
    """Hi,

Following up on case HX-558213. Transmitter still will not pair with the patient's device.

Device: Helix Vanta VR ICD, serial VAN448291S
Clinic patient ID: RH-2290145
Implant date: 01/30/2023
Patient DOB: 1961-11-05
Last successful transmission: 05/02/2024

He's had two VT episodes treated with ATP in the past so Dr. Feld does not want him going weeks without monitoring. Can you ship a replacement transmitter overnight to the address on the patient's file, and let me know the tracking number?

Darnell Voss, CCDS
Ridgeline Heart & Vascular Device Clinic
(555) 013-8850
""",
    dt(2024, 5, 29, 11, 2, -4), patient='')

add('phi', 'ids',
    'Rochelle Dunning <rdunning@ridgelineheart.org>',
    'UM Department <um@summitcrestplan.com>',
    'Cardiac rehab auth request - member XKH884412907',
    """Summit Crest UM,

Requesting authorization for Phase II cardiac rehabilitation, 36 sessions (CPT 93798), start date 07/08/2024.

Member name: Bashir Rahimi
Member ID: XKH884412907
Group #: 40217
Qualifying event: CABG x3 on 06/05/2024 at St. Brendan
Referring physician: Kofi Amadi, MD, NPI on file

Clinicals attached in the portal upload (op note, discharge summary). Please fax determination to 555-0139.

Rochelle Dunning
Prior Authorization
""",
    dt(2024, 6, 27, 9, 55, -4), patient='Rahimi')

add('phi', 'ids',
    'Lakeview Lab <results@lakeviewlab.com>',
    'Kofi Amadi <kamadi@ridgelineheart.org>',
    'CRITICAL VALUE CALLBACK - Acc C24-118873',
    """CRITICAL VALUE NOTIFICATION

Accession: C24-118873
Patient: HOLLOWAY, TRENT M
DOB: 07/22/1961
Ordering: AMADI, KOFI
Collected: 03/04/2024 07:40

Troponin I, high sensitivity: 1,460 ng/L  (ref <34)  ** CRITICAL **

Called to and read back by: L. Marchetti RN at 08:22
This automated email is a courtesy copy. Please do not reply.
""",
    dt(2024, 3, 4, 8, 24), patient='Holloway')

add('phi', 'ids',
    'Front Desk Lakeview <frontdesk.lv@ridgelineheart.org>',
    'INR Clinic <inrclinic@ridgelineheart.org>',
    'call back pls',
    """Mrs. Pettibone called, she can't get through to your line. new number since she moved: (555) 014-2271 (cell), new address 41 Orchard Ln apt 3, Fairhaven. She missed her coumadin check on monday because of the move and wants to come in tomorrow. She also said the new dentist wants to pull a tooth and asked if she should stop her blood thinner.

-Tasha
""",
    dt(2024, 4, 10, 13, 37, -4), patient='Pettibone')

add('phi', 'ids',
    'Carole Whitmore <cwhitmore@ridgelineheart.org>',
    'Patricia Vance <pvance@ridgelineheart.org>',
    'MBI correction',
    """Trish, Medicare rejected the ICD interrogation claims for Everett Quayle because we had his old HICN on file. New MBI from his card: 1EG4-TE5-MK73. Claims for DOS 1/9, 4/11 and 7/10 (all 93295 remote + 93296) need to be rebilled. His secondary is unchanged.

c.
""",
    dt(2024, 7, 25, 14, 6, -4), patient='Quayle')

# =====================================================================================
# PHI - lists
# =====================================================================================
add('phi', 'lists',
    'Cath Lab Charge <cathcharge@ridgelineheart.org>',
    'Cath Lab Team <cathlab-all@ridgelineheart.org>',
    'Tomorrow - Lab 1 / Lab 2 board',
    "Final board for Tues. Room 2 starts late (0830) b/c of the rep in-service.\n\n"
    "Time\tRoom\tPatient\tMRN\tProcedure\tMD\tNotes\n"
    "0730\t1\tFitzgerald, Maureen\t00571234\tLHC +/- PCI\tAmadi\tCr 1.3, hold metformin\n"
    "0830\t2\tBaptiste, Jean-Robert\t00602288\tDC PPM\tFeld\tCreole interp booked\n"
    "0900\t1\tKhalil, Rania\t00488107\tRHC\tRao-Whitfield\tPH eval, on warfarin - INR am\n"
    "1030\t2\tPham, Duc Anh\t00613950\tAF ablation\tFeld\tTEE done 6/3\n"
    "1100\t1\tStoltzfus, Amos\t00399821\tLHC\tAmadi\tcontrast allergy - premed given\n"
    "1300\t1\tOkonkwo, Adaeze\t00620014\tstaged PCI RCA\tAmadi\t\n"
    "\nCall me w/ questions. - Renee (charge) x4410\n",
    dt(2024, 6, 10, 16, 45, -4),
    patient='Fitzgerald;Baptiste;Khalil;Pham;Stoltzfus;Okonkwo')

add('phi', 'lists',
    'Monique Fairclough <mfairclough@ridgelineheart.org>',
    'HF Clinic <hfclinic@ridgelineheart.org>',
    'huddle 11/14',
    """HF huddle thurs am

* Mr. Delacroix (Lucien) - 3 lb up since Mon, pt says ate ham at a wake. called, extra 40 lasix x1. recheck wt fri
* Gwendolyn Ashby - ran out of Entresto, copay card expired. Samples x2 wks at front, SW referral
* R. Vukovic - post-discharge day 4, no appt yet!! needs 7-day visit, I put him on Dr R-W's Tues 2:40
* Mrs Obi (Ngozi) - K 5.8 on Monday, held spironolactone, repeat BMP today at 10
* Takahashi, Kenji - LVAD clinic wants our notes faxed before his eval next wk

Anything else add below.
M
""",
    dt(2024, 11, 14, 7, 32),
    patient='Delacroix;Ashby;Vukovic;Obi;Takahashi')

add('phi', 'lists',
    'Kevin Oduya <koduya@ridgelineheart.org>',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'no-shows this week (INR)',
    """Ingrid - no shows / didn't call in, Mon-Wed. I left VMs for all.

| Name                   | Phone        | Last INR (date)  | Indication   | Notes                    |
|------------------------|--------------|------------------|--------------|--------------------------|
| Beaulieu, Germaine     | 555-0110     | 3.4 (4/22)       | AF           | 2nd no-show in a row     |
| Castillo Reyes, Marta  | 555-0183     | 1.7 (4/29)       | mech AVR     | low, was supposed to recheck |
| Dimitrov, Stefan       | 555-0141     | 2.6 (4/15)       | DVT/PE       | may have moved to FL?    |
| Eaglefeather, Lorna    | 555-0156     | 2.2 (4/24)       | AF + LAA     |                          |
| Haugen, Per            | 555-0197     | 4.1 (4/26)       | AF           | dose reduced, NEEDS recheck |

Castillo Reyes worries me the most with the mechanical valve.

K
""",
    dt(2024, 5, 1, 17, 20, -4),
    patient='Beaulieu;Castillo Reyes;Dimitrov;Eaglefeather;Haugen')

add('phi', 'lists',
    'Remote Monitoring <remotes@ridgelineheart.org>',
    'Miriam Feld <mfeld@ridgelineheart.org>',
    'Red alerts - weekend (Sat 8/3 - Sun 8/4)',
    "Weekend red/urgent alerts reviewed Monday AM. EGMs flagged in portal.\n\n"
    "PATIENT                 DOB         DEVICE        ALERT                       ACTION\n"
    "----------------------  ----------  ------------  --------------------------  ---------------------------\n"
    "ROSSETTI, GIANCARLO     1949-02-11  CRT-D         VF x1, shock 35J success    called pt, ok, clinic Tue\n"
    "MBEKI, THANDIWE         1972-09-30  ICD single    RV lead impedance 2,100     lead noise? in-office today\n"
    "LARSEN-HOLM, INGRID     1955-06-02  PPM dual      AF burden 22%               on apixaban, FYI only\n"
    "O'BRIEN, PADRAIG        1940-12-19  PPM single    ERI reached                 gen change to schedule\n"
    "VILLANUEVA, ROSARIO     1963-03-27  ICM/ILR       pause 6.2 sec 03:40         Dr Feld to call\n"
    "\nDarnell\n",
    dt(2024, 8, 5, 8, 30, -4),
    patient='Rossetti;Mbeki;Larsen-Holm;O\'Brien;Villanueva')

_rehab_csv = (
    "last_name,first_name,dob,mrn,qualifying_dx,referring_md,start_date,sessions_done,payer\r\n"
    "Adeyinka,Folasade,1958-07-14,00544102,STEMI s/p PCI,Amadi,2024-08-05,11,Medicare\r\n"
    "Bergström,Lars,1951-01-30,00390766,CABG x4,Amadi,2024-07-22,15,Medicare Adv - Summit Crest\r\n"
    "Chávez,Esperanza,1966-10-02,00611873,HFrEF EF 30%,Rao-Whitfield,2024-08-12,8,Medicaid\r\n"
    "Dunleavy,Patrick,1947-04-18,00288431,TAVR,Brannigan,2024-08-19,6,Medicare\r\n"
    "Emenike,Chukwuemeka,1970-12-07,00630052,stable angina,Brannigan,2024-09-03,2,BCBS\r\n"
    "Fontaine,Marie-Claude,1962-05-25,00598804,NSTEMI s/p PCI,Amadi,2024-07-29,13,Aetna\r\n"
)
add('phi', 'lists',
    'Trevor Hume <thume@ridgelineheart.org>',
    'Cardiac Rehab <cardiacrehab@ridgelineheart.org>',
    'current enrollees for the audit',
    """Attached is the current Phase II roster Medicare asked for in the documentation audit. Please double check session counts against the flowsheets before Friday, I pulled these from the scheduler and it's been wrong before.

Trevor
""",
    dt(2024, 9, 4, 13, 0, -4),
    patient='Adeyinka;Bergström;Chávez;Dunleavy;Emenike;Fontaine',
    atts=[('phase2_roster_0904.csv', _rehab_csv, 'text/csv')])

_addons = [
    ['Date', 'Patient', 'DOB', 'MRN', 'From', 'Procedure', 'Indication', 'Attending'],
    ['10/21/2024', 'Szymańska, Agnieszka', '02/14/1959', '00577390', 'St. Brendan 4W', 'LHC', 'NSTEMI', 'Amadi'],
    ['10/21/2024', 'Hossain, Mohammed Rafiq', '08/30/1968', '00618221', 'ED', 'LHC/PCI', 'unstable angina', 'Amadi'],
    ['10/22/2024', 'Lemaire, Théo', '11/11/1975', '00622409', 'clinic', 'RHC', 'HF eval pre-transplant referral', 'Rao-Whitfield'],
    ['10/22/2024', 'Abubakar, Hauwa', '06/06/1981', '00603315', 'clinic', 'TEE/DCCV', 'AFL', 'Feld'],
]
add('phi', 'lists',
    'Lena Marchetti <lmarchetti@ridgelineheart.org>',
    'Beatriz Calloway <bcalloway@ridgelineheart.org>',
    'add-ons Mon/Tue (spreadsheet)',
    """Bea, the 4 add-ons are in the attached sheet. Hossain needs to be first on Monday if we can swing it. Thx, L
""",
    dt(2024, 10, 18, 15, 12, -4),
    patient='Szymańska;Hossain;Lemaire;Abubakar',
    atts=[('cath_addons_1021.xlsx', xlsx(_addons, 'Addons'),
           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

_inr_csv = (
    "MRN|Patient|DOB|Target|Last INR|Date|Weekly dose mg|Next check\n"
    "00311842|GREENWOOD, ELSIE|1936-03-08|2.0-3.0|2.4|2024-06-28|27.5|2024-07-26\n"
    "00420915|NAKAMURA, HIROSHI|1944-09-17|2.5-3.5|2.9|2024-06-27|45|2024-07-11\n"
    "00456003|TRAN, VAN LONG|1950-01-01|2.0-3.0|1.8|2024-07-01|37.5|2024-07-08\n"
    "00501277|OKORO, EUNICE|1962-11-23|2.0-3.0|3.3|2024-07-02|30|2024-07-09\n"
    "00533468|FERNANDES, JOAO PAULO|1955-05-05|2.0-3.0|2.2|2024-06-24|35|2024-07-22\n"
    "00587710|KOWALSKI, ZOFIA|1939-08-29|2.0-3.0|2.7|2024-06-26|22.5|2024-07-24\n"
)
add('phi', 'lists',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'Dr. Ayesha Qureshi <aqureshi@ridgelinecovering.org>',
    'INR panel for coverage while I am out',
    """Dr. Qureshi,

As discussed, here's my panel export for the two weeks I'm on leave (zip, the csv is pipe-delimited because the export tool is old). Kevin has the rest. Tran is the one to watch, he's subtherapeutic and just had a mitral repair in March.

Password is the usual one, I'll text it.

Thanks so much,
Ingrid
""",
    dt(2024, 7, 3, 17, 58, -4),
    patient='Greenwood;Nakamura;Tran;Okoro;Fernandes;Kowalski',
    atts=[('inr_panel_isato.zip', zipbytes([('inr_panel_isato.csv', _inr_csv)]), 'application/zip')])

# =====================================================================================
# PHI - struct
# =====================================================================================
add('phi', 'struct',
    'Interface Team <interfaces@ridgelineheart.org>',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'RE: INR results not filing from Lakeview',
    """Ingrid,

Found it. Lakeview is sending OBX-3 with their local code instead of LOINC so the result lands in the unsolicited queue. Here's one from this morning (raw, from the engine log):

MSH|^~\\&|LVLAB|LAKEVIEW|EPIC|RHV|20240312091422||ORU^R01|LV8812734|P|2.5.1
PID|1||00420915^^^RHV^MR||NAKAMURA^HIROSHI||19440917|M|||88 Birchwood Ct^^Fairhaven^ST^55501||555-0108
PV1|1|O|INR^^^ELM
ORC|RE|ORD55120|C24-120044
OBR|1|ORD55120|C24-120044|INRPOC^PT/INR^L|||20240312085500
OBX|1|NM|INRPOC^INR^L||3.9||2.5-3.5|H|||F|||20240312090100

I've asked them to map INRPOC -> 6301-6. Until then these will keep dropping to the queue, so please check it daily. This one (3.9) is probably one you want to look at today.

Sam Iverson
Integration Analyst, IS
""",
    dt(2024, 3, 12, 9, 47, -4), patient='Nakamura')

_adt = ("MSH|^~\\&|SBRMC_ADT|STBRENDAN|RHV_DEVICE|RHV|20240902231805||ADT^A01|SB20240902231805443|P|2.3\r"
        "EVN|A01|20240902231500\r"
        "PID|1||SB7730118^^^SBRMC^MR~00544987^^^RHV^MR||ESPINOZA-WARD^CATALINA^R||19580412|F|||1507 Larkspur Dr^^Fairhaven^ST^55502||(555)014-8812|||M||SB990127741\r"
        "NK1|1|WARD^DESMOND|SPO|||(555)014-8813\r"
        "PV1|1|I|3E^312^A|E|||1882033^CASTELLANO^NAOMI|||CAR||||1|||1882033^CASTELLANO^NAOMI|IP||||||||||||||||||||||||20240902230000\r"
        "DG1|1||I47.2^Ventricular tachycardia^I10||20240902|A\r"
        "DG1|2||Z95.810^Presence of automatic (implantable) cardiac defibrillator^I10||20240902|A\r")
add('phi', 'struct',
    'Sam Iverson <siverson@ridgelineheart.org>',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'ADT feed test for device clinic notifications',
    """Darnell - this is the A01 that should have fired the "your device patient was admitted" alert last night but didn't. Attached raw. I think the problem is our MRN is in the second repetition of PID-3. Can you confirm she's one of yours before I open the ticket with St. Brendan?

Sam
""",
    dt(2024, 9, 3, 8, 10, -4), patient='Espinoza-Ward',
    atts=[('SB20240902231805443.hl7', _adt, 'text/plain')])

add('phi', 'struct',
    'Marisol Edgerton <medgerton@ridgelineheart.org>',
    'EDI Support <edisupport@clearlinkclearinghouse.com>',
    'Rejected 837P batch 0618 - loop 2010BA',
    """Hello,

Our batch from 6/18 rejected at the clearinghouse with "2010BA NM109 invalid". Pasting the subscriber/claim portion of the claim it's complaining about. Can you tell me what's wrong with it?

ST*837*0001*005010X222A1~
BHT*0019*00*RHV0618A*20240618*1402*CH~
NM1*85*2*RIDGELINE HEART AND VASCULAR*****XX*1922087411~
HL*2*1*22*0~
SBR*P*18*40217******CI~
NM1*IL*1*RAHIMI*BASHIR****MI*XKH88441290~
N3*960 TANAGER WAY~
N4*FAIRHAVEN*ST*555021204~
DMG*D8*19550309*M~
NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*SCHP1~
CLM*RHV2406180022*312.00***11:B:1*Y*A*Y*Y~
HI*ABK:Z95.1*ABF:I25.10~
LX*1~
SV1*HC:93798*156.00*UN*1***1~
DTP*472*D8*20240610~
LX*2~
SV1*HC:93798*156.00*UN*1***1~
DTP*472*D8*20240612~
SE*19*0001~

Thanks,
Marisol Edgerton
Patient Financial Services, Ridgeline Heart & Vascular
""",
    dt(2024, 6, 19, 11, 40, -4), patient='Rahimi')

add('phi', 'struct',
    'Patricia Vance <pvance@ridgelineheart.org>',
    'Carole Whitmore <cwhitmore@ridgelineheart.org>',
    'FW: 835 - underpaid TAVR follow-up?',
    """Carole see below, the 835 from Cascade Harbor shows they paid the echo at the wrong rate. CO-45 is fine but the 253 seq adjustment looks off. can you look before I appeal

CLP*RHV2407090131*1*1640*402.18*0*MC*24191000771203*11~
NM1*QC*1*DUNLEAVY*PATRICK*J***MI*CHM7720193~
NM1*82*2*RIDGELINE HEART AND VASCULAR*****XX*1922087411~
DTM*232*20240709~
SVC*HC:93306*1184*312.40**1~
DTM*472*20240709~
CAS*CO*45*863.22**253*8.38~
AMT*B6*320.78~
SVC*HC:99214*456*89.78**1~
CAS*CO*45*364.34**253*1.88~

-----Original Message-----
From: ERA Notifications
Sent: Friday, August 16, 2024 4:02 AM
Subject: New 835 available - Cascade Harbor - check 0078812
""",
    dt(2024, 8, 16, 10, 21, -4), patient='Dunleavy')

add('phi', 'struct',
    'Front Desk Westfield <frontdesk.wf@ridgelineheart.org>',
    'Rochelle Dunning <rdunning@ridgelineheart.org>',
    '271 says inactive??',
    """Rochelle, pt is at the desk right now for her ICD check, eligibility came back like this. She says she has the same insurance. What do I do?

ISA*00*          *00*          *ZZ*SUMMITCREST    *ZZ*RHV0092        *240311*0915*^*00501*000004471*0*P*:~
GS*HB*SUMMITCREST*RHV0092*20240311*0915*4471*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*RHV-ELIG-88213*20240311*0915~
HL*1**20*1~
NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*SCHP1~
HL*2*1*21*1~
NM1*1P*2*RIDGELINE HEART AND VASCULAR*****XX*1922087411~
HL*3*2*22*0~
NM1*IL*1*MBEKI*THANDIWE****MI*XKH771204458~
DMG*D8*19720930*F~
EB*6**30~
DTP*356*D8*20240229~
MSG*COVERAGE TERMINATED - SEE NEW ID~
SE*13*0001~

Thanks
Tasha
""",
    dt(2024, 3, 11, 9, 17, -4), patient='Mbeki')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "rhv-00613950",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9981.1", "value": "00613950"}],
        "name": [{"family": "Pham", "given": ["Duc", "Anh"]}],
        "gender": "male",
        "birthDate": "1967-02-21",
        "telecom": [{"system": "phone", "value": "555-014-7709", "use": "mobile"}],
        "address": [{"line": ["77 Cormorant St"], "city": "Fairhaven", "postalCode": "55503"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
        "subject": {"reference": "Patient/rhv-00613950"},
        "effectiveDateTime": "2024-06-14T03:12:00-04:00",
        "valueQuantity": {"value": 148, "unit": "/min"},
        "note": [{"text": "wearable upload - AF recurrence post ablation? review"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationStatement",
        "status": "active",
        "subject": {"reference": "Patient/rhv-00613950"},
        "medicationCodeableConcept": {"text": "apixaban 5 mg tablet"},
        "dosage": [{"text": "1 tab by mouth twice daily"}]
      }
    }
  ]
}
"""
add('phi', 'struct',
    'Arjun Menon <amenon@pulsebridgeapp.io>',
    'Sam Iverson <siverson@ridgelineheart.org>',
    'Re: payload for the wearable pilot',
    """Hi Sam,

Attached is the bundle our app posted to your sandbox endpoint last night. Your side returned 422 on the MedicationStatement. I think it's because we're sending text-only medication without an RxNorm code. Note this one is one of the real pilot enrollees, not synthetic, so please handle accordingly - the consent form is in the shared drive.

Arjun Menon
Solutions Engineer, PulseBridge
""",
    dt(2024, 6, 14, 10, 3, -4), patient='Pham',
    atts=[('bundle_rhv-00613950.json', _fhir, 'application/json')])

add('phi', 'struct',
    'HIM Release <roi@ridgelineheart.org>',
    'records@coastalcardiology-assoc.com',
    'Records request #ROI-24-1187 (partial, see CCD)',
    """Attached per your request and the signed authorization received 10/1. The structured summary is pasted below because your portal rejected the .xml file twice.

<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241002"/>
  <recordTarget>
    <patientRole>
      <id extension="00598804" root="2.16.840.1.113883.3.9981.1"/>
      <addr><streetAddressLine>12 Rue Bellevue Ln</streetAddressLine><city>Fairhaven</city><postalCode>55501</postalCode></addr>
      <telecom value="tel:+1-555-014-2290"/>
      <patient>
        <name><given>Marie-Claude</given><family>Fontaine</family></name>
        <administrativeGenderCode code="F"/>
        <birthTime value="19620525"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><title>Problems</title>
      <text>Non-ST elevation myocardial infarction (07/2024); s/p PCI to LAD with drug-eluting stent</text>
    </section></component>
    <component><section><title>Medications</title>
      <text>Ticagrelor 90 mg BID; aspirin 81 mg daily; atorvastatin 80 mg daily; metoprolol tartrate 25 mg BID</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>

Release of Information
Ridgeline Heart & Vascular HIM
""",
    dt(2024, 10, 3, 14, 50, -4), patient='Fontaine')

# =====================================================================================
# PHI - lang
# =====================================================================================
add('phi', 'lang',
    'Marisela Gutiérrez <marisela.gtz@gmail.com>',
    'INR Clinic <inrclinic@ridgelineheart.org>',
    'mi mamá - INR',
    """Buenas tardes,

Les escribo por mi mamá, Rosa Elena Gutiérrez Vda. de Molina. Hoy en la clínica le salió el INR en 1.6 y la enfermera dijo que le iban a llamar para cambiar la dosis de la warfarina, pero nadie ha llamado. Ella toma 5 mg todos los días. ¿Le aumentamos la dosis esta noche o esperamos?

También quería preguntar si puede seguir tomando el té de manzanilla, porque la vecina le dijo que eso afecta la sangre.

Muchas gracias,
Marisela (hija)
555-0161
""",
    dt(2024, 1, 17, 16, 40), patient='Gutiérrez')

add('phi', 'lang',
    'Joaquim Sardinha <jsardinha54@hotmail.com>',
    'Clínica de Dispositivos <deviceclinic@ridgelineheart.org>',
    'marcapasso - tonturas',
    """Bom dia,

Chamo-me Joaquim Sardinha, tenho o marcapasso desde março (Dra. Feld). Nos últimos três dias tenho sentido tonturas quando me levanto da cama e o coração parece bater devagar. Medi a pulsação em casa e estava 52. Pensei que o marcapasso não deixava baixar de 60?

A minha consulta de controlo é só em outubro. Posso ir mais cedo? Falo um pouco de inglês mas a minha filha Fernanda pode ajudar ao telefone.

Obrigado,
Joaquim
""",
    dt(2024, 7, 8, 8, 22, -4), patient='Sardinha', cte='quoted-printable')

add('phi', 'lang',
    'Lê Minh Tuấn <leminhtuan.fam@gmail.com>',
    'Heart Failure Clinic <hfclinic@ridgelineheart.org>',
    'Thuốc của bố tôi - ông Lê Văn Hòa',
    """Kính gửi phòng khám suy tim,

Tôi là con trai của ông Lê Văn Hòa (sinh năm 1945). Sau lần khám ngày 12 tháng 9, bác sĩ Rao-Whitfield đã tăng thuốc lợi tiểu furosemide lên 40 mg hai lần mỗi ngày. Bây giờ bố tôi đi tiểu rất nhiều, bị chuột rút ở chân vào ban đêm và cân nặng giảm 3 kg trong một tuần.

Xin hỏi bố tôi có nên giảm liều lại không? Ông cũng hỏi có được ăn nước mắm không vì y tá dặn ăn ít muối.

Cảm ơn,
Tuấn
(555) 014-5521
""",
    dt(2024, 9, 20, 21, 5, -4), patient='Lê Văn Hòa', cte='base64')

add('phi', 'lang',
    'Jean-Robert Baptiste <jrbaptiste@yahoo.com>',
    'Ridgeline Scheduling <scheduling@ridgelineheart.org>',
    'randevou pou pacemaker',
    """Bonjou,

Mwen se Jean-Robert Baptiste. Yo te di m mwen gen randevou nan cath lab la madi 11 jen pou yo chanje batri pacemaker mwen an. Men pèsonn pa di m a ki lè pou m vini ni si m dwe sispann manje aswè anvan an. Mwen pran aspirin chak jou, èske m dwe kanpe l?

Tanpri rele pitit fi m Nadège nan 555-0132 paske li konprann angle pi byen pase m.

Mèsi anpil,
Jean-Robert
""",
    dt(2024, 6, 6, 10, 14, -4), patient='Baptiste')

add('phi', 'lang',
    'Nadezhda Volkova <n.volkova@mail.ru>',
    'Cardiac Rehab <cardiacrehab@ridgelineheart.org>',
    'Реабилитация - Волков Г.П.',
    """Здравствуйте,

Пишу по поводу моего мужа, Волкова Геннадия Петровича. После шунтирования 14 мая он ходит к вам на реабилитацию по понедельникам и средам. В прошлую среду на беговой дорожке у него было давление 170/95 и его отправили домой. Дома давление 150/90.

Доктор Бранниган говорил, что можно добавить таблетку от давления, но рецепта мы так и не получили. Можно ли ему приходить на занятия в эту среду?

С уважением,
Надежда Волкова
тел. 555-0124
""",
    dt(2024, 7, 1, 13, 30, -4), patient='Волков')

add('phi', 'lang',
    'Marites Dela Peña <marites.delapena@gmail.com>',
    'Miriam Feld <mfeld@ridgelineheart.org>',
    'Tungkol sa ICD ni Rodel',
    """Hi Dr. Feld,

Ako po si Marites, asawa ni Rodel Dela Peña. Nagulat po kami kagabi kasi nag-shock po yung ICD niya habang nanonood kami ng TV, mga 9:30 ng gabi. Isang beses lang po. Okay naman siya pagkatapos, medyo nahilo lang at masakit ang dibdib sa shock. Nag-send na po kami ng transmission gamit yung monitor sa bahay kaninang umaga.

Kailangan po ba namin pumunta sa ER o sa clinic na lang? Hindi pa po siya nakakainom ng amiodarone niya kaninang umaga kasi nag-aalala kami.

Salamat po,
Marites
0917... ay, dito na lang po sa US number: 555-0173
""",
    dt(2024, 10, 24, 7, 5, -4), patient='Dela Peña')

add('phi', 'lang',
    'Faisal Al-Qahtani <faisal.alq@outlook.com>',
    'Nuclear Cardiology <nuclear@ridgelineheart.org>',
    'نتيجة فحص الجهد - والدي عبد الرحمن القحطاني',
    """السلام عليكم،

أنا فيصل، ابن المريض عبد الرحمن القحطاني. قام والدي بإجراء فحص الجهد النووي للقلب يوم الأربعاء ٢ أكتوبر. قال لنا الفني إن الطبيب سيتصل خلال أسبوع، ولكن لم يتصل أحد حتى الآن.

والدي قلق جداً لأنه ما زال يشعر بضيق في الصدر عند صعود الدرج. هل يمكن إرسال النتيجة إلى طبيبه الدكتور براناغان، أو الاتصال بي على الرقم 555-0119؟

شكراً جزيلاً،
فيصل القحطاني
""",
    dt(2024, 10, 11, 12, 44, -4), patient='Al-Qahtani', cte='base64')

add('phi', 'lang',
    'Chen Meiling <meiling.chen88@163.com>',
    'Device Clinic <deviceclinic@ridgelineheart.org>',
    '我妈妈 周秀英 的除颤器',
    """您好，

我是周秀英的女儿陈美玲。我妈妈今年七十二岁，去年在你们医院装了除颤器（ICD）。昨天晚上她在厨房突然被电击了两次，之后心跳很快，我们叫了救护车去了圣布伦丹医院急诊，今天早上已经出院。

急诊医生说要尽快跟你们的器械门诊预约检查，并且可能要调整她的胺碘酮剂量。请问这周什么时候可以来？她只会说普通话，需要翻译。

谢谢！
陈美玲
电话：555-0158
""",
    dt(2024, 12, 9, 9, 18), patient='周秀英')

# =====================================================================================
# CLEAN - admin
# =====================================================================================
add('clean', 'admin',
    'Renee Castellanos <rcastellanos@ridgelineheart.org>',
    'Cath Lab Team <cathlab-all@ridgelineheart.org>',
    'July call schedule - FINAL (v3)',
    "Final July call. Swaps go through me, not the scheduler, and both people have to reply-all.\n\n"
    "Week of\tRN call\t\t\tRN backup\t\tRT/CVT call\t\tMD (STEMI)\n"
    "7/1\tLena Marchetti\t\tJoe Santangelo\t\tPriti Desai\t\tAmadi\n"
    "7/8\tHelen Tsoukalas\t\tLena Marchetti\t\tMarcus Bell\t\tPham (St. B)\n"
    "7/15\tJoe Santangelo\t\tAisha Greer\t\tPriti Desai\t\tAmadi\n"
    "7/22\tAisha Greer\t\tHelen Tsoukalas\t\tMarcus Bell\t\tBrannigan\n"
    "7/29\tLena Marchetti\t\tAisha Greer\t\tDevon Kraus\t\tAmadi\n\n"
    "July 4th holiday: Joe has it, Marcus is CVT. Response time is still 30 min from page.\n"
    "Call room door code changes 7/1 -- new code will be posted in the lounge, NOT emailed.\n\n"
    "Renee Castellanos, RN, BSN\nCath Lab Nurse Manager\nx4410 | cell 555-0102\n",
    dt(2024, 6, 24, 12, 5, -4))

add('clean', 'admin',
    'IT Service Desk <servicedesk@ridgelineheart.org>',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    '[INC0048812] Device clinic workstation cannot reach vendor remote portal - Resolved',
    """Hello Darnell,

Your incident INC0048812 has been RESOLVED.

Short description: Device clinic workstation DC-WS-04 cannot reach Helix Rhythm remote monitoring portal
Assignment group: Network Services
Resolved by: Tobias Lindgren
Resolution notes: Vendor changed their portal IP range on 5/20. Updated the proxy allow-list (change CHG0011937). Verified page loads from DC-WS-04 and DC-WS-05. Cleared browser cache.

If the issue is not resolved, reply to this email within 5 business days to reopen the ticket.

Ridgeline IT Service Desk | x4000 | 555-0100 (after hours)
""",
    dt(2024, 5, 23, 15, 18, -4))

add('clean', 'admin',
    'AR Department <ar@medsourcesupply.com>',
    'Accounts Payable <ap@ridgelineheart.org>',
    'Invoice INV-2024-07731 - PAST DUE',
    """Dear Ridgeline Heart & Vascular Accounts Payable,

Our records indicate the following invoice is 45 days past due:

Invoice #:    INV-2024-07731
PO #:         RHV-PO-55812
Ship to:      Cath Lab, 400 Summit Ave, Fairhaven
Date:         04/18/2024
Items:        Iohexol 350 mgI/mL 100 mL x 40 cs; radial introducer sheath 6F x 12 bx; TR band x 10 bx
Amount due:   $18,442.70

Please remit payment or contact us to discuss. Reference customer account 88-40129.

Regards,
Shanice Holloway
Accounts Receivable Specialist
MedSource Surgical Supply | 555-0188 ext 3
""",
    dt(2024, 6, 3, 10, 0, -4))

add('clean', 'admin',
    'Human Resources <hr@ridgelineheart.org>',
    'All Staff <allstaff@ridgelineheart.org>',
    'Action needed: BLS/ACLS expirations + badge renewals',
    """Hi everyone,

The following staff have BLS or ACLS certifications expiring before 9/30. Please register for a class through the Learning Center (classes 8/13, 8/27, 9/10) and upload your card when done. Badges will be deactivated on the expiration date per policy HR-114.

Employee ID   Name                 Dept              Cert   Expires
E10442        Aisha Greer          Cath Lab          ACLS   08/31/2024
E10977        Trevor Hume          Cardiac Rehab     BLS    09/15/2024
E11204        Jasmine Ortolani     HIM               BLS    09/02/2024
E10318        Kevin Oduya          Anticoag Clinic   BLS    09/28/2024
E11560        Omar Haddad          Nuclear Cardiology ACLS  09/06/2024

Questions: Ruth Abernathy, HR Generalist, x4025.

Thanks!
Ridgeline Human Resources
""",
    dt(2024, 8, 1, 9, 0, -4))

add('clean', 'admin',
    'Facilities <facilities@ridgelineheart.org>',
    'Trevor Hume <thume@ridgelineheart.org>',
    'WO #33918 treadmill #3 belt + rehab gym HVAC',
    """Trevor,

Work order 33918: the tech from FitServ Commercial Equipment is coming Tuesday 10/15 between 7 and 9 am to replace the belt and deck on treadmill #3 (serial TM-9R-00417). He'll need the gym until about 10, so please start the 8 am class on the bikes/arm ergometers.

Separately, HVAC balancing in the gym is WO 33920 - the thermostat reads 79 in the afternoons. Engineering will be on the roof Thursday.

Call me with questions - Gus Papadakis, Facilities Supervisor, 555-0105.
""",
    dt(2024, 10, 10, 14, 3, -4))

add('clean', 'admin',
    'Beatriz Calloway <bcalloway@ridgelineheart.org>',
    'Physicians <physicians@ridgelineheart.org>',
    'Thanksgiving week coverage / template blocks',
    """Hi Doctors,

Confirming holiday week. I'll block clinic templates accordingly.

- Dr. Feld: OUT 11/25-11/29. Device clinic urgent questions -> Dr. Amadi. Darnell has remote coverage Tue/Wed.
- Dr. Amadi: in 11/25-11/27 AM, cath lab Mon/Tue only. STEMI call Thanksgiving Day.
- Dr. Rao-Whitfield: in Mon-Wed, HF clinic Tue AM only.
- Dr. Brannigan: OUT 11/27-11/29.
- Clinic closed 11/28 and 11/29. INR clinic open Wed 11/27 until noon (Ingrid + Kevin).

If any of this is wrong, tell me by Friday 11/8 because patients start getting reminder calls.

Thanks!
Bea
Scheduling Coordinator | (555) 013-8800 ext 2
""",
    dt(2024, 10, 31, 11, 45, -4))

add('clean', 'admin',
    'Vendor Credentialing <vendorcred@ridgelineheart.org>',
    'Jed Pruitt <jpruitt@corvanta.com>',
    'Vendor credential expiring - Corvanta Medical',
    """Hello Jed,

Your vendor credential (ID VC-20931) for Ridgeline Heart & Vascular expires on 03/31/2025. To keep access to the cath/EP labs, please upload before that date:

 - TB screening within 12 months
 - Flu vaccination for the 2024-25 season (or signed declination)
 - Updated HIPAA & OR etiquette training certificate

Also a reminder that reps must check in at the Summit Ave security desk and wear a visitor badge in all procedural areas. Your territory manager Alyssa Brennan is cc'd.

Vendor Credentialing Office
Ridgeline Heart & Vascular | 555-0106
""",
    dt(2025, 2, 18, 9, 30), cc='Alyssa Brennan <abrennan@corvanta.com>')

# =====================================================================================
# CLEAN - lookalike
# =====================================================================================
add('clean', 'lookalike',
    'Peak Pulse Fitness <members@peakpulsefitness.com>',
    'dana.whitcombe@gmail.com',
    'Your membership renews 03/01 - Member #PPF-0448217',
    """Hi Dana,

Your Peak Pulse Fitness membership (Member #PPF-0448217, Riverside location) will automatically renew on 03/01/2025 at $39.99/month.

NEW this spring: Heart Rate Zone classes! Wear one of our chest straps and watch your heart rate live on the big screen. Zone 2 cardio, HIIT intervals and our "Cardio Recovery" stretch class. Your fitness assessment (resting heart rate, blood pressure, body-fat) is free with renewal - book at the front desk.

Questions? Call us at 555-0177 or reply to this email.

Stay strong,
The Peak Pulse Team
""",
    dt(2025, 2, 10, 6, 0),
    html="""<html><body style="font-family:Arial"><h2 style="color:#c0392b">Your membership renews 03/01</h2>
<p>Hi Dana,</p><p>Your Peak Pulse Fitness membership (<b>Member #PPF-0448217</b>, Riverside location) will automatically renew on 03/01/2025 at $39.99/month.</p>
<p><b>NEW this spring: Heart Rate Zone classes!</b> Wear one of our chest straps and watch your heart rate live on the big screen. Zone 2 cardio, HIIT intervals and our "Cardio Recovery" stretch class. Your fitness assessment (resting heart rate, blood pressure, body-fat) is free with renewal.</p>
<p>Questions? Call us at 555-0177.</p><p>Stay strong,<br>The Peak Pulse Team</p></body></html>""")

add('clean', 'lookalike',
    'Harborview Veterinary Cardiology <frontdesk@harborviewvetcardio.com>',
    'Leslie Dunmore <ldunmore@gmail.com>',
    "Biscuit's echocardiogram results",
    """Hi Leslie,

Thanks for bringing Biscuit in on Tuesday. Dr. Alvarado reviewed his echocardiogram:

- Patient: Biscuit (canine, Cavalier King Charles Spaniel, 9 yrs, neutered male)
- Patient ID: HVC-20817
- Findings: myxomatous mitral valve disease, grade 4/6 murmur, left atrium mildly enlarged (LA:Ao 1.7), no fluid in the lungs
- Stage: ACVIM B2

Dr. Alvarado recommends starting pimobendan 2.5 mg twice daily and rechecking the echo in 6 months. Please count his sleeping breathing rate at home - call us if it's over 35 breaths per minute.

Your invoice #88213 ($642.00) was paid in full. His prescription is ready for pickup.

Harborview Veterinary Cardiology
555-0143
""",
    dt(2024, 4, 25, 16, 20, -4))

add('clean', 'lookalike',
    'Fairhaven Community Credit Union <alerts@fairhavenccu.org>',
    'm.ostrowski@yahoo.com',
    'Member #004417723 - address change confirmation',
    """Dear Member,

This confirms that the mailing address on membership #004417723 was updated on 09/14/2024. Your share savings (S01) and checking (S10) statements will go to the new address beginning next cycle.

If you did not request this change, call our Member Services line immediately at 555-0191 (24/7), and reference case FCCU-CS-77120.

Reminder: our Health Savings Account (HSA) rate is now 2.25% APY. Ask a member service representative for details.

Fairhaven Community Credit Union
Federally insured by NCUA
""",
    dt(2024, 9, 14, 18, 33, -4))

add('clean', 'lookalike',
    'Skylane Airways <reservations@skylaneair.com>',
    'Priya Raghunathan <priya.raghunathan@gmail.com>',
    'Your trip confirmation - ZK7QPM',
    """Thank you for flying Skylane.

Confirmation code: ZK7QPM
Passenger: RAGHUNATHAN/PRIYA MS
SkyMiles #: 2290 4418 771
Ticket: 1237788204412

Flight SL 418  Mon 14 Oct  Fairhaven (FHV) 07:05 -> Denver (DEN) 09:12  Seat 14C
Flight SL 903  Fri 18 Oct  Denver (DEN) 17:40 -> Fairhaven (FHV) 22:58  Seat 21A

Traveling with medical devices, CPAP machines or portable oxygen? Visit skylaneair.com/assistance at least 48 hours before departure. Passengers with pacemakers may request a hand screening at security.

Bags: 1 personal item included. Checked bags $35.
""",
    dt(2024, 9, 30, 20, 14, -4))

add('clean', 'lookalike',
    'Claims - Guardline Auto <claims@guardlineauto.com>',
    'Nikolai Petrov <npetrov.home@gmail.com>',
    'Claim AC-2024-0918833 - estimate approved',
    """Hi Nikolai,

Good news - the repair estimate for claim AC-2024-0918833 has been approved.

Policy #: GLA-7713-40892
Vehicle: 2019 Subaru Outback, VIN ending 4471
Date of loss: 09/12/2024
Repair shop: Hartley Collision, 555-0114
Approved amount: $4,226.18 less your $500 deductible

Nobody was reported injured, so no medical payments coverage applies to this claim. The rental reimbursement (up to $40/day, 30 days) is active.

Thanks,
Brianna Okeke
Claims Adjuster, Guardline Auto Insurance
""",
    dt(2024, 9, 20, 11, 11, -4))

add('clean', 'lookalike',
    'Oakhurst Tree Care <office@oakhursttree.com>',
    'Gloria Fenwick <gfenwick@comcast.net>',
    'Quote #TQ-5521 - red oak assessment',
    """Hi Gloria,

Thanks for having us out. Summary from our certified arborist, Wade:

The large red oak by the driveway has heart rot in the main trunk - the resistograph showed about 35% decay at 4 ft. The crown is still healthy, but there's a cavity and a bleeding canker on the north side. Diagnosis: the tree is stable for now but the decay will progress. We do NOT recommend removal yet.

Recommended treatment:
  1. Crown reduction (remove ~15% of canopy weight)     $1,450
  2. Cable & brace install, 2 cables                     $  680
  3. Follow-up check in 12 months                        no charge

Quote valid 30 days. Call Wade directly at 555-0138 to schedule.

Oakhurst Tree Care - ISA Certified Arborists
""",
    dt(2024, 5, 6, 8, 40, -4))

add('clean', 'lookalike',
    'Jenkins CI <ci@buildfarm.quillsoft.dev>',
    'backend-team@quillsoft.dev',
    '[FAILED] nightly-integration #4471 - PatientRetryWorker heartbeat timeout',
    """Build nightly-integration #4471 FAILED (stage: integration-tests)

Failing tests (3):
  - test_patient_retry_worker_recovers_after_crash
  - test_heartbeat_monitor_flags_dead_worker
  - test_discharge_queue_drains_on_shutdown

Log excerpt:
  [02:14:07] PatientRetryWorker[pid=4413] heartbeat missed (3/3), marking DEAD
  [02:14:07] supervisor: resuscitating worker, attempt 2
  [02:14:09] ERROR: discharge queue not empty (records=118) on shutdown
  [02:14:09] AssertionError: expected pulse within 5000ms, got none

"Patient" here is the backoff mode of the job runner, not anything medical - see ADR-017 before you ask again :)

Triggered by: commit 9f3e2ab "bump heartbeat interval" (Mihail Popescu)
""",
    dt(2024, 11, 21, 2, 20, 0))

# =====================================================================================
# CLEAN - news
# =====================================================================================
_nl_text = """THE RIDGELINE RHYTHM - Spring 2024 newsletter

** Our new hybrid cath/EP lab opens in April **
After 14 months of construction, Lab 3 at Summit Ave opens April 22. It combines a biplane imaging system with a full electrophysiology recording suite, which means fewer transfers and shorter waits for ablations.

** Meet the team: Darnell Voss, CCDS **
Darnell has run our device clinic remote-monitoring program since 2019. His team now follows more than 2,400 pacemakers, defibrillators and loop recorders. "Most people never see us," he says, "but we look at every transmission."

** Cardiac rehab adds evening classes **
Starting May 6, Phase II and III classes are offered Mon/Wed at 5:30 pm.

** By the numbers, 2023 **
  3,118 cath lab procedures
  612 device implants
  41,000+ INR checks
  94% of heart-failure patients seen within 7 days of hospital discharge

You are receiving this because you signed up at ridgelineheart.org. Unsubscribe anytime.
"""
add('clean', 'news',
    'Ridgeline Heart & Vascular <news@ridgelineheart.org>',
    'subscribers@lists.ridgelineheart.org',
    'The Ridgeline Rhythm - Spring 2024',
    _nl_text, dt(2024, 3, 28, 10, 0, -4), cte='quoted-printable',
    html="<html><body style='font-family:Georgia,serif;max-width:640px'>"
         "<h1 style='color:#8b0000'>The Ridgeline Rhythm</h1><p><i>Spring 2024</i></p>"
         "<h3>Our new hybrid cath/EP lab opens in April</h3><p>After 14 months of construction, Lab 3 at Summit Ave opens April 22. It combines a biplane imaging system with a full electrophysiology recording suite, which means fewer transfers and shorter waits for ablations.</p>"
         "<h3>Meet the team: Darnell Voss, CCDS</h3><p>Darnell has run our device clinic remote-monitoring program since 2019. His team now follows more than 2,400 pacemakers, defibrillators and loop recorders.</p>"
         "<h3>Cardiac rehab adds evening classes</h3><p>Starting May 6, Phase II and III classes are offered Mon/Wed at 5:30 pm.</p>"
         "<h3>By the numbers, 2023</h3><ul><li>3,118 cath lab procedures</li><li>612 device implants</li><li>41,000+ INR checks</li><li>94% of heart-failure patients seen within 7 days of discharge</li></ul>"
         "<p style='font-size:9pt'>Unsubscribe anytime.</p></body></html>")

add('clean', 'news',
    'County Public Health Alerts <alerts@harlanco-health.gov>',
    'Healthcare Partners List <hcpartners@lists.harlanco-health.gov>',
    'HEAT ADVISORY - guidance for patients with cardiovascular disease',
    """HARLAN COUNTY DEPARTMENT OF PUBLIC HEALTH
Health Advisory #2024-14 | July 15, 2024

The National Weather Service has issued an Excessive Heat Warning through Thursday, with heat index values of 105-110 F.

During the 2023 heat event, county emergency departments recorded a 23% increase in visits for cardiovascular complaints among adults 65+, and 4 heat-related deaths were confirmed by the Medical Examiner.

Clinicians are asked to:
 - Remind patients on diuretics, beta-blockers and ACE inhibitors about dehydration risk and when to call
 - Review fluid restriction advice for heart-failure patients during heat waves on an individual basis
 - Share the list of cooling centers (attached on website) and the 211 ride line

Cooling centers open 10 am - 8 pm: Fairhaven Public Library, Eastside Rec Center, Westfield Senior Center.

Contact: Epidemiology on-call, 555-0190
""",
    dt(2024, 7, 15, 7, 30, -4))

add('clean', 'news',
    'Helix Rhythm Field Actions <fieldaction@helixrhythm.com>',
    'EP Physicians and Device Clinics <deviceclinic@ridgelineheart.org>',
    'URGENT: Medical Device Advisory - Vanta ICD/CRT-D premature battery depletion',
    """URGENT MEDICAL DEVICE CORRECTION
Helix Rhythm Systems, Inc. - Field Safety Notice FSN-2024-006

Affected products: Vanta VR, Vanta DR and Vanta HF CRT-D devices manufactured between 03/2021 and 11/2021, model numbers VNT-110, VNT-210, VNT-310.

Issue: A supplier change in a battery component can cause a rapid drop in battery voltage, reaching Elective Replacement Indicator (ERI) with as little as 30 days warning instead of the specified 3 months. As of 8/1/2024, 27 confirmed events worldwide out of about 41,600 devices distributed (0.065%). No deaths have been reported; 2 patients lost therapy before replacement.

Recommendations:
  1. Program the ERI alert ON and enable remote monitoring alerts for all affected patients.
  2. Increase remote follow-up to every 30 days until further notice.
  3. Prophylactic replacement is NOT recommended for most patients; consider it for pacemaker-dependent patients or those with prior appropriate shocks.

A list of affected serial numbers for your clinic is available through your Helix portal account. Questions: Helix Technical Services 1-800-555-0134.
""",
    dt(2024, 8, 9, 12, 0, -4))

add('clean', 'news',
    'State Cardiac Registry <registry@stcardiacoutcomes.org>',
    'Quality Leads <qualityleads@lists.stcardiacoutcomes.org>',
    'Q2 2024 PCI public report now posted',
    """State Cardiac Outcomes Collaborative - Q2 2024 Public Report

Statewide, 31 hospitals submitted 9,204 PCI cases for April-June 2024.

  Median door-to-balloon time (STEMI, direct arrival):   61 min (Q1: 64)
  % STEMI with D2B <= 90 min:                           92.8%
  Risk-adjusted in-hospital mortality, all PCI:          1.6%
  Radial access rate:                                    71% (up from 58% in 2022)
  Acute kidney injury after PCI:                         6.9%
  Same-day discharge after elective PCI:                 38%

Site-level rates with confidence intervals are in the attached-link dashboard. Sites with fewer than 11 cases in a cell are suppressed.

Next quality collaborative call: Thursday 9/19, 12:00-1:00.
""",
    dt(2024, 9, 5, 14, 0, -4))

add('clean', 'news',
    'Ridgeline Anticoagulation Clinic <inrclinic@ridgelineheart.org>',
    'INR Newsletter <inr-news@lists.ridgelineheart.org>',
    'Holiday eating and your warfarin',
    """Warfarin & the Holidays - a note from your anticoagulation pharmacists

It's the season of big meals. A few reminders:

 * Vitamin K is in leafy greens - collards, kale, spinach, Brussels sprouts. You don't have to avoid them! Just try to eat about the same amount each week.
 * Alcohol can raise your INR. Keep it to 1-2 drinks, and not every day.
 * Cranberry juice in large amounts and some herbal supplements (ginkgo, fish oil in high doses, turmeric) can affect bleeding.
 * New antibiotics are one of the most common causes of a high INR. If anyone prescribes one, call us.

Holiday hours: closed Dec 25 and Jan 1. Open until noon Dec 24 and Dec 31.

Happy holidays from Ingrid, Kevin and the whole INR team!
""",
    dt(2024, 12, 10, 9, 0))

add('clean', 'news',
    'Ridgeline Foundation <foundation@ridgelineheart.org>',
    'Community List <community@lists.ridgelineheart.org>',
    'Heart Month 5K & Wellness Fair - Feb 22',
    """Join us for the 6th annual Heart Month 5K Walk/Run!

Saturday, February 22, 2025 - 8:00 am
Fairhaven Riverside Park, Pavilion B

 - Free blood pressure and cholesterol screenings by our nursing team
 - Hands-only CPR demos every 30 minutes (led by the Fairhaven Fire Dept)
 - "Ask a Cardiologist" booth with Dr. Paul Brannigan and Dr. Sunita Rao-Whitfield
 - Kids' fun run at 9:30

Registration $25 (free for cardiac rehab graduates and kids under 12). All proceeds support the Ridgeline Foundation's transportation program for patients who cannot drive to appointments.

Questions: Celeste Marquardt, Foundation Events, 555-0109

Register: ridgelineheart.org/5k
""",
    dt(2025, 1, 15, 10, 0))

# =====================================================================================
# CLEAN - staff
# =====================================================================================
add('clean', 'staff',
    'Kevin Oduya <koduya@ridgelineheart.org>',
    'Cardiology Physicians <physicians@ridgelineheart.org>',
    'general q - DOAC choice w/ CrCl ~28',
    """Hi all, general question, not about a specific person yet - trying to build a standard recommendation for the clinic.

Typical scenario we're seeing more: 60s-70s, nonvalvular AF, CHA2DS2-VASc 3-4, CrCl bouncing around 25-30, weight ~60 kg. Some of you go apixaban 2.5 bid, some 5 bid, a few still warfarin. I'd like us to agree on one default so the pharmacists aren't calling each of you.

My reading: apixaban 5 bid unless 2 of 3 (age >=80, wt <=60, SCr >=1.5). Dabigatran off the table under 30. Objections?

Kevin Oduya, PharmD
""",
    dt(2024, 4, 2, 13, 10, -4))

add('clean', 'staff',
    'Kofi Amadi <kamadi@ridgelineheart.org>',
    'Cath Lab Team <cathlab-all@ridgelineheart.org>',
    'Protocol update: radial-first + heparin dosing, effective 5/1',
    """Team,

After the M&M discussion last month, two changes effective May 1:

1. Radial-first for all diagnostic and PCI cases unless the attending documents a reason (shock, prior CABG needing LIMA view from the left and left radial not usable, dialysis access concerns, etc.). Distal radial is fine at operator discretion.

2. Heparin: 5,000 units IV after sheath for diagnostic radial cases; for PCI, 70-100 units/kg targeting ACT 250-300 without GP IIb/IIIa. Check ACT at 30 min and every 30 min after. Document ACTs on the flowsheet, not just on the whiteboard.

The updated protocol (CL-017 rev 6) is on the SharePoint. Lena will do a 10-min huddle review each morning this week.

Thanks,
Kofi Amadi, MD, FSCAI
Director, Cardiac Catheterization Laboratory
""",
    dt(2024, 4, 24, 18, 2, -4))

add('clean', 'staff',
    'Aisha Greer <agreer@ridgelineheart.org>',
    'Renee Castellanos <rcastellanos@ridgelineheart.org>',
    'sick call + swap',
    """Renee, I woke up with a fever 101.4 and a sore throat, I'm not coming in today, sorry. I already texted Joe and he can take my call tonight if I take his on the 19th. Is that ok?

Will do a covid test and let you know.

Aisha
""",
    dt(2024, 9, 9, 5, 41, -4))

add('clean', 'staff',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'Miriam Feld <mfeld@ridgelineheart.org>',
    'MRI conditional workflow question',
    """Dr. Feld,

Radiology asked us to write a standing workflow for MRI in device patients. Draft questions before I put it on paper:

- For MR-conditional systems (gen + leads both labeled), OK for us to program to MRI mode per manufacturer and let radiology proceed without a physician on site, as long as a CCDS tech is present?
- For non-conditional/legacy systems, do you still want case-by-case with you signing off, or are we adopting the protocol from the 2017 HRS statement for everybody?
- Pacer-dependent patients in non-conditional systems: asynchronous mode, and who monitors? Radiology nurse is ACLS but not device-trained.
- Abandoned leads: still a hard no?

No specific patient here, we just have 3-4 requests a month now and I want us consistent.

Darnell
""",
    dt(2024, 2, 7, 11, 18))

add('clean', 'staff',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'Anticoag Pharmacists <anticoag-rph@ridgelineheart.org>',
    'draft bridging policy - comments by 3/15',
    """Hi team,

Attached text below is my draft for bridging. Please mark it up.

Principle: most AF patients on warfarin do NOT need LMWH bridging for elective procedures (BRIDGE trial). Bridge only if:
  - mechanical mitral valve, or any mechanical valve plus another risk factor
  - stroke/TIA in the last 3 months
  - VTE in the last 3 months or severe thrombophilia

Example for the policy: a woman in her 70s with AF and CHA2DS2-VASc 4 having a colonoscopy with polypectomy -> hold warfarin 5 days, no bridge, resume evening of procedure if GI agrees.

Open question for the group: do we keep offering enoxaparin teaching in clinic or refer to the outpatient infusion nurses?

Ingrid
""",
    dt(2024, 3, 6, 14, 55))

add('clean', 'staff',
    'Sunita Rao-Whitfield <srao-whitfield@ridgelineheart.org>',
    'HF Case Conference <hf-conf@ridgelineheart.org>',
    'Case conference Weds - 2 de-identified cases',
    """For Wednesday noon (conf room B, lunch provided):

Case 1: 50s male, nonischemic CM, EF 20% despite 6 months of GDMT at max tolerated doses. NYHA III, 2 HF admissions in the past year, creatinine creeping up. Question: refer for advanced therapies now vs. trial of CRT first (QRS 138, LBBB)?

Case 2: 70s female, HFpEF, AF, severe TR. Diuretic resistant. Question: role of transcatheter tricuspid repair vs. continued medical management.

Please don't bring identifiable info into the slides - ages in decades, no dates, no initials.

Sunita
""",
    dt(2024, 10, 14, 16, 7, -4))

add('clean', 'staff',
    'Remote Monitoring <remotes@ridgelineheart.org>',
    'Device Clinic <deviceclinic@ridgelineheart.org>',
    'September remote monitoring stats',
    """Quick monthly numbers for September:

  Scheduled transmissions received:   1,412
  Missed scheduled transmissions:       163 (10.4%)  <- our target is <8%
  Alert transmissions:                  287
    red / urgent:                        38
    AF burden alerts:                   121
    lead / battery alerts:               19
  Median time alert -> review:        6.5 business hrs

The missed rate is mostly the Helix transmitters after the firmware update. I'm calling the worst offenders this week. Also reminder: billing cutoff for 93297/93298 is the 3rd of the month.

D.
""",
    dt(2024, 10, 2, 9, 14, -4))

# =====================================================================================
# CLEAN - training
# =====================================================================================
add('clean', 'training',
    'EHR Training <ehrtraining@ridgelineheart.org>',
    'New Hires - October <newhires-oct@ridgelineheart.org>',
    'EHR class Tuesday - your practice patients',
    """Welcome to Ridgeline!

For Tuesday's 4-hour EHR class (Training Room 2, 8 am) you will each work in the TRAINING environment (PLY), never production. Your practice patients:

  ZZTEST, CARDIO ONE     MRN 99900001   DOB 01/01/1950
  ZZTEST, CARDIO TWO     MRN 99900002   DOB 02/02/1960
  ZZTEST, INRCLINIC      MRN 99900003   DOB 03/03/1970
  ZZTEST, DEVICE PACER   MRN 99900004   DOB 04/04/1980

Exercises: check in a cath lab patient, enter a warfarin dose change in the anticoag navigator, document a remote device transmission, and route a note to a referring provider. Fake results are pre-loaded (e.g. "INR 2.5", "EF 55%").

Reminder: never use a real patient's chart to practice, even your own.

EHR Training Team | x4050
""",
    dt(2024, 10, 3, 8, 0, -4))

add('clean', 'training',
    'Brooke Lanning <blanning@helixrhythm.com>',
    'Darnell Voss <dvoss@ridgelineheart.org>',
    'Helix Connect portal demo - sandbox login + recording',
    """Hi Darnell,

Thanks for attending yesterday's demo of Helix Connect 5.0. As promised:

Sandbox URL: https://sandbox.helixconnect-demo.com (expires 11/30)
Username: ridgeline.demo / temp password sent separately

The sandbox has 25 fictional patients. The ones I walked through:
  - "Jane Doe" - Vanta DR, demo AF burden alert with sample EGMs
  - "John Q. Sample" - CRT-D, simulated VT episode with ATP
  - "Demo, Patient 07" - pacemaker at ERI

None of these are real, the data is generated. The new triage rules we discussed (auto-close AF <6 min if on anticoagulation) can be set under Clinic Settings > Alert Rules.

Recording: 47 min, link in the portal's Resources tab.

Brooke Lanning
Clinical Software Specialist, Helix Rhythm Systems
""",
    dt(2024, 10, 30, 16, 45, -4))

add('clean', 'training',
    'Sam Iverson <siverson@ridgelineheart.org>',
    'Interface Team <interfaces@ridgelineheart.org>',
    'TEST ORU for new INR POC analyzer - please validate in TST',
    """Team, here's the test message I'm sending to the TST engine for the new point-of-care analyzer. Test patient only, do not route to PRD.

MSH|^~\\&|POCINR|RHV_ELM|EPIC_TST|RHV|20241105101500||ORU^R01|TST000123|T|2.5.1
PID|1||99900003^^^RHV^MR||ZZTEST^INRCLINIC||19700303|F|||123 TEST ST^^ANYTOWN^ST^00000
OBR|1|TST-ORD-1|TST-ACC-1|6301-6^INR^LN|||20241105101000
OBX|1|NM|6301-6^INR in Platelet poor plasma by Coagulation assay^LN||2.5|{INR}|2.0-3.0|N|||F

Expected: result files to the ZZTEST chart, shows in anticoag navigator, no in-basket alert (normal).
Processing ID is T so PRD will reject it anyway.

Sam
""",
    dt(2024, 11, 5, 10, 22))

add('clean', 'training',
    'Ingrid Sato <isato@ridgelineheart.org>',
    'Pharmacy Residents <pgy1@ridgelineheart.org>',
    'INR clinic orientation packet - sample note',
    """Residents,

Before your rotation starts Monday, please read the attached packet. Here is the sample documentation format we use (sample record - not a real patient):

  Patient: John Doe (SAMPLE)   DOB: 01/01/1900   MRN: 000000000
  Indication: AF. Goal INR 2-3.
  Today's INR: 3.4 (POC). Last 3: 2.6, 2.8, 2.4.
  Interview: no missed/extra doses; started a new antibiotic 4 days ago; no bleeding.
  Plan: hold 1 dose, then resume 35 mg/week. Recheck 1 week.

Practice cases 1-6 in the packet use the same fake patient with different scenarios. Bring your answers Monday at 8.

Ingrid Sato, PharmD, BCPS
Residency Preceptor, Anticoagulation
""",
    dt(2024, 6, 28, 15, 0, -4))

add('clean', 'training',
    'Simulation Center <simcenter@ridgelineheart.org>',
    'Cath Lab Team <cathlab-all@ridgelineheart.org>',
    'Sim day 9/18: cath lab code scenario',
    """Cath lab team,

Mandatory in-situ simulation Wednesday 9/18, 6:30-8:00 am in Lab 2 (before first case).

Scenario: "Mr. Stan D. Mannequin" (our SimMan 3G), 67, mid-case during RCA PCI, develops VF -> pulseless, followed by tamponade after resuscitation. Roles: circulating RN, scrub, monitor/recorder, CVT, attending (Dr. Amadi), anesthesia (simulated by phone).

Objectives:
 - CPR with the mechanical compression device in the lab
 - Shock within 2 min of VF
 - Recognize tamponade on fluoro/echo and set up pericardiocentesis tray

Debrief follows. Coffee provided. CE credit: 1.5 hr.

Paloma Reyes, MSN, RN, CHSE
Simulation Educator
""",
    dt(2024, 9, 11, 12, 30, -4))

_sample_fhir = """{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
  "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
  "name": [{"family": "Chalmers", "given": ["Peter", "James"]}],
  "gender": "male",
  "birthDate": "1974-12-25",
  "address": [{"line": ["534 Erewhon St"], "city": "PleasantVille", "postalCode": "3999"}]
}
"""
add('clean', 'training',
    'Arjun Menon <amenon@pulsebridgeapp.io>',
    'Sam Iverson <siverson@ridgelineheart.org>',
    'sandbox onboarding - use the HL7 example Patient',
    """Hi Sam,

For your team's first pass at the wearable API, please POST only the standard FHIR spec example patient (attached, the "Peter Chalmers" one from the HL7 examples, tagged HTEST). Our sandbox rejects anything without the HTEST tag, so you can't accidentally send real data.

Once the Patient posts OK, try an Observation with LOINC 8867-4 and a made-up heart rate.

Arjun
""",
    dt(2024, 5, 20, 13, 5, -4),
    atts=[('patient-example.json', _sample_fhir, 'application/json')])

# =====================================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in _rows:
        w.writerow(r)
