#!/usr/bin/env python3
"""Blind evaluation mail set: eye-care group + audiology practice.

Run: python3 gen.py OUTDIR
Standard library only, deterministic (SEED 4402). All people, numbers and
organisations are invented.
"""
import csv
import io
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy

SEED = 4402
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MESSAGES = []
COUNTERS = {}

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def dt(y, mo, d, h, mi, tz=None):
    if tz is None:
        tz = EDT if 3 < mo < 11 else EST
    return format_datetime(datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz))


def add(label, kind, subject, frm, to, body, date, cc=None, html=None, atts=(),
        cte=None, patient='', headers=None):
    MESSAGES.append(dict(label=label, kind=kind, subject=subject, frm=frm, to=to,
                         body=body, date=date, cc=cc, html=html, atts=list(atts),
                         cte=cte, patient=patient, headers=headers or {}))


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 7, 45, 0))
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


def _esc(v):
    return (str(v).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def make_xlsx(rows, sheet='Sheet1'):
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _esc(v)))
        out.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
    return make_zip([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                     ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                     ('xl/worksheets/sheet1.xml', sh)])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


LRE_DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information, including protected health information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are
not the intended recipient, please contact the sender by reply e-mail and
destroy all copies of the original message. Linden Ridge Eye Group, P.C.
"""

CBH_DISCLAIMER = """
--
This message is intended only for the addressee. It may contain information
that is privileged and confidential. If you received it in error please
notify Clearbrook Hearing & Audiology at (555) 014-2200 and delete it.
"""

# ---------------------------------------------------------------------------
# PHI: care
# ---------------------------------------------------------------------------

add('phi', 'care', 'halvorsen f/u',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    'Retina Techs <retina-techs@lindenridgeeye.com>',
    """Mr Halvorsen had his 3rd aflibercept OS today. OCT still shows subretinal
fluid nasal to fovea, a little less than Feb but not dry. VA 20/60 -> 20/50.

Please bring him back in 4 wks not 8, OCT OU + inj OS at that visit. If still
wet at 4 we'll talk about switching to faricimab, I mentioned it to him and
his wife.

thx
PV

--
Priya Venkataraman, MD
Vitreoretinal Surgery | Linden Ridge Eye Group
""" + LRE_DISCLAIMER,
    dt(2025, 3, 11, 16, 42), patient='Halvorsen')

add('phi', 'care', 'Tremblay RE phaco 3/14 - tamsulosin',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    'ASC Pre-Op <asc-preop@lindenridgeeye.com>',
    """Hi all,

Heads up for Friday's first case - Gloria Tremblay, right eye phaco with toric
IOL (Dr. Oyelaran). She takes tamsulosin 0.4 for her bladder, been on it
years, so expect a floppy iris. Dr O wants the Malyugin ring opened on the back
table and intracameral phenylephrine/ketorolac in the BSS.

Her PCP said NOT to stop her aspirin, fine with Dr O since it's topical.
Husband is driving, he uses a walker so she needs the front bay.

Teresa Villanueva
Surgical Coordinator
Linden Ridge Eye Group - Ambulatory Surgery Center
p (555) 013-4410 x227
""",
    dt(2025, 3, 11, 9, 5), cc='Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    patient='Tremblay')

_pem_txt = """Dear Dr. Greaves,

Thank you for referring Walter Pemberton, whom I saw today for a
comprehensive audiologic evaluation.

Otoscopy was clear bilaterally. Tympanometry showed normal (Type A) results
in both ears. Pure-tone testing revealed a mild sloping to severe
sensorineural hearing loss on the right and a moderate sloping to severe
sensorineural loss on the left. The left ear is poorer by 15-20 dB at 1-4 kHz.
Word recognition was 88% on the right and 68% on the left at 80 dB HL.

Because of the asymmetry and the reduced word score on the left, I would
recommend an ENT consult and consideration of an MRI of the internal
auditory canals before we proceed with amplification. Mr. Pemberton is
motivated to pursue hearing aids and we have tentatively booked a hearing aid
consultation for after his ENT visit.

Please don't hesitate to contact me with any questions.

Sincerely,

Amira Haddad, Au.D., CCC-A
Clinical Audiologist
Clearbrook Hearing & Audiology
"""
_pem_html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Dr. Greaves,</p>
<p>Thank you for referring <b>Walter Pemberton</b>, whom I saw today for a
comprehensive audiologic evaluation.</p>
<p>Otoscopy was clear bilaterally. Tympanometry showed normal (Type A) results in
both ears. Pure-tone testing revealed a mild sloping to severe sensorineural
hearing loss on the right and a moderate sloping to severe sensorineural loss
on the left. The left ear is poorer by 15-20 dB at 1-4 kHz. Word recognition was
88% on the right and 68% on the left at 80 dB HL.</p>
<p>Because of the asymmetry and the reduced word score on the left, I would
recommend an ENT consult and consideration of an MRI of the internal auditory
canals before we proceed with amplification. Mr. Pemberton is motivated to
pursue hearing aids and we have tentatively booked a hearing aid consultation for
after his ENT visit.</p>
<p>Please don't hesitate to contact me with any questions.</p>
<p>Sincerely,<br><br>Amira Haddad, Au.D., CCC-A<br>Clinical Audiologist<br>
Clearbrook Hearing &amp; Audiology</p>
</body></html>
"""
add('phi', 'care', 'Audiology consult - Pemberton',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    'Samuel Greaves MD <sgreaves@maplestfm.org>',
    _pem_txt + CBH_DISCLAIMER, dt(2025, 2, 19, 15, 30), html=_pem_html,
    patient='Pemberton')

add('phi', 'care', 'FW: referral - dot blot hemes',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    'Retina Scheduling <retina-sched@lindenridgeeye.com>',
    """can we get him in w/ Dr V next week? not urgent-urgent but I don't want
it to sit a month. photos are in the chart from today.

H

-----Original Message-----
From: Hannah Kowalczyk OD
Sent: Thursday, March 6, 2025 4:12 PM
To: 'Samuel Greaves MD' <sgreaves@maplestfm.org>
Subject: referral - dot blot hemes

Dr. Greaves,

Saw your patient Deshawn Ellery (58) today for his annual diabetic eye exam.
Dilated fundus showed scattered dot-blot hemorrhages and a few hard exudates
in the left macula, fewer on the right. VA 20/25 OD, 20/30 OS. I'm sending
him to our retina service for an OCT and possibly fluorescein angiography to
look for clinically significant macular edema.

He told me his last A1c was 9.2 and that he stopped metformin in the fall
because of stomach upset -- you may want to revisit that with him.

Hannah Kowalczyk, OD, FAAO
Linden Ridge Eye Group - Optometry
""",
    dt(2025, 3, 7, 8, 2), patient='Deshawn Ellery')

add('phi', 'care', 'pod1 call',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    """dr o - mrs lindqvist POD1 LE this am IOP was 32, cornea a little hazy,
AC deep, no cells to speak of. gave cosopt x2 5 min apart + diamox 500 po
per your verbal. rechecking 2pm, daughter is taking her to lunch and bringing
her back. she is on the prednisolone qid + vigamox.

will text you the 2pm number
ruth

Sent from my iPhone""",
    dt(2025, 3, 15, 10, 47), patient='Lindqvist')

add('phi', 'care', 'Castellano fitting today',
    'Colin Birch <cbirch@clearbrookhearing.com>',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    """Meg -

Fit Ray Castellano's new RICs this morning (the Lumen 90s, M receivers both
sides, closed domes). Real-ear matched to target no problem. He's happy with
speech but says the ringing is way worse at night since his wife passed and
he's not sleeping. Can you book him a tinnitus counseling appt with Amira in
the next 2-3 weeks? He's okay with Tues/Thurs mornings only, his son drives.

Also he asked about a captioned phone for the house - do we still have the
applications for the state program?

Thanks,
Colin

Colin Birch, BC-HIS
Hearing Instrument Specialist
""",
    dt(2025, 1, 23, 12, 18), patient='Castellano')

add('phi', 'care', 'Re: tomorrow 10am YAG',
    'Keisha Dunmore <kdunmore@lindenridgeeye.com>',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    """ok cancelled him out. I'll call the nursing home next week and rebook when
he's back.

On Mon, Mar 17, 2025 at 7:58 AM Teresa Villanueva <tvillanueva@lindenridgeeye.com> wrote:
> Keisha - son called, Mr. Abernethy-Cole was admitted to St. Agatha's last
> night after a fall at Pine Haven (hip fracture, they're doing surgery today).
> He's our 10am tomorrow for the YAG capsulotomy left eye. Please cancel and
> put a note to rebook in ~6 wks after he's out of rehab. Also flag that
> he'll probably be on a blood thinner after the hip so we'll need to know.
>
> T
""",
    dt(2025, 3, 17, 8, 21), patient='Abernethy-Cole')

add('phi', 'care', 'Re: Plaquenil screening - Fitzwilliam',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    'Linda Osei NP <losei@ridgewoodrheum.com>',
    """Hi Linda,

Eleanor came in yesterday. 10-2 visual fields were full and reliable in both
eyes, and the SD-OCT shows no parafoveal thinning or ellipsoid zone loss. Her
fundus autofluorescence was unremarkable too. So no sign of hydroxychloroquine
toxicity at this point. At 400 mg daily and her weight (~61 kg) she's right at
6.5 mg/kg, which is above the 5 mg/kg we like, so you might consider dropping
to 300 mg or alternating if her lupus allows.

We'll see her again in a year, sooner if she has any vision changes.

Best,
Priya

Priya Venkataraman, MD
Linden Ridge Eye Group

-----Original Message-----
From: Linda Osei NP <losei@ridgewoodrheum.com>
Sent: Tuesday, February 25, 2025 2:16 PM
To: Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>
Subject: Plaquenil screening - Fitzwilliam

Dr. Venkataraman - our mutual pt Eleanor Fitzwilliam has been on
hydroxychloroquine 400mg daily since 2019 for SLE. I don't see an eye exam
from you since early 2023. Could you see her for her annual screening and send
us the results? Thank you!

Linda Osei, MSN, APRN, FNP-C
Ridgewood Rheumatology
""",
    dt(2025, 3, 12, 17, 3), cte='quoted-printable', patient='Fitzwilliam')

