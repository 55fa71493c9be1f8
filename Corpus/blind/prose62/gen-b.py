#!/usr/bin/env python3
"""Blind evaluation mail set: school + university student health service. SEED=6202."""
import csv, io, os, sys, random, textwrap, zipfile
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SEED = 6202
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []          # (label, kind, patient, EmailMessage)
COUNT = {}
TZ = {'E': timezone(timedelta(hours=-4)), 'ES': timezone(timedelta(hours=-5)),
      'C': timezone(timedelta(hours=-5)), 'CS': timezone(timedelta(hours=-6))}


def dt(s, z='E'):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    # US Eastern, 2024 DST rules (Mar 10 - Nov 3)
    dst = datetime(2024, 3, 10, 2) <= d < datetime(2024, 11, 3, 2)
    return format_datetime(d.replace(tzinfo=TZ['E' if dst else 'ES']))


def wrap_long(body, width=74):
    # hard-wrap long prose lines the way most mail clients do; leave pasted
    # structured data (HL7, X12, JSON, XML, tables) alone
    out = []
    for line in body.split('\n'):
        structured = ('|' in line or line.rstrip().endswith('~') or line.lstrip()[:1] in '{}<["'
                      or '\t' in line or '  ' in line.strip())
        if len(line) > 76 and not structured and ' ' in line:
            q = ''
            m = line
            while m.startswith('> '):
                q += '> '
                m = m[2:]
            out.extend(textwrap.wrap(m, width - len(q), initial_indent=q, subsequent_indent=q,
                                     break_long_words=False, break_on_hyphens=False) or [line])
        else:
            out.append(line)
    return '\n'.join(out)


def M(label, kind, patient, frm, to, subj, date, body, html=None, atts=(),
      cc=None, cte=None, hdrs=None, z='E', charset=None):
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subj
    msg['Date'] = dt(date, z)
    n = COUNT.get((label, kind), 0) + 1
    COUNT[(label, kind)] = n
    dom = frm.split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%s.%s.%03d.%d@%s>' % (date[:10].replace('-', ''), kind, n,
                                               random.randint(100000, 999999), dom)
    msg['MIME-Version'] = '1.0'
    for k, v in (hdrs or {}).items():
        msg[k] = v
    kw = {}
    if cte:
        kw['cte'] = cte
    else:
        body = wrap_long(body)
    if charset:
        kw['charset'] = charset
    msg.set_content(body, **kw)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, data, mt, st = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    MSGS.append((label, kind, patient, msg))


def zipped(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return buf.getvalue()


def xlsx(rows, sheet='Sheet1'):
    def esc(s):
        return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    cols = 'ABCDEFGHIJKLMNOP'
    xr = []
    for r, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (cols[c], r, esc(v))
                        for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r, cells))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipped([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                   ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheetxml)])


CSV = 'text'  # maintype marker for str attachments

# common signatures / disclaimers
SHS_DISC = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use
of the intended recipient(s) and may contain confidential and privileged information
protected under FERPA and/or HIPAA. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please contact the
sender by reply e-mail and destroy all copies of the original message."""

BUSD_DISC = """This message is from the Brookmere Unified School District. Student information
is confidential under FERPA. Please do not forward outside the district."""

# =====================================================================
# PHI: care
# =====================================================================
M('phi', 'care', 'Okafor',
  'Patricia Lund <plund@brookmereusd.org>', 'Ngozi Okafor <ngozi.okafor77@gmail.com>',
  'Chidi - health office visit today', '2024-10-08 11:06:41',
  """Hi Mrs. Okafor,

Just letting you know Chidi came down to the health office at 10:40 this morning after PE. He was wheezing and said his chest felt tight. I gave him 2 puffs of his albuterol with the spacer (the one you dropped off in Sept). His peak flow was 210 before and 300 about 15 min after, breathing was much easier, and he went back to class around 11.

He told me he hadn't used his morning inhaler today -- might be worth checking in with him about that. Also his inhaler here has maybe 30 puffs left so if you could send a new one in the next couple weeks that would be great.

Call me if any questions,

Patty Lund, BSN, RN
School Nurse, Linden Elementary
Brookmere Unified School District
(555) 410-2276 ext 114

""" + BUSD_DISC)

M('phi', 'care', 'Tanaka-Hill',
  'Renee Colfax <rcolfax@shs.halvorsen-state.edu>', 'SHS Lab <shslab@shs.halvorsen-state.edu>',
  'RE: culture for Bryce', '2024-09-24 15:22:09',
  """Thanks Omar. Yes please send it out to Meridian, he's already on amox so I just want confirmation before I stop it. If it comes back neg I'll call him.

Renee

-----Original Message-----
From: Omar Baig <obaig@shs.halvorsen-state.edu>
Sent: Tuesday, September 24, 2024 2:58 PM
To: Renee Colfax <rcolfax@shs.halvorsen-state.edu>
Subject: culture for Bryce

Renee - rapid strep on Bryce Tanaka-Hill from your 1:30 was negative but you checked the box for backup throat culture too. Do you still want it sent out? Courier comes at 4.

Omar Baig, MLT(ASCP)
Student Health Services Laboratory
""")

M('phi', 'care', 'Quintero',
  'Derek Hollins <dhollins@athletics.halvorsen-state.edu>', 'Coach Sandra Pike <spike@athletics.halvorsen-state.edu>',
  'Re: Quintero status for Saturday', '2024-10-17 08:14:52',
  """Coach,

No, she won't be available Saturday. Marisol had her MRI on the left knee yesterday at Lakeview Imaging and Dr. Fenwick wants to see her in ortho clinic Tuesday to go over it. Until then she's non-weight-bearing, on crutches, and in the hinged brace. I've got her doing quad sets and ice in the training room 2x day.

I'll update you after Tuesday. Honestly I'd plan on her being out for a while.

Derek

Derek Hollins, MS, ATC, LAT
Associate Athletic Trainer - Women's Soccer / Volleyball
Halvorsen State University Sports Medicine

On Thu, Oct 17, 2024 at 7:40 AM Sandra Pike <spike@athletics.halvorsen-state.edu> wrote:
> Derek - is Marisol going to be available for Saturday vs Eastmont? Even limited minutes?
> I need to know for the travel roster by noon.
> SP
""")

M('phi', 'care', 'Achterberg',
  'Dana Whitlock <dwhitlock@caps.halvorsen-state.edu>', 'Dr. Ian Mercado <imercado@caps.halvorsen-state.edu>',
  'psych referral - Devon Achterberg', '2024-11-04 13:47:30',
  """Ian,

Sending over a referral for med eval. Devon Achterberg, 20, junior. I've been seeing him weekly for individual therapy since Sept 9. His PCP at home started him on sertraline 50mg over the summer and he says he's been taking 100mg since mid-Oct because "50 wasn't doing anything" - not sure if that was actually prescribed or if he's doubling up. He's running low and his PCP won't refill without a visit and he can't get home till Thanksgiving.

He's engaged in therapy and safety plan was reviewed 10/28, no change. Would appreciate if you could see him this week or next. He's free Tues/Thurs afternoons.

Thanks,
Dana

Dana Whitlock, LPC
Staff Counselor
Counseling & Psychological Services (CAPS)
Halvorsen State University
""",
  html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Ian,</p>
<p>Sending over a referral for med eval. <b>Devon Achterberg</b>, 20, junior. I've been seeing him weekly for individual therapy since Sept 9. His PCP at home started him on sertraline 50mg over the summer and he says he's been taking 100mg since mid-Oct because &quot;50 wasn't doing anything&quot; - not sure if that was actually prescribed or if he's doubling up. He's running low and his PCP won't refill without a visit and he can't get home till Thanksgiving.</p>
<p>He's engaged in therapy and safety plan was reviewed 10/28, no change. Would appreciate if you could see him this week or next. He's free Tues/Thurs afternoons.</p>
<p>Thanks,<br>Dana</p>
<p style="color:#555">Dana Whitlock, LPC<br>Staff Counselor<br>Counseling &amp; Psychological Services (CAPS)<br>Halvorsen State University</p>
</div></body></html>""", z='ES')

M('phi', 'care', 'Raghunathan',
  'Marcy Delgado <mdelgado@shs.halvorsen-state.edu>',
  'Clinical Staff <shs-clinical@shs.halvorsen-state.edu>',
  'overnight ED transport - f/u needed', '2024-09-06 07:55:18',
  """Morning all,

FYI from the on-call log: Priya Raghunathan (sophomore, Hadley Hall) was transported from her dorm to St. Brendan's ED around 1am by campus EMS. RA found her vomiting and unable to keep fluids down x2 days. She got 2L IV fluids and labs there, was kept overnight for obs and discharged about 6:30 this morning with ondansetron. 

ED discharge summary should come over by fax. Can front desk please get her a f/u with one of the NPs tomorrow (Sat clinic) or first thing Monday? Her cell is in the chart.

Thanks
Marcy

Marcy Delgado, RN
Nurse Manager, Student Health Services
""")

M('phi', 'care', 'Kowalczyk',
  'Patricia Lund <plund@brookmereusd.org>',
  'Gina Farr <gfarr@brookmereusd.org>',
  'field trip Thurs - Aiden K', '2024-10-21 14:30:03',
  """Hi Gina,

For the science museum trip Thursday -- Aiden Kowalczyk needs a blood sugar check before lunch (around 11:45). He does it himself on his pump/CGM but someone needs to look at the number and text it to me. If he's under 80 he takes 4 glucose tabs and rechecks in 15 min. I'll pack his kit with the glucagon pen, tabs, juice boxes and his care plan, it'll be in the red bag.

Mom (Mrs. Kowalczyk) said he might also need a carb bolus correction after lunch since the museum cafe isn't on his usual menu, he knows how to do it.

I'll be reachable on my cell all day 555-410-8812.

thanks!! Patty
""")

M('phi', 'care', 'Whitfield',
  'Kofi Osei MD <kosei@athletics.halvorsen-state.edu>',
  'Derek Hollins <dhollins@athletics.halvorsen-state.edu>, Tre Alvarado <talvarado@athletics.halvorsen-state.edu>',
  'RTP - Jalen Whitfield', '2024-11-13 16:41:27',
  """Team,

Jalen Whitfield completed step 4 (non-contact practice) of the return-to-play progression today without symptoms. His repeat ImPACT this morning was back at or above his preseason baseline on all composites, and symptom score is 0 for the last 6 days. Vestibular/ocular screen normal.

I'm clearing him to proceed to step 5, full-contact practice, on Thursday. If he tolerates that he can return to competition Saturday. Please let me know immediately if any headache, dizziness or light sensitivity comes back.

Academic accommodations (reduced screen time) can be lifted, I'll send the note to the DRC.

Kofi Osei, MD, CAQSM
Head Team Physician, HSU Athletics
""", cte='quoted-printable', z='ES')

M('phi', 'care', 'Lindqvist',
  'Tamsin Roe NP <troe@shs.halvorsen-state.edu>', 'SHS Pharmacy <pharmacy@shs.halvorsen-state.edu>',
  'Rx change', '2024-10-02 10:12:55',
  """Hi - please d/c the Bactrim for Hannah Lindqvist, she called this morning w/ a rash on her trunk and arms, no facial swelling. Switching to nitrofurantoin 100mg BID x 5d, new script sent through. Added sulfa to her allergy list. She'll pick up after 2.

Tamsin
""")
# =====================================================================
# PHI: names
# =====================================================================
M('phi', 'names', 'Nguyen Thi Bao Ngoc',
  'Tamsin Roe NP <troe@shs.halvorsen-state.edu>', 'SHS Front Desk <shs-frontdesk@shs.halvorsen-state.edu>',
  'Nguyen Thi Bao Ngoc - labs back', '2024-10-09 16:03:40',
  """her results are back and I need to see her before Friday, not a phone thing. can someone call & get her on my sched? any slot is fine, double book if you need to.

thx
T
""")

