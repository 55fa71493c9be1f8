#!/usr/bin/env python3
# Blind evaluation mail set: dental group (general, oral surgery, orthodontics) and
# dermatology practice (Mohs suite, cosmetic clinic, dermatopathology lab).
# All people, numbers and organisations are invented.
import sys, os, io, csv, zipfile, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 4802
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

MSGS = []


def D(mo, d, h, mi, off=-5):
    sec = random.randint(0, 59)
    return format_datetime(datetime(2024, mo, d, h, mi, sec, tzinfo=timezone(timedelta(hours=off))))


def M(label, kind, patient, frm, to, subj, body, date, cc=None, html=None, att=(),
      cte=None, reply_to=None, extra=None):
    MSGS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to, subj=subj,
                     body=body, date=date, cc=cc, html=html, att=list(att), cte=cte,
                     reply_to=reply_to, extra=extra or {}))


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 2, 8, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return bio.getvalue()


def xlsxbytes(rows, sheet='Sheet1'):
    from xml.sax.saxutils import escape
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
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
        xrows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % ''.join(xrows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheetxml)])


def fakejpeg(n):
    r = random.Random(n)
    return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + \
        bytes(r.randrange(256) for _ in range(900)) + b'\xff\xd9'


LSD_DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies."""

SCD_DISC = """
--
Sable Creek Dermatology | Mohs Surgery | Aesthetics | Dermatopathology
This message may contain information protected by federal and state privacy laws. If
you received it in error, notify the sender and delete it. Thank you."""

# =====================================================================================
# PHI / care
# =====================================================================================

M('phi', 'care', 'Delgado',
  'Anselm Okafor DDS MD <aokafor@lakeshoredental.com>',
  'Dr. Wen Huang <whuang@maplegrovefamilydental.com>',
  'Re: Reuben Delgado - third molars',
  """Dr. Huang,

Thanks again for sending Reuben Delgado over. Quick update so you have it for your chart:

We took out all four third molars (#1, 16, 17, 32) under IV sedation on 3/12. #17 and #32
were full bony and we sectioned both; #32 was sitting right on the canal so I left a small
root tip rather than chase it. He was told about that and signed off on it at the consult.

He came back on day 4 with a dry socket lower left - irrigated, packed with Dry Socket Paste,
and he felt better in the chair. We repacked once more on day 6. Numbness check was normal
both sides, lip and tongue.

He's on ibuprofen 600 q6h and I gave him a short course of amox since he had a little
swelling at the second visit. I'll see him once more in two weeks and then release him back to
you for his recall and the filling on #30 you mentioned.

Best,
Anselm

Anselm Okafor, DDS, MD
Lakeshore Oral & Maxillofacial Surgery
A Lakeshore Dental Group practice
2100 Harbor Point Blvd, Suite 310 | Tel 608-555-0147 | Fax 608-555-0148
""" + LSD_DISC,
  D(3, 20, 16, 42))

M('phi', 'care', 'Haverford',
  'Malcolm Feeney MD <mfeeney@sablecreekderm.com>',
  'Ines Vasquez-Lord MD <ivasquezlord@sablecreekderm.com>',
  'your pt Mr Haverford',
  """Ines -

FYI Mr. Haverford (your referral, the retired pilot) cleared today in 3 stages. Final defect on
the left nasal sidewall was about 1.4 x 1.1 cm, I closed it with a bilobed flap. He is on
Eliquis which we didn't hold - a bit of oozing at the end but pressure dressing held fine.

Sutures out next Thursday with Carla. I'd like him back at 3 months for a scar check and
I told him you'd keep up his full skin exams every 6 months given this is his third one.

Malcolm
""",
  D(4, 3, 17, 5))

M('phi', 'care', 'Marsh',
  'Sable Creek Dermatopathology <reports@sablecreekdermpath.com>',
  'Clinic Results Pool <results@sablecreekderm.com>',
  'Amended report - please read - MARSH, GWENDOLYN',
  """Clinic team,

An addendum has been issued on the case below. Please make sure the ordering provider sees it
before the patient's follow up.

Patient: Marsh, Gwendolyn
Specimen: skin, left posterior shoulder, shave
Ordering: Dr. I. Vasquez-Lord

Addendum: Deeper levels were cut at the request of the ordering physician. On the deeper
sections the lesion extends to the deep and lateral margins. Re-excision with 1 cm margins is
recommended. The original diagnosis is unchanged.

Electronically signed: Yusuf Demir, MD, Dermatopathology
Sable Creek Dermatopathology Laboratory | CLIA-certified
Client services 608-555-0190 option 2
""",
  D(4, 11, 9, 31))

M('phi', 'care', 'Fontaine',
  'Tess Hollander <thollander@lakeshoredental.com>',
  'Priya Raghunathan DMD MS <praghunathan@lakeshoredental.com>',
  'Elijah F debond done',
  """hi Dr R - Elijah Fontaine's debond went fine this morning. no decalcification that I could see,
upper 2s a little rotated still but he & mom are happy. impressions taken for retainers: upper
hawley + lower bonded 3-3. retainer delivery booked 5/9. Mom asked if the younger twins can
start phase 1 this summer, told her you'd talk at the next visit.

Tess
Treatment Coordinator, Lakeshore Orthodontics
""",
  D(4, 22, 11, 48),
  html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>hi Dr R - Elijah Fontaine's debond went fine this morning. no decalcification that I could see,
upper 2s a little rotated still but he &amp; mom are happy. impressions taken for retainers: upper
hawley + lower bonded 3-3. retainer delivery booked 5/9. Mom asked if the younger twins can
start phase 1 this summer, told her you'd talk at the next visit.</p>
<p>Tess<br>Treatment Coordinator, Lakeshore Orthodontics</p></div></body></html>""")

M('phi', 'care', 'Carrow',
  'Brooke Anand RN <banand@sablecreekderm.com>',
  'Ines Vasquez-Lord MD <ivasquezlord@sablecreekderm.com>',
  'FW: filler follow up - Delphine',
  """Dr V, forwarding so you have the whole thing before she comes in tomorrow at 8.

Quick version: Delphine Carrow, touch-up with 1 syringe HA filler to both nasolabial folds at
2:15 today. About 10 min after, she had blanching and a lacy purple pattern on the left upper lip.
I stopped, massaged, warm compress, gave 150 units hyaluronidase to the area and it pinked up
within 20 min. She took 325mg aspirin in clinic. Cap refill normal when she left. I called
her at 6 and she says it's sore but color is normal.

Brooke

-----Original Message-----
From: Delphine Carrow <dcarrow.design@gmail.com>
Sent: Tuesday, April 16, 2024 5:52 PM
To: Sable Creek Aesthetics <aesthetics@sablecreekderm.com>
Subject: filler follow up

hi brooke its delphine, my lip is still a bit sore on the left and kind of swollen but the
color looks normal now. should I still be doing the warm compresses tonight? thx
""",
  D(4, 16, 18, 20))

M('phi', 'care', 'Grunwald',
  'Samir Haddad DDS <shaddad@lakeshoredental.com>',
  'StBrendans ED Charge <edcharge@stbrendans.org>',
  'transfer tonight - Tobias Grunwald',
  """hi, this is dr haddad on call for lakeshore OMS. sending you tobias grunwald, 34M, by private car
from our office now - right submandibular swelling x3 days from #31, trismus about 15mm, floor of
mouth is soft, voice ok, sat 98% RA. temp 101.2 here.

please start IV unasyn 3g and get a CT neck w contrast, keep NPO. I'll come in to do the I&D
tonight once the CT is back, OR is aware. dr okafor is attending.

my cell 608-555-0163
Samir
""",
  D(5, 2, 19, 7))

M('phi', 'care', 'Albright',
  'Rhea Costa <rcosta@sablecreekderm.com>',
  'Ines Vasquez-Lord MD <ivasquezlord@sablecreekderm.com>',
  'Kenji Albright labs / dose change',
  """Hi Dr. Vasquez-Lord,

Kenji Albright's monthly labs from Monday came in: triglycerides up to 310 (was 180 at
baseline), total cholesterol 242, ALT/AST normal. He's at month 3 on 60 mg daily.

Per your note I'm dropping him to 40 mg and will send the new rx to the pharmacy on Lake St.
He still needs to log in to the iPLEDGE portal this month before they can fill it. I'll let
him know to cut back on the fried stuff and that we'll repeat the lipid panel in 4 weeks.

Rhea Costa, MA
Sable Creek Dermatology - Medical Dermatology
""",
  D(5, 8, 10, 2), cte='quoted-printable')

M('phi', 'care', 'Fenwick',
  'Dana Whitcomb RDH <dwhitcomb@lakeshoredental.com>',
  'Dr. Laurel Kim <lkim@lakeshoredental.com>',
  'Ms. Fenwick - perio',
  """Dr Kim - finished SRP on Sharon Fenwick today (UR/LR, did UL/LL two weeks ago).
Bleeding much better, most pockets down to 4s, still a 6 on the distal of #19 so I placed
Arestin there. She's been good about the water flosser. Recommend 3 month perio maintenance -
Kayleigh cc'd to book. Can you look at #19 at her next visit, might need a referral to perio.

Thanks!
Dana
Dana Whitcomb, RDH
Lakeshore Dental Group - Westfield Office
""",
  D(5, 14, 15, 40), cc='Kayleigh Brandt <kbrandt@lakeshoredental.com>')

# =====================================================================================
# PHI / names
# =====================================================================================

M('phi', 'names', 'Nguyễn Thị Hoa',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'Nguyễn Thị Hoa – post-op check moved to Fri',
  """She called back, Friday 10:40 works. Her son will drive her.
She says the implant site "looks good, no more bleeding" so she didn't want to come in Wed.
Can you let Dr Okafor know.

K
""",
  D(3, 27, 13, 3))

M('phi', 'names', 'Oyelaran-Bright',
  'Priya Raghunathan DMD MS <praghunathan@lakeshoredental.com>',
  'Imaging <imaging@lakeshoredental.com>',
  'Oyelaran-Bright, Adebayo',
  """Can someone pull his pano and ceph from 2022 (he was seen at the Westfield office for
a limited exam then)? I want to compare the upper canines before we place the expander on
the 30th. Pls drop them in his ortho chart.

thanks
PR
""",
  D(4, 1, 8, 12))

M('phi', 'names', 'van der Berg',
  'Marcy Tolliver <mtolliver@sablecreekderm.com>',
  'Mohs Nurses <mohsrn@sablecreekderm.com>',
  'callback please',
  """Can one of you call back Mrs. van der Berg's daughter (Annelies) at 608-555-0121? Her mom's
Mohs site on the left temple is weeping yellow fluid and the daughter thinks it smells. She's
changing the dressing twice a day with vaseline like the sheet says. Surgery was last Weds
with Dr Feeney.

She'd like a call before 3, she's picking kids up after.

Marcy - front desk
""",
  D(4, 15, 11, 26))

M('phi', 'names', 'Marguerite',
  'Carla Mendes RN <cmendes@sablecreekderm.com>',
  'Malcolm Feeney MD <mfeeney@sablecreekderm.com>',
  'Marguerite again',
  """Dr F - Marguerite called again this morning about the scar on her chin from the Mohs on
the 14th. It's the lady with the pacemaker that we had to use bipolar on. She says it's
"pulling" when she smiles and there's a bump at the lower end. I told her it's normal to be
firm for a few months and to massage it but she's pretty upset and wants to talk to you.
Would you be ok with a 5 min slot Tues before clinic, or do you want me to offer kenalog
with Dr V?

Carla
""",
  D(5, 21, 9, 17))