# ---------------------------------------------------------------------------
# PHI: names
# ---------------------------------------------------------------------------

add('phi', 'names', 'Re: Nguyễn Thị Hoa - YAG moved to Thurs',
    'Keisha Dunmore <kdunmore@lindenridgeeye.com>',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    """done, moved her to thurs 1:15. Vietnamese interpreter is booked (Lan, in
person not the phone one). laser room 2.

k
""",
    dt(2025, 3, 4, 13, 36), patient='Nguyễn Thị Hoa')

add('phi', 'names', 'OCT images request',
    'Jerome Falk <jfalk@lindenridgeeye.com>',
    'Medical Records <records@lindenridgeeye.com>',
    """Can someone pull the chart for Adeyemi-Cole, Babatunde and send the OCT
macula from his 2/3 injection visit + the one from today to Dr. Ifeanyi
Obi at Westbrook Internal Medicine? Dr V ok'd it. Fax is on the referral.
He asked for a copy too, he's at the window now.

Jerome Falk
Ophthalmic Technician
""",
    dt(2025, 3, 3, 11, 9), patient='Adeyemi-Cole')

add('phi', 'names', 'aids back from repair',
    'Colin Birch <cbirch@clearbrookhearing.com>',
    'Front Desk <frontdesk@clearbrookhearing.com>',
    """Mrs. O'Sullivan's hearing aids came back from the manufacturer - left
receiver was cracked, replaced under warranty, no charge. They're in the
pickup drawer (bag #14). Her son Declan said he'd come Friday to get them. Pls
have her come in instead if she can, I want to check the fit on the new
receiver since her canal is so narrow.

C
""",
    dt(2025, 2, 12, 15, 50), patient="O'Sullivan")

add('phi', 'names', 'Re: ready for second eye?',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    """Yes. de la Fontaine's right eye is -0.25 sph, UCVA 20/20- at 1 month, no
CME. Go ahead and book the left, same lens model, target plano. He wants a
Tuesday.

MO

> From: Teresa Villanueva
> Sent: Monday, February 24, 2025 3:40 PM
> Subject: ready for second eye?
>
> Dr O, Jean-Luc de la Fontaine saw Dr K for his 1-month post op today.
> Is he cleared to schedule the LE?
""",
    dt(2025, 2, 25, 7, 12), patient='de la Fontaine')

add('phi', 'names', 'your 2:30',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    """Amira, your 2:30 - Bogdan, the gentleman Dr. Salazar sent for the cochlear
implant evaluation - his daughter called, they're stuck on 9 and will be
~20 min late. She said to remind everyone he's completely deaf on the right
now and relies on lipreading, so face him and don't wear a mask if you can.
She'll come in with him and sign the consent since he can't read small print
anymore (macular degeneration).

Meg
""",
    dt(2025, 3, 20, 14, 8), patient='Bogdan')

add('phi', 'names', 'biometry mismatch - Al-Qahtani',
    'Jerome Falk <jfalk@lindenridgeeye.com>',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    """Dr. O,

Mr. Abdulrahman Al-Qahtani's optical biometry doesn't match between eyes -
AL 23.12 OD vs 24.01 OS, K's within 0.3D. He's scheduled for RE surgery on the
28th. His old glasses Rx is about -2.50 OS and plano OD, so it might be real
(anisometropia) but I wanted to flag it before you pick the lens. I can repeat
with immersion A-scan Thursday when he comes in for his pre-op.

Jerome
""",
    dt(2025, 3, 18, 10, 2), patient='Al-Qahtani')

add('phi', 'names', 'add-on today - flashes/floaters',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    """Priya - can you squeeze in Ms. Subramaniam (Lakshmi S., the one who works
at the library) today? New flashes and a shower of floaters OD since last
night, -6.00 myope. I see a small horseshoe tear at 11 o'clock with some
pigment in the vitreous. She can be here by 3. Thanks!!

Hannah
""",
    dt(2025, 3, 19, 11, 27), patient='Subramaniam')

add('phi', 'names', 'glasses delay - Wiśniewska',
    'Jared Pruitt <jpruitt@lindenridgeeye.com>',
    'Optical Staff <optical@lindenridgeeye.com>',
    """FYI if Zofia Wiśniewska calls again: her progressives are held up at the
lab (they broke the first pair during edging). ETA Tuesday. She's pretty
upset, she's a few months out from her cornea transplant (DSAEK left eye)
and her vision is still shifting so Dr. K only wanted to do a temporary
pair anyway. Please be nice, comp the rush fee.

Also Mr. Chukwuemeka Nwosu's frames are in, not urgent.

Jared Pruitt, ABOC
Optical Manager | Linden Ridge Optical
""",
    dt(2025, 2, 27, 16, 15), patient='Wiśniewska')

# ---------------------------------------------------------------------------
# PHI: self
# ---------------------------------------------------------------------------

add('phi', 'self', 'question about my eye after the shot',
    'Dolores Marchetti <dmarchetti49@gmail.com>',
    'info@lindenridgeeye.com',
    """Hello,

This is Dolores Marchetti, my birthday is 6/11/1949. I had my second
injection in the left eye last Tuesday with Dr. Venkataraman and the white
part is still red in one spot and a little sore, mostly when I blink. My
vision is about the same as before. Is this normal or should I come in? I
don't want to bother the doctor if it is nothing.

Thank you,
Dolores
""",
    dt(2025, 3, 10, 19, 44), patient='Marchetti')

add('phi', 'self', 'Mateo - patching vs drops?',
    'Ana Ferreira <ana.ferreira.home@outlook.com>',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    """Hi Dr. K,

My son Mateo Ferreira (7) saw you in January for his lazy eye (the left
one). We were told to patch 2 hours a day and honestly it's a daily war, he
peels it off at school and the teacher can't keep up. Is it possible to switch
to the atropine drops you mentioned? His dad is fine with it.

Also his follow up is March 28 but we'll be away for spring break, can we move
it to April?

Thank you so much,
Ana
""",
    dt(2025, 3, 2, 21, 3), patient='Mateo Ferreira')

add('phi', 'self', 'left one whistles',
    'harold.jepson@comcast.net',
    'frontdesk@clearbrookhearing.com',
    """to whom it may concern

I'm Harold Jepson, I was fitted with new hearing aids in January by Colin. The
left one whistles every time I put my wool hat on or hug my granddaughter.
Also can someone tell me when my SoundPath plan lets me get a new pair again,
they told me every 3 years but the man on the phone said 2026?? My hearing
seems worse on the left since the flu too.

Harold
""",
    dt(2025, 2, 4, 8, 51), patient='Jepson')

add('phi', 'self', 'new glasses - should I wait?',
    'Priscilla Ng <pris.ng@icloud.com>',
    'Linden Ridge Optical <optical@lindenridgeeye.com>',
    """hi it's Priscilla Ng - I ordered new glasses w you guys in Jan but then I
had cataract surgery on my right eye on the 4th (Dr Oyelaran) and now I can
see far without glasses on that side?? do I need a new prescription before
you make the lenses? my left eye is getting done in April. don't want to pay
for lenses twice lol

thanks
Pris
Sent from my iPhone
""",
    dt(2025, 3, 8, 14, 2), patient='Ng')

_ilse = """Dear Clearbrook team,

I'm writing for my mother, Ilse Brandauer (born 02/09/1938), who is a patient
of Dr. Haddad. Her dementia has progressed a lot this winter and she keeps
taking out her hearing aids and hiding them - we have found one in the sugar
bowl and one is still missing. The staff at Maple Court Memory Care asked if
there is a kind that is harder to remove or that we can track with a phone.

Would it make sense to bring her in? She gets agitated in new places so a
morning appointment would be best. I have her healthcare power of attorney and
can send it over.

Many thanks,
Renate Brandauer-Holt
(555) 016-7734
"""
add('phi', 'self', 'my mother\'s hearing aids',
    'Renate Brandauer-Holt <renate.bh@gmail.com>',
    'info@clearbrookhearing.com',
    _ilse, dt(2025, 1, 30, 9, 26), cte='base64', patient='Brandauer')

add('phi', 'self', 'Re: Your upcoming appointment',
    'Gerald Whitcombe <gwhitcombe@yahoo.com>',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    """Yes I can come on the 18th for the measurements. Just so you know I'm on
Eliquis now since my mini stroke in December, and my cardiologist put me on
a water pill too. Does that matter for the cataract surgery? Nobody asked me
when I made the appointment. Thanks, Gerald Whitcombe

-----Original Message-----
From: Teresa Villanueva <tvillanueva@lindenridgeeye.com>
To: gwhitcombe@yahoo.com
Sent: Wed, Mar 5, 2025 10:14 am
Subject: Your upcoming appointment

Good morning Mr. Whitcombe,

We have you scheduled for your pre-operative measurements on Tuesday, March
18 at 9:00 AM. Please do not wear contact lenses for one week prior.

Teresa Villanueva
Surgical Coordinator
""",
    dt(2025, 3, 5, 12, 40), patient='Whitcombe')

add('phi', 'self', 'billing question - retina photos',
    'Tamsin Adebayo-Ruiz <tamsin.ar@protonmail.com>',
    'Billing <billing@lindenridgeeye.com>',
    """Hello, my name is Tamsin Adebayo-Ruiz, my Brightline member ID is
BVP-4471902-01. I got a bill for $240 for "fundus photography" from my eye
exam on Feb 6. I was told my vision plan covers the exam. I have type 1
diabetes which I assume is why the doctor took the pictures, but nobody told
me it would be billed separately or to my medical insurance instead. Can you
please resubmit it to Harborline Health (my medical plan) instead?

Thanks,
Tamsin
""",
    dt(2025, 3, 1, 11, 15), patient='Adebayo-Ruiz')

# ---------------------------------------------------------------------------
# PHI: ids
# ---------------------------------------------------------------------------

add('phi', 'ids', 'FA/ICG sched',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    'Imaging <imaging@lindenridgeeye.com>',
    """Pt: R. Kaczmarek   DOB 3.4.52   MRN 00418835
FA + ICG OU Thurs 8:30, dr V wants early frames OS (?polyp). pt allergic to
shellfish - not a contraindication but note it. Has had mild nausea w/ fluorescein
before, give zofran 4mg ODT 30 min prior per Dr V.
""",
    dt(2025, 3, 12, 7, 55), patient='Kaczmarek')

