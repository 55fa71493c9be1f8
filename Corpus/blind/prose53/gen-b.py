#!/usr/bin/env python3
"""Blind evaluation mail set -- ENT practice (voice & swallowing clinic, SLP,
cochlear-implant programme, hearing-aid dispensary).  Standard library only,
deterministic.  Usage: python3 gen.py OUTDIR
All people, numbers and organisations are invented."""
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

SEED = 5302
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EST = timezone(timedelta(hours=-5))
BASE = datetime(2024, 10, 28, 7, 30, 0, tzinfo=EST)

ROWS = []
COUNT = {}
MSGNO = [0]


def next_date():
    return BASE + timedelta(days=random.randint(0, 24), minutes=random.randint(0, 11 * 60))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx_bytes(rows, sheet='Sheet1'):
    """Very small but valid .xlsx with inline strings."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(t):
        return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
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
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows)),
    ]
    return zip_bytes(files)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def mk(label, kind, frm, to, subject, body, patient='', cc=None, html=None,
       atts=(), cte=None, extra=None):
    MSGNO[0] += 1
    i = MSGNO[0]
    COUNT[(label, kind)] = COUNT.get((label, kind), 0) + 1
    fname = '%s-%s-%03d.eml' % (label, kind, COUNT[(label, kind)])
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = format_datetime(next_date())
    msg['Message-ID'] = '<%d.%d.blind53b@%s>' % (SEED, i, frm.split('@')[-1].strip('> '))
    for k, v in (extra or {}).items():
        msg[k] = v
    if cte:
        msg.set_content(body, cte=cte)
    else:
        msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype='html')
    for a in atts:
        fn, mt, st, data = a[:4]
        if isinstance(data, str) and mt == 'text':
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    ROWS.append((fname, label, kind, patient))


LARK = 'larkspurent.org'
DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message.
"""

# =====================================================================
# PHI -- care
# =====================================================================

mk('phi', 'care',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'Dr Felicity Auden <fauden@brackenridgefamilymed.com>',
   'Re: Tobias Wrenfield - tonsillectomy follow up',
   """Felicity,

Quick update on Tobias Wrenfield whom you referred in the summer. We took his
tonsils and adenoids out on 10/22 (coblation, uneventful on the day). He came
back through our ED on post-op day 6 with a small secondary bleed from the
left fossa - stopped with silver nitrate and an overnight stay for obs, no
return to theatre needed. Hb was 12.1 on arrival and 11.8 the next morning.

He went home on 10/29 on co-amoxiclav for 5 days and regular paracetamol and
ibuprofen. Mum has our on-call number. I'll see him in clinic at 3 weeks; you
don't need to do anything in the meantime.

Thanks,
Sunil

--
Sunil Marwaha MD FACS
Otolaryngology - Head & Neck Surgery
Larkspur Ear, Nose & Throat Associates
T 555-0142 x231 | F 555-0149
""" + DISCLAIMER,
   patient='Wrenfield')

mk('phi', 'care',
   'Bethany Corcoran <bcorcoran@larkspurent.org>',
   'Mr Alun Pryce <a.pryce@hollinsworth-primary.sch.example>',
   'Maisie - speech therapy this term',
   """Hi Mr Pryce,

Thanks for passing on the classroom notes, really helpful. As agreed with
Maisie's mum (she's signed the consent for me to share with school), here's
where we are.

Maisie Kettering has now had 9 of her 12 weekly sessions with me. We've been
working on /s/ and /z/ clusters and she's now at about 80% accuracy at
sentence level in the clinic room, less when she's tired or excited (which
matches what you're seeing at carpet time). Her mum is doing the home
practice sheets most nights.

Couple of things that would help in class:
 - if she mis-says a target word, just repeat it back correctly rather than
   asking her to say it again
 - the "snake sounds" card I gave her can live on her desk

I'm planning a re-assessment (the same picture-naming test as in September)
at her session on 2 December and will send you a short summary afterwards.

Best wishes,
Bethany

Bethany Corcoran MA CCC-SLP
Speech-Language Pathologist | Paediatric Team
Larkspur Ear, Nose & Throat Associates
""",
   patient='Kettering')

mk('phi', 'care',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Rafael Okafor-Lindqvist MD <rokafor@larkspurent.org>',
   'Pembry activation - went well',
   """Rafael - activated Harold Pembry's left implant this morning (surgery was
the 14th). All 22 electrodes in, impedances within normal range, no
non-auditory stimulation. Started him on 3 progressive maps, most
comfortable at ~70% of C levels. He was picking up environmental sounds
by the end and his wife got a bit teary when he heard her say his name.

Re-map booked for 1 week, then 1 mo, 3 mo. I gave him the auditory
training app login and told him to keep the right hearing aid in.

Hannah
""",
   patient='Pembry')

mk('phi', 'care',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'Mateo Villasenor <mvillasenor@larkspurent.org>',
   'voice therapy referral - Delphine Arceneaux',
   """Mateo,

Can you pick up Delphine Arceneaux for voice therapy please - ideally before
her run of Tosca starts in January. She's a professional mezzo, 34.

Strobe today: bilateral mid-membranous swellings, soft, symmetric, good
mucosal wave, complete closure on loud phonation only. Some supraglottic
squeeze. I've put her on 7 days' voice rest (she's cancelled two recitals)
and started omeprazole 20 mg bd for 8 weeks as a trial. Repeat strobe with
me in 6 weeks.

She's anxious about the season so please see her as early as you can -
her number's in the chart.

Thanks,
Imogen

Imogen Haldane MD
Laryngology & Professional Voice
Larkspur ENT | Voice and Swallowing Center
""",
   patient='Arceneaux')