M('phi', 'names', 'Al-Qahtani',
  'Sable Creek Aesthetics <aesthetics@sablecreekderm.com>',
  'Brooke Anand RN <banand@sablecreekderm.com>',
  'Abdulrahman Al-Qahtani - reschedule',
  """Hi Brooke,

Mr. Al-Qahtani wants to move his Botox from Thursday to the following Monday, he's traveling.
He mentioned last time (20 units glabella) his left brow dropped a little for about two weeks
and he wants you to do "less on that side" this time. I've put a note in his chart. The
Monday 4:30 is open if that's ok with you.

Jasmine
Patient Coordinator | Sable Creek Aesthetics
""",
  D(5, 6, 14, 55))

M('phi', 'names', 'WOJCIK',
  'Predeterminations Dept <predet@northgatedental.com>',
  'Billing <billing@lakeshoredental.com>',
  'Predetermination response - WOJCIK, PRZEMYSLAW',
  """Northgate Dental Benefits
Predetermination of Benefits

Provider: Lakeshore Oral & Maxillofacial Surgery
Patient / Subscriber: WOJCIK, PRZEMYSLAW

The following services were reviewed:

  D6010  Surgical placement of implant body, tooth #30   - Approved, 50%
  D7953  Bone replacement graft, ridge preservation    - Not covered (plan exclusion)
  D6057  Custom abutment, #30                          - Approved, 50% (subject to max)

Remaining annual maximum at time of review: $1,120.00. This is not a guarantee of payment.
Benefits are determined by eligibility at the time of service.

Questions: Provider Services 1-800-555-0176, Mon-Fri 8-6 CT.
""",
  D(4, 9, 7, 2))

M('phi', 'names', 'Subramaniam',
  'Ines Vasquez-Lord MD <ivasquezlord@sablecreekderm.com>',
  'Rhea Costa <rcosta@sablecreekderm.com>',
  'RE: scalp bx',
  """Rhea, yes - please call Lakshmi and tell her the scalp punch was consistent with what I
thought clinically, so no lupus. Start clobetasol solution nightly and ketoconazole shampoo
2x/week, I'll see her back in 8 wks. Send to her pharmacy on file.

-IVL

> From: Rhea Costa
> Sent: Wednesday, May 1, 2024 2:10 PM
> Subject: scalp bx
>
> Dr V - path is back on Ms. Venkata Lakshmi Subramaniam (scalp punch 4/24). Do you want me to
> call her or do you want to go over it at a visit? She's been asking on the portal.
""",
  D(5, 1, 16, 44), cte='quoted-printable')

M('phi', 'names', 'Ní Bhriain',
  'Tess Hollander <thollander@lakeshoredental.com>',
  'Priya Raghunathan DMD MS <praghunathan@lakeshoredental.com>',
  'Siobhán - elastics',
  """Dr R,

Siobhán Ní Bhriain's mum emailed to say Siobhán stopped wearing her class II elastics when
she went to her dad's for spring break (2 weeks). She's worried the overjet has come back.
I moved her adjustment up to this Thursday so you can have a look. Also she has a loose
bracket on the lower right 5.

Tess
""",
  D(4, 8, 9, 4))

# =====================================================================================
# PHI / self
# =====================================================================================

M('phi', 'self', 'Mahoney',
  'Jennifer Mahoney <jen.mahoney77@yahoo.com>',
  'Lakeshore Orthodontics <ortho@lakeshoredental.com>',
  'broken bracket - Caleb Mahoney',
  """Hi,

This is Jennifer Mahoney, Caleb's mom. Caleb Mahoney (DOB 06/14/2011) broke a bracket on his
bottom left side last night eating a granola bar (I know...). The wire is now poking the inside
of his cheek and it's raw. I put wax on it but it keeps falling off. Can he be seen this week?
He has school until 2:45 so anything after 3:30 would be great.

Thanks so much,
Jen

Sent from Yahoo Mail for iPhone
""",
  D(3, 19, 7, 38))

M('phi', 'self', 'Achterberg',
  'Rosalind Achterberg <rachterberg@comcast.net>',
  'Sable Creek Dermatology <info@sablecreekderm.com>',
  'bandage came off - nose',
  """hello,

Rosalind Achterberg here. I had the Mohs surgery on my nose last Tuesday with Dr. Feeney and the
big bandage came off in the shower this morning. The stitches look OK but there is a little
crust and it's very red around it. I attached a picture. Do I need to put a new pressure
bandage on or just the vaseline and a bandaid? I'm due to have the stitches out on the 18th.

Thank you,
Ros
(608) 555-0139
""",
  D(4, 12, 8, 6),
  att=[(fakejpeg(1), 'image', 'jpeg', 'IMG_4471.jpg')])

M('phi', 'self', 'Penwarden',
  'Harold Penwarden <hpenwarden@outlook.com>',
  'Billing <billing@lakeshoredental.com>',
  'insurance denial on my crowns',
  """To whom it may concern,

My name is Harold Penwarden. I had two crowns done at your Westfield office in January (upper
right, I believe the teeth are #3 and #4) and I've just received a letter from Northgate saying
the second crown was denied because of "frequency limitation". I have never had a crown on that
tooth before. The member ID on my card is NDB4471902.

Could someone please look into this and resubmit? I'd rather not pay $1,140 out of pocket for
something that should be covered.

Regards,
Harold P.
""",
  D(3, 4, 20, 11), cte='base64')

M('phi', 'self', 'Greaves',
  'Natasha Greaves <tashagreaves22@gmail.com>',
  'aesthetics@sablecreekderm.com',
  'is this normal??',
  """hey its tasha, had my chemical peel friday w brooke and my face is peeling really bad and its
burning when i put anything on it. is that normal?? also i forgot to tell her i started
tretinoin like 2 wks ago (from my regular dr) so idk if thats why. should i stop it

tasha
""",
  D(5, 13, 22, 47))

M('phi', 'self', 'Kowalczyk',
  'Walter Kowalczyk <wkowalczyk1961@gmail.com>',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'Re: Your appointment on May 22',
  """Hello,

Yes I will be there on the 22nd for the implant surgery. Walter Kowalczyk, date of birth
2/9/1961.

I forgot to mention at my consult that I take alendronate (Fosamax) once a week for
osteoporosis, I have been on it about six years. My wife read that this can be a problem with
jaw surgery. Should I stop it before? Also my doctor just started me on metoprolol for blood
pressure.

Walt

On Mon, May 13, 2024 at 9:02 AM OMS Front Desk <omsfront@lakeshoredental.com> wrote:
> Hi Walter, this is a reminder of your appointment at Lakeshore Oral & Maxillofacial Surgery
> on Wednesday, May 22 at 8:00 AM. Please do not eat or drink after midnight. Reply to confirm.
""",
  D(5, 13, 19, 30))

M('phi', 'self', 'Boateng',
  'Abena Boateng-Mensah <abena.bmensah@gmail.com>',
  'Sable Creek Dermatology <info@sablecreekderm.com>',
  'My father Emmanuel Boateng - biopsy results',
  """Good afternoon,

I'm writing on behalf of my father, Emmanuel Boateng. He is 84 and had two biopsies taken by
Dr. Vasquez-Lord on April 30, one on his back and one on his right ear. He doesn't use email
and his hearing is poor so phone calls are hard for him.

I am listed on his HIPAA form as his contact. Could the results please be sent to me or could
someone call me at 608-555-0188? If he needs more surgery I'll be the one bringing him.

Many thanks,
Abena Boateng-Mensah
""",
  D(5, 9, 13, 22))