add('phi', 'ids', 'elig check',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    'Provider Services <provider.services@brightlinevision.com>',
    """Hi,

Checking benefits for member # 88130427-02, dob 19470921. She's 6 weeks
post-op bilateral cataract surgery and needs post-cataract glasses. Is the
post-cataract lens benefit available once per lifetime or once per eye? And
can she use it for progressives with the upgrade billed to her?

Danielle Soto
Billing Specialist, Linden Ridge Eye Group
tel 555-013-4410 ext 231 | fax 555-013-4499
""",
    dt(2025, 2, 18, 10, 33), patient='')

add('phi', 'ids', 'URGENT new wet AMD referral',
    'Samuel Greaves MD <sgreaves@maplestfm.org>',
    'Referrals <referrals@lindenridgeeye.com>',
    """Please call to schedule within the week:

Imogen Thackeray
41 Wren Hollow Rd, Apt 3B
Millbrook, NY 12945
home (555) 015-2281 / cell 555.017.6620

82 y/o, sudden distortion and a dark spot in the center of the right eye x
5 days, Amsler grid wavy at home. Known dry AMD, on AREDS2. She doesn't drive
- her neighbor will bring her.

Sam Greaves, MD
Maple Street Family Medicine
""",
    dt(2025, 3, 14, 16, 1), patient='Thackeray')

add('phi', 'ids', 'mislinked images',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    """Ruth,

Found the problem. Accession A24-118923 (fundus photos OU, 12/9) got attached
to chart #77124, but the images belong to the other Perez - Hector Perez, DOB 14
Feb 1961, chart 77192. The 77124 guy is the glaucoma pt, so his disc photos
from that day are still sitting unlinked in the modality worklist.

I can re-link both if you confirm. Dr V already signed the report on the wrong
chart so she'll have to addend.

Nils Ekdahl
IT / PACS Administrator
""",
    dt(2025, 1, 8, 13, 22), patient='Hector Perez')

add('phi', 'ids', 'Denial 67028 x2 - acct 100-448-213',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    'Lorraine Gutt <lgutt@medclaimpartners.com>',
    """Lorraine,

Acct 100-448-213, Farouk Haddadin, dob 1958-07-30. DOS 01/14/25, 67028-RT and
67028-LT with J0178 x2 (4 units). Payer denied the LT line as duplicate even
though we used RT/LT. Medicare ID 4TK8-QX2-PL61. Can you reopen as a
correction and not an appeal? Bilateral injections same day were medically
necessary for his bilateral CNV per Dr. V's note (attached to the claim).

thx
Danielle
""",
    dt(2025, 2, 21, 9, 48), patient='Haddadin')

add('phi', 'ids', 'financing app - Pruett',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    'Applications <apps@carelinefinance.com>',
    """Hello,

Submitting a hearing aid financing application on behalf of our patient:

Name: Eustace Pruett
DOB: 4 Mar 1941
SSN: xxx-xx-2287
Address: 902 Quarry Lane, Eastfield, MA 01028
Phone: 555-014-9937
Amount: $5,480.00 (bilateral premium RIC, severe loss)

Signed application and consent attached separately by fax. Please let us know
the decision before his fitting on 3/21.

Meg Ostrowski
Office Manager, Clearbrook Hearing & Audiology
""",
    dt(2025, 3, 6, 15, 12), patient='Pruett')

add('phi', 'ids', 'CL fitting - chart 2291774',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    'Contact Lens Dept <contacts@lindenridgeeye.com>',
    """chart 2291774 - Kayla Brandt-Olsen, dob 03/04/88

keratoconus OU, worse OS. scleral lens fit next Wed, 90 min slot. hx of a
corneal ulcer OS in 2022 from sleeping in soft CLs - she needs the hygiene
talk again. topography from today is in the chart. medical necessity letter
for her vision plan is drafted.
""",
    dt(2025, 2, 13, 12, 5), patient='Brandt-Olsen')

add('phi', 'ids', 'Authorization approved - BV-2025-0031187',
    'Brightline Vision Utilization Mgmt <um-noreply@brightlinevision.com>',
    'Billing <billing@lindenridgeeye.com>',
    """Brightline Vision Plan - Authorization Notice

Authorization #:  BV-2025-0031187
Subscriber ID:    6620-118-443
Subscriber:       Morrow, Dana
Dependent:        Ethan Morrow   DOB 11/02/2012   Rel: 19 (child)
Service:          Medically necessary contact lenses (keratoconus, OU)
Provider:         Hannah Kowalczyk, OD - NPI 1902847731
Status:           APPROVED
Valid:            02/20/2025 - 08/19/2025

This notice is not a guarantee of payment. Benefits are subject to eligibility
on the date of service.

Please do not reply to this message.
""",
    dt(2025, 2, 20, 6, 0), patient='Ethan Morrow')

# ---------------------------------------------------------------------------
# PHI: lists
# ---------------------------------------------------------------------------

add('phi', 'lists', 'Tues inj clinic huddle',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    'Retina Techs <retina-techs@lindenridgeeye.com>',
    """morning list for dr V, 3/18. * = needs consent redone

time\tpatient\t\teye\tdrug\tnotes
7:30\tHalvorsen, Arne\tOS\tafliber\t4wk recheck, OCT OU
7:45\tOkafor, Grace\tOU\tbev\tbilat, dilate both
8:00\tPaquette, Louis*\tOD\tranib\tfirst inj OD, anxious
8:15\tMbeki, Thandiwe\tOS\tfaric\tswitched from afliber
8:30\tDuarte, Rosa\tOD\tbev\tCRVO, IOP 26 last time
8:45\tLindgren, Per\tOS\tafliber\tneeds wheelchair

Rosa needs IOP checked after too. Louis's wife will want to come back w/ him,
that's fine.
""",
    dt(2025, 3, 17, 17, 30), patient='Halvorsen')

add('phi', 'lists', 'OR schedule Fri 3/21 - final',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    'ASC All <asc-all@lindenridgeeye.com>',
    """Final schedule for Friday. Please check your lens pulls tonight.

 #  TIME   PATIENT               AGE  EYE  PROC                 IOL          NOTES
 1  07:30  Tremblay, Gloria      71   OD   Phaco/IOL toric      DFT415 21.5  tamsulosin - Malyugin
 2  08:10  Whitcombe, Gerald     77   OD   Phaco/IOL            DCB00 20.0   on Eliquis
 3  08:45  Ng, Priscilla         64   OS   Phaco/IOL            DCB00 22.5
 4  09:20  Al-Qahtani, Abdul.    69   OD   Phaco/IOL            ZCB00 23.0   Arabic interp
 5  10:00  Fenwick, Doris        83   OS   Phaco/IOL + iStent   DCB00 19.5   glaucoma, hold Xalatan AM
 6  10:50  Osei-Bonsu, Kwame     58   OD   Phaco/IOL            ZCB00 24.5   diabetic, check BS on arrival

Dr. Oyelaran all cases. Anesthesia: MAC x6.

Teresa
""",
    dt(2025, 3, 20, 16, 10), patient='Tremblay')

_warranty = csv_text([
    ['patient_name', 'dob', 'phone', 'device', 'ear', 'fit_date', 'warranty_exp', 'notes'],
    ['Jepson, Harold', '1944-05-17', '555-014-3380', 'Lumen 90 RIC', 'B', '2025-01-14', '2028-01-14', 'L&D claim used 2025'],
    ["O'Sullivan, Maeve", '1936-11-02', '555-016-0042', 'Aria 70 BTE', 'B', '2022-04-08', '2025-04-08', 'receiver replaced 2/25'],
    ['Castellano, Raymond', '1948-08-29', '555-015-7712', 'Lumen 90 RIC', 'B', '2025-01-23', '2028-01-23', 'tinnitus program'],
    ['Brandauer, Ilse', '1938-02-09', '555-016-7734 (dtr)', 'Aria 50 ITC', 'B', '2021-10-19', '2024-10-19', 'EXPIRED - dementia, lost L'],
    ['Pruett, Eustace', '1941-03-04', '555-014-9937', 'Lumen 90 RIC', 'B', '2025-03-21', '2028-03-21', 'financing'],
    ['Quiñones, Beatriz', '1952-06-30', '555-017-2209', 'Aria 70 RIC', 'R', '2022-05-11', '2025-05-11', 'single-sided'],
])
add('phi', 'lists', 'warranties expiring Q2 - call list',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    'Colin Birch <cbirch@clearbrookhearing.com>',
    """Colin, attached is the export from the device module. The ones expiring
before end of June need a call for a clean & check + offer extended warranty.
Skip Mrs. Brandauer, her daughter is dealing with it.
""",
    dt(2025, 3, 3, 10, 0),
    atts=[dict(data=_warranty, subtype='csv', filename='warranty_export_2025-03-03.csv')],
    patient="O'Sullivan")

add('phi', 'lists', 'weekend call sign-out',
    'Daniel Ruiz-Amaro MD <druizamaro@lindenridgeeye.com>',
    'Ophtho Call <ophtho-call@lindenridgeeye.com>',
    """Sign-out for the weekend (Sat/Sun, I'm off from 7p Fri):

- Mrs. Petrakis, 78F, POD1 trab OS today. IOP 6, bleb formed. If she calls
  with pain/vision drop -> see her, r/o choroidals. Cell 555-015-4410.
- Tomás Ibarra, 34M, chemical splash (drain cleaner) OD at work Wed. Epi
  defect 40% today, on moxi q2h + pred qid + doxy. Coming in Sat 9am.
- Lakshmi Subramaniam - laser retinopexy OD Wed for HST, told her to call for
  new floaters/curtain.
- Baby girl Achterberg (NICU, St. Agatha's), ROP screen due Sun - zone II
  stage 1 last week, Dr V aware.
- ED at St. A may call re: Mr. Halvorsen's wife - no, that's not ours, she
  sees Westbrook. Just redirect.

Daniel
""",
    dt(2025, 3, 14, 17, 22), patient='Petrakis')

