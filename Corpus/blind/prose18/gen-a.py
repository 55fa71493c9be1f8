#!/usr/bin/env python3
"""Blind eval set prose18a: multi-state physician group (telehealth, urgent care,
occupational health). All people, numbers and organisations are invented.
Standard library only; deterministic (random.seed(1818))."""
import base64, csv, io, os, quopri, random, zipfile, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders
from email.header import Header
from email.utils import formataddr
from email.generator import BytesGenerator

random.seed(1818)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MSGS = []


def add(label, kind, patient, frm, to, subj, date, body=None, html=None,
        atts=(), cc=None, charset='utf-8', cte=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                     subj=subj, date=date, body=body, html=html, atts=list(atts),
                     cc=cc, charset=charset, cte=cte, extra=extra or {}))


def _isascii(s):
    return all(ord(c) < 128 for c in s)


def tpart(text, sub='plain', charset='utf-8', cte=None):
    raw = text.encode(charset)
    if cte is None:
        if _isascii(text) and max((len(l) for l in text.split('\n')), default=0) < 900:
            cte = '7bit'
        else:
            cte = 'quoted-printable'
    p = MIMENonMultipart('text', sub, charset=charset)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        p.set_payload(text)
    p['Content-Transfer-Encoding'] = cte
    return p


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode('utf-8') if isinstance(text, str) else text)
    return buf.getvalue()


def attpart(a):
    # a = (filename, content, ctype[, cte or charset])
    fn, content, ctype = a[0], a[1], a[2]
    opt = a[3] if len(a) > 3 else None
    if ctype == 'message/rfc822':
        p = MIMEMessage(build(content))
    elif ctype.startswith('text/'):
        p = tpart(content, ctype.split('/')[1], charset=(opt if opt and opt not in ('base64', 'quoted-printable') else 'utf-8'),
                  cte=(opt if opt in ('base64', 'quoted-printable') else None))
    else:
        maj, sub = ctype.split('/')
        p = MIMEBase(maj, sub)
        if ctype == 'application/zip':
            content = zipbytes(content)
        elif isinstance(content, str):
            content = content.encode('utf-8')
        p.set_payload(content)
        encoders.encode_base64(p)
    if fn:
        p.add_header('Content-Disposition', 'attachment', filename=fn)
    return p


def hdr(s):
    if _isascii(s):
        return s
    return Header(s, 'utf-8').encode()


def addr(s):
    out = []
    for one in s.split(';'):
        one = one.strip()
        if '<' in one and not _isascii(one):
            name, a = one.split('<', 1)
            out.append(formataddr((name.strip().strip('"'), a.rstrip('>').strip()), charset='utf-8'))
        else:
            out.append(one)
    return ', '.join(out)


def bnd():
    return '----=_NextPart_%03d_%04X_%08X.%08X' % (random.randint(0, 999), random.randint(0, 0xFFFF),
                                                 random.getrandbits(32), random.getrandbits(32))


def build(m):
    parts = []
    if m['body'] is not None and m['html'] is not None:
        alt = MIMEMultipart('alternative', boundary=bnd())
        alt.attach(tpart(m['body'], 'plain', m['charset'], m['cte']))
        alt.attach(tpart(m['html'], 'html', m['charset'], m['cte']))
        main = alt
    elif m['html'] is not None:
        main = tpart(m['html'], 'html', m['charset'], m['cte'])
    else:
        main = tpart(m['body'] or '', 'plain', m['charset'], m['cte'])
    if m['atts']:
        msg = MIMEMultipart('mixed', boundary=bnd())
        msg.attach(main)
        for a in m['atts']:
            msg.attach(attpart(a))
    else:
        msg = main
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['From'] = addr(m['frm'])
    msg['To'] = addr(m['to'])
    if m['cc']:
        msg['Cc'] = addr(m['cc'])
    msg['Subject'] = hdr(m['subj'])
    msg['Date'] = m['date']
    msg['Message-ID'] = '<%016x.%s@%s>' % (random.getrandbits(64), random.randint(1000, 99999), dom)
    for k, v in m['extra'].items():
        msg[k] = hdr(v)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    return msg


def inner(frm, to, subj, date, body=None, html=None, atts=(), cc=None, charset='utf-8', cte=None, extra=None):
    return dict(frm=frm, to=to, subj=subj, date=date, body=body, html=html, atts=list(atts),
                cc=cc, charset=charset, cte=cte, extra=extra or {})