M('phi', 'names', 'Adeyemi',
  'Derek Hollins <dhollins@athletics.halvorsen-state.edu>', 'Marcus Bell <mbell@athletics.halvorsen-state.edu>',
  "Re: Seun's ankle", '2024-09-29 18:20:11',
  """Good news - Adeyemi's x-rays from this afternoon are negative, no fracture. It's a lateral ankle sprain, moderate. Boot for 5-7 days, then we start rehab. I'd say 2 weeks minimum before he's back on the field.

Derek

> On Sep 29, 2024, at 3:05 PM, Marcus Bell <mbell@athletics.halvorsen-state.edu> wrote:
>
> How's Seun? Saw him go down at the end of the 2nd half. He's my starting left back
> so I need to know what I'm working with for Wednesday.
""")

M('phi', 'names', 'van der Berg',
  'Imm Compliance <immunizations@shs.halvorsen-state.edu>', 'Nicole Pratt RN <npratt@shs.halvorsen-state.edu>',
  'TB reads Thurs', '2024-08-29 17:18:00',
  """Nicole,

From today's TB reads that need follow up:

van der Berg, Annelies -- 14mm induration, placed Tues in the clinic. Not BCG per her intake form. She needs a CXR and provider visit before the hold can come off. I've left her a voicemail.

Everyone else read negative and has been cleared in the portal.

Joel Amankwah
Immunization Compliance Coordinator
Student Health Services
""")

M('phi', 'names', 'Al-Haddad',
  'Ruth Castellano, PhD <rcastellano@caps.halvorsen-state.edu>', 'Dana Whitlock <dwhitlock@caps.halvorsen-state.edu>',
  'coverage Wed', '2024-11-19 09:31:14',
  """Dana - can you cover my 2pm tomorrow? It's Ms. Al-Haddad, 2nd session. Panic attacks are more frequent since midterms (she said 3 last week, one in the library), she's been avoiding the science building. We started breathing/grounding last time and I gave her the interoceptive exposure worksheet. Mostly just check in on that and the sleep log.

She knows I'm out and is OK seeing someone else. Thanks so much -
Ruth
""")

M('phi', 'names', 'Kayleigh',
  'Jen Ashby <jashby@brookmereusd.org>', 'Tom Duarte <tduarte@brookmereusd.org>',
  'Kayleigh from your 4th period', '2024-12-03 12:47:26',
  """Hi Tom, just so you know - Kayleigh from your 4th period chem threw up twice in the nurse's office and had a temp of 101.2 so I'm sending her home. Mom is on her way to pick her up. She'll need to be fever-free 24 hrs before she comes back so probably not tomorrow. Can you mark her excused and let her know about the lab makeup?

Jen Ashby, LVN
Health Office - Calloway Middle School
""")

M('phi', 'names', 'Écija Beltrán',
  'Harriet Osgood <hosgood@drc.halvorsen-state.edu>', 'Prof. Lionel Dacosta <ldacosta@math.halvorsen-state.edu>',
  'Accommodation letter – José María Écija Beltrán (MATH 2210)', '2024-09-12 10:05:33',
  """Dear Professor Dacosta,

José María Écija Beltrán is registered with the Disability Resource Center and has requested that his accommodation letter be sent to you for MATH 2210, section 04.

Approved accommodations:
  • Extended time on exams and quizzes (1.5x)
  • Reduced-distraction testing environment
  • Permission to use a non-programmable calculator for arithmetic
  • Breaks during exams as needed (stop-the-clock)

These accommodations are based on documentation of ADHD and a specific learning disorder in mathematics provided by his treating psychologist. Please do not discuss the nature of his disability with him or others; the letter is all you need to implement.

Exams can be scheduled in the DRC Testing Center (Whitford Hall 118) using the faculty portal at least 5 business days in advance.

Sincerely,

Harriet Osgood, M.Ed.
Access Coordinator
Disability Resource Center | Halvorsen State University
drc@halvorsen-state.edu | (555) 602-4410
""")

M('phi', 'names', 'Wiśniewska-Nowak',
  'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>', 'Katarzyna Wiśniewska-Nowak <kwisniewskanowak@students.halvorsen-state.edu>',
  'Your MMR titer result / registration hold', '2024-08-14 11:42:09',
  """Hi Katarzyna,

Your MMR titer from the lab on 8/7 came back negative (non-immune) for measles, positive for mumps and rubella. That means you'll need one MMR booster dose to meet the requirement. We have walk-in vaccine hours M-F 8:30-11:30 in the Student Health Center, 2nd floor, and it's covered by your student plan.

Once it's given we'll clear the hold on your record so you can register for spring.

Joel Amankwah
Immunization Compliance Coordinator
Student Health Services
""", cte='quoted-printable')

M('phi', 'names', 'Subramaniam',
  'Nicole Pratt RN <npratt@shs.halvorsen-state.edu>', 'Dr. Felicity Han <fhan@shs.halvorsen-state.edu>',
  'FW: allergy shot reaction', '2024-10-15 15:50:48',
  """Dr. Han - see below, forwarding so it's on your radar before his next injection.

---------- Forwarded message ---------
From: Allergy Clinic <allergyclinic@shs.halvorsen-state.edu>
Date: Tue, Oct 15, 2024 at 3:31 PM
Subject: allergy shot reaction

SUBRAMANIAM, KARTHIK R  -- received maintenance dose vial #3 (tree/grass/dust mite) at 2:45. At 15 min check had 4cm wheal at injection site L arm + mild itching of throat, no wheeze, lungs clear, BP 118/76. Given cetirizine 10mg PO, observed total 45 min, symptoms resolved. Sent home. Per protocol next dose should be reduced — please advise.

Lorna (allergy clinic RN)
""")
# =====================================================================
# PHI: self
# =====================================================================
M('phi', 'self', 'Brandt',
  'Tyler Brandt <tbrandt22@students.halvorsen-state.edu>', 'shs-nurseline@shs.halvorsen-state.edu',
  'antibiotic question', '2024-10-23 23:18:05',
  """hi, this is Tyler Brandt, i was seen monday for my sinus infection and got augmentin. its giving me really bad diarrhea like 5-6 times a day and my stomach hurts. can i switch to something else or just stop?? i have 6 days left. my bday is 11/02/2004 if u need it to look me up

thanks
tyler

Sent from my iPhone""")

M('phi', 'self', 'Ruiz',
  'Alejandra Ruiz <ale.ruiz.mendez@yahoo.com>', 'Patricia Lund <plund@brookmereusd.org>',
  'Mateo - tonsillectomy, out of school', '2024-11-18 07:02:44',
  """Hello Nurse Lund,

My son Mateo Ruiz (3rd grade, Ms. Lin's class) had his tonsils and adenoids removed on Friday at Children's. He is doing ok but still in a lot of pain and only eating popsicles and soup. The surgeon said he should stay home at least 10 days so he'll probably be back Dec 2.

When he comes back he can't do recess or PE for 2 more weeks (no running, nothing that could make him bleed). I'll bring the doctors note. He also takes ibuprofen every 6 hrs, I don't think he'll need it at school by then but I'll let you know.

Thank you!
Alejandra Ruiz
555-731-0926
""")

M('phi', 'self', 'Pryce-Davies',
  'Rhiannon Pryce-Davies <rpd0314@students.halvorsen-state.edu>', 'CAPS Front Desk <caps@halvorsen-state.edu>',
  'cancel thursday appt', '2024-10-30 02:41:57',
  """hi,

i need to cancel my appointment on thursday with Dana. i had my intake 2 weeks ago and my first session last week. honestly i've been feeling worse not better, i haven't really gone to class since monday and i'm not sleeping. i don't think i can make myself come in.

i'm not going to do anything to myself, i just can't deal with it right now.

Rhiannon
""", html="""<div dir="ltr">hi,<div><br></div><div>i need to cancel my appointment on thursday with Dana. i had my intake 2 weeks ago and my first session last week. honestly i've been feeling worse not better, i haven't really gone to class since monday and i'm not sleeping. i don't think i can make myself come in.</div><div><br></div><div>i'm not going to do anything to myself, i just can't deal with it right now.</div><div><br></div><div>Rhiannon</div></div>""")

M('phi', 'self', 'Oyelaran-Brooks',
  'Samuel Oyelaran-Brooks <soyelaranbrooks@students.halvorsen-state.edu>', 'drc@halvorsen-state.edu',
  'Temporary accommodation request - wrist surgery', '2024-09-03 20:14:36',
  """Hello,

My name is Samuel Oyelaran-Brooks (student ID 20231147). I had surgery on my right wrist on August 27 at Fairhaven Orthopedics for a scaphoid fracture that didn't heal (they put in a screw and a bone graft). I'm in a cast for at least 8 more weeks and I'm right-handed, so I can't write or type with that hand.

I'd like to request temporary accommodations for this semester - a note-taker or permission to record lectures, and either a scribe or speech-to-text for exams. I've attached the note from my surgeon, Dr. Kessler.

My classes are BIOL 1120, CHEM 1050, ENGL 1010 and HIST 1300.

Thank you,
Sam Oyelaran-Brooks
(555) 284-6603
""", atts=[('Kessler_note_OyelaranBrooks.txt',
            """FAIRHAVEN ORTHOPEDICS & HAND
Date: 08/30/2024

RE: Samuel Oyelaran-Brooks   DOB: 05/16/2005

To whom it may concern:

The above patient underwent open reduction internal fixation with bone grafting of a right
scaphoid nonunion on 08/27/2024. He will be immobilized in a thumb spica cast for a minimum
of 8 weeks and is unable to use his right (dominant) hand for writing or typing during this
time. Please provide appropriate academic accommodations.

Peter Kessler, MD
Hand & Upper Extremity Surgery
""", 'text', 'plain')])

M('phi', 'self', 'de Vries',
  'Anneke de Vries <annekedevries05@gmail.com>', 'immunizations@shs.halvorsen-state.edu',
  'Hep B records uploaded - still showing hold?', '2024-08-20 12:33:19',
  """Hi,

I uploaded my hepatitis B records to the portal last Wednesday but my account still has the immunization hold on it and I can't register for classes. I got dose 1 and 2 back home at my pediatrician (2017) and the third dose at a CVS on Aug 9 this year because I was missing it. The CVS printout is the second page of the PDF.

My DOB is March 3, 2005, student # H00482913.

Could someone look at it please? Registration for my year closes Friday.

Thanks so much,
Anneke
""")

M('phi', 'self', 'Delacroix-Fontaine',
  'Marcus Delacroix-Fontaine <mdelacroixf@students.halvorsen-state.edu>', 'Tre Alvarado <talvarado@athletics.halvorsen-state.edu>',
  'shoulder still popping', '2024-11-07 21:09:50',
  """hey Tre its Marcus D-F. my right shoulder is still popping and kind of sliding when i throw overhead even after 4 weeks of PT. Dr Osei said if it kept happening he'd want an MRI arthrogram. can we set that up? also it woke me up last night twice which it wasnt doing before.

i can come to the training room tmrw before lift at 6:30

- Marcus
""")