mk('phi', 'care',
   'Priscilla Nakamura-Ross <pnakamura@larkspurent.org>',
   'Ward 4B Nursing <ward4b@stcadoc-regional.example>',
   'Swallow study result for Walter Ostrowski - diet change',
   """Hello 4B team,

Walter Ostrowski (bed 12) had his modified barium swallow with us this
afternoon. Summary for the nursing handover:

  * silent aspiration on thin liquids x2, cleared with cued cough
  * no aspiration on mildly thick (level 2) or purees
  * delayed swallow initiation, residue in the valleculae after solids

Recommendations
  - IDDSI level 5 minced & moist diet
  - mildly thick (level 2) fluids, teaspoon or small cup sips, NO straws
  - sit fully upright for meals and 30 min after
  - meds crushed in puree where the pharmacist says ok
  - chin tuck on every swallow - he knows how, but will need reminding

I'll come up and see him again Thursday and will review with his daughter
who visits in the evenings.

Priscilla Nakamura-Ross MS CCC-SLP, BCS-S
Swallowing Specialist, Voice and Swallowing Center
Larkspur Ear, Nose & Throat Associates
""",
   patient='Ostrowski',
   html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello 4B team,</p>
<p><b>Walter Ostrowski</b> (bed 12) had his modified barium swallow with us this afternoon. Summary for the nursing handover:</p>
<ul><li>silent aspiration on thin liquids x2, cleared with cued cough</li>
<li>no aspiration on mildly thick (level 2) or purees</li>
<li>delayed swallow initiation, residue in the valleculae after solids</li></ul>
<p><b>Recommendations</b></p>
<ul><li>IDDSI level 5 minced &amp; moist diet</li>
<li>mildly thick (level 2) fluids, teaspoon or small cup sips, NO straws</li>
<li>sit fully upright for meals and 30 min after</li>
<li>meds crushed in puree where the pharmacist says ok</li>
<li>chin tuck on every swallow - he knows how, but will need reminding</li></ul>
<p>I'll come up and see him again Thursday and will review with his daughter who visits in the evenings.</p>
<p>Priscilla Nakamura-Ross MS CCC-SLP, BCS-S<br>Swallowing Specialist, Voice and Swallowing Center<br>Larkspur Ear, Nose &amp; Throat Associates</p>
</body></html>""")

mk('phi', 'care',
   'Lynette Pawlak <lpawlak@larkspurent.org>',
   'Jonah Albrecht <jalbrecht@larkspurent.org>',
   'Mrs Achterberg again',
   """Jonah - Mrs Gwendolyn Achterberg was in again today (3rd time this month)
saying the right aid "whistles in church". I re-ran REM and she was about
6 dB over target at 2-4k after the last tweak so I brought it down, re-did
the feedback manager and swapped her to a closed dome. Also redid her
audiogram because she swore it had changed - it hadn't really, 5 dB worse
at 4k on the R, within test-retest.

She's booked with you on the 19th for the annual. Can you maybe talk to her
about the remote mic for church? I think that's the real issue.

Lyn

Lynette Pawlak, BC-HIS
Hearing Instrument Specialist - Dispensary
""",
   patient='Achterberg')

mk('phi', 'care',
   'ent nurse line <nurseline@larkspurent.org>',
   'Marlow Heights Pharmacy <rx@marlowheightspharmacy.example>',
   'med change - colquhoun',
   """hi, calling re pt Ronan Colquhoun, dr marwaha wants:

STOP fluticasone nasal spray
START prednisolone taper 40mg x5d, 30 x3d, 20 x3d, 10 x3d then stop
START saline sinus rinse bid (he has the bottle from us)
continue cetirizine

he's booked for CT sinuses 12/3 and post op review after that. he said you
had the old script on file so pls cancel the refill for the flonase.

thx
Dana RN
Larkspur ENT nurse line  555-0142 opt 4
""",
   patient='Colquhoun')

mk('phi', 'care',
   'Krystal Dunmore <kdunmore@larkspurent.org>',
   'Audiology Scheduling <audsched@larkspurent.org>',
   'FW: Ava-Lynn post tubes hearing test',
   """Can one of you book this? Mom is fine with any Tuesday after 3.

Krystal

-----Original Message-----
From: Sunil Marwaha MD
Sent: Monday, November 4, 2024 4:52 PM
To: Krystal Dunmore
Subject: Ava-Lynn post tubes hearing test

Krystal - Ava-Lynn Beauchamp had bilateral PE tubes placed last Thursday.
Both tubes patent and dry at her check today, she's already turning to
quiet voices per mom. Needs a post-op audiogram (play audiometry +
tymps) in 4-6 weeks, and then tube check with me every 6 months until
they extrude. Ofloxacin drops only if discharge.

thanks
SM
""",
   patient='Beauchamp')

# =====================================================================
# PHI -- names
# =====================================================================

mk('phi', 'names',
   'Priscilla Nakamura-Ross <pnakamura@larkspurent.org>',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'Nguyen Thi Hoa - FEES this morning',
   """Imogen,

FEES done, pictures uploaded. Penetration to the cords with thin liquids,
aspirated once on the mixed consistency (soup with bits), strong cough.
Pooled secretions in the L pyriform sinus which fits with what you saw on
the scope last week.

Her son translated - she's happy to do the exercises. I've gone with soft
& bite-sized and mildly thick fluids for now and will repeat in 4 weeks.

P.
""",
   patient='Nguyen')

mk('phi', 'names',
   'Renata Obuya <robuya@larkspurent.org>',
   'Lynette Pawlak <lpawlak@larkspurent.org>',
   'repair return',
   """Lyn, the repair lab sent back the aid for Okonkwo-Adeyemi, Chidinma -
new receiver and microphone cover, under warranty so no charge. It's in the
drawer under front desk in the blue bag. She wants to pick it up Saturday
morning if someone can do a quick listening check and re-pair it with her
phone.

R
""",
   patient='Okonkwo-Adeyemi')

mk('phi', 'names',
   'Jonah Albrecht AuD <jalbrecht@larkspurent.org>',
   'Cirrus Bionics Clinical Support <clinicalsupport@cirrusbionics.example>',
   "RE: Case 00913327 - Mrs. van der Berg's processor",
   """Hi Greta,

Following up on case 00913327. Mrs. van der Berg's sound processor is still
cutting out intermittently since the firmware push - she says it happens
mostly when she's on the phone with the streamer. I ran diagnostics in
clinic on Tuesday: coil cable checked, swapped to a loaner coil and the
dropouts still happened, impedances fine, so I don't think it's the
implant side.

Can you send a replacement processor under the loan programme? She is
bilateral and relies on the left side for phone use. Her implant was done
here in 2021.

Thanks,
Jonah

Jonah Albrecht AuD CCC-A
Cochlear Implant Program | Larkspur ENT

> From: Greta Holm <clinicalsupport@cirrusbionics.example>
> Please send the processor serial and the date of the last mapping.
""",
   patient='van der Berg')

mk('phi', 'names',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'OR Booking <orbooking@stcadoc-regional.example>',
   'Add-on for Thursday - Mr. Zdeněk Hrubý',
   """Hi,

Please add Mr. Zdeněk Hrubý to my Thursday list, last case. Right
parotidectomy, about 3 hrs, will need the facial nerve monitor. He's been
consented in clinic, pre-op bloods done yesterday. Anaesthetic review
already happened on the 29th.

Sunil
""",
   patient='Hrubý')

mk('phi', 'names',
   'Mateo Villasenor <mvillasenor@larkspurent.org>',
   'Bethany Corcoran <bcorcoran@larkspurent.org>',
   "Re: Thursday 3:30 fluency group",
   """Beth - Priya's mum phoned. Priya's been really anxious at school since the
class presentation and has started blocking a lot more on her name again,
so she'd rather do 1:1 for a few weeks before coming back to the Thursday
group. I've moved her to my Monday 4pm. Can you take her off the group
register and send me your notes from the last 3 sessions?

The school SENCO (Mrs Adeyemi) wants a letter too - I'll draft it.

M

On Wed, Nov 6, 2024 at 9:12 AM Bethany Corcoran wrote:
> Group is full this term - 5 kids, Priya, Jonty, Eli, Mae and the
> new boy from Westfield.
""",
   patient='Priya')

mk('phi', 'names',
   'Jonah Albrecht AuD <jalbrecht@larkspurent.org>',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   "Al-Khatib's TRT session",
   """Hannah - Abdulrahman Al-Khatib rang to move his tinnitus retraining session
to after Friday prayers. I said you'd probably be fine with 3pm. His
tinnitus handicap score went from 58 down to 34 since August so whatever
you're doing is working. He also asked if the sound generator can go on
his existing aids - I said you'd check.

J
""",
   patient='Al-Khatib')

mk('phi', 'names',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'complaint - Ms Ní Bhriain',
   """Geoff,

FYI, Aoife Ní Bhriain has written in (letter scanned to her chart) about
the wait after her septoplasty for the splints to come out - she was kept
past 2 hours in the waiting room and then told the splints had to stay
another 3 days because the clinic nurse wasn't trained to remove them.
Fair complaint. I've phoned her and apologised, she's coming in tomorrow
at 8 and I'll take them out myself.

Can we make sure the nurse training on splint removal is on next month's
agenda?

Sunil
""",
   patient='Ní Bhriain')

mk('phi', 'names',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Dr. K. Iyer <kiyer@lakesideneurology.example>',
   'Venkataraman - vestibular testing',
   """Dear Dr Iyer,

Thank you for referring Mr. Venkataraman. Vestibular testing was completed
on 11/7: VNG showed a right-beating nystagmus with left caloric weakness of
38%, vHIT gains reduced on the left lateral canal with corrective saccades.
Audiogram symmetrical apart from mild high-frequency loss on the left.

I've started him on vestibular rehab exercises and booked him with Dr.
Okafor-Lindqvist for the MRI discussion. Full report to follow by fax.

Kind regards,
Hannah Ferreira AuD
Larkspur ENT Audiology
""",
   patient='Venkataraman')

# =====================================================================
# PHI -- self
# =====================================================================

mk('phi', 'self',
   'Claire Farrant <claire.farrant84@gmail.example>',
   'info@larkspurent.org',
   'my son Leo - ears again',
   """Hello,

My son Leo Farrant (DOB 14/02/2017) had his grommets put in by Dr Marwaha
back in March. For the last week he's been pulling at his right ear and
there was some yellowish stuff on his pillow this morning. No temperature.
He's had no swimming since half term.

Should I use the drops you gave us at the time (I still have half a bottle,
the ciprofloxacin ones) or does he need to be seen? He's at school today
but I can bring him in after 3.

Thanks,
Claire
07700 900 482
""",
   patient='Farrant')

mk('phi', 'self',
   'Marguerite Oyelaran <m.oyelaran.soprano@fastmail.example>',
   'Voice Center <voice@larkspurent.org>',
   'Follow-up after my scope with Dr Haldane',
   """Dear Voice Center team,

I'm Marguerite Oyelaran - I saw Dr Haldane on Monday for the hoarseness I've
had since the festival. She did the camera test and said I have a small
"haemorrhage" on the left cord and should be on strict voice rest for a
week, then gentle use.

I have a Messiah dress rehearsal on 7 December and the performances on the
8th and 9th. Is there any way to get in with one of the voice therapists
before then? I'm free any weekday morning. Also - is it okay to keep taking
the ibuprofen I've been using for my back? Someone in the choir said I
shouldn't.

Many thanks,
Marguerite
(soprano, mobile 555-0178)
""",
   patient='Oyelaran',
   html="""<div dir="ltr"><p>Dear Voice Center team,</p>
<p>I'm Marguerite Oyelaran - I saw Dr Haldane on Monday for the hoarseness I've had since the festival. She did the camera test and said I have a small "haemorrhage" on the left cord and should be on strict voice rest for a week, then gentle use.</p>
<p>I have a Messiah dress rehearsal on 7 December and the performances on the 8th and 9th. Is there any way to get in with one of the voice therapists before then? I'm free any weekday morning. Also - is it okay to keep taking the ibuprofen I've been using for my back? Someone in the choir said I shouldn't.</p>
<p>Many thanks,<br>Marguerite<br><i>(soprano, mobile 555-0178)</i></p></div>""")

mk('phi', 'self',
   'Desmond Pilkington <dpilkington41@btinternet.example>',
   'hearingaids@larkspurent.org',
   'LOST HEARING AID',
   """Dear Sir or Madam

My name is Desmond Pilkington, date of birth 2 June 1941. I am afraid I have
lost my left hearing aid, I think on the bus on Tuesday. It is the small
beige one you fitted last year, the right one is fine.

Could you please tell me if it is covered by the loss and damage cover, and
how long a replacement takes. I have a hospital appointment on the 20th for
my heart and would dearly like to be able to hear the doctor.

I am not good with the computer so a telephone call would be best, my
number is 555 0193, I am in most afternoons.

Yours faithfully
D. Pilkington
""",
   patient='Pilkington',
   cte='quoted-printable')

mk('phi', 'self',
   'Tamsin Carradine <tamsin.c@protonmail.example>',
   'Cochlear Implant Program <ciprogram@larkspurent.org>',
   'processor keeps dropping out',
   """hi,

it's Tamsin Carradine, I had my CI done with you in 2019 (right side). for
about 2 weeks the processor keeps cutting out for a second or two, usually
when I turn my head. I've changed the battery and the coil cover. it's
really throwing me at work (I'm a teaching assistant and I can't follow the
kids when it drops).

can I get in for a check / re-map before my 6 month one? Jonah usually does
my mapping.

thanks
Tamsin

Sent from my iPhone
""",
   patient='Carradine')

mk('phi', 'self',
   'Patricia Muncaster <pat.muncaster@outlook.example>',
   'Voice and Swallowing <swallow@larkspurent.org>',
   'Gerald Muncaster - coughing with meals',
   """To whom it may concern,

I am writing on behalf of my husband, Gerald Muncaster, who is 81 and has
Parkinson's. Since his last swallow test with Priscilla in the summer he was
told to have thickened drinks, which he does, but in the last fortnight he
has been coughing a lot during dinner and last week he had a chest
infection that the GP treated with antibiotics.

Would it be possible for him to have another swallow assessment? He finds
the early appointments hard as he is stiff in the mornings. Anything after
11 would be best.

Kind regards,
Patricia Muncaster
""",
   patient='Muncaster')

mk('phi', 'self',
   'Inés Barragán Toledo <ines.barragan@correo.example>',
   'Medical Records <records@larkspurent.org>',
   'Records request',
   """Hello,

I would like a copy of my hearing test from my visit in September and the
CT scan report of my sinuses. I'm moving to Phoenix and my new ENT wants
them before my first appointment.

Full name: Inés Barragán Toledo
DOB: 7/22/1979
Patient since 2021, I saw Dr. Marwaha

Email is fine, or you can mail them to my new address:
2281 W Saguaro Bend Dr, Unit 14, Phoenix AZ 85009

Thank you!
Inés
""",
   patient='Barragán Toledo')

mk('phi', 'self',
   'Danielle Olowe-Hartley <dani.olowehartley@gmail.example>',
   'nurseline@larkspurent.org',
   'Zara day 5 after tonsils - is this normal',
   """Hi, sorry to bother you on a Saturday. My daughter Zara Olowe-Hartley is 9
and had her tonsils out on Monday with Dr Marwaha. Today her breath smells
really bad and the back of her throat is white/grey patches, and she says
her ears hurt more than her throat. She's eating ice lollies and yoghurt and
drinking ok, no blood.

I'm giving Calpol and Nurofen alternating every 3 hours like the sheet said.
Is this normal or should we come in? We're about 40 mins away.

Dani (Zara's mum)
mobile 555-0121
""",
   patient='Olowe-Hartley')

mk('phi', 'self',
   'kev fitz <kfitz1977@yahoo.example>',
   'appointments@larkspurent.org',
   'cant make tmrw',
   """hi its kevin fitzsimmons, i have the swallow xray thing tmrw 2pm with
the speech lady but my shift got changed, can we do next wk instead?
any day after 12. dob 11/30/77 if u need it

cheers kev

Sent from Yahoo Mail on Android
""",
   patient='Fitzsimmons')

# =====================================================================
# PHI -- ids
# =====================================================================

mk('phi', 'ids',
   'Renata Obuya <robuya@larkspurent.org>',
   'Provider Services <provsvc@meridianhealthplan.example>',
   'Claim resubmission - hearing aid fitting',
   """Good afternoon,

We are resubmitting the denied claim below with the corrected modifier.

Patient: Lorcan Thibodeaux
DOB: 19880304
Member ID: W448201937  Group: 77031
Our acct #: 77120934
DOS: 09/18/2024
Services: 92591 hearing aid exam/selection binaural, V5261 x1

Denial reason was CO-4 (modifier inconsistent). Corrected claim went out in
today's batch, ICN of the original 2024262883104. Please let me know if
you need the audiogram as well.

Renata Obuya, CPC
Billing Specialist | Larkspur Ear, Nose & Throat Associates
555-0142 x260
""",
   patient='Thibodeaux')

mk('phi', 'ids',
   'Cedric Mbatha <cmbatha@northgatepathology.example>',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'S24-018832 - addendum',
   """Dr Marwaha,

Addendum issued on accession S24-018832 (tonsils, bilateral, received
10/23). Pt DOB 4 Mar 1988, your MRN LK-0093341. Flow cytometry now back -
no clonal population. Final report unchanged otherwise: reactive follicular
hyperplasia. Signed out on the portal.

C. Mbatha MD
Northgate Pathology Associates
""",
   patient='')

mk('phi', 'ids',
   'Krystal Dunmore <kdunmore@larkspurent.org>',
   'Jonah Albrecht <jalbrecht@larkspurent.org>',
   'call back pls - CI mapping',
   """Jonah, Eunice Prendergast called, she says her new map is too loud in
the car and she's getting headaches. She wants you to call her back, not
the front desk.

cb: (555) 013-7742 (home) - mobile goes to voicemail
address change too btw: 14 Fernhollow Rd Apt 3B, Marlow Heights 40271
I've updated demographics.

K
""",
   patient='Prendergast')

mk('phi', 'ids',
   'fax2mail@larkspurent.org',
   'Referrals <referrals@larkspurent.org>',
   'Fax from 5550188311 (3 pages)',
   """FAX COVER SHEET
Brackenridge Family Medicine
To: Larkspur ENT - Voice & Swallowing       From: Dr. F. Auden
Pages: 3 incl. cover                         Date: 11/12/24

RE:  DOB 11-09-1952   MRN# 2208817
     Ins: Meridian Health PPO  ID XHP902231774

Referral for FEES / swallow eval. Choking on pills and meat x 3 months,
weight down 4 kg. Head & neck radiotherapy 2019. Please see within 4 wks.
Recent labs and med list attached.

** This fax may contain protected health information. **
""",
   patient='')

mk('phi', 'ids',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Medical Records <records@larkspurent.org>',
   'pull 00731562',
   """can someone pull 00731562 and fax the VNG + calorics to Lakeside Neuro
(fax 555-0163), dob 1/7/60. they have the pt in clinic thursday.

thx H
""",
   patient='')

mk('phi', 'ids',
   'Renata Obuya <robuya@larkspurent.org>',
   'Prior Auth <priorauth@larkspurent.org>',
   'PA submitted - CI left ear',
   """Submitted PA for cochlear implant (69930) + device L8614, left ear, via the
Keystone Benefits portal this morning.

  Name:      Whitcombe, Ruth A
  Member #:  88412-0093     Group: 4410
  DOB:       1961-10-23
  Ref #:     PA-2411-66021
  Surgeon:   Okafor-Lindqvist
  Attached:  audiogram 10/2, AzBio (aided 28% L), CT temporal bones, CI
             candidacy letter

They said 10-14 business days. Surgery is pencilled for 12/17 so chase on
the 2nd if nothing.

RO
""",
   patient='Whitcombe')

mk('phi', 'ids',
   'Lynette Pawlak <lpawlak@larkspurent.org>',
   'warranty@auralishearing.example',
   'Warranty claim - serial 2231K0094',
   """Hello Auralis warranty team,

Please open a loss & damage claim for the following:

Device: Auralis Vireo 7 RIC, left, serial 2231K0094
Fitted: 03/14/2023
Patient: M. Duarte, DOB 02/29/1956, last 4 SSN 4471
Our account: 550-2291-07
Reason: crushed (pet damage), receiver and shell broken

The patient has a moderate-severe sloping loss and uses the aid daily; a
loaner has been issued. Please ship the replacement to our dispensary.

Thanks,
Lynette Pawlak BC-HIS
Larkspur ENT Hearing Aid Dispensary, 900 Calloway Pkwy Ste 210
""",
   patient='Duarte')

# =====================================================================
# PHI -- lists
# =====================================================================

mk('phi', 'lists',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'OR Booking <orbooking@stcadoc-regional.example>',
   'Thurs 11/14 list - final',
   "Final order for Thursday, theatre 3. Consent forms all signed.\n\n"
   "Time\tPatient\tDOB\tProcedure\tNotes\n"
   "0730\tHollingsworth, Ezra\t05/19/2016\tT&A\tOSA, day case\n"
   "0830\tFaleolo, Sina\t11/02/2019\tBilat PE tubes\tlatex allergy\n"
   "0900\tQuintanilla, Rosa M\t03/08/1971\tFESS + septoplasty\tplavix held 7d\n"
   "1100\tHrubý, Zdeněk\t09/25/1958\tR parotidectomy\tfacial nerve monitor\n"
   "1430\tAsante, Kwabena\t01/30/1984\tMicrolaryngoscopy + bx\tvoice pt - Haldane aware\n"
   "\nPlease call if anaesthesia want to re-order. - SM\n",
   patient='Hollingsworth; Faleolo; Quintanilla; Hrubý; Asante')

mk('phi', 'lists',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'Voice Team <voiceteam@larkspurent.org>',
   'Tues huddle - voice clinic',
   """Morning all, huddle list for today:

- 8:00  Delphine Arceneaux - repeat strobe, on omeprazole, has Tosca in Jan
- 8:40  Harriet Quaye - post-injection (L vocal fold augmentation 3 wks ago),
        needs GRBAS + VHI-10
- 9:20  Marcus Belknap - new pt, teacher, hoarse since Sept, smoker
- 10:00 Rev. Tobias Oduya - spasmodic dysphonia, Botox 2.5u each side due
- 10:40 Lucía Fernández-Marsh - singer, post-op wk 6 after polyp removal,
        ok to start singing? Mateo to join
- 11:20 OPEN (hold for urgent)

Mateo, Priscilla - Belknap may need a same-day therapy slot.

I.
""",
   patient='Arceneaux; Quaye; Belknap; Oduya; Fernández-Marsh')

mk('phi', 'lists',
   'Jonah Albrecht AuD <jalbrecht@larkspurent.org>',
   'CI Team <citeam@larkspurent.org>',
   'CI candidacy tracker - Nov update',
   """Latest from the tracker, ahead of Friday MDT:

| MRN      | Name                 | DOB        | Ear | AzBio aided | CT  | Status           |
|----------|----------------------|------------|-----|-------------|-----|------------------|
| 2210447  | Whitcombe, Ruth      | 10/23/1961 | L   | 28%         | done| PA submitted     |
| 2198305  | Tran, Minh Quang     | 06/04/1949 | R   | 12%         | done| surgery 1/14     |
| 2233019  | Eisenberg, Noa       | 02/17/2021 | B/L | n/a (peds)  | booked| MDT Friday     |
| 2187760  | Petrosyan, Armen     | 12/01/1955 | L   | 46%         | no  | not candidate?   |
| 2241158  | Mwangi, Faith W      | 08/30/1990 | R   | 31%         | done| counselling      |

Armen needs discussion - borderline.

J
""",
   patient='Whitcombe; Tran; Eisenberg; Petrosyan; Mwangi')

mk('phi', 'lists',
   'Bethany Corcoran <bcorcoran@larkspurent.org>',
   'Mateo Villasenor <mvillasenor@larkspurent.org>',
   'cover while I\'m off 11/25-12/6',
   """Mateo - here's my caseload for cover, thanks a million. Parents all
told. Notes are up to date except Kettering (will finish tonight).

NAME                  AGE  SLOT        GOAL / FOCUS                 NOTES
Kettering, Maisie     6    Mon 3:30    /s/ /z/ clusters             re-assess 12/2 - can move
Oyibo, Chisom         4    Tue 9:00    expressive lang, 2-word      mum speaks Igbo at home
Lindqvist, Axel       8    Tue 4:15    fluency, Lidcombe stage 2    severity ratings in folder
Batbayar, Enkhjin     5    Wed 10:30   post-CI listening, AVT       bring the Ling 6 kit
Ferraro-Wu, Luca      7    Thu 3:00    lisp, interdental            nearly discharge
Saoirse Dempsey       3    Fri 9:30    late talker, parent coaching mum attends

Beth
""",
   patient='Kettering; Oyibo; Lindqvist; Batbayar; Ferraro-Wu; Dempsey')

_recall = csv_text([
    ['patient_name', 'dob', 'phone', 'model', 'serial', 'side', 'fit_date', 'status'],
    ['Achterberg, Gwendolyn', '1939-04-11', '555-0117', 'Vireo 7 RIC', '2231K0057', 'R', '2023-02-08', 'called - booked 11/19'],
    ['Szabo, Laszlo', '1947-12-02', '555-0133', 'Vireo 7 RIC', '2231K0061', 'L', '2023-02-21', 'left VM x2'],
    ['Duarte, Manuel', '1956-02-29', '555-0104', 'Vireo 7 RIC', '2231K0094', 'L', '2023-03-14', 'device lost - warranty claim'],
    ['Holloway, June', '1944-07-19', '555-0188', 'Vireo 7 RIC', '2231K0102', 'B', '2023-03-30', 'daughter to call back'],
    ['Ebrahimi, Parisa', '1962-09-05', '555-0126', 'Vireo 7 RIC', '2231K0110', 'R', '2023-04-12', 'swapped 11/6'],
])
mk('phi', 'lists',
   'Lynette Pawlak <lpawlak@larkspurent.org>',
   'Dispensary <dispensary@larkspurent.org>',
   'Auralis receiver recall - our affected pts',
   """All - attached is the list of our fitted patients with serials in the
recall range (2231K0050-2231K0120). Please work through and update the
status column; save back to the shared drive, don't email it around again.

Lyn
""",
   patient='Achterberg; Szabo; Duarte; Holloway; Ebrahimi',
   atts=[('recall_affected_patients.csv', 'text', 'csv', _recall)])

_noshow = xlsx_bytes([
    ['Date', 'Time', 'Patient', 'MRN', 'DOB', 'Appt type', 'Provider', 'Phone', 'Action'],
    ['11/04/2024', '09:00', 'Kowalczyk, Tomasz', '2219904', '07/14/1950', 'Hearing eval', 'Albrecht', '555-0151', 'letter sent'],
    ['11/04/2024', '13:30', 'Ramírez Ochoa, Beatriz', '2230117', '10/03/1988', 'Tymp + OAE', 'Ferreira', '555-0172', 'rebooked 11/18'],
    ['11/05/2024', '10:15', 'Sutherland, Callum', '2204566', '01/22/2015', 'Peds audio (VRA)', 'Ferreira', '555-0109', '2nd no-show - safeguarding?'],
    ['11/06/2024', '15:00', 'Abiodun, Folake', '2238820', '06/09/1979', 'HA fitting', 'Pawlak', '555-0164', 'called, car broke down'],
    ['11/07/2024', '08:30', 'Lê, Văn Thành', '2191023', '03/15/1945', 'CI mapping', 'Albrecht', '555-0190', 'needs interpreter next time'],
], sheet='No-shows Nov wk1')
mk('phi', 'lists',
   'Krystal Dunmore <kdunmore@larkspurent.org>',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'audiology no-shows wk 1',
   """Hi Geoff, no show report for audiology first week of Nov attached as
requested. The Sutherland boy is a 2nd no-show, Hannah wants to discuss.

Krystal Dunmore
Front Office Lead
""",
   patient='Kowalczyk; Ramírez Ochoa; Sutherland; Abiodun; Lê',
   atts=[('Audiology_NoShows_Nov_wk1.xlsx', 'application',
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet', _noshow)])

_waitlist = csv_text([
    ['MRN', 'Last', 'First', 'DOB', 'Referral date', 'Referrer', 'Test', 'Priority', 'Notes'],
    ['2208817', 'Castellanos', 'Hector', '11/09/1952', '11/12/2024', 'Auden', 'FEES', 'urgent', 'post-RT, wt loss'],
    ['2226340', 'Muncaster', 'Gerald', '04/18/1943', '11/08/2024', 'self/wife', 'MBS', 'soon', 'PD, recent chest infection'],
    ['2240981', 'Adeyemi-Cole', 'Bisi', '12/27/1966', '11/01/2024', 'Haldane', 'FEES', 'routine', 'globus, ? CP bar'],
    ['2199712', 'Thorsdottir', 'Ragna', '05/05/1938', '10/30/2024', 'St Cadoc 4B', 'MBS', 'urgent', 'inpatient, stroke'],
    ['2237705', 'Nguyen', 'Thi Hoa', '08/16/1951', '10/21/2024', 'Haldane', 'FEES repeat', 'routine', 'interpreter Vietnamese'],
])
mk('phi', 'lists',
   'Priscilla Nakamura-Ross <pnakamura@larkspurent.org>',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'swallow waitlist (zipped, pw by text)',
   """Imogen - current instrumental swallow waitlist attached, zipped because
the mail system kept bouncing the csv. Five waiting, two urgent. Can we
open your Friday afternoon for the FEES?

P
""",
   patient='Castellanos; Muncaster; Adeyemi-Cole; Thorsdottir; Nguyen',
   atts=[('swallow_waitlist_2024-11.zip', 'application', 'zip',
          zip_bytes([('swallow_waitlist_2024-11.csv', _waitlist)]))])

# =====================================================================
# PHI -- struct
# =====================================================================

_adt = '\r'.join([
    'MSH|^~\\&|LARKEHR|LARKSPUR|AUDIVA|LARK_AUD|202411071432||ADT^A04|LK0071432|P|2.5.1',
    'EVN|A04|202411071432',
    'PID|1||2219904^^^LARK^MR||KOWALCZYK^TOMASZ^J||19500714|M|||88 Linden Ct^^Marlow Heights^KY^40271||(555)555-0151|||M||AC77104219',
    'PV1|1|O|AUD^BOOTH2^^LARK||||1184093322^ALBRECHT^JONAH^^^AuD|||AUD||||||||AUDOP|V4410873',
    'IN1|1|MERID01|77031|MERIDIAN HEALTH PLAN|||||||||||||KOWALCZYK^TOMASZ|SEL|19500714|||||||||||||||||XHP770410022',
]) + '\r'
mk('phi', 'struct',
   'Dev Kulkarni <dkulkarni@larkspurent.org>',
   'Audiva Interface Support <support@audivasoftware.example>',
   'Ticket 55812 - A04 not creating patient in Audiva',
   """Hi support,

Still seeing registrations fail to land in Audiva. Here's one from this
afternoon straight out of the engine log (prod):

""" + _adt.replace('\r', '\n') + """
Engine shows ACK AA from your side but the patient never appears in the
Noah-side database. Nothing weird in the PID that I can see - maybe the
middle initial? Can you look at your inbound logs for control id
LK0071432?

Dev Kulkarni
IT Systems Analyst, Larkspur ENT
x219
""",
   patient='Kowalczyk')

_oru = '\r'.join([
    'MSH|^~\\&|AUDIVA|LARK_AUD|LARKEHR|LARKSPUR|202411061015||ORU^R01|AUD20411061015|P|2.5.1',
    'PID|1||2230117^^^LARK^MR||RAMIREZ OCHOA^BEATRIZ||19881003|F|||415 Quarry Rd^^Marlow Heights^KY^40271',
    'OBR|1|ORD55120|AUD774120|92567^TYMPANOMETRY^CPT|||202411061000|||||||||1184093322^FERREIRA^HANNAH',
    'OBX|1|ST|TYMP-R^Tympanogram right^L||Type B, ECV 0.9 ml||||||F',
    'OBX|2|ST|TYMP-L^Tympanogram left^L||Type A, peak -20 daPa, ECV 1.1 ml||||||F',
    'OBX|3|ST|OAE-R^DPOAE right^L||Absent 1-6 kHz||||||F',
    'OBX|4|ST|OAE-L^DPOAE left^L||Present 1-6 kHz||||||F',
    'NTE|1||Right middle ear effusion suspected; refer ENT.',
]) + '\r'
mk('phi', 'struct',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Dev Kulkarni <dkulkarni@larkspurent.org>',
   'result not filing - ORU attached',
   """Dev, the tymp/OAE result from Wednesday didn't file to the chart. I exported
the message from Audiva, attached. Sunil needs it for Monday.

H
""",
   patient='Ramírez Ochoa',
   atts=[('AUD20411061015.hl7', 'application', 'octet-stream', _oru.encode('ascii'))])

_837 = '~\n'.join([
    'ISA*00*          *00*          *ZZ*LARKSPURENT    *ZZ*CLRHOUSE01     *241104*1432*^*00501*000004471*0*P*:',
    'GS*HC*LARKSPURENT*CLRHOUSE01*20241104*1432*4471*X*005010X222A1',
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*LK4471*20241104*1432*CH',
    'NM1*85*2*LARKSPUR EAR NOSE AND THROAT ASSOC*****XX*1730288104',
    'HL*2*1*22*0',
    'SBR*P*18*77031******CI',
    'NM1*IL*1*PEMBERTON*AGATHA*M***MI*XHP448812093',
    'N3*61 ORCHARD VIEW LN',
    'N4*MARLOW HEIGHTS*KY*40271',
    'DMG*D8*19470612*F',
    'CLM*LK88213*3150***11:B:1*Y*A*Y*Y',
    'HI*ABK:H903',
    'LX*1',
    'SV1*HC:V5261:LT*1575*UN*1***1',
    'DTP*472*D8*20241029',
    'LX*2',
    'SV1*HC:V5261:RT*1575*UN*1***1',
    'DTP*472*D8*20241029',
    'SE*19*0001',
]) + '~'
mk('phi', 'struct',
   'Renata Obuya <robuya@larkspurent.org>',
   'EDI Support <edisupport@clearpathclaims.example>',
   'rejected 837P - loop 2300',
   """Hi, this claim was rejected at the clearinghouse with "2300 CLM05-3 invalid"
but I can't see what's wrong. Pasting the relevant bit from the outbound
file:

""" + _837 + """

Is it the frequency code? It's an original claim. Thanks

Renata Obuya, CPC
""",
   patient='Pemberton')

_835 = '~\n'.join([
    'ST*835*1201',
    'BPR*I*412.36*C*ACH*CCP*01*071000013*DA*0044182990*1412201337**01*083900680*DA*7719304412*20241108',
    'TRN*1*EFT88310277*1412201337',
    'N1*PR*KEYSTONE BENEFITS',
    'N1*PE*LARKSPUR EAR NOSE AND THROAT ASSOC*XX*1730288104',
    'LX*1',
    'CLP*LK87750*1*650*412.36*40*12*2024301552107*11*1',
    'NM1*QC*1*DUARTE*MANUEL****MI*KBX55120044',
    'DTM*232*20241015',
    'SVC*HC:92557*210*168*1',
    'CAS*CO*45*42',
    'SVC*HC:92567*85*64.36*1',
    'CAS*CO*45*20.64',
    'SVC*HC:92550*355*180*1',
    'CAS*PR*1*40*CO*45*135',
    'SE*16*1201',
]) + '~'
mk('phi', 'struct',
   'Renata Obuya <robuya@larkspurent.org>',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'Keystone underpaying 92550?',
   """Geoff - see the 835 below for Duarte's audiology visit. They've paid 92550
at 180 against our contracted 240 and put the rest to CO-45. I think they
still have last year's fee schedule loaded. Happy to call the rep if you
agree.

""" + _835 + """

R
""",
   patient='Duarte',
   cte='quoted-printable')

_271 = '~\n'.join([
    'ST*271*0042*005010X279A1',
    'BHT*0022*11*ELG20241111A*20241111*0915',
    'HL*1**20*1',
    'NM1*PR*2*MERIDIAN HEALTH PLAN*****PI*MERID01',
    'HL*2*1*21*1',
    'NM1*1P*2*LARKSPUR EAR NOSE AND THROAT ASSOC*****XX*1730288104',
    'HL*3*2*22*0',
    'TRN*2*ELG77120934*9LARKSPUR',
    'NM1*IL*1*THIBODEAUX*LORCAN****MI*W448201937',
    'N3*7 HARTWELL SQ APT 2',
    'N4*BRACKENRIDGE*KY*40277',
    'DMG*D8*19880304*M',
    'EB*1*IND*30**PPO PLUS',
    'EB*C*IND*30***23*500*****Y',
    'EB*B*IND*AD***27*50',
    'MSG*HEARING AID BENEFIT 1 DEVICE PER EAR EVERY 36 MONTHS',
    'EB*F*IND*AD***23*1500',
    'SE*17*0042',
]) + '~'
mk('phi', 'struct',
   'Krystal Dunmore <kdunmore@larkspurent.org>',
   'Lynette Pawlak <lpawlak@larkspurent.org>',
   'FW: elig response - hearing aid benefit',
   """Lyn - the 271 came back for Thibodeaux, raw below because the portal
screen cuts it off. Looks like $1500 allowance, once every 36 months.
His last aids were 2020 so he should be good.

-----Original Message-----
From: eligibility@clearpathclaims.example
Sent: Monday, November 11, 2024 9:15 AM
Subject: 271 Response ELG20241111A

""" + _271 + "\n",
   patient='Thibodeaux')

_fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lk-2198305",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "2198305"}
        ],
        "name": [{"family": "Tran", "given": ["Minh", "Quang"]}],
        "gender": "male",
        "birthDate": "1949-06-04",
        "telecom": [{"system": "phone", "value": "555-0147"}],
        "address": [{"line": ["3302 Beckett Ave"], "city": "Brackenridge", "state": "KY", "postalCode": "40277"}]
      }
    },
    {
      "resource": {
        "resourceType": "ServiceRequest",
        "id": "sr-ci-8841",
        "status": "active",
        "intent": "order",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "69930", "display": "Cochlear device implantation, with or without mastoidectomy"}]},
        "subject": {"reference": "Patient/lk-2198305"},
        "bodySite": [{"text": "right ear"}],
        "occurrenceDateTime": "2025-01-14",
        "requester": {"display": "Rafael Okafor-Lindqvist MD"}
      }
    }
  ]
}
"""
mk('phi', 'struct',
   'Dev Kulkarni <dkulkarni@larkspurent.org>',
   'integration@stcadoc-regional.example',
   'FHIR surgical request payload - schema error',
   """Hi team,

Your endpoint is returning 422 "ServiceRequest.occurrence invalid" for our
surgical booking pushes. Example payload attached (this is a real booking,
please delete once you've looked). Looks valid against R4 to me.

Thanks
Dev Kulkarni
Larkspur ENT IT
""",
   patient='Tran',
   atts=[('servicerequest_2198305.json', 'application', 'json', _fhir)])

_ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20241105"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9921.1" extension="2226340"/>
      <addr><streetAddressLine>12 Wisteria Close</streetAddressLine><city>Marlow Heights</city><state>KY</state><postalCode>40271</postalCode></addr>
      <telecom value="tel:+1-555-555-0139"/>
      <patient>
        <name><given>Gerald</given><given>Arthur</given><family>Muncaster</family></name>
        <administrativeGenderCode code="M"/>
        <birthTime value="19430418"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Procedures</title>
      <text>Modified barium swallow study 2024-07-09: penetration with thin liquids; recommend mildly thick fluids.</text>
    </section></component>
    <component><section>
      <title>Medications</title>
      <text>Carbidopa/levodopa 25/100 mg TID; thickener (xanthan gum) as directed</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
mk('phi', 'struct',
   'HIM Dept <him@stcadoc-regional.example>',
   'Priscilla Nakamura-Ross <pnakamura@larkspurent.org>',
   'RE: CCD for your swallow referral',
   """Hi Priscilla, the CCD export you asked for is below - the Direct message
failed so pasting as text. Let us know if you need the discharge summary too.

""" + _ccd + """

Health Information Management
St Cadoc Regional Hospital

-----Original Message-----
From: Priscilla Nakamura-Ross
Could you send over the CCD for Mr Muncaster please? We're re-testing his
swallow and I want the July MBS result and his current meds.
""",
   patient='Muncaster')

# =====================================================================
# PHI -- lang
# =====================================================================

mk('phi', 'lang',
   'Yesenia Carrasco <yesenia.carrasco82@gmail.example>',
   'Terapia del Habla <slp@larkspurent.org>',
   'Terapia de Mateo Carrasco',
   """Buenas tardes,

Soy la mamá de Mateo Carrasco Ruiz (5 años, fecha de nacimiento
03/09/2019). Él tiene terapia del habla los miércoles a las 4 con la
señorita Bethany. La maestra de kínder dice que todavía no lo entienden
cuando habla y que se frustra mucho.

¿Podemos subir a dos sesiones por semana? Y también quería saber si le
pueden hacer otra prueba de audición, porque el doctor dijo en septiembre
que tenía líquido en los oídos.

Muchas gracias,
Yesenia Carrasco
Cel. 555-0166
""",
   patient='Carrasco',
   cte='quoted-printable')

mk('phi', 'lang',
   'Joaquim Teixeira <jteixeira1950@uol.example>',
   'hearingaids@larkspurent.org',
   'Aparelho auditivo - Joaquim Teixeira',
   """Bom dia,

Meu nome é Joaquim Teixeira, nasci em 12/05/1950. Comprei os aparelhos
auditivos com a senhora Lynette em agosto. O do ouvido direito está com
um chiado e a bateria recarregável não dura o dia todo, só umas 8 horas.

Gostaria de marcar uma consulta para ajustar. Posso ir na terça ou quinta
de manhã. Meu filho Paulo pode ajudar com o inglês se precisar ligar:
555-0157.

Obrigado,
Joaquim
""",
   patient='Teixeira')

mk('phi', 'lang',
   'Lê Thị Mai <maile.family@gmail.example>',
   'Voice and Swallowing <swallow@larkspurent.org>',
   'Kết quả nội soi nuốt của mẹ tôi - Nguyễn Thị Hoa',
   """Chào bác sĩ,

Tôi là con gái của bà Nguyễn Thị Hoa (sinh ngày 16/08/1951). Mẹ tôi đã làm
nội soi nuốt (FEES) với cô Priscilla tuần trước. Cô nói mẹ bị sặc khi uống
nước loãng và phải dùng bột làm đặc nước.

Mẹ tôi hỏi: mẹ có được ăn phở không? Và khi nào làm lại xét nghiệm? Lần
sau xin cho thông dịch viên tiếng Việt.

Cảm ơn bác sĩ,
Mai (555-0184)
""",
   patient='Nguyễn Thị Hoa',
   cte='base64')

mk('phi', 'lang',
   'Widlene Pierre-Louis <widlenepl@hotmail.example>',
   'appointments@larkspurent.org',
   'randevou operasyon amidal pitit mwen',
   """Bonjou,

Mwen se manman Jameson Pierre-Louis, li gen 7 an (dat nesans 21/06/2017).
Doktè Marwaha te di li bezwen operasyon pou retire amidal li yo paske li
ronfle anpil epi li sispann respire lannwit. Yo te di m y ap rele m pou
bay yon dat men pèsonn pa rele m toujou.

Èske nou ka gen yon randevou anvan Nwèl? Li pa gen lekòl semèn 23
desanm lan.

Mèsi anpil,
Widlene
555-0112
""",
   patient='Pierre-Louis')

mk('phi', 'lang',
   'Валентина Громова <v.gromova47@mail.example>',
   'Cochlear Implant Program <ciprogram@larkspurent.org>',
   'Кохлеарный имплант - Громов Борис Николаевич',
   """Здравствуйте!

Пишу по поводу моего мужа, Громова Бориса Николаевича, 1947 г.р. (дата
рождения 09.03.1947). В сентябре ему сделали операцию - кохлеарную
имплантацию на левое ухо, доктор Окафор-Линдквист. Включение процессора
было в октябре.

После последней настройки он жалуется, что голоса звучат "как у робота",
и у него кружится голова по утрам. Можно ли записаться на внеплановую
настройку к аудиологу Джоне? Мы можем приехать в любой день.

С уважением,
Валентина Громова
тел. 555-0138
""",
   patient='Громов')

mk('phi', 'lang',
   'Maricel Dumalagan <maricel.dumalagan@yahoo.example>',
   'Audiology <audiology@larkspurent.org>',
   'hearing test ng nanay ko - Corazon Dumalagan',
   """Hello po,

Ako po si Maricel, anak ni Corazon Dumalagan (DOB 04/02/1946). Nagpa-hearing
test po siya sa inyo noong Oktubre kay Dr. Hannah. Sabi po ng doktor
kailangan na niya ng hearing aid sa dalawang tenga pero hindi pa po kami
nakakapag-schedule ng fitting.

Pwede po bang Sabado? Nagtatrabaho po kasi ako sa ospital ng weekdays
(nurse po ako sa St Cadoc). Pakisend na lang po yung quote para sa
insurance niya, Medicare at Keystone supplement po.

Salamat po!
Maricel
""",
   patient='Dumalagan')

mk('phi', 'lang',
   'Yousef Haddad <yousef.haddad@gmail.example>',
   'nurseline@larkspurent.org',
   'ابني سامي حداد - أنابيب الأذن',
   """السلام عليكم،

أنا والد الطفل سامي يوسف حداد، عمره ٤ سنوات، تاريخ الميلاد 2020/05/17.
قام الدكتور مروها بتركيب أنابيب في الأذنين له قبل ثلاثة أسابيع. منذ
يومين يخرج سائل أصفر من الأذن اليمنى، ولا توجد حرارة.

هل نستعمل القطرة التي أعطيتمونا؟ أم يجب أن نحجز موعداً؟

شكراً جزيلاً
يوسف حداد
555-0195
""",
   patient='Haddad',
   cte='base64')

# =====================================================================
# CLEAN -- admin
# =====================================================================

mk('clean', 'admin',
   'IT Service Desk <servicedesk@larkspurent.org>',
   'Jonah Albrecht <jalbrecht@larkspurent.org>',
   '[INC-0048213] Booth 2 PC - Windows update broke audiometer driver',
   """Ticket INC-0048213 has been updated.

Status: In Progress    Priority: P2 - clinic impacted
Assigned: Dev Kulkarni (x219)
Location: Audiology Suite, Sound Booth 2 workstation (LKAUD-WS02)

Update from Dev Kulkarni, 11/06 10:42:
Rolled back KB5044284 on WS02. The audiometer USB driver loads again and
Audiva sees the device. Please run the daily listening check and a test
session with a colleague before seeing anyone. I've paused updates on both
booth PCs until the vendor confirms compatibility - ref their case
AUD-SUP-7731.

Reply above this line to add a comment to the ticket.
""")

mk('clean', 'admin',
   'Bethany Corcoran <bcorcoran@larkspurent.org>',
   'SLP Team <slpteam@larkspurent.org>',
   'December rota + holiday cover',
   """Hi all,

Draft December rota below - shout by Friday if anything's wrong.

  Mon  Bethany (peds) / Mateo (voice am) / Priscilla (FEES clinic pm)
  Tue  Mateo (peds) / Priscilla (inpatients St Cadoc)
  Wed  Bethany / Mateo / Priscilla (MBS slots 1-4pm, radiology booked)
  Thu  Bethany (groups) / Priscilla (voice & swallow MDT 8am)
  Fri  Mateo / Priscilla (half day)

Leave: Bethany 11/25-12/6, Mateo 12/23-12/27, Priscilla 12/30-1/3.
Christmas Eve: clinic closes at 1pm, on-call SLP for inpatients is Mateo
(mobile 555-0197).

Beth
""")

mk('clean', 'admin',
   'Accounts Receivable <ar@auralishearing.example>',
   'Accounts Payable <ap@larkspurent.org>',
   'Invoice INV-2024-20931 - Larkspur ENT (acct 100488)',
   """Dear Customer,

Please find your invoice details below. Payment terms Net 30.

Invoice:   INV-2024-20931
Account:   100488 - Larkspur Ear, Nose & Throat Associates
PO:        PO-LK-3317
Ship date: 10/31/2024

  Qty  Item                                     Unit      Ext
  6    Vireo 7 RIC rechargeable, beige           895.00   5370.00
  4    Vireo 7 RIC rechargeable, graphite        895.00   3580.00
  20   M receiver 85dB                            42.00    840.00
  50   Closed dome 8mm (pk 10)                     6.50    325.00
  1    Charging case replacement                  65.00     65.00
                                            Subtotal  10180.00
                                            Freight      38.00
                                            TOTAL     10218.00

Remit to: Auralis Hearing Inc., PO Box 44871, Minneapolis MN 55444
Questions: Sherri Lund, 1-800-555-0119 x4

Thank you for your business.
""",
   html="""<html><body><p>Dear Customer,</p><p>Please find your invoice details below. Payment terms Net 30.</p>
<table border="1" cellpadding="3"><tr><td>Invoice</td><td>INV-2024-20931</td></tr><tr><td>Account</td><td>100488</td></tr><tr><td>PO</td><td>PO-LK-3317</td></tr></table>
<table border="1" cellpadding="3"><tr><th>Qty</th><th>Item</th><th>Unit</th><th>Ext</th></tr>
<tr><td>6</td><td>Vireo 7 RIC rechargeable, beige</td><td>895.00</td><td>5370.00</td></tr>
<tr><td>4</td><td>Vireo 7 RIC rechargeable, graphite</td><td>895.00</td><td>3580.00</td></tr>
<tr><td>20</td><td>M receiver 85dB</td><td>42.00</td><td>840.00</td></tr>
<tr><td>50</td><td>Closed dome 8mm (pk 10)</td><td>6.50</td><td>325.00</td></tr>
<tr><td>1</td><td>Charging case replacement</td><td>65.00</td><td>65.00</td></tr>
<tr><td></td><td><b>TOTAL</b></td><td></td><td><b>10218.00</b></td></tr></table>
<p>Remit to: Auralis Hearing Inc., PO Box 44871, Minneapolis MN 55444<br>Questions: Sherri Lund, 1-800-555-0119 x4</p></body></html>""")

mk('clean', 'admin',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'All Staff <allstaff@larkspurent.org>',
   'Sound booth calibration Sat 16th - building access',
   """Hi everyone,

Acoustic Metrology Services are here Saturday 16 Nov, 8am-2pm, for the
annual calibration of both booths, the audiometers, tympanometers and the
VNG goggles. Technician is Brent Hollier (mobile 555-0176). I'll let him in.

Please make sure nothing is left in the booths on Friday and that the
OAE probes are back in their cases. Booth 1 will also have its door seal
replaced, so it'll smell of adhesive Monday morning - sorry.

Parking lot B will be closed for line painting the same day.

Geoff Tallis
Practice Manager
Larkspur Ear, Nose & Throat Associates | 900 Calloway Pkwy, Ste 200
555-0142 x201
""")

mk('clean', 'admin',
   'Human Resources <hr@larkspurent.org>',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'New starter - Dr. Oluwaseun Bakare AuD, Mon 12/2',
   """Hi Hannah,

Confirming Dr. Oluwaseun Bakare (Audiologist, employee ID E20331) starts
Monday 12/2. Details for the first week:

  - 8:00 badge photo and ID at front desk (Krystal)
  - 9:00-12:00 HR orientation, benefits, HIPAA & compliance modules
  - EHR training Tue 12/3 with Dev (training domain login to be issued)
  - Shadowing you Wed-Fri; first own clinic Mon 12/9
  - Licence verification complete, malpractice certificate on file

Her NPI and DEA don't apply, but please send us her ASHA number for the
credentialing file. Mobile on record 555-0129 if you want to say hello.

Thanks,
Monique Alvarez
HR Generalist
""")

mk('clean', 'admin',
   'Payroll <payroll@larkspurent.org>',
   'All Staff <allstaff@larkspurent.org>',
   'Reminder: timesheets due Monday 9am (holiday pay period)',
   """Hi all,

Because of Thanksgiving, the pay period closing 11/30 will be processed
early. Please approve timesheets in the portal by Monday 11/25 9:00am.

- Clinic closed Thu 11/28 and Fri 11/29 (paid holiday for eligible staff)
- On-call ENT (Dr Marwaha) and on-call audiology pager (555-0199) claim
  call pay on the "Call" line, not as OT
- Sick leave: use the code SL, not PTO, and no reasons needed

Questions to Tess Okonjo, x207.

Payroll
""")

mk('clean', 'admin',
   'ClearPath Claims Notifications <noreply@clearpathclaims.example>',
   'Billing <billing@larkspurent.org>',
   'Service notice: 837/835 batch delay - Submitter ID LARKSPURENT',
   """ClearPath Claims - Service Notice  SN-2024-1107

Submitter ID: LARKSPURENT
Affected:      837P outbound batches, 835 ERA delivery, 270/271 real-time
Window:        Sat 11/09 22:00 ET - Sun 11/10 06:00 ET

During scheduled maintenance, claim files uploaded will be queued and
released after the window. Real-time eligibility (270/271) will return
AAA*N**42 (unable to respond). No action is needed; files will not need
resubmission. ERA files for payer trace numbers issued during the window
will arrive Monday.

Support: 1-888-555-0140, option 2 | Ref: SN-2024-1107
""")

# =====================================================================
# CLEAN -- lookalike
# =====================================================================

mk('clean', 'lookalike',
   'Ironside Fitness <members@ironsidefitness.example>',
   'Kevin Fitzgerald <kfitzg@protonmail.example>',
   'Your free fitness assessment is booked, Kevin!',
   """Hi Kevin,

Thanks for joining Ironside Fitness - Marlow Heights!

Member #: 88213-04
Plan: Peak Monthly (no contract)
Home club: 410 Calloway Pkwy

Your complimentary fitness assessment is booked for Tuesday 11/12 at 6:30pm
with coach Tasha. We'll check body composition, resting heart rate and
blood pressure, grip strength and a mobility screen, then build your
programme. Wear comfortable clothes and bring water.

Not feeling 100%? Reschedule in the app up to 2 hours before.

See you on the floor,
Team Ironside
""",
   html="""<html><body style="background:#111;color:#eee;font-family:Arial"><h2>Hi Kevin,</h2>
<p>Thanks for joining <b>Ironside Fitness - Marlow Heights</b>!</p>
<p>Member #: 88213-04<br>Plan: Peak Monthly (no contract)</p>
<p>Your complimentary <b>fitness assessment</b> is booked for Tuesday 11/12 at 6:30pm with coach Tasha. We'll check body composition, resting heart rate and blood pressure, grip strength and a mobility screen.</p>
<p>See you on the floor,<br>Team Ironside</p></body></html>""")

mk('clean', 'lookalike',
   'Calloway Animal Hospital <frontdesk@callowayvets.example>',
   'Rhonda Beaulieu <rbeaulieu@gmail.example>',
   "Biscuit's ear recheck - results",
   """Hi Rhonda,

Dr. Sandoval asked me to send you Biscuit's results from today.

Patient: Biscuit (Cocker Spaniel, 6 yrs, M/N)
Client #: C-20447   Patient ID: P-33918

Ear cytology (right): moderate yeast, few cocci - improved from last visit.
Left ear clear. Otoscope exam: eardrum intact both sides.

Plan: continue Otomax drops 5 drops right ear twice daily for 7 more days,
ear cleaner every other day. Recheck in 2 weeks. If he's still scratching
we'll talk about a food trial for allergies.

Your balance today: $86.40 (paid). Next appt: 11/26 at 10:20am.

Calloway Animal Hospital
555-0131
""")

mk('clean', 'lookalike',
   'Marlow Teachers Credit Union <alerts@marlowtcu.example>',
   'Gwen Archer <garcher@outlook.example>',
   'Your November statement is ready - Member #0048812',
   """Hello Gwen,

Your eStatement for the period ending 10/31/2024 is now available in
online banking.

Member #: 0048812
Share Savings ...4471   Balance $2,318.55
Checking ...9903        Balance $1,104.90
Auto Loan ...0207       Next payment $312.00 due 11/15

Reminder: our branches will be closed Thursday 11/28. Health Savings
Account (HSA) contributions made after 12/20 may post in January.

Marlow Teachers Credit Union | NMLS #402218
Never share your PIN. We will never ask for it by email.
""")

mk('clean', 'lookalike',
   'Skyhaven Airlines <itinerary@skyhavenair.example>',
   'Margaret Hollis <mhollis.travel@gmail.example>',
   'Your trip confirmation - KQ7M2R',
   """Confirmation: KQ7M2R

Passenger: HOLLIS/MARGARET MS
Frequent flyer: SH 448102937 (Silver)
E-ticket: 6172449911032

Fri 20 Dec   SH 1184  LEX 06:10  ->  CLT 07:42   Seat 14C
Fri 20 Dec   SH 2207  CLT 09:05  ->  SAN 11:20   Seat 22A

Special service request: none. Need assistance at the airport, travelling
with medical devices or oxygen? Visit skyhavenair.example/assist at least
48 hours before departure.

Baggage: 1 checked bag included. Cabin pressure changes can affect ears -
chewing gum on descent helps!
""")

mk('clean', 'lookalike',
   'Granite Mutual Auto Claims <claims@granitemutual.example>',
   'Derek Osei <derek.osei@gmail.example>',
   'Claim CLM-88213-A - appraisal scheduled',
   """Dear Derek Osei,

Thank you for reporting your claim.

Claim number:   CLM-88213-A
Policy number:  GMA-7720194-02
Date of loss:   11/02/2024
Vehicle:        2019 Subaru Outback, VIN ending 4471

You reported no injuries. An appraiser, Luis Ferrante (555-0115), will
inspect the rear bumper and tailgate damage at Marlow Collision on
11/08. Your rental coverage is $40/day for up to 30 days.

Your adjuster is Karen Whitlock, ext 3391. Please have your claim number
ready when you call.

Granite Mutual Insurance Company
""")

mk('clean', 'lookalike',
   'Hollow Oak Tree Surgery <quotes@hollowoaktree.example>',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'Quote Q-2411-058 - car park trees, 900 Calloway Pkwy',
   """Hi Geoff,

Thanks for walking the site with me. Quote as discussed:

1. Red oak by the entrance - crown reduction 25%, remove deadwood over
   the footpath, treat bark wound on the main limb ........... $1,450
2. Two Bradford pears by lot B - fell and stump grind (decay at base,
   failing union, these are a hazard) .......................... $1,980
3. Replant: 2 x disease-resistant elms, 45L container ............ $640

Total $4,070 + tax. We'd do it on a Saturday so patients and staff aren't
under the work zone. Certified arborist: Nate Kowalski ISA #KY-4471A.

Cheers,
Nate
Hollow Oak Tree Surgery - 555-0154
""")

mk('clean', 'lookalike',
   'Priya Raman <praman@wavelengthsoft.example>',
   'platform-eng@wavelengthsoft.example',
   'postmortem: patient-zero worker and orphaned child processes',
   """tl;dr the "patient" retry worker was forking child processes that never
got reaped, the host ran out of PIDs at 02:14 and the scheduler fell over.

Timeline
  02:03  deploy of scheduler v4.18 (new retry backoff)
  02:14  PID exhaustion on sched-03, health checks fail
  02:16  pager -> Marcus (on call)
  02:41  rolled back, killed zombie children (kill -9 on parent 44712)
  02:55  all queues drained, patient retries resumed

Root cause: retry loop in PatientRetry.run() doesn't wait() on children
after a timeout. Treatment: added SIGCHLD handler + max_children=64.
Follow-ups in JIRA SCHED-2291, SCHED-2292.

Blameless, as always. Thanks Marcus for the quick triage.
Priya
""")

# =====================================================================
# CLEAN -- news
# =====================================================================

mk('clean', 'news',
   'Larkspur ENT <newsletter@larkspurent.org>',
   'subscribers@lists.larkspurent.org',
   'Hearing Matters - Winter 2024 newsletter',
   """HEARING MATTERS | Larkspur Ear, Nose & Throat Associates | Winter 2024

In this issue
 * Holiday parties and hearing aids: 5 tips for noisy restaurants
 * Meet our new audiologist, Dr. Oluwaseun Bakare
 * Singers: protecting your voice through the Christmas season
 * Free hearing screenings at the Marlow Heights Library, Sat 7 Dec

Noisy restaurants
Sit with your back to the wall, ask for a booth, and use the restaurant
programme on your aids. Remote microphones can make a big difference.

Voice care for singers
Dr. Imogen Haldane reminds choir members: hydrate, warm up, don't sing
through laryngitis, and rest your voice after long rehearsals. If
hoarseness lasts more than 3 weeks, get checked.

Free screenings
Our audiology team will offer free 10-minute hearing screenings at the
library (no appointment needed). Screening is not a diagnostic test.

To unsubscribe, reply with UNSUBSCRIBE.
""",
   html="""<html><body style="font-family:Georgia,serif"><h1>Hearing Matters</h1><h3>Larkspur ENT | Winter 2024</h3>
<ul><li>Holiday parties and hearing aids: 5 tips for noisy restaurants</li><li>Meet our new audiologist, Dr. Oluwaseun Bakare</li>
<li>Singers: protecting your voice through the Christmas season</li><li>Free hearing screenings at the Marlow Heights Library, Sat 7 Dec</li></ul>
<h2>Noisy restaurants</h2><p>Sit with your back to the wall, ask for a booth, and use the restaurant programme on your aids.</p>
<h2>Voice care for singers</h2><p>Dr. Imogen Haldane reminds choir members: hydrate, warm up, don't sing through laryngitis, and rest your voice after long rehearsals.</p>
<h2>Free screenings</h2><p>Free 10-minute hearing screenings at the library, no appointment needed.</p>
<p style="font-size:9pt">To unsubscribe, reply with UNSUBSCRIBE.</p></body></html>""")

mk('clean', 'news',
   'Kentucky State Health Bulletin <bulletin@health.state.example>',
   'ENT and Pediatric Providers <providers-list@health.state.example>',
   'Health Advisory: pertussis and mumps activity, 2024-25 season',
   """HEALTH ADVISORY #2024-17
Distribution: pediatric, family medicine, ENT, urgent care providers

Summary
Pertussis cases in the region are up 3.2-fold compared with the same
period in 2023 (412 vs 128 reported cases YTD). Two mumps clusters have
been confirmed at university campuses; sensorineural hearing loss has
been reported as a complication in under 1% of cases nationally.

Recommendations
 1. Test (PCR) patients with cough >= 2 weeks, paroxysms or post-tussive
    vomiting.
 2. Report suspected mumps within 24 hours; collect buccal swab.
 3. Verify Tdap and MMR status at every visit.
 4. Refer children with new hearing loss after mumps for audiological
    evaluation.

Contact the Epidemiology Duty Officer: 555-0100 (24/7).
""")

mk('clean', 'news',
   'MedSafety Alerts <alerts@medsafetywatch.example>',
   'Pharmacy & Clinical Staff <clinical@larkspurent.org>',
   'RECALL: Otiflex (ciprofloxacin/dexamethasone) otic suspension, lots 4471A, 4472A',
   """DRUG RECALL NOTICE - Class II

Product:  Otiflex (ciprofloxacin 0.3% / dexamethasone 0.1%) otic
          suspension, 7.5 mL bottle
NDC:      70444-118-75
Lots:     4471A (exp 06/2026), 4472A (exp 07/2026)
Reason:   Out-of-specification particulate matter found during stability
          testing. No adverse events have been reported to date.

Action for clinics and pharmacies
 - Quarantine remaining stock from the affected lots
 - Return via the Stericycle label enclosed with the notice
 - Patients may keep using their bottle until a replacement is obtained;
   advise them to shake well and stop if irritation occurs

Questions: Norwell Otic Pharmaceuticals Medical Information 1-800-555-0177
""")

mk('clean', 'news',
   'Cirrus Bionics Clinical Communications <clinicalcomms@cirrusbionics.example>',
   'ciprogram@larkspurent.org',
   'Field Safety Notice FSN-CB-2024-03: Aria 3 processor rechargeable battery',
   """FIELD SAFETY NOTICE FSN-CB-2024-03
Aria 3 Sound Processor - Rechargeable Battery Module, part AB-300

Dear Cochlear Implant Clinician,

Cirrus Bionics has identified that a small number of AB-300 battery
modules manufactured between January and March 2024 (lot codes
24A01-24C31) may swell after more than 400 charge cycles. No injuries have
been reported. Implanted components are not affected.

What you should do:
 1. Check the lot code on recipients' battery modules at their next visit
 2. Advise recipients to stop using any module that is swollen or warm
 3. Order free replacements via the clinician portal (reason code FSN03)

The global incidence is estimated at 0.04%. We apologise for the
inconvenience.

Dr. Anneliese Vogt, VP Clinical Affairs, Cirrus Bionics
""")

mk('clean', 'news',
   'Voice Care Network <news@voicecarenet.example>',
   'Imogen Haldane <ihaldane@larkspurent.org>',
   'VCN Digest: 2025 Symposium call for papers; survey results',
   """VOICE CARE NETWORK DIGEST - November

1. Call for papers: 2025 Symposium on Care of the Professional Voice
   Abstracts due 15 January. Themes: performer voice injury, gender-
   affirming voice care, telepractice in voice therapy.

2. Member survey results (n = 1,204 SLPs and laryngologists)
   - 61% now offer telehealth voice therapy
   - median wait for stroboscopy: 5.5 weeks
   - 38% of teachers referred for voice problems had missed work in the
     previous year

3. New position paper: "Hydration and vocal fold health" now available to
   members.

You are receiving this because you are a member of the Voice Care Network.
""")

mk('clean', 'news',
   'Westfield Unified School District <communications@westfieldusd.example>',
   'All Teachers <teachers@westfieldusd.example>',
   'Staff Bulletin: classroom soundfield systems + hearing-friendly classrooms',
   """WESTFIELD USD STAFF BULLETIN

Soundfield amplification rollout
All K-3 classrooms will have soundfield systems installed by February.
Research shows children with even mild or temporary hearing loss (such as
from ear infections) benefit from a better signal-to-noise ratio.

Tips for every classroom
 - face the class when giving instructions
 - reduce background noise (tennis balls on chair legs work!)
 - repeat other students' answers
 - if a student has a hearing aid or cochlear implant, check the
   remote mic is charged at the start of the day

District audiologist Ms. Carla Benson will run an after-school session on
12/4 in the district office. Speech-language pathology services referrals
continue to go through your school's student support team.
""")

# =====================================================================
# CLEAN -- staff
# =====================================================================

mk('clean', 'staff',
   'Sunil Marwaha MD <smarwaha@larkspurent.org>',
   'ENT Providers <entproviders@larkspurent.org>',
   'post-tonsillectomy analgesia - updating our sheet',
   """All,

Proposing we update the post-T&A discharge sheet:

 - regular paracetamol + ibuprofen for 5-7 days (ibuprofen is fine, the
   bleeding data don't support avoiding it)
 - no codeine under 12, and avoid tramadol in kids with OSA
 - make "ear pain is normal around day 3-7" more prominent - we get a lot
   of nurse line calls about it
 - add the white slough photo so parents know it's not infection

Any objections by Friday, otherwise I'll send to the nurses to reprint.

Sunil
""")

mk('clean', 'staff',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'Head & Neck MDT <hnmdt@larkspurent.org>',
   'MDT Thursday - one case for discussion (de-identified)',
   """For Thursday's MDT, one case I'd like opinions on, no images yet:

A man in his 60s, ex-smoker (40 pack-years, quit ~10 years ago),
hoarseness for about 3 months. Scope shows a left vocal fold lesion,
exophytic, mobile cord. No neck nodes palpable. No dysphagia or weight
loss.

Question: microlaryngoscopy + biopsy first vs straight to CT/PET?
Anaesthetic risk is moderate (COPD). I'll bring the full details to the
meeting - please don't email identifiers around.

Imogen
""")

mk('clean', 'staff',
   'Priscilla Nakamura-Ross <pnakamura@larkspurent.org>',
   'Mateo Villasenor <mvillasenor@larkspurent.org>',
   'FEES vs MBS - your thoughts?',
   """Mateo,

St Cadoc's stroke unit want us to default to FEES for all their new stroke
referrals rather than MBS. My view: FEES at bedside is great for the ones
who can't get to radiology and for secretion management, but MBS still
wins for the oral phase and UES opening.

How do you feel about a simple rule like:
 - can't transfer / isolation / needs repeat in <1 wk -> FEES
 - suspected oral/oesophageal component -> MBS
 - otherwise clinician choice

Would like to take something to their team meeting on the 20th.

P
""")

mk('clean', 'staff',
   'Mateo Villasenor <mvillasenor@larkspurent.org>',
   'Geoffrey Tallis <gtallis@larkspurent.org>',
   'Re: voice clinic cover in Dec',
   """Geoff - with Bethany off 11/25-12/6 I can cover her peds list on Mon/Tue
but then the Monday voice therapy slots are empty. Options:

 1. move voice therapy to Wed am (Priscilla is on MBS in the afternoon
    anyway)
 2. use the locum SLP agency again - last time was $78/hr and she was
    good with singers
 3. run a telehealth voice group on Monday evening

I'd lean to 1 + a couple of telehealth sessions. Dr Haldane is fine with
either.

Mateo Villasenor MS CCC-SLP
Voice Therapist

> On Nov 7, 2024, at 8:02 AM, Geoffrey Tallis wrote:
> Mateo, how are we covering voice clinic while Bethany's away?
""")

mk('clean', 'staff',
   'Rafael Okafor-Lindqvist MD <rokafor@larkspurent.org>',
   'CI Team <citeam@larkspurent.org>',
   'candidacy criteria - proposed changes for 2025',
   """Team,

Following the national guidance update, I'd like us to adopt these for
adult CI candidacy from January:

 - AzBio sentences in quiet, best-aided, <= 60% in the ear to be implanted
   (up from 50%)
 - consider single-sided deafness with tinnitus case-by-case, with a
   3-month CROS trial first
 - CT temporal bones standard; MRI for all under 18 and anyone with
   suspected cochlear ossification
 - every candidate sees the CI psychologist before MDT

Jonah, can you model how many of last year's referrals would now have
qualified? Aggregate only please.

Rafael
""")

mk('clean', 'staff',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Dispensary <dispensary@larkspurent.org>',
   'REM on every fitting - reminder',
   """Hi dispensary team,

Quick reminder after the audit: real ear measurement needs to be done
and saved for every new fitting and every major reprogramming, not just
"first fit" in the software. Audit found 14 of 40 fittings in October with
no REM saved.

 - calibrate the probe tube each morning
 - use the speech-mapping ISTS signal at 55/65/80 dB
 - aim within 5 dB of NAL-NL2 targets 500-4k where possible
 - document why if you can't (e.g. ear canal surgery, tolerance)

Thanks all - we'll re-audit in January.

Hannah Ferreira AuD, Clinical Lead Audiology
""")

mk('clean', 'staff',
   'Jonah Albrecht AuD <jalbrecht@larkspurent.org>',
   'Clinical Staff <clinical@larkspurent.org>',
   'Journal club Weds 12/11 - hidden hearing loss',
   """Hi all,

Journal club next Wednesday 12:15 in the big meeting room (pizza from
Gino's). Paper: "Cochlear synaptopathy in humans: where are we now?" -
review article, link on the shared drive.

Discussion questions:
 1. Should we add extended high-frequency audiometry to our routine
    battery for musicians?
 2. How do we counsel a noise-exposed 30-something with a normal audiogram
    who struggles in noise?

Singers and teachers with voice and hearing complaints come up a lot in
our clinics so this should be useful to SLPs too.

Jonah
""")

# =====================================================================
# CLEAN -- training
# =====================================================================

mk('clean', 'training',
   'Dev Kulkarni <dkulkarni@larkspurent.org>',
   'New Starters <newstarters@larkspurent.org>',
   'EHR training Tue 12/3 - your TRAIN domain logins',
   """Hi all,

For Tuesday's EHR training please log into the TRAIN environment only
(https://train.larkehr.example). Use these test patients - they do not
exist and you can do anything to them:

  ZZTEST, AUDIOLOGY      MRN 999000101   DOB 01/01/1900
  ZZTEST, VOICEPATIENT   MRN 999000102   DOB 01/01/1900
  ZZTEST, PEDS SLP       MRN 999000103   DOB 01/01/2000

Exercises: book a hearing evaluation, document a tympanogram, order a
FEES, send a letter to the referring doctor. Never look up a real patient
in TRAIN or PROD during training.

Logins: train01 ... train06, password is given out in the room.

Dev
""")

mk('clean', 'training',
   'Audiva Software Demo Team <demo@audivasoftware.example>',
   'Hannah Ferreira AuD <hferreira@larkspurent.org>',
   'Your Audiva Suite 9 demo - recording and sample data',
   """Hi Hannah,

Thanks for joining the Audiva Suite 9 demo. As promised, here's the
recording link and the sample data we used. All records are fictitious.

Sample client: John Doe, DOB 01/01/1970, Client ID DEMO-0001
  - Audiogram: mild-to-moderate sloping SNHL bilaterally (sample)
  - Fitting session: Vireo 7 RIC (demo device, serial DEMO123456)
  - REM: NAL-NL2 targets met within 3 dB (simulated)

Sample client: Jane Roe, DOB 02/02/1985, Client ID DEMO-0002
  - Tinnitus module walkthrough

Recording: https://audivasoftware.example/demo/rec/9-ENT-118
Trial licence valid until 12/31.

Best,
Caleb Morrow, Solutions Engineer, Audiva Software
""")

_train_hl7 = '\n'.join([
    'MSH|^~\\&|LARKEHR|LARKSPUR|AUDIVA|LARK_AUD|202411010900||ADT^A04|TEST0001|T|2.5.1',
    'EVN|A04|202411010900',
    'PID|1||999000101^^^LARK^MR||ZZTEST^AUDIOLOGY||19000101|U|||1 TEST ST^^TESTVILLE^KY^00000||(000)000-0000',
    'PV1|1|O|AUD^BOOTH1^^LARK||||9999999999^TRAINER^TEST',
])
mk('clean', 'training',
   'Dev Kulkarni <dkulkarni@larkspurent.org>',
   'IT Team <it@larkspurent.org>',
   'HL7 basics for the help desk - sample message',
   """For the new help desk folks - annotated sample ADT message from the TEST
interface (processing ID "T", test patient, nothing real):

""" + _train_hl7 + """

MSH-9 = message type (A04 = register outpatient)
MSH-11 = P for prod, T for test - always check this first
PID-3 = MRN, PID-5 = name, PID-7 = DOB
PV1-3 = location (clinic/room)

If you ever see a real-looking message in a ticket, don't forward it by
email - attach the engine log reference instead.

Dev
""")

mk('clean', 'training',
   'Imogen Haldane MD <ihaldane@larkspurent.org>',
   'Residents <ent-residents@stcadoc-regional.example>',
   'Teaching session: writing a voice clinic note (template + sample)',
   """Hi all,

For Friday's teaching, here's the note template plus a worked SAMPLE
note. The sample is made up for teaching - "Jane Sample" is not a
patient.

---------- SAMPLE NOTE (FICTITIOUS) ----------
Patient: Jane Sample   MRN: SAMPLE-0000   Age: 45
CC: hoarseness x 6 weeks, voice fatigue after teaching
VHI-10: 22   GRBAS: G1 R1 B1 A0 S1
Strobe: bilateral mid-fold swellings, symmetric; mucosal wave preserved
Plan: voice therapy x 6, vocal hygiene, repeat strobe 8 weeks
----------------------------------------------

Please bring one note of your own, with identifiers removed, to critique.

Imogen Haldane MD
Clinical Assistant Professor
""")

mk('clean', 'training',
   'Bethany Corcoran <bcorcoran@larkspurent.org>',
   'Student Placements <slp-students@westmarch-univ.example>',
   'Placement orientation pack - mock case study',
   """Dear students,

Welcome to your placement at Larkspur ENT. Before day one please read
the attached orientation and prepare the mock case below. It is a
teaching scenario only.

MOCK CASE - "Child A"
Child A is a 4-year-old attending nursery. Parents report that
strangers understand about half of what Child A says. Hearing screen
(mock result) passed. You have 45 minutes for an initial assessment.

 1. Which standardised assessments would you choose and why?
 2. What would you ask the parents?
 3. Draft two SMART goals.

Don't bring any real client information from your previous placements.

Bethany Corcoran MA CCC-SLP
Clinical Educator
""",
   atts=[('orientation_checklist.txt', 'text', 'plain',
          "LARKSPUR ENT - SLP STUDENT ORIENTATION CHECKLIST\n"
          "[ ] ID badge and parking pass\n[ ] HIPAA training certificate\n"
          "[ ] Infection control module\n[ ] Shadow 2 paediatric sessions\n"
          "[ ] Shadow 1 FEES and 1 MBS\n[ ] Meet clinical educator weekly (Thursdays 4pm)\n")])

_train837 = '~\n'.join([
    'NM1*IL*1*DOE*JOHN****MI*TEST00000001',
    'N3*123 ANY STREET',
    'N4*ANYTOWN*KY*00000',
    'DMG*D8*19000101*M',
    'CLM*SAMPLE001*100***11:B:1*Y*A*Y*Y',
    'HI*ABK:H9190',
    'SV1*HC:92557*100*UN*1***1',
]) + '~'
mk('clean', 'training',
   'Renata Obuya <robuya@larkspurent.org>',
   'Front Office <frontoffice@larkspurent.org>',
   'Billing 101 slides + sample 837 (fake data)',
   """Hi team, thanks for sitting through billing 101. Slides are on the
shared drive. Below is the sample claim snippet we walked through - it's
the clearinghouse's own test data (DOE/JOHN, all-zero zip), not a patient.

""" + _train837 + """

Remember:
 - member ID exactly as on the card, no dashes unless printed
 - 92557 comprehensive audiometry, 92567 tympanometry, 92550 bundle
 - hearing aids use V-codes with LT/RT

Renata
""",
   cte='quoted-printable')

# ---------------------------------------------------------------------
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for r in ROWS:
        w.writerow(r)

if __name__ == '__main__':
    for (lab, kind), n in sorted(COUNT.items()):
        print('%s-%s: %d' % (lab, kind, n))
    print('total:', sum(COUNT.values()))
