#!/usr/bin/env python3
"""Blind evaluation mail set: plastic & hand surgery practice / burn clinic / med-spa.
Run: python3 gen.py OUTDIR
"""
import os, sys, io, csv, zipfile, random
import email.policy
from email.message import EmailMessage
from email.utils import parseaddr

SEED = 6102
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

MSGS = []


def add(label, kind, frm, to, subject, date, body, patient='', cc=None, html=None,
        atts=(), cte=None, headers=None):
    MSGS.append(dict(label=label, kind=kind, frm=frm, to=to, subject=subject, date=date,
                     body=body, patient=patient, cc=cc, html=html, atts=list(atts),
                     cte=cte, headers=headers or []))


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 7, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def make_xlsx(rows, sheet='Sheet1'):
    def col(n):
        s = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(ci), ri, _x(v))
                        for ci, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (ri, cells))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return make_zip([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                     ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                     ('xl/worksheets/sheet1.xml', sheet_xml)])


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# ---------------------------------------------------------------- people / orgs
HPS = 'harborlineplastics.com'
SPA = 'lumieremedspa.com'
KHT = 'keystonehandtherapy.com'
VEND = 'siennaimplants.com'
LAW = 'pruettlacombe.com'
HOSP = 'stcolumbamc.org'

JANELLE = 'Janelle Whitcomb <jwhitcomb@%s>' % HPS
TORI = 'Tori Baptiste <tbaptiste@%s>' % HPS
KEISHA = 'Keisha Dunmore RN <kdunmore@%s>' % HPS
HOLLIS = 'Hollis Grady <hgrady@%s>' % HPS
RENATA = 'Renata Solis <rsolis@%s>' % HPS
OMAR = 'Omar Haddad <ohaddad@%s>' % HPS
COLETTE = 'Colette Fairbanks <cfairbanks@%s>' % HPS
DREYES = 'Marcus Reyes MD <mreyes@%s>' % HPS
DCAST = 'Inés Castellano MD <icastellano@%s>' % HPS
DVENK = 'Priya Venkatesh MD <pvenkatesh@%s>' % HPS
DKOW = 'Anneliese Kowalczyk MD <akowalczyk@%s>' % HPS
DEREK = 'Derek Mwangi <dmwangi@%s>' % HPS
BRIELLE = 'Brielle Santangelo RN <brielle@%s>' % SPA
NADIA = 'Nadia Fortier <nfortier@%s>' % SPA
MARA = 'Mara Quist <mara@%s>' % SPA
KEVIN = 'Kevin Osei OTR/L CHT <kosei@%s>' % KHT
DANA = 'Dana Lindholm <dlindholm@%s>' % KHT
TREVOR = 'Trevor Maddox <tmaddox@%s>' % VEND
SIMONE = 'Simone Achebe <sachebe@%s>' % LAW

DISC = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message."""

SIG_JANELLE = """
Janelle Whitcomb
Surgical Coordinator | Harborline Plastic & Hand Surgery
1200 Harbor Point Blvd, Suite 300, Boston MA 02127
p 617-555-0102 | f 617-555-0199
"""

SIG_TORI = """
Tori Baptiste, CPC
Insurance & Pre-Determination Coordinator
Harborline Plastic & Hand Surgery
617-555-0104 (direct) | 617-555-0199 (fax)
"""

SIG_RENATA = """
Renata Solis
Workers' Compensation & Records Coordinator
Harborline Plastic & Hand Surgery | 617-555-0108
"""

SIG_OMAR = """
Omar Haddad
Patient Accounts / Billing Specialist
Harborline Plastic & Hand Surgery
617-555-0110
"""

SIG_KEVIN = """
Kevin Osei, OTR/L, CHT
Keystone Hand Therapy
45 Dorset St, Boston MA 02127 | 617-555-0230
"""

# =================================================================== PHI: care
add('phi', 'care', JANELLE, 'Keystone Intake <intake@%s>' % KHT,
    'Referral - flexor tendon repair, needs to start Mon/Tues',
    'Mon, 07 Oct 2024 08:42:10 -0400',
    """\
Hi Keystone team,

Sending over a new referral from Dr. Reyes. Deshawn Pruitt had a zone II flexor
tendon repair of the right long finger (FDP + FDS) on Friday 10/4 after a box
cutter laceration at work. Repair was 4-strand core + epitendinous. Dr. Reyes
would like him started on the early active motion protocol - dorsal blocking
orthosis, wrist neutral, MCPs ~50 deg flexion, IPs straight.

First visit ideally Monday or Tuesday. He's in the post-op splint and bulky
dressing right now. He is off work, it's a workers comp case (carrier info is
on the fax we sent this morning).

His cell is on the referral. English speaking, no interpreter needed.

Thanks!
Janelle
""" + SIG_JANELLE + DISC,
    patient='Pruitt', cc=DREYES)

add('phi', 'care', KEISHA, DVENK, 'haldane graft check',
    'Tue, 08 Oct 2024 11:07:51 -0400',
    """\
dr v - saw walt haldane this am for the POD5 takedown. graft on L forearm looks
~90% take, small area of shear distally maybe 1x2cm, left it open to xeroform.
donor site on the thigh is weeping but ok. he's only taking the oxycodone at
night now. rescheduled him for thurs, wife will drive.

also he asked again about going back to the shop - told him that's your call
-k
""", patient='Haldane')

add('phi', 'care', BRIELLE, DCAST, 'Fwd: question after my appointment',
    'Tue, 08 Oct 2024 07:31:02 -0400',
    """\
Dr C - can you take a look at this one? I did her 10/1, 20u glabella + 8u crow's
feet each side, same as she's had the last 3 times. I think it's early lid ptosis
on the left. Want me to bring her in for you to see or should I just call in the
apraclonidine drops? I can send you the photos from today if she comes by.

B

Brielle Santangelo, RN, CANS
Lead Aesthetic Injector | Lumière Med Spa

-----Original Message-----
From: Tamsin Greer <tamsin.greer84@gmail.com>
Sent: Monday, October 7, 2024 9:58 PM
To: Lumiere Med Spa <hello@lumieremedspa.com>
Subject: question after my appointment

Hi, I had Botox with Brielle last Tuesday and since Saturday my left eyelid
looks kind of droopy, like heavier than the right, especially in the evening.
Is this normal?? I have a wedding on the 19th and I'm kind of freaking out.

Tamsin

Sent from my iPhone
""", patient='Greer')

LMN = """\
HARBORLINE PLASTIC & HAND SURGERY
1200 Harbor Point Blvd, Suite 300, Boston MA 02127

October 7, 2024

Bluewater Health Plan
Attn: Pre-Determination Unit

RE: Kelsey A. Marchetti
Request: Bilateral reduction mammaplasty (CPT 19318 x2)
Ref: PD-2024-10-3317

To whom it may concern,

I am writing on behalf of my patient, Ms. Kelsey Marchetti, who I saw in
consultation on 9/18/2024 for symptomatic macromastia.

Ms. Marchetti is a 34 year old woman who reports chronic neck, upper back and
shoulder pain for more than 5 years, deep bra-strap grooving, and recurrent
inframammary intertrigo treated with nystatin powder three times in the past
year. She completed six months of physical therapy (January - July 2024) and a
course of chiropractic care without lasting relief, and takes ibuprofen most
days.

On exam: height 5'4", weight 152 lb, BSA 1.74 m2. Sternal notch to nipple
34 cm right, 35 cm left. Shoulder grooving 1.5 cm bilaterally.

Planned resection is estimated at 650 g right and 700 g left, which exceeds
the Schnur sliding scale minimum for her body surface area.

In my opinion this procedure is medically necessary and not cosmetic. Photos
are being sent by secure fax.

Sincerely,

Inés Castellano, MD, FACS
Board Certified, American Board of Plastic Surgery
"""

add('phi', 'care', TORI, 'Bluewater PD Unit <predetermination@bluewaterhealthplan.com>',
    'Pre-determination request - reduction mammaplasty - Marchetti',
    'Mon, 07 Oct 2024 15:22:40 -0400',
    """\
Good afternoon,

Please find attached the letter of medical necessity and request for
pre-determination for our patient Kelsey Marchetti. Member ID and clinical
notes were uploaded to the provider portal today under ref PD-2024-10-3317.
Photos will follow via secure fax per your guidance.

Please contact me with any questions.

Thank you,
""" + SIG_TORI + DISC,
    patient='Marchetti',
    atts=[('LMN_Marchetti_K_reduction.txt', 'text', 'plain', LMN)])

add('phi', 'care', DREYES, 'St Columba OR Booking <orbooking@%s>' % HOSP,
    'add on tmrw AM', 'Wed, 09 Oct 2024 16:48:12 -0400',
    """\
Can you add on Victor Lindqvist for tomorrow, first available after my 7:30.
I&D right index flexor tenosynovitis - came into the office today with all 4
Kanavel signs. He's getting ancef 2g IV in your ED now, NPO after midnight.
About 60 min, regional + MAC.

Thanks
MR

Sent from my mobile. Please excuse brevity and typos.
""", patient='Lindqvist')

add('phi', 'care', TREVOR, JANELLE, 'RE: Thursday case - sizers and backup',
    'Tue, 08 Oct 2024 15:03:27 -0500',
    """\
Hi Janelle,

Confirmed - I'll be there Thursday by 6:45 with the sizer kit and backups. For
Ms. Fleck's revision I'm bringing the 325, 350 and 375cc smooth round in both
moderate plus and high profile since Dr. C mentioned she might go up a size on
the right to even things out after the explant.

I'll also bring the warranty paperwork for the ruptured left device so we can
file the replacement claim. I'll need the explanted device serial and the
original implant date (2016 I think?) from her old op note.

Trevor

Trevor Maddox | Territory Manager, New England
Sienna Implant Solutions | c 857-555-0261

> On Oct 8, 2024, at 2:12 PM, Janelle Whitcomb <jwhitcomb@harborlineplastics.com> wrote:
>
> Trevor - Dr. Castellano's Thursday 10/10 case is Jordana Fleck, bilateral
> capsulectomy, explant left (MRI confirmed intracapsular rupture) and exchange
> both sides. Can you bring sizers + a couple backup sizes? She's at Saint
> Columba OR 4, first case.
>
> J
""", patient='Fleck', cc=DCAST)

TOBIN_TXT = """\
Hi Simone,

Per your request and the signed authorization on file (received 9/30), here is
a brief status summary from Dr. Reyes for Mr. Tobin. Full office notes from 8/12
forward are going out through the secure portal today.

- Date of injury 2/11/2024, left hand crush injury in a hydraulic press
- 2/11: ORIF left 4th and 5th metacarpals
- 2/26: ray amputation, left ring finger
- 5/20: tenolysis, left small finger
- Currently in hand therapy at Keystone 3x/week, moved into the work-hardening
  program 9/16
- Grip strength at last visit (10/2): left 38 lb, right 92 lb
- Not at MMI. Dr. Reyes plans re-evaluation in 6-8 weeks. Restrictions: light
  duty, no gripping or lifting over 10 lb with the left hand.

Please let me know if the hearing date moves.

Renata
""" + SIG_RENATA + """
-----Original Message-----
From: Simone Achebe <sachebe@pruettlacombe.com>
Sent: Tuesday, October 8, 2024 1:15 PM
To: Records <records@harborlineplastics.com>
Subject: Gerald Tobin - status update for hearing 11/14

Good afternoon,

Our office represents Gerald Tobin in his workers' compensation claim (carrier
claim no. 24-338102). Could you please send a status update including current
restrictions and whether Dr. Reyes considers him at MMI? The hearing is set for
11/14. Authorization was attached to our prior email.