_noshow = make_xlsx([
    ['Appt Date', 'Provider', 'Patient', 'DOB', 'Phone', 'Visit Type', 'Prior No-Shows'],
    ['2025-03-03', 'Kowalczyk OD', 'Beaumont, Claire', '1990-12-01', '555-013-8821', 'CL follow-up', 2],
    ['2025-03-04', 'Kowalczyk OD', 'Tran, Minh Chau', '1979-07-16', '555-016-1197', 'Diabetic eye exam', 1],
    ['2025-03-05', 'Kowalczyk OD', 'Hollis, Jaden', '2011-03-22', '555-017-4458', 'Myopia control', 0],
    ['2025-03-06', 'Venkataraman MD', 'Grzyb, Stanisław', '1946-01-09', '555-015-0093', 'Injection OS', 3],
    ['2025-03-07', 'Oyelaran MD', 'Bello, Aminat', '1962-09-27', '555-014-6612', 'Cataract eval', 1],
], sheet='NoShows')
add('phi', 'lists', 'no-show report wk of 3/3',
    'Keisha Dunmore <kdunmore@lindenridgeeye.com>',
    'Clinic Managers <clinic-mgrs@lindenridgeeye.com>',
    """Hi all - weekly no show report attached. Mr. Grzyb is now at 3 missed
injections, Dr V asked that someone actually reach him (not just a voicemail),
his son's number is in the chart.

Keisha Dunmore
Front Office Lead
""",
    dt(2025, 3, 10, 8, 15),
    atts=[dict(data=_noshow, maintype='application',
               subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               filename='NoShow_Report_2025-03-03.xlsx')],
    patient='Grzyb')

_recall_csv = csv_text([
    ['LastName', 'FirstName', 'DOB', 'PCP', 'LastDilatedExam', 'LastA1c', 'Status'],
    ['Ellery', 'Deshawn', '03/19/1966', 'Greaves', '03/06/2025', '9.2', 'Referred to retina'],
    ['Fontaine', 'Marisol', '10/04/1971', 'Greaves', '01/12/2023', '7.4', 'OVERDUE'],
    ['Kapoor', 'Rohan', '05/28/1984', 'Lin', '08/30/2023', '8.1', 'OVERDUE'],
    ['Yilmaz', 'Emre', '12/15/1959', 'Greaves', '11/02/2024', '6.9', 'Current'],
    ['Baptiste', 'Jean-Robert', '02/07/1955', 'Lin', 'none on file', '10.3', 'NEVER SEEN'],
    ['Szabo', 'Erzsebet', '07/21/1949', 'Lin', '02/14/2024', '7.0', 'Due 2/2025'],
])
add('phi', 'lists', 'diabetic eye exam gap list for Maple St',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    'Tasha Lin MD <tlin@maplestfm.org>',
    """Dr. Lin,

As discussed at the quality meeting, here's the reconciliation of your panel's
diabetic patients against our exam records (zipped, password is the usual one
- I'll text it). The ones marked NEVER SEEN / OVERDUE would be great to get
referred so they count for your HEDIS numbers.

Best,
Hannah
""",
    dt(2025, 3, 13, 13, 45),
    atts=[dict(data=make_zip([('maple_dm_eye_gap_2025Q1.csv', _recall_csv)]),
               maintype='application', subtype='zip', filename='maple_dm_eye_gap_2025Q1.zip')],
    patient='Ellery')

add('phi', 'lists', 'NBHS refer list - Feb',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    'Newborn Screening Coordinator <nbhs@stagathas.org>',
    """Hi Joanne,

Follow-up status on the February refers you sent us:

| Infant                  | DOB      | Parent/guardian      | Screen     | Our dx ABR          |
|-------------------------|----------|----------------------|------------|---------------------|
| Boy Okonjo              | 02/03/25 | Chidinma Okonjo      | refer R    | normal both ears    |
| Ava Lindqvist-Moore     | 02/06/25 | Kirsten Moore        | refer B    | mild CHL, fluid, ENT|
| Girl Haddou             | 02/11/25 | Yasmina Haddou       | refer L    | not yet - no-show x2|
| Nathaniel Pires         | 02/19/25 | Cátia Pires          | refer R    | mod SNHL R, CMV swab|

The Haddou family has been hard to reach - phone 555-016-3321 goes to a full
voicemail. Could your social worker try?

Amira
""" + CBH_DISCLAIMER,
    dt(2025, 3, 7, 11, 40), patient='Okonjo')

# ---------------------------------------------------------------------------
# PHI: struct
# ---------------------------------------------------------------------------

add('phi', 'struct', 'interface error - IOP results not filing',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    'EHR Support <support@veritaseyeehr.com>',
    """Hi, ticket 55817 follow up. These ORUs from the tonometer gateway are
rejecting with "OBX-3 unknown code". Example below (copied from the engine
log):

MSH|^~\\&|TONOGATE|LRE|VERITAS|LRE|20250311093322||ORU^R01|TG000184471|P|2.5.1
PID|1||00418835^^^LRE^MR||KACZMAREK^RYSZARD^J||19520304|M|||77 Birch Ct^^Millbrook^NY^12945||555-015-8842
PV1|1|O|RET^EX3||||1457720331^VENKATARAMAN^PRIYA
OBR|1||TG184471|IOP^Intraocular pressure|||20250311092900
OBX|1|NM|IOP-OD^IOP right eye^L||17|mm[Hg]|10-21||||F
OBX|2|NM|IOP-OS^IOP left eye^L||23|mm[Hg]|10-21|H|||F
NTE|1||post injection check 30 min

We didn't change anything on our side. Can you look at the code table?

Nils
""",
    dt(2025, 3, 11, 9, 58), patient='Kaczmarek')

_adt = ('MSH|^~\\&|REGSYS|CLEARBROOK|AUDIOEHR|CLEARBROOK|20250204081502||ADT^A04|RG7781204|P|2.3\r'
        'EVN|A04|20250204081502\r'
        'PID|1||CB-0044219^^^CBH^MR~A2291457^^^SOUNDPATH^MB||JEPSON^HAROLD^W||19440517|M|||'
        '14 Orchard Terr^^Eastfield^MA^01028||(555)014-3380|||W|||031-44-2871\r'
        'PV1|1|O|AUD^RM2|||||||||||||||V5521873\r'
        'IN1|1|SPH01|88|SOUNDPATH HEARING BENEFITS||||||||||||JEPSON^HAROLD^W|18|19440517\r'
        'DG1|1||H90.3^Sensorineural hearing loss, bilateral^I10\r')
add('phi', 'struct', 'dup registrations again',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    """Nils - since you set up the interface for us: the registration system
created a second chart for Mr. Jepson this morning when he checked in for his
hearing aid follow-up. Attached the message the vendor pulled. Can you merge
or tell me who to call? Thanks!

Meg
""",
    dt(2025, 2, 4, 8, 40),
    atts=[dict(data=_adt.encode('ascii'), maintype='text', subtype='plain',
               filename='RG7781204.hl7')],
    patient='Jepson')

add('phi', 'struct', 'RE: 837 rejected - loop 2010BA',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    'EDI Support <edisupport@clearpathclearinghouse.com>',
    """The rejection says NM1 subscriber ID invalid but it matches the card. Here
is the claim segment from the file, can you tell me what's wrong?

ST*837*0021*005010X222A1~
BHT*0019*00*LRE250221A*20250221*1012*CH~
NM1*85*2*LINDEN RIDGE EYE GROUP PC*****XX*1548823017~
HL*2*1*22*0~
SBR*P*18*******MB~
NM1*IL*1*HADDADIN*FAROUK****MI*4TK8QX2PL61~
N3*1180 SYCAMORE BEND~
N4*MILLBROOK*NY*12945~
DMG*D8*19580730*M~
CLM*100448213*4850.00***11:B:1*Y*A*Y*Y~
HI*ABK:H35.3211*ABF:H35.3221~
LX*1~
SV1*HC:67028:RT*225.00*UN*1***1~
DTP*472*D8*20250114~
LX*2~
SV1*HC:67028:LT*225.00*UN*1***1~
LX*3~
SV1*HC:J0178*2200.00*UN*4***1~
SE*19*0021~

Danielle

-----Original Message-----
From: EDI Support
Sent: Friday, February 21, 2025 11:30 AM
Subject: 837 rejected - loop 2010BA

Claim 100448213 rejected at front end: 2010BA NM109 invalid.
""",
    dt(2025, 2, 21, 13, 5), patient='Haddadin')

add('phi', 'struct', '835 - hearing aid line paid $0',
    'Meg Ostrowski <mostrowski@clearbrookhearing.com>',
    'Billing Outsource <team@medclaimpartners.com>',
    """Can you tell me why this paid zero? Pulled from the ERA:

CLP*CB25011877*2*5480*0*1200*12*SP2501880441*11*1~
NM1*QC*1*CASTELLANO*RAYMOND*J***MI*SPH775104392~
NM1*82*1*HADDAD*AMIRA****XX*1730914462~
DTM*232*20250123~
SVC*HC:V5261:RT:LT*5480*0**2~
CAS*CO*119*4280~
CAS*PR*1*1200~
AMT*B6*0~

119 is benefit max? He hasn't had aids through SoundPath before as far as we
know. Mr C is going to flip if he gets a $5k bill.

Meg
""",
    dt(2025, 2, 28, 14, 20), patient='Castellano')