# Outlook-ish HTML wrapper used by several senders (each message still writes its own content)
def outlook(inner_html, sig=''):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.t td{border:1px solid #999;padding:2px 6px;font-size:10pt;}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">' + inner_html + sig + '</div></body></html>')


GROUP = 'hpmedpartners.org'

# ============================ PHI: phi-care ============================
add('phi', 'phi-care', 'Okafor',
    'Tamsin Drury <tdrury@corvellclaims.com>', 'WorkWell Records <occhealth.records@hpmedpartners.org>',
    'Records request - claimant Daniel Okafor / DOI 11/14/2026', 'Mon, 30 Nov 2026 09:41:12 -0500',
    body="""Good morning,

I am the adjuster assigned to the workers' compensation claim below and I'm requesting
copies of all treatment notes for this claimant from your Castleton location.

Claimant: Daniel Okafor
Employer: Ohio Valley Distribution Center (Plainfield, IN)
Date of injury: 11/14/2026
Our claim #: CV-IN-2026-0448173

From what the employer sent me he was seen at your walk-in clinic on 11/14 and again
on 11/21, had lumbar x-rays on the first visit, and was referred out to physical therapy
(3x/week x 4 weeks). I also need the work status slips from both visits - the employer's
copy of the 11/21 one is illegible.

Please fax to 317-842-6610 or reply to this email with the notes attached. An
authorization signed by the claimant is on file with us and I can send it over if your
release-of-information team needs it.

Thanks,
Tamsin Drury
Senior Claims Adjuster, Indiana WC Unit
Corvell Claims Services
Direct 317-842-6677
""")

add('phi', 'phi-care', 'Fuentes',
    'Brenda Kowalczyk <bkowalczyk@brightwaterpoultry.com>', 'Eastgate Occ Health <eastgate.oh@hpmedpartners.org>',
    'RE: Marisol Fuentes - return to work?', 'Tue, 01 Dec 2026 07:58:40 -0500', cte='quoted-printable',
    body="""Hi,

Marisol Fuentes from our 2nd shift deboning line was at your Eastgate clinic Monday after
the incident on the line. She came back with a paper that says "modified duty - no use of
right hand, recheck 12/4" but our supervisor says she told him the doctor said she could go
back to full duty next week. Which is it?

We have light duty available in packaging (no knives). Can you confirm restrictions so we
can place her? She's also asking if she needs to come in Friday or if the recheck can be
done by video.

Brenda Kowalczyk
HR Generalist | Brightwater Poultry Processing
""",
    html=outlook("""<p class="MsoNormal">Hi,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Marisol Fuentes from our 2<sup>nd</sup> shift deboning line was at your Eastgate clinic Monday after
the incident on the line. She came back with a paper that says &quot;modified duty &#8211; no use of
right hand, recheck 12/4&quot; but our supervisor says she told him the doctor said she could go
back to full duty next week. Which is it?</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We have light duty available in packaging (no knives). Can you confirm restrictions so we
can place her? She&#8217;s also asking if she needs to come in Friday or if the recheck can be
done by video.</p><p class="MsoNormal">&nbsp;</p>""",
    """<p class="MsoNormal"><b><span style="color:#1F4E79">Brenda Kowalczyk</span></b><br>HR Generalist | Brightwater Poultry Processing<br>
2200 Refugee Rd, Columbus OH 43207 | 614-445-0192</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">This e-mail and any attachments are confidential and intended solely for the addressee.</p>"""))

add('phi', 'phi-care', 'Pomeroy',
    'Keisha Barnwell, CMA <kbarnwell@hpmedpartners.org>', 'Dr. Samuel Ortiz <sortiz@hpmedpartners.org>',
    'refill - Pomeroy', 'Wed, 02 Dec 2026 10:12:05 -0500',
    body="""Dr O,
Gerald Pomeroy called for atorvastatin 40mg #90, last fill 8/29. Last lipid panel was
May. He's asking if you'll send it to the Kroger on Sawmill instead of mail order this
time. Pended in your box.
Keisha
""")

add('phi', 'phi-care', 'Vasquez-Hart',
    'VisitBridge Notifications <no-reply@notify.visitbridge.io>', 'Dr. Meera Anand <manand@hpmedpartners.org>',
    'Your patient is in the waiting room', 'Wed, 02 Dec 2026 13:59:31 -0500',
    body="""VisitBridge

Hi Dr. Anand,

Lena Vasquez-Hart has checked in for her 2:00 PM video visit and is waiting.

Visit type: Follow-up (15 min)
Reason entered by patient: "recheck after starting the new inhaler, still coughing at night"
Connection test: passed (camera, mic)

Start visit: https://app.visitbridge.io/p/hpmp/v/8K2Q-77TD

You are receiving this because you are the scheduled provider. Manage notification
settings in your VisitBridge profile.
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;border-radius:6px;padding:24px">
<tr><td><img src="https://cdn.visitbridge.io/mail/logo.png" alt="VisitBridge" width="120"></td></tr>
<tr><td style="font-size:16px;padding-top:16px">Hi Dr. Anand,</td></tr>
<tr><td style="font-size:15px;padding-top:8px"><b>Lena Vasquez-Hart</b> has checked in for her <b>2:00 PM</b> video visit and is waiting.</td></tr>
<tr><td style="font-size:14px;color:#444;padding-top:12px">Visit type: Follow-up (15 min)<br>
Reason entered by patient: &ldquo;recheck after starting the new inhaler, still coughing at night&rdquo;<br>
Connection test: passed (camera, mic)</td></tr>
<tr><td style="padding-top:20px"><a href="https://app.visitbridge.io/p/hpmp/v/8K2Q-77TD" style="background:#0a7cff;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start visit</a></td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:24px">You are receiving this because you are the scheduled provider. Manage notification settings in your VisitBridge profile.</td></tr>
</table></td></tr></table></body></html>""")

add('phi', 'phi-care', 'Lindqvist',
    'Meridian MRO Services <results@meridianmro.com>', 'Carl Hess <chess@midstatefreight.com>',
    'Verified result - Lindqvist, Erik - recollection required', 'Thu, 03 Dec 2026 11:20:44 -0600',
    body="""CONFIDENTIAL - DESIGNATED EMPLOYER REPRESENTATIVE ONLY

Employer:        Midstate Freight Lines, Inc.
Donor:           LINDQVIST, ERIK J
Donor ID:        last 4 - 2207
Specimen ID:     0193384712
Collection site: HPMP WorkWell - Dixie Hwy, Louisville KY
Collected:       11/30/2026 06:45
Test reason:     Random (DOT - FMCSA)
Panel:           DOT 5-panel urine

MRO verified result: NEGATIVE - DILUTE (creatinine 4 mg/dL, SG 1.0018)

Per 49 CFR 40.197(b)(1), a negative-dilute with creatinine between 2 and 5 mg/dL
requires an immediate recollection UNDER DIRECT OBSERVATION. Please send the donor back
to a collection site with minimal advance notice. The collector must be told the
collection is directly observed.

Dr. Howard Pine, MD, MRO
Meridian MRO Services | 502-339-8820
""")

add('phi', 'phi-care', 'Whitfield',
    'Dr. Renee Castellanos <rcastellanos@hpmedpartners.org>', 'Carl Hess <chess@midstatefreight.com>',
    'DOT exam today - T. Whitfield', 'Wed, 02 Dec 2026 16:05:18 -0600',
    body="""Carl,

Terrence Whitfield came through this morning for his DOT recert. I was only able to give
him a 1-year card this time instead of 2 - his blood pressure was 152/94 on two readings
and per the FMCSA guidance that's a 1-year certification. He was fine with it.

He left with the card and the long form. Copy of the MEC is attached to his chart; I'll
have the front desk fax your copy this afternoon. He mentioned he's seeing his own doctor
after the holidays.

Renee Castellanos, DO
Certified Medical Examiner, NRCME #2918827740
HPMP WorkWell Occupational Health - Dixie Hwy
""")

add('phi', 'phi-care', 'Brandt',
    'Joanne Pruitt, RN CCM <jpruitt@keystonecasemgmt.com>', 'Dr. Samuel Ortiz <sortiz@hpmedpartners.org>',
    'RE: RE: Kayla Brandt - MRI scheduling', 'Fri, 04 Dec 2026 08:33:50 -0500',
    cc='Tamsin Drury <tdrury@corvellclaims.com>',
    body="""Dr. Ortiz - thank you. The carrier approved the MRI yesterday afternoon, ref# AUTH-77120.
Kayla is booked at Riverside Imaging on 12/9 at 7:15am. I'll get the report to your office
as soon as it posts so we can keep the 12/14 follow-up.

Joanne Pruitt, RN, CCM
Field Case Manager, Keystone Case Management

-----Original Message-----
From: Samuel Ortiz <sortiz@hpmedpartners.org>
Sent: Thursday, December 3, 2026 4:47 PM
To: Joanne Pruitt <jpruitt@keystonecasemgmt.com>
Subject: RE: Kayla Brandt - MRI scheduling

Joanne,
Saw her today. Still can't lift her arm over shoulder height after 5 weeks of PT, I'd like
the MRI of the R shoulder without contrast before we decide anything else. Keep her on
restricted duty, no overhead reaching, 10 lb limit. Order is in.
SO

-----Original Message-----
From: Joanne Pruitt <jpruitt@keystonecasemgmt.com>
Sent: Wednesday, December 2, 2026 9:15 AM
To: Samuel Ortiz <sortiz@hpmedpartners.org>
Subject: Kayla Brandt - MRI scheduling

Hi Dr. Ortiz, I'll be attending Kayla Brandt's appointment tomorrow at 3:30 with you as
her case manager (Calloway Steel claim). Can you let me know after the visit if you are
planning to order imaging so I can get the auth started right away?
""")

add('phi', 'phi-care', 'Iverson',
    'Dana Whitlock, NP <dwhitlock@hpmedpartners.org>', 'Castleton UC Nurses <castleton.ucrn@hpmedpartners.org>',
    'call back pls - Iverson K+', 'Sat, 05 Dec 2026 12:47:02 -0500',
    body="""Can one of you call Harold Iverson back today? His BMP from this morning's walk-in came
back with potassium 5.8 (hemolyzed? lab didn't flag). He's on lisinopril + spironolactone.
I want him back in for a repeat draw before 4, unhemolyzed, and tell him to hold the
spironolactone until we talk. Cell on file 317-606-2291. If no answer try his daughter
(listed as contact).

Thx - Dana
""")

# ============================ PHI: phi-names ============================
add('phi', 'phi-names', 'Hollis',
    'Marcus Greer, PA-C <mgreer@hpmedpartners.org>', 'Dr. Samuel Ortiz <sortiz@hpmedpartners.org>',
    'Re: Hollis', 'Mon, 30 Nov 2026 15:22:19 -0500',
    body="""He came back in today. Same hand, says the splint is rubbing and he took it off over the
weekend to go deer hunting (of course). Swelling is worse than Tuesday. I put him back in
the splint and told him ortho or nothing - can you sign the referral when you get a
minute? Employer already knows.

M

On Nov 24, 2026, at 4:10 PM, Samuel Ortiz <sortiz@hpmedpartners.org> wrote:
> If Hollis shows up again this week grab me, I want to look at it myself.
""")

add('phi', 'phi-names', 'Abernathy',
    'Front Desk - Eastgate <eastgate.frontdesk@hpmedpartners.org>', 'Keisha Barnwell <kbarnwell@hpmedpartners.org>',
    'message from Mrs. Abernathy\'s son', 'Tue, 01 Dec 2026 11:03:37 -0500',
    body="""Keisha - Mrs. Abernathy's son Doug called (he's on her HIPAA form). Mom is the one
with the knee injection Thursday at 10:40 with Dr. Ortiz. He can't drive her Thursday
because of work and wants to know if there is anything Friday or next Monday morning.
He also asked if she should still skip her Eliquis the day before like last time.
His number is 614-292-7713, he said text is fine.
-Rosa
""")

add('phi', 'phi-names', 'Dunleavy',
    'Pete Sarkisian <psarkisian@callowaysteel.com>', 'WorkWell Castleton <castleton.oh@hpmedpartners.org>',
    'Big Mike', 'Tue, 01 Dec 2026 06:51:10 -0500',
    html=outlook("""<p class="MsoNormal">Morning folks,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sending Big Mike over to you again this morning &#8211; that&#8217;s Michael Dunleavy, the crane
operator from last week. The stitches in his finger look pretty angry to me and he says it&#8217;s
throbbing. He&#8217;ll be there around 7:30. Same claim as before, bill us like last time.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Also can whoever sees him give him an actual note this time so I know if
he can run the crane? Last one just said &#8220;see attached&#8221; with nothing attached, lol.</p>
<p class="MsoNormal">&nbsp;</p>""",
    """<p class="MsoNormal">Pete Sarkisian<br>EHS Manager<br>Calloway Steel Fabrication &#8211; Plant 2<br>
<span style="color:#C00000">Safety is a choice. Make it every day.</span></p>"""))

add('phi', 'phi-names', 'Raman',
    'Eastgate Front Desk <eastgate.frontdesk@hpmedpartners.org>', 'Dana Whitlock <dwhitlock@hpmedpartners.org>',
    'FW: voicemail', 'Wed, 02 Dec 2026 09:14:55 -0500',
    body="""Dana, forwarding this from the VM box. Not sure who saw them Sunday.
""",
    atts=[(None, inner('Unity Voice <voicemail@hpmedpartners.org>', 'Eastgate Front Desk <eastgate.frontdesk@hpmedpartners.org>',
                       'Voicemail from PRIYA RAMAN (614) 507-3381', 'Wed, 02 Dec 2026 08:02:11 -0500',
                       body="""You received a voice message from PRIYA RAMAN (614) 507-3381.
Duration: 0:48

Transcription (automated, may contain errors):
"Hi, this is Priya Raman, I brought my daughter Anika in on Sunday to the walk-in, she's
seven, they did the throat swab and said somebody would call with the culture and nobody
called. She still has the fever this morning. Can someone call me back. Thanks."
"""), 'message/rfc822')])

add('phi', 'phi-names', 'Okonkwo',
    'Charge RN Dixie Hwy <dixie.charge@hpmedpartners.org>', 'Jolene Marsh <jmarsh@hpmedpartners.org>',
    'before you discharge', 'Thu, 03 Dec 2026 14:40:27 -0600',
    body="""jolene - the Okonkwo kid in 3 (the one who went through the storm door) needs his Tdap
documented before he leaves, mom says his last one was "a long time ago" and the
registry has nothing. Dr. C said give it. also his mom Grace wants a school note for
tomorrow.
""")

add('phi', 'phi-names', 'Castellano',
    'Lorraine Tibbs <ltibbs@ohiovalleydist.com>', 'WorkWell Castleton <castleton.oh@hpmedpartners.org>',
    'checking on Ray', 'Thu, 03 Dec 2026 10:26:48 -0500',
    body="""Hi there,

Just wanted to check on Ray's status - Ray Castellano, the forklift incident Tuesday night.
His wife called our office and said he's got a follow up with you Friday and that he's
"not supposed to drive anything" for now. Is that for the forklift too? I need to know
whether to put him on the schedule for Saturday or not.

I know you can't tell me everything, just the work status is all I need.

Thanks a bunch,
Lorraine
Ohio Valley Distribution - HR
""")

add('phi', 'phi-names', 'Nguyen',
    'Dr. Frank Chen <fchen@hpmedpartners.org>', 'Dr. Ravi Patel <rpatel@hpmedpartners.org>',
    'thanks for covering Sat', 'Sun, 06 Dec 2026 19:52:33 -0500',
    body="""Ravi,

Thanks again for taking my Saturday. Quick things from your notes I want to close out:

- Nguyen, Bao - the laceration you closed, staples out around the 14th. I'll see him.
- You ordered a CT on Wilhelmina (Mrs. Sato) and it never got scheduled - did she
  decline? Her son said she wanted to "think about it".
- Elaine at the front said Brooks, Tyler never came back for his wound check.
  I'll have Keisha call.

Beer's on me next week.
Frank
""")

# ============================ PHI: phi-self ============================
add('phi', 'phi-self', 'Hughes',
    'HPMP Patient Portal <portal-noreply@hpmedpartners.org>', 'Portal Inbox - WorkWell Dixie Hwy <dixie.oh@hpmedpartners.org>',
    'New patient message: Question about my medical card', 'Mon, 30 Nov 2026 21:18:40 -0600',
    body="""You have a new secure message in the HPMP Patient Portal.

From: Darnell Hughes (DOB 06/02/1974)
Subject: Question about my medical card
Sent: 11/30/2026 9:18 PM

Message:
I did my DOT physical with you all last Tuesday and the card says it expires in 3 months.
I have never gotten less than 2 years before. Nobody explained this to me. Is it because of
the sleep study thing the doctor asked about? I don't have time to do a sleep study before
February I drive OTR. Please call me, I'm usually parked by 8pm eastern. 502-771-0948

--
Reply in the portal. Do not reply to this e-mail.
""")

add('phi', 'phi-self', 'Marchetti',
    'Gina Marchetti <gmarchetti77@yahoo.com>', 'billing@hpmedpartners.org',
    'I was NOT told this would cost $389', 'Tue, 01 Dec 2026 08:05:16 -0500', cte='base64',
    body="""To whoever handles billing,

I got a bill today for $389.00 for an "urgent care visit level 4" on October 18 at your
Eastgate location. Account number 40017729. I went in because my daughter's school called
and I needed a TB test for volunteering. That's IT. The lady at the desk told me it would
be like $35. Now there's an "E/M" charge and a separate charge for the test reading when I
came back 2 days later.

I want an itemized bill and I want someone to explain why a skin test for a PTO volunteer
form is $389. My insurance (Anthem) paid $0 because I haven't met my deductible.

I will be disputing this with my credit card if I don't hear back.

Gina Marchetti
""")

add('phi', 'phi-self', 'Ruiz',
    'Alicia Ruiz <alicia.m.ruiz@gmail.com>', 'virtualcare@hpmedpartners.org',
    'prescription never went thru', 'Tue, 01 Dec 2026 19:44:02 -0500',
    html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>My husband Kevin Ruiz had a video visit with Dr. Anand yesterday around 5pm for his ear. She said she was sending amoxicillin to the CVS on Broad St in Grove City. The pharmacy says they never got anything. Its been 24 hours and hes in a lot of pain.</div><div><br></div><div>His date of birth is 3/19/1986 if you need it. Can someone please resend it today??</div><div><br></div><div>Thank you,</div><div>Alicia</div><div><br></div><div>Sent from my iPhone</div></div>""")

add('phi', 'phi-self', 'Sizemore',
    'Wade Sizemore <wsizemore.ky@outlook.com>', 'WorkWell Dixie Hwy <dixie.oh@hpmedpartners.org>',
    'cant reach my adjuster', 'Wed, 02 Dec 2026 12:31:55 -0600',
    body="""I dont know who else to ask. I got hurt at the roofing job in September (Kessler Roofing)
and you guys have been seeing me for my back. My claim number is KY-WC-26-0091772. The
adjuster at Buckeye Mutual has not called me back in 3 weeks and now the PT place says my
visits are not authorized past this Friday. I still cant pick up my 2 year old.

Can your office call the insurance? Dr Castellanos said I need 6 more weeks of PT. I have a
appt with her on the 10th.

Wade Sizemore
859-336-4021
""")

add('phi', 'phi-self', 'Moss',
    'Tanya Moss <tmoss0421@icloud.com>', 'eastgate.frontdesk@hpmedpartners.org',
    'sports physical', 'Thu, 03 Dec 2026 07:12:09 -0500',
    body="""can u fax Jaylen's sports physical from saturday to Central HS athletic office? fax 614-365-8140. he cant practice til they get it. thx Tanya Moss

Sent from my iPhone
""")

add('phi', 'phi-self', 'Petrenko',
    'Oksana Petrenko <oksana.petrenko82@gmail.com>', 'info@hpmedpartners.org',
    'about my blood test', 'Thu, 03 Dec 2026 16:40:21 -0500', cte='base64',
    body="""Hello doctor,

I am Oksana Petrenko, I was in your clinic on Hamilton road 25 November with the very
strong tiredness. The doctor (woman, very kind, I forgot name) take my blood and say
she will call me with results. Nobody call. I look in the portal and I see "TSH 7.9 H"
and "ferritin 8 L" with red color but I don't understand what is mean and if I must take
some medicine.

Please can somebody explain me. My English is not so good, so better write to email than
call by phone. My birthday is 14.08.1982 if you need find me.

Thank you very much,
Oksana
""")

add('phi', 'phi-self', 'Albright',
    'Noah Albright <noah@albrightdesign.co>', 'Virtual Care Scheduling <virtualcare@hpmedpartners.org>',
    'Re: Your upcoming video visit', 'Fri, 04 Dec 2026 10:02:47 -0500',
    html="""<div>Hi - I need to move this. I have a client meeting that got moved on top of it. Any time Tuesday or Wednesday after 3 works. Also is it OK if I do it from the car? I'd rather not talk about the medication side effects from my open office.</div>
<div><br></div><div>Noah</div>
<div><br></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Dec 3, 2026 at 9:00 AM HPMP Virtual Care &lt;virtualcare@hpmedpartners.org&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Dear Noah Albright,<br><br>
This is a reminder of your video visit:<br>
<b>Monday, December 7, 2026 at 11:30 AM ET</b><br>
Provider: Meera Anand, MD<br>
Visit: Medication follow-up (sertraline)<br><br>
Join from your phone or computer 10 minutes early using the link in the HPMP app.<br>
To reschedule, reply to this message or call 1-888-407-2210.
</blockquote></div>""")

add('phi', 'phi-self', 'Stanczyk',
    'Beverly Stanczyk <bevstanczyk@sbcglobal.net>', 'Dr. Frank Chen <fchen@hpmedpartners.org>',
    'My medication list for Tuesday', 'Sat, 05 Dec 2026 14:18:30 -0500', charset='windows-1252',
    body="""Dr. Chen,

Your nurse asked me to send my medication list before my appointment Tuesday so you can
look at it. I typed it up, it is attached. My son says I should tell you I fell again
last Sunday but I didn’t hit my head – I’m fine.

Beverly Stanczyk
""",
    atts=[('Bev meds Dec 2026.txt', """BEVERLY STANCZYK - MEDICINES (updated Dec 5 2026)

Morning:
  metoprolol 25 mg - 1 pill
  furosemide 20 mg - 1 pill
  levothyroxine 75 mcg - empty stomach
  vitamin D 2000

Night:
  gabapentin 300 mg - 2 pills  (Dr. Hale started in Oct)
  melatonin 3 mg
  trazodone 50 mg - half pill if can't sleep

Eye drops: latanoprost 1 drop both eyes at bedtime

STOPPED: meloxicam (stomach), ibuprofen
Allergic: sulfa (rash), codeine (throwing up)
""", 'text/plain')])

# ============================ PHI: phi-lists ============================
add('phi', 'phi-lists', 'Pruett',
    'Carl Hess <chess@midstatefreight.com>', 'WorkWell Dixie Hwy <dixie.oh@hpmedpartners.org>',
    'Random selections Dec - Louisville terminal', 'Mon, 30 Nov 2026 14:02:33 -0600',
    body="""Below are this month's random selections for the Louisville terminal. They will be sent over
between 6 and 9 tomorrow morning as they come off their routes. Please do DOT urine on all
and breath alcohol on the two marked.

Name                 Emp #   Test            Alcohol
-------------------  ------  --------------  -------
Pruett, Harlan       10442   DOT urine        YES
Mbeki, Samuel        10871   DOT urine
Vance, Corey D.      11023   DOT urine
Oyelaran, Tunde      11290   DOT urine        YES
Schaefer, Lisa       09917   Non-DOT urine
Kittredge, Amos      11402   DOT urine

Samuel is on vacation until the 9th, I'll send him as soon as he's back (we have 30
days). Results to me as DER like always.

Carl Hess
Safety & Compliance Manager, Midstate Freight Lines
""")

add('phi', 'phi-lists', 'Greenlee',
    'WorkWell Castleton <castleton.oh@hpmedpartners.org>', 'Pete Sarkisian <psarkisian@callowaysteel.com>',
    'Calloway Steel - weekly injured worker status 11/30-12/4', 'Fri, 04 Dec 2026 16:30:00 -0500',
    html=outlook("""<p class="MsoNormal">Hi Pete,</p><p class="MsoNormal">Weekly status for your open cases below. Call if anything doesn&#8217;t match your records.</p><p class="MsoNormal">&nbsp;</p>
<table class="t" cellspacing="0">
<tr style="background:#DDEBF7"><td><b>Employee</b></td><td><b>DOI</b></td><td><b>Last visit</b></td><td><b>Work status</b></td><td><b>Next appt</b></td></tr>
<tr><td>Greenlee, Darius</td><td>10/19</td><td>12/1</td><td>Modified &#8211; no ladders, 25 lb</td><td>12/15 Dr. Ortiz</td></tr>
<tr><td>Dunleavy, Michael</td><td>11/24</td><td>12/1</td><td>Modified &#8211; no crane until cleared</td><td>12/8 wound check</td></tr>
<tr><td>Brandt, Kayla</td><td>10/27</td><td>12/3</td><td>Modified &#8211; no overhead, 10 lb</td><td>12/14 (MRI 12/9)</td></tr>
<tr><td>Szabo, Andrew</td><td>11/2</td><td>11/30</td><td>Full duty &#8211; released</td><td>&#8212; case closed</td></tr>
</table><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Nicole Farrand, Case Coordinator<br>HPMP WorkWell Occupational Health &#8211; Castleton</p>"""))

add('phi', 'phi-lists', 'Delgado',
    'Eastgate UC Lead <eastgate.uclead@hpmedpartners.org>', 'Eastgate Front Desk <eastgate.frontdesk@hpmedpartners.org>',
    'callbacks for Monday AM', 'Sun, 06 Dec 2026 18:20:44 -0500',
    body="""Please work these first thing Monday before the doors open. Weekend walk-ins who need a call:

* Ramon Delgado 614-499-3021 - x-ray overread came back, Dr O wants him back for recheck this week
* Sheila Prentiss 740-211-6687 - urine culture final, needs abx changed, call in to Walgreens Reynoldsburg
* Connor Walsh (mom Erin) 614-580-2293 - throat culture negative, ok to stop amox
* Mr. Hieu Pham 614-302-7719 - left before being seen Sat 3pm, just check on him
* Deborah Ames 614-266-0045 - wants copy of her visit note for her employer

Log every attempt in the chart please. If you get voicemail, no details, just callback #.
Thx - Terri
""")

add('phi', 'phi-lists', 'Ibarra',
    'Dr. Meera Anand <manand@hpmedpartners.org>', 'Virtual Care MAs <virtualcare.ma@hpmedpartners.org>',
    'tomorrow - can someone pre-chart these', 'Sun, 06 Dec 2026 21:04:17 -0500',
    body="""Pasting from the schedule - can someone pre-chart and make sure the intake forms are back?

Time\tPatient\tAge\tVisit\tNotes
8:00\tIbarra, Sofia\t34\tFU\tBP log - ask her to send readings
8:20\tAlbright, Noah\t41\tMed FU\tMOVED to Tues - remove
8:40\tKowalski, Edward\t67\tNew\tfrom Castleton UC referral, records pending
9:00\tThibodeaux, Marie\t29\tFU\tpostpartum, PHQ-9 due
9:20\tOkeke, Chidi\t52\tLab review\tA1c from 12/1
9:40\tBLOCKED\t\t\t
10:00\tHartley, June\t73\tFU\tdaughter joins from Denver, send her link too

Thanks!
MA
""")

add('phi', 'phi-lists', 'Roark',
    'Tamsin Drury <tdrury@corvellclaims.com>', 'WorkWell Records <occhealth.records@hpmedpartners.org>',
    'Outstanding items - Corvell open claims at HPMP', 'Wed, 02 Dec 2026 15:11:09 -0500',
    body="""Hi all,

Year-end clean-up on our side. Here is what we're still missing for claimants treating with
you. Anything you can send before 12/18 would be great.

1. Roark, Dennis - CV-OH-2026-0339120 - PT progress notes since 10/1, functional capacity eval result
2. Whitcomb, Alana - CV-IN-2026-0401555 - op report (carpal tunnel release 11/6) and post-op visit 11/20
3. Okafor, Daniel - CV-IN-2026-0448173 - all notes (see my 11/30 email)
4. Baptiste, Jean-Robert - CV-KY-2026-0287714 - final MMI rating, impairment %
5. Lutz, Gary - CV-OH-2026-0412009 - bill for 10/30 visit, we received notes but no HCFA

Thanks,
Tamsin
""")

add('phi', 'phi-lists', 'Kaur',
    'Dr. Ravi Patel <rpatel@hpmedpartners.org>', 'Dana Whitlock <dwhitlock@hpmedpartners.org>',
    'results I\'m leaving you', 'Fri, 04 Dec 2026 17:45:12 -0500',
    body="""Dana - leaving these in your inbox since I'm off till Weds:

 - Kaur, Harpreet: chest xray read as clear, ok to let her know, she'll want it in writing for her job
 - Mullins, Roy: INR 3.9, he's due to recheck Mon anyway, tell him skip tonight's dose
 - Adeyemi, Folake: hCG neg, she asked for call not portal
 - Fischer, Tom: urine drug screen for pre-employment - that's occ health's, forward to Nicole

Ravi
""")

add('phi', 'phi-lists', 'Ferreira',
    'Sheila Munro <smunro@kesslerroofing.com>', 'WorkWell Dixie Hwy <dixie.oh@hpmedpartners.org>',
    'FW: new hire physicals', 'Thu, 03 Dec 2026 09:55:31 -0600',
    body="""Copying you on what our foreman sent me. These 4 start Monday, can they all come in for
pre-placement physical + drug screen Friday? I pasted his list as is.

Sheila

From: Luis Ortega
Sent: Wednesday, December 2, 2026 6:12 PM
To: Sheila Munro
Subject: new hire physicals

Sheila these guys need the physical + drug test before monday
Thiago Ferreira   DOB 2/11/1995   cell 502-298-1144   (he says he has a back brace from old injury)
Kenny Lam         DOB 9/30/2001   cell 502-551-9032
Brayden Cole      DOB 4/4/2004    cell 812-987-2260   (needs spanish? no thats thiago's cousin)
Oscar Menjivar    DOB 12/17/1990  cell 502-410-7785   (speaks spanish, Thiago can translate)
thanks
Luis
""")

# ============================ PHI: phi-struct ============================
add('phi', 'phi-struct', 'Iverson',
    'Interface Engine <iface-alerts@hpmedpartners.org>', 'HPMP Integration Team <integration@hpmedpartners.org>',
    '[ALERT] ORU inbound error - PID match failure (CASTLETON-LAB)', 'Sat, 05 Dec 2026 11:58:03 -0500',
    body="""Channel: CASTLETON-LAB-ORU-IN
Error: PID match failure - no patient found for MRN/DOB combination; message queued (1 of 1)
Queued at: 2026-12-05 11:58:02 EST

Raw message:
MSH|^~\\&|QUESTLINK|CSTLAB|HPMP_EHR|CASTLETON|202612051157||ORU^R01|Q88217740|P|2.5.1
PID|1||00731904^^^HPMP^MR||IVERSON^HAROLD^T||19490307|M|||8821 LANTERN WAY^^INDIANAPOLIS^IN^46256||3176062291
PV1|1|O|CASTUC^^^CASTLETON||||1881627390^WHITLOCK^DANA^^^NP
ORC|RE|CUC44120|Q7723391||CM
OBR|1|CUC44120|Q7723391|80048^BASIC METABOLIC PANEL^CPT|||202612050915|||||||202612050932||1881627390^WHITLOCK^DANA
OBX|1|NM|2951-2^Sodium^LN||138|mmol/L|136-145|N|||F
OBX|2|NM|2823-3^Potassium^LN||5.8|mmol/L|3.5-5.1|H|||F
OBX|3|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.70-1.30|H|||F
OBX|4|NM|2345-7^Glucose^LN||104|mg/dL|70-99|H|||F
NTE|1||SPECIMEN SLIGHTLY HEMOLYZED

Action: verify demographics (EHR has DOB 1949-03-17) and re-process from the queue.
""")

X12_835 = ("ISA*00*          *00*          *ZZ*BUCKEYEMUT     *ZZ*HPMEDPARTNERS  *261201*0412*^*00501*000047731*0*P*:~"
           "GS*HP*BUCKEYEMUT*HPMEDPTNR*20261201*0412*47731*X*005010X221A1~"
           "ST*835*0001~BPR*I*412.68*C*ACH*CCP*01*041000124*DA*889120047*1311772301**01*071923284*DA*3300918823*20261203~"
           "TRN*1*EFT88120344*1311772301~DTM*405*20261201~"
           "N1*PR*BUCKEYE MUTUAL CASUALTY~N3*400 E BROAD ST~N4*COLUMBUS*OH*43215~"
           "N1*PE*HARBOR AND PLAINS MEDICAL PARTNERS*XX*1457720931~"
           "CLP*HP26-118820*1*640*412.68**WC*KYWC260091772*11~NM1*QC*1*SIZEMORE*WADE*L***MI*KYWC260091772~"
           "DTM*050*20261118~"
           "SVC*HC:99214*210*148.22**1~DTM*472*20261110~CAS*CO*45*61.78~"
           "SVC*HC:97110:GP*180*132.30**4~DTM*472*20261112~CAS*CO*45*47.70~"
           "SVC*HC:97140:GP*150*104.16**2~DTM*472*20261112~CAS*CO*45*45.84~"
           "SVC*HC:72110*100*28.00**1~DTM*472*20261110~CAS*CO*45*72.00~"
           "SE*21*0001~GE*1*47731~IEA*1*000047731~")
add('phi', 'phi-struct', 'Sizemore',
    'RemitHub Clearinghouse <era-delivery@remithub.net>', 'HPMP Cash Posting <cashposting@hpmedpartners.org>',
    'ERA delivery - BUCKEYE MUTUAL CASUALTY - check/EFT EFT88120344', 'Tue, 01 Dec 2026 04:15:22 -0500',
    body="""An electronic remittance advice (ANSI X12 835) is available for your organization.

Payer:        BUCKEYE MUTUAL CASUALTY
Payee NPI:    1457720931
EFT trace:    EFT88120344
Amount:       $412.68
Claims:       1

The 835 file is attached. This mailbox is not monitored.
""",
    atts=[('BMC_835_20261201_47731.x12', X12_835, 'application/octet-stream')])

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2026-12-02T19:06:41-05:00",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "vb-pt-55102",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9981.1", "value": "00884215"}
        ],
        "name": [{"family": "Ruiz", "given": ["Kevin", "A"]}],
        "gender": "male",
        "birthDate": "1986-03-19",
        "telecom": [{"system": "phone", "value": "614-271-8830"}],
        "address": [{"line": ["3360 Orders Rd"], "city": "Grove City", "state": "OH", "postalCode": "43123"}]
      }
    },
    {
      "resource": {
        "resourceType": "MedicationRequest",
        "id": "vb-mr-90331",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
          "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "308191", "display": "amoxicillin 875 MG Oral Tablet"}]
        },
        "subject": {"reference": "Patient/vb-pt-55102"},
        "authoredOn": "2026-11-30T17:22:10-05:00",
        "requester": {"display": "Meera Anand, MD"},
        "dosageInstruction": [{"text": "1 tab PO BID x 10 days"}],
        "dispenseRequest": {"numberOfRepeatsAllowed": 0, "quantity": {"value": 20}},
        "extension": [{"url": "https://visitbridge.io/fhir/erx-status", "valueString": "SS_ERROR_900: pharmacy NCPDP 3699112 not found in directory"}]
      }
    }
  ]
}
"""
add('phi', 'phi-struct', 'Ruiz',
    'Owen Baptiste <obaptiste@hpmedpartners.org>', 'VisitBridge Partner Support <partners@visitbridge.io>',
    'eRx not transmitting - case 00412877 - sample bundle attached', 'Wed, 02 Dec 2026 19:10:02 -0500',
    body="""Hi VisitBridge support,