M('phi', 'self', 'Castellanos-Whitby',
  'Lauren Castellanos-Whitby <lcwhitby@icloud.com>', 'Patricia Lund <plund@brookmereusd.org>',
  "Zoe's updated allergy action plan", '2024-08-26 19:47:02',
  """Hi Nurse Patty!

Attached is Zoe's updated allergy action plan from Dr. Hamadi for this year. The big change is she's now also allergic to sesame (in addition to peanuts and tree nuts) after her reaction in June, and her EpiPen dose went up to 0.3mg since she's over 25kg now.

I'll drop off 2 new auto-injectors and the Benadryl on the first day. Can you make sure the cafeteria has the sesame thing too?

Zoe Castellanos-Whitby, 4th grade, DOB 6/14/2015

Thanks,
Lauren (Zoe's mom)
""", atts=[('Zoe_allergy_plan_2024.txt',
            """FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN
Name: Zoe Castellanos-Whitby        D.O.B.: 06/14/2015
Allergy to: peanut, tree nuts, sesame
Weight: 27 kg    Asthma: [ ] Yes  [X] No
Extremely reactive to: peanut
THEREFORE: [X] If checked, give epinephrine immediately if the allergen was DEFINITELY eaten, even if no symptoms are apparent.
Epinephrine: EpiPen 0.3 mg IM
Antihistamine: diphenhydramine 25 mg PO
Physician: Samira Hamadi, MD    Phone: (555) 318-4470
Parent/Guardian: Lauren Castellanos-Whitby    Phone: (555) 318-9021
""", 'text', 'plain')])
# =====================================================================
# PHI: ids
# =====================================================================
M('phi', 'ids', '',
  'SHS Lab <shslab@shs.halvorsen-state.edu>', 'Meridian Reference Labs Client Services <clientservices@meridianreflabs.com>',
  'missing result acc 24-HSC-0031187', '2024-10-11 09:20:44',
  """Hello,

We sent a urine culture on 10/7 that still shows "in transit" on your portal. Can you track it down?

Our accession: 24-HSC-0031187
Pt MRN: HSC-448190
DOB 3.4.03
Source: clean catch urine, collected 10/07 10:55
Ordering: T. Roe, NP

Patient is symptomatic and on empiric therapy so we'd like sensitivities asap.

Thank you,
Omar Baig, MLT(ASCP)
Student Health Services Laboratory
Halvorsen State University
ph 555-602-4187 / fax 555-602-4190
""")

M('phi', 'ids', 'Featherstonehaugh',
  'Gwen Talbot <gtalbot@shs.halvorsen-state.edu>', 'Keystone Student Health Plan - Claims <claims@ksh-plan.com>',
  'Claim reconsideration - Featherstonehaugh ER 9/14', '2024-10-28 14:08:31',
  """Hi,

Requesting reconsideration of the denied claim below. Student was referred to the ED by our after-hours nurse line (documentation attached in the portal upload), which per the plan booklet waives the referral requirement.

Member: Liam Featherstonehaugh
Member ID: XKH882019374   Group: 44710-HSU
DOS: 09/14/2024
Claim #: 2024091488173
Facility: St. Brendan's Medical Center ED
Reason for visit: laceration L hand, 6 sutures, tetanus booster

Please let me know if anything else is needed.

Gwen Talbot
Insurance & Billing Coordinator, Student Health Services
555-602-4121
""", cc='Billing <shs-billing@shs.halvorsen-state.edu>')

M('phi', 'ids', 'Hollister',
  'Jen Ashby <jashby@brookmereusd.org>', 'Attendance Office <attendance@calloway.brookmereusd.org>',
  'exclusion - scabies', '2024-11-06 10:58:12',
  """Hi Maria,

Sending home Devyn Hollister (7th, homeroom 112) - rash on hands/wrists and between fingers consistent with scabies, sending referral to their doctor. Per district policy excluded until treated, can return tomorrow if treatment started tonight.

Could not reach mom at the number on file (555) 390-4418 - it's disconnected. Emergency card has grandma at 555-390-7762, she's coming. Address on file is 1142 Orchard Ln Apt 3B, Fairhaven - can you check if that's still current? Letter will go home with him.

Jen
""")

M('phi', 'ids', 'Tran',
  'Student Accounts <bursar@halvorsen-state.edu>', 'Gwen Talbot <gtalbot@shs.halvorsen-state.edu>',
  'RE: disputed charge acct 7730-19822', '2024-03-04 11:15:00',
  """Gwen - student is disputing the SHS charges that posted to his bursar account. Can you confirm these were his visits? He says he only went once.

-----Original Message-----
From: Kevin Tran <ktran19@students.halvorsen-state.edu>
Sent: Friday, March 1, 2024 4:52 PM
To: Student Accounts <bursar@halvorsen-state.edu>
Subject: charges on my account

Acct 7730-19822. There are 2 charges from the health center, $35 on 2/11 and $48 on 2/13. I only went on 2/11 for a strep test and the visit. I never went back on the 13th. Pls remove.

Kevin Tran
""", z='ES')

M('phi', 'ids', 'Marchetti',
  'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>', 'Registrar Holds <holds@registrar.halvorsen-state.edu>',
  'Medical exemption approved - remove IMM hold', '2024-01-09 10:40:16',
  """Hi registrar team,

Please remove the IMM hold for the student below. Medical director approved a medical exemption from MMR and varicella (live vaccines contraindicated - pt is on chemotherapy, exemption valid through 12/31/2024, to be re-reviewed).

Gianluca Marchetti
Student ID 900417732
DOB: 4 Mar 2004

Thanks,
Joel
""", z='ES')

M('phi', 'ids', 'Okonkwo-Baptiste',
  'Tamsin Roe NP <troe@shs.halvorsen-state.edu>', 'Lab Orders <shslab@shs.halvorsen-state.edu>',
  'add-on to req LQ5520913', '2024-11-21 11:37:29',
  """pls add a quant hCG and type & screen to this morning's draw:

Pt: Okonkwo-Baptiste, R.
DOB 20050917
Req# LQ5520913
Already ordered: CBC w diff, CMP

she's being sent to St Brendan's for US, want the results to go with her. thx
""", z='ES')

M('phi', 'ids', '',
  'Tre Alvarado <talvarado@athletics.halvorsen-state.edu>', 'Kofi Osei MD <kosei@athletics.halvorsen-state.edu>',
  'PPE recheck - #23 WBB', '2024-08-12 15:11:08',
  """Doc,

From today's pre-participation physicals - women's bball #23, athlete ID ATH-2291, DOB Sept 9, 2006. BP was 148/92 at the station and 144/90 on repeat. She says no hx of HTN, drinks 2-3 energy drinks a day. I have her marked "cleared pending BP recheck" in SportsWare for now.

Can you see her Thursday? Parent phone is (555) 238-0917 (mom), she's a freshman so mom wants to be in the loop.

Tre Alvarado, MAT, ATC
""")

M('phi', 'ids', 'Bellweather',
  'Records Release <hsrecords@shs.halvorsen-state.edu>', 'Graduate Admissions Health Office <healthforms@northcliffe-med.edu>',
  'Records request - ref 24-0988', '2024-07-22 13:26:55',
  """Hello,

Attached please find the immunization record and TB screening history you requested, per the signed authorization we received 7/18.

Patient: Corinne A. Bellweather
DOB: 1999-07-19
Last 4 SSN: 4471
Former student ID: 900118265
Our chart #: 0071834

Included: MMR x2, Varicella x2, Tdap (2022), Hep B series + quantitative surface antibody (10/2023, 214 mIU/mL), QuantiFERON-TB Gold negative 05/2024, influenza 2023-24.

Please note records are sent by secure fax upon request; this email is a cover notice only.

Health Information Management
Student Health Services | Halvorsen State University
""" + "\n" + SHS_DISC)
# =====================================================================
# PHI: lists
# =====================================================================
M('phi', 'lists', 'Pham; Greaves; Castillo; Mbeki; Sato',
  'Jen Ashby <jashby@brookmereusd.org>', 'Patricia Lund <plund@brookmereusd.org>',
  'calloway health office log 12/4 (covering for you tmrw)', '2024-12-04 15:42:10',
  """Patty here's today's log so you know who to watch for tomorrow when you cover me. the meds ones are the important ones

Time\tStudent\tGr\tComplaint\tAction
8:05\tPham, Lily\t6\tdaily meds\tmethylphenidate 10mg given
9:20\tGreaves, Owen\t8\thead bump PE\tice, concussion check neg, parent called
10:10\tCastillo, Ana\t7\tcramps\tibuprofen per parent auth, rest 20 min
11:30\tMbeki, Thabo\t8\tBG check\t62 -> 15g carbs, recheck 98, to lunch
12:15\tPham, Lily\t6\tstomachache\trest, back to class
1:50\tSato, Kenji\t7\twheezing\t2 puffs albuterol, improved

Owen's mom is taking him to urgent care to be safe, I'll let you know. Thabo has been low 3x this week, I left a message for his endo.

Jen
""")

M('phi', 'lists', 'Reyes; Bakshi; Moreau; Ekwueme; Halloran',
  'Derek Hollins <dhollins@athletics.halvorsen-state.edu>',
  'Sports Med Staff <sportsmed@athletics.halvorsen-state.edu>',
  'weekly injury report wk of 10/14', '2024-10-18 17:25:47',
  """All,

Weekly injury report below. Coaches get the availability version only (no dx) - please don't forward this one.

WOMEN'S SOCCER
 - Quintero, Marisol - L knee, MRI 10/16 shows ACL tear + lat meniscus; ortho 10/22, likely season-ending. OUT
 - Bakshi, Anaya - concussion 10/12, step 2 RTP, symptom free x3d. OUT

MEN'S SOCCER
 - Reyes, Tomás - R ankle sprain gr 2, boot d/c'd, PT 3x/wk. LIMITED
 - Adeyemi, Oluwaseun - L ankle sprain, back to running. LIMITED

VOLLEYBALL
 - Moreau, Claire - patellar tendinopathy, load mgmt, no jump drills. AVAILABLE
 - Ekwueme, Adaeze - mono (EBV+ 10/10), no contact x 4wks, spleen US f/u 11/7. OUT

XC
 - Halloran, Bridget - suspected L2 tibial stress rxn, bone scan pending, referred to dietitian. OUT

Derek
""")

imm_csv = """student_id,last_name,first_name,dob,campus_email,missing,status,notes
900512233,Okoro,Chisom,2006-02-11,cokoro@students.halvorsen-state.edu,MenACWY booster,HOLD,
900513871,Lindgren,Axel,2005-11-30,alindgren@students.halvorsen-state.edu,MMR dose 2,HOLD,titer drawn 9/30 pending
900514002,Rahimi,Sara,2006-06-02,srahimi@students.halvorsen-state.edu,TB screen,HOLD,QFT indeterminate - redraw
900514490,Castañeda,Luis,2006-01-19,lcastaneda@students.halvorsen-state.edu,Hep B dose 3,GRACE,due 11/15
900515118,Whitcombe,Evelyn,2005-08-08,ewhitcombe@students.halvorsen-state.edu,varicella x2,HOLD,no hx of disease documented
900515976,Doan,Quoc Anh,2006-04-27,qdoan@students.halvorsen-state.edu,MMR dose 1+2,HOLD,intl records need translation
900516340,Fairweather,Jonah,2005-12-03,jfairweather@students.halvorsen-state.edu,MenB,EXEMPT-MED,immunosuppressed per Dr Han
"""
M('phi', 'lists', 'Okoro; Lindgren; Rahimi; Castañeda; Whitcombe; Doan; Fairweather',
  'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>', 'Registrar Holds <holds@registrar.halvorsen-state.edu>',
  'Fall 2024 immunization noncompliance - hold file', '2024-10-14 09:02:33',
  """Hi Bettina,

Attached is this week's noncompliance file for the registration hold batch. 5 HOLD, 1 GRACE (don't hold), 1 medical exemption (remove hold if any). Same format as last time.

Joel Amankwah
Immunization Compliance Coordinator
Student Health Services
""", atts=[('imm_noncompliance_2024-10-14.csv', imm_csv, 'text', 'csv')])