Simone Achebe
Paralegal | Pruett Lacombe & Haas LLP
"""
TOBIN_HTML = """\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Simone,</p>
<p>Per your request and the signed authorization on file (received 9/30), here is a brief status
summary from Dr. Reyes for Mr. Tobin. Full office notes from 8/12 forward are going out through the
secure portal today.</p>
<ul>
<li>Date of injury 2/11/2024, left hand crush injury in a hydraulic press</li>
<li>2/11: ORIF left 4th and 5th metacarpals</li>
<li>2/26: ray amputation, left ring finger</li>
<li>5/20: tenolysis, left small finger</li>
<li>Currently in hand therapy at Keystone 3x/week, moved into the work-hardening program 9/16</li>
<li>Grip strength at last visit (10/2): left 38 lb, right 92 lb</li>
<li>Not at MMI. Dr. Reyes plans re-evaluation in 6-8 weeks. Restrictions: light duty, no gripping or
lifting over 10 lb with the left hand.</li>
</ul>
<p>Please let me know if the hearing date moves.</p>
<p>Renata<br>Renata Solis<br>Workers' Compensation &amp; Records Coordinator<br>
Harborline Plastic &amp; Hand Surgery | 617-555-0108</p>
<hr>
<p><b>From:</b> Simone Achebe &lt;sachebe@pruettlacombe.com&gt;<br><b>Sent:</b> Tuesday, October 8, 2024 1:15 PM<br>
<b>Subject:</b> Gerald Tobin - status update for hearing 11/14</p>
<p>Good afternoon,</p><p>Our office represents Gerald Tobin in his workers' compensation claim (carrier claim
no. 24-338102). Could you please send a status update including current restrictions and whether Dr. Reyes
considers him at MMI? The hearing is set for 11/14. Authorization was attached to our prior email.</p>
</body></html>
"""
add('phi', 'care', RENATA, SIMONE, 'RE: Gerald Tobin - status update for hearing 11/14',
    'Wed, 09 Oct 2024 10:26:44 -0400', TOBIN_TXT, html=TOBIN_HTML, patient='Tobin',
    headers=[('Thread-Topic', 'Gerald Tobin - status update for hearing 11/14')])

add('phi', 'care', NADIA, DCAST, 'scar pt - lena hauser session 3',
    'Thu, 10 Oct 2024 17:40:09 -0400',
    """\
lena hauser came in for #3 PDL on the sternotomy scar. less red than august,
still raised along the top 2cm. did 7mm 7.5J 1.5ms, no purpura. she's doing the
silicone gel 2x/day like you said. do you want to inject kenalog 10 at the top
before the next session? booked her 11/19.

n

Nadia Fortier, LE | Laser Specialist
Lumière Med Spa
""", patient='Hauser')

# =================================================================== PHI: names
add('phi', 'names', KEISHA, 'Burn Clinic Front Desk <burnclinic-frontdesk@%s>' % HPS,
    'Chukwuemeka Nwachukwu - graft check moved to Thu 10:30',
    'Mon, 07 Oct 2024 13:02:55 -0400',
    """\
moved per Dr V, she's in the OR Wed. he knows. dressing supplies (mepilex ag
10x20 x6) are set aside behind the desk for him.
""", patient='Nwachukwu')

add('phi', 'names', DANA, JANELLE, 'Dupuytren pt - need updated Rx',
    'Tue, 08 Oct 2024 09:12:33 -0400',
    """\
Hi Janelle,

Can you ask Dr. Reyes to sign a new therapy Rx for Nguyễn, Thị Hoa (DOB is on
the original referral)? Her PIP extension on the L small finger is at -15 now
after the needle aponeurotomy. We've done 8 of 8 authorized visits and I think
she'd benefit from 4 more plus an adjustment to the night extension splint.

Her daughter translates for her - best to call the daughter for scheduling.

Thanks,
Dana

Dana Lindholm, OTR/L, CHT
Keystone Hand Therapy | 617-555-0231
""", patient='Nguyễn')

add('phi', 'names', KEVIN, DREYES, 'splint issue',
    'Mon, 07 Oct 2024 10:51:18 -0400',
    """\
Dr. Reyes -

Al-Rashidi's thermoplastic splint cracked at the thumb post over the weekend so
she came in early today. Remolded a new forearm-based thumb spica, IP free. Her
CMC arthroplasty incision looks well healed, pinch is improving.

Just FYI since she said your office told her she can stop wearing it at night?
Want to confirm before I tell her that, it's only week 8.

Kevin
""" + SIG_KEVIN, patient='Al-Rashidi')

add('phi', 'names', COLETTE, DREYES, 'call back pls',
    'Wed, 09 Oct 2024 14:20:41 -0400',
    """\
Dr. Reyes,

Bogdan called again (carpal tunnel release from last Tuesday, the forklift
driver - his wife Irina is usually the one who calls). The numbness in his thumb
and index is not better and he wants to know if that's normal, and if he can
take the dressing off for his daughter's wedding Saturday. He's at
413-555-0177. He sounded pretty worried this time.

Colette
Front Desk | Harborline Plastic & Hand Surgery
""", patient='Bogdan')

add('phi', 'names', JANELLE, 'PAT Scheduling <pat@%s>' % HOSP,
    'PAT for 10/22 - de la Cruz Villanueva',
    'Thu, 10 Oct 2024 08:15:00 -0400',
    """\
Hello,