add('phi', 'struct', '271 response - vision benefits look wrong',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    'Provider Services <provider.services@brightlinevision.com>',
    """Your 271 is coming back with no materials benefit for this member, but she
says her employer plan includes frames. Raw response:

ISA*00*          *00*          *ZZ*BRIGHTLINE     *ZZ*LRE0001        *250303*0922*^*00501*000118822*0*P*:~
GS*HB*BRIGHTLINE*LRE0001*20250303*0922*118822*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG77120*20250303*0922~
HL*3*2*22*0~
NM1*IL*1*ADEBAYO-RUIZ*TAMSIN****MI*BVP447190201~
N3*5 LANTERN WAY APT 12~
N4*EASTFIELD*MA*01028~
DMG*D8*19930811*F~
EB*1*IND*AL*VIS~
EB*I**AM*VIS~
MSG*EXAM COVERED 1X/12 MO. MATERIALS NOT COVERED~
SE*11*0001~

Please check and advise.

Danielle Soto
""",
    dt(2025, 3, 3, 9, 40), patient='Adebayo-Ruiz')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "cb-0051873",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7741.1", "value": "CB-0051873"}],
        "name": [{"family": "Quiñones", "given": ["Beatriz", "Elena"]}],
        "gender": "female",
        "birthDate": "1952-06-30",
        "telecom": [{"system": "phone", "value": "555-017-2209"}]
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "Pure tone threshold 2000 Hz right ear"},
        "subject": {"reference": "Patient/cb-0051873"},
        "effectiveDateTime": "2025-03-05T10:20:00-05:00",
        "valueQuantity": {"value": 65, "unit": "dB HL"}
      }
    },
    {
      "resource": {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "Word recognition score right ear"},
        "subject": {"reference": "Patient/cb-0051873"},
        "effectiveDateTime": "2025-03-05T10:31:00-05:00",
        "valueQuantity": {"value": 52, "unit": "%"}
      }
    }
  ]
}"""
add('phi', 'struct', 'FHIR export - missing frequencies',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    'dev@audiobridgeapi.io',
    """Hey team,

Your /export endpoint is only emitting one frequency per ear for the
audiogram, we expect 250-8000. Sample from this morning's bundle (trimmed):

""" + _fhir + """

Is that a mapping config on our side or a bug?

--
Nils Ekdahl | IT / Integrations
Linden Ridge Eye Group & Clearbrook Hearing (shared services)
""",
    dt(2025, 3, 5, 11, 2), patient='Quiñones')

_ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Referral Summary</title>
  <effectiveTime value="20250310141500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="WIM-3390217" root="2.16.840.1.113883.3.9921"/>
      <addr use="HP"><streetAddressLine>1290 Canal St</streetAddressLine>
        <city>Westbrook</city><state>NY</state><postalCode>12950</postalCode></addr>
      <telecom value="tel:+1-555-016-8830" use="HP"/>
      <patient>
        <name><given>Oluwaseun</given><family>Adeyemi-Cole</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19570614"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Problems</title>
      <text>Type 2 diabetes mellitus with proliferative retinopathy, both eyes; CKD stage 3</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>insulin glargine 30 units nightly; lisinopril 20 mg daily; atorvastatin 40 mg</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
add('phi', 'struct', 'CCD from Westbrook - wrong name?',
    'Jerome Falk <jfalk@lindenridgeeye.com>',
    'Medical Records <records@lindenridgeeye.com>',
    """The referral CCD Westbrook sent for Mr Adeyemi-Cole has a different first
name than ours (we have Babatunde, they have Oluwaseun - maybe middle name?)
and the DOB matches. Pasting the header part so you can see. Should I import
it or hold?

""" + _ccd + """

Jerome
""",
    dt(2025, 3, 10, 15, 5), patient='Adeyemi-Cole')

# ---------------------------------------------------------------------------
# PHI: lang
# ---------------------------------------------------------------------------

add('phi', 'lang', 'gotas de mi papá después de la cirugía',
    'Lucía Benavides <lucia.benavides82@gmail.com>',
    'info@lindenridgeeye.com',
    """Buenas tardes,

Les escribo por mi papá, Ernesto Benavides Rojas, que operaron de catarata del
ojo derecho el viernes con el Dr. Oyelaran. En la hoja dice que use las gotas
de prednisolona 4 veces al día y las de antibiótico también, pero la farmacia
le dio solo una botella. ¿Las dos son necesarias? Además hoy amaneció con el
ojo un poco rojo y dice que ve como nublado. Su cita de control es el martes.

Mi teléfono es 555-015-6671.

Muchas gracias,
Lucía
""",
    dt(2025, 3, 16, 15, 22), patient='Benavides')

add('phi', 'lang', 'aparelho auditivo - Sr. Gonçalves',
    'Fernanda Gonçalves <fegoncalves@hotmail.com>',
    'Clearbrook Hearing <info@clearbrookhearing.com>',
    """Olá,

Meu marido, Antônio Gonçalves, fez o exame de audição com a Dra. Haddad no mês
passado e ela disse que ele tem perda auditiva moderada nos dois ouvidos.
Ele quer experimentar os aparelhos, mas só fala português e ficou com muitas
dúvidas. Vocês têm alguém que fale português para a consulta? A data de
nascimento dele é 22/08/1950.

Obrigada,
Fernanda
""",
    dt(2025, 2, 26, 18, 7), patient='Gonçalves')

add('phi', 'lang', 'Hỏi về lịch chích thuốc của mẹ tôi',
    'Phạm Quốc Bảo <bao.pham.q@gmail.com>',
    'Retina Scheduling <retina-sched@lindenridgeeye.com>',
    """Chào phòng khám,

Tôi là con trai của bà Trần Thị Mai (sinh ngày 12/05/1945). Mẹ tôi được bác sĩ
Venkataraman chích thuốc vào mắt trái mỗi 6 tuần vì bệnh thoái hóa điểm vàng.
Lần chích kế tiếp là ngày 25/3 nhưng tôi phải đi công tác, không chở mẹ đi
được. Xin cho dời sang tuần sau được không? Mẹ tôi không nói được tiếng Anh,
xin gọi cho tôi ở số 555-014-2096.

Cảm ơn nhiều,
Bảo
""",
    dt(2025, 3, 12, 20, 31), patient='Trần Thị Mai')

add('phi', 'lang', 'gout pou tansyon nan je m',
    'Wilner Duverger <wduverger55@yahoo.com>',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    """Bonjou Doktè,

Se Wilner Duverger, ou te wè m mwa pase pou tansyon nan je m (glokòm). Gout
latanoprost la fè je m wouj anpil epi li grate m chak maten. Mwen sispann
mete l depi 4 jou. Èske m ka chanje l pou yon lòt gout? Dat nesans mwen se
9 out 1961.

Mèsi anpil,
Wilner
""",
    dt(2025, 2, 9, 7, 44), patient='Duverger')

add('phi', 'lang', 'Пациентка Соколова - перевод на инъекции',
    'Irina Volkova <ivolkova@lindenridgeeye.com>',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    """Dr. V - summary of what she told me in Russian below, for the chart, English
under it.

Соколова Галина Петровна, 1941 г.р. Жалуется, что после последней инъекции в
правый глаз неделю видела "мушки" и было больно. Боится следующей инъекции,
просит больше обезболивающих капель. Дочь (Ольга) будет сопровождать.

-> Galina Sokolova: floaters and pain for a week after last R eye injection,
scared of the next one, asks for more numbing drops. Daughter Olga will come.

Irina Volkova
Medical Interpreter (Russian/Ukrainian)
""",
    dt(2025, 3, 6, 12, 2), patient='Sokolova')

add('phi', 'lang', 're: post op instructions po',
    'Marites Dela Rosa <marites.delarosa@gmail.com>',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    """Hi ma'am Teresa,

Si Marites Dela Rosa po ito, yung na-operahan ng katarata sa left eye kahapon.
Okay naman po ang paningin ko pero medyo masakit pa at parang may buhangin sa
mata. Pwede na po ba akong mag-drive papuntang trabaho sa Monday? At yung
shield po, sa gabi lang ba isusuot? Sorry po sa daming tanong.

Salamat po,
Tess
""",
    dt(2025, 3, 22, 9, 10), patient='Dela Rosa')

add('phi', 'lang', 'استفسار عن فحص السمع لوالدي',
    'Khalid Mansour <khalid.mansour@outlook.com>',
    'info@clearbrookhearing.com',
    """السلام عليكم،

أكتب إليكم بخصوص والدي السيد يوسف منصور (تاريخ الميلاد 1947/03/15). أجرى
فحص السمع عندكم يوم الخميس الماضي، وقالت الطبيبة إن لديه ضعف سمع حسي
عصبي في الأذن اليسرى ويحتاج إلى سماعة. هل يمكن إرسال نتيجة الفحص إلى
طبيب الأنف والأذن الدكتور سالازار؟ وهل التأمين يغطي السماعة؟

رقم هاتفي: 555-017-3045

مع الشكر،
خالد منصور
""",
    dt(2025, 3, 9, 16, 48), patient='منصور')

add('phi', 'lang', '关于我父亲的白内障手术',
    'Chen Wei <chenwei.family@163.com>',
    'Teresa Villanueva <tvillanueva@lindenridgeeye.com>',
    """您好，

我父亲陈国华（出生日期：1949年8月3日）预约了4月2日在你们诊所做右眼白内障手术，
医生是Oyelaran医生。他有糖尿病，每天早上打胰岛素。请问手术那天早上需要空腹吗？
胰岛素要不要减量？他不会说英语，手术那天我会陪他去。

谢谢！
陈伟
电话：555-016-5528
""",
    dt(2025, 3, 24, 21, 15), patient='陈国华')

# ---------------------------------------------------------------------------
# CLEAN: admin
# ---------------------------------------------------------------------------

add('clean', 'admin', 'INC-20931 OCT room 4 cannot reach imaging server',
    'ServiceDesk <servicedesk@lindenridgeeye.com>',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    """Incident INC-20931 has been assigned to you.

Caller:     Ruth Abernathy (ext 244)
Location:   Retina suite, Exam 4
Category:   Imaging > Modality connectivity
Priority:   P2 - clinic impacted
Summary:    OCT workstation LRE-OCT-04 shows "DICOM store failed (0xA700)"
            since ~07:40. Scans saving locally only. Techs re-routing to
            Exam 3.

Notes from caller: rebooted twice, cable looks fine, other rooms OK.

Please update the ticket within 1 hour per P2 SLA.
--
Linden Ridge Shared Services IT | servicedesk@lindenridgeeye.com | x4357
""",
    dt(2025, 3, 11, 7, 58))

add('clean', 'admin', 'Tech coverage - retina clinic wk of 4/14',
    'Ruth Abernathy COE <rabernathy@lindenridgeeye.com>',
    'Ophthalmic Techs <techs@lindenridgeeye.com>',
    """Hi team,

I'm out 4/14-4/18 (finally a vacation!). Coverage:

Mon  - Jerome (lead), Brittany, float from optometry (Sam T.)
Tue  - injection day: Jerome, Brittany, Irina for interp AM
Wed  - Brittany, Sam T.; Dr V is in surgery PM so clinic ends at 12
Thu  - Jerome, Sam T.
Fri  - Dr V off, no retina clinic. Techs help w/ cataract pre-ops.

Injection consent binder is in the cabinet above the sink, the supply order
goes in Thursday by noon (PO template on the shared drive). Call my cell only
if the building is on fire: 555-013-9027.

Ruth Abernathy, COE
Ophthalmic Technician Supervisor
""" + LRE_DISCLAIMER,
    dt(2025, 3, 28, 14, 44))

add('clean', 'admin', 'Sterilizer PM - ASC - Tues 4/1',
    'Facilities <facilities@lindenridgeeye.com>',
    'ASC All <asc-all@lindenridgeeye.com>',
    """All,

Preventive maintenance on both steam sterilizers in the ASC is booked for
Tuesday 4/1, 6:00-9:30 AM. Vendor tech is Rick Dombrowski from Tri-County
BioMed (cell 555-019-0190), PO 44721. First case is moved to 10:00 that day;
Teresa has already adjusted the schedule. Please make sure the phaco packs
for the first three cases are processed Monday afternoon.

Also: the back parking lot will be re-striped Sat 3/29, please park out front.

Thanks,
Gus Whitfield
Facilities Coordinator
""",
    dt(2025, 3, 24, 11, 30))

_inv_html = """<html><body>
<table style="font-family:Arial;font-size:10pt;border-collapse:collapse">
<tr><td colspan="4"><b>OptiLens Labs, Inc.</b> &mdash; Invoice INV-88213</td></tr>
<tr><td>Bill to:</td><td colspan="3">Linden Ridge Optical, Acct #LR-20417</td></tr>
<tr><th align="left">Item</th><th>Qty</th><th>Unit</th><th>Ext</th></tr>
<tr><td>Progressive blanks 1.67 AR</td><td>42</td><td>$38.50</td><td>$1,617.00</td></tr>
<tr><td>Polycarbonate SV blanks</td><td>60</td><td>$9.20</td><td>$552.00</td></tr>
<tr><td>Photochromic upcharge</td><td>18</td><td>$14.00</td><td>$252.00</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td><b>$2,421.00</b></td></tr>
</table>
<p>Terms: Net 30. Remit to OptiLens Labs, PO Box 7720, Albany NY.</p>
</body></html>
"""
add('clean', 'admin', 'Invoice INV-88213 from OptiLens Labs',
    'AR <ar@optilenslabs.com>',
    'Jared Pruitt <jpruitt@lindenridgeeye.com>',
    """OptiLens Labs, Inc. - Invoice INV-88213
Bill to: Linden Ridge Optical, Acct #LR-20417
Invoice date 03/01/2025, due 03/31/2025

Progressive blanks 1.67 AR      42 x $38.50   $1,617.00
Polycarbonate SV blanks         60 x  $9.20     $552.00
Photochromic upcharge           18 x $14.00     $252.00
                                       TOTAL  $2,421.00

Terms: Net 30. Remit to OptiLens Labs, PO Box 7720, Albany NY.
Questions: Brenda Yoakum, 555-018-4400
""",
    dt(2025, 3, 1, 5, 12), html=_inv_html)

add('clean', 'admin', 'Fee schedule update: 67028, 66984, 92134 eff 4/1',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    'Billing <billing@lindenridgeeye.com>',
    """Team,

Brightline and Harborline both sent their 2025 fee schedules. Changes that
hit us most (allowed, non-facility):

CPT/HCPCS   Harborline   Brightline   note
67028       $101.12      n/a          intravitreal inj
66984       $512.40      n/a          cataract w/ IOL
92134       $38.77       $35.00       OCT retina
92004       $142.10      $68.00       new pt comprehensive
V2020       n/a          $55.00       frames allowance

I've loaded them into the billing system under effective date 04/01/2025.
Please don't adjust any claims with DOS before that. Payer contracts folder
has the PDFs.

Danielle Soto
Billing Specialist
""",
    dt(2025, 3, 19, 15, 3))

add('clean', 'admin', 'CAQH re-attestation + license renewal reminders',
    'Credentialing <credentialing@lindenridgeeye.com>',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    """Dr. Oyelaran,

Friendly reminder of upcoming deadlines:

- CAQH ProView re-attestation due 06/30/2025 (CAQH ID 14479022)
- NY medical license #287731 expires 09/30/2025 - renew online
- DEA registration FO8812334 - expires 11/30/2025
- St. Agatha's reappointment packet due 05/15

Please also send me your updated CV with the 2024 CME hours (we have 38.5 on
file, need 50 by year end). NPI 1457720998 is unchanged, no action.

Thanks!
Sharon Pike
Credentialing & Provider Enrollment
""",
    dt(2025, 3, 21, 10, 25))

add('clean', 'admin', 'Open enrollment - staff vision & hearing benefit changes',
    'HR <hr@lindenridgeeye.com>',
    'All Staff <allstaff@lindenridgeeye.com>',
    """Hi everyone,

Open enrollment for 2025-26 benefits runs May 1-15. A few changes:

* Employee vision plan stays with Brightline; frame allowance goes up to
  $175 and the contact lens allowance to $160.
* New this year: a hearing benefit through SoundPath (1 pair of aids every 3
  years, $1,500 allowance per ear), employee + dependents.
* Staff discount at Linden Ridge Optical stays at 30%.

Info sessions: Tue 5/6 at 12:15 (break room) and Thu 5/8 at 4:30 (Zoom).
Questions to Patrice Onyango, HR Generalist, x212.

Reminder: never put your own or a family member's medical info in an email
to HR - call or come by.

HR
""",
    dt(2025, 4, 22, 9, 0))

# ---------------------------------------------------------------------------
# CLEAN: lookalike
# ---------------------------------------------------------------------------

add('clean', 'lookalike', 'Biscuit - surgery estimate & pre-op instructions',
    'Oak Hollow Veterinary Clinic <frontdesk@oakhollowvet.com>',
    'Carol Jensen <caroljensen.home@gmail.com>',
    """Hi Carol,

Thanks for bringing Biscuit in today. As Dr. Amsel discussed, Biscuit has a
prolapsed third eyelid gland ("cherry eye") in the right eye and early dry
eye. We recommend the gland replacement (pocket) surgery.

Patient: Biscuit (canine, beagle, M/N, DOB 04/2019)
Client #: 30188   Patient #: 30188-02
Estimate: $780 - $940 incl. anesthesia and e-collar

Pre-op: no food after 10 PM the night before, water is fine. Drop-off 7:30 AM
on Thursday 3/27. Continue the Optimmune ointment twice daily until then.

Oak Hollow Veterinary Clinic
555-012-7788
""",
    dt(2025, 3, 18, 17, 15))

add('clean', 'lookalike', 'Your body composition scan results - Member #44718',
    'IronPeak Fitness <coach@ironpeakfit.com>',
    'devon.marsh88@gmail.com',
    """Hey Devon!

Great job on your 12-week check-in. Here are your InBody results:

Member #:        44718
Scan date:       03/08/2025
Weight:          184.2 lb  (-6.4)
Body fat:        21.3%     (-3.1%)
Skeletal muscle: 81.0 lb   (+1.8)
Resting HR:      58 bpm

Your coach Tasha will review your new program at your next session. Keep
hitting that protein target!

Not medical advice. Consult your physician before starting any exercise
program.

IronPeak Fitness - Eastfield
""",
    dt(2025, 3, 8, 18, 30))

add('clean', 'lookalike', 'Member # 0088213-4 - auto loan payoff letter',
    'Millbrook Community Credit Union <loans@millbrookccu.org>',
    'Howard Felsted <hfelsted@outlook.com>',
    """Dear Howard Felsted,

As requested, your payoff quote for loan 0088213-4 (2019 Subaru Outback) is
$6,214.37, good through 04/04/2025. Per diem interest is $0.92.

Your member # is the same as your loan suffix 0088213. You can pay at any
branch, by ACH, or by check payable to Millbrook Community Credit Union, 300
Main St, Millbrook NY. Your title will be mailed within 10 business days of
payoff.

Member Services
555-011-3000 | Federally insured by NCUA
""",
    dt(2025, 3, 20, 12, 0))

add('clean', 'lookalike', 'Your trip confirmation - ZK7QPM',
    'SkyHarbor Airlines <reservations@skyharborair.com>',
    'Ines Kovač <ines.kovac@gmail.com>',
    """Confirmation: ZK7QPM

Passenger: KOVAC/INES MS    Frequent flyer: SH 448 201 9937
Flight SH 2218  ALB -> MCO  Sat 12 Apr 2025  dep 06:40  arr 09:35  seat 14C
Flight SH 2219  MCO -> ALB  Sat 19 Apr 2025  dep 17:10  arr 20:05  seat 14C

Special service requests: WCHR (wheelchair to gate) - confirmed
Checked bags: 1 included

Traveling with medication or medical devices? Carry them in your cabin bag.
Liquid medications over 3.4 oz are allowed - declare at screening.
""",
    dt(2025, 3, 2, 22, 14))

add('clean', 'lookalike', 'Re: the big oak - diagnosis and quote',
    'Cal Brightwater <cal@brightwatertree.com>',
    'Nora Eastman <nora.eastman@gmail.com>',
    """Hi Nora,

Had a good look at the red oak by the driveway. Diagnosis: root rot
(Armillaria) on the north side and a lot of dieback in the crown, maybe 30%.
It's not dead yet but she's sick. Options:

1) Crown reduction "surgery" + root collar excavation and treatment, $1,850,
   recheck in 12 months.
2) Full removal + stump grinding, $3,400.

If you go with option 1 we'd want to inject a fungicide in spring. Honestly
I'd lean toward removal given how close it is to the house.

Cal Brightwater, ISA Certified Arborist NE-7714A
Brightwater Tree Care | 555-019-2626
""",
    dt(2025, 3, 13, 19, 2))

add('clean', 'lookalike', 'postmortem: patient-worker OOM kills (SEV2)',
    'Priyanka Rao <priyanka@tidecastle.dev>',
    'eng-oncall@tidecastle.dev',
    """Postmortem - SEV2 - 2025-03-04