M('phi', 'lists', 'Ferreira; Liang; Okafor-James; Brandvold; Haddad',
  'Lucia Benavides <lbenavides@caps.halvorsen-state.edu>', 'CAPS Clinical <caps-clinical@caps.halvorsen-state.edu>',
  'waitlist as of 11/1', '2024-11-01 16:12:05',
  """Current individual therapy waitlist. Please grab someone if you open a slot. Priority column is from the triage call.

NAME                     YR   INTAKE     PRIORITY  PRESENTING CONCERN             PREF
-----------------------  ---  ---------  --------  -----------------------------  ---------
Ferreira, Beatriz        SO   10/15/24   HIGH      depression, passive SI, no plan   female
Liang, Wei               GR   10/17/24   MED       anxiety, insomnia                 any
Okafor-James, Tobi       FR   10/21/24   MED       grief (father d. Sept)            any
Brandvold, Erik          JR   10/22/24   LOW       relationship, stress              male
Haddad, Nour             SR   10/25/24   HIGH      disordered eating, restricting    female, ED exp

Nour is also being seen by SHS dietitian and Dr. Han for vitals weekly.

Lucia Benavides
Clinical Coordinator, CAPS
""")

M('phi', 'lists', 'Fontaine; Achebe; Mwangi; Ortega-Salas; Park',
  'Marcy Delgado <mdelgado@shs.halvorsen-state.edu>', 'Clinical Staff <shs-clinical@shs.halvorsen-state.edu>',
  'huddle 10/25', '2024-10-25 07:48:39',
  """Huddle list for today:

* Bianca Fontaine - NP visit 9:00 for results review (positive pregnancy test Wed), wants to talk options. Please room promptly, she's anxious.
* Emeka Achebe - 3rd visit this month for headaches, Dr Han wants neuro exam + BP
* Grace Mwangi - f/u pneumonia, repeat CXR ordered, confirm it got done at Lakeview
* Daniel Ortega-Salas - needs 2nd HPV dose, also due for flu. Walk-in likely after 1pm
* Ji-woo Park - STI results: chlamydia +, needs tx and partner notification. Tamsin has her at 2:30

Flu clinic in the rec center 11-3, Nicole + Omar staffing.

Marcy
""")

drc_rows = [
    ['Exam Date', 'Time', 'Course', 'Student', 'Student ID', 'Accommodations', 'Basis (internal)'],
    ['11/12/2024', '9:00', 'CHEM 1050', 'Oyelaran-Brooks, Samuel', '20231147', 'Scribe; 1.5x', 'temp - R wrist ORIF'],
    ['11/12/2024', '9:00', 'PSYC 2000', 'Hartigan, Molly', '20220984', '2x; separate room', 'PTSD'],
    ['11/12/2024', '10:30', 'MATH 2210', 'Écija Beltrán, José María', '20221573', '1.5x; reduced distraction; breaks', 'ADHD / SLD-math'],
    ['11/12/2024', '1:00', 'BIOL 2400', 'Nakashima, Ren', '20210377', 'large print 18pt; CCTV', 'low vision - retinitis pigmentosa'],
    ['11/12/2024', '1:00', 'ECON 1010', 'Adebayo-Stone, Fola', '20230662', '1.5x; snacks/water; breaks', 'type 1 diabetes'],
    ['11/13/2024', '8:30', 'HIST 1300', 'Kuznetsova, Daria', '20220411', 'screen reader (JAWS)', 'blind'],
    ['11/13/2024', '2:00', 'CS 2310', 'Lachance, Remy', '20231809', '1.5x; separate room', 'autism spectrum / anxiety'],
]
M('phi', 'lists', 'Oyelaran-Brooks; Hartigan; Écija Beltrán; Nakashima; Adebayo-Stone; Kuznetsova; Lachance',
  'Harriet Osgood <hosgood@drc.halvorsen-state.edu>', 'DRC Testing Proctors <drc-proctors@drc.halvorsen-state.edu>',
  'testing center roster 11/12-11/13', '2024-11-08 14:55:20',
  """Proctors,

Roster for Tues/Wed attached. Please note the "Basis" column is for staff only, hide it before you print the sign-in sheet!! Last time it got left on the front desk.

Thanks,
Harriet
""", atts=[('DRC_testing_roster_Nov12-13.xlsx', xlsx(drc_rows, 'Roster'), 'application',
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

flu_csv = """vacc_date,last,first,dob,sex,student_id,vaccine,cvx,lot,site,route,administered_by
2024-10-03,Galloway,Priya,2005-03-22,F,900514771,Influenza IIV4 PF,150,UJ771AB,L deltoid,IM,N.Pratt RN
2024-10-03,Obi,Chinedu,2004-12-09,M,900498123,Influenza IIV4 PF,150,UJ771AB,R deltoid,IM,N.Pratt RN
2024-10-03,Sørensen,Mette,2006-07-15,F,900515562,Influenza IIV4 PF,150,UJ771AB,L deltoid,IM,O.Baig
2024-10-03,Huang,Kevin,2005-01-30,M,900503310,Influenza IIV4 PF,150,UJ771AB,L deltoid,IM,O.Baig
2024-10-03,Abdullahi,Hauwa,2003-09-04,F,900477420,Influenza IIV4 PF,150,UJ771AC,R deltoid,IM,N.Pratt RN
2024-10-03,Leclerc,Thibault,2005-05-05,M,900509981,COVID-19 2024-25 Pfizer,309,KP2218,L deltoid,IM,N.Pratt RN
"""
M('phi', 'lists', 'Galloway; Obi; Sørensen; Huang; Abdullahi; Leclerc',
  'Nicole Pratt RN <npratt@shs.halvorsen-state.edu>', 'CIIS Onboarding <ciis.support@health.state-commonwealth.gov>',
  'Re: Ticket 55172 - batch upload rejected', '2024-10-07 10:19:34',
  """Hi Ramon,

Here's the file from the 10/3 rec center flu clinic again, zipped this time since your system stripped the .csv last time. It's the small test batch (6 rows) you asked for before we send the full 412.

Nicole Pratt, RN
Student Health Services

> On Oct 4, 2024, at 4:40 PM, CIIS Support wrote:
> Please resend a small sample of the batch, the attachment did not come through.
> Ramon Estrada, CIIS Interface Support
""", atts=[('flu_clinic_20241003_sample.zip', zipped([('flu_clinic_20241003_sample.csv', flu_csv)]),
            'application', 'zip')])
# =====================================================================
# PHI: struct
# =====================================================================
M('phi', 'struct', 'Mwangi',
  'Omar Baig <obaig@shs.halvorsen-state.edu>', 'HSU IT Clinical Apps <clinapps@it.halvorsen-state.edu>',
  'ORU not filing to chart', '2024-10-24 13:02:18',
  """Hey Priya (IT),

This result from Lakeview came across the interface this morning but didn't file to the chart, it's sitting in the unmatched queue. I think it's the MRN prefix again. Raw msg below:

MSH|^~\\&|LVIMG|LAKEVIEW|CAMPUSCHART|HSU_SHS|202410240912||ORU^R01|LV2410240912443|P|2.5.1
PID|1||448233^^^HSU^MR~LV0091822^^^LVIMG^PI||MWANGI^GRACE^W||20040612|F|||88 Bramble Ct^^Fairhaven^CM^01744||5553107215
PV1|1|O|||||1187^HAN^FELICITY^^^MD
OBR|1|HSC2410230044|LV77120|71046^XR CHEST 2 VIEWS^CPT|||202410231540|||||||||1187^HAN^FELICITY||||||202410240905||RAD|F
OBX|1|TX|71046^XR CHEST 2 VIEWS^CPT||Interval improvement of right lower lobe consolidation. Small residual opacity. No effusion.||||||F
OBX|2|TX|IMP^IMPRESSION||Resolving RLL pneumonia. Recommend follow-up radiograph in 6 weeks if symptoms persist.||||||F

Can you manually match it? Dr Han is waiting on it.

Omar
""")

adt = '\r'.join([
    'MSH|^~\\&|CAMPUSCHART|HSU_SHS|ADT_HUB|HSU|202409051417||ADT^A04|CC0905141733|P|2.3',
    'EVN|A04|202409051417',
    'PID|1||451902^^^HSU^MR||RAGHUNATHAN^PRIYA^S||20050128|F||2028-9|412 Hadley Hall^^Fairhaven^CM^01744||(555)602-8830|||S||900506621',
    'NK1|1|RAGHUNATHAN^VENKAT|FTH|17 Marlow Rd^^Edison^NJ^08817|(555)771-2290',
    'PV1|1|O|SHS^EXAM4^^HSU||||2204^ROE^TAMSIN^^^NP||||||||||||V0905-0042',
    'DG1|1||R11.2^Nausea with vomiting, unspecified^I10',
    'IN1|1|KSHP01|44710|KEYSTONE STUDENT HEALTH PLAN|||||||||||||RAGHUNATHAN^PRIYA|SEL|20050128|||||||||||||||||XKH882044102',
]) + '\r'
M('phi', 'struct', 'Raghunathan',
  'Priya Venkatesh <pvenkatesh@it.halvorsen-state.edu>', 'Interface Team <hl7-team@it.halvorsen-state.edu>',
  'A04 dropping IN1 segment - sample attached', '2024-09-05 14:40:11',
  """Team -

Attaching one of the A04s from this afternoon where the downstream engine is dropping the IN1. Compare to what the billing system received (no insurance on the encounter). Looks like the field count in IN1 is off by one after the v2.3 -> 2.5 mapping change last week.

Don't forward outside the team, it's a live message.

Priya V.
Clinical Applications Analyst, HSU IT
""", atts=[('adt_a04_20240905.hl7', adt.encode('ascii'), 'application', 'octet-stream')])

M('phi', 'struct', 'Tran',
  'Gwen Talbot <gtalbot@shs.halvorsen-state.edu>', 'EDI Support <edisupport@claimbridge-clearinghouse.com>',
  'Rejected 837P - 2010BA NM1 error', '2024-02-19 10:22:40',
  """Hello,

Our claim batch from 2/16 rejected with "2010BA NM109 invalid". Here's the relevant chunk from the file, I can't see what's wrong with it. Member ID is what's on his card.

NM1*85*2*HALVORSEN STATE UNIV STUDENT HEALTH*****XX*1568499021~
N3*200 COMMONS WAY~
N4*FAIRHAVEN*CM*01744~
REF*EI*046000218~
HL*2*1*22*0~
SBR*P*18*44710-HSU******CI~
NM1*IL*1*TRAN*KEVIN*M***MI*XKH88-2017733~
N3*55 LOCUST ST APT 2~
N4*FAIRHAVEN*CM*01744~
DMG*D8*20040822*M~
NM1*PR*2*KEYSTONE STUDENT HEALTH PLAN*****PI*KSHP01~
CLM*SHS240211-118*83***11:B:1*Y*A*Y*Y~
HI*ABK:J02.0~
LX*1~
SV1*HC:99213*48*UN*1***1~
DTP*472*D8*20240211~
LX*2~
SV1*HC:87880*35*UN*1***1~
DTP*472*D8*20240211~

Thanks,
Gwen Talbot
Insurance & Billing Coordinator
Student Health Services, Halvorsen State University
""", z='ES')

M('phi', 'struct', 'Lindgren',
  'Gwen Talbot <gtalbot@shs.halvorsen-state.edu>', 'Renee Colfax <rcolfax@shs.halvorsen-state.edu>',
  'FW: eligibility - Axel Lindgren', '2024-10-01 11:47:03',
  """Renee, ran his eligibility before you refer him out for the titer - he's NOT on the student plan, he waived it for his parents' plan. 271 below, the out of network deductible is $2500 so probably cheaper to just do it here.

ISA*00*          *00*          *ZZ*PRAXISHLTH     *ZZ*HSUSHS         *241001*1144*^*00501*000008812*0*P*:~
GS*HB*PRAXISHLTH*HSUSHS*20241001*1144*8812*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*EL8812-1*20241001*1144~
HL*1**20*1~
NM1*PR*2*PRAXIS HEALTH PLANS*****PI*60054~
HL*2*1*21*1~
NM1*1P*2*HALVORSEN STATE UNIV SHS*****XX*1568499021~
HL*3*2*22*0~
TRN*2*EL8812-1*9HSUSHS001~
NM1*IL*1*LINDGREN*AXEL****MI*PXH4410928803~
DMG*D8*20051130*M~
DTP*346*D8*20240101~
EB*1*IND*30*PR*GOLD PPO 2500~
EB*C*IND*30***23*2500*****N~
EB*C*IND*30***29*2500*****N~
EB*A*IND*30***27**.4****N~
SE*16*0001~

Gwen
""")

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "hsu-900515976",
        "identifier": [
          { "system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "900515976" }
        ],
        "name": [ { "family": "Doan", "given": [ "Quoc", "Anh" ] } ],
        "gender": "male",
        "birthDate": "2006-04-27",
        "address": [ { "line": [ "Whitford Towers 7B" ], "city": "Fairhaven", "postalCode": "01744" } ]
      }
    },
    {
      "resource": {
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": { "coding": [ { "system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR" } ] },
        "patient": { "reference": "Patient/hsu-900515976" },
        "occurrenceDateTime": "2024-10-16T10:22:00-04:00",
        "lotNumber": "Y012844",
        "site": { "text": "left arm" },
        "performer": [ { "actor": { "display": "Nicole Pratt, RN" } } ]
      }
    }
  ]
}"""
M('phi', 'struct', 'Doan',
  'Priya Venkatesh <pvenkatesh@it.halvorsen-state.edu>', 'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>',
  'RE: MMR not showing in compliance portal', '2024-10-17 09:58:26',
  """Joel,