Ms. Marisol de la Cruz Villanueva is scheduled with Dr. Castellano on 10/22 for
delayed left breast reconstruction with DIEP flap. She needs PAT with CBC, BMP,
type & screen and an EKG (she's 52). She finished radiation in April.

Her oncologist, Dr. van Houten, asked for a copy of the op date as well - I'll
send that separately.

She prefers Spanish for phone calls. Thanks!
""" + SIG_JANELLE + DISC, patient='de la Cruz Villanueva')

add('phi', 'names', TORI, RENATA, 'Wójcik-Brzezińska auth',
    'Fri, 11 Oct 2024 11:44:10 -0400',
    """\
Renata,

The carrier finally approved the scar revision for Ms. Wójcik-Brzezińska --
auth # TCC-77810, valid through 12/31. Adjuster is Gary Plunkett (ext 4471).
Can you get her scheduled with Dr. V? Per therapy her burn contracture in the
R axilla is still limiting abduction to about 90.

thx
T
""", patient='Wójcik-Brzezińska')

add('phi', 'names', BRIELLE, 'Front Desk <hello@%s>' % SPA, 'Re: consult request',
    'Fri, 11 Oct 2024 12:02:37 -0400',
    """\
Siobhán O'Donoghue -- yes ok to book her for the CO2 consult, but she's on
isotretinoin until November so NO resurfacing until 6 months after she stops.
Please flag it in her chart so nobody books a treatment by accident.

B

On Fri, Oct 11, 2024 at 11:20 AM Lumiere Front Desk <hello@lumieremedspa.com> wrote:
> Hi Brielle, she's asking for a laser consult for acne scarring, ok to book?
""", patient="O'Donoghue")

add('phi', 'names', DVENK, KEISHA, 'tomorrow',
    'Sun, 13 Oct 2024 20:11:05 -0400',
    """\
keisha - can you call mr subramanian (venkataraman, the grease fire from 9/28)
first thing and ask him to bring his glucose log tomorrow? his a1c came back
9.8 and the donor site is slow. also see if nutrition can squeeze him in.
thx
PV
""", patient='Subramanian')

# =================================================================== PHI: self
add('phi', 'self', 'Marcy Delacroix <marcydelacroix@yahoo.com>', 'info@%s' % HPS,
    'drain leaking??', 'Sat, 12 Oct 2024 07:54:19 -0400',
    """\
Hi this is Marcy Delacroix, I had my tummy tuck w/ Dr Castellano on Oct 3rd. The
drain on the right side is leaking around where it goes in, the gauze is soaked
every couple hours, kind of pinkish clear. The bulb itself is only getting like
15ml a day now. Is that ok or should I come in Monday? I also ran out of the
keflex yesterday, was I supposed to have more?

Thanks
Marcy
(617) 555-0163
""", patient='Delacroix')

add('phi', 'self', 'Rachel Brandvold <rbrandvold@outlook.com>', 'Burn Clinic <burnclinic@%s>' % HPS,
    'Eli Brandvold - bandage question', 'Wed, 09 Oct 2024 15:37:48 -0500',
    """\
Hello,

My son Eli Brandvold (DOB 06/14/2015) was seen in the burn clinic on Monday for
a burn on his right palm from the stove. The nurse put on a silver bandage and
said to leave it on until Thursday. It got wet at school today (he washed his
hands with it on, of course). Should I take it off? It doesn't smell or
anything but the edge is lifting. He says it itches more than it hurts.

Thank you,
Rachel Brandvold
""", patient='Brandvold')

add('phi', 'self', 'tomas y <tomasybarra22@gmail.com>', 'scheduling@%s' % KHT,
    'cant make thurs', 'Wed, 09 Oct 2024 22:03:11 -0400',
    """\
hey its tomas ybarra, i cant make thursday therapy for my thumb (the ucl
repair) got called in to work. can i do fri morning? also the strap on my
splint broke
""", patient='Ybarra')

add('phi', 'self', 'Dwayne Kessel <dkessel1971@comcast.net>', SIMONE,
    'my wrist - second surgery', 'Thu, 10 Oct 2024 09:28:40 -0400',
    """\
Ms Achebe,

This is Dwayne Kessel, my claim # is 24-WC-401276. I saw Dr Reyes yesterday and
he says the scaphoid didnt heal (nonunion) and I need another surgery with a
bone graft from my hip or the wrist. He wants to do it in November. The
insurance adjuster hasnt called me back in two weeks. Do I need you to approve
this or does the doctor send it? I am still out of work and my checks were late
last month.

I copied the doctors office so they know to talk to you.

Thank you
Dwayne
""", patient='Kessel', cc=RENATA)

add('phi', 'self', 'Jessa Paulsen <jessapaulsen@icloud.com>', 'hello@%s' % SPA,
    'lip filler - white spot??', 'Sun, 13 Oct 2024 18:22:50 -0400',
    """\
Hi!! Jessa Paulsen here \U0001F60A I got 1 syringe of filler in my lips Friday with
Brielle and today there's this white-ish patch on the upper left side and it's
kind of dusky/purple around it and really sore. Is that just bruising?? I'll
send a pic. My birthday is 2/9/96 if you need it to find me lol

xo Jessa
""",
    html="""\
<div dir="ltr"><div>Hi!! Jessa Paulsen here &#128522; I got 1 syringe of filler in my lips Friday with Brielle
and today there's this white-ish patch on the upper left side and it's kind of dusky/purple around it and
really sore. Is that just bruising?? I'll send a pic. My birthday is 2/9/96 if you need it to find me lol</div>
<div><br></div><div>xo Jessa</div></div>
""", patient='Paulsen')

add('phi', 'self', 'Harold Vinterberg <hvinterberg@verizon.net>', DCAST,
    'Thank you and a question', 'Fri, 11 Oct 2024 10:05:00 -0400',
    """\
Dear Dr. Castellano,

I am Harold Vinterberg, born March 22, 1947. You repaired my nose on
September 12 after the Mohs surgery for the skin cancer (the forehead flap).

First, thank you and your staff for your great kindness.

My question: the bridge of the flap between my forehead and nose is to be
divided on October 24, and my daughter asks whether I should stop my Eliquis
beforehand as I did the first time. Dr. Amundsen, my cardiologist, told me to
ask you.

With sincere regards,

H. Vinterberg
""", patient='Vinterberg')

add('phi', 'self', 'Lourdes Arriaga <lulu.arriaga@gmail.com>', 'Burn Clinic <burnclinic@%s>' % HPS,
    'my mother Consuelo Arriaga', 'Mon, 14 Oct 2024 08:12:27 -0400',
    """\
Good morning,

I am writing for my mother, Consuelo Arriaga. She is 81 and was in the burn
unit at Saint Columba in August after her nightgown caught on the gas stove
(burns on both legs). She has follow up with Dr. Venkatesh on the 17th.

The skin on the back of her left knee is getting tight and she can't
straighten it all the way, and she stopped doing the exercises because they
hurt. Can she get the pressure garments that were talked about in the
hospital? She has Medicare and her Humana plan, same numbers as before.

She only speaks Spanish so please call me, not her: 978-555-0121.

Lourdes (daughter)
""", patient='Arriaga', cte='base64')

# =================================================================== PHI: ids
add('phi', 'ids', COLETTE, JANELLE, 'consent missing 10/15',
    'Thu, 10 Oct 2024 16:31:22 -0400',
    """\
J - 00482913 / 3.4.88 is on the 10/15 schedule for the scar revision + fat
grafting but there's no signed surgical consent in the chart and the photo
consent is blank too. can you have her sign at preop fri?
""", patient='')

add('phi', 'ids', 'Beacon Dermatopathology <results@beacondermpath.com>', DCAST,
    'Final report S24-018774', 'Mon, 07 Oct 2024 18:02:00 -0400',
    """\
BEACON DERMATOPATHOLOGY ASSOCIATES - FINAL REPORT
------------------------------------------------------------------------
Accession:  S24-018774
Patient:    CORLISS, DEVON M          DOB: 19880304      Sex: M
Client:     Harborline Plastic & Hand Surgery
Physician:  Castellano, I
Collected:  10/02/2024   Received: 10/03/2024   Reported: 10/07/2024
------------------------------------------------------------------------
SPECIMEN:
A. Skin, left cheek, excision (stitch at 12 o'clock)

FINAL DIAGNOSIS:
A. Basal cell carcinoma, nodular type. Margins free of tumor; closest
   margin (deep) 1.8 mm.

GROSS: Received in formalin labeled with the patient's name and "L cheek",
an ellipse of skin 2.4 x 1.1 cm excised to a depth of 0.6 cm...

Electronically signed: R. Okonjo, MD, 10/07/2024 17:58
------------------------------------------------------------------------
This report was generated automatically. Do not reply to this mailbox.
Questions: 781-555-0300 option 2.
""", patient='Corliss', cte='quoted-printable')

add('phi', 'ids', TORI, 'Provider Relations <providerrelations@bluewaterhealthplan.com>',
    'PD-2024-09-2981 additional info', 'Tue, 08 Oct 2024 13:40:15 -0400',
    """\
Hello,

Following up on your request for additional information dated 9/27.

Member:     Leanne Ashby
DOB:        14 Jun 1979
Member ID:  BWH884201937    Group: 00417
Requested:  CPT 15830 panniculectomy

Uploaded to the portal this morning: photos showing the pannus to mid-thigh,
PCP notes documenting recurrent intertrigo / cellulitis under the pannus treated
three times since January (clotrimazole, cephalexin x2), and weight history
showing a stable weight of 186 lb for 14 months after her sleeve gastrectomy.

Please let me know if anything else is needed to complete the review.

Thanks,
""" + SIG_TORI + DISC, patient='Ashby')

add('phi', 'ids', KEISHA, 'Bayview Home Health Referrals <referrals@bayviewhomehealth.org>',
    'home health referral - wound vac', 'Wed, 09 Oct 2024 12:18:49 -0400',
    """\
Hi, new referral for wound vac management at home:

Stavros Petrakis
42 Larchmont Rd Apt 3, Quincy MA 02169
cell 617-555-0148 (wife Eleni 617-555-0149)
DOB 11/30/1955

Full thickness burn R lower leg, s/p excision & STSG 10/1, graft loss at the
lateral edge. NPWT 125 mmHg continuous, changes M/W/F.
Insurance: Medicare A/B + Tufts supplement

Orders signed by Dr. Venkatesh are on the fax. Can you start Fri 10/11?

Thanks,
Keisha Dunmore, RN, BSN
Burn & Wound Clinic | Harborline Plastic & Hand Surgery
617-555-0120
""", patient='Petrakis')

add('phi', 'ids', OMAR, 'Femi Ogunleye <femi.ogunleye@gmail.com>',
    'RE: statement acct 7730021-04', 'Thu, 10 Oct 2024 14:55:31 -0400',
    """\
Hi Mr. Ogunleye,

I looked at account 7730021-04. The $1,840.00 balance is the cosmetic portion
of your 8/22 surgery (the rhinoplasty tip work), which was quoted as self-pay on
the financial agreement you signed on 7/30. The septoplasty / turbinate
portion (30520, 30140) was billed to Aetna and paid in full.

If it helps I can set up a 6-month payment plan, no interest. Just reply here
or call me.

Best,
""" + SIG_OMAR + """
-----Original Message-----
From: Femi Ogunleye <femi.ogunleye@gmail.com>
Sent: Wednesday, October 9, 2024 8:40 PM
To: billing@harborlineplastics.com
Subject: statement acct 7730021-04

I got a bill for 1840 but I thought insurance covered my nose surgery?? Acct
7730021-04. Please explain.
Femi
""", patient='Ogunleye')

add('phi', 'ids', RENATA, 'Gary Plunkett <gplunkett@tricountycasualty.com>',
    'bill resubmission DOS 09/19/2024', 'Fri, 11 Oct 2024 09:03:44 -0400',
    """\
Gary,

Resubmitting the denied bill for DOS 09/19/2024.

Chart 21-4471, claimant DOB 1962-08-17, SSN xxx-xx-6120, your claim
24-WC-330918.

Right carpal tunnel release (64721) and the 10-day post-op check are both on
the accepted body part per your acceptance letter of 7/2. Denial reason came
back "no authorization" but auth TCC-70222 was on file before surgery (copy
attached to the fax). Please reprocess.

Thanks,
""" + SIG_RENATA, patient='')

add('phi', 'ids', 'Bennett Lacombe <blacombe@%s>' % LAW, 'Records <records@%s>' % HPS,
    'Records request - Halvorsen', 'Mon, 07 Oct 2024 10:30:00 -0400',
    """\
Dear Records Custodian:

This office represents Erik Halvorsen (DOB Jan 9 1979) with respect to an
injury at work on or about April 3, 2024. Enclosed please find a
HIPAA-compliant authorization signed by our client.

Please provide complete certified copies of:
  1. all office notes from 4/2024 to present;
  2. the operative report for the right lateral epicondyle debridement and
     release performed by Dr. Reyes;
  3. therapy referrals and any therapy notes in your possession;
  4. an itemized billing ledger.

Carrier claim no. 24-WC-212087 (Tri-County Casualty).

Very truly yours,

Bennett Lacombe, Esq.
Pruett Lacombe & Haas LLP
Workers' Compensation | Personal Injury
300 Summer St, 9th Floor, Boston MA 02210 | 617-555-0400

This message may contain attorney-client privileged information.
""", patient='Halvorsen')

add('phi', 'ids', 'Case Management <casemgmt@%s>' % HOSP, 'Burn Clinic <burnclinic@%s>' % HPS,
    'ED f/u referral MRN HPS-0093318', 'Tue, 08 Oct 2024 19:45:10 -0400',
    """\
Burn Clinic,

Please schedule ED follow-up within 48-72h.

MRN: HPS-0093318
D.O.B.: 12/07/61
Ins member #: W2283391002 (Tufts)

Seen 10/8 for partial thickness burns to R hand and dorsal forearm from a steam
radiator, approx 3% TBSA. Tetanus updated, silvadene applied, discharged with
oxycodone 5mg #8. Pt is an insulin-dependent diabetic. Callback number is on
file.

St. Columba Medical Center - ED Case Management
x 6610
""", patient='')

# =================================================================== PHI: lists
add('phi', 'lists', KEISHA, 'Burn Team <burnteam@%s>' % HPS, 'huddle wed 10/9',
    'Wed, 09 Oct 2024 07:41:00 -0400',
    """\
Burn clinic huddle Wed 10/9

* 8:00  Haldane, Walt - POD 7 L forearm STSG, recheck shear area
* 8:30  Brandvold, Eli (9y) - R palm partial thickness, silver dressing change, mom coming
* 9:00  Petrakis - wound vac change, home health starts Fri
* 9:30  Oyelaran, Bisi - scald chest ~4%, healing, start moisturizer + sunscreen teaching
* 10:15 Tran, Minh Khoa - R elbow contracture, eval for garments + OT referral
* 11:00 NEW: Abernathy, Ruth (79) - grease burn L hand from ED, 72h f/u

Supplies low: mepilex ag 10x20, kerlix 4.5. I put in the order.
k
""", patient='Haldane;Brandvold;Petrakis;Oyelaran;Tran;Abernathy')

add('phi', 'lists', JANELLE, '%s, %s' % (DCAST, DREYES),
    'Tues 10/15 block - final', 'Fri, 11 Oct 2024 15:10:27 -0400',
    "Final for Tuesday at St Columba, OR 4 + 6. Pasting from the sheet:\n\n"
    "Time\tSurgeon\tPatient\tDOB\tProcedure\tNotes\n"
    "07:30\tReyes\tOkwuosa, Chidi\t05/02/1990\tR lateral epicondyle release\tWC - auth TCC-77231\n"
    "09:00\tReyes\tBaptiste-Laurent, Yvette\t11/21/1968\tL trapeziectomy + LRTI\tneeds interpreter (French)\n"
    "11:00\tCastellano\tMarchetti, Kelsey\t08/09/1990\tBilat reduction mammaplasty\tPD approved 10/11\n"
    "14:00\tCastellano\tPham, Lien\t03/04/1988\tScar revision abd + fat graft\tconsent pending!!\n"
    "\nLet me know of any changes by Monday noon.\n" + SIG_JANELLE,
    patient='Okwuosa;Baptiste-Laurent;Marchetti;Pham')

add('phi', 'lists', KEVIN, DREYES, 'weekly therapy update - your pts',
    'Fri, 11 Oct 2024 16:45:00 -0400',
    """\
Dr. Reyes, weekly summary for your patients at Keystone:

| Patient        | Surgery / Dx                  | Wk | Progress                  | Next  |
|----------------|-------------------------------|----|---------------------------|-------|
| Pruitt, D.     | Z2 FT repair R LF 10/4        | 1  | EAM started, no issues    | 10/14 |
| Tobin, G.      | L RF ray amp, work hardening  | 34 | grip 38#, tolerating 4h   | 10/15 |
| Al-Rashidi, F. | L CMC arthroplasty            | 8  | new orthosis, pinch 6#    | 10/16 |
| Ybarra, T.     | R thumb UCL repair            | 5  | ROM ok, missed 10/10      | 10/11 |
| Kessel, D.     | L scaphoid nonunion (pre-op)  | -  | on hold until surgery     | -     |

Questions for you: is Tobin ok to go to 6h days? And ok to wean Al-Rashidi's
night orthosis at 10 wks?

Kevin
""" + SIG_KEVIN, patient='Pruitt;Tobin;Al-Rashidi;Ybarra;Kessel')

add('phi', 'lists', DREYES, DKOW, 'weekend signout',
    'Fri, 11 Oct 2024 18:22:13 -0400',
    """\
Anneliese - thanks for covering. inpts / things to watch:

NAME              ROOM     AGE  ISSUE                                PLAN
Lindqvist V       612B     47   R IF flexor tenosynovitis s/p I&D    IV ancef, 2nd look Sat if not better
Moreau-Diallo A   418      23   R hand dog bite x3 wounds            unasyn, elevate, OT Sat
Farouk S          ED hold  61   L thumb tip amputation (table saw)   see in office Mon, ?revision amp

outpt calls: Bogdan Petrov (CTR 10/1, numbness) may call again - reassure,
already has f/u Tues. Kessel's lawyer's office might call about surgery date,
send to Renata.

M
""", patient='Lindqvist;Moreau-Diallo;Farouk;Petrov;Kessel')

PD_ROWS = [
    ['ref', 'patient', 'dob', 'payer', 'member_id', 'cpt', 'procedure', 'submitted', 'status'],
    ['PD-2024-10-3317', 'Kelsey Marchetti', '08/09/1990', 'Bluewater', 'BWH771029384', '19318', 'reduction mammaplasty bilat', '10/07/2024', 'approved 10/11'],
    ['PD-2024-09-2981', 'Leanne Ashby', '06/14/1979', 'Bluewater', 'BWH884201937', '15830', 'panniculectomy', '09/03/2024', 'PENDING >30d'],
    ['PD-2024-09-2874', 'Dolores Quintanilla', '02/27/1971', 'Bluewater', 'BWH530018822', '15877;15830', 'panniculectomy + flank lipo', '08/28/2024', 'PENDING >30d'],
    ['PD-2024-09-0441', 'Nkechi Adeyemi-Ross', '10/03/1985', 'Harvard Pilgrim', 'HP0029381174', '19318', 'reduction mammaplasty bilat', '09/12/2024', 'denied - appeal'],
    ['PD-2024-09-0502', 'Brandon Kehoe', '07/19/1999', 'Tufts', 'T7740193382', '19300', 'gynecomastia excision', '09/16/2024', 'PENDING >30d'],
    ['PD-2024-10-0037', 'Marisol de la Cruz Villanueva', '01/08/1972', 'BCBS MA', 'XJB882019374', '19364', 'DIEP flap L (WHCRA)', '10/01/2024', 'approved'],
    ['PD-2024-10-0112', 'Helga Sorensen-Pike', '12/12/1958', 'Medicare', '1EG4-TE5-MK72', '15823', 'blepharoplasty upper bilat (visual field)', '10/04/2024', 'submitted'],
]
add('phi', 'lists', TORI, HOLLIS, 'PD tracker - Oct',
    'Mon, 14 Oct 2024 09:20:00 -0400',
    """\
Hollis,

Attached is the current pre-determination tracker. 3 are still pending over 30
days (Bluewater is the worst again), I flagged them in the status column. I'll
escalate to our provider rep Thursday if nothing moves.

Tori
""", patient='Marchetti;Ashby;Quintanilla;Adeyemi-Ross;Kehoe;de la Cruz Villanueva;Sorensen-Pike',
    atts=[('PD_tracker_Oct2024.csv', 'text', 'csv', csv_text(PD_ROWS))])

DEV_ROWS = [
    ['serial', 'catalog', 'lot', 'surgeon', 'patient_name', 'patient_dob', 'implant_date', 'side', 'facility'],
    ['SN24-0081773', 'SIS-SRM-350', 'L240611A', 'Castellano', 'Fleck, Jordana', '1987-05-30', '2024-10-10', 'R', 'St Columba MC'],
    ['SN24-0081774', 'SIS-SRM-350', 'L240611A', 'Castellano', 'Fleck, Jordana', '1987-05-30', '2024-10-10', 'L', 'St Columba MC'],
    ['SN24-0079102', 'SIS-SRH-300', 'L240502C', 'Castellano', 'Belyaeva, Oksana', '1985-08-17', '2024-09-26', 'R', 'Harborline ASC'],
    ['SN24-0079103', 'SIS-SRH-300', 'L240502C', 'Castellano', 'Belyaeva, Oksana', '1985-08-17', '2024-09-26', 'L', 'Harborline ASC'],
    ['SN24-0077418', 'SIS-TE-450', 'L240321B', 'Castellano', 'Okafor-Mills, Adaeze', '1979-11-02', '', 'L', 'St Columba MC'],
    ['SN24-0076620', 'SIS-SRM-275', 'L240219A', 'Castellano', 'Lindgren, Tove', '1992-03-14', '', 'R', 'Harborline ASC'],
    ['SN24-0076621', 'SIS-SRM-275', 'L240219A', 'Castellano', 'Lindgren, Tove', '1992-03-14', '', 'L', 'Harborline ASC'],
]
add('phi', 'lists', TREVOR, JANELLE, 'Q3 device tracking reconciliation',
    'Mon, 07 Oct 2024 11:15:33 -0500',
    """\
Hi Janelle,

Attached is the Q3 device tracking file from our side for Dr. Castellano
(zipped - our mail gateway strips .csv). Can you check the names/dates against
your op logs? 3 rows are missing the implant date. I need it back by 10/25 for
the device tracking report.

Thanks!
Trevor

Trevor Maddox | Territory Manager, New England
Sienna Implant Solutions | c 857-555-0261
This email and any attachments are confidential and intended solely for the addressee.
""", patient='Fleck;Belyaeva;Okafor-Mills;Lindgren',
    atts=[('Harborline_Q3_device_tracking.zip', 'application', 'zip',
           make_zip([('device_tracking_Q3_Harborline.csv', csv_text(DEV_ROWS))]))])

LASER_ROWS = [
    ['Client', 'DOB', 'Phone', 'Treatment', 'Area', 'Session #', 'Last date', 'Notes'],
    ['Lena Hauser', '4/18/1966', '617-555-0188', 'PDL', 'sternotomy scar', '3 of 5', '10/10/2024', 'Dr C considering kenalog'],
    ['Huimin Li', '9/2/1990', '857-555-0119', 'CO2 fractional', 'full face', '2 of 3', '10/3/2024', 'PIH R cheek? call'],
    ['Darnell Whitaker', '1/27/1983', '781-555-0133', 'IPL', 'face/neck', '2 of 4', '8/14/2024', 'OVERDUE'],
    ['Ximena Paredes-Lutz', '6/6/1995', '617-555-0172', 'Laser hair removal', 'axilla', '5 of 6', '7/30/2024', 'OVERDUE - on doxy?'],
    ['Grace Oduya', '11/11/1977', '339-555-0150', 'PDL', 'burn scar L forearm', '1 of 4', '9/26/2024', 'ref from Dr V'],
]
add('phi', 'lists', NADIA, '%s, %s' % (BRIELLE, DCAST), 'laser series tracker (updated)',
    'Fri, 11 Oct 2024 18:05:40 -0400',
    """\
updated sheet attached. 2 clients overdue for their next session, I left
voicemails for both. Huimin called about darkening on the R cheek after CO2 #2,
can one of you call her back?

Nadia
""", patient='Hauser;Li;Whitaker;Paredes-Lutz;Oduya',
    atts=[('Laser_Series_Tracker_Oct.xlsx', 'application',
           'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(LASER_ROWS, 'Series'))])

# =================================================================== PHI: struct
ADT = r"""MSH|^~\&|EPIC|STCOLUMBA|HPSEHR|HARBORLINE|20241008143212||ADT^A04|MSG00087311|P|2.5.1
EVN|A04|20241008143200
PID|1||E4471920^^^STC^MR~HPS-0093318^^^HPS^PI||GALLOWAY^JUDITH^ANN||19611207|F|||88 WINTHROP ST^^MEDFORD^MA^02155^USA||(781)555-0192|||M||A90014472
PV1|1|O|BURN^CLINIC^^STC||||1184470221^VENKATESH^PRIYA^^^^MD|||BURN||||1|||1184470221^VENKATESH^PRIYA|||||||||||||||||||||||||||20241008143000
IN1|1|TUFTS01|TUFTS|TUFTS HEALTH PLAN||||||||||||GALLOWAY^JUDITH||19611207|||||||||||||||||||||W2283391002
DG1|1||T23.201A^Burn of second degree of right hand, unsp site, init^I10"""
add('phi', 'struct', 'Raj Mehrotra <rmehrotra@%s>' % HOSP, HOLLIS,
    'RE: ADT feed - patient not crossing to Harborline EHR',
    'Wed, 09 Oct 2024 10:12:08 -0400',
    "Hollis,\n\nHere's the A04 from our engine for the patient that didn't cross "
    "yesterday. PID-3 has two repeats and I think your side is grabbing the first "
    "(our MR) instead of your PI. Can your vendor check their inbound mapping?\n\n"
    + ADT + "\n\nRaj Mehrotra\nIntegration Analyst, Interfaces Team\n"
    "St. Columba Medical Center | x 4418\n\n"
    "-----Original Message-----\nFrom: Hollis Grady\nSent: Tuesday, October 8, 2024 5:02 PM\n"
    "Subject: ADT feed - patient not crossing to Harborline EHR\n\n"
    "Raj, the ED referral we got tonight (MRN HPS-0093318) never showed up in our\n"
    "system. Can you pull the message?\n",
    patient='Galloway', cc='Derek Mwangi <dmwangi@%s>' % HPS)

ORU = "\n".join([
    r"MSH|^~\&|NGLAB|NORTHGATE|HPSEHR|HARBORLINE|20241009071502||ORU^R01|NG20241009-5531|P|2.3",
    r"PID|1||HPS-0088120^^^HPS^MR||PETRAKIS^STAVROS^G||19551130|M|||42 LARCHMONT RD APT 3^^QUINCY^MA^02169||(617)555-0148",
    r"ORC|RE|ORD448120|NG77120034||CM",
    r"OBR|1|ORD448120|NG77120034|87070^CULTURE WOUND AEROBIC^CPT|||20241007101500|||||||20241007120000|WOUND&R LOWER LEG|1306841129^VENKATESH^PRIYA||||||20241009070500|||F",
    r"OBX|1|TX|87070^CULTURE WOUND AEROBIC||Moderate growth Pseudomonas aeruginosa||||||F",
    r"OBX|2|TX|87070^CULTURE WOUND AEROBIC||Light growth Staphylococcus aureus (MSSA)||||||F",
    r"OBX|3|ST|18964-5^Pseudomonas: Ciprofloxacin^LN||S||||||F",
    r"OBX|4|ST|18932-2^Pseudomonas: Cefepime^LN||S||||||F",
    r"OBX|5|ST|18864-7^S aureus: Oxacillin^LN||S||||||F",
    r"NTE|1||Gram stain: moderate WBC, few gram negative rods",
]) + "\n"
add('phi', 'struct', KEISHA, DVENK, 'Fwd: culture came thru as raw file again',
    'Wed, 09 Oct 2024 07:58:30 -0400',
    """\
Dr V - Northgate's result for Petrakis' leg culture dropped into the interface
error queue again instead of his chart, so Derek forwarded me the raw file
(attached). Pseudomonas + MSSA. Want me to call in cipro for him? Home health
starts Fri.

Keisha
""", patient='Petrakis',
    atts=[('ORU_R01_NG20241009-5531.hl7', 'text', 'plain', ORU)])

X837 = """ISA*00*          *00*          *ZZ*HARBORLINE01   *ZZ*CLAIMBRIDGE    *241008*1015*^*00501*000004417*0*P*:~
GS*HC*HARBORLINE01*CLAIMBRIDGE*20241008*1015*4417*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*4417-0001*20241008*1015*CH~
NM1*85*2*HARBORLINE PLASTIC AND HAND SURGERY*****XX*1457390218~
N3*1200 HARBOR POINT BLVD STE 300~
N4*BOSTON*MA*02127~
REF*EI*043318822~
HL*2*1*22*0~
SBR*P*18*GRP77120******CI~
NM1*IL*1*OGUNLEYE*FEMI*A***MI*W81443702~
N3*17 CRESCENT AVE~
N4*DORCHESTER*MA*02125~
DMG*D8*19870512*M~
NM1*PR*2*AETNA*****PI*60054~
CLM*7730021-04*3140***24:B:1*Y*A*Y*Y~
DTP*435*D8*20240822~
HI*ABK:J342*ABF:J343~
LX*1~
SV1*HC:30520*2140*UN*1***1~
DTP*472*D8*20240822~
LX*2~
SV1*HC:30140:50*1000*UN*1***1:2~
DTP*472*D8*20240822~"""
add('phi', 'struct', OMAR, 'ClaimBridge Support <support@claimbridge.net>',
    'Rejected claim - 2010BA question (batch 4417)',
    'Wed, 09 Oct 2024 11:30:02 -0400',
    "Hi,\n\nThe 277CA for batch 4417 rejected this claim with A7:164 \"Entity's contract/member "
    "number\" on loop 2010BA. The member ID matches the card. Here's the relevant chunk of "
    "the 837 as we sent it - can you tell if the problem is on our side or the payer's?\n\n"
    + X837 + "\n\nThanks,\n" + SIG_OMAR,
    patient='Ogunleye')

X271 = """ST*271*0001*005010X279A1~
BHT*0022*11*TRN7731928*20241008*0912~
HL*1**20*1~
NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1~
HL*2*1*21*1~
NM1*1P*2*HARBORLINE PLASTIC AND HAND SURGERY*****XX*1457390218~
HL*3*2*22*0~
TRN*2*93175-012547*9877281234~
NM1*IL*1*ASHBY*LEANNE*M***MI*BWH884201937~
N3*219 PROSPECT HILL RD~
N4*WALTHAM*MA*02451~
DMG*D8*19790614*F~
DTP*346*D8*20240101~
EB*1*IND*30**BLUEWATER PPO GOLD~
EB*C*IND*30***23*1500*****Y~
EB*C*IND*30***29*412.16*****Y~
EB*A*IND*30***27**.2****Y~
EB*CB*IND*2^BG****************Y~
MSG*PRIOR AUTHORIZATION OR PRE-DETERMINATION REQUIRED FOR RECONSTRUCTIVE SURGERY~
SE*19*0001~"""
add('phi', 'struct', TORI, OMAR, '271 for Ashby - does this say PD required?',
    'Tue, 08 Oct 2024 09:25:40 -0400',
    "Omar can you read this for me? The portal just says active. I want to know if "
    "15830 needs PD or a real prior auth, and what she has left on her deductible "
    "since she keeps asking.\n\n" + X271 + "\n\nthx - T\n",
    patient='Ashby')

FHIR = """{
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:7b1d4c2e-3a9f-4e61-9c0d-2f8a51b7e3d4",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:2.16.840.1.113883.3.8812.1", "value": "HPS-0091476"}
        ],
        "name": [{"family": "Oyelaran", "given": ["Abisola", "T"]}],
        "gender": "female",
        "birthDate": "1993-02-11",
        "telecom": [{"system": "phone", "value": "617-555-0154", "use": "mobile"}]
      },
      "request": {"method": "PUT", "url": "Patient?identifier=HPS-0091476"}
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "16025",
                  "display": "Dressing/debridement partial-thickness burn, medium"}]},
        "subject": {"reference": "urn:uuid:7b1d4c2e-3a9f-4e61-9c0d-2f8a51b7e3d4"},
        "performedDateTime": "2024-10-09T09:40:00-04:00",
        "bodySite": [{"text": "anterior chest"}],
        "note": [{"text": "Scald 4% TBSA healing, 80% epithelialized. Photos x4 uploaded."}]
      },
      "request": {"method": "POST", "url": "Procedure"}
    }
  ]
}"""
add('phi', 'struct', 'Ayesha Qureshi <ayesha.q@clinicalsnap.io>', DEREK,
    'Re: [CS-2291] photo sync 422 errors from burn clinic iPads',
    'Thu, 10 Oct 2024 13:14:56 -0700',
    """\