Summary: the `patient-worker` pods (the retry process that "patiently" waits
on the upstream billing API) were OOM-killed in a loop for ~47 min.

Symptoms: p99 latency 12s, 1,204 jobs sent to the dead-letter queue.
Diagnosis: the backoff cache never evicted entries -> memory leak, ~40 MB/min.
Treatment: hotfix v3.14.2 caps cache at 10k entries; pods restarted 14:52.
Prognosis: good. Follow-ups:
  - TKT-8812 add memory alerts at 80% of limit (owner: Marco)
  - TKT-8813 triage dead-letter queue, replay in batches (owner: me)

Blameless, as always. Thanks to everyone who jumped on.
Priyanka
""",
    dt(2025, 3, 5, 10, 40))

add('clean', 'lookalike', 'Claim AU-7731902 - windshield replacement approved',
    'Granite Mutual Auto Claims <claims@granitemutual.com>',
    'Peter Lindahl <plindahl@gmail.com>',
    """Dear Peter Lindahl,

Your glass claim has been approved.

Claim number:   AU-7731902
Policy number:  GM-40-8812-7710
Vehicle:        2021 Honda CR-V, VIN ending 4471
Date of loss:   03/02/2025
Damage:         crack in driver's line of sight (eye level), 14 in.
Deductible:     $0 (full glass coverage)

Our partner ClearVue Auto Glass will call you to schedule. Because your
vehicle has a lane-keeping camera, recalibration is included.

No injuries were reported on this claim. If anyone was hurt, please tell us
so we can open a medical payments claim.

Granite Mutual Insurance
""",
    dt(2025, 3, 4, 14, 18))

# ---------------------------------------------------------------------------
# CLEAN: news
# ---------------------------------------------------------------------------

add('clean', 'news', 'State EHDI bulletin: 2024 newborn hearing screening data',
    'State Dept of Health EHDI Program <ehdi-news@health.state.example.gov>',
    'Audiology Providers List <ehdi-providers@lists.health.state.example.gov>',
    """EARLY HEARING DETECTION & INTERVENTION - Provider Bulletin, March 2025

2024 preliminary statewide data:
  Births reported ............................ 104,228
  Screened before 1 month .................... 98.1%
  Refer on final inpatient screen ............ 1.6%
  Diagnostic evaluation by 3 months .......... 71.4% (goal 85%)
  Loss to follow-up / documentation .......... 19.8%
  Confirmed permanent hearing loss ........... 212 infants (2.0 per 1,000)

Reminders:
- Report all diagnostic results within 7 days through the EHDI portal.
- Congenital CMV testing for infants who refer is now recommended before 21
  days of age.
- Free CEU webinar: "Pediatric ABR pitfalls", April 16, 12:00-1:00.

To unsubscribe, reply with REMOVE in the subject.
""",
    dt(2025, 3, 3, 8, 0))

_recall_html = """<html><body style="font-family:Arial">
<h2 style="color:#b00">URGENT: Voluntary Recall</h2>
<p><b>ClearDew Lubricant Eye Drops 0.5% (15 mL)</b> &mdash; lots CD24117, CD24118, CD24131</p>
<p>Reason: possible microbial contamination identified during routine testing.
Use of contaminated eye drops could result in eye infections that may lead to
loss of vision. No adverse events have been reported to date.</p>
<p>Practices: please remove affected lots from sample cabinets and optical
counters and advise patients who may have purchased them to stop use.</p>
<p>Questions: Nordvale Pharma Recall Center, 1-800-555-0162, Mon-Fri 8-6 ET.</p>
</body></html>
"""
add('clean', 'news', 'URGENT Recall: ClearDew Lubricant Eye Drops - lots CD24117/18/31',
    'Nordvale Pharma Safety <safety-notices@nordvalepharma.com>',
    'practice-contacts@lindenridgeeye.com',
    """URGENT: Voluntary Recall

ClearDew Lubricant Eye Drops 0.5% (15 mL) - lots CD24117, CD24118, CD24131

Reason: possible microbial contamination identified during routine testing.
Use of contaminated eye drops could result in eye infections that may lead to
loss of vision. No adverse events have been reported to date.

Practices: please remove affected lots from sample cabinets and optical
counters and advise patients who may have purchased them to stop use.

Questions: Nordvale Pharma Recall Center, 1-800-555-0162, Mon-Fri 8-6 ET.
""",
    dt(2025, 2, 14, 11, 0), html=_recall_html)

add('clean', 'news', 'Linden Ridge Eye Notes - November: Diabetes Awareness Month',
    'Linden Ridge Eye Group <newsletter@lindenridgeeye.com>',
    'subscribers@lists.lindenridgeeye.com',
    """LINDEN RIDGE EYE NOTES - November 2024

** Diabetes can steal vision without symptoms **
About 1 in 4 adults with diabetes has some diabetic retinopathy, and many
don't know it. A yearly dilated exam is the best way to catch changes early,
when treatments like laser or injections work best. Bring your latest A1c
number to your visit!

** Meet Dr. Hannah Kowalczyk **
Dr. K joined our optometry team in 2021 and leads our contact lens and
myopia-control clinic. Outside the office she coaches U10 soccer and is
still trying to grow tomatoes.

** Holiday hours **
Closed Thu 11/28 and Fri 11/29. Optical open Sat 11/30, 9-1.

** Hearing + vision **
Our sister practice Clearbrook Hearing & Audiology offers free hearing
screenings every first Friday. Call 555-014-2200.

You're receiving this because you signed up at lindenridgeeye.com.
Unsubscribe | Update preferences
""",
    dt(2024, 11, 1, 7, 0))

add('clean', 'news', 'ASRS Advocacy Update: proposed 2026 fee schedule',
    'Retina Advocacy Digest <digest@retinaadvocacy.example.org>',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    """RETINA ADVOCACY DIGEST - Issue 14

- CMS proposed rule: conversion factor up 0.6%, but CPT 67028 work RVU held
  flat at 1.44. Comment period closes Sept 9.
- Step therapy: two large MA plans will again require a bevacizumab trial
  before aflibercept or faricimab for new nAMD starts. Our letter to CMS is
  linked below.
- Biosimilar update: a third aflibercept biosimilar is expected to launch Q3;
  J-code assignment pending.
- Survey: 62% of responding practices report buy-and-bill margin losses on at
  least one anti-VEGF agent in 2024.

Read more | Forward to a colleague | Manage subscription
""",
    dt(2025, 7, 15, 9, 30))

add('clean', 'news', 'Hearing Health Monthly - OTC aids two years in',
    'Hearing Health Monthly <editor@hearinghealthmonthly.example.com>',
    'ahaddad@clearbrookhearing.com',
    """HEARING HEALTH MONTHLY

OTC hearing aids: what the data show so far
A national consumer survey of 3,100 adults with self-reported hearing
difficulty found 14% had tried an over-the-counter device; 41% of those
later sought an audiologist. Return rates for OTC devices averaged 22%.

Tinnitus research roundup
Bimodal stimulation trials continue to report modest improvements in
tinnitus handicap scores; effect sizes remain small.

Practice tip
Consider offering an OTC "tune-up" visit: verification and counseling for
devices purchased elsewhere.

Upcoming: State Academy of Audiology spring meeting, May 9-10.
""",
    dt(2025, 1, 10, 6, 30))

add('clean', 'news', 'The Ridge Report - Q1 staff newsletter',
    'Communications <comms@lindenridgeeye.com>',
    'All Staff <allstaff@lindenridgeeye.com>',
    """THE RIDGE REPORT - Q1 2025

By the numbers (Jan-Mar):
  Cataract cases in the ASC ........ 611 (on pace for our first 2,400 year!)
  Intravitreal injections .......... 2,318
  Comprehensive hearing evals ...... 402
  Glasses dispensed ................ 1,377
  Endophthalmitis cases ............ 0  (thank you, ASC team)

Welcome! Daniel Ruiz-Amaro, MD (glaucoma) and Irina Volkova (medical
interpreter, Russian/Ukrainian).

Kudos: Colin Birch passed his BC-HIS board exam. Jared and the optical team
cut remake rates to 3.1%.

Reminder: the Press Ganey survey comments are shared in huddles with names
removed. Please don't forward raw survey comments outside the group.
""",
    dt(2025, 4, 4, 12, 0))

# ---------------------------------------------------------------------------
# CLEAN: staff
# ---------------------------------------------------------------------------

add('clean', 'staff', 'treat-and-extend: when do we stop extending?',
    'Priya Venkataraman MD <pvenkataraman@lindenridgeeye.com>',
    'Retina Docs <retina-docs@lindenridgeeye.com>',
    """Team,

Trying to standardize our T&E rules before the new fellow starts. Proposal:

- Start q4w x3 loading doses for new nAMD.
- Extend by 2 wks if dry on OCT (no IRF/SRF, stable CST within 25 um).
- Shorten by 2 wks for any new fluid, back to the last dry interval.
- Max interval 16 wks (20 for faricimab if dry x2).
- Consider switching agents if never dry after 6 injections.

Example: last month a 70s female with a PED that never flattened - I kept
extending because the PED was "stable" and we were probably undertreating.
Thoughts on whether PED height should count?

Priya
""",
    dt(2025, 3, 26, 18, 5))

add('clean', 'staff', 'RE: NAL-NL2 vs DSL for teens',
    'Colin Birch <cbirch@clearbrookhearing.com>',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    """I've always done DSL up to 18 and switched when they complain it's too
loud. But if kids are coming from another clinic on NAL, I keep them there.
Honestly it's more about what they're used to.

-----Original Message-----
From: Amira Haddad AuD
Sent: Wednesday, March 19, 2025 8:02 PM
To: Colin Birch
Subject: NAL-NL2 vs DSL for teens

General question: for a teen with a mild-moderate flat loss who's a new user
and in a noisy high school, do you start on DSL v5 child or NAL-NL2? I lean
DSL for audibility but the loudness complaints make them stop wearing them.
Curious what you do.

Amira
""",
    dt(2025, 3, 20, 7, 31))

add('clean', 'staff', 'toric misalignment - let\'s look at our data',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    'Cataract Surgeons <cataract-md@lindenridgeeye.com>',
    """Colleagues,