Found it. The Immunization resource posted fine but the portal is looking for the patient by the compliance ID not the SIS ID. This is what came out of CampusChart for him:

""" + fhir + """

I'll patch the mapping today, you should see him clear by tomorrow morning. For now you can clear his hold manually.

Priya

-----Original Message-----
From: Joel Amankwah
Sent: Wednesday, October 16, 2024 4:15 PM
Subject: MMR not showing in compliance portal

Quoc Anh Doan got his MMR today from Nicole but the portal still shows missing. Can you look?
""")

ccd = """<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/>
  <title>PROBLEMS</title>
  <text>
    <table border="1">
      <thead><tr><th>Problem</th><th>Status</th><th>Onset</th></tr></thead>
      <tbody>
        <tr><td>Type 1 diabetes mellitus without complication (E10.9)</td><td>Active</td><td>03/2014</td></tr>
        <tr><td>Celiac disease (K90.0)</td><td>Active</td><td>08/2019</td></tr>
        <tr><td>Generalized anxiety disorder (F41.1)</td><td>Active</td><td>01/2023</td></tr>
      </tbody>
    </table>
  </text>
</section>
<section>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>MEDICATIONS</title>
  <text>
    <list>
      <item>insulin lispro (Humalog) via Omnipod 5, ICR 1:10, ISF 1:45</item>
      <item>insulin glargine - discontinued 2022 (on pump)</item>
      <item>escitalopram 10 mg PO daily</item>
      <item>glucagon nasal powder 3 mg PRN severe hypoglycemia</item>
    </list>
  </text>
</section>"""
M('phi', 'struct', 'Adebayo-Stone',
  'Felicity Han MD <fhan@shs.halvorsen-state.edu>', 'Dr. Paulette Reinholt <preinholt@fairhavenendo.com>',
  'new student transferring care - CCD snippet', '2024-09-10 17:33:02',
  """Dr. Reinholt,

Thanks for agreeing to take Fola Adebayo-Stone (DOB 01/08/2005) as a local endo patient while she's at HSU. Her home endocrinologist is in Atlanta and she's been having more lows since starting here. Problem and med sections from the CCD her previous practice sent us are pasted below - the full document is coming through Direct.

""" + ccd + """

Her last A1c with us was 7.9% (9/3). Happy to coordinate.

Felicity Han, MD
Medical Director, Student Health Services
Halvorsen State University
""", cte='base64')

vxu = """MSH|^~\\&|CAMPUSCHART|HSU_SHS|CIIS|CMDPH|20241016103002||VXU^V04^VXU_V04|HSU20241016103002|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||900515976^^^HSU^SR||DOAN^QUOC ANH^^^^^L||20060427|M||2028-9^Asian^CDCREC|WHITFORD TOWERS 7B^^FAIRHAVEN^CM^01744^USA^H||^PRN^PH^^^555^6028471
PD1|||||||||||02^Reminder/Recall - any method^HL70215|N
ORC|RE||HSU-IMM-22871^HSU||||||||||1187^HAN^FELICITY^^^^^^^^^^MD
RXA|0|1|20241016102200|20241016102200|03^MMR^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|^PRATT^NICOLE^^^^RN|^^^HSU_SHS||||Y012844|20250630|MSD^Merck and Co^MVX|||CP|A
RXR|SC^Subcutaneous^HL70162|LA^Left Arm^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||20241016"""
M('phi', 'struct', 'Doan',
  'Nicole Pratt RN <npratt@shs.halvorsen-state.edu>', 'CIIS Onboarding <ciis.support@health.state-commonwealth.gov>',
  'VXU rejected - AE "invalid race code"?', '2024-10-16 15:20:48',
  """Ramon,

Another rejection today, ACK says AE with "invalid value for PID-10". Message we sent is below. 2028-9 is Asian isn't it? Is it the ^CDCREC part?

""" + vxu + """

Thanks,
Nicole
""")
# =====================================================================
# PHI: lang
# =====================================================================
M('phi', 'lang', 'Herrera de la Cruz',
  'Yesenia de la Cruz <yesedelacruz@hotmail.com>', 'Patricia Lund <plund@brookmereusd.org>',
  'Valentina Herrera - ausente, faringitis', '2024-11-12 06:48:21',
  """Buenos días enfermera Lund,

Le escribo para avisarle que mi hija Valentina Herrera de la Cruz (2do grado, salón de la maestra Okoye) no va a ir a la escuela hoy ni mañana. Ayer en la tarde tenía fiebre de 102 y la llevé a la clínica, le hicieron la prueba rápida y salió positiva para estreptococo. Le dieron amoxicilina por 10 días, 2 veces al día.

El doctor dijo que puede regresar después de 24 horas con el antibiótico y sin fiebre. ¿Necesita que le mande la nota del doctor?

Gracias,
Yesenia de la Cruz
555-207-3319
""")

M('phi', 'lang', 'Souza',
  'Patricia Lund <plund@brookmereusd.org>', 'Fernanda Souza <fer.souza.lima@gmail.com>',
  'Gabriel - enfermaria hoje', '2024-10-01 13:15:06',
  """Prezada Sra. Souza,

(Usei o tradutor, desculpe qualquer erro.)

O Gabriel veio à enfermaria hoje às 12h30 com sangramento no nariz que durou uns 15 minutos. Fizemos pressão e gelo e parou. É a terceira vez este mês. Ele disse que às vezes sangra em casa também, de noite.

Sugiro que a senhora marque uma consulta com o pediatra dele para verificar. Ele voltou para a sala de aula e está bem.

Atenciosamente,
Patty Lund, RN
Enfermeira Escolar - Linden Elementary
(555) 410-2276 ramal 114
""", cte='quoted-printable')

M('phi', 'lang', 'Phạm Minh Khoa',
  'Phạm Minh Khoa <khoa.pham@students.halvorsen-state.edu>', 'shs-nurseline@shs.halvorsen-state.edu',
  'Hỏi về kết quả xét nghiệm', '2024-11-14 22:05:37',
  """Chào bác sĩ/y tá,

Em là Phạm Minh Khoa, sinh viên năm 2, ngày sinh 07/03/2005. Tuần trước em đi khám ở trung tâm y tế vì bị ho kéo dài 3 tuần và sụt 4kg. Bác sĩ Han có cho em chụp X-quang phổi và lấy máu làm xét nghiệm QuantiFERON. Em chưa nhận được kết quả.

Em hơi lo vì bác sĩ có nói tới bệnh lao. Em có cần phải đeo khẩu trang hay ở nhà không đi học không ạ? Em ở ký túc xá chung phòng với 2 bạn.

Em xin lỗi vì tiếng Anh của em chưa tốt nên em viết tiếng Việt.

Cảm ơn ạ,
Khoa
""", cte='base64')

M('phi', 'lang', 'Jean-Baptiste',
  'Marie-Ange Jean-Baptiste <majeanbaptiste@yahoo.com>', 'Jen Ashby <jashby@brookmereusd.org>',
  'Wislande - opresyon', '2024-09-17 07:21:40',
  """Bonjou Mis Ashby,

Se manman Wislande Jean-Baptiste ki ekri w (klas 7yèm ane). Wislande te fè yon kriz opresyon yè swa, nou te oblije mennen l nan ijans lopital St. Brendan. Yo ba li nebilizasyon ak prednisone pou 5 jou.

Doktè a di pou l pote pwofè (inhaler) li lekòl chak jou kounye a. M ap voye papye doktè a ak li jodi a. Tanpri si l pa santi l byen, rele m nan 555-388-1407.

Mèsi anpil,
Marie-Ange
""")

M('phi', 'lang', 'Волков',
  'Ирина Волкова <irina.volkova84@mail.example.com>', 'Patricia Lund <plund@brookmereusd.org>',
  'Артём Волков — аллергия и справка', '2024-09-04 20:30:15',
  """Здравствуйте, миссис Ланд!

Пишу по поводу моего сына Артёма Волкова, 5-й класс. Летом у него была сильная аллергическая реакция на укус пчелы — лицо отекло, его увезли на скорой, ввели адреналин. Аллерголог назначил ему EpiPen Jr 0,15 мг и сейчас проводит иммунотерапию (уколы раз в неделю).

Завтра принесу два автоинжектора и план действий от врача. Пожалуйста, чтобы один всегда был с ним на переменах и на физкультуре на улице.

Дата рождения Артёма: 22.01.2014.

С уважением,
Ирина Волкова
+1 555 643 2087
""")

M('phi', 'lang', 'Dimaculangan',
  'Rosario Dimaculangan <rdimaculangan68@gmail.com>', 'Coach Ray Benning <rbenning@brookmereusd.org>',
  'Joshua - bukung', '2024-10-09 21:12:44',
  """Magandang gabi po Coach Benning,

Ako po ang nanay ni Joshua Dimaculangan (varsity basketball). Dinala namin siya sa urgent care kanina kasi namaga at sobrang sakit ng kanang bukung-bukong niya pagkatapos ng practice. Nag-x-ray po sila, wala naman daw bali pero sprain daw, grade 2. Binigyan siya ng brace at saklay, at sabi ng doktor bawal muna maglaro ng 2 linggo at kailangan ng physical therapy.

Ipapadala ko po ang note ng doktor sa athletic trainer bukas. Sorry po, alam ko malapit na ang tournament.

Salamat po,
Rosario Dimaculangan
""")

M('phi', 'lang', 'الخطيب',
  'Samir Al-Khatib <samir.alkhatib@outlook.com>', 'Patricia Lund <plund@brookmereusd.org>',
  'يوسف الخطيب - دواء الصرع في المدرسة', '2024-08-28 18:02:56',
  """السيدة لوند المحترمة،