Hi Derek,

Thanks for the logs. I pulled one of the failing payloads from our side - this
is what the iPad app posted to your FHIR endpoint yesterday morning. Your
server rejected it with 422 "Procedure.performer is required by profile
HPS-Procedure". So the issue is your profile, not the app; we can add the
performer if you send us the Practitioner IDs.

""" + FHIR + """

Ayesha Qureshi
Solutions Engineer | ClinicalSnap
""", patient='Oyelaran')

CCD = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document - ED Discharge</title>
  <effectiveTime value="20241006211500-0400"/>
  <recordTarget>
    <patientRole>
      <id extension="E5520187" root="2.16.840.1.113883.3.9921.2"/>
      <addr><streetAddressLine>7 Alder Ct</streetAddressLine><city>Braintree</city><state>MA</state><postalCode>02184</postalCode></addr>
      <telecom value="tel:+1-781-555-0116"/>
      <patient>
        <name><given>Ruth</given><given>E</given><family>Abernathy</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19450519"/>
      </patient>
    </patientRole>
  </recordTarget>
  ...
  <section>
    <title>Problems</title>
    <text>Partial thickness burn of left hand (T23.202A), 1.5% TBSA, grease. Atrial fibrillation. Type 2 diabetes.</text>
  </section>
  <section>
    <title>Medications</title>
    <text>Bacitracin topical BID; acetaminophen 650 mg q6h prn; apixaban 5 mg BID (continue); metformin 500 mg BID</text>
  </section>
  <section>
    <title>Plan</title>
    <text>Follow up Harborline Burn Clinic in 72 hours.</text>
  </section>
</ClinicalDocument>"""
add('phi', 'struct', 'Paula Ferreira <pferreira@%s>' % HOSP, 'Burn Clinic <burnclinic@%s>' % HPS,
    'CCD for your new pt Weds (direct msg failed)', 'Mon, 07 Oct 2024 08:05:19 -0400',
    "Hi - our Direct message bounced so I'm pasting the ED CCD for the patient "
    "coming to you Wednesday 11:00. Sorry about the formatting.\n\n" + CCD +
    "\n\nPaula Ferreira, RN\nED Transitions of Care | St. Columba Medical Center\n",
    patient='Abernathy')