Our Q4 audit: 9 of 184 toric IOLs (4.9%) had >10 deg rotation at 1 week,
vs ~2% benchmark. 6 of the 9 were long eyes (AL > 25.5). Suggestions:

1. Fully remove OVD behind the lens in long eyes, then recheck axis.
2. Consider a capsular tension ring when AL > 26.
3. Mark at the slit lamp seated, not in pre-op.

I'll present at the April M&M. No individual cases will be shown, just the
aggregate and the technique video.

Marcus
""",
    dt(2025, 1, 28, 20, 12))

add('clean', 'staff', 'intracameral moxi dose - checking our protocol',
    'Daniel Ruiz-Amaro MD <druizamaro@lindenridgeeye.com>',
    'Marcus Oyelaran MD <moyelaran@lindenridgeeye.com>',
    """Marcus,

Pharmacy asked me to confirm the intracameral moxifloxacin prep: we're doing
0.1 mL of 1 mg/mL (i.e. 100 mcg) diluted from the 0.5% ophthalmic, yes? The
ASC policy document still says 0.5 mg/0.1 mL, which I think is the older
undiluted protocol. Some places use 250-500 mcg now. Want to make sure we're
all doing the same thing before the CMS survey.

Also: do we still give topical antibiotic post-op if we give intracameral?
I've been skipping it in low-risk eyes.

Daniel
""",
    dt(2025, 2, 10, 12, 48))

add('clean', 'staff', 'narrow angles - when do you refer?',
    'Hannah Kowalczyk OD <hkowalczyk@lindenridgeeye.com>',
    'Optometry <optometry@lindenridgeeye.com>',
    """Quick poll for the ODs: what's your threshold to send someone for LPI?

I've been referring anything Van Herick grade 1 or gonio with <180 deg of
visible TM, but Dr. Ruiz-Amaro says post-ZAP most primary angle closure
suspects can just be watched. He's fine with us sending if we're unsure, but
he'd like gonio photos or AS-OCT in the referral.

Also please stop dilating grade 1 angles at the first visit without
checking with someone - we had a near miss last month (no harm, pressure came
down with drops).

H
""",
    dt(2025, 3, 4, 17, 55))

add('clean', 'staff', 'M&M case summary - CRAO (de-identified)',
    'Daniel Ruiz-Amaro MD <druizamaro@lindenridgeeye.com>',
    'Ophthalmology Providers <ophtho-md@lindenridgeeye.com>',
    """For Thursday's M&M. De-identified per policy.

Case: 80s male, sudden painless vision loss one eye, presented ~6 h after
onset. VA count fingers. Cherry-red spot, boxcarring. No GCA symptoms, ESR and
CRP normal. Sent to ED for stroke workup per protocol - carotid stenosis
found, vascular surgery involved.

Discussion points:
- Door-to-ED time was 90 min; phone triage initially booked as routine.
- Should we have a "stroke in the eye" script for the front desk?
- Role of ocular massage/AC paracentesis (we didn't).

Please don't bring charts to the conference room; slides only.

Daniel Ruiz-Amaro, MD
Glaucoma & Comprehensive Ophthalmology
""",
    dt(2025, 3, 25, 16, 20))

add('clean', 'staff', 'reminder: 45-day trial/return window counseling',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    'Clearbrook Clinical <clinical@clearbrookhearing.com>',
    """Hi all,

We've had a few returns come in at day 50+ lately and the manufacturer won't
take them back. Please:

- Write the return deadline date on the purchase agreement AND say it out
  loud at the fitting.
- Book the 2-week follow-up before they leave.
- For family members who help with the device, give them a copy of the
  care sheet too.

Restocking fee stays at 10%. Thanks for keeping an eye on this.

Amira
""" + CBH_DISCLAIMER,
    dt(2025, 2, 17, 8, 45))

# ---------------------------------------------------------------------------
# CLEAN: training
# ---------------------------------------------------------------------------

add('clean', 'training', 'Veritas Eye EHR demo - sandbox logins for Thursday',
    'Kristen Albright <kalbright@veritaseyeehr.com>',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    """Hi Nils,

For Thursday's injection-workflow demo we loaded the sandbox with sample
records only. Please use these test patients:

  TEST, PATIENT ONE     DOB 01/01/1900   MRN ZZ0000001   (nAMD, OS)
  TEST, PATIENT TWO     DOB 01/01/1900   MRN ZZ0000002   (DME, OU)
  ZZTEST, RETINA        DOB 02/02/1902   MRN ZZ0000017   (BRVO, OD)

Sandbox URL and logins will come separately. Nothing in the sandbox is
connected to your production database.

Kristen Albright
Implementation Consultant, Veritas Eye EHR
""",
    dt(2025, 3, 17, 13, 10))

add('clean', 'training', 'interface test msgs for tonometer gateway (TEST ENV)',
    'Nils Ekdahl <nekdahl@lindenridgeeye.com>',
    'EHR Support <support@veritaseyeehr.com>',
    """Sending test messages to TEST env only (processing ID T). These are the
vendor's sample records, not real patients:

MSH|^~\\&|TONOGATE|LRE|VERITAS|LRE_TEST|20250312101500||ORU^R01|TEST0001|T|2.5.1
PID|1||ZZ99999^^^LRE^MR||ZZTEST^TONOMETRY^A||19000101|U
OBR|1||T0001|IOP^Intraocular pressure|||20250312101400
OBX|1|NM|IOP-OD^IOP right eye^L||15|mm[Hg]|10-21||||F
OBX|2|NM|IOP-OS^IOP left eye^L||16|mm[Hg]|10-21||||F

If these file correctly in the test chart I'll move the code table fix to prod.

Nils
""",
    dt(2025, 3, 12, 10, 20))

add('clean', 'training', 'Front desk training - phone scripts (draft v3)',
    'Keisha Dunmore <kdunmore@lindenridgeeye.com>',
    'New Hires <newhires@lindenridgeeye.com>',
    """Welcome to the front office! Please read before Monday's shadow shift.

Verifying a caller (example only):
  "Thank you for calling Linden Ridge Eye, this is ___. Can I have the
   patient's full name and date of birth?"
  Caller: "John Doe, January 1st, 1970."
  -> Match in the system BEFORE discussing anything.

Urgent symptoms - transfer to a tech immediately, never book routine:
  - sudden vision loss, curtain over vision, new flashes/floaters
  - chemical in the eye
  - severe eye pain with nausea/headache

Never send appointment details or results by regular email. Use the portal.

Role-play pairs are on the sign-up sheet. Questions -> Keisha x201.
""",
    dt(2025, 2, 28, 16, 0))

add('clean', 'training', 'Audiometer software training - sample audiogram',
    'Training <training@sonatrace-audio.com>',
    'Amira Haddad AuD <ahaddad@clearbrookhearing.com>',
    """Thanks for attending the SonaTrace 4 onboarding. As promised, here is the
sample session we used. "Jane Sample" is the built-in demo client; you can
reset her data anytime from Settings > Demo.

Demo client: Jane Sample (ID DEMO-0001, DOB 01/01/1950)
Freq (Hz)   250  500  1k  2k  3k  4k  6k  8k
Right (dB)   20   25  30  45  55  60  65  70
Left (dB)    20   20  30  40  50  60  60  65

Try the "compare sessions" view with the second demo session to see how
changes are highlighted. Recording of the webinar: link in your portal.

SonaTrace Customer Success
""",
    dt(2025, 1, 17, 15, 45), cte='quoted-printable')

add('clean', 'training', 'HIPAA refresher quiz - answers',
    'Compliance <compliance@lindenridgeeye.com>',
    'All Staff <allstaff@lindenridgeeye.com>',
    """Thanks to everyone who completed the annual HIPAA refresher. The answer
key for the questions people missed most (all examples are fictional):

Q3. Is this PHI? "Jane Q. Example, DOB 00/00/0000, had a retina injection."
    -> YES. A name plus a service we provided is PHI.

Q5. Is this PHI? "A woman in her 70s had cataract surgery last month."
    -> Generally NO, if nothing else could identify her.

Q8. Can you text a patient's glasses Rx to their daughter because she asked?
    -> Only if the patient has authorized it or the daughter is their
       personal representative. Check the chart.

Q11. Lost a laptop? Call Compliance (x299) within 1 hour.

Certificates are in the LMS. Next refresher: January.
Compliance Office
""",
    dt(2025, 2, 3, 9, 30))

add('clean', 'training', 'Companion guide sample: 837P test file',
    'ClearPath Clearinghouse <enrollment@clearpathclearinghouse.com>',
    'Danielle Soto <dsoto@lindenridgeeye.com>',
    """Welcome to ClearPath. Before production, send a test batch with usage
indicator T in ISA15. Sample structure from our companion guide (sample
data, do not use):

ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*CLEARPATH      *250101*1200*^*00501*000000001*0*T*:~
NM1*IL*1*DOE*JOHN****MI*TEST12345678~
DMG*D8*19000101*M~
CLM*SAMPLE001*100.00***11:B:1*Y*A*Y*Y~
SV1*HC:99213*100.00*UN*1***1~

Your test submitter ID: LRE0001. Expect a 999 within 15 minutes.

ClearPath Enrollment Team
""",
    dt(2025, 1, 6, 10, 10))

# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------


def build(i, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    msg['Message-ID'] = '<%016x.%d@%s>' % (random.getrandbits(64), i, dom)
    msg['MIME-Version'] = '1.0'
    for k, v in m['headers'].items():
        msg[k] = v
    if m['cte']:
        msg.set_content(m['body'], cte=m['cte'])
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for a in m['atts']:
        data = a['data']
        if isinstance(data, str):
            msg.add_attachment(data, subtype=a.get('subtype', 'plain'),
                               filename=a['filename'])
        else:
            msg.add_attachment(data, maintype=a.get('maintype', 'application'),
                               subtype=a.get('subtype', 'octet-stream'),
                               filename=a['filename'])
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    return msg


rows = []
for i, m in enumerate(MESSAGES, 1):
    key = (m['label'], m['kind'])
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], COUNTERS[key])
    msg = build(i, m)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    w.writerows(rows)

if __name__ == '__main__':
    from collections import Counter
    c = Counter((r[1], r[2]) for r in rows)
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total', len(rows))