السلام عليكم. أنا والد الطالب يوسف الخطيب في الصف الثالث. تم تشخيص يوسف بالصرع في شهر يونيو بعد نوبتين، وهو الآن يتناول دواء ليفيتيراسيتام ٢٥٠ ملغ مرتين يومياً في البيت.

طبيب الأعصاب الدكتور ناصر وصف له رذاذ الأنف (ميدازولام) في حال حدوث نوبة تستمر أكثر من ٥ دقائق. سأحضر الدواء وخطة الطوارئ الموقعة يوم الخميس.

أرجو إبلاغ معلمته. رقم هاتفي ٥٥٥-٢١٩-٦٠٤٤.

مع الشكر،
سمير الخطيب
""")

M('phi', 'lang', '陈思远',
  '陈思远 <siyuan.chen@students.halvorsen-state.edu>', 'CAPS Front Desk <caps@halvorsen-state.edu>',
  '预约咨询 / counseling appointment', '2024-10-22 00:47:13',
  """您好，

我叫陈思远，是研究生一年级的国际学生（学号 900521187）。上个月在学生健康中心看过医生，因为失眠和心慌，韩医生给我开了一点药，建议我来咨询中心做心理咨询。

最近两周我几乎每天只睡三四个小时，上课注意力很差，也很想家。请问有没有会说中文的咨询师？我周二和周四下午有时间。

谢谢！
思远
""", cte='base64')
# =====================================================================
# CLEAN: admin
# =====================================================================
M('clean', 'admin', '',
  'HSU IT Service Desk <servicedesk@it.halvorsen-state.edu>', 'SHS All Staff <shs-all@shs.halvorsen-state.edu>',
  'Scheduled downtime: CampusChart EHR Sat 10/26 2:00-6:00 AM (CHG0019473)', '2024-10-21 10:00:00',
  """Change: CHG0019473
Service: CampusChart (EHR) + Patient Portal + Secure Messaging
Window: Saturday, October 26, 2024, 2:00 AM - 6:00 AM
Impact: Full outage. Patient portal will show maintenance page. Lab interface will queue messages and release after the window.

During the window please use the downtime forms in the red binder at each nursing station. The read-only BCA workstation in the nurse manager's office will have a report snapshot as of 1:30 AM.

Questions: reply to this message or reference incident INC0048812 if you experience issues after 6:00 AM.

HSU IT Service Desk | x4357 | servicedesk@it.halvorsen-state.edu
""", html="""<html><body style="font-family:Segoe UI,Arial">
<table width="600" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#003b5c;color:#fff"><b>Scheduled Maintenance Notice</b></td></tr>
<tr><td><p><b>Change:</b> CHG0019473<br><b>Service:</b> CampusChart (EHR) + Patient Portal + Secure Messaging<br>
<b>Window:</b> Saturday, October 26, 2024, 2:00 AM - 6:00 AM<br>
<b>Impact:</b> Full outage. Patient portal will show maintenance page. Lab interface will queue messages and release after the window.</p>
<p>During the window please use the downtime forms in the red binder at each nursing station. The read-only BCA workstation in the nurse manager's office will have a report snapshot as of 1:30 AM.</p>
<p>Questions: reply to this message or reference incident INC0048812 if you experience issues after 6:00 AM.</p>
<p style="color:#666;font-size:9pt">HSU IT Service Desk | x4357</p></td></tr></table></body></html>""")

M('clean', 'admin', '',
  'Karen Obuya <kobuya@hr.halvorsen-state.edu>', 'Marcy Delgado <mdelgado@shs.halvorsen-state.edu>',
  'Onboarding - Lorraine Batiste RN start date 8/19', '2024-08-07 09:14:27',
  """Hi Marcy,

Lorraine Batiste's background check and license verification came back clear (RN license verified with the state board, exp 06/30/2026). She's confirmed for a start date of Monday 8/19.

Her first day will be HR orientation 8:30-12 in Admin 210, then she's yours at 1pm. Can you let me know who her preceptor will be and confirm her schedule (she's 0.8 FTE, M-Th)? Badge photo is at 11:45 at the ID office.

Her cell is 555-449-0318 if you want to reach out to welcome her.

Thanks!
Karen Obuya
HR Business Partner - Student Affairs
(555) 602-1190
""")

M('clean', 'admin', '',
  'Accounts Receivable <ar@cardinalmedsupply.com>', 'SHS Purchasing <shs-purchasing@shs.halvorsen-state.edu>',
  'Invoice INV-20931 - PO 4410-228 - past due', '2024-11-04 08:01:12',
  """Dear Customer,