X835 = """ST*835*0112~
BPR*I*0*C*NON************20241004~
TRN*1*EFT8847120*1046118822~
N1*PR*TRI-COUNTY CASUALTY INS CO~
N1*PE*HARBORLINE PLASTIC AND HAND SURGERY*XX*1457390218~
LX*1~
CLP*8810442-01*4*2865*0**WC*TC24998120*11*1~
NM1*QC*1*WRONA*TADEUSZ****MI*24WC339114~
NM1*82*1*REYES*MARCUS****XX*1184470299~
DTM*232*20240915~
SVC*HC:26951:F5*2450*0**1~
CAS*CO*197*2450~
SVC*HC:99284:25*415*0**1~
CAS*CO*197*415~
LQ*HE*N54~
SE*15*0112~"""
add('phi', 'struct', OMAR, RENATA, "835 from Tri-County - they zeroed out Wrona's amputation",
    'Fri, 11 Oct 2024 10:48:22 -0400',
    "Renata, the Tri-County 835 came in and they paid zero on the thumb tip revision "
    "amputation from the ED on 9/15. CARC 197 = precert absent. It was an ED case so "
    "there was no way to precert - can you get them the ED note and the FROI? "
    "Segment below:\n\n" + X835 + "\n\nO.\n",
    patient='Wrona')

# =================================================================== PHI: lang
add('phi', 'lang', 'Graciela Montoya <gracielamontoya61@hotmail.com>', 'info@%s' % HPS,
    'pregunta sobre mi cirugía de la mano', 'Mon, 07 Oct 2024 16:40:02 -0400',
    """\
Buenas tardes,

Soy Graciela Montoya, el doctor Reyes me operó el dedo en gatillo de la mano
derecha (el dedo anular) el 2 de octubre. Todavía tengo los puntos y la herida
está un poco roja y me duele cuando cierro la mano. ¿Es normal? ¿Cuándo me
quitan los puntos? Mi cita dice el 16 pero no sé si debo ir antes.

Muchas gracias,
Graciela
Tel. 508-555-0137
""", patient='Montoya')

add('phi', 'lang', 'Luciana Ferraz <lferraz@%s>' % HOSP, KEISHA,
    'Re: Sr. Joaquim Bettencourt - instruções de curativo', 'Tue, 08 Oct 2024 14:27:18 -0400',
    """\
Keisha, segue a tradução das instruções para o Sr. Bettencourt. Pode imprimir e
entregar na consulta de quinta. Qualquer dúvida me chame no ramal 5520.

Luciana

----------------------------------------------------------------
Sr. Joaquim Bettencourt,

A queimadura no seu braço esquerdo está cicatrizando bem. A enxertia de pele
do dia 27/09 pegou quase toda.

- Troque o curativo (Mepilex Ag) a cada 3 dias, ou antes se ficar molhado.
- Tome a cefalexina 500 mg, 4 vezes ao dia, até acabar a caixa.
- Não tome sol no braço por 1 ano; use protetor solar FPS 50.
- Se tiver febre acima de 38 °C, vermelhidão que espalha ou pus, ligue para a
  clínica de queimados: 617-555-0120.

Próxima consulta: quinta-feira, 10/10, às 9h30, com a Dra. Venkatesh.
----------------------------------------------------------------

Luciana Ferraz, CMI-Portuguese
Interpreter Services | St. Columba Medical Center
""", patient='Bettencourt')

add('phi', 'lang', 'Linh Tran <linh.tran.9x@gmail.com>', DANA,
    'Lịch tập trị liệu cho mẹ tôi - Nguyễn Thị Hoa', 'Wed, 09 Oct 2024 20:15:33 -0400',
    """\
Chào chị Dana,

Em là Linh, con gái của bà Nguyễn Thị Hoa (ngày sinh 12/05/1954). Mẹ em muốn hỏi
là sau 8 buổi tập thì có cần tập thêm không, vì ngón út tay trái của mẹ vẫn chưa
duỗi thẳng được sau khi bác sĩ Reyes làm thủ thuật bằng kim. Nẹp ban đêm làm mẹ
bị đau ở khớp giữa. Bác sĩ Reyes đã gửi giấy chỉ định mới chưa ạ?

Thứ Ba và thứ Năm buổi chiều em có thể chở mẹ đi.

Cảm ơn chị nhiều,
Linh
""", patient='Nguyễn', cte='quoted-printable')

add('phi', 'lang', 'Mirlande Joseph <mirlandejoseph@yahoo.com>', 'info@%s' % HPS,
    'kestyon sou chikatris mwen', 'Thu, 10 Oct 2024 12:48:09 -0400',
    """\
Bonjou,

Se Mirlande Joseph. Doktè Castellano te retire keloyid sou zòrèy goch mwen an
nan mwa out, epi yo te ban m piki kòtizòn de fwa. Kounye a mwen wè li kòmanse
grosi ankò nan menm kote a epi li grate m anpil. Èske m ka vin pi bonè pase
randevou 5 novanm nan? Mwen toujou gen MassHealth.

Mèsi anpil,
Mirlande
857-555-0104
""", patient='Joseph')

add('phi', 'lang', 'Оксана Беляева <o.belyaeva85@gmail.com>', DCAST,
    'Вопрос после операции (импланты)', 'Sat, 05 Oct 2024 21:37:14 -0400',
    """\
Здравствуйте, доктор Кастельяно!

Меня зовут Оксана Беляева, дата рождения 17.08.1985. 26 сентября вы делали мне
увеличение груди (импланты 300 мл). Последние два дня правая грудь стала больше
и твёрже, чем левая, и сбоку появился большой синяк. Температуры нет, но болит
сильнее, чем на прошлой неделе. Это нормально или мне нужно прийти раньше?
Следующий приём у меня 15 октября.

Спасибо,
Оксана
+1 617 555 0193
""", patient='Беляева')

add('phi', 'lang', 'Rowena Dimaculangan <rowena.dimaculangan@gmail.com>', 'info@%s' % HPS,
    'tungkol sa operasyon ng kamay ko', 'Tue, 08 Oct 2024 06:12:40 -0400',
    """\
Magandang araw po,

Ako po si Rowena Dimaculangan, inoperahan po ako ni Dr. Reyes sa carpal tunnel
ng kanang kamay noong Setyembre 30. Nurse po ako sa isang nursing home at gusto
ko pong malaman kung kailan ako puwedeng bumalik sa trabaho. Medyo namamanhid
pa po ang hinlalaki ko pero mas okay na kaysa dati. Kailangan ko po ng sulat
para sa employer ko bago mag-Oktubre 21.

Salamat po,
Weng (Rowena)
""", patient='Dimaculangan')

add('phi', 'lang', 'Khaled Mansour <khaled.mansour77@gmail.com>', 'Burn Clinic <burnclinic@%s>' % HPS,
    'استفسار عن حالة ابني يوسف', 'Sun, 06 Oct 2024 09:02:51 -0400',
    """\
السلام عليكم،

أنا خالد منصور، والد الطفل يوسف خالد منصور (مواليد 2019/03/02). تعرض يوسف لحرق
بالماء الساخن على صدره وكتفه الأيمن يوم 29 سبتمبر، وتمت معالجته في عيادة الحروق
عند الدكتورة فينكاتيش. منذ أمس أصبح الجرح أكثر احمراراً ويخرج منه سائل أصفر،
وحرارته اليوم 38.4. هل يجب أن نأتي إلى العيادة اليوم أم نذهب إلى الطوارئ؟

رقم هاتفي: 617-555-0185

شكراً لكم
خالد
""", patient='منصور')

add('phi', 'lang', '李慧敏 <huimin.li88@163.com>', 'hello@%s' % SPA,
    '关于激光治疗后的问题', 'Thu, 10 Oct 2024 22:45:00 -0400',
    """\
您好，

我是李慧敏，10月3日在你们诊所做了第二次面部点阵激光（CO2）治疗，是Nadia帮我做的。
现在已经一周了，右脸颊还有几块发红、脱皮，有点痒，而且有一小块好像颜色变深了。
请问这是正常的吗？需要用什么药膏吗？我下次的预约是11月7日，要不要提前过来看一下？

谢谢！
李慧敏
电话：857-555-0119
""", patient='李慧敏', cte='base64')

# =================================================================== CLEAN: admin
add('clean', 'admin', 'Harborline IT Helpdesk <helpdesk@%s>' % HPS, 'All Staff <allstaff@%s>' % HPS,
    '[Scheduled] EHR downtime Sat 10/19 10pm-2am (CHG0012290)',
    'Mon, 14 Oct 2024 12:00:00 -0400',
    """\
Hello everyone,

ChartPoint EHR will be upgraded to v11.2 on Saturday 10/19 from 22:00 until
approximately 02:00 Sunday. During this window the EHR, e-prescribing, the
patient portal and the fax server will be unavailable.

What you need to do:
  - Front desk (main + burn clinic): print Monday's schedules by Friday 5 pm.
  - Downtime forms are on S:\\Shared\\Downtime\\ (progress note, Rx pad log,
    charge capture sheet).
  - On-call surgeons: the read-only BCA workstation in the back office will
    stay up.
  - Lumière staff: the spa booking system is NOT affected.

Change ticket: CHG0012290. Related incident from last upgrade: INC0048817.

Questions: Derek Mwangi, x221 / 617-555-0140, or open a ticket at
helpdesk@harborlineplastics.com.

Thanks,
Harborline IT
""")

add('clean', 'admin', HOLLIS, 'All Staff <allstaff@%s>' % HPS,
    'Open enrollment closes 11/8 + staff flu shot clinic 10/17',
    'Tue, 08 Oct 2024 09:00:00 -0400',
    """\
Hi all,

Two things:

1) Open enrollment for 2025 benefits runs 10/21 - 11/8. Bluewater Health Plan
   is staying our medical carrier; premiums go up 4.2% on the PPO and stay flat
   on the HSA plan. Dental moves to Delta. Benefits fair in the conference room
   10/23, 12-2, with Tamara Whitfield from our broker (Harbor Benefits Group,
   617-555-0355). Pizza.

2) Staff flu shot clinic: Thursday 10/17, 7:30-9:30 and 12-1, break room.
   Keisha and Nadia are giving the shots. Bring your insurance card; if you
   already got yours elsewhere, just email me a photo of the card so we can
   log compliance (don't send it to the group list!).

Also a reminder that PTO requests for Thanksgiving week are due to your
supervisor by 10/25.

Hollis Grady
Practice Manager | Harborline Plastic & Hand Surgery
617-555-0101
""")