Following up on case 00412877. We had another prescription fail to reach the pharmacy from a
video visit Monday (patient's wife emailed us, pharmacy never got it). I pulled the
MedicationRequest from your FHIR endpoint and the extension shows an NCPDP directory error
on CVS #3699112, which is definitely a live store.

Bundle attached as pulled (Patient + MedicationRequest). Can you tell us whether your
Surescripts directory sync is stale? This is the third one this week.

Owen Baptiste
Integration Analyst, HPMP IT
""",
    atts=[('bundle_vb-mr-90331.json', FHIR, 'application/json')])

DS_CSV = """collection_date,donor_last,donor_first,donor_id_last4,employer,reason,panel,ccf,result,mro_date
2026-11-30,PRUETT,HARLAN,5519,MIDSTATE FREIGHT,RANDOM,DOT5,0193384702,NEGATIVE,2026-12-02
2026-11-30,LINDQVIST,ERIK,2207,MIDSTATE FREIGHT,RANDOM,DOT5,0193384712,NEG-DILUTE,2026-12-03
2026-11-30,VANCE,COREY,8830,MIDSTATE FREIGHT,RANDOM,DOT5,0193384719,NEGATIVE,2026-12-02
2026-12-01,OYELARAN,TUNDE,1146,MIDSTATE FREIGHT,RANDOM,DOT5,0193384731,NEGATIVE,2026-12-03
2026-12-01,SCHAEFER,LISA,0472,MIDSTATE FREIGHT,RANDOM,NONDOT10,L22871045,POSITIVE-THC,2026-12-04
2026-12-01,KITTREDGE,AMOS,3398,MIDSTATE FREIGHT,RANDOM,DOT5,0193384740,CANCELLED-FATAL FLAW,
"""
add('phi', 'phi-struct', 'Schaefer',
    'ClearPath Toxicology <reports@clearpathtox.com>', 'Carl Hess <chess@midstatefreight.com>',
    'Periodic results export - MIDSTATE FREIGHT - 11/30-12/04', 'Fri, 04 Dec 2026 18:00:00 -0500',
    body="""Attached is your scheduled results export for collections in the period 11/30/2026 -
12/04/2026 (6 records). The file is compressed. Open with the password-free viewer in
your ClearPath employer portal or any zip utility.

Questions: employer-services@clearpathtox.com
""",
    atts=[('MIDSTATE_results_20261204.zip', [('MIDSTATE_results_20261204.csv', DS_CSV)], 'application/zip')])

add('phi', 'phi-struct', 'Baptiste',
    'HPMP Fax Gateway <efax@hpmedpartners.org>', 'WorkWell Records <occhealth.records@hpmedpartners.org>',
    'Inbound fax from 5023398100 (4 pages)', 'Wed, 02 Dec 2026 13:27:40 -0600',
    body="""Inbound fax received 12/02/2026 1:27 PM CST from 5023398100 - 4 page(s).
OCR text of page 1 follows. Full image is in the fax queue.

--- page 1 (OCR) ---
               F A X   C O V E R   S H E E T
          BUCKEYE MUTUAL CASUALTY - KENTUCKY CLAIMS
TO:    HPMP WorkWell Occ Health, Attn: Records      FAX: 502-339-8191
FROM:  R. Gaither, Claims Rep                        PHONE: 502-339-8104
DATE:  12/2/26                                       PAGES (incl. cover): 4
RE:    Claimant JEAN-ROBERT BAPTISTE   DOB 07/23/1979
       Claim # KY-WC-26-0287714   DOI 05/11/2026
       Employer: Kessler Roofing LLC

[X] Urgent  [ ] For review  [X] Please reply

Attached: Form 107 (Physician's Report / Impairment), blank. Please have the treating
physician complete the MMI date and whole-person impairment rating from the 11/18 visit
and return by 12/15. Prior PT discharge summary enclosed for reference.

CONFIDENTIALITY NOTICE: This facsimile contains information that is privileged...
""")

add('phi', 'phi-struct', 'Hartley',
    'Eligibility Bot <elig-bot@hpmedpartners.org>', 'Virtual Care MAs <virtualcare.ma@hpmedpartners.org>',
    '271 response - needs review - HARTLEY, JUNE', 'Mon, 07 Dec 2026 06:05:11 -0500',
    body="""Batch eligibility (270/271) run for 12/07 telehealth schedule flagged 1 response for review.
Reason: AAA rejection / coverage status inactive.

ISA*00*          *00*          *ZZ*HUMANAMCR      *ZZ*HPMEDPARTNERS  *261207*0603*^*00501*000318822*0*P*:~
GS*HB*HUMANAMCR*HPMEDPTNR*20261207*0603*318822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*HPMP20261207-0031*20261207*0603~
HL*1**20*1~NM1*PR*2*HUMANA MEDICARE ADVANTAGE*****PI*61101~
HL*2*1*21*1~NM1*1P*2*HARBOR AND PLAINS MEDICAL PARTNERS*****XX*1457720931~
HL*3*2*22*0~TRN*2*93175-0031*9HPMP00001~
NM1*IL*1*HARTLEY*JUNE*E***MI*H88204571~
DMG*D8*19530614*F~
EB*6**30~
DTP*307*RD8*20250101-20261130~
MSG*COVERAGE TERMINATED 11/30/2026 - MEMBER DISENROLLED~
SE*13*0001~GE*1*318822~IEA*1*000318822~

Scheduled: 12/07/2026 10:00 Anand, Meera - FU (telehealth)
Please confirm new coverage with the patient before the visit.
""")

CCD = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <title>Continuity of Care Document - Urgent Care Visit</title>
  <effectiveTime value="20261123144500-0500"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9981.1" extension="00612084"/>
      <addr><streetAddressLine>1147 Whitethorne Ave</streetAddressLine><city>Columbus</city><state>OH</state><postalCode>43223</postalCode></addr>
      <telecom value="tel:+1-614-274-5510"/>
      <patient>
        <name><given>Edward</given><family>Kowalski</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19590908"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Encounter</title>
      <text>Walk-in visit, HPMP Urgent Care Castleton, 11/23/2026. Provider: Dana Whitlock, NP.</text>
    </section></component>
    <component><section>
      <title>Results</title>
      <text><table><tr><td>ECG 12-lead</td><td>sinus rhythm, rate 88</td></tr>
      <tr><td>Troponin I (hs)</td><td>6 ng/L (ref &lt; 20)</td></tr></table></text>
    </section></component>
    <component><section>
      <title>Plan</title>
      <text>Referred to HPMP Virtual Care primary care, new patient visit 12/07/2026.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
add('phi', 'phi-struct', 'Kowalski',
    'Castleton UC Records <castleton.records@hpmedpartners.org>', 'Virtual Care MAs <virtualcare.ma@hpmedpartners.org>',
    'RE: records pending for 12/7 new pt', 'Fri, 04 Dec 2026 15:39:26 -0500',
    body="""Here's the CCD from his 11/23 visit with us. The EKG tracing itself is scanned into media,
I can't attach that from here.

> From: Virtual Care MAs
> Sent: Friday, December 4, 2026 2:02 PM
> Subject: records pending for 12/7 new pt
>
> Hi Castleton, Dr. Anand has a new patient Monday 8:40 referred from you (Kowalski,
> Edward). Can you send whatever you have from his UC visit?
""",
    atts=[('CCD_00612084_20261123.xml', CCD, 'text/xml')])

HL7_ADT = ("MSH|^~\\&|VISITBRIDGE|HPMP_VIRTUAL|HPMP_EHR|HPMP|202612031405||ADT^A04|VB3319027|P|2.3\r"
           "EVN|A04|202612031405\r"
           "PID|1||VB-771044^^^VISITBRIDGE||THIBODEAUX^MARIE^L||19970130|F|||2218 N HIGH ST APT 4^^COLUMBUS^OH^43201||6147703312|||S||||\r"
           "PV1|1|O|TELEHEALTH^^^HPMP_VIRTUAL|||||||||||||||||VB-E-5520913\r"
           "IN1|1|OHMCD01|0088|CAREBRIDGE OHIO MEDICAID||||||||||||THIBODEAUX^MARIE||19970130|||||||||||||||||||||||||||||||118823004599\r")
add('phi', 'phi-struct', 'Thibodeaux',
    'Owen Baptiste <obaptiste@hpmedpartners.org>', 'Registration Supervisors <reg.sup@hpmedpartners.org>',
    'FW: duplicate chart created from VisitBridge A04', 'Thu, 03 Dec 2026 15:02:48 -0500',
    body="""Registration - forwarding the alert below. VisitBridge registered Marie Thibodeaux as a
brand-new patient for her telehealth postpartum follow-up instead of matching her
existing chart (she's had prenatal visits with us). Please merge. The raw A04 is on
the forwarded message.

Owen
""",
    atts=[(None, inner('Interface Engine <iface-alerts@hpmedpartners.org>', 'HPMP Integration Team <integration@hpmedpartners.org>',
                       '[WARN] Possible duplicate patient created - VISITBRIDGE-ADT-IN', 'Thu, 03 Dec 2026 14:05:40 -0500',
                       body="""Channel VISITBRIDGE-ADT-IN created new MRN 00901377 for an inbound A04.
Probabilistic match score against existing MRN 00533108 = 0.94 (threshold 0.90).
Raw HL7 attached.
""",
                       atts=[('VB3319027.hl7', HL7_ADT, 'application/octet-stream')]), 'message/rfc822')])

# ============================ PHI: phi-ids ============================
add('phi', 'phi-ids', '',
    'Utilization Review <ur@buckeyemutual.com>', 'WorkWell Referrals <occhealth.referrals@hpmedpartners.org>',
    'Auth determination - Claim OH-WC-26-0551208', 'Tue, 01 Dec 2026 10:40:00 -0500',
    body="""Claim: OH-WC-26-0551208
Request: 97110 / 97140 x 6 visits
Determination: APPROVED
Auth #: UR-2611-33908
Valid: 12/01/2026 - 01/15/2027
Treating provider: S. Ortiz MD (NPI 1306844927)

Any additional visits require a new C-9.
""")

add('phi', 'phi-ids', '',
    'Dr. Frank Chen <fchen@hpmedpartners.org>', 'Castleton Lab Draw <castleton.lab@hpmedpartners.org>',
    'add-on', 'Mon, 30 Nov 2026 17:02:13 -0500',
    body="""MRN 00482913, DOB 04/11/1979 - pls add a lipid panel and A1c to tomorrow AM's fasting draw. Same tube is fine if the order hasn't dropped yet.
FC
""")

add('phi', 'phi-ids', '',
    'Prior Auth Desk <priorauth@hpmedpartners.org>', 'Dr. Samuel Ortiz <sortiz@hpmedpartners.org>',
    'pended - member XJH884120033', 'Wed, 02 Dec 2026 11:19:50 -0500',
    body="""Dr. Ortiz,

Anthem pended the lumbar MRI (72148) for member ID XJH884120033 - they want documentation
of 6 weeks of conservative care. Ref # 2026336-00771. Your 10/21 and 11/18 notes both say
"PT" but don't give dates or number of sessions. Can you addend either note? Peer-to-peer
window closes 12/8.

Leah
Prior Auth Desk
""")

add('phi', 'phi-ids', '',
    'Meridian MRO Services <results@meridianmro.com>', 'Sheila Munro <smunro@kesslerroofing.com>',
    'Result available - CCF 0193391156', 'Fri, 04 Dec 2026 09:02:18 -0500',
    body="""A verified result is available for your review in the Meridian employer portal.

CCF #:        0193391156
Donor ID:     XXX-XX-6018
Reason:       Pre-employment (non-DOT)
Collected:    12/04/2026 07:48, HPMP WorkWell Dixie Hwy
Result:       POSITIVE - Amphetamines (MRO verified after donor interview; no valid Rx)

Log in at https://portal.meridianmro.com to view and print the MRO report.
""")

add('phi', 'phi-ids', '',
    'Patient Accounts <patientaccounts@hpmedpartners.org>', 'Billing Supervisors <billing.sup@hpmedpartners.org>',
    'acct 7730021 - dispute', 'Thu, 03 Dec 2026 13:33:04 -0500',
    body="""Acct 7730021, DOS 10/03/2026, Dixie Hwy UC. Pt disputing the 99204 - says she was seen
for 10 min. Provider was Castellanos. Also disputing the $62 for the rapid flu swab
(says she was never swabbed). Insurance (Humana) applied all to deductible, balance
$247.50. Do we want a chart audit before I write anything off?
- Marisol (PA team)
""")

add('phi', 'phi-ids', '',
    'Castleton UC Room 6 <castleton.uc6@hpmedpartners.org>', 'Dr. Ravi Patel <rpatel@hpmedpartners.org>',
    'ekg rm 6', 'Fri, 04 Dec 2026 10:51:40 -0500',
    body="""MRN 00770215 (DOB 2/3/1961) in rm 6, EKG done and in Muse, needs your read before
we can release him. He's asking to drive himself home.
""")

add('phi', 'phi-ids', '',
    'VisitBridge Support <support@visitbridge.io>', 'Virtual Care MAs <virtualcare.ma@hpmedpartners.org>',
    'Ticket #58821: eRx rejected for encounter VB-E-5519844', 'Sat, 05 Dec 2026 08:22:30 -0500',
    body="""Hello HPMP team,

Your ticket #58821 has been updated.

Encounter: VB-E-5519844 (12/04/2026, Dr. Anand)
Patient: J.M., DOB 07/19/1988
Rx: ondansetron 4 mg ODT #12
Status: REJECTED by pharmacy system - "prescriber DEA not on file for state KY"

Dr. Anand's Kentucky registration was not linked to her VisitBridge prescriber profile.
We've added it. Please re-send the prescription from the encounter.

- VisitBridge Support (Kiran)
""")

# ============================ PHI: phi-lang ============================
add('phi', 'phi-lang', 'Menjívar',
    'Oscar Menjivar <oscarmenji90@hotmail.com>', 'WorkWell Dixie Hwy <dixie.oh@hpmedpartners.org>',
    'cita de mañana', 'Thu, 03 Dec 2026 20:41:07 -0600', charset='iso-8859-1',
    body="""Buenas noches,

Me llamo Oscar Menjívar Alas, mi patrón (Kessler Roofing) me mandó para hacer el examen
físico y la prueba de drogas mañana viernes. Quería preguntar si tengo que ir en ayunas
porque el señor Luis me dijo que sí, y también si tengo que llevar mis lentes porque no
veo bien de lejos y me da miedo no pasar el examen de la vista.

Otra cosa, tomo pastillas para la presión (losartán) todos los días, ¿eso sale en la
prueba de drogas?

Gracias,
Oscar Menjívar
502-410-7785
""")

add('phi', 'phi-lang', 'Trần',
    'Lê Minh Thư <minhthu.le.ky@gmail.com>', 'info@hpmedpartners.org',
    'Kết quả xét nghiệm của mẹ tôi', 'Fri, 04 Dec 2026 21:15:36 -0600', cte='base64',
    body="""Chào phòng khám,

Tôi là con gái của bà Trần Thị Hoa (sinh ngày 12/05/1955). Mẹ tôi đã đến phòng khám
Dixie Hwy vào ngày 28/11 và bác sĩ có lấy máu và nước tiểu. Đến nay đã một tuần mà chưa
ai gọi cho gia đình về kết quả. Mẹ tôi không nói được tiếng Anh nên xin gọi cho tôi
theo số 502-366-4419, hoặc trả lời email này.

Mẹ tôi vẫn còn đi tiểu nhiều lần ban đêm và mệt. Bác sĩ có kê thuốc mới không?

Cảm ơn,
Lê Minh Thư
""")

add('phi', 'phi-lang', 'Jean-Baptiste',
    'Marie-Ange Jean-Baptiste <majeanbaptiste@yahoo.com>', 'eastgate.frontdesk@hpmedpartners.org',
    'randevou pitit mwen', 'Mon, 30 Nov 2026 06:48:22 -0500',
    body="""Bonjou,

Se manman Wilner Jean-Baptiste mwen ye. Li te gen randevou jodi a a 4è pou yo retire fil
yo nan men l (pwen yo), men mwen pa ka vini paske mwen travay jiska 6è. Èske nou ka
chanje l pou demen maten oswa mèkredi?

Li gen 11 an. Dat nesans li se 9 mas 2015.

Mèsi anpil,
Marie-Ange
614-813-2207
""")

add('phi', 'phi-lang', 'Wiśniewski',
    'Jan Wiśniewski <jan.wisniewski@wp.pl>', 'WorkWell Castleton <castleton.oh@hpmedpartners.org>',
    'Zwolnienie / powrót do pracy - Jan Wiśniewski', 'Tue, 01 Dec 2026 17:29:51 -0500', charset='iso-8859-2',
    body="""Dzień dobry,

Byłem u Państwa w klinice 23 listopada po wypadku w pracy (Calloway Steel, przygniecenie
stopy). Lekarz zrobił prześwietlenie i powiedział, że mam nosić specjalny but przez dwa
tygodnie i przyjść na kontrolę. Kierownik pyta, kiedy mogę wrócić do pracy na pełen etat.

Czy mogę dostać zaświadczenie o powrocie do pracy po wizycie kontrolnej 7 grudnia? Proszę
o informację, czy ta wizyta jest nadal aktualna, bo nie dostałem przypomnienia SMS.

Pozdrawiam,
Jan Wiśniewski
tel. 317-455-0981
""")

add('phi', 'phi-lang', 'Warsame',
    'Hodan Warsame <hodan.warsame@gmail.com>', 'virtualcare@hpmedpartners.org',
    'Daawo - Hodan Warsame', 'Wed, 02 Dec 2026 11:06:58 -0500',
    body="""Asalaamu calaykum,

Magacaygu waa Hodan Warsame, taariikhda dhalashadaydu waa 02/01/1990. Dhakhtarka Anand
ayaa ii qortay daawada metformin bishii hore, laakiin daawadii way iga dhammaatay oo
farmashiyaha Walgreens (Cleveland Ave) waxay igu yiraahdeen "no refills". Fadlan ma ii
diri kartaan daawo cusub?

Sidoo kale caloosha ayaa i xanuunta markaan qaato. Ma jiraa daawo kale?

Mahadsanid,
Hodan
614-561-0347
""")

add('phi', 'phi-lang', 'Souza',
    'Fernanda Lima <flima@hpmedpartners.org>', 'Keisha Barnwell <kbarnwell@hpmedpartners.org>',
    'paciente da tarde - Sr. Souza', 'Thu, 03 Dec 2026 13:11:45 -0500',
    body="""Keisha, oi!

O Sr. Claudio Souza ligou de novo (the Brazilian gentleman from the landscaping company,
o que cortou a mão com a tesoura de poda). Ele disse que o curativo está molhado e cheirando
mal desde ontem. I told him to come in at 3 but he's worried about the copay because his
patrão disse que é workers comp e não é pra ele pagar nada. Can you check if the claim
number is in the chart antes dele chegar? Não quero que ele vá embora de novo sem ser atendido.

Beijos,
Fê
""")

add('phi', 'phi-lang', 'Соколова',
    'Людмила Соколова <l.sokolova1961@mail.ru>', 'info@hpmedpartners.org',
    'Запись к врачу', 'Fri, 04 Dec 2026 09:37:14 -0500', charset='koi8-r',
    body="""Здравствуйте!

Меня зовут Соколова Людмила Петровна, дата рождения 21.10.1961. Я была у вас в клинике
на Hamilton Road 25 ноября, врач сделала мне ЭКГ и анализ крови и сказала прийти через
две недели на повторный приём. Мне никто не позвонил, чтобы записать.

Пожалуйста, запишите меня на любое утро на следующей неделе. Если можно, с переводчиком
русского языка, я плохо понимаю по-английски.

Мой телефон: 614-578-2016 (сын Андрей тоже может ответить).

С уважением,
Людмила Соколова
""")

# ============================ CLEAN: clean-staff ============================
add('clean', 'clean-staff', '',
    'Marcus Greer <mgreer@hpmedpartners.org>', 'Eastgate Providers <eastgate.providers@hpmedpartners.org>',
    'swap 12/19?', 'Mon, 30 Nov 2026 20:14:09 -0500',
    body="""Anyone want my Sat 12/19 (8a-8p) for your Sun 12/27? Kid's recital got moved. Will throw
in a Panera gift card.
M
""")

add('clean', 'clean-staff', '',
    'Dr. Meera Anand <manand@hpmedpartners.org>', 'Owen Baptiste <obaptiste@hpmedpartners.org>',
    'RE: VisitBridge audio', 'Tue, 01 Dec 2026 18:30:41 -0500',
    cc='Virtual Care Providers <virtualcare.providers@hpmedpartners.org>',
    body="""Owen - still happening. Three visits today where the audio dropped for 5-10 seconds around
the 4 minute mark, all on patients' phones (not desktop). Every time I had to ask people
to repeat themselves, which wastes the visit. Chrome on my side, wired ethernet.

Is anyone else seeing this or is it just me? I'd rather not have to switch to phone calls.

Meera

-----Original Message-----
From: Owen Baptiste
Sent: Monday, November 30, 2026 10:02 AM
To: Virtual Care Providers
Subject: VisitBridge audio

All - VisitBridge pushed a new mobile SDK on 11/27. If you notice audio drop-outs on
patients joining from the app, please reply with date/time (no patient names please) so
I can match it against their logs.
""")

add('clean', 'clean-staff', '',
    'Rosa Delacruz <rdelacruz@hpmedpartners.org>', 'Eastgate All Staff <eastgate.all@hpmedpartners.org>',
    'Holiday potluck Dec 17 - sign up!!', 'Wed, 02 Dec 2026 12:00:55 -0500',
    html=outlook("""<p class="MsoNormal" style="font-size:14pt;color:#C00000"><b>&#127876; Eastgate Holiday Potluck &#127876;</b></p>
<p class="MsoNormal">Thursday Dec 17, break room, 11:30&#8211;2:00 (staggered so the lobby is covered).</p>
<p class="MsoNormal">&nbsp;</p>
<table class="t" cellspacing="0"><tr style="background:#FCE4D6"><td><b>Bringing</b></td><td><b>Who</b></td></tr>
<tr><td>Ham</td><td>Dr. Ortiz (he promised)</td></tr><tr><td>Mac &amp; cheese</td><td>Keisha</td></tr>
<tr><td>Lumpia</td><td>Joy</td></tr><tr><td>Desserts</td><td>??? need 2 more</td></tr>
<tr><td>Drinks/plates</td><td>Rosa</td></tr></table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">White elephant is $20 max. No regifted Eastgate lanyards, Marcus.</p>"""))

add('clean', 'clean-staff', '',
    'Jolene Marsh <jmarsh@hpmedpartners.org>', 'Dixie Hwy Occ Health Techs <dixie.ohtech@hpmedpartners.org>',
    'where is the BAT calibration log??', 'Thu, 03 Dec 2026 07:41:22 -0600',
    body="""Who moved the calibration binder for the Intoximeters EBT? It's not in the drawer under
the collection room printer. Auditor from the DOT consortium is coming at 1 and the
accuracy check from 11/28 needs to be in there. If you took it home to finish the
log, please bring it back. Not mad. Just panicking.
J
""")

add('clean', 'clean-staff', '',
    'Terri Voss <tvoss@hpmedpartners.org>', 'Eastgate UC Team <eastgate.uc@hpmedpartners.org>',
    'last week numbers + staffing for the surge', 'Mon, 30 Nov 2026 08:05:00 -0500',
    body="""Team,

Thanksgiving week was a monster. Quick numbers:
  - 1,142 walk-ins (vs 860 same week last year)
  - median door-to-provider 38 min, worst day Sat at 71 min
  - 212 rapid flu / 164 COVID / 97 strep swabs; flu A positivity ~24%
  - 31 left without being seen (ugh)

Through January I'm adding a float MA 11-7 on weekends and Marcus is picking up extra
Saturdays. If you're willing to flex an extra 4-hour block, reply to me directly.

Also - please stop taping paper signs on the kiosk. Facilities is making a real one.

Terri Voss, RN
Urgent Care Clinical Lead - Eastgate
""")

add('clean', 'clean-staff', '',
    'Nicole Farrand <nfarrand@hpmedpartners.org>', 'Dr. Renee Castellanos <rcastellanos@hpmedpartners.org>',
    'question on minors + telehealth consent', 'Fri, 04 Dec 2026 14:22:37 -0500',
    body="""Dr. C,

Hypothetical (not an actual case yet): if a 16-year-old who works part time at one of our
employer clients gets hurt at work and the employer wants a telehealth recheck, do we need a
parent on the video, or is the parent's signature on the original consent enough? Ohio vs
Kentucky vs Indiana seem to be different and our policy only talks about in-person.

Don't need an answer today, just want to get it right before it comes up. Maybe something
for the January provider meeting?

Nicole
""")

add('clean', 'clean-staff', '',
    'Dr. Renee Castellanos <rcastellanos@hpmedpartners.org>', 'Dixie Hwy Providers <dixie.providers@hpmedpartners.org>',
    'running late', 'Sat, 05 Dec 2026 07:32:16 -0600',
    body="""Truck's dead in the driveway. Waiting on a jump from the neighbor, should be there by 8:30.
Can whoever opens start the DOT physicals with vitals/vision/hearing and I'll catch up.
Sorry!
""")

# ============================ CLEAN: clean-admin ============================
add('clean', 'clean-admin', '',
    'Credentialing <credentialing@hpmedpartners.org>', 'Dr. Meera Anand <manand@hpmedpartners.org>',
    'ACTION NEEDED: Indiana license renewal + KY DEA', 'Mon, 30 Nov 2026 09:00:12 -0500',
    body="""Dr. Anand,

Our tracking shows the following expire soon:

  Indiana Medical License 01077432A ........ expires 10/31/2027 (OK)
  Kentucky DEA registration ................ renewal due 01/31/2027
  Ohio CSR ................................. expires 12/31/2026  <-- 26 days

Please renew the Ohio CSR through eLicense and send us the confirmation. Until it's
renewed you can't prescribe controlled substances to patients located in Ohio during video
visits, and VisitBridge will block those prescriptions automatically on 1/1.

Thanks,
Medical Staff Credentialing
""")

add('clean', 'clean-admin', '',
    'HPMP IT Service Desk <servicedesk@hpmedpartners.org>', 'All HPMP Users <all.users@hpmedpartners.org>',
    'Planned EHR downtime Sun 12/13 01:00-05:00 ET', 'Wed, 02 Dec 2026 16:00:00 -0500',
    html=outlook("""<p class="MsoNormal"><b>What:</b> EHR upgrade to version 26.4 and interface engine patching</p>
<p class="MsoNormal"><b>When:</b> Sunday December 13, 01:00&#8211;05:00 Eastern (00:00&#8211;04:00 Central)</p>
<p class="MsoNormal"><b>Who is affected:</b> Eastgate, Hamilton Rd, Castleton and Dixie Hwy urgent cares (open overnight); Virtual Care on-call.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">During downtime use the <b>paper downtime packets</b> (red binder at each nurses&#8217; station). Lab results will queue and post after 05:00. VisitBridge will continue to work but visits will not write back to the chart until the interface is up &#8212; document in the downtime form and scan afterward.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Questions: ext. 4400 or servicedesk@hpmedpartners.org</p>"""))

add('clean', 'clean-admin', '',
    'Facilities - Louisville <facilities.lou@hpmedpartners.org>', 'Dixie Hwy All Staff <dixie.all@hpmedpartners.org>',
    'HVAC in exam rooms 4-7', 'Tue, 01 Dec 2026 10:15:43 -0600',
    body="""The rooftop unit serving exam rooms 4-7 and the audiometry booth is down again. Trane tech
is scheduled for tomorrow 7am. Space heaters are NOT allowed in exam rooms (fire marshal).
Please use rooms 1-3 and 8-10 today and move hearing tests to the afternoon when the
booth warms up a bit.
- Darryl
""")

add('clean', 'clean-admin', '',
    'Angela Brightman <abrightman@hpmedpartners.org>', 'Carl Hess <chess@midstatefreight.com>',
    'Midstate Freight - 2027 occ health services agreement', 'Thu, 03 Dec 2026 11:45:09 -0600',
    body="""Hi Carl,

Attached is the renewal for 2027. Pricing changes from this year:

  DOT physical (incl. UA dip) ............... $95  (was $90)
  DOT 5-panel urine collection + MRO ......... $58  (no change)
  Breath alcohol test ........................ $35  (no change)
  Post-accident package (drug + alcohol) ..... $88
  After-hours collection call-out ............ $150 + $1.10/mile
  Pre-employment non-DOT 10-panel ............ $49

Invoicing stays monthly with the summary by location. Happy to get on a call before the
holidays if you want to talk through volume discounts - you did about 410 collections
with us this year across Louisville and Indianapolis.

Angela Brightman
Employer Services Manager, HPMP WorkWell
""",
    atts=[('Midstate_OH_Services_2027.txt', """OCCUPATIONAL HEALTH SERVICES AGREEMENT - RENEWAL
Client: Midstate Freight Lines, Inc.
Provider: Harbor & Plains Medical Partners, LLC d/b/a HPMP WorkWell Occupational Health
Term: January 1, 2027 - December 31, 2027
Locations: Dixie Hwy (Louisville KY), Castleton (Indianapolis IN)

1. Services. Provider will perform DOT medical examinations, drug and alcohol testing
   collections under 49 CFR Part 40, and related services listed in Schedule A.
2. Fees. Per Schedule A. Net 30.
3. Records. Provider will release results only to Client's Designated Employer
   Representative as permitted by law.
4. Term and termination. Either party may terminate on 60 days' written notice.

[signature blocks]
""", 'text/plain')])

add('clean', 'clean-admin', '',
    'ClearPath Toxicology Billing <ar@clearpathtox.com>', 'HPMP Accounts Payable <ap@hpmedpartners.org>',
    'Invoice CPT-2026-11-0418 (November)', 'Tue, 01 Dec 2026 06:00:00 -0500',
    body="""Invoice: CPT-2026-11-0418
Bill to: Harbor & Plains Medical Partners - WorkWell
Period: 11/01/2026 - 11/30/2026

  Lab-based urine drug tests, DOT 5-panel ........ 612 @ $14.50 = $8,874.00
  Lab-based urine, non-DOT 10-panel .............. 281 @ $17.00 = $4,777.00
  Hair testing, 5-panel .......................... 18 @ $42.00 =   $756.00
  Specimen courier, 4 sites ...................... flat          $1,200.00
                                                   ------------------------
  Total due                                                      $15,607.00

Terms Net 30. Remit ACH to the account on file. Thank you for your business.
""")

add('clean', 'clean-admin', '',
    'HPMP Human Resources <hr@hpmedpartners.org>', 'All HPMP Employees <all.employees@hpmedpartners.org>',
    'Open enrollment closes Friday 12/11', 'Mon, 07 Dec 2026 08:00:00 -0500',
    body="""Reminder: benefits open enrollment for 2027 closes this Friday, December 11 at 5pm ET.

- If you do nothing, your medical/dental/vision elections roll over, but your FSA does NOT.
  You must re-elect FSA and dependent care every year.
- The HSA-eligible plan employer contribution goes up to $1,000 single / $2,000 family.
- New this year: telehealth visits through HPMP Virtual Care are $0 for employees on any plan.

Log in to Workday > Benefits > Open Enrollment. Benefits office hours Wed and Thu 12-1 in the
Columbus admin office, or Teams.

HPMP Human Resources
""")

add('clean', 'clean-admin', '',
    'VisitBridge Status <status@visitbridge.io>', 'HPMP Integration Team <integration@hpmedpartners.org>',
    '[Scheduled Maintenance] VisitBridge platform - Dec 10, 02:00-03:00 UTC', 'Fri, 04 Dec 2026 17:00:00 +0000',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h3 style="color:#0a7cff">Scheduled maintenance</h3>
<p>VisitBridge will perform database maintenance on <b>Thursday, December 10, 2026, 02:00&ndash;03:00 UTC</b> (Wednesday 9&ndash;10 PM ET).</p>
<p><b>Impact:</b> Video visits in progress will continue. New check-ins, waiting-room notifications and e-prescribing may be unavailable for up to 15 minutes. FHIR API requests will return HTTP 503 during the window.</p>
<p>No action is required. Subscribe to updates at status.visitbridge.io.</p>
<p style="color:#888;font-size:11px">You are receiving this because your organization is subscribed to VisitBridge status updates.</p>
</body></html>""")

# ============================ CLEAN: clean-lookalike ============================
add('clean', 'clean-lookalike', '',
    'Grove City Animal Hospital <reminders@grovecityanimalhosp.com>', 'Terri Voss <terri.voss64@gmail.com>',
    'Biscuit is due for vaccines!', 'Mon, 30 Nov 2026 07:00:00 -0500',
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<p>Hi Terri,</p>
<p>Our records show <b>Biscuit</b> (Canine, Beagle mix, 9 yrs) is due for the following:</p>
<ul><li>Rabies (3 yr) &mdash; due 12/12/2026</li><li>DHPP booster &mdash; due 12/12/2026</li><li>Heartworm test &mdash; overdue</li><li>Senior wellness bloodwork &mdash; recommended</li></ul>
<p>Book online or call us at 614-875-3300. Ask about our Senior Pet Dental Month discount!</p>
<p>Grove City Animal Hospital &middot; 4021 Broadway &middot; Grove City, OH</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    'Statewide Auto Insurance Claims <claims@statewideauto.com>', 'Marcus Greer <mgreer.pa@gmail.com>',
    'Claim 44-AU-29318: estimate approved', 'Tue, 01 Dec 2026 12:48:36 -0500',
    body="""Dear Marcus Greer,

Your claim 44-AU-29318 (date of loss 11/21/2026, 2019 Honda CR-V) has been reviewed.

Repair estimate from Eastside Collision Center: $3,812.44
Less your collision deductible: $500.00
Approved payment: $3,312.44 (paid directly to the repair facility)

Rental coverage: up to $40/day for 10 days. No injuries were reported on this claim; if
that changes, please contact us so we can open a medical payments file.

Questions? Your claims representative is Jordan Pike, 1-800-555-0144 ext. 2271.

Statewide Auto Insurance
""")

add('clean', 'clean-lookalike', '',
    'IronWorks Fitness <hello@ironworksfitness.com>', 'Keisha Barnwell <keishab.cma@gmail.com>',
    'Keisha, your free InBody scan is waiting 💪', 'Wed, 02 Dec 2026 06:30:00 -0500',
    html="""<html><body style="background:#111;color:#fff;font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#ff5a1f">NEW YEAR. NEW YOU. EARLY.</h1>
<p>Hey Keisha! As a Gold member you get a <b>free InBody body-composition scan</b> and a 30-minute goal session with a coach before January 1.</p>
<p>Know your numbers: body fat %, lean mass, visceral fat level, BMR.</p>
<p><a href="https://ironworksfitness.com/book?m=GOLD-221907" style="background:#ff5a1f;color:#fff;padding:12px 24px;text-decoration:none">BOOK MY SCAN</a></p>
<p style="font-size:11px;color:#888">IronWorks Fitness &middot; Reynoldsburg &middot; Member #GOLD-221907 &middot; Unsubscribe</p>
</body></html>""")

add('clean', 'clean-lookalike', '',
    'Heartland Community Bank <alerts@heartlandcb.com>', 'Dana Whitlock <dwhitlock.np@outlook.com>',
    'Your December statement is ready + HSA tips for year-end', 'Thu, 03 Dec 2026 05:12:00 -0600',
    body="""Hello Dana,

Your statement for the account ending in 4410 is ready to view in Online Banking.

YEAR-END HSA TIPS
- The 2026 HSA contribution limit is $4,300 for self-only coverage.
- You can still make 2026 contributions until the tax filing deadline.
- Keep receipts for qualified medical expenses - you don't have to reimburse yourself
  right away.

Open a Heartland HSA in minutes at heartlandcb.com/hsa.

Member FDIC. Please do not reply to this email.
""")

add('clean', 'clean-lookalike', '',
    'Premium Audit Dept <premiumaudit@buckeyemutual.com>', 'Sheila Munro <smunro@kesslerroofing.com>',
    'Workers Compensation premium audit - Policy WC-KY-2291847', 'Fri, 04 Dec 2026 10:30:00 -0500',
    body="""Dear Policyholder,

Your workers' compensation policy WC-KY-2291847 (term 12/15/2025 - 12/15/2026) is due for its
annual premium audit. Please have the following ready for our auditor, who will contact you
to schedule a phone audit:

  - Quarterly 941s and state UI reports for the policy period
  - Payroll by employee and job, split by class code:
      5551 Roofing - all kinds
      5645 Carpentry - residential
      8810 Clerical office
      8742 Salespersons - outside
  - Certificates of insurance for all subcontractors

Uninsured subcontractor payroll will be added to your class 5551 exposure. Estimated
premium was $148,600; final premium will be calculated on audited payroll.

Buckeye Mutual Casualty - Premium Audit
""")

add('clean', 'clean-lookalike', '',
    'Midstate Fleet Maintenance <fleet@midstatefreight.com>', 'Carl Hess <chess@midstatefreight.com>',
    'DOT annual inspection results - Unit 4471', 'Thu, 03 Dec 2026 15:50:12 -0600',
    body="""Carl -

Unit 4471 (2021 Freightliner Cascadia) failed its DOT annual inspection today:
  - LF brake pushrod stroke over adjustment limit
  - Cracked lens R marker light
  - Air leak at gladhand, trailer side

Passed everything else. Parts ordered, should re-inspect Monday. Unit is tagged out until
then, so move Dave's load to 4480.

Hector
""")

add('clean', 'clean-lookalike', '',
    'Franklin County Water Lab <results@fcwaterlab.org>', 'Nicole Farrand <nfarrand.home@gmail.com>',
    'Test results for sample W-26-11893', 'Fri, 04 Dec 2026 13:05:44 -0500',
    body="""Dear Nicole Farrand,

Results for your private well water sample are complete.

Sample ID:   W-26-11893
Collected:   11/30/2026 08:15, 6620 Harlem Rd, Galena OH
Received:    11/30/2026 13:40

Total coliform ........ ABSENT
E. coli ............... ABSENT
Nitrate-N ............. 3.2 mg/L     (MCL 10)
Arsenic ............... 4 ug/L       (MCL 10)
Hardness .............. 312 mg/L     (very hard)

Your water meets EPA primary drinking water standards for the parameters tested. Consider
a water softener for hardness. Retest for bacteria annually.

Franklin County Water Laboratory
""")

# ============================ CLEAN: clean-news ============================
add('clean', 'clean-news', '',
    'Ohio Dept of Health Updates <odh-updates@list.odh-ohio.gov>', 'Terri Voss <tvoss@hpmedpartners.org>',
    'Weekly Respiratory Virus Surveillance - Week 48', 'Fri, 04 Dec 2026 14:00:00 -0500',
    body="""OHIO RESPIRATORY VIRUS SURVEILLANCE - MMWR WEEK 48 (ending 11/28/2026)

Influenza activity: HIGH and increasing
  - ILI visits: 5.8% of outpatient visits (baseline 2.9%)
  - Lab-confirmed influenza hospitalizations: 412 (prior week 286)
  - Predominant strain: A(H3N2), 81% of subtyped specimens

RSV: moderate, plateauing in children under 5
COVID-19: low; wastewater levels stable in 72 of 88 counties

Recommendations for clinicians: offer vaccination at every visit; start antivirals
empirically in high-risk outpatients without waiting for testing.

To unsubscribe, reply UNSUBSCRIBE.
""")

add('clean', 'clean-news', '',
    'FMCSA National Registry <nrcme-noreply@dot-registry.gov>', 'Dr. Renee Castellanos <rcastellanos@hpmedpartners.org>',
    'National Registry update: electronic MEC transmission reminder', 'Tue, 01 Dec 2026 09:00:00 -0500',
    body="""Dear Certified Medical Examiner,

This is a reminder that results of all commercial motor vehicle driver physical
examinations must be reported to the National Registry by midnight (local time) of the
next calendar day after the exam. Examination results are now transmitted electronically
to State Driver Licensing Agencies.

Upcoming: ME recertification training must be completed every 5 years, and the periodic
refresher every 10 years. Log in to your National Registry account to check your dates.

Thank you for helping keep our roads safe.

National Registry of Certified Medical Examiners
""")

add('clean', 'clean-news', '',
    'HPMP Communications <communications@hpmedpartners.org>', 'All HPMP Employees <all.employees@hpmedpartners.org>',
    'The Harbor Light - December 2026', 'Tue, 01 Dec 2026 11:00:00 -0500',
    html=outlook("""<h2 style="color:#1F4E79;font-family:Georgia,serif">The Harbor Light &#8212; December 2026</h2>
<h3>Dixie Hwy turns 10!</h3>
<p class="MsoNormal">Ten years ago our Louisville clinic opened with two exam rooms and one drug-screen collector. Today the team performs more than 4,000 DOT physicals a year. &#8220;We still know most of the drivers by their trucks,&#8221; laughs Jolene Marsh, who has been there since day one.</p>
<h3>Virtual Care by the numbers</h3>
<p class="MsoNormal">23,480 video visits in 2026 so far (up 31%), average patient rating 4.7/5, median wait in the virtual waiting room 4 minutes.</p>
<h3>Welcome</h3>
<p class="MsoNormal">Please welcome Dr. Ravi Patel (Castleton urgent care) and Fernanda Lima, CMA (Eastgate).</p>
<h3>Kudos</h3>
<p class="MsoNormal">To Terri Voss and the Eastgate team for surviving Thanksgiving week &#8212; 1,100+ walk-ins and nobody quit.</p>"""))

add('clean', 'clean-news', '',
    'Indiana WCB Notices <notices@wcb-in.gov>', 'HPMP Billing Supervisors <billing.sup@hpmedpartners.org>',
    'Notice: Indiana WC medical fee schedule update effective 1/1/2027', 'Wed, 02 Dec 2026 10:00:00 -0500',
    body="""NOTICE TO MEDICAL SERVICE PROVIDERS

The Worker's Compensation Board of Indiana has adopted the annual update to the medical
fee schedule. Effective for services on or after January 1, 2027:

  - Professional services: 200% of the current Medicare RBRVS rate (unchanged)
  - Outpatient hospital: 200% of Medicare OPPS
  - Ambulatory surgery centers: 200% of Medicare ASC rates
  - Medical record copies: $0.50/page, maximum $30 per request when requested by the
    employer or insurer

Billing disputes must be filed within 2 years of the date of service. Full text at the
Board's website.
""")

add('clean', 'clean-news', '',
    'HPMP Urgent Care <news@hpmedpartners.org>', 'HPMP Community List <community@news.hpmedpartners.org>',
    'Flu shots are here - no appointment needed', 'Mon, 30 Nov 2026 10:00:00 -0500',
    html="""<html><body style="font-family:Arial,sans-serif;max-width:600px;margin:auto">
<div style="background:#1F4E79;color:#fff;padding:20px"><h1 style="margin:0">Walk in. Roll up a sleeve. Done.</h1></div>
<p>Flu season is here early this year. Flu shots are available at all HPMP Urgent Care locations &mdash; Eastgate and Hamilton Rd (Columbus), Castleton (Indianapolis) and Dixie Hwy (Louisville) &mdash; 8 AM to 8 PM, 7 days a week.</p>
<ul><li>Most insurance covered at $0</li><li>Self-pay $35</li><li>High-dose vaccine for 65+</li><li>Ages 3 and up</li></ul>
<p>Employers: ask about on-site flu clinics through HPMP WorkWell.</p>
<p style="font-size:11px;color:#777">Harbor &amp; Plains Medical Partners &middot; You are receiving this because you subscribed to community updates. <a href="#">Unsubscribe</a></p>
</body></html>""")

add('clean', 'clean-news', '',
    'Telehealth Research Digest <digest@telehealthdigest.org>', 'Dr. Meera Anand <manand@hpmedpartners.org>',
    'This week: audio-only vs video visits, antibiotic stewardship in DTC telehealth', 'Sun, 06 Dec 2026 07:00:00 -0500',
    body="""TELEHEALTH RESEARCH DIGEST - Issue 214

1. Audio-only vs video for chronic disease follow-up (retrospective cohort, n=48,211)
   Patients seen by audio-only had similar 90-day ED visit rates (6.1% vs 5.9%) but lower
   rates of documented BP readings (41% vs 63%).

2. Antibiotic prescribing for respiratory infections in direct-to-consumer telehealth
   Across 3 platforms, 52% of sinusitis visits ended in an antibiotic prescription vs 44%
   in urgent care and 39% in primary care. Stewardship nudges cut this by 9 points.

3. Workers' compensation telehealth rechecks: time-to-return-to-work
   Among 2,930 occupational injury claims, virtual rechecks were associated with 1.8 fewer
   days to full duty, with no difference in re-injury at 6 months.

Read the full summaries at telehealthdigest.org/214
""")

# ============================ CLEAN: clean-training ============================
add('clean', 'clean-training', '',
    'Compliance Office <compliance@hpmedpartners.org>', 'All HPMP Employees <all.employees@hpmedpartners.org>',
    'Annual HIPAA refresher due 12/31 - what counts as PHI in email', 'Mon, 30 Nov 2026 08:30:00 -0500',
    body="""Annual HIPAA refresher training is due by December 31. It takes about 25 minutes in the
Learning Center.

This year's module focuses on email. A quick preview - which of these is OK to send
unencrypted to an employer?

  (a) "Jane Doe, DOB 01/01/1900, MRN TEST0001, seen today, BP 150/95, modified duty"
  (b) "Employee may return to modified duty 12/1, no lifting over 20 lb, recheck 12/8"
  (c) "Jane's back is still bad, she's on muscle relaxers"

Answer: only (b) - the work status - goes to the employer, and only through the secure
portal or encrypted email ([secure] in the subject). (a) and (c) include clinical details
the employer is not entitled to. (Jane Doe is, of course, a made-up example.)

Compliance Office
""")

add('clean', 'clean-training', '',
    'EHR Training Team <ehrtraining@hpmedpartners.org>', 'New Hires - December Cohort <newhires.dec@hpmedpartners.org>',
    'Playground login + practice patients for Thursday class', 'Tue, 01 Dec 2026 15:20:00 -0500',
    body="""Welcome to EHR Basics (Thursday 12/3, 9am-1pm, Columbus admin office, room 204).

Before class, log in to the TRAINING environment (PLAYGROUND - the purple banner) with the
credentials from your welcome packet. Do NOT practice in production.

Your practice patients are:
  ZZTEST, MICKEY      MRN 9990001   DOB 01/01/1950  - walk-in, "ankle sprain" scenario
  ZZTEST, MINNIE      MRN 9990002   DOB 01/01/1960  - DOT physical scenario
  ZZTEST, GOOFY       MRN 9990003   DOB 01/01/1985  - telehealth refill scenario

Each of you has your own copies, so go ahead and place orders, sign notes, etc. They reset
every night.

EHR Training Team
""")

add('clean', 'clean-training', '',
    'Jolene Marsh <jmarsh@hpmedpartners.org>', 'Collector Trainees <collector.trainees@hpmedpartners.org>',
    'CCF practice - fill-in key', 'Wed, 02 Dec 2026 16:40:00 -0600',
    body="""For tomorrow's mock collections, here is the completed practice Custody & Control Form
so you can check your own. Remember the practice kits have the VOID stamp on every copy.

Step 1 (employer):   Employer - ACME TRAINING CO; DER - Sample, Supervisor
                     Donor SSN/ID - 000-00-0000; Reason - Pre-employment; Tests - 5-panel
Step 2 (collector):  Temp in range within 4 min - YES; split - YES
Step 4 (collector):  Collector name - Your Name; time - 09:14
Step 5 (donor):      Donor name - SAMPLE, DONOR; daytime phone - 000-000-0000

Most common errors last class: forgetting to check the temperature box, and writing the
time in Step 4 before the donor signs Step 5. Both are correctable flaws but we'd rather
you not need a memo for the file.

Jolene
""")

HL7_TEST = ("MSH|^~\\&|HPMP_EHR|HPMP|QUESTLINK|CSTLAB|202612031100||ORM^O01|TEST000041|T|2.5.1\r"
            "PID|1||9990001^^^HPMP^MR||ZZTEST^MICKEY||19500101|M|||123 TEST ST^^TESTVILLE^OH^00000\r"
            "ORC|NW|TESTORD41\r"
            "OBR|1|TESTORD41||80048^BASIC METABOLIC PANEL^CPT|||202612031100\r")
add('clean', 'clean-training', '',
    'Owen Baptiste <obaptiste@hpmedpartners.org>', 'Quest Interface Support <interfaces@questlink-lab.com>',
    'Castleton ORM test msgs for validation - processing ID T', 'Thu, 03 Dec 2026 11:05:00 -0500',
    body="""Hi,

As discussed, attached is test order TEST000041 from our TRAIN environment (MSH-11 = T) for the
Castleton lab validation. Test patient only (ZZTEST^MICKEY, MRN 9990001). Please confirm you
received it and send back the matching ORU with dummy results so we can check OBX mapping.

We'll send 40 more tomorrow covering the panels on the validation spreadsheet.

Owen Baptiste
HPMP IT - Integration
""",
    atts=[('TEST000041.hl7', HL7_TEST, 'text/plain')])

add('clean', 'clean-training', '',
    'Dr. Samuel Ortiz <sortiz@hpmedpartners.org>', 'Occ Health Providers <oh.providers@hpmedpartners.org>',
    'Case conference Thursday - de-identified case', 'Tue, 01 Dec 2026 19:08:00 -0500',
    body="""For Thursday's case conference (12:15, Teams). Case is de-identified and details changed.

A warehouse worker in their 40s presented to urgent care after a pallet jack rolled over
the foot. X-rays negative. Returned to full duty at day 3 per employer request; re-presented
at day 10 with worsening pain and swelling, unable to bear weight. Repeat imaging showed a
non-displaced metatarsal stress reaction that had been occult initially.

Discussion points:
  1. When do we hold someone at modified duty despite negative films?
  2. How do we push back on employer pressure for early full-duty release?
  3. Should we be using a standard "recheck in 7-10 days if not improved" on every
     crush-injury work status slip?

Bring your own examples (no names please).
SO
""")

add('clean', 'clean-training', '',
    'Security Awareness <security@hpmedpartners.org>', 'All HPMP Users <all.users@hpmedpartners.org>',
    'You clicked a simulated phishing link - here is what to look for', 'Fri, 04 Dec 2026 13:00:00 -0500',
    html=outlook("""<p class="MsoNormal"><b>This was a test from HPMP IT Security.</b> No harm done.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The email you clicked appeared to come from &#8220;VisitBridge Support&#8221; and said <i>&#8220;A patient record failed to sync &#8211; click to review lab results for patient ID 0000000.&#8221;</i> Red flags you could have spotted:</p>
<ul><li>Sender domain was visitbr1dge-support.co (a number 1, not an i)</li>
<li>Urgent tone and a generic patient ID</li><li>Link pointed somewhere other than app.visitbridge.io</li></ul>
<p class="MsoNormal">Please complete the 5-minute follow-up module in the Learning Center. Report suspicious mail with the <b>Report Phish</b> button.</p>"""))


# ============================ write ============================
def main():
    order = list(range(len(MSGS)))
    random.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fn = '%s-%03d.eml' % (m['kind'], n)  # kind already starts with phi-/clean-
        msg = build(m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            BytesGenerator(fh, mangle_from_=False).flatten(msg)
        rows.append((fn, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(sorted(rows))
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