Our records show the following invoice is now 15 days past due:

  Invoice:      INV-20931
  PO Number:    4410-228
  Account:      HSU-STUDENT HEALTH (Cust# 0088142)
  Invoice Date: 09/20/2024
  Amount Due:   $3,847.60

  Items: nitrile exam gloves M/L (20 cs), 3mL syringes w/ 25G 1" needle (10 bx),
         rapid strep A test kits (8), urine specimen cups (4 cs), sharps containers 2gal (12)

Please remit to the address on the invoice or pay online at our customer portal. If payment has already been sent, please disregard this notice.

Cardinal Point Medical Supply - Accounts Receivable
1-800-555-0147
""")

M('clean', 'admin', '',
  'Nicole Pratt RN <npratt@shs.halvorsen-state.edu>', 'SHS Nursing <shs-nursing@shs.halvorsen-state.edu>',
  'flu clinic staffing - sign up!', '2024-09-23 12:30:55',
  """Hi all - the big flu/COVID clinic is Thurs 10/3 at the Rec Center gym, 10am-4pm. We need 4 vaccinators and 2 on the registration table at all times. Current sign-ups:

10-12   Nicole, Omar, Lorraine, (open)      reg: Tasha, (open)
12-2    Nicole, Beth, (open), (open)        reg: Marcus from front desk
2-4     Lorraine, Beth, Tamsin?, (open)     reg: (open), (open)

Nursing students from Fairhaven CC are coming 12-4 (6 of them), they'll need a preceptor each hour. Please reply-all with your slot. Pizza for everyone after :)

Nicole
""")

M('clean', 'admin', '',
  'Facilities Work Control <workcontrol@facilities.halvorsen-state.edu>', 'CAPS Front Desk <caps@halvorsen-state.edu>',
  'WO-118274 HVAC repair - Talmadge Hall 2nd floor', '2024-07-15 15:45:09',
  """Work Order: WO-118274
Location: Talmadge Hall, Rooms 204-210 (Counseling & Psychological Services)
Request: No cooling in suite, rooms above 82F
Scheduled: Wed 7/17, 7:00 AM - approx 3:00 PM
Crew lead: Ron Szymanski, HVAC Tech II, cell 555-602-7719

Rooms 204-210 will not be usable during the repair (ceiling access required). Please relocate any scheduled appointments. Crew will need someone to unlock the suite at 7 AM.

Facilities Management - Work Control Center
x2200
""")

M('clean', 'admin', '',
  'Bettina Kowalski <bkowalski@registrar.halvorsen-state.edu>', 'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>',
  'spring hold batch timeline', '2024-12-02 14:22:00',
  """Hi Joel,

For spring, here's the timeline on our side:

- Dec 13: last day you can send the noncompliance file for the first hold run
- Jan 6: we run the batch (hold code IMM, applies to registration only, not transcripts)
- Jan 10: students get the auto email pointing them to the SHS portal
- Jan 21: late registration fee kicks in

Same SFTP folder as fall. Can you also send me the updated text for the hold description? The current one still says "Meningitis form" and students keep calling us instead of you.

Thanks,
Bettina Kowalski
Associate Registrar, Registration Services
Halvorsen State University | (555) 602-3004
""")

M('clean', 'admin', '',
  'Credentialing <credentialing@shs.halvorsen-state.edu>', 'Felicity Han MD <fhan@shs.halvorsen-state.edu>',
  'Reminder: license & DEA renewals due - Q1', '2024-12-10 08:00:00',
  """Dr. Han,

The following provider credentials expire in Q1 2025. Please forward renewal confirmations to credentialing@ when complete.

Provider                 Credential            Number          Expires
Tamsin Roe, NP           State APRN license    APRN-0048812    01/31/2025
Tamsin Roe, NP           DEA registration      MR4419023       02/28/2025
Ian Mercado, MD          State medical license MD-221094       03/31/2025
Kofi Osei, MD            BLS                   --              02/15/2025

Also reminder that malpractice COI for the athletics physicians is due to Risk Management by 1/15.

Thanks,
Denise Farrow
Credentialing & Compliance Specialist
""")
# =====================================================================
# CLEAN: lookalike
# =====================================================================
M('clean', 'lookalike', '',
  'HSU Campus Recreation <rec-fitness@rec.halvorsen-state.edu>', 'Brianna Toller <btoller@students.halvorsen-state.edu>',
  'Your InBody scan + PT intro session is booked', '2024-09-09 12:00:04',
  """Hi Brianna,

Thanks for signing up for Personal Training! Your details:

Member #: 004471
Package: Starter 4-pack (Fall 2024)
Trainer: Dre Montgomery, NASM-CPT
Session 1: Fitness assessment + InBody body composition scan
Date/Time: Thu 9/12, 4:30 PM, Rec Center Fitness Floor (meet at the front desk)

To get the most accurate scan: no food 2 hrs before, no workout that day, and bring water. Please complete the PAR-Q health readiness questionnaire on the member portal before your visit.

Cancellations need 24 hours' notice or the session is forfeited.

See you on the floor!
Campus Rec Fitness Team
""")

M('clean', 'lookalike', '',
  'Fairhaven Animal Hospital <reminders@fairhavenanimalhosp.com>', 'Donna Harlan <dharlan55@gmail.com>',
  "Biscuit is due for vaccines!", '2024-10-03 07:30:00',
  """Dear Donna Harlan,

Our records show that Biscuit (Canine, Beagle mix, Patient ID 88213) is due for the following:

  - Rabies 3-year booster ............ due 10/15/2024
  - DHPP ............................. due 10/15/2024
  - Heartworm test (4Dx) ............. due 11/01/2024
  - Dental cleaning recheck .......... overdue

Biscuit's last weight was 31.2 lb. Dr. Yusuf also noted at the last visit that we should recheck the lump on Biscuit's left flank.

Book online or call us at (555) 720-3300.

Fairhaven Animal Hospital - caring for your family since 1987
""")

M('clean', 'lookalike', '',
  'University Federal Credit Union <alerts@ufcu-halvorsen.org>', 'Derek Hollins <derek.hollins.atc@gmail.com>',
  'Member #2203981 - your auto loan payment was received', '2024-10-15 06:12:48',
  """Hello Derek,

We've received your payment. Details:

Member #:        2203981
Loan:            Auto Loan -0044 (2021 Subaru Outback)
Amount:          $412.77
Posted:          10/15/2024
Next payment:    11/15/2024

Members of the HSU community can also get 0.25% off new auto loans with direct deposit. Want to learn about our health savings account (HSA) options? Visit any branch.

University Federal Credit Union - Federally insured by NCUA.
This is an automated message, please do not reply.
""")

M('clean', 'lookalike', '',
  'Skyhaven Airlines <noreply@skyhaven-air.com>', 'Travel Coordinator <teamtravel@athletics.halvorsen-state.edu>',
  'Group booking confirmed - PNR QX7T4M - HSU Women\'s Soccer', '2024-10-30 14:04:19',
  """Your group reservation is confirmed.

Confirmation (PNR): QX7T4M
Group: HSU WOMEN'S SOCCER (24 pax)
Flight SH 1182  FHV -> DEN  Fri 11/15  07:10 - 09:48
Flight SH 1409  DEN -> FHV  Sun 11/17  16:25 - 21:02

Passenger list (partial):
  PIKE/SANDRA MS          Ticket 5062419004471
  HOLLINS/DEREK MR        Ticket 5062419004472
  BAKSHI/ANAYA MS         Ticket 5062419004473
  MOREAU/CLAIRE MS        Ticket 5062419004474
  ... 20 more

Special service requests: 1x medical kit (athletic trainer) as carry-on, 2x extra checked bags (equipment).
Names must match government ID. Changes can be made up to 72 hours before departure.

Skyhaven Airlines Group Desk | 1-800-555-0199
""")

M('clean', 'lookalike', '',
  'Claims - Granite Shield Auto <claims@graniteshield-auto.com>', 'Patricia Lund <patty.lund.rn@gmail.com>',
  'Claim 7781-442-09 - rear-end collision 9/27', '2024-10-02 16:37:21',
  """Dear Ms. Lund,

Thank you for reporting your claim. We've assigned adjuster Kevin Morrow.

Claim #:       7781-442-09
Policy #:      GSA-CM-00481227
Date of loss:  09/27/2024
Vehicle:       2019 Honda CR-V
Description:   Insured vehicle struck from behind at stop light on Route 9. No injuries reported at scene.

Your rental coverage is approved for up to 14 days. Please schedule the damage appraisal at one of our Preferred Repair Shops. If you later seek medical treatment related to this accident, please notify your adjuster so a separate Personal Injury Protection file can be opened.

Granite Shield Auto Insurance
Claims: 1-888-555-0162
""")

M('clean', 'lookalike', '',
  'Ortiz Tree Care <estimates@ortiztreecare.com>', 'Grounds Dept <grounds@facilities.halvorsen-state.edu>',
  'Estimate #2291 - red oak by Student Health Center', '2024-06-18 11:10:37',
  """Hi Walt,

Following our assessment on 6/14, here's what we found on the big red oak next to the Student Health Center parking lot:

Diagnosis: bacterial leaf scorch (confirmed with lab sample), plus a Hypoxylon canker on the south-facing scaffold limb. About 30% canopy dieback. Root flare shows girdling root on the east side.

Treatment plan:
 1. Crown cleaning - remove deadwood > 2" and the infected scaffold limb
 2. Root collar excavation w/ air spade, sever girdling root
 3. Soil injection fertilization (fall)
 4. Re-assess in 12 months; prognosis is fair but this tree is in decline

Estimate total: $4,650.00 (crane not required). We'd need the lot closed for one day.

Luis Ortiz
ISA Certified Arborist WE-10448A
Ortiz Tree Care | (555) 388-2040
""")

M('clean', 'lookalike', '',
  'Jenkins CI <ci-noreply@git.it.halvorsen-state.edu>', 'portal-devs@it.halvorsen-state.edu',
  '[student-portal] pipeline #44817 failed: patient-retry worker health check', '2024-11-20 03:17:55',
  """Pipeline #44817 for branch release/2024.11 FAILED

Stage: integration-test
Job: health-check-workers

  [FAIL] worker "patient-retry" (PID 31822) did not respond to /healthz within 30s
  [FAIL] worker "immunization-sync" restarted 4 times (OOMKilled, limit 512Mi)
  [PASS] worker "appointment-reminder"
  [PASS] worker "hold-sync"

Patient zero: commit a91f3c2 "bump retry backoff to exponential" by vpatel

Note: "patient-retry" is the queue consumer that retries patiently on 429s from the SIS API; it does not process clinical data.

-- 
This message was generated by Jenkins. View the build: https://ci.it.halvorsen-state.edu/job/student-portal/44817/
""")
# =====================================================================
# CLEAN: news
# =====================================================================
M('clean', 'news', '',
  'Calder County Health Department <alerts@caldercountyhealth.gov>', 'School & College Health Partners <partners-list@caldercountyhealth.gov>',
  'HEALTH ADVISORY: Measles exposure - public locations', '2024-03-11 17:05:00',
  """CALDER COUNTY HEALTH DEPARTMENT - HEALTH ADVISORY
March 11, 2024

The Health Department has confirmed one case of measles in a county resident with recent international travel. The individual is isolating at home. Members of the public may have been exposed at the following locations:

  - Fairhaven Transit Center, Mar 5, 2:00-5:30 PM
  - Greenleaf Market, 410 Canal St, Mar 6, 10:00 AM-12:30 PM
  - Halvorsen State University Library, 1st floor, Mar 7, 1:00-4:00 PM

Anyone exposed who is not immune should watch for fever, cough, runny nose, red eyes and rash through March 28. Call ahead before visiting a clinic or ED.

Schools and colleges: please review immunization records and be prepared to exclude non-immune students and staff for 21 days after exposure if additional cases occur.

Clinicians: report suspected cases immediately to the Epidemiology line, (555) 300-4100 (24/7).
""", z='ES')

M('clean', 'news', '',
  'MedSafe Alerts <alerts@medsafe-bulletin.org>', 'Patricia Lund <plund@brookmereusd.org>',
  'RECALL: Albuterol sulfate inhalation aerosol 90 mcg - select lots', '2024-02-08 12:00:00',
  """MedSafe Bulletin - Drug Recall Notice

Product: Albuterol Sulfate Inhalation Aerosol, 90 mcg/actuation, 200 metered inhalations
Manufacturer: Verdant Respiratory Pharma
Lots: VR23A117, VR23A118, VR23B004 (exp 08/2025)
Reason: Some units may not deliver the labeled dose due to a defective counter/valve.
Class: II

Recommended action: Schools, clinics and pharmacies should check stock and quarantine affected lots. Patients should NOT stop using their inhaler without a replacement; contact the dispensing pharmacy for an exchange.

Adverse events may be reported to the manufacturer at 1-800-555-0172.

You are receiving this because you subscribed to MedSafe school nurse alerts. Unsubscribe: https://medsafe-bulletin.org/u
""", html="""<html><body><h2 style="color:#b00">Drug Recall Notice</h2>
<p><b>Product:</b> Albuterol Sulfate Inhalation Aerosol, 90 mcg/actuation<br><b>Lots:</b> VR23A117, VR23A118, VR23B004 (exp 08/2025)<br>
<b>Reason:</b> Some units may not deliver the labeled dose due to a defective counter/valve. <b>Class II</b></p>
<p>Schools, clinics and pharmacies should check stock and quarantine affected lots. Patients should NOT stop using their inhaler without a replacement.</p>
<p style="font-size:small">Unsubscribe: <a href="https://medsafe-bulletin.org/u">medsafe-bulletin.org/u</a></p></body></html>""", z='ES')

M('clean', 'news', '',
  'Student Health Services <shs-news@shs.halvorsen-state.edu>', 'All Students <students-all@lists.halvorsen-state.edu>',
  'The Checkup - October: flu shots, sleep, and new CAPS hours', '2024-10-01 09:00:00',
  """THE CHECKUP | Student Health Services Monthly | October 2024

FLU SHOTS ARE HERE
Free flu and updated COVID vaccines for students at our big clinic Thursday Oct 3, Rec Center, 10-4. Bring your student ID. No appointment needed. Can't make it? Walk in any weekday morning at the Health Center.

SLEEP IS A STUDY STRATEGY
Students who get 7+ hours score better on exams than all-nighters. Try a consistent bedtime, keep your phone out of bed, and skip caffeine after 2pm.

CAPS EXTENDED HOURS
Counseling & Psychological Services is now open until 7pm Tues and Wed. Same-day crisis appointments are always available. After hours, call the 24/7 line at (555) 602-HELP.

STI TESTING TUESDAYS
Confidential walk-in testing every Tuesday 1-4pm. Most tests are $0 on the student plan.

Student Health Services | Commons Way | (555) 602-4100
""")

M('clean', 'news', '',
  'Marcy Delgado <mdelgado@shs.halvorsen-state.edu>', 'Student Affairs Leadership <sa-leadership@halvorsen-state.edu>',
  'SHS annual utilization summary FY24', '2024-07-30 15:25:42',
  """Hi all,

Summary numbers for FY24 (July 2023 - June 2024) ahead of the budget meeting. Full report on the SharePoint.

Total visits                          14,220   (+6% vs FY23)
Unique students seen                   6,913   (31% of enrolled)
Nurse line calls                       3,406
Vaccines administered                  5,874
  - influenza                          3,112
  - COVID-19                             902
Lab tests performed in-house          11,480
Top visit reasons (ICD category)
  1. Respiratory infections            2,981
  2. Sexual & reproductive health      1,877
  3. Musculoskeletal / injury          1,402
  4. Mental health (med mgmt)          1,135
  5. Dermatology                         744
ED transports from campus                 61
Immunization compliance at census     94.2%

Average wait for non-urgent appt: 2.4 days (goal < 3).

Marcy
""")

M('clean', 'news', '',
  'Conference Sports Medicine Committee <sportsmed@mountainplainsconf.org>', 'Member Institution Head ATs <head-ats@lists.mountainplainsconf.org>',
  'Sports Medicine Update: 2024-25 concussion protocol changes', '2024-08-01 10:30:00',
  """MOUNTAIN PLAINS CONFERENCE - SPORTS MEDICINE UPDATE
August 2024

1. Concussion management plans must be re-submitted by Sept 1 and must now include a written return-to-learn protocol in addition to return-to-play.

2. Independent medical care: unaffiliated athletic trainers or physicians must have unchallengeable authority for medical decisions, including removal from play. Coaches may not influence RTP timelines.

3. Baseline testing: computerized neurocognitive baseline is still recommended but no longer required; a symptom checklist, balance test and vestibular/ocular screen are required for all contact/collision sport athletes.

4. Heat policy: WBGT-based activity modification table updated (Appendix C).

5. Reporting: de-identified injury surveillance data due to the conference office by June 15.

Questions to the committee chair, Dr. Annika Lowell.
""")

M('clean', 'news', '',
  'BUSD Health Services <healthservices@brookmereusd.org>', 'BUSD School Nurses <busd-nurses@brookmereusd.org>',
  'Nurse Notes - August: stock epi & naloxone law, forms', '2024-08-15 13:00:00',
  """NURSE NOTES | Brookmere USD Health Services | Back to School 2024

New state law (SB 1182) takes effect Sept 1:
 * Every school must keep stock epinephrine auto-injectors (2 adult, 2 junior) and at least 2 doses of naloxone nasal spray.
 * Trained unlicensed staff may administer both in an emergency under the standing order from Dr. Moira Quist, district medical advisor.
 * Training module in SafeSchools is due by Sept 30 for all office staff and coaches.

Forms for 2024-25 (on the Health Services page):
 - Medication authorization (updated - now requires parent AND prescriber signature for OTC meds)
 - Asthma self-carry agreement
 - Seizure action plan
 - Diabetes medical management plan

Kindergarten & 7th grade immunization reports due to the state Oct 15.

Welcome back, everyone!
Health Services Coordinator - Renata Vos, MSN, RN, NCSN
""")
# =====================================================================
# CLEAN: staff
# =====================================================================
M('clean', 'staff', '',
  'Jen Ashby <jashby@brookmereusd.org>', 'BUSD School Nurses <busd-nurses@brookmereusd.org>',
  'inhaler self-carry for middle schoolers?', '2024-09-10 15:05:33',
  """hi all,

question for the group - how are you all handling asthma self-carry at the middle school level? the new form says the prescriber has to attest the student can self-administer, but I've got a few 6th graders whose doctors signed it and honestly I'm not confident they use the spacer right.

do you do a skills check before you let them carry? or just trust the form? I don't want to hold onto an inhaler if the law says they can carry, but also...

Jen Ashby, LVN
Calloway MS
""", cc='Renata Vos <rvos@brookmereusd.org>')

M('clean', 'staff', '',
  'Kofi Osei MD <kosei@athletics.halvorsen-state.edu>', 'Regional Team Physicians <teamdocs-list@mountainplainsconf.org>',
  'curbside: MRI threshold for recurrent shoulder subluxation', '2024-11-08 07:32:11',
  """Colleagues,

Curious how others approach this. Typical scenario for us: a 19-21yo male overhead athlete, one documented anterior subluxation, completes ~4-6 weeks of PT, still has apprehension and a painful click with throwing, but a stable exam otherwise. Do you go straight to MR arthrogram at that point or give it a full 12 weeks of rehab first?

Our ortho group is split. I lean toward early imaging in-season because it changes the surgery-vs-brace conversation, but I know the cost argument.

Thanks,
Kofi

Kofi Osei, MD, CAQSM | Head Team Physician, Halvorsen State University
""")

M('clean', 'staff', '',
  'Lucia Benavides <lbenavides@caps.halvorsen-state.edu>', 'CAPS Clinical <caps-clinical@caps.halvorsen-state.edu>',
  'after-hours on-call rotation - Nov/Dec', '2024-10-28 11:20:46',
  """Hi team,

Nov/Dec on-call rotation is posted in the shared calendar. A few notes:

- Finals weeks (Dec 9-20) we'll have a 2nd clinician on backup each night, historically our busiest crisis-call stretch.
- Thanksgiving break: Ruth has 11/27-11/29, Ian covers psychiatry consults by phone.
- Reminder: after any after-hours call that involves a welfare check or transport, document in CampusChart by 10am the next day and send a brief heads-up (no details) to the Dean of Students on-call.

If you need to swap, find your own coverage and let me know by email.

Lucia
""")

M('clean', 'staff', '',
  'Tamsin Roe NP <troe@shs.halvorsen-state.edu>', 'Felicity Han MD <fhan@shs.halvorsen-state.edu>',
  'MenB - 2 dose vs 3 dose?', '2024-08-22 16:48:19',
  """Felicity, quick q while we're setting up standing orders for the year. For healthy 16-23 yr olds getting MenB for shared decision making, are we doing the 2-dose Bexsero schedule (0, 1 mo) or the Trumenba 2-dose (0, 6 mo)? Pharmacy says we can only stock one brand this year. Also do you want the pentavalent MenABCWY on the formulary at all or wait?

Personally I'd go Bexsero since a lot of students won't be here 6 months later to finish.

T
""")

M('clean', 'staff', '',
  'Harriet Osgood <hosgood@drc.halvorsen-state.edu>', 'DRC Staff <drc-staff@drc.halvorsen-state.edu>',
  'ESA documentation - proposed language', '2024-06-04 10:05:59',
  """All,

Housing asked us to tighten the documentation standard for emotional support animal requests. Draft language for the website below, please comment by Friday:

"Documentation should come from a licensed provider who has treated the student for at least 30 days and is familiar with their functional limitations. The letter should describe the disability-related need for the animal, not only a diagnosis. Letters purchased from online services without an ongoing treatment relationship will generally not be sufficient."

We'd still review every request individually. Diagnosis itself isn't required, just the nexus between the limitation and the animal.

Harriet
""")

M('clean', 'staff', '',
  'Patricia Lund <plund@brookmereusd.org>', 'BUSD School Nurses <busd-nurses@brookmereusd.org>',
  'frequent flyers - how do you handle', '2024-10-04 14:10:27',
  """Hi all - looking for ideas. I have a 4th grader (won't name, you know how it is) who's in my office almost every day around 10:30 with a stomachache, sometimes headache. Never a fever, eats lunch fine, goes back happy after 10 minutes. Parents aware, pediatrician found nothing.

I'm starting to think it's avoidance of a particular class/subject. Has anyone set up a plan with the counselor and teacher for this kind of thing? Visit limits? A pass system?

Thanks,
Patty
""")

M('clean', 'staff', '',
  'Omar Baig <obaig@shs.halvorsen-state.edu>', 'SHS Clinical <shs-clinical@shs.halvorsen-state.edu>',
  'lab courier pickup times change 11/4', '2024-10-29 09:45:12',
  """Hi all,

Starting Mon 11/4, Meridian is changing our courier pickups to 11:30 AM and 4:15 PM (was 12 and 4). Anything drawn after 4:00 will go out the next day, so please plan afternoon draws accordingly - especially cultures and anything needing refrigeration.

Also a reminder that QuantiFERON tubes have to be incubated within 16 hrs, so no QFT draws after 2pm on Fridays.

Thanks!
Omar
""")
# =====================================================================
# CLEAN: training
# =====================================================================
M('clean', 'training', '',
  'Shawna Reilly <sreilly@campuschart-ehr.com>', 'SHS Super Users <shs-superusers@shs.halvorsen-state.edu>',
  'CampusChart 24.3 demo recap + training environment logins', '2024-09-17 16:20:00',
  """Hi everyone,

Thanks for joining today's demo of the 24.3 release. As promised, here's a recap. All examples were in the TRAINING environment (train.campuschart-ehr.com) - nothing in production.

Test patients you can use for practice (please don't create new ones):
  ZZTEST, ALPHA       MRN T000001   DOB 01/01/2000
  ZZTEST, BRAVO       MRN T000002   DOB 02/02/2002
  TESTPATIENT, SAMPLE MRN T000003   DOB 03/03/2003

Things we covered:
  1. New immunization forecaster - try entering an MMR for ZZTEST, ALPHA and watch the compliance tile update
  2. Secure message templates for lab results
  3. Sports med module: injury log + RTP checklist

Your training login is your HSU username with "_trn" appended, password Train2024! (you'll be forced to change it).

Shawna Reilly
Implementation Consultant, CampusChart
""")

M('clean', 'training', '',
  'Priya Venkatesh <pvenkatesh@it.halvorsen-state.edu>', 'HSU IT New Analysts <it-analysts-new@it.halvorsen-state.edu>',
  'HL7 101 - sample messages for Thursday', '2024-07-09 11:00:00',
  r"""Hi new folks,

For Thursday's HL7 101 session, here's the sample message we'll dissect. It's the textbook example, entirely made up - DOE^JOHN is not a real person and the IDs are dummy values.

MSH|^~\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20240101120000||ADT^A01|MSG00001|T|2.5.1
EVN|A01|20240101120000
PID|1||123456^^^TEST^MR||DOE^JOHN^Q||19700101|M|||123 MAIN ST^^ANYTOWN^ST^00000||(555)555-5555
PV1|1|I|TEST^101^A||||999999^PROVIDER^TEST

Note that MSH-11 is "T" (training/test). Homework: identify which field is the MRN, the DOB and the attending, and explain what the ^ and ~ characters do.

Priya V.
""")

M('clean', 'training', '',
  'Marcy Delgado <mdelgado@shs.halvorsen-state.edu>', 'SHS Nursing <shs-nursing@shs.halvorsen-state.edu>',
  'mock code drill Friday - scenario', '2024-08-20 13:33:33',
  """Hi team,

We're doing a mock code drill Friday at 8:15 before clinic opens. Scenario below so the charge nurse can prep - everyone else, please DON'T read ahead :)

SCENARIO (fictional):
"Jane Doe," a 20-year-old student, collapses in the waiting room after a bee sting on the way in. Sample vitals card: HR 130, BP 78/40, RR 28, SpO2 89%, diffuse hives, stridor.
Expected actions: call code/911, epinephrine 0.5mg IM from the anaphylaxis kit, O2, position, second dose at 5-15 min if no improvement, AED on standby, document on the code sheet.

Manikin will be in Exam 1. Debrief after with coffee.

Marcy
""")

M('clean', 'training', '',
  'FHIR Dev Sandbox <no-reply@fhirsandbox-dev.io>', 'Priya Venkatesh <pvenkatesh@it.halvorsen-state.edu>',
  'Your sandbox is ready - sample Patient resource inside', '2024-05-02 09:12:45',
  """Welcome to your FHIR R4 developer sandbox!

Base URL: https://sandbox-7741.fhirsandbox-dev.io/r4
Client ID: hsu-dev-7741

Your sandbox comes pre-loaded with 100 synthetic patients. All data is computer-generated and does not represent real people. Example:

{
  "resourceType": "Patient",
  "id": "synthetic-0001",
  "meta": { "tag": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data" } ] },
  "name": [ { "family": "Testerson", "given": [ "Test" ] } ],
  "gender": "unknown",
  "birthDate": "1900-01-01"
}

Try: GET /Patient?family=Testerson

Happy building,
The FHIR Dev Sandbox team
""")

M('clean', 'training', '',
  'Joel Amankwah <jamankwah@shs.halvorsen-state.edu>', 'Student Health Student Workers <shs-studentworkers@shs.halvorsen-state.edu>',
  'training: reviewing immunization uploads (w/ sample screenshots)', '2024-08-05 10:10:10',
  """Hi student staff,

Before you start reviewing uploads on Monday, please go through the attached walkthrough. The screenshots use the SAMPLE STUDENT record in the test portal (Student ID 000000000, DOB 01/01/2000) - you will never see real records in the test portal.

Key steps:
1. Check the name and DOB on the uploaded document match the portal record
2. Match each vaccine date to the requirement (MMR x2, Hep B x3 or x2 Heplisav, MenACWY after 16th birthday, TB screen if flagged)
3. If anything's unclear, mark "needs RN review" - never approve a titer yourself
4. FERPA/HIPAA reminder: don't discuss anything you see with anyone outside the office

Joel
""", atts=[('imm_review_walkthrough_SAMPLE.txt',
            """IMMUNIZATION UPLOAD REVIEW - WALKTHROUGH (TEST PORTAL)
Screen 1: Search "SAMPLE, STUDENT" -> ID 000000000
Screen 2: Uploaded doc "sample_record.pdf" - MMR 01/01/2001, 01/01/2005 (sample dates)
Screen 3: Requirement grid -> MMR: 2 of 2 ✔  HepB: 2 of 3 ✖
Screen 4: Click "Needs RN review" -> comment "missing dose 3"
""", 'text', 'plain')])

M('clean', 'training', '',
  'Lucia Benavides <lbenavides@caps.halvorsen-state.edu>', 'Residence Life RAs <ra-all@housing.halvorsen-state.edu>',
  'RA training - Mental Health First Aid role play scenarios', '2024-08-12 08:45:00',
  """Hi RAs,

For Wednesday's session (Whitford Hall 118, 1-4pm) we'll run through role plays. These are fictional scenarios written for training - any resemblance to real residents is coincidental.

Scenario A: "Alex," a first-year on your floor, hasn't left their room in 3 days, roommate says they're not eating. Practice: approach, listen non-judgmentally, ask directly about suicide, connect to CAPS.

Scenario B: "Sam" tells you at 1am that their friend took "a bunch of pills." Practice: call 911/campus police, stay with the student, notify the RD on call.

Scenario C: "Jordan" discloses they're struggling after a breakup and asks you not to tell anyone. Practice: explaining the limits of confidentiality.

Bring your RA manual. Lunch provided.

Lucia Benavides, LCSW
Clinical Coordinator, CAPS
""")

# =====================================================================
# write out
# =====================================================================
rows = []
for i, (label, kind, patient, msg) in enumerate(MSGS):
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    idx = sum(1 for (l, k, _, _) in MSGS[:i + 1] if l == label and k == kind)
    fn = '%s-%s-%03d.eml' % (label, kind, idx)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append((fn, label, kind, patient))

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in rows:
        w.writerow(r)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((l, k) for _, l, k, _ in rows)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(rows))