add('clean', 'admin', 'Steriline Service Co. <service@sterilinesvc.com>', HOLLIS,
    'Invoice INV-20931 - autoclave PM - Harborline Plastic & Hand Surgery',
    'Thu, 10 Oct 2024 15:42:11 -0400',
    """\
Hello Hollis,

Attached is invoice INV-20931 for the preventive maintenance completed today.

Work order:     WO-5582
Technician:     Luis Arroyo (cert. #T-4471)
Equipment:      Tuttnauer 3870EA, S/N 2209145, procedure room 2
                Tuttnauer 2540M, S/N 1807732, burn clinic
Work done:      door gaskets replaced (both), chamber cleaned, safety valve
                tested, calibration verified. Spore test (BI) run - PASS.
Parts:          2x gasket kit #CT-0040    $186.00
Labor:          2.5 h @ $145            $362.50
Trip charge:                            $75.00
TOTAL DUE:                              $623.50   (Net 30)

Next PM due: April 2025.

Thank you for your business!
Steriline Service Co. | 300 Industrial Way, Canton MA 02021 | 781-555-0420
""")

add('clean', 'admin', JANELLE, '%s, %s, %s' % (DREYES, DKOW, DVENK),
    'Nov hand call schedule (DRAFT v2)', 'Wed, 09 Oct 2024 17:20:00 -0400',
    """\
Hi all - draft v2 of the November schedule for St. Columba hand call and
burn backup. Please send swaps by Friday 10/18.

Dates          Hand call        Burn backup
-------------  ---------------  ---------------
11/1 - 11/3    Reyes            Venkatesh
11/4 - 11/10   Kowalczyk        Venkatesh
11/11 - 11/17  Reyes            Castellano*
11/18 - 11/24  Kowalczyk        Venkatesh
11/25 - 11/27  Reyes            Venkatesh
11/28 (Thgv)   Kowalczyk        Venkatesh
11/29 - 12/1   Kowalczyk        Castellano*

* Dr. Venkatesh at ABA regional meeting 11/13-11/16 and out 11/29-12/1.

Transfer center: 617-555-0800. Hospital operator: 617-555-0700.
""" + SIG_JANELLE)

add('clean', 'admin', 'ClaimBridge Support <support@claimbridge.net>', OMAR,
    'Case #CB-118842 - SFTP credential rotation / delayed 999s',
    'Fri, 11 Oct 2024 08:31:57 -0500',
    """\
Hi Omar,

Following up on case #CB-118842.

The delayed 999 acknowledgements for your batches on 10/8 and 10/9 were caused
by the SFTP credential rotation on our side. All files were received; the 999s
have now been posted to your /outbound folder:

  Batch 4417  ISA13 000004417  999 accepted   10/08 10:15
  Batch 4418  ISA13 000004418  999 accepted   10/09 09:02
  Batch 4419  ISA13 000004419  999 accepted   10/09 16:40

Please update your submitter password before 10/25. Submitter ID HARBORLINE01
is unchanged. Your account rep is Melissa Tran (ext 3310).

Regards,
Jordan Pike
Tier 2 Support | ClaimBridge EDI Services | 800-555-0167
""")

add('clean', 'admin', TREVOR, '%s, Materials <materials@%s>' % (JANELLE, HPS),
    'Consignment restock + PO 4410-2231', 'Fri, 11 Oct 2024 14:05:12 -0500',
    """\
Hi Janelle / Materials team,

Restock for the Harborline ASC consignment shelf after September usage. Please
sign the count sheet when it arrives Tuesday and send PO 4410-2231 for the
two bill-only items.

Catalog        Description                     Lot        Exp       Qty
SIS-SRM-275    Smooth round mod+ 275cc         L240611A   06/2029   2
SIS-SRM-325    Smooth round mod+ 325cc         L240611C   06/2029   2
SIS-SRH-300    Smooth round high 300cc         L240502C   05/2029   2
SIS-TE-450     Tissue expander 450cc           L240321B   03/2027   1
SIS-SZ-KIT3    Sizer kit (loaner, return)      --         --        1

Bill-only (used 9/26 + 10/10): SIS-SRH-300 x2, SIS-SRM-350 x2.

Thanks,
Trevor

Trevor Maddox | Territory Manager, New England
Sienna Implant Solutions | c 857-555-0261 | Customer Service 800-555-0199
""")

add('clean', 'admin', MARA, 'Lumière Team <team@%s>' % SPA,
    'holiday hours + team lunch + new phone tree',
    'Mon, 14 Oct 2024 10:10:10 -0400',
    """\
hi team!!

- Holiday hours: closed Thu 11/28 + Fri 11/29, open Sat 11/30 10-4.
- Injectables Night is Thursday 11/14, 5-8pm. Brielle + Dr. C injecting,
  Nadia doing skin consults. We need 2 people on check-in. Sign up sheet on
  the fridge.
- New phone tree goes live Monday: main line stays 617-555-0177, option 1
  booking, option 2 billing, option 3 "medical question" goes to Brielle's
  voicemail.
- Team lunch Friday 10/25 at Tavolo, my treat (well, Dr. C's treat).

Mara
Front Desk Manager | Lumière Med Spa
""")

# =================================================================== CLEAN: lookalike
add('clean', 'lookalike', 'IronHarbor Fitness <noreply@ironharborfitness.com>',
    'Janelle Whitcomb <janelle.whitcomb@gmail.com>',
    'Janelle, your PT session is confirmed (Member #0048813)',
    'Sun, 06 Oct 2024 19:00:04 -0400',
    """\
Hi Janelle,

Your personal training (PT) session is confirmed.

  Member #:   0048813
  Trainer:    Marco D.
  When:       Tue Oct 8, 6:00 AM
  Where:      IronHarbor South Boston, Studio B

Marco's note: "Great progress on the deadlift! We'll work on shoulder mobility
and grip strength this week - bring your wrist wraps."

Need to reschedule? Cancel at least 12 hours ahead to avoid a session charge.
Your InBody body composition scan is included free with your 10-pack - ask at
the front desk.

Stay strong,
IronHarbor Fitness | 617-555-0290
Unsubscribe | Manage preferences
""",
    html="""\
<html><body><table width="600" style="font-family:Arial"><tr><td>
<h2 style="color:#c0392b">Your PT session is confirmed</h2>
<p>Hi Janelle,</p>
<table><tr><td>Member #:</td><td>0048813</td></tr><tr><td>Trainer:</td><td>Marco D.</td></tr>
<tr><td>When:</td><td>Tue Oct 8, 6:00 AM</td></tr><tr><td>Where:</td><td>IronHarbor South Boston, Studio B</td></tr></table>
<p><i>Marco's note: "Great progress on the deadlift! We'll work on shoulder mobility and grip strength this week - bring your wrist wraps."</i></p>
<p style="font-size:11px;color:#888">Cancel at least 12 hours ahead to avoid a session charge. <a href="https://ironharborfitness.com/u">Unsubscribe</a></p>
</td></tr></table></body></html>
""")

add('clean', 'lookalike', 'Quincy Animal Hospital <frontdesk@quincyanimalhosp.com>',
    'Omar Haddad <omar.haddad.82@gmail.com>', "Biscuit's discharge instructions",
    'Wed, 09 Oct 2024 17:33:20 -0400',
    """\
Dear Omar,

Thank you for trusting us with Biscuit's care today. Below are his discharge
instructions.

Patient:     Biscuit (Patient ID 55120)
Species:     Canine - Beagle, MN, 7 yrs, 13.2 kg
Owner:       Omar Haddad
Procedure:   TPLO, right stifle (cranial cruciate ligament rupture)
Surgeon:     Dr. Hannah Kirsch, DVM, DACVS

Medications:
  - Carprofen 25 mg: 1 tab by mouth twice daily with food x 14 days
  - Gabapentin 100 mg: 1 cap by mouth every 8-12 hours as needed for pain
  - Trazodone 50 mg: 1/2 tab as needed for restlessness

Keep the e-collar on at all times. Leash walks only, 5 minutes, 3x/day.
Ice the incision 10 minutes 3x/day for the first 3 days.
Suture removal in 14 days (10/23). Recheck radiographs at 8 weeks.

Call us at 617-555-0455 if you notice swelling, discharge, or if Biscuit
stops eating.

Quincy Animal Hospital - Caring for your family since 1988
""")

add('clean', 'lookalike', 'Harbor Teachers Credit Union <alerts@htcu.org>',
    'Tori Baptiste <tori.baptiste@outlook.com>',
    'Member #118204 - payment received', 'Tue, 08 Oct 2024 06:15:00 -0400',
    """\
Hello Tori,

We received your payment of $389.50 on your auto loan (account ending 4471)
on 10/07/2024. Your next payment is due 11/07/2024.

Member number: 118204
Health Savings Account (ending 0921): available balance $2,310.44

For your security, we will never ask for your full account number, PIN or
date of birth by email. Questions? Call member services at 800-555-0148.

Harbor Teachers Credit Union | Federally insured by NCUA
""")

add('clean', 'lookalike', 'Atlantic Crest Airlines <itinerary@atlanticcrest.com>',
    'Ines Castellano <ines.castellano.md@gmail.com>',
    'Your trip confirmation KQ7RZD - Boston to San Diego',
    'Fri, 04 Oct 2024 12:40:33 -0400',
    """\
Thanks for flying with Atlantic Crest!

Confirmation: KQ7RZD

Passenger:        CASTELLANO/INES DR
Crest Miles #:    AC 8841 2207 (Gold)

Wed 16 Oct   AC 1182   BOS 07:05 -> SAN 10:48   Seat 3A   First
Sun 20 Oct   AC 1191   SAN 13:30 -> BOS 21:57   Seat 2C   First

Bags: 2 checked bags included.
Special service requests: none.

Traveling with medical devices, mobility aids or medications? Visit
atlanticcrest.com/assist at least 48 hours before your flight.

Ticket number 0374412290183 | Total paid $1,286.40
""")

add('clean', 'lookalike', 'Meridian Auto Insurance Claims <claims@meridianauto.com>',
    'Hollis Grady <hollis.grady@comcast.net>',
    'Claim 7781-0042-AU: appraisal scheduled', 'Thu, 10 Oct 2024 11:11:11 -0400',
    """\
Dear Hollis Grady,

Your appraisal for claim 7781-0042-AU has been scheduled.

Policy:          MA-PA-55203981
Date of loss:    10/02/2024
Vehicle:         2021 Subaru Outback, VIN ending 60417
Damage:          rear bumper, liftgate (parking lot contact)
Injuries:        none reported
Appraiser:       Pam Whitley, Thursday 10/17 between 1-3 pm at Harbor Collision,
                 88 Old Colony Ave, South Boston

Your collision deductible is $500. A rental is covered up to $40/day for up to
30 days under your policy.

Your claims adjuster,
Devin Costa | Meridian Auto Insurance | 888-555-0123 ext 7781
""")

add('clean', 'lookalike', 'Oakwood Tree Surgeons <office@oakwoodtreesurgeons.com>', HOLLIS,
    'Quote #Q-2291 - limb removal and crown reduction, rear parking lot',
    'Mon, 07 Oct 2024 08:55:47 -0400',
    """\
Hi Hollis,

Thanks for having us out Friday. Our certified arborist, Dale Hutchins,
assessed the two trees behind your building.

1. Red maple (near the dumpster enclosure): significant decay at the old
   graft union and a fungal canker on the north leader. The dead limb over
   the parking spaces should be amputated back to the collar. We don't
   recommend wound dressing on the cut - the tree seals it better on its own.
   Prognosis is fair; re-inspect in 12 months.
2. Honey locust (by the loading door): crown reduction ~15%, clear 14 ft
   over the drive for the delivery trucks.

Stump grinding of the old ash stump is included at no charge.

Quote #Q-2291 total: $2,450.00 (includes cleanup and disposal).
Crew can do Saturday 10/26, 7 am - we'll need the back lot closed.

Dale Hutchins, ISA Certified Arborist NE-6671
Oakwood Tree Surgeons | 781-555-0388
""")