M('phi', 'self', 'Corrigan',
  'Liz Corrigan <lizcorrigan@icloud.com>',
  'Rhea Costa <rcosta@sablecreekderm.com>',
  'Re: Follow up appointment',
  """Yes I can do Thursday at 1:15. Also the portal report says "atypical" and "moderate" what
does that mean?? Is it cancer? I've been googling and now I'm freaking out a little

Liz

Sent from my iPhone

> On May 7, 2024, at 3:48 PM, Rhea Costa <rcosta@sablecreekderm.com> wrote:
>
> Hi Elizabeth,
>
> Dr. Vasquez-Lord would like to see you to discuss the results of the biopsy from your right
> calf and talk about next steps. We have Thursday 5/9 at 1:15 or Monday 5/13 at 10:00.
>
> Rhea Costa, MA
""",
  D(5, 7, 16, 9),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="auto"><div>Yes I can do Thursday at 1:15. Also the portal report says "atypical" and "moderate" what does that mean?? Is it cancer? I've been googling and now I'm freaking out a little</div>
<div><br></div><div>Liz</div><div><br><div>Sent from my iPhone</div></div>
<blockquote type="cite">On May 7, 2024, at 3:48 PM, Rhea Costa &lt;rcosta@sablecreekderm.com&gt; wrote:<br><br>
Hi Elizabeth,<br><br>Dr. Vasquez-Lord would like to see you to discuss the results of the biopsy from your right calf and talk about next steps. We have Thursday 5/9 at 1:15 or Monday 5/13 at 10:00.<br><br>Rhea Costa, MA</blockquote></body></html>""")

# =====================================================================================
# PHI / ids
# =====================================================================================

M('phi', 'ids', 'Whitlock',
  'Claims Correspondence <claims-noreply@cardinalmutual.com>',
  'billing@lakeshoredental.com',
  'Additional information requested - Claim 2024-0318-77152',
  """CARDINAL MUTUAL DENTAL
Request for Additional Information

Claim #:        2024-0318-77152
Member ID:      CMD-880412-01
Patient:        J. WHITLOCK
Patient DOB:    19880304
Date of svc:    03/11/2024
Provider:       Okafor, Anselm  NPI on file

Procedure D7240 (removal of impacted tooth - completely bony) #17 is pended. Please submit a
pre-operative radiograph and operative narrative within 45 days. If not received the line will
be processed as D7230.

Upload documents at the provider portal or fax to 1-866-555-0131 with this letter.
""",
  D(3, 25, 6, 15))

M('phi', 'ids', 'Lozano',
  'Corinne Patel HT(ASCP) <cpatel@sablecreekdermpath.com>',
  'Mohs Nurses <mohsrn@sablecreekderm.com>',
  'S24-01873 label mismatch',
  """hi - got the specimen for S24-01873 (pt Lozano, M) but the requisition DOB is 3.4.88 and the jar
label says 4.3.88. chart # on both is 0045521. can someone confirm which is right before we
gross it? it's the L forearm excision from this morning. holding it in formalin till I hear back.

thx
Corinne
histology x2214
""",
  D(4, 4, 13, 50))

M('phi', 'ids', 'Pruitt',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'Lakeshore Orthodontics <ortho@lakeshoredental.com>',
  'address/phone update - Pruitt',
  """Mom came by to update their info, can you change it in the ortho side too (OpalDent only
updated on general side):

Owen Pruitt
4418 Juniper Hollow Rd, Apt 2B
Westfield WI 53964
home (608) 742-1950 / mom cell (608) 339-8127

He's on Invisalign tray 14 of 22, next check 4/29. She also asked for a letter for school
saying he can have the trays out at lunch.
""",
  D(4, 10, 10, 33))

M('phi', 'ids', '',
  'Malcolm Feeney MD <mfeeney@sablecreekderm.com>',
  'Transcription <dictation@sablecreekderm.com>',
  'op note to referring',
  """MRN 7730918 / DOB 4 Mar 1988 - Mohs L helical rim, 2 stages, clear. Defect 1.8 x 1.2,
closed w FTSG from L preauricular. pls send op note + path to referring Dr. Ostrander at
Brookline Family Med, fax 608-555-0102. thanks
""",
  D(4, 18, 16, 12))

M('phi', 'ids', 'Ybarra',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'Gordon Liska <gliska@lakeshoredental.com>',
  'acct 55-20193 write off?',
  """Gordon,

Need approval for a small balance adjustment:

Acct# 55-20193 (Marisela Ybarra), SSN 512-44-8093 on the guarantor
DOS 1/23/24  D2740 #8, #9  porcelain crowns
Cardinal paid $1,204.60, pt paid $300 at time of svc, remaining $86.40

She's been a patient since 2009 and is disputing the $86 because the estimate said $0.
I think we should write it off as a courtesy. OK?

Marisol Quintero
Billing Coordinator, Lakeshore Dental Group
""",
  D(4, 2, 11, 8))

M('phi', 'ids', 'Lindqvist',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'Tess Hollander <thollander@lakeshoredental.com>',
  'ortho benefits - Ava L',
  """Tess, called Northgate for the new start:

subscriber: Erik Lindqvist, ID NGD 339 201 447, group 88120
dependent: Ava Lindqvist, dob 11/30/2009
ortho lifetime max $1500, $750 already used at previous ortho (Dr. Sato, 2022-2023, phase 1)
so $750 left, paid 50% quarterly. age limit 19. ref # for the call 6640021-B, rep was Tanya.

Ava's treatment plan is $6,200 comprehensive, so quote mom accordingly.

M
""",
  D(4, 24, 14, 4))

M('phi', 'ids', 'Rutherford',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'Lakeview Cardiology Records <records@lakeviewcardio.com>',
  'Medical clearance request - chart #OS-22817',
  """Hello,

We are requesting medical clearance for our patient, Mr. Rutherford, DOB 1957-08-21, chart
#OS-22817. He is scheduled for extraction of teeth #2, 3, 14 and 15 with alveoloplasty under
local + IV sedation on June 4.

He reports taking warfarin (last INR 2.8 per patient) and having a mechanical aortic valve.
Please advise whether he needs bridging, antibiotic prophylaxis, and any INR range you'd like
us to stay within. A faxed note to 608-555-0148 is fine.

Thank you,
Lakeshore Oral & Maxillofacial Surgery
Phone 608-555-0147
""" + LSD_DISC,
  D(5, 20, 12, 0), cte='quoted-printable')

# =====================================================================================
# PHI / lists
# =====================================================================================

M('phi', 'lists', 'Hollis',
  'Carla Mendes RN <cmendes@sablecreekderm.com>',
  'Mohs Team <mohsteam@sablecreekderm.com>',
  'huddle - Mohs Tues 4/23',
  """Morning all, here's tomorrow:

 • 7:30  Hollis, Arden - R nasal ala, on Plavix (don't hold), anxious, Ativan ok per Dr F
 • 8:00  Beauchamp, Lorraine - L temple recurrence, 2nd time, may need Dr V for repair
 • 8:30  Tran, Danny - upper lip, his daughter interprets (Vietnamese)
 • 9:15  Kessler, Ruth - R cheek, pacemaker -> bipolar only
 • 10:00 Obi, Nnamdi - back, large, may go to 3+ stages
 • 10:45 Szabo, Ilona - L ear helix, FTSG likely

Ivan is in the lab till 2. Lunch is on the pharma rep (finally).

Carla
""",
  D(4, 22, 16, 55))

M('phi', 'lists', 'Pemberton',
  'OR Scheduler <orsched@lakeshoredental.com>',
  'OMS Surgical Team <omssurg@lakeshoredental.com>',
  'OR board wk of 6/3',
  """OR board for next week. Anesthesia = office IV sedation unless noted.

Date\tTime\tPatient\tDOB\tProcedure\tNotes
6/3\t07:30\tPemberton, Gail\t07/19/1966\tAll-on-4 upper, immediate load\tGeneral @ St Brendans
6/3\t12:00\tAcheampong, Kofi\t02/02/1999\t3rd molars x4\tlatex allergy
6/4\t08:00\tRutherford, Dale\t08/21/1957\tExt #2,3,14,15 + alveoloplasty\twarfarin, mech valve - clearance pending
6/4\t10:30\tMoreau-Singh, Anaïs\t11/05/2006\tExpose + bond #6,#11\tortho: Dr R
6/5\t09:00\tLiebowitz, Harvey\t03/30/1949\tImplant #19 + graft\tEliquis, held per cardio
6/6\t07:30\tVo, Thanh\t12/14/1981\tBSSO + Le Fort I\tGeneral @ St Brendans, 2 nights

Pls let me know if anything's off. - Deb
""",
  D(5, 29, 15, 18))

M('phi', 'lists', 'Gustafson',
  'Yusuf Demir MD <ydemir@sablecreekdermpath.com>',
  'Corinne Patel HT(ASCP) <cpatel@sablecreekdermpath.com>',
  'pending sign-out Fri',
  """Corinne - these are the ones still waiting on me. Can you check if levels / stains are back?

| Accession  | Patient              | Site                | Waiting on          |
|------------|----------------------|---------------------|---------------------|
| S24-02210  | Gustafson, Hedda     | R upper back shave  | MART-1 / SOX10      |
| S24-02214  | Mbeki, Thandiwe      | L shin punch        | DIF from outside lab|
| S24-02231  | Castellanos, Rafael  | scalp punch x2      | levels              |
| S24-02236  | Ferreira-Lowe, Ines  | R nasal tip shave   | nothing - just me   |
| S24-02240  | Abernathy, Colt      | L palm excision     | PRAME               |

The Ferreira-Lowe one is a clinic STAT, Dr V called twice.

Y.
""",
  D(5, 10, 11, 2))

csv_aging = """PatientName,DOB,Subscriber,MemberID,Carrier,TxStart,ContractFee,InsPaidToDate,PtBalance,Days
"Kaminski, Julia",2010-05-17,Kaminski Robert,NGD118240556,Northgate Dental,2023-09-12,6400.00,750.00,1240.00,62
"Haddad, Layla",2011-01-03,Haddad Fadi,CMD-557102-02,Cardinal Mutual,2023-06-20,5900.00,1000.00,310.00,35
"Okonkwo, Chibuzo",2009-08-28,Okonkwo Ngozi,NGD220917334,Northgate Dental,2024-01-08,6200.00,375.00,820.00,91
"Sorensen, Mads",2012-11-11,Sorensen Birgit,CMD-601288-03,Cardinal Mutual,2023-11-30,5400.00,500.00,0.00,0
"Reyes-Valdez, Camila",2008-02-14,Valdez Marco,NGD330014789,Northgate Dental,2022-10-03,6800.00,1500.00,455.00,120
"""
M('phi', 'lists', 'Kaminski',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'Tess Hollander <thollander@lakeshoredental.com>',
  'ortho aging - April',
  """Hi Tess, April ortho aging attached. Reyes-Valdez is at 120 days, can you talk to dad when
Camila comes in on the 9th? Okonkwo's insurance hasn't paid the Feb quarter, I'm calling
Northgate tomorrow.

Marisol
""",
  D(5, 1, 9, 45),
  att=[(csv_aging, 'text', 'csv', 'ortho_aging_2024-04.csv')])

xrows = [
    ['Date', 'Patient', 'DOB', 'Product', 'Area', 'Units', 'Lot', 'Injector', 'Notes'],
    ['2024-04-01', 'Whitcombe, Sasha', '1985-07-22', 'Botox', 'glabella', 20, 'C7781A', 'BA', ''],
    ['2024-04-01', 'Delacroix, Renee', '1979-12-01', 'Botox', 'crow\'s feet', 24, 'C7781A', 'BA', 'mild bruise R'],
    ['2024-04-02', 'Yamamoto, Keiko', '1990-03-15', 'Dysport', 'forehead+glabella', 60, 'D1120', 'IVL', ''],
    ['2024-04-03', 'Carrow, Delphine', '1983-09-09', 'Botox', 'masseter', 50, 'C7781A', 'BA', 'bruxism'],
    ['2024-04-03', 'Petrov, Anton', '1972-06-30', 'Botox', 'axillae', 100, 'C7790B', 'IVL', 'hyperhidrosis - PA approved'],
    ['2024-04-04', 'Lundgren, Maja', '1994-01-27', 'Botox', 'lip flip', 4, 'C7790B', 'BA', 'first time'],
]
M('phi', 'lists', 'Whitcombe',
  'Brooke Anand RN <banand@sablecreekderm.com>',
  'Gordon Liska <gliska@sablecreekderm.com>',
  'neurotoxin log week 1 April',
  """Gordon - here's the toxin log for inventory reconciliation. Lot C7781A is finished,
started C7790B on the 3rd. Totals match the fridge count.

B
""",
  D(4, 5, 17, 30),
  att=[(xlsxbytes(xrows, 'Toxin log'), 'application',
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'toxin_log_2024-04-wk1.xlsx')])

recall_csv = """last_name,first_name,dob,phone,last_hyg,due,perio,notes
Abernethy,Glenda,04/11/1958,608-555-0114,10/02/2023,04/02/2024,Y,SRP 2023; 3mo maint
Bui,Khanh,09/23/1992,608-555-0172,09/18/2023,03/18/2024,N,
Cardenas,Ofelia,01/30/1947,608-555-0145,08/29/2023,02/29/2024,Y,premed - hip replacement
Duchamp,Pierre,06/06/1975,608-555-0108,11/14/2023,05/14/2024,N,wants AM only
Eze,Obiageli,12/12/2003,608-555-0199,07/21/2023,01/21/2024,N,student - home in summer
Fairweather,Lionel,03/03/1940,608-555-0133,06/08/2023,12/08/2023,Y,daughter schedules; dementia
"""
M('phi', 'lists', 'Abernethy',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'Westfield Front <westfront@lakeshoredental.com>',
  'overdue recall list - please split and call',
  """Hi team - overdue hygiene recall export attached (zipped, it was too big for the fax
server lol - it's just the first chunk A-F). Bria take A-C, Jo take D-F. Note who has the
premed and Mr. Fairweather's daughter does the scheduling.

Kayleigh Brandt
Office Manager, Westfield
""",
  D(4, 2, 8, 20),
  att=[(zipbytes([('recall_overdue_A-F.csv', recall_csv)]), 'application', 'zip', 'recall_overdue.zip')])

M('phi', 'lists', 'Marchetti',
  'Samir Haddad DDS <shaddad@lakeshoredental.com>',
  'Anselm Okafor DDS MD <aokafor@lakeshoredental.com>',
  'weekend signout',
  """Anselm - weekend signout. Quiet mostly.

NAME                 AGE  WHAT                               PLAN
-------------------  ---  ---------------------------------  ------------------------------
Marchetti, Paolo     51M  s/p I&D R submand space Fri nite   StB 4W, drain out Mon if <10cc
                          on unasyn, afebrile since Sat      -> po augmentin x10d, home Tue?
Acheampong, Kofi     25M  called Sat, bleeding #17 socket    gauze+tea bag, stopped. f/u 6/10
Nakashima, Ren       61M  pre-op implant 6/12, Eliquis hold  confirm he got the message!!
                          starts Mon per cardio
Vo, Thanh            42F  POD3 BSSO/Le Fort, home Sat        elastics on, liquid diet, call if
                                                             any bleeding from nose

pager is back on your desk.
S
""",
  D(6, 9, 20, 12))

# =====================================================================================
# PHI / struct
# =====================================================================================

M('phi', 'struct', 'OKONJO',
  'Corinne Patel HT(ASCP) <cpatel@sablecreekdermpath.com>',
  'Interface Support <support@linkwellintegration.com>',
  'Ticket 20931 - ORU not filing to DermaChart',
  r"""Hi Marcus,

Another one that isn't landing in DermaChart. PathLink shows it sent at 09:31 and we got an AA
ack back, but nothing in the clinic's results inbox. Dr Feeney's office needs the final dx to
schedule the Mohs, so it's kind of urgent. Raw message below, copied out of the outbound log:

MSH|^~\&|PATHLINK|SCDPATH|DERMACHART|SCDERM|20240411093102||ORU^R01^ORU_R01|PL0000231877|P|2.5.1
PID|1||0061877^^^SCD^MR~S24-01944^^^SCDPATH^ACSN||OKONJO^ADAEZE^C||19750912|F|||77 Larkspur Ln^^Brookline^WI^53910||6085550164
PV1|1|O|MOHS^^^SCD||||1912834455^FEENEY^MALCOLM^^^^MD
ORC|RE|ORD448812|S24-01944
OBR|1|ORD448812|S24-01944|88305^Surgical pathology, level IV^CPT|||20240409101500|||||||20240409|Skin^R cheek shave|1912834455^FEENEY^MALCOLM||||||20240411093000|||F
OBX|1|TX|22634-0^Path report.gross^LN||Received in formalin labeled with the patient's name and "R cheek" is a tan-pink shave 0.7 x 0.6 x 0.1 cm. Inked, trisected, AE 1A.||||||F
OBX|2|TX|22637-3^Path report.final diagnosis^LN||Basal cell carcinoma, nodular type, extending to the peripheral margin.||||||F
OBX|3|TX|22638-1^Path report.comments^LN||Consider Mohs micrographic surgery.||||||F

My guess is the ACSN in PID-3 again like last time?

Thanks,
Corinne Patel, HT(ASCP)
Histology Supervisor | Sable Creek Dermatopathology
""",
  D(4, 11, 10, 5))

hl7_a04 = r"""MSH|^~\&|DERMACHART|SCDERM|PATHLINK|SCDPATH|20240502081544||ADT^A04|DC88213|P|2.3
EVN|A04|20240502081544
PID|1||0072214^^^SCD^MR||KRISHNAMURTHY^ARJUN^V||19811204|M|||1460 Orchard View Dr^^Westfield^WI^53964^USA||(608)555-0151|||M|||||
PV1|1|O|DERM^^^SCD||||2211904487^VASQUEZ-LORD^INES||||||||||||V00981223
IN1|1|BCWI|88021|Badger Choice Health|PO Box 4410^^Madison^WI^53701|||GRP5520|||||||KRISHNAMURTHY^ARJUN^V|01|19811204|||||||||||||||||BCW556201847
DG1|1|I10|L57.0^Actinic keratosis^I10|||W
"""
M('phi', 'struct', 'KRISHNAMURTHY',
  'Gordon Liska <gliska@sablecreekderm.com>',
  'Interface Support <support@linkwellintegration.com>',
  'middle initial dropping on A04 -> PathLink',
  """Marcus / team,

Attached is one of this morning's A04s from DermaChart. When it files in PathLink the
patient comes through as KRISHNAMURTHY, ARJUN with no middle initial, so the lab's
duplicate-check can't match him against his older accession (which has the V). Happening on
every patient with a middle initial since the Tuesday upgrade as far as I can tell.

Can you look at the mapping? I can get you on a Teams call with Ivan this afternoon.

Gordon Liska
Practice Administrator, Sable Creek Dermatology
o 608-555-0190 x101
""",
  D(5, 2, 9, 12),
  att=[(hl7_a04, 'text', 'plain', 'DC88213_A04.hl7')])

M('phi', 'struct', 'HOLLOWAY',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'ClaimBridge Provider Support <help@claimbridge.net>',
  'RE: Case 00418822 - 837D rejected (2010BA)',
  """Hi Priscilla,

Here is the claim segment you asked for. The rejection reason on our report is "2010BA NM109
invalid" but the member ID matches the card exactly. Copied straight from the batch file:

ISA*00*          *00*          *ZZ*LAKESHOREDG    *ZZ*CLAIMBRIDGE    *240318*1422*^*00501*000004471*0*P*:~
GS*HC*LAKESHOREDG*CLAIMBRIDGE*20240318*1422*4471*X*005010X224A2~
ST*837*0001*005010X224A2~
BHT*0019*00*B4471*20240318*1422*CH~
NM1*41*2*LAKESHORE DENTAL GROUP*****46*LSDG0021~
NM1*40*2*NORTHGATE DENTAL BENEFITS*****46*NGD01~
HL*1**20*1~
NM1*85*2*LAKESHORE ORAL AND MAXILLOFACIAL SURGERY*****XX*1578902346~
N3*2100 HARBOR POINT BLVD STE 310~
N4*WESTFIELD*WI*53964~
REF*EI*391827764~
HL*2*1*22*0~
SBR*P*18*88120******CI~
NM1*IL*1*HOLLOWAY*DESMOND*R***MI*NGD 7712035 58~
N3*915 CEDAR BLUFF DR~
N4*WESTFIELD*WI*53964~
DMG*D8*19740611*M~
NM1*PR*2*NORTHGATE DENTAL BENEFITS*****PI*NGD01~
CLM*DH4471-01*1890***11:B:1*Y*A*Y*Y~
DTP*472*D8*20240312~
NM1*82*1*OKAFOR*ANSELM****XX*1093847756~
LX*1~
SV3*AD:D7240*410****1~
TOO*JP*17~
LX*2~
SV3*AD:D9243*390****1~
SE*24*0001~

Wait - I see it now, there are spaces in the NM109. Our front desk typed it with spaces in
OpalDent. I'll fix and resend, you can close the case. Sorry!

Marisol
""",
  D(3, 19, 11, 40))

M('phi', 'struct', 'YBARRA',
  'Provider EDI <edi@cardinalmutual.com>',
  'billing@lakeshoredental.com',
  'ERA reprocessing notice - check 2024031500123',
  """Provider,

The following claim was reprocessed under adjustment request AR-55190. A corrected 835 will
be in your next ERA file. Excerpt for your records:

ST*835*0001~
BPR*I*612.4*C*ACH*CCP*01*071000288*DA*88021334*1398765432**01*075911988*DA*4419002816*20240315~
TRN*1*2024031500123*1398765432~
DTM*405*20240315~
N1*PR*CARDINAL MUTUAL DENTAL~
N3*400 CARDINAL WAY~
N4*ROCKFORD*IL*61101~
N1*PE*LAKESHORE DENTAL GROUP*XX*1467203981~
LX*1~
CLP*DH3390-02*1*1480*612.4*500*12*20240315CM00913*11~
NM1*QC*1*YBARRA*TOMAS*A***MI*CMD-770341-01~
NM1*82*1*KIM*LAUREL****XX*1730284451~
DTM*232*20240227~
SVC*AD:D2740*1150*500**1~
DTM*472*20240227~
CAS*CO*45*150~
CAS*PR*1*500~
REF*6B*14~
SVC*AD:D2950*330*112.4**1~
CAS*CO*45*30~
CAS*PR*3*187.6~
SE*21*0001~

Cardinal Mutual Dental - Provider EDI Services
edi@cardinalmutual.com | 1-800-555-0109
""",
  D(3, 16, 5, 30))

M('phi', 'struct', 'ESPINOZA',
  'Tess Hollander <thollander@lakeshoredental.com>',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'can you read this 271?',
  """Marisol - the portal gave me this for Lucia Espinoza (new start on the 15th) and I can't tell
if she has ortho or not. Help?

ISA*00*          *00*          *ZZ*NGD01          *ZZ*LAKESHOREDG    *240410*0912*^*00501*000918223*0*P*:~
GS*HB*NGD01*LAKESHOREDG*20240410*0912*918223*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELG88102*20240410*0912~
HL*1**20*1~
NM1*PR*2*NORTHGATE DENTAL BENEFITS*****PI*NGD01~
HL*2*1*21*1~
NM1*1P*2*LAKESHORE DENTAL GROUP*****XX*1467203981~
HL*3*2*22*1~
NM1*IL*1*ESPINOZA*ROBERTO****MI*NGD4420981~
N3*3021 SUMAC TRL~
N4*WESTFIELD*WI*53964~
DMG*D8*19790505*M~
HL*4*3*23*0~
TRN*2*ELG88102*9LAKESHORE~
NM1*03*1*ESPINOZA*LUCIA~
DMG*D8*20100923*F~
INS*N*19~
EB*1*FAM*35~
EB*C*IND*38***23*1500~
EB*A*IND*38****0.5~
EB*F*IND*38***32*1500~
MSG*ORTHODONTIC LIFETIME MAX, DEPENDENT TO AGE 19~
SE*22*0001~

thx T
""",
  D(4, 10, 9, 20))

fhir = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "id": "lsdg-ortho-10482",
        "identifier": [
          {"system": "urn:lakeshoredental:ortho:chart", "value": "OR-10482"}
        ],
        "name": [{"family": "Thorsdottir", "given": ["Freya", "Sigrun"]}],
        "gender": "female",
        "birthDate": "2012-08-03",
        "telecom": [{"system": "phone", "value": "608-555-0185", "use": "mobile"}]
      }
    },
    {
      "resource": {
        "resourceType": "ImagingStudy",
        "id": "cbct-88213",
        "status": "available",
        "subject": {"reference": "Patient/lsdg-ortho-10482"},
        "started": "2024-04-25T10:12:00-05:00",
        "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"}],
        "description": "CBCT limited FOV - impacted maxillary canine #6"
      }
    },
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-5531",
        "status": "completed",
        "subject": {"reference": "Patient/lsdg-ortho-10482"},
        "code": {"coding": [{"system": "http://www.ada.org/cdt", "code": "D8080",
                  "display": "Comprehensive orthodontic treatment of the adolescent dentition"}]},
        "performedDateTime": "2024-04-25"
      }
    }
  ]
}"""
M('phi', 'struct', 'Thorsdottir',
  'Nate Brennan <nbrennan@lakeshoredental.com>',
  'Integrations <integrations@cephalyx.io>',
  'FHIR push failing - sample payload',
  """Hey Cephalyx team,

Our POST to /fhir/Bundle from the ortho imaging bridge is returning 422 since Friday. One of
the real payloads that failed is below (sorry, couldn't find a test one that reproduces it).
Error text is "ImagingStudy.modality: expected Coding, got array". Did the API move to R5?

%s

Nate Brennan
IT Systems Administrator - Lakeshore Dental Group
""" % fhir,
  D(4, 29, 8, 55))

ccd = """<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>Referral Summary</title>
  <effectiveTime value="20240507140211-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="SB-4471209" root="2.16.840.1.113883.3.9921.1"/>
      <addr use="HP"><streetAddressLine>508 Quarry Rd</streetAddressLine><city>Portage</city><state>WI</state><postalCode>53901</postalCode></addr>
      <telecom value="tel:+1-608-555-0142" use="HP"/>
      <patient>
        <name><given>Hyun-woo</given><family>Baek</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19630417"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <title>Reason for Referral</title>
      <text>Pre-radiation dental evaluation and extraction of non-restorable teeth prior to IMRT
      to oropharynx, planned start 05/28/2024. Please complete extractions at least 14 days before
      start of radiation.</text>
    </section></component>
    <component><section>
      <title>Problems</title>
      <text><list><item>Squamous cell carcinoma of base of tongue, p16 positive</item>
      <item>Type 2 diabetes mellitus</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
M('phi', 'struct', 'Baek',
  'StBrendans Radiation Oncology <radonc.referrals@stbrendans.org>',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'Urgent referral - pre-radiation dental clearance',
  """Good afternoon,

Please see the referral summary below (our EHR export wouldn't attach as a file, so it's pasted).
Dr. Halvorsen is asking for this patient to be seen this week if at all possible.

%s

Thank you,
Renata Coyle
Referral Coordinator, St. Brendan's Cancer Center
Phone 608-555-0170 | Fax 608-555-0171
""" % ccd,
  D(5, 7, 14, 20))

M('phi', 'struct', 'DRUMMOND',
  'Ivan Sokolov HTL <isokolov@sablecreekderm.com>',
  'Corinne Patel HT(ASCP) <cpatel@sablecreekdermpath.com>',
  'dup order this am',
  r"""Corinne - DermaChart fired the order twice for this one (7:45 and 7:46). Can you cancel
ORD452211 on your side so it doesn't bill twice? Keep ORD452210.

MSH|^~\&|DERMACHART|SCDMOHS|PATHLINK|SCDPATH|20240523074502||ORM^O01|DC90155|P|2.3
PID|1||0058830^^^SCD^MR||DRUMMOND^FIONA^E||19620227|F|||12 Birchwood Ct^^Westfield^WI^53964
PV1|1|O|MOHS^^^SCD||||1912834455^FEENEY^MALCOLM
ORC|NW|ORD452210|||||||20240523074500
OBR|1|ORD452210||88331^Frozen section, first tissue block^CPT|||20240523074000||||||||Skin^L lower eyelid, Mohs stage 1|1912834455^FEENEY^MALCOLM

MSH|^~\&|DERMACHART|SCDMOHS|PATHLINK|SCDPATH|20240523074611||ORM^O01|DC90156|P|2.3
PID|1||0058830^^^SCD^MR||DRUMMOND^FIONA^E||19620227|F|||12 Birchwood Ct^^Westfield^WI^53964
PV1|1|O|MOHS^^^SCD||||1912834455^FEENEY^MALCOLM
ORC|NW|ORD452211|||||||20240523074600
OBR|1|ORD452211||88331^Frozen section, first tissue block^CPT|||20240523074000||||||||Skin^L lower eyelid, Mohs stage 1|1912834455^FEENEY^MALCOLM

Ivan
Mohs histotech
""",
  D(5, 23, 8, 3), cte='base64')

# =====================================================================================
# PHI / lang
# =====================================================================================

M('phi', 'lang', 'Ruiz Salgado',
  'Yesenia Salgado <yesenia.salgado84@hotmail.com>',
  'Lakeshore Orthodontics <ortho@lakeshoredental.com>',
  'cita para Mateo',
  """Hola buenas tardes,

Soy la mamá de Mateo Ruiz Salgado. Mateo tiene 12 años y empezó con los frenos en febrero con
la Dra. Raghunathan. Desde el sábado se le salió el alambre de arriba y le está lastimando la
encía, casi no puede comer. ¿Nos pueden dar una cita esta semana? Yo salgo del trabajo a las 4.

También quería preguntar si el seguro (BadgerCare) ya aprobó la segunda parte del tratamiento,
porque me llegó una carta que no entendí bien.

Gracias,
Yesenia Salgado
Tel. 608-555-0156
""",
  D(3, 11, 15, 27))

M('phi', 'lang', 'Fagundes',
  'Luciana Fagundes <lu.fagundes@gmail.com>',
  'Sable Creek Dermatology <info@sablecreekderm.com>',
  'Dúvida sobre o creme - Luciana Fagundes',
  """Olá, bom dia!

Meu nome é Luciana Fagundes, sou paciente da Dra. Vasquez-Lord. Estou usando há 8 semanas o
creme de hidroquinona 4% que ela receitou para o melasma. As manchas clarearam bastante, mas
agora a pele ao redor da boca está vermelha, ardendo e descascando. Devo parar o creme ou só
diminuir?

Também queria marcar o peeling que ela comentou na última consulta, de preferência numa
sexta-feira à tarde.

Obrigada!
Luciana
(608) 555-0124
""",
  D(4, 19, 9, 58))

M('phi', 'lang', 'Trần Văn Phúc',
  'Linh Pham <lpham@lakeshoredental.com>',
  'Tran Family <tranfamily.wi@gmail.com>',
  'Lịch hẹn nhổ răng khôn - chú Phúc',
  """Chào chú Phúc,

Em là Linh ở phòng khám phẫu thuật răng miệng Lakeshore. Em gửi lại lịch hẹn của chú
Trần Văn Phúc: nhổ hai răng khôn hàm dưới vào thứ Ba, ngày 14 tháng 5, lúc 8 giờ sáng, có gây
mê qua tĩnh mạch.

- Chú không ăn uống gì sau 12 giờ đêm hôm trước.
- Phải có người nhà chở về, không được tự lái xe.
- Bác sĩ Okafor dặn chú ngưng aspirin 5 ngày trước khi mổ, nếu bác sĩ tim mạch đồng ý.
- Thuốc huyết áp thì chú vẫn uống buổi sáng với một ngụm nước nhỏ.

Nếu có câu hỏi gì, chú gọi em số 608-555-0147, số máy lẻ 12.

Cảm ơn chú,
Linh
Lakeshore Oral & Maxillofacial Surgery
""",
  D(5, 6, 11, 11))

M('phi', 'lang', 'Jean-Baptiste',
  'Wideline Jean-Baptiste <wjeanbaptiste@yahoo.com>',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'Kervens - lafyèv apre operasyon',
  """Bonjou,

Mwen se Wideline Jean-Baptiste, manman Kervens Jean-Baptiste. Kervens gen 15 an, yo te rale 4
dan nan biwo nou an vandredi pou aparèy dan li. Depi yè swa li gen lafyèv 38.5 epi figi l anfle
anpil sou bò gòch la. Li pran amoksisilin nan jan doktè a te di a men li toujou fè l mal anpil,
li pa ka manje.

Èske m dwe mennen l lopital oswa nou ka vini nan biwo a demen maten bonè?

Mèsi anpil,
Wideline
608-555-0129
""",
  D(5, 19, 21, 40))

M('phi', 'lang', 'Сорокина',
  'Галина Сорокина <galina.sorokina50@mail.ru>',
  'Sable Creek Dermatology <info@sablecreekderm.com>',
  'Вопрос после операции',
  """Здравствуйте!

Меня зовут Сорокина Галина Петровна, дата рождения 12.10.1950. Две недели назад доктор Фини
делал мне операцию Мооса на правой щеке. Швы сняли в прошлый вторник, но сейчас рубец
покраснел и появилось уплотнение под кожей. Это нормально?

Можно ли мне мазать его силиконовым гелем, который посоветовала дочь? И ещё я хотела бы
записаться на полный осмотр кожи у доктора Васкес-Лорд.

Спасибо,
Галина
""",
  D(4, 30, 10, 15))

M('phi', 'lang', 'Dimaculangan',
  'Rowena Dimaculangan <weng.dimaculangan@gmail.com>',
  'OMS Front Desk <omsfront@lakeshoredental.com>',
  'implant ko po',
  """Magandang araw po!

Ako po si Rowena Dimaculangan, pasyente po ni Dr. Okafor. Noong isang linggo po ay nilagyan
ako ng implant sa upper left (#14). Medyo namamaga pa rin po ang gilagid at may lumalabas na
kaunting nana kapag pinipindot ko. Natapos ko na po yung amoxicillin kahapon.

Kailangan ko po bang bumalik para magpatingin? Pwede po ako ng Saturday or after 5pm kasi
night shift po ako sa nursing home.

Salamat po!
Weng
""",
  D(5, 15, 7, 12))

M('phi', 'lang', 'الحداد',
  'Fadi Alhaddad <fadi.alhaddad@gmail.com>',
  'Lakeshore Orthodontics <ortho@lakeshoredental.com>',
  'سؤال عن جهاز التوسيع - يوسف الحداد',
  """السلام عليكم،

أنا والد الطفل يوسف الحداد (عمره ١١ سنة). يوسف يركّب جهاز توسيع الفك العلوي منذ ثلاثة أسابيع
مع الدكتورة راغوناثان. نحن نلف المفتاح مرة كل ليلة كما قالت، ولكن ظهرت فجوة كبيرة بين الأسنان
الأمامية وهو يشتكي من ألم خفيف في الأنف.

هل هذا طبيعي؟ هل نتوقف عن اللف؟ موعدنا القادم في ٢٠ مايو.

شكراً جزيلاً،
فادي الحداد
608-555-0193
""",
  D(5, 4, 20, 3))

M('phi', 'lang', '陈美玲',
  'Lin Xiao <linxiao.wi@163.com>',
  'Sable Creek Dermatology <info@sablecreekderm.com>',
  '询问病理结果 - 陈美玲',
  """您好，

我是陈美玲的女儿。我母亲陈美玲（出生日期1956年3月8日）上周四在贵诊所做了左脸颊的皮肤活检，
医生说结果大概一周出来。请问病理报告出来了吗？

她不太会说英语。如果需要再做Mohs手术，能否安排中文翻译？我的电话是608-555-0117，
白天随时可以打给我。

谢谢！
林晓 (Lin Xiao)
""",
  D(5, 20, 8, 40))

# =====================================================================================
# CLEAN / admin
# =====================================================================================

M('clean', 'admin', '',
  'Nate Brennan <nbrennan@lakeshoredental.com>',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'RE: INC-0048213 Op 4 workstation won\'t boot',
  """Kayleigh,

Update on INC-0048213: the Op 4 PC has a dead SSD. I swapped in the spare from the closet
so it's up and running, but the intraoral sensor driver and the OpalDent client need to be
reinstalled. I'll be at Westfield tomorrow 7:15-8:00 before the first patient. If Dr. Kim
needs Op 4 before then use the Op 6 laptop.

Replacement drive is on order from CDW, PO 24-0311, ETA Thursday.

Nate Brennan
IT Systems Administrator | Lakeshore Dental Group
608-555-0140 x220 | after hours 608-555-0161

-----Original Message-----
From: Kayleigh Brandt
Sent: Monday, March 11, 2024 7:52 AM
To: IT Help
Subject: Op 4 workstation won't boot

Op 4 computer just shows a black screen with "no bootable device". Dana's first pt is at 8.
""",
  D(3, 11, 9, 4))

M('clean', 'admin', '',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'Westfield Staff <westfield-all@lakeshoredental.com>',
  'July hygiene coverage + holiday hours',
  """Hi all,

July schedule is posted in the break room and on the shared drive. Highlights:

- Closed Thu 7/4. Fri 7/5 is a half day (7-12), hygiene only.
- Dana out 7/8-7/19 (vacation). Temp RDH from Smile Staffing, Renee Oduya, covers Mon/Wed/Thu.
  Her cell is 608-555-0112 if you need to reach her before her first day.
- Bria is training on ortho front desk Tuesdays starting 7/9.
- Dr. Kim has CE in Chicago 7/25-26 - no restorative those days, hygiene checks by Dr. Haddad.

If you have swaps, put them in the swap sheet by 6/21. Thanks!!

Kayleigh Brandt
Office Manager, Westfield
""",
  D(6, 12, 12, 5))

M('clean', 'admin', '',
  'Tri-County Dental Supply <ar@tricountydentalsupply.com>',
  'accountspayable@lakeshoredental.com',
  'Invoice INV-778210 - Lakeshore Dental Group (acct 44019)',
  """Thank you for your order.

Invoice:        INV-778210
Account:        44019 - Lakeshore Dental Group, Westfield
PO:             24-0298
Ship date:      03/08/2024
Terms:          Net 30

QTY  ITEM        DESCRIPTION                                   EXT
 4   CMP-A2-4G   Universal composite A2 syringe 4g              $211.80
10   GLV-NIT-M   Nitrile exam gloves, medium, box/200           $164.50
 2   LID-2EP-50  Lidocaine 2% 1:100k epi, 50 cartridges          $98.00
 6   STR-POUCH   Sterilization pouches 3.5x9, box/200            $71.40
 1   PRO-PASTE   Prophy paste, mint, medium grit, 200ct          $54.99
                                             Subtotal           $600.69
                                             Shipping             $0.00
                                             TOTAL              $600.69

Questions about this invoice? Call Accounts Receivable at 1-888-555-0197 or reply to this email.
""",
  D(3, 8, 18, 22))

M('clean', 'admin', '',
  'HR - Sable Creek <hr@sablecreekderm.com>',
  'All Staff <allstaff@sablecreekderm.com>',
  'Open enrollment closes Friday 11/15',
  """Hi everyone,

Reminder that benefits open enrollment closes this Friday, Nov 15 at 5pm. If you don't log
in and make elections, you'll be rolled into your current plan except for FSA, which has to be
re-elected every year.

What's new for 2025:
  * Medical premiums go up about 4% on the PPO, HDHP stays flat
  * New dental carrier (Northgate) - new ID cards will be mailed to your home in December
  * Vision adds a $150 frame allowance
  * EAP now includes 8 free counseling sessions

Drop-in help sessions: Tues 11/12 12-1 in the big conference room, Wed 11/13 at the lab
(ask for Pam). Or call me directly.

Pam Okoro
HR Generalist | Sable Creek Dermatology
608-555-0190 x105
""",
  D(11, 11, 8, 30, off=-6), cte='base64')

M('clean', 'admin', '',
  'Gordon Liska <gliska@sablecreekderm.com>',
  'Facilities - Midwest Mechanical <service@midwestmech.com>',
  'Mohs suite HVAC + lab fridge alarm',
  """Hi Rob,

Two things for the visit Thursday:

1. Mohs suite (rooms M1-M3) is running 78-79F in the afternoons. The surgeons are in gowns
   and it's miserable. The thermostat says 70.
2. The reagent fridge in the histology lab alarmed twice overnight (high temp 9.1C). Corinne
   moved everything to the backup. Can your tech check the compressor? Logger printout is on
   the door.

Site contact Thursday will be Ivan Sokolov, 608-555-0190 x140. Please check in at the front
and use the side entrance by the loading area. Service agreement # MM-SCD-2211.

Thanks,
Gordon
""",
  D(6, 18, 14, 50))

M('clean', 'admin', '',
  'ClaimBridge Notifications <noreply@claimbridge.net>',
  'billing@lakeshoredental.com',
  'Batch summary 2024-03-18 - Submitter LAKESHOREDG',
  """ClaimBridge Daily Batch Summary

Submitter ID:       LAKESHOREDG
Batch:              B4471
Received:           03/18/2024 14:22 CT
Transaction type:   837D (005010X224A2)

Claims received:    142
Accepted:           139   ($61,882.00)
Rejected:             3   ($2,410.00)

Rejected claims can be reviewed and corrected in the Claims Workbench under
Rejections > 03/18/2024. Rejection detail is not included in email for privacy reasons.

Payer breakdown (accepted):
  Northgate Dental Benefits    71
  Cardinal Mutual Dental       44
  BadgerCare Plus Dental       19
  Other                         5

This is an automated message. Do not reply.
""",
  D(3, 18, 17, 0))

M('clean', 'admin', '',
  'Veridian Laser Service <dispatch@veridianlaser.com>',
  'Brooke Anand RN <banand@sablecreekderm.com>',
  'Service Order SO-55102 confirmed - IPL handpiece',
  """Hello Brooke,

Your service request has been scheduled.

Service Order:   SO-55102
System:          Veridian Lumen 540 IPL, serial VL540-20-08817
Issue reported:  handpiece error E-14, intermittent, filter 560nm
Technician:      Dustin Meyers, 608-555-0158
Date/time:       Wednesday 5/15, 8:00-10:00 AM
Coverage:        Under service contract (expires 09/2025) - no charge for parts/labor

Please have the system powered on and the room available. Procedures scheduled with the IPL
during the visit window will need to be moved.

Veridian Laser Service Dispatch
1-877-555-0119
""",
  D(5, 9, 16, 41))

# =====================================================================================
# CLEAN / lookalike
# =====================================================================================

M('clean', 'lookalike', '',
  'IronPeak Fitness <coach@ironpeakfitness.com>',
  'Tess Hollander <tess.hollander@gmail.com>',
  'Your body scan results are in! (Member #44821-B)',
  """Hi Tess!

Great work this month. Here's your InBody scan from Saturday compared to January:

  Weight            148.2 lb  (-4.6)
  Body fat %        27.1%     (-2.3)
  Skeletal muscle   58.0 lb   (+1.1)
  Visceral fat      6         (-1)

Your coach Andre recommends bumping you to 3 strength sessions a week. Your 10-session PT pack
has 3 sessions left. Book in the app or call the front desk at 608-555-0135.

Member #44821-B | IronPeak Fitness Westfield
Don't forget: Bring-a-friend week is June 3-9!
""",
  D(5, 20, 6, 30))

M('clean', 'lookalike', '',
  'Westfield Animal Hospital <frontdesk@westfieldvet.com>',
  'Dana Whitcomb <dwhitcomb88@gmail.com>',
  'Biscuit - dental cleaning today',
  """Hi Dana,

Biscuit did great today! Dr. Amundsen finished her dental cleaning under anesthesia about
1:30. Two of her upper premolars had bad root exposure on the x-rays, so we extracted those
as we discussed on the phone. She has a few dissolvable stitches.

Going home with:
  - Carprofen 25mg, 1/2 tab once daily with food x 5 days (pain)
  - Clavamox 62.5mg twice daily x 10 days

Soft food only for a week. She can be picked up after 4pm. Total today is $742.18 - we'll
send the itemized invoice with her discharge paperwork.

Patient: Biscuit Whitcomb | Canine, Beagle mix, 9y F/S | Chart 22871
Westfield Animal Hospital | 608-555-0150
""",
  D(4, 17, 14, 6))

M('clean', 'lookalike', '',
  'Lakes Region Credit Union <alerts@lakesregioncu.org>',
  'mquintero@lakeshoredental.com',
  'Action needed: verify your information - Member # 008812344',
  """Dear Marisol Quintero,

As part of our annual account review, please confirm the information we have on file for
Member # 008812344 by May 31.

  Date of birth on file:   **/**/1986
  Phone:                   (608) ***-**77
  Address:                 *** Pine Terrace, Westfield WI

You can verify in online banking under Profile > Review Info, or visit any branch. Your
auto loan account ending in 4410 is current; next payment of $388.15 is due 06/05.

Lakes Region Credit Union will never ask for your password or full card number by email.

Federally insured by NCUA.
""",
  D(5, 15, 10, 0))

M('clean', 'lookalike', '',
  'Great Lakes Air <reservations@greatlakesair.com>',
  'Malcolm Feeney <malcolm.feeney@gmail.com>',
  'Your trip confirmation - ZK7Q2P - Madison to Phoenix',
  """Thanks for booking with Great Lakes Air, Malcolm!

Confirmation: ZK7Q2P

  Sat 10 Feb  GL 482  MSN 6:10 AM  -> DEN 7:55 AM    Seat 14C
  Sat 10 Feb  GL 1177 DEN 9:05 AM  -> PHX 11:47 AM   Seat 9A

Passengers:
  FEENEY/MALCOLM MR   SkyMiles+ #GL88213047   Known Traveler # on file
  FEENEY/HELEN MRS    SkyMiles+ #GL88213055

Bags: 1 checked bag included per passenger (Gold status).
Check in opens 24 hours before departure. Need special assistance or to add a pet in cabin?
Manage your trip online.
""",
  D(1, 22, 21, 14, off=-6))

M('clean', 'lookalike', '',
  'Sentinel Auto Insurance Claims <claims@sentinelauto.com>',
  'Gordon Liska <gordon.liska@outlook.com>',
  'Claim AU-3381920: appraisal complete',
  """Hello Gordon,

The appraisal on your 2019 Subaru Outback (claim AU-3381920, date of loss 03/02/2024) is
complete. Our appraiser's damage diagnosis found:

  - Rear bumper cover: replace
  - Rear body panel: repair 3.0 hrs
  - Liftgate: repair, refinish
  - Backup camera: recalibrate

Estimate total: $4,216.40, less your $500 collision deductible. Payment will go to Badger
Collision Center directly if you authorize repairs there. A rental has been approved for up
to 10 days at $35/day.

Your adjuster is Kim Thao, 1-800-555-0183 ext. 4471.

Policy # SA-WI-55820913
""",
  D(3, 7, 11, 33, off=-6))

M('clean', 'lookalike', '',
  'Branchwork Tree Surgeons <office@branchworktree.com>',
  'Anselm Okafor <anselm.okafor@gmail.com>',
  'Quote #Q-2291 - oak and maple work at your property',
  """Dr. Okafor,

Thank you for having us out on Saturday. As discussed, here is our quote:

1. Red oak (front yard): remove diseased limb over the driveway, approx. 14" diameter, with
   signs of decay at the union. Crown reduction 15%, deadwood removal.     $1,150
2. Silver maple (back): full removal, 26" DBH, crane not needed.          $2,400
3. Stump extraction (grind to 8" below grade), maple.                      $375
4. Post-operative care: wound treatment not recommended on oaks; we'll
   inspect in 6 months at no charge.

Total: $3,925. Our certified arborist (ISA WI-4471A) will supervise. We're booking 3-4 weeks out.

Regards,
Jolene Baxter
Branchwork Tree Surgeons LLC | 608-555-0166
""",
  D(4, 29, 17, 48))

M('clean', 'lookalike', '',
  'Nate Brennan <nbrennan@lakeshoredental.com>',
  'dev-ops@cephalyx.io',
  'health check failing on ortho-api-03 (patient-retry worker)',
  """hey folks,

heads up the health check on ortho-api-03 has been flapping since ~02:00 UTC. k8s shows the
patient-retry worker pod in CrashLoopBackOff (exit 137, so OOM probably). The retry queue
is at 4,812 jobs. Nothing's been lost yet, it just isn't draining.

We did the root canal on this back in Feb - it's the same memory leak in the image diff
module. Diagnosis from the logs attached. Can we bump the limit to 2Gi as a stopgap and get the
patch into the next release?

ticket: CPX-3390

- Nate
""",
  D(3, 28, 7, 2),
  att=[("""2024-03-28T02:01:17Z worker=patient-retry level=warn msg="heap 1.71GiB / limit 1.75GiB"
2024-03-28T02:01:44Z worker=patient-retry level=error msg="OOMKilled" restarts=1
2024-03-28T02:03:12Z worker=patient-retry level=warn msg="heap 1.74GiB / limit 1.75GiB"
2024-03-28T02:03:20Z worker=patient-retry level=error msg="OOMKilled" restarts=2
2024-03-28T02:03:21Z probe=/healthz status=503 latency_ms=5000
""", 'text', 'plain', 'ortho-api-03.log')])

# =====================================================================================
# CLEAN / news
# =====================================================================================

M('clean', 'news', '',
  'Wisconsin Valley Dental Society <news@wvdentalsociety.org>',
  'Anselm Okafor DDS MD <aokafor@lakeshoredental.com>',
  'WVDS Bulletin - April: CDT 2024 changes, CE calendar, legislative day',
  """WISCONSIN VALLEY DENTAL SOCIETY - MEMBER BULLETIN | April 2024

IN THIS ISSUE
 1. CDT 2024: what changed
 2. Legislative Day recap
 3. CE calendar

1. CDT 2024: WHAT CHANGED
New codes took effect January 1. Highlights for general and specialty offices:
 - D0396 3D printing of a model to plan a surgical procedure
 - D1301 immunization counseling
 - D7284 excisional biopsy of minor salivary glands
 - D9948/D9949 ... see the full list on the member portal
Several carriers in the region are still rejecting the new codes. If you see denials, the
Society's dental benefits committee wants to hear from you.

2. LEGISLATIVE DAY
Forty-two members met with legislators on March 6 about the dental loss ratio bill and
Medicaid adult dental reimbursement, which has not increased since 2008.

3. CE CALENDAR
 - May 10: Medical emergencies in the dental office (6 CE), Eau Claire
 - June 7: Managing patients on antiresorptive medications - MRONJ update (3 CE), online
 - Sept 20: Annual Session, Wisconsin Dells

You are receiving this because you are a WVDS member. Update preferences | Unsubscribe
""",
  D(4, 3, 6, 0),
  html="""<html><body style="font-family:Georgia,serif">
<h2>Wisconsin Valley Dental Society &mdash; Member Bulletin</h2><p><i>April 2024</i></p>
<h3>CDT 2024: what changed</h3>
<p>New codes took effect January 1. Highlights: D0396 3D printing of a model to plan a surgical procedure;
D1301 immunization counseling; D7284 excisional biopsy of minor salivary glands. Several carriers in the region
are still rejecting the new codes &mdash; tell the benefits committee.</p>
<h3>Legislative Day</h3><p>Forty-two members met with legislators on March 6 about the dental loss ratio bill
and Medicaid adult dental reimbursement, which has not increased since 2008.</p>
<h3>CE calendar</h3><ul><li>May 10: Medical emergencies in the dental office (6 CE), Eau Claire</li>
<li>June 7: Managing patients on antiresorptive medications &ndash; MRONJ update (3 CE), online</li>
<li>Sept 20: Annual Session, Wisconsin Dells</li></ul>
<p style="font-size:9pt">You are receiving this because you are a WVDS member. Update preferences | Unsubscribe</p>
</body></html>""")

M('clean', 'news', '',
  'Marquette County Health Dept <healthalert@marquettecountyhealth.gov>',
  'Health Alert Network Subscribers <han-list@marquettecountyhealth.gov>',
  'HEALTH ADVISORY: Measles exposure - County update #3',
  """HEALTH ADVISORY - Marquette County Health Department
Update #3 | March 22, 2024

Summary: Two additional confirmed measles cases have been identified in the county, bringing
the total to 5 since March 1. All cases are linked to the initial travel-associated case. Four
of five cases were unvaccinated; ages range from 2 to 37 years.

Public exposure locations (new):
  - Westfield Public Library, Mar 16, 10:00 AM - 1:30 PM
  - Greenway Urgent Care waiting room, Mar 18, 6:00 PM - 9:00 PM

Recommendations for healthcare providers, including dental and dermatology offices:
  - Consider measles in patients with fever and rash, especially with cough, coryza or
    conjunctivitis. Koplik spots may be noted during oral exams.
  - Mask and isolate suspected patients immediately; do not use the waiting room.
  - Report suspected cases by phone to the Health Department at 608-555-0100 (24/7).
  - Verify staff have documented evidence of immunity.

This message is for public health and clinical partners. Please share as appropriate.
""",
  D(3, 22, 16, 45))

M('clean', 'news', '',
  'Solenne Pharmaceuticals Quality <recalls@solennepharma.com>',
  'Customers <customers@solennepharma.com>',
  'URGENT: Voluntary recall - Lidocaine HCl 2% and Epinephrine 1:100,000 dental cartridges',
  """URGENT: DRUG RECALL - USER LEVEL

Product:     Lidocaine HCl 2% and Epinephrine 1:100,000 Injection, 1.7 mL dental cartridges
NDC:         71288-0412-50 (box of 50)
Lots:        LX23114, LX23115, LX23121
Expiration:  08/2025 - 10/2025

Reason: Some cartridges in the affected lots may contain visible particulate matter (glass).
Injection of particulates may cause local irritation or, rarely, embolic events. To date,
Solenne has received no reports of adverse events related to this recall.

Action: Stop using and quarantine affected lots. Complete the enclosed response form and
return it by fax to 1-855-555-0144 even if you have no affected product. A prepaid return
label will be emailed after we receive your form. Credit will be issued to your distributor
account.

Adverse reactions may be reported to the FDA MedWatch program.
""",
  D(4, 24, 13, 0), cte='quoted-printable')

M('clean', 'news', '',
  'Great Lakes Dermatology Society <info@greatlakesderm.org>',
  'Members <members@greatlakesderm.org>',
  'May is Skin Cancer Awareness Month - free screening toolkit inside',
  """Dear Colleagues,

May is Skin Cancer Awareness Month. This year the Society is asking every member practice
to host at least one free screening event. Last year 61 practices screened 4,380 people and
referred 212 for biopsy.

Some numbers for your waiting rooms and social posts:
  - About 1 in 5 Americans will develop skin cancer by age 70.
  - More than 2 people die of skin cancer in the U.S. every hour.
  - Melanoma 5-year survival is over 99% when caught early.
  - Indoor tanning before age 35 raises melanoma risk by about 75%.

The toolkit includes posters, a consent form, a screening record form (keep these in your
own records - do not send them to us) and a press release template. Download it from the
members area.

Sun-safe regards,
Dr. Oksana Breyer, President
Great Lakes Dermatology Society
""",
  D(4, 26, 9, 0))

M('clean', 'news', '',
  'Lakeshore Dental Group <hello@lakeshoredental.com>',
  'Lakeshore Patients <newsletter@lakeshoredental.com>',
  'Spring smiles: new Saturday hours, meet Dr. Haddad, whitening special',
  """Hello from Lakeshore Dental Group!

SATURDAY HOURS ARE HERE
Starting April 6, our Westfield office is open the first and third Saturday of every month,
8am-1pm, for cleanings and checkups.

MEET DR. SAMIR HADDAD
Dr. Haddad joined our oral surgery team in January after residency at a Chicago trauma
center. He does wisdom teeth, implants and bone grafting, and yes, he's the one with the
corgi in the waiting room photos.

ORTHO OPEN HOUSE
Wondering if your child needs braces? Dr. Raghunathan recommends a first ortho check by
age 7. Free consults at our open house, Saturday May 18.

SPRING WHITENING SPECIAL
$100 off take-home whitening trays through May 31.

Call 608-555-0140 or book online. See you soon!

You're receiving this email because you opted in at one of our offices. Unsubscribe.
""",
  D(3, 28, 10, 0),
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#223">
<h1 style="color:#1a6c8c">Hello from Lakeshore Dental Group!</h1>
<h3>Saturday hours are here</h3><p>Starting April 6, our Westfield office is open the first and third Saturday of every month, 8am&ndash;1pm, for cleanings and checkups.</p>
<h3>Meet Dr. Samir Haddad</h3><p>Dr. Haddad joined our oral surgery team in January after residency at a Chicago trauma center. He does wisdom teeth, implants and bone grafting, and yes, he's the one with the corgi in the waiting room photos.</p>
<h3>Ortho open house</h3><p>Wondering if your child needs braces? Dr. Raghunathan recommends a first ortho check by age 7. Free consults at our open house, Saturday May 18.</p>
<h3>Spring whitening special</h3><p><b>$100 off</b> take-home whitening trays through May 31.</p>
<p><a href="https://lakeshoredental.com/book">Book online</a> or call 608-555-0140.</p>
<p style="font-size:10px;color:#888">You're receiving this email because you opted in at one of our offices. Unsubscribe.</p>
</body></html>""")

M('clean', 'news', '',
  'Northgate Dental Benefits Provider Relations <provider.news@northgatedental.com>',
  'Network Providers <network@northgatedental.com>',
  'Provider Pulse Q1 2024: turnaround times and top denial reasons',
  """NORTHGATE DENTAL BENEFITS - PROVIDER PULSE | Q1 2024

Claims by the numbers (Wisconsin network)
  Claims processed:                  412,806
  Average turnaround, clean claims:  9.2 days (Q4: 11.4)
  Electronic submission rate:        93%
  ERA/EFT enrollment:                81% of offices

Top 5 denial / pend reasons
  1. D4341/D4342 without periodontal charting (19% of pends)
  2. Frequency limitation - D1110 / D0120 (14%)
  3. D7240 without pre-operative radiograph (11%)
  4. Missing tooth number or quadrant (9%)
  5. Crown replacement within 5 years (7%)

Reminder: starting July 1, narratives for D4910 are no longer required.

Questions: Provider Services 1-800-555-0176.
""",
  D(4, 15, 8, 0))

# =====================================================================================
# CLEAN / staff
# =====================================================================================

M('clean', 'staff', '',
  'Malcolm Feeney MD <mfeeney@sablecreekderm.com>',
  'Mohs Team <mohsteam@sablecreekderm.com>',
  'anticoagulation - updated Mohs protocol',
  """Team,

After the M&M last month, here's where we landed. Effective May 1:

1. We do NOT stop warfarin, DOACs, clopidogrel or aspirin that's prescribed for a cardiac or
   stroke indication. Aspirin for "primary prevention" only can be held 7 days if the PCP agrees.
2. Warfarin patients need an INR within 7 days of surgery. Above 3.5 -> call me before they
   come in.
3. Pressure dressing stays 48h for anyone on anything, no exceptions.
4. Supplements (fish oil, vitamin E, ginkgo, turmeric) - ask them to hold 1 week. Don't make a
   big deal of it if they forget.
5. Document the agent and the last dose time in the pre-op note.

Carla is updating the pre-op phone script. Questions to me or Carla.

Malcolm Feeney, MD, FACMS
Director, Mohs Surgery | Sable Creek Dermatology
""",
  D(4, 25, 18, 2))

M('clean', 'staff', '',
  'Malcolm Feeney MD <mfeeney@sablecreekderm.com>',
  'Dr. Hannah Lutz <hlutz@stbrendans.org>',
  'curbside - scalp SCC with PNI',
  """Hannah,

Curbside question, no need to see anyone yet. Had a man in his 60s yesterday, 2.3 cm SCC on the
vertex scalp, cleared in 3 stages, but there was perineural invasion in a small (<0.1 mm) nerve on
the first stage. No symptoms, no palpable nodes. Immunocompetent.

Our tumor board has been split on adjuvant RT for small-caliber PNI with clear margins. Would
you treat that, or would you just image and watch? If you'd treat, I'll send a formal referral.

Thanks,
Malcolm
""",
  D(5, 16, 7, 40))

M('clean', 'staff', '',
  'Priya Raghunathan DMD MS <praghunathan@lakeshoredental.com>',
  'Study Club <ortho-studyclub@lists.wvdentalsociety.org>',
  'deep bite in teens with aligners - what are you doing?',
  """Hi all,

Question for the group before next month's meeting. For adolescent class II div 2 deep bites
with aligners, are people still using the bite ramps on the upper incisors, or have you gone to
the precision bite ramps + anterior intrusion staging? I've had mixed results - the ones that
wear 22 hrs do fine, the 14-hour kids (you know who they are) stall at 30-40% correction and I
end up in brackets anyway.

Also curious whether anyone is doing a short phase of fixed first and then aligners to finish.

Would love to see a few before/after ceph tracings at the meeting if anyone has them
(de-identified please!).

Priya Raghunathan, DMD, MS
Lakeshore Orthodontics
""",
  D(3, 5, 21, 10))

M('clean', 'staff', '',
  'Anselm Okafor DDS MD <aokafor@lakeshoredental.com>',
  'OMS Surgical Team <omssurg@lakeshoredental.com>',
  'capnography + sedation recert dates',
  """All,

Reminder that the state board now requires continuous capnography for every IV sedation case,
not just deep sedation. We're compliant in ORs 1 and 2; the new monitor for OR 3 arrives
next week, until then no sedation cases in OR 3.

Recert dates:
  - ACLS/PALS: Samir and I renew in August. Assistants: BLS by 6/30, please send me your cards.
  - DAANCE: Linh and Deb have the online module due 7/15.
  - Office emergency drill: Thursday 6/13 at 7:15am, scenario will be laryngospasm. Coffee on me.

Also - we're going to be short one surgical assistant Mondays in July. If anyone wants extra
hours, tell Deb.

A.
""",
  D(6, 4, 17, 35))

M('clean', 'staff', '',
  'Ines Vasquez-Lord MD <ivasquezlord@sablecreekderm.com>',
  'Aesthetics Team <aestheticsteam@sablecreekderm.com>',
  'vascular occlusion kit check - monthly',
  """Hi all,

Monthly reminder to check the vascular occlusion kits in rooms A1 and A2 (red bins):

  [ ] Hyaluronidase - 2 vials minimum each room, check expiry (A2's expire in June!)
  [ ] Aspirin 325 mg, non-enteric
  [ ] Nitropaste - we're removing it per the new consensus, Brooke will pull it
  [ ] Warm packs
  [ ] Laminated algorithm + ophthalmology on-call number
  [ ] Sterile saline, 30g needles, 1 mL syringes

Also: any filler case within 5 mm of the nose or glabella, one other clinician must be in the
building. No solo evening filler. Thanks for keeping our patients safe.

IVL
""",
  D(5, 1, 7, 55))

M('clean', 'staff', '',
  'Yusuf Demir MD <ydemir@sablecreekdermpath.com>',
  'Sable Creek Providers <providers@sablecreekderm.com>',
  'dermpath turnaround this week',
  """Dear all,

Heads up: two of our three histotechs are out this week (one planned, one sick), so
turnaround for routine biopsies will be 4-5 business days instead of 2. Priorities:

  1. Mohs frozens - unaffected, Ivan is in the Mohs lab as usual
  2. Anything marked STAT on the requisition (please use sparingly!)
  3. Pigmented lesions, then everything else

If you have a case you're worried about, call me directly at x2210 rather than writing STAT on
everything. We expect to be caught up by Monday.

Yusuf Demir, MD
Medical Director, Sable Creek Dermatopathology
""",
  D(5, 13, 7, 20))

M('clean', 'staff', '',
  'Laurel Kim DDS <lkim@lakeshoredental.com>',
  'Hygiene Team <hygiene@lakeshoredental.com>',
  'med history at every recall - GLP-1s and bisphosphonates',
  """Hi hygiene team,

Quick clinical reminder from the last staff meeting:

- Update the medical history at every recall, not just once a year. Actually ask, don't just
  have them sign "no changes".
- Ask specifically about bisphosphonates/denosumab (Fosamax, Boniva, Prolia, Reclast) - anyone
  on these needs a note before we refer for extractions or implants.
- GLP-1 meds (Ozempic, Wegovy, Mounjaro) - lots of patients are starting them. Watch for dry mouth
  and reflux erosion, and let the OMS team know for sedation cases because of delayed gastric
  emptying.
- Blood thinners: document name and dose, no need to stop for cleanings or SRP.

Thanks - you all do a great job catching things.

Dr. Kim
""",
  D(5, 24, 12, 30))

# =====================================================================================
# CLEAN / training
# =====================================================================================

M('clean', 'training', '',
  'OpalDent Training <training@opaldent.com>',
  'Kayleigh Brandt <kbrandt@lakeshoredental.com>',
  'Your OpalDent training sandbox is ready',
  """Hi Kayleigh,

Your practice's training sandbox is live at https://sandbox.opaldent.com/lsdg. Everything in
the sandbox is fictitious and is wiped every Sunday night.

Exercises for Thursday's session:

 1. Open the sample patient TEST, PATIENT (Chart # 000001, DOB 01/01/1980).
 2. Add a new insurance plan: "ZZ Test Dental PPO", subscriber = self, member ID TEST123456.
 3. Post a D0120 periodic exam and D1110 adult prophy, then create a claim.
 4. Schedule TEST, PATIENT for a recall in 6 months.
 5. Create a new family: parent "Sample Parent", child "Sample Child" (DOB 05/05/2015).

Please do NOT enter real patient information in the sandbox.

See you Thursday at 12:30 (lunch provided by OpalDent).

Melissa Grant
Implementation Trainer, OpalDent
""",
  D(3, 26, 15, 20))

M('clean', 'training', '',
  'Marcus Webb <mwebb@linkwellintegration.com>',
  'Ivan Sokolov HTL <isokolov@sablecreekderm.com>',
  'Mohs order interface - test messages for validation',
  r"""Hi Ivan,

As promised, here are the test messages for Tuesday's interface validation. These are
synthetic - ZZTEST patients only, please register them under the TEST location in
DermaChart before we start.

MSH|^~\&|DERMACHART|SCDMOHS|PATHLINK|SCDPATH|20240305090000||ORM^O01|TEST0001|T|2.3
PID|1||TEST900001^^^SCD^MR||ZZTEST^MOHS^A||19000101|U|||123 Test St^^Anytown^WI^00000
ORC|NW|TESTORD001
OBR|1|TESTORD001||88331^Frozen section, first tissue block^CPT|||20240305085500||||||||Skin^TEST SITE stage 1|9999999999^TESTDOC^DEMO

MSH|^~\&|DERMACHART|SCDMOHS|PATHLINK|SCDPATH|20240305090100||ORM^O01|TEST0002|T|2.3
PID|1||TEST900002^^^SCD^MR||ZZTEST^MOHS^B||19000101|U|||123 Test St^^Anytown^WI^00000
ORC|NW|TESTORD002
OBR|1|TESTORD002||88332^Frozen section, each additional block^CPT|||20240305085500||||||||Skin^TEST SITE stage 2|9999999999^TESTDOC^DEMO

Note MSH-11 = T (training). PathLink should reject anything with P from the test feed.

Marcus Webb
Integration Engineer | Linkwell Integration
""",
  D(3, 1, 16, 5))

M('clean', 'training', '',
  'Compliance <compliance@lakeshoredental.com>',
  'All Staff <allstaff@lakeshoredental.com>',
  'Annual HIPAA refresher - quiz answers + sample scenarios',
  """Hi everyone,

Thanks to the 47 of you who already finished the annual HIPAA module. A lot of people missed
the same questions, so here are the sample scenarios from the quiz with answers:

Q3. A front desk staff member emails "John Doe, DOB 01/01/1970, is here for his crown
    appointment" to a colleague's personal Gmail. Is this a breach?
    -> YES. Name + DOB + appointment type is PHI. Personal email is not an approved channel.

Q7. You post a photo of the team at the holiday party. A patient chart is visible on a monitor
    in the background. Problem?
    -> YES. Check your background.

Q9. A vendor asks you to send "a few real examples" to fix a billing bug.
    -> NO. Use test patients or a de-identified extract approved by Compliance.

Q12. Is "a woman in her 40s who had an implant last week" PHI?
    -> Usually no - unless other details make her identifiable (small town, unique case).

The deadline to complete the module is March 31. Questions? Reply to this email.

Joanna Reyes, CHC
Compliance Officer, Lakeshore Dental Group
""",
  D(3, 14, 9, 0))

M('clean', 'training', '',
  'ClaimBridge Onboarding <onboarding@claimbridge.net>',
  'Marisol Quintero <mquintero@lakeshoredental.com>',
  'Companion guide + test file for 837D certification',
  """Hi Marisol,

Welcome to ClaimBridge! Before we move your submitter ID to production, please send one
test batch that passes validation. Attached is our sample 837D from the companion guide -
you can use it as a template. Note ISA15 = T (test) and the subscriber is the fictitious
DOE, JOHN used in all our examples. Don't send real patient data in the test batch.

Your test submitter ID: LAKESHOREDG-T

Alicia Romero
Onboarding Specialist, ClaimBridge
""",
  D(2, 27, 10, 30, off=-6),
  att=[("""ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*CLAIMBRIDGE    *240101*1200*^*00501*000000001*0*T*:~
GS*HC*SUBMITTERID*CLAIMBRIDGE*20240101*1200*1*X*005010X224A2~
ST*837*0001*005010X224A2~
BHT*0019*00*0123*20240101*1200*CH~
NM1*41*2*SAMPLE DENTAL PRACTICE*****46*TEST0001~
NM1*40*2*SAMPLE PAYER*****46*PAYER01~
HL*1**20*1~
NM1*85*2*SAMPLE DENTAL PRACTICE*****XX*9999999999~
HL*2*1*22*0~
SBR*P*18*GROUP001******CI~
NM1*IL*1*DOE*JOHN****MI*TEST00000001~
N3*123 MAIN ST~
N4*ANYTOWN*WI*00000~
DMG*D8*19700101*M~
NM1*PR*2*SAMPLE PAYER*****PI*PAYER01~
CLM*TEST-0001*100***11:B:1*Y*A*Y*Y~
LX*1~
SV3*AD:D0120*100****1~
SE*18*0001~
GE*1*1~
IEA*1*000000001~
""", 'text', 'plain', 'sample_837D_test.txt')])

M('clean', 'training', '',
  'Cephalyx Developer Relations <devrel@cephalyx.io>',
  'Nate Brennan <nbrennan@lakeshoredental.com>',
  'Your FHIR sandbox credentials + sample Patient',
  """Hi Nate,

Your sandbox tenant is ready: https://sandbox.cephalyx.io/fhir/r4 (client id lsdg-sbx-01,
secret sent separately). The sandbox is preloaded with synthetic data only.

Quick smoke test - this should return our standard sample patient:

GET /fhir/r4/Patient/example

{
  "resourceType": "Patient",
  "id": "example",
  "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "HTEST", "display": "test health data"}]},
  "name": [{"family": "Sample", "given": ["Jane"]}],
  "gender": "female",
  "birthDate": "1990-01-01",
  "identifier": [{"system": "urn:cephalyx:sandbox", "value": "SBX-0000001"}]
}

Then try POST /ImagingStudy with subject Patient/example. Docs: https://docs.cephalyx.io

Cheers,
Devon
Developer Relations, Cephalyx
""",
  D(4, 30, 11, 15))

M('clean', 'training', '',
  'Priya Raghunathan DMD MS <praghunathan@lakeshoredental.com>',
  'Ortho Team <orthoteam@lakeshoredental.com>',
  'scanner demo Friday - practice cases',
  """Team,

The TruScan rep (Ahmed) is coming Friday 12-2 to demo the new intraoral scanner. He'll bring
the typodont and we'll scan "Demo Patient" (the plastic one, he has braces already, ha).
Everyone practices:

  - full arch upper + lower + bite on the typodont
  - retainer order workflow using the demo account DEMO-ORTHO-01
  - aligner simulation on their sample case "Sample Case 3 - Class II"

Please don't scan each other's teeth into the live account again like last time... use the
demo account only. Pizza is coming.

Dr R
""",
  D(5, 29, 13, 12))

# =====================================================================================
# writer
# =====================================================================================

def build(i, m, fname):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    msg['Subject'] = m['subj']
    msg['Date'] = m['date']
    dom = m['frm'].split('@')[-1].rstrip('>').strip()
    r = random.Random(SEED * 1000 + i)
    msg['Message-ID'] = '<%012X.%06d@%s>' % (r.getrandbits(48), r.randrange(10 ** 6), dom)
    for k, v in m['extra'].items():
        msg[k] = v
    cte = m['cte']
    if cte is None and m['body'].isascii():
        cte = '7bit'
    if cte:
        msg.set_content(m['body'], cte=cte)
    else:
        msg.set_content(m['body'])
    if m['html']:
        if m['html'].isascii() and not m['cte']:
            msg.add_alternative(m['html'], subtype='html', cte='7bit')
        else:
            msg.add_alternative(m['html'], subtype='html', cte='quoted-printable')
    for a in m['att']:
        data, maintype, subtype, filename = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d' % (i, j))
    return msg


def main():
    counters = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        key = (m['label'], m['kind'])
        counters[key] = counters.get(key, 0) + 1
        fname = '%s-%s-%03d.eml' % (m['label'], m['kind'], counters[key])
        msg = build(i, m, fname)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, m['label'], m['kind'], m['patient']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    return counters


if __name__ == '__main__':
    c = main()
    for k in sorted(c):
        print('%s-%s: %d' % (k[0], k[1], c[k]))
    print('total: %d' % sum(c.values()))