add('clean', 'lookalike', DEREK, 'Nikhil Rao <nrao@brightlane.dev>',
    'RE: sync worker OOM kills / "patient" retry policy', 'Tue, 08 Oct 2024 16:02:48 -0400',
    """\
Nikhil,

Confirmed on our side too. The sync-worker pod (sync-worker-7f9c-x2lq) was
OOM-killed 14 times since Friday. Each time the parent process dies, the child
processes get orphaned and turn into zombies until the node reaps them, and
the /healthz liveness probe starts returning 503.

I think "patient zero" was build #20418 - that's when the retry policy changed
from "patient" (exponential backoff, max 8 attempts) to "aggressive" (no
backoff). Rolling back to #20411 stopped the bleeding on staging.

Triage priority: P2. Can you amputate the aggressive-retry branch and cut a
hotfix? I'll schedule the deploy for Thursday 6am.

Derek Mwangi
IT Systems Administrator | Harborline Plastic & Hand Surgery
617-555-0140 x221

> On Tue, Oct 8, 2024 at 1:40 PM Nikhil Rao <nrao@brightlane.dev> wrote:
> Seeing memory climb to 2Gi then kill on the sync worker. Only after Friday's
> release. Anything changed on your side?
""")

# =================================================================== CLEAN: news
NEWS_TXT = """\
HARBORLINE NEWS - FALL 2024
Harborline Plastic & Hand Surgery | Harborline Burn & Wound Center | Lumière Med Spa

WELCOME DR. KOWALCZYK
We are delighted to welcome Anneliese Kowalczyk, MD, a fellowship-trained hand
and upper extremity surgeon, to our team. Dr. Kowalczyk treats carpal tunnel
syndrome, trigger finger, Dupuytren's contracture, tendon injuries and wrist
fractures, and is now accepting new patients.

HOLIDAY COOKING: PROTECT YOUR HANDS
Every year our burn clinic sees a rise in grease and scald burns between
Thanksgiving and New Year's. Turn pot handles inward, keep kids 3 feet from
the stove, and never throw water on a grease fire. For a minor burn, cool it
under running cool (not icy) water for 20 minutes and cover it loosely.

NEW AT LUMIÈRE
RF microneedling is here! Book a complimentary consult with our aesthetic
team through November 30.

Harborline Plastic & Hand Surgery | 1200 Harbor Point Blvd, Suite 300, Boston MA
You are receiving this because you subscribed at harborlineplastics.com.
Unsubscribe: https://harborlineplastics.com/unsubscribe
"""
NEWS_HTML = """\
<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#12445e">Harborline News &middot; Fall 2024</h1>
<h3>Welcome Dr. Kowalczyk</h3>
<p>We are delighted to welcome Anneliese Kowalczyk, MD, a fellowship-trained hand and upper extremity surgeon,
to our team. Dr. Kowalczyk treats carpal tunnel syndrome, trigger finger, Dupuytren's contracture, tendon injuries
and wrist fractures, and is now accepting new patients.</p>
<h3>Holiday cooking: protect your hands</h3>
<p>Every year our burn clinic sees a rise in grease and scald burns between Thanksgiving and New Year's. Turn pot
handles inward, keep kids 3 feet from the stove, and never throw water on a grease fire. For a minor burn, cool it
under running cool (not icy) water for 20 minutes and cover it loosely.</p>
<h3>New at Lumi&egrave;re</h3>
<p>RF microneedling is here! Book a complimentary consult with our aesthetic team through November 30.</p>
<p style="font-size:10px;color:#777">You are receiving this because you subscribed at harborlineplastics.com.
<a href="https://harborlineplastics.com/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
add('clean', 'news', 'Harborline News <news@%s>' % HPS, 'subscribers@%s' % HPS,
    'Fall news: welcome Dr. Kowalczyk + holiday burn safety',
    'Tue, 15 Oct 2024 10:00:00 -0400', NEWS_TXT, html=NEWS_HTML,
    headers=[('List-Unsubscribe', '<https://harborlineplastics.com/unsubscribe>')])

add('clean', 'news', 'MA Injury Prevention Bulletin <bulletin@injuryprevention.example.org>',
    'Burn Clinic <burnclinic@%s>' % HPS,
    'Injury Prevention Bulletin, Oct 2024: pediatric scald burns', 'Fri, 04 Oct 2024 09:30:00 -0400',
    """\
INJURY PREVENTION BULLETIN - October 2024
Statewide Burn Surveillance Program

KEY FIGURES (calendar year 2023, provisional)
  * 1,204 emergency department visits for burns among children under 5
  * 61% were scalds (hot liquids, mostly beverages and bath water)
  * 148 hospital admissions; median length of stay 4 days
  * Rates were highest among children aged 12-23 months
  * Contact burns from glass-front gas fireplaces: 37 cases, up from 22 in 2022

RECOMMENDATIONS FOR CLINICIANS
  - Counsel families to set water heaters at or below 120 F (49 C).
  - Screen for patterns inconsistent with the history (immersion lines,
    stocking/glove distribution) and follow mandated reporter procedures.
  - Distribute "Cool, Cover, Call" first-aid cards (order free at the link).

BURN AWARENESS WEEK is February 2-8, 2025. Toolkit available December 1.

This bulletin contains aggregate data only. Cells with fewer than 11 cases are
suppressed.
""")

add('clean', 'news', 'Sienna Implant Solutions <fieldsafety@%s>' % VEND,
    '%s, Materials <materials@%s>' % (JANELLE, HPS),
    'URGENT: Voluntary Field Safety Notice - Lumivelle HA filler lots LV2309-14, LV2309-15',
    'Wed, 02 Oct 2024 08:00:00 -0500',
    """\
URGENT: VOLUNTARY MEDICAL DEVICE RECALL - FIELD SAFETY NOTICE
Product:  Lumivelle Volume+ hyaluronic acid dermal filler, 1.0 mL syringe
Lots:     LV2309-14 (exp 2026-09), LV2309-15 (exp 2026-09)
Reference: FSN-2024-007

Dear Customer,

Sienna Implant Solutions, distributor of Lumivelle products, is voluntarily
recalling the lots above following results from a routine sterility
assurance test at the manufacturing site. To date there have been no reports
of adverse events associated with these lots.

ACTIONS REQUIRED:
  1. Immediately quarantine any unused syringes from the affected lots.
  2. Complete the attached response form (even if you have no stock) and
     return it to fieldsafety@siennaimplants.com within 10 business days.
  3. Credit or replacement will be issued on receipt of returned product.

Clinicians should continue routine post-treatment follow-up per standard
practice. Adverse events may be reported to the manufacturer at 800-555-0190
or to FDA MedWatch.

We apologize for any inconvenience.

Regulatory Affairs & Quality
Sienna Implant Solutions
""")

add('clean', 'news', 'Hand Surgery Digest <digest@handsurgerydigest.example.org>', DREYES,
    'Hand Surgery Digest #41: EAM after zone II repair, WALANT outcomes, CMC arthroplasty',
    'Mon, 07 Oct 2024 06:00:00 -0400',
    """\
HAND SURGERY DIGEST - Issue #41 - October 2024
Three-minute summaries of what's new in the literature.

1. Early active motion vs. modified Kleinert after zone II flexor tendon repair:
   a multicenter RCT (n=212). Rupture rates 4.8% vs 5.1% (NS); TAM at 12 weeks
   better with EAM (p=0.03). Takeaway: EAM is at least as safe with a 4-strand
   core repair.

2. WALANT carpal tunnel release in 1,530 cases: complication rate 0.9%, no
   digital ischemia events with epinephrine 1:100,000. Patient-reported
   satisfaction 94%.

3. Trapeziectomy alone vs. LRTI at 5 years (n=143): no difference in pinch
   strength or QuickDASH. Operative time 22 min shorter without LRTI.

4. Burn hand contractures: a retrospective review of 86 hands found earlier
   (within 21 days) grafting associated with fewer secondary releases.

CME: earn 1.0 credit by completing the quiz at the link below.
To unsubscribe, reply STOP.
""")

add('clean', 'news', 'Dept of Industrial Accidents <noreply@dia-notices.example.gov>',
    RENATA, 'Notice: proposed 2025 WC medical fee schedule',
    'Tue, 01 Oct 2024 14:00:00 -0400',
    """\
NOTICE OF PROPOSED RULEMAKING
Workers' Compensation Medical Fee Schedule - Effective January 1, 2025

Summary of proposed changes:
  - Conversion factor for surgery increases 2.8% to $71.40.
  - Hand therapy (97110, 97140, 97760) reimbursed per unit, maximum 4 units
    per visit without prior approval; 97760 orthotic fitting exempt.
  - New requirement: operative reports must accompany claims for CPT
    26000-26989 (hand and fingers) billed with modifier 22.
  - Independent medical examination fee raised to $850 (records review over
    500 pages: additional $200).

Public hearing: November 12, 2024, 10:00 AM, 1 Congress St, Boston, Room 10.
Written comments accepted through November 22, 2024.

This is an automated notice. Do not reply.
""")

add('clean', 'news', 'Phoenix Burn Survivors Network <hello@phoenixburnnetwork.example.org>',
    'Burn Clinic <burnclinic@%s>' % HPS, 'Network News: Camp recap, World Burn Congress, peer support training',
    'Thu, 03 Oct 2024 18:00:00 -0400',
    """\
PHOENIX BURN SURVIVORS NETWORK - OCTOBER NEWSLETTER

CAMP EMBER 2024 RECAP
Thank you! 46 campers aged 7-17 and 31 volunteer counselors spent a week on
Lake Winnisquam this summer. Special thanks to the nurses and therapists from
four regional burn centers who volunteered in the health lodge.

PEER SUPPORT TRAINING - NOVEMBER 9
Burn centers: refer survivors and family members who would like to become
trained peer supporters. One-day training, lunch provided. Register by 11/1.

WORLD BURN CONGRESS
Scholarships available for survivors and caregivers; application deadline
December 15.

FUNDRAISER
Firefighters' Chili Cook-off, Saturday 10/26, 12-4 pm, Station 7, Quincy.

Donate | Volunteer | Unsubscribe
""")

# =================================================================== CLEAN: staff
add('clean', 'staff', KEVIN, '%s, %s' % (DREYES, DKOW),
    'Proposed update - zone II flexor tendon protocol (v3)', 'Mon, 07 Oct 2024 12:30:00 -0400',
    """\
Dr. Reyes, Dr. Kowalczyk,

Per our meeting, here is the proposed v3 of the shared zone II flexor tendon
protocol. Main changes vs. v2:

  Week 0-1 (therapy start POD 3-5): dorsal blocking orthosis wrist 0-20 ext,
    MCP 30-50 flex, IPs full ext. Place-and-hold + active composite flexion to
    1/3 range, 4x/day.
  Week 2-4: progress active flexion to 2/3 range. No passive extension of
    wrist + digits together.
  Week 4: transition to wrist-neutral hand-based orthosis if no extensor lag.
  Week 6: discontinue orthosis except night; begin light blocking.
  Week 8: light resistance; week 12: full strengthening.

We'd drop the Duran passive program entirely unless the repair is 2-strand
(please note strand count in the op note/referral). Rupture-risk criteria for
staying on the slower track stay the same (crush, contamination, smoker,
delayed repair > 7 days).

Let me know if you want to review at the Nov 6 joint meeting.

Kevin
""" + SIG_KEVIN)

add('clean', 'staff', HOLLIS, '%s, %s' % (KEISHA, DVENK),
    'burn clinic RN coverage 10/28-11/8', 'Wed, 09 Oct 2024 13:45:00 -0400',
    """\
Keisha, Dr. V -

For Keisha's vacation 10/28-11/8 here's what I have so far:

  Mon/Wed clinic:  Anita Borowski RN (per diem from St. Columba burn unit)
  Tue/Thu clinic:  Gwen Achterberg RN (our float) - she's done dressing
                   change comp but not the NPWT check-off
  Fri:             clinic closed, phone triage to the on-call NP (Laura Stiles)

Gaps: nobody signed off for wound vac changes on Tuesdays. Keisha, could you
do a 30 min NPWT check-off with Gwen before you go? Also can we cap new
consults at 3/day while we're short?

Hollis
""")

add('clean', 'staff', DVENK, 'Dr. Samuel Adebayo <sadebayo@%s>' % HOSP,
    'curbside - foot burn in a diabetic', 'Thu, 10 Oct 2024 21:14:33 -0400',
    """\
Sam - quick curbside, no rush.

60s male, T2DM poorly controlled, neuropathic, stepped on a hot surface
barefoot. Deep partial / probably full thickness on the plantar forefoot,
maybe 1% TBSA, day 6 now. Palpable DP, ABI 0.9. No osteomyelitis on x-ray.

I'm inclined to excise and graft early rather than wait 3 weeks for it to
declare itself, but plantar grafts in neuropaths do poorly in my hands. Would
you offload with a TCC after grafting or use NPWT as a bolster first? Any
data you like on dermal substitutes here?

Priya

Priya Venkatesh, MD, FACS
Director, Harborline Burn & Wound Center
""")

add('clean', 'staff', BRIELLE, 'Lumière Clinical <clinical@%s>' % SPA,
    'vascular occlusion drill 11/5 + updated hyaluronidase kit',
    'Fri, 11 Oct 2024 16:20:00 -0400',
    """\
Hi injectors + front desk,

Reminder that our vascular occlusion drill is Tuesday 11/5 at 8 am before
clinic. Dr. C will run it. Everyone who does HA filler must attend.

Updated emergency kit (each treatment room, checked Mondays):
  - Hyaluronidase 1500 units x2 vials (reconstitute per protocol card)
  - Bacteriostatic saline 10 mL, 1 mL and 3 mL syringes, 30g needles
  - Aspirin 325 mg (non-enteric coated)
  - Warm compresses
  - Timolol 0.5% drops and the ophthalmology on-call number for visual
    symptoms (Mass Eye contact card taped inside the lid)

Front desk: any post-filler call mentioning blanching, dusky or mottled
skin, severe pain or vision changes goes to the injector IMMEDIATELY, not to
voicemail. Don't wait for a photo.

B
""")

add('clean', 'staff', TORI, '%s, %s' % (HOLLIS, DCAST),
    'Q3 pre-determination denials - trends', 'Tue, 08 Oct 2024 17:02:00 -0400',
    """\
Q3 numbers for the PD meeting:

Payer            Submitted  Approved  Denied  Pending
Bluewater            14         6        6        2
Harvard Pilgrim       9         7        1        1
Tufts                 7         6        0        1
BCBS MA              11        10        0        1
Medicare (blephs)     5         4        1        0

Patterns:
- Bluewater reduction mammaplasty denials: 5 of 6 were "resection weight
  below Schnur". Their reviewer is using estimated weight from the consult,
  not the surgeon's estimate. We should state the planned resection per side
  explicitly in every LMN.
- Panniculectomy: need documentation of 3+ months of failed skin treatment
  and 6 months stable weight - we've been missing the weight history.
- Average turnaround Bluewater 34 days vs 12 for everyone else.

I'll bring the LMN template changes to Friday's meeting.
Tori
""")

add('clean', 'staff', DKOW, 'Harborline Surgeons <surgeons@%s>' % HPS,
    'M&M Thursday - cases', 'Mon, 14 Oct 2024 07:45:00 -0400',
    """\
M&M Thursday 7am, conf room B + Teams. All cases de-identified, please keep
it that way in the slides.

Case 1 (Castellano): 40s F, delayed DIEP, venous congestion noted POD1,
  returned to OR at hour 20, venous anastomosis thrombosed, revised with
  coupler + SIEV superdrainage. Flap salvaged. Discussion: flap check
  frequency on the floor vs ICU.

Case 2 (Reyes): 20s M, high-pressure paint-gun injection to the index
  finger, presented 19 hours after injury. Extensive debridement x2, ended
  in ray amputation. Discussion: ED recognition and transfer delays.

Case 3 (Venkatesh): 70s F, 12% TBSA, graft loss on the posterior thigh
  after early mobilization. Discussion: bolster vs NPWT on posterior grafts.

Breakfast provided. Residents: please present, not read.
AK
""")

add('clean', 'staff', DCAST, '%s, %s' % (DREYES, DKOW),
    'Re: implant irrigation - anyone still using triple abx?', 'Wed, 09 Oct 2024 22:10:41 -0400',
    """\
I switched to dilute betadine (10%) + Keller funnel about 2 years ago and my
capsular contracture rate hasn't changed as far as I can tell - but my n is
small and I haven't looked at it properly. St. Columba pharmacy wants us to
standardize because the bacitracin shortage keeps coming back.

Happy to go with whatever the group agrees on. I'd want to keep the no-touch
technique, nipple shields and glove change regardless.

Ines

On Wed, Oct 9, 2024 at 6:02 PM Anneliese Kowalczyk <akowalczyk@harborlineplastics.com> wrote:
> Pharmacy asked again. Are we all still on triple antibiotic irrigation
> (cefazolin/gent/bacitracin) for implants? I don't put in implants much
> anymore but the OR wants one answer for the pick list.
""")

# =================================================================== CLEAN: training
add('clean', 'training', 'ChartPoint Training Team <training@chartpointehr.com>',
    'Harborline New Users <newusers@%s>' % HPS,
    'ChartPoint v11.2 training - TRAIN logins + sample pts',
    'Thu, 10 Oct 2024 09:00:00 -0500',
    """\
Welcome to ChartPoint v11.2 training!

Use the TRAIN environment only: https://train.chartpointehr.com/harborline
Your login is your network ID + "_trn"; password Train2024! (you'll be asked
to change it).

Sample patients built for your practice (FICTITIOUS - TRAIN ONLY):

  ZZTEST, HANDSURG        MRN 999000123   DOB 01/01/1900
      Scenario: new patient, trigger finger, schedule procedure visit
  ZZTEST, BURNCLINIC      MRN 999000124   DOB 01/01/1950
      Scenario: dressing change visit, order NPWT, enter photo
  ZZTEST, MEDSPA          MRN 999000125   DOB 01/01/1980
      Scenario: cosmetic consult, quote, self-pay checkout
  ZZTEST, WORKCOMP        MRN 999000126   DOB 01/01/1970
      Scenario: WC intake, enter carrier + claim #123-TEST-000

Exercises 1-6 are in the attached workbook. Never use real patient
information in TRAIN. Sessions: Tue 10/15 and Thu 10/17, 12-1, Teams.

ChartPoint Customer Education
""")

add('clean', 'training', 'Sofia Ramires <sofia@clinicalsnap.io>', '%s, %s' % (DEREK, BRIELLE),
    'ClinicalSnap demo recap + sandbox access', 'Wed, 02 Oct 2024 16:10:00 -0700',
    """\
Hi Derek and Brielle,

Thanks for joining the demo yesterday! Recap:

- Sandbox URL: https://sandbox.clinicalsnap.io/harborline-demo
- The sandbox is pre-loaded with our sample patient "Jane Doe" (DOB
  01/01/1985, MRN DEMO-0001) with a before/after gallery for rhinoplasty and
  a 6-visit burn healing series, plus "John Q. Sample" with hand therapy
  range-of-motion photos. All images are stock/model-released.
- Consent capture: try the photo consent + marketing consent forms on the
  iPad - they're pre-filled with "Test Patient" on the sandbox.
- Pricing: 4 devices, 2 locations (practice + spa), quote attached.

Please don't upload real patient photos to the sandbox - it isn't covered
by our BAA until the contract is signed.

Sofia Ramires
Account Executive | ClinicalSnap
""")

HL7_TEST = "\n".join([
    r"MSH|^~\&|HPSEHR|HARBORLINE|NGLAB|NORTHGATE|20241010090000||ORM^O01|TEST0001|T|2.3",
    r"PID|1||TEST000001^^^HPS^MR||ZZTEST^BURNPATIENT^A||19000101|U|||123 TEST ST^^ANYTOWN^MA^00000||(000)000-0000",
    r"ORC|NW|TESTORD001",
    r"OBR|1|TESTORD001||87070^CULTURE WOUND AEROBIC^CPT|||20241010090000",
    r"",
    r"MSH|^~\&|NGLAB|NORTHGATE|HPSEHR|HARBORLINE|20241010091500||ORU^R01|TEST0002|T|2.3",
    r"PID|1||TEST000001^^^HPS^MR||ZZTEST^BURNPATIENT^A||19000101|U",
    r"OBR|1|TESTORD001|NGTEST001|87070^CULTURE WOUND AEROBIC^CPT",
    r"OBX|1|TX|87070^CULTURE WOUND AEROBIC||TEST RESULT - IGNORE||||||F",
]) + "\n"
add('clean', 'training', DEREK, 'Interfaces <interfaces@northgatelab.com>',
    'Interface validation - test msgs for new result route',
    'Thu, 10 Oct 2024 09:22:00 -0400',
    """\
Hi Northgate interfaces team,

Attached are the two test messages for validating the new result route
(ORM out, ORU back). Both use our test patient ZZTEST^BURNPATIENT, MRN
TEST000001, processing ID "T". Please run them through your TEST engine only
and confirm the ORU files to the correct queue on our side - the real results
keep landing in the error queue.

Derek
""", atts=[('test_msgs_ZZTEST.hl7', 'text', 'plain', HL7_TEST)])

add('clean', 'training', OMAR, 'Billing Team <billing@%s>' % HPS,
    'Coding lunch & learn: hand surgery modifiers',
    'Mon, 07 Oct 2024 11:00:00 -0400',
    """\
Hi all - materials for Wednesday's lunch & learn. The claims below are SAMPLES
I built - not real claims, don't go looking for them.

Example 1 - multiple digits, same procedure (trigger finger x2)
  Patient: DOE, JOHN   Member ID: XYZ000000001   DOB 01/01/1960
  SV1*HC:26055:F6*1200*UN*1~     (right thumb... wait, F6 = R2? see handout)
  SV1*HC:26055:F7:51*1200*UN*1~
  -> digit modifiers F5-F9 right hand, FA-F4 left hand. Check the map!

Example 2 - global period visit after CTR
  Patient: SAMPLE, JANE   Member ID: TEST12345678
  99213-24 only if unrelated to the surgery (e.g. new trigger finger).

Example 3 - cosmetic + functional same session
  Rhinoplasty (30410) self-pay + septoplasty (30520) to insurance. Separate
  financial agreement, one op note, two claims? No - one claim for 30520,
  cosmetic portion on the patient ledger.

Quiz after lunch, winner gets the good parking spot for a week.
""" + SIG_OMAR)

add('clean', 'training', 'Compliance <compliance@%s>' % HPS, 'All Staff <allstaff@%s>' % HPS,
    'Annual HIPAA refresher - due 10/31 (includes quiz preview)',
    'Tue, 01 Oct 2024 08:00:00 -0400',
    """\
Good morning,

Annual HIPAA privacy & security training is due by October 31. It takes about
40 minutes in the learning portal. Below is a preview of a few quiz
questions - the names are made up.

Q1. A coordinator emails the hand therapist: "Sample Patient, DOB 01/01/1900,
    flexor tendon repair, please start therapy." Is this PHI if the patient
    were real?   (a) yes (b) no (c) only if the DOB is included

Q2. A lawyer calls asking for "Mr. Example's" operative report. What must you
    have on file first?

Q3. You need to send a surgery schedule to the implant vendor. What is the
    minimum necessary information?

Q4. True or false: texting a photo of a wound to the surgeon's personal phone
    is fine if you delete it afterwards.

Remember: send external PHI only with [secure] in the subject line.

Harborline Compliance Office | privacy hotline 617-555-0111
""")

add('clean', 'training', 'Glowbook Onboarding <onboarding@glowbook.app>', MARA,
    'Welcome to Glowbook! Your demo account is ready', 'Fri, 04 Oct 2024 10:30:00 -0400',
    """\
Hi Mara,

Your Glowbook demo workspace "Lumiere-DEMO" is ready. We've loaded it with
sample data so you can practice before go-live:

  Demo Client:     "Test Testerson" - phone 555-000-0000, DOB 01/01/1990
                   Appointments: Botox 20u (demo), HydraFacial (demo)
  Demo Client 2:   "Sample McSampleface" - lip filler 1 syringe (demo),
                   membership: Glow Club (demo)

Try these tasks:
  1. Book a 30-min injectables appointment for Test Testerson.
  2. Add a before/after photo to the demo chart (use the stock images).
  3. Check out a package and apply a membership discount.
  4. Send a post-treatment care text template.

Go-live call: Tuesday 10/22 at 2 pm with your onboarding specialist, Kayla.

The Glowbook Team
""")


# =================================================================== build
def build(i, m, kind_tag):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subject']
    msg['Date'] = m['date']
    dom = parseaddr(m['frm'])[1].split('@')[-1] or 'localhost'
    msg['Message-ID'] = '<%08x%04x.%s@%s>' % (random.getrandbits(32), i, kind_tag, dom)
    for k, v in m['headers']:
        msg[k] = v
    if m['cte']:
        msg.set_content(m['body'], cte=m['cte'])
    else:
        msg.set_content(m['body'])
    if m['html']:
        msg.add_alternative(m['html'], subtype='html')
    for fn, mt, st, data in m['atts']:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    j = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
            j += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m, '%s%d' % (m['kind'], counters[key]))
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient'] if m['label'] == 'phi' else ''])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in sorted(counters):
        print('%s-%s: %d' % (k[0], k[1], counters[k]))
    print('total: %d' % len(MSGS))


if __name__ == '__main__':
    main()
